"""Generalisation checks from the thirty-third session.

Facts are Sciences Po's. On Tuesday 10 April 2018 Russia vetoed the American draft on a
mechanism to attribute chemical attacks in Syria, S/2018/321, 12-2-1 (Russia and Bolivia against,
China abstaining); the Russian text S/2018/175 then failed, 6-7-2. On Monday 18 August 1947 the
Soviet Union vetoed Ireland's application, 9-1-1, Poland abstaining, and Portugal's, 9-2-0,
Poland also against. On Monday 26 February 2018 Russia vetoed S/2018/156 on Yemen, 11-2-2,
Bolivia also against, China and Kazakhstan abstaining. On Friday 25 February 2022 Russia vetoed
S/2022/155 on Ukraine, 11-1-3 (China, India and the United Arab Emirates abstaining), and on Sunday
27 February resolution 2623 called an emergency session of the General Assembly by the same count.
"""

from __future__ import annotations

from datetime import date

from unvotes.extract import analyse, extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_the_first_text_after_a_summary_goes_back_to_the_first_vote_it_told():
    text = ("Syria: two votes, one outcome\nKey points\n"
            "- Russia vetoed draft S/2018/321 on Tuesday: 12 in favour, Russia and Bolivia "
            "against, China abstaining.\n"
            "- A rival Russian text, S/2018/175, then failed with six votes in favour and seven "
            "against.\n"
            "Background\n"
            "The first text put to the vote would have set up a new body to name those behind "
            "chemical attacks. Twelve members supported it. Russia voted against it, and so did "
            "Bolivia.\n")
    by_draft = {e.draft: e for e in _sc(text, "2018-04-11")}
    assert set(by_draft) == {"S/2018/321", "S/2018/175"}
    assert by_draft["S/2018/321"].votes == {"RUS": "no", "BOL": "no", "CHN": "abstain"}
    # (the retold votes are the vetoed text's, not the rival's told just before)
    assert by_draft["S/2018/175"].votes == {}
    assert by_draft["S/2018/175"].outcome == "failed"


def test_a_masthead_over_a_dated_line_set_out_in_columns_dates_the_story():
    text = ("THE NORTH RIDING COURIER\nand Swaledale Agricultural Gazette\n"
            "Thirsk, Friday, 22nd August, 1947.                          Price 2d.\n\n"
            "FROM OUR CORNER\n\n"
            "First the fields. Rain has held up the barley, and the show committee meets next "
            "week.\n\n"
            "Abroad, the United Nations has turned Ireland away again. On Monday the Security "
            "Council took up the Irish application, and the Soviet Union vetoed it, nine votes "
            "to one, with Poland abstaining.\n")
    a = analyse(text)
    assert a.published == date(1947, 8, 22)
    (ev,) = [e for e in a.events if e.body == "SC"]
    assert ev.date == "1947-08-18"


def test_the_lead_day_is_the_council_paragraph_s_not_a_column_s_other_news():
    text = ("THE NORTH RIDING COURIER\nFriday, 22nd August, 1947\n\n"
            "First the fields. Rain has held up the barley, and ewes at the sale on Tuesday "
            "made less than last year.\n\n"
            "Abroad, the United Nations has turned Ireland away again. On Monday at Lake Success "
            "the Council took up the Irish application.\n\n"
            "The Soviet Union vetoed it, nine votes to one, with Poland abstaining.\n")
    (ev,) = _sc(text)
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("1947-08-18", "vetoed", ["SUN"])


def test_members_joining_each_other_are_the_side_the_count_leaves_for_them():
    text = ("LAKE SUCCESS, Aug. 18 -- The Security Council took up membership applications "
            "today. Portugal's application was lost by nine votes to two, the Poles joining the "
            "Russians.")
    (ev,) = _sc(text, "1947-08-19")
    assert ev.votes == {"POL": "no", "SUN": "no"}
    assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["SUN"])
    # (the same when the sides are not named as peoples)
    text = text.replace("the Poles joining the Russians", "Poland voting with the Soviet Union")
    (ev,) = _sc(text, "1947-08-19")
    assert ev.votes == {"POL": "no", "SUN": "no"}


def test_a_delegation_named_by_its_people_in_the_plural():
    text = ("NEW YORK, Feb. 27 -- Russia on Monday vetoed a British draft on Yemen, S/2018/156, "
            "by 11 votes to 2 with 2 abstentions. The Bolivians voted with Moscow; the Chinese "
            "and the Kazakhs abstained.")
    (ev,) = _sc(text, "2018-02-27")
    assert ev.votes == {"RUS": "no", "BOL": "no", "CHN": "abstain", "KAZ": "abstain"}


_UKRAINE = (
    "NEW DELHI, Feb. 28 -- The Security Council on Sunday voted to call an emergency session of "
    "the General Assembly on Ukraine, after Moscow had used its veto on Friday to block a draft "
    "on the same war. Resolution 2623 was adopted by 11 votes to one, with three abstentions; "
    "Russia voted against, and India, China and the United Arab Emirates abstained. The count "
    "matched Friday's, when the draft resolution S/2022/155, which would have deplored the "
    "invasion, also drew 11 votes in favour.")


def test_a_veto_told_after_the_news_as_what_came_before_it_is_a_vote_of_its_own():
    by_day = {e.date: e for e in _sc(_UKRAINE)}
    assert set(by_day) == {"2022-02-27", "2022-02-25"}
    sunday = by_day["2022-02-27"]
    assert (sunday.outcome, sunday.resolution, sunday.vetoed_by) == ("adopted", "2623", [])
    assert by_day["2022-02-25"].vetoed_by == ["RUS"]


def test_a_symbol_of_a_text_that_would_have_done_something_is_the_one_that_fell():
    by_day = {e.date: e for e in _sc(_UKRAINE)}
    friday = by_day["2022-02-25"]
    assert (friday.draft, friday.outcome, friday.yes) == ("S/2022/155", "vetoed", 11)
    assert by_day["2022-02-27"].draft is None
