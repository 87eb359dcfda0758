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


def counts_every_unit(area: AreaRef, settings: Settings) -> bool:
    """Whether every unit with a result counts in this area: the nation's, unless a source
    keeps its units out of it (the 2011 abroad bureaux)."""
    return area.level == "national" and not any(s.exclude_areas for s in settings.sources)


def area_snapshots(
    conn: Connection, area: AreaRef, round_number: int, every_unit: bool = False
) -> list[dict[str, Any]]:
    """Per source behind an area's current figures: how many of its units it gave, and the
    newest and oldest fetch and the newest publication among their snapshots. `every_unit`
    (see counts_every_unit) skips matching units to the area: the nation's 69,242 took 0.4 s
    that way, 0.07 s counted straight off the results."""
    result = RESULT.alias("r")
    current = (result.c.round == round_number) & result.c.current
    query = select(result.c.snapshot_id, func.count().label("units")).group_by(result.c.snapshot_id)
    if every_unit:
        query = query.where(current)
    else:
        joined = BUREAU.join(result, (result.c.bureau == BUREAU.c.code) & current)
        query = query.select_from(joined).where(_in_area(conn, area))
    units = {sid: n for sid, n in conn.execute(query) if sid is not None}
    by_source: dict[str, dict[str, Any]] = {}
    for chunk in chunks(sorted(units)):
        for snap in conn.execute(select(SNAPSHOT).where(SNAPSHOT.c.id.in_(chunk))).mappings():
            _add_snapshot(by_source, snap, units[snap["id"]])
    return [by_source[name] for name in sorted(by_source)]


def _add_snapshot(by_source: dict[str, dict[str, Any]], snap: Any, units: int) -> None:
    """Fold one snapshot and the units it gave into its source's row."""
    row = by_source.setdefault(
        snap["source"],
        {
            "source": snap["source"],
            "kind": snap["kind"],
            "bureaux": 0,
            "fetched_at": snap["fetched_at"],
            "first_fetched_at": snap["fetched_at"],
            "published_at": None,
            "snapshot_id": snap["id"],
        },
    )
    row["bureaux"] += units
    row["fetched_at"] = max(row["fetched_at"], snap["fetched_at"])
    row["first_fetched_at"] = min(row["first_fetched_at"], snap["fetched_at"])
    if snap["published_at"] is not None:
        row["published_at"] = max(row["published_at"] or snap["published_at"], snap["published_at"])
    row["snapshot_id"] = max(row["snapshot_id"], snap["id"])


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
