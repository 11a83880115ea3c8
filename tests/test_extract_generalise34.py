"""Generalisation checks from the thirteenth session: the blind sets heldout71 and heldout72
studied after they were scored, and heldout12 read again.

Facts are Sciences Po's; drafters are Voting-Agent's "Submitted by". Resolution 1887 (Thursday
24 September 2009, non-proliferation) passed 15-0 with Austria, Burkina Faso, Costa Rica,
Croatia, Japan, Libya, Mexico, Turkey, Uganda and Viet Nam as elected members; Hu Jintao and
Dmitry Medvedev led China and Russia then, Barack Obama the United States. Resolutions 990
(UNCRO) and 991 (the end of ONUSAL) passed 15-0 on Friday 28 April 1995. Resolution 624
(UNDOF) passed 15-0 on Wednesday 30 November 1988 and 625 (UNFICYP) 15-0 on Thursday 15
December 1988. Resolution 1216 (Guinea-Bissau) passed 15-0 on Monday 21 December 1998.
Resolution 2164 (MINUSMA, S/2014/403) passed 15-0 on Wednesday 25 June 2014, submitted by
Australia, France, Lithuania, Luxembourg, Britain and the United States. Resolution 1007 (Haiti,
S/1995/629) passed 15-0 on Monday 31 July 1995, submitted by Argentina, France, Honduras, the
United States, Canada and Venezuela. The UN Library's meeting tables: on 25 March 1947 the
Soviet Union vetoed the Corfu Channel draft, 7-2-1; on 12 September 1950 it vetoed draft
S/1752 on the bombing of Chinese territory, 7-1-2, and the Soviet draft S/1745/Rev.1 failed
1-8-1 at the same meeting (eleven members then, so one member took no part in either vote).
Yakov (Jacob) Malik was the Soviet representative in 1950. On 26 January 1976 the United
States vetoed draft S/11940 on the Palestinian question, 9-1-3, and on 6 February 1976 France
vetoed draft S/11967 on the Comoros, 11-1-3 (the meeting tables). On 30 April 1981 France,
Britain and the United States vetoed four drafts on Namibia: S/14459 and S/14460/Rev.1 9-3-3,
S/14461 11-3-1 and S/14462 12-3-0; the Soviet Union, China, East Germany, Mexico, Panama, the
Philippines, Niger, Tunisia and Uganda sat on the Council that year. Resolution 448 (Monday 30
April 1979, Rhodesia) passed 12-0-3, Britain, France and the United States abstaining, Nigeria
and Zambia voting yes. Resolutions 1338 (East Timor) and 1339 (Georgia) passed 15-0 on
Wednesday 31 January 2001. Resolution 998 (Friday 16 June 1995) passed 13-0-2, submitted by the
Netherlands, France, Britain and four others. Resolution 1506 (Friday 12 September 2003)
passed 13-0-2, France and the United States abstaining; Syria, Germany, Spain, Russia and China
voted yes. Resolution 1599 (Thursday 28 April 2005, Timor-Leste) passed 15-0 with Brazil, Japan
and the Philippines on the Council. Resolutions 789 (Cyprus) and 790 (UNDOF) passed 15-0 on
Wednesday 25 November 1992. Resolution 314 (Monday 28 February 1972, Rhodesia) passed 13-0-2,
Britain and the United States abstaining. Resolution 276 (Friday 30 January 1970, Namibia)
passed 13-0-2, France and Britain abstaining, the Soviet Union, the United States, Zambia,
Burundi, Sierra Leone and Finland voting yes. Resolution 65 (28 December 1948, Indonesia)
passed 9-0-2, Britain, France and Belgium voting yes. Resolution 2282 (Wednesday 27 April 2016,
peacebuilding) passed 15-0, submitted by Angola. Resolution 2474 (Tuesday 11 June 2019, missing
persons) passed 15-0, submitted by 67 states, Peru, Poland, Cote d'Ivoire, Armenia, Azerbaijan
and Serbia among them. Resolution 661 (Monday 6 August 1990, Iraq) passed 13-0-2, Cuba and
Yemen abstaining. Resolution 240 (Wednesday 25 October 1967, Suez) passed 15-0, with the
Nationalist Chinese delegate holding China's seat.
"""

from unvotes.extract import extract


