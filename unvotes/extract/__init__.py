"""Text → Security Council vote events. Pure: no database, no network.

    >>> from unvotes.extract import extract
    >>> [e.to_dict()["outcome"] for e in extract(article_text, published="2022-05-27")]
    ['vetoed']

Stages, one module each: :mod:`.documents` (files and pages to text), :mod:`.sentences`
(blocks and sentences with offsets), :mod:`.actors` (who), :mod:`.dates` and
:mod:`.timeline` (when), :mod:`.numbers` (tallies), :mod:`.cues` (the words of voting),
:mod:`.votes` (who voted how), :mod:`.clauses` (what one clause says), :mod:`.events`
(which draft a clause is about) and :mod:`.settle` (each event's facts).
"""

from __future__ import annotations

import re
import sys
import types
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .cues import SAME_DAY
from .documents import (
    DocError,
    Document,
    DocumentError,
    decode_bytes,
    iter_documents,
    parse_day,
    read_document,
)
from .events import Event, ordered_votes
from .lexicon import COUNCIL_OF_NOT_A_BODY
from .numbers import NUM, SPOKEN_PAIRS, number, spoken_pairs

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .actors import Mention
    from .clauses import Clause
    from .events import Draft
    from .sentences import Text
    from .timeline import Timeline

__all__ = [
    "Analysis",
    "DocError",
    "Document",
    "DocumentError",
    "Event",
    "analyse",
    "extract",
    "iter_documents",
    "read_document",
]

# News articles are a few kilobytes; anything far longer is not one article, and reading
# only its head keeps a 20 MB input to a fraction of a second.
MAX_CHARS = 200_000

# Without one of these words a text cannot report a vote: skip all further work.
_KEYWORDS = re.compile(r"vot|veto|adopt|resolution|abstain|draft|endors|approv|pass|unanim|"
                       r"authori", re.I)
# ... and without the United Nations it is not a vote of ours: a national security council,
# a parliament or a party congress votes too.
_UN_CONTEXT = re.compile(
    r"(?<!national )(?<!peace and )security\s+council(?!\s+of\s+(?!"
    + COUNCIL_OF_NOT_A_BODY + r"))"
    r"|\bunsc\b|\bgeneral\s+assembly\b|\bunited\s+nations\b|\bu\.\s?n\.|\bun\b"
    r"|\bveto(?:es|ed|ing)?\b"
    # the Council's own words: "the Secretary-General's monthly reporting", "penholders"
    r"|\bsecretary-general\b|\bpen-?holders?\b|\bs/res/"
    # a Council document's symbol, a resolution with its year: "S/2021/1080", "2615 (2021)"
    r"|\bs/(?:19|20)\d\d/\d|\bresolution\s+\d{2,4}\s*\((?:19|20)\d\d\)"
    # "adopted under Chapter VII of the Charter"
    r"|\bchapter\s+vii\b"
    # the Council's seat until 1951: "Thursday's session at Lake Success"
    r"|\blake\s+success\b",
    re.I,
)


# the words a story of applicants uses (see .applicants): without them, no applicant
_APPLICATION_WORDS = ("applica", "admission", "admitted", "candida", "membership", "name of")

_NEXT_DAY = re.compile(
    r"\b(?:statement|communiqu\w*|press\s+release|declaration|release|note)\s+(?:was\s+)?"
    r"(?:issued|released|published|put\s+out|circulated)\s+(?:on\s+)?the\s+(?:next|following)"
    r"\s+day\b|\b(?:the\s+)?(?:next|following)\s+day,?\s+(?:the\s+)?(?:ministry|government|"
    r"foreign\s+ministry|office|mission)\s+(?:issued|released|said)")
# "Here is what happened on 23 December": the lead names the day of the votes it goes on to
# report one by one.
# The number an adopted text received, given in a sentence of its own: "Resolution 2720
# also asks ...", "The text, numbered 2720, ...", "The measure became resolution 2720".
_RES_NAMED = re.compile(
    # ("By resolution 1966 (2010) it established the Residual Mechanism")
    r"(?:(?:^|[.!?]\s+)by\s+|^|[.!?]\s+|(?<=\d)\s+-{1,3}\s+|"
    r"\b(?:the|this)\s+(?:text|resolution|measure|document)\s*,?\s+"
    # ("The text, which will be known as Security Council resolution 248, ...")
    r"(?:which\s+(?:will\s+be|is|was)\s+)?"
    r"(?:(?:now|officially|formally)\s+)?(?:(?:numbered|designated|known\s+as)\s+"
    r"(?:(?:un\s+|u\.n\.\s+)?security\s+council\s+)?)?"
    r"|\b(?:became|becomes|is\s+now|numbered|designated(?:\s+as)?)\s+"
    # "which becomes Security Council resolution 252"
    r"(?:(?:un\s+|u\.n\.\s+)?(?:security\s+)?council\s+)?)"
    # "The measure, UNSC Res. 2787 (2025), extends ..."
    r"(?:unsc\s+)?(?:resolution|unscr|res\.|res(?=\s+\d{3,4}\b))\s*(?:no\.?\s*|number\s+|#\s*)?"
    r"(?P<n>\d{1,4})\b"
    r"(?!\s*(?:and\b|/|-))"
    r"|\b(?:the|this)\s+(?:new\s+|adopted\s+|final\s+)?(?:text|resolution|measure)\s*,?\s+"
    r"numbered\s+(?P<n2>\d{1,4})\b"
    # "The resolution, 1932 (2010), extends the judges' terms": the number in apposition
    r"|\b(?:the|this)\s+(?:new\s+)?(?:text|resolution)\s*,\s*(?P<n17>\d{1,4})\s*\((?:19|20)\d\d\)"
    r"\s*,"
    # "The resolution, which received the number 138, ...", "it was given number 2720"
    r"|\b(?:received|receives|was\s+given|is\s+given|bears|bore|was\s+assigned|carries)\s+"
    r"(?:the\s+)?number\s+(?P<n3>\d{1,4})\b"
    # "The resolution is Number 134 in the Council's series", "diplomats call it resolution
    # 232", "the resolution, the 487th in the Council's history"
    # ... "The resolution number is 1212."
    r"|\b(?:(?:resolution|text|it)\s+(?:is|was)\s+(?:number|no\.)|(?:resolution|text)(?:'s)?\s+"
    r"number\s+(?:is|was))\s*(?P<n4>\d{1,4})\b"
    # "Today's resolution is numbered 66 in the Council's series"
    r"|\bresolution\s+(?:is|was)\s+numbered\s+(?P<n20>\d{1,4})\b"
    # "The resolution, which now stands as No. 35 in the Council's series"
    # ("The resolution, which becomes number 91 of the Council, obtained eight votes")
    r"|\b(?:(?:stands|stood|appears|is\s+listed|goes\s+down)\s+as|becomes|became)\s+"
    r"(?:number|no\.)\s*"
    r"(?P<n18>\d{1,4})\b"
    r"|\b(?:call|calls|called)\s+it\s+resolution\s+(?P<n5>\d{1,4})\b"
    # "The new resolution is called Resolution 2601"
    r"|\b(?:is|was)\s+(?:called|named|numbered)\s+resolution\s+(?P<n9>\d{1,4})\b"
    # "Under resolution 2739 (2024), the Secretary-General will report ...": what the text in
    # hand provides, when the number is of the vote's own year (checked where it is used)
    r"|\bunder\s+resolution\s+(?P<n10>\d{1,4})\s*\((?:19|20)\d\d\)"
    r"(?!\s*,\s*(?:adopted|passed|approved|agreed|of|from|in|which|first)\b)"
    # "The text adopted is Security Council resolution 274 (1969)", an archivist's note
    # ... "That decision is resolution 790."
    r"|\b(?:the|that|this)\s+(?:text|resolution|decision)(?:\s+adopted)?\s+(?:is|was|became)\s+"
    r"(?:security\s+council\s+)?resolution\s+(?P<n15>\d{1,4})\b"
    # ("... renewed for one year the force in Abyei. That was resolution 2660.")
    r"|(?:^|[.!?]\s+)(?:that|this|it)\s+(?:was|is|became)\s+(?:security\s+council\s+)?"
    r"resolution\s+(?P<n23>\d{1,4})\b(?!\s*\(|\s+of\b)"
    # "Here is what S/RES/2321 (2016) does": the symbol with its year
    r"|\bs/res/(?P<n11>\d{1,4})\s*\((?:19|20)\d\d\)"
    r"|\bthe\s+(?P<n6>\d{1,4})(?:st|nd|rd|th)\s+(?:resolution\b|(?:in|of)\s+the\s+council's\s+"
    r"(?:history|series)\b)"
    # "The resolution -- resolution number 670, for those keeping count --"
    r"|\b(?:the|this)\s+(?:text|resolution)\s*[,-]+\s*resolution\s+(?:number\s+|no\.\s*)?"
    r"(?P<n7>\d{1,4})\b"
    # "By resolution 301 (1971) the Council declared ..."
    r"|\bby\s+resolution\s+(?P<n8>\d{1,4})\s*(?:\(\d{4}\)\s*)?,?\s*the\s+(?:security\s+)?council\b"
    # "The Secretariat has registered the text as resolution 33", "The Council's
    # recommendation, registered as resolution 292, now goes to the Assembly"
    r"|\b(?:registered|recorded)\s+(?:the\s+(?:text|decision|resolution)\s+|it\s+)?as\s+"
    r"resolution\s+(?P<n13>\d{1,4})\b"
    # "With resolution 2694, it will also monitor the ceasefire": what the new text does
    r"|\bwith\s+resolution\s+(?P<n14>\d{1,4})\s*,\s*(?:it|the\s+(?:mission|council|force))\s+"
    r"(?:will|would|now|also)\b"
    # a broadcast reads it aloud: "Resolution fifteen forty-five goes much further"
    rf"|(?:^|(?<=[.!?]\s))resolution\s+(?P<n12>{SPOKEN_PAIRS})\b"
    # ("the resolution, which is numbered twenty-seven sixty-six")
    rf"|\bnumbered\s+(?P<n16>{SPOKEN_PAIRS})\b"
    # ("The text, resolution six hundred and six, asks the Secretary-General ...")
    rf"|\b(?:the|this)\s+(?:new\s+)?(?:text|resolution|measure)\s*,\s*resolution\s+"
    rf"(?P<n19>{SPOKEN_PAIRS})\s*,"
    # ("The resolution, number two-one-seven, was adopted")
    rf"|\b(?:the|this)\s+(?:new\s+)?(?:text|resolution|measure)\s*,\s*number\s+"
    rf"(?P<n21>{SPOKEN_PAIRS})\s*,"
    # ("Its resolution, number 36 of the Council's series, was adopted")
    r"|\b(?:the|this|its)\s+(?:new\s+)?(?:text|resolution|measure)\s*,\s*(?:number|no\.)\s*"
    r"(?P<n22>\d{1,4})\b(?=\s*,|\s+(?:of|in)\s+the\s+council's\b)")
