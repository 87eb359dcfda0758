"""Store stage: every poll of every source leaves a SourceRun row, and sources keep their cursors."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update

from primaries.models import CURSOR, RUN, utcnow


def record_run(
    engine: Engine,
    *,
    source: str,
    kind: str,
    started_at: datetime,
    ok: bool,
    error: str | None = None,
    http_status: int | None = None,
    items_new: int = 0,
    items_changed: int = 0,
    items_seen: int = 0,
    snapshot_id: int | None = None,
) -> int:
    """Write one run: expected outages are data, shown on the site with their time."""
    with engine.begin() as conn:
        return conn.execute(
            insert(RUN).values(
                source=source,
                kind=kind,
                started_at=started_at,
                finished_at=utcnow(),
                ok=ok,
                error=(error or None) and error[:2000],
                http_status=http_status,
                items_new=items_new,
                items_changed=items_changed,
                items_seen=items_seen,
                snapshot_id=snapshot_id,
            )
        ).inserted_primary_key[0]


def read_cursor(engine: Engine, source: str) -> dict[str, Any]:
    """Where this source stopped last time (empty on a first run)."""
    with engine.connect() as conn:
        value = conn.execute(select(CURSOR.c.value).where(CURSOR.c.source == source)).scalar()
    return dict(value or {})


def save_cursor(engine: Engine, source: str, value: dict[str, Any]) -> None:
    """Remember where this source stopped, after what it fetched is safely stored."""
    with engine.begin() as conn:
        done = conn.execute(
            update(CURSOR).where(CURSOR.c.source == source).values(value=value, updated_at=utcnow())
        ).rowcount
        if not done:
            conn.execute(insert(CURSOR).values(source=source, value=value, updated_at=utcnow()))
