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