# "The decision, formally numbered resolution 225": the number of the text just told
_THE_DECISION = re.compile(r"(?:^|[.!?]\s+)(?:the|this)\s+(?:decision|text|resolution|measure)"
                           r"\s*,?\s*(?:(?:now|officially|formally)\s+)?$")
# "That decision is resolution 790.": the text just told
_POINTS_BACK = re.compile(r"(?:that|this)\s+(?:decision|text|resolution|measure)\b")
_RENAMED = re.compile(r"numbered|became|becomes|designated|number\s|by\s+resolution")


def _named_number(m: re.Match[str]) -> int:
    """The number a :data:`_RES_NAMED` match names, whichever of its forms matched."""
    spoken = m.group("n12") or m.group("n16") or m.group("n19") or m.group("n21")
    if spoken:
        return spoken_pairs(spoken)
    return int(next(g for g in m.group("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10",
                                       "n11", "n13", "n14", "n15", "n17", "n18", "n20", "n22",
                                       "n23")
                    if g))


# (not a range, "resolutions 1860-1862"; but "resolution 1860 -- a British text" is one)
_ANY_RESOLUTION = re.compile(r"\bresolution\s+(\d{1,4})\b(?!\s*(?:-|\u2013|to\b)\s*\d)")
_CITED = re.compile(r"\b(?:recall\w*|under|pursuant|implement\w*|earlier|previous|prior|last|since|"
                    r"line\s+with|accordance|reaffirm\w*|build\w*\s+on|extend\w*|amend\w*|"
                    r"establish\w*\s+(?:by|under|in)|set\s+up\s+(?:by|under|in))\b[^.;]*$")


_MONTH3 = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_DATED_AFTER = re.compile(rf"\s*(?:\(\d{{4}}\)\s*)?,?\s*(?:of|adopted\s+(?:on|in))\s+"
                          rf"(?:\d{{1,2}}\s+{_MONTH3}|{_MONTH3}[a-z]*\.?\s+\d)")


_NUMBERS_OF_SEVERAL = re.compile(r"\b(?:the\s+numbers|numbered|resolutions)\s+"
                                 r"(?P<ns>\d{1,4}(?:\s*,\s*\d{1,4})*\s*,?\s+and\s+\d{1,4})\b"
                                 r"(?!\s*\((?:19|20)\d\d\)\s*,?\s*(?:of|adopted))")


def _late_resolution_number(events: list[Event], low: str, start: int) -> None:
    """Give an adopted Council text the number a sentence of its own names, when that number
    belongs to the vote's year and no other number competes for it: the story's one adopted
    text, or of several the one told right after the number ("Resolution 944 says the
    embargo ends ... It passed by thirteen votes to none. ... The Council then renewed its
    mission in Angola")."""
    if not any(w in low for w in ("resolution", "unscr", "number", "res.", "s/res/")):
        return
    if any(e.resolution is not None for e in events):
        _number_between(events, low, start)
        return
    bare = [e for e in events if e.body == "SC" and e.outcome == "adopted"]
    if not bare or any(e.date is None for e in bare):
        return
    from .dates import resolution_year

    years = {int(e.date[:4]) for e in bare if e.date is not None}
    if len(bare) >= 2 and " and " in low:
        # "The Council's records give the two decisions the numbers 364 and 365": numbers
        # rise with time, so the earlier vote (or the one told first, the same day) has the
        # lower one
        for m in _NUMBERS_OF_SEVERAL.finditer(low, start):
            ns = [int(x) for x in re.findall(r"\d+", m.group("ns"))]
            if len(ns) == len(bare) and ns == sorted(set(ns)) and all(
                    resolution_year(n) in years for n in ns):
                in_order = sorted(bare, key=lambda e: (e.date or "", bare.index(e)))
                for e, n in zip(in_order, ns, strict=True):
                    e.resolution = str(n)
                return
    found: dict[int, int] = {}
    for m in _RES_NAMED.finditer(low, start):
        n = _named_number(m)
        if resolution_year(n) in years:
            found.setdefault(n, m.start())
    if not found and len(bare) == 1:
        # "The result of resolution 2518 (2020) was announced on Monday": the story's one
        # number of the vote's year, unless the story cites it as an older text (a heading
        # above the story counts: "1. New York: resolution 2736 on El Fasher")
        found = {n: m.start() for m in _ANY_RESOLUTION.finditer(low)
                 if resolution_year(n := int(m.group(1))) in years
                 and not _CITED.search(low, max(start, m.start() - 50), m.start())
                 # ("the council's resolution 107 of March 30": an older text, dated)
                 and not _DATED_AFTER.match(low, m.end())}
    if len(found) == len(bare) >= 2 and all(e.evidence for e in bare):
        # "Resolution 1392 keeps the mission ... The Council also voted to extend its observer
        # mission in Georgia. That text became resolution 1393.": one number inside the
        # telling of each text, rising with the order they are told
        starts = sorted((min(f["start"] for f in e.evidence), i) for i, e in enumerate(bare))
        by_pos = sorted((pos, n) for n, pos in found.items())
        if [n for _, n in by_pos] == sorted(found) and all(
                s <= pos < (starts[k + 1][0] if k + 1 < len(starts) else len(low))
                for k, ((s, _), (pos, _)) in enumerate(zip(starts, by_pos, strict=True))):
            for (_, i), (_, n) in zip(starts, by_pos, strict=True):
                bare[i].resolution = str(n)
        return
    if len(found) != 1:
        return
    [(n, pos)] = found.items()
    if len(bare) == 1:
        bare[0].resolution = str(n)
        return
    # (an event's first evidence is where the story starts telling it)
    told = sorted((min(f["start"] for f in e.evidence), i) for i, e in enumerate(bare)
                  if e.evidence)
    after = [i for s, i in told if s >= pos]
    if len(told) == len(bare) and after and (after[0] == told[0][1]):
        bare[after[0]].resolution = str(n)
    elif len(told) == len(bare) and after and told[0][0] < pos and (_THE_DECISION.search(
            low, max(0, pos - 60), pos) or _POINTS_BACK.match(low, pos)):
        # "The Council recommended Lesotho's admission by fifteen votes to none. The
        # decision, formally numbered resolution 225, ...": the text told just before
        bare[[i for s, i in told if s < pos][-1]].resolution = str(n)


def _number_between(events: list[Event], low: str, start: int) -> None:
    """Give an adopted text without a number the one a sentence of its own names while the
    story is still telling that text, before it takes up the next ("The Council voted 13-0-2
    to renew UNSMIL. ... Resolution 2542 also changes the mission's leadership. ... At the
    next meeting it adopted resolution 2543"), when the number is of the vote's year and
    no other text has it."""
    from .dates import resolution_year

    if not any(e.body == "SC" and e.outcome == "adopted" and e.resolution is None
               and e.date is not None for e in events):
        return
    taken = {e.resolution for e in events}
    told = sorted((min(f["start"] for f in e.evidence), i) for i, e in enumerate(events)
                  if e.evidence)
    if len(told) != len(events):
        return
    found = [(m.start(), n) for m in _RES_NAMED.finditer(low, start)
             if str(n := _named_number(m)) not in taken]
    for k, (first, i) in enumerate(told):
        e = events[i]
        if e.body != "SC" or e.outcome != "adopted" or e.resolution is not None or (
                e.date is None):
            continue
        end = told[k + 1][0] if k + 1 < len(told) else len(low)
        if k == 0:
            # ("Last Wednesday the Council gave the answer. By resolution 1966 (2010) it
            # established the Mechanism.\nThe resolution was adopted by 14 votes": the lead,
            # the paragraph before the count)
            first = max(start, low.rfind("\n", 0, max(0, low.rfind("\n", 0, first))))
        if k > 0 and events[told[k - 1][1]].resolution is not None:
            # "The second vote was less harmonious. Resolution 2616, a Mexican initiative,
            # asks ... It was adopted by 12 votes": named after the text before was done with
            first = min(first, max(f["end"] for f in events[told[k - 1][1]].evidence))
        inside = {n for pos, n in found if first < pos < end
                  and resolution_year(n) == int(e.date[:4])}
        if len(inside) == 1:
            e.resolution = str(inside.pop())


