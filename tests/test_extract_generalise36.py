"""Generalisation checks from the fifteenth session: blind sets read again after they were
scored (heldout84 first), then the new blind sets heldout85 and heldout86.

Facts are Sciences Po's. Resolution 2270 (sanctions on North Korea) passed 15-0 on Wednesday
2 March 2016. On Saturday 8 October 2016 Russia vetoed the French draft S/2016/846 on Aleppo,
11-2-2: Russia and Venezuela against, China and Angola abstaining, the eleven in favour being
France, Britain, the United States, Egypt, Japan, Malaysia, New Zealand, Senegal, Spain,
Ukraine and Uruguay. On Tuesday 30 October 1956 Britain and France vetoed the American draft
S/3710 (7-2-2, Australia and Belgium abstaining) and the Soviet draft S/3713/Rev.1 (7-2-2, the
United States and Belgium abstaining); on Wednesday 31 October the Council adopted resolution
119, calling an emergency session of the General Assembly, 7-2-2, Britain and France against.
On Tuesday 17 March 1970 draft S/9696 on Southern Rhodesia was vetoed 9-2-4 by Britain and the
United States; on Wednesday 18 March resolution 277 passed 14-0-1, Spain abstaining; on
Tuesday 10 November Britain vetoed draft S/9976, 12-1-2. On Monday 21 April 1986 draft
S/18016/Rev.1 on the raid on Libya of 15 April was vetoed 9-5-1 by the United States, Britain
and France, Australia and Denmark also voting no and Venezuela abstaining. On Wednesday 4 April
1984 the United States vetoed draft S/16463 on the mining of Nicaragua's ports, 13-1-1, Britain
abstaining. On Thursday 31 July 1986 and again on Tuesday 28 October 1986 the United States
vetoed drafts on the World Court's Nicaragua judgment (S/18250, S/18428), each 11-1-3.
Resolution 664 (foreigners in Iraq) passed 15-0 on Saturday 18 August 1990; resolution 661
(sanctions on Iraq) passed 13-0-2 on Monday 6 August 1990, Cuba and Yemen abstaining. On
Friday 11 July 2008 China and Russia vetoed draft S/2008/447 on Zimbabwe, 9-5-1, Libya, South
Africa and Viet Nam also against and Indonesia abstaining. On Thursday 19 July 2012 resolution
2058 (Cyprus) passed 13-0-2, Azerbaijan and Pakistan abstaining, and China and Russia vetoed
draft S/2012/538 on Syria (see above); on Friday 20 July resolution 2059 (the observers in
Syria) passed 15-0, submitted by the United Kingdom (Voting-Agent). Resolution 2313 (the
mission in Haiti) passed 15-0 on Thursday 13 October 2016. On Friday 25 February 2022 Russia
vetoed draft S/2022/155 on Ukraine, 11-1-3, China, India and the United Arab Emirates
abstaining; on Sunday 27 February resolution 2623, submitted by Albania and the United States,
called an emergency session of the General Assembly by the same count, Russia against. On
Tuesday 28 February 2017 Russia and China vetoed draft S/2017/172 on Syria, 9-3-3, Bolivia also
against; on Monday 18 December 2017 the United States vetoed draft S/2017/1060 on Jerusalem,
14-1-0. Resolutions 216 (Friday 12 November 1965) and 217 (Saturday 20 November 1965) on
Southern Rhodesia each passed 10-0-1, France abstaining. Resolution 2565 (vaccines) passed
15-0 on Friday 26 February 2021 and resolution 2593 (Afghanistan) 13-0-2 on Monday 30 August
2021, China and Russia abstaining. On Monday 16 October 2023 the Russian draft S/2023/772 on
Gaza failed 5-4-6; on Wednesday 18 October the United States vetoed the Brazilian draft
S/2023/773, 12-1-2. Resolutions 445 (Thursday 8 March 1979) and 448 (Monday 30 April 1979) on
Southern Rhodesia each passed 12-0-3, Britain, France and the United States abstaining. On
Monday 31 October 1977 the United States, Britain and France vetoed drafts S/12310/Rev.1,
S/12311/Rev.1 and S/12312/Rev.1 on South Africa, each 10-5-0, Canada and West Germany also
against, China and the Soviet Union among those in favour. On Thursday 28 February 2019 China
and Russia vetoed draft S/2019/186 on Venezuela, 9-3-3, South Africa also against; the rival
draft S/2019/190 failed 4-7-4. Resolution 1593 (Darfur) passed 11-0-4 on Thursday 31 March 2005,
Algeria, Brazil, China and the United States abstaining. On Tuesday 26 August 1947 resolution
32 (Indonesia) passed 10-0-1, Britain abstaining, and the Soviet draft S/517 failed 4-1-6,
Poland against. China and Russia vetoed the Syria cross-border drafts S/2020/654 (Tuesday 7 July
2020) and S/2020/667 (Friday 10 July 2020), each 13-2-0. Resolution 502 (the Falklands) passed
10-1-4 on Saturday 3 April 1982: Panama against; China, Poland, Spain and the Soviet Union
abstaining; Britain, France, Japan and the United States among those in favour. On Monday 31
July 2006 resolution 1697 (UNIFIL) passed 15-0 and resolution 1696 (Iran) 14-1-0, Qatar
against. Resolution 84 (the unified command in Korea) passed 7-0-3 on Friday 7 July 1950, Egypt,
India and Yugoslavia abstaining, the Soviet Union absent. On Thursday 27 October 1983 the United
States vetoed draft S/16077/Rev.1 on Grenada, 11-1-3, Britain, Togo and Zaire abstaining. On
Thursday 18 April 2024 the United States vetoed draft S/2024/312 on the admission of Palestine,
12-1-2; on Wednesday 24 April Russia vetoed draft S/2024/302 on weapons in orbit, 13-1-1. On
Sunday 5 December 1971 the Soviet Union vetoed draft S/10423 on India and Pakistan, 11-2-2,
Poland also against, and the Soviet draft S/10418 failed 2-1-12, China against. On Sunday 4
November 1956 the Soviet Union vetoed the American draft S/3730/Rev.1 on Hungary, and
resolution 120 then called an emergency session of the General Assembly, 10-1-0. On Thursday
16 November 2017 the Russian draft S/2017/968 on Syria failed 4-7-4, Bolivia, China, Kazakhstan
and Russia voting yes. Resolution 678 (Iraq) passed 12-2-1 on Thursday 29 November 1990, Cuba
and Yemen against, China abstaining.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_YEAR_END = """THE HORSESHOE LETTER
Year-end issue, Friday 30 December 2016

