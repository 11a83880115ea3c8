"""Matching: does a vote event describe a proposal already stored, and which one?

A stated draft symbol or resolution number decides on its own (equal: the same proposal;
different: never). Otherwise candidates within a few days of the event's date are scored on
outcome, vetoing members, tallies, member votes, sponsors and subject words against the
proposal's title/agenda; the best wins when it clears a threshold and beats the runner-up
clearly. Articles get dates wrong (a page header a year or two off, as in the seed
article), so a vetoed draft with no near match is also looked for among the official
vetoed drafts of the three years around, where vetoers, tallies and subject must all agree.

Pure functions over `Features`; `unvotes.reconcile` loads the candidates from the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from unvotes.facts import as_date, as_int, canonical_draft, resolution_number

__all__ = ["Candidate", "Features", "choose", "event_features", "score", "subject_words",
           "unrevised"]

NEAR_DAYS = 10          # an article's date may be off by time zones and sloppy datelines
FAR_DAYS = 3 * 366      # ... or by a wrong page header (the seed: 2024 for a 2022 vote)
NEAR_THRESHOLD = 6.0
FAR_THRESHOLD = 10.0
MARGIN = 2.0

_STOP = frozenset("""
a about after against also an and any are as at be been before between but by council
dated draft for from had has have in including into is it its letter may more new not of
on or other over permanent president question representative resolution resolutions
security situation such text than that the their them this those to under united nations
until upon vote voted votes was were which while who will with would extension mandate
concerning regarding
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


@dataclass
class Features:
    """What matching compares, for an event or for a stored proposal."""

    date: date | None = None
    draft: str | None = None
    resolution: int | None = None
    outcome: str | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    vetoed_by: frozenset[str] = frozenset()
    votes: dict[str, str] = field(default_factory=dict)
    sponsors: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    official: bool = False


def subject_words(*texts: str | None) -> frozenset[str]:
    """Content words (crudely singular) and member codes named in titles and subjects.

    Member names are looked up as 1-5 word phrases so "North Korea" and "Democratic
    People's Republic of Korea" both become PRK and meet.
    """
    out: set[str] = set()
    for text in texts:
        if text:
            out |= _words_of(text)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _words_of(text: str) -> frozenset[str]:
    names = _name_index()
    out: set[str] = set()
    words = _WORD.findall(text)
    for w in words:
        lw = w.lower().strip("'-")
        if len(lw) >= 3 and lw not in _STOP:
            out.add(lw[:-1] if lw.endswith("s") and len(lw) > 4 else lw)
    norm = [_normalised_word(w) for w in words]
    for n in (5, 4, 3, 2, 1):
        for i in range(len(norm) - n + 1):
            if n == 1 and (len(words[i]) < 4 or not words[i][0].isupper()):
                continue
            code = names.get(" ".join(norm[i:i + n]))
            if code:
                out.add("@" + code)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _normalised_word(word: str) -> str:
    from unvotes.reference import normalise

    return normalise(word)


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    """Normalised member names → the code of the seat they stand for (any date)."""
    from unvotes import reference

    out: dict[str, str] = {}
    for a in reference.aliases():
        if a.kind in ("adjective", "file"):
            continue
        out.setdefault(reference.normalise(a.alias), reference.seat_of(a.code))
    return out


def event_features(ev: Mapping[str, Any]) -> Features:
    votes = {str(k).upper(): str(v) for k, v in (ev.get("votes") or {}).items() if v}
    # An event in the label format says "absent" for both; its own key tells who was present.
    for code in ev.get("not_participating") or []:
        if votes.get(str(code).upper()) == "absent":
            votes[str(code).upper()] = "not_participating"
    vetoed = frozenset(str(c).upper() for c in ev.get("vetoed_by") or [])
    return Features(
        date=as_date(ev.get("date")),
        draft=canonical_draft(ev.get("draft")),
        resolution=resolution_number(ev.get("resolution")),
        outcome=ev.get("outcome") or None,
        yes=as_int(ev.get("yes")), no=as_int(ev.get("no")), abstain=as_int(ev.get("abstain")),
        vetoed_by=vetoed,
        votes=votes,
        sponsors=frozenset(str(c).upper() for c in ev.get("sponsors") or []),
        words=subject_words(ev.get("subject"), *_about_sentences(ev)),
    )


def _about_sentences(ev: Mapping[str, Any]) -> list[str]:
    """The sentences that say what the draft was and what became of it.

    The extracted subject is a short phrase and often missing; the sentences behind the
    outcome, the vetoes and the sponsors usually name the country or the matter too
    ("a U.S. proposal for new sanctions on North Korea"), which is what official titles
    are made of.
    """
    keep = ("outcome", "subject", "vetoed_by", "draft", "resolution")
    return [e["text"] for e in ev.get("evidence") or []
            if isinstance(e, Mapping) and e.get("text")
            and (str(e.get("fact")) in keep or str(e.get("fact", "")).startswith("sponsor"))]


