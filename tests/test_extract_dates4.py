"""Vote dates, round four: page dates in furniture the earlier rounds missed (a print-edition
line with the date before "edition", a masthead line closed by its day after a dash, a
script's two-digit AIRDATE, a header date in Spanish or French, a yearless dateline whose
day a note above gives in full).

Facts are the Council's record (../shared/reference/sciencespo_unsc_votes_1946-2025_wide.csv).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from unvotes.extract import extract
from unvotes.extract.dates import edition_date, foreign_header_date, short_date


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


# --------------------------------------------------------------------------- page dates

def test_print_edition_line_with_the_date_before_edition() -> None:
    line = "This column appeared in the Saturday, 12 June 1999 print edition."
    assert edition_date(line) == (date(1999, 6, 12), None)
    text = ("COMMENT\n\nA peace written in New York\n\nBy a guest writer\n\n"
            "On Thursday the Security Council adopted resolution 1244 by 14 votes to none, "
            "with China abstaining, and handed Kosovo to an international administration.\n\n"
            "The author is a former diplomat. " + line)
    (e,) = sc(text)
    assert e["date"] == "1999-06-10"
    assert e["resolution"] == "1244"


def test_masthead_line_closed_by_its_day_after_a_dash() -> None:
    text = ("THE EVENING LETTER -- Friday, November 8, 2002\n"
            "Three things from today, compiled by the desk.\n\n"
            "1. IRAQ\nThe Security Council today unanimously adopted resolution 1441, giving "
            "Iraq a final opportunity to disarm. All 15 members voted in favour.\n\n"
            "2. MARKETS\nStocks rose.")
    (e,) = sc(text)
    assert e["date"] == "2002-11-08"


def test_a_dash_inside_the_line_is_not_enough() -> None:
    # the date must close the line: a dash in a sentence that runs on is no masthead
    text = ("Council diary - Friday, November 8, 2002 was a long day for everyone there\n"
            "The Security Council adopted resolution 1441 unanimously on Friday.")
    (e,) = sc(text)
    assert e["resolution"] == "1441"


def test_script_airdate_with_a_two_digit_year() -> None:
    assert short_date("SLUG: GULF  AIRDATE: 11/29/90  A-2", 100) == date(1990, 11, 29)
    assert short_date("Date: 29.11.90", 100) == date(1990, 11, 29)
    # day and month that could be either way round are left alone
    assert short_date("AIRDATE: 05/06/90", 100) is None
    text = ("WKTV LATE NEWS -- AS-AIRED\nSLUG: UN GULF   AIRDATE: 11/29/90   SLOT A-2\n\n"
            "ANCHOR: The United Nations Security Council tonight authorized the use of force "
            "against Iraq unless it leaves Kuwait by January 15. The vote was twelve to two, "
            "with one abstention. Cuba and Yemen voted no; China abstained.")
    (e,) = sc(text)
    assert e["date"] == "1990-11-29"
    assert (e["yes"], e["no"], e["abstain"]) == (12, 2, 1)


def test_header_date_in_another_language() -> None:
    assert foreign_header_date("Mundo | Sábado 14 de octubre de 2006", 60) == date(2006, 10, 14)
    assert foreign_header_date("Monde | samedi 14 octobre 2006", 60) == date(2006, 10, 14)
    assert foreign_header_date("Welt | 14. Oktober 2006", 60) == date(2006, 10, 14)
    text = ("DIARIO DEL SUR -- edición en inglés\nMundo | Sábado 14 de octubre de 2006\n\n"
            "Council punishes Pyongyang\n\n"
            "NEW YORK -- The Security Council voted unanimously today to impose sanctions on "
            "North Korea over its nuclear test. Resolution 1718 passed 15 to 0.")
    (e,) = sc(text)
    assert e["date"] == "2006-10-14"


def test_yearless_dateline_takes_the_year_of_the_same_day_given_in_full() -> None:
    text = ("[Translated from Portuguese. Agency wire, received 17 March 2011. Headings "
            "added.]\n\n"
            "LIBYA: COUNCIL APPROVES NO-FLY ZONE\n\n"
            "New York, 17 March (Lusa) - The Security Council this Thursday adopted, with ten "
            "votes in favour and five abstentions, a resolution that authorises a no-fly zone "
            "over Libya. Brazil, China, Germany, India and Russia abstained.")
    (e,) = sc(text)
    assert e["date"] == "2011-03-17"


# --------------------------------------------------------------------------- late news

def test_written_answer_reports_a_vote_five_weeks_back() -> None:
    text = ("WRITTEN ANSWERS\nWednesday 20 April 2011\n\nLibya\n\n"
            "A member asked what the Government had done at the United Nations.\n\n"
            "The Minister: On 17 March the United Nations Security Council adopted Resolution "
            "1973, which authorises member states to protect civilians in Libya. The "
            "resolution was adopted by ten votes to none, with five abstentions. We continue "
            "to work with partners on its implementation.")
    (e,) = sc(text)
    assert e["date"] == "2011-03-17"
    assert e["resolution"] == "1973"
    assert (e["yes"], e["no"], e["abstain"]) == (10, 0, 5)


def test_feature_tells_its_one_vote_weeks_later() -> None:
    text = ("The long wait in the harbour\n\nBy a staff writer | Feature | 20 May 2015\n\n"
            "Ships wait for weeks outside the ports while their cargoes are checked.\n\n"
            "On 14 April the Security Council adopted resolution 2216, which imposes an arms "
            "embargo on the Houthi leaders. Fourteen members voted in favour and Russia "
            "abstained.\n\nAid agencies say the text says little about the blockade.")
    (e,) = sc(text)
    assert e["date"] == "2015-04-14"
    assert e["resolution"] == "2216"


def test_an_older_vote_beside_this_weeks_news_stays_background() -> None:
    text = ("UNITED NATIONS, Dec. 24, 2016 -- The Security Council on Friday adopted "
            "resolution 2334, demanding an end to Israeli settlement activity, by 14 votes to "
            "none after the United States abstained.\n\n"
            "On 30 November the council tightened sanctions on North Korea unanimously with "
            "resolution 2321.")
    events = sc(text)
    assert [e["resolution"] for e in events] == ["2334"]
    assert events[0]["date"] == "2016-12-23"


def test_a_vote_months_back_in_a_story_with_no_news_vote_stays_background() -> None:
    # a preview: the only dated vote is from long before the story's day
    text = ("UNITED NATIONS, Oct. 13, 2006 -- Diplomats expect a vote on sanctions against "
            "North Korea this weekend. On 31 August the Council adopted resolution 1706 on "
            "Darfur by 12 votes to none, with three abstentions, and Sudan has still refused "
            "it.")
    assert sc(text) == []


def test_a_recent_vote_after_the_lead_vote_stays_background() -> None:
    text = ("UNITED NATIONS, Oct. 14, 2006 -- The Security Council voted 15 to 0 to impose "
            "sanctions on North Korea over its nuclear test, adopting resolution 1718.\n\n"
            "On 31 August the Council adopted resolution 1706 on Darfur by 12 votes to none, "
            "with three abstentions. The sanctions text passed without a single vote against.")
    events = sc(text)
    assert [e["resolution"] for e in events] == ["1718"]
    assert events[0]["date"] == "2006-10-14"


# --------------------------------------------------------------------------- scene-setting

def test_sentence_before_a_text_sets_its_meeting_day() -> None:
    text = ("Iraq and the Council\n\nFrom a reference work, chapter 3\n\n"
            "The Security Council met on 2 August 1990, hours after the invasion. "
            "Resolution 660 was adopted by 14 votes to none; Yemen did not take part.\n\n"
            "The Council considered sanctions on 6 August 1990. A text imposing a trade "
            "embargo was adopted by 13 votes to none, with Cuba and Yemen abstaining.")
    events = sc(text)
    assert [(e["date"], e["yes"]) for e in events] == [("1990-08-02", 14), ("1990-08-06", 13)]


def test_digest_item_dated_by_its_first_sentence() -> None:
    text = ("THE WEEKEND BRIEF -- Saturday, November 9, 2002\n"
            "Three things to know, compiled by the desk.\n\n"
            "1. MARKETS\nStocks rose on Friday.\n\n"
            "2. IRAQ\nThe UN Security Council on Friday gave Iraq a final opportunity to "
            "disarm. The 15 members adopted resolution 1441 unanimously after eight weeks of "
            "talks.\n\n3. WEATHER\nRain.")
    (e,) = sc(text)
    assert e["date"] == "2002-11-08"


def test_a_day_someone_spoke_is_not_the_meeting() -> None:
    text = ("UNITED NATIONS, Nov. 8, 2002 -- A council diplomat said on Tuesday that the "
            "talks were nearly over. The Security Council adopted resolution 1441 "
            "unanimously, 15 votes to none.")
    (e,) = sc(text)
    assert e["date"] == "2002-11-08"


# --------------------------------------------------------------------------- weeks back

def test_weekday_before_christmas() -> None:
    from unvotes.extract.dates import find_dates, resolve

    (m,) = find_dates("It failed on the Friday before Christmas.")
    assert resolve(m, date(2016, 12, 30)) == date(2016, 12, 23)
    text = ("THE WEEK ABROAD\n\nMIDDLE EAST COLUMN\n\n"
            "On the Friday before Christmas the Security Council adopted resolution 2334 on "
            "Israeli settlements by 14 votes to none. The United States abstained.\n\n"
            "Published 30 December 2016")
    (e,) = sc(text)
    assert e["date"] == "2016-12-23"


def test_voted_last_week_is_no_day() -> None:
    # a weekly that says only "last week" gives no day: none is better than a wrong one
    text = ("THE WEEK ABROAD\n\nMIDDLE EAST COLUMN\n\n"
            "The Security Council voted last week on Israeli settlements. Fourteen members "
            "voted in favour of resolution 2334 and the United States abstained.\n\n"
            "Published 30 December 2016")
    (e,) = sc(text)
    assert e["date"] is None
    assert (e["yes"], e["votes"]) == (14, {"USA": "abstain"})



def test_same_morning_without_the() -> None:
    from unvotes.extract.cues import SAME_DAY

    assert SAME_DAY.search("and before that, same morning, the council renewed the force")
    assert SAME_DAY.search("on the same day it adopted a second text")
    assert not SAME_DAY.search("the same text was adopted")
    text = ("THE CHAMBER - a weekly podcast\n\n"
            "HOST: So, this week. Yesterday morning in New York the Security Council finally "
            "voted on the British draft on Syria. Russia and China vetoed it.\n\n"
            "GUEST: Eleven in favour, two against, two abstentions.\n\n"
            "GUEST: And before that, same morning, the Council renewed the peacekeeping force "
            "in Cyprus. It was thirteen votes to none, with Pakistan and Azerbaijan "
            "abstaining.\n\n"
            "HOST: That's all for this week. This episode was recorded on Friday, 20 July 2012.")
    events = sc(text)
    assert [(e["yes"], e["date"]) for e in events] == [(11, "2012-07-19"), (13, "2012-07-19")]
