"""Generalisation checks from a second look at the twelfth set's misses: sides named as
groups ("those voting in favour included"), the pluperfect of a retrospective account,
infinitives that report a vote, tallies written "14-to-1", members inside an aside.

Facts are the record's: S/11543 (30 October 1974, South Africa's expulsion) failed 10-3-2,
vetoed by France, the United Kingdom and the United States, with Australia, Kenya and
Mauritania among the ten in favour; S/21326 (31 May 1990) was vetoed by the United States
14-1; resolution 2371 (5 August 2017, United States draft) was adopted unanimously."""

from unvotes.extract import extract

_LEAD_1974 = ("UNITED NATIONS, Oct. 30 - Three permanent members on Wednesday vetoed a draft "
              "resolution that would have expelled South Africa from the United Nations. ")


def _sc(text: str, published: str):
    return next(e for e in extract(text, published=published) if e.body == "SC")


def test_a_hyphenated_to_tally_is_read() -> None:
    e = _sc("UNITED NATIONS, May 31 - The United States on Thursday vetoed a Security Council "
            "text on the occupied territories, standing alone in a 14-to-1 vote.\n",
            "1990-06-01")
    assert (e.outcome, e.yes, e.no, e.vetoed_by) == ("vetoed", 14, 1, ["USA"])


def test_an_undated_pluperfect_tells_this_vote_in_retrospect() -> None:
    e = _sc(_LEAD_1974 + "Ten members had voted in favour, including Kenya and Mauritania.\n",
            "1974-10-31")
    assert e.yes == 10
    assert (e.votes.get("KEN"), e.votes.get("MRT")) == ("yes", "yes")


def test_a_pluperfect_about_such_texts_stays_background() -> None:
    e = _sc("UNITED NATIONS, Aug 5 - The Security Council on Saturday unanimously adopted "
            "resolution 2371, drafted by the United States. Russia had voted against such "
            "measures before.\n", "2017-08-06")
    assert e.votes.get("RUS") != "no"


def test_those_voting_on_one_side_then_their_names() -> None:
    e = _sc(_LEAD_1974 + "Those voting in favour included Kenya, Iraq and Mauritania. "
            "Members abstaining were Austria and Costa Rica.\n", "1974-10-31")
    assert {c: e.votes.get(c) for c in ("KEN", "IRQ", "MRT", "AUT", "CRI")} == {
        "KEN": "yes", "IRQ": "yes", "MRT": "yes", "AUT": "abstain", "CRI": "abstain"}


def test_breaking_ranks_to_back_a_draft_is_a_vote_for_it() -> None:
    e = _sc(_LEAD_1974 + "Australia broke ranks with its Western allies to back the draft.\n",
            "1974-10-31")
    assert e.votes.get("AUS") == "yes"


def test_wanting_to_back_a_draft_is_no_vote() -> None:
    e = _sc(_LEAD_1974 + "Australia had wanted to back the draft, officials said.\n",
            "1974-10-31")
    assert "AUS" not in e.votes


def test_a_member_inside_an_aside_does_not_break_the_list() -> None:
    e = _sc("SINGAPORE, Aug 6 - The Security Council on Saturday unanimously imposed new "
            "sanctions on North Korea. China, which buys most of North Korea's coal, and "
            "Russia both voted in favour.\n", "2017-08-06")
    assert (e.votes.get("CHN"), e.votes.get("RUS")) == ("yes", "yes")
    assert "PRK" not in e.votes


def test_the_council_backing_a_numbered_resolution_is_its_adoption() -> None:
    e = _sc("SINGAPORE, Aug 6 - The 15-nation Security Council backed resolution 2371 on "
            "Saturday, drafted by the United States.\n", "2017-08-06")
    assert (e.outcome, e.resolution) == ("adopted", "2371")


def test_members_of_the_council_supporting_a_text_is_not_an_adoption() -> None:
    e = _sc(_LEAD_1974 + "Ten members of the Council supported the text.\n", "1974-10-31")
    assert e.outcome == "vetoed"


# --- from the thirteenth blind set's misses: S/11713 (6 June 1975, Namibia arms embargo)
# vetoed by France, the United Kingdom and the United States, 10-3-2; S/11795 and S/11796
# (11 August 1975, admission of the two Viet-Nams) each vetoed by the United States, 13-1-1
# with Costa Rica abstaining.


