"""The story's own calendar: which day "today" is, and whether the page's date can be trusted.

Sources, most trusted first: a dateline with a date ("UNITED NATIONS, May 26 (Reuters) -"),
the publication date the caller gives, the date printed in the page header. Years missing
from all of them come from draft symbols (S/2022/431), resolution numbers and the time in
office of the envoys the story quotes ("U.S. Ambassador Nikki Haley" means 2017 or 2018).

The same envoys check the page's date: a header reading 2019 above a story quoting
Ambassador Samantha Power (2013-2017) is wrong, and the story is re-dated from its own
words ("Sunday's referendum" + "the March 16 referendum" pins a year) when it can be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .actors import Mention, envoys, former
from .dates import (
    MONTHS,
    WEEKDAYS,
    DateMention,
    dateline,
    edition_date,
    find_dates,
    foot_slug_date,
    foreign_header_date,
    header_date,
    inline_dateline,
    issue_month,
    resolution_year,
    resolve,
    safe_date,
    self_dated,
    short_date,
    slug_line_date,
    slug_year,
)
from .sentences import Text

__all__ = ["Timeline", "build_timeline"]

_ROLE_WORDS = {
    "ambassador": r"ambassador|envoy|representative|delegate|deputy|permanent|charg[eé]|"
                  r"counsellor|counselor|spokes\w*|mission",
    "president": r"president",
    "prime minister": r"prime\s+minister|premier|\bpm\b",
    "foreign minister": r"foreign\s+(?:minister|secretary)|secretary\s+of\s+state|minister",
    "secretary-general": r"secretary-general|secretary\s+general|\bun\s+chief\b",
    "chancellor": r"chancellor",
    "leader": r"leader|premier|general\s+secretary|chairman",
    "envoy": r"envoy|coordinator|special\s+representative|under-secretary|chief|head",
}
_ANY_ROLE = re.compile("|".join(f"(?:{v})" for v in _ROLE_WORDS.values()), re.I)
_ROLE_RE = {k: re.compile(v, re.I) for k, v in _ROLE_WORDS.items()}
# "Vassily Nebenzia (Russia)", "Linda Thomas-Greenfield, the US ambassador": a bracket or a
# title right after the name (compiled once: it was built and looked up for every name)
_ROLE_AFTER = re.compile(r"^\s*(?:\([^)]*\)|,\s*(?:[\w'.-]+\s+){0,4}?(?:"
                         + _ANY_ROLE.pattern + r"))", re.I)
_LINKED = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s\s+"
                     r"(?P<noun>[a-z]+(?:\s+[a-z]+)?)")
# _ANY_ROLE without re.I, for ASCII text in lower case (where it finds the same words): the
# engine then skips ahead by first letters instead of trying every word at every position.
# Only while the words are written in lower case (and use no \S, \W or \B).
_ANY_ROLE_LOW = re.compile(_ANY_ROLE.pattern) if all(
    v == v.lower() for v in _ROLE_WORDS.values()) else None


def _names_role(before: str) -> bool:
    """``_ANY_ROLE.search(before) is not None``."""
    if _ANY_ROLE_LOW is not None and before.isascii():
        return _ANY_ROLE_LOW.search(before.lower()) is not None
    return _ANY_ROLE.search(before) is not None


_COPYRIGHT = re.compile(r"(?:[Cc]opyright|\([cC]\)|\u00a9)\s*(?:(?:19|20)\d\d\s*-\s*)?"
                        r"(?P<y>(?:19|20)\d\d)\b")


@dataclass(slots=True)
class Timeline:
    reference: date | None = None  # the day "today" means in the story
    published: date | None = None
    header: date | None = None
    trusted: bool = True  # False when the page's date contradicts the story
    redated: bool = False  # True when the story's own words gave a better reference day
    notes: list[str] = field(default_factory=list)
    year_hint: int | None = None
    edition: date | None = None  # the print edition's day, which outranks the page's date
    coarse: bool = False  # the reference is a monthly issue's first day, not the story's day
    era: date | None = None  # mid-point of the named office holders' common years
    # the days before its reference day a periodical's news may come from: a week for a
    # daily's story, two for a fortnightly digest
    span: int = 7
    # "On this day", "Sixty years ago today": a column of anniversaries, whose votes are of
    # other years and are its news
    almanac: bool = False

    # "New York, May 22 - Britain last night vetoed ..." in the paper of May 23: the
    # correspondent writes for the reader, so "last night" counts from the paper's day
    reader_day: date | None = None
    # "The Security Council last week called on ..." then "adopted on Thursday" in a Thursday
    # weekly: the lead puts the story's news in the week before the paper's
    last_week: bool = False

    def resolve(self, m: DateMention) -> date | None:
        if m.kind == "relative" and m.rel < 0 and self.reader_day is not None:
            return resolve(m, self.reader_day)
        if self.last_week and m.kind == "weekday" and not m.modifier.startswith(
                ("this", "next", "coming", "last")) and self.reference is not None and (
                self.reference.weekday() == m.weekday):
            return self.reference - timedelta(days=7)
        return resolve(m, self.latest if m.kind in ("monthday", "day") else self.reference)

    @property
    def latest(self) -> date | None:
        """The last day the story can speak of: its reference day, or for a monthly issue
        (a coarse reference, the month's first day) the month's last day."""
        ref = self.reference
        if ref is None or not self.coarse:
            return ref
        nxt = date(ref.year + (ref.month == 12), ref.month % 12 + 1, 1)
        return nxt - timedelta(days=1)


def _envoy_window(text: str, mentions: list[Mention]
                  ) -> tuple[date, date, list[str], bool] | None:
    """The span of days when the titled office holders the story names were in office, and
    whether all of them agree on it (an explainer naming Molotov and Gromyko does not)."""
    table = envoys()
    spans: list[tuple[str, list[tuple[date, date]]]] = []
    seen: set[str] = set()
    for m in mentions:
        if m.person is None or m.person in seen:
            continue
        before = text[max(0, m.start - 60):m.start]
        after = text[m.end:m.end + 45]
        if former(text, m.start):
            continue
        offices = table.get(m.person, ())
        # (the anchored match first: it fails at once unless a bracket or comma follows)
        if not (_ROLE_AFTER.match(after) or _names_role(before)):
            continue
        ctx = before + " " + after
        picked = [o for o in offices if _ROLE_RE.get(o.role) and _ROLE_RE[o.role].search(ctx)]
        picked = picked or list(offices)
        intervals = [(o.start or date(1900, 1, 1), o.end or date(2100, 1, 1)) for o in picked]
        spans.append((m.person, intervals))
        seen.add(m.person)
    if not spans:
        return None
    # The window where most office holders overlap (a stray background name is outvoted).
    points = sorted({d for _, iv in spans for s, e in iv for d in (s, e + timedelta(days=1))})
    best: tuple[int, date, date] | None = None
    for i in range(len(points) - 1):
        lo, hi = points[i], points[i + 1] - timedelta(days=1)
        n = sum(any(s <= lo and hi <= e for s, e in iv) for _, iv in spans)
        if n and (best is None or n > best[0]):
            best = (n, lo, hi)
        elif best and n == best[0] and lo == best[2] + timedelta(days=1):
            best = (n, best[1], hi)
    if best is None:
        return None
    names = [p for p, iv in spans if any(s <= best[1] and best[2] <= e for s, e in iv)]
    return best[1], best[2], names, len(names) == len(spans)


def _years_in(lo: date, hi: date) -> range:
    return range(lo.year, hi.year + 1)


def _linked_anchor(text: str, body_start: int, lo: date, hi: date) -> date | None:
    """'Sunday's referendum' + 'the March 16 referendum' → the year March 16 was a Sunday."""
    found = []
    for m in _LINKED.finditer(text, body_start):
        wd = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday"].index(m.group("wd").lower())
        noun = m.group("noun").split()[0]
        for d in find_dates(text, body_start):
            if d.kind != "monthday":
                continue
            if re.match(r"\s+" + re.escape(noun) + r"\b", text[d.end:d.end + 30], re.I):
                for y in _years_in(lo, hi):
                    day = safe_date(y, d.month, d.day)
                    if day and day.weekday() == wd and lo <= day <= hi:
                        found.append(day)
    found = sorted(set(found))
    return found[0] if len(found) == 1 else None


# Words only a story of one era uses, for a story that gives no year: the Council sat at
# Lake Success from 1946 to 1951 (then China's seat was the Republic of China's), and the
# Soviet Union voted until December 1991 (its China being the People's Republic from 1971
# on, the later and longer part of that era).
_ERA_WORDS = (("lake success", date(1949, 1, 1)), ("soviet union", date(1985, 1, 1)),
              ("ussr", date(1985, 1, 1)), ("u.s.s.r.", date(1985, 1, 1)))


# ... not a story of later years looking back: "the former Soviet Union", "post-Soviet"
_SOVIET_PAST = re.compile(r"\b(?:former|post-?|ex-|(?:collapse|fall|break-?up|end|dissolution)"
                          r"\s+of\s+the)\s*soviet|\bsoviet[- ]era\b|\bsoviet\s+times\b")


_ALMANAC = re.compile(r"\bon\s+this\s+(?:day|date)\b|\bthis\s+day\s+in\s+history\b|"
                     r"\btoday\s+in\s+history\b|\bhighlights?\s+in\s+history\b|"
                     r"\byears\s+ago\s+today\b")
# cheap gates: no alternative of _ALMANAC matches without "history" or one of these, whose
# literal starts the engine skips to
_ALMANAC_GATES = (re.compile(r"this\s+(?:day|date)\b"), re.compile(r"ago\s+today\b"))
# (not an institute's "Monthly Review": told in dated sections, it was measured to lose days
# when read with a month's reach)
_MONTHLY = re.compile(r"\bmonthly\s+(?:briefing|bulletin|newsletter|digest|letter)\b")
# (not "the agreement reached in Vienna last week": what the Council acted on)
_COUNCIL_LAST_WEEK = re.compile(
    r"\bcouncil\s+(?:[a-z]+\s+){0,2}?last\s+week\s+[a-z]+(?:ed|ok|ve)\b")
_YEARLY = re.compile(r"\b(?:year\s+in\s+review|review\s+of\s+the\s+year|year-end\s+review|"
                     r"end-of-year\s+review|(?:19|20)\d\d\s+in\s+review|review\s+of\s+(?:19|20)\d\d)\b"
                     # ("THE YEAR ON THE ISLAND: A REVIEW")
                     r"|\bthe\s+year\b[^.\n]{0,40}?\breview\b"
                     # ("THE YEAR IN THE NETHERLANDS INDIES TRADE" as a heading)
                     r"|(?:^|\n)[ \t]*the\s+year\s+in\s+(?!which\b)[^.\n]{3,60}\n")
# a round-up of the year announced near the top ("Year-end notes", "our annual round-up of the
# year", "an account of what the United Nations has done this year")
_YEAR_ROUNDUP = re.compile(r"\byear-end\s+(?:notes|round-?up|digest|letter|report|issue)\b"
                           r"|\b(?:annual|yearly|year's|end-of-year)\s+round-?up\b"
                           r"|\bround-?up\s+of\s+the\s+year\b"
                           r"|\blooking\s+back\s+(?:on|at|over)\s+(?:the\s+|this\s+)?year\b"
                           r"|\bwhat\s+the\s+(?:united\s+nations|u\.?n\.?|security\s+council|"
                           r"council)\s+(?:has\s+|had\s+)?(?:done|did)\s+(?:this|that|last)\s+year\b")
_FORTNIGHTLY = re.compile(r"\bfortnightly\b|\bbi-?weekly\b|\btwice[- ]monthly\b")
_ANY_RESOLUTION = re.compile(r"\bresolution\s+(\d{2,4})\b")
_ANY_YEAR = re.compile(r"(?<![\d/.-])(19[4-9]\d|20[0-4]\d)(?![\d/-])")
_BYLINE_LEAD = re.compile(r"(?i:from|by)\s+(?i:our|a|the)\s+(?:[A-Za-z]+\s+){0,3}"
                          r"(?i:correspondents?)\s*(?:-{1,3}|\u2014|\u2013|,|:)\s*")
# A dateline that names only the weekday, as many papers printed them: "NEW YORK, WEDNESDAY.",
# "LAKE SUCCESS (New York), Friday."
_AGENCY_FIRST = re.compile(r"^\s*\([^)\n]{1,30}\)\s*")
_WEEKDAY_DATELINE = re.compile(
    # (after the byline when a page runs the two together: "From Our Diplomatic Correspondent
    # CHURCH HOUSE, WESTMINSTER, Friday.")
    r"(?i:(?:from|by)\s+our\s+(?:[a-z]+\s+){0,3}correspondents?\s+)?"
    r"[ \"'(]*[A-Z][A-Z.'& -]{2,40}(?:\s*\([A-Z][A-Za-z.' ]{1,20}\))?"
    r"(?:,\s*[A-Z][A-Za-z.' ]{1,20}?)?,\s*"
    r"(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
    # ("PARIS, Thursday night.": filed that night)
    r"(?:\s+(?i:night|evening|afternoon|morning))?"
    r"\s*(?:\.|-{1,3}|\u2014|\u2013|:|$)")


# a headline's length: "ATOM REPORT GOES BACK TO COMMISSION", "(Received 2.15 p.m.)"
_HEADLINE_CHARS = 100


def _weekday_dateline(text: str, t: Text) -> int | None:
    """The weekday (0 = Monday) a weekday-only dateline names, in the first blocks."""
    for a, b, _header in t.blocks[:8]:
        m = _WEEKDAY_DATELINE.match(text, a, min(b, a + 120))
        if m is not None:
            return _DAYS.index(m.group("wd").lower())
    return None


# A dateline that gives only the day of the month, as some foreign papers printed them:
# "NEW YORK, 29 (From our correspondent) --"
_DAY_DATELINE = re.compile(
    # ("NEW YORK, 3 (from our correspondent, Rodolfo Aizenberg). --")
    # ("NEW YORK, 9th (by cable) --")
    r"[ \"'(]*[A-Z][A-Z.'& -]{2,40},\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\.?\s*"
    r"(?:\([^)\n]{1,60}\)\.?)?\s*"
    r"(?:-{1,3}|\u2014|\u2013)")


def _day_dateline(text: str, t: Text, base: date) -> date | None:
    """The day a day-only dateline names: the last such day of the month on or before the
    paper's date, within a fortnight."""
    for a, b, _header in t.blocks[:8]:
        m = _DAY_DATELINE.match(text, a, min(b, a + 80))
        if m is None:
            continue
        day = int(m.group("day"))
        for back in range(15):
            d = base - timedelta(days=back)
            if d.day == day:
                return d
        return None
    return None


def _top_line_date(t: Text) -> date | None:
    days = set()
    for a, b, _header in t.blocks[:15]:
        if a > 800:
            break
        lines = t.raw[a:b].split("\n")
        if any(len(line.strip()) > 60 for line in lines):
            continue  # a paragraph of prose: its dates date what it tells
        for line in lines:
            for m in find_dates(line, 0, len(line)):
                if m.kind == "full" and (d := safe_date(m.year, m.month, m.day)) is not None:
                    days.add(d)
    if not days:
        # "Mining Research, London. Monday 23 February 1987. For professional investors
        # only.": a longer line at the very top, dated in full with its weekday
        for line in t.raw[:_TOP_CHARS].split("\n")[:4]:
            if len(line) <= 140:
                days.update(d for m in find_dates(line) if m.kind == "full" and _weekday_day_first(
                    line[m.start:m.end]) and (d := safe_date(m.year, m.month, m.day)) is not None)
    return days.pop() if len(days) == 1 else None


_TOP_CHARS = 400


def _weekday_day_first(said: str) -> bool:
    """Is a full date said as weekday, day, month, year ("Monday 23 February 1987")?"""
    words = said.replace(",", " ").split()
    return len(words) >= 4 and words[0].lower() in WEEKDAYS and words[1].isdigit()


def _era_named(low: str) -> date | None:
    day = next((day for word, day in _ERA_WORDS if word in low), None)
    if day is not None and day.year > 1951 and _SOVIET_PAST.search(low):
        return None
    return day


_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "updated", "published", "posted", "date")


