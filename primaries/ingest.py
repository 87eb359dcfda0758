"""Store stage: a parsed results payload into the store, idempotently, checked, tallies kept current."""

from __future__ import annotations

import gzip
import logging
import operator
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, text, update
from sqlalchemy.exc import DataError, DBAPIError, OperationalError

from primaries.announce import announce
from primaries.bulk import (
    bulk_insert,
    bulk_update,
    chunks,
    copies_in_background,
    driver_value,
    insert_tuples,
    json_text,
)
from primaries.fingerprints import LATEST_SHA, same_payload_line, sha256_of
from primaries.geography import ARRONDISSEMENTS, Geography, normalise
from primaries.integrity import (
    Figures,
    Finding,
    check_arithmetic,
    check_decrease,
    check_frozen_shares,
)
from primaries.models import (
    ANOMALY,
    ARCHIVE,
    AREA,
    BUREAU,
    RESULT,
    SNAPSHOT,
    TALLY,
    utcnow,
)
from primaries.settings import Settings
from primaries.statuses import CANCELLED, QUARANTINED, could_change, gaps, stored_status
from sources import source_module
from sources.gc_pause import gc_paused
from sources.records import BureauRef, FeedError, ResultPayload, ResultRecord

log = logging.getLogger(__name__)


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
            return same_payload_line(self.source, self.sha256)
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


def ensure_static_areas(conn: Connection, geography: Geography) -> None:
    """Create the areas that exist before any bureau (national, régions, départements, abroad)."""
    existing = set(conn.execute(select(AREA.c.code).where(AREA.c.level != "commune")).scalars())
    rows = [_area_row(a) for a in geography.static_areas() if a.code not in existing]
    for chunk in chunks(rows):
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
        for chunk in chunks(list(codes)):
            rows.extend(conn.execute(query.where(BUREAU.c.code.in_(chunk))))
    for code, inscrits, ancestors in rows:
        units.inscrits[code] = inscrits
        units.ancestors[code] = ancestors
    return units


def _placement(ref: BureauRef, geography: Geography) -> tuple[Any, tuple[str, ...], Any]:
    """A unit's commune area, the areas it counts in, and the arrondissement it also counts in
    (a bureau of Paris, Lyon or Marseille; None elsewhere)."""
    if ref.level == "national":
        return None, ("FR",), None
    placed = geography.place(ref.departement, ref.commune, ref.name, ref.circonscription)
    district = None
    if ref.level == "bureau" and placed.commune.code in ARRONDISSEMENTS:
        district = geography.bureau_arrondissement(placed.commune.code, ref.code.rpartition("_")[2])
    return placed.commune, tuple(placed.ancestors), district


def _add_units(
    conn: Connection,
    geography: Geography,
    refs: Sequence[BureauRef],
    units: _Units,
    exclude_areas: Sequence[str] = (),
    known_areas: set[str] | None = None,
) -> list[str]:
    """Create units (and their commune areas) not yet known; returns the new codes.

    `known_areas`, when given, is the set of area codes in the store, read by the first call
    that needs it and kept current: a payload stored a chunk at a time reads it once.
    """
    new_units: list[tuple] = []  # _BUREAU_COLUMNS, as the driver takes them
    new_areas: dict[str, dict[str, Any]] = {}
    for ref in refs:
        if ref.code in units.inscrits:
            continue
        commune, ancestors, district = _placement(ref, geography)
        if exclude_areas:
            ancestors = tuple(a for a in ancestors if a not in exclude_areas)
            district = None if district is None or district.code in exclude_areas else district
        for area in (commune, district):
            if area is None:
                continue
            if known_areas is None:
                known_areas = set()
            if not known_areas:
                known_areas.update(conn.execute(select(AREA.c.code)).scalars())
            if area.code not in known_areas and area.code not in new_areas:
                new_areas[area.code] = _area_row(area)
        departement = next(
            (
                a
                for a in ancestors[1:]
                if a and a[0] != "R" and a not in ("FR", "OM", "METRO") and not a.startswith("FE")
            ),
            "FR",
        )
        # The units keep the list (the tallies only read it), the row its JSON text.
        # An arrondissement comes first, below its city: a breakdown of the city's figures,
        # each area of the chain counting the bureau once.
        chain = [district.code, *ancestors] if district is not None else list(ancestors)
        new_units.append(
            (
                ref.code,
                ref.name,
                ref.level,
                departement if commune is not None else "FR",
                commune.code if commune is not None else "FR",
                ref.inscrits,
                json_text(chain),
            )
        )
        units.inscrits[ref.code] = ref.inscrits
        units.ancestors[ref.code] = chain
    if known_areas is not None:
        known_areas.update(new_areas)
    bulk_insert(conn, AREA, list(new_areas.values()))
    if new_units:
        insert_tuples(conn, BUREAU, _BUREAU_COLUMNS, new_units, made=True)
    return [u[0] for u in new_units]


_BUREAU_COLUMNS = ("code", "name", "level", "departement", "commune", "inscrits", "ancestors")


