"""Generalisation checks from the sixteenth session: the blind sets heldout89 and heldout90
read again after they were scored.

Facts are Sciences Po's, sponsors Voting-Agent's "Submitted by". On Monday 29 March 1954 the
Soviet Union vetoed the New Zealand draft on Suez Canal shipping (S/3188/Corr.1), 8-2-1:
Lebanon also against, China abstaining, the United States, Britain, France, Brazil, Colombia,
Denmark, Turkey and New Zealand in favour. On Friday 2 May 1958 the Soviet Union vetoed the
American draft on an Arctic inspection zone (S/3995), 10-1-0, and the Soviet draft on American
bomber flights (S/3997) failed 1-9-1, Sweden abstaining. On Saturday 10 March 1973 resolution
329 (aid to Zambia) passed 15-0-0 and resolution 328 (Southern Rhodesia) 13-0-2, Britain and the
United States abstaining. On Sunday 30 June 2002 the United States vetoed draft S/2002/712 on
the mission in Bosnia, 13-1-1, Bulgaria abstaining (submitted by Bulgaria, France, Germany,
Ireland, Italy, Norway, Russia and Britain), and resolution 1420, submitted by France, Ireland,
Norway and Britain, then passed 15-0.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_those_voting_for_a_text_named_by_its_drafter_are_the_yes_side():
    [ev] = _sc("NEW YORK, March 30 -- The Soviet Union on Monday vetoed a New Zealand draft on "
               "Suez shipping in the Security Council; it had eight votes in favour, two against "
               "and one abstention. Those voting for the New Zealand text were the United States, "
               "Brazil, Denmark and Turkey.", "1954-03-31")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"USA", "BRA", "DNK", "TUR"}


def test_those_voting_against_a_text_are_the_no_side():
    [ev] = _sc("NEW YORK, March 30 -- A New Zealand draft on Suez shipping was vetoed in the "
               "Security Council on Monday, eight votes to two with one abstention. Those voting "
               "against the New Zealand text were the Soviet Union and Lebanon.", "1954-03-31")
    assert {c for c, v in ev.votes.items() if v == "no"} == {"SUN", "LBN"}


def test_the_council_also_voting_on_the_resolution_is_a_second_vote():
    events = _sc(
        "UNITED NATIONS, May 2 -- The Soviet Union today vetoed an American proposal in the "
        "Security Council for an inspection zone in the Arctic. Ten members voted for it.\n\n"
        "At the same meeting the Council also voted on the resolution that began the quarrel: a "
        "Soviet demand that American bombers stop flying toward its frontiers. It got just one "
        "vote. Nine members voted no and Sweden abstained.", "1958-05-02")
    assert len(events) == 2
    assert (events[0].outcome, events[0].yes) == ("vetoed", 10)
    assert (events[1].outcome, events[1].yes, events[1].no, events[1].abstain) == (
        "failed", 1, 9, 1)
    assert events[1].votes.get("SWE") == "abstain"


def test_one_with_every_member_and_the_other_with_two_abstaining_is_said_of_each_apart():
    events = {e.resolution: e for e in _sc(
        "KITWE, Sunday -- The Security Council yesterday passed two resolutions on our border, "
        "one of them with the support of every member and the other with Britain and the "
        "United States abstaining.\n\nThe first, resolution 329, asks all states to help Zambia. "
        "It was adopted by fifteen votes to none.\n\nThe second, resolution 328, deals with "
        "Rhodesia. It was carried by thirteen votes in favour, with none against. Britain and "
        "the United States abstained.", "1973-03-11")}
    assert set(events) == {"329", "328"}
    assert (events["329"].yes, events["329"].no, events["329"].abstain) == (15, 0, 0)
    assert events["329"].votes == {}
    assert events["328"].votes == {"GBR": "abstain", "USA": "abstain"}


def test_agreed_unanimously_to_a_stopgap_is_a_vote_of_its_own():
    events = _sc(
        "UNITED NATIONS -- The United States on Sunday vetoed a resolution in the Security "
        "Council to extend the mission in Bosnia. The vote on the draft, S/2002/712, was 13 in "
        "favor and one against, with Bulgaria abstaining.\n\nLater on Sunday night the council "
        "agreed unanimously to a stopgap. Resolution 1420 keeps the mission alive until "
        "Wednesday.", "2002-06-30")
    assert [(e.draft, e.resolution, e.outcome) for e in events] == [
        ("S/2002/712", None, "vetoed"), (None, "1420", "adopted")]
    assert (events[1].yes, events[1].no, events[1].abstain) == (15, 0, 0)


def test_a_unanimous_statement_is_no_vote():
    # A presidential statement is agreed, not voted: no event for it.
    assert _sc("UNITED NATIONS, June 30 -- The Security Council agreed unanimously on a "
               "statement on Bosnia on Sunday, calling for calm.", "2002-06-30") == []


def test_a_group_and_a_member_then_among_them_after_a_dash_are_the_drafters():
    [ev] = _sc("UNITED NATIONS -- The United States on Sunday vetoed a Security Council draft "
               "on the mission in Bosnia, 13-1-1. The text had been drafted by a group of "
               "European members and Russia -- among them France, Britain, Ireland, Norway and "
               "Russia itself -- and would have renewed the mandate.", "2002-06-30")
    assert set(ev.sponsors) == {"FRA", "GBR", "IRL", "NOR", "RUS"}


def test_that_text_put_forward_by_a_drafter_of_the_earlier_one_is_the_later_text():
    events = _sc(
        "UNITED NATIONS -- The United States on Sunday vetoed a resolution in the Security "
        "Council to extend the mission in Bosnia, 13-1-1. The text had been drafted by France, "
        "Britain, Ireland, Norway and Russia.\n\nLater on Sunday night the council agreed "
        "unanimously to a stopgap, resolution 1420. That text, a short one, was put forward by "
        "France, Britain, Ireland and Norway. The United States voted for it.", "2002-06-30")
    assert [(e.resolution, e.outcome) for e in events] == [(None, "vetoed"), ("1420", "adopted")]
    assert set(events[0].sponsors) == {"FRA", "GBR", "IRL", "NOR", "RUS"}
    assert set(events[1].sponsors) == {"FRA", "GBR", "IRL", "NOR"}
    assert events[0].votes == {"USA": "no"}
    assert events[1].votes == {"USA": "yes"}
