"""How news prose lists the members behind a draft and the members who voted one way: the
shapes of a list (a group named before its members, "with", "alongside", "among them"),
not any one article's sentence. Sentences written for these tests; the facts are the
Council's record (../shared/reference/)."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


# 10 April 2018: Russia vetoed the US draft on a Syria chemical-weapons inquiry, 12-2-1;
# sponsors included Canada, France, the Netherlands, Peru, Poland, Sweden, Turkey, the UK, the US
_SYRIA_2018 = ("Russia vetoed a Security Council draft on Tuesday on a new inquiry into chemical "
               "attacks in Syria. ")


def test_drafter_with_co_drafters_after_with() -> None:
    found = sc(_SYRIA_2018 + "The text was put forward by the United States with Britain, "
               "France and Canada.", "2018-04-11")
    assert len(found) == 1 and found[0]["sponsors"] == ["USA", "GBR", "FRA", "CAN"]


def test_a_group_named_before_its_members() -> None:
    found = sc(_SYRIA_2018 + "It was co-sponsored by several states from outside the Council, "
               "among them Canada and Turkey.", "2018-04-11")
    assert found[0]["sponsors"] == ["CAN", "TUR"]


def test_more_drafters_after_alongside_a_second_group() -> None:
    found = sc(_SYRIA_2018 + "It was co-sponsored by Canada and Turkey, alongside Council "
               "members including the Netherlands, Peru and Sweden.", "2018-04-11")
    assert found[0]["sponsors"] == ["CAN", "TUR", "NLD", "PER", "SWE"]


def test_a_group_set_off_by_dashes() -> None:
    # 19 September 2019: China and Russia vetoed the Belgian-German-Kuwaiti Idlib draft, 12-2-1
    found = sc(
        "China and Russia vetoed a Security Council draft on a truce in Idlib on Thursday. The "
        "text was drafted by a group of three Council members -- Belgium, Germany and Kuwait -- "
        "after weeks of talks.", "2019-09-20")
    assert found[0]["sponsors"] == ["BEL", "DEU", "KWT"]


def test_with_members_voting_is_not_a_drafter() -> None:
    # 8 October 2016: Russia vetoed the French-Spanish Aleppo draft; China and Angola abstained
    found = sc(
        "Russia vetoed a Security Council draft on Aleppo on Saturday. The text was drafted by "
        "France and Spain, with China and Angola abstaining.", "2016-10-09")
    assert found[0]["sponsors"] == ["FRA", "ESP"]
    assert found[0]["votes"].get("CHN") == "abstain" and found[0]["votes"].get("AGO") == "abstain"


def test_with_members_doing_something_else_are_not_drafters() -> None:
    found = sc("Russia vetoed a Security Council draft on Aleppo on Saturday. The text was "
               "drafted by France, with Spain joining the talks.", "2016-10-09")
    assert found[0]["sponsors"] == ["FRA"]
    found = sc("Russia vetoed a Security Council draft on Aleppo on Saturday. The text was "
               "drafted by France, with Spain and Britain joining as co-sponsors.", "2016-10-09")
    assert found[0]["sponsors"] == ["FRA", "ESP", "GBR"]


# --------------------------------------------------------------------------- voters

# 8 October 2016: Russia vetoed the French-Spanish Aleppo draft, 11-2-2 (Venezuela also
# against; China and Angola abstained; Egypt, France, Japan, Malaysia, New Zealand, Senegal,
# Spain, Ukraine, the UK, the US and Uruguay in favour)
_ALEPPO = "Russia vetoed a Security Council draft on Aleppo on Saturday. "


def test_a_counted_group_then_namely_its_members() -> None:
    found = sc(_ALEPPO + "Two members abstained, namely China and Angola.", "2016-10-09")
    assert found[0]["votes"] == {"RUS": "no", "CHN": "abstain", "AGO": "abstain"}


def test_a_counted_group_then_they_were() -> None:
    found = sc(_ALEPPO + "Two countries abstained, they were China and Angola.", "2016-10-09")
    assert found[0]["votes"] == {"RUS": "no", "CHN": "abstain", "AGO": "abstain"}


def test_sided_with_someone_in_voting_gives_the_later_vote() -> None:
    found = sc(_ALEPPO + "Venezuela sided with Moscow in voting no.", "2016-10-09")
    assert found[0]["votes"] == {"RUS": "no", "VEN": "no"}


def test_voting_with_a_member_were_the_others() -> None:
    found = sc(_ALEPPO + "France voted in favour. Voting with France were Britain, the United "
               "States and New Zealand.", "2016-10-09")
    votes = found[0]["votes"]
    assert {c: votes.get(c) for c in ("FRA", "GBR", "USA", "NZL")} == dict.fromkeys(
        ("FRA", "GBR", "USA", "NZL"), "yes")


def test_a_list_goes_on_after_and_with() -> None:
    found = sc(_ALEPPO + "Spain voted in favour together with Japan and Senegal, and with "
               "Uruguay and Egypt.", "2016-10-09")
    votes = found[0]["votes"]
    assert {c for c, v in votes.items() if v == "yes"} == {"ESP", "JPN", "SEN", "URY", "EGY"}


def test_as_did_after_the_verbs_object() -> None:
    # 19 September 2019: China and Russia vetoed the Idlib draft; Peru, Poland and
    # Indonesia were among the twelve in favour
    found = sc(
        "China and Russia vetoed a Security Council draft on Idlib on Thursday. Kuwait joined "
        "its co-drafters in voting for the truce, as did Peru, Poland and Indonesia.",
        "2019-09-20")
    votes = found[0]["votes"]
    assert {c for c, v in votes.items() if v == "yes"} == {"KWT", "PER", "POL", "IDN"}
    assert votes["CHN"] == votes["RUS"] == "no"


def test_a_relative_clause_then_there_are() -> None:
    found = sc(_ALEPPO + "Among the members which voted for the draft there are France, "
               "Britain and the United States, which are permanent members, and also Japan "
               "and Malaysia.", "2016-10-09")
    votes = found[0]["votes"]
    assert {c for c, v in votes.items() if v == "yes"} == {"FRA", "GBR", "USA", "JPN", "MYS"}


def test_voting_with_the_drafter_is_a_yes() -> None:
    # 13 January 1980: the Soviet Union vetoed the US sanctions draft on Iran (S/13735);
    # France, Britain and Norway voted for it with the United States
    found = sc("The Soviet Union on Sunday vetoed an American draft imposing sanctions on Iran. "
               "France, Britain and Norway voted with the United States.", "1980-01-14")
    assert found[0]["votes"] == {"SUN": "no", "FRA": "yes", "GBR": "yes", "NOR": "yes",
                                 "USA": "yes"}


def test_voting_with_a_member_of_unknown_vote_says_nothing() -> None:
    found = sc("The Soviet Union on Sunday vetoed a draft imposing sanctions on Iran. "
               "France and Norway voted with Britain.", "1980-01-14")
    assert found[0]["votes"] == {"SUN": "no"}


def test_joined_the_majority_as_did() -> None:
    # 22 July 1958 Lebanon: the Soviet Union vetoed the Japanese draft (S/4055/Rev.1);
    # Sweden, Britain, France and the United States voted for it
    found = sc("The Soviet Union on Tuesday vetoed a Japanese draft on Lebanon. Sweden joined "
               "the majority this time, as did Britain, France and the United States.",
               "1958-07-23")
    votes = found[0]["votes"]
    assert {c for c, v in votes.items() if v == "yes"} == {"SWE", "GBR", "FRA", "USA"}


def test_abstained_themselves_namely() -> None:
    found = sc(_ALEPPO + "Two members abstained themselves, namely China and Angola.",
               "2016-10-09")
    assert found[0]["votes"] == {"RUS": "no", "CHN": "abstain", "AGO": "abstain"}


def test_a_veto_that_only_awaited_is_no_vote() -> None:
    # 26 March 1999: the Russian draft against the NATO strikes failed 3-12; China and
    # Namibia voted with Russia for it
    found = sc("Russia's draft on the NATO air strikes failed on Friday, 3 votes to 12. China "
               "and Namibia stood with Russia, which had tabled it. The Western powers had gone "
               "around the Council because they knew a Russian veto awaited any text "
               "authorising force.", "1999-03-27")
    assert len(found) == 1
    assert {c: found[0]["votes"].get(c) for c in ("RUS", "CHN", "NAM")} == dict.fromkeys(
        ("RUS", "CHN", "NAM"), "yes")


def test_sided_with_the_western_powers_in_voting_no() -> None:
    # 14 April 2018: Russia's draft condemning the strikes on Syria failed 3-8-4; the US,
    # Britain, France, the Netherlands, Poland, Sweden, Kuwait and Côte d'Ivoire voted no
    found = sc("A Russian draft condemning the strikes on Syria failed in the Security Council "
               "on Saturday. Sweden, Poland and Kuwait sided with the Western powers in voting "
               "no.", "2018-04-15")
    votes = found[0]["votes"]
    assert {c for c, v in votes.items() if v == "no"} == {"SWE", "POL", "KWT", "USA", "GBR",
                                                           "FRA"}