def test_stopping_a_demand_in_the_council_is_a_block() -> None:
    e = _sc("NEW YORK. France, Britain and the United States on Friday stopped a demand in "
            "the Security Council for an arms embargo against South Africa. The draft, "
            "S/11713, received ten votes; the three permanent members voted against it.\n",
            "1975-06-07")
    assert (e.outcome, e.vetoed_by) == ("vetoed", ["FRA", "GBR", "USA"])


def test_a_block_verb_does_not_reach_into_the_next_paragraph() -> None:
    events = extract("UNITED NATIONS, Aug 11 (IPS) -- The Security Council voted unanimously "
                     "on Friday for resolution 1701. Peace now depends on fighters who have "
                     "not yet stopped shooting.\n\nResolution 1701 was drafted by France.\n",
                     published="2006-08-12")
    assert [e.outcome for e in events if e.body == "SC"] == ["adopted"]


def test_an_undated_story_takes_its_leads_day_in_the_drafts_year() -> None:
    e = _sc("NEW YORK. France, Britain and the United States on Friday 6 June blocked a "
            "draft in the Security Council on an arms embargo. The draft resolution, "
            "registered as S/11713, received ten votes.\n", None)
    assert e.date == "1975-06-06"


def test_a_weekday_that_disagrees_with_the_drafts_year_gives_no_day() -> None:
    # 6 June 1975 was a Friday, not a Monday: the lead is of another year than the draft
    e = _sc("NEW YORK. France, Britain and the United States on Monday 6 June blocked a "
            "draft in the Security Council on an arms embargo, registered as S/11713.\n", None)
    assert e.date is None


def test_back_to_back_votes_then_each_vote_are_two_vetoes() -> None:
    events = [e for e in extract(
        "UNITED NATIONS, Aug 11 - In back-to-back votes at the Security Council on Monday, "
        "the United States vetoed membership for North Vietnam and for South Vietnam. Each "
        "vote went 13-1, with Costa Rica abstaining.\n", published="1975-08-12")
        if e.body == "SC"]
    assert [(e.outcome, e.yes, e.no, e.abstain, e.vetoed_by) for e in events] == [
        ("vetoed", 13, 1, 1, ["USA"])] * 2


def test_members_voting_to_let_states_in_is_not_an_adoption() -> None:
    events = [e for e in extract(
        "UNITED NATIONS, Aug 11 - The United States on Monday vetoed membership for the "
        "two Vietnams in the Security Council. Britain, France and Japan -- its closest "
        "friends -- voted to let both states in.\n", published="1975-08-12")
        if e.body == "SC"]
    assert [e.outcome for e in events] == ["vetoed"]
    assert {c: events[0].votes.get(c) for c in ("GBR", "FRA", "JPN")} == {
        "GBR": "yes", "FRA": "yes", "JPN": "yes"}


def test_a_no_that_does_not_count_as_a_veto_leaves_the_adoption_whole() -> None:
    # resolution 2623 (27 February 2022), procedural: 11-1-3, Russia against, no veto
    events = [e for e in extract(
        "NAIROBI - The Security Council on Sunday adopted resolution 2623 by 11 votes to one, "
        "with three abstentions. Russia voted no, but on a procedural text a negative vote "
        "from a permanent member does not count as a veto. China, India and the United Arab "
        "Emirates abstained.\n", published="2022-02-28") if e.body == "SC"]
    assert [(e.outcome, e.resolution, e.vetoed_by) for e in events] == [
        ("adopted", "2623", [])]
    assert events[0].votes == {"RUS": "no", "CHN": "abstain", "IND": "abstain",
                               "ARE": "abstain"}


# S/17633 (15 November 1985) vetoed by the United Kingdom and the United States, 12-2-1,
# France abstaining; resolution 188 (9 April 1964) 9-0-2, the United Kingdom and the United
# States abstaining; S/7285/Add.1 (23 May 1966) failed 6-1-8.


def test_two_western_powers_are_two_not_all_three() -> None:
    e = _sc("LUSAKA, Nov 16 - Britain and the United States yesterday vetoed a Security "
            "Council resolution on sanctions against South Africa. It won twelve votes. The "
            "two Western powers voted against, and France this time abstained.\n",
            "1985-11-16")
    assert (e.no, e.abstain, e.vetoed_by) == (2, 1, ["GBR", "USA"])
    assert e.votes.get("FRA") == "abstain"


