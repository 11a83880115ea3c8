"""Generalisation checks from a second look at the seventeenth set's misses: transcript time
stamps, "the other one" naming the next resolution, "again a UK text", "both abstaining"
after a list, "voted for both texts", co-sponsors "among the Council members" and "so did",
and "It also adopted a text" opening one more draft.

Facts are the record's (Sciences Po, Voting-Agent sponsors): resolution 2724 (8 March 2024)
14-0-1, Russia abstaining, and resolution 2725 the same day 13-0-2, China and Russia
abstaining, both British texts with Algeria, France, Guyana, Mozambique, Sierra Leone and
the United States in favour; resolution 2240 (9 October 2015), sponsors including the United
Kingdom, France, Spain, Lithuania, New Zealand, Malaysia, Italy and Malta; at Addis Ababa on
4 February 1972, S/10606 vetoed by the United Kingdom, resolution 311 adopted 14-0-1 (France
abstaining) and resolution 312 adopted 9-0-6."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_PODCAST = ("NILE WAVES - episode 112\nRecorded Saturday 9 March 2024\n\n"
            "[00:19] TOM: On Friday the Security Council adopted resolution 2724, a British "
            "draft. Fourteen members voted yes. Russia abstained.\n\n")


def test_a_transcripts_time_stamp_is_no_tally() -> None:
    events = _sc(_PODCAST + "[00:45] TOM: And that was all for Friday.\n", "2024-03-09")
    assert [(e.resolution, e.yes, e.no) for e in events] == [("2724", 14, 0)]
    assert all(e.body == "SC" for e in extract(_PODCAST, published="2024-03-09"))


def test_the_other_one_names_the_next_resolution_and_again_keeps_the_drafter() -> None:
    events = _sc(_PODCAST + "[00:45] TOM: The other one was more technical: the renewal of "
                 "the sanctions panel, resolution 2725. Again a UK text. That one got thirteen "
                 "votes in favour, with China and Russia both abstaining.\n", "2024-03-09")
    by_number = {e.resolution: e for e in events}
    assert set(by_number) == {"2724", "2725"}
    panel = by_number["2725"]
    assert (panel.yes, panel.abstain, panel.sponsors) == (13, 2, ["GBR"])
    assert (panel.votes.get("CHN"), panel.votes.get("RUS")) == ("abstain", "abstain")
    assert "CHN" not in by_number["2724"].votes


def test_members_who_voted_for_both_texts() -> None:
    events = _sc(_PODCAST + "[00:45] TOM: The other one was the renewal of the sanctions "
                 "panel, resolution 2725, which got thirteen votes. Everybody else - the US, "
                 "France, Algeria and Guyana - voted for both texts.\n", "2024-03-09")
    assert len(events) == 2
    for e in events:
        assert {c: e.votes.get(c) for c in ("USA", "FRA", "DZA", "GUY")} == dict.fromkeys(
            ("USA", "FRA", "DZA", "GUY"), "yes")


def test_co_sponsors_among_the_council_members_and_so_did_others() -> None:
    [e] = _sc("The Security Council on Friday adopted resolution 2240 on migrant smuggling, "
              "drafted by the United Kingdom. France, Spain and Lithuania among the Council "
              "members co-sponsored it, together with Malaysia, and so did Italy and Malta "
              "from outside the Council.\n", "2015-10-10")
    assert e.sponsors == ["GBR", "FRA", "ESP", "LTU", "MYS", "ITA", "MLT"]


def test_it_also_adopted_a_text_opens_one_more_event() -> None:
    events = _sc("ADDIS ABABA, Feb. 4 - The Security Council closed its session here tonight. "
                 "The Council condemned apartheid in a resolution adopted by 14 votes to none. "
                 "France abstained. It also adopted a text on the territories under Portuguese "
                 "administration. That resolution was carried by only nine votes, with six "
                 "abstentions.\n", "1972-02-05")
    assert sorted((e.yes, e.abstain) for e in events) == [(9, 6), (14, 1)]
