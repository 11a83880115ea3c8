"""Reading an official file: its bytes, their hash, and text decoded or refused clearly."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from unvotes.errors import InputError

# A UTF-8 byte-order mark, and the same mark decoded as Latin-1 and re-encoded (the DHL
# 2015 page starts with those six bytes).
_BOMS = (b"\xc3\xaf\xc2\xbb\xc2\xbf", b"\xef\xbb\xbf")


def read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """The file's bytes (its first `limit` bytes when given); a missing, unreadable or empty
    file is an InputError naming it."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            data = fh.read() if limit is None else fh.read(limit)
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(f"{p}: the file is empty")
    return data


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, path: str | Path) -> str:
    """UTF-8 text without a byte-order mark; anything else is refused with the byte offset."""
    for bom in _BOMS:
        if data.startswith(bom):
            data = data[len(bom):]
            break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from None


Rows = list[tuple[int, dict[str, str]]]


def csv_header(text: str) -> csv.DictReader:
    return csv.DictReader(io.StringIO(text, newline=""))


def rows_by_record(reader: csv.DictReader, name: str, required: Sequence[str], what: str,
                   key: Callable[[dict[str, str]], str], no_key: str) -> dict[str, Rows]:
    """A long CSV file's rows (one per member vote), with their line numbers, grouped by
    the record `key` names. `what` names the format in the error for a missing column;
    `no_key` is the error for a row whose key is empty."""
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{name}: not a {what} (no column {missing[0]!r})")
    groups: dict[str, Rows] = {}
    for line, row in enumerate(reader, start=2):
        if None in row or any(row.get(c) is None for c in required):
            raise InputError(f"{name}:{line}: wrong number of fields (truncated file?)")
        k = key(row)
        if not k:
            raise InputError(f"{name}:{line}: {no_key}")
        groups.setdefault(k, []).append((line, row))
    if not groups:
        raise InputError(f"{name}: no data rows")
    return groups