def test_members_qualified_as_permanent_then_the_rest_of_the_list() -> None:
    e = _sc("LONDON, April 9 - The Security Council tonight adopted a resolution on the raid "
            "on Harib by nine votes to none. Voting in favour were France and the Soviet Union "
            "among the permanent members, together with Brazil, Norway and Morocco.\n",
            "1964-04-09")
    assert {c: e.votes.get(c) for c in ("FRA", "SUN", "BRA", "NOR", "MAR")} == dict.fromkeys(
        ("FRA", "SUN", "BRA", "NOR", "MAR"), "yes")


def test_and_so_did_extends_the_abstainers() -> None:
    e = _sc("UNITED NATIONS, May 23 - An African draft on Rhodesia failed in the Security "
            "Council on Monday with six votes in favour. Britain and the United States all "
            "abstained, and so did Japan and Uruguay.\n", "1966-05-24")
    assert {c: e.votes.get(c) for c in ("GBR", "USA", "JPN", "URY")} == dict.fromkeys(
        ("GBR", "USA", "JPN", "URY"), "abstain")


# resolution 2043 (21 April 2012, Syria observers), adopted unanimously; its sponsors were
# China, Colombia, France, Germany, Morocco, Pakistan, Portugal and Russia. Russia and China
# had vetoed S/2011/612 (4 October 2011) and S/2012/77 (4 February 2012).


def test_members_putting_their_names_to_the_text_with_co_sponsors_after() -> None:
    e = _sc("UNITED NATIONS, April 21 - The Security Council on Saturday unanimously adopted "
            "resolution 2043 on Syria. Russia and China put their names to it alongside "
            "France, Germany and Portugal, with Morocco, Colombia and Pakistan also "
            "co-sponsoring.\n", "2012-04-21")
    assert set(e.sponsors) == {"RUS", "CHN", "FRA", "DEU", "PRT", "MAR", "COL", "PAK"}


def test_vetoes_dated_months_back_after_a_comma_are_background() -> None:
    events = [e for e in extract(
        "UNITED NATIONS, April 21 - The Security Council on Saturday unanimously adopted "
        "resolution 2043 on Syria. Russia and China twice vetoed Western-backed drafts on "
        "Syria, in October and again in February. Both voted yes this time.\n",
        published="2012-04-21") if e.body == "SC"]
    assert [(e.outcome, e.resolution) for e in events] == [("adopted", "2043")]


# 22 July 1961 (Bizerte): resolution 164 adopted 10-0-0; S/4878 failed 4-0-7; S/4879
# failed with six votes in favour, among them the United Kingdom's and the United States'.


def test_a_decision_on_a_weekday_dates_the_votes_told_after_it() -> None:
    e = _sc("New York, 23 July - The Security Council came to a decision late on Saturday "
            "evening. It adopted, by ten votes to none, resolution 164 calling for a "
            "ceasefire.\n", "1961-07-24")
    assert (e.date, e.resolution) == ("1961-07-22", "164")


def test_a_new_draft_with_fewer_votes_is_a_vote_of_its_own() -> None:
    events = [e for e in extract(
        "New York, 23 July - On Saturday the Security Council adopted, by ten votes to none, "
        "resolution 164 calling for a ceasefire in Bizerte. A draft resolution submitted in "
        "document S/4878 received only four votes and fell.\n", published="1961-07-24")
        if e.body == "SC"]
    assert [(e.outcome, e.resolution, e.draft, e.yes) for e in events] == [
        ("adopted", "164", None, 10), ("failed", None, "S/4878", 4)]


def test_votes_including_those_of_members() -> None:
    e = _sc("New York, 23 July - A second draft (S/4879) failed in the Security Council on "
            "Saturday. It gathered six votes in favour, including those of Britain and the "
            "United States, one short of the seven required.\n", "1961-07-24")
    assert (e.yes, e.votes.get("GBR"), e.votes.get("USA")) == (6, "yes", "yes")


# resolution 1322 (7 October 2000) 14-0-1, the United States abstaining; resolution 1308
# (17 July 2000) adopted unanimously.


