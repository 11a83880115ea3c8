"""Generalisation checks from the thirty-fifth session.

Facts are Sciences Po's and the UN Library's. On Saturday 8 October 2016 Russia vetoed the
French-Spanish draft on Aleppo, S/2016/846, 11-2-2, Venezuela also against, China and Angola
abstaining; the United States, Britain and Japan voted for it.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_names_added_to_a_side_with_of_course_vote_with_it_and_wrote_the_text():
    text = ("MADRID, Oct 9 - Russia on Saturday vetoed a Security Council draft on Aleppo, 11 "
            "votes to 2 with 2 abstentions. The United States, Britain and Japan voted yes -- and "
            "of course France and Spain, who wrote it. Russia and Venezuela voted no; China and "
            "Angola abstained.")
    [ev] = _sc(text)
    assert ev.votes["FRA"] == ev.votes["ESP"] == "yes"
    assert sorted(ev.sponsors) == ["ESP", "FRA"]
    assert ev.votes["GBR"] == "yes" and ev.vetoed_by == ["RUS"]
