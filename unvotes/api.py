"""The Python API: the same named queries the CLI runs, returning lists of plain dicts.

    import unvotes
    db = unvotes.connect()                     # $UNVOTES_DB, or the embedded file
    russia = db.vetoes(by="Russia", since=2011)
    db.agreement("USA", "RUS", since=1992)["agreement"]
    db.vetoes().to_pandas()                    # with pandas installed

Like the CLI's read path, this never imports SQLAlchemy: it talks to the database through
the DB-API driver (sqlite3 or psycopg) and creates the schema only when the database is new.
"""

from __future__ import annotations

import os
from typing import Any

from unvotes import analyses, export, queries
from unvotes.db import Connection, open_read, resolve_url


class Rows(list):
    """A list of dicts (one per row) that can become a pandas DataFrame."""

    def to_pandas(self) -> Any:
        """A DataFrame of these rows; `date` columns become datetimes (needs pandas)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install 'unvotes[pandas]'") from None
        frame = pd.DataFrame(list(self))
        for column in frame.columns:
            if column == "date" or column.endswith("_date"):
                frame[column] = pd.to_datetime(frame[column])
        return frame


class Database:
    """One database; its connection opens on first use. Use it as a context manager, or
    call close(), to release the connection."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self._conn: Connection | None = None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            self._conn = open_read(self.url)
            if self._conn.dialect == "postgresql":
                # Reads only: no transaction left idle between calls.
                self._conn.raw.autocommit = True
        return self._conn

    def vetoes(self, *, by: str | None = None, since: Any = None, until: Any = None,
               topic: str | None = None, include_predecessors: bool = False) -> Rows:
        """Vetoed proposals (see `unvotes vetoes`)."""
        return Rows(queries.vetoes(self.conn, by=by, since=since, until=until, topic=topic,
                                   include_predecessors=include_predecessors))

    def votes(self, ref: str | int) -> dict[str, Any]:
        """One proposal in full: REF is a draft symbol, resolution number or id:N."""
        return queries.votes(self.conn, ref)

    def proposals(self, *, outcome: str | None = None, since: Any = None, until: Any = None,
                  topic: str | None = None, member: str | None = None,
                  voted: str | None = None, include_predecessors: bool = False) -> Rows:
        """Proposals put to the vote, with filters (see `unvotes proposals`)."""
        return Rows(queries.proposals(self.conn, outcome=outcome, since=since, until=until,
                                      topic=topic, member=member, voted=voted,
                                      include_predecessors=include_predecessors))

    def member(self, name: str, *, since: Any = None, until: Any = None,
               include_predecessors: bool = False) -> dict[str, Any]:
        """A member's record: terms, votes by value, vetoes, sponsored proposals."""
        return analyses.member(self.conn, name, since=since, until=until,
                               include_predecessors=include_predecessors)

    def agreement(self, a: str, b: str, *, since: Any = None,
                  until: Any = None) -> dict[str, Any]:
        """{"a", "b", "votes_compared", "agreement"} for two members."""
        return analyses.agreement(self.conn, a, b, since=since, until=until)

    def agreement_matrix(self, members: list[str] | None = None, *, since: Any = None,
                         until: Any = None) -> Rows:
        """Pairwise agreement; the permanent members by default."""
        return Rows(analyses.agreement_matrix(self.conn, members, since=since, until=until))

    def stats(self, what: str = "vetoes", *, by: str = "member", member: str | None = None,
              since: Any = None, until: Any = None,
              include_predecessors: bool = False) -> Rows:
        """Counts (only `vetoes` so far) by member, seat, year, decade or topic."""
        if what != "vetoes":
            raise ValueError(f"no statistics for {what!r}; try 'vetoes'")
        return Rows(analyses.stats_vetoes(self.conn, by, member=member, since=since,
                                          until=until,
                                          include_predecessors=include_predecessors))

    def export(self, out: str | os.PathLike = "unvotes-export", *, format: str = "csv",
               bom: bool = False, only: list[str] | None = None) -> Rows:
        """Write every table and view to OUT (one file each); returns what was written."""
        return Rows(export.export(self.conn, out, fmt=format, bom=bom, only=only))

    def query(self, sql: str, params: dict[str, Any] | None = None) -> Rows:
        """Any SQL with `:name` parameters, on either engine."""
        return Rows(queries.clean(r) for r in queries.run_sql(self.conn, sql, params))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        from unvotes.db import display_url

        return f"<unvotes.Database {display_url(self.url)}>"


def connect(url: str | None = None) -> Database:
    """The database at URL (a SQLite path or a postgresql+psycopg:// URL); by default
    $UNVOTES_DB, else the embedded SQLite file."""
    return Database(url)
