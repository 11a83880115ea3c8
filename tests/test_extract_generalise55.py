"""Generalisation checks from the thirty-fourth session.

Facts are Sciences Po's. On Wednesday 23 June 1976 the United States vetoed Angola's application,
S/12110, 13-1-0, China not taking part; Tanzania, Benin, Libya, Guyana, the Soviet Union, Romania,
Pakistan, Panama, Japan, Sweden, Italy, Britain and France voted for it. On Monday 31 October
1977 Britain, France and the United States vetoed three drafts on South Africa, S/12310/Rev.1,
S/12311/Rev.1 and S/12312/Rev.1, each 10-5-0, Canada and West Germany also against; Panamanians
had approved the Canal treaties in a plebiscite on Sunday 23 October. On Thursday 30 April 1981
Britain, France and the United States vetoed S/14460/Rev.1, 9-3-3 (Japan, Ireland and Spain
abstaining), and S/14462, 12-3-0. On Thursday 13 December 2018 resolution 2447 on police and
justice in peacekeeping passed 15-0-0, and resolutions 2448 (the mission in the Central African
Republic) and 2449 (the cross-border aid to Syria) each 13-0-2, China and Russia abstaining. On
Saturday 17 September 1960 resolution 157 called an emergency special session of the General
Assembly on the Congo, 8-2-1, the Soviet Union and Poland against, France abstaining. On Friday
29 May 2020 resolution 2520 (the African Union mission in Somalia) and resolution 2523 (the
Darfur operation) passed 15-0-0. On Wednesday 22 June 2022 resolution 2637, put forward by Gabon
(Voting-Agent), reappointed the Prosecutor of the Residual Mechanism, 14-0-1, Russia abstaining.
On Tuesday 13 September 1949 the Soviet Union vetoed the applications of Austria (S/1336) and
Transjordan (S/1332), each 9-2-0. On Thursday 14 August 2003 resolution 1500 set up the UN mission
in Iraq, 14-0-1, Syria abstaining; Chile, Spain, Britain and the United States were among its
sponsors (Voting-Agent). On Thursday 21 August 1947 resolution 29 recommended Yemen and Pakistan,
11-0-0, and the Soviet Union vetoed Italy's application, 9-1-1, Poland abstaining; on Monday 18
August it had vetoed Portugal's, 9-2-0, Poland also against, and Ireland's and Transjordan's, each
9-1-1, Poland abstaining. On Friday 9 June 1989 resolution 634 renewed the force in Cyprus, 15-0-0,
and the United States vetoed S/20677 on the occupied territories, 14-1-0. On Thursday 16 November
2017 Russia vetoed the renewal of the chemical weapons investigation in Syria, S/2017/962, 11-2-2
(Bolivia also against, China and Egypt abstaining), and on Friday 17 November a thirty-day
renewal, S/2017/970, 12-2-1 (Bolivia against, China abstaining). On Friday 25 June 1999 resolution
1249 recommended Nauru, 14-0-1, China abstaining. On Tuesday 23 November 1965 resolution 218 on the
territories under Portuguese administration passed 7-0-4, Britain, France, the Netherlands and
the United States abstaining; Uruguay, Bolivia, the Ivory Coast, Jordan, Malaysia, the Soviet Union
and China voted for it. On Monday 11 August 1975 the United States vetoed the applications of the
Republic of South Viet-Nam (S/11795) and the Democratic Republic of Viet-Nam (S/11796), each 13-1-1,
Costa Rica abstaining. On Monday 31 October 1977 each of the three drafts on South Africa had
10-5-0. On Monday 18 November 2024 Russia vetoed S/2024/826 on Sudan, 14-1-0; on Thursday 31 October
resolution 2756 renewed MINURSO, 12-0-2, Russia and Mozambique abstaining, Algeria not taking part.
On Wednesday 25 October 2023 Russia and China vetoed the American draft on Gaza, S/2023/792, 10-3-2,
and the Russian draft S/2023/795 failed, 4-2-9, Brazil abstaining on both. On Thursday 19 July 2012
Russia and China vetoed S/2012/538 on Syria, 11-2-2 (Pakistan and South Africa abstaining), and
resolution 2058 renewed the force in Cyprus, 13-0-2. On Friday 29 July 2016 resolution 2303 on a
police component in Burundi passed 11-0-4.
"""

from __future__ import annotations

from datetime import date

