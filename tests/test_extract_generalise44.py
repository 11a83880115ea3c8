"""Generalisation checks from the twenty-third session: the blind sets heldout135 to heldout146,
and older held-out sets, read again after they were scored.

Facts are Sciences Po's, sponsors Voting-Agent's "Submitted by". On Friday 10 January 1947
resolution 16 (the statute of Trieste) passed 10-0-1, Australia abstaining; every other member
(China, France, the Soviet Union, Britain, the United States, Brazil, Belgium, Poland, Colombia,
Syria) voted for it. On Saturday 29 July 1961 drafts S/4903 and S/4904 on Tunisia each failed
4-0-6, the Soviet Union, the United Arab Republic, Ceylon and Liberia for, the United States,
Britain, Nationalist China, Turkey, Chile and Ecuador abstaining. On Friday 24 November 1961
resolution 169 on the Congo passed 9-0-2. On Wednesday 28 May 1997 resolutions 1109 (the Golan)
and 1110 (Macedonia) passed 15-0. On Wednesday 9 April 1947 resolution 22 (the Corfu Channel)
passed 8-0-2, the Soviet Union and Poland abstaining and Britain not voting. On Friday 19
September 1952 the Soviet Union vetoed drafts S/2758, S/2759 and S/2760 (Viet-Nam, Laos,
Cambodia), each 10-1. On Monday 9 September 1957 draft S/3877 failed 2-5-4 and the Soviet Union
vetoed S/3884 (Korea) and S/3885 (Viet-Nam), each 10-1, the United States, Britain, France,
Nationalist China, the Philippines, Australia, Iraq, Sweden, Colombia and Cuba voting for both.
On Friday 23 May 1986 Britain and the United States vetoed S/18087/Rev.1, 12-2-1, France
abstaining; the Soviet Union, China, Ghana, the Congo, Madagascar, Australia and Denmark were
among those for it. On Monday 20 May 1991 resolution 692 passed 14-0-1, Cuba abstaining, Yemen,
India, Zimbabwe and Ecuador voting for it. On Wednesday 28 April 1993 resolution 821 passed
13-0-2, China and Russia abstaining, the United States, Britain, France, Hungary, Pakistan and
Japan voting for it. On Thursday 21 May 1998 resolution 1168 and on Monday 15 June 1998
resolution 1174 passed 15-0; Germany, Italy, Japan and Sweden drafted both, Russia and Slovenia
were among the drafters of 1174. On Friday 14 December 2001 the United States vetoed
S/2001/1199, 12-1-2, Britain and Norway abstaining; Jamaica, Mauritius, Singapore, Colombia,
Ireland, Bangladesh, Mali, Tunisia, Ukraine, France, Russia and China voted for it, Egypt and
Tunisia drafted it. On Friday 18 October 2002 resolution 1439 passed 15-0, drafted by Bulgaria,
France, Ireland, Norway, Britain and the United States. On Friday 15 December 2006 resolution
1728 (Cyprus) passed 15-0, drafted by the five permanent members. On Friday 14 September 2007
resolution 1775 and on Wednesday 19 September 2007 resolution 1776 each passed 14-0-1, Russia
abstaining, China, South Africa, Indonesia and Qatar voting for both. On Saturday 27 September
2008 resolution 1835 (Iran) passed 15-0, Germany among its drafters. On Tuesday 14 November 2017
resolution 2385 passed 11-0-4, China, Russia, Bolivia and Egypt abstaining; the United States,
Britain, France, Ethiopia, Japan, Italy, Sweden, Senegal, Ukraine, Uruguay and Kazakhstan voting
for it. On Thursday 19 September 2019 Russia and China vetoed S/2019/756, 12-2-1, and the
Russian draft S/2019/757 failed 2-9-4. On Friday 19 September 1952 the Soviet package draft
S/2773 failed 1-10, only the Soviet Union for it. On Sunday 20 June 1954 the Soviet Union vetoed
S/3236/Rev.1 (Guatemala), 10-1, Denmark, Lebanon, New Zealand, the United States, Britain and
France among those for it. On Thursday 25 March 2004 the United States vetoed S/2004/240
(drafted by Algeria), 11-1-3, Britain, Germany and Romania abstaining; on Wednesday 21 April
2004 Russia vetoed S/2004/313, 14-1; on Tuesday 5 October 2004 the United States vetoed
S/2004/783 (Algeria, Pakistan, Tunisia), 11-1-3, the same three abstaining. On Friday 14
December 2007 resolutions 1788 (UNDOF) and 1789 (UNFICYP) passed 15-0. On Thursday 19 July 2012
resolution 2058 (Cyprus) passed 13-0-2, Pakistan and Azerbaijan abstaining, and Russia and China
vetoed the British-drafted S/2012/538 on Syria, 11-2-2, Pakistan and South Africa abstaining. On
Thursday 10 October 2013 resolutions 2120 and 2121 passed 15-0. On Saturday 8 October 2016
Russia vetoed S/2016/846 (France and Spain among its drafters), 11-2-2, Venezuela also voting
no, China and Angola abstaining. On Thursday 19 January 2017 resolution 2337 (the Gambia) passed
15-0. On Tuesday 9 December 1958 the Soviet Union vetoed S/4129/Rev.1 (Korea), 9-1-1, Iraq
abstaining. On Friday 4 November 1966 the Soviet Union vetoed S/7575/Rev.1, 10-4-1: Jordan,
Bulgaria and Mali also voted no, Nationalist China abstained. On Tuesday 10 May 1988 the United
States vetoed S/19868 on Lebanon, 14-1. On Tuesday 17 November 1998 resolution 1207 passed
14-0-1, China abstaining, Russia voting for it. On Monday 17 December 2012 resolution 2081
passed 14-0-1, Russia abstaining, and resolutions 2082 and 2083 passed 15-0. On Thursday 29
November 1990 resolution 678 passed 12-2-1, the United States, Britain and France among those
for it. On Saturday 4 February 2012 Russia and China vetoed S/2012/77 on Syria, 13-2; Britain,
France, the United States, India, South Africa, Pakistan, Azerbaijan, Colombia and Guatemala
voted for it. On Thursday 30 November 1950 the Soviet drafts S/1757 and S/1921 on Formosa each
failed 1-9, the United States, Britain, France, Nationalist China, Yugoslavia, Egypt, Norway,
Ecuador and Cuba voting against both. On Thursday 30 April 1981 S/14459 (9-3-3), S/14460/Rev.1
(9-3-3) and S/14461 (11-3-1) on Namibia were vetoed by France, Britain and the United States;
the Soviet Union, China, East Germany, Mexico, Niger, Panama, the Philippines, Tunisia and
Uganda voted for each. On Thursday 14 August 2003 resolution 1500 passed 14-0-1, Syria
abstaining. On Friday 11 July 2008 China and Russia vetoed S/2008/447 on Zimbabwe, 9-5-1, South
Africa, Libya and Vietnam also voting no and Indonesia abstaining. On Friday 29 July 2011
resolutions 2002 and 2003 passed 15-0. On Thursday 19 December 2019 resolutions 2502 and 2503
passed 15-0. On Wednesday 20 November 2024 the United States vetoed S/2024/835, drafted by the
ten elected members, 14-1. On Monday 25 October 1948 the Soviet Union vetoed S/1048 on Berlin,
9-2. On Monday 15 November 1976 the United States vetoed S/12226 (Viet Nam's admission), 14-1.
On Sunday 30 June 2002 the United States vetoed S/2002/712 on Bosnia, 13-1-1; France, Britain,
Russia, Ireland and Norway were among its drafters. On Tuesday 13 December 1949 the Soviet draft
S/1433 on Indonesia failed 2-9, only the Soviet Union and the Ukrainian SSR for it, Cuba among
those against. On Thursday 28 February 2019 Russia and China vetoed S/2019/186 on Venezuela, and
the rival S/2019/190 failed 4-7-4, Russia, China, South Africa and Equatorial Guinea for it. On
Thursday 31 May 1990 the United States vetoed S/21326 on the occupied territories, 14-1;
Britain, France, the Soviet Union, China, Canada and Finland voted for it. On Friday 2 December
1994 Russia vetoed S/1994/1358 on Bosnia, 13-1-1, China abstaining; Pakistan, Oman, Djibouti and
Bosnia and Herzegovina were among its drafters. On Thursday 30 November 1961 the Soviet Union
vetoed S/5006 (Kuwait's admission), 10-1. On Monday 13 December 2021 Russia vetoed S/2021/990 on
climate and security, 12-2-1; Niger, Ireland, the United States, Britain, France, Norway, Mexico
and Kenya voted for it.
"""