OUR YEAR AT THE SECURITY COUNCIL

Two votes stood out this year, and we take them from the latest back.

8 OCTOBER -- ALEPPO
On Saturday 8 October a French draft on Aleppo, S/2016/846, was put to the vote. It received
eleven votes in favour, two against and two abstentions. Russia and Venezuela voted no, and
with a permanent member against, the text fell.

2 MARCH -- NORTH KOREA
To see how far the Council drifted one has to go back to spring. On Wednesday 2 March the
Council adopted resolution 2270, tightening sanctions after the January nuclear test. The vote
was fifteen in favour, none against, with no abstentions.
"""


def test_a_year_end_review_reports_each_vote_it_tells_on_its_own_day():
    events = {(e.draft or e.resolution): e for e in _sc(_YEAR_END, "2016-12-30")}
    assert set(events) == {"S/2016/846", "2270"}
    assert (events["S/2016/846"].date, events["S/2016/846"].outcome) == (
        "2016-10-08", "vetoed")
    assert (events["2270"].date, events["2270"].outcome, events["2270"].yes) == (
        "2016-03-02", "adopted", 15)


def test_a_bare_with_goes_on_with_the_list_of_voters():
    [ev] = _sc("UNITED NATIONS, Oct. 8 -- Russia vetoed a French draft on Aleppo in the Security "
               "Council today, 11-2-2. The eleven in favour were France, Britain and the United "
               "States with Egypt, Japan, Malaysia, New Zealand, Senegal, Spain, Ukraine and "
               "Uruguay.", "2016-10-08")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "FRA", "GBR", "USA", "EGY", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "URY"}


def test_a_web_page_subheading_heads_the_text_told_under_it():
    # A page's sentence-case subheadings, each a line of its own over a paragraph printed
    # as one line: "a rival text fails" is the draft the next paragraph names.
    page = (
        "Three drafts, no inquiry | The Turtle Bay Letter\n\n"
        "Good morning. The Security Council voted three times yesterday on a chemical-weapons "
        "inquiry for Syria and adopted nothing.\n"
        "Yesterday: the American text is vetoed\n"
        "A draft put forward by the United States, S/2018/321, got 12 votes in favour, 2 "
        "against and 1 abstention. Russia voted no, so it was vetoed.\n"
        "Yesterday, part two: a rival text fails\n"
        "Shortly afterwards, a rival draft, S/2018/175, was put to the vote. It got only 6 "
        "votes in favour, against 7 no votes and 2 abstentions.\n"
        "Last of the day: a second Russian draft\n"
        "Russia then put forward another text of its own, S/2018/322. It received 5 votes in "
        "favour, 4 against and 6 abstentions.\n")
    events = {e.draft: e for e in _sc(page, "2018-04-11")}
    assert set(events) == {"S/2018/321", "S/2018/175", "S/2018/322"}
    assert (events["S/2018/175"].yes, events["S/2018/175"].no, events["S/2018/175"].outcome) == (
        6, 7, "failed")
    assert (events["S/2018/322"].yes, events["S/2018/322"].no) == (5, 4)


_SUEZ = """CAIRO, Nov. 1 -- Britain and France vetoed two texts in the Security Council on Tuesday.

