"""Every table of the record, in one module so relationships never import in circles.

The vocabulary follows GUIDE.md: member, term, proposal, vote, sponsorship, source,
evidence, conflict. Lookup tables (`outcome`, `vote_value`) carry a `name` column so a
stranger browsing the file in Datasette sees labels beside codes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, MetaData, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# A naming convention makes constraint names predictable, which Alembic's batch mode needs
# to alter constraints on SQLite.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


class Outcome(SQLModel, table=True):
    __tablename__ = "outcome"
    code: str = Field(primary_key=True, max_length=16)
    name: str


class VoteValue(SQLModel, table=True):
    __tablename__ = "vote_value"
    code: str = Field(primary_key=True, max_length=24)
    name: str


class Member(SQLModel, table=True):
    """A UN member state; `code` is ISO 3166-1 alpha-3 or a historical code (SUN, YUG, ...)."""

    __tablename__ = "member"
    code: str = Field(primary_key=True, max_length=8)
    name: str
    official_name: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None


class Alias(SQLModel, table=True):
    """Another way a text or a data file names a member, valid between two dates."""

    __tablename__ = "alias"
    __table_args__ = (Index("ix_alias_alias", "alias"),)
    id: int | None = Field(default=None, primary_key=True)
    member_code: str = Field(foreign_key="member.code", index=True, max_length=8)
    alias: str
    kind: str = Field(max_length=16)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


class Term(SQLModel, table=True):
    """A seat on the Council held by one member between two dates."""

    __tablename__ = "term"
    id: int | None = Field(default=None, primary_key=True)
    member_code: str = Field(foreign_key="member.code", index=True, max_length=8)
    start_date: dt.date = Field(index=True)
    end_date: dt.date | None = None
    permanent: bool = False


class Proposal(SQLModel, table=True):
    """A draft resolution put to the vote; adopted ones carry their resolution number.

    `outcome` is the classification the sources give (the UN's own when there is one);
    the `veto` view derives who vetoed from votes, so vetoes are never stored twice.
    """

    __tablename__ = "proposal"
    id: int | None = Field(default=None, primary_key=True)
    draft: str | None = Field(default=None, index=True, max_length=64)
    resolution: int | None = Field(default=None, index=True)
    date: dt.date | None = Field(default=None, index=True)
    meeting: str | None = Field(default=None, max_length=64)
    title: str | None = Field(default=None, sa_column=Column(Text))
    subject: str | None = Field(default=None, sa_column=Column(Text))
    agenda: str | None = Field(default=None, sa_column=Column(Text))
    outcome: str | None = Field(default=None, foreign_key="outcome.code", index=True,
                                max_length=16)
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    absent: int | None = None


class Vote(SQLModel, table=True):
    """One member's position on one proposal (five distinct values, see `vote_value`)."""

    __tablename__ = "vote"
    proposal_id: int = Field(foreign_key="proposal.id", primary_key=True, ondelete="CASCADE")
    member_code: str = Field(foreign_key="member.code", primary_key=True, index=True,
                             max_length=8)
    value: str = Field(foreign_key="vote_value.code", index=True, max_length=24)


class Sponsorship(SQLModel, table=True):
    """A member that drafted or co-sponsored a proposal; `role` is sponsor or penholder."""

    __tablename__ = "sponsorship"
    proposal_id: int = Field(foreign_key="proposal.id", primary_key=True, ondelete="CASCADE")
    member_code: str = Field(foreign_key="member.code", primary_key=True, index=True,
                             max_length=8)
    role: str = Field(default="sponsor", max_length=16)


class Source(SQLModel, table=True):
    """Where facts came from: one article, or one official dataset file."""

    __tablename__ = "source"
    __table_args__ = (UniqueConstraint("content_hash"),)
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(index=True, max_length=16)  # "article" or "official"
    name: str
    url: str | None = None
    title: str | None = Field(default=None, sa_column=Column(Text))
    publisher: str | None = None
    licence: str | None = None
    format: str | None = Field(default=None, max_length=32)
    published: dt.date | None = None
    content_hash: str = Field(max_length=64)
    imported_at: dt.datetime = Field(
        default_factory=lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None))


class ProposalSource(SQLModel, table=True):
    """Links a proposal to each source that describes it, keeping that source's own reading."""

    __tablename__ = "proposal_source"
    proposal_id: int = Field(foreign_key="proposal.id", primary_key=True, ondelete="CASCADE")
    source_id: int = Field(foreign_key="source.id", primary_key=True, index=True,
                           ondelete="CASCADE")
    reference: str | None = None  # the row or record id inside the source
    date: dt.date | None = None
    outcome: str | None = Field(default=None, max_length=16)
    vetoed_by: str | None = None  # ';'-joined codes as the source states them
    confidence: float | None = None


class Evidence(SQLModel, table=True):
    """The text span in one source that supports one fact about one proposal."""

    __tablename__ = "evidence"
    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True, ondelete="CASCADE")
    proposal_id: int | None = Field(default=None, foreign_key="proposal.id", index=True,
                                    ondelete="CASCADE")
    fact: str = Field(max_length=64)
    value: str | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    start: int | None = None
    end: int | None = None


class Claim(SQLModel, table=True):
    """What the sources of one proposal state about one fact, summed: one row per value and
    kind of source, with the total confidence of the sources that state it and the most
    confident of them (ties: the lowest content hash). `unvotes.merge` keeps it in step with
    `evidence` in the same transaction, so choosing a proposal's facts reads a few rows
    however many articles report the vote."""

    __tablename__ = "claim"
    proposal_id: int = Field(foreign_key="proposal.id", primary_key=True, ondelete="CASCADE")
    fact: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_column=Column(Text, primary_key=True))
    kind: str = Field(primary_key=True, max_length=16)
    support: float
    sources: int
    best_source_id: int = Field(foreign_key="source.id", index=True, ondelete="CASCADE")
    best_confidence: float
    best_hash: str = Field(max_length=64)


class Conflict(SQLModel, table=True):
    """Two sources that disagree on one fact of one proposal; both values are kept."""

    __tablename__ = "conflict"
    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id", index=True, ondelete="CASCADE")
    fact: str = Field(max_length=64)
    value_a: str | None = None
    source_a_id: int | None = Field(default=None, foreign_key="source.id", ondelete="CASCADE")
    value_b: str | None = None
    source_b_id: int | None = Field(default=None, foreign_key="source.id", ondelete="CASCADE")
    note: str | None = None
