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
