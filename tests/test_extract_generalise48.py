"""Generalisation checks from the twenty-sixth session: the blind set heldout167, read after it
was scored.

Facts are Sciences Po's. On Friday 30 March 1951 the Council adopted resolution 91 on Kashmir,
8-0-3, India, the Soviet Union and Yugoslavia abstaining. On Tuesday 22 May 1973 it adopted
resolution 333 on Rhodesia, 12-0-3 (Britain, the United States and France abstaining), and
Britain and the United States vetoed S/10928, 11-2-2 (France and Austria abstaining). On Monday
11 August 1975 the United States vetoed the Viet-Nam applications S/11795 and S/11796, each
13-1-1, Costa Rica abstaining. On Monday 12 September 1983 the Soviet Union vetoed S/15966/Rev.1
on the Korean airliner, 9-2-4: Poland also against; China, Guyana, Nicaragua and Zimbabwe
abstaining; Britain, the United States, France, the Netherlands, Jordan, Malta, Pakistan, Togo
and Zaire for it. On Wednesday 17 May 1995 the United States vetoed S/1995/394 on East
Jerusalem, 14-1-0, and on Friday 7 March 1997 S/1997/199, 14-1-0, and on Friday 21 March 1997
S/1997/241, 13-1-1.

The second round reads heldout168. On Monday 25 October 1948 the Soviet Union vetoed S/1048 on
Berlin, 9-2-0, the Ukraine also against. On Wednesday 8 November 1950 the Council decided 8-2-1
to invite Peking, Nationalist China and Cuba against (a procedural vote), and the Soviet S/1889
failed 2-3-6. On Thursday 3 July 1952 the Soviet Union vetoed S/2671, 10-1-0. On Friday 4
February 1972 Britain vetoed S/10606, 9-1-5, and the Council adopted resolution 312, 9-0-6. On
Tuesday 29 June 1976 the United States vetoed S/12119, 10-1-4. On Wednesday 14 December 1988 it
vetoed S/20322, 14-1-0. On Monday 5 December 2016 China and Russia vetoed S/2016/1026, 11-3-1.
On Monday 26 February 2018 Russia vetoed S/2018/156, 11-2-2. On Friday 8 July 2022 Russia
vetoed S/2022/538, 13-1-1, and S/2022/541 failed 2-3-10.

The third round reads heldout169. On Wednesday 20 February 1957 the Soviet Union vetoed S/3787 on
Kashmir, 9-1-1, Sweden abstaining. On Friday 6 June 1975 Britain, the United States and France
vetoed S/11713 on Namibia, 10-3-2. On Tuesday 12 March 1985 the United States vetoed S/17000,
11-1-3 (Australia, Britain and Denmark abstaining). On Friday 10 January 1997 China vetoed
S/1997/18, 14-1-0. On Wednesday 18 October 2023 two Russian amendments failed, S/2023/775 6-1-8
and S/2023/776 7-1-7 (Switzerland moving from abstention to yes), and the United States vetoed
S/2023/773, 12-1-2.

The fourth round reads heldout170 and heldout173. On Monday 26 January 1976 the United States
vetoed S/11940, 9-1-3. On Friday 15 April 1988 it vetoed S/19780, 14-1-0, and on Monday 25 April
1988 the Council adopted resolution 611, 14-0-1, the United States abstaining. On Thursday 30
April 1981 Britain, France and the United States vetoed S/14459, S/14460/Rev.1, S/14461 and
S/14462.

The fifth round reads heldout175. On Friday 20 February 1987 Britain and the United States
vetoed S/18705, 10-3-2. On Tuesday 15 December 2015 the Council adopted resolution 2252, 13-0-2.
On Tuesday 11 May 1993 Russia vetoed S/25693, 14-1-0, and on Thursday 27 May the Council adopted
resolution 831, 14-0-1. On Tuesday 30 September 1975 the United States vetoed S/11832 and
S/11833, each 14-1-0.

The sixth round reads heldout176 and heldout177. On Tuesday 19 July 1960 the Council adopted
resolution 144 on Cuba, 9-0-2. On Thursday 18 December 2014 it adopted resolution 2193, 14-0-1,
Russia abstaining. On Tuesday 13 September 1949 the Soviet Union vetoed S/1335, 9-2-0.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_bharat_is_india_and_the_kuomintang_delegation_is_nationalist_china():
    (ev,) = _sc(
        "LAKE SUCCESS, 30 March -- The Security Council this evening adopted a resolution on "
        "Kashmir by eight votes to none. Three members abstained: Bharat, the Soviet Union and "
        "Yugoslavia. The votes in favour came from Britain and America, and from France, "
        "Turkey, Holland, Ecuador, Brazil and the Kuomintang Chinese delegation.", "1951-03-31")
    assert ev.votes["IND"] == "abstain"
    assert ev.votes["SUN"] == "abstain" and ev.votes["YUG"] == "abstain"
    assert ev.votes["TWN"] == "yes"


def test_the_kuomintang_is_no_council_member_after_1971():
    (ev,) = _sc(
        "UNITED NATIONS, May 3 -- The Security Council adopted a resolution on shipping by 15 "
        "votes to none. Diplomats from the Kuomintang were not in the chamber.", "1990-05-04")
    assert "TWN" not in ev.votes


def test_a_resolution_that_becomes_number_n():
    (ev,) = _sc(
        "LAKE SUCCESS, 30 March -- The Security Council this evening adopted the resolution on "
        "Kashmir. The resolution, which becomes number 91 of the Council, obtained eight votes. "
        "No member voted against it.", "1951-03-31")
    assert (ev.resolution, ev.outcome, ev.yes, ev.no) == ("91", "adopted", 8, 0)


def test_members_who_pressed_a_stronger_text_open_a_second_draft():
    evs = _sc(
        "Thursday, May 24, 1973\n\n"
        "The Security Council on Tuesday adopted resolution 333 on Rhodesian sanctions, twelve "
        "in favour, none against, with Britain, the United States and France abstaining. "
        "Immediately afterwards the African members pressed a stronger text, S/10928, which "
        "would have extended sanctions to South Africa. It received 11 votes, but Britain and "
        "the United States voted no. France and Austria abstained.", "1973-05-24")
    assert [(e.resolution, e.draft, e.outcome) for e in evs] == [
        ("333", None, "adopted"), (None, "S/10928", "vetoed")]
    assert evs[1].vetoed_by == ["GBR", "USA"]
    assert evs[1].votes == {"GBR": "no", "USA": "no", "AUT": "abstain", "FRA": "abstain"}


def test_so_both_applications_were_vetoed_gives_each_its_veto():
    evs = _sc(
        "On Monday, 11 August, the Security Council voted separately on two drafts recommending "
        "membership: S/11795 for South Viet-Nam and S/11796 for North Viet-Nam. In both cases "
        "thirteen votes were in favour, one against and one abstention. The one against was the "
        "United States, so both applications were vetoed.", "1975-09-05")
    assert [(e.draft, e.outcome, e.vetoed_by, e.votes.get("USA")) for e in evs] == [
        ("S/11795", "vetoed", ["USA"], "no"), ("S/11796", "vetoed", ["USA"], "no")]


def test_members_that_had_done_the_same_share_the_vote_told_before_them():
    (ev,) = _sc(
        "LONDON, Sept. 13 -- The Soviet Union last night vetoed the Security Council draft on "
        "the airliner, S/15966/Rev.1, which had nine votes. The minister said Britain had voted "
        "for the text alongside the Americans, and that the Dutch, Togo and Zaire had done the "
        "same.", "1983-09-13")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"GBR", "USA", "NLD", "TGO", "COD"}


def test_a_delegation_named_by_its_people_in_the_plural():
    (ev,) = _sc(
        "LONDON, Sept. 13 -- The Soviet Union last night vetoed the Security Council draft on "
        "the airliner, S/15966/Rev.1. The Jordanians, the Pakistanis and the Maltese voted for "
        "it.", "1983-09-13")
    assert ev.votes == {"JOR": "yes", "MLT": "yes", "PAK": "yes", "SUN": "no"}


def test_a_people_in_the_plural_without_the_article_is_no_delegation():
    (ev,) = _sc(
        "UNITED NATIONS, Oct. 16 -- The Security Council voted 15-0 for resolution 1511, after "
        "weeks in which France, Germany and Russia had pressed for a faster handover to Iraqis. "
        "All three voted in favour.", "2003-10-17")
    assert ev.votes == {"DEU": "yes", "FRA": "yes", "RUS": "yes"}


def test_members_it_voted_together_with_share_its_vote():
    (ev,) = _sc(
        "DATE: 18 May 1995\n\n"
        "1. The draft on East Jerusalem (S/1995/394) was vetoed by the United States yesterday "
        "afternoon. Fourteen members voted in favour; the United States alone voted against.\n\n"
        "2. Our delegation voted in favour, as instructed, together with the other members of "
        "the European Union on the Council -- the United Kingdom, France, Germany and Italy -- "
        "and with Russia and China.", "1995-05-18")
    assert ev.votes == {"CHN": "yes", "DEU": "yes", "FRA": "yes", "GBR": "yes", "ITA": "yes",
                        "RUS": "yes", "USA": "no"}


def test_the_only_dissenting_voice_voted_no():
    (ev,) = _sc(
        "AMMAN, March 22 -- Two weeks ago the Security Council voted on a European text, "
        "S/1997/199. The vote was fourteen to one: Costa Rica supported it, and the United "
        "States was the only dissenting voice.", "1997-03-22")
    assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["USA"])
    assert ev.votes == {"CRI": "yes", "USA": "no"}


def test_the_seventh_of_the_month_is_a_day_of_the_reference_month():
    evs = _sc(
        "Saturday 22 March 1997\n\n"
        "NEW YORK -- On Friday the United States vetoed draft resolution S/1997/241 in the "
        "Security Council, thirteen votes to one. Only two weeks earlier, on the seventh of the "
        "month, the United States had blocked a milder text, S/1997/199. That time the vote was "
        "fourteen to one.", "1997-03-22")
    assert [(e.draft, e.date) for e in evs] == [
        ("S/1997/241", "1997-03-21"), ("S/1997/199", "1997-03-07")]


def test_drafters_all_of_whom_voted_for_it_and_the_voters_along_with_them():
    (ev,) = _sc(
        "Friday 10 July 2015\n\n"
        "NEW YORK, July 8 -- Russia vetoed the Security Council draft on Srebrenica "
        "(S/2015/508) today. It was put forward by the United Kingdom together with Jordan, "
        "Lithuania and New Zealand, all of whom voted for it, along with France, Spain and "
        "Chad. China, Angola, Nigeria and Venezuela abstained.", "2015-07-10")
    assert ev.sponsors == ["GBR", "JOR", "LTU", "NZL"]
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GBR", "JOR", "LTU", "NZL", "FRA", "ESP", "TCD"}


def test_a_count_of_votes_for_it_then_the_names_of_those_votes():
    evs = _sc(
        "UNITED NATIONS, Sept. 19 -- Russia and China vetoed S/2019/756 on Idlib today. The "
        "Council then voted on the rival text, S/2019/757. It fell well short: only two votes "
        "for it, Russia and China. Nine members voted no.", "2019-09-19")
    assert [(e.draft, e.outcome) for e in evs] == [
        ("S/2019/756", "vetoed"), ("S/2019/757", "failed")]
    assert evs[1].votes == {"CHN": "yes", "RUS": "yes"}


def test_a_symbol_given_later_to_the_text_its_drafters_name():
    evs = _sc(
        "Gaziantep, 12 July 2023\n\n"
        "The United Nations Security Council failed yesterday, twice, to renew the cross-border "
        "aid mechanism. The first text, written by Brazil and Switzerland, would have extended "
        "it for nine months. Thirteen members backed it. Russia voted against and blocked it. "
        "China abstained. Immediately afterwards the Council voted on Russia's own draft, "
        "S/2023/507, offering six months. It gathered only two votes. The Brazil-Swiss "
        "document carried the number S/2023/506. Among those voting in favour were Japan, "
        "Malta and Ghana.", "2023-07-12")
    assert [(e.draft, e.outcome) for e in evs] == [
        ("S/2023/506", "vetoed"), ("S/2023/507", "failed")]
    assert evs[0].votes == {"GHA": "yes", "JPN": "yes", "MLT": "yes", "RUS": "no",
                            "CHN": "abstain"}


def test_the_drafters_being_joined_by_others_all_voted_for_it():
    (ev,) = _sc(
        "PARIS, Oct. 25 -- The Security Council voted tonight on Berlin. The resolution, "
        "document S/1048, was drafted by Argentina, Belgium and Canada. Nine members voted for "
        "it, the three authors being joined by Britain, France and the United States. The "
        "Soviet Union voted against.", "1948-10-26")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "ARG", "BEL", "CAN", "GBR", "FRA", "USA"}


def test_a_decision_taken_by_a_count_of_votes_is_adopted():
    (ev,) = _sc(
        "LAKE SUCCESS, Nov. 8 -- The Security Council yesterday decided, by eight votes to two "
        "with one abstention, to invite a representative of Peking. The two votes against came "
        "from the Nationalist Chinese delegate and from Cuba.", "1950-11-09")
    assert (ev.outcome, ev.vetoed_by, ev.yes, ev.no) == ("adopted", [], 8, 2)


def test_a_matter_of_procedure_no_permanent_no_is_a_veto():
    (ev,) = _sc(
        "LAKE SUCCESS, Nov. 8 -- The Security Council voted eight to two today on the "
        "invitation to Peking, a matter of procedure. Nationalist China and Cuba voted against "
        "it.", "1950-11-09")
    assert (ev.outcome, ev.vetoed_by) == ("adopted", [])


def test_supported_the_inquiry_and_with_them_more_members():
    (ev,) = _sc(
        "Saturday, July 5, 1952\n\nSir, -- On Thursday the Security Council voted on the "
        "American proposal, document S/2671. The vote was ten to one. The United States, "
        "Britain and France supported the inquiry, and with them Brazil, Chile and Turkey. The "
        "Soviet delegate's hand, raised alone, was enough to kill it.", "1952-07-05")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "USA", "GBR", "FRA", "BRA", "CHL", "TUR"}


def test_an_answer_with_an_aside_in_brackets_and_a_group_spelled_out():
    (ev,) = _sc(
        "18 February 1972\n\nWhat was the big vote?\nOn Friday 4 February the Security "
        "Council voted on a draft resolution on Southern Rhodesia, numbered S/10606. Nine "
        "countries voted for it. Britain voted against, and that single no was a veto.\n\n"
        "So who voted yes?\nChina (whose delegation took over the seat only last autumn), the "
        "Soviet Union, India and the three African members, Guinea, Somalia and the Sudan.",
        "1972-02-18")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "CHN", "SUN", "IND", "GIN", "SOM", "SDN"}


def test_a_school_debate_that_voted_is_no_vote_of_any_council_or_assembly():
    evs = extract(
        "18 February 1972\n\nThe Security Council adopted resolution 312 on Friday 4 February "
        "by nine votes to none, with six abstentions.\n\nOur debate last week voted 23-11 "
        "that the Council should go back to Africa every year.", published="1972-02-18")
    assert [(e.body, e.resolution) for e in evs] == [("SC", "312")]


def test_at_the_same_final_meeting_says_the_same_day():
    from unvotes.extract.cues import SAME_DAY

    assert SAME_DAY.search("yes. at the same final meeting the council adopted a resolution")
    assert SAME_DAY.search("in the same closing session it also voted")
    assert not SAME_DAY.search("at the same time the council adopted a resolution")


def test_a_telegram_date_line_is_the_day_it_was_written():
    from unvotes.extract.timeline import _memo_day

    cable = "FM PERMANENT MISSION NEW YORK\nDATE 30 JUNE 1976\nSUBJ SECURITY COUNCIL\n"
    assert str(_memo_day(cable)) == "1976-06-30"
    assert _memo_day("DATE: sometime next week\n") is None
    assert _memo_day(cable + "DATE 1 JULY 1976\n") is None  # two date lines: neither


def test_members_that_joined_the_yes_votes():
    (ev,) = _sc(
        "UNITED NATIONS, Dec. 14 -- The United States on Wednesday vetoed a Security Council "
        "draft, S/20322, by 14 votes to 1. West Germany, Japan and Italy joined the yes votes, "
        "as did Algeria and Nepal.", "1988-12-14")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"DEU", "JPN", "ITA", "DZA", "NPL"}


def test_the_eleven_then_a_colon_names_the_side_counted_eleven():
    (ev,) = _sc(
        "UNITED NATIONS, Dec. 5 -- Russia and China vetoed draft S/2016/1026 in the Security "
        "Council today. Eleven in favour, three against, one abstention. Angola abstained.\n"
        "For the record, the eleven: New Zealand, Spain, Egypt and Japan.", "2016-12-05")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"NZL", "ESP", "EGY", "JPN"}


def test_who_was_in_the_eleven_answered_over_several_sentences_of_one_turn():
    (ev,) = _sc(
        "Recorded Tuesday 27 February 2018.\n\nNADIA: Monday, Yemen sanctions. There was a "
        "Security Council draft, S/2018/156. Russia vetoed it. Eleven in favour, two against, "
        "two abstentions.\n\nOWEN: Who was in the eleven?\n\nNADIA: The Brits, the French, "
        "the Americans, obviously. Sweden, the Netherlands, Poland. Ethiopia. Peru.\n\n"
        "OWEN: Quite a group.", "2018-02-27")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GBR", "FRA", "USA", "SWE", "NLD", "POL", "ETH", "PER"}


def test_that_day_a_draft_is_a_text_of_its_own_on_the_day_just_named():
    evs = _sc(
        "Wednesday 13 July 2022\n\nGAZIANTEP -- The UN Security Council on Tuesday adopted "
        "resolution 2642 by twelve votes to none. The compromise came after a turbulent "
        "Friday. That day a draft, S/2022/538, was vetoed by Russia. Thirteen members "
        "supported it.", "2022-07-13")
    assert [(e.draft, e.resolution, e.outcome, e.date) for e in evs] == [
        (None, "2642", "adopted", "2022-07-12"), ("S/2022/538", None, "vetoed", "2022-07-08")]


def test_a_text_that_fell_for_lack_of_votes_with_no_veto_needed_failed():
    (ev,) = _sc(
        "UNITED NATIONS, July 8 -- The Security Council voted on a Russian draft, S/2022/541. "
        "Only Russia and China voted for it. The United States, Britain and France voted "
        "against. It therefore fell for lack of votes, with no veto needed.", "2022-07-08")
    assert (ev.outcome, ev.vetoed_by) == ("failed", [])


def test_what_a_permanent_member_can_do_by_voting_against_is_no_vote():
    (ev,) = _sc(
        "Friday 7 February 1997\n\nWhat is a veto? Five -- China, France, Russia, Britain and "
        "the United States -- are permanent, and each of those five can block a resolution on "
        "its own by voting against it. On Friday 10 January the Security Council voted on "
        "draft S/1997/18. The result was 14 votes in favour and 1 against. The one country "
        "against was China.", "1997-02-07")
    assert (ev.outcome, ev.vetoed_by, ev.votes) == ("vetoed", ["CHN"], {"CHN": "no"})


def test_a_member_named_before_a_passive_veto_is_not_the_vetoer():
    (ev,) = _sc(
        "Thursday, 21 February 1957\n\nThe Kashmir resolution -- the one the Foreign Office "
        "has been nursing through the Security Council for a week -- had been vetoed by the "
        "Soviet Union last night, nine for, one against.", "1957-02-21")
    assert (ev.vetoed_by, ev.votes) == (["SUN"], {"SUN": "no"})


def test_so_had_more_members_and_the_abstainer_being():
    (ev,) = _sc(
        "Thursday, 21 February 1957\n\nLast night the Soviet Union vetoed the Kashmir "
        "resolution in the Security Council. The count was nine for, one against and one "
        "abstention, the abstainer being Sweden. Britain and the United States had voted for "
        "it, naturally. So had Australia and Cuba.", "1957-02-21")
    assert ev.votes == {"AUS": "yes", "CUB": "yes", "GBR": "yes", "USA": "yes", "SUN": "no",
                        "SWE": "abstain"}


def test_the_ten_who_voted_in_favour_named_after_a_colon():
    (ev,) = _sc(
        "Friday, June 13, 1975\n\nLast Friday Britain, the United States and France vetoed "
        "draft S/11713 on Namibia in the Security Council. Ten members voted for it.\n\nThe "
        "ten who voted in favour deserve naming, because nobody else will name them: Guyana, "
        "Sweden, Iraq and China.", "1975-06-13")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"GUY", "SWE", "IRQ", "CHN"}


def test_a_resolution_passed_at_a_union_conference_is_no_council_vote():
    (ev,) = _sc(
        "Friday, June 13, 1975\n\nLast Friday Britain, France and the United States vetoed "
        "draft S/11713 in the Security Council, which voted ten to three.\n\nThe committee "
        "has written to the Foreign Secretary asking why Britain voted against. Branch "
        "secretaries are reminded that the boycott resolution passed at conference remains "
        "union policy.", "1975-06-13")
    assert (ev.draft, ev.outcome, ev.vetoed_by) == ("S/11713", "vetoed", ["FRA", "GBR", "USA"])


def test_abstained_in_the_company_of_and_so_for_that_matter_did():
    (ev,) = _sc(
        "Saturday, March 16, 1985\n\nSIR -- On Tuesday the United States vetoed a Security "
        "Council resolution, draft S/17000. Australia abstained, in the company of Britain and "
        "Denmark. France voted for it. So, for that matter, did the Soviet Union and China.",
        "1985-03-16")
    assert ev.votes == {"CHN": "yes", "FRA": "yes", "SUN": "yes", "USA": "no",
                        "AUS": "abstain", "DNK": "abstain", "GBR": "abstain"}


def test_a_member_that_switched_to_yes_on_the_second_amendment():
    evs = _sc(
        "UNITED NATIONS, Oct. 18 -- The Security Council voted on two Russian amendments.\n"
        "First Russian amendment, S/2023/775: six in favour, one against, eight abstentions. "
        "Switzerland abstained.\n"
        "Second Russian amendment, S/2023/776: seven in favour, one against, seven "
        "abstentions. Switzerland, which abstained on the first amendment, switched to a yes.",
        "2023-10-18")
    assert [(e.draft, e.votes.get("CHE")) for e in evs] == [
        ("S/2023/775", "abstain"), ("S/2023/776", "yes")]


def test_a_reader_passed_it_to_us_is_no_adoption_and_the_negative_vote_was_american():
    (ev,) = _sc(
        "UNDERCURRENT -- 30 January 1976\n\nThe telegram below was sent from a mission in New "
        "York. A reader passed it to us.\n\nFM NEW YORK\n27 JAN 76\n\n1. SECURITY COUNCIL "
        "VOTED MONDAY 26 JAN ON DRAFT S/11940. RESULT: NINE IN FAVOUR, ONE AGAINST, THREE "
        "ABSTENTIONS. NEGATIVE VOTE WAS AMERICAN. DRAFT THEREFORE FELL.", "1976-01-30")
    assert (ev.draft, ev.outcome, ev.vetoed_by, ev.votes) == (
        "S/11940", "vetoed", ["USA"], {"USA": "no"})


def test_the_us_no_vote_was_a_veto_names_the_member_before():
    (ev,) = _sc(
        "Friday, January 22, 1988\n\nOn Monday a draft on southern Lebanon came to a vote in "
        "the Security Council. Thirteen members voted yes; Britain abstained. The U.S. no vote "
        "was a veto, and the text (S/19434) fell.", "1988-01-22")
    assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["USA"])


def test_what_the_council_did_by_a_count_of_votes_on_the_day_of_its_decision():
    evs = _sc(
        "Wednesday 27 April 1988\n\nOur friends have asked us to report the Security "
        "Council's decision of Monday.\n\nBy fourteen votes with one abstention the Council "
        "condemned the aggression carried out on Tunisian territory on 16 April. Resolution "
        "611 was backed by every member except the United States, which abstained.\n\nOn "
        "Friday 15 April Washington used its veto against a draft resolution, S/19780. That "
        "vote was fourteen to one.", "1988-04-27")
    assert [(e.resolution, e.draft, e.outcome, e.date) for e in evs] == [
        ("611", None, "adopted", "1988-04-25"), (None, "S/19780", "vetoed", "1988-04-15")]
    assert evs[0].votes == {"USA": "abstain"}


def test_every_sentence_of_a_note_to_editors_is_about_the_copy():
    evs = _sc(
        "MERIDIAN NEWS AGENCY -- 1 May 1981\n\nEDITORS: In NAMIBIA-UN, paragraph 5 gave the "
        "vote on the fourth draft as 11-3-1. That figure belongs to the third draft. The fourth "
        "draft was defeated 12-3 with no abstentions. A corrected version follows.\n\nUNITED "
        "NATIONS, April 30 -- Britain, France and the United States on Thursday vetoed two "
        "Security Council resolutions on Namibia.\n\nThe third draft, S/14461, won 11 votes "
        "to 3, with one abstention. The fourth, S/14462, was backed by 12 members against the "
        "same three.", "1981-05-01")
    assert [(e.draft, e.outcome, e.yes, e.vetoed_by) for e in evs] == [
        ("S/14461", "vetoed", 11, ["FRA", "GBR", "USA"]),
        ("S/14462", "vetoed", 12, ["FRA", "GBR", "USA"])]


def test_a_long_top_line_dated_in_full_with_its_weekday_is_the_story_day():
    (ev,) = _sc(
        "SOUTH AFRICAN EQUITIES -- MORNING NOTE\nMining Research, London. Monday 23 February "
        "1987. For professional investors only.\n\nOn Friday the UN Security Council voted on "
        "a draft resolution, S/18705. Britain and the United States voted against, so their "
        "votes were vetoes. The count was ten in favour, three against and two abstentions.")
    assert (ev.date, ev.outcome) == ("1987-02-20", "vetoed")


def test_a_draft_with_its_own_symbol_after_an_adopted_resolution_is_another_text():
    evs = _sc(
        "Thursday, 3 June 1993\n\nOn 27 May the Security Council adopted resolution 831 on "
        "the force in Cyprus. Fourteen members voted for it and nobody voted against. Pakistan "
        "abstained.\n\nTwo weeks earlier, on Tuesday 11 May, a draft on the Cyprus force, "
        "document S/25693, received fourteen votes. One vote was cast against it, Russia's.\n\n"
        "Elsewhere: Cambodians voted from 23 to 28 May in an election organised by the United "
        "Nations.", "1993-06-03")
    assert [(e.resolution, e.draft, e.date, e.outcome) for e in evs] == [
        ("831", None, "1993-05-27", "adopted"), (None, "S/25693", "1993-05-11", "vetoed")]


def test_an_identical_count_in_figures_and_vetoes_blocked_on_the_day_named():
    evs = _sc(
        "UN BUREAU DAYBOOK -- WEDNESDAY, OCTOBER 1, 1975\n\nSECURITY COUNCIL -- Admission of "
        "the two Vietnams.\nResult: both applications blocked by U.S. vetoes at Tuesday's "
        "meeting.\n - S/11832: 14 in favour, 1 against (United States), 0 abstentions. "
        "VETOED.\n - S/11833: identical count, 14-1-0. VETOED.")
    assert [(e.draft, e.date, e.yes, e.no, e.abstain) for e in evs] == [
        ("S/11832", "1975-09-30", 14, 1, 0), ("S/11833", "1975-09-30", 14, 1, 0)]


def test_a_motion_carried_at_a_committee_meeting_is_no_council_vote():
    evs = _sc(
        "Havana, 1 August 1960\n\nOn Tuesday the Security Council adopted resolution 144 on "
        "Cuba's complaint by nine votes to none, with two abstentions.\n\nAt last month's "
        "Committee meeting the motion to cancel the August garden party was carried by six "
        "votes to two.", "1960-08-01")
    assert [(e.resolution, e.yes, e.no) for e in evs] == [("144", 9, 0)]


def test_a_seminar_question_and_the_charter_rule_are_no_votes():
    evs = _sc(
        "Seminar handout, Friday 19 December 2014\n\n1. Yesterday the Security Council "
        "adopted resolution 2193 by fourteen votes to none; Russia abstained.\n\n2. Under "
        "Article 27(3) of the Charter a negative vote by a permanent member on a "
        "non-procedural matter defeats a draft; an abstention does not.\n\n(a) Suppose the "
        "Russian delegate had raised his hand against the draft. What would have happened?",
        "2014-12-19")
    assert [(e.resolution, e.outcome, e.votes) for e in evs] == [
        ("2193", "adopted", {"RUS": "abstain"})]


def test_tuesday_the_13th_and_two_voted_against_it_then_named():
    (ev,) = _sc(
        "Saturday, 24th September, 1949\n\nAt Lake Success, on Tuesday the 13th, the "
        "Security Council voted again on Ireland's application. The draft, S/1335, was "
        "supported by nine of the eleven members. Two voted against it, the Soviet Union and "
        "the Ukraine.", "1949-09-24")
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("1949-09-13", "vetoed", ["SUN"])
    assert {c for c, v in ev.votes.items() if v == "no"} == {"SUN", "UKR"}


def test_approved_inside_an_if_clause_is_no_adoption():
    (ev,) = _sc(
        "Friday 23 April 2004\n\nOn Wednesday the Security Council voted on a British and "
        "American draft resolution, S/2004/313. It would have set up the UN role needed to "
        "carry out the plan if the two communities approved it. Fourteen of the fifteen "
        "members voted for it. One voted against: Russia, and its vote was a veto.",
        "2004-04-23")
    assert (ev.draft, ev.outcome, ev.vetoed_by, ev.yes) == ("S/2004/313", "vetoed", ["RUS"], 14)


def test_names_after_with_inside_the_dashes_are_of_the_same_side():
    (ev,) = _sc(
        "Friday 23 April 2004\n\nOn Wednesday the Security Council voted on a draft resolution, "
        "S/2004/313. Fourteen members voted for it. Russia voted against it, a veto. The other "
        "fourteen -- including Britain, the United States, France and China, with Germany, "
        "Spain and Chile -- voted yes.", "2004-04-23")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GBR", "USA", "FRA", "CHN", "DEU", "ESP", "CHL"}
