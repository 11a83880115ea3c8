"""`unvotes sync` over real HTTP, against servers on 127.0.0.1 started by the tests.

One server is a mirror of ../shared/reference/ under the publishers' file names, honouring
ETag and Last-Modified. The other misbehaves on purpose: a body shorter than its
Content-Length, a file cut mid-row under an honest Content-Length, a 500, an HTML error
page instead of CSV, a reply slower than the timeout, a reply that stalls half-way, a file
too small to be complete, a missing file. Each misbehaviour must leave
the database exactly as it was, print one line naming the dataset and the problem, and exit
non-zero.

Everything is bounded: timeouts are a fraction of a second, the slow handlers give up after
a few seconds or as soon as the server stops, and servers are stopped by their fixtures.
"""

from __future__ import annotations

import email.utils
import hashlib
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import shared
from unvotes.official import sync

FIXTURE = Path(__file__).parent / "fixtures" / "dhl_votes_sample.csv"
TABLES = ("source", "proposal", "proposal_source", "vote", "sponsorship", "conflict",
          "evidence")
# (well under the 3 s the slow and stalling mirrors wait, and long enough that a busy
# machine still gets the stalling mirror's headers in time)
TIMEOUT = "1.2"
SUBSET = ("sciencespo", "dhl-vetoes", "dhl-meetings-2011")


def mirror_files() -> dict[str, Path]:
    """Publisher file name -> the reference copy that stands in for it."""
    ref = shared("reference")
    meetings = ref / "dhl_sc_meetings_html"
    out: dict[str, Path] = {}
    for d in sync.DATASETS:
        if d.name == "sciencespo":
            out[d.file] = ref / "sciencespo_unsc_votes_1946-2025_wide.csv"
        elif d.name == "dhl-vetoes":
            out[d.file] = ref / "dhl_veto_list_to_2022-05-26.html"
        elif d.format == "dhl-meetings":
            out[d.file] = meetings / d.file.replace(".htm", ".html")
        elif d.name == "dhl-votes":
            out[d.file] = FIXTURE  # far smaller than a real file: used for the size check
    return out