def _days_before(ev: Event, told: Event, clauses: list[Clause], raw: str) -> None:
    """Date a vote the story tells as the one a vote it has told came after ("The vote came a
    day after a divided Council renewed the Syria mechanism")."""
    from .events import DAYS_AFTER_OTHER

    first = next((c for c in clauses if c.live_outcomes), None)
    if first is None or told.date is None or any(f["fact"] == "date" and f["start"] >= first.lo
                                                 and f["end"] <= first.hi
                                                 for f in ev.evidence):
        return
    m = DAYS_AFTER_OTHER.search(first.sent.text, max(0, first.lo - first.sent.start),
                                first.live_outcomes[0].start - first.sent.start)
    if m is None:
        return
    n = {"a": 1, "one": 1, "two": 2, "three": 3}[m.group("n").lower()]
    _redate(ev, told, -n, first, raw)


def _redate(ev: Event, told: Event, days: int, c: Clause, raw: str) -> None:
    """Give ``ev`` the day ``days`` from ``told``'s, citing the sentence of ``c``."""
    assert told.date is not None
    ev.date = (date.fromisoformat(told.date) + timedelta(days=days)).isoformat()
    ev.evidence = [f for f in ev.evidence if f["fact"] != "date"]
    ev.evidence.append({"fact": "date", "text": raw[c.sent.start:c.sent.end],
                        "start": c.sent.start, "end": c.sent.end})


# "- The next day, resolution 2733 (2024) renewed ...": the day after the vote told before
_NEXT_DAY_OPENS = re.compile(r"\W*(?:the\s+(?:very\s+)?(?:next|following)\s+day|a\s+day\s+later)"
                             r"\s*,?\s", re.I)


def _day_after(ev: Event, told: Event, clauses: list[Clause], raw: str) -> None:
    """Date a vote the story opens with "The next day" by the day of the vote before it."""
    first = next((c for c in clauses if c.has_vote_content or c.resolutions), None)
    if first is None or told.date is None or ev.body != told.body or not _NEXT_DAY_OPENS.match(
            raw, first.lo) or any(f["fact"] == "date" and first.lo <= f["start"] < first.hi
                                  for f in ev.evidence):
        return
    _redate(ev, told, 1, first, raw)


_BEFORE_THAT_OPENS = re.compile(r"\W*(?:before\s+that|prior\s+to\s+that)\s*,")
# "It first extended the force ... It then endorsed, by resolution 365, ...": the next act of
# the sitting just told
_THEN_OPENS = re.compile(r"\W*(?:it|the\s+(?:security\s+)?council)\s+then\s+(?!on\b|in\b|at\b)")


def _day_told_before(t: Text, tl: Timeline, lo: int, hi: int, before: Event) -> date | None:
    """The day a sentence without a vote names in full (a date, or a weekday with its date),
    when it is later than the vote told before: what "the same day" after it means."""
    from .dates import find_dates

    if before.date is None or any(f["start"] < hi and f["end"] > lo for f in before.evidence):
        return None
    days = [d for m in find_dates(t.plain, lo, hi) if m.kind in ("full", "monthday")
            and (d := tl.resolve(m)) is not None]
    told = date.fromisoformat(before.date)
    return days[-1] if days and days[-1] > told and (
        tl.reference is None or days[-1] <= tl.reference) else None


def _names_its_day(sentence: str) -> bool:
    """Does a sentence that says "the same afternoon" of several votes name their day too
    ("Then on Thursday, 16 November, the Council voted twice on the same afternoon")?"""
    from .dates import find_dates
    from .events import VOTED_N_TIMES

    return VOTED_N_TIMES.search(sentence) is not None and any(
        m.kind in ("full", "monthday") for m in find_dates(sentence))


def _same_day(ev: Event, before: Event, clauses: list[Clause], t: Text, raw: str,
              tl: Timeline) -> None:
    """Give an undated vote the day of the vote reported before it when its first sentence,
    or the one before, says it came at the same meeting or day (or, when the sentence before
    names a later day of its own, that day)."""
    if before.date is None:
        return  # ("The same day, in the Security Council, ..." after an Assembly vote too)
    first = next((c for c in clauses if not c.header), None)
    if first is None:
        return
    i = first.sent.index
    lo = t.sentences[i - 1].start if i > 0 and not t.sentences[i - 1].header else first.sent.start
    seg = t.low[lo:first.sent.end]
    if not ("same" in seg or "earlier" in seg or "later" in seg or "shortly" in seg
            or "before that" in seg or " then " in seg):
        return
    # ("The Council acted at its Saturday session. ... Before that, the Soviet proposal ...
    # had won only two votes": earlier at the meeting just told)
    m = SAME_DAY.search(t.low, lo, first.sent.end) or _BEFORE_THAT_OPENS.match(
        t.low, first.sent.start) or _THEN_OPENS.match(t.low, first.sent.start)
    if m is not None:
        ev.date = before.date
        if m.start() >= first.sent.start and lo < first.sent.start and (
                day := _day_told_before(t, tl, lo, first.sent.start, before)) is not None:
            # ("In the early hours of Saturday 14 April, the three struck sites in Syria. The
            # Council met the same day": the day the sentence before names)
            ev.date = day.isoformat()
        ev.evidence = [f for f in ev.evidence if f["fact"] != "date"]
        s = first.sent if m.start() >= first.sent.start else t.sentences[i - 1]
        ev.evidence.append({"fact": "date", "text": raw[s.start:s.end],
                            "start": s.start, "end": s.end})


# "The vote came on Tuesday", "Members met late Thursday", "the chamber on Tuesday
# afternoon": a lead clause that dates the meeting without a vote word of its own
_HAPPENED = re.compile(r"\b(?:happened|took\s+place|unfolded|occurred|transpired|vote\s+came|"
                       r"(?:vote|decision)\s+was\s+taken|decision\s+came|(?<=council\s)acted|"
                       # ("On Thursday, 10 February, the Council took up once again the question")
                       r"(?<=council\s)took\s+up|"
                       # (not "the Chamber of Commerce press digest" in a page's header)
                       r"voting\s+came|met|convened|gathered|assembled|"
                       # "they voted by letter, and the result was announced on Monday 30 March"
                       r"(?:result|outcome)\s+(?:was|were)\s+announced|"
                       r"chamber(?!\s+of\s+(?:commerce|deputies|industry))|green\s+light|"
                       r"had\s+to\s+decide|came\s+to\s+(?:a|the)\s+vote"
                       # ("the vote was yesterday, Wednesday, here in New York")
                       r"|vote\s+was(?=\s+(?:late\s+|early\s+)?(?:yesterday|today|last\s+night|"
                       r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
                       # ("WHAT THE COUNCIL VOTED LAST THURSDAY": a headline's day of the vote)
                       r"|(?<=council\s)voted(?=\s+(?:last|this|yesterday|early|late|on\s+(?:mon|"
                       r"tues|wednes|thurs|fri|satur|sun)day)\b))\b")
# ("The branch committee met the management on Monday. ... at the Security Council on
# Tuesday, 18 October": another body's meeting, not the Council's day)
_OTHER_BODY_MET = re.compile(r"\b(?:committee|board|union|club|society|association|branch|"
                             r"cabinet|parliament|congress|synod|chapter|lodge|"
                             # ("The Executive met on October 25 and approved the dues")
                             r"executive|bureau|presidium|trustees|directors|governors)\s+"
                             # ("The committee on the new New Zealand male table met on ...")
                             r"(?:[\w'-]+\s+){0,7}?(?:met|convened|gathered|assembled)\b")
# "A draft resolution ... was put to the vote on Wednesday the 20th": the vote's day, the one
# after the words (not "Egypt pulled it on Thursday, and it was put to a vote on Friday")
_PUT_TO_VOTE_ON = re.compile(r"\b(?:was|were)\s+put\s+to\s+(?:the\s+|a\s+)?vote\s+(?=on\b|"
                             r"last\b|yesterday\b|today\b|late\b|early\b)")


def _put_to_vote_day(c: Clause, low: str) -> Clause:
    """The clause with only the day after "was put to the vote", when it has no vote words
    of its own to rank its days by."""
    if c.has_vote_content or not (pm := _PUT_TO_VOTE_ON.search(low, c.lo, c.hi)):
        return c
    # ("on Wednesday the 20th": the weekday and the date that says which)
    near = [m for m in c.dates if pm.end() <= m.start <= pm.end() + 30]
    return replace(c, dates=near) if near else c


_LEAD_MODIFIERS = frozenset(("", "on", "late", "early", "last"))
# "Monday's vote", "Thursday's session in New York", "Monday's meeting of the Security Council"
# (not "Monday night's meeting" of a students' club)
_LEAD_SITTING = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:votes?|veto|vetoes|decision|ballot|session|"
                           r"sitting|meeting\s+(?:of|at|in)\s+the\s+(?:security\s+)?council|"
                           # ("Tuesday's meetings on the two Sudans")
                           r"meetings?\s+on\s+the)\b", re.I)


