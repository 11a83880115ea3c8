"""`unvotes extract`: read articles, print the Security Council votes they report.

Pure: no database. JSON is one array with an object per document, written as each document
is done; `--format table` is for a person at a terminal.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated, Any

import typer


class ExtractFormat(str, Enum):
    json = "json"
    table = "table"


def extract(
    paths: Annotated[list[str], typer.Argument(
        help="Articles: .txt, .html/.htm, .json (a record or an array of records), .jsonl; "
        "directories are read recursively; - reads stdin.", metavar="PATH",
        show_default=False)],
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date (YYYY-MM-DD) for documents that carry none.",
        show_default=False)] = None,
    fmt: Annotated[ExtractFormat, typer.Option(
        "--format", "-f", help="json: an array with one object per document; table: for "
        "reading.", case_sensitive=False)] = ExtractFormat.json,
) -> None:
    """Find the Security Council votes that articles report as news, with their evidence.

    Each document gives {"source", "published", "events", "error"}; an unreadable document
    gets an error and the rest still run (exit status 1).
    """
    from datetime import date

    from unvotes.errors import UsageError

    day = None
    if published is not None:
        try:
            day = date.fromisoformat(published)
        except ValueError:
            raise UsageError(f"--published {published!r}: want a date as YYYY-MM-DD") from None

    failed = False
    docs = _run(paths, day)
    if fmt is ExtractFormat.json:
        out = sys.stdout
        out.write("[")
        count = 0
        for doc in docs:
            failed = failed or doc["error"] is not None
            out.write(",\n" if count else "\n")
            out.write(json.dumps(doc, ensure_ascii=False))
            count += 1
        out.write("\n]\n" if count else "]\n")
    else:
        rows = []
        for doc in docs:
            failed = failed or doc["error"] is not None
            rows.extend(_table_rows(doc))
        from unvotes.cli.output import table

        table(rows, ["source", "date", "body", "outcome", "symbol", "tally", "vetoed_by",
                     "votes", "sponsors", "confidence", "note"], title="Votes found")
    if failed:
        raise typer.Exit(1)


def _run(paths: list[str], published: Any) -> Any:
    """One output object per document, in order; errors never escape."""
    from unvotes.cli.output import error
    from unvotes.extract import DocError, analyse, iter_documents

    for doc in iter_documents(paths):
        if isinstance(doc, DocError):
            error(f"{doc.source}: {doc.message}")
            yield {"source": doc.source, "published": None, "events": [], "error": doc.message}
            continue
        try:
            a = analyse(doc.text, published=doc.published or published, source=doc.source)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the rest
            message = f"cannot extract: {type(exc).__name__}: {exc}"
            error(f"{doc.source}: {message}")
            yield {"source": doc.source, "published": None, "events": [], "error": message}
            continue
        yield {
            "source": doc.source,
            "published": a.published.isoformat() if a.published else None,
            "events": [e.to_dict() for e in a.events],
            "error": None,
        }


def _table_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    if doc["error"]:
        return [{"source": doc["source"], "note": f"error: {doc['error']}"}]
    if not doc["events"]:
        return [{"source": doc["source"], "note": "no vote reported"}]
    rows = []
    for e in doc["events"]:
        away = set(e.get("not_participating") or ())
        tally = "-".join("?" if e[k] is None else str(e[k]) for k in ("yes", "no", "abstain"))
        rows.append({
            "source": doc["source"],
            "date": e["date"],
            "body": e["body"],
            "outcome": e["outcome"],
            "symbol": e["draft"] or (f"res {e['resolution']}" if e["resolution"] else None),
            "tally": tally,
            "vetoed_by": e["vetoed_by"],
            "votes": " ".join(f"{c}:{'not_participating' if c in away else v}"
                              for c, v in e["votes"].items()),
            "sponsors": e["sponsors"],
            "confidence": e["confidence"],
            "note": e["notes"],
        })
    return rows


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
