"""Parser for the "Voting Agent" long-format file: Security Council drafts 1994–2025 with
each member's vote and the sponsors ("Submitted by").

One row per member vote; the ``ID`` column groups rows into drafts. The file's publisher and
licence are not stated anywhere (see PROVENANCE.md §6), so the source is recorded as
unverified third-party data and its facts never outrank an official UN source.

What the file does, and what this parser does about it:

* ``Date,`` (the header has a comma in it) holds Excel serial days: 1899-12-30 + n.
* ``Resolution`` mixes "893 (1994)", "Resolution 2618 (2022)", "S/RES/2673 (2023)",
  "2367(2017)", "S/RES/2776/2025", non-breaking spaces, "Missing" and, for some rows, a draft
  symbol. Only a number with a year is taken as a resolution.
* ``Draft`` is usually one symbol but sometimes two, an oral amendment, a paragraph, or
  lowercase; the first ``S/yyyy/n`` symbol is taken and the rest kept as a note.
* ``Meeting`` is the number of the S/PV record, or a "Vnnn" code for the 2020
  videoconferences (which have no S/PV record: kept as a note).
* ``Vote`` is Yes/No/Abstain only. Members that did not vote are left out, so nothing is
  invented for them: the members missing from the Council's roll are listed in a note.
* A few IDs repeat a member. Identical repeats collapse; a member given two *different* votes
  (e.g. Tunisia both Yes and Abstain on resolution 2602 (2021)) keeps neither — the file
  cannot tell which is right — and the note says so.
* "Adopted by consensus" / "by acclamation" mean no vote was taken: the file still lists
  every member as "Yes", but those rows are not votes and are not reported as such.
* About one date in six has its day and month swapped (resolution 893 of 6 January 1994 is
  dated 1 June): the serials were made from dd/mm text read as mm/dd. IDs run in date
  order, so a date that could be swapped (day <= 12), falls outside the dates of its
  unambiguous neighbours, and fits once swapped, is swapped back, with a note. Measured
  against the Sciences Po file: 1,522 of 1,876 resolution dates agreed before, 1,844 after;
  of the 341 dates swapped, 323 now agree and the rest were already off by days.
* When a draft's rows name a state that was not on the Council that day (most 1995 drafts
  list Japan, Brazil, ...), the rows are not that vote's roll call: none is kept as a vote,
  and a note keeps them. Only Council members vote, and this unverified file is no
  authority to record an impossible vote on.
* A resolution number far out of sequence with its neighbours ("425 (2002)" among 1422 and
  1426) is a typo that would merge the draft into a 1978 resolution: it is dropped, noted.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from unvotes import reference
from unvotes.errors import InputError
from unvotes.official.reading import content_hash, csv_header, decode, read_bytes, rows_by_record
from unvotes.official.records import OfficialProposal, SourceFile, one_vote_each

FORMAT = "voting-agent"
DATE_COLUMN = "Date,"
REQUIRED = ("Year", DATE_COLUMN, "Resolution", "Meeting", "Draft", "Agenda item",
            "Submitted by", "Outcome results", "Vote", "Member State", "ID")

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0, after its 1900 leap-year bug

OUTCOMES = {
    "adopted unanimously": "adopted",
    "adopted by majority": "adopted",
    "adopted by consensus": "adopted",
    "adopted by acclamation": "adopted",
    "not adopted - veto": "vetoed",
    "not adopted: veto": "vetoed",
    "not adopted - failed to receive required number of votes": "failed",
    "not adopted: insufficient votes": "failed",
}
# Adoptions where no vote was taken: the file's per-member "Yes" rows are filler.
WITHOUT_VOTE = {"adopted by consensus", "adopted by acclamation"}

VOTES = {"yes": "yes", "no": "no", "abstain": "abstain"}

# Misspellings seen only in this file and not worth a global alias.
SPELLINGS = {"united kindgom": "United Kingdom"}

# Sponsor entries that are not member states. "President" marks a text the President put
# forward on the Council's behalf; the admissions committee reports admissions.
NON_STATE_SPONSORS = {
    "president": "a text put forward by the President",
    "committee on the admission of new members": "reported by the Committee on the "
    "Admission of New Members",
    "none": "no sponsor",
}

_RESOLUTION = re.compile(
    r"(?:S/RES/|Resolution\s+)?(\d{1,4})\s*[(/]\s*((?:19|20)\d\d)\)?", re.I)
_DRAFT = re.compile(r"S/(\d{4})[/-](\d+)", re.I)
_MEETING = re.compile(r"(?:S/)?(?:PV\.?)?\s*(\d+)", re.I)
_EXCEL_CR = re.compile(r"_x000D_", re.I)  # a carriage return as openpyxl escapes it
_FOOTNOTE = re.compile(r"\s*\(\d+\)\s*$")


def sniff(head: bytes, name: str) -> bool:
    """Format detection: True if ``head`` (the file's first bytes) starts with this header."""
    return looks_like(head[:4096].decode("utf-8", "replace"))


def source_file(path: Path, data: bytes) -> SourceFile:
    return SourceFile(
        name="voting-agent",
        format=FORMAT,
        content_hash=content_hash(data),
        url=str(path),
        title="Security Council draft resolutions and votes with sponsors, 1994-2025 "
        "(Voting Agent sc_voting)",
        # Nobody states who compiled this file or under what terms (PROVENANCE.md §6).
        publisher="unverified third party (github.com/oliverunv/Voting-Agent; "
        "publisher not stated)",
        licence="unknown: no licence stated",
    )


def looks_like(header: str) -> bool:
    """True if a file's first line is this format's header (used by format detection)."""
    first = header.lstrip("\ufeff").splitlines()[0] if header else ""
    return '"Date,"' in first and "Submitted by" in first and "Member State" in first


def parse(path: str | Path) -> tuple[SourceFile, list[OfficialProposal]]:
    """Read the file at ``path``; raise InputError naming the file on anything unexpected."""
    path = Path(path)
    data = read_bytes(path)
    return source_file(path, data), parse_bytes(data, str(path))


def parse_bytes(data: bytes, name: str) -> list[OfficialProposal]:
    groups = rows_by_record(csv_header(decode(data, name)), name, REQUIRED, "Voting Agent file",
                            lambda row: row["ID"].strip(), "empty ID")
    proposals = [_proposal(key, rows, name) for key, rows in groups.items()]
    _unswap_dates(proposals)
    _check_resolution_sequence(proposals)
    return proposals


def _proposal(key: str, rows: list[tuple[int, dict[str, str]]], name: str) -> OfficialProposal:
    line, first = rows[0]
    for other_line, row in rows[1:]:
        # Every row of an ID repeats the draft's facts; a disagreement means a broken file.
        for col in (DATE_COLUMN, "Resolution", "Draft", "Outcome results"):
            if row[col] != first[col]:
                raise InputError(f"{name}:{other_line}: ID {key} has {col!r} {row[col]!r}, "
                                 f"line {line} has {first[col]!r}")
    day = _excel_date(first[DATE_COLUMN], f"{name}:{line}")
    outcome_text = " ".join(first["Outcome results"].split()).lower()
    outcome = OUTCOMES.get(outcome_text)
    if outcome is None:
        raise InputError(f"{name}:{line}: unknown outcome {first['Outcome results']!r}")
    p = OfficialProposal(reference=key, date=day, outcome=outcome,
                         agenda=first["Agenda item"].strip() or None)
    res_text, draft_text = first["Resolution"], first["Draft"]
    if _DRAFT.search(res_text) and "RES" in draft_text.upper():
        # A few 2025 rows have the two symbols in each other's column.
        p.notes.append(f"Resolution {res_text!r} and Draft {draft_text!r} read swapped")
        res_text, draft_text = draft_text, res_text
    p.resolution = _resolution(res_text, p)
    p.draft = _draft(draft_text, p)
    p.meeting = _meeting(first["Meeting"], p)
    p.sponsors = sponsors(first["Submitted by"], day, p.notes)
    if outcome_text in WITHOUT_VOTE:
        p.notes.append(f"{first['Outcome results'].strip()}: no vote was taken; the file's "
                       f"{len(rows)} member rows are not votes")
    else:
        p.votes = _votes(rows, day, p.notes, name)
        _check_council(p)
        if outcome_text == "adopted unanimously" and set(p.votes.values()) - {"yes"}:
            # e.g. the US veto of 17 May 1995 is filed as "Adopted unanimously", 14-1-0.
            tally = ", ".join(f"{v} {n}" for v, n in sorted(Counter(p.votes.values()).items()))
            p.notes.append(f"outcome {first['Outcome results']!r} but the rows say {tally}")
    if outcome == "vetoed":
        permanent = reference.permanent_on(day)
        p.vetoed_by = sorted(c for c, v in p.votes.items() if v == "no" and c in permanent)
    return p


def _excel_date(value: str, where: str) -> date:
    try:
        serial = int(float(value))
    except ValueError:
        raise InputError(f"{where}: date {value!r} is not an Excel serial day") from None
    # 1994 is 34335 and 2100 is 73051: anything outside is not a date of this record.
    if not 16_000 < serial < 73_051:
        raise InputError(f"{where}: date {value!r} is out of range")
    return EXCEL_EPOCH + timedelta(days=serial)


def _resolution(value: str, p: OfficialProposal) -> int | None:
    text = " ".join(value.replace("\xa0", " ").split())
    if not text:
        return None
    m = _RESOLUTION.fullmatch(text)
    if m and p.outcome == "adopted":
        if p.date and int(m.group(2)) != p.date.year:
            p.notes.append(f"resolution {text!r} is dated {p.date.isoformat()}")
        return int(m.group(1))
    p.notes.append(f"Resolution column reads {text!r}")
    return None


def _draft(value: str, p: OfficialProposal) -> str | None:
    text = " ".join(value.replace("\xa0", " ").split())
    m = _DRAFT.search(text)
    if not m:
        if text:
            p.notes.append(f"Draft column reads {text!r}")
        return None
    symbol = f"S/{m.group(1)}/{int(m.group(2))}"
    if text != symbol:
        p.notes.append(f"Draft column reads {text!r}")
    return symbol


def _meeting(value: str, p: OfficialProposal) -> str | None:
    text = value.strip()
    m = _MEETING.fullmatch(text)
    if m:
        return f"S/PV.{int(m.group(1))}"
    if text:
        # "V005": a 2020 videoconference, which has no verbatim record of its own.
        p.notes.append(f"meeting {text!r} (no S/PV record)")
    return None


def _votes(rows: list[tuple[int, dict[str, str]]], day: date, notes: list[str],
           name: str) -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for line, row in rows:
        member = row["Member State"].strip()
        code = reference.lookup(SPELLINGS.get(member.casefold(), member), on=day)
        if code is None:
            raise InputError(f"{name}:{line}: unknown member {member!r}")
        vote = VOTES.get(row["Vote"].strip().lower())
        if vote is None:
            raise InputError(f"{name}:{line}: unknown vote {row['Vote']!r}")
        seen.setdefault(code, set()).add(vote)
    return one_vote_each(seen, notes)


def _check_council(p: OfficialProposal) -> None:
    assert p.date is not None
    seated = {t.code for t in reference.council_on(p.date)}
    off = sorted(set(p.votes) - seated)
    if off:
        # Only Council members vote, so rows naming others (most 1995 drafts list Japan,
        # Brazil, ...) are not this vote's roll call, and the rows that do name Council
        # members disagree with the UN's record there too (Russia and China "No" on
        # unanimous resolutions). None of them is kept; the note keeps what was said.
        said = ", ".join(f"{c} {v}" for c, v in sorted(p.votes.items()))
        p.notes.append(f"rows name members not on the Council that day ({', '.join(off)}); "
                       f"not a roll call of this vote, no votes kept: {said}")
        p.votes = {}
        return
    absent = sorted(seated - set(p.votes))
    if absent:
        # The file leaves out members who did not vote; absent or not participating is unknown.
        p.notes.append(f"no row for Council members: {', '.join(absent)}")


# --------------------------------------------------------------------------- sponsors


def sponsors(text: str, day: date, notes: list[str]) -> list[str]:
    """Member codes named in a "Submitted by" cell, in order, without repeats.

    The cells are hand-typed: names are split by commas but also by "and", some names are
    broken across a comma ("Costa, Rica") or a line break, and a few carry a footnote number
    ("United States (64)"). Entries that name no member go to ``notes``.
    """
    cleaned = _EXCEL_CR.sub(" ", text).replace("\n", " ").replace("\r", " ")
    parts = [p.strip(" .\"'?") for p in cleaned.split(",")]
    parts = [_FOOTNOTE.sub("", p) for p in parts if p.strip(" .\"'?")]
    out: list[str] = []
    pending = ""
    for part in parts:
        candidate = f"{pending} {part}".strip() if pending else part
        codes = _sponsor_codes(candidate, day, notes)
        if codes is None:
            # Maybe a name broken across a comma: join it to the next part, but not forever.
            if pending and len(candidate.split()) > 8:
                notes.append(f"sponsor not recognised: {pending!r}")
                candidate = part
                codes = _sponsor_codes(part, day, notes)
            if codes is None:
                pending = candidate
                continue
        pending = ""
        out.extend(c for c in codes if c not in out)
    if pending:
        notes.append(f"sponsor not recognised: {pending!r}")
    return out


def _sponsor_codes(name: str, day: date, notes: list[str]) -> list[str] | None:
    """Codes for one comma-separated entry; [] for a known non-state; None if unknown."""
    key = " ".join(name.split()).casefold().strip("- ")
    if not key or key in NON_STATE_SPONSORS:
        if key:
            notes.append(f"sponsor: {NON_STATE_SPONSORS[key]}")
        return []
    if key in ("all council members", "e10"):
        # Expand to the members meant, on that day; the note keeps what the file said.
        seats = reference.council_on(day)
        codes = [t.code for t in seats if key == "all council members" or not t.permanent]
        notes.append(f"sponsor {name!r} read as the {len(codes)} members it names")
        return codes
    code = _member(name, day)
    if code:
        return [code]
    pieces = re.split(r"\s+and\s+", name)
    if len(pieces) > 1:
        found = [_member(piece, day) for piece in pieces]
        if all(found):
            return [c for c in found if c]
    return None


def _member(name: str, day: date) -> str | None:
    name = name.strip(" .")
    return reference.lookup(SPELLINGS.get(name.casefold(), name), on=day)



def _unswap_dates(proposals: list[OfficialProposal]) -> None:
    """Swap back day and month where the file's order shows they were swapped."""

    def ambiguous(d: date) -> bool:
        return d.day <= 12 and d.day != d.month

    order = sorted(proposals, key=lambda p: int(p.reference) if p.reference.isdigit() else 0)
    anchors = [(i, p.date) for i, p in enumerate(order) if p.date and not ambiguous(p.date)]
    positions = [i for i, _ in anchors]
    for i, p in enumerate(order):
        if p.date is None or not ambiguous(p.date):
            continue
        k = bisect.bisect_left(positions, i)
        low = anchors[k - 1][1] if k > 0 else date.min
        high = anchors[k][1] if k < len(anchors) else date.max
        swapped = date(p.date.year, p.date.day, p.date.month)
        if low <= swapped <= high and not low <= p.date <= high:
            p.notes.append(f"date {p.date.isoformat()} read as {swapped.isoformat()}: day and "
                           "month swapped (out of order with the drafts around it)")
            p.date = swapped


def _check_resolution_sequence(proposals: list[OfficialProposal]) -> None:
    """Drop resolution numbers far from those of the drafts around them (typos)."""
    order = sorted((p for p in proposals if p.resolution),
                   key=lambda p: int(p.reference) if p.reference.isdigit() else 0)
    numbers = [p.resolution or 0 for p in order]
    for k, p in enumerate(order):
        around = numbers[max(0, k - 5):k] + numbers[k + 1:k + 6]
        # Same-day drafts are listed in any order, so only a gross jump counts.
        if around and abs(numbers[k] - statistics.median(around)) > 30:
            p.notes.append(f"resolution {p.resolution} is out of sequence (the drafts around "
                           f"it are about {statistics.median(around):.0f}); not kept")
            p.resolution = None
