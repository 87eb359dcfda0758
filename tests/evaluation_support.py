"""Test support: standings and gazetteer of the evaluation states, built from the real files."""

from __future__ import annotations

import csv
import gzip
import io
import json
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from primaries.geography import tidy_name
from verifiers.lexicon import Lexicon, build_lexicon
from verifiers.standings import CandidateInfo, Place, Standings, Tally

ROOT = Path(__file__).resolve().parent.parent
EVALUATION = ROOT / "tests" / "data" / "evaluation"
STATES_FILE = EVALUATION / "states.json"
CASES_FILE = EVALUATION / "cases.jsonl"
ABROAD_FILE = EVALUATION / "abroad_cities.json"
COG = ROOT / "data" / "cog"
ROUND1_FILE = "data/2017-presidentielle-1_par_bureau_large.csv.gz"

# Ministry département codes of overseas areas and their INSEE codes.
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
# Paris, Lyon, Marseille (Ministry département, commune) -> the base of their arrondissements'
# INSEE codes: the Ministry's bureau "1601" is in the 16th (75116), as in the reference's ARR_BASE.
ARRONDISSEMENT_BASE = {("75", "056"): 75100, ("69", "123"): 69380, ("13", "055"): 13200}
OVERSEAS_CODES = frozenset(
    {"971", "972", "973", "974", "975", "976", "977", "978", "986", "987", "988"}
)
EXTRA_ALIASES = {
    "987": ("Polynésie", "French Polynesia"),
    "988": ("New Caledonia", "Nouméa et la Brousse"),
    "974": ("Réunion",),
    "971": ("la Guadeloupe",),
    "973": ("Guyane française",),
    "978": ("Saint-Martin",),
    "977": ("Saint-Barth", "Saint-Barthélemy"),
    "975": ("Saint-Pierre", "SPM"),
    "R94": ("la Corse", "Corsica"),
    "R93": ("PACA",),
    "R11": ("IDF", "Ile de France", "la région parisienne", "Paris Region", "the Paris region"),
    "FE-US": ("USA", "US", "Etats-Unis", "the US", "the United States"),
    "FE-GB": ("UK", "Britain"),
    "FE-CH": ("Switzerland",),
}


@dataclass(frozen=True, slots=True)
class Unit:
    """A counting unit (a bureau, or a pseudo-bureau of 2011) and the areas it belongs to."""

    areas: tuple[str, ...]
    bureaux: int
    inscrits: int  # registered voters, or the hard bound on ballots when not published
    votants: int
    blancs: int
    nuls: int
    exprimes: int
    votes: tuple[tuple[str, int], ...]


@dataclass
class StateData:
    """Everything needed to answer standings_for() in one evaluation state."""

    name: str
    election: str
    round: int
    as_of: datetime
    reported: list[Unit] = field(default_factory=list)
    unreported: list[Unit] = field(default_factory=list)
    inscrits_published: bool = True


def fold_key(text: str) -> str:
    """Accent-free upper-case key used to match candidate column names."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).upper().replace("-", " ")


@cache
def states() -> dict:
    """The states file."""
    return json.loads(STATES_FILE.read_text(encoding="utf-8"))


def use_states(path: Path) -> None:
    """Read the states of another set (held-out, generated) from now on, forgetting the old ones."""
    global STATES_FILE
    # Held-out sets 2 and 3 share theirs; a generated set's may be gone already.
    same = STATES_FILE.exists() and path.read_bytes() == STATES_FILE.read_bytes()
    STATES_FILE = path
    if not same:
        for cached in (
            states,
            candidates_of,
            lexicon_for,
            state_data,
            _aggregates,
            round_one_final,
        ):
            cached.cache_clear()


def load_cases() -> list[dict]:
    """The labelled evaluation posts."""
    lines = CASES_FILE.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@cache
def candidates_of(election: str) -> tuple[CandidateInfo, ...]:
    """Candidates of an election: config.toml for 2017, the states file for 2011."""
    spec = states()["elections"][election]
    if "config" in spec:
        config = tomllib.loads((ROOT / spec["config"]).read_text(encoding="utf-8"))
        rows = config["candidates"]
    else:
        rows = spec["candidates"]
    return tuple(
        CandidateInfo(
            id=c["id"],
            name=c["name"],
            aliases=tuple(c.get("aliases", ())),
            party=c.get("party", ""),
            coded=tuple(c.get("coded", ())),
        )
        for c in rows
    )


@cache
def abroad_cities() -> tuple[dict, ...]:
    """Consular cities of the Ministry's ZZ rows with their country and constituency."""
    return tuple(json.loads(ABROAD_FILE.read_text(encoding="utf-8")))


