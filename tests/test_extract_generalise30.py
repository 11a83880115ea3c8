"""Generalisation checks from the tenth session's rounds: digests told in numbered items,
co-sponsors added in a sentence of their own, numbers and days given in passing.

Facts are Sciences Po's, drafters Voting-Agent's "Submitted by". On Monday 30 August 2021
the Council adopted resolution 2590 (the Mali sanctions, submitted by France), 2591 (UNIFIL,
France) and 2592 (the UN mission in Somalia, Britain), each 15-0; Kenya, Niger, Tunisia,
Mexico and Saint Vincent and the Grenadines were then elected members. Resolution 1044
(Wednesday 31 January 1996, Sudan and the attempt on President Mubarak's life, 15-0) was
submitted by Botswana, Chile, Egypt, Guinea-Bissau, Honduras and Indonesia. Resolution 2519
(Thursday 14 May 2020, the Abyei force) passed 15-0 in the written procedure of the pandemic.

From the second round: resolution 1044 passed with Botswana, Chile, Egypt, Germany,
Guinea-Bissau, Honduras, Indonesia, Italy, Poland and the Republic of Korea as elected members.
Resolution 1860 (8 January 2009, Gaza) passed 14-0-1, the United States abstaining, with
Croatia in favour. Resolution 2028 (Wednesday 21 December 2011, the Golan force, 15-0) was
submitted by Russia and the United States. In 2021 Kenya, Niger and Tunisia held Africa's three
elected seats (the "A3").

From the third round: on Monday 22 December 2008 the Council adopted resolutions 1856 (the
Congo mission), 1857 (the Congo arms embargo) and 1858 (the UN office in Burundi), each 15-0;
Voting-Agent gives Belgium and France as the drafters of 1857 and 1858. Resolution 2573
(Tuesday 27 April 2021, civilian infrastructure) and 2576 (Thursday 27 May 2021, the UN mission
in Iraq, submitted by the United States) passed 15-0. Resolution 139 (Tuesday 28 June 1960)
recommended the Federation of Mali, 11-0, with Argentina, Ceylon, the Republic of China,
Ecuador, France, Italy, Poland, Tunisia, the Soviet Union, Britain and the United States voting.
Resolution 610 (16 March 1988, the Sharpeville Six) passed 15-0, a week after Britain and the
United States vetoed a sanctions draft on South Africa (S/19585, 8 March 1988).
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_DIGEST = (
    "COUNCIL NOTES -- Wednesday 1 September 2021\n\n"
    "Monday was the last working day of the Indian presidency, and the Council used it to "
    "clear three texts before the month ran out. All three were adopted unanimously.\n\n"
    "1) Mali -- sanctions regime rolled over\n"
    "Resolution 2590 (2021), 15-0. France holds the pen on Mali and put the text forward.\n\n"
    "2) Lebanon -- UNIFIL for another year\n"
    "Resolution 2591 (2021) extends the force in southern Lebanon. Adopted 15-0. France "
    "drafted this one as well.\n\n"
    "3) Somalia -- UNSOM renewed\n"
    "Resolution 2592 (2021), 15-0. The United Kingdom drafted the text.\n"
)


def test_a_digest_in_numbered_items_is_one_vote_per_item() -> None:
    events = _sc(_DIGEST, "2021-09-01")
    assert [(e.resolution, e.date, e.yes, e.no, e.abstain) for e in events] == [
        ("2590", "2021-08-30", 15, 0, 0),
        ("2591", "2021-08-30", 15, 0, 0),
        ("2592", "2021-08-30", 15, 0, 0),
    ]


def test_each_items_drafter_goes_with_that_items_text() -> None:
    events = _sc(_DIGEST, "2021-09-01")
    assert [e.sponsors for e in events] == [["FRA"], ["FRA"], ["GBR"]]


def test_a_tally_right_after_a_resolution_number_is_read() -> None:
    text = ("NAIROBI, 31 August 2021 -- The Security Council on Monday renewed its political "
            "mission in Somalia for nine months.\n\nResolution 2592 (2021): 15-0.\n")
    (e,) = _sc(text, "2021-08-31")
    assert (e.resolution, e.yes, e.no) == ("2592", 15, 0)


def test_cosponsors_joined_by_in_a_sentence_of_their_own() -> None:
    text = ("CAIRO, Friday 2 February 1996 -- The Security Council the day before yesterday "
            "called on Sudan to hand over the three men wanted for the attempt on President "
            "Mubarak's life in Addis Ababa, adopting resolution 1044 unanimously.\n\n"
            "Egypt was among the sponsors of the text. It was joined by Botswana, Chile and "
            "Guinea-Bissau, and by two more Council members, Honduras and Indonesia.\n")
    (e,) = _sc(text, "1996-02-02")
    assert e.date == "1996-01-31"
    assert set(e.sponsors) == {"EGY", "BWA", "CHL", "GNB", "HND", "IDN"}


def test_a_number_the_story_gives_only_in_passing_is_the_votes() -> None:
    text = ("KHARTOUM, Friday 15 May 2020 -- The UN Security Council has extended the mandate "
            "of its peacekeeping force in Abyei for another six months.\n\n"
            "The result of resolution 2519 (2020) was announced on Thursday after members "
            "sent in their votes in writing. All 15 members voted in favour.\n")
    (e,) = _sc(text, "2020-05-15")
    assert (e.resolution, e.yes) == ("2519", 15)


def test_a_number_the_story_cites_as_an_older_text_is_not_the_votes() -> None:
    text = ("KHARTOUM, Friday 15 May 2020 -- The UN Security Council on Thursday extended the "
            "mandate of its peacekeeping force in Abyei for another six months. The force was "
            "set up under resolution 1990 (2011). All 15 members voted in favour.\n")
    (e,) = _sc(text, "2020-05-15")
    assert e.resolution is None


def test_latin_america_is_a_region_and_its_members_are_named_after_it() -> None:
    text = ("MOGADISHU, 31 August 2021 -- The Security Council yesterday renewed the UN "
            "mission in Somalia by fifteen votes to none. Kenya, Niger and Tunisia voted for "
            "it, and so did the Council's two members from Latin America, Mexico and Saint "
            "Vincent and the Grenadines.\n")
    (e,) = _sc(text, "2021-08-31")
    assert e.votes == {"KEN": "yes", "NER": "yes", "TUN": "yes", "MEX": "yes", "VCT": "yes"}


def test_as_did_and_then_so_did_name_more_voters_on_the_same_side() -> None:
    text = ("BAMAKO, 31 August 2021 -- The Security Council yesterday renewed the sanctions "
            "regime on Mali unanimously. Kenya voted for the text, as did China and Russia, "
            "and so did Britain and the United States.\n")
    (e,) = _sc(text, "2021-08-31")
    assert e.votes == {"KEN": "yes", "CHN": "yes", "RUS": "yes", "GBR": "yes", "USA": "yes"}


def test_the_original_language_of_a_translation_is_no_drafter() -> None:
    text = ("DE AVONDKRANT -- Tuesday 31 August 2021\n\n"
            "[Translated for the archive. The original Dutch text is kept on microfilm.]\n\n"
            "NEW YORK, 30 August. -- The Security Council today renewed the UN force in "
            "southern Lebanon for a year, adopting resolution 2591 by fifteen votes to none.\n")
    (e,) = _sc(text, "2021-08-31")
    assert e.sponsors == []


_CAIRO = "CAIRO, Friday 2 February 1996 -- The Security Council the day before yesterday " \
    "called on Sudan to extradite the three suspects, adopting resolution 1044 unanimously.\n\n"


def test_voters_named_as_those_of_members_and_by_a_raised_hand() -> None:
    text = _CAIRO + ("Egypt voted in favour, together with those of Botswana and Guinea-Bissau, "
                     "and the representative of the United States also raised his hand for "
                     "the text.\n")
    (e,) = _sc(text, "1996-02-02")
    assert e.votes == {"EGY": "yes", "BWA": "yes", "GNB": "yes", "USA": "yes"}


def test_a_group_spelled_out_after_a_dash_goes_on_a_list_of_voters() -> None:
    text = _CAIRO + ("Voting in favour were the delegates of Chile and Honduras, and those of the "
                     "five permanent members -- the United States, Britain, France, Russia and "
                     "China.\n")
    (e,) = _sc(text, "1996-02-02")
    assert e.votes == {k: "yes" for k in ("CHL", "HND", "USA", "GBR", "FRA", "RUS", "CHN")}


def test_voted_alongside_after_the_side_was_told() -> None:
    text = _CAIRO + ("All fifteen members raised their hands for the text -- Germany and Italy, "
                     "which sit on the Council this year, voted alongside Poland and Indonesia.\n")
    (e,) = _sc(text, "1996-02-02")
    assert e.votes == {"DEU": "yes", "ITA": "yes", "POL": "yes", "IDN": "yes"}


def test_a_member_and_the_other_fourteen_after_an_aside_that_names_texts() -> None:
    text = _CAIRO + ("Egypt, which has voted on many such resolutions as a Council member, "
                     "voted in favour along with the other fourteen members, Botswana among "
                     "them.\n")
    (e,) = _sc(text, "1996-02-02")
    assert (e.yes, e.no, e.abstain) == (15, 0, 0)
    assert e.votes == {"EGY": "yes", "BWA": "yes"}


def test_a_drafter_that_voted_for_its_own_text() -> None:
    text = _CAIRO + ("All fifteen members voted in favour of the resolution, which was drafted by "
                     "Egypt. Egypt is a member of the Council this year; it voted for its own "
                     "text, of course.\n")
    (e,) = _sc(text, "1996-02-02")
    assert e.votes == {"EGY": "yes"}
    assert e.sponsors == ["EGY"]


def test_a_dateline_that_gives_only_the_day_of_the_month() -> None:
    text = ("O DIARIO, Friday 2 February 1996\n\n"
            "NEW YORK, 31 (From our correspondent) -- The Security Council this afternoon "
            "called on Sudan to extradite the three suspects, adopting resolution 1044 "
            "unanimously.\n")
    (e,) = _sc(text, None)
    assert e.date == "1996-01-31"


def test_a_foreign_masthead_outranks_the_date_of_a_translators_note() -> None:
    text = ("LE JOURNAL DU CAIRE\nLe Caire, vendredi 2 fevrier 1996\n\n"
            "[Translated from the French, prepared for the Nile Press Monitor, weekly edition of "
            "5 February 1996.]\n\n" + _CAIRO.split("-- ", 1)[1])
    (e,) = _sc(text, None)
    assert e.date == "1996-01-31"


def test_a_name_after_the_former_is_no_voter() -> None:
    text = ("ZAGREB, 9 January 2009 -- The Security Council last night called for an "
            "immediate ceasefire in Gaza by 14 votes to none, with the United States "
            "abstaining. Croatia, the only member from the former Yugoslavia, voted in "
            "favour.\n")
    (e,) = _sc(text, "2009-01-09")
    assert e.votes == {"USA": "abstain", "HRV": "yes"}


def test_a_number_in_brackets_after_the_text_and_a_bare_unanimous_tally() -> None:
    text = ("JERUSALEM, 22 December 2011 -- The Security Council yesterday renewed the UN "
            "force on the Golan Heights for six months. As usual, the text (resolution 2028) "
            "was put forward jointly by Russia and the United States. Unanimous, 15-0.\n")
    (e,) = _sc(text, "2011-12-22")
    assert (e.resolution, e.yes, e.no, e.abstain) == ("2028", 15, 0, 0)
    assert set(e.sponsors) == {"RUS", "USA"}


def test_the_a3_are_the_years_three_african_members() -> None:
    text = ("NAIROBI, 31 August 2021 -- The Security Council yesterday renewed the UN "
            "mission in Somalia unanimously. The A3 voted yes.\n")
    (e,) = _sc(text, "2021-08-31")
    assert e.votes == {"KEN": "yes", "NER": "yes", "TUN": "yes"}


def test_texts_taken_in_turn_after_the_story_counted_them() -> None:
    text = ("BRUSSELS, Tuesday 23 December 2008 -- Yesterday the Security Council adopted three "
            "resolutions, all of them unanimously.\n\n"
            "One of them concerned the Congo. Resolution 1857 renews the arms embargo on armed "
            "groups in the east. The text was put forward by Belgium and France.\n\n"
            "Another, resolution 1858, extends the UN office in Burundi. The draft was "
            "presented by France and Belgium once more.\n\n"
            "The third, resolution 1856, renewed the UN mission in the Congo.\n")
    events = _sc(text, "2008-12-23")
    assert sorted((e.resolution, e.date, e.yes) for e in events) == [
        ("1856", "2008-12-22", 15), ("1857", "2008-12-22", 15), ("1858", "2008-12-22", 15)]
    assert {e.resolution: set(e.sponsors) for e in events}["1858"] == {"BEL", "FRA"}


def test_a_monthly_newsletter_dates_each_entry_and_reads_tuesday_of_last_week() -> None:
    text = ("IRAQ AND THE COUNCIL\nMonthly newsletter for subscribers -- Wednesday 2 June "
            "2021\n\n"
            "27 April: resolution 2573. The first text of the period was adopted on 27 April "
            "by fifteen votes to none. It condemns attacks on objects indispensable to the "
            "survival of civilians.\n\n"
            "27 May: resolution 2576. On Thursday of last week the Council renewed the UN "
            "mission in Iraq for a year, again by fifteen votes to none. The United States "
            "drafted the text.\n")
    events = _sc(text, None)
    assert sorted((e.resolution, e.date) for e in events) == [
        ("2573", "2021-04-27"), ("2576", "2021-05-27")]


def test_an_older_vote_the_story_counted_among_its_news() -> None:
    text = ("COUNCIL WATCH\nA fortnightly bulletin -- Thursday 3 June 2021\n\n"
            "Twice in the space of five weeks the Security Council has adopted texts this "
            "bulletin follows, and on both occasions it did so unanimously.\n\n"
            "On 27 April the Council adopted resolution 2573 (2021) by fifteen votes to none. "
            "It condemns attacks on objects indispensable to the survival of civilians.\n\n"
            "On Thursday of last week it adopted resolution 2576 (2021), renewing the UN "
            "mission in Iraq, by fifteen votes to none.\n")
    events = _sc(text, None)
    assert sorted((e.resolution, e.date, e.yes) for e in events) == [
        ("2573", "2021-04-27", 15), ("2576", "2021-05-27", 15)]


def test_a_recommendation_that_the_assembly_admit_and_a_roll_past_an_aside() -> None:
    text = ("DAKAR, Saturday 2 July 1960 -- On Tuesday the Security Council recommended that "
            "the General Assembly admit the Federation of Mali as a Member, by eleven votes to "
            "none. Every member of the Council raised a hand for the text: France, which has "
            "close ties with Dakar and Bamako, the United States, Britain, the Soviet Union, "
            "Poland, Italy, Tunisia, Ceylon, Argentina and Ecuador.\n")
    (e,) = _sc(text, "1960-07-02")
    assert (e.date, e.outcome, e.yes) == ("1960-06-28", "adopted", 11)
    assert {"FRA", "USA", "GBR", "SUN", "POL", "ITA", "TUN", "LKA", "ARG", "ECU"} <= {
        k for k, v in e.votes.items() if v == "yes"}


def test_the_votes_of_a_group_spelled_out_and_of_more_members() -> None:
    text = _CAIRO + ("The resolution had the votes of the five permanent members -- Britain, "
                     "China, France, Russia and the United States -- and of Chile, Germany and "
                     "Italy.\n")
    (e,) = _sc(text, "1996-02-02")
    assert e.votes == {k: "yes" for k in ("GBR", "CHN", "FRA", "RUS", "USA", "CHL", "DEU",
                                          "ITA")}


def test_among_them_a_member_and_a_group_spelled_out() -> None:
    text = _CAIRO + ("All fifteen members voted in favour, among them Egypt, which holds the "
                     "Arab seat on the Council, and all five permanent members -- the United "
                     "States, Russia, Britain, France and China.\n")
    (e,) = _sc(text, "1996-02-02")
    assert e.votes == {k: "yes" for k in ("EGY", "USA", "RUS", "GBR", "FRA", "CHN")}


def test_drafters_joined_as_sponsors_by_others() -> None:
    text = _CAIRO + ("The text was drafted by Egypt and Botswana, who were joined as sponsors "
                     "by Chile, Guinea-Bissau, Honduras and Indonesia.\n")
    (e,) = _sc(text, "1996-02-02")
    assert set(e.sponsors) == {"EGY", "BWA", "CHL", "GNB", "HND", "IDN"}


def test_the_number_of_this_year_and_support_for_a_numbered_resolution() -> None:
    text = _CAIRO.replace(", adopting resolution 1044 unanimously", " unanimously") + (
        "The resolution, number 1044 of 1996, asks Sudan to desist from assisting terrorist "
        "activities. All fifteen members supported resolution 1044, including Egypt.\n")
    (e,) = _sc(text, "1996-02-02")
    assert (e.resolution, e.yes) == ("1044", 15)
    assert e.votes == {"EGY": "yes"}


def test_hands_raised_and_a_member_that_voted_with_them() -> None:
    text = ("DAKAR, Saturday 2 July 1960 -- On Tuesday the Security Council recommended the "
            "Federation of Mali for membership by eleven votes to none. Britain, France and the "
            "United States also raised their hands, and the Soviet Union voted with them.\n")
    (e,) = _sc(text, "1960-07-02")
    assert e.votes == {"GBR": "yes", "FRA": "yes", "USA": "yes", "SUN": "yes"}


def test_texts_that_have_been_blocked_before_are_no_vote_of_the_story() -> None:
    text = ("LUSAKA, 17 March 1988 -- The Security Council yesterday unanimously called on "
            "South Africa to spare the lives of the Sharpeville Six. Britain and the United "
            "States voted for the text. Proposals for mandatory sanctions have been blocked by "
            "the veto of the Western permanent members.\n")
    (e,) = _sc(text, "1988-03-17")
    assert e.votes == {"GBR": "yes", "USA": "yes"}
    assert e.vetoed_by == []


def test_a_drafter_named_with_the_number_of_an_earlier_text_of_the_story() -> None:
    text = ("BRUSSELS, Tuesday 23 December 2008 -- Yesterday the Security Council first adopted "
            "resolution 1856 on the Congo and then resolution 1859 on Iraq's development fund, "
            "both unanimously. Resolution 1856 was presented by Belgium, France and the United "
            "Kingdom.\n")
    events = {e.resolution: e for e in _sc(text, "2008-12-23")}
    assert set(events["1856"].sponsors) == {"BEL", "FRA", "GBR"}
    assert events["1859"].sponsors == []


def test_among_the_texts_cosponsors_and_a_member_included() -> None:
    text = _CAIRO + ("Egypt, which sits on the Council this year, was among the text's "
                     "co-sponsors, together with Botswana and Chile. All fifteen members voted "
                     "for it, Indonesia included.\n")
    (e,) = _sc(text, "1996-02-02")
    assert set(e.sponsors) == {"EGY", "BWA", "CHL"}
    assert e.votes.get("IDN") == "yes"


def test_a_weekday_in_a_weekly_whose_lead_says_last_week() -> None:
    text = ("THE WEEKLY COURIER -- Wednesday, 7 February 1996\n\n"
            "The Security Council last week called on Sudan to extradite the three suspects "
            "wanted for the attempt on President Mubarak's life.\n\n"
            "The text, resolution 1044, was adopted on Wednesday by fifteen votes to none.\n")
    (e,) = _sc(text, None)
    assert (e.date, e.resolution) == ("1996-01-31", "1044")


def test_a_day_of_last_week_given_with_its_date_is_the_news() -> None:
    text = ("SAHEL LAW NOTES\nA newsletter for practitioners\nIssue 12 -- 10 September 2021\n\n"
            "On Monday of last week, 30 August, the Security Council adopted resolution 2590 "
            "(2021), renewing the sanctions regime on Mali. The vote was 15-0-0.\n")
    (e,) = _sc(text, None)
    assert (e.date, e.resolution, e.yes) == ("2021-08-30", "2590", 15)


# Resolution 2573 (Tuesday 27 April 2021, civilian infrastructure, 15-0) was co-sponsored by
# 64 states by Voting-Agent's count, Kenya, Niger and Norway among the Council's members.


def test_drafters_named_after_the_story_counted_them() -> None:
    text = ("NAIROBI, 28 April 2021 -- The Security Council yesterday adopted resolution 2573 "
            "unanimously, condemning attacks on objects civilians need to survive.\n\n"
            "The resolution was co-sponsored by more than 60 member states. Two Council "
            "members, Kenya and Niger, were among them.\n")
    (e,) = _sc(text, "2021-04-28")
    assert set(e.sponsors) == {"KEN", "NER"}


def test_a_counted_list_of_cosponsors_then_the_council_members_among_them() -> None:
    text = ("OSLO, 28 April 2021 -- The Security Council yesterday adopted resolution 2573 "
            "unanimously. The text was co-sponsored by more than sixty UN member states, "
            "Kenya, Niger and Norway among the Council members.\n")
    (e,) = _sc(text, "2021-04-28")
    assert set(e.sponsors) == {"KEN", "NER", "NOR"}


def test_without_a_single_vote_against_or_abstention_and_not_one_abstained() -> None:
    text = ("NAIROBI, 28 April 2021 -- Yesterday the Security Council adopted resolution 2573, "
            "and it did so without a single vote against or a single abstention: all fifteen "
            "members said yes.\n")
    (e,) = _sc(text, "2021-04-28")
    assert (e.yes, e.no, e.abstain) == (15, 0, 0)
    text = ("NAIROBI, 28 April 2021 -- Yesterday the Security Council adopted resolution "
            "2573. The vote was 15 to nil. Not one of the fifteen members abstained.\n")
    (e,) = _sc(text, "2021-04-28")
    assert (e.yes, e.no, e.abstain) == (15, 0, 0)


def test_both_superpowers_are_the_united_states_and_the_soviet_union() -> None:
    # Resolution 548 (Friday 24 February 1984, Brunei Darussalam) passed 15-0 (Sciences Po).
    text = ("BANDAR SERI BEGAWAN, 25 February 1984 -- The Security Council yesterday "
            "recommended Brunei for membership by fifteen votes to none. Both superpowers "
            "voted yes.\n")
    (e,) = _sc(text, "1984-02-25")
    assert e.date == "1984-02-24"
    assert e.votes == {"USA": "yes", "SUN": "yes"}


def test_a_regional_group_named_after_as_did() -> None:
    # Resolution 2592 (Monday 30 August 2021) passed 15-0 with Kenya, Niger and Tunisia, the
    # African members, and Estonia and Norway among the elected members (Sciences Po).
    text = ("TALLINN, 31 August 2021 -- The Security Council yesterday renewed the UN mission "
            "in Somalia by fifteen votes to none. Estonia and Norway both raised their hands for "
            "it, as did the African members, Kenya, Niger and Tunisia.\n")
    (e,) = _sc(text, "2021-08-31")
    assert e.votes == {k: "yes" for k in ("EST", "NOR", "KEN", "NER", "TUN")}


def test_a_unanimous_count_then_the_members_it_included() -> None:
    text = ("TALLINN, 31 August 2021 -- The Security Council yesterday renewed the UN mission "
            "in Somalia. The members voted fifteen in favour, none against, with no abstentions "
            "-- the whole Council, in other words, including the Russian delegate.\n")
    (e,) = _sc(text, "2021-08-31")
    assert (e.yes, e.no, e.abstain) == (15, 0, 0)
    assert e.votes == {"RUS": "yes"}


def test_gave_its_approval_and_an_aside_that_says_alongside() -> None:
    text = ("NAIROBI, 31 August 2021 -- The Security Council yesterday, in resolution 2592, "
            "gave its approval to a nine-month renewal of the UN mission in Somalia.\n")
    (e,) = _sc(text, "2021-08-31")
    assert (e.resolution, e.outcome, e.date) == ("2592", "adopted", "2021-08-30")
    text = text + ("The vote was 15-0-0. Kenya, which our readers will know is not usually found "
                   "alongside Washington on African questions, voted for the text, as did Niger "
                   "and Tunisia.\n")
    (e,) = _sc(text, "2021-08-31")
    assert e.votes == {"KEN": "yes", "NER": "yes", "TUN": "yes"}


def test_a_string_of_vetoes_recalled_is_no_veto_of_the_story() -> None:
    text = ("NAIROBI, 31 August 2021 -- The Security Council yesterday renewed the UN mission "
            "in Somalia by fifteen votes to none.\n\n"
            "A delegate from one of the elected members said after the meeting that the vote "
            "was a good day for the Council, a reference to the string of Russian vetoes on "
            "Syria.\n")
    assert [(e.outcome, e.yes) for e in _sc(text, "2021-08-31")] == [("adopted", 15)]


def test_a_long_appositive_inside_a_list_of_voters() -> None:
    text = ("MAPUTO, 31 August 2021 -- The Security Council yesterday renewed the UN mission in "
            "Somalia. All fifteen members voted in favour. Among the members voting yes was "
            "Tunisia, the only French-speaking Arab country now sitting on the Council, and "
            "Niger.\n")
    (e,) = _sc(text, "2021-08-31")
    assert e.votes == {"TUN": "yes", "NER": "yes"}
