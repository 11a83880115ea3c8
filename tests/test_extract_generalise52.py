"""Generalisation checks from the thirty-first session.

Facts are Sciences Po's. On Tuesday 13 December 1960 the Soviet Union vetoed the Western draft
on the Congo, S/4578/Rev.1, 7-3-1: Argentina, China, Ecuador, France, Italy, Britain and the
United States for it, Poland and Ceylon also against, Tunisia abstaining. On Monday 18 August
1947 the Soviet Union vetoed the applications of Ireland (9-1-1, Poland abstaining), Transjordan
(9-1-1, Poland abstaining) and Portugal (9-2-0, Poland also against); the United States,
Britain, France, China, Australia, Belgium, Brazil, Colombia and Syria voted for all three. On
Saturday 8 October 2016 Russia vetoed the French and Spanish draft on Aleppo, S/2016/846, 11-2-2,
Venezuela also against, China and Angola abstaining, Japan, Uruguay and New Zealand among the
eleven; Russia's rival text, S/2016/847, failed the same day. On Tuesday 22 June 1948 the Soviet
Union vetoed S/836 on the Atomic Energy Commission's reports, 9-2-0 (the Ukrainian SSR also
against), and resolution 52 passed 9-0-2. On Tuesday 17 November 1998 resolution 1207 on the
Yugoslavia tribunal passed 14-0-1, China abstaining; on Wednesday 25 November 1998 resolution 1211
renewed the Golan force 15-0-0 and resolution 1212 extended the police mission in Haiti 13-0-2,
China and Russia abstaining. On Saturday 10 April 1948 the Soviet Union vetoed Italy's
application, 9-2-0, the Ukrainian SSR also against. On Friday 15 November 1985 Britain and the
United States vetoed S/17633 on Namibia, 12-2-1, France abstaining; the Soviet Union, China, the
Ukrainian SSR, India, Egypt, Burkina Faso, Madagascar, Trinidad and Tobago, Peru, Thailand,
Denmark and Australia voted for it. On Saturday 17 September 1960 the Soviet text on the Congo,
S/4519, failed 2-7-2 (the Soviet Union and Poland for it; the United States, Britain, France,
China, Italy, Argentina and Ecuador against; Ceylon and Tunisia abstaining), the Soviet Union
vetoed S/4523, 8-2-1, and resolution 157 called the Assembly into emergency session. On
Wednesday 18 August 1948 the Soviet Union vetoed Ceylon's application, 9-2-0 (the Ukrainian SSR
also against; Britain, the United States, France, China, Canada, Belgium, Argentina, Colombia
and Syria for it), and a second motion, S/974, failed 2-0-9, the same nine abstaining. On
Saturday 4 February 2012 Russia and China vetoed S/2012/77 on Syria, 13-2-0. On Friday 15 June
1973 resolution 334 renewed the Cyprus force, 14-0-1, China abstaining. On Monday 18 August 1947
the Soviet Union vetoed Portugal's application, 9-2-0, Poland also against. On Monday 30 November
1992 resolutions 791 (El Salvador) and 793 (Angola) passed 15-0-0. On Wednesday 19 June 1985
resolution 566 on Namibia passed 13-0-2, Britain and the United States abstaining. On Wednesday
7 August 1963 resolution 181 on arms for South Africa passed 9-0-2, Britain and France
abstaining; Ghana, the United States, the Soviet Union, China, Brazil, Norway, Venezuela,
Morocco and the Philippines voted for it. On Monday 11 August 1975 the United States vetoed the
applications of South Vietnam (S/11795) and North Vietnam (S/11796), each 13-1-1, Costa Rica
abstaining. On Thursday 15 August 1991 resolutions 705 and 707 on Iraq passed 15-0-0 and
resolution 706 13-1-1, Cuba against and Yemen abstaining. On Friday 18 July 1958 the Soviet Union
vetoed S/4050/Rev.1 on Lebanon, 9-1-1, Sweden abstaining. On Thursday 15 June 1972 resolution 315
renewed the Cyprus force, 14-0-1, China abstaining. On Friday 13 December 2002 resolution 1450,
condemning the attacks of 28 November near Mombasa, passed 14-1-0, Syria against. On Saturday 28
February 1948 resolution 41 on Indonesia passed 7-0-4 (Colombia, Syria, the Soviet Union and the
Ukrainian SSR abstaining) and resolution 40 8-0-3 (Argentina, the Soviet Union and the Ukrainian
SSR abstaining). On Friday 9 June 1989 the United States vetoed S/20677 on the occupied
territories, 14-1-0; the Soviet Union, China, France, Britain, Algeria, Ethiopia, Brazil, Canada,
Finland and Yugoslavia were among the fourteen. On Tuesday 18 October 1949 the Soviet Union
vetoed S/1399/Rev.1 on the armaments census, 9-2-0, the Ukrainian SSR also against. On Monday 31
October 1977 France, Britain and the United States vetoed S/12310/Rev.1, S/12311/Rev.1 and
S/12312/Rev.1 on South Africa, each 10-5-0 (Canada and West Germany also against; Benin, China,
India, Libya, Mauritius, Pakistan, Panama, Romania, the Soviet Union and Venezuela for them).
On Wednesday 20 February 1957 the Soviet Union vetoed S/3787 on Kashmir, 9-1-1, Sweden abstaining;
on Thursday 21 February resolution 123 passed 10-0-1, the Soviet Union abstaining. On Thursday 30
May 1996 resolution 1058 on the Macedonia force passed 14-0-1, Russia abstaining. On Monday 14
April 1952 S/2598 and S/2600 on Tunisia each failed 5-2-4: Brazil, Chile, China, Pakistan and
the Soviet Union for, France and Britain against, Greece, the Netherlands, Turkey and the United
States abstaining. On Thursday 9 April 1964 resolution 188 on the raid on Harib passed 9-0-2,
Britain and the United States abstaining. On Tuesday 28 December 1948 resolution 64 on Indonesia
passed 8-0-3 (Belgium, France and Britain abstaining) and resolution 65 9-0-2 (the Soviet Union
and the Ukrainian SSR abstaining). On Monday 24 February 2025 Russia vetoed the amendment
S/2025/115, 9-1-5, and resolution 2774 passed 10-0-5. On Wednesday 25 October 2023 the Russian
draft S/2023/795 on Gaza failed 4-2-9: Russia, China, the Emirates and Gabon for it, the United
States and Britain against. On Thursday 30 November 1950 the Soviet texts S/1757 and S/1921 each
failed 1-9-0, China, the United States, Britain and France among the nine against. On Thursday 30
April 1981 France, Britain and the United States vetoed S/14460/Rev.1 on Namibia, 9-3-3, Japan,
Ireland and Spain abstaining. On Thursday 21 August 1947 the Soviet Union vetoed Italy's
application, 9-1-1 (Poland abstaining), and Austria's, 8-1-2 (France and Poland abstaining). On
Friday 2 February 1973 resolution 326 on Zambia passed 13-0-2 (Britain and the United States
abstaining) and resolution 327 14-0-1 (the Soviet Union abstaining).
"""

