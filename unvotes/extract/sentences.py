"""Article text → blocks (paragraphs, header lines) → sentences, all with offsets.

Every later stage matches regular expressions against ``Text.norm``, a copy of the document
with typographic quotes, dashes and spaces folded to ASCII and line breaks turned into
spaces. The copy has exactly the length of the original, so any span found in it is also a
span of the original text: evidence offsets need no mapping back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Sentence", "Text", "lower_same_length", "split"]

# One character in, one character out: offsets stay valid.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-",
    "\u2011": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ",
    "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n",
    "\u00ad": " ",
})
# The same folding as a substitution: ``str.translate`` looks every character of a text with
# any non-ASCII character up in the table, while a search skips to the few it changes.
_FOLD_CHARS = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")
_FOLD_TO = {chr(k): v for k, v in _FOLD.items()}


def _fold(s: str) -> str:
    """``s.translate(_FOLD)``."""
    return _FOLD_CHARS.sub(lambda m: _FOLD_TO[m.group()], s)


# Lines that are page furniture or links to other stories, never the story itself.
_BOILERPLATE = re.compile(
    r"\s*(?:read more|related(?: coverage| stories| articles)?|also read|see also|more on this|"
    r"more from|you might also like|most read|mehr zum thema|recommended|watch\b|listen\b|"
    # (not "Subscribers who switched off early missed a remarkable Friday.")
    # (not "(c) Res. 707 (1991) condemns ...": a list's third item)
    r"sign up|subscribe\b|advertisement|comments?\s*\(|share\b|print\b|copyright|"
    r"\(c\)(?=\s*(?:(?:19|20)\d\d|copyright\b|$))|©|"
    r"all rights reserved|\(?reporting by|\(?editing by|\(?writing by|want to flag|"
    r"follow us|click here|photo:|image:|tags?:|topics?:)",
    re.I,
)
_LINK_LIST = re.compile(r"\s*(?:read more|related|also read|see also|more on this|more from|"
                        r"you might also like|most read|recommended)", re.I)
_LINKS_AT = re.compile(r"(?:(?<=[.!?|])\s+|^)(?:read more|related(?: coverage| stories| articles)?|"
                       r"also read|see also|more on this)\s*:", re.I)
_SENTENCE_END = re.compile(r"""[.!?]+["')\]]*\s+(?=["'(\[]?[A-Z0-9])""")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Adm|Gov|Sen|Rep|Rev|Prof|Jr|Sr|Messrs|No|"
    r"Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Co|Corp|Ltd|Mt|Ft|Amb|"
    r"Pres|Sec|Art|para|paras|approx|cf|ca|Gens|Res|res|Doc|incl|[Ii]ncl)|\b[A-Z]|(?:\b[A-Za-z]\.)+[A-Za-z])\.+$"
)
# (so does a document symbol: "..., document" then "S/1259, was defeated by ...")
_SOFT_BREAK_NEXT = re.compile(r"[a-z0-9(,;]|S/\d")
# (not the mark after a figure: "TAPE, 1'20"" is a duration, and opens no quotation)
_QUOTED = re.compile(r'(?<![\d\'])"([^"\n]{1,800}?)"')
_WORD = re.compile(r"[^\W_]+")


@dataclass(slots=True)
class Sentence:
    """A sentence: ``start``/``end`` index the document text; ``text`` is the folded copy."""

    index: int
    start: int
    end: int
    text: str
    block: int
    header: bool = False
    heading: bool = False  # a line in capitals inside the body: the item it heads follows
    wrapped: bool = False  # its paragraph runs over several lines (hard-wrapped text)


@dataclass(slots=True)
class Text:
    """A document prepared for matching."""

    raw: str
    norm: str
    # norm with long quotations blanked out: speech is opinion, not a record of the vote.
    plain: str
    # plain in lower case, same length: most patterns run on it without re.IGNORECASE, which
    # lets the regex engine skip ahead to its first literal instead of trying every position.
    low: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    # (start, end, is_header) of each block (paragraph or header line).
    blocks: list[tuple[int, int, bool]] = field(default_factory=list)
    body_start: int = 0


