"""Generalisation checks from the forty-eighth session.

Facts are Sciences Po's. On Friday 19 September 1952 the Soviet Union vetoed the drafts
recommending the admission of Viet-Nam (S/2758), Laos (S/2759) and Cambodia (S/2760), each by
10 votes to 1 with no abstentions. On Monday 31 October 1977 France, the United Kingdom and
the United States vetoed S/12310/Rev.1 and S/12311/Rev.1 on South Africa, each 10 votes to 5,
Canada and the Federal Republic of Germany also voting against. On Saturday 17 September
1960 the Soviet Union vetoed the American Congo draft S/4523 (8-2-1, Poland against, France
abstaining); the Soviet draft S/4519 failed 2-7-2 (UN Library meeting table); and resolution
157, which called an emergency special session of the General Assembly, passed 8-2-1 with the
Soviet Union and Poland against, a procedural vote and so no veto. On Friday 6 June 1975
France, the United Kingdom and the United States vetoed S/11713 on Namibia, 10-3-2, Italy and
Japan abstaining. On Tuesday 9 December 1958 the Soviet Union vetoed the admission of the
Republic of Korea (S/4129/Rev.1, 9-1-1, Iraq abstaining) and of the Republic of Viet-Nam
(S/4130/Rev.1, 8-1-2, Canada and Iraq abstaining); resolution 131 recommended Guinea, 10-0-1,
France abstaining. On Thursday 16 November 2017 Russia vetoed S/2017/962, a one-year renewal
of the Syria chemical-weapons inquiry, 11-2-2 (Bolivia against, China and Egypt abstaining),
and its own draft S/2017/968 failed; on Friday 17 November it vetoed S/2017/970, 12-2-1
(Bolivia against, China abstaining). Voting-Agent has Kazakhstan, Italy, Uruguay and the
United States voting for both S/2017/962 and S/2017/970. On Friday 29 September 1950
resolution 87 invited the Peking government to the Council's debate, 7-3-1: China (the
Nationalist government), the United States and Cuba against, Egypt abstaining. On Thursday
30 November 1961 the Soviet Union vetoed S/5006, the draft recommending Kuwait for membership,
10-1-0. On Monday 21 April 1986 France, the United Kingdom and the United States vetoed
S/18016/Rev.1 on the raid on Libya, 9-5-1 (Australia and Denmark also against, Venezuela
abstaining). On Wednesday 18 August 1948 the Soviet Union vetoed Ceylon's admission, 9-2, the
Ukrainian SSR also against. On Tuesday 30 October 1956 France and the United Kingdom vetoed
S/3713/Rev.1 on Suez, 7-2-2, the United States and Belgium abstaining. On Friday 15 April
1988 the United States vetoed S/19780 on the occupied Arab territories, 14-1-0. On Thursday
6 September 1984 it vetoed S/16732 on southern Lebanon, 14-1-0. On Sunday 20 June 1954 the
Soviet Union vetoed S/3236/Rev.1 on Guatemala, 10-1-0. On Tuesday 24 October 2017 Russia vetoed
S/2017/884, 11-2-2, renewing the Syria chemical-weapons inquiry. On Tuesday 18 October 1949
the Soviet Union vetoed S/1399/Rev.1 (9-2-0) and S/1408/Rev.1 (8-2-1, Argentina abstaining)
on conventional armaments, the Ukrainian SSR also against both. On Tuesday 19 October 1976
France, the United Kingdom and the United States vetoed S/12211 on Namibia, 10-3-2, Italy and
Japan abstaining. On Tuesday 30 October 1956 France and the United Kingdom also
vetoed S/3710, 7-2-2, Australia and Belgium abstaining. On Thursday 26 May 1960 the Soviet
draft S/4321 on the aircraft incident failed, 2-7-2 (Ceylon and Tunisia abstaining); on Friday
27 May resolution 135, put forward by Argentina, Ceylon, Ecuador and Tunisia, passed 9-0-2,
the Soviet Union and Poland abstaining. On Wednesday 18 March 1970 resolution 277 on Southern
Rhodesia passed 14-0-1, Spain abstaining; on Tuesday 17 March S/9676/Rev.1 had failed, 5-0-10.
On Thursday 30 May 1996 resolution 1058 on the force in Macedonia passed 14-0-1, Russia
abstaining; Voting-Agent has it submitted by France, Germany, Italy, the United Kingdom, the
United States and Poland. On Friday 16 December 1955 resolution 110, that a conference to
review the Charter be held at an appropriate time, passed 9-1-1: the Soviet Union against (a
vote under Article 109, where any seven members suffice) and France abstaining. On Monday
31 August 2020 the United States vetoed S/2020/852 on foreign terrorist fighters, 14-1-0, and
resolution 2541 renewed the Mali sanctions unanimously. On Friday 7 July 1961 S/4856 on Kuwait
failed, 3-0-8, with only the Soviet Union, the United Arab Republic and Ceylon in favour. On
Thursday 29 August 1946 the Soviet Union vetoed the admission of Ireland, of Portugal and of
Transjordan, each 8-2-1 (Poland also against, Australia abstaining). On Tuesday 26 July 1960
the Soviet draft S/4406 on the RB-47 failed 2-9-0, only the Soviet Union and Poland in favour,
and the Soviet Union vetoed S/4409/Rev.1 and S/4411, each 9-2 with Poland also against. On
Tuesday 22 December 2015 resolutions 2257 (UNDOF) and 2258 (Syria cross-border aid) passed 15-0.
"""

