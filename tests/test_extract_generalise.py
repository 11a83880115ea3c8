"""Layouts and wordings other outlets use, each pinned by short texts written for these tests
(the votes are real; dates, tallies and numbers checked against
``../shared/reference/sciencespo_unsc_votes_1946-2025_wide.csv``)."""

from __future__ import annotations

from typing import Any

import pytest

from unvotes.extract import analyse, extract
from unvotes.extract.cues import find_outcome_cues


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


def one(text: str, published: str | None = None) -> dict[str, Any]:
    found = sc(text, published)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- page dates


@pytest.mark.parametrize("head", [
    "28 September 2013 | World desk",
    "By our diplomatic staff | 28 September 2013",
    "Posted: Sat 28 Sep 2013 at 10:15am",
    "Recorded Saturday 28 September 2013. Transcript lightly edited.",
])
def test_page_date_on_a_line_of_furniture(head: str) -> None:
    text = (f"Was the chemical weapons deal really unanimous?\n{head}\n\n"
            "The Security Council on Friday adopted resolution 2118 on Syria's chemical "
            "weapons by 15 votes to none.\n")
    a = analyse(text)
    assert str(a.published) == "2013-09-28"
    assert [e.date for e in a.events] == ["2013-09-27"]


def test_page_date_on_the_last_line() -> None:
    text = ("Council backs chemical weapons plan\n\n"
            "The Security Council on Friday adopted resolution 2118 on Syria's chemical "
            "weapons by 15 votes to none. Russia and the United States had agreed the text.\n\n"
            "Filed by the New York bureau | 28 September 2013\n")
    assert one(text)["date"] == "2013-09-27"


def test_a_date_inside_the_story_is_not_the_page_date() -> None:
    text = ("Council backs chemical weapons plan\n\n"
            "The Security Council on Friday adopted resolution 2118 by 15 votes to none, "
            "a year after talks began on\n27 September 2012 in Geneva.\n")
    assert analyse(text).published is None


# --------------------------------------------------------------------------- numbered texts


def test_numbered_resolution_gives_number_and_year() -> None:
    text = ("UNITED NATIONS, Nov. 8 (Wire) - The Security Council on Friday gave Iraq a final "
            "opportunity to disarm. The resolution, numbered 1441 in the Council's series, "
            "was adopted 15-0.\n")
    ev = one(text)
    assert ev["resolution"] == "1441"
    assert ev["date"] == "2002-11-08"


def test_number_in_a_later_sentence_dates_the_story() -> None:
    text = ("UNITED NATIONS, July 20 (Wire) - The Security Council on Monday demanded a "
            "ceasefire between Iran and Iraq. The text was adopted 15-0.\n\n"
            "The new resolution, numbered 598, also asks the Secretary-General to send "
            "observers.\n")
    ev = one(text)
    assert ev["date"] == "1987-07-20"
    assert ev["resolution"] == "598"


# --------------------------------------------------------------------------- the lead's day


def test_lead_day_dates_a_vote_reported_without_one() -> None:
    text = ("Council gives Iraq a last chance\n\nSaturday, November 9, 2002\n\n"
            "UNITED NATIONS - The Security Council on Friday gave Iraq a final opportunity to "
            "disarm and set up a tougher inspection regime.\n\n"
            "Resolution 1441 was adopted 15-0. Syria, the only Arab member, voted in favour.\n")
    ev = one(text)
    assert ev["date"] == "2002-11-08"


def test_editorial_lead_on_a_weekday() -> None:
    text = ("EDITORIAL\n\nSaturday, November 9, 2002\n\n"
            "For once the Security Council has spoken with one voice. On Friday it gave Iraq "
            "a final opportunity to disarm.\n\n"
            "The resolution passed fifteen votes to none.\n")
    assert one(text)["date"] == "2002-11-08"


def test_a_day_after_since_is_not_the_lead_day() -> None:
    text = ("Critics have complained since Wednesday that the inspections regime is too "
            "weak, and the debate went on.\n\n"
            "The Security Council adopted resolution 1441 by 15 votes to none today.\n")
    assert one(text, "2002-11-08")["date"] == "2002-11-08"


def test_a_later_clause_on_a_month_does_not_make_an_absence_history() -> None:
    text = ("LAKE SUCCESS, June 25 - The Security Council on Sunday called on North Korea to "
            "withdraw its forces to the 38th parallel. The resolution, numbered 82, was "
            "adopted 9-0 with one abstention, Yugoslavia abstaining.\n\n"
            "The Soviet Union was absent, keeping up the boycott it began in January.\n")
    ev = one(text)
    assert ev["date"] == "1950-06-25"
    assert ev["votes"].get("SUN") == "absent"
    assert ev["votes"].get("YUG") == "abstain"


# --------------------------------------------------------------------------- veto wording


@pytest.mark.parametrize("who", ["the USSR, A. A. Sobolev,", "the Soviet Union, Mr. Sobolev,"])
def test_negative_vote_of_a_permanent_member_without_the_word_veto(who: str) -> None:
    # Hungary, 4 November 1956: 9 in favour, the Soviet Union against, Yugoslavia not voting
    text = ("NEW YORK, Nov. 5 (Agency). At yesterday's sitting of the Security Council the "
            "proposal on the situation in Hungary was not accepted.\n\n"
            f"The representative of {who} cast a negative vote, and since the Soviet Union "
            "is a permanent member of the Council the proposal could not be adopted. Nine "
            "delegations voted in favour.\n")
    ev = one(text)
    assert ev["votes"].get("SUN") == "no"
    assert ev["outcome"] == "vetoed"
    assert ev["vetoed_by"] == ["SUN"]


