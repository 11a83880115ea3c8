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
# (not "without a vote against or an abstention": a "vote for" or "against" is a side)
_ABOUT = re.compile(
    rf"\b(?:{_NOUN}s?{_WHERE}\s+(?:on|concerning|about|regarding|over|relating\s+to|"
    r"dealing\s+with|for|against)"
    rf"|votes?{_WHERE}\s+(?:on|concerning|about|regarding|over|relating\s+to|dealing\s+with))"
    r"\s+(?P<s>[^.;:()\n]{3,160})", re.I)
# between a draft noun and what it says: where it stood ("a resolution in the UN Security
# Council that called for ..."), who drafted it (", drafted by Ireland and Niger, that ...",
# ", which Britain had championed, would have ...")
_FILLER = (r"(?:\s+(?:in|at|before)\s+the\s+(?:u\.?n\.?\s+|united\s+nations\s+)?"
           r"(?:security\s+)?council)?(?P<aside>,\s[^,.;:()\n]{1,100},)?")
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
    "called on": "calling on", "calls on": "calling on",
}
_VERB_ALT = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in _VERBS),
                            key=len, reverse=True))
_WOULD = re.compile(
    rf"\b{_NOUN}{_FILLER},?\s+(?P<rel>(?:that|which)\s+)?(?P<mod>would\s+have\s+|would\s+|"
    rf"had\s+|has\s+)?(?:also\s+|formally\s+|strongly\s+)?(?P<v>{_VERB_ALT}|[a-z]{{2,}}"
    r"[^e\Wi]ed)\s+(?P<s>[^.;:()\n]{3,160})",
    re.I)


def _would_verb(m: re.Match[str]) -> str | None:
    """How a :data:`_WOULD` match leads its subject ("condemning"), None when it is no
    statement of what the draft said ("the text passed ...", "the draft, which Russia
    vetoed, won ...")."""
    v = re.sub(r"\s+", " ", m.group("v").lower())
    known = _VERBS.get(v)
    mod = m.group("mod") or ""
    if known is None:
        # any verb after "would have": "would have formally treated climate change as ..."
        if not mod.startswith("would have"):
            return None
        stem = v[:-2]
        return stem + "ing"
    if m.group("rel") is None and m.group("aside") is None and mod:
        return None  # "the draft had condemned": a clause of its own, not the draft's
    return known


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
    rf"\b{_NOUN}{_FILLER},?\s+(?P<v>"
    + "|".join(g.replace(" ", r"\s+") for g in _GERUNDS)
    + r"|to\s+(?:" + "|".join(k.replace(" ", r"\s+") for k in _INFINITIVES)
    + r")|(?P<ing>[a-z]{3,}ing(?:\s+(?:out|up|on|for|down))?))\s+(?P<s>[^.;:()\n]{3,160})",
    re.I)
# "-ing" words after a draft noun that do not say what the draft did
_NOT_GERUND = frozenset(("during", "being", "following", "voting", "nothing", "morning",
                         "evening", "according", "regarding", "concerning", "meeting",
                         "bring", "thing", "string", "spring", "king", "sing", "including",
                         "notwithstanding", "pending", "having", "remaining", "getting",
                         "receiving", "winning", "failing", "drawing", "going", "coming",
                         "passing", "needing", "requiring", "saying", "making", "taking",
                         "putting", "tabling", "drafting", "sponsoring", "circulating",
                         "submitting", "introducing", "presenting", "gathering",
                         "garnering", "securing", "obtaining", "attracting", "collecting",
                         "mustering", "falling", "meaning", "leaving", "prompting",
                         "forcing", "allowing", "ending", "sparking", "bearing", "carrying",
                         "numbering"))

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
    "although", "though", "veto", "yesterday", "today", "tonight", "came", "comes", "during",
    "amid"))
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
        if w == "in" and nxt in ("response", "reaction", "retaliation"):
            return i  # "sanctions on North Korea in response to its latest test"
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
_DRAFT_ITSELF = re.compile(r"\b(?:draft|text|proposal|resolution|measure|amendment|symbol)s?\b"
                           r"|\bs/\d", re.I)
_BAD_START = re.compile(
    r"(?:(?:was|were|is|are|has|had|enough|to|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|the\s+vote|its\s+own|"
    r"behalf|which|that|it|them|this|the\s+(?:draft|text|resolution|council))\b|"
    r"\d)", re.I)
_MAX_WORDS = 12


# where a phrase too long to keep whole may be cut: before its last complement
_LAST_COMPLEMENT = frozenset(("to", "for", "in", "at", "with", "by", "on", "from", "against",
                              "and", "over", "into"))


_NUMBER_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight",
                           "nine", "ten", "zero", "none"))


def _trim(s: str) -> str | None:
    stop = _HARD_STOP.search(s)
    if stop:
        s = s[:stop.start()]
    words = s.split()[:_MAX_WORDS + 1]
    n = _cut(words)
    low = [w.lower() for w in words[:n]]
    if "that" in low:
        # "voicing concern that Venezuela's election": a clause cut short says nothing
        n = low.index("that")
        if n <= 2:
            return None
    if n > _MAX_WORDS:
        # too long: end before its last complement rather than mid-phrase ("... to prosecute
        # those responsible for shooting down Malaysia")
        n = next((i for i in range(_MAX_WORDS - 1, 3, -1) if low[i] in _LAST_COMPLEMENT),
                 _MAX_WORDS)
    kept = _trim_tail(words[:n])
    if len(kept) > 3 and kept[-2].lower() == "to" and kept[-1].islower() and (
            kept[-1] not in _NUMBER_WORDS):
        kept = _trim_tail(kept[:-2])  # "authorising member states to use": the object is gone
    s = " ".join(kept).strip(" -'\u2019")
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


