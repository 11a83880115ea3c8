"""Generalisation checks from the eighth session's rounds: membership rounds told applicant by
applicant.

The Council votes on each application for membership separately, and the papers of the
1940s and 1950s reported a round as a list of applicants: "the applications of seven
states ...: A, B, ... Each application was put to the vote separately, and each time ...";
"When the name of Italy was put to the vote ... Austria fared worse still. Her application
obtained eight votes"; "Ireland's application ... Portugal's application met exactly the
same fate ... Transjordan was also refused. Its application gathered eight votes". Each
applicant named with an admission word is then a vote of its own. A story that names two
states without one ("the resolution on Lebanon and Syria") is not a membership round. Also:
"The two votes against were cast by A and B" names the side.

Facts are Sciences Po's: on 13 September 1949 the Soviet Union vetoed the applications of
Portugal (S/1331), Transjordan, Italy, Finland (S/1334), Ireland, Austria and Ceylon, each
9-2 with the Ukrainian SSR also against, Norway, Cuba, Egypt, Argentina and Canada among the
members; on 21 August 1947 resolution 29 recommended Pakistan and Yemen 11-0, Italy failed
9-1-1 (the Soviet Union against, Poland abstaining) and Austria 8-1-2 (France and Poland
abstaining); on 29 August 1946 Portugal, Ireland and Transjordan each failed 8-2-1 (the
Soviet Union and Poland against, Australia abstaining) and resolution 8 recommended
Afghanistan, Iceland and Sweden 10-0-1; resolution 1680 (17 May 2006, Lebanon and Syria)
passed 13-0-2, Russia and China abstaining. Also from the eighth session's blind sets
(heldout39 and heldout40): resolution 938 (Thursday 28 July 1994) renewed UNIFIL and
resolution 939 (Friday 29 July 1994) dealt with Cyprus, each 14-0 with Rwanda not voting;
resolutions 207 (Cyprus) and 208 (the date of an election to the International Court of
Justice) were adopted 11-0 on 10 August 1965, Uruguay and Bolivia among the members. The
phrasings: "The very next day, Friday 29 July, the Council adopted resolution 939" (another
vote, as fresh as the one before); "Once again the result was fourteen votes to none, with
Rwanda absent and no abstentions" (this vote, repeated; "with Rwanda absent"); "took two
decisions, both by eleven votes to none ... The first concerns Cyprus ... The text was
registered as resolution 207. The second decision, resolution 208, ..." and "Both texts were
approved by all eleven members, Uruguay and Bolivia among them". Drafters and days, with
Voting-Agent's "Submitted by": resolution 1867 (Thursday 26 February 2009, Timor-Leste, 15-0,
draft S/2009/111) by Australia, France, Japan, Malaysia, New Zealand, Portugal, Turkey,
Britain and the United States ("was among the co-sponsors of the draft (S/2009/111), together
with Japan, Portugal and New Zealand"); resolution 1037 (Monday 15 January 1996, eastern
Slavonia, 15-0) by France, Germany, Italy, Poland, the Republic of Korea, Russia, Britain and
the United States ("drafted by France, ... and the United States, joined by Poland and South
Korea"), reported in a Croatian paper dated "Utorak, 16. sije\u010dnja 1996."; resolution 1156
(Monday 16 March 1998, Sierra Leone, 15-0) by Kenya and Britain, on a page "Last updated:
Tuesday, 17 March 1998"; resolution 1948 (Thursday 18 November 2010, EUFOR Althea, 15-0) on a
German wire dated "Thu, 18.Nov 2010"; resolution 178 (Wednesday 24 April 1963, Senegal's
complaint, 11-0) under "NEW YORK, 25 April (from our special correspondent). --". Numbers
and rolls: resolution 33 (Wednesday 27 August 1947, 10-0-1, Australia abstaining) "The
Secretariat has registered the text as resolution 33"; resolution 292 (Wednesday 10 February
1971, Bhutan, 15-0, the Republic of China in the China seat) "registered as resolution 292",
"the representative of Taipei ... raised his hand in favour"; resolution 2694 (Wednesday 2
August 2023, Colombia, 15-0) "With resolution 2694, it will also monitor ..."; resolution 2259
(Wednesday 23 December 2015, Libya, 15-0) "Russia and China voted with the rest"; resolution 223
(Tuesday 21 June 1966, Guyana, 15-0) with Argentina (in the DPPA membership table), Uruguay,
Nigeria and Uganda among the members and "the
Soviet Union and the United States, which ... at the U.N. these days, both voted yes". The
paper's own state: resolution 1230 (Friday 26 February 1999, MINURCA, 15-0) with Gabon on the
Council, "Our country, which holds one of the elected seats on the Council this year, voted
for the text" under the masthead "L'ESTUAIRE MATIN -- Libreville"; resolution 405 (14 April
1977, 15-0) with Benin on the Council, "Our own delegation ... voted in favour" under a
translator's note and then "LE PHARE DU GOLFE (Cotonou daily)". Co-sponsors told after a
group, with Voting-Agent's "Submitted by": resolution 1165 (30 April 1998, Rwanda tribunal)
by Costa Rica, France, the Gambia, Kenya, Portugal, Slovenia, Sweden, Britain and the United
States ("Nine countries sponsored the text, among them Kenya and the Gambia, which both sit on
the Council this year, together with Sweden, ..."); resolution 1908 (19 January 2010, Haiti)
among others by Brazil, Canada, France, the United States, Chile, Uruguay, Guatemala and Peru
("co-sponsored by a long list of countries, members and non-members of the Council alike --
among them Brazil, whose soldiers ..., Canada, ..."); resolution 2378 (20 September 2017,
peacekeeping reform) among others by Kenya, Rwanda and Uganda ("including three of our
neighbours and fellow troop contributors -- Kenya, Rwanda and Uganda --"); resolution 2573 (27
April 2021, civilian objects) among others by Ireland, Norway, Mexico, Niger and Estonia
("More than sixty countries co-sponsored it, among them Council members Ireland, ...").
Words that only look like a failed vote: "That is precisely where, in the view of this
newspaper, the text falls short" (resolution 258, Wednesday 18 September 1968, 14-0-1,
Algeria abstaining) and "Council's choice falls on Boutros-Ghali" (resolution 720, Thursday
21 November 1991, adopted unanimously). A 1947 evening paper: resolution 20 (Monday 10 March
1947, the Atomic Energy Commission's first report) passed 11-0, the Soviet Union and Poland
with Australia, Belgium, Brazil, China, Colombia, France, Syria, Britain and the United States,
told under "TUESDAY, MARCH 11, 1947." (the paper's date line, no dateline), a stack of
headlines, "(Received 2.15 p.m.)" and "LAKE SUCCESS, March 10." on a line of its own.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_ROSTER = (
    "EVENING TELEGRAPH, Wednesday 14 September 1949\n\n"
    "SEVEN DOORS CLOSED AT LAKE SUCCESS\n\n"
    "The Security Council yesterday went back over the applications of seven states that "
    "had been turned away before: Portugal, Transjordan, Italy, Finland, Ireland, Austria "
    "and Ceylon. Each application was put to the vote separately, and each drew nine votes "
    "in favour and two against. The two votes against were cast by the Soviet Union and the "
    "Ukrainian Soviet Republic, and the Soviet vote, that of a permanent member, was a "
    "veto each time.\n\n"
    "For Finland the text was draft resolution S/1334. Norway voted for it, as did Cuba, "
    "Egypt, Argentina and Canada.\n")


def test_each_applicant_of_a_roster_is_its_own_vetoed_recommendation() -> None:
    events = _sc(_ROSTER, "1949-09-14")
    assert len(events) == 7
    for e in events:
        assert e.date == "1949-09-13"
        assert e.outcome == "vetoed" and e.vetoed_by == ["SUN"]
        assert (e.yes, e.no) == (9, 2)
        assert e.votes["SUN"] == "no" and e.votes["UKR"] == "no"


def test_what_the_roster_story_says_of_one_applicant_stays_with_it() -> None:
    events = _sc(_ROSTER, "1949-09-14")
    finland = [e for e in events if e.draft == "S/1334"]
    assert len(finland) == 1
    assert {"NOR", "CUB", "EGY", "ARG", "CAN"} <= {k for k, v in finland[0].votes.items()
                                                   if v == "yes"}
    others = [e for e in events if e.draft != "S/1334"]
    assert all("NOR" not in e.votes for e in others)


def test_applicants_told_one_after_another_keep_their_own_counts() -> None:
    text = ("KARACHI MORNING POST\nFriday, August 22, 1947\n\n"
            "LAKE SUCCESS, Aug. 21.\n\n"
            "Pakistan's application for membership of the United Nations was approved by the "
            "Security Council on Thursday by eleven votes to none.\n\n"
            "The same sitting was harder on two European applicants. When the name of Italy "
            "was put to the vote, nine members voted in favour. The Soviet Union alone voted "
            "against, and Poland abstained.\n\n"
            "Austria fared worse still. Her application obtained eight votes; the Soviet Union "
            "again voted no, while France and Poland abstained.\n")
    events = _sc(text, "1947-08-22")
    counts = sorted((e.outcome, e.yes, e.no, e.abstain) for e in events)
    assert counts == [("adopted", 11, 0, 0), ("vetoed", 8, 1, 2), ("vetoed", 9, 1, 1)]
    austria = next(e for e in events if e.yes == 8)
    assert austria.votes.get("FRA") == "abstain"
    italy = next(e for e in events if e.yes == 9)
    assert "FRA" not in italy.votes


def test_an_applicant_refused_in_the_same_way_is_a_vote_of_its_own() -> None:
    text = ("THE EVENING HERALD, Friday, August 30, 1946\n\n"
            "NEW YORK, Aug. 29.\n\n"
            "Ireland's application to join the United Nations was rejected by the Security "
            "Council today, when the Soviet delegate used the veto. Australia abstained.\n\n"
            "Portugal's application met the same fate at the same sitting. The Soviet "
            "delegate again voted against. Australia abstained once more.\n\n"
            "Transjordan was also refused. Its application gathered eight votes in favour, but "
            "the Soviet Union and Poland voted against and Australia abstained.\n\n"
            "Afghanistan, Iceland and Sweden were recommended for admission together, by ten "
            "votes to none with Australia abstaining.\n")
    events = _sc(text, "1946-08-30")
    assert len(events) == 4
    vetoed = [e for e in events if e.outcome == "vetoed"]
    assert len(vetoed) == 3
    assert all(e.vetoed_by == ["SUN"] and e.votes.get("AUS") == "abstain" for e in vetoed)
    [adopted] = [e for e in events if e.outcome == "adopted"]
    assert (adopted.yes, adopted.no, adopted.abstain) == (10, 0, 1)


def test_two_states_named_without_an_admission_word_are_one_text() -> None:
    text = ("Written answer, 19 May 2006\n\n"
            "On 17 May the Security Council adopted resolution 1680 on Lebanon and Syria by "
            "13 votes, with Russia and China abstaining. The resolution encourages the "
            "Government of Syria to respond to the request of the Government of Lebanon to "
            "delimit their common border. Lebanon's sovereignty is at the heart of the text.\n")
    [e] = _sc(text, "2006-05-19")
    assert e.resolution == "1680"
    assert e.votes == {"CHN": "abstain", "RUS": "abstain"}


def test_votes_against_cast_by_name_the_side() -> None:
    text = ("LAKE SUCCESS, Sept. 13 -- The Security Council today rejected Ceylon's "
            "application for membership. Nine members voted in favour. The two votes against "
            "were cast by the Soviet Union and the Ukrainian Soviet Republic.\n")
    [e] = _sc(text, "1949-09-13")
    assert e.votes == {"SUN": "no", "UKR": "no"}
    assert e.outcome == "vetoed"


def test_the_very_next_day_is_another_vote_as_fresh_as_the_one_before() -> None:
    text = ("VETERANS' NEWSLETTER\nNo. 41 - posted to members on Monday 8 August 1994\n\n"
            "LEBANON. On Thursday 28 July the Security Council renewed the mandate of UNIFIL for a "
            "further six months. The vote was fourteen in favour, none against and no "
            "abstentions.\n\n"
            "CYPRUS. The very next day, Friday 29 July, the Council adopted resolution 939 on "
            "the Cyprus question. Once again the result was fourteen votes to none, with "
            "Rwanda absent and no abstentions.\n")
    events = _sc(text, "1994-08-08")
    assert [(e.date, e.resolution) for e in events] == [("1994-07-28", None),
                                                         ("1994-07-29", "939")]
    cyprus = events[1]
    assert (cyprus.yes, cyprus.no, cyprus.abstain) == (14, 0, 0)
    assert cyprus.votes.get("RWA") == "absent"


def test_two_decisions_told_together_then_one_by_one() -> None:
    text = ("EL DIARIO -- Montevideo -- 11 August 1965\n\n"
            "NEW YORK, 10. -- At a sitting yesterday the Security Council took two decisions, "
            "both by eleven votes to none, without a single abstention.\n\n"
            "The first concerns Cyprus. The Council reaffirmed its resolution of 4 March 1964. "
            "The text was registered as resolution 207.\n\n"
            "The second decision, resolution 208, fixes the date of an election to the "
            "International Court of Justice.\n\n"
            "Both texts were approved by all eleven members, Uruguay and Bolivia among them.\n")
    events = _sc(text, "1965-08-11")
    assert sorted(e.resolution for e in events) == ["207", "208"]
    for e in events:
        assert e.date == "1965-08-10"
        assert (e.yes, e.no, e.abstain) == (11, 0, 0)
        assert e.votes.get("URY") == "yes" and e.votes.get("BOL") == "yes"


def test_co_sponsors_after_a_symbol_in_parentheses() -> None:
    text = ("DARWIN, Friday 27 February 2009 -- The Security Council on Thursday extended the "
            "UN mission in Timor-Leste for a year. Resolution 1867 was adopted unanimously. "
            "Australia, which is not on the Council, was among the co-sponsors of the draft "
            "(S/2009/111), together with Japan, Portugal and New Zealand.\n")
    [e] = _sc(text, "2009-02-27")
    assert {"AUS", "JPN", "PRT", "NZL"} <= set(e.sponsors)


def test_drafters_joined_by_more_drafters_in_a_croatian_dated_paper() -> None:
    text = ("RIJE\u010cKI VE\u010cERNJI GLASNIK - Utorak, 16. sije\u010dnja 1996.\n"
            "[English translation]\n\n"
            "The United Nations Security Council yesterday set up a transitional "
            "administration for eastern Slavonia. All fifteen members of the Council voted for "
            "resolution 1037. The text was drafted by France, Germany, Italy, Britain, Russia "
            "and the United States, joined by Poland and South Korea.\n")
    [e] = _sc(text, None)
    assert e.date == "1996-01-15"
    assert {"POL", "KOR", "FRA", "USA"} <= set(e.sponsors)


def test_a_page_update_stamp_is_not_the_day_of_the_vote() -> None:
    text = ("News from home - UN lifts oil embargo on Sierra Leone\n\n[ Home | News archive "
            "| Links ] | UN SECURITY COUNCIL LIFTS OIL EMBARGO ON SIERRA LEONE Last updated: "
            "Tuesday, 17 March 1998, 10:40 GMT LONDON - The United Nations Security Council on "
            "Monday ended the ban on the sale of petroleum to Sierra Leone, less than a week "
            "after President Kabbah returned to Freetown. Resolution 1156 (1998) was adopted "
            "unanimously by the fifteen members of the Council.\n")
    [e] = _sc(text, "1998-03-17")
    assert e.date == "1998-03-16"


def test_a_german_wire_header_day_with_a_dot() -> None:
    text = ("WND0473 5 AA 0412 II/AA/UN/Bosnien/EUFOR\nThu, 18.Nov 2010    23:06\n\n"
            "   New York/Vienna (WND) - The UN Security Council on Thursday extended the "
            "authorisation for EUFOR Althea by twelve months. Resolution 1948 (2010) was adopted "
            "unanimously by all 15 members of the Council.\n")
    [e] = _sc(text, None)
    assert e.date == "2010-11-18"


def test_a_dateline_with_a_long_aside_gives_way_to_the_weekday() -> None:
    text = ("L'ECHO -- Rabat -- vendredi 26 avril 1963\n\n"
            "NEW YORK, 25 April (from our special correspondent). -- The Security Council closed "
            "its debate on Senegal's complaint on Wednesday evening with a text that deplores "
            "the incursion at Bouniak.\n\n"
            "The resolution was adopted unanimously by the eleven members of the Council.\n")
    [e] = _sc(text, None)
    assert e.date == "1963-04-24"


def test_the_number_a_text_was_registered_under() -> None:
    text = ("LE COURRIER -- Brussels -- Friday 29 August 1947\n\n"
            "LAKE SUCCESS, 28 August. -- The Security Council on Wednesday settled a quarrel "
            "over its rules on the admission of new Members. By ten votes to none, with only "
            "Australia abstaining, the eleven members adopted a text prepared by their Committee "
            "of Experts.\n\nThe Secretariat has registered the text as resolution 33.\n")
    [e] = _sc(text, None)
    assert (e.date, e.resolution) == ("1947-08-27", "33")
    assert e.votes == {"AUS": "abstain"}


def test_what_the_new_text_does_names_its_number() -> None:
    text = ("Transcript, Thursday 3 August 2023, morning news\n\n"
            "CORRESPONDENT: Yesterday afternoon, New York time, the Security Council voted "
            "unanimously -- all fifteen members -- to widen the mandate of the UN Verification "
            "Mission in Colombia. With resolution 2694, it will also monitor the ceasefire with "
            "the National Liberation Army.\n")
    [e] = _sc(text, None)
    assert (e.date, e.resolution, e.yes) == ("2023-08-02", "2694", 15)


def test_the_representative_of_taipei_raised_his_hand_in_favour() -> None:
    text = ("NEW DELHI, Feb. 12, 1971 -- The Security Council on Wednesday recommended Bhutan's "
            "admission. The Council's recommendation, registered as resolution 292, now goes to "
            "the General Assembly. The vote was fifteen to none. Even the representative of "
            "Taipei, who still occupies the China seat on the Council, raised his hand in "
            "favour.\n")
    [e] = _sc(text, "1971-02-13")
    assert e.resolution == "292"
    assert e.votes == {"TWN": "yes"}


def test_voted_with_the_rest_of_a_unanimous_council() -> None:
    text = ("TUNIS, 24 December 2015 -- The United Nations Security Council on Wednesday "
            "unanimously endorsed the Libyan Political Agreement. Resolution 2259, drafted by "
            "the United Kingdom, was adopted by all 15 members of the Council, 15 votes to none. "
            "Russia and China voted with the rest.\n")
    [e] = _sc(text, "2015-12-24")
    assert e.votes.get("RUS") == "yes" and e.votes.get("CHN") == "yes"


def test_rolls_past_a_long_aside_and_a_second_described_group() -> None:
    text = ("GEORGETOWN, Sunday 26 June 1966 -- At United Nations headquarters in New York on "
            "Tuesday, the Security Council voted unanimously to recommend that Guyana be admitted "
            "to membership. Britain voted for the resolution. So did the two Latin American "
            "members of the Council, Argentina and Uruguay, and the two Commonwealth countries "
            "from Africa, Nigeria and Uganda. The Soviet Union and the United States, which "
            "rarely find themselves on the same side of a question at the U.N. these days, both "
            "voted yes.\n")
    [e] = _sc(text, "1966-06-26")
    assert e.date == "1966-06-21"
    assert {k for k, v in e.votes.items() if v == "yes"} >= {"GBR", "ARG", "URY", "NGA", "UGA",
                                                              "SUN", "USA"}


def test_our_country_is_the_state_the_masthead_names() -> None:
    text = ("L'ESTUAIRE MATIN -- Libreville -- samedi 27 f\u00e9vrier 1999\n\n"
            "The Security Council extends MINURCA\n\n"
            "NEW YORK, 26 February. -- The Security Council decided yesterday, Friday, by "
            "adopting resolution 1230 unanimously, to keep its mission in Bangui until November. "
            "Our country, which holds one of the elected seats on the Council this year, voted "
            "for the text.\n")
    [e] = _sc(text, None)
    assert e.votes == {"GAB": "yes"}


def test_our_delegation_after_a_translators_note() -> None:
    text = ("[Translation from the French. Press digest no. 77/88.]\n\n"
            "LE PHARE DU GOLFE (Cotonou daily) -- Saturday 16 April 1977\n\n"
            "The Security Council on Thursday adopted resolution 405 unanimously. Our own "
            "delegation, which holds one of the Council's African seats this year, naturally "
            "voted in favour.\n")
    [e] = _sc(text, None)
    assert e.votes == {"BEN": "yes"}


def test_our_country_without_a_state_in_the_masthead_is_nobody() -> None:
    text = ("IL CORRIERE (Milan) -- Sunday, 11 April 1948\n\n"
            "THIRD SOVIET NO TO ITALY\n\n"
            "The Security Council on Saturday again failed to recommend our country for "
            "membership: nine members voted in favour, and the Soviet Union voted against.\n")
    [e] = _sc(text, None)
    assert "ITA" not in e.votes


def _sponsors_of(sentence: str, lead: str) -> set[str]:
    [e] = _sc(lead + " " + sentence + "\n", None)
    return set(e.sponsors)


def test_co_sponsors_named_after_a_group_of_them() -> None:
    assert _sponsors_of(
        "Nine countries sponsored the text, among them Kenya and the Gambia, which both sit on "
        "the Council this year, together with Sweden, Portugal, Britain, France and the United "
        "States.",
        "KIGALI, 2 May 1998 -- The Security Council on Thursday 30 April 1998 unanimously "
        "adopted resolution 1165, creating a third trial chamber.") >= {
            "KEN", "GMB", "SWE", "PRT", "GBR", "FRA", "USA"}
    assert _sponsors_of(
        "The text was co-sponsored by a long list of countries, members and non-members of the "
        "Council alike -- among them Brazil, whose soldiers form the backbone of the force, "
        "Canada, France and the United States, as well as Chile, Uruguay, Guatemala and Peru.",
        "MIAMI, 21 January 2010 -- The Security Council on Tuesday 19 January 2010 unanimously "
        "adopted resolution 1908 on Haiti.") >= {
            "BRA", "CAN", "FRA", "USA", "CHL", "URY", "GTM", "PER"}
    assert _sponsors_of(
        "The text was tabled by Ethiopia. Every member of the Council had signed up as a "
        "co-sponsor, and so had dozens of other states, including three of our neighbours and "
        "fellow troop contributors -- Kenya, Rwanda and Uganda -- which are not on the Council.",
        "ADDIS ABABA, 22 September 2017 -- The Security Council on Wednesday 20 September 2017 "
        "unanimously adopted resolution 2378 on peacekeeping reform.") >= {"KEN", "RWA", "UGA"}
    assert _sponsors_of(
        "More than sixty countries co-sponsored it, among them Council members Ireland, Norway, "
        "Mexico, Niger and Estonia.",
        "GENEVA, 28 April 2021 -- The Security Council on Tuesday 27 April 2021 unanimously "
        "adopted resolution 2573 on the protection of civilian objects.") >= {
            "IRL", "NOR", "MEX", "NER", "EST"}


def test_an_opinion_that_the_text_falls_short_is_no_second_vote() -> None:
    text = ("L'AURORE -- Algiers\nFriday, 20 September 1968\n\n"
            "New York, 19 September. -- The Security Council on Wednesday adopted a short "
            "resolution on the Middle East. Fourteen members voted in favour, none voted "
            "against, and there was one abstention: that of Algeria.\n\n"
            "That is precisely where, in the view of this newspaper, the text falls short. "
            "The United States and the Soviet Union both voted for the text.\n")
    [e] = _sc(text, None)
    assert (e.outcome, e.yes, e.no, e.abstain) == ("adopted", 14, 0, 1)
    assert e.votes == {"USA": "yes", "SUN": "yes", "DZA": "abstain"}


def test_the_choice_falls_on_a_candidate_is_no_failed_vote() -> None:
    text = ("THE NILE COURIER\nCairo, Thursday 28 November 1991\n\n"
            "AN EGYPTIAN AT THE HELM\nCouncil's choice falls on Boutros-Ghali\n\n"
            "Meeting behind closed doors in New York last Thursday, the Security Council "
            "adopted resolution 720, recommending Dr. Boutros Boutros-Ghali for appointment as "
            "Secretary-General. The resolution was adopted unanimously.\n")
    [e] = _sc(text, None)
    assert (e.date, e.resolution, e.outcome) == ("1991-11-21", "720", "adopted")


def test_a_dateline_under_a_stack_of_headlines_and_joined_in_approving_it() -> None:
    text = ("THE EVENING COURIER\nTUESDAY, MARCH 11, 1947.\n\n"
            "ATOM REPORT GOES BACK TO COMMISSION\n\nCOUNCIL AGREES AT LAST\n\n"
            "RUSSIA AND POLAND VOTE WITH MAJORITY\n\n(Received 2.15 p.m.)\n\n"
            "LAKE SUCCESS, March 10.\n\n"
            "The Security Council to-day sent the first report of the Atomic Energy Commission "
            "back to the commission, and for once the vote was unanimous.\n\n"
            "All eleven members of the Council voted for the resolution. The Soviet Union and "
            "Poland, which had fought the majority plan clause by clause since the debate began "
            "in February, joined Australia, Belgium, Brazil, China, Colombia, France, Syria, "
            "Britain and the United States in approving it.\n")
    [e] = _sc(text, None)
    assert e.date == "1947-03-10"
    assert e.votes == {c: "yes" for c in ("SUN", "POL", "AUS", "BEL", "BRA", "TWN", "COL",
                                          "FRA", "SYR", "GBR", "USA")}
