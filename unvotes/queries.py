"""Named, parameterised queries returning rows as dicts.

They run on the light DB-API connection from `unvotes.db.connect`, so the read path never
imports SQLAlchemy. Every filter is a bound parameter (`:name`), never pasted into SQL.

The same SQL runs on SQLite and PostgreSQL: lists (who vetoed, who sponsored) are gathered
in Python rather than with group_concat / string_agg, and rows come back with dates as ISO
strings and counts as ints on both engines, so callers and tests see identical values.
Summaries of a member's record, agreement and counts live in `unvotes.analyses`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from unvotes.db import Connection, display_url, is_driver_error, revision
from unvotes.errors import UsageError, first_line
from unvotes.export import plain
from unvotes.vocabulary import OUTCOMES, VOTE_VALUES
from unvotes.when import parse_when

COUNTED_TABLES = ("members", "proposals", "votes", "sponsors", "sources", "evidence",
                  "conflicts")
_TABLE_OF = {"members": "member", "proposals": "proposal", "votes": "vote",
             "sponsors": "sponsorship", "sources": "source", "evidence": "evidence",
             "conflicts": "conflict"}

VETO_COLUMNS = ["date", "draft", "vetoed_by", "yes", "no", "abstain", "subject", "sponsors",
                "sources", "id"]
PROPOSAL_COLUMNS = ["date", "draft", "resolution", "outcome", "yes", "no", "abstain",
                    "vetoed_by", "subject", "sponsors", "sources", "id"]


def status(conn: Connection) -> dict[str, Any]:
    """How much the database holds, where it is, and its schema revision."""
    out: dict[str, Any] = {"database": display_url(conn.url), "revision": revision(conn)}
    for key in COUNTED_TABLES:
        out[key] = int(conn.scalar(f"SELECT count(*) FROM {_TABLE_OF[key]}"))
    out["official_sources"] = int(conn.scalar(
        "SELECT count(*) FROM source WHERE kind = 'official'"))
    out["article_sources"] = int(conn.scalar(
        "SELECT count(*) FROM source WHERE kind = 'article'"))
    return out


def run_sql(conn: Connection, sql: str, params: Mapping[str, Any] | None = None
            ) -> Iterator[dict]:
    """Run one read-only statement with bound parameters (the `unvotes sql` escape hatch)."""
    if not sql.strip():
        raise UsageError("no SQL given")
    try:
        yield from conn.query(sql, params or {})
    except Exception as exc:
        if not is_driver_error(exc):
            raise
        text = first_line(exc) or type(exc).__name__
        if "read-only" in text or "readonly" in text or "not authorized" in text:
            text += " (unvotes sql is read-only)"
        raise UsageError(f"SQL refused: {text}") from None


# ------------------------------------------------------------------ shared helpers


def clean(row: Mapping[str, Any]) -> dict[str, Any]:
    """One row with engine differences removed: ISO dates, int counts (PostgreSQL gives
    date objects and Decimal sums, SQLite ISO text and ints)."""
    return {k: plain(v) for k, v in row.items()}


def resolve_member(name: str, *, include_predecessors: bool = False,
                   on: date | None = None) -> list[str]:
    """Member codes for a code, name or alias: "RUS", "Russia", "Russian Federation".

    A name with no date means today's holder ("Russia" is RUS); `include_predecessors`
    adds the states whose permanent seat it took over (SUN for RUS, TWN for CHN), which are
    never folded in silently (GUIDE: the seat passed, the identity did not).
    """
    from unvotes import reference

    text = name.strip()
    members = reference.members()
    code = text.upper() if text.upper() in members else reference.lookup(text, on)
    if code is None:
        import difflib

        names = [m.name for m in members.values()]
        near = difflib.get_close_matches(text, names, n=3, cutoff=0.6)
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        raise UsageError(f"unknown member '{name}'{hint}: give a code (RUS), a name "
                         "(Russia) or an alias (Russian Federation)")
    codes = [code]
    if include_predecessors:
        codes += [old for old, new in reference.SEAT_SUCCESSORS.items() if new == code]
    return codes


class Where:
    """WHERE clauses with their bound parameters, built from user-facing filters."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.clauses: list[str] = []
        self.params: dict[str, Any] = {}

    def add(self, clause: str, **params: Any) -> None:
        self.clauses.append(clause)
        self.params.update(params)

    def in_list(self, prefix: str, values: Iterable[Any]) -> str:
        """`:prefix0, :prefix1, …` bound to values, for an IN (…) list."""
        names = []
        for i, v in enumerate(values):
            self.params[f"{prefix}{i}"] = v
            names.append(f":{prefix}{i}")
        return ", ".join(names) or "NULL"

    def dates(self, since: Any, until: Any, column: str = "p.date") -> None:
        first, last = parse_when(since), parse_when(until, end=True)
        if first and last and first > last:
            raise UsageError(f"--since {since} is after --until {until}")
        if first:
            self.add(f"{column} >= :since", since=self.conn.date_param(first))
        if last:
            self.add(f"{column} <= :until", until=self.conn.date_param(last))

    def topic(self, words: str | None) -> None:
        """Every word must appear in the subject, title or agenda (case-insensitive)."""
        text = ("LOWER(COALESCE(p.subject, '') || ' ' || COALESCE(p.title, '') || ' ' || "
                "COALESCE(p.agenda, ''))")
        for i, word in enumerate((words or "").split()):
            escaped = re.sub(r"([\\%_])", r"\\\1", word.casefold())
            self.add(f"{text} LIKE :topic{i} ESCAPE '\\'", **{f"topic{i}": f"%{escaped}%"})

    def sql(self, lead: str = "AND") -> str:
        return "".join(f" {lead} {c}" for c in self.clauses)


