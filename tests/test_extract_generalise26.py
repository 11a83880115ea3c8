"""Generalisation checks from the sixth session's rounds: "All three voted yes" gives its vote
to the three members the story has just listed.

Facts are the record's (Sciences Po): resolution 1973 (17 March 2011) passed 10-0-5, Gabon,
Nigeria and South Africa in favour, Brazil, China, Germany, India and Russia abstaining;
resolution 1500 (14 August 2003) passed 14-0-1, France, Russia, China and Germany in favour,
Syria abstaining."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_all_three_voted_yes_gives_the_vote_to_the_three_just_listed() -> None:
    text = ("UNITED NATIONS, March 17 -- The Security Council tonight approved a no-fly zone "
            "over Libya by 10 votes to none, with five abstentions. The final wording won "
            "over Gabon, Nigeria and South Africa, which had all hesitated. All three voted "
            "yes.\n")
    [e] = _sc(text, "2011-03-18")
    assert (e.yes, e.no, e.abstain) == (10, 0, 5)
    assert {c: e.votes.get(c) for c in ("GAB", "NGA", "ZAF")} == {
        "GAB": "yes", "NGA": "yes", "ZAF": "yes"}


def test_all_three_abstained_then_as_did_others() -> None:
    text = ("UNITED NATIONS, March 17 -- The Security Council voted 10-0 tonight to authorise "
            "a no-fly zone over Libya. Diplomats said the text never won over Brazil, India and "
            "Germany. All three abstained, as did China and Russia.\n")
    [e] = _sc(text, "2011-03-18")
    assert {c: e.votes.get(c) for c in ("BRA", "IND", "DEU", "CHN", "RUS")} == dict.fromkeys(
        ("BRA", "IND", "DEU", "CHN", "RUS"), "abstain")


def test_a_count_that_does_not_fit_the_list_names_nobody() -> None:
    # four voters said, three listed: the story means others too, so no one is guessed
    text = ("UNITED NATIONS, Aug. 14 -- The Security Council voted 14-0 on Thursday to set up a "
            "UN assistance mission in Iraq, with Syria abstaining. The wording won over France, "
            "Russia and China. All four voted yes.\n")
    [e] = _sc(text, "2003-08-14")
    assert e.votes == {"SYR": "abstain"}
