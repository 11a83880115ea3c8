"""Generalisation checks from the twelfth session's rounds: numbers given in apposition or
"borne" by a text, older texts dated in passing, co-sponsors named as complements, and
"nobody voted against or abstained".

Facts are Sciences Po's; drafters are Voting-Agent's "Submitted by". Resolution 137 (Tuesday
31 May 1960, the date of an election to fill a vacancy on the International Court of Justice)
was adopted unanimously by the eleven, with Ceylon, Ecuador, Tunisia and the Soviet Union among
the elected and permanent members. Resolution 256 (Friday 16 August 1968) condemned Israel's
further attacks on Jordan, 15-0, and reaffirmed resolution 248 (Sunday 24 March 1968, after
Karameh). Resolution 1932 (Tuesday 29 June 2010) extended the terms of judges of the Rwanda
tribunal, 15-0, submitted by Austria. Resolution 2133 (Monday 27 January 2014, ransom payments
to terrorists) passed 15-0, submitted by Australia, France, Jordan, Lithuania, Luxembourg,
Nigeria, Rwanda, Britain and the United States; Chad and Chile sat on the Council that year
without being among them. Resolution 1617 (Friday 29 July 2005, Al-Qaida and Taliban
sanctions) passed 15-0, submitted by Algeria, Argentina, Denmark, France, Greece, Japan,
Romania, Russia, Britain, Tanzania and the United States; Benin and the Philippines, elected
members that year, were not among them.
"""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return [e for e in extract(text, published=published) if e.body == "SC"]


# --------------------------------------------------------------------------- unanimity

_ICJ = "NEW YORK, June 1 - The Security Council on Tuesday fixed the date for filling a " \
    "vacancy on the International Court of Justice. "


def test_a_decision_taken_unanimously_is_eleven_to_none_in_1960() -> None:
    [e] = _sc(_ICJ + "The decision was taken unanimously, after a meeting of a few minutes.\n",
              "1960-06-02")
    assert (e.date, e.outcome, e.yes, e.no, e.abstain) == ("1960-05-31", "adopted", 11, 0, 0)


def test_no_member_voted_against_or_abstained_counts_none_on_both_sides() -> None:
    text = _ICJ + ("Ceylon, Ecuador and Tunisia voted for the resolution, and the President "
                   "declared it adopted when no member voted against or abstained.\n")
    [e] = _sc(text, "1960-06-02")
    assert (e.no, e.abstain) == (0, 0)
    assert e.votes == {"LKA": "yes", "ECU": "yes", "TUN": "yes"}


# --------------------------------------------------------------------------- numbers

_JORDAN = "COPENHAGEN, Saturday 17 August 1968 - The Security Council yesterday condemned " \
    "Israel's further military attacks on Jordan. "


def test_the_number_a_resolution_bears_is_its_number() -> None:
    text = _JORDAN + ("The resolution, which bears the number 256, was adopted by all fifteen "
                      "members.\n")
    [e] = _sc(text, "1968-08-17")
    assert (e.date, e.resolution, e.yes) == ("1968-08-16", "256", 15)


def test_an_older_resolution_dated_in_passing_is_not_a_second_vote() -> None:
    text = _JORDAN + ("The resolution, which bears the number 256, was adopted by all fifteen "
                      "members. It reaffirms resolution 248 of March, adopted after the "
                      "fighting at Karameh.\n")
    [e] = _sc(text, "1968-08-17")
    assert e.resolution == "256"


_JUDGES = "ARUSHA, 30 June 2010 -- The Security Council voted on Tuesday to extend the terms " \
    "of judges of the Rwanda tribunal. "


def test_a_number_with_its_year_in_apposition_names_the_text_in_hand() -> None:
    text = _JUDGES + ("The resolution, 1932 (2010), lets the judges finish the trials before "
                      "them. It was put forward by Austria and adopted unanimously.\n")
    [e] = _sc(text, "2010-06-30")
    assert (e.date, e.resolution, e.yes, e.sponsors) == ("2010-06-29", "1932", 15, ["AUT"])


# --------------------------------------------------------------------------- co-sponsors

_RANSOM = "LONDON, 31 January 2014 - The Security Council on Monday adopted resolution 2133, " \
    "calling on states to stop ransom payments reaching terrorists, by 15 votes to none. " \
    "The text was prepared by Britain. "


def test_a_member_among_the_co_sponsors_joins_the_text_in_hand() -> None:
    text = _RANSOM + ("Nigeria was among the co-sponsors, and Chad and Chile voted in "
                      "favour.\n")
    [e] = _sc(text, "2014-01-31")
    assert e.sponsors == ["GBR", "NGA"]
    assert e.votes == {"TCD": "yes", "CHL": "yes"}


_SANCTIONS = "OSLO, 2 August 2005 - Last Friday the Security Council unanimously adopted " \
    "resolution 1617, renewing the sanctions on Al-Qaida and the Taliban. The text was drafted " \
    "by the United States. "


def test_members_not_among_the_co_sponsors_are_not_drafters() -> None:
    text = _SANCTIONS + ("Elected members that were not among the co-sponsors, such as Benin "
                         "and the Philippines, also voted in favour.\n")
    [e] = _sc(text, "2005-08-02")
    assert e.sponsors == ["USA"]
    assert e.votes == {"BEN": "yes", "PHL": "yes"}


def test_members_given_as_examples_are_the_subject_of_the_verb() -> None:
    text = _SANCTIONS + "Elected members such as Benin and the Philippines voted for it too.\n"
    [e] = _sc(text, "2005-08-02")
    assert e.votes == {"BEN": "yes", "PHL": "yes"}
