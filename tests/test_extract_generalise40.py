"""Generalisation checks from the nineteenth session: the weakest held-out sets and the blind
sets heldout109 to heldout113 read again after they were scored.

Facts are Sciences Po's, sponsors Voting-Agent's "Submitted by". On Tuesday 16 September 2003
the United States vetoed draft S/2003/891 on the threat to deport Yasser Arafat, 11-1-3, Britain,
Germany and Bulgaria abstaining; it was submitted by Pakistan, South Africa, Sudan and Syria.
Resolution 2231 endorsing the Iran nuclear deal passed 15-0 on Monday 20 July 2015; the
Council's elected members then included Angola, Malaysia and Venezuela.

From heldout109: on Monday 21 April 1986 the United States, Britain and France vetoed draft
S/18016/Rev.1 on the raid on Libya, 9-5-1, Australia and Denmark also against, Venezuela
abstaining, the Soviet Union and China among those in favour.

From heldout110: on Friday 23 December 2016 draft S/2016/1085 on an arms embargo for South Sudan
failed 7-0-8, Angola, China, Egypt, Japan, Malaysia, Russia, Senegal and Venezuela abstaining;
resolution 2333 on Liberia passed 12-0-3, France, Russia and Britain abstaining; resolution 2334
on Israeli settlements passed 14-0-1, the United States abstaining. On Tuesday 25 March 1947 the
Soviet Union vetoed the British draft on the Corfu Channel mines, 7-2-1, Poland also against,
Syria abstaining, Britain not voting; on Wednesday 9 April resolution 22 recommended that the
dispute go to the International Court, 8-0-2, the Soviet Union and Poland abstaining, Britain
not voting. On Monday 20 September 1965 resolution 211 demanded a ceasefire between India and
Pakistan, 10-0-1, Jordan abstaining; resolutions 212 and 213 recommended the Maldive Islands and
Singapore for membership, each 11-0-0.

From heldout109: on Sunday 31 July 1994 resolution 940 authorised a multinational force for
Haiti, 12-0-2, China and Brazil abstaining, Rwanda not voting.

From heldout112: resolution 1973 on Libya passed 10-0-5 on Thursday 17 March 2011, China,
Russia, Brazil, India and Germany abstaining; Lebanon, Bosnia and Herzegovina, Colombia, Gabon,
Nigeria, Portugal and South Africa voted for it with Britain, France and the United States.
On Friday 19 September 1952 the Soviet Union vetoed the admission of Viet-Nam (S/2758), Laos
(S/2759) and Cambodia (S/2760), each 10-1, Greece, Pakistan, Brazil, the Netherlands, Chile and
Turkey among those in favour; the Soviet proposal S/2773 to admit fourteen states together
failed 1-10. On Tuesday 12 September 1950 the Soviet Union vetoed the American draft S/1752 on
the bombing of Manchuria, 7-1-2, India and Yugoslavia abstaining, China not voting; the Soviet
draft S/1745/Rev.1 failed 1-8-1, Britain, France and the United States among those against,
Yugoslavia abstaining, China not voting. On Sunday 4 November 1956 the Soviet Union vetoed the
American draft S/3730/Rev.1 on Hungary, 9-1-0, Yugoslavia not voting; resolution 120, calling an
emergency session of the General Assembly, passed 10-1-0 the same day, the Soviet Union against
a procedural text.

From heldout111: on Tuesday 11 July 2023 Russia vetoed draft S/2023/506 renewing the Bab
al-Hawa crossing, drafted by Brazil and Switzerland, 13-1-1, China abstaining; the Russian draft
S/2023/507 failed 2-3-10, Russia and China for it, the United States, Britain and France against.
On Tuesday 28 February 2017 Russia and China vetoed draft S/2017/172 on chemical weapons in
Syria, 9-3-3, Bolivia also against, Egypt, Ethiopia and Kazakhstan abstaining. Resolution 82 on
Korea passed 9-0-1 on Sunday 25 June 1950, Yugoslavia abstaining, the Soviet Union absent.
Resolution 186 creating the peace-keeping force in Cyprus passed 11-0-0 on Wednesday 4 March 1964.
Resolution 502 passed 10-1-4 on Saturday 3 April 1982, Panama against, the Soviet Union, China,
Poland and Spain abstaining. The United States vetoed draft S/1997/199 on East Jerusalem on
Friday 7 March 1997, 14-1-0, and draft S/1997/241 on Friday 21 March, 13-1-1, Costa Rica
abstaining. On Friday 18 July 1958 the Soviet Union vetoed the American draft S/4050/Rev.1 on
Lebanon, 9-1-1, Sweden abstaining; the Soviet draft S/4047/Rev.1 failed 1-8-2. On Monday 18
December 1961 the Soviet Union vetoed the Western draft S/5033 on Goa, 7-4, the United Arab
Republic, Liberia and Ceylon also against; the Afro-Asian draft S/5032 failed with four votes in
favour, the Soviet Union, Ceylon, Liberia and the United Arab Republic (the sources disagree on
the rest of its count). Resolution 1540 on weapons of mass destruction and non-state actors
passed 15-0 on Wednesday 28 April 2004. On Thursday 25 February 1999 China vetoed draft
S/1999/201 extending the force in Macedonia, 13-1-1, Russia abstaining.

From heldout113: on Thursday 22 August 1968 the Soviet Union vetoed draft S/8761 on
Czechoslovakia, 10-2-3, Hungary also against, Algeria, India and Pakistan abstaining, Canada,
Denmark, Britain, France, the United States, China, Brazil, Paraguay, Senegal and Ethiopia in
favour. On Tuesday 26 July 1960 the Soviet Union vetoed the Western drafts S/4409/Rev.1 and
S/4411 on the RB-47 aircraft, each 9-2, Poland also against, Italy, Argentina, Ecuador, Ceylon,
Tunisia, the United States, Britain, France and China in favour; the Soviet draft S/4406 failed
2-9.
"""

