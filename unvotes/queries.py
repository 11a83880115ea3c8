"""Named, parameterised queries returning rows as dicts.

They run on the light DB-API connection from `unvotes.db.connect`, so the read path never
imports SQLAlchemy. Every filter is a bound parameter (`:name`), never pasted into SQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from unvotes.db import Connection, display_url, is_driver_error, revision
from unvotes.errors import UsageError

COUNTED_TABLES = ("members", "proposals", "votes", "sponsors", "sources", "evidence",
                  "conflicts")
_TABLE_OF = {"members": "member", "proposals": "proposal", "votes": "vote",
             "sponsors": "sponsorship", "sources": "source", "evidence": "evidence",
             "conflicts": "conflict"}


def status(conn: Connection) -> dict[str, Any]:
    """How much the database holds, where it is, and its schema revision."""
    out: dict[str, Any] = {"database": display_url(conn.url), "revision": revision(conn)}
    for key in COUNTED_TABLES:
        out[key] = int(conn.scalar(f"SELECT count(*) FROM {_TABLE_OF[key]}"))
    out["official_sources"] = int(conn.scalar(
        "SELECT count(*) FROM source WHERE kind = 'official'"))
    out["article_sources"] = int(conn.scalar(
        "SELECT count(*) FROM source WHERE kind = 'article'"))
    return out


def run_sql(conn: Connection, sql: str, params: Mapping[str, Any] | None = None
            ) -> Iterator[dict]:
    """Run one read-only statement with bound parameters (the `unvotes sql` escape hatch)."""
    if not sql.strip():
        raise UsageError("no SQL given")
    try:
        yield from conn.query(sql, params or {})
    except Exception as exc:
        if not is_driver_error(exc):
            raise
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if "read-only" in text or "readonly" in text or "not authorized" in text:
            text += " (unvotes sql is read-only)"
        raise UsageError(f"SQL refused: {text}") from None