# What the Council itself did, in a lead: "The U.N. Security Council on Friday unanimously
# approved new sanctions on North Korea", "the Council on Monday demanded an immediate
# ceasefire in Gaza"
_ACTS = {"approved": "", "adopted": "", "demanded": "demanding", "condemned": "condemning",
         "imposed": "imposing", "extended": "extending", "renewed": "renewing",
         "authorised": "authorising", "authorized": "authorizing", "established": "establishing",
         "set up": "setting up", "created": "creating", "endorsed": "endorsing",
         "called for": "calling for", "urged": "urging", "tightened": "tightening",
         "lifted": "lifting", "strengthened": "strengthening", "deplored": "deploring",
         "recommended": "recommending", "referred": "referring"}
_ACT_ALT = "|".join(sorted((v.replace(" ", r"\s+") for v in _ACTS), key=len, reverse=True))
_COUNCIL_ACT = re.compile(
    r"council(?:\s+(?:on|late\s+on|early\s+on|late|early)\s+[a-z]+(?:\s+(?:night|morning|"
    r"afternoon|evening))?|\s+in\s+new\s+york|\s+(?:unanimously|today|yesterday|tonight|also|"
    rf"overwhelmingly|formally|again))*,?\s+(?P<v>{_ACT_ALT})\s+(?P<s>[^.;:()\n]{{3,160}})")
_ONE_WORD_PREP = re.compile(r"\s(?:on|concerning|about|regarding|over)\s+$")


def _one_word(s: str) -> str | None:
    """A single name as the subject: "a draft resolution on Myanmar put forward by ..."."""
    words = s.split()[:2]
    if not words:
        return None
    w = words[0].strip(",;'\u2019")
    if len(w) < 3 or not w[0].isupper() or not w[1:].islower() or w.lower() in _STOP_WORDS or (
            w.lower().startswith(_MONTH_PREFIXES)) or _BAD_START.match(w):
        return None
    if len(words) > 1 and words[0][-1:] not in ",;" and _cut(words) > 1:
        return None  # more words that belong to the phrase: not a name standing alone
    return w


def _found(pat: re.Pattern[str], m: re.Match[str], text: str) -> str | None:
    s = _trim(text[m.start("s"):m.end("s")])
    if s is None:
        if pat is _ABOUT and _ONE_WORD_PREP.search(text, m.start(), m.start("s")):
            name = _one_word(text[m.start("s"):m.end("s")])
            return f"\0{name}" if name else None  # marked: a last resort
        return None
    if pat is _WOULD:
        lead: str | None = _would_verb(m)
        if lead is None:
            return None
    elif pat is _GERUND and m.group("ing"):
        ing = m.group("ing").lower()
        if ing.split()[0] in _NOT_GERUND:
            return None
        lead = re.sub(r"\s+", " ", ing)
    else:
        v = m.groupdict().get("v")
        if not v:
            return s
        key = re.sub(r"\s+", " ", v.lower())
        lead = _INFINITIVES.get(key[3:], key[3:]) if key.startswith("to ") else _VERBS.get(
            key, key)
    return f"{lead} {s}"


def _council_act(text: str, low: str, lo: int, hi: int) -> str | None:
    i = low.find("council", lo, hi)
    while i != -1:
        m = _COUNCIL_ACT.match(low, i, hi)
        if m is not None:
            s = _trim(text[m.start("s"):m.end("s")])
            if s is not None:
                lead = _ACTS[re.sub(r"\s+", " ", m.group("v"))]
                return f"{lead} {s}" if lead else s
        i = low.find("council", i + 7, hi)
    return None


def subject_of(spans: list[tuple[int, int]], text: str, low: str | None = None,
               nouns: list[int] | None = None) -> str | None:
    """The first good subject phrase in the clauses ``spans`` of ``text`` (in order);
    ``low`` is ``text`` in lower case of the same length and ``nouns`` its
    :func:`noun_starts`, when the caller has them."""
    if low is None:
        low = lower_same_length(text)
    if nouns is None:
        nouns = noun_starts(low)
    name: str | None = None  # a single name, kept only when nothing better turns up
    for lo, hi in spans:
        starts = nouns[bisect_left(nouns, lo):bisect_left(nouns, hi)]
        best: tuple[int, str] | None = None
        for pat in (_WOULD, _GERUND, _ABOUT) if starts else ():
            for m in (m for i in starts if (m := pat.match(low, i, hi))):
                s = _found(pat, m, text)
                if s is None:
                    continue
                if s.startswith("\0"):
                    name = name or s[1:]
                    continue
                if best is None or m.start() < best[0]:
                    best = (m.start(), s)
                break
        if best is not None:
            return best[1]
        if "council" in low[lo:hi]:
            act = _council_act(text, low, lo, hi)
            if act is not None:
                return act
    return name