def _lead_day(t: Text, tl: Timeline) -> date | None:
    """The day the lead gives its news ("The Security Council on Tuesday created a
    tribunal", "On Monday it demanded a ceasefire"): the first day named in the first three
    paragraphs (a transcript's note on how it was made may come first), when it is one of the
    week before the story's day. It dates the votes a
    story reports with no day of their own better than the story's day does."""
    from .dates import WEEKDAYS, find_dates, safe_date
    from .events import _EVENT_BEFORE, _SAID_BEFORE

    ref = tl.reference
    if ref is None:
        return None

    def para_day(a: int, b: int) -> tuple[bool, date | None]:
        """Whether the paragraph names the lead's day, and that day if it is one of the
        week before the story's."""
        found = find_dates(t.plain, a, b)
        for m, nxt in zip(found, found[1:] + [None], strict=False):
            if m.kind in ("monthday", "full") and t.low.startswith(tuple(WEEKDAYS), m.start):
                # "The events of Friday 2 April give an answer": the day in full, its weekday
                # with it, the news's day when it is of the weeks before the story's
                day = tl.resolve(m)
                if day is not None and ref - timedelta(days=45) <= day < ref:
                    return True, day
                continue
            if m.kind not in ("weekday", "relative", "day") or (
                    # ("Monday's session of the Security Council ended ...": the news's day)
                    m.possessive and not _LEAD_SITTING.match(t.plain, m.end)) or (
                    m.kind == "relative" and m.rel < -7):
                continue  # ("Three weeks ago the people of Dili woke to the news": background)
            if m.kind == "weekday" and nxt is not None and nxt.kind in (
                    "monthday", "full", "day") and (
                    t.plain[m.end:nxt.start].strip(" ,") in ("", "the")):
                # "On Wednesday 30 November the Council extended ...", "Last week, on Tuesday
                # the 17th, the Council voted twice": the date says which Tuesday
                day = tl.resolve(nxt)
                if nxt.kind == "monthday" and day is not None and day.weekday() != m.weekday and (
                        ahead := safe_date(day.year + 1, day.month, day.day)) is not None and (
                        ahead.weekday() == m.weekday and ahead > ref):
                    # ("The record evening on Saturday 12 November is devoted to ...": the
                    # weekday says the day is this year's, still to come)
                    continue
                return True, (day if day is not None and ref - timedelta(days=45) <= day < ref
                              else None)
            if m.kind != "relative" and m.modifier not in _LEAD_MODIFIERS:
                continue
            if _SAID_BEFORE.search(t.plain, max(a, m.start - 30), m.start):
                continue  # "a diplomat said on Tuesday": not the news's day
            if _EVENT_BEFORE.search(t.plain, max(a, m.start - 40), m.start):
                continue  # "Mr. Smith's declaration of independence on Thursday"
            day = tl.resolve(m)
            if day is not None and ref - timedelta(days=7) < day < ref:
                return True, day
            return True, None
        return False, None

    # (a section's heading in capitals, "THE WORLD BEYOND THE GRASSFIELDS", is no paragraph
    # of the lead)
    paras = [(a, b) for a, b, header in t.blocks
             if not header and not (b - a < 80 and t.plain[a:b].isupper())][:3]
    off_topic: list[date | None] = []
    for a, b in paras:
        named, day = para_day(a, b)
        if not named:
            continue
        if "council" in t.low[a:b] or _KEYWORDS.search(t.plain, a, b) or _UN_CONTEXT.search(
                t.plain, a, b):
            return day
        # ("Harvest first ... Store cattle at Cashel fair on Wednesday were a shade easier.":
        # a column's other news; the day of the paragraph that turns to the Council, if it
        # names one, else this)
        off_topic.append(day)
    return off_topic[0] if off_topic else None


@dataclass
class Analysis:
    """What :func:`analyse` found: the events, and the story's own date as best known."""

    events: list[Event] = field(default_factory=list)
    published: date | None = None
    notes: list[str] = field(default_factory=list)


def analyse(text: str | bytes, *, published: date | str | None = None,
            source: str | None = None) -> Analysis:
    """Find every Security Council (and General Assembly) vote a text reports as news."""
    try:
        return _analyse(text, published, source)
    except RecursionError:  # pragma: no cover - a safety net, never seen
        return Analysis(notes=["text too deeply nested to analyse"])


def extract(text: str | bytes, *, published: date | str | None = None,
            source: str | None = None) -> list[Event]:
    """The vote events a text reports, as :class:`Event` objects (``.to_dict()`` for JSON)."""
    return analyse(text, published=published, source=source).events


_WEEKDAY_HEAD = re.compile(r"\s*(?::|-+|\u2013|\u2014)\s")
_SECTION_MAX = 80  # a section heading is one short line of its own
_HEAD_BEFORE_DAY = re.compile(r"(?::|-+|\u2013|\u2014)\s*(?:on\s+)?$")


def _section_days(t: Text, tl: Timeline) -> list[tuple[int, date | None]]:
    """(start, day) of each section heading of the body, the day it names or None: a review
    told in sections ("1. The first veto (8 June)", "2. Humanitarian relief (19 June)")
    dates each section's votes by its heading."""
    from .dates import find_dates, in_review, safe_date
    from .events import DATE_ONLY

    ref = tl.reference
    if ref is None or tl.latest is None:
        return []
    out: list[tuple[int, date | None]] = []
    by_weekday: set[int] = set()
    undated = tl.published is None and tl.header is None and tl.edition is None
    for a, b, _header in t.blocks:
        line = t.plain[a:b].strip()
        run_in = False
        if a >= t.body_start and (nl := t.raw.find("\n", a + 1, b)) != -1 and (
                t.raw[a:nl].strip()):
            # "MONDAY: the Russian draft (S/2023/772)" on the first line of its paragraph: a
            # heading by its day, the section's text running on below it (the split folds
            # the line break; the raw text keeps it)
            a += len(t.plain[a:nl]) - len(t.plain[a:nl].lstrip())
            b = nl
            line, run_in = t.plain[a:b].rstrip(), True
        if a < t.body_start or not line or len(line) > _SECTION_MAX or "\n" in line or (
                line[-1] in ".!?:;,\"'"):
            continue
        found = find_dates(t.plain, a, b)
        # "21 April" over "Resolution 912. The Council, unanimous, ...": a chronology's entry
        entry = len(found) == 1 and found[0].kind in ("full", "monthday") and (
            DATE_ONLY.fullmatch(line) is not None)
        if run_in and not entry and not (
                found and found[0].kind == "weekday" and found[0].start == a) and not (
                # ("1. SEXUAL VIOLENCE IN CONFLICT (23 April)" over its section's first line)
                found and found[-1].kind in ("full", "monthday") and line.endswith(")")
                and t.plain[found[-1].start - 1:found[-1].start] == "("
                and found[-1].end == a + len(line) - 1):
            continue
        days = {tl.resolve(m) for m in found if m.kind in ("full", "monthday")}
        if entry and undated and found[0].kind == "monthday":
            # (an undated guide's year, from the numbers it lists: its entries run on
            # past the first day it names)
            days = {safe_date(ref.year, found[0].month or 0, found[0].day or 0)}
        if not days and found and found[0].kind == "weekday" and found[0].start == a and (
                _WEEKDAY_HEAD.match(t.plain, found[0].end)):
            # "Friday: the veto", "Sunday: the procedural vote": a week's review by its days
            days = {tl.resolve(found[0])}
            by_weekday.add(len(out))
        elif not days and found and found[-1].kind == "weekday" and found[-1].end == b and (
                _HEAD_BEFORE_DAY.search(t.plain, a, found[-1].start)):
            # "Round two: Monday": a heading that closes on its day
            days = {tl.resolve(found[-1])}
            by_weekday.add(len(out))
        day = days.pop() if len(days) == 1 else None
        if day is not None and not (in_review(day, ref, 200) and day <= tl.latest) and not (
                entry and undated and day.year == ref.year):
            day = None
        out.append((a, day))
    for i in by_weekday:
        # (a weekday heading over a section that gives its dates in full names a day of
        # the week the story tells, not necessarily the last one: "WEDNESDAY: THE COUNCIL"
        # over "on Wednesday 26 May")
        # (not "condemning the 7 October attacks" under "WEDNESDAY:": a day of another weekday)
        end = out[i + 1][0] if i + 1 < len(out) else len(t.plain)
        told = out[i][1]
        if told is not None and any(
                m.kind in ("full", "monthday") and (d := tl.resolve(m)) is not None
                and d.weekday() == told.weekday() and d != told
                for m in find_dates(t.plain, out[i][0], end)):
            out[i] = (out[i][0], None)
    # only a story whose headings give days is told by sections
    return out if sum(d is not None for _, d in out) >= 2 else []


def _section_day(sections: list[tuple[int, date | None]], pos: int) -> date | None:
    """The day the last section heading before ``pos`` names."""
    day = None
    for start, d in sections:
        if start > pos:
            break
        day = d
    return day


def _absent_from_the_sitting(events: list[Event], settled: list[tuple[Draft, date | None]],
                             tl: Timeline, t: Text, text: str, title: str | None,
                             nouns: list[int]) -> None:
    """A member absent from one vote of a day was away from the others that day too ("The
    Soviet Union was not in the chamber at all" before the sitting's second vote): settle
    those again with it absent, so that their counts leave its seat out."""
    from .settle import settle

    for i, ev in enumerate(events):
        if ev.body != "SC" or ev.date is None:
            continue
        away: dict[str, Clause] = {}
        for other, (d, _) in zip(events, settled, strict=True):
            if other is ev or other.body != "SC" or other.date != ev.date:
                continue
            said = [(c, a) for c in d.clauses for a in c.votes if a.vote == "absent"]
            for code, vote in other.votes.items():
                if vote == "absent" and code not in ev.votes and said:
                    # (the clause that names it, for the evidence; else the first that says
                    # someone was away)
                    away[code] = next((c for c, a in said if any(
                        i.mention is not None and i.mention.code() == code for i in a.items)),
                        said[0][0])
        if away:
            d, day = settled[i]
            again = settle(d, tl, t.plain, text, day, title, t.low, nouns, away)
            if again is not None:
                # (the day as the first settling left it, after "the same day" was read)
                again.date = ev.date
                again.evidence = [f for f in again.evidence if f["fact"] != "date"] + [
                    f for f in ev.evidence if f["fact"] == "date"]
                events[i] = again


