"""The extractor's rules, one behaviour at a time, in sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from unvotes.extract import analyse, extract


def events(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published)]


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e for e in events(text, published) if e["body"] == "SC"]


def one(text: str, published: str | None = None) -> dict[str, Any]:
    found = sc(text, published)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- which body


def test_general_assembly_vote_is_not_a_council_event() -> None:
    found = events("NEW YORK - The General Assembly on Wednesday adopted a resolution on "
                   "the war by 141 votes to 5, with 35 abstentions.", "2022-03-03")
    assert [e["body"] for e in found] == ["GA"]
    assert (found[0]["yes"], found[0]["no"], found[0]["abstain"]) == (141, 5, 35)


def test_council_and_assembly_in_one_story() -> None:
    text = ("The Security Council on Monday adopted a resolution on Haiti by 13 votes to "
            "none, with China and Russia abstaining. Separately, the 193-member General "
            "Assembly approved its budget by consensus.")
    assert [e["outcome"] for e in sc(text, "2023-10-03")] == ["adopted"]


# --------------------------------------------------------------------------- news or not


@pytest.mark.parametrize("text", [
    "The Security Council is expected to vote on Friday on a draft on Sudan, and Russia "
    "has threatened to veto it.",
    "Diplomats said the vote on the French draft had been postponed until next week.",
    "Council members will vote on the text on Thursday, a spokesman said.",
    "Last month Russia vetoed a similar draft on Syria.",
    "Russia had blocked a text on Ukraine in the council in February.",
    "In 2017 the council voted 15-0 to tighten sanctions on North Korea.",
    "China last used its veto in 2019, on a draft about Syria.",
    "To pass, a draft needs nine votes in favour and no veto from a permanent member.",
])
def test_scheduled_threatened_and_background_votes_are_not_news(text: str) -> None:
    assert sc(text, "2024-01-10") == []


def test_news_sentence_with_a_historical_aside_is_still_news() -> None:
    e = one("UNITED NATIONS, May 26 - Beijing and Moscow on Thursday vetoed a US-drafted "
            "resolution, the first split among the veto powers on the issue since sanctions "
            "were imposed in 2006.", "2022-05-27")
    assert (e["date"], e["outcome"], e["vetoed_by"]) == ("2022-05-26", "vetoed", ["CHN", "RUS"])


def test_vote_dated_weeks_before_the_story_is_background() -> None:
    text = ("The Assembly took up the question on Wednesday. The debate came after Russia "
            "used its veto on 30 September to block a draft in the Security Council.")
    assert sc(text, "2022-10-13") == []


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("text, published, day", [
    ("The Security Council on 14 March 2024 adopted a resolution on Somalia unanimously.",
     None, "2024-03-14"),
    ("UNITED NATIONS, Oct 12 (Wire) - The Security Council on Thursday unanimously adopted "
     "a resolution on Libya.", "2023-10-13", "2023-10-12"),
    ("Russia yesterday vetoed a draft on Mali at the Security Council.", "2023-08-31",
     "2023-08-30"),
    ("Russia last night vetoed a Security Council draft on Mali.", "2023-08-31",
     "2023-08-30"),
    ("The Security Council today adopted resolution 2720 by 13 votes to none, with two "
     "abstentions.", "2023-12-22", "2023-12-22"),
    ("On Tuesday the Security Council voted down a Russian draft on Gaza.", "2023-10-19",
     "2023-10-17"),
])
def test_vote_dates(text: str, published: str | None, day: str) -> None:
    assert one(text, published)["date"] == day


def test_dateline_gives_the_day_and_the_page_the_year() -> None:
    text = ("Wednesday, October 31, 1956\n\nUNITED NATIONS, N. Y., Oct. 30 -- Britain and "
            "France today used their veto in the Security Council to defeat an American "
            "resolution. The vote was 7 to 2, with Australia and Belgium abstaining.")
    e = one(text)
    assert e["date"] == "1956-10-30"
    assert (e["yes"], e["no"], e["abstain"]) == (7, 2, 2)  # an 11-member council


def test_year_from_envoys_in_office_when_the_page_has_none() -> None:
    text = ("UNITED NATIONS, April 10 (Wire) - Russia on Tuesday vetoed a U.S.-drafted "
            "Security Council resolution. U.S. Ambassador Nikki Haley called it a travesty, "
            "and Russian Ambassador Vassily Nebenzia defended the veto.")
    assert one(text)["date"] == "2018-04-10"


def test_year_from_the_draft_symbol() -> None:
    text = ("UNITED NATIONS, May 26 - China and Russia on Thursday vetoed draft S/2022/431 "
            "on North Korea by 13 votes to 2.")
    assert one(text)["date"] == "2022-05-26"


def test_misleading_page_date_lowers_confidence_and_says_so() -> None:
    text = ("Home | Tuesday, July 9, 2019\n\nRussia kills UN draft on Crimea\n\nRussia on "
            "Saturday vetoed a resolution at the United Nations Security Council that would "
            "have declared Sunday's referendum in Crimea invalid. Thirteen members voted in "
            "favour and China abstained.\n\nU.S. Ambassador Samantha Power said Russia was "
            "isolated. Russian Ambassador Vitaly Churkin said Moscow would respect the March "
            "16 referendum.")
    e = one(text)
    assert e["date"] == "2014-03-15"
    assert e["confidence"] < 0.7
    assert "2019-07-09" in e["notes"] and "disagrees" in e["notes"]


def test_trusted_page_date_keeps_full_confidence() -> None:
    e = one("Friday, 19 April 2024\n\nThe United States on Thursday vetoed a Security "
            "Council draft on Palestinian membership. Twelve members voted in favour, while "
            "Britain and Switzerland abstained.")
    assert e["date"] == "2024-04-18" and e["confidence"] >= 0.8 and e["notes"] is None


# --------------------------------------------------------------------------- who


@pytest.mark.parametrize("text, published, votes", [
    ("Moscow vetoed the Security Council draft on Friday; Beijing abstained.", "2019-03-02",
     {"RUS": "no", "CHN": "abstain"}),
    ("The Kremlin blocked the UN council resolution on Friday, while Paris and London voted "
     "in favour.", "2019-03-02", {"RUS": "no", "FRA": "yes", "GBR": "yes"}),
    ("Washington vetoed the council text on Friday. The UAE and Switzerland abstained.",
     "2023-10-21", {"USA": "no", "ARE": "abstain", "CHE": "abstain"}),
    ("Russia's envoy Vassily Nebenzia cast the lone vote against the Security Council text "
     "on Friday.", "2019-03-02", {"RUS": "no"}),
    ("The Security Council resolution failed on Friday after Moscow vetoed it. Ambassadors "
     "from Ivory Coast and Equatorial Guinea abstained.", "2019-03-02",
     {"RUS": "no", "CIV": "abstain", "GNQ": "abstain"}),
])
def test_members_named_many_ways(text: str, published: str, votes: dict[str, str]) -> None:
    # Only members seated on the Council that day can vote there.
    assert one(text, published)["votes"] == votes


def test_historical_states_by_date() -> None:
    e = one("The Soviet Union vetoed the Security Council resolution on Tuesday. The vote "
            "was 9 to 1, with France abstaining.", "1960-07-27")
    assert e["vetoed_by"] == ["SUN"] and (e["yes"], e["no"], e["abstain"]) == (9, 1, 1)
    e = one("Russia vetoed the Security Council resolution on Tuesday by 9 votes to 1.",
            "1960-07-27")
    assert e["vetoed_by"] == ["SUN"]  # "Russia" in 1960 is the Soviet Union


def test_capital_as_a_place_is_not_a_government() -> None:
    e = one("After talks in Moscow, the Security Council on Friday adopted the text on "
            "Syria by 14 votes to none, with Russia abstaining.", "2023-01-07")
    assert e["votes"] == {"RUS": "abstain"}
    e = one("The draft, which asked the Washington Post for nothing, was adopted "
            "unanimously by the Security Council on Friday.", "2023-01-07")
    assert e["votes"] == {}


@pytest.mark.parametrize("text, outcome", [
    ("The Security Council failed to adopt the draft on Monday.", "failed"),
    ("The Security Council on Monday did not adopt the text, which won only six votes.",
     "failed"),
    ("The Security Council voted down the draft on Monday, 4-7-4.", "failed"),
    ("Russia refused to back the text but did not veto it, abstaining; the Security Council "
     "resolution passed on Monday 13-0-2.", "adopted"),
    ("The Security Council on Monday rejected the amendment, which fell short of the nine "
     "votes needed.", "failed"),
])
def test_negated_and_failed_outcomes(text: str, outcome: str) -> None:
    assert one(text, "2024-01-09")["outcome"] == outcome


def test_refused_to_back_is_not_a_yes_vote() -> None:
    e = one("Russia refused to back the text but abstained; the Security Council resolution "
            "passed on Monday 13-0-2.", "2024-01-09")
    assert e["votes"].get("RUS") == "abstain"


# --------------------------------------------------------------------------- tallies


@pytest.mark.parametrize("text, tally", [
    ("The Security Council draft was vetoed on Friday; the tally was 13-2.", (13, 2, 0)),
    ("The Security Council resolution passed 13-1-1 on Friday.", (13, 1, 1)),
    ("The Security Council on Friday adopted the resolution by 13 votes to 2 with no "
     "abstentions.", (13, 2, 0)),
    ("The Security Council draft won thirteen votes in favour on Friday but Russia vetoed "
     "it, and China abstained.", (13, 1, 1)),
    ("The Security Council draft was vetoed by Russia on Friday; the other 13 members "
     "voted in favour and China abstained.", (13, 1, 1)),
    ("The Security Council unanimously adopted the resolution on Friday.", (15, 0, 0)),
    ("The vote on the Security Council draft on Friday was 9-2, with Brazil, India, Lebanon "
     "and South Africa abstaining.", (9, 2, 4)),
    ("The Security Council text failed on Friday: it received 4 votes in favour (China, "
     "Egypt, Russia, Venezuela) to 9 against, with 2 abstentions.", (4, 9, 2)),
])
def test_tallies(text: str, tally: tuple[int, int, int]) -> None:
    e = one(text, "2016-10-09")
    assert (e["yes"], e["no"], e["abstain"]) == tally


@pytest.mark.parametrize("text, votes", [
    ("The Security Council vote on Friday was nine in favour and two against, with Brazil, "
     "India, Lebanon and South Africa abstaining; Russia and China vetoed it.",
     {"RUS": "no", "CHN": "no", "BRA": "abstain", "IND": "abstain", "LBN": "abstain",
      "ZAF": "abstain"}),
    ("The Security Council rejected the text on Friday. Those voting against were Russia "
     "and China, while abstaining were India and Brazil.",
     {"RUS": "no", "CHN": "no", "IND": "abstain", "BRA": "abstain"}),
    ("Russia was the only country to vote against the Security Council draft on Friday, "
     "and China abstained; 13 members voted in favour.", {"RUS": "no", "CHN": "abstain"}),
])
def test_who_voted_how_in_other_word_orders(text: str, votes: dict[str, str]) -> None:
    assert one(text, "2011-10-08" if "Lebanon" in text else "2022-10-01")["votes"] == votes


@pytest.mark.parametrize("text, published, want", [
    ("UN Security Council members voted 12-2-1 on Monday on the text, which was rejected "
     "because of vetoes from Russia and China. India abstained.", "2021-12-14",
     ("2021-12-13", "vetoed", ["CHN", "RUS"])),
    ("Russia on Monday blocked the renewal of UN aid deliveries to Syria through Turkey, using "
     "its veto in the Security Council. Thirteen members backed the one-year extension, and "
     "China abstained.", "2022-07-09", ("2022-07-04", "vetoed", ["RUS"])),
    ("The 15-member UN Security Council on Wednesday unanimously renewed the mandate of the UN "
     "mission in Libya for a year.", "2023-10-26", ("2023-10-25", "adopted", [])),
    ("UNITED NATIONS - The Security Council voted Monday to impose an arms embargo on "
     "Haiti's gangs. The resolution passed 15-0.", "2022-10-22", ("2022-10-17", "adopted", [])),
])
def test_other_ways_of_reporting_results(text: str, published: str,
                                         want: tuple[str, str, list[str]]) -> None:
    e = one(text, published)
    assert (e["date"], e["outcome"], e["vetoed_by"]) == want


def test_unanimous_before_1966_means_eleven() -> None:
    e = one("The Security Council today unanimously adopted the resolution on Cyprus.",
            "1964-03-04")
    assert (e["yes"], e["no"], e["abstain"]) == (11, 0, 0)


def test_fewer_than_nine_is_not_a_count() -> None:
    e = one("The Security Council on Friday rejected the Russian draft: with fewer than nine "
            "votes in favour it could not be adopted. It won four votes.", "2019-03-02")
    assert e["yes"] == 4


# --------------------------------------------------------------------------- vetoes


def test_permanent_no_on_a_draft_without_nine_votes_is_not_a_veto() -> None:
    e = one("On Wednesday the Security Council rejected Russia's draft. It won only four "
            "votes, from Russia, China, Gabon and the UAE; Britain and the United States "
            "voted against and the other nine members abstained.", "2023-10-26")
    assert e["outcome"] == "failed" and e["vetoed_by"] == []
    assert e["votes"]["USA"] == "no" and e["votes"]["GBR"] == "no"


def test_veto_by_two_permanent_members() -> None:
    e = one("China and Russia voted against the Security Council text on Thursday, "
            "preventing its adoption. It received nine votes in favour, three against and "
            "three abstentions.", "2007-01-13")
    assert e["outcome"] == "vetoed" and e["vetoed_by"] == ["CHN", "RUS"]


def test_permanent_abstention_does_not_block() -> None:
    e = one("Resolution 1973 was adopted by the Security Council on Thursday with ten votes "
            "in favour and five abstentions, including China and Russia.", "2011-03-18")
    assert e["outcome"] == "adopted" and e["vetoed_by"] == []


# --------------------------------------------------------------------------- drafters


@pytest.mark.parametrize("text, sponsors", [
    ("Russia on Friday vetoed a US-drafted Security Council resolution.", ["USA"]),
    ("China and Russia on Friday vetoed a Security Council draft put forward by France and "
     "Britain.", ["FRA", "GBR"]),
    ("On Friday the Security Council adopted a resolution co-sponsored by Japan and Malta, "
     "unanimously.", ["JPN", "MLT"]),
    ("Britain and France, the penholders on the file, saw their Security Council text "
     "adopted unanimously on Friday.", ["GBR", "FRA"]),
    ("The Security Council on Friday adopted unanimously a text drafted by Ireland and "
     "Norway, which lead on humanitarian questions.", ["IRL", "NOR"]),
    ("Moscow's text fared no better in the Security Council on Friday: it won only four "
     "votes.", ["RUS"]),
])
def test_sponsors(text: str, sponsors: list[str]) -> None:
    assert one(text, "2022-06-04")["sponsors"] == sponsors


def test_the_ten_elected_members_as_drafters() -> None:
    e = one("The Security Council on Monday adopted a resolution drafted by the council's ten "
            "elected members, by 14 votes to none with the United States abstaining.",
            "2024-03-25")
    assert sorted(e["sponsors"]) == ["CHE", "DZA", "ECU", "GUY", "JPN", "KOR", "MLT", "MOZ",
                                     "SLE", "SVN"]


def test_the_e10_text() -> None:
    e = one("The UN Security Council on Monday adopted the E10 text by 14 votes to none.",
            "2024-03-26")
    assert len(e["sponsors"]) == 10 and "MOZ" in e["sponsors"]


def test_backing_and_negotiating_partners_are_not_drafters() -> None:
    e = one("Resolution 2397, drafted by the United States and negotiated with China, was "
            "adopted by the Security Council on Friday with the backing of Russia, 15-0.",
            "2017-12-23")
    assert e["sponsors"] == ["USA"]


# --------------------------------------------------------------------------- symbols


@pytest.mark.parametrize("text, draft, resolution", [
    ("Draft S/2022/431 was vetoed by the Security Council's China and Russia on Thursday, "
     "13-2.", "S/2022/431", None),
    ("The Security Council on Friday adopted resolution 2397 by 15 votes to none.",
     None, "2397"),
    ("The Security Council unanimously adopted S/RES/2401 (2018) on Saturday.", None, "2401"),
])
def test_symbols(text: str, draft: str | None, resolution: str | None) -> None:
    e = one(text, "2018-02-25" if "2401" in text else (
        "2022-05-27" if "431" in text else "2017-12-23"))
    assert (e["draft"], e["resolution"]) == (draft, resolution)


def test_resolution_recalled_from_another_year_is_not_this_vote() -> None:
    e = one("Beijing and Moscow on Thursday vetoed the US-drafted Security Council text by "
            "13 votes to 2. Before the vote, the US envoy reminded members that in resolution "
            "2397, adopted in 2017, they had pledged to act.", "2022-05-27")
    assert e["resolution"] is None and e["outcome"] == "vetoed"


# --------------------------------------------------------------------------- several votes


def test_two_drafts_on_one_day() -> None:
    text = ("The Security Council on Wednesday rejected two rival drafts on Gaza. The "
            "American text came first: it drew ten votes in favour, but China and Russia "
            "voted against it, and Brazil and Mozambique abstained. Minutes later the "
            "council turned to Russia's text, which won only four votes. Britain and the "
            "United States voted against, and the other nine members abstained.")
    found = sc(text, "2023-10-26")
    assert [(e["outcome"], e["sponsors"], e["yes"]) for e in found] == [
        ("vetoed", ["USA"], 10), ("failed", ["RUS"], 4)]
    assert all(e["date"] == "2023-10-25" for e in found)


def test_two_votes_on_different_days() -> None:
    text = ("On Tuesday, Russia vetoed a Security Council resolution drafted by Germany and "
            "Belgium; thirteen members voted in favour. Moscow then put forward its own "
            "text. That draft was voted down on Wednesday, winning only four votes.")
    found = sc(text, "2020-07-09")
    assert [(e["date"], e["outcome"]) for e in found] == [
        ("2020-07-07", "vetoed"), ("2020-07-08", "failed")]


def test_an_amendment_is_its_own_vote() -> None:
    text = ("Resolution 2728 was adopted by the Security Council on Monday with 14 votes in "
            "favour and one abstention. Before the final vote, members turned down a Russian "
            "amendment: only Algeria, China and Russia backed it, the United States voted "
            "against and the remaining 11 members abstained.")
    found = sc(text, "2024-03-25")
    assert sorted((e["outcome"], e["yes"]) for e in found) == [("adopted", 14), ("failed", 3)]


# --------------------------------------------------------------------------- output shape


def test_event_fields_and_evidence_offsets() -> None:
    text = "Intro line.\n\nRussia on Friday vetoed a US-drafted Security Council text, 13-1-1."
    a = analyse(text, published="2023-06-03")
    (e,) = [ev.to_dict() for ev in a.events]
    assert list(e)[:12] == ["body", "date", "draft", "resolution", "outcome", "yes", "no",
                            "abstain", "vetoed_by", "votes", "sponsors", "subject"]
    assert 0 < e["confidence"] <= 1
    facts = {ev["fact"] for ev in e["evidence"]}
    assert {"outcome", "date", "yes", "vote:RUS", "sponsor:USA"} <= facts
    for ev in e["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_no_vote_words_no_events() -> None:
    assert extract("The weather in New York was mild on Friday.") == []


@pytest.mark.parametrize("text", [
    "Iran's Supreme National Security Council approved the plan on Monday by 10 votes to 2.",
    "The UN Human Rights Council on Friday adopted a resolution on Iran by 25 votes to 6, "
    "with 16 abstentions. China voted against.",
    "Venezuela's National Assembly voted on Friday to approve the UN plan.",
    "The Bundestag adopted the budget on Friday.",
    "The U.S. Congress passed the bill on Friday, a day after a UN Security Council debate.",
    "The European Union adopted new sanctions on Friday as the UN looked on.",
])
def test_other_bodies_votes_are_not_council_votes(text: str) -> None:
    assert sc(text, "2024-01-08") == []


def test_council_named_before_an_aside_about_another_body() -> None:
    e = one("The UN Security Council, which the EU had lobbied, adopted the resolution on "
            "Friday unanimously.", "2024-01-08")
    assert e["outcome"] == "adopted"
