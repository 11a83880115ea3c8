"""Input documents: files, bytes and records in, plain article text out.

Formats: ``.txt``, ``.html``/``.htm`` (main text and publication date read from the page),
``.json`` (one record, or an array of records) and ``.jsonl`` (one record a line), where a
record is ``{"text": ..., "title"?, "published"?, "url"?}``. Directories are read
recursively and ``-`` is stdin. Encodings: UTF-8 with or without BOM, UTF-16/32 with BOM,
then the page's declared charset (HTML), then cp1252, which decodes any byte sequence.

trafilatura is imported only when an HTML page is read: plain-text extraction (the common
case, and the fast one) never pays for it.
"""

from __future__ import annotations

import codecs
import html as html_lib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

__all__ = [
    "DocError",
    "Document",
    "DocumentError",
    "decode_bytes",
    "iter_documents",
    "read_document",
]

EXTENSIONS = (".txt", ".html", ".htm", ".json", ".jsonl")


class DocumentError(ValueError):
    """A document that cannot be read: the message names the problem, not the file."""


@dataclass(frozen=True)
class Document:
    """One article: its text plus what the container said about it."""

    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class DocError:
    """A document that could not be read, in place of the Document it should have been."""

    source: str
    message: str


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Bytes to text; never raises (cp1252 with replacement is the last resort)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                return data.decode(m.group(1).decode("ascii"), errors="replace")
            except (LookupError, UnicodeDecodeError):
                pass
    return data.decode("cp1252", errors="replace")


# --------------------------------------------------------------------------- dates


# (archives' citation tags write "1982/12/22")
_ISO_DAY = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
# "19990226" in a page's <meta name="pubdate">: the same day without its dashes
_COMPACT_DAY = re.compile(r"\s*((?:19|20)\d\d)([01]\d)([0-3]\d)(?:T|\s*$)")