def lower_same_length(s: str) -> str:
    """``s.lower()``, except characters whose lower case is longer stay as they are."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


# ... or a correspondent's cable quoted: "His cable of yesterday reads, in part: "Council met
# Thursday ..."" ("Our correspondent's telegram reads as follows: "TRANSJORDAN APPLICATION
# RECEIVED NINE VOTES ..."")
_QUOTED_REPORT = re.compile(r"\b(?:text\s+follows|as\s+broadcast|full\s+text|the\s+text\s+(?:reads|"
                            r"read)|(?:cable|telegram|telex|dispatch|despatch|wire)\b[^.;:\n]{0,40}?"
                            r"\b(?:reads|read|says|said|ran|runs)(?:\s*,?\s*in\s+part|\s+as\s+follows)?)\s*[:,.]?\s*$",
                            re.I)


def _goes_on_quote(norm: str, at: int) -> bool:
    """Does the quote opening at ``at`` close a quotation several paragraphs long, each
    paragraph opening with a quote mark and only the last closing it? Such a letter or summary
    quoted whole ("Our member writes: "Belgium sits on the Council ... "Two days later came
    resolution 688 ...."") is the report itself, not a speaker's aside."""
    if at > 0 and norm[at - 1] != "\n":
        return False
    before = norm[:at].rstrip("\n")
    prev = before[before.rfind("\n") + 1:]
    return prev.startswith('"') and prev.count('"') % 2 == 1


def _blank_quotes(norm: str) -> str:
    parts: list[str] = []
    last = 0
    for m in _QUOTED.finditer(norm):
        inner = m.group(1)
        # Short quotes are labels ('the lone "no"', '"technical veto"'); keep those. So is a
        # bulletin's own text quoted whole ('Text follows, as broadcast: "The Security Council
        # voted yesterday ..."'): the report itself, not a speaker's words
        if len(_WORD.findall(inner)) >= 5 and not _QUOTED_REPORT.search(
                norm, max(0, m.start() - 60), m.start()) and not _goes_on_quote(norm, m.start()):
            parts.append(norm[last:m.start(1)])
            parts.append(" " * len(inner))
            last = m.end(1)
    if not parts:
        return norm
    parts.append(norm[last:])
    return "".join(parts)


# A bulletin's table of decisions: "Abstaining      China; USSR; Ukrainian SSR", a label set
# off by a run of spaces, its value perhaps wrapped onto indented lines below
_ROW = re.compile(r"^(?P<label>[A-Z][A-Za-z ]{1,22}?[a-z])(?P<gap> {3,})(?=\S)", re.M)
_ROW_GOES_ON = re.compile(r"\n(?= {8,}\S)")
_SIDE_LABEL = re.compile(r"(?:in\s+favou?r|for|against|abstaining|abstentions?|abstained|"
                         r"voting\s+(?:for|against|yes|no)|yes|no|absent|not\s+(?:voting|"
                         r"participating))$", re.I)


# ... and a roll call: "  Algeria ............ In favour", a member, a leader of dots or
# spaces, its vote
_ROLL_ROW = re.compile(r"^[ \t]*[A-Z][\w'\u2019(),. -]{1,45}?(?P<gap>\s?\.{3,}\s*|\s{2,})"
                       r"(?:in\s+favou?r|yes|for|against|no|abstained|abstaining|abstention|"
                       r"absent|did\s+not\s+(?:vote|participate)|not\s+participating)[ \t]*$",
                       re.M | re.I)
# (a roll-call line once read: "Algeria        : In favour")
_READ_ROLL_ROW = re.compile(r"\S\s+: [A-Za-z][A-Za-z ]{1,25}$")


