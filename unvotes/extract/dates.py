"""Dates: what day the page says it is, what day the dateline says, and what day a vote was.

Articles rarely give a vote's full date. They say "on Thursday", "yesterday", "today", "late
last night", or "May 26" under a dateline, and leave the year to the page. So this module
finds every date expression with its span, and resolves each against a *reference day*
(the dateline's day, else the page's date, else the publication date given by the caller).
When the page gives no year, the year is inferred from draft symbols (S/2022/431), adopted
resolution numbers, and the time in office of envoys the story names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "DateMention",
    "MONTHS",
    "WEEKDAYS",
    "find_dates",
    "header_date",
    "dateline",
    "resolution_year",
    "resolve",
    "safe_date",
]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# The first pattern that matches at a position wins; full dates come first.
_DATE_RE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            # 26 May 2022 / 26th May, 2022
            rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b".replace("?P<", "?P<a_"),
            # May 26, 2022 / May 26 2022
            rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b".replace("?P<", "?P<b_"),
            # 2022-05-26
            r"\b(?P<c_year>1[89]\d\d|20\d\d)-(?P<c_mon>[01]\d)-(?P<c_day>[0-3]\d)\b",
            # 26/05/2022, 26.05.2022 (day first: the world outside the US)
            r"\b(?P<d_day>[0-3]?\d)[/.](?P<d_mon>[01]?\d)[/.](?P<d_year>1[89]\d\d|20\d\d)\b",
            # May 26 / 26 May (no year)
            rf"\b{_MONTH}\s+{_DAY}\b(?![,.]?\d)".replace("?P<", "?P<e_"),
            rf"\b{_DAY}\s+{_MONTH}\b".replace("?P<", "?P<f_"),
            # (last|next|on) Thursday('s) (night|evening)
            rf"\b(?:(?P<g_mod>last|next|this|coming|on|since|until|by|before|after)\s+)?"
            rf"(?:(?:late|early)\s+(?:on\s+)?)?{_WEEKDAY}".replace("?P<wd", "?P<g_wd")
            + r"(?P<g_pos>'s)?(?:\s+(?P<g_part>night|evening|morning|afternoon))?\b",
            # today, yesterday, last night, tonight, this evening ...
            r"\b(?P<h_rel>today|tonight|yesterday|overnight|last\s+night|this\s+(?:evening|"
            r"morning|afternoon)|earlier\s+today|on\s+the\s+same\s+day|the\s+day\s+before)\b",
            # in May 2023 / January 2007 (month and year only)
            rf"\b{_MONTH}\s+{_YEAR}\b".replace("?P<", "?P<i_"),
            # in October / last March (a month alone)
            r"\b(?P<k_mod>in|last|since|until|early|late|mid|during|by|through|this|next|"
            r"earlier\s+in|later\s+in)[\s-]+(?P<k_mon>January|February|March|April|May|June|July|"
            r"August|September|October|November|December)\b(?![\s.]*\d)",
            # in 2017 / since 2006 (a bare year)
            r"\b(?P<j_prep>in|since|until|of|by|from|before|after|during|early|late|mid)"
            r"[\s-]+(?P<j_year>19[4-9]\d|20\d\d)\b(?![-/]\d)",
        )
    ),
    re.I,
)


_PREP_BEFORE = re.compile(r"\b(since|until|till|by|before|after|from|on|in)\s+$", re.I)


@dataclass(slots=True)
class DateMention:
    """A date expression in the text.

    ``kind``: ``full`` (y, m, d), ``monthday`` (m, d), ``weekday`` (wd), ``relative``
    (``rel`` is today/yesterday), ``monthyear`` (y, m) or ``year`` (y).
    """

    kind: str  # full, monthday, weekday, relative, monthyear, month, year
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: int = 0  # days to add to the reference day for "relative"
    modifier: str = ""  # last/next/on/'s... for weekdays; in/since/... for years
    possessive: bool = False


def safe_date(y: int | None, m: int | None, d: int | None) -> date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in ``text[start:end]`` (spans index ``text``)."""
    out: list[DateMention] = []
    for m in _DATE_RE.finditer(text, start, len(text) if end is None else end):
        g = m.groupdict()
        s, e = m.start(), m.end()
        try:
            if g["a_year"]:
                out.append(DateMention("full", s, e, int(g["a_year"]), _month(g["a_mon"]),
                                       int(g["a_day"])))
            elif g["b_year"]:
                out.append(DateMention("full", s, e, int(g["b_year"]), _month(g["b_mon"]),
                                       int(g["b_day"])))
            elif g["c_year"]:
                out.append(DateMention("full", s, e, int(g["c_year"]), int(g["c_mon"]),
                                       int(g["c_day"])))
            elif g["d_year"]:
                day, mon = int(g["d_day"]), int(g["d_mon"])
                if mon > 12 >= day:  # 10/19/2023: the month came first after all
                    day, mon = mon, day
                out.append(DateMention("full", s, e, int(g["d_year"]), mon, day))
            elif g["e_mon"]:
                if g["e_mon"].lower().rstrip(".") == "may" and not g["e_mon"][0].isupper():
                    continue  # "may 26" in lower case is a verb and a number
                out.append(DateMention("monthday", s, e, None, _month(g["e_mon"]),
                                       int(g["e_day"])))
            elif g["f_mon"]:
                out.append(DateMention("monthday", s, e, None, _month(g["f_mon"]),
                                       int(g["f_day"])))
            elif g["g_wd"]:
                if not g["g_wd"][0].isupper():
                    continue
                mod = (g["g_mod"] or "").lower()
                out.append(DateMention("weekday", s, e, weekday=WEEKDAYS[g["g_wd"].lower()],
                                       modifier=mod, possessive=bool(g["g_pos"])))
            elif g["h_rel"]:
                rel = g["h_rel"].lower()
                delta = -1 if rel in ("yesterday", "last night", "the day before") else 0
                if rel == "overnight":
                    delta = -1
                out.append(DateMention("relative", s, e, rel=delta, modifier=rel))
            elif g["i_year"]:
                out.append(DateMention("monthyear", s, e, int(g["i_year"]),
                                       _month(g["i_mon"])))
            elif g["k_mon"]:
                if not g["k_mon"][0].isupper():
                    continue
                out.append(DateMention("month", s, e, month=_month(g["k_mon"]),
                                       modifier=g["k_mod"].lower()))
            elif g["j_year"]:
                out.append(DateMention("year", s, e, int(g["j_year"]),
                                       modifier=(g["j_prep"] or "").lower()))
        except (KeyError, ValueError):
            continue
        last = out[-1] if out else None
        if last is not None and last.start == s and not last.modifier:
            pm = _PREP_BEFORE.search(text, max(0, s - 10), s)
            if pm:
                last.modifier = pm.group(1).lower()
    return out


