"""Which member voted how: attach lists of members to the vote words of a clause.

A clause is read as a sequence of *lists* (members, counted groups such as "the other nine
members", or "the sponsors") and *vote cues* (:mod:`.cues`). A list takes the vote of

* the cue just before it when the cue introduces voters ("abstentions (Angola, China)",
  "ten votes in favour - the United States, Britain, ...", "as did South Africa"), else
* the first verb after it, across an aside ("China, usually a reliable partner for Moscow
  in the chamber, abstained"), and lists chained to it by "joined"/"along with".

A list whose first member follows a preposition ("a partner for Moscow", "sanctions on
North Korea") is a complement, never a subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actors import Mention
from .cues import ATTRIBUTIVE, VoteCue
from .numbers import find_count_groups

__all__ = ["Item", "Assignment", "attribute"]


@dataclass(slots=True)
class Item:
    start: int
    end: int
    kind: str  # "member", "group" (a counted group), "sponsors"
    mention: Mention | None = None
    count: int | None = None
    qualified: bool = False  # "the four other permanent members": a part, not a total
    after_preposition: bool = False


@dataclass(slots=True)
class Assignment:
    """``items`` voted ``vote``; ``how`` is the cue's kind (veto/block need a P5 voter)."""

    items: list[Item]
    vote: str
    how: str
    cue_start: int
    cue_end: int
    copy_from: list[Item] = field(default_factory=list)


_LIST_SEP = re.compile(
    r"[\s,]*(?:(?:and|as\s+well\s+as|plus|together\s+with|along\s+with|alongside|including|"
    r"or|&|also|among\s+them|such\s+as|namely|besides)\s+)?(?:the\s+)?"
    r"(?:(?:two|three|four|five|both|other|fellow|veto-holding|permanent|elected|"
    r"non-permanent|council|members?|powers?|countries|states|nations|african|"
    r"european|western|arab|asian|latin)\s+)*(?:the\s+)?[\s,:(\-]*$",
)
_POST_GAP_NOUN = re.compile(
    r"[\s,:(\-]*(?:(?:came\s+)?from|including|namely|among\s+them|by|were|was|with|"
    r"cast\s+by)?[\s,:(\-]*(?:the\s+)?$",
)
_POST_GAP_VERB = re.compile(
    r"[\s,]*(?:(?:it|them|this|the\s+(?:text|draft|resolution|measure))\s*,?\s*)?"
    r"(?:together\s+with|along\s+with|alongside|as\s+did|as\s+were|as\s+was|"
    r"joined\s+by|among\s+them|including|like|as\s+had)\s+(?:the\s+)?$",
)
_POST_GAP_BY = re.compile(r"\s*(?:\w+\s+){0,2}by\s+(?:the\s+)?$")
_CHAIN = re.compile(
    r"[\s,]*(?:joined|join|joining|sided\s+with|along\s+with|together\s+with|and|"
    r"as\s+well\s+as|besides)\s+(?:the\s+)?$",
)
# "with Brazil and India abstaining" and "after Russia vetoed" introduce subjects; these
# introduce complements.
_PREPOSITION = re.compile(
    r"\b(?:on|in|over|about|to|toward|towards|against|at|from|into|for|of|under|between|"
    r"within|than|like|unlike|via|upon|by|behind|around|through|across|as)\s+(?:the\s+)?$",
)
_DRAFTED = re.compile(
    r"\s*-\s*(?:drafted|sponsored|authored|led|proposed|written|penned|crafted|backed|"
    r"tabled|submitted)\b",
)
_HYPHENATED = re.compile(r"-[a-z]")
# "Ambassadors from Ivory Coast", "the delegations of France and Japan": still the subject.
_SPOKESPEOPLE_OF = re.compile(
    r"\b(?:ambassadors?|envoys?|delegations?|delegates?|representatives?|diplomats?|"
    r"governments?|members?)\s+(?:from|of)\s+(?:the\s+)?$")
_SPONSORS_REF = re.compile(r"\b(?:the\s+)?(?:\w+\s+)?(?:co-?)?sponsors\b")
_QUALIFIED = re.compile(r"permanent|elected|european|western|african|arab|latin")
_MAX_PRE_GAP = 90


