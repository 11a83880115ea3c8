"""The Voting Agent importer, on the real file in ../shared/reference/.

Every expected figure is computed here from the file with the csv module, independently of
the parser, so the test states how the figure is defined rather than what it happens to be.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import shared
from unvotes.errors import InputError
from unvotes.official import voting_agent

FILE = "votingagent_sc_draft_votes_1994-2025.csv"
P5_NAMES = {"China": "CHN", "France": "FRA", "Russian Federation": "RUS",
            "United Kingdom": "GBR", "United States": "USA"}


@pytest.fixture(scope="module")
def path() -> Path:
    return shared("reference", FILE)


@pytest.fixture(scope="module")
def raw(path: Path) -> dict[str, list[dict[str, str]]]:
    """The file's rows grouped by draft ID, read with nothing but csv."""
    by_id: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_id[row["ID"]].append(row)
    return by_id


@pytest.fixture(scope="module")
def parsed(path: Path):
    return voting_agent.parse(path)


def test_one_proposal_per_draft_id(raw, parsed):
    _source, proposals = parsed
    assert len(proposals) == len(raw)
    assert {p.reference for p in proposals} == set(raw)


def test_outcomes_as_the_file_states_them(raw, parsed):
    wording = Counter(rows[0]["Outcome results"] for rows in raw.values())
    adopted = sum(n for w, n in wording.items() if w.startswith("Adopted"))
    vetoed = sum(n for w, n in wording.items() if "veto" in w)
    failed = sum(n for w, n in wording.items() if "required number" in w)
    assert adopted + vetoed + failed == len(raw)
    got = Counter(p.outcome for p in parsed[1])
    assert got == {"adopted": adopted, "vetoed": vetoed, "failed": failed}
    # "Adopted unanimously" with a No or an abstention in the rows is the file contradicting
    # itself (the US veto of 17 May 1995 is filed so): kept as stated, and noted.
    unanimous = {k for k, rows in raw.items()
                 if rows[0]["Outcome results"] == "Adopted unanimously"}
    assert len(unanimous) == wording["Adopted unanimously"]
    for p in parsed[1]:
        if p.reference in unanimous and set(p.votes.values()) - {"yes"}:
            assert any("but the rows say" in n for n in p.notes)

def test_vetoes_are_permanent_members_no_on_vetoed_drafts(raw, parsed):
    expected: Counter[str] = Counter()
    for rows in raw.values():
        if "veto" in rows[0]["Outcome results"]:
            expected.update({P5_NAMES[r["Member State"]] for r in rows
                             if r["Vote"] == "No" and r["Member State"] in P5_NAMES})
    got = Counter(code for p in parsed[1] for code in p.vetoed_by)
    assert got == expected
    assert set(got) == {"RUS", "USA", "CHN"}  # no British or French veto since 1989


def test_no_vote_taken_means_no_votes(raw, parsed):
    without = {k for k, rows in raw.items()
               if rows[0]["Outcome results"] in ("Adopted by consensus", "Adopted by acclamation")}
    assert without
    for p in parsed[1]:
        if p.reference in without:
            assert p.votes == {} and p.outcome == "adopted"


def test_every_member_row_is_mapped_or_explained(raw, parsed):
    rows_by_member = Counter()
    for rows in raw.values():
        rows_by_member.update({r["Member State"] for r in rows})
    # "Ethipia" (sic) is Ethiopia.
    assert "Ethipia" in rows_by_member
    for p in parsed[1]:
        for code, value in p.votes.items():
            assert len(code) == 3 and value in ("yes", "no", "abstain")


def test_repeated_member_rows(raw, parsed):
    proposals = {p.reference: p for p in parsed[1]}
    repeated = {k for k, rows in raw.items()
                if len({r["Member State"] for r in rows}) < len(rows)}
    assert repeated  # the file has some; each is collapsed or explained
    for key in repeated:
        p = proposals[key]
        names = Counter(r["Member State"] for r in raw[key])
        for name, n in names.items():
            values = {r["Vote"] for r in raw[key] if r["Member State"] == name}
            if n > 1 and len(values) > 1:
                assert any("different votes" in note for note in p.notes)
    # Resolution 2602 (2021): Tunisia is listed both Yes and Abstain; neither is kept.
    res_2602 = next(p for p in parsed[1] if p.resolution == 2602)
    assert "TUN" not in res_2602.votes
    assert res_2602.votes["RUS"] == "abstain"


