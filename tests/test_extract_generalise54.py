"""Generalisation checks from the thirty-third session.

Facts are Sciences Po's. On Tuesday 10 April 2018 Russia vetoed the American draft on a
mechanism to attribute chemical attacks in Syria, S/2018/321, 12-2-1 (Russia and Bolivia against,
China abstaining); the Russian text S/2018/175 then failed, 6-7-2.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_the_first_text_after_a_summary_goes_back_to_the_first_vote_it_told():
    text = ("Syria: two votes, one outcome\nKey points\n"
            "- Russia vetoed draft S/2018/321 on Tuesday: 12 in favour, Russia and Bolivia "
            "against, China abstaining.\n"
            "- A rival Russian text, S/2018/175, then failed with six votes in favour and seven "
            "against.\n"
            "Background\n"
            "The first text put to the vote would have set up a new body to name those behind "
            "chemical attacks. Twelve members supported it. Russia voted against it, and so did "
            "Bolivia.\n")
    by_draft = {e.draft: e for e in _sc(text, "2018-04-11")}
    assert set(by_draft) == {"S/2018/321", "S/2018/175"}
    assert by_draft["S/2018/321"].votes == {"RUS": "no", "BOL": "no", "CHN": "abstain"}
    # (the retold votes are the vetoed text's, not the rival's told just before)
    assert by_draft["S/2018/175"].votes == {}
    assert by_draft["S/2018/175"].outcome == "failed"