def build_timeline(t: Text, mentions: list[Mention], published: date | None,
                   symbol_years: list[int], resolution_years: list[int],
                   lead_weekday: int | None) -> Timeline:
    tl = Timeline(published=published)
    text = t.norm
    hm = header_date(text, t.body_start, t.raw)
    tl.header = safe_date(hm.year, hm.month, hm.day) if hm else None
    if hm is not None and hm.start > 0 and (
            first := foreign_header_date(t.raw, min(hm.start, t.body_start))) is not None:
        # "Abidjan, vendredi 16 decembre 2005" on the masthead above a translator's note
        # dated in English: the paper's own day comes first
        tl.header = first
    base = published or tl.header
    low = t.low
    if "edition" in low or "published" in low or "printed" in low or " in print" in low:
        ed_day, ed_month = edition_date(text)
        if ed_day is not None:
            if base is not None and abs((base - ed_day).days) > 3:
                tl.notes.append(f"print edition date {ed_day} outranks page date {base}")
            base = tl.header = tl.edition = ed_day
            published = published if published == ed_day else None
        elif ed_month is not None and base is None:
            # a monthly issue covers the weeks before it went to press
            base = safe_date(ed_month[0], ed_month[1], 1)
            tl.coarse = True
    if base is None:
        # "This episode was recorded on Friday, 20 July 2012." at the foot of a transcript
        own = self_dated(text, low)
        if own is not None:
            base = tl.header = own
            tl.notes.append(f"the piece dates itself {own}")
    if base is None and t.blocks:
        # "[Translation from Spanish. Original published in "El Vigia", Thursday 15 July
        # 1976, page 4.]", 'Bulletin: "World at Noon", Saturday 25 August 1990': a note or a
        # masthead above the story, run into one block with it
        base = tl.header = _note_date(text, t.blocks[0][0], t.blocks[0][1])
        if base is not None:
            tl.notes.append(f"publication day {base} from the note above the story")
    if base is None:
        # "AIRDATE: 07/20/87" on a script's slug line
        base = tl.header = short_date(t.raw, min(max(t.body_start, 400), 800))
    if base is None and t.body_start > 0:
        base = tl.header = slug_line_date(t.raw, min(t.body_start, 800))
    if base is None and t.body_start > 0:
        # "Internacional | Viernes 23 de mayo de 2003" above a story in English
        base = tl.header = foreign_header_date(t.raw, min(t.body_start, 800))
    if base is None:
        # "Thread, Sunday 1 January 2017" on a line of its own under an editor's note: the
        # one full date among the short lines at the top
        base = tl.header = _top_line_date(t)
    if base is None and "-" in t.raw[-200:]:
        # "AWS-12-02-66 mk": the wire's sign-off at the foot, agency then filing day
        base = tl.header = foot_slug_date(t.raw)
        if base is not None:
            tl.notes.append(f"filing day {base} from the wire's sign-off")
    if base is None:
        # "POLICY BRIEF 23/17 \u2014 September 2023": a page dated by its month
        month = issue_month(t.raw, t.body_start)
        if month is not None:
            base = safe_date(month[0], month[1], 1)
            tl.coarse = True
    heard = _monitored_day(t.raw, t.body_start, base) if base is not None and (
        "gmt" in low[:max(t.body_start, 0)]) else None
    if heard is None and base is not None and "Z " in t.raw:
        # "FM UN NEW YORK 011420Z SEP 81": a cable printed in a later newsletter speaks from
        # the day it was sent
        heard = _cable_day(t.raw, base)
        if heard is not None and 0 <= (base - heard).days <= 31:
            tl.notes.append(f"day {heard} from the cable's date-time group")
            base = heard
    if heard is None and base is not None and "DATE" in t.raw:
        # "DATE 30 JUNE 1976" at the head of a telegram or memo a later newsletter prints:
        # its "yesterday" is the day before it was written
        written = _memo_day(t.raw)
        if written is not None and 0 < (base - written).days <= 31:
            tl.notes.append(f"day {written} from the memo's date line")
            base = written
    if heard is None and base is not None and "Dear " in t.raw:
        # "Lake Success, N.Y. / Friday, 20th August 1948 / Dear Sir," at the head of a letter
        # a magazine prints weeks later: its "on Wednesday" is the week it was written
        written = _letter_day(t.raw)
        if written is not None and 0 < (base - written).days <= 62:
            tl.notes.append(f"day {written} from the letter's date line")
            base = written
    if heard is not None and base is not None and 0 <= (base - heard).days <= 7:
        # "Luanda home service in Portuguese 1900 gmt 29 Mar 79" over the excerpt in a
        # monitoring digest of the 30th: the excerpt speaks from the day it was broadcast
        tl.notes.append(f"broadcast day {heard} from the monitoring line")
        base = heard
    if published and tl.header and abs((published - tl.header).days) > 3:
        tl.notes.append(f"page header date {tl.header} disagrees with publication date "
                        f"{published}")
    dl = None
    body_blocks = [(a, b) for a, b, header in t.blocks if not header][:6]
    for i, (bstart, bend) in enumerate(body_blocks):  # a byline or a caption may come first
        if i >= 3 and any(b - a > _HEADLINE_CHARS for a, b in body_blocks[:i]):
            break  # (past three blocks, only under a stack of headlines)
        dl = dateline(text[bstart:bend])
        if dl:
            break
    if dl is None and not any(_DAY_DATELINE.match(text, a, min(b, a + 80))
                              for a, b in body_blocks[:3]):
        # a dateline on a line of its own ("NEW YORK, February 21 [1961].") reads as a
        # header line; it dates the story only when it is all the line holds
        heads = [(a, b) for a, b, header in t.blocks if header and a < t.body_start][-2:]
        for bstart, bend in reversed(heads):
            if (by := _BYLINE_LEAD.match(text, bstart, bend)) is not None:
                bstart = by.end()  # "From our correspondent -- New York, 19 June"
            cand = dateline(text[bstart:bend])
            # ("(N.Z.P.A.-Reuter)  NEW YORK, December 16.": the agency's bracket first)
            place = _AGENCY_FIRST.sub("", text[bstart:bend]).split(",")[0].split("(")[0].strip()
            named = place.isupper() or (
                len(place.split()) <= 2 and place.istitle() and place.lower() not in _DAYS)
            if cand and cand[3] >= bend - bstart - 1 and named:
                dl = cand
                break
    if dl is None:
        dl = inline_dateline(text, 0, min(len(text), 3000))
    window = _envoy_window(text, mentions)
    if window is not None and window[3] and (window[1] - window[0]).days <= 6 * 366:
        # no day, but the office holders named agree on an era: which seat "China" was
        tl.era = window[0] + (window[1] - window[0]) / 2
    if tl.era is None:
        tl.era = _era_named(low)
    head = min(len(low), 2000)
    tl.almanac = ("history" in low[:head] or any(
        g.search(low, 0, head) for g in _ALMANAC_GATES)) and (
            _ALMANAC.search(low, 0, head) is not None)
    lead = next(((a, b) for a, b, header in t.blocks if not header), None)
    if lead is not None and "last week" in low[lead[0]:lead[1]] and (
            "this week" not in low[lead[0]:lead[1]]) and _COUNCIL_LAST_WEEK.search(
            low, lead[0], lead[1]):
        tl.last_week = True
    if _YEARLY.search(low, 0, min(len(low), 300)) or _YEAR_ROUNDUP.search(
            low, 0, min(len(low), 800)):
        tl.span = 366  # "Year in Review 1990": the whole year is its news
    elif _FORTNIGHTLY.search(low, 0, min(len(low), 600)):
        tl.span = 21  # two weeks, and the days it took to compile and post
    elif _MONTHLY.search(low, 0, min(len(low), 300)):
        tl.span = 45  # "Monthly briefing for subscribers": the month and the days to press
    strong_years = sorted(set(symbol_years + resolution_years))

    def from_dateline(year: int) -> date | None:
        return safe_date(year, dl[0], dl[1]) if dl else None

    if dl and not dl[2] and base is None:
        # "UPN 08-22-68 11:48 PED" under copy datelined "UNITED NATIONS, Aug. 22"
        year = slug_year(t.raw, dl[0], dl[1])
        if year is not None:
            dl = (dl[0], dl[1], year, dl[3])
            tl.notes.append(f"year {year} from the wire slug")
        else:
            # "[... Transmitted 20 November 1965 ...] New York, 20 November (AIP) -": the
            # dateline's own day given in full in a note above or beside it
            year = _same_day_year(text, min(len(text), 1200), dl[0], dl[1])
            if year is not None:
                dl = (dl[0], dl[1], year, dl[3])
                tl.notes.append(f"year {year} from the same day given in full")
    if dl and dl[2]:
        tl.reference = safe_date(dl[2], dl[0], dl[1])
    elif dl and base:
        ref = from_dateline(base.year)
        if ref and ref > base + timedelta(days=2):
            ref = from_dateline(base.year - 1)
        tl.reference = ref
        if ref is not None and base - ref == timedelta(days=1):
            tl.reader_day = base
    else:
        tl.reference = base
        wd = _weekday_dateline(text, t) if base is not None else None
        if wd is not None and base is not None:
            # "NEW YORK, WEDNESDAY." over a Thursday paper: the story was filed that day
            ref = base - timedelta(days=(base.weekday() - wd) % 7)
            tl.reference = ref
            if base - ref == timedelta(days=1):
                tl.reader_day = base
        elif base is not None and (ref := _day_dateline(text, t, base)) is not None:
            # "NEW YORK, 29 (From our correspondent) --" in a paper of 31 May: the 29th
            tl.reference = ref
            if base - ref == timedelta(days=1):
                tl.reader_day = base

    # Check the page's date against the story's own evidence. A dateline that gives its
    # year ("UNITED NATIONS, Sept. 19, 2025 -") is the story's own word and stands: the
    # resolution it cites ("under resolution 2231") may be years older.
    if tl.reference is not None and not (dl and dl[2]):
        ref = tl.reference
        # Two or more office holders who agree with each other outweigh the page's date;
        # one name alone may be history ("foreign minister Molotov earned the nickname").
        bad_window = window is not None and window[3] and len(window[2]) >= 2 and not (
            window[0] - timedelta(days=45) <= ref <= window[1] + timedelta(days=45))
        bad_symbol = bool(strong_years) and ref.year not in strong_years and all(
            abs(ref.year - y) > 1 for y in strong_years)
        if bad_window or bad_symbol:
            tl.trusted = False
            why = (f"{', '.join(window[2])} in office {window[0]} to {window[1]}"
                   if bad_window and window else f"document years {strong_years}")
            src = "page header date" if tl.header and not published else "reference date"
            tl.notes.append(f"{src} {ref} disagrees with text ({why})")
            redated = _redate(text, t.body_start, dl, window, strong_years, lead_weekday)
            if not redated and published and tl.header and not dl and bad_symbol and any(
                    abs(tl.header.year - y) <= 1 for y in strong_years):
                # an archive page's metadata dates its digitising; the byline's "Thursday,
                # 19 March 1970" over "NEW YORK, Wednesday." dates the story
                wd = _weekday_dateline(text, t)
                redated = tl.header - timedelta(days=(tl.header.weekday() - wd) % 7) if (
                    wd is not None) else tl.header
            if redated:
                tl.reference = redated
                tl.redated = True
                tl.notes.append(f"story re-dated to {redated} from its own text")
    if tl.reference is None:
        tl.reference = _redate(text, t.body_start, dl, window, strong_years, lead_weekday)
        if tl.reference is not None:
            tl.notes.append(f"year inferred from the text: reference day {tl.reference}")
    if tl.reference is None:
        # "Copyright 1950 The Associated Press", "(c) 2022": the year the story was filed
        cy = _COPYRIGHT.search(text) if ("opyright" in text or "(c)" in low or "\u00a9" in text) \
            else None
        if cy is not None:
            year = int(cy.group("y"))
            if dl:
                tl.reference = from_dateline(year)
            elif strong_years and year not in strong_years:
                pass
            else:
                tl.year_hint = year
            if tl.reference is not None:
                tl.notes.append(f"year {year} from the copyright line")
    if tl.reference is None and strong_years:
        tl.year_hint = strong_years[-1]
    if tl.reference is None and tl.year_hint is not None:
        # "Thursday 5 October" over the story, and the year from its resolution number
        for m in find_dates(text, 0, min(max(t.body_start, 0), 600)):
            if m.kind == "monthday":
                tl.reference = safe_date(tl.year_hint, m.month, m.day)
                if tl.reference is not None:
                    tl.notes.append(f"page day {tl.reference} with the year from the text")
                break
    if tl.reference is None and tl.year_hint is not None and t.body_start >= 0:
        tl.reference = _lead_monthday(text, t.body_start, tl.year_hint) or _lead_monthday(
            text, t.body_start, tl.year_hint, weekday=True)
        if tl.reference is not None:
            tl.notes.append(f"lead's day {tl.reference} with the year from the text")
    if tl.reference is None and tl.year_hint is None and t.body_start >= 0:
        # "On Wednesday, 4 April, the Council voted ..." in an undated clipping that speaks
        # of "this year of 1984": of the years the text names, the one whose 4 April was a
        # Wednesday
        years = {m.year for m in find_dates(text, 0, len(text))
                 if m.kind in ("year", "monthyear", "full") and m.year}
        # ... any year at all ("Autumn 1971" on a newsletter, "resolution 301 (1971)"):
        # the weekday decides between them
        years |= {int(y) for y in _ANY_YEAR.findall(text, 0, min(len(text), 20_000))}
        days = {d for y in years if (d := _lead_monthday(text, t.body_start, y, weekday=True))}
        if len(days) == 1:
            tl.reference = days.pop()
            tl.notes.append(f"lead's day {tl.reference}: the one year named whose weekday fits")
    if tl.reference is None and dl and "resolution" in low and (wd := lead_weekday if (
            lead_weekday is not None) else next(
            (m.weekday for m in find_dates(text, t.body_start, t.body_start + _LEAD_CHARS)
             if m.kind == "weekday" and m.modifier not in ("next", "coming")), None)
            ) is not None:
        # "UNITED NATIONS, Oct 24 - The Council on Saturday demanded ...", with "last month,
        # in resolution 1199" further down: the dateline's day in the year of a resolution
        # the story names (or the next), the one whose weekday is the lead's
        years = {y + k for m in _ANY_RESOLUTION.finditer(low)
                 if (y := resolution_year(int(m.group(1)))) for k in (0, 1)}
        days = {d for y in years if (d := from_dateline(y)) and d.weekday() == wd}
        if len(days) == 1:
            tl.reference = days.pop()
            tl.notes.append(f"dateline's day {tl.reference}: the year of a resolution named "
                            "whose weekday fits the lead's")
    return tl