def resolve(m: DateMention, ref: date | None) -> date | None:
    """The day a mention points at, given the reference day of the story."""
    if m.kind == "full":
        return safe_date(m.year, m.month, m.day)
    if ref is None:
        return None
    if m.kind == "monthday":
        d = safe_date(ref.year, m.month, m.day)
        if d is None:
            return None
        # A month and day after the reference day belong to the previous year (a story
        # published on 2 January about "Dec 30").
        if d > ref + timedelta(days=2):
            d = safe_date(ref.year - 1, m.month, m.day)
        return d
    if m.kind == "weekday":
        assert m.weekday is not None
        back = (ref.weekday() - m.weekday) % 7
        if m.modifier in ("next", "coming"):
            return ref + timedelta(days=(m.weekday - ref.weekday()) % 7 or 7)
        if m.modifier == "last" and back == 0:
            back = 7
        return ref - timedelta(days=back)
    if m.kind == "relative":
        return ref + timedelta(days=m.rel)
    return None


# --------------------------------------------------------------------------- page dates

_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def header_date(text: str, body_start: int) -> DateMention | None:
    """The page's own date: the first full date in the lines above the story."""
    limit = min(max(body_start, 0), 3000)
    for m in find_dates(text, 0, limit):
        if m.kind == "full":
            return m
    return None


_MONTH_NAMES = _MONTH.replace("(?P<mon>", "(?:")
_DATELINE = re.compile(
    r"^[ \"'(]*(?P<place>[A-Z][A-Za-z.'& /-]{1,50}?(?:,\s*[A-Z][A-Za-z.' ]{1,20}?)*)"
    r"(?:\s*\([^)\n]{1,40}\))?\s*,?\s*"
    rf"(?:(?P<mon1>{_MONTH_NAMES})\s+(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH_NAMES}))"
    r"(?:,?\s+(?P<year>1[89]\d\d|20\d\d))?"
    r"\.?\s*(?:\([^)\n]{1,40}\)|/[^/\n]{1,30}/)?\.?\s*(?:-{1,3}|:|\.|$)"
)


def dateline(block: str) -> tuple[int, int, int | None, int] | None:
    """(month, day, year or None, end offset) of a wire dateline opening ``block``.

    "UNITED NATIONS, May 26 (Reuters) -", "UNITED NATIONS, N. Y., Oct. 30 --",
    "MOSCOW, February 28. /TASS/.", "New York, 26 May 2022 (Xinhua) --".
    """
    m = _DATELINE.match(block[:160])
    if not m:
        return None
    place = m.group("place")
    letters = [c for c in place if c.isalpha()]
    # A dateline's place is in capitals ("UNITED NATIONS"), or short and title-case.
    if not letters:
        return None
    upper = sum(c.isupper() for c in letters) / len(letters)
    if upper < 0.6 and len(place.split()) > 3:
        return None
    mon = m.group("mon1") or m.group("mon2")
    day = m.group("day1") or m.group("day2")
    try:
        month, dd = _month(mon), int(day)
    except (KeyError, ValueError, AttributeError):
        return None
    year = int(m.group("year")) if m.group("year") else None
    return month, dd, year, m.end()


# --------------------------------------------------------------------------- resolutions

# Number of the first resolution the Council adopted in each year, 1946-2025 (from the UN
# Digital Library's voting record). Resolution numbers only grow, so a number pins a year.
_FIRST_RESOLUTION = (
    1, 16, 38, 67, 79, 90, 97, 99, 104, 106, 111, 122, 127, 132, 133, 161, 171, 178, 186, 200,
    220, 233, 245, 263, 276, 292, 308, 325, 345, 367, 385, 403, 423, 444, 462, 485, 500, 529,
    546, 560, 581, 594, 607, 627, 647, 684, 726, 800, 893, 970, 1036, 1093, 1147, 1220, 1285,
    1335, 1387, 1455, 1522, 1581, 1652, 1739, 1795, 1860, 1908, 1967, 2033, 2086, 2133, 2196,
    2260, 2337, 2398, 2452, 2504, 2561, 2618, 2672, 2722, 2768,
)
_FIRST_YEAR = 1946


def resolution_year(number: int) -> int | None:
    """The year Security Council resolution ``number`` was adopted (None if out of range)."""
    if number < 1 or number > _FIRST_RESOLUTION[-1] + 120:
        return None
    return _FIRST_YEAR + bisect_right(_FIRST_RESOLUTION, number) - 1