TALLY_FIELDS = (
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

Counts = dict[str, int]  # a change (or a total) of each of TALLY_FIELDS
# The columns of a new tally, in the order apply_tallies makes them.
_TALLY_COLUMNS = ("area", "round", *TALLY_FIELDS, "votes", "version", "as_of")
_FIELD = {name: index for index, name in enumerate(TALLY_FIELDS)}
_N_FIELDS = len(TALLY_FIELDS)
_INSCRITS_REPORTED, _REMAINING = _FIELD["inscrits_reported"], _FIELD["remaining"]
_BUREAUX_REPORTED, _BUREAUX_TOTAL = _FIELD["bureaux_reported"], _FIELD["bureaux_total"]
_VOTANTS, _BLANCS, _NULS, _EXPRIMES = (_FIELD[f] for f in ("votants", "blancs", "nuls", "exprimes"))
_INSCRITS = _FIELD["inscrits"]


def _zero() -> Counts:
    return dict.fromkeys(TALLY_FIELDS, 0)


_NO_CHANGE = [0] * _N_FIELDS


def _add_vector(into: list[int], more: list[int]) -> None:
    """Add `more` into `into`, position by position (`into` grows to `more`'s length)."""
    if len(into) < len(more):
        into.extend([0] * (len(more) - len(into)))
    for index, value in enumerate(more):
        if value:
            into[index] += value


class _TallyDeltas:
    """Changes accumulated per chain of ancestors, then summed up the tree once per ingest.

    A change is one list of ints: TALLY_FIELDS in order, then one slot per candidate (by
    `slots`); a national file's 36,000 chains take a list each, not two dicts.
    """

    def __init__(self) -> None:
        # Bureaux of one commune share one chain: summing per chain first makes the walk up
        # the tree cost one addition per commune and level, not one per bureau and level.
        self.chains: dict[tuple[str, ...], list[int]] = {}
        self.slots: dict[str, int] = {}  # candidate -> its index in every vector
        # Areas whose version must move even if no total does (a bureau quarantined, validated
        # or cancelled before it counted): their pages and status counts show it.
        self.touched: set[str] = set()

    def touch(self, ancestors: Iterable[str]) -> None:
        """Mark every listed area as changed, whether or not its totals move."""
        self.touched.update(ancestors)

    def _vector(self, ancestors: Iterable[str]) -> list[int]:
        chain = ancestors if isinstance(ancestors, tuple) else tuple(ancestors)
        vector = self.chains.get(chain)
        if vector is None:
            # As long as the candidates seen so far: a new one lengthens it when it comes.
            vector = self.chains[chain] = [0] * (_N_FIELDS + len(self.slots))
        return vector

    def _slot(self, key: str) -> int:
        slot = self.slots.get(key)
        if slot is None:
            slot = self.slots[key] = _N_FIELDS + len(self.slots)
        return slot

    def add(self, ancestors: Iterable[str], **amounts: int) -> None:
        """Add the same amounts (keyword per field of TALLY_FIELDS) to every listed area."""
        vector = self._vector(ancestors)
        for key, value in amounts.items():
            vector[_FIELD[key]] += value

    def add_unit(self, ancestors: Iterable[str], inscrits: int) -> None:
        """A unit now known, not reported: one more bureau and its inscrits still to come."""
        vector = self._vector(ancestors)
        vector[_BUREAUX_TOTAL] += 1
        vector[_INSCRITS] += inscrits
        vector[_REMAINING] += inscrits

    def add_result(
        self, ancestors: Sequence[str], figures: Figures, sign: int, inscrits: int
    ) -> None:
        """Count (sign=1) or uncount (sign=-1) one result in every area above its unit.

        `inscrits` is the unit's registered inscrits, which every state is measured from: an
        unreported unit holds them in `bureaux_total`, `inscrits` and `remaining` (added when
        the unit becomes known); a result moves them according to its status. Each status
        adds a fixed function of (figures, inscrits), so uncounting the old status and counting
        the new one keeps every total equal to a recount from the current results.
        """
        vector = self._vector(ancestors)
        if figures.status == QUARANTINED:
            # Its votes are not settled: nothing of it is counted and its inscrits stay in the
            # hard bound as if it had not reported, so a sheet that does not add up can never
            # confirm or contradict a claim; a clean correction releases it.
            return
        if figures.status == CANCELLED:
            # Annulled by the authority: no ballot of it will ever be counted, so it leaves
            # the area altogether, its inscrits out of the bound too. Kept in the bound, it
            # would hold every close label of its areas open for ever, and progress below 100 %.
            vector[_BUREAUX_TOTAL] -= sign
            vector[_INSCRITS] -= sign * inscrits
            vector[_REMAINING] -= sign * inscrits
            return
        # An aggregated unit (the 2011 national JSON) stands for units_total bureaux.
        if figures.units_total:
            vector[_BUREAUX_REPORTED] += sign * (figures.units_reported or 0)
            vector[_BUREAUX_TOTAL] += sign * (figures.units_total - 1)
        else:
            vector[_BUREAUX_REPORTED] += sign
        vector[_INSCRITS_REPORTED] += sign * inscrits
        vector[_VOTANTS] += sign * figures.votants
        vector[_BLANCS] += sign * figures.blancs
        vector[_NULS] += sign * figures.nuls
        vector[_EXPRIMES] += sign * figures.exprimes
        vector[_REMAINING] += sign * (figures.partial_slack - inscrits)
        slots = self.slots
        size = len(vector)
        for key, value in figures.votes:
            slot = slots.get(key) or self._slot(key)
            if slot >= size:
                vector.extend([0] * (slot + 1 - size))
                size = len(vector)
            vector[slot] += sign * value

    def per_area(self) -> dict[str, list[int]]:
        """The change of every area touched, walking the chains up one level at a time.

        It consumes the chains: a commune's change is its chain's own list, not a copy.
        """
        areas: dict[str, list[int]] = {}
        level = self.chains
        self.chains = {}
        while level:
            upper: dict[tuple[str, ...], list[int]] = {}
            for chain, vector in level.items():
                if not chain:
                    continue
                if len(chain) > 1:
                    above = upper.get(chain[1:])
                    if above is None:
                        upper[chain[1:]] = list(vector)
                    else:
                        _add_vector(above, vector)
                mine = areas.get(chain[0])
                if mine is None:
                    areas[chain[0]] = vector
                else:
                    _add_vector(mine, vector)
            level = upper
        return areas

    def split(self, vector: list[int]) -> tuple[Counts, Counts]:
        """One area's change as (fields, votes), the votes without the candidates it leaves at 0."""
        return dict(zip(TALLY_FIELDS, vector or _NO_CHANGE, strict=False)), self.votes(vector)

    def votes(self, vector: list[int]) -> Counts:
        """One area's change of votes, without the candidates it leaves at 0."""
        return {
            key: vector[slot]
            for key, slot in self.slots.items()
            if slot < len(vector) and vector[slot]
        }


# Per watched area changed: (votes before, exprimés before, votes after, exprimés after).
Compared = dict[str, tuple[Counts, int, Counts, int]]


def _current_tallies(
    conn: Connection, areas: list[str], round_number: int
) -> dict[str, dict[str, Any]]:
    current: dict[str, dict[str, Any]] = {}
    for chunk in chunks(areas):
        for row in conn.execute(
            select(TALLY).where(TALLY.c.round == round_number, TALLY.c.area.in_(chunk))
        ).mappings():
            current[row["area"]] = dict(row)
    return current


def _empty_tally(area: str, round_number: int) -> dict[str, Any]:
    return {
        "area": area,
        "round": round_number,
        "votes": {},
        "version": 0,
        "as_of": None,
        **_zero(),
    }


def _moved_tally(
    row: dict[str, Any], delta: Counts, vote_delta: Counts, as_of: datetime | None
) -> Counts:
    """Apply one area's changes to its tally row (in place); its votes before the change."""
    old_votes = dict(row["votes"] or {})
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
    return old_votes


def _shares_watched(area: str) -> bool:
    """The areas whose shares are watched for the 2017 incident: national, régions, départements."""
    return area == "FR" or len(area) <= 3


def _any_tally(conn: Connection, round_number: int) -> bool:
    """Whether the round has a tally yet (a first ingest has none to read)."""
    any_tally = conn.execute(select(TALLY.c.area).where(TALLY.c.round == round_number).limit(1))
    return any_tally.first() is not None


def apply_tallies(
    conn: Connection,
    deltas: _TallyDeltas,
    round_number: int,
    as_of: datetime | None,
    existing: bool | None = None,
) -> tuple[set[str], Compared]:
    """Write the deltas (consumed); the areas changed, and (old, new) votes/exprimés of the
    watched ones. Read and written a chunk of areas at a time: a national file has 36,000.

    `existing`: whether the round had tallies, when the caller read it before writing.
    """
    changes = deltas.per_area()
    touched = deltas.touched
    for area in touched:
        changes.setdefault(area, [])
    changed: set[str] = set()
    compared: Compared = {}
    # A round without any tally yet (a first ingest) has none to read: 36,000 areas asked for
    # nothing otherwise.
    if existing is None:
        existing = _any_tally(conn, round_number)
    stamp = driver_value(conn, TALLY.c.as_of, as_of)
    for areas in chunks(list(changes)):
        current = _current_tallies(conn, areas, round_number) if existing else {}
        inserts: list[tuple] = []
        updates: list[dict[str, Any]] = []
        for area in areas:
            vector = changes.pop(area)
            if not any(vector) and area not in touched:
                continue
            row = current.pop(area, None)
            if row is None:
                # What _moved_tally makes of an empty tally, made at once as the driver takes
                # it (36,000 of them): no dict per row, nothing left to convert.
                counts = vector[:_N_FIELDS] if vector else list(_NO_CHANGE)
                counts[_REMAINING] = max(0, counts[_REMAINING])
                votes = deltas.votes(vector)
                inserts.append((area, round_number, *counts, json_text(votes), 1, stamp))
                old_votes, old_exprimes, new_votes, new_exprimes = {}, 0, votes, counts[_EXPRIMES]
            else:
                delta, vote_delta = deltas.split(vector)
                old_exprimes = row["exprimes"]
                old_votes = _moved_tally(row, delta, vote_delta, as_of)
                new_votes, new_exprimes = row["votes"], row["exprimes"]
                updates.append(row)
            changed.add(area)
            if _shares_watched(area):
                compared[area] = (old_votes, old_exprimes, new_votes, new_exprimes)
        if inserts:
            insert_tuples(conn, TALLY, _TALLY_COLUMNS, inserts, made=True)
        bulk_update(
            conn, TALLY, ("area", "round"), updates, (*TALLY_FIELDS, "votes", "version", "as_of")
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
    check_limits(refs)
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
    """A registry that changes a unit's inscrits moves its areas' totals (and R if unreported
    or quarantined; nothing for a cancelled unit, which is out of its areas)."""
    status_of: dict[str, str] = {}
    for chunk in chunks([u["code"] for u in updates]):
        status_of.update(
            conn.execute(
                select(RESULT.c.bureau, RESULT.c.status).where(
                    RESULT.c.round == round_number, RESULT.c.current, RESULT.c.bureau.in_(chunk)
                )
            ).all()
        )
    for u in updates:
        diff = u["inscrits"] - units.inscrits[u["code"]]
        status = status_of.get(u["code"])
        if status == CANCELLED:
            continue
        if status is None or status == QUARANTINED:
            deltas.add(units.ancestors[u["code"]], inscrits=diff, remaining=diff)
        else:
            deltas.add(units.ancestors[u["code"]], inscrits=diff, inscrits_reported=diff)


class _Figuring:
    """A payload's records as Figures, candidates resolved; what each key and pair gives is
    worked out once per payload, not once per unit (a national file repeats them 69,242 times)."""

    def __init__(self, resolve: Callable[[str], str | None]):
        self.resolve = resolve
        self.unknown: set[str] = set()
        # Feed (key, votes) -> (candidate, votes): one tuple per distinct pair, shared by every
        # unit that has it (a national file repeats ~3,200 of them 760,000 times).
        self.pairs = _Pairs(resolve)
        # The feed keys of a unit, in order -> what is wrong with them ("" when nothing).
        self.key_lists: dict[tuple[str, ...], str] = {}

    def _check_keys(self, keys: tuple[str, ...]) -> str:
        """What is wrong with a unit's list of feed keys; its unknown keys noted."""
        named: dict[str, str] = {}
        for key in keys:
            cid = self.resolve(key)
            if cid is None:
                self.unknown.add(key)
                cid = key
            if cid in named:
                # Adding them up would credit one candidate with another's votes, silently.
                return f"columns '{named[cid]}' and '{key}' both name candidate {cid}; refused"
            named[cid] = key
        return ""

    def figures(self, record: ResultRecord, inscrits: int) -> Figures:
        """The record's figures; `inscrits` (the registry's) when the record states none."""
        keys = tuple(map(_KEY, record.votes))
        problem = self.key_lists.get(keys)
        if problem is None:
            problem = self.key_lists[keys] = self._check_keys(keys)
        if problem:
            raise FeedError(f"unit {record.unit.code}: {problem}")
        votes = list(map(self.pairs.__getitem__, record.votes))
        votes.sort()  # by candidate: each is named once
        return Figures(
            inscrits=record.unit.inscrits or inscrits,
            votants=record.votants,
            blancs=record.blancs or 0,
            nuls=record.nuls,
            exprimes=record.exprimes,
            votes=tuple(votes),
            status=record.status,
            units_reported=record.units_reported,
            units_total=record.units_total,
        )


_KEY = operator.itemgetter(0)


class _Pairs(dict[tuple[str, int], tuple[str, int]]):
    """Feed (key, votes) -> (candidate, votes), each made once, on first sight."""

    def __init__(self, resolve: Callable[[str], str | None]):
        super().__init__()
        self.resolve = resolve

    def __missing__(self, pair: tuple[str, int]) -> tuple[str, int]:
        cid = self.resolve(pair[0])
        resolved = self[pair] = (pair[0] if cid is None else cid, pair[1])
        return resolved


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
        for chunk in chunks(list(codes)):
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
    return conn.execute(text(LATEST_SHA.format(":source")), {"source": source}).scalar() == sha


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
    size: int | None = None,
) -> int:
    """A refused payload leaves a trace (its bytes too when they are small enough to keep)."""
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
                size=len(payload) if payload is not None else size,
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

    def refuse(error: str, round_seen: int | None) -> None:
        record_rejection(
            engine,
            source=source,
            kind=kind,
            round_number=round_seen or 0,
            sha=sha,
            error=error,
            fetched_at=fetched_at,
            payload=payload,
        )

    try:
        # Read and stored as one: records are made as the store takes them (see gc_paused).
        with gc_paused():
            parsed, records = _parsed(payload, kind, round_number)
            round_number = round_number or parsed.round or settings.election.default_round
            return store_parsed(
                engine,
                settings,
                geography,
                parsed,
                payload,
                records=records,
                source=source,
                round_number=round_number,
                sha=sha,
                fetched_at=fetched_at,
                etag=etag,
                last_modified=last_modified,
                exclude_areas=exclude_areas,
            )
    except FeedError as exc:
        refuse(str(exc), round_number)
        raise
    except DataError as exc:
        # A value the store cannot hold that no check caught: a refusal, never a traceback.
        error = f"the store refused a value of this payload ({_first_line(exc)})"
        refuse(error, round_number)
        raise FeedError(error) from None
    except OperationalError as exc:
        # The transaction rolled back: the last good figures are intact and still readable.
        raise StoreError(
            f"could not store the payload ({_first_line(exc)}); the last good data is unchanged"
        ) from None


def _first_line(exc: DBAPIError) -> str:
    """The driver's own message, first line only."""
    return str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc).splitlines()[0]