def _one(text: str, published: str | None = None):
    events = [e for e in extract(text, published=published) if e.body == "SC"]
    assert len(events) == 1, [e.to_dict() for e in events]
    return events[0]


_SUMMIT = ("NEW YORK, Sept. 24 -- The Security Council on Thursday unanimously adopted resolution "
           "1887 on nuclear non-proliferation at a summit chaired by the American president. ")


def test_a_leader_named_with_his_country_counts_in_a_list():
    ev = _one(_SUMMIT + "President Hu Jintao of China and President Dmitry Medvedev of Russia "
              "raised their hands with the rest.", "2009-09-25")
    assert ev.votes.get("CHN") == "yes"
    assert ev.votes.get("RUS") == "yes"


def test_voted_with_a_titled_leader_and_as_did_a_group_spelled_out():
    ev = _one(_SUMMIT + "China and Russia voted with Mr Obama, as did the leaders of the ten "
              "elected members: Austria, Burkina Faso, Costa Rica, Croatia, Japan, Libya, Mexico, "
              "Turkey, Uganda and Viet Nam.", "2009-09-25")
    assert ev.votes.get("USA") == "yes"
    assert {k for k, v in ev.votes.items() if v == "yes"} >= {
        "CHN", "RUS", "AUT", "BFA", "CRI", "HRV", "JPN", "LBY", "MEX", "TUR", "UGA", "VNM"}


def test_as_did_after_voted_with_adds_to_those_who_sided():
    ev = _one(_SUMMIT + "Japan voted with the United States, as did Mexico and Uganda.",
              "2009-09-25")
    assert {k for k, v in ev.votes.items() if v == "yes"} >= {"JPN", "USA", "MEX", "UGA"}


_DIGEST = ("WORLD DESK DIGEST\nSaturday, 29 April 1995\n\n"
           "UNITED NATIONS (April 28) -- The Security Council on Friday took two decisions on "
           "peacekeeping.\n\n")


def test_a_day_in_a_relative_clause_after_the_vote_is_not_the_vote_day():
    # the day the mission ends comes after the digest's own day: it cannot be the vote's
    evs = [e for e in extract(
        _DIGEST + "Croatia: the Council first adopted resolution 990, setting up the new "
        "operation, by 15 votes to none.\n\nEl Salvador: later the Council unanimously adopted "
        "resolution 991, again 15 to 0, which brings the observer mission (ONUSAL) to a close on "
        "30 April.") if e.body == "SC"]
    assert [(e.resolution, e.date) for e in evs] == [("990", "1995-04-28"),
                                                   ("991", "1995-04-28")]


def test_a_day_told_before_as_someone_s_turn_dates_the_next_vote():
    text = ("PEACEKEEPING NOTES\nMonday, 19 December 1988\n\n"
            "Golan. On Wednesday 30 November the Security Council extended the observer force "
            "for six months. Resolution 624 was adopted 15-0-0.\n\n"
            "Cyprus. Last Thursday, 15 December, it was the turn of the force in Cyprus. "
            "Resolution 625 extends it to June; it too was adopted by 15 votes to none.")
    evs = [e for e in extract(text) if e.body == "SC"]
    assert [(e.resolution, e.date) for e in evs] == [("624", "1988-11-30"),
                                                   ("625", "1988-12-15")]


def test_a_number_read_aloud_with_a_hyphen_after_a_teen():
    ev = _one("ANCHOR: The Security Council voted unanimously late on Monday to back the peace "
              "accord in Guinea-Bissau.\n\nREPORTER: Fifteen in favour, none against. The "
              "resolution, numbered twelve-sixteen, asks both sides to keep the ceasefire.",
              "1998-12-22")
    assert ev.resolution == "1216"
    assert ev.date == "1998-12-21"


def test_co_sponsors_of_a_text_named_by_its_topic():
    ev = _one("UNITED NATIONS, June 25 -- The Security Council on Wednesday unanimously renewed "
              "the mission in Mali, adopting resolution 2164, which France drafted. Among the "
              "co-sponsors of the Mali text were Australia, Lithuania and Luxembourg.",
              "2014-06-25")
    assert set(ev.sponsors) == {"FRA", "AUS", "LTU", "LUX"}
    assert "MLI" not in ev.sponsors