from unvotes.extract import extract
from unvotes.extract.actors import find_mentions, home_mentions
from unvotes.extract.clauses import Clause, analyse_clauses
from unvotes.extract.documents import read_document
from unvotes.extract.sentences import Text, split


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def _clauses(text: str) -> tuple[Text, list[Clause]]:
    """The text split, and its clauses as the extractor reads them before grouping."""
    t = split(text)
    return t, analyse_clauses(t, home_mentions(t.norm, find_mentions(t.norm), t.blocks))


def test_what_a_vetoed_text_also_condemned_is_its_content_not_another_text():
    [ev] = _sc(
        "NEW YORK, Sept. 17 -- A United States veto in the Security Council yesterday killed a "
        "draft resolution demanding that Israel not deport Yasser Arafat. The vote was 11 in "
        "favour, one against and three abstentions.\n\n"
        "The text was tabled by Syria with Pakistan, South Africa and Sudan. It also condemned "
        "suicide bombings and targeted killings, but the Americans said it was unbalanced "
        "because it did not name Hamas.\n\n"
        "France, Russia and China voted for the text, as did Spain and Chile.", "2003-09-17")
    assert ev.vetoed_by == ["USA"] and ev.yes == 11
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"FRA", "RUS", "CHN", "ESP", "CHL"}
    assert set(ev.sponsors) == {"SYR", "PAK", "ZAF", "SDN"}


def test_a_reply_says_the_unanimous_vote_included_named_members():
    [ev] = _sc(
        "1/ Security Council just adopted resolution 2231 endorsing the Iran nuclear deal, "
        "15-0-0.\n\n"
        "2/ That's it from the chamber.\n\n"
        "Replies:\n"
        "@desk: Unanimous incl. Russia and China. Thanks.\n"
        "@reporter: @desk yes -- every single hand, incl. Venezuela, Malaysia and Angola.",
        "2015-07-20")
    assert ev.resolution == "2231" and ev.yes == 15
    assert ev.votes == {c: "yes" for c in ("RUS", "CHN", "VEN", "MYS", "AGO")}


def test_a_question_asks_for_the_other_no_votes_and_a_colon_names_the_vetoers():
    [ev] = _sc(
        "Aalborg, Wednesday 23 April 1986\n\n"
        "Q: What happened in the Security Council on Monday?\n"
        "A: A draft condemning the raid on Libya got nine votes in favour, five against and one "
        "abstention.\n\n"
        "Q: Why did it fail?\n"
        "A: Three of the five \"no\" votes came from permanent members: the United States, "
        "Britain and France.\n\n"
        "Q: And the other two \"no\" votes?\n"
        "A: Australia and Denmark.", "1986-04-23")
    assert ev.outcome == "vetoed" and sorted(ev.vetoed_by) == ["FRA", "GBR", "USA"]
    assert {c for c, v in ev.votes.items() if v == "no"} == {"USA", "GBR", "FRA", "AUS", "DNK"}


