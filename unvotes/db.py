"""Choosing the database, opening connections, and running migrations.

Two paths lead into the database:

* the **read path** (`connect`) uses the DB-API drivers directly — the stdlib `sqlite3`
  or psycopg — so that query commands start without paying for SQLAlchemy's import;
* the **write path** (`engine`, `upgrade`) uses SQLAlchemy and Alembic, imported lazily.

Every failure a user can cause (bad URL, unreachable server, a file that is not a
database, a read-only location, a schema newer than the code) surfaces as
`DatabaseError` with a one-line message; the CLI prints it and exits with status 2.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from unvotes.errors import DatabaseError, first_line

ENV_VAR = "UNVOTES_DB"

# Every revision this code knows, oldest first; the last is the head. A test checks this
# against Alembic's script directory so the read path can refuse newer databases without
# importing Alembic.
REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD = REVISIONS[-1]


def default_path() -> Path:
    """The embedded SQLite file used when neither --db nor UNVOTES_DB is given."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "unvotes" / "unvotes.db"


def resolve_url(db: str | None = None) -> str:
    """Turn --db, $UNVOTES_DB or the default into a SQLAlchemy-style URL."""
    raw = db or os.environ.get(ENV_VAR) or str(default_path())
    if "://" not in raw:
        return "sqlite:///" + str(Path(raw).expanduser().resolve())
    scheme = raw.split("://", 1)[0].lower()
    if scheme == "sqlite":
        return raw
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    raise DatabaseError(
        f"unknown database URL scheme '{scheme}' in {display_url(raw)}: "
        "use sqlite:///PATH, a file path, or postgresql+psycopg://USER@HOST/DB"
    )


def display_url(url: str) -> str:
    """The URL with any password replaced by ***."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


def dialect_of(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql"


def sqlite_path(url: str) -> str:
    """The filesystem path of a sqlite:/// URL (':memory:' for in-memory databases)."""
    rest = url.split(":///", 1)[1] if ":///" in url else ""
    return rest or ":memory:"


_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


