"""`unvotes check` on the Sciences Po file, raw and corrected, on SQLite and PostgreSQL.

Expected findings are computed from the CSV here: the four columns PROVENANCE.md says are
filed under the wrong country, the "?" cells, and the permanent members' no votes.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date
from types import SimpleNamespace

import pytest

from tests.conftest import ENGINES, module_database, shared
from tests.test_official import P5_COLUMNS, SP, import_file, rows

# (column, years, code the name reads as, member that sat, corrections.csv id)
MISFILED = [
    ("ALGERIA", (1966, 1967), "DZA", "ARG", "sciencespo-algeria-1966"),
    ("TURKEY", (2011, 2012), "TUR", "PRT", "sciencespo-turkey-2011"),
    ("SLOVAKIA", (2024,), "SVK", "SVN", "sciencespo-slovakia-2024"),
    ("CZECH REPUBLIC", (1964,), "CZE", "CSK", "sciencespo-czech-1964"),
]


def sp_rows() -> list[dict[str, str]]:
    with shared("reference", SP).open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def voted(r: dict[str, str]) -> bool:
    """False for the adoptions without a vote (every cell NV, Yes 0): no vote rows."""
    return not (r["Vote outcome"] == "adopted" and r["Yes"] == "0")


def misfiled_cells() -> Counter:
    out: Counter = Counter()
    for r in sp_rows():
        if not voted(r):
            continue
        for col, years, _code, _fix, cid in MISFILED:
            if int(r["Date"][:4]) in years and r[col].strip() not in ("", "?"):
                out[cid] += 1
    return out


def findings(url: str) -> list[dict]:
    from unvotes import check, db

    with db.connect(url) as conn:
        out = list(check.findings(conn))
        conn.raw.rollback()
    return out


@pytest.fixture(scope="module", params=ENGINES)
def raw(request, tmp_path_factory) -> Iterator[SimpleNamespace]:
    """Sciences Po imported with --no-corrections (the file as it is)."""
    with module_database(request.param, tmp_path_factory.mktemp("raw" + request.param)) as url:
        import_file(url, shared("reference", SP), corrections=False)
        yield SimpleNamespace(url=url, findings=findings(url))


@pytest.fixture(scope="module", params=ENGINES)
def corrected(request, tmp_path_factory) -> Iterator[SimpleNamespace]:
    with module_database(request.param, tmp_path_factory.mktemp("fixed" + request.param)) as url:
        import_file(url, shared("reference", SP))
        yield SimpleNamespace(url=url, findings=findings(url))


def test_finds_the_misfiled_columns_and_names_the_correction(raw):
    expected = misfiled_cells()
    found = [f for f in raw.findings if f["kind"] == "not_on_council"]
    assert Counter(f["explained_by"] for f in found) == expected
    for col, years, code, fix, cid in MISFILED:
        mine = [f for f in found if f["explained_by"] == cid]
        assert mine, col
        assert all(f["date"].year in years and f"({code})" in f["detail"]
                   and f"belongs to {fix}" in f["detail"] for f in mine), col
    # Nothing else in the file votes off the Council.
    assert all(f["explained_by"] for f in found)


def test_corrected_import_has_no_misfiled_votes(corrected):
    assert [f for f in corrected.findings if f["kind"] == "not_on_council"] == []
    moved = {r["value"]: int(r["n"]) for r in rows(
        corrected.url, "SELECT value, count(*) AS n FROM evidence WHERE fact = 'correction' "
        "GROUP BY value")}
    expected = misfiled_cells()
    assert moved == {f"{code}->{fix}": expected[cid] for _c, _y, code, fix, cid in MISFILED}


def test_unknown_votes_and_tallies(raw):
    """The four drafts with "?" cells: two with "?" tallies, two whose tallies no cell backs."""
    expected = set()
    for r in sp_rows():
        cells = [v.strip() for k, v in list(r.items())[14:] if k and v and v.strip()]
        if "?" in cells:
            expected.add((date.fromisoformat(r["Date"]), r["UN classification"].strip()))
    tally = {(f["date"], f["symbol"]) for f in raw.findings if f["kind"] == "tally"}
    assert tally == expected and len(expected) == 4


def test_permanent_no_on_adopted_resolutions(raw):
    """A P5 "N" on an adopted row (procedural votes, PROVENANCE §2) is listed, not hidden."""
    expected = set()
    for r in sp_rows():
        if r["Vote outcome"] == "adopted" and any(r[c].strip() == "N" for c in P5_COLUMNS):
            expected.add(int(r["Resolution number"]))
    got = {int(f["symbol"].split("/")[2].split()[0]) for f in raw.findings
           if f["kind"] == "permanent_no" and f["symbol"].startswith("S/RES/")}
    assert got == expected


def test_charter_arithmetic(raw):
    """Outcomes against 7 of 11 (to 1965) or 9 of 15 yes votes, computed from the file."""
    expected = 0
    for r in sp_rows():
        if not voted(r) or not r["Yes"].isdigit():
            continue
        yes, needed = int(r["Yes"]), (7 if r["Date"] < "1966" else 9)
        p5_no = any(r[c].strip() == "N" for c in P5_COLUMNS)
        outcome = r["Vote outcome"]
        expected += (outcome == "adopted" and yes < needed)
        expected += (outcome == "vetoed" and yes < needed)
        expected += (outcome == "vetoed" and not p5_no)
        expected += (outcome == "lack of maj." and yes >= needed and not p5_no)
    got = [f for f in raw.findings if f["kind"] == "arithmetic"]
    assert len(got) == expected


def test_check_cli_json_and_kind_filter(raw, cli):
    result = cli("check", "--db", raw.url, "--format", "json", "--kind", "not_on_council")
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert len(out) == sum(misfiled_cells().values())
    assert set(out[0]) == {"proposal_id", "date", "symbol", "kind", "detail", "explained_by"}
    assert "explained by corrections" in result.stderr


def test_check_on_an_empty_database(new_db, cli):
    result = cli("check", "--db", new_db, "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["proposal_id,date,symbol,kind,detail,explained_by"]
    assert "0 findings" in result.stderr


def test_corrections_file_is_valid():
    from unvotes import reference
    from unvotes.official import corrections

    rows_ = corrections.load()
    assert {c.id for c in rows_} == {m[4] for m in MISFILED}
    for c in rows_:
        assert c.reason and c.valid_from <= c.valid_to
        # The fix held a seat then, and the member the file names did not.
        assert reference.is_member_on_council(c.fix, c.valid_from)
        assert not reference.is_member_on_council(c.member, c.valid_from)
