"""Vote dates in news copy: bracketed years, datelines on their own line, relative days."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


def test_dateline_with_year_in_brackets_dates_the_vote() -> None:
    text = ("COUNCIL BACKS TRUCE CALL\n\nOSLO, Mar. 4 (1958) \u2014 The Security Council "
            "tonight adopted a resolution calling for a truce by nine votes to none, with "
            "two abstentions.")
    (e,) = sc(text)
    assert e["date"] == "1958-03-04"


def test_dateline_alone_on_its_line_dates_the_story() -> None:
    text = ("COUNCIL CALLS FOR TRUCE\n\nLONDON, April 9 [1962].\n\nLate last night the "
            "Security Council adopted a resolution calling for a truce by ten votes to "
            "none, with one abstention.")
    (e,) = sc(text)
    assert e["date"] == "1962-04-08"


def test_a_rule_about_what_adoption_needs_is_no_event() -> None:
    text = ("UNITED NATIONS, May 2, 2024 - Talks on a text about shipping in the Red Sea "
            "dragged on for a third day, diplomats said. A draft needs nine votes in favour "
            "and no veto from a permanent member to be adopted.")
    assert sc(text) == []