class Connection:
    """A thin DB-API connection that speaks one parameter style (`:name`) on both engines."""

    def __init__(self, raw: Any, dialect: str, url: str) -> None:
        self.raw = raw
        self.dialect = dialect
        self.url = url

    def native(self, sql: str) -> str:
        """`sql` in the driver's own parameter style (for a raw cursor)."""
        if self.dialect == "sqlite":
            return sql
        # psycopg uses %(name)s; a literal % must be doubled first.
        return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))

    def date_param(self, value: Any) -> Any:
        """A date or datetime parameter as this engine stores it: ISO text on SQLite (what
        SQLAlchemy's Date and DateTime types read back), the object itself on PostgreSQL.
        Any other value is returned as it is."""
        if self.dialect == "sqlite" and isinstance(value, (date, datetime)):
            return value.isoformat(" ") if isinstance(value, datetime) else value.isoformat()
        return value

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        cur = self.raw.cursor()
        cur.execute(self.native(sql), dict(params or {}))
        return cur

    def executemany(self, sql: str, rows: list[dict[str, Any]]) -> None:
        """One statement over many parameter sets; nothing to do for none."""
        if rows:
            self.raw.cursor().executemany(self.native(sql), rows)

    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> Iterator[dict]:
        """Rows as dicts, streamed from the cursor."""
        cur = self.execute(sql, params)
        if cur.description is None:
            return
        names = [d[0] for d in cur.description]
        while True:
            batch = cur.fetchmany(500)
            if not batch:
                break
            for row in batch:
                yield dict(zip(names, row, strict=True))

    def scalar(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def table_names(self) -> set[str]:
        if self.dialect == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        else:
            sql = ("SELECT table_name FROM information_schema.tables "
                   "WHERE table_schema = current_schema()")
        return {r[0] for r in self.execute(sql).fetchall()}

    def commit(self) -> None:
        self.raw.commit()

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _explain(exc: BaseException, url: str) -> str:
    text = first_line(exc) or type(exc).__name__
    return f"{display_url(url)}: {text}"


def connect(url: str, *, readonly: bool = False, create: bool = True) -> Connection:
    """Open a DB-API connection. `readonly` is enforced by the engine itself."""
    if dialect_of(url) == "sqlite":
        import sqlite3

        path = sqlite_path(url)
        if path != ":memory:":
            p = Path(path)
            if not p.exists():
                if readonly or not create:
                    raise DatabaseError(f"{p}: no such database file")
                if not p.parent.exists():
                    try:
                        p.parent.mkdir(parents=True, exist_ok=True)
                    except OSError as exc:
                        raise DatabaseError(
                            f"{p}: cannot create its folder ({exc.strerror})") from None
            elif p.is_dir():
                raise DatabaseError(f"{p}: is a folder, not a SQLite database file")
        try:
            if readonly and path != ":memory:":
                raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            else:
                raw = sqlite3.connect(path)
            raw.execute("PRAGMA foreign_keys=ON")
            raw.execute("PRAGMA busy_timeout=30000")
            # Reading the schema proves the file is a database before anything is written.
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(_explain(exc, url)) from None
        return Connection(raw, "sqlite", url)
    try:
        import psycopg
    except ImportError:
        raise DatabaseError(
            "PostgreSQL needs psycopg: pip install 'unvotes[postgres]'"
        ) from None
    dsn = "postgresql://" + url.split("://", 1)[1]
    try:
        pg = psycopg.connect(dsn, connect_timeout=10)
    except psycopg.Error as exc:
        raise DatabaseError(_explain(exc, url)) from None
    if readonly:
        pg.read_only = True
    return Connection(pg, "postgresql", url)


# ---------------------------------------------------------------- schema revisions


def revision(conn: Connection) -> str | None:
    """The Alembic revision the database is at, or None for an empty database."""
    if "alembic_version" not in conn.table_names():
        return None
    value = conn.scalar("SELECT version_num FROM alembic_version")
    if conn.dialect == "postgresql":
        conn.raw.rollback()  # leave no transaction open after a read
    return value


def check_revision(conn: Connection) -> str | None:
    """Refuse a database whose schema is newer than (or unknown to) this code."""
    rev = revision(conn)
    if rev is not None and rev not in REVISIONS:
        raise DatabaseError(
            f"{display_url(conn.url)} is at schema revision {rev}, newer than this "
            f"version of unvotes knows (head {HEAD}); upgrade unvotes to use it"
        )
    return rev


def migrations_dir() -> Path:
    """Where the Alembic scripts live: inside the installed package, or the repo's alembic/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "migrations", here.parent / "alembic"):
        if (candidate / "env.py").exists():
            return candidate
    raise DatabaseError("the schema migrations are missing from this installation")


def _alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _run_alembic(url: str, action: str, rev: str) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from alembic import command

    cfg = _alembic_config(url)
    try:
        getattr(command, action)(cfg, rev)
    except SQLAlchemyError as exc:
        raise DatabaseError(_explain(getattr(exc, "orig", None) or exc, url)) from None
    except Exception as exc:  # Alembic's own errors (unknown revision, ...)
        if type(exc).__module__.startswith("alembic"):
            raise DatabaseError(f"{display_url(url)}: {exc}") from None
        raise


def upgrade(url: str, rev: str = "head") -> None:
    with connect(url) as conn:
        check_revision(conn)
    _run_alembic(url, "upgrade", rev)


def downgrade(url: str, rev: str) -> None:
    with connect(url) as conn:
        check_revision(conn)
    _run_alembic(url, "downgrade", rev)


def ensure_schema(url: str, *, quiet: bool = False) -> None:
    """Create the schema on a new empty database; refuse one that is newer than the code.

    A database behind the head is upgraded too, saying so: commands that write need every
    table the code knows about.
    """
    with connect(url) as conn:
        rev = check_revision(conn)
        tables = conn.table_names() if rev is None else set()
    if rev == HEAD:
        return
    if rev is None and tables - {"alembic_version"}:
        raise DatabaseError(
            f"{display_url(url)} holds tables but no unvotes schema revision; "
            "refusing to write into a database that is not an unvotes database"
        )
    if not quiet:
        what = "creating the unvotes schema in" if rev is None else "upgrading the schema of"
        print(f"{what} {display_url(url)}", file=sys.stderr)
    upgrade(url)
    from unvotes.reference_store import load_reference

    load_reference(url)


def open_read(url: str) -> Connection:
    """A read connection on a database that has the schema (creating it when empty)."""
    ensure_schema(url)
    return connect(url)


def open_readonly(url: str) -> Connection:
    """A connection the engine itself keeps from writing (for `unvotes sql`)."""
    ensure_schema(url)
    conn = connect(url, readonly=True)
    if conn.dialect == "sqlite":
        import sqlite3

        # mode=ro already refuses writes to the file; the authorizer also stops ATTACH,
        # which could otherwise create a new file beside it.
        denied = {sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH}

        def _authorize(action: int, *_: object) -> int:
            return sqlite3.SQLITE_DENY if action in denied else sqlite3.SQLITE_OK

        conn.raw.set_authorizer(_authorize)
    return conn


def is_driver_error(exc: BaseException) -> bool:
    """True for errors raised by sqlite3 or psycopg (bad SQL, refused writes, ...)."""
    return type(exc).__module__.split(".")[0] in ("sqlite3", "psycopg")


def engine(url: str) -> Any:
    """A SQLAlchemy engine for the write path; foreign keys enforced on SQLite."""
    from sqlalchemy import create_engine, event

    if dialect_of(url) == "sqlite":
        eng = create_engine(url)

        @event.listens_for(eng, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return eng
    return create_engine(url, pool_pre_ping=True)
