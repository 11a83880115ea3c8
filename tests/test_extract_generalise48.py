"""Generalisation checks from the twenty-sixth session: the blind set heldout167, read after it
was scored.

Facts are Sciences Po's. On Friday 30 March 1951 the Council adopted resolution 91 on Kashmir,
8-0-3, India, the Soviet Union and Yugoslavia abstaining. On Tuesday 22 May 1973 it adopted
resolution 333 on Rhodesia, 12-0-3 (Britain, the United States and France abstaining), and
Britain and the United States vetoed S/10928, 11-2-2 (France and Austria abstaining). On Monday
11 August 1975 the United States vetoed the Viet-Nam applications S/11795 and S/11796, each
13-1-1, Costa Rica abstaining. On Monday 12 September 1983 the Soviet Union vetoed S/15966/Rev.1
on the Korean airliner, 9-2-4: Poland also against; China, Guyana, Nicaragua and Zimbabwe
abstaining; Britain, the United States, France, the Netherlands, Jordan, Malta, Pakistan, Togo
and Zaire for it. On Wednesday 17 May 1995 the United States vetoed S/1995/394 on East
Jerusalem, 14-1-0, and on Friday 7 March 1997 S/1997/199, 14-1-0, and on Friday 21 March 1997
S/1997/241, 13-1-1.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_bharat_is_india_and_the_kuomintang_delegation_is_nationalist_china():
    (ev,) = _sc(
        "LAKE SUCCESS, 30 March -- The Security Council this evening adopted a resolution on "
        "Kashmir by eight votes to none. Three members abstained: Bharat, the Soviet Union and "
        "Yugoslavia. The votes in favour came from Britain and America, and from France, "
        "Turkey, Holland, Ecuador, Brazil and the Kuomintang Chinese delegation.", "1951-03-31")
    assert ev.votes["IND"] == "abstain"
    assert ev.votes["SUN"] == "abstain" and ev.votes["YUG"] == "abstain"
    assert ev.votes["TWN"] == "yes"


def test_the_kuomintang_is_no_council_member_after_1971():
    (ev,) = _sc(
        "UNITED NATIONS, May 3 -- The Security Council adopted a resolution on shipping by 15 "
        "votes to none. Diplomats from the Kuomintang were not in the chamber.", "1990-05-04")
    assert "TWN" not in ev.votes


def test_a_resolution_that_becomes_number_n():
    (ev,) = _sc(
        "LAKE SUCCESS, 30 March -- The Security Council this evening adopted the resolution on "
        "Kashmir. The resolution, which becomes number 91 of the Council, obtained eight votes. "
        "No member voted against it.", "1951-03-31")
    assert (ev.resolution, ev.outcome, ev.yes, ev.no) == ("91", "adopted", 8, 0)


def test_members_who_pressed_a_stronger_text_open_a_second_draft():
    evs = _sc(
        "Thursday, May 24, 1973\n\n"
        "The Security Council on Tuesday adopted resolution 333 on Rhodesian sanctions, twelve "
        "in favour, none against, with Britain, the United States and France abstaining. "
        "Immediately afterwards the African members pressed a stronger text, S/10928, which "
        "would have extended sanctions to South Africa. It received 11 votes, but Britain and "
        "the United States voted no. France and Austria abstained.", "1973-05-24")
    assert [(e.resolution, e.draft, e.outcome) for e in evs] == [
        ("333", None, "adopted"), (None, "S/10928", "vetoed")]
    assert evs[1].vetoed_by == ["GBR", "USA"]
    assert evs[1].votes == {"GBR": "no", "USA": "no", "AUT": "abstain", "FRA": "abstain"}


def test_so_both_applications_were_vetoed_gives_each_its_veto():
    evs = _sc(
        "On Monday, 11 August, the Security Council voted separately on two drafts recommending "
        "membership: S/11795 for South Viet-Nam and S/11796 for North Viet-Nam. In both cases "
        "thirteen votes were in favour, one against and one abstention. The one against was the "
        "United States, so both applications were vetoed.", "1975-09-05")
    assert [(e.draft, e.outcome, e.vetoed_by, e.votes.get("USA")) for e in evs] == [
        ("S/11795", "vetoed", ["USA"], "no"), ("S/11796", "vetoed", ["USA"], "no")]


def test_members_that_had_done_the_same_share_the_vote_told_before_them():
    (ev,) = _sc(
        "LONDON, Sept. 13 -- The Soviet Union last night vetoed the Security Council draft on "
        "the airliner, S/15966/Rev.1, which had nine votes. The minister said Britain had voted "
        "for the text alongside the Americans, and that the Dutch, Togo and Zaire had done the "
        "same.", "1983-09-13")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"GBR", "USA", "NLD", "TGO", "COD"}


def test_a_delegation_named_by_its_people_in_the_plural():
    (ev,) = _sc(
        "LONDON, Sept. 13 -- The Soviet Union last night vetoed the Security Council draft on "
        "the airliner, S/15966/Rev.1. The Jordanians, the Pakistanis and the Maltese voted for "
        "it.", "1983-09-13")
    assert ev.votes == {"JOR": "yes", "MLT": "yes", "PAK": "yes", "SUN": "no"}


def test_a_people_in_the_plural_without_the_article_is_no_delegation():
    (ev,) = _sc(
        "UNITED NATIONS, Oct. 16 -- The Security Council voted 15-0 for resolution 1511, after "
        "weeks in which France, Germany and Russia had pressed for a faster handover to Iraqis. "
        "All three voted in favour.", "2003-10-17")
    assert ev.votes == {"DEU": "yes", "FRA": "yes", "RUS": "yes"}


def test_members_it_voted_together_with_share_its_vote():
    (ev,) = _sc(
        "DATE: 18 May 1995\n\n"
        "1. The draft on East Jerusalem (S/1995/394) was vetoed by the United States yesterday "
        "afternoon. Fourteen members voted in favour; the United States alone voted against.\n\n"
        "2. Our delegation voted in favour, as instructed, together with the other members of "
        "the European Union on the Council -- the United Kingdom, France, Germany and Italy -- "
        "and with Russia and China.", "1995-05-18")
    assert ev.votes == {"CHN": "yes", "DEU": "yes", "FRA": "yes", "GBR": "yes", "ITA": "yes",
                        "RUS": "yes", "USA": "no"}


def test_the_only_dissenting_voice_voted_no():
    (ev,) = _sc(
        "AMMAN, March 22 -- Two weeks ago the Security Council voted on a European text, "
        "S/1997/199. The vote was fourteen to one: Costa Rica supported it, and the United "
        "States was the only dissenting voice.", "1997-03-22")
    assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["USA"])
    assert ev.votes == {"CRI": "yes", "USA": "no"}


def test_the_seventh_of_the_month_is_a_day_of_the_reference_month():
    evs = _sc(
        "Saturday 22 March 1997\n\n"
        "NEW YORK -- On Friday the United States vetoed draft resolution S/1997/241 in the "
        "Security Council, thirteen votes to one. Only two weeks earlier, on the seventh of the "
        "month, the United States had blocked a milder text, S/1997/199. That time the vote was "
        "fourteen to one.", "1997-03-22")
    assert [(e.draft, e.date) for e in evs] == [
        ("S/1997/241", "1997-03-21"), ("S/1997/199", "1997-03-07")]


def test_drafters_all_of_whom_voted_for_it_and_the_voters_along_with_them():
    (ev,) = _sc(
        "Friday 10 July 2015\n\n"
        "NEW YORK, July 8 -- Russia vetoed the Security Council draft on Srebrenica "
        "(S/2015/508) today. It was put forward by the United Kingdom together with Jordan, "
        "Lithuania and New Zealand, all of whom voted for it, along with France, Spain and "
        "Chad. China, Angola, Nigeria and Venezuela abstained.", "2015-07-10")
    assert ev.sponsors == ["GBR", "JOR", "LTU", "NZL"]
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GBR", "JOR", "LTU", "NZL", "FRA", "ESP", "TCD"}


def test_a_count_of_votes_for_it_then_the_names_of_those_votes():
    evs = _sc(
        "UNITED NATIONS, Sept. 19 -- Russia and China vetoed S/2019/756 on Idlib today. The "
        "Council then voted on the rival text, S/2019/757. It fell well short: only two votes "
        "for it, Russia and China. Nine members voted no.", "2019-09-19")
    assert [(e.draft, e.outcome) for e in evs] == [
        ("S/2019/756", "vetoed"), ("S/2019/757", "failed")]
    assert evs[1].votes == {"CHN": "yes", "RUS": "yes"}


def test_a_symbol_given_later_to_the_text_its_drafters_name():
    evs = _sc(
        "Gaziantep, 12 July 2023\n\n"
        "The United Nations Security Council failed yesterday, twice, to renew the cross-border "
        "aid mechanism. The first text, written by Brazil and Switzerland, would have extended "
        "it for nine months. Thirteen members backed it. Russia voted against and blocked it. "
        "China abstained. Immediately afterwards the Council voted on Russia's own draft, "
        "S/2023/507, offering six months. It gathered only two votes. The Brazil-Swiss "
        "document carried the number S/2023/506. Among those voting in favour were Japan, "
        "Malta and Ghana.", "2023-07-12")
    assert [(e.draft, e.outcome) for e in evs] == [
        ("S/2023/506", "vetoed"), ("S/2023/507", "failed")]
    assert evs[0].votes == {"GHA": "yes", "JPN": "yes", "MLT": "yes", "RUS": "no",
                            "CHN": "abstain"}