def test_a_triple_veto_is_the_outcome():
    [ev] = _sc(
        "The Security Council voted on Monday on a draft resolution condemning the air raid on "
        "Libya. It received nine votes in favour, five against and one abstention. It was a "
        "triple veto.", "1986-04-23")
    assert (ev.outcome, ev.yes, ev.no, ev.abstain) == ("vetoed", 9, 5, 1)


_DIGEST = (
    "COUNCIL WEEK\n"
    "Monday, 26 December 2016\n\n"
    "Subscribers who left early for the holidays missed a busy Friday. The Security Council "
    "held three votes, and none of them was unanimous.\n\n"
    "1. South Sudan embargo falls short\n\n"
    "The morning began with a draft that would have imposed an arms embargo on South Sudan. "
    "The text, S/2016/1085, received seven votes in favour, two short of the nine needed. "
    "There were no votes against, but eight members abstained.\n\n"
    "2. Liberia: a final year for the mission\n\n"
    "Next, resolution 2333 extended the mission in Liberia for a final period, to 30 March "
    "2018. It passed by 12 votes to none, with France, Russia and the United Kingdom "
    "abstaining.\n\n"
    "3. Settlements: the United States abstains\n\n"
    "Resolution 2334 declares that Israeli settlements have no legal validity. The result was "
    "14 in favour, none against, and the room applauded.\n")


def test_a_digests_numbered_items_are_separate_texts_on_the_friday_its_lead_names():
    embargo, liberia, settlements = _sc(_DIGEST, "2016-12-26")
    assert (embargo.draft, embargo.resolution, embargo.yes) == ("S/2016/1085", None, 7)
    assert (liberia.resolution, liberia.yes, liberia.abstain) == ("2333", 12, 3)
    assert liberia.votes == {"FRA": "abstain", "RUS": "abstain", "GBR": "abstain"}
    # the item's heading tells the vote of the text under it
    assert (settlements.resolution, settlements.votes) == ("2334", {"USA": "abstain"})
    assert {e.date for e in (embargo, liberia, settlements)} == {"2016-12-23"}


def test_a_vote_two_weeks_back_counted_over_the_next_sentences_is_news_too():
    court, finding = _sc(
        "THE HARBOUR MAIL, Saturday, April 12, 1947\n\n"
        "The Corfu Channel affair, which has occupied the Security Council since January, took "
        "a turn on Wednesday that few had expected. The Council voted to recommend that "
        "Britain and Albania take their dispute to the International Court of Justice. The "
        "vote was eight in favour, none against, with two abstentions.\n\n"
        "Readers will recall that the first British attempt came to grief on 25 March. On that "
        "occasion Britain asked the Council to find that Albania knew of the minefield. Seven "
        "members voted for the British text. The Soviet Union and Poland voted against, Syria "
        "abstained, and Britain took no part.", "1947-04-12")
    assert (court.date, court.outcome, court.yes, court.abstain) == ("1947-04-09", "adopted", 8, 2)
    assert finding.date == "1947-03-25" and finding.yes == 7
    assert finding.votes == {"SUN": "no", "POL": "no", "SYR": "abstain",
                             "GBR": "not_participating"}


def test_both_texts_one_clause_numbered_are_counted_together():
    ceasefire, maldives, singapore = _sc(
        "KUALA LUMPUR, Sept. 21 -- The Security Council yesterday demanded a ceasefire between "
        "India and Pakistan. Resolution 211 was carried by ten votes to none, with Jordan "
        "abstaining.\n\n"
        "Then, at a separate meeting, the Council turned to membership. The Maldive Islands "
        "were recommended for admission in resolution 212, and Singapore in resolution 213. "
        "Both were adopted unanimously, with all eleven members in favour.", "1965-09-21")
    assert (ceasefire.resolution, ceasefire.yes, ceasefire.abstain) == ("211", 10, 1)
    assert (maldives.resolution, singapore.resolution) == ("212", "213")
    for ev in (maldives, singapore):
        assert (ev.date, ev.yes, ev.no, ev.abstain) == ("1965-09-20", 11, 0, 0)