def test_drafters_named_after_a_group_and_its_relative_clause():
    ev = _one("PORT-AU-PRINCE, Aug. 1 -- The Security Council on Monday unanimously extended the "
              "UN mission in Haiti with resolution 1007. The text was put forward by a group of "
              "countries that have long followed Haiti -- among them Argentina, Canada, Honduras "
              "and Venezuela.", "1995-08-01")
    assert set(ev.sponsors) == {"ARG", "CAN", "HND", "VEN"}
    assert ev.date == "1995-07-31"


def test_votes_in_favour_of_the_text_came_from_a_list():
    ev = _one("LAKE SUCCESS, March 25 -- The Soviet Union tonight vetoed the British draft on the "
              "Corfu Channel in the Security Council. The seven votes in favour of the British "
              "resolution came from the United States, France, China, Australia, Belgium, Brazil "
              "and Colombia.", "1947-03-26")
    assert ev.outcome == "vetoed"
    assert {k for k, v in ev.votes.items() if v == "yes"} == {
        "USA", "FRA", "TWN", "AUS", "BEL", "BRA", "COL"}


_BOMBING = ("LAKE SUCCESS, Sept. 12 -- The Security Council today rejected a Soviet demand that "
            "the United States be condemned for bombing Chinese territory, and minutes later "
            "Jacob A. Malik of the Soviet Union vetoed an American proposal for an inquiry.\n\n"
            "The American plan drew seven votes. Mr. Malik cast the only vote against it, and "
            "India and Yugoslavia abstained.\n\nThe Soviet resolution, S/1745/Rev.1, did worse: "
            "only the Soviet Union voted for it, eight members voted against and Yugoslavia "
            "abstained.\n\nThe Nationalist Chinese delegate took no part in either vote.")


def test_an_envoy_named_with_his_country_casts_the_veto_and_sitting_out_either_vote_is_both():
    evs = [e for e in extract(_BOMBING, published="1950-09-13") if e.body == "SC"]
    assert [e.outcome for e in evs] == ["vetoed", "failed"]
    vetoed, failed = evs
    assert vetoed.vetoed_by == ["SUN"] and vetoed.votes.get("SUN") == "no"
    assert "TWN" not in vetoed.vetoed_by
    assert (vetoed.yes, vetoed.no, vetoed.abstain) == (7, 1, 2)
    assert failed.draft == "S/1745/Rev.1"
    assert (failed.yes, failed.no, failed.abstain) == (1, 8, 1)


_TWO_VETOES = (
    "AFRICA REVIEW\nMarch 1976\n\nThe Security Council saw two vetoes in twelve days.\n\n"
    "The first came on 26 January. The non-aligned members put forward a text on the "
    "Palestinian question. Nine members voted for it. The United States alone voted against, "
    "and its negative vote was enough to kill it.\n\n"
    "The second veto was cast by France. Of the four Comoro islands, three voted for "
    "independence in 1974. The draft in front of the Council, S/11967, asked France to "
    "respect the unity of the Comoros. The vote on Friday, 6 February, was eleven in favour, "
    "one against and three abstentions.\n\nMayotte later voted to remain French.")


def test_vetoes_counted_then_told_one_by_one():
    evs = [e for e in extract(_TWO_VETOES) if e.body in ("SC", "GA")]
    assert [(e.body, e.date, e.outcome) for e in evs] == [
        ("SC", "1976-01-26", "vetoed"), ("SC", "1976-02-06", "vetoed")]
    first, second = evs
    assert first.vetoed_by == ["USA"] and first.yes == 9
    assert second.draft == "S/11967"
    assert (second.yes, second.no, second.abstain) == (11, 1, 3)


def test_a_people_voting_in_a_referendum_is_no_council_vote():
    evs = extract("UNITED NATIONS, Feb. 9 -- Islanders on Mayotte voted to remain French in "
                  "Sunday's referendum, and three of the four Comoro islands voted for "
                  "independence in 1974, a Security Council diplomat recalled.",
                  published="1976-02-09")
    assert evs == []


