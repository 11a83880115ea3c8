"""Admission stories: the applicant states a story tells of, and which one a clause is about.

The Council votes on each application for membership separately, and a story of a
membership round tells them applicant by applicant ("Portugal's application met the same
fate ... Transjordan received nine votes"), often without the word "draft". Each applicant
the story names as such is then a vote of its own, and a clause that names one applicant
speaks of that applicant's recommendation.

Only states named with an admission word count ("Ireland's application", "the admission of
Guinea", "the name of Italy"), never a member of the Council on the story's day: those
cast the votes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .actors import Mention
from .clauses import Clause

__all__ = ["SAME_FOR", "Roster", "applicants", "clause_applicants", "roster_for"]

# after the name: "Ireland's application", "Finland's U.N. application", "its application"
_AFTER = re.compile(r"(?:'s|s')?\s+(?:[\w.]+\s+){0,2}?(?:application|admission|candidacy|"
                    r"candidature|bid\s+for\s+(?:admission|membership)|"
                    # "Portugal's request to enter the United Nations"
                    r"request\s+(?:to\s+(?:enter|join)|for\s+(?:admission|membership)))\b"
                    # "recommended Guinea for membership", "the Republic of Korea for admission"
                    r"|\s+for\s+(?:admission|membership)\b"
                    # ("took up Italy's request, which had already been blocked in August"; not
                    # "Ukraine's request for a meeting")
                    r"|['\u2019]s\s+request\b(?!\s+(?:for|to|that|of)\b)"
                    # ("Transjordan, too, was refused: nine in favour, the Soviet Union against")
                    # ("Ireland, whose printers our members met in 1938, was refused.")
                    r"|(?:\s*,\s*(?:too|also)\s*,|\s*,\s*(?:whose|which|who)\s[^,;.]{1,80},)?"
                    r"\s+was\s+(?:also\s+)?(?:refused|turned\s+down|"
                    r"rejected|kept\s+out)\b"
                    # ("our friends from the Republic of Korea suffered the same fate", told
                    # after an applicant refused)
                    r"|\s+(?:also\s+)?(?:suffered|met|shared)\s+the\s+same\s+fate\b"
                    # ("Italy asked for a place and received nine votes")
                    r"|\s+(?:asked|applied)\s+for\s+(?:a\s+place|a\s+seat|membership|admission)\b"
                    # "recommended that Slovakia be admitted" ("that the Congo, independent
                    # since 30 June, be admitted")
                    r"|(?:\s*,[^,;.]{1,60},)?\s+(?:be|should\s+be)\s+admitted\b"
                    # "Finland received nine votes in favour" (a state off the Council is voted
                    # on, not voting)
                    r"|\s+(?:received|got|won|obtained|drew|gathered)\s+(?:only\s+)?[\w-]+\s+"
                    r"(?:votes?|affirmative\s+votes)\b", re.I)
# "Portugal, our old friend on the Atlantic, whose application (S/1331) went down by nine
# votes to two": an applicant voted on, where the clause gives the text or its count (not "the
# Republic of Korea, whose application went down before Easter": a record recalled)
_WHOSE_APPLICATION = re.compile(r"(?:\s*,[^,;.]{1,80})?,\s*whose\s+(?:[\w-]+\s+)?(?:application|"
                                r"candidacy|candidature)\b", re.I)
_STATES = r"(?:states|countries|nations|applicants|candidates)"
# the style before a state's short name: "the Kingdom of Transjordan" (not "the Republic of
# South Vietnam", where the style is part of a name the lexicon reads short)
_STYLED = r"(?:(?:hashemite\s+)?(?:kingdom|principality|grand\s+duchy)\s+of\s+(?:the\s+)?)?"
# before the name: "the applications of Portugal and Transjordan", "the applications of
# seven states which ...: Portugal, ...", "the name of Italy", "the resolution on Viet-Nam",
# "the draft resolution recommending the Republic of Korea"
# "The same thing happened to Portugal and to Transjordan": more applicants, each refused
# like the one just told
# ("On Thursday the same fate met Japan")
# ... "The same afternoon brought the same fate to the Kingdom of Transjordan"
# ("The same fate, by the same figures and the same hands, befell Portugal and the Kingdom of
# Transjordan")
_SAME_HAPPENED = (r"\bsame\s+(?:thing|fate)(?:\s*,[^,;.]{1,60},)?\s+(?:also\s+)?(?:(?:happened|"
                  r"came)\s+(?:also\s+)?to|befell(?:\s+(?:also\s+)?to)?|met|awaited|overtook)"
                  r"|\b(?:brought|brings|dealt|meant)\s+the\s+same\s+fate\s+(?:also\s+)?to")
_BEFORE = re.compile(
    # ("the admission of the Federation of Mali")
    r"(?:\b(?:applications?|admission|candidacy|candidature)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:(?<=federation\s)of\s+)?"
    # ("the applications of several States for membership, among them Ireland, Portugal and
    # Transjordan")
    r"(?:" + _STATES + r"\b[^.;:]{0,160}(?::|,\s*among\s+them)\s*)?"
    r"|\bthe\s+name\s+of\s+"
    # ("a batch of applications for membership, among them those of Ireland, Portugal and
    # Transjordan")
    r"|\bapplications\s+(?:for\s+(?:membership|admission)\s*)?,\s*among\s+them\s+(?:those\s+"
    r"of\s+)?"
    # (a text "on" a state is about admission only in a story that speaks of applicants)
    r"|(?P<weak>\b(?:resolution|draft|text|recommendation)\s+(?:on|recommending|admitting)\s+"
    r"(?:the\s+admission\s+of\s+)?"
    # ("raised his hand against Italy", "those who voted for Italy": a state, not a text,
    # is what members vote for only in an admission story)
    r"|\b(?:voted|votes|vote|voting|hands?)\s+(?:for|against)\s+"
    # ("the Council had turned down Portugal in the same way": a state refused, in a story
    # that has named an applicant as such)
    r"|\b(?:turned\s+down|rejected|kept\s+out)\s+"
    # ("the Council voted on Ireland and on Transjordan": a round of applicants, in a story
    # that has named one as such)
    r"|(?P<on>\bvoted\s+(?:separately\s+)?on\s+)"
    # ("The same thing happened to Portugal and to Transjordan", after an applicant refused)
    r"|(?:" + _SAME_HAPPENED + r")\s+"
    r"))(?:the\s+)?" + _STYLED + "$", re.I)
_BEFORE_REACH = 220
# "the Council did the same for Kyrgyzstan, Uzbekistan and Tajikistan": more applicants,
# in a story that has named one as such (each one a vote like the applicant before)
# ... "The same thing happened to Portugal and to Transjordan"
SAME_FOR = (r"\b(?:did|does|do|has\s+done|had\s+done)\s+the\s+same\s+for\b"
            r"|" + _SAME_HAPPENED + r"\b")
_SAME_FOR = re.compile(rf"(?:{SAME_FOR})\s+(?:the\s+)?{_STYLED}$", re.I)
# between two names of one list: "Portugal, Transjordan, Italy and Ceylon"
# ... "Portugal and the Kingdom of Transjordan"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?" + _STYLED + "$", re.I)
# ... "of Chad, of our own Republic of the Congo, of Gabon and of the Central African
# Republic": a round told name by name (of two, "the applications of Japan and of Mongolia"
# may be one text that defers both; "voted on Ireland and on Transjordan" is two votes)
_OF_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<prep>of|on|to)\s+"
                     r"(?:(?:our|their)\s+own\s+)?(?:the\s+)?$", re.I)
_OF_LIST_MIN = 3
# the sentence after a name that begins "Its application ...": "Transjordan was also
# refused. Its application gathered eight votes"
_ITS_APPLICATION = re.compile(r"\W{0,3}(?:its|her)\s+application\b", re.I)


@dataclass(frozen=True)
class Roster:
    """The applicants one sentence lists after "the applications of", in order."""

    start: int  # where the list's cue begins (a document offset)
    named: tuple[tuple[str, str], ...]  # (code, the name as the story spells it)


# A state applies under its name: "Dublin", "the Finnish delegate", "Moscow" speak of a
# government or a people, not of an application.
_NAME_KINDS = frozenset({"name", "official", "historical", "short"})


# "recommended that Afghanistan, Iceland and Sweden be admitted": each one an applicant
_LIST_ADMITTED = re.compile(r"\s+(?:be|should\s+be)\s+admitted\b", re.I)
# "The Italian application", "the Austrian request for admission": a people's word before an
# admission word names the applicant too
_DEMONYM_APPLIES = re.compile(r"\s+(?:application|candidacy|candidature|request\s+for\s+"
                              r"(?:admission|membership))\b", re.I)


_CAPITAL_APPLIES = re.compile(r"['\u2019]s\s+(?:application|admission|candidacy|candidature)\b",
                              re.I)


def _code(m: Mention, day: date | None, text: str | None = None, base: int = 0) -> str | None:
    if m.kind not in _NAME_KINDS and not (
            m.kind == "demonym" and text is not None
            and _DEMONYM_APPLIES.match(text, m.end - base) is not None) and not (
            # ("the draft recommending Tokyo's admission": the capital for the state, when
            # the admission word is its own)
            m.kind == "capital" and text is not None
            and _CAPITAL_APPLIES.match(text, m.end - base) is not None):
        return None
    return m.code(day) if day is not None else m.code()


def _lists(c: Clause) -> list[list[Mention]]:
    """The clause's mentions in runs of one list each ("Portugal and Transjordan")."""
    runs: list[list[Mention]] = []
    by_of: set[int] = set()  # the runs joined by "of" at least once
    text, base = c.sent.text, c.sent.start
    for m in sorted(c.mentions, key=lambda m: m.start):
        if runs and _LIST_GAP.fullmatch(text, runs[-1][-1].end - base, m.start - base):
            runs[-1].append(m)
        elif runs and (g := _OF_GAP.fullmatch(text, runs[-1][-1].end - base, m.start - base)):
            runs[-1].append(m)
            if g.group("prep").lower() == "of":
                by_of.add(len(runs) - 1)
        else:
            runs.append([m])
    out: list[list[Mention]] = []
    for k, run in enumerate(runs):
        if k in by_of and len(run) < _OF_LIST_MIN:
            out += _split_of(text, base, run)
        else:
            out.append(run)
    return out


