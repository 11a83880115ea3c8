"""Generalisation checks written for the eleventh blind set: a veto told once for several
drafts, and several draft symbols in one clause. Facts are the record's (S/PV.2277)."""

from unvotes.extract import extract

_NAMIBIA = (
    "UNITED NATIONS, April 30, 1981 - Britain, France and the United States on Thursday "
    "vetoed three draft resolutions that would have punished South Africa over Namibia.\n\n"
    "Draft S/14459 received nine votes in favour, with three against and three abstentions.\n\n"
    "Draft S/14460/Rev.1 also received nine votes in favour, three against and three "
    "abstentions.\n\n"
    "On S/14461 the count was 11 to 3 with one abstention.\n"
)


def test_one_veto_sentence_covers_every_draft_it_counts():
    events = [e for e in extract(_NAMIBIA, published="1981-05-01") if e.body == "SC"]
    assert [e.draft for e in events] == ["S/14459", "S/14460/Rev.1", "S/14461"]
    for e in events:
        assert e.outcome == "vetoed"
        assert sorted(e.vetoed_by) == ["FRA", "GBR", "USA"]


def test_a_counted_veto_is_not_spread_over_more_drafts_than_it_counts():
    text = _NAMIBIA.replace("vetoed three draft", "vetoed two draft")
    events = [e for e in extract(text, published="1981-05-01") if e.body == "SC"]
    assert len(events) == 3
    assert not any(e.vetoed_by for e in events)


def test_two_symbols_voted_on_each_are_two_drafts():
    text = (
        "UNITED NATIONS, April 30, 1981 - Britain, France and the United States on Thursday "
        "vetoed two draft resolutions on Namibia.\n\n"
        "S/14459 and S/14460/Rev.1 were each backed by nine members, with Japan, Ireland "
        "and Spain abstaining.\n"
    )
    events = [e for e in extract(text, published="1981-05-01") if e.body == "SC"]
    assert [e.draft for e in events] == ["S/14459", "S/14460/Rev.1"]
    assert all(e.votes.get("JPN") == "abstain" and e.yes == 9 for e in events)
    assert all(sorted(e.vetoed_by) == ["FRA", "GBR", "USA"] for e in events)


def test_a_revision_named_beside_its_text_stays_one_draft():
    text = (
        "UNITED NATIONS, April 30, 1981 - The Security Council on Thursday rejected draft "
        "S/14460/Rev.1, which replaced S/14460, by nine votes to three with three "
        "abstentions; Britain, France and the United States voted against.\n"
    )
    events = [e for e in extract(text, published="1981-05-01") if e.body == "SC"]
    assert len(events) == 1