def _parsed(
    payload: bytes, kind: str, round_number: int | None
) -> tuple[ResultPayload, Iterable[ResultRecord]]:
    """The payload parsed by its kind's module for the round asked, and its records.

    A kind whose module can `stream` (the national CSV files) gives its records one at a time,
    read as they are stored; the others parse whole. The store checks each chunk's limits.
    """
    module = source_module(kind)
    try:
        if hasattr(module, "stream"):
            parsed, records = module.stream(payload, round=round_number)
        else:
            parsed = module.parse(payload, round=round_number)
            records = parsed.records
    except RecursionError:
        raise FeedError(f"{kind}: payload nested too deeply to read") from None
    if round_number and parsed.round is not None and parsed.round != round_number:
        raise FeedError(
            f"payload is for round {parsed.round}, source configured for round {round_number}"
        )
    return parsed, records


# The text columns a feed fills, and their sizes in the schema (models.py).
TEXT_LIMITS = {"code": 32, "departement": 32, "commune": 32, "name": 200, "circonscription": 32}


def check_limits(records: Iterable[ResultRecord | BureauRef]) -> None:
    """Refuse a unit whose codes or name the store's columns cannot hold, naming it."""
    shortest = min(TEXT_LIMITS.values())
    for record in records:
        unit = record.unit if isinstance(record, ResultRecord) else record
        if (
            len(unit.code) <= shortest
            and len(unit.departement) <= shortest
            and len(unit.commune) <= shortest
            and len(unit.name) <= shortest
            and len(unit.circonscription) <= shortest
        ):
            continue  # within every limit: the usual case, told without a loop
        for name, limit in TEXT_LIMITS.items():
            value = getattr(unit, name)
            if len(value) > limit:
                raise FeedError(
                    f"unit {unit.code[:40]!r}: {name} has {len(value)} characters, at most {limit}"
                )