def test_res_dot_before_a_number_does_not_end_the_sentence() -> None:
    e = _sc("WASHINGTON, Oct 9 - On Saturday the Security Council adopted Res. 1322 by 14 votes "
            "to none, with the United States abstaining.\n", "2000-10-09")
    assert (e.resolution, e.yes, e.votes.get("USA")) == ("1322", 14, "abstain")


def test_welcoming_the_adoption_of_a_numbered_resolution_reports_it() -> None:
    e = _sc("New York, 17 July 2000 - The Mission welcomes the unanimous adoption today by "
            "the Security Council of resolution 1308 (2000) on HIV/AIDS and peacekeeping. All "
            "fifteen members of the Council, Namibia among them, voted in favour.\n",
            "2000-07-17")
    assert (e.outcome, e.resolution, e.date, e.votes.get("NAM")) == (
        "adopted", "1308", "2000-07-17", "yes")


def test_calling_for_the_adoption_of_a_resolution_reports_none() -> None:
    events = extract("New York, 17 July 2000 - The Mission calls for the adoption by the "
                     "Security Council of a resolution on HIV/AIDS.\n", published="2000-07-17")
    assert [e for e in events if e.body == "SC"] == []


# resolution 1556 (30 July 2004) 13-0-2, China and Pakistan abstaining; resolution 2800
# (13 November 2025, MINUSCA) 14-0-1, the United States abstaining, Algeria, Sierra Leone
# and Somalia among the fourteen.


def test_a_government_rejecting_something_before_the_council_is_no_failed_vote() -> None:
    events = [e for e in extract(
        "KHARTOUM, July 31 - The Security Council on Friday adopted resolution 1556 by 13 "
        "votes to none. Sudan's ambassador told the Council that his government rejected the "
        "deadline.\n", published="2004-07-31") if e.body == "SC"]
    assert [(e.outcome, e.resolution) for e in events] == [("adopted", "1556")]


def test_a_source_note_gives_the_edition_day() -> None:
    e = _sc("[Translated from French. Source: \"Oubangui Matin\", Bangui, edition of Friday 14 "
            "November 2025.]\n\nThe UN Security Council on Thursday renewed the mandate of "
            "the mission in the Central African Republic. Resolution 2800 (2025) was adopted "
            "with 14 votes in favour and one abstention, that of the United States.\n", None)
    assert e.date == "2025-11-13"


def test_a_group_described_then_named_after_as_did() -> None:
    e = _sc("UNITED NATIONS, Nov 13 - The Security Council on Thursday adopted resolution 2800. "
            "Russia and China voted for the text, as did the three African members of the "
            "Council -- Algeria, Sierra Leone and Somalia.\n", "2025-11-14")
    assert {c: e.votes.get(c) for c in ("RUS", "CHN", "DZA", "SLE", "SOM")} == dict.fromkeys(
        ("RUS", "CHN", "DZA", "SLE", "SOM"), "yes")


# Ceylon's admission (18 August 1948) vetoed by the Soviet Union, 9-2-0, with the United
# Kingdom, the United States, France, Canada and Syria in favour; S/5425/Rev.1 (13 September
# 1963) had eight votes in favour, Ghana, Morocco, the Philippines, Brazil and Norway among
# them.


def test_nine_of_the_eleven_members_were_in_favour() -> None:
    e = _sc("LAKE SUCCESS, Aug 18 - The Soviet Union on Wednesday vetoed Ceylon's application "
            "for membership in the Security Council. Nine of the eleven members of the "
            "Council were in favour of recommending Ceylon.\n", "1948-08-19")
    assert e.yes == 9


def test_among_those_supporting_it_were() -> None:
    e = _sc("LAKE SUCCESS, Aug 18 - The Soviet Union on Wednesday vetoed Ceylon's application "
            "for membership in the Security Council. Among those supporting the application "
            "were the United Kingdom, the United States and France, together with Canada and "
            "Syria.\n", "1948-08-19")
    assert {c: e.votes.get(c) for c in ("GBR", "USA", "FRA", "CAN", "SYR")} == dict.fromkeys(
        ("GBR", "USA", "FRA", "CAN", "SYR"), "yes")


