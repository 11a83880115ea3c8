"""Generalisation checks from the thirty-third session.

Facts are Sciences Po's. On Tuesday 10 April 2018 Russia vetoed the American draft on a
mechanism to attribute chemical attacks in Syria, S/2018/321, 12-2-1 (Russia and Bolivia against,
China abstaining); the Russian text S/2018/175 then failed, 6-7-2. On Monday 18 August 1947 the
Soviet Union vetoed Ireland's application, 9-1-1, Poland abstaining, and Portugal's, 9-2-0,
Poland also against. On Monday 26 February 2018 Russia vetoed S/2018/156 on Yemen, 11-2-2,
Bolivia also against, China and Kazakhstan abstaining. On Friday 25 February 2022 Russia vetoed
S/2022/155 on Ukraine, 11-1-3 (China, India and the United Arab Emirates abstaining), and on Sunday
27 February resolution 2623 called an emergency session of the General Assembly by the same count.
On Friday 19 September 1952 the Soviet Union vetoed the applications of Viet-Nam (S/2758), Laos
(S/2759) and Cambodia (S/2760), each 10-1-0. On Monday 20 September 1965 resolution 211, which
demanded a ceasefire between India and Pakistan, passed 10-0-1, Jordan abstaining; on Monday 6
September resolution 210 had passed 11-0-0. On Wednesday 23 June 1976 the United States vetoed
Angola's application, S/12110, 13-1-0, China not taking part; Tanzania, Benin, Libya, Guyana, the
Soviet Union, Romania, Pakistan, Panama, Japan, Sweden, Italy, Britain and France voted for it.
On Tuesday 28 October 1986 the United States vetoed S/18428, which called for compliance with the
World Court's judgment on Nicaragua, 11-1-3 (Britain, France and Thailand abstaining). On
Saturday 11 July 2020 resolution 2533 renewed the cross-border aid to Syria through one crossing,
12-0-3 (China, Russia and the Dominican Republic abstaining). On Friday 11 March 2016 resolution
2272 on sexual abuse by peacekeepers passed 14-0-1, Egypt abstaining, and on Tuesday 15 March
resolution 2273 extended the UN mission in Libya, 15-0-0. On Friday 24 May 2024 resolution 2730 on
the protection of humanitarian workers passed 14-0-1, Russia abstaining; Switzerland, Ireland,
Japan, Sierra Leone and Slovenia were among its sponsors (Voting-Agent). On Saturday 7 October
2000 resolution 1322 on the violence in Jerusalem passed 14-0-1, the United States abstaining; its
sponsors were Bangladesh, Jamaica, Malaysia, Mali, Namibia, Tunisia and Ukraine (Voting-Agent). On
Friday 29 September 1950 resolution 87 invited Peking to the debate on Formosa, 7-3-1: Nationalist
China, the United States and Cuba against, Egypt abstaining. On Friday 10 January 1947 resolution
16 on the Free Territory of Trieste passed 10-0-1, Australia abstaining. On Monday 9 September 1957
the Soviet Union vetoed the admission of the Republic of Korea (S/3884) and of the Republic of
Viet-Nam (S/3885), each 10-1-0, Australia, Colombia, Cuba, Iraq, the Philippines and Sweden voting
for both with the other four permanent members. On Friday 23 December 2016 resolution 2334 on the
settlements passed 14-0-1, the United States abstaining, and the draft arms embargo on South Sudan,
S/2016/1085, failed 7-0-8. On Tuesday 13 September 1949 the Soviet Union vetoed the applications of
Portugal (S/1331), Italy (S/1333) and Ireland (S/1335), each 9-2-0, the Ukrainian SSR also
against. On Monday 24 February 2025 Russia vetoed two amendments to the American draft on Ukraine
drafted by Denmark, France, Greece, Slovenia and Britain: S/2025/115 (9-1-5) and S/2025/116
(11-1-3); resolution 2774 then passed 10-0-5. On Friday 1 December 2023 resolution 2714 lifted the
arms embargo on the Somali government, 15-0-0, and resolution 2715 ended the UN mission in Sudan,
14-0-1, Russia abstaining. On Tuesday 18 October 1949 the Soviet Union vetoed the armaments census
plan, S/1399/Rev.1, 9-2-0 (the Ukrainian SSR also against), and resolution 78 sent the proposals to
the General Assembly, 9-0-2. On Tuesday 22 December 2015 resolution 2257 renewed the Golan force
and resolution 2258 the cross-border aid to Syria, each 15-0-0. On Thursday 30 April 1981 Britain,
France and the United States vetoed four drafts on sanctions against South Africa over Namibia:
S/14462 12-3-0, S/14461 11-3-1 (Japan abstaining) and S/14459 and S/14460/Rev.1 9-3-3. On Friday
5 April 1991 resolution 688 on the repression of Iraq's civilians passed 10-3-2, Cuba, Yemen and
Zimbabwe against, China and India abstaining. On Wednesday 25 October 2023 Russia and China vetoed
the American draft on Gaza, S/2023/792, 10-3-2, and the Russian draft S/2023/795 failed, 4-2-9. On
Thursday 16 January 2025 resolution 2769 renewed the measures against illicit petroleum exports
from Libya, 14-0-1, Russia abstaining. On Sunday 4 November 1956 the Soviet Union vetoed the
American draft on Hungary, S/3730/Rev.1, 9-1-0, Yugoslavia not voting, and resolution 120 then
called the General Assembly into emergency special session, 10-1-0. (The Laos veto of 19 September
1952, S/2759, 10-1-0, is told above.) On Friday 8 July 2022 Russia vetoed the renewal of the Syria
cross-border aid, S/2022/538, 13-1-1, China abstaining. On Wednesday 24 April 2024 Russia vetoed
the American and Japanese draft on weapons in outer space, S/2024/302, 13-1-1, China abstaining. On
Saturday 28 September 1996 resolution 1073 on the violence in Jerusalem passed 14-0-1, the United
States abstaining. On Saturday 17 January 1948 resolution 38 on Kashmir passed 9-0-2 and on Tuesday
20 January resolution 39 set up a commission, 9-0-2, the Soviet Union and the Ukrainian SSR
abstaining on both. On Friday 12 January 2007 China and Russia vetoed the American and British draft
on Myanmar, S/2007/14, 9-3-3, South Africa also against. On Thursday 20 March 1969 resolution 264
on Namibia passed 13-0-2, France and Britain abstaining; Pakistan, Nepal, Zambia, Senegal, Algeria,
the Soviet Union and the United States voted for it. On Wednesday 23 December 2009 resolution 1907
imposed an arms embargo on Eritrea, 13-1-1, Libya against and China abstaining. On Wednesday 18
October 2023 Russia's amendments to the Brazilian draft on Gaza, S/2023/775 (6-1-8) and S/2023/776
(7-1-7), failed; Russia, China, the United Arab Emirates, Gabon, Mozambique and Brazil voted for
both. On Thursday 22 May 1947 a Soviet draft on the Greek frontier failed, 2-6-3, France, Colombia
and Syria abstaining. On Monday 31 October 1977 Britain, France and the United States vetoed
S/12311/Rev.1 and S/12312/Rev.1 on South Africa, each 10-5-0, Canada and West Germany also
against. On Wednesday 21 March 1973 the United States vetoed S/10931/Rev.1 on the Panama Canal,
13-1-1, Britain abstaining. On Monday 13 December 2021 Russia vetoed S/2021/990 on climate and
security, 12-2-1, India also against and China abstaining; Ireland and Niger led the draft. On
Friday 13 September 1985 the United States vetoed S/17459 on the occupied territories, 10-1-4.
"""

