"""The Sciences Po "UNSC votes since 1946" wide CSV: one row per draft put to the vote
(adopted, vetoed and failed), one column per member with Y / N / A / NV / ? cells.

What the file means, as PROVENANCE.md documents it:

* `Vote outcome` is adopted / vetoed / "lack of maj." (failed); we keep it as the file says.
* Adopted rows carry `S/RES/n(yyyy)`; others the draft symbol, or the meeting `S/PV.n`
  when the record has no draft symbol (1946-49), sometimes with notes ("(as amended)").
* Resolutions adopted without a vote are coded with every member "NV" and Yes=0: no vote
  was taken, so no vote rows are written for them (the tallies are left empty and a note
  says why) rather than recording fifteen non-votes.
* "NV" otherwise means the member cast no vote; the file does not say whether it was absent
  or present and not participating, so it is stored as `absent` (did not vote).
* "?" cells and tallies are unknown: no vote row, no tally.
* A few columns merge states ("RUSSIAN FEDERATION/USSR", "EGYPT / UNITED ARAB REPUBLIC");
  the column name is resolved on the row's date so the Soviet Union and Russia stay apart.
* `vetoed_by` is the permanent members' "N" cells on rows the file calls vetoed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from unvotes.errors import InputError
from unvotes.official.reading import content_hash, decode, read_bytes
from unvotes.official.records import OfficialProposal, SourceFile
from unvotes.official.symbols import drafts_in, meeting_symbol, resolution_number

if TYPE_CHECKING:
    from _csv import Reader

FORMAT = "sciencespo"
PUBLISHER = "Sciences Po, Atelier de cartographie (Benoît Martin) / GRAM"
LICENCE = "CC BY 4.0"
TITLE = "UNSC votes since 1946 Database"

FIXED = ["Vote in the DB", "UN classification", "Vote outcome", "Resolution number", "Date",
         "Official full title", "Yes", "No", "Abstentions", "Non-Voting"]
FIRST_MEMBER_COLUMN = 14

OUTCOMES = {"adopted": "adopted", "vetoed": "vetoed", "lack of maj.": "failed"}
CELLS = {"Y": "yes", "N": "no", "A": "abstain", "NV": "absent"}

_SOVIET_END = date(1991, 12, 24)
_ROC_END = date(1971, 10, 24)

# Spellings only this file uses; every other column name goes through reference.lookup
# on the row's date (which already knows KOREA, ZAIRE, BOSNIA, TURKEY, ...).
FILE_NAMES: dict[str, str | Callable[[date], str]] = {
    "RUSSIAN FEDERATION/USSR": lambda d: "SUN" if d <= _SOVIET_END else "RUS",
    "CHINA": lambda d: "TWN" if d <= _ROC_END else "CHN",
    "EGYPT / UNITED ARAB REPUBLIC": "EGY",
    "SRI LANKA/CEYLAN": "LKA",
}


def sniff(head: bytes, name: str) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0]
    return first.startswith(b"Vote in the DB,") and b"UN classification" in first


def parse(path: str | Path, **_: object) -> tuple[SourceFile, Iterator[OfficialProposal]]:
    data = read_bytes(path)
    text = decode(data, path)
    source = SourceFile(
        name=FORMAT, format=FORMAT, content_hash=content_hash(data), url=str(path),
        title=TITLE, publisher=PUBLISHER, licence=LICENCE,
    )
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"{path}: no CSV header ({exc})") from None
    missing = [c for c in FIXED if c not in header]
    if missing:
        raise InputError(f"{path}: not the Sciences Po UNSC votes file (no column "
                         f"{', '.join(repr(c) for c in missing[:3])})")
    return source, _records(path, reader, header)


def _member(name: str, day: date, cache: dict) -> str | None:
    fixed = FILE_NAMES.get(name)
    if callable(fixed):
        return fixed(day)
    if fixed is not None:
        return fixed
    # Most names mean one member whatever the date: resolve those once per column, and only
    # the date-bounded ones ("YUGOSLAVIA", ...) once per row.
    if name not in cache:
        from unvotes import reference

        if "" not in cache:
            cache[""] = {reference.normalise(a.alias) for a in reference.aliases()
                         if a.valid_from or a.valid_to}
        bounded = reference.normalise(name) in cache[""]
        cache[name] = None if bounded else reference.lookup(name)
    code = cache[name]
    if code is None:
        from unvotes import reference

        code = reference.lookup(name, on=day) or reference.lookup(name)
    return code


def _int(cell: str) -> int | None:
    cell = cell.strip()
    return int(cell) if cell.isdigit() else None


def _records(path: str | Path, reader: Reader, header: list[str]
             ) -> Iterator[OfficialProposal]:
    from unvotes import reference

    col = {name: i for i, name in enumerate(header)}
    members = [(i, header[i].strip()) for i in range(FIRST_MEMBER_COLUMN, len(header))
               if header[i].strip()]
    cache: dict = {}
    width = len(header)
    line = 1
    try:
        for row in reader:
            line = reader.line_num
            if not any(c.strip() for c in row):
                continue
            if len(row) != width:
                raise InputError(f"{path}: line {line} has {len(row)} cells where the header "
                                 f"has {width} (truncated or damaged file?)")
            yield _record(path, line, row, col, members, cache, reference)
    except csv.Error as exc:
        raise InputError(f"{path}: line {line}: bad CSV ({exc}); truncated file?") from None


def _record(path, line, row, col, members, cache, reference) -> OfficialProposal:
    ref = row[col["Vote in the DB"]].strip()
    try:
        day = date.fromisoformat(row[col["Date"]].strip())
    except ValueError:
        raise InputError(f"{path}: line {line}: bad date {row[col['Date']]!r}") from None
    raw_outcome = row[col["Vote outcome"]].strip()
    outcome = OUTCOMES.get(raw_outcome)
    if outcome is None:
        raise InputError(f"{path}: line {line}: unknown outcome {raw_outcome!r}")
    symbol = row[col["UN classification"]].strip()
    rec = OfficialProposal(reference=ref, date=day, outcome=outcome,
                           title=row[col["Official full title"]].strip() or None)
    if outcome == "adopted":
        rec.resolution = resolution_number(symbol)
        if rec.resolution is None:
            raise InputError(f"{path}: line {line}: adopted row without a resolution "
                             f"symbol ({symbol!r})")
        stated = _int(row[col["Resolution number"]])
        if stated is not None and stated != rec.resolution:
            rec.notes.append(f"resolution number column says {stated}, symbol {symbol}")
    else:
        drafts = drafts_in(symbol)
        rec.draft = drafts[0] if drafts else None
        rec.meeting = meeting_symbol(symbol)
        if symbol and (len(drafts) > 1 or symbol not in (rec.draft, rec.meeting)):
            rec.notes.append(f"symbol written as {symbol!r}")
    yes, no = _int(row[col["Yes"]]), _int(row[col["No"]])
    abstain, absent = _int(row[col["Abstentions"]]), _int(row[col["Non-Voting"]])
    cells = [(name, row[i].strip()) for i, name in members if row[i].strip()]
    without_vote = (outcome == "adopted" and yes == 0 and cells
                    and all(v == "NV" for _, v in cells))
    if without_vote:
        rec.notes.append("adopted without a vote (the file codes every member NV, Yes=0)")
        return rec
    rec.yes, rec.no, rec.abstain, rec.absent = yes, no, abstain, absent
    permanent = reference.permanent_on(day) if outcome == "vetoed" else set()
    for name, cell in cells:
        code = _member(name, day, cache)
        if code is None:
            rec.notes.append(f"column {name!r}: no member of that name on {day}")
            continue
        value = CELLS.get(cell)
        if value is None:
            rec.notes.append(f"column {name!r}: vote {cell!r} unknown")
            continue
        rec.votes[code] = value
        if outcome == "vetoed" and value == "no" and code in permanent:
            rec.vetoed_by.append(code)
    return rec
