"""Generalisation checks from the seventeenth session: the blind sets heldout95 and heldout97
to heldout100 read again after they were scored.

Facts are Sciences Po's, sponsors Voting-Agent's "Submitted by". On Friday 18 July 1958 the
Soviet Union vetoed the American draft on Lebanon (S/4050/Rev.1), 9-1-1, Sweden abstaining, and
the Soviet draft S/4047/Rev.1 failed 1-8-2; on Tuesday 22 July it vetoed the Japanese draft
S/4055/Rev.1, 10-1-0, Sweden and Japan in favour. On Monday 23 May 1966 draft S/7285/Add.1 on
Southern Rhodesia failed 6-1-8, New Zealand against. On Tuesday 28 February 2017 Russia and
China vetoed draft S/2017/172 on chemical weapons in Syria, 9-3-3, Bolivia also against, Egypt,
Ethiopia and Kazakhstan abstaining, Japan, Italy, Sweden, Ukraine, Senegal and Uruguay in
favour. On Monday 24 February 2025 resolution 2774 passed 10-0-5, France, Britain, Denmark,
Greece and Slovenia abstaining. On Friday 22 March 2024 Russia and China vetoed the American
draft S/2024/239, 11-3-1, and on Monday 25 March resolution 2728, submitted by that year's ten
elected members (Algeria, Ecuador, Guyana, Japan, Malta, Mozambique, the Republic of Korea,
Sierra Leone, Slovenia and Switzerland), passed 14-0-1, the United States abstaining.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_a_text_told_by_its_drafter_and_counted_anew_is_another_vote():
    first, second = _sc(
        "NEW YORK, July 23 -- On Friday, July 18, the Security Council voted on an American "
        "draft on Lebanon (S/4050/Rev.1). It received nine votes. Russia voted against, which "
        "killed it, and Sweden abstained.\n\n"
        "The Japanese delegation then spent the weekend looking for a compromise. Its draft "
        "(S/4055/Rev.1) would have strengthened the observer group. Yesterday it went to the "
        "vote and won ten votes -- Sweden, which had abstained on the American text, voting "
        "in favour this time. The single Soviet vote against killed it as well.", "1958-07-23")
    assert (first.draft, first.yes, first.date) == ("S/4050/Rev.1", 9, "1958-07-18")
    assert (second.draft, second.yes, second.date) == ("S/4055/Rev.1", 10, "1958-07-22")
    assert second.votes.get("SWE") == "yes" and "USA" not in second.sponsors


def test_a_motion_calling_for_something_that_also_failed_is_a_vote():
    events = _sc(
        "NEW YORK, July 19 -- The Soviet Union vetoed an American draft on Lebanon in the "
        "Security Council yesterday, nine votes to one with one abstention. A Soviet motion "
        "calling for the immediate withdrawal of American and British troops also failed on "
        "the same evening.", "1958-07-19")
    assert [e.outcome for e in events] == ["vetoed", "failed"]


def test_a_headline_in_capitals_and_the_lead_tell_one_text():
    [ev] = _sc(
        "RHODESIA TEXT FAILS AT U.N.\n\n"
        "An African-backed resolution calling for far tougher action against the Smith regime "
        "failed in the Security Council on Monday, 23 May, 1966.\n\n"
        "The draft, circulated as document S/7285/Add.1, received six votes in favour, one "
        "against and eight abstentions. New Zealand cast the only vote against.")
    assert (ev.draft, ev.outcome, ev.yes, ev.no, ev.abstain) == ("S/7285/Add.1", "failed", 6, 1, 8)


def test_abstainers_that_were_all_of_one_kind_are_then_named():
    [ev] = _sc(
        "The Security Council on Monday adopted resolution 2774 with 10 votes in favour, none "
        "against and 5 abstentions. The abstainers were all European: France and the United "
        "Kingdom among the permanent members, and Denmark, Greece and Slovenia among the "
        "elected ones.", "2025-02-26")
    assert {c for c, v in ev.votes.items() if v == "abstain"} == {
        "FRA", "GBR", "DNK", "GRC", "SVN"}


def test_the_no_votes_were_a_list():
    [ev] = _sc(
        "Yesterday Russia and China vetoed a Security Council draft on chemical weapons in "
        "Syria (S/2017/172). The tally was 9 in favour, 3 against, 3 abstaining. The three no "
        "votes were Russia, China and Bolivia.", "2017-03-01")
    assert {c for c, v in ev.votes.items() if v == "no"} == {"RUS", "CHN", "BOL"}


def test_an_answer_that_opens_on_an_unnamed_group_names_the_rest():
    [ev] = _sc(
        "Yesterday Russia and China vetoed a Security Council draft on chemical weapons in "
        "Syria (S/2017/172), 9-3-3.\n\n"
        "Who voted yes? The three Western permanent members, plus Japan, Italy, Sweden, "
        "Ukraine, Senegal and Uruguay.", "2017-03-01")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "JPN", "ITA", "SWE", "UKR", "SEN", "URY"}


def test_the_ten_elected_members_named_in_an_aside_draft_their_own_text():
    vetoed, adopted = _sc(
        "On Friday the Security Council voted on a draft resolution put forward by the United "
        "States (S/2024/239). Russia and China voted against, vetoing it.\n\n"
        "On Monday, the ten elected members of the Council -- Algeria, Ecuador, Guyana, Japan, "
        "Malta, Mozambique, the Republic of Korea, Sierra Leone, Slovenia and Switzerland -- "
        "brought their own draft to a vote. It passed as resolution 2728, with 14 votes in "
        "favour; the United States abstained.", "2024-03-26")
    assert vetoed.sponsors == ["USA"] and adopted.resolution == "2728"
    assert set(adopted.sponsors) == {"DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE",
                                     "SVN", "CHE"}