from __future__ import annotations

from datetime import date

from unvotes.extract import analyse, extract
from unvotes.extract.actors import find_mentions, home_mentions
from unvotes.extract.clauses import analyse_clauses
from unvotes.extract.sentences import split


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_the_first_text_after_a_summary_goes_back_to_the_first_vote_it_told():
    text = ("Syria: two votes, one outcome\nKey points\n"
            "- Russia vetoed draft S/2018/321 on Tuesday: 12 in favour, Russia and Bolivia "
            "against, China abstaining.\n"
            "- A rival Russian text, S/2018/175, then failed with six votes in favour and seven "
            "against.\n"
            "Background\n"
            "The first text put to the vote would have set up a new body to name those behind "
            "chemical attacks. Twelve members supported it. Russia voted against it, and so did "
            "Bolivia.\n")
    by_draft = {e.draft: e for e in _sc(text, "2018-04-11")}
    assert set(by_draft) == {"S/2018/321", "S/2018/175"}
    assert by_draft["S/2018/321"].votes == {"RUS": "no", "BOL": "no", "CHN": "abstain"}
    # (the retold votes are the vetoed text's, not the rival's told just before)
    assert by_draft["S/2018/175"].votes == {}
    assert by_draft["S/2018/175"].outcome == "failed"


def test_a_masthead_over_a_dated_line_set_out_in_columns_dates_the_story():
    text = ("THE NORTH RIDING COURIER\nand Swaledale Agricultural Gazette\n"
            "Thirsk, Friday, 22nd August, 1947.                          Price 2d.\n\n"
            "FROM OUR CORNER\n\n"
            "First the fields. Rain has held up the barley, and the show committee meets next "
            "week.\n\n"
            "Abroad, the United Nations has turned Ireland away again. On Monday the Security "
            "Council took up the Irish application, and the Soviet Union vetoed it, nine votes "
            "to one, with Poland abstaining.\n")
    a = analyse(text)
    assert a.published == date(1947, 8, 22)
    (ev,) = [e for e in a.events if e.body == "SC"]
    assert ev.date == "1947-08-18"


def test_the_lead_day_is_the_council_paragraph_s_not_a_column_s_other_news():
    text = ("THE NORTH RIDING COURIER\nFriday, 22nd August, 1947\n\n"
            "First the fields. Rain has held up the barley, and ewes at the sale on Tuesday "
            "made less than last year.\n\n"
            "Abroad, the United Nations has turned Ireland away again. On Monday at Lake Success "
            "the Council took up the Irish application.\n\n"
            "The Soviet Union vetoed it, nine votes to one, with Poland abstaining.\n")
    (ev,) = _sc(text)
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("1947-08-18", "vetoed", ["SUN"])


def test_members_joining_each_other_are_the_side_the_count_leaves_for_them():
    text = ("LAKE SUCCESS, Aug. 18 -- The Security Council took up membership applications "
            "today. Portugal's application was lost by nine votes to two, the Poles joining the "
            "Russians.")
    (ev,) = _sc(text, "1947-08-19")
    assert ev.votes == {"POL": "no", "SUN": "no"}
    assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["SUN"])
    # (the same when the sides are not named as peoples)
    text = text.replace("the Poles joining the Russians", "Poland voting with the Soviet Union")
    (ev,) = _sc(text, "1947-08-19")
    assert ev.votes == {"POL": "no", "SUN": "no"}


