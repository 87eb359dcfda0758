"""Store stage: a parsed results payload into the store, idempotently, checked, tallies kept current."""

from __future__ import annotations

import gzip
import hashlib
import logging
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import OperationalError

from primaries.bulk import bulk_insert, bulk_update
from primaries.geography import Geography, normalise
from primaries.integrity import (
    Figures,
    Finding,
    check_arithmetic,
    check_decrease,
    check_duplicates,
    check_frozen_shares,
)
from primaries.models import (
    Area,
    AreaTally,
    Bureau,
    BureauResult,
    FeedAnomaly,
    FeedSnapshot,
    PayloadArchive,
    utcnow,
)
from primaries.settings import Settings
from sources import source_module
from sources.records import BureauRef, FeedError, ResultPayload, ResultRecord

log = logging.getLogger(__name__)

AREA = Area.__table__
BUREAU = Bureau.__table__
RESULT = BureauResult.__table__
TALLY = AreaTally.__table__
SNAPSHOT = FeedSnapshot.__table__
ANOMALY = FeedAnomaly.__table__
ARCHIVE = PayloadArchive.__table__

CHUNK = 5000  # rows per executemany / IN list: below every backend's parameter limit


class StoreError(Exception):
    """The store could not take a payload (disk full, database gone); nothing was half-written."""


@dataclass
class IngestReport:
    """What one payload did to the store."""

    source: str
    round: int
    sha256: str
    snapshot_id: int | None = None
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    duplicate_payload: bool = False
    findings: list[Finding] = field(default_factory=list)
    areas_changed: set[str] = field(default_factory=set)

    def summary(self) -> str:
        """One line for the operator."""
        if self.duplicate_payload:
            return f"{self.source}: same payload as last time ({self.sha256[:12]}), nothing written"
        return (
            f"{self.source} round {self.round}: {self.new} bureaux new, {self.changed} changed, "
            f"{self.unchanged} unchanged, {len(self.findings)} anomalies"
        )


def fold(text: str) -> str:
    """Upper-case ASCII letters and digits only: how candidate keys are compared."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isalnum() and ord(ch) < 128).upper()


def candidate_resolver(settings: Settings) -> Callable[[str], str | None]:
    """A function from a feed's candidate key to a candidate id (None when unknown)."""
    table: dict[str, str] = {}
    for cand in settings.candidates:
        names = (cand.id, cand.name, *cand.feed_keys, *cand.aliases, cand.name.split()[-1])
        for name in names:
            table.setdefault(fold(name), cand.id)
    cache: dict[str, str | None] = {}

    def resolve(key: str) -> str | None:
        if key not in cache:
            cache[key] = table.get(fold(key))
        return cache[key]

    return resolve


def sha256_of(payload: bytes) -> str:
    """The payload's fingerprint."""
    return hashlib.sha256(payload).hexdigest()


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def ensure_static_areas(conn: Connection, geography: Geography) -> None:
    """Create the areas that exist before any bureau (national, régions, départements, abroad)."""
    existing = set(conn.execute(select(AREA.c.code).where(AREA.c.level != "commune")).scalars())
    rows = [_area_row(a) for a in geography.static_areas() if a.code not in existing]
    for chunk in _chunks(rows):
        conn.execute(insert(AREA), list(chunk))


def _area_row(area: Any) -> dict[str, Any]:
    return {
        "code": area.code,
        "level": area.level,
        "name": area.name,
        "parent": area.parent,
        "search_key": normalise(area.name),
        "insee": area.insee,
        "members": list(area.members) if area.members else None,
    }


@dataclass
class _Units:
    """The units the store knows, loaded once per ingest: code -> (inscrits, ancestors)."""

    inscrits: dict[str, int]
    ancestors: dict[str, list[str]]


def _load_units(conn: Connection, codes: Iterable[str] | None) -> _Units:
    query = select(BUREAU.c.code, BUREAU.c.inscrits, BUREAU.c.ancestors)
    units = _Units({}, {})
    if codes is None:
        rows = conn.execute(query)
    else:
        rows = []
        for chunk in _chunks(list(codes)):
            rows.extend(conn.execute(query.where(BUREAU.c.code.in_(chunk))))
    for code, inscrits, ancestors in rows:
        units.inscrits[code] = inscrits
        units.ancestors[code] = ancestors
    return units


