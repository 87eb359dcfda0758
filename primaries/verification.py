"""Store stage: claims read from stories, labelled against the store's standings, history kept."""

from __future__ import annotations

import dataclasses
import logging
import math
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Text,
    and_,
    bindparam,
    case,
    cast,
    func,
    insert,
    literal,
    null,
    select,
    update,
)

from primaries.bulk import (
    bulk_insert,
    chunks,
    driver_rows,
    driver_value,
    update_tuples,
)
from primaries.db import JSON_CODEC, finite
from primaries.geography import Geography, normalise
from primaries.models import (
    AREA,
    CLAIM,
    STORY,
    TALLY,
    VERDICT,
    utcnow,
)
from primaries.queries import TALLY_FIGURES, get_area, standings, standings_from
from primaries.reasons import cited, reason_data
from primaries.settings import Settings
from sources.gc_pause import gc_paused
from verifiers.claims import CODED, PREDICTION, QUALIFICATION, Qualifiers
from verifiers.claims import Claim as ClaimValue
from verifiers.extract import extract
from verifiers.lexicon import Lexicon, build_lexicon
from verifiers.numbers import Quantity
from verifiers.standings import CandidateInfo, Place, Standings
from verifiers.verdicts import label_post, verify

log = logging.getLogger(__name__)


NOT_CHECKED = frozenset({CODED, PREDICTION})  # flags that keep a claim away from the machine
# The area_version of a claim whose verdict reads no figures (a doubt, a code word, a
# prediction): no snapshot can change its label, so relabelling never reads it again.
FIGURES_UNREAD = -2


def reads_no_figures(doubts: Iterable[str], flags: Iterable[str]) -> bool:
    """True for a claim whose label its doubts or flags decide, whatever the figures."""
    return bool(doubts) or not NOT_CHECKED.isdisjoint(flags)


_LEXICONS: dict[tuple[str, int], Lexicon] = {}


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What one verification pass did."""

    read: int  # stories whose claims were extracted
    claims_new: int
    checked: int  # claims whose label was recomputed
    changed: int  # claims whose label changed


def renamed(name: str, aliases: tuple[str, ...], published: str | None) -> tuple[str, ...]:
    """The name results were published under, when the commune has been renamed since.

    Laval (Isère) is Laval-en-Belledonne today; a post of 2017 that says "Laval" may mean it.
    A name that is also the start of a larger town's ("Trouville") is doubted by the lexicon.
    """
    if not published or normalise(published) in {normalise(n) for n in (name, *aliases)}:
        return ()
    return (published,)


def lexicon_for(conn: Connection, settings: Settings, geography: Geography) -> Lexicon:
    """The verifier's lexicon for this election, compiled once per process.

    Places come from the geography (every place people name, reported or not, most important
    first), then the store's own areas the geography does not list (communes merged since).
    """
    # The areas' count and the length of their names: a store whose areas or names changed
    # (a registry loaded, a commune's published name) compiles its own.
    count, names = conn.execute(
        select(func.count(), func.coalesce(func.sum(func.length(AREA.c.name)), 0))
    ).one()
    key = (settings.election.id, count, names)
    if key not in _LEXICONS:
        stored = conn.execute(
            select(AREA.c.code, AREA.c.name, AREA.c.level, AREA.c.parent).order_by(AREA.c.code)
        ).all()
        published = {code: name for code, name, level, _parent in stored if level == "commune"}
        places = [
            Place(
                a.code,
                a.name,
                a.level,
                (*a.aliases, *renamed(a.name, a.aliases, published.get(a.code))),
                a.parent,
                a.population,
            )
            for a in geography.gazetteer()
        ]
        known = {p.code for p in places}
        places += [
            Place(code, name, level, (), parent)
            for code, name, level, parent in stored
            if code not in known
        ]
        candidates = [
            CandidateInfo(id=c.id, name=c.name, aliases=c.aliases, party=c.party, coded=c.coded)
            for c in settings.candidates
        ]
        _LEXICONS.clear()
        _LEXICONS[key] = build_lexicon(
            candidates,
            places,
            round_dates=settings.election.round_dates,
            election_name=settings.election.name,
        )
    return _LEXICONS[key]


def value_json(value: Any) -> Any:
    """A claim's value as JSON: numbers stay numbers, intervals keep their bounds (null: open)."""
    if isinstance(value, Quantity):
        return finite({k: v for k, v in dataclasses.asdict(value).items() if v not in ("", False)})
    return value