def test_only_council_members_vote(raw, parsed):
    """Rows naming states not on the Council that day (the 1995 drafts list Japan, ...)
    are left out with a note, never stored as votes."""
    from unvotes import reference

    dropped = 0
    for p in parsed[1]:
        seated = {t.code for t in reference.council_on(p.date)}
        assert set(p.votes) <= seated, p.reference
        dropped += sum(1 for n in p.notes if n.startswith("rows name members not on"))
    assert dropped > 0


def test_resolution_out_of_sequence_is_dropped(raw, parsed):
    """ "425 (2002)" between 1422 and 1426 is a typo for 1425, not the 1978 resolution."""
    [p] = [p for p in parsed[1] if raw[p.reference][0]["Resolution"] == "425 (2002)"]
    assert p.resolution is None and any("out of sequence" in n for n in p.notes)
    assert p.draft == "S/2002/799"


def test_excel_dates_and_swapped_day_month(raw, parsed):
    proposals = {p.reference: p for p in parsed[1]}
    epoch = date(1899, 12, 30)
    serials = [int(rows[0]["Date,"]) for rows in raw.values()]
    assert min(p.date for p in proposals.values()) >= epoch + timedelta(min(serials))
    # Resolution 893 (1994), adopted 6 January 1994, is stored as serial for 1 June.
    res_893 = next(p for p in proposals.values() if p.resolution == 893)
    assert epoch + timedelta(int(raw[res_893.reference][0]["Date,"])) == date(1994, 6, 1)
    assert res_893.date == date(1994, 1, 6)
    assert any("swapped" in n for n in res_893.notes)
    # Dates that cannot be swapped (day > 12) are never changed.
    for key, rows in raw.items():
        d = epoch + timedelta(int(rows[0]["Date,"]))
        if d.day > 12:
            assert proposals[key].date == d


def test_swapped_dates_agree_with_sciences_po(parsed):
    """Swapping back must bring dates closer to an independent source, not further."""
    sp = shared("reference", "sciencespo_unsc_votes_1946-2025_wide.csv")
    with sp.open(newline="", encoding="utf-8") as fh:
        dates = {int(r["Resolution number"]): date.fromisoformat(r["Date"])
                 for r in csv.DictReader(fh) if r["Resolution number"].isdigit()}
    swapped = [p for p in parsed[1] if any("swapped" in n for n in p.notes)
               and p.resolution in dates]
    agree = sum(1 for p in swapped if dates[p.resolution] == p.date)
    assert len(swapped) > 300 and agree / len(swapped) > 0.95


def test_resolution_symbols_in_mixed_formats(raw, parsed):
    by_res = {p.resolution: p for p in parsed[1] if p.resolution}
    assert 893 in by_res and 2618 in by_res and 2673 in by_res and 2776 in by_res
    # Adopted drafts whose Resolution cell holds a number all get one.
    import re

    numbered = {k for k, rows in raw.items()
                if re.search(r"\d{3,4}\s*\(?\s*(19|20)\d\d", rows[0]["Resolution"])}
    assert len(by_res) >= len(numbered) - 1
    # Failed drafts have no resolution number.
    assert all(p.resolution is None for p in parsed[1] if p.outcome != "adopted")


