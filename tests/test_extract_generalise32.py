"""Generalisation checks from the twelfth session's rounds: numbers given in apposition or
"borne" by a text, older texts dated in passing, co-sponsors named as complements, and
"nobody voted against or abstained".

Facts are Sciences Po's; drafters are Voting-Agent's "Submitted by". Resolution 137 (Tuesday
31 May 1960, the date of an election to fill a vacancy on the International Court of Justice)
was adopted unanimously by the eleven, with Ceylon, Ecuador, Tunisia and the Soviet Union among
the elected and permanent members. Resolution 256 (Friday 16 August 1968) condemned Israel's
further attacks on Jordan, 15-0, and reaffirmed resolution 248 (Sunday 24 March 1968, after
Karameh). Resolution 1932 (Tuesday 29 June 2010) extended the terms of judges of the Rwanda
tribunal, 15-0, submitted by Austria. Resolution 2133 (Monday 27 January 2014, ransom payments
to terrorists) passed 15-0, submitted by Australia, France, Jordan, Lithuania, Luxembourg,
Nigeria, Rwanda, Britain and the United States; Chad and Chile sat on the Council that year
without being among them. Resolution 1617 (Friday 29 July 2005, Al-Qaida and Taliban
sanctions) passed 15-0, submitted by Algeria, Argentina, Denmark, France, Greece, Japan,
Romania, Russia, Britain, Tanzania and the United States; Benin and the Philippines, elected
members that year, were not among them.

From the second round: resolution 636 (Thursday 6 July 1989, deportations from the occupied
territories) passed 14-0-1, the United States abstaining, with Algeria and Colombia on the
Council. On Thursday 27 May 1993 the Council adopted resolution 831 (Cyprus, 14-0-1, Pakistan
abstaining), 832 (El Salvador, 15-0) and 833 (the Iraq-Kuwait boundary, 15-0). Resolution 2591
(UNIFIL) and 2590 (Mali sanctions) passed 15-0 on Monday 30 August 2021, both submitted by
France. Resolution 331 (Friday 20 April 1973, the Middle East report) passed 15-0. On Thursday 15
June 2006 resolution 1686 (the Hariri inquiry; France, Britain and the United States) and 1687
(UNFICYP; the five permanent members) each passed 15-0. Resolution 250 (Saturday 27 April 1968)
and 251 (Thursday 2 May 1968), both on the Jerusalem parade, passed 15-0. Resolution 364 (Friday
13 December 1974, UNFICYP) passed 14-0-1, China abstaining, and 365 (endorsing Assembly
resolution 3212) 15-0 the same day. Resolution 88 (Wednesday 8 November 1950, the invitation to
the People's Republic of China) passed 8-2-1: the Republic of China and Cuba against, Egypt
abstaining, Ecuador, France, India, Norway, the Soviet Union, Britain, the United States and
Yugoslavia in favour.

From the third round: resolution 964 (Tuesday 29 November 1994, the advance team in Haiti)
passed 13-0-2, Russia and Brazil abstaining; resolution 285 (Saturday 5 September 1970, Israeli
forces in Lebanon) 14-0-1, the United States abstaining; resolution 581 (Thursday 13 February
1986, South Africa's threats to its neighbours) 13-0-2, Britain and the United States
abstaining; resolution 61 (Thursday 4 November 1948, the Negev, voted in Paris) 9-1-1, the
Ukrainian SSR against and the Soviet Union abstaining.

From the fourth to sixth rounds: on Tuesday 22 July 1958 the Soviet Union vetoed Japan's draft
on the observers in Lebanon, 10-1-0, Sweden among the ten. Resolution 138 (Thursday 23 June
1960, Eichmann) passed 8-0-2, Poland and the Soviet Union abstaining and Argentina, a party,
not voting. Resolution 22 (Wednesday 9 April 1947, the Corfu Channel) passed 8-0-2, the Soviet
Union and Poland abstaining and Britain, a party, not voting. Resolutions 699 and 700 (Monday 17
June 1991) passed 15-0, with Cuba and Yemen on the Council. Resolution 2468 (Tuesday 30 April
2019, MINURSO) passed 13-0-2, Russia and South Africa abstaining. Resolution 2230 (Tuesday 14
July 2015, UNISFA) passed 15-0, submitted by France, Britain and the United States, as was
resolution 2089 (Thursday 24 January 2013, UNFICYP; 14-0-1, Azerbaijan abstaining). Resolution
562 (Friday 10 May 1985, Nicaragua) passed 15-0 with Peru and Trinidad and Tobago on the
Council. Resolution 35 (Friday 3 October 1947, Indonesia) passed 9-0-2. Resolutions 2179
(UNISFA; France, Britain, the United States) and 2180 (MINUSTAH; Brazil, Canada, France, the
United States and Uruguay) passed 15-0 on Tuesday 14 October 2014, with Argentina and Chile on
the Council. Resolution 2642 (Tuesday 12 July 2022, the Syria cross-border mechanism) passed
12-0-3, and 2643 (Wednesday 13 July 2022, UNMHA) 15-0. Resolution 2517 (UNAMID) was adopted
15-0 by written procedure, the result announced on Monday 30 March 2020. Resolution 2076
(Tuesday 20 November 2012, Goma) passed 15-0; among its sponsors were France, Togo, Morocco and
South Africa.
"""

