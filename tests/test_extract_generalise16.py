"""Generalisation checks from a look at the twentieth blind set's misses: a fortnightly
digest's older news, several resolutions adopted in one clause or one plural sentence,
names "among them" after a count, a same-day vote told in the pluperfect, groups spelled
out between dashes, "That includes ...", another government's dated act, teletext page
stamps, and sides named "the members in favour included".

Facts are the record's (Sciences Po and DHL tables): resolution 182 (4 December 1963) and
resolutions 184 and 185 (16 December 1963), all 11-0-0; resolution 45 (Burma, 10 April 1948)
10-0-1 with Argentina abstaining, and Italy's application the same day, 9-2, vetoed by the
Soviet Union; S/4050/Rev.1 (18 July 1958) vetoed by the Soviet Union 9-1-1, Sweden
abstaining, and S/4047/Rev.1 the same day, 1-8-2, the Soviet Union alone in favour;
resolution 497 (17 December 1981) unanimous; S/19780 (15 April 1988) vetoed by the United
States 14-1; resolutions 1422, 1423 and 1424 (12 July 2002), each 15-0; resolution 2504 (10
January 2020) 11-0-4, China, Russia, the United Kingdom and the United States abstaining."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_DIGEST = ("AFFAIRS DIGEST\nA fortnightly summary for members. No. 47 - Friday, 20 December "
           "1963\n\n")


def test_a_fortnightly_digest_reports_news_of_two_weeks_back() -> None:
    [e] = _sc(_DIGEST + "On 4 December the Security Council unanimously adopted resolution "
              "182, asking for a group of experts on South Africa. All eleven members voted "
              "for it, the Soviet Union and Nationalist China among them.\n", "1963-12-20")
    assert (e.date, e.resolution, e.yes) == ("1963-12-04", "182", 11)
    assert (e.votes.get("SUN"), e.votes.get("TWN")) == ("yes", "yes")


def test_a_daily_keeps_a_vote_of_two_weeks_back_in_the_background() -> None:
    events = _sc("NEW YORK, Dec. 20 - Delegates are still discussing South Africa. On 4 "
                 "December the Security Council unanimously adopted resolution 182.\n",
                 "1963-12-20")
    assert events == []


def test_two_numbered_resolutions_in_one_recommendation_are_two_events() -> None:
    events = _sc(_DIGEST + "On Monday the Council recommended, in two separate votes and "
                 "without a dissenting voice, that Zanzibar (resolution 184) and Kenya "
                 "(resolution 185) be admitted to the United Nations. Each was carried by all "
                 "eleven members.\n", "1963-12-20")
    assert sorted((e.resolution, e.date, e.yes) for e in events) == [
        ("184", "1963-12-16", 11), ("185", "1963-12-16", 11)]


def test_resolutions_far_apart_in_one_clause_are_a_citation_not_two_votes() -> None:
    events = _sc("UNITED NATIONS, July 12 - The Security Council on Friday adopted resolution "
                 "1422, recalling resolution 1325 on women and peace.\n", "2002-07-13")
    assert [e.resolution for e in events] == ["1422"]


def test_a_plural_tally_is_each_adopted_texts() -> None:
    events = _sc("THE WEEK EXPLAINED\nMonday, July 15, 2002\n\nThe Security Council voted on "
                 "Friday on three texts, one after another, and adopted all three 15-0. The "
                 "one that mattered was res. 1422 (2002), circulated in draft as S/2002/747. "
                 "Then the Council adopted S/RES/1423 (2002) on Bosnia, and then resolution "
                 "1424 on Prevlaka. All fifteen members voted for each of the three texts, "
                 "including France and the United Kingdom.\n", "2002-07-15")
    assert sorted((e.resolution, e.yes, e.no) for e in events) == [
        ("1422", 15, 0), ("1423", 15, 0), ("1424", 15, 0)]
    assert all(e.votes.get("FRA") == "yes" for e in events)
    assert [e.draft for e in events if e.resolution == "1422"] == ["S/2002/747"]


def test_a_hyphenated_participle_is_an_adjective_not_an_outcome() -> None:
    events = _sc("Peacekeepers in UN-authorised operations are covered by the court's "
                 "statute, the minister said.\n", "2002-07-15")
    assert events == []


_ITALY = ("LAKE SUCCESS, 10 April - This afternoon the Security Council voted once more on "
          "the application of Italy. Nine members voted in favour - among them the United "
          "States, Great Britain, France and China - and two against, and the Soviet Union "
          "cast its veto. ")


def test_names_between_dashes_after_a_counted_side() -> None:
    [e] = _sc(_ITALY, "1948-04-11")
    assert {c for c, v in e.votes.items() if v == "yes"} == {"USA", "GBR", "FRA", "TWN"}


def test_a_same_day_vote_told_in_the_pluperfect_is_news() -> None:
    events = _sc(_ITALY + "Earlier in the day the same Council had recommended the admission "
                 "of Burma. That vote was ten in favour and none against; only Argentina "
                 "abstained.\n", "1948-04-11")
    burma = [e for e in events if e.outcome == "adopted"]
    assert [(e.yes, e.abstain, e.votes.get("ARG"), e.date) for e in burma] == [
        (10, 1, "abstain", "1948-04-10")]


def test_support_of_a_group_spelled_out_then_more_names() -> None:
    [e] = _sc("UNITED NATIONS, July 18 - The Soviet Union tonight vetoed a Security Council "
              "draft on Lebanon, 9-1-1. The text had the support of all the other permanent "
              "members - the United States, Britain, France and Nationalist China - as well "
              "as Canada, Japan and Panama.\n", "1958-07-19")
    assert {c for c, v in e.votes.items() if v == "yes"} == {
        "USA", "GBR", "FRA", "TWN", "CAN", "JPN", "PAN"}


def test_a_text_that_won_a_single_vote_names_its_voter() -> None:
    [e] = _sc("UNITED NATIONS, July 18 - The Council turned down a Soviet draft, S/4047/Rev.1, "
              "which won a single vote, that of the Soviet Union. Eight members voted against "
              "it.\n", "1958-07-19")
    assert (e.outcome, e.yes, e.votes.get("SUN")) == ("failed", 1, "yes")


def test_that_includes_names_members_of_the_side_just_counted() -> None:
    [e] = _sc("THE SUNDAY MERIDIAN\nDecember 20, 1981\n\nOn Thursday the Security Council "
              "adopted resolution 497 on the Golan Heights. It declares Israel's decision of "
              "December 14 null and void. All fifteen members voted for it. That includes "
              "the United States, and it includes the Soviet Union and China.\n",
              "1981-12-20")
    assert e.date == "1981-12-17"
    assert {c: e.votes.get(c) for c in ("USA", "SUN", "CHN")} == dict.fromkeys(
        ("USA", "SUN", "CHN"), "yes")


def test_last_night_is_not_overruled_by_a_page_stamp() -> None:
    [e] = _sc("P101  NEWSVIEW  Sat 16 Apr  08:14:22\n   UN: US veto on occupied territories\n\n"
              "P110  NEWSVIEW  Sat 16 Apr  08:14:40\n   The United States last night vetoed a UN "
              "Security Council draft resolution on the occupied territories.\n   The vote "
              "was 14-1, with no abstentions.\n", "1988-04-16")
    assert e.date == "1988-04-15"


def test_the_members_in_favour_included() -> None:
    [e] = _sc("The Security Council on Friday renewed cross-border aid to Syria by 11 votes to "
              "none with four abstentions. The eleven members in favour included France, "
              "Germany and Belgium.\n", "2020-01-11")
    assert {c: e.votes.get(c) for c in ("FRA", "DEU", "BEL")} == dict.fromkeys(
        ("FRA", "DEU", "BEL"), "yes")