def _table_rows(norm: str) -> str:
    """Read a table of labelled rows, or a roll call, as sentences, keeping every offset: the
    run of spaces after a label (or the leader of dots after a member) ends in a colon, a
    wrapped value's line breaks become spaces, and a side's list ("China; USSR") is separated
    by commas, "incl." dropped."""
    rows = list(_ROW.finditer(norm))
    roll = list(_ROLL_ROW.finditer(norm)) if ".." in norm or "  " in norm else []
    if len(rows) < 3 and len(roll) < 3:
        return norm
    chars = list(norm)
    for m in roll if len(roll) >= 3 else ():
        # "Algeria ....... In favour" reads "Algeria        : In favour"
        a, b = m.span("gap")
        chars[a:b] = [" "] * (b - a - 2) + [":", " "]
    if len(rows) < 3:
        return "".join(chars)
    for m in rows:
        chars[m.start("gap")] = ":"
        end = norm.find("\n", m.end())
        end = len(norm) if end == -1 else end
        while _ROW_GOES_ON.match(norm, end) is not None:
            chars[end] = " "
            nxt = norm.find("\n", end + 1)
            end = len(norm) if nxt == -1 else nxt
        if _SIDE_LABEL.fullmatch(m.group("label").strip()):
            for i in range(m.end(), end):
                if chars[i] == ";":
                    chars[i] = ","
            at = norm.find("incl. ", m.end(), end)
            if at != -1:
                chars[at:at + 5] = [" "] * 5
    return "".join(chars)


def _wrapped(lines: list[str]) -> bool:
    """Is a paragraph prose wrapped at a fixed width (every line but the last about as long
    as the longest)? A list or a run of headlines has lines of any length."""
    widths = [len(line.rstrip()) for line in lines[:-1]]
    if not widths:
        return False
    if sum(1 for line in lines if _READ_ROLL_ROW.search(line)) >= 0.8 * len(lines):
        return False  # a roll call, read by _table_rows: a line per member
    width = max(widths)
    # (typewriter copy ran to about 70 columns, a page's text export to 120 or so)
    return 30 <= width <= 130 and sum(w >= width - 18 for w in widths) >= 0.8 * len(widths)


def _lines(norm: str) -> list[tuple[int, int]]:
    """Spans of the logical lines (blocks): a paragraph wrapped at a fixed width is one
    block; elsewhere a line break ends a block unless the next line plainly continues the
    sentence (it starts in lower case). Paragraphs are separated by blank lines."""
    spans: list[tuple[int, int]] = []
    chunk: list[tuple[int, int]] = []

    def flush() -> None:
        if not chunk:
            return
        if _wrapped([norm[a:b] for a, b in chunk]):
            spans.append((chunk[0][0], chunk[-1][1]))
        else:
            cur_start, cur_end = chunk[0]
            for a, b in chunk[1:]:
                prev_line = norm[cur_start:cur_end].rstrip()
                prev_line = prev_line[prev_line.rfind("\n") + 1:]
                nxt = norm[a:b].strip()
                if _CAPS_ONLY.fullmatch(prev_line) and _CAPS_ONLY.fullmatch(nxt) and (
                        _OPEN_END.search(prev_line.lower())):
                    # a cable in capitals ("ZAMBIA, WHICH HOLDS A" then "SEAT ON THE
                    # COUNCIL ..."): a line left open goes on, as it would in lower case
                    cur_end = b
                    continue
                # (a short line too when it stops on "as" and the next goes on in lower
                # case: "Djibouti. Russia voted in favour, as" then "did the three ...")
                if (len(prev_line) >= 45 or nxt[:1].islower() and _OPEN_END.search(prev_line)
                    ) and (_SOFT_BREAK_NEXT.match(nxt) or _OPEN_END.search(prev_line)) and not (
                        # "... looks back at each of them." then "25 March: the Yassin
                        # killing": a heading of its own after a finished sentence
                        _BODY_END.search(prev_line) and len(nxt) <= 80
                        and not _BODY_END.search(nxt) and nxt[:1].isdigit()):
                    cur_end = b
                else:
                    spans.append((cur_start, cur_end))
                    cur_start, cur_end = a, b
            spans.append((cur_start, cur_end))
        chunk.clear()

    pos, n = 0, len(norm)
    while pos <= n:
        nl = norm.find("\n", pos)
        nl = n if nl == -1 else nl
        if norm[pos:nl].strip():
            chunk.append((pos, nl))
        else:
            flush()
        pos = nl + 1
    flush()
    return spans