from unvotes.extract import extract
from unvotes.extract.documents import html_to_document


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


# --------------------------------------------------------------------------- unanimity

_ICJ = "NEW YORK, June 1 - The Security Council on Tuesday fixed the date for filling a " \
    "vacancy on the International Court of Justice. "


def test_a_decision_taken_unanimously_is_eleven_to_none_in_1960() -> None:
    [e] = _sc(_ICJ + "The decision was taken unanimously, after a meeting of a few minutes.\n",
              "1960-06-02")
    assert (e.date, e.outcome, e.yes, e.no, e.abstain) == ("1960-05-31", "adopted", 11, 0, 0)


def test_no_member_voted_against_or_abstained_counts_none_on_both_sides() -> None:
    text = _ICJ + ("Ceylon, Ecuador and Tunisia voted for the resolution, and the President "
                   "declared it adopted when no member voted against or abstained.\n")
    [e] = _sc(text, "1960-06-02")
    assert (e.no, e.abstain) == (0, 0)
    assert e.votes == {"LKA": "yes", "ECU": "yes", "TUN": "yes"}


# --------------------------------------------------------------------------- numbers

_JORDAN = "COPENHAGEN, Saturday 17 August 1968 - The Security Council yesterday condemned " \
    "Israel's further military attacks on Jordan. "


def test_the_number_a_resolution_bears_is_its_number() -> None:
    text = _JORDAN + ("The resolution, which bears the number 256, was adopted by all fifteen "
                      "members.\n")
    [e] = _sc(text, "1968-08-17")
    assert (e.date, e.resolution, e.yes) == ("1968-08-16", "256", 15)


def test_an_older_resolution_dated_in_passing_is_not_a_second_vote() -> None:
    text = _JORDAN + ("The resolution, which bears the number 256, was adopted by all fifteen "
                      "members. It reaffirms resolution 248 of March, adopted after the "
                      "fighting at Karameh.\n")
    [e] = _sc(text, "1968-08-17")
    assert e.resolution == "256"


_JUDGES = "ARUSHA, 30 June 2010 -- The Security Council voted on Tuesday to extend the terms " \
    "of judges of the Rwanda tribunal. "


def test_a_number_with_its_year_in_apposition_names_the_text_in_hand() -> None:
    text = _JUDGES + ("The resolution, 1932 (2010), lets the judges finish the trials before "
                      "them. It was put forward by Austria and adopted unanimously.\n")
    [e] = _sc(text, "2010-06-30")
    assert (e.date, e.resolution, e.yes, e.sponsors) == ("2010-06-29", "1932", 15, ["AUT"])


# --------------------------------------------------------------------------- co-sponsors

_RANSOM = "LONDON, 31 January 2014 - The Security Council on Monday adopted resolution 2133, " \
    "calling on states to stop ransom payments reaching terrorists, by 15 votes to none. " \
    "The text was prepared by Britain. "


def test_a_member_among_the_co_sponsors_joins_the_text_in_hand() -> None:
    text = _RANSOM + ("Nigeria was among the co-sponsors, and Chad and Chile voted in "
                      "favour.\n")
    [e] = _sc(text, "2014-01-31")
    assert e.sponsors == ["GBR", "NGA"]
    assert e.votes == {"TCD": "yes", "CHL": "yes"}