# "The second, S/4904, ... obtained exactly the same result: four in favour, none against"
_SAME_RESULT = re.compile(r"\b(?:exactly\s+|precisely\s+)?the\s+same\s+(?:result|count|tally|"
                          r"outcome|score|way)\b|\bby\s+the\s+same\s+(?:margin|vote|votes)\b", re.I)

# "..., with every member voting exactly as it did this week": the same members on each side,
# whatever the day
_SAME_VOTERS = re.compile(r"\b(?:every|each)\s+(?:member|delegation|country)\s+vot(?:ed|ing)\s+"
                          r"(?:exactly\s+|just\s+|precisely\s+)?(?:as|the\s+same\s+way\s+as)\s+"
                          r"(?:it|they)\s+(?:did|had)\b"
                          r"|\bno\s+(?:member|delegation|country)\s+changed\s+(?:its|their)\s+vote\b"
                          # ("it failed by the same count, with the same countries on each side")
                          r"|\bthe\s+same\s+(?:members|countries|delegations|states)\s+on\s+"
                          r"(?:each|either|both)\s+sides?\b",
                          re.I)


def _same_result(events: list[Event]) -> None:
    """Two texts of one sitting the story says went "exactly the same" way: each member voted
    on the second as on the first, so the members the story names for either are named for
    both (when their counts agree and no member's two votes differ); so with texts of two
    days when the story says every member voted on one as on the other."""
    for prev, ev in zip(events, events[1:], strict=False):
        if ev.body != "SC" or prev.body != "SC" or (
                (ev.yes, ev.no, ev.abstain) != (prev.yes, prev.no, prev.abstain)):
            continue
        if not (ev.date == prev.date and any(_SAME_RESULT.search(f["text"]) for f in ev.evidence)
                or any(_SAME_VOTERS.search(f["text"]) for e in (prev, ev) for f in e.evidence)):
            continue
        if any(prev.votes.get(code, vote) != vote for code, vote in ev.votes.items()):
            continue
        both = ordered_votes({**prev.votes, **ev.votes})
        prev.votes, ev.votes = both, dict(both)


def _adopted_on_the_count(ev: Event, d: Draft) -> bool:
    """Is the text "adopted" only because its count passed, no word of the story saying so?"""
    return ev.outcome == "adopted" and not any(
        k.kind == "adopt" for c in d.clauses for k in c.live_outcomes)


def _vetoed_by_votes_copied(events: list[Event], drafts: list[Draft]) -> None:
    """A text counted as passing ("nine to three") whose noes, copied from a text of the
    same sitting that "had the same count", are permanent members': vetoed, unless the story
    says it was adopted."""
    for ev, d in zip(events, drafts, strict=True):
        p5_no = sorted(c for c, v in ev.votes.items() if v == "no" and c in _permanent(ev))
        # (a text with a resolution number passed: "a procedural vote, where no veto applies")
        if ev.body == "SC" and p5_no and not ev.vetoed_by and ev.resolution is None and (
                _adopted_on_the_count(ev, d)):
            ev.outcome, ev.vetoed_by = "vetoed", p5_no


# "The same ten members voted for the Korean draft": the side another text of the sitting had
# ... "Finland received nine votes in favour and the same two against"
# ("The same four members voted yes and the same six abstained")
_SAME_MEMBERS = re.compile(rf"\bthe\s+same\s+(?P<n>{NUM})(?:"
                           # ("twelve to three, with no abstentions - the same three, the same
                           # vetoes": the noes of the text before, again vetoes)
                           r"(?P<echo>\s*,\s*(?:and\s+)?the\s+same\s+vetoes)|"
                           r"\s+(?:(?:(?:members|countries|delegations|"
                           # ("But the same three powers said no, and so it too was vetoed")
                           r"states|governments|powers)\s+)?(?:(?:had\s+)?(?:also\s+|again\s+)?"
                           r"(?:voted|said)\s+(?P<side>"
                           r"for|in\s+favou?r|against|yes|no)\b|(?P<abst>abstained|abstaining))|(?P<bare>against)"
                           # ("received exactly the same five votes, the same two noes and the
                           # same four abstentions")
                           # ("twelve votes in favour against the same three Western vetoes")
                           r"|(?P<noes>noes|negative\s+votes|votes\s+against|"
                           r"(?:[\w-]+\s+)?(?P<vetoes>vetoes)|"
                           # ("The same three permanent members cast vetoes", "the same three
                           # Powers exercising their veto")
                           r"(?:permanent\s+)?(?:members|powers)\s+(?P<vetoers>(?:cast|casting|"
                           r"exercised|exercising|used|using)\s+(?:their\s+|a\s+)?vetoe?s?))|(?P<abstn>"
                           r"abstentions)|(?P<votes>votes)(?:\s+in\s+favou?r)?))\b", re.I)


# "five in favour, the same four joined by Syria": a side told as another text's, and one more
_SAME_JOINED = re.compile(rf"\b(?P<side>in\s+favou?r|against)\s*(?:,|:|-+)\s*the\s+same\s+"
                          rf"(?P<n>{NUM})\s+(?:(?:members|countries|delegations)\s+)?"
                          r"(?:joined\s+by|plus|with)\s+(?:the\s+)?", re.I)


def _same_joined(ev: Event, events: list[Event], d: Draft) -> None:
    """The side "the same four joined by Syria": the four another text of the day had on it
    (:func:`_side_of_the_day`), and the member named after them."""
    day = parse_day(ev.date) if ev.date else None
    for c in d.clauses:
        for m in _SAME_JOINED.finditer(c.sent.text):
            side = "yes" if m.group("side").lower().startswith("in") else "no"
            given = _side_of_the_day(ev, events, number(m.group("n")), side, side)
            joined = next((x for x in c.mentions if x.start == c.sent.start + m.end()), None)
            code = joined.code(day) if joined is not None else None
            if given and code and ev.votes.get(code, side) == side:
                ev.votes = ordered_votes({**ev.votes, code: side})


def _same_members(events: list[Event], drafts: list[Draft], raw: str) -> None:
    """A text whose side the story gives as "the same ten members" as another text of the
    sitting: those members, when the other texts of the day that name that many there all
    name the same ones."""
    for ev, d in zip(events, drafts, strict=True):
        if ev.body != "SC":
            continue
        _same_joined(ev, events, d)
        # (each match once, with the clause that told it)
        told = {m.start(): (m, c) for c in d.clauses for m in _SAME_MEMBERS.finditer(c.sent.text)}
        noes = [code for m, _ in told.values() for code in _same_side(ev, events, m, "no")]
        p5_no = sorted(c for c in noes if c in _permanent(ev))
        if p5_no and _adopted_on_the_count(ev, d):
            # ("... and the same two against", the Soviet Union one of them): a veto, not the
            # adoption the count alone suggested
            ev.outcome, ev.vetoed_by = "vetoed", p5_no
        if p5_no and ev.outcome == "vetoed" and not ev.vetoed_by:
            ev.vetoed_by = p5_no  # ("the same three, the same vetoes": who cast them)
        vetoes = next((c for m, c in told.values()
                       if m.group("vetoes") or m.group("echo") or m.group("vetoers")), None)
        if p5_no and ev.outcome in ("failed", None) and vetoes is not None:
            # ("twelve votes in favour against the same three Western vetoes": the noes of the
            # text before, each a permanent member's, so a veto, and a count of the noes)
            from .settle import council_size

            ev.outcome, ev.vetoed_by = "vetoed", p5_no
            told_facts = ["outcome"]
            if ev.no is None:
                ev.no = len(noes)
                told_facts.append("no")
            if ev.abstain is None and ev.yes is not None and (
                    ev.yes + ev.no == council_size(parse_day(ev.date) if ev.date else None)):
                ev.abstain = 0
                told_facts.append("abstain")
            at = vetoes.sent
            cited = {"text": raw[at.start:at.end], "start": at.start, "end": at.end}
            ev.evidence = [f for f in ev.evidence if f["fact"] != "outcome"] + [
                {"fact": fact, **cited} for fact in told_facts]


def _same_side(ev: Event, events: list[Event], m: re.Match[str], want: str) -> list[str]:
    """One side of ``ev`` told as "the same N" as another text of the day had; the members
    given it, when that side is ``want``."""
    side = "abstain" if m.group("abst") or m.group("abstn") else "no" if m.group("noes") or (
        m.group("echo")) or (
        "against" in (m.group("side"), m.group("bare"))) or m.group("side") == "no" else "yes"
    n = number(m.group("n"))
    given = _side_of_the_day(ev, events, n, side, side) or next(
        # ("The Soviet Union voted in favour, and the same ten members voted against": the ten
        # another text of the day had on the other side)
        (g for then in ("yes", "no", "abstain") if then != side
         and (g := _side_of_the_day(ev, events, n, then, side))), [])
    return given if side == want else []


def _side_of_the_day(ev: Event, events: list[Event], n: int | None, then: str,
                     now: str) -> list[str]:
    """Give ``ev`` the members the other texts of its day counted ``n`` on side ``then``,
    with the vote ``now``, when those texts all name the same ones and none of them is told
    otherwise on ``ev``; the members given (none when the story does not settle who)."""
    # (several texts may name the same members: "the same nine" again for a third; and a text
    # of another sitting of the story counts when none of the day names them: "On Thursday
    # ... ten in favour ... Then, on Friday ... the same ten members voted against")
    named = [] if n is None else next((found for same_day in (True, False) if (found := list({
        frozenset(codes): codes for o in events
        if o is not ev and o.body == "SC" and (o.date == ev.date or not same_day)
        and len(codes := [c for c, v in o.votes.items() if v == then]) == n}.values()))), [])
    if n is None or len(named) != 1 or any(ev.votes.get(c, now) != now for c in named[0]):
        return []
    ev.votes = ordered_votes({**ev.votes, **dict.fromkeys(named[0], now)})
    return named[0]