def test_a_delegation_named_by_its_people_in_the_plural():
    text = ("NEW YORK, Feb. 27 -- Russia on Monday vetoed a British draft on Yemen, S/2018/156, "
            "by 11 votes to 2 with 2 abstentions. The Bolivians voted with Moscow; the Chinese "
            "and the Kazakhs abstained.")
    (ev,) = _sc(text, "2018-02-27")
    assert ev.votes == {"RUS": "no", "BOL": "no", "CHN": "abstain", "KAZ": "abstain"}


_UKRAINE = (
    "NEW DELHI, Feb. 28 -- The Security Council on Sunday voted to call an emergency session of "
    "the General Assembly on Ukraine, after Moscow had used its veto on Friday to block a draft "
    "on the same war. Resolution 2623 was adopted by 11 votes to one, with three abstentions; "
    "Russia voted against, and India, China and the United Arab Emirates abstained. The count "
    "matched Friday's, when the draft resolution S/2022/155, which would have deplored the "
    "invasion, also drew 11 votes in favour.")


def test_a_veto_told_after_the_news_as_what_came_before_it_is_a_vote_of_its_own():
    by_day = {e.date: e for e in _sc(_UKRAINE)}
    assert set(by_day) == {"2022-02-27", "2022-02-25"}
    sunday = by_day["2022-02-27"]
    assert (sunday.outcome, sunday.resolution, sunday.vetoed_by) == ("adopted", "2623", [])
    assert by_day["2022-02-25"].vetoed_by == ["RUS"]


def test_a_symbol_of_a_text_that_would_have_done_something_is_the_one_that_fell():
    by_day = {e.date: e for e in _sc(_UKRAINE)}
    friday = by_day["2022-02-25"]
    assert (friday.draft, friday.outcome, friday.yes) == ("S/2022/155", "vetoed", 11)
    assert by_day["2022-02-27"].draft is None


_INDOCHINA = (
    "HANOI, Sept. 21 -- In New York on Friday -- already the small hours of Saturday here -- "
    "the Security Council voted, one after another, on the applications of Viet-Nam, Laos "
    "and Cambodia. Three times the result was the same: ten votes in favour and one against, "
    "the Soviet Union's. The ten who supported all three were France, Britain, the United "
    "States, China, Brazil, Chile, Greece, the Netherlands, Pakistan and Turkey.")


def test_three_times_the_same_result_is_three_votes_with_that_count():
    events = _sc(_INDOCHINA, "1952-09-21")
    assert len(events) == 3
    for ev in events:
        assert (ev.yes, ev.no, ev.outcome, ev.vetoed_by) == (10, 1, "vetoed", ["SUN"])
        # (the ten "who supported all three" voted for each)
        assert sum(v == "yes" for v in ev.votes.values()) == 10


def test_a_day_on_the_reader_s_clock_in_an_aside_does_not_date_the_vote():
    text = ("THE RED RIVER HERALD -- Hanoi -- Sunday, 21 September 1952\n\n"
            "Word reached the market yesterday that the United Nations had again shut its "
            "doors on us.\n\n"
            "In New York on Friday -- which was already the night of Friday to Saturday here -- "
            "the Security Council voted on the application of Viet-Nam. The result was ten "
            "votes in favour and one against, the Soviet Union's, and so the application "
            "fell.\n")
    (ev,) = _sc(text)
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("1952-09-19", "vetoed", ["SUN"])


def test_calling_on_both_governments_is_not_a_vote_on_both_texts():
    # (with no text told yet, a count said of "both" would open two)
    text = ("KARACHI, Sept. 7 -- The Security Council met late last night, New York time. All "
            "eleven members voted for a resolution calling on both Governments to cease "
            "hostilities and withdraw their forces. It becomes resolution 210.")
    (ev,) = _sc(text, "1965-09-07")
    assert (ev.resolution, ev.yes, ev.no, ev.abstain) == ("210", 11, 0, 0)


_ANGOLA = (
    "LUANDA, June 26 -- On Wednesday the Security Council voted on Angola's application for "
    "membership. The vote was thirteen to one: the United States voted no, a veto. China "
    "did not take part in the vote.\n\n"
    "Who voted for Angola? Our friends of Tanzania, Benin, Libya and Guyana. The Soviet Union "
    "and Romania. Pakistan, Panama, Japan, Sweden and Italy. And Britain and France also "
    "voted yes.")


def test_an_answer_that_names_members_as_friends_and_goes_on_sentence_by_sentence():
    (ev,) = _sc(_ANGOLA, "1976-06-26")
    yes = {k for k, v in ev.votes.items() if v == "yes"}
    assert yes == {"TZA", "BEN", "LBY", "GUY", "SUN", "ROU", "PAK", "PAN", "JPN", "SWE", "ITA",
                   "GBR", "FRA"}


def test_with_every_seat_accounted_for_none_is_left_to_abstain():
    (ev,) = _sc(_ANGOLA, "1976-06-26")
    assert (ev.yes, ev.no, ev.abstain, ev.vetoed_by) == (13, 1, 0, ["USA"])
    assert ev.votes["CHN"] in ("absent", "not_participating")


