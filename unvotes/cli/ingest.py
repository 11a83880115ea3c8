"""`unvotes ingest` (articles into the database), `unvotes sources` and `unvotes conflicts`."""

from __future__ import annotations

import sys

# Typer reads Optional[List[str]] but not `list[str] | None`, hence the old spellings.
from typing import Annotated, List, Optional

import typer

from unvotes.cli.output import DbOpt, Format, FormatOpt, emit, emit_object, error


def ingest(
    paths: Annotated[List[str], typer.Argument(
        help="Articles: files (.txt, .html, .json, .jsonl), folders (read recursively), "
        "or - for stdin.", metavar="PATH", show_default=False)],
    published: Annotated[Optional[str], typer.Option(
        "--published", help="Publication date (YYYY-MM-DD) for articles that carry none.",
        show_default=False)] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=1, help="Extract in N processes (one writer).")] = 1,
    progress: Annotated[Optional[bool], typer.Option(
        "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is "
        "a terminal).", show_default=False)] = None,
    db: DbOpt = None,
    fmt: Annotated[Optional[Format], typer.Option(
        "--format", "-f", case_sensitive=False,
        help="Also write the summary to stdout in this format.", show_default=False)] = None,
) -> None:
    """Extract the votes articles report and add them to the database, each fact with the
    sentence it came from; reconcile them with what the database already knows.

    The same article twice (same content hash) is skipped. Each article is written in one
    transaction: a failure leaves nothing of it and the others go on (exit status 1).
    """
    from datetime import date

    from unvotes import ingest as ing
    from unvotes.cli import database_url
    from unvotes.errors import UsageError

    day = None
    if published:
        try:
            day = date.fromisoformat(published)
        except ValueError:
            raise UsageError(f"--published {published!r}: want a date as YYYY-MM-DD") from None
    url = database_url(db)
    show = sys.stderr.isatty() if progress is None else progress
    if show:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        bar = Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(),
                       MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                       TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        with bar:
            task = bar.add_task("ingest", total=None, rate="")

            def tick(_x: object) -> None:
                bar.advance(task)
                t = bar.tasks[0]
                if t.elapsed:
                    bar.update(task, rate=f"{t.completed / t.elapsed:,.0f} articles/s")

            summary = ing.ingest(url, paths, published=day, jobs=jobs, on_article=tick)
    else:
        summary = ing.ingest(url, paths, published=day, jobs=jobs)
    for line in summary.errors:
        error(line)
    ing.print_summary(summary)
    if fmt is not None:
        emit_object(summary.as_dict(), fmt, title="unvotes ingest")
    if summary.errors:
        raise typer.Exit(1)


def sources(
    ref: Annotated[str, typer.Argument(
        help="A draft symbol (S/2022/431), a resolution number (2397) or a proposal id "
        "(id:12).", show_default=False)],
    db: DbOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Every source of one proposal, with the sentences that support each fact."""
    from unvotes import provenance
    from unvotes.cli import database_url
    from unvotes.db import open_read

    with open_read(database_url(db)) as conn:
        found = provenance.sources(conn, ref)
    if fmt is Format.json:
        emit_object(found, fmt)
        return
    rows = [{"source_id": s["source_id"], "kind": s["kind"], "source": s["name"],
             "published": s["published"], "fact": f["fact"], "value": f["value"],
             "sentence": f["text"]}
            for s in found["sources"] for f in (s["facts"] or [{}])]
    p = found["proposal"]
    title = f"sources of proposal {p['id']} ({p['draft'] or p['resolution'] or p['date']})"
    emit(rows, fmt, ["source_id", "kind", "source", "published", "fact", "value", "sentence"],
         title=title)


def conflicts(db: DbOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Every disagreement between sources, with both values and where each came from."""
    from unvotes import provenance
    from unvotes.cli import database_url
    from unvotes.db import open_read

    with open_read(database_url(db)) as conn:
        emit(provenance.conflicts(conn), fmt, title="conflicts")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("sources")(sources)
    app.command("conflicts")(conflicts)