@dataclass
class _Writes:
    """The rows one payload writes: new revisions, retired ones, corrected inscrits."""

    # (unit, revision, figures): a row dict each only as it is written (69,242 dicts otherwise).
    results: list[tuple[str, int, Figures]] = field(default_factory=list)
    retired: list[dict[str, Any]] = field(default_factory=list)
    inscrits: list[dict[str, Any]] = field(default_factory=list)


def _unknown_candidates(unknown: set[str]) -> list[Finding]:
    """Votes for a key no candidate of the election answers to."""
    return [
        Finding(
            "unknown_candidate",
            f"Votes for '{key}', who is not a candidate of this election.",
            None,
            {"key": key},
        )
        for key in sorted(unknown)
    ]


def _unknown_bureaux(new_units: Iterable[str]) -> list[Finding]:
    """A unit the registry did not list (it was added all the same)."""
    return [
        Finding("unknown_bureau", f"Bureau {code} is not in the registry; it was added.", code)
        for code in sorted(new_units)
    ]


def _count_new_units(
    round_deltas: dict[int, _TallyDeltas], units: _Units, new_units: Iterable[str]
) -> None:
    """A new unit counts in the totals of every round, reported there or not."""
    for code in new_units:
        inscrits = units.inscrits[code]
        ancestors = tuple(units.ancestors[code])
        for deltas in round_deltas.values():
            deltas.add_unit(ancestors, inscrits)