def quantity_from_json(stored: dict[str, Any]) -> Quantity:
    """The interval back from its JSON form (a null end is an infinite one)."""
    low = stored.get("low")
    high = stored.get("high")
    return Quantity(
        **{
            **stored,
            "low": -math.inf if low is None else low,
            "high": math.inf if high is None else high,
        }
    )


def _result_processor(conn: Connection, column: Any) -> Callable[[Any], Any] | None:
    """A column's result conversion as SQLAlchemy applies it (None: the driver's value is it)."""
    return column.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None)


def _memo_result(conn: Connection, column: Any) -> Callable[[Any], Any]:
    """A column's result conversion (as SQLAlchemy would apply it), run once per distinct value."""
    process = _result_processor(conn, column)
    seen: dict[Any, Any] = {}

    def convert(raw: Any) -> Any:
        if raw not in seen:
            seen[raw] = raw if process is None else process(raw)
        return seen[raw]

    return convert


class StandingsCache:
    """Standings read once per area and round during one pass."""

    def __init__(self, conn: Connection, settings: Settings) -> None:
        self.conn, self.settings = conn, settings
        self.cache: dict[tuple[str, int], Standings | None] = {}
        self.versions: dict[tuple[str, int], int] = {}  # of the tallies `preload` read (0: none)
        self.names = {c.id: c.name for c in settings.candidates}

    def area_name(self, code: str) -> str | None:
        """A place's name for a reason (None when the store has no such place)."""
        rounds = self.settings.election.rounds
        known = [self.cache[(code, r)] for r in rounds if (code, r) in self.cache]
        found = known[0] if known else self.get(code, self.settings.election.default_round)
        if found is not None:
            return found.area_name
        # A place people name that the store has no figures for yet: the lexicon knows its name.
        lexicon = next(iter(_LEXICONS.values()), None)
        place = lexicon.place(code) if lexicon is not None else None
        return place.name if place is not None else None

    def area_level(self, code: str) -> str | None:
        """A place's level (département, commune...), to tell homonyms apart in a reason."""
        found = self.get(code, self.settings.election.default_round)
        if found is not None:
            return found.area_level
        lexicon = next(iter(_LEXICONS.values()), None)
        place = lexicon.place(code) if lexicon is not None else None
        return place.level if place is not None else None

    def candidate_name(self, candidate_id: str) -> str:
        """A candidate's name for a reason."""
        return self.names.get(candidate_id, candidate_id)

    def get(self, area: str, round_number: int) -> Standings | None:
        """The standings of an area, or None when the store has no such area."""
        key = (area, round_number)
        if key not in self.cache:
            self.cache[key] = standings(self.conn, self.settings, area, round_number)
        return self.cache[key]

    def preload(self, keys: Iterable[tuple[str, int]]) -> None:
        """Read many areas' standings with a few IN queries instead of two queries per area.

        Builds exactly what `queries.standings` returns for an area of the `area` table; codes
        that are not there (bureaux, unknown codes) are left to `get`, one by one.
        """
        wanted: dict[str, set[int]] = {}
        for area, round_number in keys:
            if (area, round_number) not in self.cache:
                wanted.setdefault(area, set()).add(round_number)
        by_round: dict[int, list[str]] = {}
        for area, rounds in wanted.items():
            for round_number in rounds:
                by_round.setdefault(round_number, []).append(area)
        # Raw rows, converted here: a snapshot's tallies share one time, converted once, and the
        # driver's tuples cost less than rows read by name.
        as_of = _memo_result(self.conn, TALLY.c.as_of)
        votes = _result_processor(self.conn, TALLY.c.votes)
        for round_number, codes in by_round.items():
            codes.sort()
            for chunk in chunks(codes):
                for code, name, level, version, when, *figures in driver_rows(
                    self.conn, _standings_query(chunk, round_number)
                ):
                    counted = version is not None
                    self.versions[(code, round_number)] = version or 0
                    if counted and votes is not None:
                        figures[7] = votes(figures[7])
                    self.cache[(code, round_number)] = standings_from(
                        code,
                        name,
                        level,
                        round_number,
                        figures if counted else None,
                        as_of(when),
                        self.settings,
                    )


