"""Summaries over the record: a member's record, agreement between members, veto counts.

Same rules as `unvotes.queries`: the light DB-API connection, bound parameters only, SQL
that both engines accept, and plain values (ISO dates, ints) in what comes back.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from unvotes.db import Connection
from unvotes.errors import UsageError
from unvotes.queries import Where, clean, resolve_member
from unvotes.vocabulary import VOTE_VALUES

#: The permanent members today, in the order the Council's records list them.
P5 = ("CHN", "FRA", "RUS", "GBR", "USA")
#: Votes that express a position; absent and not participating are not compared.
POSITIONS = ("yes", "no", "abstain")
STATS_BY = ("member", "seat", "year", "decade", "topic")


def member(conn: Connection, name: str, *, since: Any = None, until: Any = None,
           include_predecessors: bool = False) -> dict[str, Any]:
    """A member's record: its terms on the Council, votes by value, vetoes cast, and the
    proposals it sponsored by outcome (all within since/until when given)."""
    from unvotes import reference

    codes = resolve_member(name, include_predecessors=include_predecessors)
    where = Where(conn)
    where.dates(since, until)
    codes_sql = where.in_list("m", codes)
    # A term counts when it overlaps the window.
    terms_where = Where(conn)
    terms_where.params.update(where.params)
    if "since" in where.params:
        terms_where.add("(t.end_date IS NULL OR t.end_date >= :since)")
    if "until" in where.params:
        terms_where.add("t.start_date <= :until")
    terms = [clean(r) for r in conn.query(f"""
        SELECT t.member_code, t.start_date, t.end_date, t.permanent FROM term t
        WHERE t.member_code IN ({codes_sql}) {terms_where.sql()}
        ORDER BY t.start_date""", terms_where.params)]
    for t in terms:
        t["permanent"] = bool(t["permanent"])
    votes = dict.fromkeys(VOTE_VALUES, 0)
    for r in conn.query(f"""
            SELECT v.value, count(*) AS n FROM vote v JOIN proposal p ON p.id = v.proposal_id
            WHERE v.member_code IN ({codes_sql}) {where.sql()} GROUP BY v.value""",
            where.params):
        votes[r["value"]] = int(r["n"])
    vetoes = int(conn.scalar(f"""
        SELECT count(*) FROM veto p WHERE p.member_code IN ({codes_sql}) {where.sql()}""",
        where.params))
    sponsored = {"total": 0, "adopted": 0, "vetoed": 0, "failed": 0, "unknown": 0}
    for r in conn.query(f"""
            SELECT p.outcome, count(*) AS n FROM sponsorship s
            JOIN proposal p ON p.id = s.proposal_id
            WHERE s.member_code IN ({codes_sql}) {where.sql()} GROUP BY p.outcome""",
            where.params):
        sponsored[r["outcome"] or "unknown"] += int(r["n"])
        sponsored["total"] += int(r["n"])
    info = reference.members()[codes[0]]
    return {"code": codes[0], "name": info.name, "predecessors": codes[1:],
            "terms": terms, "votes": votes, "vetoes": vetoes, "sponsored": sponsored}


def _pairs(conn: Connection, a_codes: list[str], b_codes: list[str], since: Any,
           until: Any) -> list[dict]:
    """(a, b, votes_compared, same) for every pair of codes, in one statement."""
    where = Where(conn)
    where.dates(since, until)
    a_sql, b_sql = where.in_list("a", a_codes), where.in_list("b", b_codes)
    positions = where.in_list("v", POSITIONS)
    return [clean(r) for r in conn.query(f"""
        SELECT va.member_code AS a, vb.member_code AS b, count(*) AS votes_compared,
               sum(CASE WHEN va.value = vb.value THEN 1 ELSE 0 END) AS same
        FROM vote va
        JOIN vote vb ON vb.proposal_id = va.proposal_id
        JOIN proposal p ON p.id = va.proposal_id
        WHERE va.member_code IN ({a_sql}) AND vb.member_code IN ({b_sql})
          AND va.value IN ({positions}) AND vb.value IN ({positions})
          {where.sql()}
        GROUP BY va.member_code, vb.member_code""", where.params)]


def agreement(conn: Connection, a: str, b: str, *, since: Any = None,
              until: Any = None) -> dict[str, Any]:
    """The share of proposals on which both voted yes, no or abstain and cast the same vote.

    `agreement` is None when they never both took a position in the window.
    """
    code_a, code_b = resolve_member(a)[0], resolve_member(b)[0]
    rows = _pairs(conn, [code_a], [code_b], since, until)
    compared = rows[0]["votes_compared"] if rows else 0
    same = rows[0]["same"] if rows else 0
    return {"a": code_a, "b": code_b, "votes_compared": compared,
            "agreement": same / compared if compared else None}


def agreement_matrix(conn: Connection, members: list[str] | None = None, *,
                     since: Any = None, until: Any = None) -> list[dict[str, Any]]:
    """Pairwise agreement: one row per member, one column per member (P5 by default)."""
    codes = list(dict.fromkeys(resolve_member(m)[0] for m in members)) if members else list(P5)
    found = {(r["a"], r["b"]): r for r in _pairs(conn, codes, codes, since, until)}
    out = []
    for a in codes:
        row: dict[str, Any] = {"member": a}
        for b in codes:
            r = found.get((a, b))
            row[b] = r["same"] / r["votes_compared"] if r and r["votes_compared"] else None
        out.append(row)
    return out


def stats_vetoes(conn: Connection, by: str = "member", *, member: str | None = None,
                 since: Any = None, until: Any = None,
                 include_predecessors: bool = False) -> list[dict[str, Any]]:
    """Veto counts by member, seat (SUN with RUS, TWN with CHN), year, decade or topic.

    `vetoed_proposals` counts drafts, `vetoes` counts negative votes (a draft vetoed by two
    members counts once and twice). Years and decades with none inside the span are listed
    with zeros, so a chart shows the gaps.
    """
    if by not in STATS_BY:
        raise UsageError(f"unknown grouping '{by}': use {', '.join(STATS_BY)}")
    where = Where(conn)
    where.add("p.outcome = 'vetoed'")
    where.dates(since, until)
    veto_filter = ""
    if member:
        codes = resolve_member(member, include_predecessors=include_predecessors)
        codes_sql = where.in_list("m", codes)
        veto_filter = f"AND v.member_code IN ({codes_sql})"
        where.add(f"p.id IN (SELECT proposal_id FROM veto WHERE member_code IN ({codes_sql}))")
    rows = [clean(r) for r in conn.query(f"""
        SELECT p.id, p.date, COALESCE(p.agenda, p.subject, p.title) AS topic,
               v.member_code, v.member_name
        FROM proposal p LEFT JOIN veto v ON v.proposal_id = p.id {veto_filter}
        WHERE 1 = 1 {where.sql()}
        ORDER BY p.date, p.id""", where.params)]
    if by in ("member", "seat"):
        return _by_member(rows, seat=by == "seat")
    if by == "topic":
        return _count(rows, lambda r: r["topic"] or "(no subject)", "topic", order="count")
    if by == "year":
        return _fill(_count(rows, lambda r: int(r["date"][:4]) if r["date"] else None,
                            "year"), "year", 1)
    return _fill(_count(rows, lambda r: int(r["date"][:3]) * 10 if r["date"] else None,
                        "decade"), "decade", 10, label=lambda d: f"{d}s")


def _by_member(rows: list[dict], *, seat: bool) -> list[dict]:
    from unvotes import reference

    counts: Counter[str] = Counter(r["member_code"] for r in rows if r["member_code"])
    if not seat:
        names = {r["member_code"]: r["member_name"] for r in rows}
        return [{"member_code": c, "member_name": names[c], "vetoes": n}
                for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    seats: dict[str, dict[str, Any]] = {}
    for code, n in counts.items():
        s = seats.setdefault(reference.seat_of(code), {"members": [], "vetoes": 0})
        s["members"].append(code)
        s["vetoes"] += n
    return [{"seat": k, "seat_name": reference.members()[k].name,
             "members": sorted(v["members"]), "vetoes": v["vetoes"]}
            for k, v in sorted(seats.items(), key=lambda kv: (-kv[1]["vetoes"], kv[0]))]


def _count(rows: list[dict], key: Any, name: str, order: str = "key") -> list[dict]:
    drafts: dict[Any, set] = {}
    casts: Counter = Counter()
    for r in rows:
        k = key(r)
        drafts.setdefault(k, set()).add(r["id"])
        if r["member_code"]:
            casts[k] += 1
    out = [{name: k, "vetoed_proposals": len(ids), "vetoes": casts[k]}
           for k, ids in drafts.items()]
    if order == "count":
        out.sort(key=lambda r: (-r["vetoed_proposals"], str(r[name])))
    return out


def _fill(rows: list[dict], name: str, step: int, label: Any = None) -> list[dict]:
    known = {r[name]: r for r in rows if r[name] is not None}
    out = []
    if known:
        for k in range(min(known), max(known) + 1, step):
            r = known.get(k, {name: k, "vetoed_proposals": 0, "vetoes": 0})
            out.append({**r, name: label(k) if label else k})
    out += [r for r in rows if r[name] is None]
    return out