def test_passed_over_is_not_an_adoption() -> None:
    low = "arab delegates said the question of the refugees had been passed over in silence."
    assert find_outcome_cues(low, 0, len(low)) == []
    low = "the council passed the text by 15 votes to none."
    assert [c.kind for c in find_outcome_cues(low, 0, len(low))] == ["adopt"]


# --------------------------------------------------------------------------- spoken styles


def test_transcript_one_against_being_and_a_habit() -> None:
    # 20 February 2024: Algerian draft on Gaza, 13-1-1, vetoed by the United States
    text = ("Recorded Wednesday 21 February 2024.\n\n"
            "HOST: Yesterday the Security Council voted on the Algerian draft on Gaza. Thirteen in "
            "favour, one against, one abstention.\n\n"
            "GUEST: The one against being the United States, which is a permanent member.\n\n"
            "HOST: Sometimes Paris abstains alongside Washington, but not this time - this "
            "time they voted in favour.\n")
    ev = one(text)
    assert ev["date"] == "2024-02-20"
    assert ev["votes"].get("USA") == "no"
    assert "FRA" not in ev["votes"]
    assert ev["outcome"] == "vetoed"
    assert ev["vetoed_by"] == ["USA"]


# --------------------------------------------------------------------------- page furniture

_GAZA_VETO = ("UNITED NATIONS, Feb. 20 - The United States on Tuesday vetoed an Algerian-drafted "
              "Security Council resolution demanding an immediate humanitarian ceasefire in "
              "Gaza. The vote was 13 to 1, with Britain abstaining.")


@pytest.mark.parametrize("sep", ["\n", " "])
def test_related_story_links_are_not_votes(sep: str) -> None:
    links = sep.join(["Related stories:", "Israel approves new settlement homes",
                      "Security Council adopts resolution on Yemen"])
    text = (f"US blocks Gaza ceasefire call\n\n{_GAZA_VETO}\n\n"
            f"All rights reserved.{sep}{links}\n")
    found = sc(text, "2024-02-21")
    assert [(e["outcome"], e["date"]) for e in found] == [("vetoed", "2024-02-20")]


def test_a_proposal_that_failed_to_win_over_members_is_no_vote() -> None:
    text = ("UNITED NATIONS - A Security Council vote on the draft resolution will not take "
            "place this week, diplomats said on Friday. A compromise proposal failed to win "
            "over the undecided members, among them Mexico and Chile.\n")
    assert sc(text, "2003-03-15") == []


# --------------------------------------------------------------------------- member lists in prose


def test_so_did_after_a_semicolon_copies_the_vote() -> None:
    text = ("The Security Council on Wednesday adopted resolution 242 unanimously. The Soviet "
            "Union and the United States both voted for it; so did Britain, France and "
            "India.\n")
    votes = one(text, "1967-11-23")["votes"]
    assert {k: votes.get(k) for k in ("SUN", "USA", "GBR", "FRA", "IND")} == {
        "SUN": "yes", "USA": "yes", "GBR": "yes", "FRA": "yes", "IND": "yes"}


def test_asides_between_a_member_and_its_vote() -> None:
    text = (_GAZA_VETO.replace(", with Britain abstaining", "") + "\n\n"
            "Britain - whose position was closer to Washington's than Algeria's - abstained. "
            "Algeria, which holds the Arab seat on the Council this year and drafted the text "
            "after weeks of talks, voted in favour.\n")
    votes = one(text, "2024-02-21")["votes"]
    assert votes.get("GBR") == "abstain"
    assert votes.get("DZA") == "yes"
    assert votes.get("USA") == "no"


def test_most_of_them_people_does_not_make_the_draft_plural() -> None:
    text = ("UNITED NATIONS - The United States on Tuesday vetoed an Algerian-drafted UN "
            "Security Council resolution on Gaza, where tens of thousands of Palestinians, most "
            "of them women and children, have been killed.\n\n"
            "The text won 13 votes in the 15-nation council. Britain abstained.\n")
    ev = one(text, "2024-02-21")
    assert ev["sponsors"] == ["DZA"]
    assert ev["outcome"] == "vetoed"


# --------------------------------------------------------------------------- outcome wording


def test_allowing_the_council_to_adopt_it_with_a_tally() -> None:
    # resolution 2334, 23 December 2016: 14-0-1, the United States abstaining
    text = ("UNITED NATIONS - The United States abstained on Friday, allowing the Security "
            "Council to adopt it 14-0-1. The text demands a halt to Israeli settlement "
            "building.\n")
    ev = one(text, "2016-12-24")
    assert (ev["outcome"], ev["yes"], ev["no"], ev["abstain"]) == ("adopted", 14, 0, 1)
    assert ev["date"] == "2016-12-23"
    assert ev["votes"] == {"USA": "abstain"}


def test_a_forecast_tally_is_no_vote() -> None:
    text = "The Security Council is expected to adopt it 14-0-1 on Friday.\n"
    assert sc(text, "2016-12-22") == []
