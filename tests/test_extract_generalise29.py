"""Generalisation checks from the ninth session's rounds: more ways papers name the voters of
a unanimous or near-unanimous vote, and membership rounds told as one list of applicants.

Facts are Sciences Po's. On 23 August 1960 the Council recommended Chad (resolution 151),
Gabon (153) and the Central African Republic (154), each 11-0-0, with Ceylon, Tunisia,
Italy, Poland and Argentina among the members. On 8 January 1993 it recommended Slovakia
(resolution 800) and the Czech Republic (801); the UN Library's meeting table records both
as adopted without a vote. Resolution 1910 (28 January 2010, the African Union mission in
Somalia, 15-0) was submitted by Uganda, Britain, France, Turkey and the United States
(Voting-Agent's "Submitted by"), Uganda, Gabon and Nigeria then on the Council. Resolution
464 (19 February 1980, Saint Vincent and the Grenadines, 15-0) was adopted with Jamaica on
the Council. Resolution 270 (26 August 1969, southern Lebanon, 15-0) and resolution 263
(24 January 1969, Russian and Spanish as working languages, 15-0) were adopted with Spain,
Colombia and Paraguay on the Council; resolution 170 (14 December 1961, Tanganyika, 11-0)
with the Soviet Union, the Republic of China and Britain among the eleven; resolution 204
(19 May 1965, Senegal's complaint, 11-0) with Jordan and Malaysia on the Council.

Texts counted off and numbered: on Monday 20 May 1991 resolution 692 (the Iraq compensation
fund) passed 14-0-1, Cuba abstaining, and resolution 693 (the observer mission in El
Salvador) 15-0, with Cote d'Ivoire on the Council; on Monday 17 June 1991 resolutions 699 and
700 (Iraq's weapons, the arms embargo guidelines) each 15-0; on Thursday 30 May 1991
resolution 696 (the Angola verification mission) 15-0, and on 29 April 1991 resolution 690
(the Western Sahara referendum mission) 15-0, with Zaire on the Council; resolution 687 (3
April 1991) passed 12-1-2. Drafters, with Voting-Agent's "Submitted by": resolution 1897 (30
November 2009, piracy off Somalia) among others by Liberia, Somalia, Singapore and the United
States; resolution 2127 (5 December 2013, the Central African Republic) by France with Congo,
Gabon, Luxembourg, Morocco, the Republic of Korea, Rwanda, Togo, Britain and the United States.

Sides named through their members: resolution 1973 (17 March 2011, Libya) passed 10-0-5 with
Colombia and Nigeria in favour; resolution 344 (15 December 1973, the Geneva peace conference)
passed 10-0-4, every yes vote an elected member's (Kenya and India among them); resolution 186
(4 March 1964, the Cyprus force) passed 11-0 with the Soviet Union and Czechoslovakia on the
Council. Drafters: resolution 1615 (29 July 2005, Georgia) by France, Germany, Romania, Russia,
Britain and the United States; resolution 2348 (31 March 2017, MONUSCO) by France, Italy,
Japan, Sweden, Ukraine, Britain and the United States. Numbers: resolution 687 (3 April 1991)
passed 12-1-2; resolution 611 (25 April 1988, the raid on Tunis) 14-0-1 with the United States
abstaining, as it had on resolution 573 (4 October 1985).

From the last round: resolution 1088 (12 December 1996, the Bosnia stabilisation force) by
France, Germany, Italy, Russia, Britain and the United States, the Contact Group (Voting-Agent);
resolution 2127 (5 December 2013) co-sponsored by Rwanda; resolution 2719 (21 December 2023,
African Union peace operations, 15-0) with Ghana, Gabon, Mozambique, Brazil, Japan and Malta on
the Council; resolution 1402 (30 March 2002) passed 14-0 with Syria not voting and resolution
1403 (Thursday 4 April 2002) 15-0.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_an_admission_list_with_each_recommendation_counted_is_one_vote_per_applicant() -> None:
    text = ("LA VOIX DU TCHAD -- Thursday 25 August 1960\n\n"
            "NEW YORK, 24 August. -- On Tuesday the Security Council recommended, in turn, the "
            "admission of Chad, Gabon and the Central African Republic to the United "
            "Nations.\n\n"
            "Each recommendation was carried by eleven votes to none, with no abstentions. "
            "Ceylon and Tunisia voted for all three, and so did Italy, Poland and Argentina.\n")
    events = _sc(text, "1960-08-25")
    assert len(events) == 3
    for e in events:
        assert (e.date, e.outcome, e.yes, e.no, e.abstain) == ("1960-08-23", "adopted", 11, 0, 0)
        assert {"LKA", "TUN", "ITA", "POL", "ARG"} <= {k for k, v in e.votes.items()
                                                       if v == "yes"}


def test_the_same_done_for_another_applicant_is_its_own_vote() -> None:
    text = ("BRATISLAVA EVENING NEWS, Saturday 9 January 1993\n\n"
            "The Security Council on Friday recommended that Slovakia be admitted to the United "
            "Nations. Its recommendation, resolution 800, was adopted without a vote. In a "
            "separate meeting the same day the Council did the same for the Czech Republic.\n")
    events = _sc(text, "1993-01-09")
    assert sorted((e.date, e.outcome) for e in events) == [("1993-01-08", "adopted")] * 2
    # the number is Slovakia's alone
    assert sorted(str(e.resolution) for e in events) == ["800", "None"]


def test_a_cosponsor_that_also_voted_is_the_subject_not_its_fellow_sponsors() -> None:
    text = ("KAMPALA, 29 January 2010 -- The Security Council on Thursday renewed the "
            "authorisation of the African Union mission in Somalia. Uganda, which has troops "
            "in Mogadishu, co-sponsored the text together with Britain, France, Turkey and the "
            "United States, and voted for it. Gabon and Nigeria also voted in favour.\n")
    (e,) = _sc(text, "2010-01-29")
    assert e.votes == {"UGA": "yes", "GAB": "yes", "NGA": "yes"}
    assert set(e.sponsors) == {"UGA", "GBR", "FRA", "TUR", "USA"}


def test_a_member_among_them_after_an_aside() -> None:
    text = ("KINGSTOWN, 20 February 1980 -- All fifteen members of the Security Council "
            "voted yesterday to recommend Saint Vincent and the Grenadines for membership. "
            "Jamaica, our neighbour across the Caribbean Sea, was among them.\n")
    (e,) = _sc(text, "1980-02-20")
    assert e.votes.get("JAM") == "yes"
    assert e.date == "1980-02-19"


def test_members_named_before_a_dash_aside_that_has_its_own_time() -> None:
    text = ("BEIRUT, Wednesday 27 August 1969 -- The Security Council yesterday adopted a "
            "resolution condemning the Israeli air attacks on villages in southern Lebanon. "
            "The United States, the Soviet Union, Britain and France -- the four powers "
            "whose envoys have met in New York since the spring to seek a settlement -- all "
            "voted for the resolution.\n")
    (e,) = _sc(text, "1969-08-27")
    assert e.votes == {"USA": "yes", "SUN": "yes", "GBR": "yes", "FRA": "yes"}


def test_a_counted_group_named_after_a_comma_and_a_list_across_a_relative_clause() -> None:
    text = ("MADRID, 25 January 1969 -- The Security Council yesterday adopted a "
            "resolution making Russian and Spanish working languages of the Council. Spain, "
            "which sits on the Council this year, voted for the text, as did the two other "
            "Spanish-speaking members, Colombia and Paraguay.\n")
    (e,) = _sc(text, "1969-01-25")
    assert {"ESP", "COL", "PRY"} <= {k for k, v in e.votes.items() if v == "yes"}
    text = ("DAR ES SALAAM, 15 December 1961 -- The Security Council yesterday recommended "
            "Tanganyika for membership of the United Nations by eleven votes to none. Among "
            "those voting for Tanganyika were the Soviet Union and Nationalist China, whose "
            "delegates rarely agree about new members, and Britain, which administered the "
            "territory until last Saturday.\n")
    (e,) = _sc(text, "1961-12-15")
    assert {"SUN", "TWN", "GBR"} <= {k for k, v in e.votes.items() if v == "yes"}


def test_members_that_added_their_votes_voted_for_it() -> None:
    text = ("DAKAR, 22 May 1965 -- The Security Council on Wednesday adopted a resolution "
            "deploring the incursions of Portuguese forces into Senegal. Ivory Coast voted in "
            "favour. Jordan and Malaysia added their votes, and so did the Soviet Union.\n")
    (e,) = _sc(text, "1965-05-22")
    assert {"CIV", "JOR", "MYS", "SUN"} <= {k for k, v in e.votes.items() if v == "yes"}
    assert e.date == "1965-05-19"


def test_two_texts_counted_off_with_their_numbers_and_the_second_text_named() -> None:
    text = ("HAVANA, Tuesday 21 May 1991 -- The Security Council yesterday adopted two "
            "resolutions. The first resolution, number 692, sets up a fund to pay for the "
            "damage done by Iraq in Kuwait. It was adopted by 14 votes to none, with Cuba "
            "abstaining. The second, resolution 693, sends observers to El Salvador. It was "
            "adopted by 15 votes to none. Cuba voted in favour of the second text.\n")
    events = _sc(text, "1991-05-21")
    assert sorted((str(e.resolution), e.yes, e.abstain, e.votes.get("CUB")) for e in events) \
        == [("692", 14, 1, "abstain"), ("693", 15, 0, "yes")]
    assert {e.date for e in events} == {"1991-05-20"}


def test_both_texts_then_the_first_and_the_second_with_bare_numbers() -> None:
    text = ("NEW YORK, June 17 -- The Security Council on Monday adopted two resolutions on "
            "Iraq. Both were adopted by 15 votes to none. The first resolution, 699, approves "
            "the plan for destroying Iraq's weapons of mass destruction. The second, resolution "
            "700, approves guidelines for the arms embargo.\n")
    events = _sc(text, "1991-06-18")
    assert sorted((str(e.resolution), e.yes, e.no) for e in events) == [
        ("699", 15, 0), ("700", 15, 0)]


def test_a_masthead_over_two_lines_and_the_new_resolution_numbered() -> None:
    text = ("FRATERNITE MATIN\nAbidjan -- Tuesday 21 May 1991\n\n"
            "The Security Council yesterday adopted a text on El Salvador. The new resolution, "
            "numbered 693, sets up a United Nations observer mission in the country. It was "
            "adopted by fifteen votes to none. Our country, which sits on the Council this "
            "year, voted for it.\n")
    (e,) = _sc(text, None)
    assert (e.date, str(e.resolution), e.yes) == ("1991-05-20", "693", 15)
    assert e.votes == {"CIV": "yes"}


def test_a_vote_of_last_fortnight_told_with_its_day_and_count_is_an_event() -> None:
    text = ("THE LUANDA WEEKLY, Saturday 1 June 1991\n\n"
            "The Security Council on Thursday renewed the United Nations verification mission "
            "in Angola by 15 votes to none.\n\n"
            "On May 20 the Council, also by 15 votes to none, approved an observer mission for "
            "El Salvador. On April 3 it had adopted resolution 687 by 12 votes to one.\n")
    events = _sc(text, "1991-06-01")
    assert sorted(e.date for e in events) == ["1991-05-20", "1991-05-30"]


def test_a_first_resolution_told_after_the_news_and_a_member_among_the_fifteen() -> None:
    text = ("KINSHASA, Friday 31 May 1991 -- The Security Council yesterday renewed the "
            "United Nations mission in Angola by 15 votes to none.\n\n"
            "On 29 April the Council adopted a first resolution on the Western Sahara, setting "
            "up a mission for the referendum. It was adopted unanimously by the fifteen "
            "members, Zaire among them.\n")
    events = _sc(text, "1991-05-31")
    assert sorted(e.date for e in events) == ["1991-04-29", "1991-05-30"]
    sahara = next(e for e in events if e.date == "1991-04-29")
    assert sahara.votes == {"COD": "yes"}


def test_a_weekly_dated_by_the_days_its_issue_runs() -> None:
    text = ("THE LAKESIDE WEEKLY -- Friday, May 31 - Thursday, June 6, 1991\n\n"
            "The Security Council on Thursday renewed the United Nations verification mission "
            "in Angola by 15 votes to none.\n")
    (e,) = _sc(text, None)
    assert e.date == "1991-05-30"


def test_drafters_after_a_government_a_group_of_council_members_and_a_long_aside() -> None:
    text = ("VICTORIA, 1 December 2009 -- The Security Council yesterday renewed for a year "
            "its authority to act against pirates off Somalia, by 15 votes to none. The co-"
            "sponsors included Liberia, Somalia's Transitional Federal Government, Singapore "
            "and the United States.\n")
    (e,) = _sc(text, "2009-12-01")
    assert {"LBR", "SOM", "SGP", "USA"} <= set(e.sponsors)
    text = ("BANGUI, 6 December 2013 -- The Security Council yesterday authorised African and "
            "French troops to protect civilians, by 15 votes to none. France, which has led "
            "the Council's work on the Central African Republic for years as its \"penholder\""
            ", drafted the resolution. It was co-sponsored by nine other states, including "
            "the Council members Rwanda and Togo.\n")
    (e,) = _sc(text, "2013-12-06")
    assert {"FRA", "RWA", "TGO"} <= set(e.sponsors)


def test_members_among_a_counted_side_and_among_the_yes_votes_of_a_group() -> None:
    text = ("BOGOTA, 18 March 2011 -- The Security Council yesterday adopted a resolution "
            "authorising action to protect civilians in Libya. Ten members voted for it, the "
            "Colombian and Nigerian delegates among them, while five abstained.\n")
    (e,) = _sc(text, "2011-03-18")
    assert {"COL": "yes", "NGA": "yes"}.items() <= e.votes.items()
    text = ("NAIROBI, Sunday 16 December 1973 -- The Security Council yesterday adopted a "
            "resolution on the peace conference in Geneva by ten votes to none. All the yes "
            "votes came from the elected members, among them Kenya and India.\n")
    (e,) = _sc(text, "1973-12-16")
    assert {"KEN": "yes", "IND": "yes"}.items() <= e.votes.items()


def test_every_delegation_raised_its_hand() -> None:
    text = ("NICOSIA, 5 March 1964 -- The Security Council last night adopted a resolution "
            "setting up a United Nations force in Cyprus. Every delegation raised its hand, "
            "including the Soviet Union and Czechoslovakia.\n")
    (e,) = _sc(text, "1964-03-05")
    assert {"SUN": "yes", "CSK": "yes"}.items() <= e.votes.items()


def test_members_that_joined_as_sponsors() -> None:
    text = ("TBILISI, 30 July 2005 -- The Security Council yesterday extended the observer "
            "mission in Georgia by 15 votes to none. France, Germany, Russia, Britain and the "
            "United States drafted the text, and Romania, which sits on the Council, joined "
            "them as a sponsor.\n")
    (e,) = _sc(text, "2005-07-30")
    assert set(e.sponsors) == {"FRA", "DEU", "RUS", "GBR", "USA", "ROU"}
    text = ("BRUSSELS, 1 April 2017 -- The Security Council yesterday renewed the UN mission "
            "in the Congo by 15 votes to none. France drafted the resolution. Italy, Japan, "
            "Sweden, Ukraine, the United Kingdom and the United States joined as "
            "co-sponsors.\n")
    (e,) = _sc(text, "2017-04-01")
    assert set(e.sponsors) == {"FRA", "ITA", "JPN", "SWE", "UKR", "GBR", "USA"}


def test_a_number_read_aloud_in_hundreds_and_one_in_an_archivists_note() -> None:
    text = ("RADIO BULLETIN, Thursday 4 April 1991. The Security Council last night set the "
            "terms of the ceasefire with Iraq. The vote was twelve in favour, one against and "
            "two abstentions. Resolution six hundred and eighty-seven.\n")
    (e,) = _sc(text, "1991-04-04")
    assert (str(e.resolution), e.yes, e.no, e.abstain) == ("687", 12, 1, 2)
    text = ("NICOSIA, 5 March 1964 -- The Security Council last night unanimously adopted a "
            "resolution setting up a United Nations force in Cyprus.\n\n"
            "[Archivist's note: the text adopted is Security Council resolution 186 (1964).]\n")
    (e,) = _sc(text, "1964-03-05")
    assert str(e.resolution) == "186"


def test_what_a_story_recalls_of_an_older_resolution_stays_background() -> None:
    text = ("TUNIS, Wednesday 27 April 1988 -- The Security Council on Monday adopted "
            "resolution 611, condemning the raid on Sidi Bou Said, by 14 votes to none, with "
            "the United States abstaining. It recalls resolution 573, on which the American "
            "delegation also abstained.\n")
    events = _sc(text, "1988-04-27")
    assert [(str(e.resolution), e.yes, e.abstain) for e in events] == [("611", 14, 1)]


def test_drafters_named_after_a_group_for_a_region() -> None:
    text = ("ROME, 13 December 1996 -- The Security Council yesterday authorised the "
            "stabilisation force in Bosnia by 15 votes to none. The resolution was drafted by "
            "the six countries of the Contact Group for the former Yugoslavia -- the United "
            "States, Russia, Britain, France, Germany and Italy.\n")
    (e,) = _sc(text, "1996-12-13")
    assert set(e.sponsors) == {"USA", "RUS", "GBR", "FRA", "DEU", "ITA"}


def test_counted_decisions_filled_in_turn_by_their_numbers() -> None:
    text = ("NEW YORK, June 18 -- The Security Council on Monday took two decisions on Iraq. "
            "Each was adopted by 15 votes to none. In resolution 699 it approved the plan for "
            "destroying Iraq's weapons of mass destruction. And in resolution 700 it approved "
            "guidelines for the arms embargo. Ecuador voted in favour of both.\n")
    events = _sc(text, "1991-06-18")
    assert sorted((str(e.resolution), e.yes, e.votes.get("ECU")) for e in events) == [
        ("699", 15, "yes"), ("700", 15, "yes")]


def test_a_member_that_voted_in_favour_and_was_a_cosponsor() -> None:
    text = ("KIGALI, 6 December 2013 -- The Security Council yesterday authorised African and "
            "French troops to protect civilians in the Central African Republic, by 15 votes to "
            "none. Rwanda, which sits on the Council this year, voted in favour and was one of "
            "the co-sponsors of the text, together with France and Togo.\n")
    (e,) = _sc(text, "2013-12-06")
    assert {"RWA", "FRA", "TGO"} <= set(e.sponsors)
    assert e.votes.get("RWA") == "yes"


def test_members_after_of_course_a_spoken_number_and_a_list_after_an_apposition() -> None:
    text = ("ACCRA, 22 December 2023 -- The Security Council yesterday agreed how African Union "
            "peace operations may be paid for, by 15 votes to none. Ghana voted for it, of "
            "course, and so did Gabon. The resolution, which is numbered twenty-seven nineteen, "
            "was welcomed in Addis Ababa. Among those voting for it were Ghana and Mozambique, "
            "two of the African members of the Council, together with Brazil, Japan and "
            "Malta.\n")
    (e,) = _sc(text, "2023-12-22")
    assert str(e.resolution) == "2719"
    assert {"GHA", "GAB", "MOZ", "BRA", "JPN", "MLT"} <= {k for k, v in e.votes.items()
                                                        if v == "yes"}


def test_that_earlier_resolution_is_another_vote_numbered_just_before() -> None:
    text = ("SINGAPORE, Saturday 6 April 2002 -- The Security Council on Thursday adopted "
            "resolution 1403 unanimously, demanding that Israel carry out its earlier call "
            "without delay. Syria voted in favour this time. It had stayed out of the vote on "
            "resolution 1402 last Saturday. That earlier resolution passed by 14 votes to none, "
            "with Syria absent from the vote.\n")
    events = _sc(text, "2002-04-06")
    assert sorted((str(e.resolution), e.yes, e.votes.get("SYR")) for e in events) == [
        ("1402", 14, "absent"), ("1403", 15, "yes")]