def test_members_voting_yes_on_all_four_drafts_told_one_by_one():
    text = ("UNITED NATIONS, April 30 -- Britain, France and the United States today vetoed four "
            "drafts that would have imposed sanctions on South Africa over Namibia.\n\n"
            "The first, S/14459, and the second, S/14460/Rev.1, were each backed by nine "
            "members. The third, S/14461, got 11 votes. The last, S/14462, got 12, against "
            "the three Western no votes.\n\nThe Soviet Union, China, Mexico and Niger voted "
            "yes on all four.")
    evs = [e for e in extract(text, published="1981-04-30") if e.body == "SC"]
    assert [e.draft for e in evs] == ["S/14459", "S/14460/Rev.1", "S/14461", "S/14462"]
    for ev in evs:
        assert ev.outcome == "vetoed"
        assert sorted(ev.vetoed_by) == ["FRA", "GBR", "USA"]
        assert {k for k, v in ev.votes.items() if v == "yes"} >= {"SUN", "CHN", "MEX", "NER"}


def test_abstainers_named_by_their_capitals_after_the_count():
    ev = _one("LAGOS, May 1 -- The Security Council on Monday adopted resolution 448 on Rhodesia. "
              "The vote was twelve in favour, none against and three abstentions -- the "
              "abstainers being London, Paris and Washington. Nigeria's delegation, whose term "
              "on the Council has given Lagos a loud voice in these debates, voted for the "
              "text, as did Zambia.", "1979-05-01")
    assert {k for k, v in ev.votes.items() if v == "abstain"} == {"GBR", "FRA", "USA"}
    assert ev.votes.get("NGA") == "yes" and ev.votes.get("ZMB") == "yes"


def test_in_resolution_n_the_council_extended_and_voting_with_the_other_fourteen():
    text = ("UNITED NATIONS, Jan. 31 -- The Security Council extended two missions on Wednesday, "
            "voting 15-0 each time.\n\nGEORGIA: The Council adopted resolution 1339, "
            "prolonging the observer mission. The vote was unanimous, with Moscow -- long at "
            "odds with Tbilisi over the bases -- voting with the other fourteen.\n\n"
            "EAST TIMOR: Earlier, in resolution 1338, the 15-nation Council extended the "
            "transitional administration for another year. That vote, too, was 15 to none.")
    evs = [e for e in extract(text, published="2001-02-01") if e.body == "SC"]
    assert sorted((e.resolution, e.date) for e in evs) == [("1338", "2001-01-31"),
                                                          ("1339", "2001-01-31")]
    assert next(e for e in evs if e.resolution == "1339").votes.get("RUS") == "yes"


def test_the_hague_stands_for_the_netherlands():
    ev = _one("UTRECHT, June 17 -- The Security Council voted thirteen to none, with two "
              "abstentions, for resolution 998 on Friday. The text was drawn up by The Hague "
              "together with Paris and London.", "1995-06-17")
    assert {"NLD", "FRA", "GBR"} <= set(ev.sponsors)


def test_the_yes_column_and_among_the_thirteen_who_voted_yes():
    ev = _one("SOFIA, Sept. 13 -- The Security Council on Friday lifted the sanctions on Libya "
              "with resolution 1506, by 13 votes to none with two abstentions. Among the "
              "thirteen who voted yes was Syria. Germany, Spain, Russia and China were also in "
              "the yes column.", "2003-09-13")
    assert {k for k, v in ev.votes.items() if v == "yes"} >= {"SYR", "DEU", "ESP", "RUS", "CHN"}


def test_a_list_goes_on_past_an_aside_to_neighbours_named_after_a_comma():
    ev = _one("DILI, April 29 -- The Security Council on Thursday adopted resolution 1599 "
              "unanimously. All fifteen members voted for it, including Brazil, a "
              "Portuguese-speaking country and a friend of Timor-Leste, and our neighbours in "
              "the region, Japan and the Philippines.", "2005-04-29")
    assert {k for k, v in ev.votes.items() if v == "yes"} >= {"BRA", "JPN", "PHL"}
    assert "TLS" not in ev.votes


def test_questions_rules_and_examples_in_an_explainer_are_no_votes():
    text = ("ASK THE EDITORS: IF A PERMANENT MEMBER ABSTAINS, HAS IT USED ITS VETO?\n\n"
            "Article 27(3) of the Charter provides that decisions of the Security Council are "
            "made by an affirmative vote of nine members. So what is a veto? In ordinary usage, "
            "a veto is a negative vote by a permanent member on a draft that otherwise has nine "
            "votes. When you read that a resolution was adopted with two abstentions, nobody "
            "was overruled.")
    assert extract(text, published="2024-03-14") == []


