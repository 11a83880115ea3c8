"""`unvotes sync`: download the official files from their publishers and import them."""

from __future__ import annotations

import sys

# Typer reads Optional[List[str]] but not `list[str] | None`, hence the old spellings.
from typing import TYPE_CHECKING, Annotated, List, Optional

import typer

from unvotes.cli.output import DbOpt, Format, FormatOpt, emit, info

if TYPE_CHECKING:
    from rich.progress import TaskID


def sync(
    only: Annotated[Optional[List[str]], typer.Option(
        "--only", metavar="NAME", help="Sync only this dataset (repeatable); 'dhl-meetings' "
        "means every year, 'dhl-meetings-1971' one.", show_default=False)] = None,
    base_url: Annotated[Optional[str], typer.Option(
        "--base-url", metavar="URL", help="A mirror serving the same file names as the "
        "publishers (the last segment of each URL in --list).", show_default=False)] = None,
    timeout: Annotated[float, typer.Option(
        "--timeout", min=0.01, help="Seconds to wait for a connection or for data.")] = 30.0,
    deadline: Annotated[float, typer.Option(
        "--max-time", min=0.01, help="Seconds allowed for one whole file.")] = 600.0,
    force: Annotated[bool, typer.Option(
        "--force", help="Download even files that have not changed since the last sync.")
    ] = False,
    list_only: Annotated[bool, typer.Option(
        "--list", help="List the datasets and their URLs, and do nothing else.")] = False,
    progress: Annotated[Optional[bool], typer.Option(
        "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is "
        "a terminal).", show_default=False)] = None,
    fmt: FormatOpt = Format.table,
    db: DbOpt = None,
) -> None:
    """Download the UN's voting records from their publishers and import them.

    Unchanged files are not fetched again (ETag / Last-Modified). Each download is checked
    (complete, large enough, in the expected format) before it is imported in one
    transaction, so a broken download leaves the database as it was. Each dataset gets one
    line on stderr; the exit status is 1 if any failed.
    """
    from unvotes.official import sync as s

    datasets = s.select(only)
    if list_only:
        rows = ({"name": d.name, "format": d.format, "url": s.url_for(d, base_url),
                 "min_size": d.min_size, "description": d.description} for d in datasets)
        emit(rows, fmt, ["name", "format", "url", "min_size", "description"])
        return
    from unvotes.cli import database_url

    show = sys.stderr.isatty() if progress is None else progress
    bar = _RichProgress() if show else None
    try:
        results = s.sync(database_url(db), datasets, base_url=base_url, timeout=timeout,
                         deadline=deadline, force=force, progress=bar,
                         report=lambda r: _report(r, bar))
    finally:
        if bar:
            bar.stop()
    failed = [r for r in results if r.status == "failed"]
    counts = {k: sum(r.status == k for r in results)
              for k in ("imported", "already imported", "unchanged", "failed")}
    if len(results) > 1:
        info("sync: " + ", ".join(f"{n} {k}" for k, n in counts.items() if n))
    if failed:
        raise typer.Exit(1)


def _report(result, bar) -> None:
    line = result.message if result.status != "failed" else f"unvotes: {result.message}"
    if bar:
        bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
    else:
        info(line)


class _RichProgress:
    """One bar per file on stderr, sized by Content-Length when the server sends it."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        self.console = Console(stderr=True)
        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
            TransferSpeedColumn(), TimeRemainingColumn(), console=self.console,
            transient=True)
        self._progress.start()
        self._tasks: dict[str, TaskID] = {}

    def start(self, name: str, total: int | None) -> None:
        self._tasks[name] = self._progress.add_task(name, total=total)

    def advance(self, name: str, n: int) -> None:
        self._progress.advance(self._tasks[name], n)

    def finish(self, name: str) -> None:
        task = self._tasks.pop(name, None)
        if task is not None:
            self._progress.remove_task(task)

    def stop(self) -> None:
        self._progress.stop()


def register(app: typer.Typer) -> None:
    app.command("sync")(sync)
