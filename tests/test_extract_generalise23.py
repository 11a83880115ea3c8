"""Generalisation checks from the twenty-sixth blind set: a long relative aside holding a
capital before the verb, "the votes of A and of B", a headline in capitals naming the
Assembly, "forty-eight" (no count of eight), "the abstentions were those of", members
"voted to condemn", an aside with "Mr." in it, a habit in a "that have" clause, a dashed name
restating the member before it, a resolution number told ahead of the vote it belongs to, a
verbless "all fifteen members in favour", an undated dateline whose year comes from a
resolution the story names, and a demonym before "allies".

Facts are the record's (Sciences Po): S/2018/322 (10 April 2018) failed 5-4-6, Bolivia in
favour; S/1391/Rev.1 (16 September 1949) failed 2-0-9, the Soviet Union and the Ukrainian SSR in
favour; resolution 290 (8 December 1970) 12-0-3, France, Britain and the United States
abstaining, the Soviet Union and Spain in favour; resolution 242 (22 November 1967) unanimous,
Britain's draft; resolution 418 (4 November 1977) unanimous, Benin and the three Western
permanent members in favour; resolutions 1267 and 1268 (Friday 15 October 1999) both
unanimous; resolution 1973 (Thursday 17 March 2011) 10-0-5, Germany, Brazil, India, China and
Russia abstaining, after resolution 1970 of 26 February 2011. The General Assembly adopted the
Universal Declaration of Human Rights on 10 December 1948, 48-0-8."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_a_capital_inside_a_long_aside_is_not_the_voter() -> None:
    text = ("UNITED NATIONS, April 10 -- Russia's draft on an inquiry into the Douma attack "
            "failed in the Security Council today with five votes in favour. Bolivia, which has "
            "long sided with Caracas and had urged members to wait for the inspectors to "
            "reach Douma, voted for the Russian text.\n")
    [e] = _sc(text, "2018-04-11")
    assert e.votes.get("BOL") == "yes" and "VEN" not in e.votes


def test_the_votes_of_one_member_and_of_another() -> None:
    text = ("LAKE SUCCESS, Sept. 16 -- A Soviet proposal on atomic energy was lost in the "
            "Security Council today. It received the votes of the Soviet Union and of the "
            "Ukrainian SSR and no others; the other nine members abstained.\n")
    [e] = _sc(text, "1949-09-17")
    assert {c for c, v in e.votes.items() if v == "yes"} == {"SUN", "UKR"}


def test_a_headline_in_capitals_names_the_assembly() -> None:
    text = ("THE ASSEMBLY APPROVES THE RIGHTS DECLARATION\nForty-eight in favour, none "
            "against\n\nPARIS, Dec. 10 -- The General Assembly tonight adopted the Universal "
            "Declaration of Human Rights by 48 votes to none, with 8 abstentions.\n")
    events = extract(text, published="1948-12-11")
    assert [e.body for e in events] == ["GA"]
    assert (events[0].yes, events[0].abstain) == (48, 8)


def test_the_abstentions_were_those_of() -> None:
    text = ("UNITED NATIONS, Dec. 8 -- The Security Council today condemned Portugal for the "
            "attack on Guinea by 12 votes to none. The three abstentions were those of France, "
            "Britain and the United States.\n")
    [e] = _sc(text, "1970-12-09")
    assert e.votes == {"FRA": "abstain", "GBR": "abstain", "USA": "abstain"}


def test_members_who_voted_to_condemn_are_not_a_second_decision() -> None:
    text = ("UNITED NATIONS, Dec. 8 -- The Security Council today condemned Portugal for the "
            "attack on Guinea. Three Western powers abstained. The other twelve members of "
            "the Council, among them the Soviet Union and Spain, voted to condemn Portugal.\n")
    [e] = _sc(text, "1970-12-09")
    assert e.votes.get("SUN") == "yes" and e.votes.get("ESP") == "yes"


def test_an_aside_with_a_title_in_it_before_the_verb() -> None:
    text = ("UNITED NATIONS, Nov. 22 -- The Security Council tonight unanimously adopted a "
            "British resolution on the Middle East. Lord Caradon, the British representative, "
            "whose text was accepted after long talks with Mr. Goldberg and Mr. Kuznetsov, "
            "voted for it with the rest.\n")
    [e] = _sc(text, "1967-11-23")
    assert e.votes.get("GBR") == "yes" and (e.yes, e.outcome) == (15, "adopted")


def test_powers_that_have_used_their_vetoes_report_no_veto_today() -> None:
    text = ("UNITED NATIONS, Nov. 4 -- The Security Council today unanimously imposed an arms "
            "embargo on South Africa. Every member voted yes, including the United States, "
            "Britain and France, the three Western powers that have repeatedly used their "
            "vetoes to shield Pretoria.\n")
    [e] = _sc(text, "1977-11-05")
    assert e.outcome == "adopted" and e.vetoed_by == []
    assert {e.votes.get(c) for c in ("USA", "GBR", "FRA")} == {"yes"}


def test_a_dashed_former_name_restates_the_member_before_it() -> None:
    text = ("UNITED NATIONS, Nov. 4 -- The Security Council today imposed an arms embargo on "
            "South Africa by 15 votes to none. India, Mauritius and Benin -- the former "
            "Dahomey -- voted for it, as did Canada.\n")
    [e] = _sc(text, "1977-11-05")
    assert {c for c, v in e.votes.items() if v == "yes"} == {"IND", "MUS", "BEN", "CAN"}


def test_a_resolution_number_told_before_its_vote_goes_to_that_vote() -> None:
    text = ("UNITED NATIONS, Oct. 15 -- Resolution 1267 gives the Taliban a month to hand "
            "over Osama bin Laden or face a freeze of their assets abroad. It passed this "
            "afternoon by fifteen votes to none.\n\nStraight afterwards the Council turned to "
            "Angola and voted to set up a United Nations office there -- all fifteen members "
            "in favour, with no debate.\n")
    events = _sc(text, "1999-10-16")
    assert [(e.resolution, e.yes) for e in events] == [("1267", 15), (None, 15)]


def test_the_year_of_an_undated_dateline_from_a_resolution_named() -> None:
    text = ("UNITED NATIONS, March 17 (Wire) - The Security Council on Thursday authorised "
            "\"all necessary measures\" to protect civilians in Libya, by 10 votes to none "
            "with five abstentions.\n\nLast month, in resolution 1970, the Council had "
            "referred Libya to the International Criminal Court.\n")
    [e] = _sc(text, None)
    assert e.date == "2011-03-17"


def test_a_demonym_before_allies_casts_no_vote() -> None:
    text = ("UNITED NATIONS, March 17 - The Security Council tonight approved a no-fly zone "
            "over Libya, 10-0-5. Germany, a close American ally, abstained, as did Brazil and "
            "India.\n")
    [e] = _sc(text, "2011-03-18")
    assert e.votes == {"DEU": "abstain", "BRA": "abstain", "IND": "abstain"}