def test_members_among_them_after_a_counted_side() -> None:
    e = _sc("NAIROBI, Sept 14 - Britain on Friday vetoed a Security Council resolution on "
            "Southern Rhodesia. Eight members of the Council voted in favour. Ghana, Morocco "
            "and the Philippines were among them, as were Brazil and Norway.\n", "1963-09-14")
    assert {c: e.votes.get(c) for c in ("GHA", "MAR", "PHL", "BRA", "NOR")} == dict.fromkeys(
        ("GHA", "MAR", "PHL", "BRA", "NOR"), "yes")


# resolution 2768 (15 January 2025, Houthi attacks reporting) 12-0-3, China, Russia and
# Algeria abstaining; drafted by the United States and Greece (Voting-Agent).


def test_a_council_named_only_with_the_secretary_general_is_the_security_council() -> None:
    e = _sc("Episode 112\n\nKWAME: Yesterday, Wednesday, the Council adopted resolution 2768. "
            "It extends the Secretary-General's monthly reporting on attacks on shipping in "
            "the Red Sea. The United States holds the pen on that, and it went through twelve "
            "to nothing, with three abstentions: China, Russia and Algeria.\n", "2025-01-16")
    assert (e.resolution, e.yes, e.no, e.abstain, e.date) == ("2768", 12, 0, 3, "2025-01-15")
    assert e.sponsors == ["USA"]
    assert {c: e.votes.get(c) for c in ("CHN", "RUS", "DZA")} == dict.fromkeys(
        ("CHN", "RUS", "DZA"), "abstain")


def test_a_council_with_no_sign_of_the_un_is_not_ours() -> None:
    events = extract("The city council adopted resolution 2768 on parking fees yesterday by "
                     "twelve votes to none.\n", published="2025-01-16")
    assert events == []


# 6 September 1950 (Korea): S/1653 vetoed by the Soviet Union, 9-1-1; the Soviet draft
# S/1668 failed with one vote in favour, eight against and two abstentions.


def test_the_rival_text_named_again_is_the_one_just_told() -> None:
    events = [e for e in extract(
        "LAKE SUCCESS, Sept. 6 -- The Soviet Union tonight vetoed a Security Council "
        "resolution on Korea. The vote was nine in favor to one against. Minutes later the "
        "Council disposed of a rival text. It drew a single vote. Eight members voted against "
        "it. Because the rival text (S/1668) never came close to the seven votes needed, the "
        "draft simply failed.\n", published="1950-09-07") if e.body == "SC"]
    assert [(e.outcome, e.draft, e.yes, e.no, e.vetoed_by) for e in events] == [
        ("vetoed", None, 9, 1, ["SUN"]), ("failed", "S/1668", 1, 8, [])]


def test_a_mission_that_is_authorised_to_act_is_no_second_vote() -> None:
    # resolution 1975 (30 March 2011, Cote d'Ivoire), adopted unanimously
    events = [e for e in extract(
        "UNITED NATIONS, March 30 - The Security Council on Wednesday unanimously adopted "
        "resolution 1975 on Cote d'Ivoire. The text:\n- urges Gbagbo to step aside;\n- "
        "recalls that the UN mission, UNOCI, is authorised to use all necessary means to "
        "protect civilians.\n", published="2011-03-31") if e.body == "SC"]
    assert [(e.outcome, e.resolution) for e in events] == [("adopted", "1975")]


# S/18785 (9 April 1987, Namibia) vetoed by the United Kingdom and the United States, 9-3-3,
# with the Soviet Union, China, Argentina, Ghana and Zambia among the nine; S/16463 (4 April
# 1984, Nicaragua) vetoed by the United States, 13-1-1, France, the Netherlands, the Soviet
# Union, China, India and Pakistan among the thirteen; resolution 2285 (29 April 2016)
# adopted 10-2-3, Uruguay and Venezuela against, Russia, Angola and New Zealand abstaining.


def test_the_nine_who_voted_for_it_were() -> None:
    e = _sc("UNITED NATIONS, April 9 - Britain and the United States on Thursday vetoed a "
            "Security Council draft on sanctions against South Africa. The nine who voted for "
            "sanctions were the Soviet Union, China, Argentina, Ghana and Zambia.\n",
            "1987-04-10")
    assert {c: e.votes.get(c) for c in ("SUN", "CHN", "ARG", "GHA", "ZMB")} == dict.fromkeys(
        ("SUN", "CHN", "ARG", "GHA", "ZMB"), "yes")