def _standings_query(codes: Sequence[str], round_number: int) -> Any:
    """The areas (not bureaux) among `codes` with their tally of the round, if any."""
    return (
        select(
            AREA.c.code,
            AREA.c.name,
            AREA.c.level,
            TALLY.c.version,  # never null in a tally: null when the area has none yet
            TALLY.c.as_of,
            *TALLY_FIGURES,
        )
        .select_from(AREA)
        .join(
            TALLY,
            and_(TALLY.c.area == AREA.c.code, TALLY.c.round == round_number),
            isouter=True,
        )
        .where(
            # Written into the SQL: binding 5,000 codes one by one costs SQLAlchemy more.
            AREA.c.code.in_(bindparam("codes", codes, expanding=True, literal_execute=True)),
            AREA.c.level != "bureau",
        )
    )


# The text columns hold what an editor types; the machine's reasons are data, worded by pages.
NO_TEXT = {"reason_fr": "", "reason_en": ""}


def judge(
    claim: ClaimValue, flags: Iterable[str], cache: StandingsCache, tz: str
) -> dict[str, Any]:
    """The machine verdict of one claim as column values: its reason as data, worded by pages."""
    flags = frozenset(flags)
    if flags & NOT_CHECKED:
        why = "coded" if CODED in flags else "prediction"
        return {
            "label": "unconfirmed",
            "reason": {"key": why, "params": {}},
            "evidence": {"flag": why},
        }
    if claim.doubts:  # unconfirmed whatever the figures: none are read
        verdict = verify(claim, None, None, tz=tz)
    else:
        found = cache.get(claim.area, claim.round)
        national = cache.get("FR", claim.round)
        readings = None
        if claim.alternatives or claim.compared:
            readings = {
                area: cache.get(area, claim.round)
                for area in (*claim.alternatives, *claim.compared)
            }
        earlier = None
        if claim.round == 2 and not claim.round_said:
            # Round 1 is final before round 2 is counted: its figures are not among the versions
            # a relabelling follows.
            areas = (claim.area, *claim.alternatives, *claim.compared, "FR")
            earlier = {area: cache.get(area, 1) for area in areas}
        verdict = verify(claim, found, national, tz=tz, readings=readings, earlier=earlier)
    # Open ends (±infinity) are left in: the JSON columns' codec stores them as null.
    evidence = verdict.evidence
    return {
        "label": verdict.label,
        "reason": reason_data(
            claim,
            verdict.label,
            evidence,
            flags,
            cache.area_name,
            cache.candidate_name,
            cache.area_level,
        ),
        "evidence": evidence,
    }


def _tally_versions(
    conn: Connection, keys: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], int]:
    versions: dict[tuple[str, int], int] = {}
    wanted = set(keys)
    areas = sorted({a for a, _ in wanted})
    for chunk in chunks(areas):
        for area, rnd, version in conn.execute(
            select(TALLY.c.area, TALLY.c.round, TALLY.c.version).where(TALLY.c.area.in_(chunk))
        ):
            versions[(area, rnd)] = version
    return versions


def _version_key(claim_type: str, area: str, round_number: int) -> tuple[str, int]:
    # A qualification claim depends on national figures whatever area it names.
    return ("FR", round_number) if claim_type == QUALIFICATION else (area, round_number)


def _reading_keys(
    claim_type: str,
    area: str,
    alternatives: Sequence[str],
    round_number: int,
    compared: Sequence[str] = (),
):
    """Every (area, round) whose figures a claim's label reads: its area, each other reading,
    and a comparison's other place."""
    if claim_type == QUALIFICATION:
        return [("FR", round_number)]
    return [(a, round_number) for a in (area, *alternatives, *compared)]


def _readings_version(versions: dict[tuple[str, int], int], keys: Iterable[tuple[str, int]]) -> int:
    """One number that changes whenever the figures of any reading change (versions only grow).

    A claim of one reading keeps its area's version. With several: negative, below FIGURES_UNREAD: never equal to the own area's version, so the stale query
    always hands such a claim over and the versions of its other places decide. A sum alone
    equals the own version while the other places have no figures, and would then miss them.
    """
    keys = list(keys)
    if len(keys) == 1:
        return versions.get(keys[0], 0)
    return FIGURES_UNREAD - 1 - sum(versions.get(key, 0) for key in keys)


