"""Reconcile: vote events extracted from articles → proposals, sources, evidence, conflicts.

For each Security Council event an article reports, decide whether it is a proposal the
database already knows (from the official record or from another article) or a new one.

Matching (the rules are in `unvotes.matching`): a stated draft symbol or resolution
number decides; otherwise date, outcome, vetoing members, tallies, member votes, sponsors
and subject words are weighed against the stored proposals of the days around, and, for a
vetoed draft, against the official vetoed drafts of the three years around. What an event
states, fact by fact with its sentences, is `unvotes.facts`.

Merging (`unvotes.merge` writes it). Every source's own reading is kept: `proposal_source`
(outcome, date, vetoed_by, confidence) and one `evidence` row per fact with its sentence,
offsets and value. The proposal's columns are then *recomputed* from all sources, so the
result does not depend on the order articles arrive in:

* a fact an official source states wins, always; an article that disagrees gets a conflict;
* a fact no official source states comes from the articles: the value with the most support
  (sum of the sources' confidences), ties broken by the value itself; every article that
  disagrees with the chosen value gets a conflict;
* sponsors are the official list when there is one, else the union of the articles'.

To know what the official record said after articles have filled its empty fields, the
official facts of a proposal are written as evidence rows of its official source the first
time an article touches it (a "snapshot"; text = the dataset and record id).

When the official record arrives after the articles, the importer calls
`attach_article_proposals` inside its transaction: proposals known only from articles are
matched to the official ones by the same rules and folded in. This is the one place an
article's proposal meets an official record: the importer itself matches them only by an
exact draft symbol or resolution number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from unvotes.db import Connection
from unvotes.facts import as_date, canonical_draft, event_facts, evidence_rows
from unvotes.matching import (
    FAR_DAYS,
    NEAR_DAYS,
    Candidate,
    Features,
    choose,
    event_features,
    permanent_members,
    subject_words,
    unrevised,
)
from unvotes.merge import Merger, fetch_rows, id_list, rebuild_claims

__all__ = [
    "EventResult",
    "Reconciler",
    "attach_article_proposals",
    "event_facts",
    "official_proposal_of",
]

# ----------------------------------------------------------------------------- reconciler


@dataclass
class EventResult:
    proposal_id: int
    new: bool
    conflicts: int  # conflicts this event added to the proposal


class Reconciler:
    """Writes events of one article into the database on an open connection.

    It never commits: the caller owns the transaction (one per article).
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.merger = Merger(conn)

    # -- candidates -------------------------------------------------------------

    def _load(self, ids: Iterable[int]) -> dict[int, Features]:
        ids = sorted(set(ids))
        if not ids:
            return {}
        conn = self.conn
        out: dict[int, Features] = {}
        in_ids = id_list(ids)
        for pid, day, draft, res, outcome, yes, no, abstain, title, agenda, subject, off \
                in conn.execute(
                    "SELECT p.id, p.date, p.draft, p.resolution, p.outcome, p.yes, p.no, "
                    "p.abstain, p.title, p.agenda, p.subject, EXISTS (SELECT 1 FROM "
                    "proposal_source ps JOIN source s ON s.id = ps.source_id WHERE "
                    "ps.proposal_id = p.id AND s.kind = 'official') FROM proposal p "
                    f"WHERE p.id IN ({in_ids})").fetchall():
            out[pid] = Features(
                date=as_date(day), draft=canonical_draft(draft), resolution=res,
                outcome=outcome, yes=yes, no=no, abstain=abstain, official=bool(off),
                words=subject_words(title, agenda, subject))
        for pid, code, value in conn.execute(
                f"SELECT proposal_id, member_code, value FROM vote WHERE proposal_id IN "
                f"({in_ids})").fetchall():
            out[pid].votes[code] = value
        sponsors: dict[int, set[str]] = {}
        for pid, code in conn.execute(f"SELECT proposal_id, member_code FROM sponsorship "
                                      f"WHERE proposal_id IN ({in_ids})").fetchall():
            sponsors.setdefault(pid, set()).add(code)
        for pid, f in out.items():
            f.sponsors = frozenset(sponsors.get(pid, ()))
            if f.outcome == "vetoed":
                perm = permanent_members(f.date)
                f.vetoed_by = frozenset(c for c, v in f.votes.items()
                                        if v == "no" and c in perm)
        return out

    def _near_ids(self, ev: Features) -> set[int]:
        """Proposals with the stated draft or resolution, or dated within NEAR_DAYS."""
        conn = self.conn
        where: list[str] = []
        params: dict[str, Any] = {}
        if ev.draft:
            # The range lets both databases answer from the draft index; LIKE alone makes
            # SQLite read the whole table for every event.
            base = unrevised(ev.draft)
            where.append("draft = :d OR (draft >= :dlo AND draft < :dhi AND draft LIKE :dp)")
            params.update(d=ev.draft, dp=base + "%", dlo=base,
                          dhi=base[:-1] + chr(ord(base[-1]) + 1))
        if ev.resolution is not None:
            where.append("resolution = :r")
            params["r"] = ev.resolution
        if ev.date:
            where.append("date BETWEEN :lo AND :hi")
            params.update(lo=conn.date_param(ev.date - timedelta(days=NEAR_DAYS)),
                          hi=conn.date_param(ev.date + timedelta(days=NEAR_DAYS)))
        if not where:
            return set()
        ids: set[int] = set()
        for pid, draft, day in conn.execute(
                f"SELECT id, draft, date FROM proposal WHERE {' OR '.join(where)}",
                params).fetchall():
            # LIKE also finds drafts that only start alike ("S/2022/431" for "S/2022/43").
            if ev.draft and draft and unrevised(canonical_draft(draft) or draft) != base and not (
                    ev.date and (when := as_date(day))
                    and abs((when - ev.date).days) <= NEAR_DAYS):
                continue
            ids.add(pid)
        return ids

    def _far_ids(self, ev: Features) -> set[int]:
        if not (ev.date and ev.outcome == "vetoed" and ev.vetoed_by and ev.yes is not None):
            return set()
        conn = self.conn
        if not conn.scalar("SELECT count(*) FROM (SELECT 1 FROM source WHERE kind = "
                           "'official' LIMIT 1) o"):
            return set()  # only official records are searched this far
        lo, hi = ev.date - timedelta(days=FAR_DAYS), ev.date + timedelta(days=FAR_DAYS)
        return {r["id"] for r in fetch_rows(
            conn,
            "SELECT p.id FROM proposal p WHERE p.outcome = 'vetoed' AND p.yes = :yes "
            "AND p.date BETWEEN :lo AND :hi AND EXISTS (SELECT 1 FROM proposal_source ps "
            "JOIN source s ON s.id = ps.source_id WHERE ps.proposal_id = p.id "
            "AND s.kind = 'official')",
            {"yes": ev.yes, "lo": conn.date_param(lo), "hi": conn.date_param(hi)})}

    def match(self, ev: Features, exclude: set[int] | frozenset[int] = frozenset(),
              official_only: bool = False, anchor: date | None = None) -> int | None:
        """The id of the stored proposal this event reports, or None.

        `anchor` (the article's publication date) stands in for a vote date the article
        does not give: only the official vetoed drafts around it are searched, where the
        vetoing members, the tally and the subject must all agree.
        """
        if ev.date is None and anchor is not None:
            probe = replace(ev, date=anchor)
            ids = self._far_ids(probe) - exclude
            feats = self._load(ids)
            cands = [Candidate(i, f) for i, f in feats.items() if f.official]
            best = choose(probe, cands, strict=True)
            return best.id if best is not None else None
        for finder in (self._near_ids, self._far_ids):
            ids = finder(ev) - exclude
            if not ids:
                continue
            feats = self._load(ids)
            cands = [Candidate(i, f) for i, f in feats.items()
                     if f.official or not official_only]
            best = choose(ev, cands)
            if best is not None:
                return best.id
        return None

    # -- writing ----------------------------------------------------------------

    def add_event(self, source_id: int, ev: Mapping[str, Any],
                  taken: set[int] | None = None, *, published: date | None = None
                  ) -> EventResult | None:
        """Attach one event of an article (source_id) to a proposal, new or known.

        `taken` holds the proposals this article's earlier events went to: two events of
        one article are two votes. `published` anchors the search when the event has no
        date. Returns None for events that are not SC votes.
        """
        if (ev.get("body") or "SC") != "SC":
            return None
        taken = taken if taken is not None else set()
        conn = self.conn
        feats = event_features(ev)
        facts = event_facts(ev, feats)
        # The article's source is new: it can only be linked to its own earlier events.
        pid = self.match(feats, exclude=taken, anchor=published)
        new = pid is None
        if pid is None:
            pid = self._create(feats, facts)
        else:
            self.merger.snapshot(pid)
        taken.add(pid)
        conn.execute(
            "INSERT INTO proposal_source (proposal_id, source_id, reference, date, outcome, "
            "vetoed_by, confidence) VALUES (:p, :s, :r, :d, :o, :v, :c)",
            {"p": pid, "s": source_id, "r": f"event {len(taken)}", "d": conn.date_param(feats.date),
             "o": facts.get("outcome"), "v": facts.get("vetoed_by"),
             "c": _confidence(ev)})
        rows = evidence_rows(ev, facts)
        for r in rows:
            r.update(s=source_id, p=pid)
        conn.executemany("INSERT INTO evidence (source_id, proposal_id, fact, value, text, "
                         "start, \"end\") VALUES (:s, :p, :fact, :value, :text, :start, :end)",
                         rows)
        if new:
            self.merger.add_claims(pid, source_id, facts.items())
        added = 0 if new else self.merger.add_source(pid, source_id, facts)
        return EventResult(pid, new, max(added, 0))

    def _create(self, feats: Features, facts: Mapping[str, str]) -> int:
        """A new proposal known from this one article: its facts are the article's (what
        `recompute` would choose from a single source, written directly)."""
        conn = self.conn
        pid = _insert_id(
            conn, "INSERT INTO proposal (date, draft, resolution, outcome, yes, no, abstain, "
                  "subject) VALUES (:d, :dr, :r, :o, :y, :n, :a, :s)",
            {"d": conn.date_param(feats.date), "dr": facts.get("draft"), "r": feats.resolution,
             "o": facts.get("outcome"), "y": feats.yes, "n": feats.no, "a": feats.abstain,
             "s": facts.get("subject")})
        conn.executemany("INSERT INTO vote (proposal_id, member_code, value) VALUES "
                         "(:p, :m, :v)",
                         [{"p": pid, "m": k[5:], "v": v} for k, v in facts.items()
                          if k.startswith("vote:")])
        conn.executemany("INSERT INTO sponsorship (proposal_id, member_code, role) VALUES "
                         "(:p, :m, 'sponsor')",
                         [{"p": pid, "m": k[8:]} for k in facts if k.startswith("sponsor:")])
        return pid

