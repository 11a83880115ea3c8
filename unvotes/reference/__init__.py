"""Reference tables: UN members, the names they go by, and who sat on the Security Council when.

Three hand-written CSV files ship with the package and are the single source of truth:

``members.csv`` (``code,name,official_name,start,end``)
    Every state that has been a UN member, keyed by ISO 3166-1 alpha-3. Historical states keep
    their own codes: ``SUN`` (Soviet Union), ``YUG`` (Socialist Federal Republic of Yugoslavia),
    ``CSK``, ``DDR``, ``YMD`` (South Yemen) and ``TWN`` (the Republic of China, which held the
    China seat until 25 Oct 1971). ``name`` is the name a reader would write in a sentence
    ("Russia", "United States", "Syria"); where a state has asked to be called something in
    English (Türkiye, Côte d'Ivoire, Cabo Verde, Czechia, Eswatini) that name is used.
    ``official_name`` is the UN formal name. ``start``/``end`` are the first and last day
    (inclusive) on which that identity was a UN member; ``end`` is empty for current members.

    Judgment calls, so that nobody has to rediscover them:

    * The Ukrainian SSR and the Byelorussian SSR are ``UKR`` and ``BLR``: the seat, the
      delegation and the membership continued unbroken in 1991, unlike the USSR → Russia case
      where the guide insists the identity did not pass.
    * The Soviet Union (``SUN``) ends on 1991-12-24; Russia (``RUS``) starts on 1991-12-25.
    * ``TWN`` ends on 1971-10-24 and ``CHN`` starts on 1971-10-25 (GA resolution 2758), so that
      exactly one of them holds the China seat on any day.
    * Egypt as the United Arab Republic (1958-71) is ``EGY``. Syria keeps one unbroken row
      although it merged into the UAR from 1958 to 1961.
    * ``YUG`` ends on 1992-09-22 (GA resolution 47/1). The Federal Republic of Yugoslavia /
      Serbia and Montenegro, admitted on 2000-11-01, is ``SRB`` (Serbia continues it).
    * ``YEM`` is Yemen (the Yemen Arab Republic before unification, 1947-), ``YMD`` is South
      Yemen (1967-12-14 to 1990-05-21).

``aliases.csv`` (``alias,code,kind,valid_from,valid_to``)
    Names that point at a member. ``kind`` is one of :data:`ALIAS_KINDS`: ``name`` (names in
    use, including UN short names like "Iran (Islamic Republic of)"), ``official`` (formal
    names), ``short`` (US, UK, DPRK, DRC), ``historical`` (Zaire, Ceylon, Upper Volta),
    ``demonym``, ``capital``, ``building`` (the Kremlin, Whitehall, Quai d'Orsay),
    ``adjective`` (prefix forms: Sino-, Anglo-, Soviet) and ``file`` (spellings seen only in
    data files: "KOREA" in the Sciences Po file is the Republic of Korea; "Ethipia"). Every
    member's ``name`` and ``official_name`` appear here too, so the file stands on its own.
    Date bounds are used only where one word pointed at different members at different
    times: "Russia", "Russian", "Moscow", "Kremlin" mean ``SUN`` to 1991-12-24 and ``RUS``
    from 1991-12-25; "China", "Chinese", "Sino" mean ``TWN`` to 1971-10-24 and ``CHN`` from
    1971-10-25 ("Beijing"/"Peking" always mean the PRC, ``CHN``); "Yugoslavia", "Belgrade",
    "Prague" and "Berlin" are bounded likewise. Names that are also common words or mostly
    mean something else in UN news are left out on purpose: "Brussels" (the EU), "The Hague"
    (the ICJ), "Jerusalem"/"Tel Aviv" (contested), "Malé", "Victoria", "Congolese",
    "Dominican", "Korean".

``terms.csv`` (``code,start,end,permanent``)
    Council seats from 1946 to 2027. One row per term, dates inclusive. Elected terms run from
    1 January to 31 December of the following year; the one-year terms of 1946 and the seats
    split by agreement (Yugoslavia 1956 / Philippines 1957, Poland 1960 / Türkiye 1961,
    Liberia 1961 / Ireland 1962, Romania 1962 / Philippines 1963, Czechoslovakia 1964 /
    Malaysia 1965, Italy 2017 / Netherlands 2018) are one-year rows, because each member
    formally held the seat for its year. The permanent China seat is two rows (``TWN`` then
    ``CHN``), the Soviet/Russian seat likewise (``SUN`` then ``RUS``); current permanent terms
    have an empty ``end``.

Everything here is stdlib only and loads lazily (first call, then cached), so importing
``unvotes.reference`` costs next to nothing: the CLI can use it without pulling in SQLAlchemy.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

__all__ = [
    "ALIAS_KINDS",
    "SEAT_SUCCESSORS",
    "Alias",
    "Member",
    "Term",
    "aliases",
    "council",
    "council_on",
    "elected",
    "is_member_on_council",
    "lookup",
    "lookup_kind",
    "members",
    "normalise",
    "permanent_on",
    "seat_of",
    "terms",
]

_HERE = os.path.dirname(os.path.abspath(__file__))

#: Allowed values of :attr:`Alias.kind`.
ALIAS_KINDS = frozenset(
    {
        "name",
        "official",
        "short",
        "historical",
        "demonym",
        "capital",
        "building",
        "adjective",
        "file",
    }
)

#: Permanent seats whose holder changed: old holder -> the code that holds the seat now.
#: Use it to compare sources that label the seat by its current holder ("China", "Russian
#: Federation/USSR") with this table, which never folds one state into another.
SEAT_SUCCESSORS: dict[str, str] = {"TWN": "CHN", "SUN": "RUS"}


@dataclass(frozen=True)
class Member:
    """A UN member state (or a former one), keyed by its stable code."""

    code: str
    name: str
    official_name: str
    start: date | None
    end: date | None

    def member_on(self, day: date) -> bool:
        """True if this identity was a UN member on ``day``."""
        return _covers(self.start, self.end, day)


@dataclass(frozen=True)
class Alias:
    """One name for a member, valid between two dates (inclusive; ``None`` means unbounded)."""

    alias: str
    code: str
    kind: str
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, day: date) -> bool:
        """True if this name pointed at :attr:`code` on ``day``."""
        return _covers(self.valid_from, self.valid_to, day)


@dataclass(frozen=True)
class Term:
    """A member's seat on the Council from ``start`` to ``end`` (inclusive; ``None`` = open)."""

    code: str
    start: date
    end: date | None
    permanent: bool

    def held_on(self, day: date) -> bool:
        """True if the member held this seat on ``day``."""
        return _covers(self.start, self.end, day)

    def overlaps(self, first: date, last: date) -> bool:
        """True if the term shares at least one day with ``first``..``last``."""
        return self.start <= last and (self.end is None or self.end >= first)