def _fill_sides_from_lists(events: list[Event], settled: list[tuple[Draft, date | None]],
                           clauses: list[Clause], t: Text, raw: str) -> None:
    """Each event's lists that make up one side's count (:func:`.settle.lists_that_fill_a_side`),
    read in its own clauses and in those no text took, up to where the next text starts."""
    from .settle import lists_that_fill_a_side

    taken = {id(c) for d, _ in settled for c in d.clauses}
    starts = [min((c.lo for c in d.clauses if not c.borrowed), default=len(t.plain))
              for d, _ in settled]
    for i, (ev, (d, _)) in enumerate(zip(events, settled, strict=True)):
        end = min((s for s in starts[i + 1:] if s > starts[i]), default=len(t.plain))
        loose = [c for c in clauses if id(c) not in taken and starts[i] < c.lo < end]
        lists_that_fill_a_side(ev, [*d.clauses, *loose], t.plain, t.low, raw)


# "A, B and C tabled two amendments to it", "the Council voted on two Russian amendments",
# "amendments proposed by the European members -- A, B and C": who drafted the amendments
_DRAFTED_AMENDMENTS = re.compile(
    r"\W*(?:(?:have|has|had|then|also|jointly|together)\s+)*(?:tabled|proposed|put\s+forward|"
    r"submitted|offered|moved|drafted|introduced|circulated|put\s+down|brought(?:\s+forward)?)\s+"
    r"(?:[\w-]+\s+){0,3}?amendments?\b|\s+amendments?\b"
    # ("A, B and C had tried to change the text with amendments of their own")
    r"|\W*(?:(?:have|has|had|then|also)\s+)*(?:tried|sought|attempted|moved)\s+to\s+(?:change|"
    r"amend|alter|rewrite|strengthen)\s+(?:the\s+text|the\s+draft|it)\s+with\s+"
    r"(?:[\w-]+\s+){0,3}?amendments?\b")
_AMENDMENTS_BY = re.compile(
    r"\bamendments?\b[^.;:]{0,40}?\b(?:tabled|proposed|put\s+forward|submitted|offered|moved|"
    r"drafted|sponsored|brought\s+forward)\s+by\s+(?:[^.;:]{0,50}?(?:--|\u2014|,|:)\s*)?(?:the\s+)?$")
_AN_AMENDMENT = re.compile(r"\bamendment\b")
_TAKEN_IN = re.compile(r"\b(?:incorporat\w*|includ\w*|with|without|accept\w*|took\s+in)\s+"
                       r"(?:an?|the|its|this|that|one|their)\s+(?:[\w-]+\s+){0,2}?amendments?\b")
_AMENDMENTS_COUNTED = re.compile(r"\b(two|three|four|both)\s+(?:[\w-]+\s+){0,2}?amendments\b")


def _amendment_drafters(events: list[Event], settled: list[tuple[Draft, date | None]],
                        clauses: list[Clause], low: str, raw: str) -> None:
    """Members named as drafting the amendments ("Denmark, France, Greece, Slovenia and the
    United Kingdom tabled two amendments to it", "two Russian amendments") drafted each
    amendment the story then puts to the vote, whose own clauses name no drafter of theirs:
    without this they got none, or the drafter of the text they would have amended."""
    from .clauses import EACH_N, member_runs

    groups: list[tuple[list[Mention], Clause]] = []
    for c in clauses:
        if "amendment" not in low[c.lo:c.hi] or _TAKEN_IN.search(low, c.lo, c.hi):
            # (not "the Arctic resolution, which incorporated an amendment offered by Sweden":
            # a change the text took in, never a vote of its own)
            continue
        for g in [*c.sponsor_groups, *member_runs(c, low)]:
            if g and (_DRAFTED_AMENDMENTS.match(low, g[-1].end, c.hi)
                      or _AMENDMENTS_BY.search(low, c.lo, g[0].start)):
                groups.append((g, c))
    if not groups:
        return
    # an amendment's event tells its vote in a sentence that says so ("Amendment S/2025/115
    # received nine votes"; not "voted on two amendments", which tells of them all); a text
    # with a resolution number is the text they would amend
    amended = [i for i, (d, _) in enumerate(settled) if events[i].resolution is None and any(
        (c.has_vote_content or c.symbols) and _AN_AMENDMENT.search(low, c.lo, c.hi)
        and not _TAKEN_IN.search(low, c.lo, c.hi) for c in d.clauses)]
    # or the story counts them ("two Russian amendments, both of which failed") and tells as
    # many votes of texts with no drafter and no resolution number
    counted = {EACH_N.get(m.group(1), 0) for m in _AMENDMENTS_COUNTED.finditer(low)}
    unowned = sorted({*amended, *(i for i, e in enumerate(events) if e.body == "SC"
                                  and e.resolution is None and not e.sponsors)})
    if len(counted) == 1 and len(unowned) == counted.pop():
        amended = unowned
    elif not amended and not counted and len(groups) == 1:
        # ("A, B and C had tried to change the text with amendments of their own. ... The
        # first, S/2025/115, received 9 votes ...": the texts with no drafter and no number
        # that the story tells after naming the amendments' drafters)
        named_at = groups[0][1].lo
        amended = [i for i in unowned if settled[i][0].clauses
                   and settled[i][0].clauses[0].lo > named_at]
    others = {s for i, e in enumerate(events) if i not in amended for s in e.sponsors}
    for i in amended:
        ev = events[i]
        if ev.sponsors and not set(ev.sponsors) <= others:
            continue  # its own drafters, named with it
        day = parse_day(ev.date) if ev.date else None
        told = [(code, c.sent) for g, c in groups for m in g if (code := m.code(day))]
        if not told:
            continue
        ev.sponsors = list(dict.fromkeys(code for code, _ in told))
        ev.evidence = [f for f in ev.evidence if not f["fact"].startswith("sponsor:")]
        for code, sent in dict(reversed(told)).items():
            ev.evidence.append({"fact": f"sponsor:{code}", "text": raw[sent.start:sent.end],
                                "start": sent.start, "end": sent.end})


def _one_event_per_text(events: list[Event], settled: list[tuple[Draft, date | None]], i: int,
                        drafts: Sequence[str | None]) -> None:
    """Put in place of event ``i`` one copy of it for each text told alike, each with its own
    symbol (or none) and lists of its own, so that later rules may tell them apart."""
    ev = events[i]
    events[i:i + 1] = [replace(ev, draft=sym, votes=dict(ev.votes), vetoed_by=list(ev.vetoed_by),
                               sponsors=list(ev.sponsors), evidence=list(ev.evidence))
                       for sym in drafts]
    settled[i:i + 1] = [settled[i]] * len(drafts)


def _each_of_the_texts_named(events: list[Event],
                             settled: list[tuple[Draft, date | None]]) -> None:
    """One event told of two or more texts alike ("Only the United States voted against -- on
    each of the two applications"; "Costa Rica abstained both times"), whose clauses name
    exactly that many symbols together ("S/11795 (South Vietnam) and S/11796"): an event for
    each text, the same facts under each symbol, when no other event has any of them."""
    for i in range(len(events) - 1, -1, -1):
        ev, d = events[i], settled[i][0]
        counted = {c.each for c in d.clauses if c.each >= 2}
        if len(counted) != 1 or ev.resolution is not None:
            continue
        k = counted.pop()
        named = next(([sym for sym, _ in c.symbols] for c in d.clauses
                      if len(c.symbols) == k), None)
        if named is None or len(set(named)) != k or ev.draft not in (None, *named) or any(
                o.draft in named for j, o in enumerate(events) if j != i):
            continue
        _one_event_per_text(events, settled, i, named)


_TEXTS_ALIKE = re.compile(r"\b(?:both|each\s+of\s+the\s+(?:two|three)|the\s+two|all\s+three)\s+"
                          r"(?:applications|texts|drafts|draft\s+resolutions|resolutions|"
                          r"proposals)\b", re.I)


def _each_of_the_applications(events: list[Event], settled: list[tuple[Draft, date | None]],
                              clauses: list[Clause]) -> None:
    """The story's one Council event, told of each of several texts alike ("Each application
    received fourteen votes in favour and one vote against ... The voting was the same on
    both applications"), names neither symbol nor number: one event for each of the texts the
    story counts, with the same facts."""
    council = [i for i, e in enumerate(events) if e.body == "SC"]
    if len(council) != 1:
        return
    i = council[0]
    ev, d = events[i], settled[i][0]
    if ev.draft is not None or ev.resolution is not None or not any(c.each for c in d.clauses):
        return
    # (texts counted as texts: not "calling on both the Netherlands and the Republic")
    counted = {c.each for c in clauses if c.each >= 2 and _TEXTS_ALIKE.search(c.sent.text)}
    if len(counted) != 1 or (k := counted.pop()) > 4:
        return
    _one_event_per_text(events, settled, i, [None] * k)


