"""Demo and evaluation: a labelled evaluation set scored against temporary stores built per state.

Each state of the states.json beside the cases file (the suite's are in tests/data/evaluation/)
is loaded into its own SQLite store through the real ingestion path (registry then results, as
bureau_feed or datagouv_wide payloads built in memory), then `verifiers.evaluation.evaluate` runs with the store's lexicon and standings.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from primaries.db import make_engine, upgrade
from primaries.geography import Geography
from primaries.ingest import ingest_payload, load_registry
from primaries.queries import standings
from primaries.settings import Settings, load_settings
from primaries.verification import lexicon_for
from sources import bureau_feed, datagouv_wide
from verifiers.claims import CLAIM_TYPES
from verifiers.evaluation import Report, evaluate
from verifiers.lexicon import Lexicon
from verifiers.standings import Standings

ROOT = Path(__file__).resolve().parents[2]  # the repository: configs and data/ are found here

# The targets.
F1_TARGET = 0.90
ACCURACY_TARGET = 0.95
WRONG_STRONG_TARGET = 0

# The config of an election the states file describes without one (its candidates inline).
ELECTION_CONFIGS = {"hap2011": "elections/primaire-2011.toml"}

# Pseudo-bureaux of a state without bureaux (2011) are placed abroad, on consular "cities" no
# list knows, from this Ministry commune code up; areas their unit is not in are then excluded.
_SYNTHETIC_COMMUNE = 900


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    """The labelled posts of a JSON Lines file."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_states(cases_path: str | Path) -> dict[str, Any]:
    """The states file that sits beside the cases file."""
    return json.loads((Path(cases_path).parent / "states.json").read_text(encoding="utf-8"))


def _moment(text: str) -> datetime:
    """A state's `as_of` (ISO, Z for UTC) as an aware datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# --- 2017: the Ministry's wide per-bureau file -------------------------------------------------


def reported_by_rule(rule: Mapping[str, Any]) -> Callable[[str], bool]:
    """Whether a bureau of a wide file has reported in a state, from its département code."""
    if rule["rule"] == "all":
        return lambda _dep: True
    if rule["rule"] == "departement_code_before":
        before, plus = rule["before"], set(rule.get("plus", ()))
        return lambda dep: dep < before or dep in plus
    raise ValueError(f"unknown reporting rule {rule['rule']!r}")


def wide_subset(payload: bytes, keep: Callable[[str], bool]) -> bytes:
    """The header and the rows of a wide file whose département code passes `keep`."""
    lines = payload.split(b"\n")
    kept = [lines[0]]
    kept.extend(
        line for line in lines[1:] if line.strip() and keep(line.split(b",", 1)[0].decode())
    )
    return b"\n".join(kept) + b"\n"


def _load_wide_state(
    engine: Engine,
    settings: Settings,
    geography: Geography,
    spec: Mapping[str, Any],
    root: Path,
    departements: Collection[str] | None = None,
) -> None:
    """Registry of every bureau of the file, then the results of the bureaux that reported."""
    payload = gzip.decompress((root / spec["source"]["file"]).read_bytes())
    if departements is not None:
        payload = wide_subset(payload, lambda dep: dep in departements)
    as_of = _moment(spec["as_of"])
    rule = spec["reported"]
    if rule["rule"] != "all":
        registry = datagouv_wide.parse_registry(payload)
        load_registry(engine, settings, geography, registry)
        payload = wide_subset(payload, reported_by_rule(rule))
    ingest_payload(
        engine,
        settings,
        geography,
        payload,
        source="evaluation-wide",
        kind="datagouv_wide",
        round_number=spec["round"],
        fetched_at=as_of,
    )


# --- 2011: pseudo-bureaux in the bureau feed ---------------------------------------------------


def split_evenly(total: int, parts: int) -> list[int]:
    """`total` as `parts` whole numbers that differ by at most one and sum to it exactly."""
    base, extra = divmod(total, parts)
    return [base + (i < extra) for i in range(parts)]


@dataclass
class _UnitGroup:
    """Pseudo-bureaux that share the areas to exclude (one ingest call each)."""

    exclude: tuple[str, ...]
    registry: list[dict[str, Any]] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)


def _placement_of(unit: Mapping[str, Any], index: int) -> tuple[str, str, str]:
    """(Ministry département, commune, circonscription) that places a pseudo-bureau's areas."""
    areas = unit["areas"]
    city = next((a for a in areas if a.startswith("ZZ") and a[2:].isdigit()), None)
    commune = city[2:] if city else str(_SYNTHETIC_COMMUNE + index)
    constituency = next((a for a in areas if a.startswith("FE") and a[2:].isdigit()), "")
    return "ZZ", commune, str(int(constituency[2:])) if constituency else ""