_LEAD_CHARS = 500  # the lead: where an undated story gives the day of its news


_MONITORED = re.compile(r"\b\d{3,4}\s*gmt\s+(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                        r"nov|dec)[a-z]*\.?\s+(\d{2}|\d{4})\b", re.I)


# a cable's date-time group: day, hour and minute, zone Z, month, two-digit year
_CABLE_DTG = re.compile(r"\b(\d{2})\d{4}Z\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+"
                        r"(\d{2}|\d{4})\b")


def _cable_day(raw: str, near: date) -> date | None:
    """The day of the one cable date-time group in the text ("011420Z SEP 81"), read in
    ``near``'s century."""
    found = _CABLE_DTG.findall(raw)
    if len(found) != 1:
        return None
    day, month, year = found[0]
    y = int(year) if len(year) == 4 else int(year) + near.year // 100 * 100
    return safe_date(y, MONTHS[month.lower()], int(day))


# a telegram's or memo's own date line: "DATE 30 JUNE 1976", "DATE: 18 May 1995"
_MEMO_DATE = re.compile(r"^[ \t]*DATE\b[ \t]*:?[ \t]*(\S[^\n]{4,40})$", re.M)


def _memo_day(raw: str) -> date | None:
    """The day the one "DATE ..." line of a printed telegram or memo gives in full."""
    found = _MEMO_DATE.findall(raw)
    if len(found) != 1:
        return None
    full = [m for m in find_dates(found[0]) if m.kind == "full"]
    return safe_date(full[0].year, full[0].month, full[0].day) if len(full) == 1 else None


