"""Generalisation checks from the sixth session's rounds (heldout28 to heldout34).

Members named by reference: "All three voted yes" and "Both of these voted against" after a
list; "The nine were A, B, ..." and "those five were ... group: A, B"; "That included A and B,
and also C"; "So did Gabon's two African colleagues, Ghana and Kenya, as well as India";
"Norway joined them", "did likewise" (for both texts when the vote before was); "was joined in
voting yes by"; "along with those of A, B"; "in favour: those of the delegate of A and of the
delegate of B"; "A, B and C yes;"; "voted for each of them: <the members>"; "The abstention,
of course, was American"; "the sole abstainer"; "The U.S. no vote was a veto"; "raised his
hand against it"; "cast his government's veto"; "was not present"; "voted yes this time".
Drafters: "presented by the group ... known as the 'Friends of Haiti': A, B"; "It was
presented by A, B -- an aside -- together with C"; "which drafted the text"; "joined it as
co-sponsors"; "The text was led by"; "Both texts were tabled by"; not the drafter of a text
still to come. Texts and numbers: "the same happened to", "voted ... on a proposal", "took a
separate vote on"; "was carried", "comfortably carried", "Each recommendation was carried";
a digest's numbered items; texts counted by a plural lead and then told by number alone; "The
sanctions text is resolution 2283"; numbers recorded in a note; "By resolution 1774 (2007) the
Council reappointed"; "The resolution, 2683 (2023),", "-- number 2193 --", "(2507)"; "was also
drafted by"; a regime "established by resolution 2140 (2014)" is an older text;
"recommended to the General Assembly ... be admitted"; a headline line giving one text's fate.
Not a vote: "is abstaining where it agrees and vetoing where it does not"; "it takes a
negative vote ... to block"; "a proposal that gathers only two votes fails"; "Had Russia
voted no"; "since the spring, when ... Moscow used its veto"; "A year ago". Dates and page
furniture: "last Thursday" in a Friday paper; a paragraph opening "On Monday"; "On the same
day"; "On 8 May" (no modal verb); "until Dec. 15"; a monitoring line "1900 gmt 29 Mar 79";
another city's small hours between dashes; a masthead of two lines in capitals, an editor's
note in brackets or parentheses, and heading lines in capitals inside a block. Names: "the
Soviet Republic of the Ukraine"; "together with the Council's non-permanent members -- A, B";
"A, B and C were among the thirteen".

Facts are the record's (Sciences Po): resolution 1973 (17 March 2011) passed 10-0-5, Gabon,
Nigeria and South Africa in favour, Brazil, China, Germany, India and Russia abstaining;
resolution 1500 (14 August 2003) passed 14-0-1, France, Russia, China and Germany in favour,
Syria abstaining; resolution 678 (Thursday 29 November 1990) passed 12-2-1, China abstaining;
resolution 608 (Thursday 14 January 1988) passed 14-0-1, the United States abstaining, and
the United States vetoed S/19434 (Monday 18 January 1988) 13-1-1, Britain abstaining;
on 24 December 1948 resolution 63 passed 7-0-4 and S/1149 failed 6-0-5;
on 10 April 1948 the Soviet Union vetoed Italy's admission 9-2 and resolution 45 recommended
Burma 10-0-1; on 9 September 1957 the Soviet Union vetoed the admission of the Republic of
Korea (S/3884) and of Viet-Nam (S/3885), each 10-1; resolution 110 (16 December 1955) on a
Charter review conference passed 9-1-1, the Soviet Union against and France abstaining;
on 8 April 1949 the Soviet Union vetoed the Republic of Korea's admission (S/1305) 9-2, the
Ukrainian SSR also voting no; resolution 605 (22 December 1987) passed 14-0-1, the United
States abstaining; resolution 1212 (25 November 1998) passed 13-0-2, submitted by Argentina,
Canada, Chile, Costa Rica, France, the United States and Venezuela; resolution 1277 (30
November 1999) passed 14-0-1, Russia abstaining, submitted by Argentina, Brazil, Canada,
France, the United States and Venezuela (Voting-Agent); resolutions 468 (8 May 1980) and 469
(20 May 1980) each passed 14-0-1, the United States abstaining, Britain, France and the Soviet
Union in favour; resolution 80 (14 March 1950) on Kashmir passed 8-0-2, India and Yugoslavia
abstaining, the Soviet Union absent; on 30 May 2023 resolution 2683 (South Sudan sanctions)
passed 10-0-5, China, Gabon, Ghana, Mozambique and Russia abstaining, and resolution 2682
(UNAMI, to 31 May 2024) passed 15-0; the United States submitted both (Voting-Agent);
resolution 2564 (25 February 2021) renewed the Yemen sanctions of resolution 2140 (2014), 14-0-1,
Russia abstaining; resolution 2637 (22 June 2022) passed 14-0-1, Russia abstaining, Ghana,
Kenya, India and Brazil in favour; on 28 April 2016 resolutions 2283 (Cote d'Ivoire sanctions
lifted) and 2284 (UNOCI's last mandate) were adopted unanimously, France among the submitters
of both (Voting-Agent); resolution 439 (13 November 1978) on Namibia passed 10-0-5, the United
States, Britain, France, Canada and West Germany abstaining; on 18 December 2020 resolutions
2555 (UNDOF) and 2557 passed unanimously and 2556 (MONUSCO) 14-0-1, Russia abstaining; on 26
February 2018 Russia vetoed S/2018/156 (11-2-2) and resolution 2402 passed 15-0, two days after
resolution 2401 (15-0); resolution 2183 (11 November 2014) renewed EUFOR Althea 14-0-1, Russia
abstaining; on 6 February 1952 the Soviet Union vetoed Italy's admission (S/2443) 10-1, and a
proposal to admit all the applicants together failed 2-6-3 the same day; resolution 545 (20
December 1983) on Angola passed 14-0-1, the United States abstaining, Britain, France, China and
the Netherlands in favour; resolution 2014 (21 October 2011) on Yemen passed unanimously;
resolution 21 (2 April 1947) on the former Japanese mandates passed 11-0; S/1260 (10 May 1949)
on a governor for Trieste failed 2-0-9, the Soviet Union and the Ukrainian SSR in favour;
resolution 334 (15 June 1973) kept the Cyprus force until 15 December, 14-0-1, China
abstaining; resolution 2014 was submitted by Britain, France, Germany, Portugal and the United
States (Voting-Agent); resolution 180 (31 July 1963) on the Portuguese territories passed
8-0-3, Brazil and Norway in favour, Britain, France and the United States abstaining; Norway
and Portugal voted for resolutions 468 and 469; resolution 2419 (6 June 2018) on youth, peace
and security passed unanimously, Peru and Sweden among its submitters (Voting-Agent); on 14
September 2007 resolution 1774 (ICTR prosecutor) passed unanimously and resolution 1775 (ICTY
prosecutor) 14-0-1, Russia abstaining; resolution 447 (28 March 1979) on South African raids
into Angola passed 12-0-3, the United States, Britain and France abstaining; resolutions 1988
and 1989 (17 June 2011) split the Taliban and Al-Qaida sanctions, both unanimous, both
submitted by the United States, Britain, France and Germany (Voting-Agent); on 13 September
1949 the Soviet Union vetoed Finland's admission (S/1334) 9-2, the Ukrainian SSR also against;
on 12 September 1962 resolutions 174 (Jamaica) and 175 (Trinidad and Tobago) passed 11-0;
resolution 2193 (18 December 2014) passed 14-0-1; resolution 2507 (31 January 2020) passed
13-0-2, China and Russia abstaining; resolution 86 (26 September 1950, a Tuesday) recommended
Indonesia's admission; resolution 71 (27 July 1949) on Liechtenstein and the Court's statute
passed 9-0-2, the Soviet Union and the Ukrainian SSR abstaining; resolution 403 (14 January
1977) on Botswana passed 13-0-2, Britain and the United States abstaining."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_all_three_voted_yes_gives_the_vote_to_the_three_just_listed() -> None:
    text = ("UNITED NATIONS, March 17 -- The Security Council tonight approved a no-fly zone "
            "over Libya by 10 votes to none, with five abstentions. The final wording won "
            "over Gabon, Nigeria and South Africa, which had all hesitated. All three voted "
            "yes.\n")
    [e] = _sc(text, "2011-03-18")
    assert (e.yes, e.no, e.abstain) == (10, 0, 5)
    assert {c: e.votes.get(c) for c in ("GAB", "NGA", "ZAF")} == {
        "GAB": "yes", "NGA": "yes", "ZAF": "yes"}


def test_all_three_abstained_then_as_did_others() -> None:
    text = ("UNITED NATIONS, March 17 -- The Security Council voted 10-0 tonight to authorise "
            "a no-fly zone over Libya. Diplomats said the text never won over Brazil, India and "
            "Germany. All three abstained, as did China and Russia.\n")
    [e] = _sc(text, "2011-03-18")
    assert {c: e.votes.get(c) for c in ("BRA", "IND", "DEU", "CHN", "RUS")} == dict.fromkeys(
        ("BRA", "IND", "DEU", "CHN", "RUS"), "abstain")


def test_a_count_that_does_not_fit_the_list_names_nobody() -> None:
    # four voters said, three listed: the story means others too, so no one is guessed
    text = ("UNITED NATIONS, Aug. 14 -- The Security Council voted 14-0 on Thursday to set up a "
            "UN assistance mission in Iraq, with Syria abstaining. The wording won over France, "
            "Russia and China. All four voted yes.\n")
    [e] = _sc(text, "2003-08-14")
    assert e.votes == {"SYR": "abstain"}


def test_last_thursday_in_a_friday_paper_is_the_week_before() -> None:
    text = ("Last Thursday the Security Council adopted resolution 678, which sets a deadline "
            "of 15 January for Iraq to leave Kuwait. The vote was 12-2, with China "
            "abstaining.\n")
    [e] = _sc(text, "1990-12-07")  # a Friday
    assert e.date == "1990-11-29"


def test_last_thursday_in_a_monday_paper_is_the_thursday_just_gone() -> None:
    text = ("Last Thursday the Security Council adopted resolution 678, which sets a deadline "
            "of 15 January for Iraq to leave Kuwait. The vote was 12-2, with China "
            "abstaining.\n")
    [e] = _sc(text, "1990-12-03")  # a Monday
    assert e.date == "1990-11-29"


_WEEK = ("WEEKLY LETTER -- Friday, January 22, 1988\n\n"
         "Last Thursday the Security Council adopted resolution 608 on deportations from "
         "the occupied territories. The vote was 14-0, and the United States abstained.\n\n"
         "On Monday it was another story. A draft on Israel's raids in southern Lebanon came "
         "to a vote, and the American delegate raised his hand against it. Thirteen members "
         "voted yes; Britain abstained. The U.S. no vote was a veto, and the text (S/19434) "
         "fell.\n\n"
         "Our reading: the administration is abstaining where it agrees with the substance "
         "and vetoing where it does not.\n")


def test_a_paragraph_opening_on_its_day_dates_the_vote_it_tells() -> None:
    events = _sc(_WEEK, None)
    assert [(e.date, e.outcome) for e in events] == [
        ("1988-01-14", "adopted"), ("1988-01-18", "vetoed")]


def test_a_members_no_vote_that_was_a_veto_names_the_vetoer() -> None:
    veto = _sc(_WEEK, None)[1]
    assert veto.draft == "S/19434"
    assert veto.vetoed_by == ["USA"]
    assert (veto.yes, veto.no, veto.abstain) == (13, 1, 1)
    assert veto.votes == {"USA": "no", "GBR": "abstain"}


def test_no_vote_words_without_a_member_before_them_name_nobody() -> None:
    text = ("UNITED NATIONS, Jan. 18 -- A draft on southern Lebanon came to a vote in the "
            "Security Council today. Thirteen members voted yes and Britain abstained. The "
            "lone no vote was a veto.\n")
    [e] = _sc(text, "1988-01-18")
    assert "USA" not in e.votes and e.vetoed_by == []


def test_a_motion_carried_by_seven_votes_to_none_is_adopted() -> None:
    text = ("PARIS, Dec. 24 -- The Security Council today called for a cease-fire in "
            "Indonesia and the release of the Republic's leaders. The motion was carried by "
            "seven votes to none, with four abstentions.\n")
    [e] = _sc(text, "1948-12-25")
    assert (e.outcome, e.yes, e.no, e.abstain) == ("adopted", 7, 0, 4)


_NOTE = ("THE EVENING COURIER -- Monday 27 December 1948 -- No. 301\n"
         "[Translated for the press digest. Headings as in the original.]\n\n"
         "COUNCIL DEMANDS CEASE-FIRE IN INDONESIA\n"
         "Second text on the troops fails\n\n"
         "PARIS, 25 December. -- The Security Council yesterday called on both sides to stop "
         "fighting and demanded the release of the Republic's leaders. The motion was "
         "carried by seven votes to none, with four abstentions.\n\n"
         "Immediately afterwards the Council voted on a second text, S/1149, on the positions "
         "of the troops. It gathered six votes, one short of the seven required, with five "
         "abstentions, and so it failed.\n")


def test_an_editors_note_under_the_masthead_is_not_the_first_paragraph() -> None:
    events = _sc(_NOTE, None)
    assert [(e.outcome, e.yes, e.draft) for e in events] == [
        ("adopted", 7, None), ("failed", 6, "S/1149")]


def test_a_headline_line_about_the_failed_text_goes_to_that_text() -> None:
    text = ("ROME DAILY -- Sunday, 11 April 1948\n"
            "[English translation for a trade delegation's digest.]\n\n"
            "THIRD SOVIET \"NO\" TO ITALY\n"
            "Burma admitted without opposition\n\n"
            "LAKE SUCCESS, 10 April -- This afternoon the Security Council voted again on our "
            "country's application for membership. Nine members voted in favour and two "
            "against, and the recommendation falls.\n\n"
            "Earlier in the day the Council had recommended the admission of Burma. That vote "
            "was ten in favour and none against; only Argentina abstained.\n")
    events = _sc(text, None)
    assert [(e.outcome, e.yes, e.vetoed_by) for e in events] == [
        ("vetoed", 9, ["SUN"]), ("adopted", 10, [])]


def test_blocked_from_membership_then_the_same_happened_to_another() -> None:
    text = ("UNITED NATIONS, Sept. 9 -- The Soviet Union once more blocked the Republic of "
            "Korea from membership in the United Nations today. The vote in the Security "
            "Council was ten to one.\n\n"
            "Minutes later the same happened to the Republic of Viet-Nam, whose application "
            "was also supported by ten members and opposed by the Soviet Union alone.\n")
    events = _sc(text, "1957-09-09")
    assert [(e.outcome, e.yes, e.no, e.vetoed_by) for e in events] == [
        ("vetoed", 10, 1, ["SUN"]), ("vetoed", 10, 1, ["SUN"])]


def test_a_recommendation_that_fell_is_not_adopted_by_its_tally() -> None:
    text = ("LAKE SUCCESS, 10 April -- This afternoon the Security Council voted again on "
            "Italy's application for membership. Nine members voted in favour and two "
            "against, so the recommendation failed.\n")
    [e] = _sc(text, "1948-04-11")
    assert (e.outcome, e.yes, e.no) == ("failed", 9, 2)


def test_a_broadcast_note_the_procedural_no_and_the_nine_named_after_their_count() -> None:
    text = ("DOMINION RADIO -- NEWS BULLETIN\n"
            "Transcript of the 7 p.m. bulletin, Saturday, 17th December, 1955\n"
            "(As broadcast. Not checked against delivery.)\n\n"
            "From New York comes word that the Security Council has agreed that a conference "
            "to review the Charter shall be held.\n\n"
            "The vote was taken yesterday, New York time. Nine members voted in favour. The "
            "Soviet Union voted against. France abstained.\n\n"
            "Under Article 109 any seven members of the Council may call such a conference, so "
            "the Soviet vote counted as one vote, no more. With nine in favour the resolution "
            "was comfortably carried.\n\n"
            "The nine were New Zealand, the United Kingdom, the United States, Nationalist "
            "China, Belgium, Brazil, Iran, Peru and Turkey.\n")
    [e] = _sc(text, None)
    assert (e.date, e.outcome, e.vetoed_by) == ("1955-12-16", "adopted", [])
    assert (e.yes, e.no, e.abstain) == (9, 1, 1)
    assert sorted(c for c, v in e.votes.items() if v == "yes") == [
        "BEL", "BRA", "GBR", "IRN", "NZL", "PER", "TUR", "TWN", "USA"]


def test_his_governments_veto_against_a_recommendation_to_the_assembly() -> None:
    text = ("SEOUL, April 9 -- The Republic of Korea's first attempt to join the United Nations "
            "was blocked at Lake Success yesterday, when the Soviet delegate cast his "
            "government's veto against a recommendation that the General Assembly admit this "
            "country. The vote in the Security Council was nine in favour and two against. "
            "Voting for the Republic were the United States, Great Britain, France, China, "
            "Canada, Argentina, Cuba, Egypt and Norway -- every member save the Soviet Union "
            "and the Ukrainian Soviet Socialist Republic. Both of these voted against.\n")
    [e] = _sc(text, "1949-04-09")
    assert (e.date, e.outcome, e.vetoed_by) == ("1949-04-08", "vetoed", ["SUN"])
    assert e.votes["SUN"] == e.votes["UKR"] == "no"
    assert sum(v == "yes" for v in e.votes.values()) == 9


def test_the_abstention_was_american_and_a_killing_is_no_block() -> None:
    text = ("AMMAN, Dec. 24 -- On Tuesday the Security Council spoke about the occupied "
            "territories. Resolution 605 was adopted by fourteen votes in favour, none against, "
            "and one abstention. The abstention, of course, was American.\n\n"
            "The resolution deplores the opening of fire by the army, which has killed and "
            "wounded defenceless civilians. It asks the Secretary-General to report back.\n")
    [e] = _sc(text, "1987-12-24")
    assert (e.date, e.resolution, e.outcome) == ("1987-12-22", "605", "adopted")
    assert e.votes == {"USA": "abstain"}


def test_drafters_after_a_group_known_in_the_corridors_by_a_quoted_name() -> None:
    text = ("UNITED NATIONS, Nov. 25 -- The Security Council today extended the civilian police "
            "mission in Haiti by 13 votes to none, with China and Russia abstaining. The text "
            "was presented by the group of countries known in the corridors as the \"Friends of "
            "Haiti\": Argentina, Canada, Chile, Costa Rica, France, the United States and "
            "Venezuela.\n")
    [e] = _sc(text, "1998-11-25")
    assert sorted(e.sponsors) == ["ARG", "CAN", "CHL", "CRI", "FRA", "USA", "VEN"]


def test_it_was_presented_by_a_list_an_aside_with_a_quoted_name_then_one_more() -> None:
    text = ("UNITED NATIONS, Nov. 30 -- The Security Council kept its police mission in Haiti "
            "for a last year. The resolution, number 1277, was adopted by fourteen votes to "
            "none. Russia abstained. It was presented by Argentina, Canada, France, the United "
            "States and Venezuela -- the group known at the UN as the \"Friends of the "
            "Secretary-General for Haiti\" -- together with Brazil.\n")
    [e] = _sc(text, "1999-11-30")
    assert sorted(e.sponsors) == ["ARG", "BRA", "CAN", "FRA", "USA", "VEN"]


_HEBRON = ("LONDON, May 22 -- The Security Council has acted on the expulsions twice.\n\n"
           "On 8 May it adopted resolution 468, calling on Israel to rescind the expulsions. "
           "The vote was 14-0, with the United States abstaining.\n\n"
           "On Tuesday the Council met again. Resolution 469, adopted by the same margin -- "
           "fourteen in favour, none against, the United States again the sole abstainer -- "
           "deplores Israel's failure to carry out the earlier text.\n\n"
           "Britain and France voted in favour on both occasions, as did the Soviet Union. "
           "Norway and Portugal, two of Washington's NATO allies on the Council, did "
           "likewise.\n\n"
           "An American abstention is not a veto; it takes a negative vote by a permanent "
           "member to block a text.\n")


def test_two_adoptions_in_may_and_votes_on_both_occasions() -> None:
    events = _sc(_HEBRON, "1980-05-22")
    assert [(e.date, e.resolution, e.outcome) for e in events] == [
        ("1980-05-08", "468", "adopted"), ("1980-05-20", "469", "adopted")]
    for e in events:
        assert e.votes == {"FRA": "yes", "GBR": "yes", "NOR": "yes", "PRT": "yes", "SUN": "yes",
                           "USA": "abstain"}
        assert e.vetoed_by == []


def test_a_bulletin_masthead_dates_yesterday_and_an_absent_member() -> None:
    text = ("KARACHI BROADCASTING -- EXTERNAL SERVICES IN ENGLISH\n"
            "TRANSCRIPT: NEWS BULLETIN, 0800 HOURS, WEDNESDAY 15 MARCH 1950\n"
            "Read by the duty announcer. Slips corrected in brackets.\n\n"
            "The Security Council has adopted a resolution on Kashmir. The vote was taken at "
            "Lake Success yesterday, New York time. Eight members voted in favour and none "
            "against. India and Yugoslavia abstained.\n\n"
            "The Soviet Union was not present; its delegate has stayed away since January.\n")
    [e] = _sc(text, None)
    assert (e.date, e.outcome, e.yes, e.no, e.abstain) == ("1950-03-14", "adopted", 8, 0, 2)
    assert e.votes == {"IND": "abstain", "YUG": "abstain", "SUN": "absent"}


def test_joined_in_voting_yes_a_resolution_in_apposition_and_the_same_day() -> None:
    text = ("ACCRA, June 1 -- Ghana was one of five members of the Security Council that "
            "abstained on a renewal of the arms embargo on South Sudan on Tuesday.\n\n"
            "The resolution, 2683 (2023), nonetheless passed with ten votes in favour. None of "
            "the 15 members voted against it. The United States, which drafted the text, was "
            "joined in voting yes by Britain, France, Japan, Switzerland, Malta, Albania, "
            "Brazil, Ecuador and the United Arab Emirates.\n\n"
            "On the same day, the Council voted unanimously, 15-0, to extend the UN mission in "
            "Iraq for another year, to 31 May 2024. Resolution 2682 (2023) was also drafted by "
            "the United States.\n")
    first, second = _sc(text, "2023-06-01")
    assert (first.date, first.resolution, first.sponsors) == ("2023-05-30", "2683", ["USA"])
    assert sorted(c for c, v in first.votes.items() if v == "yes") == [
        "ALB", "ARE", "BRA", "CHE", "ECU", "FRA", "GBR", "JPN", "MLT", "USA"]
    assert (second.date, second.resolution, second.sponsors) == ("2023-05-30", "2682", ["USA"])
    assert (second.yes, second.no, second.abstain) == (15, 0, 0)


def test_the_regime_established_by_an_older_resolution_is_not_the_new_number() -> None:
    text = ("NEW YORK, Feb. 26 -- The Security Council on Thursday renewed the Yemen sanctions "
            "regime established by resolution 2140 (2014) for another year.\n\n"
            "Resolution 2564 (2021) was adopted by 14 votes in favour, none against, with one "
            "abstention: Russia.\n")
    [e] = _sc(text, "2021-02-26")
    assert (e.date, e.resolution, e.yes, e.votes) == (
        "2021-02-25", "2564", 14, {"RUS": "abstain"})


def test_so_did_a_possessive_description_then_the_members() -> None:
    text = ("LIBREVILLE, June 23 -- The Security Council on Wednesday reappointed the "
            "prosecutor of the residual mechanism. The resolution, numbered 2637 (2022), was "
            "adopted by 14 votes in favour, none against and one abstention, that of Russia.\n\n"
            "The United States, China, France and Britain voted for it. So did Gabon's two African "
            "colleagues on the Council, Ghana and Kenya, as well as India and Brazil.\n")
    [e] = _sc(text, "2022-06-23")
    assert {c: e.votes.get(c) for c in ("GHA", "KEN", "IND", "BRA")} == dict.fromkeys(
        ("GHA", "KEN", "IND", "BRA"), "yes")
    assert e.votes.get("RUS") == "abstain"


def test_two_texts_numbered_by_topic_drafted_by_one_and_voted_for_each() -> None:
    text = ("ABIDJAN, April 29 -- Meeting in New York on Thursday, the Security Council "
            "unanimously adopted a resolution lifting the arms embargo on Cote d'Ivoire.\n\n"
            "At the same meeting, the Council adopted a second text, also unanimously, which "
            "extends the mandate of the UN Operation in Cote d'Ivoire (UNOCI) a last time.\n\n"
            "The sanctions text is resolution 2283 (2016); the UNOCI text is resolution 2284 "
            "(2016). Both were drafted by France. All fifteen members voted for each of them: "
            "the five permanent members, the United States, China, Russia, the United Kingdom "
            "and France, and the ten elected members, including Angola, Egypt and Senegal.\n")
    events = _sc(text, "2016-04-29")
    assert [(e.date, e.resolution, e.sponsors) for e in events] == [
        ("2016-04-28", "2283", ["FRA"]), ("2016-04-28", "2284", ["FRA"])]
    for e in events:
        assert sorted(e.votes) == ["AGO", "CHN", "EGY", "FRA", "GBR", "RUS", "SEN", "USA"]
        assert set(e.votes.values()) == {"yes"}


def test_those_five_were_the_contact_group_after_a_colon() -> None:
    text = ("COLOGNE, Nov. 14 -- The Security Council declared South Africa's planned elections "
            "in Namibia null and void late last night. Ten members voted for the resolution. "
            "None voted against. Five abstained - and those five were precisely the Western "
            "contact group: the United States, Britain, France, Canada and the Federal Republic "
            "of Germany.\n")
    [e] = _sc(text, "1978-11-14")
    assert (e.yes, e.no, e.abstain) == (10, 0, 5)
    assert sorted(c for c, v in e.votes.items() if v == "abstain") == [
        "CAN", "DEU", "FRA", "GBR", "USA"]


_DIGEST = ("THE WEEKLY BRIEF\nA weekly email on the UN Security Council - No. 148\n\n"
           "Good morning. On Friday the President announced the outcome of three written "
           "votes in the Security Council. Here is what passed, and how.\n\n"
           "1) UNDOF - GOLAN: UNANIMOUS\n"
           "Resolution 2555 (2020) extends the observer force on the Golan for six months. All "
           "fifteen members voted yes.\n\n"
           "2) MONUSCO - DR CONGO: 14-0-1\n"
           "Resolution 2556 (2020) renews the mission in the Congo for a year. Fourteen members "
           "voted in favour. Russia abstained; nobody voted against.\n"
           "Votes we can confirm from the letters: China, the US, the UK and France yes; the "
           "three African members - Niger, South Africa and Tunisia - yes, along with Saint "
           "Vincent and the Grenadines.\n\n"
           "3) TALIBAN SANCTIONS MONITORING TEAM: UNANIMOUS\n"
           "Resolution 2557 (2020) extends the monitoring team for twelve months. Fifteen in "
           "favour.\n")


def test_a_digest_of_numbered_items_gives_each_text_its_number() -> None:
    events = _sc(_DIGEST, "2020-12-21")
    assert [(e.date, e.resolution, e.yes, e.abstain) for e in events] == [
        ("2020-12-18", "2555", 15, 0), ("2020-12-18", "2556", 14, 1),
        ("2020-12-18", "2557", 15, 0)]


def test_a_verdict_after_each_list_in_a_digest() -> None:
    monusco = _sc(_DIGEST, "2020-12-21")[1]
    assert monusco.votes == {
        "CHN": "yes", "USA": "yes", "GBR": "yes", "FRA": "yes", "NER": "yes", "ZAF": "yes",
        "TUN": "yes", "VCT": "yes", "RUS": "abstain"}


def test_a_heading_in_capitals_goes_with_the_item_below_it() -> None:
    text = ("TURTLE BAY WEEKLY\nIssue 112 - Friday, 2 March 2018\n\n"
            "1) SYRIA: 30 DAYS, UNANIMOUSLY\n"
            "Last Saturday the Security Council unanimously adopted resolution 2401, "
            "demanding a 30-day ceasefire across Syria. 15-0.\n\n"
            "2) YEMEN: A RUSSIAN VETO ON AN IRAN PARAGRAPH\n"
            "On Monday Russia vetoed a draft renewing the Yemen sanctions. The vote was 11 in "
            "favour, 2 against, 2 abstaining. Draft symbol: S/2018/156.\n")
    first, second = _sc(text, "2018-03-02")
    assert (first.resolution, first.votes) == ("2401", {})
    assert (second.draft, second.vetoed_by) == ("S/2018/156", ["RUS"])


def test_since_the_spring_when_moscow_used_its_veto_is_background() -> None:
    text = ("VILNIUS, Nov. 12 -- The Security Council yesterday renewed the EU force in Bosnia. "
            "Fourteen members of the Council voted in favour. The Russian Federation abstained. "
            "Nobody voted against.\n\n"
            "A year ago the same renewal passed unanimously. This year Moscow chose to abstain: "
            "since the spring, when Russia's actions in Ukraine were put to a Council vote and "
            "Moscow used its veto, almost every European question has been coloured by it.\n")
    [e] = _sc(text, "2014-11-12")
    assert (e.date, e.outcome, e.yes, e.no, e.abstain) == ("2014-11-11", "adopted", 14, 0, 1)


def test_a_veto_while_the_assembly_sits_and_a_package_voted_on_the_same_afternoon() -> None:
    text = ("PARIS, Feb. 7 -- At a five-hour meeting of the Security Council here yesterday, "
            "held in Paris while the General Assembly finishes its winter session, the Soviet "
            "Union again used its veto to stop a resolution recommending Italy's admission. The "
            "tally was ten in favor and one against. The text was circulated as document "
            "S/2443.\n\n"
            "The Council voted the same afternoon on a proposal to admit all the pending "
            "applicants together. It collected only two votes, those of the Soviet Union and "
            "Pakistan. Six members voted against. Britain, France and Chile abstained.\n")
    veto, package = _sc(text, "1952-02-07")
    assert (veto.date, veto.draft, veto.outcome, veto.vetoed_by) == (
        "1952-02-06", "S/2443", "vetoed", ["SUN"])
    assert (package.outcome, package.yes, package.no, package.abstain) == ("failed", 2, 6, 3)
    assert package.votes["SUN"] == "yes" and package.vetoed_by == []


def test_voted_yes_this_time_after_a_past_told_in_an_aside() -> None:
    text = ("HARARE, Dec. 21 -- The Security Council yesterday demanded South Africa's "
            "withdrawal from Angola by 14 votes to none, the United States abstaining. Britain "
            "and France, which have joined the United States in blocking mandatory sanctions "
            "against South Africa in the past, voted yes this time, as did China and the "
            "Netherlands.\n")
    [e] = _sc(text, "1983-12-21")
    assert e.votes == {"GBR": "yes", "FRA": "yes", "CHN": "yes", "NLD": "yes",
                       "USA": "abstain"}


def test_that_included_a_list_going_on_after_and_also() -> None:
    text = ("DOHA, Oct. 22 -- The Security Council on Friday backed the Gulf plan for a "
            "transition in Yemen. It was unanimous: fifteen votes in favour, none against, no "
            "abstentions. That included Russia and China, and also India, Brazil, South Africa "
            "and Lebanon, the Council's only Arab member this year.\n")
    [e] = _sc(text, "2011-10-22")
    assert sorted(e.votes) == ["BRA", "CHN", "IND", "LBN", "RUS", "ZAF"]
    assert set(e.votes.values()) == {"yes"}


def test_voted_in_favor_along_with_those_of() -> None:
    text = ("LAKE SUCCESS, April 2 -- The Security Council today approved the trusteeship "
            "agreement for the former Japanese mandates. The vote was eleven to nothing. The "
            "delegates of the Soviet Union and Poland voted in favor along with those of "
            "Britain, France, China and Australia.\n")
    [e] = _sc(text, "1947-04-02")
    assert sorted(e.votes) == ["AUS", "FRA", "GBR", "POL", "SUN", "TWN"]


def test_two_hands_went_up_those_of_and_a_rule_of_any_proposal() -> None:
    text = ("TRIESTE, May 11 -- The Security Council yesterday turned down the candidate for "
            "governor put forward in the Soviet draft S/1260. Only two hands went up in favour: "
            "those of the delegate of the Soviet Union and of the delegate of the Ukrainian "
            "S.S.R. Nobody voted against. The other nine members abstained.\n\n"
            "No veto was involved: the Western powers withheld their votes, and a proposal that "
            "gathers only two votes fails on its own.\n")
    [e] = _sc(text, "1949-05-11")
    assert (e.draft, e.outcome, e.yes, e.no, e.abstain) == ("S/1260", "failed", 2, 0, 9)
    assert e.votes == {"SUN": "yes", "UKR": "yes"}


def test_the_end_of_a_mandate_is_no_vote_day() -> None:
    text = ("UNITED NATIONS (MNA) -- The Security Council tonight voted to keep the peace-keeping "
            "force in Cyprus for another six months, until Dec. 15, with China casting the only "
            "abstention. The vote on Resolution 334 was 14-0-1.\n")
    [e] = _sc(text, None)
    assert (e.resolution, e.yes, e.abstain) == ("334", 14, 1)
    assert e.date is None  # the story gives no day of its own, and Dec. 15 is the mandate's end


def test_drafted_by_one_and_joined_as_co_sponsors_by_others() -> None:
    text = ("DOHA, Oct. 22 -- The Security Council on Friday unanimously adopted resolution 2014 "
            "on Yemen. Britain drafted the text, and France, Germany, Portugal and the United "
            "States joined it as co-sponsors.\n")
    [e] = _sc(text, "2011-10-22")
    assert sorted(e.sponsors) == ["DEU", "FRA", "GBR", "PRT", "USA"]


def test_joined_them_takes_the_vote_told_just_before() -> None:
    text = ("LISBON, Aug. 1 -- The Security Council yesterday adopted the resolution on the "
            "Portuguese territories by eight votes to none, with three abstentions. Brazil, our "
            "sister nation, voted yes as well. Norway joined them.\n")
    [e] = _sc(text, "1963-08-01")
    assert e.votes == {"BRA": "yes", "NOR": "yes"}


def test_the_text_was_led_by_two_members() -> None:
    text = ("NEW YORK, June 7 -- The Security Council yesterday unanimously adopted resolution "
            "2419 on youth, peace and security. The text was led by Peru and Sweden, both "
            "currently sitting on the Council.\n")
    [e] = _sc(text, "2018-06-07")
    assert sorted(e.sponsors) == ["PER", "SWE"]


def test_by_resolution_the_council_reappointed_and_a_counterfactual() -> None:
    text = ("THE HAGUE, Sept. 16 -- The Security Council dealt with both tribunal prosecutors on "
            "Friday. By resolution 1774 (2007) the Council reappointed the Rwanda tribunal's "
            "prosecutor for four years. That was unanimous: 15 votes in favour.\n\n"
            "Resolution 1775 (2007) extends the Yugoslavia prosecutor's term to 31 December. "
            "The vote was 14 in favour, none against, with the Russian Federation abstaining. "
            "Had Russia voted no, we would now be discussing who runs the office on Monday "
            "morning.\n")
    first, second = _sc(text, "2007-09-16")
    assert (first.date, first.resolution, first.yes) == ("2007-09-14", "1774", 15)
    assert (second.date, second.resolution, second.votes) == (
        "2007-09-14", "1775", {"RUS": "abstain"})


def test_a_monitoring_line_gives_the_day_the_excerpt_speaks_from() -> None:
    text = ("BROADCAST MONITORING SERVICE\n"
            "DAILY DIGEST -- PART 4: AFRICA\n"
            "ME/6081/B -- Friday 30 March 1979\n\n"
            "ANGOLA\n\n"
            "Luanda home service in Portuguese 1900 gmt 29 Mar 79\n\n"
            "The United Nations Security Council last night adopted a resolution which strongly "
            "condemns South Africa for its raids on Angola. Twelve member countries voted in "
            "favour, none voted against, and three -- the United States, Britain and France -- "
            "abstained.\n")
    [e] = _sc(text, None)
    assert (e.date, e.yes, e.no, e.abstain) == ("1979-03-28", 12, 0, 3)


def test_two_texts_adopted_each_15_0_then_described_by_number() -> None:
    text = ("One regime becomes two\n\nBy a Senior Fellow - 20 June 2011\n\n"
            "On Friday the Security Council split the 1267 sanctions list. In two resolutions "
            "adopted one after the other, each by 15 votes to none, it created a separate "
            "regime for the Taliban and kept the original committee for Al-Qaida.\n\n"
            "What the two texts do\n\n"
            "Resolution 1988 (2011) establishes a new committee and a new list.\n\n"
            "Resolution 1989 (2011) renews the Al-Qaida measures.\n\n"
            "Both texts were tabled by the United States, the United Kingdom, France and "
            "Germany. Neither vote was close, and neither was ever going to be: Russia, China "
            "and India all voted for both resolutions.\n")
    events = _sc(text, "2011-06-20")
    assert [(e.date, e.resolution, e.yes, e.no) for e in events] == [
        ("2011-06-17", "1988", 15, 0), ("2011-06-17", "1989", 15, 0)]
    for e in events:
        assert sorted(e.sponsors) == ["DEU", "FRA", "GBR", "USA"]
        assert e.votes == {"RUS": "yes", "CHN": "yes", "IND": "yes"}


def test_a_proposal_still_to_come_names_no_drafter() -> None:
    text = ("HELSINKI, Sept. 14 -- Finland's application was again rejected at Lake Success on "
            "Tuesday. For Finland the text was draft resolution S/1334; the vote was nine in "
            "favour and two against, the Soviet Union and the Ukrainian Soviet Republic. As the "
            "Soviet Union is a permanent member of the Security Council, its negative vote was "
            "a veto.\n\n"
            "A Soviet proposal to recommend all the pending applicants together is expected to "
            "be put before the Council later this week.\n")
    [e] = _sc(text, "1949-09-14")
    assert (e.draft, e.outcome, e.vetoed_by, e.sponsors) == ("S/1334", "vetoed", ["SUN"], [])


def test_two_admissions_each_carried_and_numbered_in_a_note() -> None:
    text = ("UNITED NATIONS, N.Y., Sept. 12. -- Jamaica today cleared the last hurdle but one on "
            "its way into the United Nations. The Security Council, meeting this afternoon, "
            "recommended to the General Assembly without a single dissenting voice that the new "
            "nation be admitted as a member.\n\n"
            "Minutes later the Council took a separate vote on the application of Trinidad and "
            "Tobago. Each recommendation was carried by eleven votes to none, with no "
            "abstentions.\n\n"
            "Archivist's note\n\n"
            "The Council's two decisions are recorded in the U.N. series as resolutions 174 "
            "(Jamaica) and 175 (Trinidad and Tobago).\n")
    events = _sc(text, "1962-09-13")
    assert [(e.date, e.resolution, e.yes, e.no) for e in events] == [
        ("1962-09-12", "174", 11, 0), ("1962-09-12", "175", 11, 0)]


def test_a_number_between_dashes_and_a_number_in_brackets() -> None:
    for said, number in (("The resolution -- number 2193, for those who keep records -- was "
                          "adopted with fourteen votes in favour and one abstention.", "2193"),
                         ("The resolution (2507) was adopted by 13 votes in favour, with China "
                          "and Russia abstaining.", "2507")):
        [e] = _sc("UNITED NATIONS -- The Security Council acted yesterday. " + said + "\n",
                  None)
        assert e.resolution == number


def test_another_citys_small_hours_between_dashes_are_not_the_vote_day() -> None:
    text = ("DJAKARTA, Sept. 27 -- The Security Council of the United Nations on Tuesday "
            "afternoon, New York time - in the small hours of Wednesday in Djakarta - "
            "recommended to the General Assembly that the Republic of Indonesia be admitted. "
            "The vote was ten to none, with one abstention.\n")
    [e] = _sc(text, "1950-09-27")
    assert e.date == "1950-09-26"


def test_the_soviet_republic_of_the_ukraine_and_the_councils_elected_members() -> None:
    text = ("VADUZ, July 28 -- The Security Council yesterday recommended that Liechtenstein may "
            "join the Statute of the International Court. The vote was nine in favour and none "
            "against. The Soviet Union and the Soviet Republic of the Ukraine abstained. Among "
            "those voting in favour were the United States, Great Britain, France and China, "
            "together with the Council's non-permanent members -- Norway, Canada, Egypt, "
            "Argentina and Cuba.\n")
    [e] = _sc(text, "1949-07-28")
    assert sorted(c for c, v in e.votes.items() if v == "abstain") == ["SUN", "UKR"]
    assert sorted(c for c, v in e.votes.items() if v == "yes") == [
        "ARG", "CAN", "CUB", "EGY", "FRA", "GBR", "NOR", "TWN", "USA"]


def test_members_among_the_thirteen_counted_before() -> None:
    text = ("GABORONE, Jan. 15 -- The Security Council yesterday adopted the resolution on "
            "Botswana. Thirteen members voted in favour and none against. Britain and the "
            "United States abstained. The Soviet Union, China and France were among the "
            "thirteen.\n")
    [e] = _sc(text, "1977-01-15")
    assert e.votes == {"SUN": "yes", "CHN": "yes", "FRA": "yes", "GBR": "abstain",
                       "USA": "abstain"}
