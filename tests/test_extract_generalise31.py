"""Generalisation checks from the eleventh session's rounds: pages archived long after they
were printed, asides that carry lists of their own, drafters introduced as leads or as a
count, and days given in answer to a question.

Facts are Sciences Po's; drafters are Voting-Agent's "Submitted by". On Wednesday 25 October
1961 the Council recommended Mauritania (resolution 167) by 9-1-1, the United Arab Republic
against and the Soviet Union abstaining; on Thursday 14 December 1961 it recommended
Tanganyika, a trust territory under British administration until its independence on 9
December, by 11-0 (resolution 170); Ceylon, Chile, Ecuador, Liberia, Turkey and the United
Arab Republic were the elected members that year. Resolution 571 (Friday 20 September 1985,
South Africa's raids into Angola) passed 15-0. Resolution 2139 (Saturday 22 February 2014,
humanitarian access in Syria) passed 15-0, submitted by Australia, France, Jordan, Lithuania,
Luxembourg, the Republic of Korea, Britain and the United States. Resolution 2143 (Friday 7
March 2014, children and armed conflict) passed 15-0 with 47 co-sponsors, among them
Luxembourg, Chad and Nigeria, all three elected members in 2014. Resolution 2165 (Monday 14
July 2014, cross-border aid into Syria) passed 15-0, submitted by Australia, Chad, Chile,
France, Jordan, Lithuania, Luxembourg, the Republic of Korea, Rwanda, Britain and the United
States.

From the second round: resolution 1070 (Friday 16 August 1996, air sanctions on Sudan) passed
13-0-2, China and Russia abstaining, submitted by Botswana, Egypt and Guinea-Bissau, then the
Council's three African members. On Tuesday 15 March 2016 the Council extended the UN missions
in Libya (resolution 2273) and Afghanistan (resolution 2274), each 15-0.

From the third round, all adopted without a vote against or an abstention: in 1956, when the
Council's eleven were Australia, Belgium, the Republic of China, Cuba, France, Iran, Peru, the
Soviet Union, Britain, the United States and Yugoslavia, resolutions 112 (Sudan admitted,
Monday 6 February), 115 (Morocco, Friday 20 July), 118 (Suez, Saturday 13 October) and 121
(Japan, Wednesday 12 December); on Monday 18 August 1975, resolutions 372, 373 and 374
recommending Cape Verde, Sao Tome and Principe and Mozambique; in 1986, with Australia,
Bulgaria, the Congo, Denmark, Ghana, Madagascar, Thailand, Trinidad and Tobago, the United Arab
Emirates and Venezuela as elected members, resolutions 586 (UNIFIL, Friday 18 July), 590
(UNDOF, Wednesday 26 November) and 591 (the arms embargo on South Africa, Friday 28
November); resolution 1440 (Thursday 24 October 2002) condemned the hostage-taking in a
Moscow theatre that began the evening before; resolution 2137 (Thursday 13 February 2014, the
UN office in Burundi) was submitted by France and Nigeria.

From the fourth round: resolutions 113 (Wednesday 4 April 1956), which asked the
Secretary-General to survey compliance with the armistice agreements, and 114 (Monday 4 June
1956), which followed on his report, each 11-0; resolution 198 (Friday 18 December 1964, the
Cyprus force extended, 11-0, with Bolivia, Brazil, Czechoslovakia, the Ivory Coast, Morocco and
Norway as elected members); resolution 412 (Thursday 7 July 1977) recommended Djibouti, 15-0,
and the Assembly admitted it on 20 September 1977; resolution 652 (Tuesday 17 April 1990)
recommended Namibia, 15-0, and the Assembly admitted it on Monday 23 April 1990.

From the fifth round: in 1960, with Argentina, Ceylon, the Republic of China, Ecuador, France,
Italy, Poland, Tunisia, the Soviet Union, Britain and the United States on the Council, it
recommended the Malagasy Republic on Wednesday 29 June (resolution 140) and Somalia, independent
since 1 July, on Tuesday 5 July (resolution 141), each 11-0. Resolution 1290 (Thursday 17
February 2000) recommended Tuvalu, 14-0-1, China abstaining. Norway and Canada were among the
co-sponsors of resolution 2143 from outside the Council.

From the sixth round: resolution 1284 (Friday 17 December 1999, the Iraq monitoring commission)
passed 11-0-4, China, France, Malaysia and Russia abstaining, with Slovenia and the
Netherlands in favour; resolution 874 (Thursday 14 October 1993, Nagorny Karabakh) followed
resolutions 822 and 853 of that year, each 15-0, with Pakistan and Russia in favour;
resolution 976 (Wednesday 8 February 1995, UNAVEM III) passed 15-0 with Botswana among the
elected members.

From the seventh round: resolution 662 (Thursday 9 August 1990, the annexation of Kuwait null
and void) and resolution 664 (Saturday 18 August 1990, foreign nationals in Iraq and Kuwait)
each passed 15-0, Cuba and Yemen among the elected members. Resolution 141 recommended Somalia
on Tuesday 5 July 1960, 11-0.

From the eighth round: resolutions 233 (Tuesday 6 June 1967) and 234 (Wednesday 7 June 1967)
called for and then demanded a cease-fire in the Middle East, each adopted unanimously.

From the ninth round: resolution 822 (Friday 30 April 1993, Nagorny Karabakh) passed 15-0 with
Spain and Hungary among the elected members; resolution 2334 (Friday 23 December 2016,
settlements) passed 14-0-1, the United States abstaining, submitted by Malaysia, New Zealand,
Senegal and Venezuela. Resolution 2178 (Wednesday 24 September 2014, foreign terrorist
fighters) passed 15-0; its "Submitted by" cell names, among many, Norway and Morocco from
outside the Council and Lithuania and Jordan, both elected for 2014-15. On Tuesday 17 June 2014
the Council adopted resolutions 2160 (the Taliban sanctions) and 2161 (the Al-Qaida sanctions),
each 15-0, both submitted by Australia, France, Lithuania, Luxembourg, Britain and the United
States.
"""

