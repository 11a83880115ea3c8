"""Generalisation checks from the fourteenth session: the blind sets heldout79 and heldout80
studied after they were scored, and heldout7 read again.

Facts are Sciences Po's; drafters are Voting-Agent's "Submitted by". Resolution 1373
(terrorism) passed 15-0 on Friday 28 September 2001. Resolution 242 (the Middle East) passed
15-0 on Wednesday 22 November 1967. Resolution 2601 (children and armed conflict) passed 15-0
on Friday 29 October 2021, submitted by Norway and Niger. Resolution 186 (the force in Cyprus)
passed 11-0 on Wednesday 4 March 1964, the Soviet Union and Czechoslovakia voting yes.
Resolution 1057 (UNDOF) passed 15-0 on Thursday 30 May 1996. On Thursday 28 January 1999 the
Council renewed UNIFIL (resolution 1223), MINURSO (1224) and UNOMIG (1225), each 15-0.
Resolution 1906 (MONUC) passed 15-0 on Wednesday 23 December 2009 and 1925 (MONUSCO) 15-0 on
Friday 28 May 2010. On Thursday 29 July 2004 resolutions 1553 (UNIFIL), 1554 (UNOMIG) and 1555
(MONUC) passed 15-0 each, Brazil on the Council. Resolution 2250 (youth, peace and security)
passed 15-0 on Wednesday 9 December 2015, submitted by thirteen states, Jordan, Chile, Nigeria
and Spain among them. Resolution 2197 (UNFICYP) passed 15-0 on Thursday 29 January 2015; on
Tuesday 30 December 2014 draft S/2014/916 on Palestine failed 8-2-5 (UN Library meeting
table). Resolution 2334 (settlements) passed 14-0-1 on Friday 23 December 2016, the United
States abstaining. On Tuesday 10 April 2018 (UN Library meeting table, Voting-Agent) the
American draft S/2018/321 on a Syria chemical-weapons inquiry was vetoed by Russia 12-2-1,
Bolivia also voting no and China abstaining; the Russian draft S/2018/175 failed 6-7-2 and a
second Russian draft, S/2018/322, failed 5-4-6. Resolution 2435 (Colombia verification mission)
passed 15-0 on Thursday 13 September 2018 with Peru and Bolivia on the Council. Resolution 2757
(EUFOR Althea) passed 15-0 on Friday 1 November 2024 with Malta and Switzerland on the Council.
Resolution 118 (Suez) passed 11-0 on Saturday 13 October 1956. Resolution 661 (Iraq) passed
13-0-2 on Monday 6 August 1990, Cuba and Yemen abstaining. On Thursday 19 July 2012 China and
Russia vetoed draft S/2012/538 on Syria, 11-2-2, Pakistan and South Africa abstaining, the
eleven being the P3, Azerbaijan, Colombia, Germany, Guatemala, India, Morocco, Portugal and Togo
(Voting-Agent). Resolution 2334 was submitted by Malaysia, New Zealand, Senegal and Venezuela.
On Tuesday 30 September 1975 the United States vetoed draft S/11832 on the admission of the
Republic of South Viet-Nam, 14-1-0 (UN Library veto list and meeting table), the elected members
being Byelorussia, Cameroon, Costa Rica, Guyana, Iraq, Italy, Japan, Mauritania, Sweden and
Tanzania. On Friday 23 May 1986 Britain and the United States vetoed draft S/18087/Rev.1 on
southern Africa, 12-2-1. Resolution 678 (Thursday 29 November 1990) passed 12-2-1, Cuba and
Yemen against, China abstaining. On Tuesday 26 July 1960 the Soviet draft on the RB-47 failed
2-9-0 and the Soviet Union vetoed the American draft S/4411 and the Italian S/4409/Rev.1, each
9-2-0 with Poland also voting no (UN Library meeting table). Resolution 574 (Angola) passed
15-0 on Monday 7 October 1985. Resolution 1973 (Libya) passed 10-0-5 on Thursday 17 March 2011.
"""