def _correct_inscrits(
    code: str, figures: Figures, units: _Units, deltas: _TallyDeltas, writes: _Writes
) -> None:
    """A payload that states other inscrits than the registry's moves the unit's areas too."""
    registered = units.inscrits.get(code, 0)
    if figures.inscrits == registered:
        return
    diff = figures.inscrits - registered
    deltas.add(units.ancestors[code], inscrits=diff, remaining=diff)
    writes.inscrits.append({"code": code, "inscrits": figures.inscrits})
    units.inscrits[code] = figures.inscrits


def _revisions(
    kept: dict[str, Figures],
    current: dict[str, tuple[int, Figures]],
    merged: set[str],
    units: _Units,
    deltas: _TallyDeltas,
    report: IngestReport,
    *,
    round_number: int,
    fetched_at: datetime,
) -> tuple[_Writes, list[Finding]]:
    """Compare each unit with its current revision: new and changed ones get a new revision."""
    writes = _Writes()
    findings: list[Finding] = []
    for code, figures in kept.items():
        # An annulled bureau's figures count nowhere: nothing to check in them.
        checks = (
            [] if figures.status == CANCELLED else check_arithmetic(code, figures, code in merged)
        )
        findings.extend(checks)
        status = stored_status(figures, checks)
        if status != figures.status:
            # Before the comparison: a quarantined sheet polled again is unchanged.
            figures = replace(figures, status=status)
        previous = current.get(code)
        if previous is not None and previous[1] == figures:
            report.unchanged += 1
            continue
        ancestors = tuple(units.ancestors[code])  # the key of its chain's changes
        # What the unit's current state was counted with (a registry may have moved it since).
        registered = units.inscrits.get(code, 0)
        if figures.status != QUARANTINED:  # a sheet that fails its checks corrects nothing
            _correct_inscrits(code, figures, units, deltas, writes)
        if previous is None:
            report.new += 1
            revision = 1
        else:
            old_revision, old_figures = previous
            report.changed += 1
            revision = old_revision + 1
            findings.extend(check_decrease(code, old_figures, figures))
            deltas.add_result(ancestors, old_figures, -1, registered)
            writes.retired.append(
                {"bureau": code, "round": round_number, "revision": old_revision, "current": False}
            )
        deltas.add_result(ancestors, figures, 1, figures.inscrits)
        deltas.touch(ancestors)
        writes.results.append((code, revision, figures))
    return writes, findings