def read_new_stories(
    engine: Engine, settings: Settings, geography: Geography, now: datetime, limit: int = 5000
) -> tuple[int, int]:
    """Extract the claims of stories not read yet and store them, labelled."""
    tz = settings.election.timezone
    with gc_paused(), engine.begin() as conn:
        stories = conn.execute(
            select(STORY.c.id, STORY.c.text, STORY.c.round)
            .where(STORY.c.read_at.is_(None))
            .order_by(STORY.c.id)
            .limit(limit)
        ).all()
        if not stories:
            return 0, 0
        lexicon = lexicon_for(conn, settings, geography)
        cache = StandingsCache(conn, settings)
        rows: list[dict[str, Any]] = []
        for story in stories:
            round_number = story.round or settings.election.default_round
            extraction = extract(story.text, lexicon, round=round_number)
            for position, claim in enumerate(extraction.claims):
                rows.append(
                    {
                        "story_id": story.id,
                        "position": position,
                        "round": claim.round,
                        "type": claim.type,
                        "candidates": list(claim.candidates),
                        "area": claim.area,
                        "fragment": claim.fragment[:2000],
                        "value": {
                            "value": value_json(claim.value),
                            "measure": claim.measure,
                            "qualifiers": dataclasses.asdict(claim.qualifiers),
                            "negated": claim.negated,
                            "alternatives": list(claim.alternatives),
                            "doubts": list(claim.doubts),
                            "base": claim.base,
                            **({"named": list(claim.named)} if claim.named else {}),
                            **({"compared": list(claim.compared)} if claim.compared else {}),
                            **({"round_said": True} if claim.round_said else {}),
                        },
                        "flags": sorted(extraction.flags),
                        "created_at": now,
                        "label_at": now,
                        **NO_TEXT,
                        **judge(claim, extraction.flags, cache, tz),
                    }
                )
        reading_keys = [
            _reading_keys(
                r["type"],
                r["area"],
                r["value"]["alternatives"],
                r["round"],
                r["value"].get("compared", ()),
            )
            for r in rows
        ]
        versions = _tally_versions(conn, {k for keys in reading_keys for k in keys})
        for row, keys in zip(rows, reading_keys, strict=True):
            unread = reads_no_figures(row["value"]["doubts"], row["flags"])
            row["area_version"] = FIGURES_UNREAD if unread else _readings_version(versions, keys)
        bulk_insert(conn, CLAIM, rows)
        conn.execute(
            update(STORY).where(STORY.c.id.in_([s.id for s in stories])).values(read_at=now)
        )
        _open_history(conn, [s.id for s in stories], now)
    return len(stories), len(rows)


def _open_history(conn: Connection, story_ids: Sequence[int], now: datetime) -> None:
    """The first entry of each new claim's verdict history."""
    for chunk in chunks(story_ids):
        conn.execute(_opened(CLAIM.c.story_id.in_(chunk)), {"now": now})


def _stale_claims(conn: Connection) -> list[Any]:
    """Claims whose area's figures moved since their label was computed (never those whose
    verdict reads no figures).

    Plain tuples: their JSON columns come as text, decoded once per distinct claim by
    `_distinct_claims` (many posts make the very same claim); the fragment is not read: no verdict
    depends on the words that carried the claim.
    """
    own = TALLY.alias("own")
    # The version of the figures a claim's label reads: its area's, or the nation's for a
    # qualification. The nation's (one per round) are read once, not joined to every claim.
    national = _national_versions(conn)
    national_version = case(national, value=CLAIM.c.round) if national else null()
    reads = case((CLAIM.c.type == QUALIFICATION, national_version), else_=own.c.version)
    return driver_rows(
        conn,
        select(
            CLAIM.c.id,
            CLAIM.c.type,
            cast(CLAIM.c.candidates, Text),
            CLAIM.c.area,
            CLAIM.c.round,
            cast(CLAIM.c.value, Text),
            cast(CLAIM.c.flags, Text),
            CLAIM.c.label,
            CLAIM.c.area_version,
            reads.label("version"),
        )
        .select_from(CLAIM)
        .join(own, and_(own.c.area == CLAIM.c.area, own.c.round == CLAIM.c.round), isouter=True)
        .where(CLAIM.c.area_version != FIGURES_UNREAD, reads != CLAIM.c.area_version)
        .order_by(CLAIM.c.id),  # free on SQLite (its scan order); rows then written in that order
    )


def _national_versions(conn: Connection) -> dict[int, int]:
    """The version of the nation's figures in each round that has any."""
    query = select(TALLY.c.round, TALLY.c.version).where(TALLY.c.area == "FR")
    return {round_number: version for round_number, version in conn.execute(query)}