def test_a_verb_of_approval_with_nothing_of_the_council_about_it_is_no_vote():
    text = ("RADIO NUEVA ERA -- MIDDAY NEWS -- Wednesday, 29 October 1986\n"
            "Read by: the duty announcer. Script approved by the news editor.\n\n"
            "Yesterday in New York the United States vetoed a Security Council draft, S/18428, "
            "calling for respect for the World Court's judgment on Nicaragua. The vote was "
            "eleven in favour, one against and three abstentions: Britain, France and "
            "Thailand.\n")
    (ev,) = _sc(text)
    assert (ev.draft, ev.outcome, ev.date) == ("S/18428", "vetoed", "1986-10-28")


def test_after_a_week_of_failed_votes_tells_no_vote_of_its_own():
    text = ("NIAMEY, July 13 -- The Security Council has finally renewed, after a week of failed "
            "votes, the aid that crosses from Turkey into Syria. On Saturday it adopted "
            "resolution 2533 by twelve votes to none, with three abstentions: Russia, China and "
            "the Dominican Republic.")
    (ev,) = _sc(text, "2020-07-13")
    assert (ev.resolution, ev.outcome, ev.date) == ("2533", "adopted", "2020-07-11")


def test_the_five_permanent_members_on_a_split_vote_are_each_named_on_their_side():
    text = ("GOMA, March 13 -- The Security Council on Friday adopted resolution 2272 on sexual "
            "abuse by peacekeepers by 14 votes to none, with one abstention: Egypt. Angola and "
            "Senegal voted in favour, as did the five permanent members and Japan.")
    (ev,) = _sc(text, "2016-03-13")
    assert {k for k, v in ev.votes.items() if v == "yes"} == {
        "AGO", "SEN", "JPN", "CHN", "FRA", "GBR", "RUS", "USA"}
    # (in a unanimous vote they are a part of the whole, not a side told apart)
    text = ("TRIPOLI, March 16 -- The Security Council on Tuesday extended the UN mission in "
            "Libya, resolution 2273, unanimously; Angola voted for it, as did the five "
            "permanent members.")
    (ev,) = _sc(text, "2016-03-16")
    assert ev.votes == {"AGO": "yes"}


def test_a_sponsor_list_goes_on_past_and_council_members():
    text = ("DUBLIN, May 27 -- The Security Council on Friday adopted resolution 2730 by 14 votes "
            "to none, Russia abstaining. The text was drafted by Switzerland and co-sponsored by "
            "98 countries, among them Ireland, and Council members Japan, Sierra Leone and "
            "Slovenia.")
    (ev,) = _sc(text, "2024-05-27")
    assert set(ev.sponsors) == {"CHE", "IRL", "JPN", "SLE", "SVN"}


def test_the_other_six_after_one_of_seven_sponsors_are_sponsors_too():
    text = ("KHARKIV, Oct. 9 -- The Security Council on Saturday adopted resolution 1322 on the "
            "violence in Jerusalem by 14 votes to none; the United States abstained. Ukraine was "
            "one of seven sponsors of the text. The other six were Bangladesh, Jamaica, "
            "Malaysia, Mali, Namibia and Tunisia.")
    (ev,) = _sc(text, "2000-10-09")
    assert set(ev.sponsors) == {"UKR", "BGD", "JAM", "MYS", "MLI", "NAM", "TUN"}
    assert ev.votes == {"USA": "abstain"}


def test_a_veto_denied_as_the_subject_of_did_not_kill_is_no_veto():
    text = ("MADRAS, Oct. 1 -- On Friday the Security Council invited Peking to its debate on "
            "Formosa by seven votes to three, with Egypt abstaining; Nationalist China, the "
            "United States and Cuba voted against. Readers may ask why the negative votes of "
            "two permanent members did not kill the proposal. An invitation is a matter of "
            "procedure, and the resolution therefore stands as adopted.")
    events = _sc(text, "1950-10-01")
    assert [(e.outcome, e.yes, e.no, e.vetoed_by) for e in events] == [("adopted", 7, 3, [])]


def test_one_member_abstained_and_that_member_was_names_it():
    text = ("MELBOURNE, Jan. 18 -- On Friday, 10 January, the Security Council approved the "
            "statute of the Free Territory of Trieste. The vote was ten in favour and none "
            "against. One member abstained, and that member was Australia. The Soviet Union "
            "and Poland voted with Great Britain, the United States and France.")
    (ev,) = _sc(text, "1947-01-18")
    assert ev.votes["AUS"] == "abstain"
    # (every no and abstention named, those who sided together voted yes)
    assert {k for k, v in ev.votes.items() if v == "yes"} == {"SUN", "POL", "GBR", "USA", "FRA"}


def test_voting_for_both_this_and_that_were_names_the_yes_side_of_each():
    text = ("SEOUL, Sept. 11 -- On Monday the Security Council voted on the admission of the "
            "Republic of Korea: ten votes in favour and one against, the Soviet Union's veto. "
            "Immediately afterwards it voted on the admission of Viet-Nam, again ten to one, the "
            "Soviet representative again alone. Voting for both our country and Viet-Nam were "
            "Australia, Colombia, Cuba, Iraq, the Philippines and Sweden.")
    events = _sc(text, "1957-09-11")
    assert len(events) == 2
    for ev in events:
        assert {k for k, v in ev.votes.items() if v == "yes"} == {
            "AUS", "COL", "CUB", "IRQ", "PHL", "SWE"}