from unvotes.extract import extract
from unvotes.extract.dates import foreign_header_date


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_the_answer_to_who_stood_with_an_applicant_and_those_with_it_voted_yes():
    text = ("DAR ES SALAAM, June 25 - Last Wednesday the Security Council voted on admitting "
            "Angola. Thirteen members were in favour and the United States vetoed it. Who stood "
            "with Angola? Our own Tanzania, naturally, whose delegation pressed for the vote. With "
            "it were Benin, Guyana and Libya, together with Japan and the Soviet Union.")
    (ev,) = _sc(text, "1976-06-25")
    assert ev.votes == {"USA": "no", "TZA": "yes", "BEN": "yes", "GUY": "yes", "LBY": "yes",
                        "JPN": "yes", "SUN": "yes"}
    assert (ev.date, ev.vetoed_by) == ("1976-06-23", ["USA"])


def test_two_symbols_then_each_counted_are_two_vetoed_drafts():
    for lead in ("the Security Council voted on drafts S/12310/Rev.1 and S/12311/Rev.1.",
                 "Britain, France and the United States vetoed drafts S/12310/Rev.1 and "
                 "S/12311/Rev.1 in the Security Council."):
        text = (f"UNITED NATIONS, Nov. 1 - On Monday, 31 October, {lead} Each received ten votes "
                "in favour and five against. The United States, Britain, France, Canada and West "
                "Germany voted no.")
        events = _sc(text, "1977-11-01")
        assert [e.draft for e in events] == ["S/12310/Rev.1", "S/12311/Rev.1"], lead
        for ev in events:
            assert (ev.yes, ev.no, ev.outcome) == (10, 5, "vetoed")
            assert ev.vetoed_by == ["FRA", "GBR", "USA"]


def test_a_treaty_approved_in_a_plebiscite_is_not_a_council_decision():
    text = ("PANAMA, Nov. 4 - 1. THE TREATIES. The union reaffirms its support for the Canal "
            "treaties approved in the plebiscite of 23 October.\n\n2. SOUTH AFRICA. On Monday "
            "last, 31 October, the Security Council voted on texts against the apartheid regime. "
            "It received ten votes in favour and five against, and the United States, Britain "
            "and France vetoed it.")
    (ev,) = _sc(text, "1977-11-04")
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("1977-10-31", "vetoed", ["FRA", "GBR", "USA"])


def test_a_text_named_by_its_symbol_still_failed_against_the_same_three_vetoes():
    text = ("MANILA, May 4 - Last Thursday the Security Council took up Namibia. S/14460/Rev.1 "
            "got nine votes for, three against and three abstentions. The three no votes came "
            "from the United States, Britain and France, all permanent members, so all three "
            "were vetoes. S/14462 did better and still failed. It had twelve votes in favour "
            "against the same three Western vetoes.")
    first, second = _sc(text, "1981-05-04")
    assert (first.draft, first.outcome, first.vetoed_by) == (
        "S/14460/Rev.1", "vetoed", ["FRA", "GBR", "USA"])
    assert second.draft == "S/14462"
    assert (second.yes, second.no, second.abstain) == (12, 3, 0)
    assert (second.outcome, second.vetoed_by) == ("vetoed", ["FRA", "GBR", "USA"])
    assert second.votes == {"FRA": "no", "GBR": "no", "USA": "no"}
    assert second.date == "1981-04-30"


def test_a_symbol_is_the_subject_a_failure_verb_needs():
    text = ("UNITED NATIONS, May 1 - The Security Council voted on Namibia on Thursday. "
            "S/14462 was rejected. The Council adopted nothing.")
    (ev,) = _sc(text, "1981-05-01")
    assert (ev.draft, ev.outcome) == ("S/14462", "failed")


def test_a_renewal_with_its_number_set_between_commas_is_a_text_of_its_own():
    text = ("ASTANA, Dec. 14 - Yesterday the Security Council adopted resolution 2448 (2018) on "
            "the Central African Republic, 13-0-2, Russia and China abstaining. Later the Council "
            "renewed, in resolution 2449 (2018), the authorization for aid convoys to cross into "
            "Syria. Again 13 in favour, 0 against, with China and Russia abstaining. Kazakhstan "
            "and Kuwait voted yes.")
    first, second = _sc(text, "2018-12-14")
    assert (first.resolution, second.resolution) == ("2448", "2449")
    assert second.outcome == "adopted" and second.date == "2018-12-13"
    assert second.votes == {"CHN": "abstain", "RUS": "abstain", "KAZ": "yes", "KWT": "yes"}
    assert first.votes == {"RUS": "abstain", "CHN": "abstain"}


