"""Vote dates told from the reader's side: "a week ago today", "last night" in a paper
printed the day after its dateline, and days that belong to a statement rather than the vote.

Facts are the record's: S/5425/Rev.1 (13 September 1963, Southern Rhodesia) vetoed by the
United Kingdom, 8-1-2; S/10928 (22 May 1973) vetoed by the United Kingdom and the United
States, 11-2-2; S/5973 (17 September 1964, Malaysia) vetoed by the Soviet Union, 9-2-0;
resolution 2043 (21 April 2012) adopted unanimously."""

from unvotes.extract import extract


def _sc(text: str, published: str | None):
    return next(e for e in extract(text, published=published) if e.body == "SC")


def test_a_week_ago_today() -> None:
    e = _sc("NAIROBI - A week ago today the United Kingdom cast a veto in the Security Council "
            "to kill a resolution on Southern Rhodesia.\n", "1963-09-20")
    assert (e.outcome, e.date) == ("vetoed", "1963-09-13")


def test_last_night_counts_from_the_paper_printed_the_day_after_its_dateline() -> None:
    e = _sc("New York, May 22\n\nBritain and the United States last night vetoed a Security "
            "Council resolution that would have widened sanctions against Rhodesia.\n",
            "1973-05-23")
    assert e.date == "1973-05-22"


def test_last_night_in_a_story_filed_and_printed_the_same_day() -> None:
    e = _sc("New York, May 23\n\nBritain and the United States last night vetoed a Security "
            "Council resolution that would have widened sanctions against Rhodesia.\n",
            "1973-05-23")
    assert e.date == "1973-05-22"


def test_the_day_a_minister_spoke_of_the_veto_is_not_the_votes() -> None:
    e = _sc("NEW YORK, Sept. 18.\n\nThe Soviet Union used its veto in the Security Council on "
            "Thursday to defeat a resolution deploring Indonesia's landings in Malaysia.\n\n"
            "In Kuala Lumpur, the Deputy Prime Minister said last night that the veto would "
            "not weaken the country's resolve.\n", "1964-09-19")
    assert e.date == "1964-09-17"


def test_a_participle_after_what_was_decided_is_no_vote() -> None:
    events = [e for e in extract(
        "UNITED NATIONS, April 21 - The Security Council on Saturday unanimously adopted "
        "resolution 2043, sending up to 300 observers to Syria. The advance team authorised "
        "a week ago has fewer than a dozen people on the ground.\n", published="2012-04-21")
        if e.body == "SC"]
    assert [(e.resolution, e.date) for e in events] == [("2043", "2012-04-21")]


# S/12138 (14 July 1976, Entebbe) failed with six votes in favour; resolution 713
# (25 September 1991) adopted unanimously.


def test_a_translators_note_gives_the_papers_day() -> None:
    e = _sc("[Translation from Spanish. Original published in \"El Vigia\", Panama City, "
            "Thursday 15 July 1976, page 4.]\n\nENTEBBE: NO RESOLUTION\n\nNEW YORK. - The "
            "Security Council closed the question yesterday, Wednesday, without adopting "
            "anything. The only draft put to the vote received six votes in favour and "
            "failed.\n", None)
    assert e.date == "1976-07-14"


def test_a_source_line_gives_the_papers_day() -> None:
    e = _sc("[Unofficial translation. Source: \"Dnevni Kurir\", Ljubljana, Friday 27 September "
            "1991, p. 2.]\n\nThe UN Security Council on Wednesday evening imposed an arms "
            "embargo on Yugoslavia. Resolution No. 713 was adopted unanimously.\n", None)
    assert (e.date, e.resolution) == ("1991-09-25", "713")



# June 1982 (Lebanon): S/15185 vetoed by the United States on 8 June, 14-1; resolution 512
# adopted unanimously on 19 June; S/15255/Rev.2 vetoed by the United States on 26 June, 14-1.


def test_section_headings_date_the_votes_told_under_them() -> None:
    text = ("MONTHLY REVIEW\nPublished 5 July 1982\n\nA MONTH OF VETOES\n\n"
            "Summary. The Israeli invasion of Lebanon, launched on 6 June, dominated the "
            "Security Council's June calendar: one unanimous humanitarian resolution, and two "
            "attempts to go further stopped by the United States.\n\n"
            "1. The first veto (8 June)\n\nThe Security Council voted on a text demanding a "
            "halt to hostilities. The draft (S/15185) received 14 votes in favour. The United "
            "States cast the only negative vote, which defeated it.\n\n"
            "2. Humanitarian relief (19 June)\n\nResolution 512 (1982) was adopted "
            "unanimously, 15 votes to none.\n\n"
            "3. The second veto (26 June)\n\nThe draft (S/15255/Rev.2) again won 14 votes. The "
            "United States voted no, and the text fell.\n")
    events = [e for e in extract(text) if e.body == "SC"]
    assert [(e.date, e.outcome, e.draft or e.resolution) for e in events] == [
        ("1982-06-08", "vetoed", "S/15185"), ("1982-06-19", "adopted", "512"),
        ("1982-06-26", "vetoed", "S/15255/Rev.2")]


# S/16463 (Wednesday 4 April 1984, Nicaragua) vetoed by the United States; S/1653 was vetoed
# on Wednesday 6 September 1950.


def test_an_undated_clipping_takes_the_year_whose_weekday_fits() -> None:
    e = _sc("[Undated clipping.]\n\nWASHINGTON STANDS ALONE\n\nOnce again the United States "
            "has raised its hand alone in the Security Council, and this year of 1984 will be "
            "remembered for it. On Wednesday, 4 April, the Council voted on a draft condemning "
            "the mining of Nicaragua's ports; the United States voted against and vetoed it.\n",
            None)
    assert e.date == "1984-04-04"


def test_no_year_named_fits_the_weekday() -> None:
    # 4 April was a Wednesday in 1984, not in 1985
    e = _sc("[Undated clipping.]\n\nOnce again the United States has raised its hand alone "
            "in the Security Council, as it did in 1985. On Wednesday, 4 April, the Council "
            "voted on a draft on Nicaragua; the United States vetoed it.\n", None)
    assert e.date is None
