"""Generalisation checks from a second look at the sixteenth set's misses: members placed
"among the eight in favour", weekday-only datelines, newsletters dated by season, an adverb
set off inside a list, a "single opposing vote of", a member excepted from a list, the
Charter's rule stated in a preview, a group spelled out after a dash, a masthead date in
Portuguese, and co-sponsors named around an aside.

Facts are the record's (Sciences Po, DHL tables, Voting-Agent sponsors): resolution 109
(14 December 1955) adopted 8-0-3, Nationalist China, the United States and Belgium
abstaining, Brazil, France, Iran, New Zealand, Peru, Turkey, the Soviet Union and the United
Kingdom in favour; resolution 301 (20 October 1971), 13-0-2, France and the United Kingdom
abstaining; S/11898 (8 December 1975), 13-1-1, vetoed by the United States, Costa Rica
abstaining; resolution 670 (25 September 1990), 14-1, Cuba against; resolution 1272 (25
October 1999), unanimous, sponsors including Portugal, Brazil, Argentina, the United Kingdom,
the United States and Russia."""

from unvotes.extract import extract
from unvotes.extract.documents import html_to_document


def _sc(text: str, published: str | None):
    return next(e for e in extract(text, published=published) if e.body == "SC")


_SIXTEEN = ("NEW YORK, WEDNESDAY.\n\nThe Security Council this evening recommended sixteen "
            "States for admission. The resolution was carried by eight votes to none, with "
            "three abstentions. ")


def test_members_among_the_counted_side_and_so_were_others() -> None:
    e = _sc(_SIXTEEN + "France and the Soviet Union were among the eight in favour; so were "
            "Peru and Turkey.\n", "1955-12-15")
    assert {c: e.votes.get(c) for c in ("FRA", "SUN", "PER", "TUR")} == dict.fromkeys(
        ("FRA", "SUN", "PER", "TUR"), "yes")


def test_among_the_three_abstaining() -> None:
    e = _sc(_SIXTEEN + "Belgium was among the three abstaining.\n", "1955-12-15")
    assert e.votes.get("BEL") == "abstain"


def test_a_weekday_dateline_dates_the_evening_before_the_paper() -> None:
    assert _sc(_SIXTEEN, "1955-12-15").date == "1955-12-14"


def test_a_season_and_a_weekday_date_a_newsletter() -> None:
    e = _sc("FRIENDS OF NAMIBIA BULLETIN\nAutumn 1971\n\nOn Wednesday, 20 October, the "
            "Security Council adopted a resolution on Namibia by 13 votes to none. The two "
            "abstainers were, predictably, Britain and France.\n", None)
    assert e.date == "1971-10-20"
    assert (e.votes.get("GBR"), e.votes.get("FRA")) == ("abstain", "abstain")


_RAIDS = ("NEW YORK, 8 December -- On Monday the Security Council rejected a draft condemning "
          "the air raids on Lebanon, through the single opposing vote of the American "
          "delegation. The count: thirteen votes for, one against, one abstention. ")


def test_a_single_opposing_vote_of_a_delegation_is_its_no() -> None:
    e = _sc(_RAIDS, "1975-12-09")
    assert (e.outcome, e.vetoed_by, e.votes.get("USA")) == ("vetoed", ["USA"], "no")


def test_a_member_excepted_from_a_side_is_not_on_it() -> None:
    e = _sc(_RAIDS + "The text was supported by France and Britain -- that is, by every "
            "permanent member except the United States -- as well as by Japan and Sweden.\n",
            "1975-12-09")
    assert e.votes.get("USA") == "no"
    assert {c: e.votes.get(c) for c in ("FRA", "GBR", "JPN", "SWE")} == dict.fromkeys(
        ("FRA", "GBR", "JPN", "SWE"), "yes")


def test_the_charters_rule_in_a_preview_is_no_vote() -> None:
    events = extract("NEW YORK - The Security Council is expected to vote on Friday on a draft "
                     "drawn up by Japan, diplomats said. Nine votes in favour and no veto by a "
                     "permanent member are needed for adoption.\n", published="2023-12-28")
    assert [e for e in events if e.body == "SC"] == []


def test_a_group_spelled_out_after_a_dash_takes_the_verbs_side() -> None:
    e = _sc("UNITED NATIONS - The Security Council voted this evening to extend the embargo "
            "to air traffic, fourteen to one. Only Cuba voted against. Canada voted in favour, "
            "along with all five permanent members -- the United States, the Soviet Union, "
            "Britain, France and China.\n", "1990-09-25")
    assert {c for c, v in e.votes.items() if v == "yes"} == {
        "CAN", "USA", "SUN", "GBR", "FRA", "CHN"}


def test_a_masthead_date_in_portuguese_dates_the_page() -> None:
    page = ("<html><head><title>Timor</title></head><body><table><tr><td>DI\u00c1RIO DO TEJO"
            "</td><td>Edi\u00e7\u00e3o Internet &middot; Ter\u00e7a-feira, 26 de Outubro de 1999"
            "</td></tr></table><h2>The UN takes over in East Timor</h2><p>NEW YORK - The "
            "Security Council yesterday unanimously adopted Resolution 1272 (1999).</p>"
            "</body></html>")
    doc = html_to_document(page)
    assert str(doc.published) == "1999-10-26"
    assert _sc(doc.text, str(doc.published)).date == "1999-10-25"


def test_a_masthead_with_two_different_dates_dates_nothing() -> None:
    page = ("<html><body><p>Updated 3 May 2004</p><p>First printed 1 May 2004</p>"
            "<h1>Headline</h1><p>Story.</p></body></html>")
    assert html_to_document(page).published is None


def test_co_sponsors_named_around_an_aside() -> None:
    e = _sc("NEW YORK - The Security Council on Monday unanimously adopted resolution 1272 on "
            "East Timor. Portugal, which is not a member of the Council, was one of the eleven "
            "co-sponsors of the text, alongside Brazil and Argentina, the United States and, "
            "notably, Russia.\n", "1999-10-26")
    assert set(e.sponsors) == {"PRT", "BRA", "ARG", "USA", "RUS"}
