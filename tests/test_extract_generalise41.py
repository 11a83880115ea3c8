"""Generalisation checks from the twentieth session: the blind sets heldout114 to heldout118
read again after they were scored.

Facts are Sciences Po's, sponsors Voting-Agent's "Submitted by". On Sunday 4 November 1956 the
Soviet Union vetoed the American draft S/3730/Rev.1 on Hungary, 9-1-0, Yugoslavia not voting;
Britain, France and the United States had asked for the meeting, and Australia, Belgium, China,
Cuba, Iran and Peru also voted for the draft. On Tuesday 27 June 1950 resolution 83 on Korea
passed 7-1-0, Yugoslavia against, Egypt and India not voting, the Soviet Union absent; the
Yugoslav draft S/1509 failed 1-7-0 the same day, Egypt and India again not voting. On
Thursday 30 April 1981 France, Britain and the United States voted against four drafts on
Namibia (S/14459, S/14460/Rev.1, S/14461 and S/14462), each a veto: S/14459 failed 9-3-3,
Japan, Ireland and Spain abstaining, and S/14461 11-3-1, Japan abstaining. Resolution 1970 on Libya
passed 15-0 on Saturday 26 February 2011. On Friday 25 February 2022 Russia vetoed draft
S/2022/155 on Ukraine, 11-1-3, China, India and the United Arab Emirates abstaining; on Sunday
27 February resolution 2623 called an emergency session of the General Assembly by the same
count. Resolution 85 on relief for Korea passed 9-0-1 on Monday 31 July 1950, Yugoslavia
abstaining, the Soviet Union absent. Resolution 1973 on Libya passed 10-0-5 on Thursday 17
March 2011; Lebanon, Bosnia and Herzegovina, Colombia, Gabon, Nigeria, Portugal and South Africa
voted for it with Britain, France and the United States. On Tuesday 12 September 1950 the
Soviet Union vetoed the American draft S/1752 on the bombing of Manchuria, 7-1-2; its own draft
S/1745/Rev.1 failed 1-8-1, Yugoslavia abstaining. Resolution 2728 on Gaza passed 14-0-1 on
Monday 25 March 2024, the United States abstaining; the ten elected members of 2024 drafted it.

From heldout117: on Saturday 23 December 1989 France, Britain and the United States vetoed draft
S/21048 on the invasion of Panama, 10-4-1, Canada also against, Finland abstaining. On Wednesday
12 April 2017 Russia vetoed draft S/2017/315 on the chemical attack in Syria, 10-2-3, Bolivia
also against, China, Ethiopia and Kazakhstan abstaining.

From heldout118: resolution 502 on the Falklands passed 10-1-4 on Saturday 3 April 1982, Panama
against, the Soviet Union, China, Poland and Spain abstaining. On Tuesday 4 October 2011 Russia
and China vetoed draft S/2011/612 on Syria, 9-2-4, Brazil, India, South Africa and Lebanon
abstaining. Resolution 242 on the Middle East passed 15-0 on Wednesday 22 November 1967. On
Friday 30 September 2022 Russia vetoed draft S/2022/720 on the referendums in four
Ukrainian regions, 10-1-4, China, India, Brazil and Gabon abstaining. On Tuesday 17 March 1970
Britain and the United States vetoed draft S/9696 on Rhodesia, 9-2-4. On Friday 17 November 2017
Russia vetoed draft S/2017/970 extending the chemical weapons inquiry in Syria, 12-2-1, Bolivia
also against, China abstaining.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_an_answer_spells_out_a_group_between_dashes_and_adds_members_with_them():
    [ev] = _sc(
        "EVENING REPORT -- Monday 5 November 1956\n\n"
        "ANCHOR: Overnight the Soviet Union vetoed a Security Council draft on Hungary, nine "
        "votes to one. Who voted for it?\n\n"
        "REPORTER: The three governments that had called the meeting -- Britain, France and the "
        "United States -- and with them Australia, Belgium, Cuba, Iran and Peru.", "1956-11-05")
    assert ev.outcome == "vetoed" and ev.vetoed_by == ["SUN"]
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GBR", "FRA", "USA", "AUS", "BEL", "CUB", "IRN", "PER"}


_KOREA_27_JUNE = (
    "LAKE SUCCESS, June 28 -- The Security Council last night voted 7 to 1 to recommend that "
    "members help the Republic of Korea repel the armed attack. Yugoslavia voted against, and "
    "Egypt and India did not vote. The Soviet Union was not in the chamber.\n\n"
    "The Council also threw out a Yugoslav draft calling for mediation. It got one vote, seven "
    "members voted against it, and Egypt and India again did not vote.\n\n"
    "Among the seven who backed the main resolution were the United States, Britain, France "
    "and Norway.")


def test_the_council_also_threw_out_a_second_text_the_same_night():
    main, rival = _sc(_KOREA_27_JUNE, "1950-06-28")
    assert (main.outcome, main.yes, main.no) == ("adopted", 7, 1)
    assert (rival.outcome, rival.yes, rival.no) == ("failed", 1, 7)
    assert main.date == rival.date == "1950-06-27"


def test_a_member_not_in_the_chamber_was_absent_from_every_vote_of_the_sitting():
    main, rival = _sc(_KOREA_27_JUNE, "1950-06-28")
    assert main.votes["SUN"] == "absent"
    assert rival.votes["SUN"] == "absent"
    assert rival.votes["EGY"] == rival.votes["IND"] == "not_participating"


def test_the_main_resolution_is_the_text_told_first_not_the_rival():
    main, rival = _sc(_KOREA_27_JUNE, "1950-06-28")
    assert {c for c, v in main.votes.items() if v == "yes"} == {"USA", "GBR", "FRA", "NOR"}
    assert "yes" not in rival.votes.values()


def test_each_of_four_texts_was_voted_down_by_the_members_named():
    evs = _sc(
        "UNITED NATIONS, May 1 -- African states put four draft resolutions on Namibia to the "
        "Security Council yesterday, calling for sanctions against South Africa. Each was "
        "voted down by the United States, Britain and France, the three Western permanent "
        "members.", "1981-05-01")
    assert len(evs) == 4
    for ev in evs:
        assert ev.date == "1981-04-30" and ev.outcome == "vetoed"
        assert sorted(ev.vetoed_by) == ["FRA", "GBR", "USA"]


def test_what_an_adopted_text_also_imposed_is_the_same_text():
    [ev] = _sc(
        "Brief No. 4 -- 28 February 2011\n\n"
        "On Saturday night the UN Security Council adopted resolution 1970, referring the "
        "situation in Libya to the International Criminal Court. It also imposed an arms "
        "embargo and a travel ban on Colonel Qadhafi's family.\n\n"
        "The vote\n\n"
        "The resolution passed with fifteen votes in favour and none against.", "2011-02-28")
    assert (ev.resolution, ev.date, ev.yes, ev.no) == ("1970", "2011-02-26", 15, 0)


def test_a_lead_sums_up_two_texts_and_a_vetoed_draft_is_not_the_resolution_adopted_later():
    veto, adopted = _sc(
        "COUNCIL NOTES -- Tuesday 1 March 2022\n\n"
        "In the space of three days the Council went from another failed text to its first "
        "call for an emergency session of the Assembly since the war began in February.\n\n"
        "On Friday the Council voted on a draft, S/2022/155, deploring the invasion of "
        "Ukraine. It received 11 votes in favour. Russia voted against, and China, India and "
        "the United Arab Emirates abstained.\n\n"
        "On Sunday it adopted resolution 2623 by the same count.", "2022-03-01")
    assert (veto.draft, veto.date, veto.vetoed_by, veto.yes) == (
        "S/2022/155", "2022-02-25", ["RUS"], 11)
    assert (adopted.resolution, adopted.date, adopted.outcome) == ("2623", "2022-02-27", "adopted")


def test_a_member_that_stayed_away_was_absent_and_whether_absence_is_a_veto_is_no_vote():
    [ev] = _sc(
        "LAKE SUCCESS, Aug. 1 -- The Security Council voted 9 to 0 yesterday to ask the "
        "unified command to take charge of relief for the Korean people. Yugoslavia abstained. "
        "The Soviet Union again stayed away.\n\n"
        "Lawyers in the lobby argued over whether a permanent member that chooses not to "
        "attend can later say that its absence was a veto.", "1950-08-01")
    assert (ev.date, ev.outcome, ev.yes, ev.no) == ("1950-07-31", "adopted", 9, 0)
    assert ev.votes == {"YUG": "abstain", "SUN": "absent"}


def test_members_that_made_up_the_rest_of_the_yes_votes_voted_yes():
    [ev] = _sc(
        "UNITED NATIONS, March 18 -- The Security Council last night passed resolution 1973 on "
        "Libya by 10 votes to 0, with five abstentions. Britain, France and the United States "
        "led the way; Lebanon, Bosnia and Herzegovina, Colombia, Gabon, Nigeria, Portugal and "
        "South Africa made up the rest of the yes votes.", "2011-03-18")
    assert (ev.resolution, ev.date, ev.yes, ev.abstain) == ("1973", "2011-03-17", 10, 5)
    assert {c for c, v in ev.votes.items() if v == "yes"} >= {
        "LBN", "BIH", "COL", "GAB", "NGA", "PRT", "ZAF"}


def test_abstentions_this_time_those_of_named_members():
    first, second = _sc(
        "UNITED NATIONS, May 1 -- France, Britain and the United States yesterday vetoed a "
        "draft on Namibia, S/14459, by nine votes to three, with Japan, Ireland and Spain "
        "abstaining. A second draft, S/14461, fell by eleven votes to three with one "
        "abstention, this time that of Japan.", "1981-05-01")
    assert first.draft == "S/14459" and first.votes["IRL"] == "abstain"
    assert second.draft == "S/14461" and (second.yes, second.abstain) == (11, 1)
    assert second.votes.get("JPN") == "abstain"


def test_the_single_vote_a_text_got_was_that_of_its_author():
    veto, soviet = _sc(
        "LAKE SUCCESS, Sept. 13 -- The Soviet Union vetoed an American draft on the bombing of "
        "Manchuria in the Security Council last night, seven votes to one. A Soviet draft "
        "condemning the raids then went down. It got a single vote, that of its author; eight "
        "members voted against it and Yugoslavia abstained.", "1950-09-13")
    assert veto.vetoed_by == ["SUN"] and soviet.sponsors == ["SUN"]
    assert soviet.votes == {"SUN": "yes", "YUG": "abstain"}


def test_a_text_put_together_by_its_ten_elected_members():
    [ev] = _sc(
        "UNITED NATIONS, March 26 -- The Security Council on Monday adopted resolution 2728, "
        "a text put together by its ten elected members, demanding a ceasefire in Gaza for "
        "Ramadan. It passed 14-0, with the United States abstaining.", "2024-03-26")
    assert (ev.resolution, ev.date, ev.yes, ev.abstain) == ("2728", "2024-03-25", 14, 1)
    assert set(ev.sponsors) == {
        "DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"}


def test_three_members_teamed_up_to_shoot_down_a_draft_on_last_weeks_invasion():
    [ev] = _sc(
        "THE EVENING STAR -- SUNDAY, DECEMBER 24, 1989\n\n"
        "UNITED NATIONS -- Washington had some help from its friends yesterday.\n\n"
        "The United States, Britain and France teamed up at the UN Security Council to shoot "
        "down a draft that would have deplored last week's invasion of Panama. The vote was 10 "
        "in favour and 4 against, with one abstention.", "1989-12-24")
    assert (ev.date, ev.outcome, ev.yes, ev.no) == ("1989-12-23", "vetoed", 10, 4)
    assert sorted(ev.vetoed_by) == ["FRA", "GBR", "USA"]


def test_the_vote_was_yesterday_wednesday_in_new_york():
    [ev] = _sc(
        "MORNING REPORT -- Friday 14 April 2017, 06:00 (Wellington)\n\n"
        "HOST: Russia has vetoed a draft on the chemical attack in Syria. What happened?\n\n"
        "REPORTER: The vote was yesterday, Wednesday, here in New York. The draft got ten "
        "votes. Russia and Bolivia voted against, and China, Ethiopia and Kazakhstan "
        "abstained.", "2017-04-14")
    assert (ev.date, ev.vetoed_by, ev.yes, ev.no, ev.abstain) == ("2017-04-12", ["RUS"], 10, 2, 3)


def test_a_member_that_could_have_vetoed_abstained_along_with_others():
    [ev] = _sc(
        "LONDON, April 4 -- The Security Council last night demanded that Argentina withdraw "
        "its forces from the Falkland Islands, by ten votes to one, with Panama against. The "
        "Soviet Union, which could have killed the resolution with a veto, abstained -- along "
        "with China, Poland and Spain.", "1982-04-04")
    assert (ev.date, ev.outcome, ev.yes, ev.no) == ("1982-04-03", "adopted", 10, 1)
    assert {c for c, v in ev.votes.items() if v == "abstain"} == {"SUN", "CHN", "POL", "ESP"}


def test_the_abstainers_named_after_a_colon():
    [ev] = _sc(
        "Live: the Security Council votes on Syria -- Tuesday 4 October 2011\n\n"
        "18:31 EDT\nVetoed. Russia and China have both voted no. Nine votes in favour, two "
        "against, four abstentions.\n\n"
        "18:34 EDT\nThe abstainers: Brazil, India, South Africa and Lebanon.", "2011-10-04")
    assert ev.vetoed_by == ["CHN", "RUS"] and ev.abstain == 4
    assert {c for c, v in ev.votes.items() if v == "abstain"} == {"BRA", "IND", "ZAF", "LBN"}


def test_who_else_voted_for_it_is_answered_besides_the_members_already_named():
    [ev] = _sc(
        "Explainer -- Friday 18 March 2011\n\n"
        "Q. What did the Security Council decide last night?\n"
        "A. It adopted resolution 1973 on Libya, with ten votes in favour, none against and five "
        "abstentions. Britain and France led the drafting.\n\n"
        "Q. Who else voted for it?\n"
        "A. Besides Britain and France, the United States, Lebanon, Colombia, Gabon, Nigeria, "
        "Portugal, South Africa and Bosnia and Herzegovina.", "2011-03-18")
    assert (ev.resolution, ev.date, ev.yes) == ("1973", "2011-03-17", 10)
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "GBR", "FRA", "USA", "LBN", "COL", "GAB", "NGA", "PRT", "ZAF", "BIH"}


def test_an_abstention_on_the_february_draft_is_another_vote():
    [ev] = _sc(
        "UNITED NATIONS, Oct. 1 -- Russia on Friday vetoed a Security Council draft declaring "
        "its referendums in four Ukrainian regions invalid, by ten votes to one with four "
        "abstentions. China, India, Brazil and Gabon abstained. The United Arab Emirates "
        "abstained on the February draft.", "2022-10-01")
    assert ev.vetoed_by == ["RUS"] and ev.date == "2022-09-30"
    assert {c for c, v in ev.votes.items() if v == "abstain"} == {"CHN", "IND", "BRA", "GAB"}


def test_a_text_that_would_otherwise_have_been_adopted_is_no_vote_of_its_own():
    [ev] = _sc(
        "UNITED NATIONS, March 17 -- Britain and the United States today vetoed a Security "
        "Council draft on Rhodesia, S/9696, which won nine votes with four abstentions. For "
        "Washington, which until today had never voted no on a resolution that would "
        "otherwise have been adopted, the decision marks a break with the past.", "1970-03-17")
    assert ev.draft == "S/9696" and sorted(ev.vetoed_by) == ["GBR", "USA"]


def test_a_resolution_number_read_out_digit_by_digit_is_no_tally():
    [ev] = _sc(
        "NEWS AT SEVEN -- THURSDAY 23 NOVEMBER 1967\n\n"
        "CORRESPONDENT: In the Security Council last night all fifteen members voted for the "
        "British text, which becomes resolution two-four-two.", "1967-11-23")
    assert (ev.resolution, ev.date, ev.yes, ev.no) == ("242", "1967-11-22", 15, 0)


def test_members_against_and_another_abstaining_after_a_count_in_favour():
    [ev] = _sc(
        "UNITED NATIONS, Nov. 18 -- A short text extending the chemical weapons inquiry in "
        "Syria by thirty days failed in the Security Council last night. It drew 12 votes in "
        "favour, with Russia and Bolivia against and China abstaining.", "2017-11-18")
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("2017-11-17", "vetoed", ["RUS"])
    assert ev.votes == {"RUS": "no", "BOL": "no", "CHN": "abstain"}


def test_members_joined_another_in_supporting_the_american_text():
    [ev] = _sc(
        "NEW YORK, Nov. 5 -- The Soviet Union last night vetoed the American draft on Hungary "
        "in the Security Council by nine votes to one; Yugoslavia did not vote. Australia, "
        "Belgium, China, Cuba, Iran and Peru joined Britain and France in supporting the "
        "American text.", "1956-11-05")
    assert ev.vetoed_by == ["SUN"] and ev.votes["YUG"] == "not_participating"
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "AUS", "BEL", "TWN", "CUB", "IRN", "PER", "GBR", "FRA"}
