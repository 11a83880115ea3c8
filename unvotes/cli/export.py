"""`unvotes export`: every table and view to one file each, for spreadsheets and scripts."""

from __future__ import annotations

from typing import Annotated, List, Optional

import typer

from unvotes.cli.output import DbOpt, info


def export(
    out: Annotated[str, typer.Option("--out", "-o", metavar="DIR",
                                     help="Folder to write into (created if needed).")
                   ] = "unvotes-export",
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv or jsonl.")] = "csv",
    bom: Annotated[bool, typer.Option(
        "--bom", help="Start CSV files with a byte-order mark so Excel reads UTF-8.")] = False,
    only: Annotated[Optional[List[str]], typer.Option(
        "--table", "-t", help="Only this table or view (repeatable).",
        show_default=False)] = None,
    db: DbOpt = None,
) -> None:
    """Write every table and view, with names beside codes (member_code, member_name).

    In CSV, text beginning with =, +, -, @, tab or carriage return is prefixed with ' so a
    spreadsheet shows it rather than running it as a formula."""
    from unvotes import export as lib
    from unvotes.cli import database_url
    from unvotes.db import open_read

    with open_read(database_url(db)) as conn:
        written = lib.export(conn, out, fmt=fmt.lower(), bom=bom, only=only)
    for w in written:
        info(f"{w['rows']:>8} rows  {w['path']}")


def register(app: typer.Typer) -> None:
    app.command("export")(export)
