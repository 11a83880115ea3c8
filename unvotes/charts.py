"""Bar charts of counts: drawn in the terminal as text, or saved as PNG/SVG with matplotlib.

matplotlib is an optional extra (`pip install 'unvotes[charts]'`), imported only when an
image is asked for; the terminal chart needs nothing beyond the standard library.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from unvotes.errors import UsageError

IMAGE_SUFFIXES = (".png", ".svg", ".pdf")
_EIGHTHS = " ▏▎▍▌▋▊▉█"


def text_bars(rows: Sequence[dict[str, Any]], label: str, value: str, *,
              title: str | None = None, width: int = 50) -> str:
    """A horizontal bar chart as text, one line per row (eighth-block precision)."""
    lines = [title] if title else []
    if not rows:
        return "\n".join(lines + ["(nothing to chart)"])
    top = max((r[value] or 0) for r in rows) or 1
    pad = max(len(str(r[label])) for r in rows)
    digits = len(str(top))
    for r in rows:
        n = r[value] or 0
        eighths = round(n / top * width * 8)
        bar = "█" * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")
        lines.append(f"{str(r[label]).rjust(pad)} │ {str(n).rjust(digits)} {bar}".rstrip())
    return "\n".join(lines)


def save_bars(rows: Sequence[dict[str, Any]], label: str, value: str, path: str | Path, *,
              title: str, ylabel: str) -> Path:
    """Write a vertical bar chart to PATH (.png, .svg or .pdf, chosen by the suffix)."""
    path = Path(path)
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise UsageError(f"{path}: cannot tell the image format; end the name in "
                         f"{', '.join(IMAGE_SUFFIXES)}")
    try:
        import matplotlib
    except ImportError:
        raise UsageError("image charts need matplotlib: pip install 'unvotes[charts]'") from None
    matplotlib.use("Agg")  # no display needed; must precede pyplot
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    labels = [str(r[label]) for r in rows]
    values = [r[value] or 0 for r in rows]
    fig, ax = plt.subplots(figsize=(max(6.0, min(16.0, 0.18 * len(rows) + 3)), 4.5),
                           layout="constrained")
    ax.bar(range(len(rows)), values, color="#1f5fa8", width=0.8)
    # Label every bar when few, otherwise about 20 evenly spaced ticks.
    step = max(1, len(rows) // 20)
    ticks = range(0, len(rows), step)
    ax.set_xticks(ticks, labels[::step], rotation=90 if len(ticks) > 24 else 0)
    ax.set_xlim(-0.6, len(rows) - 0.4)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    # A bar chart's y axis gets an AutoLocator, a MaxNLocator that can keep to integers.
    locator = ax.yaxis.get_major_locator()
    if isinstance(locator, MaxNLocator):
        locator.set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=120)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the chart ({exc.strerror})") from None
    finally:
        plt.close(fig)
    return path