class Server:
    """A threaded HTTP server on 127.0.0.1; `log` records (mode, file, status) per request."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files
        self.log: list[tuple[str, str, int]] = []
        self.stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep pytest output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                server.handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    # ------------------------------------------------------------------ behaviours

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        _, mode, name = urllib.parse.unquote(h.path).split("/", 2)
        path = self.files.get(name)
        if path is None:
            return self._send(h, mode, name, 404, b"not found", "text/plain")
        data = path.read_bytes()
        try:
            getattr(self, "mode_" + mode)(h, mode, name, path, data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _send(self, h, mode: str, name: str, status: int, body: bytes, ctype: str,
              headers: dict[str, str] | None = None, length: int | None = None) -> None:
        self.log.append((mode, name, status))
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body) if length is None else length))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)
        h.wfile.flush()

    def mode_good(self, h, mode, name, path, data) -> None:
        etag = '"' + hashlib.sha256(data).hexdigest()[:20] + '"'
        mtime = int(path.stat().st_mtime)
        validators = {"ETag": etag,
                      "Last-Modified": email.utils.formatdate(mtime, usegmt=True)}
        since = h.headers.get("If-Modified-Since")
        if h.headers.get("If-None-Match") == etag or (
                since and email.utils.parsedate_to_datetime(since).timestamp() >= mtime):
            self.log.append((mode, name, 304))
            h.send_response(304)
            for k, v in validators.items():
                h.send_header(k, v)
            h.end_headers()
            return
        self._send(h, mode, name, 200, data, "text/csv", validators)

    def mode_truncated(self, h, mode, name, path, data) -> None:
        # Announce the whole file, send half, and hang up.
        self._send(h, mode, name, 200, data[: len(data) // 2], "text/csv", length=len(data))
        h.close_connection = True

    def mode_cut(self, h, mode, name, path, data) -> None:
        # An honest Content-Length for a file cut in the middle of a row (as a broken
        # upload on the publisher's side would be): only the parser can tell.
        cut = data[: data.index(b"\n", len(data) * 3 // 4) + 60]
        self._send(h, mode, name, 200, cut, "text/csv")

    def mode_error500(self, h, mode, name, path, data) -> None:
        self._send(h, mode, name, 500, b"Internal Server Error", "text/plain")

    def mode_html(self, h, mode, name, path, data) -> None:
        # A "friendly" error page, padded so that it passes the size check.
        page = (b"<!DOCTYPE html><html><head><title>Service unavailable</title></head><body>"
                b"<h1>We'll be back soon</h1>" + b"<!-- padding -->" * (len(data) // 16)
                + b"</body></html>")
        self._send(h, mode, name, 200, page, "text/html")

    def mode_slow(self, h, mode, name, path, data) -> None:
        # Say nothing for longer than the client's timeout (bounded, and stops with us).
        self.stop.wait(3)
        self._send(h, mode, name, 200, data, "text/csv")

    def mode_stall(self, h, mode, name, path, data) -> None:
        # Headers and the first bytes now, the rest never.
        self.log.append((mode, name, 200))
        h.send_response(200)
        h.send_header("Content-Type", "text/csv")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data[:1000])
        h.wfile.flush()
        self.stop.wait(3)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    s = Server(mirror_files())
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The PostgreSQL state file goes under the user cache dir: keep it in the test's tmp.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def snapshot(url: str) -> dict[str, int]:
    from unvotes import db

    with db.connect(url) as conn:
        counts = {t: conn.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}
        if conn.dialect == "postgresql":
            conn.raw.rollback()
    return counts


def run_sync(cli, url: str, base: str, *only: str, extra: tuple[str, ...] = (),
             timeout: str = "10"):
    # (a prompt mirror gets a generous timeout: on a busy machine its answer can take longer
    # than TIMEOUT, which only the slow and stalling mirrors are there to test)
    args = ["sync", "--db", url, "--base-url", base, "--timeout", timeout, "--no-progress"]
    for name in only:
        args += ["--only", name]
    return cli(*args, *extra)


# --------------------------------------------------------------------------- the mirror


def test_first_sync_imports_second_fetches_nothing(cli, new_db: str, server: Server):
    before = len(server.log)
    first = run_sync(cli, new_db, server.url + "/good", *SUBSET)
    assert first.exit_code == 0, first.stderr
    assert [s for _m, _f, s in server.log[before:]] == [200, 200, 200]
    after_first = snapshot(new_db)
    assert after_first["source"] == 3
    assert after_first["proposal"] >= 3203  # the Sciences Po file, at least
    lines = first.stderr.splitlines()
    assert any(line.startswith("sciencespo (sciencespo): 3203 records") for line in lines)
    assert lines[-1] == "sync: 3 imported"

    middle = len(server.log)
    second = run_sync(cli, new_db, server.url + "/good", *SUBSET)
    assert second.exit_code == 0, second.stderr
    assert [s for _m, _f, s in server.log[middle:]] == [304, 304, 304]
    assert snapshot(new_db) == after_first
    assert second.stderr.count("(304); nothing fetched") == 3
    assert second.stderr.splitlines()[-1] == "sync: 3 unchanged"


def test_whole_table_from_the_mirror(cli, tmp_path: Path, server: Server):
    """Every dataset the mirror holds a real copy of: Sciences Po, the veto list and all
    78 meetings tables (SQLite only: it is the same code path as above, 80 times)."""
    url = f"sqlite:///{tmp_path / 'all.db'}"
    names = [d.name for d in sync.DATASETS if d.name != "dhl-votes"]
    first = run_sync(cli, url, server.url + "/good", "sciencespo", "dhl-vetoes",
                     "dhl-meetings")
    assert first.exit_code == 0, first.stderr
    assert first.stderr.splitlines()[-1] == f"sync: {len(names)} imported"
    assert snapshot(url)["source"] == len(names)
    second = run_sync(cli, url, server.url + "/good", "sciencespo", "dhl-vetoes",
                      "dhl-meetings")
    assert second.stderr.splitlines()[-1] == f"sync: {len(names)} unchanged"


def test_the_source_records_the_publisher_url(cli, new_db: str, server: Server):
    result = run_sync(cli, new_db, server.url + "/good", "dhl-vetoes")
    assert result.exit_code == 0, result.stderr
    from unvotes import db

    with db.connect(new_db) as conn:
        urls = [r["url"] for r in conn.query("SELECT url FROM source")]
    assert urls == [server.url + "/good/scact_veto_table_en.htm"]


def test_a_rebuilt_database_is_filled_again(cli, tmp_path: Path, server: Server):
    """The state says "unchanged", but the new database lacks the file: fetch it."""
    url = f"sqlite:///{tmp_path / 'a.db'}"
    assert run_sync(cli, url, server.url + "/good", "dhl-vetoes").exit_code == 0
    (tmp_path / "a.db").unlink()
    before = len(server.log)
    again = run_sync(cli, url, server.url + "/good", "dhl-vetoes")
    assert again.exit_code == 0, again.stderr
    assert [s for _m, _f, s in server.log[before:]] == [200]
    assert snapshot(url)["source"] == 1


def test_force_fetches_unchanged_files(cli, new_db: str, server: Server):
    assert run_sync(cli, new_db, server.url + "/good", "dhl-vetoes").exit_code == 0
    before = len(server.log)
    again = run_sync(cli, new_db, server.url + "/good", "dhl-vetoes", extra=("--force",))
    assert again.exit_code == 0
    assert [s for _m, _f, s in server.log[before:]] == [200]
    assert "already imported" in again.stderr


# --------------------------------------------------------------------------- misbehaviour


@pytest.mark.parametrize(("mode", "dataset", "message"), [
    ("truncated", "sciencespo", r"truncated download: [\d,]+ of [\d,]+ bytes"),
    ("cut", "sciencespo", r": Clean BD pour export – UNSC votes 1946-2025\.csv: line \d+ has"),
    ("error500", "sciencespo", r"HTTP 500"),
    ("html", "sciencespo", r"not a sciencespo file \(it is an HTML page\)"),
    ("slow", "sciencespo", r"no answer within 1\.2s"),
    ("stall", "sciencespo", r"stalled: no data for 1\.2s after 1,000 bytes"),
    ("good", "dhl-votes", r"only [\d,]+ bytes, a complete dhl-votes file has at least"),
    ("missing", "sciencespo", r"HTTP 404"),
])
def test_a_broken_download_changes_nothing(cli, new_db: str, server: Server, mode: str,
                                           dataset: str, message: str):
    import re

    # "missing": the mirror has no such file (the path below /good/nowhere/ is unknown).
    base = server.url + ("/good/nowhere" if mode == "missing" else "/" + mode)
    before = snapshot(new_db)
    result = run_sync(cli, new_db, base, dataset,
                      **({"timeout": TIMEOUT} if mode in ("slow", "stall") else {}))
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"unvotes: {dataset}: http://127.0.0.1:")
    assert re.search(message, line), line
    assert line.endswith("; nothing imported")
    assert snapshot(new_db) == before
    state = sync.state_path(new_db)
    assert not state.exists() or base not in state.read_text("utf-8")


def test_nothing_listening(cli, new_db: str):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # The port is closed again: connecting is refused.
    result = run_sync(cli, new_db, f"http://127.0.0.1:{port}", "dhl-vetoes")
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert "cannot connect" in line and line.endswith("nothing imported")


def test_one_failure_does_not_stop_the_others(cli, new_db: str, server: Server):
    # dhl-votes (the fixture) is too small; the veto list is fine.
    result = run_sync(cli, new_db, server.url + "/good", "dhl-votes", "dhl-vetoes")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "sync: 1 imported, 1 failed"
    assert snapshot(new_db)["source"] == 1


# --------------------------------------------------------------------------- options


def test_list_and_only(cli):
    result = cli("sync", "--list", "--only", "dhl-meetings", "--format", "csv")
    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    assert rows[0] == "name,format,url,min_size,description"
    assert len(rows) == 1 + 78  # 1946-2022 and the 2020 videoconference page
    assert all(",dhl-meetings,https://www.un.org/depts/dhl/resguide/" in r for r in rows[1:])
    mirrored = cli("sync", "--list", "--only", "dhl-vetoes", "--base-url",
                   "https://mirror.example/un/", "-f", "csv")
    assert "https://mirror.example/un/scact_veto_table_en.htm" in mirrored.stdout


def test_unknown_dataset_and_bad_base_url(cli, tmp_path: Path):
    result = cli("sync", "--only", "nope", "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2 and "no such dataset" in result.stderr
    result = cli("sync", "--base-url", "ftp://x", "--db", str(tmp_path / "x.db"),
                 "--only", "dhl-vetoes")
    assert result.exit_code == 2 and "http:// or https://" in result.stderr


def test_every_dataset_has_a_format_the_registry_knows():
    from unvotes.official import FORMATS

    assert {d.format for d in sync.DATASETS} <= set(FORMATS)
    assert len({d.name for d in sync.DATASETS}) == len(sync.DATASETS)
    assert len({d.file for d in sync.DATASETS}) == len(sync.DATASETS)
