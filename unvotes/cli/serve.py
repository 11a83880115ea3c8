"""`unvotes serve`: browse the SQLite database in Datasette on this machine."""

from __future__ import annotations

from typing import Annotated

import typer

from unvotes.cli.output import DbOpt


def serve(
    port: Annotated[int, typer.Option("--port", "-p", help="Port on 127.0.0.1.")] = 8001,
    db: DbOpt = None,
) -> None:
    """Start Datasette on 127.0.0.1 with titles, descriptions, licences and canned queries
    (who vetoed what, a member's record, agreement between two members)."""
    from unvotes import serve as lib
    from unvotes.cli import database_url

    lib.serve(database_url(db), port=port)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