def pseudo_bureau_groups(
    geography: Geography, spec: Mapping[str, Any], units: Sequence[Mapping[str, Any]]
) -> list[_UnitGroup]:
    """The bureau-feed entries of a state's pseudo-bureaux, each split into its bureaux."""
    reported = set(spec["reported_units"])
    updated = spec["as_of"]
    groups: dict[tuple[str, ...], _UnitGroup] = {}
    for index, unit in enumerate(units):
        departement, commune, circ = _placement_of(unit, index)
        name = unit["name"] if commune.isdigit() and int(commune) < _SYNTHETIC_COMMUNE else ""
        name = name.split(" (")[0] if name else f"Unité {unit['id']} (évaluation)"
        placed = geography.place(departement, commune, name, circ)
        exclude = tuple(a for a in placed.ancestors if a not in unit["areas"])
        kept = tuple(a for a in placed.ancestors if a not in exclude)
        if set(kept) != set(unit["areas"]):
            raise ValueError(f"unit {unit['id']}: placed in {kept}, expected {unit['areas']}")
        group = groups.setdefault(exclude, _UnitGroup(exclude))
        n = unit["bureaux"]
        inscrits = split_evenly(unit["ballot_bound"], n)
        blancs = split_evenly(unit["blancs_nuls"], n)
        votes = {cid: split_evenly(v, n) for cid, v in unit["votes"].items()}
        for i in range(n):
            entry = {
                "code": f"{departement}{commune}_{i + 1:04d}",
                "departement": departement,
                "commune": commune,
                "name": name,
                "circonscription": circ,
                "inscrits": inscrits[i],
            }
            group.registry.append(entry)
            if unit["id"] not in reported:
                continue
            counted = {cid: v[i] for cid, v in votes.items()}
            exprimes = sum(counted.values())
            group.results.append(
                {
                    **entry,
                    "votants": exprimes + blancs[i],
                    "blancs": blancs[i],
                    "nuls": 0,
                    "exprimes": exprimes,
                    "votes": counted,
                    "status": "validated",
                    "updated_at": updated,
                    "sequence": 1,
                }
            )
    return list(groups.values())


def _load_pseudo_state(
    engine: Engine,
    settings: Settings,
    geography: Geography,
    spec: Mapping[str, Any],
    units: Sequence[Mapping[str, Any]],
) -> None:
    """Registry and results of the pseudo-bureaux, one bureau-feed source per excluded set."""
    for number, group in enumerate(pseudo_bureau_groups(geography, spec, units)):
        registry = {
            "format": bureau_feed.REGISTRY_FORMAT,
            "election": settings.election.id,
            "bureaux": group.registry,
        }
        refs = bureau_feed.parse_registry(json.dumps(registry).encode())
        load_registry(engine, settings, geography, refs, exclude_areas=group.exclude)
        if not group.results:
            continue
        doc = {
            "format": bureau_feed.FEED_FORMAT,
            "election": settings.election.id,
            "round": spec["round"],
            "published_at": spec["as_of"],
            "sequence": 1,
            "since": None,
            "candidates": [{"key": c.id, "name": c.name} for c in settings.candidates],
            "bureaux": group.results,
        }
        ingest_payload(
            engine,
            settings,
            geography,
            json.dumps(doc).encode(),
            source=f"evaluation-feed-{number}",
            kind="bureau_feed",
            round_number=spec["round"],
            fetched_at=_moment(spec["as_of"]),
            exclude_areas=group.exclude,
        )


# --- the stores and the evaluation ------------------------------------------------------------


@dataclass
class StoreState:
    """One state's store: its engine, the election's settings, what its rules say of inscrits."""

    name: str
    engine: Engine
    settings: Settings
    inscrits_published: bool
    lexicon: Lexicon | None = None
    cache: dict[tuple[str, int], Standings | None] = field(default_factory=dict)


