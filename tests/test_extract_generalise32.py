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
"""

from unvotes.extract import extract


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
