"""Generalisation checks from the twenty-fifth blind set, looked at again: a veto in a clause
that goes on to name the General Assembly as the subject of its own clause, members spelled out
between double dashes and past an aside after "and,", a count of the cue's own ("won the
votes of only four of the eleven members: A, B, C and D"), "the delegates of A and B" after
"as did", a member in a possessive aside ("Bolivia -- Venezuela's closest ally -- voted in
favour"), a country opening a sentence before a dash pair, which is no dateline, the rule
that "only a negative vote by a permanent member can block a resolution", "Latin American
members", "It unanimously ... extended" and "It also renewed" (the Council acting on other
texts), "The resolution was numbered 1964.", a publication note at the foot of the copy, and
"side by side with" in a unanimous vote.

Facts are the record's (Sciences Po): S/3730/Rev.1 (Hungary, 4 November 1956) vetoed by the
Soviet Union 9-1, Yugoslavia not voting; S/4494 (Congo, 9 September 1960) failed 3-6-2, the
Soviet Union, Poland and Ceylon in favour, Ecuador and Tunisia abstaining; S/5032 (Goa,
18 December 1961) failed 4-0-7, the Soviet Union, the United Arab Republic, Liberia and Ceylon
in favour; resolution 290 (8 December 1970) 12-0-3, France, Britain and the United States
abstaining; S/2018/322 (10 April 2018) failed 5-4-6, Russia, China, Bolivia, Ethiopia and
Kazakhstan in favour; resolution 2334 (23 December 2016) 14-0-1, the United States abstaining;
resolution 940 (31 July 1994) 12-0-2, China and Brazil abstaining; on 22 December 2010
resolution 1966 passed 14-0-1, Russia abstaining, and resolutions 1964 and 1965 15-0;
S/1995/394 (Wednesday 17 May 1995) vetoed by the United States 14-1; resolution 118 (13 October
1956) unanimous."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_a_veto_stays_the_councils_when_the_assembly_opens_the_next_clause() -> None:
    text = ("UNITED NATIONS, Nov. 4 -- Delegates saw the Soviet Union cast a veto early "
            "today, and by evening the General Assembly had been summoned to an emergency "
            "session on Hungary.\n\nThe draft, S/3730/Rev.1, had nine votes in favour.\n")
    [e] = _sc(text, "1956-11-05")
    assert (e.outcome, e.vetoed_by, e.draft, e.date) == (
        "vetoed", ["SUN"], "S/3730/Rev.1", "1956-11-04")


def test_members_between_double_dashes_and_past_an_aside_after_and() -> None:
    text = ("UNITED NATIONS, Sept. 9 -- The Security Council tonight rejected a Soviet draft "
            "on the Congo. Only three members voted for it -- the Soviet Union, Poland and, "
            "rather to the surprise of Western delegates, Ceylon -- while six voted against "
            "and two abstained.\n")
    [e] = _sc(text, "1960-09-10")
    assert {c: v for c, v in e.votes.items() if v == "yes"} == {
        "SUN": "yes", "POL": "yes", "LKA": "yes"}
    assert (e.yes, e.no, e.abstain) == (3, 6, 2)


def test_double_dashes_after_a_verb_open_its_list() -> None:
    text = ("UNITED NATIONS, Sept. 9 -- A Soviet draft on the Congo failed in the Security "
            "Council today. Two members abstained -- Ecuador and Tunisia.\n")
    [e] = _sc(text, "1960-09-10")
    assert e.votes == {"ECU": "abstain", "TUN": "abstain"}


def test_a_count_of_the_cue_then_the_members_spelled_out() -> None:
    text = ("UNITED NATIONS, Dec. 18 -- The Security Council today turned down an Afro-Asian "
            "draft on Goa. It won the votes of only four of the Council's eleven members: the "
            "Soviet Union, the United Arab Republic, Liberia and Ceylon. The other seven "
            "abstained.\n")
    [e] = _sc(text, "1961-12-19")
    assert e.votes == {"SUN": "yes", "EGY": "yes", "LBR": "yes", "LKA": "yes"}
    assert (e.outcome, e.yes, e.abstain) == ("failed", 4, 7)


def test_the_delegates_of_members_after_as_did() -> None:
    text = ("UNITED NATIONS, Dec. 8 -- The Security Council today condemned Portugal over the "
            "attack on Guinea by 12 votes to none. The United States abstained, as did the "
            "delegates of France and Britain.\n")
    [e] = _sc(text, "1970-12-09")
    assert e.votes == {"USA": "abstain", "FRA": "abstain", "GBR": "abstain"}


def test_a_member_named_in_a_possessive_aside_casts_no_vote() -> None:
    text = ("UNITED NATIONS, April 10 -- Russia's draft on a chemical weapons inquiry fell "
            "short on Tuesday with five votes in favour.\n\nBolivia -- Venezuela's closest "
            "ally in the region -- voted in favour, as did Kazakhstan.\n")
    [e] = _sc(text, "2018-04-11")
    assert e.votes.get("BOL") == "yes" and e.votes.get("KAZ") == "yes"
    assert "VEN" not in e.votes



def test_a_countrys_envoy_by_name_then_delegates_of_others() -> None:
    text = ("UNITED NATIONS, Dec. 8 -- The Security Council today condemned Portugal over the "
            "attack on Guinea by 12 votes to none. France abstained, as did America's Charles "
            "Yost and the delegate of Britain.\n")
    [e] = _sc(text, "1970-12-09")
    assert e.votes == {"FRA": "abstain", "USA": "abstain", "GBR": "abstain"}


def test_the_rule_that_a_permanent_member_can_block_is_no_veto() -> None:
    text = ("UNITED NATIONS, Dec. 23 -- The Security Council today demanded an end to Israeli "
            "settlement building by 14 votes to none. The United States abstained. The "
            "American abstention had no effect on the outcome: only a negative vote by a "
            "permanent member can block a resolution.\n")
    events = _sc(text, "2016-12-24")
    assert [(e.outcome, e.yes) for e in events] == [("adopted", 14)]


def test_latin_american_members_are_not_the_united_states() -> None:
    text = ("UNITED NATIONS, July 31 -- The Security Council today authorised a multinational "
            "force for Haiti by 12 votes to none. China abstained, and so did Brazil, one of "
            "the two Latin American members of the Council.\n")
    [e] = _sc(text, "1994-08-01")
    assert "USA" not in e.votes and e.votes.get("BRA") == "abstain"


def test_it_acting_again_is_another_text_and_was_numbered_names_it() -> None:
    text = ("THE HAGUE, Dec 23 - The Security Council on Wednesday created a mechanism to "
            "finish the work of the war crimes tribunals, by 14 votes to none. Russia "
            "abstained.\n\nAt separate meetings the same day the council acted on two other "
            "files. It unanimously, by 15 votes to none, extended its authorization of the "
            "African Union force in Somalia. The resolution was numbered 1964.\n\nIt also "
            "renewed, again unanimously, the Golan observer force's mandate, in resolution "
            "1965.\n")
    events = _sc(text, "2010-12-23")
    assert [(e.resolution, e.yes, e.abstain) for e in events] == [
        (None, 14, 1), ("1964", 15, 0), ("1965", 15, 0)]


def test_a_publication_note_at_the_foot_dates_the_story() -> None:
    text = ("UNITED NATIONS (Wire) -- The United States on Wednesday vetoed a Security "
            "Council draft on East Jerusalem, 14 votes to 1.\n\n(Published in The Valley "
            "Courier, Thursday, May 18, 1995, page A4.)\n")
    [e] = _sc(text, None)
    assert (e.date, e.outcome) == ("1995-05-17", "vetoed")


def test_side_by_side_in_a_unanimous_vote_is_yes_for_all_named() -> None:
    text = ("UNITED NATIONS, Oct. 13 -- The Security Council today adopted six principles for "
            "a Suez settlement. The vote was unanimous: all eleven members supported the "
            "resolution, the Soviet Union voting side by side with the United States, Britain "
            "and France.\n")
    [e] = _sc(text, "1956-10-14")
    assert e.votes == {"SUN": "yes", "USA": "yes", "GBR": "yes", "FRA": "yes"}
