"""Generalisation checks from the twenty-first blind set and a second look at the seventh
and twelfth: unanimity said in so many words, a resolution "called" by its number, a
weekday given with its date, an application that is not a recommendation, "came resolution
2616", a draft's symbol listed under its resolution, a story that names neither the Council
nor the UN in full, anniversary columns, a simulation, and prose run on into a heading.

Facts are the record's (Sciences Po, Voting-Agent sponsors): resolution 1887 (24 September
2009) and 2601 (29 October 2021, Norway and Niger) unanimous; resolution 777 (19 September
1992) 12-0-3; resolutions 2615 (S/2021/1080, United States) 15-0-0 and 2616 (S/2021/1075)
12-0-3, China, India and Russia abstaining, both on 22 December 2021; the Greek frontier
draft of 20 September 1946 vetoed by the Soviet Union, 8-2-1 with Poland against and
Australia abstaining; resolution 621 (20 September 1988) unanimous; S/14943 (2 April 1982)
vetoed by the United States 13-1-1; S/5407 (3 September 1963) vetoed by the Soviet Union."""

from unvotes.extract import extract
from unvotes.extract.sentences import split


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_the_vote_was_unanimous_adopts_the_text() -> None:
    [e] = _sc("UNITED NATIONS, Sept. 24 - Leaders met in the Security Council chamber this "
              "morning to discuss nuclear arms. The vote was unanimous.\n", "2009-09-25")
    assert (e.outcome, e.yes, e.no, e.abstain) == ("adopted", 15, 0, 0)


def test_a_recalled_unanimous_vote_is_not_this_one() -> None:
    assert _sc("UNITED NATIONS - The Security Council met on Tuesday to discuss arms. The "
               "last time it met on the question, the vote was unanimous.\n",
               "2009-09-25") == []


def test_every_single_country_voted_yes_and_a_resolution_called_by_its_number() -> None:
    [e] = _sc("KIDS NEWS\nMonday 1 November 2021\n\nLast Friday, something good happened at "
              "the United Nations. The Security Council voted on keeping schools safe. Every "
              "single country voted YES. The new resolution is called Resolution 2601.\n",
              "2021-11-01")
    assert (e.date, e.resolution, e.yes) == ("2021-10-29", "2601", 15)


def test_a_weekday_with_its_date_is_that_date() -> None:
    [e] = _sc("THE COMMUNITY BULLETIN\nFortnightly - Friday, 2 October 1992\n\nOn Saturday, 19 "
              "September, the Security Council adopted resolution 777. The vote was twelve in "
              "favour and none against. China, India and Zimbabwe abstained.\n", "1992-10-02")
    assert (e.date, e.yes, e.abstain) == ("1992-09-19", 12, 3)


def test_recommending_that_a_state_apply_for_membership_is_no_vote() -> None:
    [e] = _sc("UNITED NATIONS, Sept. 19 - The Security Council today adopted resolution 777. "
              "It recommends to the General Assembly that Belgrade should apply for membership "
              "of the United Nations. The vote was twelve in favour and none against.\n",
              "1992-09-20")
    assert (e.resolution, e.yes, e.no) == ("777", 12, 0)


_NOTES = ("Ep. 112 - the Council's last votes of 2021\n\nWe recorded this one on Wednesday "
          "evening, after the Council wrapped up its final votes of the year.\n"
          "1. Afghanistan (00:02:10)\n"
          "On Wednesday the Council adopted resolution 2615 (2021) unanimously. The text was "
          "drafted by the United States.\n2. Small arms (00:17:45)\n"
          "Later the same day came resolution 2616, on illicit arms. This one was not "
          "unanimous: 12 in favour, none against, 3 abstentions - China, Russia and India.\n\n"
          "Links mentioned\n- Draft of resolution 2615: S/2021/1080\n"
          "- Draft of resolution 2616: S/2021/1075\n")


def test_show_notes_with_two_resolutions_and_their_draft_symbols() -> None:
    events = _sc(_NOTES, "2021-12-23")
    assert sorted((e.resolution, e.draft, e.yes, e.abstain) for e in events) == [
        ("2615", "S/2021/1080", 15, 0), ("2616", "S/2021/1075", 12, 3)]


def test_prose_run_on_into_a_heading_still_opens_the_story() -> None:
    t = split(_NOTES)
    first_body = next(s for s in t.sentences if not s.header)
    assert first_body.text.startswith("We recorded this one")


_ALMANAC = ("THE VALLEY COURIER-LEDGER    Wednesday, September 20, 2006\n\nON THIS DAY\n\n"
            "Today is Wednesday, Sept. 20, the 263rd day of 2006.\n\n")


def test_an_anniversary_column_reports_the_old_votes_with_their_own_dates() -> None:
    events = _sc(_ALMANAC + "Sixty years ago today, on Sept. 20, 1946, the Security Council "
                 "voted on a commission for Greece's northern frontiers. The proposal won "
                 "eight votes, but the Soviet Union voted against it, and a \"no\" from a "
                 "permanent member is a veto. Poland also voted no; Australia abstained.\n\n"
                 "In 1988, the Security Council, acting unanimously, adopted resolution 621 on "
                 "Western Sahara.\n", "2006-09-20")
    assert sorted((e.date, e.outcome, e.resolution) for e in events) == [
        ("1946-09-20", "vetoed", None), ("1988-09-20", "adopted", "621")]
    veto = next(e for e in events if e.outcome == "vetoed")
    assert (veto.vetoed_by, veto.yes, veto.no, veto.abstain) == (["SUN"], 8, 2, 1)


def test_a_daily_keeps_an_old_vote_in_the_background() -> None:
    assert _sc("UNITED NATIONS, Sept. 20 - Diplomats met today on Western Sahara. In 1988 the "
               "Security Council unanimously adopted resolution 621 on the territory.\n",
               "2006-09-20") == []


def test_a_repeated_no_voter_after_a_dash() -> None:
    [e] = _sc("That evening the Security Council voted on the draft on the West Bank mayors "
              "(S/14943). The vote was 13 in favour, 1 against -- again the United States -- "
              "with 1 abstention, Zaire.\n", "1982-04-03")
    assert (e.outcome, e.vetoed_by, e.votes.get("COD")) == ("vetoed", ["USA"], "abstain")


def test_a_simulated_vote_is_no_vote() -> None:
    events = _sc("MODEL UN CLUB DEBRIEF\nPosted Monday, October 7, 2013\n\nOur committee "
                 "played the Security Council of 1963. In our simulation the final text passed "
                 "9-2 on Sunday morning, because our Soviet delegate voted yes.\n",
                 "2013-10-07")
    assert events == []
