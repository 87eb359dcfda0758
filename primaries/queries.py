"""Store stage: every read query the views, the CLI and the jobs use. Templates never query."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Text,
    and_,
    case,
    cast,
    desc,
    exists,
    func,
    or_,
    select,
)

from primaries.bulk import chunks
from primaries.geography import ABROAD, COLLECTIVITIES, DROM, normalise
from primaries.integrity import Figures
from primaries.models import (
    ACTION,
    ANOMALY,
    AREA,
    BUREAU,
    CLAIM,
    POST,
    RESULT,
    RUN,
    SNAPSHOT,
    STORY,
    TALLY,
    USER,
    VERDICT,
)
from primaries.posts import TIP_PLATFORM
from primaries.representativeness import CLASSES as SIZE_CLASSES
from primaries.representativeness import SIZE_BOUNDS, ClassSums
from primaries.settings import CandidateSettings, Settings
from primaries.statuses import CANCELLED, QUARANTINED, VALIDATED, failed_checks
from verifiers.standings import Standings, Tally


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
    "arrondissement": 6,
    "bureau": 7,
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
            # A city's arrondissements in their order ("Paris 2e" before "Paris 10e").
            .order_by(case((AREA.c.level == "arrondissement", AREA.c.code), else_=AREA.c.name))
        )
        .mappings()
        .all()
    )
    return [dict(r) for r in rows]


@dataclass(frozen=True, slots=True)
class _Ballot:
    """One election's candidates by id: names, ballot order, and sets of ids put in that order."""

    candidates: tuple[CandidateSettings, ...]
    names: dict[str, str]
    order: dict[str, int]
    ordered: dict[tuple[str, ...], list[str]]  # the ids an area's votes carry, in ballot order

    def in_ballot_order(self, ids: tuple[str, ...]) -> list[str]:
        """The ids by ballot order, unknown ids last by id (areas share a handful of id sets)."""
        found = self.ordered.get(ids)
        if found is None:
            found = self.ordered[ids] = sorted(ids, key=lambda c: (self.order.get(c, 999), c))
        return found


_BALLOTS: dict[int, _Ballot] = {}


def _ballot(candidates: tuple[CandidateSettings, ...]) -> _Ballot:
    """Names and ballot order by candidate id, built once per election (thousands of areas).

    Kept by the tuple's identity: hashing eleven candidates' settings for each of 7,000 areas
    cost more than sorting their votes.
    """
    kept = _BALLOTS.get(id(candidates))
    if kept is None or kept.candidates is not candidates:
        kept = _Ballot(
            candidates,
            {c.id: c.name for c in candidates},
            {c.id: c.order for c in candidates},
            {},
        )
        if len(_BALLOTS) > 64:  # one election per process; tests load many settings
            _BALLOTS.clear()
        _BALLOTS[id(candidates)] = kept
    return kept


_new_tuple = tuple.__new__  # builds a Tally without the Python frame of Tally._make


def _tallies(votes: dict[str, int], settings: Settings) -> tuple[Tally, ...]:
    """Candidates by votes, ties in ballot order (a stable sort keeps it, reversed or not)."""
    ballot = _ballot(settings.candidates)
    ranked = sorted(ballot.in_ballot_order(tuple(votes)), key=votes.__getitem__, reverse=True)
    get = ballot.names.get
    return tuple([_new_tuple(Tally, (c, get(c, c), votes[c])) for c in ranked])


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
    return standings_of(area, row, round_number, settings)


def standings_of(area: Any, row: Any, round_number: int, settings: Settings) -> Standings:
    """Standings from an area (code, name, level) and its tally row (None: nothing counted yet)."""
    figures = None if row is None else tuple(getattr(row, c.name) for c in TALLY_FIGURES)
    as_of = None if row is None else row.as_of
    return standings_from(area.code, area.name, area.level, round_number, figures, as_of, settings)


# A tally row's figures in the order `standings_from` takes them (its time apart).
TALLY_FIGURES = (
    TALLY.c.bureaux_reported,
    TALLY.c.bureaux_total,
    TALLY.c.inscrits,
    TALLY.c.votants,
    TALLY.c.blancs,
    TALLY.c.nuls,
    TALLY.c.exprimes,
    TALLY.c.votes,
    TALLY.c.remaining,
    TALLY.c.inscrits_reported,
)


