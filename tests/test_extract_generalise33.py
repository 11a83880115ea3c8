"""Generalisation checks from the twelfth session's later rounds: older sets read again and
the blind sets heldout67 and heldout68 studied after they were scored.

Facts are Sciences Po's; drafters are Voting-Agent's "Submitted by". Resolution 1301
(Wednesday 31 May 2000, MINURSO) passed 12-1-2, Namibia against and Jamaica and Mali
abstaining, submitted by France, Russia, Britain and the United States. On Friday 17 January
1986 the United States vetoed a draft on southern Lebanon, 11-1-3 (Britain, Denmark and
Australia abstaining), and on Thursday 30 January 1986 one on the Haram al-Sharif, 13-1-1
(Thailand abstaining). On Thursday 3 July 1952 the Soviet Union vetoed the Red Cross inquiry,
10-1-0; on Tuesday 1 July a Soviet draft on the same item failed 1-10-0. Resolutions 602
(Wednesday 25 November 1987) and 606 (Wednesday 23 December 1987), both on Angola, passed
15-0. Resolution 112 (Monday 6 February 1956, the Sudan admitted) passed 11-0. Resolution 187
(Friday 13 March 1964, Cyprus) passed 11-0 with Bolivia, Brazil, Czechoslovakia, the Ivory
Coast, Morocco and Norway as elected members. Resolution 2753 (Wednesday 30 October 2024,
Somalia) passed 15-0 with Algeria, Mozambique and Sierra Leone on the Council. Resolution 1570
(Thursday 28 October 2004, MINURSO) passed 15-0, submitted by France, Russia, Spain, Britain
and the United States. Resolution 549 (Thursday 19 April 1984, UNIFIL) passed 13-0-2, the
Soviet Union and the Ukrainian SSR abstaining. Resolution 289 (Monday 23 November 1970, Guinea)
passed 15-0. Resolution 66 (Wednesday 29 December 1948, the Negev) passed 8-0-3, the United
States, the Soviet Union and the Ukrainian SSR abstaining. Resolution 1807 (Monday 31 March
2008, DRC sanctions) passed 15-0 with Burkina Faso, Libya and South Africa on the Council.
Resolution 34 (Monday 15 September 1947, the Greek question off the agenda) passed 9-2, the
Soviet Union and Poland against, a procedural vote. Resolution 1636 (Monday 31 October 2005)
passed 15-0 under Chapter VII, submitted by France, Britain and the United States, as was 2101
(Thursday 25 April 2013, Cote d'Ivoire sanctions). Resolution 575 (Thursday 17 October 1985,
UNIFIL) passed 13-0-2. Resolution 2736 (Thursday 13 June 2024, El Fasher) passed 14-0-1.
Resolution 2261 (Monday 25 January 2016, the Colombia mission) passed 15-0, submitted by all
fifteen members, Britain and Venezuela among them. Resolution 1953 (Tuesday 14 December 2010,
UNFICYP) passed 14-1-0, Turkey against, with Japan, Brazil, Austria, Lebanon and Bosnia and
Herzegovina among the elected members. Resolution 2322 (Monday 12 December 2016, judicial
cooperation against terrorism) passed 15-0; Spain, Senegal, Uruguay and New Zealand were among
its many sponsors. Resolution 2253 (Thursday 17 December 2015, the ISIL sanctions) passed 15-0;
Russia and the United States were among its sponsors. Resolution 515 (Thursday 29 July 1982,
the blockade of west Beirut) passed 14-0-0, the United States not taking part.
"""

from unvotes.extract import extract
from unvotes.extract.documents import html_to_document


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_drafters_described_at_length_before_the_colon() -> None:
    text = ("WINDHOEK, Friday, 2 June 2000 - The Council on Wednesday extended Minurso by two "
            "months. The vote was 12 in favour and one against, with two abstentions. Resolution "
            "1301 (2000) was tabled by the four members of the \"Friends of Western Sahara\" on "
            "the Council: the United States, France, Britain and Russia.\n")
    [e] = _sc(text, "2000-06-02")
    assert e.sponsors == ["USA", "FRA", "GBR", "RUS"]


