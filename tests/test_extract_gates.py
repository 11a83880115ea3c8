"""The cheap gates in front of costly patterns never hide a match.

Several patterns of the extractor sit behind a gate: a list of words, or a small pattern,
without which the big one cannot match, so the engine does not try it at every position of
every clause. A rule added to such a pattern without a word for its gate would silently never
fire. These tests run each pattern the plain way over every sentence of the labelled articles
in the repository and check the gated way finds the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from unvotes.extract import clauses, cues, dates, events, lexicon, timeline
from unvotes.extract.sentences import split

HERE = Path(__file__).resolve().parent
ARTICLES = sorted(p for d in [HERE / "articles", *sorted(HERE.glob("heldout*"))]
                  for p in d.glob("*.txt"))

# a few of our own sentences for each pattern, so a gate is checked where it must open
OWN = [
    "At the same meeting the Council also voted on the resolution that began the quarrel.",
    "A few hours later the Soviet delegate put forward a draft along similar lines.",
    "The Soviet delegation's own text fared worse.",
    "Minutes later the same happened to the Republic of Viet-Nam.",
    "The Human Rights Council voted 23-16 on a text about the war.",
    "In our model UN the mock Security Council passed the text 9-2.",
    "The African Union's Peace and Security Council endorsed the plan.",
    "On this day in 1950 the Council met without the Soviet delegate.",
    "Twenty years ago today the Council adopted resolution 1325.",
    "China had abstained on an earlier text last year.",
]


def _spans() -> list[tuple[str, int, int]]:
    out = []
    for text in [p.read_text(encoding="utf-8") for p in ARTICLES] + OWN:
        t = split(text)
        out += [(t.low, s.start, s.end) for s in t.sentences]
    return out


SPANS = _spans()


def test_there_are_articles_to_check():
    assert len(ARTICLES) > 1000  # the held-out sets ship with the repository


def test_new_draft_gate_and_word_starts_find_what_the_plain_search_finds():
    missed = []
    for low, lo, hi in SPANS:
        plain = clauses._NEW_DRAFT.search(low, lo, hi)
        if plain is None:
            continue
        seg = low[lo:hi]
        gated = clauses._new_draft(low, lo, hi) if clauses._may_be_new_draft(
            low, lo, hi, seg) else None
        if gated is None or gated.span() != plain.span():
            missed.append(seg[:80])
    assert missed == []


def test_the_words_that_let_a_clause_open_a_new_draft_cover_every_match():
    # _fill looks for _NEW_DRAFT only in a clause holding one of _NEW_DRAFT_WORDS
    missed = [low[lo:hi][:80] for low, lo, hi in SPANS if clauses._NEW_DRAFT.search(low, lo, hi)
              and not any(w in low[lo:hi] for w in clauses._NEW_DRAFT_WORDS)]
    assert missed == []


def test_other_body_gate_lets_every_match_through():
    missed = [low[lo:hi][:80] for low, lo, hi in SPANS
              if cues._OTHER.search(low, lo, hi) and not cues._may_name_other(low[lo:hi])]
    assert missed == []


def test_history_found_at_word_starts_is_what_the_plain_search_finds():
    for low, lo, hi in SPANS:
        plain = [m.span() for m in cues._HISTORY.finditer(low, lo, hi)]
        gated = [m.span() for m in cues._history_before(low, lo, hi, hi)]
        assert gated == plain, low[lo:hi][:80]


@pytest.mark.parametrize("text", [s for s in OWN if "ago today" in s or "this day" in s])
def test_almanac_gate_opens_for_an_almanac(text: str):
    low = text.lower()
    assert any(g.search(low) for g in timeline._ALMANAC_GATES) or "history" in low
    assert timeline._ALMANAC.search(low) is not None


def test_almanac_gate_lets_every_match_through():
    for low, lo, hi in SPANS:
        if timeline._ALMANAC.search(low, lo, hi):
            seg = low[lo:hi]
            assert "history" in seg or any(g.search(seg) for g in timeline._ALMANAC_GATES), (
                seg[:80])


def test_the_n_were_gate_lets_every_match_through():
    for low, lo, hi in SPANS:
        for s in range(lo, hi):
            if low[s] in "at" and clauses._THE_N_WERE.match(low, s, hi):
                assert clauses._THE_N_WERE_GATE.search(low, lo, hi), low[lo:hi][:80]
                break


def _whole_texts() -> list[str]:
    return [split(p.read_text(encoding="utf-8")).low for p in ARTICLES] + [
        split(s).low for s in OWN + BLOCKED]


# every blocking verb, once as the verb of a draft and once in the passive
BLOCKED = [f"Russia {v} the draft. The text was {v}. It had been {v} again."
           for v in ("blocked", "blocks", "killed", "kills", "sank", "sinks", "sink",
                     "torpedoed", "torpedoes", "stopped", "stops", "halted", "scuttled",
                     "scuttle", "shot down", "struck down", "thwarted", "stymied", "derailed",
                     "defeated", "defeats", "defeat")]


def test_block_gate_on_its_verbs_lets_every_match_through():
    plain = lexicon.Lex(cues.BLOCK.pattern, cues.BLOCK.starts)  # the same, without the gate
    assert cues.BLOCK.needs
    for low in _whole_texts():
        finder = lexicon.Finder(low)
        for lo, hi in ((0, len(low)), (len(low) // 3, 2 * len(low) // 3)):
            gated = [m.span() for m in lexicon.scan(cues.BLOCK, low, lo, hi, finder)]
            assert gated == [m.span() for m in lexicon.scan(plain, low, lo, hi, finder)]
    assert all(lexicon.scan(cues.BLOCK, low, 0, len(low)) for low in BLOCKED)


def test_clause_breaks_tried_at_commas_are_the_plain_search():
    for text in [p.read_text(encoding="utf-8") for p in ARTICLES] + OWN + [
            "The Council met AND THEN vetoed it", "It passed; then it failed",
            "It passed; so did the other, and the draft failed; the text, and two texts too"]:
        for s in split(text).sentences:
            assert [m.span() for m in clauses._clause_breaks(s.text)] == [
                m.span() for m in clauses._CLAUSE_BREAK.finditer(s.text)], s.text[:80]


def test_event_before_in_lower_case_is_the_plain_search():
    assert events._EVENT_BEFORE_LOW is not None  # the pattern is still written in lower case
    own = ["After the Missile LAUNCH of 4 July", "Israel's Decision of ", "X-raid of ",
           "the Attack on Tripoli and Benghazi of ", "Caf\u00e9 attack of "]
    for text in [split(p.read_text(encoding="utf-8")).plain for p in ARTICLES] + own:
        for hi in range(1, len(text) + 1, 29 if len(text) > 200 else 1):
            for lo in (max(0, hi - 60), max(0, hi - 61), 0 if hi < 80 else hi - 20):
                assert events._event_before(text, lo, hi) == (
                    events._EVENT_BEFORE.search(text, lo, hi) is not None), text[lo:hi]


def test_relative_days_in_lower_case_are_the_plain_search():
    assert dates._RELATIVE_LOW is not None  # the pattern is still written in lower case
    own = ["YESTERDAY the Council met; Today it voted", "xtoday, The Day Before That",
           "Two Weeks Ago Today", "the day before the vote", "Earlier Today"]
    for text in [split(p.read_text(encoding="utf-8")).plain for p in ARTICLES] + own:
        if not text.isascii():
            continue
        for lo, hi in ((0, len(text)), (1, len(text) - 1), (len(text) // 2, len(text))):
            assert [m.span() for m in dates._RELATIVE_LOW.finditer(text.lower(), lo, hi)] == [
                m.span() for m in dates._RELATIVE.finditer(text, lo, hi)], text[:80]
