"""Generalisation checks from the twenty-first session: the blind sets heldout118 to heldout120
read again after they were scored.

Facts are Sciences Po's, sponsors Voting-Agent's "Submitted by". On Monday 21 April 1986 France,
Britain and the United States vetoed draft S/18016/Rev.1 on the American raid on Libya, 9-5-1:
Australia and Denmark also voted against, Venezuela abstained.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_LIBYA_RAID_PANEL = (
    "WORLD DESK -- Tuesday 22 April 1986\n\n"
    "HOST: The Security Council vetoed a text on the Libya raid overnight. What was the count?\n\n"
    "CORRESPONDENT: Nine in favour. But five members voted against it, and three of them -- "
    "the United States, Britain and France -- hold permanent seats. Venezuela abstained.\n\n")


def test_a_part_of_a_counted_side_is_named_between_dashes():
    [ev] = _sc(_LIBYA_RAID_PANEL, "1986-04-22")
    assert (ev.yes, ev.no, ev.abstain) == (9, 5, 1)
    assert {c for c, v in ev.votes.items() if v == "no"} == {"USA", "GBR", "FRA"}
    assert ev.vetoed_by == ["FRA", "GBR", "USA"]


def test_who_were_the_other_n_asks_for_the_rest_of_the_side_just_counted():
    [ev] = _sc(_LIBYA_RAID_PANEL + "HOST: Five against, then. Who were the other two?\n\n"
               "CORRESPONDENT: Australia and Denmark.", "1986-04-22")
    assert {c for c, v in ev.votes.items() if v == "no"} == {"USA", "GBR", "FRA", "AUS", "DNK"}
    assert ev.votes["VEN"] == "abstain"
