"""`unvotes sync`: download the official files from their publishers and import them.

Every dataset the command knows is in :data:`DATASETS` — its name, the publisher's URL, the
importer format and the smallest size a complete file can have. ``--base-url`` points at a
mirror that serves the same file names (the last segment of each URL).

For each file, in this order, and stopping at the first problem (one line says which):

1. a conditional GET (``If-None-Match`` / ``If-Modified-Since`` from the last successful
   sync): ``304 Not Modified`` means nothing to do. The validators are only sent when the
   database still holds the source they describe, so a new or rebuilt database is filled
   again rather than skipped;
2. the body streams to a temporary file, with a timeout on every socket operation and an
   overall deadline; a body shorter than its ``Content-Length`` is refused;
3. size check (at least ``min_size``, at most ``max_size``) and format check (the registry's
   ``detect()`` must recognise the bytes as the expected format — an HTML error page served
   in place of a CSV stops here);
4. parse, then ``store.import_records`` — one transaction per file, idempotent by content
   hash. Only after it commits are the new validators saved.

So a broken, partial or wrong download leaves the database as it was. The HTTP client is the
standard library's ``urllib`` (no extra dependency); the state of conditional requests is a
small JSON file next to the SQLite database, or under the user cache directory for
PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from unvotes.errors import UnvotesError, UsageError

CHUNK = 64 * 1024
DEFAULT_TIMEOUT = 30.0      # seconds per connect / read
DEFAULT_DEADLINE = 600.0    # seconds for one whole file
USER_AGENT = "unvotes-sync/0.1 (+https://github.com/unvotes)"


@dataclass(frozen=True)
class Dataset:
    """One file a publisher serves, and how to check and import it."""

    name: str
    url: str
    format: str
    min_size: int                      # bytes: anything smaller is a truncated or error page
    max_size: int = 200 * 1024 * 1024  # bytes: a bound on what we are willing to store
    description: str = ""

    @property
    def file(self) -> str:
        """The file name a mirror serves it under: the URL's last path segment."""
        return urllib.parse.unquote(urllib.parse.urlsplit(self.url).path.rsplit("/", 1)[-1])


_DHL = "https://www.un.org/depts/dhl/resguide/"

#: Every dataset `unvotes sync` knows, in import order (the most complete record first, so
#: later files merge into it). The one place to change when a publisher moves a file.
DATASETS: tuple[Dataset, ...] = (
    Dataset(
        "sciencespo",
        "https://raw.githubusercontent.com/AtelierCartographie/bd-unsc/main/src/lib/data/"
        "Clean%20BD%20pour%20export%20%E2%80%93%20UNSC%20votes%201946-2025.csv",
        "sciencespo", 1_000_000,
        description="Sciences Po UNSC votes 1946-2025 (CC BY 4.0)"),
    Dataset(
        "dhl-votes",
        # The DHL renames the file with each version (YYYY_MM_DD_sc_voting.csv).
        "https://digitallibrary.un.org/record/4055387/files/2026_02_06_sc_voting.csv",
        "dhl-votes", 2_000_000,
        description="DHL Security Council Voting Data, v6 (2026-02-06)"),
    Dataset("dhl-vetoes", _DHL + "scact_veto_table_en.htm", "dhl-vetoes", 30_000,
            description="DHL veto list"),
    *(Dataset(f"dhl-meetings-{year}", _DHL + f"scact{year}_table_en.htm", "dhl-meetings",
              1_000, description=f"DHL meetings and actions, {year}")
      for year in range(1946, 2023)),
    Dataset("dhl-meetings-2020-covid", _DHL + "scact2020_covid_table_en.htm", "dhl-meetings",
            1_000, description="DHL meetings and actions, 30 Mar-29 Dec 2020"),
)


class SyncError(UnvotesError):
    """One dataset could not be fetched, checked or imported; the message is one line."""

    exit_code = 1


@dataclass
class Result:
    dataset: Dataset
    url: str
    status: str            # "imported", "unchanged", "already imported", "failed"
    message: str
    bytes: int = 0


