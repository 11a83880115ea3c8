"""Importing the official record: the Sciences Po file, the DHL veto list and the DHL meetings
tables, on SQLite and PostgreSQL. Expected numbers are computed here from the files
themselves (with csv and re), never typed in.

One database per engine is imported once for the whole module (Sciences Po, then the same file
again, then the veto list on top); tests read it and do not write to it.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import ENGINES, module_database, shared
from unvotes.errors import InputError

SP = "sciencespo_unsc_votes_1946-2025_wide.csv"
VETOES = "dhl_veto_list_to_2022-05-26.html"
P5_COLUMNS = ("CHINA", "FRANCE", "RUSSIAN FEDERATION/USSR", "UNITED KINGDOM", "UNITED STATES")


# --------------------------------------------------------------------------- helpers


def rows(url: str, sql: str, params: dict | None = None) -> list[dict]:
    from unvotes import db

    with db.connect(url) as conn:
        out = list(conn.query(sql, params or {}))
        conn.raw.rollback()
    return out


def counts(url: str) -> dict:
    from unvotes import db, queries

    with db.connect(url) as conn:
        out = queries.status(conn)
        out["outcomes"] = {r["outcome"]: int(r["n"]) for r in conn.query(
            "SELECT outcome, count(*) AS n FROM proposal GROUP BY outcome")}
        conn.raw.rollback()
    return out


def sp_rows() -> list[dict[str, str]]:
    with shared("reference", SP).open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def sp_vetoes() -> Counter:
    """Vetoes by member as the file's cells give them: a P5 "N" on a row called vetoed, the
    merged Russian column split at 25 Dec 1991 and China's at 25 Oct 1971."""
    out: Counter = Counter()
    for r in sp_rows():
        if r["Vote outcome"] != "vetoed":
            continue
        day = date.fromisoformat(r["Date"])
        for col in P5_COLUMNS:
            if r[col].strip() != "N":
                continue
            if col == "RUSSIAN FEDERATION/USSR":
                out["SUN" if day < date(1991, 12, 25) else "RUS"] += 1
            elif col == "CHINA":
                out["TWN" if day < date(1971, 10, 25) else "CHN"] += 1
            else:
                out[{"FRANCE": "FRA", "UNITED KINGDOM": "GBR", "UNITED STATES": "USA"}[col]] += 1
    return out


def veto_list_rows() -> int:
    html = shared("reference", VETOES).read_text(encoding="utf-8")
    return len(re.findall(r"<tr><td>\s*\d{1,2}(?:-\d{1,2})? [A-Z][a-z]+ \d{2,4}\s*</td>", html))


def import_file(url: str, path: Path, **kw):
    from unvotes.official import parse
    from unvotes.official.store import import_records

    source, records = parse(path, **kw)
    return import_records(url, source, records)


@pytest.fixture(scope="module", params=ENGINES)
def imported(request, tmp_path_factory) -> Iterator[SimpleNamespace]:
    """Sciences Po imported, imported again, then the DHL veto list on top."""
    with module_database(request.param, tmp_path_factory.mktemp(request.param)) as url:
        first = import_file(url, shared("reference", SP))
        after_first = counts(url)
        again = import_file(url, shared("reference", SP))
        after_again = counts(url)
        vetoes = import_file(url, shared("reference", VETOES))
        yield SimpleNamespace(url=url, first=first, again=again, vetoes=vetoes,
                              after_first=after_first, after_again=after_again)


# --------------------------------------------------------------------------- Sciences Po


def test_sciencespo_proposals_by_outcome(imported):
    expected = Counter({"adopted": 0, "vetoed": 0, "failed": 0})
    for r in sp_rows():
        expected[{"adopted": "adopted", "vetoed": "vetoed",
                  "lack of maj.": "failed"}[r["Vote outcome"]]] += 1
    assert imported.first.created == len(sp_rows()) == 3203
    assert imported.after_first["proposals"] == sum(expected.values())
    assert imported.after_first["outcomes"] == dict(expected)
    assert imported.after_first["outcomes"] == {"adopted": 2810, "vetoed": 270, "failed": 123}


def test_vetoes_by_member_as_the_file_gives_them(imported):
    expected = sp_vetoes()
    got = Counter({r["member_code"]: int(r["n"]) for r in rows(
        imported.url, "SELECT member_code, count(*) AS n FROM veto GROUP BY member_code")})
    assert got == expected
    # The Soviet Union and Russia apart, and together as the file's merged column.
    merged = sum(1 for r in sp_rows() if r["Vote outcome"] == "vetoed"
                 and r["RUSSIAN FEDERATION/USSR"].strip() == "N")
    assert got["SUN"] > 0 and got["RUS"] > 0
    assert got["SUN"] + got["RUS"] == merged


