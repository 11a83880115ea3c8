"""`unvotes extract` as a user runs it: JSON per document, errors per document, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import shared

STORY = ("Friday, 19 April 2024\n\nThe United States on Thursday vetoed a Security Council "
         "draft, put forward by Algeria, on Palestinian membership. Twelve members voted in "
         "favour, while Britain and Switzerland abstained.")


def test_json_array_with_one_object_per_document(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing about votes here.", encoding="utf-8")
    r = cli("extract", tmp_path, "--format", "json")
    assert r.exit_code == 0, r.stderr
    docs = json.loads(r.stdout)
    assert [Path(d["source"]).name for d in docs] == ["a.txt", "b.txt"]
    assert set(docs[0]) == {"source", "published", "events", "error"}
    (e,) = docs[0]["events"]
    assert e["outcome"] == "vetoed" and e["vetoed_by"] == ["USA"] and e["date"] == "2024-04-18"
    assert (e["yes"], e["no"], e["abstain"]) == (12, 1, 2) and e["sponsors"] == ["DZA"]
    assert docs[0]["published"] == "2024-04-19" and docs[0]["error"] is None
    assert docs[1]["events"] == []


def test_published_option_dates_relative_days(cli, tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("Russia on Friday vetoed the Security Council resolution, 13-1-1.",
                    encoding="utf-8")
    docs = json.loads(cli("extract", path, "--published", "2023-08-28").stdout)
    assert docs[0]["published"] == "2023-08-28"
    assert docs[0]["events"][0]["date"] == "2023-08-25"


def test_unreadable_file_is_an_error_for_that_document_only(cli, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    r = cli("extract", bad, tmp_path / "missing.txt", good)
    assert r.exit_code == 1
    docs = json.loads(r.stdout)
    assert [d["error"] is None for d in docs] == [False, False, True]
    assert docs[2]["events"]
    assert "missing.txt: no such file" in r.stderr and "Traceback" not in r.stderr


def test_usage_errors_exit_2(cli, tmp_path: Path) -> None:
    r = cli("extract", tmp_path, "--published", "yesterday")
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr
    assert cli("extract").exit_code == 2
    assert cli("extract", tmp_path, "--format", "xml").exit_code == 2


def test_stdin(cli) -> None:
    r = cli("extract", "-", input=STORY)
    assert r.exit_code == 0
    (doc,) = json.loads(r.stdout)
    assert doc["source"] == "-" and doc["events"][0]["outcome"] == "vetoed"


def test_table_for_people(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    r = cli("extract", tmp_path, "--format", "table")
    assert r.exit_code == 0
    assert "vetoed" in r.stdout and "12-1-2" in r.stdout


def test_dev_set_through_the_cli_scores(cli, tmp_path: Path) -> None:
    import subprocess
    import sys

    dev = shared("articles", "dev")
    r = cli("extract", dev, "--format", "json")
    assert r.exit_code == 0, r.stderr
    pred = tmp_path / "pred.json"
    pred.write_text(r.stdout, encoding="utf-8")
    run = subprocess.run([sys.executable, str(shared("eval", "score.py")), str(dev), str(pred),
                          "--min-f1", "0.95"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout
