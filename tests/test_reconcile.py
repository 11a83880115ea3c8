"""Reconciling events with the record, on both engines.

The events here are the dev set's labels (what a perfect extractor would give), so these
tests judge matching and merging alone; tests/test_ingest.py runs the whole path.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import shared
from unvotes import db
from unvotes.merge import Merger, rebuild_claims
from unvotes.reconcile import Reconciler, attach_article_proposals

SEED_EVENT = {
    # What the seed article says: the page header (2024) gives a wrong date.
    "body": "SC", "date": "2024-11-14", "outcome": "vetoed", "yes": 13, "no": 2,
    "abstain": 0, "vetoed_by": ["CHN", "RUS"], "votes": {"CHN": "no", "RUS": "no"},
    "sponsors": ["USA"], "subject": "sanctions on North Korea over missile launches",
    "confidence": 0.6,
    "evidence": [{"fact": "outcome", "text": "China and Russia on Thursday vetoed a US-led "
                  "bid at the United Nations", "start": 0, "end": 60}],
}


def import_sciencespo(url: str) -> None:
    from unvotes.official import parse
    from unvotes.official.store import import_records

    src, recs = parse(shared("reference", "sciencespo_unsc_votes_1946-2025_wide.csv"),
                      "sciencespo")
    import_records(url, src, recs)


def labels() -> list[tuple[str, dict]]:
    d = shared("articles", "dev")
    return [(p.stem, json.loads(p.read_text())) for p in sorted(d.glob("*.json"))]


def add_article(conn: db.Connection, name: str, events: list[dict],
                confidence: float = 0.9) -> tuple[int, list[int | None]]:
    """Store one article source and its events the way ingest does; commit."""
    sid = conn.execute("INSERT INTO source (kind, name, content_hash, imported_at) VALUES "
                       "('article', :n, :h, '2026-01-01 00:00:00') RETURNING id",
                       {"n": name, "h": "hash-" + name}).fetchone()[0]
    rec = Reconciler(conn)
    taken: set[int] = set()
    out = []
    for ev in events:
        res = rec.add_event(sid, {"confidence": confidence, **ev}, taken)
        out.append(res.proposal_id if res else None)
    conn.commit()
    return sid, out


def official_id(conn: db.Connection, ev: dict) -> int | None:
    """The official proposal a label describes: its date and vetoing members, then its
    tally, resolution or draft where several votes share the day."""
    rows = list(conn.query(
        "SELECT p.id, p.yes, p.no, p.abstain, p.resolution, p.draft FROM proposal p "
        "WHERE p.date = :d AND EXISTS (SELECT 1 FROM proposal_source ps JOIN source s ON "
        "s.id = ps.source_id WHERE ps.proposal_id = p.id AND s.kind = 'official')",
        {"d": ev["date"] if conn.dialect == "sqlite" else ev["date"]}))
    want = sorted(ev["vetoed_by"])
    out = []
    for r in rows:
        vetoers = sorted(x["member_code"] for x in conn.query(
            "SELECT member_code FROM veto WHERE proposal_id = :p", {"p": r["id"]}))
        if vetoers == want:
            out.append(r)
    if len(out) > 1:
        out = [r for r in out if (r["yes"], r["no"], r["abstain"])
               == (ev["yes"], ev["no"], ev["abstain"])] or out
    if len(out) > 1 and ev.get("resolution"):
        out = [r for r in out if str(r["resolution"]) == str(ev["resolution"])]
    if len(out) > 1 and ev.get("draft"):
        out = [r for r in out if (r["draft"] or "").startswith(ev["draft"])]
    return out[0]["id"] if len(out) == 1 else None


def dump(conn: db.Connection) -> dict:
    """Proposals, evidence and conflicts keyed by content, not by ids (which depend on
    the order things were written in)."""
    key: dict[int, tuple] = {}
    for r in conn.query("SELECT ps.proposal_id, s.content_hash FROM proposal_source ps "
                        "JOIN source s ON s.id = ps.source_id"):
        key.setdefault(r["proposal_id"], ())
        key[r["proposal_id"]] = tuple(sorted((*key[r["proposal_id"]], r["content_hash"])))
    proposals = set()
    for r in conn.query("SELECT * FROM proposal"):
        if r["id"] not in key:
            continue
        votes = tuple(sorted((v["member_code"], v["value"]) for v in conn.query(
            "SELECT member_code, value FROM vote WHERE proposal_id = :p", {"p": r["id"]})))
        sponsors = tuple(sorted(v["member_code"] for v in conn.query(
            "SELECT member_code FROM sponsorship WHERE proposal_id = :p", {"p": r["id"]})))
        proposals.add((key[r["id"]], str(r["date"]), r["draft"], r["resolution"],
                       r["outcome"], r["yes"], r["no"], r["abstain"], r["subject"], votes,
                       sponsors))
    evidence = sorted((key.get(r["proposal_id"]), r["content_hash"], r["fact"], r["value"],
                       r["text"], r["start"], r["end"]) for r in conn.query(
        'SELECT e.proposal_id, s.content_hash, e.fact, e.value, e.text, e.start, e."end" '
        "FROM evidence e JOIN source s ON s.id = e.source_id"))
    conflicts = sorted((key.get(r["proposal_id"]), r["fact"], r["value_a"], r["ha"],
                        r["value_b"], r["hb"]) for r in conn.query(
        "SELECT c.proposal_id, c.fact, c.value_a, sa.content_hash AS ha, c.value_b, "
        "sb.content_hash AS hb FROM conflict c LEFT JOIN source sa ON sa.id = c.source_a_id "
        "LEFT JOIN source sb ON sb.id = c.source_b_id"))
    claims = sorted((key.get(r["proposal_id"]), r["fact"], r["value"], r["kind"],
                     round(r["support"], 6), r["sources"], r["best_hash"]) for r in conn.query(
        "SELECT * FROM claim"))
    return {"proposals": proposals, "evidence": evidence, "conflicts": conflicts,
            "claims": claims}


# ----------------------------------------------------------------------------- official


def test_labelled_events_link_to_the_official_proposal(new_db: str) -> None:
    import_sciencespo(new_db)
    linked = identifiable = 0
    misses = []
    with db.connect(new_db) as conn:
        for name, lab in labels():
            sc = [e for e in lab["events"] if e["body"] == "SC"]
            _sid, pids = add_article(conn, name, sc)
            for ev, pid in zip(sc, pids, strict=True):
                want = official_id(conn, ev)
                if want is None:
                    continue  # e.g. an oral amendment: not in the Sciences Po file
                identifiable += 1
                linked += pid == want
                if pid != want:
                    misses.append((name, ev["date"], pid, want))
        total = conn.scalar("SELECT count(*) FROM proposal")
    assert identifiable >= 28
    assert linked / identifiable >= 0.95, misses
    # Only the amendment vote of 2024-03-25 is new.
    assert total == 3203 + 1


def test_wrong_page_date_links_by_vetoers_tally_and_subject(new_db: str) -> None:
    import_sciencespo(new_db)
    with db.connect(new_db) as conn:
        sid, (pid,) = add_article(conn, "seed", [SEED_EVENT], confidence=0.6)
        p = next(conn.query("SELECT draft, date, yes FROM proposal WHERE id = :p", {"p": pid}))
        assert p["draft"] == "S/2022/431"
        assert str(p["date"]) == "2022-05-26"  # the official date stays
        conflicts = list(conn.query("SELECT * FROM conflict WHERE proposal_id = :p",
                                    {"p": pid}))
        assert [(c["fact"], c["value_a"], c["value_b"], c["source_b_id"])
                for c in conflicts] == [("date", "2022-05-26", "2024-11-14", sid)]
        ps = next(conn.query("SELECT date, outcome, vetoed_by, confidence FROM "
                             "proposal_source WHERE source_id = :s", {"s": sid}))
        assert str(ps["date"]) == "2024-11-14" and ps["vetoed_by"] == "CHN;RUS"
        assert ps["confidence"] == pytest.approx(0.6)


def test_article_never_overwrites_an_official_fact(new_db: str) -> None:
    import_sciencespo(new_db)
    ev = {"body": "SC", "date": "2022-05-26", "draft": "S/2022/431", "outcome": "vetoed",
          "yes": 12, "no": 2, "abstain": 1, "vetoed_by": ["CHN", "RUS"],
          "votes": {"IND": "abstain"}, "sponsors": ["USA"]}
    with db.connect(new_db) as conn:
        sid, (pid,) = add_article(conn, "wrong tally", [ev])
        p = next(conn.query("SELECT yes, no, abstain FROM proposal WHERE id = :p", {"p": pid}))
        assert (p["yes"], p["no"], p["abstain"]) == (13, 2, 0)
        assert conn.scalar("SELECT value FROM vote WHERE proposal_id = :p AND "
                           "member_code = 'IND'", {"p": pid}) == "yes"
        facts = {(c["fact"], c["value_a"], c["value_b"]) for c in conn.query(
            "SELECT fact, value_a, value_b FROM conflict WHERE source_b_id = :s", {"s": sid})}
        assert facts == {("yes", "13", "12"), ("abstain", "0", "1"),
                         ("vote:IND", "yes", "abstain")}
        # The sponsor the record lacks is filled in from the article.
        assert conn.scalar("SELECT member_code FROM sponsorship WHERE proposal_id = :p",
                           {"p": pid}) == "USA"


def test_official_record_arriving_later_absorbs_article_proposals(new_db: str) -> None:
    with db.connect(new_db) as conn:
        sid, (pid,) = add_article(conn, "seed", [SEED_EVENT], confidence=0.6)
        assert conn.scalar("SELECT count(*) FROM proposal") == 1
    import_sciencespo(new_db)
    with db.connect(new_db) as conn:
        assert conn.scalar("SELECT count(*) FROM proposal") == 3203
        p = next(conn.query("SELECT p.id, p.draft, p.date FROM proposal p JOIN "
                            "proposal_source ps ON ps.proposal_id = p.id WHERE "
                            "ps.source_id = :s", {"s": sid}))
        assert p["draft"] == "S/2022/431" and str(p["date"]) == "2022-05-26"
        assert [(c["fact"], c["value_b"]) for c in conn.query(
            "SELECT fact, value_b FROM conflict WHERE proposal_id = :p", {"p": p["id"]})] \
            == [("date", "2024-11-14")]
        # Nothing is left known only from articles, and the evidence moved with it.
        assert conn.scalar("SELECT count(*) FROM evidence WHERE proposal_id = :p AND "
                           "source_id = :s", {"p": p["id"], "s": sid}) > 0
        assert attach_article_proposals(conn) == 0
        # ... and so did its claims: the article's date beside the record's
        claims = {(r["fact"], r["value"], r["kind"]) for r in conn.query(
            "SELECT fact, value, kind FROM claim WHERE proposal_id = :p", {"p": p["id"]})}
        assert {("date", "2024-11-14", "article"), ("date", "2022-05-26", "official")} <= claims
        assert conn.scalar("SELECT count(*) FROM claim WHERE proposal_id NOT IN "
                           "(SELECT id FROM proposal)") == 0


# ----------------------------------------------------------------------------- articles only


def test_two_articles_on_one_vote_make_one_proposal(new_db: str) -> None:
    labs = dict(labels())
    with db.connect(new_db) as conn:
        for a, b in (("19_zimbabwe_double_veto_wire_2008",
                      "20_zimbabwe_double_veto_uk_paper_2008"),
                     ("21_myanmar_double_veto_asian_outlet_2007",
                      "22_myanmar_double_veto_state_media_2007")):
            _, (p1,) = add_article(conn, a, labs[a]["events"])
            _, (p2,) = add_article(conn, b, labs[b]["events"])
            assert p1 == p2
            assert conn.scalar("SELECT count(*) FROM proposal_source WHERE proposal_id = :p",
                               {"p": p1}) == 2
            assert conn.scalar("SELECT known_from FROM proposal_overview WHERE id = :p",
                               {"p": p1}) == "articles"
        vetoes = {(str(r["date"]), r["member_code"]) for r in conn.query(
            "SELECT date, member_code FROM veto")}
        assert vetoes == {("2008-07-11", "RUS"), ("2008-07-11", "CHN"),
                          ("2007-01-12", "RUS"), ("2007-01-12", "CHN")}


def test_same_day_votes_stay_apart(new_db: str) -> None:
    labs = dict(labels())
    with db.connect(new_db) as conn:
        events = labs["25_syria_chemical_three_drafts_wire_2018"]["events"]
        _, pids = add_article(conn, "25", events)
        assert len(set(pids)) == 3
        _, again = add_article(conn, "25 retold", events)
        assert again == pids


def test_articles_disagreeing_make_conflicts_and_the_better_supported_value_wins(
        new_db: str) -> None:
    ev = {"body": "SC", "date": "2008-07-11", "outcome": "vetoed", "yes": 9, "no": 5,
          "abstain": 1, "vetoed_by": ["CHN", "RUS"]}
    with db.connect(new_db) as conn:
        _, (p,) = add_article(conn, "a", [ev], confidence=0.9)
        _, (q,) = add_article(conn, "b", [{**ev, "date": "2008-07-12"}], confidence=0.5)
        _, (r,) = add_article(conn, "c", [ev], confidence=0.4)
        assert p == q == r
        assert str(conn.scalar("SELECT date FROM proposal WHERE id = :p", {"p": p})) \
            == "2008-07-11"
        assert [(c["fact"], c["value_a"], c["value_b"]) for c in conn.query(
            "SELECT * FROM conflict")] == [("date", "2008-07-11", "2008-07-12")]


def test_conflicts_follow_the_chosen_value_as_support_shifts(new_db: str) -> None:
    """Each article's conflict names the value chosen now and the source quoted for it,
    also when a later article makes the other value win or brings a surer source."""
    ev = {"body": "SC", "date": "2008-07-11", "outcome": "vetoed", "yes": 9, "no": 5,
          "abstain": 1, "vetoed_by": ["CHN", "RUS"]}
    later = {**ev, "date": "2008-07-12"}

    def conflicts(conn: db.Connection) -> list[tuple]:
        return sorted((r["value_a"], r["a"], r["value_b"], r["b"]) for r in conn.query(
            "SELECT c.value_a, sa.name AS a, c.value_b, sb.name AS b FROM conflict c "
            "JOIN source sa ON sa.id = c.source_a_id JOIN source sb ON sb.id = c.source_b_id "
            "WHERE c.fact = 'date'"))

    with db.connect(new_db) as conn:
        _, (p,) = add_article(conn, "a", [ev], confidence=0.6)
        add_article(conn, "b", [later], confidence=0.5)
        assert conflicts(conn) == [("2008-07-11", "a", "2008-07-12", "b")]
        add_article(conn, "c", [later], confidence=0.5)  # 1.0 against 0.6: the 12th wins
        assert conflicts(conn) == [("2008-07-12", "b", "2008-07-11", "a")]
        add_article(conn, "d", [later], confidence=0.9)  # a surer source for the 12th
        assert conflicts(conn) == [("2008-07-12", "d", "2008-07-11", "a")]
        add_article(conn, "e", [ev], confidence=0.3)
        assert conflicts(conn) == [("2008-07-12", "d", "2008-07-11", "a"),
                                   ("2008-07-12", "d", "2008-07-11", "e")]
        assert str(conn.scalar("SELECT date FROM proposal WHERE id = :p", {"p": p})) \
            == "2008-07-12"
        # Recomputing from scratch finds nothing to change.
        before = conflicts(conn)
        assert Merger(conn).recompute(p) == 0
        assert conflicts(conn) == before


def test_claims_are_the_sums_of_the_evidence(new_db: str) -> None:
    """The sums kept as articles arrive equal a recount of the evidence, on a record where
    official facts, agreeing articles and disagreeing ones meet."""
    import_sciencespo(new_db)
    labs = labels()
    with db.connect(new_db) as conn:
        for name, lab in labs + [("seed", {"events": [SEED_EVENT]}),
                                 ("seed again", {"events": [SEED_EVENT]})]:
            add_article(conn, name, [e for e in lab["events"] if e["body"] == "SC"])
        query = ("SELECT proposal_id, fact, value, kind, support, sources, best_source_id "
                 "FROM claim ORDER BY proposal_id, fact, value, kind")
        kept = [(*r[:4], round(r[4], 6), *r[5:]) for r in conn.execute(query).fetchall()]
        pids = [r[0] for r in conn.execute("SELECT DISTINCT proposal_id FROM claim")]
        rebuild_claims(conn, pids)
        recounted = [(*r[:4], round(r[4], 6), *r[5:]) for r in conn.execute(query).fetchall()]
    assert kept == recounted
    kinds = {r[3] for r in kept}
    assert kinds == {"article", "official"}
    # The seed vote is told twice: one claim, two sources, beside the official date.
    told_twice = [r for r in kept if r[1] == "vetoed_by" and r[2] == "CHN;RUS" and r[5] == 2]
    assert told_twice


@pytest.mark.parametrize("official", [False, True])
def test_order_does_not_matter(db_url: str, tmp_path: Path, official: bool) -> None:
    """Ingesting the same articles in the other order gives the same proposals and facts."""
    from unvotes import db as dbm

    labs = labels() + [("seed", {"events": [SEED_EVENT]})]
    dumps = []
    for n, order in enumerate((labs, labs[::-1])):
        url = db_url if n == 0 else (
            f"sqlite:///{tmp_path / 'b.db'}" if db_url.startswith("sqlite") else db_url)
        if n == 1 and not db_url.startswith("sqlite"):
            with dbm.connect(url) as conn:  # PostgreSQL: empty the schema's data instead
                for t in ("conflict", "evidence", "proposal_source", "vote", "sponsorship",
                          "proposal", "source"):
                    conn.execute(f"DELETE FROM {t}")
                conn.commit()
        dbm.ensure_schema(url, quiet=True)
        if official:
            import_sciencespo(url)
        with dbm.connect(url) as conn:
            for name, lab in order:
                add_article(conn, name, [e for e in lab["events"] if e["body"] == "SC"])
            dumps.append(dump(conn))
    assert dumps[0] == dumps[1]


def test_an_event_without_a_date_is_found_near_the_publication_date(new_db: str) -> None:
    """An article whose only date was contradicted (the extractor gives none) still links
    to the official vetoed draft when vetoers, tally and subject all agree."""
    import_sciencespo(new_db)
    ev = {**SEED_EVENT, "date": None}
    with db.connect(new_db) as conn:
        sid = conn.execute("INSERT INTO source (kind, name, content_hash, imported_at) VALUES "
                           "('article', 'undated', 'h-undated', '2026-01-01 00:00:00') "
                           "RETURNING id").fetchone()[0]
        from datetime import date

        res = Reconciler(conn).add_event(sid, ev, published=date(2022, 6, 3))
        assert conn.scalar("SELECT draft FROM proposal WHERE id = :p",
                           {"p": res.proposal_id}) == "S/2022/431"
        res = Reconciler(conn).add_event(sid, {**ev, "yes": 12, "no": 3}, set(),
                                         published=date(2022, 6, 3))
        assert res.new  # a tally that disagrees: not that vote
        conn.raw.rollback()


def test_a_revised_draft_finds_the_draft_it_revises(new_db: str) -> None:
    # The April 1986 draft on the raid on Libya was put to the vote as S/18016/Rev.1; a story
    # that names the revision and no date must find the draft stored as "S/18016", and one
    # naming "S/1801/Rev.1" (another draft whose symbol merely starts alike) must not.
    vetoed = {"body": "SC", "outcome": "vetoed", "vetoed_by": ["FRA", "GBR", "USA"],
              "yes": 9, "no": 5, "abstain": 1}
    with db.connect(new_db) as conn:
        _, (first,) = add_article(conn, "a", [{**vetoed, "date": "1986-04-21",
                                               "draft": "S/18016"}])
        _, (second,) = add_article(conn, "b", [{**vetoed, "draft": "S/18016/Rev.1"}])
        _, (other,) = add_article(conn, "c", [{**vetoed, "draft": "S/1801/Rev.1"}])
    assert second == first
    assert other != first


def test_claims_edited_by_hand_are_found_and_recounted(new_db: str, cli) -> None:
    """Evidence deleted by hand leaves the claim sums behind: `unvotes check` names the
    proposal and `unvotes db recount` brings the sums and the proposal back in step."""
    articles = Path(__file__).resolve().parent.parent / "data" / "articles"
    assert cli("--db", new_db, "ingest", str(articles)).exit_code == 0
    with db.connect(new_db) as conn:
        told_twice = next(conn.query(
            "SELECT proposal_id, best_source_id FROM claim WHERE fact = 'outcome' "
            "AND sources = 2 ORDER BY proposal_id"))
        pid, sid = told_twice["proposal_id"], told_twice["best_source_id"]
        conn.execute("DELETE FROM evidence WHERE proposal_id = :p AND source_id = :s",
                     {"p": pid, "s": sid})
        conn.commit()

    def drifted() -> list[int]:
        result = cli("--db", new_db, "check", "--format", "json", "--kind", "claims")
        assert result.exit_code == 0, result.stderr
        return [r["proposal_id"] for r in json.loads(result.stdout)]

    assert drifted() == [pid]
    result = cli("--db", new_db, "db", "recount")
    assert result.exit_code == 0, result.stderr
    assert "1 had drifted" in result.stderr
    assert drifted() == []
    with db.connect(new_db) as conn:
        assert conn.scalar("SELECT sources FROM claim WHERE proposal_id = :p "
                           "AND fact = 'outcome'", {"p": pid}) == 1
