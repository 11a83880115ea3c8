"""A lenient reader for the UN Library's hand-written HTML tables.

The DHL pages are fragments with unclosed `<td>`s, `</br>` for `<br>`, stray `</a>`s and
a double-encoded byte-order mark; a strict parser would fail on them. The stdlib's
`html.parser` tokenises anything, so this module rebuilds rows and cells itself: a new
`<td>`/`<th>` closes the open cell, a new `<tr>` closes the open row. Each cell keeps its
text (line breaks where the page had `<br>`) and the links it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass
class Cell:
    text: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, link text)
    header: bool = False
    rowspan: int = 1

    @property
    def lines(self) -> list[str]:
        return [ln for ln in (s.strip() for s in self.text.split("\n")) if ln]


@dataclass
class Table:
    rows: list[list[Cell]]
    title: str  # text of the first `tbltitle`/caption-like header, if any


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[Cell]] = []
        self.row: list[Cell] | None = None
        self.cell: Cell | None = None
        self.parts: list[str] = []
        self.href: str | None = None
        self.link_parts: list[str] = []
        self.title = ""

    # cells and rows ------------------------------------------------------------
    def _close_cell(self) -> None:
        if self.cell is not None:
            self._close_link()
            text = "".join(self.parts)
            text = "\n".join(_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))
            self.cell.text = text.strip("\n ")
            if self.row is None:
                self.row = []
            self.row.append(self.cell)
        self.cell, self.parts = None, []

    def _close_row(self) -> None:
        self._close_cell()
        if self.row:
            self.rows.append(self.row)
        self.row = None

    def _close_link(self) -> None:
        if self.href is not None and self.cell is not None:
            self.cell.links.append((self.href.strip(), " ".join("".join(self.link_parts).split())))
        self.href, self.link_parts = None, []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._close_row()
            self.row = []
        elif tag in ("td", "th"):
            self._close_cell()
            span = dict(attrs).get("rowspan") or "1"
            self.cell = Cell(header=tag == "th",
                             rowspan=int(span) if span.strip().isdigit() else 1)
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "a" and self.cell is not None:
            self._close_link()
            self.href = dict(attrs).get("href") or ""
        elif tag == "table":
            self._close_row()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._close_row()
        elif tag == "table":
            self._close_row()
        elif tag == "br":  # the pages write `</br>` for a line break
            self.parts.append("\n")
        elif tag == "a":
            self._close_link()
        elif tag in ("p", "div", "li"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.parts.append(data.replace("\n", " "))
            if self.href is not None:
                self.link_parts.append(data)

    def close(self) -> None:
        super().close()
        self._close_row()


def read_table(html: str) -> Table:
    """Every row of every table in `html`, as cells; the first title-like header as title."""
    p = _Parser()
    p.feed(html)
    p.close()
    rows = _spread_rowspans(p.rows)
    title = ""
    for row in rows:
        if len(row) == 1 and row[0].header:
            title = " ".join(row[0].text.split())
            break
    return Table(rows=rows, title=title)


def _spread_rowspans(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Copy a cell with rowspan=n into the n-1 rows below it, at the same column, so that
    every row has its meeting and date (the 1947 and 1985 pages use `<th rowspan="2">`)."""
    carry: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows still to fill)
    out = []
    for row in rows:
        cells = iter(row)
        new: list[Cell] = []
        col = 0
        while True:
            if col in carry:
                cell, left = carry[col]
                new.append(cell)
                if left <= 1:
                    del carry[col]
                else:
                    carry[col] = (cell, left - 1)
                col += 1
                continue
            nxt = next(cells, None)
            if nxt is None:
                break
            if nxt.rowspan > 1:
                carry[col] = (nxt, nxt.rowspan - 1)
            new.append(nxt)
            col += 1
        # carried cells beyond the end of a short row
        while col in carry:
            cell, left = carry.pop(col)
            new.append(cell)
            if left > 1:
                carry[col] = (cell, left - 1)
            col += 1
        out.append(new)
    return out
