"""Who: mentions of member states (names, short forms, demonyms, capitals, buildings) and of
the envoys and ministers who speak for them.

One token trie over every alias in :mod:`unvotes.reference` plus ``reference/envoys.csv``
is built once per process. Matching starts only at capitalised words, so a 4 kB article
costs a few hundred dictionary look-ups rather than a scan with a thousand-way regex.

Aliases keep their date bounds ("Moscow" is the Soviet Union until 1991-12-24); a mention
is resolved to a code only once the story's date is known (:meth:`Mention.code`).
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

__all__ = ["Envoy", "Mention", "envoys", "find_mentions", "fold", "home_mentions"]

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+")
# A capitalised word or an initialism like U.S. (opening with a capital letter, so the regex
# engine skips lower-case text quickly; the word before is checked in Python).
_CANDIDATE = re.compile(r"[A-Z\u00C0-\u00DE](?:(?:\.[A-Za-z])+\.|[^\W_]*)")
_BETWEEN = re.compile(r"[ \-'.]{0,3}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

# Names missing from the reference aliases, or spellings news copy uses for them.
_SUPPLEMENT: tuple[tuple[str, str, str], ...] = (
    ("Republic of Congo", "COG", "name"),
    ("Congo Republic", "COG", "name"),
    ("Franco", "FRA", "adjective"),
)

# (a plural of its own, read only after "the": not "Turks and Caicos")
_PEOPLE: tuple[tuple[str, str], ...] = (
    ("Poles", "POL"), ("Finns", "FIN"), ("Turks", "TUR"), ("Spaniards", "ESP"), ("Croats", "HRV"),
)

# Words after a capital that make it part of another name: "Washington Post",
# "Paris Agreement", "Geneva Conventions", "Moscow Times".
_NOT_GOVERNMENT_AFTER = re.compile(
    r"[ -](?:Post|Times|Agreement|Accords?|Conventions?|Protocol|Declaration|Principles|"
    r"Club|University|Airport|Stock|Summit|Conference|Consensus|Process|Format|talks|"
    r"Statement|Charter|Treaty|Group|Mechanism|Plan|Metro|School|Institute)\b"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|from|into|near|outside|over|of|on|via|through|across|around|toward|"
    r"towards|inside|within|between|reached|visit(?:ed|ing)?|arrived|returned|flew|left)"
    r"\s+(?:the\s+)?)$",
    re.I,
)
# "the delegate of Taipei", "the government of Moscow": the capital is its government
# ... "the two votes against were those of Washington and London": a vote is a government's
_ENVOY_OF = re.compile(r"\b(?:delegates?|delegations?|representatives?|envoys?|ambassadors?|"
                       r"governments?|regime|authorities|votes?|(?<=were\s)those|(?<=was\s)that)"
                       r"\s+of\s+(?:the\s+)?$"
                       # ("the same three noes from Paris, London and Washington")
                       # (not "a single vote from Washington was enough": which way is not said)
                       r"|\b(?:noes|nays|ayes|vetoes|abstentions|(?:no|negative)\s+votes|votes\s+"
                       r"against)\s+from\s+$"
                       # ("the single vote against came from Washington")
                       r"|\b(?:vote\s+against|veto|no|nay)\s+(?:again\s+)?came\s+from\s+$", re.I)
# Capitalised in headlines but not part of a name: "Soviet Votes With Washington".
_TITLE_WORDS = frozenset(
    "the and but as while with both by against for after says said tells told votes vote "
    "backs joins sides snubs defies rebuffs urges warns "
    # ("On Tuesday Washington vetoed ...", "In September Moscow ...": a day or month before
    # a capital dates the sentence, it is no first name)
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december yesterday today tonight then "
    "now".split())
_FORMER_BEFORE = re.compile(r"\b(?:former|late|ex-|then|onetime|previous)\s*[\w.' -]{0,30}$", re.I)


@lru_cache(maxsize=1 << 16)
def fold(token: str) -> str:
    """Lower case, no accents, no dots: the form tokens are compared in (cached: the same
    capitalised words recur in every article)."""
    t = token.casefold().replace(".", "")
    if _NON_ASCII.search(t):
        t = "".join(
            c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)
        )
    return t


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in _TOKEN.findall(name))


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of an alias: a member code and the days the alias meant it."""

    code: str
    kind: str
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True, slots=True)
class Envoy:
    """A person in one office, for dating a story and for naming whom they speak for."""

    name: str
    code: str
    role: str
    start: date | None
    end: date | None


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    entries: tuple[Entry, ...]
    kind: str
    possessive: bool = False
    person: str | None = None  # the envoy's canonical name when the mention is a person

    def code(self, day: date | None = None, prefer: frozenset[str] | set[str] = frozenset()
             ) -> str | None:
        """The member meant on ``day``; ``prefer`` (e.g. the Council's members) breaks ties."""
        entries = self.entries
        if day is not None:
            entries = tuple(e for e in entries if e.valid_on(day)) or ()
            if not entries:
                return None
        elif len(entries) > 1:
            open_ended = tuple(e for e in entries if e.valid_to is None)
            entries = open_ended or entries
        if len(entries) > 1 and prefer:
            preferred = [e for e in entries if e.code in prefer]
            if preferred:
                return preferred[0].code
        return entries[0].code if entries else None


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    kind: str = ""
    person: str | None = None
    # a people's name made plural ("the Jordanians"), not in the reference aliases
    plural: bool = False


