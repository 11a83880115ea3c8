"""What every official-data importer produces: one `OfficialProposal` per draft put to the
vote, described by one `SourceFile`. Parsers only read files; `unvotes.official.store`
writes records into the database, so all importers merge and record conflicts alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class SourceFile:
    """One official dataset file, as recorded in the `source` table."""

    name: str                 # a stable dataset name, e.g. "sciencespo"
    format: str               # the importer's format name
    content_hash: str         # sha256 of the file's bytes (idempotent imports key on it)
    url: str | None = None    # where it came from (path or URL)
    title: str | None = None
    publisher: str | None = None
    licence: str | None = None
    published: date | None = None


@dataclass
class OfficialProposal:
    """One draft put to the vote, as one source describes it (its own outcome and vetoes)."""

    reference: str                         # the row / record id inside the source
    date: date | None = None
    draft: str | None = None               # "S/2022/431"
    resolution: int | None = None          # 2397
    meeting: str | None = None             # "S/PV.9048"
    title: str | None = None
    agenda: str | None = None
    outcome: str | None = None             # adopted | vetoed | failed, as the source says
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    absent: int | None = None              # did not vote: absent or not participating
    votes: dict[str, str] = field(default_factory=dict)   # member code -> vote value
    vetoed_by: list[str] = field(default_factory=list)     # as the source states it
    sponsors: list[str] = field(default_factory=list)      # member codes
    notes: list[str] = field(default_factory=list)         # names not resolved, quirks


def one_vote_each(seen: dict[str, set[str]], notes: list[str]) -> dict[str, str]:
    """Each member's vote from the values a file gave it: a member given two different
    votes keeps neither (the file cannot tell which is right), and a note says so."""
    votes: dict[str, str] = {}
    for code, values in seen.items():
        if len(values) > 1:
            notes.append(f"{code} has rows with different votes ({', '.join(sorted(values))}); "
                         "neither is kept")
            continue
        votes[code] = values.pop()
    return votes
