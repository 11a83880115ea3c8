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
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta

__all__ = [
    "DateMention",
    "MONTHS",
    "WEEKDAYS",
    "find_dates",
    "foot_slug_date",
    "foreign_header_date",
    "header_date",
    "dateline",
    "draft_year",
    "edition_date",
    "issue_month",
    "self_dated",
    "short_date",
    "slug_year",
    "inline_dateline",
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

_MONTH_WORDS = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December", "Sept", "Jan", "Feb", "Mar",
                "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Title case or capitals ("OCT. 30" in an old dateline); never lower case, where "may" and
# "march" are verbs.
_MON = "(?:" + "|".join(sorted({w for m in _MONTH_WORDS for w in (m, m.upper())},
                               key=len, reverse=True)) + r")\.?"
_FULL_MONTHS = "(?:" + "|".join(w for m in _MONTH_WORDS[:12] for w in (m, m.upper())) + ")"
_WEEKDAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WD = "(?:" + "|".join(w for d in _WEEKDAY_WORDS for w in (d, d.upper())) + ")"

# Each scanner opens with a digit or a capital letter, so the engine skips ahead cheaply;
# modifiers before a match ("last Thursday", "in 2017") are read from a small window.
# ("18. Nov 2010", "18.Nov 2010": a German wire's header; the year must follow the dot form)
_DAY_MONTH = re.compile(rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th|ST|ND|RD|TH)?(?:\s+|-(?={_MON}-)|"
                        rf"\.\s*(?={_MON}(?![a-z])\.?,?\s+(?:1[89]\d\d|20\d\d)\b))"
                        rf"(?P<mon>{_MON})"
                        r"(?![a-z])(?:(?:,?\s+|-)(?P<year>1[89]\d\d|20\d\d)\b)?")
_MONTH_DAY = re.compile(rf"(?P<mon>{_MON})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
                        r"(?:,?\s+(?P<year>1[89]\d\d|20\d\d)\b)?(?![,.]?\d)")
# "the last day of January", "the first day of March"
_ENDS_OF = re.compile(r"\b(?:the\s+)?(last|first)\s+day\s+of\s+$", re.I)
_MONTH_WORD = re.compile(rf"{_FULL_MONTHS}\b")
_MONTH_YEAR = re.compile(rf"(?P<mon>{_MON})\s+(?P<year>1[89]\d\d|20\d\d)\b")
_NUMERIC = re.compile(r"(?P<y1>1[89]\d\d|20\d\d)(?P<sep>[-/.])(?P<m1>[01]\d)(?P=sep)(?P<d1>[0-3]\d)"
                      r"(?:\b|(?=T\d))"
                      # ("10-17-1985" on a wire's slug line: a four-figure year is no tally)
                      r"|(?P<d2>[0-3]?\d)(?P<sep2>[/.-])(?P<m2>[01]?\d)(?P=sep2)"
                      r"(?P<y2>1[89]\d\d|20\d\d)\b"
                      # ("AMPRESS-Wire 0417  12-13-71  21:58 EST": a wire's slug, month
                      # first, the year in two figures, a clock after it)
                      r"|(?P<m3>[01]?\d)-(?P<d3>[0-3]?\d)-(?P<y3>\d\d)(?=\s+[0-2]?\d:[0-5]\d\b)"
                      # ("STOCKHOLM 19.7.58 -- 0715 -- FIRST LEAD": a European wire's slug, day
                      # first, the year in two figures, the clock after it)
                      r"|(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?P<y4>\d\d)"
                      r"(?=\s+(?:-{1,3}\s+)?(?:[0-2]\d[0-5]\d|[0-2]?\d[:.][0-5]\d)\b)")
# "on the 4th", "late on the 21st", "the night of the 3rd": a day of the reference month
# ("the 15th October" is read with its month; "the 15th, New York time" is a day alone)
_ORDINAL_DAY = re.compile(r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
                          r"(?![\s,]+(?:of\s+)?[A-Z](?!ew\s+York\s+time\b))"
                          r"(?!\s+(?:floor|time|round|anniversary|session|day|meeting|century|"
                          r"year|consecutive|straight|attempt|resolution|draft|veto|vote|"
                          r"edition|amendment|paragraph|article|plenary|emergency|special|"
                          r"committee|member|country|state|place|largest|biggest|most|"
                          # (a range, "the 20th to the 25th"; not "on Friday the 20th to
                          # send a commission")
                          r"such|of|annual|and|to(?=\s+(?:the\s+)?\d)|or)\b)")
# ("on Tuesday the 13th": the weekday, then the day of the month)
# ("on Thursday, the 21st", "on Thursday of last week, the 21st")
_ORDINAL_PREP = re.compile(r"\b(?:on|of|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|week,)\s+"
                           r"the\s+$", re.I)
_WEEKDAY_BEFORE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+$")
_YEAR_ONLY = re.compile(r"(?:19[4-9]\d|20\d\d)\b(?![-/]\d)")
_YEAR_PREP = re.compile(r"\b(in|since|until|of|by|from|before|after|during|early|late|mid)"
                        r"[\s-]+$", re.I)
_MONTH_ALONE = re.compile(rf"{_FULL_MONTHS}\b(?![\s.]*\d)")
_MONTH_PREP = re.compile(r"\b(in|last|since|until|early|late|mid|during|by|through|this|next|"
                         r"earlier\s+in|later\s+in)[\s-]+$", re.I)
# ("Saturday night's bomb attacks": the possessive after the part of the day, too)
_WEEKDAY_RE = re.compile(rf"(?P<wd>{_WD})(?P<pos>'s)?"
                         r"(?:\s+(?P<part>night|evening|morning|afternoon)\b(?P<pos2>'s)?)?")
_WEEKDAY_MOD = re.compile(r"\b(last|previous|next|this|coming|on|since|until|by|before|after)\s+"
                          r"(?:(?:late|early)\s+(?:on\s+)?)?$|\b(?:late|early)\s+(?:on\s+)?$",
                          re.I)
# "the Friday before Christmas", "the Monday after New Year": a weekday fixed by a holiday
_HOLIDAY_AFTER = re.compile(r"\s+(before|after)\s+(Christmas|New\s+Year)(?:'s)?(?:\s+Day)?\b")
_HOLIDAYS = {"chr": (12, 25), "new": (1, 1)}
# the feasts named by their weekday, whose day the weekday alone does not give
_FEAST_BEFORE = re.compile(r"\b(?:palm|easter|good|holy|maundy|low|whit|trinity|pentecost|"
                           r"advent|ash|shrove)\s+$", re.I)
_RELATIVE = re.compile(
    r"\b(?:(?:the\s+)?day\s+before\s+yesterday|today|tonight|yesterday|overnight|last\s+night|this\s+(?:evening|morning|"
    # (not "the day before that", "the day before the vote": the day before another day)
    r"afternoon)|earlier\s+today|on\s+the\s+same\s+day|the\s+day\s+before"
    # (nor "the day before Thanksgiving": a holiday's eve)
    r"(?!\s+(?:that|then|the|its|their|this|it|his|her|our|a|an|thanksgiving|christmas|easter|"
    r"new\s+year|independence|eid|election|polling)\b)|"
    r"a\s+week\s+ago(?:\s+today)?|(?:two|three|2|3)\s+weeks\s+ago(?:\s+today)?)\b",
    re.I,
)
# _RELATIVE without re.I, for ASCII text in lower case (where it finds the same spans): the
# engine compares letters as they are instead of folding each case at every position. Only
# while the pattern is written in lower case.
_RELATIVE_LOW = re.compile(_RELATIVE.pattern) if _RELATIVE.pattern == _RELATIVE.pattern.lower() \
    else None
_RELATIVE_WORDS = ("today", "tonight", "yesterday", "overnight", "last night", "this evening",
                   "this morning", "this afternoon", "same day", "day before", "week ago",
                   "weeks ago")
_WEEKS_AGO = {"a": -7, "two": -14, "2": -14, "three": -21, "3": -21}
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


def _boundary(text: str, s: int) -> bool:
    return s == 0 or not text[s - 1].isalnum()


_MONTH_STARTS = tuple(w for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                   "Sep", "Oct", "Nov", "Dec") for w in (m, m.upper()))
_WEEKDAY_STARTS = tuple(w for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
                        for w in (d, d.upper()))
