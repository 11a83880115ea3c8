"""Styles from other outlets (tests/heldout4 taught them): a drafter's text reported after an
adopted one or after the Assembly's vote, coordinated drafter adjectives, "amounted to a
veto". Sentences written for these tests; the facts are the Council's record."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def events(text: str, published: str) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published)]


def sc(text: str, published: str) -> list[dict[str, Any]]:
    return [e for e in events(text, published) if e["body"] == "SC"]


# --------------------------------------------------------------------------- new drafts


def test_drafted_text_after_an_adopted_one_is_a_second_vote() -> None:
    found = sc(
        "On Friday the Security Council extended the UN mission in Liberia for a final "
        "time, adopting resolution 2333 with Russia, Britain and France abstaining. A US "
        "draft that would have imposed an arms embargo on South Sudan failed the same day, "
        "with only seven votes in favour and eight abstentions.", "2016-12-24")
    assert [(e["outcome"], e["resolution"], e["sponsors"]) for e in found] == [
        ("adopted", "2333", []), ("failed", None, ["USA"])]
    assert (found[1]["yes"], found[1]["abstain"]) == (7, 8)
    assert {e["date"] for e in found} == {"2016-12-23"}


def test_council_draft_after_the_assembly_vote_is_its_own_event() -> None:
    found = events(
        "The General Assembly on Wednesday demanded that Russia withdraw its forces from "
        "Ukraine, adopting the resolution by 141 votes to 5 with 35 abstentions.\n"
        "Last Friday the Security Council had voted on an Albanian and American draft with "
        "the same demand. Eleven council members backed it, Russia voted no and China, India "
        "and the United Arab Emirates abstained.", "2022-03-02")
    assert [e["body"] for e in found] == ["GA", "SC"]
    council = found[1]
    assert council["date"] == "2022-02-25"
    assert (council["outcome"], council["vetoed_by"]) == ("vetoed", ["RUS"])
    assert (council["yes"], council["no"], council["abstain"]) == (11, 1, 3)
    assert sorted(council["sponsors"]) == ["ALB", "USA"]
    assert found[0]["votes"] == {} and found[0]["sponsors"] == []


# --------------------------------------------------------------------------- veto wording


def test_no_vote_that_amounted_to_a_veto() -> None:
    (e,) = sc(
        "The Security Council on Monday voted on a draft condemning Israel's decision on "
        "Jerusalem. The United States voted against, which as a "
        "permanent member amounted to a veto.", "2017-12-19")
    assert (e["outcome"], e["vetoed_by"], e["date"]) == ("vetoed", ["USA"], "2017-12-18")


def test_indefinite_text_struck_down_later_is_another_vote() -> None:
    found = sc(
        "Russia on Wednesday vetoed a draft renewing the sanctions regime on Mali. Thirteen "
        "members voted in favour and China abstained. Later in the day, a text that would "
        "have ended the regime after one final year was also struck down, with only Russia "
        "in favour, Japan against and 13 abstentions.", "2023-08-31")
    assert [(e["outcome"], e["date"]) for e in found] == [
        ("vetoed", "2023-08-30"), ("failed", "2023-08-30")]
    assert (found[0]["yes"], found[0]["vetoed_by"]) == (13, ["RUS"])
    assert found[1]["abstain"] == 13


# --------------------------------------------------------------------------- pluperfect


def test_pluperfect_veto_dated_this_week_is_news() -> None:
    (e,) = sc(
        "The Security Council meets again on Sunday. On Friday Russia had vetoed a US and "
        "Albanian draft deploring its invasion of Ukraine; eleven members voted in favour, "
        "while China, India and the United Arab Emirates abstained.", "2022-02-27")
    assert (e["date"], e["outcome"], e["vetoed_by"]) == ("2022-02-25", "vetoed", ["RUS"])
    assert (e["yes"], e["no"], e["abstain"]) == (11, 1, 3)
    assert e["votes"]["RUS"] == "no"


def test_pluperfect_veto_without_a_day_stays_background() -> None:
    found = sc(
        "The Security Council on Saturday adopted a resolution keeping one border crossing "
        "open for aid to Syria, by 12 votes to none with 3 abstentions. Russia had vetoed a "
        "similar text in December 2019.", "2020-07-12")
    assert [e["outcome"] for e in found] == ["adopted"]


# --------------------------------------------------------------------------- drafters


def test_drafters_named_after_a_counted_group() -> None:
    (e,) = sc(
        "The Security Council on Saturday failed to call for a ceasefire between India and "
        "Pakistan. The Soviet Union vetoed a draft put forward by nine countries, namely "
        "Argentina, Belgium, Burundi, Italy, Japan, Nicaragua, Somalia, the United Kingdom "
        "and the United States. Poland voted no along with the Soviet Union, and Britain and "
        "France abstained.", "1971-12-07")
    assert e["date"] == "1971-12-04"
    assert sorted(e["sponsors"]) == ["ARG", "BDI", "BEL", "GBR", "ITA", "JPN", "NIC", "SOM",
                                     "USA"]
    assert e["votes"] == {"POL": "no", "SUN": "no", "FRA": "abstain", "GBR": "abstain"}


def test_co_sponsor_lists() -> None:
    lead = ("The Security Council on Tuesday failed to impose sanctions on Syria over chemical "
            "weapons. Russia and China vetoed the draft, and Bolivia also voted no; nine "
            "members voted in favour while Egypt, Ethiopia and Kazakhstan abstained. ")
    for tail in ("Its co-sponsors included Japan, Italy and Ukraine.",
                 "Among the sponsors were Japan, Italy and Ukraine.",
                 "The co-sponsor list was long, including Japan, Italy and Ukraine.",
                 "Sponsors: Japan, Italy, Ukraine."):
        (e,) = sc(lead + tail, "2017-03-01")
        assert sorted(e["sponsors"]) == ["ITA", "JPN", "UKR"], tail
        assert (e["date"], e["vetoed_by"]) == ("2017-02-28", ["CHN", "RUS"])


def test_co_drafters_after_together_with_a_description() -> None:
    (e,) = sc(
        "Russia on Wednesday vetoed a draft that would have set up a tribunal for the downing "
        "of flight MH17. Eleven members voted in favour, while Angola, China and Venezuela "
        "abstained. The Netherlands put forward the text along with its partners in the "
        "criminal inquiry: Australia, Belgium, Malaysia and Ukraine.", "2015-07-30")
    assert sorted(e["sponsors"]) == ["AUS", "BEL", "MYS", "NLD", "UKR"]
    assert (e["date"], e["yes"], e["vetoed_by"]) == ("2015-07-29", 11, ["RUS"])


def test_fronted_phrase_before_a_passive_drafter_clause() -> None:
    (e,) = sc(
        "Russia on Tuesday vetoed a United States draft that would have set up a new inquiry "
        "into chemical attacks in Syria. Twelve members voted in favour; Bolivia joined Russia "
        "in voting no and China abstained. In the end, the text was co-sponsored by Albania, "
        "Australia and Canada, among others.", "2018-04-11")
    assert sorted(e["sponsors"]) == ["ALB", "AUS", "CAN", "USA"]
    assert (e["yes"], e["no"], e["abstain"]) == (12, 2, 1)


def test_members_who_took_the_draft_forward() -> None:
    (e,) = sc(
        "The Security Council on Friday demanded an end to Israeli settlement building, "
        "adopting resolution 2334 by 14 votes with the United States abstaining. Egypt had "
        "withdrawn the text a day earlier; Malaysia, New Zealand, Senegal and Venezuela -- "
        "all council members -- then took the draft forward themselves.", "2016-12-24")
    assert sorted(e["sponsors"]) == ["MYS", "NZL", "SEN", "VEN"]
    assert (e["resolution"], e["date"], e["votes"]) == ("2334", "2016-12-23",
                                                         {"USA": "abstain"})


# --------------------------------------------------------------------------- same meeting


def test_a_vote_minutes_later_takes_the_day_of_the_one_before() -> None:
    found = sc(
        "The Security Council met today to take stock of Mali's lapsed sanctions regime. On "
        "Wednesday Russia had vetoed a French and Emirati draft renewing it, although "
        "thirteen members voted in favour; China abstained. Minutes later a Russian text "
        "failed, with only Russia in favour, Japan against and 13 abstentions.", "2023-09-01")
    assert [(e["date"], e["outcome"], e["sponsors"]) for e in found] == [
        ("2023-08-30", "vetoed", ["FRA", "ARE"]), ("2023-08-30", "failed", ["RUS"])]


def test_a_second_tally_later_in_the_meeting_is_a_second_vote() -> None:
    found = sc(
        "The Security Council met on Wednesday on the sanctions regime for Mali. Thirteen "
        "members voted for renewing it. Russia voted against, and China abstained. Later in "
        "the same meeting the council voted, by one vote to one with 13 abstentions, on a "
        "text that would have ended the regime after a final year.", "2023-08-31")
    assert [(e["date"], e["outcome"], e["yes"], e["no"], e["abstain"]) for e in found] == [
        ("2023-08-30", "vetoed", 13, 1, 1), ("2023-08-30", "failed", 1, 1, 13)]


def test_no_veto_on_a_procedural_decision() -> None:
    (e,) = sc(
        "By seven votes to two, the Security Council on Wednesday called an emergency session "
        "of the General Assembly on the Suez crisis. Britain and France voted against, but the "
        "decision was procedural and their votes could not block it.", "1956-11-01")
    assert (e["date"], e["outcome"], e["vetoed_by"]) == ("1956-10-31", "adopted", [])
    assert (e["yes"], e["no"], e["votes"]) == (7, 2, {"FRA": "no", "GBR": "no"})


def test_text_with_a_long_relative_clause_blocked_by_the_vetoes_of_two_members() -> None:
    (e,) = sc(
        "The European draft resolution that would have warned Damascus of targeted measures "
        "over its crackdown on protesters was blocked on Tuesday by the vetoes of Russia and "
        "China. Nine members voted in favour and four abstained.", "2011-10-05")
    assert (e["date"], e["outcome"], e["vetoed_by"]) == ("2011-10-04", "vetoed",
                                                         ["CHN", "RUS"])
    assert (e["yes"], e["no"], e["abstain"]) == (9, 2, 4)