from unvotes.extract import extract
from unvotes.extract.documents import html_to_document


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def _one(text: str, published: str | None = None):
    events = _sc(text, published)
    assert len(events) == 1, [e.to_dict() for e in events]
    return events[0]


def test_with_the_votes_of_all_its_fifteen_members_is_unanimous():
    ev = _one("NEW YORK, Sept. 28 -- The Security Council on Friday adopted resolution 1373 on "
              "terrorism, a text written by the United States, with the votes of all its fifteen "
              "members.", "2001-09-29")
    assert (ev.outcome, ev.yes, ev.no, ev.abstain) == ("adopted", 15, 0, 0)


def test_an_anniversary_piece_reports_the_old_vote_on_its_own_day():
    ev = _one("Fifty years on\n\nHalf a century ago this week the Security Council found words "
              "that both sides could live with.\n\nOn 22 November 1967 the Security Council "
              "adopted resolution 242, the land-for-peace formula.\n\nThe vote was fifteen to "
              "nothing. Diplomats still argue over a missing definite article.",
              "2017-11-21")
    assert ev.date == "1967-11-22"
    assert ev.resolution == "242"
    assert (ev.yes, ev.no, ev.abstain) == (15, 0, 0)


def test_a_page_laid_out_in_a_table_keeps_the_story_apart_from_its_date_stamp():
    page = (
        "<html><head><title>Council acts on terrorism</title>"
        '<meta name="date" content="2001-09-29T03:10:00+03:00"></head><body>'
        '<table width="770"><tr><td class="menu">Home | World | Sport</td></tr>'
        '<tr><td class="story"><span class="stamp">29.09.2001 - 03:10</span>'
        "<h1>Council acts on terrorism</h1>"
        "<p>NEW YORK (XNA) - The United Nations Security Council has adopted a resolution "
        "obliging all states to cut off the money that feeds terrorist groups.</p>"
        "<p>The fifteen members approved resolution 1373 unanimously at a meeting on Friday. "
        "The text was drafted by the United States.</p>"
        "<p>States must report within ninety days on what they have done.</p>"
        "</td><td>LATEST Markets close higher | Weather</td></tr></table></body></html>")
    doc = html_to_document(page)
    ev = _one(doc.text, doc.published)
    assert ev.date == "2001-09-28"
    assert ev.resolution == "1373"
    assert "Home | World" not in doc.text.split("NEW YORK")[1]


def test_a_colon_list_of_drafters_with_places_between_them():
    ev = _one("The Security Council voted on Friday, and all fifteen members backed "
              "resolution 2601, which protects schools in war. Two countries wrote the "
              "resolution together: Norway, in the north of Europe, and Niger, in West Africa.",
              "2021-10-31")
    assert ev.sponsors == ["NOR", "NER"]


def test_among_those_raising_their_hands_were():
    ev = _one("UNITED NATIONS, March 4 -- The Security Council tonight voted 11 to 0 to send a "
              "peace-keeping force to Cyprus. Among those raising their hands were the Soviet "
              "Union and Czechoslovakia.", "1964-03-05")
    assert ev.votes == {"SUN": "yes", "CSK": "yes"}


def test_renewing_an_observer_force_by_name_is_an_adoption():
    ev = _one("UNITED NATIONS, May 30 -- The Security Council on Thursday renewed the UN "
              "Disengagement Observer Force on the Golan Heights for six months in resolution "
              "1057.", "1996-05-31")
    assert (ev.outcome, ev.resolution, ev.date) == ("adopted", "1057", "1996-05-30")


def test_the_use_of_force_is_not_a_renewal():
    assert _sc("Security Council members renewed the argument over the use of force in "
               "Libya on Thursday.", "2011-03-18") == []