def test_a_wire_dated_only_by_its_sign_off_and_a_member_that_did_not_take_part():
    [ev] = _sc(
        "UNITED NATIONS -- The Security Council today authorized a multinational force to use "
        "\"all necessary means\" to restore Haiti's elected president.\n"
        "The vote was 12-0, with China and Brazil abstaining. Rwanda did not take part.\n"
        "The resolution, numbered 940, was drafted by the United States.\n"
        "(end) TAP-07-31-94 1812EDT")
    assert (ev.date, ev.resolution, ev.yes, ev.no, ev.abstain) == ("1994-07-31", "940", 12, 0, 2)
    assert ev.votes == {"CHN": "abstain", "BRA": "abstain", "RWA": "not_participating"}


def test_answers_with_an_aside_between_names_and_a_group_before_them():
    [ev] = _sc(
        "Friday 18 March 2011\n\n"
        "Q. What did the Security Council do last night?\n"
        "A. It adopted resolution 1973 on Libya, 10-0 with five abstentions.\n\n"
        "Q. Who abstained?\n"
        "A. China and Russia, which hold vetoes but chose not to use them, plus Brazil, India "
        "and Germany.\n\n"
        "Q. Who voted yes?\n"
        "A. The three Western permanent members, Lebanon, and the elected members Bosnia and "
        "Herzegovina, Colombia, Gabon, Nigeria, Portugal and South Africa.", "2011-03-18")
    assert {c for c, v in ev.votes.items() if v == "abstain"} == {
        "CHN", "RUS", "BRA", "IND", "DEU"}
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "LBN", "BIH", "COL", "GAB", "NGA", "PRT", "ZAF"}


def test_two_other_applications_met_the_same_fate_and_take_their_symbols_later():
    vietnam, laos, cambodia = _sc(
        "Sunday, 21 September 1952\n\n"
        "The Security Council on Friday again refused to recommend the admission of Viet-Nam. "
        "The draft resolution, S/2758, obtained ten votes in favour. Only the Soviet Union "
        "voted against it. Two other proposals, one for Laos and one for Cambodia, met the "
        "same fate by the same count, ten votes to one, with the Soviet Union again the only "
        "member opposed.\n\n"
        "Greece, Pakistan, Brazil, the Netherlands, Chile and Turkey voted for each of the "
        "three applications.\n\n"
        "(Note: the Laos and Cambodia texts carried the numbers S/2759 and S/2760.)",
        "1952-09-21")
    assert [e.draft for e in (vietnam, laos, cambodia)] == ["S/2758", "S/2759", "S/2760"]
    for ev in (vietnam, laos, cambodia):
        assert (ev.date, ev.outcome, ev.yes, ev.no, ev.vetoed_by) == (
            "1952-09-19", "vetoed", 10, 1, ["SUN"])
        assert {c for c, v in ev.votes.items() if v == "yes"} == {
            "GRC", "PAK", "BRA", "NLD", "CHL", "TUR"}


def test_beaten_eight_to_one_with_only_the_drafter_for_it_and_a_seat_out_of_either_vote():
    inquiry, condemnation = _sc(
        "LAKE SUCCESS, N.Y., Sept. 13 -- The Security Council rejected both proposals before it "
        "late Tuesday. An American proposal to send a commission of inquiry received seven "
        "votes but was killed by the Soviet Union's veto. The vote was 7 to 1, with India and "
        "Yugoslavia abstaining.\n\n"
        "A Soviet resolution condemning the United States for the raids was then beaten 8 to 1. "
        "Only the Soviet Union voted for it. Yugoslavia abstained. The United States, Britain "
        "and France were among those voting against.\n\n"
        "Nationalist China's delegate did not take part in either vote.", "1950-09-13")
    assert (inquiry.outcome, inquiry.yes, inquiry.no, inquiry.abstain) == ("vetoed", 7, 1, 2)
    assert (condemnation.outcome, condemnation.yes, condemnation.no) == ("failed", 1, 8)
    assert condemnation.vetoed_by == []
    for ev in (inquiry, condemnation):
        assert ev.votes["TWN"] == "not_participating"


