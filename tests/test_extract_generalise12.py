"""Generalisation checks written for the twelfth blind set: several vetoed drafts told with
"each of the three texts" at a sentence's start. Facts are the record's (31 October
1977: three African drafts vetoed by France, the United Kingdom and the United States, 10-5)."""

from unvotes.extract import extract


def test_each_at_a_sentence_start_speaks_of_every_draft_counted_before() -> None:
    text = (
        "UNITED NATIONS, Oct 31 - France, Britain and the United States on Monday vetoed "
        "three draft resolutions calling for sanctions against South Africa. Each of the "
        "three texts received ten votes in favour and five against.\n"
    )
    events = [e for e in extract(text, published="1977-11-01") if e.body == "SC"]
    assert len(events) == 3
    assert all((e.yes, e.no) == (10, 5) for e in events)


def test_a_tally_of_two_votes_is_not_a_count_of_two_drafts() -> None:
    # 19 September 2019: S/2019/756 vetoed 12-2-1 by Russia and China, S/2019/757 failed 2-9-4
    text = ("The Security Council voted twice on Thursday on a truce for Idlib. A text drafted "
            "by Kuwait, Belgium and Germany won 12 votes, but Russia and China voted against "
            "it. A Russian text won only two votes. Both drafts were rejected.\n")
    events = [e for e in extract(text, published="2019-09-20") if e.body == "SC"]
    assert [(e.outcome, e.yes) for e in events] == [("vetoed", 12), ("failed", 2)]


def test_the_nth_time_after_a_comma_counts_this_vote() -> None:
    # 18 September 2025: S/2025/583, 14-1-0, vetoed by the United States
    text = ("UNITED NATIONS, Sept 18 - A Security Council draft demanding a ceasefire in Gaza "
            "failed on Thursday when Washington cast the only vote against it, the sixth time "
            "the United States has used its veto on the war. Fourteen members voted for it.\n")
    e = next(e for e in extract(text, published="2025-09-18") if e.body == "SC")
    assert (e.outcome, e.vetoed_by, e.votes.get("USA")) == ("vetoed", ["USA"], "no")


def test_a_numbered_resolution_after_several_drafts_is_a_vote_of_its_own() -> None:
    # 31 October 1977: three drafts vetoed 10-5, then resolution 417 adopted unanimously
    text = (
        "UNITED NATIONS, Oct 31 - The United States, Britain and France together blocked "
        "three African resolutions on South Africa in the Security Council on Monday.\n\n"
        "Each of the three texts received ten votes in favour and five against.\n\n"
        "The council then adopted resolution 417 unanimously.\n"
    )
    events = [e for e in extract(text, published="1977-11-01") if e.body == "SC"]
    assert [(e.outcome, e.resolution) for e in events] == [
        ("vetoed", None), ("vetoed", None), ("vetoed", None), ("adopted", "417")]
    assert all(sorted(e.vetoed_by) == ["FRA", "GBR", "USA"] for e in events[:3])


def test_voted_with_several_modifiers_before_to_is_an_adoption() -> None:
    # 5 August 2017: resolution 2371 on North Korea, adopted 15-0
    text = ("SINGAPORE, Aug 6 - North Korea stands to lose a third of its exports after the UN "
            "Security Council voted unanimously on Saturday (Aug 5) in New York to ban its "
            "coal, iron and seafood sales.\n")
    e = next(e for e in extract(text, published="2017-08-06") if e.body == "SC")
    assert (e.outcome, e.yes, e.no, e.date) == ("adopted", 15, 0, "2017-08-05")


def test_the_two_seats_left_unnamed_take_the_side_two_short() -> None:
    # 8 March 1988: sanctions on South Africa, 10-2-3, vetoed by the United States and Britain
    text = (
        "NEW YORK, March 8 - The two permanent powers voted against the sanctions draft in the "
        "Security Council on Tuesday. France, Japan and West Germany abstained. Senegal, "
        "Zambia, Algeria, Argentina, Brazil, Italy, Nepal, Yugoslavia, the Soviet Union and "
        "China voted in favour. Ten votes for, two against, three abstentions.\n"
    )
    e = next(e for e in extract(text, published="1988-03-09") if e.body == "SC")
    assert (e.outcome, sorted(e.vetoed_by)) == ("vetoed", ["GBR", "USA"])
    assert e.votes["USA"] == e.votes["GBR"] == "no"


def test_members_voting_for_all_n_texts_vote_on_each() -> None:
    # 31 October 1977: the Soviet Union and China voted for the three vetoed drafts and 417
    text = (
        "UNITED NATIONS, Oct 31 - The United States, Britain and France together blocked "
        "three African resolutions on South Africa in the Security Council on Monday.\n\n"
        "Each of the three texts received ten votes in favour and five against.\n\n"
        "The council then adopted resolution 417 unanimously.\n\n"
        "The Soviet Union and China both voted for all four texts.\n"
    )
    events = [e for e in extract(text, published="1977-11-01") if e.body == "SC"]
    assert len(events) == 4
    assert all(e.votes.get("SUN") == e.votes.get("CHN") == "yes" for e in events)


def test_without_a_dissenting_voice_and_fifteen_to_nothing() -> None:
    # 31 October 1977: resolution 417 adopted unanimously, 15-0
    text = ("UNITED NATIONS, Oct 31 - The Security Council on Monday adopted resolution 417 "
            "without a dissenting voice, condemning repression in South Africa.\n")
    e = next(e for e in extract(text, published="1977-11-01") if e.body == "SC")
    assert (e.resolution, e.yes, e.no, e.abstain) == ("417", 15, 0, 0)
    text = ("UNITED NATIONS, Oct 31 - The Security Council on Monday adopted resolution 417 "
            "by 15 votes to nothing.\n")
    e = next(e for e in extract(text, published="1977-11-01") if e.body == "SC")
    assert (e.yes, e.no) == (15, 0)


def test_joined_in_opposition_by_names_more_no_votes() -> None:
    # 31 October 1977: Canada and West Germany voted no with the three Western permanent members
    text = ("UNITED NATIONS, Oct 31 - The United States, Britain and France on Monday vetoed a "
            "Security Council draft on sanctions against South Africa, which got ten votes in "
            "favour and five against: the three were joined in opposition by Canada and West "
            "Germany.\n")
    e = next(e for e in extract(text, published="1977-11-01") if e.body == "SC")
    assert e.votes.get("CAN") == e.votes.get("DEU") == "no"


def test_approved_by_n_members_is_the_yes_side() -> None:
    # 10 September 1972: S/10784, 13-1-1, vetoed by the United States, Panama abstaining
    text = ("UNITED NATIONS, Sept 10 - A Security Council draft, S/10784, was approved by "
            "thirteen members on Sunday, but the United States vetoed it and Panama "
            "abstained.\n")
    e = next(e for e in extract(text, published="1972-09-11") if e.body == "SC")
    assert (e.yes, e.no, e.abstain, e.outcome) == (13, 1, 1, "vetoed")
