"""Writers shared by the CLI and the Python API: every table and view to CSV or JSON lines.

Rows are streamed from the cursor to the file one at a time, so an export of the whole
record never holds it in memory. Each file is written beside its final name and renamed
into place when complete: an interrupted export leaves no half-written file.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from unvotes.db import Connection
from unvotes.errors import UsageError

#: A spreadsheet runs a cell beginning with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "jsonl")

# Label columns written beside codes: (table or "*", code column) -> (lookup table, label).
_LABELS = {
    ("*", "member_code"): ("member", "member_name"),
    ("proposal", "outcome"): ("outcome", "outcome_name"),
    ("proposal_source", "outcome"): ("outcome", "outcome_name"),
    ("vote", "value"): ("vote_value", "value_name"),
}
# SQLite stores booleans as 0/1; written as true/false so both engines export the same.
_BOOLEAN_COLUMNS = {"permanent"}
_SKIP = {"alembic_version"}


def plain(value: Any) -> Any:
    """A JSON-friendly form of one value (ISO dates, ints or floats for decimals)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def csv_safe(value: Any) -> Any:
    """Neutralise a text cell a spreadsheet would run as a formula, by prefixing a quote
    (the OWASP advice); numbers are left alone, so -3 stays a number."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_value(value: Any) -> Any:
    """One CSV cell: ISO dates, lists joined with ';', booleans as true/false, made safe."""
    value = plain(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        value = ";".join(str(plain(v)) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, default=plain)
    return csv_safe(value)


def relations(conn: Connection) -> list[tuple[str, str]]:
    """(name, "table" | "view") for everything exportable, tables first, by name."""
    if conn.dialect == "sqlite":
        sql = ("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
               "AND name NOT LIKE 'sqlite_%'")
    else:
        sql = ("SELECT table_name AS name, CASE table_type WHEN 'VIEW' THEN 'view' "
               "ELSE 'table' END AS type FROM information_schema.tables "
               "WHERE table_schema = current_schema()")
    found = [(r["name"], r["type"]) for r in conn.query(sql) if r["name"] not in _SKIP]
    return sorted(found, key=lambda nt: (nt[1] != "table", nt[0]))


def _select(conn: Connection, name: str) -> str:
    """SELECT for one relation with label columns placed right after their codes."""
    cur = conn.execute(f'SELECT * FROM "{name}" WHERE 1 = 0')
    columns = [d[0] for d in cur.description]
    cur.close()
    parts = []
    for c in columns:
        parts.append(f't."{c}"')
        label = _LABELS.get((name, c)) or _LABELS.get(("*", c))
        if label and label[1] not in columns:
            table, alias = label
            parts.append(f'(SELECT l.name FROM {table} l WHERE l.code = t."{c}") AS {alias}')
    order = ", ".join(str(i + 1) for i in range(min(2, len(columns))))
    return f'SELECT {", ".join(parts)} FROM "{name}" t ORDER BY {order}'


def rows_of(conn: Connection, name: str) -> Iterator[dict[str, Any]]:
    """Every row of one table or view, labels beside codes, streamed."""
    for row in conn.query(_select(conn, name)):
        for c in _BOOLEAN_COLUMNS & row.keys():
            if row[c] is not None:
                row[c] = bool(row[c])
        yield row


def export(conn: Connection, out: str | os.PathLike = "unvotes-export", *,
           fmt: str = "csv", bom: bool = False,
           only: list[str] | None = None) -> list[dict[str, Any]]:
    """Write each table and view to OUT/NAME.csv (or .jsonl); returns what was written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}': use {', '.join(FORMATS)}")
    if bom and fmt != "csv":
        raise UsageError("--bom applies to CSV only")
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{folder}: cannot create the export folder ({exc.strerror})") from None
    todo = relations(conn)
    if only:
        unknown = set(only) - {n for n, _ in todo}
        if unknown:
            raise UsageError(f"no table or view named {', '.join(sorted(unknown))}")
        todo = [(n, k) for n, k in todo if n in only]
    written = []
    for name, kind in todo:
        path = folder / f"{name}.{fmt}"
        tmp = path.with_name(path.name + ".part")
        with open(tmp, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
            n = _write(conn, name, fh, fmt)
        os.replace(tmp, path)
        written.append({"name": name, "kind": kind, "rows": n, "path": str(path)})
    return written


def _write(conn: Connection, name: str, fh: Any, fmt: str) -> int:
    n = 0
    if fmt == "jsonl":
        for row in rows_of(conn, name):
            fh.write(json.dumps(row, ensure_ascii=False, default=plain) + "\n")
            n += 1
        return n
    writer = csv.writer(fh, lineterminator="\r\n")  # RFC 4180, what Excel expects
    cur = conn.execute(_select(conn, name) + " LIMIT 0")
    writer.writerow([d[0] for d in cur.description])
    cur.close()
    for row in rows_of(conn, name):
        writer.writerow([csv_value(v) for v in row.values()])
        n += 1
    return n
