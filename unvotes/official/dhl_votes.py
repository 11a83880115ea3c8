"""Parser for the Dag Hammarskjöld Library's "Security Council Voting Data" CSV.

Long format: one row per member vote on an *adopted* resolution (failed drafts are not in
it), grouped into resolutions by ``undl_id``. Columns, from the data dictionary (v6):
undl_id, ms_code, ms_name, permanent_member, ms_vote (Y/N/A/X), date, resolution, draft,
meeting, description, agenda, subjects, vote_note, total_yes, total_no, total_abstentions,
total_non_voting, total_ms, modality, undl_link.

Choices worth knowing:

* ``modality`` is trusted over ``ms_vote``: the dictionary says no-vote adoptions are coded
  "Y", third-party notes say v6 codes them "X". Either way nobody voted, so a "Without Vote"
  resolution gets no member votes and no tally, and a note says so.
* ``X`` (non-voting) becomes ``absent`` when the vote note says the member was absent, else
  ``not_participating`` (the Council's usual reason for a seated member not voting).
* ``ms_code`` is ISO 3166-1 alpha-3 for current states. For historical seats the code may be
  an old code (SUN, YUG, CSK, DDR, ...) or the successor's (RUS for the USSR, CHN for the
  Republic of China): both are mapped by date to our codes, so the USSR is never filed as
  Russia nor the Republic of China as the PRC. When the code is unknown the name is looked up.
* Tallies may come as "15" or "15.0" (files written by pandas); both are read.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from unvotes import reference
from unvotes.errors import InputError
from unvotes.official.reading import content_hash, csv_header, decode, read_bytes, rows_by_record
from unvotes.official.records import OfficialProposal, SourceFile, one_vote_each
from unvotes.official.symbols import draft_symbol, meeting_symbol

FORMAT = "dhl-votes"
REQUIRED = ("undl_id", "ms_code", "ms_name", "ms_vote", "date", "resolution", "total_yes",
            "total_no", "total_abstentions", "total_non_voting", "total_ms", "modality")

VOTES = {"Y": "yes", "N": "no", "A": "abstain", "X": None, "NV": None}

# Old or non-ISO codes a file may use for states that no longer exist or were renamed.
HISTORICAL_CODES = {
    "USSR": "SUN", "URS": "SUN", "SUN": "SUN",
    "YUG": "YUG", "CSK": "CSK", "CSSR": "CSK", "DDR": "DDR", "GDR": "DDR",
    "FRG": "DEU", "BRD": "DEU",
    "YMD": "YMD", "YAR": "YEM", "UAR": "EGY",
    "ZAR": "COD", "ZAI": "COD", "BUR": "MMR", "SCG": "SRB",
    "BYS": "BLR", "UKS": "UKR",
}
# Codes of a seat's *current* holder that some files also use for the earlier holder:
# code -> (last day of the earlier identity, its code).
SEAT_BY_DATE = {
    "RUS": (date(1991, 12, 24), "SUN"),
    "CHN": (date(1971, 10, 24), "TWN"),
    "CZE": (date(1992, 12, 31), "CSK"),
}

_RESOLUTION = re.compile(r"S/RES/(\d{1,4})\s*\((\d{4})\)", re.I)
_FILE_DATE = re.compile(r"(\d{4})_(\d{1,2})_(\d{1,2})_sc_voting")


def looks_like(header: str) -> bool:
    """True if a file's first line is this format's header (used by format detection).

    The General Assembly's file shares most columns; ``session`` and ``committee_report``
    exist only there, ``permanent_member`` only here.
    """
    first = header.lstrip("\ufeff").splitlines()[0] if header else ""
    cols = {c.strip().strip('"') for c in first.split(",")}
    return {"undl_id", "ms_code", "ms_vote", "resolution"} <= cols and not (
        {"session", "committee_report"} & cols)


def sniff(head: bytes, name: str) -> bool:
    """Format detection: True if ``head`` (the file's first bytes) starts with this header."""
    return looks_like(head[:4096].decode("utf-8", "replace"))


def source_file(path: Path, data: bytes) -> SourceFile:
    m = _FILE_DATE.search(path.name)
    published = None
    if m:
        try:
            published = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            published = None
    return SourceFile(
        name="dhl-votes",
        format=FORMAT,
        content_hash=content_hash(data),
        url=str(path),
        title="United Nations Security Council Voting Data",
        publisher="UN Dag Hammarskjöld Library (https://digitallibrary.un.org/record/4055387)",
        licence="Copyright United Nations; non-commercial use with attribution",
        published=published,
    )


def parse(path: str | Path) -> tuple[SourceFile, list[OfficialProposal]]:
    """Read the file at ``path``; raise InputError naming the file on anything unexpected."""
    path = Path(path)
    data = read_bytes(path)
    return source_file(path, data), parse_bytes(data, str(path))


def parse_bytes(data: bytes, name: str) -> list[OfficialProposal]:
    reader = csv_header(decode(data, name))
    if {"session", "committee_report"} & set(reader.fieldnames or []):
        raise InputError(f"{name}: this is the General Assembly's voting data, "
                         "not the Security Council's")
    # undl_id names the voting record; fall back on the symbol if a row lacks it.
    groups = rows_by_record(reader, name, REQUIRED, "DHL Security Council voting file",
                            lambda row: row["undl_id"].strip() or row["resolution"].strip(),
                            "neither undl_id nor resolution")
    return [_proposal(key, rows, name) for key, rows in groups.items()]


def _proposal(key: str, rows: list[tuple[int, dict[str, str]]], name: str) -> OfficialProposal:
    line, first = rows[0]
    for other_line, row in rows[1:]:
        for col in ("date", "resolution", "modality", "total_yes", "total_no"):
            if row[col] != first[col]:
                raise InputError(f"{name}:{other_line}: record {key} has {col} {row[col]!r}, "
                                 f"line {line} has {first[col]!r}")
    where = f"{name}:{line}"
    day = _date(first["date"], where)
    p = OfficialProposal(
        reference=key,
        date=day,
        outcome="adopted",  # the file holds adopted resolutions only
        resolution=_resolution(first["resolution"], where),
        meeting=meeting_symbol(first.get("meeting")),
        title=(first.get("description") or "").strip() or None,
        agenda=(first.get("agenda") or "").strip() or None,
    )
    p.draft = _draft(first.get("draft") or "", p.notes)
    note = " ".join((first.get("vote_note") or "").split())
    if note:
        p.notes.append(f"vote note: {note}")
    if "without vote" in " ".join(first["modality"].split()).lower():
        p.notes.append("adopted without a vote (modality); member rows are not votes")
        return p
    p.yes = _count(first["total_yes"], where, "total_yes")
    p.no = _count(first["total_no"], where, "total_no")
    p.abstain = _count(first["total_abstentions"], where, "total_abstentions")
    p.absent = _count(first["total_non_voting"], where, "total_non_voting")
    p.votes = _votes(rows, day, note, name, p.notes)
    return p


def _date(value: str, where: str) -> date:
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        # "24 January 1946" is unambiguous; 01/02/1946 is not, and is refused.
        return datetime.strptime(text, "%d %B %Y").date()
    except ValueError:
        pass
    raise InputError(f"{where}: date {value!r} is not YYYY-MM-DD")


def _resolution(value: str, where: str) -> int:
    m = _RESOLUTION.search(value.replace("\xa0", " "))
    if not m:
        raise InputError(f"{where}: resolution {value!r} is not a symbol like "
                         "S/RES/2397 (2017)")
    return int(m.group(1))


def _draft(value: str, notes: list[str]) -> str | None:
    text = " ".join(value.split())
    if not text:
        return None
    symbol = draft_symbol(text)  # the form every importer uses, so sources match
    if symbol != text:
        notes.append(f"draft column reads {text!r}")
    return symbol


def _count(value: str, where: str, column: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise InputError(f"{where}: {column} {value!r} is not a number") from None
    if number != int(number) or number < 0:
        raise InputError(f"{where}: {column} {value!r} is not a count")
    return int(number)


def member_code(ms_code: str, ms_name: str, day: date) -> str | None:
    """Our code for a file's (ms_code, ms_name) on ``day``; None if neither is known."""
    code = ms_code.strip().upper()
    if code in SEAT_BY_DATE:
        last_day, earlier = SEAT_BY_DATE[code]
        if day <= last_day:
            return earlier
    code = HISTORICAL_CODES.get(code, code)
    known = reference.members()
    if code in known:
        return code
    return reference.lookup(ms_name, on=day) if ms_name.strip() else None


def _votes(rows: list[tuple[int, dict[str, str]]], day: date, note: str, name: str,
           notes: list[str]) -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    non_voting: list[tuple[str, str]] = []
    for line, row in rows:
        code = member_code(row["ms_code"], row["ms_name"], day)
        if code is None:
            raise InputError(f"{name}:{line}: unknown member {row['ms_code']!r} "
                             f"({row['ms_name']!r})")
        raw = row["ms_vote"].strip().upper()
        if raw not in VOTES:
            raise InputError(f"{name}:{line}: unknown vote {row['ms_vote']!r} "
                             "(want Y, N, A or X)")
        value = VOTES[raw]
        if value is None:
            non_voting.append((code, row["ms_name"]))
            continue
        seen.setdefault(code, set()).add(value)
    for code, ms_name in non_voting:
        seen.setdefault(code, set()).add(_non_voting(code, ms_name, note, len(non_voting)))
    return one_vote_each(seen, notes)


def _non_voting(code: str, ms_name: str, note: str, how_many: int) -> str:
    """``absent`` when the vote note says this member was absent, else not participating."""
    text = note.lower()
    if "absent" not in text:
        return "not_participating"
    if how_many == 1:
        return "absent"
    member = reference.members().get(code)
    names = {ms_name, code} | ({member.name, member.official_name} if member else set())
    if code == "SUN":
        names.add("USSR")
    return "absent" if any(n and n.lower() in text for n in names) else "not_participating"