def _covers(start: date | None, end: date | None, day: date) -> bool:
    return (start is None or start <= day) and (end is None or day <= end)


# --------------------------------------------------------------------------- normalisation

_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'"}
)
_POSSESSIVE = re.compile(r"'s\b")
_APOSTROPHE_RUN = re.compile(r"'\s*")
_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Return the key under which a name is indexed, so spelling noise does not matter.

    Case, accents, dots, apostrophes, hyphens and other punctuation are dropped ("U.S." ==
    "US", "Côte d'Ivoire" == "Cote d' Ivoire", "Timor-Leste" == "Timor Leste"), a possessive
    "'s" is dropped ("Russia's" == "Russia"), "&" reads as "and", "St" as "Saint", and a
    leading "the " is ignored ("the Kremlin" == "Kremlin"). Other modules building their own
    name indexes should use this function so they agree with :func:`lookup`.

    Hyphenated compounds are not split: "British-drafted" has no match; an extractor should
    try the parts ("British") itself.
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().translate(_APOSTROPHES).replace("&", " and ").replace(".", "")
    s = _APOSTROPHE_RUN.sub("", _POSSESSIVE.sub("", s))
    words = _NON_WORD.sub(" ", s).split()
    words = ["saint" if w == "st" else w for w in words]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


# --------------------------------------------------------------------------- loading