def test_votes_keep_the_cells(imported):
    cells = Counter()
    without_vote = 0
    for r in sp_rows():
        values = [r[c].strip() for c in list(r)[14:] if c and r[c] and r[c].strip()]
        if r["Vote outcome"] == "adopted" and r["Yes"] == "0" and set(values) == {"NV"}:
            without_vote += 1  # no vote was taken: no vote rows
            continue
        cells.update(v for v in values if v != "?")
    got = {r["value"]: int(r["n"]) for r in rows(
        imported.url, "SELECT value, count(*) AS n FROM vote GROUP BY value")}
    assert got == {"yes": cells["Y"], "no": cells["N"], "abstain": cells["A"],
                   "absent": cells["NV"]}
    assert without_vote == 38


def test_reimport_changes_nothing(imported):
    assert imported.again.already_imported
    assert "already imported" in imported.again.line()
    assert imported.after_again == imported.after_first


def test_source_row(imported):
    (src,) = rows(imported.url, "SELECT * FROM source WHERE format = 'sciencespo'")
    assert src["kind"] == "official"
    assert src["licence"] == "CC BY 4.0"
    assert "Sciences Po" in src["publisher"]
    assert len(src["content_hash"]) == 64 and src["imported_at"]


def test_corrections_are_recorded_not_silent(imported):
    """The four mis-filed columns are moved to the member that sat, each move an evidence row."""
    moved = Counter()
    for r in sp_rows():
        if r["Vote outcome"] == "adopted" and r["Yes"] == "0":
            continue  # adopted without a vote: no vote rows to move
        year = int(r["Date"][:4])
        for col, years in (("ALGERIA", (1966, 1967)), ("TURKEY", (2011, 2012)),
                           ("SLOVAKIA", (2024,)), ("CZECH REPUBLIC", (1964,))):
            if year in years and r[col].strip() not in ("", "?"):
                moved[col] += 1
    ev = rows(imported.url, "SELECT value, count(*) AS n FROM evidence "
              "WHERE fact = 'correction' GROUP BY value")
    assert {r["value"]: int(r["n"]) for r in ev} == {
        "DZA->ARG": moved["ALGERIA"], "TUR->PRT": moved["TURKEY"],
        "SVK->SVN": moved["SLOVAKIA"], "CZE->CSK": moved["CZECH REPUBLIC"]}
    assert rows(imported.url, "SELECT count(*) AS n FROM vote v JOIN proposal p "
                "ON p.id = v.proposal_id WHERE v.member_code = 'ARG' "
                "AND p.date BETWEEN '1966-01-01' AND '1967-12-31'")[0]["n"] == moved["ALGERIA"]


# --------------------------------------------------------------------------- DHL veto list


def test_veto_list_merges_into_sciencespo(imported):
    n = veto_list_rows()
    assert n == imported.vetoes.records == 213
    # Merged: the proposal the row joined is one Sciences Po gave, with the same draft (or
    # meeting, for 1946-49) and the same date, or a date conflict naming both.
    merged = rows(imported.url, """
        SELECT d.reference, d.date AS dhl_date, s.date AS sp_date, p.draft, p.meeting
        FROM proposal_source d
        JOIN source ds ON ds.id = d.source_id AND ds.format = 'dhl-vetoes'
        JOIN proposal_source s ON s.proposal_id = d.proposal_id
        JOIN source ss ON ss.id = s.source_id AND ss.format = 'sciencespo'
        JOIN proposal p ON p.id = d.proposal_id""")
    share = len(merged) / n
    assert share >= 0.98, f"{len(merged)} of {n} rows merged"
    assert imported.vetoes.created == n - len(merged)
    assert imported.after_first["proposals"] + imported.vetoes.created == counts(
        imported.url)["proposals"]
    same_day = [m for m in merged if str(m["dhl_date"]) == str(m["sp_date"])]
    assert len(same_day) / n >= 0.98