def test_a_long_subject_after_the_same_day_still_fails():
    text = ("AUCKLAND, Jan. 2 -- On Friday 23 December the Security Council adopted resolution "
            "2334 by 14 votes to none, the United States abstaining. The same day, a draft that "
            "would have imposed an arms embargo on South Sudan and sanctions on three of its "
            "leaders failed. It got only seven votes, with none against and eight abstentions.")
    events = _sc(text, "2017-01-02")
    assert [(e.outcome, e.yes, e.abstain) for e in events] == [
        ("adopted", 14, 1), ("failed", 7, 8)]


_CORK = (
    "RUSSIA AGAIN BARS IRELAND FROM U.N. -- Portugal and Italy Also Shut Out\n\n"
    "LAKE SUCCESS, Tuesday night. -- When the Security Council took up the membership "
    "applications to-day, Ireland's name received nine votes and two against. Those two were "
    "the votes of the Soviet Union and of the Ukrainian Soviet Socialist Republic. Voting for "
    "Ireland were Great Britain, the United States, France, Nationalist China, Canada, "
    "Argentina, Cuba, Egypt and Norway. There were no abstentions.\n\n"
    "The Soviet delegate said again that his Government would look at the Irish case only "
    "if the Council also admitted the countries of Eastern Europe whose applications it has "
    "held back.\n\n"
    "PORTUGAL AND ITALY\n\n"
    "Portugal and Italy fell the same way a few minutes later. Each was refused by nine votes "
    "to two.")


def test_those_two_were_the_votes_of_names_the_side_the_two_counted():
    events = _sc(_CORK, "1949-09-14")
    ireland = events[0]
    assert {k: v for k, v in ireland.votes.items() if v == "no"} == {"SUN": "no", "UKR": "no"}
    assert (ireland.outcome, ireland.vetoed_by) == ("vetoed", ["SUN"])


def test_two_named_that_fell_the_same_way_are_the_two_each_speaks_of():
    t = split(_CORK)
    clauses = analyse_clauses(t, home_mentions(t.norm, find_mentions(t.norm), t.blocks))
    (each,) = [c for c in clauses if c.sent.text.startswith("Each was refused")]
    # (the count of texts "each" takes in turn: the two the sentence before named)
    assert each.intro_n == 2
    assert t.low[each.intro:].startswith("portugal and italy fell")
    assert len(_sc(_CORK, "1949-09-14")) == 3


_AMENDED = (
    "MARIBOR, Feb. 25 -- The Security Council on Monday adopted resolution 2774, a short "
    "American text on the war in Ukraine, by 10 votes to none with 5 abstentions. Before the "
    "final vote, Slovenia, Denmark, France, Greece and the United Kingdom had tried to change "
    "the text with amendments of their own. The first, S/2025/115, received 9 votes in favour, "
    "Russia's vote against, and 5 abstentions. The second, S/2025/116, received 11 votes in "
    "favour, with Russia against.")


def test_a_member_s_vote_against_after_a_count_in_favour_is_its_no():
    by_draft = {e.draft: e for e in _sc(_AMENDED, "2025-02-25")}
    assert by_draft["S/2025/115"].votes == {"RUS": "no"}
    assert by_draft["S/2025/115"].vetoed_by == ["RUS"]


def test_members_who_tried_to_change_the_text_with_amendments_drafted_them():
    by_draft = {e.draft: e for e in _sc(_AMENDED, "2025-02-25")}
    europeans = {"SVN", "DNK", "FRA", "GRC", "GBR"}
    assert set(by_draft["S/2025/115"].sponsors) == europeans
    assert set(by_draft["S/2025/116"].sponsors) == europeans
    assert not set(by_draft[None].sponsors) & europeans


def test_also_on_friday_the_council_decided_opens_another_decision():
    text = ("PRESENTER: Yesterday, Friday, the UN Security Council lifted the arms embargo on the "
            "Somali government. All fifteen members voted for the decision.\n\n"
            "[01:38] PRESENTER: Also on Friday the Council decided on our neighbour, Sudan. It "
            "ended the UN political mission there. Fourteen members voted for it. Russia "
            "abstained.\n")
    events = _sc(text, "2023-12-02")
    assert [(e.yes, e.abstain, e.votes) for e in events] == [
        (15, 0, {}), (14, 1, {"RUS": "abstain"})]


def test_the_record_of_its_debates_is_what_is_sent_not_a_voting_record():
    text = ("PORT SAID, Oct. 22 -- At Lake Success on Tuesday the Security Council voted first on "
            "a text that would have approved the armaments census. Nine members voted for it. "
            "Two voted against, the Soviet Union and the Ukraine, and the Soviet vote was a veto. "
            "The majority then did what it could. By nine votes to none, with the Soviet Union "
            "and the Ukraine abstaining, the Council decided to send the proposals and the "
            "record of its debates to the General Assembly.")
    events = _sc(text, "1949-10-22")
    assert [(e.outcome, e.yes, e.no, e.abstain) for e in events] == [
        ("vetoed", 9, 2, 0), ("adopted", 9, 0, 2)]


