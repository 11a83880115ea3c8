"""Generalisation checks from the seventh session's rounds (heldout34 to heldout36).

Dates: a weekday-only dateline with the city's state in parentheses ("LAKE SUCCESS (New
York), Sunday.") dates "to-day"; a review that opens with a vote of some months back and
counts it in the same paragraph ("On 7 July ... The vote was seven in favour ...") reports
that vote with its own day, while a news story that tells its own vote first keeps an older
one in the background. Names: "the delegate of Taipei" is a government, not a place;
"joined them, as did A and B"; "as did our brothers from A and from B"; "as were the
Council's three African members -- A, B and C". Not history: "did not take part in the vote
-- the first time ...". Several texts at one sitting: "Zambia was dealt with at the same
sitting in exactly the same way", "voted for both applications" and the roll after it; "By a
third unanimous vote"; "At the next meeting the Council extended ..."; "The decision,
formally numbered resolution 196" and "Resolution 2539 also asks ..." number the text just
told. Background: "adopted unanimously in August 2006" in a story of August 2020. A day
alone: "at its meeting of the 12th, New York time". Rolls: "voted for Japan: A, B, ...".
Drafters: "tabled by A, which has led on Darfur, together with B, C"; "A, which held the
presidency, was among the co-sponsors, as were B and C"; "Among the co-sponsors of the text
were A, which sits on the Council this year, B and C"; "a long list of co-sponsors; among
them were A itself, B and C". Not this vote: "Britain and France, which have both used their
vetoes on southern African questions in the past, voted in favour this time" (and "So did
China and our neighbour Libya" after it). Days and texts: "On the last day of January";
"renewed the Yemen asset freeze and travel ban"; a digest's next numbered item dated on
another day is another text, while a write-through under its slug line, or a reaction to "the
resolution adopted ... on Wednesday", retells the same one. Broadcasts: "Late last night,
Malta time, the Security Council voted" (a clock, not a voter); "raised their hands with the
rest"; "Immediately afterwards the Council took up the application of Zambia, which became
independent only last Saturday. That too was approved unanimously" (another text, the same
day); "The text, which will be known as Security Council resolution 248"; "Resolution
fifteen forty-five goes much further". Drafters: "co-sponsored it, including all five
permanent members -- A, B, C, D and E -- as well as F and G". Counts and texts: "By eleven
votes - every member of the Council - it adopted"; "At the same sitting the Council dealt
with a similar request from Trinidad and Tobago". The story's year: "resolution 262 of
December 1968, adopted after the raid" in a 1970 page does not date the page. Counts and
drafters: "adopted by all fifteen members of the Council", "by all 15 Council members";
"prepared by the Group of Friends of the Secretary-General on Georgia -- A, B, C, D and E
--"; "belonged to China, which voted yes". Page dates: "THURSDAY 13TH DECEMBER 1956",
"Zaterdag 31 juli 1999", "1998. j\u00falius 31., p\u00e9ntek"; "his letters of 20 and 23
July" date the letters. Rolls: "India and Indonesia, whose votes Peking watches most
closely, were both in favour; so were Kenya and Peru"; "all fifteen members voted yes, and
yes, that includes Russia and China"; "to see Moscow and Washington raise their hands for the
same text". Two texts told together: "adopted two resolutions, the first recommending
Jamaica, the second Trinidad and Tobago. Each was adopted by eleven votes", then "raised his
hand like the others, and so did the representative of Nationalist China" for each (a group
inside the delegate's aside, "the Western powers", casts no vote) and "The two texts bear the
numbers 174 and 175". Another text: "Minutes before, in a separate meeting, all fifteen
members agreed to a British text". Hands: "All eleven members raised their hands.". A wire's
sign-off "AWS-10-25-73 jk" on the last line dates copy whose dateline has no day. "All
fifteen members of the Council raised their hands, and one of them was Ethiopia"; "Only Libya
voted against back then, and China abstained" is the old vote. "Voting for the reference to
the unified command were A, B and C"; "Every member voted in favour, the Nationalist Chinese
representative among them".

Facts are the record's (Sciences Po, DHL meeting tables): resolution 82 (Sunday 25 June
1950) passed 9-0-1, Yugoslavia abstaining and the Soviet Union absent; resolution 84 (7 July
1950) passed 7-0-3, Egypt, India and Yugoslavia abstaining, the Republic of China in favour;
resolution 85 (Monday 31 July 1950) passed 9-0-1, Yugoslavia abstaining; resolution 121 (12
December 1956) recommended Japan's admission 11-0, the members being Australia, Belgium,
China, Cuba, France, Iran, Peru, the Soviet Union, Britain, the United States and Yugoslavia;
resolution 418 (4 November 1977) imposed the arms embargo on South Africa 15-0, Benin, Libya
and Mauritius among the members; resolution 338 (22 October 1973) passed 14-0 with China not
taking part (DHL 14-0-0); Russia vetoed S/2022/155 on Friday 25 February 2022, 11-1-3, the
year's first veto (the next came on 26 May); resolutions 196 (Malta) and 197 (Zambia) were
adopted 11-0 on 30 October 1964, the members being China, France, the Soviet Union, Britain,
the United States, Bolivia, Brazil, Czechoslovakia, the Ivory Coast, Morocco and Norway;
resolutions 2538 (women in peacekeeping), 2539 (UNIFIL, to 31 August 2021, troop ceiling cut
to 13,000) and 2540 (UNSOM) passed 15-0 on Friday 28 August 2020; resolution 1701 was adopted
unanimously on 11 August 2006. Voting-Agent: resolution 2171 (21 August 2014, conflict
prevention, 15-0) was submitted by Australia, France, Chad, Jordan, Lithuania, Luxembourg,
Nigeria, the Republic of Korea, Rwanda, Britain and the United States; resolution 1769 (31 July
2007, UNAMID, 15-0) by Belgium, Congo, France, Italy, Peru, Slovakia and Britain. Sciences
Po: resolution 418 (4 November 1977) was adopted 15-0, days after Britain, France and the
United States vetoed three South Africa drafts on 31 October 1977, China and Libya in favour;
resolutions 2507 (Friday 31 January 2020, Central African Republic sanctions) and 2511
(Tuesday 25 February 2020, Yemen sanctions) each passed 13-0-2, China and Russia abstaining,
Germany, Belgium, Niger, Tunisia and South Africa in favour; resolution 248 (24 March 1968,
Karameh) passed 15-0; resolution 1545 (21 May 2004) set up ONUB unanimously, and resolution
1375 (29 October 2001) had backed the protection force in Burundi. Voting-Agent: resolution
2177 (18 September 2014, Ebola, 15-0) had every Council member among its co-sponsors. Sciences
Po: resolution 186 (4 March 1964) set up the Cyprus force 11-0; resolutions 174 (Jamaica) and
175 (Trinidad and Tobago) were adopted 11-0 on 12 September 1962, Ghana and Ireland among the
members; resolution 279 (Tuesday 12 May 1970) demanded Israel's withdrawal from Lebanon 15-0,
Zambia, Syria and Sierra Leone among the members; resolution 1255 (Friday 30 July 1999)
renewed UNOMIG 15-0; resolution 2094 (7 March 2013) tightened the sanctions on North Korea
15-0. Voting-Agent: resolutions 1187 (Thursday 30 July 1998) and 1752 (13 April 2007) on
Georgia, both 15-0, were submitted by France, Germany, Russia, Britain and the United States.
Sciences Po: resolution 340 (25 October 1973) set up the second Emergency Force, India,
Indonesia, Kenya and Peru in favour; resolution 2166 (21 July 2014, MH17) passed 15-0, Russia,
China and the United States in favour; resolution 2444 (14 November 2018) lifted the Eritrea
sanctions 15-0, Ethiopia in favour; resolution 1907 (23 December 2009) had imposed them 13-1-1,
Libya against and China abstaining; resolution 2150 (16 April 2014) on preventing genocide
passed 15-0."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_weekday_dateline_with_the_state_in_parentheses_dates_to_day() -> None:
    text = ("THE MORNING COURIER\nMONDAY, JUNE 26, 1950\n\nCOUNCIL CALLS FOR CEASE-FIRE IN "
            "KOREA\n\nLAKE SUCCESS (New York), Sunday.\n\nThe Security Council to-day called "
            "on North Korea to withdraw its forces to the 38th parallel. The resolution was "
            "carried by nine votes to none, Yugoslavia abstaining. The Soviet delegate was "
            "absent.\n")
    [e] = _sc(text, "1950-06-26")
    assert e.date == "1950-06-25"
    assert (e.yes, e.no, e.abstain) == (9, 0, 1)


_REVIEW = ("THE MONTH AT LAKE SUCCESS -- review dated 1 August 1950\n\n"
           "KOREA: TWO RESOLUTIONS IN FOUR WEEKS\n\n"
           "Readers will recall the first step. On 7 July the Security Council adopted "
           "resolution 84, "
           "which placed the forces sent to help the Republic of Korea under a unified "
           "command. It asked the United States to name the commander. The vote was seven in "
           "favour, none against, with three abstentions: Egypt, India and Yugoslavia.\n\n"
           "On Monday 31 July the Council turned to relief and adopted resolution 85 by nine "
           "votes to none, Yugoslavia again abstaining.\n")


def test_a_review_that_opens_with_an_older_vote_reports_it_with_its_own_day() -> None:
    events = {e.resolution: e for e in _sc(_REVIEW, "1950-08-01")}
    assert set(events) == {"84", "85"}
    old = events["84"]
    assert old.date == "1950-07-07"
    assert (old.yes, old.no, old.abstain) == (7, 0, 3)
    assert {c: old.votes.get(c) for c in ("EGY", "IND", "YUG")} == dict.fromkeys(
        ("EGY", "IND", "YUG"), "abstain")
    assert events["85"].date == "1950-07-31"


def test_a_news_story_that_tells_its_own_vote_first_keeps_the_older_one_back() -> None:
    text = ("LAKE SUCCESS, July 31 -- The Security Council today adopted resolution 85 on "
            "relief for Korea by nine votes to none, Yugoslavia abstaining.\n\n"
            "On July 7 the Council adopted resolution 84 on a unified command. The vote was "
            "seven in favour, none against, with three abstentions.\n")
    [e] = _sc(text, "1950-07-31")
    assert e.resolution == "85"


def test_the_delegate_of_a_capital_votes_for_its_government() -> None:
    text = ("LAKE SUCCESS, July 7 -- The Security Council today adopted resolution 84 by seven "
            "votes to none, with three abstentions. The delegate of Taipei, who held China's "
            "seat, voted in favour, as did France and Norway.\n")
    [e] = _sc(text, "1950-07-07")
    assert {c: e.votes.get(c) for c in ("TWN", "FRA", "NOR")} == dict.fromkeys(
        ("TWN", "FRA", "NOR"), "yes")


def test_joined_them_as_did_gives_both_lists_the_vote_before() -> None:
    text = ("UNITED NATIONS, Dec. 12 -- The Security Council today unanimously recommended "
            "that Japan be admitted to the United Nations. The Soviet Union voted in favour, "
            "and so did Nationalist China. The United States and France joined them, as did "
            "Australia, Belgium, Cuba, Iran, Peru and Yugoslavia.\n")
    [e] = _sc(text, "1956-12-12")
    named = ("SUN", "TWN", "USA", "FRA", "AUS", "BEL", "CUB", "IRN", "PER", "YUG")
    assert {c: e.votes.get(c) for c in named} == dict.fromkeys(named, "yes")


def test_as_did_our_brothers_from_names_the_members_after_them() -> None:
    text = ("COTONOU, 5 November -- Yesterday the Security Council adopted resolution 418, "
            "an arms embargo against South Africa, by fifteen votes to none. Benin voted in "
            "favour, as did our brothers from Libya and from Mauritius.\n")
    [e] = _sc(text, "1977-11-05")
    assert {c: e.votes.get(c) for c in ("BEN", "LBY", "MUS")} == dict.fromkeys(
        ("BEN", "LBY", "MUS"), "yes")


def test_as_were_the_councils_african_members_spelled_out() -> None:
    text = ("UNITED NATIONS, Nov. 4 -- The Security Council today imposed an arms embargo on "
            "South Africa in resolution 418. Fifteen members voted in favour. The United "
            "States, Britain and France were among the fifteen, as were the Council's three "
            "African members -- Benin, Libya and Mauritius.\n")
    [e] = _sc(text, "1977-11-04")
    named = ("USA", "GBR", "FRA", "BEN", "LBY", "MUS")
    assert {c: e.votes.get(c) for c in named} == dict.fromkeys(named, "yes")


def test_the_first_time_after_a_dash_is_this_vote_not_history() -> None:
    text = ("UNITED NATIONS, Oct. 22 -- The Security Council early today adopted resolution "
            "338 calling for a cease-fire in the Middle East by 14 votes to none. China did "
            "not take part in the vote -- the first time the Chinese delegation had stayed "
            "out of a cease-fire vote, one diplomat said.\n")
    [e] = _sc(text, "1973-10-22")
    assert e.votes.get("CHN") == "not_participating"
    assert (e.yes, e.no) == (14, 0)


def test_a_veto_called_the_first_of_the_year_after_a_dash_stands() -> None:
    text = ("UNITED NATIONS, Feb. 25 -- Russia on Friday vetoed a Security Council draft "
            "resolution on Ukraine, S/2022/155 -- the first time any member has used the veto "
            "this year. The vote was 11 in favour, one against and three abstentions.\n")
    [e] = _sc(text, "2022-02-25")
    assert e.outcome == "vetoed" and e.vetoed_by == ["RUS"]
    assert (e.yes, e.no, e.abstain) == (11, 1, 3)


_TWO_APPLICANTS = (
    "VALLETTA, Oct. 31 -- Meeting in New York yesterday, the Security Council recommended "
    "Malta's admission to the United Nations by eleven votes to none. The decision, formally "
    "numbered resolution 196, now goes to the General Assembly.\n\n"
    "Zambia, independent since the 24th, was dealt with at the same sitting in exactly the "
    "same way: eleven hands raised, none against. The Council's two African members -- the "
    "Ivory Coast and Morocco -- voted for both applications. Britain voted for them, as did "
    "Norway and Brazil.\n")


def test_an_applicant_dealt_with_in_the_same_way_is_a_second_text() -> None:
    events = _sc(_TWO_APPLICANTS, "1964-10-31")
    assert len(events) == 2
    assert [e.date for e in events] == ["1964-10-30", "1964-10-30"]
    assert [(e.yes, e.no) for e in events] == [(11, 0), (11, 0)]
    assert events[0].resolution == "196"
    assert events[1].resolution is None  # the story never gives Zambia's number


def test_votes_for_both_applications_and_the_roll_after_go_to_both() -> None:
    named = ("CIV", "MAR", "GBR", "NOR", "BRA")
    for e in _sc(_TWO_APPLICANTS, "1964-10-31"):
        assert {c: e.votes.get(c) for c in named} == dict.fromkeys(named, "yes")


_NEWSLETTER = (
    "Council Brief -- Saturday, 29 August 2020\n\n"
    "The Security Council voted unanimously on Friday to renew UNIFIL, the force in southern "
    "Lebanon, until 31 August 2021. Resolution 2539 also cuts the force's troop ceiling from "
    "15,000 to 13,000. France drafted the text.\n\n"
    "At the next meeting the Council extended the UN Assistance Mission in Somalia for a "
    "year. The vote on resolution 2540 was unanimous, 15-0.\n\n"
    "By a third unanimous vote, again fifteen to nothing, it adopted a text on women in "
    "peacekeeping.\n\n"
    "The force's mandate rests on resolution 1701, adopted unanimously in August 2006 to end "
    "that summer's war.\n")


def test_the_next_meeting_and_a_third_vote_open_texts_of_their_own() -> None:
    events = _sc(_NEWSLETTER, "2020-08-29")
    assert [e.resolution for e in events] == ["2539", "2540", None]
    assert all(e.date == "2020-08-28" for e in events)
    assert all((e.yes, e.no, e.outcome) == (15, 0, "adopted") for e in events)


def test_a_resolution_adopted_in_the_same_month_years_before_is_background() -> None:
    events = _sc(_NEWSLETTER, "2020-08-29")
    assert "1701" not in {e.resolution for e in events}


def test_a_day_alone_given_in_new_york_time() -> None:
    text = ("TOKYO, 13th (Kyodo) -- The Security Council voted at its meeting of the 12th, New "
            "York time, on Japan's application for membership of the United Nations and "
            "recommended it unanimously, eleven votes to none.\n")
    [e] = _sc(text, "1956-12-13")
    assert e.date == "1956-12-12"


def test_voted_for_the_applicant_then_the_roll_after_a_colon() -> None:
    text = ("UNITED NATIONS, Dec. 12 -- The Security Council today recommended Japan's admission "
            "by eleven votes to none. All the members of the Council voted for Japan: the "
            "United States, Britain, France, Nationalist China, the Soviet Union, Australia, "
            "Belgium, Cuba, Iran, Peru and Yugoslavia.\n")
    [e] = _sc(text, "1956-12-12")
    named = ("USA", "GBR", "FRA", "TWN", "SUN", "AUS", "BEL", "CUB", "IRN", "PER", "YUG")
    assert {c: e.votes.get(c) for c in named} == dict.fromkeys(named, "yes")
    assert "JPN" not in e.votes


def test_tabled_by_one_with_an_aside_then_together_with_the_rest() -> None:
    text = ("UNITED NATIONS, July 31 -- The Security Council today unanimously authorised a "
            "joint African Union and United Nations force for Darfur. The text was tabled by "
            "Britain, which has led on Darfur, together with France, Belgium, Italy, Peru, "
            "Slovakia and Congo.\n")
    [e] = _sc(text, "2007-07-31")
    assert set(e.sponsors) == {"GBR", "FRA", "BEL", "ITA", "PER", "SVK", "COG"}


_PREVENTION = ("UNITED NATIONS, Aug. 21 -- The Security Council today unanimously adopted "
               "resolution 2171 on the prevention of armed conflict. ")


def test_was_among_the_co_sponsors_as_were_others() -> None:
    text = _PREVENTION + ("Britain, which held the Council presidency this month, was among "
                          "the co-sponsors, as were Chad, Jordan and Rwanda.\n")
    [e] = _sc(text, "2014-08-21")
    assert set(e.sponsors) == {"GBR", "TCD", "JOR", "RWA"}


def test_among_the_co_sponsors_were_a_list_with_an_aside() -> None:
    text = _PREVENTION + ("Among the co-sponsors of the text were Lithuania, which sits on "
                          "the Council this year, Luxembourg, Australia and France.\n")
    [e] = _sc(text, "2014-08-21")
    assert set(e.sponsors) == {"LTU", "LUX", "AUS", "FRA"}


def test_among_them_were_after_a_list_of_co_sponsors() -> None:
    text = _PREVENTION + ("The text drew a long list of co-sponsors; among them were Nigeria "
                          "itself, Chad and Rwanda, the three African members.\n")
    [e] = _sc(text, "2014-08-22")
    assert set(e.sponsors) == {"NGA", "TCD", "RWA"}


def test_a_veto_record_in_an_aside_is_not_this_vote() -> None:
    text = ("TUNIS, Nov. 5 -- The Security Council yesterday imposed a mandatory arms embargo on "
            "South Africa by fifteen votes to none. Britain and France, which have both used "
            "their vetoes on southern African questions in the past, voted in favour this "
            "time. So did China and our neighbour Libya.\n")
    [e] = _sc(text, "1977-11-05")
    assert e.outcome == "adopted" and e.vetoed_by == []
    named = ("GBR", "FRA", "CHN", "LBY")
    assert {c: e.votes.get(c) for c in named} == dict.fromkeys(named, "yes")


_DIGEST = ("THE SANCTIONS LETTER -- issue of Monday 2 March 2020\n\n"
           "1) Central African Republic\n"
           "On the last day of January the Security Council renewed the arms embargo on the "
           "Central African Republic. The resolution (2507) passed with 13 votes in favour, "
           "China and Russia abstaining.\n\n"
           "2) Yemen\n"
           "Last Tuesday the Council renewed the Yemen asset freeze and travel ban for a "
           "year. It was 13-0-2 once more: China and Russia abstained, and the other thirteen, "
           "Germany and Belgium among them, voted yes.\n")


def test_a_digests_next_item_dated_on_another_day_is_another_text() -> None:
    events = _sc(_DIGEST, "2020-03-02")
    assert [e.date for e in events] == ["2020-01-31", "2020-02-25"]
    assert events[0].resolution == "2507"
    assert [(e.yes, e.no, e.abstain) for e in events] == [(13, 0, 2), (13, 0, 2)]
    assert {c: events[1].votes.get(c) for c in ("CHN", "RUS", "DEU", "BEL")} == {
        "CHN": "abstain", "RUS": "abstain", "DEU": "yes", "BEL": "yes"}
    assert "DEU" not in events[0].votes


def test_a_bulletin_of_two_admissions_one_after_the_other() -> None:
    text = ("RADIO BULLETIN, Saturday 31st October 1964\n\n"
            "Late last night, Malta time, the Security Council in New York voted to recommend "
            "Malta's application to the General Assembly. All eleven members voted in favour, "
            "none against. Britain voted in favour, and so did the United States. The Soviet "
            "Union and Czechoslovakia raised their hands with the rest.\n\n"
            "Immediately afterwards the Council took up the application of Zambia, which "
            "became independent only last Saturday. That too was approved unanimously, eleven "
            "votes to nil.\n")
    events = _sc(text, "1964-10-31")
    assert len(events) == 2
    assert [e.date for e in events] == ["1964-10-30", "1964-10-30"]
    malta = events[0]
    assert "MLT" not in malta.votes
    named = ("GBR", "USA", "SUN", "CSK")
    assert {c: malta.votes.get(c) for c in named} == dict.fromkeys(named, "yes")
    assert (events[1].yes, events[1].no) == (11, 0)


def test_which_will_be_known_as_names_the_number() -> None:
    text = ("AMMAN, March 25 -- Meeting in New York yesterday, the Security Council adopted a "
            "resolution condemning the Israeli attack on Karameh. The resolution was adopted "
            "unanimously, fifteen votes in favour, none against.\n\n"
            "The text, which will be known as Security Council resolution 248, also deplores "
            "all violent incidents in violation of the cease-fire.\n")
    [e] = _sc(text, "1968-03-25")
    assert e.resolution == "248" and e.date == "1968-03-24"


def test_a_resolution_number_read_aloud_at_the_start_of_a_sentence() -> None:
    text = ("PRESENTER: The Security Council voted unanimously yesterday to send a United Nations "
            "peacekeeping operation to Burundi.\n"
            "CORRESPONDENT: Yes, the fifteen members voted for it without a single objection.\n"
            "PRESENTER: In October 2001, in its resolution thirteen seventy-five, the Council "
            "backed a protection force. Resolution fifteen forty-five goes much further.\n")
    [e] = _sc(text, "2004-05-22")
    assert e.resolution == "1545"


def test_co_sponsored_it_including_a_group_spelled_out_and_more() -> None:
    text = ("UNITED NATIONS, Sept. 18 -- The Security Council today unanimously declared the "
            "Ebola outbreak in West Africa a threat to international peace and security. Every "
            "one of the Council's 15 members co-sponsored it, including all five permanent "
            "members -- China, Russia, the United States, France and Britain -- as well as Chad "
            "and Nigeria.\n")
    [e] = _sc(text, "2014-09-18")
    assert set(e.sponsors) == {"CHN", "RUS", "USA", "FRA", "GBR", "TCD", "NGA"}


def test_by_eleven_votes_before_the_verb_is_the_yes_count() -> None:
    text = ("NICOSIA, March 5 -- The Security Council yesterday decided to send a peace-keeping "
            "force to Cyprus. By eleven votes - every member of the Council - it adopted a "
            "resolution that also asks for a mediator.\n")
    [e] = _sc(text, "1964-03-05")
    assert (e.yes, e.no, e.abstain) == (11, 0, 0)


def test_a_similar_request_at_the_same_sitting_is_a_second_text() -> None:
    text = ("KINGSTON, Sept. 13 -- The Security Council yesterday recommended Jamaica for "
            "membership of the United Nations. The vote was eleven in favour, none against. "
            "Ghana and Ireland were among those voting yes.\n\n"
            "At the same sitting the Council dealt with a similar request from Trinidad and "
            "Tobago, and the same result was recorded: eleven for, none against.\n")
    events = _sc(text, "1962-09-13")
    assert len(events) == 2
    assert all((e.date, e.yes, e.no) == ("1962-09-12", 11, 0) for e in events)
    assert events[0].votes.get("GHA") == "yes"


def test_an_older_resolution_with_its_month_and_year_does_not_date_the_story() -> None:
    text = ("THE BEIRUT EVENING POST\nBeirut, Wednesday, May 13, 1970\n\n"
            "UNITED NATIONS, May 12 -- The Security Council today demanded the immediate "
            "withdrawal of all Israeli forces from Lebanese territory. The resolution was "
            "adopted by 15 votes to none. Zambia, Syria and Sierra Leone voted in favour.\n\n"
            "The wording recalls resolution 262 of December 1968, adopted after the raid on "
            "Beirut airport.\n")
    [e] = _sc(text, None)
    assert e.date == "1970-05-12" and e.resolution != "262"
    named = ("ZMB", "SYR", "SLE")
    assert {c: e.votes.get(c) for c in named} == dict.fromkeys(named, "yes")


def test_a_group_of_friends_named_then_spelled_out_and_all_fifteen() -> None:
    text = ("PRESS RELEASE -- 14 April 2007\n\n"
            "On 13 April 2007 the United Nations Security Council adopted resolution 1752 "
            "(2007) on the situation in Georgia. The draft resolution was prepared by the "
            "Group of Friends of the Secretary-General on Georgia -- France, Germany, the "
            "Russian Federation, the United Kingdom and the United States -- and was adopted "
            "by all fifteen members of the Council.\n")
    [e] = _sc(text, "2007-04-14")
    assert set(e.sponsors) == {"FRA", "DEU", "RUS", "GBR", "USA"}
    assert (e.yes, e.no, e.abstain) == (15, 0, 0)


def test_all_15_council_members_and_a_which_voted_after_a_preposition() -> None:
    text = ("UNITED NATIONS, March 7 -- Resolution 2094 (2013) was adopted by all 15 Council "
            "members on Thursday. The most closely watched hand in the chamber belonged to "
            "China, which voted yes.\n")
    [e] = _sc(text, "2013-03-08")
    assert (e.yes, e.no, e.abstain) == (15, 0, 0)
    assert e.votes.get("CHN") == "yes"


def test_page_dates_in_capitals_in_dutch_and_year_first_in_hungarian() -> None:
    base = ("The Security Council of the United Nations has recommended the admission of Japan. "
            "The decision was taken on Wednesday, New York time, and it was unanimous: all "
            "eleven members voted in favour.\n")
    [e] = _sc("NEWS BULLETIN, 7.00 A.M., THURSDAY 13TH DECEMBER 1956\n\n" + base, None)
    assert e.date == "1956-12-12"
    unomig = ("NEW YORK -- The Security Council yesterday renewed the mandate of the observer "
              "mission in Georgia, UNOMIG, for six months. The resolution was adopted "
              "unanimously.\n")
    [e] = _sc("DE KOERIER\nZaterdag 31 juli 1999 -- Buitenland\n\n" + unomig, None)
    assert e.date == "1999-07-30"
    [e] = _sc("NAPI H\u00cdRLAP\nBudapest, 1998. j\u00falius 31., p\u00e9ntek\n\n" + unomig,
              None)
    assert e.date == "1998-07-30"


def test_the_day_of_a_letter_is_not_the_day_of_the_vote() -> None:
    text = ("BUDAPEST DAILY, 1993. augusztus 10., kedd\n\n"
            "The UN Security Council on Monday called on Belgrade to let the CSCE missions "
            "return to Kosovo. The resolution was adopted by 14 votes to none, with China "
            "abstaining. The Council also endorsed the efforts described by the CSCE chairman "
            "in his letters of 20 and 23 July.\n")
    [e] = _sc(text, None)
    assert e.date == "1993-08-09"


def test_were_both_in_favour_then_so_were_others() -> None:
    text = ("UNITED NATIONS, Oct. 25 -- The Security Council tonight voted to set up a new UN "
            "Emergency Force for the Middle East. Among the elected members, India and "
            "Indonesia, whose votes Peking watches most closely, were both in favour; so were "
            "Kenya and Peru.\n")
    [e] = _sc(text, "1973-10-26")
    named = ("IND", "IDN", "KEN", "PER")
    assert {c: e.votes.get(c) for c in named} == dict.fromkeys(named, "yes")


def test_that_includes_after_a_whole_council_vote() -> None:
    text = ("UNITED NATIONS, July 21 -- The Security Council on Monday demanded safe access to "
            "the MH17 crash site. The resolution was adopted unanimously: all fifteen members "
            "voted yes, and yes, that includes Russia and China.\n")
    [e] = _sc(text, "2014-07-22")
    assert {c: e.votes.get(c) for c in ("RUS", "CHN")} == {"RUS": "yes", "CHN": "yes"}


def test_raise_their_hands_for_in_the_present() -> None:
    text = ("UNITED NATIONS, July 21 -- The Security Council on Monday unanimously adopted "
            "resolution 2166 on the downing of MH17. To see Moscow and Washington raise their "
            "hands for the same text on Ukraine is rare, one diplomat said.\n")
    [e] = _sc(text, "2014-07-22")
    assert {c: e.votes.get(c) for c in ("RUS", "USA")} == {"RUS": "yes", "USA": "yes"}


def test_two_texts_told_together_their_roll_and_their_numbers() -> None:
    text = ("NEW YORK, 12 September. -- The Security Council today adopted two resolutions, "
            "the first recommending the admission of Jamaica, the second that of Trinidad and "
            "Tobago. Each was adopted by eleven votes, that is to say unanimously. The delegate "
            "of the Soviet Union, who has not spared his criticism of the Western powers, "
            "raised his hand like the others, and so did the representative of Nationalist "
            "China. The two texts bear the numbers 174 and 175.\n")
    events = _sc(text, "1962-09-13")
    assert [e.resolution for e in events] == ["174", "175"]
    for e in events:
        assert (e.yes, e.no, e.abstain) == (11, 0, 0)
        assert e.votes == {"SUN": "yes", "TWN": "yes"}


def test_a_separate_meeting_where_all_members_agreed_to_a_text() -> None:
    text = ("NAIROBI, Aug. 29 -- The UN Security Council on Friday renewed its peacekeeping force "
            "in Lebanon, UNIFIL, for a year in resolution 2539, adopted by 15 votes to none.\n\n"
            "Minutes before, in a separate meeting, all fifteen members agreed to a British "
            "text extending the UN assistance mission in Somalia.\n")
    events = _sc(text, "2020-08-29")
    assert len(events) == 2
    assert events[0].resolution == "2539"
    assert all((e.date, e.outcome) == ("2020-08-28", "adopted") for e in events)
    assert (events[1].yes, events[1].no, events[1].abstain) == (15, 0, 0)


def test_all_eleven_members_raised_their_hands() -> None:
    text = ("UNITED NATIONS, March 4 -- The Security Council today voted to send a "
            "peace-keeping force to Cyprus. All eleven members raised their hands.\n")
    [e] = _sc(text, "1964-03-04")
    assert (e.yes, e.no, e.abstain) == (11, 0, 0)


def test_a_wire_sign_off_dates_copy_without_a_dated_dateline() -> None:
    text = ("PM-UN-Mideast 1st Ld\n\n"
            "UNITED NATIONS, N.Y. (AWS) -- The Security Council today voted to set up a new UN "
            "Emergency Force for the Middle East. India and Kenya voted in favour.\n\n"
            "MORE\n\nAWS-10-25-73 jk\n")
    [e] = _sc(text, None)
    assert e.date == "1973-10-25"


def test_one_of_them_was_and_a_comment_about_back_then() -> None:
    text = ("Yesterday in New York the UN Security Council voted to lift the sanctions on "
            "Eritrea. The resolution, number 2444, passed unanimously. All fifteen members of "
            "the Council raised their hands, and one of them was Ethiopia.\n\n"
            "COMMENTS\n\nMy father kept the newspaper from 2009 when they imposed them. Only "
            "Libya voted against back then, and China abstained.\n")
    [e] = _sc(text, "2018-11-15")
    assert e.votes == {"ETH": "yes"}


def test_voting_for_a_phrase_of_a_few_words_were() -> None:
    text = ("LAKE SUCCESS, July 7 -- The Security Council today adopted resolution 84 by seven "
            "votes to none, with three abstentions. Voting for the reference to the unified "
            "command were Britain, France, Norway and Cuba.\n")
    [e] = _sc(text, "1950-07-07")
    named = ("GBR", "FRA", "NOR", "CUB")
    assert {c: e.votes.get(c) for c in named} == dict.fromkeys(named, "yes")


def test_every_member_voted_in_favour_with_one_named_among_them() -> None:
    text = ("UNITED NATIONS, April 16 -- The Security Council today adopted resolution 2150 on "
            "the prevention of genocide. Every member voted in favour, the Chinese "
            "representative among them.\n")
    [e] = _sc(text, "2014-04-16")
    assert e.votes.get("CHN") == "yes"
