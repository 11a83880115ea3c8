"""Importers for the UN's own voting records, and the registry that finds them.

Each format is a parser module: `parse(path) -> (SourceFile, iterator of
OfficialProposal)` (see `records.py`, the contract every importer follows) and, so that
`detect()` can recognise its files from their content, `sniff(head: bytes, name: str) ->
bool` where `head` is the file's first 64 KiB. Parsers only read; `store.import_records`
is the one write path.

To add a format, add one line to `FORMATS` ("module:function", imported only when used).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from pathlib import Path

from unvotes.errors import InputError, UsageError
from unvotes.official.reading import read_bytes
from unvotes.official.records import OfficialProposal, SourceFile

FORMATS: dict[str, str] = {
    "sciencespo": "unvotes.official.sciencespo:parse",
    "dhl-vetoes": "unvotes.official.dhl_vetoes:parse",
    "dhl-meetings": "unvotes.official.dhl_meetings:parse",
    "dhl-votes": "unvotes.official.dhl_votes:parse",
    "voting-agent": "unvotes.official.voting_agent:parse",
}

HEAD_BYTES = 65536


def _module_of(fmt: str):
    module, _, _func = FORMATS[fmt].partition(":")
    return importlib.import_module(module)


def parser(fmt: str) -> Callable[..., tuple[SourceFile, Iterator[OfficialProposal]]]:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; known formats: {', '.join(FORMATS)}")
    _module, _, func = FORMATS[fmt].partition(":")
    return getattr(_module_of(fmt), func or "parse")


def detect(path: str | Path) -> str:
    """The format name of the file at `path`, judged from its content (and name)."""
    p = Path(path)
    head = read_bytes(p, limit=HEAD_BYTES)
    for fmt in FORMATS:
        sniff = getattr(_module_of(fmt), "sniff", None)
        if sniff is not None and sniff(head, p.name):
            return fmt
    raise InputError(f"{p}: not a format unvotes can import (known: {', '.join(FORMATS)}); "
                     "give --format if you know it")


def parse(path: str | Path, format: str | None = None, *, corrections: bool = True
          ) -> tuple[SourceFile, Iterator[OfficialProposal]]:
    """Parse one file (format detected when not given), with the project's corrections
    for that format applied unless `corrections` is False (see `corrections.csv`)."""
    fmt = format or detect(path)
    source, records = parser(fmt)(path)
    if corrections:
        from unvotes.official.corrections import apply

        records = apply(fmt, records)
    return source, records