_SANCTIONS = "OSLO, 2 August 2005 - Last Friday the Security Council unanimously adopted " \
    "resolution 1617, renewing the sanctions on Al-Qaida and the Taliban. The text was drafted " \
    "by the United States. "


def test_members_not_among_the_co_sponsors_are_not_drafters() -> None:
    text = _SANCTIONS + ("Elected members that were not among the co-sponsors, such as Benin "
                         "and the Philippines, also voted in favour.\n")
    [e] = _sc(text, "2005-08-02")
    assert e.sponsors == ["USA"]
    assert e.votes == {"BEN": "yes", "PHL": "yes"}


def test_members_given_as_examples_are_the_subject_of_the_verb() -> None:
    text = _SANCTIONS + "Elected members such as Benin and the Philippines voted for it too.\n"
    [e] = _sc(text, "2005-08-02")
    assert e.votes == {"BEN": "yes", "PHL": "yes"}


# --------------------------------------------------------------------------- second round

_DEPORTATIONS = "TUNIS, 15 July 1989 - The Security Council on Thursday 6 July adopted " \
    "resolution 636, deploring the deportation of eight Palestinians, by fourteen votes to none " \
    "with one abstention. "


def test_the_abstaining_member_was_names_the_abstainer() -> None:
    [e] = _sc(_DEPORTATIONS + "The abstaining member was the United States.\n", "1989-07-15")
    assert (e.date, e.yes, e.no, e.abstain, e.votes) == ("1989-07-06", 14, 0, 1,
                                                         {"USA": "abstain"})


def test_a_veto_cast_on_other_texts_is_not_a_vote_of_this_story() -> None:
    text = _DEPORTATIONS + ("The abstaining member was the United States, which cast its veto "
                            "on other texts concerning the territories earlier this year.\n")
    [e] = _sc(text, "1989-07-15")
    assert (e.outcome, e.vetoed_by, e.votes) == ("adopted", [], {"USA": "abstain"})


def test_and_in_resolution_n_opens_a_vote_of_its_own() -> None:
    text = ("KUWAIT, May 29, 1993 - The Security Council on Thursday restructured the force in "
            "Cyprus in resolution 831, which passed 14-0 with Pakistan abstaining, and in "
            "resolution 832 unanimously enlarged the mandate of the mission in El Salvador.\n")
    by_number = {e.resolution: e for e in _sc(text, "1993-05-29")}
    assert sorted(by_number) == ["831", "832"]
    assert (by_number["831"].yes, by_number["831"].abstain, by_number["831"].votes) == (
        14, 1, {"PAK": "abstain"})
    assert (by_number["832"].yes, by_number["832"].abstain, by_number["832"].votes) == (15, 0, {})


def test_a_member_that_presented_it_after_an_aside_is_the_drafter() -> None:
    text = ("BEIRUT, 31 August 2021 - The Security Council voted unanimously on Monday to extend "
            "UNIFIL for another year. Resolution 2591 was adopted by 15 votes to none. France, "
            "which drafts the Council's texts on Lebanon, presented it.\n")
    [e] = _sc(text, "2021-08-31")
    assert (e.date, e.resolution, e.sponsors) == ("2021-08-30", "2591", ["FRA"])


def test_a_dateline_with_a_stop_before_its_dash_is_the_filing_day() -> None:
    text = ("NEW DELHI, Sunday, April 22, 1973\n\nUNITED NATIONS, April 21. -- The Security "
            "Council on Friday decided unanimously to ask for a full report on West Asia.\n\n"
            "Resolution 331 was adopted by 15 votes to none.\n")
    [e] = _sc(text, None)
    assert e.date == "1973-04-20"


_RENEWALS = ("UN-COUNCIL (WRITETHRU)\n\nUNITED NATIONS -- The Security Council on Thursday "
             "extended the Hariri inquiry for a year, and later in the day renewed the force in "
             "Cyprus for six months.\n\nBoth resolutions were adopted unanimously, 15-0.\n\n"
             "The first, resolution 1686, extends the commission until June 2007. The draft was "
             "sponsored by France, Britain and the United States.\n\nThe second, resolution "
             "1687, keeps the force in place until December. It was put forward by the five "
             "permanent members -- China, France, Russia, Britain and the United States.\n\n"
             "Among the elected members voting for both texts were Japan and Ghana.\n\n"
             "END\n06-15-06 1627EDT\n")