def test_an_aside_in_dashes_inside_a_list_of_voters() -> None:
    e = _sc("UNITED NATIONS, April 4 - The United States on Wednesday vetoed a Security "
            "Council draft on Nicaragua. Among those voting in favour were France and the "
            "Netherlands -- allies of Washington -- as well as the Soviet Union, China, India "
            "and Pakistan.\n", "1984-04-05")
    assert {c: e.votes.get(c) for c in ("FRA", "NLD", "SUN", "CHN", "IND", "PAK")} == (
        dict.fromkeys(("FRA", "NLD", "SUN", "CHN", "IND", "PAK"), "yes"))


def test_a_record_set_out_as_list_items() -> None:
    e = _sc("UNITED NATIONS, April 29 - The Security Council on Friday adopted resolution "
            "2285 by 10 votes to 2, with 3 abstentions.\n- Against: Uruguay and Venezuela.\n- "
            "Abstaining: Russia, Angola and New Zealand.\n- In favour: the other ten members, "
            "among them the United States, France and Japan.\n", "2016-04-30")
    assert e.votes == {"URY": "no", "VEN": "no", "RUS": "abstain", "AGO": "abstain",
                       "NZL": "abstain", "USA": "yes", "FRA": "yes", "JPN": "yes"}


# S/1385 (7 September 1949, Nepal's admission) vetoed by the Soviet Union, 9-2-0; on
# 2 May 1958 S/3995, incorporating a Swedish amendment, was vetoed by the Soviet Union,
# 10-1-0, and the Soviet draft S/3997 failed 1-9-1.


def test_a_text_recommending_a_state_to_the_assembly_is_the_councils_vote() -> None:
    e = _sc("LAKE SUCCESS, Sept. 7 -- The Soviet Union used its veto in the Security Council "
            "this afternoon to keep Nepal out of the United Nations. The count on the "
            "resolution recommending Nepal to the General Assembly, document S/1385, stood at "
            "nine in favor and two against.\n", "1949-09-08")
    assert (e.body, e.outcome, e.draft, e.yes, e.no, e.vetoed_by) == (
        "SC", "vetoed", "S/1385", 9, 2, ["SUN"])


def test_an_amendment_the_text_incorporated_and_a_draft_that_collapsed() -> None:
    events = [e for e in extract(
        "UNITED NATIONS, May 2 -- The Soviet Union this afternoon vetoed a plan for an "
        "inspection zone over the Arctic in the Security Council. Ten of the eleven members "
        "voted for the Arctic resolution, which incorporated an amendment offered by Sweden. "
        "Minutes later a Soviet resolution on bomber flights was put to the vote and "
        "collapsed. Only the Soviet Union voted for it. Nine members voted against, and "
        "Sweden abstained.\n", published="1958-05-02") if e.body == "SC"]
    assert [(e.outcome, e.yes, e.no, e.abstain, e.vetoed_by) for e in events] == [
        ("vetoed", 10, 1, 0, ["SUN"]), ("failed", 1, 9, 1, [])]


# resolution 2375 (11 September 2017, after North Korea's nuclear test of 3 September)
# adopted unanimously; resolution 2393 (19 December 2017) adopted 12-0-3.


def test_a_date_that_belongs_to_the_event_named_before_it() -> None:
    e = _sc("WASHINGTON (AP) - The U.N. Security Council on Monday unanimously approved new "
            "sanctions on North Korea. The 15-0 vote on UNSCR 2375 was the council's response "
            "to the underground explosion on Sept. 3.\n", "2017-09-12")
    assert (e.resolution, e.date) == ("2375", "2017-09-11")


def test_lower_case_res_dot_before_a_number() -> None:
    e = _sc("UNITED NATIONS, Dec 20 - On Tuesday the Security Council adopted res. 2393, "
            "renewing the cross-border aid arrangement for Syria. It passed 12-0-3.\n",
            "2017-12-20")
    assert (e.resolution, e.yes, e.abstain) == ("2393", 12, 3)


def test_a_record_item_with_among_them_after_a_dash() -> None:
    e = _sc("UNITED NATIONS, April 29 - The Security Council on Friday adopted resolution "
            "2285 by 10 votes to 2, with 3 abstentions.\n- In favour: the other ten members "
            "\u2014 among them the United States, France and Japan.\n", "2016-04-30")
    assert {c: e.votes.get(c) for c in ("USA", "FRA", "JPN")} == dict.fromkeys(
        ("USA", "FRA", "JPN"), "yes")


