"""Fast scanning for a fixed vocabulary.

Python's regex engine tries every position of a text when a pattern opens with an
alternation ("vetoed|blocked|..."); ``str.find`` on the words a match must begin with is a
hundred times faster. So each pattern is stored with its opening words, candidates are found
once per text (shared across patterns by a :class:`Finder`), and the pattern runs only there,
anchored. Patterns are written for lower-cased text and need no re.IGNORECASE.

A document's Finder is asked for nearly every opening word there is (some two hundred), so
it finds them all in one pass of a regular expression built as a trie of the words (one
branch per first letter, then per next letter, ...) instead of one ``find`` per word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Finder", "Lex", "lex", "register", "scan", "word_starts"]

# Every word a Finder is expected to be asked for: each Lex's opening words, and any a
# module registers for its own look-ups.
_VOCABULARY: set[str] = set()


def register(words: Iterable[str]) -> None:
    """Add ``words`` to the vocabulary a :class:`Finder` looks up in its one pass."""
    _VOCABULARY.update(words)


# "the Security Council of Ukraine" is a national body; "the Security Council of the United
# Nations", "adoption by the Security Council of resolution 1308" and "of a text" are ours.
# What may follow "Security Council of" when it is the UN's (lower case, for a negative
# lookahead).
COUNCIL_OF_NOT_A_BODY = r"(?:the\s+united|resolutions?\b|drafts?\b|an?\b|its\b|this\b|that\b|\d)"


@dataclass(frozen=True, slots=True)
class Lex:
    """A pattern for lower-cased text and the literal words every match begins with;
    ``needs``, if given: words one of which starts (at a word boundary) inside every match,
    at or after its start (a cheap gate: no such word after a candidate, no match there)."""

    pattern: re.Pattern[str]
    starts: tuple[str, ...]
    needs: tuple[str, ...] = ()


def lex(pattern: str, starts: tuple[str, ...], needs: tuple[str, ...] = ()) -> Lex:
    """Compile ``pattern`` (its leading ``\\b`` dropped: :func:`scan` checks the word
    boundary) with the words its matches start with (and those they hold, ``needs``)."""
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
    register(starts + needs)
    return Lex(re.compile("|".join(a[2:] if a.startswith("\\b") else a for a in alts)), starts,
               needs)


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


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching the longest of ``words`` that starts where it is tried:
    "vot(?:e(?:d)?)?" for vot, vote and voted. At each letter only one branch can go on, so
    the engine never tries the words one by one."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class _Index:
    """The one-pass search for a vocabulary: where any of its words starts at a word
    boundary, and for the longest word found there, every word of the vocabulary it begins
    with (those start there too)."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        trie = _trie_pattern(words)
        self.pattern = re.compile(rf"(?<!\w)(?=({trie}))")
        # The same starts after position 0, found as the character before them: a pattern
        # opening with a character class lets the engine skip in C to the next non-word
        # character, instead of entering the pattern (its look-behind) at every position.
        self.after_gap = re.compile(rf"\W(?=({trie}))")
        self.prefixes = {w: tuple(p for p in words if w.startswith(p)) for w in words}


_index: _Index | None = None


def _current_index() -> _Index:
    global _index
    if _index is None or len(_index.words) != len(_VOCABULARY):
        _index = _Index(frozenset(_VOCABULARY))
    return _index


_NONE: list[int] = []  # shared, never changed: the positions of a word not in the text


class Finder:
    """Where each word starts (at a word boundary) in one text, found once and remembered:
    many patterns open with the same words. The whole vocabulary is found in one pass on
    the first look-up; a word outside it is found with ``find``. A ``lazy`` Finder, for a
    text only one pattern is scanned in, finds each word with ``find`` when first asked."""

    def __init__(self, text: str, lazy: bool = False) -> None:
        self.text = text
        self._cache: dict[str, list[int]] | None = {} if lazy else None
        self._words: frozenset[str] = frozenset()

    def _index_all(self) -> dict[str, list[int]]:
        index = _current_index()
        found: dict[str, list[int]] = {}
        prefixes = index.prefixes
        text = self.text
        first = index.pattern.match(text)  # a word at position 0 (no character before it)
        hits = [(0, first.group(1))] if first is not None else []
        hits += [(m.start() + 1, m.group(1)) for m in index.after_gap.finditer(text)]
        for i, word in hits:
            for w in prefixes[word]:
                at = found.get(w)
                if at is None:
                    found[w] = [i]
                else:
                    at.append(i)
        self._words = index.words
        self._cache = found
        return found

    def starts(self, word: str) -> list[int]:
        """Where ``word`` starts at a word boundary, in order (do not change the list)."""
        cache = self._cache if self._cache is not None else self._index_all()
        found = cache.get(word)
        if found is None:
            if word in self._words:
                return _NONE
            found = word_starts(self.text, 0, len(self.text), (word,))
            cache[word] = found
        return found


def scan(lx: Lex, low: str, lo: int, hi: int, finder: Finder | None = None
         ) -> list[re.Match[str]]:
    """Matches of ``lx`` in ``low[lo:hi]`` that start at a word boundary, left to right,
    without overlaps."""
    finder = finder if finder is not None else Finder(low)
    last_needed = hi
    if lx.needs:
        # a cheap gate: a match can start no later than the last of the words it needs
        last_needed = -1
        for word in lx.needs:
            at = finder.starts(word)
            k = bisect_left(at, hi)
            if k and at[k - 1] > last_needed:
                last_needed = at[k - 1]
        if last_needed < lo:
            return []
    words = lx.starts
    if len(words) == 1:
        cands = finder.starts(words[0])  # already in order, each once
    else:
        # (most of the words are not in a given text: only the lists found are merged)
        found = [at for word in words if (at := finder.starts(word))]
        if len(found) > 1:
            cands = sorted(set().union(*found))
        else:
            cands = found[0] if found else []
    if last_needed < hi and cands and cands[-1] > last_needed:
        cands = cands[:bisect_right(cands, last_needed)]
    if cands and (cands[0] < lo or cands[-1] >= hi):
        cands = cands[bisect_left(cands, lo):bisect_left(cands, hi)]
    out: list[re.Match[str]] = []
    last = lo
    match = lx.pattern.match
    for s in cands:
        if s < last:
            continue
        m = match(low, s, hi)
        if m:
            out.append(m)
            last = m.end()
    return out