def test_the_first_was_on_a_topic_opens_the_other_text_and_that_decision_is_its_number():
    text = ("RADIO NEWS, Thursday 26 November 1992\n\nCORRESPONDENT: It was a long evening at "
            "the Security Council last night, with two separate meetings. The second one "
            "renewed the mandate of the observer force on the Golan Heights. That decision is "
            "resolution 790. It was adopted by 15 votes to none.\n\nPRESENTER: And the first "
            "meeting?\n\nCORRESPONDENT: The first was on Cyprus. Here too the Council was "
            "unanimous, fifteen in favour and nobody against.")
    evs = [e for e in extract(text) if e.body == "SC"]
    assert len(evs) == 2
    assert [e.resolution for e in evs].count("790") == 1
    assert all(e.date == "1992-11-25" and e.yes == 15 for e in evs)


def test_both_abstained_after_capitals_with_relative_asides():
    ev = _one("ACCRA, Feb. 29 -- The Security Council adopted resolution 314 on Rhodesia on "
              "Monday. Thirteen members voted for it and nobody voted against it, but two "
              "Western powers did not join in: London, which still calls the territory its "
              "colony, and Washington, where Congress opened the door to Rhodesian chrome, both "
              "abstained.", "1972-02-29")
    assert ev.votes.get("GBR") == "abstain" and ev.votes.get("USA") == "abstain"


def test_the_decision_came_on_friday_and_a_list_goes_on_past_a_dash_aside():
    text = ("NEW YORK, Saturday -- The Security Council has declared South Africa's presence in "
            "Namibia illegal.\n\nThe decision, resolution 276, came on Friday. Thirteen members "
            "voted in favour. Britain and France abstained.\n\nAmong those voting for were the "
            "Soviet Union and the United States -- not a common sight on such questions -- "
            "together with the African members, Zambia, Burundi and Sierra Leone, and Finland.")
    ev = _one(text, "1970-02-01")
    assert ev.date == "1970-01-30"
    assert {k for k, v in ev.votes.items() if v == "yes"} == {
        "SUN", "USA", "ZMB", "BDI", "SLE", "FIN"}


def test_joined_in_supporting_the_request_and_steered_the_text():
    ev = _one("PARIS, Dec. 29 -- The Security Council yesterday adopted resolution 65 by nine "
              "votes to none with two abstentions. France and Belgium joined Britain in "
              "supporting the request to the consuls.", "1948-12-29")
    assert {k for k, v in ev.votes.items() if v == "yes"} >= {"FRA", "BEL", "GBR"}
    ev = _one("NEW YORK, April 28 -- On Wednesday the Security Council adopted resolution 2282 "
              "unanimously. Angola, which sits on the Council, steered the text through.",
              "2016-04-28")
    assert ev.sponsors == ["AGO"]


def test_co_sponsors_from_the_council_s_own_ranks_as_well_as_countries_such_as():
    ev = _one("GENEVA, June 12 -- The Security Council voted 15 to none on Tuesday for "
              "resolution 2474 on people missing in armed conflict. Sixty-seven states "
              "co-sponsored it, among them Peru, Poland and Cote d'Ivoire from the Council's own "
              "ranks, as well as countries such as Armenia, Azerbaijan and Serbia.", "2019-06-12")
    assert set(ev.sponsors) == {"PER", "POL", "CIV", "ARM", "AZE", "SRB"}


def test_voting_with_the_western_powers_once_every_abstainer_is_named():
    ev = _one("UNITED NATIONS, Aug. 6 -- Resolution 661 was adopted on Monday by 13 votes in "
              "favour, none against and two abstentions. Cuba and Yemen abstained. The Soviet "
              "Union and China voted with the Western powers.", "1990-08-06")
    assert ev.votes.get("SUN") == "yes" and ev.votes.get("CHN") == "yes"
    assert ev.votes.get("CUB") == "abstain" and ev.votes.get("YEM") == "abstain"


def test_the_nationalist_chinese_delegate_in_a_list():
    ev = _one("TOKYO, Oct. 26 -- The Security Council unanimously adopted resolution 240 on "
              "Wednesday. Japan voted for it. So did India, the Soviet Union, the United States "
              "and the Nationalist Chinese delegate who holds China's seat.", "1967-10-26")
    assert {k for k, v in ev.votes.items() if v == "yes"} == {"JPN", "IND", "SUN", "USA", "TWN"}


def test_texts_counted_and_never_told_one_by_one_are_each_a_vote():
    # the meeting tables: on 30 November 1950 the Soviet Union vetoed S/1894 on Korea, 9-1-0,
    # and the Council rejected the Soviet drafts S/1921 and S/1757 on Formosa, 1-9-0 each
    text = ("LAKE SUCCESS, Nov. 30 -- The Soviet Union today vetoed a six-power draft, S/1894, "
            "calling on the Chinese Communists to withdraw from Korea; the vote was nine to one. "
            "At the same meeting the Council rejected two Soviet drafts on Formosa.")
    evs = [e for e in extract(text, published="1950-11-30") if e.body == "SC"]
    assert sorted(e.outcome for e in evs) == ["failed", "failed", "vetoed"]
    assert all(e.date == "1950-11-30" for e in evs)


def test_texts_vetoed_in_the_past_are_not_counted_as_today_s():
    # resolution 2139 (Saturday 22 February 2014, aid in Syria) passed 15-0
    text = ("UNITED NATIONS, Feb. 22 -- The Security Council today unanimously adopted "
            "resolution 2139 on aid in Syria. China, which has joined Russia in vetoing three "
            "earlier texts on Syria, voted in favour.")
    evs = [e for e in extract(text, published="2014-02-22") if e.body == "SC"]
    assert [e.outcome for e in evs] == ["adopted"]


# Sciences Po: resolutions 43 (truce appeal, 11-0) and 44 (special session of the Assembly,
# 9-0-2, the Soviet Union and the Ukrainian SSR abstaining) on 1 April 1948; 51 (Kashmir,
# Thursday 3 June 1948, 8-0-3, China, the Soviet Union and the Ukrainian SSR abstaining) and
# 55 (Indonesia, Thursday 29 July 1948, 9-0-2); 269 (Namibia, Tuesday 12 August 1969, 11-0-4,
# France, Britain, the United States and Finland abstaining).

def test_two_votes_of_one_sitting_and_the_assembly_named_in_a_reason():
    text = ("LAKE SUCCESS, 1 April -- The Security Council decided this afternoon to ask for a "
            "special session of the General Assembly on Palestine.\n\nThat request obtained "
            "nine votes; there were none against, and the Soviet Union and the Ukrainian Soviet "
            "Republic abstained, their representatives explaining that in their view the "
            "Assembly had already settled the question. France voted with the majority.\n\n"
            "Earlier in the same sitting the Council had adopted an appeal for a truce, calling "
            "on both to cease acts of violence. That text was approved unanimously -- the "
            "Soviet and Syrian delegates raising their hands alongside the Americans.")
    evs = [e for e in extract(text, published="1948-04-01")]
    assert [e.body for e in evs] == ["SC", "SC"]
    request, truce = evs
    assert (request.yes, request.no, request.abstain) == (9, 0, 2)
    assert {k for k, v in request.votes.items() if v == "abstain"} == {"SUN", "UKR"}
    assert truce.yes == 11
    assert {k for k, v in truce.votes.items() if v == "yes"} == {"SUN", "SYR", "USA"}


_TABLE = """NOTES ON THE SECURITY COUNCIL -- issued 16 August 1948

Two decisions of the quarter are set out below. Both were adopted.

------------------------------------------------------------
ITEM            INDIA-PAKISTAN QUESTION
Meeting date    Thursday, 3 June 1948
Result          ADOPTED -- 8 in favour, none against, 3 abstentions
Abstaining      China; USSR; Ukrainian SSR
In favour       incl. United Kingdom, United States, Belgium
------------------------------------------------------------
ITEM            INDONESIAN QUESTION
Meeting date    Thursday, 29 July 1948
Result          ADOPTED -- 9 in favour, none against, 2 abstentions
Abstaining      USSR; Ukrainian SSR
In favour       United States, United Kingdom, France, China,
                Canada, Argentina, Colombia, Syria
------------------------------------------------------------
"""


