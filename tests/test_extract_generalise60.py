"""Generalisation checks from the thirty-ninth session.

Facts are Voting-Agent's and Sciences Po's. On Thursday 26 September 2013 resolution 2117, the
Council's first on small arms and light weapons, passed 14-0-1 with Russia abstaining; its
co-sponsors (S/2013/570) included Togo, Rwanda, Luxembourg, Lithuania, Norway, Spain, Slovenia,
Timor-Leste and New Zealand.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_SMALL_ARMS = ("UNITED NATIONS, Sept 26 - The Security Council adopted resolution 2117 on small "
               "arms on Thursday by 14 votes to none, with Russia abstaining. ")


def test_co_sponsors_go_on_past_a_number_of_states_including():
    text = _SMALL_ARMS + ("Luxembourg was one of the co-sponsors, together with Lithuania, Norway "
                          "and a number of African and Pacific states, including Togo, Timor-Leste "
                          "and New Zealand.")
    sponsors = _sc(text, "2013-09-27")[0].sponsors
    assert set(sponsors) == {"LUX", "LTU", "NOR", "TGO", "TLS", "NZL"}


def test_as_were_goes_on_past_a_handful_of_states_among_them():
    text = _SMALL_ARMS + ("Togo was among the co-sponsors, as were Rwanda and a handful of "
                          "European states, among them Spain and Slovenia.")
    event = _sc(text, "2013-09-27")[0]
    assert set(event.sponsors) == {"TGO", "RWA", "ESP", "SVN"}
    assert event.votes == {"RUS": "abstain"}
