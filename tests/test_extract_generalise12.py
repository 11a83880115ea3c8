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
