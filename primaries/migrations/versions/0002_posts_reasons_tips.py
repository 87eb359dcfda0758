"""the post is the unit: newsroom columns and tip review on the story, reasons as data

Revision ID: 0002_posts
Revises: 0001
Create Date: 2026-12-06 06:00:00
"""

import sqlalchemy as sa
from alembic import op

import primaries.models

revision = "0002_posts"
down_revision = "0001"
branch_labels = None
depends_on = None

_WHEN = primaries.models.UTCDateTime()


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("story", schema=None) as batch_op:
        # Stories stored before this revision were all public: tips were shown at once.
        batch_op.add_column(
            sa.Column("status", sa.String(length=16), nullable=False, server_default="public")
        )
        batch_op.add_column(sa.Column("reviewed_by", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("reviewed_at", _WHEN, nullable=True))
        batch_op.add_column(sa.Column("assigned_to", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("override_label", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("override_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("override_by", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("override_at", _WHEN, nullable=True))
        batch_op.create_index(batch_op.f("ix_story_status"), ["status"], unique=False)
    for table in ("claim", "verdict"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            # Rows written before keep their worded reason_fr / reason_en, which pages fall back on.
            batch_op.add_column(sa.Column("reason", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    for table in ("verdict", "claim"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("reason")
    with op.batch_alter_table("story", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_status"))
        for column in (
            "override_at",
            "override_by",
            "override_reason",
            "override_label",
            "assigned_to",
            "reviewed_at",
            "reviewed_by",
            "status",
        ):
            batch_op.drop_column(column)
