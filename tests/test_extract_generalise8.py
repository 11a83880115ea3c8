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