# a letter's date on a line of its own, its salutation a few lines below
_LETTER_DATE = re.compile(r"^[ \t]*(\S[^\n]{6,40}?)[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*Dear\s+[A-Z]",
                          re.M)


def _letter_day(raw: str) -> date | None:
    """The day the one line just above a letter's "Dear ..." gives in full."""
    found = _LETTER_DATE.findall(raw)
    if len(found) != 1:
        return None
    full = [m for m in find_dates(found[0]) if m.kind == "full"]
    return safe_date(full[0].year, full[0].month, full[0].day) if len(full) == 1 else None


def _monitored_day(raw: str, body_start: int, near: date) -> date | None:
    """The day of the broadcast a monitoring service's source line gives ("Luanda home
    service in Portuguese 1900 gmt 29 Mar 79"); a two-digit year is read in ``near``'s
    century."""
    m = _MONITORED.search(raw, 0, max(body_start, 0))
    if m is None:
        return None
    year = int(m.group(3))
    if year < 100:
        year += near.year // 100 * 100
    return safe_date(year, MONTHS[m.group(2).lower()], int(m.group(1)))


_SPAN_WORDS = frozenset(("until", "till", "through", "by", "since", "from", "before", "after"))


def _lead_monthday(text: str, body_start: int, year: int, weekday: bool = False) -> date | None:
    """The day the lead names ("on Friday 6 June") in ``year``, the one year the story's
    symbols give; a weekday named with it must agree (``weekday``: and must be named)."""
    # (a weekday that fits the year is strong evidence: it may come a few paragraphs down)
    reach = _LEAD_CHARS * (3 if weekday else 1)
    found = find_dates(text, body_start, min(len(text), body_start + reach))
    for i, m in enumerate(found):
        if m.kind != "monthday" or m.modifier in _SPAN_WORDS:
            continue  # ("for another six months, until Dec. 15": the mandate's end)
        day = safe_date(year, m.month, m.day)
        prev = found[i - 1] if i else None
        named = prev is not None and prev.kind == "weekday" and m.start - prev.end <= 3
        if prev is not None and named and day is not None and day.weekday() != prev.weekday:
            return None  # the weekday says another year: the symbol's year is not the story's
        return day if named or not weekday else None
    return None


