"""Generalisation checks from the fortieth session.

Facts are Sciences Po's and Voting-Agent's. On Saturday 15 December 1973 resolution 344, on a
peace conference on the Middle East, passed 10-0-4: France, the Soviet Union, the United Kingdom
and the United States abstained and China did not take part. On Tuesday 11 May 1993 Russia
vetoed S/25693, on paying for the force in Cyprus, 14-1-0, and resolution 825 asked North Korea
to reconsider leaving the Non-Proliferation Treaty, 13-0-2, China and Pakistan abstaining. On
Monday 30 October 2023 resolution 2703 renewed MINURSO, 13-0-2 with Mozambique and Russia
abstaining, and resolution 2704, a British text, widened the verification mission in Colombia
unanimously. On Friday 1 December 2023 resolution 2715 ended UNITAMS, 14-0-1 with Russia
abstaining, and resolution 2714, also British, lifted the arms embargo on the Somali government
unanimously. On Wednesday 6 August 1947 a Soviet-backed text on the Greek frontier failed 2-0-9,
only the Soviet Union and Poland in favour. On Monday 28 July 1969 resolution 268 condemned
Portugal's raid on the Zambian village of Lote, 11-0-4, with France, Spain, the United Kingdom
and the United States abstaining. On Saturday 21 April 1973 resolution 332 condemned Israel's
attacks on Lebanon, 11-0-4, with China, Guinea, the Soviet Union and the United States
abstaining. On Friday 4 October 1985 resolution 573 condemned Israel's raid on the PLO's
offices near Tunis, 14-0-1 with the United States abstaining, and on Friday 15 November 1985 the
United Kingdom and the United States vetoed S/17633, sanctions on South Africa over Namibia,
12-2-1 with France abstaining. On Thursday 14 August 2003 resolution 1500 set up the UN
Assistance Mission for Iraq, 14-0-1 with Syria abstaining; Angola, Bulgaria, Cameroon, Chile,
Guinea, Spain, the United Kingdom and the United States co-sponsored it. On Tuesday 16 September
2003 the United States vetoed S/2003/891 on the safety of Yasser Arafat, 11-1-3, with Bulgaria,
Germany and the United Kingdom abstaining. On Thursday 27 May 1993 the Council adopted
resolution 831 on paying for the force in Cyprus, 14-0-1 with Pakistan abstaining, and
resolutions 832 (the observer mission in El Salvador) and 833 (the boundary between Iraq and
Kuwait) unanimously. On Monday 18 August 1947 the Soviet Union vetoed Transjordan's application
for membership, 9-1-1 with Poland abstaining. On Tuesday 18 October 1949 the Soviet Union vetoed
S/1408/Rev.1 on armaments, 8-2-1, and resolution 78, sending the proposals and records to the
General Assembly, passed 9-0-2 with the Soviet Union and the Ukrainian SSR abstaining.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_MINURSO = ("The Security Council on Monday renewed the mission in Western Sahara for a year. "
            "Resolution 2703 passed with 13 votes in favour and two abstentions, Russia and "
            "Mozambique. ")


def test_a_council_act_told_with_its_resolution_number_is_a_second_adoption():
    text = _MINURSO + ("At the same meeting the Council widened the tasks of the verification "
                       "mission in Colombia in resolution 2704, which Britain drafted. It passed "
                       "15 to 0.")
    events = _sc(text, "2023-10-31")
    assert [(e.resolution, e.outcome) for e in events] == [("2703", "adopted"),
                                                            ("2704", "adopted")]
    assert events[1].sponsors == ["GBR"]
    assert events[1].yes == 15
    assert "GBR" not in events[0].sponsors


def test_a_second_act_by_resolution_number_keeps_its_also_british_sponsor():
    text = ("Valletta, 4 December 2023. On Friday the Council closed the UN political mission in "
            "Sudan. Resolution 2715, drafted by the United Kingdom, was adopted by fourteen votes "
            "to none, Russia abstaining. The same day the Council lifted the arms embargo on the "
            "Somali government by resolution 2714, also a British text. That vote was unanimous.")
    events = _sc(text, "2023-12-04")
    assert [e.resolution for e in events] == ["2715", "2714"]
    assert events[1].sponsors == ["GBR"]
    assert events[1].date == events[0].date == "2023-12-01"


def test_a_resolution_the_council_only_recalled_is_not_adopted_again():
    text = _MINURSO + ("The Council recalled the call for talks it made in resolution 2654 a year "
                       "ago.")
    events = _sc(text, "2023-10-31")
    assert [e.resolution for e in events] == ["2703"]


def test_votes_a_delegation_had_to_cast_are_not_a_count_in_favour():
    text = ("Mindelo, 13 May 1993. Cabo Verde sits on the Security Council this year, and its "
            "delegation had two votes to cast on Tuesday. First, Russia vetoed a draft on paying "
            "for the force in Cyprus, S/25693; the other fourteen members voted for it. Then the "
            "Council adopted resolution 825 on North Korea by 13 votes to none, with China and "
            "Pakistan abstaining.")
    events = _sc(text, "1993-05-13")
    assert [(e.draft, e.resolution) for e in events] == [("S/25693", None), (None, "825")]
    assert all(e.yes != 2 for e in events)
    assert events[0].vetoed_by == ["RUS"]


def test_a_member_away_from_the_vote_as_on_earlier_texts_is_still_away_from_this_one():
    text = ("UNITED NATIONS, Dec. 15 - The Security Council today endorsed a peace conference on "
            "the Middle East in resolution 344, by 10 votes to none with four abstentions. China "
            "took no part in the vote, as it has done on several texts about the region since "
            "October.")
    event = _sc(text, "1973-12-15")[0]
    assert event.to_dict()["votes"].get("CHN") == "absent"
    assert (event.yes, event.no, event.abstain) == (10, 0, 4)


def test_only_their_two_votes_is_a_count_in_favour_that_leaves_the_other_nine():
    text = ("LAKE SUCCESS, Aug. 6 - In the Security Council today a text which the Soviet and "
            "Polish delegates backed obtained only their two votes. Nobody voted against it, but "
            "the other nine -- the United States, Britain, France, China, Australia, Belgium, "
            "Brazil, Colombia and Syria -- all abstained, so it failed.")
    event = _sc(text, "1947-08-06")[0]
    assert (event.outcome, event.yes, event.no, event.abstain) == ("failed", 2, 0, 9)
    assert sum(vote == "abstain" for vote in event.votes.values()) == 9


def test_a_cable_in_capitals_wrapped_mid_sentence_keeps_its_list_of_voters_whole():
    text = ("UNITED NATIONS, JULY 28 - THE SECURITY COUNCIL TODAY CONDEMNED PORTUGAL FOR THE RAID\n"
            "ON LOTE. RESOLUTION 268 WAS ADOPTED BY ELEVEN VOTES TO NONE, WITH FOUR\n"
            "ABSTENTIONS. BRITAIN, THE UNITED STATES, FRANCE AND SPAIN ABSTAINED.\n"
            "ZAMBIA, WHICH SITS ON THE COUNCIL, VOTED YES, AS\n"
            "DID THE SOVIET UNION,\n"
            "HUNGARY, ALGERIA, PAKISTAN, NEPAL AND\n"
            "SENEGAL.\n"
            "MORE\n")
    event = _sc(text, "1969-07-28")[0]
    yes = {code for code, vote in event.votes.items() if vote == "yes"}
    assert yes == {"ZMB", "SUN", "HUN", "DZA", "PAK", "NPL", "SEN"}


def test_a_numbered_paragraph_wrapped_inside_a_name_is_one_paragraph():
    text = ("1. On Saturday, April 21, the Security Council adopted resolution 332 on the attacks "
            "on Lebanon\nby eleven votes to none, with four abstentions.\n\n"
            "2. Those abstaining were the Republic of Guinea, the People's Republic of China, "
            "the Union of\nSoviet Socialist Republics and the United States of America, the last "
            "for reasons of\nits own.\n")
    event = _sc(text, "1973-04-23")[0]
    abstain = {code for code, vote in event.votes.items() if vote == "abstain"}
    assert abstain == {"GIN", "CHN", "SUN", "USA"}


_WINDHOEK = ("Windhoek, Wednesday 20 November 1985. Last Friday, 15 November, the Security Council "
             "voted on sanctions against South Africa, S/17633. Twelve members voted in favour; "
             "the United States and the United Kingdom voted against, and their votes were "
             "vetoes.\n\n")


def test_a_day_that_opens_the_councils_act_dates_the_vote_told_next_however_old():
    text = _WINDHOEK + ("On 4 October the Council condemned the Israeli bombing of the PLO "
                        "headquarters near Tunis. The resolution (573) was adopted by 14 votes, "
                        "with the United States abstaining.")
    events = _sc(text, "1985-11-20")
    assert [(e.draft, e.resolution, e.date) for e in events] == [
        ("S/17633", None, "1985-11-15"), (None, "573", "1985-10-04")]


def test_the_day_of_something_else_long_before_does_not_date_the_vote():
    text = _WINDHOEK + ("The raid of 1 October on the PLO headquarters near Tunis was condemned "
                        "by the Council. The resolution (573) was adopted by 14 votes, with the "
                        "United States abstaining.")
    events = _sc(text, "1985-11-20")
    assert events[-1].resolution == "573"
    assert events[-1].date != "1985-10-01"


_SOFIA = ("Sofia, 17 September 2003. Yesterday Bulgaria abstained in the Security Council on "
          "draft resolution S/2003/891, tabled by Syria and Sudan. It received 11 votes in "
          "favour, 1 against and 3 abstentions, and fell to the negative vote of the United "
          "States. ")


def test_co_sponsors_who_joined_the_subject_are_drafters_with_it():
    text = _SOFIA + ("The Ministry recalls that on 14 August Bulgaria, together with Angola, "
                     "Cameroon, Chile, Guinea, Spain, the United Kingdom and the United States, "
                     "co-sponsored resolution 1500, by which the Council set up the UN mission in "
                     "Iraq. That resolution was adopted by 14 votes, with Syria abstaining.")
    vetoed, adopted = _sc(text, "2003-09-17")
    assert adopted.resolution == "1500" and adopted.date == "2003-08-14"
    assert set(adopted.sponsors) == {"BGR", "AGO", "CMR", "CHL", "GIN", "ESP", "GBR", "USA"}
    assert set(vetoed.sponsors) == {"SYR", "SDN"}


def test_an_aside_before_the_drafting_verb_still_names_the_drafter():
    text = ("The resolution, 1461, was adopted unanimously by the Security Council yesterday. "
            "France, which usually holds the pen on Lebanon, drafted it.")
    assert _sc(text, "2003-01-31")[0].sponsors == ["FRA"]


_BARCELONA = ("PRESENTER: Abroad. The Security Council in New York adopted three resolutions "
              "yesterday.\n\n")


def test_a_scripts_speaker_tag_does_not_hide_the_number_of_the_first_text():
    text = _BARCELONA + ("CORRESPONDENT (from the telex): The first resolution, number 831, "
                         "changes how the force in Cyprus is paid for. The vote was fourteen in "
                         "favour, none against, and one abstention -- Pakistan.")
    event = _sc(text, "1993-05-28")[0]
    assert (event.resolution, event.yes, event.abstain) == ("831", 14, 1)


def test_the_other_two_are_numbered_in_the_order_the_sentence_lists_them():
    text = _BARCELONA + ("The first resolution, number 831, changes how the force in Cyprus is "
                         "paid for; it passed 14-0-1, Pakistan abstaining.\n\n"
                         "The other two resolutions passed unanimously, fifteen votes to none: "
                         "resolution 832, which enlarges the observer mission in El Salvador, "
                         "and resolution 833, on the boundary between Iraq and Kuwait. Pakistan "
                         "voted for both.")
    events = _sc(text, "1993-05-28")
    assert [(e.resolution, e.yes) for e in events] == [("831", 14), ("832", 15), ("833", 15)]


def test_a_correspondents_telegram_quoted_as_follows_is_the_report():
    text = ("Muharraq, Wednesday, 20th August, 1947.\n\nAgents ask what became of Transjordan's "
            "request to join the United Nations, which the Security Council took up on Monday. "
            "Our correspondent's telegram "
            "reads as follows:\n\n\"TRANSJORDAN APPLICATION RECEIVED NINE VOTES IN FAVOUR ONE "
            "AGAINST ONE ABSTENTION. SOVIET UNION VOTED AGAINST WHICH AS PERMANENT MEMBER IS "
            "VETO. POLAND ABSTAINED.\"")
    event = _sc(text, "1947-08-20")[0]
    assert (event.outcome, event.yes, event.no, event.abstain) == ("vetoed", 9, 1, 1)
    assert event.vetoed_by == ["SUN"]


_BAHIA_BLANCA = ("Bahia Blanca, Thursday 20 October 1949.\n\n1. WAGES. The branch committee met "
                 "the management on Monday. No agreement.\n\n2. THE WORLD. Here is what "
                 "happened at the Security Council in New York on Tuesday, 18 October.\n\n")


def test_another_bodys_meeting_in_the_lead_does_not_date_the_councils_votes():
    text = _BAHIA_BLANCA + ("(a) Draft resolution S/1408/Rev.1 received eight votes in favour and "
                            "two against, those of the Soviet Union and the Ukrainian SSR. "
                            "Because the Soviet Union is a permanent member, the draft was not "
                            "adopted.")
    event = _sc(text, "1949-10-20")[0]
    assert (event.draft, event.date) == ("S/1408/Rev.1", "1949-10-18")


def test_a_council_text_sending_things_to_the_assembly_is_the_councils_vote():
    text = _BAHIA_BLANCA + ("A text to send the proposals and the records of the discussion to "
                            "the General Assembly was approved by nine votes to none, the Soviet "
                            "and Ukrainian delegations abstaining. It is now resolution 78.")
    events = [e for e in extract(text, published="1949-10-20")]
    assert [(e.body, e.resolution, e.yes, e.abstain) for e in events] == [("SC", "78", 9, 2)]