_QUALIFIERS: dict[tuple, Qualifiers] = {}


def _qualifiers(stored: dict[str, Any] | None) -> Qualifiers:
    """The qualifiers back from JSON; most claims share a handful, so each is built once."""
    key = tuple(sorted((stored or {}).items()))
    found = _QUALIFIERS.get(key)
    if found is None:
        if len(_QUALIFIERS) > 4096:  # attributions and times are free text: stay bounded
            _QUALIFIERS.clear()
        found = _QUALIFIERS[key] = Qualifiers(**dict(key))
    return found


def _value_fields(stored: dict[str, Any] | None) -> dict[str, Any]:
    """The claim's fields its value column holds, back from JSON."""
    stored = stored or {}
    value = stored.get("value")
    if isinstance(value, dict):
        value = quantity_from_json(value)
    return {
        "value": value,
        "qualifiers": _qualifiers(stored.get("qualifiers")),
        "measure": stored.get("measure", ""),
        "negated": bool(stored.get("negated", False)),
        "alternatives": tuple(stored.get("alternatives") or ()),
        "doubts": tuple(stored.get("doubts") or ()),
        "base": stored.get("base", ""),
        "named": tuple(stored.get("named") or ()),
        "compared": tuple(stored.get("compared") or ()),
        "round_said": bool(stored.get("round_said", False)),
    }


def _decoded(text: str | None) -> Any:
    """A JSON column read as text, decoded as the engine would have."""
    return None if text is None else JSON_CODEC["json_deserializer"](text)


class _Decoded(dict):
    """JSON texts that many claims share (a value, a candidate list, flags), each built once.

    Of 10,000 claims about as many places, a bench pass shares 3,000 values, 36 candidate
    lists and one set of flags.
    """

    def __init__(self, build: Callable[[Any], Any]) -> None:
        super().__init__()
        self.build = build

    def __missing__(self, text: str | None) -> Any:
        found = self[text] = self.build(_decoded(text))
        return found


def reverify(engine: Engine, settings: Settings, now: datetime) -> tuple[int, int]:
    """Recompute the labels of claims whose area changed; keep the history of label changes."""
    with gc_paused(), engine.begin() as conn:
        # A function of its own: its thousands of objects are freed before the collector
        # resumes, instead of being walked by its first collection (a twentieth of a pass).
        return _relabel(conn, settings, now)


# One distinct stored claim: [claim, flags, the (area, round) of each reading, and its verdict
# once judged: label, reason and evidence as JSON text], shared by every row that makes it.
Distinct = list[Any]


def _relabel(conn: Connection, settings: Settings, now: datetime) -> tuple[int, int]:
    """`reverify` inside its transaction: (claims rechecked, labels changed)."""
    stale = _stale_claims(conn)
    if not stale:
        return 0, 0
    claims = _distinct_claims(stale)
    distinct = {id(c): c for c in claims}.values()
    cache = StandingsCache(conn, settings)
    # One pass over thousands of areas: read their standings in bulk, not area by area; a claim
    # that `judge` leaves unconfirmed whatever the figures (doubts, flags) reads none.
    judged = [c for c in distinct if not reads_no_figures(c[0].doubts, c[1])]
    wanted = {k for c in judged for k in c[2]} | {("FR", c[0].round) for c in judged}
    # A claim of round 2 that names no round also reads round 1's figures of its areas.
    wanted |= {
        (area, 1)
        for c in judged
        if c[0].round == 2 and not c[0].round_said
        for area in ("FR", *(a for a, _ in c[2]))
    }
    cache.preload(wanted)
    # The stale query read the version of each claim's own area (or the nation's), the preload
    # those of the areas it read: only other readings' need a query.
    versions = cache.versions
    versions.update(
        _tally_versions(
            conn, {k for c in distinct if len(c[2]) > 1 for k in c[2]} - versions.keys()
        )
    )
    # The time as the driver takes it, converted once for the thousands of rows it stamps.
    stamp = driver_value(conn, CLAIM.c.label_at, now)
    changed, held = _judged_rows(stale, claims, versions, cache, settings.election.timezone, stamp)
    _write_verdicts(conn, changed, held, now)
    return len(changed) + len(held), len(changed)


# What makes a stale row's claim (type, candidates, area, round, value, flags), the verdict's
# inputs: rows equal on these are one claim, judged once.
_CLAIM_KEY = operator.itemgetter(1, 2, 3, 4, 5, 6)


