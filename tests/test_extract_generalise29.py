"""Generalisation checks from the ninth session's rounds: more ways papers name the voters of
a unanimous or near-unanimous vote, and membership rounds told as one list of applicants.

Facts are Sciences Po's. On 23 August 1960 the Council recommended Chad (resolution 151),
Gabon (153) and the Central African Republic (154), each 11-0-0, with Ceylon, Tunisia,
Italy, Poland and Argentina among the members. On 8 January 1993 it recommended Slovakia
(resolution 800) and the Czech Republic (801); the UN Library's meeting table records both
as adopted without a vote. Resolution 1910 (28 January 2010, the African Union mission in
Somalia, 15-0) was submitted by Uganda, Britain, France, Turkey and the United States
(Voting-Agent's "Submitted by"), Uganda, Gabon and Nigeria then on the Council. Resolution
464 (19 February 1980, Saint Vincent and the Grenadines, 15-0) was adopted with Jamaica on
the Council. Resolution 270 (26 August 1969, southern Lebanon, 15-0) and resolution 263
(24 January 1969, Russian and Spanish as working languages, 15-0) were adopted with Spain,
Colombia and Paraguay on the Council; resolution 170 (14 December 1961, Tanganyika, 11-0)
with the Soviet Union, the Republic of China and Britain among the eleven; resolution 204
(19 May 1965, Senegal's complaint, 11-0) with Jordan and Malaysia on the Council.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


def test_an_admission_list_with_each_recommendation_counted_is_one_vote_per_applicant() -> None:
    text = ("LA VOIX DU TCHAD -- Thursday 25 August 1960\n\n"
            "NEW YORK, 24 August. -- On Tuesday the Security Council recommended, in turn, the "
            "admission of Chad, Gabon and the Central African Republic to the United "
            "Nations.\n\n"
            "Each recommendation was carried by eleven votes to none, with no abstentions. "
            "Ceylon and Tunisia voted for all three, and so did Italy, Poland and Argentina.\n")
    events = _sc(text, "1960-08-25")
    assert len(events) == 3
    for e in events:
        assert (e.date, e.outcome, e.yes, e.no, e.abstain) == ("1960-08-23", "adopted", 11, 0, 0)
        assert {"LKA", "TUN", "ITA", "POL", "ARG"} <= {k for k, v in e.votes.items()
                                                       if v == "yes"}


def test_the_same_done_for_another_applicant_is_its_own_vote() -> None:
    text = ("BRATISLAVA EVENING NEWS, Saturday 9 January 1993\n\n"
            "The Security Council on Friday recommended that Slovakia be admitted to the United "
            "Nations. Its recommendation, resolution 800, was adopted without a vote. In a "
            "separate meeting the same day the Council did the same for the Czech Republic.\n")
    events = _sc(text, "1993-01-09")
    assert sorted((e.date, e.outcome) for e in events) == [("1993-01-08", "adopted")] * 2
    # the number is Slovakia's alone
    assert sorted(str(e.resolution) for e in events) == ["800", "None"]


def test_a_cosponsor_that_also_voted_is_the_subject_not_its_fellow_sponsors() -> None:
    text = ("KAMPALA, 29 January 2010 -- The Security Council on Thursday renewed the "
            "authorisation of the African Union mission in Somalia. Uganda, which has troops "
            "in Mogadishu, co-sponsored the text together with Britain, France, Turkey and the "
            "United States, and voted for it. Gabon and Nigeria also voted in favour.\n")
    (e,) = _sc(text, "2010-01-29")
    assert e.votes == {"UGA": "yes", "GAB": "yes", "NGA": "yes"}
    assert set(e.sponsors) == {"UGA", "GBR", "FRA", "TUR", "USA"}


def test_a_member_among_them_after_an_aside() -> None:
    text = ("KINGSTOWN, 20 February 1980 -- All fifteen members of the Security Council "
            "voted yesterday to recommend Saint Vincent and the Grenadines for membership. "
            "Jamaica, our neighbour across the Caribbean Sea, was among them.\n")
    (e,) = _sc(text, "1980-02-20")
    assert e.votes.get("JAM") == "yes"
    assert e.date == "1980-02-19"


def test_members_named_before_a_dash_aside_that_has_its_own_time() -> None:
    text = ("BEIRUT, Wednesday 27 August 1969 -- The Security Council yesterday adopted a "
            "resolution condemning the Israeli air attacks on villages in southern Lebanon. "
            "The United States, the Soviet Union, Britain and France -- the four powers "
            "whose envoys have met in New York since the spring to seek a settlement -- all "
            "voted for the resolution.\n")
    (e,) = _sc(text, "1969-08-27")
    assert e.votes == {"USA": "yes", "SUN": "yes", "GBR": "yes", "FRA": "yes"}


def test_a_counted_group_named_after_a_comma_and_a_list_across_a_relative_clause() -> None:
    text = ("MADRID, 25 January 1969 -- The Security Council yesterday adopted a "
            "resolution making Russian and Spanish working languages of the Council. Spain, "
            "which sits on the Council this year, voted for the text, as did the two other "
            "Spanish-speaking members, Colombia and Paraguay.\n")
    (e,) = _sc(text, "1969-01-25")
    assert {"ESP", "COL", "PRY"} <= {k for k, v in e.votes.items() if v == "yes"}
    text = ("DAR ES SALAAM, 15 December 1961 -- The Security Council yesterday recommended "
            "Tanganyika for membership of the United Nations by eleven votes to none. Among "
            "those voting for Tanganyika were the Soviet Union and Nationalist China, whose "
            "delegates rarely agree about new members, and Britain, which administered the "
            "territory until last Saturday.\n")
    (e,) = _sc(text, "1961-12-15")
    assert {"SUN", "TWN", "GBR"} <= {k for k, v in e.votes.items() if v == "yes"}


def test_members_that_added_their_votes_voted_for_it() -> None:
    text = ("DAKAR, 22 May 1965 -- The Security Council on Wednesday adopted a resolution "
            "deploring the incursions of Portuguese forces into Senegal. Ivory Coast voted in "
            "favour. Jordan and Malaysia added their votes, and so did the Soviet Union.\n")
    (e,) = _sc(text, "1965-05-22")
    assert {"CIV", "JOR", "MYS", "SUN"} <= {k for k, v in e.votes.items() if v == "yes"}
    assert e.date == "1965-05-19"
