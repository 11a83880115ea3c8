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


# On Wednesday 18 August 1948 the Soviet Union vetoed Ceylon's admission, 9-2, the Ukrainian SSR
# also against; on Monday 18 August 1947 it vetoed Portugal's (9-2, Poland also against) and
# Transjordan's (9-1-1, Poland abstaining). On Friday 23 May 1986 the United States and Britain
# vetoed S/18087/Rev.1 on South Africa's raids, 12-2-1 with France abstaining; Trinidad and
# Tobago, Ghana, Madagascar, the Congo, Australia and Denmark were among the twelve. On Friday
# 23 December 2016 the Council adopted resolution 2333 on Liberia, 12-0-3 with France, Russia
# and Britain abstaining, the same day a draft arms embargo on South Sudan (S/2016/1085) got
# seven votes with eight abstentions.


def test_the_side_after_a_tally_is_not_a_count_of_its_own():
    events = _sc("LAKE SUCCESS, Aug. 19, 1948 - The Security Council voted nine to two in favour "
                 "of recommending Ceylon yesterday, and the application failed all the same, "
                 "because one of the two was the Soviet Union.", "1948-08-19")
    assert len(events) == 1
    assert (events[0].yes, events[0].no) == (9, 2)
    assert events[0].votes.get("SUN") == "no"
    assert events[0].vetoed_by == ["SUN"]


def test_a_member_who_followed_the_one_before_voted_as_it_did():
    for tail in ("followed him", "followed suit"):
        events = _sc("LAKE SUCCESS, Aug. 19, 1948 - A Soviet veto yesterday kept Ceylon out; the "
                     "vote was nine to two. The Soviet delegate voted against, and the Ukrainian "
                     f"delegate {tail}.", "1948-08-19")
        assert len(events) == 1, tail
        assert events[0].votes.get("UKR") == "no", tail


def test_the_companions_of_a_vote_listed_after_semicolons():
    events = _sc("UNITED NATIONS, May 24, 1986 - The United States and Britain vetoed the "
                 "sanctions draft yesterday, 12-2-1. Trinidad and Tobago voted yes, with Ghana "
                 "and Madagascar; with the Congo; with Australia and Denmark.", "1986-05-24")
    assert len(events) == 1
    votes = events[0].votes
    assert {code: votes.get(code) for code in ("TTO", "GHA", "MDG", "COG", "AUS", "DNK")} == {
        "TTO": "yes", "GHA": "yes", "MDG": "yes", "COG": "yes", "AUS": "yes", "DNK": "yes"}


def test_the_same_fate_brought_to_a_kingdom_is_that_applicants_own_vote():
    events = _sc("LAKE SUCCESS, Aug. 19, 1947 - The Security Council yesterday turned down "
                 "Portugal's request for membership. Nine voted to recommend it; two members "
                 "voted against: the Soviet Union and Poland. The same afternoon brought the same "
                 "fate to the Kingdom of Transjordan. There the count was nine in favour and one "
                 "against, the Soviet Union, while the Polish delegate abstained.", "1947-08-19")
    assert len(events) == 2
    counts = sorted((e.yes, e.no, e.abstain) for e in events)
    assert counts == [(9, 1, 1), (9, 2, 0)]
    assert all(e.vetoed_by == ["SUN"] for e in events)


def test_a_third_vote_named_by_its_resolution_is_one_more_event():
    events = _sc("KUALA LUMPUR, Dec. 24, 2016 - Earlier yesterday a draft arms embargo on South "
                 "Sudan (S/2016/1085) failed, with seven votes in favour and eight abstentions. "
                 "And a third vote, on Liberia: resolution 2333 extends the mission for a last "
                 "period. Twelve in favour, with France, Russia and Britain abstaining.",
                 "2016-12-24")
    by_number = {e.resolution: e for e in events if e.resolution}
    assert list(by_number) == ["2333"]
    liberia = by_number["2333"]
    assert liberia.yes == 12
    assert {code: liberia.votes.get(code) for code in ("FRA", "RUS", "GBR")} == {
        "FRA": "abstain", "RUS": "abstain", "GBR": "abstain"}
    failed = [e for e in events if e.draft == "S/2016/1085"]
    assert len(failed) == 1 and failed[0].yes == 7


# On Wednesday 1 October 1947 the Soviet Union vetoed the admission of Finland and of Italy,
# each 9-2 with Poland also against. On Thursday 30 April 1981 France, Britain and the United
# States vetoed four drafts on Namibia: S/14459, S/14460/Rev.1, S/14461 (11-3-1, Japan the one
# abstention) and S/14462.


def test_the_day_the_news_arrived_is_not_the_votes():
    events = _sc("HELSINKI, Friday 3 October 1947. News came by the morning cable on Thursday "
                 "that Finland's application has been blocked in the Security Council. The vote "
                 "was taken on Wednesday. The Soviet Union voted against, and so did Poland, and "
                 "the application fell.", "1947-10-03")
    assert len(events) == 1
    assert str(events[0].date) == "1947-10-01"


def test_one_members_no_that_counts_as_a_veto_is_this_votes_fate():
    events = _sc("LAKE SUCCESS, Oct. 2, 1947 - The Council took up Finland's application "
                 "yesterday. The Soviet Union voted against. Its single no counts as a veto, "
                 "and the application falls.", "1947-10-02")
    assert len(events) == 1
    assert events[0].outcome == "vetoed"
    assert events[0].vetoed_by == ["SUN"]


def test_an_applicant_stopped_the_same_way_by_the_same_votes_against():
    events = _sc("LAKE SUCCESS, Oct. 2, 1947 - The Council took up Finland's application "
                 "yesterday. The Soviet Union voted against, and so did Poland. Its single no "
                 "counts as a veto, and the application falls. Italy's application was stopped "
                 "in exactly the same way at the same meeting, by the same two votes against.",
                 "1947-10-02")
    assert len(events) == 2
    for event in events:
        assert event.outcome == "vetoed", event.subject
        assert event.vetoed_by == ["SUN"], event.subject
    assert all("ITA" not in e.votes for e in events)


def test_the_other_two_of_the_texts_counted_are_named_by_their_symbols():
    events = _sc("TOKYO, May 2, 1981 - The Security Council on Thursday rejected four draft "
                 "resolutions calling for sanctions against South Africa. Each was killed by "
                 "the negative votes of France, the United Kingdom and the United States.\n\n"
                 "On the first draft, S/14459, the vote was 9 in favour, 3 against and 3 "
                 "abstentions.\n\nOn the third draft, S/14461, the vote was 11 in favour, 3 "
                 "against, with Japan the only abstention.\n\nThe other two texts, "
                 "S/14460/Rev.1 and S/14462, were vetoed in the same way.", "1981-05-02")
    assert sorted(e.draft or "" for e in events) == [
        "S/14459", "S/14460/Rev.1", "S/14461", "S/14462"]
    assert all(e.vetoed_by == ["FRA", "GBR", "USA"] for e in events)
    third = next(e for e in events if e.draft == "S/14461")
    assert third.votes.get("JPN") == "abstain"
