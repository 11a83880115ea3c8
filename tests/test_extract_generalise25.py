"""Generalisation checks from the twenty-eighth blind set: "raised a hand for it", a list
after "as well as the non-aligned members,", "Voting for Guinea were", "not one against" and
"Not a single member dared to vote against it" (none against), drafters after a description
and a colon ("put forward by the usual group: A, B"), "voted yes without fuss: A, B", a
count of texts inside an aside that is not the vote's, "All three voted yes" (the members
just named, not the side's count), and a drafter's second text with another tally.

Facts are the record's (Sciences Po, Voting-Agent): resolution 216 (12 November 1965) 10-0-1,
France abstaining; resolution 712 (19 September 1991) 13-1-1, Britain, France, India and
Zimbabwe in favour; resolution 290 (8 December 1970) 12-0-3 on Portugal's attack on Guinea,
the Soviet Union, Poland, Spain, Zambia, Nepal and Finland in favour; resolution 1267 (15
October 1999) unanimous, submitted by Britain, the United States, Canada, the Netherlands,
Russia and Slovenia; resolution 1973 (17 March 2011) 10-0-5, Gabon, Nigeria and South Africa
in favour; on 24 January 2013 resolution 2089 (Cyprus, submitted by Britain, France and the
United States) passed 14-0-1, Azerbaijan abstaining, and resolution 2088 (Central African
Republic, the United States among its submitters) 15-0."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_raised_a_hand_for_it_after_a_list_between_dashes() -> None:
    text = ("UNITED NATIONS, Nov. 12 -- The Security Council tonight condemned Rhodesia's "
            "declaration of independence. France abstained. Everybody else on the Council -- "
            "the Soviet Union, Britain, the United States, Nationalist China, Bolivia, the "
            "Ivory Coast, Jordan, Malaysia, the Netherlands and Uruguay -- raised a hand for "
            "it.\n")
    [e] = _sc(text, "1965-11-13")
    assert sum(v == "yes" for v in e.votes.values()) == 10 and e.votes["FRA"] == "abstain"


def test_a_list_goes_on_past_as_well_as_the_non_aligned_members() -> None:
    text = ("UNITED NATIONS, Sept. 19 -- The Security Council today let Iraq sell oil for food "
            "by 13 votes to 1. Among those voting for the text were Britain and France, as "
            "well as the non-aligned members, India and Zimbabwe among them.\n")
    [e] = _sc(text, "1991-09-20")
    assert {c for c, v in e.votes.items() if v == "yes"} == {"GBR", "FRA", "IND", "ZWE"}


def test_voting_for_a_country_were_and_not_one_against() -> None:
    text = ("CONAKRY, Dec. 9 -- Twelve votes for Guinea, not one against.\n\nThe Security "
            "Council yesterday condemned Portugal for the attack on our capital. Not a single "
            "member dared to vote against it, and three abstained. Voting for Guinea were the "
            "Soviet Union, Poland, Spain, Zambia, Nepal and Finland.\n")
    [e] = _sc(text, "1970-12-09")
    assert (e.yes, e.no, e.abstain) == (12, 0, 3)
    assert {c for c, v in e.votes.items() if v == "yes"} == {
        "SUN", "POL", "ESP", "ZMB", "NPL", "FIN"}


def test_drafters_after_a_description_and_a_colon() -> None:
    text = ("UNITED NATIONS, Oct. 15 -- The Security Council today unanimously imposed "
            "sanctions on the Taliban. The text was put forward by the usual group: Britain, "
            "the United States, Canada and the Netherlands.\n")
    [e] = _sc(text, "1999-10-16")
    assert set(e.sponsors) == {"GBR", "USA", "CAN", "NLD"}


def test_voted_yes_without_fuss_with_a_count_of_texts_in_an_aside() -> None:
    text = ("UNITED NATIONS, March 17 -- The Security Council tonight approved a no-fly zone "
            "over Libya, 10-0-5. Worth noting who voted yes without fuss: Gabon, which has backed "
            "several African texts in recent years, and Nigeria.\n")
    [e] = _sc(text, "2011-03-18")
    assert e.votes.get("GAB") == "yes" and e.votes.get("NGA") == "yes"


def test_all_three_voted_yes_counts_members_just_named_not_the_side() -> None:
    text = ("UNITED NATIONS, March 17 -- The Security Council tonight approved a no-fly zone "
            "over Libya by 10 votes to none, with five abstentions. The final wording won "
            "over Gabon, Nigeria and South Africa, which had all hesitated. All three voted "
            "yes.\n")
    [e] = _sc(text, "2011-03-18")
    assert (e.yes, e.no, e.abstain) == (10, 0, 5)


def test_two_texts_one_drafter_a_new_tally_is_a_new_text() -> None:
    text = ("UNITED NATIONS, Jan. 24 -- The Security Council adopted two resolutions on "
            "Thursday: one renewing the peacekeeping force in Cyprus, passed 14-0 with "
            "Azerbaijan abstaining, and one extending the UN office in the Central African "
            "Republic, passed unanimously.\n\nThe Cyprus text, co-sponsored by Britain and the "
            "United States, keeps the force for another six months. Fourteen members voted in "
            "favour; Azerbaijan abstained.\n\n"
            "Later the same day the council voted 15-0 for a US-drafted resolution on the "
            "Central African Republic.\n")
    events = _sc(text, "2013-01-25")
    assert [(e.yes, e.abstain, e.votes) for e in events] == [
        (14, 1, {"AZE": "abstain"}), (15, 0, {})]
