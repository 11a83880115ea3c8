"""Generalisation checks from the thirty-fifth session.

Facts are Sciences Po's and the UN Library's. On Saturday 8 October 2016 Russia vetoed the
French-Spanish draft on Aleppo, S/2016/846, 11-2-2, Venezuela also against, China and Angola
abstaining; the United States, Britain and Japan voted for it. On Wednesday 18 October 2023 the
United States vetoed Brazil's draft on Gaza, S/2023/773, 12-1-2 (Russia and Britain abstaining),
after two Russian amendments failed, S/2023/775 by 6-1-8 and S/2023/776 by 7-1-7; France, Japan and
Malta abstained on both amendments and voted for the Brazilian text. On Thursday 14 January 1988
resolution 608 on deportations passed 14-0-1, the United States abstaining, and on Monday 18
January the United States vetoed S/19434 on southern Lebanon, 13-1-1, Britain abstaining. On Friday
17 November 2017 Russia vetoed S/2017/970 on the chemical weapons inquiry in Syria, 12-2-1, Bolivia
also against, China abstaining; the United States, Britain, France, Japan, Italy and Senegal voted
for it. On Monday 31 October 1977 Britain, France and the United States vetoed three drafts on
South Africa, S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1, each 10-5-0, Canada and West Germany
also against; the Soviet Union, China, India and Benin were among the ten for them. On Friday 19
September 2025 S/2025/561, which would have kept the relief from sanctions on Iran, failed 4-9-2,
and on Friday 26 September S/2025/539, which would have put the snapback off, failed by the same
count with the same members on each side: Pakistan, China, Russia and Algeria for, Guyana and South
Korea abstaining. On Thursday 30 April 1981 Britain, France and the United States vetoed
S/14460/Rev.1 on Namibia, 9-3-3 (Ireland, Japan and Spain abstaining), and S/14462, 12-3-0. On
Thursday 25 February 2021 resolution 2564 renewed the Yemen sanctions, 14-0-1, Russia abstaining,
and resolution 2563 kept the African Union mission in Somalia going, 15-0-0. On Wednesday 6 August
1947 a proposal on the Greek question that only the Soviet Union and Poland voted for failed,
2-0-9. On Tuesday 30 October 1956 Britain and France vetoed two drafts on Suez, S/3710 and
S/3713/Rev.1, each 7-2-2. On Monday 15 November 1976 the United States vetoed Viet Nam's
application, S/12226, 14-1-0. On Friday 27 April 2018 resolution 2414 renewed the mission in
Western Sahara, 12-0-3, China, Russia and Ethiopia abstaining. On Thursday 9 April 1987 the United
States and Britain vetoed a draft on sanctions over Namibia, 9-3-3, West Germany also against,
France, Italy and Japan abstaining. On Thursday 19 July 2012 Russia and China vetoed S/2012/538 on
Syria, 11-2-2, and earlier that day resolution 2058 extended the force in Cyprus (UNFICYP), 13-0-2,
Azerbaijan and Pakistan abstaining. On Friday 31 January 2020 resolution 2507 renewed the arms
embargo on the Central African Republic, 13-0-2, and on Tuesday 25 February resolution 2511 the
sanctions on Yemen, 13-0-2, China and Russia abstaining on both. On Tuesday 13 September 1949 the
Soviet Union vetoed the applications of Ireland (S/1335) and Portugal (S/1331), each 9-2, the
Ukrainian SSR also against. On Saturday 29 July 1961 two drafts on Bizerte, S/4903 and S/4904, each
failed 4-0-6, Ceylon, Liberia, the United Arab Republic and the Soviet Union voting for them and
France taking no part. On Tuesday 11 May 1993 Russia vetoed S/25693 on paying for the force in
Cyprus, 14-1-0. On Friday 3 December 1999 resolution 1280 rolled the oil-for-food arrangements over
for a week, 11-0-3 (China, Russia and Malaysia abstaining, France not taking part), and on Friday
17 December resolution 1284 set up UNMOVIC, 11-0-4. On Thursday 29 August 1946 the Soviet Union
vetoed Portugal's application, 8-2-1, Poland also against and Australia abstaining. On Sunday 30
June 2002 the United States vetoed S/2002/712 on the mission in Bosnia and Herzegovina, 13-1-1,
Bulgaria abstaining; the Rome Statute came into force on 1 July. On Thursday 24 January 1957
resolution 122 on Kashmir passed 10-0-1, the Soviet Union abstaining. On Monday 5 December 2011
resolution 2023 on Eritrea, put forward by Gabon and Nigeria (Voting-Agent), passed 13-0-2, China
and Russia abstaining. On Tuesday 22 October 1996 resolution 1076 on Afghanistan passed 15-0-0, and
resolution 1077 on a human rights office in Abkhazia 14-0-1, China abstaining. On Thursday 29
August 1946 the Soviet Union vetoed the applications of Ireland, Portugal and Transjordan, each
8-2-1, Poland also against and Australia abstaining.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_names_added_to_a_side_with_of_course_vote_with_it_and_wrote_the_text():
    text = ("MADRID, Oct 9 - Russia on Saturday vetoed a Security Council draft on Aleppo, 11 "
            "votes to 2 with 2 abstentions. The United States, Britain and Japan voted yes -- and "
            "of course France and Spain, who wrote it. Russia and Venezuela voted no; China and "
            "Angola abstained.")
    [ev] = _sc(text)
    assert ev.votes["FRA"] == ev.votes["ESP"] == "yes"
    assert sorted(ev.sponsors) == ["ESP", "FRA"]
    assert ev.votes["GBR"] == "yes" and ev.vetoed_by == ["RUS"]


def test_a_subject_that_voted_twice_gives_each_text_its_own_vote():
    text = ("UNITED NATIONS, Oct 18 - The United States on Wednesday vetoed a Brazilian draft "
            "resolution on Gaza in the Security Council, after two Russian amendments to it "
            "failed. The Brazilian text, S/2023/773, received 12 votes in favour, with the "
            "United States against and Russia and Britain abstaining. The first Russian "
            "amendment, S/2023/775, got six votes in favour, one against and eight abstentions. "
            "The second, S/2023/776, got seven in favour, one against and seven abstentions. "
            "France, Japan and Malta abstained on both amendments but voted for the Brazilian "
            "text.")
    by = {e.draft: e for e in _sc(text)}
    assert {by["S/2023/773"].votes[c] for c in ("FRA", "JPN", "MLT")} == {"yes"}
    for amendment in ("S/2023/775", "S/2023/776"):
        assert {by[amendment].votes.get(c) for c in ("FRA", "JPN", "MLT")} == {"abstain"}


def test_a_second_vote_on_a_text_the_story_does_not_name_is_left_out():
    text = ("WASHINGTON, Jan 22 - Last Thursday the Security Council adopted Resolution 608 on "
            "deportations from the occupied territories. The vote was 14-0; the United States "
            "abstained. On Monday a draft on southern Lebanon, S/19434, was vetoed by the "
            "United States. Thirteen members voted yes; Britain abstained.\n\n"
            "London voted for 608 and abstained on the Lebanon text.")
    by = {e.resolution or e.draft: e for e in _sc(text)}
    assert by["608"].votes.get("GBR") == "yes"
    assert by["S/19434"].votes.get("GBR") == "abstain"


def test_a_programme_line_gives_the_transcript_its_day_and_an_answer_runs_on_with_and_also():
    text = ("RADIO VOZ MINERA\nTranscript of the Saturday morning news, 18 November 2017, "
            "7:00 a.m.\n\nPRESENTER: Yesterday, Friday, the Security Council voted on a draft "
            "resolution, S/2017/970. Twelve countries voted in favour. Two voted against: Russia "
            "and Bolivia. China abstained.\n\nHOST: Who voted in favour?\n\nPRESENTER: The "
            "United States, Britain and France, of course, and also Japan, Italy and Senegal.")
    [ev] = _sc(text)
    assert ev.date == "2017-11-17"
    assert {ev.votes.get(c) for c in ("USA", "GBR", "FRA", "JPN", "ITA", "SEN")} == {"yes"}


def test_sides_counted_for_each_text_one_after_another_are_each_texts():
    text = ("VANCOUVER, Nov 4 - On Monday, October 31, the Security Council voted on three draft "
            "resolutions against South Africa, S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1. "
            "Ten members voted for each of them. Five voted against: the United States, Britain "
            "and France, plus West Germany and Canada. The first three are permanent members, so "
            "their votes were vetoes, and every one of the drafts died. The ten in favour "
            "included the Soviet Union, China, India, Pakistan, Mauritius, Benin, Libya, "
            "Romania, Venezuela and Panama.")
    events = _sc(text)
    assert len(events) == 3
    for ev in events:
        assert (ev.outcome, ev.yes, ev.no) == ("vetoed", 10, 5)
        assert sorted(ev.vetoed_by) == ["FRA", "GBR", "USA"]
        assert ev.votes["CAN"] == "no" and ev.votes["BEN"] == "yes"


def test_every_member_voting_as_it_did_names_the_sides_of_both_days():
    text = ("KARACHI, Sept 27 - UN sanctions on Iran are set to return after the Security "
            "Council on Friday rejected a draft resolution (S/2025/539) that would have put them "
            "off for six months. It drew four votes in favour - Pakistan, China, Russia and "
            "Algeria - while nine members voted against. Guyana and South Korea abstained. On "
            "Friday, September 19, a draft that would have kept the relief in place, S/2025/561, "
            "also failed with four in favour, nine against and two abstentions, with every "
            "member voting exactly as it did this week.")
    by = {e.draft: e for e in _sc(text)}
    earlier = by["S/2025/561"]
    assert earlier.date == "2025-09-19"
    assert {earlier.votes.get(c) for c in ("PAK", "CHN", "RUS", "DZA")} == {"yes"}
    assert earlier.votes.get("GUY") == earlier.votes.get("KOR") == "abstain"


def test_votes_called_vetoes_one_by_one_and_noes_from_capitals():
    text = ("CLONMEL, May 1 - Yesterday, Thursday, the Security Council voted on sanctions "
            "against South Africa over Namibia. The first draft, S/14460/Rev.1, got nine votes "
            "in favour. Three members voted against -- France, Britain and the United States -- "
            "and because all three are permanent members, each of those was a veto. Ireland, "
            "Japan and Spain abstained. The other, S/14462, had twelve votes for. But it met the "
            "same three noes from Paris, London and Washington.")
    by = {e.draft: e for e in _sc(text)}
    for symbol in ("S/14460/Rev.1", "S/14462"):
        assert by[symbol].outcome == "vetoed"
        assert sorted(by[symbol].vetoed_by) == ["FRA", "GBR", "USA"]


def test_nobody_vetoed_in_quotation_marks_denies_a_veto():
    text = ("TALLINN, Feb 26 - Yesterday the UN Security Council voted on two things. Resolution "
            "2564 renewed the Yemen sanctions, 14 in favour, 0 against, 1 abstention, the "
            "abstention being Russia's. Resolution 2563 kept the African Union mission in "
            "Somalia going; that one was unanimous, 15-0. Nobody \"vetoed\" anything: Russia "
            "abstaining is not a veto.")
    events = _sc(text)
    assert sorted(e.outcome for e in events) == ["adopted", "adopted"]
    assert not any(e.vetoed_by for e in events)


def test_a_count_before_the_rule_given_as_its_reason_stands():
    text = ("DAMASCUS, Aug 8 - On Wednesday, 6 August, the Security Council voted on a proposal "
            "on the Greek question. Two votes in favour, none against, and nine abstentions: "
            "the proposal was therefore not adopted, since seven votes are needed. No one needed "
            "to use the veto.")
    [ev] = _sc(text)
    assert (ev.outcome, ev.yes, ev.no, ev.abstain) == ("failed", 2, 0, 9)
    assert not ev.vetoed_by


def test_members_casting_the_negative_votes_voted_no():
    text = ("TORSHAVN, Nov 1 - On Tuesday the Security Council voted on a draft resolution on "
            "Suez, S/3713/Rev.1. It drew 7 in favour, 2 against and 2 abstentions, London and "
            "Paris casting the negative votes, and both are permanent members.")
    [ev] = _sc(text)
    assert ev.votes["GBR"] == ev.votes["FRA"] == "no"
    assert ev.outcome == "vetoed"


def test_a_text_that_recommended_admission_is_not_adopted_for_saying_so():
    text = ("PARIS, Nov 25 - On Monday 15 November the Security Council voted on draft "
            "resolution S/12226, which recommended to the General Assembly that Viet Nam be "
            "admitted as a member. Fourteen members voted in favour. One voted against: the "
            "United States. Since the United States is a permanent member, its vote against is "
            "a veto, and the recommendation could not go forward.")
    [ev] = _sc(text)
    assert (ev.draft, ev.outcome, ev.vetoed_by) == ("S/12226", "vetoed", ["USA"])


def test_members_declining_to_support_are_no_count_of_supporters():
    text = ("NOUAKCHOTT, April 28 - The mandate of the UN mission in Western Sahara has been "
            "renewed, with three members of the Security Council declining to support the text. "
            "On Friday the Council extended the mandate by six months. The resolution was "
            "adopted by twelve votes in favour, with no votes against. China, Russia and "
            "Ethiopia abstained.")
    [ev] = _sc(text)
    assert (ev.yes, ev.no) == (12, 0)


def test_measures_adopted_by_another_body_are_no_vote_of_the_council():
    text = ("MILAN, April 10 - Mandatory sanctions against South Africa will not come from the "
            "Security Council. On Thursday the United States and the United Kingdom voted "
            "against the draft resolution on Namibia, and the negative vote of two permanent "
            "members is a veto.\n\nThe tally: nine in favour, three against, three abstentions. "
            "Italy abstained, with France and Japan.\n\nThe draft would have imposed mandatory "
            "sanctions under Chapter VII to make South Africa carry out the plan approved by the "
            "Council in 1978.\n\nFor exporters, little changes. The voluntary measures already "
            "adopted by the European Community remain in force, as do the restrictions approved "
            "by Congress last autumn.")
    [ev] = _sc(text)
    assert ev.outcome == "vetoed" and sorted(ev.vetoed_by) == ["GBR", "USA"]


def test_a_mission_renewed_by_its_acronym_and_a_summary_point_told_again():
    text = ("COUNCIL NOTES -- 20 July 2012\n\nSummary\n\n- A draft on Syria was vetoed by "
            "China and Russia (11-2-2).\n- The UNFICYP renewal passed with two abstentions "
            "(13-0-2).\n\n1. Syria\n\nOn 19 July the Council voted on draft resolution "
            "S/2012/538. Eleven members voted in favour; China and Russia voted against; "
            "Pakistan and South Africa abstained.\n\n2. Cyprus\n\nEarlier the same day the "
            "Council extended UNFICYP until 31 January 2013 in resolution 2058. The vote was "
            "thirteen in favour, none against, with Azerbaijan and Pakistan abstaining.")
    events = _sc(text, published="2012-07-20")
    assert len(events) == 2
    cyprus = next(e for e in events if e.resolution == "2058")
    assert (cyprus.date, cyprus.outcome) == ("2012-07-19", "adopted")
    assert (cyprus.yes, cyprus.no, cyprus.abstain) == (13, 0, 2)


def test_a_lettered_item_dated_another_day_is_another_text_and_this_was_names_it():
    text = ("SANTO DOMINGO, Feb 28 - Two sanctions renewals this month and last.\n\n(a) Central "
            "African Republic. On 31 January the Council renewed the arms embargo on the Central "
            "African Republic in resolution 2507 (2020). The vote was 13 in favour, 0 against and "
            "2 abstentions (China and Russia).\n\n(b) Yemen. On Tuesday the Council renewed "
            "for one more year the sanctions on Yemen. This was resolution 2511 (2020). Once "
            "again the result was 13 votes to none, with China and Russia abstaining.")
    by = {e.resolution: e for e in _sc(text, published="2020-02-28")}
    assert sorted(by) == ["2507", "2511"]
    assert (by["2507"].date, by["2511"].date) == ("2020-01-31", "2020-02-25")


def test_a_text_that_met_the_same_fate_is_vetoed_too_and_the_two_being_names_the_noes():
    text = ("LIMERICK, Sept 16 - Ireland's application to join the United Nations was vetoed "
            "once more by the Soviet Union at a meeting of the Security Council on Tuesday. The "
            "draft resolution recommending our admission, numbered S/1335, received nine votes "
            "in favour and two against, the two being the Soviet Union and the Ukrainian Soviet "
            "Socialist Republic.\n\nAt the same sitting the Council took up the application of "
            "Portugal, whose draft (S/1331) met with exactly the same fate, the Soviet and "
            "Ukrainian delegates again voting against.")
    by = {e.draft: e for e in _sc(text)}
    assert by["S/1335"].votes["UKR"] == "no"
    assert (by["S/1331"].outcome, by["S/1331"].vetoed_by) == ("vetoed", ["SUN"])


def test_the_same_four_voted_yes_and_the_same_six_abstained():
    text = ("NEW YORK, July 29 - The Security Council ended its session on Bizerte on Saturday "
            "without adopting anything. The first draft, S/4903, got only four votes: Ceylon, "
            "Liberia, the United Arab Republic and the Soviet Union. Nobody voted against. Six "
            "members abstained: the United States, Britain, China, Turkey, Chile and Ecuador. "
            "France took no part in the vote.\n\nThe second, S/4904, met the same fate: four in "
            "favour, none against and six abstentions. The same four members voted yes and the "
            "same six abstained.")
    second = next(e for e in _sc(text) if e.draft == "S/4904")
    assert {second.votes.get(c) for c in ("LKA", "LBR", "EGY", "SUN")} == {"yes"}
    assert {second.votes.get(c) for c in ("USA", "GBR", "TUR", "CHL", "ECU")} == {"abstain"}


def test_its_first_veto_since_a_date_is_this_vote():
    text = ("NELSON, May 12 - Russia on Tuesday cast its first veto in the Security Council since "
            "the end of the Soviet Union, blocking draft resolution S/25693 on financing the UN "
            "force in Cyprus. The vote was 14 in favour and one against.")
    [ev] = _sc(text)
    assert (ev.outcome, ev.vetoed_by, ev.date) == ("vetoed", ["RUS"], "1993-05-11")


def test_a_resolution_that_rolled_arrangements_over_was_adopted():
    text = ("SINGAPORE, Dec 20 - Two Security Council votes in a fortnight.\n\n* Friday 17 Dec: "
            "Resolution 1284 adopted 11-0-4. China, Russia, France and Malaysia abstained.\n\n"
            "* Friday 3 Dec: Resolution 1280 rolled the oil-for-food arrangements over for just "
            "one more week. The vote was 11 in favour, none against, with three abstentions -- "
            "China, Russia and Malaysia.")
    by = {e.resolution: e for e in _sc(text, published="1999-12-20")}
    assert (by["1280"].date, by["1280"].outcome, by["1280"].abstain) == ("1999-12-03", "adopted", 3)
    assert by["1284"].abstain == 4


def test_members_once_again_voting_against_voted_against_this_text():
    text = ("NAAS, Aug 31 - On Thursday last the Security Council voted on Portugal's application "
            "for membership. It received eight votes in favour to two against, Russia and Poland "
            "once again voting against and Australia once again abstaining. The Russian vote was "
            "a veto.")
    [ev] = _sc(text, published="1946-08-31")
    assert (ev.yes, ev.no) == (8, 2)
    assert (ev.votes.get("SUN"), ev.votes.get("POL"), ev.votes.get("AUS")) == (
        "no", "no", "abstain")


def test_a_day_in_a_whose_clause_after_the_vote_is_not_the_votes_day():
    text = ("BRCKO, July 2 - Many of you asked what happened at the Security Council on Sunday. "
            "Sunday, 30 June, was the last day of the mission's mandate. The Security Council "
            "voted on draft resolution S/2002/712, which would have renewed it. "
            "The vote was 13 in favour, 1 against and 1 abstention. The United States voted "
            "against because it wanted its peacekeepers kept out of the new International "
            "Criminal Court, whose statute came into force yesterday.")
    [ev] = _sc(text, published="2002-07-02")
    assert ev.date == "2002-06-30"


def test_a_number_given_with_its_year_in_commas_and_drafters_who_put_it_forward():
    kashmir = ("LAHORE, Jan 26 - The Security Council on Thursday reaffirmed that Kashmir's future "
               "must be settled by a plebiscite. The resolution, No. 122 (1957), was carried by "
               "ten votes in favour, none against, with the Soviet Union abstaining.")
    [ev] = _sc(kashmir, published="1957-01-26")
    assert ev.resolution == "122"
    eritrea = ("ASMARA DIGEST, Dec 6 - The Security Council yesterday (Monday) passed resolution "
               "2023 on Eritrea. 13 for, 0 against, China and Russia abstained. Gabon and Nigeria "
               "put it forward.")
    [ev] = _sc(eritrea, published="2011-12-06")
    assert sorted(ev.sponsors) == ["GAB", "NGA"]


def test_a_resolution_numbered_in_brackets_after_its_topic():
    text = ("TBILISI, Oct 24 - On Tuesday the Security Council set up a human rights office in "
            "Sukhumi in resolution 1077, China abstaining. The same day the Council also "
            "adopted, unanimously, a resolution on Afghanistan (number 1076), calling for an end "
            "to the fighting there.")
    assert sorted(e.resolution for e in _sc(text, published="1996-10-24")) == ["1076", "1077"]


def test_a_count_after_the_same_fate():
    text = ("LIMERICK, Sept 16 - Ireland's application was vetoed by the Soviet Union at a meeting "
            "of the Security Council on Tuesday; draft S/1335 received nine votes to two. At the "
            "same sitting Portugal's draft (S/1331) met with exactly the same fate, nine to two, "
            "the Soviet and Ukrainian delegates again voting against.")
    portugal = next(e for e in _sc(text, published="1949-09-16") if e.draft == "S/1331")
    assert (portugal.yes, portugal.no, portugal.outcome) == (9, 2, "vetoed")


def test_the_same_thing_happened_to_two_more_applicants():
    text = ("NAAS, Aug 31 - On Thursday last the Security Council took up the applications of "
            "the countries seeking to join the United Nations, and Ireland's application was "
            "refused. The voting on Ireland was eight in favour and two against, with one "
            "abstention. The two votes against were those of the Soviet Union and Poland. "
            "Australia abstained.\n\nThe same thing happened to Portugal and to Transjordan the "
            "same afternoon. Each received eight votes in favour to two against, Russia and "
            "Poland again voting against. In each case the Russian vote was a veto.")
    events = _sc(text, published="1946-08-31")
    assert len(events) == 3
    assert all((e.outcome, e.yes, e.no, e.vetoed_by) == ("vetoed", 8, 2, ["SUN"]) for e in events)
