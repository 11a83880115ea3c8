"""Ingest: articles → extracted events → reconciled facts in the database.

The pipeline streams, so memory stays flat whatever the corpus size:

    read (main process)        hash the bytes; skip documents already stored, looked up
        │                      in batches before anything is parsed or extracted
    extract (N processes)      decode, parse HTML/JSON, run the extractor (pure)
        │                      a bounded window of work in flight, results in input order
    write (main process)       one transaction per article: source row, then each SC
                               event reconciled (see `unvotes.reconcile`)

One writer keeps writes correct on both engines; a failure in one article rolls back that
article only and the run goes on.

The content hash is the sha256 of the document as received: a file's bytes, or for a
record inside a JSON/JSONL file, its text. Ingesting the same article again is a no-op.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["Article", "Extracted", "Summary", "ingest", "iter_articles"]

LOOKUP_BATCH = 256      # hashes per duplicate lookup
CHUNK = 16              # articles per task sent to a worker process
WINDOW_PER_JOB = 8      # chunks in flight per worker: bounds memory, keeps workers busy


@dataclass
class Article:
    """One document to ingest, read but not yet parsed."""

    name: str                      # path, path#record, or "-"
    content_hash: str
    kind: str                      # txt | html | json | jsonl
    data: bytes | None = None      # raw bytes (txt, html): parsed in a worker
    record: dict | None = None     # a JSON record's fields (text, title, published, url)
    error: str | None = None       # could not even be read


@dataclass
class Extracted:
    """An article after extraction: what the writer needs, all picklable."""

    name: str
    content_hash: str
    kind: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    events: list[dict] = field(default_factory=list)
    error: str | None = None


@dataclass
class Summary:
    read: int = 0
    duplicates: int = 0
    stored: int = 0
    events: int = 0
    sc_events: int = 0
    new_proposals: int = 0
    matched_proposals: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"articles_read": self.read, "skipped_duplicates": self.duplicates,
                "articles_stored": self.stored, "events": self.events,
                "sc_events": self.sc_events, "new_proposals": self.new_proposals,
                "matched_proposals": self.matched_proposals, "conflicts": self.conflicts,
                "errors": len(self.errors)}


# ----------------------------------------------------------------------------- reading


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _record_article(record: Any, name: str) -> Article:
    from unvotes.extract.documents import DocumentError, record_to_document

    try:
        doc = record_to_document(record, name)
    except DocumentError as exc:
        return Article(name, _sha(name.encode()), "json", error=str(exc))
    rec = {"text": doc.text, "title": doc.title, "published": doc.published, "url": doc.url}
    return Article(name, _sha(doc.text.encode("utf-8", "surrogatepass")), "json", record=rec)


def _jsonl(path: str) -> Iterator[Article]:
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            name = f"{path}#{n}"
            try:
                record = json.loads(raw)
            except ValueError as exc:
                yield Article(name, _sha(raw), "jsonl", error=f"not JSON ({exc})")
                continue
            yield _record_article(record, name)


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article]:
    """Every article under `paths` (files, folders, .json/.jsonl records, "-"), read and
    hashed but not parsed. Folders of labelled articles skip their NAME.json labels."""
    from unvotes.extract.documents import (
        DocumentError,
        decode_bytes,
        document_kind,
        expand_paths,
        read_bytes,
    )

    for name in expand_paths(paths):
        suffix = Path(name).suffix.lower()
        if suffix == ".jsonl" and name != "-":
            try:
                yield from _jsonl(name)
            except OSError as exc:
                yield Article(name, _sha(name.encode()), "jsonl",
                              error=exc.strerror or str(exc))
            continue
        try:
            data, _ = read_bytes(name)
        except DocumentError as exc:
            yield Article(name, _sha(name.encode()), "txt", error=str(exc))
            continue
        kind = document_kind(None if name == "-" else name, data[:512])
        if suffix == ".json" or (name == "-" and data.lstrip()[:1] in (b"{", b"[")):
            try:
                parsed = json.loads(decode_bytes(data))
            except ValueError as exc:
                yield Article(name, _sha(data), "json", error=f"not JSON ({exc})")
                continue
            if isinstance(parsed, list):
                for n, rec in enumerate(parsed, start=1):
                    yield _record_article(rec, f"{name}#{n}")
            else:
                yield _record_article(parsed, name)
            continue
        yield Article(name, _sha(data), kind, data=data)


# ----------------------------------------------------------------------------- extracting


def _extract_one(a: Article, published: date | None) -> Extracted:
    out = Extracted(a.name, a.content_hash, a.kind)
    try:
        from unvotes.extract import extract
        from unvotes.extract.documents import decode_bytes, html_to_document

        if a.record is not None:
            text, out.title, out.url = a.record["text"], a.record["title"], a.record["url"]
            out.published = a.record["published"]
        elif a.kind == "html":
            doc = html_to_document(decode_bytes(a.data or b"", html=True), a.name)
            text, out.title, out.url, out.published = doc.text, doc.title, doc.url, doc.published
        else:
            text = decode_bytes(a.data or b"")
            out.title = _first_line(text)
        out.published = out.published or published
        events = extract(text, published=out.published, source=a.name)
        out.events = [e.to_dict() for e in events]
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
        out.error = f"{type(exc).__name__}: {exc}"
    return out


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().strip("|#*").strip()
        if len(line) > 15:
            return line[:300]
    return None


def _extract_chunk(chunk: list[Article], published: date | None) -> list[Extracted]:
    return [_extract_one(a, published) for a in chunk]


def _warm() -> None:
    # Pay the extractor's import once per worker, not on its first article.
    import unvotes.extract  # noqa: F401


# ----------------------------------------------------------------------------- writing


def _known_hashes(conn: Any, hashes: list[str]) -> set[str]:
    if not hashes:
        return set()
    names = {f"h{i}": h for i, h in enumerate(hashes)}
    sql = ("SELECT content_hash FROM source WHERE content_hash IN ("
           + ", ".join(f":{k}" for k in names) + ")")
    found = {r[0] for r in conn.execute(sql, names).fetchall()}
    if conn.dialect == "postgresql":
        conn.raw.rollback()  # a read must not hold a transaction open between articles
    return found


def _write(conn: Any, x: Extracted, summary: Summary) -> None:
    """One article in one transaction; raises after rolling back on any failure."""
    from unvotes.reconcile import Reconciler

    try:
        if conn.dialect == "postgresql":
            # Writers take turns per article (and with official imports, which hold the same
            # lock): matching must see every proposal committed before it.
            conn.execute("SELECT pg_advisory_xact_lock(7061010)")
        row = conn.execute(
            "INSERT INTO source (kind, name, url, title, format, published, content_hash, "
            "imported_at) VALUES ('article', :name, :url, :title, :format, :published, :hash, "
            ":now) ON CONFLICT (content_hash) DO NOTHING RETURNING id",
            {"name": _source_name(x.name), "url": x.url or (x.name if x.name != "-" else None),
             "title": x.title, "format": x.kind, "published": conn.date_param(x.published),
             "hash": x.content_hash, "now": _now(conn)}).fetchone()
        if row is None:  # another writer stored it meanwhile
            conn.raw.rollback()
            summary.duplicates += 1
            return
        source_id = int(row[0])
        rec = Reconciler(conn)
        taken: set[int] = set()
        new = matched = conflicts = sc = 0
        for ev in x.events:
            res = rec.add_event(source_id, ev, taken, published=x.published)
            if res is None:
                continue
            sc += 1
            new += res.new
            matched += not res.new
            conflicts += res.conflicts
        conn.commit()
    except BaseException:
        conn.raw.rollback()
        raise
    summary.stored += 1
    summary.events += len(x.events)
    summary.sc_events += sc
    summary.new_proposals += new
    summary.matched_proposals += matched
    summary.conflicts += conflicts


def _source_name(name: str) -> str:
    """"a.txt" for "corpus/a.txt", "wire.jsonl#3" for a record, "stdin" for "-"."""
    if name == "-":
        return "stdin"
    path, sep, record = name.partition("#")
    return Path(path).name + sep + record


def _now(conn: Any) -> Any:
    from datetime import UTC, datetime

    return conn.date_param(datetime.now(UTC).replace(tzinfo=None))


# ----------------------------------------------------------------------------- the run


def _deduplicated(articles: Iterator[Article], conn: Any, summary: Summary,
                  inflight: set[str], on_skip: Callable[[], None]) -> Iterator[Article]:
    """Articles not stored yet, checking hashes in batches before any extraction."""
    batch: list[Article] = []

    def flush() -> Iterator[Article]:
        known = _known_hashes(conn, [a.content_hash for a in batch if a.error is None])
        for a in batch:
            if a.error is None and (a.content_hash in known or a.content_hash in inflight):
                summary.duplicates += 1
                on_skip()
                continue
            if a.error is None:
                inflight.add(a.content_hash)
            yield a
        batch.clear()

    for a in articles:
        summary.read += 1
        batch.append(a)
        if len(batch) >= LOOKUP_BATCH:
            yield from flush()
    if batch:
        yield from flush()


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for a in items:
        chunk.append(a)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(url: str, paths: Iterable[str | Path], *, published: date | None = None,
           jobs: int = 1, on_article: Callable[[Extracted | None], None] | None = None,
           ) -> Summary:
    """Ingest every article under `paths` into the database at `url`.

    `on_article` is called after each article is written (None for a skipped duplicate),
    for progress reporting. Errors are collected in the summary, one line per article.
    """
    from unvotes.db import connect, ensure_schema

    ensure_schema(url, quiet=True)
    summary = Summary()
    tick = on_article or (lambda _x: None)
    inflight: set[str] = set()
    with connect(url) as conn:
        journal = None
        if conn.dialect == "sqlite":
            # One commit per article without an fsync each (WAL is crash-safe); the file is
            # put back in its own journal mode at the end, so it stays one plain file.
            journal = conn.scalar("PRAGMA journal_mode")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        try:
            _run(conn, paths, published, jobs, summary, tick, inflight)
        finally:
            if journal and journal.lower() != "wal":
                try:
                    conn.execute(f"PRAGMA journal_mode={journal}")
                except Exception:  # noqa: BLE001 - another reader holds it: stays WAL
                    pass
    return summary


def _run(conn: Any, paths: Iterable[str | Path], published: date | None, jobs: int,
         summary: Summary, tick: Callable[[Extracted | None], None], inflight: set[str]
         ) -> None:
    """The pipeline proper: read, skip duplicates, extract (here or in workers), write."""
    todo = _deduplicated(iter_articles(paths), conn, summary, inflight,
                         lambda: tick(None))

    def handle(x: Extracted) -> None:
        inflight.discard(x.content_hash)
        if x.error is not None:
            summary.errors.append(f"{x.name}: {x.error}")
        else:
            try:
                _write(conn, x, summary)
            except Exception as exc:  # noqa: BLE001 - report, roll back, go on
                summary.errors.append(f"{x.name}: {_one_line(exc)}")
        tick(x)

    def prepare(a: Article) -> Extracted | None:
        if a.error is not None:
            return Extracted(a.name, a.content_hash, a.kind, error=a.error)
        return None

    if jobs <= 1:
        for a in todo:
            handle(prepare(a) or _extract_one(a, published))
        return

    from concurrent.futures import ProcessPoolExecutor

    window: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
        for chunk in _chunks(todo, CHUNK):
            ready = [prepare(a) for a in chunk]
            work = [a for a, r in zip(chunk, ready, strict=True) if r is None]
            future = pool.submit(_extract_chunk, work, published) if work else None
            window.append((ready, future))
            while len(window) >= jobs * WINDOW_PER_JOB:
                _drain(window.popleft(), handle)
        while window:
            _drain(window.popleft(), handle)


def _drain(item: tuple[list[Extracted | None], Any], handle: Callable[[Extracted], None]
           ) -> None:
    ready, future = item
    done = iter(future.result() if future is not None else [])
    for r in ready:
        handle(r if r is not None else next(done))


def _one_line(exc: BaseException) -> str:
    from unvotes.errors import first_line

    text = first_line(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def print_summary(summary: Summary, out: Any = None) -> None:
    """The end-of-run summary for people, on stderr."""
    out = out or sys.stderr
    s = summary
    out.write(
        f"{s.read} articles read, {s.duplicates} skipped as duplicates, {s.stored} stored; "
        f"{s.events} events ({s.sc_events} Security Council), {s.new_proposals} new "
        f"proposals, {s.matched_proposals} matched to known proposals, {s.conflicts} "
        f"conflicts, {len(s.errors)} errors\n")
    out.write("next: `unvotes vetoes` to see the vetoes, `unvotes conflicts` for "
              "disagreements, `unvotes sync` for the full official record\n")
