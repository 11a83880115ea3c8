"""Benchmark the extractor (`unvotes.extract`): documents per second and peak memory.

The corpus is the labelled dev set (../shared/articles/dev/) replicated to --docs documents
(default 5,000) for each input kind:

* plain text: `extract(text)` on the .txt articles;
* HTML: `read_document(bytes)` (decoding, trafilatura, page metadata) then `extract`.

Each figure is printed with a baseline measured in the same run on the same documents: a
single case-insensitive keyword scan per document (the floor for any pass over the text)
for plain text, and trafilatura's extraction alone for HTML. Goal (issue 3): >= 1,000
plain-text documents per second in one process.

    .venv/bin/python bench/extract.py [--docs 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = Path(os.environ.get("UNVOTES_SHARED") or HERE.parent.parent / "shared") / "articles" / "dev"
sys.path.insert(0, str(HERE.parent))

_BASELINE = re.compile(r"veto|vote|adopt|resolution|abstain", re.I)


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux: the process's peak resident set so far.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _peak_mb(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000, help="documents per kind (default 5000)")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is kept")
    args = ap.parse_args(argv)
    if not DEV.is_dir():
        print(f"no dev articles at {DEV} (set UNVOTES_SHARED)", file=sys.stderr)
        return 2

    from unvotes.extract import extract, read_document

    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    pages = [p.read_bytes() for p in sorted(DEV.glob("*.htm*"))]
    plain = (texts * (args.docs // len(texts) + 1))[:args.docs]
    html = (pages * (args.docs // len(pages) + 1))[:args.docs]
    extract(texts[0])  # build the name tables once, as a long-running process would
    read_document(pages[0])
    rss0 = _rss_mb()
    kb = sum(map(len, plain)) / len(plain) / 1024
    print(f"corpus: {len(plain)} plain-text documents (avg {kb:.1f} kB), {len(html)} HTML "
          f"pages, from {DEV}")

    def run_plain() -> None:
        for t in plain:
            extract(t)

    def base_plain() -> None:
        for t in plain:
            _BASELINE.search(t)
            t.lower()

    t_plain = _best(run_plain, args.repeat)
    t_base = _best(base_plain, args.repeat)
    peak = _peak_mb(lambda: [extract(t) for t in plain[:500]])
    rate = len(plain) / t_plain
    print(f"plain text: {rate:,.0f} docs/s ({t_plain * 1000 / len(plain):.2f} ms/doc); "
          f"baseline keyword scan {len(plain) / t_base:,.0f} docs/s, ratio "
          f"{t_plain / t_base:.0f}x; peak Python heap {peak:.1f} MB (500 docs held), "
          f"goal >= 1,000 docs/s: {'met' if rate >= 1000 else 'NOT met'}")

    import trafilatura

    def run_html() -> None:
        for b in html:
            extract(read_document(b).text)

    def base_html() -> None:
        for b in html:
            trafilatura.extract(b.decode("utf-8"))

    t_html = _best(run_html, 1)
    t_traf = _best(base_html, 1)
    print(f"HTML: {len(html) / t_html:,.0f} docs/s ({t_html * 1000 / len(html):.2f} ms/doc); "
          f"trafilatura alone {len(html) / t_traf:,.0f} docs/s, ratio {t_html / t_traf:.2f}x")
    print(f"peak resident memory: {_rss_mb():.0f} MB (after warm-up {rss0:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
