"""The Python API mirrors the CLI: same functions, plain dicts, optional pandas."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sample_record import build

import unvotes
from unvotes.errors import UsageError


@pytest.fixture
def url(new_db: str) -> str:
    build(new_db)
    return new_db


def test_vetoes_are_the_rows_the_cli_prints(cli, url) -> None:
    with unvotes.connect(url) as db:
        rows = db.vetoes(by="Russia", since=2022)
    printed = json.loads(cli("vetoes", "--by", "Russia", "--since", "2022", "--format", "json",
                             "--db", url).stdout)
    assert rows == printed
    assert type(rows[0]) is dict and rows[0]["vetoed_by"] == ["RUS"]


def test_every_query_is_there(url, tmp_path) -> None:
    with unvotes.connect(url) as db:
        assert db.votes("S/2022/431")["vetoed_by"] == ["CHN", "RUS"]
        assert [p["draft"] for p in db.proposals(member="India", voted="abstain")] == [
            "S/2022/155"]
        assert db.member("USSR")["vetoes"] == 1
        assert db.agreement("USA", "RUS")["agreement"] == 0.25
        assert db.agreement_matrix(["USA", "RUS"])[0] == {"member": "USA", "USA": 1.0,
                                                          "RUS": 0.25}
        assert db.stats(by="seat")[0]["vetoes"] == 3
        assert db.query("SELECT count(*) AS n FROM vote WHERE value = :v", {"v": "no"}) == [
            {"n": 6}]
        written = db.export(tmp_path, format="jsonl", only=["veto"])
        assert written[0]["rows"] == 6
        with pytest.raises(UsageError, match="unknown member"):
            db.vetoes(by="Narnia")
        with pytest.raises(ValueError):
            db.stats("sponsors")


def test_to_pandas(url) -> None:
    pd = pytest.importorskip("pandas")
    with unvotes.connect(url) as db:
        frame = db.vetoes().to_pandas()
    assert list(frame.columns)[:3] == ["date", "draft", "vetoed_by"]
    assert len(frame) == 5 and frame["date"].dt.year.tolist()[-1] == 2023
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])


def test_to_pandas_without_pandas_says_what_to_install(url) -> None:
    try:
        import pandas  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("pandas is installed")
    with unvotes.connect(url) as db, pytest.raises(ImportError, match="unvotes\\[pandas\\]"):
        db.vetoes().to_pandas()


def test_api_does_not_import_sqlalchemy(url) -> None:
    code = (f"import sys, unvotes; db = unvotes.connect({url!r}); n = len(db.vetoes()); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel')]; "
            "print(n, bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.strip() == "5 []", out.stderr