def _voters_of_a_text_not_voted(d: Draft, settled: list[tuple[Draft, date | None]],
                                 events: list[Event],
                                 resettle: Callable[[Draft, date | None], Event | None]) -> None:
    """A text the story opens but never puts to a vote ("Moscow had circulated a rival text
    of its own") has no event; the members its clauses name as voting ("Among those in
    favour were ...") voted on the text told before it, each clause taken only if it keeps
    every fact that event had, names somebody new and tells nobody's vote otherwise."""
    prev, day = settled[-1]
    for c in d.clauses:
        if not c.votes or c.live_outcomes or c.tallies or c.counts:
            continue
        before = events[-1]
        if any(before.votes.get(it.mention.code() or "", a.vote) != a.vote
               for a in c.votes for it in a.items if it.mention is not None):
            continue  # ("China, Egypt and Venezuela voted for that one": the rival's voters)
        trial = resettle(replace(prev, clauses=[*prev.clauses, c]), day)
        if trial is None or len(trial.votes) <= len(before.votes) or any(
                trial.votes.get(k) != v for k, v in before.votes.items()) or any(
                getattr(trial, f) != getattr(before, f) for f in _KEPT):
            continue
        prev = replace(prev, clauses=[*prev.clauses, c])
        settled[-1], events[-1] = (prev, day), trial


# what a text's event must keep when a clause of a text never voted on is given to it
_KEPT = ("body", "date", "draft", "resolution", "outcome", "yes", "no", "abstain", "vetoed_by",
         "sponsors")


# "the nine who had supported Ceylon a few minutes before all abstained": the side another
# text of the sitting had, counted, and the side they took on this one
_THOSE_WHO_HAD = re.compile(
    rf"\bthe\s+(?P<n>{NUM})\s+(?:(?:members|delegations|countries|states)\s+)?(?:who|that)\s+"
    r"(?:had\s+)?(?P<then>supported|backed|voted\s+(?:for|in\s+favou?r|yes|against|no)|opposed|"
    r"abstained)\b[^.;]{0,80}?\b(?:all\s+|also\s+|now\s+|then\s+|this\s+time\s+)?(?P<now>"
    r"abstained|voted\s+(?:for|in\s+favou?r|yes|against|no)|supported|backed|opposed)\b", re.I)


def _side_word(words: str) -> str:
    w = " ".join(words.lower().split())  # ("voted\nagainst" across a wrapped line)
    return "abstain" if w == "abstained" else "no" if w in ("opposed", "voted against",
                                                             "voted no") else "yes"


def _those_who_had(events: list[Event], drafts: list[Draft]) -> None:
    """A text whose side the story gives as "the nine who had supported" another text of the
    sitting: those members, when the other texts of the day that count that many on that
    side all name the same ones."""
    for ev, d in zip(events, drafts, strict=True):
        m = next((hit for c in d.clauses if (hit := _THOSE_WHO_HAD.search(c.sent.text))), None)
        if m is None or ev.body != "SC":
            continue
        n = number(m.group("n"))
        _side_of_the_day(ev, events, n, _side_word(m.group("then")), _side_word(m.group("now")))


def _permanent(ev: Event) -> set[str]:
    from unvotes.reference import permanent_on

    day = parse_day(ev.date) if ev.date else None
    return permanent_on(day) if day is not None else set()


def _echo_of(ev: Event, other: Event) -> bool:
    """Does ``ev`` say nothing ``other`` does not: no count or symbol of its own, the same
    day and verdict, and members, vetoers and drafters all among ``other``'s?"""
    return (ev.body == other.body == "SC" and ev.date == other.date
            and ev.yes is None and ev.no is None and ev.abstain is None
            and ev.draft is None and ev.resolution is None
            and other.yes is not None
            and ev.outcome in (None, other.outcome)
            and all(other.votes.get(c) == v for c, v in ev.votes.items())
            and set(ev.vetoed_by) <= set(other.vetoed_by)
            and set(ev.sponsors) <= set(other.sponsors)
            and _first_told(ev) < _first_told(other))


def _first_told(ev: Event) -> int:
    return min((f["start"] for f in ev.evidence), default=0)


def _without_echoes(events: list[Event], drafts: list[Draft], clauses: list[Clause]
                    ) -> list[Event]:
    """The events less those told only in the headers or the lead paragraph that echo one
    told after them (:func:`_echo_of`). An echo told further down is kept: "Ireland's
    application was vetoed. ... Transjordan's, too. ... Portugal had eight votes to two" are
    three vetoes, the first two without counts."""
    lead = min((c.sent.block for c in clauses if not c.header and c.has_vote_content),
               default=-1)
    # ("SPACE: MOSCOW BLOCKS RESOLUTION ..." over "Switzerland voted in favour -- China
    # abstained", then the story: the deck's lines up to the first paragraph of prose)
    # ("-- The Security Council creates the Peacebuilding Commission, with the vote of Benin."
    # among a bulletin's headlines is a point, not the story's prose)
    prose = min((c.sent.block for c in clauses if not c.header and c.sent.block >= lead
                 and len(c.sent.text) > 60 and c.sent.text.rstrip().endswith((".", '"'))
                 and not c.sent.text.lstrip().startswith(_BULLET_LINE)),
                default=lead)
    # (the page's title told again as the story's heading: "... | Correio do Planalto Central"
    # over "Security Council rejects two Gaza texts; Brazil abstains on both")
    titles = [c.sent.text for c in clauses if c.header]
    kept = [e for e, d in zip(events, drafts, strict=True) if not (
        # (an applicant's recommendation is a text of its own, however briefly told)
        d.applicant is None and all(c.header or lead <= c.sent.block <= prose or (
            len(c.sent.text) > 20 and any(c.sent.text.strip() in t for t in titles))
            for c in d.clauses)
        and any(o is not e and _echo_of(e, o) for o in events))]
    return kept or events


def _told_again(ev: Event, other: Event) -> bool:
    """Could ``other``, a text with its number, be ``ev`` told again in full: the same day
    (or none of ``ev``'s own) and verdict, the same counts where both give one (at least one
    given by both), no member voting two ways, and ``ev`` told first? (Or, when ``ev`` gives
    the number and ``other`` none, the same day and all three counts.)"""
    counts = [(a, b) for a, b in ((ev.yes, other.yes), (ev.no, other.no),
                                  (ev.abstain, other.abstain)) if a is not None]
    # (a summary undated in its own words has only the story's day, not a day of its own)
    named = ev.draft is not None or ev.resolution is not None
    # ("Key points - Draft resolution S/2016/1026 ... was vetoed on 5 December. - The vote was
    # 11 in favour, 3 against, 1 abstention. What happened ...": the summary gives the symbol
    # the story leaves out; then the day and all three counts must agree)
    told_in_full = named and ev.date == other.date and other.draft is None and (
        other.resolution is None) and len(counts) == 3 and all(a == b for a, b in counts)
    return (ev.body == other.body == "SC" and (ev.date == other.date or not any(
                f["fact"] == "date" for f in ev.evidence))
            and (told_in_full or not named
                 and (other.draft is not None or other.resolution is not None))
            and ev.outcome is not None and ev.outcome == other.outcome
            and any(b is not None for _, b in counts) and all(b in (a, None) for a, b in counts)
            and all(other.votes.get(c, v) == v for c, v in ev.votes.items())
            and _first_told(ev) < _first_told(other))


# a section's heading on a line of its own: "WHAT HAPPENED", "Background:"
_SECTION_HEAD = re.compile(r"^[ \t]*(?:[A-Z][A-Z'&/-]*(?:[ \t]+[A-Z][A-Z'&/-]*){0,5}|"
                           r"[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}:)[ \t]*$", re.M)
_BULLET_LINE = ("-", "*", "\u2022", "\u2013")


def _summary_before(ev: Event, other: Event, raw: str) -> bool:
    """Is ``ev`` told in points ("- The vote was 14 in favour ...") or in a section of its
    own, a heading between it and ``other``?"""
    end = max((f["end"] for f in ev.evidence), default=0)
    return all(str(f["text"]).lstrip().startswith(_BULLET_LINE) for f in ev.evidence) or (
        _SECTION_HEAD.search(raw, end, _first_told(other)) is not None)


def _fold_summaries(events: list[Event], raw: str) -> list[Event]:
    """"KEY POINTS - The vote was 14 in favour, none against, with Russia abstaining. ...
    WHAT HAPPENED Resolution 2637 (2022) appoints ...": a summary of the vote before the story
    tells it again with its number is that text, its facts joined to it, when it can be no
    other text of the story and that text no other summary."""
    pairs = [(e, o) for e in events for o in events
             if o is not e and _told_again(e, o) and _summary_before(e, o, raw)]
    folded: set[int] = set()
    for e, o in pairs:
        if sum(1 for x, _ in pairs if x is e) != 1 or sum(1 for _, y in pairs if y is o) != 1:
            continue
        o.yes, o.no, o.abstain = (o.yes if o.yes is not None else e.yes,
                                  o.no if o.no is not None else e.no,
                                  o.abstain if o.abstain is not None else e.abstain)
        o.draft = o.draft if o.draft is not None else e.draft
        o.resolution = o.resolution if o.resolution is not None else e.resolution
        o.votes = ordered_votes({**e.votes, **o.votes})
        o.vetoed_by = sorted(set(o.vetoed_by) | set(e.vetoed_by))
        o.sponsors = o.sponsors + [c for c in e.sponsors if c not in o.sponsors]
        o.evidence = e.evidence + o.evidence
        folded.add(id(e))
    return [e for e in events if id(e) not in folded]


def _glimpse(ev: Event) -> bool:
    """Does the event hold one count and nothing else: no outcome, text, or member?"""
    return ev.outcome is None and ev.draft is None and ev.resolution is None and not (
        ev.votes or ev.sponsors) and sum(x is not None for x in (ev.yes, ev.no, ev.abstain)) == 1


