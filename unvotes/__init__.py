"""unvotes: the UN Security Council's voting record as a database.

The public Python API. Everything heavy is imported on first use so that `import unvotes`
(and the CLI's start-up) stays cheap.

    import unvotes
    events = unvotes.extract(text, published="2022-05-27")
    db = unvotes.connect()          # the embedded SQLite file, or a URL
"""

from __future__ import annotations

from typing import Any

__all__ = ["connect", "extract", "members"]


def __getattr__(name: str) -> Any:
    if name == "extract":
        # The package is callable: unvotes.extract(text, published=...) runs the extractor.
        import unvotes.extract

        return unvotes.extract
    if name == "members":
        from unvotes.members import members

        return members
    if name == "connect":
        from unvotes.api import connect

        return connect
    raise AttributeError(f"module 'unvotes' has no attribute {name!r}")
