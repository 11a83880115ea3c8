"""Named queries and analyses on a small real record, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sample_record import FORMULA_SUBJECT, build

from unvotes import analyses, queries
from unvotes.db import connect
from unvotes.errors import UsageError


@pytest.fixture
def conn(new_db: str):
    build(new_db)
    with connect(new_db) as c:
        yield c


def drafts(rows: list[dict]) -> list:
    return [r["draft"] for r in rows]


def test_vetoes_lists_every_vetoed_proposal_with_its_facts(conn) -> None:
    rows = queries.vetoes(conn)
    assert [r["date"] for r in rows] == ["1946-02-16", "1955-12-13", "2022-02-25",
                                         "2022-05-26", "2023-10-18"]
    dprk = rows[3]
    assert dprk == {"date": "2022-05-26", "draft": "S/2022/431", "vetoed_by": ["CHN", "RUS"],
                    "yes": 13, "no": 2, "abstain": 0,
                    "subject": "Non-proliferation - Democratic People's Republic of Korea",
                    "sponsors": ["USA"], "sources": 2, "id": 5}
    assert list(dprk) == queries.VETO_COLUMNS


@pytest.mark.parametrize("by, expected", [
    ("RUS", ["S/2022/155", "S/2022/431"]),
    ("Russia", ["S/2022/155", "S/2022/431"]),
    ("Russian Federation", ["S/2022/155", "S/2022/431"]),
    ("russia", ["S/2022/155", "S/2022/431"]),
    ("USSR", [None]),              # the first veto, recorded under its meeting S/PV.23
    ("China", ["S/2022/431"]),     # the PRC: the ROC's 1955 veto is another state's
    ("United States", ["S/2023/773"]),
    ("France", []),
])
def test_vetoes_by_member_accepts_codes_names_and_aliases(conn, by, expected) -> None:
    assert drafts(queries.vetoes(conn, by=by)) == expected


def test_include_predecessors_adds_the_seat_s_former_holder(conn) -> None:
    assert drafts(queries.vetoes(conn, by="Russia", include_predecessors=True)) == [
        None, "S/2022/155", "S/2022/431"]
    assert drafts(queries.vetoes(conn, by="CHN", include_predecessors=True)) == [
        "S/3502", "S/2022/431"]


def test_vetoes_filters_by_dates_and_topic(conn) -> None:
    assert drafts(queries.vetoes(conn, since=2022, until=2022)) == ["S/2022/155", "S/2022/431"]
    assert drafts(queries.vetoes(conn, since="2022-02-26")) == ["S/2022/431", "S/2023/773"]
    assert drafts(queries.vetoes(conn, until="1955-12-13")) == [None, "S/3502"]
    assert drafts(queries.vetoes(conn, topic="korea non-proliferation")) == ["S/2022/431"]
    assert drafts(queries.vetoes(conn, topic="KOREA ukraine")) == []
    # LIKE wildcards in the words are literal, not patterns
    assert drafts(queries.vetoes(conn, topic="%")) == []


def test_filters_are_bound_never_pasted(conn) -> None:
    hostile = "x' OR '1'='1"
    assert queries.vetoes(conn, topic=hostile) == []
    with pytest.raises(UsageError, match="unknown member"):
        queries.vetoes(conn, by=hostile)


def test_bad_filters_are_usage_errors(conn) -> None:
    with pytest.raises(UsageError, match="did you mean Russia"):
        queries.vetoes(conn, by="Rusia")
    with pytest.raises(UsageError, match="not a year or a date"):
        queries.vetoes(conn, since="last spring")
    with pytest.raises(UsageError, match="after"):
        queries.vetoes(conn, since=2023, until=2022)
    with pytest.raises(UsageError, match="unknown outcome"):
        queries.proposals(conn, outcome="tabled")
    with pytest.raises(UsageError, match="--voted needs --member"):
        queries.proposals(conn, voted="no")


def test_proposals_by_outcome_and_by_a_member_s_vote(conn) -> None:
    assert [r["resolution"] for r in queries.proposals(conn, outcome="adopted")] == [2397]
    assert len(queries.proposals(conn)) == 6
    abstained = queries.proposals(conn, member="India", voted="abstain")
    assert drafts(abstained) == ["S/2022/155"]
    assert drafts(queries.proposals(conn, member="UK", voted="abstain")) == ["S/2023/773"]
    assert drafts(queries.proposals(conn, member="Ireland")) == ["S/2022/155", "S/2022/431"]
    assert queries.proposals(conn, member="Soviet Union", voted="not_participating") == []
    first = queries.proposals(conn, member="FRA", voted="not-participating")
    assert [r["id"] for r in first] == [1]
    assert list(first[0]) == queries.PROPOSAL_COLUMNS


@pytest.mark.parametrize("ref", ["S/2022/431", "s/2022/431", " S/2022/431 ", "id:5", "#5"])
def test_votes_finds_a_proposal_by_draft_or_id(conn, ref) -> None:
    p = queries.votes(conn, ref)
    assert p["id"] == 5 and p["vetoed_by"] == ["CHN", "RUS"]
    assert {v["member_code"]: v["value"] for v in p["votes"]}["CHN"] == "no"
    assert len(p["votes"]) == 15
    assert [v["member_code"] for v in p["votes"][:5]] == ["CHN", "FRA", "GBR", "RUS", "USA"]
    assert [s["name"] for s in p["sources"]] == ["sciencespo", "article-2023-10-18.html"]


@pytest.mark.parametrize("ref", ["2397", 2397, "S/RES/2397 (2017)", "S/RES/2397(2017)",
                                 "S/RES/2397"])
def test_votes_finds_a_resolution(conn, ref) -> None:
    p = queries.votes(conn, ref)
    assert p["draft"] == "S/2017/1084" and p["symbol"] == "S/RES/2397 (2017)"
    assert p["outcome"] == "adopted" and p["sponsors"][0]["member_code"] == "USA"


def test_votes_keeps_the_five_values_distinct_and_shows_evidence(conn) -> None:
    p = queries.votes(conn, "S/PV.23")
    values = {v["member_code"]: v["value"] for v in p["votes"]}
    assert values["FRA"] == "not_participating" and values["POL"] == "abstain"
    assert values["TWN"] == "yes" and p["vetoed_by"] == ["SUN"]
    article = queries.votes(conn, "S/2023/773")
    assert article["evidence"][0]["text"].startswith("The United States vetoed")


def test_votes_refuses_unknown_or_ambiguous_references(conn) -> None:
    with pytest.raises(UsageError, match="no proposal matches 'S/RES/2397 \\(2018\\)'"):
        queries.votes(conn, "S/RES/2397 (2018)")
    with pytest.raises(UsageError, match="use id:6"):
        queries.votes(conn, "6")
    conn.execute("INSERT INTO proposal (id, date, draft, outcome) "
                 "VALUES (7, '1955-12-13', 'S/3502', 'vetoed')")
    with pytest.raises(UsageError, match="matches 2 proposals \\(id:2, id:7\\)"):
        queries.votes(conn, "S/3502")


def test_member_record(conn) -> None:
    rec = analyses.member(conn, "United States")
    assert rec["code"] == "USA" and rec["vetoes"] == 1
    assert rec["votes"] == {"yes": 4, "no": 1, "abstain": 1, "absent": 0,
                            "not_participating": 0}
    assert rec["sponsored"] == {"total": 4, "adopted": 1, "vetoed": 3, "failed": 0,
                                "unknown": 0}
    assert rec["terms"] == [{"member_code": "USA", "start_date": "1946-01-01",
                             "end_date": None, "permanent": True}]
    since = analyses.member(conn, "USA", since=2022)
    assert since["votes"]["yes"] == 2 and since["sponsored"]["total"] == 2
    ireland = analyses.member(conn, "Ireland", since=2021, until=2022)
    assert [(t["start_date"], t["end_date"]) for t in ireland["terms"]] == [
        ("2021-01-01", "2022-12-31")]


def test_member_with_predecessors_counts_both_identities(conn) -> None:
    rec = analyses.member(conn, "Russia", include_predecessors=True)
    assert rec["predecessors"] == ["SUN"] and rec["vetoes"] == 3
    assert [t["member_code"] for t in rec["terms"]] == ["SUN", "RUS"]
    assert analyses.member(conn, "Russia")["vetoes"] == 2


def test_agreement_compares_only_positions_taken(conn) -> None:
    # USA and RUS both took a position on 2397 (alike), S/2022/155, S/2022/431 and
    # S/2023/773 (not alike); 1946-1955 are the Soviet Union's votes, not Russia's.
    assert analyses.agreement(conn, "USA", "Russia") == {
        "a": "USA", "b": "RUS", "votes_compared": 4, "agreement": 0.25}
    assert analyses.agreement(conn, "FRA", "GBR", since=2022)["agreement"] == 2 / 3
    # France did not participate in 1946: only 1955 is compared with the Soviet Union
    assert analyses.agreement(conn, "FRA", "SUN") == {
        "a": "FRA", "b": "SUN", "votes_compared": 1, "agreement": 1.0}
    assert analyses.agreement(conn, "USA", "RUS", until=2000) == {
        "a": "USA", "b": "RUS", "votes_compared": 0, "agreement": None}


def test_agreement_matrix_defaults_to_the_permanent_members(conn) -> None:
    rows = analyses.agreement_matrix(conn)
    assert [r["member"] for r in rows] == ["CHN", "FRA", "RUS", "GBR", "USA"]
    assert rows[4]["RUS"] == analyses.agreement(conn, "USA", "RUS")["agreement"]
    assert all(r[r["member"]] == 1.0 for r in rows)
    small = analyses.agreement_matrix(conn, ["USA", "Brazil"], since=2022)
    assert small == [{"member": "USA", "USA": 1.0, "BRA": 2 / 3},
                     {"member": "BRA", "USA": 2 / 3, "BRA": 1.0}]


def test_stats_vetoes_by_member_seat_and_time(conn) -> None:
    by_member = analyses.stats_vetoes(conn, "member")
    assert [(r["member_code"], r["vetoes"]) for r in by_member] == [
        ("RUS", 2), ("CHN", 1), ("SUN", 1), ("TWN", 1), ("USA", 1)]
    by_seat = analyses.stats_vetoes(conn, "seat")
    assert [(r["seat"], r["members"], r["vetoes"]) for r in by_seat] == [
        ("RUS", ["RUS", "SUN"], 3), ("CHN", ["CHN", "TWN"], 2), ("USA", ["USA"], 1)]
    decades = analyses.stats_vetoes(conn, "decade")
    assert [d["decade"] for d in decades] == [f"{y}s" for y in range(1940, 2030, 10)]
    assert decades[-1] == {"decade": "2020s", "vetoed_proposals": 3, "vetoes": 4}
    years = analyses.stats_vetoes(conn, "year", since=2020)
    assert years == [{"year": 2022, "vetoed_proposals": 2, "vetoes": 3},
                     {"year": 2023, "vetoed_proposals": 1, "vetoes": 1}]
    russia = analyses.stats_vetoes(conn, "year", member="Russia", include_predecessors=True)
    assert sum(r["vetoes"] for r in russia) == 3
    assert sum(r["vetoed_proposals"] for r in russia) == 3
    topics = analyses.stats_vetoes(conn, "topic")
    assert {"topic": FORMULA_SUBJECT, "vetoed_proposals": 1, "vetoes": 1} in topics
    with pytest.raises(UsageError, match="unknown grouping"):
        analyses.stats_vetoes(conn, "colour")


def test_a_vetoed_proposal_known_without_votes_is_still_listed(conn) -> None:
    conn.execute("INSERT INTO proposal (id, date, draft, outcome, subject) "
                 "VALUES (8, '2024-03-22', 'S/2024/239', 'vetoed', 'Gaza ceasefire')")
    row = queries.vetoes(conn, since=2024)[0]
    assert row["draft"] == "S/2024/239" and row["vetoed_by"] == []
    assert analyses.stats_vetoes(conn, "year", since=2024) == [
        {"year": 2024, "vetoed_proposals": 1, "vetoes": 0}]