def standings_from(
    code: str,
    name: str,
    level: str,
    round_number: int,
    figures: Sequence[Any] | None,
    as_of: datetime | None,
    settings: Settings,
) -> Standings:
    """Standings from an area's code, name and level and its `TALLY_FIGURES` values (None: no
    tally yet); positional, for bulk reads that unpack thousands of rows."""
    if figures is None:
        return Standings(code, name, level, round_number, 0, 0, 0, 0, 0, 0, 0, (), 0, None)
    reported, total, inscrits, votants, blancs, nuls, exprimes, votes, remaining, counted = figures
    return Standings(
        code,
        name,
        level,
        round_number,
        reported,
        total,
        inscrits,
        votants,
        blancs,
        nuls,
        exprimes,
        _tallies(votes or {}, settings),
        remaining,
        as_of,
        counted,
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
    if row is None or row.status == QUARANTINED:
        # A quarantined sheet is shown in the bureau table; to the verifier it has not reported.
        return Standings(
            area.code, area.name, "bureau", round_number, 0, 1, unit, 0, 0, 0, 0, (), unit, None, 0
        )
    if row.status == CANCELLED:
        # Nothing of it will be counted: no figures and nothing left to come.
        return Standings(
            area.code, area.name, "bureau", round_number, 0, 0, 0, 0, 0, 0, 0, (), 0, None, 0
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
        # Votants over the registered voters of the bureaux counted: a third of the bureaux in
        # gives their turnout, not a third of it.
        "inscrits_reported": s.counted_inscrits,
        "turnout": round(100 * s.votants / s.counted_inscrits, 2) if s.counted_inscrits else None,
        "inscrits_reported_share": (
            round(100 * s.counted_inscrits / s.inscrits, 2) if s.inscrits else None
        ),
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


def _bureaux_condition(conn: Connection, area: AreaRef) -> Any:
    """Which bureaux make up an area, as a WHERE clause on the bureau table."""
    if area.level == "bureau":
        return BUREAU.c.code == area.code
    if area.level == "commune":
        return BUREAU.c.commune == area.code
    if area.level in ("departement", "zone"):
        return BUREAU.c.departement == area.code
    if area.level == "arrondissement":
        # Its city's bureaux (an indexed column) that list it among their areas; or units of
        # its own (a feed's arrondissement totals, placed on it).
        in_city = (BUREAU.c.commune == area.parent) & _lists_area(area.code)
        return or_(BUREAU.c.commune == area.code, in_city)
    # Coarser areas: match the JSON ancestor list (rare on election night: a région's table).
    codes = [
        u
        for u, anc in conn.execute(select(BUREAU.c.code, BUREAU.c.ancestors))
        if area.code in (anc or [])
    ]
    return BUREAU.c.code.in_(codes) if codes else BUREAU.c.code == "\0"


def _anomaly_messages(
    conn: Connection, codes: list[str], round_number: int
) -> dict[str, list[str]]:
    flagged: dict[str, list[str]] = {}
    for chunk in chunks(codes):
        for bureau, message in conn.execute(
            select(ANOMALY.c.bureau, ANOMALY.c.message).where(
                ANOMALY.c.round == round_number, ANOMALY.c.bureau.in_(chunk)
            )
        ):
            flagged.setdefault(bureau, []).append(message)
    return flagged


def _failed_checks(r: Any, inscrits: int) -> list[dict[str, Any]]:
    """The integrity checks a quarantined bureau's figures fail (kind and numbers)."""
    if r["status"] != QUARANTINED:
        return []
    figures = Figures(
        inscrits=inscrits,
        votants=r["votants"],
        blancs=r["blancs"],
        nuls=r["nuls"],
        exprimes=r["exprimes"],
        votes=tuple(sorted((r["votes"] or {}).items())),
    )
    return [{"kind": f.kind, "details": f.details} for f in failed_checks(r["code"], figures)]


def _bureau_json(r: Any, anomalies: list[str]) -> dict[str, Any]:
    inscrits = r["inscrits"] or r["registered"]
    reported = r["votants"] is not None
    return {
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
        # Counted figures corrected after their first publication (a released quarantine too).
        "corrected": bool(
            reported and r["corrected"] and r["status"] not in (QUARANTINED, CANCELLED)
        ),
        "failed_checks": _failed_checks(r, inscrits) if reported else [],
        "turnout": round(100 * r["votants"] / inscrits, 2) if reported and inscrits else None,
        "anomalies": anomalies,
    }


def _corrected(result: Any) -> Any:
    """True when the result's numbers differ from those first published: a correction (a
    release from quarantine too), not a mere change of status (a validation, a cancellation
    lifted with the same figures)."""
    earlier = RESULT.alias("earlier")
    differs = exists().where(
        earlier.c.bureau == result.c.bureau,
        earlier.c.round == result.c.round,
        earlier.c.revision == 1,
        or_(
            *(
                earlier.c[name] != result.c[name]
                for name in ("inscrits", "votants", "blancs", "nuls", "exprimes")
            ),
            # Sorted votes: equal votes, equal text once the spaces one serializer puts after
            # ':' and ',' are dropped (rows written before and after a change of serializer).
            func.replace(cast(earlier.c.votes, Text), " ", "")
            != func.replace(cast(result.c.votes, Text), " ", ""),
        ),
    )
    return (result.c.revision > 1) & differs


def _bureau_rows(conn: Connection, condition: Any, round_number: int) -> list[Any]:
    """Bureaux matching a condition, each with its current result of the round, in code order."""
    result = RESULT.alias("r")
    return (
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
                case((_corrected(result), True), else_=False).label("corrected"),
            )
            .select_from(_bureaux_with_current(result, round_number))
            .where(condition)
            .order_by(BUREAU.c.code)
        )
        .mappings()
        .all()
    )


