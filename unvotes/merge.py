"""Merging: a proposal's columns, votes, sponsors and conflicts, recomputed from the claims
of all its sources (see `unvotes.reconcile` for the rules and when they run).

Every source keeps its own reading (`proposal_source`, and one `evidence` row per fact); a
snapshot writes an official proposal's facts as evidence of its official source, so that
what the official record said stays known after articles have filled its empty fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from unvotes.db import Connection
from unvotes.facts import as_date, as_int, canonical_draft, vote_value
from unvotes.matching import permanent_members

#: Facts stored in the proposal row, in the order `sources` lists them.
SCALAR_FACTS = ("date", "draft", "resolution", "outcome", "yes", "no", "abstain", "subject")
#: Facts that never make conflicts (free text).
_NO_CONFLICT = {"subject"}
# The facts sources are weighed on, which are also the facts a snapshot writes (the official
# importers write "note", "correction" and "duplicate" rows of their own: not claims).
_CLAIM_SCALARS = frozenset((*SCALAR_FACTS, "vetoed_by"))
_CLAIM_FACTS = ("(e.fact IN (" + ", ".join(f"'{f}'" for f in sorted(_CLAIM_SCALARS))
                + ") OR e.fact LIKE 'vote:%' OR e.fact LIKE 'sponsor:%')")


def is_claim_fact(fact: str) -> bool:
    return fact in _CLAIM_SCALARS or fact.startswith(("vote:", "sponsor:"))


def fetch_rows(conn: Connection, sql: str, params: Mapping[str, Any] | None = None) -> list[dict]:
    return list(conn.query(sql, params))


def id_list(ids: Iterable[int]) -> str:
    """A literal id list for IN (...): ids are ints we read from the database."""
    return ",".join(str(int(i)) for i in ids) or "NULL"


class Choice(NamedTuple):
    """A proposal's claims weighed: official values, the articles' support per value (summed
    confidence, best source), and the value chosen per fact with the source quoted for it."""

    official: dict[str, tuple[str, int]]
    support: dict[str, dict[str, tuple[float, int]]]
    chosen: dict[str, tuple[str, int | None]]

    def dissent(self) -> set[str]:
        """Facts on which some article states another value than the chosen one."""
        return {f for f, values in self.support.items()
                if f not in _NO_CONFLICT and not f.startswith("sponsor:")
                and any(v != self.chosen[f][0] for v in values)}


class Merger:
    """Recomputes proposals from their sources' claims on an open connection; never commits."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._kinds: dict[int, str] = {}

    def snapshot(self, pid: int) -> None:
        """Write an official proposal's facts as evidence of its official source, once.

        Date, outcome and vetoing members come from the official source's own reading
        (`proposal_source`), which no article ever changes; the rest from the proposal row,
        less the sponsors and subject only articles stated (the official importer leaves
        those in place when it completes a proposal first known from articles).
        """
        conn = self.conn
        official = fetch_rows(conn, "SELECT s.id, s.name, ps.reference, ps.date, ps.outcome, "
                                    "ps.vetoed_by FROM proposal_source ps "
                                    "JOIN source s ON s.id = ps.source_id "
                                    "WHERE ps.proposal_id = :p AND s.kind = 'official' "
                                    "ORDER BY s.id", {"p": pid})
        if not official or self.has_snapshot(pid):
            return
        first = official[0]
        text = f"{first['name']} record {first['reference'] or ''}".strip()
        p = fetch_rows(conn, "SELECT * FROM proposal WHERE id = :p", {"p": pid})[0]
        article_claims = {(r["fact"], r["value"]) for r in fetch_rows(
            conn, "SELECT DISTINCT e.fact, e.value FROM evidence e JOIN source s "
                  "ON s.id = e.source_id WHERE e.proposal_id = :p AND s.kind = 'article'",
            {"p": pid})}
        facts: dict[str, str] = {}
        for name in SCALAR_FACTS:
            v = p.get(name)
            if v is None or v == "" or (name == "subject" and ("subject", v) in article_claims):
                continue
            if name == "date":
                day = as_date(first["date"]) or as_date(v)
                assert day is not None  # v is the proposal's stored date, never unreadable
                v = day.isoformat()
            elif name == "outcome":
                v = first["outcome"] or v
            elif name == "draft":
                v = canonical_draft(v) or v
            facts[name] = str(v)
        for r in fetch_rows(conn, "SELECT member_code, value FROM vote WHERE proposal_id = :p",
                            {"p": pid}):
            facts[f"vote:{r['member_code']}"] = r["value"]
        for r in fetch_rows(conn, "SELECT member_code FROM sponsorship WHERE proposal_id = :p",
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
        conn.executemany("INSERT INTO evidence (source_id, proposal_id, fact, value, text) "
                         "VALUES (:s, :p, :fact, :value, :text)",
                         [{"s": first["id"], "p": pid, "fact": k, "value": v, "text": text}
                          for k, v in facts.items()])
        self.add_claims(pid, first["id"], facts.items())

    def has_snapshot(self, pid: int) -> bool:
        # A snapshot is the only way an official source's claims reach a proposal.
        return self.conn.scalar("SELECT count(*) FROM claim WHERE proposal_id = :p "
                                "AND kind = 'official'", {"p": pid}) > 0

    def add_claims(self, pid: int, source_id: int, facts: Iterable[tuple[str, Any]]) -> None:
        """Add one source's claims to the proposal's sums, in the transaction that writes its
        evidence. Call it once per source and proposal: the source's first evidence there
        (a new article, or the official snapshot)."""
        conn = self.conn
        kind, digest, conf = conn.execute(
            "SELECT s.kind, s.content_hash, COALESCE(ps.confidence, 0.5) FROM source s "
            "LEFT JOIN proposal_source ps ON ps.source_id = s.id AND ps.proposal_id = :p "
            "WHERE s.id = :s", {"p": pid, "s": source_id}).fetchone()
        pairs = sorted({(f, str(v)) for f, v in facts if v is not None and is_claim_fact(f)})
        conn.executemany(_ADD_CLAIM, [
            {"p": pid, "f": f, "v": v, "k": kind, "c": float(conf), "s": source_id,
             "h": digest} for f, v in pairs])

    def add_source(self, pid: int, source_id: int, facts: Mapping[str, str]) -> int:
        """Add one new source's claims to a known proposal and recompute it; returns how
        many conflicts that added. The source's evidence rows are written already."""
        before = self._choose(pid)
        self.add_claims(pid, source_id, facts.items())
        return self.recompute(pid, before=before, added=(source_id, facts))

    def _choose(self, pid: int) -> Choice:
        """What the claims give: official values, the articles' support per value, and the
        value chosen per fact (official first, else the best supported) with its source."""
        official: dict[str, tuple[str, int]] = {}
        support: dict[str, dict[str, tuple[float, int]]] = {}
        for fact, value, kind, total, src in self.conn.execute(
                "SELECT fact, value, kind, support, best_source_id FROM claim "
                "WHERE proposal_id = :p", {"p": pid}).fetchall():
            # Sums are rounded so that the order sources were added in cannot change a choice.
            total = round(float(total), 6)
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
        return Choice(official, support, chosen)

    def recompute(self, pid: int, before: Choice | None = None,
                  added: tuple[int, Mapping[str, str]] | None = None) -> int:
        """Set the proposal's columns, votes, sponsors and article conflicts from every
        source's claims; returns how many more conflicts the proposal has than before.

        The claims are read from their sums (`claim`: one row per fact, value and kind of
        source), so a vote reported by a thousand articles costs about what a vote reported
        by one does. `before` and `added` (from `add_source`) say that one new source is all
        that changed, so conflicts that still hold are kept rather than rebuilt.
        """
        conn = self.conn
        now = self._choose(pid)
        official, support, chosen = now
        row = fetch_rows(conn, "SELECT * FROM proposal WHERE id = :p", {"p": pid})[0]
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
        return self._write_conflicts(pid, now, before, added)

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

    def _write_conflicts(self, pid: int, now: Choice, before: Choice | None,
                         added: tuple[int, Mapping[str, str]] | None) -> int:
        """Make the proposal's article conflicts exactly: one row per article whose value
        differs from the chosen one; returns the net number of rows added.

        When one new source is all that changed, a fact that was disputed before and whose
        chosen value and quoted source stand keeps its conflicts (they were exact) and only
        gains the new source's; the other facts are rebuilt. So a vote told by many
        articles that disagree with the record does not re-read them all for each new one.
        """
        dissent = now.dissent()
        if before is None or added is None:
            return self._sync_conflicts(pid, now.chosen, dissent, scope=None)
        was = before.dissent()
        kept = {f for f in dissent & was if before.chosen[f] == now.chosen[f]}
        redo = (dissent | was) - kept
        net = self._sync_conflicts(pid, now.chosen, dissent - kept, scope=redo) if redo else 0
        source, facts = added
        rows = []
        for fact in sorted(kept):
            value_a, source_a = now.chosen[fact]
            if fact in facts and facts[fact] != value_a:
                rows.append({"p": pid, "f": fact, "va": value_a, "sa": source_a,
                             "vb": facts[fact], "sb": source, "n": self._note(source_a)})
        self._insert_conflicts(rows)
        return net + len(rows)

    def _sync_conflicts(self, pid: int, chosen: Mapping[str, tuple[str, int | None]],
                        dissent: set[str], scope: set[str] | None) -> int:
        """Make the article conflicts of the facts in `scope` (all when None) equal to what
        the evidence of `dissent` facts says against the chosen values."""
        conn = self.conn
        want: set[tuple] = set()
        if dissent:
            names = {f"f{i}": f for i, f in enumerate(sorted(dissent))}
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
        where = ""
        params: dict[str, Any] = {"p": pid}
        if scope is not None:
            names = {f"f{i}": f for i, f in enumerate(sorted(scope))}
            where = f" AND c.fact IN ({', '.join(':' + k for k in names)})"
            params.update(names)
        have: dict[tuple, list[int]] = {}
        for cid, fact, va, sa, vb, sb in conn.execute(
                "SELECT c.id, c.fact, c.value_a, c.source_a_id, c.value_b, c.source_b_id "
                "FROM conflict c LEFT JOIN source sa ON sa.id = c.source_a_id "
                "LEFT JOIN source sb ON sb.id = c.source_b_id WHERE c.proposal_id = :p "
                "AND (sa.kind = 'article' OR sb.kind = 'article')" + where, params).fetchall():
            have.setdefault((fact, va, sa, vb, sb), []).append(cid)
        stale = [cid for key, ids in have.items() for cid in (ids if key not in want
                                                                 else ids[1:])]
        if stale:
            conn.execute(f"DELETE FROM conflict WHERE id IN ({id_list(stale)})")
        self._insert_conflicts([{"p": pid, "f": f, "va": va, "sa": sa, "vb": vb, "sb": sb,
                                 "n": self._note(sa)}
                                for (f, va, sa, vb, sb) in sorted(want - set(have), key=str)])
        return len(want) - sum(len(ids) for ids in have.values())

    def _insert_conflicts(self, rows: list[dict]) -> None:
        self.conn.executemany(
            "INSERT INTO conflict (proposal_id, fact, value_a, source_a_id, value_b, "
            "source_b_id, note) VALUES (:p, :f, :va, :sa, :vb, :sb, :n)", rows)

    def _note(self, source_a: int | None) -> str:
        """The conflict's note, by the kind of source the chosen value came from."""
        if source_a is None:
            return "articles disagree"
        if source_a not in self._kinds:
            self._kinds[source_a] = self.conn.scalar(
                "SELECT kind FROM source WHERE id = :s", {"s": source_a})
        return ("article disagrees with the official record"
                if self._kinds[source_a] == "official" else "articles disagree")


# One source's claim joins the sums of its fact and value: the more confident source (ties:
# the lower content hash) becomes the one quoted. Both engines read `claim.x` as the stored
# row and `excluded.x` as the new one.
_BETTER = ("(excluded.best_confidence > claim.best_confidence OR (excluded.best_confidence = "
           "claim.best_confidence AND excluded.best_hash < claim.best_hash))")
_ADD_CLAIM = f"""
INSERT INTO claim (proposal_id, fact, value, kind, support, sources, best_source_id,
                   best_confidence, best_hash)
VALUES (:p, :f, :v, :k, :c, 1, :s, :c, :h)
ON CONFLICT (proposal_id, fact, value, kind) DO UPDATE SET
    support = claim.support + excluded.support,
    sources = claim.sources + 1,
    best_source_id = CASE WHEN {_BETTER} THEN excluded.best_source_id
                     ELSE claim.best_source_id END,
    best_confidence = CASE WHEN {_BETTER} THEN excluded.best_confidence
                      ELSE claim.best_confidence END,
    best_hash = CASE WHEN {_BETTER} THEN excluded.best_hash ELSE claim.best_hash END
"""

# The sums recounted from the evidence itself: one row per distinct (fact, value, source), then
# summed per fact, value and kind of source, keeping the most confident source. `{where}`
# picks the proposals.
_RECOUNT = f"""
SELECT proposal_id, fact, value, kind, sum(conf) AS support, count(*) AS sources,
       max(CASE WHEN place = 1 THEN source_id END) AS best_source_id,
       max(CASE WHEN place = 1 THEN conf END) AS best_confidence,
       max(CASE WHEN place = 1 THEN content_hash END) AS best_hash
FROM (SELECT d.*, row_number() OVER (PARTITION BY proposal_id, fact, value, kind
                                     ORDER BY conf DESC, content_hash) AS place
      FROM (SELECT DISTINCT e.proposal_id, e.fact, e.value, s.kind, e.source_id,
                   s.content_hash, COALESCE(ps.confidence, 0.5) AS conf
            FROM evidence e JOIN source s ON s.id = e.source_id
            LEFT JOIN proposal_source ps ON ps.proposal_id = e.proposal_id
                 AND ps.source_id = e.source_id
            WHERE e.value IS NOT NULL AND {{where}} AND {_CLAIM_FACTS}) d) r
GROUP BY proposal_id, fact, value, kind
"""
_REBUILD_CLAIMS = ("INSERT INTO claim (proposal_id, fact, value, kind, support, sources, "
                   "best_source_id, best_confidence, best_hash) " + _RECOUNT)


def rebuild_claims(conn: Connection, pids: Iterable[int]) -> None:
    """Recount the claims of these proposals from their evidence: for the writes that move
    or remove evidence wholesale (an article-only proposal folded into an official one)."""
    ids = id_list(sorted(set(pids)))
    conn.execute(f"DELETE FROM claim WHERE proposal_id IN ({ids})")
    conn.execute(_REBUILD_CLAIMS.format(where=f"e.proposal_id IN ({ids})"))


def claims_out_of_step(conn: Connection) -> list[int]:
    """The proposals whose stored claim sums differ from a recount of their evidence: only
    possible when evidence or sources were changed by hand (`unvotes db recount` mends it)."""
    def rows(sql: str) -> dict[tuple, tuple]:
        return {tuple(r[:4]): (round(float(r[4]), 6), int(r[5]), r[6])
                for r in conn.execute(sql).fetchall()}

    stored = rows("SELECT proposal_id, fact, value, kind, support, sources, best_source_id "
                  "FROM claim")
    counted = rows("SELECT proposal_id, fact, value, kind, support, sources, best_source_id "
                   "FROM (" + _RECOUNT.format(where="e.proposal_id IS NOT NULL") + ") c")
    return sorted({key[0] for key in stored.keys() | counted.keys()
                   if stored.get(key) != counted.get(key)})


def recount(conn: Connection) -> tuple[int, int]:
    """Rebuild every proposal's claims from the evidence and recompute the proposals that were
    out of step; returns (proposals recounted, proposals that were out of step)."""
    wrong = claims_out_of_step(conn)
    done = conn.execute(
        "SELECT count(*) FROM (SELECT proposal_id FROM evidence WHERE proposal_id IS NOT NULL "
        "UNION SELECT proposal_id FROM claim) p").fetchone()[0]
    conn.execute("DELETE FROM claim")
    conn.execute(_REBUILD_CLAIMS.format(where="e.proposal_id IS NOT NULL"))
    merger = Merger(conn)
    live = {r[0] for r in conn.execute(
        f"SELECT id FROM proposal WHERE id IN ({id_list(wrong)})").fetchall()}
    for pid in wrong:
        if pid in live:
            merger.recompute(pid)
    return int(done), len(wrong)
