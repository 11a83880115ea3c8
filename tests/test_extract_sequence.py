"""Several votes told in sequence, member lists with a trailing verdict, and the subject of
a vote. Short texts written for these tests; the votes are real (dates, tallies and members
checked against ``../shared/reference/dhl_sc_meetings_html`` and
``../shared/reference/votingagent_sc_draft_votes_1994-2025.csv``)."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


def brief(e: dict[str, Any]) -> tuple[Any, ...]:
    return (e["outcome"], e["yes"], e["no"], e["vetoed_by"])


# --------------------------------------------------------------------------- votes in sequence

RB47 = (
    "UNITED NATIONS, July 27 - The Security Council on Tuesday turned aside a Soviet "
    "complaint over the RB-47 reconnaissance plane: the text received only two votes in "
    "favour, with nine against.\n\n"
    "The Western powers then tried twice. One draft asked for an impartial inquiry into the "
    "incident; another asked that the Red Cross be allowed to see the two surviving airmen. "
    "Each drew nine votes in favour, and each fell to a Soviet veto, Poland voting no with "
    "the Soviet Union both times.\n"
)


def test_each_of_two_drafts_announced_as_tried_twice_is_its_own_vote() -> None:
    # S/4406 not adopted 2-9-0; S/4409/Rev.1 and S/4411 vetoed by the USSR 9-2-0
    found = sc(RB47, "1960-07-27")
    assert [brief(e) for e in found] == [
        ("failed", 2, 9, []), ("vetoed", 9, 2, ["SUN"]), ("vetoed", 9, 2, ["SUN"])]
    assert {e["date"] for e in found} == {"1960-07-26"}
    assert found[1]["votes"] == found[2]["votes"] == {"POL": "no", "SUN": "no"}


def test_both_times_is_not_a_record_of_earlier_votes() -> None:
    # "both times" ends in -th like "fifth times": still this story's votes
    found = sc(RB47, "1960-07-27")
    assert all(e["votes"].get("POL") == "no" for e in found[1:])


IDLIB = (
    "The Security Council voted twice on Thursday on a truce for Idlib. A text drafted by "
    "Kuwait, Belgium and Germany won 12 votes, but Russia and China voted against it. A "
    "Russian text won only two votes. Both drafts were rejected.\n"
)


def test_both_drafts_rejected_speaks_of_each_of_the_two() -> None:
    # 19 September 2019: S/2019/756 vetoed 12-2-1, S/2019/757 failed 2-9-4
    found = sc(IDLIB, "2019-09-20")
    assert [(e["outcome"], e["yes"], e["vetoed_by"]) for e in found] == [
        ("vetoed", 12, ["CHN", "RUS"]), ("failed", 2, [])]


def test_in_a_second_vote_opens_another_draft() -> None:
    # 16 November 2017: S/2017/962 vetoed by Russia 11-2-2; S/2017/968 failed 4-7-4
    text = ("The Security Council on Thursday failed to renew the inquiry into chemical "
            "attacks in Syria when Russia vetoed a text that won 11 votes. In a second vote, "
            "a Russian draft received only four votes in favour, with seven against and four "
            "abstentions.\n")
    found = sc(text, "2017-11-17")
    assert [brief(e) for e in found] == [("vetoed", 11, None, ["RUS"]),
                                         ("failed", 4, 7, [])]


def test_then_came_opens_another_draft() -> None:
    text = ("The Security Council voted on Thursday on the inquiry into chemical attacks in "
            "Syria. Russia vetoed the first text, which won 11 votes. Then came a Russian "
            "draft. It received only four votes in favour, with seven against.\n")
    found = sc(text, "2017-11-17")
    assert [(e["outcome"], e["yes"]) for e in found] == [("vetoed", 11), ("failed", 4)]


def test_members_who_each_abstained_do_not_make_two_votes() -> None:
    text = ("The Security Council on Friday adopted resolution 2118 on Syria's chemical "
            "weapons by 15 votes to none. Russia and the United States each welcomed the "
            "text, and both voted in favour.\n")
    found = sc(text, "2013-09-28")
    assert len(found) == 1 and found[0]["resolution"] == "2118"


def test_one_vote_retold_with_each_stays_one_event() -> None:
    # 24 October 2017: S/2017/884 vetoed by Russia 11-2-2 (China, Kazakhstan abstaining)
    text = ("Russia on Tuesday vetoed a Security Council draft that would have extended the "
            "chemical weapons inquiry in Syria; it won 11 votes. Each of the other Western "
            "permanent members voted for it, while China and Kazakhstan abstained.\n")
    found = sc(text, "2017-10-25")
    assert [brief(e) for e in found] == [("vetoed", 11, None, ["RUS"])]


# --------------------------------------------------------------------------- trailing verdicts


def test_a_list_then_all_yes() -> None:
    # 4 June 2025: S/2025/353 vetoed by the United States, 14-1-0
    text = ("On Wednesday the Security Council voted on an E10 draft demanding a ceasefire in "
            "Gaza. Fourteen in favour, one against: the United States, which means a veto. "
            "Britain, France, Russia, China, all yes.\n")
    e = sc(text, "2025-06-05")[0]
    assert e["vetoed_by"] == ["USA"]
    assert e["votes"] == {"CHN": "yes", "FRA": "yes", "GBR": "yes", "RUS": "yes", "USA": "no"}


def test_a_list_then_all_against_after_a_dash() -> None:
    # 14 April 2018: S/2018/355 failed 3-8-4, France, the UK and the US among the eight
    text = ("A Russian draft condemning the air strikes on Syria failed in the Security "
            "Council on Saturday with three votes in favour. The US, UK and France - all "
            "against.\n")
    e = sc(text, "2018-04-15")[0]
    assert e["outcome"] == "failed"
    assert e["votes"] == {"FRA": "no", "GBR": "no", "USA": "no"}


def test_a_list_then_a_colon_and_abstentions() -> None:
    # 17 March 2011: resolution 1973 adopted 10-0-5
    text = ("The Security Council on Thursday adopted resolution 1973 on Libya by ten votes "
            "to none. Brazil, China, Germany, India and Russia: abstentions.\n")
    e = sc(text, "2011-03-18")[0]
    assert (e["yes"], e["no"], e["abstain"]) == (10, 0, 5)
    assert e["votes"] == {c: "abstain" for c in ("BRA", "CHN", "DEU", "IND", "RUS")}


def test_a_verdict_needs_the_list_right_before_it() -> None:
    text = ("The Security Council on Thursday adopted resolution 1973 on Libya by ten votes "
            "to none, with five abstentions. Asked about Germany, the minister said: yes.\n")
    e = sc(text, "2011-03-18")[0]
    assert e["votes"] == {}


# --------------------------------------------------------------------------- subjects


def subject(text: str, published: str) -> str | None:
    found = sc(text, published)
    assert len(found) == 1, found
    return found[0]["subject"]


def test_a_subject_may_start_with_is_or_was() -> None:
    # 18 February 2011: a draft on settlements vetoed by the United States, 14-1
    text = ("The United States on Friday vetoed a draft Security Council resolution that would "
            "have condemned Israeli settlement building in the occupied Palestinian territory "
            "as illegal. All 14 other members voted in favour.\n")
    assert subject(text, "2011-02-19") == (
        "condemning Israeli settlement building in the occupied Palestinian territory")


def test_subject_after_where_the_draft_stood() -> None:
    # 18 October 2023: S/2023/773 vetoed by the United States, 12-1-2
    text = ("Washington on Wednesday blocked a Brazilian-drafted resolution in the UN "
            "Security Council that called for humanitarian pauses in the war between Israel "
            "and Hamas. The draft won 12 votes in favour, with one against and two "
            "abstentions.\n")
    assert subject(text, "2023-10-19") == (
        "calling for humanitarian pauses in the war between Israel and Hamas")


def test_subject_after_an_aside_naming_the_drafters() -> None:
    # 13 December 2021: S/2021/990 vetoed by Russia, 12-2-1
    text = ("Russia on Monday vetoed a Security Council resolution, drafted by Ireland and "
            "Niger, that would have formally treated climate change as a threat to peace. "
            "It won 12 votes in favour.\n")
    assert subject(text, "2021-12-14") == "treating climate change"


def test_subject_from_what_the_council_did() -> None:
    # 22 December 2017: resolution 2397 adopted 15-0
    text = ("The Security Council on Friday unanimously approved new sanctions on North Korea "
            "in response to its latest missile test. Resolution 2397 passed 15-0.\n")
    assert subject(text, "2017-12-23") == "new sanctions on North Korea"


def test_subject_may_be_one_name() -> None:
    # 12 January 2007: S/2007/14 on Myanmar vetoed by China and Russia, 9-3-3
    text = ("China and Russia on Friday voted against a draft resolution on Myanmar put "
            "forward by the United States and Britain in the Security Council. The draft "
            "received nine votes in favour, three against and three abstentions.\n")
    assert subject(text, "2007-01-13") == "Myanmar"


def test_no_subject_rather_than_a_clause_cut_short() -> None:
    # 28 February 2019: a US draft on Venezuela vetoed by Russia and China, 9-3-3
    text = ("Russia and China on Thursday vetoed a US draft voicing concern that Venezuela's "
            "presidential election was not free. It received nine votes in favour.\n")
    assert subject(text, "2019-03-01") is None


def test_no_subject_from_a_symbol() -> None:
    # 20 February 1957: S/3787 on Kashmir vetoed by the Soviet Union, 9-1-1
    text = ("The Soviet Union on Wednesday vetoed a draft bearing the symbol S/3787 in the "
            "Security Council. The vote was 9 to 1, with one abstention.\n")
    assert subject(text, "1957-02-21") is None
