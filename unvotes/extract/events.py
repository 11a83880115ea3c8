"""Clauses → vote events: decide which draft each clause speaks of, then settle each
event's facts (date, tallies, member votes, outcome, vetoes, drafters) with the Charter's
arithmetic.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from unvotes.official.symbols import draft_base

from .actors import Mention
from .applicants import SAME_FOR, applicants, clause_applicants, roster_for
from .clauses import (
    _DRAFT_ONE,
    ADOPTED_SEVERAL,
    BARE_DAY,
    EACH_N,
    JOINED_AS,
    ONE_BY_PLACE,
    SCENE_DAY,
    TURN,
    Clause,
    find_symbols,
    numbered_item,
)
from .cues import ATTRIBUTIVE, DASH_ASIDE_OPENS, SAME_DAY, YOU_RECALL, unanimous
from .dates import DateMention, resolution_year, resolve, safe_date
from .numbers import number
from .sentences import capitals, lower_same_length
from .timeline import Timeline
from .votes import ASIDE_OPEN

__all__ = ["Draft", "Event", "adopted_resolutions", "clause_date", "clause_date_ranked",
           "group_clauses", "is_dateline_day", "mark_background"]

VOTE_ORDER = {"yes": 0, "no": 1, "abstain": 2, "absent": 3, "not_participating": 4}


def ordered_votes(votes: dict[str, str]) -> dict[str, str]:
    """Member votes in the order an event gives them: by side (yes first), then by code."""
    return dict(sorted(votes.items(), key=lambda kv: (VOTE_ORDER.get(kv[1], 9), kv[0])))


@dataclass
class Event:
    """One vote on one proposal, as an article reports it."""

    body: str = "SC"
    date: str | None = None
    draft: str | None = None
    resolution: str | None = None
    outcome: str | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    vetoed_by: list[str] = field(default_factory=list)
    votes: dict[str, str] = field(default_factory=dict)
    sponsors: list[str] = field(default_factory=list)
    subject: str | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)
    confidence: float = 0.0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        # The label format knows four votes; a member present but not voting is "absent" there.
        # The finer fact goes in a key of its own, so storing an event keeps it.
        away = sorted(c for c, v in self.votes.items() if v == "not_participating")
        return {
            "body": self.body,
            "date": self.date,
            "draft": self.draft,
            "resolution": self.resolution,
            "outcome": self.outcome,
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "vetoed_by": list(self.vetoed_by),
            "votes": {c: "absent" if v == "not_participating" else v
                      for c, v in self.votes.items()},
            "sponsors": list(self.sponsors),
            "subject": self.subject,
            "not_participating": away,
            "evidence": [dict(e) for e in self.evidence],
            "confidence": self.confidence,
            "notes": "; ".join(self.notes) if self.notes else None,
        }


@dataclass
class Draft:
    """The clauses that speak of one proposal, gathered before its facts are settled."""

    clauses: list[Clause] = field(default_factory=list)
    sponsor_refs: list[tuple[Mention, Clause]] = field(default_factory=list)
    elected: bool = False
    symbol: str | None = None
    resolution: int | None = None
    ga: bool | None = None  # a General Assembly vote (set by its first clause with a vote)
    opened: int | None = None  # where the story took the text up, before any clause of it
    applicant: str | None = None  # the state it would admit, as the story names it
    # made for a count of texts told before the texts ("voted on four drafts ... All four were
    # vetoed"): the next text the story names by its symbol is one of these
    counted: bool = False

    def sponsor_codes(self) -> set[str]:
        return {c for m, _ in self.sponsor_refs if (c := m.code())}

    def has_content(self) -> bool:
        return any(c.has_vote_content for c in self.clauses)


def _names_its_text(c: Clause, d: Draft) -> bool:
    """Does the clause name the text ``d`` by its symbol, its number, its place in the story
    ("the second") or its drafters ("the Brazilian text")?"""
    if c.symbols or c.resolutions or c.ordinal:
        return True
    named = {code for g in c.sponsor_groups for code in _codes(g)}
    return bool(named) and named <= d.sponsor_codes()


def adopted_resolutions(c: Clause) -> list[int]:
    """Resolution numbers a clause gives as the outcome of the vote it reports."""
    if c.resolutions and c.has_vote_content:
        return [n for n, _ in c.resolutions]
    return []


def _codes(group: list[Mention]) -> set[str]:
    return {code for m in group if (code := m.code())}


# Once two drafts are on the table, "the first draft" and "the competing proposal" point
# back at one of them rather than introducing a third.
# ("Among the nine who supported the main resolution were ...": the text the rival was set
# against, told first)
_FIRST_REF = re.compile(rf"\b(?:the|its)\s+(?:first|(?P<main>main|principal))\s+"
                        rf"(?:[\w-]+\s+){{0,2}}?{_DRAFT_ONE}", re.I)
_OTHER_REF = re.compile(
    rf"\bthe\s+(?:second|other|rival|competing|alternative|latter)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_DRAFT_ONE}", re.I)


def _back_reference(c: Clause, drafts: list[Draft], current: Draft | None) -> Draft | None:
    if len(drafts) < 2:
        return None
    if (fm := _FATE_REF.match(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
        # "The draft that was defeated, number S/1996/292, ...", after the story told of a
        # text defeated and one adopted: the one that met that fate
        side = "passed" if (fm.group("a") or fm.group("v")).lower() in (
            "adopted", "passed") else "fell"
        told = [d for d in drafts if _outcome_sides(d.clauses) == {side}]
        if len(told) == 1:
            return told[0]
    if c.symbols:
        # "The Cyprus draft was circulated as document S/25693": a new symbol for the draft
        # the story names by its topic
        known = any(d.symbol == s for s, _ in c.symbols for d in drafts)
        if known or c.has_vote_content:
            return None
        if current is not None and current.resolution is not None and _THE_DRAFT_OPENS.match(
                c.sent.text, c.lo - c.sent.start) and len(fallen := [
                    d for d in drafts if d.symbol is None and d.resolution is None
                    and "fell" in _outcome_sides(d.clauses)]) == 1:
            # "Key points: the United States vetoed a draft ... The same day the Council
            # renewed the sanctions by resolution 2541. What happened: The draft, S/2020/852,
            # was put to the vote ...": a draft's symbol is not the numbered resolution's
            return fallen[0]
        return _named_back(c, drafts)
    if current is not None and c.live_outcomes and not (
            c.resolutions or c.tallies or c.counts or c.votes or c.new_draft) and _clash(
            current, c) and (tm := _TOPIC_OUTCOME.match(c.sent.text, c.lo - c.sent.start,
                                                         c.hi - c.sent.start)):
        # "The Mali renewal, by contrast, passed without debate": the text told before by its
        # topic, not one more
        words = _topic_stems(tm.group("what"), shortest=4)
        hits = [d for d in drafts if d is not current and words and _tells_of(d, words)
                and not _clash(d, c)]
        if len(hits) == 1:
            return hits[0]
    text = c.sent.text
    lo = c.lo - c.sent.start
    hi = min(c.hi - c.sent.start, lo + 60)  # the clause's subject, not a later mention
    if c.votes and not c.resolutions and (bm := _VOTED_ON_NUMBER.search(
            text, lo, c.hi - c.sent.start)) and len(
            by_number := [d for d in drafts if d.resolution == int(bm.group(1))]) == 1:
        # "London voted for 608 and abstained on the Lebanon text": a resolution the story
        # has told, by its bare number
        return by_number[0]
    if (fm := _FIRST_REF.search(text, lo, hi)) and not (fm.group("main") and c.new_draft) and (
            # (not "Switzerland, which abstained on the first amendment, switched to a yes":
            # the aside's text, not the clause's)
            not _IN_WHICH.search(text, lo, fm.start())):
        # (not "Before the main resolution was put, the Council disposed of a rival text")
        return drafts[0]
    if current is drafts[0] and _OTHER_REF.search(text, lo, hi):
        return drafts[-1]
    if current is not None and current.resolution is None and current.symbol is None and (
            not c.resolutions and not c.symbols) and _THE_RESOLUTION_SUBJECT.match(
            text, lo, hi) and len(
            numbered := [d for d in drafts if d.resolution is not None]) == 1 and (
            numbered[0] is not current):
        # "... The other, adding a call for a just peace, did better ... The resolution
        # adopted by the Council "implores a swift end to the conflict"": the one text the
        # story has numbered, not the amendment in hand
        return numbered[0]
    return _named_back(c, drafts)


_VOTED_ON_NUMBER = re.compile(r"\b(?:voted\s+(?:for|against|on)|abstained\s+on|supported|"
                              r"backed|opposed)\s+(\d{2,4})\b(?!\s*(?:votes?|members|%|per))",
                              re.I)
_THE_RESOLUTION_SUBJECT = re.compile(
    r"\W{0,3}the\s+resolution\b(?!\s*[,(]?\s*(?:s/|number|no\.|\d))", re.I)


_IN_WHICH = re.compile(r",\s*(?:which|who)\s[^,;.]*$")
_FATE_REF = re.compile(r"\W{0,3}the\s+(?:(?P<a>defeated|vetoed|rejected|failed|adopted)\s+"
                       r"(?:text|draft|proposal|resolution)|(?:text|draft|proposal)\s+(?:that|"
                       r"which)\s+(?:was\s+)?(?P<v>defeated|vetoed|rejected|failed|fell|adopted|"
                       r"passed))\b", re.I)
# "abstaining on the biological activities text": a draft named by what it was about
_NAMED_DRAFT = re.compile(r"\b(?:on|for|against|of)\s+the\s+(?P<what>(?:[\w-]+\s+){1,3}?)"
                          r"(?:text|draft|resolution|proposal|measure)\b", re.I)
# ... or as the clause's subject: "The Cyprus draft was circulated as ..."
_NAMED_SUBJECT = re.compile(r"\W{0,3}the\s+(?P<what>(?:[\w-]+\s+){1,2}?)(?:text|draft|"
                            r"proposal)\b", re.I)
# ("The Mali renewal, by contrast, passed": a text by its topic, as the subject of its fate)
_TOPIC_OUTCOME = re.compile(r"\W{0,3}[Tt]he\s+(?P<what>[A-Z][\w-]+)\s+(?:renewal|extension|text|"
                            r"draft|resolution|decision)\b")
_STOP = frozenset(("which", "would", "their", "there", "other", "first", "second", "draft",
                   "council", "security", "united", "nations", "resolution"))


_HAD_ASIDE = re.compile(r",\s*(?:which|who)\s+(?:had\s+)?[^,;.:()]*$", re.I)


_THE_DRAFT_OPENS = re.compile(r"\W*the\s+draft(?:\s+resolution)?\s*,?\s*(?:document\s+)?s/", re.I)


def _named_back(c: Clause, drafts: list[Draft]) -> Draft | None:
    lo, hi = c.lo - c.sent.start, c.hi - c.sent.start
    if c.votes:
        m = _NAMED_DRAFT.search(c.sent.text, lo, hi)
    elif c.symbols:
        m = _NAMED_SUBJECT.match(c.sent.text, lo, hi)
    else:
        return None
    if m is None or c.votes and _HAD_ASIDE.search(c.sent.text, lo, m.start()):
        # (not "Sweden, which had abstained on the American text, voted for it this time":
        # the text the aside recalls, not the one voted on)
        return None
    words = _topic_stems(m.group("what"), shortest=5)
    if not words:
        return None
    # (a draft has one symbol: a new one goes to a draft told without)
    hits = [d for d in drafts if not (c.symbols and d.symbol is not None) and _tells_of(d, words)]
    return hits[0] if len(hits) == 1 else None


def _topic_stems(what: str, shortest: int) -> set[str]:
    """The words naming a text's topic ("the Mali renewal", "the Cyprus draft"), cut to six
    letters, less the words every story of the Council uses."""
    return {w[:6] for w in re.findall(rf"[a-z]{{{shortest},}}", what.lower())} - {
        w[:6] for w in _STOP}


def _tells_of(d: Draft, stems: set[str]) -> bool:
    """Do the draft's clauses name one of the topic's stems?"""
    seen = " ".join(x.sent.text[x.lo - x.sent.start:x.hi - x.sent.start].lower()
                    for x in d.clauses)
    return any(w in seen for w in stems)


_WOULD_HAVE = re.compile(r"\W*the\s+(?:[\w-]+\s+){0,4}?(?:text|draft|resolution|proposal)\b"
                         r"[^.;]{0,60}?\bwould\s+have\s+[a-z]+ed\b", re.I)
_OTHER_DRAFTERS_TEXT = re.compile(r"\W*the\s+(?:[\w-]+\s+)?(?:text|draft|resolution|proposal)\s+"
                                  r"(?:that|which)\s+[^,;]{0,60}?\b(?:had\s+been|was|were)\s+"
                                  r"(?:prepared|drafted|written|tabled|put\s+forward|sponsored)"
                                  r"\s+by\b", re.I)
_ALTERNATIVE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:alternative|rival|competing|counter)\b",
                          re.I)
_THE_NTH = re.compile(r"\bthe\s+(first|second|third)\s+(?:text|draft|resolution|one)\b", re.I)
_A_DRAFT = re.compile(r"\b(?:a|an|another)\s+(?:new\s+|fresh\s+|rival\s+)?(?:draft|text|"
                      r"proposal)\b", re.I)
_MET_AGAIN = re.compile(r"\b(?:met|voted|sat)\s+again\b|\bthis\s+time\b", re.I)
_DRAFTED_RESOLUTION = re.compile(r"\b(?:co-?sponsored|sponsored|drafted|tabled|submitted|"
                                 r"authored|penned)\s+resolution\s+\d", re.I)
_BEFORE_THAT = re.compile(r"\W*(?:before\s+that|earlier(?:\s+(?:that|the\s+same)\s+(?:day|"
                          r"afternoon|evening))?|prior\s+to\s+that)\s*,", re.I)
_A_DRAFTER_S_TEXT = re.compile(r"\b(?:a|an|another)\s+[A-Z][a-z]+\s+(?:draft|text|proposal)\b")
_THE_DRAFTER_S_TEXT = re.compile(r"\s*the\s+[A-Z][a-z]+\s+(?:draft|text|proposal)\b")
_PENDING = re.compile(r"\b(?:has|have|is|are)\s+(?:now\s+|also\s+)?(?:circulated|circulating|"
                      r"drafted|drafting|tabled|put\s+forward|proposed|proposing|prepared|"
                      r"preparing)\b|\bwould\b", re.I)
_AGAIN = re.compile(r"\b(?:again|also|too|likewise)\b", re.I)


_EARLIER_ONE = re.compile(r"\W{0,3}(?:that|the|this)\s+(?:earlier|previous|prior)\s+(?:resolution|"
                          r"text|draft|measure)\b", re.I)


def _older_numbers(c: Clause, number: int) -> bool:
    """Does the clause name only resolutions of years before that of resolution `number`?"""
    from .dates import resolution_year

    year = resolution_year(number)
    years = [resolution_year(n) for n, _ in c.resolutions]
    return year is not None and all(y is not None and y < year for y in years)


# "The vote came a day after a divided Council renewed ...": the vote before the one in hand
DAYS_AFTER_OTHER = re.compile(r"\b(?:came|comes|followed|was)\s+(?P<n>a|one|two|three)\s+days?\s+"
                              r"after\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:security\s+)?council\s+$", re.I)
# ("The first came on 26 January.": the first of the vetoes the lead counted)
_NTH_TIME = re.compile(r"\W*the\s+(?:first|second|third|next|last|latest)\s+(?:(?:time|occasion|"
                       r"one|veto|vote)\s+)?(?:was|came)\b"
                       # ("The second is from Tuesday 2 August.": a year's papers told in turn)
                       r"|\W*the\s+(?:first|second|third|next|last)\s+(?:one\s+)?(?:is|was|dates)\s+"
                       r"from\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                       # "The second vote, on 21 March, followed a short resumed debate"
                       # ("The earlier vote, on Friday, 22 January, concerned the dispute ...")
                       r"|\W*the\s+(?:first|second|third|next|last|latest|earlier|later)\s+"
                       r"(?:vote|veto)\s*,\s*"
                       r"(?:on\s+|last\s+)?[^,;.]{3,30},"
                       # ("Vote one, Friday 8 December.": a thread's votes numbered, each dated)
                       r"|\W*vote\s+(?:one|two|three|four|[1-4])\s*[,:-]", re.I)
# "On Saturday the Council went considerably further. Resolution 217 calls upon ..."
_COUNCIL_ON_DAY = re.compile(r"\W*(?:then\s+)?(?:late\s+|early\s+)?on\s+(?:mon|tues|wednes|thurs|"
                             r"fri|satur|sun)day\b[^.;:]{0,30}?\bthe\s+council\s+(?:went|moved|"
                             # ("On Thursday the Council voted on a complaint by Syria ... The
                             # draft, S/17796/Rev.1, would have condemned Israel")
                             # ("Then on Thursday, 16 November, the Council voted twice")
                             r"acted|turned|met|returned|voted\s+on|voted\s+(?:twice|again)|"
                             # ("On Monday, 17 December, the Council extended the terms of office
                             # of judges ... The vote was fourteen in favour")
                             r"extended|renewed|decided)\b", re.I)
# ... "The decision, resolution 276, came on Friday."
_TURN_OF = re.compile(r"\b(?:it\s+was|came)\s+the\s+turn\s+of\b|\bturn\s+came\b"
                      r"|\b(?:decision|vote|adoption|veto)\b[^.;]{0,30}?\bcame\s+(?:late\s+|early\s+)?"
                      r"on\b", re.I)

# a table's "ITEM   INDIA-PAKISTAN QUESTION" row: the next decision the table sets out
_ITEM_ROW = re.compile(r"\W*item\s*:?\s{2,}\S", re.I)
# a table's "Meeting date: Thursday, 3 June 1948", a row or two above the result it dates
_DATE_ROW = re.compile(r"\W*(?:meeting|vote|voting)\s+(?:date|day)\s*:", re.I)
_DATE_ROW_REACH = 3  # blocks


def _sets_scene(c: Clause) -> bool:
    """Is the clause a transcript's scene-setting day alone ("It's Thursday, the 8th of
    January 2009.")?"""
    return SCENE_DAY.fullmatch(c.sent.text.lower(), c.lo - c.sent.start,
                               c.hi - c.sent.start) is not None


# "the Council voted twice", "voted three times": the texts a day given before them dates
VOTED_N_TIMES = re.compile(r"\bvoted\s+(?:(?P<two>twice)|(?P<n>three|four)\s+times)\b", re.I)


def _texts_it_dates(c: Clause) -> int:
    """How many of the texts told next take the day of a clause that gives it ahead of them:
    one, unless it says how many votes came that day."""
    m = VOTED_N_TIMES.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)
    if m is None:
        return 1
    return 2 if m.group("two") else {"three": 3, "four": 4}[m.group("n").lower()]


def _gives_next_day(c: Clause) -> bool:
    """Does a clause with no vote of its own give the day of the text told next ("The first
    time was on Friday 17 January.", "On Thursday it was the turn of the force in Cyprus.",
    a table's "Meeting date: Thursday, 3 June 1948")?"""
    lo, hi = c.lo - c.sent.start, c.hi - c.sent.start
    return bool(_NTH_TIME.match(c.sent.text, lo, hi) or _TURN_OF.search(c.sent.text, lo, hi)
                or _DATE_ROW.match(c.sent.text, lo) or _COUNCIL_ON_DAY.match(c.sent.text, lo, hi)
                or BARE_DAY.fullmatch(c.sent.text.lower(), lo, hi)
                or c.dates[0].kind == "full" and _sets_scene(c))


_ADJ_DRAFTER_OPENS = re.compile(r"\W*(?:[Tt]he|[Tt]hat)\s+(?:earlier\s+|rival\s+|other\s+)?"
                                r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+"
                                r"(?:draft|text|resolution|proposal)\b")
_TEXT_DRAFTED_BY = re.compile(r"\W*the\s+(?:[\w-]+\s+){0,2}?(?:text|draft|resolution|proposal)\s+"
                              r"(?:drafted|written|sponsored|put\s+forward|tabled|penned)\s+by\b",
                              re.I)
_PAST_DRAFT = re.compile(r"\b(?:last|previous|past)\s+(?:week|month|year)'s\s+"
                         r"(?:[\w-]+\s+){0,2}?of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:draft|text|resolution|proposal)\b"
                         # ("An earlier British text finding Albania responsible was blocked")
                         r"|\b(?:an\s+earlier|a\s+previous|an\s+older|a\s+former)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:draft|text|resolution|proposal)\b", re.I)


def _counted_before(c: Clause, drafts: list[Draft], current: Draft) -> Draft | None:
    """The draft whose yes count a definite count names ("The eight votes in favour were cast
    by A, B and ..."), when it is not the draft in hand."""
    low = c.sent.text.lower()
    for k in c.counts:
        at = k.start - c.sent.start
        if k.vote != "yes" or not low.endswith("the ", 0, at):
            continue
        if k.value in _yes_told(current.clauses):
            return None
        told = [d for d in drafts if k.value in _yes_told(d.clauses)]
        if len(told) == 1:
            return told[0]
    return None


_ALSO_BY = re.compile(r"\b(?:also|again|likewise|similarly)\s*,?\s+by\s+(?:a\s+vote\s+of\s+)?"
                      r"[\w-]+\s+(?:votes?\s+)?to\b", re.I)


_ALSO_ADOPTED = re.compile(r"\b(?:also|likewise|further)\s+(?:\w+ly\s+)?(?:adopted|approved|"
                           r"passed)\b", re.I)
_THIS_TIME = re.compile(r"\W*this\s+time\b", re.I)
# "That text", "this draft", "The latter resolution": the text the story told last
_THAT_TEXT = re.compile(r"\s*(?:that|this|the\s+latter)\s+(?:[\w-]+\s+)?(?:text|draft|resolution|"
                        r"proposal)\b", re.I)


# "Its sponsors were Pakistan, South Africa, Sudan and Syria": the text just told
_ITS_DRAFTERS = re.compile(r"\W*(?:its|their)\s+(?:co-?)?(?:sponsors|drafters|authors)\b", re.I)


# "a draft on the Cyprus force, document S/25693": a text the clause opens, with its symbol
# ("The vetoed draft, document S/25693, was put to the vote on Tuesday, May 11")
_A_DRAFT_NUMBERED = re.compile(r"\b(?:an?|another|the\s+(?:vetoed|rejected|defeated|failed|blocked|"
                               r"earlier))\s+(?:[\w-]+\s+){0,5}?(?:draft|text|proposal)\b"
                               r"[^.;]{0,100}?\bs/\d"
                               # ("On Wednesday 2 November the Council voted on draft resolution
                               # S/2022/821, which would have ...")
                               r"|\bvoted\s+on\s+draft(?:\s+resolution)?\s+s/\d"
                               # ("when the draft resolution S/2022/155, which would have
                               # deplored ...": a text that fell, not the one adopted)
                               r"|\bs/\d+(?:/\d+)*\s*,\s*which\s+would\s+have\b", re.I)
# "On Monday, a Russian draft calling for a humanitarian ceasefire failed"
# ("On Monday, 20th February, after the news of Mr. Lumumba's death, a text that would have
# condemned Belgium won the vote of the Soviet Union alone")
_A_TEXT_ON_DAY = re.compile(r"\W*(?:on|late\s+on|early\s+on|last)\s+[a-z]+(?:\s+(?:morning|"
                            r"afternoon|evening|night))?(?:\s*,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
                            r"\s+[a-z]+)?\s*,\s*(?:after\s+[^,;]{1,80},\s*)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:draft|text|proposal|resolution)\b", re.I)
# "On Tuesday, 20th January, the Council voted to set up a commission" after a vote counted
# in full: a day told in full, then another act of the Council's
_COUNCIL_ON_FULL_DAY = re.compile(
    r"\W*on\s+(?:[a-z]+\s*,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+"
    r"(?:\s+\d{4})?\s*,?\s+the\s+(?:security\s+)?council\s+(?:voted\s+to|adopted|approved|"
    r"decided)\b", re.I)


_THAT_TEXT_OPENS = re.compile(r"\W*(?:that|this|the)\s+(?:[a-z-]+\s+)?(?:resolution|text|"
                              r"draft)\b", re.I)
_BY_ANOTHER_BODY = re.compile(r"\b(?:approved|adopted|passed|carried|rejected)\s+by\s+"
                              r"(?:the|its|our)\s+(?!(?:security\s+)?council\b)[a-z]", re.I)