import pytest

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_members_who_also_supported_the_acceptance_voted_for_it():
    # "supported the acceptance", "as did A, B and C": the act the vote approved
    (ev,) = _sc(
        "LAKE SUCCESS, Jan. 10 -- The Security Council today accepted the statute of Trieste "
        "by ten votes to none, Australia abstaining. Poland and Syria also supported the "
        "acceptance, as did Brazil, Belgium, Colombia and China.", "1947-01-10")
    assert ev.votes == {"BEL": "yes", "BRA": "yes", "COL": "yes", "POL": "yes", "SYR": "yes",
                        "TWN": "yes", "AUS": "abstain"}


def test_everybody_else_said_yes_then_the_list():
    (ev,) = _sc(
        "Late on Friday the Security Council voted on the Middle East draft, S/2001/1199. "
        "Twelve in favour, one against, two abstentions; the one against was the United "
        "States, so the text fell. Britain and Norway abstained. Everybody else said yes: "
        "Jamaica, Mauritius, Singapore, Colombia, Ireland, Bangladesh, Mali, Tunisia and Ukraine "
        "among the elected members, and France, Russia and China among the permanent ones.",
        "2001-12-15")
    assert ev.outcome == "vetoed" and ev.vetoed_by == ["USA"]
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "JAM", "MUS", "SGP", "COL", "IRL", "BGD", "MLI", "TUN", "UKR", "FRA", "RUS", "CHN"}


def test_a_member_that_said_no_voted_against():
    (ev,) = _sc(
        "Late on Friday the Security Council voted on the Middle East draft, S/2001/1199: "
        "twelve in favour, one against, two abstentions. The United States said no, and the "
        "text fell.", "2001-12-15")
    assert ev.votes.get("USA") == "no" and ev.vetoed_by == ["USA"]


_KOREA = (
    "THE SAIGON COURIER\nSaturday, September 14, 1957\n\n"
    "New York (by cable) -- For our part of the world, Monday's session of the Security "
    "Council ended as such sessions have ended before: with a single \"no\" from the Soviet "
    "delegate.\n\n"
    "The Council voted on two draft resolutions recommending the admission of the Republic of "
    "Korea and of the Republic of Viet-Nam. Each received ten votes in favour and one against. "
    "The negative vote in each case was that of the Soviet Union, and it defeated both texts. "
    "There were no abstentions.\n\n"
    "The draft on Viet-Nam, document S/3885, had the support of the United States, Britain, "
    "France and Nationalist China, and also of the Philippines, Australia, Iraq, Sweden, "
    "Colombia and Cuba. The same ten members voted for the Korean draft, document S/3884.\n"
)


def test_texts_counted_together_take_their_symbols_in_turn():
    # the two drafts the lead counted, one numbered after the other; the count told of both
    events = _sc(_KOREA)
    assert sorted(e.draft for e in events) == ["S/3884", "S/3885"]
    assert {(e.outcome, e.yes, e.no, e.abstain) for e in events} == {("vetoed", 10, 1, 0)}


@pytest.mark.parametrize("told", [
    "The lone vote against, in each case, was that of the Soviet Union.",
    "The negative vote in each case was that of the Soviet Union."])
def test_the_vote_against_in_each_case_is_each_texts_veto(told):
    events = _sc(
        "UNITED NATIONS, Sept. 9 -- The Security Council today voted on the admission of Korea "
        "and Viet-Nam. Drafts S/3884 and S/3885 each received ten votes to one. " + told,
        "1957-09-09")
    assert [(e.draft, e.outcome, e.vetoed_by) for e in events] == [
        ("S/3884", "vetoed", ["SUN"]), ("S/3885", "vetoed", ["SUN"])]


