"""What the benchmarks share: finding a command-line tool, and timing whole commands."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def tool(name: str) -> str:
    """The tool installed beside this Python (the venv's), else the one on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} is not installed (pip install '.[test]')")
    return found


def run(cmd: list[str], *, check: bool = True) -> tuple[float, str]:
    """Wall time of one whole command, and what it printed on stdout."""
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, check=check).stdout
    return time.perf_counter() - t0, out


def median(cmd: list[str], runs: int, *, check: bool = True) -> tuple[float, str]:
    """The median wall time of `runs` runs after one to warm the file cache, and the
    output of the first timed run."""
    run(cmd, check=check)
    results = [run(cmd, check=check) for _ in range(runs)]
    return statistics.median(t for t, _ in results), results[0][1]