def _placement(ref: BureauRef, geography: Geography) -> tuple[Any, tuple[str, ...]]:
    if ref.level == "national":
        return None, ("FR",)
    placed = geography.place(ref.departement, ref.commune, ref.name, ref.circonscription)
    return placed.commune, tuple(placed.ancestors)


def _add_units(
    conn: Connection,
    geography: Geography,
    refs: Sequence[BureauRef],
    units: _Units,
    exclude_areas: Sequence[str] = (),
) -> list[str]:
    """Create units (and their commune areas) not yet known; returns the new codes."""
    new_units: list[dict[str, Any]] = []
    new_areas: dict[str, dict[str, Any]] = {}
    known_areas: set[str] | None = None
    for ref in refs:
        if ref.code in units.inscrits:
            continue
        commune, ancestors = _placement(ref, geography)
        if exclude_areas:
            ancestors = tuple(a for a in ancestors if a not in exclude_areas)
        if commune is not None:
            if known_areas is None:
                known_areas = set(conn.execute(select(AREA.c.code)).scalars())
            if commune.code not in known_areas and commune.code not in new_areas:
                new_areas[commune.code] = _area_row(commune)
        departement = next(
            (
                a
                for a in ancestors[1:]
                if a and a[0] != "R" and a not in ("FR", "OM", "METRO") and not a.startswith("FE")
            ),
            "FR",
        )
        new_units.append(
            {
                "code": ref.code,
                "name": ref.name,
                "level": ref.level,
                "departement": departement if commune is not None else "FR",
                "commune": commune.code if commune is not None else "FR",
                "inscrits": ref.inscrits,
                "ancestors": list(ancestors),
            }
        )
        units.inscrits[ref.code] = ref.inscrits
        units.ancestors[ref.code] = list(ancestors)
    bulk_insert(conn, AREA, list(new_areas.values()))
    bulk_insert(conn, BUREAU, new_units)
    return [u["code"] for u in new_units]


class _TallyDeltas:
    """Changes accumulated per chain of ancestors, then summed up the tree once per ingest."""

    FIELDS = (
        "bureaux_reported",
        "bureaux_total",
        "inscrits",
        "inscrits_reported",
        "votants",
        "blancs",
        "nuls",
        "exprimes",
        "remaining",
    )

    def __init__(self) -> None:
        # Bureaux of one commune share one chain: summing per chain first makes the walk up
        # the tree cost one addition per commune and level, not one per bureau and level.
        self.chains: dict[tuple[str, ...], list[int]] = {}
        self.chain_votes: dict[tuple[str, ...], dict[str, int]] = {}

    def _vector(self, chain: tuple[str, ...]) -> list[int]:
        vector = self.chains.get(chain)
        if vector is None:
            vector = self.chains[chain] = [0] * len(self.FIELDS)
            self.chain_votes[chain] = {}
        return vector

    def add(self, ancestors: Iterable[str], **amounts: int) -> None:
        """Add the same amounts to every listed area."""
        vector = self._vector(tuple(ancestors))
        for key, value in amounts.items():
            vector[self.FIELDS.index(key)] += value

    def add_result(
        self, ancestors: Sequence[str], figures: Figures, sign: int, inscrits: int
    ) -> None:
        """Count (sign=1) or uncount (sign=-1) one result in every area above its unit."""
        chain = tuple(ancestors)
        vector = self._vector(chain)
        # An aggregated unit (the 2011 national JSON) stands for units_total bureaux.
        if figures.units_total:
            vector[0] += sign * (figures.units_reported or 0)
            vector[1] += sign * (figures.units_total - 1)
        else:
            vector[0] += sign
        vector[3] += sign * inscrits
        vector[4] += sign * figures.votants
        vector[5] += sign * figures.blancs
        vector[6] += sign * figures.nuls
        vector[7] += sign * figures.exprimes
        vector[8] += sign * (figures.partial_slack - inscrits)
        votes = self.chain_votes[chain]
        for key, value in figures.votes:
            votes[key] = votes.get(key, 0) + sign * value

    def per_area(self) -> tuple[dict[str, list[int]], dict[str, dict[str, int]]]:
        """The totals of every area touched, walking the chains up one level at a time."""
        numbers: dict[str, list[int]] = {}
        votes: dict[str, dict[str, int]] = {}
        level = {c: (v, self.chain_votes[c]) for c, v in self.chains.items() if c}
        while level:
            upper: dict[tuple[str, ...], tuple[list[int], dict[str, int]]] = {}
            for chain, (vector, chain_votes) in level.items():
                targets = [(chain[0], numbers, votes)]
                if len(chain) > 1:
                    rest = chain[1:]
                    if rest not in upper:
                        upper[rest] = ([0] * len(self.FIELDS), {})
                    targets.append((rest, None, None))
                for key, _, _ in targets:
                    if isinstance(key, tuple):
                        acc, acc_votes = upper[key]
                    else:
                        acc = numbers.setdefault(key, [0] * len(self.FIELDS))
                        acc_votes = votes.setdefault(key, {})
                    for i, value in enumerate(vector):
                        acc[i] += value
                    for cand, value in chain_votes.items():
                        acc_votes[cand] = acc_votes.get(cand, 0) + value
            level = upper
        return numbers, votes


