"""Generalisation checks from the twenty-ninth session: held-out sets read after they were
scored blind.

Facts are Sciences Po's. On Sunday 27 February 2022 the Council adopted resolution 2623, which
called an emergency special session of the General Assembly on Ukraine, 11-1-3 (Russia against;
China, India and the United Arab Emirates abstaining). On Wednesday 23 March 2022 the Russian
draft S/2022/231 on humanitarian access in Ukraine failed, 2-0-13 (China and Russia for it).
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