def test_members_named_within_a_unanimous_vote_voted_yes():
    for tail, named in (("Kazakhstan included.", {"KAZ"}),
                        ("including Kazakhstan and Kuwait.", {"KAZ", "KWT"})):
        text = ("ASTANA, Dec. 14 - The Security Council began yesterday with resolution 2447 "
                f"(2018) on police in peacekeeping. It was adopted unanimously, 15 votes to none, "
                f"{tail}")
        (ev,) = _sc(text, "2018-12-14")
        assert (ev.resolution, ev.yes) == ("2447", 15)
        assert ev.votes == dict.fromkeys(sorted(named), "yes"), tail


def test_a_permanent_member_s_no_that_is_not_a_veto_leaves_the_text_adopted():
    text = ("JAFFNA, Sept. 19 - On Saturday the Security Council decided, by eight votes to two, "
            "with France abstaining, to call an emergency special session of the General Assembly "
            "on the Congo. The Soviet Union and Poland voted against, but on a procedural question "
            "a negative vote by a permanent member is not a veto, and resolution 157 was adopted.")
    (ev,) = _sc(text, "1960-09-19")
    assert (ev.resolution, ev.outcome, ev.vetoed_by) == ("157", "adopted", [])
    assert ev.votes == {"FRA": "abstain", "SUN": "no", "POL": "no"}
    assert (ev.yes, ev.no, ev.date) == (8, 2, "1960-09-17")


def test_a_second_act_of_the_council_by_its_number_is_a_text_of_its_own():
    text = ("HANOI, May 30 - Yesterday the Security Council unanimously extended its authorization "
            "for the African Union mission in Somalia, in resolution 2520, and, in resolution "
            "2523, kept the troop levels of the Darfur operation unchanged. Both texts received "
            "all fifteen votes.")
    events = _sc(text, "2020-05-30")
    assert [(e.resolution, e.outcome, e.yes, e.date) for e in events] == [
        ("2520", "adopted", 15, "2020-05-29"), ("2523", "adopted", 15, "2020-05-29")]


def test_a_summary_in_points_then_the_story_with_its_number_is_one_vote():
    text = ("COUNCIL BRIEF\nFriday, 24 June 2022\n\nIN SHORT\n"
            "- On Wednesday the Council reappointed the Prosecutor of the Residual Mechanism.\n"
            "- The vote was 14 in favour, none against, with Russia abstaining.\n"
            "- Gabon put the text forward.\n\n"
            "THE DETAIL\nResolution 2637 (2022) appoints the Prosecutor for a new term. Fourteen "
            "members supported it. The Russian Federation abstained.\n")
    (ev,) = _sc(text)
    assert (ev.resolution, ev.date, ev.outcome) == ("2637", "2022-06-22", "adopted")
    assert (ev.yes, ev.no, ev.abstain) == (14, 0, 1)
    assert (ev.votes, ev.sponsors) == ({"RUS": "abstain"}, ["GAB"])


def test_two_texts_of_one_sitting_told_in_turn_stay_two():
    text = ("LAKE SUCCESS, Sept. 14 - The Security Council voted on two applications yesterday. "
            "The first, for Austria, got nine votes in favour and two against, and the Soviet "
            "Union vetoed it.\n\nThe second, draft S/1332 for Transjordan, got nine votes in "
            "favour and two against, and the Soviet Union vetoed it too.")
    events = _sc(text, "1949-09-14")
    assert [(e.draft, e.date, e.yes, e.no) for e in events] == [
        (None, "1949-09-13", 9, 2), ("S/1332", "1949-09-13", 9, 2)]
    assert all(e.vetoed_by == ["SUN"] for e in events)


def test_a_member_that_appeared_among_the_co_sponsors_drafted_the_text():
    text = ("SANTIAGO, Aug. 15 - On Thursday the Security Council adopted resolution 1500 by 14 "
            "votes to none, Syria abstaining. Chile appeared this time among the co-sponsors of "
            "the text, alongside the United States, the United Kingdom and Spain.")
    (ev,) = _sc(text, "2003-08-15")
    assert ev.sponsors == ["CHL", "USA", "GBR", "ESP"]
    assert (ev.resolution, ev.votes) == ("1500", {"SYR": "abstain"})