def _insert_id(conn: Connection, sql: str, params: Mapping[str, Any]) -> int:
    return int(conn.execute(sql + " RETURNING id", params).fetchone()[0])


def _confidence(ev: Mapping[str, Any]) -> float | None:
    c = ev.get("confidence")
    try:
        return float(c) if c is not None else None
    except (TypeError, ValueError):
        return None


# ----------------------------------------------------------------------------- public API


def official_proposal_of(conn: Any, proposal_id: int) -> int | None:
    """The official proposal that an article-only proposal describes, or None."""
    rec = Reconciler(as_connection(conn))
    feats = rec._load([proposal_id]).get(proposal_id)
    if feats is None:
        return None
    return rec.match(feats, exclude={proposal_id}, official_only=True)


def attach_article_proposals(conn: Any) -> int:
    """Fold proposals known only from articles into the official proposals they describe.

    Called at the end of an official import (inside its transaction): each article-only
    proposal is matched like a new event; a match moves its sources and evidence to the
    official proposal, which is then recomputed (official facts win, disagreements become
    conflicts), and the article-only proposal is deleted. Returns how many were folded.
    """
    c = as_connection(conn)
    if not c.scalar("SELECT count(*) FROM source WHERE kind = 'article'"):
        return 0
    rec = Reconciler(c)
    # Proposals the official importer completed itself (first known from articles, now
    # described by an official source): take the snapshot and recompute, so conflicts and
    # filled fields follow the same rules as for articles that arrive after the record.
    completed = [r["id"] for r in fetch_rows(
        c, "SELECT DISTINCT ps.proposal_id AS id FROM proposal_source ps JOIN source s "
           "ON s.id = ps.source_id WHERE s.kind = 'official' AND EXISTS (SELECT 1 FROM "
           "proposal_source ps2 JOIN source s2 ON s2.id = ps2.source_id WHERE "
           "ps2.proposal_id = ps.proposal_id AND s2.kind = 'article')")]
    for pid in completed:
        if not rec.merger.has_snapshot(pid):
            rec.merger.snapshot(pid)
            rec.merger.recompute(pid)
    orphans = [r["id"] for r in fetch_rows(
        c, "SELECT p.id FROM proposal p WHERE NOT EXISTS (SELECT 1 FROM proposal_source ps "
           "JOIN source s ON s.id = ps.source_id WHERE ps.proposal_id = p.id "
           "AND s.kind = 'official') AND EXISTS (SELECT 1 FROM proposal_source ps "
           "WHERE ps.proposal_id = p.id) ORDER BY p.id")]
    folded = 0
    for pid in orphans:
        target = official_proposal_of(c, pid)
        if target is None:
            continue
        sources = {r["source_id"] for r in fetch_rows(
            c, "SELECT source_id FROM proposal_source WHERE proposal_id = :p", {"p": pid})}
        clash = {r["source_id"] for r in fetch_rows(
            c, f"SELECT source_id FROM proposal_source WHERE proposal_id = :t "
               f"AND source_id IN ({id_list(sources)})", {"t": target})}
        if clash:
            continue  # one article's two events are two votes: leave this one alone
        rec.merger.snapshot(target)
        c.execute("UPDATE proposal_source SET proposal_id = :t WHERE proposal_id = :p",
                  {"t": target, "p": pid})
        c.execute("UPDATE evidence SET proposal_id = :t WHERE proposal_id = :p",
                  {"t": target, "p": pid})
        rebuild_claims(c, [target, pid])
        c.execute("DELETE FROM proposal WHERE id = :p", {"p": pid})
        rec.merger.recompute(target)
        folded += 1
    return folded


def as_connection(conn: Any) -> Connection:
    """Our light Connection over whatever the caller holds: ours, a SQLAlchemy Session or
    Connection, or a raw sqlite3/psycopg connection (the caller's transaction is kept)."""
    if isinstance(conn, Connection):
        return conn
    if hasattr(conn, "connection") and callable(conn.connection) and hasattr(conn, "commit") \
            and hasattr(conn, "exec"):  # SQLModel / SQLAlchemy Session
        conn = conn.connection()
    if hasattr(conn, "dialect") and hasattr(conn, "exec_driver_sql"):  # SQLAlchemy Connection
        dialect = "sqlite" if conn.dialect.name == "sqlite" else "postgresql"
        raw = conn.connection.dbapi_connection
        return Connection(raw, dialect, str(conn.engine.url))
    module = type(conn).__module__.split(".")[0]
    if module == "sqlite3":
        return Connection(conn, "sqlite", "")
    return Connection(conn, "postgresql", "")
