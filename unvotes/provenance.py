"""Looking back at the evidence: who said what about a proposal, and where sources disagree.

Read path only: plain DB-API through `unvotes.db.Connection`, never SQLAlchemy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from unvotes.db import Connection
from unvotes.errors import UsageError

__all__ = ["conflicts", "resolve_ref", "sources"]

_ID = re.compile(r"^\s*(?:id[:=]|#)\s*(\d+)\s*$", re.I)
_RES = re.compile(r"^\s*(?:S\s*/\s*RES\s*/\s*)?(\d{1,5})(?:\s*\(\s*\d{4}\s*\))?\s*$", re.I)


def resolve_ref(conn: Connection, ref: str) -> int:
    """A proposal id from REF: a draft symbol ("S/2022/431"), a resolution number ("2397",
    "S/RES/2397 (2017)") or an id ("id:12", "#12"). A bare number is a resolution number
    when one exists, else an id."""
    m = _ID.match(ref)
    if m:
        pid = conn.scalar("SELECT id FROM proposal WHERE id = :i", {"i": int(m.group(1))})
        if pid is None:
            raise UsageError(f"no proposal with id {m.group(1)}")
        return int(pid)
    m = _RES.match(ref)
    if m:
        n = int(m.group(1))
        pid = conn.scalar("SELECT min(id) FROM proposal WHERE resolution = :n", {"n": n})
        if pid is None and "/" not in ref:
            pid = conn.scalar("SELECT id FROM proposal WHERE id = :n", {"n": n})
        if pid is None:
            raise UsageError(f"no proposal for {ref!r}: no resolution {n} (nor id {n})")
        return int(pid)
    from unvotes.facts import canonical_draft

    draft = canonical_draft(ref)
    if draft:
        base = draft.split("/Rev")[0]
        rows = list(conn.query("SELECT id, draft FROM proposal WHERE draft = :d OR draft "
                               "LIKE :p ORDER BY id", {"d": draft, "p": base + "%"}))
        for r in rows:
            if canonical_draft(r["draft"]) == draft:
                return int(r["id"])
        raise UsageError(f"no proposal with draft symbol {draft}")
    raise UsageError(f"{ref!r} is not a draft symbol (S/2022/431), a resolution number "
                     "(2397) or an id (id:12)")


def sources(conn: Connection, ref: str) -> dict[str, Any]:
    """Every source of one proposal, each with its own reading and the sentences that
    support each fact it states, plus the proposal's conflicts."""
    pid = resolve_ref(conn, ref)
    proposal = next(conn.query("SELECT * FROM proposal_overview WHERE id = :p", {"p": pid}))
    evidence: dict[int, list[dict]] = {}
    for r in conn.query('SELECT source_id, fact, value, text, start, "end" FROM evidence '
                        "WHERE proposal_id = :p ORDER BY source_id, id", {"p": pid}):
        evidence.setdefault(r["source_id"], []).append(
            {"fact": r["fact"], "value": r["value"], "text": r["text"] or None,
             "start": r["start"], "end": r["end"]})
    out_sources = []
    for r in conn.query(
            "SELECT s.id, s.kind, s.name, s.url, s.title, s.publisher, s.licence, s.format, "
            "s.published, s.content_hash, ps.reference, ps.date, ps.outcome, ps.vetoed_by, "
            "ps.confidence FROM proposal_source ps JOIN source s ON s.id = ps.source_id "
            "WHERE ps.proposal_id = :p ORDER BY CASE WHEN s.kind = 'official' THEN 0 "
            "ELSE 1 END, s.published, s.id", {"p": pid}):
        out_sources.append({
            "source_id": r["id"], "kind": r["kind"], "name": r["name"], "url": r["url"],
            "title": r["title"], "publisher": r["publisher"], "licence": r["licence"],
            "format": r["format"], "published": r["published"],
            "content_hash": r["content_hash"],
            "reading": {"reference": r["reference"], "date": r["date"],
                        "outcome": r["outcome"],
                        "vetoed_by": [c for c in (r["vetoed_by"] or "").split(";") if c],
                        "confidence": r["confidence"]},
            "facts": evidence.get(r["id"], []),
        })
    return {"proposal": proposal, "sources": out_sources,
            "conflicts": list(conflicts(conn, proposal_id=pid))}


def conflicts(conn: Connection, *, proposal_id: int | None = None) -> Iterator[dict]:
    """Every disagreement between two sources, with both values and both sources."""
    where = "WHERE c.proposal_id = :p" if proposal_id is not None else ""
    yield from conn.query(
        "SELECT c.id, c.proposal_id, p.draft, p.resolution, p.date, c.fact, "
        "c.value_a, c.source_a_id, sa.kind AS source_a_kind, sa.name AS source_a_name, "
        "c.value_b, c.source_b_id, sb.kind AS source_b_kind, sb.name AS source_b_name, "
        "c.note FROM conflict c JOIN proposal p ON p.id = c.proposal_id "
        "LEFT JOIN source sa ON sa.id = c.source_a_id "
        f"LEFT JOIN source sb ON sb.id = c.source_b_id {where} "
        "ORDER BY p.date, c.proposal_id, c.fact, c.id",
        {"p": proposal_id} if proposal_id is not None else {})