from unvotes.extract import extract, read_document


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_CONGO = ("UNITED NATIONS, Dec. 14 -- The Soviet Union last night vetoed the Western draft "
          "resolution on the Congo, S/4578/Rev.1, which had seven votes in favour, three "
          "against and one abstention. ")


def test_a_list_beside_a_vote_phrase_without_a_side_word_takes_its_side():
    # "voted with the majority" says yes without "for", "favour" or "support"
    (ev,) = _sc(_CONGO + "Ecuador voted with the majority, joining Argentina, Italy and "
                "Nationalist China.", "1960-12-14")
    assert {c: ev.votes.get(c) for c in ("ECU", "ARG", "ITA", "TWN")} == dict.fromkeys(
        ("ECU", "ARG", "ITA", "TWN"), "yes")


def test_a_list_that_goes_on_past_a_semicolon_keeps_its_side():
    (ev,) = _sc(_CONGO + "Voting in favour were France, Britain and the United States among "
                "the permanent members; and Argentina, Ecuador and Italy among the elected "
                "ones.", "1960-12-14")
    assert {c: ev.votes.get(c) for c in ("ARG", "ECU", "ITA")} == dict.fromkeys(
        ("ARG", "ECU", "ITA"), "yes")


def test_a_list_after_a_semicolon_with_a_verb_of_its_own_is_not_carried_on():
    # the second list is told as the drafters, not as more voters
    (ev,) = _sc(_CONGO + "Voting in favour were France, Britain and the United States; "
                "Argentina, Ecuador and Italy had written the text.", "1960-12-14")
    assert not {"ARG", "ECU", "ITA"} & set(ev.votes)


def test_supporters_and_opponents_named_as_nouns_are_voters():
    (ev,) = _sc(_CONGO + "Supporters on the Council included Argentina, Ecuador and Italy. "
                "Its opponents were the Soviet Union, Poland and Ceylon.", "1960-12-14")
    assert {c: ev.votes.get(c) for c in ("ARG", "ECU", "ITA", "POL", "LKA")} == {
        "ARG": "yes", "ECU": "yes", "ITA": "yes", "POL": "no", "LKA": "no"}


def test_a_wire_set_in_capitals_and_wrapped_reads_its_lines_as_one_paragraph():
    # every line of such a wire is "in capitals": none of them is a heading of its own
    wire = ("UNITED NATIONS, DEC. 14 (WIRE) -- THE SOVIET UNION LAST NIGHT VETOED\n"
            "THE WESTERN DRAFT RESOLUTION ON THE CONGO, WHICH HAD SEVEN VOTES IN\n"
            "FAVOUR, THREE AGAINST AND ONE ABSTENTION. ARGENTINA, NATIONALIST CHINA, THE\n"
            "REPUBLIC OF ECUADOR, FRANCE, ITALY, BRITAIN AND THE UNITED STATES VOTED FOR\n"
            "IT. POLAND AND CEYLON JOINED MOSCOW IN VOTING AGAINST, AND TUNISIA\n"
            "ABSTAINED.\n")
    (ev,) = _sc(wire, "1960-12-14")
    assert ev.votes == {"ARG": "yes", "TWN": "yes", "ECU": "yes", "FRA": "yes", "ITA": "yes",
                        "GBR": "yes", "USA": "yes", "SUN": "no", "POL": "no", "LKA": "no",
                        "TUN": "abstain"}


