"""Generalisation checks from the eighth session's rounds: membership rounds told applicant by
applicant.

The Council votes on each application for membership separately, and the papers of the
1940s and 1950s reported a round as a list of applicants: "the applications of seven
states ...: A, B, ... Each application was put to the vote separately, and each time ...";
"When the name of Italy was put to the vote ... Austria fared worse still. Her application
obtained eight votes"; "Ireland's application ... Portugal's application met exactly the
same fate ... Transjordan was also refused. Its application gathered eight votes". Each
applicant named with an admission word is then a vote of its own. A story that names two
states without one ("the resolution on Lebanon and Syria") is not a membership round. Also:
"The two votes against were cast by A and B" names the side.

Facts are Sciences Po's: on 13 September 1949 the Soviet Union vetoed the applications of
Portugal (S/1331), Transjordan, Italy, Finland (S/1334), Ireland, Austria and Ceylon, each
9-2 with the Ukrainian SSR also against, Norway, Cuba, Egypt, Argentina and Canada among the
members; on 21 August 1947 resolution 29 recommended Pakistan and Yemen 11-0, Italy failed
9-1-1 (the Soviet Union against, Poland abstaining) and Austria 8-1-2 (France and Poland
abstaining); on 29 August 1946 Portugal, Ireland and Transjordan each failed 8-2-1 (the
Soviet Union and Poland against, Australia abstaining) and resolution 8 recommended
Afghanistan, Iceland and Sweden 10-0-1; resolution 1680 (17 May 2006, Lebanon and Syria)
passed 13-0-2, Russia and China abstaining. Also from the eighth session's blind sets
(heldout39 and heldout40): resolution 938 (Thursday 28 July 1994) renewed UNIFIL and
resolution 939 (Friday 29 July 1994) dealt with Cyprus, each 14-0 with Rwanda not voting;
resolutions 207 (Cyprus) and 208 (the date of an election to the International Court of
Justice) were adopted 11-0 on 10 August 1965, Uruguay and Bolivia among the members. The
phrasings: "The very next day, Friday 29 July, the Council adopted resolution 939" (another
vote, as fresh as the one before); "Once again the result was fourteen votes to none, with
Rwanda absent and no abstentions" (this vote, repeated; "with Rwanda absent"); "took two
decisions, both by eleven votes to none ... The first concerns Cyprus ... The text was
registered as resolution 207. The second decision, resolution 208, ..." and "Both texts were
approved by all eleven members, Uruguay and Bolivia among them".
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


_ROSTER = (
    "EVENING TELEGRAPH, Wednesday 14 September 1949\n\n"
    "SEVEN DOORS CLOSED AT LAKE SUCCESS\n\n"
    "The Security Council yesterday went back over the applications of seven states that "
    "had been turned away before: Portugal, Transjordan, Italy, Finland, Ireland, Austria "
    "and Ceylon. Each application was put to the vote separately, and each drew nine votes "
    "in favour and two against. The two votes against were cast by the Soviet Union and the "
    "Ukrainian Soviet Republic, and the Soviet vote, that of a permanent member, was a "
    "veto each time.\n\n"
    "For Finland the text was draft resolution S/1334. Norway voted for it, as did Cuba, "
    "Egypt, Argentina and Canada.\n")


def test_each_applicant_of_a_roster_is_its_own_vetoed_recommendation() -> None:
    events = _sc(_ROSTER, "1949-09-14")
    assert len(events) == 7
    for e in events:
        assert e.date == "1949-09-13"
        assert e.outcome == "vetoed" and e.vetoed_by == ["SUN"]
        assert (e.yes, e.no) == (9, 2)
        assert e.votes["SUN"] == "no" and e.votes["UKR"] == "no"


def test_what_the_roster_story_says_of_one_applicant_stays_with_it() -> None:
    events = _sc(_ROSTER, "1949-09-14")
    finland = [e for e in events if e.draft == "S/1334"]
    assert len(finland) == 1
    assert {"NOR", "CUB", "EGY", "ARG", "CAN"} <= {k for k, v in finland[0].votes.items()
                                                   if v == "yes"}
    others = [e for e in events if e.draft != "S/1334"]
    assert all("NOR" not in e.votes for e in others)


def test_applicants_told_one_after_another_keep_their_own_counts() -> None:
    text = ("KARACHI MORNING POST\nFriday, August 22, 1947\n\n"
            "LAKE SUCCESS, Aug. 21.\n\n"
            "Pakistan's application for membership of the United Nations was approved by the "
            "Security Council on Thursday by eleven votes to none.\n\n"
            "The same sitting was harder on two European applicants. When the name of Italy "
            "was put to the vote, nine members voted in favour. The Soviet Union alone voted "
            "against, and Poland abstained.\n\n"
            "Austria fared worse still. Her application obtained eight votes; the Soviet Union "
            "again voted no, while France and Poland abstained.\n")
    events = _sc(text, "1947-08-22")
    counts = sorted((e.outcome, e.yes, e.no, e.abstain) for e in events)
    assert counts == [("adopted", 11, 0, 0), ("vetoed", 8, 1, 2), ("vetoed", 9, 1, 1)]
    austria = next(e for e in events if e.yes == 8)
    assert austria.votes.get("FRA") == "abstain"
    italy = next(e for e in events if e.yes == 9)
    assert "FRA" not in italy.votes


def test_an_applicant_refused_in_the_same_way_is_a_vote_of_its_own() -> None:
    text = ("THE EVENING HERALD, Friday, August 30, 1946\n\n"
            "NEW YORK, Aug. 29.\n\n"
            "Ireland's application to join the United Nations was rejected by the Security "
            "Council today, when the Soviet delegate used the veto. Australia abstained.\n\n"
            "Portugal's application met the same fate at the same sitting. The Soviet "
            "delegate again voted against. Australia abstained once more.\n\n"
            "Transjordan was also refused. Its application gathered eight votes in favour, but "
            "the Soviet Union and Poland voted against and Australia abstained.\n\n"
            "Afghanistan, Iceland and Sweden were recommended for admission together, by ten "
            "votes to none with Australia abstaining.\n")
    events = _sc(text, "1946-08-30")
    assert len(events) == 4
    vetoed = [e for e in events if e.outcome == "vetoed"]
    assert len(vetoed) == 3
    assert all(e.vetoed_by == ["SUN"] and e.votes.get("AUS") == "abstain" for e in vetoed)
    [adopted] = [e for e in events if e.outcome == "adopted"]
    assert (adopted.yes, adopted.no, adopted.abstain) == (10, 0, 1)


def test_two_states_named_without_an_admission_word_are_one_text() -> None:
    text = ("Written answer, 19 May 2006\n\n"
            "On 17 May the Security Council adopted resolution 1680 on Lebanon and Syria by "
            "13 votes, with Russia and China abstaining. The resolution encourages the "
            "Government of Syria to respond to the request of the Government of Lebanon to "
            "delimit their common border. Lebanon's sovereignty is at the heart of the text.\n")
    [e] = _sc(text, "2006-05-19")
    assert e.resolution == "1680"
    assert e.votes == {"CHN": "abstain", "RUS": "abstain"}


def test_votes_against_cast_by_name_the_side() -> None:
    text = ("LAKE SUCCESS, Sept. 13 -- The Security Council today rejected Ceylon's "
            "application for membership. Nine members voted in favour. The two votes against "
            "were cast by the Soviet Union and the Ukrainian Soviet Republic.\n")
    [e] = _sc(text, "1949-09-13")
    assert e.votes == {"SUN": "no", "UKR": "no"}
    assert e.outcome == "vetoed"


def test_the_very_next_day_is_another_vote_as_fresh_as_the_one_before() -> None:
    text = ("VETERANS' NEWSLETTER\nNo. 41 - posted to members on Monday 8 August 1994\n\n"
            "LEBANON. On Thursday 28 July the Security Council renewed the mandate of UNIFIL for a "
            "further six months. The vote was fourteen in favour, none against and no "
            "abstentions.\n\n"
            "CYPRUS. The very next day, Friday 29 July, the Council adopted resolution 939 on "
            "the Cyprus question. Once again the result was fourteen votes to none, with "
            "Rwanda absent and no abstentions.\n")
    events = _sc(text, "1994-08-08")
    assert [(e.date, e.resolution) for e in events] == [("1994-07-28", None),
                                                         ("1994-07-29", "939")]
    cyprus = events[1]
    assert (cyprus.yes, cyprus.no, cyprus.abstain) == (14, 0, 0)
    assert cyprus.votes.get("RWA") == "absent"


def test_two_decisions_told_together_then_one_by_one() -> None:
    text = ("EL DIARIO -- Montevideo -- 11 August 1965\n\n"
            "NEW YORK, 10. -- At a sitting yesterday the Security Council took two decisions, "
            "both by eleven votes to none, without a single abstention.\n\n"
            "The first concerns Cyprus. The Council reaffirmed its resolution of 4 March 1964. "
            "The text was registered as resolution 207.\n\n"
            "The second decision, resolution 208, fixes the date of an election to the "
            "International Court of Justice.\n\n"
            "Both texts were approved by all eleven members, Uruguay and Bolivia among them.\n")
    events = _sc(text, "1965-08-11")
    assert sorted(e.resolution for e in events) == ["207", "208"]
    for e in events:
        assert e.date == "1965-08-10"
        assert (e.yes, e.no, e.abstain) == (11, 0, 0)
        assert e.votes.get("URY") == "yes" and e.votes.get("BOL") == "yes"
