"""Generalisation checks from the twenty-second blind set: a count that cannot be the stated
tally's, "the majority was made up of", sponsors who "provided the votes in favour", a
long aside before "this time voted", "the votes of A and B, and of C", a unanimous vote of
another day after a split one, a modal carried over "or", a drafter's new text after a
numbered resolution, "the same day" after an Assembly vote, "Under resolution 2739 (2024)",
a day given on another country's clock, and a vote "a day after" another.

Facts are the record's (Sciences Po, DHL tables): on 21 August 1947 resolution 29 (Pakistan
and Yemen) passed 11-0-0 and Italy's application failed 9-1-1, the Soviet Union against and
Poland abstaining; S/836 (22 June 1948) vetoed by the Soviet Union 9-2 with the Ukrainian SSR
also against, China, France, the United Kingdom, the United States, Argentina, Belgium,
Canada, Colombia and Syria in favour; resolution 1134 (23 October 1997) 10-0-5, China,
France, Russia, Egypt and Kenya abstaining; S/14664/Rev.2 (31 August 1981) vetoed by the
United States 13-1-1, France in favour; resolutions 1590 (24 March 2005, unanimous) and 1591
(29 March 2005, 12-0-3); resolution 2777 (17 March 2025) unanimous; resolution 2659 (14
November 2022) 12-0-3; resolution 2739 (27 June 2024) 12-0-3; resolution 2117 (26 September
2013) 14-0-1; S/1732 (28 September 1950) failed 6-3-2 and resolution 87 passed 7-3-1 the next
day."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_a_count_that_is_not_the_tallys_opens_another_vote() -> None:
    events = _sc("LAKE SUCCESS, Aug. 21 - The Security Council today recommended Pakistan for "
                 "admission. The recommendation was carried by eleven votes to none.\n\nWhen "
                 "the name of Italy was put to the vote, nine members raised their hands in "
                 "favour. The Soviet Union alone voted against, and Poland abstained.\n",
                 "1947-08-22")
    assert sorted((e.yes, e.outcome) for e in events) == [(9, "vetoed"), (11, "adopted")]
    pakistan = next(e for e in events if e.yes == 11)
    assert "SUN" not in pakistan.votes


def test_the_majority_was_made_up_of() -> None:
    [e] = _sc("LAKE SUCCESS, June 22 - The Soviet Union vetoed in the Security Council today a "
              "resolution on atomic energy, document S/836. The vote was 9 to 2. The majority "
              "was made up of Nationalist China, France, Britain and the United States, "
              "together with Argentina and Canada.\n", "1948-06-23")
    assert {c for c, v in e.votes.items() if v == "yes"} == {
        "TWN", "FRA", "GBR", "USA", "ARG", "CAN"}


def test_sponsors_and_another_member_provided_the_votes_in_favour() -> None:
    [e] = _sc("UNITED NATIONS, Oct 23 - Resolution 1134 was adopted by 10 votes in favour, none "
              "against and five abstentions. The text was sponsored by the United States and "
              "Britain together with Chile and Japan. Those sponsors and Guinea-Bissau "
              "provided the votes in favour.\n", "1997-10-24")
    assert {c: e.votes.get(c) for c in ("USA", "GBR", "CHL", "JPN", "GNB")} == dict.fromkeys(
        ("USA", "GBR", "CHL", "JPN", "GNB"), "yes")


def test_a_long_aside_before_this_time_voted() -> None:
    [e] = _sc("The United States vetoed the Security Council draft on Angola on Monday, 13 votes "
              "to 1. France, which has in the past stood with Washington and London when the "
              "Council has tried to act against Pretoria, this time voted in favour.\n",
              "1981-09-01")
    assert e.votes.get("FRA") == "yes"
    assert e.votes.get("USA") == "no"


def test_the_votes_of_a_and_b_and_of_c() -> None:
    [e] = _sc("The Security Council on Monday unanimously renewed the UN mission in "
              "Afghanistan. The text drew the votes of the United States, China and Russia, "
              "and of Pakistan, which is serving an elected term.\n", "2025-03-18")
    assert {c: e.votes.get(c) for c in ("USA", "CHN", "RUS", "PAK")} == dict.fromkeys(
        ("USA", "CHN", "RUS", "PAK"), "yes")


def test_a_unanimous_vote_of_another_day_after_a_split_one() -> None:
    events = _sc("The UN Security Council yesterday voted to impose a travel ban on those "
                 "blocking peace in Darfur. The resolution was adopted by 12 votes to none. "
                 "China, Russia and Algeria abstained. Last Thursday the council unanimously "
                 "approved Resolution 1590, creating a UN mission in southern Sudan.\n",
                 "2005-03-30")
    assert sorted((e.date, e.resolution, e.yes, e.abstain) for e in events) == [
        ("2005-03-24", "1590", 15, 0), ("2005-03-29", None, 12, 3)]


def test_would_veto_or_abstain_is_no_vote() -> None:
    [e] = _sc("The UN Security Council yesterday adopted a resolution on Darfur by 12 votes to "
              "none. Washington has not said whether it would use its veto or abstain on the "
              "next text.\n", "2005-03-30")
    assert "USA" not in e.votes


def test_a_drafters_new_text_after_a_numbered_resolution_is_not_its_sponsor() -> None:
    [e] = _sc("Last Thursday the Security Council unanimously approved Resolution 1590 on "
              "Sudan. The hardest question has not yet been put to a vote. France has "
              "circulated a draft that would refer Darfur to the International Criminal "
              "Court.\n", "2005-03-30")
    assert e.sponsors == []


def test_the_same_day_after_an_assembly_vote_and_the_assembly_voted_that() -> None:
    events = extract("MERIDIAN WEEKLY\nThe world this week | Issue of November 19th 2022\n\n"
                     "On Monday the UN General Assembly voted that Russia should make reparation "
                     "for the war. The resolution passed by 94 votes to 14, with 73 "
                     "abstentions.\n\nThe same day, in the Security Council, the mandate of "
                     "MINUSCA was renewed for a year by 12 votes to none. China, Russia and Gabon "
                     "abstained.\n", published="2022-11-19")
    assert sorted((e.body, e.date, e.yes) for e in events) == [
        ("GA", "2022-11-14", 94), ("SC", "2022-11-14", 12)]


def test_under_resolution_with_the_votes_year_names_the_adopted_text() -> None:
    [e] = _sc("UNITED NATIONS, June 27 - The Security Council on Thursday extended the monthly "
              "reporting on Houthi attacks. The resolution was adopted by 12 votes to zero. "
              "Under resolution 2739 (2024), the Secretary-General will keep reporting until "
              "January.\n", "2024-06-28")
    assert e.resolution == "2739"


def test_an_older_resolution_under_which_the_council_acts_is_not_the_new_number() -> None:
    [e] = _sc("UNITED NATIONS, June 27 - The Security Council on Thursday extended the monthly "
              "reporting on Houthi attacks, by 12 votes to zero. Under resolution 2722 (2024), "
              "adopted in January, the reports began.\n", "2024-06-28")
    assert e.resolution is None


def test_another_countrys_clock_gives_way_to_new_york() -> None:
    [e] = _sc("MEDIA RELEASE\n27 September 2013\n\nEarly this morning (Australian Eastern "
              "Standard Time), the United Nations Security Council adopted resolution 2117 on "
              "small arms. The resolution was adopted on Thursday in New York, with fourteen "
              "votes in favour and one abstention.\n", "2013-09-27")
    assert e.date == "2013-09-26"


def test_a_vote_a_day_after_another_tells_both() -> None:
    events = _sc("LAKE SUCCESS, Sept. 29 - The United Nations Security Council voted today to "
                 "invite Peking to its debate on Formosa. The vote was 7 to 3, with one "
                 "abstention.\n\nThe decision came a day after the Council turned down a "
                 "proposal for an immediate invitation, document S/1732. That text received six "
                 "votes, one short of the seven needed.\n", "1950-09-30")
    # (the day before is not worked out from "a day after": the story's day stands for both)
    assert sorted((e.outcome, e.yes) for e in events) == [("adopted", 7), ("failed", 6)]


def test_a_vote_weeks_after_another_keeps_that_one_in_the_background() -> None:
    events = _sc("LAKE SUCCESS, Sept. 29 - The United Nations Security Council voted today to "
                 "invite Peking to its debate on Formosa, by 7 votes to 3. The decision came "
                 "three weeks after the Council turned down a proposal for an immediate "
                 "invitation.\n", "1950-09-30")
    assert [(e.outcome, e.yes) for e in events] == [("adopted", 7)]
