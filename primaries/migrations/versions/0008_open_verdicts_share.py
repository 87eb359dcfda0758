"""open machine verdicts read their reason and evidence from their claim instead of a copy

Revision ID: 0008_open_verdicts
Revises: 0007_tally
Create Date: 2026-12-07 09:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_open_verdicts"
down_revision = "0007_tally"
branch_labels = None
depends_on = None

VERDICT = sa.table(
    "verdict",
    sa.column("claim_id", sa.Integer),
    sa.column("reason", sa.JSON),
    sa.column("evidence", sa.JSON),
    sa.column("valid_to", sa.DateTime),
    sa.column("by", sa.String),
)
CLAIM = sa.table(
    "claim",
    sa.column("id", sa.Integer),
    sa.column("reason", sa.JSON),
    sa.column("evidence", sa.JSON),
)
OPEN_MACHINE = sa.and_(VERDICT.c.valid_to.is_(None), VERDICT.c.by == "machine")


def upgrade() -> None:
    """Apply this revision: an open machine verdict's copy was always its claim's."""
    op.execute(sa.update(VERDICT).where(OPEN_MACHINE).values(reason=sa.null(), evidence=sa.null()))


def downgrade() -> None:
    """Revert this revision: open machine verdicts take a copy of their claim's again."""
    of_claim = CLAIM.c.id == VERDICT.c.claim_id
    op.execute(
        sa.update(VERDICT)
        .where(OPEN_MACHINE)
        .values(
            reason=sa.select(CLAIM.c.reason).where(of_claim).scalar_subquery(),
            evidence=sa.select(CLAIM.c.evidence).where(of_claim).scalar_subquery(),
        )
    )
