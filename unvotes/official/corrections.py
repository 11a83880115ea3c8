"""Known errors in official files, fixed at import time and recorded, never silently.

`corrections.csv` (shipped with the package) holds one row per known error:

``id``
    a stable name for the correction, quoted in evidence rows and in `unvotes check`.
``format``
    the importer whose output it corrects (`sciencespo`, ...).
``column``
    how the file labels the member (documentation, and what `check` prints).
``member``
    the member code the parser reads that label as.
``valid_from``, ``valid_to``
    the dates (inclusive) the error covers.
``fix``
    the member code the votes really belong to.
``reason``
    why, with the evidence (e.g. the DPPA membership table).

Each application moves one record's vote from `member` to `fix` and appends a note
`correction <id>: <member> -> <fix>` to the record; the store writes that note as an
`evidence` row (fact `correction`) pointing at the proposal and the source, so every
corrected vote answers "who said so?". A vote already present under `fix` is left alone
and the note says the correction was skipped. `unvotes import --no-corrections` imports
the raw file; `unvotes check` then names the correction that explains each finding.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from unvotes.official.records import OfficialProposal

PATH = Path(__file__).with_name("corrections.csv")
NOTE_PREFIX = "correction "
_NOTE = re.compile(r"^correction (\S+): (\w+) -> (\w+)")


@dataclass(frozen=True)
class Correction:
    id: str
    format: str
    column: str
    member: str
    valid_from: date
    valid_to: date
    fix: str
    reason: str

    def covers(self, fmt: str, member: str, day: date | None) -> bool:
        return (fmt == self.format and member == self.member and day is not None
                and self.valid_from <= day <= self.valid_to)


@cache
def load(path: Path = PATH) -> tuple[Correction, ...]:
    from unvotes import reference

    known = reference.members()
    out = []
    with path.open(newline="", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            c = Correction(
                id=row["id"], format=row["format"], column=row["column"],
                member=row["member"], valid_from=date.fromisoformat(row["valid_from"]),
                valid_to=date.fromisoformat(row["valid_to"]), fix=row["fix"],
                reason=row["reason"],
            )
            for code in (c.member, c.fix):
                if code not in known:
                    raise ValueError(f"{path.name}:{line}: unknown member code {code!r}")
            out.append(c)
    return tuple(out)


def for_format(fmt: str) -> list[Correction]:
    return [c for c in load() if c.format == fmt]


def explains(fmt: str, member: str, day: date | None) -> Correction | None:
    """The correction that would have moved `member`'s vote on `day` in a `fmt` file."""
    return next((c for c in load() if c.covers(fmt, member, day)), None)


def note_of(note: str) -> tuple[str, str, str] | None:
    """(correction id, from code, to code) when `note` records a correction."""
    m = _NOTE.match(note)
    return (m.group(1), m.group(2), m.group(3)) if m else None


def apply(fmt: str, records: Iterable[OfficialProposal]) -> Iterator[OfficialProposal]:
    """Yield the records with this format's corrections applied, each one noted."""
    fixes = for_format(fmt)
    if not fixes:
        yield from records
        return
    for rec in records:
        for c in fixes:
            if c.member in rec.votes and c.covers(fmt, c.member, rec.date):
                if c.fix in rec.votes:
                    rec.notes.append(f"correction {c.id} skipped: {c.fix} already has a vote")
                    continue
                rec.votes[c.fix] = rec.votes.pop(c.member)
                rec.vetoed_by = [c.fix if v == c.member else v for v in rec.vetoed_by]
                rec.notes.append(f"{NOTE_PREFIX}{c.id}: {c.member} -> {c.fix} "
                                 f"(column {c.column}): {c.reason}")
        yield rec
