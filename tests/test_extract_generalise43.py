"""Generalisation checks from the twenty-second session: the blind sets heldout126 to heldout132,
and older held-out sets, read again after they were scored.

Facts are Sciences Po's, sponsors Voting-Agent's "Submitted by". On Tuesday 30 July 2013 the
Council adopted resolution 2112 on the UN operation in Cote d'Ivoire, 15-0 (drafted by France,
Togo, Britain and the United States), resolution 2113 on UNAMID in Darfur, 15-0 (Rwanda, Togo and
Britain), and resolution 2114 on the force in Cyprus, 13-0-2, Azerbaijan and Pakistan abstaining
(drafted by the United States). On Monday 12 September 1983 the Soviet Union vetoed draft
S/15966/Rev.1 on the Korean airliner shot down on 1 September, 9-2-4: Poland also voted no; China,
Guyana, Nicaragua and Zimbabwe abstained; the United States, Britain, France and Pakistan voted for
it. On Monday 11 August 1975 the United States vetoed S/11795 (South Vietnam) and S/11796 (North
Vietnam), each 13-1-1, Costa Rica abstaining. On Friday 2 December 2011 resolution 2022 on the UN
mission in Libya passed 15-0; on Monday 5 December 2011 resolution 2023 on Eritrea, drafted by
Gabon and Nigeria, passed 13-0-2, China and Russia abstaining. On Friday 12 October 1984 resolution
555 renewed the force in Lebanon, 13-0-2, the Soviet Union and the Ukrainian SSR abstaining. On
Tuesday 20 December 2005 resolution 1645 (the Peacebuilding Commission) passed 15-0 and resolution
1646 13-0-2, Argentina and Brazil abstaining; Denmark and Tanzania drafted both. On Monday 6 August
1990 resolution 661 (sanctions on Iraq) passed 13-0-2, Cuba and Yemen abstaining; on Thursday 9
August resolution 662 on the annexation of Kuwait passed 15-0; on Thursday 29 November resolution
678 passed 12-2-1, Cuba and Yemen voting against and China abstaining. On Monday 29 March 1954 the
Soviet Union vetoed draft S/3188/Corr.1 on shipping in the Suez Canal, 8-2-1: the United States,
Britain, France, Brazil, Colombia, Denmark, New Zealand and Turkey for, Lebanon and the Soviet
Union against, Nationalist China abstaining. On Friday 18 February 2011 the United States vetoed
draft S/2011/24 on Israeli settlements, 14-1. On Monday 30 June 1980 resolution 476 and on
Wednesday 20 August 1980 resolution 478, both on Jerusalem, passed 14-0-1, the United States
abstaining. On Sunday 18 April 1993 resolution 820 on sanctions against Serbia and Montenegro
passed 13-0-2, China and Russia abstaining. On Monday 20 May 1991 resolution 692 (the compensation
fund) passed 14-0-1, Cuba abstaining, and resolution 693 (the observer mission in El Salvador)
15-0. On Saturday 17 April 1948 resolution 46 on a truce in Palestine passed 9-0-2, and on Friday
23 April 1948 resolution 48 setting up the Truce Commission 8-0-3: the United States, Britain,
France, China, Belgium, Argentina, Syria and Canada for, the Soviet Union, the Ukrainian SSR (and
on 23 April Colombia) abstaining; Andrei Gromyko led the Soviet delegation. On Thursday 30 November
1950 the Soviet draft S/1921 failed 1-9, India not taking part: the United States, Britain, France,
China, Cuba, Ecuador, Egypt, Norway and Yugoslavia voted against it. On Monday 18 December 2017 the
United States vetoed draft S/2017/1060 on Jerusalem, 14-1. On Monday 13 December 2021 Russia vetoed
draft S/2021/990 on climate and security, drafted by Niger and Ireland, 12-2-1, India also voting
no and China abstaining. On Thursday 30 April 1981 France, Britain and the United States vetoed
drafts S/14459 and S/14460/Rev.1 on Namibia, each 9-3-3: Japan, Ireland and Spain abstained; China,
the Soviet Union, East Germany, Mexico, Niger, Panama, the Philippines, Tunisia and Uganda voted
for both. On Monday 21 April 1986 France, Britain and the United States vetoed draft S/18016/Rev.1
on the American raid on Libya, 9-5-1: Australia and Denmark also voted against, Venezuela
abstained. On Tuesday 30 December 2014 draft S/2014/916, submitted by Jordan, failed 8-2-5, the
United States and Australia voting against. On Friday 2 February 1973 resolution 326 on Zambia
passed 13-0-2, Britain and the United States abstaining, and resolution 327 14-0-1, the Soviet
Union abstaining. On Tuesday 22 December 1987 resolution 605 passed 14-0-1, the United States
abstaining. On Thursday 22 March 1979 resolution 446 on the settlements passed 12-0-3, Norway,
Britain and the United States abstaining. On Saturday 20 June 1964 resolution 192 and on Friday 18
December 1964 resolution 198 extended the stationing of the force in Cyprus, each 11-0. On Tuesday
22 June 1948 the Soviet Union vetoed draft S/836 on the Atomic Energy Commission's reports, 9-2,
the Ukrainian SSR also voting no, and resolution 52 sending them to the Assembly passed 9-0-2, both
abstaining. On Monday 13 December 1971 resolution 305 passed 14-0, China not taking part. On Monday
6 December 1971 resolution 303, referring the India-Pakistan war to the Assembly, passed 11-0-4,
the Soviet Union, Poland, Britain and France abstaining; the United States, China, Japan and Italy
voted for it. On Saturday 4 December 1971 the Soviet Union vetoed draft S/10416 on a ceasefire,
11-2-2. On Friday 15 November 2013 draft S/2013/660 on deferring the Kenyan cases, submitted by
Azerbaijan, Morocco, Rwanda and Togo, failed 7-0-8. On Thursday 25 March 2004 the United States
vetoed draft S/2004/240, 11-1-3, and on Wednesday 21 April 2004 Russia vetoed draft S/2004/313 on
Cyprus, 14-1.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_DIGEST = (
    "COUNCIL NOTES -- a fortnightly letter on the Security Council\n"
    "No. 88 -- Thursday 1 August 2013\n\n"
    "A quiet week in the chamber, apart from one sitting: the Council adopted three renewals "
    "on Tuesday, one after another, and only the last of them was contested. The summary:\n\n"
    "1) COTE D'IVOIRE -- resolution 2112\n"
    "The peacekeeping operation stays for another eleven months, a little smaller. France "
    "held the pen. Unanimous.\n\n"
    "2) DARFUR -- resolution 2113\n"
    "The hybrid mission was renewed for a year. Britain drafted it. Unanimous.\n\n"
    "3) CYPRUS -- resolution 2114\n"
    "The force on the island was extended for six months, 13-0-2. Azerbaijan and Pakistan "
    "abstained.\n"
)


def test_a_digest_item_headed_by_its_number_is_a_vote_of_its_own():
    # "1) COTE D'IVOIRE -- resolution 2112" heads the item it numbers, and the bare
    # "Unanimous." under it is that item's count
    events = _sc(_DIGEST)
    assert [(e.resolution, e.yes, e.no, e.abstain) for e in events] == [
        ("2112", 15, 0, 0), ("2113", 15, 0, 0), ("2114", 13, 0, 2)]
    assert {e.date for e in events} == {"2013-07-30"}
    assert events[2].votes == {"AZE": "abstain", "PAK": "abstain"}



_AIRLINER = (
    "UNITED NATIONS, Sept. 13 -- The Security Council's week on the Korean airliner ended "
    "last night the way everyone in the building had expected it to.\n\n"
    "The text, S/15966/Rev.1, deplored the destruction of the Boeing 747 shot down near "
    "Sakhalin Island on September 1 with 269 people aboard.\n\n"
    "Nine members voted in favour, including the United States, Britain, France and Pakistan, "
    "and Guyana and Zimbabwe abstained. China was one of four members to abstain. Poland "
    "joined the Soviet Union in voting no, and the Soviet vote was a veto.\n"
)


def test_the_day_of_an_incident_the_draft_deplores_is_not_the_vote_day():
    (ev,) = _sc(_AIRLINER, "1983-09-13")
    assert ev.date == "1983-09-12"
    assert ev.draft == "S/15966/Rev.1"


def test_a_second_list_after_comma_and_takes_the_verb_after_it():
    # "including A, B, C and D, and E and F abstained": the first four voted yes
    (ev,) = _sc(_AIRLINER, "1983-09-13")
    assert {c: ev.votes.get(c) for c in ("USA", "GBR", "FRA", "PAK", "GUY", "ZWE")} == {
        "USA": "yes", "GBR": "yes", "FRA": "yes", "PAK": "yes",
        "GUY": "abstain", "ZWE": "abstain"}


def test_one_of_four_members_to_abstain_is_that_members_vote_and_the_count():
    (ev,) = _sc(_AIRLINER, "1983-09-13")
    assert ev.votes["CHN"] == "abstain"
    assert (ev.yes, ev.no, ev.abstain) == (9, 2, 4)
    assert ev.vetoed_by == ["SUN"]


_VIETNAMS = (
    "UNITED NATIONS, Aug. 12 -- The United States yesterday vetoed both Vietnamese "
    "applications for membership in the Security Council.\n\n"
    "The first draft, S/11795, would have recommended the admission of South Vietnam. It "
    "received 13 votes; the United States voted no and Costa Rica abstained.\n\n"
    "The second, S/11796, on North Vietnam, was defeated the same way, 13 to 1, again by an "
    "American veto.\n"
)


def test_a_text_defeated_the_same_way_shares_the_named_votes():
    first, second = _sc(_VIETNAMS, "1975-08-12")
    assert (first.draft, second.draft) == ("S/11795", "S/11796")
    assert first.votes == second.votes == {"USA": "no", "CRI": "abstain"}
    assert second.date == "1975-08-11"


_TWO_IN_FOUR_DAYS = (
    "THE HORN WEEKLY -- Nairobi -- Friday, December 9, 2011\n\n"
    "Two resolutions were adopted in the Security Council within four days, and on the second "
    "China and Russia abstained.\n\n"
    "On Monday the Council adopted resolution 2023, which tightens the sanctions on Eritrea, by "
    "13 votes to none; China and Russia abstained. The text was drafted by Gabon and Nigeria.\n\n"
    "The previous Friday, the Council had turned to Libya. Resolution 2022 gave the UN support "
    "mission in Tripoli three more months by a unanimous vote.\n"
)


def test_the_previous_friday_is_the_friday_before_the_vote_told_first():
    eritrea, libya = _sc(_TWO_IN_FOUR_DAYS)
    assert (eritrea.resolution, eritrea.date) == ("2023", "2011-12-05")
    assert (libya.resolution, libya.date) == ("2022", "2011-12-02")


def test_what_a_plural_clause_says_of_the_second_text_is_not_said_of_both():
    eritrea, libya = _sc(_TWO_IN_FOUR_DAYS)
    assert eritrea.votes == {"CHN": "abstain", "RUS": "abstain"}
    assert (eritrea.yes, eritrea.no, eritrea.abstain) == (13, 0, 2)
    assert libya.votes == {}
    assert (libya.yes, libya.no, libya.abstain) == (15, 0, 0)  # "by a unanimous vote"


_UNIFIL = (
    "BEIRUT, Oct. 13 -- The Security Council yesterday renewed the mandate of the UN force in "
    "southern Lebanon for another six months.\n\n"
    "Resolution 555 was adopted by 13 votes to none with two abstentions. As in previous years, "
    "the Soviet Union and the Ukraine abstained, objecting to the way the force is paid for. "
    "Their abstentions could not stop the renewal; only a negative vote by a permanent member "
    "could do so.\n"
)


def test_as_in_previous_years_opens_this_votes_abstainers():
    (ev,) = _sc(_UNIFIL, "1984-10-13")
    assert ev.votes == {"SUN": "abstain", "UKR": "abstain"}
    assert (ev.resolution, ev.date, ev.outcome) == ("555", "1984-10-12", "adopted")


def test_what_only_a_veto_could_do_is_no_veto():
    assert [e.outcome for e in _sc(_UNIFIL, "1984-10-13")] == ["adopted"]


_PEACEBUILDING = (
    "UNITED NATIONS, Dec. 21 -- The Security Council adopted, in one sitting yesterday, two "
    "resolutions drafted by Denmark and Tanzania.\n\n"
    "The first, resolution 1645, which creates the Peacebuilding Commission jointly with the "
    "General Assembly, was adopted unanimously. The second, resolution 1646, on how the "
    "Council's members of its organizational committee are chosen, passed 13-0-2, Argentina "
    "and Brazil abstaining.\n"
)


def test_a_text_made_jointly_with_the_assembly_is_still_the_councils_vote():
    events = extract(_PEACEBUILDING, published="2005-12-21")
    assert [(e.body, e.resolution) for e in events] == [("SC", "1645"), ("SC", "1646")]
    assert (events[0].yes, events[0].no, events[0].abstain) == (15, 0, 0)


def test_drafters_of_two_texts_adopted_together_draft_each():
    first, second = _sc(_PEACEBUILDING, "2005-12-21")
    assert first.sponsors == second.sponsors == ["DNK", "TZA"]
    assert second.votes == {"ARG": "abstain", "BRA": "abstain"}


_GULF_GUIDE = (
    "Reading Room Notes -- Teaching pack 4\n"
    "The Council and the invasion of Kuwait\n\n"
    "These notes list, in order, the decisions students will meet in the documents. The dates "
    "are those of the Council's meetings; every text listed is a Security Council resolution.\n\n"
    "2 August\n"
    "  Iraqi forces cross into Kuwait before dawn.\n\n"
    "6 August\n"
    "  Resolution 661. Imposes sanctions on Iraq and occupied Kuwait. The text passes 13-0-2: "
    "Cuba and Yemen abstain.\n\n"
    "9 August\n"
    "  Resolution 662. The Council, unanimous, declares the annexation null and void.\n\n"
    "29 November\n"
    "  Resolution 678. Authorises member states to use all necessary means after 15 January. "
    "Cuba and Yemen vote against; China abstains; twelve in favour.\n\n"
    "Further reading: the verbatim records are in the documents collection.\n"
)


def test_a_chronologys_entries_are_each_a_vote_on_the_day_above_it():
    events = _sc(_GULF_GUIDE)
    assert [(e.resolution, e.date) for e in events] == [
        ("661", "1990-08-06"), ("662", "1990-08-09"), ("678", "1990-11-29")]


def test_a_chronologys_entries_keep_their_own_counts():
    sanctions, annexation, force = _sc(_GULF_GUIDE)
    assert (sanctions.yes, sanctions.no, sanctions.abstain) == (13, 0, 2)  # "passes 13-0-2"
    assert sanctions.votes == {"CUB": "abstain", "YEM": "abstain"}
    assert (annexation.yes, annexation.no, annexation.abstain) == (15, 0, 0)
    assert (force.yes, force.no, force.abstain) == (12, 2, 1)
    assert force.votes == {"CUB": "no", "YEM": "no", "CHN": "abstain"}


_SUEZ_SHIPPING = (
    "THE NORTHERN ECHO -- TUESDAY, MARCH 30, 1954\n\n"
    "NEW YORK, Monday (Reuter).-- The Soviet delegate on the Security Council this afternoon "
    "vetoed a resolution calling on Egypt to stop interfering with Israeli shipping in the Suez "
    "Canal.\n\n"
    "Voting for the draft, document S/3188/Corr.1, were the United States, Britain, France, "
    "Brazil, Colombia, Denmark, New Zealand and Turkey. The Lebanese delegate and Russia voted "
    "against it, and the Chinese Nationalist delegate abstained.\n\n"
    "In Cairo the news was greeted calmly.\n\n"
    "Our correspondent could not obtain a statement on the record.\n"
)


def test_this_afternoon_under_a_weekday_dateline_is_that_weekday():
    (ev,) = _sc(_SUEZ_SHIPPING)
    assert (ev.date, ev.draft, ev.outcome) == ("1954-03-29", "S/3188/Corr.1", "vetoed")


def test_voting_for_the_draft_past_its_symbol_lists_the_yes_votes():
    (ev,) = _sc(_SUEZ_SHIPPING)
    assert sorted(c for c, v in ev.votes.items() if v == "yes") == [
        "BRA", "COL", "DNK", "FRA", "GBR", "NZL", "TUR", "USA"]
    assert (ev.yes, ev.no, ev.abstain) == (8, 2, 1)


def test_a_delegate_named_by_demonym_heads_a_list_of_voters():
    (ev,) = _sc(_SUEZ_SHIPPING)
    assert {c: ev.votes.get(c) for c in ("LBN", "SUN", "TWN")} == {
        "LBN": "no", "SUN": "no", "TWN": "abstain"}  # "the Chinese Nationalist delegate"
    assert ev.vetoed_by == ["SUN"]


def test_a_statement_not_obtained_is_no_failed_vote():
    text = ("UNITED NATIONS, Dec. 3 -- The Security Council yesterday extended the UN support "
            "mission in Libya for three months, adopting resolution 2022 unanimously.\n\n"
            "In Tripoli the news was greeted calmly.\n\n"
            "Our correspondent could not obtain a statement from the Libyan mission.\n")
    assert [(e.resolution, e.outcome) for e in _sc(text, "2011-12-03")] == [("2022", "adopted")]


_SETTLEMENTS = (
    "WASHINGTON, Feb. 19 -- The United States yesterday vetoed a Security Council draft "
    "condemning Israeli settlements, S/2011/24. Every other member, Britain and France "
    "included, voted yes -- a point the Palestinians will press in the General Assembly.\n"
)


def test_a_body_named_in_a_remark_after_a_dash_is_not_the_voter():
    (ev,) = extract(_SETTLEMENTS, published="2011-02-19")
    assert (ev.body, ev.draft, ev.date, ev.vetoed_by) == (
        "SC", "S/2011/24", "2011-02-18", ["USA"])
    assert ev.votes["GBR"] == ev.votes["FRA"] == "yes"


_GULF_YEAR = (
    "THE DESERT LEDGER -- The Year in Review 1990\n"
    "Monday, 31 December 1990\n\n"
    "A year of Security Council resolutions on the Gulf\n\n"
    "AUGUST\n\n"
    "Iraqi troops entered Kuwait on 2 August. On 6 August, four days into the occupation, the "
    "Council had adopted resolution 661, which imposes sweeping sanctions on Iraq. The vote was "
    "13 in favour and none "
    "against; Cuba and Yemen abstained.\n\n"
    "NOVEMBER\n\n"
    "The decisive vote of the year came on 29 November. Resolution 678 authorises member "
    "states to use all necessary means to uphold resolution 661 and the texts that followed "
    "unless Iraq leaves Kuwait by 15 January. It passed by 12 votes to 2, with one abstention. "
    "Cuba and Yemen voted against and China abstained.\n"
)


def test_a_review_of_the_year_dates_each_vote_on_its_own_day():
    sanctions, force = _sc(_GULF_YEAR)
    assert (sanctions.resolution, sanctions.date) == ("661", "1990-08-06")
    assert (sanctions.yes, sanctions.no, sanctions.abstain) == (13, 0, 2)
    assert sanctions.votes == {"CUB": "abstain", "YEM": "abstain"}


def test_an_older_number_and_the_texts_that_followed_are_not_a_count_of_texts():
    # "to uphold resolution 661 and the texts that followed": 678 is a text of its own
    events = _sc(_GULF_YEAR)
    assert [(e.resolution, e.date, e.yes, e.no, e.abstain) for e in events][1] == (
        "678", "1990-11-29", 12, 2, 1)


_SEOUL_NOTE = (
    "UN DESK NOTES -- Security Council -- Monday, 9 December 2013\n\n"
    "With the year drawing to a close, this note looks back at two texts adopted this year "
    "that the Republic of Korea co-sponsored.\n\n"
    "Sexual violence: resolution 2106\n"
    "On 24 June the Council unanimously adopted resolution 2106 (2013) on sexual violence in "
    "armed conflict, the first such text in four years. France and Britain were among its "
    "many co-sponsors.\n\n"
    "Central African Republic: resolution 2127\n"
    "Last Thursday the Council adopted resolution 2127 (2013), which authorises an African-led "
    "force and French troops to protect civilians. France drafted the text and was joined as a "
    "co-sponsor by, among others, Rwanda, Togo and the United States. All fifteen members voted "
    "in favour.\n"
)


def test_a_unanimous_vote_months_back_is_one_of_the_texts_the_note_counts():
    violence, car = _sc(_SEOUL_NOTE)
    assert (violence.resolution, violence.date) == ("2106", "2013-06-24")
    assert (violence.yes, violence.no, violence.abstain) == (15, 0, 0)
    assert (car.resolution, car.date) == ("2127", "2013-12-05")


def test_the_drafter_of_the_text_is_joined_as_a_co_sponsor_by_others():
    car = _sc(_SEOUL_NOTE)[1]
    assert car.sponsors == ["FRA", "RWA", "TGO", "USA"]


_JERUSALEM_SUMMER = (
    "HOLY CITY REPORT\n"
    "Monthly bulletin of an association for the protection of the holy places\n"
    "Issue 31 -- Friday, 22 August 1980\n\n"
    "SECURITY COUNCIL SPEAKS ON JERUSALEM -- TWICE THIS SUMMER\n\n"
    "On Wednesday the Security Council adopted resolution 478, censuring the enactment of "
    "Israel's basic law on Jerusalem and calling on states with embassies in the city to "
    "withdraw them. The vote was 14 in favour, none against, with the United States "
    "abstaining.\n\n"
    "Members will recall an almost identical decision earlier in the summer. On 30 June the "
    "Council adopted resolution 476, also on the status of the city, by the same margin: "
    "fourteen in favour, and once again a US abstention.\n\n"
    "Two abstentions in two months are not a veto, and both texts stand.\n"
)


def test_a_vote_weeks_back_is_news_when_the_headline_counts_it():
    latest, earlier = _sc(_JERUSALEM_SUMMER)
    assert (latest.resolution, latest.date) == ("478", "1980-08-20")
    assert (earlier.resolution, earlier.date) == ("476", "1980-06-30")
    # "fourteen in favour, and once again a US abstention": this vote's count and abstainer
    assert (earlier.yes, earlier.no, earlier.abstain) == (14, 0, 1)
    assert earlier.votes == {"USA": "abstain"}


def test_abstentions_counted_across_two_months_are_no_one_votes_count():
    latest = _sc(_JERUSALEM_SUMMER)[0]
    assert (latest.yes, latest.no, latest.abstain) == (14, 0, 1)


_SERBIA_SANCTIONS = (
    "POLICY BRIEF -- Tuesday 20 April 1993\n\n"
    "On Sunday the Security Council adopted resolution 820, tightening the sanctions on Serbia "
    "and Montenegro. The vote was 13 in favour, none against, with China and Russia "
    "abstaining.\n\n"
    "Neither abstaining permanent member used its veto, and the measures take effect in nine "
    "days unless the Bosnian Serbs sign the peace plan.\n"
)


def test_neither_member_used_its_veto_is_no_veto():
    assert [(e.resolution, e.outcome, e.date) for e in _sc(_SERBIA_SANCTIONS)] == [
        ("820", "adopted", "1993-04-18")]


_COMPENSATION_QA = (
    "THE WEEK AT THE UN -- Questions and answers -- Wednesday, May 22, 1991\n\n"
    "Q: What did the Security Council do on Monday?\n"
    "A: It adopted two resolutions. The first, resolution 692, sets up the fund to pay for "
    "losses caused by Iraq's occupation of Kuwait. The second, resolution 693, creates a UN "
    "observer mission in El Salvador.\n\n"
    "Q: Were the votes close?\n"
    "A: No. Resolution 692 passed 14-0, Cuba abstaining. Resolution 693 was unanimous.\n\n"
    "Q: Why did Cuba abstain rather than vote no?\n"
    "A: Havana objects to the post-war measures on Iraq, but it did not want to block them.\n"
)


def test_a_why_question_about_a_vote_is_no_vote_of_the_text_in_hand():
    fund, mission = _sc(_COMPENSATION_QA)
    assert (fund.resolution, fund.votes) == ("692", {"CUB": "abstain"})
    assert (mission.resolution, mission.votes) == ("693", {})
    assert (mission.yes, mission.no, mission.abstain) == (15, 0, 0)


def test_one_of_the_counted_side_named_after_it_votes_with_that_side():
    text = ("SUEZ NOTEBOOK -- Questions and Answers -- Wednesday, 31 March 1954\n\n"
            "Q. What happened at the Security Council on Monday?\n"
            "A. It voted on a text, S/3188/Corr.1, calling on Egypt to stop interfering with "
            "shipping bound for Israel through the Suez Canal.\n\n"
            "Q. Did it pass?\n"
            "A. No. Eight members voted for it. But two voted against, and one of them was the "
            "Soviet Union. That was a veto.\n\n"
            "Q. Why did Moscow block such a modest text?\n"
            "A. It said the text took one side in a quarrel between two neighbours.\n")
    (ev,) = _sc(text)
    assert (ev.draft, ev.date, ev.outcome) == ("S/3188/Corr.1", "1954-03-29", "vetoed")
    assert ev.votes.get("SUN") == "no"
    assert ev.vetoed_by == ["SUN"]


_THREE_RENEWALS = (
    "MORNING BULLETIN -- Transcript as broadcast, Wednesday 31 July 2013\n\n"
    "PRESENTER: The Security Council passed three resolutions renewing peacekeeping operations "
    "in New York last night. Our correspondent reports.\n\n"
    "CORRESPONDENT: The Cyprus resolution, number 2114, passed by thirteen votes to none. "
    "Azerbaijan and Pakistan abstained. The other two votes were unanimous -- fifteen-nil each "
    "time. Resolution 2112 renews the operation in Cote d'Ivoire for eleven months. And "
    "resolution 2113 renews the joint mission in Darfur for a year.\n"
)


def test_the_other_two_votes_are_the_texts_told_after_them():
    events = _sc(_THREE_RENEWALS)
    assert [(e.resolution, e.date, e.yes, e.no, e.abstain) for e in events] == [
        ("2114", "2013-07-30", 13, 0, 2), ("2112", "2013-07-30", 15, 0, 0),
        ("2113", "2013-07-30", 15, 0, 0)]


_TRUCE_COMMISSION = (
    "LAKE SUCCESS, N.Y., April 23 -- The Security Council this afternoon adopted a resolution "
    "setting up a truce commission for Palestine.\n\n"
    "The eight in favour included the United States, Britain, France, China, Belgium, "
    "Argentina, Syria and Canada. Nobody voted against, and three delegations -- the Soviet "
    "Union, the Ukraine and Colombia -- abstained.\n"
)


def test_the_n_in_favour_included_lists_the_yes_votes():
    (ev,) = _sc(_TRUCE_COMMISSION, "1948-04-23")
    assert sorted(c for c, v in ev.votes.items() if v == "yes") == [
        "ARG", "BEL", "CAN", "FRA", "GBR", "SYR", "TWN", "USA"]


def test_a_list_between_dashes_votes_with_the_verb_after_them():
    (ev,) = _sc(_TRUCE_COMMISSION, "1948-04-23")
    assert {c: v for c, v in ev.votes.items() if v != "yes"} == {
        "COL": "abstain", "SUN": "abstain", "UKR": "abstain"}
    assert (ev.date, ev.yes, ev.no, ev.abstain) == ("1948-04-23", 8, 0, 3)


def test_a_veto_a_proposal_risks_is_none_cast():
    text = ("LAKE SUCCESS, N.Y., April 23 -- The Security Council this afternoon adopted a "
            "resolution setting up a truce commission for Palestine by eight votes to none, "
            "with three abstentions.\n\n"
            "Arab newspapers were less cheerful, noting that the Council has agreed on no "
            "measure of its own, and that every stronger proposal risks a Soviet veto.\n")
    (ev,) = _sc(text, "1948-04-23")
    assert (ev.outcome, ev.vetoed_by, ev.votes) == ("adopted", [], {})


def test_an_envoys_delegation_heads_a_list_of_abstainers():
    text = ("NEW YORK, April 19 -- The Security Council on Saturday called on Arabs and Jews in "
            "Palestine to agree a truce at once. The vote was nine to none. Mr. Gromyko's "
            "delegation and the Ukrainian delegation abstained.\n")
    (ev,) = _sc(text, "1948-04-19")
    assert (ev.date, ev.outcome) == ("1948-04-17", "adopted")
    assert ev.votes == {"SUN": "abstain", "UKR": "abstain"}
    assert (ev.yes, ev.no, ev.abstain) == (9, 0, 2)


_FACTBOX_HEAD = ("FACTBOX-How the U.N. Security Council works\n\nJan 3, 2020\n\n(Wire) - Five new "
                 "members took their seats on the United Nations Security Council this week. "
                 "Some facts about how the body decides.\n\n")


def test_a_factbox_on_the_councils_rules_reports_no_vote():
    lines = (
        "WHO SITS ON IT?\n* Until 1965 the council had 11 members; since 1966 it has had 15.\n\n",
        "WHO HAS USED THE VETO MOST?\n* The Soviet Union and Russia, then the United States.\n\n",
        "HOW OFTEN DOES IT AGREE?\n* Most resolutions are adopted unanimously, including routine "
        "renewals.\n\n",
        "* Drafts can also fail without a veto, when they do not win nine votes.\n\n",
    )
    for line in lines:
        assert _sc(_FACTBOX_HEAD + line) == [], line


def test_the_size_of_the_council_is_no_count_of_votes():
    from unvotes.extract.numbers import find_counts

    size = "until 1965 there were six elected seats and the council had 11 members."
    assert find_counts(size, 0, len(size)) == []
    won = "the text had 11 members behind it."
    assert [(k.vote, k.value) for k in find_counts(won, 0, len(won))] == [("yes", 11)]


def test_a_line_that_opens_on_a_document_symbol_goes_on_with_the_sentence():
    from unvotes.extract.sentences import split

    text = ("LAKE SUCCESS, Nov. 30 -- The Security Council today turned down the Soviet case.\n\n"
            "A proposal put forward by the Soviet delegation condemning the United States, "
            "document\nS/1921, was defeated by nine votes to one, with\nIndia taking no part.\n")
    assert ("A proposal put forward by the Soviet delegation condemning the United States, "
            "document S/1921, was defeated by nine votes to one, with India taking no part."
            ) in [s.text for s in split(text).sentences]



def test_an_abstention_a_member_usually_counts_on_is_no_vote():
    text = ("UNITED NATIONS, Dec. 19 -- The Security Council voted yesterday on a draft, "
            "S/2017/1060, on the status of Jerusalem. Fourteen members voted yes, even Britain "
            "and Japan -- governments Washington usually counts on for at least an abstention. "
            "One member voted no: the United States. The draft fell.\n")
    (ev,) = _sc(text, "2017-12-19")
    assert (ev.vetoed_by, ev.votes["USA"]) == (["USA"], "no")
    assert (ev.yes, ev.no, ev.abstain) == (14, 1, 0)


def test_a_text_carried_by_two_members_names_its_drafters():
    text = ("NIAMEY, Dec. 14 -- Russia on Monday vetoed a Security Council draft on climate and "
            "security. The text, S/2021/990, was carried by Niger and Ireland. Twelve members "
            "voted in favour; Russia and India voted against and China abstained.\n")
    (ev,) = _sc(text, "2021-12-14")
    assert ev.sponsors == ["NER", "IRL"]
    assert (ev.yes, ev.no, ev.abstain, ev.vetoed_by) == (12, 2, 1, ["RUS"])


def test_the_noes_came_from_names_the_no_votes():
    text = ("NEW YORK, March 30 -- The Soviet Union yesterday vetoed a Security Council "
            "resolution on Suez Canal shipping, S/3188/Corr.1. The motion had eight votes in "
            'favour and two against, with one abstention. The two "noes" came from Russia and '
            "Lebanon. Nationalist China abstained.\n")
    (ev,) = _sc(text, "1954-03-30")
    assert ev.votes == {"LBN": "no", "SUN": "no", "TWN": "abstain"}
    assert ev.vetoed_by == ["SUN"]


_NAMIBIA_TWICE = (
    "UNITED NATIONS, May 1 -- For the second time in a week the Security Council has failed to "
    "agree on any action about Namibia, and this time it failed twice in a single afternoon.\n\n"
    "The Council yesterday took up two separate proposals. The first, document S/14459, called "
    "for sanctions against South Africa. It received nine votes. France, Britain and the United "
    "States voted against it, and as all three are permanent members each negative vote was a "
    "veto. Japan, Ireland and Spain abstained.\n\n"
    "The second text, document S/14460/Rev.1, was put to the vote straight after. The result "
    "was identical: nine in favour, three against, three abstentions.\n\n"
    "Voting for both texts were China, the Soviet Union, East Germany, Mexico, Niger, Panama, "
    "the Philippines, Tunisia and Uganda.\n"
)


def test_voting_for_both_texts_names_the_yes_votes_of_each():
    first, second = _sc(_NAMIBIA_TWICE, "1981-05-01")
    assert (first.draft, second.draft) == ("S/14459", "S/14460/Rev.1")
    yes = ["CHN", "DDR", "MEX", "NER", "PAN", "PHL", "SUN", "TUN", "UGA"]
    assert sorted(c for c, v in first.votes.items() if v == "yes") == yes
    assert sorted(c for c, v in second.votes.items() if v == "yes") == yes


def test_a_text_defeated_by_nine_votes_to_one_is_one_vote_with_its_one_supporter():
    # "defeated by nine votes to one" then "The one vote in favour was cast by ...": the same
    # text, counted first from the side against it
    text = ("LAKE SUCCESS, Nov. 30 -- The Security Council today turned down the Soviet case on "
            "Formosa.\n\n"
            "A Soviet proposal condemning the United States, document S/1921, was defeated by nine "
            "votes to one. The one vote in favour was cast by the Soviet Union. Against it were "
            "the United States, Britain, France, China, Cuba, Ecuador, Egypt, Norway and "
            "Yugoslavia.\n")
    (ev,) = _sc(text, "1950-11-30")
    assert (ev.draft, ev.outcome, ev.yes, ev.no) == ("S/1921", "failed", 1, 9)
    assert ev.votes["SUN"] == "yes"
    assert ev.votes["USA"] == ev.votes["YUG"] == "no"


def test_a_counted_group_that_lined_up_with_a_member_is_spelled_out_after_the_colon():
    text = ("NEW YORK, April 22 -- France, Britain and the United States last night vetoed a "
            "Security Council draft, S/18016/Rev.1, condemning the American raid on Libya. Nine "
            "members voted for it. Two other countries lined up with Washington: Australia and "
            "Denmark. Venezuela abstained.\n")
    (ev,) = _sc(text, "1986-04-22")
    assert {c: ev.votes.get(c) for c in ("AUS", "DNK", "VEN")} == {
        "AUS": "no", "DNK": "no", "VEN": "abstain"}
    assert (ev.yes, ev.no, ev.abstain) == (9, 5, 1)
    assert ev.vetoed_by == ["FRA", "GBR", "USA"]


def test_a_bulleted_list_answers_the_question_above_it():
    text = ("Cyprus watch -- Wednesday 31 July 2013\n\n"
            "Yesterday the Security Council renewed the peacekeeping force in Cyprus, resolution "
            "2114, by 13 votes to none.\n\n"
            "Who abstained? Here's the list, since several of you asked:\n"
            "- Azerbaijan\n"
            "- Pakistan\n\n"
            "Everyone else voted yes.\n")
    (ev,) = _sc(text)
    assert (ev.resolution, ev.date, ev.yes, ev.no, ev.abstain) == ("2114", "2013-07-30", 13, 0, 2)
    assert {c: v for c, v in ev.votes.items() if v != "yes"} == {"AZE": "abstain",
                                                                  "PAK": "abstain"}


def test_the_member_that_put_a_text_to_the_vote_is_its_drafter():
    text = ("AMMAN, Dec. 31 -- The Palestinian statehood text failed in the Security Council "
            "last night. The text, S/2014/916, was put to the vote by Jordan, the Arab member of "
            "the Council. It won eight votes; the United States and Australia voted against and "
            "five members abstained.\n")
    (ev,) = _sc(text, "2014-12-31")
    assert ev.sponsors == ["JOR"]
    assert (ev.draft, ev.date, ev.outcome, ev.yes, ev.no, ev.abstain) == (
        "S/2014/916", "2014-12-30", "failed", 8, 2, 5)


def test_the_numbers_of_the_two_texts_are_given_in_order():
    text = ("LUSAKA, Feb. 4 -- The Security Council on Friday adopted two resolutions on Zambia's "
            "border. The first passed by 13 votes to none; Britain and the United States "
            "abstained. The second was adopted by 14 votes to nil with one abstention, the "
            "Soviet Union's. The numbers of the two texts are 326 and 327.\n")
    assert [(e.resolution, e.yes, e.abstain) for e in _sc(text, "1973-02-04")] == [
        ("326", 13, 2), ("327", 14, 1)]


def test_a_number_in_brackets_after_the_resolution_numbers_the_text_in_hand():
    text = ("WASHINGTON, Dec. 24 -- On Tuesday the Security Council voted to deplore Israel's "
            "handling of the protests in Gaza and the West Bank. The resolution passed 14-0; the "
            "United States abstained.\n\n"
            'The resolution (Res. 605) "strongly deplores" the practices of the occupying '
            "power.\n")
    (ev,) = _sc(text, "1987-12-24")
    assert (ev.resolution, ev.date, ev.votes) == ("605", "1987-12-22", {"USA": "abstain"})


def test_apart_from_one_member_the_others_named_abstained():
    text = ("OSLO, March 23 -- The Security Council on Thursday adopted resolution 446 on the "
            "Israeli settlements with twelve votes in favour. There were no votes against. Apart "
            "from Norway, the United Kingdom and the United States abstained.\n")
    (ev,) = _sc(text, "1979-03-23")
    assert ev.votes.get("GBR") == ev.votes.get("USA") == "abstain"
    assert (ev.yes, ev.no, ev.abstain) == (12, 0, 3)


_CYPRUS_YEAR = (
    "THE ISLAND WEEKLY\nNicosia -- Saturday, December 26, 1964\n"
    "THE YEAR ON THE ISLAND: A REVIEW\n\n"
    "The United Nations force has had its stay lengthened twice by the Security Council this "
    "year.\n\n"
    "The first renewal came in the summer. On Saturday, June 20, the Council extended the "
    "stationing of the force for a further three months. The vote was eleven to nil, with no "
    "abstentions.\n\n"
    "The second came eight days ago. On Friday, December 18, the eleven members again voted "
    "unanimously to keep the force on the island for three more months.\n"
)


def test_a_review_of_the_year_tells_each_renewal_on_its_own_day():
    # "THE YEAR ON THE ISLAND: A REVIEW": the whole year is news; "extended the stationing of
    # the force" is a renewal; "again voted" on another day is another vote
    assert [(e.date, e.outcome, e.yes) for e in _sc(_CYPRUS_YEAR)] == [
        ("1964-06-20", "adopted", 11), ("1964-12-18", "adopted", 11)]


def test_a_second_narrower_proposal_is_another_text():
    text = ("LAKE SUCCESS, N.Y., June 22 -- The Soviet Union this afternoon vetoed a Security "
            "Council draft, S/836, approving the reports of the Atomic Energy Commission. Nine "
            "members voted for it; the Soviet Union and the Ukrainian S.S.R. voted against.\n\n"
            "Delegates then turned at once to a second, narrower proposal which sends the "
            "reports on to the General Assembly. That went through by nine votes in favour, none "
            "against, with the Soviet Union and the Ukraine abstaining.\n")
    veto, transmittal = _sc(text, "1948-06-22")
    assert (veto.draft, veto.outcome, veto.no) == ("S/836", "vetoed", 2)
    assert (transmittal.outcome, transmittal.yes, transmittal.abstain) == ("adopted", 9, 2)
    assert transmittal.votes == {"SUN": "abstain", "UKR": "abstain"}


def test_a_member_not_participating_is_no_abstainer():
    text = ("NICOSIA, Dec. 14 -- The Security Council yesterday renewed the peacekeeping force in "
            "Cyprus for six months. Resolution 305 passed 14-0, with China not participating.\n")
    (ev,) = _sc(text, "1971-12-14")
    assert ev.votes == {"CHN": "not_participating"}
    assert (ev.yes, ev.no) == (14, 0)


def test_a_referral_to_the_assembly_told_after_failed_drafts_is_one_vote():
    text = ("NEW YORK, Dec. 8 -- After three nights of argument the Security Council decided on "
            "Monday to pass the question of the war between India and Pakistan to the General "
            "Assembly. Resolution 303 was adopted by 11 votes with 4 abstentions: the Soviet "
            "Union, Poland, Britain and France.\n\n"
            "Monday's decision followed several days in which other drafts had failed to pass.\n\n"
            "In favour of sending the matter to the Assembly were, among others, the United "
            "States, China, Japan and Italy.\n\n"
            "The question now passes to the Assembly.\n")
    (ev,) = _sc(text, "1971-12-08")
    assert (ev.resolution, ev.date, ev.yes, ev.abstain) == ("303", "1971-12-06", 11, 4)
    assert {c: ev.votes.get(c) for c in ("USA", "CHN", "JPN", "ITA")} == dict.fromkeys(
        ("USA", "CHN", "JPN", "ITA"), "yes")


def test_a_question_that_passes_to_the_assembly_is_no_adoption():
    text = ("NEW YORK, Dec. 5 -- The Soviet Union last night vetoed a Security Council draft, "
            "S/10416, calling for a ceasefire between India and Pakistan, 11-2-2.\n\n"
            "The question now passes to the General Assembly.\n")
    assert [(e.draft, e.outcome) for e in _sc(text, "1971-12-05")] == [("S/10416", "vetoed")]


def test_members_with_whom_a_group_put_a_text_forward_among_the_sponsors():
    text = ("KIGALI, Nov. 16 -- A draft that would have deferred the Kenyan cases at the "
            "International Criminal Court failed in the Security Council yesterday, S/2013/660. "
            "It was put forward by a group of African states, with Rwanda and Togo among the "
            "co-sponsors. It won seven votes; eight members abstained.\n")
    (ev,) = _sc(text, "2013-11-16")
    assert set(ev.sponsors) >= {"RWA", "TGO"}
    assert (ev.outcome, ev.yes, ev.no, ev.abstain) == ("failed", 7, 0, 8)


def test_a_dated_heading_after_a_finished_paragraph_heads_the_item_below_it():
    text = ("2004 in the Security Council: the year of three vetoes\n"
            "By a staff writer · 30 December 2004\n"
            "Most of what the Security Council did this year it did by consensus. Three times, "
            "though, a permanent member raised its hand to kill a text outright. Our review looks "
            "back at each of them.\n"
            "25 March: the Yassin killing\n"
            "An Algerian-drafted text condemning the killing came to a vote. It won eleven votes. "
            "The United States voted against, which amounted to a veto. The symbol was "
            "S/2004/240.\n"
            "21 April: the Annan plan for Cyprus\n"
            "A British-American draft, S/2004/313, would have set out what the UN would do to "
            "help carry out a settlement. Fourteen members voted in favour; Russia alone voted "
            "no.\n")
    events = {e.draft: e for e in _sc(text, "2004-12-30")}
    assert events["S/2004/240"].date == "2004-03-25"
    assert events["S/2004/313"].date == "2004-04-21"