def test_sponsors(raw, parsed):
    proposals = {p.reference: p for p in parsed[1]}
    president = {k for k, rows in raw.items() if rows[0]["Submitted by"].strip() == "President"}
    empty = {k for k, rows in raw.items() if not rows[0]["Submitted by"].strip()}
    assert all(proposals[k].sponsors == [] for k in president | empty)
    assert all(any("President" in n for n in proposals[k].notes) for k in president)
    named = [p for k, p in proposals.items() if k not in president | empty]
    with_codes = [p for p in named if p.sponsors]
    # Almost every cell that names sponsors yields member codes; the rest are explained.
    assert len(with_codes) / len(named) > 0.97
    for p in named:
        if not p.sponsors:
            assert any(n.startswith("sponsor") for n in p.notes)
    # A cell split across commas and "and": "Costa, Rica" style breaks are rejoined.
    notes: list[str] = []
    assert voting_agent.sponsors("France,United Kingdom and United States",
                                 date(2020, 1, 1), notes) == ["FRA", "GBR", "USA"]
    assert voting_agent.sponsors("Costa, Rica, Cabo, Verde", date(2020, 1, 1), notes) == [
        "CRI", "CPV"]
    assert voting_agent.sponsors("United Kindgom,_x000D_\nJapan", date(2020, 1, 1),
                                 notes) == ["GBR", "JPN"]
    assert voting_agent.sponsors("-none-", date(2020, 1, 1), notes) == []


def test_source_is_unverified_third_party(parsed):
    source, _ = parsed
    assert source.format == "voting-agent"
    assert "unverified" in (source.publisher or "")
    assert "unknown" in (source.licence or "")
    assert len(source.content_hash) == 64


def test_sniff(path: Path):
    head = path.read_bytes()[:65536]
    assert voting_agent.sniff(head, path.name)
    assert not voting_agent.sniff(b"undl_id,ms_code,ms_name\n", "x.csv")


# --------------------------------------------------------------------------- bad input


def _write(tmp_path: Path, text: str | bytes, name: str = "va.csv") -> Path:
    p = tmp_path / name
    p.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return p


def test_truncated_file_is_refused(tmp_path: Path, path: Path):
    data = path.read_bytes()
    cut = data[: data.index(b"\n", 5000) + 40]  # a row cut in the middle
    with pytest.raises(InputError, match=r"va\.csv:\d+: wrong number of fields"):
        voting_agent.parse(_write(tmp_path, cut))


def test_other_format_is_refused(tmp_path: Path):
    with pytest.raises(InputError, match="not a Voting Agent file"):
        voting_agent.parse(_write(tmp_path, "a,b\n1,2\n"))


def test_wrong_encoding_is_refused(tmp_path: Path, path: Path):
    data = path.read_bytes()[:3000].decode("utf-8").encode("utf-16")
    with pytest.raises(InputError, match="not UTF-8"):
        voting_agent.parse(_write(tmp_path, data))


# --------------------------------------------------------------------------- in a database


def test_import_on_top_of_sciences_po(cli, new_db: str, path: Path, raw):
    """The Voting Agent file merges into the Sciences Po record and adds sponsors."""
    sp = shared("reference", "sciencespo_unsc_votes_1946-2025_wide.csv")
    assert cli("import", str(sp), "--db", new_db).exit_code == 0
    result = cli("import", str(path), "--db", new_db)
    assert result.exit_code == 0, result.stderr
    assert "(voting-agent): " in result.stderr
    again = cli("import", str(path), "--db", new_db)
    assert "already imported" in again.stderr
    from unvotes import db

    with db.connect(new_db) as conn:
        attached = conn.scalar(
            "SELECT count(*) FROM proposal_source ps JOIN source s ON s.id = ps.source_id "
            "WHERE s.format = 'voting-agent'")
        merged = conn.scalar(
            "SELECT count(DISTINCT ps.proposal_id) FROM proposal_source ps "
            "JOIN source s ON s.id = ps.source_id WHERE s.format = 'voting-agent' AND "
            "ps.proposal_id IN (SELECT proposal_id FROM proposal_source p2 JOIN source s2 "
            "ON s2.id = p2.source_id WHERE s2.format = 'sciencespo')")
        sponsored = conn.scalar("SELECT count(DISTINCT proposal_id) FROM sponsorship")
        publisher = conn.scalar("SELECT publisher FROM source WHERE format = 'voting-agent'")
    assert attached == len(raw)
    assert merged / len(raw) > 0.98  # nearly every draft is one Sciences Po already has
    named = {k for k, rows in raw.items()
             if rows[0]["Submitted by"].strip() not in ("", "President", "-none-")}
    assert sponsored >= 0.95 * len(named)
    assert "unverified" in publisher
