"""Benchmark `unvotes ingest`: a 10,000-article corpus into a new SQLite database.

The corpus is generated here from the labelled dev set (../shared/articles/dev/): each
copy shifts every year in the text by an offset (kept within 1946-2025), moves day numbers
after month names, and signs the piece with a generated reporter name, so every article
is distinct (its own content hash) and most report votes on other dates.

Prints, for --jobs 1 and --jobs 2: articles per second and peak memory (the ingesting
process plus its workers); then the time to re-ingest everything as duplicates. Goals
(issue 5): 10,000 articles in < 30 s with --jobs 2, re-ingest < 5 s, peak < 300 MB.

Each time is also given as a ratio to a baseline run on the same corpus in the same run:
`sqlite-utils insert-files` storing every article's text in a table (reading and storing,
no understanding), so figures from machines of different speeds can be compared.

    .venv/bin/python bench/ingest.py [--articles 10000] [--keep DIR]

`--one-story N` measures something else: one story told N/4 and then N times (the seed
article, each copy signed by another reporter) on top of the Sciences Po record, so every
copy joins one official proposal and disagrees with it on the date. It prints the cost per
article at both sizes: equal costs mean each article costs the same however many came
before it on that vote.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("UNVOTES_SHARED") or HERE.parent.parent / "shared")
DEV = SHARED / "articles" / "dev"

_YEAR = re.compile(r"\b(19[4-9]\d|20[0-2]\d)\b")
_DAY = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|"
                  r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
                  r" (\d{1,2})\b")
# Resolution numbers and draft numbers move too: a stated symbol decides a match.
_SYMBOL = re.compile(r"((?:[Rr]esolution|S/RES/|S/(?:\d{4}/)?)\s?)(\d{3,4})\b")
FIRST = ["Ana", "Kofi", "Mei", "Olu", "Ines", "Pavel", "Sara", "Tariq", "Lena", "Jon",
         "Amara", "Diego", "Hana", "Yusuf", "Clara", "Ravi"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Mensah", "Silva",
        "Novak", "Brennan", "Qureshi", "Ivanova", "Dube", "Reyes", "Larsen", "Aziz"]


def vary(text: str, n: int) -> str:
    """Copy `n` of an article: years moved by n % 75 (draft symbols' years with them),
    every 75 copies months moved by two, and resolution and draft numbers moved, so copies
    report other votes on other dates."""
    shift, months = n % 75, 2 * (n // 75)

    def year(m: re.Match) -> str:
        return str(1946 + (int(m.group(1)) - 1946 + shift) % 80)

    def day(m: re.Match) -> str:
        month = MONTHS[(MONTHS.index(m.group(1)[:3]) + months) % 12]
        return f"{month} {min(int(m.group(2)), 28)}"

    def symbol(m: re.Match) -> str:
        return f"{m.group(1)}{int(m.group(2)) + 7 * n % 4000}"

    text = _SYMBOL.sub(symbol, _DAY.sub(day, _YEAR.sub(year, text)))
    name = f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]}"
    return f"{text}\n\nReporting by {name}; edition {n}.\n"


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def make_corpus(out: Path, count: int) -> int:
    """Write `count` articles (txt and html, as in the dev set) under `out`."""
    sources = sorted(p for p in DEV.iterdir() if p.suffix in (".txt", ".html"))
    if not sources:
        sys.exit(f"no articles in {DEV}")
    texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in sources]
    for n in range(count):
        suffix, text = texts[n % len(texts)]
        sub = out / f"{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        body = vary(text, n // len(texts)) if n >= len(texts) else text
        (sub / f"a{n:05d}{suffix}").write_text(body, encoding="utf-8")
    return count


def _tree_rss_kib(pid: int) -> int:
    """Memory of a process and all its descendants (Linux /proc), in KiB: proportional set
    size, so pages the forked workers share with their parent are counted once."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            try:
                with open(f"/proc/{p}/smaps_rollup") as fh:
                    total += next(int(line.split()[1]) for line in fh
                                  if line.startswith("Pss:"))
            except (OSError, StopIteration):
                with open(f"/proc/{p}/status") as fh:
                    total += next(int(line.split()[1]) for line in fh
                                  if line.startswith("VmRSS:"))
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError, StopIteration):
            continue  # the process ended while it was being read
    return total