def parse_day(value: object) -> date | None:
    """A publication date from a record or a page: ISO date or datetime, else None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    m = _ISO_DAY.search(value) or _COMPACT_DAY.match(value)
    if not m:
        return None
    try:
        # The local calendar day of the timestamp is what the page's readers saw.
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# --------------------------------------------------------------------------- HTML

_PUBLISHED_PATTERNS = tuple(
    re.compile(p, re.I | re.S)
    for p in (
        r"<meta[^>]+(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|"
        r"og:published_time|datePublished|pubdate|publishdate|date|dc\.date|"
        r"dcterms\.created|dcterms\.issued|dc\.date\.issued|citation_publication_date|"
        r"citation_date|sailthru\.date|parsely-pub-date)[\"'][^>]*?content\s*=\s*"
        r"[\"']([^\"']+)",
        r"<meta[^>]+content\s*=\s*[\"']([^\"']+)[\"'][^>]*?(?:property|name|itemprop)\s*="
        r"\s*[\"'](?:article:published_time|datePublished|pubdate)[\"']",
        r"\"datePublished\"\s*:\s*\"([^\"]+)\"",
    )
)
_TIME = re.compile(r"<time[^>]+datetime\s*=\s*[\"']([^\"']+)", re.I)
# A <time> in the story's own element beats one in the site's header ("catalogue entry
# updated <time>9 March 2021</time>" above a digitised 1982 page).
_STORY_OPENS = re.compile(r"<(?:article|main)\b", re.I)
_COMMENTS_OPEN = re.compile(r"<[a-z]+[^>]+(?:class|id)\s*=\s*[\"'][^\"']*comment", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_OG_URL = re.compile(
    r"<(?:meta[^>]+property\s*=\s*[\"']og:url[\"'][^>]*?content|link[^>]+rel\s*=\s*"
    r"[\"']canonical[\"'][^>]*?href)\s*=\s*[\"']([^\"']+)", re.I)
_SCRIPT_STYLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_BLOCK_TAGS = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|article|section|header|footer|"
    r"blockquote|figcaption|aside|nav|main)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def _html_metadata(page: str) -> tuple[date | None, str | None, str | None]:
    head = page[:200_000]
    published = None
    for pattern in _PUBLISHED_PATTERNS:
        m = pattern.search(head)
        if m:
            published = parse_day(m.group(1))
            if published:
                break
    if published is None:
        story = _STORY_OPENS.search(head)
        m = (story and _TIME.search(head, story.start())) or _TIME.search(head)
        if m is not None and (c := _COMMENTS_OPEN.search(head)) is not None and (
                m.start() > c.start()):
            # a reader's comment dated years later is not the story's day
            m = _TIME.search(head, 0, c.start())
        published = parse_day(m.group(1)) if m else None
    if published is None:
        published = _marked_date(head)
    m = _TITLE.search(head)
    title = _SPACES.sub(" ", html_lib.unescape(_ANY_TAG.sub("", m.group(1)))).strip() if m else None
    m = _OG_URL.search(head)
    url = html_lib.unescape(m.group(1)) if m else None
    return published, title or None, url


# An element the page's template marks as its date or byline: <span class="date">Friday,
# 26 February 1999</span>, <p class="byline">By staff, Skopje - 26 Feb 1999</p>. Such pages
# drop the line from their main text, so it is read here.
# ("<p class="meta">Posted by mirko_v on Saturday, February 27, 1999": a blog's post meta)
_MARK_WORDS = ("date", "byline", "posted", "published", "timestamp", "dateline", "meta")
_MARK_LIMIT = 400  # class attributes looked at: the date sits near the top of the story
_MARK_ENDS = ("</p", "</div", "</span", "</time", "</li")


def _marked_date(page: str) -> date | None:
    from .dates import find_dates, safe_date

    pos, seen = 0, 0
    while seen < _MARK_LIMIT:
        i = page.find('class="', pos)
        if i < 0:
            return None
        j = page.find('"', i + 7, i + 120)
        pos = i + 7 if j < 0 else j + 1
        seen += 1
        if j < 0 or not any(w in page[i + 7:j].lower() for w in _MARK_WORDS):
            continue
        k = page.find(">", j, j + 200)
        if k < 0:
            continue
        ends = [e for e in (page.find(t, k, k + 300) for t in _MARK_ENDS) if e > 0]
        piece = html_lib.unescape(_ANY_TAG.sub(" ", page[k + 1:min(ends, default=k + 300)]))
        for d in find_dates(piece):
            if d.kind == "full":
                return safe_date(d.year, d.month, d.day)
    return None


# The share of a page's visible text below which trafilatura's fast result is not trusted.
# Article pages measured here keep 55-85% of it (menus, footers and captions are the rest).
_FAST_ENOUGH = 0.4


def _strip_tags(page: str) -> str:
    """A plain-text rendering of a page, used when trafilatura finds no main text."""
    text = _SCRIPT_STYLE.sub(" ", page)
    text = _BLOCK_TAGS.sub("\n\n", text)
    text = html_lib.unescape(_ANY_TAG.sub(" ", text))
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


_STORY_START = re.compile(r"<(?:h[1-4]|article)\b", re.I)


def _masthead_date(page: str) -> date | None:
    """A page without date metadata often prints its day in the masthead above the headline
    ("Edição Internet · Terça-feira, 26 de Outubro de 1999"): the one full date there."""
    from .dates import find_dates, foreign_header_date, safe_date

    body = page.find("<body")
    m = _STORY_START.search(page, max(body, 0), 200_000)
    if m is None:
        return None
    top = html_lib.unescape(_strip_tags(page[max(body, 0):m.start()]))[-3000:]
    days = {d for f in find_dates(top, 0, len(top)) if f.kind == "full"
            and (d := safe_date(f.year, f.month, f.day)) is not None}
    foreign = foreign_header_date(top, len(top))
    if foreign is not None:
        days.add(foreign)
    return days.pop() if len(days) == 1 else None


# An editor's or archivist's note set in an <aside> inside the story ("Archivist's note: the
# decision was later numbered resolution 136"): trafilatura drops asides as page furniture,
# but a note the story's own element holds belongs to the story.
_NOTE_ASIDE = re.compile(r"<aside\b[^>]*class\s*=\s*[\"'][^\"']*(?:note|correction|editor)[^\"']*"
                         r"[\"'][^>]*>(.*?)</aside\s*>", re.I | re.S)
# ... and an archive's note on the printed edition a page was digitised from, above the story
# ("This article was digitised ... from the printed edition of Friday, 30 July 1982"): the
# print edition's day dates the story's "last night"
_EDITION_NOTE = re.compile(r"<(div|p)\b[^>]*class\s*=\s*[\"'][^\"']*(?:archive|provenance|edition)"
                           r"[^\"']*[\"'][^>]*>(.*?)</\1\s*>", re.I | re.S)


def _fragment_text(fragment: str) -> str:
    """A piece of markup as one line of plain text."""
    return _SPACES.sub(" ", html_lib.unescape(_ANY_TAG.sub(" ", fragment))).strip()


def _edition_note(page: str, text: str) -> str:
    if "edition" not in page:
        return ""
    for m in _EDITION_NOTE.finditer(page):
        note = _fragment_text(m.group(2))
        if "edition" in note and note[:60] not in text and len(note) < 400:
            return note
    return ""


def _story_notes(page: str, text: str) -> str:
    story = _STORY_OPENS.search(page)
    if story is None or "<aside" not in page:
        return ""
    notes = []
    for m in _NOTE_ASIDE.finditer(page, story.start()):
        note = _fragment_text(m.group(1))
        if note and note[:60] not in text:
            notes.append(note)
    return "".join(f"\n\n{n}" for n in notes)


# "<p class="byline">From our correspondent -- New York, 19 June</p>": trafilatura drops a
# byline, but when it carries the dateline it dates the story's "this afternoon"
_DATELINE_ELEMENT = re.compile(r"<(p|div|span)\b[^>]*class\s*=\s*[\"'][^\"']*(?:byline|dateline)"
                               r"[^\"']*[\"'][^>]*>(.*?)</\1\s*>", re.I | re.S)


def _story_dateline(page: str, text: str) -> str:
    from .dates import find_dates

    story = _STORY_OPENS.search(page)
    if story is None or "line" not in page:
        return ""
    m = _DATELINE_ELEMENT.search(page, story.start())
    if m is None:
        return ""
    line = _fragment_text(m.group(2))
    if not line or len(line) > 120 or line in text or not any(
            f.kind in ("monthday", "full") for f in find_dates(line, 0, len(line))):
        return ""
    return line


# "<h2>Who voted for the failed draft?</h2><p>China, Egypt, ...</p>": an explainer's question
# as a subhead; trafilatura's fast mode can drop the subhead and keep the answer, which then
# answers nothing
_QUESTION_HEAD = re.compile(r"<h([2-6])\b[^>]*>([^<]{3,200}?\?)\s*</h\1\s*>\s*"
                            r"<p\b[^>]*>(.*?)</p\s*>", re.I | re.S)


def _with_questions(page: str, text: str) -> str:
    """The text with each dropped question subhead put back on a line above its answer."""
    if "?</h" not in page:
        return text
    for m in _QUESTION_HEAD.finditer(page):
        question, answer = _fragment_text(m.group(2)), _fragment_text(m.group(3))[:80]
        if not question or not answer or question in text:
            continue
        at = text.find(answer)
        if at >= 0 and text.find(answer, at + 1) < 0:
            text = f"{text[:at]}{question}\n{text[at:]}"
    return text


_LAYOUT_TAG = re.compile(r"<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b[^>]*>", re.I)
_HEADLINE_TAG = re.compile(r"<h[12]\b", re.I)


def _unlaid(page: str) -> str:
    """An old page laid out in a table, its headline inside a cell, with the table tags
    turned into blocks: trafilatura would read the story as one table row, and one line
    with the page's date stamp, its menu and its other headlines."""
    low = page.lower()
    h = _HEADLINE_TAG.search(page)
    if h is None or low.rfind("<td", 0, h.start()) <= low.rfind("</td>", 0, h.start()):
        return page
    return _LAYOUT_TAG.sub(lambda m: f"<{m.group(1)}div>", page)


