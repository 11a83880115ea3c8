"""Reading an official file: its bytes, their hash, and text decoded or refused clearly."""

from __future__ import annotations

import hashlib
from pathlib import Path

from unvotes.errors import InputError

# A UTF-8 byte-order mark, and the same mark decoded as Latin-1 and re-encoded (the DHL
# 2015 page starts with those six bytes).
_BOMS = (b"\xc3\xaf\xc2\xbb\xc2\xbf", b"\xef\xbb\xbf")


def read_bytes(path: str | Path) -> bytes:
    p = Path(path)
    try:
        data = p.read_bytes()
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
