"""Reconcile: vote events extracted from articles → proposals, sources, evidence, conflicts.

For each Security Council event an article reports, decide whether it is a proposal the
database already knows (from the official record or from another article) or a new one.

Matching (the rules are in `unvotes.matching`): a stated draft symbol or resolution
number decides; otherwise date, outcome, vetoing members, tallies, member votes, sponsors
and subject words are weighed against the stored proposals of the days around, and, for a
vetoed draft, against the official vetoed drafts of the three years around. What an event
states, fact by fact with its sentences, is `unvotes.facts`.

Merging. Every source's own reading is kept: `proposal_source` (outcome, date, vetoed_by,
confidence) and one `evidence` row per fact with its sentence, offsets and value. The
proposal's columns are then *recomputed* from all sources, so the result does not depend on
the order articles arrive in:

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
matched to the official ones by the same rules and folded in, and articles the importer
attached itself are checked again and moved when another vote fits them better.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from unvotes.db import Connection
from unvotes.facts import as_date, as_int, canonical_draft, event_facts, evidence_rows, vote_value
from unvotes.matching import (
    FAR_DAYS,
    NEAR_DAYS,
    Candidate,
    Features,
    choose,
    event_features,
    permanent_members,
    subject_words,
)

__all__ = [
    "EventResult",
    "Reconciler",
    "attach_article_proposals",
    "event_facts",
    "find_match",
    "match_event",
]

#: Facts stored in the proposal row, in the order `sources` lists them.
SCALAR_FACTS = ("date", "draft", "resolution", "outcome", "yes", "no", "abstain", "subject")
#: Facts that never make conflicts (free text).
_NO_CONFLICT = {"subject"}


# ----------------------------------------------------------------------------- SQL helpers


def _rows(conn: Connection, sql: str, params: Mapping[str, Any] | None = None) -> list[dict]:
    return list(conn.query(sql, params))


def _in(ids: Iterable[int]) -> str:
    """A literal id list for IN (...): ids are ints we read from the database."""
    return ",".join(str(int(i)) for i in ids) or "NULL"


def _insert_id(conn: Connection, sql: str, params: Mapping[str, Any]) -> int:
    return int(conn.execute(sql + " RETURNING id", params).fetchone()[0])


def _executemany(conn: Connection, sql: str, rows: list[dict]) -> None:
    if rows:
        conn.raw.cursor().executemany(conn._sql(sql), rows)


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
        self._kinds: dict[int, str] = {}

    # -- candidates -------------------------------------------------------------

    def _load(self, ids: Iterable[int]) -> dict[int, Features]:
        ids = sorted(set(ids))
        if not ids:
            return {}
        conn = self.conn
        out: dict[int, Features] = {}
        in_ids = _in(ids)
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
        where, params = [], {}
        if ev.draft:
            where.append("draft = :d OR draft LIKE :dp")
            params.update(d=ev.draft, dp=ev.draft.split("/Rev")[0] + "%")
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
            # LIKE found drafts that only start alike ("S/2022/43" for "S/2022/431").
            if ev.draft and draft and canonical_draft(draft) != ev.draft and not (
                    ev.date and day and abs((as_date(day) - ev.date).days) <= NEAR_DAYS):
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
        return {r["id"] for r in _rows(
            conn,
            "SELECT p.id FROM proposal p WHERE p.outcome = 'vetoed' AND p.yes = :yes "
            "AND p.date BETWEEN :lo AND :hi AND EXISTS (SELECT 1 FROM proposal_source ps "
            "JOIN source s ON s.id = ps.source_id WHERE ps.proposal_id = p.id "
            "AND s.kind = 'official')",
            {"yes": ev.yes, "lo": conn.date_param(lo), "hi": conn.date_param(hi)})}

    def match(self, ev: Features, exclude: set[int] = frozenset(),  # type: ignore[assignment]
              official_only: bool = False, anchor: date | None = None) -> int | None:
        """The id of the stored proposal this event reports, or None.

        `anchor` (the article's publication date) stands in for a vote date the article
        does not give: only the official vetoed drafts around it are searched, where the
        vetoing members, the tally and the subject must all agree.
        """
        if ev.date is None and anchor is not None:
            from dataclasses import replace

            probe = replace(ev, date=anchor)
            ids = self._far_ids(probe) - set(exclude)
            feats = self._load(ids)
            cands = [Candidate(i, f) for i, f in feats.items() if f.official]
            best = choose(probe, cands, strict=True)
            return best.id if best is not None else None
        for finder in (self._near_ids, self._far_ids):
            ids = finder(ev) - set(exclude)
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
        if new:
            pid = self._create(feats, facts)
        else:
            self._snapshot(pid)
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
        _executemany(conn, "INSERT INTO evidence (source_id, proposal_id, fact, value, text, "
                           "start, \"end\") VALUES (:s, :p, :fact, :value, :text, :start, :end)",
                     rows)
        added = 0 if new else self.recompute(pid)[1]
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
        _executemany(conn, "INSERT INTO vote (proposal_id, member_code, value) VALUES "
                           "(:p, :m, :v)",
                     [{"p": pid, "m": k[5:], "v": v} for k, v in facts.items()
                      if k.startswith("vote:")])
        _executemany(conn, "INSERT INTO sponsorship (proposal_id, member_code, role) VALUES "
                           "(:p, :m, 'sponsor')",
                     [{"p": pid, "m": k[8:]} for k in facts if k.startswith("sponsor:")])
        return pid

    def _snapshot(self, pid: int) -> None:
        """Write an official proposal's facts as evidence of its official source, once.

        Date, outcome and vetoing members come from the official source's own reading
        (`proposal_source`), which no article ever changes; the rest from the proposal row,
        less the sponsors and subject only articles stated (the official importer leaves
        those in place when it completes a proposal first known from articles).
        """
        conn = self.conn
        official = _rows(conn, "SELECT s.id, s.name, ps.reference, ps.date, ps.outcome, "
                               "ps.vetoed_by FROM proposal_source ps "
                               "JOIN source s ON s.id = ps.source_id "
                               "WHERE ps.proposal_id = :p AND s.kind = 'official' "
                               "ORDER BY s.id", {"p": pid})
        if not official or self._has_snapshot(pid, official):
            return
        first = official[0]
        text = f"{first['name']} record {first['reference'] or ''}".strip()
        p = _rows(conn, "SELECT * FROM proposal WHERE id = :p", {"p": pid})[0]
        article_claims = {(r["fact"], r["value"]) for r in _rows(
            conn, "SELECT DISTINCT e.fact, e.value FROM evidence e JOIN source s "
                  "ON s.id = e.source_id WHERE e.proposal_id = :p AND s.kind = 'article'",
            {"p": pid})}
        facts: dict[str, str] = {}
        for name in SCALAR_FACTS:
            v = p.get(name)
            if v is None or v == "" or (name == "subject" and ("subject", v) in article_claims):
                continue
            if name == "date":
                v = (as_date(first["date"]) or as_date(v)).isoformat()
            elif name == "outcome":
                v = first["outcome"] or v
            elif name == "draft":
                v = canonical_draft(v) or v
            facts[name] = str(v)
        for r in _rows(conn, "SELECT member_code, value FROM vote WHERE proposal_id = :p",
                       {"p": pid}):
            facts[f"vote:{r['member_code']}"] = r["value"]
        for r in _rows(conn, "SELECT member_code FROM sponsorship WHERE proposal_id = :p",
                       {"p": pid}):
            if (f"sponsor:{r['member_code']}", "sponsor") not in article_claims:
                facts[f"sponsor:{r['member_code']}"] = "sponsor"
        vetoers = sorted(x for x in re.split(r"[;,\s]+", first.get("vetoed_by") or "") if x)
        if not vetoers and facts.get("outcome") == "vetoed":
            perm = permanent_members(as_date(facts.get("date")))
            vetoers = sorted(k[5:] for k, v in facts.items()
                             if k.startswith("vote:") and v == "no" and k[5:] in perm)
        if vetoers:
            facts["vetoed_by"] = ";".join(vetoers)
        _executemany(conn, "INSERT INTO evidence (source_id, proposal_id, fact, value, text) "
                           "VALUES (:s, :p, :fact, :value, :text)",
                     [{"s": first["id"], "p": pid, "fact": k, "value": v, "text": text}
                      for k, v in facts.items()])

    def _has_snapshot(self, pid: int, official: list[dict]) -> bool:
        # The official importers write their own notes as evidence ("note", "correction");
        # a snapshot is recognised by the facts this module writes.
        return bool(self.conn.scalar(
            f"SELECT count(*) FROM evidence WHERE proposal_id = :p AND source_id IN "
            f"({_in(r['id'] for r in official)}) AND (fact IN ({_facts_sql()}) "
            f"OR fact LIKE 'vote:%' OR fact LIKE 'sponsor:%')", {"p": pid}))

    def recompute(self, pid: int) -> tuple[int, int]:
        """Set the proposal's columns, votes, sponsors and article conflicts from every
        source's claims; returns how many conflicts the proposal has with articles, and
        how many more than before.

        The claims are aggregated in SQL (one row per fact, value and kind of source, with
        the summed confidence and the most confident source), so a vote reported by a
        hundred articles costs about what a vote reported by one does.
        """
        conn = self.conn
        official: dict[str, tuple[str, int]] = {}
        support: dict[str, dict[str, tuple[float, int]]] = {}
        for fact, value, kind, total, src in _aggregate(
                conn.execute(_CLAIMS_SQL, {"p": pid}).fetchall()):
            if kind == "official":
                if fact not in official or src < official[fact][1]:
                    official[fact] = (value, src)
            else:
                support.setdefault(fact, {})[value] = (total, src)
        chosen: dict[str, tuple[str, int | None]] = dict(official)
        for fact, values in support.items():
            if fact not in official:
                value = min(values, key=lambda v: (-values[v][0], v))
                chosen[fact] = (value, values[value][1])
        row = _rows(conn, "SELECT * FROM proposal WHERE id = :p", {"p": pid})[0]
        has_official = bool(official) or bool(conn.scalar(
            "SELECT count(*) FROM proposal_source ps JOIN source s ON s.id = ps.source_id "
            "WHERE ps.proposal_id = :p AND s.kind = 'official'", {"p": pid}))
        fill = {k: v for k, v in chosen.items() if k not in official}
        if has_official and "subject" in fill and row.get("subject") \
                and row["subject"] not in support.get("subject", {}):
            del fill["subject"]  # a subject the official record gave: keep it
        # Only fill what the official record left empty; never overwrite it.
        self._write_columns(pid, row, chosen if not has_official else fill)
        votes = dict(conn.execute("SELECT member_code, value FROM vote WHERE proposal_id = :p",
                                  {"p": pid}).fetchall())
        sponsors = {r[0] for r in conn.execute(
            "SELECT member_code FROM sponsorship WHERE proposal_id = :p", {"p": pid}).fetchall()}
        self._write_votes(pid, chosen, votes)
        self._write_sponsors(pid, chosen, sponsors, official_sponsors=any(
            k.startswith("sponsor:") for k in official))
        self._clear_unclaimed(pid, row, chosen, votes, sponsors)
        return self._write_conflicts(pid, chosen, support)

    def _clear_unclaimed(self, pid: int, row: Mapping[str, Any],
                         chosen: Mapping[str, tuple[str, int | None]],
                         votes: Mapping[str, str], sponsors: set[str]) -> None:
        """Drop what no source states any more (an article moved to another proposal):
        every remaining value of the proposal has a claim behind it."""
        conn = self.conn
        clear = {name: None for name in SCALAR_FACTS
                 if name not in chosen and row.get(name) not in (None, "")}
        if clear:
            assign = ", ".join(f"{k} = :{k}" for k in clear)
            conn.execute(f"UPDATE proposal SET {assign} WHERE id = :id", {**clear, "id": pid})
        for table, prefix, have in (("vote", "vote:", votes),
                                    ("sponsorship", "sponsor:", sponsors)):
            for m in sorted(m for m in have if prefix + m not in chosen):
                conn.execute(f"DELETE FROM {table} WHERE proposal_id = :p AND member_code = :m",
                             {"p": pid, "m": m})

    def _write_columns(self, pid: int, row: Mapping[str, Any],
                       chosen: Mapping[str, tuple[str, int | None]]) -> None:
        sets: dict[str, Any] = {}
        for name in SCALAR_FACTS:
            if name not in chosen:
                continue
            value: Any = chosen[name][0]
            if name == "date":
                if as_date(row.get("date")) == as_date(value):
                    continue
                value = self.conn.date_param(as_date(value))
            elif name in ("resolution", "yes", "no", "abstain"):
                value = as_int(value)
            if row.get(name) != value:
                sets[name] = value
        if sets:
            assign = ", ".join(f"{k} = :{k}" for k in sets)
            self.conn.execute(f"UPDATE proposal SET {assign} WHERE id = :id", {**sets, "id": pid})

    def _write_votes(self, pid: int, chosen: Mapping[str, tuple[str, int | None]],
                     have: Mapping[str, str]) -> None:
        want = {k[5:]: v for k, (v, _) in chosen.items() if k.startswith("vote:")}
        for code, value in want.items():
            if vote_value(value) is None:
                continue
            if code not in have:
                self.conn.execute("INSERT INTO vote (proposal_id, member_code, value) "
                                  "VALUES (:p, :m, :v)", {"p": pid, "m": code, "v": value})
            elif have[code] != value:
                self.conn.execute("UPDATE vote SET value = :v WHERE proposal_id = :p "
                                  "AND member_code = :m", {"p": pid, "m": code, "v": value})

    def _write_sponsors(self, pid: int, chosen: Mapping[str, tuple[str, int | None]],
                        have: set[str], *, official_sponsors: bool) -> None:
        want = {k[8:] for k in chosen if k.startswith("sponsor:")}
        if official_sponsors or not want:
            return
        for code in sorted(want - have):
            self.conn.execute("INSERT INTO sponsorship (proposal_id, member_code, role) "
                              "VALUES (:p, :m, 'sponsor')", {"p": pid, "m": code})

    def _write_conflicts(self, pid: int, chosen: Mapping[str, tuple[str, int | None]],
                         support: Mapping[str, Mapping[str, tuple[float, int]]]
                         ) -> tuple[int, int]:
        """Make the proposal's article conflicts exactly: one row per article whose value
        differs from the chosen one. Only the difference is written."""
        conn = self.conn
        dissent = sorted(f for f, values in support.items()
                         if f not in _NO_CONFLICT and not f.startswith("sponsor:")
                         and any(v != chosen[f][0] for v in values))
        want: set[tuple] = set()
        if dissent:
            names = {f"f{i}": f for i, f in enumerate(dissent)}
            rows = conn.execute(
                "SELECT DISTINCT e.fact, e.value, e.source_id FROM evidence e JOIN source s "
                "ON s.id = e.source_id WHERE e.proposal_id = :p AND s.kind = 'article' "
                f"AND e.fact IN ({', '.join(':' + k for k in names)})",
                {"p": pid, **names}).fetchall()
            for fact, value, src in rows:
                value_a, src_a = chosen[fact]
                if value is not None and value != value_a:
                    want.add((fact, value_a, src_a, value, src))
        # Every conflict that involves an article is kept equal to `want` (the official
        # importer's "official record replaces" rows included, so none is kept twice);
        # conflicts between two official sources are the importers' and stay.
        have: dict[tuple, list[int]] = {}
        for cid, fact, va, sa, vb, sb in conn.execute(
                "SELECT c.id, c.fact, c.value_a, c.source_a_id, c.value_b, c.source_b_id "
                "FROM conflict c LEFT JOIN source sa ON sa.id = c.source_a_id "
                "LEFT JOIN source sb ON sb.id = c.source_b_id WHERE c.proposal_id = :p "
                "AND (sa.kind = 'article' OR sb.kind = 'article')", {"p": pid}).fetchall():
            have.setdefault((fact, va, sa, vb, sb), []).append(cid)
        stale = [cid for key, ids in have.items() for cid in (ids if key not in want
                                                                 else ids[1:])]
        if stale:
            conn.execute(f"DELETE FROM conflict WHERE id IN ({_in(stale)})")
        rows = [{"p": pid, "f": f, "va": va, "sa": sa, "vb": vb, "sb": sb,
                 "n": "article disagrees with the official record" if self._is_official(sa)
                 else "articles disagree"}
                for (f, va, sa, vb, sb) in sorted(want - set(have), key=str)]
        _executemany(conn, "INSERT INTO conflict (proposal_id, fact, value_a, source_a_id, "
                           "value_b, source_b_id, note) VALUES (:p, :f, :va, :sa, :vb, :sb, :n)",
                     rows)
        return len(want), len(want) - sum(len(ids) for ids in have.values())

    def _is_official(self, source_id: int | None) -> bool:
        if source_id is None:
            return False
        if source_id not in self._kinds:
            self._kinds[source_id] = self.conn.scalar(
                "SELECT kind FROM source WHERE id = :s", {"s": source_id})
        return self._kinds[source_id] == "official"


# Every distinct claim of the proposal: (fact, value, kind of source, source, its content
# hash, its confidence). Aggregated in `_aggregate`.
_CLAIMS_SQL = """
SELECT DISTINCT e.fact, e.value, s.kind, e.source_id, s.content_hash,
       COALESCE(ps.confidence, 0.5)
FROM evidence e JOIN source s ON s.id = e.source_id
LEFT JOIN proposal_source ps ON ps.proposal_id = e.proposal_id AND ps.source_id = e.source_id
WHERE e.proposal_id = :p AND e.value IS NOT NULL
"""


def _aggregate(claims: Iterable[tuple]) -> list[tuple[str, str, str, float, int]]:
    """One row per (fact, value, kind of source): the summed confidence of the sources that
    state it and the most confident of them (ties: the lowest content hash, so the answer
    does not depend on the order sources arrived in)."""
    total: dict[tuple[str, str, str], float] = {}
    best: dict[tuple[str, str, str], tuple[float, str, int]] = {}
    for fact, value, kind, src, digest, conf in claims:
        key = (fact, value, kind)
        conf = float(conf)
        total[key] = total.get(key, 0.0) + conf
        rank = (-conf, digest, src)
        if key not in best or rank < best[key]:
            best[key] = rank
    # Sums are rounded so that float addition order cannot change a choice.
    return [(*key, round(total[key], 6), best[key][2]) for key in sorted(total)]


def _facts_sql() -> str:
    return ", ".join(f"'{f}'" for f in (*SCALAR_FACTS, "vetoed_by"))


def _confidence(ev: Mapping[str, Any]) -> float | None:
    c = ev.get("confidence")
    try:
        return float(c) if c is not None else None
    except (TypeError, ValueError):
        return None


# ----------------------------------------------------------------------------- public API


def match_event(conn: Any, event: Mapping[str, Any], *, official_only: bool = False
                ) -> int | None:
    """The id of the stored proposal an extracted event reports, or None (no writes)."""
    return Reconciler(as_connection(conn)).match(event_features(event),
                                                  official_only=official_only)


def find_match(conn: Any, proposal_id: int) -> int | None:
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
    completed = [r["id"] for r in _rows(
        c, "SELECT DISTINCT ps.proposal_id AS id FROM proposal_source ps JOIN source s "
           "ON s.id = ps.source_id WHERE s.kind = 'official' AND EXISTS (SELECT 1 FROM "
           "proposal_source ps2 JOIN source s2 ON s2.id = ps2.source_id WHERE "
           "ps2.proposal_id = ps.proposal_id AND s2.kind = 'article')")]
    fresh = []
    for pid in completed:
        official = _rows(c, "SELECT s.id FROM proposal_source ps JOIN source s "
                            "ON s.id = ps.source_id WHERE ps.proposal_id = :p "
                            "AND s.kind = 'official'", {"p": pid})
        if not rec._has_snapshot(pid, official):
            rec._snapshot(pid)
            fresh.append(pid)
    # The importer matched those on its own rules; check each article it attached with
    # ours (which weigh the whole record at once, so a vote three days later cannot take
    # an article about an earlier one) and move the article where it fits better.
    touched = set(fresh)
    for pid in fresh:
        for src in [r[0] for r in c.execute(
                "SELECT ps.source_id FROM proposal_source ps JOIN source s ON s.id = "
                "ps.source_id WHERE ps.proposal_id = :p AND s.kind = 'article' "
                "ORDER BY s.content_hash", {"p": pid}).fetchall()]:
            target = _rematch(rec, pid, src)
            if target is not None:
                rec._snapshot(target)
                _move(c, src, pid, target)
                touched.add(target)
    for pid in sorted(touched):
        rec.recompute(pid)
        _drop_snapshot_if_unused(c, pid)
    orphans = [r["id"] for r in _rows(
        c, "SELECT p.id FROM proposal p WHERE NOT EXISTS (SELECT 1 FROM proposal_source ps "
           "JOIN source s ON s.id = ps.source_id WHERE ps.proposal_id = p.id "
           "AND s.kind = 'official') AND EXISTS (SELECT 1 FROM proposal_source ps "
           "WHERE ps.proposal_id = p.id) ORDER BY p.id")]
    folded = 0
    for pid in orphans:
        target = find_match(c, pid)
        if target is None:
            continue
        sources = {r["source_id"] for r in _rows(
            c, "SELECT source_id FROM proposal_source WHERE proposal_id = :p", {"p": pid})}
        clash = {r["source_id"] for r in _rows(
            c, f"SELECT source_id FROM proposal_source WHERE proposal_id = :t "
               f"AND source_id IN ({_in(sources)})", {"t": target})}
        if clash:
            continue  # one article's two events are two votes: leave this one alone
        rec._snapshot(target)
        c.execute("UPDATE proposal_source SET proposal_id = :t WHERE proposal_id = :p",
                  {"t": target, "p": pid})
        c.execute("UPDATE evidence SET proposal_id = :t WHERE proposal_id = :p",
                  {"t": target, "p": pid})
        c.execute("DELETE FROM proposal WHERE id = :p", {"p": pid})
        rec.recompute(target)
        folded += 1
    return folded


def _claims_of(conn: Connection, pid: int, source_id: int) -> dict[str, Any]:
    """What one source said about one proposal, back in the shape of an extracted event."""
    facts = dict(conn.execute("SELECT DISTINCT fact, value FROM evidence WHERE "
                              "proposal_id = :p AND source_id = :s AND value IS NOT NULL",
                              {"p": pid, "s": source_id}).fetchall())
    out = _claims_from(facts)
    if not out["date"]:
        out["date"] = conn.scalar("SELECT date FROM proposal_source WHERE proposal_id = :p "
                                  "AND source_id = :s", {"p": pid, "s": source_id})
    return out


def _claims_from(facts: Mapping[str, str]) -> dict[str, Any]:
    return {
        "date": facts.get("date"), "draft": facts.get("draft"),
        "resolution": facts.get("resolution"), "outcome": facts.get("outcome"),
        "yes": facts.get("yes"), "no": facts.get("no"), "abstain": facts.get("abstain"),
        "vetoed_by": [x for x in (facts.get("vetoed_by") or "").split(";") if x],
        "votes": {k[5:]: v for k, v in facts.items() if k.startswith("vote:")},
        "sponsors": [k[8:] for k in facts if k.startswith("sponsor:")],
        "subject": facts.get("subject"),
    }


def _rematch(rec: Reconciler, pid: int, source_id: int) -> int | None:
    """Another official proposal that fits this article's event better, or None."""
    conn = rec.conn
    linked = {r[0] for r in conn.execute("SELECT proposal_id FROM proposal_source WHERE "
                                         "source_id = :s", {"s": source_id}).fetchall()}
    ev = event_features(_claims_of(conn, pid, source_id))
    ids = (rec._near_ids(ev) | rec._far_ids(ev) | {pid}) - (linked - {pid})
    feats = rec._load(ids)
    # The proposal the article sits on carries the article's own sponsors, votes and
    # subject: judge it by what the official record says of it alone.
    title = conn.execute("SELECT title, agenda FROM proposal WHERE id = :p",
                         {"p": pid}).fetchone()
    own = {k: v for k, v in conn.execute(
        "SELECT DISTINCT e.fact, e.value FROM evidence e JOIN source s ON s.id = e.source_id "
        "WHERE e.proposal_id = :p AND s.kind = 'official' AND e.value IS NOT NULL",
        {"p": pid}).fetchall()}
    base = event_features({**_claims_from(own), "subject": None})
    base.words, base.official = subject_words(*title), True
    feats[pid] = base
    best = choose(ev, [Candidate(i, f) for i, f in feats.items() if f.official])
    if best is None or best.id == pid or best.id in linked:
        return None
    return best.id


def _move(conn: Connection, source_id: int, old: int, new: int) -> None:
    for table in ("proposal_source", "evidence"):
        conn.execute(f"UPDATE {table} SET proposal_id = :n WHERE proposal_id = :o "
                     "AND source_id = :s", {"n": new, "o": old, "s": source_id})
    conn.execute("DELETE FROM conflict WHERE proposal_id = :o AND (source_a_id = :s OR "
                 "source_b_id = :s)", {"o": old, "s": source_id})


def _drop_snapshot_if_unused(conn: Connection, pid: int) -> None:
    """A proposal with no article left needs no snapshot of its official facts (and one
    first seen with no articles has none, so both paths end alike)."""
    if conn.scalar("SELECT count(*) FROM proposal_source ps JOIN source s ON s.id = "
                   "ps.source_id WHERE ps.proposal_id = :o AND s.kind = 'article'", {"o": pid}):
        return
    conn.execute("DELETE FROM evidence WHERE proposal_id = :o AND source_id IN (SELECT "
                 "ps.source_id FROM proposal_source ps JOIN source s ON s.id = "
                 "ps.source_id WHERE ps.proposal_id = :o AND s.kind = 'official') "
                 f"AND (fact IN ({_facts_sql()}) OR fact LIKE 'vote:%' "
                 "OR fact LIKE 'sponsor:%')", {"o": pid})


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
