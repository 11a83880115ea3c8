"""Generalisation checks from the twenty-ninth session: held-out sets read after they were scored
blind.

Facts are Sciences Po's. On Sunday 27 February 2022 the Council adopted resolution 2623, which
called an emergency special session of the General Assembly on Ukraine, 11-1-3 (Russia against;
China, India and the United Arab Emirates abstaining). On Wednesday 23 March 2022 the Russian
draft S/2022/231 on humanitarian access in Ukraine failed, 2-0-13 (China and Russia for it). On
Friday 8 December 2023 the United States vetoed the Emirati draft S/2023/970 on a Gaza
ceasefire, 13-1-1, Britain abstaining; on Friday 29 December 2023 resolution 2721 on an envoy
for Afghanistan passed 13-0-2, China and Russia abstaining (Voting-Agent: submitted by Japan and
the United Arab Emirates). On Friday 23 December 2016 the Council renewed the Liberia mission
for a final period by resolution 2333, 12-0-3 (France, Russia and Britain abstaining); on
Saturday 8 October 2016 Russia vetoed the French-Spanish Aleppo draft S/2016/846, 11-2-2
(Venezuela also against; China and Angola abstaining). On Tuesday 31 July 2012 resolution 2063
renewed the Darfur operation, 14-0-1, Azerbaijan abstaining; on Monday 17 December 2012
resolution 2081 extended the terms of the Yugoslavia tribunal's judges, 14-0-1, Russia
abstaining. On Tuesday 16 September 2003 the United States vetoed S/2003/891 on Yasser Arafat,
11-1-3, and on Tuesday 14 October 2003 S/2003/980 on the West Bank barrier, 10-1-4; Voting-Agent
lists Pakistan, South Africa, the Sudan and Syria as the drafters of the first and Guinea,
Malaysia, Pakistan and Syria of the second. On Thursday 17 March 2022 resolution 2626 renewed
the Afghanistan mission, 14-0-1, Russia abstaining (Voting-Agent: submitted by Norway). On
Monday 16 November 1992 resolution 787 on sanctions against Serbia and Montenegro passed 13-0-2
(China and Zimbabwe abstaining); on Thursday 13 August 1992 resolution 770 on aid to Bosnia
passed 12-0-3 (China, India and Zimbabwe abstaining). On Saturday 10 April 1948 the Council
recommended Burma's admission by resolution 45, 10-0-1 (Argentina abstaining), and on Friday 23
April 1948 set up the Truce Commission for Palestine by resolution 48, 8-0-3 (the Soviet Union,
the Ukraine and Colombia abstaining). On Thursday 24 January 2013 resolution 2089 renewed the
Cyprus force, 14-0-1, Azerbaijan abstaining. On Friday 17 February 1989 the United States vetoed
S/20463 on the occupied territories, 14-1-0. On Friday 15 November 1985 the United States and
Britain vetoed S/17633 on sanctions over Namibia, 12-2-1 (France abstaining; Egypt and India
among the twelve). On Wednesday 6 August 1947 the Council set up a Greek sub-committee, 10-0-1
(the Soviet Union abstaining), and a motion backed by the Soviet Union and Poland failed, 2-0-9.
On Friday 29 July 2016 resolution 2303 on police for Burundi passed 11-0-4 (Angola, China, Egypt
and Venezuela abstaining).

On Thursday 15 October 2020 resolution 2547 renewed the political office in Haiti, 13-0-2, China
and Russia abstaining. On Saturday 17 September 1960 the Soviet draft S/4519 on the Congo
failed, 2-7-2 (Ceylon and Tunisia abstaining), the Ceylonese-Tunisian draft S/4523 was vetoed by
the Soviet Union, 8-2-1 (Poland also against, France abstaining), and resolution 157 called an
emergency special session of the General Assembly, 8-2-1. On Thursday 19 September 1991
resolution 712 on Iraqi oil sales passed 13-1-1 (Cuba against, Yemen abstaining). On Tuesday 31
March 1992 resolution 748 imposed sanctions on Libya, 10-0-5 (Cape Verde, China, India, Morocco
and Zimbabwe abstaining; Austria, Belgium, Ecuador, Hungary, Japan and Venezuela among the ten).
On Friday 8 March 2024 resolution 2724 on a Ramadan ceasefire in Sudan passed 14-0-1 (Russia
abstaining) and resolution 2725 on the Sudan panel of experts 13-0-2 (China and Russia
abstaining). On Wednesday 15 November 2023 the Maltese draft on Gaza became resolution 2712,
12-0-3 (Britain, Russia and the United States abstaining), and resolution 2709 renewed the
Central African Republic mission, 14-0-1, Russia abstaining. On Friday 14 September 2007
resolution 1775 extended the Yugoslavia tribunal prosecutor's term, 14-0-1, Russia abstaining.
On Wednesday 30 December 1964 resolution 199 on the Congo passed 10-0-1, France abstaining. On
Tuesday 20 December 1983 resolution 529 renewed the force in Lebanon, 13-0-2 (the Soviet Union
and Poland abstaining). On Saturday 10 March 1973 resolution 328 on Zambia's complaint passed
13-0-2 (Britain and the United States abstaining) and resolution 329 15-0-0. On Friday 13
December 1974 resolution 364 renewed the Cyprus force, 14-0-1, China abstaining, and resolution
365 endorsed the General Assembly's call on Cyprus, 15-0-0. On Saturday 28 February 1948 the
Council adopted two resolutions on Indonesia, 40 (8-0-3) and 41 (7-0-4). On Monday 21 April 1986
France, Britain and the United States vetoed the draft on the raid on Libya, 9-5-1 (Australia
and Denmark also against, Venezuela abstaining). On Monday 31 October 1977 Britain, France and
the United States vetoed S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1 on South Africa, each
10-5-0 (Canada and West Germany also against; Benin, China, India, Libya, Mauritius, Pakistan,
Panama, Romania, the Soviet Union and Venezuela for). On Thursday 30 April 1981 the same three
vetoed four drafts on Namibia, S/14459, S/14460/Rev.1, S/14461 and S/14462 (China, Mexico, Niger
and the Soviet Union for each). On Monday 11 August 1975 the United States vetoed S/11795 and
S/11796, recommending the two Vietnamese states for membership, each 13-1-1 (Costa Rica
abstaining; Sweden, Britain, France, Japan and China among the thirteen). On Monday 20 May 2024
the Russian draft S/2024/383 on weapons in outer space failed, 7-7-1 (China among the seven for
it, Switzerland abstaining). On Thursday 28 March 2024 Russia vetoed S/2024/255 on the North
Korea panel of experts, 13-1-1, China abstaining, and on Thursday 27 June 2024 resolution 2740
reappointed the residual mechanism's prosecutor, 14-0-1, Russia abstaining. On Friday 1 December
2023 resolution 2715 ended the UN mission in Sudan, 14-0-1, Russia abstaining, and resolution
2714 lifted the arms embargo on the Somali government, 15-0-0. On Tuesday 9 December 1958 the
Soviet Union vetoed the admission of the Republic of Korea, 9-1-1 (Iraq abstaining). On Thursday
26 June 1952 the Soviet draft S/2663 on the Geneva Protocol failed, 1-10-0. On Tuesday 29 July
1947 the Soviet Union vetoed the proposal on the Greek frontier commission's findings, 9-2-0
(Poland also against).
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_that_was_not_the_first_vote_turns_to_an_earlier_one_with_its_own_day():
    evs = _sc(
        "CHOIR NOTES -- Friday 25 March 2022\n\nSeveral singers have asked what the Security "
        "Council has done. On Wednesday it voted on a Russian text on aid in Ukraine, "
        "S/2022/231. Only Russia and China voted for it; the thirteen others abstained, and "
        "the text failed.\n\nThat was not the first vote. On 27 February, a Sunday, the "
        "Council decided to hand the matter to the General Assembly. That resolution, 2623, "
        "had eleven votes in favour. Russia voted no, which on a procedural question is no "
        "veto, and China, India and the Emirates abstained.", "2022-03-25")
    by_key = {e.resolution or e.draft: e for e in evs}
    assert set(by_key) == {"S/2022/231", "2623"}
    aid, referral = by_key["S/2022/231"], by_key["2623"]
    assert (aid.date, aid.outcome, aid.yes, aid.abstain) == ("2022-03-23", "failed", 2, 13)
    assert referral.date == "2022-02-27"
    assert (referral.outcome, referral.yes, referral.no, referral.abstain) == ("adopted", 11, 1, 3)
    assert referral.votes.get("RUS") == "no" and not referral.vetoed_by


def test_the_n_others_counts_like_the_other_n():
    (ev,) = _sc(
        "UNITED NATIONS, Feb. 27 -- The Security Council on Sunday adopted resolution 2623 "
        "on Ukraine. Eleven members voted for it and Russia voted against; the three others "
        "abstained.", "2022-02-27")
    assert (ev.yes, ev.no, ev.abstain) == (11, 1, 3)


def test_votes_numbered_one_and_two_each_keep_their_day_and_drafters():
    evs = _sc(
        "Council digest, 3 January 2024. Vote one, Friday 8 December. The Emirates tabled "
        "S/2023/970, a demand for a ceasefire in Gaza. The Security Council count was 13 for, "
        "the United States against and Britain abstaining, so the American no killed it.\n\n"
        "Vote two, Friday 29 December. Resolution 2721 (2023) asks for a special envoy on "
        "Afghanistan. Japan and the Emirates drafted it. It was adopted 13-0-2; China and "
        "Russia abstained.", "2024-01-03")
    by_key = {e.resolution or e.draft: e for e in evs}
    assert set(by_key) == {"S/2023/970", "2721"}
    gaza, envoy = by_key["S/2023/970"], by_key["2721"]
    assert (gaza.date, gaza.outcome, gaza.vetoed_by) == ("2023-12-08", "vetoed", ["USA"])
    assert gaza.sponsors == ["ARE"]
    assert (envoy.date, envoy.outcome, envoy.yes, envoy.abstain) == ("2023-12-29", "adopted", 13, 2)
    assert set(envoy.sponsors) == {"JPN", "ARE"}


def test_a_year_end_round_up_tells_a_veto_of_october_as_news():
    evs = _sc(
        "Year-end notes from the club committee\nTuesday 27 December 2016\n\nOur annual "
        "round-up of the year, on the pitch and off it.\n\nLiberia. On Friday the Security "
        "Council extended the peacekeeping mission for a last time, with resolution 2333. "
        "Twelve voted in favour and France, Russia and Britain abstained.\n\nAleppo. On 8 "
        "October Russia vetoed S/2016/846, a French and Spanish draft on the bombing of the "
        "city. Eleven members supported it; Venezuela joined Russia in voting no, and China "
        "and Angola abstained.", "2016-12-27")
    by_key = {e.resolution or e.draft: e for e in evs}
    assert set(by_key) == {"2333", "S/2016/846"}
    liberia, aleppo = by_key["2333"], by_key["S/2016/846"]
    assert (liberia.date, liberia.outcome, liberia.yes, liberia.abstain) == (
        "2016-12-23", "adopted", 12, 3)
    assert (aleppo.date, aleppo.outcome, aleppo.vetoed_by) == ("2016-10-08", "vetoed", ["RUS"])
    assert aleppo.votes.get("VEN") == "no" and aleppo.votes.get("AGO") == "abstain"


def test_the_second_came_opens_the_next_of_two_votes_a_year_review_picked():
    evs = _sc(
        "THE SOCIETY'S YEAR-END ISSUE, Friday 28 December 2012\n\nTwo split votes of the "
        "Security Council this year deserve a note. The first was Darfur. On 31 July the "
        "Council renewed the hybrid operation by resolution 2063, fourteen votes to none, and "
        "Azerbaijan abstained.\n\nThe second came only eleven days ago. On Monday, 17 "
        "December, the Council extended the terms of the Yugoslavia tribunal's judges. This "
        "time Russia abstained. The vote was fourteen in favour, none against and one "
        "abstention, resolution 2081.", "2012-12-28")
    by_key = {e.resolution: e for e in evs}
    assert set(by_key) == {"2063", "2081"}
    assert by_key["2063"].date == "2012-07-31" and by_key["2081"].date == "2012-12-17"
    assert by_key["2081"].votes.get("RUS") == "abstain"
    assert by_key["2063"].votes.get("AZE") == "abstain"


def test_tabled_that_draft_names_the_drafters_of_the_text_just_turned_to():
    evs = _sc(
        "KARACHI, Oct. 17 -- On Tuesday the Security Council voted on S/2003/980 on the "
        "barrier in the West Bank, put forward by Guinea, Malaysia, Pakistan and Syria. The "
        "United States vetoed it; ten members voted yes and four abstained.\n\nA month "
        "earlier it was the same story. On 16 September the Council had voted on S/2003/891 "
        "on Yasser Arafat. Pakistan, South Africa, Sudan and Syria tabled that draft. It got "
        "eleven votes in favour, one against, the United States again, and three "
        "abstentions.", "2003-10-17")
    by_key = {e.draft: e for e in evs}
    assert set(by_key) == {"S/2003/980", "S/2003/891"}
    arafat = by_key["S/2003/891"]
    assert set(arafat.sponsors) == {"PAK", "ZAF", "SDN", "SYR"}
    assert (arafat.yes, arafat.no, arafat.abstain) == (11, 1, 3)
    assert set(by_key["S/2003/980"].sponsors) == {"GIN", "MYS", "PAK", "SYR"}


def test_nine_votes_are_needed_so_it_failed_keeps_the_failure():
    (ev,) = _sc(
        "DUBLIN, March 25 -- On Wednesday Moscow put its own draft on aid in Ukraine "
        "(S/2022/231) to a vote in the Security Council. It got two votes, Russia's and "
        "China's; the other thirteen abstained. Nine yes votes are needed, so it failed.",
        "2022-03-25")
    assert (ev.outcome, ev.yes, ev.abstain) == ("failed", 2, 13)
    assert ev.sponsors == ["RUS"]


def test_the_text_was_norways_names_its_drafter():
    (ev,) = _sc(
        "OSLO, March 18 -- The Security Council on Thursday renewed the UN mission in "
        "Afghanistan for a year. The text was Norway's. It passed 14-0-1, with Russia "
        "abstaining.", "2022-03-18")
    assert ev.sponsors == ["NOR"]
    assert (ev.date, ev.yes, ev.abstain) == ("2022-03-17", 14, 1)


def test_the_second_time_in_three_months_keeps_the_earlier_vote_told_side_by_side():
    evs = _sc(
        "HARARE, Nov. 23 -- For the second time in three months Zimbabwe has declined to back "
        "a Security Council resolution on Bosnia.\n\nOn Monday 16 November the Council "
        "adopted resolution 787 on sanctions. The vote was 13 in favour and none against; "
        "Zimbabwe and China abstained.\n\nBack on 13 August the Council passed resolution "
        "770 on aid convoys. That time Zimbabwe, China and India abstained. The other twelve, "
        "among them Britain and France, voted yes, and nobody voted no.", "1992-11-23")
    by_key = {e.resolution: e for e in evs}
    assert set(by_key) == {"787", "770"}
    assert by_key["770"].date == "1992-08-13"
    assert {c for c, v in by_key["770"].votes.items() if v == "abstain"} == {"ZWE", "CHN", "IND"}


def test_the_council_was_busy_again_on_friday_opens_another_vote():
    evs = _sc(
        "LIVERPOOL, 26th April 1948 -- On Saturday the 10th the Security Council recommended "
        "that Burma be admitted to the United Nations. Ten members voted for it and Argentina "
        "abstained.\n\nThe Council was busy again on Friday. By eight votes, with none "
        "against and three abstentions, it set up a Truce Commission for Palestine. The Soviet "
        "Union, the Ukraine and Colombia abstained.", "1948-04-26")
    assert len(evs) == 2
    burma, truce = sorted(evs, key=lambda e: e.date)
    assert (burma.date, burma.yes, burma.abstain) == ("1948-04-10", 10, 1)
    assert (truce.date, truce.yes, truce.no, truce.abstain) == ("1948-04-23", 8, 0, 3)
    assert truce.votes.get("COL") == "abstain" and "COL" not in burma.votes


def test_as_did_the_elected_members_then_their_names_without_a_colon():
    (ev,) = _sc(
        "ATHENS, Jan. 25 -- The UN Security Council on Thursday renewed the Cyprus force with "
        "resolution 2089, by 14 votes to none with Azerbaijan abstaining. Britain, France and "
        "the United States voted in favour, as did the elected members Argentina, Guatemala, "
        "Morocco and Togo.", "2013-01-25")
    assert {"ARG", "GTM", "MAR", "TGO", "GBR", "FRA", "USA"} <= {
        c for c, v in ev.votes.items() if v == "yes"}


def test_a_mission_release_counts_in_words_and_brackets_and_names_the_permanent_member():
    (ev,) = _sc(
        "PRESS RELEASE No. 4/89, New York, 17 February 1989\n\nThe Security Council today "
        "voted on draft resolution S/20463. The draft received fourteen (14) votes in favour "
        "and one (1) vote against, with no abstentions. As the negative vote was cast by a "
        "permanent member of the Council, the United States of America, the draft resolution "
        "was not adopted.")
    assert (ev.outcome, ev.yes, ev.no, ev.abstain) == ("vetoed", 14, 1, 0)
    assert ev.vetoed_by == ["USA"] and ev.votes.get("USA") == "no"


def test_against_the_draft_voted_and_among_them_naturally_was():
    (ev,) = _sc(
        "CAIRO, Nov. 18 -- On Friday the Security Council voted on draft S/17633, which "
        "called for sanctions over Namibia. Twelve members voted in favour. Among them, "
        "naturally, was Egypt. Against the draft voted the United States and Britain, and "
        "their two votes killed it. France abstained.", "1985-11-18")
    assert ev.votes.get("EGY") == "yes"
    assert ev.votes.get("USA") == "no" and ev.votes.get("GBR") == "no"
    assert sorted(ev.vetoed_by) == ["GBR", "USA"]


def test_an_earlier_motion_fared_badly_opens_the_motion_that_failed():
    evs = _sc(
        "LAKE SUCCESS, August 6 -- The Security Council tonight decided, by ten votes to none, "
        "to set up a sub-committee on the Greek frontier. The Soviet delegate abstained.\n\n"
        "An earlier motion fared badly. Only Russia and Poland voted for it. There were no "
        "votes against, but the other nine members abstained, and the motion was lost.",
        "1947-08-07")
    assert len(evs) == 2
    lost = next(e for e in evs if e.outcome == "failed")
    assert (lost.yes, lost.no, lost.abstain) == (2, 0, 9)
    assert lost.votes.get("SUN") == "yes" and lost.votes.get("POL") == "yes"


def test_a_government_rejecting_the_text_and_a_fact_box_add_no_vote():
    (ev,) = _sc(
        "CAIRO, July 30 -- The UN Security Council on Friday adopted Resolution 2303, asking "
        "for a UN police component in Burundi. The resolution was adopted with 11 votes in "
        "favour. Egypt abstained, as did Angola, China and Venezuela.\n\nBurundi's "
        "government, which had said it would accept only a smaller contingent, has rejected "
        "the resolution.\n\nResolution 2303 in numbers\n- Adopted: Friday 29 July 2016\n"
        "- In favour: 11\n- Against: 0\n- Abstaining: 4", "2016-07-30")
    assert (ev.resolution, ev.outcome, ev.date) == ("2303", "adopted", "2016-07-29")
    assert (ev.yes, ev.no, ev.abstain) == (11, 0, 4)


def test_on_both_occasions_as_did_a_group_in_brackets_and_a_presidency_handed_over():
    (ev,) = _sc(
        "TALLINN, Oct. 19 -- On Thursday the Security Council renewed the Haiti office in "
        "resolution 2547, 13 in favour, none against, with China and Russia abstaining. "
        "Estonia voted in favour on both occasions, as did the other European members "
        "(Belgium, France, Germany and the United Kingdom).\n\nCALENDAR\n- November: "
        "Council presidency passes to Saint Vincent and the Grenadines.", "2020-10-19")
    assert ev.resolution == "2547"
    assert {"EST", "BEL", "FRA", "DEU", "GBR"} <= {c for c, v in ev.votes.items() if v == "yes"}


def test_three_votes_taken_is_no_count_and_the_council_then_decided_by_a_count():
    evs = _sc(
        "COLOMBO, Sept. 18 -- After a long sitting, the Security Council took three votes "
        "yesterday on the Congo.\n\nOne draft resolution obtained only two votes, those of the "
        "Soviet Union and Poland. Seven members voted against it. Ceylon and Tunisia "
        "abstained.\n\nAnother draft, which Ceylon supported, received eight votes in "
        "favour. The Soviet Union and Poland voted against, and France abstained. The Soviet "
        "vote was a veto.\n\nThe Council then decided, again by eight votes to two with one "
        "abstention, to call an emergency special session of the General Assembly.",
        "1960-09-18")
    assert len(evs) == 3 and all(e.date == "1960-09-17" for e in evs)
    first, second, third = evs
    assert (first.outcome, first.yes, first.no, first.abstain) == ("failed", 2, 7, 2)
    assert (second.outcome, second.vetoed_by) == ("vetoed", ["SUN"])
    assert (third.outcome, third.yes, third.no, third.abstain) == ("adopted", 8, 2, 1)


def test_as_it_has_done_before_is_a_comparison_and_and_from_goes_on():
    (ev,) = _sc(
        "ABIDJAN, Sept. 20 -- The Security Council yesterday adopted resolution 712 by 13 "
        "votes to 1, with 1 abstention. Cuba voted against. Yemen abstained, as it has done "
        "several times since last year on texts about Iraq. The thirteen votes in favour came "
        "from the five permanent members -- the United States, the Soviet Union, China, France "
        "and Britain -- and from Austria, Belgium and India.", "1991-09-20")
    assert ev.votes.get("YEM") == "abstain" and ev.votes.get("CUB") == "no"
    assert {"USA", "SUN", "CHN", "FRA", "GBR", "AUT", "BEL", "IND"} <= {
        c for c, v in ev.votes.items() if v == "yes"}


def test_the_yes_camp_had_ten_then_its_names():
    (ev,) = _sc(
        "VIENNA, April 1 -- Ten Security Council members voted for Resolution 748 on Tuesday, "
        "no one voted against, and five abstained. Nine votes are needed; the yes camp had "
        "ten -- Japan, Belgium, Hungary, Ecuador, Venezuela and Austria among them.",
        "1992-04-01")
    assert {"JPN", "BEL", "HUN", "ECU", "VEN", "AUT"} <= {
        c for c, v in ev.votes.items() if v == "yes"}


def test_so_did_after_both_texts_is_said_of_both():
    evs = _sc(
        "NAIROBI, March 11 -- The Security Council adopted two resolutions on Friday 8 March. "
        "Resolution 2724 was adopted by 14 votes to none, with Russia abstaining. Resolution "
        "2725 was adopted by 13 votes to none, with China and Russia abstaining.\n\nAlgeria, "
        "Mozambique and Sierra Leone voted in favour of both texts, as did Guyana. So did "
        "Japan, Malta and Slovenia.", "2024-03-11")
    by_key = {e.resolution: e for e in evs}
    assert set(by_key) == {"2724", "2725"}
    for ev in by_key.values():
        assert {"DZA", "GUY", "JPN", "MLT", "SVN"} <= {
            c for c, v in ev.votes.items() if v == "yes"}


def test_a_transcripts_answer_numbers_the_text_and_the_council_also_renewed():
    evs = _sc(
        "MORNING NEWS, Thursday 16 November 2023\n\n[00:14] PRESENTER: Last night in New "
        "York, the Security Council voted on a Maltese draft on Gaza.\n\n[00:31] REPORTER: "
        "Twelve votes in favour, none against, and three abstentions: the United States, the "
        "United Kingdom and Russia.\n\n[01:46] PRESENTER: The resolution number?\n\n[01:48] "
        "REPORTER: Resolution 2712. And on Wednesday the Council also renewed the mission in "
        "the Central African Republic. That was resolution 2709: fourteen in favour, with "
        "Russia abstaining.", "2023-11-16")
    by_key = {e.resolution: e for e in evs}
    assert set(by_key) == {"2712", "2709"}
    assert (by_key["2712"].yes, by_key["2712"].abstain) == (12, 3)
    assert (by_key["2709"].yes, by_key["2709"].abstain) == (14, 1)


def test_everyone_else_from_a_to_b_and_hands_in_favour_those_of():
    (ev,) = _sc(
        "LEIDEN, Sept. 15 -- Yesterday the Security Council adopted resolution 1775. The count "
        "was 14 in favour, none against, and one abstention: the Russian Federation. Everyone "
        "else, from Belgium, Italy and Slovakia to South Africa and Indonesia, voted yes.",
        "2007-09-15")
    assert {"BEL", "ITA", "SVK", "ZAF", "IDN"} <= {c for c, v in ev.votes.items() if v == "yes"}
    (ev,) = _sc(
        "LEIDEN, Sept. 15 -- Yesterday the Security Council adopted resolution 1775. Fourteen "
        "hands went up in favour -- those of Belgium, Italy and Slovakia among others. The "
        "Russian Federation abstained.", "2007-09-15")
    assert {"BEL", "ITA", "SVK"} <= {c for c, v in ev.votes.items() if v == "yes"}


def test_an_answer_goes_on_past_semicolons_and_their_asides():
    (ev,) = _sc(
        "BRUSSELS, Jan. 4 -- On Wednesday the Security Council adopted resolution 199 on the "
        "Congo by ten votes to none, with one abstention. Who voted for it? The United "
        "States and Great Britain, who backed the airlift; the Soviet Union and "
        "Czechoslovakia, who condemned it; the Ivory Coast and Morocco, for the African side; "
        "Bolivia, Brazil and Norway. France stood alone.", "1965-01-04")
    assert {"USA", "GBR", "SUN", "CSK", "CIV", "MAR", "BOL", "BRA", "NOR"} <= {
        c for c, v in ev.votes.items() if v == "yes"}


def test_as_moscow_has_done_before_and_so_did_a_group_then_its_names():
    (ev,) = _sc(
        "HILVERSUM, Dec. 21 -- The Security Council yesterday renewed the force in Lebanon. "
        "The decision, resolution 529, was taken by thirteen votes in favour and none against. "
        "The Soviet Union and Poland abstained, as Moscow has done on earlier occasions. The "
        "Netherlands voted in favour. So did the other Western permanent members, the United "
        "States, Britain and France, and China.", "1983-12-21")
    assert ev.votes.get("SUN") == "abstain" and ev.votes.get("POL") == "abstain"
    assert {"NLD", "USA", "GBR", "FRA", "CHN"} <= {c for c, v in ev.votes.items() if v == "yes"}


def test_as_did_the_permanent_members_then_their_names():
    (ev,) = _sc(
        "HILVERSUM, Dec. 21 -- The Security Council yesterday renewed the force in Lebanon "
        "by resolution 529, thirteen votes to none. The Netherlands voted in favour, as did "
        "the permanent members, the United States, Britain, France and China.", "1983-12-21")
    assert {"NLD", "CHN", "USA", "GBR", "FRA"} <= {
        c for c, v in ev.votes.items() if v == "yes"}


def test_a_transmission_header_gives_the_wire_its_year_day_first():
    # (the first take's header carries the day; the last take ends with another sign-off)
    (ev,) = _sc(
        "ZCZC INA0317 AFR\nAFRICA SERVICE\nUNITED NATIONS ZAMBIA 1 (TAKE 1 OF 2)\n"
        "10-03-73 1942 GMT\n\nUNITED NATIONS, NEW YORK, MARCH 10 (INA) -- THE SECURITY "
        "COUNCIL TODAY ADOPTED A RESOLUTION ON ZAMBIA'S COMPLAINT BY 13 VOTES TO NONE, WITH "
        "BRITAIN AND THE UNITED STATES ABSTAINING.\n\nMORE\nINA 1942\n\nZCZC INA0318 AFR\n"
        "UNITED NATIONS ZAMBIA 2 (TAKE 2 OF 2 -- ENDS)\n\nA ZAMBIAN DIPLOMAT SAID AFTER "
        "TODAY'S VOTE THAT LUSAKA WAS GRATEFUL.\n\nINA 1951")
    assert (ev.date, ev.yes, ev.abstain) == ("1973-03-10", 13, 2)


def test_a_unanimous_text_keeps_no_abstention_named_for_the_other():
    evs = _sc(
        "UNITED NATIONS, MARCH 10 -- THE SECURITY COUNCIL TODAY ADOPTED TWO RESOLUTIONS ON "
        "ZAMBIA, ONE OF THEM OVER THE ABSTENTIONS OF BRITAIN AND THE UNITED STATES.\n\nTHE "
        "FIRST RESOLUTION, ADOPTED BY 13 VOTES TO NONE WITH THE TWO WESTERN POWERS "
        "ABSTAINING, URGES A CONSTITUTIONAL CONFERENCE.\n\nTHE SECOND, ADOPTED UNANIMOUSLY, "
        "15-0, DEALS WITH AID TO ZAMBIA.\n\nTHE RESOLUTIONS ARE NUMBERED 328 AND 329 "
        "RESPECTIVELY.", "1973-03-10")
    by_key = {e.resolution: e for e in evs}
    assert set(by_key) == {"328", "329"}
    assert (by_key["329"].yes, by_key["329"].abstain) == (15, 0)
    assert "abstain" not in by_key["329"].votes.values()


def test_at_the_same_sitting_the_council_gave_its_unanimous_backing():
    evs = _sc(
        "TORONTO, Dec. 13 -- The United Nations Security Council today voted to extend the "
        "peacekeeping force in Cyprus until June. The vote was fourteen in favour, none "
        "against. China abstained.\n\nAt the same sitting, the Council gave its unanimous "
        "backing -- all fifteen members -- to the General Assembly's call for the withdrawal "
        "of foreign troops from Cyprus.", "1974-12-13")
    assert len(evs) == 2
    renewal, backing = evs
    assert (renewal.yes, renewal.abstain) == (14, 1)
    assert (backing.outcome, backing.yes, backing.no, backing.abstain) == ("adopted", 15, 0, 0)


def test_the_day_the_messages_came_is_not_the_day_of_the_meeting():
    evs = _sc(
        "Djokjakarta, Monday, 1st March 1948\n\nDjokjakarta, 1st March. -- Messages "
        "received here yesterday from Lake Success state that the Security Council, at its "
        "meeting on Saturday, adopted two resolutions on the Indonesian question.\n\nThe "
        "first was carried by eight votes to none, with three abstentions. The second was "
        "carried by seven votes to none, with four abstentions.")
    assert evs and all(e.date == "1948-02-28" for e in evs)


def test_prevented_the_draft_from_being_adopted_is_no_adoption():
    # (in a long dispatch this sentence, alone in its paragraph, opened an adopted text of
    # its own beside the veto)
    from unvotes.extract.cues import outcome_cues, scan_outcomes

    low = ("although nine votes in favour constituted the majority required under the charter, "
           "the no votes of three of the council's permanent members prevented the text from "
           "being adopted.")
    cues = outcome_cues(low, 0, len(low), scan_outcomes(low))
    assert not any(k.kind == "adopt" and k.live for k in cues)


def test_names_from_our_own_continent_together_with_more():
    evs = _sc(
        "LAGOS, Nov. 5 -- On Monday 31 October Britain, France and the United States vetoed "
        "three drafts on South Africa, S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1. Each "
        "received ten votes to five. The ten who stood with Africa were Benin, Libya and "
        "Mauritius from our own continent, together with India, Pakistan, Panama, Venezuela, "
        "Romania, China and the Soviet Union.", "1977-11-05")
    assert len(evs) == 3
    for ev in evs:
        assert {"BEN", "MUS", "IND", "PAN", "CHN", "SUN"} <= {
            c for c, v in ev.votes.items() if v == "yes"}


def test_voted_for_every_one_of_them_is_said_of_each_text():
    evs = _sc(
        "BULAWAYO, May 5 -- The Security Council voted on four drafts on Namibia on Thursday "
        "30 April; Britain, France and the United States vetoed all four. The first, S/14459, "
        "got nine votes in favour. The second, S/14460/Rev.1, had the same result. The third, "
        "S/14461, got eleven. The last, S/14462, drew twelve. China and Niger voted for every "
        "one of them.", "1981-05-05")
    assert len(evs) == 4
    assert all(e.votes.get("CHN") == "yes" and e.votes.get("NER") == "yes" for e in evs)


def test_both_were_killed_abstained_on_each_and_the_thirteen_in_favour():
    evs = _sc(
        "VASTERAS, Aug. 14 -- On Monday the Security Council voted on two separate drafts -- "
        "S/11795, recommending the admission of South Viet-Nam, and S/11796, recommending the "
        "Democratic Republic of Viet-Nam. Both received thirteen votes in favour. Both were "
        "killed by a single vote against: that of the United States. Costa Rica abstained on "
        "each.\n\nAmong the thirteen in favour were Sweden, Britain, France, Japan and China.",
        "1975-08-14")
    assert len(evs) == 2
    for ev in evs:
        assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["USA"])
        assert ev.votes.get("CRI") == "abstain"
        assert {"SWE", "GBR", "FRA", "JPN", "CHN"} <= {
            c for c, v in ev.votes.items() if v == "yes"}


def test_the_three_against_each_time_and_in_favour_throughout():
    evs = _sc(
        "DUBLIN, May 9 -- On Thursday 30 April the Security Council voted on African drafts "
        "on Namibia. The results:\n- S/14459: nine in favour, three against, three "
        "abstentions.\n- S/14462: twelve in favour and three against.\n\nThe three "
        "against, each time, were the United States, Britain and France, and every one of "
        "those texts fell. The Soviet Union, China, Mexico and Niger were in favour "
        "throughout.", "1981-05-09")
    assert len(evs) == 2
    for ev in evs:
        assert (ev.outcome, sorted(ev.vetoed_by)) == ("vetoed", ["FRA", "GBR", "USA"])
        assert {"SUN", "CHN", "MEX", "NER"} <= {c for c, v in ev.votes.items() if v == "yes"}


def test_the_council_then_agreed_by_a_count_to_hand_proposals_on():
    evs = _sc(
        "PIRAEUS, 9 August 1947 -- On Wednesday the Security Council took up the Greek "
        "question again. A motion backed only by the Soviet Union and Poland had two votes in "
        "favour and none against; the other nine delegations abstained, so it was lost. The "
        "Council then agreed, by ten votes to nil, to hand the rival Greek proposals to a "
        "small sub-committee. The Soviet delegate abstained on that.", "1947-08-09")
    assert len(evs) == 2
    lost, agreed = evs
    assert (lost.outcome, lost.yes, lost.abstain) == ("failed", 2, 9)
    assert (agreed.outcome, agreed.yes, agreed.no) == ("adopted", 10, 0)
    assert agreed.votes.get("SUN") == "abstain"


def test_a_post_of_three_votes_tells_a_failed_text_of_five_weeks_back():
    evs = _sc(
        "Three Security Council votes, three lessons\n29 June 2024\n\nHere are three votes "
        "from this spring.\n\n1. The sanctions experts\nOn 28 March the Council voted on a "
        "draft, S/2024/255, to renew the panel of experts on North Korea. Thirteen members "
        "voted yes. Russia voted no and so vetoed it; China abstained.\n\n2. Weapons in "
        "space\nOn 20 May a text on keeping weapons out of outer space, co-sponsored by China, "
        "failed: seven votes for, seven against and one abstention. Switzerland abstained."
        "\n\n3. The prosecutor\nAnd on Thursday the Council reappointed the residual "
        "mechanism's prosecutor in resolution 2740. Fourteen votes to none; Russia abstained.",
        "2024-06-29")
    assert len(evs) == 3
    panel, space, prosecutor = evs
    assert (panel.draft, panel.outcome, panel.vetoed_by) == ("S/2024/255", "vetoed", ["RUS"])
    assert (space.date, space.outcome, space.yes, space.no, space.abstain) == (
        "2024-05-20", "failed", 7, 7, 1)
    assert space.sponsors == ["CHN"] and space.draft is None
    assert (prosecutor.resolution, prosecutor.date) == ("2740", "2024-06-27")


def test_with_resolution_n_the_council_did_what_the_text_does():
    evs = _sc(
        "BERN, 1 December 2023 -- Today, Friday, the UN Security Council ended the mission in "
        "Sudan and lifted an arms embargo.\n\nWith resolution 2715, the Security Council "
        "terminated the mandate of UNITAMS. The resolution was adopted with 14 votes in favour "
        "and one abstention, that of Russia.\n\nWith resolution 2714, also presented by the "
        "United Kingdom, the Council lifted the arms embargo on the Federal Government of "
        "Somalia. The resolution was adopted unanimously, with 15 votes in favour.",
        "2023-12-01")
    by_key = {e.resolution: e for e in evs}
    assert set(by_key) == {"2715", "2714"}
    assert (by_key["2715"].yes, by_key["2715"].abstain) == (14, 1)
    assert (by_key["2714"].yes, by_key["2714"].abstain) == (15, 0)


def test_a_city_council_approving_plans_is_no_vote_of_the_security_council():
    (ev,) = _sc(
        "MELBOURNE, Dec. 10 -- The Soviet Union has again used its veto in the Security "
        "Council to keep the Republic of Korea out of the United Nations. Nine members voted "
        "for it. Iraq abstained.\n\nIn Singapore, the City Council has approved plans for a "
        "new housing estate at Queenstown.", "1958-12-10")
    assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["SUN"])


def test_rejected_by_ten_votes_to_one_puts_the_ten_against():
    # (and the passes that are open are no text passed, of the Council or the Assembly)
    (ev,) = extract(
        "SWISS NEWS SERVICE, Friday 27 June 1952\n\nUNITED NATIONS, 26 June -- An appeal to "
        "all governments to ratify the Geneva Protocol of 1925 was rejected by the Security "
        "Council on Thursday by ten votes to one. The text, document S/2663, had a single vote "
        "in favour, the Soviet Union's.\n\nBERNE, 27 June -- The Automobile Club reports that "
        "all the major Alpine passes are open to traffic.", published="1952-06-27")
    assert (ev.draft, ev.outcome, ev.yes, ev.no) == ("S/2663", "failed", 1, 10)


def test_defeated_by_thirteen_votes_to_two_keeps_the_thirteen_for_when_they_are():
    (ev,) = _sc(
        "DUBAI, Feb. 5 -- Russia and China on Saturday vetoed a Security Council draft on "
        "Syria. The draft was defeated by thirteen votes to two. Every other member of the "
        "council, India and Pakistan among them, voted for it.", "2012-02-05")
    assert (ev.yes, ev.no, ev.outcome) == (13, 2, "vetoed")


def test_on_that_date_opens_the_vote_of_the_day_just_named():
    evs = _sc(
        "WASHINGTON, Aug. 8 -- The Security Council on Wednesday, August 6, set up a "
        "sub-committee on the Greek question. The vote was ten in favor and none against; the "
        "Soviet Union abstained.\n\nWednesday's decision followed the Soviet veto of Tuesday, "
        "July 29. On that date the Council voted on the proposal drawn from its commission's "
        "findings. Nine members voted in favor of it. Two voted against: the Soviet Union and "
        "Poland.", "1947-08-08")
    assert len(evs) == 2
    veto = next(e for e in evs if e.outcome == "vetoed")
    assert (veto.date, veto.yes, veto.no, veto.vetoed_by) == ("1947-07-29", 9, 2, ["SUN"])