# the marks of a thread's posts: each an <article> of its own, or a block classed as a post,
# a status or a tweet (a cheap test before the page is parsed again)
_POST_MARK = re.compile(r"<article\b|\bclass=\"(?:[^\"]*\s)?(?:post|status|tweet)[\"\s]", re.I)
_POST_CLASSES = ("post", "status", "tweet")


def _thread_posts(page: str, text: str) -> str:
    """A forum or social thread is a page of several posts: trafilatura keeps the first (or
    the longest) as the story and drops the replies, where the thread goes on to tell the
    votes. With three posts or more and their text well beyond what trafilatura kept, the
    posts in order are the text."""
    if len(_POST_MARK.findall(page, 0, 400_000)) < 3:
        return text
    try:
        from lxml import html as lxml_html  # installed with trafilatura

        root = lxml_html.fromstring(page)
    except Exception:  # noqa: BLE001 - a page lxml cannot read keeps trafilatura's text
        return text
    for xpath in ["//article", *(f"//*[contains(concat(' ', normalize-space(@class), ' '), "
                                f"' {c} ')]" for c in _POST_CLASSES)]:
        found = root.xpath(xpath)
        # (the outermost of nested matches: a post inside a post is its own reply box)
        outer = [e for e in found if not any(a in found for a in e.iterancestors())]
        posts = [t for e in outer if (t := _strip_tags(
            lxml_html.tostring(e, encoding="unicode")))]
        if len(posts) >= 3 and sum(map(len, posts)) >= 1.5 * len(text):
            return "\n\n".join(posts)
    return text