def _split_of(text: str, base: int, run: list[Mention]) -> list[list[Mention]]:
    """A short run cut again where "of" joined its names."""
    out = [[run[0]]]
    for m in run[1:]:
        if _LIST_GAP.fullmatch(text, out[-1][-1].end - base, m.start - base):
            out[-1].append(m)
        else:
            out.append([m])
    return out


def applicants(clauses: list[Clause], day: date | None, council: frozenset[str]
               ) -> tuple[set[str], list[Roster]]:
    """The states the story names as applicants (never a member of the Council), and the
    lists of them it gives after "the applications of"."""
    found: set[str] = set()
    strong = False  # named once with an admission word: a story of applicants
    rosters: list[Roster] = []
    for i, c in enumerate(clauses):
        text, base = c.sent.text, c.sent.start
        for run in _lists(c):
            while len(run) > 1 and run[-1].kind not in _NAME_KINDS:
                # ("the applications of Transjordan and Portugal, and Moscow disposed of
                # both": a capital after the list is the next clause's subject)
                run = run[:-1]
            first, last = run[0].start - base, run[-1].end - base
            before = _BEFORE.search(text, max(0, first - _BEFORE_REACH), first)
            after = len(run) == 1 and (_AFTER.match(text, last) is not None or (
                run[0].kind == "demonym" and _DEMONYM_APPLIES.match(text, last) is not None)) or (
                len(run) > 1 and _LIST_ADMITTED.match(text, last) is not None) or (
                len(run) == 1 and bool(c.symbols or c.counts or c.tallies)
                and _WHOSE_APPLICATION.match(text, last) is not None)
            nxt = clauses[i + 1] if i + 1 < len(clauses) else None
            its = len(run) == 1 and nxt is not None and nxt.sent is not c.sent and (
                nxt.lo == nxt.sent.start and run[0].start - base < 3
                and _ITS_APPLICATION.match(nxt.sent.text) is not None)
            same = _SAME_FOR.search(text, max(0, first - 40), first) is not None
            if not (before or after or its or same):
                continue
            codes = [_code(m, day, text, base) for m in run]
            if not all(code and code not in council for code in codes):
                continue  # a list with a Council member in it is of voters, not applicants
            named = {code: text[m.start - base:m.end - base]
                     for m, code in zip(run, codes, strict=True) if code}
            found.update(named)
            strong = strong or after or its or (
                before is not None and not before.group("weak") and not before.group("on"))
            if before is not None and len(named) >= 2 and (
                    "application" in (cue := before.group().lower()) or "admission" in cue
                    or before.group("on")):
                # ("the admission of the two German States" is one vote; a roster counts
                # only where a clause then says "each")
                rosters.append(Roster(base + before.start(), tuple(named.items())))
    return (found, rosters) if strong else (set(), [])


def clause_applicants(c: Clause, found: set[str], day: date | None) -> dict[str, str]:
    """The applicants the clause names, in order, less those it names as voters: each code
    with the name as the story spells it ("Ceylon", "Transjordan")."""
    voters = {id(it.mention) for a in c.votes for it in a.items if it.mention is not None}
    out: dict[str, str] = {}
    for m in sorted(c.mentions, key=lambda m: m.start):
        code = _code(m, day, c.sent.text, c.sent.start)
        if code in found and id(m) not in voters and code not in out:
            out[code] = c.sent.text[m.start - c.sent.start:m.end - c.sent.start]
    return out


def roster_for(c: Clause, rosters: list[Roster], reach: int) -> Roster | None:
    """The list of applicants a clause about each of them speaks of ("Each application was
    put to the vote separately"): the last one given before it, not too far back."""
    best = None
    for r in rosters:
        if c.lo - reach <= r.start < c.hi:
            best = r
    return best