def test_the_same_nine_members_told_twice_are_the_nine_named_for_the_first_text():
    nine = {c: "yes" for c in ("USA", "GBR", "FRA", "TWN", "AUS", "BEL", "BRA", "COL", "SYR")}
    evs = _sc("LAKE SUCCESS, Aug. 19 -- The Soviet Union yesterday vetoed the applications of "
              "Ireland, Transjordan and Portugal. Ireland's application had nine votes in "
              "favour, one against and one abstention; those who voted for it were the United "
              "States, Britain, France, China, Australia, Belgium, Brazil, Colombia and Syria. "
              "Poland abstained. The same nine members voted for Transjordan, which failed by "
              "the same count. Portugal fared no better: the same nine members voted in favour, "
              "but Poland joined the Soviet Union in voting against, and the count was nine to "
              "two.", "1947-08-19")
    assert len(evs) == 3
    assert all(nine.items() <= ev.votes.items() for ev in evs)


def test_voters_told_after_a_rival_text_that_is_never_voted_on_belong_to_the_vetoed_one():
    (ev,) = _sc("MADRID, Oct. 9 -- Russia yesterday vetoed the French and Spanish draft on "
                "Aleppo. Eleven members voted for it; Russia and Venezuela voted against, and "
                "China and Angola abstained. Moscow had circulated a rival text of its own. "
                "Among those in favour were Japan, Uruguay and New Zealand.", "2016-10-09")
    assert ev.vetoed_by == ["RUS"]
    assert {c: ev.votes.get(c) for c in ("JPN", "URY", "NZL")} == dict.fromkeys(
        ("JPN", "URY", "NZL"), "yes")


def test_voters_of_a_rival_text_who_contradict_the_vetoed_one_stay_with_the_rival():
    (ev,) = _sc("MADRID, Oct. 9 -- Russia yesterday vetoed the French and Spanish draft on "
                "Aleppo. Eleven members voted for it; Russia and Venezuela voted against, and "
                "China and Angola abstained. Moscow had circulated a rival text of its own. "
                "China, Egypt and Venezuela voted for that one.", "2016-10-09")
    assert ev.votes.get("CHN") == "abstain" and "EGY" not in ev.votes


def test_the_day_a_cable_reached_the_office_is_not_the_day_of_the_sitting():
    evs = _sc("Cabled summaries of Tuesday's sitting of the Security Council reached the "
              "Bureau yesterday. They are given below.\n\nThe Soviet Union vetoed the draft "
              "S/836 on the atomic energy reports, which had nine votes in favour and two "
              "against.", "1948-06-25")
    assert [e.date for e in evs] == ["1948-06-22"]


def test_yesterday_s_sitting_in_a_dispatch_dates_the_vote_from_its_dateline():
    page = ("PRESS TRANSLATIONS -- UKRAINE\nItem 3. Source: a Kiev daily, 24 June 1948, page 4. "
            "Language: Ukrainian.\nFull text, translated.\n\nTHE MAJORITY FAILS AGAIN\n\n"
            "LAKE SUCCESS, 23 June (TASS). -- At yesterday's sitting of the Security Council "
            "the Western\nmajority pressed the atomic energy reports once more, a document the "
            "Soviet delegation has shown\nto rest on the American plan.\n\nThe majority pressed "
            "to a vote a draft resolution [S/836] approving the reports. The draft\nreceived "
            "nine votes. The Soviet Union and the Ukrainian SSR voted against it, and the "
            "Soviet\nvote was a veto.\n")
    assert [e.date for e in _sc(page)] == ["1948-06-22"]


_DIGEST = ("SAN JOSE, Nov. 27 -- A busy month for the Security Council.\n\n"
           "Yugoslavia. On Tuesday the Council adopted resolution 1207 on the Yugoslavia "
           "tribunal. It passed 14 to 0, with China abstaining.\n\n"
           "Haiti. On Wednesday the Council extended the police mission in Haiti for a year. "
           "The vote was 13 in favor, none against; China and Russia abstained. %s\n\n"
           "Golan. Earlier the same Wednesday, in resolution 1211, the Council renewed the "
           "observer force on the Golan Heights. That one was unanimous.\n")


def test_a_digest_s_run_in_topics_each_head_a_text_of_their_own():
    evs = _sc(_DIGEST % "", "1998-11-27")
    assert [(e.resolution, e.yes, e.abstain) for e in evs] == [
        ("1207", 14, 1), (None, 13, 2), ("1211", 15, 0)]


def test_the_resolution_number_told_in_a_sentence_of_its_own():
    evs = _sc(_DIGEST % "The resolution number is 1212.", "1998-11-27")
    assert [e.resolution for e in evs] == ["1207", "1212", "1211"]


def test_an_answer_s_yes_is_no_topic_heading():
    # ("Yes." opens its answer but is not named again in it)
    evs = _sc("UNITED NATIONS, Nov. 26 -- Questions and answers on the Council's week.\n\n"
              "Did the Council renew the Haiti mission?\n\nYes. On Wednesday it extended the "
              "police mission in Haiti by 13 votes to none.\n\nDid anyone abstain?\n\nYes. "
              "China and Russia abstained on the text, resolution 1212.\n", "1998-11-26")
    assert [(e.resolution, e.yes, e.abstain, e.votes) for e in evs] == [
        ("1212", 13, 2, {"CHN": "abstain", "RUS": "abstain"})]


def test_members_who_voted_to_recommend_are_a_side_not_the_council_s_decision():
    (ev,) = _sc("LAKE SUCCESS, April 11 -- Nine of the eleven members of the Security Council "
                "voted yesterday to recommend Italy for admission. Only the Soviet Union and "
                "the Ukraine voted against, and there were no abstentions.", "1948-04-11")
    assert (ev.outcome, ev.vetoed_by, ev.yes, ev.no) == ("vetoed", ["SUN"], 9, 2)