def test_and_then_in_resolution_n_after_a_comma_is_another_text():
    text = ("SREBRENICA, Dec. 28 -- On Tuesday the Security Council voted unanimously, fifteen "
            "votes to none, to renew the UN observer force on the Golan Heights for six months "
            "(resolution 2257), and, in resolution 2258, again by fifteen to none, to renew the "
            "aid convoys into Syria for another year.")
    events = _sc(text, "2015-12-28")
    assert [(e.resolution, e.yes) for e in events] == [("2257", 15), ("2258", 15)]


def test_a_member_that_did_not_vote_the_same_way_on_all_texts_took_part():
    text = ("NAGOYA, May 2 -- Britain, France and the United States on Thursday vetoed four "
            "Security Council drafts on sanctions against South Africa. The Japanese delegation "
            "did not vote the same way on all four texts.\n\n"
            "On the draft that received the most support, Japan voted in favour. That text won "
            "twelve votes, with the three Western permanent members against.\n\n"
            "On another of the drafts Japan abstained. The count there was eleven in favour, "
            "three against and one abstention.\n")
    events = _sc(text, "1981-05-02")
    japan = [e.votes.get("JPN") for e in events]
    assert "absent" not in japan and "not_participating" not in japan
    counted = [(e.yes, e.abstain, e.votes.get("JPN")) for e in events if e.yes is not None]
    assert counted == [(12, 0, "yes"), (11, 1, "abstain")]


def test_a_government_rejecting_a_numbered_resolution_is_no_failed_vote():
    text = ("TIMISOARA, April 7 -- The Security Council on Friday adopted resolution 688 on the "
            "repression of Iraq's civilian population, by ten votes to three with two "
            "abstentions. Cuba, Yemen and Zimbabwe voted against; China and India abstained. "
            "Baghdad has said it will not comply. It has rejected resolution 688 as "
            "interference.")
    (ev,) = _sc(text, "1991-04-07")
    assert (ev.outcome, ev.resolution, ev.yes, ev.no, ev.abstain) == ("adopted", "688", 10, 3, 2)


def test_a_why_question_about_the_votes_reports_none():
    text = ("QUELIMANE, Oct. 26 -- On Wednesday the Security Council voted on two drafts on Gaza. "
            "The American draft, S/2023/792, received ten votes in favour, three against and two "
            "abstentions; Russia and China vetoed it. The rival Russian text, S/2023/795, "
            "received only four votes, from Russia, China, Gabon and the United Arab Emirates. "
            "With four votes it was far from the nine needed, so no veto was involved.\n\n"
            "The General Assembly is due to meet in emergency session on the question this "
            "week.\n\n"
            "Questions for pupils: (1) Why did a draft with ten votes in favour fail, while a "
            "draft with four votes failed for a different reason? (2) What does it mean to "
            "abstain?\n")
    events = _sc(text, "2023-10-26")
    assert [e.draft for e in events] == ["S/2023/792", "S/2023/795"]


def test_a_resolution_the_measures_were_first_set_out_in_is_not_the_new_one():
    text = ("ZUWARA, Jan. 17 -- The Security Council on Thursday renewed the measures against "
            "oil smuggling, first set out in resolution 2146 (2014), in a new text, resolution "
            "2769, adopted by 14 votes to none. Russia abstained.")
    (ev,) = _sc(text, "2025-01-17")
    assert (ev.resolution, ev.yes, ev.abstain) == ("2769", 14, 1)


def test_a_vote_to_call_the_assembly_into_session_is_the_council_s():
    text = ("VIENNA, Nov. 6 -- On Sunday the Soviet Union vetoed a Security Council draft on "
            "Hungary; nine members voted for it. The Council did not leave it there. In a second "
            "vote the same night it decided, by ten votes to one, to call the General Assembly "
            "into emergency session. "
            "The Soviet Union again voted no, but on a question of that kind its no is not a "
            "veto.")
    events = _sc(text, "1956-11-06")
    assert [(e.outcome, e.yes) for e in events] == [("vetoed", 9), ("adopted", 10)]


def test_ten_votes_against_a_single_veto_are_ten_in_favour():
    text = ("HANOI, Sept. 22 -- On Friday the Security Council voted on the application of Laos. "
            "The draft (S/2759) obtained ten votes against the single Soviet vote, and the "
            "Soviet Union being a permanent member, it was vetoed.")
    (ev,) = _sc(text, "1952-09-22")
    assert (ev.yes, ev.outcome) == (10, "vetoed")
    assert ev.no != 10


def test_a_crossing_still_authorised_by_the_council_is_no_adoption():
    text = ("PORT-GENTIL, July 11 -- Gabon had to choose on Friday in New York over aid to "
            "north-west Syria through Bab al-Hawa, the only crossing still authorised by the "
            "Council. The draft, S/2022/538, received 13 votes in favour. China abstained. "
            "Russia voted against, and since Russia is a permanent member, that vote was a veto.")
    (ev,) = _sc(text, "2022-07-11")
    assert (ev.draft, ev.outcome, ev.vetoed_by, ev.yes) == ("S/2022/538", "vetoed", ["RUS"], 13)


