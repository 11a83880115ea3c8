"""`unvotes serve`: Datasette on 127.0.0.1 with the shipped metadata and canned queries."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sample_record import build

from unvotes import db, serve


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_metadata_is_named_after_the_served_file() -> None:
    meta = serve.metadata("votes")
    assert list(meta["databases"]) == ["votes"]
    queries = meta["databases"]["votes"]["queries"]
    assert {"who_vetoed_what", "member_record", "agreement"} <= set(queries)
    assert "CC BY 4.0" in meta["license"]


def test_serve_refuses_postgresql(cli) -> None:
    result = cli("serve", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.exit_code == 2
    assert "Datasette serves SQLite files" in result.stderr


def test_serve_answers_the_canned_vetoes_query(tmp_path: Path) -> None:
    pytest.importorskip("datasette")
    url = f"sqlite:///{tmp_path / 'unvotes.db'}"
    db.ensure_schema(url, quiet=True)
    build(url)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "unvotes", "serve", "--port", str(port), "--db", url],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if _get(f"{base}/-/versions.json")[0] == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                output = proc.stdout.read().decode() if proc.poll() is not None else ""
                pytest.fail(f"datasette did not start on port {port}: {output}")
            time.sleep(0.2)
        status, body = _get(f"{base}/unvotes/who_vetoed_what.json?member=RUS&since=&until="
                            "&_shape=array")
        assert status == 200, body
        rows = json.loads(body)
        assert [(r["date"], r["draft"], r["member_code"]) for r in rows] == [
            ("2022-02-25", "S/2022/155", "RUS"), ("2022-05-26", "S/2022/431", "RUS")]
        status, body = _get(f"{base}/unvotes/agreement.json?a=usa&b=rus&since=&_shape=array")
        assert json.loads(body) == [{"a": "USA", "b": "RUS", "votes_compared": 4,
                                     "agreement": 0.25}]
        status, body = _get(f"{base}/unvotes/member_record.json?member=SUN&_shape=array")
        record = {r["what"]: r["n"] for r in json.loads(body)}
        assert record["vetoes cast"] == 1 and record["vote: no"] == 1
        status, body = _get(f"{base}/-/metadata.json")
        assert "UN Security Council" in json.loads(body)["title"]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