_NOTE_WORDS = ("source", "published", "edition", "issue", "bulletin", "transcript",
               "translat", "clipping", "dated", "broadcast", "page")


def _note_date(text: str, lo: int, hi: int) -> date | None:
    """The one full date of a note or masthead that opens the text, else None."""
    if hi - lo > 400:
        return None
    block = text[lo:hi]
    low = block.lower()
    if not (block.lstrip().startswith("[") or any(w in low for w in _NOTE_WORDS)):
        return None
    days = {safe_date(m.year, m.month, m.day) for m in find_dates(text, lo, hi)
            if m.kind == "full"}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def _same_day_year(text: str, limit: int, month: int, day: int) -> int | None:
    """The year of the one full date of ``month`` and ``day`` in ``text[:limit]``."""
    years = {m.year for m in find_dates(text, 0, limit)
             if m.kind == "full" and m.month == month and m.day == day}
    return years.pop() if len(years) == 1 else None


def _redate(text: str, body_start: int, dl: tuple[int, int, int | None, int] | None,
            window: tuple[date, date, list[str], bool] | None, strong_years: list[int],
            lead_weekday: int | None) -> date | None:
    """A reference day from the story alone, or None when it is not pinned down."""
    if window:
        lo, hi = window[0], window[1]
    elif strong_years:
        lo, hi = date(min(strong_years), 1, 1), date(max(strong_years), 12, 31)
    else:
        return None
    if strong_years and window:
        # Symbols and resolution numbers are exact; envoys only bound them.
        years = [y for y in strong_years if lo.year <= y <= hi.year] or strong_years
        lo, hi = date(min(years), 1, 1), date(max(years), 12, 31)
    if dl:
        cands = []
        for y in _years_in(lo, hi):
            d = safe_date(y, dl[0], dl[1])
            if d and lo - timedelta(days=2) <= d <= hi + timedelta(days=2):
                cands.append(d)
        if lead_weekday is not None and len(cands) > 1:
            # Wire copy is filed on the day of the vote: the dateline's weekday is the lead's.
            same = [d for d in cands if d.weekday() == lead_weekday]
            near = [d for d in cands if 0 <= (d.weekday() - lead_weekday) % 7 <= 1]
            cands = same or near or cands
        return cands[0] if len(cands) == 1 else None
    return _linked_anchor(text, body_start, lo, hi)