def test_items_run_in_under_capital_labels_are_separate_texts():
    events = _sc(
        "COUNCIL ROUND-UP\n\nThursday was a busy day in the Security Council chamber.\n\n"
        "LEBANON. Resolution 1223 (1999) extends UNIFIL for six months. It was adopted by 15 "
        "votes to none.\n\nWESTERN SAHARA. Resolution 1224 (1999) extends MINURSO. It too was "
        "adopted unanimously.\n\nGEORGIA. At the same meeting the Council renewed the UN "
        "Observer Mission in Georgia in resolution 1225 (1999), again unanimously.",
        "1999-02-01")
    assert [e.resolution for e in events] == ["1223", "1224", "1225"]
    assert all(e.outcome == "adopted" and e.yes == 15 for e in events)
    assert all(e.date == "1999-01-28" for e in events)


def test_the_earlier_of_two_votes_the_story_counts_is_news_too():
    events = _sc(
        "KINSHASA, May 29 -- The Security Council on Friday unanimously adopted resolution "
        "1925, turning the mission into MONUSCO. It was the second time in six months that the "
        "Council had to decide the mission's future. On 23 December the Council, by resolution "
        "1906, gave MONUC a short extension. That vote, too, was unanimous.", "2010-05-29")
    assert [(e.resolution, e.date) for e in events] == [("1925", "2010-05-28"),
                                                         ("1906", "2009-12-23")]
    assert (events[1].outcome, events[1].yes, events[1].no, events[1].abstain) == (
        "adopted", 15, 0, 0)


def test_a_decision_that_follows_an_earlier_one_leaves_the_older_its_own_day():
    events = _sc(
        "For the second time this year the Security Council has renewed the Congo mission. On "
        "Friday the Council adopted resolution 1925 by fifteen votes to none. Friday's "
        "decision follows the earlier renewal, resolution 1906, adopted on 23 December. That "
        "vote was also fifteen to none.", "2010-05-30")
    assert [(e.resolution, e.date) for e in events] == [("1925", "2010-05-28"),
                                                         ("1906", "2009-12-23")]


def test_a_member_voting_yes_on_all_the_texts_the_lead_counts():
    events = _sc(
        "The Security Council renewed three missions on Thursday. All three were adopted "
        "without a vote against, and Brazil voted yes on all three.\n\nFirst, by resolution "
        "1553, the Council extended UNIFIL in Lebanon. At the same meeting it adopted "
        "resolution 1554 on Georgia. Last came resolution 1555 on the Congo.",
        "2004-07-31")
    assert [e.resolution for e in events] == ["1553", "1554", "1555"]
    assert all(e.votes.get("BRA") == "yes" for e in events)


def test_drafters_closed_by_among_other_members_are_not_the_voters_after_them():
    ev = _one("The Security Council adopted resolution 2250 on youth on Wednesday by 15 votes "
              "to none. The text was co-sponsored by Jordan together with Chile, Nigeria and "
              "Spain, among other Council members, and all five permanent members voted in "
              "favour.", "2015-12-10")
    assert ev.sponsors == ["JOR", "CHL", "NGA", "ESP"]
    assert ev.votes == {}


def test_a_failed_draft_told_after_last_december_when_is_background():
    ev = _one("NICOSIA, Jan 30 -- The Security Council on Thursday unanimously renewed the "
              "peacekeeping force in Cyprus with resolution 2197. The calm vote was a contrast "
              "to last December, when a draft on Palestine that would have set a deadline for "
              "an Israeli withdrawal failed to win the nine votes it needed. That draft "
              "received eight votes in favour, two against and five abstentions.", "2015-01-30")
    assert (ev.resolution, ev.outcome) == ("2197", "adopted")


def test_members_that_were_the_abstentions():
    ev = _one("The Security Council on Friday adopted resolution 2334 on settlements with 14 "
              "votes in favour and none against. The United States was the only abstention.",
              "2016-12-24")
    assert ev.votes == {"USA": "abstain"}


def test_an_aside_between_a_vote_and_so_did():
    ev = _one("The Security Council on Friday renewed the European force in Bosnia with "
              "resolution 2757, adopted unanimously. Russia voted in favour, which in the "
              "present climate is worth noting, and so did Malta and Switzerland.", "2024-11-02")
    assert ev.votes == {"RUS": "yes", "MLT": "yes", "CHE": "yes"}


