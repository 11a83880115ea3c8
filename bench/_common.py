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


# sqlite-utils imports pandas whenever it is installed (the test extra installs it), which
# adds a few hundred milliseconds that sqlite-utils on its own does not pay. The baseline
# blocks that import so unvotes is compared with the lean tool, not a handicapped one.
_LEAN = ("import sys; sys.modules['pandas'] = None; sys.argv[0] = 'sqlite-utils'; "
         "from sqlite_utils.cli import cli; cli()")


def sqlite_utils(*args: str) -> list[str]:
    """The command line of `sqlite-utils ARGS...` as the baseline runs it."""
    tool("sqlite-utils")
    return [sys.executable, "-c", _LEAN, *args]