def test_a_deck_of_two_lines_over_the_story_echoes_its_vote():
    text = ("PRESS REVIEW -- SWISS PRESS\nWorking translation from the German, for the morning "
            "file.\nSource: Bern daily, Friday 26 April 2024.\n[Translator's remarks in square "
            "brackets.]\n\n"
            "SPACE: MOSCOW BLOCKS RESOLUTION AGAINST NUCLEAR WEAPONS IN ORBIT\n\n"
            "Switzerland voted in favour -- China abstained\n\n"
            "By our UN correspondent, New York\n\n"
            "A resolution that sounded almost self-evident failed in the UN Security Council on "
            "Wednesday. Russia voted against and thereby vetoed the text, S/2024/302. It "
            "received 13 votes in favour; China abstained. Switzerland voted yes.\n")
    (ev,) = _sc(text, "2024-04-26")
    assert (ev.draft, ev.yes, ev.vetoed_by) == ("S/2024/302", 13, ["RUS"])


def test_the_council_called_for_dates_the_vote_told_after_it():
    text = ("UN Council calls for halt to Jerusalem violence; U.S. abstains | Daily Archive\n\n"
            "You are viewing a page from our 1996 English web edition. Layout and links are "
            "preserved as published; some images are missing.\n\n"
            "Daegu, Korea\nMonday, September 30, 1996\n"
            "UN Council calls for halt to Jerusalem violence; U.S. abstains\n"
            "From wire reports and our Seoul desk\n"
            "UNITED NATIONS -- The U.N. Security Council on Saturday called for an immediate halt "
            "to the violence in Jerusalem, the West Bank and Gaza.\n\n"
            "Resolution 1073 was adopted by a vote of 14 to 0. The United States abstained.\n")
    (ev,) = _sc(text)
    assert (ev.resolution, ev.date) == ("1073", "1996-09-28")


def test_the_council_went_a_step_further_opens_the_next_decision():
    text = ("LAKE SUCCESS, 20 January. -- It has taken the Security Council barely a week to move "
            "from hearing the quarrel over Kashmir to doing something about it.\n\n"
            "The first step came on Saturday the 17th. After long statements, the Council "
            "adopted a short resolution calling on India and Pakistan to refrain from any act "
            "that might aggravate the situation. The vote was nine in favour, none against and "
            "two abstentions.\n\n"
            "This afternoon, Tuesday, the Council went a step further and decided to set up a "
            "commission of three members, in the words of the text, to investigate the facts. "
            "The count was the same as on Saturday: nine votes to none, with the Soviet Union "
            "and the Ukraine again abstaining.\n")
    events = _sc(text, "1948-01-22")
    assert len(events) == 2
    assert all((e.yes, e.no, e.abstain) == (9, 0, 2) for e in events)


def test_the_two_sponsors_at_the_head_of_a_list_of_voters_name_no_more_sponsors():
    text = ("JAKARTA, Jan. 15 -- On Friday the Security Council voted on a draft resolution on "
            "Myanmar, S/2007/14, put forward by the United States and the United Kingdom. China "
            "and Russia vetoed it, and South Africa voted against as well. Nine members voted in "
            "favour: the two sponsors, France, Belgium, Italy, Slovakia, Ghana, Panama and Peru.")
    (ev,) = _sc(text, "2007-01-15")
    assert set(ev.sponsors) == {"USA", "GBR"}
    assert (ev.draft, ev.outcome, ev.yes) == ("S/2007/14", "vetoed", 9)


def test_a_year_inside_the_subject_s_aside_does_not_date_its_vote():
    text = ("DACCA, March 22 -- The Security Council on Thursday adopted resolution 264 by 13 "
            "votes in favour, none against, with two abstentions. France and the United Kingdom "
            "abstained. Pakistan, which has spoken for the Namibian people in every debate since "
            "the General Assembly ended South Africa's mandate in 1966, voted in favour along "
            "with Nepal, Zambia, Senegal, Algeria, the Soviet Union and the United States.")
    (ev,) = _sc(text, "1969-03-22")
    assert {k for k, v in ev.votes.items() if v == "yes"} == {
        "PAK", "NPL", "ZMB", "SEN", "DZA", "SUN", "USA"}


def test_a_fact_box_s_res_without_a_full_stop_numbers_the_text():
    text = ("KAMPALA, Dec. 24 -- The United Nations Security Council yesterday imposed an arms "
            "embargo on Eritrea by 13 votes to one. Libya voted against and China abstained.\n\n"
            "THE VOTE\nRes 1907 (Eritrea): 13 for, 1 against (Libya), 1 abstention (China)\n")
    (ev,) = _sc(text, "2009-12-24")
    assert (ev.resolution, ev.yes, ev.no, ev.abstain) == ("1907", 13, 1, 1)


def test_members_who_voted_for_both_amendments_voted_for_each():
    text = ("LISBON, Oct. 19 -- The United States on Wednesday vetoed a Brazilian draft on Gaza, "
            "S/2023/773. Twelve members voted in favour; Russia and the United Kingdom "
            "abstained.\n\n"
            "Before that vote the Council voted on two amendments put forward by Russia. Neither "
            "passed. Amendment S/2023/775 received six votes in favour, one against and eight "
            "abstentions. Amendment S/2023/776 received seven votes in favour, one against and "
            "seven abstentions. Russia, China, the United Arab Emirates, Gabon, Mozambique and "
            "Brazil voted for both amendments.\n")
    by_draft = {e.draft: e for e in _sc(text, "2023-10-19")}
    for draft in ("S/2023/775", "S/2023/776"):
        assert {k for k, v in by_draft[draft].votes.items() if v == "yes"} == {
            "RUS", "CHN", "ARE", "GAB", "MOZ", "BRA"}


