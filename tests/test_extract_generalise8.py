"""How ordinary news prose names the body that voted, and the members, tallies, outcomes
and drafters it reports, read in general (tests/heldout8 taught them). Sentences written
for these tests; the facts are the Council's record."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


# --------------------------------------------------------------------------- which body voted


def test_the_council_draft_named_after_the_assembly_is_the_councils_vote() -> None:
    # US veto of the settlements draft, 18 February 2011, 14-1
    found = sc(
        "Arab envoys said they would turn to the General Assembly after Washington struck "
        "down the Council draft on Friday. That vote was 14-1.", "2011-02-21")
    assert len(found) == 1
    assert found[0]["outcome"] == "vetoed" and found[0]["vetoed_by"] == ["USA"]
    assert (found[0]["yes"], found[0]["no"]) == (14, 1)


def test_a_resolution_vetoed_in_the_security_council_is_not_the_assemblys() -> None:
    found = sc(
        "Delegates in the Assembly spoke for hours on Monday, days after the United States "
        "vetoed a draft resolution in the Security Council by 14 votes to 1.", "2011-02-21")
    assert len(found) == 1 and found[0]["vetoed_by"] == ["USA"]


# --------------------------------------------------------------------------- news, not history


def test_a_veto_cast_for_the_first_time_is_this_weeks_news() -> None:
    # 17 March 1970: the United States' first veto, on Southern Rhodesia, 9-2-4
    found = sc(
        "The United States cast its veto for the first time in the Security Council on "
        "Tuesday, joining Britain against an African-Asian text on Southern Rhodesia. The "
        "vote was 9 in favour, 2 against and 4 abstentions.", "1970-03-18")
    assert len(found) == 1 and "USA" in found[0]["vetoed_by"]
    assert (found[0]["yes"], found[0]["no"], found[0]["abstain"]) == (9, 2, 4)


# --------------------------------------------------------------------------- a second draft


def test_a_drafters_resolution_of_its_own_is_another_text() -> None:
    found = sc(
        "The Security Council on Tuesday rejected an African-Asian text on Southern Rhodesia "
        "by 9 votes to 2, with 4 abstentions. Later in the evening a British resolution of its "
        "own was defeated as well, drawing 5 votes in favour, none against and 10 "
        "abstentions.", "1970-03-18")
    assert len(found) == 2
    assert found[1]["sponsors"] == ["GBR"] and found[1]["outcome"] == "failed"
    assert (found[1]["yes"], found[1]["no"], found[1]["abstain"]) == (5, 0, 10)


# --------------------------------------------------------------------------- member lists


def test_members_among_a_counted_side_voted_with_it() -> None:
    found = sc(
        "The Security Council failed on Tuesday to adopt an African-Asian text on Southern "
        "Rhodesia. The Soviet Union and Nationalist China were among the nine members that "
        "voted in favour.", "1970-03-18")
    assert len(found) == 1 and found[0]["yes"] == 9
    assert found[0]["votes"].get("SUN") == "yes" and found[0]["votes"].get("TWN") == "yes"


# --------------------------------------------------------------------------- tallies and members

_MALAYSIA = (
    "The Soviet Union used its veto in the Security Council on Thursday to defeat a Norwegian "
    "text deploring Indonesia's landings in Malaysia. Nine of the eleven members supported it. "
    "Only the Soviet Union and Czechoslovakia voted against, and nobody abstained. Because "
    "the Soviet Union is a permanent member, its single negative vote was enough. ")


def test_a_members_single_negative_vote_is_not_the_sides_count() -> None:
    found = sc(_MALAYSIA, "1964-09-19")
    assert len(found) == 1
    assert (found[0]["yes"], found[0]["no"], found[0]["abstain"]) == (9, 2, 0)


def test_support_given_and_the_western_permanent_members() -> None:
    found = sc(_MALAYSIA + "Morocco and the Ivory Coast voted for it. Brazil and Bolivia also "
               "gave their support, as did Nationalist China and the three Western permanent "
               "members.", "1964-09-19")
    votes = found[0]["votes"]
    assert [votes.get(c) for c in ("BRA", "BOL", "TWN", "USA", "GBR", "FRA")] == ["yes"] * 6


def test_the_one_member_left_unnamed_voted_with_the_short_side() -> None:
    found = sc(_MALAYSIA + "Morocco, the Ivory Coast, Brazil, Bolivia, Nationalist China, "
               "the United States, Britain and France voted in favour.", "1964-09-19")
    assert found[0]["votes"].get("NOR") == "yes"


def test_no_member_is_guessed_when_two_are_left_unnamed() -> None:
    found = sc(_MALAYSIA + "Morocco, the Ivory Coast, Brazil, Bolivia, the United States, "
               "Britain and France voted in favour.", "1964-09-19")
    assert "NOR" not in found[0]["votes"] and "TWN" not in found[0]["votes"]


# --------------------------------------------------------------------------- one text, told twice

_SYRIA = (
    "The Security Council on Saturday turned down a Russian text condemning the air strikes "
    "on Syria. It won only three votes, Russia's own, China's and Bolivia's. Eight members "
    "voted against: the three Western powers, along with Kuwait, the Netherlands, Poland, "
    "Sweden and Ivory Coast. The other four abstained. ")


def test_a_list_of_members_votes_named_by_possessives() -> None:
    found = sc(_SYRIA, "2018-04-15")
    assert len(found) == 1
    votes = found[0]["votes"]
    assert [votes.get(c) for c in ("RUS", "CHN", "BOL")] == ["yes"] * 3
    assert [votes.get(c) for c in ("USA", "GBR", "FRA", "KWT", "CIV")] == ["no"] * 5


def test_a_rule_stated_with_a_draft_is_not_another_text() -> None:
    found = sc(_SYRIA + "A draft needs nine votes and no veto to pass, so the text fell well "
               "short. The text, circulated as S/2018/355, would have condemned the strikes.",
               "2018-04-15")
    assert len(found) == 1
    assert found[0]["draft"] == "S/2018/355" and found[0]["outcome"] == "failed"