def _vanished(reported: set[str], kept: Mapping[str, Any]) -> list[Finding]:
    """Units this source reported before (`_reported_by`, read before the payload's rows) that
    a complete payload no longer lists."""
    return [
        Finding(
            "vanished",
            f"Bureau {code} had results but is missing from this complete payload; its last "
            "figures are kept.",
            code,
        )
        for code in sorted(reported - kept.keys())
    ]


def _sequence_fall(conn: Connection, source: str, parsed: ResultPayload) -> list[Finding]:
    """A sequence lower than the last one stored: the feed started again (read in full)."""
    if parsed.sequence is None:
        return []
    last = conn.execute(
        select(SNAPSHOT.c.sequence)
        .where(
            SNAPSHOT.c.source == source,
            SNAPSHOT.c.status == "ingested",
            SNAPSHOT.c.sequence.is_not(None),
        )
        .order_by(SNAPSHOT.c.id.desc())
        .limit(1)
    ).scalar()
    if last is None or parsed.sequence >= last:
        return []
    how = "the whole feed was read again" if parsed.complete else "an increment"
    return [
        Finding(
            "sequence_backwards",
            f"The feed's sequence went backwards ({last} → {parsed.sequence}): {how}.",
            None,
            {"previous": last, "sequence": parsed.sequence, "complete": parsed.complete},
        )
    ]


def _insert_snapshot(
    conn: Connection,
    parsed: ResultPayload,
    report: IngestReport,
    *,
    fetched_at: datetime,
    etag: str | None,
    last_modified: str | None,
) -> int:
    return conn.execute(
        insert(SNAPSHOT).values(
            source=report.source,
            kind=parsed.kind,
            round=report.round,
            fetched_at=fetched_at,
            published_at=parsed.published_at,
            sequence=parsed.sequence,
            etag=etag,
            last_modified=last_modified,
            sha256=report.sha256,
            status="ingested",
            bureaux_new=report.new,
            bureaux_changed=report.changed,
            bureaux_unchanged=report.unchanged,
        )
    ).inserted_primary_key[0]


# The columns of a new revision, in the order `_write_revisions` makes them (the id is the store's).
_RESULT_COLUMNS = (
    "snapshot_id",
    "bureau",
    "round",
    "revision",
    "current",
    "inscrits",
    "votants",
    "blancs",
    "nuls",
    "exprimes",
    "votes",
    "status",
    "units_reported",
    "units_total",
    "updated_at",
    "recorded_at",
)


def _write_revisions(
    conn: Connection, writes: _Writes, snapshot_id: int, round_number: int, fetched_at: datetime
) -> None:
    bulk_update(conn, RESULT, ("bureau", "round", "revision"), writes.retired, ("current",))
    # Each row made as the driver takes it: the values a dict per row would give through
    # bulk_insert's conversions, without the 69,242 dicts and conversions of a national file.
    current = driver_value(conn, RESULT.c.current, True)
    recorded_at = driver_value(conn, RESULT.c.recorded_at, fetched_at)
    rows = (
        (
            snapshot_id,
            code,
            round_number,
            revision,
            current,
            figures.inscrits,
            figures.votants,
            figures.blancs,
            figures.nuls,
            figures.exprimes,
            json_text(dict(figures.votes)),
            figures.status,
            figures.units_reported,
            figures.units_total,
            None,
            recorded_at,
        )
        for code, revision, figures in writes.results
    )
    insert_tuples(conn, RESULT, _RESULT_COLUMNS, rows, made=True)
    bulk_update(conn, BUREAU, ("code",), writes.inscrits, ("inscrits",))


def _frozen_shares(compared: Compared, settings: Settings) -> list[Finding]:
    """The 2017 incident: totals jump while every share stays put (national, régions, départements)."""
    findings: list[Finding] = []
    for area, (old_votes, old_exp, new_votes, new_exp) in compared.items():
        if _shares_watched(area):
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
    return findings


DECISIVE = "quarantine_decisive"


