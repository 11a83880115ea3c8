"""Generalisation checks from the forty-fourth session.

Facts are Sciences Po's, the UN Library's and Voting-Agent's. On Monday 11 August 1975 the
United States vetoed the admission of South Viet-Nam (S/11795) and North Viet-Nam (S/11796),
each 13-1-1 with Costa Rica abstaining; Sweden and Japan voted for both. On Tuesday 13 September
1949 the Soviet Union vetoed Portugal's admission (S/1331) and Ireland's (S/1335), each 9-2-0
with the Ukrainian SSR also against; Britain, France and the United States voted for both. On
Monday 18 August 1947 the Soviet Union vetoed the applications of Ireland and Transjordan, each
9-1-1 with Poland abstaining, and of Portugal, 9-2-0 with Poland also against; the United
States, Britain, France and China voted for all three. On Wednesday 1 October 1947 the Soviet
Union vetoed Finland's application and Italy's, each 9-2-0 with Poland also against. On Friday
12 September 2003 the Council lifted the sanctions on Libya in resolution 1506, 13-0-2 with the
United States and France abstaining, and extended the Ethiopia-Eritrea mission unanimously in
resolution 1507. On Friday 28 September 2001 the Council lifted its sanctions on Sudan in
resolution 1372, 14-0-1 with the United States abstaining; Bangladesh, Colombia, Jamaica, Mali,
Mauritius, Singapore, Tunisia and Ukraine put the text forward. On Tuesday 13 September 1949
the Soviet Union also vetoed Austria's admission (S/1336), 9-2-0 with the Ukrainian SSR against.
On Tuesday 15 September 2020 resolution 2542 renewed UNSMIL in Libya and on Thursday 15 October
2020 resolution 2547 renewed BINUH in Haiti, each 13-0-2 with China and Russia abstaining. On
Tuesday 30 October 1956 Britain and France vetoed S/3710 on Suez, 7-2-2 (Australia and Belgium
abstaining; Peru, the United States and the Soviet Union for it), and that evening the Soviet
cease-fire text S/3713/Rev.1, 7-2-2 (Belgium and the United States abstaining). On Monday 31
October 1977 France, Britain and the United States vetoed S/12310/Rev.1, S/12311/Rev.1 and
S/12312/Rev.1 on South Africa, each 10-5-0 with Canada and West Germany also against; Mauritius,
India and the Soviet Union voted for all three.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_the_admission_of_two_states_counts_the_texts_each_clause_speaks_of():
    events = _sc("STOCKHOLM, 13 August 1975 - On Monday the United States used its veto in the "
                 "Security Council to block the admission of the two Vietnamese states. The "
                 "applications were put to the vote one at a time, and each received 13 votes "
                 "for, one against and one abstention; Costa Rica abstained. The draft "
                 "resolutions were numbered S/11795 and S/11796. Sweden and Japan voted yes "
                 "in both votes.", "1975-08-13")
    assert sorted(e.draft for e in events) == ["S/11795", "S/11796"]
    for ev in events:
        assert (ev.outcome, ev.vetoed_by, ev.yes, ev.no, ev.abstain) == (
            "vetoed", ["USA"], 13, 1, 1)
        assert (ev.votes.get("SWE"), ev.votes.get("CRI")) == ("yes", "abstain")
        assert str(ev.date) == "1975-08-11"


def test_a_veto_told_with_the_gerund_names_the_member_who_cast_it():
    for clause in ("the Soviet Union casting its veto", "the Russians using their right of veto",
                   "the Soviet delegate exercising his veto"):
        events = _sc("LAKE SUCCESS, Sept. 13 - Portugal's application for membership went down "
                     f"in the Security Council this afternoon by nine votes to two, {clause} and "
                     "the Ukraine voting with them.", "1949-09-14")
        assert len(events) == 1, clause
        ev = events[0]
        assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["SUN"]), clause
        assert (ev.votes.get("SUN"), ev.votes.get("UKR")) == ("no", "no"), clause


def test_a_state_whose_application_is_voted_on_keeps_its_own_voters():
    # the list of supporters names the first applicant, after the second has been told
    events = _sc("LONDON, Sept. 15 - Ireland was refused again on Tuesday when the Soviet "
                 "delegate vetoed the Irish application for membership, S/1335, by nine votes "
                 "to two. It was the same story for Portugal, our oldest ally, whose application "
                 "(S/1331) went down by nine votes to two, the Russians again using their veto. "
                 "Britain, the United States and France all supported the Irish application.",
                 "1949-09-15")
    by_draft = {e.draft: e for e in events}
    assert set(by_draft) == {"S/1331", "S/1335"}
    irish, portuguese = by_draft["S/1335"], by_draft["S/1331"]
    assert {irish.votes.get(m) for m in ("GBR", "USA", "FRA")} == {"yes"}
    assert portuguese.vetoed_by == ["SUN"]
    assert "GBR" not in portuguese.votes


def test_a_state_whose_application_failed_long_ago_is_no_vote_of_the_story():
    events = _sc("LAKE SUCCESS, Sept. 7 - The Soviet Union vetoed Nepal's application in the "
                 "Security Council today, nine votes to two. The same objection was raised in "
                 "the spring against the Republic of Korea, whose application went down before "
                 "Easter. Portugal, Italy and Ireland are due to come up next week.",
                 "1949-09-08")
    assert len(events) == 1
    assert events[0].vetoed_by == ["SUN"]


_ROUND_1947 = (
    "DUBLIN, 25 August 1947 - At Lake Success on Monday, the 18th August, the Security Council "
    "voted on a batch of applications for membership, among them those of Ireland, Portugal and "
    "Transjordan. Each of the three collected nine votes in favour, and each was struck down by "
    "a single Soviet vote. On Ireland the count was nine in favour, one against and one "
    "abstention, the Soviet delegate voting no and the Polish delegate abstaining. Transjordan "
    "went exactly the same way, nine to one with Poland abstaining. Portugal fared worst: nine "
    "to two, for Poland joined the Soviet Union in voting against. The United States, Britain, "
    "France and China voted for all three.")


def test_applications_named_after_among_them_are_voted_on_one_by_one():
    events = _sc(_ROUND_1947, "1947-08-25")
    assert sorted(e.subject or "" for e in events) == [
        "admission of Ireland", "admission of Portugal", "admission of Transjordan"]
    for ev in events:
        assert (ev.outcome, ev.vetoed_by, ev.yes) == ("vetoed", ["SUN"], 9), ev.subject
        assert ev.votes.get("USA") == "yes", ev.subject
        assert str(ev.date) == "1947-08-18", ev.subject


def test_a_delegate_named_by_his_country_votes_and_the_next_abstains():
    ireland = next(e for e in _sc(_ROUND_1947, "1947-08-25") if "Ireland" in (e.subject or ""))
    assert (ireland.votes.get("SUN"), ireland.votes.get("POL")) == ("no", "abstain")
    assert (ireland.no, ireland.abstain) == (1, 1)


def test_a_bare_tally_after_went_the_same_way_or_fared_is_counted():
    events = {e.subject: e for e in _sc(_ROUND_1947, "1947-08-25")}
    transjordan, portugal = events["admission of Transjordan"], events["admission of Portugal"]
    assert (transjordan.no, transjordan.abstain, transjordan.votes.get("POL")) == (
        1, 1, "abstain")
    # ("for Poland joined the Soviet Union": "for" joins a clause; Poland is its subject)
    assert (portugal.no, portugal.votes.get("POL"), portugal.votes.get("SUN")) == (
        2, "no", "no")


def test_each_struck_down_by_a_single_vote_names_the_member_who_cast_it():
    events = _sc("LAKE SUCCESS, Aug. 18 - The Security Council voted today on the applications "
                 "of Ireland and Portugal. Each received nine votes in favour, and each was "
                 "struck down by a single Soviet vote.", "1947-08-19")
    assert len(events) == 2
    for ev in events:
        assert (ev.outcome, ev.vetoed_by, ev.votes.get("SUN")) == ("vetoed", ["SUN"], "no")


def test_a_states_request_taken_up_again_is_another_application():
    events = _sc("HELSINKI, 15 October 1947 - On Wednesday, 1 October, the Security Council "
                 "took up Finland's application for membership. Nine members voted in favour "
                 "and two against, the Soviet Union and Poland, and the Soviet veto killed it. "
                 "At the same sitting the Council once more took up Italy's request, which had "
                 "already been blocked in August. The result was identical: nine in favour, two "
                 "against, the Soviet and Polish delegations again voting no.", "1947-10-15")
    assert sorted(e.subject or "" for e in events) == [
        "admission of Finland", "admission of Italy"]
    for ev in events:
        assert (ev.outcome, ev.vetoed_by, ev.yes, ev.no) == ("vetoed", ["SUN"], 9, 2)
        assert ev.votes.get("POL") == "no"


def test_voted_unanimously_this_time_to_extend_is_a_decision():
    events = _sc("GLASGOW, 15 September 2003 - On 12 September the Security Council adopted "
                 "resolution 1506 lifting the sanctions on Libya by 13 votes to none, with the "
                 "United States and France abstaining. At the same sitting the Council also "
                 "voted, unanimously this time, to extend the mission on the border between "
                 "Ethiopia and Eritrea (resolution 1507).", "2003-09-15")
    by_number = {e.resolution: e for e in events}
    assert set(by_number) == {"1506", "1507"}
    assert (by_number["1507"].outcome, by_number["1507"].yes) == ("adopted", 15)
    assert str(by_number["1507"].date) == "2003-09-12"


_SUDAN_2001 = (
    "SINGAPORE, 30 September 2001 - The Security Council on Friday ended the sanctions it "
    "imposed on Sudan five years ago. The resolution, number 1372, was adopted by 14 votes to "
    "none. The United States abstained. Singapore, which is serving its first term, was one of "
    "eight members that jointly put forward the text. The others were Bangladesh, Colombia, "
    "Jamaica, Mali, Mauritius, Tunisia and Ukraine. Why did Washington not vote yes? A US "
    "official said it wanted to reward Sudan's cooperation. Blocking the resolution, he said, "
    "would have sent the wrong signal.")


def test_the_others_after_one_of_the_members_that_put_it_forward_are_drafters():
    events = _sc(_SUDAN_2001, "2001-09-30")
    assert len(events) == 1
    assert sorted(events[0].sponsors) == sorted(
        ["SGP", "BGD", "COL", "JAM", "MLI", "MUS", "TUN", "UKR"])


def test_a_gerund_subject_of_would_have_is_no_vote():
    # "Blocking the resolution ... would have sent the wrong signal": what was not done
    events = _sc(_SUDAN_2001, "2001-09-30")
    assert [(e.resolution, e.outcome) for e in events] == [("1372", "adopted")]


def test_the_noun_names_one_member_and_the_absolute_phrase_another():
    events = _sc("AMMAN, 14 September 1949 - At yesterday's meeting of the Security Council, "
                 "by nine votes to two, the draft resolution recommending the admission of "
                 "Austria (document S/1336) was rejected by the negative vote of the Soviet "
                 "Union, the Ukrainian representative also voting against.", "1949-09-14")
    assert len(events) == 1
    ev = events[0]
    assert (ev.draft, ev.outcome, ev.vetoed_by) == ("S/1336", "vetoed", ["SUN"])
    assert (ev.votes.get("SUN"), ev.votes.get("UKR")) == ("no", "no")


def test_the_same_numbers_before_a_tally_count_it():
    events = _sc("TARTU, 17 October 2020 - On Tuesday 15 September the Security Council renewed "
                 "UNSMIL with resolution 2542: 13 in favour, none against, China and Russia "
                 "abstaining. Then this Thursday, 15 October, resolution 2547 renewed BINUH, the "
                 "UN office in Haiti. Same numbers exactly: 13-0-2, and again China and Russia "
                 "abstained.", "2020-10-17")
    haiti = next(e for e in events if e.resolution == "2547")
    assert (haiti.yes, haiti.no, haiti.abstain) == (13, 0, 2)
    assert str(haiti.date) == "2020-10-15"



def test_a_second_text_with_adjectives_set_off_by_a_comma_is_another_text():
    events = _sc("CALLAO, 1 November 1956 - On Tuesday the Security Council voted on a draft "
                 "(document S/3710). Seven delegations voted for it, among them the United "
                 "States, the Soviet Union and our own Peru. Britain and France voted against, "
                 "and their two votes were a veto. Later that evening a second, shorter "
                 "cease-fire text was put to the vote. Again seven in favour; again Britain and "
                 "France against, and vetoed it; this time the United States abstained, "
                 "together with Belgium.", "1956-11-01")
    assert len(events) == 2
    first, second = events
    assert first.draft == "S/3710" and first.votes.get("PER") == "yes"
    assert (first.votes.get("USA"), second.votes.get("USA")) == ("yes", "abstain")
    assert all(e.vetoed_by == ["FRA", "GBR"] for e in events)


def test_the_second_comma_resolution_number_points_at_a_text_told():
    events = _sc("DAR ES SALAAM, 20 March 1973 - The Security Council adopted two resolutions "
                 "on Rhodesia on 10 March. The first, resolution 327, was unanimous. The second, "
                 "resolution 328, was adopted by thirteen votes to none. The United Kingdom and "
                 "the United States abstained.", "1973-03-20")
    assert sorted(e.resolution or "" for e in events) == ["327", "328"]


def test_voted_in_favour_all_three_times_is_a_vote_on_each_text():
    events = _sc("PORT LOUIS, 1 November 1977 - Yesterday, Monday 31 October, the Security "
                 "Council voted on three draft resolutions, S/12310/Rev.1, S/12311/Rev.1 and "
                 "S/12312/Rev.1, on South Africa. Each received ten votes in favour and five "
                 "against: the United States, Britain and France, which cast vetoes, and with "
                 "them Canada and West Germany. Mauritius voted in favour all three times, "
                 "together with India and the Soviet Union.", "1977-11-01")
    assert len(events) == 3
    for ev in events:
        assert ev.outcome == "vetoed", ev.draft
        assert {ev.votes.get(m) for m in ("MUS", "IND", "SUN")} == {"yes"}, ev.draft