def test_both_resolutions_after_a_lead_that_told_two_acts_are_two_votes() -> None:
    by_number = {e.resolution: e for e in _sc(_RENEWALS, None)}
    assert sorted(by_number) == ["1686", "1687"]
    assert by_number["1686"].sponsors == ["FRA", "GBR", "USA"]
    assert sorted(by_number["1687"].sponsors) == ["CHN", "FRA", "GBR", "RUS", "USA"]
    for e in by_number.values():
        assert (e.yes, e.no, e.abstain) == (15, 0, 0)
        assert e.votes == {"JPN": "yes", "GHA": "yes"}


def test_a_wire_s_closing_time_stamp_dates_the_story() -> None:
    assert {e.date for e in _sc(_RENEWALS, None)} == {"2006-06-15"}


def test_also_by_the_same_count_on_a_day_of_its_own_is_another_vote() -> None:
    text = ("NEW YORK, May 2. -- The Security Council tonight deplored the military parade held "
            "in Jerusalem. Tonight's resolution was adopted by 15 votes to none. On Saturday, "
            "April 27, the Council had voted, also by 15 votes to none, to call upon Israel to "
            "refrain from holding the parade.\n")
    assert sorted(e.date for e in _sc(text, "1968-05-03")) == ["1968-04-27", "1968-05-02"]


_CYPRUS = ("VIENNA, Saturday, 14 December 1974 - The Security Council yesterday extended the force "
           "in Cyprus for six months, and in a second vote endorsed the resolution on Cyprus "
           "adopted by the General Assembly in November. The extension was adopted by fourteen "
           "votes to none with one abstention, that of China. The second resolution, which "
           "endorses Assembly resolution 3212, was adopted unanimously, by fifteen votes to "
           "none. ")


def test_an_assembly_resolution_the_text_endorses_is_not_the_voting_body() -> None:
    events = extract(_CYPRUS, published="1974-12-14")
    assert [(e.body, e.yes) for e in events] == [("SC", 14), ("SC", 15)]


def test_the_numbers_given_to_two_decisions_follow_their_order() -> None:
    text = _CYPRUS + "The Council's records give the two decisions the numbers 364 and 365.\n"
    assert [(e.resolution, e.abstain) for e in _sc(text, "1974-12-14")] == [("364", 1),
                                                                            ("365", 0)]


_PEKING = "LAKE SUCCESS, 8 November - The Security Council decided today to invite a " \
    "representative of the People's Republic of China. The decision was taken by eight votes to " \
    "two, with one abstention. "


def test_a_decision_taken_over_a_permanent_member_s_no_is_adopted() -> None:
    text = _PEKING + ("The representative of the Nationalist Chinese government, who still "
                      "holds China's seat in the Council, and the representative of Cuba voted "
                      "against. Egypt abstained.\n")
    [e] = _sc(text, "1950-11-08")
    assert (e.outcome, e.vetoed_by, e.yes, e.no, e.abstain) == ("adopted", [], 8, 2, 1)
    assert e.votes == {"TWN": "no", "CUB": "no", "EGY": "abstain"}


def test_members_that_voted_for_the_invitation_together_with_others() -> None:
    text = _PEKING + ("Norway voted for the invitation together with Britain, France, India "
                      "and Yugoslavia.\n")
    [e] = _sc(text, "1950-11-08")
    assert e.votes == {"NOR": "yes", "GBR": "yes", "FRA": "yes", "IND": "yes", "YUG": "yes"}


# --------------------------------------------------------------------------- third round

def test_a_rule_whose_subject_is_a_permanent_member_s_negative_vote_is_no_veto() -> None:
    text = ("NEW YORK -- The Security Council yesterday strengthened the UN advance team in "
            "Haiti. Resolution 964 received thirteen votes in favour, none against, and two "
            "abstentions: Russia and Brazil. Under the Charter, only a negative vote by a "
            "permanent member blocks a resolution.\n")
    [e] = _sc(text, "1994-11-30")
    assert (e.outcome, e.vetoed_by, e.abstain) == ("adopted", [], 2)