def test_the_first_time_was_dates_the_veto_told_next() -> None:
    text = ("LONDON, Monday, 3 February 1986\n\nTwo vetoes in a fortnight.\n\nThe first time was "
            "on Friday 17 January. The draft, S/17730/Rev.2, would have deplored the attacks in "
            "southern Lebanon. Eleven members voted for it. The United States voted no.\n\nThe "
            "second time was last Thursday, 30 January. The draft, S/17769/Rev.1, drew 13 votes "
            "to 1, and the one was the United States' veto.\n")
    dates = {e.draft: e.date for e in _sc(text, "1986-02-03")}
    assert dates == {"S/17730/Rev.2": "1986-01-17", "S/17769/Rev.1": "1986-01-30"}


def test_a_drafter_s_text_of_two_days_earlier_is_another_vote() -> None:
    text = ("NEW YORK, July 3. -- The Soviet Union to-day vetoed a proposal that the Red Cross "
            "investigate the germ warfare charges. The voting was 10 in favour and 1 against.\n\n"
            "Two days earlier, on Tuesday, the Council had disposed of a Soviet proposal on the "
            "same item. That text obtained only one vote, while the remaining ten members voted "
            "against it.\n")
    events = _sc(text, "1952-07-05")
    assert [(e.date, e.outcome, e.yes, e.no) for e in events] == [
        ("1952-07-03", "vetoed", 10, 1), ("1952-07-01", "failed", 1, 10)]


def test_a_date_spelled_out_by_a_radio_correspondent() -> None:
    text = ("Morning news, Thursday 24 December 1987\n\nCORRESPONDENT: Fifteen votes in favour, "
            "none against -- that was the count in the Security Council chamber on the "
            "twenty-third of December. The text, resolution six hundred and six, asks for a "
            "timetable of withdrawal.\n")
    [e] = _sc(text, "1987-12-24")
    assert (e.date, e.resolution, e.yes) == ("1987-12-23", "606", 15)


def test_the_day_a_debate_began_is_not_the_vote_s_day() -> None:
    text = ("LUSAKA, 7 December 1972 - The Security Council has asked the Secretary-General to "
            "press on with his efforts on Namibia. The resolution was adopted in New York last "
            "night by thirteen votes to none, at the end of a debate that began on the "
            "twenty-eighth of November.\n")
    [e] = _sc(text, "1972-12-07")
    assert e.date == "1972-12-06"


def test_a_member_s_until_appositive_dates_nothing() -> None:
    text = ("KHARTOUM, 11 February 1956 - On Monday the Security Council unanimously recommended "
            "the admission of the Sudan. Britain, until the first of January a partner in the "
            "Condominium, voted with the rest.\n")
    [e] = _sc(text, "1956-02-11")
    assert (e.date, e.votes) == ("1956-02-06", {"GBR": "yes"})


def test_all_the_others_spelled_out_after_a_dash() -> None:
    text = ("OSLO, Saturday 14 March 1964 - The Security Council met late yesterday and adopted "
            "resolution 187 by eleven votes to none. Norway voted in favour, as did all the "
            "others -- the Soviet Union and Czechoslovakia alongside Britain and France, and the "
            "elected members such as Brazil and Morocco.\n")
    [e] = _sc(text, "1964-03-14")
    assert e.votes == {"NOR": "yes", "SUN": "yes", "CSK": "yes", "GBR": "yes", "FRA": "yes",
                       "BRA": "yes", "MAR": "yes"}


def test_everybody_on_board_including_members_named() -> None:
    text = ("MOGADISHU, Thursday 31 October 2024 - Yesterday the Security Council adopted "
            "resolution 2753 unanimously, fifteen votes in favour. This time everybody was on "
            "board, including the three African members -- Algeria, Sierra Leone and Mozambique "
            "-- and also China and Russia.\n")
    [e] = _sc(text, "2024-10-31")
    assert e.votes == {"DZA": "yes", "SLE": "yes", "MOZ": "yes", "CHN": "yes", "RUS": "yes"}


def test_the_countries_of_a_so_called_group_of_friends() -> None:
    text = ("NEW YORK, 28 Oct 2004 -- The Security Council on Thursday extended the mandate of "
            "MINURSO for six months, in a unanimous vote of its fifteen members. Resolution 1570 "
            "(2004) was presented by the countries of the so-called Group of Friends of Western "
            "Sahara: France, Russia, Spain, the United Kingdom and the United States.\n")
    [e] = _sc(text, "2004-10-28")
    assert e.sponsors == ["FRA", "RUS", "ESP", "GBR", "USA"]