def _lists(conn: Connection, sql: str, params: Mapping[str, Any]) -> dict[Any, list[str]]:
    """{proposal_id: [codes]} from a query returning (proposal_id, member_code) rows."""
    out: dict[Any, list[str]] = {}
    for r in conn.query(sql, params):
        out.setdefault(r["proposal_id"], []).append(r["member_code"])
    return out


def _proposal_rows(conn: Connection, where: Where) -> list[dict]:
    """Proposals matching `where`, each with vetoed_by, sponsors and a source count."""
    sql = f"""
        SELECT p.id, p.date, p.draft, p.resolution, p.outcome, p.yes, p.no, p.abstain,
               COALESCE(p.subject, p.title) AS subject,
               (SELECT count(*) FROM proposal_source ps WHERE ps.proposal_id = p.id)
                 AS sources,
               v.member_code AS vetoer
        FROM proposal p LEFT JOIN veto v ON v.proposal_id = p.id
        WHERE 1 = 1 {where.sql()}
        ORDER BY p.date, p.id, v.member_code"""
    rows: list[dict] = []
    for r in conn.query(sql, where.params):
        vetoer = r.pop("vetoer")
        if rows and rows[-1]["id"] == r["id"]:
            rows[-1]["vetoed_by"].append(vetoer)
            continue
        r = clean(r)
        r["vetoed_by"] = [vetoer] if vetoer else []
        rows.append(r)
    sponsors = _lists(conn, f"""
        SELECT s.proposal_id, s.member_code FROM sponsorship s
        JOIN proposal p ON p.id = s.proposal_id
        WHERE 1 = 1 {where.sql()} ORDER BY s.proposal_id, s.member_code""", where.params)
    for r in rows:
        r["sponsors"] = sponsors.get(r["id"], [])
    return rows


# ------------------------------------------------------------------ vetoes, proposals


def vetoes(conn: Connection, *, by: str | None = None, since: Any = None, until: Any = None,
           topic: str | None = None, include_predecessors: bool = False) -> list[dict]:
    """One row per vetoed proposal, oldest first (columns: VETO_COLUMNS)."""
    where = Where(conn)
    where.add("p.outcome = 'vetoed'")
    where.dates(since, until)
    where.topic(topic)
    if by:
        codes = resolve_member(by, include_predecessors=include_predecessors)
        where.add(f"p.id IN (SELECT proposal_id FROM veto WHERE member_code IN "
                  f"({where.in_list('by', codes)}))")
    rows = _proposal_rows(conn, where)
    return [{c: r[c] for c in VETO_COLUMNS} for r in rows]


def proposals(conn: Connection, *, outcome: str | None = None, since: Any = None,
              until: Any = None, topic: str | None = None, member: str | None = None,
              voted: str | None = None, include_predecessors: bool = False) -> list[dict]:
    """Proposals put to the vote, oldest first (columns: PROPOSAL_COLUMNS).

    `member` alone keeps the proposals it voted on in any way; with `voted` (yes, no,
    abstain, absent, not_participating) only those where it cast that vote.
    """
    where = Where(conn)
    if outcome:
        if outcome not in OUTCOMES:
            raise UsageError(f"unknown outcome '{outcome}': use {', '.join(OUTCOMES)}")
        where.add("p.outcome = :outcome", outcome=outcome)
    where.dates(since, until)
    where.topic(topic)
    if voted and not member:
        raise UsageError("--voted needs --member")
    if member:
        codes = resolve_member(member, include_predecessors=include_predecessors)
        clause = f"x.member_code IN ({where.in_list('m', codes)})"
        if voted:
            voted = voted.replace("-", "_").lower()
            if voted not in VOTE_VALUES:
                raise UsageError(f"unknown vote '{voted}': use {', '.join(VOTE_VALUES)}")
            clause += " AND x.value = :voted"
            where.params["voted"] = voted
        where.add(f"p.id IN (SELECT x.proposal_id FROM vote x WHERE {clause})")
    rows = _proposal_rows(conn, where)
    return [{c: r[c] for c in PROPOSAL_COLUMNS} for r in rows]