from __future__ import annotations

from unvotes.extract import extract


def _events(text: str, published: str):
    return extract(text, published=published)


def test_so_did_the_next_draft_gives_it_the_same_vote():
    events = _events(
        "SAIGON, 21 September 1952 - The Associated States are kept out of the United Nations "
        "once more. On Friday the Security Council took up the three applications in turn. "
        "The draft on Viet-Nam (S/2758) had ten votes for it and one against, the Soviet "
        "Union's. The draft concerning Laos (S/2759) obtained the same ten votes against the "
        "same lone Soviet vote, and so did the draft concerning Cambodia (S/2760). The Soviet "
        "Union, a permanent member, voted no each time, so each vote was a veto.", "1952-09-21")
    assert [e.draft for e in events] == ["S/2758", "S/2759", "S/2760"]
    for e in events:
        assert (e.date, e.outcome, e.yes, e.no, e.vetoed_by) == (
            "1952-09-19", "vetoed", 10, 1, ["SUN"])
    assert [e.subject for e in events[1:]] == ["Laos", "Cambodia"]


def test_the_same_ten_votes_are_ten_in_favour():
    events = _events(
        "NEW YORK, Sept. 20, 1952 - On Friday the Security Council voted on the draft on Laos "
        "(S/2759). It obtained the same ten votes against the same single Soviet vote as the "
        "Viet-Nam text an hour earlier. The Soviet Union's negative vote was a veto.",
        "1952-09-20")
    assert [(e.draft, e.yes, e.no, e.vetoed_by) for e in events] == [
        ("S/2759", 10, 1, ["SUN"])]


def test_so_did_a_second_draft_outside_a_membership_round():
    events = _events(
        "JOHANNESBURG, Nov. 1, 1977 - Three Western permanent members blocked African "
        "proposals in the Security Council on Monday. The draft condemning the apartheid regime "
        "(S/12310/Rev.1) won ten votes against five, and so did the draft on an arms embargo "
        "(S/12311/Rev.1). Britain, France and the United States cast the vetoes, joined in "
        "opposition by Canada and West Germany.", "1977-11-01")
    assert [e.draft for e in events] == ["S/12310/Rev.1", "S/12311/Rev.1"]
    for e in events:
        assert (e.date, e.outcome, e.yes, e.no) == ("1977-10-31", "vetoed", 10, 5)
        assert e.vetoed_by == ["FRA", "GBR", "USA"]
        assert {c for c, v in e.votes.items() if v == "no"} == {"CAN", "DEU", "FRA", "GBR", "USA"}


