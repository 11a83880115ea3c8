"""`unvotes vetoes | votes | proposals | member | agreement | stats`: asking the record.

Thin faces over `unvotes.queries` and `unvotes.analyses`; only Typer is imported at load.
"""

from __future__ import annotations

# Typer reads Optional[List[str]] but not `list[str] | None`, hence the old spellings.
from typing import Annotated, Any, List, Optional

import typer

from unvotes.cli.output import DbOpt, Format, FormatOpt, emit, emit_object

SinceOpt = Annotated[Optional[str], typer.Option(
    "--since", metavar="WHEN", help="From this year or ISO date.", show_default=False)]
UntilOpt = Annotated[Optional[str], typer.Option(
    "--until", metavar="WHEN", help="Up to this year or ISO date (inclusive).",
    show_default=False)]
TopicOpt = Annotated[Optional[str], typer.Option(
    "--topic", metavar="WORDS", help="Every word must appear in the subject, title or agenda.",
    show_default=False)]
PredecessorsOpt = Annotated[bool, typer.Option(
    "--include-predecessors", help="Count the state whose permanent seat the member took "
    "over too (Russia: the Soviet Union; China: the Republic of China).")]


def _member(help: str) -> Any:
    return typer.Option("--member", metavar="MEMBER", help=help, show_default=False)


def _open(db: str | None) -> Any:
    from unvotes.cli import database_url
    from unvotes.db import open_read

    return open_read(database_url(db))


def _emitted_whole(record: dict[str, Any], fmt: Format) -> bool:
    """JSON and JSON lines give a nested record as it is; True if `fmt` was one of them."""
    if fmt is Format.json:
        emit_object(record, fmt)
    elif fmt is Format.jsonl:
        emit([record], fmt)
    else:
        return False
    return True


