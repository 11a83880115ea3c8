"""Start-up cost of the CLI: median wall time of `unvotes --help` beside `python -c pass`
and `sqlite-utils --help`, measured in the same run.

    python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import sys

from _common import median, sqlite_utils, tool


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "sqlite-utils --help": sqlite_utils("--help"),
        "unvotes --help": [tool("unvotes"), "--help"],
        "unvotes members --year 2022 -f csv": [tool("unvotes"), "members", "--year", "2022",
                                               "-f", "csv"],
    }
    results = {name: median(cmd, args.runs, check=False)[0] for name, cmd in cases.items()}
    base = results["sqlite-utils --help"]
    print(f"median of {args.runs} runs")
    for name, seconds in results.items():
        print(f"{name:38s} {seconds * 1000:7.1f} ms   {seconds / base:5.2f}x sqlite-utils --help")
    ratio = results["unvotes --help"] / base
    print(f"goal: unvotes --help within 1.5x of sqlite-utils --help -> {ratio:.2f}x "
          f"({'met' if ratio <= 1.5 else 'NOT met'})")


if __name__ == "__main__":
    main()
