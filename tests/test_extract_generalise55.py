"""Generalisation checks from the thirty-fourth session.

Facts are Sciences Po's. On Wednesday 23 June 1976 the United States vetoed Angola's application,
S/12110, 13-1-0, China not taking part; Tanzania, Benin, Libya, Guyana, the Soviet Union, Romania,
Pakistan, Panama, Japan, Sweden, Italy, Britain and France voted for it.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_the_answer_to_who_stood_with_an_applicant_and_those_with_it_voted_yes():
    text = ("DAR ES SALAAM, June 25 - Last Wednesday the Security Council voted on admitting "
            "Angola. Thirteen members were in favour and the United States vetoed it. Who stood "
            "with Angola? Our own Tanzania, naturally, whose delegation pressed for the vote. With "
            "it were Benin, Guyana and Libya, together with Japan and the Soviet Union.")
    (ev,) = _sc(text, "1976-06-25")
    assert ev.votes == {"USA": "no", "TZA": "yes", "BEN": "yes", "GUY": "yes", "LBY": "yes",
                        "JPN": "yes", "SUN": "yes"}
    assert (ev.date, ev.vetoed_by) == ("1976-06-23", ["USA"])