def _reference_dir() -> str:
    import unvotes.reference as ref

    return os.path.dirname(os.path.abspath(ref.__file__))


@cache
def envoys() -> dict[str, tuple[Envoy, ...]]:
    """Every office holder by canonical name (a person may hold several offices)."""
    out: dict[str, list[Envoy]] = {}
    path = os.path.join(_reference_dir(), "envoys.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["name"], []).append(Envoy(
                name=row["name"],
                code=row["code"],
                role=row["role"],
                start=date.fromisoformat(row["start"]) if row["start"] else None,
                end=date.fromisoformat(row["end"]) if row["end"] else None,
            ))
    return {k: tuple(v) for k, v in out.items()}


def _insert(root: _Node, name: str, entry: Entry | None, kind: str,
            person: str | None = None) -> _Node | None:
    toks = _tokens(name)
    if not toks:
        return None
    if toks[0] == "the" and len(toks) > 1:
        toks = toks[1:]
    node = root
    for t in toks:
        node = node.children.setdefault(t, _Node())
    if entry is not None and entry not in node.entries:
        node.entries.append(entry)
    # The most specific kind wins when two aliases fold to the same tokens.
    if not node.kind or kind in ("name", "official", "short"):
        node.kind = kind
    if person:
        node.person = person
    return node


@cache
def _trie() -> _Node:
    import unvotes.reference as reference

    root = _Node()
    plurals: list[tuple[str, Entry]] = []
    for a in reference.aliases():
        known = Entry(a.code, a.kind, a.valid_from, a.valid_to)
        _insert(root, a.alias, known, a.kind)
        # ("the Argentines", "the Greeks", "the Slovaks", "the New Zealanders"; not "the
        # Frenchs", "the Chineses")
        if a.kind == "demonym" and not a.alias.endswith(("ish", "ese", "ch", "ss", "sh", "s",
                                                           "x", "z")):
            plurals.append((a.alias + "s", known))
    # peoples whose plural is not the demonym's: "the Poles joining the Russians"
    plurals += [(plural, Entry(code, "demonym")) for plural, code in _PEOPLE]
    for plural, people in plurals:
        # "the Jordanians and the Pakistanis voted for it": a delegation by its people
        node = _insert(root, plural, None, "demonym")
        if node is not None and not node.entries:  # (not "Americans", an alias of its own)
            node.entries.append(people)
            node.plural = True
    for alias, code, kind in _SUPPLEMENT:
        _insert(root, alias, Entry(code, kind), kind)
    for name, offices in envoys().items():
        code = next((o.code for o in offices if o.code), "")
        entry = Entry(code, "envoy") if code else None
        for variant in {name, *_variants().get(name, ())}:
            _insert(root, variant, entry, "envoy", person=name)
    return root