def _rows(filename: str) -> list[tuple[int, dict[str, str]]]:
    path = os.path.join(_HERE, filename)
    with open(path, newline="", encoding="utf-8") as fh:
        return [(i, row) for i, row in enumerate(csv.DictReader(fh), start=2)]


def _date(value: str, filename: str, line: int) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{filename}:{line}: bad date {value!r} (want YYYY-MM-DD)") from None


@cache
def members() -> dict[str, Member]:
    """All members by code, in file order (current members, then historical ones)."""
    out: dict[str, Member] = {}
    for line, r in _rows("members.csv"):
        code = r["code"]
        if code in out:
            raise ValueError(f"members.csv:{line}: duplicate code {code!r}")
        out[code] = Member(
            code=code,
            name=r["name"],
            official_name=r["official_name"],
            start=_date(r["start"], "members.csv", line),
            end=_date(r["end"], "members.csv", line),
        )
    return out


def _check_code(code: str, filename: str, line: int) -> str:
    if code not in members():
        raise ValueError(f"{filename}:{line}: unknown member code {code!r}")
    return code


@cache
def _aliases() -> tuple[Alias, ...]:
    out = []
    for line, r in _rows("aliases.csv"):
        if r["kind"] not in ALIAS_KINDS:
            raise ValueError(f"aliases.csv:{line}: unknown kind {r['kind']!r}")
        out.append(
            Alias(
                alias=r["alias"],
                code=_check_code(r["code"], "aliases.csv", line),
                kind=r["kind"],
                valid_from=_date(r["valid_from"], "aliases.csv", line),
                valid_to=_date(r["valid_to"], "aliases.csv", line),
            )
        )
    return tuple(out)


def aliases() -> list[Alias]:
    """Every alias, in file order (a fresh list: callers may sort or filter it freely)."""
    return list(_aliases())


@cache
def _index() -> dict[str, tuple[Alias, ...]]:
    index: dict[str, list[Alias]] = {}
    for a in _aliases():
        index.setdefault(normalise(a.alias), []).append(a)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _terms() -> tuple[Term, ...]:
    out = []
    for line, r in _rows("terms.csv"):
        start = _date(r["start"], "terms.csv", line)
        if start is None:
            raise ValueError(f"terms.csv:{line}: a term needs a start date")
        if r["permanent"] not in ("true", "false"):
            raise ValueError(f"terms.csv:{line}: permanent must be true or false")
        out.append(
            Term(
                code=_check_code(r["code"], "terms.csv", line),
                start=start,
                end=_date(r["end"], "terms.csv", line),
                permanent=r["permanent"] == "true",
            )
        )
    return tuple(sorted(out, key=_term_order))


def _term_order(t: Term) -> tuple[bool, date, str]:
    # Permanent seats first, then by start date and code: the order a roll call is read in.
    return (not t.permanent, t.start, t.code)


def terms() -> list[Term]:
    """Every Council term: permanent ones first, then elected ones by start date and code."""
    return list(_terms())


# --------------------------------------------------------------------------- council queries


def council_on(day: date) -> list[Term]:
    """The seats held on ``day``: 11 up to 1965, 15 from 1966 (none before 1946)."""
    return list(_council_on(day))


@lru_cache(maxsize=32768)
def _council_on(day: date) -> tuple[Term, ...]:
    # Ingest asks this for every event it matches; the record has about 30,000 days since
    # 1946, so the cache can hold every one a corpus names.
    return tuple(t for t in _terms() if t.held_on(day))


