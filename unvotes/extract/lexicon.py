"""Fast scanning for a fixed vocabulary.

Python's regex engine tries every position of a text when a pattern opens with an
alternation ("vetoed|blocked|..."); ``str.find`` on the words a match must begin with is a
hundred times faster. So each pattern is stored with its opening words, candidates are found
with ``find`` (shared across patterns by a :class:`Finder`), and the pattern runs only there,
anchored. Patterns are written for lower-cased text and need no re.IGNORECASE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Finder", "Lex", "lex", "scan", "word_starts"]


@dataclass(frozen=True, slots=True)
class Lex:
    """A pattern for lower-cased text and the literal words every match begins with."""

    pattern: re.Pattern[str]
    starts: tuple[str, ...]


def lex(pattern: str, starts: tuple[str, ...]) -> Lex:
    """Compile ``pattern`` (its leading ``\\b`` dropped: :func:`scan` checks the word
    boundary) with the words its matches start with."""
    alts, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            alts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    alts.append("".join(cur))
    return Lex(re.compile("|".join(a[2:] if a.startswith("\\b") else a for a in alts)), starts)


def _at_word_start(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


def word_starts(text: str, lo: int, hi: int, words: tuple[str, ...]) -> list[int]:
    """Where any of ``words`` starts at a word boundary in ``text[lo:hi]``, in order."""
    if len(words) == 1:
        # the common case (a Finder's look-up): found in order, no set or sort needed
        w = words[0]
        out = []
        find = text.find
        i = find(w, lo, hi)
        while i != -1:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
                out.append(i)
            i = find(w, i + 1, hi)
        return out
    found = set()
    for w in words:
        i = text.find(w, lo, hi)
        while i != -1:
            if _at_word_start(text, i):
                found.add(i)
            i = text.find(w, i + 1, hi)
    return sorted(found)


class Finder:
    """Where each word starts (at a word boundary) in one text, found once and remembered:
    many patterns open with the same words."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[str, list[int]] = {}

    def starts(self, word: str) -> list[int]:
        found = self._cache.get(word)
        if found is None:
            found = word_starts(self.text, 0, len(self.text), (word,))
            self._cache[word] = found
        return found


def scan(lx: Lex, low: str, lo: int, hi: int, finder: Finder | None = None
         ) -> list[re.Match[str]]:
    """Matches of ``lx`` in ``low[lo:hi]`` that start at a word boundary, left to right,
    without overlaps."""
    finder = finder if finder is not None else Finder(low)
    cands = {i for word in lx.starts for i in finder.starts(word) if lo <= i < hi}
    out: list[re.Match[str]] = []
    last = lo
    match = lx.pattern.match
    for s in sorted(cands):
        if s < last:
            continue
        m = match(low, s, hi)
        if m:
            out.append(m)
            last = m.end()
    return out
