"""Which stored proposal does a record describe? One answer for every importer.

Sources name one draft differently ("S/10446/REV.1" and "S/10446/Rev.1") and some give no
draft at all (1946-49 rows carry the meeting, S/PV.57, for three different votes).
`ProposalIndex` holds what matching needs of every stored proposal in memory (loaded once
per import) and `find()` tries, in order:

1. the resolution number (unique);
2. the draft symbol, normalised, then its base without Rev./Add./Corr. (dates within a week);
3. the meeting record S/PV.n on the same day, with the same outcome (vetoing members and
   title words rank several votes at one meeting);
4. for symbols written differently or missing: the same day, with a compatible outcome,
   the same vetoing members and the same tally.

Steps 3 and 4 look only at proposals an official source already describes. A proposal
known only from articles is matched here by its draft symbol or resolution number alone;
any other likeness between an article and an official record is judged once, by
`unvotes.reconcile.attach_article_proposals`, which the importer calls at the end of its
transaction.

Ties are broken by title words in common, then by the closest date; a fuzzy match that stays
ambiguous is refused (a duplicate is easier to see, in `unvotes check`, than a wrong merge).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from unvotes.official.symbols import draft_base, draft_symbol, meeting_symbol

_WORD = re.compile(r"[a-z]{3,}")
_STOP = {"the", "and", "for", "from", "security", "council", "resolution", "draft", "question",
         "situation", "letter", "dated", "president", "united", "nations"}


class Described(Protocol):
    """What matching reads of a record (an `OfficialProposal`, or an article's event)."""

    date: date | None
    draft: str | None
    resolution: int | None
    meeting: str | None
    outcome: str | None
    yes: int | None
    no: int | None
    abstain: int | None
    vetoed_by: list[str]
    title: str | None


@dataclass
class StoredProposal:
    """A stored proposal as matching sees it."""

    id: int
    date: date | None = None
    draft: str | None = None
    resolution: int | None = None
    meeting: str | None = None
    outcome: str | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    vetoed_by: frozenset[str] = frozenset()
    title: str | None = None
    official: bool = False          # some official source describes it
    words: frozenset[str] = field(default=frozenset(), repr=False)

    def __post_init__(self) -> None:
        self.words = title_words(self.title)


def _codes(joined: str | None) -> frozenset[str]:
    return frozenset(c for c in (joined or "").split(";") if c)


def title_words(title: str | None) -> frozenset[str]:
    if not title:
        return frozenset()
    return frozenset(w for w in _WORD.findall(title.lower()) if w not in _STOP)


def _tally(x: Any) -> tuple[int, int, int] | None:
    if x.yes is None or x.no is None or x.abstain is None:
        return None
    return (x.yes, x.no, x.abstain)


class ProposalIndex:
    """In-memory indexes over stored proposals, keyed the ways sources name them."""

    def __init__(self, candidates: Iterable[StoredProposal] = ()) -> None:
        self.by_id: dict[int, StoredProposal] = {}
        self.by_resolution: dict[int, list[StoredProposal]] = {}
        self.by_draft: dict[str, list[StoredProposal]] = {}
        self.by_base: dict[str, list[StoredProposal]] = {}
        self.by_meeting: dict[str, list[StoredProposal]] = {}
        self.by_date: dict[date, list[StoredProposal]] = {}
        # proposal id -> (source id, source kind, vetoed_by) of its primary source
        self.primary: dict[int, tuple[int, str, str | None]] = {}
        for c in candidates:
            self.add(c)

    def add(self, c: StoredProposal) -> None:
        self.by_id[c.id] = c
        if c.resolution is not None:
            self.by_resolution.setdefault(c.resolution, []).append(c)
        if c.draft:
            d = draft_symbol(c.draft) or c.draft
            self.by_draft.setdefault(d, []).append(c)
            self.by_base.setdefault(draft_base(d), []).append(c)
        if c.meeting:
            m = meeting_symbol(c.meeting) or c.meeting
            self.by_meeting.setdefault(m, []).append(c)
        if c.date is not None:
            self.by_date.setdefault(c.date, []).append(c)

    @classmethod
    def load(cls, conn: Any) -> ProposalIndex:
        """Every proposal in the database (`conn` is a `unvotes.db.Connection`)."""
        cur = conn.raw.cursor()
        cur.execute("SELECT ps.proposal_id, ps.source_id, s.kind, ps.vetoed_by "
                    "FROM proposal_source ps JOIN source s ON s.id = ps.source_id "
                    "ORDER BY ps.proposal_id, ps.source_id")
        official: set[int] = set()
        primary: dict[int, tuple[int, str, str | None]] = {}
        for pid, sid, kind, vetoed_by in cur.fetchall():
            # The primary source of a proposal is its first official one, else its first.
            if kind == "official" and pid not in official:
                official.add(pid)
                primary[pid] = (sid, kind, vetoed_by)
            elif pid not in primary:
                primary[pid] = (sid, kind, vetoed_by)
        cur.execute("SELECT id, date, draft, resolution, meeting, outcome, yes, no, abstain, "
                    "title FROM proposal")
        out = cls()
        out.primary = primary
        for pid, day, draft, res, meeting, outcome, yes, no, abstain, title in cur.fetchall():
            if isinstance(day, str):
                day = date.fromisoformat(day[:10])
            out.add(StoredProposal(
                id=pid, date=day, draft=draft, resolution=res, meeting=meeting, outcome=outcome,
                yes=yes, no=no, abstain=abstain,
                vetoed_by=_codes(primary.get(pid, (0, "", None))[2]), title=title,
                official=pid in official))
        return out

    # ------------------------------------------------------------------ matching

    def find(self, rec: Described, *, exclude: set[int] | frozenset[int] = frozenset(),
             strict: bool = False) -> tuple[StoredProposal | None, str]:
        """The stored proposal `rec` describes and how it was found ("resolution", "draft",
        "meeting", "date"), or (None, "") for a new proposal. `exclude` holds ids already
        claimed by other records of the same file. `strict` accepts only a symbol match on
        the same day: importers match those first, so that a page naming one resolution on
        two days pairs the right day with it."""
        days = 0 if strict else 7
        free = [c for c in self.by_resolution.get(rec.resolution, ())
                if c.id not in exclude and (not strict or _near(c, rec, 0))
                ] if rec.resolution is not None else []
        if free:
            return self._best(rec, free), "resolution"
        draft = draft_symbol(rec.draft) if rec.draft else None
        if draft:
            for pool in (self.by_draft.get(draft, ()), self.by_base.get(draft_base(draft), ())):
                near = [c for c in pool if c.id not in exclude and _near(c, rec, days)
                        and _resolution_ok(c, rec)]
                if near:
                    return self._best(rec, near), "draft"
        meeting = meeting_symbol(rec.meeting) if rec.meeting else None
        if meeting:
            same = [c for c in self.by_meeting.get(meeting, ()) if c.id not in exclude
                    and c.official and _near(c, rec, 0) and _outcome_ok(c, rec)
                    and _resolution_ok(c, rec) and _drafts_ok(c, rec)]
            if same:
                return self._best(rec, same), "meeting"
        if rec.date is None or strict:
            return None, ""
        pool = [c for c in self.by_date.get(rec.date, ()) if c.id not in exclude
                and c.official and _compatible(c, rec) and _evidence(c, rec)]
        if not pool:
            return None, ""
        best = self._ranked(rec, pool)
        if len(best) > 1 and _rank(rec, best[0]) == _rank(rec, best[1]):
            return None, ""  # ambiguous: refuse rather than merge two different votes
        return best[0], "date"

    def _ranked(self, rec: Described, pool: list[StoredProposal]) -> list[StoredProposal]:
        return sorted(pool, key=lambda c: _rank(rec, c), reverse=True)

    def _best(self, rec: Described, pool: list[StoredProposal]) -> StoredProposal:
        return pool[0] if len(pool) == 1 else self._ranked(rec, pool)[0]


def _rank(rec: Described, c: StoredProposal) -> tuple[int, int, int, int]:
    words = title_words(rec.title)
    union = words | c.words
    # Jaccard, not raw overlap: "The Spanish question" is closer to itself than to
    # "The Spanish question preliminary question".
    overlap = 100 * len(words & c.words) // len(union) if union else 0
    same_outcome = int(rec.outcome is not None and rec.outcome == c.outcome)
    same_veto = int(bool(rec.vetoed_by) and frozenset(rec.vetoed_by) == c.vetoed_by)
    distance = abs((c.date - rec.date).days) if c.date and rec.date else 99
    return (same_outcome + same_veto, overlap, -distance, -c.id)


def _near(c: StoredProposal, rec: Described, days: int) -> bool:
    if c.date is None or rec.date is None:
        return True
    return abs((c.date - rec.date).days) <= days


def _resolution_ok(c: StoredProposal, rec: Described) -> bool:
    return c.resolution is None or rec.resolution is None or c.resolution == rec.resolution


def _outcome_ok(c: StoredProposal, rec: Described) -> bool:
    return not (c.outcome and rec.outcome and c.outcome != rec.outcome)


def _drafts_ok(c: StoredProposal, rec: Described) -> bool:
    """Two draft symbols that differ beyond Rev./Add./Corr. are two drafts."""
    if c.draft and rec.draft:
        a, b = draft_symbol(c.draft), draft_symbol(rec.draft)
        if a and b and draft_base(a) != draft_base(b):
            return False
    return True


def _compatible(c: StoredProposal, rec: Described) -> bool:
    """Nothing the two say contradicts: outcome, resolution, draft, vetoes, tally."""
    if not _outcome_ok(c, rec):
        return False
    if not _resolution_ok(c, rec):
        return False
    if not _drafts_ok(c, rec):
        return False
    if c.vetoed_by and rec.vetoed_by and c.vetoed_by != frozenset(rec.vetoed_by):
        return False
    ta, tb = _tally(c), _tally(rec)
    return ta is None or tb is None or ta == tb


def _evidence(c: StoredProposal, rec: Described) -> bool:
    """A fuzzy match needs something positive in common beyond the day."""
    if rec.vetoed_by and c.vetoed_by == frozenset(rec.vetoed_by):
        return True
    ta, tb = _tally(c), _tally(rec)
    if ta is not None and ta == tb:
        return True
    return bool(title_words(rec.title) & c.words) and rec.outcome == c.outcome


def find_match(conn: Any, record: Described) -> int | None:
    """The id of the stored proposal `record` describes, or None.

    For one-off calls (an article's vote event); to match many records, build
    `ProposalIndex.load(conn)` once and call its `find()`.
    """
    found, _how = ProposalIndex.load(conn).find(record)
    return found.id if found else None