_NAMIBIA = ("LUANDA, Nov. 16 -- Yesterday the United States and Britain vetoed a draft that "
            "would have imposed sanctions on South Africa over Namibia. Twelve members of the "
            "Council voted for the draft; France abstained. ")
_TWELVE = ("the Soviet Union, China, the Ukraine, India, Egypt, Burkina Faso, Madagascar, "
           "Trinidad and Tobago, Peru, Thailand, Denmark and Australia")


def test_a_list_that_makes_up_exactly_one_side_s_count_is_that_side():
    (ev,) = _sc(_NAMIBIA + "Listen to their names, for Namibia will remember them: "
                + _TWELVE + ".", "1985-11-16")
    assert ev.yes == 12 and sum(v == "yes" for v in ev.votes.values()) == 12
    assert ev.votes["DNK"] == "yes" and ev.votes["FRA"] == "abstain"


def test_a_list_given_for_example_does_not_fill_a_side():
    # a list "for example" is some of a side, even when it happens to have the count's length
    (ev,) = _sc(_NAMIBIA + "Many friends of Namibia sit on the Council, for example: "
                + _TWELVE + ".", "1985-11-16")
    assert "DNK" not in ev.votes


def test_a_text_with_a_council_symbol_and_council_voters_is_the_council_s():
    # the headline names the Assembly; the text with its symbol and members' votes is no
    # Assembly vote
    evs = extract("MINING COMPANY -- PRESS SERVICE\nPress file, English translation.\nFrom: an "
                  "Elisabethville daily, Monday 19 September 1960.\n\n"
                  "THE SOVIET VETO SENDS THE CONGO TO THE ASSEMBLY\n\n"
                  "NEW YORK, Sept. 18 -- The Security Council held three votes on the Congo "
                  "yesterday, and it is the General Assembly, called into emergency session, "
                  "that must now decide.\n\nOne of the texts, document S/4519, was supported "
                  "only by the Soviet Union and Poland. Seven members voted against it: the "
                  "United States, Great Britain, France, Nationalist China, Italy, Argentina and "
                  "Ecuador. Ceylon and Tunisia abstained.\n")
    ev = next(e for e in evs if e.draft == "S/4519")
    assert ev.body == "SC" and ev.votes["TUN"] == "abstain" and ev.votes["ITA"] == "no"


def test_a_second_motion_put_and_the_nine_who_had_supported_the_first():
    nine = ("GBR", "USA", "FRA", "TWN", "CAN", "BEL", "ARG", "COL", "SYR")
    evs = _sc("LAKE SUCCESS, Aug. 19 -- Nine members of the Council voted yesterday to "
              "recommend Ceylon, namely the United Kingdom, the United States, France, China, "
              "Canada, Belgium, the Argentine, Colombia and Syria. The Soviet Union and the "
              "Ukraine voted against, and the Soviet vote was a veto.\n\nAt the same sitting a "
              "second motion on the application was put. It received the votes of the Soviet "
              "Union and the Ukraine only, and the nine who had supported Ceylon all abstained, "
              "so that it failed.", "1948-08-19")
    assert [(e.outcome, e.date) for e in evs] == [("vetoed", "1948-08-18"),
                                                   ("failed", "1948-08-18")]
    assert evs[1].votes == {"SUN": "yes", "UKR": "yes", **dict.fromkeys(nine, "abstain")}


def test_a_text_that_endorsed_a_plan_is_its_content_not_its_adoption():
    (ev,) = _sc("RABAT, Feb. 5 -- The draft (S/2012/77) endorsed the Arab League plan for "
                "Syria. Yesterday thirteen members voted yes. Two voted no: Russia and China, "
                "whose votes were vetoes. The text fell.", "2012-02-05")
    assert (ev.draft, ev.outcome, ev.vetoed_by) == ("S/2012/77", "vetoed", ["CHN", "RUS"])


def test_the_council_placed_in_new_york_deciding_yesterday_gives_the_day():
    page = ("Translation for the press file. Source: a Vienna morning daily, Saturday, 16 June "
            "1973.\n\nOur soldiers stay on Cyprus\n\nSecurity Council extends the force -- "
            "Peking abstains again\n\nNew York/Vienna -- The Austrian contingent with the force "
            "in Cyprus will stay on the island until December. The Security Council in New York "
            "decided yesterday to extend the mandate of the force for six months. Austria, which "
            "has sat on the Council since January, voted in favour.\n\nThe result was 14 votes "
            "to none. China abstained.\n\nIn Vienna a ministry spokesman said yesterday evening "
            "that the next rotation would go ahead.\n")
    assert [e.date for e in _sc(page)] == ["1973-06-15"]


def test_a_day_inside_an_aside_before_the_count_is_the_aside_s():
    # "which reached this newspaper by cable on Tuesday morning": the day the news came
    (ev,) = _sc("LISBON, Aug. 20 -- The door of the United Nations remains closed to Portugal. "
                "At its sitting on Monday the Security Council put our application for "
                "membership to the vote, and the result, which reached this newspaper by cable "
                "on Tuesday morning, was nine votes in favour and two against. The two votes "
                "against were those of the Soviet Union and Poland, and the Soviet vote is a "
                "veto.", "1947-08-20")
    assert (ev.date, ev.outcome) == ("1947-08-18", "vetoed")


