"""Generalisation checks from the thirty-third session.

Facts are Sciences Po's. On Tuesday 10 April 2018 Russia vetoed the American draft on a
mechanism to attribute chemical attacks in Syria, S/2018/321, 12-2-1 (Russia and Bolivia against,
China abstaining); the Russian text S/2018/175 then failed, 6-7-2. On Monday 18 August 1947 the
Soviet Union vetoed Ireland's application, 9-1-1, Poland abstaining.
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