def test_not_unanimous_is_no_unanimity() -> None:
    text = ("HELSINKI, Monday 7 September 1970 - The Security Council on Saturday demanded the "
            "withdrawal of Israeli forces from Lebanon. The resolution was adopted by fourteen "
            "votes to none. The United States abstained. The single abstention meant that the "
            "demand was not unanimous, but an abstention does not prevent a text from being "
            "adopted.\n")
    [e] = _sc(text, "1970-09-07")
    assert (e.date, e.yes, e.no, e.abstain, e.votes) == ("1970-09-05", 14, 0, 1,
                                                         {"USA": "abstain"})


def test_neither_of_the_western_powers_voted_against_casts_no_vote() -> None:
    text = ("UNITED NATIONS, Feb. 14 - The Security Council on Thursday condemned South Africa's "
            "threats against its neighbours. The resolution was adopted by 13 votes to none, "
            "with two abstentions. The United States and the United Kingdom abstained. The two "
            "abstentions meant that neither of the Western permanent members voted against, so "
            "no veto arose.\n")
    [e] = _sc(text, "1986-02-16")
    assert e.votes == {"USA": "abstain", "GBR": "abstain"}
    assert (e.date, e.outcome, e.vetoed_by) == ("1986-02-13", "adopted", [])


def test_a_weekday_night_dateline_dates_this_evening() -> None:
    text = ("THE EVENING DISPATCH\nFriday, 5th November, 1948\n\nPARIS, Thursday night.\n"
            "The Security Council this evening called on the armies in the Negev to withdraw. "
            "The resolution was carried by nine votes to one, with one abstention.\n")
    [e] = _sc(text, None)
    assert (e.date, e.yes, e.no, e.abstain) == ("1948-11-04", 9, 1, 1)


# --------------------------------------------------------------------------- fourth to sixth

_LEBANON = "UNITED NATIONS, July 22 -- A Japanese proposal to enlarge the observer group in " \
    "Lebanon was defeated in the Security Council tonight by a veto of the Soviet Union. Ten " \
    "members supported the Japanese text. "


def test_an_abstention_when_the_council_voted_on_another_text_is_that_vote_s() -> None:
    text = _LEBANON + ("Sweden, which abstained when the Council voted on an American resolution "
                       "last Friday, joined the majority this time, as did Britain and France.\n")
    [e] = _sc(text, "1958-07-23")
    assert e.votes == {"SWE": "yes", "GBR": "yes", "FRA": "yes", "SUN": "no"}
    assert e.sponsors == ["JPN"]


def test_the_other_drafter_s_text_told_after_is_not_the_one_in_hand() -> None:
    text = _LEBANON + "The American proposal had likewise fallen to a Soviet veto last week.\n"
    events = _sc(text, "1958-07-23")
    assert [e.sponsors for e in events] == [["JPN"]]


def test_a_party_that_took_no_part_is_neither_counted_nor_an_abstainer() -> None:
    text = ("NEW YORK, Wednesday. The Security Council decided today, by eight votes to none, "
            "with the Soviet Union and Poland abstaining, to recommend that the two Governments "
            "refer the Corfu dispute to the Court. Britain, as a party to the dispute, took no "
            "part in the vote.\n")
    [e] = _sc(text, "1947-04-10")
    assert (e.date, e.yes, e.no, e.abstain) == ("1947-04-09", 8, 0, 2)
    assert e.votes == {"SUN": "abstain", "POL": "abstain", "GBR": "not_participating"}


def test_an_unnamed_member_that_did_not_take_part_is_no_abstainer() -> None:
    text = ("NEW YORK -- The Security Council yesterday approved the resolution on Argentina's "
            "complaint, numbered 138. The count was eight in favour and none against. Poland "
            "and the Soviet Union abstained. Dr. Amadeo did not take part in the vote.\n")
    [e] = _sc(text, "1960-06-24")
    assert (e.yes, e.no, e.abstain) == (8, 0, 2)


