"""The query commands as a user runs them: exact output in every format, clear errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sample_record import build


@pytest.fixture
def url(new_db: str) -> str:
    build(new_db)
    return new_db


VETOES_CSV = """\
date,draft,vetoed_by,yes,no,abstain,subject,sponsors,sources,id
1946-02-16,,SUN,7,1,1,Letter from the Heads of the Lebanese and Syrian delegations,USA,1,1
1955-12-13,S/3502,TWN,8,1,2,Admission of new Members,,1,2
2022-02-25,S/2022/155,RUS,11,1,3,Letter dated 28 February 2014 from the Permanent \
Representative of Ukraine,ALB;USA,1,4
2022-05-26,S/2022/431,CHN;RUS,13,2,0,Non-proliferation - Democratic People's Republic of \
Korea,USA,2,5
2023-10-18,S/2023/773,USA,12,1,2,"'=HYPERLINK(""http://evil.example/"",""Gaza humanitarian \
pauses"")",BRA,1,6
"""


def test_vetoes_csv_is_exact_and_neutralises_formulas(cli, url) -> None:
    result = cli("vetoes", "--format", "csv", "--db", url)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == VETOES_CSV


def test_vetoes_json_and_jsonl(cli, url) -> None:
    result = cli("vetoes", "--by", "Russia", "--format", "json", "--db", url)
    rows = json.loads(result.stdout)
    assert [r["draft"] for r in rows] == ["S/2022/155", "S/2022/431"]
    assert rows[1]["vetoed_by"] == ["CHN", "RUS"]
    # JSON keeps the subject as it is: only CSV, which spreadsheets open, is neutralised
    lines = cli("vetoes", "--by", "USA", "--format", "jsonl", "--db", url).stdout.splitlines()
    assert json.loads(lines[0])["subject"].startswith("=HYPERLINK")
    none = cli("vetoes", "--by", "FRA", "--format", "json", "--db", url)
    assert none.exit_code == 0 and none.stdout == "[]\n"
    header_only = cli("vetoes", "--by", "FRA", "--format", "csv", "--db", url)
    assert header_only.stdout == VETOES_CSV.splitlines()[0] + "\n"


def test_vetoes_table_for_people(cli, url, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # a wide terminal: Rich folds cells at 80
    result = cli("vetoes", "--since", "2022", "--until", "2022-12-31", "--db", url)
    assert result.exit_code == 0
    assert "S/2022/431" in result.stdout and "CHN, RUS" in result.stdout
    assert "S/2023/773" not in result.stdout


@pytest.mark.parametrize("args, message", [
    (["vetoes", "--by", "Atlantis"], "unvotes: unknown member 'Atlantis'"),
    (["vetoes", "--since", "spring"], "unvotes: 'spring' is not a year or a date"),
    (["votes", "S/1999/1"], "unvotes: no proposal matches 'S/1999/1'"),
    (["proposals", "--voted", "yes"], "unvotes: --voted needs --member"),
    (["agreement", "USA"], "unvotes: give two members"),
    (["stats", "vetoes", "--by", "weekday"], "unvotes: unknown grouping 'weekday'"),
])
def test_bad_input_is_one_line_and_status_2(cli, url, args, message) -> None:
    result = cli(*args, "--db", url)
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_votes_in_every_format(cli, url, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    p = json.loads(cli("votes", "S/RES/2397 (2017)", "--format", "json", "--db", url).stdout)
    assert p["resolution"] == 2397 and len(p["votes"]) == 15
    rows = list(csv.DictReader(io.StringIO(
        cli("votes", "S/2022/431", "--format", "csv", "--db", url).stdout)))
    assert len(rows) == 15
    assert rows[0] == {"id": "5", "date": "2022-05-26", "symbol": "S/2022/431",
                       "draft": "S/2022/431", "resolution": "", "outcome": "vetoed",
                       "member_code": "CHN", "member_name": "China", "value": "no"}
    line = cli("votes", "id:1", "--format", "jsonl", "--db", url).stdout
    assert json.loads(line)["meeting"] == "S/PV.23"
    table = cli("votes", "S/2022/431", "--db", url).stdout
    assert "Votes" in table and "sciencespo" in table


def test_proposals_command(cli, url) -> None:
    out = cli("proposals", "--member", "India", "--voted", "abstain", "--format", "csv",
              "--db", url).stdout
    assert [r["draft"] for r in csv.DictReader(io.StringIO(out))] == ["S/2022/155"]
    adopted = json.loads(cli("proposals", "--outcome", "adopted", "--format", "json",
                             "--db", url).stdout)
    assert [r["resolution"] for r in adopted] == [2397]


def test_member_command(cli, url) -> None:
    rec = json.loads(cli("member", "Russian Federation", "--format", "json", "--db", url).stdout)
    assert rec["code"] == "RUS" and rec["vetoes"] == 2
    row = next(csv.DictReader(io.StringIO(
        cli("member", "USSR", "--format", "csv", "--db", url).stdout)))
    assert row["terms"] == "1946-01-01/1991-12-24 permanent"
    assert row["votes_no"] == "1" and row["vetoes"] == "1"


def test_agreement_commands(cli, url) -> None:
    result = cli("agreement", "USA", "RUS", "--format", "json", "--db", url)
    assert json.loads(result.stdout) == {"a": "USA", "b": "RUS", "votes_compared": 4,
                                         "agreement": 0.25}
    matrix = cli("agreement", "--matrix", "--members", "USA,RUS", "--members", "CHN",
                 "--format", "csv", "--db", url).stdout
    assert matrix.splitlines() == ["member,USA,RUS,CHN", "USA,1.0,0.25,0.25",
                                   "RUS,0.25,1.0,0.5", "CHN,0.25,0.5,1.0"]
    p5 = cli("agreement", "--matrix", "--format", "json", "--db", url).stdout
    assert [r["member"] for r in json.loads(p5)] == ["CHN", "FRA", "RUS", "GBR", "USA"]


def test_stats_vetoes_command(cli, url) -> None:
    out = cli("stats", "vetoes", "--by", "member", "--format", "csv", "--db", url).stdout
    assert out.splitlines() == ["member_code,member_name,vetoes", "RUS,Russia,2",
                                "CHN,China,1", "SUN,Soviet Union,1",
                                "TWN,Republic of China,1", "USA,United States,1"]
    seat = cli("stats", "vetoes", "--by", "seat", "--format", "csv", "--db", url).stdout
    assert seat.splitlines()[1] == "RUS,Russia,RUS;SUN,3"


def test_read_commands_do_not_import_sqlalchemy(url) -> None:
    """The bench goal depends on it: the read path talks to the DB-API driver only."""
    import subprocess
    import sys

    code = ("import sys; from unvotes.cli import main; sys.argv = ['unvotes', 'vetoes', "
            f"'--by', 'RUS', '--format', 'csv', '--db', {url!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', "
            "'alembic')]\nprint('IMPORTED', bad, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert "IMPORTED []" in proc.stderr, proc.stderr
    assert proc.stdout.startswith("date,draft,vetoed_by")
