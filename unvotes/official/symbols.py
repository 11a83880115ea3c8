"""UN document symbols and dates as the official files write them, made comparable.

Sources spell one document many ways: "S/RES/2397 (2017)", "S/RES/2397(2017)", "2397",
"893 (1994)"; drafts "S/10446/REV.1", "S/10446/Rev. 1", "S/11400 (as amended)",
"S/9696 and Corr.1 & 2"; meetings "S/PV.1623(OR)", "S/PV.1620 (closed)". Matching keys on
the normalised forms produced here.
"""

from __future__ import annotations

import re
from datetime import date

_RES = re.compile(r"^\s*(?:S\s*/\s*RES\s*/\s*)?(\d{1,5})\s*(?:\(\s*(\d{4})\s*\))?\s*$", re.I)
_RES_IN_TEXT = re.compile(r"S\s*/\s*RES\s*/\s*(\d{1,5})\s*\(\s*(\d{4})\s*\)", re.I)
_MEETING = re.compile(r"S\s*/\s*PV\s*\.\s*(\d+)", re.I)
# A draft: S/ then numbers and /-separated parts; Rev./Add./Corr. suffixes in any case and
# spacing. PRST and RES symbols are not drafts, nor are meeting records.
_DRAFT = re.compile(
    r"(?<!RE)(?<!re)(?<!/)S\s*/\s*(?!RES\b|PRST\b|PV\b)(\d{1,5}(?:\s*/\s*\d{1,5})?"
    r"(?:\s*/\s*(?:Rev|Add|Corr)\s*\.\s*\d+)*)",
    re.I,
)
_SUFFIX = re.compile(r"/\s*(rev|add|corr)\s*\.\s*(\d+)", re.I)


def resolution_number(text: str | None) -> int | None:
    """2397 from "S/RES/2397 (2017)", "S/RES/2397(2017)", "2397" or "893 (1994)"."""
    if not text:
        return None
    m = _RES.match(text) or _RES_IN_TEXT.search(text)
    return int(m.group(1)) if m else None


def meeting_symbol(text: str | None) -> str | None:
    """"S/PV.1623" from "S/PV.1623(OR)", "S/PV.1620 (closed)", "s/pv. 1623"."""
    if not text:
        return None
    m = _MEETING.search(text)
    return f"S/PV.{int(m.group(1))}" if m else None


def _canonical_draft(body: str) -> str:
    body = re.sub(r"\s+", "", body)
    base = body.split("/")
    head: list[str] = []
    for part in base:
        if re.fullmatch(r"\d+", part):
            head.append(str(int(part)))
        else:
            break
    rest = "/".join(base[len(head):])
    suffix = "".join(f"/{k.capitalize()}.{int(n)}" for k, n in _SUFFIX.findall("/" + rest))
    return "S/" + "/".join(head) + suffix


def drafts_in(text: str | None) -> list[str]:
    """Every draft symbol in a cell, normalised, in order ("S/552, S/PV.202" -> ["S/552"])."""
    if not text:
        return []
    out = []
    for m in _DRAFT.finditer(text):
        sym = _canonical_draft(m.group(1))
        if sym not in out:
            out.append(sym)
    return out


def draft_symbol(text: str | None) -> str | None:
    """The first draft symbol in `text`, normalised ("S/10446/REV.1" -> "S/10446/Rev.1")."""
    found = drafts_in(text)
    return found[0] if found else None


def draft_base(symbol: str) -> str:
    """The symbol without Rev./Add./Corr. suffixes: two revisions of one draft share it."""
    return _SUFFIX.sub("", symbol)


# --------------------------------------------------------------------------- dates

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_DAY_MONTH_YEAR = re.compile(
    r"^\s*(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+([A-Za-z]+)\.?(?:\s+(\d{2,4}))?\s*$")


def parse_day(text: str, year: int | None = None) -> tuple[date, date] | None:
    """("14-15 December 2001") -> (2001-12-14, 2001-12-15); "30 January 86" -> 1986.

    Returns the first and last day written (equal for a single day); `year` fills in
    pages that give only day and month. None when the text is not such a date.
    """
    m = _DAY_MONTH_YEAR.match(text.replace("\u00a0", " "))
    if not m:
        return None
    month = MONTHS.get(m.group(3).lower()) or _month_prefix(m.group(3))
    y = m.group(4)
    if month is None:
        return None
    if y is None:
        if year is None:
            return None
        yy = year
    else:
        yy = int(y)
        if yy < 100:  # "30 January 86": the list starts in 1946
            yy += 1900 if yy >= 46 else 2000
    try:
        first = date(yy, month, int(m.group(1)))
        last = date(yy, month, int(m.group(2))) if m.group(2) else first
    except ValueError:
        return None
    return first, last


def _month_prefix(word: str) -> int | None:
    w = word.lower()
    if len(w) < 3:
        return None
    hits = [n for name, n in MONTHS.items() if name.startswith(w)]
    return hits[0] if len(hits) == 1 else None
