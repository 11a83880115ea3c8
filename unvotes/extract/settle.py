"""Settle one draft's facts: the day, the member votes on the Council of that day, the
tallies (stated, or implied by the Council's size), the outcome, the vetoes and the drafters.

Charter arithmetic, encoded once: 11 members and 7 votes to pass until 1965; 15 members
and 9 votes from 1966. A permanent member's "no" on a text that had the votes is a veto;
on a text that lacked them it is just a "no".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import unvotes.reference as reference

from .clauses import Clause, claimed, member_runs
from .cues import NOT_OTHER_EVENTS
from .dates import WEEKDAYS, draft_year, find_dates, in_review, safe_date
from .documents import parse_day
from .events import (
    IN_RELATIVE,
    PROCEDURAL,
    Draft,
    Event,
    clause_date_ranked,
    is_dateline_day,
    ordered_votes,
    voted_on_day,
)
from .numbers import NUM, number
from .subjects import subject_of
from .timeline import Timeline
from .votes import Assignment

__all__ = ["settle"]

_WEAK_CUE = re.compile(r"backed|supported|endorsed|support|backing|opposed", re.I)
# A cue that opens a full list of one side ("in favour were", "against:", "abstaining -")
_ENUMERATION = re.compile(r"(?:\bwere|\bwas|:|\s-)\s*(?:the\s+)?$", re.I)
_PARTIAL = re.compile(r"\b(?:among|including|such\s+as|like|notably|among\s+them)\b", re.I)


@lru_cache(maxsize=4096)
def _council_on(day: date) -> tuple[frozenset[str], frozenset[str]]:
    """(all members, permanent members) seated on ``day``; cached, stories repeat days."""
    terms = reference.council_on(day)
    return frozenset(t.code for t in terms), frozenset(t.code for t in terms if t.permanent)


@lru_cache(maxsize=512)
def _council_in(year: int) -> tuple[frozenset[str], frozenset[str]]:
    terms = reference.council(year)
    return frozenset(t.code for t in terms), frozenset(t.code for t in terms if t.permanent)


def council_size(day: date | None) -> int:
    return 11 if day is not None and day.year < 1966 else 15


def votes_needed(day: date | None) -> int:
    return 7 if day is not None and day.year < 1966 else 9


class _Facts:
    """Facts with the sentence each came from."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.evidence: list[dict[str, object]] = []
        self._seen: set[tuple[str, int]] = set()

    def cite(self, fact: str, c: Clause) -> None:
        key = (fact, c.sent.start)
        if key in self._seen:
            return
        self._seen.add(key)
        s = c.sent
        self.evidence.append({"fact": fact, "text": self.raw[s.start:s.end],
                              "start": s.start, "end": s.end})


def _event_day(d: Draft, tl: Timeline, text: str, default: date | None) -> tuple[
        date | None, Clause | None, bool]:
    """The vote's day, the clause that gave it, and whether the text gave it with its year."""
    ranked: list[tuple[int, bool, int, date, Clause, str]] = []
    for i, c in enumerate(d.clauses):
        found = clause_date_ranked(c, tl, text)
        if found is None or found[0] >= 1_000 and tl.latest is not None and (
                tl.reference in (tl.published, tl.header)) and found[1] > tl.latest:
            # (a day after the story's own, in words about another verb: "which ends the
            # mission on 30 April" in a story dated the 29th)
            continue
        # ("The draft, voted on Friday, deplored ...": the day the text was voted on, the
        # clause's own verb)
        voted_on = voted_on_day(c)
        prio = 0 if c.live_outcomes else (1 if c.has_vote_content or voted_on else 2)
        if c.header:
            prio += 3
        ranked.append((prio, found[0] >= 1_000 and not voted_on, i, found[1], c, found[2]))
    if ranked:
        ranked.sort(key=lambda r: (r[1], r[0], r[2]))
        best = ranked[0]
        if best[5] == "monthday" and is_dateline_day(best[4], text):
            # "UNITED NATIONS, Feb. 26 -- the Security Council has renewed ... On Tuesday the
            # Council adopted resolution 2511": the dateline gives the day it was filed, and
            # the weekday (or "yesterday") a later clause names for the vote is the vote's
            # (or the day in full: "The draft was voted on Thursday, 30 January")
            named = [r for r in ranked[1:] if (r[5] in ("weekday", "relative") or r[5] in (
                "monthday", "full") and not is_dateline_day(r[4], text)) and not r[1]
                     and r[0] <= 1 and 0 < (best[3] - r[3]).days <= 6]
            if len({r[3] for r in named}) == 1:
                best = named[0]
        if best[5] == "relative":
            # "last night" beside "taken late on Thursday, October 27": a night sitting
            # runs past midnight, and the day the text names outright is the record's
            named = [r for r in ranked[1:] if r[5] in ("full", "monthday") and not r[1]
                     and (r[4].tallies or r[4].counts) and abs((r[3] - best[3]).days) == 1]
            if len({r[3] for r in named}) == 1:
                best = named[0]
        return best[3], best[4], best[5] == "full"
    for c in d.clauses:
        if c.has_vote_content and not c.header:
            day = _item_day(c, tl, text)
            if day is not None:
                return day, c, False
            break
    first = next((c for c in d.clauses if not c.header), None)
    if first is not None:
        # "The Council voted last week on ...": not the story's day, nor any day
        at = d.opened if d.opened is not None else first.sent.start
        start = max(text.rfind("\n", 0, at) + 1, at - 300)
        lead = text[start:first.sent.end]
        # (searched in place, so "Tuesday of last week" cut at the window's edge is still a day)
        if ("last" in lead or "previous" in lead) and _LAST_WEEK.search(
                text, start, first.sent.end):
            return None, None, False
        day = _scene_day(d.opened if d.opened is not None else first.sent.start, tl, text)
        if day is not None:
            return day, None, False
    for c in d.clauses:
        if (day := _outright_day(c)) is not None:
            return day, c, True
    return default, None, False


