"""The one write path for official records: a parsed file in, proposals, votes and sources out.

`import_records(url, source, records)` writes one file in one transaction:

* the file becomes a `source` row (kind 'official'); its sha256 is unique, so importing the
  same bytes again finds it and changes nothing ("already imported");
* each record is matched to the proposal it describes (`matching.ProposalIndex`) or creates
  one; `proposal_source` keeps the source's own date, outcome and vetoing members;
* the first official source to describe a proposal gives its fields and votes; a later
  official source fills only what is missing, and where it disagrees (date, outcome, tally,
  vetoing members, a member's vote) a `conflict` row keeps both values and both sources;
* a proposal known only from articles is completed by the official record when the record
  names its draft symbol or resolution number, and every article value it replaces is kept
  in a `conflict` row (note: "official record replaces"); any other likeness between the
  two is for `unvotes.reconcile.attach_article_proposals`, called before the commit;
* the record's notes (unknown cells, symbols written oddly, corrections applied) become
  `evidence` rows, so nothing is changed silently.

Speed: the whole file is parsed first (a parse error writes nothing), existing proposals are
loaded into memory once, ids are reserved in one statement, and rows go in with
`executemany` (SQLite) or `COPY` (PostgreSQL).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from unvotes.official.corrections import note_of
from unvotes.official.matching import ProposalIndex, StoredProposal
from unvotes.official.records import OfficialProposal, SourceFile
from unvotes.vocabulary import OUTCOMES, VOTE_VALUES

__all__ = ["ImportSummary", "import_records"]

_FILLABLE = ("date", "draft", "resolution", "meeting", "title", "agenda", "outcome")
_TALLY = ("yes", "no", "abstain", "absent")
_REPLACES = "the official record replaces the article's value"


@dataclass
class ImportSummary:
    """What one import did; `line()` is what the CLI prints."""

    name: str
    format: str
    source_id: int | None = None
    already_imported: bool = False
    records: int = 0
    created: int = 0
    merged: int = 0            # matched a proposal an official source already described
    attached: int = 0          # matched a proposal known only from articles
    votes: int = 0
    sponsorships: int = 0
    conflicts: int = 0
    corrections: int = 0
    notes: int = 0
    duplicates: int = 0        # records naming a resolution the file already named
    seconds: float = 0.0
    matched_by: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        if self.already_imported:
            return (f"{self.name}: already imported (source {self.source_id}); "
                    "nothing changed")
        parts = [f"{self.records} records", f"{self.created} new proposals",
                 f"{self.merged} merged"]
        if self.attached:
            parts.append(f"{self.attached} attached to article proposals")
        parts += [f"{self.votes} votes", f"{self.conflicts} conflicts"]
        if self.sponsorships:
            parts.append(f"{self.sponsorships} sponsorships")
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate mentions noted")
        if self.corrections:
            parts.append(f"{self.corrections} corrections applied")
        return f"{self.name} ({self.format}): " + ", ".join(parts) + f" in {self.seconds:.2f}s"


def import_records(url: str, source: SourceFile, records: Iterable[OfficialProposal],
                   *, label: str | None = None) -> ImportSummary:
    """Write one parsed file into the database at `url`, in one transaction."""
    from unvotes import db

    started = time.perf_counter()
    summary = ImportSummary(name=label or source.url or source.name, format=source.format)
    records = list(records)  # parse everything first: a bad row must leave nothing written
    db.ensure_schema(url, quiet=True)
    conn = db.connect(url)
    try:
        _begin(conn)
        cur = conn.raw.cursor()
        existing = _one(cur, conn, "SELECT id FROM source WHERE content_hash = :h",
                        {"h": source.content_hash})
        if existing is not None:
            conn.raw.rollback()
            summary.already_imported, summary.source_id = True, existing
            summary.records = len(records)
            return summary
        summary.source_id = _insert_source(cur, conn, source)
        _Writer(conn, cur, summary).write(records)
        # Proposals known only from articles that this file describes are folded into its
        # proposals by the same rules as ingest, in this transaction.
        from unvotes.reconcile import attach_article_proposals

        summary.attached += attach_article_proposals(conn)
        conn.raw.commit()
    except BaseException as exc:
        try:
            conn.raw.rollback()
        except Exception:  # the connection may be gone; the transaction is gone with it
            pass
        if db.is_driver_error(exc):
            from unvotes.errors import DatabaseError, first_line

            text = first_line(exc) or repr(exc)
            raise DatabaseError(f"{db.display_url(url)}: import of {summary.name} "
                                f"failed, nothing written: {text}") from None
        raise
    finally:
        conn.close()
    summary.seconds = time.perf_counter() - started
    return summary


# --------------------------------------------------------------------------- SQL helpers


def _begin(conn: Any) -> None:
    if conn.dialect == "sqlite":
        # Take the write lock before reading max(id): ids are reserved from it.
        conn.raw.isolation_level = None
        conn.raw.execute("BEGIN IMMEDIATE")
    else:
        # One official import at a time: ids and matching assume nobody writes meanwhile.
        conn.raw.execute("SELECT pg_advisory_xact_lock(7061010)")


def _one(cur: Any, conn: Any, sql: str, params: dict) -> Any:
    cur.execute(conn.native(sql), params)
    row = cur.fetchone()
    return row[0] if row else None


def _insert_source(cur: Any, conn: Any, s: SourceFile) -> int:
    now = datetime.now(UTC).replace(tzinfo=None)
    params = {"kind": "official", "name": s.name, "url": s.url, "title": s.title,
              "publisher": s.publisher, "licence": s.licence, "format": s.format,
              "published": conn.date_param(s.published), "h": s.content_hash,
              "at": conn.date_param(now)}
    sql = ("INSERT INTO source (kind, name, url, title, publisher, licence, format, "
           "published, content_hash, imported_at) VALUES (:kind, :name, :url, :title, "
           ":publisher, :licence, :format, :published, :h, :at)")
    if conn.dialect == "sqlite":
        cur.execute(sql, params)
        return int(cur.lastrowid)
    cur.execute(conn.native(sql + " RETURNING id"), params)
    return int(cur.fetchone()[0])


def _bulk(conn: Any, cur: Any, table: str, columns: Sequence[str],
          rows: list[tuple]) -> None:
    if not rows:
        return
    if conn.dialect == "sqlite":
        marks = ", ".join("?" * len(columns))
        cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                        [tuple(conn.date_param(v) for v in r) for r in rows])
        return
    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for r in rows:
            copy.write_row(r)


def _reserve_ids(conn: Any, cur: Any, n: int) -> list[int]:
    if n == 0:
        return []
    if conn.dialect == "sqlite":
        cur.execute("SELECT coalesce(max(id), 0) FROM proposal")
        first = int(cur.fetchone()[0]) + 1
        return list(range(first, first + n))
    cur.execute("SELECT nextval(pg_get_serial_sequence('proposal', 'id')) "
                "FROM generate_series(1, %(n)s)", {"n": n})
    return [int(r[0]) for r in cur.fetchall()]


# --------------------------------------------------------------------------- the writer


def _tally_text(yes: int | None, no: int | None, abstain: int | None) -> str | None:
    if yes is None or no is None or abstain is None:
        return None
    return f"{yes}-{no}-{abstain}"


def _joined(codes: Iterable[str]) -> str | None:
    out = ";".join(sorted(set(codes)))
    return out or None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


class _Writer:
    def __init__(self, conn: Any, cur: Any, summary: ImportSummary) -> None:
        from unvotes import reference

        self.conn, self.cur, self.summary = conn, cur, summary
        self.source_id: int = summary.source_id  # type: ignore[assignment]
        self.known_members = set(reference.members())
        self.proposals: list[tuple] = []
        self.updates: dict[int, dict[str, Any]] = {}
        self.votes: list[tuple] = []
        self.vote_updates: list[tuple] = []
        self.sponsors: list[tuple] = []
        self.links: list[tuple] = []
        self.conflicts: list[tuple] = []
        self.evidence: list[tuple] = []
        self._rows: dict[int, dict[str, Any]] = {}

    def write(self, records: list[OfficialProposal]) -> None:
        index = ProposalIndex.load(self.conn)
        for rec in records:
            self._clean(rec)
        found: list[StoredProposal | None] = [None] * len(records)
        claimed: set[int] = set()
        if index.by_id:
            # Same-day symbol matches first, then the rest (see ProposalIndex.find).
            for strict in (True, False):
                for i, rec in enumerate(records):
                    if found[i] is not None:
                        continue
                    hit, how = index.find(rec, exclude=claimed, strict=strict)
                    if hit is not None:
                        found[i] = hit
                        claimed.add(hit.id)
                        self.summary.matched_by[how] = self.summary.matched_by.get(how, 0) + 1
        # A resolution number names one proposal: a second mention in the same file (a
        # page error, like 1990's two "S/RES/663") is noted, not stored as another proposal.
        holder: dict[int, int] = {}
        for i, hit in enumerate(found):
            if hit is not None and hit.resolution is not None:
                holder.setdefault(hit.resolution, i)
        skip: dict[int, int] = {}
        for i, rec in enumerate(records):
            if rec.resolution is None:
                continue
            first = holder.setdefault(rec.resolution, i)
            hit = found[i]
            if first != i and (hit is None or hit.resolution != rec.resolution):
                skip[i] = first
        new = [i for i, hit in enumerate(found) if hit is None and i not in skip]
        ids = dict(zip(new, _reserve_ids(self.conn, self.cur, len(new)), strict=True))
        matches = [(rec, found[i]) for i, rec in enumerate(records) if i not in skip]
        self._preload_rows([hit.id for _rec, hit in matches if hit is not None])
        stored_votes = self._stored_votes(matches)
        stored_sponsors = self._stored_sponsors(matches)
        pid_of: dict[int, int] = {}
        for i, rec in enumerate(records):
            if i in skip:
                continue
            hit = found[i]
            if hit is None:
                pid = ids[i]
                self._create(pid, rec)
            else:
                pid = hit.id
                self._merge(hit, index.primary.get(pid), rec, stored_votes.get(pid, {}),
                            stored_sponsors.get(pid, set()))
            pid_of[i] = pid
            self.links.append((pid, self.source_id, rec.reference, rec.date, rec.outcome,
                               _joined(rec.vetoed_by), 1.0))
            self._notes(pid, rec)
        for i, first in skip.items():
            rec = records[i]
            self.summary.duplicates += 1
            self.evidence.append((self.source_id, pid_of[first], "duplicate",
                                  str(rec.resolution),
                                  f"{rec.reference} ({rec.date}, {rec.meeting or '-'}) names "
                                  f"resolution {rec.resolution} again; not stored twice"))
        self.summary.records = len(records)
        self._flush()

    # -- records ------------------------------------------------------------

    def _clean(self, rec: OfficialProposal) -> None:
        """Drop what the schema would refuse, saying so in the record's notes."""
        if rec.outcome is not None and rec.outcome not in OUTCOMES:
            rec.notes.append(f"outcome {rec.outcome!r} is not one unvotes knows; dropped")
            rec.outcome = None
        for code in [c for c in rec.votes if c not in self.known_members]:
            rec.notes.append(f"vote by unknown member code {code!r} dropped")
            del rec.votes[code]
        for code, value in list(rec.votes.items()):
            if value not in VOTE_VALUES:
                rec.notes.append(f"vote {value!r} of {code} is not a vote value; dropped")
                del rec.votes[code]
        bad = [c for c in rec.sponsors if c not in self.known_members]
        for code in bad:
            rec.notes.append(f"sponsor with unknown member code {code!r} dropped")
        rec.sponsors = [c for c in dict.fromkeys(rec.sponsors) if c in self.known_members]
        rec.vetoed_by = list(dict.fromkeys(rec.vetoed_by))

    def _create(self, pid: int, rec: OfficialProposal) -> None:
        self.summary.created += 1
        self.proposals.append((pid, rec.draft, rec.resolution, rec.date, rec.meeting,
                               rec.title, rec.agenda, rec.outcome, rec.yes, rec.no,
                               rec.abstain, rec.absent))
        self.votes.extend((pid, code, value) for code, value in rec.votes.items())
        self.sponsors.extend((pid, code, "sponsor") for code in rec.sponsors)

    def _merge(self, c: StoredProposal, primary: tuple[int, str, str | None] | None,
               rec: OfficialProposal, votes: dict[str, str], sponsors: set[str]) -> None:
        official = c.official
        if official:
            self.summary.merged += 1
        else:
            self.summary.attached += 1
        other = primary[0] if primary else None
        stored = self._rows[c.id]
        update: dict[str, Any] = {}

        def differ(fact: str, a: Any, b: Any, note: str | None = None) -> None:
            self.conflicts.append((c.id, fact, _str(a), other, _str(b), self.source_id,
                                   note if official else _REPLACES))

        date_note = next((n for n in rec.notes if n.startswith("date written")), None)
        for name in _FILLABLE:
            new = getattr(rec, name)
            old = stored.get(name)
            if new is None or new == old:
                continue
            if old is None or (not official and name in ("date", "outcome")):
                if old is not None:
                    differ(name, old, new)
                update[name] = new
            elif name in ("date", "outcome"):
                differ(name, old, new, date_note if name == "date" else None)
            elif name in ("draft", "meeting", "resolution") and official:
                differ(name, old, new)
        old_tally = _tally_text(stored.get("yes"), stored.get("no"), stored.get("abstain"))
        new_tally = _tally_text(rec.yes, rec.no, rec.abstain)
        if new_tally is not None:
            if old_tally is None or not official:
                if old_tally is not None and old_tally != new_tally:
                    differ("tally", old_tally, new_tally)
                for name in _TALLY:
                    update[name] = getattr(rec, name)
            elif old_tally != new_tally:
                differ("tally", old_tally, new_tally)
        if rec.vetoed_by and c.vetoed_by and frozenset(rec.vetoed_by) != c.vetoed_by:
            differ("vetoed_by", _joined(c.vetoed_by), _joined(rec.vetoed_by))
        for code, value in rec.votes.items():
            old = votes.get(code)
            if old is None:
                self.votes.append((c.id, code, value))
            elif old != value:
                self.conflicts.append((c.id, f"vote:{code}", old, other, value,
                                       self.source_id, None if official else _REPLACES))
                if not official:
                    self.vote_updates.append((value, c.id, code))
        self.sponsors.extend((c.id, code, "sponsor") for code in rec.sponsors
                             if code not in sponsors)
        if update:
            self.updates[c.id] = update

    def _notes(self, pid: int, rec: OfficialProposal) -> None:
        for note in rec.notes:
            fixed = note_of(note)
            if fixed:
                self.summary.corrections += 1
                self.evidence.append((self.source_id, pid, "correction",
                                      f"{fixed[1]}->{fixed[2]}", note))
            else:
                self.summary.notes += 1
                self.evidence.append((self.source_id, pid, "note", None, note))

    # -- what is stored -------------------------------------------------------

    def _preload_rows(self, ids: list[int]) -> None:
        self._rows = {}
        if not ids:
            return
        self.cur.execute("SELECT id, date, draft, resolution, meeting, title, agenda, "
                         "outcome, yes, no, abstain, absent FROM proposal")
        wanted = set(ids)
        names = ("date", "draft", "resolution", "meeting", "title", "agenda", "outcome",
                 "yes", "no", "abstain", "absent")
        for row in self.cur.fetchall():
            if row[0] in wanted:
                out = dict(zip(names, row[1:], strict=True))
                if isinstance(out["date"], str):
                    out["date"] = date.fromisoformat(out["date"][:10])
                self._rows[row[0]] = out

    def _stored_votes(self, matches: list) -> dict[int, dict[str, str]]:
        if not any(found is not None and rec.votes for rec, found in matches):
            return {}
        wanted = {found.id for _rec, found in matches if found is not None}
        out: dict[int, dict[str, str]] = {}
        self.cur.execute("SELECT proposal_id, member_code, value FROM vote")
        for pid, code, value in self.cur.fetchall():
            if pid in wanted:
                out.setdefault(pid, {})[code] = value
        return out

    def _stored_sponsors(self, matches: list) -> dict[int, set[str]]:
        if not any(found is not None and rec.sponsors for rec, found in matches):
            return {}
        out: dict[int, set[str]] = {}
        self.cur.execute("SELECT proposal_id, member_code FROM sponsorship")
        for pid, code in self.cur.fetchall():
            out.setdefault(pid, set()).add(code)
        return out

    # -- writing ----------------------------------------------------------------

    def _flush(self) -> None:
        conn, cur = self.conn, self.cur
        _bulk(conn, cur, "proposal", ("id", "draft", "resolution", "date", "meeting", "title",
                                      "agenda", "outcome", "yes", "no", "abstain", "absent"),
              self.proposals)
        for pid, values in self.updates.items():
            sets = ", ".join(f"{k} = :{k}" for k in values)
            params = {k: conn.date_param(v) for k, v in values.items()} | {"id": pid}
            cur.execute(conn.native(f"UPDATE proposal SET {sets} WHERE id = :id"), params)
        if self.vote_updates:
            sql = "UPDATE vote SET value = :v WHERE proposal_id = :p AND member_code = :m"
            cur.executemany(conn.native(sql),
                            [{"v": v, "p": p, "m": m} for v, p, m in self.vote_updates])
        _bulk(conn, cur, "vote", ("proposal_id", "member_code", "value"), self.votes)
        _bulk(conn, cur, "sponsorship", ("proposal_id", "member_code", "role"), self.sponsors)
        _bulk(conn, cur, "proposal_source", ("proposal_id", "source_id", "reference", "date",
                                             "outcome", "vetoed_by", "confidence"), self.links)
        _bulk(conn, cur, "conflict", ("proposal_id", "fact", "value_a", "source_a_id",
                                      "value_b", "source_b_id", "note"), self.conflicts)
        _bulk(conn, cur, "evidence", ("source_id", "proposal_id", "fact", "value", "text"),
              self.evidence)
        self.summary.votes = len(self.votes)
        self.summary.sponsorships = len(self.sponsors)
        self.summary.conflicts = len(self.conflicts)
