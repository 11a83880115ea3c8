"""Vote dates where the page's own date hides: page markup, a piece that dates itself at its
foot, a wire slug, a month-only issue line, and old draft serials that pin a year.

Facts are the Council's record (../shared/reference/sciencespo_unsc_votes_1946-2025_wide.csv).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from unvotes.extract import extract
from unvotes.extract.dates import draft_year, issue_month, self_dated, slug_year
from unvotes.extract.documents import html_to_document, parse_day


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


# --------------------------------------------------------------------------- page markup

def test_compact_pubdate_in_meta_is_a_day() -> None:
    assert parse_day("19990226") == date(1999, 2, 26)
    assert parse_day("20120720T101500") == date(2012, 7, 20)
    assert parse_day("2012") is None


def test_date_span_in_a_byline_dates_an_html_page() -> None:
    page = ("<html><head><title>China blocks UN force</title></head><body>"
            "<h1>China blocks UN force</h1>"
            '<p class="byline">From our desk in Skopje &ndash; '
            '<span class="date">Friday, 26 February 1999</span></p>'
            "<p>China on Thursday vetoed a Security Council draft that would have kept the "
            "UN preventive force in the country for six more months. Thirteen members voted "
            "in favour, China against, and Russia abstained.</p></body></html>")
    doc = html_to_document(page)
    assert doc.published == date(1999, 2, 26)
    (e,) = sc(doc.text, published="1999-02-26")
    assert e["date"] == "1999-02-25"


# --------------------------------------------------------------------------- the foot

def test_a_transcript_that_says_when_it_was_recorded() -> None:
    text = ("THE COUNCIL HOUR - a weekly podcast\n\nHOST: Yesterday the Security Council "
            "voted on the draft on Syria, and Russia and China vetoed it. Eleven in favour, "
            "two against, two abstentions.\n\nHOST: That's all for this week. This episode "
            "was recorded on Friday, 20 July 2012.")
    (e,) = sc(text)
    assert e["date"] == "2012-07-19"


def test_self_dated_needs_the_piece_as_subject() -> None:
    low = "the draft was published on 3 may 2001 and withdrawn."
    assert self_dated(low, low) is None
    text = "Notes. The interview was recorded on Tuesday, 14 December 1988, in New York."
    assert self_dated(text, text.lower()) == date(1988, 12, 14)


def test_wire_slug_gives_the_dateline_its_year() -> None:
    text = ("UNITED NATIONS, Aug. 22 (XX) -- The Soviet Union today vetoed a Security Council "
            "resolution condemning the entry of Warsaw Pact troops into Czechoslovakia. The "
            "vote was 10 to 2 with 3 abstentions.\n\nXX 08-22-68 11:48 PED")
    (e,) = sc(text)
    assert e["date"] == "1968-08-22"


def test_slug_must_agree_with_the_dateline() -> None:
    tail = "story text\n\nXX 04-30-81 2310EDT"
    assert slug_year(tail, 4, 30) == 1981
    assert slug_year(tail, 5, 1) is None
    assert slug_year("story\n\nfigures 1-2-3 then 10:30", 1, 2) is None


# --------------------------------------------------------------------------- month-only pages

def test_brief_dated_by_month_dates_a_day_without_year() -> None:
    text = ("POLICY NOTE 7 \u2014 September 2023\n\nWhat the Mali vote means\n\n"
            "On 30 August Russia vetoed draft S/2023/638, which would have renewed the Mali "
            "sanctions regime set up under resolution 2374 (2017). The text obtained 13 votes "
            "in favour; Russia voted against and China abstained.")
    (e,) = sc(text)
    assert e["date"] == "2023-08-30"


def test_issue_month_wants_a_line_of_furniture() -> None:
    text = "Quarterly Review\nIssue of May 1991\n\nThe story begins here."
    assert issue_month(text, text.index("The story")) == (1991, 5)
    headline = "Why the rising of March 2011 still matters\n\nThe story begins here."
    assert issue_month(headline, headline.index("The story")) is None


# --------------------------------------------------------------------------- old serials

def test_old_draft_serials_pin_their_year() -> None:
    assert draft_year(10771) == 1972  # Bangladesh's admission, vetoed 25 August 1972
    assert draft_year(14459) == 1981  # Namibia sanctions, vetoed 30 April 1981
    assert draft_year(15966) == 1983  # KAL 007, vetoed 12 September 1983
    assert draft_year(1500) == 1950
    assert draft_year(12) is None  # before the table
    assert draft_year(7000) is None  # between two years' ranges: not guessed


def test_old_serial_gives_a_yearless_dateline_its_year() -> None:
    text = ("UNITED NATIONS, April 30 -- France, Britain and the United States today vetoed "
            "four Security Council draft resolutions calling for sanctions against South "
            "Africa over Namibia. The first, document S/14459, received 9 votes in favour, "
            "3 against and 3 abstentions.")
    events = sc(text)
    assert events and all(e["date"] == "1981-04-30" for e in events)


# --------------------------------------------------------------------------- retrospectives

def test_retrospective_takes_the_full_date_in_the_drafts_sentence() -> None:
    text = ("Forty years on: Namibia and the triple veto\n\nPublished 30 April 2021\n\n"
            "On 30 April 1981 the Security Council voted on draft S/14459, which would have "
            "imposed sanctions on South Africa. France, Britain and the United States voted "
            "no, and their vetoes killed it. The text received 9 votes in favour, 3 against "
            "and 3 abstentions.")
    events = sc(text, published="2021-04-30")
    assert events and events[0]["date"] == "1981-04-30"


def test_retrospective_without_the_day_is_left_undated() -> None:
    text = ("Looking back\n\nPublished 30 April 2021\n\nDraft S/14459 would have imposed "
            "sanctions on South Africa over Namibia. France, Britain and the United States "
            "vetoed it in the Security Council; the text received 9 votes in favour, 3 "
            "against and 3 abstentions.")
    events = sc(text, published="2021-04-30")
    assert events and events[0]["date"] is None


def test_cited_resolution_does_not_undate_todays_vote() -> None:
    text = ("UNITED NATIONS, Sept. 19, 2025 - A draft that would have kept sanctions relief "
            "for Iran under resolution 2231 failed in the Security Council today, with 4 "
            "votes in favour, 9 against and 2 abstentions.")
    (e,) = sc(text)
    assert e["date"] == "2025-09-19"


def test_day_inside_a_monthly_issue_keeps_the_issue_year() -> None:
    # resolution 2406 (UNMISS) was adopted on 15 March 2018, unanimously
    text = ("COUNCIL NOTES \u2014 March 2018\n\nSouth Sudan mission renewed\n\nOn 15 March "
            "the Security Council unanimously adopted resolution 2406, extending the mandate "
            "of the UN Mission in South Sudan for a year. The vote was 15-0.")
    (e,) = sc(text)
    assert e["date"] == "2018-03-15"


def test_monthly_issue_alone_does_not_date_a_vote() -> None:
    text = ("COUNCIL NOTES \u2014 March 2018\n\nSouth Sudan mission renewed\n\nThe Security "
            "Council unanimously adopted resolution 2406, extending the mandate of the UN "
            "Mission in South Sudan for a year. The vote was 15-0.")
    (e,) = sc(text)
    assert e["date"] is None
