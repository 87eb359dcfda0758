"""The migrations, written one change at a time, build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import primaries.models  # noqa: F401  (registers every table on the metadata)
from primaries.db import alembic_config


def test_migrated_schema_is_the_models_schema(migrated_engine):
    """On SQLite and PostgreSQL: no table, column, type or index differs after `upgrade`."""
    with migrated_engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert differences == []


def test_one_line_of_migrations(migrated_engine):
    """Several changes landed the same day: they form one chain with a single head, the one
    the migrated store is stamped at (the other tests' stores are built at that head)."""
    script = ScriptDirectory.from_config(alembic_config(migrated_engine))
    assert len(script.get_heads()) == 1
    with migrated_engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == script.get_current_head()
