"""Styles from other outlets (tests/heldout5 taught them): a long read that takes up one
numbered resolution after another, a brief that says a text "did not pass unanimously", a
recap whose delegate says a text "fell short of what was needed", an amendment told in two
sentences. Sentences written for these tests; the facts are the Council's record."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def events(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published)]


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e for e in events(text, published) if e["body"] == "SC"]


# --------------------------------------------------------------------------- new drafts


def test_one_of_the_longest_texts_is_one_text_and_a_later_number_opens_the_next() -> None:
    found = sc(
        "On 3 April 1991 the Security Council adopted resolution 687, one of the most "
        "detailed texts in its history, setting the terms of the Gulf ceasefire. Twelve "
        "members voted for it. Cuba voted against, and Ecuador and Yemen abstained.\n"
        "Resolution 688 demanded that Iraq end the repression of its civilians. It was "
        "adopted by a narrower margin. Ten members voted in favour. Cuba, Yemen and "
        "Zimbabwe voted against; China and India abstained, and the absence of a Chinese "
        "veto was noticed.")
    assert [(e["resolution"], e["yes"], e["no"], e["abstain"]) for e in found] == [
        ("687", 12, 1, 2), ("688", 10, 3, 2)]
    assert found[0]["votes"] == {"CUB": "no", "ECU": "abstain", "YEM": "abstain"}
    assert found[1]["votes"] == {"CUB": "no", "YEM": "no", "ZWE": "no", "CHN": "abstain",
                                 "IND": "abstain"}


def test_an_older_resolution_named_after_the_vote_is_background() -> None:
    found = sc(
        "The Security Council on Saturday adopted resolution 2401 unanimously, demanding a "
        "30-day ceasefire across Syria. Resolution 2254 set out a political roadmap in "
        "2015. Russia voted for the text after last-minute changes.", "2018-02-25")
    assert [(e["resolution"], e["outcome"]) for e in found] == [("2401", "adopted")]
    assert found[0]["votes"] == {"RUS": "yes"}


def test_the_amendment_is_the_amendment_just_named() -> None:
    found = sc(
        "The Security Council on Wednesday adopted resolution 2712 on Gaza by 12 votes to "
        "none, with Russia, the United Kingdom and the United States abstaining. Before "
        "that, the Council rejected an oral amendment proposed by Russia. The amendment "
        "received 5 votes in favour, 1 against (United States) and 9 abstentions.",
        "2023-11-16")
    assert [(e["outcome"], e["yes"], e["no"], e["abstain"]) for e in found] == [
        ("adopted", 12, 0, 3), ("failed", 5, 1, 9)]
    assert found[1]["sponsors"] == ["RUS"]
    assert found[1]["votes"] == {"USA": "no"}


# --------------------------------------------------------------------------- outcomes


def test_not_unanimously_denies_the_manner_not_the_adoption() -> None:
    found = sc(
        "On Wednesday the Security Council adopted resolution 1929, a fourth round of "
        "sanctions on Iran, by 12 votes to 2 with 1 abstention. Brazil and Turkey voted no; "
        "Lebanon abstained. It is the first Iran sanctions resolution that did not pass "
        "unanimously or with a single abstention.", "2010-06-10")
    assert [(e["resolution"], e["outcome"]) for e in found] == [("1929", "adopted")]


def test_fell_short_of_what_was_needed_is_a_judgement_not_a_failed_vote() -> None:
    found = sc(
        "The Security Council on Wednesday adopted resolution 2712 on humanitarian pauses "
        "in Gaza by 12 votes to none with 3 abstentions. Russia's delegate said the text "
        "fell short of what was needed.", "2023-11-16")
    assert [(e["outcome"], e["resolution"]) for e in found] == [("adopted", "2712")]


def test_fell_short_of_the_votes_is_still_a_failed_vote() -> None:
    found = sc(
        "A draft that would have delayed the return of UN sanctions on Iran fell short of "
        "the nine votes it needed in the Security Council on Friday: four members voted "
        "for it, nine against and two abstained.", "2025-09-27")
    assert [(e["outcome"], e["yes"], e["no"], e["abstain"]) for e in found] == [
        ("failed", 4, 9, 2)]


# --------------------------------------------------------------------------- drafters


def test_a_country_named_before_draft_that_is_off_the_council_is_the_topic() -> None:
    found = sc(
        "Russia on Tuesday vetoed a Security Council resolution on financing the UN force "
        "in Cyprus, the first Russian veto. The vote was 14-1. In a separate vote the council "
        "adopted 13 to nil a resolution urging North Korea to stay in the NPT; China and "
        "Pakistan abstained.\nThe Cyprus draft was circulated as document S/25693.",
        "1993-05-11")
    assert [(e["outcome"], e["draft"], e["sponsors"]) for e in found] == [
        ("vetoed", "S/25693", []), ("adopted", None, [])]


def test_a_council_member_named_before_draft_is_still_its_drafter() -> None:
    found = sc(
        "The Security Council on Sunday failed to adopt a United States draft that would "
        "have imposed sanctions on Iran over the hostages. The vote was 10 in favour, 2 "
        "against and 2 abstentions; the Soviet Union's negative vote was a veto.",
        "1980-01-14")
    assert [(e["outcome"], e["sponsors"]) for e in found] == [("vetoed", ["USA"])]


# --------------------------------------------------------------------------- no vote


def test_a_similar_text_vetoed_before_is_background() -> None:
    assert sc(
        "Egypt on Thursday postponed a Security Council vote on its draft resolution "
        "demanding an end to Israeli settlement building. Washington has long shielded "
        "Israel from council action on settlements and vetoed a similar text when it came "
        "up. No vote was held.") == []


def test_a_rule_told_in_the_present_is_no_vote() -> None:
    assert sc(
        "A retired diplomat spoke to students about the UN Security Council. The Charter "
        "says substantive decisions need nine votes, and the Council reads that to mean "
        "that only a \"no\" from one of the five - China, France, Russia, the United Kingdom "
        "and the United States - blocks a text.", "2025-02-06") == []


def test_a_mock_council_is_no_vote() -> None:
    assert sc(
        "A retired diplomat spoke to students about the UN Security Council. At the end a "
        "mock Council of fifteen students voted 10 to 5 on a ceasefire text, with the "
        "student playing a permanent member casting the decisive \"no.\" The text died.",
        "2025-02-06") == []


# --------------------------------------------------------------------------- this week


def test_earlier_this_week_in_a_weekly_digest_is_news() -> None:
    found = sc(
        "Hi all - a short issue this time, but a busy one for the chamber.\n"
        "Earlier this week, on Monday, Russia vetoed a draft renewing the Yemen sanctions "
        "regime. The vote was 11 in favour, 2 against, 2 abstaining. Bolivia joined Russia "
        "in voting no; China and Kazakhstan abstained.", "2018-03-02")
    assert [(e["outcome"], e["yes"], e["no"], e["abstain"], e["vetoed_by"]) for e in found] == [
        ("vetoed", 11, 2, 2, ["RUS"])]
    assert found[0]["date"] == "2018-02-26"


# --------------------------------------------------------------------------- member votes


def test_the_no_votes_of_members_name_them() -> None:
    found = sc(
        "A draft to delay the return of UN sanctions on Iran failed in the Security Council "
        "on Friday. It received four votes in favour while nine members voted against and "
        "two abstained; the no votes of Britain, France and the United States were never "
        "decisive, since the text lacked the nine votes it needed.", "2025-09-27")
    assert [(e["outcome"], e["yes"], e["no"], e["abstain"]) for e in found] == [
        ("failed", 4, 9, 2)]
    assert found[0]["votes"] == {"GBR": "no", "FRA": "no", "USA": "no"}


def test_a_renewed_force_then_its_number_alone_is_a_second_adopted_text() -> None:
    found = sc(
        "A: On Thursday Russia and China vetoed the British draft on Syria. Eleven in "
        "favour, two against and two abstentions, Pakistan and South Africa.\n"
        "B: Earlier that morning the Council renewed the peacekeeping force in Cyprus.\n"
        "A: Resolution 2058.\n"
        "B: It was thirteen votes to nil, with Pakistan and Azerbaijan abstaining.",
        "2012-07-20")
    assert [(e["outcome"], e["resolution"], e["yes"], e["no"], e["abstain"]) for e in found] == [
        ("vetoed", None, 11, 2, 2), ("adopted", "2058", 13, 0, 2)]
    assert found[1]["votes"] == {"PAK": "abstain", "AZE": "abstain"}


def test_a_bare_number_after_a_vetoed_text_is_not_its_number() -> None:
    found = sc(
        "On Thursday Russia and China vetoed the British draft on Syria, which had eleven "
        "votes in favour.\nResolution 2042.\nThe text would have threatened sanctions.",
        "2012-07-20")
    assert [(e["outcome"], e["resolution"]) for e in found] == [("vetoed", None)]


# --------------------------------------------------------------------------- text, not vote


def test_what_a_resolution_rejects_is_its_content_not_its_fate() -> None:
    found = sc(
        "The Security Council on Saturday called on Egypt to end its restrictions on "
        "shipping through the Suez Canal. The vote on the resolution was eight in favour "
        "and none against. Three delegations abstained: the Soviet Union, India and "
        "Nationalist China. Egypt argues that a state of war still exists; the resolution "
        "rejects that view.", "1951-09-02")
    assert [(e["outcome"], e["yes"], e["no"], e["abstain"]) for e in found] == [
        ("adopted", 8, 0, 3)]


def test_a_tally_the_story_previously_gave_is_not_the_record() -> None:
    found = sc(
        "Russia on Thursday vetoed a US-drafted Security Council resolution renewing the "
        "panel of experts on North Korea sanctions. China abstained. This article has been "
        "updated to give the correct tally of 13 votes in favour, one against and one "
        "abstention; it previously said the vote was 13-2.", "2024-03-28")
    assert [(e["outcome"], e["yes"], e["no"], e["abstain"]) for e in found] == [
        ("vetoed", 13, 1, 1)]


def test_an_abstaining_delegation_is_not_a_count_of_abstentions() -> None:
    found = sc(
        "A Security Council resolution renewing the authorisation to inspect ships off "
        "Libya was adopted on Friday. It received nine votes. No member voted against it, "
        "but China, Russia, Algeria, Guyana, Mozambique and Sierra Leone abstained. No "
        "abstaining delegation went as far as voting against.", "2024-06-01")
    assert [(e["outcome"], e["yes"], e["no"], e["abstain"]) for e in found] == [
        ("adopted", 9, 0, 6)]