def test_a_table_of_decisions_with_labelled_rows():
    evs = [e for e in extract(_TABLE) if e.body == "SC"]
    assert [(e.date, e.yes, e.no, e.abstain) for e in evs] == [
        ("1948-06-03", 8, 0, 3), ("1948-07-29", 9, 0, 2)]
    kashmir, indonesia = evs
    assert {k for k, v in kashmir.votes.items() if v == "abstain"} == {"TWN", "SUN", "UKR"}
    assert {k for k, v in kashmir.votes.items() if v == "yes"} == {"GBR", "USA", "BEL"}
    # (the ninth vote in favour, Belgium's, by elimination from the Council of 1948)
    assert {k for k, v in indonesia.votes.items() if v == "yes"} == {
        "USA", "GBR", "FRA", "TWN", "CAN", "ARG", "COL", "SYR", "BEL"}


def test_a_roll_call_with_dot_leaders():
    text = ("SOUTHERN AFRICA RECORD -- 22 August 1969\n\nSecurity Council resolution 269 was "
            "adopted on Tuesday, 12 August 1969, by 11 votes to none with 4 abstentions.\n\n"
            "ROLL CALL\n\n"
            "  Algeria ............................ In favour\n"
            "  Finland ............................ Abstained\n"
            "  France ............................. Abstained\n"
            "  Union of Soviet Socialist Republics  In favour\n"
            "  United Kingdom ..................... Abstained\n"
            "  United States ...................... Abstained\n")
    ev = _one(text)
    assert ev.votes == {"DZA": "yes", "SUN": "yes", "FIN": "abstain", "FRA": "abstain",
                        "GBR": "abstain", "USA": "abstain"}


def test_applicants_voted_for_and_the_members_completing_the_nine():
    # the veto list and the meeting tables: on 1 October 1947 the Soviet Union vetoed both
    # Italy's and Finland's admission, each 9-2-0
    text = ("LAKE SUCCESS, 1 October -- Yesterday the Security Council voted once more on "
            "admitting new members. The Soviet delegate raised his hand against Italy: nine in "
            "favour, two against, no abstentions, and the negative vote of a permanent member "
            "is a veto. Among those who voted for Italy were the United States, the United "
            "Kingdom and France, with China, Belgium, Australia, Brazil, Colombia and Syria "
            "completing the nine.\n\nFinland fared no better. Its application, considered at "
            "the same sitting, also drew nine votes against two and was likewise blocked by "
            "the Soviet veto.")
    evs = [e for e in extract(text, published="1947-10-02") if e.body == "SC"]
    assert [e.outcome for e in evs] == ["vetoed", "vetoed"]
    assert all(e.vetoed_by == ["SUN"] for e in evs)
    assert {k for k, v in evs[0].votes.items() if v == "yes"} == {
        "USA", "GBR", "FRA", "TWN", "BEL", "AUS", "BRA", "COL", "SYR"}


# Voting-Agent: resolution 2064 (Thursday 30 August 2012, UNIFIL, 15-0) was submitted by France,
# Germany, Italy, Spain, Britain and the United States; 2388 (Tuesday 21 November 2017,
# trafficking, 15-0) by dozens of states, Italy, Sweden, Ukraine and the United States among
# them; 1900 and 1901 (Wednesday 16 December 2009, the tribunals' judges, 15-0) by Austria.

def test_tabled_by_one_and_co_sponsored_by_others():
    ev = _one("ROME, Aug. 31 -- The Security Council yesterday unanimously renewed UNIFIL. "
              "Resolution 2064 was tabled by France, which leads on Lebanon in the Council, and "
              "co-sponsored by Germany, the United Kingdom and the United States -- all of them "
              "Council members this year -- and by Italy and Spain.", "2012-08-31")
    assert set(ev.sponsors) == {"FRA", "DEU", "GBR", "USA", "ITA", "ESP"}


def test_among_the_members_that_put_their_names_to_the_draft():
    ev = _one("GENEVA, Nov. 22 -- The Security Council unanimously adopted resolution 2388 on "
              "Tuesday. Among the Council members that put their names to the draft were Italy, "
              "Sweden, Ukraine and the United States.", "2017-11-22")
    assert set(ev.sponsors) == {"ITA", "SWE", "UKR", "USA"}


def test_bulleted_texts_told_out_of_order():
    text = ("ARUSHA, Friday 18 December 2009 -- On Wednesday the Security Council extended the "
            "terms of the judges of both tribunals at back-to-back meetings.\n\n"
            "* ICTR. Resolution 1901 (2009) extends the terms of the Rwanda tribunal's judges. "
            "It was adopted unanimously, fifteen votes to none.\n\n"
            "* ICTY. The Hague's turn came first. Resolution 1900 (2009) extends the terms of "
            "the Yugoslavia tribunal's judges. It, too, was adopted by fifteen votes to none.")
    evs = [e for e in extract(text) if e.body == "SC"]
    assert [(e.resolution, e.date, e.yes) for e in evs] == [
        ("1901", "2009-12-16", 15), ("1900", "2009-12-16", 15)]


