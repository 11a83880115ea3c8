"""Copies the reference tables shipped in the package (members, aliases, terms) into a database.

The package files are the truth; the database copy lets SQL users and Datasette join
votes to names and seats. Loading is idempotent: members are upserted (votes point at
them), aliases and terms are replaced whole.
"""

from __future__ import annotations

from unvotes import reference
from unvotes.db import Connection, connect


def load_reference(url: str) -> dict[str, int]:
    """Write the reference tables into the database at `url` in one transaction."""
    members = reference.members()
    aliases = [a for a in reference.aliases() if a.code in members]
    terms = reference.terms()
    with connect(url) as conn:
        try:
            _write(conn, members, aliases, terms)
            conn.commit()
        except BaseException:
            conn.raw.rollback()
            raise
    return {"members": len(members), "aliases": len(aliases), "terms": len(terms)}


def _write(conn: Connection, members: dict, aliases: list, terms: list) -> None:
    cur = conn.raw.cursor()
    ph = "?" if conn.dialect == "sqlite" else "%s"
    cur.executemany(
        f"INSERT INTO member (code, name, official_name, start_date, end_date) "
        f"VALUES ({ph}, {ph}, {ph}, {ph}, {ph}) ON CONFLICT (code) DO UPDATE SET "
        "name = excluded.name, official_name = excluded.official_name, "
        "start_date = excluded.start_date, end_date = excluded.end_date",
        [(m.code, m.name, m.official_name, _d(m.start), _d(m.end)) for m in members.values()],
    )
    cur.execute("DELETE FROM alias")
    cur.executemany(
        f"INSERT INTO alias (member_code, alias, kind, valid_from, valid_to) "
        f"VALUES ({ph}, {ph}, {ph}, {ph}, {ph})",
        [(a.code, a.alias, a.kind, _d(a.valid_from), _d(a.valid_to)) for a in aliases],
    )
    cur.execute("DELETE FROM term")
    cur.executemany(
        f"INSERT INTO term (member_code, start_date, end_date, permanent) "
        f"VALUES ({ph}, {ph}, {ph}, {ph})",
        [(t.code, _d(t.start), _d(t.end), bool(t.permanent)) for t in terms],
    )


def _d(value: object) -> object:
    # SQLite stores dates as ISO text (what SQLAlchemy's Date type reads back).
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else value