_CONGO = ("LONDON, 18 September 1960 - The Security Council sat late on Saturday over the Congo. "
          "The American draft, S/4523, was vetoed by the Soviet Union, eight votes to two with "
          "France abstaining. The Soviet delegate then had his own text put; it won two votes, "
          "with seven against and two abstentions. The Americans then moved that the "
          "matter go to an emergency session of the General Assembly. ")


def test_a_delegate_having_his_own_text_put_opens_another_draft():
    events = _events(_CONGO, "1960-09-18")
    assert [(e.draft, e.outcome, e.yes, e.no, e.abstain) for e in events] == [
        ("S/4523", "vetoed", 8, 2, 1), (None, "failed", 2, 7, 2)]


def test_it_carried_is_an_adoption_not_a_veto():
    events = _events(_CONGO + "It carried by eight votes to two, with one abstention; the "
                     "Soviet Union and Poland voted against.", "1960-09-18")
    assert [(e.outcome, e.yes, e.no, e.vetoed_by) for e in events[2:]] == [
        ("adopted", 8, 2, [])]


def test_a_long_would_have_clause_keeps_its_second_verb_unreal():
    events = _events(
        "WINDHOEK, 9 June 1975 - On Friday the Security Council voted on S/11713, which would "
        "have found South Africa's continued occupation of the territory of Namibia a danger to "
        "international peace and security and imposed an arms embargo on Pretoria. Ten members "
        "voted in favour, Italy and Japan abstained, and France, Britain and the United States "
        "voted against.", "1975-06-09")
    assert [(e.draft, e.outcome, e.yes, e.no, e.abstain, e.vetoed_by) for e in events] == [
        ("S/11713", "vetoed", 10, 3, 2, ["FRA", "GBR", "USA"])]


def test_an_applicant_that_suffered_the_same_fate_is_another_vote():
    events = _events(
        "SEOUL, 11 December 1958 - On Tuesday the Security Council voted on the admission of "
        "the Republic of Viet-Nam. It drew eight votes in favour; Canada and Iraq abstained, "
        "and the Soviet Union voted no, a veto. The Republic of Korea suffered the same fate: "
        "its application had nine votes, with Iraq abstaining and the Soviet Union again "
        "against. Later the Council recommended the admission of Guinea by ten votes to none, "
        "France abstaining.", "1958-12-11")
    assert [(e.outcome, e.yes, e.no, e.abstain, e.vetoed_by) for e in events] == [
        ("vetoed", 8, 1, 2, ["SUN"]), ("vetoed", 9, 1, 1, ["SUN"]), ("adopted", 10, 0, 1, [])]
    assert [e.date for e in events] == ["1958-12-09"] * 3


def test_in_favour_of_both_texts_skips_a_rival_told_without_a_count():
    events = _events(
        "ALMATY, 18 November 2017 - Russia blocked the Syria inquiry twice in two days. On "
        "Friday it vetoed S/2017/970, a thirty-day extension, by 12 votes to 2 with China "
        "abstaining. On Thursday it had vetoed S/2017/962, a one-year renewal, which drew 11 "
        "votes. At the same Thursday meeting a rival Russian draft failed for lack of support. "
        "Kazakhstan voted in favour of both the one-year and the thirty-day texts. Italy and "
        "Uruguay were among those in favour both times.", "2017-11-18")
    by_draft = {e.draft: e for e in events}
    for symbol in ("S/2017/970", "S/2017/962"):
        assert {c for c in ("KAZ", "ITA", "URY") if by_draft[symbol].votes.get(c) == "yes"} == {
            "KAZ", "ITA", "URY"}
    rival = by_draft[None]
    assert rival.outcome == "failed" and not rival.votes