def apply_tallies(
    conn: Connection, deltas: _TallyDeltas, round_number: int, as_of: datetime | None
) -> tuple[set[str], dict[str, tuple[dict[str, int], int, dict[str, int], int]]]:
    """Write the accumulated deltas; returns changed areas and (old, new) votes/exprimés per area."""
    numbers, all_votes = deltas.per_area()
    areas = list(numbers)
    current: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(areas):
        for row in conn.execute(
            select(TALLY).where(TALLY.c.round == round_number, TALLY.c.area.in_(chunk))
        ).mappings():
            current[row["area"]] = dict(row)
    inserts, updates = [], []
    compared: dict[str, tuple[dict[str, int], int, dict[str, int], int]] = {}
    changed: set[str] = set()
    for area in areas:
        delta = dict(zip(_TallyDeltas.FIELDS, numbers[area], strict=True))
        vote_delta = all_votes.get(area, {})
        if not any(delta.values()) and not any(vote_delta.values()):
            continue
        row = current.get(area)
        fresh = row is None
        if fresh:
            row = {
                "area": area,
                "round": round_number,
                "votes": {},
                "version": 0,
                "as_of": None,
                **dict.fromkeys(_TallyDeltas.FIELDS, 0),
            }
        old_votes = dict(row["votes"] or {})
        old_exprimes = row["exprimes"]
        for key, value in delta.items():
            row[key] += value
        votes = dict(old_votes)
        for key, value in vote_delta.items():
            votes[key] = votes.get(key, 0) + value
            if votes[key] == 0 and key not in old_votes:
                del votes[key]
        row["votes"] = votes
        row["remaining"] = max(0, row["remaining"])
        row["version"] += 1
        if as_of is not None and (row["as_of"] is None or as_of > row["as_of"]):
            row["as_of"] = as_of
        changed.add(area)
        compared[area] = (old_votes, old_exprimes, votes, row["exprimes"])
        (inserts if fresh else updates).append(row)
    bulk_insert(conn, TALLY, inserts)
    bulk_update(
        conn, TALLY, ("area", "round"), updates, (*_TallyDeltas.FIELDS, "votes", "version", "as_of")
    )
    return changed, compared


def load_registry(
    engine: Engine,
    settings: Settings,
    geography: Geography,
    refs: Sequence[BureauRef],
    exclude_areas: Sequence[str] = (),
) -> tuple[int, int]:
    """Make every unit known before results arrive; returns (units new, units already known)."""
    with engine.begin() as conn:
        ensure_static_areas(conn, geography)
        units = _load_units(conn, (r.code for r in refs))
        new_codes = set(_add_units(conn, geography, refs, units, exclude_areas))
        updates = [
            {"code": r.code, "inscrits": r.inscrits}
            for r in refs
            if r.code not in new_codes and units.inscrits.get(r.code) != r.inscrits
        ]
        for round_number in settings.election.rounds:
            deltas = _TallyDeltas()
            for ref in refs:
                if ref.code in new_codes:
                    deltas.add(
                        units.ancestors[ref.code],
                        bureaux_total=1,
                        inscrits=ref.inscrits,
                        remaining=ref.inscrits,
                    )
            if updates:
                _inscrits_corrections(conn, deltas, updates, units, round_number)
            apply_tallies(conn, deltas, round_number, None)
        bulk_update(conn, BUREAU, ("code",), updates, ("inscrits",))
    return len(new_codes), len(refs) - len(new_codes)