def test_among_the_votes_in_favour_were_those_of_our_neighbours():
    ev = _one("BOGOTA, Sept. 14 -- The Security Council yesterday adopted resolution 2435 "
              "unanimously. Among the votes in favour were those of our neighbours Peru and "
              "Bolivia, both of which sit on the Council this year.", "2018-09-14")
    assert ev.votes == {"PER": "yes", "BOL": "yes"}


_THREE_SYRIA_VOTES = (
    "UNITED NATIONS, April 10 -- The Security Council held three votes on chemical weapons in "
    "Syria on Tuesday and passed nothing. The proposal that mattered most, an American text, "
    "would have set up a new inquiry. Twelve members voted for it. Russia and Bolivia voted "
    "against, and the Russian \"no\" was a veto. Russia's own text, which would have let "
    "the Council approve the inquiry's findings, fared worse. It gathered six votes, with "
    "seven against and two abstentions. A further proposal on the same subject failed by five "
    "votes to four, with six abstentions.")


def test_a_members_own_text_and_a_further_proposal_are_other_drafts():
    events = _sc(_THREE_SYRIA_VOTES, "2018-04-11")
    # (the first text's "no" count is not given: three members are not accounted for)
    assert [(e.outcome, e.yes, e.no) for e in events] == [
        ("vetoed", 12, None), ("failed", 6, 7), ("failed", 5, 4)]
    assert events[0].vetoed_by == ["RUS"]
    assert events[0].votes == {"RUS": "no", "BOL": "no"}
    assert (events[1].abstain, events[2].abstain) == (2, 6)


def test_the_councils_own_resolution_is_not_another_draft():
    ev = _one("The Security Council on Friday adopted resolution 2334 on settlements by 14 "
              "votes to none, the United States abstaining. The text builds on the council's "
              "own resolution of 1980 on Jerusalem.", "2016-12-24")
    assert (ev.resolution, ev.yes, ev.abstain) == ("2334", 14, 1)


def test_the_votes_of_a_condition_are_no_vote():
    assert _sc("How the Security Council votes, for first-year members. A no from a permanent "
               "member counts as a veto only if the draft would otherwise have passed. If a "
               "text gets only six votes, it fails for lack of votes.", "2024-03-18") == []


def test_the_second_of_the_two_drafts_with_its_symbol_is_one_text():
    events = _sc(
        "The Security Council voted twice on Syria on Tuesday and passed nothing. The second "
        "of the two drafts put to the vote, S/2018/175, fared worse: it drew six votes in "
        "favour and seven against, with two abstentions. Minutes earlier the Council had "
        "voted on S/2018/321, an American text. It got twelve votes, but Russia voted "
        "against and its no was a veto.", "2018-04-11")
    assert [(e.draft, e.outcome, e.yes) for e in events] == [
        ("S/2018/175", "failed", 6), ("S/2018/321", "vetoed", 12)]


def test_a_text_with_a_symbol_of_its_own_is_another_draft():
    events = _sc(
        "UNITED NATIONS, April 10 -- The Security Council today voted on an inquiry text put "
        "forward by a group of members, draft S/2018/321. It received 12 votes, but Russia "
        "voted against, and its negative vote was a veto. A Russian text, S/2018/175, was put "
        "to the vote the same afternoon. It drew only six votes.", "2018-04-11")
    assert [(e.draft, e.outcome) for e in events] == [
        ("S/2018/321", "vetoed"), ("S/2018/175", "failed")]


def test_an_agency_bracket_before_the_dateline_on_its_own_line():
    ev = _one("THE EVENING PAPER\nMonday, October 15, 1956\n\nSUEZ: COUNCIL AGREES ON SIX "
              "PRINCIPLES\n\n(A.A.P.-Reuter)  NEW YORK, October 13.\n\nThe Security Council "
              "today unanimously adopted six principles for a Suez settlement, by eleven votes "
              "to none.", "1956-10-15")
    assert ev.date == "1956-10-13"