def _items(text: str, lo: int, hi: int, mentions: list[Mention],
           numbers: list[int] | None = None) -> list[Item]:
    items: list[Item] = []
    for m in mentions:
        if not any(e.code for e in m.entries):
            continue
        if (_DRAFTED.match(text, m.end, hi) or _HYPHENATED.match(text, m.end, hi)
                or ATTRIBUTIVE.match(text, m.end, min(hi, m.end + 60))):
            # "Russia's text", "the U.S.-drafted resolution", "French-Spanish text": drafters
            continue
        prep = _PREPOSITION.search(text, max(lo, m.start - 14), m.start) is not None and (
            _SPOKESPEOPLE_OF.search(text, max(lo, m.start - 40), m.start) is None)
        items.append(Item(m.start, m.end, "member", mention=m, after_preposition=prep))
    for n, s, e in find_count_groups(text, lo, hi, numbers) if numbers else ():
        if any(i.start < e and s < i.end for i in items):
            continue
        prep = _PREPOSITION.search(text, max(lo, s - 14), s) is not None
        items.append(Item(s, e, "group", count=n, qualified=bool(_QUALIFIED.search(text, s, e)),
                          after_preposition=prep))
    for m in _SPONSORS_REF.finditer(text, lo, hi) if "sponsor" in text[lo:hi].lower() else ():
        if any(i.start < m.end() and m.start() < i.end for i in items):
            continue
        items.append(Item(m.start(), m.end(), "sponsors"))
    items.sort(key=lambda i: i.start)
    return items


def _lists(text: str, items: list[Item]) -> list[list[Item]]:
    out: list[list[Item]] = []
    for it in items:
        if out and _LIST_SEP.match(text, out[-1][-1].end, it.start):
            out[-1].append(it)
        else:
            out.append([it])
    return out


def attribute(text: str, lo: int, hi: int, mentions: list[Mention], cues: list[VoteCue],
              numbers: list[int] | None = None) -> list[Assignment]:
    """Member votes stated in the clause ``text[lo:hi]`` (lower case); ``numbers`` are
    where numbers start in the clause (counted groups: "the other nine members")."""
    cues = [c for c in cues if c.live]
    if not cues:
        return []
    lists = _lists(text, _items(text, lo, hi, mentions, numbers))
    if not lists:
        return []
    out: list[Assignment] = []
    used: set[int] = set()

    # 1. Lists introduced by the cue before them.
    for li, lst in enumerate(lists):
        first = lst[0]
        prev = None
        for c in cues:
            if c.end <= first.start:
                prev = c
            else:
                break
        if prev is None:
            continue
        # the cue must not be separated from the list by another list
        if li > 0 and lists[li - 1][-1].end > prev.end:
            continue
        gap_ok = False
        if prev.how in ("post", "both"):
            gap_ok = _POST_GAP_NOUN.match(text, prev.end, first.start) is not None
        elif prev.how in ("veto", "block"):
            gap_ok = _POST_GAP_BY.match(text, prev.end, first.start) is not None or (
                _POST_GAP_VERB.match(text, prev.end, first.start) is not None)
        elif prev.how in ("pre",):
            gap_ok = _POST_GAP_VERB.match(text, prev.end, first.start) is not None
        if gap_ok:
            out.append(Assignment(lst, prev.vote, prev.how, prev.start, prev.end))
            used.add(li)

    # 2. Verbs take the nearest free list before them (and lists chained to it).
    for ci, c in enumerate(cues):
        if c.how == "post":
            continue
        if c.how == "vetonoun":
            # only a member glued to the noun: "a Russian veto", "China's veto"
            for li, lst in enumerate(lists):
                if li not in used and 0 <= c.start - lst[-1].end <= 4 and re.fullmatch(
                        r"(?:'s|')?\s*", text[lst[-1].end:c.start]):
                    out.append(Assignment(lst, "no", "veto", c.start, c.end))
                    used.add(li)
                    break
            continue
        prev_cue_end = cues[ci - 1].end if ci > 0 else lo
        cand = None
        for li in range(len(lists) - 1, -1, -1):
            lst = lists[li]
            if lst[-1].end > c.start:
                continue
            if lst[-1].end < prev_cue_end:
                break
            if li in used or lst[0].after_preposition:
                continue
            gap = text[lst[-1].end:c.start]
            if len(gap) > _MAX_PRE_GAP or re.search(r"[.;:?!]", gap):
                break
            cand = li
            break
        if cand is None:
            continue
        chain = [cand]
        k = cand
        while k > 0 and (k - 1) not in used and _CHAIN.match(text, lists[k - 1][-1].end,
                                                             lists[k][0].start):
            if lists[k - 1][-1].end < prev_cue_end:
                break
            k -= 1
            chain.append(k)
        members = [it for li in sorted(chain) for it in lists[li]]
        used.update(chain)
        a = Assignment(members, c.vote, c.how, c.start, c.end)
        if c.vote == "copy":
            # "South Africa, Libya and Vietnam sided with Moscow and Beijing"
            for li, lst in enumerate(lists):
                if li not in used and lst[0].start >= c.end and re.fullmatch(
                        r"[\s,]*(?:the\s+)?", text[c.end:lst[0].start]):
                    a.copy_from = lst
                    used.add(li)
                    break
            if not a.copy_from:
                continue
        out.append(a)
    return out