def test_the_negative_vote_in_each_case_is_each_texts():
    events = _sc(_KOREA)
    assert all(e.votes.get("SUN") == "no" and e.vetoed_by == ["SUN"] for e in events)


def test_the_same_ten_members_are_the_other_texts_ten():
    by = {e.draft: e for e in _sc(_KOREA)}
    assert by["S/3884"].votes == by["S/3885"].votes
    assert sum(v == "yes" for v in by["S/3884"].votes.values()) == 10


def test_the_days_session_of_the_council_dates_the_votes():
    # "Monday's session of the Security Council" in the lead; the weekly is out on Saturday,
    # and the votes told after the lead give no day of their own
    assert {e.date for e in _sc(_KOREA)} == {"1957-09-09"}


def test_a_clubs_meeting_on_monday_night_is_not_the_councils():
    (ev,) = _sc(
        "THE CAMPUS LEDGER\nTuesday, November 28, 1961\n\n"
        "Students in the debating society spent much of Monday night's meeting arguing about "
        "a vote that hardly anyone on campus noticed: the Security Council resolution of last "
        "Friday on the Congo. The resolution, numbered 169, lets the Secretary-General use "
        "force against mercenaries in Katanga.\n\nThe vote was nine in favour, none against, "
        "with two abstentions.\n")
    assert (ev.resolution, ev.date) == ("169", "1961-11-24")


def test_a_leads_lone_glimpse_of_a_count_is_no_vote_of_its_own():
    # "with a single "no" from the Soviet delegate" before the story counts its two texts
    assert len(_sc(_KOREA)) == 2


_QA = (
    "Q. What happened at the Security Council on Monday, September 9?\n"
    "A. The Council took three votes on membership, and all three failed.\n\n"
    "Q. What was the first?\n"
    "A. Draft S/3877 got only two votes in favour, from the Soviet Union and Sweden.\n\n"
    "Q. And the other two?\n"
    "A. Separate drafts recommending Korea (S/3884) and Viet-Nam (S/3885) each received ten "
    "votes, with one against and no abstentions. The one vote against was the Soviet Union's "
    "each time, and its \"no\" was a veto. Both drafts therefore failed.\n"
)


def test_each_after_the_symbols_of_the_texts_it_counts():
    events = _sc(_QA, "1957-09-16")
    by = {e.draft: e for e in events}
    assert set(by) == {"S/3877", "S/3884", "S/3885"}
    for sym in ("S/3884", "S/3885"):
        assert (by[sym].outcome, by[sym].yes, by[sym].no, by[sym].abstain) == (
            "vetoed", 10, 1, 0)
        assert by[sym].votes == {"SUN": "no"}


def test_a_mid_sentence_each_without_symbols_leaves_the_texts_to_the_story():
    # "two draft resolutions each gathered only four votes": the texts are told in turn after,
    # the second "with exactly the same result", so the abstainers named are both texts'
    events = _sc(
        "NEW YORK, 29 July -- The Security Council ended its debate on Tunisia's complaint on "
        "Saturday after two draft resolutions each gathered only four votes.\n\n"
        "The first text, S/4903, received four votes in favour -- the Soviet Union, the United "
        "Arab Republic, Ceylon and Liberia -- with no vote against and six abstentions. The "
        "second, S/4904, obtained exactly the same result: four in favour, none against, six "
        "abstaining.\n\n"
        "The abstentions came from the United States, the United Kingdom, Nationalist China, "
        "Turkey, Chile and Ecuador.\n", "1961-07-31")
    assert sorted(e.draft for e in events) == ["S/4903", "S/4904"]
    assert events[0].votes == events[1].votes and len(events[0].votes) == 10


def test_a_timed_run_in_head_who_voted_yes_takes_the_list_after_it():
    (ev,) = _sc(
        "[03:10] THE VOTE. On Tuesday the Security Council renewed the Somalia and Eritrea "
        "sanctions. Resolution 2385 passed with eleven votes in favour, none against and four "
        "abstentions: China, Russia, Bolivia and Egypt.\n\n"
        "[14:20] WHO VOTED YES. The US, UK and France, of course, plus Ethiopia, Japan, Italy, "
        "Sweden, Senegal, Ukraine, Uruguay and Kazakhstan.", "2017-11-15")
    assert sum(v == "yes" for v in ev.votes.values()) == 11
    assert ev.votes["KAZ"] == "yes" and ev.votes["EGY"] == "abstain"


def test_members_vote_in_favour_together_with_others_in_the_present():
    # "vote in favour, together with D": the verb, its voters before it, not "the vote in
    # favour" and the members after
    (ev,) = _sc(
        "28 April (Wednesday) -- The Security Council's resolution 821 keeps Belgrade out of "
        "ECOSOC. It passes "
        "13-0-2: China and Russia abstain. The United States, Britain and France vote in "
        "favour, together with Hungary, Pakistan and Japan.", "1993-05-03")
    assert ev.votes == {"FRA": "yes", "GBR": "yes", "HUN": "yes", "JPN": "yes", "PAK": "yes",
                        "USA": "yes", "CHN": "abstain", "RUS": "abstain"}


def test_a_members_record_in_a_which_aside_is_not_its_vote():
    (ev,) = _sc(
        "NEW YORK, May 20 -- The Security Council today created the compensation fund. "
        "Resolution 692 was adopted by 14 votes to none, with Cuba abstaining. Yemen, which "
        "had opposed or abstained on several of the Council's Gulf resolutions, voted in "
        "favour, as did India, Zimbabwe and Ecuador.", "1991-05-21")
    assert ev.votes == {"ECU": "yes", "IND": "yes", "YEM": "yes", "ZWE": "yes",
                        "CUB": "abstain"}
    assert ev.abstain == 1


_TWICE = (
    "MOSCOW, Sept. 20 -- Twice in six days Russia has abstained at the Security Council.\n\n"
    "Yesterday the Council renewed the authorisation of the force in Afghanistan for a year. "
    "Resolution 1776 was adopted with 14 votes in favour and Russia abstaining.\n\n"
    "Last Friday, the same arithmetic: 14 in favour, Russia abstaining. That vote, resolution "
    "1775, extended the prosecutor's term at the Yugoslav tribunal until the end of the year.\n"
)