def test_the_nationalist_government_is_the_chinese_seat_of_its_day():
    events = _events(
        "SINGAPORE, 6 October 1950 - Last Friday, 29 September, the Security Council adopted "
        "resolution 87, inviting Peking to send a representative, by seven votes to three, "
        "with Egypt abstaining. The Nationalist government voted against, with the United "
        "States and Cuba.", "1950-10-06")
    assert [(e.resolution, e.yes, e.no, e.abstain) for e in events] == [("87", 7, 3, 1)]
    assert {c for c, v in events[0].votes.items() if v == "no"} == {"TWN", "USA", "CUB"}


def test_what_a_draft_recommended_is_not_the_councils_recommendation():
    events = _events(
        "KUWAIT, 2 December 1961 - The Security Council did not approve our application on "
        "Thursday. The draft before it, document S/5006, recommended that the General Assembly "
        "admit Kuwait. It had ten votes in favour and one against. The vote against was the "
        "Soviet Union's, a veto.", "1961-12-02")
    assert [(e.draft, e.outcome, e.yes, e.no, e.vetoed_by) for e in events] == [
        ("S/5006", "vetoed", 10, 1, ["SUN"])]


def test_the_council_voted_that_evening_is_a_time_not_a_decision():
    events = _events(
        "AARHUS, 23 April 1986 - The Security Council voted that evening, Monday, on draft "
        "S/18016/Rev.1 about the raid on Libya. Nine members were in favour and Venezuela "
        "abstained; the United States, Britain, France, Australia and Denmark voted no.",
        "1986-04-23")
    assert [(e.draft, e.outcome, e.yes, e.no, e.abstain, e.vetoed_by) for e in events] == [
        ("S/18016/Rev.1", "vetoed", 9, 5, 1, ["FRA", "GBR", "USA"])]


def test_nine_of_the_eleven_at_the_table_voting_to_admit_is_one_side():
    events = _events(
        "COLOMBO, 21 August 1948 - On Wednesday the Security Council took up our request for "
        "membership. Nine of the eleven countries at the table voted to admit Ceylon: Britain, "
        "the United States, France, China, Canada, Argentina, Belgium, Colombia and Syria. The "
        "Soviet Union and the Ukraine voted against. As the Soviet Union is a permanent member, "
        "its single no keeps us out. So the vote was nine to two.", "1948-08-21")
    assert [(e.date, e.outcome, e.yes, e.no, e.vetoed_by) for e in events] == [
        ("1948-08-18", "vetoed", 9, 2, ["SUN"])]


def test_the_two_noes_again_being_british_and_french_names_the_voters():
    events = _events(
        "MELBOURNE, 2 November 1956 - On Tuesday night the Security Council voted on "
        "S/3713/Rev.1, a draft on Suez. It went down seven to two with two "
        "abstentions, the two noes again being British and French.", "1956-11-02")
    assert [(e.draft, e.outcome, e.yes, e.no, e.abstain, e.vetoed_by) for e in events] == [
        ("S/3713/Rev.1", "vetoed", 7, 2, 2, ["FRA", "GBR"])]


def test_supported_by_fourteen_of_the_fifteen_and_a_no_from_one():
    events = _events(
        "KATHMANDU, 19 April 1988 - On Friday the Security Council voted on S/19780 on the "
        "occupied Arab territories. The text was supported by fourteen of the fifteen members. "
        "The fifteenth vote was a \"no\" from the United States, and so the draft fell.",
        "1988-04-19")
    assert [(e.draft, e.outcome, e.yes, e.no, e.vetoed_by) for e in events] == [
        ("S/19780", "vetoed", 14, 1, ["USA"])]