# The same words found in one pass (``lexicon.word_starts`` scans the text once per word):
# all are letters, so no word start falls inside an earlier match and none is missed.
_MONTH_STARTS_RE = re.compile("|".join(_MONTH_STARTS))
_WEEKDAY_STARTS_RE = re.compile("|".join(_WEEKDAY_STARTS))
_DIGIT_RUN = re.compile(r"\d+")


def _letter_word_starts(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[int]:
    """``word_starts(text, lo, hi, words)`` for ``pattern``, the alternation of ``words``
    (letters only)."""
    return [i for m in pattern.finditer(text, lo, hi)
            if (i := m.start()) == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")]


def _day_and_month(m: re.Match[str], start: int) -> DateMention:
    """A "26 May [2022]" or "May 26[, 2022]" match: a full date when the year is there."""
    y = m.group("year")
    return DateMention("full" if y else "monthday", start, m.end(), int(y) if y else None,
                       _month(m.group("mon")), int(m.group("day")))


_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth")
_SPELLED_ORDINALS = {w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)} | {
    w: i + 10 for i, w in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                      "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                      "nineteenth", "twentieth"))} | {
    f"twenty-{w}": 21 + i for i, w in enumerate(_ORDINAL_UNITS)} | {
    "thirtieth": 30, "thirty-first": 31}
# a day's ordinal, spelled or in figures ("sixteenth", "16th")
_DAY_ORDINAL = ("(" + "|".join(sorted(_SPELLED_ORDINALS, key=len, reverse=True))
                + r"|(?:[12]?\d|3[01])(?:st|nd|rd|th))")
# ... and "the 16th of September", the ordinal in figures
_SPELLED_DAY_OF = re.compile(r"\bthe\s+" + _DAY_ORDINAL + r"\s+of\s+$", re.I)
# "on the seventh of the month", "the 7th of this month"
_DAY_OF_THIS_MONTH = re.compile(r"\b(?:on\s+)?the\s+" + _DAY_ORDINAL
                                + r"\s+of\s+(?:the|this)\s+month\b", re.I)
_DAY_OF_THIS_MONTH_GATE = re.compile(r"\sof\s+th(?:e|is)\s+month\b")


def _ordinal_day(word: str) -> int:
    """The day an ordinal names: "sixteenth" or "16th" → 16."""
    return int(word[:-2]) if word[:1].isdigit() else _SPELLED_ORDINALS[word.lower()]


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in ``text[start:end]`` (spans index ``text``).

    Each pattern is tried only where a month, a weekday or a number starts (found with
    ``str.find``): an article has a few dozen such places, and thousands of characters.
    """
    stop = len(text) if end is None else end
    found: list[DateMention] = []
    for s in _letter_word_starts(_MONTH_STARTS_RE, text, start, stop):
        m = _MONTH_DAY.match(text, s, stop)
        if m:
            found.append(_day_and_month(m, s))
            continue
        if "th of " in text[max(start, s - 6):s] or "st of " in text[max(start, s - 6):s] or (
                "nd of " in text[max(start, s - 6):s]) or "rd of " in text[max(start, s - 6):s]:
            om = _SPELLED_DAY_OF.search(text, max(start, s - 30), s)
            if om is not None and (mw := _MONTH_WORD.match(text, s, stop)):
                # "on the twenty-fifth of November", as a transcript spells it
                my = _MONTH_YEAR.match(text, s, stop)
                year = int(my.group("year")) if my else None
                found.append(DateMention("full" if year else "monthday", om.start(),
                                         my.end() if my else mw.end(), year, _month(mw.group()),
                                         _ordinal_day(om.group(1))))
                continue
        ends = _ENDS_OF.search(text, max(start, s - 24), s) if (
            "day of" in text[max(start, s - 8):s]) else None
        if ends is not None and (mm := _MONTH_WORD.match(text, s, stop)):
            # "On the last day of January": the 31st
            my = _MONTH_YEAR.match(text, s, stop)
            year, mon = (int(my.group("year")) if my else None), _month(mm.group())
            day = 1 if ends.group(1).lower() == "first" else monthrange(year or 2001, mon)[1]
            found.append(DateMention("full" if year else "monthday", ends.start(),
                                     my.end() if my else mm.end(), year, mon, day))
            continue
        m = _MONTH_YEAR.match(text, s, stop)
        if m:
            found.append(DateMention("monthyear", s, m.end(), int(m.group("year")),
                                     _month(m.group("mon"))))
            continue
        m = _MONTH_ALONE.match(text, s, stop)
        if m:
            pm = _MONTH_PREP.search(text, max(start, s - 12), s)
            if pm:
                found.append(DateMention("month", pm.start(), m.end(),
                                         month=_month(m.group()), modifier=pm.group(1).lower()))
    for run in _DIGIT_RUN.finditer(text, start, stop):
        s = run.start()
        if not _boundary(text, s):
            continue
        # what can follow decides what to try: "19/10/2023", "26 May", "in 2017"
        width, after = run.end() - s, text[run.end():run.end() + 1]
        m = _NUMERIC.match(text, s, stop) if after in "/.-" and after else None
        if m:
            if m.group("y1"):
                found.append(DateMention("full", s, m.end(), int(m.group("y1")),
                                         int(m.group("m1")), int(m.group("d1"))))
            elif m.group("y3"):
                yy = int(m.group("y3"))
                found.append(DateMention("full", s, m.end(), (1900 if yy >= 30 else 2000) + yy,
                                         int(m.group("m3")), int(m.group("d3"))))
            elif m.group("y4"):
                yy = int(m.group("y4"))
                found.append(DateMention("full", s, m.end(), (1900 if yy >= 30 else 2000) + yy,
                                         int(m.group("m4")), int(m.group("d4"))))
            else:
                day, mon = int(m.group("d2")), int(m.group("m2"))
                if mon > 12 >= day:  # 10/19/2023: the month came first after all
                    day, mon = mon, day
                elif day <= 12 and mon <= 12 and day != mon:
                    # "Thu, 10/05/2023": a weekday before it says which order was meant
                    wm = _WEEKDAY_BEFORE.search(text, max(start, s - 12), s)
                    if wm is not None:
                        wd = [k for k in WEEKDAYS if k.startswith(wm.group(1).lower())][0]
                        y2 = int(m.group("y2"))
                        dm, md = safe_date(y2, mon, day), safe_date(y2, day, mon)
                        if md and md.weekday() == WEEKDAYS[wd] and not (
                                dm and dm.weekday() == WEEKDAYS[wd]):
                            day, mon = mon, day
                found.append(DateMention("full", s, m.end(), int(m.group("y2")), mon, day))
            continue
        m = _DAY_MONTH.match(text, s, stop) if width <= 2 else None
        if m:
            found.append(_day_and_month(m, s))
            continue
        m = _ORDINAL_DAY.match(text, s, stop) if width <= 2 else None
        if m:
            pm = _ORDINAL_PREP.search(text, max(start, s - 16), s)
            if pm and 1 <= int(m.group("day")) <= 31:
                # ("on Tuesday the 13th": the weekday a mention of its own, the day after it)
                ds = pm.start() if pm.group()[:3].lower() in ("on ", "of ") else (
                    pm.start() + pm.group().lower().rfind("the"))
                found.append(DateMention("day", ds, m.end(), day=int(m.group("day")),
                                         modifier="on"))
            continue
        m = _YEAR_ONLY.match(text, s, stop) if width == 4 else None
        if m:
            pm = _YEAR_PREP.search(text, max(start, s - 14), s)
            if pm:
                found.append(DateMention("year", pm.start(), m.end(), int(m.group()),
                                         modifier=pm.group(1).lower()))
    for s in _letter_word_starts(_WEEKDAY_STARTS_RE, text, start, stop):
        m = _WEEKDAY_RE.match(text, s, stop)
        if not m:
            continue
        if _FEAST_BEFORE.search(text, max(start, s - 12), s):
            continue  # "by Palm Sunday", "on Good Friday": a feast of the church year
        pm = _WEEKDAY_MOD.search(text, max(start, s - 22), s)
        end, mod = m.end(), (pm.group(1) or "").lower() if pm else ""
        if text.startswith((" of last week", " of the previous week", " last week"), end):
            # "On Tuesday of last week": that weekday in the calendar week before the story's
            # ("Wednesday last week, 24 November, the Council adopted")
            end = text.find("week", end) + 4
            mod = "last week"
        elif text.startswith((" before ", " after "), end):
            hm = _HOLIDAY_AFTER.match(text, end, stop)
            if hm is not None:  # "the Friday before Christmas"
                end = hm.end()
                mod = f"{hm.group(1)} {hm.group(2)[:3].lower()}"
        found.append(DateMention("weekday", pm.start() if pm else s, end,
                                 weekday=WEEKDAYS[m.group("wd").lower()],
                                 modifier=mod,
                                 possessive=bool(m.group("pos") or m.group("pos2"))))
    seg = text[start:stop].lower()
    if any(w in seg for w in _RELATIVE_WORDS):
        low = _RELATIVE_LOW if _RELATIVE_LOW is not None and text.isascii() else None
        for m in (low.finditer(text.lower(), start, stop) if low is not None
                  else _RELATIVE.finditer(text, start, stop)):
            rel = " ".join(m.group().lower().split())
            delta = -1 if rel in ("yesterday", "last night", "the day before", "overnight") else (
                _WEEKS_AGO[rel.split()[0]] if " ago" in rel else (
                    -2 if rel.endswith("before yesterday") else 0))
            found.append(DateMention("relative", m.start(), m.end(), rel=delta, modifier=rel))
    if " of th" in seg and _DAY_OF_THIS_MONTH_GATE.search(seg):
        for m in _DAY_OF_THIS_MONTH.finditer(text, start, stop):
            # "on the seventh of the month": a day of the reference month
            found.append(DateMention("day", m.start(), m.end(), day=_ordinal_day(m.group(1)),
                                     modifier="on"))
    # Keep the longest mention where two overlap ("October 31, 1956" over "1956").
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        if out and d.kind == "weekday" and out[-1].kind in ("full", "monthday") and (
                "," in (gap := text[out[-1].end:d.start])) and gap.strip(" ,") in ("", "a"):
            continue  # "On March 8, a Thursday": the weekday of the day just named
        if out and out[-1].kind == "weekday" and d.kind == "relative" and " ago" in (
                d.modifier) and not text[out[-1].end:d.start].strip(" ,"):
            # "On Tuesday two weeks ago": the weeks say which Tuesday
            d.start = out[-1].start
            out.pop()
        if out and out[-1].kind == "weekday" and d.kind in ("full", "monthday", "day") and (
                text[out[-1].end:d.start].strip(" ,") in ("", "the")) and not out[-1].modifier:
            # "Friday, 2 April", "on Saturday, 19 September": the day in full says which
            # Friday, and takes the weekday's place (and its "on")
            d.modifier, d.start = out[-1].modifier, out[-1].start
            out.pop()
        if not d.modifier:
            pm = _PREP_BEFORE.search(text, max(0, d.start - 10), d.start)
            if pm:
                d.modifier = pm.group(1).lower()
        out.append(d)
    return out


def in_review(day: date, ref: date, back: int) -> bool:
    """Is ``day`` within ``back`` days before ``ref``, or in ``ref``'s own year? A review
    of the year (its headings, its dated entries) runs back to January."""
    return ref - timedelta(days=back) <= day or day.year == ref.year


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
    if m.kind == "day":
        # the latest such day on or before the reference day (the 30th, read on the 2nd,
        # is last month's)
        y, mo = ref.year, ref.month
        for _ in range(3):
            d = safe_date(y, mo, m.day)
            if d is not None and d <= ref + timedelta(days=1):
                return d
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        return None
    if m.kind == "weekday":
        assert m.weekday is not None
        side, _, which = m.modifier.partition(" ")
        if which in _HOLIDAYS:
            month, day = _HOLIDAYS[which]
            feast = date(ref.year, month, day)
            if feast > ref + timedelta(days=7):
                feast = date(ref.year - 1, month, day)
            if side == "before":
                return feast - timedelta(days=(feast.weekday() - m.weekday - 1) % 7 + 1)
            return feast + timedelta(days=(m.weekday - feast.weekday() - 1) % 7 + 1)
        back = (ref.weekday() - m.weekday) % 7
        if m.modifier in ("next", "coming"):
            return ref + timedelta(days=(m.weekday - ref.weekday()) % 7 or 7)
        if m.modifier == "last week":
            return ref - timedelta(days=ref.weekday() + 7 - m.weekday)
        if m.modifier in ("last", "previous") and back <= 1:
            # "last Thursday" in a Friday paper is the week before: yesterday would be
            # "yesterday" or "on Thursday" (and "the previous Friday", told after a vote on
            # Monday, is the Friday before that Monday)
            back += 7
        return ref - timedelta(days=back)
    if m.kind == "relative":
        return ref + timedelta(days=m.rel)
    return None


# --------------------------------------------------------------------------- page dates




def header_date(text: str, body_start: int, raw: str | None = None) -> DateMention | None:
    """The page's own date: the first full date in the lines above the story, else a date
    standing alone on the last line ("September 30, 2022" under some wire copy), else one on
    a short line of page furniture (``raw``, the text with its own line breaks, finds the
    lines)."""
    limit = min(max(body_start, 0), 3000)
    found = find_dates(text, 0, limit)
    for i, m in enumerate(found):
        if m.kind == "full":
            first = found[i - 1] if i else None
            if first is not None and first.kind == "monthday" and _RANGE_GAP.fullmatch(
                    text, first.end, m.start) and first.month is not None and (
                    (first.month, first.day) < (m.month, m.day)):
                # "Friday, December 3 - Thursday, December 9, 1999": a weekly's issue runs
                # from its first day, the day it came out
                return replace(m, start=first.start, month=first.month, day=first.day)
            return m
    for m, nxt in zip(found, found[1:], strict=False):
        if m.kind == "monthyear" and nxt.kind == "monthday" and nxt.month == m.month and (
                nxt.start - m.end <= 40) and "\n" not in text[m.end:nxt.start]:
            # "Newsletter, April 1960 -- issued Saturday, 9 April": the issue's month and year,
            # then its day
            return replace(nxt, kind="full", year=m.year, start=m.start)
    tail = text.rstrip()
    last_line = tail.rfind("\n") + 1
    if len(tail) - last_line <= 60:
        for m in find_dates(text, last_line, len(tail)):
            if m.kind == "full":
                return m
    return _date_line(text, raw if raw is not None else text)


# between the two days of an issue's run: "December 3 - Thursday, December 9, 1999"
_RANGE_GAP = re.compile(r"\s*(?:-{1,3}|\u2013|\u2014|to)\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)"
                        r"[a-z]*\.?,?\s+)?", re.I)


# A line that carries the page's date among its furniture: "21 November 2024 | Verification
# desk", "By a staff correspondent | 9 November 1994", "Posted: Wed 31 Dec 2014 at 9:40am",
# "Recorded Thursday 5 June 2025. Transcript ...". The date opens the line (after a label
# and a weekday), or a "|" stands beside it, or it closes the line.
_LINE_LABEL = re.compile(
    r"^[\s|*\[(-]*(?:(?:first\s+|last\s+)?(?:posted|published|updated|recorded|filed|dated?|"
    r"aired|broadcast|issued)\s*(?:on\s*)?:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?$", re.I)
_LINE_AFTER = re.compile(r"\s*(?:$|[|.,;)\]]|\d{1,2}[:.]\d\d|at\s+\d)", re.I)
# "THE MORNING BRIEF -- Friday, October 7, 2016": a masthead, a dash, the day closing the line
# ... "Vol. 9, No. 40 -- London, Monday 5 October 1992": with the place it comes from
_LINE_DASH = re.compile(r"\s(?:-{1,3}|\u2014|\u2013)\s+(?:[a-z]+(?:\s+[a-z]+)?,\s+)?"
                        r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?$", re.I)

# "Transcript of the Saturday morning news, 18 November 2017, 7:00 a.m.": the programme the
# page holds, then its day after a comma
_LINE_PROGRAMME = re.compile(r"\b(?:news|bulletin|transcript|edition|programme|program|"
                             r"broadcast|show|segment)\s*,\s*"
                             r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?$", re.I)


def _date_line(text: str, lines: str) -> DateMention | None:
    """The page's date on a short line of furniture among the first few lines or the last
    few (a story with no header above its first paragraph, or its date line at the foot);
    ``lines`` is ``text`` with its line breaks."""
    starts: list[int] = []
    pos = 0
    for _ in range(6):  # the first lines
        if pos >= len(lines) or pos > 800:
            break
        starts.append(pos)
        nl = lines.find("\n", pos)
        pos = len(lines) + 1 if nl == -1 else nl + 1
    pos = len(lines.rstrip())
    for _ in range(3):  # the last lines
        prev = lines.rfind("\n", 0, max(pos - 1, 0))
        pos = prev + 1
        if pos not in starts:
            starts.append(pos)
        if prev == -1:
            break
    for a in starts:
        nl = lines.find("\n", a)
        b = len(lines) if nl == -1 else nl
        if b - a > 100 or b <= a:
            continue
        for m in find_dates(text, a, b):
            if m.kind != "full":
                continue
            before, after = text[a:m.start], text[m.end:b]
            if (_LINE_LABEL.match(before) or before.rstrip().endswith("|")
                    or after.lstrip().startswith("|")) and (
                    _LINE_AFTER.match(after) or before.rstrip().endswith("|")):
                return m
            if "," in before and _LINE_PROGRAMME.search(before) and _LINE_AFTER.match(after):
                return m
            if not after.strip(" .") and ("-" in before or "\u2014" in before or (
                    "\u2013" in before)) and _LINE_DASH.search(before):
                return m
    return None


_MONTH_NAMES = _MON
_DATELINE = re.compile(
    # ("(N.Z.P.A.-Reuter)  NEW YORK, December 16.": the agency's bracket first)
    r"^[ \"']*(?:\([A-Z][\w.& -]{1,30}\)\s*)?[ \"'(]*"
    # (not "On 7 March. The draft ...": a preposition is no place)
    r"(?!(?:On|In|At|By|From|Since|Until|Before|After|Last|Next|Then|And|But)\b)"
    r"(?P<place>[A-Z][A-Za-z.'& /-]{1,50}?(?:,\s*[A-Z][A-Za-z.' ]{1,20}?)*)"
    r"(?:\s*\([^)\n]{1,40}\))?\s*,?\s*"
    rf"(?:(?P<mon1>{_MONTH_NAMES})\s+(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH_NAMES}))"
    r"(?:,?\s+(?P<year>1[89]\d\d|20\d\d)|\s*[(\[](?P<year2>1[89]\d\d|20\d\d)[)\]])?"
    r"\.?\s*(?:\([^)\n]{1,40}\)|/[^/\n]{1,30}/)?\.?\s*(?:-{1,3}|\u2014|\u2013|:|\.|$"
    # ... "New York, 29 April 1991 (sda) The UN Security Council today": the agency's
    # bracket, then the story with no dash
    r"|(?<=\)\s)(?=[A-Z][a-z]))"
)


# words a headline's phrase may end on before a date, which no place name ends on
_NOT_A_PLACE_END = frozenset(("to", "until", "till", "by", "on", "from", "since", "before",
                              "after", "for", "of", "in", "at", "through", "due"))


def dateline(block: str) -> tuple[int, int, int | None, int] | None:
    """(month, day, year or None, end offset) of a wire dateline opening ``block``.

    "UNITED NATIONS, May 26 (Reuters) -", "UNITED NATIONS, N. Y., Oct. 30 --",
    "MOSCOW, February 28. /TASS/.", "New York, 26 May 2022 (Xinhua) --".
    """
    head = block[:160]
    # (a cheap gate: a dateline gives the day of the month, so it has a digit; the pattern's
    # lazy place name backtracks over the whole head of a paragraph before it fails)
    m = _DATELINE.match(head) if _DIGIT_RUN.search(head) else None
    if not m:
        return None
    place = m.group("place")
    if place.strip().lower() in WEEKDAYS:
        return None  # "TUESDAY, MARCH 11, 1947.": the paper's date line, not a place
    if place.split()[-1].lower() in _NOT_A_PLACE_END:
        return None  # "MANDATE EXTENDED TO 15 DECEMBER": a headline's deadline, not a place
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
    # the year may follow in brackets, as an editor's insertion ("Oct. 31 (1956)")
    y = m.group("year") or m.group("year2")
    year = int(y) if y else None
    return month, dd, year, m.end()


# A dateline inside a flattened page ("... Invasion UNITED NATIONS, Dec. 23 - The United
# States ..."): the place all in capitals, then the date, just before a dash.
_INLINE_DATELINE = re.compile(
    r"(?<![\w,])(?P<place>[A-Z][A-Z.'&/ -]{2,40}?(?:,\s*[A-Z][A-Za-z.' ]{1,20}?)*),\s*"
    rf"(?:(?P<mon1>{_MONTH_NAMES})\s+(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH_NAMES}))"
    r"(?:,?\s+(?P<year>1[89]\d\d|20\d\d))?\.?\s*(?:\([^)\n]{1,40}\))?\s*$"
)


def inline_dateline(text: str, lo: int, hi: int) -> tuple[int, int, int | None, int] | None:
    """(month, day, year or None, end offset) of the first capitalised dateline anywhere in
    ``text[lo:hi]``, for pages whose dateline is not at the start of a paragraph."""
    i = text.find(" -", lo, hi)
    while i != -1:
        m = _INLINE_DATELINE.search(text, max(lo, i - 80), i + 1)
        if m is not None and len(m.group("place").replace(" ", "")) >= 3:
            try:
                month = _month(m.group("mon1") or m.group("mon2"))
                dd = int(m.group("day1") or m.group("day2"))
            except (KeyError, ValueError, AttributeError):
                month = 0
            if month:
                end = i + 2
                while end < len(text) and text[end] == "-":
                    end += 1
                return month, dd, int(m.group("year")) if m.group("year") else None, end
        i = text.find(" -", i + 2, hi)
    return None


# "Digitized from our print edition of Sunday, December 24, 1989", "Published in the August
# 2015 issue", "A version of this article appears in print on Dec. 24, 1989": the day (or
# month) the story was first printed, which outranks a web page's own date. Matched on the
# lower-cased text from a handful of literal words (a regex opening with an alternation
# would try every position of the article).
_EDITION_WORDS = re.compile(r"edition|published|printed|appear|ran\b")
_EDITION_BEFORE = re.compile(
    r"(?:(?:print|printed|paper|newspaper|morning|evening|late|final)\s+$)"
    r"|(?:(?:first|originally)\s+$)|(?:^|\n)[ \t]*$")
_EDITION_AFTER = re.compile(
    r"(?:ed|s)?\s+in\s+(?:print\b|(?:the|our)\s+[^.\n]{0,30}?(?:issue|edition)\b)")


_FOR_ANOTHER = re.compile(r"\b(?:prepared|translated|compiled|made|rendered)\s+for\b[^.\]]*$")


def edition_date(text: str) -> tuple[date | None, tuple[int, int] | None]:
    """(full day, or (year, month) of a monthly issue) of the story's print edition."""
    low = text.lower()
    for m in _EDITION_WORDS.finditer(low):
        word = m.group()
        before = _EDITION_BEFORE.search(low, max(0, m.start() - 25), m.start())
        if word == "edition":
            # "print edition of ...", or a source note: ""Le Courrier", edition of Monday
            # 24 July 1961"
            ok = (before is not None and not before.group().strip(" \t\n") == "") or (
                low.startswith((" of ", " dated "), m.end()))
        elif word == "ran":
            ok = before is not None and before.group().strip().startswith(("first", "orig"))
        else:
            ok = before is not None or _EDITION_AFTER.match(low, m.end()) is not None
        if not ok or _FOR_ANOTHER.search(low, max(0, m.start() - 80), m.start()):
            # ("Translation ... prepared for the West Africa Media Monitor, weekly edition of
            # 19 December 2005": the monitor's issue, not the paper's)
            continue
        hi = min(len(text), m.end() + 70)
        stop = text.find(".", m.end(), hi)
        # a period ends the sentence, unless it closes an abbreviation ("Dec. 24")
        while stop > 3 and text[stop - 3].isupper() and text[stop - 3:stop].isalpha():
            stop = text.find(".", stop + 1, hi)
        found = find_dates(text, m.start(), stop if stop >= 0 else hi)
        for d in found:
            if d.kind == "full":
                return safe_date(d.year, d.month, d.day), None
        for d in found:
            if d.kind == "monthyear" and d.year and d.month:
                return None, (d.year, d.month)
    return None, None


# "This episode was recorded on Friday, 20 July 2012.", "The article was first published on
# 3 May 1999": the piece names its own day in a sentence of its own, often at its foot.
_SELF_VERBS = ("was recorded", "was published", "was first published", "was taped",
               "was written", "was filed", "was broadcast", "was aired", "was posted",
               "were recorded")
_EDS_MOVED = re.compile(r"\b(?:moved|sent|filed|transmitted)\s+(?:at\s+)?\d{1,2}:?\d\d\s*"
                        r"(?:[ap]\.?m\.?\s*)?(?:gmt|utc|[ecmp][sd]t)?\s*,?")
_SELF_NOUN = re.compile(r"\b(?:this|the|our)\s+(?:\w+\s+)?(?:episode|article|story|report|piece|"
                        r"interview|programme|program|podcast|newsletter|column|transcript|"
                        r"brief|briefing|conversation|dispatch|edition|discussion|"
                        r"remarks|notes?)\s*$")


def self_dated(text: str, low: str) -> date | None:
    """The day a piece says it was recorded, written or published, in a sentence of its own."""
    for verb in _SELF_VERBS:
        i = low.find(verb)
        while i >= 0:
            if _SELF_NOUN.search(low, max(0, i - 40), i):
                for m in find_dates(text, i + len(verb), min(len(text), i + len(verb) + 45)):
                    if m.kind == "full":
                        return safe_date(m.year, m.month, m.day)
                    if m.kind != "weekday":  # "on Friday, 20 July 2012"
                        break
            i = low.find(verb, i + len(verb))
    if "eds:" in low[:1500]:
        # "Eds: Updates with vote details. Moved 0012 GMT Wednesday, July 15, 2015.": the
        # wire's note to editors says when the copy went out
        for em in _EDS_MOVED.finditer(low, 0, 1500):
            for m in find_dates(text, em.end(), min(len(text), em.end() + 60)):
                if m.kind == "full":
                    return safe_date(m.year, m.month, m.day)
                if m.kind != "weekday":
                    break
    if "published" in low or "printed" in low or "appeared" in low:
        # "(Published in The Lakeshore Daily Record, Wednesday, May 11, 1988, page A9.)": a
        # note of its own, at the head or the foot of the copy
        for pm in _PUBLISHED_IN.finditer(low):
            for m in find_dates(text, pm.end(), min(len(text), pm.end() + 120)):
                if m.kind == "full":
                    return safe_date(m.year, m.month, m.day)
                if m.kind != "weekday":
                    break
    return None


_PUBLISHED_IN = re.compile(r"(?:^|[(\[])\s*(?:first\s+)?(?:published|printed|reprinted|appeared)\s+"
                           r"(?:in|by)\b", re.M)


def full_year(yy: int) -> int:
    """A two-digit year in a slug or a short date: the Council first sat in 1946."""
    return (1900 if yy >= 45 else 2000) + yy


# "UPN 08-22-68 11:48 PED", "AP-NY-10-25-83 2047EDT": the wire's filing slug at the foot of
# the copy, month-day-year with a two-digit year and a clock time after it (a transmission
# header on the first lines may put the day first: "10-03-73 1942 GMT").
_SLUG = re.compile(r"(?<!\d)(?P<m>[0-3]?\d)[-/](?P<d>[0-3]?\d)[-/](?P<y>\d\d)(?![-/\d])"
                   r"\s+\d{1,2}:?\d\d(?!\d)")


# "AWS-12-02-66 mk", "AP-NY-12-02-66": an agency's letters, then month-day-year, on the last
# lines of wire copy
# ("(end) TAP-07-31-94 1812EDT": after the copy's end mark)
_FOOT_SLUG = re.compile(r"^(?:\(end\)\s*)?[A-Z]{2,6}(?:-[A-Z]{2,4})?-"
                        r"(?P<m>[01]?\d)-(?P<d>[0-3]?\d)-(?P<y>\d\d)\b", re.M)
# "06-15-06 1627EDT": the date and time stamp alone on the copy's last line
_FOOT_STAMP = re.compile(r"^(?P<m>[01]?\d)-(?P<d>[0-3]?\d)-(?P<y>\d\d)\s+\d{1,2}:?\d\d\s?"
                         r"(?:[ecmp][sd]t|gmt|utc|z)\s*$", re.M | re.I)


def foot_slug_date(text: str) -> date | None:
    """The filing day an agency's sign-off on the copy's last lines gives."""
    tail = text.rstrip()[-200:]
    found = {(int(m.group("y")), int(m.group("m")), int(m.group("d")))
             for m in (*_FOOT_SLUG.finditer(tail), *_FOOT_STAMP.finditer(tail))}
    if len(found) != 1:
        return None
    yy, month, day = found.pop()
    return safe_date(full_year(yy), month, day)


def slug_year(text: str, month: int, day: int) -> int | None:
    """The year a wire slug on the last lines gives, when its month and day are the
    dateline's (``month``, ``day``): a two-digit year needs that check to be read safely."""
    tail_at = len(text.rstrip())
    for _ in range(3):
        tail_at = text.rfind("\n", 0, max(tail_at - 1, 0))
        if tail_at < 0:
            tail_at = 0
            break
    tail = text[tail_at:]
    if "-" in tail or "/" in tail:
        for m in _SLUG.finditer(tail):
            if int(m.group("m")) == month and int(m.group("d")) == day:
                return full_year(int(m.group("y")))
    # ("ZCZC INA0317 AFR ... 10-03-73 1942 GMT" over "UNITED NATIONS, NEW YORK, MARCH 10":
    # a transmission header on the first lines, day first as outside America)
    for m in _SLUG.finditer(text, 0, min(len(text), 300)):
        first, second = int(m.group("m")), int(m.group("d"))
        if (first, second) in ((month, day), (day, month)):
            return full_year(int(m.group("y")))
    return None


# "POLICY BRIEF 23/17 \u2014 September 2023", "Issue of May 1991", "Newsletter | March 2018":
# a page dated by its month alone, on a short line above the story.
_ISSUE_BEFORE = re.compile(r"(?:^|[|\u2014\u2013\u00b7:,(]|\s-|\b(?:(?:issue|edition)(?:\s+of)?|"
                           r"dated))\s*$", re.I | re.M)


def issue_month(text: str, body_start: int) -> tuple[int, int] | None:
    """(year, month) of a page dated only by its month on a line of furniture above the
    story: the month closes the line, after a separator or a word like "Issue of"."""
    limit = min(max(body_start, 0), 800)
    for m in find_dates(text, 0, limit):
        if m.kind != "monthyear" or m.year is None or m.month is None:
            continue
        a = text.rfind("\n", 0, m.start) + 1
        b = text.find("\n", m.end)
        b = len(text) if b < 0 else b
        if b - a > 90 or text[m.end:b].strip(" .)]"):
            continue
        if _ISSUE_BEFORE.search(text, a, m.start):
            return m.year, m.month
    return None


# "AIRDATE: 07/20/87", "Date: 20/07/87": a labelled short date among the first lines, the
# year in two digits. Read only when the order of day and month is beyond doubt.
_SHORT_DATE = re.compile(r"\b(?:air|pub|publication|release|issue|story|file|filing)?\s?"
                         r"dated?\s*:\s*(?P<a>[0-3]?\d)[/.-](?P<b>[0-3]?\d)[/.-](?P<y>\d\d)"
                         r"(?![\d/.-])", re.I)


def short_date(text: str, limit: int) -> date | None:
    """The page's day from a labelled date with a two-digit year in ``text[:limit]``."""
    i = text.lower().find("date", 0, limit)
    if i < 0:
        return None
    m = _SHORT_DATE.search(text, max(0, i - 12), limit)
    if m is None:
        return None
    a, b, yy = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    year = full_year(yy)
    if a > 12 >= b:
        return safe_date(year, b, a)
    if b > 12 >= a or a == b:
        return safe_date(year, a, b)
    return None


# "KOREA-UN (LEAD) 25-6-50": a wire's slug line in capitals, the filing day at its end
_SLUG_LINE_DATE = re.compile(r"^[A-Z][A-Z0-9 ()/.,'-]{2,60}?\s(?P<a>[0-3]?\d)-(?P<b>[01]?\d)-"
                             r"(?P<y>\d\d)[ \t]*$", re.M)


def slug_line_date(text: str, limit: int) -> date | None:
    """The filing day on a wire's slug line above the story (``text[:limit]``), when the
    day cannot be read as the month ("25-6-50")."""
    m = _SLUG_LINE_DATE.search(text, 0, limit)
    if m is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    if not a > 12 >= b:
        return None
    return safe_date(full_year(int(m.group("y"))), b, a)


# "Viernes 23 de mayo de 2003", "23 mai 2003", "23. Mai 2003": a header date in Spanish,
# Portuguese, French, Italian or German over a story in English (a local outlet's page).
_FOREIGN_MONTHS = {
    "enero": 1, "janeiro": 1, "janvier": 1, "januar": 1, "gennaio": 1,
    "febrero": 2, "fevereiro": 2, "f\u00e9vrier": 2, "fevrier": 2, "februar": 2, "febbraio": 2,
    "marzo": 3, "mar\u00e7o": 3, "mars": 3, "m\u00e4rz": 3,
    "abril": 4, "avril": 4, "aprile": 4,
    "mayo": 5, "maio": 5, "mai": 5, "maggio": 5,
    "junio": 6, "junho": 6, "juin": 6, "juni": 6, "giugno": 6,
    "julio": 7, "julho": 7, "juillet": 7, "juli": 7, "luglio": 7,
    "agosto": 8, "ao\u00fbt": 8, "aout": 8,
    "septiembre": 9, "setiembre": 9, "setembro": 9, "septembre": 9, "settembre": 9,
    "octubre": 10, "outubro": 10, "octobre": 10, "oktober": 10, "ottobre": 10,
    "noviembre": 11, "novembro": 11, "novembre": 11,
    "diciembre": 12, "dezembro": 12, "d\u00e9cembre": 12, "decembre": 12, "dezember": 12,
    "dicembre": 12,
    # Dutch and the Scandinavian languages ("Zaterdag 19 december 1981", "19. desember")
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "maj": 5, "augustus": 8,
    "augusti": 8, "august": 8, "september": 9, "november": 11, "december": 12,
    "desember": 12, "marts": 3,
    # Hungarian, written year first ("1993. augusztus 10.")
    "janu\u00e1r": 1, "febru\u00e1r": 2, "m\u00e1rcius": 3, "\u00e1prilis": 4,
    "m\u00e1jus": 5, "j\u00fanius": 6, "j\u00falius": 7, "augusztus": 8, "szeptember": 9,
    "okt\u00f3ber": 10,
    # Croatian, in the genitive a date uses ("Utorak, 16. sije\u010dnja 1996.")
    "sije\u010dnja": 1, "velja\u010de": 2, "o\u017eujka": 3, "travnja": 4, "svibnja": 5,
    "lipnja": 6, "srpnja": 7, "kolovoza": 8, "rujna": 9, "listopada": 10, "studenoga": 11,
    "studenog": 11, "prosinca": 12,
}
_FOREIGN_DATE = re.compile(
    # (the first of the month as an ordinal: "1\u00ba de diciembre", "1er d\u00e9cembre")
    r"\b(?P<d>[0-3]?\d)(?:\.|\u00ba|\u00b0|\u00aa|er)?\s+(?:de\s+)?(?P<m>"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + r")\s+(?:de\s+)?(?P<y>1[89]\d\d|20\d\d)\b", re.I)


_YEAR_FIRST_DATE = re.compile(
    r"\b(?P<y>1[89]\d\d|20\d\d)\.\s+(?P<m>"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + r")\s+(?P<d>[0-3]?\d)\.", re.I)


def foreign_header_date(text: str, limit: int) -> date | None:
    """The page's day from a date in another European language in ``text[:limit]``."""
    m = _FOREIGN_DATE.search(text, 0, limit) or _YEAR_FIRST_DATE.search(text, 0, limit)
    if m is None:
        return None
    return safe_date(int(m.group("y")), _FOREIGN_MONTHS[m.group("m").lower()], int(m.group("d")))


# --------------------------------------------------------------------------- drafts

# Before 1994 a draft's symbol was a bare serial number (S/10771). The serials of drafts put
# to the vote each year, lowest and highest, from the Dag Hammarskj\u00f6ld Library's tables of
# Council meetings and the Sciences Po voting file: a number inside one year's range was
# issued that year. Numbers between two years' ranges are left undated.
_DRAFT_SERIALS = (
    (1947, 404, 589), (1948, 836, 1159), (1949, 1246, 1433), (1950, 1443, 1921),
    (1952, 2443, 2773), (1954, 3151, 3236), (1955, 3502, 3512), (1956, 3671, 3755),
    (1957, 3787, 3885), (1958, 3995, 4130), (1960, 4321, 4578), (1961, 4625, 5033),
    (1962, 5095, 5134), (1963, 5407, 5425), (1964, 5973, 6113), (1966, 7285, 7575),
    (1970, 9676, 9976), (1971, 10416, 10489), (1972, 10606, 10805), (1973, 10928, 10974),
    (1974, 11400, 11543), (1975, 11713, 11898), (1976, 11940, 12226), (1977, 12310, 12312),
    (1979, 13027, 13162), (1980, 13729, 13911), (1981, 14459, 14664), (1982, 14832, 15347),
    (1983, 15895, 16077), (1984, 16351, 16732), (1985, 17000, 17633), (1986, 17730, 18428),
    (1987, 18705, 18785), (1988, 19434, 20322), (1989, 20378, 21048), (1990, 21084, 21742),
    (1993, 25693, 25977),
)


def draft_year(number: int) -> int | None:
    """The year an old-style draft symbol S/<number> was issued, when the record pins it."""
    for year, lo, hi in _DRAFT_SERIALS:
        if lo <= number <= hi:
            return year
        if number < lo:
            return None
    return None


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