def test_the_same_arithmetic_on_another_day_is_another_vote():
    events = _sc(_TWICE, "2007-09-20")
    assert [(e.date, e.yes, e.abstain) for e in events] == [
        ("2007-09-19", 14, 1), ("2007-09-14", 14, 1)]


def test_that_vote_with_its_number_is_the_vote_just_told():
    events = _sc(_TWICE, "2007-09-20")
    assert [e.resolution for e in events] == ["1776", "1775"]


def test_members_among_the_countries_that_put_the_text_forward():
    (ev,) = _sc(
        "The United Nations Security Council yesterday decided unanimously to extend the "
        "monitoring mechanism on Angola. Resolution 1439 was adopted by fifteen votes in "
        "favour. Ireland, Norway and Bulgaria were among the countries that put the text "
        "forward, together with France, the United Kingdom and the United States.",
        "2002-10-19")
    assert sorted(ev.sponsors) == ["BGR", "FRA", "GBR", "IRL", "NOR", "USA"]


def test_an_aside_between_put_forward_and_by_and_a_group_named_together():
    (ev,) = _sc(
        "On Friday the UN Security Council voted to keep the peacekeepers in Cyprus. "
        "Resolution 1728 was adopted by 15 votes to none. The text was put forward, as these "
        "renewals increasingly are, by the five permanent members together: China, France, "
        "Russia, the United Kingdom and the United States.", "2006-12-18")
    assert sorted(ev.sponsors) == ["CHN", "FRA", "GBR", "RUS", "USA"]


def test_the_assemblys_debate_as_the_setting_leaves_the_council_the_voter():
    (ev,) = extract(
        "The UN Security Council has unanimously adopted a short resolution on Iran. "
        "Resolution 1835 was passed 15-0 at a brief session in New York on Saturday, on the "
        "margins of the General Assembly's annual debate. The text was drafted by Germany "
        "together with the five permanent members.", published="2008-09-28")
    assert (ev.body, ev.resolution, ev.date) == ("SC", "1835", "2008-09-27")


def test_co_sponsors_of_the_text_in_hand_though_they_drafted_the_one_before():
    events = _sc(
        "SARAJEVO, 18 June 1998 -- The Security Council this week extended the UN mission in "
        "Bosnia for another year. Here is how the Council's decisions of the past month fit "
        "together.\n\n"
        "21 May 1998 -- New York. The Council adopted resolution 1168 unanimously, 15 votes "
        "to none. "
        "The draft was co-sponsored by Germany, Italy, Japan and Sweden among others.\n\n"
        "15 June 1998 -- New York. On Monday the Council adopted resolution 1174, again 15 "
        "votes to none. "
        "The Russian Federation was among the co-sponsors, alongside Germany, Italy, Japan, "
        "Slovenia and Sweden.\n", "1998-06-18")
    by = {e.resolution: e for e in events}
    assert sorted(by["1168"].sponsors) == ["DEU", "ITA", "JPN", "SWE"]
    assert sorted(by["1174"].sponsors) == ["DEU", "ITA", "JPN", "RUS", "SVN", "SWE"]


def test_among_them_were_after_every_other_member_voted_in_favour():
    (ev,) = _sc(
        "Britain and the United States on Friday vetoed a draft resolution in the Security "
        "Council condemning the South African raids. The draft, S/18087/Rev.1, won twelve "
        "votes. Britain and the United States voted against, and France abstained. Every other "
        "member voted in favour. Among them were the Soviet Union and China, and the elected "
        "members Ghana, the Congo, Madagascar, Australia and Denmark.", "1986-05-25")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "SUN", "CHN", "GHA", "COG", "MDG", "AUS", "DNK"}


def test_members_like_every_other_member_are_named_on_their_own():
    events = _sc(
        "SKOPJE -- The Security Council on Wednesday extended the UN force here for six months. "
        "Resolution 1110 was adopted unanimously, 15 votes to none.\n\nOn the same day the "
        "Council, again unanimously, renewed the UN Disengagement Observer Force on the Golan "
        "Heights for six months by resolution 1109. Kenya, Chile and Poland, like every other "
        "member, voted for both texts.",
        "1997-05-29")
    assert [e.resolution for e in events] == ["1110", "1109"]
    assert all({"KEN", "CHL", "POL"} <= {c for c, v in e.votes.items() if v == "yes"}
               for e in events)


_INDOCHINA = (
    "NEW YORK, 19 September -- At the Security Council yesterday the Soviet delegate cast "
    "three negative votes in a row, and each of them, being a permanent member's, was enough "
    "to kill the recommendation in question.\n\n"
    "The first draft, document S/2758, recommended the admission of Viet-Nam. The second, "
    "S/2759, concerned Laos, and the third, S/2760, Cambodia. Each time the count was the "
    "same: ten votes to one, with no abstention.\n\n"
    "Britain, France, the United States and Nationalist China voted for all three, as did "
    "the six elected members -- Brazil, Chile, Greece, the Netherlands, Pakistan and Turkey. "
    "The Soviet Union alone voted against each of them.\n"
)


def test_three_negative_votes_in_a_row_are_one_on_each_text_not_a_count():
    events = _sc(_INDOCHINA, "1952-09-20")
    assert [(e.no, e.outcome, e.vetoed_by) for e in events] == [(1, "vetoed", ["SUN"])] * 3


def test_texts_counted_off_with_their_symbols_in_one_clause():
    events = _sc(_INDOCHINA, "1952-09-20")
    assert sorted(e.draft for e in events) == ["S/2758", "S/2759", "S/2760"]


def test_each_time_the_count_was_the_same_counts_each_text():
    events = _sc(_INDOCHINA, "1952-09-20")
    assert [(e.yes, e.no, e.abstain) for e in events] == [(10, 1, 0)] * 3


def test_an_earlier_drafters_text_does_not_draft_the_one_adopted():
    (ev,) = _sc(
        "LAKE SUCCESS, Wednesday night -- The Security Council today recommended that Britain "
        "and Albania take the Corfu dispute to the Court, by eight votes to none. An earlier "
        "British text finding Albania responsible was blocked last month by a Soviet veto.",
        "1947-04-09")
    assert ev.sponsors == [] and ev.resolution is None


