"""Generalisation checks from the thirty-sixth session.

Facts are Sciences Po's and the UN Library's. On Friday 18 July 1958 the Soviet draft on Lebanon
calling for the withdrawal of foreign troops, S/4047/Rev.1, failed 1-8-2 (Japan and Sweden
abstaining), and the United States' draft to strengthen the observer group, S/4050/Rev.1, was
vetoed by the Soviet Union, 9-1-1, Sweden abstaining; on Tuesday 22 July Japan's compromise draft,
S/4055/Rev.1, was vetoed 10-1-0. On Thursday 29 August 1946 resolution 8 recommended Afghanistan,
Iceland and Sweden, 10-0-1 with Australia abstaining, and the Soviet Union vetoed Portugal's
application, 8-2-1, Poland also against. On Tuesday 9 December 1958 the Soviet Union vetoed the
application of the Republic of Korea, 9-1-1 with Iraq abstaining. On Wednesday 20 January 1982
the United States vetoed S/14832/Rev.1 on the Golan Heights, 9-1-5, and on Thursday 28 January
resolution 500 called an emergency special session of the General Assembly, 13-0-2. On Wednesday
29 February 1984 the Soviet Union vetoed S/16351/Rev.2 on a United Nations force in Beirut,
13-2-0, the Ukrainian SSR also against. On Tuesday 10 April 2018 Russia vetoed S/2018/321 on a
chemical weapons inquiry in Syria, 12-2-1; on Saturday 14 April, the day of the American, British
and French strikes, Russia's S/2018/355 condemning them failed, 3-8-4. On Friday 8 March 2024
resolution 2724 called for a cessation of hostilities in Sudan during Ramadan, 14-0-1 (Russia
abstaining), and resolution 2725 renewed the Sudan Panel of Experts, 13-0-2 (China and Russia
abstaining); the United Kingdom drafted both and the United States voted for both. On Thursday
30 April 1981 Britain, France and the United States vetoed S/14459 on sanctions against South
Africa, 9-3-3 (Japan, Ireland and Spain abstaining), and S/14462, 12-3-0. On Monday 7 September
1959 resolution 132 sent a subcommittee to Laos, 10-1-0; the Soviet Union voted against and
called its vote a veto, and the President ruled the decision procedural. On Friday 22 May 2015
resolution 2220 on small arms passed 9-0-6, Chad, China, Russia, Nigeria, Angola and Venezuela
abstaining. On Tuesday 30 November 1999 resolution 1277 extended MIPONUH, the police mission in
Haiti, 14-0-1, Russia abstaining; the Friends of the Secretary-General for Haiti (Argentina,
Canada, France, the United States and Venezuela) drafted it. On Monday 24 February 2025 Russia
vetoed the European amendment S/2025/115 to the American text on Ukraine, 9-1-5. On Tuesday 12
September 1950 the Soviet Union vetoed the American proposal S/1752 for a commission on the
bombing of Chinese territory, 7-1-2 (India and Yugoslavia abstaining, the Republic of China not
taking part), and the Soviet draft S/1745/Rev.1 failed, 1-8-1, Yugoslavia abstaining. On Friday 15
November 2013 the African draft S/2013/660 deferring the Kenya trials failed, 7-0-8. On Monday
15 September 1947 the Council removed the Greek question from its agenda by resolution 34, 9-2,
the Soviet Union and Poland against, the majority holding the vote procedural. On Thursday 10
February 1949 S/1246/Rev.1 on atomic weapons failed 2-0-9 and S/1249 3-0-8. On Wednesday 7 July
1948 resolution 53 appealed for a longer truce in Palestine, 8-0-3 (the Soviet Union, the
Ukrainian SSR and Syria abstaining). On Friday 29 May 2020 resolution 2521 renewed the South Sudan
sanctions, 12-0-3 (China, Russia and South Africa abstaining), and resolution 2523 on UNAMID passed
15-0-0. On Tuesday 30 October 1956 Britain and France vetoed S/3710 on Suez, 7-2-2 (Australia and
Belgium abstaining), and S/3713/Rev.1, 7-2-2 (Belgium and the United States abstaining). On
Tuesday 26 July 1960 the Soviet Union vetoed S/4409/Rev.1 on the RB-47 inquiry and S/4411 on the
airmen, each 9-2, Poland also against; the Soviet draft S/4406 had failed 2-9. On Wednesday 17
May 2006 resolution 1680 on Lebanon and Syria passed 13-0-2, China and Russia abstaining.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_a_text_that_was_lost_failed():
    text = ("OTTAWA, July 19 - A Soviet draft resolution demanding that foreign troops leave "
            "Lebanon was put to the vote in the Security Council yesterday. It was lost.")
    [ev] = _sc(text, published="1958-07-19")
    assert ev.outcome == "failed" and ev.date == "1958-07-18"


def test_the_second_with_an_aside_before_its_verb_is_another_text():
    text = ("STOCKHOLM, July 19 - The Security Council held two votes on Lebanon yesterday. The "
            "first was on a Soviet call for foreign troops to leave: one vote for, eight against, "
            "Sweden and Japan abstaining. The second, an hour later, sought a stronger observer "
            "group. Nine members voted for it and the Soviet Union voted against, a veto; "
            "Sweden abstained.")
    events = _sc(text, published="1958-07-19")
    assert len(events) == 2
    first, second = events
    assert (first.yes, first.no, first.outcome) == (1, 8, "failed")
    assert (second.yes, second.no, second.outcome) == (9, 1, "vetoed")
    assert second.vetoed_by == ["SUN"]


def test_trying_again_with_a_compromise_text_is_a_new_vote():
    text = ("OTTAWA, July 24 - Last Friday the Soviet Union vetoed an American draft on Lebanon: "
            "nine votes for it, the Soviet Union against, Sweden abstaining. On Tuesday the "
            "Council tried again with a compromise text asking the Secretary-General to help the "
            "observers. This time ten members voted for it and nobody abstained; the lone Soviet "
            "vote against was once more enough to kill it.")
    events = _sc(text, published="1958-07-24")
    assert len(events) == 2
    assert events[0].date == "1958-07-18" and (events[0].yes, events[0].abstain) == (9, 1)
    assert events[1].date == "1958-07-22" and (events[1].yes, events[1].no) == (10, 1)
    assert events[1].vetoed_by == ["SUN"]


def test_an_applicant_with_an_aside_before_was_refused_has_its_own_vote():
    text = ("LISBON, Aug 31 - The Security Council on Thursday recommended that Afghanistan, "
            "Iceland and Sweden be admitted, ten votes to none with Australia abstaining. Others "
            "were less lucky. Portugal, whose ambassador had waited all afternoon in the lobby, "
            "was refused. Eight members voted to admit the Portuguese. The Soviet Union and "
            "Poland voted against and Australia again abstained; as a permanent member the "
            "Soviet Union's vote was a veto.")
    events = _sc(text, published="1946-08-31")
    assert [(e.outcome, e.yes, e.no, e.abstain) for e in events] == [
        ("adopted", 10, 0, 1), ("vetoed", 8, 2, 1)]
    assert events[1].vetoed_by == ["SUN"]


def test_the_day_the_news_arrived_by_radio_is_not_the_vote_day():
    text = ("SEOUL, Thursday, December 11, 1958\n\nThe news came by radio on Wednesday: the "
            "Security Council has again kept Korea out of the United Nations.\n\nThe vote was "
            "taken on Tuesday, December 9. Nine members voted for the Republic of Korea, the "
            "Soviet Union against, and Iraq abstained. The Soviet vote was a veto.")
    [ev] = _sc(text, published="1958-12-11")
    assert ev.date == "1958-12-09"


def test_the_day_of_the_radio_news_is_not_the_vote_day():
    text = ("VALLETTA, Friday 2 March 1984\n\nAnyone who listened to the radio news on Thursday "
            "morning will have heard that the Soviet Union has blocked a plan to send United "
            "Nations troops to Beirut.\n\nThe Security Council met on Wednesday, 29 February. "
            "The draft had thirteen votes in favour and two against, the Soviet Union and the "
            "Ukrainian SSR. There were no abstentions. The Soviet vote was a veto.")
    [ev] = _sc(text, published="1984-03-02")
    assert ev.date == "1984-02-29"
    assert ev.vetoed_by == ["SUN"]


def test_a_draft_put_to_the_vote_on_a_day_takes_that_day_not_a_later_texts():
    text = ("NAGOYA, 30 January 1982\n\nA draft resolution calling for sanctions on Israel over "
            "the Golan Heights was put to the vote on Wednesday the 20th. Nine members were in "
            "favour; the United States voted against, which was a veto, and five abstained.\n\n"
            "On Thursday the 28th the Council adopted resolution 500, calling an emergency "
            "session of the General Assembly, by thirteen votes to none, with the United States "
            "and Britain abstaining.")
    events = _sc(text, published="1982-01-30")
    assert [e.date for e in events] == ["1982-01-20", "1982-01-28"]


def test_the_same_day_after_a_sentence_that_names_a_later_day_is_that_day():
    text = ("Two Syria votes in five days\n\nOn Tuesday 10 April Russia vetoed a draft setting "
            "up a chemical weapons inquiry, 12 votes to 2 with one abstention.\n\nOn Saturday "
            "14 April American, British and French aircraft struck sites in Syria. The Council "
            "met the same day and voted on a Russian draft condemning the strikes. It won only "
            "three votes, with eight against and four abstentions.")
    events = _sc(text, published="2018-04-16")
    assert [e.date for e in events] == ["2018-04-10", "2018-04-14"]


def test_numbered_items_name_their_resolutions_without_a_year():
    text = ("Posted Monday: On Friday the Security Council adopted two resolutions on Sudan.\n"
            "1) Resolution 2724 calls for a ceasefire during Ramadan. 14 in favour, 0 against, "
            "Russia abstained.\n2) Resolution 2725 extends the Panel of Experts. 13 in favour, "
            "0 against, China and Russia abstained.")
    events = _sc(text, published="2024-03-11")
    assert [(e.resolution, e.yes, e.abstain) for e in events] == [("2724", 14, 1),
                                                                  ("2725", 13, 2)]


def test_a_rumour_the_next_reply_denies_is_not_a_vote():
    text = ("Forum: Sudan votes\n\nOn Friday the Security Council adopted resolution 2725 on "
            "the Sudan sanctions panel, 13 in favour, none against, China and Russia "
            "abstaining.\n\nreply: A friend told me the US voted no on it.\n\nreply: No, nobody "
            "voted against. The US voted yes.")
    [ev] = _sc(text, published="2024-03-11")
    assert ev.outcome == "adopted" and ev.vetoed_by == []
    assert ev.votes.get("USA") == "yes"


def test_each_of_them_counts_as_a_veto_speaks_of_votes_not_texts():
    text = ("MEXICO CITY, May 1 - The Security Council yesterday voted on S/14459, calling for "
            "sanctions against South Africa. It got nine votes in favour, three against and three "
            "abstentions. The votes against were those of the United States, Britain and France, "
            "and each of them counts as a veto.")
    [ev] = _sc(text, published="1981-05-01")
    assert ev.outcome == "vetoed"
    assert sorted(ev.vetoed_by) == ["FRA", "GBR", "USA"]


def test_the_same_three_the_same_vetoes_names_the_noes_again():
    text = ("MEXICO CITY, May 1 - The United States, Britain and France yesterday vetoed S/14459 "
            "on sanctions against South Africa, nine votes to three with three abstentions. Late "
            "in the afternoon the Council voted on another text, S/14462. The count was twelve "
            "to three - the same three, the same vetoes.")
    by = {e.draft: e for e in _sc(text, published="1981-05-01")}
    assert by["S/14462"].outcome == "vetoed"
    assert sorted(by["S/14462"].vetoed_by) == ["FRA", "GBR", "USA"]
    assert by["S/14462"].votes.get("GBR") == "no"


def test_a_delegate_who_insists_his_no_was_a_veto_does_not_make_it_one():
    text = ("BANGKOK, 9 September 1959 - On Monday the Security Council decided, by ten votes to "
            "one, to send a subcommittee to Laos; the text is resolution 132. The Soviet Union "
            "voted against. The Soviet delegate insisted that his negative vote was a veto, but "
            "the President ruled that the decision was procedural.")
    [ev] = _sc(text, published="1959-09-09")
    assert ev.outcome == "adopted" and ev.vetoed_by == []
    assert (ev.resolution, ev.yes, ev.no) == ("132", 10, 1)


def test_among_them_after_a_counted_side_names_some_of_it():
    text = ("N'DJAMENA, May 23 - The Security Council yesterday adopted a resolution on small "
            "arms. It received nine votes in favour. Nobody voted against, but six members "
            "abstained. Among them Chad, our country, and also Russia and Nigeria.")
    [ev] = _sc(text, published="2015-05-23")
    assert {ev.votes.get(c) for c in ("TCD", "RUS", "NGA")} == {"abstain"}


def test_a_group_that_calls_itself_by_a_name_then_its_members_drafted_the_text():
    text = ("PORT-AU-PRINCE, Dec 1 - The Security Council yesterday renewed the police mission "
            "in Haiti by 14 votes to none, with Russia abstaining. The text was put forward by "
            "the countries that call themselves the \"Friends of the Secretary-General for "
            "Haiti\": Argentina, Canada, France, the United States and Venezuela.")
    [ev] = _sc(text, published="1999-12-01")
    assert sorted(ev.sponsors) == ["ARG", "CAN", "FRA", "USA", "VEN"]


def test_a_members_no_that_killed_the_text_is_a_veto():
    text = ("LVIV, 25 February 2025 - Last night the Security Council voted on a European "
            "amendment, S/2025/115: 9 in favour, 1 against, 5 abstentions. Again Russia's no "
            "killed it.")
    [ev] = _sc(text, published="2025-02-25")
    assert ev.outcome == "vetoed" and ev.vetoed_by == ["RUS"]


def test_members_that_did_not_vote_as_one_bloc_were_not_away():
    text = ("DURBAN, 1 June 2020 - On Friday the Security Council renewed the South Sudan "
            "sanctions as resolution 2521, by 12 votes to none with 3 abstentions: China, Russia "
            "and South Africa. The A3 (South Africa, Niger, Tunisia) did not vote as one bloc on "
            "the embargo.")
    [ev] = _sc(text, published="2020-06-01")
    assert ev.votes.get("NER") is None and ev.votes.get("TUN") is None
    assert ev.votes.get("ZAF") == "abstain"


def test_one_members_yes_and_abstention_on_two_texts_are_no_tally():
    text = ("DURBAN, 1 June 2020 - On Friday the Security Council adopted resolution 2521 on "
            "South Sudan sanctions, 12-0-3, South Africa abstaining, and resolution 2523 on "
            "Darfur unanimously, 15-0, South Africa voting yes.\n\nSo: one yes and one "
            "abstention from our country on the same day.")
    events = _sc(text, published="2020-06-01")
    assert sorted(e.resolution for e in events) == ["2521", "2523"]


def test_so_did_our_own_delegation_then_its_name():
    text = ("SPLIT, 16 September 1950 - On Tuesday the Security Council voted on the Soviet "
            "draft S/1745/Rev.1. It received one vote only, that of the Soviet Union itself. "
            "Eight voted against it. India abstained, and so did our own delegation, "
            "Yugoslavia.")
    [ev] = _sc(text, published="1950-09-16")
    assert ev.votes.get("SUN") == "yes"
    assert ev.votes.get("YUG") == ev.votes.get("IND") == "abstain"


def test_one_of_the_n_members_of_the_council_that_abstained_counts_the_side():
    text = ("QUETZALTENANGO, 16 November 2013 - Guatemala was one of the eight members of the "
            "United Nations Security Council that abstained yesterday on an African draft "
            "resolution, S/2013/660, asking the Council to defer the Kenya trials. Nobody voted "
            "against, and the text was not adopted.")
    [ev] = _sc(text, published="2013-11-16")
    assert (ev.outcome, ev.yes, ev.no, ev.abstain) == ("failed", 7, 0, 8)
    assert ev.votes.get("GTM") == "abstain"


def test_a_decision_by_a_numbered_resolution_is_adopted_whatever_the_no_votes():
    text = ("ATHENS, 20 September 1947 - On Monday the Council voted on S/552; the Soviet Union "
            "vetoed it. At the same meeting the Council then decided, by resolution 34, to "
            "remove the Greek question from its agenda. The vote was again nine to two, the "
            "Soviet Union and Poland against; the majority held the question procedural.")
    events = _sc(text, published="1947-09-20")
    res34 = next(e for e in events if e.resolution == "34")
    assert res34.outcome == "adopted" and res34.vetoed_by == []


def test_the_day_the_council_took_up_the_question_dates_its_votes():
    text = ("HAVANA, 1 March 1949\n\n1. LEAF PRICES. The February auctions closed firm.\n\n"
            "2. OUR SEAT ON THE SECURITY COUNCIL. On Thursday, 10 February, the Council took up "
            "once again the question of the atomic weapon. Two draft resolutions were put to "
            "the vote, S/1246/Rev.1 and S/1249. The first received only two votes in favour, "
            "and nine members abstained. The second received three votes, with eight "
            "abstentions.")
    events = _sc(text, published="1949-03-01")
    assert [e.date for e in events] == ["1949-02-10", "1949-02-10"]


def test_a_translators_note_on_the_spanish_text_names_no_drafter():
    text = ("HAVANA, 1 March 1949 - On Thursday, 10 February, the Security Council voted on two "
            "drafts on atomic weapons, S/1246/Rev.1 and S/1249. The first received only two "
            "votes in favour; nobody voted against it and nine members abstained. The second, "
            "S/1249, did a little better: three in favour, none against and eight abstentions."
            "\n\n[Translator's note: the Spanish text uses \"se abstuvo\" throughout; we render "
            "it \"abstained\". No delegate of the Council is named in the original.]")
    events = _sc(text, published="1949-03-01")
    assert len(events) == 2
    assert all(e.sponsors == [] for e in events)


def test_a_weekday_far_after_will_is_a_day_to_come():
    text = ("SYRIAN REPUBLIC - MINISTRY OF FOREIGN AFFAIRS\nDamascus, 8 July 1948\n\n"
            "The Ministry wishes to inform the public of the position taken by the Syrian "
            "delegation at the meeting of the Security Council held yesterday, Wednesday 7 "
            "July.\n\n1. The Council had before it an appeal to prolong the truce in Palestine. "
            "The appeal was adopted by eight votes in favour, none against, with three "
            "abstentions.\n\n2. The delegation of the Syrian Republic abstained.\n\n3. The "
            "Ministry will publish the full text of the Syrian statement in the official press "
            "on Saturday.")
    [ev] = _sc(text, published="1948-07-08")
    assert ev.date == "1948-07-07"


def test_a_text_put_to_the_vote_later_is_another_text():
    text = ("NEW YORK, Tuesday - Britain and France tonight vetoed a Security Council resolution "
            "calling on Israel to withdraw. It received seven votes in favour, with Britain and "
            "France against and Australia and Belgium abstaining. A few hours later a shorter "
            "text, which called only for a cease-fire, was put to the vote. Again Britain and "
            "France voted against; this time the abstainers were the United States and Belgium.")
    events = _sc(text, published="1956-11-01")
    assert len(events) == 2
    assert events[1].votes.get("USA") == "abstain" and events[0].votes.get("AUS") == "abstain"


def test_afterwards_came_another_text():
    text = ("NEW YORK, 27 July - The Security Council voted last night on a Western text asking "
            "for an inquiry into the RB-47 incident: nine in favour, two against, the Soviet Union "
            "and Poland. The Soviet vote was a veto. Immediately afterwards came a short "
            "resolution appealing for the airmen to be treated humanely. Again nine votes to "
            "two, again the Soviet Union and Poland against.")
    events = _sc(text, published="1960-07-28")
    assert len(events) == 2
    assert all(e.vetoed_by == ["SUN"] for e in events)


def test_how_a_permanent_member_blocks_a_text_is_no_vote():
    text = ("Forum thread\n\nYesterday the UN Security Council passed resolution 1680 on the "
            "Lebanon-Syria border, 13 in favour, none against, China and Russia abstaining.\n\n"
            "reply: Correct, a permanent member only blocks it by voting no. Abstaining lets it "
            "through.")
    [ev] = _sc(text, published="2006-05-18")
    assert ev.resolution == "1680" and ev.outcome == "adopted"