def test_all_fifteen_members_voting_to_renew_is_the_council_deciding():
    evs = _sc("BANGKOK, Dec. 11 -- On Monday 30 November, at two short meetings, all fifteen "
              "members of the Security Council voted to renew the observer mission in El "
              "Salvador (resolution 791) and the verification mission in Angola (resolution "
              "793). Both texts were adopted by 15 votes to none.", "1992-12-11")
    assert [(e.resolution, e.outcome, e.yes) for e in evs] == [
        ("791", "adopted", 15), ("793", "adopted", 15)]


def test_the_abstainers_named_after_a_colon_are_the_two_abstentions():
    (ev,) = _sc("LIMA, June 21 -- The Security Council on Wednesday adopted resolution 566 on "
                "Namibia by thirteen votes to none, with two abstentions. The abstainers were "
                "the same two as so often on southern Africa: Great Britain and the United "
                "States.", "1985-06-21")
    assert ev.votes == {"GBR": "abstain", "USA": "abstain"}


def test_two_members_in_an_aside_do_not_fill_a_side():
    # the count (nine in favour, seven named) would fit Morocco and the Philippines, but the
    # aside names them as Ghana's fellows, not as voters
    (ev,) = _sc("ACCRA, Aug. 8 -- The Security Council yesterday adopted resolution 181 by nine "
                "votes to none, with two abstentions. Ghana, which sits on the Council with "
                "Morocco and the Philippines, voted in favour, as did the United States, the "
                "Soviet Union, China, Brazil, Norway and Venezuela. Britain and France "
                "abstained.", "1963-08-08")
    assert "MAR" not in ev.votes and "PHL" not in ev.votes


def test_one_vote_told_of_each_of_two_named_texts_is_two_events():
    evs = _sc("MINSK, Aug. 13 -- The Security Council on Monday took up the applications of "
              "the two Vietnamese states. Both recommendations received thirteen votes in "
              "favour. Only the United States voted against -- on each of the two "
              "applications -- and its vote was a veto. Costa Rica abstained both times. "
              "(The documents are S/11795 and S/11796.)", "1975-08-13")
    assert [(e.draft, e.yes, e.no, e.abstain, e.vetoed_by) for e in evs] == [
        ("S/11795", 13, 1, 1, ["USA"]), ("S/11796", 13, 1, 1, ["USA"])]


def test_a_lettered_digest_gives_each_item_s_resolution_its_own_event():
    # "(c)" opens the third item here, not a copyright line
    evs = _sc("CEYHAN, Aug. 16 -- The Security Council met yesterday and adopted three "
              "resolutions on Iraq.\n\n  (a) Res. 706 (1991) permits states to import Iraqi oil "
              "for six months. Vote: 13 in favour, 1 against (Cuba), 1 abstention (Yemen).\n\n"
              "  (b) Res. 705 (1991) fixes Iraq's compensation payments. Adopted unanimously by "
              "the fifteen members.\n\n  (c) Res. 707 (1991) condemns Iraq's failures to comply "
              "with its obligations. Also adopted unanimously, fifteen votes to none.\n",
              "1991-08-16")
    assert [(e.resolution, e.yes, e.no, e.abstain) for e in evs] == [
        ("706", 13, 1, 1), ("705", 15, 0, 0), ("707", 15, 0, 0)]


def test_a_european_wire_s_slug_dates_the_story_day_first_with_a_two_figure_year():
    evs = _sc("NORDIC NEWS AGENCY -- ENGLISH SERVICE\nSTOCKHOLM 19.7.58 -- 0715 -- FIRST LEAD "
              "UN/LEBANON\n\nNEW YORK -- THE SECURITY COUNCIL ENDED A LONG FRIDAY SITTING ON "
              "LEBANON. THE DRAFT S/4050/REV.1 HAD NINE VOTES. THE SOVIET UNION VOTED AGAINST, "
              "A VETO, AND SWEDEN ABSTAINED.\n")
    assert [(e.date, e.outcome) for e in evs] == [("1958-07-18", "vetoed")]


def test_a_headline_s_deadline_is_no_dateline():
    evs = _sc("BATTALION NEWS\nNo. 24/72 -- Monday 19 June 1972 -- Famagusta\n\nMANDATE "
              "EXTENDED TO 15 DECEMBER\n\nWe are staying. Last Thursday the Security Council in "
              "New York extended the stationing of the UN force in Cyprus for another six "
              "months.\n\nResolution 315 was adopted by 14 votes to none, with one abstention, "
              "China's.\n")
    assert [(e.date, e.resolution) for e in evs] == [("1972-06-15", "315")]


def test_the_council_s_weekday_outranks_the_day_of_what_it_condemned():
    evs = _sc("AIR SAFETY WEEKLY\nSecurity news for airline professionals\nHong Kong -- Issue "
              "50/2002 -- Monday, 16 December 2002\nSubscriber edition. Redistribution outside "
              "your organisation is not permitted.\n\nTHIS WEEK\n1. UN Council condemns Mombasa "
              "missile attempt -- Syria votes no\n2. What operators are asking\n3. Diary\n\nThe "
              "UN Security Council on Friday formally condemned the attempted missile attack on "
              "an Israeli charter aircraft leaving Mombasa on 28 November, together with the "
              "suicide bombing of a hotel at Kikambala on the Kenyan coast the same morning.\n\n"
              "Resolution 1450 (2002) was adopted by 14 votes to one. Syria, the only Arab state "
              "on the Council this year, cast the lone vote against. No member abstained. "
              "Singapore, whose term ends this month, voted in favour, as did the United States, "
              "the United Kingdom and France.\n")
    assert [(e.resolution, e.date) for e in evs] == [("1450", "2002-12-13")]