# Sciences Po: resolution 118 (Saturday 13 October 1956, the Suez principles) passed 11-0;
# resolution 798 (Friday 18 December 1992, Bosnia) passed 15-0.

def test_adopted_by_the_votes_of_all_its_members_and_a_list_past_and_dash_aside():
    ev = _one("ANTWERP, Oct. 15 -- On Saturday the Security Council adopted, by the votes of all "
              "eleven of its members, six requirements for a Suez settlement. The Belgian "
              "delegation voted in favour, as did Britain and France and, -- the detail most "
              "remarked on -- the Soviet Union and Yugoslavia.", "1956-10-15")
    assert (ev.yes, ev.no, ev.abstain) == (11, 0, 0)
    assert {k for k, v in ev.votes.items() if v == "yes"} == {"BEL", "GBR", "FRA", "SUN", "YUG"}
    ev = _one("LISBON, Dec. 21 -- Resolution 798, adopted on Friday evening in New York by all "
              "fifteen members of the Security Council, demands that the camps be closed.",
              "1992-12-21")
    assert (ev.resolution, ev.date, ev.yes, ev.no) == ("798", "1992-12-18", 15, 0)


# Sciences Po: resolution 1329 (Thursday 30 November 2000, the tribunals) and resolution 2171
# (Thursday 21 August 2014, conflict prevention) passed 15-0.

def test_a_comparison_with_other_texts_is_not_a_plural_vote():
    ev = _one("THE HAGUE, Dec. 1 -- The Security Council on Thursday adopted resolution 1329 on "
              "the tribunals. It passed unanimously, as these housekeeping resolutions almost "
              "always do -- 15 votes in favour, none against, no abstentions.", "2000-12-01")
    assert (ev.yes, ev.no, ev.abstain) == (15, 0, 0)


def test_an_adjective_aside_between_the_members_and_their_verb():
    ev = _one("LONDON, Aug. 22 -- The Security Council on Thursday unanimously adopted resolution "
              "2171 on conflict prevention. Russia and China, often wary of anything that might "
              "justify intervention in the internal affairs of states, both voted in favour.",
              "2014-08-22")
    assert ev.votes == {"RUS": "yes", "CHN": "yes"}


# Sciences Po: resolution 1269 (Tuesday 19 October 1999, terrorism) passed 15-0; 2023 (Monday
# 5 December 2011, Eritrea) passed 13-0-2, submitted by Gabon and Nigeria (Voting-Agent); 646
# (Thursday 14 December 1989, Cyprus) passed 15-0.

def test_members_named_besides_a_group_are_not_that_group():
    ev = _one("OTTAWA, Oct. 20 -- The Security Council unanimously adopted resolution 1269 on "
              "Tuesday. Canada and the Netherlands, the two members from the alliance besides "
              "the three Western permanent members, were among those voting yes.", "1999-10-20")
    assert ev.votes == {"CAN": "yes", "NLD": "yes"}


def test_drafted_by_two_of_its_three_african_members():
    ev = _one("ADDIS ABABA, Dec. 6 -- The Security Council on Monday voted to tighten sanctions "
              "on Eritrea, adopting resolution 2023, drafted by two of its three African "
              "members, Gabon and Nigeria.", "2011-12-06")
    assert ev.sponsors == ["GAB", "NGA"]


def test_a_summing_up_of_the_texts_already_told_adds_none():
    text = ("WINTER BULLETIN -- mailed 20 December 1989\n\nThe Security Council voted on "
            "Thursday, 14 December, to keep the force in Cyprus for six more months. The "
            "resolution, numbered 646, was carried 15 votes to none.\n\nOn Friday, 9 June, the "
            "Council had adopted resolution 634, again unanimously.\n\nSo that is two renewals "
            "this year, both by fifteen votes, with not a single abstention between them.")
    evs = [e for e in extract(text) if e.body == "SC"]
    assert sorted(e.resolution for e in evs) == ["634", "646"]
