"""Generalisation checks from the thirty-second session.

Facts are Sciences Po's and Voting-Agent's. On Monday 24 February 2025 Russia vetoed two
amendments drafted by Denmark, France, Greece, Slovenia and Britain to the American draft on
Ukraine: S/2025/115 (9-1-5) and S/2025/116 (11-1-3); resolution 2774 then passed 10-0-5. On
Wednesday 18 October 2023 Russia's amendments to the Brazilian draft on Gaza, S/2023/775 (6-1-8)
and S/2023/776 (7-1-7), failed, and the United States vetoed the Brazilian draft, S/2023/773,
12-1-2. On Friday 2 May 1958 the Soviet Union vetoed the American draft on an Arctic inspection
zone, 10-1-0, which had taken in a Swedish change. On Wednesday 12 December 2012 resolution 2080
extended the terms of the Rwanda tribunal's permanent judges, 15-0-0, and on Monday 17 December
resolution 2081 those of the Yugoslavia tribunal's judges, 14-0-1, Russia abstaining. On Friday
14 September 2007 resolution 1774 reappointed the Rwanda tribunal's prosecutor, 15-0-0, and
resolution 1775 extended the Yugoslavia tribunal's prosecutor's term, 14-0-1, Russia abstaining.
On Monday 14 November 2022 resolution 2659 extended MINUSCA until 15 November 2023, 12-0-3
(China, Russia and Gabon abstaining), and resolution 2660 renewed the Abyei force, 15-0-0. On
Thursday 25 June 2020 resolution 2529 reappointed the Mechanism's prosecutor, 14-0-1 (Russia
abstaining), and resolution 2528 renewed the Congo arms embargo, 15-0-0. On Monday 18 August
1947 the Soviet Union vetoed Ireland's application, 9-1-1, Poland abstaining; the Council then had
eleven members. On Friday 29 July 2016 resolution 2303 on police for Burundi passed 11-0-4; on
Thursday 31 August 2006 resolution 1706 on Darfur 12-0-3; on Friday 6 January 1984 resolution 546
on Angola 13-0-2. On Wednesday 14 July 1976 the British and American draft on the Entebbe raid,
S/12138, failed with six votes. On Saturday 28 September 1996 resolution 1073 passed 14-0-1, the
United States abstaining. On Tuesday 11 October 1949 the Soviet Union vetoed the census of
armaments, S/1398, 9-2-0 (the Ukrainian SSR also against), and resolution 77 sent the Commission's
report to the Assembly, 9-0-2, the two Soviet delegations abstaining. On Saturday 13 October 1956
the Soviet Union vetoed the British and French draft on Suez, S/3671, 9-2-0, Yugoslavia also
against. On Wednesday 28 April 1993 resolution 821 kept Belgrade out of the Economic and Social
Council, 13-0-2 (China and Russia abstaining); on Friday 4 June 1993 resolution 836 on the safe
areas passed 13-0-2 (Pakistan and Venezuela abstaining). On Thursday 15 August 1991 resolution
706 on Iraqi oil sales passed 13-1-1, Cuba against and Yemen abstaining. On Thursday 21 August
1947 the Soviet Union vetoed Italy's application, 9-1-1 (Poland abstaining; Britain, the United
States, France, China, Australia, Belgium, Brazil, Colombia and Syria for it), and Austria's,
8-1-2 (France and Poland abstaining); Yemen and Pakistan were recommended together, 11-0-0. On
Tuesday 18 October 1949 the Soviet Union vetoed the census of armaments, 9-2-0, and a second text
on armaments, 8-2-1 (Argentina abstaining), and resolution 78 sent the census proposals to the
Assembly, 9-0-2, the Soviet Union and the Ukrainian SSR abstaining. On Thursday 16 November 2017
Russia vetoed S/2017/962 on the Syria chemical weapons inquiry, 11-2-2 (Ethiopia, France, Italy,
Japan, Kazakhstan, Senegal, Sweden, Ukraine, Britain, the United States and Uruguay for; Bolivia
and Russia against; China and Egypt abstaining), and Russia's S/2017/968 failed 4-7-4 (Bolivia,
China, Kazakhstan and Russia for; France, Italy, Sweden, Ukraine, Britain, the United States and
Uruguay against; Egypt, Ethiopia, Japan and Senegal abstaining). On Tuesday 30 September 1975 the
United States vetoed the applications of the two Vietnamese states, S/11832 and S/11833, each
14-1-0. On Tuesday 11 May 1993 Russia vetoed S/25693 on paying for the Cyprus force, 14-1-0, and
on Thursday 27 May resolution 831 passed 14-0-1, Pakistan abstaining. On Tuesday 18 January 1983
resolution 529 renewed the Lebanon force, 13-0-2, the Soviet Union and Poland abstaining; France
and the Netherlands voted for it. On Thursday 28 July 2022 resolution 2647 renewed the Libya
mission, 12-0-3 (Ghana, Gabon and Kenya abstaining), and resolution 2646 the Cyprus force, 15-0-0.
On Wednesday 6 February 1952 the Soviet Union vetoed Italy's application, S/2443, 10-1-0, and a
package of applicants, S/2449/Rev.1, failed 2-6-3. On Thursday 1 April 1948 resolution 43 on a truce
in Palestine passed 11-0-0 and resolution 44, calling a special session of the Assembly, 9-0-2,
the Soviet Union and the Ukrainian SSR abstaining. On Thursday 18 September 1952 the Soviet Union
vetoed Japan's application, S/2754, 10-1-0, and on Friday 19 September the Soviet package of
applicants, S/2773, failed 1-10-0. On Saturday 28 February 1948 resolution 41 on Indonesia passed
7-0-4 (Colombia, Syria, the Soviet Union and the Ukrainian SSR abstaining) and resolution 40 8-0-3
(Argentina, the Soviet Union and the Ukrainian SSR abstaining). On Tuesday 29 June 1993 S/25977 on
arms for Bosnia, drafted by Cape Verde, Djibouti, Morocco, Pakistan and Venezuela, failed 6-0-9.
On Tuesday 29 November 1994 resolution 964 on Haiti, drafted by Argentina, Canada, France, the
United States and Venezuela, passed 13-0-2. On Thursday 26 September 2013 resolution 2117 on small
arms, Australia and Argentina among its drafters, passed 14-0-1, Russia abstaining. On Friday 12
March 2021 resolution 2566 passed 14-0-1, Russia abstaining. On Wednesday 4 June 2025 the United
States vetoed S/2025/353 on Gaza, 14-1-0, a text of the ten elected members (Algeria, Denmark,
Greece, Guyana, Pakistan, Panama, South Korea, Sierra Leone, Slovenia and Somalia). On Thursday
20 June 1985 resolution 567 on Angola and on Friday 21 June resolution 568 on Botswana each passed
15-0-0. On Wednesday 30 May 2007 resolution 1757 on the Lebanon tribunal, drafted by Belgium,
France, Italy, Slovakia, Britain and the United States, passed 10-0-5. On Friday 31 October 1947 two
texts on Indonesia failed: one 4-4-3 (Syria abstaining), and S/579/Rev.1 5-1-5 (Syria, Australia,
Colombia, Poland and the Soviet Union for it). On Wednesday 31 May 2000 resolution 1301 on Western
Sahara passed 12-1-2 (Namibia against, Jamaica and Mali abstaining) and resolution 1300 on the
Golan force 15-0-0. On Friday 15 April 1988 the United States vetoed S/19780, 14-1-0. On Monday 30
June 1980 resolution 476 on Jerusalem passed 14-0-1, the United States abstaining. On Thursday 27
October 2022 resolution 2654 passed 13-0-2 (Russia and Kenya abstaining), and on Wednesday 2
November S/2022/821 failed 2-3-10, China and Russia for it. On Tuesday 28 December 1948
resolution 64 on Indonesia passed 8-0-3 and resolution 65 9-0-2. On Friday 26 September 2025
S/2025/539, which would have put off the return of sanctions on Iran, failed 4-9-2. On Monday 13
December 2021 Russia vetoed S/2021/990 on climate and security, 12-2-1; Niger and Ireland drafted
it and Fiji, Samoa and Papua New Guinea were among its co-sponsors. On Thursday 31 May 1990 the
United States vetoed S/21326 on the occupied territories, 14-1-0; Romania, France, Britain,
Finland and Canada voted for it.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_UKRAINE = (
    "KYIV, Feb. 25 -- The Security Council voted three times on Monday on a short American "
    "text about the war. Before the main vote, Denmark, France, Greece, Slovenia and Britain "
    "proposed amendments to it. Amendment S/2025/115 won nine votes, with Russia against and "
    "five abstentions. Amendment S/2025/116 won eleven votes, with Russia against and three "
    "abstentions. Russia's no killed both. The American text was then adopted as resolution "
    "2774 by ten votes to none, with five abstentions.")


def test_members_who_proposed_the_amendments_drafted_each_of_them():
    events = {e.draft or e.resolution: e for e in _sc(_UKRAINE, "2025-02-25")}
    europeans = {"DNK", "FRA", "GRC", "SVN", "GBR"}
    assert set(events["S/2025/115"].sponsors) == europeans
    assert set(events["S/2025/116"].sponsors) == europeans
    assert not europeans & set(events["2774"].sponsors)


def test_the_drafters_of_amendments_counted_in_a_sentence_go_to_each_one():
    text = ("UNITED NATIONS, Oct. 18 -- The United States on Wednesday vetoed a Brazilian "
            "draft resolution on Gaza, S/2023/773, which won twelve votes, with two "
            "abstentions. Before that vote the Council rejected two Russian amendments, both "
            "of which fell short of the nine votes needed. S/2023/775 won six votes, with the "
            "United States against and eight abstentions. S/2023/776 won seven, with one "
            "against and seven abstentions.")
    events = {e.draft: e for e in _sc(text, "2023-10-19")}
    assert events["S/2023/775"].sponsors == ["RUS"]
    assert events["S/2023/776"].sponsors == ["RUS"]
    assert events["S/2023/773"].sponsors == ["BRA"]
    assert any(f["fact"] == "sponsor:RUS" and "Russian amendments" in f["text"]
               for f in events["S/2023/775"].evidence)


def test_an_amendment_taken_into_the_text_is_no_drafter_of_another_vote():
    text = ("UNITED NATIONS, May 2 -- Ten of the eleven members voted for the American "
            "resolution on an Arctic inspection zone, which incorporated an amendment offered "
            "by Sweden, but the Soviet Union voted against it, a veto. A Soviet text then "
            "failed, with only one vote in favour.")
    events = _sc(text, "1958-05-03")
    assert len(events) == 2
    assert all("SWE" not in e.sponsors for e in events)


def test_extending_the_judges_terms_is_the_council_adopting_a_text():
    text = ("THE HAGUE, Dec. 20 -- On Wednesday 12 December the Security Council extended the "
            "terms of the permanent judges of the Rwanda tribunal (resolution 2080). That one "
            "was unanimous. On Monday the Council extended the terms of the Yugoslavia "
            "tribunal's judges as well. The resolution, 2081, was adopted by fourteen votes to "
            "none, with Russia abstaining.")
    got = {e.resolution: (e.date, e.outcome) for e in _sc(text, "2012-12-20")}
    assert got == {"2080": ("2012-12-12", "adopted"), "2081": ("2012-12-17", "adopted")}


def test_texts_told_in_turn_by_their_numbers_are_each_a_vote():
    text = ("NEW YORK, Sept. 14 -- The Security Council took two decisions on the tribunals' "
            "prosecutors today. First, by resolution 1774 (2007), it reappointed the Rwanda "
            "tribunal's prosecutor for four years. The resolution was adopted unanimously. "
            "Second, by resolution 1775 (2007), it extended the term of the Yugoslavia "
            "tribunal's prosecutor. This resolution passed by 14 votes to none, with Russia "
            "abstaining.")
    got = {e.resolution: (e.yes, e.no, e.abstain) for e in _sc(text, "2007-09-14")}
    assert got == {"1774": (15, 0, 0), "1775": (14, 0, 1)}


_DOUALA = ("DOUALA, Tuesday 15 November 2022 -- Yesterday, Monday, in New York, the Security "
           "Council extended for one year, until 15 November 2023, the mandate of MINUSCA. The "
           "resolution, number 2659, was adopted by twelve votes in favour, with China, Russia "
           "and Gabon abstaining. Also yesterday, and this time unanimously, the fifteen "
           "members renewed for one year the United Nations force in Abyei. That was "
           "resolution 2660.")


def test_a_renewal_told_with_its_end_date_before_the_mandate_is_an_adoption():
    text = ("DOUALA, Nov. 15 -- Yesterday, Monday, the Security Council extended for one year, "
            "until 15 November 2023, the mandate of MINUSCA, the peacekeeping mission in the "
            "Central African Republic. China, Russia and Gabon abstained.")
    (ev,) = _sc(text, "2022-11-15")
    assert (ev.date, ev.outcome) == ("2022-11-14", "adopted")


def test_that_was_resolution_n_names_the_text_just_told():
    got = {e.resolution: (e.yes, e.no, e.abstain) for e in _sc(_DOUALA, "2022-11-15")}
    assert got == {"2659": (12, 0, 3), "2660": (15, 0, 0)}


def test_the_second_result_named_by_its_number_is_a_text_of_its_own():
    text = ("BRUSSELS, June 26 -- Two results of the Security Council's written votes were "
            "announced in New York on Thursday. By "
            "resolution 2529, the Council reappointed its prosecutor for the tribunals' "
            "mechanism; fourteen members voted in favour and Russia abstained. The second "
            "result, resolution 2528, renews for a year the arms embargo on the Congo. It was "
            "adopted unanimously.")
    got = {e.resolution: (e.date, e.yes, e.abstain) for e in _sc(text, "2020-06-26")}
    assert got == {"2529": ("2020-06-25", 14, 1), "2528": ("2020-06-25", 15, 0)}


def test_a_count_bigger_than_the_council_of_its_day_is_not_the_councils():
    text = ("CORK, Aug. 23 -- At Lake Success on Monday the Soviet Union vetoed Ireland's "
            "application for membership of the United Nations. Nine of the eleven members of "
            "the Security Council voted for it and Poland abstained. Members will be glad to "
            "hear that the choir met in the practice room and, by twelve votes to three, "
            "agreed to sing at the Lord Mayor's reception.")
    got = [(e.outcome, e.yes, e.no, e.abstain) for e in _sc(text, "1947-08-23")]
    assert got == [("vetoed", 9, 1, 1)]


def test_a_state_that_rejects_the_resolution_is_answering_it_not_voting():
    texts = [
        ("UNITED NATIONS, July 30 -- The Security Council on Friday authorised a police force "
         "for Burundi, by eleven votes to none with four abstentions. Within hours the "
         "government in Bujumbura said on the radio that it rejects the resolution.",
         "2016-07-30"),
        ("UNITED NATIONS, Sept. 1 -- The Security Council voted 12-0-3 on Thursday to send "
         "peacekeepers to Darfur. Khartoum's envoy told the Council that Sudan rejects the "
         "resolution.", "2006-09-01"),
        ("LONDON, Jan. 9 -- On Friday the Security Council adopted resolution 546, by 13 votes "
         "to none with two abstentions. Angola reaffirms its support for the plan endorsed by "
         "the Security Council, and rejects any attempt to link it to other matters.",
         "1984-01-09"),
    ]
    for text, published in texts:
        assert [e.outcome for e in _sc(text, published)] == ["adopted"], text


def test_a_text_never_pressed_to_a_vote_has_no_outcome():
    text = ("UNITED NATIONS, July 15 -- A Western draft on the Entebbe raid won only six votes on "
            "Wednesday and failed. A rival text from the African side was not pressed to a "
            "vote once it became clear that it, too, lacked the necessary support.")
    assert len(_sc(text, "1976-07-15")) == 1


def test_people_who_fell_are_no_text_that_fell():
    text = ("HEBRON, Sept. 30 -- The Security Council adopted resolution 1073 on Saturday by "
            "fourteen votes to none, the United States abstaining. The Chamber extends its "
            "condolences to the families of the martyrs who fell in Hebron.")
    assert [e.outcome for e in _sc(text, "1996-09-30")] == ["adopted"]


def test_what_the_council_decided_at_the_same_sitting_is_a_text_of_its_own():
    text = ("LAKE SUCCESS, Oct. 12 -- On Tuesday, 11 October, the Security Council took up the "
            "proposals of its Commission for Conventional Armaments for a census of armaments. "
            "The text, registered as document S/1398, gathered nine votes. Two votes were cast "
            "against it, those of the Soviet Union and of the Ukrainian Soviet Republic. Nobody "
            "abstained.\n\nNine votes would carry any ordinary motion, but the Soviet vote is "
            "that of a permanent member, and so the census proposal is dead.\n\nAt the same "
            "sitting the Council decided, by nine votes with none against, to send the "
            "Commission's report on to the General Assembly. On that motion the two Soviet "
            "delegations abstained.")
    got = [(e.draft, e.outcome, e.yes, e.no, e.abstain) for e in _sc(text, "1949-10-12")]
    assert got == [("S/1398", "vetoed", 9, 2, 0), (None, "adopted", 9, 0, 2)]


def test_a_plan_named_by_its_drafters_that_was_vetoed_makes_them_no_vetoers():
    text = ("NEW YORK, Oct. 14 -- The Anglo-French plan for the Suez Canal was vetoed on "
            "Saturday. It had nine votes; the Soviet Union and Yugoslavia voted against.")
    (ev,) = _sc(text, "1956-10-14")
    assert (ev.votes, ev.vetoed_by) == ({"SUN": "no", "YUG": "no"}, ["SUN"])


def test_a_decision_given_its_number_in_brackets_is_a_text_adopted():
    # (the body it keeps Belgrade out of is no voter either)
    text = ("NEW YORK, June 7 -- On Friday the Security Council adopted resolution 836 on the "
            "safe areas of Bosnia by thirteen votes to none, Pakistan and Venezuela abstaining. "
            "On 28 April, by the same tally of thirteen votes to none with two abstentions, it "
            "decided (resolution 821) that Belgrade could not take part in the work of the "
            "Economic and Social Council. That time the abstentions came from China and Russia.")
    got = {e.resolution: (e.date, e.abstain, sorted(e.votes)) for e in _sc(text, "1993-06-07")}
    assert got == {"836": ("1993-06-04", 2, ["PAK", "VEN"]),
                   "821": ("1993-04-28", 2, ["CHN", "RUS"])}


def test_a_government_that_rejected_the_terms_tells_no_vote():
    text = ("NEW YORK, Aug. 16 -- The Security Council on Thursday adopted resolution 706, "
            "letting Iraq sell oil for food. The vote was 13 in favour, one against and one "
            "abstention. Whether it works depends on Baghdad, which has so far rejected the "
            "terms.")
    assert [e.resolution for e in _sc(text, "1991-08-16")] == ["706"]


_TALLINN = ("TALLINN, Feb. 25 -- The UN Security Council on Monday adopted a brief US-drafted "
            "resolution on the war in Ukraine. Resolution 2774 passed with 10 votes in favour, "
            "none against and five abstentions. Before the final vote, the European members "
            "tabled amendments, and Russia vetoed two of them. One, which would have inserted "
            "a reference to Ukraine's territorial integrity, won nine votes, with Russia "
            "against and five abstentions. The other, adding a call for a just peace, did "
            "better, with eleven votes in favour; Russia again voted against, while three "
            "members abstained.")


def test_one_and_the_other_of_the_texts_counted_are_each_a_vote():
    got = sorted((e.outcome, e.yes, e.no, e.abstain) for e in _sc(_TALLINN, "2025-02-25"))
    assert got == [("adopted", 10, 0, 5), ("vetoed", 9, 1, 5), ("vetoed", 11, 1, 3)]


def test_the_veto_of_two_of_them_and_the_resolution_named_after_keep_to_their_texts():
    text = _TALLINN + (' The resolution adopted by the Council "implores a swift end to the '
                       'conflict".')
    got = {e.resolution: (e.outcome, e.yes) for e in _sc(text, "2025-02-25")}
    assert got.get("2774") == ("adopted", 10)


def test_one_and_the_other_take_the_texts_already_counted_in_turn():
    text = ("KYIV, Feb. 25 -- Before the final vote on Monday, the European members of the "
            "Security Council had put forward two amendments to the American draft. Russia "
            "vetoed both. One received 9 votes in favour, 1 against and 5 abstentions; the "
            "other 11 in favour, 1 against and 3 abstentions.")
    got = sorted((e.outcome, e.yes, e.no, e.abstain) for e in _sc(text, "2025-02-25"))
    assert got == [("vetoed", 9, 1, 5), ("vetoed", 11, 1, 3)]


def test_one_drew_and_the_other_won_are_two_votes():
    text = ("DOHA, Oct. 18 -- Before voting on the Brazilian text today, the Security Council "
            "voted on two amendments proposed by Russia. Neither reached the nine votes "
            "needed. One drew seven votes in favour, with the United States against and seven "
            "abstentions. The other won six votes in favour, with one against and eight "
            "abstentions.")
    got = sorted((e.yes, e.no, e.abstain) for e in _sc(text, "2023-10-18"))
    assert got == [(6, 1, 8), (7, 1, 7)]


def test_the_day_of_the_attacks_a_draft_condemns_is_not_its_vote_day():
    text = ("LIVE: US vetoes Brazilian draft\n\nThe United States has vetoed draft resolution "
            "S/2023/773. The text received 12 votes in favour, one against and two "
            "abstentions.\n\nThe 15-member Security Council has begun its meeting. The "
            "Brazilian draft condemns the Hamas attacks on Israel of 7 October and calls for "
            "humanitarian pauses.")
    assert [e.date for e in _sc(text, "2023-10-18")] == ["2023-10-18"]


_ITALY = ("LAKE SUCCESS, Aug. 22 -- The Security Council spent Thursday on applications for "
          "membership.\n\nItaly came first. Nine members put up their hands for her: Britain, "
          "the United States, France, China, Australia, Belgium, Brazil, Colombia and Syria. "
          "Poland did not vote either way. But the Soviet delegate voted \"No\", and so Italy "
          "must wait.")


def test_hands_put_up_a_quoted_no_and_no_vote_either_way():
    (ev,) = _sc(_ITALY, "1947-08-22")
    assert (ev.outcome, ev.votes["GBR"], ev.votes["SUN"], ev.votes["POL"]) == (
        "vetoed", "yes", "no", "abstain")


def test_an_applicant_that_fared_the_same_is_a_vote_of_its_own():
    text = _ITALY + ("\n\nAustria fared the same. This time France joined Poland in "
                     "abstaining, so the count was eight in favour, one against and two "
                     "abstentions. Again the one vote against was Russia's.")
    got = [(e.outcome, e.yes, e.no, e.abstain) for e in _sc(text, "1947-08-22")]
    assert got == [("vetoed", 9, 1, 1), ("vetoed", 8, 1, 2)]


def test_applicants_that_were_both_recommended_were_adopted():
    text = ("LAKE SUCCESS, Aug. 22 -- The Security Council voted on Thursday on applications "
            "for membership. Yemen and Pakistan were both recommended, the Soviet Union voting "
            "for them too.")
    assert [e.outcome for e in _sc(text, "1947-08-22")] == ["adopted"]


def test_the_other_text_that_went_down_the_same_way_and_what_the_council_agreed_by_a_count():
    text = ("LAKE SUCCESS, Oct. 19 -- Twice at a single meeting Tuesday, Russia's delegate to "
            "the security council used the veto on the armaments question. The census "
            "resolution got nine votes, but two were against it, the Soviet Union and the "
            "Soviet Ukraine. The other vetoed resolution went down the same way, this time "
            "eight to two. By nine to none, with Russia and the Ukraine abstaining, the council "
            "agreed simply to send the census proposals to the general assembly.")
    got = [(e.outcome, e.yes, e.no) for e in _sc(text, "1949-10-19")]
    assert got[1:] == [("vetoed", 8, 2), ("adopted", 9, 0)]


_RECORD = """PRESS RELEASE
16 November 2017

