"""Members and Council seats, answered from the reference tables (no database needed)."""

from __future__ import annotations

from datetime import date

from unvotes import reference
from unvotes.errors import UsageError
from unvotes.when import parse_day


def members(year: int | None = None, on: str | date | None = None) -> list[dict]:
    """Council members seated in `year` or on day `on`, or every member state with neither."""
    if year is not None and on is not None:
        raise UsageError("give --year or --on, not both")
    if year is None and on is None:
        return [
            {"code": m.code, "name": m.name, "official_name": m.official_name,
             "start_date": m.start, "end_date": m.end}
            for m in sorted(reference.members().values(), key=lambda m: m.code)
        ]
    if on is not None:
        day = parse_day(on) if isinstance(on, str) else on
        terms = reference.council_on(day)
    else:
        assert year is not None  # neither given returned above
        if not 1946 <= year <= date.today().year + 1:
            raise UsageError(f"--year {year}: the Council's record runs from 1946")
        terms = reference.council(year)
    names = reference.members()
    rows = [
        {"code": t.code, "name": names[t.code].name if t.code in names else t.code,
         "permanent": bool(t.permanent), "start_date": t.start, "end_date": t.end}
        for t in terms
    ]
    # Permanent members first, then elected members by name: the order the UN lists them.
    rows.sort(key=lambda r: (not r["permanent"], r["name"]))
    return rows