def _inscrits_corrections(
    conn: Connection,
    deltas: _TallyDeltas,
    updates: list[dict[str, Any]],
    units: _Units,
    round_number: int,
) -> None:
    """A registry that changes a unit's inscrits moves its areas' totals (and R if unreported)."""
    reported = set()
    for chunk in _chunks([u["code"] for u in updates]):
        reported.update(
            conn.execute(
                select(RESULT.c.bureau).where(
                    RESULT.c.round == round_number, RESULT.c.current, RESULT.c.bureau.in_(chunk)
                )
            ).scalars()
        )
    for u in updates:
        diff = u["inscrits"] - units.inscrits[u["code"]]
        if u["code"] in reported:
            deltas.add(units.ancestors[u["code"]], inscrits=diff, inscrits_reported=diff)
        else:
            deltas.add(units.ancestors[u["code"]], inscrits=diff, remaining=diff)


def _figures(
    record: ResultRecord, resolve: Callable[[str], str | None], inscrits: int, unknown: set[str]
) -> Figures:
    votes: dict[str, int] = {}
    for key, value in record.votes:
        cid = resolve(key)
        if cid is None:
            unknown.add(key)
            cid = key
        votes[cid] = votes.get(cid, 0) + value
    return Figures(
        inscrits=record.unit.inscrits or inscrits,
        votants=record.votants,
        blancs=record.blancs or 0,
        nuls=record.nuls,
        exprimes=record.exprimes,
        votes=tuple(sorted(votes.items())),
        status=record.status,
        units_reported=record.units_reported,
        units_total=record.units_total,
    )


def _figures_of_row(row: Any) -> Figures:
    return Figures(
        inscrits=row.inscrits,
        votants=row.votants,
        blancs=row.blancs,
        nuls=row.nuls,
        exprimes=row.exprimes,
        votes=tuple(sorted((row.votes or {}).items())),
        status=row.status,
        units_reported=row.units_reported,
        units_total=row.units_total,
    )


def _current_results(
    conn: Connection, round_number: int, codes: Iterable[str] | None
) -> dict[str, tuple[int, Figures]]:
    query = select(
        RESULT.c.bureau,
        RESULT.c.revision,
        RESULT.c.inscrits,
        RESULT.c.votants,
        RESULT.c.blancs,
        RESULT.c.nuls,
        RESULT.c.exprimes,
        RESULT.c.votes,
        RESULT.c.status,
        RESULT.c.units_reported,
        RESULT.c.units_total,
    ).where(RESULT.c.round == round_number, RESULT.c.current)
    rows: list[Any] = []
    if codes is None:
        rows = list(conn.execute(query))
    else:
        for chunk in _chunks(list(codes)):
            rows.extend(conn.execute(query.where(RESULT.c.bureau.in_(chunk))))
    return {row.bureau: (row.revision, _figures_of_row(row)) for row in rows}


def _reported_by(conn: Connection, source: str, round_number: int) -> set[str]:
    """The units whose current figures came from this source."""
    return set(
        conn.execute(
            select(RESULT.c.bureau)
            .join(SNAPSHOT, SNAPSHOT.c.id == RESULT.c.snapshot_id)
            .where(RESULT.c.round == round_number, RESULT.c.current, SNAPSHOT.c.source == source)
        ).scalars()
    )


def already_ingested(conn: Connection, source: str, sha: str) -> bool:
    """True when the latest snapshot of this source had exactly this payload."""
    latest = conn.execute(
        select(SNAPSHOT.c.sha256)
        .where(SNAPSHOT.c.source == source, SNAPSHOT.c.status == "ingested")
        .order_by(SNAPSHOT.c.id.desc())
        .limit(1)
    ).scalar()
    return latest == sha


def archive_payload(conn: Connection, sha: str, payload: bytes) -> None:
    """Keep the raw bytes once per content, compressed."""
    if conn.execute(select(ARCHIVE.c.sha256).where(ARCHIVE.c.sha256 == sha)).first() is None:
        conn.execute(
            insert(ARCHIVE).values(
                sha256=sha, size=len(payload), data=gzip.compress(payload, compresslevel=5)
            )
        )


