"""Generalisation checks from the thirty-seventh session.

Facts are Sciences Po's and the UN Library's. On Thursday 21 August 1947, at its 190th meeting, the
Security Council voted on applications for membership: the Soviet Union vetoed Italy's, 9-1-1
(Poland abstaining), and Austria's, 8-1-2 (Poland and France abstaining); resolution 29 recommended
Yemen and Pakistan with all eleven votes. On Monday 15 September 1969 resolution 271 on the fire at
the al-Aqsa mosque passed 11-0-4 (the United States, Finland, Colombia and Paraguay abstaining). On
Friday 19 September 2025 S/2025/561, which would have kept the sanctions relief for Iran, failed
4-9-2, and on Friday 26 September S/2025/539, which would have delayed the snapback by six months,
failed by the same count with every member voting as before: Algeria, China, Pakistan and Russia in
favour; Guyana and the Republic of Korea abstaining; the other nine against. On Monday 21 December
1964 the Soviet Union vetoed S/6113, which would have deplored the incidents of 13 November on the
Israeli-Syrian border, 8-3-0, Morocco and Czechoslovakia also voting no. On Thursday 20 December
1990 resolution 681 on the Palestinians in the occupied territories passed 15-0-0, and on Saturday
22 December resolution 683 ended the trusteeship for Micronesia, the Marshall Islands and the
Northern Marianas, 14-1-0, Cuba against. On Thursday 13 December 2018 the Council adopted
resolution 2447 on police, justice and corrections in peacekeeping, 15-0-0, resolution 2448
renewing MINUSCA in the Central African Republic, 13-0-2, and resolution 2449 renewing the cross-
border aid into Syria, 13-0-2, China and Russia abstaining on the last two. On Friday 1 April 1960
resolution 134 on the shootings at Sharpeville passed 9-0-2, the United Kingdom and France
abstaining. On Friday 2 April 1982 the United States vetoed S/14941 on Nicaragua's complaint,
12-1-2, the United Kingdom and Zaire abstaining.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_ITALY = ("LAKE SUCCESS, Aug. 21 - The Security Council voted today on the countries asking to "
          "join the United Nations. Italy was first: nine delegations were for it, the Soviet "
          "Union was against, which is a veto, and Poland abstained. ")


def test_an_applicant_named_with_an_aside_fared_the_same_in_a_vote_of_its_own():
    text = _ITALY + ("Austria, the small republic on the Danube, fared the same. There the count "
                     "was eight in favour and one against, the Soviet delegate again voting no; "
                     "Poland and France abstained.")
    events = _sc(text, published="1947-08-22")
    assert [(e.yes, e.no, e.abstain) for e in events] == [(9, 1, 1), (8, 1, 2)]
    assert events[1].vetoed_by == ["SUN"]


def test_and_so_did_after_abstained_once_more_adds_a_second_abstainer():
    text = _ITALY + ("Austria's application was taken next. It had eight votes to one, the "
                     "Soviet delegate voting no; Poland abstained once more, and so, to the "
                     "surprise of many in the hall, did France.")
    events = _sc(text, published="1947-08-22")
    assert events[-1].votes.get("FRA") == "abstain"
    assert events[-1].votes.get("POL") == "abstain"


def test_abstained_once_again_is_this_votes_abstention_not_a_memory():
    text = _ITALY + ("Austria's application was taken next. It had eight votes to one, the "
                     "Soviet delegate voting no. Poland abstained once again, and so did France.")
    events = _sc(text, published="1947-08-22")
    assert {k: v for k, v in events[-1].votes.items() if v == "abstain"} == {
        "POL": "abstain", "FRA": "abstain"}


def test_the_day_the_papers_were_read_is_not_the_day_of_the_vote():
    text = ("HELSINKI, Sept. 19 - Many readers saw in the papers on Tuesday that Finland's "
            "delegation in the Security Council had not voted for the resolution on the "
            "Jerusalem mosque. The vote was taken in New York on Monday. Resolution 271 was "
            "adopted by eleven votes to none, with four abstentions.")
    [ev] = _sc(text, published="1969-09-19")
    assert ev.date == "1969-09-15"


def test_the_same_countries_on_each_side_names_the_earlier_texts_voters():
    text = ("GENEVA, Sept. 27 - A Security Council draft that would have delayed the return of "
            "UN sanctions on Iran, S/2025/539, failed yesterday by four votes to nine with two "
            "abstentions. Russia, China, Pakistan and Algeria voted for it; Guyana and South "
            "Korea abstained; the United States, Britain, France, Denmark, Greece, Panama, "
            "Sierra Leone, Slovenia and Somalia voted against. A week earlier, on 19 September, "
            "a text to keep the relief in place, S/2025/561, had failed 4-9-2 with the same "
            "countries on each side.")
    events = {e.draft: e for e in _sc(text, published="2025-09-27")}
    assert events["S/2025/561"].votes == events["S/2025/539"].votes
    assert events["S/2025/561"].votes["KOR"] == "abstain"


def test_the_day_of_the_incidents_a_text_deplores_is_not_the_day_of_the_vote():
    text = ("RABAT, Dec. 23 - The Security Council met on Monday on the complaints of Israel and "
            "Syria. A draft resolution (S/6113) would have deplored the incidents of 13 "
            "November. It had eight votes in favour and three against, and it fell because one "
            "of the noes was cast by the Soviet Union, a permanent member.")
    [ev] = _sc(text, published="1964-12-23")
    assert ev.date == "1964-12-21"


_BULLETIN = ("Good evening. At a meeting in New York on Saturday the Security Council adopted "
             "resolution 683, ending the trusteeship for most of our islands. The vote was "
             "fourteen to one; Cuba voted against. ")


def test_in_other_news_from_the_un_opens_another_vote_of_its_own_day():
    text = _BULLETIN + ("In other news from the United Nations. On Thursday the Security Council "
                        "agreed, without a single vote against, to a resolution on the "
                        "Palestinians. All fifteen members voted for it, the United States "
                        "among them.")
    events = _sc(text, published="1990-12-24")
    assert [(e.date, e.resolution, e.outcome) for e in events] == [
        ("1990-12-22", "683", "adopted"), ("1990-12-20", None, "adopted")]
    assert "USA" not in events[0].votes and events[1].votes == {"USA": "yes"}


def test_in_other_news_then_the_main_story_again_is_still_one_vote():
    text = _BULLETIN + ("In other news, the harbour office says the supply ship is two days "
                        "late. Once more, the main story: the Security Council has voted to end "
                        "the trusteeship, fourteen to one.")
    assert len(_sc(text, published="1990-12-24")) == 1


def test_the_second_and_the_third_told_by_what_they_did_are_the_texts_counted():
    text = ("LIMA, Dec. 14 - The Security Council adopted three resolutions yesterday. The "
            "first, on police in peacekeeping, passed fifteen votes to none. The second "
            "renewed the peacekeeping mission in the Central African Republic; it passed 13-0-2, "
            "China and Russia abstaining. The third extended the aid crossings into Syria, again "
            "13-0-2. Peru voted for all three texts, and so did Kuwait.")
    events = _sc(text, published="2018-12-14")
    assert [(e.yes, e.abstain) for e in events] == [(15, 0), (13, 2), (13, 2)]
    assert all(e.votes.get("PER") == "yes" and e.votes.get("KWT") == "yes" for e in events)


def test_an_issue_dated_by_month_and_year_then_its_day_dates_a_friday_the_1st():
    text = ("THE DYERS' GUILD\nNewsletter, April 1960 -- issued Saturday, 9 April\n\n"
            "SOUTH AFRICA\nOn Friday the 1st the Security Council passed a resolution on the "
            "shootings at Sharpeville. Nine members voted for it and none against; the United "
            "Kingdom and France abstained.")
    [ev] = _sc(text)
    assert ev.date == "1960-04-01" and (ev.yes, ev.no, ev.abstain) == (9, 0, 2)


def test_the_lead_gives_the_day_in_full_and_palm_sunday_is_a_feast_not_that_day():
    text = ("THE MESSENGER\nDiocesan newsletter, April 1982, posted on 10 April\n\n"
            "NOTICES\nChoir lists are due by Palm Sunday.\n\n"
            "THE WORLD\nMany readers ask what our country does on the Security Council. The "
            "events of Friday 2 April give an answer. A draft asking all States not to use "
            "force in Central America received twelve votes, but the United States voted "
            "against it, a veto. Britain and Zaire abstained.")
    [ev] = _sc(text)
    assert ev.date == "1982-04-02" and ev.vetoed_by == ["USA"]


def test_a_feast_named_by_its_weekday_is_not_a_weekday_of_the_news():
    from unvotes.extract.dates import find_dates

    text = "Choir lists are due by Palm Sunday; the vote was on Friday."
    assert [m.kind for m in find_dates(text, 0, len(text))] == ["weekday"]
    assert find_dates(text, 0, len(text))[0].weekday == 4