def test_an_answer_after_its_label_with_a_relative_clause() -> None:
    text = ("THE BLUE BERET BULLETIN -- posted 2 May 1984\n\nQ. Has the mandate been renewed?\nA. "
            "Yes. On Thursday 19 April the Security Council extended UNIFIL. The text is "
            "resolution 549 (1984).\nQ. What was the vote?\nA. Thirteen in favour, none against "
            "and two abstentions.\nQ. Who abstained?\nA. The Soviet Union and the Ukrainian "
            "S.S.R., which has a seat on the Council this year and next.\n")
    [e] = _sc(text, "1984-05-02")
    assert e.votes == {"SUN": "abstain", "UKR": "abstain"}


def test_a_date_in_an_after_clause_with_early_on() -> None:
    text = ("NEW YORK, Nov. 23. -- The Security Council tonight demanded an end to the attack "
            "on Guinea. The resolution, number 289, was adopted unanimously, by 15 votes to none, "
            "barely a day and a half after Conakry reported that its capital had come under "
            "attack early on Sunday.\n")
    [e] = _sc(text, "1970-11-24")
    assert e.date == "1970-11-23"


def test_a_write_through_s_paragraph_range_is_no_tally() -> None:
    text = ("PM-UN-Palestine, 2nd writethru\nEDS: Writes through to add vote breakdown, "
            "paragraphs 4-7.\nPARIS, Dec. 29 -- The Security Council tonight called for a "
            "cease-fire in southern Palestine. The resolution, adopted by eight votes to none, "
            "orders the parties to carry out the Council's decision on the Negev. Three "
            "delegations abstained. Today's resolution is numbered 66 in the Council's series.\n")
    [e] = _sc(text, "1948-12-29")
    assert (e.yes, e.no, e.abstain, e.resolution) == (8, 0, 3, "66")


def test_a_count_restating_members_with_a_name_aside() -> None:
    text = ("Date: Wed, 2 Apr 2008\n\nOn Monday, 31 March, the UN Security Council renewed the "
            "sanctions on the Congo. Resolution 1807 (2008) was adopted unanimously, 15 votes in "
            "favour. South Africa and Burkina Faso, the two African members this year besides "
            "Libya, voted yes.\n")
    [e] = _sc(text, "2008-04-02")
    assert e.votes == {"ZAF": "yes", "BFA": "yes"}


def test_a_procedural_adoption_over_a_soviet_no() -> None:
    text = ("LONDON, Saturday, September 20, 1947\n\nSir,--On Monday, September 15, the Council "
            "voted nine to two to remove the Greek question from its list. Only the Soviet Union "
            "and Poland voted against. There were no abstentions; Britain, the United States, "
            "France, Australia and Syria were among the nine. On procedure no permanent member "
            "holds a veto. The resolution was therefore adopted, and the Soviet delegate, "
            "whatever he may say in the Assembly, cannot undo it.\n")
    [e] = _sc(text, "1947-09-20")
    assert (e.outcome, e.vetoed_by, e.yes, e.no) == ("adopted", [], 9, 2)
    assert e.votes == {"SUN": "no", "POL": "no", "GBR": "yes", "USA": "yes", "FRA": "yes",
                       "AUS": "yes", "SYR": "yes"}


def test_chapter_vii_is_the_united_nations() -> None:
    text = ("BEIRUT, Friday, 4 November 2005\n\nCOUNCIL TELLS DAMASCUS TO COOPERATE\n\nForeign "
            "ministers sat around the horseshoe table in New York on Monday, 31 October, and "
            "voted 15-0 for resolution 1636. The text was drafted by France, the United Kingdom "
            "and the United States. It was adopted under Chapter VII of the Charter.\n")
    [e] = _sc(text, "2005-11-04")
    assert (e.date, e.resolution, e.yes) == ("2005-10-31", "1636", 15)


def test_a_wire_slug_s_date_with_a_four_figure_year() -> None:
    text = ("UNI-DISPATCH  A0412  BC-UN-Lebanon-Force 2ndWritethru  10-17-1985  19:52 ET\n\n"
            "UNITED NATIONS -- The Security Council on Thursday renewed the mandate of the force "
            "in southern Lebanon. The vote was 13 in favor, none against, with two "
            "abstentions.\n")
    [e] = _sc(text, None)
    assert e.date == "1985-10-17"


def test_members_that_joined_the_drafter_in_presenting_the_text() -> None:
    text = ("ABIDJAN, lundi 29 avril 2013 - The United Nations Security Council on Thursday "
            "renewed the sanctions regime on Cote d'Ivoire. The resolution, drafted by France, "
            "was adopted unanimously. The United Kingdom and the United States joined France in "
            "presenting the text.\n")
    [e] = _sc(text, "2013-04-29")
    assert e.sponsors == ["FRA", "GBR", "USA"]


