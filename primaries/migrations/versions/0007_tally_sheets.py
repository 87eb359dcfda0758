"""tally sheets: party delegates' copies of the procès-verbaux, their photos, a delegate's party

Revision ID: 0007_tally
Revises: 0006_notes
Create Date: 2026-12-06 09:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import primaries.models

revision = "0007_tally"
down_revision = "0006_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("party", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True)
        )
    op.create_table(
        "tally_sheet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bureau", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("party", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("entered_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("inscrits", sa.Integer(), nullable=False),
        sa.Column("votants", sa.Integer(), nullable=False),
        sa.Column("blancs", sa.Integer(), nullable=False),
        sa.Column("nuls", sa.Integer(), nullable=False),
        sa.Column("exprimes", sa.Integer(), nullable=False),
        sa.Column("votes", sa.JSON(), nullable=True),
        sa.Column("photo_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", primaries.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", primaries.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("bureau", "round", "party"),
    )
    with op.batch_alter_table("tally_sheet", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tally_sheet_bureau"), ["bureau"], unique=False)
        batch_op.create_index(batch_op.f("ix_tally_sheet_party"), ["party"], unique=False)
    op.create_table(
        "tally_photo",
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("content_type", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("uploaded_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("uploaded_at", primaries.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    with op.batch_alter_table("tally_photo", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tally_photo_uploaded_by"), ["uploaded_by"], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("tally_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tally_photo_uploaded_by"))
    op.drop_table("tally_photo")
    with op.batch_alter_table("tally_sheet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tally_sheet_party"))
        batch_op.drop_index(batch_op.f("ix_tally_sheet_bureau"))
    op.drop_table("tally_sheet")
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_column("party")
