"""Generalisation checks from the forty-sixth session.

Facts are Sciences Po's and the UN Library's. On Monday 11 August 1975 the United States
vetoed the two drafts recommending admission to the United Nations, S/11795 (the Republic of
South Viet-Nam) and S/11796 (the Democratic Republic of Viet-Nam), each 13-1-1 with Costa Rica
abstaining; among the thirteen in favour were Guyana, Sweden, Japan, Italy and France.
"""

from __future__ import annotations

from unvotes.extract import extract

_DAY = "UNITED NATIONS, Aug. 12, 1975 - "


def _sc(text: str, published: str | None = "1975-08-12"):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_the_one_vote_against_in_each_case_names_the_vetoing_member():
    events = _sc(_DAY + "The Security Council on Monday turned down the application of South "
                 "Viet-Nam, 13 votes to 1 with 1 abstention. The vote against, in each case, "
                 "was cast by the United States.")
    assert len(events) == 1
    assert events[0].outcome == "vetoed"
    assert events[0].vetoed_by == ["USA"]
    assert events[0].votes.get("USA") == "no"


def test_both_drafts_named_with_their_symbols_before_any_other_are_two_votes():
    events = _sc(_DAY + "Washington kept the two Viet-Nams out of the world body yesterday. Both "
                 "draft resolutions (S/11795 for the South and S/11796 for the North) drew "
                 "thirteen votes in favour, one against and one abstention. The single no, each "
                 "time, was that of the United States.")
    by_symbol = {e.draft: e for e in events}
    assert sorted(by_symbol) == ["S/11795", "S/11796"]
    for event in by_symbol.values():
        assert (event.yes, event.no, event.abstain) == (13, 1, 1)
        assert event.outcome == "vetoed"
        assert event.vetoed_by == ["USA"]


def test_a_day_between_the_verb_and_its_side_keeps_the_members_vote():
    for said, side in (("voted on Monday in favour of", "yes"),
                       ("voted yesterday for", "yes"),
                       ("voted on Monday against", "no")):
        events = _sc(_DAY + "The United States vetoed the admission of South Viet-Nam (S/11795) "
                     f"by 13 votes to 1, with 1 abstention. Sweden {said} the application.")
        assert len(events) == 1, said
        assert events[0].votes.get("SWE") == side, said


def test_members_joined_in_supporting_both_applications_voted_for_each():
    events = _sc(_DAY + "The United States vetoed both drafts, S/11795 and S/11796, each by "
                 "13 votes to 1 with 1 abstention. Guyana was joined in supporting the two "
                 "applications by Sweden, Japan and Italy.")
    assert sorted(e.draft for e in events) == ["S/11795", "S/11796"]
    for event in events:
        assert {code: event.votes.get(code) for code in ("GUY", "SWE", "JPN", "ITA")} == {
            "GUY": "yes", "SWE": "yes", "JPN": "yes", "ITA": "yes"}, event.draft
