"""Time importing the Sciences Po file into a new SQLite database, beside sqlite-utils.

    .venv/bin/python bench/import.py [PATH] [--runs N]

Both sides run as the user would run them, as fresh processes on a new database file, in
the same run of this script: `sqlite-utils insert new.db votes FILE --csv` (one wide table,
no parsing of meaning) and `unvotes --db new.db import FILE` (schema creation, member
mapping, 3,203 proposals, ~46k votes, sources, corrections as evidence). The best of N runs
of each is compared; goal: unvotes under 2x sqlite-utils and under 5 s. An in-process split
(schema, parse, store) follows, to show where the time goes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import sqlite_utils as lean_sqlite_utils

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "reference" / "sciencespo_unsc_votes_1946-2025_wide.csv"
BIN = Path(sys.executable).parent


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def best(make_cmd, runs: int, tmp: Path, name: str) -> float:
    times = []
    for i in range(runs):
        db = tmp / f"{name}{i}.db"
        times.append(timed(make_cmd(db)))
    return min(times)


def split(path: Path, tmp: Path) -> dict[str, float]:
    """Where unvotes spends its time, in this process (imports already warm)."""
    from unvotes import db
    from unvotes.official import parse
    from unvotes.official.store import import_records

    url = f"sqlite:///{tmp / 'split.db'}"
    t0 = time.perf_counter()
    db.ensure_schema(url, quiet=True)
    t1 = time.perf_counter()
    source, records = parse(path)
    records = list(records)
    t2 = time.perf_counter()
    import_records(url, source, records)
    t3 = time.perf_counter()
    return {"schema": t1 - t0, "parse": t2 - t1, "store": t3 - t2}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not args.path.exists():
        sys.exit(f"{args.path}: not found (pass the Sciences Po CSV)")
    sqlite_utils = BIN / "sqlite-utils"
    unvotes = BIN / "unvotes"
    for tool in (sqlite_utils, unvotes):
        if not tool.exists():
            sys.exit(f"{tool}: not installed in this environment")
    tmp = Path(tempfile.mkdtemp(prefix="unvotes-bench-"))
    try:
        base = best(lambda db: lean_sqlite_utils("insert", str(db), "votes",
                                                 str(args.path), "--csv"), args.runs, tmp, "su")
        ours = best(lambda db: [str(unvotes), "--db", str(db), "import", str(args.path)],
                    args.runs, tmp, "uv")
        parts = split(args.path, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"file: {args.path.name} ({args.path.stat().st_size / 1e6:.1f} MB), "
          f"best of {args.runs} runs, new SQLite database each run")
    print(f"sqlite-utils insert --csv  {base:6.2f} s")
    print(f"unvotes import             {ours:6.2f} s")
    print(f"ratio unvotes/sqlite-utils {ours / base:6.2f}x   (goal: < 2x and < 5 s: "
          f"{'met' if ours / base < 2 and ours < 5 else 'NOT met'})")
    print("unvotes in-process split:  " + ", ".join(f"{k} {v:.2f} s" for k, v in parts.items()))


if __name__ == "__main__":
    main()