_IDLIB = (
    "BC-UN-Syria, 2nd Ld-Writethru\n"
    "Eds: UPDATES with vote on Russian draft, details.\n\n"
    "UNITED NATIONS, Sept. 19 -- Russia and China on Thursday vetoed a Security Council "
    "resolution demanding a ceasefire in Idlib, and a competing Russian draft was then "
    "defeated.\n\n"
    "The first draft, S/2019/756, received 12 votes in favor, with Russia and China voting no "
    "and Equatorial Guinea abstaining.\n\n"
    "Minutes later the council voted on the Russian alternative, S/2019/757. It won only two "
    "votes, Russia's and China's. Nine members voted against and four abstained.\n"
)


def test_the_first_draft_numbered_is_the_first_the_lead_told():
    events = _sc(_IDLIB, "2019-09-19")
    assert [(e.draft, e.outcome) for e in events] == [
        ("S/2019/756", "vetoed"), ("S/2019/757", "failed")]
    assert events[1].sponsors == ["RUS"]


def test_a_delegations_own_proposal_pressed_after_a_round_of_applications():
    # "pressed its own proposal": a text of its own after the three applicants' votes, and the
    # votes told after it are its own, not the applicants'
    events = _sc(
        "NEW YORK, 19 September -- The applications of Viet-Nam, Laos and Cambodia were "
        "stopped again this afternoon at the Security Council by the Soviet delegate, who cast "
        "three vetoes in less than an hour. Each of the three applications received ten votes "
        "in favour. There were no abstentions.\n\n"
        "The Soviet delegation then pressed its own proposal, a single text admitting more "
        "than a dozen states together. The package, circulated as document S/2773, obtained "
        "only one vote -- the Soviet Union's own. Ten members voted against it, France, the "
        "United Kingdom, the United States and Nationalist China among them.\n", "1952-09-19")
    package = [e for e in events if e.draft == "S/2773"]
    assert len(events) == 4 and len(package) == 1
    assert (package[0].outcome, package[0].yes, package[0].no) == ("failed", 1, 10)
    assert package[0].votes == {"SUN": "yes", "FRA": "no", "GBR": "no", "TWN": "no",
                                "USA": "no"}
    assert all(e.yes == 10 and "FRA" not in e.votes for e in events if e is not package[0])


def test_a_text_that_would_have_acted_is_not_the_one_adopted_before_it():
    events = _sc(
        "OPINION -- Consider what the Security Council managed on Thursday. It voted to keep "
        "the peacekeepers in Cyprus for six more months: thirteen members voted yes, Pakistan "
        "and Azerbaijan abstained, and resolution 2058 was adopted.\n\n"
        "The British-drafted text on Syria would have threatened sanctions under Chapter VII. "
        "Eleven members supported it. Russia and China voted against, and their votes were "
        "vetoes. Pakistan and South Africa abstained.\n", "2012-07-22")
    by = {e.resolution: e for e in events}
    assert set(by) == {"2058", None}
    assert by["2058"].votes == {"AZE": "abstain", "PAK": "abstain"} and not by["2058"].sponsors
    assert (by[None].outcome, by[None].vetoed_by, by[None].sponsors) == (
        "vetoed", ["CHN", "RUS"], ["GBR"])


def test_a_summary_box_after_a_rival_text_counts_the_vote_told_before():
    # the rival text is only tabled ("we will deal with it on Wednesday"); the closing box
    # counts the draft the story told
    events = _sc(
        "EXPLAINER -- Monday 10 October 2016\n\n"
        "1. What was voted on? A French and Spanish draft resolution on Aleppo, put to the vote "
        "in the Security Council on Saturday. Eleven members voted for it, but Russia voted no, "
        "which is a veto. Venezuela joined Russia in voting against; China and Angola "
        "abstained.\n\n"
        "2. Was there another draft? Yes -- Russia tabled its own rival text the same afternoon. "
        "We will deal with it in Wednesday's edition.\n\n"
        "Quick numbers: 11 yes, 2 no, 2 abstentions. Draft symbol: S/2016/846.\n")
    (ev,) = events
    assert (ev.draft, ev.outcome, ev.yes, ev.no, ev.abstain) == (
        "S/2016/846", "vetoed", 11, 2, 2)
    assert sorted(ev.sponsors) == ["ESP", "FRA"]


_REVIEW = (
    "2004 in the Security Council: the year of three vetoes\n\n"
    "By a staff writer -- 30 December 2004\n\n"
    "Three times this year a permanent member raised its hand to kill a text. Our review "
    "looks back at each of them.\n\n"
    "25 March: the killing of Sheikh Yassin\n\n"
    "An Algerian-drafted text condemning the killing won eleven votes. The United States voted "
    "against, a veto. Britain, Germany and Romania abstained. The symbol was S/2004/240.\n\n"
    "21 April: the Annan plan\n\n"
    "The year's only Russian veto came three days before the referendums on Cyprus. The "
    "British-American draft, S/2004/313, won fourteen votes; Russia alone voted no.\n\n"
    "5 October: northern Gaza\n\n"
    "The third veto came on a draft tabled by Algeria, Pakistan and Tunisia. The tally was "
    "identical to March's: eleven in favour, the United States against, and Britain, Germany "
    "and Romania abstaining. The draft was S/2004/783.\n"
)


def test_a_reviews_dated_headings_each_head_a_vote_of_their_own():
    events = _sc(_REVIEW)
    assert [(e.draft, e.date) for e in events] == [
        ("S/2004/240", "2004-03-25"), ("S/2004/313", "2004-04-21"),
        ("S/2004/783", "2004-10-05")]


def test_the_first_words_under_a_heading_are_not_the_last_sections_text():
    by = {e.draft: e for e in _sc(_REVIEW)}
    assert by["S/2004/240"].vetoed_by == ["USA"] and by["S/2004/240"].sponsors == ["DZA"]
    assert by["S/2004/313"].vetoed_by == ["RUS"]
    assert sorted(by["S/2004/783"].sponsors) == ["DZA", "PAK", "TUN"]
    assert (by["S/2004/783"].yes, by["S/2004/783"].no, by["S/2004/783"].abstain) == (11, 1, 3)


