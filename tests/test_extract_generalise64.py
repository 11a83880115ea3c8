"""Generalisation checks from the forty-third session.

Facts are Sciences Po's, the UN Library's and Voting-Agent's. On Thursday 28 March 2024 Russia
vetoed S/2024/255 on the panel of experts for North Korea sanctions, 13-1-1 with China
abstaining; the United States drafted it. On Tuesday 16 September 2003 the United States vetoed
S/2003/891 on the threat to deport Yasser Arafat, 11-1-3 (Bulgaria, Germany and the United
Kingdom abstaining), and on Tuesday 14 October 2003 S/2003/980 on Israel's barrier, 10-1-4
(Cameroon abstaining too); Chile, China, France, Mexico, Russia and Spain voted for both. On
Friday 20 September 1946 the Soviet Union vetoed the American proposal for a commission on the
Greek frontier, 8-2-1, Poland also against and Australia abstaining. On Thursday 29 August 1946
the Council recommended Afghanistan, Iceland and Sweden for membership, 10-0-1 with Australia
abstaining, and the Soviet Union vetoed Transjordan, 8-2-1, Poland also against and Australia
abstaining; Britain voted for Transjordan. On Monday 7 January 1980 the Soviet Union vetoed
S/13729 on Afghanistan, 13-2-0 with East Germany also against; the United States voted for it.
On Saturday 26 June 1982 the United States vetoed S/15255/Rev.2 on Lebanon, 14-1-0; Uganda
sat on the Council and voted for it. On Tuesday 18 October 1949 the Soviet Union vetoed
S/1399/Rev.1 on armaments, 9-2-0 with the Ukrainian SSR also against. On Friday 31 October
1947 two texts on Indonesia failed: one 4-4-3 (Australia, Colombia, Poland and the Soviet Union
for it) and S/579/Rev.1 5-1-5, Syria joining those four and Belgium alone against. On Monday
24 February 2025 Russia vetoed the European amendments S/2025/115, 9-1-5, and the Council then
adopted the American text as resolution 2774, 10-0-5. On Tuesday 13 September 1949 the Soviet
Union vetoed Portugal's admission (S/1331) and Ireland's (S/1335), each 9-2-0 with the Ukrainian
SSR also against. On Tuesday 29 July 1947 the Soviet Union vetoed the American proposal on the
Greek frontier, 9-2-0 with Poland also against, and on Wednesday 6 August a text the Soviet side
backed failed 2-0-9.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_vetoed_draft_without_an_article_is_the_verb():
    # wire style drops the article: "Russia vetoed draft resolution S/..." is the veto itself
    events = _sc("UNITED NATIONS, March 28 (Reuters) - Russia vetoed draft resolution "
                 "S/2024/255 in the Security Council on Thursday, ending the mandate of the "
                 "experts who monitor sanctions on North Korea.", "2024-03-28")
    assert len(events) == 1
    ev = events[0]
    assert (ev.outcome, ev.vetoed_by, ev.draft) == ("vetoed", ["RUS"], "S/2024/255")
    assert str(ev.date) == "2024-03-28"


def test_the_vetoed_draft_after_a_determiner_is_still_an_adjective():
    events = _sc("UNITED NATIONS, March 29 - A day after the vote, Britain's envoy told "
                 "reporters that the vetoed draft had been the only way to keep the experts at "
                 "work. Thirteen members had backed it.", "2024-03-29")
    assert all("GBR" not in e.vetoed_by and e.votes.get("GBR") != "no" for e in events)


def test_a_day_followed_by_when_dates_the_veto_it_introduces():
    text = ("GENEVA, 17 October 2003 - On Tuesday the Security Council voted on draft "
            "resolution S/2003/980 on Israel's barrier. It had ten votes in favour; the United "
            "States voted against and four members abstained. That vote followed the one of "
            "16 September, when Washington vetoed draft S/2003/891 on the threat to deport "
            "Yasser Arafat. That text had eleven votes for it and three abstentions.")
    by_draft = {e.draft: e for e in _sc(text, "2003-10-17")}
    assert str(by_draft["S/2003/891"].date) == "2003-09-16"
    assert str(by_draft["S/2003/980"].date) == "2003-10-14"


def test_both_times_after_a_summing_up_lead_reaches_the_two_texts_named():
    text = ("GENEVA, 17 October 2003 - For the second time in a month the United States has "
            "used its veto on a Middle East text.\n\n"
            "On Tuesday the Council voted on a draft resolution, S/2003/980, on Israel's "
            "barrier. It received ten votes in favour. The United States voted against.\n\n"
            "That vote came after the one of 16 September, when Washington vetoed a draft, "
            "S/2003/891, on the threat to deport Yasser Arafat. That text had eleven votes for "
            "it and three abstentions.\n\n"
            "Chile and Mexico voted in favour both times.")
    events = [e for e in _sc(text, "2003-10-17") if e.draft]
    assert sorted(e.draft for e in events) == ["S/2003/891", "S/2003/980"]
    for ev in events:
        assert (ev.votes.get("CHL"), ev.votes.get("MEX")) == ("yes", "yes"), ev.draft


def test_friday_the_20th_to_do_something_is_a_day_not_a_range():
    events = _sc("Montevideo, Saturday 28 September 1946\n\nAt Lake Success a proposal was put to "
                 "the vote in the Security Council on Friday the 20th to send a commission to the "
                 "Greek frontier. Eight delegations voted for it; the Soviet Union and Poland "
                 "voted against, and Australia abstained. The Soviet vote was a veto.",
                 "1946-09-28")
    assert len(events) == 1
    assert str(events[0].date) == "1946-09-20"


def test_a_remark_at_a_later_meeting_does_not_date_the_vote():
    events = _sc("Montevideo, Saturday 28 September 1946. At Lake Success the Security Council "
                 "voted on Friday on a proposal to send a commission to the Greek frontier. Eight "
                 "delegations voted for it; the Soviet Union and Poland voted against. Because the "
                 "Soviet vote was that of a permanent member, the proposal fell.\n\nA member "
                 "remarked at the Wednesday meeting that eight against two is a majority "
                 "everywhere but at Lake Success.", "1946-09-28")
    assert len(events) == 1
    assert str(events[0].date) == "1946-09-27"


_ROUND_1946 = (
    "LAKE SUCCESS, 29 August - The Security Council voted on Thursday to recommend that Sweden, "
    "Iceland and Afghanistan be admitted. The vote was ten in favour, none against. Australia "
    "abstained, its delegate repeating his government's view that all the applicants ought to "
    "be considered together by the Assembly rather than sorted by the eleven of the "
    "Council.\n\n"
    "It went otherwise for Transjordan. The emirate's application, backed by Great Britain, "
    "received eight votes, but the Soviet Union and Poland voted against and Australia again "
    "abstained. The Soviet vote was a veto.")


def test_another_application_with_another_count_is_another_vote():
    # (and Australia's abstention stays the Council's: the Assembly is only named in its
    # delegate's view of where the applicants belong)
    events = _sc(_ROUND_1946, "1946-08-30")
    by_outcome = {e.outcome: e for e in events}
    assert set(by_outcome) == {"adopted", "vetoed"}
    vetoed = by_outcome["vetoed"]
    assert (vetoed.yes, vetoed.vetoed_by) == (8, ["SUN"])
    assert (vetoed.votes.get("POL"), vetoed.votes.get("GBR")) == ("no", "yes")
    assert by_outcome["adopted"].yes == 10


def test_voters_after_won_13_votes_among_them_are_not_the_drafters():
    events = _sc("UNITED NATIONS, Jan 7 - The Security Council took up a draft resolution, "
                 "S/13729, on Afghanistan. The draft, introduced by a group of non-aligned "
                 "members, won 13 votes, among them Niger, Jamaica, Zambia and Mexico, along with "
                 "the United States, Britain and France. The Soviet Union and East Germany voted "
                 "no, and the Soviet vote was a veto.", "1980-01-08")
    assert len(events) == 1
    ev = events[0]
    assert ev.votes.get("USA") == "yes"
    assert "USA" not in ev.sponsors and "MEX" not in ev.sponsors


def test_among_them_our_own_uganda_is_a_voter():
    events = _sc("KAMPALA, 1 July 1982 - On Saturday the Security Council voted on draft "
                 "resolution S/15255/Rev.2 on Lebanon. Fourteen members voted in favour, among "
                 "them our own Uganda, as well as Britain and Japan. The only vote against was "
                 "that of the United States, a veto.", "1982-07-01")
    assert len(events) == 1
    assert events[0].votes.get("UGA") == "yes"


def test_carried_by_nine_votes_and_lost_is_a_veto_not_an_adoption():
    events = _sc("LAKE SUCCESS, Oct. 18 - In the Security Council today, document S/1399/Rev.1 "
                 "was carried by nine votes to two -- and lost. The two votes against were those "
                 "of the Soviet Union and the Ukrainian S.S.R., and the Soviet vote was a veto.",
                 "1949-10-19")
    assert len(events) == 1
    ev = events[0]
    assert (ev.outcome, ev.draft, ev.yes, ev.vetoed_by) == ("vetoed", "S/1399/Rev.1", 9, ["SUN"])


def test_the_same_four_joined_by_syria_are_five_named_voters():
    events = _sc("LAKE SUCCESS, Oct. 31 - The Security Council took two votes on Indonesia today, "
                 "and both failed. The first proposal drew four votes in favour -- Colombia, "
                 "Australia, Poland and the Soviet Union -- and four against. The second text, "
                 "document S/579/Rev.1, did a little better: five in favour, the same four joined "
                 "by Syria; one against, Belgium alone; and five abstentions.", "1947-11-01")
    second = next(e for e in events if e.draft == "S/579/Rev.1")
    assert {c for c, v in second.votes.items() if v == "yes"} == {"AUS", "COL", "POL", "SUN",
                                                                   "SYR"}
    assert second.votes.get("BEL") == "no"


def test_before_that_with_a_new_symbol_opens_the_text_voted_first():
    events = _sc("UNITED NATIONS, Feb 24 - The Security Council on Monday adopted a short "
                 "United States-drafted resolution on Ukraine. The text, now resolution 2774 "
                 "(2025), was adopted by 10 votes in favour, none against and 5 abstentions.\n\n"
                 "Before that, the Council voted on amendments that the European members had "
                 "tabled, in document S/2025/115. They received 9 votes in favour, with 5 "
                 "abstentions. Russia voted against, and its vote was a veto.", "2025-02-25")
    by_outcome = {e.outcome: e for e in events}
    assert set(by_outcome) == {"adopted", "vetoed"}
    assert (by_outcome["adopted"].resolution, by_outcome["adopted"].draft) == ("2774", None)
    assert (by_outcome["vetoed"].draft, by_outcome["vetoed"].yes) == ("S/2025/115", 9)


def test_for_each_of_two_applicants_the_result_was_the_same():
    events = _sc("Lisbon, Saturday 17 September 1949\n\nThe Security Council, meeting at Lake "
                 "Success on Tuesday the 13th, voted on our own application, contained in draft "
                 "resolution S/1331, and that of Ireland, contained in draft resolution S/1335. "
                 "For each of Portugal and Ireland the result was the same: nine votes in favour "
                 "and two against, the Soviet Union and the Ukrainian S.S.R. The Soviet vote is "
                 "a veto.", "1949-09-17")
    assert sorted(e.draft for e in events) == ["S/1331", "S/1335"]
    for ev in events:
        assert (ev.yes, ev.no, ev.vetoed_by, str(ev.date)) == (9, 2, ["SUN"], "1949-09-13")


def test_this_time_a_text_put_to_the_vote_is_another_text():
    events = _sc("Piraeus, 9 August 1947\n\nOn Tuesday, 29th July, the Security Council voted on "
                 "a proposal on the Greek frontier. Nine members voted in favour and two against: "
                 "the Soviet Union and Poland. The Soviet vote was a veto.\n\nOn Wednesday of "
                 "this week the Council took up the matter again. This time a text supported by "
                 "the Soviet side was put to the vote. It obtained only two votes, those of the "
                 "Soviet Union and Poland; the other nine members abstained, and so it failed.",
                 "1947-08-09")
    assert len(events) == 2
    first, second = sorted(events, key=lambda e: str(e.date))
    assert (first.outcome, first.yes, str(first.date)) == ("vetoed", 9, "1947-07-29")
    assert (second.outcome, second.yes, second.abstain) == ("failed", 2, 9)
