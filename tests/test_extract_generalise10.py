"""Background, counterfactual and denied vetoes and failures, read in general
(tests/heldout10 taught them). Sentences written for these tests; the facts are the
Council's record."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


# --------------------------------------------------------------------------- outcome words


def test_none_of_them_used_a_veto_is_no_veto() -> None:
    # resolution 1284, 17 December 1999, 11-0-4
    found = sc(
        "The Security Council on Friday adopted resolution 1284 on Iraq by 11 votes to none. "
        "China, France and Russia abstained, as did Malaysia. None of the three permanent "
        "members used its veto.", "1999-12-18")
    assert len(found) == 1
    assert found[0]["outcome"] == "adopted"
    assert found[0]["vetoed_by"] == []


def test_a_text_that_would_certainly_have_been_vetoed_is_no_event() -> None:
    # resolution 487, 19 June 1981, unanimous
    found = sc(
        "The Security Council last night unanimously condemned Israel's raid on the Iraqi "
        "reactor. The resolution passed 15 to 0. A tougher text would certainly have been "
        "vetoed. France voted for the resolution.", "1981-06-20")
    assert len(found) == 1
    assert found[0]["outcome"] == "adopted"
    assert found[0]["votes"] == {"FRA": "yes"}


def test_matters_that_fell_within_a_jurisdiction_did_not_fail() -> None:
    # resolution 134, 1 April 1960, 9-0-2
    found = sc(
        "The Security Council today called on South Africa to abandon apartheid. The "
        "resolution was adopted by nine votes to none. Britain and France abstained, arguing "
        "that the matter fell within South Africa's domestic jurisdiction.", "1960-04-02")
    assert len(found) == 1
    assert found[0]["outcome"] == "adopted"
    assert found[0]["votes"] == {"GBR": "abstain", "FRA": "abstain"}


def test_a_draft_collapsing_in_negotiation_is_not_a_failed_vote() -> None:
    # resolution 1701, 11 August 2006, 15-0
    found = sc(
        "France and the United States agreed on a first draft on 5 August. It collapsed "
        "within days. Resolution 1701 was adopted 15-0 by the Security Council on Friday.",
        "2006-08-12")
    assert len(found) == 1
    assert found[0]["outcome"] == "adopted"
    assert found[0]["resolution"] == "1701"


def test_vetoes_counted_as_a_record_make_no_event() -> None:
    found = sc(
        "Vetoes as a feature, not a bug. Historically, the Soviet Union and then Russia has "
        "cast more vetoes than any other permanent member of the Security Council.",
        "2025-12-01")
    assert found == []


# --------------------------------------------------------------------------- numbers


def test_the_number_given_in_a_closing_sentence_of_its_own() -> None:
    # resolution 134, 1 April 1960
    found = sc(
        "The Security Council today called on South Africa to abandon apartheid. The "
        "resolution was adopted by nine votes to none, with two abstentions. The resolution "
        "is Number 134 in the Council's series.", "1960-04-02")
    assert [e["resolution"] for e in found] == ["134"]


def test_an_ordinal_in_the_councils_history_is_the_number() -> None:
    # resolution 487, 19 June 1981
    found = sc(
        "The Security Council last night condemned Israel's raid on the Iraqi reactor. The "
        "resolution, the 487th in the Council's history, passed 15 to 0.", "1981-06-20")
    assert [e["resolution"] for e in found] == ["487"]