def _distinct_claims(stale: list[Any]) -> list[Distinct]:
    """The claim of each stale row, each distinct stored claim decoded once: many posts make the
    very same claim."""
    claims: dict[tuple, Distinct] = {}
    values = _Decoded(_value_fields)
    candidate_lists = _Decoded(lambda ids: tuple(ids or ()))
    flag_sets = _Decoded(lambda flags: frozenset(flags or ()))
    of_rows = []
    for key in map(_CLAIM_KEY, stale):
        found = claims.get(key)
        if found is None:
            claim_type, candidates, area, round_number, value, flags = key
            fields = values[value]
            claim = ClaimValue(
                type=claim_type,
                candidates=candidate_lists[candidates],
                area=area,
                round=round_number,
                **fields,
            )
            reading = _reading_keys(
                claim_type, area, fields["alternatives"], round_number, fields["compared"]
            )
            found = claims[key] = [claim, flag_sets[flags], reading, None]
        of_rows.append(found)
    return of_rows


def _judged_rows(
    stale: list[Any],
    claims: list[Distinct],
    versions: dict[tuple[str, int], int],
    cache: StandingsCache,
    tz: str,
    stamp: Any,
) -> tuple[list[tuple], list[tuple]]:
    """The rows of claims whose label changed and of those whose label held, judged once each.

    As the driver takes them: (area_version, label, reason, evidence, label_at, id) for a changed
    label, (area_version, reason, evidence, id) for one that held; JSON as text, `stamp` the
    time (`driver_value`).
    """
    changed: list[tuple] = []
    held: list[tuple] = []
    encode = JSON_CODEC["json_serializer"]  # `json_text`, called 20,000 times a pass
    for row, distinct in zip(stale, claims, strict=True):
        claim_id, label, area_version, reads = itemgetter_row(row)
        keys = distinct[2]
        if reads_no_figures(distinct[0].doubts, distinct[1]):
            version = FIGURES_UNREAD  # stored before claims were marked so: never read again
        elif len(keys) > 1:
            version = _readings_version(versions, keys)
        else:
            version = reads or 0
        if version == area_version:
            continue  # another reading's figures moved before; nothing it reads did since
        verdict = distinct[3]
        if verdict is None:
            judged = judge(distinct[0], distinct[1], cache, tz)
            # Encoded once here: every row that makes this claim stores the same text.
            verdict = distinct[3] = (
                judged["label"],
                encode(judged["reason"]),
                encode(judged["evidence"]),
            )
        new_label, reason, evidence = verdict
        if new_label != label:
            changed.append((version, new_label, reason, evidence, stamp, claim_id))
        else:
            held.append((version, reason, evidence, claim_id))
    return changed, held


# What `_judged_rows` reads of a stale row: id, label, area_version and the version it reads.
itemgetter_row = operator.itemgetter(0, 7, 8, 9)
CHANGED = ("area_version", "label", "reason", "evidence", "label_at")  # then the claim's id
HELD = ("area_version", "reason", "evidence")  # then the claim's id
# An open machine verdict keeps no copy of its reason and evidence (null): they are its claim's,
# written once per claim in each pass, and pages read them there (`queries.verdict_columns`),
# with the version of the figures. Closing it copies them, in the database, before the claim
# takes its new ones.
# Both statements write their claims' ids into the SQL (literal_execute): SQLAlchemy names and
# processes each bound parameter of an IN list at every execution, 5,000 of them here.
CLOSE_OPEN = (
    update(VERDICT)
    .where(
        VERDICT.c.claim_id.in_(bindparam("claims", expanding=True, literal_execute=True)),
        VERDICT.c.valid_to.is_(None),
        VERDICT.c.by == "machine",
    )
    .values(
        valid_to=bindparam("now"),
        reason=func.coalesce(
            VERDICT.c.reason,
            select(CLAIM.c.reason).where(CLAIM.c.id == VERDICT.c.claim_id).scalar_subquery(),
        ),
        evidence=func.coalesce(
            VERDICT.c.evidence,
            select(CLAIM.c.evidence).where(CLAIM.c.id == VERDICT.c.claim_id).scalar_subquery(),
        ),
        area_version=select(CLAIM.c.area_version)
        .where(CLAIM.c.id == VERDICT.c.claim_id)
        .scalar_subquery(),
    )
)