The American draft asked Israel to withdraw. Seven members voted for it, Britain and France
voted no, and Australia and Belgium abstained.

A few hours later the Soviet delegate put forward a draft along similar lines. It drew seven
votes to two, Britain and France again voting no, the United States and Belgium abstaining.

Yesterday Yugoslavia changed tack. It proposed that the question be sent to an emergency
session of the General Assembly, where no veto applies. It passed by seven votes to two.
"""


def test_a_draft_put_forward_later_passed_by_seven_votes_and_a_referral_proposed_next_day():
    events = _sc(_SUEZ, "1956-11-01")
    assert [(e.date, e.outcome, e.yes, e.no) for e in events] == [
        ("1956-10-30", "vetoed", 7, 2), ("1956-10-30", "vetoed", 7, 2),
        ("1956-10-31", "adopted", 7, 2)]
    assert events[1].votes.get("USA") == "abstain" and "USA" not in events[0].votes


_CHRONOLOGY = """RHODESIA FILE -- year-end letter, Wednesday 30 December 1970

The Council's Rhodesia votes of the year, in order of date.

17 March. A draft from the African and Asian members, S/9696, was vetoed: nine in favour,
two against, four abstaining. Britain voted against, and so -- for the first time in its history --
did the United States.

17 March, later. A milder text, S/9676/Rev.1, got five votes and fell; no veto was needed.

18 March. The Council adopted resolution 277, widening sanctions. The vote was fourteen to
none, Spain abstaining.