def _outright_day(c: Clause) -> date | None:
    """The day in full that opens a clause with a vote of its own ("On Friday, 1 August 2003,
    the Security Council adopted resolution 1497"): the vote's, however long ago, when the
    story has no other day for it (a letter correcting the record a year on)."""
    if not c.live_outcomes or c.header:
        return None
    first_cue = c.live_outcomes[0].start
    days = [m for m in c.dates if m.kind in ("full", "monthday")]
    if len(days) != 1 or days[0].kind != "full" or days[0].start > first_cue or (
            days[0].start - c.lo > 30) or days[0].modifier in _SCENE_SKIP:
        return None
    m = days[0]
    day = safe_date(m.year, m.month, m.day)
    weekdays = [w for w in c.dates if w.kind == "weekday" and w.end <= m.start]
    if day is None or any(w.weekday is not None and w.weekday != day.weekday() for w in weekdays):
        return None
    return day


# (not "On Wednesday of last week" or "Wednesday last week": a day)
# (nor "last week's invasion of Panama": another event's time; nor "negotiating since last
# week": how long something took)
_LAST_WEEK = re.compile(r"(?<!day of )(?<!day )(?<!since )(?<!until )\b(?:last|previous)\s+"
                        r"(?:week|month)\b" + NOT_OTHER_EVENTS, re.I)


# "Kuwait's application was considered on 30 November 1961. A draft recommending admission
# received ten votes": the sentences before a text's first in its paragraph set the meeting
_SCENE_WORDS = re.compile(r"\b(?:council|meeting|session|sitting|met|convened|considered|"
                          r"took\s+up|turned\s+to|debated)\b", re.I)
# (not "Readers will remember that on Tuesday of last week the Council took up ...")
_SCENE_OTHER = re.compile(r"\b(?:said|says|told|announced|warned|added|expects?|expected|"
                          r"will(?!\s+(?:well\s+)?(?:remember|recall)))\b", re.I)
# "On 4 October the Council condemned ...": a day that opens the Council's act
_ON_BEFORE = re.compile(r"(?:^|\b)[Oo]n\s+$")
_COUNCIL_AFTER = re.compile(r"\s*,?\s*the\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?"
                            r"(?:Security\s+)?Council\b", re.I)
# "On Monday it was a different matter. A draft deploring ...": a paragraph that opens on
# its day sets the scene for the text it goes on to
# (after a run-in label: "Palestine. On Thursday of last week it was Washington's turn.")
_SCENE_OPENER = re.compile(r"\s*(?:[a-z][\w'-]{2,20}\.\s+)?(?:(?:late|early)\s+)?(?:on\s+(?:mon|"
                           r"tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\b", re.I)
_SCENE_SKIP = frozenset(("since", "until", "by", "before", "after", "from", "next", "coming"))


def _scene_day(at: int, tl: Timeline, text: str) -> date | None:
    """The one day the sentences before ``at`` in its paragraph give a Council meeting."""
    # ("Readers will remember that on Tuesday of last week the Council took up the proposal
    # ... The plan was for ... Nine hands went up for it": two sentences of what it was)
    para = max(text.rfind("\n", 0, at) + 1, at - 450)
    # ("The mood was very different on Saturday. Then, a French draft ...": "then" is
    # the day just named)
    if at - para < 12 or _SCENE_OTHER.search(text, para, at):
        return None
    # ("Austria's hopes were dashed on Thursday of last week, the 21st. The Security Council
    # voted eight to one": a day of the week before the vote's sentence is its day, though
    # no word of a meeting comes with it; a date in full may be any other thing's, "The
    # note is dated 18 May")
    weekdays_only = not (_SCENE_WORDS.search(text, para, at) or _SCENE_OPENER.match(
        text, para, at) or text.startswith("Then,", at))
    ref = tl.reference
    days = set()
    found = find_dates(text, para, at)
    for i, m in enumerate(found):
        if m.kind in ("year", "monthyear", "month") or m.possessive or m.modifier in _SCENE_SKIP:
            continue
        if weekdays_only and m.kind not in ("weekday", "day"):
            return None
        if m.kind == "weekday" and i + 1 < len(found) and found[i + 1].kind in (
                "full", "monthday", "day") and text[m.end:found[i + 1].start].strip(" ,") in (
                "", "the"):
            continue  # "On Monday, 25 August", "on Tuesday the 17th": the date says which
        if IN_RELATIVE.search(text, max(para, m.start - 70), m.start):
            continue  # "Zanzibar, which became independent on December 10, was dealt with"
        if m.kind == "full":
            day = safe_date(m.year, m.month, m.day)
        else:
            day = tl.resolve(m)
            # (a review of the year runs back to its first days; "On 4 October the Council
            # condemned the raid ... The resolution was adopted by 14 votes": a day that opens
            # the Council's act is that act's, however long before the story)
            if day is None or ref is None or day > (tl.latest or ref) or (
                    day < ref - timedelta(days=max(45, tl.span)) and not (
                        _ON_BEFORE.search(text, max(para, m.start - 4), m.start)
                        and _COUNCIL_AFTER.match(text, m.end))):
                return None
        if day is not None:
            days.add(day)
    return days.pop() if len(days) == 1 else None


