"""Generalisation checks from the thirty-eighth session: a side named in part, then "the other".

Facts are Sciences Po's. On Tuesday 21 May 1968 resolution 252 on the status of Jerusalem passed
13-0-2, Canada and the United States abstaining. On Thursday 22 May 2014 Russia and China vetoed
S/2014/348, the French draft that would have referred Syria to the International Criminal Court,
13-2-0; Jordan, then on the Council, was among its co-sponsors. On Thursday 17 March 2011
resolution 1973 on Libya passed 10-0-5, Brazil, China, Germany, India and Russia abstaining. On
Monday 31 October 1977 France, the United Kingdom and the United States vetoed three African drafts
on South Africa, S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1, each 10-5-0, Canada and West
Germany voting no with them. On Thursday 11 November 1993 resolution 883 tightened the sanctions on
Libya, 11-0-4, China, Pakistan, Morocco and Djibouti abstaining, Russia and the three Western
permanent members in favour. On Thursday 6 May 1965 resolution 202 on Southern Rhodesia passed
7-0-4, the United Kingdom, the United States, France and the Soviet Union abstaining; Malaysia
voted in favour. On Thursday 23 October 1997 resolution 1134 on Iraq's refusal of the weapons
inspectors passed 10-0-5, Russia, China, France, Egypt and Kenya abstaining. On Wednesday 21 March
1973, at the Council's meetings in Panama City, the United States vetoed S/10931/Rev.1 on the Canal,
13-1-1, the United Kingdom abstaining. On Wednesday 17 May 1995 the United States vetoed S/1995/394
on East Jerusalem, 14-1-0; Voting-Agent lists Botswana, Honduras, Indonesia, Nigeria, Oman and
Rwanda as its sponsors. On Tuesday 20 February 2024 the United States vetoed S/2024/173, Algeria's
draft demanding a ceasefire in Gaza, 13-1-1, the United Kingdom abstaining. On Sunday 27 February
2022 resolution 2623, tabled by the United States and Albania, called an emergency special session
of the General Assembly on Ukraine, 11-1-3: Russia's no was no veto on a procedural decision;
China, India and the United Arab Emirates abstained. On Friday 29 September 1950 resolution 87
invited the People's Republic of China to the Council's discussion of Formosa, 7-3-1, the United
States, Nationalist China and Cuba against and Egypt abstaining. On Tuesday 17 March 1970
S/9676/Rev.1 on Southern Rhodesia failed with five votes in favour and ten abstentions, and the
United Kingdom and the United States vetoed S/9696, 9-2-4.
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


_THREE_DRAFTS = ("UNITED NATIONS, Oct. 31 - The Council voted today on three African drafts on "
                 "South Africa. Draft resolution S/12310/Rev.1 obtained ten votes in favour and "
                 "five against and was rejected because of the negative votes of three permanent "
                 "members: the United States, the United Kingdom and France. ")


def test_the_same_permanent_members_casting_vetoes_are_the_vetoers_of_the_next_draft():
    text = _THREE_DRAFTS + ("Draft S/12311/Rev.1 met the same fate, ten to five. The same three "
                            "permanent members cast vetoes, joined by Canada and West Germany. "
                            "A third draft, S/12312/Rev.1, was defeated by ten votes to five, the "
                            "same three Powers exercising their veto.")
    events = _sc(text, "1977-10-31")
    assert [e.draft for e in events] == ["S/12310/Rev.1", "S/12311/Rev.1", "S/12312/Rev.1"]
    assert [e.vetoed_by for e in events] == [["FRA", "GBR", "USA"]] * 3
    assert {code for code, v in events[2].votes.items() if v == "no"} == {"FRA", "GBR", "USA"}


def test_a_short_wrapped_line_that_stops_on_as_goes_on_in_the_next():
    text = ("On Thursday the Security Council tightened sanctions on Libya. Resolution 883 was\n"
            "adopted by eleven votes in favour, none against, and four abstentions from China,\n"
            "Pakistan, Morocco and Djibouti. Russia voted in favour in the end, as it had said\n"
            "it would, as\n"
            "did Japan, Brazil and Hungary.")
    votes = _sc(text, "1993-11-13")[0].votes
    assert {code for code, v in votes.items() if v == "yes"} == {"RUS", "JPN", "BRA", "HUN"}


def test_a_member_with_a_side_of_its_own_is_no_answer_to_the_abstainers_before():
    text = ("NEW YORK, May 7 - The Security Council on Thursday asked Britain to prevent a "
            "unilateral declaration of independence in Southern Rhodesia. The resolution was "
            "adopted by seven votes in favour, none against, with four abstentions. The "
            "abstainers were Britain, the United States, France and the Soviet Union. Malaysia, "
            "which sits on the Council, voted in favour.")
    votes = _sc(text, "1965-05-08")[0].votes
    assert votes["MYS"] == "yes"
    assert votes["SUN"] == "abstain"


def test_said_after_thursdays_vote_gives_the_votes_day_not_the_saying():
    text = ("WARSAW, Monday - Polish firms need not change their plans yet, analysts said after "
            "Thursday's vote in the UN Security Council. The Council adopted resolution 1134 by "
            "10 votes to 0, with 5 abstentions.")
    assert _sc(text, "1997-10-27")[0].date == "1997-10-23"


def test_meetings_that_closed_with_two_votes_count_ballots_not_a_side():
    text = ("The special meetings of the Security Council in Panama City closed on Wednesday, 21 "
            "March, with two votes. The draft resolution on the Canal, S/10931/Rev.1, received "
            "thirteen votes in favour. The United States voted against and, being a permanent "
            "member, thereby vetoed it. The United Kingdom abstained.")
    event = _sc(text, "1973-03-23")[0]
    assert (event.yes, event.no, event.abstain) == (13, 1, 1)
    assert event.outcome == "vetoed"
    assert event.vetoed_by == ["USA"]


_EAST_JERUSALEM = ("Yesterday, 17 May, the Security Council voted on a draft resolution, "
                   "S/1995/394, about East Jerusalem. ")
_JERUSALEM_SPONSORS = ["BWA", "HND", "IDN", "NGA", "OMN", "RWA"]


def test_one_of_six_countries_that_put_the_draft_forward_together_with_others():
    text = _EAST_JERUSALEM + ("Botswana was one of six countries that put the draft forward, "
                              "together with Honduras, Indonesia, Nigeria, Oman and Rwanda. "
                              "Fourteen members voted in favour; the United States voted "
                              "against.")
    assert sorted(_sc(text, "1995-05-18")[0].sponsors) == _JERUSALEM_SPONSORS


def test_countries_put_the_draft_forward_colon_and_the_list():
    text = _EAST_JERUSALEM + ("Six countries put the draft forward: Botswana, Honduras, "
                              "Indonesia, Nigeria, Oman and Rwanda. Fourteen members voted in "
                              "favour; the United States voted against.")
    assert sorted(_sc(text, "1995-05-18")[0].sponsors) == _JERUSALEM_SPONSORS


def test_an_outlets_own_syndicate_adopting_a_statement_is_no_council_adoption():
    text = ("Algiers, 21 February 2024 - The national office of the Syndicate met this morning "
            "and adopted the following statement. On Tuesday 20 February 2024, the United "
            "Nations Security Council voted on draft resolution S/2024/173, presented by "
            "Algeria. The draft obtained 13 votes in favour. The United Kingdom abstained. The "
            "United States voted against, and since it is a permanent member of the Council, "
            "its vote was a veto.")
    events = _sc(text, "2024-02-21")
    assert len(events) == 1
    assert (events[0].outcome, events[0].date) == ("vetoed", "2024-02-20")


_UNITING = ("On Sunday 27 February the Security Council voted 11 to 1, with 3 abstentions, to "
            "convene an emergency special session of the General Assembly on Ukraine. ")


def test_a_procedural_sentence_after_the_vote_says_the_no_was_no_veto():
    text = _UNITING + ("Russia voted against. Because the decision was procedural, its vote did "
                       "not count as a veto.")
    event = _sc(text, "2022-02-28")[0]
    assert (event.outcome, event.vetoed_by) == ("adopted", [])


def test_a_list_of_the_yes_side_that_holds_the_two_drafters_still_fills_the_side():
    text = _UNITING + ("Russia voted against. Resolution 2623 (2022), tabled by the United "
                       "States and Albania, invokes the Uniting for Peace procedure. It got "
                       "eleven: Mexico, the United States, Albania, the United Kingdom, France, "
                       "Ireland, Norway, Brazil, Gabon, Ghana and Kenya.")
    event = _sc(text, "2022-02-28")[0]
    assert sorted(event.sponsors) == ["ALB", "USA"]
    assert sorted(k for k, v in event.votes.items() if v == "yes") == [
        "ALB", "BRA", "FRA", "GAB", "GBR", "GHA", "IRL", "KEN", "MEX", "NOR", "USA"]


_FORMOSA = ("The Security Council decided yesterday, Friday, to invite a representative of "
            "Peiping to its discussion of the complaint of armed invasion of Formosa. ")


def test_the_motion_carried_is_an_adoption_whatever_permanent_members_voted_no():
    text = _FORMOSA + ("The motion carried by seven votes to three, with one abstention. Voting "
                       "against were the United States, Nationalist China and Cuba.")
    event = _sc(text, "1950-09-30")[0]
    assert (event.outcome, event.vetoed_by) == ("adopted", [])


def test_a_motion_carried_in_a_comparison_is_no_adoption():
    text = ("UNITED NATIONS, Dec. 8 - The United States vetoed a draft resolution on Lebanon in "
            "the Security Council yesterday. Thirteen for, one against, one abstention: in any "
            "workers' meeting that would be a motion carried.")
    assert _sc(text, "1975-12-09")[0].outcome == "vetoed"


def test_tuesday_the_17th_last_week_dates_every_text_of_that_sitting():
    text = ("Gitega, Wednesday 25 March 1970\n\nThis year Burundi sits for the first time on the "
            "Security Council of the United Nations.\n\nLast week, on Tuesday the 17th, the "
            "Council voted twice. First it voted on a draft, S/9676/Rev.1, which would have "
            "condemned the illegal regime. It received only five votes. So it failed.\n\nThen "
            "a second text, S/9696, was put to the vote. Nine members voted for it. Britain and "
            "the United States voted against, and this was a veto.")
    assert [(e.draft, e.date) for e in _sc(text)] == [("S/9676/Rev.1", "1970-03-17"),
                                                      ("S/9696", "1970-03-17")]
