"""The extractor against labelled articles, scored by the team's own scorer.

The quality bar for issue 3: on ../shared/articles/dev, fact F1 >= 0.95 and event F1 >=
0.97. Our own labelled articles (tests/articles: other outlets, other decades) are held to
the same bar, so a rule that only fits the dev set's wording shows up here.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import shared

from unvotes.extract import analyse, iter_documents
from unvotes.extract.documents import DocError

OWN_ARTICLES = Path(__file__).resolve().parent / "articles"


def _predict(folder: Path, out: Path) -> None:
    docs = []
    for doc in iter_documents([folder]):
        assert not isinstance(doc, DocError), doc
        a = analyse(doc.text, published=doc.published, source=doc.source)
        docs.append({"source": doc.source, "events": [e.to_dict() for e in a.events]})
    out.write_text(json.dumps(docs), encoding="utf-8")


def _score(folder: Path, tmp_path: Path) -> tuple[float, float, str]:
    pred = tmp_path / "pred.json"
    _predict(folder, pred)
    scorer = shared("eval", "score.py")
    run = subprocess.run([sys.executable, str(scorer), str(folder), str(pred), "--verbose"],
                         capture_output=True, text=True, check=True)
    m = re.search(r"fact_f1=([\d.]+) event_f1=([\d.]+)", run.stdout)
    assert m, run.stdout
    return float(m.group(1)), float(m.group(2)), run.stdout


def test_dev_set_quality_bar(tmp_path: Path) -> None:
    fact_f1, event_f1, report = _score(shared("articles", "dev"), tmp_path)
    assert fact_f1 >= 0.95, report
    assert event_f1 >= 0.97, report


def test_own_articles_quality_bar(tmp_path: Path) -> None:
    fact_f1, event_f1, report = _score(OWN_ARTICLES, tmp_path)
    assert fact_f1 >= 0.95, report
    assert event_f1 >= 0.97, report


def _labelled() -> list[Path]:
    return sorted(p for p in OWN_ARTICLES.iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("path", _labelled(), ids=lambda p: p.stem)
def test_own_article_events(path: Path) -> None:
    """Each of our articles alone: the Council votes it reports, outcome and date."""
    label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    doc = next(iter(iter_documents([path])))
    assert not isinstance(doc, DocError)
    events = [e.to_dict() for e in analyse(doc.text, published=doc.published).events]
    got = sorted((e["date"], e["outcome"]) for e in events if e["body"] == "SC")
    want = sorted((e["date"], e["outcome"]) for e in label["events"] if e["body"] == "SC")
    assert got == want


def test_labels_are_well_formed() -> None:
    """Our labels follow ../shared/eval/LABELS.md field for field."""
    fields = {"body", "date", "draft", "resolution", "outcome", "yes", "no", "abstain",
              "vetoed_by", "votes", "sponsors", "subject"}
    for path in OWN_ARTICLES.glob("*.json"):
        label = json.loads(path.read_text(encoding="utf-8"))
        assert set(label) == {"published", "events"}, path
        for e in label["events"]:
            assert set(e) == fields, path
            assert e["outcome"] in ("adopted", "vetoed", "failed"), path
            assert set(e["votes"].values()) <= {"yes", "no", "abstain", "absent"}, path
            if e["outcome"] == "vetoed":
                assert e["vetoed_by"] and all(e["votes"].get(c) == "no" for c in e["vetoed_by"])


def test_seed_article_with_a_wrong_page_date() -> None:
    """The seed's header says 2024; its envoys were in office in 2021-23. The vote is kept
    with the date counted from the page (for reconciliation to contradict), its confidence
    lowered, and the notes say why."""
    text = shared("seeds", "000_bdf25112cc025e0b.txt").read_text(encoding="utf-8")
    (e,) = [ev.to_dict() for ev in analyse(text).events]
    assert (e["outcome"], e["vetoed_by"], e["sponsors"]) == ("vetoed", ["CHN", "RUS"], ["USA"])
    assert (e["yes"], e["no"], e["abstain"]) == (13, 2, 0)
    assert e["date"] == "2024-11-14" and e["confidence"] <= 0.4
    assert "2024-11-17 disagrees with text" in e["notes"] and "doubtful" in e["notes"]