def bureaux_of(
    conn: Connection, settings: Settings, code: str, round_number: int
) -> list[dict[str, Any]]:
    """Every bureau of an area with its current result (None when not reported) and anomalies."""
    area = get_area(conn, code)
    if area is None:
        return []
    rows = _bureau_rows(conn, _bureaux_condition(conn, area), round_number)
    flagged = _anomaly_messages(conn, [r["code"] for r in rows], round_number)
    return [_bureau_json(r, flagged.get(r["code"], [])) for r in rows]


# Levels whose bureaux an indexed column names (an arrondissement: its city's); coarser areas
# are matched on ancestors.
_COLUMN_LEVELS = ("bureau", "commune", "arrondissement", "departement", "zone")


def _lists_area(code: str) -> Any:
    """Bureaux whose ancestors include an area, found by the database in the ancestors' JSON
    text (the area's quoted code, LIKE wildcards escaped)."""
    quoted = re.sub(r"([\\%_])", r"\\\1", json.dumps(code))
    return cast(BUREAU.c.ancestors, Text).like(f"%{quoted}%", escape="\\")


def _in_area(conn: Connection, area: AreaRef) -> Any:
    """Which bureaux make up an area, without listing them: a coarse area is found on its
    bureaux' ancestors by the database."""
    if area.level in _COLUMN_LEVELS:
        return _bureaux_condition(conn, area)
    return _lists_area(area.code)


def bureaux_page(
    conn: Connection, area: AreaRef, round_number: int, page: int, size: int
) -> tuple[list[dict[str, Any]], bool]:
    """One page (1-based, `size` bureaux, code order) of an area's bureaux with their results
    and anomalies, and whether a page follows. Pages, not the whole list: the nation's 69,242
    bureaux were 27 MB a request; and a fixed grid of pages, so caches see a few keys."""
    codes = list(
        conn.execute(
            select(BUREAU.c.code)
            .where(_in_area(conn, area))
            .order_by(BUREAU.c.code)
            .offset((page - 1) * size)
            .limit(size + 1)
        ).scalars()
    )
    more, codes = len(codes) > size, codes[:size]
    if not codes:
        return [], False
    rows = _bureau_rows(conn, BUREAU.c.code.in_(codes), round_number)
    flagged = _anomaly_messages(conn, codes, round_number)
    return [_bureau_json(r, flagged.get(r["code"], [])) for r in rows], more


# The bureau table's filters and sorts: a few named choices, never free values, since each is
# part of the key of a cached page or a kept file (a free range would mint them without end).
TURNOUT_BANDS: dict[str, tuple[float | None, float | None]] = {
    "turnout-lt60": (None, 60),
    "turnout-60-70": (60, 70),
    "turnout-70-80": (70, 80),
    "turnout-80-90": (80, 90),
    "turnout-90": (90, None),
}
BUREAU_SHOWS = ("all", "reported", "not-reported", "quarantined", *TURNOUT_BANDS)
BUREAU_SORTS = ("code", "name", "inscrits", "votants", "turnout")


def _table_query(
    conn: Connection, area: AreaRef, round_number: int, show: str, sort: str = "inscrits"
) -> Any:
    """The bureaux of an area joined with their current result, the filter `show` applied, and
    the columns the sorts use (bureau code, name, inscrits, votants, turnout)."""
    if show == "all" and sort.removeprefix("-") in ("code", "name"):
        # Every bureau in the order of the registry's own columns: no result to join (the
        # nation's plain pages and its CSV read 69,242 codes, not 69,242 joined rows).
        return select(BUREAU.c.code, BUREAU.c.name).where(_in_area(conn, area))
    result = RESULT.alias("r")
    registered = func.coalesce(result.c.inscrits, BUREAU.c.inscrits)
    turnout = (100.0 * result.c.votants / func.nullif(registered, 0)).label("turnout")
    query = (
        select(
            BUREAU.c.code, BUREAU.c.name, registered.label("inscrits"), result.c.votants, turnout
        )
        .select_from(_bureaux_with_current(result, round_number))
        .where(_in_area(conn, area))
    )
    if show == "reported":
        query = query.where(result.c.votants.is_not(None))
    elif show == "not-reported":
        query = query.where(result.c.votants.is_(None))
    elif show == "quarantined":
        query = query.where(result.c.status == QUARANTINED)
    elif show in TURNOUT_BANDS:
        low, high = TURNOUT_BANDS[show]
        query = query.where(result.c.votants.is_not(None))
        if low is not None:
            query = query.where(100.0 * result.c.votants >= low * registered)
        if high is not None:
            query = query.where(100.0 * result.c.votants < high * registered)
    elif show != "all":
        raise ValueError(f"unknown bureau filter {show!r}")
    return query


def _bureaux_with_current(result: Any, round_number: int) -> Any:
    """Every bureau with its current result of the round, if it has one (an outer join)."""
    return BUREAU.join(
        result,
        (result.c.bureau == BUREAU.c.code) & (result.c.round == round_number) & result.c.current,
        isouter=True,
    )