# ("VACCINES (26 February). All fifteen members ...": a review's item, its label in capitals)
_ITEM_LEAD = re.compile(r"[\s\u2022*\u00b7>-]*(?:[A-Z][A-Z'&/ -]{2,30}\s*\(\s*)?"
                        r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?")
_ITEM_AFTER = re.compile(r"\s*(?:\((?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)\s*)?"
                         r"(?:[-:\u2013\u2014|]|,\s|\.\s|\)\.?\s)")
_WEEKDAY_ABBR = tuple(name[:3].title() for name in WEEKDAYS)  # "Mon" ... "Sun", in order


def _item_day(c: Clause, tl: Timeline, text: str) -> date | None:
    """A paragraph or list item that opens with its day ("- Wed 17 Sep: ...", "Tuesday,
    12 March. The Council ...") dates the vote it reports."""
    if tl.reference is None:
        return None
    para = text.rfind("\n", 0, c.lo) + 1
    if c.lo - para > 600:
        return None
    lead = _ITEM_LEAD.match(text, para, c.lo)
    at = lead.end() if lead else para
    for m in find_dates(text, at, min(c.lo, at + 40)):
        if m.start != at or m.kind not in ("full", "monthday", "day"):
            continue
        # ("17 March. An Afro-Asian draft": the date's match took the full stop)
        after = _ITEM_AFTER.match(text, m.end - (text[m.end - 1] == "."))
        if after is None:
            return None
        ref = tl.reference
        if after.group("wd") and m.kind == "monthday":
            # a chronology's "Mar. 29 (Mon.) --": the day of the year its weekday fits
            day = safe_date(ref.year, m.month, m.day)
            if day is not None and _WEEKDAY_ABBR[day.weekday()] == after.group("wd"):
                return day
        day = tl.resolve(m)
        # (a year's chronology, "17 March. An Afro-Asian draft ...", runs back to January)
        if day and in_review(day, ref, 45) and day <= ref + timedelta(days=3):
            return day
    return None


def _pinned_year(d: Draft) -> int | None:
    """The year the draft's own symbol fixes (S/2023/638, or an old serial S/15966). A
    resolution number does not: the draft may only cite it ("under resolution 2231")."""
    if not d.symbol:
        return None
    head = d.symbol[2:].split("/")
    if len(head) > 1 and head[0].isdigit() and len(head[0]) == 4 and head[1][:1].isdigit():
        return int(head[0])
    return draft_year(int(head[0])) if head[0].isdigit() else None


def _day_in_year(d: Draft, text: str, year: int) -> tuple[date | None, Clause | None]:
    """The one full date of ``year`` in the sentences of the draft's clauses ("On 12
    September 1983 the Council voted on a draft, document S/15966/Rev.1"), else None."""
    found: dict[date, Clause] = {}
    seen: set[int] = set()
    for c in d.clauses:
        if c.sent.index in seen:
            continue
        seen.add(c.sent.index)
        for m in find_dates(text, c.sent.start, c.sent.end):
            if m.kind == "full" and m.year == year and m.modifier not in (
                    "since", "until", "by", "before", "after", "from"):
                day = safe_date(m.year, m.month, m.day)
                if day is not None:
                    found.setdefault(day, c)
    if len(found) == 1:
        return next(iter(found.items()))
    return None, None


def settle(d: Draft, tl: Timeline, text: str, raw: str, default_day: date | None,
           title: str | None, low: str | None = None, nouns: list[int] | None = None,
           away: dict[str, Clause] | None = None) -> Event | None:
    """One draft's event (None when its clauses report no vote); ``low`` and ``nouns`` (the
    lower-cased text and :func:`~.subjects.noun_starts`) spare recomputing them per draft.
    ``away`` holds members the story says were absent from the sitting, with the clause that
    says so: absent from this vote too unless it gives them a vote of their own."""
    facts = _Facts(raw)
    ev = Event()
    day, day_clause, absolute = _event_day(d, tl, text, default_day)
    pinned = _pinned_year(d) if not absolute else None
    if pinned is not None and day is not None and abs(day.year - pinned) > 1:
        # a story of 2023 looking back at draft S/15966 (1983): the story's day is not the
        # vote's; the draft's sentences may give it in full, else it stays unknown
        day, day_clause = _day_in_year(d, text, pinned)
        absolute = day is not None
    unsure = ""
    if day is not None and not tl.trusted and not tl.redated and not absolute:
        # "on Thursday" counted from a page date the story contradicts: kept, so that
        # reconciliation records the conflict with the official record, but flagged.
        unsure = f"vote date {day} counts from that page date and is doubtful"
    if day is not None:
        ev.date = day.isoformat()
        if day_clause is not None:
            facts.cite("date", day_clause)
    year = day.year if day else tl.year_hint
    # names mean the state of the vote's day ("Russia" in 1980 is the Soviet Union), or of its
    # year when only the year is known (from a symbol or a resolution number)
    code_day = day or (date(year, 7, 1) if year else None) or tl.era
    council: frozenset[str] = frozenset()
    p5: frozenset[str] = frozenset()
    if day is not None and (tl.trusted or tl.redated or absolute):
        council, p5 = _council_on(day)
    elif year is not None and tl.trusted:
        council, p5 = _council_in(year)
    # else the day is doubtful: better to keep a vote than to drop it by the wrong Council
    if not p5:
        # the historical seats too: a Soviet (or pre-1971 Republic of China) "no" is a
        # permanent member's, whatever year the story is from
        p5 = frozenset({"CHN", "FRA", "RUS", "GBR", "USA", "SUN", "TWN"})
    size, needed = council_size(day or tl.era), votes_needed(day or tl.era)

    ev.body = "GA" if d.ga else "SC"

    # Drafters
    sponsors: list[str] = []
    for m, c in d.sponsor_refs:
        code = m.code(code_day, prefer=council)
        if code and council and code not in council and m.start in c.named_drafters:
            continue  # "the Cyprus draft": what the text is about, not who wrote it
        if code and code not in sponsors:
            sponsors.append(code)
            facts.cite(f"sponsor:{code}", c)
    if d.elected and year is not None:
        # ("Malta's Council text ... prepared jointly by the ten elected members"): the group,
        # with any of its members the story also names alone
        sponsors += [code for code in reference.elected(year) if code not in sponsors]
    ev.sponsors = sponsors

    # Member votes: explicit verbs outrank "backed"/"supported"; the first statement wins.
    votes: dict[str, str] = {}
    rank: dict[str, int] = {}
    # (copiers, those they sided with, whether those were named one by one rather than as a
    # group: "the Western powers")
    copies: list[tuple[list[str], list[str], bool]] = []
    group_counts: list[tuple[str, int, Clause]] = []
    # (in a unanimous vote "the five permanent members" are a part of the whole, not a side
    # the story tells apart)
    split = any(t[1] or t[2] for c in d.clauses for t in c.tallies) or any(
        k.vote in ("no", "abstain") and k.value for c in d.clauses for k in c.counts) or any(
        a.vote in ("no", "abstain") and a.items for c in d.clauses for a in c.votes)
    rest_votes: set[str] = set()
    enumerated: dict[str, int] = {}
    other_p5: list[tuple[str, int, Clause]] = []
    for c in d.clauses:
        for a in c.votes:
            strength = 1 if _WEAK_CUE.search(text, a.cue_start, a.cue_end) else 2
            if c.header:
                strength -= 1
            if a.how == "list" and not _whole_list(a, code_day, council, votes):
                continue
            codes: list[str] = []
            for it in a.items:
                if it.kind == "member" and it.mention is not None:
                    code = it.mention.code(code_day, prefer=council)
                    # Only members seated on the Council vote there; anyone in the Assembly.
                    if code is None or (ev.body == "SC" and council and code not in council):
                        continue
                    if a.how in ("veto", "block") and code not in p5:
                        continue
                    codes.append(code)
                elif it.kind == "rest" and a.vote in ("yes", "no", "abstain"):
                    rest_votes.add(a.vote)
                elif it.kind == "sponsors":
                    codes.extend(s for s in sponsors if not council or s in council)
                elif it.kind == "group" and it.count == 5 and len(p5) == 5 and split and (
                        a.vote in ("yes", "abstain")) and _THE_FIVE.fullmatch(
                        text, it.start, it.end):
                    # "as did the five permanent members and Japan": the five, each named
                    codes.extend(sorted(p5))
                    group_counts.append((a.vote, 5, c))
                elif it.kind == "group" and it.qualified and it.count in (2, 3, 4) and len(
                        p5) == 5 and a.vote in ("yes", "no", "abstain") and (
                        _OTHER_PERMANENT.fullmatch(text, it.start, it.end)):
                    # "..., and the other four permanent members": those the story has not
                    # given a vote already, when that leaves exactly so many
                    other_p5.append((a.vote, it.count, c))
                elif it.kind == "group" and not it.qualified and it.count is not None and (
                        a.vote != "copy"):
                    # "Russia voted in favour along with the other fourteen members": the
                    # others and the members named beside them
                    named = sum(1 for b in c.votes if b.cue_start == a.cue_start
                                for x in b.items if x.kind == "member" and x.end <= it.start)
                    group_counts.append((a.vote, it.count + (
                        named if " other " in text[it.start - 1:it.end].lower() else 0), c))
            first = a.items[0].start if a.items else -1
            if a.how == "post" and a.vote in ("yes", "no", "abstain") and codes and len(
                    codes) == len(a.items) and first >= a.cue_end and _ENUMERATION.search(
                    text, a.cue_start, first) and not _PARTIAL.search(
                    text, max(0, a.cue_start - 30), first) and not any(
                    b.cue_start == a.cue_start and b.how != "post" for b in c.votes):
                # ("France and Spain abstained: the French because ..." explains, not lists)
                # "Those in favour were A, B and C", "Against: D, E": the whole side
                enumerated[a.vote] = max(enumerated.get(a.vote, 0), len(codes))
            if a.vote == "copy":
                refs = []
                for it in a.copy_from:
                    if it.kind == "member" and it.mention is not None:
                        code = it.mention.code(code_day, prefer=council)
                        if code:
                            refs.append(code)
                one_by_one = all(it.end > it.start for it in a.copy_from) and len(
                    {it.start for it in a.copy_from}) == len(a.copy_from)
                copies.append((codes, refs, one_by_one))
                continue
            for code in codes:
                if code not in votes or strength > rank[code]:
                    votes[code] = a.vote
                    rank[code] = strength
                    facts.cite(f"vote:{code}", c)
    for vote, n, c in other_p5:
        unnamed = sorted(p5 - set(votes))
        if len(unnamed) == n:
            for code in unnamed:
                votes[code] = vote
                rank[code] = 2
                facts.cite(f"vote:{code}", c)
    # "South Africa sided with Moscow", "Soviet votes with Washington": one vote, both sides.
    for copiers, refs, _ in copies:
        for known, unknown in ((refs, copiers), (copiers, refs)):
            seen = {votes[r] for r in known if r in votes}
            if len(seen) == 1:
                shared = seen.pop()
                for code in unknown:
                    # ("GUYANA STOOD WITH NAMIBIA": a cause, not a member that voted)
                    if ev.body != "SC" or not council or code in council:
                        votes.setdefault(code, shared)
                break
        else:
            if refs and copiers and any(c.unanimous for c in d.clauses):
                # "all eleven supported it, the Soviet Union voting side by side with the
                # United States, Britain and France": in a unanimous vote, all of them yes
                for code in refs + copiers:
                    votes.setdefault(code, "yes")
            elif refs and copiers and all(r in sponsors for r in refs) and not any(
                    c in votes for c in copiers):
                # "A, B and C voted with the United States" on the American draft: a
                # drafter votes for its own text, and so did those who voted with it
                for code in refs + copiers:
                    votes.setdefault(code, "yes")

    for code, c in (away or {}).items():
        if code not in votes and (not council or code in council):
            votes[code] = "absent"
            facts.cite(f"vote:{code}", c)

    # Tallies: stated tallies, then counts next to vote words, then counted groups.
    counts: dict[str, int] = {}
    # bigger numbers are the Assembly's, or (on a day we trust) a body of the outlet's own world
    limit = (len(council) or 15) if ev.body == "SC" else 250
    listed_yes = sum(1 for v in votes.values() if v == "yes")
    listed_no = sum(1 for v in votes.values() if v == "no")
    for c in d.clauses:
        for y, n, ab, _, _ in c.tallies:
            if y + n + (ab or 0) > limit:
                continue
            if 0 < listed_yes <= n < listed_no <= y:
                # "beaten 8 to 1. Only the Soviet Union voted for it. The United States,
                # Britain and France were among those voting against": the larger number
                # was against, as the members named say
                y, n = n, y
            for field_, value in (("yes", y), ("no", n), ("abstain", ab)):
                if value is not None and field_ not in counts:
                    counts[field_] = value
                    facts.cite(field_, c)
    # (in the story's order, a count of hands after any told in words of votes)
    for c, count in sorted(((x, k) for x in d.clauses for k in x.counts),
                           key=lambda told: told[1].hands):
        if count.weak and sum(1 for v in votes.values() if v == count.vote) > count.value:
            # "A and B voted against ... its single negative vote was enough": one
            # member's own vote, not the side's count
            continue
        if count.vote not in counts and count.value <= limit:
            counts[count.vote] = count.value
            facts.cite(count.vote, c)
    for vote, n, c in group_counts:
        if vote in ("yes", "no", "abstain") and vote not in counts:
            counts[vote] = n
            facts.cite(vote, c)
    if any(c.unanimous for c in d.clauses):
        counts.setdefault("yes", size)
        counts.setdefault("no", 0)
        counts.setdefault("abstain", 0)
    if ev.body == "SC" and enumerated and not any(k in counts for k in enumerated):
        trial = dict(counts)
        trial.update(enumerated)
        if sum(trial.values()) <= size:
            counts.update(enumerated)
    if ev.body == "SC" and len(rest_votes) == 1:
        # "India, Brazil and Gabon abstained, and the rest voted in favour"
        rest = next(iter(rest_votes))
        if rest not in counts:
            listed = {k: sum(1 for x in votes.values() if x == k) for k in ("yes", "no",
                                                                               "abstain")}
            others = sum(counts.get(k, listed[k]) for k in listed if k != rest)
            voters = size - sum(1 for x in votes.values() if x in ("absent",
                                                                   "not_participating"))
            if voters - others >= listed[rest]:
                counts[rest] = voters - others
    if ev.body == "SC":
        _complete_counts(counts, votes, size, any(c.away_unnamed for c in d.clauses))
        _sided_with_the_majority(copies, votes, counts)
        _sided_as_the_count_says(copies, votes, counts)
        if council and len(council) == size:
            _by_elimination(votes, counts, council, d.clauses, facts, p5)
    ev.yes, ev.no, ev.abstain = counts.get("yes"), counts.get("no"), counts.get("abstain")

    # Outcome
    kinds: list[str] = []
    for c in d.clauses:
        for cue in c.live_outcomes:
            kinds.append(cue.kind)
            facts.cite("outcome", c)
    p5_no = sorted(code for code, v in votes.items() if v == "no" and code in p5)
    if p5_no and "veto" not in kinds and (_procedural(d, text) or _no_veto_needed(d, text)):
        # "a procedural decision": no permanent member's no can block it; "it fell for lack
        # of votes, with no veto needed": the noes were not what stopped it
        p5_no = []
    ev.outcome = _outcome(kinds, ev.yes, needed, p5_no, ev.no)
    if ev.outcome == "vetoed":
        ev.vetoed_by = p5_no
        silent = sorted(code for code in p5 if code not in votes)
        if not p5_no and len(p5) == 5 and len(silent) == 1:
            # "Fourteen in favour. One against. ... Which means it's a veto." with Britain,
            # France, Russia and China named among the fourteen: the fifth permanent member
            # cast it
            votes[silent[0]] = "no"
            ev.vetoed_by = silent
            if (told := next((c for c in d.clauses if c.live_outcomes), None)) is not None:
                facts.cite(f"vote:{silent[0]}", told)
    if size and ev.yes == size and not ev.no and not ev.abstain and any(
            v in ("no", "abstain") for v in votes.values()):
        # ("THE SECOND, ADOPTED UNANIMOUSLY, 15-0": a member the story named abstaining did so
        # on another text told beside it, not on this one)
        for code in [k for k, v in votes.items() if v in ("no", "abstain")]:
            del votes[code]
        facts.evidence = [f for f in facts.evidence if not (
            str(f["fact"]).startswith("vote:") and str(f["fact"])[5:] not in votes)]
    if d.symbol:
        ev.draft = d.symbol
    if d.resolution is not None and ev.outcome in ("adopted", None):
        ev.resolution = str(d.resolution)
        ev.outcome = ev.outcome or "adopted"
    ev.votes = ordered_votes(votes)

    if ev.yes is None and ev.no is None and ev.abstain is None and not votes and not (
            d.symbol or d.resolution is not None or d.sponsor_refs) and not any(
            _TEXT_OR_BODY.search(text, c.lo, c.hi) for c in d.clauses):
        # "Script approved by the news coordinator.": a verb of approval with nothing of the
        # Council's about it, no text, no body, no count
        return None
    if ev.outcome is None and ev.yes is None and ev.no is None and ev.abstain is None:
        return None  # a few member votes with no result and no tally: not a report of a vote
    if ev.body == "GA" and (d.symbol or "").startswith("S/") and ev.yes is None and len(
            ev.votes) >= 3 and day is not None and set(ev.votes) <= _council_on(day)[0]:
        # ("The Security Council held three votes on the Congo, and it is the General Assembly
        # that must now decide ... One of the texts, document S/4519, ...": a text with a
        # Council symbol and the Council's members voting on it was the Council's)
        d.ga = False
        return settle(d, tl, text, raw, default_day, title, low, nouns, away)
    if ev.body == "GA" and ev.outcome == "vetoed":
        return None  # no veto in the Assembly: a misreading, not a vote
    spans = [(c.lo, c.hi) for c in d.clauses if not c.header]
    spans += [(c.lo, c.hi) for c in d.clauses if c.header]
    if d.applicant is not None:
        # one of several applicants voted on at one sitting: its name tells them apart
        ev.subject = f"admission of {d.applicant}"
    else:
        ev.subject = subject_of(spans, text, low, nouns) or (
            subject_of([(0, len(title))], title) if title else None)
    ev.evidence = facts.evidence
    ev.confidence, ev.notes = _confidence(ev, tl, day, size if ev.body == "SC" else None)
    if unsure:
        ev.notes = [n for n in ev.notes if not n.startswith("vote dated")] + [unsure]
        ev.confidence = min(ev.confidence, 0.4)
    return ev


def _sided_with_the_majority(copies: list[tuple[list[str], list[str], bool]],
                             votes: dict[str, str], counts: dict[str, int]) -> None:
    """"Cuba and Yemen abstained. The Soviet Union and China voted with the Western powers":
    when every no and every abstention is named and neither side of a "voted with" is among
    them, those who sided and those they sided with voted yes (the story names their vote;
    the others' it leaves to arithmetic)."""
    if not copies or counts.get("yes") is None or counts.get("no") is None or (
            counts.get("abstain") is None):
        return
    named = {k: sum(1 for v in votes.values() if v == k) for k in ("no", "abstain")}
    if named["no"] != counts["no"] or named["abstain"] != counts["abstain"]:
        return
    for copiers, refs, one_by_one in copies:
        if refs and copiers and not any(c in votes for c in copiers + refs):
            # (both sides when named: "The Soviet Union voted with the United States,
            # Britain and France"; a group the story does not spell out stays unnamed)
            for code in copiers + (refs if one_by_one else []):
                votes[code] = "yes"


_TEXT_OR_BODY = re.compile(r"\b(?:drafts?|resolutions?|texts?|proposals?|measures?|motions?|"
                           r"amendments?|council|assembly|un|u\.n|united\s+nations|vetoe?[sd]?|"
                           r"applications?|recommendations?|it|they|both|all|each|renewals?|"
                           r"mandates?|sanctions|decisions?|extensions?)\b", re.I)


_OTHER_PERMANENT = re.compile(r"(?:the\s+)?(?:other\s+(?:two|three|four|2|3|4)|(?:two|three|four|"
                             r"2|3|4)\s+other)\s+permanent\s+members", re.I)
_THE_FIVE = re.compile(r"(?:the\s+|all\s+)?(?:five|5)\s+permanent\s+members(?:\s+of\s+the\s+"
                       r"council)?", re.I)


def _sided_as_the_count_says(copies: list[tuple[list[str], list[str], bool]],
                             votes: dict[str, str], counts: dict[str, int]) -> None:
    """"Portugal's application was lost by nine votes to two, Poland voting with the Soviet
    Union": when those who sided and those they sided with are as many as one side's count,
    and no other side's, and none of that side is named otherwise, they were that side."""
    for copiers, refs, one_by_one in copies:
        group = copiers + refs
        if not (refs and copiers and one_by_one) or any(c in votes for c in group):
            continue
        sides = [k for k in ("yes", "no", "abstain") if counts.get(k) == len(set(group))]
        if len(sides) == 1 and not any(v == sides[0] for v in votes.values()):
            for code in group:
                votes[code] = sides[0]


def _whole_list(a: Assignment, day: date | None, council: frozenset[str],
                votes: dict[str, str]) -> bool:
    """A list read only for its place in a one-sided clause (``how`` "list") counts whole or
    not at all: every name a member seated that day whose vote, if already told, is the
    clause's side ("long sought by Washington, London, Paris and Berlin" in 2006 names a
    non-member, so it is no roll)."""
    if not council:
        return False
    codes = [it.mention.code(day, prefer=council) if it.mention else None for it in a.items]
    return all(k is not None and k in council and votes.get(k, a.vote) == a.vote for k in codes)


def _by_elimination(votes: dict[str, str], counts: dict[str, int], council: frozenset[str],
                    clauses: list[Clause], facts: _Facts, p5: frozenset[str] = frozenset()
                    ) -> None:
    """"Nine in favour, two against, none abstaining", with the two and eight of the nine
    named: the one member left unnamed voted in favour. Only when every seat voted and the
    seats left unnamed are exactly what a single side lacks: one seat, or two permanent
    members short on the no side ("ten for, two against", the thirteen others named)."""
    if any(k not in counts for k in ("yes", "no", "abstain")) or sum(
            counts[k] for k in ("yes", "no", "abstain")) != len(council):
        return
    if any(code not in council or v not in counts for code, v in votes.items()):
        return
    short = {k: counts[k] - sum(1 for v in votes.values() if v == k) for k in counts}
    if any(n < 0 for n in short.values()):
        return
    unnamed = sorted(council - votes.keys())
    sides = [k for k, n in short.items() if n]
    if len(sides) != 1 or not 1 <= len(unnamed) <= 2 or short[sides[0]] != len(unnamed):
        return
    if len(unnamed) == 2 and not (sides[0] == "no" and all(u in p5 for u in unnamed)):
        return  # two seats are guessed only as the two permanent members who said no
    where = next((c for c in clauses if c.tallies or c.counts), None)
    for code in unnamed:
        votes[code] = sides[0]
        if where is not None:
            facts.cite(f"vote:{code}", where)


_PARTIAL_LIST = re.compile(r"\b(?:for\s+example|for\s+instance|such\s+as|including|e\.\s?g\.|"
                           r"among\s+(?:them|others))\b", re.I)
_SIDE_TOLD = re.compile(r"\b(?:majority|minority)\b", re.I)


# "The fourteen included A, B and C", "The twelve members in favour were A, B ...", "Among
# the thirteen were ...": a side named by its count, then some or all of its members
_THE_COUNTED_WERE = re.compile(
    rf"\b(?:among\s+)?(?:the|those|these)\s+(?P<n>{NUM})\s+(?:(?:members|countries|delegations|"
    r"states)\s+)?(?:(?:in\s+favou?r|voting\s+(?:for\s+it|in\s+favou?r|yes))\s+)?(?:included|"
    r"were|comprised)\b")


def _the_counted_were(ev: Event, c: Clause, counts: dict[str, int], council: frozenset[str],
                      day: date, low: str, facts: _Facts) -> bool:
    """Members named after a side's count that the event's counts make one side only ("The
    fourteen included the Soviet Union, China, France and Britain -- as well as Algeria
    ..."): that side, when none of them is told otherwise. True if the clause was read."""
    m = _THE_COUNTED_WERE.search(low, c.lo, c.hi)
    n = number(m.group("n")) if m else None
    sides = [side for side, k in counts.items() if k == n]
    if m is None or len(sides) != 1 or n is None or n < 2:
        return False
    named = {k for x in c.mentions if x.start >= m.end() and (k := x.code(day, prefer=council))}
    if not named or not named <= council or any(ev.votes.get(k, sides[0]) != sides[0]
                                                 for k in named):
        return False
    _give_side(ev, named, sides[0], c, facts)
    return True


def _give_side(ev: Event, codes: set[str], side: str, c: Clause, facts: _Facts) -> None:
    """Give the members not yet told the side, citing the clause that names them."""
    told = dict(ev.votes)
    for k in sorted(codes - told.keys()):
        told[k] = side
        facts.cite(f"vote:{k}", c)
    ev.votes = ordered_votes(told)
    ev.evidence += facts.evidence
    facts.evidence = []


def lists_that_fill_a_side(ev: Event, clauses: list[Clause], text: str, low: str,
                           raw: str) -> None:
    """Members listed in a clause no vote word reaches, who with those already told make up
    exactly the count of one side and of no other: that side ("Twelve members voted for the
    draft. Listen to their names: A, B, ... and L"; "Fourteen voted for it, among them
    Senegal. ... The fourteen included A, B, C and D -- as well as E, F ..."). The count says
    who they are; every one must sit on the Council, none be told on another side and none be
    among the drafters. ``clauses`` are the event's own and those told after them that no
    text took."""
    day = parse_day(ev.date) if ev.body == "SC" and ev.date else None
    counts = {k: n for k, n in (("yes", ev.yes), ("no", ev.no), ("abstain", ev.abstain))
              if n is not None}
    if day is None or not counts or all(
            sum(v == side for v in ev.votes.values()) >= n for side, n in counts.items()):
        return  # (every side counted is already named in full)
    council = _council_on(day)[0]
    facts = _Facts(raw)
    for c in clauses:
        if c.header or len(c.mentions) < 2:
            continue
        if " the " in low[c.lo:c.hi] and _the_counted_were(ev, c, counts, council, day, low,
                                                           facts):
            continue
        taken = claimed(c)
        listed = [m for run in member_runs(c, low) if len(run) >= 2 and not any(
            (m.start, m.end) in taken for m in run) for m in run]
        if listed and (_PARTIAL_LIST.search(text, max(c.lo, listed[0].start - 20),
                                            listed[0].start) or _SIDE_TOLD.search(
                text, c.lo, c.hi)):
            # ("For example: A, B, C and D" is some of a side; "A, B and C were also on the
            # majority side" tells its side in words the count must not overrule)
            continue
        codes = {m.code(day, prefer=council) for m in listed}
        if len(listed) < 2 or not all(k in council for k in codes) or (
                2 * len(codes & set(ev.sponsors)) > len(codes)):
            # (the drafters named again, "the ten elected members -- A, B, ...": a list the
            # story gives for who wrote the text, whatever the count of its votes; not "It got
            # eleven: Mexico, the United States, Albania, ...", the two drafters among them)
            continue
        fits = [side for side, n in counts.items() if len(
            codes | {k for k, v in ev.votes.items() if v == side}) == n]
        if len(fits) != 1 or any(ev.votes.get(k or "", fits[0]) != fits[0] for k in codes):
            continue
        if len(listed) == 2 and (c.vote_words != {fits[0]}
                                 or IN_RELATIVE.search(text, c.lo, listed[0].start)):
            # (two names are as often the drafters or the two sides of the quarrel: they
            # fill a side only where the clause's vote words say that side, and not in an
            # aside: "The abstainers were the same two as so often: Britain and the United
            # States", not "Ghana, which sits on the Council with A and B, voted in favour")
            continue
        _give_side(ev, {k for k in codes if k}, fits[0], c, facts)


def _complete_counts(counts: dict[str, int], votes: dict[str, str], size: int,
                     someone_away: bool = False) -> None:
    keys = ("yes", "no", "abstain")
    listed = {k: sum(1 for v in votes.values() if v == k) for k in keys}
    # a member absent or not taking part cast no vote: not an abstention
    away = sum(1 for v in votes.values() if v in ("absent", "not_participating"))
    if someone_away and not away:
        away = 1  # ("the Argentine delegate did not take part in the vote", unread as ARG)
    size -= away
    known = [k for k in keys if k in counts]
    if len(known) == 2 and away and "abstain" not in counts:
        # "seven to one; Egypt and India did not vote, the Soviet seat was empty": whether
        # anyone else abstained is more arithmetic than the story states, unless the
        # abstainers it names make up the rest
        rest = size - sum(counts[k] for k in known)
        # (or none is left to abstain: "thirteen to one, with one member not voting")
        if rest == listed["abstain"]:
            counts["abstain"] = rest
        return
    if len(known) == 2:
        rest = size - sum(counts[k] for k in known)
        missing = next(k for k in keys if k not in counts)
        if rest >= 0 and rest >= listed[missing]:
            counts[missing] = rest
        return
    if len(known) == 3:
        return
    # The lists name every member: "Only A, B and C voted yes. D and E voted no, and the
    # remaining ten abstained."
    trial = {k: counts.get(k, listed[k]) for k in keys}
    if sum(trial.values()) == size and all(trial[k] >= listed[k] for k in keys):
        counts.update(trial)
        return
    if len(known) == 1:
        # One count and one complete list: the third follows.
        for k in keys:
            if k in counts or listed[k] == 0:
                continue
            other = next(x for x in keys if x not in counts and x != k)
            rest = size - counts[known[0]] - listed[k]
            if rest >= listed[other] and rest >= 0 and listed[other] == rest:
                counts[k] = listed[k]
                counts[other] = rest
                return


_NO_VETO_NEEDED = re.compile(
    r"\b(?:no|without\s+(?:a|any|the\s+need\s+for\s+a))\s+veto\s+(?:was\s+|being\s+)?"
    r"(?:needed|required|necessary)\b|\bdid\s+not\s+(?:need|require)\s+a\s+veto\b"
    r"|\b(?:fell|failed)\s+(?:\w+\s+)?for\s+(?:lack|want)\s+of\s+(?:votes|support)\b", re.I)


def _no_veto_needed(d: Draft, text: str) -> bool:
    """Does the story say the text fell short of votes with no veto needed to stop it?"""
    return any(_NO_VETO_NEEDED.search(text, c.lo, c.hi) for c in d.clauses)


# one sentence from where the last ended, up to its stop
_SENTENCE = re.compile(r"\s*[^.!?]{1,300}[.!?]")


def _procedural(d: Draft, text: str) -> bool:
    """Do the draft's clauses, or the sentence that brought the text up just before its
    first ("Delegates then moved to a procedural resolution ... That motion carried 10 to
    1"), call the vote procedural?"""
    spans = [(c.lo, c.hi) for c in d.clauses]
    first = next((c for c in d.clauses if not c.header), None)
    if first is not None and first.lo == first.sent.start:
        spans.append((max(0, text.rfind("\n", 0, first.lo), first.lo - 300), first.lo))
    # "Russia voted against. Because the decision was procedural, its vote was not a veto.":
    # the sentence after one of the vote's own says why the no blocked nothing
    after = {c.sent.end for c in d.clauses if not c.borrowed}
    spans += [m.span() for end in after if (m := _SENTENCE.match(text, end)) and (
        "veto" in m.group())]
    return any("rocedur" in text[a:b] and PROCEDURAL.search(text, a, b) for a, b in spans)


def _outcome(kinds: list[str], yes: int | None, needed: int, p5_no: list[str],
             no: int | None) -> str | None:
    veto = "veto" in kinds
    fail = "fail" in kinds
    block = "block" in kinds
    adopt = "adopt" in kinds
    if yes is not None and yes < needed:
        return "failed" if (fail or veto or block or p5_no or not adopt) else "adopted"
    if adopt and not (veto or fail or block):
        # "adopted by 10 votes to 1, the Soviet Union voting against": a permanent member's
        # no on a text reported adopted was procedural, not a veto
        return "adopted"
    if veto or ((fail or block) and p5_no):
        if adopt and yes is not None and yes >= needed and not p5_no:
            return "adopted"
        return "vetoed"
    if fail or block:
        # (enough votes and none against cannot fail: the failure word is another verb's)
        return "adopted" if yes is not None and yes >= needed and no == 0 else "failed"
    if yes is not None:
        if p5_no:
            return "vetoed"
        return "adopted" if yes >= needed else "failed"
    return None


def _confidence(ev: Event, tl: Timeline, day: date | None, size: int | None
                ) -> tuple[float, list[str]]:
    conf = 0.9
    notes = list(tl.notes)
    if not tl.trusted:
        conf -= 0.3
    if day is None:
        conf -= 0.2
        notes.append("no date found for the vote")
    if ev.outcome is None:
        conf -= 0.3
    tally = [ev.yes, ev.no, ev.abstain]
    if size:
        size -= sum(1 for v in ev.votes.values() if v in ("absent", "not_participating"))
    if size and all(v is not None for v in tally) and sum(
            v for v in tally if v is not None) != size:
        conf -= 0.15
        notes.append(f"tally {ev.yes}-{ev.no}-{ev.abstain} does not add up to {size}")
    if ev.yes is None:
        conf -= 0.1
    if ev.date and notes and not tl.trusted:
        notes.append(f"vote dated {ev.date}")
    return round(max(0.05, min(1.0, conf)), 2), notes