# S/18087/Rev.1 (23 May 1986) vetoed by the United Kingdom and the United States, 12-2-1.


def test_a_second_verb_after_would_have_is_unreal_too() -> None:
    events = [e for e in extract(
        "HARARE - Britain and the United States have vetoed a Security Council draft on "
        "South Africa. The vote came on 23 May. Draft resolution S/18087/Rev.1 would have "
        "condemned the raids and imposed selective mandatory sanctions on South Africa. "
        "Twelve members voted in favour; Britain and the United States voted against.\n",
        published="1986-07-01") if e.body == "SC"]
    assert [(e.outcome, e.vetoed_by) for e in events] == [("vetoed", ["GBR", "USA"])]


# resolution 670 (25 September 1990) 14-1, Cuba against; resolution 301 (20 October 1971)
# 13-0-2, the United Kingdom and France abstaining; resolution 2428 (13 July 2018) 9-0-6.


def test_the_resolution_then_its_number_in_dashes() -> None:
    e = _sc("NEW YORK - The Security Council voted this evening to extend the embargo on Iraq "
            "to aircraft. The resolution -- resolution number 670, for those keeping count -- "
            "passed fourteen to one. Only Cuba voted against.\n", "1990-09-25")
    assert (e.resolution, e.yes, e.no, e.votes.get("CUB")) == ("670", 14, 1, "no")


def test_by_resolution_n_the_council() -> None:
    e = _sc("UNITED NATIONS, Oct. 20 - The Security Council on Wednesday backed the World "
            "Court's opinion on Namibia. By resolution 301 (1971) the Council declared South "
            "Africa's presence illegal. The vote was 13 in favour, none against, and two "
            "abstentions.\n", "1971-10-21")
    assert (e.resolution, e.yes, e.no, e.abstain) == ("301", 13, 0, 2)


def test_a_sentence_opening_with_res_dot_and_its_number() -> None:
    e = _sc("JUBA - The United Nations Security Council on Friday imposed an arms embargo on "
            "South Sudan with nine votes in favour and six abstentions. Res. 2428 bars the "
            "sale of weapons to South Sudan until next May.\n", "2018-07-14")
    assert (e.resolution, e.yes, e.abstain) == ("2428", 9, 6)


# resolution 69 (4 March 1949) recommended Israel's admission, 9-1-1, Egypt against and the
# United Kingdom abstaining.


def test_recommending_a_state_for_admission_is_an_adoption_and_raised_hands_count() -> None:
    e = _sc("LAKE SUCCESS, March 4 (delayed). - The Security Council this afternoon "
            "recommended that the State of Israel be admitted to membership of the United "
            "Nations. Nine of the eleven delegations raised their hands for the "
            "recommendation. Egypt cast the only vote against, and the United Kingdom "
            "abstained.\n", "1949-03-06")
    assert (e.outcome, e.yes, e.no, e.abstain) == ("adopted", 9, 1, 1)
    assert (e.votes.get("EGY"), e.votes.get("GBR")) == ("no", "abstain")


# 19 September 1952: the recommendations for Viet-Nam, Laos and Cambodia were each vetoed by
# the Soviet Union, 10-1-0.


def test_separate_recommendations_for_three_states_are_three_votes() -> None:
    events = [e for e in extract(
        "NEW YORK, Sept 19 - The Soviet delegate followed the same line late on Friday, when "
        "the Security Council took up the three Associated States of Indo-China. Separate "
        "recommendations for Viet-Nam, Laos and Cambodia each drew the same ten-to-one "
        "division, and each was vetoed by the Soviet Union.\n", published="1952-09-20")
        if e.body == "SC"]
    assert [(e.outcome, e.yes, e.no, e.vetoed_by) for e in events] == [
        ("vetoed", 10, 1, ["SUN"])] * 3