def test_check_lists_what_did_not_merge_cleanly(imported, cli):
    import json

    result = cli("check", "--db", imported.url, "--format", "json")
    assert result.exit_code == 0, result.stderr
    findings = json.loads(result.stdout)
    conflicts = [f for f in findings if f["kind"].startswith("conflict:")]
    stored = rows(imported.url, "SELECT count(*) AS n FROM conflict")[0]["n"]
    assert len(conflicts) == stored > 0
    # DHL writes some dates as ranges ("7-9 January 1980"): the reason is in the detail.
    dates = [f for f in conflicts if f["kind"] == "conflict:date"]
    assert any("date written '7-9 January 1980'" in f["detail"] for f in dates)
    assert all({"proposal_id", "date", "symbol", "kind", "detail"} <= set(f) for f in findings)
    # Rows that made a proposal of their own are listed with the reason.
    only_dhl = rows(imported.url, """
        SELECT ps.proposal_id FROM proposal_source ps JOIN source s ON s.id = ps.source_id
        WHERE s.format = 'dhl-vetoes' AND ps.proposal_id NOT IN (
            SELECT ps2.proposal_id FROM proposal_source ps2 JOIN source s2
            ON s2.id = ps2.source_id WHERE s2.format = 'sciencespo')""")
    listed = {f["proposal_id"] for f in findings if f["kind"] == "only_in_one"}
    assert {r["proposal_id"] for r in only_dhl} <= listed


def test_veto_list_parse():
    from unvotes.official import detect, parse

    path = shared("reference", VETOES)
    assert detect(path) == "dhl-vetoes"
    source, records = parse(path)
    recs = list(records)
    assert source.publisher.startswith("United Nations")
    by_member = Counter(c for r in recs for c in r.vetoed_by)
    # As PROVENANCE counts the page: USSR 90 + Russian Federation 30, USA 82, UK 29, ...
    html = path.read_text(encoding="utf-8")
    cells = re.findall(r"<td>([A-Za-z ,]+(?:</br>[A-Za-z ,]+)*)</td></tr>", html)
    names = Counter(n.strip() for c in cells for n in re.split(r"</br>|,", c) if n.strip())
    assert by_member["SUN"] == names["USSR"]
    assert by_member["RUS"] == names["Russian Federation"]
    assert by_member["USA"] == names["USA"] and by_member["GBR"] == names["UK"]
    ranged = next(r for r in recs if r.draft == "S/2001/1199")
    assert ranged.date == date(2001, 12, 14)
    assert any("14-15 December 2001" in n for n in ranged.notes)
    two_digit = next(r for r in recs if r.draft == "S/17769/Rev.1")
    assert two_digit.date == date(1986, 1, 30)
    both = next(r for r in recs if r.date == date(1946, 6, 26) and len(r.vetoed_by) == 2)
    assert set(both.vetoed_by) == {"FRA", "SUN"}


# --------------------------------------------------------------------------- DHL meetings


def meetings(name: str) -> Path:
    return shared("reference", "dhl_sc_meetings_html", name)


def test_meetings_outcomes_and_tallies():
    from unvotes.official import detect, parse

    path = meetings("scact1971_table_en.html")
    assert detect(path) == "dhl-meetings"
    _src, records = parse(path)
    recs = list(records)
    res307 = next(r for r in recs if r.resolution == 307)
    assert (res307.date, res307.outcome, res307.yes, res307.no, res307.abstain) == (
        date(1971, 12, 21), "adopted", 13, 0, 2)
    assert res307.meeting == "S/PV.1621"
    vetoed = next(r for r in recs if r.draft == "S/10489")
    assert (vetoed.outcome, vetoed.vetoed_by, vetoed.yes, vetoed.no, vetoed.abstain) == (
        "vetoed", ["GBR"], 9, 1, 5)
    failed = next(r for r in recs if r.draft == "S/10418")
    assert (failed.outcome, failed.yes, failed.no, failed.abstain) == ("failed", 2, 1, 12)


def test_meetings_2020_covid_page_is_2020():
    from unvotes.official import parse

    _src, records = parse(meetings("scact2020_covid_table_en.html"))
    recs = list(records)
    assert {r.date.year for r in recs} == {2020}
    assert {r.resolution for r in recs if r.resolution} == set(range(2515, 2561))
    failed = next(r for r in recs if r.draft == "S/2020/1054")
    assert (failed.outcome, failed.yes, failed.no, failed.abstain) == ("failed", 5, 0, 10)
    vetoed = next(r for r in recs if r.draft == "S/2020/667")
    assert set(vetoed.vetoed_by) == {"CHN", "RUS"} and (vetoed.yes, vetoed.no) == (13, 2)


