"""Dates given by users on the command line: a year or an ISO date."""

from __future__ import annotations

from datetime import date

from unvotes.errors import UsageError


def parse_day(text: str) -> date:
    """An ISO date (YYYY-MM-DD)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"'{text}' is not a date: use YYYY-MM-DD") from None


def parse_when(text: str | int | date | None, *, end: bool = False) -> date | None:
    """A year (the first or, with end=True, the last day of it) or an ISO date."""
    if text is None or isinstance(text, date):
        return text
    s = str(text).strip()
    if s.isdigit() and len(s) == 4:
        year = int(s)
        return date(year, 12, 31) if end else date(year, 1, 1)
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise UsageError(f"'{text}' is not a year or a date: use YYYY or YYYY-MM-DD") from None