def vetoes(
    by: Annotated[Optional[str], typer.Option(
        "--by", metavar="MEMBER", help="Vetoed by this member: a code, name or alias.",
        show_default=False)] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    topic: TopicOpt = None,
    include_predecessors: PredecessorsOpt = False,
    db: DbOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Vetoed proposals, oldest first: who vetoed, the tally, subject, sponsors."""
    from unvotes import queries

    with _open(db) as conn:
        rows = queries.vetoes(conn, by=by, since=since, until=until, topic=topic,
                              include_predecessors=include_predecessors)
    emit(rows, fmt, queries.VETO_COLUMNS, title="Vetoed proposals")


def proposals(
    outcome: Annotated[Optional[str], typer.Option(
        "--outcome", help="adopted, vetoed or failed.", show_default=False)] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    topic: TopicOpt = None,
    member: Annotated[Optional[str], _member("Only proposals this member voted on.")] = None,
    voted: Annotated[Optional[str], typer.Option(
        "--voted", help="With --member: yes, no, abstain, absent or not_participating.",
        show_default=False)] = None,
    include_predecessors: PredecessorsOpt = False,
    db: DbOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Proposals put to the vote, oldest first."""
    from unvotes import queries

    with _open(db) as conn:
        rows = queries.proposals(conn, outcome=outcome, since=since, until=until, topic=topic,
                                 member=member, voted=voted,
                                 include_predecessors=include_predecessors)
    emit(rows, fmt, queries.PROPOSAL_COLUMNS, title="Proposals")


def votes(
    ref: Annotated[str, typer.Argument(
        metavar="REF", help="A draft symbol (S/2022/431), resolution number (2397), "
        "S/RES/2397 (2017), or id:N.")],
    db: DbOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """One proposal in full: facts, every member's vote, sponsors and sources.

    CSV gives one row per member's vote, with the proposal's facts repeated."""
    from unvotes import queries

    with _open(db) as conn:
        p = queries.votes(conn, ref)
    if _emitted_whole(p, fmt):
        return
    head = {k: p[k] for k in ("id", "date", "symbol", "draft", "resolution", "outcome")}
    if fmt is Format.csv:
        emit(({**head, **v} for v in p["votes"]), fmt)
        return
    summary = {k: v for k, v in p.items() if k not in ("votes", "sponsors", "sources",
                                                       "evidence", "conflicts")}
    summary["sponsors"] = [s["member_code"] for s in p["sponsors"]]
    emit_object(summary, fmt, title=f"Proposal {p['symbol'] or p['id']}")
    emit(p["votes"], fmt, ["member_code", "member_name", "value"], title="Votes")
    if p["sources"]:
        emit(p["sources"], fmt, ["id", "kind", "name", "published", "outcome", "vetoed_by"],
             title="Sources")
    if p["conflicts"]:
        emit(p["conflicts"], fmt, title="Conflicts")


def member(
    name: Annotated[str, typer.Argument(metavar="MEMBER", help="A code, name or alias.")],
    since: SinceOpt = None,
    until: UntilOpt = None,
    include_predecessors: PredecessorsOpt = False,
    db: DbOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """A member's record: terms on the Council, votes by value, vetoes cast, and the
    proposals it sponsored by outcome."""
    from unvotes import analyses

    with _open(db) as conn:
        rec = analyses.member(conn, name, since=since, until=until,
                              include_predecessors=include_predecessors)
    if _emitted_whole(rec, fmt):
        return
    flat = {"code": rec["code"], "name": rec["name"], "predecessors": rec["predecessors"],
            "terms": [f"{t['start_date']}/{t['end_date'] or '..'}"
                      + (" permanent" if t["permanent"] else "") for t in rec["terms"]]}
    flat.update({f"votes_{k}": v for k, v in rec["votes"].items()})
    flat["vetoes"] = rec["vetoes"]
    flat.update({f"sponsored_{k}": v for k, v in rec["sponsored"].items()})
    emit_object(flat, fmt, title=f"{rec['name']} ({rec['code']})")


def agreement(
    a: Annotated[Optional[str], typer.Argument(
        metavar="A", help="A member: code, name or alias.", show_default=False)] = None,
    b: Annotated[Optional[str], typer.Argument(
        metavar="B", help="The member to compare it with.", show_default=False)] = None,
    matrix: Annotated[bool, typer.Option(
        "--matrix", help="The pairwise table (the permanent members unless --members).")] = False,
    members: Annotated[Optional[List[str]], typer.Option(
        "--members", metavar="M,M,…", help="Members for --matrix (comma-separated or repeated).",
        show_default=False)] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """How often two members voted alike: the share of proposals on which both voted yes,
    no or abstain and cast the same vote."""
    from unvotes import analyses
    from unvotes.errors import UsageError

    names = [m.strip() for item in members or [] for m in item.split(",") if m.strip()]
    if matrix or names:
        if a or b:
            raise UsageError("give either two members A B, or --matrix [--members …]")
        with _open(db) as conn:
            rows = analyses.agreement_matrix(conn, names or None, since=since, until=until)
        emit(rows, fmt, title="Agreement (share of votes cast alike)")
        return
    if not (a and b):
        raise UsageError("give two members (unvotes agreement USA RUS) or --matrix")
    with _open(db) as conn:
        result = analyses.agreement(conn, a, b, since=since, until=until)
    emit_object(result, fmt, title=f"Agreement {result['a']}–{result['b']}")


stats_app = typer.Typer(help="Counts over the record.", no_args_is_help=True)


@stats_app.command("vetoes")
def stats_vetoes(
    by: Annotated[str, typer.Option(
        "--by", help="member, seat (Soviet Union with Russia, ROC with China), year, decade "
        "or topic.")] = "member",
    member: Annotated[Optional[str], _member("Only this member's vetoes.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    include_predecessors: PredecessorsOpt = False,
    db: DbOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Veto counts: `vetoes` counts negative votes, `vetoed_proposals` drafts."""
    from unvotes import analyses

    with _open(db) as conn:
        rows = analyses.stats_vetoes(conn, by, member=member, since=since, until=until,
                                     include_predecessors=include_predecessors)
    emit(rows, fmt, title=f"Vetoes by {by}")


def register(app: typer.Typer) -> None:
    app.command("vetoes")(vetoes)
    app.command("votes")(votes)
    app.command("proposals")(proposals)
    app.command("member")(member)
    app.command("agreement")(agreement)
    app.add_typer(stats_app, name="stats")
