"""Generalisation checks from the eighteenth session: the weakest held-out sets and the blind
sets heldout105 and heldout106 read again after they were scored.

Facts are Sciences Po's, sponsors Voting-Agent's "Submitted by". On Wednesday 12 September 1962
the Council recommended Jamaica (resolution 174) and Trinidad and Tobago (resolution 175) for
membership, each 11-0-0; its members were China, France, the Soviet Union, Britain, the United
States, Chile, Ghana, Ireland, Romania, the United Arab Republic and Venezuela.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_the_members_who_voted_on_both_applications_are_named_in_the_next_paragraph():
    jamaica, trinidad = _sc(
        "KINGSTON, Sept. 13 -- Jamaica and Trinidad and Tobago were recommended for membership "
        "of the United Nations by the Security Council yesterday, each by the votes of all "
        "eleven members of the Council. Jamaica came first, in resolution 174; Trinidad and "
        "Tobago followed in resolution 175. On both occasions there were no votes against and "
        "no abstentions.\n\n"
        "The eleven members who voted were Chile, China, France, Ghana, Ireland, Romania, the "
        "Soviet Union, the United Arab Republic, the United Kingdom, the United States and "
        "Venezuela.", "1962-09-13")
    members = {"CHL", "TWN", "FRA", "GHA", "IRL", "ROU", "SUN", "EGY", "GBR", "USA", "VEN"}
    assert (jamaica.resolution, trinidad.resolution) == ("174", "175")
    for ev in (jamaica, trinidad):
        assert (ev.date, ev.yes) == ("1962-09-12", 11)
        assert {c for c, v in ev.votes.items() if v == "yes"} == members