def test_all_meetings_pages_parse_and_agree_with_the_veto_list():
    """Every page parses (loose HTML, rowspans, a double-encoded byte-order mark), and the
    vetoed drafts on them are the veto list's, nearly all."""
    from unvotes.official import parse

    folder = shared("reference", "dhl_sc_meetings_html")
    recs = []
    for path in sorted(folder.glob("scact*_table_en.html")):
        recs.extend(parse(path)[1])
    resolutions = {r.resolution for r in recs if r.resolution}
    top = max(resolutions)
    assert len(resolutions) / top >= 0.99
    vetoed = {(r.draft or r.meeting) for r in recs if r.outcome == "vetoed"}
    listed = {(r.draft or r.meeting) for r in parse(shared("reference", VETOES))[1]}
    # The pages differ from the list on a few (a draft "not adopted" on the page, another
    # symbol for 1948): 197 of 203 symbols agree.
    assert len(listed & vetoed) / len(listed) >= 0.95


def test_meetings_merge_onto_sciencespo(imported, tmp_path):
    # Imported into a copy would cost a second Sciences Po import; a year of meetings on top
    # of the module database is small and leaves the other tests' facts as they were.
    path = meetings("scact1971_table_en.html")
    before = counts(imported.url)
    summary = import_file(imported.url, path)
    assert summary.created == 0 and summary.merged == summary.records > 0
    again = import_file(imported.url, path)
    assert again.already_imported
    after = counts(imported.url)
    assert after["proposals"] == before["proposals"] and after["votes"] == before["votes"]


# --------------------------------------------------------------------------- detection


def test_detect_by_content_not_name(tmp_path):
    from unvotes.official import detect

    renamed = tmp_path / "data.txt"
    renamed.write_bytes(shared("reference", SP).read_bytes()[:5000])
    assert detect(renamed) == "sciencespo"
    html = tmp_path / "page.csv"
    html.write_bytes(meetings("scact1999_table_en.html").read_bytes())
    assert detect(html) == "dhl-meetings"
    notes = tmp_path / "notes.md"
    notes.write_text("The DHL veto list (saved HTML) has unclosed `<td>` tags and meetings "
                     "conducted by the Council.\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a format unvotes can import"):
        detect(notes)
    other = tmp_path / "other.csv"
    other.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a format unvotes can import"):
        detect(other)


@pytest.mark.parametrize("text, expected", [
    ("S/10446/REV.1", "S/10446/Rev.1"),
    ("S/4733/Rev. 1", "S/4733/Rev.1"),
    ("S/11400 (as amended)", "S/11400"),
    ("S/9696 and Corr.1 & 2", "S/9696"),
    ("S/552, S/PV.202", "S/552"),
    ("Draft resolutionS/1995/394vetoed by USA", "S/1995/394"),
    ("S/RES/2397 (2017)", None),
    ("S/PV.57", None),
])
def test_draft_symbols(text, expected):
    from unvotes.official.symbols import draft_symbol

    assert draft_symbol(text) == expected


def test_other_symbols_and_dates():
    from unvotes.official.symbols import meeting_symbol, parse_day, resolution_number

    assert resolution_number("S/RES/2397 (2017)") == 2397
    assert resolution_number("S/RES/2811(2025)") == 2811
    assert resolution_number("893 (1994)") == 893
    assert meeting_symbol("S/PV.1620 (closed)") == "S/PV.1620"
    assert meeting_symbol("S/PV.1623(OR)") == "S/PV.1623"
    assert parse_day("14-15 December 2001") == (date(2001, 12, 14), date(2001, 12, 15))
    assert parse_day("30 January 86") == (date(1986, 1, 30),) * 2
    assert parse_day("07 November 1989")[0] == date(1989, 11, 7)
    assert parse_day("30 December ", 1971)[0] == date(1971, 12, 30)
    assert parse_day("Document links will work once") is None


# --------------------------------------------------------------------------- bad input


def _empty(url: str) -> bool:
    c = counts(url)
    return c["proposals"] == c["votes"] == c["sources"] == c["evidence"] == 0