def _opened(which: Any) -> Any:
    """The new open machine verdict of each claim `which` selects, from its row as written."""
    return insert(VERDICT).from_select(
        [
            "claim_id",
            "label",
            "reason_fr",
            "reason_en",
            "reason",
            "evidence",
            "area_version",
            "valid_from",
            "valid_to",
            "by",
        ],
        select(
            CLAIM.c.id,
            CLAIM.c.label,
            literal(""),
            literal(""),
            null(),
            null(),
            CLAIM.c.area_version,
            bindparam("now", type_=VERDICT.c.valid_from.type),
            null(),
            literal("machine"),
        )
        .where(which)
        .order_by(CLAIM.c.id),
    )


OPEN_NEW = _opened(CLAIM.c.id.in_(bindparam("claims", expanding=True, literal_execute=True)))


def _write_verdicts(
    conn: Connection, changed: list[tuple], held: list[tuple], now: datetime
) -> None:
    """Claims take their new labels and figures; the history closes and opens machine verdicts.

    Rows as `_judged_rows` makes them, every value as the driver takes it.
    """
    closing = [{"claims": [c[-1] for c in chunk], "now": now} for chunk in chunks(changed)]
    for ids in closing:  # before the claims take their new reasons: the old ones are kept
        conn.execute(CLOSE_OPEN, ids)
    update_tuples(conn, CLAIM, ("id",), CHANGED, changed, made=True)
    # A claim whose label held takes its new figures and reason; its open machine verdict reads
    # them there, so the history never keeps the figures of the moment the label was set.
    update_tuples(conn, CLAIM, ("id",), HELD, held, made=True)
    for ids in closing:
        conn.execute(OPEN_NEW, ids)


def verify_pending(
    engine: Engine, settings: Settings, geography: Geography, now: datetime | None = None
) -> VerifyReport:
    """What the scheduler runs after each poll: read new stories, relabel what changed."""
    now = now or utcnow()
    read, claims_new = read_new_stories(engine, settings, geography, now)
    checked, changed = reverify(engine, settings, now)
    if read or changed:
        log.info(
            "verify: %d stories read, %d claims new, %d rechecked, %d labels changed",
            read,
            claims_new,
            checked,
            changed,
        )
    return VerifyReport(read=read, claims_new=claims_new, checked=checked, changed=changed)


def check_texts(
    engine: Engine,
    settings: Settings,
    geography: Geography,
    texts: Iterable[str],
    round_number: int,
) -> list[dict[str, Any]]:
    """`primaries check`: extract and label posts against the current store, nothing written."""
    from primaries.web.i18n import reason_text  # the CLI words reasons as the site does

    tz = settings.election.timezone
    out = []
    with engine.connect() as conn:
        lexicon = lexicon_for(conn, settings, geography)
        cache = StandingsCache(conn, settings)
        for text in texts:
            extraction = extract(text, lexicon, round=round_number)
            claims, verdicts = [], []
            for claim in extraction.claims:
                verdict = judge(claim, extraction.flags, cache, tz)
                verdicts.append(verdict)
                reason = cited(
                    verdict["reason"], verdict["evidence"], claim.candidates, cache.candidate_name
                )
                area = get_area(conn, claim.area)
                claims.append(
                    {
                        "type": claim.type,
                        "candidates": list(claim.candidates),
                        "area": {
                            "code": claim.area,
                            "name": area.name if area else claim.area,
                            "level": area.level if area else None,
                        },
                        "value": value_json(claim.value),
                        "negated": claim.negated,
                        "readings": list(claim.alternatives),
                        **({"compared": list(claim.compared)} if claim.compared else {}),
                        "doubts": list(claim.doubts),
                        "label": verdict["label"],
                        "reason": reason_text(reason, tz, "fr"),
                        "reason_en": reason_text(reason, tz, "en"),
                        "reason_data": reason,
                        "evidence": finite(verdict["evidence"]),
                    }
                )
            label = post_label([v["label"] for v in verdicts], extraction.flags)
            out.append(
                {"text": text, "label": label, "claims": claims, "flags": sorted(extraction.flags)}
            )
    return out


def post_label(labels: Sequence[str], flags: Iterable[str]) -> str | None:
    """A post's label from its claims' labels (None when it carries nothing verifiable)."""
    from verifiers.verdicts import Verdict as MachineVerdict

    return label_post([MachineVerdict(label, "", "") for label in labels], flags)