def test_a_no_from_one_of_the_permanent_members_is_the_rule_not_a_vote():
    events = _events(
        "KATHMANDU, 19 April 1988 - On Friday the Security Council voted on S/19780 on the "
        "occupied Arab territories; fourteen members were in favour. Under the Charter, a "
        "\"no\" from one of the five permanent members, the United States, Britain, France, "
        "China and the Soviet Union, is enough to stop a text.", "1988-04-19")
    assert [e.votes.get(c) for e in events for c in ("GBR", "FRA", "CHN", "SUN")] == [None] * 4


def test_only_one_voted_against_then_the_member_after_a_comma():
    events = _events(
        "VALLETTA, 15 September 1984 - On Thursday 6 September the Security Council voted on "
        "S/16732, on southern Lebanon. Fourteen members voted in favour. Only one voted "
        "against, the United States, and as a permanent member that single vote was enough to "
        "kill the draft.", "1984-09-15")
    assert [(e.draft, e.outcome, e.yes, e.no, e.vetoed_by) for e in events] == [
        ("S/16732", "vetoed", 14, 1, ["USA"])]


def test_only_one_delegation_voted_against_it_then_the_member():
    events = _events(
        "GUATEMALA CITY, 22 June 1954 - On Sunday the Security Council voted on S/3236/Rev.1, "
        "which would have referred our complaint to the Organization of American States. Ten "
        "members voted in favour. Only one delegation voted against it, the Soviet Union.",
        "1954-06-22")
    assert [(e.draft, e.outcome, e.yes, e.no, e.vetoed_by) for e in events] == [
        ("S/3236/Rev.1", "vetoed", 10, 1, ["SUN"])]


def test_a_day_given_for_two_votes_dates_both_texts_told_after_it():
    events = _events(
        "ASTANA, 20 November 2017 - First, on Tuesday, 24 October, Russia vetoed S/2017/884, "
        "a renewal of the inquiry, by eleven votes to two with two abstentions.\n\n"
        "Then on Thursday, 16 November, the Council voted twice on the same afternoon.\n\n"
        "A Russian draft, S/2017/968, got only four votes in favour and was rejected.\n\n"
        "A rival text, S/2017/962, was then vetoed by Russia, eleven votes to two.",
        "2017-11-20")
    assert [(e.draft, e.date) for e in events] == [
        ("S/2017/884", "2017-10-24"), ("S/2017/968", "2017-11-16"),
        ("S/2017/962", "2017-11-16")]


_ARMAMENTS = ("PARIS, 19 October 1949 - Two texts on conventional armaments were put to the "
              "vote in the Security Council yesterday. The first (S/1399/Rev.1) obtained nine "
              "votes; the Soviet Union and the Ukraine voted against. The second (S/1408/Rev.1) "
              "obtained eight votes, with the same two delegations against. In each case the "
              "Soviet vote was a veto. ")


def test_in_favour_of_both_texts_were_is_said_of_each():
    events = _events(_ARMAMENTS + "In favour of both texts were France, Britain, the United "
                     "States, China and Canada.", "1949-10-19")
    assert [e.draft for e in events] == ["S/1399/Rev.1", "S/1408/Rev.1"]
    for e in events:
        assert {c for c, v in e.votes.items() if v == "yes"} >= {"FRA", "GBR", "USA", "CAN"}


def test_abstained_on_the_second_goes_to_that_text_alone():
    events = _events(_ARMAMENTS + "France, Britain and Canada voted for both drafts. Argentina "
                     "abstained on the second.", "1949-10-19")
    first, second = events
    assert second.votes.get("ARG") == "abstain"
    assert first.votes.get("ARG") != "abstain"
    assert first.votes.get("FRA") == second.votes.get("FRA") == "yes"


def test_three_hands_of_a_veto_and_each_of_those_three_negative_votes():
    events = _events(
        "ARUSHA, 23 October 1976 - Three hands went up together in New York on Tuesday, and "
        "with them went the hopes of Namibia. The Security Council was voting on a draft "
        "resolution on an arms embargo against South Africa. Ten members voted in favour. But "
        "Britain, France and the United States cast negative votes, and each of those three "
        "negative votes was a veto. Japan and Italy abstained.", "1976-10-23")
    assert [(e.outcome, e.yes, e.no, e.abstain, e.vetoed_by) for e in events] == [
        ("vetoed", 10, 3, 2, ["FRA", "GBR", "USA"])]


