"""The `unvotes` command line: a thin face over the library.

Each command group lives in its own module exposing `register(app)`. Modules import only
Typer at load time so `unvotes --help` stays fast; the database and extraction machinery
are imported inside the commands that need them.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperGroup

from unvotes.cli.output import error

if TYPE_CHECKING:
    # The context a group's invoke() receives: Typer's vendored Click one, not its subclass
    # typer.Context.
    from typer._click import Context

# The command groups, in the order `--help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "ingest", "extract", "sync", "official",          # getting the record in
    "query", "chart", "export", "serve", "members",   # asking it
    "db",                                             # status, sql, migrations
)



class _Group(TyperGroup):
    """Turns the errors a user can fix into one line on stderr and an exit status."""

    def invoke(self, ctx: Context) -> object:
        from unvotes.errors import UnvotesError

        try:
            return super().invoke(ctx)
        except UnvotesError as exc:
            error(str(exc))
            ctx.exit(exc.exit_code)


app = typer.Typer(
    cls=_Group,
    name="unvotes",
    help="The UN Security Council's voting record: proposals, votes, vetoes and sponsors, "
    "built from news articles and reconciled with the UN's own records.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_root_db: str | None = None


def database_url(db: str | None) -> str:
    """The URL a command should use: its own --db, the global --db, $UNVOTES_DB or default."""
    from unvotes.db import resolve_url

    return resolve_url(db or _root_db)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"unvotes {version('unvotes')}")
        raise typer.Exit()


@app.callback()
def _root(
    db: Annotated[str | None, typer.Option(
        "--db", help="Database URL (sqlite:///FILE, postgresql+psycopg://...) or a SQLite file "
        "path. Default: $UNVOTES_DB, else ~/.local/share/unvotes/unvotes.db.",
        show_default=False)] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    global _root_db
    _root_db = db


for _name in COMMAND_MODULES:
    importlib.import_module(f"unvotes.cli.{_name}").register(app)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        error("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a message.
        sys.stderr.close()
        sys.exit(0)