def test_the_second_text_a_lead_named_is_told_in_full_and_a_note_gives_the_vetoed_symbol():
    veto, referral = _sc(
        "NEW YORK, Nov. 4 -- The Security Council, called before dawn today, saw a United "
        "States resolution on Hungary vetoed by the Soviet Union and then voted to hand the "
        "whole question to the General Assembly.\n\n"
        "The American text called on the Soviet Union to withdraw its forces. It received nine "
        "votes. The Soviet delegate alone voted against. Yugoslavia did not take part in the "
        "vote.\n\n"
        "Later in the same sitting the Council adopted a second, procedural resolution calling "
        "an emergency session of the General Assembly. The vote was 10 to 1.\n\n"
        "Editor's note: The procedural text was later numbered resolution 120 (1956). The draft "
        "vetoed that morning was document S/3730/Rev.1.", "1956-11-05")
    assert (veto.draft, veto.outcome, veto.yes, veto.no) == ("S/3730/Rev.1", "vetoed", 9, 1)
    assert veto.votes == {"SUN": "no", "YUG": "not_participating"}
    assert (referral.body, referral.resolution, referral.outcome) == ("SC", "120", "adopted")
    assert (referral.yes, referral.no, referral.draft) == (10, 1, None)


def test_the_last_item_of_a_list_of_sides_is_no_heading_for_the_next_text():
    page = (
        "<html><body><article><h1>Two drafts, no renewal</h1>"
        "<p>Thursday 13 July 2023</p>"
        "<p>The Security Council failed on Tuesday to renew the Bab al-Hawa authorisation.</p>"
        "<h2>Vote 1: the co-penholders' text</h2>"
        "<p>The draft prepared by Brazil and Switzerland, S/2023/506, would have extended the "
        "mechanism for nine months.</p>"
        "<ul><li>In favour: 13</li><li>Against: 1 (Russian Federation)</li>"
        "<li>Abstaining: 1 (China)</li></ul>"
        "<p>Russia's vote against was a veto.</p>"
        "<h2>Vote 2: the Russian text</h2>"
        "<p>Russia's own draft, S/2023/507, drew only 2 votes in favour (Russia and China). The "
        "United States, the United Kingdom and France voted against, and the remaining ten "
        "members abstained.</p></article></body></html>")
    first, second = _sc(read_document(page.encode()).text, "2023-07-13")
    assert (first.draft, first.outcome, first.abstain) == ("S/2023/506", "vetoed", 1)
    assert first.votes == {"RUS": "no", "CHN": "abstain"}
    assert (second.draft, second.yes, second.no, second.abstain) == ("S/2023/507", 2, 3, 10)
    assert second.votes["CHN"] == "yes"


def test_a_comments_time_stamp_neither_counts_nor_dates_the_vote():
    [ev] = _sc(
        "Posted Wednesday, 1 March 2017\n\n"
        "Yesterday Russia and China vetoed the Security Council draft on chemical weapons in "
        "Syria, nine votes in favour, three against and three abstentions.\n\n"
        "COMMENTS (2)\n\n"
        "policywonk -- 1 March 2017, 11:21 Abstentions from Egypt, Ethiopia and Kazakhstan "
        "are the story nobody will write.", "2017-03-01")
    assert (ev.date, ev.yes, ev.no, ev.abstain) == ("2017-02-28", 9, 3, 3)
    assert ev.votes == {"RUS": "no", "CHN": "no", "EGY": "abstain", "ETH": "abstain",
                        "KAZ": "abstain"}


def test_a_comments_time_stamp_gives_its_clause_no_day():
    t, clauses = _clauses("Russia vetoed the Security Council draft on Tuesday.\n\n"
                          "dmitri -- 13 Apr 2017, 10:02 Bolivia voted no twice.\n\n"
                          "The vote on 28 February 2017 went the same way.")
    days = {t.plain[c.lo:c.hi].split()[0]: [m.kind for m in c.dates] for c in clauses}
    assert days["dmitri"] == [] and days["The"] == ["full"]