def test_against_the_two_votes_of_names_the_noes():
    events = _events(
        "ISMAILIA, 31 October 1956 - On Tuesday the Security Council voted on draft S/3710. "
        "It obtained seven votes in favour -- among them the United States and the Soviet "
        "Union -- against the two votes of Britain and France. Australia and Belgium "
        "abstained.", "1956-10-31")
    assert [(e.outcome, e.yes, e.no, e.abstain, e.vetoed_by) for e in events] == [
        ("vetoed", 7, 2, 2, ["FRA", "GBR"])]


def test_two_against_again_in_brackets_names_the_noes():
    events = _events(
        "ISMAILIA, 31 October 1956 - On Tuesday the Security Council voted on draft "
        "S/3713/Rev.1. It met the same fate as the text before: seven in favour, two against "
        "(again Britain and France), two abstentions.", "1956-10-31")
    assert [(e.outcome, e.no, e.vetoed_by) for e in events] == [("vetoed", 2, ["FRA", "GBR"])]


def test_an_appeal_put_forward_after_a_rejected_motion_is_another_text():
    events = _events(
        "KANDY, 29 May 1960 - On Thursday the Security Council rejected the Soviet motion on "
        "the aircraft, S/4321. Only two members supported it. Seven voted against, and Ceylon and "
        "Tunisia abstained. Together with Argentina, Ecuador and Tunisia, our delegation had "
        "put forward an appeal to the great Powers to resume talks. It was adopted on Friday by "
        "nine votes to none, the Soviet Union and Poland abstaining.", "1960-05-29")
    assert [(e.draft, e.outcome, e.yes, e.abstain) for e in events] == [
        ("S/4321", "failed", 2, 2), (None, "adopted", 9, 2)]
    assert events[1].votes == {"SUN": "abstain", "POL": "abstain"}


def test_a_text_turned_down_after_a_numbered_resolution_is_another_text():
    events = _events(
        "LIVINGSTONE, 19 March 1970 - The Security Council today voted fourteen to nil, with "
        "Spain abstaining, for resolution 277 on Southern Rhodesia. On Tuesday afternoon the "
        "Council had turned down a text condemning the regime's republic. It drew only five "
        "votes; ten members abstained.", "1970-03-18")
    assert [(e.resolution, e.outcome, e.yes) for e in events] == [
        ("277", "adopted", 14), (None, "failed", 5)]


def test_among_the_authors_of_the_text_names_its_sponsors():
    events = _events(
        "WARSAW, 1 June 1996 - The Security Council on Thursday adopted resolution 1058 by "
        "fourteen votes with one abstention, Russia's. Poland was among the authors of the "
        "text, together with France, Germany, Italy, the United Kingdom and the United "
        "States.", "1996-06-01")
    assert [(e.resolution, sorted(e.sponsors)) for e in events] == [
        ("1058", ["DEU", "FRA", "GBR", "ITA", "POL", "USA"])]


def test_agreeing_by_resolution_n_that_and_asking_whether_a_no_was_a_veto():
    events = _events(
        "NASSAU, 30 December 1955 - On Friday, 16 December, the Security Council took up the "
        "review of the Charter, agreeing by resolution 110 (1955) that a review conference "
        "should be held. The vote was nine in favour to one against, with one abstention. The "
        "negative vote was that of the Soviet Union. Some members have asked whether the Soviet "
        "vote was a veto. It was not: Article 109 needs only any seven members.", "1955-12-30")
    assert [(e.resolution, e.outcome, e.yes, e.no, e.abstain, e.vetoed_by) for e in events] == [
        ("110", "adopted", 9, 1, 1, [])]