def council(year: int) -> list[Term]:
    """Every term that overlaps the calendar ``year``.

    This can exceed the Council's size: 1971 lists both ``TWN`` and ``CHN``, 1991 both ``SUN``
    and ``RUS``, because the seat changed hands during the year.
    """
    first, last = date(year, 1, 1), date(year, 12, 31)
    return [t for t in _terms() if t.overlaps(first, last)]


@lru_cache(maxsize=1)
def ever_permanent() -> frozenset[str]:
    """Every code that has held a permanent seat (``TWN`` and ``SUN`` among them)."""
    return frozenset(t.code for t in _terms() if t.permanent)


def permanent_on(day: date) -> set[str]:
    """Codes of the five permanent members on ``day``."""
    return {t.code for t in council_on(day) if t.permanent}


def elected(year: int) -> list[str]:
    """Codes of the elected members seated on 1 January of ``year``, sorted.

    Every elected term in the record runs whole calendar years (split seats were split at a
    year's end), so this is also the list of elected members for the whole year: 6 a year to
    1965, 10 from 1966.
    """
    return sorted(t.code for t in council_on(date(year, 1, 1)) if not t.permanent)


# The African Group's members (the UN's regional group of African states): the three elected
# seats Africa holds since 1966 make up the "A3" of Council reporting.
AFRICAN = frozenset((
    "DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD", "COM", "COG", "COD",
    "CIV", "DJI", "EGY", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB", "GHA", "GIN", "GNB", "KEN",
    "LSO", "LBR", "LBY", "MDG", "MWI", "MLI", "MRT", "MUS", "MAR", "MOZ", "NAM", "NER", "NGA",
    "RWA", "STP", "SEN", "SYC", "SLE", "SOM", "ZAF", "SSD", "SDN", "TZA", "TGO", "TUN", "UGA",
    "ZMB", "ZWE"))


def african_elected(year: int) -> list[str]:
    """The African states among the elected members of ``year`` (three from 1966), sorted."""
    return [code for code in elected(year) if code in AFRICAN]


def is_member_on_council(code: str, day: date) -> bool:
    """True if the member ``code`` held a Council seat (permanent or elected) on ``day``."""
    return any(t.code == code for t in council_on(day))


def seat_of(code: str) -> str:
    """The code of the current holder of ``code``'s permanent seat (``TWN`` -> ``CHN``,
    ``SUN`` -> ``RUS``); any other code is returned unchanged."""
    return SEAT_SUCCESSORS.get(code, code)


# --------------------------------------------------------------------------- name lookup


def lookup_kind(name: str, on: date | None = None) -> tuple[str, str] | None:
    """Resolve a name to ``(code, kind)``, or ``None`` if it is not a known name.

    Matching uses :func:`normalise`. With ``on``, only aliases valid on that day count (so
    "Russia" in 1980 is ``SUN``, and "Berlin" before reunification is ``None`` because it was
    ambiguous). Without ``on``, an open-ended (current) alias wins; among several, or when none
    is open-ended, the first in file order wins ("Yugoslavia" -> ``YUG``).
    """
    candidates = _index().get(normalise(name))
    if not candidates:
        return None
    if on is not None:
        valid = [a for a in candidates if a.valid_on(on)]
        return (valid[0].code, valid[0].kind) if valid else None
    current = [a for a in candidates if a.valid_to is None]
    best = current[0] if current else candidates[0]
    return best.code, best.kind


def lookup(name: str, on: date | None = None) -> str | None:
    """Resolve a name ("the Kremlin", "U.S.", "Côte d'Ivoire") to a member code.

    Case-insensitive: callers scanning raw text should check case themselves where it matters
    ("US" the country versus "us" the pronoun). See :func:`lookup_kind` for how dates are used.
    """
    found = lookup_kind(name, on)
    return found[0] if found else None
