"""Generalisation checks from the forty-first session.

Facts are Sciences Po's and Voting-Agent's. On Wednesday 23 September 1998 resolution 1199
demanded a cease-fire in Kosovo, 14-0-1 with China abstaining; France, Germany, Italy, Japan,
Portugal, Slovenia, Sweden, the United Kingdom and the United States submitted it. On Sunday 20
June 1954 the Soviet Union vetoed S/3236/Rev.1, which would have referred Guatemala's complaint
to the Organization of American States, 10-1-0. On Tuesday 17 March 1970 the United Kingdom and
the United States vetoed S/9696 on Southern Rhodesia, 9-2-4, with Colombia, Finland, France and
Nicaragua abstaining: the United States' first veto. On Thursday 30 January 1986 the United
States vetoed S/17769/Rev.1 on the holy places of Jerusalem, 13-1-1, with Thailand abstaining.
On Wednesday 22 December 2010 resolution 1966 set up the International Residual Mechanism for
Criminal Tribunals, 14-0-1 with Russia abstaining; on Thursday 14 October 2010 resolution 1945
renewed the Sudan sanctions panel of experts, 14-0-1 with China abstaining. On Monday 20 May
1991 resolution 692 set up the fund to compensate for Iraq's invasion of Kuwait, 14-0-1 with
Cuba abstaining, and resolution 693 set up the observer mission in El Salvador unanimously. On
Wednesday 19 September 2012 resolution 2068 on children and armed conflict passed 11-0-4,
Azerbaijan, China, Pakistan and Russia abstaining; Germany, Portugal, the United Kingdom and
some twenty-seven others submitted it. On Tuesday 28 February 2017 China and Russia vetoed
S/2017/172, sanctions over chemical weapons in Syria, 9-3-3: Bolivia also voted no, and Egypt,
Ethiopia and Kazakhstan abstained. On Friday 13 December 1974 resolution 364 kept the force in
Cyprus for six months, 14-0-1 with China abstaining, and resolution 365 endorsed the General
Assembly's resolution 3212 on Cyprus unanimously. On Monday 5 December 2016 China and Russia
vetoed S/2016/1026, a seven-day truce in Aleppo, 11-3-1: Venezuela also voted no and Angola
abstained. On Thursday 30 April 1981 France, the United Kingdom and the United States vetoed
S/14459 and S/14460/Rev.1, sanctions on South Africa over Namibia, each 9-3-3 with Ireland,
Japan and Spain abstaining.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_KOSOVO = ("Ljubljana, 24 September 1998. The Security Council voted on Wednesday to demand a "
           "cease-fire in Kosovo. Resolution 1199 passed by 14 votes to none, China abstaining. "
           "Britain, France and Germany drew up the text. ")


def test_a_member_that_was_also_a_sponsor_joins_the_drafters_already_named():
    events = _sc(_KOSOVO + "Slovenia was also a sponsor and voted in favour.", "1998-09-24")
    assert len(events) == 1
    assert events[0].sponsors == ["GBR", "FRA", "DEU", "SVN"]
    assert events[0].votes.get("SVN") == "yes"


def test_one_of_the_sponsors_adds_a_name_as_co_sponsor_would():
    events = _sc(_KOSOVO + "Sweden, a Council member that year, was one of the sponsors.",
                 "1998-09-24")
    assert len(events) == 1
    assert events[0].sponsors == ["GBR", "FRA", "DEU", "SWE"]


def test_a_heading_in_capitals_does_not_push_the_meeting_day_out_of_the_lead():
    text = ("PARISH AND DISTRICT NOTES\n"
            "Issue 12 -- Wednesday, 23rd June 1954\n\n"
            "Apologies for a thin number. The printer has been ill for most of the month, and "
            "we print what we can.\n\n"
            "NEWS FROM ABROAD\n\n"
            "A reader who listens to the overseas service sends this report of the Security "
            "Council of the United Nations.\n\n"
            "The Council sat in New York on Sunday, 20th June, to hear Guatemala. A "
            "draft resolution was put forward which would have sent the whole complaint to "
            "the American states and asked them to report back to the Council.\n\n"
            "Ten members voted for it. The Soviet Union alone voted against it, and as a "
            "permanent member its vote killed it.\n")
    events = _sc(text)
    assert len(events) == 1
    assert events[0].outcome == "vetoed"
    assert events[0].date == "1954-06-20"


def test_each_of_those_votes_being_a_veto_speaks_of_members_not_of_several_texts():
    text = ("Bridgetown, 19 March 1970. Washington cast its first veto in the Security Council "
            "on Tuesday. The draft, S/9696, would have condemned Britain over Rhodesia. Nine "
            "members voted in favour. Britain and the United States voted against, and each "
            "of those votes was a veto. France, Colombia, Finland and Nicaragua abstained.")
    events = _sc(text, "1970-03-19")
    assert len(events) == 1
    assert events[0].votes.get("GBR") == "no"
    assert sorted(events[0].vetoed_by) == ["GBR", "USA"]
    assert (events[0].yes, events[0].no, events[0].abstain) == (9, 2, 4)


def test_a_day_in_full_for_the_vote_outranks_the_dateline_day_of_the_lead():
    text = ("New York, 31 January (Agency) - Washington has again used its veto in the "
            "Security Council, blocking a text on the holy places of Jerusalem.\n\n"
            "The draft, S/17769/Rev.1, was voted on Thursday, 30 January. Thirteen members "
            "voted for it, the United States against, and Thailand abstained.\n")
    events = _sc(text, "1986-02-01")
    assert len(events) == 1
    assert events[0].date == "1986-01-30"
    assert events[0].vetoed_by == ["USA"]


_MECHANISM = ("Podgorica, 28 December 2010. Last Wednesday, 22 December, the Security Council "
              "settled what becomes of the tribunals' work. By resolution 1966 (2010) it set up "
              "a Residual Mechanism for both tribunals.\n"
              "The text passed by 14 votes to none, with Russia abstaining.\n")


def test_by_resolution_at_a_sentence_start_numbers_the_text_it_goes_on_to_count():
    text = ("San Salvador, 22 May 1991. On Monday the Security Council unanimously adopted "
            "resolution 693, which sets up an observer mission for our country.\n"
            "The same day the Council also voted on the Gulf. By resolution 692 it created a "
            "fund to pay for the losses of Iraq's invasion of Kuwait. That vote was split: "
            "fourteen members voted in favour and Cuba abstained.\n")
    events = _sc(text, "1991-05-22")
    assert [(e.resolution, e.yes, e.abstain) for e in events] == [("693", 15, 0),
                                                                  ("692", 14, 1)]
    assert events[1].votes.get("CUB") == "abstain"


def test_the_number_in_the_lead_is_not_given_to_a_later_text_told_with_its_own():
    text = _MECHANISM + ("On 14 October, by resolution 1945, the Council had renewed the Sudan "
                         "panel of experts. Fourteen members voted for it; China abstained.\n")
    events = _sc(text, "2010-12-28")
    assert [e.resolution for e in events] == ["1966", "1945"]


def test_a_drafter_told_at_the_end_of_a_longer_which_clause_is_a_sponsor():
    text = ("Monrovia, 21 September 2012. On Wednesday the UN Security Council adopted "
            "resolution 2068 on children and armed conflict by 11 votes to none, with four "
            "abstentions. The Council met under the presidency of Germany, which also chairs "
            "its working group on children and armed conflict and drafted the text.")
    events = _sc(text, "2012-09-21")
    assert len(events) == 1
    assert events[0].sponsors == ["DEU"]


def test_the_nth_time_since_a_war_began_counts_this_veto_not_an_old_one():
    text = ("Cairo, 8 March 2017. For the seventh time since the Syrian war began, Russia used "
            "its veto in the Security Council on 28 February. The draft, S/2017/172, won nine "
            "votes; Bolivia also voted no, and Egypt, Ethiopia and Kazakhstan abstained.")
    events = _sc(text, "2017-03-08")
    assert len(events) == 1
    assert events[0].outcome == "vetoed"
    assert "RUS" in events[0].vetoed_by
    assert events[0].date == "2017-02-28"


def test_a_member_joined_by_another_in_an_aside_votes_alike():
    text = ("UNITED NATIONS, Feb. 28 - Russia, joined by China, vetoed a Security Council draft "
            "on chemical weapons in Syria on Tuesday. Nine members voted in favour, Bolivia "
            "voted against and three abstained.")
    events = _sc(text, "2017-03-01")
    assert len(events) == 1
    assert events[0].votes.get("CHN") == "no"
    assert sorted(events[0].vetoed_by) == ["CHN", "RUS"]


def test_it_then_endorsed_the_assemblys_call_is_the_councils_second_act_that_day():
    text = ("Garoua, 20 December 1974. A week ago today, on Friday 13 December, the Security "
            "Council took two decisions. It first extended the force in Cyprus for six more "
            "months, under resolution 364. Fourteen members voted in favour, none against, "
            "and China abstained.\n\n"
            "It then endorsed, by resolution 365, the General Assembly's call of November for "
            "the withdrawal of foreign troops. This time the vote was unanimous.\n")
    events = _sc(text, "1974-12-20")
    assert [(e.resolution, e.date) for e in events] == [("364", "1974-12-13"),
                                                        ("365", "1974-12-13")]


def test_the_day_a_veto_made_front_page_news_is_not_the_day_it_was_cast():
    text = ("Wellington, 22 June 1954. The Security Council met in New York on Sunday, 20 June. "
            "A draft sending Guatemala's complaint to the American states won ten votes, but "
            "the Soviet delegate voted against it. It was the Soviet veto that made the story "
            "front-page news here on Monday.")
    events = _sc(text, "1954-06-22")
    assert len(events) == 1
    assert events[0].date == "1954-06-20"


def test_a_summary_with_the_symbol_joins_the_story_that_tells_the_vote_without_it():
    text = ("COUNCIL BRIEF 47/2016\n"
            "Key points\n"
            "- Draft resolution S/2016/1026, a seven-day halt to attacks in Aleppo, was vetoed "
            "on 5 December.\n"
            "- The vote was 11 in favour, 3 against, 1 abstention.\n"
            "What happened\n"
            "On Monday the Security Council voted on a short humanitarian text. Russia and "
            "China voted against, which as permanent members amounted to a double veto. "
            "Venezuela also voted no and Angola abstained; the other eleven members voted in "
            "favour.\n")
    events = _sc(text, "2016-12-06")
    assert len(events) == 1
    assert events[0].draft == "S/2016/1026"
    assert sorted(events[0].vetoed_by) == ["CHN", "RUS"]
    assert events[0].votes.get("AGO") == "abstain"


def test_a_text_with_the_same_count_as_a_vetoed_one_is_vetoed_by_the_same_noes():
    text = ("Baguio, 2 May 1981. Three vetoes sank the Namibia sanctions in the Security "
            "Council on Thursday. One proposal, S/14459, got nine votes in favour; France, "
            "Britain and the United States voted against, and Japan, Ireland and Spain "
            "abstained. Another, S/14460/Rev.1, had the same count, nine to three, with the "
            "same three members abstaining.")
    events = _sc(text, "1981-05-02")
    assert [e.draft for e in events] == ["S/14459", "S/14460/Rev.1"]
    assert [e.outcome for e in events] == ["vetoed", "vetoed"]
    assert sorted(events[1].vetoed_by) == ["FRA", "GBR", "USA"]


def test_the_same_three_powers_said_no_names_the_vetoers_of_the_next_text():
    text = ("Kampala, 9 May 1981. On Thursday, April 30, Britain, France and the United States "
            "used their veto in the Security Council. The main draft, S/14459, received nine "
            "votes; the three Western powers voted against and Japan, Ireland and Spain "
            "abstained.\n\nOn a further draft the same day, S/14462, the result was twelve in "
            "favour and three against. But the same three powers said no, and so it too was "
            "vetoed.\n")
    events = _sc(text, "1981-05-09")
    assert [e.draft for e in events] == ["S/14459", "S/14462"]
    assert sorted(events[1].vetoed_by) == ["FRA", "GBR", "USA"]
    assert events[1].votes.get("USA") == "no"