# a line that stops on "and", "the", "of" ...: the sentence goes on on the next line
# ... or on a comma ("together with Spain," then "New Zealand, Ukraine and Uruguay.")
# ... or inside a name after a comma or a colon ("voted no: the Soviet Union, the United Arab"
# then "Republic, Liberia and Ceylon.")
_OPEN_END = re.compile(r"[a-z,]\s+(?:and|or|of|the|a|an|to|with|by|for|in|on|at|from|as)$|[a-z],$"
                       r"|[,:]\s+the\s+(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+$")
_DATED_HEADING = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s*(?::|-+|\u2013|\u2014)\s*\S.*[^.!?,;]$"
                            r"|[A-Z][a-z]+\.?\s+\d{1,2}\s*(?::|-+|\u2013|\u2014)\s*\S.*[^.!?,;]$")
# a paragraph's run-in topic: "Haiti.", "Golan Heights.", "Western Sahara:"
_RUN_IN_HEAD = re.compile(r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|and|of|the)){0,3}[.:]\s*")


def _run_in_head(flat: str, end: int) -> bool:
    """Is the paragraph's first sentence, ending at ``end``, a digest's run-in topic ("Haiti.
    On Wednesday the Council extended the police mission in Haiti ...")? The topic is named
    again in its paragraph; an answer's "Yes." or "False." is not."""
    if end >= len(flat) or _RUN_IN_HEAD.fullmatch(flat, 0, end) is None:
        return False
    return flat[:end].rstrip(" .:") in flat[end:]

_BODY_END = re.compile(r"[.!?][\"')\]]*$")
_CAPS_ONLY = re.compile(r"[^a-z]*[A-Z][^a-z]*")  # a line with capitals and no lower case


# "2) MALI -- MINUSMA renewed to 30 June 2017" over the item's first sentence: a numbered
# or bulleted line of its own heads what follows, capitals or not
_ITEM_LINE = re.compile(r"\s*(?:\(?\d{1,2}[.)]|[-*\u2022])\s+\S")
_ITEM_MAX = 110


def _heading_ends(raw: str, start: int, end: int, set_in_capitals: bool) -> list[int]:
    """Offsets (from ``start``) where a line in capitals inside the block ends, when more
    text follows it: each is a heading of its own, not the start of the next sentence. In a
    story set wholly in capitals (a wire's) every line of prose is one: there a heading must
    be an item's line."""
    out = []
    pos = start
    while (nl := raw.find("\n", pos, end)) >= 0:
        line = raw[pos:nl].rstrip()
        if line and line[-1] not in ".!?,;" and ((capitals(line) and not set_in_capitals) or (
                len(line) <= _ITEM_MAX and _ITEM_LINE.match(line)
                # (not "3. The abstentions were those of ..., the Union of" then "Soviet
                # Socialist Republics ...": a numbered paragraph wrapped mid-phrase)
                and raw[nl + 1:nl + 2].isupper() and not _OPEN_END.search(line))):
            out.append(nl + 1 - start)
        pos = nl + 1
    return out


_COLUMNS = re.compile(r"\S {5,}\S")
_LOG_LINE = re.compile(r"\b(?:transcript|bulletin|broadcast|monitored|recorded|aired)\b[^\n]*"
                       r"\b\d{4}\s*(?:GMT|UTC|hours|hrs)\b|\b\d{4}\s*(?:GMT|UTC|hours|hrs)\b[^\n]*"
                       r"\b(?:transcript|bulletin|broadcast)\b", re.I)


def _furniture_line(raw: str, start: int, end: int) -> bool:
    """Is the block a line of page furniture, whatever ends it: set out in columns ("London,
    Saturday, September 14, 1963          Price 3d."), or a monitoring log's note on the item
    ("Item 4 of 11. Transcript of English-language news bulletin, 0600 GMT, ...")?"""
    if "\n" in raw[start:end]:
        # (the masthead's own lines above it: "THE GOLDEN VALE FARMER\nand South Tipperary
        # Advertiser\nClonmel, Saturday, 23rd August, 1947.        Price 2d.")
        lines = raw[start:end].split("\n")
        return len(lines) <= 4 and _COLUMNS.search(lines[-1]) is not None and all(
            len(line) < 80 and not line.rstrip().endswith(".") for line in lines[:-1])
    return _COLUMNS.search(raw, start, end) is not None or (
        end - start < 160 and _LOG_LINE.search(raw, start, end) is not None)


