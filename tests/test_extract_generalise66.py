"""Generalisation checks from the forty-fifth session.

Facts are Sciences Po's and the UN Library's. On Thursday 4 November 1948 the Council adopted
resolution 61 on the Negev, 9-1-1, the Ukrainian SSR against and the Soviet Union abstaining;
on Tuesday 16 November 1948 it adopted resolution 62, calling for an armistice in all sectors
of Palestine, with no vote against. On Tuesday 16 September 1952 the Soviet Union vetoed the
draft recommending Libya's admission (S/2483), 10-1-0, with Pakistan and Turkey among those in
favour; on Thursday 18 September 1952 it vetoed Japan's, also 10-1-0. On Monday 31 October 1977
France, Britain and the United States vetoed three drafts on South Africa (S/12310/Rev.1,
S/12311/Rev.1 and S/12312/Rev.1), each 10-5-0, with Canada and West Germany also against. On
Thursday 30 April 1981 the same three vetoed the oil embargo on South Africa (S/14461), 11-3-1
with Japan abstaining. On Monday 24 February 2025 Russia vetoed two European amendments to the
American text on Ukraine, S/2025/115 (9-1-5) and S/2025/116 (11-1-3); Denmark, France, Greece,
Slovenia and Britain had put them forward. On Monday 7 September 1959 the Council sent a
sub-committee to Laos in resolution 132, 10-1-0; the Soviet Union voted against, and the
President ruled the question procedural, so its vote was no veto. On Wednesday 30 August 2023
Russia vetoed the renewal of the Mali sanctions (S/2023/638), 13-1-1, and its own text
(S/2023/639) got one vote, Japan against and thirteen abstaining; the regime dated from 2017 and
was to lapse on 31 August.
"""

from __future__ import annotations

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_a_sentence_giving_the_number_keeps_an_earlier_resolution_apart():
    for note in ("[That is the resolution numbered 62.]", "It is the resolution number 62.",
                 "This was resolution No. 62."):
        events = _sc("PARIS, 18 November 1948 - The Security Council on Tuesday called on both "
                     "sides in Palestine to conclude an armistice. The call was adopted with no "
                     f"vote against it. {note}\n\nEarlier in the month, on the 4th, the Council "
                     "had passed resolution 61 on the Negev by nine votes to one, with one "
                     "abstention.",
                     "1948-11-18")
        by_number = {e.resolution: e for e in events}
        assert sorted(by_number) == ["61", "62"], note
        assert str(by_number["62"].date) == "1948-11-16", note
        assert (by_number["61"].yes, by_number["61"].no, by_number["61"].abstain) == (9, 1, 1)


def test_members_who_voted_for_an_applicant_as_the_subject_did():
    events = _sc("NEW YORK, Sept. 17, 1952 - A Soviet veto yesterday kept Libya out of the United "
                 "Nations. The Security Council vote on the draft (S/2483) was ten to one. "
                 "France and Britain voted for Libya, as did Pakistan and Turkey.", "1952-09-17")
    assert len(events) == 1
    votes = events[0].votes
    assert {code: votes.get(code) for code in ("FRA", "GBR", "PAK", "TUR", "LBY")} == {
        "FRA": "yes", "GBR": "yes", "PAK": "yes", "TUR": "yes", "LBY": None}


def test_the_same_fate_on_another_day_is_that_applicants_own_vote():
    events = _sc("NEW YORK, Sept. 20, 1952 - On Tuesday the Soviet delegate vetoed Libya's "
                 "application in the Security Council; the vote was ten to one. On Thursday "
                 "the same fate met Japan. The draft recommending Tokyo's admission also got "
                 "ten votes to one, and again the one was a Soviet veto.", "1952-09-20")
    assert sorted((str(e.date), e.outcome, e.yes, e.no) for e in events) == [
        ("1952-09-16", "vetoed", 10, 1), ("1952-09-18", "vetoed", 10, 1)]
    assert all(e.vetoed_by == ["SUN"] for e in events)