def test_a_procedure_the_assembly_adopted_long_ago_does_not_make_the_councils_vote_its_own():
    veto, session = _sc(
        "Vienna, Monday 5 November 1956\n\n"
        "On Sunday the Security Council voted twice. The first text, put forward by the United "
        "States, called on the Soviet Union to withdraw from Hungary. It received nine votes in "
        "favour, and the Soviet veto killed it.\n\n"
        "Within hours the Western delegations moved a second resolution which, under the "
        "procedure adopted by the General Assembly in 1950, calls an emergency special session "
        "of the Assembly. It was adopted by ten votes to one, the Soviet Union again voting "
        "against.", "1956-11-05")
    assert (veto.outcome, veto.yes, veto.vetoed_by) == ("vetoed", 9, ["SUN"])
    assert (session.body, session.outcome, session.yes, session.no) == ("SC", "adopted", 10, 1)
    assert session.date == "1956-11-04"


def test_the_chair_of_a_member_remained_empty():
    [ev] = _sc(
        "LAKE SUCCESS, N.Y., June 25 -- The Security Council this afternoon called for an end "
        "to the fighting in Korea. The vote was 9 to 0. Yugoslavia abstained. The chair of the "
        "Soviet Union remained empty, as it has since January.", "1950-06-26")
    assert (ev.date, ev.yes, ev.no, ev.abstain) == ("1950-06-25", 9, 0, 1)
    assert ev.votes == {"YUG": "abstain", "SUN": "absent"}


def test_the_number_a_resolution_will_be_given():
    [ev] = _sc(
        "Friday, 6 March 1964\n\n"
        "The Security Council reached a decision on Wednesday on the troubles in our island. "
        "It adopted its resolution unanimously: all eleven members voted in favour.\n\n"
        "The resolution, which will be numbered 186, recommends the creation of a United "
        "Nations peace-keeping force in Cyprus.", "1964-03-06")
    assert (ev.date, ev.resolution, ev.yes, ev.no, ev.abstain) == ("1964-03-04", "186", 11, 0, 0)


def test_a_timeline_in_the_present_tense_panama_votes_against():
    [ev] = _sc(
        "Saturday 3 April 1982: In New York, the Security Council adopts resolution 502. The "
        "vote is ten in favour, one against and four abstentions. Panama votes against. The "
        "Soviet Union, China, Poland and Spain abstain.", "1982-04-10")
    assert (ev.resolution, ev.yes, ev.no, ev.abstain) == ("502", 10, 1, 4)
    assert ev.votes == {"PAN": "no", "SUN": "abstain", "CHN": "abstain", "POL": "abstain",
                        "ESP": "abstain"}


def test_an_answer_that_is_a_day_alone_dates_the_text_told_after_it():
    first, second = _sc(
        "The Amman Weekly Courier -- Sunday, 23 March 1997\n\n"
        "How many times did the Security Council vote?\n"
        "Twice, and both times the United States used its veto.\n\n"
        "When was the first vote?\n"
        "On 7 March. The draft, S/1997/199, got fourteen votes in favour. The United States "
        "voted against.\n\n"
        "And the second?\n"
        "On Friday. The draft, S/1997/241, got thirteen votes. The United States again voted "
        "against, and Costa Rica abstained.", "1997-03-23")
    assert (first.draft, first.date) == ("S/1997/199", "1997-03-07")
    assert (second.draft, second.date, second.yes) == ("S/1997/241", "1997-03-21", 13)


def test_the_day_people_did_something_in_a_relative_clause_is_not_the_votes():
    [ev] = _sc(
        "Beirut, Sunday, 20 July 1958\n\n"
        "The Security Council ended its week of debate on our country on Friday evening "
        "without adopting anything.\n\n"
        "The American text, S/4050/Rev.1, would have sent a United Nations contingent so that "
        "the marines who landed at Khalde on Tuesday could be withdrawn. It gathered nine "
        "votes. Sweden abstained. The Soviet Union voted against, and its single vote killed "
        "the text.", "1958-07-20")
    assert (ev.draft, ev.date, ev.outcome) == ("S/4050/Rev.1", "1958-07-18", "vetoed")