def test_the_one_number_of_the_vote_s_year_in_a_heading_above_the_story() -> None:
    text = ("Sudan Crisis Digest #47\nBy the editorial team, 14 June 2024\n\n1. New York: "
            "resolution 2736 on El Fasher\n\nThe Security Council on Thursday demanded an end "
            "to the siege of El Fasher. The text was adopted by 14 votes to none, with Russia "
            "abstaining.\n")
    [e] = _sc(text, "2024-06-14")
    assert (e.date, e.resolution, e.abstain) == ("2024-06-13", "2736", 1)


def test_every_member_put_their_names_to_it_including_one_named() -> None:
    text = ("BOGOTA, 26 January 2016 - The Security Council yesterday unanimously established a "
            "political mission for Colombia. The United Kingdom presented the text, and all "
            "fifteen members put their names to it as co-sponsors, including Venezuela.\n")
    [e] = _sc(text, "2016-01-26")
    assert e.sponsors == ["GBR", "VEN"]


def test_a_rule_that_a_negative_vote_can_block_and_names_among_them() -> None:
    text = ("NICOSIA, 15 December 2010 - The Security Council yesterday extended the force in "
            "Cyprus by 14 votes to one. Turkey cast the only vote against. Its vote had no "
            "effect: only a negative vote by one of the five permanent members can block a "
            "resolution, and all five voted in favour, as did the other elected members, among "
            "them Japan, Brazil and Austria.\n")
    [e] = _sc(text, "2010-12-15")
    assert e.votes["TUR"] == "no"
    assert "no" not in {e.votes.get(code) for code in ("JPN", "BRA", "AUT")}


def test_co_sponsors_named_among_them_in_the_next_sentence() -> None:
    text = ("MADRID, 14 December 2016 - The Security Council on Monday unanimously adopted "
            "resolution 2322 on judicial cooperation against terrorism. The drafting was led by "
            "Spain, and the list of co-sponsors is unusually long. Among them are Senegal, "
            "Uruguay and New Zealand.\n")
    [e] = _sc(text, "2016-12-14")
    assert e.sponsors == ["ESP", "SEN", "URY", "NZL"]


def test_a_joint_initiative_of_two_members() -> None:
    text = ("LONDON, 18 December 2015 - The Security Council yesterday unanimously adopted "
            "resolution 2253 on the ISIL sanctions. The text was a joint initiative of Russia and "
            "the United States.\n")
    [e] = _sc(text, "2015-12-18")
    assert e.sponsors == ["RUS", "USA"]


def test_a_column_on_routine_renewals_reports_no_vote() -> None:
    text = ("NICOSIA, 12 September 2021\n\nEvery few months a short item appears on our inside "
            "pages: the Security Council has renewed the mandate of the force on the island. "
            "Diplomats argue over a paragraph or two. Then the text is adopted, often without a "
            "single dissenting hand, and the diplomats go back to their other files.\n")
    assert _sc(text, "2021-09-12") == []


_ARCHIVED = ("<html><head><title>Council demands Israel lift Beirut blockade</title></head><body>"
             "<div class=\"archive-note\">This article was digitised on <time datetime=\"2019-03-11"
             "\">11 March 2019</time> from the printed edition of <time datetime=\"1982-07-30\">"
             "Friday, 30 July 1982</time>, page 7.</div><article><h1>Council tells Israel: let "
             "food into Beirut</h1><p>The Security Council last night demanded that Israel lift "
             "its blockade of west Beirut so that food and water can reach the city.</p><p>The "
             "resolution was adopted by 14 votes to none. The United States did not take part in "
             "the vote.</p><p>Ireland voted in favour along with Spain, Japan and Jordan. An "
             "Irish diplomat said the Council could not stay silent.</p>"
             "<section class=\"comments\"><div class=\"comment\"><time datetime=\"2020-07-29T21:14"
             ":00+01:00\">29 July 2020</time><p>My father served in Naqoura around then.</p></div>"
             "</section></article></body></html>")


def test_a_reader_s_comment_does_not_date_an_archived_story() -> None:
    doc = html_to_document(_ARCHIVED)
    assert str(doc.published) != "2020-07-29"  # the comment's day
    [e] = _sc(doc.text, str(doc.published) if doc.published else None)
    assert e.date == "1982-07-29"
