"""Generalisation checks from the twentieth session: the blind sets heldout114 to heldout116
read again after they were scored.

Facts are Sciences Po's, sponsors Voting-Agent's "Submitted by". On Sunday 4 November 1956 the
Soviet Union vetoed the American draft S/3730/Rev.1 on Hungary, 9-1-0, Yugoslavia not voting;
Britain, France and the United States had asked for the meeting, and Australia, Belgium, China,
Cuba, Iran and Peru also voted for the draft.
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