@cache
def _variants() -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    path = os.path.join(_reference_dir(), "envoys.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = {v.strip() for v in (row.get("variants") or "").split("|") if v.strip()}
            out.setdefault(row["name"], set()).update(names)
    return {k: tuple(sorted(v)) for k, v in out.items()}


_REGION_BEFORE = re.compile(r"\b(?:Latin|South|Central|North|Pan|Meso)[\s-]$", re.I)


_STANCE_BEFORE = re.compile(r"\b(?:anti|pro)-$", re.I)


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every member or envoy mention in ``text[start:end]``, longest match first, in order."""
    root = _trie()
    stop = len(text) if end is None else end
    out: list[Mention] = []
    pos_limit = start
    for m in _CANDIDATE.finditer(text, start, stop):
        s = m.start()
        if s < pos_limit or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_'")):
            continue
        node = root.children.get(fold(m.group()))
        if node is None:
            continue
        best: tuple[int, _Node] | None = (m.end(), node) if (node.entries or node.person) else None
        pos = m.end()
        while node.children:
            sep = _BETWEEN.match(text, pos, stop)
            nxt = _TOKEN.match(text, sep.end() if sep else pos, stop)
            if not nxt:
                break
            child = node.children.get(fold(nxt.group()))
            if child is None:
                break
            node, pos = child, nxt.end()
            if node.entries or node.person:
                best = (pos, node)
        if best is None:
            continue
        mend, hit = best
        if hit.plural and text[max(0, s - 4):s].lower() != "the ":
            continue  # ("a faster transfer of power to Iraqis": the people, not a delegation)
        mention = Mention(m.start(), mend, tuple(hit.entries), hit.kind, person=hit.person)
        if hit.kind in ("capital", "building") and not _government_sense(text, m.start(), mend):
            continue
        if s and text[s - 1] == "-" and _STANCE_BEFORE.search(text, max(0, s - 6), s):
            continue  # "anti-American feeling", "pro-Soviet": a stance, not the state acting
        if hit.kind in ("demonym", "name", "short") and text[s:s + 1] in "Aa" and (
                _REGION_BEFORE.search(text, max(0, s - 9), s)):
            # "the two Latin American members", "two members from Latin America": a
            # region's, not the United States
            continue
        tail = text[mend:mend + 2]
        mention.possessive = tail == "'s" or (tail[:1] == "'" and text[mend - 1] in "sS")
        out.append(mention)
        pos_limit = mend
    return out


# "Our country, which holds one of the elected seats", "as did our own delegation": the
# paper's own state, in a paper whose masthead names it
_OURS_AFTER = (r"\s+(?:own\s+)?(?:country|delegation|government|representative|ambassador|"
               r"envoy)\b")
_OURS = re.compile(r"\b[Oo]ur" + _OURS_AFTER)
# a cheap gate: _OURS cannot match without this, whose literal start the engine skips to
_OURS_GATE = re.compile("ur" + _OURS_AFTER)
_MASTHEAD_CHARS = 200
_DATED_LINE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PLACE_KINDS = frozenset({"name", "official", "historical", "short", "capital"})


def home_mentions(text: str, mentions: list[Mention], blocks: list[tuple[int, int, bool]]
                  ) -> list[Mention]:
    """``mentions`` with "our country", "our delegation" added as mentions of the state the
    masthead names ("L'ESTUAIRE MATIN -- Libreville -- samedi 27 f\u00e9vrier 1999"), when
    it names exactly one; otherwise ``mentions`` unchanged. The masthead is the text's first
    block (``blocks`` as :class:`~.sentences.Text` has them), after a bracketed note."""
    if _OURS_GATE.search(text) is None or _OURS.search(text) is None:
        return mentions
    heads = [(a, b) for a, b, _ in blocks if not text.startswith("[", a)][:2]
    if not heads:
        return mentions
    head_start, head_end = heads[0][0], min(heads[0][1], heads[0][0] + _MASTHEAD_CHARS)
    if len(heads) == 2 and heads[1][1] - heads[0][0] <= _MASTHEAD_CHARS and _DATED_LINE.search(
            text, heads[1][0], heads[1][1]):
        # "LE COURRIER DU SAHEL" over "Nouakchott -- weekly -- Saturday 8 November 1975":
        # the title's own line, then its place and date
        head_end = heads[1][1]
    homes = {m.entries for m in find_mentions(text, head_start, head_end)
             if m.kind in _PLACE_KINDS and m.entries}
    if len(homes) != 1:
        return mentions
    entries = homes.pop()
    taken = [(m.start, m.end) for m in mentions]
    added = [Mention(o.start(), o.end(), entries, "name") for o in _OURS.finditer(text)
             if not any(a < o.end() and o.start() < b for a, b in taken)]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _government_sense(text: str, start: int, end: int) -> bool:
    """Is a capital or building standing for its government here, or is it a place?

    "Moscow vetoed" and "Beijing and Moscow" are governments; "talks in Geneva", "the
    status of Jerusalem", "the Washington Post" and "George Washington" are not.
    """
    before = text[max(0, start - 30):start]
    if _PREPOSITION_BEFORE.search(before) and not _ENVOY_OF.search(before):
        return False
    if _NOT_GOVERNMENT_AFTER.match(text, end):
        return False
    # Glued to another capitalised word that is not itself a name: "George Washington".
    prev = re.search(r"([A-Z][a-z]+) $", before)
    if prev and not (start >= 2 and text[start - 2] in ".!?\"") and _trie().children.get(
        fold(prev.group(1))
    ) is None and prev.group(1).lower() not in _TITLE_WORDS:
        return False
    return True


def former(text: str, start: int) -> bool:
    """Is the person at ``start`` introduced as a former office holder?"""
    return _FORMER_BEFORE.search(text[max(0, start - 40):start]) is not None