def _masthead(raw: str, start: int, end: int) -> bool:
    """Does the block open with two lines in capitals ("INDUS BROADCASTING SERVICE\n
    TRANSCRIPT: NEWS BULLETIN, WEDNESDAY 15 MARCH 1950\nRead by: ...")? Page furniture, not
    prose, whatever its last line is."""
    lines = raw[start:end].split("\n", 2)
    return len(lines) == 3 and all(capitals(line) for line in lines[:2])


def capitals(line: str) -> bool:
    """Is the line set in capitals (a headline, a masthead), not a dateline?"""
    line = line.rstrip()
    if line.endswith(("-", "\u2014", "\u2013", ":")):
        return False  # a dateline on a line of its own: "UNITED NATIONS (AP) --"
    letters = sum(map(str.isalpha, line))
    return letters >= 10 and sum(map(str.isupper, line)) >= 0.8 * letters


_EDITOR_NOTE = re.compile(r"(?:^|\s)(?:\[[A-Z][^\[\]]*[.!?]\]|\([A-Z][^()]*[.!?]\))$")


def _is_body(block: str) -> bool:
    # Headlines and standfirsts do not end with a full stop; the first paragraph of prose does.
    block = block.strip()
    if block.endswith(("]", ")")) and (note := _EDITOR_NOTE.search(block)):
        # "[Translated from the Dutch. Headings as in the original.]" or "(As broadcast. Not
        # checked against delivery.)" under a masthead: an editor's note, not the prose
        block = block[:note.start()].rstrip()
    elif block.endswith(")") and (ref := _TRAILING_REF.search(block)):
        # "... Egypt, Ethiopia and Kazakhstan abstain. (S/2017/172)": a chronology's entry
        # closed by its document number is prose
        block = block[:ref.start() + 1]
    # ("It was a split-screen Tuesday at the Security Council.": a short opening sentence)
    # (a question is a headline's: "Did Britain and the US vote against UN aid to Syria?")
    return (len(block) >= 60 or len(block) >= 40 and block.count(" ") >= 8 and (
        block.endswith("."))) and _BODY_END.search(block) is not None


_TRAILING_REF = re.compile(r"[.!?]\s*\([^()]{1,40}\)$")
_CRLF = re.compile(r"\r(?=\n)")


_NUMBER_TWICE = re.compile(r"\b((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"thirteen|fourteen|fifteen))\s\(\d{1,2}\)(?=\svotes?\b)", re.I)


