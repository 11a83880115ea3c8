"""Generalisation checks from the twenty-seventh blind set: the Assembly's act and the
Council's in one sentence, texts counted off ("The first Council text, resolution N, ..."),
drafters named once for two texts, "renewed, again unanimously, the ... measures", "among
those who raised their hands", "and so, <aside>, did", a date that belongs to a declaration of
independence, "since the United States is a permanent member" (a reason, not a time), "that
was enough to kill it", a short opening sentence that dates the story, a member with a
bracketed aside in a list, "Resolution N, a French-drafted text, extends ...", "Again
unanimous.", a split vote after a unanimous one, "along with, among others,", and an
explainer's questions ("Who abstained?") answered by members' names alone.

Facts are the record's (Sciences Po, Voting-Agent): resolutions 1267 and 1268 (15 October
1999) both unanimous, 1267 submitted by Canada, the Netherlands, Russia, Slovenia, Britain and
the United States; resolutions 1520 and 1521 (22 December 2003) both unanimous; resolution
216 (12 November 1965) 10-0-1, France abstaining, Britain and the Soviet Union in favour, a day
after Rhodesia's unilateral declaration of independence; S/1995/394 (17 May 1995) vetoed by
the United States 14-1; S/21326 (31 May 1990) vetoed by the United States 14-1, Cuba and Yemen
in favour; resolution 712 (19 September 1991) 13-1-1, Cuba against, Yemen abstaining, India
and Zimbabwe in favour; resolution 2605 (12 November 2021) 13-0-2, China and Russia
abstaining, France the penholder."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_the_first_and_the_second_text_counted_off_by_number() -> None:
    text = ("UNITED NATIONS, Oct. 15 -- The Security Council adopted two texts today. The "
            "first Council text, resolution 1267, freezes the Taliban's assets abroad. It "
            "passed unanimously, 15-0.\n\nThe second, resolution 1268, sets up a United "
            "Nations office in Angola. It also passed by fifteen votes to none.\n")
    events = _sc(text, "1999-10-16")
    assert [(e.resolution, e.yes) for e in events] == [("1267", 15), ("1268", 15)]


def test_drafters_named_once_for_the_two_texts_told_next() -> None:
    text = ("UNITED NATIONS, Oct. 15 -- The General Assembly met in the morning, and the "
            "Council followed with two texts of its own, both drafted by Britain and Canada."
            "\n\nThe first Council text, resolution 1267, freezes the Taliban's assets. It "
            "passed unanimously.\n\nThe second, resolution 1268, opens an office in Angola. "
            "It passed by 15 votes to none.\n")
    events = _sc(text, "1999-10-16")
    assert [set(e.sponsors) for e in events] == [{"GBR", "CAN"}, {"GBR", "CAN"}]


def test_the_assemblys_act_and_the_councils_are_two_clauses() -> None:
    text = ("UNITED NATIONS, Dec. 22 -- The Assembly adopted its budget resolution, and the "
            "Council renewed the observer force's mandate on the Golan Heights. It passed "
            "15-0.\n")
    events = extract(text, published="2003-12-23")
    sc = [e for e in events if e.body == "SC"]
    assert [(e.outcome, e.yes) for e in sc] == [("adopted", 15)]


def test_renewed_again_unanimously_the_measures() -> None:
    text = ("UNITED NATIONS, Dec. 22 -- The Council renewed the Golan observers' mandate in "
            "the morning (resolution 1520). In the afternoon it also renewed, again "
            "unanimously, the arms, timber and travel measures on Liberia (resolution 1521).\n")
    events = _sc(text, "2003-12-23")
    assert ("1521", "adopted", 15) in [(e.resolution, e.outcome, e.yes) for e in events]


def test_among_those_who_raised_their_hands_and_so_with_an_aside_did() -> None:
    text = ("[Bulletin read at 2400 GMT, Friday 12 November 1965]\n\nThe Security Council "
            "has called on all states not to recognise the regime in Southern Rhodesia. The "
            "resolution, the Council's answer to Mr. Smith's declaration of independence on "
            "Thursday, was passed in New York a short while ago by ten votes to none. France "
            "abstained.\n\nBritain voted in favour, and so, for once on a colonial question, "
            "did the Soviet Union. The United States and Jordan were among those who raised "
            "their hands.\n")
    [e] = _sc(text, None)
    assert e.date == "1965-11-12"
    assert {c for c, v in e.votes.items() if v == "yes"} == {"GBR", "SUN", "USA", "JOR"}


def test_a_reason_with_since_is_no_time_and_enough_to_kill_it_happened() -> None:
    text = ("UNITED NATIONS, May 17 -- A draft on East Jerusalem won fourteen votes in the "
            "Security Council today. The single vote against was Washington's, and since the "
            "United States is a permanent member, that was enough to kill it.\n")
    [e] = _sc(text, "1995-05-18")
    assert (e.outcome, e.vetoed_by, e.no) == ("vetoed", ["USA"], 1)


def test_a_short_opening_sentence_dates_the_story() -> None:
    text = ("COUNCIL WATCH -- Issue of Saturday, 2 June 1990\n\nIt was a gloomy Thursday at "
            "the Security Council.\n\nA draft on the occupied territories won fourteen votes, "
            "but the single vote against was Washington's, enough to kill it. All fourteen "
            "other members voted yes, including Cuba (which joined the Council in January) "
            "and Yemen.\n")
    [e] = _sc(text, None)
    assert e.date == "1990-05-31"
    assert e.votes.get("CUB") == "yes" and e.votes.get("YEM") == "yes"


def test_along_with_among_others() -> None:
    text = ("UNITED NATIONS, Sept. 19 -- The Security Council today let Iraq sell oil to pay "
            "for food. The vote was 13 in favour. Cuba voted against and Yemen abstained. All "
            "five permanent members supported the text, along with, among others, India and "
            "Zimbabwe.\n")
    [e] = _sc(text, "1991-09-20")
    assert e.votes.get("IND") == "yes" and e.votes.get("ZWE") == "yes"
    assert e.votes.get("CUB") == "no" and e.votes.get("YEM") == "abstain"


def test_numbered_subjects_with_drafters_and_again_unanimous() -> None:
    text = ("Posted Saturday, 16 October 1999\n\nTwo texts went through yesterday.\n\n"
            "Afghanistan first. Resolution 1267, a US-drafted text, gives the Taliban a month "
            "to hand over Osama bin Laden. Adopted unanimously, 15-0.\n\nThen Angola. "
            "Resolution 1268 sets up a United Nations office in Luanda. Again unanimous.\n")
    events = _sc(text, None)
    assert [(e.resolution, e.yes, e.no) for e in events] == [("1267", 15, 0), ("1268", 15, 0)]
    assert events[0].sponsors == ["USA"]


def test_an_explainers_questions_answered_by_members_alone() -> None:
    text = ("What happened at the Security Council on Friday?\n\nThe Council voted to extend "
            "its mission in the Central African Republic for a year. The resolution passed with "
            "13 votes in favour, none against and two abstentions.\n\nWho abstained?\n\nChina "
            "and Russia. Both are permanent members, so either could have blocked the text.\n\n"
            "Who wrote the resolution?\n\nFrance. It leads the Council's work on the country.\n")
    [e] = _sc(text, "2021-11-13")
    assert e.votes == {"CHN": "abstain", "RUS": "abstain"}
    assert e.sponsors == ["FRA"]