def test_members_voting_with_others_against_three_texts_counted_in_one_sentence():
    events = _sc("OTTAWA, Nov. 1, 1977 - West Germany voted with the United States, Britain and "
                 "France in the Security Council on Monday against three resolutions calling for "
                 "sanctions on South Africa. All three were lost, each by ten votes to five. "
                 "The first was S/12310/Rev.1, the second S/12311/Rev.1 and the third "
                 "S/12312/Rev.1.", "1977-11-01")
    assert len(events) == 3
    for ev in events:
        assert (ev.outcome, ev.yes, ev.no) == ("vetoed", 10, 5)
        assert {c: ev.votes.get(c) for c in ("DEU", "USA", "GBR", "FRA")} == dict.fromkeys(
            ("DEU", "USA", "GBR", "FRA"), "no")
        assert ev.vetoed_by == ["FRA", "GBR", "USA"]


def test_negative_votes_cast_by_permanent_members_of_the_council_named_after_a_comma():
    events = _sc("NEW YORK, Oct. 31, 1977 - A draft on South Africa (S/12310/Rev.1) got ten "
                 "votes in the Security Council today, but three of the five negative votes "
                 "were cast by permanent members of the Council, the United States, Britain "
                 "and France.", "1977-10-31")
    assert len(events) == 1
    assert (events[0].outcome, events[0].vetoed_by) == ("vetoed", ["FRA", "GBR", "USA"])


def test_vetoes_said_to_have_been_cast_again_by_the_three_western_members():
    events = _sc("NEW YORK, April 30, 1981 - The oil embargo text, S/14461, got eleven votes in "
                 "the Security Council today, with three against and Japan abstaining. The three "
                 "Western vetoes were cast again.", "1981-04-30")
    assert len(events) == 1
    assert (events[0].outcome, events[0].vetoed_by) == ("vetoed", ["FRA", "GBR", "USA"])
    # a count of vetoes over a year is a record, not this vote's fate
    events = _sc("NEW YORK, April 30, 1981 - The oil embargo text, S/14461, got eleven votes in "
                 "the Security Council today, with three against and Japan abstaining. Three "
                 "vetoes were cast in 1980.", "1981-04-30")
    assert [e.outcome for e in events] == ["adopted"]


def test_a_line_ending_in_a_colon_speaks_of_each_text_listed_under_it():
    events = _sc("LJUBLJANA, Feb. 24, 2025 - Denmark, France, Greece, Slovenia and the United "
                 "Kingdom submitted amendments to the American text in the Security Council "
                 "today.\n\nRussia vetoed both of them:\n- S/2025/115 got 9 votes in favour, 1 "
                 "against and 5 abstentions;\n- S/2025/116 got 11 votes in favour, 1 against "
                 "and 3 abstentions.\n\nA Slovenian diplomat called the result a disappointment "
                 "for the sponsors.", "2025-02-24")
    by_draft = {e.draft: e for e in events}
    assert sorted(by_draft) == ["S/2025/115", "S/2025/116"]
    for ev in events:
        assert (ev.outcome, ev.vetoed_by) == ("vetoed", ["RUS"]), ev.draft
    assert (by_draft["S/2025/115"].yes, by_draft["S/2025/116"].yes) == (9, 11)
    assert set(by_draft["S/2025/115"].sponsors) == {"DNK", "FRA", "GRC", "SVN", "GBR"}


def test_a_text_carried_over_a_permanent_members_no_on_a_procedural_ruling_is_one_vote():
    events = _sc("TOKYO, Sept. 9, 1959 - On Monday the Security Council agreed to send four of "
                 "its members to Laos. The vote was ten to one. The Soviet Union voted against, "
                 "arguing that its vote ought to have been a veto. The President disagreed: "
                 "the question was procedural, and the motion carried as resolution 132.",
                 "1959-09-09")
    assert len(events) == 1
    ev = events[0]
    assert (ev.resolution, ev.outcome, ev.yes, ev.no, ev.vetoed_by) == (
        "132", "adopted", 10, 1, [])
    assert ev.votes.get("SUN") == "no"


def test_a_later_sentence_on_the_regime_adopted_years_ago_is_background():
    events = _sc("LIBREVILLE, Aug. 31, 2023 - On Wednesday Russia's own draft on the Mali "
                 "sanctions, S/2023/639, received one vote in favour in the Security Council; "
                 "Japan voted against and the thirteen others abstained.\n\nThe sanctions were "
                 "adopted in 2017 and were due to expire on 31 August.", "2023-08-31")
    assert [(str(e.date), e.draft, e.outcome, e.yes) for e in events] == [
        ("2023-08-30", "S/2023/639", "failed", 1)]
