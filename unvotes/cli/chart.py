"""`unvotes chart vetoes`: vetoes over time, in the terminal or as an image file."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from unvotes.cli.output import DbOpt, info

chart_app = typer.Typer(help="Charts of the record.", no_args_is_help=True)


@chart_app.command("vetoes")
def vetoes(
    by: Annotated[str, typer.Option("--by", help="year or decade.")] = "year",
    member: Annotated[Optional[str], typer.Option(
        "--member", metavar="MEMBER", help="Only this member's vetoes.",
        show_default=False)] = None,
    since: Annotated[Optional[str], typer.Option("--since", metavar="WHEN",
                                                 show_default=False)] = None,
    until: Annotated[Optional[str], typer.Option("--until", metavar="WHEN",
                                                 show_default=False)] = None,
    include_predecessors: Annotated[bool, typer.Option("--include-predecessors")] = False,
    out: Annotated[Optional[str], typer.Option(
        "--out", "-o", metavar="FILE", help="Write an image (.png, .svg, .pdf; needs the "
        "charts extra) instead of drawing in the terminal.", show_default=False)] = None,
    db: DbOpt = None,
) -> None:
    """Vetoed drafts per year or decade as a bar chart."""
    from unvotes import analyses, charts
    from unvotes.cli import database_url
    from unvotes.db import open_read
    from unvotes.errors import UsageError

    if by not in ("year", "decade"):
        raise UsageError(f"chart vetoes --by {by}: use year or decade")
    with open_read(database_url(db)) as conn:
        rows = analyses.stats_vetoes(conn, by, member=member, since=since, until=until,
                                     include_predecessors=include_predecessors)
    who = f" by {member}" if member else ""
    title = f"Vetoed drafts per {by}{who}"
    if out:
        path = charts.save_bars(rows, by, "vetoed_proposals", out, title=title,
                                ylabel="vetoed drafts")
        info(f"wrote {path}")
    else:
        typer.echo(charts.text_bars(rows, by, "vetoed_proposals", title=title))


def register(app: typer.Typer) -> None:
    app.add_typer(chart_app, name="chart")
