"""Reading articles: formats, encodings, folders, stdin, and what a broken file gives."""

from __future__ import annotations

import codecs
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from unvotes.extract import DocError, Document, DocumentError, iter_documents, read_document

STORY = ("UNITED NATIONS, May 26 - Russia on Thursday vetoed a U.S.-drafted Security Council "
         "resolution on Côte d'Ivoire; the vote was 13-1-1.")


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
])
def test_unicode_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(bom + STORY.encode(encoding))
    doc = read_document(path)
    assert doc.text == STORY and doc.source == str(path)


def test_cp1252_fallback(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Russia\x92s envoy said the vote \x96 13-1 \x96 was final.".encode(
        "latin-1"))
    want = "Russia\u2019s envoy said the vote \u2013 13-1 \u2013 was final."
    assert read_document(path).text == want


def test_bytes_and_declared_html_charset() -> None:
    page = ('<html><head><meta charset="iso-8859-1"><title>Vote</title></head><body><p>'
            + "C\xf4te d'Ivoire abstained in the Security Council vote on Friday. " * 5
            + "</p></body></html>").encode("latin-1")
    doc = read_document(page)
    assert "Côte d'Ivoire abstained" in doc.text and doc.title == "Vote"


def test_html_page_text_title_and_date() -> None:
    page = b"""<!doctype html><html><head><title>Russia vetoes UN draft | Daily</title>
    <meta property="article:published_time" content="2022-02-26T06:48:00+05:30">
    <script>var ads = ["Russia on Friday voted for everything"];</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
    <h1>Russia vetoes UN draft</h1>
    <p>Russia on Friday used its veto to kill a United Nations Security Council draft
    resolution that would have deplored its invasion of Ukraine.</p>
    <p>Eleven of the council's 15 members voted for the text, while India, China and the
    United Arab Emirates abstained.</p></article>
    <footer>All rights reserved</footer></body></html>"""
    doc = read_document(page)
    assert doc.published == date(2022, 2, 26)
    assert doc.title == "Russia vetoes UN draft | Daily"
    assert "Eleven of the council's 15 members" in doc.text
    assert "var ads" not in doc.text and "All rights reserved" not in doc.text


def test_html_date_from_json_ld_and_time(tmp_path: Path) -> None:
    ld = tmp_path / "ld.html"
    ld.write_text('<html><head><script type="application/ld+json">{"datePublished": '
                  '"2024-03-25T17:05:00Z"}</script></head><body><p>' + STORY * 3
                  + "</p></body></html>", encoding="utf-8")
    tm = tmp_path / "time.htm"
    tm.write_text('<html><body><time datetime="2007-01-13T09:30:00+07:00">13/01/2007</time>'
                  "<p>" + STORY * 3 + "</p></body></html>", encoding="utf-8")
    assert read_document(ld).published == date(2024, 3, 25)
    assert read_document(tm).published == date(2007, 1, 13)


def test_json_and_jsonl_records(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": STORY, "title": "T", "published": "2022-05-27",
                               "url": "https://example.org/a"}), encoding="utf-8")
    doc = read_document(one)
    assert doc == Document(STORY, "T", date(2022, 5, 27), "https://example.org/a", str(one))

    many = tmp_path / "many.jsonl"
    many.write_text(json.dumps({"text": "a"}) + "\n\n" + json.dumps({"text": "b"}) + "\n",
                    encoding="utf-8")
    docs = list(iter_documents([many]))
    assert [d.text for d in docs] == ["a", "b"]  # type: ignore[union-attr]
    assert [d.source for d in docs] == [f"{many}#1", f"{many}#3"]  # type: ignore[union-attr]

    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(json.dumps({"text": "a"}) + "\n{broken\n" + json.dumps({"title": "x"})
                     + "\n" + json.dumps({"text": "b"}) + "\n", encoding="utf-8")
    got = list(iter_documents([mixed]))
    assert [type(d).__name__ for d in got] == ["Document", "DocError", "DocError", "Document"]
    assert got[1].source == f"{mixed}#2" and "not JSON" in got[1].message  # type: ignore

    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"text": "a"}, {"text": "b"}]), encoding="utf-8")
    assert len(list(iter_documents([array]))) == 2
    with pytest.raises(DocumentError, match="2 records"):
        read_document(array)


def test_folders_recurse_and_skip_labels(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.json").write_text('{"published": null, "events": []}', encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text("<p>" + STORY + "</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    found = [Path(d.source).name for d in iter_documents([tmp_path])]
    assert found == ["a.txt", "b.html"]


def test_unreadable_inputs_become_errors_and_the_rest_still_run(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    notext = tmp_path / "notext.json"
    notext.write_text('{"title": "no body"}', encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    out = list(iter_documents([bad, tmp_path / "missing.txt", notext, good]))
    assert [type(d).__name__ for d in out] == ["DocError", "DocError", "DocError", "Document"]
    assert isinstance(out[0], DocError) and "not JSON" in out[0].message
    assert isinstance(out[1], DocError) and out[1].message == "no such file"
    with pytest.raises(DocumentError):
        read_document(tmp_path / "missing.txt")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(codecs.BOM_UTF8 + STORY.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    (doc,) = list(iter_documents(["-"]))
    assert isinstance(doc, Document) and doc.text == STORY and doc.source == "-"


def test_stdin_html_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "<!DOCTYPE html><html><body><p>" + STORY * 3 + "</p></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode("utf-8"))))
    doc = read_document("-")
    assert "<p>" not in doc.text and "Security Council" in doc.text


def test_live_blog_keeps_every_entry_not_just_the_summary_box() -> None:
    # trafilatura's fast mode returns only this page's summary box; the entries below it
    # carry the tally and the member votes, so the page must be read in full.
    page = Path(__file__).parent / "heldout" / "05_gaza_us_draft_liveblog_2024.html"
    doc = read_document(page)
    assert "A quick recap" in doc.text
    assert "Breaking: draft vetoed" in doc.text
    assert "Eleven members voted yes" in doc.text