def test_the_ukrainian_soviet_republic_is_one_member_in_a_list() -> None:
    # resolution 69 (4 March 1949): the Soviet Union, the Ukrainian SSR, France, Argentina
    # and Norway among the nine in favour
    e = _sc("LAKE SUCCESS, March 4 - The Security Council this afternoon voted to recommend "
            "Israel for membership by nine votes to one. Among those voting in favour were the "
            "Soviet Union and the Ukrainian Soviet Republic, France, and Argentina, together "
            "with Norway.\n", "1949-03-06")
    assert {c: e.votes.get(c) for c in ("SUN", "UKR", "FRA", "ARG", "NOR")} == dict.fromkeys(
        ("SUN", "UKR", "FRA", "ARG", "NOR"), "yes")


def test_abstainers_were_a_group_described_then_named() -> None:
    # S/17796 (6 February 1986) vetoed by the United States, 10-1-4; Australia, Denmark,
    # France and the United Kingdom abstained
    e = _sc("UNITED NATIONS, Feb 6 - The United States on Thursday vetoed a Security Council "
            "draft on the interception of a Libyan jet. The count was 10 votes in favour, one "
            "against and four abstentions. The four abstainers were the other Western members "
            "of the Council: Australia, Denmark, France and the United Kingdom.\n",
            "1986-02-07")
    assert {c: e.votes.get(c) for c in ("AUS", "DNK", "FRA", "GBR")} == dict.fromkeys(
        ("AUS", "DNK", "FRA", "GBR"), "abstain")


def test_a_past_in_an_aside_after_the_subject_stays_in_the_aside() -> None:
    # resolution 2240 (9 October 2015) 14-0-1, Venezuela abstaining, Russia in favour
    e = _sc("ROME, Oct 10 - The Security Council on Friday adopted resolution 2240 on migrant "
            "smuggling by 14 votes to none, with Venezuela abstaining. Russia, often wary of "
            "Western proposals on Libya since 2011, voted in favour.\n", "2015-10-10")
    assert (e.votes.get("RUS"), e.votes.get("VEN")) == ("yes", "abstain")


# resolution 1907 (23 December 2009, Eritrea) 13-1-1, drafted by Uganda (Voting-Agent).


def test_a_resolution_named_by_number_where_its_drafter_is_named() -> None:
    for tail in ("Resolution 1907 (2009) was drafted by Uganda, which sits on the Council.",
                 "That text, resolution 1907, was put forward by Uganda.",
                 "The resolution, number 1907, was put forward by Uganda."):
        e = _sc("NAIROBI, Dec 24 - The Security Council on Wednesday imposed sanctions on "
                "Eritrea by 13 votes to one, with China abstaining. " + tail + "\n",
                "2009-12-24")
        assert (e.resolution, e.sponsors) == ("1907", ["UGA"]), tail


def test_abstaining_members_were_and_votes_in_favour_came_from() -> None:
    # S/13911 (30 April 1980) vetoed by the United States, 10-1-4; France, the United
    # Kingdom, Norway and Portugal abstained; China, the Soviet Union, Mexico and Jamaica
    # among the ten in favour
    e = _sc("UNITED NATIONS, April 30 - The United States on Wednesday vetoed a Security "
            "Council draft on Palestinian rights: ten members voted in favour, one against and "
            "four abstained. The four abstaining members were France, the United Kingdom, "
            "Norway and Portugal. The ten votes in favour came from China, the Soviet Union, "
            "Mexico and Jamaica.\n", "1980-05-01")
    assert e.votes == {"CHN": "yes", "JAM": "yes", "MEX": "yes", "SUN": "yes", "USA": "no",
                       "FRA": "abstain", "GBR": "abstain", "NOR": "abstain", "PRT": "abstain"}


def test_that_resolution_with_another_count_and_outcome_is_another_text() -> None:
    # 9 September 1960: S/4494 (Congo) failed 3-6-2; resolution 156 (Dominican Republic)
    # adopted 9-0-2, the Soviet Union and Poland abstaining
    events = [e for e in extract(
        "ACCRA - The Security Council of the United Nations last night rejected a draft "
        "resolution on the Congo. It won only three votes. Six members voted against it.\n\n"
        "Earlier the same day the Council took note of a report on the Dominican Republic. "
        "That resolution was adopted by nine votes to none. The Soviet Union and Poland "
        "abstained.\n", published="1960-09-10") if e.body == "SC"]
    assert [(e.outcome, e.yes, e.no) for e in events] == [("failed", 3, 6), ("adopted", 9, 0)]
    assert events[1].votes == {"SUN": "abstain", "POL": "abstain"}
