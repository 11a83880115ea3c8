"""Vote dates in news copy: bracketed years, datelines on their own line, relative days."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


def test_dateline_with_year_in_brackets_dates_the_vote() -> None:
    text = ("COUNCIL BACKS TRUCE CALL\n\nOSLO, Mar. 4 (1958) \u2014 The Security Council "
            "tonight adopted a resolution calling for a truce by nine votes to none, with "
            "two abstentions.")
    (e,) = sc(text)
    assert e["date"] == "1958-03-04"


def test_dateline_alone_on_its_line_dates_the_story() -> None:
    text = ("COUNCIL CALLS FOR TRUCE\n\nLONDON, April 9 [1962].\n\nLate last night the "
            "Security Council adopted a resolution calling for a truce by ten votes to "
            "none, with one abstention.")
    (e,) = sc(text)
    assert e["date"] == "1962-04-08"


def test_a_rule_about_what_adoption_needs_is_no_event() -> None:
    text = ("UNITED NATIONS, May 2, 2024 - Talks on a text about shipping in the Red Sea "
            "dragged on for a third day, diplomats said. A draft needs nine votes in favour "
            "and no veto from a permanent member to be adopted.")
    assert sc(text) == []


def test_ordinal_day_is_the_latest_such_day_before_publication() -> None:
    text = ("Council votes on Sudan\n\n6 March 2024\n\nThe Security Council on the 4th "
            "adopted a resolution on Sudan by 14 votes to none, with one abstention.")
    assert sc(text)[0]["date"] == "2024-03-04"
    text = text.replace("6 March 2024", "2 April 2024").replace("the 4th", "the 29th")
    assert sc(text)[0]["date"] == "2024-03-29"


def test_iso_timestamp_and_us_numeric_date_with_weekday_date_the_page() -> None:
    body = ("\n\nThe Security Council on Tuesday adopted a resolution on Libya by 13 votes "
            "to none, with two abstentions.")
    assert sc("Libya text passes\n\n2022-06-09T07:30:00Z" + body)[0]["date"] == "2022-06-07"
    # 06/09/2022 read day-first is a Monday, month-first a Thursday
    assert sc("Libya text passes\n\nThu, 06/09/2022 - 07:30" + body)[0]["date"] == "2022-06-07"


def test_colon_written_tally_and_nil() -> None:
    e = sc("The Security Council on Tuesday passed the text on Mali 12:0:3.", "2019-06-27")[0]
    assert (e["yes"], e["no"], e["abstain"]) == (12, 0, 3)
    e = sc("The Security Council last night voted by 14 to nil, with one abstention, to "
           "renew the mission.", "2019-06-27")[0]
    assert (e["yes"], e["no"], e["abstain"]) == (14, 0, 1)


def test_clock_time_is_not_a_colon_tally() -> None:
    found = sc("The Security Council adopted the text on Mali at 11:02 on Tuesday, with "
               "Russia abstaining.", "2019-06-27")
    assert all(e["yes"] is None for e in found)


def test_refraining_from_a_veto_is_no_veto() -> None:
    e = sc("The Security Council on Monday renewed the Libya panel 14-0-1, as Moscow "
           "refrained from blocking the text and abstained.", "2021-08-31")[0]
    assert e["outcome"] == "adopted" and e["vetoed_by"] == []


def test_choosing_to_abstain_is_an_abstention() -> None:
    e = sc("The Security Council on Monday renewed the Libya panel 13-0-2. France did not "
           "veto the text, choosing to abstain.", "2021-08-31")[0]
    assert e["votes"].get("FRA") == "abstain"


def test_resolution_number_given_in_a_later_sentence() -> None:
    text = ("The Security Council on Friday adopted a text on Somalia by 13 votes to none, "
            "with two abstentions. Resolution 2713 also tightens the arms embargo.")
    assert sc(text, "2023-12-02")[0]["resolution"] == "2713"
    # a number from another year is background, not this vote's
    text = text.replace("Resolution 2713 also tightens", "It builds on resolution 2607, "
                        "which tightened")
    assert sc(text, "2023-12-02")[0]["resolution"] is None


def test_resolution_number_written_with_a_hash() -> None:
    text = "The Security Council on Friday adopted Resolution #2713 by 13 votes to none."
    assert sc(text, "2023-12-02")[0]["resolution"] == "2713"


def test_slashed_dotted_and_hyphenated_page_dates() -> None:
    body = ("\n\nThe Security Council on Tuesday adopted a resolution on Libya by 13 votes "
            "to none, with two abstentions.")
    for head in ("2022/06/09", "2022.06.09", "9-Jun-2022"):
        assert sc("Libya text passes\n\n" + head + body)[0]["date"] == "2022-06-07", head


def test_two_different_tallies_are_two_votes() -> None:
    text = ("The Security Council voted twice on Thursday. A text on Yemen was adopted: 13 in "
            "favour, 0 against, 2 abstentions.\n\nA text on Myanmar failed: 5 in favour, 7 "
            "against, 3 abstentions.")
    found = sc(text, "2024-05-10")
    assert [(e["yes"], e["no"]) for e in found] == [(13, 0), (5, 7)]


def test_list_item_opening_with_its_day_dates_its_vote() -> None:
    text = ("COUNCIL ROUND-UP\nSaturday, 11 May 2024\n\nA busy week at the Council.\n\n"
            "- Tue 7 May: the Security Council adopted a text on Libya by 15 votes to none."
            "\n\n- Thu 9 May: a draft on Sudan fell, with 6 in favour and 9 against.")
    found = sc(text)
    assert [e["date"] for e in found] == ["2024-05-07", "2024-05-09"]


def test_colon_after_named_abstainers_explains_rather_than_lists() -> None:
    e = sc("The Security Council on Monday renewed the Mali mission by 13 votes to none. "
           "Kenya and Ghana abstained: the Kenyans over cost, the Ghanaians over the "
           "mandate.", "2022-06-29")[0]
    assert e["votes"] == {"GHA": "abstain", "KEN": "abstain"}
    assert (e["yes"], e["no"], e["abstain"]) == (13, 0, 2)


def test_lead_that_dates_the_meeting_dates_the_vote() -> None:
    head = "Council acts on Yemen\n\nFriday, 14 June 2024\n\n"
    for lead in ("Ambassadors gathered in the chamber on Tuesday afternoon.",
                 "The vote came on Tuesday.",
                 "After a long debate on Tuesday,"):
        text = head + lead + " The Security Council adopted the text 13-0-2."
        assert sc(text)[0]["date"] == "2024-06-11", lead


def test_new_york_day_wins_over_another_citys_clock() -> None:
    head = "Council acts on Yemen\n\nThursday, 13 June 2024\n\n"
    for body in ("The Security Council on Tuesday (Wednesday Manila time) adopted the text "
                 "13-0-2.",
                 "The Security Council adopted the text 13-0-2 on Wednesday morning in Seoul "
                 "(Tuesday evening in New York)."):
        assert sc(head + body)[0]["date"] == "2024-06-11", body


def test_title_case_dateline_line_and_yearless_page_day() -> None:
    body = "The Security Council on Monday adopted resolution 2699 by 13 votes to none."
    assert sc("Force approved\n\nNairobi, Oct 3 (KNA) --\n\n" + body)[0]["date"] == "2023-10-02"
    # the year comes from the resolution number, the day from the page
    assert sc("Force approved\n\nThursday 5 October\n\n" + body)[0]["date"] == "2023-10-02"


def test_later_sentence_names_its_draft_by_topic() -> None:
    text = ("A draft on fishing rights off Somalia failed on Monday with 5 votes in favour "
            "and 10 abstentions. In a separate vote the same day, the Security Council "
            "unanimously renewed the Haiti sanctions regime.\n\nGhana and Gabon were among "
            "those abstaining on the fishing text.")
    first, second = sc(text, "2022-10-20")
    assert first["votes"] == {"GAB": "abstain", "GHA": "abstain"} and second["votes"] == {}


def test_voting_together_with_the_majority_is_a_yes() -> None:
    e = sc("The Security Council on Monday adopted the text by nine votes to two. Cuba and "
           "Peru voted together with the majority.", "1956-11-06")[0]
    assert e["votes"] == {"CUB": "yes", "PER": "yes"}


def test_veto_record_in_a_relative_clause_is_background() -> None:
    e = sc("France, which has vetoed texts on this before, did not veto the resolution, "
           "which passed the Security Council 14-0-1 on Tuesday.", "2023-10-05")[0]
    assert (e["outcome"], e["vetoed_by"]) == ("adopted", [])


def test_office_holders_fix_the_era_when_no_year_is_given() -> None:
    # Lodge and Sobolev overlap in 1955-60: "China" is the Nationalist seat, and the
    # Council has eleven members, so seven votes carry the text
    text = ("NEW YORK, Nov. 2 -- The Security Council tonight adopted a resolution by seven "
            "votes to two. The American ambassador, Henry Cabot Lodge, and the Soviet "
            "ambassador, Arkady Sobolev, both spoke; China voted in favour.")
    e = sc(text)[0]
    assert e["outcome"] == "adopted" and e["votes"].get("TWN") == "yes"


def test_among_the_abstainers_and_supporters_included() -> None:
    text = ("The Security Council on Friday voted 10-2-3 on the draft on Mali. Ghana and "
            "Gabon were among the abstainers. Supporters included Ireland and Norway.")
    e = sc(text, "2022-08-20")[0]
    assert e["votes"] == {"IRL": "yes", "NOR": "yes", "GAB": "abstain", "GHA": "abstain"}
    assert (e["yes"], e["no"], e["abstain"]) == (10, 2, 3)