def test_an_older_vote_told_in_passing_does_not_start_a_draft_of_its_own() -> None:
    text = ("NEW YORK, Wednesday. The Security Council decided today, by eight votes to none, to "
            "recommend that the parties go to the Court. The decision follows last month's "
            "failure of a British draft. The eight votes in favour were cast by the United "
            "States, France, China, Australia, Belgium, Brazil, Colombia and Syria.\n")
    [e] = _sc(text, "1947-04-10")
    assert e.sponsors == []
    assert set(e.votes) == {"USA", "FRA", "TWN", "AUS", "BEL", "BRA", "COL", "SYR"}


def test_a_colon_that_spells_out_an_older_vote_is_background() -> None:
    text = ("GENEVA, Tuesday, 18 June 1991 -- The Security Council yesterday adopted resolution "
            "699 by 15 votes to none. The Soviet Union voted for it. So did Cuba and Yemen, which "
            "had not supported the April ceasefire resolution: Cuba voted against it and Yemen "
            "abstained.\n")
    [e] = _sc(text, "1991-06-18")
    assert (e.yes, e.no, e.abstain) == (15, 0, 0)
    assert "no" not in e.votes.values() and "abstain" not in e.votes.values()


_SAHARA = ("Q: What happened?\nA: On Tuesday, 30 April, the Security Council extended MINURSO. "
           "The text is resolution 2468.\n\nQ: Was it unanimous?\nA: No. The vote was 13 in "
           "favour, none against, with two abstentions. Russia and South Africa abstained.\n\n")


def test_an_explainer_s_question_and_its_rules_report_no_vote() -> None:
    text = _SAHARA + ("Q: Does an abstention by Russia block the text?\nA: No. Only a negative "
                      "vote by a permanent member counts as a veto. Nine votes in favour are "
                      "needed, and the resolution had thirteen.\n")
    [e] = _sc(text, "2019-05-01")
    assert (e.outcome, e.vetoed_by, e.yes, e.abstain) == ("adopted", [], 13, 2)


def test_an_answer_naming_the_other_members_as_examples() -> None:
    text = _SAHARA + ("Q: Who voted for it?\nA: The other thirteen members, including the "
                      "United States and China, and elected members such as Germany and "
                      "Kuwait.\n")
    [e] = _sc(text, "2019-05-01")
    assert e.votes == {"RUS": "abstain", "ZAF": "abstain", "USA": "yes", "CHN": "yes",
                       "DEU": "yes", "KWT": "yes"}


def test_an_explainer_of_how_rollovers_pass_reports_no_vote() -> None:
    text = ("THE COUNCIL EXPLAINED -- Monday, 13 March 2017\n\nQ: What is a rollover?\nA: At the "
            "UN Security Council, a short extension of a peace operation's mandate, usually a "
            "few months, adopted when Council members cannot agree on a full renewal in "
            "time.\n\nQ: Is there a "
            "vote?\nA: Yes. In practice most are adopted without any member voting against. If "
            "a short extension is adopted this week, we will explain it in our next issue.\n")
    assert extract(text, published="2017-03-13") == []


def test_the_wire_s_note_to_editors_dates_the_copy() -> None:
    text = ("SUDAN-ABYEI-UN (WRITETHRU)\nEds: Updates with vote details. Moved 0012 GMT "
            "Wednesday, July 15, 2015.\nUNITED NATIONS -- The Security Council on Tuesday "
            "extended the Abyei force. Resolution 2230 was adopted unanimously, 15-0.\n")
    [e] = _sc(text, None)
    assert (e.date, e.resolution) == ("2015-07-14", "2230")


def test_a_place_named_in_a_drafter_s_appositive_does_not_end_the_list() -> None:
    text = ("NICOSIA, 24 January 2013 - The Security Council on Thursday adopted resolution 2089 "
            "by 14 votes to none with one abstention. The text was drafted by Britain, the "
            "traditional penholder on Cyprus, together with France and the United States.\n")
    [e] = _sc(text, "2013-01-24")
    assert e.sponsors == ["GBR", "FRA", "USA"]


