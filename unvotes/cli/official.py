"""`unvotes import` (official data files) and `unvotes check` (the record against the Charter)."""

from __future__ import annotations

# Typer reads Optional[List[str]] but not `list[str] | None`, hence the old spellings.
from typing import Annotated, List, Optional

import typer

from unvotes.cli.output import DbOpt, Format, FormatOpt, emit, error, info


def import_(
    paths: Annotated[List[str], typer.Argument(
        metavar="PATH", help="Official data files to import.", show_default=False)],
    fmt: Annotated[Optional[str], typer.Option(
        "--format", help="The files' format (default: detected from each file's content). "
        "Known: sciencespo, dhl-vetoes, dhl-meetings, and those registered in "
        "unvotes.official.FORMATS.", show_default=False)] = None,
    no_corrections: Annotated[bool, typer.Option(
        "--no-corrections", help="Import the raw file, without the known fixes in "
        "unvotes/official/corrections.csv (only takes effect on a file not imported yet).")
    ] = False,
    db: DbOpt = None,
) -> None:
    """Import official voting records (Sciences Po CSV, DHL veto list, DHL meetings tables,
    DHL voting data, Voting Agent file).

    Each file is one transaction: a bad file is reported on one line and leaves nothing
    behind; importing a file again changes nothing. A summary per file goes to stderr.
    """
    from unvotes.cli import database_url
    from unvotes.errors import InputError
    from unvotes.official import parse
    from unvotes.official.store import import_records

    url = database_url(db)
    failed = 0
    for path in paths:
        try:
            source, records = parse(path, fmt, corrections=not no_corrections)
            summary = import_records(url, source, records, label=path)
        except InputError as exc:
            error(str(exc))
            failed += 1
            continue
        info(summary.line())
    if failed:
        raise typer.Exit(1)


def check(
    db: DbOpt = None,
    fmt: FormatOpt = Format.table,
    kind: Annotated[Optional[List[str]], typer.Option(
        "--kind", "-k", help="Only findings of this kind (repeatable; a prefix such as "
        "'conflict' matches conflict:date, conflict:tally, ...).", show_default=False)] = None,
) -> None:
    """Check the record against the Charter and the membership tables.

    Lists votes by members not on the Council that day, votes that do not add up to the
    tally, outcomes the arithmetic contradicts (11 members and 7 votes to 1965, 15 and 9
    from 1966; a permanent member's no), sources that disagree, and proposals one official
    source gives that another covering the same day lacks. `explained_by` names the
    corrections.csv row that explains a finding.
    """
    from unvotes import db as dbm
    from unvotes.check import COLUMNS, findings
    from unvotes.cli import database_url

    with dbm.open_read(database_url(db)) as conn:
        rows = list(findings(conn))
    if kind:
        rows = [r for r in rows if any(r["kind"] == k or r["kind"].startswith(k + ":")
                                       for k in kind)]
    emit(rows, fmt, COLUMNS, title="unvotes check")
    explained = sum(1 for r in rows if r["explained_by"])
    by_kind: dict[str, int] = {}
    for r in rows:
        by_kind[r["kind"].split(":")[0]] = by_kind.get(r["kind"].split(":")[0], 0) + 1
    counts = ", ".join(f"{n} {k}" for k, n in sorted(by_kind.items()))
    info(f"{len(rows)} findings" + (f" ({counts})" if counts else "")
         + (f"; {explained} explained by corrections" if explained else ""))


def register(app: typer.Typer) -> None:
    app.command("import")(import_)
    app.command("check")(check)
