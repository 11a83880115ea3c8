"""Generalisation checks from the thirty-eighth session: a side named in part, then "the other".

Facts are Sciences Po's. On Tuesday 21 May 1968 resolution 252 on the status of Jerusalem passed
13-0-2, Canada and the United States abstaining. On Thursday 22 May 2014 Russia and China vetoed
S/2014/348, the French draft that would have referred Syria to the International Criminal Court,
13-2-0; Jordan, then on the Council, was among its co-sponsors. On Thursday 17 March 2011
resolution 1973 on Libya passed 10-0-5, Brazil, China, Germany, India and Russia abstaining.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_JERUSALEM = ("UNITED NATIONS, May 21 - The Security Council tonight declared invalid every "
              "measure Israel has taken to change the status of Jerusalem, adopting resolution "
              "252 by thirteen votes to none. ")
_ICC = ("UNITED NATIONS, May 22 - A French draft resolution, S/2014/348, that would have sent "
        "the war in Syria to the International Criminal Court was vetoed on Thursday. The vote "
        "was 13 to 2. ")


def test_a_member_named_before_one_of_them_takes_the_side_the_clause_counted():
    events = _sc(_JERUSALEM + "Two members abstained, and Canada was one of them.", "1968-05-22")
    assert events[0].votes == {"CAN": "abstain"}


def test_the_other_names_the_rest_of_a_side_the_sentence_before_named_in_part():
    text = _JERUSALEM + ("Two members abstained, and Canada was one of them. The other was the "
                         "United States.")
    assert _sc(text, "1968-05-22")[0].votes == {"CAN": "abstain", "USA": "abstain"}


def test_one_of_them_was_after_a_counted_group_then_the_other_four():
    text = ("UNITED NATIONS, March 17 - The Security Council tonight authorised all necessary "
            "measures to protect civilians in Libya, adopting resolution 1973 by ten votes to "
            "none. Five members abstained. One of them was Germany. The other four were Brazil, "
            "China, India and Russia.")
    votes = _sc(text, "2011-03-18")[0].votes
    assert votes == {code: "abstain" for code in ("BRA", "CHN", "DEU", "IND", "RUS")}


def test_the_other_was_cast_by_after_one_of_the_two_negative_votes():
    text = _ICC + "One of the two negative votes was cast by Russia. The other was cast by China."
    event = _sc(text, "2014-05-23")[0]
    assert event.votes == {"RUS": "no", "CHN": "no"}
    assert sorted(event.vetoed_by) == ["CHN", "RUS"]


def test_a_member_cast_one_of_the_two_negative_votes():
    text = _ICC + "China cast one of the two negative votes. The other came from Russia."
    assert _sc(text, "2014-05-23")[0].votes == {"CHN": "no", "RUS": "no"}


def test_the_other_names_no_more_members_than_it_counts():
    # "The other" is one member: a list of two is not its answer
    text = _ICC + ("One of the two negative votes was cast by Russia. The other was China's, and "
                   "Jordan and Chad said so.")
    assert _sc(text, "2014-05-23")[0].votes.get("JOR") is None


def test_a_co_sponsor_that_was_one_of_them_casts_no_vote_with_the_side_before():
    text = _ICC + ("The two votes against came from Russia and China. More than sixty countries "
                   "co-sponsored the French text, and Jordan was one of them.")
    event = _sc(text, "2014-05-23")[0]
    assert event.votes.get("JOR") != "no"
    assert "JOR" in event.sponsors