def _bad_inputs(tmp: Path) -> list[tuple[list[str], Path, str]]:
    data = shared("reference", SP).read_bytes()
    truncated = tmp / "truncated.csv"
    truncated.write_bytes(data[: len(data) // 2])  # cut inside a row
    latin1 = tmp / "latin1.csv"
    latin1.write_bytes(data.decode("utf-8").encode("latin-1", errors="replace"))
    other = tmp / "other.html"
    other.write_text("<html><body><p>Nothing to see</p></body></html>", encoding="utf-8")
    not_table = tmp / "veto.html"
    not_table.write_text("<html><h1>Security Council - Veto List</h1><table><tr><td>x</td>"
                         "</tr></table></html>", encoding="utf-8")
    bad_date = tmp / "bad_date.csv"
    text = data.decode("utf-8")
    bad_date.write_text(text.replace(",2025-12-29,", ",29/12/2025,", 1), encoding="utf-8",
                        newline="")
    return [
        ([], truncated, "cells where the header has"),
        ([], latin1, "not UTF-8"),
        ([], other, "not a format unvotes can import"),
        (["--format", "dhl-vetoes"], not_table, "not the DHL veto list"),
        (["--format", "dhl-meetings"], not_table, "not a DHL meetings table"),
        (["--format", "sciencespo"], other, "not the Sciences Po"),
        ([], bad_date, "bad date"),
    ]


def test_bad_input_leaves_nothing(new_db, cli, tmp_path):
    for opts, path, message in _bad_inputs(tmp_path):
        result = cli("import", "--db", new_db, *opts, str(path))
        assert result.exit_code == 1, (path, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and message in lines[0], lines
        assert _empty(new_db), path


def test_good_and_bad_files_in_one_command(new_db, cli, tmp_path):
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    result = cli("import", "--db", new_db, str(bad), str(shared("reference", VETOES)))
    assert result.exit_code == 1
    assert "the file is empty" in result.stderr
    assert "dhl-vetoes" in result.stderr and "213 records" in result.stderr
    assert counts(new_db)["proposals"] == 213


def test_failure_while_writing_rolls_back(new_db, monkeypatch):
    """An error after rows went in leaves nothing: one transaction per file."""
    from unvotes.official import store

    real = store._bulk

    def bulk(conn, cur, table, columns, rows):
        real(conn, cur, table, columns, rows)
        if table == "evidence":  # the last table written: proposals and votes are in
            raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_bulk", bulk)
    with pytest.raises(RuntimeError):
        import_file(new_db, shared("reference", VETOES))
    assert _empty(new_db)


# --------------------------------------------------------------------------- articles


def test_official_record_attaches_to_a_proposal_known_only_from_articles(new_db):
    """An article reported the 26 May 2022 veto a day late, with no symbol: the importer does
    not guess by date (it matches article proposals by symbol only), and reconcile folds the
    article's proposal into the veto list's, keeping the article's date in a conflict row."""
    from unvotes import db
    from unvotes.official.matching import find_match
    from unvotes.official.records import OfficialProposal

    with db.connect(new_db) as conn:
        conn.execute("INSERT INTO source (kind, name, content_hash, imported_at) VALUES "
                     "('article', 'wire story', 'abc', '2022-05-27 10:00:00')")
        sid = conn.scalar("SELECT id FROM source WHERE content_hash = 'abc'")
        conn.execute("INSERT INTO proposal (date, outcome, yes, no, abstain) VALUES "
                     "('2022-05-27', 'vetoed', 13, 2, 0)")
        pid = conn.scalar("SELECT max(id) FROM proposal")
        conn.execute("INSERT INTO proposal_source (proposal_id, source_id, outcome, vetoed_by) "
                     "VALUES (:p, :s, 'vetoed', 'CHN;RUS')", {"p": pid, "s": sid})
        for code in ("CHN", "RUS"):
            conn.execute("INSERT INTO vote (proposal_id, member_code, value) VALUES "
                         "(:p, :m, 'no')", {"p": pid, "m": code})
        for fact, value in (("date", "2022-05-27"), ("outcome", "vetoed"),
                            ("vetoed_by", "CHN;RUS"), ("vote:CHN", "no"), ("vote:RUS", "no")):
            conn.execute("INSERT INTO evidence (source_id, proposal_id, fact, value, text) "
                         "VALUES (:s, :p, :f, :v, 'the story')",
                         {"s": sid, "p": pid, "f": fact, "v": value})
        conn.commit()
        probe = OfficialProposal(reference="x", date=date(2022, 5, 26), outcome="vetoed",
                                 vetoed_by=["RUS", "CHN"])
        assert find_match(conn, probe) is None
        conn.raw.rollback()
    summary = import_file(new_db, shared("reference", VETOES))
    assert summary.attached == 1 and summary.created == summary.records
    (p,) = rows(new_db, "SELECT p.id, p.draft, p.date FROM proposal p JOIN proposal_source ps "
                "ON ps.proposal_id = p.id WHERE ps.source_id = :s", {"s": sid})
    assert p["draft"] == "S/2022/431" and str(p["date"]) == "2022-05-26"
    # The article's date is kept beside the official one, with both sources.
    (c,) = rows(new_db, "SELECT * FROM conflict WHERE proposal_id = :p AND fact = 'date'",
                {"p": p["id"]})
    assert {c["value_a"], c["value_b"]} == {"2022-05-27", "2022-05-26"}
    assert sid in (c["source_a_id"], c["source_b_id"])
    assert counts(new_db)["proposals"] == summary.records
