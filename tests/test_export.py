"""Exports: every table and view, labels beside codes, safe CSV, on both engines."""

from __future__ import annotations

import csv
import json

import pytest
from sample_record import FORMULA_SUBJECT, build

from unvotes import export
from unvotes.db import connect

TABLES = {"member", "alias", "term", "proposal", "vote", "sponsorship", "source",
          "proposal_source", "evidence", "conflict", "outcome", "vote_value"}
VIEWS = {"veto", "vote_detail", "sponsorship_detail", "term_detail", "proposal_overview"}


@pytest.fixture
def url(new_db: str) -> str:
    build(new_db)
    return new_db


@pytest.mark.parametrize("text", ["=1+2", "+33 1 23", "-2", "@SUM(A1)", "\tcmd", "\rcmd",
                                  FORMULA_SUBJECT])
def test_formula_cells_are_neutralised(text) -> None:
    assert export.csv_value(text) == "'" + text


@pytest.mark.parametrize("value, cell", [(-2, -2), (1.5, 1.5), ("S/2022/431", "S/2022/431"),
                                         (["CHN", "RUS"], "CHN;RUS"), (True, "true"),
                                         (None, None), ("a=b", "a=b")])
def test_other_cells_are_left_alone(value, cell) -> None:
    assert export.csv_value(value) == cell


def test_export_writes_every_table_and_view_with_labels(cli, url, tmp_path) -> None:
    result = cli("export", "--out", tmp_path / "out", "--db", url)
    assert result.exit_code == 0, result.stderr
    files = {p.stem for p in (tmp_path / "out").iterdir()}
    assert TABLES | VIEWS <= files
    assert not list((tmp_path / "out").glob("*.part"))
    assert "rows" in result.stderr and result.stdout == ""
    vote = (tmp_path / "out" / "vote.csv").read_bytes().decode("utf-8").split("\r\n")
    assert vote[:3] == ["proposal_id,member_code,member_name,value,value_name",
                        "1,AUS,Australia,yes,In favour", "1,BRA,Brazil,yes,In favour"]
    with open(tmp_path / "out" / "proposal.csv", encoding="utf-8", newline="") as fh:
        proposals = list(csv.DictReader(fh))
    assert list(proposals[0])[list(proposals[0]).index("outcome") + 1] == "outcome_name"
    assert proposals[5]["subject"] == "'" + FORMULA_SUBJECT
    assert proposals[4]["outcome_name"] == "Not adopted: negative vote of a permanent member"
    with open(tmp_path / "out" / "veto.csv", encoding="utf-8", newline="") as fh:
        vetoes = list(csv.DictReader(fh))
    assert [(v["draft"], v["member_code"], v["member_name"]) for v in vetoes][-3:] == [
        ("S/2022/431", "CHN", "China"), ("S/2022/431", "RUS", "Russia"),
        ("S/2023/773", "USA", "United States")]
    term = (tmp_path / "out" / "term.csv").read_text(encoding="utf-8").splitlines()
    assert term[0] == "id,member_code,member_name,start_date,end_date,permanent"
    assert term[1].endswith(",true") or term[1].endswith(",false")


def test_bom_for_excel(cli, url, tmp_path) -> None:
    cli("export", "--out", tmp_path / "x", "--bom", "--table", "member", "--db", url)
    data = (tmp_path / "x" / "member.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfcode,name,")
    assert [p.name for p in (tmp_path / "x").iterdir()] == ["member.csv"]


def test_jsonl_export_keeps_values_as_they_are(url, tmp_path) -> None:
    with connect(url) as conn:
        written = export.export(conn, tmp_path, fmt="jsonl", only=["proposal", "veto"])
    assert {w["name"]: w["rows"] for w in written} == {"proposal": 6, "veto": 6}
    lines = (tmp_path / "proposal.jsonl").read_text(encoding="utf-8").splitlines()
    last = json.loads(lines[-1])
    assert last["subject"] == FORMULA_SUBJECT and last["date"] == "2023-10-18"
    assert last["outcome_name"].startswith("Not adopted")


def test_export_streams_rows(url) -> None:
    import inspect

    with connect(url) as conn:
        rows = export.rows_of(conn, "vote")
        assert inspect.isgenerator(rows)
        assert next(rows)["member_name"] == "Australia"


@pytest.mark.parametrize("args, message", [
    (["--format", "xlsx"], "unknown export format 'xlsx'"),
    (["--format", "jsonl", "--bom"], "--bom applies to CSV only"),
    (["--table", "votes"], "no table or view named votes"),
])
def test_export_refuses_bad_options(cli, url, tmp_path, args, message) -> None:
    result = cli("export", "--out", tmp_path, *args, "--db", url)
    assert result.exit_code == 2 and message in result.stderr