class Progress(Protocol):
    """What sync reports while downloading; the CLI supplies a Rich-backed one."""

    def start(self, name: str, total: int | None) -> None: ...

    def advance(self, name: str, n: int) -> None: ...

    def finish(self, name: str) -> None: ...


# --------------------------------------------------------------------------- selection


def select(only: Iterable[str] | None = None) -> list[Dataset]:
    """The datasets to sync: all, or those named (a name or a prefix: "dhl-meetings")."""
    wanted = [w.strip() for w in only or () if w.strip()]
    if not wanted:
        return list(DATASETS)
    chosen: list[Dataset] = []
    for w in wanted:
        hits = [d for d in DATASETS if d.name == w or d.name.startswith(w + "-")]
        if not hits:
            groups = sorted({d.name.rsplit("-", 1)[0] if d.format == "dhl-meetings"
                             else d.name for d in DATASETS})
            raise UsageError(f"--only {w}: no such dataset (known: {', '.join(groups)}, "
                             "or dhl-meetings-YEAR)")
        chosen.extend(d for d in hits if d not in chosen)
    return [d for d in DATASETS if d in chosen]  # keep the table's import order


def url_for(dataset: Dataset, base_url: str | None) -> str:
    if not base_url:
        return dataset.url
    return base_url.rstrip("/") + "/" + urllib.parse.quote(dataset.file)


def check_base_url(base_url: str | None) -> None:
    if base_url is None:
        return
    parts = urllib.parse.urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"--base-url {base_url!r}: want an http:// or https:// URL")


# --------------------------------------------------------------------------- state


def state_path(db_url: str) -> Path:
    """Where the validators of the last sync live: beside a SQLite file, else in the cache."""
    from unvotes import db

    if db.dialect_of(db_url) == "sqlite" and db.sqlite_path(db_url) != ":memory:":
        p = Path(db.sqlite_path(db_url))
        return p.with_name(p.name + ".sync.json")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    key = hashlib.sha256(db.display_url(db_url).encode()).hexdigest()[:16]
    return cache / "unvotes" / f"sync-{key}.json"


def load_state(path: Path) -> dict[str, dict]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}  # no state, or a damaged one: the next sync simply fetches everything
    return data if isinstance(data, dict) else {}


def save_state(path: Path, state: dict[str, dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True), "utf-8")
    os.replace(tmp, path)  # atomic: a crash leaves the old state or the new one


def _in_database(db_url: str, content_hash: str | None) -> bool:
    if not content_hash:
        return False
    from unvotes import db

    with db.connect(db_url) as conn:
        found = conn.scalar("SELECT count(*) FROM source WHERE content_hash = :h",
                            {"h": content_hash})
        if conn.dialect == "postgresql":
            conn.raw.rollback()
    return bool(found)


# --------------------------------------------------------------------------- download


@dataclass
class Download:
    path: Path | None      # None when the server said 304
    etag: str | None = None
    last_modified: str | None = None
    size: int = 0


