"""One set of output options for every read command, and one writer that honours them.

CSV and JSON are written straight to stdout row by row (never through Rich, which would
wrap long lines when piped); the table format is for a person at a terminal.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import Annotated, Any

import typer

from unvotes.export import csv_value, plain


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]
DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite file path (default: $UNVOTES_DB, "
                 "else the embedded file).", show_default=False),
]


def json_default(value: Any) -> Any:
    out = plain(value)
    if out is value:
        raise TypeError(f"cannot write {type(value).__name__} as JSON")
    return out


def emit(
    rows: Iterable[Mapping[str, Any]],
    fmt: Format | str,
    columns: Sequence[str] | None = None,
    *,
    title: str | None = None,
    out: Any = None,
) -> int:
    """Write rows in the chosen format; returns how many rows were written."""
    out = out or sys.stdout
    fmt = Format(fmt)
    n = 0
    if fmt is Format.json:
        out.write("[")
        for row in rows:
            out.write(",\n" if n else "\n")
            out.write(json.dumps(dict(row), ensure_ascii=False, default=json_default))
            n += 1
        out.write("\n]\n" if n else "]\n")
    elif fmt is Format.jsonl:
        for row in rows:
            out.write(json.dumps(dict(row), ensure_ascii=False, default=json_default) + "\n")
            n += 1
    elif fmt is Format.csv:
        writer = None
        header: list[str] = []
        for row in rows:
            if writer is None:
                writer = csv.writer(out, lineterminator="\n")
                header = list(columns or row.keys())
                writer.writerow(header)
            writer.writerow([csv_value(row.get(c)) for c in header])
            n += 1
        if writer is None and columns:
            csv.writer(out, lineterminator="\n").writerow(columns)
    else:
        rows = list(rows)
        n = len(rows)
        table(rows, columns, title=title)
    return n


def emit_object(obj: Mapping[str, Any], fmt: Format | str, *, title: str | None = None) -> None:
    """Write one record: a JSON object (not an array) for json, one row otherwise."""
    fmt = Format(fmt)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(dict(obj), ensure_ascii=False, indent=2,
                                    default=json_default) + "\n")
    elif fmt is Format.table:
        rows = [{"field": k, "value": v} for k, v in obj.items()]
        table(rows, ["field", "value"], title=title)
    else:
        emit([obj], fmt)


def table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None,
          *, title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        # Piped into a file or a pager: a wide table reads better than one folded to 80.
        console = Console(width=200)
    if not rows:
        console.print("[dim](no rows)[/dim]")
        return
    columns = list(columns or rows[0].keys())
    texts = [[_cell_text(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in texts)) for i, c in enumerate(columns)]
    long_cols = [i for i, w in enumerate(widths) if w > 24]
    # Short columns (dates, symbols, codes) keep their full width; long prose (titles,
    # subjects) shares what is left and ends in an ellipsis rather than wrapping.
    spare = console.width - sum(w for i, w in enumerate(widths) if i not in long_cols)
    spare -= 3 * len(columns) + 4
    long_width = max(12, spare // max(1, len(long_cols)))
    t = Table(title=title, header_style="bold", show_lines=False)
    for i, c in enumerate(columns):
        if i in long_cols:
            t.add_column(c, overflow="ellipsis", no_wrap=True, max_width=long_width)
        else:
            t.add_column(c, no_wrap=True, min_width=widths[i])
    for r in texts:
        t.add_row(*r)
    console.print(t)


def _cell_text(value: Any) -> str:
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")  # shares read better cut to 4 places
    return str(value)


def error(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    sys.stderr.write(f"unvotes: {message}\n")


def info(message: str) -> None:
    sys.stderr.write(message + "\n")