def test_a_round_of_applications_told_as_agreed_asked_and_turned_down():
    text = ("HYDERABAD, Aug. 22 - On Thursday the Council of eleven agreed without one voice "
            "against it that Pakistan should be admitted to the United Nations. The vote was "
            "eleven for, none against.\n\nItaly asked for a place and received nine votes, but "
            "the Soviet Union voted against and so the application fell. Poland abstained.\n\n"
            "Three days earlier, on Monday, the Council had turned down Portugal in the same "
            "way. Nine members were in favour; the Soviet Union and Poland voted against.")
    events = _sc(text, "1947-08-22")
    assert [(e.date, e.outcome, e.yes, e.no) for e in events] == [
        ("1947-08-21", "adopted", 11, 0), ("1947-08-21", "vetoed", 9, 1),
        ("1947-08-18", "vetoed", 9, 2)]
    assert events[1].votes == {"SUN": "no", "POL": "abstain"}
    assert events[2].votes == {"SUN": "no", "POL": "no"}


def test_an_application_that_too_was_blocked_and_states_recommended_without_opposition():
    text = ("GRAZ, Aug. 24 - On Thursday the Security Council took up the application of Italy. "
            "It gained nine votes, with the Soviet Union voting against and only Poland "
            "abstaining, and it too was blocked by the veto.\n\nAt the same meeting two other "
            "states were recommended without any opposition: Pakistan and Yemen. All eleven "
            "members voted in favour.")
    vetoed, adopted = _sc(text, "1947-08-24")
    assert (vetoed.outcome, vetoed.vetoed_by, vetoed.yes) == ("vetoed", ["SUN"], 9)
    assert (adopted.outcome, adopted.yes, adopted.date) == ("adopted", 11, "1947-08-21")


def test_an_applicant_that_too_was_refused_is_a_vote_of_its_own():
    text = ("TRALEE, Aug. 23 - The Security Council on Monday last took up Ireland's application, "
            "and the Soviet Union voted against it: nine in favour, one against, Poland "
            "abstaining. Portugal's application fell in the same way, by nine votes to two, the "
            "Soviet Union and Poland against. "
            "Transjordan, too, was refused: nine in favour, the Soviet Union against, Poland "
            "abstaining.")
    events = _sc(text, "1947-08-23")
    assert [(e.yes, e.no, e.outcome) for e in events] == [
        (9, 1, "vetoed"), (9, 2, "vetoed"), (9, 1, "vetoed")]
    assert events[2].votes == {"SUN": "no", "POL": "abstain"}
    assert all(e.date == "1947-08-18" for e in events)


def test_a_renewal_by_a_count_between_commas_keeps_its_number_apart_from_a_veto():
    text = ("LIMASSOL, June 10 - The Security Council voted unanimously, 15 to nil, to extend the "
            "mandate of the UN force in Cyprus yesterday. The renewal is resolution 634 (1989).\n\n"
            "Earlier the same day the United States vetoed a draft resolution, S/20677, on the "
            "occupied territories. The count was 14 in favour and one against.")
    renewal, veto = _sc(text, "1989-06-10")
    assert (renewal.resolution, renewal.outcome, renewal.yes, renewal.no) == (
        "634", "adopted", 15, 0)
    assert (veto.draft, veto.outcome, veto.yes, veto.no) == ("S/20677", "vetoed", 14, 1)
    assert renewal.date == veto.date == "1989-06-09"


def test_one_more_attempt_the_next_day_is_a_text_of_its_own():
    text = ("STOCKHOLM, Nov. 18 - On Thursday Russia vetoed a draft to extend the chemical weapons "
            "inquiry in Syria. Eleven countries voted yes; Russia and Bolivia voted no, and China "
            "and Egypt abstained.\n\nYesterday, Friday, there was one more attempt, a short "
            "technical text that would only have extended the mandate by thirty days. That got "
            "twelve votes, but again Russia and Bolivia voted no, and China abstained.")
    first, second = _sc(text, "2017-11-18")
    assert (first.date, first.yes, first.outcome) == ("2017-11-16", 11, "vetoed")
    assert (second.date, second.yes, second.outcome) == ("2017-11-17", 12, "vetoed")
    assert second.votes == {"RUS": "no", "BOL": "no", "CHN": "abstain"}


