"""rumour notes: an editors' note on a recurring narrative, attached to the posts it answers

Revision ID: 0006_notes
Revises: 0005_webhooks
Create Date: 2026-12-06 07:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import primaries.models

revision = "0006_notes"
down_revision = "0005_webhooks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "rumour_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("created_at", primaries.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "rumour_note_post",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("attached_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("attached_at", primaries.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("note_id", "story_id"),
    )
    with op.batch_alter_table("rumour_note_post", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rumour_note_post_note_id"), ["note_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rumour_note_post_story_id"), ["story_id"], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("rumour_note_post", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rumour_note_post_story_id"))
        batch_op.drop_index(batch_op.f("ix_rumour_note_post_note_id"))
    op.drop_table("rumour_note_post")
    op.drop_table("rumour_note")
