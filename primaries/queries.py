"""Store stage: every read query the views, the CLI and the jobs use. Templates never query."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, desc, func, or_, select

from primaries.geography import normalise
from primaries.models import (
    Area,
    AreaTally,
    Bureau,
    BureauResult,
    FeedAnomaly,
    FeedSnapshot,
    SourceRun,
)
from primaries.settings import Settings
from verifiers.standings import Standings, Tally

AREA = Area.__table__
BUREAU = Bureau.__table__
RESULT = BureauResult.__table__
TALLY = AreaTally.__table__
ANOMALY = FeedAnomaly.__table__
RUN = SourceRun.__table__
SNAPSHOT = FeedSnapshot.__table__


@dataclass(frozen=True, slots=True)
class AreaRef:
    """An area (or a bureau) as pages and the API name it."""

    code: str
    name: str
    level: str
    parent: str | None = None


def get_area(conn: Connection, code: str) -> AreaRef | None:
    """The area with exactly this code, or the bureau with this code."""
    row = conn.execute(
        select(AREA.c.code, AREA.c.name, AREA.c.level, AREA.c.parent).where(AREA.c.code == code)
    ).first()
    if row is not None:
        return AreaRef(row.code, row.name, row.level, row.parent)
    unit = conn.execute(
        select(BUREAU.c.code, BUREAU.c.name, BUREAU.c.level, BUREAU.c.commune).where(
            BUREAU.c.code == code
        )
    ).first()
    if unit is not None and unit.level == "bureau":
        number = unit.code.rsplit("_", 1)[-1]
        return AreaRef(unit.code, f"{unit.name}, bureau {number}", "bureau", unit.commune)
    return None


LEVEL_ORDER = {
    "national": 0,
    "zone": 1,
    "group": 1,
    "region": 2,
    "departement": 3,
    "constituency": 3,
    "country": 4,
    "commune": 5,
    "bureau": 6,
}


def resolve_area(conn: Connection, text: str) -> AreaRef | None:
    """An area from what a user typed: a code, "national", a name with or without accents."""
    text = text.strip()
    if not text or text.lower() in ("national", "france", "fr", "france entiere", "france entière"):
        return get_area(conn, "FR")
    exact = get_area(conn, text) or get_area(conn, text.upper())
    if exact is not None:
        return exact
    if re.fullmatch(r"\d", text):
        exact = get_area(conn, f"0{text}")
        if exact is not None:
            return exact
    key = normalise(text)
    rows = conn.execute(
        select(AREA.c.code, AREA.c.name, AREA.c.level, AREA.c.parent).where(
            AREA.c.search_key == key
        )
    ).all()
    if rows:
        best = min(rows, key=lambda r: LEVEL_ORDER.get(r.level, 9))
        return AreaRef(best.code, best.name, best.level, best.parent)
    return None


def search_areas(conn: Connection, text: str, limit: int = 20) -> list[AreaRef]:
    """Areas and bureaux whose name or code starts with what was typed, biggest first."""
    key = normalise(text)
    if not key:
        return []
    found: dict[str, AreaRef] = {}
    code_like = text.strip().upper()
    exact = get_area(conn, code_like)
    if exact is not None:
        found[exact.code] = exact
    rows = conn.execute(
        select(AREA.c.code, AREA.c.name, AREA.c.level, AREA.c.parent)
        .where(
            or_(
                AREA.c.search_key == key,
                AREA.c.search_key.like(f"{key}%"),
                AREA.c.code.like(f"{code_like}%"),
            )
        )
        .limit(limit * 5)
    ).all()
    rows.sort(key=lambda r: (normalise(r.name) != key, LEVEL_ORDER.get(r.level, 9), r.name))
    for row in rows:
        found.setdefault(row.code, AreaRef(row.code, row.name, row.level, row.parent))
    if len(found) < limit and re.fullmatch(r"[0-9A-Z]{5}_\w+", code_like):
        for unit in conn.execute(
            select(BUREAU.c.code).where(BUREAU.c.code.like(f"{code_like}%")).limit(limit)
        ).scalars():
            ref = get_area(conn, unit)
            if ref:
                found.setdefault(ref.code, ref)
    return list(found.values())[:limit]


def breadcrumbs(conn: Connection, area: AreaRef) -> list[AreaRef]:
    """The chain of parents from the nation down to (not including) this area."""
    chain: list[AreaRef] = []
    parent = area.parent
    seen = set()
    while parent and parent not in seen:
        seen.add(parent)
        ref = get_area(conn, parent)
        if ref is None:
            break
        chain.append(ref)
        parent = ref.parent
    return list(reversed(chain))


def children(conn: Connection, code: str, round_number: int) -> list[dict[str, Any]]:
    """The sub-areas of an area with their tallies, for tables and maps."""
    rows = (
        conn.execute(
            select(AREA.c.code, AREA.c.name, AREA.c.level, TALLY)
            .join(
                TALLY, (TALLY.c.area == AREA.c.code) & (TALLY.c.round == round_number), isouter=True
            )
            .where(AREA.c.parent == code)
            .order_by(AREA.c.name)
        )
        .mappings()
        .all()
    )
    return [dict(r) for r in rows]


def _tallies(votes: dict[str, int], settings: Settings) -> tuple[Tally, ...]:
    names = {c.id: c.name for c in settings.candidates}
    order = {c.id: c.order for c in settings.candidates}
    return tuple(
        sorted(
            (Tally(cid, names.get(cid, cid), v) for cid, v in votes.items()),
            key=lambda t: (-t.votes, order.get(t.candidate, 999), t.candidate),
        )
    )


def standings(
    conn: Connection, settings: Settings, code: str, round_number: int
) -> Standings | None:
    """The latest figures of an area (or a single bureau) in one round."""
    area = get_area(conn, code)
    if area is None:
        return None
    if area.level == "bureau":
        return _bureau_standings(conn, settings, area, round_number)
    row = conn.execute(
        select(TALLY).where(TALLY.c.area == code, TALLY.c.round == round_number)
    ).first()
    if row is None:
        return Standings(
            area.code, area.name, area.level, round_number, 0, 0, 0, 0, 0, 0, 0, (), 0, None
        )
    return Standings(
        area_code=area.code,
        area_name=area.name,
        area_level=area.level,
        round=round_number,
        bureaux_reported=row.bureaux_reported,
        bureaux_total=row.bureaux_total,
        inscrits=row.inscrits,
        votants=row.votants,
        blancs=row.blancs,
        nuls=row.nuls,
        exprimes=row.exprimes,
        tallies=_tallies(row.votes or {}, settings),
        remaining=row.remaining,
        as_of=row.as_of,
    )


def _bureau_standings(
    conn: Connection, settings: Settings, area: AreaRef, round_number: int
) -> Standings:
    unit = conn.execute(select(BUREAU.c.inscrits).where(BUREAU.c.code == area.code)).scalar() or 0
    row = conn.execute(
        select(RESULT, SNAPSHOT.c.published_at, SNAPSHOT.c.fetched_at)
        .join(SNAPSHOT, SNAPSHOT.c.id == RESULT.c.snapshot_id, isouter=True)
        .where(RESULT.c.bureau == area.code, RESULT.c.round == round_number, RESULT.c.current)
    ).first()
    if row is None:
        return Standings(
            area.code, area.name, "bureau", round_number, 0, 1, unit, 0, 0, 0, 0, (), unit, None
        )
    return Standings(
        area_code=area.code,
        area_name=area.name,
        area_level="bureau",
        round=round_number,
        bureaux_reported=1,
        bureaux_total=1,
        inscrits=row.inscrits,
        votants=row.votants,
        blancs=row.blancs,
        nuls=row.nuls,
        exprimes=row.exprimes,
        tallies=_tallies(row.votes or {}, settings),
        remaining=0,
        as_of=row.published_at or row.fetched_at or row.recorded_at,
    )


def results_document(s: Standings, tz_name: str | None = None) -> dict[str, Any]:
    """The JSON shape shared by `primaries results --json` and /api/results/<area>."""
    return {
        "area": {"code": s.area_code, "name": s.area_name, "level": s.area_level},
        "round": s.round,
        "bureaux_reported": s.bureaux_reported,
        "bureaux_total": s.bureaux_total,
        "inscrits": s.inscrits,
        "votants": s.votants,
        "blancs": s.blancs,
        "nuls": s.nuls,
        "exprimes": s.exprimes,
        "remaining": s.remaining,
        "turnout": round(100 * s.votants / s.inscrits, 2) if s.inscrits else None,
        "candidates": [
            {
                "id": t.candidate,
                "name": t.name,
                "votes": t.votes,
                "pct": round(100 * t.votes / s.exprimes, 2) if s.exprimes else 0.0,
            }
            for t in s.tallies
        ],
        "as_of": s.as_of.isoformat() if s.as_of else None,
    }


def bureaux_of(
    conn: Connection, settings: Settings, code: str, round_number: int
) -> list[dict[str, Any]]:
    """Every bureau of an area with its current result (None when not reported) and anomalies."""
    area = get_area(conn, code)
    if area is None:
        return []
    if area.level == "bureau":
        condition = BUREAU.c.code == code
    elif area.level == "commune":
        condition = BUREAU.c.commune == code
    elif area.level in ("departement", "zone"):
        condition = BUREAU.c.departement == code
    else:
        # Coarser areas: match the JSON ancestor list (rare on election night: a région's table).
        codes = [
            u
            for u, anc in conn.execute(select(BUREAU.c.code, BUREAU.c.ancestors))
            if code in (anc or [])
        ]
        condition = BUREAU.c.code.in_(codes) if codes else BUREAU.c.code == "\0"
    result = RESULT.alias("r")
    rows = (
        conn.execute(
            select(
                BUREAU.c.code,
                BUREAU.c.name,
                BUREAU.c.commune,
                BUREAU.c.inscrits.label("registered"),
                result.c.votants,
                result.c.blancs,
                result.c.nuls,
                result.c.exprimes,
                result.c.votes,
                result.c.status,
                result.c.revision,
                result.c.recorded_at,
                result.c.inscrits,
            )
            .select_from(BUREAU)
            .join(
                result,
                (result.c.bureau == BUREAU.c.code)
                & (result.c.round == round_number)
                & result.c.current,
                isouter=True,
            )
            .where(condition)
            .order_by(BUREAU.c.code)
        )
        .mappings()
        .all()
    )
    flagged: dict[str, list[str]] = {}
    codes = [r["code"] for r in rows]
    for start in range(0, len(codes), 5000):
        for bureau, message in conn.execute(
            select(ANOMALY.c.bureau, ANOMALY.c.message).where(
                ANOMALY.c.round == round_number, ANOMALY.c.bureau.in_(codes[start : start + 5000])
            )
        ):
            flagged.setdefault(bureau, []).append(message)
    out = []
    for r in rows:
        inscrits = r["inscrits"] or r["registered"]
        reported = r["votants"] is not None
        out.append(
            {
                "code": r["code"],
                "name": r["name"],
                "commune": r["commune"],
                "inscrits": inscrits,
                "reported": reported,
                "votants": r["votants"],
                "blancs": r["blancs"],
                "nuls": r["nuls"],
                "exprimes": r["exprimes"],
                "votes": r["votes"] or {},
                "status": r["status"],
                "revision": r["revision"],
                "turnout": round(100 * r["votants"] / inscrits, 2)
                if reported and inscrits
                else None,
                "anomalies": flagged.get(r["code"], []),
            }
        )
    return out


def anomalies(
    conn: Connection, limit: int = 500, round_number: int | None = None
) -> list[dict[str, Any]]:
    """The latest feed anomalies, newest first."""
    query = select(ANOMALY).order_by(desc(ANOMALY.c.id)).limit(limit)
    if round_number is not None:
        query = query.where(ANOMALY.c.round == round_number)
    return [dict(r) for r in conn.execute(query).mappings()]


def source_health(conn: Connection) -> list[dict[str, Any]]:
    """Per source: its last run, its last success, and the error since when it fails."""
    latest = select(RUN.c.source, func.max(RUN.c.id).label("id")).group_by(RUN.c.source).subquery()
    last_ok = (
        select(RUN.c.source, func.max(RUN.c.finished_at).label("ok_at"))
        .where(RUN.c.ok)
        .group_by(RUN.c.source)
        .subquery()
    )
    rows = (
        conn.execute(
            select(RUN, last_ok.c.ok_at)
            .join(latest, latest.c.id == RUN.c.id)
            .join(last_ok, last_ok.c.source == RUN.c.source, isouter=True)
            .order_by(RUN.c.source)
        )
        .mappings()
        .all()
    )
    health = []
    for r in rows:
        failing_since = None
        if not r["ok"]:
            failing_since = conn.execute(
                select(func.min(RUN.c.started_at)).where(
                    RUN.c.source == r["source"],
                    ~RUN.c.ok,
                    RUN.c.id
                    > (
                        select(func.coalesce(func.max(RUN.c.id), 0))
                        .where(RUN.c.source == r["source"], RUN.c.ok)
                        .scalar_subquery()
                    ),
                )
            ).scalar()
        health.append({**dict(r), "last_ok_at": r["ok_at"], "failing_since": failing_since})
    return health


def data_version(conn: Connection, round_number: int) -> tuple[int, datetime | None]:
    """A number that changes whenever national figures change, and their time (for live pages)."""
    row = conn.execute(
        select(TALLY.c.version, TALLY.c.as_of).where(
            TALLY.c.area == "FR", TALLY.c.round == round_number
        )
    ).first()
    return (row.version, row.as_of) if row else (0, None)