def html_to_document(page: str, source: str | None = None) -> Document:
    published, title, url = _html_metadata(page)
    page = _unlaid(page)
    text = ""
    try:
        import trafilatura  # lazy: costs ~0.3 s to import

        # Only the text: trafilatura's date guesser reads dates out of any markup and is
        # slow; the page's own metadata (above) or the article's header line is better.
        def main_text(fast: bool) -> str:
            return trafilatura.extract(
                page, fast=fast, include_comments=False, include_tables=True,
                favor_recall=True, with_metadata=False, deduplicate=False) or ""

        # Its fast mode skips the second-opinion extractors and takes a third of the time;
        # it keeps the same text on ordinary article pages but can settle for one block of
        # a page made of many (a live blog's summary box). A result much shorter than the
        # page's visible text gets the full treatment.
        text = main_text(fast=True)
        if len(text) < _FAST_ENOUGH * len(_strip_tags(page)):
            text = main_text(fast=False)
        text = _thread_posts(page, text)
    except ImportError:
        text = ""
    except Exception:  # noqa: BLE001 - a broken page must not stop a batch
        text = ""
    if len(text) < 200:
        # trafilatura gives up on some old table layouts and on fragments; keep everything.
        fallback = _strip_tags(page)
        if len(fallback) > len(text):
            text = fallback
    if published is None:
        published = _masthead_date(page)
    text = _with_questions(page, text)
    text += _story_notes(page, text)
    if (line := _story_dateline(page, text)):
        text = f"{line}\n\n{text}"
    if (note := _edition_note(page, text)):
        text = f"{note}\n\n{text}"
    if title and not text.startswith(title[:40]):
        # The headline often carries the tally; keep it as the first line.
        text = f"{title}\n\n{text}"
    return Document(text=text, title=title, published=published, url=url, source=source)


# --------------------------------------------------------------------------- records