10 November. Britain alone vetoed a new draft, S/9976, by twelve votes to one.
"""


def test_a_chronology_dates_each_entry_by_the_day_it_opens_with():
    events = _sc(_CHRONOLOGY, "1970-12-30")
    assert [(e.draft or e.resolution, e.date, e.outcome) for e in events] == [
        ("S/9696", "1970-03-17", "vetoed"), ("S/9676/Rev.1", "1970-03-17", "failed"),
        ("277", "1970-03-18", "adopted"),
        ("S/9976", "1970-11-10", "vetoed")]
    assert events[0].votes == {"GBR": "no", "USA": "no"}


def test_the_council_adopted_resolution_n_is_not_the_text_just_told():
    # "The Council adopted resolution 277" names the body acting, not "the resolution" in
    # hand: after a text that fell, it is another one.
    events = _sc("UNITED NATIONS, March 18 -- In the Security Council today a milder text got "
                 "only five votes in favour, none against and ten abstentions, and so fell well "
                 "short of the nine it needed. No veto was involved. The Council adopted "
                 "resolution 277, widening the sanctions, and Spain abstained.", "1970-03-18")
    assert [(e.resolution, e.outcome) for e in events] == [(None, "failed"), ("277", "adopted")]


def test_a_raid_of_15_april_is_not_the_day_of_the_vote_and_joined_by_extends_a_side():
    [ev] = _sc("VALLETTA, Sunday -- On Monday the Security Council voted down a draft condemning "
               "the air raid on Tripoli and Benghazi of 15 April. The result was nine votes to "
               "five, with one abstention. Voting against were the three Western permanent "
               "members, joined by Australia and Denmark. Venezuela abstained.", "1986-04-27")
    assert ev.date == "1986-04-21"
    assert (ev.votes.get("AUS"), ev.votes.get("DNK"), ev.votes.get("VEN")) == (
        "no", "no", "abstain")


def test_who_cast_the_veto_is_answered_by_a_bare_name():
    [ev] = _sc("What happened at the United Nations this week?\nOn Wednesday the Security "
               "Council voted on a draft, S/16463, on the mining of Nicaragua's ports. It was "
               "defeated by a veto.\nWho cast the veto?\nThe United States. Thirteen members "
               "voted in favour and Britain abstained.", "1984-04-06")
    assert (ev.outcome, ev.vetoed_by, ev.votes.get("USA")) == ("vetoed", ["USA"], "no")


def test_the_earlier_of_two_vetoes_in_three_months_told_with_its_count_is_reported():
    events = _sc("MEXICO CITY, Oct. 29 -- For the second time in three months, the United States "
                 "yesterday vetoed a Security Council draft, S/18428, calling for compliance with "
                 "the World Court's judgment. It got eleven votes in favour, one against and three "
                 "abstentions. The result was the same as on 31 July, when a twin text, "
                 "S/18250, fell: eleven in favour, one against and three abstentions.",
                 "1986-10-29")
    assert [(e.draft, e.date) for e in events] == [("S/18428", "1986-10-28"),
                                                   ("S/18250", "1986-07-31")]


def test_a_vote_of_last_fortnight_counted_in_the_next_sentence_is_reported():
    events = _sc("UNITED NATIONS, Aug. 19 -- The Security Council yesterday adopted resolution "
                 "664 by 15 votes to none. That unity contrasts with the vote on Aug. 6, when the "
                 "Council adopted resolution 661 imposing sanctions on Iraq. That text passed by "
                 "13 votes to none, with Cuba and Yemen abstaining.", "1990-08-19")
    assert [(e.resolution, e.date, e.yes, e.abstain) for e in events] == [
        ("664", "1990-08-18", 15, 0), ("661", "1990-08-06", 13, 2)]


def test_the_five_noes_colon_list():
    [ev] = _sc("On Friday the Security Council voted on a US-drafted sanctions text on Zimbabwe "
               "and it went down, 9 in favour to 5 against, with 1 abstention. The five noes: "
               "China and Russia (both vetoes, of course), plus Libya, South Africa and Viet Nam.",
               "2008-07-13")
    assert {c for c, v in ev.votes.items() if v == "no"} == {"CHN", "RUS", "LBY", "ZAF", "VNM"}
    assert ev.vetoed_by == ["CHN", "RUS"]


_DIGEST = """WEEKLY COUNCIL LETTER -- Saturday, 21 July 2012

