"""What a draft was about, as a short noun phrase in the article's words ("sanctions on North
Korea over its ballistic missile launches", "condemning the annexation of four regions"), or
None when the story gives nothing better than a headline or a clause fragment.

Shown to people (``unvotes vetoes``), not scored: a wrong subject is worse than none, so the
phrase must sit right after a draft noun ("a draft on ...", "a text that would have
condemned ...", "a resolution calling for ...") and is cut at the first word that ends a noun
phrase (a verb, a clause, a date, a tally).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import word_starts
from .sentences import lower_same_length

__all__ = ["NOUN_WORDS", "noun_starts", "subject_of"]

_NOUN = (r"(?:draft\s+resolution|draft|text|resolution|proposal|measure|amendment|bid|"
         r"motion|document)")
# "vote in the United Nations Security Council on the situation in Gaza"
_WHERE = (r"(?:,?\s+(?:in|at|of|before)\s+the\s+(?:u\.?n\.?\s+|united\s+nations\s+)?"
          r"(?:security\s+)?council)?")
# "draft on X", "text concerning X", "bid for X"
_ABOUT = re.compile(
    rf"\b(?:{_NOUN}|vote)s?{_WHERE}\s+(?:on|concerning|about|regarding|over|relating\s+to|dealing\s+with|"
    r"for|against)\s+(?P<s>[^.;:()\n]{3,160})", re.I)
# "a text that would have condemned X", "the resolution, which demanded X"
_VERBS = {
    "called for": "calling for", "calls for": "calling for", "demanded": "demanding",
    "demands": "demanding", "condemned": "condemning", "condemns": "condemning",
    "imposed": "imposing", "imposes": "imposing", "extended": "extending",
    "extends": "extending", "renewed": "renewing", "renews": "renewing",
    "authorised": "authorising", "authorized": "authorizing", "established": "establishing",
    "urged": "urging", "urges": "urging", "deplored": "deploring", "deplores": "deploring",
    "recommended": "recommending", "declared": "declaring", "set up": "setting up",
    "created": "creating", "ended": "ending", "terminated": "terminating",
    "referred": "referring", "endorsed": "endorsing", "welcomed": "welcoming",
    "expressed": "expressing", "requested": "requesting", "strengthened": "strengthening",
    "tightened": "tightening", "lifted": "lifting", "banned": "banning",
    "kept": "keeping", "cut": "cutting", "reduced": "reducing", "allowed": "allowing",
}
_VERB_ALT = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in _VERBS),
                            key=len, reverse=True))
_WOULD = re.compile(
    rf"\b{_NOUN},?\s+(?:that|which)\s+(?:would\s+have\s+|would\s+|had\s+|has\s+|)"
    rf"(?:also\s+|formally\s+|strongly\s+)?(?P<v>{_VERB_ALT})\s+(?P<s>[^.;:()\n]{{3,160}})",
    re.I)
# "a resolution calling for X", "a draft to impose X"
_GERUNDS = ("calling for", "demanding", "condemning", "imposing", "extending", "renewing",
            "authorising", "authorizing", "establishing", "urging", "deploring",
            "recommending", "declaring", "setting up", "creating", "ending", "referring",
            "endorsing", "welcoming", "requesting", "tightening", "lifting", "banning",
            "seeking", "backing", "marking", "keeping")
_INFINITIVES = {"impose": "imposing", "extend": "extending", "renew": "renewing",
                "establish": "establishing", "create": "creating", "set up": "setting up",
                "condemn": "condemning", "demand": "demanding", "end": "ending",
                "refer": "referring", "authorise": "authorising", "authorize": "authorizing",
                "lift": "lifting", "keep": "keeping", "tighten": "tightening"}
_GERUND = re.compile(
    rf"\b{_NOUN},?\s+(?P<v>"
    + "|".join(g.replace(" ", r"\s+") for g in _GERUNDS)
    + r"|to\s+(?:" + "|".join(k.replace(" ", r"\s+") for k in _INFINITIVES)
    + r"))\s+(?P<s>[^.;:()\n]{3,160})", re.I)

# Where a noun phrase ends: punctuation, then (word by word) a verb or clause of the
# sentence around it, a date, a tally.
_HARD_STOP = re.compile(r",(?!\d{3})|\"|\s-\s|\|")
_STOP_WORDS = frozenset((
    "was", "were", "is", "are", "has", "had", "have", "will", "would", "failed", "fell", "falls",
    "fails", "passed", "won", "wins", "received", "receives", "got", "drew", "garnered",
    "secured", "obtained", "collected", "attracted", "vetoed", "blocked", "adopted", "rejected",
    "put", "tabled", "drafted", "circulated", "submitted", "sponsored", "kills", "sinks",
    "blocks", "vetoes", "backs", "slams", "passes", "adopts", "rejects", "loses", "after",
    "when", "which", "who", "whose", "but", "while", "because", "since", "as", "than", "until",
    "before", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "although", "though", "veto", "yesterday", "today", "tonight"))
_IRREGULAR_PAST = frozenset(("held", "made", "took", "gave", "sought", "kept", "set", "put",
                             "said", "told", "won", "cut", "left"))
_PLACE_AFTER_IN = frozenset(("un", "u.n.", "united", "security", "council", "chamber",
                             "15-member", "new"))
_MONTH_PREFIXES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                   "nov", "dec")
_TALLY_WORD = re.compile(r"\d+-\d+")


def _cut(words: list[str]) -> int:
    """How many of ``words`` belong to the noun phrase."""
    low = [w.lower().strip("'\u2019") for w in words]
    for i, w in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if w in _STOP_WORDS or _TALLY_WORD.fullmatch(w):
            return i
        if w == "by" and (nxt[:1].isdigit() or nxt in ("a", "russia", "china", "washington",
                                                       "moscow") or low[i + 2:i + 3] in (
                                                           ["votes"], ["vote"])):
            return i
        if w in ("on", "late", "early") and (nxt[:1].isdigit() or nxt in _STOP_WORDS):
            return i
        if w in ("in", "at") and (nxt in _PLACE_AFTER_IN or (
                nxt == "the" and low[i + 2:i + 3] and low[i + 2] in _PLACE_AFTER_IN)):
            return i
        if w in ("last", "this") and nxt in ("night", "week", "month", "morning"):
            return i
        if w == "with" and nxt[:1].isdigit():
            return i
        if w == "and" and (nxt.endswith("ed") or nxt in _IRREGULAR_PAST):
            return i
        if w[:1].isdigit() and len(w) <= 2 and nxt.startswith(_MONTH_PREFIXES):
            return i
    return len(words)


_TRAILING_WORDS = frozenset((
    "president", "ambassador", "minister", "mr", "the", "a", "an", "of", "and", "or", "to",
    "in", "on", "for", "with", "its", "their", "his", "her", "from", "at", "by", "that", "this",
    "against", "over", "into", "all", "some", "any", "as", "about", "between", "so", "who",
    "which"))


def _trim_tail(words: list[str]) -> list[str]:
    while words and (words[-1].lower() in _TRAILING_WORDS or words[-1].lower().endswith(
            ("'s", "\u2019s"))):
        words = words[:-1]
    return words


# A phrase naming the draft itself ("the vote on the French-Spanish draft") is not its topic.
_DRAFT_ITSELF = re.compile(r"\b(?:draft|text|proposal|resolution|measure|amendment)s?\b", re.I)
_BAD_START = re.compile(
    r"(?:was|were|is|are|has|had|enough|to|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|the\s+vote|its\s+own|"
    r"behalf|which|that|it\b|them\b|this\b|the\s+(?:draft|text|resolution|council)|"
    r"\d)", re.I)
_MAX_WORDS = 12


def _trim(s: str) -> str | None:
    stop = _HARD_STOP.search(s)
    if stop:
        s = s[:stop.start()]
    words = s.split()[:_MAX_WORDS + 1]
    s = " ".join(_trim_tail(words[:min(_cut(words), _MAX_WORDS)])).strip(" -'\u2019")
    if len(s.split()) < 2 or _BAD_START.match(s) or len(s) > 120 or _DRAFT_ITSELF.search(s):
        return None
    if s.count('"') % 2:
        s = s.replace('"', "")
    return s


NOUN_WORDS = ("draft", "text", "resolution", "proposal", "measure", "amendment", "bid",
              "motion", "document", "vote")


def noun_starts(low: str) -> list[int]:
    """Where the draft nouns start in the document (lower case): computed once per story."""
    return word_starts(low, 0, len(low), NOUN_WORDS)


def subject_of(spans: list[tuple[int, int]], text: str, low: str | None = None,
               nouns: list[int] | None = None) -> str | None:
    """The first good subject phrase in the clauses ``spans`` of ``text`` (in order);
    ``low`` is ``text`` in lower case of the same length and ``nouns`` its
    :func:`noun_starts`, when the caller has them."""
    if low is None:
        low = lower_same_length(text)
    if nouns is None:
        nouns = noun_starts(low)
    for lo, hi in spans:
        starts = nouns[bisect_left(nouns, lo):bisect_left(nouns, hi)]
        if not starts:
            continue
        best: tuple[int, str] | None = None
        for pat in (_WOULD, _GERUND, _ABOUT):
            for m in (m for i in starts if (m := pat.match(low, i, hi))):
                s = _trim(text[m.start("s"):m.end("s")])
                if s is None:
                    continue
                v = m.groupdict().get("v")
                if v:
                    key = re.sub(r"\s+", " ", v)
                    if key.startswith("to "):
                        lead = _INFINITIVES.get(key[3:], key[3:])
                    else:
                        lead = _VERBS.get(key, key)
                    s = f"{lead} {s}"
                if best is None or m.start() < best[0]:
                    best = (m.start(), s)
                break
        if best is not None:
            return best[1]
    return None