def _decisive_quarantines(
    conn: Connection, settings: Settings, round_number: int, changed: set[str]
) -> list[Finding]:
    """Areas just changed whose quarantined bureaux hold enough inscrits to change who leads
    (or, nationally where a round follows, who qualifies): one finding per area and set of
    bureaux and what they could change, so editors hear of it once, not at every poll."""
    if not changed:
        return []
    held: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for code, inscrits, ancestors in conn.execute(
        select(BUREAU.c.code, BUREAU.c.inscrits, BUREAU.c.ancestors)
        .join(RESULT, RESULT.c.bureau == BUREAU.c.code)
        .where(RESULT.c.round == round_number, RESULT.c.current, RESULT.c.status == QUARANTINED)
    ):
        for area in ancestors or ():
            if area in changed:
                held[area].append((code, inscrits))
    if not held:
        return []
    said = {
        (d.get("area"), tuple(d.get("bureaux") or ()), tuple(d.get("could_change") or ()))
        for d in conn.execute(
            select(ANOMALY.c.details).where(
                ANOMALY.c.kind == DECISIVE, ANOMALY.c.round == round_number
            )
        ).scalars()
        if isinstance(d, dict)
    }
    later_round = any(r > round_number for r in settings.election.rounds)
    tallies = _current_tallies(conn, sorted(held), round_number)
    names = dict(conn.execute(select(AREA.c.code, AREA.c.name).where(AREA.c.code.in_(held))).all())
    found = []
    for area, bureaux in sorted(held.items()):
        votes = (tallies.get(area) or {}).get("votes") or {}
        inscrits = sum(i for _, i in bureaux)
        what = could_change(votes, inscrits, qualification=later_round and area == "FR")
        codes = tuple(sorted(c for c, _ in bureaux))
        if not what or (area, codes, what) in said:
            continue
        between = gaps(votes)
        listed = " and ".join(f"who {'leads' if w == 'lead' else 'qualifies'}" for w in what)
        found.append(
            Finding(
                DECISIVE,
                f"{names.get(area, area)} ({area}): {len(codes)} quarantined bureaux ({inscrits:,} inscrits) could change "
                f"{listed} (gap {', '.join(f'{between[w]:,}' for w in what)} votes); their figures "
                "fail an integrity check and are not counted.",
                None,
                {
                    "area": area,
                    "bureaux": list(codes),
                    "inscrits": inscrits,
                    "could_change": list(what),
                    "gaps": {w: between[w] for w in what},
                },
            )
        )
    return found


def _record_anomalies(
    conn: Connection, findings: list[Finding], snapshot_id: int, report: IngestReport, at: datetime
) -> None:
    anomaly_rows = [
        {
            "snapshot_id": snapshot_id,
            "source": report.source,
            "round": report.round,
            "bureau": f.bureau,
            "kind": f.kind,
            "message": f.message,
            "details": f.details,
            "detected_at": at,
        }
        for f in findings
    ]
    bulk_insert(conn, ANOMALY, anomaly_rows)
    # The snapshot row was written first (its id is on every result); its counts are known now.
    conn.execute(
        update(SNAPSHOT)
        .where(SNAPSHOT.c.id == snapshot_id)
        .values(
            anomalies=len(findings),
            bureaux_new=report.new,
            bureaux_changed=report.changed,
            bureaux_unchanged=report.unchanged,
        )
    )


class _Pass:
    """One payload stored a chunk of records at a time: what is kept from chunk to chunk.

    Never the records themselves: per unit seen, only its code and a fingerprint of its figures
    (for the duplicate check and the vanished units); the tallies' changes are kept per commune.
    """

    def __init__(
        self,
        conn: Connection,
        settings: Settings,
        geography: Geography,
        report: IngestReport,
        *,
        snapshot_id: int,
        fetched_at: datetime,
        exclude_areas: Sequence[str],
        registry_known: bool,
    ):
        self.conn = conn
        self.geography = geography
        self.report = report
        self.round = report.round
        self.snapshot_id = snapshot_id
        self.fetched_at = fetched_at
        self.exclude_areas = exclude_areas
        self.figuring = _Figuring(candidate_resolver(settings))
        # Unit code -> its first figures' votants and hash, packed in one int (a national file
        # has 69,242 of them). Equal figures hash equal; two different ones would have to
        # collide on 64 bits for a duplicate to go unflagged.
        self.seen: dict[str, int] = {}
        self.duplicates: list[Finding] = []
        self.checks: list[Finding] = []
        self.registry_known = registry_known
        self.new_units: list[str] = []  # units added that a registry known before did not list
        self.known_areas: set[str] = set()
        self.round_deltas = {
            rnd: _TallyDeltas() for rnd in {*settings.election.rounds, report.round}
        }

    @property
    def deltas(self) -> _TallyDeltas:
        """The changes to this round's tallies."""
        return self.round_deltas[self.round]

    def store(self, chunk: Sequence[ResultRecord]) -> None:
        """Check, compare and write one chunk of records; tallies' changes kept for the end."""
        check_limits(chunk)
        conn = self.conn
        codes = {r.unit.code for r in chunk}
        if not self.registry_known:
            # Into an empty registry, the only units stored are those this payload added.
            codes = {c for c in codes if c in self.seen}
        units = _load_units(conn, codes)
        refs = [r.unit for r in chunk]
        new_units = _add_units(
            conn, self.geography, refs, units, self.exclude_areas, self.known_areas
        )
        if self.registry_known:
            self.new_units.extend(new_units)
        _count_new_units(self.round_deltas, units, new_units)
        kept = self._first_figures(chunk, units)
        # A unit just added has no results yet: only the others are read.
        added = set(new_units)
        current = _current_results(conn, self.round, [c for c in kept if c not in added])
        merged = {r.unit.code for r in chunk if r.blancs is None}
        writes, found = _revisions(
            kept,
            current,
            merged,
            units,
            self.deltas,
            self.report,
            round_number=self.round,
            fetched_at=self.fetched_at,
        )
        self.checks.extend(found)
        _write_revisions(conn, writes, self.snapshot_id, self.round, self.fetched_at)

    def _first_figures(self, chunk: Sequence[ResultRecord], units: _Units) -> dict[str, Figures]:
        """One figure set per unit new to this payload; a unit listed again with different
        numbers is flagged, the first kept."""
        kept: dict[str, Figures] = {}
        seen = self.seen
        make = self.figuring.figures
        for record in chunk:
            code = record.unit.code
            figures = make(record, units.inscrits.get(code, 0))
            fingerprint = hash(figures) & _HASH_MASK
            first = seen.get(code)
            if first is None:
                seen[code] = figures.votants << 64 | fingerprint
                kept[code] = figures
            elif first & _HASH_MASK != fingerprint:
                self.duplicates.append(_duplicate(code, first >> 64, figures.votants))
        return kept

    def findings(self) -> list[Finding]:
        """What the chunks found, in the order a whole payload has always listed them."""
        found = [*self.duplicates, *_unknown_candidates(self.figuring.unknown)]
        if self.registry_known:
            found.extend(_unknown_bureaux(self.new_units))
        return found + self.checks