def record_rejection(
    engine: Engine,
    *,
    source: str,
    kind: str,
    round_number: int,
    sha: str,
    error: str,
    fetched_at: datetime,
    payload: bytes | None = None,
) -> int:
    """A refused payload leaves a trace (and its bytes, for the post-mortem), nothing else."""
    with engine.begin() as conn:
        if payload is not None:
            archive_payload(conn, sha, payload)
        return conn.execute(
            insert(SNAPSHOT).values(
                source=source,
                kind=kind,
                round=round_number,
                fetched_at=fetched_at,
                sha256=sha,
                status="rejected",
                error=error,
            )
        ).inserted_primary_key[0]


def ingest_payload(
    engine: Engine,
    settings: Settings,
    geography: Geography,
    payload: bytes,
    *,
    source: str,
    kind: str,
    round_number: int | None = None,
    fetched_at: datetime | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    exclude_areas: Sequence[str] = (),
) -> IngestReport:
    """Parse, check and store one payload; a FeedError leaves the results exactly as they were."""
    fetched_at = fetched_at or utcnow()
    sha = sha256_of(payload)
    with engine.connect() as conn:
        if already_ingested(conn, source, sha):
            return IngestReport(source, round_number or 0, sha, duplicate_payload=True)
    module = source_module(kind)
    try:
        parsed: ResultPayload = module.parse(payload, round=round_number)
    except FeedError as exc:
        record_rejection(
            engine,
            source=source,
            kind=kind,
            round_number=round_number or 0,
            sha=sha,
            error=str(exc),
            fetched_at=fetched_at,
            payload=payload,
        )
        raise
    round_number = round_number or parsed.round or settings.election.default_round
    if parsed.round is not None and parsed.round != round_number:
        error = f"payload is for round {parsed.round}, source configured for round {round_number}"
        record_rejection(
            engine,
            source=source,
            kind=kind,
            round_number=round_number,
            sha=sha,
            error=error,
            fetched_at=fetched_at,
            payload=payload,
        )
        raise FeedError(error)
    try:
        return store_parsed(
            engine,
            settings,
            geography,
            parsed,
            payload,
            source=source,
            round_number=round_number,
            sha=sha,
            fetched_at=fetched_at,
            etag=etag,
            last_modified=last_modified,
            exclude_areas=exclude_areas,
        )
    except OperationalError as exc:
        # The transaction rolled back: the last good figures are intact and still readable.
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreError(
            f"could not store the payload ({reason}); the last good data is unchanged"
        ) from None