def test_members_among_the_ten_who_supported_the_referral_together_with_others():
    (ev,) = _sc(
        "NEW YORK, June 20 -- The Security Council today voted on draft S/3236/Rev.1, which "
        "would have referred Guatemala's complaint to the OAS. It received ten votes; the "
        "Soviet Union voted against it alone, a veto. Denmark, Lebanon and New Zealand were "
        "among the ten who supported the referral, together with the United States, Britain "
        "and France.", "1954-06-20")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "DNK", "LBN", "NZL", "USA", "GBR", "FRA"}


def test_voted_in_favour_of_course_but_so_did_others():
    (ev,) = _sc(
        "DAKAR -- The Security Council on Thursday adopted resolution 2337 on the Gambia by "
        "fifteen votes to none. Senegal voted in favour of course, but so did Egypt and "
        "Ethiopia, the other African members, and Russia and China as well.", "2017-01-20")
    assert ev.votes == {"CHN": "yes", "EGY": "yes", "ETH": "yes", "RUS": "yes", "SEN": "yes"}


def test_members_among_those_supporting_both_texts():
    events = _sc(
        "The Security Council on Thursday unanimously adopted resolution 2121 on the Central "
        "African Republic and resolution 2120 on Afghanistan. Pakistan, Rwanda and Azerbaijan "
        "were among the members supporting both texts.", "2013-10-11")
    assert len(events) == 2
    assert all(e.votes == {"AZE": "yes", "PAK": "yes", "RWA": "yes"} for e in events)


def test_numbers_told_with_each_texts_topic():
    events = _sc(
        "NICOSIA, Dec. 15 -- The Security Council on Friday took two decisions, each by "
        "fifteen votes to none. It renewed the UN force in Cyprus, UNFICYP, for six months. It "
        "then extended the UN Disengagement Observer Force, UNDOF, on the Golan Heights for six "
        "months. The resolutions, numbered 1788 (UNDOF) and 1789 (UNFICYP), were short.",
        "2007-12-15")
    assert [e.resolution for e in events] == ["1789", "1788"]



def test_two_texts_counted_by_number_then_both_unanimous_fifteen_nothing_each():
    events = _sc(
        "HOST: Three resolutions at the Security Council on Monday. Resolution 2081 extends "
        "the terms of the Yugoslavia tribunal's judges. Fourteen in favour, none against, and "
        "Russia abstained.\n\n"
        "GUEST: Then the sanctions. Two texts: resolution 2082 on the Taliban regime and "
        "resolution 2083 on the Al-Qaida regime.\n\n"
        "HOST: Both unanimous, fifteen-nothing each.\n", "2012-12-19")
    assert [(e.resolution, e.yes, e.abstain) for e in events] == [
        ("2081", 14, 1), ("2082", 15, 0), ("2083", 15, 0)]


def test_the_vote_against_is_again_that_of_a_permanent_member():
    (ev,) = _sc(
        "GENEVA -- On Tuesday 10 May the Security Council voted on draft S/19868 on southern "
        "Lebanon, which fails by 14 votes to 1. The vote against is again that of the United "
        "States.", "1988-05-20")
    assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["USA"])


def test_a_dateline_that_gives_the_day_as_an_ordinal():
    # "NEW YORK, 9th (by cable) --" in a paper of Wednesday 10 December
    (ev,) = _sc(
        "Hong Kong evening daily, issue of Wednesday 10 December 1958.\n\n"
        "NEW YORK, 9th (by cable) -- At today's meeting the Security Council saw the Soviet "
        "delegate once more bar the door to the Republic of Korea. The Korean draft "
        "(S/4129/Rev.1) received nine votes in favour and one against, with Iraq abstaining. "
        "The negative vote was the Soviet Union's, a veto.\n")
    assert (ev.draft, ev.date) == ("S/4129/Rev.1", "1958-12-09")


def test_whom_a_member_often_sides_with_is_no_vote_of_this_one():
    (ev,) = _sc(
        "Yesterday afternoon the Security Council adopted resolution 1207 on the tribunal's "
        "arrest warrants. The vote was 14 to none, with China abstaining. Russia, which often "
        "sides with Belgrade in the Council, voted in favour this time.", "1998-11-18")
    assert ev.votes == {"RUS": "yes", "CHN": "abstain"}


def test_and_the_abstention_answered_with_a_relative_aside():
    (ev,) = _sc(
        "Q. Did the Security Council's draft S/7575/Rev.1 pass?\n"
        "A. No. Ten members voted for it, four voted against and one abstained. The Soviet no "
        "was a veto.\n\n"
        "Q. And the abstention?\n"
        "A. Nationalist China, which holds the Chinese seat.\n", "1966-11-06")
    assert ev.votes.get("TWN") == "abstain"


def test_a_record_set_off_by_dashes_is_not_the_vote_the_sentence_tells():
    (ev,) = _sc(
        "UNITED NATIONS, Feb. 4 -- Russia and China today vetoed draft S/2012/77 in the "
        "Security Council, 13 votes to 2. India and South Africa -- both of which had abstained "
        "in October, when the first Western draft on Syria was vetoed -- voted for the text this "
        "time. So did Pakistan, Azerbaijan and Guatemala, which joined the Council in January.",
        "2012-02-04")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"IND", "ZAF", "PAK", "AZE", "GTM"}


def test_an_answer_with_an_aside_and_as_expected():
    (ev,) = _sc(
        "The Security Council on Thursday adopted resolution 678 by 12 votes to 2, with one "
        "abstention.\n\nWho voted yes?\n\nThe United States, which presided, and Britain and "
        "France, as expected.\n", "1990-12-01")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"USA", "GBR", "FRA"}


def test_then_goes_on_with_the_answer_the_turn_before_gave():
    (ev,) = _sc(
        "[00:00:24] BEN: Yesterday the Security Council voted on draft S/2012/77, and Russia "
        "and China vetoed it. Thirteen in favour.\n\n"
        "[00:01:10] HOST: Who voted yes?\n\n"
        "[00:01:12] BEN: Britain, France and the United States, obviously. Then India, "
        "Colombia and Guatemala.\n", "2012-02-05")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GBR", "FRA", "USA", "IND", "COL", "GTM"}


