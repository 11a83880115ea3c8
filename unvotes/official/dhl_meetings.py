"""The Dag Hammarskjöld Library's yearly "Meetings conducted / actions taken by the Security
Council" tables (saved HTML, one page per year, newest meeting first).

Each row is a meeting: record (S/PV.n, "(closed)", or "--" for 2020's video conferences),
day and month (the year is the page's), topic, and an "Outcome / Vote" cell that may hold
several actions: ``S/RES/307 (1971) 13-0-2``, ``Draft resolution S/10489 vetoed by UK
9-1-5``, ``S/2020/1076 not adopted 5-0-10``, statements (S/PRST/...), communiqués, notes
and letters. Only votes on resolutions and drafts become records; tallies read Yes-No-Abstain.

The year: from the file name (``scact1971_table_en.html``), else from the page title; when
the resolutions on the page say another year, theirs wins and a note says so — the 2020
"covid" page is titled 2021 but holds S/RES/2515-2560 (2020).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from unvotes.errors import InputError
from unvotes.official.dhl import LICENCE, PUBLISHER, members
from unvotes.official.html_table import Cell, read_table
from unvotes.official.reading import content_hash, decode, read_bytes
from unvotes.official.records import OfficialProposal, SourceFile
from unvotes.official.symbols import draft_symbol, meeting_symbol, parse_day

FORMAT = "dhl-meetings"
URL = "https://research.un.org/en/docs/sc/quick/meetings"

_YEAR_IN_NAME = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")
_RES_YEAR = re.compile(r"S/RES/\d+\s*\((\d{4})\)", re.I)
# Parentheticals that name amendments or corrections carry other symbols that are not votes.
_AMENDMENT = re.compile(r"\((?:[^()]*amend[^()]*|as corrected)\)", re.I)
_TOKEN = re.compile(
    r"(?P<res>S\s*/\s*RES\s*/\s*(?P<resno>\d+)\s*\(\s*\d{4}\s*\))"
    r"|(?P<skip>S/PRST/\d+(?:/\d+)*|(?:Note|Letter)\s*\(?\s*S/\d+(?:/\d+)*\)?"
    r"|S/\d+(?:/\d+)*\s*\(PRST\))"
    r"|(?P<veto>vetoed\s+by\s+(?P<who>.*?))(?=\d{1,2}\s*-\s*\d{1,2}\s*-\s*\d{1,2}|Draft|S/|"
    r"\(|$)"
    r"|(?P<failed>(?:was\s+)?not\s+adopted|\bfailed\b)"
    r"|(?P<tally>(?P<y>\d{1,2})\s*-\s*(?P<n>\d{1,2})\s*-\s*(?P<a>\d{1,2})"
    r"(?:\s*\(\s*(?P<absent>\d+)\s+absent\s*\))?)"
    r"|(?P<novote>without\s+(?:a\s+)?vote|adopted\s+by\s+consensus)"
    r"|(?P<pv>S\s*/\s*PV\s*\.\s*\d+)"
    r"|(?P<draft>(?<!RE)(?<!/)S\s*/\s*\d+(?:\s*/\s*\d+)*"
    r"(?:\s*/\s*(?:Rev|Add|Corr)\s*\.\s*\d+)*)"
    r"|(?P<label>\((?P<labeltext>[A-Za-z][A-Za-z ]{2,40})\))",
    re.I | re.S,
)


def sniff(head: bytes, name: str) -> bool:
    # The title is a table header cell: "<th ... class="tbltitle">Meetings conducted by ..."
    return re.search(rb"<th\b[^>]*>[^<]*meetings conducted", head, re.I) is not None


@dataclass
class _Action:
    outcome: str
    resolution: int | None = None
    drafts: list[str] = field(default_factory=list)
    vetoed_by: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    tally: tuple[int, int, int] | None = None
    absent: int | None = None
    without_vote: bool = False
    label: str | None = None


def parse(path: str | Path, **_: object) -> tuple[SourceFile, Iterator[OfficialProposal]]:
    data = read_bytes(path)
    text = decode(data, path)
    table = read_table(text)
    head = _header(table.rows)
    if head is None or "meetings conducted" not in text[:6000].lower():
        raise InputError(f"{path}: not a DHL meetings table (no table with Meeting Record, "
                         "Date and 'Security Council Outcome / Vote' columns)")
    start, cols = head
    rows = [r for r in table.rows[start + 1:] if len(r) > cols["outcome"]]
    if not rows:
        raise InputError(f"{path}: the DHL meetings table has no rows")
    year, year_note = _year(Path(path).name, table.title, text)
    if year is None:
        raise InputError(f"{path}: no year in the file name or the page title")
    source = SourceFile(
        name=f"{FORMAT}-{Path(path).stem}", format=FORMAT, content_hash=content_hash(data),
        url=str(path), title=table.title or f"Meetings conducted by the Security Council in "
        f"{year}", publisher=PUBLISHER, licence=LICENCE)
    return source, _records(path, rows, cols, year, year_note)


def _header(rows: list[list[Cell]]) -> tuple[int, dict[str, int]] | None:
    for i, row in enumerate(rows):
        names = [" ".join(c.text.lower().split()) for c in row]
        if "date" in names and any("outcome" in n for n in names):
            cols = {"meeting": _find(names, "meeting"), "date": names.index("date"),
                    "topic": _find(names, "topic"), "outcome": _find(names, "council outcome")}
            if cols["outcome"] is None:
                cols["outcome"] = max(j for j, n in enumerate(names) if "outcome" in n)
            if cols["meeting"] is None:
                return None
            return i, cols  # type: ignore[return-value]
    return None


def _find(names: list[str], word: str) -> int | None:
    return next((j for j, n in enumerate(names) if word in n), None)


def _year(name: str, title: str, text: str) -> tuple[int | None, str | None]:
    m = _YEAR_IN_NAME.search(name)
    year = int(m.group(1)) if m else None
    if year is None:
        m = _YEAR_IN_NAME.search(title or "")
        year = int(m.group(1)) if m else None
    counts = Counter(int(y) for y in _RES_YEAR.findall(text))
    if counts:
        res_year, _n = counts.most_common(1)[0]
        if year is not None and res_year != year and _n > sum(counts.values()) // 2:
            return res_year, (f"the page says {year} but its resolutions are of {res_year}; "
                              f"dated {res_year}")
        if year is None:
            return res_year, "year taken from the resolutions on the page"
    return year, None


def _actions(cell: str, day) -> list[_Action]:
    text = _AMENDMENT.sub(" ", " ".join(cell.split()))
    actions: list[_Action] = []
    pending: list[list[str]] = []  # draft/meeting symbols waiting for their outcome
    pending_label: str | None = None
    novote_next = False
    last_end = 0  # where the last draft symbol ended
    for m in _TOKEN.finditer(text):
        if m.group("res"):
            actions.append(_Action("adopted", resolution=int(m.group("resno")),
                                   without_vote=novote_next))
            novote_next = False
        elif m.group("skip"):
            continue
        elif m.group("veto") is not None:
            codes, unknown = members(m.group("who"), day)
            for a in _close(actions, pending, "vetoed", pending_label):
                a.vetoed_by, a.unknown = list(codes), list(unknown)
            pending, pending_label = [], None
        elif m.group("failed"):
            _close(actions, pending, "failed", pending_label)
            pending, pending_label = [], None
        elif m.group("tally"):
            target = next((a for a in reversed(actions) if a.tally is None
                           and not a.without_vote), None)
            if target is not None:
                target.tally = (int(m.group("y")), int(m.group("n")), int(m.group("a")))
                if m.group("absent"):
                    target.absent = int(m.group("absent"))
        elif m.group("novote"):
            last = actions[-1] if actions else None
            if last is not None and last.outcome == "adopted" and last.tally is None \
                    and not last.without_vote:
                last.without_vote = True
            else:
                novote_next = True
        elif m.group("pv") or m.group("draft"):
            sym = (meeting_symbol(m.group("pv")) if m.group("pv")
                   else draft_symbol(m.group("draft")))
            if not sym:
                continue
            # "S/552, S/202" names one draft twice; "S/1076 and S/1077" are two drafts.
            between = text[last_end:m.start()] if pending else ""
            if pending and between.strip() == ",":
                pending[-1].append(sym)
            else:
                pending.append([sym])
            last_end = m.end()
            continue
        elif m.group("label") and pending:
            pending_label = m.group("labeltext").strip()
    return actions


def _close(actions: list[_Action], pending: list[list[str]], outcome: str,
           label: str | None) -> list[_Action]:
    """The drafts waiting for an outcome get it (one action each; none named: one action)."""
    made = [_Action(outcome, drafts=list(p), label=label) for p in pending] or [
        _Action(outcome, label=label)]
    actions.extend(made)
    return made


def _records(path, rows: list[list[Cell]], cols: dict[str, int], year: int,
             year_note: str | None) -> Iterator[OfficialProposal]:
    for n, row in enumerate(rows, start=1):
        written = " ".join(row[cols["date"]].text.split())
        days = parse_day(written, year)
        if days is None:
            continue  # notes and spacer rows ("Document links will work once ...")
        day = days[0]
        meeting = meeting_symbol(row[cols["meeting"]].text)
        topic = " ".join(row[cols["topic"]].text.split()) if cols["topic"] is not None else ""
        for k, a in enumerate(_actions(row[cols["outcome"]].text, day), start=1):
            rec = OfficialProposal(reference=f"row {n}" + (f".{k}" if k > 1 else ""),
                                   date=day, meeting=meeting, agenda=topic or None,
                                   outcome=a.outcome, resolution=a.resolution)
            for sym in a.drafts:
                if sym.startswith("S/PV."):
                    rec.meeting = rec.meeting or sym
                elif rec.draft is None:
                    rec.draft = sym
                else:
                    rec.notes.append(f"draft also written {sym}")
            rec.title = f"{topic} {a.label}".strip() if a.label else (topic or None)
            if a.tally:
                rec.yes, rec.no, rec.abstain = a.tally
                rec.absent = a.absent
            if a.without_vote:
                rec.notes.append("adopted without a vote")
            if days[0] != days[1]:
                rec.notes.append(f"date written {written!r}")
            if year_note:
                rec.notes.append(year_note)
            rec.vetoed_by = list(a.vetoed_by)
            rec.votes = {code: "no" for code in a.vetoed_by}
            for name in a.unknown:
                rec.notes.append(f"member {name!r} not recognised")
            if a.outcome == "vetoed" and not a.vetoed_by:
                rec.notes.append("vetoed, but the page names no member")
            yield rec
