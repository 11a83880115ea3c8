"""Start-up cost of the CLI: median wall time of `unvotes --help` beside `python -c pass`
and `sqlite-utils --help`, measured in the same run.

    python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def median_time(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} is not installed (pip install '.[test]')")
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "sqlite-utils --help": [tool("sqlite-utils"), "--help"],
        "unvotes --help": [tool("unvotes"), "--help"],
        "unvotes members --year 2022 -f csv": [tool("unvotes"), "members", "--year", "2022",
                                               "-f", "csv"],
    }
    for cmd in cases.values():  # warm the file cache once
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    results = {name: median_time(cmd, args.runs) for name, cmd in cases.items()}
    base = results["sqlite-utils --help"]
    print(f"median of {args.runs} runs")
    for name, seconds in results.items():
        print(f"{name:38s} {seconds * 1000:7.1f} ms   {seconds / base:5.2f}x sqlite-utils --help")
    ratio = results["unvotes --help"] / base
    print(f"goal: unvotes --help within 1.5x of sqlite-utils --help -> {ratio:.2f}x "
          f"({'met' if ratio <= 1.5 else 'NOT met'})")


if __name__ == "__main__":
    main()