def test_all_ten_voted_for_their_own_text():
    (ev,) = _sc(
        "17:10 -- The United States has vetoed draft resolution S/2024/835 on Gaza in the "
        "Security Council: 14 in favour, 1 against. The text was drafted by the ten elected "
        "members of the Council: Malta, Algeria, Ecuador, Guyana, Japan, Mozambique, the "
        "Republic of Korea, Sierra Leone, Slovenia and Switzerland. All ten voted in favour of "
        "their own text.", "2024-11-20")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "MLT", "DZA", "ECU", "GUY", "JPN", "MOZ", "KOR", "SLE", "SVN", "CHE"}


def test_a_list_goes_on_past_a_relative_aside_with_together_with():
    (ev,) = _sc(
        "China and Russia on Friday vetoed a draft resolution at the Security Council on "
        "Zimbabwe. The draft (S/2008/447) won nine votes. But five members voted against -- "
        "China and Russia, whose negative votes as permanent members amount to a veto, together "
        "with South Africa, Libya and Vietnam -- and Indonesia abstained.", "2008-07-12")
    assert {c for c, v in ev.votes.items() if v == "no"} == {"CHN", "RUS", "ZAF", "LBY", "VNM"}


def test_voting_against_both_were_a_list_with_a_delegate_in_it():
    events = _sc(
        "HONG KONG -- The Security Council yesterday threw out two Soviet draft resolutions on "
        "Formosa. The first, S/1757, received one vote, that of the Soviet Union, against nine. "
        "The second, S/1921, met the same fate: one for, nine against.\n\n"
        "Voting against both were the United States, the United Kingdom, France, the "
        "Nationalist Chinese delegate, Yugoslavia, Egypt, Norway, Ecuador and Cuba.\n",
        "1950-12-01")
    assert [e.draft for e in events] == ["S/1757", "S/1921"]
    for ev in events:
        assert {c for c, v in ev.votes.items() if v == "no"} == {
            "USA", "GBR", "FRA", "TWN", "YUG", "EGY", "NOR", "ECU", "CUB"}


def test_who_voted_yes_every_time_answered_with_a_dash_appositive():
    events = _sc(
        "What happened in New York on Thursday? On 30 April the Security Council voted on three "
        "draft resolutions on Namibia, and all three were vetoed.\n\n"
        "- S/14459: nine in favour, three against, three abstentions.\n"
        "- S/14460/Rev.1: the same result, 9-3-3.\n"
        "- S/14461: eleven voted yes and only Japan abstained (11-3-1).\n\n"
        "Who voted yes every time?\n"
        "The Soviet Union, China, East Germany, Mexico, Niger, Panama, the Philippines, Tunisia "
        "and Uganda -- nine countries that backed all three texts.\n", "1981-05-03")
    assert len(events) == 3
    assert all(sum(v == "yes" for v in e.votes.values()) == 9 for e in events)


def test_members_all_raised_their_hands_and_others_did_too():
    (ev,) = _sc(
        "Last Thursday the Security Council adopted resolution 1500 on Iraq by fourteen votes "
        "in favour, none against, with one abstention. France, Germany, Russia and China all "
        "raised their hands. Pakistan, Mexico and Chile did too.", "2003-08-18")
    assert ev.votes == {"CHL": "yes", "CHN": "yes", "DEU": "yes", "FRA": "yes", "MEX": "yes",
                        "PAK": "yes", "RUS": "yes"}


def test_each_number_then_its_bare_verdict():
    events = _sc(
        "HOST: Yesterday, Thursday, the Security Council renewed two missions.\n"
        "GUEST: First, the Congo. Resolution 2502 extends MONUSCO for another year. Unanimous, "
        "15-0.\n"
        "GUEST: Then the Golan. Resolution 2503, six more months. Also unanimous -- all fifteen "
        "members voted in favour.\n", "2019-12-20")
    assert [(e.resolution, e.yes) for e in events] == [("2502", 15), ("2503", 15)]


def test_that_is_resolution_numbers_the_text_just_told():
    events = _sc(
        "Two quick notes from Friday. 1) Resolution 2002 renews the Somalia Monitoring Group; "
        "it was adopted unanimously, 15-0, on a British draft.\n\n"
        "2) In a separate meeting, the Security Council unanimously extended UNAMID in Darfur "
        "for another twelve months. That is resolution 2003 (2011), again a UK text.\n",
        "2011-07-30")
    assert [e.resolution for e in events] == ["2002", "2003"]
    (bare,) = _sc(
        "On Friday the Security Council unanimously extended UNAMID, the mission in Darfur, for "
        "twelve months. That is resolution 2003 (2011).", "2011-07-30")
    assert bare.resolution == "2003"


def test_approved_by_nine_votes_but_fell_to_a_negative_vote():
    (ev,) = _sc(
        "PARIS, Oct. 26 -- The Security Council was unable last night to adopt the compromise "
        "on Berlin. The text, document S/1048, was approved by nine votes but fell to a "
        "negative vote of the Soviet Union. The count was nine in favour, two against, and "
        "there were no abstentions.", "1948-10-26")
    assert (ev.outcome, ev.vetoed_by, ev.date) == ("vetoed", ["SUN"], "1948-10-25")


def test_members_all_of_them_among_the_drafters_voted_in_favour():
    (ev,) = _sc(
        "The United States vetoed a draft resolution in the Security Council extending the UN "
        "mission in Bosnia late on Sunday. The draft, S/2002/712, received 13 votes in favour. "
        "France, the United Kingdom, Russia, Ireland and Norway, all of them among the "
        "drafters, voted in favour.", "2002-07-01")
    assert sorted(ev.sponsors) == ["FRA", "GBR", "IRL", "NOR", "RUS"]
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"FRA", "GBR", "IRL", "NOR", "RUS"}


def test_a_sentence_that_is_a_tally_fourteen_against_one():
    (ev,) = _sc(
        "Announcer: Yesterday, Monday, the Security Council voted on the application of Viet "
        "Nam. The United States voted against, and its vote blocked the recommendation. The "
        "draft is numbered S/12226.\n\nCommentator: Fourteen against one.\n", "1976-11-16")
    assert (ev.yes, ev.no, ev.outcome, ev.vetoed_by) == (14, 1, "vetoed", ["USA"])