@cache
def places() -> tuple[Place, ...]:
    """The gazetteer: régions, départements, abroad areas, consular cities, communes."""
    out: list[Place] = []
    for r in json.loads((COG / "regions.json").read_text(encoding="utf-8")):
        code = "R" + r["code"]
        out.append(Place(code, r["nom"], "region", EXTRA_ALIASES.get(code, ()), "FR"))
    for d in json.loads((COG / "departements.json").read_text(encoding="utf-8")):
        parent = "R" + d["region"] if d.get("region") else "OM"
        out.append(
            Place(d["code"], d["nom"], "departement", EXTRA_ALIASES.get(d["code"], ()), parent)
        )
    out.append(
        Place("ZZ", "Français de l'étranger", "zone", ("Français établis hors de France",), "FR")
    )
    for i in range(1, 12):
        ordinal = "1re" if i == 1 else f"{i}e"
        name = f"{ordinal} circonscription des Français de l'étranger"
        out.append(Place(f"FE{i:02d}", name, "constituency", (), "ZZ"))
    seen: set[str] = set()
    for c in abroad_cities():
        code = "FE-" + c["country"]
        if code not in seen:
            seen.add(code)
            aliases = (c["country_en"], *EXTRA_ALIASES.get(code, ()))
            out.append(Place(code, c["country_fr"], "country", aliases, "ZZ"))
    for c in abroad_cities():
        out.append(Place(c["code"], c["name"], "city", tuple(c["aliases"]), "FE-" + c["country"]))
    communes = json.loads(gzip.decompress((COG / "communes.json.gz").read_bytes()))
    kept = [c for c in communes if c["type"] in ("commune-actuelle", "arrondissement-municipal")]
    kept.sort(key=lambda c: -(c.get("population") or 0))
    for c in kept:
        population = c.get("population") or 0
        if c["type"] == "arrondissement-municipal":
            # As the store's lexicon has them: a breakdown of their city, named as people write.
            name = c["nom"].replace(" Arrondissement", " arrondissement")
            out.append(Place(c["code"], name, "arrondissement", (), c["commune"], population))
        else:
            # As the store's lexicon has them: the name results were published under in 2017,
            # when the commune has been renamed since (Laval, Isère, is Laval-en-Belledonne).
            published = published_names().get(c["code"], c["nom"])
            aliases = (published,) if fold_key(published) != fold_key(c["nom"]) else ()
            out.append(
                Place(c["code"], c["nom"], "commune", aliases, c.get("departement"), population)
            )
    return tuple(out)


@cache
def published_names() -> dict[str, str]:
    """INSEE commune code -> the name the 2017 round-1 file published it under."""
    rows, _columns = wide_rows(ROUND1_FILE)
    cities = {c["ministry_code"]: c for c in abroad_cities()}
    return {
        wide_areas(row, cities)[3]: tidy_name(row["commune_libelle"])
        for row in rows
        if row["departement"] != "ZZ"
    }


# The round dates of each election, as its configuration gives them to the store's lexicon.
ELECTION_CONFIGS = {
    "pr2017": ROOT / "config.toml",
    "hap2011": ROOT / "elections/primaire-2011.toml",
}


@cache
def lexicon_for(state: str) -> Lexicon:
    """The lexicon of a state's election."""
    election = states()["states"][state]["election"]
    config = tomllib.loads(ELECTION_CONFIGS[election].read_text(encoding="utf-8"))
    dates = config["election"]["round_dates"]
    name = config["election"]["name"]
    return build_lexicon(candidates_of(election), places(), round_dates=dates, election_name=name)


@cache
def region_of_departement() -> dict[str, str]:
    """INSEE département code -> "R" + région code."""
    rows = json.loads((COG / "departements.json").read_text(encoding="utf-8"))
    return {d["code"]: "R" + d["region"] for d in rows if d.get("region")}


def wide_areas(row: dict[str, str], cities: dict[str, dict]) -> tuple[str, ...]:
    """Every area code a bureau row of the Ministry's wide file belongs to."""
    dep, com = row["departement"], row["commune"]
    if dep == "ZZ":
        city = cities[com]
        return ("FR", "ZZ", city["constituency"], "FE-" + city["country"], "ZZ" + com)
    if dep in MINISTRY_OVERSEAS or dep == "ZX":
        insee = MINISTRY_OVERSEAS.get(dep) or ("977" if com.startswith("7") else "978")
        areas = ["FR", "OM", insee, insee + com[-2:]]
    else:
        areas = ["FR", "METRO", dep, dep + com]
        base = ARRONDISSEMENT_BASE.get((dep, com))
        if base:
            areas.append(str(base + int(row["bureau"][:2])))
    region = region_of_departement().get(areas[2])
    if region:
        areas.append(region)
    return tuple(areas)


