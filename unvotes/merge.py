"""Merging: a proposal's columns, votes, sponsors and conflicts, recomputed from the claims
of all its sources (see `unvotes.reconcile` for the rules and when they run).

Every source keeps its own reading (`proposal_source`, and one `evidence` row per fact); a
snapshot writes an official proposal's facts as evidence of its official source, so that
what the official record said stays known after articles have filled its empty fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from unvotes.db import Connection
from unvotes.facts import as_date, as_int, canonical_draft, vote_value
from unvotes.matching import permanent_members

#: Facts stored in the proposal row, in the order `sources` lists them.
SCALAR_FACTS = ("date", "draft", "resolution", "outcome", "yes", "no", "abstain", "subject")
#: Facts that never make conflicts (free text).
_NO_CONFLICT = {"subject"}
# The evidence facts a snapshot writes (the official importers write "note", "correction"
# and "duplicate" rows of their own, which are not a snapshot).
_SNAPSHOT_FACTS = ("(fact IN (" + ", ".join(f"'{f}'" for f in (*SCALAR_FACTS, "vetoed_by"))
                   + ") OR fact LIKE 'vote:%' OR fact LIKE 'sponsor:%')")


def fetch_rows(conn: Connection, sql: str, params: Mapping[str, Any] | None = None) -> list[dict]:
    return list(conn.query(sql, params))


def id_list(ids: Iterable[int]) -> str:
    """A literal id list for IN (...): ids are ints we read from the database."""
    return ",".join(str(int(i)) for i in ids) or "NULL"


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
        if not official or self.has_snapshot(pid, official):
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
                v = (as_date(first["date"]) or as_date(v)).isoformat()
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

    def has_snapshot(self, pid: int, official: list[dict]) -> bool:
        # The official importers write their own notes as evidence ("note", "correction");
        # a snapshot is recognised by the facts this module writes.
        return bool(self.conn.scalar(
            f"SELECT count(*) FROM evidence WHERE proposal_id = :p AND source_id IN "
            f"({id_list(r['id'] for r in official)}) AND {_SNAPSHOT_FACTS}", {"p": pid}))

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
            conn.execute(f"DELETE FROM conflict WHERE id IN ({id_list(stale)})")
        rows = [{"p": pid, "f": f, "va": va, "sa": sa, "vb": vb, "sb": sb,
                 "n": "article disagrees with the official record" if self._is_official(sa)
                 else "articles disagree"}
                for (f, va, sa, vb, sb) in sorted(want - set(have), key=str)]
        conn.executemany("INSERT INTO conflict (proposal_id, fact, value_a, source_a_id, "
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