def store_parsed(
    engine: Engine,
    settings: Settings,
    geography: Geography,
    parsed: ResultPayload,
    payload: bytes,
    *,
    source: str,
    round_number: int,
    sha: str,
    fetched_at: datetime,
    etag: str | None = None,
    last_modified: str | None = None,
    exclude_areas: Sequence[str] = (),
) -> IngestReport:
    """Write a parsed payload in one transaction: new revisions, anomalies, tallies."""
    report = IngestReport(source, round_number, sha)
    resolve = candidate_resolver(settings)
    as_of = parsed.published_at or fetched_at
    with engine.begin() as conn:
        ensure_static_areas(conn, geography)
        registry_known = conn.execute(select(BUREAU.c.code).limit(1)).first() is not None
        codes = [r.unit.code for r in parsed.records]
        full_scan = parsed.complete and len(codes) > 20000
        units = _load_units(conn, None if full_scan else codes)
        new_units = set(
            _add_units(conn, geography, [r.unit for r in parsed.records], units, exclude_areas)
        )
        unknown: set[str] = set()
        kept, findings = check_duplicates(
            (r.unit.code, _figures(r, resolve, units.inscrits.get(r.unit.code, 0), unknown))
            for r in parsed.records
        )
        merged = {r.unit.code for r in parsed.records if r.blancs is None}
        for key in sorted(unknown):
            findings.append(
                Finding(
                    "unknown_candidate",
                    f"Votes for '{key}', who is not a candidate of this election.",
                    None,
                    {"key": key},
                )
            )
        if registry_known:
            for code in sorted(new_units):
                findings.append(
                    Finding(
                        "unknown_bureau",
                        f"Bureau {code} is not in the registry; it was added.",
                        code,
                    )
                )
        current = _current_results(conn, round_number, None if full_scan else kept.keys())
        # A new unit counts in the totals of every round, reported there or not.
        round_deltas = {rnd: _TallyDeltas() for rnd in {*settings.election.rounds, round_number}}
        for code in new_units:
            inscrits = units.inscrits[code]
            for other in round_deltas.values():
                other.add(
                    units.ancestors[code], bureaux_total=1, inscrits=inscrits, remaining=inscrits
                )
        for rnd, other in round_deltas.items():
            if rnd != round_number:
                apply_tallies(conn, other, rnd, None)
        deltas = round_deltas[round_number]
        result_rows: list[dict[str, Any]] = []
        retire: list[dict[str, Any]] = []
        inscrit_updates: list[dict[str, Any]] = []
        for code, figures in kept.items():
            findings.extend(check_arithmetic(code, figures, code in merged))
            previous = current.get(code)
            if previous is not None and previous[1] == figures:
                report.unchanged += 1
                continue
            ancestors = units.ancestors[code]
            registered = units.inscrits.get(code, 0)
            if figures.inscrits != registered:
                deltas.add(
                    ancestors,
                    inscrits=figures.inscrits - registered,
                    remaining=figures.inscrits - registered,
                )
                inscrit_updates.append({"code": code, "inscrits": figures.inscrits})
                units.inscrits[code] = figures.inscrits
            if previous is None:
                report.new += 1
                revision = 1
            else:
                report.changed += 1
                revision = previous[0] + 1
                findings.extend(check_decrease(code, previous[1], figures))
                deltas.add_result(ancestors, previous[1], -1, previous[1].inscrits)
                retire.append(
                    {
                        "bureau": code,
                        "round": round_number,
                        "revision": previous[0],
                        "current": False,
                    }
                )
            deltas.add_result(ancestors, figures, 1, figures.inscrits)
            result_rows.append(
                {
                    "bureau": code,
                    "round": round_number,
                    "revision": revision,
                    "current": True,
                    "inscrits": figures.inscrits,
                    "votants": figures.votants,
                    "blancs": figures.blancs,
                    "nuls": figures.nuls,
                    "exprimes": figures.exprimes,
                    "votes": dict(figures.votes),
                    "status": figures.status,
                    "units_reported": figures.units_reported,
                    "units_total": figures.units_total,
                    "updated_at": None,
                    "recorded_at": fetched_at,
                }
            )
        if parsed.complete:
            for code in sorted(_reported_by(conn, source, round_number) - kept.keys()):
                findings.append(
                    Finding(
                        "vanished",
                        f"Bureau {code} had results but is missing from this complete payload; its last "
                        "figures are kept.",
                        code,
                    )
                )
        snapshot_id = conn.execute(
            insert(SNAPSHOT).values(
                source=source,
                kind=parsed.kind,
                round=round_number,
                fetched_at=fetched_at,
                published_at=parsed.published_at,
                sequence=parsed.sequence,
                etag=etag,
                last_modified=last_modified,
                sha256=sha,
                status="ingested",
                bureaux_new=report.new,
                bureaux_changed=report.changed,
                bureaux_unchanged=report.unchanged,
            )
        ).inserted_primary_key[0]
        report.snapshot_id = snapshot_id
        archive_payload(conn, sha, payload)
        bulk_update(conn, RESULT, ("bureau", "round", "revision"), retire, ("current",))
        for row in result_rows:
            row["snapshot_id"] = snapshot_id
        bulk_insert(conn, RESULT, result_rows)
        bulk_update(conn, BUREAU, ("code",), inscrit_updates, ("inscrits",))
        changed, compared = apply_tallies(conn, deltas, round_number, as_of)
        report.areas_changed = changed
        for area, (old_votes, old_exp, new_votes, new_exp) in compared.items():
            if area in ("FR",) or len(area) <= 3:
                findings.extend(
                    check_frozen_shares(
                        area,
                        old_votes,
                        old_exp,
                        new_votes,
                        new_exp,
                        tolerance=settings.thresholds.frozen_share_tolerance,
                        jump_ratio=settings.thresholds.frozen_jump_ratio,
                    )
                )
        anomaly_rows = [
            {
                "snapshot_id": snapshot_id,
                "source": source,
                "round": round_number,
                "bureau": f.bureau,
                "kind": f.kind,
                "message": f.message,
                "details": f.details,
                "detected_at": fetched_at,
            }
            for f in findings
        ]
        bulk_insert(conn, ANOMALY, anomaly_rows)
        conn.execute(
            update(SNAPSHOT).where(SNAPSHOT.c.id == snapshot_id).values(anomalies=len(findings))
        )
        report.findings = findings
    log.info("ingest %s", report.summary())
    return report