# ------------------------------------------------------------------ one proposal


_RES = re.compile(r"^S/RES/(\d+)\s*(?:\((\d{4})\))?$", re.I)
_ID = re.compile(r"^(?:id[:=]|#)(\d+)$", re.I)


def find_proposal(conn: Connection, ref: str | int) -> int:
    """The id of the proposal REF names: a draft symbol (S/2022/431), a resolution number
    (2397), a full resolution symbol (S/RES/2397 (2017)), a meeting record, or id:N / #N."""
    text = str(ref).strip()
    year = None
    params: dict[str, Any]
    if m := _ID.match(text):
        sql, params = "SELECT id FROM proposal WHERE id = :v", {"v": int(m.group(1))}
    elif text.isdigit() or _RES.match(text):
        if m := _RES.match(text):
            number, year = int(m.group(1)), m.group(2)
        else:
            number = int(text)
        sql, params = ("SELECT id, date FROM proposal WHERE resolution = :v", {"v": number})
    else:
        symbol = re.sub(r"\s+", "", text).upper()
        sql = ("SELECT id FROM proposal WHERE UPPER(draft) = :v "
               "UNION SELECT id FROM proposal WHERE UPPER(meeting) = :v AND NOT EXISTS "
               "(SELECT 1 FROM proposal q WHERE UPPER(q.draft) = :v)")
        params = {"v": symbol}
    found = [clean(r) for r in conn.query(sql, params)]
    if year:
        found = [r for r in found if str(r["date"] or "").startswith(year)]
    if not found:
        hint = (f"; for the proposal with id {text} use id:{text}" if text.isdigit() else "")
        raise UsageError(f"no proposal matches '{text}'{hint}")
    if len(found) > 1:
        ids = ", ".join(f"id:{r['id']}" for r in found)
        raise UsageError(f"'{text}' matches {len(found)} proposals ({ids}): name one by id")
    return found[0]["id"]


def votes(conn: Connection, ref: str | int) -> dict[str, Any]:
    """One proposal in full: its facts, every member's vote, sponsors, sources, conflicts."""
    pid = find_proposal(conn, ref)
    p = clean(next(conn.query(
        "SELECT id, date, draft, resolution, meeting, outcome, yes, no, abstain, absent, "
        "subject, title, agenda FROM proposal WHERE id = :id", {"id": pid})))
    if p["resolution"] is not None and p["date"]:
        p["symbol"] = f"S/RES/{p['resolution']} ({p['date'][:4]})"
    else:
        p["symbol"] = p["draft"] or p["meeting"]
    p["vetoed_by"] = [r["member_code"] for r in conn.query(
        "SELECT member_code FROM veto WHERE proposal_id = :id ORDER BY member_code",
        {"id": pid})]
    # Permanent members first, then the rest by code: the order a roll call is read in.
    p["votes"] = [clean(r) for r in conn.query("""
        SELECT v.member_code, m.name AS member_name, v.value
        FROM vote v JOIN member m ON m.code = v.member_code
        WHERE v.proposal_id = :id
        ORDER BY CASE WHEN v.member_code IN ('CHN', 'FRA', 'RUS', 'GBR', 'USA', 'SUN', 'TWN')
                 THEN 0 ELSE 1 END, v.member_code""", {"id": pid})]
    p["sponsors"] = [clean(r) for r in conn.query("""
        SELECT s.member_code, m.name AS member_name, s.role
        FROM sponsorship s JOIN member m ON m.code = s.member_code
        WHERE s.proposal_id = :id ORDER BY s.role DESC, s.member_code""", {"id": pid})]
    p["sources"] = [clean(r) for r in conn.query("""
        SELECT s.id, s.kind, s.name, s.url, s.title, s.publisher, s.licence, s.published,
               ps.reference, ps.outcome, ps.vetoed_by
        FROM proposal_source ps JOIN source s ON s.id = ps.source_id
        WHERE ps.proposal_id = :id ORDER BY s.kind DESC, s.id""", {"id": pid})]
    p["evidence"] = [clean(r) for r in conn.query("""
        SELECT source_id, fact, value, text FROM evidence
        WHERE proposal_id = :id ORDER BY source_id, id""", {"id": pid})]
    p["conflicts"] = [clean(r) for r in conn.query("""
        SELECT fact, value_a, source_a_id, value_b, source_b_id, note FROM conflict
        WHERE proposal_id = :id ORDER BY id""", {"id": pid})]
    return p
