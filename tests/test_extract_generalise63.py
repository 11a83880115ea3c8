"""Generalisation checks from the forty-second session.

Facts are Sciences Po's, the UN Library's and Voting-Agent's. On Monday 18 August 1947 the Soviet
Union vetoed the admission of Portugal, 9-2-0 with Poland also against, and of Ireland, 9-1-1 with
Poland abstaining. On Friday 7 March 1997 the United States vetoed S/1997/199 on Jabal Abu
Ghneim, 14-1-0; France, Portugal, Sweden and the United Kingdom submitted it. On Tuesday 20
December 2005 resolution 1645 set up the Peacebuilding Commission unanimously and resolution 1646
passed 13-0-2, Argentina and Brazil abstaining. On Monday 15 November 2021 resolution 2606
renewed the force in Abyei unanimously. On Wednesday 24 November 1971 resolution 302 on
Portuguese raids into Senegal passed 14-0-1, the United States abstaining. On Friday 28 October
1983 resolution 539 on Namibia passed 14-0-1, the United States abstaining. On Friday 12
September 1997 resolution 1129 on Iraq's oil sales passed 14-0-1 with Russia abstaining, and
resolution 1128 on Tajikistan passed unanimously. On Monday 27 March 2023 S/2023/212, a Russian
draft co-sponsored by China on the Nord Stream pipelines, failed 3-0-12. On Tuesday 14 March 1978
resolution 423 on Southern Rhodesia passed 10-0-5, Canada, France, West Germany, the United
Kingdom and the United States abstaining. On Monday 31 October 1977 France, the United Kingdom
and the United States vetoed S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1 on South Africa,
each 10-5-0 with Canada and West Germany also against. On Thursday 30 April 1981 they vetoed
S/14459 and S/14460/Rev.1 on Namibia, each 9-3-3 with Ireland, Japan and Spain abstaining. On
Tuesday 7 November 1989 the United States vetoed S/20945/Rev.1 on the occupied territories,
14-1-0. On Friday 12 January 2007 China and Russia vetoed S/2007/14 on Myanmar, 9-3-3, South
Africa also against. On Tuesday 18 October 1949 the Soviet Union vetoed S/1399/Rev.1 on a census
of armaments, 9-2-0, the Ukrainian SSR also against. On Tuesday 23 November 1965 resolution 218
on the Portuguese territories passed 7-0-4 (France, the Netherlands, the United Kingdom and the
United States abstaining); on Saturday 20 November resolution 217 on Southern Rhodesia passed
10-0-1, France abstaining. On Thursday 30 May 2024 resolution 2731 renewed the South Sudan
sanctions and on Friday 31 May resolution 2733 the Libya inspections, each 9-0-6; the United
States drafted the first, France and Malta the second. On Friday 13 July 2018 resolution 2428
imposed an arms embargo on South Sudan, 9-0-6, and resolution 2429 renewed UNAMID unanimously.
On Tuesday 15 March 2022 resolution 2625 renewed UNMISS, 13-0-2 with China and Russia
abstaining. On Friday 24 October 2014 resolution 2182 on Somalia passed 13-0-2. On Thursday 19
August 1948 S/968 on Trieste failed 2-0-9. On Thursday 30 November 1950 S/1757 and S/1921 on
Formosa each failed 1-9-0, India not voting. On Monday 14 April 1952 S/2598 and S/2600 on Tunisia
each failed 5-2-4. On Thursday 29 September 1994 resolution 944 on Haiti passed 13-0-2;
Argentina, Canada, France, Haiti, Spain, the United States and Venezuela submitted it. On
Thursday 28 March 2024 Russia vetoed S/2024/255 on the North Korea panel, 13-1-1; the United
States drafted it. On Wednesday 27 June 2018 resolution 2422 reappointed the Residual Mechanism's
prosecutor, 14-0-1 with Russia abstaining. On Tuesday 19 October 1976 France, the United Kingdom
and the United States vetoed S/12211, an arms embargo on South Africa over Namibia, 10-3-2 with
Italy and Japan abstaining. On Thursday 30 April 1981 the three also vetoed S/14461 (11-3-1, Japan
abstaining) and S/14462 (12-3-0).
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_preferring_to_abstain_is_an_abstention_not_an_intention():
    events = _sc("Lisbon, 23 August 1947. On Monday the Soviet delegate vetoed Ireland's "
                 "application in the Security Council, which had nine votes in favour. The "
                 "Soviet Union voted against, and Poland this time preferred to abstain.")
    assert len(events) == 1
    assert events[0].votes.get("POL") == "abstain"


def test_wishing_one_had_abstained_is_not_an_abstention():
    events = _sc("Lisbon, 23 August 1947. On Monday the Soviet delegate vetoed Ireland's "
                 "application in the Security Council, nine votes to one. Poland would have "
                 "preferred to abstain, its delegate said, but had no instructions.")
    assert len(events) == 1
    assert "POL" not in events[0].votes


def test_those_against_it_who_stood_alone_make_a_veto_of_a_passing_count():
    events = _sc("Lisbon, 23 August 1947. On Monday the Security Council voted on Portugal's "
                 "application. It had nine votes, with the support of the United States, France "
                 "and Belgium. Against it stood only the Soviet Union and Poland.")
    assert len(events) == 1
    assert events[0].outcome == "vetoed"
    assert events[0].vetoed_by == ["SUN"]
    assert events[0].votes.get("POL") == "no"


def test_a_text_a_member_had_written_together_with_others_names_them_all():
    events = _sc("Stockholm, 8 March 1997. On Friday the United States vetoed a draft "
                 "resolution in the Security Council that Sweden had written together with "
                 "France, Portugal and the United Kingdom.")
    assert len(events) == 1
    assert events[0].sponsors == ["SWE", "FRA", "PRT", "GBR"]


def test_a_bulletin_headline_is_no_third_text_beside_the_two_the_story_numbers():
    text = ("Radio news, Cotonou, Wednesday 21 December 2005.\n\n"
            "PRESENTER: Good morning. It is seven o'clock. Here are the headlines.\n\n"
            "-- The Security Council creates the Peacebuilding Commission, with the vote of "
            "Benin.\n"
            "-- Cotton: growers still wait to be paid.\n\n"
            "PRESENTER: First, New York. Yesterday, Tuesday, the Security Council approved the "
            "creation of the new Peacebuilding Commission, which is to help countries coming out "
            "of war.\n\n"
            "CORRESPONDENT: Two votes at one sitting. The first text, resolution 1645, sets up "
            "the Commission; it was adopted unanimously, Benin included. The second text, "
            "resolution 1646, passed by thirteen votes to none with two abstentions, Argentina "
            "and Brazil.")
    events = _sc(text)
    assert [e.resolution for e in events] == ["1645", "1646"]


def test_svg_is_saint_vincent_and_the_grenadines():
    events = _sc("Kingstown, 19 November 2021. On Monday the Security Council renewed the "
                 "force in Abyei by resolution 2606: all fifteen members voted yes, SVG "
                 "included.")
    assert len(events) == 1
    assert events[0].votes == {"VCT": "yes"}


def test_a_weekday_of_last_week_with_its_date_dates_the_vote():
    events = _sc("Ziguinchor, 1 December 1971\n\nDear friends,\n\nWednesday last week, 24 "
                 "November, the Security Council adopted a resolution condemning the raids from "
                 "Portuguese Guinea. The vote was fourteen in favour, none against and one "
                 "abstention, that of the United States.")
    assert len(events) == 1
    assert events[0].date == "1971-11-24"


def test_the_new_chinese_delegation_goes_on_a_list_of_those_voting():
    events = _sc("Dakar, 26 November 1971. On Wednesday the Security Council adopted a "
                 "resolution on the raids, fourteen in favour and one abstention. We noted that "
                 "the Soviet Union and the new Chinese delegation, seated only this month, voted "
                 "in favour.")
    assert len(events) == 1
    assert events[0].votes.get("SUN") == "yes"
    assert events[0].votes.get("CHN") == "yes"


def test_rejecting_a_government_s_insistence_is_no_failed_draft():
    events = _sc("GABORONE, 29 OCTOBER 1983\n\nTHE SECURITY COUNCIL HAS REJECTED SOUTH "
                 "AFRICA'S INSISTENCE ON LINKING NAMIBIA'S INDEPENDENCE TO OTHER ISSUES, A "
                 "CORRESPONDENT REPORTED.\n\nThe Council adopted a resolution on Friday by 14 "
                 "votes to none. The United States abstained.")
    assert [e.outcome for e in events] == ["adopted"]


def test_the_abstainer_was_names_the_one_who_abstained():
    events = _sc("Mombasa, 15 September 1997. The Security Council voted on Friday on Iraq's "
                 "oil sales. The text, resolution 1129, passed 14-0 with one abstention. The "
                 "abstainer was Russia, which had argued for Baghdad.")
    assert len(events) == 1
    assert events[0].votes == {"RUS": "abstain"}


def test_a_member_this_time_included_in_a_unanimous_vote_voted_yes():
    events = _sc("Mombasa, 15 September 1997. On Friday the Security Council also renewed the "
                 "observer mission in Tajikistan, resolution 1128, unanimously -- 15 votes to "
                 "none, Russia this time included.")
    assert len(events) == 1
    assert events[0].votes == {"RUS": "yes"}


def test_a_drafter_s_text_co_sponsored_by_another_has_both_drafters():
    events = _sc("Franceville, April 2023. On Monday 27 March a Russian draft resolution "
                 "(S/2023/212), co-sponsored by China, asking for an inquiry into the pipeline "
                 "blasts, failed in the Security Council. Only three members voted for it.")
    assert len(events) == 1
    assert events[0].sponsors == ["RUS", "CHN"]


def test_a_list_kept_company_with_is_not_the_side_of_the_verb_with_its_own_subject():
    events = _sc("Letters, Saturday, March 18, 1978. Sir, on Tuesday the Security Council "
                 "declared the settlement illegal by ten votes to nil with five abstentions. On "
                 "this one the Foreign Office had the company of India, Nigeria and Mauritius, "
                 "and it still abstained.")
    assert len(events) == 1
    assert not {"IND", "NGA", "MUS"} & set(events[0].votes)


def test_the_roll_of_each_of_three_vetoed_texts_is_every_text_s_roll():
    text = ("Cluj-Napoca, 3 November 1977\n\n"
            "On Monday 31 October the Security Council voted on three draft resolutions about "
            "South Africa, numbered S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1.\n\n"
            "Each of the three was supported by ten members and opposed by five. Each time, no "
            "member abstained. The ten in favour included our own country, Romania, together "
            "with the Soviet Union, China, India and Panama. The five against were the United "
            "States, Britain and France, and Canada and the Federal Republic of Germany.")
    events = _sc(text)
    assert len(events) == 3
    for ev in events:
        assert ev.outcome == "vetoed"
        assert ev.vetoed_by == ["FRA", "GBR", "USA"]
        assert ev.votes.get("ROU") == "yes"
        assert ev.votes.get("CAN") == "no"


def test_on_each_of_the_two_counts_both_texts():
    text = ("Valencia, Sunday 3 May 1981. On Thursday, 30 April, the Security Council voted on "
            "the drafts numbered S/14459 and S/14460/Rev.1, both on Namibia. On each of the two, "
            "nine members voted in favour. Three voted against: the United States, the United "
            "Kingdom and France. Three abstained: Spain, Ireland and Japan.")
    events = _sc(text)
    assert len(events) == 2
    for ev in events:
        assert (ev.yes, ev.no, ev.abstain) == (9, 3, 3)
        assert ev.vetoed_by == ["FRA", "GBR", "USA"]
        assert ev.votes.get("IRL") == "abstain"


def test_joined_by_every_other_member_including_names_them_on_the_same_side():
    events = _sc("Constantine, 10 November 1989. On Tuesday the United States vetoed a draft "
                 "resolution in the Security Council; the text had fourteen votes in favour. "
                 "Algeria voted in favour. It was joined by every other member, including "
                 "Britain, France and the Soviet Union, as well as Canada and Finland.")
    assert len(events) == 1
    assert {c: v for c, v in events[0].votes.items() if v == "yes"} == {
        "DZA": "yes", "GBR": "yes", "FRA": "yes", "SUN": "yes", "CAN": "yes", "FIN": "yes"}


def test_ten_against_one_told_as_a_sentence_is_a_tally_not_ten_noes():
    text = ("US veto kills Council text\n\nNEW YORK - The United States yesterday vetoed a "
            "draft resolution in the Security Council on the wall. Ten against one and still "
            "the one wins.")
    events = _sc(text, "2003-10-15")
    assert len(events) == 1
    assert (events[0].yes, events[0].no) == (10, 1)


def test_the_third_no_names_the_rest_of_the_side_after_the_vetoers():
    events = _sc("Posted Saturday, January 13, 2007. China and Russia vetoed the Myanmar draft "
                 "in the Security Council on Friday. The numbers: 9 in favour, 3 against, 3 "
                 "abstentions. The third no came from South Africa.")
    assert len(events) == 1
    assert events[0].votes.get("ZAF") == "no"


def test_the_language_a_page_was_translated_from_names_no_drafter():
    events = _sc("English version of the Greek text. On Tuesday the Security Council adopted "
                 "resolution 2804 on inspections off Libya, 13 in favour and two abstentions.",
                 "2025-11-27")
    assert len(events) == 1
    assert events[0].sponsors == []


def test_one_named_among_the_side_and_another_too():
    events = _sc("Havana, October 1949. On Tuesday the Soviet Union vetoed the first text, "
                 "S/1399/Rev.1, in the Security Council. Nine delegations voted yes, Cuba among "
                 "them, and Argentina too.")
    assert len(events) == 1
    assert events[0].votes.get("CUB") == "yes"
    assert events[0].votes.get("ARG") == "yes"


def test_that_resolution_with_another_count_a_paragraph_on_is_another_text():
    text = ("Montevideo, 25 November 1965\n\n"
            "(a) Portuguese territories. The Security Council on Tuesday adopted a resolution "
            "calling on Portugal to recognise the right of the peoples to self-determination. "
            "The text obtained seven votes in favour and none against; four members abstained.\n\n"
            "(b) Southern Rhodesia. Last Saturday, the 20th, the Council condemned the "
            "declaration of independence. That resolution was adopted by ten votes to none, "
            "with France as the only abstention.")
    events = _sc(text)
    assert [(e.date, e.yes, e.abstain) for e in events] == [
        ("1965-11-23", 7, 4), ("1965-11-20", 10, 1)]


def test_another_body_s_count_on_a_resolution_of_its_own_is_no_council_vote():
    text = ("Bombay, 17th August 1991\n\n"
            "Resolution 705 (1991) fixes the share of oil revenue for the compensation fund. "
            "The Security Council adopted it unanimously, 15-0-0.\n\n"
            "The resolution on revised subscription rates was approved by the Committee 9-2.")
    events = _sc(text)
    assert [(e.resolution, e.yes) for e in events] == [("705", 15)]


def test_the_next_day_dates_a_text_by_the_one_told_before_it():
    text = ("Geneva, 3 June 2024\n\nKey points\n"
            "- On Thursday, 30 May, the Security Council renewed the South Sudan arms embargo "
            "for a year in resolution 2731 (2024). The vote was 9 in favour, 0 against, 6 "
            "abstentions.\n"
            "- The next day, resolution 2733 (2024) renewed for a year the authorisation to "
            "inspect vessels off Libya suspected of carrying arms in breach of the embargo. The "
            "tally was again 9-0-6.\n"
            "- The same six members abstained both times: Algeria, China, Guyana, Mozambique, "
            "Russia and Sierra Leone.")
    events = _sc(text, "2024-06-03")
    assert [(e.resolution, e.date) for e in events] == [("2731", "2024-05-30"),
                                                      ("2733", "2024-05-31")]


def test_drafters_of_texts_told_by_their_topics_go_to_those_texts():
    text = ("Geneva, 3 June 2024\n\nOn Thursday, 30 May, the Security Council renewed the "
            "South Sudan sanctions in resolution 2731, by 9 votes to none with 6 abstentions. "
            "On Friday, resolution 2733 renewed the inspections off Libya, again 9-0-6.\n\n"
            "Background. The United States tabled the South Sudan text. France and Malta tabled "
            "the Libya text.")
    events = _sc(text, "2024-06-03")
    assert [(e.resolution, e.sponsors) for e in events] == [("2731", ["USA"]),
                                                          ("2733", ["FRA", "MLT"])]


def test_that_text_with_its_number_numbers_the_text_just_told():
    text = ("Lima, 16 July 2018. The Security Council imposed an arms embargo on South Sudan on "
            "Friday: resolution 2428 received nine votes in favour and six abstentions. The same "
            "day, the Council voted unanimously, fifteen to none, to extend the mission in "
            "Darfur. That text, resolution 2429, also allows a gradual reduction of the force.")
    events = _sc(text, "2018-07-16")
    assert [(e.resolution, e.yes) for e in events] == [("2428", 9), ("2429", 15)]


def test_a_brief_s_section_on_how_members_voted_is_about_the_text_in_hand():
    text = ("On Tuesday the UN Security Council extended the mission in South Sudan for one "
            "year. Resolution 2625 (2022) was adopted with 13 votes in favour, none against, "
            "and 2 abstentions. China and Russia abstained. The United States, the penholder, "
            "drafted the text.\n\n"
            "2. HOW THE AFRICAN MEMBERS VOTED\n"
            "Kenya, Ghana and Gabon all voted in favour. Kenya asked the Council to listen to "
            "the region.\n\n"
            "China and Russia said the text went too far on human rights. Several members "
            "recalled that the renewal has been adopted without a vote against for years.")
    events = _sc(text, "2022-03-17")
    assert len(events) == 1
    assert events[0].votes.get("KEN") == "yes"


def test_what_a_text_named_by_its_number_also_does_is_no_second_text():
    text = ("Brisbane, 29 October 2014. By resolution 2182 (2014) the Security Council extended "
            "the easing of the arms embargo on Friday, and it reaffirmed the charcoal ban. It "
            "also authorised Member States to inspect vessels off Somalia. The resolution "
            "passed with thirteen votes in favour and none against; Russia and Jordan "
            "abstained.")
    events = _sc(text, "2014-10-29")
    assert [e.resolution for e in events] == ["2182"]


def test_lake_success_places_a_story_told_only_as_the_council_at_the_united_nations():
    text = ("Udine, Saturday 21 August 1948\n\nThursday's session at Lake Success on Trieste "
            "ended with two ballots and no decision. The first text to be voted, S/968, "
            "received only two votes. Nobody voted against it; the other nine members "
            "abstained.")
    events = _sc(text)
    assert len(events) == 1
    assert (events[0].draft, events[0].outcome, events[0].yes, events[0].abstain) == (
        "S/968", "failed", 2, 9)


def test_both_drafts_numbered_in_an_aside_that_met_the_same_fate_are_two_texts():
    text = ("LAKE SUCCESS, Nov. 30. -- The Security Council late today rejected two texts on "
            "Formosa. Both drafts, numbered S/1757 and S/1921, met the same fate by the same "
            "count: one vote in favour, that of the Soviet Union, and nine against.")
    events = _sc(text, "1950-12-01")
    assert [(e.draft, e.yes, e.no) for e in events] == [("S/1757", 1, 9), ("S/1921", 1, 9)]


def test_the_roll_after_each_time_the_same_count_is_each_text_s_roll():
    text = ("Kairouan, April 1952. At the Security Council meeting on Monday 14 April, the first "
            "proposal, S/2598, and the second, S/2600, were each put to the vote, and each time "
            "the count was the same: five in favour, two against and four abstaining. Seven "
            "affirmative votes are required; so neither passed.\n\nVoting in favour were "
            "Pakistan, Chile, Brazil, the Soviet Union and China. France and Britain voted "
            "against.")
    events = _sc(text)
    assert len(events) == 2
    for ev in events:
        assert ev.votes.get("PAK") == "yes"
        assert ev.votes.get("FRA") == "no"


def test_members_who_prepared_the_text_together_with_others_are_all_drafters():
    text = ("Montreal, 30 September 1994. Yesterday the Security Council adopted resolution 944 "
            "on Haiti, thirteen in favour and two abstentions. Argentina, Spain, France and the "
            "United States, which prepared the text together with Canada and Venezuela, all "
            "voted for it. Haiti itself was also among the countries that put the resolution "
            "forward.")
    events = _sc(text, "1994-09-30")
    assert len(events) == 1
    assert events[0].sponsors == ["ARG", "ESP", "FRA", "USA", "CAN", "VEN", "HTI"]


def test_a_drafter_s_aside_at_the_end_of_a_list_of_voters_is_the_last_one_s():
    text = ("Niigata, 29 March 2024. On Thursday Russia vetoed a draft resolution, S/2024/255, "
            "in the Security Council. Thirteen members voted in favour, including Japan, the "
            "Republic of Korea and the United States, which drafted the text.")
    events = _sc(text, "2024-03-29")
    assert len(events) == 1
    assert events[0].sponsors == ["USA"]


def test_members_who_supported_the_appointment_voted_for_it():
    text = ("Kuwait City, 29 June 2018. On Wednesday the Security Council adopted resolution "
            "2422, reappointing the Residual Mechanism's prosecutor, by 14 votes to none with "
            "Russia abstaining. The remaining members, including China, France and Peru, "
            "supported the appointment.")
    events = _sc(text, "2018-06-29")
    assert len(events) == 1
    assert {c for c, v in events[0].votes.items() if v == "yes"} == {"CHN", "FRA", "PER"}


_VETO_1976 = ("Georgetown, Saturday October 23, 1976\n\nAt the United Nations Security Council "
              "on Tuesday, a draft resolution that would have imposed an arms embargo on South "
              "Africa was killed by the votes of the United States, Britain and France -- all "
              "three permanent members voting against. Ten members voted for the draft. Three "
              "voted against. Two abstained: Japan and Italy. That is a triple veto.")


def test_a_union_executive_passing_a_resolution_is_no_council_vote():
    text = _VETO_1976 + ("\n\nThe Federation's Executive, meeting on Thursday night, passed a "
                         "resolution of solidarity with the workers of Namibia.")
    events = _sc(text)
    assert [e.outcome for e in events] == ["vetoed"]


def test_a_cause_a_member_stood_with_is_no_member_s_vote():
    text = ("GUYANA STOOD WITH NAMIBIA\n\n" + _VETO_1976
            + " Our own Guyana delegation voted for the draft.")
    events = _sc(text)
    assert len(events) == 1
    assert events[0].votes.get("GUY") == "yes"
    assert "NAM" not in events[0].votes


def test_texts_counted_before_the_story_names_them_are_those_it_then_names():
    text = ("Castellon, May 1981. On Thursday, 30 April, the Security Council voted on four "
            "draft resolutions on Namibia. All four were rejected by the joint veto of France, "
            "the United Kingdom and the United States.\n\nThe votes were as follows. The "
            "first text (S/14459) and the second (S/14460/Rev.1) each received nine votes in "
            "favour and three against, with three abstentions: Spain, Ireland and Japan. The "
            "third (S/14461) received eleven votes in favour, three against, and only Japan "
            "abstaining. The last text (S/14462) received twelve votes in favour and three "
            "against.")
    events = _sc(text, "1981-05-05")
    assert [(e.draft, e.yes, e.outcome) for e in events] == [
        ("S/14459", 9, "vetoed"), ("S/14460/Rev.1", 9, "vetoed"), ("S/14461", 11, "vetoed"),
        ("S/14462", 12, "vetoed")]
    assert all(e.vetoed_by == ["FRA", "GBR", "USA"] for e in events)