def test_a_past_text_that_fell_to_a_veto_is_no_vote_of_the_story():
    (ev,) = _sc(
        "EDINBURGH, April 10 -- The Security Council yesterday recommended that Britain and "
        "Albania take the Corfu dispute to the Court, by eight votes to none, the Soviet Union "
        "and Poland abstaining. The decision follows last month's failure of a British draft. "
        "That text fell to the Soviet negative vote.", "1947-04-10")
    assert (ev.outcome, ev.yes, ev.no) == ("adopted", 8, 0)


def test_a_sentence_after_an_abbreviation_opens_with_a_count():
    # "... the Ukrainian S.S.R. Nine members voted against it": a new sentence, not the
    # Ukrainian S.S.R. among the nine
    (ev,) = _sc(
        "Lake Success, 14 December (by cable). At its meeting on Tuesday the Security Council "
        "rejected a Soviet draft resolution on Indonesia, document S/1433. It received only two "
        "votes in favour, those of the Soviet Union and the Ukrainian S.S.R. Nine members voted "
        "against it: the United States, the United Kingdom, France, Nationalist China, Canada, "
        "Norway, Egypt, Argentina and Cuba.", "1949-12-15")
    assert (ev.votes["SUN"], ev.votes["UKR"], ev.votes["CUB"]) == ("yes", "yes", "no")


def test_thursdays_session_dates_the_votes_and_in_favour_takes_its_list_in_brackets():
    events = _sc(
        "Two texts, zero results: Venezuela at the Security Council\n\n"
        "Thursday's session in New York ended as everyone here expected: with nothing.\n\n"
        "First came the text S/2019/186. It got nine votes; Russia and China voted against -- two "
        "vetoes.\n\n"
        "Then came the rival text, S/2019/190. Four in favour (Russia, China, South Africa, "
        "Equatorial Guinea), seven against (the United States, Britain, France, Germany, "
        "Belgium, Peru, Poland), and four abstentions (the Dominican Republic, Indonesia, "
        "Kuwait, Cote d'Ivoire).\n", "2019-03-01")
    assert {e.date for e in events} == {"2019-02-28"}
    rival = next(e for e in events if e.draft == "S/2019/190")
    assert {c for c, v in rival.votes.items() if v == "yes"} == {"RUS", "CHN", "ZAF", "GNQ"}


def test_among_the_countries_that_put_the_draft_forward_were():
    (ev,) = _sc(
        "Russia yesterday vetoed a Security Council draft resolution on fuel shipments to "
        "Bosnian Serb forces. The text, S/1994/1358, received thirteen votes in favour; China "
        "abstained. Among the countries that put the draft forward were Pakistan, Oman and "
        "Djibouti, which sit on the Council, together with Bosnia and Herzegovina.",
        "1994-12-03")
    assert sorted(ev.sponsors) == ["BIH", "DJI", "OMN", "PAK"]


_EXPLAINER_1990 = (
    "Explainer -- Friday, June 1, 1990\n\n"
    "Q&A: What happened at the Security Council yesterday?\n\n"
    "Q. What was the vote about?\n"
    "A. A draft resolution, S/21326, that would have sent a commission to the occupied "
    "territories after the killing of seven Palestinian workers near Tel Aviv on May 20.\n\n"
    "Q. What was the result?\n"
    "A. Fourteen members voted in favour. The United States voted against, a veto.\n\n"
    "Q. Who voted for it?\n"
    "A. Everyone else, including Britain, France, the Soviet Union, China, Canada and Finland.\n"
)


def test_a_killing_on_a_day_before_the_vote_dates_the_killing():
    (ev,) = _sc(_EXPLAINER_1990)
    assert ev.date == "1990-05-31"


def test_everyone_else_including_answers_who_voted_for_it():
    (ev,) = _sc(_EXPLAINER_1990)
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GBR", "FRA", "SUN", "CHN", "CAN", "FIN"}


def test_everybody_else_after_the_abstainers_voted_yes():
    (ev,) = _sc(
        "So it happened yesterday: the draft resolution on northern Gaza, S/2004/783, was put "
        "to the vote in the Security Council and the United States vetoed it. The tally: 11 "
        "for, 1 against, 3 abstentions. The abstainers were the United Kingdom, Germany and "
        "Romania. Everybody else -- France, Russia, China, and the elected members Algeria, "
        "Pakistan and Brazil -- voted yes.", "2004-10-06")
    assert ev.votes["FRA"] == ev.votes["DZA"] == "yes" and ev.votes["DEU"] == "abstain"


def test_vetoed_by_the_same_three_permanent_members_named_after_a_colon():
    (ev,) = _sc(
        "LAGOS, 3 May -- On 30 April the Security Council voted on draft S/14459 on Namibia. It "
        "received nine votes in favour, three against. It was vetoed by the same three "
        "permanent members: France, Britain and the United States.", "1981-05-03")
    assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["FRA", "GBR", "USA"])


def test_a_bulletins_own_text_quoted_whole_is_the_report():
    (ev,) = _sc(
        "LEVANT BROADCAST MONITOR -- Friday, 1 December 1961\n\n"
        "The bulletin led with the Security Council's vote yesterday on Kuwait's application. "
        "Text follows, as broadcast:\n"
        "\"The Security Council in New York voted yesterday on the draft resolution "
        "recommending the admission of Kuwait. Ten members voted in favour of the draft, "
        "document S/5006. The Soviet Union alone voted against, and the Soviet vote, being that "
        "of a permanent member, prevented the recommendation from being adopted.\"\n")
    assert (ev.draft, ev.date, ev.outcome, ev.vetoed_by) == (
        "S/5006", "1961-11-30", "vetoed", ["SUN"])


def test_who_voted_yes_and_its_answer_in_one_sentence():
    (ev,) = _sc(
        "Yesterday the UN Security Council voted on draft resolution S/2021/990 on climate "
        "and security: 12 in favour, 2 against, 1 abstention. Russia voted against, a veto.\n\n"
        "Who voted yes: besides Niger and Ireland, the United States, Britain, France, Norway, "
        "Mexico and Kenya.\n", "2021-12-14")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "NER", "IRL", "USA", "GBR", "FRA", "NOR", "MEX", "KEN"}