def test_a_brief_then_its_details_by_symbol_and_by_topic():
    events = _events(
        "LEIPZIG, 1 September 2020 - Key points\n\n"
        "- On 31 August the United States vetoed a draft resolution on foreign terrorist "
        "fighters. The vote was 14 in favour, one against.\n"
        "- The same day the Security Council renewed the Mali sanctions by resolution 2541, "
        "adopted unanimously.\n\n"
        "What happened\n\n"
        "The draft, S/2020/852, was put to the vote at the end of the month. Germany and "
        "France voted for it.\n\n"
        "The Mali renewal, by contrast, passed without debate.", "2020-09-01")
    assert [(e.draft, e.resolution, e.outcome) for e in events] == [
        ("S/2020/852", None, "vetoed"), (None, "2541", "adopted")]


def test_three_affirmative_votes_then_the_members_between_dashes():
    events = _events(
        "BOMBAY, 10 July 1961 - On Friday the Security Council voted on S/4856 on Kuwait. It "
        "drew only three affirmative votes -- the Soviet Union, the U.A.R. and Ceylon -- and "
        "the other eight members abstained.", "1961-07-10")
    assert [(e.outcome, e.yes, e.abstain) for e in events] == [("failed", 3, 8)]
    assert {c for c, v in events[0].votes.items() if v == "yes"} == {"SUN", "EGY", "LKA"}


def test_rejected_by_the_vote_of_a_member_is_its_no():
    events = _events(
        "GALWAY, 6 September 1946 - Ireland's application for membership of the United Nations "
        "was rejected at Lake Success last Thursday, the 29th August, by the vote of the Soviet "
        "Union, which holds what is popularly called the veto. The voting was eight in favour, "
        "two against and one abstention.", "1946-09-06")
    assert [(e.outcome, e.vetoed_by) for e in events] == [("vetoed", ["SUN"])]
    assert events[0].votes.get("SUN") == "no"


def test_the_same_fate_with_an_aside_befell_more_applicants():
    events = _events(
        "GALWAY, 6 September 1946 - Ireland's application for membership was rejected by the "
        "Security Council last Thursday, the 29th August: eight votes in favour, two against (the "
        "Soviet Union and Poland) and one abstention. The same fate, by the same figures, "
        "befell Portugal and the Kingdom of Transjordan.", "1946-09-06")
    assert [e.subject for e in events] == [
        "admission of Ireland", "admission of Portugal", "admission of Transjordan"]
    assert all(e.date == "1946-08-29" for e in events)


def test_supported_only_by_and_killed_by_two_name_the_sides():
    events = _events(
        "ROME, 30 July 1960 - On Tuesday the Security Council voted three times on the RB-47. "
        "The Soviet draft resolution (S/4406) was supported only by the Soviet Union and "
        "Poland; the other nine members voted against it. Then the Western draft S/4409/Rev.1 "
        "obtained nine votes and was killed by two: the Soviet Union, whose negative vote "
        "counts as a veto, and Poland.", "1960-07-30")
    assert [(e.draft, e.outcome) for e in events] == [
        ("S/4406", "failed"), ("S/4409/Rev.1", "vetoed")]
    assert {c for c, v in events[0].votes.items() if v == "yes"} == {"SUN", "POL"}
    assert {c for c, v in events[1].votes.items() if v == "no"} == {"SUN", "POL"}


def test_both_were_unanimous_after_two_numbered_texts():
    events = _events(
        "LEIDEN, 23 December 2015 - Two texts went through the Security Council yesterday: "
        "resolution 2257, renewing UNDOF on the Golan, and resolution 2258, renewing the "
        "cross-border aid arrangements for Syria. Both were unanimous, 15-0.", "2015-12-23")
    assert [(e.resolution, e.outcome, e.yes, e.no) for e in events] == [
        ("2257", "adopted", 15, 0), ("2258", "adopted", 15, 0)]
