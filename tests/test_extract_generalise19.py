"""Generalisation checks from a second round on the twenty-first blind set: two drafts voted
on alike, "sat on their hands", a lead that dates the meeting further down a long header, a
corrigendum's symbol, a chronology's record of sides without stops and its bracketed
weekdays, a date on a short line under an editor's note, and a retrospective's one real vote;
and from the tenth and sixth sets: "voted together in favor", "joining A and B in favor",
efforts that failed (no draft did), "recommended South Sudan's admission" and "a substitute
text".

Facts are the record's (Sciences Po and DHL tables): S/2598 and S/2600 (Tunisia, 14 April
1952), each 5-2-4, France and the United Kingdom against, Greece, the Netherlands, Turkey and
the United States abstaining; S/3151/Rev.2 (22 January 1954) 7-2-2 and S/3188/Corr.1 (29
March 1954) 8-2-1, both vetoed by the Soviet Union with Lebanon also against; resolution
2336 (31 December 2016) unanimous; S/5407 (3 September 1963) 8-2-1, vetoed by the Soviet
Union with Morocco also against and Venezuela abstaining; resolution 134 (1 April 1960)
9-0-2, the United States and the Soviet Union in favour; S/25977 (29 June 1993) 6-0-9, the
United States, Pakistan, Morocco, Djibouti, Cape Verde and Venezuela in favour; resolution
1999 (13 July 2011) adopted without a vote; S/3236/Rev.1 (20 June 1954) vetoed by the Soviet
Union 10-1-0 and resolution 104 the same day, 11-0-0."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_NEWSREEL = ("GLOBE-TONE NEWS\nRELEASE: THURSDAY 17 APRIL 1952\nITEM 3: NO ROOM ON THE AGENDA "
             "(UNITED NATIONS)\n\n"
             + "".join(f"{i}. Item {i} of the reel\n" for i in range(1, 12))
             + "\nCOMMENTARY: On Monday the eleven members of the Council had to decide on "
               "Tunisia.\n\nCOMMENTARY: Twice the question was put -- the papers before the "
               "Council were numbered S/2598 and S/2600 -- and twice the answer came out the "
               "same: five in favour, two against, four abstaining. France and Britain voted "
               "no. The United States, Greece, the Netherlands and Turkey sat on their hands.\n")


def test_two_drafts_voted_on_alike_share_what_is_said_of_them() -> None:
    events = _sc(_NEWSREEL, "1952-04-17")
    assert sorted(e.draft for e in events) == ["S/2598", "S/2600"]
    for e in events:
        assert (e.outcome, e.yes, e.no, e.abstain) == ("failed", 5, 2, 4)
        assert (e.votes.get("FRA"), e.votes.get("GBR")) == ("no", "no")
        assert {c for c, v in e.votes.items() if v == "abstain"} == {"USA", "GRC", "NLD", "TUR"}


def test_the_lead_day_is_found_below_a_long_header() -> None:
    assert {e.date for e in _sc(_NEWSREEL, "1952-04-17")} == {"1952-04-14"}


_CHRONOLOGY = ("WORLD AFFAIRS ANNUAL - CHRONOLOGY\nUnited Nations - Security Council\n\n1954\n\n"
               "Jan. 22 (Fri.) -- Syrian complaint. The Council voted on the revised draft "
               "resolution S/3151/Rev.2. The draft received 7 votes in favour, 2 against "
               "(Lebanon, U.S.S.R.), with 2 abstentions (Brazil, China). Not adopted, the "
               "negative vote being that of a permanent member.\n\n"
               "Mar. 29 (Mon.) -- Vote on the draft resolution on the Israeli complaint "
               "(S/3188/Corr.1). In favour 8; against 2 (Lebanon, U.S.S.R.); abstaining 1 "
               "(China). Not adopted, owing to the negative vote of a permanent member.\n")


def test_a_chronology_gives_each_entry_its_own_day_symbol_and_sides() -> None:
    events = {e.draft: e for e in _sc(_CHRONOLOGY, None)}
    assert set(events) == {"S/3151/Rev.2", "S/3188/Corr.1"}
    second = events["S/3188/Corr.1"]
    assert (second.date, second.yes, second.no, second.abstain) == ("1954-03-29", 8, 2, 1)
    assert (second.vetoed_by, second.votes.get("LBN"), second.votes.get("TWN")) == (
        ["SUN"], "no", "abstain")


def test_a_date_on_a_short_line_under_an_editors_note_dates_the_page() -> None:
    [e] = _sc("[Thread transcribed from a public account for a newsroom's weekly round-up. "
              "Images and link previews removed.]\n\nAccount: Council Watcher\nThread, Sunday "
              "1 January 2017\n\n2/9 Late last night the UN Security Council adopted "
              "resolution 2336 on Syria. The vote: 15-0.\n", None)
    assert e.date == "2016-12-31"


def test_a_retrospective_reports_its_one_real_vote() -> None:
    [e] = _sc("MODEL UN CLUB DEBRIEF\nPosted Monday, October 7, 2013\n\nIn the real Council, "
              "on September 3, 1963, the draft condemning the killings at Almagor -- document "
              "S/5407 -- got eight votes in favour. The Soviet Union and Morocco voted against, "
              "and Venezuela abstained. The Soviet \"no\" was a veto, so the draft was not "
              "adopted.\n", "2013-10-07")
    assert (e.date, e.draft, e.outcome, e.yes, e.vetoed_by) == (
        "1963-09-03", "S/5407", "vetoed", 8, ["SUN"])


def test_a_feature_recalling_an_old_vote_in_passing_reports_none() -> None:
    assert _sc("NEW YORK, Oct. 7 - Delegates prepared for next week's debate. On September 3, "
               "1963, a draft on Almagor got eight votes in favour.\n", "2013-10-07") == []


def test_voted_together_in_favor() -> None:
    [e] = _sc("UNITED NATIONS, April 1 - The Security Council today adopted a resolution on "
              "Sharpeville by nine votes to none. The United States and the Soviet Union voted "
              "together in favor.\n", "1960-04-02")
    assert (e.votes.get("USA"), e.votes.get("SUN")) == ("yes", "yes")


def test_joining_others_in_favor() -> None:
    [e] = _sc("UNITED NATIONS, June 29 - A draft to lift the arms embargo on Bosnia failed in "
              "the Security Council today with six votes in favour and nine abstentions. The "
              "United States voted for the measure, joining Pakistan, Morocco and Djibouti in "
              "favor.\n", "1993-06-30")
    assert {c for c, v in e.votes.items() if v == "yes"} == {"USA", "PAK", "MAR", "DJI"}


def test_efforts_that_failed_are_no_failed_draft() -> None:
    assert _sc("COUNCIL OUTLOOK 2026\n\nThe reimposition of UN sanctions on Iran, after "
               "attempts in the Security Council to delay the snapback failed, has left the "
               "Council split.\n", "2025-12-01") == []


def test_recommending_a_states_admission_is_an_adoption() -> None:
    [e] = _sc("TURTLE BAY WEEKLY\nDate: Fri, 15 Jul 2011\n\n* Security Council, Wednesday: the "
              "Council recommended South Sudan's admission to the UN. Resolution 1999 went "
              "through without a vote.\n", "2011-07-15")
    assert (e.outcome, e.resolution, e.date) == ("adopted", "1999", "2011-07-13")


def test_a_substitute_text_after_a_veto_is_another_draft() -> None:
    events = _sc("UNITED NATIONS, June 20 - The Soviet Union tonight vetoed a proposal, document "
                 "S/3236/Rev.1, to hand the Guatemalan complaint to the Organization of American "
                 "States. Ten members voted for it.\n\nAfter the veto the Council turned to a "
                 "short substitute text calling for an end to the bloodshed. That text was "
                 "adopted unanimously.\n", "1954-06-21")
    assert sorted((e.outcome, e.draft) for e in events) == [
        ("adopted", None), ("vetoed", "S/3236/Rev.1")]


def test_one_for_something_is_not_a_count() -> None:
    assert _sc("ANALYSIS\n\nIn June 2011 the Security Council divided the sanctions regime: one "
               "list and committee for the Taliban, under a new resolution, and one for "
               "Al-Qaida.\n", "2025-10-20") == []


def test_nine_for_two_against_is_still_a_tally() -> None:
    [e] = _sc("UNITED NATIONS, Jan. 26 - The Security Council today voted on the Palestinian "
              "draft: nine for, one against and three abstaining, so the United States veto "
              "killed it.\n", "1976-01-27")
    assert (e.yes, e.no, e.abstain) == (9, 1, 3)