def test_the_second_told_by_what_it_asks_in_the_present_is_another_text():
    evs = _sc("THE HAGUE, Feb. 29 -- The Security Council on Saturday adopted two resolutions on "
              "Indonesia.\n\nThe first, which commends the Committee of Good Offices, was "
              "adopted by seven votes to none with four abstentions: Colombia, Syria, the Soviet "
              "Union and the Ukraine.\n\nThe second asks the Committee to report on western "
              "Java. It was adopted by eight votes to none, three abstaining: Argentina, the "
              "Soviet Union and the Ukraine.\n", "1948-02-29")
    assert [(e.yes, e.abstain) for e in evs] == [(7, 4), (8, 3)]


def test_members_named_after_the_count_of_a_side_are_that_side():
    (ev,) = _sc("DAKAR, June 10 -- Yesterday the Security Council voted on draft S/20677. "
                "Fourteen members voted for it. The United States voted against, a veto.\n\n"
                "The fourteen included all the other permanent members -- the Soviet Union, "
                "China, France and Britain -- as well as Algeria, Ethiopia, Brazil, Canada, "
                "Finland and Yugoslavia.\n", "1989-06-10")
    assert [k for k, v in ev.votes.items() if v == "yes"] == [
        "BRA", "CAN", "CHN", "DZA", "ETH", "FIN", "FRA", "GBR", "SUN", "YUG"]


def test_so_did_one_member_described_then_named_and_the_others():
    (ev,) = _sc("LIMA, June 21 -- The Security Council on Wednesday adopted resolution 566 on "
                "Namibia by thirteen votes to none, with two abstentions, Britain and the United "
                "States. Peru voted in favour. So did the other Latin American member, Trinidad "
                "and Tobago, as well as India, Egypt and Thailand.", "1985-06-21")
    assert {k for k, v in ev.votes.items() if v == "yes"} == {"PER", "TTO", "IND", "EGY", "THA"}


def test_a_text_that_had_only_two_supporters_names_them():
    (ev,) = _sc("LAKE SUCCESS, Aug. 19 -- A motion on Ceylon's application, S/974, failed in the "
                "Security Council yesterday. It had only two supporters, the Soviet Union and "
                "the Ukraine; nine members abstained.", "1948-08-19")
    assert ev.votes == {"SUN": "yes", "UKR": "yes"}


def test_a_text_transmitting_proposals_to_the_assembly_is_still_the_council_s_vote():
    (ev,) = _sc("LAKE SUCCESS, Oct. 19 -- Draft resolution S/1399/Rev.1, approving the census "
                "proposals and transmitting them to the General Assembly, received nine votes in "
                "favour and two against yesterday. The Soviet Union and the Ukraine voted "
                "against, and the Soviet vote was a veto.", "1949-10-19")
    assert (ev.body, ev.draft, ev.outcome) == ("SC", "S/1399/Rev.1", "vetoed")


def test_what_is_told_of_all_the_texts_just_counted_is_told_of_each():
    evs = _sc("MAPUTO, Nov. 2 -- On Monday the Security Council voted on three drafts against "
              "Pretoria, documents S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1. Each received "
              "ten votes in favour and five against. Because three of the five negative votes "
              "were cast by permanent members -- the United States, the United Kingdom and "
              "France -- none of the three texts was adopted.", "1977-11-02")
    assert [(e.draft, e.outcome, e.vetoed_by) for e in evs] == [
        (sym, "vetoed", ["FRA", "GBR", "USA"])
        for sym in ("S/12310/Rev.1", "S/12311/Rev.1", "S/12312/Rev.1")]


def test_the_side_each_text_counted_is_named_a_few_sentences_later():
    # the sentences between tell of all three texts too, without a count of their own
    evs = _sc("COLOGNE, Nov. 1 -- Three Western permanent members of the Security Council have "
              "vetoed three draft resolutions on South Africa. The votes were taken yesterday. "
              "Each of the three drafts -- documents S/12310/Rev.1, S/12311/Rev.1 and "
              "S/12312/Rev.1 -- received ten votes in favour and five against. There were no "
              "abstentions. Britain, France and the United States voted against all three. "
              "Canada and West Germany also voted against. The ten members voting in favour "
              "were Benin, China, India, Libya, Mauritius, Pakistan, Panama, Romania, the "
              "Soviet Union and Venezuela.", "1977-11-01")
    assert [sum(v == "yes" for v in e.votes.values()) for e in evs] == [10, 10, 10]


_THREAD = """<html><head><title>Aleppo draft vetoed -- thread | Foreign Affairs Forum</title>
<meta property="article:published_time" content="2016-10-09"></head><body>
<header class="forum-header">Foreign Affairs Forum &middot; International politics</header>
<main class="thread"><h1>Aleppo draft vetoed -- thread</h1>
<div class="post"><div class="post-head">marta_v &middot; 9 Oct 2016</div>
<div class="post-body"><p>Well, it happened. The French and Spanish draft on Aleppo was vetoed by
Russia in the Security Council yesterday. Eleven in favour, two against, two abstentions.
Long debate before the vote and a lot of speeches about the humanitarian situation in the
eastern districts of the city, which nobody seems able to reach.</p></div></div>
<div class="post"><div class="post-head">jordi84 &middot; 9 Oct 2016</div>
<div class="post-body"><p>Who voted against with Russia?</p></div></div>
<div class="post"><div class="post-head">marta_v &middot; 9 Oct 2016</div>
<div class="post-body"><p>Venezuela voted against. China and Angola abstained.</p></div></div>
<div class="post"><div class="post-head">pau_r &middot; 9 Oct 2016</div>
<div class="post-body"><p>And Britain and France voted in favour, of course.</p></div></div>
</main><footer>&copy; Foreign Affairs Forum</footer></body></html>"""


