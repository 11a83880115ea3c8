"""The queries on the real record: the Sciences Po file imported with the team's importer.

Expected values are computed here from the file's own columns with the csv module, never
typed in. The database is built once per engine for the whole module.
"""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from conftest import module_database, shared

from unvotes.reference import SEAT_SUCCESSORS

FILE = "sciencespo_unsc_votes_1946-2025_wide.csv"
RUSSIA = "RUSSIAN FEDERATION/USSR"
P5_COLUMNS = {"CHINA": ("TWN", "CHN", date(1971, 10, 25)),
              "FRANCE": ("FRA", "FRA", None),
              RUSSIA: ("SUN", "RUS", date(1991, 12, 25)),
              "UNITED KINGDOM": ("GBR", "GBR", None),
              "UNITED STATES": ("USA", "USA", None)}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with open(shared("reference", FILE), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def real_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """A database holding the whole Sciences Po file, imported by `unvotes.official`."""
    from unvotes.official import parse
    from unvotes.official.store import import_records

    path = shared("reference", FILE)
    with module_database(request.param, tmp_path_factory.mktemp("real")) as url:
        source, records = parse(path, "sciencespo")
        import_records(url, source, records)
        yield url


def test_vetoes_by_russia_since_2011_are_the_file_s(cli, real_db, rows) -> None:
    expected = sorted((r["Date"], r["UN classification"].strip()) for r in rows
                      if r["Vote outcome"] == "vetoed" and r["Date"] >= "2011"
                      and r[RUSSIA] == "N")
    result = cli("vetoes", "--by", "RUS", "--since", "2011", "--format", "json", "--db", real_db)
    assert result.exit_code == 0, result.stderr
    got = json.loads(result.stdout)
    assert sorted((g["date"], g["draft"]) for g in got) == expected
    assert all("RUS" in g["vetoed_by"] for g in got)
    assert len(got) == len(expected) > 30


def test_agreement_usa_russia_since_1992_is_the_file_s(cli, real_db, rows) -> None:
    positions = {"Y", "N", "A"}
    pairs = [(r["UNITED STATES"], r[RUSSIA]) for r in rows if r["Date"] >= "1992"
             and r["UNITED STATES"] in positions and r[RUSSIA] in positions]
    same = sum(a == b for a, b in pairs)
    result = cli("agreement", "USA", "RUS", "--since", "1992", "--format", "json",
                 "--db", real_db)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"a": "USA", "b": "RUS", "votes_compared": len(pairs),
                                         "agreement": same / len(pairs)}


def test_veto_totals_by_member_are_the_file_s(cli, real_db, rows) -> None:
    expected: dict[str, int] = {}
    for r in rows:
        if r["Vote outcome"] != "vetoed":
            continue
        for column, (before, after, change) in P5_COLUMNS.items():
            if r[column] == "N":
                code = before if change and date.fromisoformat(r["Date"]) < change else after
                expected[code] = expected.get(code, 0) + 1
    result = cli("stats", "vetoes", "--by", "member", "--format", "json", "--db", real_db)
    assert result.exit_code == 0, result.stderr
    got = {g["member_code"]: g["vetoes"] for g in json.loads(result.stdout)}
    assert got == expected
    # and by seat, as PROVENANCE.md counts them (USSR/Russia together)
    seats = {g["seat"]: g["vetoes"] for g in json.loads(cli(
        "stats", "vetoes", "--by", "seat", "--format", "json", "--db", real_db).stdout)}
    file_totals = {P5_COLUMNS[c][1]: sum(r[c] == "N" for r in rows
                                         if r["Vote outcome"] == "vetoed") for c in P5_COLUMNS}
    assert seats == file_totals
    assert set(SEAT_SUCCESSORS.values()) <= set(seats)


def test_vetoed_drafts_per_decade_are_the_file_s(cli, real_db, rows) -> None:
    expected: dict[str, int] = {}
    for r in rows:
        if r["Vote outcome"] == "vetoed":
            decade = f"{r['Date'][:3]}0s"
            expected[decade] = expected.get(decade, 0) + 1
    result = cli("stats", "vetoes", "--by", "decade", "--format", "json", "--db", real_db)
    got = {g["decade"]: g["vetoed_proposals"] for g in json.loads(result.stdout)}
    assert got == expected


def test_russia_with_predecessors_covers_the_soviet_vetoes(cli, real_db, rows) -> None:
    n = sum(r[RUSSIA] == "N" for r in rows if r["Vote outcome"] == "vetoed")
    result = cli("vetoes", "--by", "Russia", "--include-predecessors", "--format", "jsonl",
                 "--db", real_db)
    assert len(result.stdout.splitlines()) == n


def test_export_of_the_real_record(real_db, rows, tmp_path) -> None:
    from unvotes import api

    with api.connect(real_db) as db:
        written = {w["name"]: w["rows"] for w in db.export(tmp_path)}
    assert written["proposal"] == len(rows)
    assert written["veto"] == sum(r[c] == "N" for r in rows if r["Vote outcome"] == "vetoed"
                                  for c in P5_COLUMNS)
