"""Generalisation checks from the twenty-ninth session: held-out sets read after they were
scored blind.

Facts are Sciences Po's. On Sunday 27 February 2022 the Council adopted resolution 2623, which
called an emergency special session of the General Assembly on Ukraine, 11-1-3 (Russia against;
China, India and the United Arab Emirates abstaining). On Wednesday 23 March 2022 the Russian
draft S/2022/231 on humanitarian access in Ukraine failed, 2-0-13 (China and Russia for it).
On Friday 8 December 2023 the United States vetoed the Emirati draft S/2023/970 on a Gaza
ceasefire, 13-1-1, Britain abstaining; on Friday 29 December 2023 resolution 2721 on an envoy for
Afghanistan passed 13-0-2, China and Russia abstaining (Voting-Agent: submitted by Japan and the
United Arab Emirates).
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_that_was_not_the_first_vote_turns_to_an_earlier_one_with_its_own_day():
    evs = _sc(
        "CHOIR NOTES -- Friday 25 March 2022\n\nSeveral singers have asked what the Security "
        "Council has done. On Wednesday it voted on a Russian text on aid in Ukraine, "
        "S/2022/231. Only Russia and China voted for it; the thirteen others abstained, and "
        "the text failed.\n\nThat was not the first vote. On 27 February, a Sunday, the "
        "Council decided to hand the matter to the General Assembly. That resolution, 2623, "
        "had eleven votes in favour. Russia voted no, which on a procedural question is no "
        "veto, and China, India and the Emirates abstained.", "2022-03-25")
    by_key = {e.resolution or e.draft: e for e in evs}
    assert set(by_key) == {"S/2022/231", "2623"}
    aid, referral = by_key["S/2022/231"], by_key["2623"]
    assert (aid.date, aid.outcome, aid.yes, aid.abstain) == ("2022-03-23", "failed", 2, 13)
    assert referral.date == "2022-02-27"
    assert (referral.outcome, referral.yes, referral.no, referral.abstain) == ("adopted", 11, 1, 3)
    assert referral.votes.get("RUS") == "no" and not referral.vetoed_by


def test_the_n_others_counts_like_the_other_n():
    (ev,) = _sc(
        "UNITED NATIONS, Feb. 27 -- The Security Council on Sunday adopted resolution 2623 "
        "on Ukraine. Eleven members voted for it and Russia voted against; the three others "
        "abstained.", "2022-02-27")
    assert (ev.yes, ev.no, ev.abstain) == (11, 1, 3)


def test_votes_numbered_one_and_two_each_keep_their_day_and_drafters():
    evs = _sc(
        "Council digest, 3 January 2024. Vote one, Friday 8 December. The Emirates tabled "
        "S/2023/970, a demand for a ceasefire in Gaza. The Security Council count was 13 for, "
        "the United States against and Britain abstaining, so the American no killed it.\n\n"
        "Vote two, Friday 29 December. Resolution 2721 (2023) asks for a special envoy on "
        "Afghanistan. Japan and the Emirates drafted it. It was adopted 13-0-2; China and "
        "Russia abstained.", "2024-01-03")
    by_key = {e.resolution or e.draft: e for e in evs}
    assert set(by_key) == {"S/2023/970", "2721"}
    gaza, envoy = by_key["S/2023/970"], by_key["2721"]
    assert (gaza.date, gaza.outcome, gaza.vetoed_by) == ("2023-12-08", "vetoed", ["USA"])
    assert gaza.sponsors == ["ARE"]
    assert (envoy.date, envoy.outcome, envoy.yes, envoy.abstain) == ("2023-12-29", "adopted", 13, 2)
    assert set(envoy.sponsors) == {"JPN", "ARE"}
