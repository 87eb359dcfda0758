"""Store stage: where figures come from: the sources and snapshots behind an area's figures or a
bureau's, when they were fetched and published, and whether a source is late, judged on its own
poll interval from config.toml (never on one delay for every feed)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from primaries.bulk import chunks
from primaries.models import BUREAU, RESULT, SNAPSHOT
from primaries.queries import AreaRef, _in_area, source_health
from primaries.settings import Settings, SourceSettings


def late_after(source: SourceSettings, settings: Settings) -> int:
    """Seconds without a successful fetch after which this source is late: a few of its own
    intervals (a feed polled every 15 s is late after 45 s, one polled every 10 min after 30)."""
    return max(1, settings.thresholds.late_intervals) * max(1, source.interval)


def is_late(
    source: SourceSettings | None, last_good: datetime | None, now: datetime, settings: Settings
) -> bool | None:
    """Whether a source is late: enabled, and no good fetch within its allowed delay (never one
    at all counts as late). None for a source the configuration does not name: no interval is
    known to judge it by (a file loaded by hand)."""
    if source is None:
        return None
    if not source.enabled:
        return False  # nobody polls it: its figures are as complete as they will be
    if last_good is None:
        return True
    return (now - last_good).total_seconds() > late_after(source, settings)


def area_snapshots(conn: Connection, area: AreaRef, round_number: int) -> list[dict[str, Any]]:
    """Per source behind an area's current figures: how many of its units it gave, and the
    newest and oldest fetch and the newest publication among their snapshots."""
    result = RESULT.alias("r")
    units = BUREAU.join(
        result,
        (result.c.bureau == BUREAU.c.code) & (result.c.round == round_number) & result.c.current,
    ).join(SNAPSHOT, SNAPSHOT.c.id == result.c.snapshot_id)
    query = (
        select(
            SNAPSHOT.c.source,
            func.max(SNAPSHOT.c.kind).label("kind"),
            func.count().label("bureaux"),
            func.max(SNAPSHOT.c.fetched_at).label("fetched_at"),
            func.min(SNAPSHOT.c.fetched_at).label("first_fetched_at"),
            func.max(SNAPSHOT.c.published_at).label("published_at"),
            func.max(SNAPSHOT.c.id).label("snapshot_id"),
        )
        .select_from(units)
        .where(_in_area(conn, area))
        .group_by(SNAPSHOT.c.source)
        .order_by(SNAPSHOT.c.source)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def with_health(
    conn: Connection, snapshots: list[dict[str, Any]], settings: Settings, now: datetime
) -> list[dict[str, Any]]:
    """The snapshots' sources with their last successful poll and whether each is late."""
    health = {h["source"]: h for h in source_health(conn)} if snapshots else {}
    configured = {s.name: s for s in settings.sources}
    out = []
    for row in snapshots:
        source = configured.get(row["source"])
        last_ok = (health.get(row["source"]) or {}).get("last_ok_at")
        # A poll that found nothing new is a good fetch too: the figures were still current.
        last_good = max((t for t in (last_ok, row["fetched_at"]) if t is not None), default=None)
        out.append(
            {
                **row,
                "last_success": last_good,
                "interval": source.interval if source else None,
                "late_after": late_after(source, settings) if source else None,
                "late": is_late(source, last_good, now, settings),
            }
        )
    return out


def sources_document(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sources of an area's figures as the API gives them (times in ISO 8601, UTC)."""

    def iso(value: datetime | None) -> str | None:
        return value.isoformat() if value is not None else None

    return [
        {
            "source": r["source"],
            "kind": r["kind"],
            "bureaux": int(r["bureaux"]),
            "fetched_at": iso(r["fetched_at"]),
            "first_fetched_at": iso(r["first_fetched_at"]),
            "published_at": iso(r["published_at"]),
            "last_success": iso(r["last_success"]),
            "interval_seconds": r["interval"],
            "late_after_seconds": r["late_after"],
            "late": r["late"],
        }
        for r in rows
    ]


def bureau_snapshots(
    conn: Connection, codes: list[str], round_number: int
) -> dict[str, dict[str, Any]]:
    """Each bureau's current result's source, fetch and publication times (reported ones only)."""
    found: dict[str, dict[str, Any]] = {}
    for chunk in chunks(codes):
        query = (
            select(
                RESULT.c.bureau,
                SNAPSHOT.c.source,
                SNAPSHOT.c.fetched_at,
                SNAPSHOT.c.published_at,
            )
            .join(SNAPSHOT, SNAPSHOT.c.id == RESULT.c.snapshot_id)
            .where(RESULT.c.round == round_number, RESULT.c.current, RESULT.c.bureau.in_(chunk))
        )
        for row in conn.execute(query).mappings():
            found[row["bureau"]] = dict(row)
    return found
