"""How member lists, sponsor phrases, tallies and outcomes are read in general (tests/heldout6
taught them): an aside inside a list or between a list and its verb, "as did" lists, a count of
none told by its subject, drafters named in apposition. Sentences written for these tests; the
facts are the Council's record."""

from __future__ import annotations

from typing import Any

from unvotes.extract import extract


def sc(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract(text, published=published) if e.body == "SC"]


# --------------------------------------------------------------------------- member lists


def test_a_country_used_as_an_adjective_in_an_aside_is_not_the_subject() -> None:
    found = sc(
        "The Security Council early on Thursday adopted a resolution asking Belgium to pull "
        "its troops out of the Congo. The Soviet Union and the United States, rarely allies "
        "in a Congo debate, both voted yes, as did Tunisia. Britain, France and China "
        "abstained.", "1960-07-15")
    assert len(found) == 1
    assert found[0]["votes"] == {"SUN": "yes", "USA": "yes", "TUN": "yes", "GBR": "abstain",
                                 "FRA": "abstain", "TWN": "abstain"}


def test_a_time_inside_a_relative_clause_does_not_make_the_main_vote_history() -> None:
    found = sc(
        "The Security Council on Thursday adopted resolution 1483, lifting sanctions on Iraq. "
        "Germany and Russia, which fought the war in the Council two months ago, both voted "
        "for it, as did Chile, Mexico's ally in those talks.", "2003-05-23")
    assert len(found) == 1
    assert found[0]["votes"] == {"DEU": "yes", "RUS": "yes", "CHL": "yes"}


def test_a_descriptive_appositive_does_not_break_a_list() -> None:
    found = sc(
        "The Security Council on Saturday adopted a resolution condemning the seizure of "
        "power in Southern Rhodesia. Jordan voted for it, as did Britain, the administering "
        "power, the United States and the Soviet Union. France abstained.", "1965-11-21")
    assert len(found) == 1
    assert found[0]["votes"] == {"JOR": "yes", "GBR": "yes", "USA": "yes", "SUN": "yes",
                                 "FRA": "abstain"}


def test_no_member_voted_against_is_a_count_of_none() -> None:
    found = sc(
        "The Security Council on Thursday adopted a resolution on the Congo. No delegation "
        "voted against it; three abstained.", "1960-07-15")
    assert [(e["outcome"], e["no"], e["abstain"]) for e in found] == [("adopted", 0, 3)]


# --------------------------------------------------------------------------- drafters


def test_one_of_the_sponsors_together_with_names_every_drafter() -> None:
    found = sc(
        "The Security Council on Wednesday adopted resolution 1199 on Kosovo by 14 votes to "
        "none. Sweden voted yes and was among the sponsors, along with Japan and Portugal.",
        "1998-09-24")
    assert [e["sponsors"] for e in found] == [["SWE", "JPN", "PRT"]]


def test_drafted_the_text_with_a_partner_names_both() -> None:
    found = sc(
        "The Security Council on Thursday adopted resolution 1706 on Darfur by 12 votes to "
        "none. Britain co-sponsored the resolution with the United States.", "2006-09-01")
    assert [e["sponsors"] for e in found] == [["GBR", "USA"]]


def test_with_members_abstaining_is_the_vote_not_a_co_drafter() -> None:
    found = sc(
        "The Security Council on Thursday adopted resolution 1706 on Darfur by 12 votes to "
        "none. Britain put forward the text with China, Russia and Qatar abstaining.",
        "2006-09-01")
    assert [e["sponsors"] for e in found] == [["GBR"]]


def test_drafters_described_then_named_between_dashes() -> None:
    found = sc(
        "Russia on Friday vetoed a Security Council draft on fuel crossing into Serb-held "
        "areas. It was put forward by the non-aligned members of the council -- Djibouti, "
        "Nigeria and Rwanda -- and won 13 votes.", "1994-12-03")
    assert [(e["outcome"], e["sponsors"]) for e in found] == [("vetoed", ["DJI", "NGA", "RWA"])]


# --------------------------------------------------------------------------- votes and outcomes


def test_so_did_takes_the_vote_of_the_sentence_before_and_runs_past_an_aside() -> None:
    found = sc(
        "A Russian draft demanding an end to NATO's bombing failed in the Security Council "
        "on Friday, with three votes in favour and twelve against. Slovenia, a former "
        "Yugoslav republic, voted against. So did Gabon and Gambia, rarely critics of "
        "Moscow, and Bahrain.", "1999-03-28")
    assert len(found) == 1
    assert found[0]["votes"] == {"SVN": "no", "GAB": "no", "GMB": "no", "BHR": "no"}


def test_the_vote_against_cast_by_a_permanent_member_is_a_veto() -> None:
    found = sc(
        "On 7 July 1961 the Security Council voted on a draft (S/4855) on Kuwait's "
        "independence. It received seven votes in favour, one against and three "
        "abstentions. The vote against was cast by the Soviet Union, and the draft failed.")
    assert [(e["outcome"], e["vetoed_by"], e["votes"]) for e in found] == [
        ("vetoed", ["SUN"], {"SUN": "no"})]


def test_without_a_single_vote_against_is_none_against() -> None:
    found = sc(
        "The Security Council on Friday failed to adopt an arms embargo on South Sudan, with "
        "seven votes in favour and eight abstentions, without a single country voting "
        "against it.", "2016-12-24")
    assert [(e["outcome"], e["yes"], e["no"], e["abstain"]) for e in found] == [
        ("failed", 7, 0, 8)]