def test_a_renewal_that_will_probably_be_adopted_is_not_news():
    assert _sc("WHAT TO WATCH: UNMISS. The Security Council takes up South Sudan next week. "
               "Expect a twelve-month renewal, probably adopted by consensus or by a large "
               "majority.", "2021-03-04") == []


def test_members_named_on_both_sides_of_voted_with_voted_yes():
    ev = _one("The Security Council voted 13 to none, with two abstentions, on Monday to "
              "impose sanctions on Iraq in resolution 661. Cuba and Yemen abstained. The Soviet "
              "Union voted with the United States and Britain.", "1990-08-07")
    assert ev.votes == {"CUB": "abstain", "YEM": "abstain", "SUN": "yes", "USA": "yes",
                        "GBR": "yes"}


def test_the_n_were_names_a_count_told_further_up():
    ev = _one(
        "Security Council, Thursday: the draft on Syria, S/2012/538, got eleven votes and was "
        "still thrown out, because China and Russia both voted no. Pakistan and South Africa "
        "abstained.\n\nThe Syrian opposition called the result a licence to kill. Aid "
        "agencies said the fighting in Damascus was the worst yet. Diplomats said another "
        "text was unlikely before the summer recess. Nobody expected the envoy to stay.\n\n"
        "For the record, the eleven were Azerbaijan, Colombia, Germany, Guatemala, India, "
        "Morocco, Portugal, Togo and the three Western permanent members.", "2012-07-20")
    assert {c for c, v in ev.votes.items() if v == "yes"} >= {
        "AZE", "COL", "DEU", "GTM", "IND", "MAR", "PRT", "TGO"}


def test_sponsored_by_a_group_among_them():
    ev = _one("The Security Council on Friday adopted resolution 2334 by 14 votes to none. "
              "It was sponsored by a group of Islamic and non-aligned states, among them "
              "Malaysia, Senegal and Venezuela.", "2016-12-24")
    assert ev.sponsors == ["MYS", "SEN", "VEN"]


def test_a_veto_used_once_again_is_this_weeks_news():
    ev = _one("NEW YORK, Sept. 30 -- The United States has once again used its veto in the "
              "Security Council to keep the Republic of South Viet-Nam out of the United "
              "Nations. The draft, S/11832, received fourteen votes in favour.", "1975-10-01")
    assert (ev.outcome, ev.vetoed_by, ev.date) == ("vetoed", ["USA"], "1975-09-30")


def test_voted_for_admission_without_exception_then_the_list():
    ev = _one("NEW YORK, Sept. 30 -- The United States vetoed the admission of the Republic of "
              "South Viet-Nam in the Security Council today. The elected members voted for "
              "admission without exception: Byelorussia, Cameroon, Costa Rica, Guyana, Iraq, "
              "Italy, Japan, Mauritania, Sweden and Tanzania.", "1975-10-01")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "BLR", "CMR", "CRI", "GUY", "IRQ", "ITA", "JPN", "MRT", "SWE", "TZA"}


def test_blocked_by_the_votes_of_and_those_of_two_capitals():
    for text in ("The draft on southern Africa fell at the Security Council on Friday, blocked "
                 "by the votes of the United States and the United Kingdom.",
                 "The draft on southern Africa fell at the Security Council on Friday by twelve "
                 "votes to two. The two votes against were those of Washington and London."):
        ev = _one(text, "1986-05-24")
        assert (ev.outcome, sorted(ev.vetoed_by)) == ("vetoed", ["GBR", "USA"]), text
        assert ev.votes == {"USA": "no", "GBR": "no"}, text


def test_the_n_members_who_did_something_then_the_list():
    ev = _one("The Security Council on Thursday authorised force against Iraq by twelve votes "
              "to two, with one abstention. The twelve members who stood with Kuwait deserve "
              "to be named: the United States, Britain, France, the Soviet Union, Canada, "
              "Colombia, Cote d'Ivoire, Ethiopia, Finland, Malaysia, Romania and Zaire.",
              "1990-11-30")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "USA", "GBR", "FRA", "SUN", "CAN", "COL", "CIV", "ETH", "FIN", "MYS", "ROU", "COD"}