def status_counts(conn: Connection, area: AreaRef, round_number: int) -> dict[str, int]:
    """How many bureaux of an area are not reported, provisional, validated, quarantined
    (figures failing an integrity check, not counted) or cancelled by the authority (these five
    add up to every bureau); how many of the provisional and validated were corrected (other
    numbers than first published); and the inscrits of the quarantined, the ballots they
    hold back."""
    result = RESULT.alias("r")
    reported = result.c.votants.is_not(None)
    quarantined = reported & (result.c.status == QUARANTINED)
    cancelled = reported & (result.c.status == CANCELLED)
    counted = reported & result.c.status.not_in((QUARANTINED, CANCELLED))
    validated = counted & (result.c.status == VALIDATED)

    def how_many(condition: Any, value: Any = 1) -> Any:
        return func.coalesce(func.sum(case((condition, value), else_=0)), 0)

    query = (
        select(
            func.count().label("bureaux"),
            how_many(result.c.votants.is_(None)).label("not_reported"),
            how_many(counted & ~validated).label("provisional"),
            how_many(validated).label("validated"),
            how_many(quarantined).label("quarantined"),
            how_many(cancelled).label("cancelled"),
            how_many(counted & _corrected(result)).label("corrected"),
            # The registry's inscrits: a quarantined sheet's own may be the very slip.
            how_many(quarantined, BUREAU.c.inscrits).label("quarantined_inscrits"),
        )
        .select_from(_bureaux_with_current(result, round_number))
        .where(_in_area(conn, area))
    )
    row = conn.execute(query).mappings().one()
    return {key: int(value or 0) for key, value in row.items()}


def counted_classes(conn: Connection, area: AreaRef, round_number: int) -> list[ClassSums]:
    """An area's bureaux with inscrits in the registry, summed per class of place (commune size
    by its inscrits; overseas; abroad): bureaux, bureaux reported in the round, their inscrits
    and the sum of squares, for `representativeness.measure`. Summed by the database: the
    nation's 69,242 rows cost 0.4 s to bring into Python."""
    size = (
        select(BUREAU.c.commune, func.sum(BUREAU.c.inscrits).label("size"))
        .where(_in_area(conn, area), BUREAU.c.inscrits > 0)
        .group_by(BUREAU.c.commune)
        .subquery()
    )
    kind = case(
        (BUREAU.c.departement == ABROAD, "abroad"),
        (BUREAU.c.departement.in_(DROM + COLLECTIVITIES), "overseas"),
        *[
            (size.c.size < bound, key)
            for bound, key in zip(SIZE_BOUNDS, SIZE_CLASSES, strict=False)
        ],
        else_=SIZE_CLASSES[len(SIZE_BOUNDS)],
    ).label("kind")
    result = RESULT.alias("r")
    # Counted as the figures beside the caution are: quarantined sheets are not, and a cancelled
    # bureau has left its area's totals for good.
    reported = result.c.votants.is_not(None) & (result.c.status != QUARANTINED)
    inscrits = cast(BUREAU.c.inscrits, BigInteger)
    query = (
        select(
            kind,
            func.count(),
            func.sum(case((reported, 1), else_=0)),
            func.sum(inscrits),
            func.sum(case((reported, inscrits), else_=0)),
            func.sum(inscrits * inscrits),
        )
        .select_from(
            _bureaux_with_current(result, round_number).join(
                size, size.c.commune == BUREAU.c.commune
            )
        )
        .where(
            _in_area(conn, area),
            BUREAU.c.inscrits > 0,
            or_(result.c.status.is_(None), result.c.status != CANCELLED),
        )
        .group_by(kind)
    )
    return [ClassSums(str(k), *(int(v or 0) for v in rest)) for k, *rest in conn.execute(query)]


def bureau_count(conn: Connection, area: AreaRef, round_number: int, show: str = "all") -> int:
    """How many bureaux of an area the filter `show` keeps."""
    inner = _table_query(conn, area, round_number, show, "code").subquery()
    return int(conn.execute(select(func.count()).select_from(inner)).scalar() or 0)


def bureau_table(
    conn: Connection,
    area: AreaRef,
    round_number: int,
    page: int,
    size: int,
    show: str = "all",
    sort: str = "code",
    after: str | None = None,
    peek: bool = False,
) -> list[dict[str, Any]]:
    """One page (1-based) of an area's bureaux with their results and anomalies, filtered and
    sorted across every bureau of the area, not within a page; `sort` is a column of
    BUREAU_SORTS, '-' first for descending (not reported last either way). `after` pages by
    code instead (code order only): a streamed list loses no row when a bureau reports. `peek`
    reads one row beyond the page, so the caller knows whether a page follows without a count."""
    descending, key = sort.startswith("-"), sort.removeprefix("-")
    if key not in BUREAU_SORTS:
        raise ValueError(f"unknown bureau sort {sort!r}")
    inner = _table_query(conn, area, round_number, show, key).subquery()
    column = inner.c[key]
    order = (column.desc() if descending else column.asc()).nulls_last()
    query = select(inner.c.code).order_by(order, inner.c.code).limit(size + int(peek))
    if after is not None:
        query = query.where(inner.c.code > after)
    else:
        query = query.offset((page - 1) * size)
    codes = list(conn.execute(query).scalars())
    if not codes:
        return []
    rank = {code: i for i, code in enumerate(codes)}
    rows = sorted(
        _bureau_rows(conn, BUREAU.c.code.in_(codes), round_number), key=lambda r: rank[r["code"]]
    )
    flagged = _anomaly_messages(conn, codes, round_number)
    return [_bureau_json(r, flagged.get(r["code"], [])) for r in rows]


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