class EvaluationStores:
    """A temporary SQLite store per state, built on first use and kept for the run."""

    def __init__(
        self,
        states_doc: Mapping[str, Any],
        geography: Geography,
        workdir: str | Path,
        root: Path = ROOT,
        departements: Collection[str] | None = None,
    ) -> None:
        """Stores are built lazily under `workdir`; config and data paths resolve from `root`.

        `departements` keeps only those Ministry départements of the wide files: a reduced state.
        """
        self.doc, self.geography = states_doc, geography
        self.workdir, self.root, self.departements = Path(workdir), root, departements
        self.stores: dict[str, StoreState] = {}
        self.settings_cache: dict[str, Settings] = {}

    def settings_of(self, election: str) -> Settings:
        """The settings of an election: its config file as the states file names it."""
        if election not in self.settings_cache:
            spec = self.doc["elections"][election]
            path = spec.get("config") or ELECTION_CONFIGS[election]
            self.settings_cache[election] = load_settings(self.root / path)
        return self.settings_cache[election]

    def store(self, state: str) -> StoreState:
        """The store of a state, built through the ingestion path the first time."""
        if state not in self.stores:
            self.stores[state] = self._build(state)
        return self.stores[state]

    def _build(self, state: str) -> StoreState:
        spec = self.doc["states"][state]
        settings = self.settings_of(spec["election"])
        engine = make_engine(f"sqlite:///{self.workdir / (state + '.db')}")
        upgrade(engine)
        if "source" in spec:
            _load_wide_state(engine, settings, self.geography, spec, self.root, self.departements)
            published = True
        else:
            units = spec.get("units") or self.doc["states"][spec["units_from"]]["units"]
            _load_pseudo_state(engine, settings, self.geography, spec, units)
            published = False
        return StoreState(state, engine, settings, published)

    def lexicon_for(self, state: str) -> Lexicon:
        """The verifier's lexicon over this state's store (primaries.verification.lexicon_for)."""
        found = self.store(state)
        if found.lexicon is None:
            with found.engine.connect() as conn:
                found.lexicon = lexicon_for(conn, found.settings, self.geography)
        return found.lexicon

    def standings_for(self, state: str, area: str, round_number: int) -> Standings | None:
        """The store's standings of an area, as the verifier receives them."""
        found = self.store(state)
        key = (area, round_number)
        if key not in found.cache:
            with found.engine.connect() as conn:
                result = standings(conn, found.settings, area, round_number)
            if result is not None and not found.inscrits_published:
                # The state's registry holds ballot bounds, not published inscrits (2011).
                result = replace(result, inscrits=0)
            found.cache[key] = result
        return found.cache[key]

    def dispose(self) -> None:
        """Close every engine."""
        for found in self.stores.values():
            found.engine.dispose()


def evaluate_store(cases: Iterable[Mapping[str, Any]], stores: EvaluationStores) -> Report:
    """`verifiers.evaluation.evaluate` with every lexicon and standing read from the stores."""
    return evaluate(cases, stores.lexicon_for, stores.standings_for)


def run_evaluation(cases_path: str | Path, root: Path = ROOT) -> Report:
    """Build the stores in a temporary directory, score the cases, remove everything."""
    geography = Geography.load(root / "data")
    with tempfile.TemporaryDirectory(prefix="primaries-eval-") as workdir:
        stores = EvaluationStores(load_states(cases_path), geography, workdir, root)
        try:
            return evaluate_store(load_cases(cases_path), stores)
        finally:
            stores.dispose()


@dataclass(frozen=True, slots=True)
class Figure:
    """One reported figure beside its target."""

    name: str
    value: float
    target: str
    met: bool | None  # None: shown for information, no target of its own


def figures(report: Report) -> list[Figure]:
    """Per claim type precision, recall, F1; overall F1; label accuracy; wrong strong labels."""
    out = []
    for kind in CLAIM_TYPES:
        score = report.per_type[kind]
        out.append(Figure(f"{kind} precision", score.precision, "", None))
        out.append(Figure(f"{kind} recall", score.recall, "", None))
        out.append(Figure(f"{kind} F1", score.f1, f">= {F1_TARGET:.2f}", score.f1 >= F1_TARGET))
    overall = report.overall.f1
    out.append(
        Figure("extraction F1 (all types)", overall, f">= {F1_TARGET:.2f}", overall >= F1_TARGET)
    )
    accuracy = report.label_accuracy
    out.append(
        Figure("label accuracy", accuracy, f">= {ACCURACY_TARGET:.2f}", accuracy >= ACCURACY_TARGET)
    )
    wrong = report.wrong_strong_labels
    out.append(
        Figure(
            "wrong strong labels", wrong, f"= {WRONG_STRONG_TARGET}", wrong <= WRONG_STRONG_TARGET
        )
    )
    return out


def report_document(report: Report) -> dict[str, Any]:
    """The evaluation as JSON: figures with targets, per-type counts, the failing posts."""
    return {
        "posts": report.posts,
        "targets_met": all(f.met is not False for f in figures(report)),
        "figures": [
            {"name": f.name, "value": f.value, "target": f.target or None, "met": f.met}
            for f in figures(report)
        ],
        "per_type": {
            kind: {
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
            }
            for kind, s in report.per_type.items()
        },
        "failures": [
            {
                "id": r.id,
                "expected_label": r.expected_label,
                "label": r.label,
                "missing": list(r.missing),
                "extra": list(r.extra),
            }
            for r in report.failures()
        ],
    }