def _pick(c: Clause, drafts: list[Draft], current: Draft | None, section: int = -1
          ) -> Draft | None:
    """The draft a clause speaks of; None means a new one. ``section`` is where the item
    heading above the clause starts (-1 for a story not told in items)."""
    if current is not None and (c.live_outcomes or c.votes) and c.dates and (
            c.lo == c.sent.start) and current.has_content() and (_A_TEXT_ON_DAY.match(
                c.sent.text, 0, c.hi - c.sent.start) or _COUNCIL_ON_FULL_DAY.match(
                c.sent.text, 0, c.hi - c.sent.start) and any(
                    x.tallies or x.counts for x in current.clauses)) and (
                _other_day(c, current) or not any(
                    x.dates for x in current.clauses if x.live_outcomes)):
        # "... the second got seven in favour. ... On Monday, a Russian draft calling for a
        # ceasefire failed": a text of another day, told as new
        return None
    for sym, _ in c.symbols:
        for d in drafts:
            if d.symbol == sym:
                return d
    if c.symbols and current is not None and current.symbol is not None and not (
            c.resolutions) and all(draft_base(sym) != draft_base(current.symbol)
                                    for sym, _ in c.symbols):
        # "A Soviet text, S/10418, was put to the vote the same afternoon" after S/10423: a
        # symbol of its own is another text (its revision, "S/10423/Rev.1", is the same)
        if not c.has_vote_content and not c.sponsors and not c.new_draft:
            # ("The American draft carries the number S/4411; the Italian one is S/4409/Rev.1":
            # the symbol of the other text already told, the one still without its number)
            told = [d for d in drafts if d is not current and d.symbol is None and (
                d.resolution is None and d.has_content())]
            if told:
                return told[-1]
        elif not c.sponsors and _ALTERNATIVE.search(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
            # "... and a competing Russian draft was then defeated. ... Minutes later the
            # council voted on the Russian alternative, S/2019/757": the rival the lead told
            # with no count, now told in full
            told = [d for d in drafts if d is not current and d.symbol is None and (
                d.resolution is None and d.has_content()) and not any(
                x.tallies or x.counts or x.votes for x in d.clauses)]
            if len(told) == 1:
                return told[0]
        return None
    if c.symbols and not c.resolutions and current is not None and (
            current.resolution is not None and current.symbol is None) and (
            _BEFORE_THAT.match(c.sent.text, c.lo - c.sent.start)):
        # "The text, now resolution 2774, was adopted ... Before that, the Council voted on
        # amendments ..., in document S/2025/115": another text, voted on first
        return None
    if c.symbols and not c.resolutions and current is not None and (
            current.resolution is not None and current.symbol is None) and (
            nm := _A_DRAFT_NUMBERED.search(c.sent.text, c.lo - c.sent.start,
                                           c.hi - c.sent.start)):
        # "On 27 May the Council adopted resolution 831 ... On Tuesday 11 May a draft on the
        # Cyprus force, document S/25693, received fourteen votes": a text of its own
        fell = [d for d in drafts if d is not current and d.symbol is None and (
            d.resolution is None and "fell" in _outcome_sides(d.clauses))]
        if "would" in nm.group().lower() and len(fell) == 1:
            # ("... after Moscow had used its veto on Friday. ... The vote repeated the count
            # of Friday, when the draft resolution S/2022/155, which would have ...": the
            # text whose veto the story told, now numbered)
            return fell[0]
        return None
    if c.resolutions and not c.symbols and current is not None and (
            current.symbol is not None and current.resolution is None) and not any(
            d.resolution == n for d in drafts for n, _ in c.resolutions) and (
            yes_now := _yes_counted([c])) and (yes_before := _yes_counted(current.clauses)) and (
            not yes_now & yes_before):
        # "Amendment S/2025/115 gathered 9 votes ... The unamended American draft was then
        # adopted as resolution 2774 by 10 votes to none": a number and a count of their own
        return None
    if c.symbols and not c.resolutions and current is not None and current.symbol is None and (
            current.has_content()) and not c.anaphoric and (_clash(current, c) or (
                _outcome_sides(current.clauses) == {"passed"}
                and any(a.how == "veto" for a in c.votes))):
        # "The resolution was adopted by 10 votes to none ... The "wreck" was a Soviet veto on
        # Wednesday of an earlier text, document S/3787": a symbol told with another fate, the
        # text the story told so (a summary's "A British text was vetoed by Russia") or a new one
        fell = [d for d in drafts if d is not current and d.symbol is None and (
            "fell" in _outcome_sides(d.clauses) or _fell(d))]
        return fell[0] if len(fell) == 1 else None
    if len(drafts) >= 2 and len(c.symbols) == 1 and not c.resolutions and (
            om := _THE_NTH.match(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)) and (
            k := _ORDINALS[om.group(1).lower()]) < len(drafts) and drafts[k] is not current and (
            drafts[k].symbol is None and drafts[k].has_content()):
        # "Russia and China vetoed a resolution ..., and a competing Russian draft was then
        # defeated. The first draft, S/2019/756, received 12 votes": the first told, numbered
        return drafts[k]
    if c.ordinal and len(drafts) >= 2 and not (c.symbols or c.resolutions) and (
            om := _THE_NTH.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
        k = _ORDINALS[om.group(1).lower()]
        if k < len(drafts):
            # "Britain and the United States voted in favour of the second text": the
            # second of the texts already told, not a third
            return drafts[k]
    # ("Resolution 1959 was presented by six delegations": the text of that number, though
    # the story has since gone on to another)
    for n in adopted_resolutions(c) or _named_resolution(c):
        for d in drafts:
            if d.resolution == n:
                return d
    if len(c.resolutions) == 1 and len(c.symbols) == 1 and not c.has_vote_content:
        # "Draft of resolution 2615: S/2021/1080": the symbol of a text already told of
        for d in drafts:
            if d.resolution == c.resolutions[0][0] and d.symbol is None:
                return d
    # ("That text, resolution 2179, was prepared by the United States" after resolution 2180:
    # the text the story turned to)
    res = adopted_resolutions(c) or _named_resolution(c)
    if res and current is not None and current.resolution and current.resolution not in res:
        return None  # "2) ... resolution 2333 ADOPTED ... 3) ... resolution 2334 ADOPTED"
    if res and current is not None and current.resolution is None and not c.anaphoric and (
            _outcome_sides(current.clauses) == {"passed"}) and _ALSO_ADOPTED.search(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
        # "saw a resolution it drafted adopted by all fifteen ... On the same day the Council
        # also adopted resolution 2579, drawn up by Britain": another adoption than the one
        # told
        return None
    if current is not None and not (c.has_vote_content or c.symbols or c.resolutions) and (
            _outcome_sides(current.clauses) == {"passed"}) and _WOULD_HAVE.match(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
        # "... and resolution 2058 was adopted. ... The British-drafted text on Syria would
        # have threatened sanctions": a text that did not pass is not the one adopted
        return None
    sp = {code for m in c.sponsors if (code := m.code())}
    if sp and current is not None and (mine := current.sponsor_codes()) and not (sp & mine) and (
            any(x.tallies or x.counts for x in current.clauses)) and not (
            c.symbols or c.co_sponsors) and _OTHER_DRAFTERS_TEXT.match(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
        # "Russia's draft ... gathered four votes ... The text that mattered more to us had
        # been prepared by France and Spain": a text counted with its drafter, then one that
        # other members drafted
        return None
    if sp and current is not None and drafts and current is drafts[-1] and not (
            current.sponsor_codes()) and _AGAIN.search(c.sent.text, c.lo - c.sent.start,
                                                       c.hi - c.sent.start) and not (
            # (not "the Council met again and adopted resolution 2623, tabled by A and B"
            # after a veto, nor "A second proposal, put forward by the Soviet delegation, was
            # also put to the vote")
            current.has_content() and _clash(current, c) or (c.new_draft or c.ordinal) and any(
                x.tallies or x.counts or x.votes for x in current.clauses)):
        return current  # "resolution 2725. Again a UK text": the same drafter, the new text
    if sp and current is not None and (c.anaphoric or _THIS_TIME.match(
            c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) or _ITS_DRAFTERS.match(
            c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)) and not (
            current.sponsor_codes()) and (
            current.resolution is not None or current.symbol is not None) and not c.ordinal:
        # "Another, resolution 2030, renews ... The draft was presented jointly by Brazil,
        # Nigeria and Portugal": the text in hand, though Portugal drafted the one before
        # (so "This time Malaysia was itself a co-sponsor, together with A and B")
        return current
    if sp and current is not None and drafts and current is drafts[-1] and (
            current.has_content()) and not current.sponsor_codes() and _THAT_TEXT.match(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
        # "Later the council agreed to a stopgap ... That text, a short one, was put forward
        # by A and B": the text just told, though A drafted the one before
        return current
    if sp and current is not None and current.has_content() and _PAST_DRAFT.search(
            c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
        # "The decision follows last month's failure of a British draft": an older text
        return None
    if (c.counts or c.tallies) and current is not None and len(drafts) >= 2 and not (
            current.has_content() or c.live_outcomes or c.symbols or c.resolutions) and (
            # (not "came on a draft tabled by A. The tally was identical to March's": the
            # count of the text just opened, in the same paragraph)
            current.clauses and c.sent.block != current.clauses[-1].sent.block) and len(
                same := [d for d in drafts if d is not current and (_same_count(d, c) or (
                    _yes_told([c]) & _yes_told(d.clauses) and not _other_yes(d, c)))]) == 1:
        # "Russia tabled its own rival text the same afternoon. We will deal with it on
        # Wednesday. ... Quick numbers: 11 yes, 2 no, 2 abstentions": the vote told before
        return same[0]
    if c.counts and current is not None and not c.tallies and (
            counted := _counted_before(c, drafts, current)) is not None:
        return counted  # "The eight votes in favour were cast by ...": the count already told
    if sp and current is not None and c.anaphoric and current.sponsor_codes() and not (
            sp & current.sponsor_codes()) and not c.co_sponsors and _ADJ_DRAFTER_OPENS.match(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
        # "A Japanese proposal ... was defeated ... The American proposal had likewise fallen
        # to a Soviet veto": another drafter's text, named by its drafter
        return None
    if sp and current is not None and current.sponsor_codes() and not (
            sp & current.sponsor_codes()) and not c.co_sponsors and _TEXT_DRAFTED_BY.match(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) and len(
                told := [d for d in drafts if d is not current and not d.sponsor_codes()
                         and d.has_content()]) == 1:
        # "Russia vetoed its renewal, and a rival Russian proposal then collected one vote. The
        # text drafted by France and the UAE would have ...": the lead's other text
        return told[0]
    if c.sponsor_elected and not sp and current is not None and not current.elected and (
            current.sponsor_codes()) and not c.anaphoric:
        # "On Monday, the ten elected members ... brought their own draft to a vote" after a
        # US draft: their text, not the one in hand
        return None
    if sp and c.co_sponsors and current is not None and current is drafts[-1] and (
            current.resolution is not None or current.symbol is not None) and not (
            current.sponsor_codes() or c.symbols or c.resolutions or c.ordinal or c.new_draft
            or c.has_vote_content):
        # "On Monday the Council adopted resolution 1174 ... The Russian Federation was among
        # the co-sponsors, alongside Germany, Italy and Japan": the text in hand, though
        # Germany, Italy and Japan drafted the one before too
        return current
    if sp and current is not None and current is drafts[-1] and not current.has_content() and (
            current.clauses and (all(x.new_draft for x in current.clauses)
                                 or current.symbol is not None)) and (
            c.anaphoric or c.co_sponsors):
        # "Vote two, last Friday, the 29th. ... Japan and the UAE drafted it.", "On 16
        # September the Council had voted on S/2003/891 ... Pakistan, South Africa, Sudan and
        # Syria tabled that draft.": the text the story has just turned to, though some of
        # them drafted the one before
        return current
    if sp:
        for group in c.sponsor_groups:
            # (not "the Council adopted resolution 2059, a short British text" after a British
            # draft two permanent members voted down: the drafter's next text)
            matches = [d for d in drafts if d.sponsor_codes() & _codes(group)
                       and not _other_yes(d, c) and not (
                           _outcome_sides([c]) == {"passed"} and _fell(d)) and not (
                           # (nor "a US-drafted resolution ... was vetoed" after a text that
                           # passed: another of the drafter's texts)
                           _outcome_sides([c]) == {"fell"} and d.resolution is not None
                           and _outcome_sides(d.clauses) == {"passed"})]
            if matches and section >= 0 and current is not None and any(
                    x.lo >= section for x in current.clauses):
                # "1) GOLAN ... put forward by Russia and the United States. 2) MALI ...
                # Britain and the United States co-sponsored": a drafter of an earlier
                # item's text, now drafting the text of this one
                matches = [d for d in matches if any(x.lo >= section for x in d.clauses)]
            if matches and not c.ordinal:
                return matches[-1]
        if c.ordinal or c.new_draft:
            return None
        if current is not None and len(c.resolutions) == 1 and current.resolution is None and (
                _fell(current)) and _DRAFTED_RESOLUTION.search(
                    c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
            # ("... vetoed by the United States. The Ministry recalls that in August Bulgaria,
            # together with Angola and Chile, co-sponsored resolution 1500": a text that fell
            # has no number, so the one they drafted is another)
            return None
        if current is not None and not current.sponsor_codes() and any(
                v == "no" for code, v in _member_votes(current).items() if code in sp):
            # "The Soviet Union voted against ... a veto. The Soviet text, which demanded ...,
            # did even worse": no member drafts the text it voted down
            return None
        if current is not None and (c.anaphoric or (
                c.co_sponsors and not c.has_vote_content and not c.symbols) or (
                c.co_sponsors and not c.symbols and _SPONSORED_IN_HAND.search(
                    c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start))):
            # "Its co-sponsors included A and B": co-sponsors join the text in hand (so do
            # those of "the text, which was also co-sponsored by ...", "A co-sponsored it")
            return current
        if current is not None and current.has_content() and ((
                c.dates or _BEFORE_THAT.match(c.sent.text, c.lo - c.sent.start)) and (
                _A_DRAFTER_S_TEXT.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start))
                # ("Before that, the Soviet proposal, document S/589, had won only two votes")
                or (bt := _BEFORE_THAT.match(c.sent.text, c.lo - c.sent.start)) is not None
                and _THE_DRAFTER_S_TEXT.match(c.sent.text, bt.end())):
            # (so is "Before that, the Council had disposed of a Soviet draft resolution")
            # "Two days earlier, on Tuesday, the Council had disposed of a Soviet proposal":
            # another text, of another day
            return None
        if current is not None and not current.sponsor_codes() and not current.elected:
            # "A US draft ... fell short" after an adopted text, "the Council had voted on an
            # Algerian draft" after the Assembly's vote: a drafter's text of its own
            if current.has_content() and _clash(current, c):
                return None
            if current.resolution is not None and not c.has_vote_content and _A_DRAFT.search(
                    c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) and _PENDING.search(
                    c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
                return None  # "France has circulated a draft that would refer ...": another
            return current
        return None
    if c.new_draft and current is not None and current.has_content() and not (
            # ("the rival text" may be the rival the story just opened; "The second resolution
            # asks ...", once the first is counted, is the next)
            c.new_draft_definite and not c.ordinal
            and any(cl.new_draft for cl in current.clauses)) and not (
            _names_the_group(current, c)):
        return None
    if c.counts and current is not None and _yes_counted(current.clauses) and (
            _THEN_COUNTED.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)) and (
            _yes_counted([c]) - _yes_counted(current.clauses)):
        # "The Korean application received nine votes ... Our country's application then
        # received eight votes": another count, told next, is another text's
        return None
    if c.live_outcomes and current is not None and current.has_content() and (
            DAYS_AFTER_OTHER.search(c.sent.text, max(0, c.lo - c.sent.start),
                                    c.live_outcomes[0].start - c.sent.start)):
        return None  # "The vote came a day after a divided Council renewed the Syria mechanism"
    if c.recalled and (c.live_outcomes or c.votes) and current is not None and (
            current.has_content()) and not any(x.recalled for x in current.clauses):
        # "On May 20 the Council, also by 15 votes to none, ...", "On January 18 the United
        # States voted alone against a draft ...": an earlier vote
        return None
    if (c.tallies or c.counts) and not c.anaphoric and current is not None and (
            current.has_content()) and any(m.kind in ("weekday", "monthday", "full")
                                           for m in c.dates) and _ALSO_BY.search(
            c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
        # "On Saturday, April 27, the Council had voted, also by 15 votes to none, to call
        # upon Israel ...": a vote of another day with the same count
        return None
    if c.final_ref and drafts:
        adopted = [d for d in drafts if d.resolution or any(
            k.kind == "adopt" and k.live for cl in d.clauses for k in cl.outcome)]
        return adopted[-1] if adopted else drafts[-1]
    if current is not None:
        if c.symbols and current.symbol and current.symbol not in {s for s, _ in c.symbols}:
            return None
        # "Russia vetoed the text on Monday. On Wednesday the council adopted a watered-down
        # version": a text cannot both pass and fall (nor pass after a permanent member
        # voted against it: "Russia voted against ... On Sunday it adopted resolution 2623")
        # (not "the matter was procedural, and so the motion carried as resolution 132")
        mine = _outcome_sides(current.clauses) or (
            {"fell"} if adopted_resolutions(c) and _fell(current) and not (
                "rocedur" in c.sent.text and PROCEDURAL.search(c.sent.text)) else set())
        theirs = _outcome_sides([c])
        if mine and theirs and not (mine & theirs) and (not c.anaphoric or _other_count(
                current, c)):
            # ("That resolution was adopted by nine votes" after a draft that won three and
            # was rejected: "that" points past it, at a text the story named without a vote)
            return None
        if theirs and (mine and _indefinite_subject(c) and not all(
                # ("RHODESIA TEXT FAILS AT U.N." then "An African-backed resolution ...
                # failed": the headline told the story's text)
                capitals(x.sent.text) for x in current.clauses) or _yes_told(
                current.clauses) and (
                _indefinite_subject(c, subject_only=True))):
            # "On Saturday a ceasefire draft was also struck down": another text (so is "Then,
            # a French draft (S/2016/846) ... was vetoed" after "All fifteen members voted
            # for it")
            return None
        if not mine and theirs == {"fell"} and current.resolution is not None and (
                _INDEFINITE_OBJECT.match(c.sent.text, c.live_outcomes[0].end - c.sent.start)):
            # "The Council today voted fourteen to nil for resolution 277 ... On Tuesday the
            # Council first turned down a text condemning the regime": a numbered text passed,
            # so the one turned down is another
            return None
        res = adopted_resolutions(c)
        if res and current.resolution and current.resolution not in res:
            return None
        if c.unanimous and not c.anaphoric and (c.dates or res) and _split_vote(current):
            # "adopted by 12 votes, three abstaining ... Last Thursday the council unanimously
            # approved Resolution 1590": a vote of its own day or number
            return None
        if (c.tallies or c.counts) and not c.anaphoric and c.live_outcomes and (
                current.resolution is not None) and any(
                cl.unanimous for cl in current.clauses) and (
                any(k.vote != "yes" and k.value > 0 for k in c.counts)
                or any((t[1] or 0) > 0 or (t[2] or 0) > 0 for t in c.tallies)):
            # "Again unanimous. ... The renewal of UNFICYP was adopted by 13 votes in favour,
            # none against and two abstentions": a split vote is not the unanimous one
            return None
        if c.anaphoric and c.tallies and _THAT_TEXT_OPENS.match(
                c.sent.text, c.lo - c.sent.start) and (had := _yes_no(current.clauses)) and not (
                had & _yes_no([c])) and all(cl.sent.block < c.sent.block for cl in current.clauses
                                            if cl.tallies or cl.counts) and not (
                # (not "The resolution on subscription rates was approved by the Committee
                # 9-2": another body's vote, no text of the Council's)
                _BY_ANOTHER_BODY.search(c.sent.text)):
            # "The text obtained seven votes in favour ... (b) ... Last Saturday the Council
            # condemned the declaration. That resolution was adopted by ten votes to none": a
            # paragraph further on, another count is another text's
            return None
        # "14 in favour, 1 against ... 4 yes, 9 no": one text has one tally; a second,
        # different tally is another vote
        if (c.tallies or c.counts) and (not c.anaphoric or (
                # "The draft (S/15255) won 14 votes" after resolution 512 passed 15-0, "The
                # draft ..., numbered S/4129/Rev.1, received nine votes" after a text approved
                # by ten: the symbol names another text than the one in hand
                c.symbols and current.symbol is None and (
                    current.resolution is not None or _yes_no(current.clauses)))):
            had = _yes_no(current.clauses)
            new = _yes_no([c])
            if had and new and not had & new:
                return None
            # "Nine members voted for it ... Later the Council decided, by ten votes to one"
            yes_had = _yes_told(current.clauses)
            # ("was defeated by eight votes to two. The two votes in favour were cast by ...":
            # a text that fell may have been counted from the side against it first)
            yes_had |= {t[1] for cl in current.clauses for t in cl.tallies if _DEFEATED_BY.search(
                cl.sent.text, max(0, t[3] - cl.sent.start - 50), t[3] - cl.sent.start)}
            yes_new = {t[0] for t in c.tallies}
            if c.symbols or _indefinite_subject(c) or any(cl.tallies for cl in current.clauses):
                # "A draft resolution, S/4878, received only four votes" after a text adopted
                # by ten: a count of votes for a text the clause introduces; "nine members
                # raised their hands" after a recommendation carried by eleven votes to none
                yes_new |= {k.value for k in c.counts if k.vote == "yes" and not k.weak}
            if len(yes_had) == 1 and yes_new and not yes_had & yes_new:
                return None
    return current


_AGAIN_VOTED = re.compile(r"\bagain\s+(?:voted|adopted|extended|renewed|approved)\b"
                          r"|\b(?:voted|adopted|extended|renewed|approved)\s+(?:it\s+)?again\b",
                          re.I)
# "was defeated by eight votes to two": which side the larger number is, the story does not say
# (a vetoed text is "defeated by nine votes to five" too)
_DEFEATED_BY = re.compile(r"\b(?:defeated|rejected|voted\s+down|turned\s+down|beaten)\s+"
                          r"(?:[\w,]+\s+){0,3}?by\s+$", re.I)


def _member_votes(d: Draft) -> dict[str, str]:
    return {code: a.vote for c in d.clauses for a in c.votes for i in a.items
            if i.mention is not None and (code := i.mention.code())}


def _fold_deck(live: list[Draft]) -> None:
    """The lines above the story that count or sum up the vote it then tells: one text, not
    two. A deck under the headline, a line of its own without a full stop ("Ten votes in
    favour; Panama alone against; the Soviet Union, China, Poland and Spain abstain"), gives
    the story's count; a lead's summary ("Waking up to the news that Moscow has vetoed the
    draft on Cyprus.") gives its outcome and no count, day or tally."""
    if len(live) < 2 or not live[0].clauses:
        return  # (a text counted before the story tells it has no line of its own)
    deck, story = live[0], live[1]
    sent = deck.clauses[0].sent
    if any(c.sent is not sent for c in deck.clauses) or deck.symbol or deck.resolution or (
            deck.sponsor_refs) or any(c.lo < sent.end for c in story.clauses):
        return
    sides, story_sides = _outcome_sides(deck.clauses), _outcome_sides(story.clauses)
    same_fate = sides == {"fell"} and _fell(story)
    told, counted = _yes_told(deck.clauses), _yes_told(story.clauses)
    if told:
        fold = told <= counted and sent.text.rstrip()[-1:] not in ".!?\"'\u201d" and (
            sides <= story_sides or same_fate)
    else:
        # (a lead may sum up more than one text: "In the space of four days the Council went
        # from another failed Gaza text to its first demand for a ceasefire since the war
        # began in October", its month the war's, no vote's day)
        fold = bool(counted) and bool(sides) and (
            sides == story_sides or same_fate) and not any(
            c.counts or c.tallies or c.ga or any(m.kind != "month" for m in c.dates)
            for c in deck.clauses)
    theirs = _member_votes(story)
    if fold and all(theirs.get(code, vote) == vote for code, vote in _member_votes(deck).items()):
        story.clauses[:0] = deck.clauses
        live.remove(deck)


def _fell(d: Draft) -> bool:
    """Did the draft fall, as the story says or by a permanent member's vote against it?"""
    if "fell" in _outcome_sides(d.clauses):
        return True
    from unvotes.reference import ever_permanent

    ever = ever_permanent()
    return any(a.vote == "no" and any(i.mention is not None and i.mention.code() in ever
                                      for i in a.items) for cl in d.clauses for a in cl.votes)


def _yes_told(clauses: list[Clause]) -> set[int]:
    """The yes counts the clauses give, in tallies or in counts of their own."""
    told = {t[0] for c in clauses for t in c.tallies}
    return told | {k.value for c in clauses for k in c.counts if k.vote == "yes" and not k.weak}


def _other_yes(d: Draft, c: Clause) -> bool:
    """Does the clause's tally give another yes count than the draft's ("passed 14-0" and
    then "Later the same day the council voted 15-0 for a US-drafted resolution")?"""
    new = {t[0] for t in c.tallies} | {k.value for k in c.counts if k.vote == "yes" and not k.weak}
    had = _yes_told(d.clauses) if new else set()
    return bool(had) and not had & new


def _split_vote(d: Draft) -> bool:
    """Did the draft's vote have members against or abstaining (no unanimous vote, then)?"""
    return any((t[1] or 0) > 0 or (t[2] or 0) > 0 for cl in d.clauses for t in cl.tallies) or any(
        k.vote in ("no", "abstain") and k.value > 0 and not k.weak
        for cl in d.clauses for k in cl.counts) or any(
        a.vote in ("no", "abstain") for cl in d.clauses for a in cl.votes)


def _other_count(current: Draft, c: Clause) -> bool:
    """Does the clause give a yes count that the draft in hand cannot have had?"""
    had = {k.value for cl in current.clauses for k in cl.counts if k.vote == "yes" and not k.weak}
    had |= {t[0] for cl in current.clauses for t in cl.tallies}
    new = {t[0] for t in c.tallies} | {k.value for k in c.counts if k.vote == "yes" and not k.weak}
    return bool(had) and bool(new) and not had & new


# A clause whose subject is "a ... draft" (after an opening phrase) speaks of another text.
_INDEFINITE_SUBJECT = re.compile(
    r"(?:[^.;]{0,80}?,\s*)?(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:draft|text|resolution|"
    r"proposal)\b", re.I)


# "A draft needs nine votes ..., so the text fell short": the verb has the story's text for
# its subject, named after the rule's indefinite one
_DEFINITE_REF = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:draft|text|resolution|"
                           r"proposal|measure)\b|\bit\b", re.I)


# "turned down a text condemning ...": a text the story has not told before, as the object
_INDEFINITE_OBJECT = re.compile(r"\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:draft|text|"
                                r"resolution|proposal|motion)\b", re.I)


def _indefinite_subject(c: Clause, subject_only: bool = False) -> bool:
    """Does the clause speak of "a ... draft" (``subject_only``: as the subject of its
    outcome verb, not its object)?"""
    m = _INDEFINITE_SUBJECT.match(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)
    if m is None:
        return False
    verb = min((k.start for k in c.live_outcomes), default=c.hi) - c.sent.start
    if verb <= m.end():
        return not subject_only
    return _DEFINITE_REF.search(c.sent.text, m.end(), verb) is None


_THEN_COUNTED = re.compile(r"\bthen\s+(?:received|got|drew|won|obtained|secured|gathered|"
                           r"attracted|mustered)\s"
                           # ("The vote was ten in favour ... The emirate's application,
                           # backed by Great Britain, received eight votes": another applicant)
                           r"|\bapplication\b[^.;:]{0,60}?\b(?:received|got|drew|won|obtained|"
                           r"gathered|mustered)\s", re.I)


def _yes_counted(clauses: list[Clause]) -> set[int]:
    """The numbers of votes in favour the clauses give."""
    return {t[0] for c in clauses for t in c.tallies} | {
        k.value for c in clauses for k in c.counts if k.vote == "yes" and not k.weak}


def _clash(current: Draft, c: Clause) -> bool:
    """Does the clause report another outcome, or another body's vote, than the draft?"""
    mine = _outcome_sides(current.clauses) or ({"fell"} if _fell(current) else set())
    theirs = _outcome_sides([c])
    if mine and theirs and not mine & theirs:
        return True
    if theirs and _yes_told(current.clauses) and _indefinite_subject(c, subject_only=True):
        return True  # ("All fifteen voted for it. ... Then, a French draft was vetoed")
    body_ga = True if (c.ga or c.big_tally) else (False if c.council else None)
    return body_ga is not None and current.ga is not None and body_ga != current.ga


def _yes_no(clauses: list[Clause]) -> set[tuple[int, int]]:
    """(yes, no) pairs the clauses state in full, as a tally or as two counts."""
    out = {(t[0], t[1]) for c in clauses for t in c.tallies}
    for c in clauses:
        yes = {k.value for k in c.counts if k.vote == "yes" and not k.weak}
        no = {k.value for k in c.counts if k.vote == "no" and not k.weak}
        if len(yes) == 1 and len(no) == 1:
            out.add((yes.pop(), no.pop()))
    return out


def _same_count(d: Draft, c: Clause) -> bool:
    """Does the clause count the vote as the draft's clauses already did (the same yes and
    no, or a unanimous vote told as a tally with nobody against or abstaining)?"""
    told, mine = _yes_no([c]), _yes_no(d.clauses)
    if told and mine:
        return bool(told & mine)
    if any(x.unanimous for x in d.clauses):
        return all(t[1] == 0 and not t[2] for t in c.tallies) and not any(
            k.vote in ("no", "abstain") and k.value for k in c.counts)
    return False


def _outcome_sides(clauses: list[Clause]) -> set[str]:
    """"passed" and/or "fell": what the clauses' outcome words say happened to a text."""
    return {"passed" if k.kind == "adopt" else "fell" for c in clauses for k in c.live_outcomes}


# "Togo co-sponsored it", "the text, which was also co-sponsored by ...": the text in hand
_CO_SPONSORED_IT = r"\bco-?sponsored\s+(?:it|the\s+(?:text|draft))\b"
_SPONSORED_IN_HAND = re.compile(r"\b(?:was|were)\s+also\s+co-?sponsored\b|"
                                # "Nigeria was among the co-sponsors": of the text in hand
                                r"\b(?:was|were)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:the|its)\s+"
                                r"(?:co-?)?sponsors\b|"
                                # ("Slovenia was also a sponsor and voted for it")
                                r"\b(?:was|were)\s+also\s+an?\s+(?:co-?)?sponsor\b|"
                                + _CO_SPONSORED_IT,
                                re.I)
_JOINED_BY_SPONSORS = re.compile(r"\b(?:was|were)\s+joined\s+by\b[^.;]{0,60}?\bco-?sponsors\b|"
                                 # "all fifteen put their names to it as co-sponsors, including A"
                                 r"\bas\s+co-?sponsors\s*,\s*(?:including|among\s+them)\b|"
                                 # "was the penholder, with a long list of co-sponsors,
                                 # including the UK and France"
                                 r"\bwith\s+[^.;]{0,30}?\bco-?sponsors\s*,?\s*(?:including|"
                                 r"among\s+them)\b|"
                                 + _CO_SPONSORED_IT, re.I)


# ... "a Russian draft resolution (S/2023/212), co-sponsored by China, ..."
_AND_COSPONSORED_BY = re.compile(r"(?:\band\s+(?:was\s+)?|,\s*)co-?sponsored\s+by\b", re.I)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TURN_TO_DAY = re.compile(r"\W*" + TURN +
                          r"(?:(?:let's|let\s+us)\s+(?:do|take|start\s+with)|then|now|on\s+to|"
                          r"back\s+to|first,?)\s+"
                          r"(?P<day>" + "|".join(_WEEKDAYS) + r")(?:\s+first)?\s*[.:!]?\s*", re.I)


def _draft_of_weekday(drafts: list[Draft], weekday: int) -> Draft | None:
    """The one draft whose clauses date it by that day of the week."""
    told = [d for d in drafts if any(m.kind == "weekday" and m.weekday == weekday
                                     for x in d.clauses for m in x.dates)]
    return told[0] if len(told) == 1 else None


def _names_the_group(d: Draft, c: Clause) -> bool:
    """Does the clause name the members of the one counted group the draft told so far ("three
    permanent members raised their hands against the same draft resolution. The United
    States, Britain and France voted no on a text that would have ...")?"""
    if c.outcome or c.tallies or c.counts or any(
            x.outcome or x.tallies or x.counts for x in d.clauses):
        return False
    told = [a for x in d.clauses for a in x.votes]
    if len(told) != 1 or len(told[0].items) != 1 or told[0].items[0].kind != "group":
        return False
    named = [a for a in c.votes if a.vote == told[0].vote]
    return len(c.votes) == 1 and len(named) == 1 and all(
        i.kind == "member" for i in named[0].items) and len(named[0].items) == (
        told[0].items[0].count)


def _absorb(d: Draft, c: Clause) -> None:
    d.clauses.append(c)
    if d.ga is None and c.has_vote_content:
        d.ga = c.ga or c.big_tally
    mine = d.sponsor_codes()
    # "Its co-sponsors included A and B": more names for the text in hand
    joining = c.anaphoric or (c.co_sponsors and len(c.sponsor_groups) == 1) or (
        # "Britain drafted the text, and France and Germany joined it as co-sponsors"
        c.co_sponsors and (JOINED_AS.search(c.sent.text) is not None
                           # "Sweden, the lead drafter, was joined by some ninety co-sponsors";
                           # "France prepared the draft, and Togo co-sponsored it with A and B"
                           or _JOINED_BY_SPONSORS.search(c.sent.text) is not None
                           # "tabled by France and co-sponsored by Germany and Britain"
                           or _AND_COSPONSORED_BY.search(c.sent.text) is not None))
    if mine and not joining:
        # Only the drafters of this draft: "the French-Spanish draft" in a clause about
        # the Russian text names the other draft's authors.
        groups = [g for g in c.sponsor_groups if _codes(g) & mine]
    elif joining:
        groups = c.sponsor_groups
    else:
        groups = c.sponsor_groups[:1]
    for g in groups:
        d.sponsor_refs.extend((m, c) for m in g)
    d.elected = d.elected or c.sponsor_elected
    if c.symbols and d.symbol is None:
        d.symbol = c.symbols[0][0]
    res = adopted_resolutions(c) or _named_resolution(c) or _drafted_as(c)
    if not res and c.sponsor_groups and (n := _subject_resolution(c)) is not None:
        res = [n]  # "Resolution 2112, a French-drafted text, extends the mission"
    if not res and c.new_draft and (om := _NTH_IS_RESOLUTION.match(
            c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
        res = [int(om.group(1))]  # "The second text, resolution 432, declares that ..."
    if not res and c.new_draft and len(c.resolutions) == 1 and (om := _ANOTHER_RESOLUTION.search(
            c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
        res = [int(om.group(1))]  # "At the same meeting ...: a second resolution, 942, ..."
    if not res and c.new_draft and len(c.resolutions) == 1 and (
            _VOTED_ON_RESOLUTION.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
        res = [c.resolutions[0][0]]  # "Friday the 31st, the Council voted on resolution 2507"
    if not res and c.new_draft and not c.has_vote_content and len(c.resolutions) == 1 and (
            c.resolutions[0][1] is not None or numbered_item(c)):
        # "(b) Res. 705 (1991) fixes Iraq's compensation ...", "1) Resolution 2724 calls for a
        # cessation of hostilities"
        res = [c.resolutions[0][0]]
    if res and d.resolution is None:
        d.resolution = res[0]


# "Resolution 1907 (2009) was drafted by Uganda", "That text, resolution 1906, was put
# forward by France", "The resolution, number 2681, was put forward by Japan": the number of
# the text in hand, named where the story says who wrote it
_NAMED_RESOLUTION = re.compile(
    r"\W{0,3}(?:resolution\s+(?P<n>\d{1,4})(?:\s*\(\d{4}\))?"
    r"|(?:the|that|this)\s+(?:text|resolution)\s*,\s*(?:resolution\s+)?(?:number\s+|no\.\s*)?"
    r"(?P<n2>\d{1,4})\s*,"
    # ("As has become the custom, the text (resolution 2581) was put forward jointly by")
    r"|(?<=[\s,])(?:the|that|this)\s+(?:text|resolution|draft)\s*\(\s*(?:resolution\s+)?"
    r"(?P<n3>\d{1,4})(?:\s*\(\d{4}\))?\s*\))"
    r"\s+(?:was|is)\s+(?:also\s+)?(?:jointly\s+)?(?:drafted|written|tabled|put\s+forward|submitted|presented|proposed|"
    r"co-?sponsored|sponsored|prepared|introduced)\b", re.I)


# "res. 1422 (2002), circulated in draft as S/2002/747": a resolution and the draft it was
_DRAFTED_AS = re.compile(r"\bin\s+draft\s+as\b|\bas\s+(?:a\s+)?draft\b|\bdraft\s+(?:symbol|"
                         r"number|document)\b", re.I)


def _drafted_as(c: Clause) -> list[int]:
    if len(c.symbols) != 1 or len(c.resolutions) != 1:
        return []
    return [c.resolutions[0][0]] if _DRAFTED_AS.search(
        c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) else []


_NTH_IS_RESOLUTION = re.compile(r"\W*(?:the\s+)?(?:first|second|third|fourth|next|other|last)"
                                r"(?:\s+(?:text|draft|resolution|decision|one|result|vote))?\s*,\s*"
                                r"resolution\s+(\d{1,4})\s*,", re.I)


_ANOTHER_RESOLUTION = re.compile(r"\b(?:a|another)\s+(?:(?:second|third|further|new)\s+)?"
                                 r"resolution\s*,\s*(?:number\s+|no\.\s*)?(\d{1,4})\s*,", re.I)
_VOTED_ON_RESOLUTION = re.compile(r"\bvoted\s+on\s+resolution\s+\d{1,4}\b", re.I)


_ABOUT_IT_HEADING = re.compile(r"\W*(?:\d{1,2}\s*[.)]\s*)?(?:how|why|who)\s", re.I)
_THAT_TEXT_NUMBERED = re.compile(r"\W*(?:that|this|the)\s+(?:text|draft|decision)\s*,\s*(?:now\s+)?"
                                 r"resolution\s+\d{1,4}\b", re.I)


def _named_resolution(c: Clause) -> list[int]:
    if c.lo != c.sent.start or not c.sponsor_groups:
        return []
    m = _NAMED_RESOLUTION.match(c.sent.text, 0, c.hi - c.sent.start)
    if m is None and "(" in c.sent.text:
        m = _NAMED_RESOLUTION.search(c.sent.text, 0, c.hi - c.sent.start)
        m = m if m is not None and m.group("n3") else None
    if m is None and len(c.resolutions) == 1 and _THAT_IS_RESOLUTION.match(
            c.sent.text, 0, c.hi - c.sent.start):
        return [c.resolutions[0][0]]  # "That is resolution 2003 (2011), again a UK text."
    return [int(m.group("n") or m.group("n2") or m.group("n3"))] if m else []


def _relevant(c: Clause) -> bool:
    # ("The draft, written by the ten elected members, demanded ...": its drafters)
    return c.has_vote_content or bool(c.symbols) or bool(c.sponsors) or c.new_draft or bool(
        adopted_resolutions(c)) or c.sponsor_elected


_ON_BOTH = re.compile(r"\b(?:on|for)\s+(?:both|each|all\s+(?:two|three|four))(?:\s+(?:texts|drafts|"
                      r"resolutions|votes|decisions|of\s+them))?\s*(?:[.,;]|$)", re.I)


def _draft_of_symbol(drafts: list[Draft], symbol: str, opened: int) -> Draft:
    """The draft told of with that symbol, the next of those counted before the story named
    them, or a new one the story opens at ``opened``."""
    told = next((d for d in drafts if d.symbol == symbol), None)
    if told is None and (told := _spare_counted(drafts)) is not None:
        told.symbol = symbol
    if told is None:
        told = Draft(symbol=symbol, opened=opened)
        drafts.append(told)
    return told


def _spare_counted(drafts: list[Draft]) -> Draft | None:
    """The first draft made for a count of texts that the story has not yet named."""
    return next((d for d in drafts if d.counted and d.symbol is None and d.resolution is None),
                None)


def _names_each_side(c: Clause, told: dict[str, int]) -> bool:
    """Does the clause name, side by side, as many members as the clauses about each of
    several texts counted on that side (``told``: side to count), and nothing else of a vote?"""
    if not c.votes or c.symbols or c.resolutions or c.new_draft or c.tallies or any(
            k.kind != "veto" for k in c.outcome) or any(
            # ("The ten members voting in favour were A, B, ...": the count told again)
            told.get(k.vote) != k.value for k in c.counts):
        return False  # (the vetoes of those it names are theirs on each text)
    named: dict[str, int] = {}
    for a in c.votes:
        if any(it.kind != "member" for it in a.items):
            return False
        named[a.vote] = named.get(a.vote, 0) + len(a.items)
    return all(told.get(vote) == n for vote, n in named.items())


def _each_scope(c: Clause, drafts: list[Draft], last: list[Draft]) -> list[Draft]:
    """The drafts a clause about each of several speaks of ("Then the West tried twice. ...
    Each drew nine votes"), new ones added when the story told of them without a vote of
    their own; empty when the story does not make clear how many there were."""
    if c.each == 1 and 2 <= len(c.symbols) <= 4:
        # "Separate drafts on Korea (S/3884) and Viet-Nam (S/3885) each received ten votes":
        # the texts it names, whatever count of votes the story gave before
        return [_draft_of_symbol(drafts, sym, c.lo) for sym, _ in c.symbols]
    if c.each >= 2 and len({sym for sym, _ in c.symbols}) == len(c.symbols) == c.each and all(
            d.symbol is not None or d.resolution is not None for d in drafts):
        # "Both draft resolutions (S/11795 on ... and S/11796 on ...) received thirteen
        # votes": as many texts as it names, no text told before without its symbol
        return [_draft_of_symbol(drafts, sym, c.lo) for sym, _ in c.symbols]
    n = c.each if c.each >= 2 else c.intro_n
    if n < 2 and c.each == 1 and c.intro < 0:
        # "All fifteen members voted for each of them", "Each recommendation was carried by
        # eleven votes to none": the texts just told
        n = len(last) if last else (len(drafts) if 2 <= len(drafts) <= 3 else 0)
    if not 2 <= n <= 4:
        return []
    if len(drafts) == n and all(d.clauses and d.clauses[0].lo < min(c.lo, c.intro)
                                for d in drafts) and (
            c.intro >= c.lo or all(d.has_content() for d in drafts)):
        # "... So that is two renewals this year, both by fifteen votes": a summing up of the
        # texts already told (so is "enough to defeat each of the two texts. A and B voted
        # for both applications")
        return list(drafts)
    told = [d for d in drafts if d.symbol is not None or d.resolution is not None]
    if c.each >= 2 and len(told) == n < len(drafts) and all(
            d.clauses and d.clauses[0].lo < c.lo for d in told) and all(
            len(d.clauses) == 1 or not any(x.tallies or x.counts for x in d.clauses)
            for d in drafts if d not in told):
        # "For the second time in four weeks, the United States has used its veto. ... S/2003/980
        # ... S/2003/891 ... A and B voted in favour both times": the texts named, not the
        # lead's summing up, which opened a text of its own (nor a rival told without a count:
        # "... a rival Russian draft ... failed for lack of support")
        return told
    if last and len(last) == n and any(d.clauses and c.intro < d.clauses[0].hi for d in last):
        # "vetoed four drafts ... The first, ... The last, ... A and B voted yes on all
        # four": the drafts the story has told since it counted them
        return last
    if last and len(last) == n and c.intro >= 0 and all(
            not d.has_content() for d in drafts if d not in last):
        # ("Each of the three texts ... received ten votes ... Among those voting for all
        # three drafts were A and B": the same three, a text merely planned told between)
        return last
    if c.intro >= 0:
        # (the draft whose clause holds the count is one of them: "In back-to-back votes
        # the United States vetoed ...")
        # (or one the lead named before the count and the story then told: "... failed twice
        # in a single afternoon. The Council took up two separate proposals. The first, ...")
        scope = [d for d in drafts if d.clauses and (d.clauses[0].hi > c.intro or (
            len(d.clauses) >= 2 and d.clauses[1].lo > c.intro and d.clauses[0].lo < c.intro
            and d.clauses[0].sent.block < d.clauses[1].sent.block)) or (
            not d.clauses and d.opened is not None and d.opened > c.intro)]
    elif last and len(last) == n:
        return last  # "... both times": the drafts the last such clause spoke of
    elif c.each >= 2 and c.plural and len(drafts) >= n:
        scope = drafts[-n:]  # "The Russian text got four votes, the US one ten. Both failed."
    elif c.each >= 2 and c.plural and drafts and all(
            d.resolution is None and d.symbol is None for d in drafts):
        # "The Council extended the inquiry and later renewed the Cyprus force. Both
        # resolutions were adopted unanimously": the lead told them in one breath
        scope = list(drafts)
    elif len(drafts) == n:
        # "Britain and France voted in favour on both occasions": the story has told two
        return list(drafts)
    elif c.each >= 2 and not drafts and (c.counts or c.tallies) and not c.plural:
        # ("... voted, one after another, on the applications of the three States. Three
        # times the result was the same: ten votes in favour and one against": the count of
        # each of the votes the story has yet to tell apart)
        scope = []
    elif c.each >= 2 and not drafts and c.votes and _ON_BOTH.search(
            c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
        # "two routine decisions. Both were taken without a vote against, and Sweden voted
        # yes on both.": a member's vote on each, said before the story tells them in turn
        scope = []
    else:
        return []
    if len(scope) > n and c.intro >= 0:
        # ("vetoed a Brazilian draft ..., after two Russian amendments to it failed. ...
        # abstained on both amendments": the texts counted, not the one the count's sentence
        # told first)
        scope = [d for d in scope if not d.clauses or d.clauses[0].lo > c.intro]
    if len(scope) > n:
        return []
    while len(scope) < n:
        scope.append(Draft(counted=True))
        drafts.append(scope[-1])
    return scope


# "Resolution 2058." as a sentence of its own, a transcript's speaker label before it
_BARE_RESOLUTION = re.compile(
    r"(?:[a-z]+:\s+)?\W{0,3}(?:resolution\s+|"
    # "The resolution was numbered 1964.": the number the text just told of received
    r"(?:the\s+(?:resolution|text)|it)\s+(?:was|is)\s+(?:numbered|designated|given\s+(?:the\s+)?"
    # "The text was registered as resolution 207."
    r"number|(?:registered|recorded)\s+as)\s+(?:resolution\s+)?"
    # "The resolution is 1945 (2010).": its number, the year with it
    r"|the\s+resolution\s+(?:is|was)\s+(?=\d{1,4}\s*\(\d{4}\))"
    # ("The renewal is resolution 634 (1989).": the number of the decision just told)
    r"|the\s+(?:renewal|extension|decision|measure)\s+(?:is|was|became)\s+resolution\s+"
    # ("This was resolution 2511 (2020).", "[This is the resolution numbered 62.]")
    r"|(?:that|this|it)\s+(?:is|was|became)\s+(?:the\s+resolution\s+(?:numbered|number|no\.)"
    r"\s*|resolution\s+(?:number\s+|no\.\s*)?))"
    r"\d{1,4}(?:\s*\(\d{4}\))?"
    r"\s*[.!]?\s*[\])]?\s*", re.I)
ENTRY_RESOLUTION = re.compile(r"\W{0,3}resolution\s+\d{1,4}(?:\s*\(\d{4}\))?\s*[.:]?\s*", re.I)
DATE_ONLY = re.compile(r"\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                       r"(?:\d{1,2}\s+[a-z]+|[a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\W*", re.I)


def _date_line(c: Clause) -> bool:
    """Is the clause a date on a line of its own ("21 April", "June 8, 1994")?"""
    return c.lo == c.sent.start and c.hi == c.sent.end and len(c.dates) == 1 and (
        c.dates[0].kind in ("monthday", "full")) and not c.has_vote_content and (
        DATE_ONLY.fullmatch(c.sent.text) is not None)


# ... "Resolution 2113, penned by the United Kingdom, renews the mandate"
# ("And resolution 707 condemns Iraq ...": the next of the texts told in turn)
_SUBJECT_RESOLUTION = re.compile(r"(?:\W{0,3})(?:(?:and|then|also)\s+)?resolution\s+(\d{1,4})\b"
                                 r"(?:\s*\(\d{4}\))?"
                                 # ('Resolution 605 (1987) "strongly deplores" ...')
                                 r"(?:\s*,[^,;.]{1,60},)?\s+[\"\u201c']?(?!was\b|is\b|had\b|has\b)"
                                 r"[a-z]+", re.I)

# "All fifteen members voted for it", "It passed 14-0", "Adopted 13-0": a count of the text
# just named
_COUNTS_IT = re.compile(r"\b(?:for|against|on)\s+it\b|\bit\s+(?:was|passed|got|received|drew|"
                        r"carried|won|secured|obtained)\b"
                        r"|^\W*(?:adopted|passed|approved|carried)\b"
                        # ("Resolution 469 'strongly deplores' ... Again the count was fourteen
                        # votes to none")
                        r"|^\W*again\s*,?\s+the\s+(?:count|vote|tally|result)\b"
                        # ("Resolution 2502 extends MONUSCO ... Unanimous, 15-0.", "Also
                        # unanimous")
                        r"|^\W*(?:[A-Z][\w .]{0,20}:\s*)?(?:also\s+|again\s+)?unanimous(?:ly)?\b",
                        re.I)
# "The new resolution, numbered 380, deplores the march"
# ("Under the resolution -- numbered 232 -- member States must stop buying ...")
_NUMBERED_SUBJECT = re.compile(r"\W{0,3}(?:(?:under|by|in)\s+)?(?:the\s+(?:new\s+|latest\s+)?"
                               r"resolution\s*(?:(?:,|-+)\s*(?:"
                               # ("The resolution, which will be numbered 186, recommends")
                               r"numbered|number|no\.|(?:which|that)\s+(?:will\s+be|was|is|has\s+been)\s+"
                               r"numbered)\s*(\d{1,4})"
                               # ("The resolution, number 694 of 1991, declares ...")
                               r"(?:\s+of\s+(?:\d{4}|this\s+year))?"
                               r"\s*(?:,|-+)"
                               # ('The resolution (Res. 605) "strongly deplores" ...')
                               r"|\(\s*(?:res\.|resolution|no\.)\s*(\d{1,4})\s*\))"
                               # ("That vote, resolution 1775, extended the prosecutor's term")
                               r"|(?:that|this)\s+vote\s*,\s*resolution\s+(\d{1,4})(?:\s*\(\d{4}\))?\s*,)"
                               r"\s*[\"\u201c']?(?!was\b|is\b|had\b|has\b)[a-z]+", re.I)


# ("... the Council unanimously extended UNAMID. That is resolution 2003 (2011), again a UK text.")
_THAT_IS_RESOLUTION = re.compile(r"\W{0,3}(?:that|this|it)\s+(?:is|was|became)\s+resolution\s+"
                                 r"\d{1,4}(?:\s*\(\d{4}\))?\s*(?:[,.;]|$)", re.I)


def _subject_resolution(c: Clause) -> int | None:
    """The number of a resolution that opens the clause as its subject ("Resolution 688
    condemned ..."), or of one the clause calls the other text ("The other one was more
    technical: the panel's renewal, resolution 2725"), else None."""
    if not c.resolutions:
        return None
    if len(c.resolutions) == 1 and (_OTHER_ONE.search(
            c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) or _ANOTHER.match(
            c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) or _NTH_VOTE.search(
            c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
        return c.resolutions[0][0]
    came = _CAME_RESOLUTION.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)
    if came is not None:
        return int(came.group(1))  # "Later the same day came resolution 2616"
    if c.lo != c.sent.start:
        return None
    m = _SUBJECT_RESOLUTION.match(c.sent.text, 0, c.hi - c.sent.start) or (
        _NUMBERED_SUBJECT.match(c.sent.text, 0, c.hi - c.sent.start))
    return int(next(g for g in m.groups() if g)) if m else _ordinal_resolution(c)


def _ordinal_resolution(c: Clause) -> int | None:
    """The number of the text a clause counts off ("The second, resolution 1646, ..."),
    when the clause opens its sentence."""
    if c.lo != c.sent.start:
        return None
    m = _ORDINAL_RESOLUTION.match(c.sent.text, 0, c.hi - c.sent.start)
    if m is None and len(c.resolutions) == 1 and _ORDINAL_BECAME.match(
            c.sent.text, 0, c.hi - c.sent.start):
        # "The first text, which became resolution three hundred and thirty-three, calls for
        # ...": the number, in words or figures
        return c.resolutions[0][0]
    return int(m.group("n")) if m else None


_ORDINAL_BECAME = re.compile(r"\W{0,3}the\s+(?:first|second|third|fourth|other|last)(?:\s+(?:one|"
                             r"text|draft|resolution|measure|proposal))?\s*,\s*(?:which|that)\s+"
                             r"(?:became|is\s+now|was\s+numbered)\s+resolution\b", re.I)


# "The first Council text, resolution 1645, establishes ...", "The second, resolution 1646,
# deals with ...": the story counting off the texts it goes on to tell
_ORDINAL_RESOLUTION = re.compile(
    # ("CORRESPONDENT (read from the telex): The first resolution, number 831, ...": a
    # script's speaker tag before it)
    r"\W{0,3}(?:(?-i:[A-Z][A-Z.'-]+(?:\s+[A-Z0-9][A-Z.'-]*){0,3})(?:\s*\([^()]{1,60}\))?\s*:\s*)?"
    r"(?:in\s+)?the\s+(?P<nth>first|second|third|fourth|other|next|last|final)"
    r"(?:\s+(?:security\s+)?council)?(?:\s+(?:one|vote|text|resolution|draft|measure|"
    # ("The first vote was on resolution 2610, which ...")
    r"decision))?(?:\s*,\s*|\s+(?:was|is)\s+(?:on\s+)?(?=resolution\s))"
    # ("The first resolution, number 326, condemns ...", "The first resolution, 1624, calls")
    r"(?:(?:security\s+council\s+)?resolution\s+|number\s+|no\.\s*|(?=\d{3,4}\s*,))"
    r"(?P<n>\d{1,4})\b", re.I)
# ... "Kenya followed in resolution 185"
_CAME_RESOLUTION = re.compile(r"\b(?:came|followed|come|comes|follows)\s+(?:(?:in|as|with)\s+)?"
                              r"(?:security\s+council\s+)?resolution\s+(\d{1,4})\b", re.I)
# "Zanzibar ... was dealt with first, in resolution 184": the first of the texts counted
_FIRST_IN_RESOLUTION = re.compile(r"\bfirst\s*,?\s+(?:in|as|by|with)\s+resolution\s+(\d{1,4})\b",
                                  re.I)
_DATED_ITEM = re.compile(r"\W*(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})\s*(?::|-+)\s*resolution\s+"
                         r"\d{1,4}(?:\s*\(\d{4}\))?\s*[.:]?\s*", re.I)
# "1) GOLAN -- resolution 2737", "RED SEA: resolution 2739": a digest's item, headed by its
# topic in capitals and the number of the text it reports
_TOPIC_ITEM = re.compile(r"\W*(?:\d{1,2}\s*[.)]\s*)?[A-Z][A-Z'&/ -]{1,40}?\s*(?::|-+|\u2013|\u2014)"
                         r"\s*[Rr]esolution\s+\d{1,4}(?:\s*\(\d{4}\))?\s*[.:]?\s*")
_ANOTHER = re.compile(r"\W{0,3}another\s*,\s*(?:resolution\s+)?\d", re.I)
# "And a third vote, on Liberia: resolution 2333 extends ...": the next text, by its number
_NTH_VOTE = re.compile(r"\b(?:(?:a|the)\s+(?:second|third|fourth|fifth|further)|another)\s+"
                       r"(?:vote|decision)\s*,?\s*(?:on\s+[^:;,.]{1,40})?(?::|-+|,)\s*"
                       r"resolution\s+\d", re.I)
_OTHER_ONE = re.compile(r"\bthe\s+(?:other|second|next)\s+(?:one|vote|text|resolution)\b", re.I)


def _negative(c: Clause) -> bool:
    """Does the clause tell of texts that fell (a veto, a rejection), by whom or not?"""
    return any(k.kind in ("veto", "fail", "block") for k in c.live_outcomes) or any(
        a.how in ("veto", "block") for a in c.votes)


_OLDER_TEXTS = re.compile(r"\b(?:earlier|previous|past|prior|since|has|have|had)\b", re.I)


_ONE_AND_OTHER = re.compile(r"\bone(?:\s+of\s+them)?\s+(?:with|by)\b[^.;]{0,80}?\band\s+the\s+"
                            r"other\s+(?:with|by)\b"
                            # "Two resolutions were adopted ..., and on the second Pakistan
                            # chose to abstain": what it says next is one text's
                            r"|\b(?:on|in|for)\s+the\s+(?:first|second|third|former|latter|last)"
                            r"\b(?!\s+(?:two|three|four)\b)", re.I)


def _told_apart(c: Clause) -> bool:
    """Does a plural clause say one thing of one text and another of the other ("one of them
    with the support of every member and the other with Britain abstaining")?"""
    return _ONE_AND_OTHER.search(c.sent.text, c.lo - c.sent.start,
                                 c.hi - c.sent.start) is not None


def _opened(d: Draft) -> int:
    """Where the story takes the text up: its first clause, or where it was opened."""
    starts = [c.lo for c in d.clauses] + ([d.opened] if d.opened is not None else [])
    return min(starts) if starts else -1


_LIST_MARK = re.compile(r"\s*(?:[-*\u2022\u2013]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")


def _colon_list(plural: list[Clause], live: list[Draft]) -> None:
    """"The Russian Federation vetoed two of them:" and then one line for each text, marked
    as a list: what the line before the list says of them it says of each."""
    for c in plural:
        if c.header or not (any(k.kind in ("veto", "fail") for k in c.live_outcomes) or (
                c.votes)) or c.hi != c.sent.end or not c.sent.text.rstrip().endswith(":"):
            continue
        # (each text by the first clause the story tells of it after the line)
        firsts = sorted(((min(after, key=lambda x: x.lo), d) for d in live if (
            after := [x for x in d.clauses if x.lo >= c.hi])), key=lambda t: t[0].lo)
        items: list[Draft] = []
        last = c.sent.index  # the sentence the list has reached
        for first, d in firsts:
            if first.lo != first.sent.start or not _LIST_MARK.match(first.sent.text) or (
                    first.sent.index != last + 1):
                break
            items.append(d)
            last = max(x.sent.index for x in d.clauses if x.sent.block == first.sent.block)
        if len(items) >= 2 and (not c.plural_n or c.plural_n == len(items)):
            for d in items:
                if c not in d.clauses:
                    _absorb(d, c)


def _distribute(plural: list[Clause], live: list[Draft]) -> None:
    """"The US, Britain and France vetoed four drafts" and then one sentence on each draft's
    count: the plural clause's veto is each draft's. Only when the story then tells of no
    more drafts than the clause counts, at least two, and none of them passed."""
    council = [d for d in live if not d.ga]
    if len(council) < 2:
        return
    for c in plural:
        if c.header or not c.plural_n:
            continue
        if len(c.sponsor_groups) == 1 and not _negative(c):
            # "two texts of its own, both drafted by Denmark and Tanzania", "adopted two
            # resolutions drafted by Denmark and Tanzania": the drafters of each of the texts
            # the story tells next
            told = [d for d in council if d.clauses and min(x.lo for x in d.clauses) > c.lo]
            if len(told) >= c.plural_n:
                for d in told[:c.plural_n]:
                    if not d.sponsor_refs:
                        d.sponsor_refs.extend((m, c) for m in c.sponsor_groups[0])
        if c.outcome or c.tallies or c.counts or _negative(c):
            continue
        if c.votes and c.plural_n == len(council) and not _told_apart(c):
            # "China and the Soviet Union voted for all four texts", the story having told
            # of four: each member's vote on each of them (not "two resolutions, one of them
            # with the support of every member and the other with Britain abstaining")
            for d in council:
                if c not in d.clauses:
                    d.clauses.append(c)
    sides = [_outcome_sides(d.clauses) for d in council]
    if all(side <= {"passed"} for side in sides) and ({"passed"} in sides or any(
            k.live and k.kind == "adopt" for c in plural for k in c.outcome)):
        # "The Council voted on three texts and adopted all three 15-0", the story having
        # told of three adopted: the tally is each one's
        for c in plural:
            scope = council
            if c.plural_n != len(council) and " other " in c.sent.text.lower():
                # "The other two votes were unanimous -- fifteen-nil each time. Resolution 705
                # ... And resolution 707 ...": the texts the story tells after it
                scope = [d for d in council if _opened(d) > c.lo]
            if c.header or c.plural_n != len(scope) or _negative(c) or any(
                    k.live and k.kind != "adopt" for k in c.outcome):
                continue
            if len(c.live_outcomes) >= 2 or _told_apart(c):
                continue  # "two resolutions: one ..., passed 14-0 ..., and one ..., passed
                # unanimously": each its own result, not one for all
            if c.tallies or c.counts or c.unanimous or c.votes:
                for d in scope:
                    if c not in d.clauses:
                        d.clauses.append(c)
    for c in plural:
        if c.header or not c.plural_n or not _negative(c) or len(council) > c.plural_n:
            continue
        if any(_outcome_sides(d.clauses) & {"passed"} or d.resolution is not None
               for d in council):
            continue
        for d in council:
            d.clauses.append(c)
        break


_FOR_DRAFTER = re.compile(r"\s+for\s+the\s+(?=\S+\s+(?:text|draft|one|proposal)\b)")


def _symbols_by_drafter(c: Clause, drafts: list[Draft]) -> bool:
    """"The records carry the symbols S/3710 for the American text and S/3713/Rev.1 for the
    Soviet one": each symbol to the text its drafter put forward. Did the clause give any?"""
    low = c.sent.text.lower()
    given = False
    for m, sym, _ in find_symbols(low, c.lo - c.sent.start, c.hi - c.sent.start):
        fm = _FOR_DRAFTER.match(low, m.end())
        if fm is None:
            continue
        at = c.sent.start + fm.end()
        code = next((x.code() for x in c.mentions if x.start == at), None)
        told = [d for d in drafts if code in d.sponsor_codes()] if code else []
        if len(told) == 1 and told[0].symbol is None:
            told[0].symbol = sym
            given = True
    return given


# "The Brazil-Swiss document carried the number S/2023/506"
_DRAFTERS_SYMBOL = re.compile(
    r"\W*the\s+(?P<who>[^.;,]{2,40}?)\s+(?:document|text|draft|proposal)\s+(?:carried|carries|"
    r"bore|bears|was\s+given|received|had)\s+(?:the\s+)?(?:number|symbol)\s+s/", re.I)


def _drafted_told(c: Clause, drafts: list[Draft]) -> Draft | None:
    """The one text told before, still without a symbol, whose drafters the clause names
    before the noun ("the Brazil-Swiss document"); None if the clause does not name them so."""
    m = _DRAFTERS_SYMBOL.match(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)
    if m is None:
        return None
    lo, hi = c.sent.start + m.start("who"), c.sent.start + m.end("who")
    codes = {code for x in c.mentions if lo <= x.start < hi and (code := x.code())}
    told = [d for d in drafts if d.symbol is None and codes & set(d.sponsor_codes())]
    return told[0] if codes and len(told) == 1 else None


_NTH_SYMBOL = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|last)\s*(?:,|-+|:)?\s*"
                         r"(?:(?:draft|text|document|proposal)\s*,?\s*)?(?:document\s+)?\(?$",
                         re.I)


def _counted_symbols(c: Clause) -> list[str]:
    """The symbols a clause gives, each after the ordinal that counts it off ("the second,
    S/2759, ... and the third, S/2760")."""
    text, at = c.sent.text, c.sent.start
    out = []
    for sym, _ in c.symbols:
        k = text.find(sym, c.lo - at, c.hi - at)
        if k < 0 or not _NTH_SYMBOL.search(text, max(0, k - 40), k):
            return []
        out.append(sym)
    return out


def _each_follows(c: Clause, then: Clause | None) -> bool:
    """Does the sentence after ``c`` open with the count of each of the texts ``c`` names
    ("... voted on drafts S/12310/Rev.1 and S/12311/Rev.1. Each received ten votes")?"""
    return then is not None and then.lo == then.sent.start and then.each in (
        1, len(c.symbols)) and then.has_vote_content and not (then.symbols or then.resolutions)


def _several_symbols(c: Clause, drafts: list[Draft], then: Clause | None = None) -> list[str]:
    """"S/14459 and S/14460/Rev.1 were each backed by nine members": two new symbols that one
    vote clause speaks of each in turn are two drafts; empty otherwise (a text and the one it
    revises, a draft already told of). ``then`` is the clause after, which may count each."""
    if len(c.symbols) < 2:
        return []
    seg = c.sent.text[c.lo - c.sent.start:c.hi - c.sent.start].lower()
    # ("The Council voted separately on the application of ..., draft S/11832, and on that of
    # ..., draft S/11833": two votes, counted in what follows)
    apart = _VOTED_SEPARATELY.search(seg) is not None or (
        not c.has_vote_content and _each_follows(c, then))
    if not c.has_vote_content and not apart:
        return []
    syms = list(dict.fromkeys(s for s, _ in c.symbols))
    if len(syms) < 2 or any(d.symbol in syms for d in drafts):
        return []
    if " each " not in seg and not c.each and not _SAME_RESULT.search(seg) and not apart and (
            not _each_follows(c, then)):
        return []
    return syms


# ("voted on the two membership applications before it: that of ..., in draft resolution
# S/11833, and that of ..., in draft resolution S/11832")
# ... or named just after a plural lead: "voted on three separate drafts ... They were numbered
# S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1"
_VOTED_SEPARATELY = re.compile(r"\bvot(?:ed|es|ing)\s+(?:separately\s+on|on\s+(?:the\s+)?"
                               r"(?:two|both|three)\s+(?:[\w-]+\s+){0,2}?(?:applications|drafts|"
                               r"texts|proposals)\b)"
                               r"|^\W*(?:they|these|the\s+(?:two|three|four)\s+(?:drafts|texts))\s+"
                               r"(?:were|are)\s+(?:numbered|circulated\s+as|issued\s+as)\b")


# a clause that takes up one of the texts just told together: "The first concerns Cyprus."
_COUNT_OFF = re.compile(r"\W{0,3}the\s+(first|second|third|fourth)\b(?!\s+time\b)", re.I)
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
# "The draft, voted on Friday, deplored ...": the text's day told in passing
_VOTED_ON_DAY = re.compile(r"\b(?:voted|put\s+to\s+(?:the|a)\s+vote)\s+(?:on\s+)?(?:mon|tues|"
                           r"wednes|thurs|fri|satur|sun)day\b", re.I)


def voted_on_day(c: Clause) -> bool:
    """Does a clause with no vote of its own name the day of the text it points back to ("The
    draft, voted on Friday, deplored ...")?"""
    return c.anaphoric and not c.has_vote_content and bool(c.dates) and (
        _VOTED_ON_DAY.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) is not None)
# "The first text put to the vote went further than ...": the subject of a clause with no
# vote of its own, one of the texts already told (not "the first text of its kind")
_NTH_TOLD_SUBJECT = re.compile(r"\W{0,3}the\s+(first|second|third)\s+(?:text|draft|proposal)\b"
                               r"(?!\s+(?:of|in|since|ever|to\s+be)\b)", re.I)
# "The third drew 11 votes", "The first two texts, S/14459 and S/14460/Rev.1, won nine votes":
# the texts the story counted, taken in turn as the subject of their votes
_NTH_SUBJECT = re.compile(
    r"\W{0,3}(?:the\s+(?:(?P<end>first|last)\s+(?P<n>two|three)|(?P<nth>first|second|third|fourth|"
    r"last|other))|(?P<one>one)(?!\s+(?:votes?|member|abstention|against)\b)(?:\s+of\s+them)?)"
    r"(?:\s+(?:one|ones|texts?|drafts?|resolutions?|proposals?|amendments?))?"
    r"(?=\s*,|\s+(?:drew|got|won|received|obtained|secured|attracted|gathered|collected|was|were|"
    r"went|failed|fell|passed)\b"
    # ("The second renewed the mission in the Central African Republic": the text by what it
    # did; not "the other abstained", a member)
    r"|(?<!other)\s+(?:[a-z]+ed|set|kept|put|made|gave|sent|took)\b(?!\s+(?:by|that)\b)"
    # ("One received 9 votes in favour ...; the other 11 in favour")
    r"|\s+[\w-]+\s+(?:in\s+favou?r|votes?)\b)", re.I)


_OF_THEM = re.compile(r"\b(?:them|both|each|either)\b", re.I)


def _asked_of_them(clauses: list[Clause], ci: int) -> bool:
    """Is clause ``ci`` part of the answer to a question just asked about several texts
    ("Who voted for them?")?"""
    for p in reversed(clauses[max(0, ci - 3):ci]):
        if p.sent.text.rstrip().endswith("?"):
            return _OF_THEM.search(p.sent.text) is not None
    return False


def _symbols_in_turn(scope: list[Draft], symbols: list[tuple[str, int | None]],
                     drafts: list[Draft] | None = None) -> bool:
    """Give the drafts of ``scope`` these symbols in order, when there is one for each and
    none of them has one yet (and, with ``drafts``, none is already another draft's)."""
    if len(symbols) != len(scope) or any(d.symbol is not None for d in scope) or (
            drafts is not None and any(d.symbol == sym for sym, _ in symbols for d in drafts)):
        return False
    for d, (sym, _) in zip(scope, symbols, strict=True):
        d.symbol = sym
    return True


# "voted on two applications", "three drafts were put to the vote": how many texts the
# story is about to take in turn
_TEXTS_COUNTED = re.compile(r"\b(two|three|four)\s+(?:[\w-]+\s+){0,2}?(?:draft\s+resolutions|"
                            r"drafts|texts|proposals|applications|resolutions|amendments)\b", re.I)


# ("Delegates then moved straight to a procedural resolution calling an emergency session")
PROCEDURAL = re.compile(r"\bprocedural\s+(?:decision|matter|question|vote|motion|issue|one|"
                        r"resolution|text|draft|measure)s?\b"
                        r"|\b(?:was|is|being|as)\s+procedural\b"
                        # ("Because the invitation was treated as a matter of procedure")
                        r"|\b(?:matter|question|point)\s+of\s+procedure\b", re.I)


def _editor_note(text: str) -> bool:
    """Is the sentence a note set apart by the editor or translator: "[...]", or "(Translator's
    note: ...)"?"""
    end = text.rstrip()
    return text.startswith("[") and end.endswith(("]", "].", "]\"")) or (
        text.startswith("(") and "note" in text[:30].lower()
        and end.endswith((")", ").", ".)")))


def _texts_counted_before(clauses: list[Clause], ci: int) -> int:
    """The number of texts the sentences just before clause ``ci`` counted without a vote
    of their own ("The Council voted on two applications"), 0 if none."""
    c = clauses[ci]
    for p in reversed(clauses[max(0, ci - 3):ci]):
        if p.header or c.lo - p.hi > 700:
            break
        m = _TEXTS_COUNTED.search(p.sent.text, p.lo - p.sent.start, p.hi - p.sent.start)
        if m is not None:
            # (not "vetoed four drafts. The first draft ...": a vote told of them all, which
            # the rules for a plural clause share out)
            return 0 if p.has_vote_content else EACH_N[m.group(1).lower()]
    return 0


def _nth_scope(c: Clause, last: list[Draft]) -> list[Draft]:
    """The drafts of ``last`` (those the story counted) a clause takes by their place: "The
    third drew ...", "The first two texts ... won"."""
    # (at the head of the sentence or of a clause after a semicolon: "The first got six votes
    # in favour ...; the second got seven")
    m = _NTH_SUBJECT.match(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) if (
        c.lo == c.sent.start or c.sent.text[:c.lo - c.sent.start].rstrip().endswith(";")) else None
    if m is None:
        return []
    if m.group("n"):
        n = 2 if m.group("n").lower() == "two" else 3
        if n >= len(last):
            return []
        return last[:n] if m.group("end").lower() == "first" else last[-n:]
    if m.group("one"):
        return [last[0]]
    nth = m.group("nth").lower()
    if nth == "other" and len(last) != 2:
        return []  # ("the other" of two: the second)
    k = len(last) - 1 if nth in ("last", "other") else _ORDINALS[nth]
    return [last[k]] if k < len(last) else []


# "Portugal's application met exactly the same fate"
_SAME_FOR = re.compile(SAME_FOR, re.I)
_SAME_FATE = re.compile(r"\b(?:met|meets|suffered|shared|had)\s+(?:with\s+)?"
                        r"(?:exactly\s+|precisely\s+)?the\s+same\s+fate\b|\b(?:went|fell)\s+(?:down\s+)?the\s+same\s+way\b|"
                        r"\bfared\s+(?:exactly\s+)?the\s+same\b"
                        # "Italy's application was stopped in exactly the same way"
                        r"|\b(?:was|were)\s+(?:stopped|blocked|refused|rejected|vetoed|turned\s+"
                        r"down)\s+in\s+(?:exactly\s+|precisely\s+)?the\s+same\s+(?:way|manner)\b",
                        re.I)
# "Egypt abstained on the first", "preferred to abstain on the second": one of the texts told
_ON_NTH = re.compile(r"\b(?:on|for|against)\s+the\s+(first|second|third|fourth|last)\b"
                     r"(?!\s+(?:time|occasion|round|day|two|three|four)\b)", re.I)
# "..., and so did the draft concerning Cambodia"
_SO_DID = re.compile(r"so\s+did\s+the\b", re.I)
# "voted for both Italy and Austria": one clause for each applicant it names
_BOTH = re.compile(r"\b(?:both|each\s+of)\b", re.I)
# how far back the list of applicants may stand from the clause about each of them
_ROSTER_REACH = 700
# "The draft vetoed that morning was document S/3730/Rev.1": a symbol for the text of that fate
_FATE_SYMBOL = re.compile(
    r"\W*(?:editor's\s+note[^:]{0,20}:\s*)?the\s+(?:draft|text|resolution|proposal)\s+"
    r"(?:that\s+was\s+)?(vetoed|adopted|rejected|defeated)\b[^.;]{0,40}?\s(?:was|is|bore|"
    r"carried)\s+(?:the\s+)?(?:document|number|symbol)?\s*s/", re.I)
# "Two other proposals, one for Laos and one for Cambodia, met the same fate"
_OTHER_SAME_FATE = re.compile(
    r"\b(?:two|three|four)\s+other\s+(?:[\w-]+\s+){0,2}?(?:proposals|drafts|texts|resolutions|"
    r"applications)\b[^.;]{0,120}?\b(?:(?:met|suffered|shared)\s+the\s+same\s+fate|"
    r"(?:went|fared)\s+the\s+same\s+way)", re.I)
# "twice the answer came out the same", "both got identical votes": one result, two drafts
_SAME_RESULT = re.compile(r"\b(?:twice|both)\b[^.;]{0,80}?\b(?:the\s+same|identical|alike)\b|"
                          r"\b(?:the\s+same|identical)\s+(?:result|count|tally|vote)s?\b", re.I)


def _several_resolutions(c: Clause, drafts: list[Draft]) -> list[int]:
    """"The Council adopted resolution 1423 ... and then resolution 1424", "recommended that
    Zanzibar (resolution 184) and Kenya (resolution 185) be admitted": texts adopted one after
    another get consecutive numbers, and one clause that passes several names several drafts;
    empty otherwise (a number the text cites, a draft already told of)."""
    if len(c.resolutions) < 2 or not any(k.kind == "adopt" and k.live for k in c.outcome) or any(
            k.live and k.kind != "adopt" for k in c.outcome):
        return []
    numbers = sorted(dict.fromkeys(n for n, _ in c.resolutions))
    if len(numbers) < 2 or numbers[-1] - numbers[0] >= 2 * len(numbers) or any(
            d.resolution in numbers for d in drafts):
        return []
    return numbers


def _told_alike(told: Draft, others: list[Draft], c: Clause) -> None:
    """"The draft on Laos obtained the same ten votes ..., and so did the draft on Cambodia
    (S/2760)": ``others`` (named in ``c``) had the vote of the text just ``told``, count and
    all (its own number or symbol aside)."""
    for d in others:
        # (its own clause first: the topic it names is this text's subject)
        _absorb(d, c)
        for p in told.clauses:
            _absorb(d, replace(p, symbols=[], resolutions=[]))


def group_clauses(clauses: list[Clause], day: date | None = None,
                  council: frozenset[str] = frozenset()) -> tuple[list[Draft], list[Clause]]:
    """Drafts in the order the story takes them up; also the clauses about several drafts.

    ``day`` is the story's day and ``council`` the Council's members on it: with them, a
    story of a membership round gets one draft per applicant (:mod:`.applicants`)."""
    drafts: list[Draft] = []
    found, rosters = applicants(clauses, day, council) if council else (set(), [])
    if len(found) < 2:
        found = set()  # one applicant: its votes are told like any text's
    keyed: dict[str, Draft] = {}  # the applicant each draft recommends
    roster_scope: list[Draft] = []  # the applicants voted on alike, told of together
    each_told: tuple[int, Clause] | None = None  # the last clause that counted each of several
    each_sides: dict[str, int] = {}  # the sides counted for each of them, and how many on each

    def keyed_draft(code: str, c: Clause, name: str | None = None) -> Draft:
        if code not in keyed:
            # ("The Council voted on two draft resolutions recommending Korea and Viet-Nam.
            # Each received ten votes ... The draft on Viet-Nam, S/3885, ...": one of the two)
            spare = next((d for d in last_each if d.applicant is None and d.symbol is None
                          and d.resolution is None and d not in keyed.values()), None) if (
                len(last_each) >= 2) else None
            keyed[code] = spare or Draft(opened=c.lo)
            if spare is None:
                drafts.append(keyed[code])
        if name and keyed[code].applicant is None:
            keyed[code].applicant = name
        return keyed[code]

    plural: list[Clause] = []
    current: Draft | None = None
    last_each: list[Draft] = []
    # where each item of a digest starts: its heading line ("2) MALI -- MINUSMA renewed")
    item_starts = sorted({c.sent.start for c in clauses if c.sent.heading and not c.header})
    twins: list[Draft] = []  # drafts the story says were voted on alike
    topics: list[tuple[str, int]] = []  # ("sanctions", 2283): "The sanctions text is ..."
    headings: list[Clause] = []  # "2) YEMEN: A RUSSIAN VETO": for the text told next
    time_intro: Clause | None = None  # "The second time was last Thursday, 30 January."
    intro_left, intro_block = 0, 0  # how many texts it dates, and the block of the last
    items_told = 0  # the rows "ITEM ..." of a table of decisions read so far
    for ci, c in enumerate(clauses):
        if c.header:
            continue
        if not c.has_vote_content and not c.symbols and _editor_note(c.sent.text) and not (
                c.resolutions and _BARE_RESOLUTION.fullmatch(c.sent.text)):
            # "[The American proposal of a temporary trusteeship, made in the Council on 19
            # March, stands behind this second decision.]": a translator's or editor's note,
            # background to the text in hand, not a day or a drafter of its vote (so is
            # "(Translator's note: ... the Spanish text says "vetó".)")
            # (but "[This is the resolution numbered 62.]" gives the text in hand its number)
            continue
        if len(drafts) >= 2 and c.hi == c.sent.end and c.sent.text.endswith("?") and (
                am := _ASKS_NTH.search(c.sent.text)) and (
                k := _ORDINALS.get(am.group(1).lower())) is not None and k < len(drafts):
            # "Q: What happened to the first?" ... "Q: And the second?": the answer speaks of
            # that text
            current = drafts[k]
            continue
        if len(drafts) >= 2 and c.lo == c.sent.start and (
                tm := _TURN_TO_DAY.fullmatch(c.sent.text)) and (
                that_day := _draft_of_weekday(drafts, _WEEKDAYS.index(tm.group("day").lower()))):
            # "Two votes ... On Thursday, ... Then on Friday ..." and then "Let's do Thursday
            # first.", "Then Friday.": what follows tells the text of that day
            current = that_day
            continue
        if (c.sent.heading or _subheading(clauses, ci)) and c.has_vote_content and not c.each:
            if c.symbols and (known := next((d for d in drafts for sym, _ in c.symbols
                                             if d.symbol == sym), None)) is not None:
                # "Voting record / Draft resolution S/2017/962 / In favour (11): ...": a
                # heading naming a text already told; what follows it is that text's record
                current = known
                _absorb(known, c)
                continue
            headings.append(c)
            continue
        if c.each and (c.has_vote_content or c.sponsors):
            roster = roster_for(c, rosters, _ROSTER_REACH) if found else None
            if roster is not None:
                # "the applications of seven states: Portugal, ... Each application was put
                # to the vote separately, and each time ... nine votes to two": one vote for
                # each applicant, and what the story says next it says of all of them
                scope = [keyed_draft(code, c, name) for code, name in roster.named]
                for d in scope:
                    _absorb(d, c)
                current, last_each, roster_scope = scope[-1], scope, scope
                continue
            scope = _each_scope(c, drafts, last_each)
            if c.second_of >= 0 and not all(d.has_content() for d in scope):
                # "Norway abstained on the vetoed draft and voted for both resolutions
                # discussed below": a summary of texts the story has yet to tell, each vote
                # told again with its own text
                for x in clauses[:ci]:
                    if x.lo == c.second_of:
                        x.votes = []
                c.votes = []
            if scope:
                # "Each of the three texts -- S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1
                # -- received ten votes": their symbols, in the order the story counted them
                _symbols_in_turn(scope, c.symbols)
            counting = next((p for p in plural if p.lo <= c.intro < p.hi), None)
            if scope and counting is not None:
                # "voted ... on three separate drafts ... Viet-Nam (S/2758), Laos (S/2759) and
                # Cambodia (S/2760). Each text received ten votes": their symbols, in order
                _symbols_in_turn(scope, counting.symbols, drafts)
                if counting.votes and counting.plural_n == len(scope) and len(
                        {a.vote for a in counting.votes}) == 1 and not counting.symbols and (
                        not any(counting in d.clauses for d in scope)) and all(
                        i.kind == "member" and i.mention is not None and (
                            i.mention.kind != "group") for a in counting.votes for i in a.items):
                    # "Canada voted with A, B and C ... against three resolutions ... All
                    # three failed": the members told of all three in the sentence counting
                    # them (members named, not "the Western powers", a story's loose word)
                    for d in scope:
                        _absorb(d, counting)
            # (the sentence that counted them may go on in clauses of its own: "The other two
            # passed unanimously: resolution 832, which enlarges ..., and resolution 833, on
            # the boundary ...")
            numbers = [k for x in clauses if counting is not None and x.sent is counting.sent
                       and x.lo >= counting.lo for k, _ in x.resolutions]
            if scope and counting is not None and len(numbers) == len(scope) and all(
                    d.resolution is None for d in scope) and not set(numbers) & {
                    d.resolution for d in drafts}:
                # "Two texts: resolution 2082 on the Taliban regime and resolution 2083 on the
                # Al-Qaida regime. ... Both unanimous, fifteen-nothing each": their numbers, in
                # the order the story counted them
                for each_one, number_told in zip(scope, numbers, strict=True):
                    each_one.resolution = number_told
            if scope:
                host = next((p for e in scope for p in e.clauses
                             if p.lo <= c.intro < p.hi and _negative(p)), None)
                for d in scope:
                    _absorb(d, c)
                    if scope is not last_each:
                        for p in plural:
                            if p.lo <= c.intro < p.hi and p.plural_n == len(scope) and (
                                    _negative(p)) and p not in d.clauses:
                                # "The West blocked three texts ... Each of the three
                                # received ten votes": the veto told once is each one's
                                _absorb(d, p)
                        if host is not None and host not in d.clauses:
                            # "In back-to-back votes the US vetoed A and B. Each vote went
                            # 13-1": the veto in the sentence that counted them, for each
                            _absorb(d, host)
                current, last_each = scope[-1], scope
                # (the count stays the one told: "Each received ten votes ... A, B and C
                # voted against all three ... The ten voting in favour were ...")
                if c.counts or each_told is None or not each_told[1].counts or any(
                        each_told[1] not in d.clauses for d in scope):
                    # ("Ten members voted for each of them. Five voted against: ...": the
                    # sides counted one after another, for the same texts)
                    same_texts = each_told is not None and all(each_told[1] in d.clauses
                                                               for d in scope)
                    each_sides = {**(each_sides if same_texts else {}),
                                  **{k.vote: k.value for k in c.counts}}
                    each_told = (ci, c)
                continue
        if each_told is not None and ci - each_told[0] <= 5 and current in last_each and (
                _names_each_side(c, each_sides)):
            # "The three drafts ... each received ten votes in favour and five against. The five
            # who voted no were A, B, C, D and E": the side just counted for each, named
            for d in last_each:
                _absorb(d, c)
            continue
        if each_told is not None and ci - each_told[0] <= 3 and current in last_each and (
                c.plural and c.plural_n == len(last_each)) and (c.votes or c.outcome) and not (
                c.symbols or c.resolutions or c.tallies or c.counts):
            # "Each received ten votes ... Because three of the five negative votes were cast
            # by permanent members -- A, B and C -- none of the three texts was adopted": what
            # the story says of all of the texts it has just counted, it says of each
            for d in last_each:
                _absorb(d, c)
            continue
        if len(last_each) >= 2 and c.lo == c.sent.start and not (c.tallies or c.counts) and (
                om := _ORDINAL_RESOLUTION.match(c.sent.text, 0, c.hi - c.sent.start)) and (
                nth := _ORDINALS.get(om.group("nth").lower())) is not None and (
                nth < len(last_each) and last_each[nth].resolution is None):
            # "adopted two resolutions ... Both were adopted unanimously. The first
            # resolution, 1624, calls on ... The second, resolution 1625, adopts ...": each
            # text in turn, with its number
            current = last_each[nth]
            current.resolution = int(om.group("n"))
            if c.has_vote_content:
                _absorb(current, c)
            continue
        if len(last_each) >= 2 and current in last_each and c.votes and not (
                c.symbols or c.resolutions or c.live_outcomes or c.tallies) and (
                _asked_of_them(clauses, ci)):
            # "Each received fourteen votes ... Q. Who voted for them? A. Every other member.
            # That included the Soviet Union, China, ...": the answer is about both
            for d in last_each:
                _absorb(d, c)
            continue
        if len(last_each) < 2 and (c.has_vote_content or c.symbols) and not any(
                d.has_content() for d in drafts) and (
                n_told := _texts_counted_before(clauses, ci)) and (
                nm := _NTH_SUBJECT.match(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)
                ) and c.lo == c.sent.start and (nm.group("nth") or "").lower() == "first":
            # "The Council voted on two drafts yesterday. The first, for Austria, got nine
            # votes ... The second, draft S/1332, ...": the texts it counted, taken in turn
            last_each = [current] if current is not None and not current.has_content() and (
                current.symbol is None and current.resolution is None) else []
            while len(last_each) < n_told:
                last_each.append(Draft(opened=c.lo))
                drafts.append(last_each[-1])
        if len(last_each) >= 2 and (c.has_vote_content or c.symbols) and (
                by_place := _nth_scope(c, last_each)):
            # "Four drafts ... each was vetoed ... The first two texts, S/14459 and
            # S/14460/Rev.1, won nine votes ... The third drew 11 ...": each in its place
            _symbols_in_turn(by_place, c.symbols)
            for d in by_place:
                _absorb(d, c)
            current = by_place[-1]
            continue
        at, to = c.lo - c.sent.start, c.hi - c.sent.start
        if len(last_each) >= 2 and c.votes and not (
                c.symbols or c.resolutions or c.tallies or c.counts or c.outcome or c.each) and (
                om := _ON_NTH.search(c.sent.text, at, to)) and (
                (place := _ORDINALS.get(om.group(1).lower(), len(last_each) - 1)) < len(
                    last_each)) and len(ONE_BY_PLACE.findall(c.sent.text, at, to)) == 1:
            # "A and B abstained on both drafts ... Egypt abstained on the first": that one
            # (not "after abstaining on the first vote, supported the second": two of them)
            _absorb(last_each[place], c)
            continue
        if current is not None and current.has_content() and not current.ga and (
                c.live_outcomes or c.tallies) and not (c.resolutions or c.symbols) and (
                _EARLIER_ONE.match(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
            # "Thursday's text, resolution 1403, was adopted ... It had stayed out of the vote
            # on resolution 1402 last Saturday. That earlier resolution ... passed by 14
            # votes": another, older text, numbered just before if the story did
            current = Draft(opened=c.lo)
            taken = {d.resolution for d in drafts}
            for p in reversed(clauses[max(0, ci - 3):ci]):
                if len(p.resolutions) == 1 and p.resolutions[0][0] not in taken:
                    current.resolution = p.resolutions[0][0]
                    break
            drafts.append(current)
            _absorb(current, c)
            continue
        if len(last_each) >= 2 and len(c.resolutions) == 1 and not c.symbols and (
                c.resolutions[0][0] not in {d.resolution for d in drafts}) and (
                spare := next((d for d in last_each if d.resolution is None), None)) and (
                # ("All three were adopted unanimously." then "Resolution 2590 (2021), 15-0.")
                not (c.tallies or c.counts) or _same_count(spare, c)) and not (
                # (not "blocked three texts ... The council then adopted resolution 417")
                (mine := _outcome_sides(spare.clauses)) and (theirs := _outcome_sides([c]))
                and not mine & theirs):
            # "the Council took two other decisions, each by 15 votes to none. In resolution
            # 1843 it authorised ... And in resolution 1844 ...": the texts it counted, in turn
            current = spare
            current.resolution = c.resolutions[0][0]
            _absorb(current, c)
            continue
        told_of = clause_applicants(c, found, day) if found and not (
            c.ga or c.big_tally or any(k.history for k in c.outcome)) else {}
        if told_of:
            same = _SAME_FOR.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)
            both = len(told_of) >= 2 and (
                c.votes and _BOTH.search(c.sent.text) is not None or same is not None)
            # "China, Britain and the United States voted for both Italy and Austria"
            targets = [keyed_draft(code, c, name)
                       for code, name in list(told_of.items())[:None if both else 1]]
            alike = same or _SAME_FATE.search(c.sent.text, c.lo - c.sent.start,
                                              c.hi - c.sent.start)
            if current is not None and current not in targets and _SO_DID.match(
                    c.sent.text, c.lo - c.sent.start):
                _told_alike(current, targets, c)
                current, roster_scope = targets[-1], [current, *targets]
                continue
            if current is not None and current not in targets and alike:
                # "Portugal's application met exactly the same fate", "the Council did the
                # same for Kyrgyzstan and Tajikistan": the outcome of the applicant just
                # told (its veto too), not its count
                for p in current.clauses:
                    if p.live_outcomes:
                        # (the outcome only: the number or symbol is the other text's, and
                        # so is the day when the clause gives one of its own)
                        bare = p
                        if p.symbols or p.resolutions or (p.dates and c.dates):
                            bare = replace(p, symbols=[], resolutions=[],
                                           dates=[] if c.dates else p.dates)
                        if p.tallies or p.counts:
                            # ("its single no counts as a veto, and the application falls":
                            # the fate without the count, which was that text's own)
                            bare = replace(bare, tallies=[], counts=[], votes=[],
                                           sponsor_groups=[])
                        for d in targets if same else targets[:1]:
                            _absorb(d, bare)
            # ("On Thursday the same fate met Japan": the day of its own vote, too)
            if _relevant(c) or alike and c.dates:
                for d in targets:
                    _take_headings(d, headings)
                    _absorb(d, c)
            current, roster_scope = targets[-1], []
            continue
        # ("The draft concerning Laos (S/2759) obtained the same ten votes ..., and so did the
        # draft concerning Cambodia (S/2760)": one more text, with the vote just told)
        if current is not None and (c.symbols or c.resolutions) and not (
                {sym for sym, _ in c.symbols} & {d.symbol for d in drafts} or
                {n for n, _ in c.resolutions} & {d.resolution for d in drafts}) and (
                _SO_DID.match(c.sent.text, c.lo - c.sent.start)):
            other = Draft(opened=c.lo)
            drafts.append(other)
            _told_alike(current, [other], c)
            current, roster_scope = other, [current, other]
            continue
        if roster_scope and c.has_vote_content and not (
                c.symbols or c.resolutions or c.new_draft) and (
                # (not once the story has gone on to another text: "The Soviet delegation then
                # pressed its own proposal ... Ten members voted against it")
                current is None or current in roster_scope):
            # "The two votes against were cast by the Soviet Union and the Ukrainian SSR"
            for d in roster_scope:
                _absorb(d, c)
            continue
        if " numbers " in c.sent.text and not c.has_vote_content and (
                bm := _BEAR_NUMBERS.search(c.sent.text)):
            # "The two texts bear the numbers 172 and 173": in the order told
            topics += [("", int(bm.group("n1"))), ("", int(bm.group("n2")))]
            continue
        if c.plural and 2 <= c.plural_n <= 4 and current is not None and (
                current.has_content()) and not c.sponsor_groups and _OTHER_SAME_FATE.search(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
            # "Two other proposals, one for Laos and one for Cambodia, met the same fate by the
            # same count": more texts, each with the fate of the one in hand
            fate = [x for x in current.clauses if x.live_outcomes and not (
                x.symbols or x.resolutions or x.sponsor_groups)][:1]
            last_each = [current]
            for _ in range(c.plural_n):
                other = Draft(opened=c.lo)
                for x in fate + [c]:
                    _absorb(other, x)
                drafts.append(other)
                last_each.append(other)
            current = drafts[-1]
            continue
        if c.plural and len(c.symbols) >= 2 and not c.has_vote_content and _symbols_in_turn(
                [d for d in last_each if d.symbol is None], c.symbols, drafts):
            # "Each of the three texts received ten votes ... The three drafts had been
            # circulated as S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1": in that order (the
            # same as the rule for a clause that counts no texts, further on)
            continue
        if c.plural:
            plural.append(c)
            continue
        if len(last_each) >= 2 and not c.has_vote_content and _ITEM_ROW.match(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
            # a table's "ITEM  INDIA-PAKISTAN QUESTION" row: the next of the decisions the
            # story counted ("two decisions of the quarter ... Both were adopted")
            items_told += 1
            if items_told <= len(last_each):
                current = last_each[items_told - 1]
            continue
        if len(last_each) >= 2 and not c.has_vote_content and (
                om := _COUNT_OFF.match(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
            k = _ORDINALS[om.group(1).lower()]
            if k < len(last_each):
                # "two decisions, both by eleven votes to none. The first concerns Cyprus.
                # ... The second decision, resolution 208, ...": each in turn
                current = last_each[k]
                told = _ordinal_resolution(c)
                if told is not None and current.resolution is None:
                    current.resolution = told
                continue
        if not _relevant(c):
            if current is not None and current.has_content() and not c.header and (
                    voted_on_day(c)):
                # ("New York, Sept. 14 -- The United States has once more used its veto ... The
                # draft, voted on Friday, deplored ...": the day of the vote just told)
                _absorb(current, c)
                continue
            if len(drafts) >= 2 and not c.header and (om := _NTH_TOLD_SUBJECT.match(
                    c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)) and (
                    summary_k := _ORDINALS[om.group(1).lower()]) < len(drafts) and (
                    drafts[summary_k] is not current and drafts[summary_k].has_content()):
                # a summary's points, then the story again in full: "The first text put to
                # the vote went further ... Eleven members backed it": the first of the texts
                # the summary told, which what follows speaks of
                current = drafts[summary_k]
                continue
            if current is not None and day is not None and len(c.resolutions) == 1 and (
                    not c.symbols and current.resolution is None and current.has_content()
                    and _fell(current) and resolution_year(c.resolutions[0][0]) == day.year
                    and _MET_AGAIN.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
                # "Russia used its veto on Friday ... On Sunday the Council met again, this
                # time on a short procedural resolution, resolution 2623": a text that fell
                # has no number; one of the story's year, told next, is another text
                current = Draft(resolution=c.resolutions[0][0], opened=c.lo)
                drafts.append(current)
                _absorb(current, c)  # (its day: "On Sunday the Council met again")
                continue
            if ci > 0 and current is not None and current.has_content() and (
                    clauses[ci - 1].dates) and not clauses[ci - 1].has_vote_content and (
                    _ON_THAT_DATE.match(c.sent.text, c.lo - c.sent.start)) and (
                    c.sent.block == clauses[ci - 1].sent.block):
                # "Wednesday's decisions followed the Soviet veto of Tuesday, July 29. On that
                # date the Council voted on the proposal ...": another vote, on the day just
                # named
                current = Draft(opened=c.lo)
                drafts.append(current)
                # ("that date" is the nearest one named before it)
                clauses[ci - 1].dates = clauses[ci - 1].dates[-1:]
                _absorb(current, clauses[ci - 1])
                continue
            if current is not None and current.resolution is None and len(c.resolutions) == 1 and (
                    ci > 0 and _ASKS_NUMBER.search(clauses[ci - 1].sent.text)) and (
                    _ANSWER_RESOLUTION.fullmatch(c.sent.text, c.lo - c.sent.start,
                                                 c.hi - c.sent.start)):
                # "The resolution number?" -- "Resolution 2712.": the answer numbers the text
                # in hand
                current.resolution = c.resolutions[0][0]
                continue
            if c.dates and (_gives_next_day(c) or ci > 0 and clauses[ci - 1].new_draft and (
                    clauses[ci - 1].sent.block == c.sent.block) and _NOT_THE_FIRST.search(
                    clauses[ci - 1].sent.text)):
                # ("That was not the first vote. On 27 February, a Sunday, the Council decided
                # to send the question to the General Assembly.": the day of the earlier one)
                time_intro, intro_left, intro_block = c, _texts_it_dates(c), c.sent.block
                continue
            if current is not None and c.away_unnamed and current.has_content() and (
                    not c.dates):
                _absorb(current, c)  # (its arithmetic needs to know a member sat out)
                continue
            if ci > 0 and len(c.resolutions) == 1 and not c.symbols and (
                    c.resolutions[0][0] not in {d.resolution for d in drafts}) and (
                    ENTRY_RESOLUTION.fullmatch(c.sent.text, c.lo - c.sent.start,
                                                c.hi - c.sent.start)) and _date_line(
                    clauses[ci - 1]):
                # a chronology's entry: "21 April" on a line of its own, then "Resolution
                # 912. The Council, unanimous, adjusts the mandate ...": a text of its own,
                # voted on the day the entry gives
                current = Draft(resolution=c.resolutions[0][0], opened=c.lo)
                drafts.append(current)
                _absorb(current, clauses[ci - 1])
                continue
            if current is not None and current.resolution is None and c.resolutions and (
                    _BARE_RESOLUTION.fullmatch(c.sent.text, c.lo - c.sent.start,
                                               c.hi - c.sent.start)) and (
                    _outcome_sides(current.clauses) == {"passed"} or (
                        current in last_each and current.has_content()
                        and not _outcome_sides(current.clauses))):
                # "The Council renewed the force in Cyprus. - Resolution 2058.": the number
                # the text just reported received, as a sentence of its own
                current.resolution = c.resolutions[0][0]
                continue
            if current is not None and current.resolution is None and c.anaphoric and len(
                    c.resolutions) == 1 and _outcome_sides(current.clauses) == {"passed"} and (
                    _THAT_TEXT_NUMBERED.match(c.sent.text, c.lo - c.sent.start,
                                              c.hi - c.sent.start)):
                # "... voted unanimously to extend the mission. That text, resolution 2429,
                # also allows a gradual reduction of the force."
                current.resolution = c.resolutions[0][0]
                continue
            if (tm := _TOPIC_IS_RESOLUTION.match(c.sent.text, c.lo - c.sent.start,
                                                 c.hi - c.sent.start)):
                topics.append((tm.group("topic").lower(), int(tm.group("n"))))
                continue
            if ("recorded" in c.sent.text or "numbered" in c.sent.text) and (
                    rm := _RECORDED_AS.search(c.sent.text)):
                # "[... is recorded in the United Nations series as resolution 11 (1946).]",
                # "recorded as resolutions 174 (Jamaica) and 175 (Trinidad and Tobago)"
                for n, topic in ((rm.group("n1"), rm.group("t1")), (rm.group("n2"),
                                                                    rm.group("t2"))):
                    if n:  # ("resolution 11 (1946)": a year, no topic)
                        topics.append((topic.lower() if topic and not topic.isdigit() else "",
                                       int(n)))
                continue
            if current is not None and current.resolution is None and len(c.resolutions) == 1 and (
                    fm := _FIRST_IN_RESOLUTION.search(c.sent.text, c.lo - c.sent.start,
                                                      c.hi - c.sent.start)):
                current.resolution = int(fm.group(1))
                continue
            n = _subject_resolution(c)
            if current is not None and current.resolution is None and len(
                    c.resolutions) == 1 and not any(
                    x.counts or x.tallies for x in current.clauses) and (
                    c.resolutions[0][0] not in {d.resolution for d in drafts}) and (
                    _counted_next_paragraph(c, clauses)):
                # 'The "mother of all resolutions" ... passed on Wednesday. Resolution 687, one
                # of the longest texts ..., sets the terms ...' then "The count was twelve in
                # favour": the number of the text the lead told, counted next
                current.resolution = c.resolutions[0][0]
                continue
            item = None
            if n is None and len(c.resolutions) == 1 and (item := _DATED_ITEM.fullmatch(
                    c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) or _TOPIC_ITEM.fullmatch(
                    c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
                # "13 August: resolution 1190. The first of the short renewals was adopted
                # ...": a review's entry opens with the day and the number
                n = c.resolutions[0][0]
            if n is not None and current is not None and current.resolution is None and (
                    not current.ga and c.lo == c.sent.start
                    and _NUMBERED_SUBJECT.match(c.sent.text, 0, c.hi - c.sent.start)):
                # "It adopted a text on the Sahara ... The new resolution, numbered 380,
                # deplores the march": the number of the text in hand
                current.resolution = n
                continue
            # (not "The first, Resolution 2117 of 2013, was adopted 14-0": a vote of the past)
            ordinal = n is not None and not (c.outcome or c.tallies) and (
                _ordinal_resolution(c) is not None
                # "Another, resolution 2030, renews ...": the next of the texts
                or _ANOTHER.match(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)
                # "And a third vote, on Liberia: resolution 2333 extends ...": the next vote
                or _NTH_VOTE.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)
                # "the Council adopted three resolutions ... One of them concerned the
                # tribunal. Resolution 2029 extends ...": the first of those counted
                or (current is None and any(p.plural_n >= 2 for p in plural)))
            # "2) MONUSCO - DR CONGO: 14-0-1" then "Resolution 2556 (2020) renews ...": a
            # digest's item opens with its number
            section = n is not None and (item is not None or ci > 0 and _opens_section(
                c, clauses[ci - 1])) and (current is None or current.resolution is None
                                           or item is not None) or (
                # "Resolution 1697 extends the mandate ... All fifteen members voted for it.",
                # "A short resolution, 120 in the Council's numbering, calls ... It was adopted
                # by ten votes to one": the text the paragraph goes on to count
                # (so is "Resolution 2503, six more months. Also unanimous" after 2502)
                _counted_next_in_block(c, clauses) and (
                    current is None or current.has_content() and (
                        current.resolution is None or current.resolution == c.resolutions[0][
                            0] - 1 and _ordinal_resolution(c) is None)))
            if section and n is None:
                n = c.resolutions[0][0]
            if ordinal and current is not None and current.resolution is None and (
                    not current.ga and not current.has_content()):
                current.resolution = n
            elif ordinal and (current is None or current.ga or current.has_content() or (
                    current.resolution is not None and current.resolution != n)) or (
                    n is not None and current is not None and current.resolution is not None
                    # (or one just before it, told out of order: "Resolution 1901 ... It was
                    # adopted ... Resolution 1900 (2009) extends ...")
                    and (n > current.resolution or current.resolution - n in (1, 2, 3)
                         and current.has_content())
                    and (current.has_content() or (
                        # "Resolution 1988 (2011) establishes ... Resolution 1989 (2011)
                        # renews ...": each text described in turn
                        current.opened is not None and not current.clauses))) or section:
                if section and current is not None and not current.ga and not any(
                        x.tallies or x.counts or x.votes for x in current.clauses) and (
                        # (not the number of the item before: "... France held the pen.
                        # Unanimous." then "3) RED SEA -- resolution 2739")
                        current.resolution is None or item is None):
                    # ("Here is what passed, and how." then the first item's number)
                    current.resolution = n
                    continue
                # "It adopted resolution 687 ... Resolution 688 condemned the repression ...
                # It passed much more narrowly": a later number than the text in hand is
                # the next text the story takes up
                current = Draft(resolution=n, opened=c.lo)
                drafts.append(current)
                _take_headings(current, headings)
            continue
        if twins and current is twins[-1] and not c.symbols and not c.new_draft and not (
                c.resolutions) and c.has_vote_content:
            # "... and twice the answer came out the same. Pakistan and Chile voted yes":
            # what the story says of one of the identical votes it says of both
            for d in twins:
                _absorb(d, c)
            continue
        twins = []
        if len(c.symbols) == 1 and (fm := _FATE_SYMBOL.match(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)) and (
                fated := [d for d in drafts if d.symbol is None and _outcome_sides(d.clauses)
                          == {"passed" if fm.group(1) == "adopted" else "fell"}]) and (
                len(fated) == 1):
            # "The draft vetoed that morning was document S/3730/Rev.1": the symbol of the
            # text the story told that fate of, not a vote of its own
            fated[0].symbol = c.symbols[0][0]
            continue
        if len(c.symbols) == 1 and not c.has_vote_content and (
                drafted := _drafted_told(c, drafts)) is not None:
            # "The Brazil-Swiss document carried the number S/2023/506": the symbol of the
            # text those members were told to have drafted, which the story goes back to
            drafted.symbol = c.symbols[0][0]
            current = drafted
            continue
        if len(c.symbols) >= 2 and not c.has_vote_content and _symbols_in_turn(
                [d for d in last_each if d.symbol is None], c.symbols, drafts):
            # "Each draft received fourteen votes ... (The documents voted on were S/11832 and
            # S/11833.)": the symbols of the texts counted together, in the order told (so
            # are "the Laos and Cambodia texts carried the numbers S/2759 and S/2760" after
            # the text that had its own)
            continue
        if len(c.symbols) >= 2 and not c.has_vote_content and _symbols_by_drafter(c, drafts):
            continue
        if len(c.symbols) >= 2 and not c.has_vote_content and len(
                counted_off := _counted_symbols(c)) == len(c.symbols):
            # "The second, S/2759, concerned Laos, and the third, S/2760, Cambodia": each
            # text the story counts off, with its symbol
            for sym in counted_off:
                current = _draft_of_symbol(drafts, sym, c.lo)
                _absorb(current, c)
            continue
        then = clauses[ci + 1] if ci + 1 < len(clauses) else None
        several = _several_symbols(c, drafts, then)
        if several:
            for sym in several:
                each_one = Draft(opened=c.lo)
                each_one.symbol = sym
                _absorb(each_one, c)
                drafts.append(each_one)
            current = drafts[-1]
            if _SAME_RESULT.search(c.sent.text):
                twins = drafts[-len(several):]
            elif _VOTED_SEPARATELY.search(
                    c.sent.text[c.lo - c.sent.start:c.hi - c.sent.start].lower()) or (
                    _each_follows(c, then)):
                # ("... draft S/11833. Each draft received fourteen votes ... The single vote
                # against, in both cases, was the American one"): what follows is of both
                last_each = twins = drafts[-len(several):]
            continue
        numbered = _several_resolutions(c, drafts)
        if numbered:
            for n in numbered:
                each_one = Draft(resolution=n, opened=c.lo)
                _absorb(each_one, c)
                drafts.append(each_one)
            current = drafts[-1]
            # ("... in resolution 212, and Singapore in resolution 213. Both were adopted
            # unanimously": what the story says of both, it says of these)
            last_each = drafts[-len(numbered):]
            continue
        if current is not None and current.resolution is not None and not current.ga and (
                c.resolutions and not c.ga and c.has_vote_content and not c.symbols) and (
                not c.recalled and _older_numbers(c, current.resolution)):
            # "It recalls resolution 573 of 1985 -- on which the American delegation also
            # abstained": what the story says of an older text is background
            continue
        if len(drafts) >= 2 and c.sponsor_groups and not c.has_vote_content and (
                tm := _TOPIC_DRAFTED.match(c.sent.text, c.lo - c.sent.start,
                                           c.hi - c.sent.start)) and (
                (of_topic := _draft_of_topic(drafts, tm.group("topic").lower(), c)) is not None):
            # "The United States tabled the South Sudan text. France and Malta tabled the
            # Libya text.": each text named by what it is about, whichever the story told last
            verb = c.sent.start + tm.start("verb")
            of_topic.sponsor_refs.extend((m, c) for g in c.sponsor_groups for m in g
                                         if m.end <= verb)
            continue
        item_start = item_starts[bisect_right(item_starts, c.lo) - 1] if (
            item_starts and item_starts[0] <= c.lo) else -1
        target = _back_reference(c, drafts, current) or _pick(c, drafts, current, item_start)
        if c.second_of >= 0 and (target is None or target is current or not target.has_content()
                                 or not _names_its_text(c, target)):
            # "London voted for 608 and abstained on the Lebanon text": unless the second
            # verb's text is one already told, named by its symbol, number, place in the
            # story or drafters, and not the first verb's, its vote is nobody's
            c.votes = []
        if target is not None and item_start >= 0 and (c.has_vote_content or c.new_draft) and (
                not (c.anaphoric or c.each or c.symbols)) and (not c.resolutions or (
                    # ("Golan. Earlier the same Wednesday, in resolution 1211, the Council
                    # renewed ...": a number under its own heading, the text before counted)
                    target.resolution is None and target.symbol is None
                    and any(x.tallies or x.counts for x in target.clauses))) and (
                target.has_content()) and all(x.lo < item_start for x in target.clauses) and (
                clauses[ci - 1].sent.heading and not clauses[ci - 1].has_vote_content) and not (
                # ("2. HOW THE AFRICAN MEMBERS VOTED" over "Kenya, Ghana and Gabon all voted in
                # favour": a brief's section on the text in hand, not a digest's next item)
                _ABOUT_IT_HEADING.match(clauses[ci - 1].sent.text) and not (
                    c.live_outcomes or c.tallies or c.counts)):
            # "25 March: the Yassin killing ... 21 April: the Annan plan for Cyprus" then "The
            # year's only Russian veto came three days before the referendums": the first
            # words under a section's heading tell that section's text, not an earlier one
            # (nor does "The third veto ... came on a draft tabled by Algeria")
            target = None
        if target is current and current is not None and ci > 0 and c.live_outcomes and (
                c.dates) and not c.anaphoric and not c.symbols and not c.resolutions and (
                _opens_section(c, clauses[ci - 1])) and any(
                cl.tallies or cl.counts for cl in current.clauses) and _other_day(c, current):
            # "=== 2. YEMEN ===" then "Last Tuesday the Council renewed ...": a digest's next
            # item, dated on another day, is another text once the one in hand is counted
            # (a write-through under its slug line retells the same day's vote)
            target = None
        if target is current and current is not None and ci > 1 and c.resolutions and (
                c.live_outcomes) and not c.anaphoric and current.resolution is None and (
                current.symbol is not None or _fell(current)) and any(
                cl.tallies or cl.counts for cl in current.clauses) and _opens_section(
                c, clauses[ci - 1]) and _ITEM_NUMBER.fullmatch(clauses[ci - 2].sent.text) and (
                clauses[ci - 2].sent.block == clauses[ci - 1].sent.block):
            # "2. Liberia: one last year for UNMIL" then "Next, resolution 2333 extended ...":
            # a numbered item's text, once the one in hand (a draft that fell) is counted
            target = None
        if target is current and current is not None and not (c.symbols or c.resolutions) and (
                any(k.kind == "adopt" for k in c.live_outcomes)) and not c.anaphoric and (
                c.dates) and any(x.live_outcomes for x in current.clauses) and any(
                _TWICE.search(x.sent.text) for x in clauses[:ci]
                if x.sent.block == c.sent.block and not x.header):
            # "It was the second time in three days that the council had acted ... On Friday
            # the council unanimously demanded ...": the story's other vote, on its own day
            target = None
        if target is current and current is not None and c.live_outcomes and not (
                c.anaphoric or c.symbols or c.resolutions) and c.dates and any(
                x.live_outcomes and x.dates for x in current.clauses) and _AGAIN_VOTED.search(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) and _other_day(c, current):
            # "On Saturday, June 20, the Council extended the force ... On Friday, December 18,
            # the eleven members again voted unanimously to keep the force": the same act
            # again, on another day, is another vote
            target = None
        if target is current and current is not None and (c.tallies or c.counts) and not (
                c.anaphoric or c.symbols or c.resolutions) and c.dates and _SAME_AGAIN.search(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) and _other_day(c, current):
            # "Yesterday the Council renewed the force ... Last Friday, the same arithmetic:
            # 14 in favour, Russia abstaining": a vote of its own day that went the same way
            target = None
        if target is current and current is not None and c.live_outcomes and not (
                c.anaphoric) and any(x.live_outcomes for x in current.clauses) and (
                _NEXT_DAY_REL.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
            # "The very next day, Friday 29 July, the Council adopted resolution 939" after
            # the renewal it voted the day before: another vote
            target = None
        if target is current and current is not None and c.live_outcomes and not (
                c.anaphoric or c.symbols or c.resolutions) and current.has_content() and (
                _LATER_THAT_DAY.match(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
            # "Later on Monday the council also renewed the mandate of the group of experts"
            # after resolution 1697: another vote of the same day
            target = None
        if target is current and current is not None and len(last_each) >= 2 and (
                current in last_each) and adopted_resolutions(c) and not any(
                d.resolution for d in last_each):
            # "Each of the three texts got ten votes ... The council then adopted resolution
            # 417": a numbered text is not the last of several told of together
            target = None
        if target is current and current is not None and headings and (
                current.has_content()) and not (c.symbols or c.resolutions):
            # "2) Liberia - resolution 2333 ADOPTED" over the next item: what follows the
            # heading is that item's text, not the one the story has just told
            target = None
        body_ga = True if (c.ga or c.big_tally) else (False if c.council else None)
        if target is not None and c.has_vote_content and target.ga is not None and (
                body_ga is not None and target.ga != body_ga):
            # The Assembly and the Council never vote on the same text.
            same_body = [d for d in drafts if d.ga == body_ga]
            target = same_body[-1] if same_body else None
        if target is None and current is not None and c.live_outcomes and current.clauses and (
                c.sent.block != current.clauses[0].sent.block) and len(
                in_lead := [d for d in drafts if d is not current and d.clauses and not any(
                    x.tallies or x.counts or x.votes for x in d.clauses)
                    and d.symbol is None and d.resolution is None
                    and _outcome_sides(d.clauses) == _outcome_sides([c])
                    and d.clauses[0].sent is current.clauses[0].sent]) == 1:
            # "... saw a United States resolution vetoed and then voted to hand the question
            # to the Assembly. ... Later in the same sitting the Council adopted a second,
            # procedural resolution": the second text the lead told, now told in full
            target = in_lead[0]
        if target is None and current is not None and c.new_draft and current.clauses and (
                c.sent.block != current.clauses[0].sent.block) and len(
                in_lead := [d for d in drafts if d is not current and d.clauses and all(
                    x.sent is current.clauses[0].sent for x in d.clauses)
                    and d.symbol is None and d.resolution is None]) == 1 and not (
                (mine := _outcome_sides(in_lead[0].clauses)) and (theirs := _outcome_sides([c]))
                and not mine & theirs):
            # "Russia vetoed its renewal, and a rival Russian proposal then collected just one
            # vote. ... Moscow then put its own draft to the vote": the lead's second text
            target = in_lead[0]
        if target is None and c.symbols and len(last_each) >= 2 and current in last_each:
            # "They tabled two amendments. Russia vetoed both. AMENDMENT S/2025/115: 9 votes
            # for ... AMENDMENT S/2025/116: ...": each of the texts counted, in turn
            # (a count told of all of them at once, "Each received ten votes", is no one's own;
            # nor is "There were no abstentions." after it)
            target = next((d for d in last_each if d.symbol is None and d.resolution is None
                           and not any((x.tallies or any(k.value for k in x.counts)) and not all(
                               x in e.clauses for e in last_each) for x in d.clauses)), None)
        if target is not None and c.dates and c.dates[0].start - c.lo < 30 and c.outcome and all(
                k.history for k in c.outcome) and not (
                c.has_vote_content or c.symbols or c.resolutions):
            # "Last week, on 18 October, Washington vetoed a Brazilian-drafted text": an older
            # vote told as background gives the text in hand neither its day nor its drafter
            continue
        if target is None and len(c.symbols) == 1 and not c.resolutions and not any(
                d.symbol == c.symbols[0][0] for d in drafts) and (
                spare := _spare_counted(drafts)) is not None:
            # "... voted on four draft resolutions. All four were vetoed. ... The third
            # (S/14461) received eleven votes": one of the four
            target = spare
        if target is None:
            if not (c.has_vote_content or c.sponsors or c.symbols or c.new_draft
                    or c.sponsor_elected):
                continue
            if any(k.history for k in c.outcome) and not (
                    c.has_vote_content or c.new_draft or c.symbols):
                continue  # "Moscow had killed a British text": a past draft, not a new vote
            target = Draft()
            drafts.append(target)
        if time_intro is not None and time_intro in target.clauses:
            pass  # (the first of the texts it dates, told on: "... voted twice")
        elif time_intro is not None and (time_intro.sent.block == c.sent.block or (
                c.sent.block - time_intro.sent.block <= _DATE_ROW_REACH
                # (a transcript's "It's Thursday, the 8th of January 2009." sets the scene
                # for the turns that follow)
                and (_DATE_ROW.match(time_intro.sent.text) or _sets_scene(time_intro))) or (
                # ("Then on Thursday, 16 November, the Council voted twice on the same
                # afternoon." as a paragraph of its own, the votes told in the next)
                c.sent.block - intro_block == 1 and _COUNCIL_ON_DAY.match(
                    time_intro.sent.text, time_intro.lo - time_intro.sent.start))) and (
                not any(x.dates for x in target.clauses)):
            if _sets_scene(time_intro) or c.has_vote_content and (
                    c.symbols or c.resolutions or _full_count(c)):
                # "The earlier vote, on Friday, 22 January, concerned ... That draft, S/3151/
                # Rev.2, drew seven votes": a vote some weeks back, told in full, keeps its day
                time_intro.recalled = True
            _absorb(target, time_intro)
            intro_left, intro_block = intro_left - 1, c.sent.block
            if intro_left <= 0:
                time_intro = None
        else:
            time_intro = None
        _take_headings(target, headings)
        _absorb(target, c)
        if not c.live_outcomes and len(drafts) >= 2 and target is drafts[-1] and (
                "same" in c.sent.text) and _SAME_FATE.search(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start):
            # "On Tuesday an earlier text, S/2020/654, met the same fate": the outcome of the
            # text told before (its outcome only: the count is each text's own)
            for p in drafts[-2].clauses:
                if p.live_outcomes and not (p.tallies or p.counts):
                    _absorb(target, replace(p, symbols=[], resolutions=[], votes=[],
                                            sponsor_groups=[], dates=[]))
        current = target
    if current is not None:
        _take_headings(current, headings)
    headers = [c for c in clauses if c.header and _relevant(c) and not c.plural]
    live = [d for d in drafts if d.has_content()]
    named = [d for d in drafts if not d.has_content() and (d.symbol or d.resolution)]
    if named and live and all(_outcome_sides(d.clauses) == {"passed"} for d in live) and any(
            c.plural_n == len(live) + len(named) and not c.header and (any(
                k.kind == "adopt" and k.live for k in c.outcome) or ADOPTED_SEVERAL.search(
                # ("Yesterday the Council adopted three resolutions, all of them unanimously")
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)) for c in plural):
        # "The Council adopted all three 15-0. The one that mattered was res. 1422,
        # circulated as S/2002/747": a text named without a vote of its own is one of those
        # the plural sentence counted
        live = [d for d in drafts if d in live or d in named]
    if not live and named and any(
            c.plural_n == len(named) and not c.header and any(
                k.kind == "adopt" and k.live for k in c.outcome) for c in plural):
        # "In two resolutions adopted one after the other, each by 15 votes to none" and then
        # each text described by its number alone
        live = named
    for c in plural if live else ():
        if 2 <= c.plural_n <= 4 and not c.header and any(
                k.kind in ("fail", "veto") for k in c.live_outcomes) and not any(
                c in d.clauses or any(x.lo > c.lo for x in d.clauses) for d in live) and not (
                # (not "China, which has joined Russia in vetoing three earlier Syria texts")
                _OLDER_TEXTS.search(c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start)):
            # "Before the final vote, the council rejected three amendments proposed by
            # Russia": texts counted and never told one by one, each its own vote
            syms = list(dict.fromkeys(sym for sym, _ in c.symbols))
            if len(syms) != c.plural_n or any(d.symbol in syms for d in drafts):
                syms = []
            # ("rejected four drafts ... Each was killed by ... The other two texts, S/14460/Rev.1
            # and S/14462, were vetoed in the same way": the two counted and not yet told)
            untold = [d for d in live if d.counted and d.symbol is None and d.resolution is None]
            if len(untold) < c.plural_n:
                untold = [Draft() for _ in range(c.plural_n)]
                live += untold
            for k, d in enumerate(untold[:c.plural_n]):
                _absorb(d, c)
                if syms:
                    d.symbol = syms[k]
    _fold_deck(live)
    for d in [d for d in live if len(live) >= 3 and len(d.clauses) == 1]:
        others = [x for x in live if x is not d]
        lead = d.clauses[0]
        if d.symbol is None and d.resolution is None and not (
                lead.tallies or lead.counts or lead.sponsor_groups) and _outcome_sides(
                d.clauses) and all(_outcome_sides(x.clauses) <= _outcome_sides(d.clauses)
                                   for x in others) and any(
                p.plural_n == len(others) and p.lo > lead.lo for p in plural):
            # "The United States has used its veto to keep the two Vietnamese states out ...
            # The Council voted on two separate draft resolutions": the lead told the votes
            # the story then counts, not one more
            live.remove(d)
    # (the lead gone first, so a plural clause is shared among the texts the story counts)
    _colon_list(plural, live)
    _distribute(plural, live)
    if not live and headers:
        # A brief with the vote only in its headline ("Russia vetoes UN draft on Syria"); a
        # headline with no outcome ("A US veto looms") reports nothing.
        d = Draft()
        for c in headers:
            _absorb(d, c)
        return ([d] if any(c.live_outcomes for c in d.clauses) else []), plural
    for c in headers:
        sp = _codes(c.sponsors)
        match = [d for d in live if d.sponsor_codes() & sp] if sp else []
        heads = list(clause_applicants(c, found, day)) if found else []
        if len(live) == 1:
            match = live
        elif len(heads) == 1 and heads[0] in keyed and keyed[heads[0]] in live:
            match = [keyed[heads[0]]]  # "Moscow's 'no' blocks Finland for the second time"
        elif len(match) != 1:
            match = _same_fate(c, live)
        if len(match) == 1:
            _absorb(match[0], c)
    if topics:
        _number_by_topic(topics, live)
    _shared_fates(live)
    return live, plural


def _shared_fates(drafts: list[Draft]) -> None:
    """"Portugal's draft (S/1331) met with exactly the same fate, nine to two": a text told
    with no outcome of its own has the outcome of the last text told with one (its veto
    too), not that text's count, number or voters."""
    for i, d in enumerate(drafts):
        if not i or any(c.live_outcomes for c in d.clauses) or not any(_SAME_FATE.search(
                c.sent.text, c.lo - c.sent.start, c.hi - c.sent.start) for c in d.clauses):
            continue
        before = next((b for b in reversed(drafts[:i])
                       if any(c.live_outcomes for c in b.clauses)), None)
        for p in before.clauses if before is not None else ():
            if p.live_outcomes and not (p.tallies or p.counts) and p not in d.clauses:
                _absorb(d, replace(p, symbols=[], resolutions=[], votes=[], borrowed=True))


_AFTER_VERB = re.compile(r"\b(?:after|since|when|once)\s+(?:[a-z][\w'-]*\s+){1,4}?(?:[a-z]+ed|"
                         r"wrote|sent|began|took|made|gave|came|went|met|told|brought|held|"
                         r"sought|fought|struck|broke|fell|led|won|lost|left|ran|shot|"
                         r"seized|overthrew|withdrew|drew)\b"
                         # (the date's own "early on", "last" may be part of its mention)
                         r"[^.;,]{0,80}?\s(?:(?:on|last)\s+)?$", re.I)
# (so is "the American marines who landed at Khalde on Tuesday": people, with no comma)
IN_RELATIVE = re.compile(r"(?:,\s*(?:which|who)|\bwho)\s+(?:[^,;.:()]|\([^()]{0,40}\))*$", re.I)
_THE_TEXT_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:resolution|text|draft|measure|decision)"
                              r"\s+$")


def _day_key(m: DateMention) -> tuple:
    return (m.kind, m.year, m.month, m.day, m.weekday, m.rel)


def _other_day(c: Clause, d: Draft) -> bool:
    """Do the dates the clause gives all differ from those of the draft's vote clauses
    (compared as written: the timeline is not known yet)?"""
    low = c.sent.text.lower()
    if any(_THE_TEXT_BEFORE.search(low, max(0, k.start - c.sent.start - 30),
                                   k.start - c.sent.start) for k in c.live_outcomes):
        return False  # "welcomes the resolution adopted ... on Wednesday": the one told
    had = {_day_key(m) for cl in d.clauses if cl.live_outcomes for m in cl.dates
           if m.kind not in ("year", "monthyear", "month")}
    mine = {_day_key(m) for m in c.dates if m.kind not in ("year", "monthyear", "month")}
    # ("on Friday adopted Resolution 2303" and a fact box's "Adopted: Friday 29 July 2016":
    # the same weekday named is the same day)
    had_days = {m.weekday for cl in d.clauses if cl.live_outcomes for m in cl.dates
                if m.weekday is not None and m.modifier not in ("next", "coming", "last")}
    mine_days = {wd for m in c.dates if (wd := _weekday_of(m)) is not None}
    return bool(had) and bool(mine) and not had & mine and not had_days & mine_days


def _weekday_of(m: DateMention) -> int | None:
    """The weekday a mention names or, for a full date, falls on."""
    if m.weekday is not None:
        return m.weekday
    if m.kind == "full" and m.year and m.month and m.day:
        day = safe_date(m.year, m.month, m.day)
        return day.weekday() if day is not None else None
    return None


_ON_THAT_DATE = re.compile(r"\W*on\s+that\s+(?:date|day)\b", re.I)
# (a transcript's answer keeps its time code and speaker: "[01:48] REPORTER: Resolution 2712.")
_ANSWER_RESOLUTION = re.compile(r"\W{0,3}(?:\[[\d:.]+\]\s*)?(?:[a-z][\w .()'-]{0,40}:\s*)?"
                                r"(?:it\s+(?:is|was)\s+)?resolution\s+\d{1,4}(?:\s*\(\d{4}\))?"
                                r"\s*[.:]?\s*", re.I)
_ASKS_NUMBER = re.compile(r"\b(?:number|what\s+(?:is|was)\s+it\s+called)\b[^.!]{0,20}\?\s*$", re.I)
_ASKS_NTH = re.compile(r"\bthe\s+(first|second|third)(?:\s+(?:one|text|draft|resolution|"
                       r"proposal|vote))?\s*\?$", re.I)


def _subheading(clauses: list[Clause], ci: int) -> bool:
    """Is clause ``ci`` a web page's subheading in sentence case, a short line of its own
    without a full stop over a longer paragraph ("Yesterday, part two: a rival text fails")?
    It heads the text told under it."""
    c = clauses[ci]
    s = c.sent
    if ci + 1 >= len(clauses) or not s.text or len(s.text) > _SUBHEADING_MAX or (
            s.text[-1] in ".!?,;:-\"'\u2019\u201d"):
        return False
    letters = [ch for ch in s.text if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) > len(letters) / 2 or "  " in s.text or len(
            s.text.split()) < 3:
        return False  # (a line in capitals, a table's row: read as such elsewhere)
    if s.text.startswith(("- ", "* ", "\u2022", "\u2013 ")) or _SIDE_ROW.match(s.text):
        # ("- Abstaining: 1 (China)": the last item of a list, not a heading; nor is "In
        # favour (4): Bolivia, China, Kazakhstan, Russian Federation", a voting record's row)
        return False
    nxt = clauses[ci + 1].sent
    # (a hard-wrapped story's own headline over its first paragraph is not one)
    # ("3. Settlements: the United States abstains": the item's number on the line before it)
    opens_line = ci == 0 or clauses[ci - 1].sent.block != s.block or bool(
        _ITEM_NUMBER.fullmatch(clauses[ci - 1].sent.text)) and (
        ci < 2 or clauses[ci - 2].sent.block != s.block)
    return nxt.block == s.block + 1 and opens_line and (
        nxt.end - nxt.start > len(s.text)) and nxt.text[:1].isupper() and not nxt.wrapped


_SUBHEADING_MAX = 70
_SIDE_ROW = re.compile(r"(?:in\s+favou?r|for|against|abstaining|abstentions?|abstained|yes|no|"
                       r"not\s+(?:voting|participating)|absent)\b[^:]{0,12}:", re.I)


def _take_headings(d: Draft, headings: list[Clause]) -> None:
    """The heading lines read since the last text go with the text told under them."""
    for h in headings:
        _absorb(d, h)
    headings.clear()


def _opens_section(c: Clause, before: Clause) -> bool:
    """Does the clause open the first paragraph under a short heading ("2) MONUSCO - DR
    CONGO: 14-0-1" then "Resolution 2556 (2020) renews ...")? A digest's item."""
    head = before.sent.text.rstrip()
    if c.lo == c.sent.start and (_BULLET_LABEL.fullmatch(head) or (
            before.sent.block == c.sent.block and _CAPS_LABEL.fullmatch(head))):
        # "* ICTR. Resolution 1901 (2009) extends ...": a bullet's label; "LIBERIA.
        # Resolution 1083 (1996) extends ...": a newsletter's item, run in
        return True
    return c.lo == c.sent.start and (
        before.sent.block != c.sent.block or before.sent.heading) and (
        len(head) <= 80 and not head.endswith((".", "!", "?", '"', "'")))


_ITEM_NUMBER = re.compile(r"\s*\d{1,2}\s*[.)]\s*")
# ... "(b) Yemen. On Tuesday the Council renewed ...": a lettered item, run in
_BULLET_LABEL = re.compile(r"(?:[*\u2022\u2013-]|\(?(?:[a-h]|\d{1,2}|[ivx]{1,4})\))\s*"
                           r"[A-Z][\w'&/ -]{0,24}[.:]")
_CAPS_LABEL = re.compile(r"[A-Z][A-Z'&/ -]{2,30}[.:]")


# "The sanctions text is resolution 2283 (2016); the UNOCI text is resolution 2284 (2016).":
# each text the story told of, named by its topic, and its number
_TOPIC_IS_RESOLUTION = re.compile(
    r"\W*(?:the|that|this)\s+(?P<topic>[\w-]+)\s+(?:text|draft|one|measure)\s+(?:is|was|became)"
    r"\s+resolution\s+(?P<n>\d{1,4})\b(?:\s*\(\d{4}\))?\s*[.;]?\s*$", re.I)


_BEAR_NUMBERS = re.compile(
    r"\b(?:(?:bear|bore|carry|carried|received|receive|were\s+given|are\s+given)\s+(?:the\s+)?"
    r"numbers"
    # ("The numbers of the two texts are 326 and 327, in that order.")
    r"|numbers\s+of\s+the\s+(?:two\s+)?(?:texts|resolutions|decisions)\s+(?:are|were))\s+"
    r"(?P<n1>\d{1,4})\s+and\s+(?P<n2>\d{1,4})\b", re.I)
_RECORDED_AS = re.compile(
    r"\b(?:recorded\s+(?:in\s+[^;]{0,40}?)?as\s+resolutions?"
    # ("The resolutions, numbered 1788 (UNDOF) and 1789 (UNFICYP), were short.")
    r"|(?:resolutions|texts)\s*,\s*numbered)\s+(?P<n1>\d{1,4})(?:\s*\((?P<t1>[^()]{1,40})"
    r"\))?(?:\s+and\s+(?P<n2>\d{1,4})(?:\s*\((?P<t2>[^()]{1,40})\))?)?", re.I)


_TOPIC_DRAFTED = re.compile(r"[^.;:]*?\b(?P<verb>tabled|drafted|wrote|put\s+forward|submitted|"
                            r"penned|prepared|presented)\s+the\s+"
                            r"(?P<topic>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:text|draft)\b")


def _draft_of_topic(drafts: list[Draft], topic: str, c: Clause) -> Draft | None:
    """The one text whose own sentences name ``topic`` (not counting ``c``), if one does."""
    hits = [d for d in drafts if any(topic in x.sent.text.lower() for x in d.clauses
                                     if x is not c)]
    return hits[0] if len(hits) == 1 else None


def _number_by_topic(numbered: list[tuple[str, int]], live: list[Draft]) -> None:
    """Give each unnumbered text the number told with its topic; a topic no single text names
    takes its number in the order the story told them."""
    todo = [d for d in live if d.resolution is None]
    rest: list[int] = []
    for topic, n in numbered:
        hits = [d for d in todo if any(topic in c.sent.text.lower() for c in d.clauses)]
        if len(hits) == 1:
            hits[0].resolution = n
            todo.remove(hits[0])
        else:
            rest.append(n)
    if len(rest) == len(todo):
        for d, n in zip(todo, rest, strict=True):
            d.resolution = n


def _same_fate(header: Clause, live: list[Draft]) -> list[Draft]:
    """The drafts a headline line can be about when the story tells several: those whose
    fate it gives ("Further text on troop withdrawal fails" is the text that fell; "Third
    Soviet 'no' to Italy" a text that fell too)."""
    sides = _outcome_sides([header])
    if not sides and header.votes and all(a.vote == "no" for a in header.votes):
        sides = {"fell"}
    if len(sides) != 1:
        return []
    yes = _yes_told([header])
    # (and a number it gives must be the text's: "Unanimous 11-0 Vote ...; Outer Mongolia Bid
    # Fails" tells two stories in one line)
    return [d for d in live if _outcome_sides(d.clauses) == sides and (
        not yes or yes == _yes_told(d.clauses))]


# --------------------------------------------------------------------------- background



# a date that belongs to the event named just before it, not to the vote
_EVENT_BEFORE = re.compile(
    r"\b(?:explosion|test|attack|attacks|invasion|launch|launches|bombing|coup|massacre|"
    r"election|elections|raid|strike|strikes|incident|shooting|killing|killings|"
    r"assassination|earthquake|offensive|landing|landings|crash|hijacking|independence|"
    r"referendum|summit)\s+(?:of\s+|on\s+)?$"
    # "the American air raid on Tripoli and Benghazi of 15 April": the raid's day
    r"|\b(?:attack|raid|bombing|invasion|strike|massacre|shooting)\s+(?:on|against|in)\s+"
    r"[^,;.()]{1,40}?\s+of\s+$"
    # ("after the killing of seven Palestinian workers near Tel Aviv on May 20")
    r"|\b(?:killing|killings|murder|shooting|massacre|bombing)\s+of\s+[^,;.()]{1,45}?\s+on\s+$"
    # "Israel's decision of December 14 to impose its laws": another government's act
    # (not "the Security Council's decision of Monday": the vote's own day)
    r"|\b(?!council's)[a-z]+'s\s+(?:decision|law|announcement|declaration|move)\s+(?:of\s+|on\s+)$"
    # ("the aggression carried out on Tunisian territory on 16 April"): the act's day
    r"|\bcarried\s+out\s+(?:on|in|against)\s+[^,;.()]{1,40}?\s+on\s+$"
    # "the efforts described in his letters of 20 and 23 July": the day of a document
    r"|\b(?:letters?|reports?|statements?|notes?|speech|message|call|appeal)\s+(?:of|dated)\s+"
    r"(?:\d{1,2}\s+and\s+)?$"
    # "at the end of a debate that began on the twenty-eighth of November"
    r"|\b(?:debate|debates|discussion|talks|session|negotiations)\s+(?:that|which)\s+"
    r"(?:had\s+)?(?:began|begun|started|opened)\s+(?:on\s+)?$"
    # "(the JCPOA agreed in Vienna last Tuesday)": a bracketed deal's day
    r"|\(\s*(?:the\s+)?[^()]{0,40}?\b(?:agreed|signed|reached|concluded|struck|sealed)\s+"
    r"(?:in\s+[a-z]+\s+)?(?:on\s+)?$"
    # "the reconnaissance plane shot down over the Barents Sea on July 1": the incident's day
    r"|\b(?:shot\s+down|downed|sunk|hijacked|kidnapped|abducted|assassinated|bombed|shelled)"
    r"\s+(?:[^,;.()]{1,40}?\s+)?(?:on\s+)?$",
    re.I)
# _EVENT_BEFORE without re.I, for ASCII text in lower case (where it finds the same): the
# engine compares letters as they are instead of folding each case at every position. Only
# while the pattern is written in lower case.
_EVENT_BEFORE_LOW = re.compile(_EVENT_BEFORE.pattern) if (
    _EVENT_BEFORE.pattern == _EVENT_BEFORE.pattern.lower()) else None


def _event_before(text: str, lo: int, hi: int) -> bool:
    """``_EVENT_BEFORE.search(text, lo, hi) is not None``."""
    a = max(0, lo - 1)  # (the character before ``lo``, which its \b looks at)
    window = text[a:hi]
    if _EVENT_BEFORE_LOW is not None and window.isascii():
        return _EVENT_BEFORE_LOW.search(window.lower(), lo - a) is not None
    return _EVENT_BEFORE.search(text, lo, hi) is not None
_ANOTHER_CLAUSE = re.compile(r"[,;:(]|\b(?:since|as|when|after|before|while|which|who|that|"
                             r"until|because)\b"
                             # ("were adopted in 2017 and were due to expire on 31 August")
                             r"|\band\s+(?:were|was|are|is|will\s+be)\s+(?:due|set|scheduled)\b",
                             re.I)


def _aside_date(text: str, start: int, end: int, last: int) -> bool:
    """Is the date at ``start..end`` inside a relative clause (", which took the seat in
    December,") that closes before the vote words that end at ``last``? It dates the aside:
    "Russia, which took over the Soviet seat in December, voted in favour"."""
    head = text[max(0, start - 90):start]
    if DASH_ASIDE_OPENS.search(head) and _DASH_CLOSE.search(text, end, last):
        return True  # "India and South Africa -- who abstained last October -- backed it"
    if text.find(",", end, last) < 0:
        return False
    if _SUBJECT_APPOSITIVE.fullmatch(text, 0, start):
        return True  # "Britain, until the first of January a partner in the Condominium, voted"
    if "which" not in head and "who" not in head:
        return False
    return ASIDE_OPEN.search(text, max(0, start - 90), start) is not None


_DASH_CLOSE = re.compile(r"\s-{1,2}\s|\u2014|\u2013")
_SUBJECT_APPOSITIVE = re.compile(r"[A-Z][A-Za-z .'-]{1,40},\s*(?:until|till|since)\s+")


_FOLLOWS_EARLIER = re.compile(r"\s*(?:vote|decision|resolution|text|renewal|adoption)\s+(?:follows|"
                             r"followed|came\s+after|comes\s+after)\s+(?:an?\s+|the\s+)?(?:earlier|"
                             r"previous|first|last)\b", re.I)


_WHEN_AFTER = re.compile(r"\s*,\s*when\b")


def _stale(c: Clause, tl: Timeline) -> bool:
    """Does the clause date its vote well before the story ("in October", "on 30 September",
    "in 2017") with nothing placing it in the story's week?"""
    ref = tl.reference
    if ref is None or not c.dates:
        return False
    # Only dates near the vote words count: "voted in favour, as it has on every
    # resolution since Iraq invaded on Aug. 2" dates the invasion, not the vote.
    spots = [(k.start, k.end) for k in c.outcome if k.live]
    spots += [(a.cue_start, a.cue_end) for a in c.votes]
    spots += [(t[3], t[4]) for t in c.tallies] + [(k.start, k.end) for k in c.counts]
    if not spots:
        return False
    lo = min(s for s, _ in spots) - 80
    last = max(e for _, e in spots)
    hi = last + 80
    old = fresh = False
    for m in c.dates:
        if m.start > hi or m.modifier == "since" or m.end < lo and not _WHEN_AFTER.match(
                # "a contrast to last December, when a draft that would have ... failed":
                # the day the "when" clause's vote happened, however long that clause
                c.sent.text, m.end - c.sent.start):
            continue
        if m.start > last + 20 and _ANOTHER_CLAUSE.search(
                # (a comma just before the date sets off the verb's own adverbial: "vetoed
                # drafts on Syria, in October and again in February")
                c.sent.text[last - c.sent.start:m.start - c.sent.start].rstrip().rstrip(",")):
            # "voted in favour, as it has on every resolution since Iraq invaded on Aug. 2"
            continue
        if m.end < last and _aside_date(c.sent.text, m.start - c.sent.start,
                                        m.end - c.sent.start, last - c.sent.start):
            continue
        if _event_before(c.sent.text, max(0, m.start - c.sent.start - 60),
                         m.start - c.sent.start):
            continue  # "the council's response to the explosion on Sept. 3"
        if c.sent.text.startswith(("'s ", "\u2019s "), m.end - c.sent.start) and not (
                _VOTE_NOUN_AFTER.match(c.sent.text, m.end - c.sent.start + 2)):
            continue  # "into last September's sabotage": the day of something else
        if m.possessive and _FOLLOWS_EARLIER.match(c.sent.text, m.end - c.sent.start):
            # "Tuesday's decision follows the earlier renewal, resolution 1337, adopted on 30
            # January": the day of the text the older one is set beside
            continue
        if m.kind in ("weekday", "relative", "day"):
            fresh = True
        elif m.kind in ("full", "monthday"):
            day = tl.resolve(m)
            if day is None:
                continue
            if day < ref - timedelta(days=45 if tl.coarse else tl.span):
                old = True
            else:
                fresh = True
        elif m.kind == "monthyear" and m.year is not None and m.month is not None:
            week = ref - timedelta(days=tl.span)
            if (m.year, m.month) < (ref.year, ref.month) and not (
                    (week.year, week.month) == (m.year, m.month)):
                old = True
        elif m.kind == "month" and m.month is not None:
            if m.month != ref.month and m.modifier not in ("next", "this", "until", "by"):
                old = True
        elif m.kind == "year" and m.year is not None and m.year < ref.year:
            if m.modifier not in ("until", "by", "through"):
                old = True
    return old and not fresh


def _this_week(c: Clause, tl: Timeline) -> bool:
    """Does the clause give a day in the story's week ("On Sunday", "yesterday", "on 5
    December" in a story of the 7th)?"""
    ref = tl.reference
    for m in c.dates:
        if m.kind == "weekday" and m.modifier not in ("next", "coming"):
            return True
        if m.kind == "relative" and m.rel is not None and -tl.span <= m.rel <= 0:
            return True
        if m.kind in ("full", "monthday") and ref is not None:
            day = tl.resolve(m)
            if day is not None and ref - timedelta(days=tl.span) <= day <= ref:
                return True
    return False


# the day after the vote just told: "The very next day", "the following day"
_NEXT_DAY_REL = re.compile(r"\b(?:the\s+(?:very\s+)?(?:next|following)\s+day|a\s+day\s+later|"
                           r"the\s+day\s+after)\b", re.I)
_LATER_THAT_DAY = re.compile(r"\W*later\s+(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                             r"that\s+(?:day|afternoon|evening|morning|night)|the\s+same\s+day|"
                             r"in\s+the\s+day|in\s+the\s+(?:afternoon|evening))\b[^.;]*?\s"
                             r"(?:also|then|too)\b", re.I)
_LATE_NEWS_DAYS = 45  # a story may report a vote some weeks late (a weekly, a written answer)


def _old_day(c: Clause, tl: Timeline) -> date | None:
    """The one day before the story's week that a stale clause gives its vote in full or by
    month and day ("On 31 August the Council adopted ..."), else None."""
    ref = tl.reference
    if ref is None:
        return None
    days = set()
    for m in c.dates:
        if m.kind in ("year", "monthyear", "month") and m.modifier not in ("since", "until",
                                                                          "by", "through"):
            return None  # "in 2017", "in October": no day to report as news
        if m.kind in ("full", "monthday") and m.modifier != "since":
            day = tl.resolve(m)
            if day is not None and day < ref - timedelta(days=tl.span):
                days.add(day)
    return days.pop() if len(days) == 1 else None


def _late_news(clauses: list[Clause], stale: list[Clause], tl: Timeline) -> bool:
    """Is the one past vote the stale clauses date the story's news after all? So when the
    story has no vote of its own week ("On Friday ...", "yesterday"), the clauses all give
    one day of the last weeks, and the story goes on to tell that vote ("The resolution was
    adopted by 12 votes to none"): a weekly column, a written answer, a feature reporting a
    vote some weeks on. A news story's dated vote keeps older votes in the background, and
    so does a passing mention in one clause."""
    ref = tl.reference
    if ref is None or tl.coarse:
        return False
    days = {_old_day(c, tl) for c in stale}
    if len(days) != 1:
        return False
    day = days.pop()
    if day is None:
        return False
    # Years back, only a day given in full with its year, and a story that goes on to tell
    # how that vote ended ("In the real Council, on September 3, 1963, the draft got eight
    # votes ... the Soviet "no" was a veto"): a retrospective's one real vote
    old = day < ref - timedelta(days=_LATE_NEWS_DAYS)
    if old and not all(any(m.kind == "full" for m in c.dates) for c in stale):
        return False
    gone = {id(c) for c in stale}
    told = ended = False  # the story goes on about that vote in sentences of its own
    for c in clauses:
        if c.header or id(c) in gone or not c.has_vote_content:
            continue
        if (c.dates and _this_week(c, tl)) or c.lo < stale[0].lo:
            return False  # this week's vote, or one the story told first, is the news
        told = told or not c.dates
        # ("The vote was fifteen to nothing.": a count tells the end as well as a verb)
        ended = ended or (not c.dates and (bool(c.live_outcomes) or bool(c.tallies)))
    return told and (ended or not old)


def _told_in_full(clauses: list[Clause], stale: list[Clause]) -> set[int]:
    """The stale clauses whose vote the story opens with and goes on to count in the same
    paragraph ("On 15 July the Council adopted resolution 294. It condemned ... The vote was
    13 in favour, none against, with two abstentions"): a review telling the record in
    order, not a news story recalling an old vote after its own."""
    gone = {id(c) for c in stale}
    voting = [c for c in clauses if not c.header and c.has_vote_content]
    out: set[int] = set()
    for i, c in enumerate(voting):
        if id(c) not in gone:
            if c.dates:
                break  # a vote of the story's own was told first
            continue  # (the count of the old vote just told)
        nxt = voting[i + 1] if i + 1 < len(voting) else None
        if nxt is not None and id(nxt) not in gone and not nxt.dates and (
                nxt.sent is not c.sent and nxt.sent.block == c.sent.block) and _full_count(nxt):
            out.add(id(c))
    return out


# how far back a vote told with its day, its outcome and its count is still the story's news
_RECENT_DAYS = 21


# "For the second time in a fortnight the Council spoke with one voice", "Twice in ten days"
_SAME_AGAIN = re.compile(r"\bthe\s+same\s+(?:arithmetic|result|count|tally|score|margin|"
                         r"numbers|split|outcome)\b", re.I)
# ("It was Moscow's second veto this month.", "And this isn't the first time.")
# ("Interpreting the Council: three votes, three lessons")
_TWICE = re.compile(r"\b(?:twice|second\s+(?:[\w-]+\s+)?(?:time|veto)|"
                    r"(?:two|three|four)\s+(?:[\w-]+\s+)?(?:votes|vetoes)|"
                    r"(?:is|was)(?:\s+not|n['\u2019]t)\s+the\s+first\s+time)\b", re.I)


def _counted_next_in_block(c: Clause, clauses: list[Clause]) -> bool:
    """Does the clause name one resolution that the next clause about a vote, in the same
    paragraph, counts as "it" ("All fifteen members voted for it", "It was adopted by ten
    votes to one")?"""
    if len(c.resolutions) != 1:
        return False
    nxt = _next_voting(c, clauses)
    return nxt is not None and nxt.sent.block == c.sent.block and bool(
        nxt.counts or nxt.tallies) and not (nxt.resolutions or nxt.symbols) and (
        _COUNTS_IT.search(nxt.sent.text) is not None)


def _counted_next_paragraph(c: Clause, clauses: list[Clause]) -> bool:
    """Does the clause name one resolution whose count opens the next paragraph ("Resolution
    687, one of the longest texts ..., sets the terms ..." then "The count was twelve in
    favour, ...")?"""
    if len(c.resolutions) != 1 or c.lo != c.sent.start:
        return False
    nxt = _next_voting(c, clauses)
    return nxt is not None and bool(nxt.counts or nxt.tallies) and not (
        nxt.resolutions or nxt.symbols) and nxt.sent.block == c.sent.block + 1 and (
        nxt.lo == nxt.sent.start) and _THE_COUNT_WAS.match(nxt.sent.text) is not None


_THE_COUNT_WAS = re.compile(r"\W*the\s+(?:count|vote|tally)\s+was\b", re.I)


def _told_pluperfect(c: Clause) -> bool:
    """Does the clause tell a vote in the pluperfect ("had condemned"), not denied?"""
    return any(k.pluperfect and not (k.negated or k.modal) for k in c.outcome)


def _next_voting(c: Clause, clauses: list[Clause]) -> Clause | None:
    """The first clause after ``c`` that says anything of a vote."""
    i = next(k for k, x in enumerate(clauses) if x is c)
    return next((x for x in clauses[i + 1:] if x.has_vote_content), None)


def _counted_next(c: Clause, clauses: list[Clause], tl: Timeline) -> bool:
    """A vote of the last three weeks, named with its day and number, whose count the next
    sentence gives ("... resolution 672, adopted on 12 October ... That vote was also
    unanimous, 15-0."), or the clause itself ("as on 31 July, when an almost identical text,
    S/18250, fell the same way: eleven in favour, one against ..."), in a story that says
    it tells two votes: one of its news."""
    ref = tl.reference
    if ref is None or not (c.live_outcomes or _told_pluperfect(c) or any(
            k.history for k in c.outcome)) or not (c.resolutions or c.symbols) or tl.coarse:
        return False
    i = next(k for k, x in enumerate(clauses) if x is c)
    # (a heading counts too: "TEHRAN AT THE COUNCIL: TWO VOTES IN FOUR WEEKS")
    twice = next((m for x in clauses[:i] if (m := _TWICE.search(x.sent.text))), None)
    if twice is None:
        return False
    # ("the second time in three months": as far back as the story says, counted from its
    # own vote rather than its day, and roughly: "in eight weeks" for 53 days)
    reach = max(_RECENT_DAYS, _span_days(twice.string, twice.end()) * 5 // 4)
    dated = [d for m in c.dates if m.kind in ("full", "monthday") and (d := tl.resolve(m))]
    if not dated or not ref - timedelta(days=reach) <= max(dated) < ref:
        return False
    if _full_count(c) or _counted_after(c, clauses, told=True):
        # (or counted in the sentences after it: "Back on 13 August the Council passed
        # resolution 770. ... That time three members abstained: ... The remaining twelve
        # ... voted yes, and nobody voted no.")
        return True
    nxt = _next_voting(c, clauses)
    return not (nxt is None or nxt.dates or not (_THAT_ONE.match(
        nxt.sent.text, nxt.lo - nxt.sent.start) or _AGAIN_COUNT.match(
        nxt.sent.text, nxt.lo - nxt.sent.start)) or not (
        _full_count(nxt) or nxt.tallies or nxt.unanimous))


# ("for the second time in less than a month", "in just over three weeks": roughly that)
_SPAN = re.compile(r"\s+(?:in\s+(?:(?:the\s+)?(?:last|past)\s+)?"
                   r"(?:(?:less\s+than|under|(?:just\s+|a\s+little\s+)?(?:over|more\s+than))\s+)?"
                   r"(?:(?P<n>a|one|two|three|four|"
                   r"five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?|this\s+)"
                   r"(?P<unit>days?|weeks?|fortnight|months?|year)\b", re.I)
_SPAN_UNIT = {"day": 1, "week": 7, "fortnight": 14, "month": 31, "year": 366}


def _span_days(text: str, pos: int) -> int:
    """The days that "in three months" after "the second time" spans, or 0."""
    m = _SPAN.match(text, pos)
    if m is None:
        return 0
    count = number(m.group("n")) or 1 if m.group("n") else 1  # ("in a month": one)
    return count * _SPAN_UNIT[m.group("unit").lower().rstrip("s")]


def _counted_this_month(c: Clause, tl: Timeline, clauses: list[Clause]) -> bool:
    """A vote of the last three weeks that the story tells with its day, its outcome and
    its count ("On July 7 the Council, also by 15 votes to none, recommended the admission
    of Djibouti"), or counts in the next sentence ("... the vote on Aug. 6, when the Council
    adopted resolution 661 ... That text passed by 13 votes to none"): a recent vote
    reported as a fact, not background."""
    ref = tl.reference
    if ref is None or tl.coarse or not c.live_outcomes:
        return False
    if not _full_count(c):
        nxt = _next_voting(c, clauses)
        if nxt is None or nxt.dates or nxt.sent.block != c.sent.block or not (_THAT_ONE.match(
                nxt.sent.text, nxt.lo - nxt.sent.start) and _full_count(nxt) or (
                _counted_after(c, clauses))):
            return False
    cue = c.live_outcomes[0].start
    dated = [m for m in c.dates if m.kind in ("full", "monthday")]
    if not dated:
        return False
    # (the day nearest the verb: "..., which became independent on June 27" is another's)
    day = tl.resolve(min(dated, key=lambda m: abs(m.start - cue)))
    return day is not None and ref - timedelta(days=_RECENT_DAYS) <= day < ref


# "That was not the first vote.": the story turns to an earlier one
_NOT_THE_FIRST = re.compile(r"\b(?:that|this|it)\s+(?:was|is)(?:\s+not|n['\u2019]t)\s+the\s+"
                            r"(?:first|only)\s+(?:vote|time)\b", re.I)


def _counted_after(c: Clause, clauses: list[Clause], told: bool = False) -> bool:
    """Do the undated clauses after ``c`` in its paragraph count its vote between them
    ("... came to grief on 25 March. ... Seven members voted for the British text. The
    Soviet Union and Poland voted against, Syria abstained")? ``told``: all three sides
    told, named or counted, will do."""
    i = next(k for k, x in enumerate(clauses) if x is c)
    sides: set[str] = set()
    counted = False
    seats: dict[str, int] = {}  # the members each side was counted at
    for x in clauses[i + 1:]:
        if x.sent.block != c.sent.block or x.dates or x.live_outcomes and not x.anaphoric:
            # (an outcome told again of the same text counts: "It was adopted by 12 votes")
            break
        sides |= {k.vote for k in x.counts} | {a.vote for a in x.votes}
        for k in x.counts:
            seats[k.vote] = k.value
        for v in x.votes:
            named = sum(it.kind == "member" for it in v.items)
            seats[v.vote] = max(seats.get(v.vote, 0), named)
        for tally in x.tallies:
            # ("The vote was fourteen to none. India abstained.")
            sides |= {"yes", "no"} | ({"abstain"} if tally[2] is not None else set())
        counted = counted or bool(x.counts or x.tallies)
    # ("It received only nine votes. ... six members -- A, B, C, D, E and F -- abstained":
    # two sides that fill the Council, counted or named, leave none for the third)
    return (counted or told) and (
        len(sides) >= 3 or sum(seats.values()) in (11, 15) and len(seats) >= 2)


def _names_after(c: Clause, clauses: list[Clause]) -> bool:
    """Do the undated clauses after ``c`` in its paragraph name a member with its vote?"""
    i = next(k for k, x in enumerate(clauses) if x is c)
    for x in clauses[i + 1:]:
        if x.sent.block != c.sent.block or x.dates or x.live_outcomes and not x.anaphoric:
            # (an outcome told again of the same text counts: "It was adopted by 12 votes")
            break
        if any(it.kind == "member" for a in x.votes for it in a.items):
            return True
    return False


_EARLIER_THIS = re.compile(r"\bearlier\s+(?:this|in\s+the)\s+(?:month|week)\b", re.I)


def _recent_day(c: Clause, tl: Timeline) -> bool:
    """Does the clause name a day in full within the three weeks before the story's?"""
    ref = tl.reference
    days = [d for m in c.dates if m.kind in ("full", "monthday") and (d := tl.resolve(m))]
    return ref is not None and any(ref - timedelta(days=_RECENT_DAYS) <= d < ref for d in days)


def _fully_counted_next(c: Clause, clauses: list[Clause]) -> bool:
    """Does the next clause with a vote in it, in the same paragraph and with no day of its
    own, count ``c``'s vote side by side?"""
    nxt = _next_voting(c, clauses)
    return nxt is not None and not nxt.header and nxt.sent.block == c.sent.block and (
        not nxt.dates and _full_count(nxt))


def _numbered_in_full(c: Clause, tl: Timeline, clauses: list[Clause]) -> bool:
    """A vote of the story's year told as a fact with all of it in one clause: its day in
    full, its number and its count ("On 30 April the Council extended the mission ... under
    resolution 2468 (2019), also by 13 votes in favour with South Africa and Russia
    abstaining")."""
    ref = tl.reference
    if ref is None or tl.coarse or not c.live_outcomes or len(c.resolutions) != 1:
        return False
    if not (_full_count(c) and len(c.votes) >= 2):
        # ("On April 5 the Council adopted resolution 688 ... That vote was 10 in favour and
        # 3 against, with 2 abstentions. Yemen, Cuba and Zimbabwe voted no"): its count next
        nxt = _next_voting(c, clauses)
        if nxt is None or nxt.dates or nxt.sent.block != c.sent.block or not (
                _THAT_ONE.match(nxt.sent.text, nxt.lo - nxt.sent.start) and nxt.tallies or (
                    _THAT_ONE.match(nxt.sent.text, nxt.lo - nxt.sent.start)
                    and len({k.vote for k in nxt.counts}) == 3)
                # ("... by adopting resolution 2703. Thirteen members voted in favour; Russia
                # and Mozambique abstained": the sentences after it count it in full, naming
                # members; a bare "The vote was seven in favour, none against" after an older
                # text keeps it background)
                # ("On 27 February it voted ..., adopting resolution 2623 by 11 votes to 1,
                # with 3 abstentions. Russia cast the only negative vote": counted in the
                # clause itself, its members named next)
                or (_counted_after(c, clauses) or bool(c.tallies)) and _names_after(c, clauses)):
            return False
    # (not the day a mandate runs to: "renewed ... MINURSO until 31 October 2025")
    dated = [d for m in c.dates if m.kind in ("full", "monthday") and m.modifier not in (
        "until", "till", "through") and (d := tl.resolve(m))]
    return len(dated) == 1 and ref - timedelta(days=200) <= dated[0] < ref


def _full_count(c: Clause) -> bool:
    """Does the clause count the vote side by side ("12-2", "seven in favour, none
    against", "13 votes in favour, China and Russia abstaining")?"""
    return bool(c.tallies) or bool(c.counts) and len(
        {k.vote for k in c.counts} | {a.vote for a in c.votes}) >= 2


_THE_OTHER_OF_TWO = re.compile(r"\s*the\s+(?:first|earlier|previous)\s+(?:veto|vote|one)\b",
                               re.I)
# ("... when members renewed the embargo in resolution 2507. Again the count was 13-0-2")
_AGAIN_COUNT = re.compile(r"\s*again\s*,?\s+the\s+(?:count|vote|tally|result)\b", re.I)
_THAT_ONE = re.compile(r"\s*(?:that|those)\s+(?:[\w-]+\s+){0,2}?(?:draft|text|resolution|proposal|"
                       r"measure|vote|ballot)s?\b", re.I)


def mark_background(clauses: list[Clause], tl: Timeline) -> None:
    """Silence the vote words of clauses that date their vote before the story's week;
    "On Sunday the delegate had cast his veto" is this week's news told in the pluperfect.
    A story whose only dated vote lies some weeks back reports that vote as its news."""
    if tl.almanac:
        return  # an almanac's entries are all of other years, each one its own news
    stale: list[Clause] = []
    fresh_vote = False  # a vote of the story's own week told so far
    for c in clauses:
        if _told_pluperfect(c) and (
                (c.dates and _this_week(c, tl)) or SAME_DAY.search(c.sent.text.lower())):
            # ("Earlier in the day the Council had recommended ...": another vote that day)
            for k in c.outcome:
                if k.pluperfect:
                    k.history = False
            if not c.unanimous and any(k.kind == "adopt" for k in c.live_outcomes) and (
                    unanimous(lower_same_length(c.sent.text), c.lo - c.sent.start,
                              c.hi - c.sent.start)):
                # ("On Tuesday 28 June the Council had recommended, also unanimously, the
                # admission of Mali": read before its adoption word was known to be news)
                c.unanimous = True
        elif not c.live_outcomes and (_told_pluperfect(c) or any(
                k.history for k in c.outcome)) and _counted_next(c, clauses, tl):
            # "For the second time in eight weeks ... On March 8 the Council had condemned the
            # raids in resolution 445. That vote, too, ended 12-0-3": the earlier of the two
            # votes the story counts, told in the pluperfect (or as "the same pattern was seen
            # on January 31, when members renewed ... in resolution 2507. Again the count ...")
            for k in c.outcome:
                k.history = False
        elif not c.live_outcomes and any(k.history for k in c.outcome) and (
                c.resolutions and _EARLIER_THIS.search(c.sent.text)
                or YOU_RECALL.search(c.sent.text.lower())) and _recent_day(c, tl) and (
                _counted_after(c, clauses)):
            # "Earlier this month, on 9 December, the Council adopted resolution 2664 ... The
            # vote was fourteen to none. India abstained.", "Readers will recall that the first
            # British attempt came to grief on 25 March. ... Seven members voted for the
            # British text": a recent vote, counted in full
            for k in c.outcome:
                k.history = False
        if c.has_vote_content and _stale(c, tl):
            if fresh_vote and _NEXT_DAY_REL.search(c.sent.text):
                # "On Thursday 28 July the Council renewed UNIFIL ... The very next day,
                # Friday 29 July, it adopted resolution 939": as fresh as the vote before
                continue
            stale.append(c)
        elif not c.header and c.has_vote_content and c.dates and _this_week(c, tl):
            fresh_vote = True
    if stale:
        told = _told_in_full(clauses, stale)
        # "Twice in three weeks the Council has acted ... on both occasions unanimously. On 17
        # March the Council adopted resolution 386 by fifteen votes to none": a vote the story
        # counted among its news, then tells by number and count
        counted = next((c.lo for c in clauses if not c.header and (
            c.each >= 2 or c.plural_n >= 2) or (
                # "COUNCIL VOTES ON DEPORTATIONS -- TWICE THIS SUMMER"
                ("twice" in (low := c.sent.text.lower()) or "two " in low or "second" in low
                 or "three " in low or "four " in low
                 or "first time" in low)
                and _TWICE.search(c.sent.text))), None)
        for c in stale:
            c.recalled = id(c) in told or _counted_this_month(c, tl, clauses) or _numbered_in_full(
                c, tl, clauses) or (
                counted is not None and counted < c.lo and bool(c.resolutions)
                # ("looks back at two texts adopted this year ... On 28 July the Council
                # unanimously adopted resolution 2167": a unanimous vote is counted in full)
                and (_full_count(c) or c.unanimous)) or _counted_next(c, clauses, tl) or (
                # "TWO VETOES, FOUR WEEKS APART ... Compare that with 16 September, when
                # Washington vetoed S/2003/891 ... That one got eleven yes votes ...": the
                # other of the two, told by its symbol and then counted in full
                # ("For the second time in a month ... The first veto came on the 16th of
                # September, against a draft ...": the other told by its place in the pair)
                counted is not None and counted < c.lo and (
                    bool(c.symbols) or _THE_OTHER_OF_TWO.match(c.sent.text, c.lo - c.sent.start)
                    is not None)
                # (or a symbol with no verdict of its own yet: "A week earlier ... it was a
                # proposal from Russia, circulated as S/2023/775 ... That one drew six votes")
                and (bool(c.live_outcomes) or bool(c.symbols) and not c.outcome)
                and _fully_counted_next(c, clauses)) or (
                # ("It was the second American veto on Lebanon this year. On January 18 the
                # United States voted alone against a draft ... That vote was 13 in favour, one
                # against and one abstention, Britain's": the other of the two, told by the
                # member that cast it and then counted in full)
                counted is not None and counted < c.lo and any(a.vote == "no" for a in c.votes)
                and _fully_counted_next(c, clauses)) or (
                # ("Here are three from this spring ... On 20 May a text on keeping weapons out
                # of outer space failed: seven votes for, seven against and one abstention")
                counted is not None and counted < c.lo and bool(c.live_outcomes)
                and _full_count(c))
        stale = [c for c in stale if not c.recalled]
    if not stale:
        return
    if _late_news(clauses, stale, tl):
        for c in stale:
            c.recalled = True  # (the old day it gives is the news's day)
        return
    for prev, c in zip(clauses, clauses[1:], strict=False):
        # "On Jan. 20 the US cast the only vote against an Arab text. That draft had nine
        # votes in favour": "that" points back at the old vote just told
        if prev in stale and c not in stale and c.has_vote_content and not c.dates and (
                _THAT_ONE.match(c.sent.text, c.lo - c.sent.start) or (
                    # "On July 7 the Council adopted resolution 84. The vote was seven in
                    # favour, ...": the count of the old vote just told
                    c.sent.block == prev.sent.block and not c.live_outcomes
                    and _full_count(c))):
            stale.append(c)
    for c in stale:
        for k in c.outcome:
            k.history = True
        c.votes, c.counts, c.tallies, c.unanimous = [], [], [], False
        # "It vetoed a Brazilian draft on 18 October 2023": the drafts the old vote names
        # are old too ("The text was drafted by France, ... approved in May" still names
        # the drafter of the text in hand)
        low = c.sent.text.lower()
        c.sponsor_groups = [g for g in c.sponsor_groups if not all(
            ATTRIBUTIVE.match(low, m.end - c.sent.start) for m in g)]


# --------------------------------------------------------------------------- settling facts

_ON_FULL_DAY = re.compile(r"\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                          r"(?:the\s+)?", re.I)
# (not "Go back to Tuesday the 24th of October, and Russia vetoed": where the story turns to)
# ("The count was the same as on Saturday": the day of the vote it is compared with)
_DATE_SKIP_BEFORE = re.compile(r"\b(?:since|until|till|by|before|from|through|after|next|"
                               r"coming|this|(?<!back\s)to|(?:same|just)\s+as)\s+"
                               r"(?:late\s+|early\s+)?$", re.I)
# ... "Cabled summaries of Monday's sitting reached the Agency yesterday"
_BY_WIRE = r"(?:by\s+(?:radio|wireless|wire|cable|telegraph|telephone)\s+)?"
# ("The news reached the dormitory by radio on Wednesday morning": when word came)
_RECEIVED_BEFORE = re.compile(r"\b(?:received|arrived|reached\s+(?:us|here|(?:the|this|our)\s+"
                             r"[a-z]+))\s+(?:here\s+)?" + _BY_WIRE + r"(?:on\s+)?$"
                             # ("Members who listened to the radio news on Thursday morning
                             # will have heard that ...": the day of the bulletin)
                             r"|\b(?:radio|wireless|evening|morning|television|tv)\s+news\s+"
                             r"(?:bulletin\s+)?(?:on\s+)?$"
                             # ("The news came by radio on Wednesday")
                             r"|\b(?:news|word)\s+(?:came|arrived|reached\s+\w+)\s+(?:here\s+)?"
                             + _BY_WIRE + r"(?:on\s+)?$"
                             # ("members read in the papers on Tuesday that Finland had not
                             # voted for it": the day of the reading)
                             r"|\b(?:read|saw|learned|learnt)\s+(?:it\s+)?in\s+(?:the|their|our)\s+"
                             r"(?:morning\s+|evening\s+)?(?:news)?papers?\s+(?:on\s+)?$"
                             # ("the veto that made the story front-page news here on Monday")
                             r"|\b(?:front-page|headline|big)\s+news\s+(?:here\s+)?(?:on\s+)?$"
                             r"|\bmade\s+(?:the\s+)?headlines\s+(?:here\s+)?(?:on\s+)?$", re.I)
_STAMP_BEFORE = re.compile(r"\b(?:updated|modified|posted|printed)\s*(?:on\s*)?:?\s*"
                           r"(?:[a-z]+day\s*,?\s*)?$", re.I)
# "the attacks on Israel of 7 October", "the raid of 1 October": the day of what a text is
# about
_HAPPENING_OF = re.compile(r"\b(?:attacks?|raids?|bombings?|massacres?|invasion|killings?|coup|"
                           r"explosions?|assaults?|offensive|incursions?|shootings?|air\s+strikes?|"
                           r"atrocities|crash|hijacking|incidents?|clash(?:es)?|fighting|"
                           r"shelling)\b[^.;,]{0,40}?\bof\s+$", re.I)
_VOTE_NOUN_AFTER = re.compile(r"\s*(?:[\w.-]+\s+){0,3}?(?:vote|votes|voting|session|meeting|"
                              r"sitting|decision|veto|action|ballot)\b", re.I)


_VOTE_NOUN_NEXT = re.compile(r"\s*(?:vote|votes|voting|veto|ballot)\b", re.I)
# Between a date and the vote word, these hand the date to another verb: "the envoy said on
# Friday, after Beijing and Moscow vetoed ...".
# ("... as one European diplomat put it to me over bad coffee on Tuesday")
_OTHER_VERB = re.compile(r"\b(?:said|says|told|tells|announced|added|warned|put\s+it|after|before|"
                         r"when|"
                         r"since|following|until|while|"
                         # "The Centre today welcomed the adoption yesterday": a reaction's day
                         r"welcomed|welcomes|deplored|deplores|condemned|regretted|regrets|"
                         r"praised|hailed|critici[sz]ed)\b", re.I)
# "Tabled by A and B after Egypt withdrew its own version on Thursday, the text passed":
# a date inside a clause opened by "after" dates that clause's verb, not the vote after it
_SUBORDINATE = re.compile(r"\b(?:after|before|since|when|once|until)\s+[^,;.:()]{0,60}$", re.I)


# "A diplomat said on Tuesday", "told reporters on Monday": a clause with no vote words of
# its own dates what someone said, not a meeting
# ("a member remarked at the Wednesday meeting that ...": the day of the remark)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|warned|added|"
                          r"remarked|observed|commented)\s*(?:(?:at|during)\s+(?:the|a)\s+)?$")


_NEWS_CAME = re.compile(r"\b(?:news|word|the\s+(?:cable|telegram|wire))\s+(?:came|arrived|"
                        r"reached\s+[a-z]+(?:\s+[a-z]+)?)(?:\s+(?:by|over|from|through)\s+(?:the\s+)?"
                        r"[a-z]+(?:\s+[a-z]+){0,2})?\s*(?:on\s+|early\s+|late\s+)?$", re.I)


_SAME_MEETING = re.compile(r"\b(?:debate|debates|meeting|session|discussions?|deliberations|"
                           r"consultations)\b", re.I)
_VOTE_WORD = re.compile(r"vot|veto|adopt|council|resolution|draft|text|ballot", re.I)


_WHEN_AFTER_DAY = re.compile(r",\s*when\b", re.I)


def _subordinate(text: str, m: Any, anchor: int) -> bool:
    """Is the date inside an "after ..." clause, cut off by a comma from the vote that
    follows it, and about something else ("When it came to a vote on Wednesday, ..." is the
    vote's own day)?"""
    sub = _SUBORDINATE.search(text, max(0, m.start - 70), m.start)
    if sub is None or _SAME_MEETING.search(text, sub.start(), m.start):
        return False  # "After a long debate on Tuesday, the council adopted": one meeting
    cut = text.find(",", m.end, anchor)
    if cut < 0:
        return False
    if _WHEN_AFTER_DAY.match(text, cut):
        return False  # "after the one of 16 September, when Washington vetoed": that day's
    return _VOTE_WORD.search(text, sub.start(), cut) is None


_FRONTED = re.compile(r"\s*(?:\([^()]{0,80}\))?\s*,")
_CLOCK = re.compile(r"[\s,(]*(?:(?:morning|evening|night|afternoon)\s+)?(?:in\s+)?"
                    r"(?P<place>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+"
                    r"(?:\s+[A-Z][a-z]+)?)"
                    # "(Australian Eastern Standard Time)"
                    r"(?P<time>(?:\s+(?:Standard|Daylight|Summer))?\s+[Tt]ime\b)?")
_CLOCK_BEFORE = re.compile(r"\b(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time\s*,?\s*"
                           r"(?:(?:early|late)\s+)?(?:on\s+)?$")
_HOME_CLOCK = ("New York", "Eastern", "Local", "Washington", "United Nations", "Manhattan")


_CLOCK_DAY_AFTER = re.compile(r"[\s,:]*(?:early\s+|late\s+)?(?:today|tonight|yesterday|tomorrow|"
                              r"this\s+morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
                              re.I)
# "in the early hours of this morning, our time -- that is, on Monday afternoon in New York"
# ... "on Friday -- which was already the night of Friday to Saturday here --": the day the
# aside gives on the reader's clock
_OUR_CLOCK = re.compile(r"[\s,(]*(?:our\s+time|local\s+time\s+here|here(?=\s*(?:-|\u2014|"
                        r"\u2013|\)|,|;)))\b", re.I)


def _foreign_clock(text: str, end: int) -> bool:
    if _OUR_CLOCK.match(text, end):
        return True
    m = _CLOCK.match(text, end)
    if m is None or m.group("place") in _HOME_CLOCK:
        return False
    if ("(" in text[end:m.start("place")] or "," in text[end:m.start("place")]) and (
            _CLOCK_DAY_AFTER.match(text, m.end())):
        # (so does "Late last night, Indian time early this morning, the Soviet Union ...")
        # "last night (Pakistan time early today)": the aside gives that clock's own day;
        # the day before it is the one in New York
        return False
    if m.group("time"):
        return True
    # (a dash closes the aside too: "- in the small hours of Wednesday in Djakarta -")
    return text[m.end():m.end() + 2].lstrip()[:1] in (")", "(", ",", ";", "-", "\u2014") and (
        " in " in text[m.start():m.end()])


def _almanac_day(m: Any, tl: Timeline) -> date | None:
    ref = tl.reference
    if m.kind == "full":
        day = resolve(m, ref)
    elif m.kind == "year" and m.year is not None and ref is not None and m.modifier in (
            "in", "", "on"):
        day = safe_date(m.year, ref.month, ref.day)
    else:
        return None
    return day if day is not None and ref is not None and day < ref else None


def clause_date(c: Clause, tl: Timeline, text: str) -> date | None:
    """The day of the vote a clause reports, nearest to its vote words."""
    found = clause_date_ranked(c, tl, text)
    return found[1] if found else None


# ("NEW YORK, 25 April (from our special correspondent). -- The Council ...")
# ("UNITED NATIONS, April 21. -- The Security Council on Friday ...": a stop before the dash)
_DATELINE_END = re.compile(r"(?:,?\s*\d{4})?\.?\s*(?:\([^()]{1,40}\)\.?\s*)?"
                           r"(?:-+|\u2013|\u2014|:)\s")


def is_dateline_day(c: Clause, text: str) -> bool:
    """Does the clause open its sentence with a dateline ("UNITED NATIONS, Feb. 26 --") and
    give no other day of its own?"""
    return c.lo == c.sent.start and len(c.dates) == 1 and (
        c.dates[0].kind == "monthday") and c.dates[0].start - c.lo < 40 and (
        _DATELINE_END.match(text, c.dates[0].end) is not None)


_WEEKDAY_DATE_OPENS = re.compile(r"\W*(?:on|(?P<nth>(?:the\s+)?(?:first|second|third|next|last)\s+"
                                 r"(?:one\s+)?(?:is|was|dates)\s+from))\s+(?:mon|tues|wednes|thurs|fri|"
                                 r"satur|sun)"
                                 r"day\s*,?\s*(?:the\s+)?$", re.I)


# ("The Ministry will publish the full text of the Syrian statement in the official press on
# Saturday": a day still to come, however far the verb)
# (not "will expire tonight after Russia on Wednesday blocked ...", "Members will recall that on
# Wednesday the Council had passed ...": another verb's day)
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall)\s+(?:(?!that\b|after\b|when\b|because\b|since\b|"
                            r"while\b|but\b|and\b|as\b|which\b|who\b)[a-z]+\s+){0,12}?"
                            r"(?:(?:at|on|by|until|before)\s+(?:the\s+)?)?$", re.I)


def clause_date_ranked(c: Clause, tl: Timeline, text: str) -> tuple[int, date, str] | None:
    """(distance, day, kind): the date nearest the clause's vote words, and the kind of
    mention that gave it ("full" when the text gave its year, "relative" for "last night");
    a date that belongs to another verb ("said on Friday, after ... vetoed") counts as far
    away."""
    anchors = [k.start for k in c.outcome if k.live] + [a.cue_start for a in c.votes]
    anchors += [t[3] for t in c.tallies] + [k.start for k in c.counts]
    anchors.sort()
    best: tuple[int, date, str] | None = None
    # "on Monday night New York time (Tuesday morning in Tokyo)": the Council sits in New
    # York; the day another city's clock gives is the reader's, not the vote's
    foreign = {id(m) for m in c.dates if m.kind in ("weekday", "relative", "monthday", "full")
               and (_foreign_clock(text, m.end) or (
                   # ("Late last night, Indian time early this morning": the day that clock
                   # gives, after its name)
                   (pm := _CLOCK_BEFORE.search(text, max(c.lo, m.start - 40), m.start))
                   and pm.group("place") not in _HOME_CLOCK))}
    # ... is kept, but any day the story gives in New York for the vote outranks it (not a day
    # another verb holds: "last night, Danish time, vetoed a draft that would have condemned
    # Israel for forcing down an aircraft on Tuesday")
    skip: set[int] = set()
    head = c.dates[0] if c.dates else None
    if len(c.dates) > 1 and c.lo == c.sent.start and head is not None and (
            # (so "UNITED NATIONS, Sept. 13 -- Britain tonight cast its veto": the dateline's)
            head.kind in ("weekday", "monthday") and not head.modifier
            and head.start - c.lo < 40) and all(
            m.kind == "relative" and m.rel == 0 for m in c.dates[1:]) and _DATELINE_END.match(
            text, head.end):
        # "NEW YORK, Friday (A.A.P.).-- The Soviet delegate this afternoon vetoed": the
        # correspondent's "this afternoon" is the dateline's Friday, not the paper's day
        skip |= {id(m) for m in c.dates[1:]}
    elif len(c.dates) > 1 and c.lo == c.sent.start and any(
            m.kind in ("weekday", "relative") and tl.resolve(m) is not None
            and id(m) not in foreign for m in c.dates[1:]):
        # "New York, 23 July - The Council came to a decision late on Saturday": the dateline
        # gives the day the story was filed, the words after it the day of the news
        skip |= {id(m) for m in c.dates[:1] if m.start - c.lo < 40 and _DATELINE_END.match(
            text, m.end)}
    for m, nxt in zip(c.dates, c.dates[1:], strict=False):
        if m.kind == "weekday" and nxt.kind in ("full", "monthday", "day") and (
                text[m.end:nxt.start].strip(" ,") in ("", "the")):
            skip.add(id(m))  # "On Saturday, 19 September": the day in full says which Saturday
        elif m.kind == "relative" and nxt.kind == "weekday" and not text[m.end:nxt.start].strip(
                " ,"):
            skip.add(id(m))  # "yesterday, Wednesday, here in New York": the weekday says which
    for m in c.dates:
        if id(m) in skip:
            continue
        if tl.almanac:
            # "On this date ... In 1988, the Council adopted ...": an entry's year on the
            # column's own day of the year; a day without a year is the column's today
            day = _almanac_day(m, tl)
            if day is None:
                continue
        elif m.kind in ("year", "monthyear"):
            continue
        else:
            if _DATE_SKIP_BEFORE.search(text, max(c.lo, m.start - 12), m.start):
                continue
            if _STAMP_BEFORE.search(text, max(c.lo, m.start - 40), m.start):
                continue  # "Last updated: Tuesday, 17 March 1998": the page's, not the vote's
            if _HAPPENING_OF.search(text, max(c.lo, m.start - 60), m.start):
                continue  # "condemns the Hamas attacks on Israel of 7 October": their day
            if _RECEIVED_BEFORE.search(text, max(c.lo, m.start - 50), m.start):
                # "Messages received here yesterday from Lake Success state that the Council,
                # at its meeting on Saturday, adopted ...": the day the news came
                continue
            if m.kind == "weekday" and (m.modifier in ("next", "coming") or (
                    m.possessive and not _VOTE_NOUN_AFTER.match(text, m.end))):
                continue
            if m.kind == "weekday" and _FUTURE_BEFORE.search(text, max(c.lo, m.start - 110),
                                                             m.start):
                # ("a point many of our members will want to discuss at Thursday's meeting":
                # a day still to come)
                continue
            day = tl.resolve(m)
            if day is None:
                continue
            if tl.reference and tl.latest and (
                    day < tl.reference - timedelta(days=max(45, tl.span)) and not c.recalled
                    # ("The earlier vote, on Friday, 22 January, concerned ...": the clause that
                    # opens another text gives that text's day, however old)
                    and not (c.new_draft and not c.has_vote_content)
                    and not _DATE_ROW.match(c.sent.text)  # (a table names its meeting's day)
                    # ("It was adopted on Friday, 9 October 2015": the verb's own day in full)
                    and not (m.kind == "full" and any(_ON_FULL_DAY.fullmatch(text, k.end, m.start)
                                                      for k in c.live_outcomes))
                    # ("On Monday, 20th February, ... a text ... won the vote of the Soviet
                    # Union alone": a day told in full, weekday and date, opening the vote)
                    # ... or "The second is from Tuesday 2 August.", giving the day of the
                    # text told next
                    and not (m.kind in ("monthday", "full") and (om := _WEEKDAY_DATE_OPENS.match(
                        text, c.lo, m.start)) and tl.resolve(m) is not None
                        and (c.has_vote_content or c.live_outcomes or om.group("nth")))
                    or day > tl.latest + timedelta(days=3)):
                continue  # background: "20 May 2018", "October 7"
        if _event_before(text, max(c.lo, m.start - 60), m.start):
            continue  # "after the missile launch of 4 July": that event's day
        if anchors and anchors[-1] < m.start and _AFTER_VERB.search(
                text, max(anchors[-1], m.start - 120), m.start):
            # "adopted 15-0 at the end of a debate that began after Iraq wrote to the
            # Council on February 12": the day of the verb the "after" opens
            continue
        if not anchors and IN_RELATIVE.search(text, max(c.lo, m.start - 70), m.start):
            # "took up the application of Zambia, which became independent only last
            # Saturday": the day of what the aside tells
            continue
        if anchors and anchors[0] >= m.end and _subordinate(text, m, anchors[0]):
            continue  # "after Egypt withdrew its version on Thursday, the text passed"
        if _SAID_BEFORE.search(text, max(c.lo, m.start - 30), m.start) and all(
                a >= m.end for a in anchors) and not (
                # ("analysts said after Thursday's vote": the vote's day, named as its own)
                m.possessive and _VOTE_NOUN_NEXT.match(text, m.end)):
            # "a council diplomat said on Tuesday", "the minister said last night that the
            # veto would not weaken ...": the day of the saying
            continue
        if _NEWS_CAME.search(text, max(c.lo, m.start - 60), m.start) and all(
                a >= m.end for a in anchors):
            # "News came by the morning telegraph on Thursday that ... has been blocked": the
            # day the news arrived, not the vote's
            continue
        # the nearest vote word on each side; a verb between hands the date to that verb
        dist = 10_000
        k = bisect_left(anchors, m.start)
        for a in anchors[max(0, k - 1):k + 1]:
            lo, hi = (m.end, a) if a >= m.end else (a, m.start)
            other = _OTHER_VERB.search(text, lo, hi) is not None or (
                # "adopted resolution 991, which ends the mission on 30 April": the day of
                # what the relative clause after the vote tells
                a < m.start and IN_RELATIVE.search(text, a, m.start) is not None) or (
                # "Sweden, which had held back the day before, voted in favour": the day of
                # what the aside before the vote tells, closed by its comma
                a >= m.end and "," in text[m.end:a] and IN_RELATIVE.search(
                    text, max(c.lo, m.start - 70), m.start) is not None)
            d = abs(a - m.start) + (1_000 if other else 0)
            dist = min(dist, d)
        if dist < 1_000 and m.start - c.lo <= 4 and anchors and anchors[0] >= m.end and (
                m.kind in ("full", "monthday", "weekday") and _FRONTED.match(text, m.end)):
            # "On 15 July, the Council adopted resolution 1695 concerning the launch on 5
            # July": a date that opens the clause is the verb's own
            dist = 0
        if m.kind == "weekday" and m.possessive and dist >= 1_000 and _VOTE_NOUN_NEXT.match(
                text, m.end):
            dist = 1  # "Monday's vote on the observer force went ...": the vote's own day
        if id(m) in foreign:
            dist += 1_000
        if best is None or dist < best[0]:
            best = (dist, day, m.kind)
    return best
