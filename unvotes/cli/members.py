"""`unvotes members`: who sat on the Council, from the reference tables shipped in the package."""

from __future__ import annotations

from typing import Annotated

import typer

from unvotes.cli.output import Format, FormatOpt, emit


def members(
    year: Annotated[int | None, typer.Option("--year", "-y", help="Members seated at any "
                                             "time in this year.")] = None,
    on: Annotated[str | None, typer.Option("--on", help="Members seated on this ISO date.",
                                           show_default=False)] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List Council members of a year or a day; with neither, every known member state."""
    from unvotes import members as api

    rows = api.members(year=year, on=on)
    columns = (["code", "name", "permanent", "start_date", "end_date"]
               if year is not None or on is not None
               else ["code", "name", "official_name", "start_date", "end_date"])
    title = (f"Security Council members, {on or year}" if year is not None or on is not None
             else "Member states")
    emit(rows, fmt, columns, title=title)


def register(app: typer.Typer) -> None:
    app.command("members")(members)
