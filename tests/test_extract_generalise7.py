"""How vetoes named as nouns, counts set out as a record, counts of nobody and resolution
numbers given late are read in general (tests/heldout7 taught them). Sentences written for
these tests; the facts are the Council's record."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


# --------------------------------------------------------------------------- no vote at all


def test_the_use_of_the_veto_is_a_noun_not_a_vote() -> None:
    assert sc(
        "Under the ambassador the United Nations Security Council saw a steady return to the "
        "use of the veto, after years in which it had seldom been cast.", "2018-03-01") == []


def test_fewer_or_more_vetoes_is_a_noun_not_a_vote() -> None:
    assert sc(
        "The study of the United Nations Security Council found that co-drafted texts led "
        "to fewer vetoes and to longer negotiations.", "2024-05-02") == []


# --------------------------------------------------------------------------- a record's layout


def test_a_record_names_each_side_before_its_number_and_members() -> None:
    found = sc(
        "LAW DIGEST\n\nResolution 1973 (2011), adopted by the Security Council at its 6498th "
        "meeting, 17 March 2011.\n\nVote: In favour, 10. Against, none. Abstaining, 5 (Brazil, "
        "China, Germany, India, Russian Federation).\n\nProposers: France, Lebanon, United "
        "Kingdom, United States.\n", "2011-03-20")
    assert len(found) == 1
    ev = found[0]
    assert (ev["outcome"], ev["resolution"], ev["yes"], ev["no"], ev["abstain"]) == (
        "adopted", "1973", 10, 0, 5)
    assert ev["votes"] == {"BRA": "abstain", "CHN": "abstain", "DEU": "abstain",
                           "IND": "abstain", "RUS": "abstain"}
    assert sorted(ev["sponsors"]) == ["FRA", "GBR", "LBN", "USA"]


def test_sides_with_colons_make_a_tally() -> None:
    found = sc(
        "The Security Council adopted resolution 2401 on Saturday. In favour: 15; against: "
        "none; abstentions: none.", "2018-02-26")
    assert [(e["yes"], e["no"], e["abstain"]) for e in found] == [(15, 0, 0)]


def test_a_side_word_after_a_comma_in_running_text_is_no_count() -> None:
    found = sc(
        "The Security Council adopted resolution 2401 on Saturday; members who had voted in "
        "favour, 15 in all, said the ceasefire must hold.", "2018-02-26")
    assert [e["no"] for e in found] == [None]


# --------------------------------------------------------------------------- counts of nobody


def test_nobody_and_no_one_count_none() -> None:
    found = sc(
        "The Security Council on Saturday adopted resolution 2401, demanding a 30-day "
        "ceasefire in Syria. No one voted against it and nobody abstained.", "2018-02-25")
    assert [(e["no"], e["abstain"]) for e in found] == [(0, 0)]


def test_a_list_after_nobody_abstained_takes_its_own_verb() -> None:
    found = sc(
        "The Security Council on Saturday adopted resolution 2401 on a ceasefire in Syria. "
        "Nobody abstained: all 15 members, Russia among them, voted yes.", "2018-02-25")
    assert len(found) == 1
    assert (found[0]["yes"], found[0]["abstain"]) == (15, 0)
    assert found[0]["votes"] == {"RUS": "yes"}


# --------------------------------------------------------------------------- resolution numbers


def test_the_number_a_text_received_later_is_its_resolution() -> None:
    for named in ("which received the number 2334", "which becomes Security Council "
                  "resolution 2334"):
        found = sc(
            "The Security Council on Friday adopted a text demanding a halt to Israeli "
            f"settlement activity, 14 votes to none, with the United States abstaining. "
            f"The text, {named}, calls the settlements a flagrant violation of "
            "international law.", "2016-12-24")
        assert [(e["resolution"], e["yes"], e["no"], e["abstain"]) for e in found] == [
            ("2334", 14, 0, 1)], named


def test_a_resolution_number_in_apposition() -> None:
    found = sc(
        "On Friday the Security Council adopted a short resolution, 2334, "
        "on Israeli settlements.", "2016-12-24")
    assert [e["resolution"] for e in found] == ["2334"]


# --------------------------------------------------------------------------- who cast no vote


def test_a_member_staying_out_of_the_vote_is_not_an_abstainer() -> None:
    for stayed in ("stayed out of the vote", "chose not to take part in the vote"):
        found = sc(
            "The Security Council on Friday renewed the mandate of the UN mission in Western "
            "Sahara for a year. Eleven members voted in favour. There were no votes against. "
            f"Russia, China and Pakistan abstained, and Algeria {stayed}.", "2025-11-01")
        assert [(e["yes"], e["no"], e["abstain"]) for e in found] == [(11, 0, 3)], stayed
        assert found[0]["votes"]["RUS"] == "abstain"
        assert found[0]["votes"].get("DZA") != "abstain"