def test_a_desks_note_and_a_name_wrapped_over_two_lines():
    western, rival = _sc(
        "UNN-112\n"
        "AM-UN-GOA 2ndLd-Writethru 12-18\n"
        "UN-Goa, 2nd Ld-Writethru, 420\n"
        "Eds: UPDATES with second vote, Soviet veto. Pickup 5th graf pvs.\n"
        "By ORRIN PEABODY\n\n"
        "UNITED NATIONS, N.Y. -- The Soviet Union tonight vetoed a Western call for a ceasefire "
        "in Goa.\n"
        "The Western draft, S/5033, got seven votes. Four members voted no: the Soviet Union, "
        "the United Arab\n"
        "Republic, Liberia and Ceylon.\n"
        "Earlier in the evening the Council voted on the Afro-Asian-backed text, S/5032, which "
        "would have rejected Portugal's complaint. It won only four votes -- "
        "the Soviet Union, Ceylon, Liberia and the United Arab Republic -- and failed.",
        "1961-12-18")
    assert (western.draft, western.outcome, western.yes, western.no) == ("S/5033", "vetoed", 7, 4)
    assert {c for c, v in western.votes.items() if v == "no"} == {"SUN", "EGY", "LBR", "LKA"}
    assert (rival.draft, rival.outcome, rival.yes) == ("S/5032", "failed", 4)
    assert rival.votes == {c: "yes" for c in ("SUN", "LKA", "LBR", "EGY")}


def test_a_desks_note_says_nothing_of_the_vote():
    t, clauses = _clauses("UNN-112\n"
                          "AM-UN-GOA 2ndLd-Writethru 12-18\n"
                          "UN-Goa, 2nd Ld-Writethru, 420\n"
                          "Eds: UPDATES with second vote, Soviet veto. Pickup 5th graf pvs.\n"
                          "By ORRIN PEABODY\n\n"
                          "UNITED NATIONS -- The Soviet Union tonight vetoed a Western call for "
                          "a ceasefire in Goa in the Security Council.")
    note = next(c for c in clauses if "Soviet veto." in t.plain[c.lo:c.hi])
    assert not note.has_vote_content and not note.votes
    assert any(c.live_outcomes for c in clauses if c is not note)


def test_a_press_release_welcomes_the_adoption_yesterday_by_the_council_of_a_resolution():
    [ev] = _sc(
        "FOR IMMEDIATE RELEASE\n29 April 2004\n\n"
        "GENEVA -- The Centre today welcomed the unanimous adoption yesterday by the United "
        "Nations Security Council of resolution 1540 (2004), which obliges all states to "
        "refrain from supporting non-state actors seeking weapons of mass destruction.",
        "2004-04-29")
    assert (ev.date, ev.resolution, ev.outcome) == ("2004-04-28", "1540", "adopted")
    assert (ev.yes, ev.no, ev.abstain) == (15, 0, 0)


def test_a_member_that_voted_down_the_text_in_hand_drafted_the_next():
    western, soviet = _sc(
        "Sunday 20 July 1958\n\n"
        "Two draft resolutions on Lebanon were put to the vote in the Security Council on "
        "Friday. Not one survived.\n\n"
        "The Western-backed text would have strengthened the United Nations presence in "
        "Lebanon. It gathered nine votes. The Soviet Union voted against, and that was the end "
        "of it: a veto. Sweden abstained.\n\n"
        "The Soviet text, which demanded that the United States and Britain pull their forces "
        "out at once, did even worse. It won a single vote, the Soviet Union's own. Eight "
        "members voted no. Sweden and Japan abstained.", "1958-07-20")
    assert (western.outcome, western.yes, western.vetoed_by) == ("vetoed", 9, ["SUN"])
    assert western.votes == {"SUN": "no", "SWE": "abstain"}
    assert (soviet.outcome, soviet.yes, soviet.no, soviet.abstain) == ("failed", 1, 8, 2)
    assert soviet.votes == {"SUN": "yes", "SWE": "abstain", "JPN": "abstain"}


