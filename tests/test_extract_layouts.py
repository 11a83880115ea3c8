"""The same articles laid out differently must give the same votes: wrapped at 50 or 70
columns with CRLF line ends, one line per paragraph with no blank lines, UTF-16, or served
as an HTML page. Scored with the team's scorer on the dev set and on our own articles."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import shared

from unvotes.extract import analyse, iter_documents

OWN = Path(__file__).resolve().parent / "articles"


def _wrap(width: int) -> Callable[[str], tuple[str, bytes]]:
    def run(text: str) -> tuple[str, bytes]:
        paras = text.split("\n\n")
        out = "\n\n".join("\n".join(textwrap.wrap(p, width)) if len(p) > width else p
                          for p in paras)
        return ".txt", out.replace("\n", "\r\n").encode("utf-8")
    return run


def _single(text: str) -> tuple[str, bytes]:
    return ".txt", "\n".join(p.replace("\n", " ") for p in text.split("\n\n")).encode("utf-8")


def _utf16(text: str) -> tuple[str, bytes]:
    return ".txt", b"\xff\xfe" + text.encode("utf-16-le")


def _page(text: str) -> tuple[str, bytes]:
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras[1:])
    page = (f"<html><head><title>{html.escape(paras[0])}</title></head><body><nav>"
            f'<a href="/">Home</a> <a href="/world">World</a></nav><article><h1>'
            f"{html.escape(paras[0])}</h1>\n{body}</article><footer>(c) Outlet</footer>"
            "</body></html>")
    return ".html", page.encode("utf-8")


LAYOUTS = {"wrap50": _wrap(50), "wrap70crlf": _wrap(70), "one-line-paragraphs": _single,
           "utf16": _utf16, "html": _page}


def _relayout(src: Path, dst: Path, layout: Callable[[str], tuple[str, bytes]]) -> None:
    for path in src.iterdir():
        if path.suffix == ".json":
            (dst / path.name).write_bytes(path.read_bytes())
        elif path.suffix == ".txt":
            suffix, data = layout(path.read_text(encoding="utf-8"))
            (dst / (path.stem + suffix)).write_bytes(data)
        elif path.suffix in (".html", ".htm"):
            (dst / path.name).write_bytes(path.read_bytes())


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("corpus", ["dev", "own"])
def test_layout_does_not_change_the_votes(layout: str, corpus: str, tmp_path: Path) -> None:
    src = shared("articles", "dev") if corpus == "dev" else OWN
    scorer = shared("eval", "score.py")
    folder = tmp_path / "articles"
    folder.mkdir()
    _relayout(src, folder, LAYOUTS[layout])
    docs = []
    for doc in iter_documents([folder]):
        a = analyse(doc.text, published=doc.published)
        docs.append({"source": doc.source, "events": [e.to_dict() for e in a.events]})
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(docs), encoding="utf-8")
    run = subprocess.run([sys.executable, str(scorer), str(folder), str(pred), "-v"],
                         capture_output=True, text=True, check=True)
    m = re.search(r"fact_f1=([\d.]+) event_f1=([\d.]+)", run.stdout)
    assert m and float(m.group(1)) >= 0.95 and float(m.group(2)) >= 0.97, run.stdout
