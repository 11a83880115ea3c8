"""The Dag Hammarskjöld Library's "Security Council - Veto List" (saved HTML page).

One row per vetoed draft, newest first: date, draft, meeting record, agenda item, and the
permanent member(s) casting the negative vote. The page is loose HTML (`</br>`, unclosed
tags), read with the lenient `html_table` reader (stdlib `html.parser`, no lxml needed).

Quirks handled here: dates written as ranges ("14-15 December 2001": the first day is kept
and the written form noted, since sources disagree on which day counts) or with two-digit
years ("30 January 86"); draft cells with notes or several symbols ("S/9696 and Corr.1 & 2",
"S/552, S/PV.202"); meeting symbols in the draft column for 1946-49; "USA"/"UK" beside full
names; one cell "France, USSR". Each vetoing member is also recorded as a "no" vote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from unvotes.errors import InputError
from unvotes.official.dhl import LICENCE, PUBLISHER, members
from unvotes.official.html_table import Cell, read_table
from unvotes.official.reading import content_hash, decode, read_bytes
from unvotes.official.records import OfficialProposal, SourceFile
from unvotes.official.symbols import drafts_in, meeting_symbol, parse_day

FORMAT = "dhl-vetoes"
URL = "https://research.un.org/en/docs/sc/quick/veto"


def sniff(head: bytes, name: str) -> bool:
    # The title sits in a table header cell: "<th colspan="5" class="tbltitle"> Security
    # Council - Veto List" (a text merely mentioning the list does not count).
    return re.search(rb"<th\b[^>]*>[^<]*veto list", head, re.I) is not None


def parse(path: str | Path, **_: object) -> tuple[SourceFile, Iterator[OfficialProposal]]:
    data = read_bytes(path)
    text = decode(data, path)
    table = read_table(text)
    head = _header(table.rows)
    if head is None or "veto list" not in (table.title or text[:4000]).lower():
        raise InputError(f"{path}: not the DHL veto list (no table with Date, Draft and "
                         "'Permanent Member Casting Negative Vote' columns)")
    start, cols = head
    rows = [r for r in table.rows[start + 1:] if len(r) > max(cols.values())]
    if not rows:
        raise InputError(f"{path}: the DHL veto list table has no rows")
    source = SourceFile(name=FORMAT, format=FORMAT, content_hash=content_hash(data),
                        url=str(path), title="Security Council - Veto List",
                        publisher=PUBLISHER, licence=LICENCE)
    return source, _records(path, rows, cols)


def _header(rows: list[list[Cell]]) -> tuple[int, dict[str, int]] | None:
    for i, row in enumerate(rows):
        names = [" ".join(c.text.lower().split()) for c in row]
        if "date" in names and "draft" in names and any("negative vote" in n for n in names):
            return i, {
                "date": names.index("date"), "draft": names.index("draft"),
                "record": next(j for j, n in enumerate(names) if "record" in n),
                "agenda": next(j for j, n in enumerate(names) if "agenda" in n),
                "member": next(j for j, n in enumerate(names) if "negative vote" in n),
            }
    return None


def _records(path: str | Path, rows: list[list[Cell]], cols: dict[str, int]
             ) -> Iterator[OfficialProposal]:
    for n, row in enumerate(rows, start=1):
        written = " ".join(row[cols["date"]].text.split())
        days = parse_day(written)
        if days is None:
            raise InputError(f"{path}: row {n}: date {written!r} is not a date")
        first, last = days
        rec = OfficialProposal(reference=f"row {n}", date=first, outcome="vetoed")
        if first != last or not written.rstrip().endswith(str(first.year)):
            rec.notes.append(f"date written {written!r}")
        cell = " ".join(row[cols["draft"]].text.split())
        drafts = drafts_in(cell)
        rec.draft = drafts[0] if drafts else None
        rec.meeting = meeting_symbol(cell) or meeting_symbol(row[cols["record"]].text)
        if cell and cell not in (rec.draft, rec.meeting):
            rec.notes.append(f"draft written {cell!r}")
        rec.agenda = " ".join(row[cols["agenda"]].text.split()) or None
        rec.title = rec.agenda
        codes, unknown = members(row[cols["member"]].text, first)
        if not codes:
            raise InputError(f"{path}: row {n}: no permanent member named in "
                             f"{row[cols['member']].text!r}")
        for name in unknown:
            rec.notes.append(f"member {name!r} not recognised")
        rec.vetoed_by = codes
        rec.votes = {code: "no" for code in codes}
        yield rec