def record_to_document(record: object, source: str | None) -> Document:
    if isinstance(record, str):
        return Document(text=record, source=source)
    if not isinstance(record, dict):
        raise DocumentError("a JSON record must be an object with a \"text\" field")
    text = record.get("text")
    if text is None:
        text = record.get("body") or record.get("content")
    html = record.get("html")
    if not isinstance(text, str) and isinstance(html, str):
        doc = html_to_document(html, source)
        text = doc.text
    if not isinstance(text, str):
        raise DocumentError("a JSON record must have a string \"text\" field")
    title = record.get("title")
    url = record.get("url")
    return Document(
        text=text,
        title=title if isinstance(title, str) else None,
        published=parse_day(record.get("published") or record.get("date")),
        url=url if isinstance(url, str) else None,
        source=source,
    )


def _record_or_error(record: object, source: str) -> Document | DocError:
    try:
        return record_to_document(record, source)
    except DocumentError as exc:
        return DocError(source=source, message=str(exc))


def _documents_from_text(text: str, kind: str, source: str | None
                         ) -> list[Document | DocError]:
    """The documents in a file's text; a bad record of a .jsonl or a JSON array is an error
    for that record only."""
    if kind == "html":
        return [html_to_document(text, source)]
    name = source or "<bytes>"
    if kind == "jsonl":
        docs: list[Document | DocError] = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                docs.append(DocError(f"{name}#{n}", f"not JSON ({exc.msg})"))
                continue
            docs.append(_record_or_error(record, f"{name}#{n}"))
        return docs
    if kind == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DocumentError(f"not JSON ({exc.msg}, line {exc.lineno})") from None
        if isinstance(data, list):
            return [_record_or_error(r, f"{name}#{n}") for n, r in enumerate(data, start=1)]
        return [record_to_document(data, source)]
    return [Document(text=text, source=source)]


def document_kind(name: str | None, head: bytes) -> str:
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in (".html", ".htm"):
        return "html"
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix == ".txt":
        return "txt"
    # No telling suffix (stdin, odd names): sniff the first bytes.
    sniff = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if sniff.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<!--")):
        return "html"
    return "txt"


def read_bytes(source: str | Path | bytes) -> tuple[bytes, str | None]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None
    name = str(source)
    if name == "-":
        return sys.stdin.buffer.read(), "-"
    try:
        return Path(name).read_bytes(), name
    except IsADirectoryError:
        raise DocumentError("is a directory") from None
    except FileNotFoundError:
        raise DocumentError("no such file") from None
    except PermissionError:
        raise DocumentError("permission denied") from None
    except OSError as exc:
        raise DocumentError(exc.strerror or str(exc)) from None


def _load(source: str | Path | bytes) -> list[Document | DocError]:
    data, name = read_bytes(source)
    kind = document_kind(name, data[:512])
    text = decode_bytes(data, html=kind == "html")
    return _documents_from_text(text, kind, name)


def read_document(source: str | Path | bytes) -> Document:
    """Read one document from a path, ``-`` (stdin) or raw bytes.

    Raises :class:`DocumentError` when the input cannot be read or holds no single article
    (a JSON array of several records: use :func:`iter_documents`).
    """
    docs = _load(source)
    if len(docs) != 1:
        raise DocumentError(f"holds {len(docs)} records; read it with iter_documents()")
    if isinstance(docs[0], DocError):
        raise DocumentError(docs[0].message)
    return docs[0]


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str]:
    for p in paths:
        name = str(p)
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(
                f for f in path.rglob("*")
                if f.is_file() and f.suffix.lower() in EXTENSIONS and not f.name.startswith(".")
            )
            # A directory of labelled articles has NAME.json labels beside NAME.txt/.html:
            # those JSON files are answers, not articles.
            stems = {f.with_suffix("") for f in found if f.suffix.lower() != ".json"}
            for f in found:
                if f.suffix.lower() == ".json" and f.with_suffix("") in stems:
                    continue
                yield str(f)
        else:
            yield name


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document | DocError]:
    """Every document under ``paths`` in order; a DocError stands in for each unreadable one."""
    for name in expand_paths(paths):
        try:
            yield from _load(name)
        except DocumentError as exc:
            yield DocError(source=name, message=str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the rest
            yield DocError(source=name, message=f"{type(exc).__name__}: {exc}")