IN THIS ISSUE: three votes in two days; what the Syria vetoes mean; next week.

1. THURSDAY: CYPRUS, THEN SYRIA

On Thursday morning the Council renewed the force in Cyprus. Resolution 2058 passed 13-0-2.

Then came Syria. The Western text, S/2012/538, tabled by Britain, France, Germany, Portugal and
the United States, received 11 votes in favour and 2 against. The two against were China and
Russia.

2. FRIDAY: THE OBSERVERS

On Friday afternoon the Council adopted resolution 2059, a short British text giving the
observers thirty more days. It was unanimous.
"""


def test_a_digest_of_three_votes_keeps_them_apart():
    events = _sc(_DIGEST, "2012-07-21")
    assert [(e.draft or e.resolution, e.date, e.outcome) for e in events] == [
        ("2058", "2012-07-19", "adopted"), ("S/2012/538", "2012-07-19", "vetoed"),
        ("2059", "2012-07-20", "adopted")]


def test_a_french_draft_after_a_unanimous_vote_is_another_text_on_the_day_then_names():
    events = _sc("UNITED NATIONS -- The Security Council kept its mission in Haiti on Thursday. "
                 "Resolution 2313 gives it six more months. All fifteen members voted for it.\n\n"
                 "Things went otherwise on Saturday. Then, a French draft (S/2016/846) on Aleppo "
                 "was vetoed by Russia, 11 votes to 2 with 2 abstentions.", "2016-10-14")
    assert [(e.draft or e.resolution, e.date, e.outcome, e.yes) for e in events] == [
        ("2313", "2016-10-13", "adopted", 15), ("S/2016/846", "2016-10-08", "vetoed", 11)]


_WEEK = """Three votes in a week | The Ledger
Thursday 3 March 2022

The road to yesterday's Assembly vote began in the Security Council last week.

Friday: the veto

A draft on Russia's war against Ukraine, S/2022/155, was put to the 15-member Security
Council. Eleven members voted yes. Russia voted no, vetoing it.

Sunday: the procedural vote