def test_a_member_whose_appositive_names_another_is_the_subject() -> None:
    text = ("SAN JOSE, Thursday, 16 May 1985 - The Security Council last Friday adopted "
            "resolution 562 unanimously. Peru, the only Latin American country on the Council "
            "this year apart from Trinidad and Tobago, also voted yes.\n")
    [e] = _sc(text, "1985-05-16")
    assert (e.date, e.votes) == ("1985-05-10", {"PER": "yes"})


def test_a_byline_element_that_carries_the_dateline_dates_the_story() -> None:
    page = ("<html><head><title>Cyprus force stays</title></head><body><article>"
            "<h1>Cyprus force stays</h1><p class=\"byline\">From our correspondent -- New York, "
            "19 June</p><p>The Security Council quietly decided this afternoon to keep the "
            "peace-keeping force in Cyprus for six more months. The resolution was adopted by "
            "fifteen votes to none.</p><p>The text carries the number 238. It notes that the "
            "island remains calm but tense and calls on the parties to show restraint.</p><p>A "
            "Danish official said the extension came as no surprise. The battalion will rotate "
            "in the autumn as planned, the ministry said.</p></article>"
            "</body></html>")
    doc = html_to_document(page)
    [e] = _sc(doc.text, "1967-06-20")
    assert e.date == "1967-06-19"


def test_the_number_a_resolution_stands_as_in_the_council_s_series() -> None:
    text = ("LAKE SUCCESS, Oct. 3. The Security Council yesterday gave its Committee of Good "
            "Offices the go-ahead, by nine votes to none. The Soviet Union and Poland abstained. "
            "The resolution, which now stands as No. 35 in the Council's series, asks for the "
            "committee to meet.\n")
    [e] = _sc(text, "1947-10-04")
    assert (e.resolution, e.yes, e.abstain) == ("35", 9, 2)


_HAITI = ("MONTEVIDEO, 15 October 2014 - The Security Council on Tuesday extended MINUSTAH in a "
          "unanimous vote on a text that Uruguay co-sponsored with Brazil, Canada, France and the "
          "United States. Resolution 2180 was adopted by all fifteen members. Earlier the same "
          "day the Council, also unanimously, renewed the Abyei force. That text, resolution "
          "2179, was put forward by the United States, Britain and France. Both votes were 15 in "
          "favour.\n")


def test_that_text_with_another_number_is_the_other_vote() -> None:
    by_number = {e.resolution: e for e in _sc(_HAITI, "2014-10-15")}
    assert sorted(by_number) == ["2179", "2180"]
    assert by_number["2179"].sponsors == ["USA", "GBR", "FRA"]


def test_a_text_that_a_member_co_sponsored_with_others() -> None:
    by_number = {e.resolution: e for e in _sc(_HAITI, "2014-10-15")}
    assert by_number["2180"].sponsors == ["URY", "BRA", "CAN", "FRA", "USA"]


def test_the_vote_that_came_a_day_before_is_its_own_event() -> None:
    text = ("OSLO, 14 July 2022 - The Security Council on Wednesday unanimously extended UNMHA. "
            "All fifteen members voted for resolution 2643. The vote came a day after a divided "
            "Council renewed the cross-border aid mechanism for Syria for six months.\n")
    assert [(e.date, e.outcome) for e in _sc(text, "2022-07-14")] == [
        ("2022-07-13", "adopted"), ("2022-07-12", "adopted")]


def test_the_day_a_vote_by_letter_was_announced() -> None:
    text = ("Date: Wed, 1 Apr 2020 06:12:44 +0000\n\nThe Security Council has kept UNAMID's "
            "ceilings. Members voted by letter under the written "
            "procedure, and the result was announced on Monday 30 March. The text, resolution "
            "2517, was adopted unanimously.\n")
    [e] = _sc(text, "2020-04-01")
    assert (e.date, e.resolution, e.yes) == ("2020-03-30", "2517", 15)


def test_members_counted_as_one_of_the_co_sponsors_just_mentioned() -> None:
    text = ("LOME, Wednesday 21 November 2012 - The Security Council on Tuesday adopted "
            "resolution 2076 unanimously. France prepared the draft, and it had several "
            "co-sponsors. Togo, which sits on the Council this year, was one of them, and so "
            "were Morocco and South Africa.\n")
    [e] = _sc(text, "2012-11-21")
    assert e.sponsors == ["FRA", "TGO", "MAR", "ZAF"]
