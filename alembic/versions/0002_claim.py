"""claim: each proposal's sums of what its sources state, kept beside the evidence

Choosing a proposal's facts used to re-read every evidence row of every source, so a vote
told by many articles cost more with each one. The sums are backfilled from the evidence.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes

from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The backfill is written out here rather than imported, so this revision stays what it was
# whatever the code later becomes: the distinct (fact, value, source) claims of each proposal,
# summed per fact, value and kind of source, keeping the most confident source.
BACKFILL = """
INSERT INTO claim (proposal_id, fact, value, kind, support, sources, best_source_id,
                   best_confidence, best_hash)
SELECT proposal_id, fact, value, kind, sum(conf), count(*),
       max(CASE WHEN place = 1 THEN source_id END), max(CASE WHEN place = 1 THEN conf END),
       max(CASE WHEN place = 1 THEN content_hash END)
FROM (SELECT d.*, row_number() OVER (PARTITION BY proposal_id, fact, value, kind
                                     ORDER BY conf DESC, content_hash) AS place
      FROM (SELECT DISTINCT e.proposal_id, e.fact, e.value, s.kind, e.source_id,
                   s.content_hash, COALESCE(ps.confidence, 0.5) AS conf
            FROM evidence e JOIN source s ON s.id = e.source_id
            LEFT JOIN proposal_source ps ON ps.proposal_id = e.proposal_id
                 AND ps.source_id = e.source_id
            WHERE e.value IS NOT NULL AND e.proposal_id IS NOT NULL
              AND (e.fact IN ('abstain', 'date', 'draft', 'no', 'outcome', 'resolution',
                              'subject', 'vetoed_by', 'yes')
                   OR e.fact LIKE 'vote:%' OR e.fact LIKE 'sponsor:%')) d) r
GROUP BY proposal_id, fact, value, kind
"""


def upgrade() -> None:
    op.create_table('claim',
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('fact', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('support', sa.Float(), nullable=False),
    sa.Column('sources', sa.Integer(), nullable=False),
    sa.Column('best_source_id', sa.Integer(), nullable=False),
    sa.Column('best_confidence', sa.Float(), nullable=False),
    sa.Column('best_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['best_source_id'], ['source.id'],
                            name=op.f('fk_claim_best_source_id_source'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'],
                            name=op.f('fk_claim_proposal_id_proposal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('proposal_id', 'fact', 'value', 'kind', name=op.f('pk_claim'))
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_best_source_id'), ['best_source_id'],
                              unique=False)
    op.execute(BACKFILL)


def downgrade() -> None:
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_best_source_id'))
    op.drop_table('claim')