from unvotes.extract import extract
from unvotes.extract.documents import html_to_document


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


# --------------------------------------------------------------------------- archived pages

_ARCHIVE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Council backs Angola | Evening Courier archive</title>
<meta name="citation_title" content="Council backs Angola">
<meta name="citation_publication_date" content="1985/09/21">
</head><body>
<header><p>Scanned from microfilm. Record updated <time datetime="2019-05-02">2 May
2019</time>.</p></header>
<article><p>The Security Council yesterday condemned South Africa for its raids into southern
Angola. All 15 members voted for the resolution, which demands that Pretoria withdraw its
forces.</p></article></body></html>"""


def test_an_archive_page_is_dated_by_its_citation_tag_not_by_its_catalogue_entry() -> None:
    doc = html_to_document(_ARCHIVE)
    assert str(doc.published) == "1985-09-21"
    [e] = _sc(doc.text, str(doc.published))
    assert (e.date, e.yes) == ("1985-09-20", 15)


def test_the_story_s_own_time_element_beats_the_site_header_s() -> None:
    page = _ARCHIVE.replace('<meta name="citation_publication_date" content="1985/09/21">', "")
    page = page.replace("<article>", '<article><p><time datetime="1985-09-21">Saturday, 21 '
                        'September 1985</time></p>')
    assert str(html_to_document(page).published) == "1985-09-21"


# --------------------------------------------------------------------------- who voted how

_MAURITANIA = (
    "UNITED NATIONS, Oct. 25 - The Security Council today recommended Mauritania for membership "
    "by nine votes to one, with one abstention. Among the nine who supported Mauritania this "
    "time were France, Britain and the United States, together with Chile, Turkey and Liberia. "
    "The United Arab Republic voted against and the Soviet Union abstained.\n")


def test_the_members_named_after_among_the_nine_who_supported_it_were() -> None:
    [e] = _sc(_MAURITANIA, "1961-10-26")
    assert (e.date, e.outcome, e.yes, e.no, e.abstain) == ("1961-10-25", "adopted", 9, 1, 1)
    assert {k for k, v in e.votes.items() if v == "yes"} == {"FRA", "GBR", "USA", "CHL", "TUR",
                                                              "LBR"}
    assert (e.votes["EGY"], e.votes["SUN"]) == ("no", "abstain")


_TANGANYIKA = "UNITED NATIONS, Dec. 14 - The Security Council today recommended Tanganyika for " \
    "membership by eleven votes to none. "


def test_a_member_s_appositive_holding_a_relative_clause_does_not_hide_it() -> None:
    text = _TANGANYIKA + ("Britain, the power under whose rule Ceylon lived until 1948, voted "
                          "in favour, as did the Soviet Union and the United States.\n")
    [e] = _sc(text, "1961-12-15")
    assert e.votes == {"GBR": "yes", "SUN": "yes", "USA": "yes"}


def test_a_list_inside_an_aside_casts_no_votes() -> None:
    text = _TANGANYIKA + ("Liberia, which sits beside Ceylon, Chile and Ecuador among the "
                          "elected members this year, voted in favour.\n")
    [e] = _sc(text, "1961-12-15")
    assert e.votes == {"LBR": "yes"}


# --------------------------------------------------------------------------- counts, outcome

_ANGOLA = "LUANDA, Saturday 21 September 1985 - The Security Council yesterday condemned South " \
    "Africa for its raids into southern Angola. "


def test_adopted_by_the_fifteen_members_without_a_vote_against_or_an_abstention() -> None:
    text = _ANGOLA + ("The resolution was adopted by the fifteen members of the Council "
                      "without a vote against or an abstention.\n")
    [e] = _sc(text, "1985-09-21")
    assert (e.outcome, e.yes, e.no, e.abstain) == ("adopted", 15, 0, 0)


def test_adopted_without_a_vote_counts_nobody() -> None:
    # (a guard: "without a vote" is a decision taken with no vote at all)
    [e] = _sc(_ANGOLA + "The resolution was adopted without a vote.\n", "1985-09-21")
    assert (e.no, e.abstain) == (None, None)


def test_a_non_member_rejecting_the_complaint_is_no_failed_vote() -> None:
    text = _ANGOLA + ("All 15 members voted for the resolution. A spokesman for the accused "
                      "government, which is not a member of the Council, rejected the "
                      "complaint.\n")
    [e] = _sc(text, "1985-09-21")
    assert (e.outcome, e.yes) == ("adopted", 15)


def test_fifteen_votes_and_none_against_cannot_fail() -> None:
    text = _ANGOLA + ("All 15 members voted for the resolution, and none against. A spokesman "
                      "for the accused government, which is not a member of the Council, "
                      "rejected the vote as one-sided.\n")
    [e] = _sc(text, "1985-09-21")
    assert e.outcome == "adopted"


# --------------------------------------------------------------------------- days

def test_the_lead_s_yesterday_with_its_weekday_dates_the_vote_told_after_it() -> None:
    text = ("THE MORNING HERALD, Saturday 21 September 1985\n\n"
            "The United Nations Security Council yesterday, Friday, condemned South Africa's "
            "raids into southern Angola.\n\nThe resolution, number 571, was adopted "
            "unanimously. The explanations of vote took place on the same day, right after the "
            "adoption.\n")
    [e] = _sc(text, None)
    assert (e.date, e.resolution) == ("1985-09-20", "571")


def test_a_day_given_in_answer_to_when_did_this_happen() -> None:
    text = ("CITY RADIO -- Tuesday 15 July 2014 -- transcript\n\n"
            "PRESENTER: We start in New York, where the Security Council has voted to let aid "
            "convoys into Syria across four border crossings. When did this happen?\n\n"
            "REPORTER: Yesterday, Monday, in the late morning New York time. The resolution, "
            "number 2165, was adopted unanimously. The explanations of vote took place on the "
            "same day, right after the adoption.\n")
    [e] = _sc(text, None)
    assert (e.date, e.resolution, e.yes) == ("2014-07-14", "2165", 15)


# --------------------------------------------------------------------------- drafters

_SYRIA = "UNITED NATIONS, Feb. 22 - The Security Council today unanimously adopted resolution " \
    "2139 on aid to Syria. "


def test_co_sponsored_by_a_member_itself_together_with_others() -> None:
    text = _SYRIA + ("The text was co-sponsored by Australia itself together with Jordan and "
                     "Luxembourg, among others.\n")
    [e] = _sc(text, "2014-02-23")
    assert set(e.sponsors) == {"AUS", "JOR", "LUX"}


def test_drafters_counted_then_named_among_them() -> None:
    text = _SYRIA + ("It was put forward by eight countries. Australia and Luxembourg were among "
                     "them, and so was the Republic of Korea.\n")
    [e] = _sc(text, "2014-02-23")
    assert set(e.sponsors) == {"AUS", "LUX", "KOR"}


def test_lead_drafters_joined_by_co_sponsors_among_them() -> None:
    text = ("UNITED NATIONS, July 14 - The Security Council today unanimously adopted resolution "
            "2165 on cross-border aid to Syria. Australia, Jordan and Luxembourg, the lead "
            "drafters, were joined by eight co-sponsors, among them Chad and Rwanda.\n")
    [e] = _sc(text, "2014-07-15")
    assert set(e.sponsors) == {"AUS", "JOR", "LUX", "TCD", "RWA"}


def test_put_forward_by_a_group_of_co_sponsors_among_them() -> None:
    text = ("UNITED NATIONS, March 7 - The Security Council today unanimously adopted resolution "
            "2143 on children and armed conflict. The draft was put forward by a large group of "
            "co-sponsors from the Group of Friends on Children and Armed Conflict and beyond, "
            "among them Luxembourg, which sits on the "
            "Council this year, together with Chad and Nigeria, also elected members.\n")
    [e] = _sc(text, "2014-03-08")
    assert set(e.sponsors) == {"LUX", "TCD", "NGA"}


# --------------------------------------------------------------------------- second round

def test_an_agency_dateline_with_no_dash_before_the_story() -> None:
    text = ("APN -- English service\n\nUN/SUDAN/SANCTIONS\n\nNew York, 16 August 1996 (apn) The "
            "UN Security Council today imposed a ban on flights by Sudanese aircraft.\n\nThe "
            "resolution was adopted by 13 votes to none, with China and Russia abstaining.\n")
    [e] = _sc(text, None)
    assert (e.date, e.yes, e.abstain) == ("1996-08-16", 13, 2)


def test_one_member_prepared_the_draft_and_another_co_sponsored_it_with_more() -> None:
    text = _SYRIA + ("Australia prepared the draft, and Luxembourg, one of the Council's elected "
                     "members, co-sponsored it with Jordan and the Republic of Korea.\n")
    [e] = _sc(text, "2014-02-23")
    assert set(e.sponsors) == {"AUS", "LUX", "JOR", "KOR"}


def test_a_newsletter_counts_two_renewals_then_numbers_each_in_its_own_item() -> None:
    text = ("COUNCIL WEEK -- Friday 18 March 2016\n\nTWO RENEWALS\n\n"
            "The Council cleared two mandate renewals on Tuesday, each adopted unanimously, "
            "15-0.\n\n1. LIBYA. Resolution 2273 (2016) extends the UN Support Mission in Libya "
            "(UNSMIL).\n\n2. AFGHANISTAN. Resolution 2274 (2016) extends the UN Assistance "
            "Mission in Afghanistan (UNAMA) for another year.\n")
    events = _sc(text, None)
    assert [(e.resolution, e.date, e.yes) for e in events] == [
        ("2273", "2016-03-15", 15), ("2274", "2016-03-15", 15)]


def test_a_member_named_along_with_others_in_an_appositive_casts_no_vote() -> None:
    text = ("UNITED NATIONS, Aug. 16 - The Security Council today voted to ban flights by "
            "Sudanese aircraft, 13 to 0, with China and Russia abstaining. Egypt and Botswana, "
            "the Council's African members along with Guinea-Bissau, were among those voting in "
            "favour.\n")
    [e] = _sc(text, "1996-08-17")
    assert e.votes == {"EGY": "yes", "BWA": "yes", "CHN": "abstain", "RUS": "abstain"}


# --------------------------------------------------------------------------- third round

def test_every_hand_went_up_then_the_members_named_after_the_colon() -> None:
    text = ("UNITED NATIONS, Dec. 12 - The Security Council today recommended Japan for "
            "membership. When the vote was called, every hand at the table went up: the United "
            "States, Britain, France, the Soviet Union and China, and with them Australia, "
            "Belgium, Cuba, Iran, Peru and Yugoslavia.\n")
    [e] = _sc(text, "1956-12-13")
    assert {k for k, v in e.votes.items() if v == "yes"} == {
        "USA", "GBR", "FRA", "SUN", "TWN", "AUS", "BEL", "CUB", "IRN", "PER", "YUG"}


def test_every_one_of_the_eleven_voted_for_it_two_of_them_named() -> None:
    text = ("UNITED NATIONS, Oct. 13 - The Security Council today adopted a text setting out "
            "the requirements for a settlement of the Suez question. Every one of the eleven "
            "delegations voted for it, the Soviet Union and Yugoslavia included.\n")
    [e] = _sc(text, "1956-10-14")
    assert (e.yes, e.no, e.abstain) == (11, 0, 0)
    assert e.votes == {"SUN": "yes", "YUG": "yes"}


def test_the_eleven_members_voted_unanimously() -> None:
    text = ("UNITED NATIONS, July 20 - The Security Council today recommended Morocco for "
            "membership. The eleven members of the Council voted unanimously.\n")
    [e] = _sc(text, "1956-07-21")
    assert (e.outcome, e.yes, e.no, e.abstain) == ("adopted", 11, 0, 0)


def test_an_editor_s_note_in_an_aside_of_the_story_gives_the_number() -> None:
    page = ("<html><head><title>Sudan recommended | Nile Courier archive</title></head><body>"
            "<nav>Home | Archive | 1956</nav><article><h1>Sudan recommended</h1><p>KHARTOUM, "
            "Tuesday 7 February 1956 -- The Security Council yesterday recommended the Sudan "
            "for membership of the United Nations. The eleven members of the Council voted "
            "unanimously, and our delegation thanked them.</p><p>The Assembly will now take up "
            "the application at its next session, and the Government hopes to send a "
            "delegation to New York before the end of the year.</p><aside class=\"editor-note\">"
            "<p>Editor's note: the Council's decision was later numbered resolution 112 "
            "(1956).</p></aside></article><footer>Archive page</footer></body></html>")
    doc = html_to_document(page)
    [e] = _sc(doc.text, "1956-02-07")
    assert (e.date, e.resolution, e.yes) == ("1956-02-06", "112", 11)


def test_three_applications_of_a_of_b_and_of_c_are_three_votes_on_one_day() -> None:
    text = ("LISBON, Tuesday 19 August 1975 -- Yesterday the Security Council examined the "
            "applications of Cape Verde, of Sao Tome and Principe and of Mozambique, and in "
            "three separate votes recommended to the General Assembly that each be admitted. "
            "The three texts were put to the vote one after the other, and the result was the "
            "same each time: fifteen votes in favour, none against, no abstentions. Three "
            "texts, three times fifteen hands, all on the same day.\n")
    events = _sc(text, None)
    assert [(e.date, e.yes, e.no, e.abstain) for e in events] == [
        ("1975-08-18", 15, 0, 0)] * 3


def test_named_among_them_before_none_voted_against() -> None:
    text = ("UNITED NATIONS, Nov. 26 - The Security Council today renewed the observer force on "
            "the Golan Heights. All fifteen members of the Council voted for the renewal, among "
            "them Ghana and Madagascar, and none voted against or abstained.\n")
    [e] = _sc(text, "1986-11-27")
    assert e.votes == {"GHA": "yes", "MDG": "yes"}


def test_so_did_past_a_relative_aside_and_so_did_a_counted_group_named() -> None:
    text = ("UNITED NATIONS, Nov. 28 - The Security Council today strengthened its arms embargo "
            "on South Africa. Britain voted in favour. So did the United States and Bulgaria, "
            "which sits on the Council this year as one of its elected members, and so did the "
            "two members from the Americas, Venezuela and Trinidad and Tobago.\n")
    [e] = _sc(text, "1986-11-29")
    assert {k for k, v in e.votes.items() if v == "yes"} == {"GBR", "USA", "BGR", "VEN", "TTO"}


def test_and_they_were_joined_by_more_members() -> None:
    text = ("UNITED NATIONS, July 18 - The Security Council today adopted a resolution renewing "
            "the force in southern Lebanon. The three African members -- Ghana, Madagascar and "
            "the Congo -- voted in favour, and they were joined by Denmark and Australia.\n")
    [e] = _sc(text, "1986-07-19")
    assert {k for k, v in e.votes.items() if v == "yes"} == {"GHA", "MDG", "COG", "DNK", "AUS"}


def test_a_newsletter_line_with_its_volume_place_and_day() -> None:
    text = ("SOUTHERN AFRICA MONITOR -- subscriber newsletter\nVol. 12, No. 48 -- Geneva, Monday "
            "1 December 1986\nCirculation restricted to subscribers. Not for onward "
            "distribution.\n\nLEAD ITEM: EMBARGO "
            "TIGHTENED\n\nThe Security Council on Friday voted 15-0 to tighten the arms embargo "
            "on South Africa.\n")
    [e] = _sc(text, None)
    assert (e.date, e.yes) == ("1986-11-28", 15)


def test_drafters_set_off_by_dashes_holding_a_hyphenated_word_then_together_with() -> None:
    text = _SYRIA + ("The draft was presented by Australia, Jordan and Luxembourg -- the "
                     "humanitarian co-penholders on Syria -- together with the United States.\n")
    [e] = _sc(text, "2014-02-23")
    assert set(e.sponsors) == {"AUS", "JOR", "LUX", "USA"}


def test_the_day_of_an_attack_told_as_wednesday_night_s_is_not_the_vote_s() -> None:
    text = ("SYDNEY, Friday 25 October 2002 -- The United Nations Security Council has "
            "condemned Wednesday night's hostage-taking in a Moscow theatre, in a resolution "
            "adopted overnight, Sydney time. All 15 members of the council voted for resolution "
            "1440, which was passed at a meeting in New York on Thursday, local time.\n")
    [e] = _sc(text, None)
    assert (e.date, e.resolution) == ("2002-10-24", "1440")


def test_drafters_then_and_both_others_voted_for_it() -> None:
    text = ("UNITED NATIONS, July 14 - The Security Council today unanimously adopted "
            "resolution 2165 on cross-border aid to Syria. The text was drafted by Australia "
            "and Luxembourg, the two Western penholders, and both Russia and China voted for "
            "it.\n")
    [e] = _sc(text, "2014-07-15")
    assert e.votes == {"RUS": "yes", "CHN": "yes"}


def test_drafted_by_two_members_named_and_both_voted_for_it() -> None:
    text = ("UNITED NATIONS, Feb. 13 - The Security Council today adopted a resolution extending "
            "the UN office in Burundi. The text was drafted by two Council members -- France and "
            "Nigeria -- and both voted for it.\n")
    [e] = _sc(text, "2014-02-14")
    assert e.votes == {"FRA": "yes", "NGA": "yes"}
    assert set(e.sponsors) == {"FRA", "NGA"}


def test_a_vote_against_is_no_subject() -> None:
    text = _ANGOLA + ("The resolution was adopted by the fifteen members of the Council "
                      "without a vote against or an abstention.\n")
    [e] = _sc(text, "1985-09-21")
    assert not (e.subject or "").startswith("or ")


# --------------------------------------------------------------------------- fourth round

def test_every_member_raised_a_hand_two_of_them_named_among_them() -> None:
    text = ("UNITED NATIONS, Dec. 12 - The Security Council today recommended Japan for "
            "membership by eleven votes to none. Every member of the council raised a hand for the "
            "text, the Soviet Union and Nationalist China among them.\n")
    [e] = _sc(text, "1956-12-13")
    assert e.votes == {"SUN": "yes", "TWN": "yes"}


def test_every_member_voted_for_it_a_delegate_of_one_and_the_representative_of_another() -> None:
    text = ("UNITED NATIONS, Oct. 13 - The Security Council today adopted, eleven to nothing, a "
            "text on the requirements for a settlement of the Suez question. Every member voted "
            "in favour, the delegate of the Soviet Union and the Nationalist Chinese "
            "representative among them.\n")
    [e] = _sc(text, "1956-10-14")
    assert e.votes == {"SUN": "yes", "TWN": "yes"}


def test_an_older_resolution_named_with_its_date_is_not_the_story_s_number() -> None:
    text = ("UNITED NATIONS, N.Y., June 4 (CP) -- The Security Council today endorsed the "
            "Secretary-General's report on the armistice lines by eleven votes to none. Today's "
            "text "
            "follows the council's resolution 113 of April 4, which sent the Secretary-General "
            "to the region.\n")
    [e] = _sc(text, "1956-06-05")
    assert (e.date, e.yes, e.resolution) == ("1956-06-04", 11, None)


def test_the_day_before_that_is_the_day_before_another_day() -> None:
    from unvotes.extract.dates import find_dates

    assert [m.kind for m in find_dates("the vote took place the day before.")] == ["relative"]
    assert find_dates("the day before that, a veto had killed another text.") == []


def test_this_morning_our_time_is_monday_afternoon_in_new_york() -> None:
    text = ("HARBOUR RADIO -- NEWS TRANSCRIPT\nBulletin: 7.00 a.m., Tuesday, 15th July, 2014\n\n"
            "Good morning. The Security Council has agreed to let aid convoys cross into Syria. "
            "The vote was taken in New York in the early hours of this morning, our time -- "
            "that is, on Monday afternoon in New York. All fifteen members voted in favour.\n")
    [e] = _sc(text, None)
    assert (e.date, e.yes) == ("2014-07-14", 15)


def test_voted_for_the_extension_as_did_a_described_group_then_its_names() -> None:
    text = ("UNITED NATIONS, Dec. 18 - The Security Council today extended the Cyprus force by "
            "eleven votes to none. Britain and the Soviet Union voted for the extension, as did "
            "the three Latin American and Nordic members, Bolivia, Brazil and Norway.\n")
    [e] = _sc(text, "1964-12-19")
    assert {k for k, v in e.votes.items() if v == "yes"} == {"GBR", "SUN", "BOL", "BRA", "NOR"}


def test_a_day_only_dateline_with_the_correspondent_in_brackets() -> None:
    text = ("[Translation from the Spanish. EL DIARIO ANDINO, La Paz, Saturday 19 December 1964, "
            "page 3.]\n\nNEW YORK, 18 (from our correspondent, Luis Aramayo Rivas). -- The "
            "Security Council decided today, unanimously, to keep its force in Cyprus for "
            "another three months. The result was eleven votes in favour, none against.\n")
    [e] = _sc(text, None)
    assert (e.date, e.yes, e.no) == ("1964-12-18", 11, 0)


def test_the_council_named_after_the_assembly_voted_by_fifteen_votes_to_recommend() -> None:
    text = ("WINDHOEK, Tuesday 24 April 1990 -- The General Assembly admitted our country "
            "yesterday. The Assembly acted on the recommendation of the Security Council, which "
            "last Tuesday voted unanimously, by fifteen votes, to recommend the admission of "
            "the new state.\n")
    [e] = _sc(text, None)
    assert (e.date, e.yes) == ("1990-04-17", 15)


def test_a_chamber_of_commerce_digest_in_the_header_gives_no_day() -> None:
    text = ("LA SEMAINE -- weekly -- Thursday 14 July 1977\n[Translated from the French for the "
            "Chamber of Commerce press digest. Page references omitted.]\n\nOUR COUNTRY AT THE "
            "UNITED NATIONS\n\nThe first step came on Thursday 7 July, when the Security Council "
            "took up the application. The Council adopted its resolution 412 recommending the "
            "admission of Djibouti without objection.\n")
    [e] = _sc(text, None)
    assert (e.date, e.resolution) == ("1977-07-07", "412")


def test_among_them_after_a_dash() -> None:
    text = _SYRIA + ("All fifteen members voted in favour of resolution 2139 -- among them China "
                     "and Russia.\n")
    [e] = _sc(text, "2014-02-23")
    assert e.votes == {"CHN": "yes", "RUS": "yes"}


# --------------------------------------------------------------------------- fifth round

def test_dozens_of_co_sponsors_then_among_them_were_in_the_next_sentence() -> None:
    text = ("UNITED NATIONS, March 7 - The Security Council today unanimously adopted resolution "
            "2143 on children and armed conflict. The draft attracted dozens of co-sponsors from "
            "every region. Among them were Council members such as Chad and Nigeria, and states "
            "from outside the Council such as Norway and Canada.\n")
    [e] = _sc(text, "2014-03-08")
    assert set(e.sponsors) == {"TCD", "NGA", "NOR", "CAN"}


_SOMALIA = ("THE COLONIAL WEEKLY -- Saturday 9 July 1960\n\nNEW YORK, 8 July. -- Twice in ten "
            "days the Security Council has opened the way to the United Nations for a new "
            "African state.\n\nOn Tuesday the Council recommended to the General Assembly that "
            "Somalia, independent since 1 July, be admitted as a member. The recommendation was "
            "carried by eleven votes to none. Every member of the Council raised a hand for it, "
            "from the United States and Britain to the Soviet Union and Poland.\n\nOn Wednesday "
            "29 June the same Council had recommended, also unanimously, the admission of the "
            "Malagasy Republic.\n")


def test_a_second_admission_told_in_the_pluperfect_with_its_day_and_also_unanimously() -> None:
    events = _sc(_SOMALIA, None)
    assert [(e.date, e.yes, e.no) for e in events] == [("1960-07-05", 11, 0),
                                                       ("1960-06-29", 11, 0)]


def test_every_member_from_a_and_b_to_c_and_d() -> None:
    e = _sc(_SOMALIA, None)[0]
    assert e.votes == {"USA": "yes", "GBR": "yes", "SUN": "yes", "POL": "yes"}


def test_the_decision_was_taken_yesterday() -> None:
    text = ("RADIO PACIFIC -- ENGLISH SERVICE\nMorning news, Friday 18 February 2000, 07:00\n"
            "Transcript prepared by the station's monitoring desk. Speakers: presenter (P), "
            "correspondent (C).\n\nP: Good morning. Here is the news.\n\nP: The Security "
            "Council has recommended that Tuvalu be admitted as a member of the United Nations. "
            "The decision was taken yesterday at a short meeting in New York.\n\n"
            "C: The text, resolution 1290, recommends to the General Assembly that Tuvalu be "
            "admitted. Fourteen members voted in favour and China abstained.\n")
    [e] = _sc(text, None)
    assert (e.date, e.resolution, e.yes, e.abstain) == ("2000-02-17", "1290", 14, 1)


# --------------------------------------------------------------------------- sixth round

def test_a_member_named_in_the_appositive_after_another_is_not_the_subject() -> None:
    text = ("UNITED NATIONS, Dec. 17 - The Security Council today set up a new arms monitoring "
            "commission for Iraq by 11 votes to none, with four abstentions. Slovenia, the only "
            "former Yugoslav republic on the Council, voted in favour, as did the Netherlands.\n")
    [e] = _sc(text, "1999-12-18")
    assert {k for k, v in e.votes.items() if v == "yes"} == {"SVN", "NLD"}


_KARABAKH = ("UNITED NATIONS, Oct. 14 - The Security Council today adopted resolution 874 "
             "unanimously, by fifteen votes. It is the third resolution of the Council on the "
             "conflict this year, after resolutions 822 and 853. ")


def test_it_is_the_third_resolution_this_year_counts_the_text_in_hand() -> None:
    [e] = _sc(_KARABAKH + "Among the members voting in favour was Pakistan.\n", "1993-10-15")
    assert (e.resolution, e.votes) == ("874", {"PAK": "yes"})


def test_so_did_both_a_and_b() -> None:
    text = _KARABAKH + "Pakistan voted for it. So did both Russia and the United States.\n"
    [e] = _sc(text, "1993-10-15")
    assert e.votes == {"PAK": "yes", "RUS": "yes", "USA": "yes"}


def test_the_vote_of_a_past_an_aside_as_well_as_those_of_b_and_c() -> None:
    text = ("UNITED NATIONS, Feb. 8 - The Security Council today set up a new verification "
            "mission in Angola. All fifteen members voted in favour. Among them was the vote of "
            "Botswana, which sits on the Council this year, as well as those of the United "
            "States and Russia.\n")
    [e] = _sc(text, "1995-02-09")
    assert e.votes == {"BWA": "yes", "USA": "yes", "RUS": "yes"}


# --------------------------------------------------------------------------- seventh round

def test_a_weekday_dateline_run_together_with_the_byline() -> None:
    text = ("THE MORNING COURIER\nWednesday, July 6, 1960\n\n"
            "From Our United Nations Correspondent\nUNITED NATIONS, Tuesday.\n\nThe Security "
            "Council this afternoon recommended Somalia for membership by eleven votes to "
            "none.\n")
    [e] = _sc(text, None)
    assert (e.date, e.yes) == ("1960-07-05", 11)


def test_the_soviet_delegate_and_the_polish_delegate() -> None:
    text = ("UNITED NATIONS, July 5 - The Security Council today recommended Somalia for "
            "membership by eleven votes to none. The Soviet delegate and the Polish delegate "
            "raised their hands with the rest.\n")
    [e] = _sc(text, "1960-07-06")
    assert e.votes == {"SUN": "yes", "POL": "yes"}


def test_prose_wrapped_at_a_page_export_s_width_and_a_line_ending_on_and() -> None:
    text = ("THE MORNING COURIER -- Wednesday, July 6, 1960\n\n"
            "UNITED NATIONS, July 5 - The Security Council today recommended Somalia for "
            "membership in the United Nations by\n"
            "eleven votes to none. France and Italy voted in favour, and so did the Soviet Union, "
            "Tunisia and\n"
            "Ceylon.\n")
    [e] = _sc(text, None)
    assert (e.date, e.yes) == ("1960-07-05", 11)
    assert {"FRA", "ITA", "SUN", "TUN", "LKA"} == {k for k, v in e.votes.items() if v == "yes"}


def test_a_second_vote_of_the_fortnight_named_with_its_day_and_counted_next() -> None:
    text = ("UNITED NATIONS, Aug. 19 - For the second time in ten days the Security Council has "
            "spoken with one voice on Iraq. Last night it adopted resolution 664, which demands "
            "that Iraq let foreign nationals leave. The vote was unanimous, 15 to nothing.\n\n"
            "The new text follows resolution 662, adopted on 9 August, in which the Council "
            "declared the annexation of Kuwait null and void. That vote was also unanimous, "
            "15-0. Cuba and Yemen voted for it, and so did the United States.\n")
    events = _sc(text, "1990-08-19")
    assert [(e.resolution, e.date, e.yes) for e in events] == [
        ("664", "1990-08-18", 15), ("662", "1990-08-09", 15)]
    assert (events[0].votes, events[1].votes) == ({}, {"CUB": "yes", "YEM": "yes", "USA": "yes"})


# --------------------------------------------------------------------------- eighth round

def test_approved_by_unanimity_of_its_fifteen_members() -> None:
    text = ("UNITED NATIONS, Feb. 22 (From our correspondent). -- The Security Council today "
            "approved by unanimity of its fifteen members a resolution on humanitarian access "
            "in Syria.\n")
    [e] = _sc(text, "2014-02-23")
    assert (e.outcome, e.yes, e.no, e.abstain) == ("adopted", 15, 0, 0)


def test_the_second_time_in_two_days_then_the_earlier_vote_on_its_own_day() -> None:
    text = ("THE EVENING COURIER -- Thursday, June 8, 1967\n\nUNITED NATIONS, N.Y. -- The "
            "Security Council yesterday demanded that the governments concerned cease fire at "
            "2000 GMT.\n\nThe resolution was adopted unanimously by the 15 members of the "
            "council.\n\nIt was the second time in two days that the council had acted. On "
            "Tuesday the council unanimously called upon the governments concerned to take "
            "measures for an immediate cease-fire.\n")
    events = _sc(text, None)
    assert [(e.date, e.yes) for e in events] == [("1967-06-07", 15), ("1967-06-06", 15)]


# --------------------------------------------------------------------------- ninth round

def test_co_sponsors_together_with_some_then_a_dashed_aside_and_with_others() -> None:
    text = ("UNITED NATIONS, July 14 - The Security Council today unanimously adopted resolution "
            "2165 on cross-border aid to Syria. Australia was among the co-sponsors of the text, "
            "together with Jordan and Luxembourg -- the three humanitarian penholders "
            "-- and with France and Chad.\n")
    [e] = _sc(text, "2014-07-15")
    assert set(e.sponsors) == {"AUS", "JOR", "LUX", "FRA", "TCD"}



def test_as_did_its_two_partners_on_the_council_a_and_b_and_c() -> None:
    text = ("UNITED NATIONS, April 30 - The Security Council today adopted a resolution on "
            "Nagorny Karabakh by fifteen votes to none. Spain voted in favour, as did its two "
            "European Community partners on the Council, Britain and France, and Hungary.\n")
    [e] = _sc(text, "1993-05-01")
    assert e.votes == {"ESP": "yes", "GBR": "yes", "FRA": "yes", "HUN": "yes"}


def test_and_it_was_one_of_the_co_sponsors_together_with() -> None:
    text = ("WELLINGTON RADIO -- Saturday 24 December 2016\n\nPRESENTER: The Security Council "
            "has adopted resolution 2334 on Israeli settlements, with the United States "
            "abstaining.\n\nREPORTER: New Zealand is in the second of its two years on the "
            "Council, and it was one of the co-sponsors, together with Malaysia, Senegal and "
            "Venezuela.\n")
    [e] = _sc(text, None)
    assert set(e.sponsors) == {"NZL", "MYS", "SEN", "VEN"}



def test_also_co_sponsored_by_a_long_list_among_them_and_members_who_co_sponsored_it() -> None:
    text = ("UNITED NATIONS, Sept. 24 - The Security Council today unanimously adopted a "
            "resolution prepared by the United States on foreign terrorist fighters. All fifteen "
            "members voted for the text, which was also co-sponsored by a long list of states "
            "that are not on the Council, among them Norway and Morocco. Lithuania, which sits "
            "on the Council this year and next, and Jordan, in the first year of its term, "
            "co-sponsored it and voted in favour.\n")
    [e] = _sc(text, "2014-09-25")
    assert set(e.sponsors) == {"USA", "NOR", "MAR", "LTU", "JOR"}
    assert e.votes == {"LTU": "yes", "JOR": "yes"}



def test_the_first_vote_was_on_resolution_n_then_minutes_later_the_next() -> None:
    text = ("SANCTIONS WATCH -- Monday, 23 June 2014\n\nOn Tuesday the Security Council "
            "renewed, in two back-to-back votes, its two sanctions regimes on Afghanistan and "
            "Al-Qaida.\n\nThe first vote was on resolution 2160, which renews the measures "
            "against the Taliban. It was adopted unanimously, 15-0.\n\nMinutes later the "
            "Council adopted resolution 2161, which renews the Al-Qaida measures. It too passed "
            "without a vote against or an abstention.\n")
    events = _sc(text, None)
    assert [(e.resolution, e.date, e.yes) for e in events] == [
        ("2160", "2014-06-17", 15), ("2161", "2014-06-17", 15)]