def _headline(lines: list[str]) -> str | None:
    """The story's headline among the lines above it: the first that reads like one (six
    words or more, not a masthead or a date line in capitals)."""
    for line in lines:
        words = line.split()
        letters = [c for c in line if c.isalpha()]
        if len(words) >= 6 and "|" not in line and (
                not letters or sum(c.isupper() for c in letters) / len(letters) < 0.6):
            return line
    return next((line for line in lines if len(line.split()) >= 4), None)


def _analyse(text: str | bytes, published: date | str | None, source: str | None) -> Analysis:
    from unvotes.reference import council_on

    from .actors import find_mentions, home_mentions
    from .clauses import analyse_clauses
    from .dates import draft_year, resolution_year
    from .events import (
        ENTRY_RESOLUTION,
        adopted_resolutions,
        clause_date_ranked,
        group_clauses,
        mark_background,
    )
    from .sentences import split
    from .settle import settle
    from .subjects import noun_starts
    from .timeline import build_timeline

    if isinstance(text, (bytes, bytearray)):
        text = decode_bytes(bytes(text))
    elif not isinstance(text, str):
        text = str(text)
    pub = parse_day(published) if published is not None else None
    notes: list[str] = []
    if len(text) > MAX_CHARS:
        notes.append(f"document truncated to its first {MAX_CHARS} characters")
        text = text[:MAX_CHARS]
    if not _KEYWORDS.search(text) or not _UN_CONTEXT.search(text):
        return Analysis(published=pub, notes=notes)

    t = split(text)
    mentions = home_mentions(t.norm, find_mentions(t.norm), t.blocks)
    clauses = analyse_clauses(t, mentions)
    body = [c for c in clauses if not c.header]
    # "S/2022/431" carries its year; an old serial ("S/10771") is dated from the record
    symbol_years = [year for c in body for sym, y in c.symbols
                    if (year := y or draft_year(int(sym[2:].split("/")[0])))]
    resolution_years = [
        y for c in body for n in adopted_resolutions(c) if (y := resolution_year(n))
        # (not "In 1988 the Council adopted resolution 621", "resolution 262 of December
        # 1968, adopted after the raid": a year the story looks back on)
        and not any(m.kind == "year" and m.year == y and m.modifier == "in"
                    or m.kind == "monthyear" and m.year == y for m in c.dates)
    ]
    if not symbol_years and not resolution_years and (
            "numbered" in t.low or "became resolution" in t.low):
        # "The new resolution, numbered 338, also calls for ...": the number a text was
        # given, in a sentence of its own, still pins the story's year
        resolution_years = [
            y for m in _RES_NAMED.finditer(t.low, t.body_start)
            if _RENAMED.search(m.group()) and (y := resolution_year(_named_number(m)))
        ]
    if not symbol_years and not resolution_years:
        # a chronology's entries, "21 April" over "Resolution 912. The Council, unanimous,
        # adjusts the mandate ...": the numbers it lists, each a sentence of its own
        resolution_years = [
            y for c in body if len(c.resolutions) == 1
            and ENTRY_RESOLUTION.fullmatch(c.sent.text)
            and (y := resolution_year(c.resolutions[0][0]))]
    lead_weekday = next(
        (m.weekday for c in body if c.has_vote_content for m in c.dates if m.kind == "weekday"),
        None,
    )
    tl = build_timeline(t, mentions, pub, symbol_years, resolution_years, lead_weekday)
    mark_background(clauses, tl)
    # (the Council's members tell applicants from voters: only a story with the words of an
    # application needs them)
    council = frozenset(x.code for x in council_on(tl.reference)) if tl.reference and any(
        w in t.low for w in _APPLICATION_WORDS) else frozenset()
    named = [c for c in clauses if c.named_drafters and c.sponsor_groups]
    if named and tl.reference:
        # ("the third time they have vetoed a Syria text together": a text on a state off the
        # Council names its topic, not its drafter, and opens no text of its own)
        seated = council or frozenset(x.code for x in council_on(tl.reference))
        for c in named:
            groups = [[m for m in g if not (m.start in c.named_drafters and (
                m.code(tl.reference) not in seated))] for g in c.sponsor_groups]
            c.sponsor_groups = [g for g in groups if g]
    drafts, plural = group_clauses(clauses, tl.reference, council)
    for d in drafts:
        told = {c.lo for c in d.clauses}
        for c in d.clauses:
            if c.second_of in told:
                # "London voted for 608 and abstained on the Lebanon text", both read as of
                # 608: the second vote is of another text, and which one is not known
                c.votes = []
    # An event whose own clauses give no day takes the lead's ("The Council voted on Monday
    # to ..." followed by "The resolution passed 15-0"), else the story's day.
    headed = next((i for i, c in enumerate(clauses) if not c.header), 0)
    # (not a vote some weeks back told in full: its day is its own)
    lead = [c for c in clauses[:headed + 16] if c.dates and not c.recalled and (
        (not c.header and (c.has_vote_content or c.sc_named or c.plural or c.day_asked))
        or _HAPPENED.search(t.low, c.lo, c.hi) and not _OTHER_BODY_MET.search(t.low, c.lo, c.hi)
        or _PUT_TO_VOTE_ON.search(t.low, c.lo, c.hi))]
    lead = [_put_to_vote_day(c, t.low) for c in lead]
    default_day = next((r[1] for c in plural + lead
                        # ("Four texts, all on the same day": the same as the day told before)
                        if not all("same day" in t.low[m.start:m.end] for m in c.dates)
                        and (r := clause_date_ranked(c, tl, t.plain))
                        and not 1_000 <= r[0] < 10_000), None)  # not another verb's date
    if default_day is None and tl.reference is not None and not tl.coarse:
        # (a monthly issue's first day is no vote's day)
        default_day = _lead_day(t, tl) or tl.reference
        if _NEXT_DAY.search(t.low):
            # "in a statement issued the next day": the story is dated the day after the vote
            default_day = tl.reference - timedelta(days=1)
    title = _headline([s.text for s in t.sentences if s.header])
    events: list[Event] = []
    nouns = noun_starts(t.low) if drafts else []
    sections = _section_days(t, tl) if drafts else []
    settled: list[tuple[Draft, date | None]] = []  # each event's draft and default day
    for d in drafts:
        section_day = _section_day(sections, d.clauses[0].lo) if sections and d.clauses \
            else None
        ev = settle(d, tl, t.plain, text, section_day or default_day, title, t.low, nouns)
        if ev is None and events and settled:
            _voters_of_a_text_not_voted(d, settled, events, lambda x, day: settle(
                x, tl, t.plain, text, day, title, t.low, nouns))
        if ev is not None:
            settled.append((d, section_day or default_day))
            if events and section_day is None and not any(
                    f["fact"] == "date" and (not SAME_DAY.search(f["text"].lower())
                                             or _names_its_day(f["text"]))
                    for f in ev.evidence):
                # (a day the clause gave as "on the same day" is the story's own otherwise)
                # ("the same day" is that of the last vote the story dated, not of a summary
                # point told undated before it)
                _same_day(ev, next((e for e in reversed(events) if any(
                    f["fact"] == "date" for f in e.evidence)), events[-1]), d.clauses, t, text, tl)
                _days_before(ev, events[-1], d.clauses, text)
                _day_after(ev, events[-1], d.clauses, text)
            events.append(ev)
    if settled:
        _fill_sides_from_lists(events, settled, clauses, t, text)
        _each_of_the_texts_named(events, settled)
        _each_of_the_applications(events, settled, clauses)
        if "amendment" in t.low and len(events) > 1:
            # (an amendment put to the vote is told beside the text it would amend)
            _amendment_drafters(events, settled, clauses, t.low, text)
    if len(events) > 1 and any("absent" in e.votes.values() for e in events):
        _absent_from_the_sitting(events, settled, tl, t, text, title, nouns)
    _late_resolution_number(events, t.low, t.body_start)
    if len(events) > 1 and ("same" in t.low or " as it " in t.low or "changed" in t.low):
        _same_result(events)
        _vetoed_by_votes_copied(events, [d for d, _ in settled])
    if len(events) > 1 and "same" in t.low:
        _same_members(events, [d for d, _ in settled], text)
    if len(events) > 1 and " who " in t.low:
        _those_who_had(events, [d for d, _ in settled])
    if len(events) > 1:
        # ("The headlines. In New York, a Soviet veto blocks the Western plan for the Congo.
        # ... Yesterday the Security Council voted on a draft resolution on the Congo ...
        # Seven members voted in favour": the lead's echo of the vote told next in full)
        events = _without_echoes(events, [d for d, _ in settled], clauses)
        events = _fold_summaries(events, text)
    if len(events) > 1:
        # ("Monday's session ended ... with a single "no" from the Soviet delegate. The
        # Council voted on two draft resolutions ...": the lead's glimpse of the texts told
        # next, no vote of its own)
        events = [e for e in events if not _glimpse(e)] or events
    if any(e.body == "GA" and e.yes is not None for e in events):
        # An Assembly story names the Council's veto as the reason for its own vote: without
        # a tally or a symbol of its own, that veto is background, not a second vote.
        events = [e for e in events if e.body == "GA" or e.yes is not None or e.no is not None
                  or e.draft is not None or e.resolution is not None]
    return Analysis(events=events, published=tl.edition or pub or tl.header or tl.reference,
                    notes=notes + tl.notes)


class _CallablePackage(types.ModuleType):
    """`unvotes.extract` is both this package and the function the API promises.

    Importing a submodule makes Python bind the package over the `unvotes.extract`
    attribute, so the package itself answers calls the way the function does.
    """

    def __call__(self, text: str | bytes, *, published: date | str | None = None,
                 source: str | None = None) -> list[Event]:
        return extract(text, published=published, source=source)


sys.modules[__name__].__class__ = _CallablePackage