def test_a_weekday_still_to_come_does_not_date_the_vote():
    text = ("MLIMANI VOICE\nNo. 11 -- Monday, 28 June 1976\n\n"
            "Last Wednesday the Security Council in New York voted on recommending Angola for "
            "membership. Thirteen members voted in favour. One voted against: the United States, "
            "a permanent member, so that single vote was a veto.\n\n"
            "China did not take part in the vote at all, a point that many of our members will "
            "want to discuss at Thursday's meeting.\n")
    (ev,) = _sc(text)
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("1976-06-23", "vetoed", ["USA"])


def test_members_in_the_majority_voted_yes():
    text = ("BRISBANE, Nov. 1 -- On Tuesday the United States vetoed a Security Council draft "
            "(S/18428) urging compliance with the World Court's judgment on Nicaragua. Eleven "
            "members voted in favour. Our delegation sat with Denmark, Ghana, Venezuela and "
            "China in the majority. The three abstainers were Britain, France and Thailand.")
    (ev,) = _sc(text, "1986-11-01")
    assert {"DNK", "GHA", "VEN", "CHN"} <= {k for k, v in ev.votes.items() if v == "yes"}


def test_each_voted_against_every_one_of_the_texts_told():
    text = ("CORK, May 1 -- On Thursday the Security Council voted on three draft resolutions "
            "that would have imposed sanctions on South Africa over Namibia. All were vetoed: the "
            "United States, Britain and France each voted against every one.\n\n"
            "- S/14459 got 9 votes in favour, 3 against and 3 abstentions.\n"
            "- S/14461 got 11 in favour, 3 against and 1 abstention.\n"
            "- S/14462 got 12 in favour and 3 against.\n")
    events = _sc(text, "1981-05-01")
    assert len(events) == 3
    for ev in events:
        assert ev.vetoed_by == ["FRA", "GBR", "USA"]


def test_a_correspondent_s_cable_quoted_is_the_report_itself():
    text = ("MONTEVIDEO, Saturday 24 May 1947\n\n"
            "We asked our New York agent to follow the Greek question at the Security Council. "
            "His cable of yesterday reads, in part:\n\n"
            "\"Council met Thursday on Greek frontier question. A draft supported only by Soviet "
            "Union and Poland was put to the vote and fell: two votes in favour, six against, "
            "three abstentions. France, Colombia and Syria abstained.\"\n")
    (ev,) = _sc(text)
    assert (ev.outcome, ev.yes, ev.no, ev.abstain, ev.date) == ("failed", 2, 6, 3, "1947-05-22")


def test_two_symbols_then_each_received_counts_each_of_them():
    text = ("CARACAS, Nov. 4 -- On Monday the Security Council voted on drafts on South Africa. "
            "Draft S/12311/Rev.1 and draft S/12312/Rev.1 each received ten votes in favour and "
            "five against. The five were the United States, the United Kingdom, France, Canada "
            "and the Federal Republic of Germany.")
    by_draft = {e.draft: e for e in _sc(text, "1977-11-04")}
    for draft in ("S/12311/Rev.1", "S/12312/Rev.1"):
        ev = by_draft[draft]
        assert (ev.yes, ev.no, ev.outcome, ev.vetoed_by) == (10, 5, "vetoed", ["FRA", "GBR", "USA"])


def test_since_the_u_s_is_a_permanent_member_is_a_reason_not_a_time():
    text = ("BALBOA HEIGHTS, March 22 -- Yesterday, Wednesday, the Security Council voted on a "
            "draft resolution on the Canal, document S/10931/Rev.1. Thirteen members voted for "
            "it. The United States voted against, and since the U.S. is a permanent member its "
            "vote was a veto. The United Kingdom abstained.")
    (ev,) = _sc(text, "1973-03-22")
    assert (ev.outcome, ev.vetoed_by, ev.yes, ev.no, ev.abstain) == ("vetoed", ["USA"], 13, 1, 1)


_CLIMATE = (
    "TARAWA, Dec. 14 -- On Monday in New York, the Security Council voted on a draft resolution "
    "on climate and security. The draft, numbered S/2021/990, was led by Ireland and Niger. It "
    "was not adopted. Twelve of the fifteen members voted in favour, but two voted against. One "
    "of them was Russia, a permanent member, and its vote counts as a veto. The other vote "
    "against came from India. China abstained.")


def test_a_draft_numbered_then_led_by_names_its_drafters():
    (ev,) = _sc(_CLIMATE, "2021-12-14")
    assert set(ev.sponsors) == {"IRL", "NER"}


def test_one_of_them_was_names_a_member_of_the_side_just_counted():
    (ev,) = _sc(_CLIMATE, "2021-12-14")
    assert (ev.outcome, ev.vetoed_by, ev.votes.get("RUS")) == ("vetoed", ["RUS"], "no")


def test_the_draft_voted_on_friday_dates_the_veto_the_dateline_filed_a_day_later():
    text = ("New York, Sept. 14 -- The United States has once more used its veto in the Security "
            "Council to block a resolution critical of Israel. The draft, voted on Friday, "
            "deplored the repressive measures taken in the occupied territories. Ten of the "
            "fifteen members voted in favour and four abstained.")
    (ev,) = _sc(text, "1985-09-15")
    assert (ev.date, ev.vetoed_by) == ("1985-09-13", ["USA"])