def test_each_opposed_by_the_same_two_and_the_other_texts_symbol():
    events = _sc(
        "NEW YORK, July 26 -- The Security Council voted three times today on the RB-47 "
        "reconnaissance plane. The Soviet resolution was beaten, two votes to nine. The two "
        "Western proposals were then vetoed. Each got nine votes, and each was opposed by the "
        "same two: the Soviet Union and Poland. The American draft carries the symbol S/4411; "
        "the Italian one is S/4409/Rev.1.", "1960-07-27")
    assert [e.outcome for e in events] == ["failed", "vetoed", "vetoed"]
    assert {e.draft for e in events[1:]} == {"S/4411", "S/4409/Rev.1"}
    assert all(e.votes == {"SUN": "no", "POL": "no"} for e in events[1:])


def test_a_transcripts_answers_to_who_abstained_and_who_was_in_favour():
    ev = _one(
        "[00:05] HOST: China and Russia vetoed the Syria draft in the Security Council "
        "yesterday. Eleven votes in favour, two against, two abstentions.\n\n"
        "[00:12] GUEST: The draft was S/2012/538.\n\n"
        "[00:15] HOST: Who abstained?\n\n"
        "[00:16] GUEST: Pakistan and South Africa.\n\n"
        "[00:20] HOST: And who was in favour, besides the three Western powers?\n\n"
        "[00:23] GUEST: Among others, Germany and Portugal, plus India, Colombia and Morocco.",
        "2012-07-20")
    assert ev.votes == {"CHN": "no", "RUS": "no", "PAK": "abstain", "ZAF": "abstain",
                        "DEU": "yes", "PRT": "yes", "IND": "yes", "COL": "yes", "MAR": "yes"}


def test_a_members_habit_told_in_an_aside_is_no_vote_of_its_own():
    ev = _one("The Security Council on Monday condemned South Africa's raid into Angola in "
              "resolution 574, adopted by fifteen votes to none. The vote was notable for the "
              "position of the United States and Britain, which in recent years have often "
              "abstained or blocked stronger texts on southern Africa. Both voted in favour on "
              "Monday.", "1985-10-12")
    assert ev.votes == {"USA": "yes", "GBR": "yes"}


def test_a_habit_in_a_long_aside_leaves_the_main_vote():
    ev = _one("The Security Council on Monday condemned South Africa's raid into Angola in "
              "resolution 574, adopted unanimously. The United States, which as a rule sides "
              "with Pretoria's friends and has often abstained on such texts, voted in favour.",
              "1985-10-12")
    assert ev.votes == {"USA": "yes"}


def test_a_headline_gives_the_day_the_council_voted():
    ev = _one("THE ENERGY BRIEFING\nMonday, March 21, 2011\n\nEXPLAINER: THE NO-FLY ZONE -- "
              "WHAT THE COUNCIL VOTED LAST THURSDAY\n\nWhat was adopted?\n\nResolution "
              "1973 of the Security Council. It authorises member states to protect civilians "
              "in Libya.\n\nWhat was the vote?\n\nTen in favour, none against, five "
              "abstentions.", "2011-03-21")
    assert (ev.resolution, ev.date) == ("1973", "2011-03-17")


def test_an_answer_to_and_the_eleven():
    ev = _one(
        "HOST: China and Russia vetoed the Syria draft in the Security Council yesterday.\n\n"
        "HOST: And the count?\n\nGUEST: Eleven in favour, two against, two abstentions.\n\n"
        "HOST: And the eleven?\n\nGUEST: Britain, France and the United States, joined by "
        "Germany, Portugal, India and Colombia, among others.", "2012-07-20")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GBR", "FRA", "USA", "DEU", "PRT", "IND", "COL"}
