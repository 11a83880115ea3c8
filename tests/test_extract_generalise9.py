"""Drafters and members named in lists, read in general (tests/heldout9 taught them).
Sentences written for these tests; the facts are the Council's record."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


# --------------------------------------------------------------------------- drafters


def test_co_sponsors_in_a_sentence_of_their_own_join_the_drafters() -> None:
    # resolution 2401, 24 February 2018
    found = sc(
        "The Security Council on Saturday adopted a 30-day truce for Syria. The text, "
        "written by Kuwait and Sweden, passed 15-0. Its co-sponsors included France and "
        "Peru.", "2018-02-25")
    assert len(found) == 1
    assert found[0]["sponsors"] == ["KWT", "SWE", "FRA", "PER"]


def test_members_listed_as_co_sponsors_join_the_draft_in_hand() -> None:
    # the Russian outer-space draft, 20 May 2024, 7-7-1
    found = sc(
        "A Russian-drafted Security Council text on weapons in outer space failed on "
        "Monday, 7 votes to 7 with one abstention. Belarus and Nicaragua were listed as "
        "co-sponsors along with China.", "2024-05-21")
    assert len(found) == 1
    assert set(found[0]["sponsors"]) == {"RUS", "BLR", "NIC", "CHN"}


def test_a_list_after_the_verb_and_its_object_names_the_drafters() -> None:
    # resolution 2334, 23 December 2016, 14-0-1
    found = sc(
        "The Security Council adopted resolution 2334 by 14 votes to none, with the United "
        "States abstaining. Four members sponsored the text: Malaysia, New Zealand, Senegal "
        "and Venezuela.", "2016-12-24")
    assert len(found) == 1
    assert found[0]["sponsors"] == ["MYS", "NZL", "SEN", "VEN"]


def test_a_possessive_group_before_its_members_names_the_drafters() -> None:
    # the observer-force draft that failed on 18 December 2000, 8-0-7
    found = sc(
        "A draft resolution on an observer force failed in the Security Council on Monday "
        "with 8 votes in favour and 7 abstentions. It had been put forward by the council's "
        "non-aligned caucus -- Bangladesh, Jamaica and Namibia -- at the Palestinians' "
        "request.", "2000-12-19")
    assert len(found) == 1
    assert found[0]["sponsors"] == ["BGD", "JAM", "NAM"]


def test_voting_with_a_group_is_no_drafting() -> None:
    # "listed as" with no sponsorship is no drafting either
    found = sc(
        "The Security Council adopted resolution 2401 unanimously on Saturday. Kuwait was "
        "listed as the council's president for the month.", "2018-02-25")
    assert len(found) == 1
    assert found[0]["sponsors"] == []


# --------------------------------------------------------------------------- which vote is news


def test_a_body_the_council_sends_a_question_to_did_not_cast_the_vote() -> None:
    # resolution 500, 28 January 1982, 13-0-2
    found = sc(
        "The Security Council voted on Thursday to call an emergency special session of the "
        "General Assembly on the Golan Heights. The vote was 13 in favour, none against, "
        "with the United States and Britain abstaining.", "1982-01-29")
    assert len(found) == 1
    assert (found[0]["yes"], found[0]["no"], found[0]["abstain"]) == (13, 0, 2)
    assert found[0]["votes"] == {"USA": "abstain", "GBR": "abstain"}


def test_a_veto_some_days_before_the_news_is_background() -> None:
    # the Golan draft vetoed on 20 January 1982; resolution 500 eight days later
    found = sc(
        "The Security Council voted 13-0 on Thursday to convene the General Assembly, eight "
        "days after a United States veto stopped it from acting.", "1982-01-29")
    assert len(found) == 1
    assert found[0]["outcome"] != "vetoed" and found[0]["vetoed_by"] == []
    assert "USA" not in found[0]["votes"]


def test_that_draft_after_an_old_vote_is_the_old_one() -> None:
    found = sc(
        "The Security Council adopted resolution 500 on Thursday by 13 votes to none. On "
        "Jan. 20 the United States had cast the only vote against an earlier Arab text. "
        "That draft had nine votes in favour, with five abstentions.", "1982-01-29")
    assert len(found) == 1
    assert (found[0]["yes"], found[0]["no"]) == (13, 0)
    assert found[0]["abstain"] != 5


# --------------------------------------------------------------------------- member votes


def test_members_who_completed_the_majority_voted_yes() -> None:
    # resolution 748, 31 March 1992, 10-0-5
    found = sc(
        "The Security Council voted 10 to none, with five abstentions, to impose an air "
        "embargo on Libya. Japan, Austria and Venezuela completed the majority.", "1992-04-01")
    assert len(found) == 1
    assert found[0]["votes"] == {"JPN": "yes", "AUT": "yes", "VEN": "yes"}


def test_members_among_the_majority_voted_yes() -> None:
    # the US veto of 20 December 2002, 12-1-2
    found = sc(
        "The United States vetoed the Security Council draft on Friday; the vote was 12-1 "
        "with two abstentions. Colombia and Singapore were also among the majority.",
        "2002-12-21")
    assert len(found) == 1
    assert found[0]["votes"]["COL"] == "yes" and found[0]["votes"]["SGP"] == "yes"


def test_joined_in_support_by_gives_both_sides_a_yes() -> None:
    # the Russian outer-space draft, 20 May 2024, 7-7-1
    found = sc(
        "A Russian draft on outer space failed in the Security Council on Monday, 7 votes to "
        "7 with one abstention. Russia and China were joined in support by Algeria, Guyana "
        "and Sierra Leone.", "2024-05-21")
    assert len(found) == 1
    assert {k: v for k, v in found[0]["votes"].items() if v == "yes"} == {
        "RUS": "yes", "CHN": "yes", "DZA": "yes", "GUY": "yes", "SLE": "yes"}


def test_completing_a_task_is_no_vote() -> None:
    found = sc(
        "The Security Council adopted resolution 748 on Tuesday by 10 votes to none. Japan "
        "and Austria said they had completed the work on the text.", "1992-04-01")
    assert len(found) == 1
    assert found[0]["votes"] == {}


def test_a_date_inside_an_aside_does_not_make_the_vote_old() -> None:
    # resolution 748, 31 March 1992: Russia had taken the Soviet seat in December 1991
    found = sc(
        "The Security Council voted 10 to none today to impose sanctions on Libya. Russia, "
        "which took over the Soviet Union's permanent seat in December, voted in favour "
        "alongside the United States, Britain and France.", "1992-03-31")
    assert len(found) == 1
    assert found[0]["votes"] == {"RUS": "yes", "USA": "yes", "GBR": "yes", "FRA": "yes"}


def test_among_those_voting_for_the_nominee_were_a_list() -> None:
    # the US veto of a second term for Boutros-Ghali, 19 November 1996, 14-1
    found = sc(
        "The Security Council voted 14-1 on Tuesday on a draft recommending a second term "
        "for the secretary-general; the United States voted against. Among those voting for "
        "the secretary-general were Britain, France and China, the other permanent members, "
        "as well as Egypt.", "1996-11-20")
    assert len(found) == 1
    assert found[0]["votes"] == {"USA": "no", "GBR": "yes", "FRA": "yes", "CHN": "yes",
                                 "EGY": "yes"}


def test_not_adopted_under_a_chapter_denies_the_legal_basis_not_the_passage() -> None:
    # resolution 2249, 20 November 2015, unanimous
    found = sc(
        "The Security Council on Friday unanimously adopted resolution 2249 against the "
        "Islamic State group. The text was not adopted under Chapter VII of the Charter.",
        "2015-11-21")
    assert len(found) == 1
    assert found[0]["outcome"] == "adopted" and found[0]["resolution"] == "2249"


def test_refusing_to_carry_out_a_measure_is_no_failed_vote() -> None:
    # resolution 1718, 14 October 2006, unanimous
    found = sc(
        "The Security Council on Saturday unanimously adopted resolution 1718 on North "
        "Korea. The text allows cargo inspections, a provision that Beijing said it would "
        "not carry out itself.", "2006-10-15")
    assert len(found) == 1
    assert found[0]["outcome"] == "adopted"