def test_a_forum_thread_is_read_post_by_post():
    # trafilatura keeps one post as the page's story; the replies tell the votes
    doc = read_document(_THREAD.encode("utf-8"))
    (ev,) = [e for e in extract(doc.text, published=doc.published) if e.body == "SC"]
    assert ev.votes == {"FRA": "yes", "GBR": "yes", "RUS": "no", "VEN": "no", "AGO": "abstain",
                        "CHN": "abstain"}


def test_a_symbol_told_with_another_fate_than_the_text_in_hand_is_another_text():
    evs = _sc("UNITED NATIONS, Feb. 21 -- The Security Council today asked its President to go "
              "to India and Pakistan. The resolution was adopted by 10 votes to none, with the "
              "Soviet Union abstaining.\n\nThe setback was a Soviet veto on Wednesday of an "
              "earlier and stronger text, document S/3787. That draft received nine votes in "
              "favour; Sweden abstained.\n", "1957-02-21")
    assert sorted((e.draft or "", e.outcome, e.date) for e in evs) == [
        ("", "adopted", "1957-02-21"), ("S/3787", "vetoed", "1957-02-20")]


def test_all_six_voted_for_it_names_the_six_just_listed():
    (ev,) = _sc("SKOPJE, June 1 -- The Security Council on Thursday adopted resolution 1058 by "
                "14 votes to none, with one abstention, Russia's. The text was co-sponsored by "
                "Germany, France, Italy, Poland, the United Kingdom and the United States, and "
                "all six voted for it.", "1996-06-01")
    assert {k for k, v in ev.votes.items() if v == "yes"} == {
        "DEU", "FRA", "ITA", "POL", "GBR", "USA"}


def test_exactly_the_same_five_votes_two_noes_and_four_abstentions_are_the_same_members():
    evs = _sc("BRUSSELS, April 16 -- Two proposals on Tunisia were put to the vote in the "
              "Security Council on Monday. Document S/2598 received five votes in favour -- "
              "Brazil, Chile, China, Pakistan and the Soviet Union -- and two against, France "
              "and the United Kingdom. Greece, the Netherlands, Turkey and the United States "
              "abstained. The second, document S/2600, was voted on at the same sitting and "
              "received exactly the same five votes, the same two noes and the same four "
              "abstentions.", "1952-04-16")
    assert len(evs) == 2 and evs[0].votes == evs[1].votes and len(evs[1].votes) == 11


def test_a_list_goes_on_over_semicolons_past_asides_and_but_also():
    (ev,) = _sc("TEL AVIV, April 12 -- On Thursday the Security Council adopted a resolution on "
                "the raid on Harib by nine votes to none, with two abstentions, Britain and the "
                "United States. Everyone else voted yes: the Soviet Union and Czechoslovakia, as "
                "expected; Morocco, as expected; but also France, Norway, Brazil and Bolivia.",
                "1964-04-12")
    assert {k for k, v in ev.votes.items() if v == "yes"} == {
        "SUN", "CSK", "MAR", "FRA", "NOR", "BRA", "BOL"}


def test_a_capital_after_a_list_of_applicants_does_not_make_them_voters():
    evs = _sc("BOSTON, Aug. 23 -- On Monday Ireland's application to the United Nations "
              "received nine votes in the Security Council; Poland abstained and the Soviet "
              "Union voted no, a veto. At the same sitting the Council took up the "
              "applications of Transjordan and Portugal, and Moscow disposed of both in the "
              "same fashion. Transjordan drew nine votes too, with the Soviet Union again "
              "voting against and Poland again abstaining. Portugal came off worse on paper. "
              "The count was nine to two: this time Poland joined the Soviet Union in voting "
              "against.", "1947-08-23")
    assert [(e.yes, e.no, e.abstain) for e in evs] == [(9, 1, 1), (9, 1, 1), (9, 2, 0)]


def test_nine_of_the_eleven_delegations_is_a_count_like_nine_of_the_eleven_members():
    (ev,) = _sc("LAKE SUCCESS, Aug. 19 -- In the Security Council yesterday nine of the eleven "
                "delegations voted to recommend Ireland for membership. Poland abstained and "
                "the Soviet Union voted no.", "1947-08-19")
    assert (ev.yes, ev.outcome, ev.vetoed_by) == (9, "vetoed", ["SUN"])


def test_since_last_week_is_how_long_a_text_was_negotiated_not_when_it_was_voted():
    (ev,) = _sc("Well, it happened. Brazil's text on Gaza, the one our delegation has been "
                "negotiating since last week, was vetoed by the United States in the Security "
                "Council a little while ago: 12 in favour, 1 against, 2 abstentions.",
                "2023-10-18")
    assert ev.date == "2023-10-18"


