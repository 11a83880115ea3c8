"""Browsing the database in Datasette, with the metadata and canned queries shipped here.

Datasette is an optional extra (`pip install 'unvotes[datasette]'`). It serves SQLite files
only; the metadata names the database after the file, so the shipped `datasette.json`
(written for `unvotes.db`) is re-keyed to the file being served.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from unvotes.db import dialect_of, display_url, ensure_schema, sqlite_path
from unvotes.errors import UsageError


def metadata(database: str = "unvotes") -> dict[str, Any]:
    """The shipped Datasette metadata, with its database section named `database`."""
    meta = json.loads(resources.files("unvotes").joinpath("datasette.json").read_text("utf-8"))
    meta["databases"] = {database: meta["databases"]["unvotes"]}
    return meta


def datasette_args(url: str, *, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    """Arguments for `datasette serve` on the SQLite file at URL, the metadata written to
    a file in the temporary folder."""
    if dialect_of(url) != "sqlite" or sqlite_path(url) == ":memory:":
        raise UsageError(f"Datasette serves SQLite files, not {display_url(url)}: "
                         "run `unvotes export` or copy the data into a SQLite file")
    ensure_schema(url)
    path = Path(sqlite_path(url))
    # One file per served database, rewritten on each start: Datasette may be stopped by a
    # signal that skips clean-up, and a fixed name keeps that from piling up files.
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]
    meta_path = Path(tempfile.gettempdir()) / f"unvotes-datasette-{os.getuid()}-{digest}.json"
    meta_path.write_text(json.dumps(metadata(path.stem)), encoding="utf-8")
    return ["serve", str(path), "--host", host, "--port", str(port), "--metadata", str(meta_path)]


def serve(url: str, *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run Datasette in this process until interrupted."""
    # The database is checked first: a PostgreSQL URL is refused whether or not the extra
    # is installed.
    args = datasette_args(url, host=host, port=port)
    try:
        from datasette.cli import cli
    except ImportError:
        raise UsageError("unvotes serve needs Datasette: pip install 'unvotes[datasette]'"
                         ) from None
    cli.main(args=args, prog_name="datasette", standalone_mode=True)