def test_a_path_to_the_assembly_is_no_assembly_vote_and_so_did_goes_on_with_with():
    text = ("MAJURO, June 30 - On 25 June the Council voted to recommend Nauru for membership. The "
            "resolution passed with fourteen votes in favour, none against, and one abstention. "
            "The abstention was China's. A single abstention is not a veto, and Nauru's path to "
            "the General Assembly is now open. The United States and France voted in favour. So "
            "did Canada and Namibia, with the Netherlands and Brazil.")
    (ev,) = _sc(text, "1999-06-30")
    assert ev.votes == {"CHN": "abstain", "USA": "yes", "FRA": "yes", "CAN": "yes",
                        "NAM": "yes", "NLD": "yes", "BRA": "yes"}
    assert (ev.date, ev.yes, ev.abstain) == ("1999-06-25", 14, 1)


def test_a_masthead_s_first_of_the_month_written_as_an_ordinal_dates_the_story():
    assert foreign_header_date("Montevideo, mi\u00e9rcoles 1\u00ba de diciembre de 1965", 60) == (
        date(1965, 12, 1))
    assert foreign_header_date("Paris, le 1er d\u00e9cembre 1965", 60) == date(1965, 12, 1)
    text = ("BOLET\u00cdN DE LA ASOCIACI\u00d3N\n"
            "Montevideo, mi\u00e9rcoles 1\u00ba de diciembre de 1965\n\n"
            "On 23 November the Security Council adopted a resolution on the territories "
            "under Portuguese administration, and Uruguay was among the seven members who voted "
            "for it. The result was seven in favour, none against and "
            "four abstentions. Joining Uruguay in the affirmative were Bolivia, the Ivory Coast, "
            "Jordan, Malaysia, the Soviet Union and China.")
    (ev,) = _sc(text)
    assert (ev.date, ev.yes, ev.abstain) == ("1965-11-23", 7, 4)
    assert ev.votes == dict.fromkeys(("URY", "BOL", "CIV", "JOR", "MYS", "SUN", "TWN"), "yes")


def test_members_that_voted_yes_on_all_of_them_voted_for_each_text():
    text = ("WELLINGTON, May 6 - On Thursday 30 April the Security Council voted on Namibia. The "
            "first text, S/14459, received nine votes in favour and three against, with three "
            "abstentions -- Japan, Ireland and Spain. Another draft, S/14462, got twelve votes "
            "and three against. The Soviet Union, Mexico and Uganda voted yes on all of them.")
    events = _sc(text, "1981-05-06")
    assert [e.draft for e in events] == ["S/14459", "S/14462"]
    for ev in events:
        assert {c: v for c, v in ev.votes.items() if v == "yes"} == {
            "SUN": "yes", "MEX": "yes", "UGA": "yes"}


def test_each_of_two_texts_named_between_dashes_and_the_lone_no_on_each():
    text = ("UNITED NATIONS, Aug. 11 - The Security Council voted today on Viet-Nam. Each of the "
            "two draft resolutions -- S/11795 recommending the Republic of South Viet-Nam and "
            "S/11796 recommending the Democratic Republic of Viet-Nam -- drew 13 votes in "
            "favour, one against and one abstention. The lone negative vote on each was cast by "
            "the United States; Costa Rica abstained on both.")
    events = _sc(text, "1975-08-11")
    assert [e.draft for e in events] == ["S/11795", "S/11796"]
    for ev in events:
        assert (ev.yes, ev.no, ev.abstain, ev.outcome) == (13, 1, 1, "vetoed")
        assert ev.votes == {"USA": "no", "CRI": "abstain"}


def test_a_count_of_draft_resolutions_after_the_vote_is_a_plural_lead():
    text = ("BUCHAREST, Nov. 3 - The Security Council on Monday, October 31, put to the vote three "
            "draft resolutions against the apartheid regime, and three times the United States, "
            "Britain and France cast negative votes which amounted to vetoes. The three texts, "
            "numbered S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1, each obtained ten votes in "
            "favour and five against, with no abstentions.")
    events = _sc(text, "1977-11-03")
    assert [e.draft for e in events] == ["S/12310/Rev.1", "S/12311/Rev.1", "S/12312/Rev.1"]
    for ev in events:
        assert (ev.yes, ev.no, ev.outcome, ev.vetoed_by) == (10, 5, "vetoed", ["FRA", "GBR", "USA"])