def test_a_blogs_post_meta_dates_the_page():
    page = (
        "<html><head><title>So long, blue helmets</title></head><body>"
        "<div class=\"nav\">Archives February 1999 January 1999</div>"
        "<article><h1>So long, blue helmets</h1>"
        "<p class=\"meta\">Posted by <b>mirko_v</b> on Saturday, February 27, 1999 at 11:42</p>"
        "<p>Well, it happened. On Thursday the Security Council voted on extending UNPREDEP, "
        "the preventive deployment force on our northern border, and China said no.</p>"
        "<p>The tally on draft S/1999/201: 13 in favour, 1 against (China), 1 abstention "
        "(Russia). So the mandate runs out on Sunday.</p></article></body></html>")
    doc = read_document(page.encode())
    assert doc.published is not None and doc.published.isoformat() == "1999-02-27"
    [ev] = _sc(doc.text, doc.published.isoformat())
    assert (ev.draft, ev.date, ev.vetoed_by) == ("S/1999/201", "1999-02-25", ["CHN"])


def test_members_voted_yes_with_a_list_of_others():
    [ev] = _sc(
        "Monday, 26 August 1968\n\n"
        "Last Thursday night the Security Council voted on a resolution, document S/8761, "
        "condemning the intervention in Czechoslovakia. Ten members voted in favour. Two voted "
        "against: the Soviet Union and Hungary. Three abstained: Algeria, India and Pakistan.\n\n"
        "Canada and Denmark, two of the countries that had asked for the meeting, voted yes "
        "with Britain, France, the United States, China, Brazil, Paraguay, Senegal and "
        "Ethiopia.", "1968-08-26")
    assert (ev.date, ev.outcome, ev.yes) == ("1968-08-22", "vetoed", 10)
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "CAN", "DNK", "GBR", "FRA", "USA", "TWN", "BRA", "PRY", "SEN", "ETH"}


def test_members_voted_for_both_texts_with_others():
    complaint, inquiry, red_cross = _sc(
        "WEDNESDAY 27 JULY 1960\n\n"
        "The Security Council voted three times yesterday afternoon on the RB-47 affair. First "
        "came the Soviet complaint, S/4406, which received only two votes. Nine members voted "
        "against.\n\n"
        "Then the Council turned to two Western texts. The first, S/4409/Rev.1, asked for an "
        "impartial investigation. It had nine votes in "
        "favour, but the Soviet Union cast a veto, and Poland also voted no.\n\n"
        "The second, S/4411, asked Moscow to let the Red Cross see the airmen. That too was "
        "vetoed by the Soviet Union, again nine votes to two. Italy, Argentina, Ecuador, Ceylon "
        "and Tunisia voted for both Western texts, with the United States, Britain, France and "
        "China.", "1960-07-27")
    assert (complaint.draft, complaint.outcome, complaint.yes) == ("S/4406", "failed", 2)
    for ev in (inquiry, red_cross):
        assert (ev.outcome, ev.yes, ev.vetoed_by) == ("vetoed", 9, ["SUN"])
        assert {c for c, v in ev.votes.items() if v == "yes"} == {
            "ITA", "ARG", "ECU", "LKA", "TUN", "USA", "GBR", "FRA", "TWN"}



def test_the_votes_against_came_from_permanent_members_named_between_dashes():
    [ev] = _sc(
        "Wednesday, April 23, 1986\n\n"
        "Australia voted against a Security Council resolution condemning last week's raids on "
        "Libya, in a vote taken in New York on Monday. The draft, S/18016/Rev.1, received nine "
        "votes in favour, five against and one abstention. Three of the five votes against came "
        "from permanent members -- the United States, Britain and France -- so the resolution "
        "was vetoed three times over.", "1986-04-23")
    assert (ev.date, ev.outcome, ev.yes, ev.no) == ("1986-04-21", "vetoed", 9, 5)
    assert sorted(ev.vetoed_by) == ["FRA", "GBR", "USA"]


def test_the_sentence_that_brought_up_a_procedural_resolution_makes_a_no_no_veto():
    veto, session = _sc(
        "UNITED NATIONS, N.Y., Nov. 4 -- The Soviet Union today vetoed a Security Council "
        "resolution on Hungary. The vote was nine to one.\n\n"
        "Delegates then moved straight to a procedural resolution calling an emergency special "
        "session of the General Assembly. That motion carried 10 to 1, the Soviet Union again "
        "voting against.", "1956-11-04")
    assert (veto.outcome, veto.vetoed_by) == ("vetoed", ["SUN"])
    assert (session.outcome, session.yes, session.no, session.vetoed_by) == ("adopted", 10, 1, [])
