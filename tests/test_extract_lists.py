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