def _opener(url: str) -> urllib.request.OpenerDirector:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host in ("127.0.0.1", "localhost", "::1"):
        # A proxy from the environment must not intercept a local mirror.
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def fetch(dataset: Dataset, url: str, folder: Path, known: dict | None, *,
          timeout: float = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE,
          progress: Progress | None = None) -> Download:
    """GET ``url`` into ``folder/<file name>``; raise SyncError with one line on failure."""
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if known:
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
    request = urllib.request.Request(url, headers=headers)
    started = time.monotonic()
    try:
        response = _opener(url).open(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Download(path=None)
        raise SyncError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise SyncError(f"no answer within {timeout:g}s") from None
        raise SyncError(f"cannot connect ({reason})") from None
    except TimeoutError:
        raise SyncError(f"no answer within {timeout:g}s") from None
    except OSError as exc:
        raise SyncError(f"cannot connect ({exc})") from None
    with response:
        length = response.headers.get("Content-Length")
        expected = int(length) if length and length.isdigit() else None
        if expected is not None and expected > dataset.max_size:
            raise SyncError(f"the server announces {expected:,} bytes, more than the "
                            f"{dataset.max_size:,} allowed")
        target = folder / dataset.file
        size = 0
        if progress:
            progress.start(dataset.name, expected)
        try:
            with target.open("wb") as out:
                while True:  # bounded: by max_size and by the deadline
                    if time.monotonic() - started > deadline:
                        raise SyncError(f"download took longer than {deadline:g}s")
                    chunk = response.read1(CHUNK)  # what has arrived, not a full block
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > dataset.max_size:
                        raise SyncError(f"more than {dataset.max_size:,} bytes; stopped")
                    out.write(chunk)
                    if progress:
                        progress.advance(dataset.name, len(chunk))
        except TimeoutError:
            raise SyncError(f"stalled: no data for {timeout:g}s after {size:,} bytes") from None
        except OSError as exc:
            raise SyncError(f"connection lost after {size:,} bytes ({exc})") from None
        finally:
            if progress:
                progress.finish(dataset.name)
        if expected is not None and size != expected:
            # http.client does not raise when the peer closes early; check it ourselves.
            raise SyncError(f"truncated download: {size:,} of {expected:,} bytes")
        return Download(path=target, etag=response.headers.get("ETag"),
                        last_modified=response.headers.get("Last-Modified"), size=size)


def check(dataset: Dataset, path: Path) -> None:
    """Size and format checks on a downloaded file, before anything is imported."""
    from unvotes.errors import InputError
    from unvotes.official import detect

    size = path.stat().st_size
    if size < dataset.min_size:
        raise SyncError(f"only {size:,} bytes, a complete {dataset.format} file has at least "
                        f"{dataset.min_size:,}")
    try:
        found = detect(path)
    except InputError:
        found = None
    if found != dataset.format:
        head = path.read_bytes()[:512].lstrip().lower()
        looks = "an HTML page" if head.startswith((b"<!doctype html", b"<html")) else (
            f"a {found} file" if found else "not a format unvotes knows")
        raise SyncError(f"the download is not a {dataset.format} file (it is {looks})")


# --------------------------------------------------------------------------- sync


def sync(db_url: str, datasets: Iterable[Dataset], *, base_url: str | None = None,
         timeout: float = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE,
         force: bool = False, progress: Progress | None = None,
         report: Callable[[Result], None] | None = None) -> list[Result]:
    """Fetch, check and import each dataset; one Result each (failures do not stop the rest)."""
    from unvotes import db
    from unvotes.errors import InputError
    from unvotes.official import parse
    from unvotes.official.store import import_records

    check_base_url(base_url)
    db.ensure_schema(db_url, quiet=True)
    spath = state_path(db_url)
    state = load_state(spath)
    results: list[Result] = []
    for dataset in datasets:
        url = url_for(dataset, base_url)
        known = state.get(url)
        if force or not (known and _in_database(db_url, known.get("content_hash"))):
            known = None
        try:
            with tempfile.TemporaryDirectory(prefix="unvotes-sync-") as tmp:
                got = fetch(dataset, url, Path(tmp), known, timeout=timeout,
                            deadline=deadline, progress=progress)
                if got.path is None:
                    result = Result(dataset, url, "unchanged", f"{dataset.name}: not "
                                    "modified since the last sync (304); nothing fetched")
                else:
                    check(dataset, got.path)
                    try:
                        source, records = parse(got.path, format=dataset.format)
                        source.url = url  # the publisher's address, not the temp file
                        summary = import_records(db_url, source, records, label=dataset.name)
                    except InputError as exc:
                        # The parser names the temp file; name the download instead.
                        raise SyncError(str(exc).replace(str(got.path), dataset.file)) from None
                    status = "already imported" if summary.already_imported else "imported"
                    result = Result(dataset, url, status, summary.line(), got.size)
                    state[url] = {
                        "etag": got.etag, "last_modified": got.last_modified,
                        "content_hash": source.content_hash, "size": got.size,
                        "synced_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    }
                    try:
                        save_state(spath, state)
                    except OSError as exc:
                        result.message += f" (sync state not saved: {exc.strerror})"
        except SyncError as exc:
            result = Result(dataset, url, "failed",
                            f"{dataset.name}: {url}: {exc}; nothing imported")
        results.append(result)
        if report:
            report(result)
    return results