@cache
def wide_rows(path: str) -> tuple[tuple[dict[str, str], ...], tuple[str, ...]]:
    """Rows and candidate columns of a wide per-bureau file."""
    with gzip.open(ROOT / path, "rt", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(io.StringIO(fh.read()))
        rows = tuple(reader)
    fixed = {"departement", "commune", "bureau", "circonscription", "commune_libelle"}
    fixed |= {"inscrits", "votants", "blancs", "exprimes"}
    return rows, tuple(c for c in reader.fieldnames or () if c not in fixed)


def _is_reported(rule: dict, row: dict[str, str]) -> bool:
    """Whether a bureau has reported in a state, by the state's rule."""
    if rule["rule"] == "all":
        return True
    if rule["rule"] == "departement_code_before":
        dep = row["departement"]
        return dep < rule["before"] or dep in rule.get("plus", ())
    raise ValueError(f"unknown rule {rule['rule']}")


@cache
def state_data(state: str) -> StateData:
    """Counting units of a state, split into reported and unreported."""
    spec = states()["states"][state]
    as_of = datetime.fromisoformat(spec["as_of"].replace("Z", "+00:00"))
    data = StateData(state, spec["election"], spec["round"], as_of)
    if "source" in spec:
        rows, columns = wide_rows(spec["source"]["file"])
        ids = {fold_key(c.id.replace("-", " ")): c.id for c in candidates_of(spec["election"])}
        column_ids = [(col, ids[fold_key(col)]) for col in columns]
        cities = {c["ministry_code"]: c for c in abroad_cities()}
        for row in rows:
            votants, blancs, exprimes = (
                int(row["votants"]),
                int(row["blancs"]),
                int(row["exprimes"]),
            )
            unit = Unit(
                wide_areas(row, cities),
                1,
                int(row["inscrits"]),
                votants,
                blancs,
                votants - blancs - exprimes,
                exprimes,
                tuple((cid, int(row[col])) for col, cid in column_ids),
            )
            (data.reported if _is_reported(spec["reported"], row) else data.unreported).append(unit)
    else:
        data.inscrits_published = False
        units = spec.get("units") or states()["states"][spec["units_from"]]["units"]
        for u in units:
            unit = Unit(
                tuple(u["areas"]),
                u["bureaux"],
                u["ballot_bound"],
                u["votants"],
                u["blancs_nuls"],
                0,
                u["exprimes"],
                tuple(u["votes"].items()),
            )
            (data.reported if u["id"] in spec["reported_units"] else data.unreported).append(unit)
    return data


@cache
def _aggregates(state: str) -> dict[str, dict]:
    """Per-area sums of a state."""
    data = state_data(state)
    agg: dict[str, dict] = defaultdict(
        lambda: {
            "bt": 0,
            "br": 0,
            "ins": 0,
            "vot": 0,
            "bl": 0,
            "nu": 0,
            "exp": 0,
            "rem": 0,
            "votes": defaultdict(int),
        }
    )
    for reported, units in ((True, data.reported), (False, data.unreported)):
        for u in units:
            for code in u.areas:
                a = agg[code]
                a["bt"] += u.bureaux
                a["ins"] += u.inscrits
                if reported:
                    a["br"] += u.bureaux
                    a["vot"] += u.votants
                    a["bl"] += u.blancs
                    a["nu"] += u.nuls
                    a["exp"] += u.exprimes
                    for cid, v in u.votes:
                        a["votes"][cid] += v
                else:
                    a["rem"] += u.inscrits
    return dict(agg)


@cache
def round_one_final(state: str) -> str | None:
    """The state of the same election where round 1 is fully counted, if the set has one."""
    election = states()["states"][state]["election"]
    return next(
        (
            name
            for name, spec in states()["states"].items()
            if spec["election"] == election
            and spec["round"] == 1
            and not state_data(name).unreported
        ),
        None,
    )


def standings_for(state: str, area_code: str, round: int) -> Standings | None:
    """Official standings of an area in a state, or None when the state has nothing for it."""
    data = state_data(state)
    if round != data.round:
        # On the night of round 2, round 1 is final: its figures are those of the set's final
        # round-1 state, if it has one.
        earlier = round_one_final(state) if (round, data.round) == (1, 2) else None
        return standings_for(earlier, area_code, 1) if earlier else None
    a = _aggregates(state).get(area_code)
    if a is None:
        return None
    cands = candidates_of(data.election)
    tallies = sorted(
        (Tally(c.id, c.name, a["votes"].get(c.id, 0)) for c in cands),
        key=lambda t: -t.votes,
    )
    place = next((p for p in places() if p.code == area_code), None)
    name = "France" if area_code == "FR" else place.name if place else area_code
    level = "national" if area_code == "FR" else place.level if place else "group"
    return Standings(
        area_code=area_code,
        area_name=name,
        area_level=level,
        round=round,
        bureaux_reported=a["br"],
        bureaux_total=a["bt"],
        inscrits=a["ins"] if data.inscrits_published else 0,
        votants=a["vot"],
        blancs=a["bl"],
        nuls=a["nu"],
        exprimes=a["exp"],
        tallies=tuple(tallies),
        remaining=a["rem"],
        as_of=data.as_of,
    )
