"""feed ranges: bigint sequences and running totals, the size of a refused payload

Revision ID: 0004_feed
Revises: 0003_web
Create Date: 2026-12-06 06:00:00

A feed's sequence may be epoch milliseconds (past 2^31 - 1), and an area's totals add up int4
counts of every unit below it: both are bigint. A refused payload is kept as a record (hash,
size, reason) without its bytes: `feed_snapshot.size`.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_feed"
down_revision = "0003_web"
branch_labels = None
depends_on = None

TALLY_TOTALS = (
    "bureaux_reported",
    "bureaux_total",
    "inscrits",
    "inscrits_reported",
    "votants",
    "blancs",
    "nuls",
    "exprimes",
    "remaining",
)


def upgrade() -> None:
    """Widen the columns a feed can push past int4; add the refused payload's size."""
    with op.batch_alter_table("feed_snapshot", schema=None) as batch_op:
        batch_op.alter_column(
            "sequence", existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=True
        )
        batch_op.add_column(sa.Column("size", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("area_tally", schema=None) as batch_op:
        for name in TALLY_TOTALS:
            batch_op.alter_column(
                name, existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=False
            )


def downgrade() -> None:
    """Back to int4 (values past 2^31 - 1 would fail: only for an empty night)."""
    with op.batch_alter_table("area_tally", schema=None) as batch_op:
        for name in TALLY_TOTALS:
            batch_op.alter_column(
                name, existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=False
            )
    with op.batch_alter_table("feed_snapshot", schema=None) as batch_op:
        batch_op.drop_column("size")
        batch_op.alter_column(
            "sequence", existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=True
        )
