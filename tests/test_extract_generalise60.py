"""Generalisation checks from the thirty-ninth session.

Facts are Voting-Agent's and Sciences Po's. On Thursday 26 September 2013 resolution 2117, the
Council's first on small arms and light weapons, passed 14-0-1 with Russia abstaining; its
co-sponsors (S/2013/570) included Togo, Rwanda, Luxembourg, Lithuania, Norway, Spain, Slovenia,
Timor-Leste and New Zealand. On Thursday 21 August 1947 the Soviet Union vetoed Austria's
application for membership (S/PV.190), 8-1-2, France and Poland abstaining. On Saturday 17
January 1948 resolution 38 on Kashmir passed 9-0-2, and on Tuesday 20 January resolution 39 set up
the commission on India and Pakistan by the same count, the Soviet Union and the Ukrainian SSR
abstaining on both. On Friday 8 December 2023 the United States vetoed S/2023/970, the
Emirati draft demanding a humanitarian ceasefire in Gaza, 13-1-1, the United Kingdom abstaining.
On Monday 17 November 2025 resolution 2803 endorsed the plan to end the Gaza conflict, 13-0-2,
China and Russia abstaining. On Tuesday 19 October 1976 France, the United Kingdom and the United
States vetoed S/12211, an arms embargo on South Africa over Namibia, 10-3-2, Italy and Japan
abstaining. On Monday 31 October 1977 the same three vetoed S/12310/Rev.1, S/12311/Rev.1 and
S/12312/Rev.1 on South Africa, each 10-5-0, Canada and West Germany voting no with them.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_SMALL_ARMS = ("UNITED NATIONS, Sept 26 - The Security Council adopted resolution 2117 on small "
               "arms on Thursday by 14 votes to none, with Russia abstaining. ")


def test_co_sponsors_go_on_past_a_number_of_states_including():
    text = _SMALL_ARMS + ("Luxembourg was one of the co-sponsors, together with Lithuania, Norway "
                          "and a number of African and Pacific states, including Togo, Timor-Leste "
                          "and New Zealand.")
    sponsors = _sc(text, "2013-09-27")[0].sponsors
    assert set(sponsors) == {"LUX", "LTU", "NOR", "TGO", "TLS", "NZL"}


def test_as_were_goes_on_past_a_handful_of_states_among_them():
    text = _SMALL_ARMS + ("Togo was among the co-sponsors, as were Rwanda and a handful of "
                          "European states, among them Spain and Slovenia.")
    event = _sc(text, "2013-09-27")[0]
    assert set(event.sponsors) == {"TGO", "RWA", "ESP", "SVN"}
    assert event.votes == {"RUS": "abstain"}


_AUSTRIA = ("the Security Council voted eight to one on Austria's application for membership, with "
            "France and Poland abstaining. The single vote against came from the Soviet Union.")


def test_a_weekday_then_a_comma_and_the_day_of_the_month_says_which_thursday():
    text = "Lake Success, Aug. 29 - On Thursday, the 21st, " + _AUSTRIA
    event = _sc(text, "1947-08-29")[0]
    assert (event.date, event.vetoed_by) == ("1947-08-21", ["SUN"])


def test_thursday_of_last_week_the_21st_in_the_sentence_before_dates_the_vote():
    text = ("Dear members, Austria's hopes of joining the United Nations were dashed on "
            "Thursday of last week, the 21st. In New York " + _AUSTRIA)
    assert _sc(text, "1947-08-29")[0].date == "1947-08-21"


def test_a_weekday_in_the_sentence_before_dates_the_vote_with_no_word_of_a_meeting():
    # (the lead's paragraphs name no day, so only the sentence before the vote's can)
    text = ("LAKE SUCCESS, Jan. 21 - The Security Council has spent a busy week on Kashmir.\n\n"
            "The delegations of India and Pakistan spoke at length.\n\n"
            "Both accused the other of sending raiders across the line.\n\n"
            "Then things moved. The decisive moment came on Saturday. The Security Council "
            "adopted resolution 38, asking India and Pakistan to refrain from any act that might "
            "aggravate the situation, by nine votes to none, with the Soviet Union and the "
            "Ukraine abstaining.")
    assert _sc(text, "1948-01-21")[0].date == "1948-01-17"


def test_the_same_as_on_saturday_is_the_day_compared_with_not_the_votes():
    text = ("LAKE SUCCESS, Jan. 20 - The Security Council has moved quickly on Kashmir.\n\n"
            "On Saturday it adopted resolution 38 by nine votes to none, the Soviet Union and "
            "the Ukraine abstaining.\n\n"
            "This afternoon the Council went further and decided, in resolution 39, to set up a "
            "commission of three members. The count was the same as on Saturday: nine votes to "
            "none, with the Soviet Union and the Ukraine again abstaining.")
    assert sorted(e.date for e in _sc(text, "1948-01-20")) == ["1948-01-17", "1948-01-20"]


def test_hands_that_went_up_including_members_are_the_yes_side_before_a_later_against():
    text = ("UNITED NATIONS, Dec 8 - The United States vetoed draft resolution S/2023/970 in the "
            "Security Council on Friday. Thirteen hands went up, including France, China and "
            "Russia, and then the American hand against. Britain abstained.")
    votes = _sc(text, "2023-12-09")[0].votes
    assert votes == {"FRA": "yes", "CHN": "yes", "RUS": "yes", "USA": "no", "GBR": "abstain"}


_GAZA_PLAN = ("UNITED NATIONS, Nov 17 - The Security Council on Monday endorsed the plan to end "
              "the Gaza conflict in resolution 2803. The vote was thirteen in favour, none "
              "against, with China and Russia abstaining.\n\n")


def test_a_region_used_to_vetoes_is_no_veto_of_its_own():
    text = _GAZA_PLAN + "For a region used to vetoes on Gaza, the absence of a no is the news."
    assert [(e.resolution, e.outcome) for e in _sc(text, "2025-11-19")] == [("2803", "adopted")]


def test_vetoes_after_a_preposition_or_recent_are_the_noun():
    for remark in ("Some diplomats want a debate about vetoes on Gaza.",
                   "The region has grown weary of recent vetoes on Gaza."):
        events = _sc(_GAZA_PLAN + remark, "2025-11-19")
        assert [e.outcome for e in events] == ["adopted"], remark


def test_an_aside_between_dashes_after_and_keeps_the_list_going():
    text = ("UNITED NATIONS, Oct 19 - The Security Council voted today on draft resolution "
            "S/12211, an arms embargo on South Africa. Ten members voted in favour. Three voted "
            "against: the United States, Great Britain and France. Japan and - we must say it "
            "with regret - Italy abstained.")
    votes = _sc(text, "1976-10-20")[0].votes
    assert {c for c, v in votes.items() if v == "abstain"} == {"JPN", "ITA"}


def test_a_lead_veto_then_a_plural_no_then_each_texts_count_gives_three_vetoes():
    text = ("In New York yesterday, three Western powers used their veto in the Security Council. "
            "France, the United Kingdom and the United States voted against three draft "
            "resolutions on South Africa. Each obtained ten votes in favour and five against.")
    events = _sc(text, "1977-11-01")
    assert [(e.outcome, e.yes, e.no, e.vetoed_by) for e in events] == [
        ("vetoed", 10, 5, ["FRA", "GBR", "USA"])] * 3
