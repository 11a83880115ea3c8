"""Sponsor lists with something between their parts: an aside in dashes, a description
after some of the names, a group "that included" its members, and "among them" after the
names. Sponsors are the Voting-Agent file's: resolution 1267 (15 October 1999) Canada, the
Netherlands, Russia, Slovenia, the United Kingdom, the United States; resolution 1816
(2 June 2008) among others Greece, Japan, the Netherlands, Panama and the United Kingdom;
resolution 2100 (25 April 2013) among others Morocco, Rwanda, Togo, the United Kingdom and the
United States; resolution 2286 (3 May 2016) some eighty states, Canada, Nigeria and Norway
among them."""

from unvotes.extract import extract


def _sponsors(text: str, published: str) -> list[str]:
    return next(e for e in extract(text, published=published) if e.body == "SC").sponsors


def test_an_aside_in_dashes_does_not_end_the_list() -> None:
    text = ("UNITED NATIONS, Oct 15 - The Security Council on Friday unanimously imposed "
            "sanctions on the Taliban in a text co-sponsored by the United States and Russia "
            "-- a rare pair -- along with Canada, the Netherlands and Slovenia.\n")
    assert set(_sponsors(text, "1999-10-16")) == {"USA", "RUS", "CAN", "NLD", "SVN"}


def test_a_description_after_some_names_does_not_end_the_list() -> None:
    text = ("UNITED NATIONS, April 25 - The Security Council on Thursday unanimously approved a "
            "peacekeeping mission for Mali. Its co-sponsors included Togo and Rwanda, both "
            "African members of the Council, as well as the United Kingdom.\n")
    assert set(_sponsors(text, "2013-04-26")) == {"TGO", "RWA", "GBR"}


def test_a_group_that_included_its_members() -> None:
    text = ("UNITED NATIONS, June 2 - The Security Council on Monday unanimously authorised "
            "navies to chase pirates into Somali waters. The text was co-sponsored by a group "
            "that included Panama, Greece and Japan.\n")
    assert set(_sponsors(text, "2008-06-03")) == {"PAN", "GRC", "JPN"}


def test_names_then_among_them_after_the_co_sponsors() -> None:
    for tail in ("Some eighty states signed on as co-sponsors, Canada, Norway and Nigeria "
                 "among them.",
                 "Some eighty states signed on as co-sponsors; Canada, Norway and Nigeria "
                 "were among them."):
        text = ("UNITED NATIONS, May 3 - The Security Council on Tuesday unanimously adopted "
                "a text demanding protection for hospitals in war. " + tail + "\n")
        assert set(_sponsors(text, "2016-05-04")) == {"CAN", "NOR", "NGA"}, tail


def test_among_them_without_sponsors_names_no_drafters() -> None:
    text = ("UNITED NATIONS, May 3 - The Security Council on Tuesday unanimously adopted "
            "a text demanding protection for hospitals in war. Many ministers spoke, "
            "Canada and Norway among them.\n")
    assert _sponsors(text, "2016-05-04") == []


# resolution 986 (14 April 1995): Argentina, Oman, Rwanda, the United Kingdom and the United
# States; resolution 2165 (14 July 2014): among others Chad, Chile, France, the United
# Kingdom and the United States.


def test_joined_as_co_sponsors_by() -> None:
    text = ("UNITED NATIONS, April 14 - The Security Council on Friday unanimously adopted "
            "resolution 986 on oil for food. The text was drafted by the United States and "
            "the United Kingdom. They were joined as co-sponsors by Argentina, Oman and "
            "Rwanda.\n")
    assert set(_sponsors(text, "1995-04-15")) == {"USA", "GBR", "ARG", "OMN", "RWA"}


def test_as_well_as_by_continues_the_list() -> None:
    text = ("UNITED NATIONS, July 14 - The Security Council on Monday unanimously adopted "
            "resolution 2165 on aid to Syria. It was co-sponsored by Chad, Chile and France, "
            "as well as by the United Kingdom and the United States.\n")
    assert set(_sponsors(text, "2014-07-15")) == {"TCD", "CHL", "FRA", "GBR", "USA"}


# resolution 1101 (28 March 1997, Albania): among its sponsors Italy, France, Spain, Greece,
# Turkey, Romania, Poland and Portugal; resolution 1333 (19 December 2000): the United
# States, Russia, India, Kyrgyzstan and Tajikistan.


def test_a_colon_then_among_them_and_a_long_aside_in_dashes() -> None:
    text = ("UNITED NATIONS, March 28 - The Security Council on Friday adopted resolution 1101 "
            "on Albania. The text was presented by Italy and carried the signatures of a long "
            "list of co-sponsors: among them France, Spain and Greece -- all countries "
            "expected to send contingents or to provide support -- together with Poland and "
            "Portugal.\n")
    assert set(_sponsors(text, "1997-03-29")) == {"ITA", "FRA", "ESP", "GRC", "POL", "PRT"}


def test_co_sponsors_joining_after_an_aside_in_dashes() -> None:
    text = ("UNITED NATIONS, Dec 19 - The Security Council on Tuesday adopted resolution 1333 "
            "on the Taliban. The text was tabled by the United States and Russia -- an "
            "unusual pairing -- with India, Kyrgyzstan and Tajikistan joining as "
            "co-sponsors.\n")
    assert set(_sponsors(text, "2000-12-20")) == {"USA", "RUS", "IND", "KGZ", "TJK"}