def split(raw: str) -> Text:
    """Fold, block and sentence-split a document."""
    # "\r\n" is one line break, not two: the "\r" becomes a space (same length).
    norm = _CRLF.sub(" ", raw) if "\r" in raw else raw
    norm = _fold(norm)
    if ") vote" in norm:
        # "fourteen (14) votes in favour and one (1) vote against": a legal style's number
        # said twice; the figure in brackets is blanked (same length), the word counts
        norm = _NUMBER_TWICE.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1)), norm)
    if "   " in norm or "..." in norm:
        norm = _table_rows(norm)
    spans = _lines(norm)
    wrapped = {bi for bi, (a, b) in enumerate(spans) if "\n" in norm[a:b].strip()}
    if "\n" in norm:
        # A line break inside a block is a wrapped line: a space for everything that reads
        # the text ("United\nStates" is one name, a quotation can run over two lines).
        chars = list(norm)
        for a, b in spans:
            i = norm.find("\n", a, b)
            while i != -1:
                chars[i] = " "
                i = norm.find("\n", i + 1, b)
        norm = "".join(chars)
    plain = _blank_quotes(norm)
    text = Text(raw=raw, norm=norm, plain=plain, low=lower_same_length(plain))
    body_seen = False
    links = False
    sentences = text.sentences
    # (its first page says so: a 20 MB document need not be counted letter by letter)
    set_in_capitals = "\n" in raw and capitals(raw[:5_000])
    for bi, (bstart, bend) in enumerate(spans):
        # trim surrounding whitespace
        seg = norm[bstart:bend]
        lead = len(seg) - len(seg.lstrip())
        bstart += lead
        bend = bstart + len(seg.strip())
        if bend <= bstart:
            continue
        block = norm[bstart:bend]
        if _BOILERPLATE.match(block) and len(block) < 300:
            # "Related stories:" heads a list of links to other stories, one a line
            links = _LINK_LIST.match(block) is not None and len(block) < 40
            continue
        if links:
            if len(block) < 150 and not _BODY_END.search(block):
                continue  # a linked headline: "Israel approves Har Homa building"
            links = False
        if not body_seen and not _masthead(raw, bstart, bend) and not _furniture_line(
                raw, bstart, bend) and (_is_body(block) or (
                # a paragraph of prose run together with the next section's heading line
                "\n" in raw[bstart:bend] and _is_body(raw[bstart:raw.find("\n", bstart)]))):
            body_seen = True
            text.body_start = bstart
        header = not body_seen
        low_block = block.lower()
        if ("related" in low_block or "read more" in low_block or "see also" in low_block
                or "also read" in low_block) and (cut := _LINKS_AT.search(block)):
            # a flattened page: "... All rights reserved. Related stories: <headlines>"
            block = block[:cut.start()].rstrip()
            bend = bstart + len(block)
            if not block:
                continue
        text.blocks.append((bstart, bend, header))
        flat = block
        last = 0
        # "3) TALIBAN SANCTIONS MONITORING TEAM: UNANIMOUS" on a line of its own above the
        # item's first sentence: a heading ends where its line does
        cuts = _heading_ends(raw, bstart, bend, set_in_capitals) if (
            "\n" in raw[bstart:bend]) else []
        for m in _SENTENCE_END.finditer(flat):
            while cuts and cuts[0] <= m.start():
                _add(sentences, bstart + last, bstart + cuts[0], flat[last:cuts[0]], bi, header,
                     heading=True)
                last = cuts.pop(0)
            before = flat[max(last, m.start() - 12):m.start() + 1]
            if _ABBREV.search(before) and not _ends_sentence(flat, m):
                continue
            _add(sentences, bstart + last, bstart + m.end(), flat[last:m.end()], bi, header,
                 heading=not last and not header and _run_in_head(flat, m.end()))
            last = m.end()
        for line_end in cuts:
            if line_end > last:
                _add(sentences, bstart + last, bstart + line_end, flat[last:line_end], bi,
                     header, heading=True)
                last = line_end
        if last < len(flat):
            # ("25 March: the Yassin killing" on a line of its own between a review's sections:
            # the heading of the section that follows)
            _add(sentences, bstart + last, bend, flat[last:], bi, header, heading=not (
                header or last or "\n" in flat) and len(flat) <= 80 and _DATED_HEADING.match(
                    flat) is not None)
    for s in sentences if wrapped else ():
        s.wrapped = s.block in wrapped
    if not body_seen:
        # No prose paragraph at all (a bare headline, a list): treat everything as body.
        for s in sentences:
            s.header = False
        text.blocks = [(a, b, False) for a, b, _ in text.blocks]
    return text


def _ends_sentence(flat: str, m: re.Match[str]) -> bool:
    # "... by the U.S. The council ..." is ambiguous; a following common sentence opener
    # settles it.
    nxt = flat[m.end():m.end() + 12]
    # ("... those of the Soviet Union and the Ukrainian S.S.R. Nine members voted against it")
    return nxt.startswith(("The ", "It ", "He ", "She ", "They ", "But ", "A ", "In ", "On ",
                           "Nobody ", "None ", "No ", "There ", "This ", "That ", "Only ",
                           "Two ", "Three ", "Four ", "Five ", "Six ", "Seven ", "Eight ",
                           "Nine ", "Ten ", "Eleven ", "Twelve ", "Thirteen ", "Fourteen "))


def _add(out: list[Sentence], start: int, end: int, s: str, block: int, header: bool,
         heading: bool = False) -> None:
    stripped = s.rstrip()
    end -= len(s) - len(stripped)
    if not stripped.strip():
        return
    lead = len(stripped) - len(stripped.lstrip())
    out.append(Sentence(len(out), start + lead, end, stripped.lstrip(), block, header, heading))
