"""sessions that end and rate limits shared by every web worker

Revision ID: 0003_web
Revises: 0002_posts
Create Date: 2026-12-06 06:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003_web"
down_revision = "0002_posts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("session_version", sa.Integer(), nullable=False, server_default="0")
        )
    op.create_table(
        "rate_limit",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("rate_limit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rate_limit_expires_at"), ["expires_at"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("rate_limit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rate_limit_expires_at"))
    op.drop_table("rate_limit")
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_column("session_version")
