"""`unvotes db …` (schema migrations), `unvotes status` and `unvotes sql`."""

from __future__ import annotations

# Typer reads Optional[List[str]] but not `list[str] | None`, hence the old spellings.
from typing import Annotated, List, Optional

import typer

from unvotes.cli.output import DbOpt, Format, FormatOpt, emit, emit_object, info

db_app = typer.Typer(help="Create, upgrade and inspect the database schema.",
                     no_args_is_help=True)


@db_app.command("upgrade")
def upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
    db: DbOpt = None,
) -> None:
    """Upgrade the schema (creating it on an empty database) and refresh reference tables."""
    from unvotes import db as dbm
    from unvotes.cli import database_url
    from unvotes.reference_store import load_reference

    url = database_url(db)
    dbm.upgrade(url, revision)
    if revision == "head":
        load_reference(url)
    with dbm.connect(url) as conn:
        info(f"{dbm.display_url(url)} is at revision {dbm.revision(conn)}")


@db_app.command("downgrade")
def downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision ('base' drops everything).")],
    db: DbOpt = None,
) -> None:
    """Downgrade the schema to REVISION."""
    from unvotes import db as dbm
    from unvotes.cli import database_url

    url = database_url(db)
    dbm.downgrade(url, revision)
    with dbm.connect(url) as conn:
        info(f"{dbm.display_url(url)} is at revision {dbm.revision(conn) or 'base'}")


@db_app.command("recount")
def recount(db: DbOpt = None) -> None:
    """Rebuild every proposal's claim sums from the evidence, in one transaction, and recompute
    the proposals whose sums had drifted (after sources or evidence were edited by hand)."""
    from unvotes import db as dbm
    from unvotes.cli import database_url
    from unvotes.merge import recount as recount_claims

    url = database_url(db)
    dbm.ensure_schema(url)
    with dbm.connect(url) as conn:
        done, wrong = recount_claims(conn)
        conn.commit()
    info(f"recounted the claims of {done} proposals; {wrong} had drifted from their evidence")


@db_app.command("current")
def current(db: DbOpt = None) -> None:
    """Print the schema revision of the database (or 'base' when it has none)."""
    from unvotes import db as dbm
    from unvotes.cli import database_url

    url = database_url(db)
    with dbm.connect(url, create=False) as conn:
        rev = dbm.check_revision(conn)
    head = " (head)" if rev == dbm.HEAD else ""
    typer.echo(f"{rev or 'base'}{head}")


def status(db: DbOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Counts of what the database holds, its URL (password hidden) and schema revision."""
    from unvotes import db as dbm
    from unvotes import queries
    from unvotes.cli import database_url

    with dbm.open_read(database_url(db)) as conn:
        emit_object(queries.status(conn), fmt, title="unvotes status")


def sql(
    statement: Annotated[str, typer.Argument(help="One SELECT statement; :name parameters.")],
    values: Annotated[Optional[List[str]], typer.Argument(
        metavar="[VALUE]...", help="The values of the -p parameters, in order.",
        show_default=False)] = None,
    param: Annotated[Optional[List[str]], typer.Option(
        "--param", "-p", metavar="NAME VALUE",
        help="Bind :NAME to VALUE (repeatable); NAME=VALUE works too.",
        show_default=False)] = None,
    db: DbOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Run a read-only SQL query; write statements are refused on every engine."""
    from unvotes import queries
    from unvotes.cli import database_url
    from unvotes.db import open_readonly

    params = _bind(param or [], list(values or []))
    with open_readonly(database_url(db)) as conn:
        emit(queries.run_sql(conn, statement, params), fmt)


def _bind(names: list[str], values: list[str]) -> dict[str, str]:
    """Pair `-p NAME VALUE` options: Typer gives NAME to the option and VALUE to the
    positional list, in the order they were typed."""
    from unvotes.errors import UsageError

    params: dict[str, str] = {}
    for name in names:
        if "=" in name:
            key, value = name.split("=", 1)
        elif values:
            key, value = name, values.pop(0)
        else:
            raise UsageError(f"-p {name}: missing VALUE (use -p NAME VALUE)")
        params[key] = value
    if values:
        raise UsageError(f"unexpected argument {values[0]!r}: give one SQL statement, "
                         "and each parameter as -p NAME VALUE")
    return params


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
    app.command("status")(status)
    app.command("sql")(sql)