The Security Council today voted on two draft resolutions on the Joint Investigative Mechanism in \
Syria. Neither was adopted.

Draft resolution S/2017/962 received 11 votes in favour, 2 against and 2 abstentions. It was not \
adopted owing to the negative vote of a permanent member.

Draft resolution S/2017/968 received 4 votes in favour, 7 against and 4 abstentions, and failed \
to obtain the required number of votes.

Voting record

Draft resolution S/2017/962
In favour (11): Ethiopia, France, Italy, Japan, Kazakhstan, Senegal, Sweden, Ukraine, United \
Kingdom, United States, Uruguay
Against (2): Bolivia, Russian Federation
Abstaining (2): China, Egypt

Draft resolution S/2017/968
In favour (4): Bolivia, China, Kazakhstan, Russian Federation
Against (7): France, Italy, Sweden, Ukraine, United Kingdom, United States, Uruguay
Abstaining (4): Egypt, Ethiopia, Japan, Senegal
"""


def test_a_voting_record_under_each_symbol_goes_to_that_text():
    got = {e.draft: e.votes for e in _sc(_RECORD, "2017-11-16")}
    assert (got["S/2017/962"].get("ETH"), got["S/2017/962"].get("RUS")) == ("yes", "no")
    assert (got["S/2017/968"].get("RUS"), got["S/2017/968"].get("ETH")) == ("yes", "abstain")


def test_each_application_told_alike_is_a_vote_of_its_own():
    text = ("VIENTIANE, Oct. 2 -- On Tuesday, 30 September, the Security Council voted on the "
            "applications for membership of the two Vietnamese states. Each application "
            "received fourteen votes in favour and one vote against, that of the United States. "
            "The voting was the same on both applications.")
    got = [(e.outcome, e.yes, e.no, e.vetoed_by) for e in _sc(text, "1975-10-02")]
    assert got == [("vetoed", 14, 1, ["USA"])] * 2


def test_both_parties_a_text_calls_on_are_not_two_texts():
    text = ("LAKE SUCCESS, Aug. 13 -- The Security Council on Thursday adopted a resolution "
            "calling on both the Netherlands and the Republic to observe the truce. It was "
            "carried by nine votes to none, with two abstentions.")
    assert len(_sc(text, "1948-08-13")) == 1


def test_the_vetoed_draft_numbered_after_a_resolution_is_a_text_of_its_own():
    text = ("UNITED NATIONS, May 27 -- The Security Council on Thursday approved a new way of "
            "paying for the Cyprus force. Resolution 831 was adopted by 14 votes in favour, none "
            "against and one abstention, Pakistan.\n\nThe vetoed draft, document S/25693, was "
            "put to the vote on Tuesday, May 11. Fourteen members voted in favour and Russia "
            "voted against. There were no abstentions.")
    got = [(e.resolution, e.draft, e.date, e.outcome) for e in _sc(text, "1993-05-28")]
    assert got == [("831", None, "1993-05-27", "adopted"),
                   (None, "S/25693", "1993-05-11", "vetoed")]


def test_a_bracketed_number_and_those_who_raised_their_hands():
    text = ("WARSAW, Jan. 27 -- On Tuesday, 18 January, the Security Council voted to keep the "
            "United Nations force in southern Lebanon for another six months. The resolution "
            "[No. 529] was adopted by thirteen votes to none. Two delegations abstained: the "
            "Soviet Union and Poland. Look at who did raise their hands: France and Holland, "
            "whose soldiers are in Lebanon.")
    (ev,) = _sc(text, "1983-01-27")
    assert (ev.resolution, ev.votes.get("FRA"), ev.votes.get("NLD")) == ("529", "yes", "yes")


def test_a_forums_res_shorthand_names_the_text():
    text = ("Thread: Council renews Libya mission (page 1)\nPosted 29 July 2022 -- The Security "
            "Council yesterday renewed the Libya mission, resolution 2647, 12-0-3, with Ghana, "
            "Gabon and Kenya abstaining. Same day they also renewed the Cyprus force, UNFICYP, "
            "for six months. That one went through unanimously, 15-0, no drama. Res 2646 if "
            "anyone is keeping count.")
    assert [e.resolution for e in _sc(text, "2022-07-29")] == ["2647", "2646"]


def test_what_the_council_rejected_at_the_same_sitting_is_another_text():
    text = ("MELBOURNE, Feb. 15 -- On Wednesday 6 February the Security Council voted once more "
            "on a proposal to recommend Italy for membership. Ten of the eleven members voted in "
            "favour. Only the Soviet Union voted against, and its single vote was a veto. At the "
            "same sitting the Council rejected a different plan, which would have admitted a "
            "whole list of applicants together. This package received only two votes. Six "
            "members voted against it, while three abstained.")
    got = [(e.outcome, e.yes, e.no, e.abstain) for e in _sc(text, "1952-02-15")]
    assert got == [("vetoed", 10, 1, 0), ("failed", 2, 6, 3)]


_TWO_DECISIONS = (
    "LAKE SUCCESS, 1 April -- The Security Council took two decisions on Palestine at its "
    "sitting yesterday, Thursday.\n\nThe first decision calls upon both sides to arrange a "
    "truce. All eleven members of the Council raised their hands for it.\n\nThe second "
    "decision asks the Secretary-General to summon a special session of the General Assembly. "
    "It passed by nine votes, with none against. The Soviet Union and the Ukraine abstained.")


def test_the_second_decision_told_by_what_it_asks_is_a_text_of_its_own():
    got = [(e.yes, e.abstain) for e in _sc(_TWO_DECISIONS, "1948-04-02")]
    assert got == [(11, 0), (9, 2)]


def test_a_translators_note_in_brackets_gives_no_day_and_no_drafter():
    text = _TWO_DECISIONS + (" [The American proposal of a trusteeship, made in the Council "
                             "on 19 March, stands behind this second decision.]")
    got = [(e.date, e.sponsors) for e in _sc(text, "1948-04-02")]
    assert got[-1] == ("1948-04-01", [])


def test_the_same_ten_members_on_the_other_side_the_next_day():
    text = ("NAGOYA, Sept. 20 -- In New York on Thursday the Security Council voted on a "
            "proposal to recommend Japan for membership. Ten of the eleven members voted in "
            "favour: the United States, Britain, France, Nationalist China, Brazil, Chile, "
            "Greece, the Netherlands, Pakistan and Turkey. The Soviet Union alone voted against, "
            "a veto.\n\nThen, on Friday, the Council voted on a different proposal, to "
            "recommend a whole group of applicants together. The Soviet Union voted in favour, "
            "and the same ten members voted against. One vote to ten: the package was rejected.")
    first, second = _sc(text, "1952-09-20")
    assert {c for c, v in second.votes.items() if v == "no"} == {
        c for c, v in first.votes.items() if v == "yes"}


def test_after_abstaining_on_the_first_they_supported_the_second():
    text = ("LAKE SUCCESS, Feb. 29 -- The Security Council adopted two resolutions on Indonesia "
            "yesterday. The first passed by seven votes to none. Russia, the Ukraine, Colombia "
            "and Syria abstained. A second resolution passed eight to none. Colombia and Syria, "
            "after abstaining on the first vote, supported the second; Argentina did the "
            "reverse and abstained on the second.")
    first, second = _sc(text, "1948-02-29")
    assert (first.votes["COL"], second.votes.get("COL"), second.votes.get("SYR")) == (
        "abstain", "yes", "yes")


def test_a_list_that_were_the_sponsors_drafted_the_text():
    text = ("ZAGREB, 30 June 1993 -- Yesterday the Security Council voted on draft S/25977 to "
            "lift the arms embargo on Bosnia. It got six votes in favour and nine abstentions, "
            "so it failed. The five non-aligned members (Cape Verde, Djibouti, Morocco, Pakistan "
            "and Venezuela) were the sponsors.")
    (ev,) = _sc(text, "1993-06-30")
    assert set(ev.sponsors) == {"CPV", "DJI", "MAR", "PAK", "VEN"}


def test_drafters_known_by_a_group_name_before_a_colon():
    text = ("MONTREAL, Dec. 1 -- On Tuesday the Security Council adopted resolution 964 on "
            "Haiti by thirteen votes to none, with Russia and Brazil abstaining. The text was put "
            "forward by the countries known as the \"Friends of the Secretary-General for "
            "Haiti\": Canada, France, the United States, Venezuela and Argentina.")
    (ev,) = _sc(text, "1994-12-01")
    assert set(ev.sponsors) == {"ARG", "CAN", "FRA", "USA", "VEN"}


def test_the_initiative_came_from_and_joined_the_list_of_co_sponsors():
    text = ("ROSARIO, Sept. 27 -- The Security Council on Thursday adopted resolution 2117 on "
            "small arms by fourteen votes to none, with Russia abstaining. The initiative came "
            "from Australia, which presides over the Council this month, and Argentina, which "
            "has a seat on the Council for 2013 and 2014, joined the list of co-sponsors and "
            "voted in favour.")
    (ev,) = _sc(text, "2013-09-27")
    assert set(ev.sponsors) == {"AUS", "ARG"}


def test_members_in_the_yes_column_told_without_a_verb():
    text = ("NAIROBI, March 13 -- The Security Council adopted resolution 2566 yesterday, "
            "fourteen votes to none, Russia abstaining. Kenya again in the yes column, as were "
            "India, Niger, Tunisia and Viet Nam.")
    (ev,) = _sc(text, "2021-03-13")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"KEN", "IND", "NER", "TUN", "VNM"}


def test_the_council_agreed_without_dissent_to_recommend():
    text = ("LAKE SUCCESS, Aug. 22 -- After the two vetoes, the Security Council agreed without "
            "dissent to recommend Yemen and Pakistan for admission.")
    assert [e.outcome for e in _sc(text, "1947-08-22")] == ["adopted"]


def test_the_joint_work_of_the_ten_elected_members_names_its_drafters():
    text = ("HERAKLION, June 5 -- The United States yesterday vetoed draft S/2025/353 on a "
            "ceasefire in Gaza, fourteen votes to one. The draft was the joint work of the "
            "Council's ten elected members: Greece, Algeria, Denmark, Guyana, Pakistan, Panama, "
            "South Korea, Sierra Leone, Slovenia and Somalia.")
    (ev,) = _sc(text, "2025-06-05")
    assert set(ev.sponsors) == {"GRC", "DZA", "DNK", "GUY", "PAK", "PAN", "KOR", "SLE", "SVN",
                                "SOM"}


def test_those_who_joined_them_in_voting_yes_share_their_side():
    text = ("NEW YORK, June 5 -- The United States yesterday vetoed draft S/2025/353 on Gaza, "
            "fourteen votes to one. Among the elected members, Algeria, Guyana and Slovenia "
            "spoke first. Britain and France joined them in voting yes.")
    (ev,) = _sc(text, "2025-06-05")
    assert {c: ev.votes.get(c) for c in ("DZA", "GUY", "SVN")} == dict.fromkeys(
        ("DZA", "GUY", "SVN"), "yes")


def test_the_council_also_voted_fifteen_to_none_to_condemn_is_one_more_text():
    text = ("HARARE, June 22 -- On Friday the fifteen members of the Security Council "
            "unanimously adopted a resolution condemning the raid on Gaborone. The vote was "
            "fifteen to none. A day earlier, on Thursday, the Council also voted fifteen to none "
            "to condemn South Africa's aggression against Angola.")
    assert [e.date for e in _sc(text, "1985-06-22")] == ["1985-06-21", "1985-06-20"]


def test_voters_in_addition_to_the_sponsors_include_the_sponsors():
    text = ("BEIRUT, May 31 -- The Security Council yesterday adopted resolution 1757 on the "
            "Lebanon tribunal. The text was put forward by France, the United States and the "
            "United Kingdom, joined as co-sponsors by Belgium, Italy and Slovakia. The vote was "
            "ten in favour, none against and five abstentions. Among those voting in favour were "
            "Ghana, Panama, Peru and the Republic of the Congo, in addition to the sponsors.")
    (ev,) = _sc(text, "2007-05-31")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GHA", "PAN", "PER", "COG", "FRA", "USA", "GBR", "BEL", "ITA", "SVK"}


def test_a_text_named_in_an_aside_in_the_simple_past_is_not_the_one_voted_on():
    text = ("LAKE SUCCESS, Oct 31 -- The Security Council voted tonight on two texts on "
            "Indonesia. The first, on the troop positions of both sides, failed with four votes "
            "to four and three abstentions; Syria abstained. The other text, document "
            "S/579/Rev.1, also failed, with five in favour, one against and five abstaining. "
            "Syria, which abstained on the troop-positions text, joined Australia, Colombia, "
            "Poland and the Soviet Union in favour.")
    first, second = _sc(text, "1947-11-01")
    assert (first.votes.get("AUS"), second.votes.get("AUS"), second.votes.get("SYR")) == (
        None, "yes", "yes")


def test_at_an_earlier_meeting_a_member_voted_with_all_the_others_for_another_text():
    text = ("KINGSTON, June 1 -- Jamaica abstained yesterday in the vote on resolution 1301 on "
            "Western Sahara. The resolution was adopted by twelve votes in favour, one against "
            "and two abstentions. Namibia voted against. At an earlier meeting on the same day, "
            "Jamaica voted with all other members of the Security Council for resolution 1300, "
            "renewing the observer force on the Golan Heights. That resolution was adopted "
            "unanimously, fifteen votes to none.")
    got = [(e.resolution, e.yes, e.votes.get("JAM")) for e in _sc(text, "2000-06-01")]
    assert got == [("1301", 12, "abstain"), ("1300", 15, "yes")]


def test_so_did_a_group_named_before_a_colon_and_the_chain_after_it():
    text = ("BUENOS AIRES, April 17 -- The United States on Friday vetoed draft S/19780 on the "
            "occupied territories; fourteen members voted in favour. Argentina voted in favour. "
            "So did Washington's closest allies: Britain, France, Italy, West Germany and Japan. "
            "So did the Soviet Union and China.")
    (ev,) = _sc(text, "1988-04-17")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "ARG", "GBR", "FRA", "ITA", "DEU", "JPN", "SUN", "CHN"}


def test_the_council_rejecting_annexation_is_what_its_text_says():
    text = ("BERLIN, July 1 -- The Security Council yesterday adopted resolution 476, 14 votes to "
            "none with the United States abstaining. The Council rejects any annexation of "
            "Jerusalem.")
    assert [e.outcome for e in _sc(text, "1980-07-01")] == ["adopted"]


def test_the_council_voted_on_draft_resolution_s_after_a_numbered_text_is_another_text():
    text = ("MONTERREY, Nov. 20 -- On 27 October the Security Council extended the UN mission in "
            "Western Sahara. Resolution 2654 received 13 votes in favour, none against. Russia "
            "and Kenya abstained. On Wednesday 2 November the Council voted on draft resolution "
            "S/2022/821, which would have set up a commission. It failed: only China and Russia "
            "voted in favour.")
    got = [(e.resolution, e.draft, e.date) for e in _sc(text, "2022-11-20")]
    assert got == [("2654", None, "2022-10-27"), (None, "S/2022/821", "2022-11-02")]


def test_the_second_resolution_after_the_first_is_counted_is_the_next_text():
    text = ("CAPE TOWN, Jan. 3 -- The Security Council sat again on Tuesday, the 28th, on the "
            "Indonesian question, and two resolutions were passed. The first calls for the "
            "release of the President of the Republic. It was carried by eight votes to none. "
            "Three delegations abstained: France, the United Kingdom and Belgium. The second "
            "resolution asks the consular representatives in Batavia to send a full report. It "
            "received nine votes, with no votes against.")
    assert [(e.yes, e.abstain) for e in _sc(text, "1949-01-03")] == [(8, 3), (9, 2)]


def test_the_council_that_rejected_a_last_attempt_voted_on_it():
    # (unlike a state that "rejects any attempt to ...", a position held)
    text = ("YEREVAN, Sept. 27 -- United Nations sanctions on Iran are due to return on Saturday "
            "after the Security Council on Friday rejected a last attempt to postpone them. The "
            "draft, S/2025/539, won only four votes; nine members voted against and two "
            "abstained.")
    assert [e.date for e in _sc(text, "2025-09-27")] == ["2025-09-26"]


def test_amendments_put_down_by_or_put_forward_by_the_members_named():
    europeans = {"GBR", "FRA", "DNK", "GRC", "SVN"}
    texts = [
        "GDANSK, Feb. 25 -- The Security Council on Monday adopted a short US text on Ukraine "
        "as resolution 2774, by ten votes to none with five abstentions. Before that vote, the "
        "European members, Britain, France, Denmark, Greece and Slovenia, put down two "
        "amendments. Amendment S/2025/116: 11 in favour, Russia against, three abstentions. "
        "Amendment S/2025/115: 9 in favour, Russia against, five abstentions.",
        "CHISINAU, Feb. 25 -- The Security Council on Monday passed a short US resolution, "
        "2774, by ten votes to none with five abstentions. Before that vote, Russia vetoed two "
        "amendments put forward by the United Kingdom, France, Denmark, Greece and Slovenia. "
        "The amendment in document S/2025/116 received 11 votes in favour, with Russia "
        "against. The amendment in document S/2025/115 received 9 votes in favour, one "
        "against and 5 abstentions.",
    ]
    for text in texts:
        got = {e.draft: set(e.sponsors) for e in _sc(text, "2025-02-25") if e.draft}
        assert got == {"S/2025/116": europeans, "S/2025/115": europeans}, text


def test_among_them_after_a_count_of_co_sponsors_names_co_sponsors():
    text = ("HONIARA, Dec. 14 -- On Monday Russia vetoed draft S/2021/990 on climate and "
            "security; twelve members voted for it. The draft was written by Niger and Ireland, "
            "and more than a hundred and ten countries put their names to it as co-sponsors. "
            "Among them were our Pacific neighbours Fiji, Samoa and Papua New Guinea.")
    (ev,) = _sc(text, "2021-12-14")
    assert set(ev.sponsors) == {"NER", "IRL", "FJI", "WSM", "PNG"}


def test_a_list_before_which_drafted_the_text_are_all_drafters():
    text = ("SIDON, June 2 -- The Security Council on Wednesday adopted resolution 1757 setting "
            "up the Lebanon tribunal, by ten votes to none with five abstentions. Among those in "
            "favour were the United States, France and Britain, which drafted the text together "
            "with Belgium, Italy and Slovakia.")
    (ev,) = _sc(text, "2007-06-02")
    assert set(ev.sponsors) == {"USA", "FRA", "GBR", "BEL", "ITA", "SVK"}


def test_a_list_goes_on_past_the_group_its_second_part_belongs_to():
    text = ("AMMAN, June 1 -- The United States on Thursday vetoed draft S/21326, which would "
            "have sent a mission to the occupied territories; the vote was 14 to 1. Romania "
            "voted for the text. So did France and Britain, and, among the non-permanent "
            "members, Finland and Canada.")
    (ev,) = _sc(text, "1990-06-01")
    assert ev.vetoed_by == ["USA"]
    assert {k for k, v in ev.votes.items() if v == "yes"} == {"ROU", "FRA", "GBR", "FIN", "CAN"}
