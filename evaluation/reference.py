"""Evaluation reference: sums the raw result files per area and decides claims by hard bounds.

Independent of `primaries` and `verifiers` on purpose: it reads the raw CSVs, the COG lists and
the evaluation states.json itself, and applies DESIGN.md "Claims and verdicts" from first
principles. A state is a set of reported counting units; an area's figures sum its reported
units and R is the sum of inscrits (or ballot bound) of its unreported units.
"""

from __future__ import annotations

import csv
import gzip
import json
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
EVAL_DATA = ROOT / "tests" / "data" / "evaluation"

CONFIRMED = "confirmed"
UNCONFIRMED = "unconfirmed"
CONTRADICTED = "contradicted"

Interval = tuple[float, float]

MINISTRY_OVERSEAS = {
    "ZA": "971",
    "ZB": "972",
    "ZC": "973",
    "ZD": "974",
    "ZM": "976",
    "ZN": "988",
    "ZP": "987",
    "ZS": "975",
    "ZW": "986",
}

RESULT_FILES = {
    1: "data/2017-presidentielle-1_par_bureau_large.csv.gz",
    2: "data/2017-presidentielle-2_par_bureau_large.csv.gz",
}

# States added by this package on top of tests/data/evaluation/states.json.
EXTRA_STATES: dict[str, dict] = {
    "pr2017-t1-early": {
        "election": "pr2017",
        "round": 1,
        "about": "Added by evaluation/: an earlier stage of round-1 night than pr2017-t1-partial. "
        "Only the bureaux of départements 01..19 have reported; nothing abroad, nothing overseas, "
        "nothing from 2A/2B or 20..95.",
        "source": {"file": RESULT_FILES[1], "format": "wide per-bureau CSV"},
        "reported": {
            "rule": "departement_code_before",
            "before": "20",
            "plus": [],
            "description": "a bureau has reported iff its Ministry département code sorts before "
            "'20' (01..19); every other bureau counts its inscrits in R",
        },
        "as_of": "2017-04-23T18:45:00Z",
    },
    "pr2017-t2-final": {
        "election": "pr2017",
        "round": 2,
        "about": "Added by evaluation/: round 2 (7 May 2017), every bureau reported.",
        "source": {"file": RESULT_FILES[2], "format": "wide per-bureau CSV"},
        "reported": {"rule": "all", "description": "all 69,242 bureaux of the file have reported"},
        "as_of": "2017-05-08T06:00:00Z",
    },
    "pr2017-t2-partial": {
        "election": "pr2017",
        "round": 2,
        "about": "Added by evaluation/: round 2 night, same rule as pr2017-t1-partial.",
        "source": {"file": RESULT_FILES[2], "format": "wide per-bureau CSV"},
        "reported": {
            "rule": "departement_code_before",
            "before": "50",
            "plus": ["ZZ"],
            "description": "a bureau has reported iff its Ministry département code sorts before "
            "'50' (01..49, 2A, 2B) or is 'ZZ' (abroad); every other bureau counts its inscrits in R",
        },
        "as_of": "2017-05-07T19:30:00Z",
    },
    "pr2017-t2-early": {
        "election": "pr2017",
        "round": 2,
        "about": "Added by evaluation/: an earlier stage of round-2 night, same rule as "
        "pr2017-t1-early.",
        "source": {"file": RESULT_FILES[2], "format": "wide per-bureau CSV"},
        "reported": {
            "rule": "departement_code_before",
            "before": "20",
            "plus": [],
            "description": "a bureau has reported iff its Ministry département code sorts before "
            "'20' (01..19); every other bureau counts its inscrits in R",
        },
        "as_of": "2017-05-07T18:45:00Z",
    },
}


