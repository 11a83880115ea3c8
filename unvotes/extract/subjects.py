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

from .lexicon import word_starts
from .sentences import lower_same_length

__all__ = ["subject_of"]

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

# Where a noun phrase ends: a verb or clause of the sentence around it, a date, a tally.
_STOP = re.compile(
    r",(?!\d{3})|\"|\s-\s|\s\|"
    r"|\sand\s+(?:[a-z]+ed|held|made|took|gave|sought|kept|set|put|said|told|won|cut|left)\b"
    r"|\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|although|though|"
    r"veto|vetoes|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"
    r"|\s(?:was|were|is|are|has|had|have|will|would|failed|fell|falls|fails|passed|"
    r"kills|sinks|blocks|vetoes|backs|slams|passes|adopts|rejects|fails|falls|wins|loses|"
    r"won|wins|received|receives|got|drew|garnered|secured|obtained|collected|attracted|"
    r"vetoed|blocked|adopted|rejected|put|tabled|drafted|circulated|submitted|sponsored|"
    r"after|when|which|who|whose|but|while|because|since|as|than|until|before|"
    r"by\s+(?:a\s+vote|\d+|[a-z]+\s+votes?|russia|china|the\s+united|washington|moscow)|"
    r"(?:on|late\s+on|early\s+on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|\d)|(?:in|at)\s+(?:the\s+)?(?:un|u\.n\.|united\s+nations|security|council|new\s+york|"
    r"chamber|15-member)|yesterday|today|tonight|last\s+(?:night|week|month)|this\s+(?:week|"
    r"morning)|with\s+\d|\d+\s*-\s*\d)\b",
    re.I)
_TRAILING = re.compile(
    r"(?:\s+(?:[\w-]+'s|president|ambassador|minister|mr|the|a|an|of|and|or|to|in|on|for|with|its|their|his|her|from|at|by|that|this|"
    r"against|over|into|all|some|any|as|about|between|so|who|which))+\s*$", re.I)
# A phrase naming the draft itself ("the vote on the French-Spanish draft") is not its topic.
_DRAFT_ITSELF = re.compile(r"\b(?:draft|text|proposal|resolution|measure|amendment)s?\b", re.I)
_BAD_START = re.compile(
    r"(?:was|were|is|are|has|had|enough|to|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|the\s+vote|its\s+own|"
    r"behalf|which|that|it\b|them\b|this\b|the\s+(?:draft|text|resolution|council)|"
    r"\d)", re.I)
_MAX_WORDS = 12


def _trim(s: str) -> str | None:
    stop = _STOP.search(s)
    if stop:
        s = s[:stop.start()]
    words = s.split()
    if len(words) > _MAX_WORDS:
        s = " ".join(words[:_MAX_WORDS])
    s = _TRAILING.sub("", s).strip(" -'\u2019")
    if len(s.split()) < 2 or _BAD_START.match(s) or len(s) > 120 or _DRAFT_ITSELF.search(s):
        return None
    if s.count('"') % 2:
        s = s.replace('"', "")
    return s


_NOUN_WORDS = ("draft", "text", "resolution", "proposal", "measure", "amendment", "bid",
               "motion", "document", "vote")


def subject_of(spans: list[tuple[int, int]], text: str) -> str | None:
    """The first good subject phrase in the clauses ``spans`` of ``text`` (in order)."""
    for lo, hi in spans:
        seg = text[lo:hi]
        low = lower_same_length(seg)
        starts = sorted({i for w in _NOUN_WORDS for i in word_starts(low, 0, len(low), (w,))})
        if not starts:
            continue
        best: tuple[int, str] | None = None
        for pat in (_WOULD, _GERUND, _ABOUT):
            for m in (m for i in starts if (m := pat.match(low, i))):
                s = _trim(seg[m.start("s"):m.end("s")])
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