Two days later the Council met again and adopted resolution 2623, tabled by Albania and the
United States, sending the matter to the General Assembly. The count was the same -- Russia
against, China, India and the United Arab Emirates abstaining.
"""


def test_a_review_by_weekday_headings_keeps_a_veto_and_a_procedural_vote_apart():
    events = _sc(_WEEK, "2022-03-03")
    assert [(e.draft or e.resolution, e.date, e.outcome) for e in events] == [
        ("S/2022/155", "2022-02-25", "vetoed"), ("2623", "2022-02-27", "adopted")]
    assert events[1].sponsors == ["ALB", "USA"] and not events[0].sponsors
    assert events[1].votes == {"RUS": "no", "CHN": "abstain", "IND": "abstain", "ARE": "abstain"}


def test_chronology_entries_closed_by_their_symbol_are_the_story():
    events = _sc("VETO WATCH -- year-end issue, Friday 29 December 2017\n\n"
                 "28 February -- Syria sanctions. A Security Council text listing Syrians for "
                 "sanctions fails, 9-3-3; Russia and China veto it. (S/2017/172)\n\n"
                 "18 December -- Jerusalem. A draft on the city's status is vetoed by the "
                 "United States, 14 to 1. (S/2017/1060)\n\n"
                 "Looking ahead: five new members take their seats on 1 January.\n",
                 "2017-12-29")
    assert [(e.draft, e.date, e.outcome) for e in events] == [
        ("S/2017/172", "2017-02-28", "vetoed"), ("S/2017/1060", "2017-12-18", "vetoed")]


def test_a_chronology_in_the_present_tense_and_votes_were_cast_in_favour():
    events = _sc("RHODESIA: TWO WEEKS AT THE UNITED NATIONS -- Wednesday 24 November 1965\n\n"
                 "12 November -- The Security Council adopts resolution 216, ten votes to none, "
                 "France abstaining.\n\n"
                 "20 November -- On Saturday the Council adopts a longer text, resolution 217. "
                 "Again ten votes were cast in favour with none against.\n", "1965-11-24")
    assert [(e.resolution, e.date, e.yes, e.no) for e in events] == [
        ("216", "1965-11-12", 10, 0), ("217", "1965-11-20", 10, 0)]


def test_a_review_item_labelled_in_capitals_with_its_day_in_brackets():
    events = _sc("COUNCIL WATCH -- Wednesday, 15 December 2021\n\n"
                 "A look back at two Security Council votes of the year.\n\n"
                 "VACCINES (26 February). The Council adopted resolution 2565 on vaccine "
                 "access, 15-0.\n\n"
                 "AFGHANISTAN (30 August). The Council adopted resolution 2593 by 13 votes to "
                 "none; Russia and China abstained.\n", "2021-12-15")
    assert [(e.resolution, e.date) for e in events] == [("2565", "2021-02-26"),
                                                        ("2593", "2021-08-30")]


def test_it_was_the_turn_of_a_text_on_wednesday_of_last_week():
    events = _sc("BRASILIA, Oct. 28 -- On Monday of last week a Russian draft on Gaza, "
                 "S/2023/772, fell in the Security Council with only five votes.\n\n"
                 "On Wednesday of last week it was Brasilia's turn. The Brazilian text, "
                 "S/2023/773, got twelve votes in favour, but Washington voted no, a veto.",
                 "2023-10-28")
    assert [(e.draft, e.date) for e in events] == [("S/2023/772", "2023-10-16"),
                                                   ("S/2023/773", "2023-10-18")]


def test_the_earlier_vote_of_the_second_time_in_eight_weeks_told_in_the_pluperfect():
    events = _sc("LAGOS, May 7 -- For the second time in eight weeks Britain, France and the "
                 "United States abstained on Southern Rhodesia. Last Monday the Security Council "
                 "adopted resolution 448 on the elections, twelve votes to none with three "
                 "abstentions.\n\nOn March 8, a Thursday, the Council had condemned the raids "
                 "into Zambia in resolution 445. That vote, too, ended 12-0-3.", "1979-05-07")
    assert [(e.resolution, e.date, e.yes, e.abstain) for e in events] == [
        ("448", "1979-04-30", 12, 3), ("445", "1979-03-08", 12, 3)]


def test_three_symbols_counted_at_once_and_the_sides_said_for_all_three():
    events = _sc("DAR ES SALAAM, Nov. 2 -- The Western powers on Monday vetoed three African "
                 "drafts in the Security Council.\n\nEach of the three texts -- S/12310/Rev.1, "
                 "S/12311/Rev.1 and S/12312/Rev.1 -- got ten votes in favour and five against. "
                 "The five who voted against were the same each time: the United States, Britain "
                 "and France, joined by Canada and West Germany.\n\nThe West says it will offer "
                 "a text of its own later this week.\n\nAmong those voting for all three drafts "
                 "were the Soviet Union and China.", "1977-11-02")
    assert [e.draft for e in events] == ["S/12310/Rev.1", "S/12311/Rev.1", "S/12312/Rev.1"]
    for ev in events:
        assert (ev.date, ev.yes, ev.no) == ("1977-10-31", 10, 5)
        assert ev.votes == {"USA": "no", "GBR": "no", "FRA": "no", "CAN": "no", "DEU": "no",
                            "SUN": "yes", "CHN": "yes"}


def test_a_question_about_the_first_or_the_second_text_points_its_answer():
    events = _sc("Q: What did the Security Council vote on yesterday?\nA: Two rival drafts on "
                 "Venezuela. The first, S/2019/186, asked for elections. The second, S/2019/190, "
                 "backed dialogue.\nQ: What happened to the first?\nA: Russia and China "
                 "vetoed it. It had nine votes in favour.\nQ: And the second?\nA: Only four "
                 "members supported it, and seven voted against.", "2019-03-01")
    assert [(e.draft, e.outcome, e.yes) for e in events] == [
        ("S/2019/186", "vetoed", 9), ("S/2019/190", "failed", 4)]


def test_one_of_the_four_takes_the_side_counted_with_four():
    [ev] = _sc("The Security Council on Thursday adopted resolution 1593 by 11 votes in favour, "
               "none against and four abstentions. Brazil was one of the four. So were the "
               "United States, China and Algeria.", "2005-04-02")
    assert {c for c, v in ev.votes.items() if v == "abstain"} == {"BRA", "USA", "CHN", "DZA"}


def test_a_second_proposal_also_put_to_the_vote_and_a_call_of_1_august():
    events = _sc("LAKE SUCCESS, Aug. 27 -- The Security Council on Tuesday repeated its call for a "
                 "cease-fire in Indonesia. The resolution which passed asks both sides to respect "
                 "the Council's cease-fire call of 1 August. It was adopted by ten votes to none, "
                 "Britain abstaining.\n\nA second proposal, put forward by the Soviet "
                 "delegation, was also put to the vote. It gathered only four votes in favour; "
                 "Poland voted against it.", "1947-08-27")
    assert [(e.date, e.outcome, e.yes) for e in events] == [
        ("1947-08-26", "adopted", 10), ("1947-08-26", "failed", 4)]


def test_an_earlier_text_met_the_same_fate_russia_and_china_against():
    events = _sc("GENEVA, July 11 -- On Friday Russia and China voted against a Security Council "
                 "draft on aid to Syria, S/2020/667. Thirteen members voted in favour, and it was "
                 "vetoed.\n\nOn Tuesday an earlier text, S/2020/654, met the same fate: 13 in "
                 "favour, Russia and China against. The votes were cast in writing, under the "
                 "procedures the Council adopted because of the pandemic.", "2020-07-11")
    assert [(e.draft, e.date, e.outcome, e.vetoed_by) for e in events] == [
        ("S/2020/667", "2020-07-10", "vetoed", ["CHN", "RUS"]),
        ("S/2020/654", "2020-07-07", "vetoed", ["CHN", "RUS"])]


def test_neither_nor_chose_to_block_and_among_the_yes_votes():
    [ev] = _sc("On Saturday the Security Council adopted resolution 502 on the Falklands, ten "
               "votes to one with four abstentions. Neither Moscow nor Beijing chose to block "
               "the text. Among the yes votes: Britain, the United States, France and Japan.",
               "1982-04-05")
    assert (ev.outcome, ev.vetoed_by) == ("adopted", [])
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"GBR", "USA", "FRA", "JPN"}


def test_resolution_n_extends_then_all_fifteen_voted_for_it_and_the_same_day_another():
    events = _sc("NEW YORK, Aug. 1 -- The Security Council on Monday kept UNIFIL in Lebanon for "
                 "one more month. Resolution 1697 extends the force until 31 August. All fifteen "
                 "members voted for it.\n\nThe same day the Council turned to Iran. Resolution "
                 "1696 demands that Tehran suspend enrichment. Fourteen members voted in favour "
                 "and Qatar voted against it.", "2006-08-01")
    assert [(e.resolution, e.yes, e.no) for e in events] == [("1697", 15, 0), ("1696", 14, 1)]


def test_the_charter_rule_said_after_the_votes_does_not_silence_them():
    [ev] = _sc("LAKE SUCCESS, July 7 -- The Security Council tonight adopted the resolution on a "
               "unified command in Korea by seven votes to none. Britain and France voted in "
               "favour, as did the United States, Nationalist China, Norway, Cuba and Ecuador -- "
               "seven, exactly the number the Charter requires.", "1950-07-08")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GBR", "FRA", "USA", "TWN", "NOR", "CUB", "ECU"}


def test_and_the_abstentions_answered_by_a_count_then_the_names():
    [ev] = _sc("HOST: The Security Council voted last night on Grenada?\n"
               "REPORTER: Yes. Eleven members voted for the draft, and the United States voted "
               "against it, a veto.\nHOST: And the abstentions?\nREPORTER: Three.\n"
               "Britain, Togo and Zaire.", "1983-10-28")
    assert {c for c, v in ev.votes.items() if v == "abstain"} == {"GBR", "TGO", "COD"}


def test_a_run_in_label_before_on_thursday_of_last_week():
    events = _sc("TOKYO, April 26 -- Two vetoes in a week at the Security Council.\n\n"
                 "Space. On Wednesday Russia vetoed a draft on weapons in orbit, S/2024/302, "
                 "drafted by Japan and the United States.\n\n"
                 "Palestine. On Thursday of last week it was Washington's turn. The United States "
                 "vetoed a draft, tabled by Algeria, that would have admitted Palestine; the vote "
                 "was 12 in favour, 1 against and 2 abstentions.", "2024-04-26")
    assert [e.date for e in events] == ["2024-04-24", "2024-04-18"]


def test_at_the_same_sitting_a_soviet_draft_was_also_put_to_the_vote():
    events = _sc("NEW YORK, Dec. 5 -- The Soviet Union today vetoed a Security Council draft "
                 "calling for a cease-fire between India and Pakistan. It received eleven votes in "
                 "favour; the Soviet Union and Poland voted against it.\n\nAt the same sitting a "
                 "Soviet draft on a political settlement was also put to the vote. Only two "
                 "members voted for it, and China voted against.", "1971-12-06")
    assert [(e.outcome, e.yes, e.sponsors) for e in events] == [
        ("vetoed", 11, []), ("failed", 2, ["SUN"])]


def test_a_resolution_numbered_in_passing_and_counted_as_it_in_the_same_paragraph():
    events = _sc("VIENNA, Nov. 5 -- In the Security Council yesterday an American draft on Hungary "
                 "received nine votes, and the Soviet delegate voted against it.\n\nAt the same "
                 "sitting the Western powers turned to the 1950 procedure. A short resolution, "
                 "120 in the Council's numbering, calls an emergency session of the General "
                 "Assembly. It was adopted by ten votes to one.", "1956-11-05")
    assert [(e.resolution, e.outcome, e.yes) for e in events] == [
        (None, "vetoed", 9), ("120", "adopted", 10)]


def test_a_count_then_its_members_in_brackets():
    [ev] = _sc("The Security Council voted on Thursday on a Russian draft on Syria. Result: 4 yes "
               "(Russia, China, Bolivia, Kazakhstan), 7 no, 4 abstentions.", "2017-11-17")
    assert (ev.outcome, ev.yes) == ("failed", 4)
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"RUS", "CHN", "BOL", "KAZ"}


def test_for_the_first_time_ever_is_this_vote():
    [ev] = _sc("UNITED NATIONS, March 18 -- A draft on Southern Rhodesia was vetoed in the "
               "Security Council yesterday, nine votes to two. Britain voted against, and so -- "
               "for the first time ever -- did the United States.", "1970-03-18")
    assert ev.votes == {"GBR": "no", "USA": "no"} and ev.vetoed_by == ["GBR", "USA"]


def test_a_chronology_entry_numbers_its_text_then_says_adopted():
    events = _sc("THE GULF FILE -- Friday, 7 December 1990\n\nThe Security Council's year on "
                 "Iraq, entry by entry.\n\n6 August -- Sanctions. Resolution 661 imposes an "
                 "embargo on Iraq. Adopted 13-0, Cuba and Yemen abstaining.\n\n"
                 "29 November -- Force. Resolution 678 authorises all necessary means. Adopted "
                 "12-2, Cuba and Yemen against, China abstaining.\n", "1990-12-07")
    assert [(e.resolution, e.date, e.yes) for e in events] == [
        ("661", "1990-08-06", 13), ("678", "1990-11-29", 12)]