def fold(text: str) -> str:
    """Lower-case, accent-free form of a name, for matching names across sources."""
    decomposed = unicodedata.normalize("NFD", text.replace("’", "'"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").casefold()


@dataclass(frozen=True)
class Unit:
    """One counting unit (a bureau, or a 2011 pseudo-bureau) and the areas it belongs to."""

    key: str  # the Ministry département code (2017) or the unit id (2011): what rules test
    areas: frozenset[str]
    bound: int  # the most ballots it can still add while unreported
    inscrits: int | None  # None: not published (open primary)
    votants: int
    blancs: int | None  # None: published only as blancs + nuls
    nuls: int | None
    exprimes: int
    votes: tuple[int, ...]


@dataclass(frozen=True, eq=False)  # hashed by identity: figures() caches on it
class Dataset:
    """The units of one election round, with an index from area code to unit positions."""

    candidates: tuple[str, ...]
    units: tuple[Unit, ...]
    index: Mapping[str, tuple[int, ...]]
    names: Mapping[str, str]  # INSEE commune code -> the file's commune name


@dataclass(frozen=True, eq=False)  # hashed by identity: figures() caches on it
class State:
    """A dataset and which of its units have reported."""

    name: str
    election: str
    round: int
    as_of: str
    dataset: Dataset
    reported: tuple[bool, ...]


@dataclass(frozen=True)
class Figures:
    """Counted figures of an area in a state, and R, the ballots its unreported units may add."""

    area: str
    candidates: tuple[str, ...]
    inscrits: int | None
    votants: int
    blancs: int | None
    nuls: int | None
    exprimes: int
    votes: Mapping[str, int]
    reported: int
    total: int
    remaining: int

    @property
    def abstention(self) -> int | None:
        """Counted inscrits minus counted votants."""
        return None if self.inscrits is None else self.inscrits - self.votants


def index_units(units: list[Unit]) -> dict[str, tuple[int, ...]]:
    """Map every area code to the positions of its units."""
    index: dict[str, list[int]] = {}
    for position, unit in enumerate(units):
        for area in unit.areas:
            index.setdefault(area, []).append(position)
    return {area: tuple(positions) for area, positions in index.items()}


@cache
def cog_departements() -> dict[str, dict]:
    """INSEE départements (and overseas collectivities) by code."""
    return {d["code"]: d for d in json.loads((DATA / "cog/departements.json").read_text())}


@cache
def cog_regions() -> dict[str, dict]:
    """INSEE régions by code (overseas collectivities appear here too, under their own code)."""
    return {r["code"]: r for r in json.loads((DATA / "cog/regions.json").read_text())}


@cache
def cog_communes() -> list[dict]:
    """Every COG commune entry (current communes, delegated, associated, arrondissements)."""
    with gzip.open(DATA / "cog/communes.json.gz", "rt", encoding="utf-8") as f:
        return json.load(f)


@cache
def abroad_cities() -> dict[str, dict]:
    """Consular cities of the Ministry's ZZ rows, by Ministry commune code."""
    cities = json.loads((EVAL_DATA / "abroad_cities.json").read_text())
    return {c["ministry_code"]: c for c in cities}


@cache
def candidates_2017() -> tuple[dict, ...]:
    """The [[candidates]] of config.toml."""
    return tuple(tomllib.loads((ROOT / "config.toml").read_text())["candidates"])


def insee_departement(dep: str, commune: str) -> str:
    """INSEE département of a Ministry row (ZX splits into Saint-Barthélemy and Saint-Martin)."""
    if dep == "ZX":
        return "977" if commune.startswith("7") else "978"
    return MINISTRY_OVERSEAS.get(dep, dep)


def insee_commune(dep: str, commune: str) -> str:
    """INSEE commune code of a Ministry row (overseas: INSEE département + last two digits)."""
    if dep.startswith("Z"):
        return insee_departement(dep, commune) + commune[-2:]
    return dep + commune


def region_of(insee_dep: str) -> str | None:
    """Area code of the région of a département, None outside the 18 régions."""
    region = cog_departements()[insee_dep]["region"]
    return f"R{region}" if len(region) == 2 else None


def bureau_areas(dep: str, commune: str) -> frozenset[str]:
    """Every area code a bureau of the 2017 files belongs to."""
    if dep == "ZZ":
        city = abroad_cities()[commune]
        return frozenset(
            {"FR", "ZZ", city["constituency"], f"FE-{city['country']}", f"ZZ{commune}"}
        )
    insee_dep = insee_departement(dep, commune)
    areas = {"FR", insee_dep, insee_commune(dep, commune), "OM" if dep.startswith("Z") else "METRO"}
    region = region_of(insee_dep)
    if region:
        areas.add(region)
    return frozenset(areas)


def candidate_ids_of_columns(columns: list[str]) -> list[str]:
    """Map the CSV's candidate columns (e.g. 'LE PEN') to config.toml ids via the aliases."""
    ids = []
    for column in columns:
        matches = [
            c["id"]
            for c in candidates_2017()
            if fold(column) in {fold(a) for a in [c["name"], *c.get("aliases", [])]}
        ]
        if len(matches) != 1:
            raise ValueError(f"candidate column {column!r} matches {matches}")
        ids.append(matches[0])
    return ids


@cache
def dataset_2017(round_: int) -> Dataset:
    """Parse one 2017 per-bureau file (read once per process)."""
    units, names = [], {}
    with gzip.open(ROOT / RESULT_FILES[round_], "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        first_candidate = header.index("exprimes") + 1
        candidates = candidate_ids_of_columns(header[first_candidate:])
        for row in reader:
            dep, commune = row[0], row[1]
            if dep != "ZZ":
                names[insee_commune(dep, commune)] = row[4]
            inscrits, votants, blancs, exprimes = (int(x) for x in row[5:9])
            units.append(
                Unit(
                    key=dep,
                    areas=bureau_areas(dep, commune),
                    bound=inscrits,
                    inscrits=inscrits,
                    votants=votants,
                    blancs=blancs,
                    nuls=votants - blancs - exprimes,
                    exprimes=exprimes,
                    votes=tuple(int(x) for x in row[first_candidate:]),
                )
            )
    return Dataset(tuple(candidates), tuple(units), index_units(units), names)


@cache
def state_specs() -> dict[str, dict]:
    """The states of tests/data/evaluation/states.json plus this package's EXTRA_STATES."""
    given = json.loads((EVAL_DATA / "states.json").read_text())
    return {**given["states"], **EXTRA_STATES}


@cache
def states_document() -> dict:
    """The states.json this package writes: the given one with EXTRA_STATES added."""
    document = json.loads((EVAL_DATA / "states.json").read_text())
    document["states"] = state_specs()
    document["about_evaluation"] = (
        "Written by `python -m evaluation`. The states pr2017-t1-early, pr2017-t2-final, "
        "pr2017-t2-partial and pr2017-t2-early were added by evaluation/reference.py "
        "(EXTRA_STATES); each carries its own 'about'."
    )
    return document


def pseudo_bureaux_dataset(spec: dict) -> Dataset:
    """Build the dataset of a 2011 state from its pseudo-bureaux."""
    units_spec = spec["units"] if "units" in spec else state_specs()[spec["units_from"]]["units"]
    candidates = tuple(units_spec[0]["votes"])
    units = [
        Unit(
            key=u["id"],
            areas=frozenset(u["areas"]),
            bound=u["ballot_bound"],
            inscrits=None,
            votants=u["votants"],
            blancs=None,
            nuls=None,
            exprimes=u["exprimes"],
            votes=tuple(u["votes"][c] for c in candidates),
        )
        for u in units_spec
    ]
    return Dataset(candidates, tuple(units), index_units(units), {})


def is_reported(unit: Unit, rule: dict) -> bool:
    """Apply a 2017 state's reporting rule to one bureau."""
    if rule["rule"] == "all":
        return True
    if rule["rule"] == "departement_code_before":
        return unit.key < rule["before"] or unit.key in rule.get("plus", [])
    raise ValueError(f"unknown rule {rule['rule']!r}")


@cache
def load_state(name: str) -> State:
    """Build a state by name."""
    spec = state_specs()[name]
    if "reported" in spec:
        dataset = dataset_2017(spec["round"])
        reported = tuple(is_reported(u, spec["reported"]) for u in dataset.units)
    else:
        dataset = pseudo_bureaux_dataset(spec)
        reported = tuple(u.key in spec["reported_units"] for u in dataset.units)
    return State(name, spec["election"], spec["round"], spec["as_of"], dataset, reported)


def sum_optional(values: list[int | None]) -> int | None:
    """Sum counts, None if any is unpublished."""
    return None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]


@cache
def figures(state: State, area: str) -> Figures:
    """Counted figures and R of an area in a state."""
    positions = state.dataset.index.get(area, ())
    counted = [state.dataset.units[p] for p in positions if state.reported[p]]
    pending = [state.dataset.units[p] for p in positions if not state.reported[p]]
    candidates = state.dataset.candidates
    return Figures(
        area=area,
        candidates=candidates,
        inscrits=sum_optional([u.inscrits for u in counted]),
        votants=sum(u.votants for u in counted),
        blancs=sum_optional([u.blancs for u in counted]),
        nuls=sum_optional([u.nuls for u in counted]),
        exprimes=sum(u.exprimes for u in counted),
        votes={c: sum(u.votes[i] for u in counted) for i, c in enumerate(candidates)},
        reported=len(counted),
        total=len(positions),
        remaining=sum(u.bound for u in pending),
    )


# ---- Claimed values and their precision ---------------------------------------------------


@dataclass(frozen=True)
class Precision:
    """A claimed value as written: exact ('39 %', '39,2 %'), about, nearly, over, under, between.

    `unit` is the step of the last written digit (1 for '39 %', 0.1 for '39,2 %', 100,000 for
    '8,7 millions'). `readings()` gives the narrowest and the widest interval a careful reader
    could take; a claim is decided only when both give the same label.
    """

    kind: str
    value: float
    unit: float
    high: float | None = None  # upper end of 'between'

    def readings(self) -> tuple[Interval, Interval]:
        """(narrowest, widest) reading of the claimed value."""
        v, u = self.value, self.unit
        tiny = u * 1e-6  # a value exactly on a rounding edge is left undecided
        inf = float("inf")
        if self.kind == "exact":
            inner = (v - u / 2 + tiny, v + u / 2 - tiny)
            # a round figure ('20 %', '40 millions') may be meant loosely
            slack = 1.5 * u if round(v / u) % 5 == 0 else u / 2
            return inner, (v - slack - tiny, v + slack + tiny)
        if self.kind == "about":
            return (v - u / 2, v + u / 2), (v - 3 * u, v + 3 * u)
        if self.kind == "nearly":
            return (v - u / 2, v), (v - 3 * u, v + 1.5 * u)
        if self.kind == "over":
            return (v + u / 20, inf), (v - u / 20, inf)
        if self.kind == "under":
            return (-inf, v - u / 20), (-inf, v + u / 20)
        if self.kind == "between":
            assert self.high is not None
            return (v, self.high), (v - u / 2, self.high + u / 2)
        raise ValueError(f"unknown precision {self.kind!r}")


def judge(possible: Interval | None, claimed: Interval) -> str:
    """Confirmed if every possible final value is in the claim, contradicted if none is."""
    if possible is None:
        return UNCONFIRMED
    low, high = possible
    if claimed[0] <= low and high <= claimed[1]:
        return CONFIRMED
    if high < claimed[0] or low > claimed[1]:
        return CONTRADICTED
    return UNCONFIRMED


def decide_value(possible: Interval | None, precision: Precision) -> str | None:
    """Label of a claimed value against the possible final values; None if readings disagree."""
    narrow, wide = precision.readings()
    label = judge(possible, narrow)
    return label if judge(possible, wide) == label else None


def share_interval(part: int, whole: int | None, remaining: int) -> Interval | None:
    """Possible final share in %, when `part` and `whole` can each still grow by up to R."""
    if whole is None or whole + remaining == 0:
        return None
    total = whole + remaining
    return 100 * part / total, 100 * (part + remaining) / total


def count_interval(count: int | None, fig: Figures) -> Interval | None:
    """Possible final count: counts only grow, by at most R."""
    if count is None or fig.total == 0:
        return None
    return float(count), float(count + fig.remaining)


# ---- Measures -------------------------------------------------------------------------


def measure_interval(fig: Figures, measure: str, candidate: str | None = None) -> Interval | None:
    """Possible final value of a measure: counts, or shares in % of exprimés/inscrits."""
    if fig.total == 0:
        return None
    r = fig.remaining
    if measure == "share":
        assert candidate is not None
        return share_interval(fig.votes[candidate], fig.exprimes, r)
    if measure == "votes":
        assert candidate is not None
        return count_interval(fig.votes[candidate], fig)
    if measure == "participation":
        return share_interval(fig.votants, fig.inscrits, r)
    if measure == "abstention_rate":
        turnout = share_interval(fig.votants, fig.inscrits, r)
        return None if turnout is None else (100 - turnout[1], 100 - turnout[0])
    counts = {
        "votants": fig.votants,
        "exprimes": fig.exprimes,
        "blancs": fig.blancs,
        "nuls": fig.nuls,
        "abstention": fig.abstention,
    }
    return count_interval(counts[measure], fig)


def decide_measure(
    fig: Figures, measure: str, precision: Precision, candidate: str | None = None
) -> str | None:
    """Percentage, vote count, turnout, blancs, nuls or abstention claim."""
    return decide_value(measure_interval(fig, measure, candidate), precision)


def decide_gap(
    fig: Figures, first: str, second: str, precision: Precision, points: bool
) -> str | None:
    """'first leads second by …' in points of exprimés or in votes."""
    if fig.total == 0:
        return UNCONFIRMED
    lead, r = fig.votes[first] - fig.votes[second], fig.remaining
    if not points:
        return decide_value((lead - r, lead + r), precision)
    if fig.exprimes + r == 0:
        return UNCONFIRMED
    total = fig.exprimes + r
    return decide_value((100 * (lead - r) / total, 100 * (lead + r) / total), precision)


# ---- Orderings --------------------------------------------------------------------------


def sure_counts(margins: list[int], r: int, ties_for_claim: bool) -> tuple[int, int]:
    """(rivals surely ahead of the candidate, rivals surely behind), a final tie counted one way."""
    if ties_for_claim:
        return sum(1 for m in margins if -m > r), sum(1 for m in margins if m >= r)
    return sum(1 for m in margins if -m >= r), sum(1 for m in margins if m > r)


def decide_order(fig: Figures, candidate: str, rivals: list[str], rank: int) -> str | None:
    """The candidate finishes at `rank` (1 = first) among itself and `rivals`, pairwise against R.

    A rival whose margin equals R may end tied; when counting that tie for or against the claim
    gives different labels, the claim is undecidable (None).
    """
    if fig.total == 0:
        return UNCONFIRMED
    mine = fig.votes[candidate]
    margins, r = [mine - fig.votes[c] for c in rivals], fig.remaining
    labels = set()
    for ties_for_claim in (True, False):
        ahead, behind = sure_counts(margins, r, ties_for_claim)
        if ahead == rank - 1 and behind == len(margins) - (rank - 1):
            labels.add(CONFIRMED)
        elif ahead >= rank or behind >= len(margins) - rank + 2:
            labels.add(CONTRADICTED)
        else:
            labels.add(UNCONFIRMED)
    return labels.pop() if len(labels) == 1 else None


def rivals_of(fig: Figures, candidate: str) -> list[str]:
    """Every other candidate of the round."""
    return [c for c in fig.candidates if c != candidate]


def decide_ahead(fig: Figures, first: str, second: str) -> str | None:
    """'first ahead of second': its lead exceeds R, or second's lead does."""
    return decide_order(fig, first, [second], 1)


def decide_leader(fig: Figures, candidate: str) -> str | None:
    """Leader: its lead over every rival exceeds R; contradicted if some rival leads by more."""
    return decide_order(fig, candidate, rivals_of(fig, candidate), 1)


def decide_rank(fig: Figures, candidate: str, rank: int) -> str | None:
    """Rank k (1 = first, len(candidates) = last), decided pairwise against R."""
    return decide_order(fig, candidate, rivals_of(fig, candidate), rank)


def decide_qualified(national: Figures, candidate: str) -> str | None:
    """Round-2 qualification: surely among the two national leaders, and nobody can win outright."""
    total = national.exprimes + national.remaining
    if national.total == 0 or total == 0:
        return UNCONFIRMED
    if any(2 * v > total for v in national.votes.values()):
        return CONTRADICTED  # someone has a majority of every possible total: no round 2
    r = national.remaining
    someone_may_win = any(2 * (v + r) > total for v in national.votes.values())
    mine = national.votes[candidate]
    margins = [mine - national.votes[c] for c in rivals_of(national, candidate)]
    labels = set()
    for ties_for_claim in (True, False):
        ahead, behind = sure_counts(margins, r, ties_for_claim)
        if behind >= len(margins) - 1:
            labels.add(UNCONFIRMED if someone_may_win else CONFIRMED)
        elif ahead >= 2:
            labels.add(CONTRADICTED)
        else:
            labels.add(UNCONFIRMED)
    return labels.pop() if len(labels) == 1 else None


def negate(label: str | None) -> str | None:
    """The label of the negated claim: confirmed and contradicted swap."""
    swap = {CONFIRMED: CONTRADICTED, CONTRADICTED: CONFIRMED}
    return None if label is None else swap.get(label, label)


def decide_eliminated(national: Figures, candidate: str) -> str | None:
    """Eliminated: the negation of qualified."""
    return negate(decide_qualified(national, candidate))


def combine(labels: list[str]) -> str:
    """A compound post: contradicted if any part is, confirmed if all are, else unconfirmed."""
    if CONTRADICTED in labels:
        return CONTRADICTED
    if labels and all(label == CONFIRMED for label in labels):
        return CONFIRMED
    return UNCONFIRMED


def agree(labels: list[str]) -> str:
    """Several readings of one part: their common label, else unconfirmed."""
    return labels[0] if labels and all(label == labels[0] for label in labels) else UNCONFIRMED