def fed_by_any(conn: Connection, sources: set[str]) -> bool:
    """Whether any of these sources has put results or posts in the store."""
    if not sources:
        return False
    for table in (SNAPSHOT, POST):
        found = conn.execute(select(table.c.id).where(table.c.source.in_(sources)).limit(1))
        if found.first() is not None:
            return True
    return False


def data_version(conn: Connection, round_number: int) -> tuple[int, datetime | None]:
    """A number that changes whenever national figures change, and their time (for live pages)."""
    row = conn.execute(
        select(TALLY.c.version, TALLY.c.as_of).where(
            TALLY.c.area == "FR", TALLY.c.round == round_number
        )
    ).first()
    return (row.version, row.as_of) if row else (0, None)


def area_version(conn: Connection, code: str, round_number: int) -> int:
    """A number that changes whenever an area's figures change (0 before any; a bureau's own
    changes show in every area above it)."""
    version = conn.execute(
        select(TALLY.c.version).where(TALLY.c.area == code, TALLY.c.round == round_number)
    ).scalar()
    return int(version or 0)


# --- Site reads: claims, verdicts, posts, the newsroom's audit trail ---


def _claim_select():
    """Claims joined with their story (text, spread) and their area's name."""
    return (
        select(
            CLAIM,
            STORY.c.text.label("story_text"),
            STORY.c.posts.label("story_posts"),
            STORY.c.accounts.label("story_accounts"),
            STORY.c.reach.label("story_reach"),
            STORY.c.first_seen.label("story_first_seen"),
            STORY.c.last_seen.label("story_last_seen"),
            AREA.c.name.label("area_name"),
            AREA.c.level.label("area_level"),
        )
        .select_from(CLAIM)
        .join(STORY, STORY.c.id == CLAIM.c.story_id, isouter=True)
        .join(AREA, AREA.c.code == CLAIM.c.area, isouter=True)
    )


PUBLIC = "public"  # a story's status once its source is trusted (a tip: once approved)


def _part_label() -> Any:
    """A part's label as its post counts it: an old per-claim override, else the machine's."""
    return func.coalesce(CLAIM.c.override_label, CLAIM.c.label)


def _post_label(part_label: Any) -> Any:
    """Contradicted if any part is, confirmed if all are, else unconfirmed (an SQL aggregate)."""
    contradicted = func.sum(case((part_label == "contradicted", 1), else_=0))
    confirmed = func.sum(case((part_label == "confirmed", 1), else_=0))
    return case(
        (contradicted > 0, "contradicted"),
        (confirmed == func.count(CLAIM.c.id), "confirmed"),
        else_="unconfirmed",
    )


def _stories_with(column: Any, value: Any, round_number: int | None = None) -> Any:
    """Stories with at least one part where column == value (a filter keeps whole posts), in
    the round asked: a post's round-1 part about Paris must not put it on Paris's round-2 list."""
    query = select(CLAIM.c.story_id).where(column == value)
    if round_number is not None:
        query = query.where(CLAIM.c.round == round_number)
    return query