def test_by_the_first_and_by_the_second_tell_two_decisions_in_turn():
    evs = _sc("PENANG, Jan. 3 -- On Tuesday last, the 28th of December, the Security Council "
              "made two further decisions on Indonesia.\n\nBy the first, the Council called for "
              "the release of the Republic's leaders. Eight members voted for this; Britain, "
              "France and Belgium abstained.\n\nBy the second, the Council asked the consuls in "
              "Batavia to report. It was adopted by nine votes to none; the Soviet Union and "
              "the Ukraine abstained.\n", "1949-01-03")
    assert [(e.yes, sorted(k for k, v in e.votes.items() if v == "abstain")) for e in evs] == [
        (8, ["BEL", "FRA", "GBR"]), (9, ["SUN", "UKR"])]


def test_the_first_told_in_the_present_after_a_plural_lead_is_the_lead_s_first_text():
    evs = _sc("MANIZALES, March 6 -- On Saturday 28 February the Security Council adopted two "
              "resolutions on Indonesia. The first asks the Committee of Good Offices to watch "
              "western Java and to report. It obtained eight votes in favour, none against and "
              "three abstentions. The second resolution notes the signing of the truce. It "
              "obtained only seven votes, with none against and four abstentions.", "1948-03-06")
    assert [(e.yes, e.abstain) for e in evs] == [(8, 3), (7, 4)]


def test_a_list_before_while_is_not_the_side_of_the_verb_after_it():
    (ev,) = _sc("NIJMEGEN, March 1 -- On Saturday the Security Council adopted a resolution on "
                "western Java by eight votes in favour, none against, with three abstentions. "
                "Syria and Colombia this time joined the United States, Britain, France, "
                "Belgium, Canada and China, while Argentina abstained together with the Soviet "
                "Union and the Ukraine.", "1948-03-01")
    assert sorted(k for k, v in ev.votes.items() if v == "abstain") == ["ARG", "SUN", "UKR"]


def test_a_resolution_and_a_count_of_its_own_after_an_amendment_is_another_text():
    evs = _sc("ODESA, Feb. 25 -- Russia vetoed the European amendments in the Security Council "
              "yesterday. Amendment S/2025/115 gathered 9 votes; China abstained, and Russia "
              "voted no. The unamended American draft was then adopted as resolution 2774 by 10 "
              "votes to none.", "2025-02-25")
    assert sorted((e.draft or "", e.resolution or "", e.yes) for e in evs) == [
        ("", "2774", 10), ("S/2025/115", "", 9)]


def test_against_two_then_their_names_after_a_comma():
    (ev,) = _sc("GENEVA, Oct. 26 -- The Security Council yesterday rejected the Russian text on "
                "Gaza. It received only four votes in favour -- Russia, China, the Emirates and "
                "Gabon -- against two, the United States and the United Kingdom, with nine "
                "abstentions.", "2023-10-26")
    assert (ev.votes.get("USA"), ev.votes.get("GBR"), ev.outcome) == ("no", "no", "failed")


def test_voted_against_each_text_is_told_of_each_text():
    evs = _sc("TAIPEI, Dec. 1 -- The Security Council yesterday voted on two Soviet texts, "
              "S/1757 and S/1921. Each was put to the vote separately, and each received only "
              "one vote, that of the Soviet delegate. Nine members voted against each text, "
              "among them China, the United States, Britain and France.", "1950-12-01")
    assert [e.votes.get("GBR") for e in evs] == ["no", "no"]


def test_a_duration_mark_in_a_script_opens_no_quotation():
    # (1'20" is a tape's length; the real quotation comes later in the same line)
    evs = _sc("RADIO ISTMO -- MORNING NEWS, FRIDAY 1 MAY 1981\n\nCORRESPONDENT (TAPE, 1'20\"): "
              "The three Western powers used their vetoes in the Security Council on Thursday. "
              "Document S/14460/Rev.1 gathered nine votes in favour and three against, with three "
              "abstentions: Japan, Ireland and Spain. A diplomat said it was \"a sad day for "
              "Namibia and for the Council\".\n")
    assert [(e.draft, e.abstain, e.outcome) for e in evs] == [("S/14460/Rev.1", 3, "vetoed")]


def test_the_italian_application_and_the_austrian_application_are_two_texts():
    evs = _sc("LAKE SUCCESS, Aug. 22 -- At Thursday's sitting of the Security Council the Soviet "
              "delegate twice raised his hand against. The Italian application received nine "
              "votes in favour, one against -- the Soviet Union -- and one abstention, that of "
              "Poland. The Austrian application fared worse still. Eight delegations voted for "
              "it. The Soviet Union voted against. France and Poland abstained.", "1947-08-22")
    assert [(e.yes, e.abstain, e.outcome) for e in evs] == [(9, 1, "vetoed"), (8, 2, "vetoed")]


def test_by_resolution_n_the_council_condemns_opens_that_text():
    evs = _sc("LUSAKA, Feb. 3 -- The Security Council yesterday adopted two resolutions on "
              "Zambia.\n\n2. By Resolution 326 (1973) the Council condemns the acts of "
              "provocation against Zambia. The resolution was adopted by thirteen votes in "
              "favour, none against, with two abstentions.\n\n3. By Resolution 327 (1973) the "
              "Council commends the Government of Zambia. This resolution was adopted by "
              "fourteen votes in favour and none against.\n", "1973-02-03")
    assert [(e.resolution, e.yes) for e in evs] == [("326", 13), ("327", 14)]
