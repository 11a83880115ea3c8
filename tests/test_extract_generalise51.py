"""Generalisation checks from the thirtieth session: rules that read what the clause as a whole
says rather than one more sentence shape.

Facts are Sciences Po's. On Thursday 24 January 2013 resolution 2089 renewed the Cyprus force,
14-0-1, Azerbaijan abstaining (Argentina, Australia and Guatemala among the fourteen). On Monday
31 July 2006 resolution 1696 on Iran passed 14-1-0, Qatar against (Japan, Britain and France
among the fourteen); Germany was not on the Council. On Saturday 8 October 2016 Russia vetoed
S/2016/846 on Aleppo, 11-2-2 (Venezuela also against; China and Angola abstaining; Britain and
France for it). On Monday 18 August 1947 the Soviet Union vetoed the applications of Ireland
(9-1-1, Poland abstaining), Portugal (9-2-0, Poland also against) and Transjordan (9-1-1, Poland
abstaining); the United States, Britain, France, China, Australia, Belgium, Brazil, Colombia and
Syria voted for all three. On Monday 18 January 1988 the United States vetoed a draft on
southern Lebanon, 13-1-1 (Britain abstaining), and on Tuesday 10 May 1988 another, S/19868,
14-1-0. On Tuesday 20 December 2005 resolution 1645, setting up the Peacebuilding Commission
with a matching Assembly resolution, passed 15-0-0. On Tuesday 28 December 1948 resolution 64,
calling for the release of the Indonesian Republic's leaders, passed 8-0-3 (Belgium, France and
Britain abstaining) and resolution 65, asking the consuls in Batavia for a report, 9-0-2 (the
Soviet Union and the Ukraine abstaining). On Tuesday 13 December 1960 the Soviet Union vetoed
the Western draft on the Congo, S/4578/Rev.1, 7-3-1 (Poland and Ceylon also against, Tunisia
abstaining).
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_CYPRUS = ("NICOSIA, Jan. 25 -- Resolution 2089, renewing the United Nations force in Cyprus, "
           "was adopted on Thursday by fourteen votes in favour to none against, with Azerbaijan "
           "abstaining. ")


def test_a_list_far_from_its_vote_word_takes_the_clause_s_one_side():
    (ev,) = _sc(_CYPRUS + "Voting in favour were the elected members who contribute troops to "
                "the force or have done so, notably Argentina, Australia and Guatemala.",
                "2013-01-25")
    assert ev.votes == {"AZE": "abstain", "ARG": "yes", "AUS": "yes", "GTM": "yes"}


def test_a_list_with_a_member_not_on_the_council_is_not_read_as_voters():
    # Germany had no seat in 2006: the four capitals are the text's friends, not a roll
    (ev,) = _sc(
        "DOHA, Aug. 1 -- The Security Council on Monday adopted resolution 1696, which gives "
        "Iran until the end of August to suspend enrichment. Qatar voted against it. The "
        "resolution, long sought by Washington, London, Paris and Berlin, had fourteen votes in "
        "favour.", "2006-08-01")
    assert ev.votes == {"QAT": "no"}


def test_a_quoted_no_of_any_permanent_member_names_no_voters():
    (ev,) = _sc(
        "BEIRUT, Oct. 9 -- Russia on Saturday vetoed the French and Spanish draft on Aleppo, "
        "which eleven members backed. Moscow voted against it. A \"no\" from any of the other "
        "permanent members -- China, the US, Britain and France -- is a veto too.",
        "2016-10-09")
    assert ev.vetoed_by == ["RUS"]
    assert "CHN" not in ev.votes and "GBR" not in ev.votes


def test_applicants_named_after_among_them_are_voted_on_one_by_one():
    evs = _sc(
        "LISBON, 19 August -- The Security Council yesterday took up the applications of "
        "several countries for membership, among them Portugal and Ireland. On Portugal, nine "
        "members voted in favour and two against: the Soviet Union and Poland. On Ireland, the "
        "Soviet Union was alone against it; Poland abstained. The Soviet vote was a veto both "
        "times.", "1947-08-19")
    assert len(evs) == 2
    portugal, ireland = evs
    assert (portugal.yes, portugal.no, portugal.vetoed_by) == (9, 2, ["SUN"])
    assert portugal.votes == {"SUN": "no", "POL": "no"}
    assert ireland.votes.get("POL") == "abstain"


def test_each_of_the_three_and_on_all_three_applications_tell_three_votes():
    evs = _sc(
        "LAKE SUCCESS, Aug. 18 -- The Security Council today voted on the applications of "
        "Ireland, Portugal and Transjordan for membership. Each of the three was turned down by a "
        "Soviet veto. The United States, Britain, France, China, Australia, Belgium, Brazil, "
        "Colombia and Syria voted in favour on all three applications.", "1947-08-18")
    assert len(evs) == 3
    for ev in evs:
        assert ev.vetoed_by == ["SUN"] and ev.votes["TWN"] == "yes" and len(ev.votes) == 10


def test_the_other_veto_of_two_told_by_the_member_that_cast_it_and_then_counted():
    evs = _sc(
        "NAIROBI, May 11 -- The United States on Tuesday vetoed a Security Council draft, "
        "S/19868, on Israel's raids into southern Lebanon. The count was 14 to one.\n\n"
        "This was the second American veto on Lebanon this year. On January 18 the United "
        "States voted alone against a text that would have deplored earlier raids. The result "
        "that day was 13 in favour, one against and one abstention, that of Britain.",
        "1988-05-11")
    assert [(e.date, e.outcome, e.yes, e.no, e.abstain) for e in evs] == [
        ("1988-05-10", "vetoed", 14, 1, 0), ("1988-01-18", "vetoed", 13, 1, 1)]
    assert evs[1].votes == {"USA": "no", "GBR": "abstain"}


def test_an_assembly_named_in_an_aside_on_the_text_does_not_cast_the_vote():
    (ev,) = _sc(
        "NEW YORK, Dec 21 -- Resolution 1645, which creates the Peacebuilding Commission in "
        "step with a matching text of the General Assembly, was adopted by the Security Council "
        "on Tuesday by 15 votes to none.", "2005-12-21")
    assert (ev.resolution, ev.date, ev.yes, ev.no) == ("1645", "2005-12-20", 15, 0)


def test_the_first_and_the_second_told_by_what_they_do_are_two_texts():
    evs = _sc(
        "PARIS, Dec. 29 -- The Security Council yesterday adopted two more resolutions on "
        "Indonesia. The first called for the release of the Republic's leaders. It passed by "
        "eight votes to none, with Belgium, France and Britain abstaining. The second asked the "
        "consuls in Batavia for a report. It was carried by nine votes to none, the Soviet Union "
        "and the Ukraine abstaining.", "1948-12-29")
    assert [(e.yes, e.no, e.abstain) for e in evs] == [(8, 0, 3), (9, 0, 2)]
    assert evs[1].votes == {"SUN": "abstain", "UKR": "abstain"}


def test_a_headline_echo_of_the_vote_told_next_is_not_another_vote():
    # (the Chamber's budget, read between them, kept the two apart)
    evs = _sc(
        "RADIO BULLETIN, WEDNESDAY 14 DECEMBER 1960\n\nGood afternoon. The headlines. In New "
        "York, a Soviet veto blocks the Western plan for the Congo. In the capital, the Chamber "
        "of Deputies approves the budget for public works.\n\nAt the United Nations yesterday, "
        "Tuesday, the Security Council voted on a draft resolution on the Congo, put forward by "
        "the Western powers. Seven members voted in favour. Three voted against: the Soviet "
        "Union, Poland and Ceylon. Tunisia abstained. The Soviet vote was a veto.", "1960-12-14")
    vetoes = [e for e in evs if e.outcome == "vetoed"]
    assert [(e.yes, e.no, e.abstain, e.vetoed_by) for e in vetoes] == [(7, 3, 1, ["SUN"])]


def test_a_list_that_names_again_a_member_already_told_on_its_side_still_counts():
    (ev,) = _sc(
        "DOHA, Aug. 1 -- The Security Council on Monday adopted resolution 1696 on Iran by "
        "fourteen votes to one, Qatar voting against. Japan voted for the text. Voting in favour "
        "were also the members that had negotiated it for weeks, notably Japan, Britain and "
        "France.", "2006-08-01")
    assert ev.votes == {"QAT": "no", "JPN": "yes", "GBR": "yes", "FRA": "yes"}
