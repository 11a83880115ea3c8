"""Generalisation checks from the twenty-fifth session, second round: the blind set heldout159,
read again after it was scored.

Facts are Sciences Po's. On Monday 11 August 1975 the United States vetoed the applications of
the two Viet-Nams (S/11795, S/11796), each 13-1-1, Costa Rica abstaining and Sweden, Japan,
Britain, France, the Soviet Union and China voting for both. On Monday 31 August 1981 the United
States vetoed S/14664/Rev.2 on Angola, 13-1-1, Britain abstaining; France, Japan, Spain, Ireland,
Panama, East Germany, the Soviet Union and China voted for it. On Friday 20 February 1987
Britain and the United States vetoed S/18705 on sanctions against South Africa, 10-3-2, West
Germany also voting no and France and Japan abstaining. On Thursday 19 September 2019 Russia and
China vetoed S/2019/756 on Idlib, 12-2-1, Equatorial Guinea abstaining, and the rival S/2019/757
failed 2-9-4: Russia and China for it; the United States, Britain, France, Germany, Belgium,
Kuwait, Poland, Peru and the Dominican Republic against; South Africa, Indonesia, Côte d'Ivoire
and Equatorial Guinea abstaining.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_each_application_with_its_two_symbols_and_a_veto_cast_twice():
    evs = _sc(
        "LETTERS -- Friday, 15 August 1975\n\n"
        "Sir, -- The two American vetoes cast in the Security Council on Monday, against the "
        "admission of the two Viet-Nams, will do Washington no credit. Each application "
        "(documents S/11795 and S/11796) was supported by thirteen of the fifteen members. Only "
        "Costa Rica abstained. The United States cast the single vote against, twice.",
        "1975-08-15")
    assert [(e.draft, e.date, e.outcome, e.yes, e.no, e.abstain, e.vetoed_by) for e in evs] == [
        ("S/11795", "1975-08-11", "vetoed", 13, 1, 1, ["USA"]),
        ("S/11796", "1975-08-11", "vetoed", 13, 1, 1, ["USA"])]


def test_voted_for_both_applications_on_monday_as_did():
    evs = _sc(
        "LETTERS -- Friday, 15 August 1975\n\n"
        "Sir, -- Each application (documents S/11795 and S/11796) was supported by thirteen of "
        "the fifteen members in the Security Council. Sweden voted for both applications on "
        "Monday, as did Japan, Britain and France.", "1975-08-15")
    assert len(evs) == 2
    for e in evs:
        assert e.votes == {"FRA": "yes", "GBR": "yes", "JPN": "yes", "SWE": "yes"}


def test_a_cable_printed_later_speaks_from_its_date_time_group_and_incl_lists_voters():
    (ev,) = _sc(
        "CORRIDOR -- a fortnightly letter, Friday, 11 September 1981\n\n"
        "Below is a telegram a mission in New York sent home after the Security Council vote "
        "on Angola.\n\n"
        "FM UN NEW YORK 011420Z SEP 81\nTO MINISTRY PRIORITY\n\n"
        "1. Council met late yesterday (Monday) and voted on draft S/14664/Rev.2. Result "
        "13-1-1. US voted no, which constitutes a veto. UK abstained.\n\n"
        "2. All other members voted in favour, incl. France, Japan, Spain, Ireland and Panama.",
        "1981-09-11")
    assert (ev.date, ev.draft, ev.vetoed_by) == ("1981-08-31", "S/14664/Rev.2", ["USA"])
    assert ev.votes == {"ESP": "yes", "FRA": "yes", "IRL": "yes", "JPN": "yes", "PAN": "yes",
                        "USA": "no", "GBR": "abstain"}


def test_a_side_counted_and_then_named_past_an_aside():
    (ev,) = _sc(
        "On Friday, in the Security Council, Britain and the United States vetoed a draft on "
        "sanctions against South Africa: ten in favour, three against, two abstentions. The "
        "three against, one member reminded the House, were Britain, America and West "
        "Germany. The two who abstained, another added, were France and Japan.", "1987-02-24")
    assert (ev.date, ev.yes, ev.no, ev.abstain) == ("1987-02-20", 10, 3, 2)
    assert ev.votes == {"DEU": "no", "GBR": "no", "USA": "no", "FRA": "abstain",
                        "JPN": "abstain"}


def test_the_nine_noes_on_the_rival_text_and_a_both_that_belongs_to_one_member():
    evs = _sc(
        "THE FIFTEEN -- podcast transcript, released Friday, 20 September 2019\n\n"
        "TOMAS: First up in the Security Council was the draft S/2019/756. Twelve in favour, "
        "two against -- Russia and China -- and one abstention, Equatorial Guinea.\n\n"
        "NADIA: Then came the rival text, S/2019/757. Two votes in favour -- Russia and China. "
        "Nine against. And four abstentions.\n\n"
        "TOMAS: Who were the four?\n\n"
        "NADIA: South Africa, Indonesia, Côte d'Ivoire and Equatorial Guinea, which makes "
        "Equatorial Guinea the only country that abstained on both.\n\n"
        "TOMAS: And the nine noes on the rival text: the US, the UK, France, Germany, Belgium, "
        "Kuwait, Poland, Peru and the Dominican Republic.", "2019-09-20")
    assert [(e.draft, e.yes, e.no, e.abstain) for e in evs] == [
        ("S/2019/756", 12, 2, 1), ("S/2019/757", 2, 9, 4)]
    assert evs[0].votes == {"CHN": "no", "RUS": "no", "GNQ": "abstain"}
    assert {c for c, v in evs[1].votes.items() if v == "no"} == {
        "BEL", "DEU", "DOM", "FRA", "GBR", "KWT", "PER", "POL", "USA"}
    assert {c for c, v in evs[1].votes.items() if v == "abstain"} == {"CIV", "GNQ", "IDN", "ZAF"}


def test_a_relative_clause_about_the_whole_list_keeps_its_both():
    evs = _sc(
        "NEW YORK, Sept. 13 -- The Security Council today adopted two resolutions on Jamaica "
        "(resolution 174) and Trinidad and Tobago (resolution 175), each unanimously. The "
        "Soviet Union and Rumania, which had both been expected to abstain, voted for both.",
        "1962-09-14")
    assert len(evs) == 2
    for e in evs:
        assert e.votes.get("SUN") == "yes" and e.votes.get("ROU") == "yes"


# Facts (Sciences Po): on Sunday 4 November 1956 the Soviet Union vetoed the American draft
# S/3730/Rev.1 on Hungary, 9-1, Yugoslavia not voting; the United States, Britain, France,
# Nationalist China, Australia, Belgium, Cuba, Iran and Peru voted for it. On Tuesday 17 March
# 1970 Britain and the United States vetoed S/9696 on Southern Rhodesia, 9-2-4; the Soviet Union,
# Poland, Spain, Zambia and Sierra Leone voted for it and France, Finland, Colombia and Nicaragua
# abstained. On Saturday 3 April 1982 resolution 502 passed 10-1-4, Panama against and the
# Soviet Union, China, Poland and Spain abstaining.


def test_vetoes_cast_in_sessions_the_story_has_put_behind_it_are_background():
    (ev,) = _sc(
        "UNITED NATIONS, N.Y., Nov. 4 -- The Soviet Union early today vetoed an American "
        "resolution in the Security Council on Hungary, S/3730/Rev.1. The count was nine to "
        "one. Voting with the United States were Britain, France, Nationalist China, Australia, "
        "Belgium, Cuba, Iran and Peru. Delegates had barely finished a week of Middle East "
        "sessions in which London and Paris cast vetoes of their own.", "1956-11-04")
    assert (ev.outcome, ev.yes, ev.no, ev.vetoed_by) == ("vetoed", 9, 1, ["SUN"])
    assert ev.votes["GBR"] == ev.votes["FRA"] == "yes"


def test_what_a_failed_text_would_have_done_after_a_comma_and_is_no_adoption():
    (ev,) = _sc(
        "On Tuesday the African and Asian members put their own text on Rhodesia to the vote "
        "in the Security Council. It would have condemned Britain for refusing to use force, "
        "and extended sanctions to Portugal and South Africa. It got nine votes, including "
        "those of the Soviet Union, Poland, Spain, Zambia and Sierra Leone. Britain and the "
        "United States voted against, and France, Finland, Colombia and Nicaragua abstained.",
        "1970-03-20")
    assert (ev.date, ev.outcome, ev.yes, ev.no, ev.abstain) == ("1970-03-17", "vetoed", 9, 2, 4)
    assert ev.vetoed_by == ["GBR", "USA"]


def test_a_relative_could_have_does_not_make_the_main_verb_hypothetical():
    (ev,) = _sc(
        "The Security Council voted on Saturday night to demand an Argentine withdrawal from "
        "the Falklands: ten in favour, one against and four abstentions. The Soviet Union, "
        "which could have killed the whole thing with a veto, sat on its hands and abstained -- "
        "along with China, Poland and Spain.", "1982-04-05")
    assert {c for c, v in ev.votes.items() if v == "abstain"} == {"CHN", "ESP", "POL", "SUN"}


# Facts (Sciences Po): on Tuesday 23 November 1965 resolution 218 on the Portuguese territories
# passed 7-0-4, Britain, the United States, France and the Netherlands abstaining and the Ivory
# Coast, Jordan, Malaysia, Bolivia, Uruguay, the Soviet Union and Nationalist China voting for
# it. On Tuesday 20 February 2024 the United States vetoed Algeria's S/2024/173 on Gaza, 13-1-1,
# Britain abstaining. On Friday 10 January 1997 China vetoed S/1997/18 on observers for
# Guatemala, 14-1-0; Chile, Costa Rica, Portugal, Sweden, Japan, Russia, France and Britain voted
# for it. On Thursday 22 May 2014 Russia and China vetoed France's S/2014/348 referring Syria to
# the International Criminal Court, 13-2-0.


def test_an_answer_goes_on_past_its_semicolons_and_holland_is_the_netherlands():
    (ev,) = _sc(
        "On Tuesday the Security Council adopted Resolution 218 on the Portuguese territories by "
        "seven votes to none. Britain abstained. So did the United States, France and Holland. "
        "Who voted for? The Ivory Coast, Jordan and Malaysia, which spoke for the African and "
        "Asian members; Bolivia and Uruguay; the Soviet Union; and Nationalist China.",
        "1965-11-26")
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "BOL", "CIV", "JOR", "MYS", "SUN", "TWN", "URY"}
    assert {c for c, v in ev.votes.items() if v == "abstain"} == {"FRA", "GBR", "NLD", "USA"}


def test_n_of_the_15_countries_on_the_council_is_a_count():
    (ev,) = _sc(
        "The Security Council voted on Tuesday on Algeria's draft resolution, S/2024/173, "
        "demanding a ceasefire in Gaza. Thirteen of the 15 countries on the Council voted for "
        "it. Only one voted against: the United States. The United Kingdom abstained.",
        "2024-02-23")
    assert (ev.outcome, ev.yes, ev.no, ev.abstain, ev.vetoed_by) == (
        "vetoed", 13, 1, 1, ["USA"])


def test_voted_for_the_observers_among_them():
    (ev,) = _sc(
        "NEW YORK -- China yesterday vetoed draft resolution S/1997/18, which would have sent "
        "military observers to Guatemala. It received fourteen votes in favour and one against. "
        "All the other members voted for the observers, among them Chile, Costa Rica and "
        "Sweden.", "1997-01-11")
    assert ev.vetoed_by == ["CHN"]
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"CHL", "CRI", "SWE"}


def test_that_s_a_double_veto_with_a_dash_after_it():
    (ev,) = _sc(
        "THE HORSESHOE -- podcast, published Friday 23 May 2014\n\n"
        "MAYA: Yesterday the Security Council voted on a French draft referring Syria to the "
        "International Criminal Court, S/2014/348. So that's a double veto -- and not the "
        "first.", "2014-05-23")
    assert (ev.date, ev.outcome) == ("2014-05-22", "vetoed")


def test_a_text_that_went_down():
    (ev,) = _sc(
        "THE HORSESHOE -- podcast, published Friday 23 May 2014\n\n"
        "MAYA: Yesterday the Security Council voted on a French draft referring Syria to the "
        "International Criminal Court, S/2014/348.\n\nTOM: And it went down.", "2014-05-23")
    assert (ev.date, ev.outcome) == ("2014-05-22", "failed")


# Facts (Sciences Po, Voting-Agent): on Saturday 8 October 2016 Russia's S/2016/847 on Aleppo
# failed 4-9-2 (Russia, China, Egypt and Venezuela for it), and S/2016/846, drafted by France and
# Spain, was vetoed by Russia, 11-2-2, Venezuela also voting no and China and Angola abstaining.


def test_a_text_other_members_drafted_after_one_counted_with_its_drafter():
    evs = _sc(
        "NEW YORK -- Yesterday the UN Security Council rejected two rival resolutions on "
        "Aleppo. Russia's draft, S/2016/847, gathered four votes: Russia's own, China's, Egypt's "
        "and Venezuela's. Nine members voted against and two abstained.\n\n"
        "The text that mattered more to us had been prepared by France and Spain. Eleven "
        "members supported it. Russia voted against, and Venezuela also voted no. The Spanish "
        "text -- document S/2016/846 -- thus fell to a Russian veto.", "2016-10-09")
    assert [(e.draft, e.outcome, e.yes, e.sponsors) for e in evs] == [
        ("S/2016/847", "failed", 4, ["RUS"]), ("S/2016/846", "vetoed", 11, ["FRA", "ESP"])]
    assert evs[1].vetoed_by == ["RUS"]


# Facts (Sciences Po): on Friday 18 February 2011 the United States vetoed S/2011/24 on Israeli
# settlements, 14-1-0; Britain, France, Germany, Russia, China, Brazil, India, South Africa,
# Bosnia and Herzegovina and Portugal voted for it.


def test_plus_goes_on_with_voters_named_before_their_verb_and_the_fifth_permanent_member_vetoed():
    (ev,) = _sc(
        "THE HORSESHOE TABLE -- podcast, published Monday, 21 February 2011\n\n"
        "DANA: Friday afternoon in New York, the Security Council votes on a draft on Israeli "
        "settlements, S/2011/24.\n"
        "MARCUS: Fourteen in favour. One against. No abstentions. Which means it's a veto, and "
        "the draft falls.\n"
        "DANA: Britain, France and Germany voted yes.\n"
        "MARCUS: Plus Russia and China, obviously, plus Brazil, India and South Africa.",
        "2011-02-21")
    assert (ev.date, ev.outcome, ev.yes, ev.no, ev.abstain) == ("2011-02-18", "vetoed", 14, 1, 0)
    # four permanent members named on the yes side: the fifth cast the veto
    assert ev.vetoed_by == ["USA"] and ev.votes["USA"] == "no"
    assert {c for c, v in ev.votes.items() if v == "yes"} == {
        "BRA", "CHN", "DEU", "FRA", "GBR", "IND", "RUS", "ZAF"}


def test_no_vetoer_is_guessed_while_two_permanent_members_go_unnamed():
    (ev,) = _sc(
        "Friday afternoon in New York, the Security Council voted on a draft on Israeli "
        "settlements, S/2011/24. Fourteen in favour, one against: it's a veto. Britain, France "
        "and Germany voted yes.", "2011-02-21")
    assert ev.outcome == "vetoed" and ev.vetoed_by == []


# Facts (Sciences Po): on Tuesday 16 September 2003 the United States vetoed S/2003/891 on
# Yasser Arafat, 11-1-3, Britain, Germany and Bulgaria abstaining. On Wednesday 21 March 1973 the
# United States vetoed S/10931/Rev.1 on the Panama Canal, 13-1-1, Britain abstaining.


def test_a_question_whether_it_passed_reports_no_outcome():
    (ev,) = _sc(
        "EXPLAINED -- Friday 19 September 2003\n\n"
        "What happened?\nOn Tuesday the UN Security Council voted on a draft resolution, "
        "S/2003/891, about Yasser Arafat. Eleven countries voted in favour. Only one country "
        "voted against -- the United States.\n\n"
        "So it passed 11 to 1?\nNo! The American \"no\" was a veto and the resolution was not "
        "adopted.", "2003-09-19")
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("2003-09-16", "vetoed", ["USA"])


def test_with_a_member_against_as_an_absolute_phrase():
    (ev,) = _sc(
        "[Editor's note: the draft, document S/10931/Rev.1, was put to the vote in the Security "
        "Council on Wednesday, March 21. It received 13 votes in favour, with the United States "
        "against and the United Kingdom abstaining.]", "1973-03-27")
    assert (ev.outcome, ev.yes, ev.vetoed_by) == ("vetoed", 13, ["USA"])
    assert ev.votes == {"USA": "no", "GBR": "abstain"}


# Facts (Sciences Po, Voting-Agent): on Wednesday 17 May 2006 resolution 1680 on Lebanon and
# Syria, drafted by the United States, France and Britain, passed 13-0-2, Russia and China
# abstaining; Argentina, Congo, Denmark, Ghana, Greece, Japan, Peru, Qatar, Slovakia and
# Tanzania voted for it.


def test_a_breakdown_in_sentences():
    (ev,) = _sc(
        "UNITED NATIONS, May 17, 2006 -- The Security Council adopted resolution 1680 on "
        "Lebanon and Syria today by thirteen votes to none, with two abstentions. The "
        "breakdown. Yes: the United States, France and Britain, plus Argentina, Congo and "
        "Denmark. No: nobody. Abstaining: Russia and China.")
    assert (ev.resolution, ev.outcome, ev.yes, ev.no, ev.abstain) == ("1680", "adopted", 13, 0, 2)
    assert ev.votes == {"ARG": "yes", "COG": "yes", "DNK": "yes", "FRA": "yes", "GBR": "yes",
                        "USA": "yes", "CHN": "abstain", "RUS": "abstain"}


def test_a_block_nobody_contemplated_is_no_block():
    (ev,) = _sc(
        "UNITED NATIONS, May 17, 2006 -- The Security Council adopted resolution 1680 on "
        "Lebanon and Syria today by thirteen votes to none, with Russia and China abstaining. "
        "A diplomat from one of the abstaining delegations said that blocking it \"was never "
        "on the table\".")
    assert (ev.resolution, ev.outcome, ev.yes, ev.abstain) == ("1680", "adopted", 13, 2)


# Facts (Sciences Po): on Thursday 29 August 1946 the Soviet Union vetoed Transjordan's
# application, 8-2-1, Poland also voting no and Australia abstaining, and resolution 8
# (Afghanistan, Iceland, Sweden) passed 10-0-1, Australia abstaining. On Tuesday 13 December
# 1960 the Soviet Union vetoed the Western draft on the Congo, 7-3-1, Poland and Ceylon also
# voting no and Tunisia abstaining.


def test_besides_a_member_only_another_voted_against_and_a_reason_naming_the_assembly():
    evs = _sc(
        "[Translated from the Arabic. Saturday, 31 August 1946.]\n\n"
        "The Security Council, sitting at Lake Success until late on Thursday, declined to "
        "recommend Transjordan for membership. The objection of the Soviet delegate was "
        "sufficient to defeat it. The count was eight in favour and two against, with one "
        "abstention. Besides the Soviet Union, only Poland voted against the Kingdom. Australia "
        "abstained, holding that the General Assembly should have its say first. Egypt voted in "
        "favour, as did Britain and France.", "1946-08-31")
    assert len(evs) == 1
    (ev,) = evs
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("1946-08-29", "vetoed", ["SUN"])
    assert ev.votes == {"EGY": "yes", "FRA": "yes", "GBR": "yes", "POL": "no", "SUN": "no",
                        "AUS": "abstain"}


def test_what_passes_for_approval_is_no_adoption():
    (ev,) = _sc(
        "PARLIAMENTARY SKETCH -- Thursday, 15 December 1960\n\n"
        "In New York on Tuesday evening the Security Council voted on the Western resolution on "
        "the Congo. The vote was seven to three, with one abstention. The three against were "
        "the Soviet Union, Poland and Ceylon. The Minister's answer was received with the low "
        "growl that passes for approval on the Government side.", "1960-12-15")
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("1960-12-13", "vetoed", ["SUN"])


def test_n_members_were_for_it():
    (ev,) = _sc(
        "In New York on Tuesday evening the Security Council voted on the Western resolution on "
        "the Congo. Seven members were for it. Three were against: the Soviet Union, Poland and "
        "Ceylon. Tunisia abstained.", "1960-12-15")
    assert (ev.yes, ev.no, ev.abstain, ev.outcome) == (7, 3, 1, "vetoed")


# Facts (Sciences Po): on Thursday 25 March 1976 the United States vetoed S/12022 on the
# occupied territories, 14-1-0; Pakistan, Libya, Britain, France, Japan, Sweden, Italy, China and
# the Soviet Union voted for it. On Thursday 22 May 2014 Russia and China vetoed S/2014/348,
# 13-2-0; Britain, the United States, Jordan, Australia, South Korea and Rwanda voted for it.


def test_some_members_raising_their_hands_for_the_text_is_no_adoption():
    (ev,) = _sc(
        "NEW YORK, 25 March -- The United States on Thursday used its veto in the Security "
        "Council to kill a resolution on the occupied territories, S/12022. The count was "
        "fourteen in favour and one against. Besides Pakistan and Libya, the supporters included "
        "Britain, France and Japan -- a point the Pakistani delegation made much of, since "
        "Washington's closest friends had all raised their hands for the text.", "1976-03-26")
    assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["USA"])
    assert {c for c, v in ev.votes.items() if v == "yes"} == {"FRA", "GBR", "JPN", "LBY", "PAK"}


def test_a_small_counted_group_spelled_out_after_a_colon_and_the_n_included():
    (ev,) = _sc(
        "FACT-CHECK -- Saturday 24 May 2014\n\n"
        "VERDICT: FALSE. Two permanent members voted against the French draft resolution in the "
        "Security Council on Thursday, S/2014/348: Russia and China. Each \"no\" was a veto.\n\n"
        "VERDICT: TRUE. Thirteen of the fifteen members voted in favour. The thirteen included "
        "Britain, the United States, Jordan and Rwanda.", "2014-05-24")
    assert (ev.date, ev.outcome, ev.vetoed_by) == ("2014-05-22", "vetoed", ["CHN", "RUS"])
    assert ev.votes == {"GBR": "yes", "JOR": "yes", "RWA": "yes", "USA": "yes", "CHN": "no",
                        "RUS": "no"}


# Facts (Sciences Po): on Tuesday 13 September 1949 the Soviet Union vetoed Ireland's application
# (S/1335), 9-2, the Ukrainian SSR also voting no.


def test_n_members_voted_to_recommend_is_one_side_not_the_council_deciding():
    (ev,) = _sc(
        "LAKE SUCCESS, Sept. 13 -- The Security Council took up Ireland's application, draft "
        "S/1335, today. Nine members voted to recommend Ireland's admission; two voted against "
        "-- the Soviet Union and the Ukraine.", "1949-09-14")
    assert (ev.date, ev.outcome, ev.yes, ev.no, ev.vetoed_by) == (
        "1949-09-13", "vetoed", 9, 2, ["SUN"])


def test_a_text_that_went_down_with_the_rest():
    (ev,) = _sc(
        "LAKE SUCCESS, Sept. 13 -- The Security Council took up a parcel of applications "
        "today, and the Irish one, draft S/1335, went down with the rest.", "1949-09-14")
    assert (ev.draft, ev.outcome) == ("S/1335", "failed")
