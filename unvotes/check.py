"""`unvotes check`: the stored record checked against the Charter, the membership tables and
itself. Read-only; runs on the light DB-API connection (no SQLAlchemy).

Each finding is a dict: proposal_id, date, symbol (draft, resolution or meeting), kind,
detail, and explained_by (the id of the `corrections.csv` row that explains it, if any).
Kinds:

``not_on_council``    a vote by a member that held no seat that day (`term` table)
``tally``             the members' votes do not add up to the stated tally, or the source
                      could not give some members' votes ("?" cells)
``arithmetic``        an outcome the Charter arithmetic contradicts: adopted with too few yes
                      votes (7 of 11 until 1965, 9 of 15 from 1966), vetoed without a
                      permanent member's no or without the votes to pass otherwise, failed
                      although it had the votes and no permanent member voted no
``permanent_no``      adopted although a permanent member voted no (procedural votes, or an
                      error), and failed with the votes to pass plus a permanent no (a veto
                      the source did not call one)
``conflict:<fact>``   two sources disagree (from the `conflict` table)
``only_in_one``       a proposal one official source gives and another source covering that
                      day and outcome does not, with the nearest candidate as the reason
``duplicate``         a file named one resolution twice (noted at import)
``claims``            the proposal's claim sums no longer match its evidence (sources or
                      evidence changed by hand); `unvotes db recount` rebuilds them
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

from unvotes.db import Connection

COLUMNS = ("proposal_id", "date", "symbol", "kind", "detail", "explained_by")


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _symbol(row: dict) -> str | None:
    if row.get("resolution") is not None:
        d = _day(row.get("date"))
        return f"S/RES/{row['resolution']}" + (f" ({d.year})" if d else "")
    return row.get("draft") or row.get("meeting")


def seats(day: date) -> tuple[int, int]:
    """(Council size, yes votes needed) on `day`: 11/7 until 1965, 15/9 from 1966."""
    return (11, 7) if day.year <= 1965 else (15, 9)


def _finding(row: dict, kind: str, detail: str, explained_by: str | None = None) -> dict:
    return {"proposal_id": row["id"], "date": _day(row.get("date")), "symbol": _symbol(row),
            "kind": kind, "detail": detail, "explained_by": explained_by}


def findings(conn: Connection) -> Iterator[dict]:
    """Every finding, grouped by kind."""
    proposals = {r["id"]: r for r in conn.query(
        "SELECT id, date, draft, resolution, meeting, outcome, yes, no, abstain, absent "
        "FROM proposal")}
    formats: dict[int, set[str]] = defaultdict(set)
    for r in conn.query("SELECT ps.proposal_id, s.format FROM proposal_source ps "
                        "JOIN source s ON s.id = ps.source_id WHERE s.kind = 'official'"):
        formats[r["proposal_id"]].add(r["format"] or "")
    yield from _not_on_council(conn, proposals, formats)
    yield from _arithmetic(conn, proposals)
    yield from _conflicts(conn, proposals)
    yield from _only_in_one(conn, proposals)
    for r in conn.query("SELECT proposal_id, text FROM evidence WHERE fact = 'duplicate' "
                        "ORDER BY proposal_id"):
        yield _finding(proposals[r["proposal_id"]], "duplicate", r["text"])
    from unvotes.merge import claims_out_of_step

    for pid in claims_out_of_step(conn):
        if pid in proposals:
            yield _finding(proposals[pid], "claims", "the sums of what its sources state no "
                           "longer match their evidence; `unvotes db recount` rebuilds them")


def _not_on_council(conn: Connection, proposals: dict, formats: dict) -> Iterator[dict]:
    from unvotes.official.corrections import explains

    rows = conn.query(
        "SELECT v.proposal_id, v.member_code, v.value, m.name FROM vote v "
        "JOIN proposal p ON p.id = v.proposal_id JOIN member m ON m.code = v.member_code "
        "WHERE p.date IS NOT NULL AND NOT EXISTS ("
        "  SELECT 1 FROM term t WHERE t.member_code = v.member_code "
        "  AND t.start_date <= p.date AND (t.end_date IS NULL OR p.date <= t.end_date)) "
        "ORDER BY p.date, v.proposal_id, v.member_code")
    for r in rows:
        p = proposals[r["proposal_id"]]
        day = _day(p["date"])
        fix = next((c for f in sorted(formats.get(p["id"], ()))
                    if (c := explains(f, r["member_code"], day))), None)
        yield _finding(p, "not_on_council",
                       f"{r['name']} ({r['member_code']}) voted {r['value']} but held no "
                       f"Council seat on {day}" + (f"; the vote belongs to {fix.fix}" if fix
                                                   else ""),
                       fix.id if fix else None)


def _arithmetic(conn: Connection, proposals: dict) -> Iterator[dict]:
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in conn.query("SELECT proposal_id, value, count(*) AS n FROM vote "
                        "GROUP BY proposal_id, value"):
        counts[r["proposal_id"]][r["value"]] = int(r["n"])
    permanent_no: dict[int, list[str]] = defaultdict(list)
    for r in conn.query(
            "SELECT v.proposal_id, v.member_code FROM vote v "
            "JOIN proposal p ON p.id = v.proposal_id "
            "WHERE v.value = 'no' AND EXISTS (SELECT 1 FROM term t "
            "  WHERE t.member_code = v.member_code AND t.permanent "
            "  AND t.start_date <= p.date AND (t.end_date IS NULL OR p.date <= t.end_date)) "
            "ORDER BY v.proposal_id, v.member_code"):
        permanent_no[r["proposal_id"]].append(r["member_code"])
    # Votes the source had but could not give ("?" cells, unknown names), as noted at import.
    unknown = {r["proposal_id"]: int(r["n"]) for r in conn.query(
        "SELECT proposal_id, count(*) AS n FROM evidence WHERE fact = 'note' "
        "AND text LIKE '%vote % unknown%' GROUP BY proposal_id")}
    for pid in sorted(proposals, key=lambda i: (str(proposals[i]["date"]), i)):
        p = proposals[pid]
        day = _day(p["date"])
        if day is None:
            continue
        size, needed = seats(day)
        c = counts.get(pid, {})
        roll_call = sum(c.values()) > 5  # a full roll call, not just the vetoing members
        yes, no, abstain, absent = p["yes"], p["no"], p["abstain"], p["absent"]
        if unknown.get(pid):
            stated = (f"the tally says {yes}-{no}-{abstain}" if yes is not None
                      else "no tally is given either")
            yield _finding(p, "tally", f"{unknown[pid]} members' votes are unknown in the "
                           f"source; {stated}")
        if roll_call and None not in (yes, no, abstain):
            got = (c.get("yes", 0), c.get("no", 0), c.get("abstain", 0))
            did_not = c.get("absent", 0) + c.get("not_participating", 0)
            if got != (yes, no, abstain) or (absent is not None and did_not != absent):
                yield _finding(p, "tally",
                               f"votes add up to {got[0]}-{got[1]}-{got[2]}"
                               f" ({did_not} not voting) but the tally says "
                               f"{yes}-{no}-{abstain}"
                               + (f" ({absent} not voting)" if absent is not None else ""))
        if yes is None:
            yes = c.get("yes") if roll_call else None
        total = sum(x or 0 for x in (p["yes"], p["no"], p["abstain"], p["absent"]))
        if total > size:
            yield _finding(p, "arithmetic", f"the tally counts {total} members; the Council "
                           f"had {size}")
        vetoers = permanent_no.get(pid, [])
        outcome = p["outcome"]
        if outcome == "adopted":
            if yes is not None and yes < needed:
                yield _finding(p, "arithmetic", f"adopted with {yes} yes votes; the Charter "
                               f"needs {needed} of {size}")
            if vetoers:
                yield _finding(p, "permanent_no", f"adopted although {', '.join(vetoers)} "
                               "voted no (a procedural vote, or an error)")
        elif outcome == "vetoed":
            if roll_call and not vetoers:
                yield _finding(p, "arithmetic", "vetoed, but no permanent member voted no")
            if yes is not None and yes < needed:
                yield _finding(p, "arithmetic", f"vetoed, yet it had only {yes} yes votes "
                               f"of the {needed} needed: it failed on the votes anyway")
        elif outcome == "failed" and yes is not None and yes >= needed:
            if vetoers:
                yield _finding(p, "permanent_no", f"failed with {yes} yes votes and a no from "
                               f"{', '.join(vetoers)}: a veto the source does not call one")
            else:
                yield _finding(p, "arithmetic", f"failed although it had {yes} yes votes of "
                               f"the {needed} needed and no permanent member voted no")


def _conflicts(conn: Connection, proposals: dict) -> Iterator[dict]:
    rows = conn.query(
        "SELECT c.proposal_id, c.fact, c.value_a, c.value_b, c.note, "
        "sa.name AS source_a, sb.name AS source_b FROM conflict c "
        "LEFT JOIN source sa ON sa.id = c.source_a_id "
        "LEFT JOIN source sb ON sb.id = c.source_b_id ORDER BY c.proposal_id, c.id")
    for r in rows:
        detail = (f"{r['source_a'] or '?'} says {r['value_a']}, "
                  f"{r['source_b'] or '?'} says {r['value_b']}")
        if r["note"]:
            detail += f" ({r['note']})"
        yield _finding(proposals[r["proposal_id"]], f"conflict:{r['fact']}", detail)


def _only_in_one(conn: Connection, proposals: dict) -> Iterator[dict]:
    """Proposals only one official source gives, where another covers that day and outcome."""
    links: dict[int, list[int]] = defaultdict(list)
    coverage: dict[int, dict[str, Any]] = {}
    for r in conn.query(
            "SELECT ps.proposal_id, ps.source_id, ps.outcome, p.date, s.name, s.format "
            "FROM proposal_source ps JOIN source s ON s.id = ps.source_id "
            "JOIN proposal p ON p.id = ps.proposal_id WHERE s.kind = 'official'"):
        links[r["proposal_id"]].append(r["source_id"])
        day = _day(r["date"])
        cov = coverage.setdefault(r["source_id"], {
            "name": r["name"], "format": r["format"], "first": day, "last": day,
            "outcomes": set(), "keys": defaultdict(list)})
        if day is not None:
            cov["first"] = min(filter(None, (cov["first"], day)))
            cov["last"] = max(filter(None, (cov["last"], day)))
        if r["outcome"]:
            cov["outcomes"].add(r["outcome"])
        for key in _keys(proposals[r["proposal_id"]]):
            cov["keys"][key].append(r["proposal_id"])
    for pid in sorted(links, key=lambda i: (str(proposals[i]["date"]), i)):
        if len(links[pid]) != 1:
            continue
        p = proposals[pid]
        day = _day(p["date"])
        own = coverage[links[pid][0]]
        if day is None:
            continue
        for sid, cov in coverage.items():
            if sid == links[pid][0] or cov["format"] == own["format"]:
                continue
            if not (cov["first"] <= day <= cov["last"]) or p["outcome"] not in cov["outcomes"]:
                continue
            reason = _nearest(p, day, cov["keys"], proposals)
            yield _finding(p, "only_in_one", f"only {own['name']} gives this "
                           f"{p['outcome'] or ''} proposal; {cov['name']} covers the day but "
                           f"has no match: {reason}")


def _keys(p: dict) -> list[tuple]:
    from unvotes.official.symbols import draft_base

    keys: list[tuple] = [("day", _day(p["date"]))]
    if p["draft"]:
        keys.append(("draft", draft_base(p["draft"])))
    if p["resolution"] is not None:
        keys.append(("res", p["resolution"]))
    if p["meeting"]:
        keys.append(("meeting", p["meeting"]))
    return keys


def _nearest(p: dict, day: date, keys: dict, proposals: dict) -> str:
    """Why the other source has no match: the same symbol elsewhere, or another that day."""
    for key in _keys(p)[1:]:
        for oid in keys.get(key, ()):
            o = proposals[oid]
            od = _day(o["date"])
            gap = abs((od - day).days) if od else None
            if gap == 0:
                return (f"its {_symbol(o)} of that day matched another proposal (the "
                        "symbol names several votes)")
            return f"it has {_symbol(o)} on {od}, {gap} days apart (date written differently)"
    same_day = [proposals[o] for o in keys.get(("day", day), ())
                if proposals[o]["outcome"] == p["outcome"]]
    if same_day:
        names = ", ".join(str(_symbol(o) or "a proposal without symbol") for o in same_day[:3])
        return f"that day it has {names} (symbol written differently, or another vote)"
    if not (p["draft"] or p["resolution"] is not None):
        return "no draft symbol" + (f", only the meeting {p['meeting']}" if p["meeting"]
                                    else "") + ", and nothing that day"
    return "nothing with that symbol, nor that day"