# ----------------------------------------------------------------------------- scoring


def unrevised(draft: str) -> str:
    return draft.split("/Rev")[0]


def score(ev: Features, cand: Features) -> tuple[float, bool] | None:
    """How well a stored proposal fits an event: (score, decisive), or None for "never".

    `decisive` means a stated symbol matched, which settles it whatever else differs.
    """
    s = 0.0
    if ev.draft and cand.draft:
        if ev.draft == cand.draft:
            return 100.0, True
        if unrevised(ev.draft) != unrevised(cand.draft):
            return None
        # "S/18016" and "S/18016/Rev.1": one draft, reported before or after its revision.
        # Usually only the revision is put to the vote, but not always: the rest decides.
        s += 4
    if ev.resolution is not None and cand.resolution is not None:
        if ev.resolution != cand.resolution:
            return None
        return 100.0, True
    if ev.resolution is not None and cand.outcome in ("vetoed", "failed"):
        return None
    if ev.outcome and cand.outcome:
        if ev.outcome == cand.outcome:
            s += 2
        elif "adopted" in (ev.outcome, cand.outcome):
            return None  # adoption is the one thing reports never get backwards
        else:
            s -= 3  # vetoed vs failed: press and records sometimes classify differently
    if ev.date and cand.date:
        days = abs((ev.date - cand.date).days)
        if days == 0:
            s += 5  # the stated day beats the next one: consecutive votes can look alike
        elif days <= 1:
            s += 3
        elif days <= 3:
            s += 2
        elif days <= NEAR_DAYS:
            s += 1
        elif (ev.date.month, ev.date.day) == (cand.date.month, cand.date.day):
            s += 2  # right day, wrong year: a page header's year
    if ev.vetoed_by and cand.vetoed_by:
        s += 3 if ev.vetoed_by == cand.vetoed_by else -3
    elif ev.vetoed_by and cand.outcome == "vetoed" and not cand.votes:
        pass  # the record names no vetoers: no information either way
    tallies = 0
    for a, b in ((ev.yes, cand.yes), (ev.no, cand.no), (ev.abstain, cand.abstain)):
        if a is not None and b is not None:
            if a == b:
                s += 1
                tallies += 1
            else:
                s -= 2
    if tallies == 3:
        s += 1
    agree = 0.0
    for code, value in ev.votes.items():
        other = cand.votes.get(code)
        if other is None:
            continue
        if other == value:
            agree += 0.25
        else:
            s -= 1
    s += min(agree, 2.0)
    if ev.sponsors and cand.sponsors and ev.sponsors & cand.sponsors:
        s += 1
    shared = len(ev.words & cand.words)
    s += min(shared, 3)
    return s, False


@dataclass
class Candidate:
    id: int
    feats: Features
    score: float = 0.0
    decisive: bool = False
    far: bool = False


def choose(ev: Features, cands: list[Candidate], *, strict: bool = False
           ) -> Candidate | None:
    """The candidate the event describes, or None when none fits or two fit alike.

    `strict` treats every candidate as far in time (the event's date is only a stand-in).
    """
    scored: list[Candidate] = []
    for c in cands:
        r = score(ev, c.feats)
        if r is None:
            continue
        c.score, c.decisive = r
        c.far = strict or bool(ev.date and c.feats.date
                               and abs((ev.date - c.feats.date).days) > NEAR_DAYS)
        if c.far and not c.decisive:
            # A far date is believable only when everything else agrees and the record
            # is official (two articles far apart in time are two votes).
            if not (c.feats.official and ev.vetoed_by and ev.vetoed_by == c.feats.vetoed_by
                    and ev.yes is not None and ev.yes == c.feats.yes
                    and ev.no is not None and ev.no == c.feats.no
                    and ev.words & c.feats.words):
                continue
        scored.append(c)
    if not scored:
        return None
    # Official proposals first on equal scores; then the lower id, which is stable for
    # proposals that existed before this run.
    scored.sort(key=lambda c: (-c.score, not c.feats.official, c.id))
    best = scored[0]
    if best.decisive:
        return best
    need = FAR_THRESHOLD if best.far else NEAR_THRESHOLD
    if best.score < need:
        return None
    if len(scored) > 1 and scored[1].score > best.score - MARGIN and not scored[1].decisive:
        return None  # two proposals fit about as well: do not guess
    return best


@lru_cache(maxsize=32768)
def permanent_members(day: date | None) -> frozenset[str]:
    from unvotes import reference

    if day is None:
        return frozenset({"CHN", "FRA", "RUS", "GBR", "USA"})
    return frozenset(reference.permanent_on(day))