def test_a_renewal_three_weeks_back_counted_in_full_is_news_beside_a_veto():
    text = ("LAS PALMAS, Nov. 20 - On Monday Russia vetoed draft resolution S/2024/826 on Sudan. "
            "The text received 14 votes in favour. Russia was the only member to vote against."
            "\n\nEarlier, on 31 October, the Council renewed the UN mission in Western Sahara, "
            "MINURSO, until 31 October 2025, in Resolution 2756. It was adopted by 12 votes in "
            "favour, none against and two abstentions, from Russia and Mozambique. Algeria did "
            "not take part in the vote after its amendments were rejected. France voted in "
            "favour.")
    veto, renewal = _sc(text, "2024-11-20")
    assert (veto.draft, veto.date, veto.yes, veto.no) == ("S/2024/826", "2024-11-18", 14, 1)
    assert (renewal.resolution, renewal.date, renewal.outcome) == ("2756", "2024-10-31", "adopted")
    assert (renewal.yes, renewal.no, renewal.abstain) == (12, 0, 2)
    assert renewal.to_dict()["votes"] == {"RUS": "abstain", "MOZ": "abstain", "DZA": "absent",
                                          "FRA": "yes"}


def test_a_last_attempt_that_could_come_to_a_vote_opens_no_text():
    text = ("NEW YORK, Friday 17 November - Yesterday the Security Council rejected a draft on "
            "the chemical weapons inquiry in Syria. The text, S/2017/968, received only four "
            "votes in favour, while seven members voted against.\n\nThe mandate runs out "
            "tonight, and diplomats said a last attempt to save it could come to a vote today, "
            "Friday.\n\nOn Tuesday the lines had been drawn differently. The Council renewed "
            "the sanctions on Eritrea in resolution 2385, by eleven votes in favour and four "
            "abstentions.")
    rejected, renewed = _sc(text, "2017-11-17")
    assert (rejected.draft, rejected.date, rejected.outcome) == (
        "S/2017/968", "2017-11-16", "failed")
    assert (renewed.resolution, renewed.date) == ("2385", "2017-11-14")


def test_the_page_title_told_again_as_a_heading_is_no_vote_of_its_own():
    text = ("Council rejects two Gaza texts; Brazil abstains on both | Correio do Planalto\n\n"
            "SUMMARY FOR THIS MORNING. The Council ended Wednesday night without any decision on "
            "Gaza. Brazil abstained on both drafts.\n\n"
            "Council rejects two Gaza texts; Brazil abstains on both\n\n"
            "SECOND TEXT ALSO FAILS. Draft S/2023/795 got only 4 votes in favour, 2 against and "
            "9 abstentions, Brazil among them. With fewer than nine votes the text could not "
            "pass.\n\n"
            "VETO. The US draft, S/2023/792, is blocked: 10 in favour, 3 against, 2 abstentions. "
            "Russia and China voted no. Brazil abstained.\n")
    events = _sc(text, "2023-10-26")
    assert sorted(e.draft for e in events) == ["S/2023/792", "S/2023/795"]


def test_a_text_on_a_state_off_the_council_names_its_topic_not_a_drafter():
    text = ("PESHAWAR, July 20 - On Thursday the Security Council voted on draft resolution "
            "S/2012/538 on Syria. The draft was tabled by the United Kingdom. It received eleven "
            "votes in favour. Russia and China voted against, the third time they have vetoed a "
            "Syria text together; the draft fell. Pakistan and South Africa abstained.")
    (ev,) = _sc(text, "2012-07-20")
    assert (ev.draft, ev.yes, ev.outcome, ev.sponsors) == ("S/2012/538", 11, "vetoed", ["GBR"])
    assert ev.votes == {"RUS": "no", "CHN": "no", "PAK": "abstain", "ZAF": "abstain"}


def test_a_government_that_said_after_the_vote_it_rejected_something_cast_no_vote():
    text = ("NEW YORK, July 30 - The Security Council on Friday adopted resolution 2303 on "
            "Burundi by 11 votes in favour, none against and four abstentions. Burundi's "
            "government said after the vote that it rejected the deployment of such a large "
            "force.")
    (ev,) = _sc(text, "2016-07-30")
    assert (ev.resolution, ev.outcome, ev.yes, ev.abstain) == ("2303", "adopted", 11, 4)