_HASH_MASK = (1 << 64) - 1


def _duplicate(code: str, first_votants: int, votants: int) -> Finding:
    """A unit listed twice in one payload with different figures."""
    return Finding(
        "duplicate",
        f"Bureau {code} appears twice in one payload with different figures "
        f"(votants {first_votants} and {votants}); the first is kept.",
        code,
        {"first_votants": first_votants, "second_votants": votants},
    )


def store_parsed(
    engine: Engine,
    settings: Settings,
    geography: Geography,
    parsed: ResultPayload,
    payload: bytes,
    *,
    records: Iterable[ResultRecord] | None = None,
    source: str,
    round_number: int,
    sha: str,
    fetched_at: datetime,
    etag: str | None = None,
    last_modified: str | None = None,
    exclude_areas: Sequence[str] = (),
) -> IngestReport:
    """Write a parsed payload in one transaction: new revisions, anomalies, tallies.

    `records` (default: the payload's own) are read and written a chunk at a time; a record
    that cannot be read raises FeedError midway, and the transaction rolls back whole.
    """
    report = IngestReport(source, round_number, sha)
    with engine.begin() as conn:
        ensure_static_areas(conn, geography)
        registry_known = conn.execute(select(BUREAU.c.code).limit(1)).first() is not None
        # Before this payload's own snapshot exists: the last sequence is the one before it.
        fall = _sequence_fall(conn, source, parsed)
        snapshot_id = _insert_snapshot(
            conn, parsed, report, fetched_at=fetched_at, etag=etag, last_modified=last_modified
        )
        report.snapshot_id = snapshot_id
        archive_payload(conn, sha, payload)
        # Read before any row of this payload is written, which they cannot depend on: the units
        # this source reported (a unit the payload lists is never vanished, one it does not list
        # keeps its figures), whether each round has tallies (only the end writes them). A first
        # ingest reads nothing back, and nothing waits for the rows sent to be stored.
        reported = _reported_by(conn, source, round_number) if parsed.complete else set()
        run = _Pass(
            conn,
            settings,
            geography,
            report,
            snapshot_id=snapshot_id,
            fetched_at=fetched_at,
            exclude_areas=exclude_areas,
            registry_known=registry_known,
        )
        tallied = {rnd: _any_tally(conn, rnd) for rnd in run.round_deltas}
        with copies_in_background(conn):
            for chunk in chunks(parsed.records if records is None else records):
                run.store(chunk)
            findings = run.findings()
            findings.extend(fall)
            if parsed.complete:
                findings.extend(_vanished(reported, run.seen))
            for rnd, deltas in run.round_deltas.items():
                if rnd != round_number:
                    apply_tallies(conn, deltas, rnd, None, tallied[rnd])
            changed, compared = apply_tallies(
                conn,
                run.deltas,
                round_number,
                parsed.published_at or fetched_at,
                tallied[round_number],
            )
        report.areas_changed = changed
        if changed:  # delivered on commit: web caches and open pages refresh
            announce(conn, round_number)
        findings.extend(_frozen_shares(compared, settings))
        findings.extend(_decisive_quarantines(conn, settings, round_number, changed))
        _record_anomalies(conn, findings, snapshot_id, report, fetched_at)
        report.findings = findings
    # The scheduler and the CLI say what changed; this line is for whoever debugs ingestion.
    log.debug("ingest %s", report.summary())
    return report