def latest_claims(
    conn: Connection,
    round_number: int | None = None,
    *,
    limit: int = 50,
    label: str | None = None,
    claim_type: str | None = None,
    area: str | None = None,
    order: str = "recent",
    assigned_to: str | None = None,
    statuses: tuple[str, ...] = (PUBLIC,),
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Posts, one entry each with its label and its parts, newest first (or by spread).

    A post's parts are its claims (of the round asked, when one is); filters keep or drop a post
    whole; `limit` and `offset` count posts. Only public stories unless `statuses` says otherwise.
    """
    query, posts = _posts_query(round_number, label, claim_type, area, assigned_to, statuses)
    if order == "changed":  # the newest label first, the machine's or the newsroom's
        changed = case(
            (STORY.c.override_at > posts.c.label_at, STORY.c.override_at),
            else_=func.coalesce(posts.c.label_at, STORY.c.override_at),
        )
        query = query.order_by(desc(changed), desc(posts.c.first_id))
    elif order == "spread":
        query = query.order_by(
            desc(func.coalesce(STORY.c.reach, 0)), desc(STORY.c.last_seen), desc(posts.c.first_id)
        )
    else:
        query = query.order_by(desc(posts.c.created_at), desc(posts.c.first_id))
    rows = conn.execute(query.limit(limit).offset(offset)).mappings().all()
    parts = _parts_of(conn, [r["story_id"] for r in rows], round_number)
    return [_post_entry(dict(r), parts.get(r["story_id"], [])) for r in rows]


def _posts_query(
    round_number: int | None,
    label: str | None,
    claim_type: str | None,
    area: str | None,
    assigned_to: str | None,
    statuses: tuple[str, ...],
) -> tuple[Any, Any]:
    """The posts `latest_claims` lists, filtered, unordered, and their grouped claims."""
    grouped = select(
        CLAIM.c.story_id.label("story_id"),
        func.min(CLAIM.c.id).label("first_id"),
        _post_label(_part_label()).label("machine_label"),
        func.min(CLAIM.c.created_at).label("created_at"),
        func.max(CLAIM.c.label_at).label("label_at"),
        func.count(CLAIM.c.id).label("parts"),
    ).group_by(CLAIM.c.story_id)
    if round_number is not None:
        grouped = grouped.where(CLAIM.c.round == round_number)
    if claim_type:
        kept = _stories_with(CLAIM.c.type, claim_type, round_number)
        grouped = grouped.where(CLAIM.c.story_id.in_(kept))
    if area:
        kept = _stories_with(CLAIM.c.area, area, round_number)
        grouped = grouped.where(CLAIM.c.story_id.in_(kept))
    posts = grouped.subquery("posts")
    effective = func.coalesce(STORY.c.override_label, posts.c.machine_label)
    query = (
        select(posts, STORY)
        .select_from(posts)
        .join(STORY, STORY.c.id == posts.c.story_id)
        .where(STORY.c.status.in_(statuses))
    )
    if label:
        query = query.where(effective == label)
    if assigned_to:
        query = query.where(STORY.c.assigned_to == assigned_to)
    return query, posts


def count_posts(
    conn: Connection,
    round_number: int | None = None,
    *,
    label: str | None = None,
    claim_type: str | None = None,
) -> int:
    """How many public posts carry at least one claim (of the round, when one is asked), of
    that label and claim type when asked: the count of what `latest_claims` lists."""
    if label or claim_type:
        query, _ = _posts_query(round_number, label, claim_type, None, None, (PUBLIC,))
        return conn.execute(select(func.count()).select_from(query.subquery())).scalar() or 0
    query = (
        select(func.count(func.distinct(CLAIM.c.story_id)))
        .select_from(CLAIM)
        .join(STORY, STORY.c.id == CLAIM.c.story_id)
        .where(STORY.c.status == PUBLIC)
    )
    if round_number is not None:
        query = query.where(CLAIM.c.round == round_number)
    return conn.execute(query).scalar() or 0


def _parts_of(
    conn: Connection, story_ids: list[int], round_number: int | None
) -> dict[int, list[dict[str, Any]]]:
    """The claims of these stories with their area's name, in their order in the post."""
    found: dict[int, list[dict[str, Any]]] = {}
    for chunk in chunks(story_ids):
        query = (
            select(
                CLAIM,
                AREA.c.name.label("area_name"),
                AREA.c.level.label("area_level"),
            )
            .select_from(CLAIM)
            .join(AREA, AREA.c.code == CLAIM.c.area, isouter=True)
            .where(CLAIM.c.story_id.in_(chunk))
            .order_by(CLAIM.c.story_id, CLAIM.c.position, CLAIM.c.id)
        )
        if round_number is not None:
            query = query.where(CLAIM.c.round == round_number)
        for row in conn.execute(query).mappings():
            found.setdefault(row["story_id"], []).append(dict(row))
    _name_compared(conn, [p for parts in found.values() for p in parts])
    return found


def _name_compared(conn: Connection, parts: list[dict[str, Any]]) -> None:
    """Give each comparison its other place's name ("mieux à Tulle qu'à Brive"): the part names
    both places wherever it is listed."""
    compared = [p for p in parts if (p.get("value") or {}).get("compared")]
    if not compared:
        return
    codes = {p["value"]["compared"][0] for p in compared}
    names = dict(conn.execute(select(AREA.c.code, AREA.c.name).where(AREA.c.code.in_(codes))).all())
    for p in compared:
        code = p["value"]["compared"][0]
        p["compared_name"] = names.get(code, code)


def _post_entry(row: dict[str, Any], parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One post as lists show it: the story, its label, its parts; `id` is its first part's."""
    first = parts[0] if parts else {}
    return {
        "id": row["first_id"],
        "story_id": row["story_id"],
        "round": first.get("round"),
        "type": first.get("type"),
        "area": first.get("area"),
        "area_name": first.get("area_name"),
        "fragment": first.get("fragment", ""),
        "flags": sorted({f for p in parts for f in p.get("flags") or ()}),
        "label": row["machine_label"],
        "label_at": row["label_at"],
        "created_at": row["created_at"],
        "story_text": row["text"],
        "story_posts": row["posts"],
        "story_accounts": row["accounts"],
        "story_reach": row["reach"],
        "story_first_seen": row["first_seen"],
        "story_last_seen": row["last_seen"],
        "status": row["status"],
        "assigned_to": row["assigned_to"],
        "reviewed_at": row["reviewed_at"],
        "override_label": row["override_label"],
        "override_reason": row["override_reason"],
        "override_by": row["override_by"],
        "override_at": row["override_at"],
        "parts": parts,
    }


def claim_rows(
    conn: Connection, round_number: int | None = None, limit: int = 100000
) -> list[dict[str, Any]]:
    """Every part of the public posts, one row per claim, for the CSV export."""
    query = (
        _claim_select()
        .where(STORY.c.status == PUBLIC)
        .order_by(desc(CLAIM.c.created_at), desc(CLAIM.c.id))
        .limit(limit)
    )
    if round_number is not None:
        query = query.where(CLAIM.c.round == round_number)
    return [dict(r) for r in conn.execute(query).mappings()]


def post_of(
    conn: Connection, claim_id: int, statuses: tuple[str, ...] = (PUBLIC,)
) -> dict[str, Any] | None:
    """The post a claim belongs to, with every part of it (every round), or None."""
    story_id = conn.execute(select(CLAIM.c.story_id).where(CLAIM.c.id == claim_id)).scalar()
    if story_id is None:
        return None
    story = (
        conn.execute(select(STORY).where(STORY.c.id == story_id, STORY.c.status.in_(statuses)))
        .mappings()
        .first()
    )
    if story is None:
        return None
    parts = _parts_of(conn, [story_id], None).get(story_id, [])
    labels = [p["override_label"] or p["label"] for p in parts]
    machine = (
        "contradicted"
        if "contradicted" in labels
        else "confirmed"
        if labels and all(label == "confirmed" for label in labels)
        else "unconfirmed"
    )
    row = {
        **dict(story),
        "story_id": story_id,
        "first_id": min(p["id"] for p in parts),
        "machine_label": machine,
        "created_at": min(p["created_at"] for p in parts),
        "label_at": max((p["label_at"] for p in parts if p["label_at"]), default=None),
    }
    return _post_entry(row, parts)


def pending_tips(conn: Connection, limit: int = 100) -> list[dict[str, Any]]:
    """Readers' tips waiting for an editor, oldest first, each with its post and its parts."""
    stories = (
        conn.execute(
            select(STORY).where(STORY.c.status == "pending").order_by(STORY.c.id).limit(limit)
        )
        .mappings()
        .all()
    )
    parts = _parts_of(conn, [s["id"] for s in stories], None)
    out = []
    for story in stories:
        post = conn.execute(
            select(POST.c.author, POST.c.url, POST.c.posted_at)
            .where(POST.c.story_id == story["id"])
            .order_by(POST.c.id)
            .limit(1)
        ).first()
        out.append(
            {
                **dict(story),
                "story_id": story["id"],
                "parts": parts.get(story["id"], []),
                "author": post.author if post else "",
                "url": post.url if post else "",
            }
        )
    return out


def claim_detail(conn: Connection, claim_id: int) -> dict[str, Any] | None:
    """One claim with its story and area, or None."""
    row = conn.execute(_claim_select().where(CLAIM.c.id == claim_id)).mappings().first()
    return dict(row) if row else None


def sibling_claims(conn: Connection, story_id: int, claim_id: int) -> list[dict[str, Any]]:
    """The other claims of the same story (the parts of a compound post)."""
    query = (
        _claim_select()
        .where(CLAIM.c.story_id == story_id, CLAIM.c.id != claim_id)
        .order_by(CLAIM.c.position)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def story_posts(
    conn: Connection, story_id: int, limit: int = 50, *, tips: bool = True
) -> list[dict[str, Any]]:
    """The posts that carry a story, earliest first (without readers' tips when `tips` is off:
    a tip an editor has not approved never reaches a public page, not even by joining a story)."""
    query = (
        select(
            POST.c.id,
            POST.c.platform,
            POST.c.author,
            POST.c.author_name,
            POST.c.text,
            POST.c.url,
            POST.c.posted_at,
            POST.c.reposts,
            POST.c.quotes,
            POST.c.likes,
            POST.c.replies,
            POST.c.deleted,
        )
        .where(POST.c.story_id == story_id)
        .order_by(POST.c.posted_at, POST.c.id)
        .limit(limit)
    )
    if not tips:
        query = query.where(POST.c.platform != TIP_PLATFORM)
    return [dict(r) for r in conn.execute(query).mappings()]


def verdict_columns() -> list[Any]:
    """A verdict's columns as pages read them, its claim joined: a machine verdict still open
    keeps no copy of its reason, evidence and figures' version (they are its claim's,
    `verification` writes them once), and the claim's candidates name the shares its reason
    cites."""
    shown = [c for c in VERDICT.c if c.name not in ("reason", "evidence", "area_version")]
    still_open = and_(VERDICT.c.valid_to.is_(None), VERDICT.c.by == "machine")
    return [
        *shown,
        case((still_open, CLAIM.c.area_version), else_=VERDICT.c.area_version).label(
            "area_version"
        ),
        func.coalesce(VERDICT.c.reason, CLAIM.c.reason, type_=VERDICT.c.reason.type).label(
            "reason"
        ),
        func.coalesce(VERDICT.c.evidence, CLAIM.c.evidence, type_=VERDICT.c.evidence.type).label(
            "evidence"
        ),
        CLAIM.c.candidates,
    ]


def post_history(conn: Connection, story_id: int) -> list[dict[str, Any]]:
    """Every label each part of a post held, oldest first, with the part's position."""
    query = (
        select(*verdict_columns(), CLAIM.c.position, CLAIM.c.round)
        .join(CLAIM, CLAIM.c.id == VERDICT.c.claim_id)
        .where(CLAIM.c.story_id == story_id)
        .order_by(VERDICT.c.valid_from, VERDICT.c.id)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def verdict_history(conn: Connection, claim_id: int) -> list[dict[str, Any]]:
    """Every label a claim held, oldest first (machine and newsroom)."""
    query = (
        select(*verdict_columns())
        .join(CLAIM, CLAIM.c.id == VERDICT.c.claim_id)
        .where(VERDICT.c.claim_id == claim_id)
        .order_by(VERDICT.c.valid_from, VERDICT.c.id)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def verdict_changes(
    conn: Connection, round_number: int | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """The latest verdicts given (machine or newsroom) with their claim, newest first."""
    query = (
        select(
            *verdict_columns(),
            CLAIM.c.round,
            CLAIM.c.type,
            CLAIM.c.area,
            CLAIM.c.fragment,
            CLAIM.c.story_id,
            STORY.c.text.label("story_text"),
        )
        .join(CLAIM, CLAIM.c.id == VERDICT.c.claim_id)
        .join(STORY, STORY.c.id == CLAIM.c.story_id)
        .where(STORY.c.status == PUBLIC)
        .order_by(desc(VERDICT.c.valid_from), desc(VERDICT.c.id))
        .limit(limit)
    )
    if round_number is not None:
        query = query.where(CLAIM.c.round == round_number)
    return [dict(r) for r in conn.execute(query).mappings()]


def claims_version(conn: Connection) -> str:
    """A key that changes whenever a claim or a verdict is added or changed (for ETags)."""
    row = conn.execute(
        select(
            func.count(CLAIM.c.id),
            func.max(CLAIM.c.label_at),
            func.max(CLAIM.c.override_at),
            func.max(CLAIM.c.id),
        )
    ).one()
    verdicts = conn.execute(select(func.max(VERDICT.c.id))).scalar()
    # A post's newsroom label (given or withdrawn) and a tip's review change what pages list
    # without changing a claim; each is audited, and the audit's last id is one index lookup.
    audited = conn.execute(select(func.max(ACTION.c.id))).scalar()
    return f"{row[0]}-{row[3]}-{row[1]}-{row[2]}-{verdicts}-{audited}"


def departement_leaders(conn: Connection, round_number: int) -> list[dict[str, Any]]:
    """Each département's tally in one round, and the zone abroad's, for the map (leader
    computed by the caller)."""
    rows = conn.execute(
        select(
            AREA.c.code,
            AREA.c.name,
            TALLY.c.votes,
            TALLY.c.exprimes,
            TALLY.c.bureaux_reported,
            TALLY.c.bureaux_total,
        )
        .join(TALLY, (TALLY.c.area == AREA.c.code) & (TALLY.c.round == round_number))
        .where(AREA.c.level.in_(("departement", "zone")))
    ).mappings()
    return [dict(r) for r in rows]


def rounds_with_results(conn: Connection, code: str) -> list[int]:
    """The rounds in which an area has at least one reported bureau."""
    return list(
        conn.execute(
            select(TALLY.c.round)
            .where(TALLY.c.area == code, TALLY.c.bureaux_reported > 0)
            .order_by(TALLY.c.round)
        ).scalars()
    )


def user_by_name(conn: Connection, name: str) -> dict[str, Any] | None:
    """The newsroom account with this name, or None."""
    row = conn.execute(select(USER).where(USER.c.name == name)).mappings().first()
    return dict(row) if row else None


def users(conn: Connection) -> list[dict[str, Any]]:
    """Every newsroom account (without password hashes), by name."""
    query = select(USER.c.id, USER.c.name, USER.c.role, USER.c.active, USER.c.created_at)
    return [dict(r) for r in conn.execute(query.order_by(USER.c.name)).mappings()]


def editor_actions(
    conn: Connection, claim_id: int | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """The audit trail, newest first (of one claim when given)."""
    query = select(ACTION).order_by(desc(ACTION.c.id)).limit(limit)
    if claim_id is not None:
        query = query.where(ACTION.c.claim_id == claim_id)
    return [dict(r) for r in conn.execute(query).mappings()]


def post_actions(conn: Connection, claim_ids: list[int], limit: int = 200) -> list[dict[str, Any]]:
    """The audit trail of a post (every action on any of its parts), newest first."""
    if not claim_ids:
        return []
    query = (
        select(ACTION)
        .where(ACTION.c.claim_id.in_(claim_ids))
        .order_by(desc(ACTION.c.id))
        .limit(limit)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def pending_overrides(conn: Connection, limit: int = 500) -> list[dict[str, Any]]:
    """Overrides proposed under the two-person rule that no second editor has decided yet,
    oldest first, each with its post's text."""
    proposals = (
        conn.execute(
            select(ACTION, STORY.c.text.label("story_text"), STORY.c.id.label("story_id"))
            .join(CLAIM, CLAIM.c.id == ACTION.c.claim_id)
            .join(STORY, STORY.c.id == CLAIM.c.story_id)
            .where(ACTION.c.action == "propose_override")
            .order_by(ACTION.c.id)
            .limit(limit)
        )
        .mappings()
        .all()
    )
    if not proposals:
        return []
    decided = conn.execute(
        select(ACTION.c.details).where(
            ACTION.c.action.in_(("approve_override", "reject_override")),
            ACTION.c.id >= proposals[0]["id"],
        )
    ).scalars()
    done = {(d or {}).get("proposal") for d in decided}
    return [dict(p) for p in proposals if p["id"] not in done]