def run(db: Path, corpus: Path, jobs: int) -> tuple[float, float, str]:
    """Run `unvotes ingest` in a child process: (seconds, peak MB of it plus its workers,
    its summary line). Memory is summed over the process tree every quarter of a second:
    one reading of the tree costs about 5 ms of CPU (the kernel walks each process's page
    tables for its proportional size), so sampling every 20 ms, as this bench first did,
    took a sixth of a core from the run it measured and added 2-4 s to the --jobs 2 time."""
    cmd = [sys.executable, "-m", "unvotes", "--db", str(db), "ingest", str(corpus),
           "--jobs", str(jobs), "--no-progress"]
    t = time.perf_counter()
    # (run from the database's directory: `python -m` puts the working directory first on
    # the path, which from a checkout would import that checkout instead of $PYTHONPATH's)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=db.parent)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_kib(proc.pid))
        time.sleep(0.25)
    seconds = time.perf_counter() - t
    _out, err = proc.communicate()
    if proc.returncode not in (0, 1):
        sys.exit(f"ingest failed ({proc.returncode}):\n{err[-2000:]}")
    last = [line for line in err.splitlines() if "articles read" in line]
    return seconds, peak / 1024, last[0] if last else err[-300:]


def one_story(tmp: Path, copies: int) -> None:
    """Ingest one story told `copies` // 4 and `copies` times onto the official record."""
    seed = next(iter(sorted((SHARED / "seeds").glob("*.txt"))), None)
    record = SHARED / "reference" / "sciencespo_unsc_votes_1946-2025_wide.csv"
    if seed is None or not record.exists():
        sys.exit(f"the seed article or the Sciences Po file is missing under {SHARED}")
    text = seed.read_text(encoding="utf-8")
    official = tmp / "record.db"
    official.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "unvotes", "--db", str(official), "import",
                    str(record)], check=True, capture_output=True, cwd=tmp)
    costs = []
    for n in (copies // 4, copies):
        corpus = tmp / f"story{n}"
        corpus.mkdir(parents=True, exist_ok=True)
        for i in range(n):
            name = f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}"
            (corpus / f"copy{i:05d}.txt").write_text(
                f"{text}\n\nReporting by {name}, copy {i}.\n", encoding="utf-8")
        base_db = tmp / f"story{n}-baseline.db"
        base_db.unlink(missing_ok=True)
        base, _ = _common.run(_common.sqlite_utils("insert-files", str(base_db), "files",
                                                   str(corpus), "--text"))
        db = tmp / f"story{n}.db"
        shutil.copyfile(official, db)
        seconds, peak, line = run(db, corpus, 1)
        costs.append(seconds / n)
        print(f"{n} copies of one story: {seconds:.1f}s, {1000 * seconds / n:.1f} ms an "
              f"article ({seconds / base:.0f}x sqlite-utils insert-files, {base:.2f}s), "
              f"peak {peak:.0f} MB")
        print(f"    {line}")
    print(f"cost per article, {copies} copies against {copies // 4}: "
          f"{costs[1] / costs[0]:.2f}x (1.00x: each copy costs the same)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--keep", type=Path, help="write the corpus and databases here")
    ap.add_argument("--one-story", type=int, metavar="N",
                    help="instead: one story told N/4 and N times (the cost per article)")
    args = ap.parse_args()
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="unvotes-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    if args.one_story:
        one_story(tmp, args.one_story)
        return
    corpus = tmp / "corpus"
    if not corpus.exists():
        t = time.perf_counter()
        make_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} articles in {corpus} "
              f"({time.perf_counter() - t:.1f}s to generate)")
    base_db = tmp / "baseline.db"
    base_db.unlink(missing_ok=True)
    base, _ = _common.run(_common.sqlite_utils("insert-files", str(base_db), "files",
                                               str(corpus), "--text"))
    print(f"baseline sqlite-utils insert-files: {base:.1f}s")
    for jobs in (1, 2):
        db = tmp / f"jobs{jobs}.db"
        for f in tmp.glob(f"jobs{jobs}.db*"):
            f.unlink()
        seconds, peak, line = run(db, corpus, jobs)
        print(f"--jobs {jobs}: {args.articles / seconds:,.0f} articles/s "
              f"({seconds:.1f}s, {seconds / base:.0f}x the baseline), peak {peak:.0f} MB")
        print(f"    {line}")
    seconds, peak, line = run(tmp / "jobs2.db", corpus, 2)
    print(f"re-ingest as duplicates: {seconds:.2f}s ({seconds / base:.2f}x the baseline), "
          f"peak {peak:.0f} MB")
    print(f"    {line}")


if __name__ == "__main__":
    main()
