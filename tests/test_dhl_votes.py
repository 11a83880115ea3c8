"""The DHL "Security Council Voting Data" importer, on a fixture built from real votes
(tests/fixtures/dhl_votes_sample.md says what each resolution is there to exercise)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from unvotes.errors import InputError
from unvotes.official import dhl_votes

FIXTURE = Path(__file__).parent / "fixtures" / "dhl_votes_sample.csv"


@pytest.fixture(scope="module")
def by_resolution():
    source, proposals = dhl_votes.parse(FIXTURE)
    return {p.resolution: p for p in proposals}


def test_source():
    source, proposals = dhl_votes.parse(FIXTURE)
    assert source.format == "dhl-votes"
    assert source.publisher and "Hammarskj" in source.publisher
    assert "non-commercial" in (source.licence or "")
    assert len(proposals) == 5


def test_unanimous(by_resolution):
    p = by_resolution[2397]
    assert (p.date, p.meeting, p.outcome) == (date(2017, 12, 22), "S/PV.8151", "adopted")
    assert (p.yes, p.no, p.abstain, p.absent) == (15, 0, 0, 0)
    assert len(p.votes) == 15 and set(p.votes.values()) == {"yes"}


def test_abstentions(by_resolution):
    p = by_resolution[1973]
    assert p.draft == "S/2011/142"
    assert sorted(c for c, v in p.votes.items() if v == "abstain") == [
        "BRA", "CHN", "DEU", "IND", "RUS"]
    assert sum(v == "yes" for v in p.votes.values()) == 10


def test_historical_seats_are_not_folded_into_successors(by_resolution):
    p = by_resolution[82]
    # The file codes the USSR's and the Republic of China's seats by today's holders.
    assert "SUN" in p.votes and "RUS" not in p.votes
    assert "TWN" in p.votes and "CHN" not in p.votes
    assert p.votes["SUN"] == "absent"  # X, and the vote note says the USSR was absent
    assert p.votes["YUG"] == "abstain"
    assert len(p.votes) == 11 and (p.yes, p.abstain, p.absent) == (9, 1, 1)


def test_modality_wins_over_ms_vote(by_resolution):
    p = by_resolution[1999]
    assert p.outcome == "adopted"
    assert p.votes == {}
    assert p.yes is None and p.absent is None
    assert any("without a vote" in n for n in p.notes)


def test_permanent_no_on_adopted_text_is_not_a_veto(by_resolution):
    p = by_resolution[2623]
    assert p.votes["RUS"] == "no" and p.outcome == "adopted" and p.vetoed_by == []


@pytest.mark.parametrize(("code", "name", "day", "expected"), [
    ("RUS", "USSR", date(1950, 6, 25), "SUN"),
    ("SUN", "UNION OF SOVIET SOCIALIST REPUBLICS", date(1950, 6, 25), "SUN"),
    ("USSR", "USSR", date(1980, 1, 1), "SUN"),
    ("RUS", "RUSSIAN FEDERATION", date(1991, 12, 31), "RUS"),
    ("CHN", "CHINA", date(1971, 10, 24), "TWN"),
    ("CHN", "CHINA", date(1971, 10, 25), "CHN"),
    ("YUG", "YUGOSLAVIA", date(1988, 1, 1), "YUG"),
    ("CSK", "CZECHOSLOVAKIA", date(1979, 1, 1), "CSK"),
    ("CZE", "CZECHOSLOVAKIA", date(1978, 1, 1), "CSK"),
    ("DDR", "GERMAN DEMOCRATIC REPUBLIC", date(1980, 1, 1), "DDR"),
    ("ZAR", "ZAIRE", date(1982, 1, 1), "COD"),
    ("", "UNITED ARAB REPUBLIC", date(1970, 1, 1), "EGY"),
    ("???", "CEYLON", date(1960, 1, 1), "LKA"),
])
def test_member_codes(code, name, day, expected):
    assert dhl_votes.member_code(code, name, day) == expected


# --------------------------------------------------------------------------- variants


def _rows(**changes: str) -> list[dict[str, str]]:
    with FIXTURE.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["resolution"] == "S/RES/2397 (2017)"]
    return [{**r, **changes} for r in rows]


def _bytes(rows: list[dict[str, str]], fields: list[str] | None = None) -> bytes:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=fields or list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return out.getvalue().encode("utf-8")


def test_pandas_style_counts_and_undl_id():
    rows = _rows(undl_id="1234567", total_yes="15.0", total_no="0.0",
                 total_abstentions="0.0", total_non_voting="0.0", total_ms="15.0")
    [p] = dhl_votes.parse_bytes(_bytes(rows), "x.csv")
    assert p.reference == "1234567" and p.yes == 15 and p.no == 0


def test_without_vote_coded_y_is_still_without_vote():
    """The dictionary says no-vote adoptions are coded Y; modality still decides."""
    [p] = dhl_votes.parse_bytes(_bytes(_rows(modality="Without Vote")), "x.csv")
    assert p.votes == {} and p.yes is None


def test_x_without_absence_note_is_not_participating():
    rows = _rows()
    rows[0] = {**rows[0], "ms_vote": "X"}
    rows = [{**r, "total_yes": "14", "total_non_voting": "1"} for r in rows]
    [p] = dhl_votes.parse_bytes(_bytes(rows), "x.csv")
    assert p.votes["CHN"] == "not_participating"


def test_conflicting_repeated_member_keeps_neither():
    rows = _rows()
    rows.append({**rows[0], "ms_vote": "A"})
    [p] = dhl_votes.parse_bytes(_bytes(rows), "x.csv")
    assert "CHN" not in p.votes and any("different votes" in n for n in p.notes)


def test_sniff():
    head = FIXTURE.read_bytes()
    assert dhl_votes.sniff(head, FIXTURE.name)
    ga = b"undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report\n"
    assert not dhl_votes.sniff(ga, "ga.csv")
    assert not dhl_votes.sniff(b'Year,"Date,",Resolution\n', "va.csv")


def test_published_date_from_the_file_name(tmp_path: Path):
    p = tmp_path / "2026_2_6_sc_voting.csv"
    p.write_bytes(FIXTURE.read_bytes())
    source, _ = dhl_votes.parse(p)
    assert source.published == date(2026, 2, 6)


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(("data", "message"), [
    (FIXTURE.read_bytes()[:-200], r"x\.csv:\d+: wrong number of fields"),
    (b"undl_id,ms_code,ms_name,ms_vote,date,session,resolution\n", "General Assembly"),
    (b"<html><body>Service unavailable</body></html>\n", "not a DHL Security Council"),
    (FIXTURE.read_text("utf-8").encode("utf-16"), "not UTF-8"),
    (_bytes(_rows(ms_vote="Yes")), r"x\.csv:2: unknown vote 'Yes'"),
    (_bytes(_rows(date="22.12.2017")), r"x\.csv:2: date '22\.12\.2017'"),
    (_bytes(_rows(resolution="2397")), r"x\.csv:2: resolution '2397'"),
])
def test_bad_input(data: bytes, message: str):
    with pytest.raises(InputError, match=message):
        dhl_votes.parse_bytes(data, "x.csv")


# --------------------------------------------------------------------------- in a database


def test_import_is_idempotent_and_keeps_historical_codes(cli, new_db: str):
    first = cli("import", str(FIXTURE), "--db", new_db)
    assert first.exit_code == 0, first.stderr
    assert "(dhl-votes): 5 records, 5 new proposals" in first.stderr
    again = cli("import", str(FIXTURE), "--db", new_db)
    assert again.exit_code == 0 and "already imported" in again.stderr
    from unvotes import db

    with db.connect(new_db) as conn:
        assert conn.scalar("SELECT count(*) FROM proposal") == 5
        assert conn.scalar("SELECT count(*) FROM source") == 1
        votes = {(r["resolution"], r["member_code"]): r["value"] for r in conn.query(
            "SELECT p.resolution, v.member_code, v.value FROM vote v "
            "JOIN proposal p ON p.id = v.proposal_id")}
        source = next(conn.query("SELECT name, format, publisher, licence FROM source"))
    assert votes[(82, "SUN")] == "absent" and votes[(82, "TWN")] == "yes"
    assert not any(res == 1999 for res, _ in votes)  # adopted without a vote
    assert votes[(2623, "RUS")] == "no"
    assert len([k for k in votes if k[0] == 2397]) == 15
    assert source["format"] == "dhl-votes" and "non-commercial" in source["licence"]
