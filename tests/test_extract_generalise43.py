"""Generalisation checks from the twenty-second session: the blind sets heldout126 to heldout128
read again after they were scored.

Facts are Sciences Po's, sponsors Voting-Agent's "Submitted by". On Tuesday 30 July 2013 the
Council adopted resolution 2112 on the UN operation in Cote d'Ivoire, 15-0 (drafted by France,
Togo, Britain and the United States), resolution 2113 on UNAMID in Darfur, 15-0 (Rwanda, Togo and
Britain), and resolution 2114 on the force in Cyprus, 13-0-2, Azerbaijan and Pakistan abstaining
(drafted by the United States).
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None = None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_DIGEST = (
    "COUNCIL NOTES -- a fortnightly letter on the Security Council\n"
    "No. 88 -- Thursday 1 August 2013\n\n"
    "A quiet week in the chamber, apart from one sitting: the Council adopted three renewals "
    "on Tuesday, one after another, and only the last of them was contested. The summary:\n\n"
    "1) COTE D'IVOIRE -- resolution 2112\n"
    "The peacekeeping operation stays for another eleven months, a little smaller. France "
    "held the pen. Unanimous.\n\n"
    "2) DARFUR -- resolution 2113\n"
    "The hybrid mission was renewed for a year. Britain drafted it. Unanimous.\n\n"
    "3) CYPRUS -- resolution 2114\n"
    "The force on the island was extended for six months, 13-0-2. Azerbaijan and Pakistan "
    "abstained.\n"
)


def test_a_digest_item_headed_by_its_number_is_a_vote_of_its_own():
    # "1) COTE D'IVOIRE -- resolution 2112" heads the item it numbers, and the bare
    # "Unanimous." under it is that item's count
    events = _sc(_DIGEST)
    assert [(e.resolution, e.yes, e.no, e.abstain) for e in events] == [
        ("2112", 15, 0, 0), ("2113", 15, 0, 0), ("2114", 13, 0, 2)]
    assert {e.date for e in events} == {"2013-07-30"}
    assert events[2].votes == {"AZE": "abstain", "PAK": "abstain"}

