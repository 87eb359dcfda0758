"""Demo and evaluation: a local simulator of the election authority, a small WSGI app on 127.0.0.1.

Scenario "pr2017" (default): the real 2017 presidential results, all 69,242 bureaux of round 1
(and round 2 on the same schedule, dated 7 May), released by the schedule of `primaries.demo.clock`
and served in two formats:

- the `bureau_feed` format of docs/bureau-feed.md: `/feed/pr2017/<round>` (full document,
  `?since=SEQ` increments, ETag and `304 Not Modified`) and `/feed/pr2017/<round>/registry`;
- the Ministry's election-night XML: `/minint/pr2017/<round>/index.xml`, then
  `<reg3>/<dep3>/<dep3>IDX.xml`, `<dep3>com.xml`, `<dep3>.xml`, `<dep3><commune>.xml`, built with
  the structure of the real feed for the communes whose bureaux have all reported; anything not
  yet published answers 404 with an HTML maintenance page, as the real feed did.

Deliberate faults (`faults=True`, the demo's default; or a set of names):
- "correction": one bureau is published with the Macron and Le Pen figures transposed, then
  corrected 45 simulated minutes later (a new revision, status validated);
- "frozen": halfway through round 1 a batch of bureaux worth about 6 % of the votes is published
  at once with figures whose shares copy the national shares so far (totals jump, every percentage
  stays identical to the hundredth: the 2017 left primary incident), then corrected 20 simulated
  minutes later with the real figures;
- "typo": in round 1, one bureau's sheet is published with a digit slipped into one candidate's
  votes (they no longer add up to the exprimés): the store keeps it quarantined, shown but not
  counted, until the clean sheet arrives 30 simulated minutes later.

Scenario "primaire-2011": the 2011 Socialist primary, round 1, in four phases on a compressed
clock (see `timeline_2011`):
1. Saturday 8 October, 19:00-24:00: the bureaux abroad have voted and counted (Montréal: Aubry
   about 44 %, Hollande 25 %), but the Haute Autorité publishes nothing: the national JSON
   (`/hap2011/1/json/`, the real feed's shape) says "0/9425" and the bureau feed
   (`/feed/primaire-2011/1`) is empty; only its registry lists the abroad bureaux. The rumour
   "Aubry en tête au Canada" circulates at 22:00.
2. Sunday 9 October from 18:00 to Monday 01:50: the national JSON goes through the partial counts
   of the night to the final national figures (data/primaire2011/national-t1.json).
3. Monday 02:00 to Tuesday 11 October 12:00: nothing new.
4. Tuesday 12:00-12:30: the validated results of the bureaux abroad appear in the bureau feed
   (data/primaire2011/abroad-t1.csv; their sum is the validated total abroad).

`/clock` reports the simulated time and the fraction released, so the post replay follows the
same clock. Every document is serialized once per sequence and cached.
"""

from __future__ import annotations

import csv
import functools
import gzip
import hashlib
import json
import random
import threading
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from primaries.demo.clock import (
    DEMO_SECONDS,
    NIGHT_SECONDS,
    PARIS,
    POLLS_CLOSE_2017,
    BureauRow,
    SimClock,
    apportion,
    release_offsets,
)

FEED_FORMAT = "primaries-bureau-feed/1"
REGISTRY_FORMAT = "primaries-bureau-registry/1"
SCENARIOS = ("pr2017", "primaire-2011")
FAULTS = frozenset({"correction", "frozen", "typo"})
ROUND_DATES_2017 = {1: POLLS_CLOSE_2017, 2: POLLS_CLOSE_2017 + timedelta(days=14)}
WIDE_FILES = {r: f"2017-presidentielle-{r}_par_bureau_large.csv.gz" for r in (1, 2)}

# 2017 ballot: (key as the files spell it, first name, civilité, panneau). The Ministry keeps the
# round-1 panneau numbers in round 2.
CANDIDATES_2017 = (
    ("DUPONT-AIGNAN", "Nicolas", "M.", 1),
    ("LE PEN", "Marine", "Mme", 2),
    ("MACRON", "Emmanuel", "M.", 3),
    ("HAMON", "Benoît", "M.", 4),
    ("ARTHAUD", "Nathalie", "Mme", 5),
    ("POUTOU", "Philippe", "M.", 6),
    ("CHEMINADE", "Jacques", "M.", 7),
    ("LASSALLE", "Jean", "M.", 8),
    ("MÉLENCHON", "Jean-Luc", "M.", 9),
    ("ASSELINEAU", "François", "M.", 10),
    ("FILLON", "François", "M.", 11),
)
CANDIDATES_2011 = (
    ("HOLLANDE", "francoishollande", "François", "Hollande", 1),
    ("AUBRY", "martineaubry", "Martine", "Aubry", 2),
    ("MONTEBOURG", "arnaudmontebourg", "Arnaud", "Montebourg", 3),
    ("ROYAL", "segoleneroyal", "Ségolène", "Royal", 4),
    ("VALLS", "manuelvalls", "Manuel", "Valls", 5),
    ("BAYLET", "jeanmichelbaylet", "Jean-Michel", "Baylet", 6),
)

# The Ministry's overseas and abroad codes: (CodDpt3Car, CodReg, CodReg3Car, LibDpt, LibReg).
OUTRE_MER = {
    "ZA": ("971", "01", "001", "Guadeloupe", "Guadeloupe"),
    "ZB": ("972", "02", "002", "Martinique", "Martinique"),
    "ZC": ("973", "03", "003", "Guyane", "Guyane"),
    "ZD": ("974", "04", "004", "La Réunion", "La Réunion"),
    "ZM": ("976", "06", "006", "Mayotte", "Mayotte"),
    "ZS": ("975", "00", "000", "Saint-Pierre-et-Miquelon", "Collectivités d'outre-mer"),
    "ZX": ("977", "00", "000", "Saint-Martin/Saint-Barthélemy", "Collectivités d'outre-mer"),
    "ZW": ("986", "00", "000", "Wallis et Futuna", "Collectivités d'outre-mer"),
    "ZP": ("987", "00", "000", "Polynésie française", "Collectivités d'outre-mer"),
    "ZN": ("988", "00", "000", "Nouvelle-Calédonie", "Collectivités d'outre-mer"),
    "ZZ": ("099", "00", "000", "Français établis hors de France", "Français de l'étranger"),
}

MAINTENANCE_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Site en maintenance</title></head>
<body><h1>Site en maintenance</h1>
<p>Les résultats ne sont pas encore disponibles.
Veuillez réessayer ultérieurement.</p>
</body></html>
""".encode()


# --- figures and events -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figures:
    """One published version of a bureau's figures."""

    votants: int
    blancs: int
    nuls: int
    exprimes: int
    votes: tuple[int, ...]  # in the feed's candidate order
    status: str = "provisional"


@dataclass(frozen=True, slots=True)
class Unit:
    """A bureau of the registry, with the names the feeds print."""

    code: str
    departement: str
    commune: str
    bureau: str
    name: str
    circonscription: str
    inscrits: int


@dataclass(slots=True)
class Event:
    """The publication of one version of one bureau at a simulated time."""

    at: datetime
    unit: int  # index in the feed's units
    figures: Figures
    sequence: int = 0
    superseded_by: int = 1 << 62  # sequence of the next version of the same bureau
    fragment: bytes = b""


def _figures(row: BureauRow, status: str = "provisional") -> Figures:
    """The real figures of a wide-file row."""
    return Figures(row.votants, row.blancs, row.nuls, row.exprimes, row.votes, status)


def _iso(moment: datetime) -> str:
    """ISO 8601 with the Paris offset, to the second."""
    return moment.astimezone(PARIS).isoformat(timespec="seconds")


@functools.lru_cache(maxsize=4)
def load_wide(path: Path) -> tuple[tuple[str, ...], tuple[BureauRow, ...]]:
    """The candidate columns and the rows of a wide per-bureau file (read once per process)."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        candidates = tuple(header[9:])
        rows = tuple(
            BureauRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4].strip(),
                int(r[5]),
                int(r[6]),
                int(r[7]),
                int(r[8]),
                tuple(int(v) for v in r[9:]),
            )
            for r in reader
        )
    return candidates, rows


# --- the bureau feed ------------------------------------------------------------------------


@dataclass
class BureauFeed:
    """One round's bureau-level feed: a registry and a time-ordered list of publications."""

    election: str
    round: int
    candidates: tuple[dict[str, Any], ...]  # {"key", "name", "order"}
    units: tuple[Unit, ...]
    events: list[Event]
    shift: timedelta = timedelta(0)  # this round's date minus the clock's
    empty_at: datetime = POLLS_CLOSE_2017  # published_at of a document with nothing in it
    _times: list[float] = field(default_factory=list)
    _cache: dict[tuple[int, int | None], tuple[bytes, str]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _registry: bytes = b""

    def __post_init__(self) -> None:
        """Order the events, number them and serialize every bureau version once."""
        self.events.sort(key=lambda e: (e.at, e.unit))
        latest: dict[int, Event] = {}
        keys = [c["key"] for c in self.candidates]
        for seq, event in enumerate(self.events, start=1):
            event.sequence = seq
            if event.unit in latest:
                latest[event.unit].superseded_by = seq
            latest[event.unit] = event
            event.fragment = self._fragment(event, keys)
        self._times = [e.at.timestamp() for e in self.events]

    def _fragment(self, event: Event, keys: list[str]) -> bytes:
        """The JSON of one bureau version, as it appears in `bureaux`."""
        unit, fig = self.units[event.unit], event.figures
        entry = {
            "code": unit.code,
            "departement": unit.departement,
            "commune": unit.commune,
            "name": unit.name,
            "circonscription": unit.circonscription,
            "inscrits": unit.inscrits,
            "votants": fig.votants,
            "blancs": fig.blancs,
            "nuls": fig.nuls,
            "exprimes": fig.exprimes,
            "votes": dict(zip(keys, fig.votes, strict=True)),
            "status": fig.status,
            "updated_at": _iso(event.at),
            "sequence": event.sequence,
        }
        return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()

    def sequence_at(self, now: datetime) -> int:
        """The feed's sequence at simulated time `now` (the clock's, before this round's shift)."""
        return bisect_right(self._times, (now + self.shift).timestamp())

    def current(self, sequence: int, since: int = 0) -> list[Event]:
        """The latest version of every bureau published in (since, sequence], in sequence order."""
        return [e for e in self.events[since:sequence] if e.superseded_by > sequence]

    def state(self, sequence: int) -> dict[int, Figures]:
        """Each published bureau's current figures at a sequence."""
        return {e.unit: e.figures for e in self.current(sequence)}

    def document(self, sequence: int, since: int | None = None) -> tuple[bytes, str]:
        """The full document (or the increment after `since`) at a sequence, with its ETag."""
        if since is not None:
            since = max(0, min(since, sequence))
        key = (sequence, since)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                return cached
            if len(self._cache) > 64:
                self._cache.clear()  # old sequences are never asked twice
        published = self.events[sequence - 1].at - self.shift if sequence else self.empty_at
        head = {
            "format": FEED_FORMAT,
            "election": self.election,
            "round": self.round,
            "published_at": _iso(published + self.shift),
            "sequence": sequence,
            "since": since,
            "candidates": list(self.candidates),
        }
        events = self.current(sequence, since or 0)
        body = b",".join(e.fragment for e in events)
        text = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode()
        payload = text[:-1] + b',"bureaux":[' + body + b"]}"
        etag = f'"{self.election}-{self.round}-{sequence}-{"full" if since is None else since}"'
        with self._lock:
            self._cache[key] = (payload, etag)
        return payload, etag

    def registry(self) -> bytes:
        """Every bureau with its inscrits, before any result (serialized once)."""
        if not self._registry:
            doc = {
                "format": REGISTRY_FORMAT,
                "election": self.election,
                "round": self.round,
                "bureaux": [
                    {
                        "code": u.code,
                        "departement": u.departement,
                        "commune": u.commune,
                        "name": u.name,
                        "circonscription": u.circonscription,
                        "inscrits": u.inscrits,
                    }
                    for u in self.units
                ],
            }
            self._registry = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
        return self._registry

    def fraction_released(self, sequence: int) -> float:
        """The share of the registry's bureaux published at least once."""
        if not self.units:
            return 0.0
        seen = {e.unit for e in self.events[:sequence]}
        return len(seen) / len(self.units)


def _units_2017(rows: Sequence[BureauRow]) -> tuple[Unit, ...]:
    """The registry of the 2017 bureaux."""
    return tuple(
        Unit(r.code, r.departement, r.commune, r.bureau, r.name, r.circonscription, r.inscrits)
        for r in rows
    )


def _transposed(fig: Figures, i: int, j: int) -> Figures:
    """The same figures with two candidates' votes swapped (a data-entry error)."""
    votes = list(fig.votes)
    votes[i], votes[j] = votes[j], votes[i]
    return Figures(fig.votants, fig.blancs, fig.nuls, fig.exprimes, tuple(votes), fig.status)


def _correction_events(
    rows: Sequence[BureauRow], offsets: list[float], start: datetime, rng: random.Random
) -> list[Event]:
    """The "correction" fault: one bureau's two leaders transposed, corrected 45 min later."""
    candidates = [
        i
        for i, r in enumerate(rows)
        if not r.departement.startswith("Z")
        and r.exprimes >= 400
        and 0.25 * NIGHT_SECONDS <= offsets[i] <= 0.35 * NIGHT_SECONDS
    ]
    if not candidates:
        return []
    chosen = rng.choice(candidates)
    row = rows[chosen]
    first, second = sorted(range(len(row.votes)), key=lambda k: -row.votes[k])[:2]
    wrong = _transposed(_figures(row), first, second)
    at = start + timedelta(seconds=offsets[chosen])
    return [
        Event(at, chosen, wrong),
        Event(at + timedelta(minutes=45), chosen, _figures(row, "validated")),
    ]


def _typo_events(
    rows: Sequence[BureauRow], offsets: list[float], start: datetime, rng: random.Random
) -> list[Event]:
    """The "typo" fault: a digit slipped into the runner-up's votes (Σ votes ≠ exprimés), the
    clean sheet 30 min later."""
    candidates = [
        i
        for i, r in enumerate(rows)
        if not r.departement.startswith("Z")
        and 300 <= r.exprimes
        and 0.15 * NIGHT_SECONDS <= offsets[i] <= 0.2 * NIGHT_SECONDS
    ]
    if not candidates:
        return []
    chosen = rng.choice(candidates)
    row = rows[chosen]
    fig = _figures(row)
    second = sorted(range(len(row.votes)), key=lambda k: -row.votes[k])[1]
    votes = list(fig.votes)
    votes[second] = 10 * votes[second] + 1  # "123" keyed as "1231"
    wrong = Figures(fig.votants, fig.blancs, fig.nuls, fig.exprimes, tuple(votes), fig.status)
    at = start + timedelta(seconds=offsets[chosen])
    return [Event(at, chosen, wrong), Event(at + timedelta(minutes=30), chosen, fig)]


def _frozen_events(
    rows: Sequence[BureauRow], offsets: list[float], start: datetime
) -> tuple[list[Event], set[int]]:
    """The "frozen" fault: a batch of bureaux published early with shares copied, then fixed.

    Returns the events of the batch and the indices whose normal publication they replace.
    """
    moment = 0.45 * NIGHT_SECONDS
    before = [i for i, off in enumerate(offsets) if off <= moment]
    shares = [sum(rows[i].votes[k] for i in before) for k in range(len(rows[0].votes))]
    total = sum(r.exprimes for r in rows)
    after = sorted((i for i, off in enumerate(offsets) if off > moment), key=lambda i: offsets[i])
    batch, mass = [], 0
    for i in after:
        if mass >= 0.06 * total:
            break
        batch.append(i)
        mass += rows[i].exprimes
    # Fabricate the batch as a whole so its shares equal the national ones to the vote, then
    # spread each candidate's total over the bureaux in proportion to their exprimés.
    per_candidate = apportion(mass, shares)
    weights = [rows[i].exprimes for i in batch]
    columns = [apportion(votes, weights) for votes in per_candidate]
    at = start + timedelta(seconds=moment)
    fixed_at = at + timedelta(minutes=20)
    events = []
    for n, i in enumerate(batch):
        row = rows[i]
        fake = tuple(col[n] for col in columns)
        # Keep the bureau's arithmetic right: exprimés follow the fabricated votes.
        exprimes = sum(fake)
        fig = Figures(row.blancs + row.nuls + exprimes, row.blancs, row.nuls, exprimes, fake)
        events.append(Event(at, i, fig))
        events.append(Event(max(fixed_at, at), i, _figures(row)))
    return events, set(batch)


def build_feed_2017(
    data_dir: Path, round_number: int, *, faults: frozenset[str], seed: int = 2017
) -> BureauFeed:
    """The bureau feed of one round of 2017 with its release schedule and faults."""
    names, rows = load_wide(Path(data_dir) / WIDE_FILES[round_number])
    offsets = release_offsets(rows, seed=seed)
    start = POLLS_CLOSE_2017  # every round runs on the clock of the first night, then shifted
    rng = random.Random(seed + round_number)
    replaced: set[int] = set()
    events: list[Event] = []
    if "frozen" in faults and round_number == 1:
        frozen, replaced = _frozen_events(rows, offsets, start)
        events.extend(frozen)
    if "correction" in faults:
        fixes = _correction_events(rows, offsets, start, rng)
        events.extend(fixes)
        replaced |= {e.unit for e in fixes}
    if "typo" in faults and round_number == 1:
        slips = [e for e in _typo_events(rows, offsets, start, rng) if e.unit not in replaced]
        events.extend(slips)
        replaced |= {e.unit for e in slips}
    events.extend(
        Event(start + timedelta(seconds=offsets[i]), i, _figures(row))
        for i, row in enumerate(rows)
        if i not in replaced
    )
    ballot = {key: (first, order) for key, first, _, order in CANDIDATES_2017}
    candidates = tuple(
        {
            "key": key,
            "name": f"{ballot[key][0]} {key.title()}" if key in ballot else key,
            "order": ballot.get(key, ("", None))[1],
        }
        for key in names
    )
    shift = ROUND_DATES_2017[round_number] - POLLS_CLOSE_2017
    return BureauFeed("pr2017", round_number, candidates, _units_2017(rows), events, shift)


# --- the Ministry XML feed ------------------------------------------------------------------


def _pct(part: int, whole: int) -> str:
    """A Ministry percentage: two decimals, decimal comma, right-aligned on 7 characters."""
    value = 100 * part / whole if whole else 0.0
    return f"{value:7.2f}".replace(".", ",")


def _esc(text: str) -> str:
    """XML text escaping (the feed escapes apostrophes too)."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
    )


def _date_time(moment: datetime) -> tuple[str, str]:
    """The feed's DateDerMaj and HeureDerMaj, Paris time."""
    local = moment.astimezone(PARIS)
    return local.strftime("%d-%m-%Y"), local.strftime("%H:%M:%S")


@dataclass(frozen=True, slots=True)
class Total:
    """Summed figures of a commune or a département in one round."""

    inscrits: int
    votants: int
    blancs: int
    nuls: int
    exprimes: int
    votes: tuple[int, ...]


def _sum(figures: Iterable[tuple[int, Figures]], units: Sequence[Unit], width: int) -> Total:
    """The total of several bureaux' figures."""
    ins = vot = bla = nul = exp = 0
    votes = [0] * width
    for index, fig in figures:
        ins += units[index].inscrits
        vot += fig.votants
        bla += fig.blancs
        nul += fig.nuls
        exp += fig.exprimes
        for k, v in enumerate(fig.votes):
            votes[k] += v
    return Total(ins, vot, bla, nul, exp, tuple(votes))


class MinistryFeed:
    """The Ministry's XML files for one round, derived from the bureau feed's state."""

    def __init__(self, feed: BureauFeed, geography: dict[str, tuple[str, str, str, str, str]]):
        self.feed = feed
        self.geo = geography  # CodDpt -> (CodDpt3Car, CodReg, CodReg3Car, LibDpt, LibReg)
        self.ballot = {key: (first, civ, order) for key, first, civ, order in CANDIDATES_2017}
        self.keys = [c["key"] for c in feed.candidates]
        by_commune: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, unit in enumerate(feed.units):
            by_commune[(unit.departement, unit.commune)].append(i)
        self.communes = dict(by_commune)
        self.dep_communes: dict[str, list[str]] = defaultdict(list)
        for dep, com in sorted(self.communes):
            self.dep_communes[dep].append(com)
        # A commune is published once all its bureaux are: the sequence of its last first event.
        first: dict[int, int] = {}
        for e in feed.events:
            first.setdefault(e.unit, e.sequence)
        self.complete_at = {
            key: max(first.get(i, 1 << 62) for i in members)
            for key, members in self.communes.items()
        }
        self.dep_sequences: dict[str, list[int]] = defaultdict(list)
        for e in feed.events:
            self.dep_sequences[feed.units[e.unit].departement].append(e.sequence)
        self._cache: dict[tuple[str, str, int], bytes] = {}
        self._lock = threading.Lock()

    def _dep_state(self, dep: str, sequence: int) -> int:
        """The sequence of the département's last change at or before `sequence`."""
        seqs = self.dep_sequences.get(dep, [])
        n = bisect_right(seqs, sequence)
        return seqs[n - 1] if n else 0

    def _reported(self, dep: str, sequence: int) -> list[str]:
        """The communes of a département fully reported at a sequence."""
        return [c for c in self.dep_communes.get(dep, []) if self.complete_at[(dep, c)] <= sequence]

    def _tour(self, total: Total, indent: str) -> str:
        """A <Tour> element with its Mentions and Resultats."""
        i = indent
        lines = [f"{i}<Tour>", f"{i}  <NumTour>{self.feed.round}</NumTour>", f"{i}  <Mentions>"]
        lines += [
            f"{i}    <Inscrits>",
            f"{i}      <Nombre>{total.inscrits}</Nombre>",
            f"{i}    </Inscrits>",
            f"{i}    <Abstentions>",
            f"{i}      <Nombre>{total.inscrits - total.votants}</Nombre>",
            f"{i}      <RapportInscrit>{_pct(total.inscrits - total.votants, total.inscrits)}"
            "</RapportInscrit>",
            f"{i}    </Abstentions>",
            f"{i}    <Votants>",
            f"{i}      <Nombre>{total.votants}</Nombre>",
            f"{i}      <RapportInscrit>{_pct(total.votants, total.inscrits)}</RapportInscrit>",
            f"{i}    </Votants>",
        ]
        for tag, value in (
            ("Blancs", total.blancs),
            ("Nuls", total.nuls),
            ("Exprimes", total.exprimes),
        ):
            lines += [
                f"{i}    <{tag}>",
                f"{i}      <Nombre>{value}</Nombre>",
                f"{i}      <RapportInscrit>{_pct(value, total.inscrits)}</RapportInscrit>",
                f"{i}      <RapportVotant>{_pct(value, total.votants)}</RapportVotant>",
                f"{i}    </{tag}>",
            ]
        lines += [f"{i}  </Mentions>", f"{i}  <Resultats>", f"{i}    <Candidats>"]
        order = sorted(range(len(self.keys)), key=lambda k: self.ballot[self.keys[k]][2])
        for k in order:
            key = self.keys[k]
            first, civ, panneau = self.ballot[key]
            lines += [
                f"{i}      <Candidat>",
                f"{i}        <NumPanneauCand>{panneau}</NumPanneauCand>",
                f"{i}        <NomPsn>{_esc(key)}</NomPsn>",
                f"{i}        <PrenomPsn>{_esc(first)}</PrenomPsn>",
                f"{i}        <CivilitePsn>{civ}</CivilitePsn>",
                f"{i}        <NbVoix>{total.votes[k]}</NbVoix>",
                f"{i}        <RapportExprime>{_pct(total.votes[k], total.exprimes)}"
                "</RapportExprime>",
                f"{i}        <RapportInscrit>{_pct(total.votes[k], total.inscrits)}"
                "</RapportInscrit>",
                f"{i}      </Candidat>",
            ]
        lines += [f"{i}    </Candidats>", f"{i}  </Resultats>", f"{i}</Tour>"]
        return "\n".join(lines)

    def _head(self) -> list[str]:
        """The XML declaration and the Scrutin element."""
        return [
            '<?xml version="1.0" encoding="UTF-8"?>',
            "<Election>",
            "  <Scrutin>",
            "    <Type>Présidentielle</Type>",
            "    <Annee>2017</Annee>",
            "  </Scrutin>",
        ]

    def _dep_head(self, dep: str) -> list[str]:
        """The identification lines of a Departement element (results files)."""
        code3, reg, reg3, lib, libreg = self.geo[dep]
        return [
            "  <Departement>",
            f"    <CodReg>{reg}</CodReg>",
            f"    <CodReg3Car>{reg3}</CodReg3Car>",
            f"    <LibReg>{_esc(libreg)}</LibReg>",
            f"    <CodDpt>{dep}</CodDpt>",
            f"    <CodMinDpt>{code3 if dep.startswith('Z') else dep}</CodMinDpt>",
            f"    <CodDpt3Car>{code3}</CodDpt3Car>",
            f"    <LibDpt>{_esc(lib)}</LibDpt>",
        ]

    def _commune_total(self, dep: str, com: str, state: dict[int, Figures]) -> Total:
        """A commune's summed figures from the bureaux' current versions."""
        members = self.communes[(dep, com)]
        return _sum(((i, state[i]) for i in members), self.feed.units, len(self.keys))

    def index(self, sequence: int) -> bytes | None:
        """index.xml: the départements with results so far, their last update, complete or not."""
        lines = [*self._head(), "  <Departements>"]
        listed = 0
        for dep in self.dep_communes:
            reported = self._reported(dep, sequence)
            if not reported:
                continue
            listed += 1
            code3, reg, reg3, lib, _ = self.geo[dep]
            date, hour = _date_time(self._dep_time(dep, sequence))
            done = "O" if len(reported) == len(self.dep_communes[dep]) else "N"
            lines += [
                "    <Departement>",
                f"      <CodDpt>{dep}</CodDpt>",
                f"      <CodDpt3Car>{code3}</CodDpt3Car>",
                f"      <CodMinDpt>{code3 if dep.startswith('Z') else dep}</CodMinDpt>",
                f"      <LibDpt>{_esc(lib)}</LibDpt>",
                f"      <CodReg>{reg}</CodReg>",
                f"      <CodReg3Car>{reg3}</CodReg3Car>",
                f"      <DateDerMaj>{date}</DateDerMaj>",
                f"      <HeureDerMaj>{hour}</HeureDerMaj>",
                f"      <DateDerExtract>{date}</DateDerExtract>",
                f"      <HeureDerExtract>{hour}</HeureDerExtract>",
                f"      <Complet>{done}</Complet>",
                "    </Departement>",
            ]
        if not listed:
            return None
        lines += ["  </Departements>", "</Election>", ""]
        return "\n".join(lines).encode()

    def _dep_time(self, dep: str, sequence: int) -> datetime:
        """When a département's published communes last changed."""
        seq = self._dep_state(dep, sequence)
        return self.feed.events[seq - 1].at + self.feed.shift

    def file(self, reg3: str, dep3: str, name: str, sequence: int) -> bytes | None:
        """One département file by name, or None while it is not published."""
        dep = next(
            (
                d
                for d, g in self.geo.items()
                if g[0] == dep3 and g[2] == reg3 and d in self.communes_by_dep
            ),
            None,
        )
        if dep is None or not name.startswith(dep3) or not name.endswith(".xml"):
            return None
        reported = self._reported(dep, sequence)
        if not reported:
            return None
        kind = name[len(dep3) : -len(".xml")]
        key = (dep, kind, self._dep_state(dep, sequence))
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        if kind == "IDX":
            data = self._idx(dep, reported, sequence)
        elif kind == "com":
            data = self._com(dep, reported, sequence)
        elif kind == "":
            data = self._dep_totals(dep, reported, sequence)
        elif kind in reported:
            data = self._one_commune(dep, kind, sequence)
        else:
            return None
        with self._lock:
            if len(self._cache) > 512:
                self._cache.clear()
            self._cache[key] = data
        return data

    @property
    def communes_by_dep(self) -> dict[str, list[str]]:
        """The communes of each département (registry order)."""
        return self.dep_communes

    def _idx(self, dep: str, reported: list[str], sequence: int) -> bytes:
        """<dep3>IDX.xml: every commune of the département, reported or not."""
        code3, reg, reg3, lib, libreg = self.geo[dep]
        lines = [
            *self._head(),
            "  <Departement>",
            f"    <CodDpt>{dep}</CodDpt>",
            f"    <CodMinDpt>{code3 if dep.startswith('Z') else dep}</CodMinDpt>",
            f"    <CodDpt3Car>{code3}</CodDpt3Car>",
            f"    <LibDpt>{_esc(lib)}</LibDpt>",
            f"    <CodReg>{reg}</CodReg>",
            f"    <CodReg3Car>{reg3}</CodReg3Car>",
            f"    <LibReg>{_esc(libreg)}</LibReg>",
            "    <Tours>",
            "      <Tour>",
            f"        <NumTour>{self.feed.round}</NumTour>",
            "        <Communes>",
        ]
        done = set(reported)
        times = self._commune_times(dep, sequence)
        for com in self.dep_communes[dep]:
            name = self.feed.units[self.communes[(dep, com)][0]].name
            lines += [
                "          <Commune>",
                f"            <CodSubCom>{com}</CodSubCom>",
                f"            <LibSubCom>{_esc(name)}</LibSubCom>",
            ]
            if com in done:
                date, hour = _date_time(times[com])
                lines += [
                    "            <ResultatsParvenus>O</ResultatsParvenus>",
                    f"            <DateDerMaj>{date}</DateDerMaj>",
                    f"            <HeureDerMaj>{hour}</HeureDerMaj>",
                ]
            else:
                lines.append("            <ResultatsParvenus>N</ResultatsParvenus>")
            lines.append("          </Commune>")
        lines += [
            "        </Communes>",
            "      </Tour>",
            "    </Tours>",
            "  </Departement>",
            "</Election>",
            "",
        ]
        return "\n".join(lines).encode()

    def _commune_times(self, dep: str, sequence: int) -> dict[str, datetime]:
        """The last change of each commune of a département at a sequence."""
        times: dict[str, datetime] = {}
        units = self.feed.units
        for e in self.feed.current(sequence):
            unit = units[e.unit]
            if unit.departement == dep:
                at = e.at + self.feed.shift
                if unit.commune not in times or at > times[unit.commune]:
                    times[unit.commune] = at
        return times

    def _com(self, dep: str, reported: list[str], sequence: int) -> bytes:
        """<dep3>com.xml: the results of every reported commune."""
        state = self.feed.state(sequence)
        lines = self._head() + self._dep_head(dep) + ["    <Communes>"]
        for com in reported:
            name = self.feed.units[self.communes[(dep, com)][0]].name
            lines += [
                "      <Commune>",
                f"        <CodSubCom>{com}</CodSubCom>",
                f"        <LibSubCom>{_esc(name)}</LibSubCom>",
                "        <Tours>",
                self._tour(self._commune_total(dep, com, state), "          "),
                "        </Tours>",
                "      </Commune>",
            ]
        lines += ["    </Communes>", "  </Departement>", "</Election>", ""]
        return "\n".join(lines).encode()

    def _dep_totals(self, dep: str, reported: list[str], sequence: int) -> bytes:
        """<dep3>.xml: the département's totals over its reported communes."""
        state = self.feed.state(sequence)
        members = [(i, state[i]) for com in reported for i in self.communes[(dep, com)]]
        total = _sum(members, self.feed.units, len(self.keys))
        lines = self._head() + self._dep_head(dep)
        lines += ["    <Tours>", self._tour(total, "      "), "    </Tours>"]
        lines += ["  </Departement>", "</Election>", ""]
        return "\n".join(lines).encode()

    def _one_commune(self, dep: str, com: str, sequence: int) -> bytes:
        """<dep3><commune>.xml: one commune's results."""
        state = self.feed.state(sequence)
        name = self.feed.units[self.communes[(dep, com)][0]].name
        lines = self._head() + self._dep_head(dep)
        lines += [
            "    <Commune>",
            f"      <CodSubCom>{com}</CodSubCom>",
            f"      <LibSubCom>{_esc(name)}</LibSubCom>",
            "      <Tours>",
            self._tour(self._commune_total(dep, com, state), "        "),
            "      </Tours>",
            "    </Commune>",
            "  </Departement>",
            "</Election>",
            "",
        ]
        return "\n".join(lines).encode()


def load_geography(data_dir: Path) -> dict[str, tuple[str, str, str, str, str]]:
    """CodDpt -> (CodDpt3Car, CodReg, CodReg3Car, LibDpt, LibReg) from the COG copy."""
    cog = Path(data_dir) / "cog"
    regions = {r["code"]: r["nom"] for r in json.loads((cog / "regions.json").read_text("utf-8"))}
    geo = dict(OUTRE_MER)
    for dep in json.loads((cog / "departements.json").read_text("utf-8")):
        if dep["zone"] != "metro":
            continue
        reg = dep["region"]
        geo[dep["code"]] = (dep["code"].zfill(3), reg, reg.zfill(3), dep["nom"], regions[reg])
    return geo


# --- the 2011 primary -----------------------------------------------------------------------

SATURDAY_2011 = datetime(2011, 10, 8, 19, 0, tzinfo=PARIS)


def timeline_2011() -> list[tuple[float, datetime]]:
    """The 2011 story on a ten-minute clock: (real seconds at speed 1, simulated time).

    Saturday evening in 2 minutes, the Sunday night in 6, a jump to Tuesday, the validation of
    the abroad results in the last 2 minutes. A repeated real time is a jump over dead hours.
    """
    day = lambda d, h, m=0: datetime(2011, 10, d, h, m, tzinfo=PARIS)  # noqa: E731
    return [
        (0.0, SATURDAY_2011),
        (120.0, day(9, 0)),
        (120.0, day(9, 18)),
        (480.0, day(10, 2)),
        (480.0, day(11, 11, 30)),
        (560.0, day(11, 13)),
        (600.0, day(11, 14)),
    ]


PHASES_2011 = (
    (datetime(2011, 10, 8, 19, 0, tzinfo=PARIS), "saturday: abroad counted, nothing published"),
    (
        datetime(2011, 10, 9, 18, 0, tzinfo=PARIS),
        "sunday night: national partial counts, then the final figures",
    ),
    (
        datetime(2011, 10, 10, 2, 0, tzinfo=PARIS),
        "monday to tuesday: national figures final, abroad pending",
    ),
    (datetime(2011, 10, 11, 12, 0, tzinfo=PARIS), "tuesday: validated abroad results published"),
)


def phase_2011(now: datetime) -> str:
    """The name of the 2011 story's phase at a simulated time."""
    current = PHASES_2011[0][1]
    for since, name in PHASES_2011:
        if now >= since:
            current = name
    return current


@dataclass(frozen=True, slots=True)
class NationalSnapshot:
    """One document of the 2011 national JSON feed and when it went out."""

    at: datetime
    payload: bytes


def load_national_2011(path: Path) -> list[NationalSnapshot]:
    """The national JSON documents of the 2011 night, in time order."""
    doc = json.loads(Path(path).read_text("utf-8"))
    snaps = [
        NationalSnapshot(
            datetime.fromisoformat(s["document"]["heure_maj"]),
            json.dumps(s["document"], separators=(",", ":")).encode(),
        )
        for s in doc["snapshots"]
    ]
    return sorted(snaps, key=lambda s: s.at)


def build_abroad_2011(path: Path, *, validated_at: datetime) -> BureauFeed:
    """The 2011 bureau feed: the abroad bureaux, registered early, published on Tuesday."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    keys = [c[0] for c in CANDIDATES_2011]
    units, events = [], []
    for i, row in enumerate(rows):
        units.append(
            Unit(
                f"ZZ{row['commune']}_{row['bureau']}",
                "ZZ",
                row["commune"],
                row["bureau"],
                row["name"],
                row["circonscription"],
                int(row["inscrits"]),
            )
        )
        votes = tuple(int(row[k.lower()]) for k in keys)
        blancs_nuls = int(row["blancs_nuls"])
        # The primary merged blancs and nuls: the feed puts them all in `nuls`.
        fig = Figures(sum(votes) + blancs_nuls, 0, blancs_nuls, sum(votes), votes, "validated")
        events.append(Event(validated_at + timedelta(minutes=i % 30), i, fig))
    candidates = tuple(
        {"key": key, "name": f"{first} {last}", "order": order}
        for key, _, first, last, order in CANDIDATES_2011
    )
    return BureauFeed("primaire-2011", 1, candidates, tuple(units), events, empty_at=SATURDAY_2011)


# --- the WSGI application -------------------------------------------------------------------


class Simulator:
    """The authority's web server: routes the feeds of one scenario against one clock."""

    def __init__(
        self,
        scenario: str,
        clock: SimClock,
        feeds: dict[tuple[str, int], BureauFeed],
        ministry: dict[tuple[str, int], MinistryFeed] | None = None,
        national: list[NationalSnapshot] | None = None,
    ):
        self.scenario = scenario
        self.clock = clock
        self.feeds = feeds
        self.ministry = ministry or {}
        self.national = national or []
        self._national_times = [s.at.timestamp() for s in self.national]
        self.url_map = Map(
            [
                Rule("/", endpoint="home"),
                Rule("/clock", endpoint="clock"),
                Rule("/feed/<election>/<int:round>", endpoint="feed"),
                Rule("/feed/<election>/<int:round>/registry", endpoint="registry"),
                Rule("/minint/<election>/<int:round>/index.xml", endpoint="minint_index"),
                Rule("/minint/<election>/<int:round>/<reg3>/<dep3>/<name>", endpoint="minint"),
                Rule("/hap2011/<int:round>/json/", endpoint="hap2011"),
            ]
        )

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        """WSGI entry point."""
        request = Request(environ)
        adapter = self.url_map.bind_to_environ(environ)
        try:
            endpoint, args = adapter.match()
            response = getattr(self, f"on_{endpoint}")(request, **args)
        except NotFound:
            response = self._maintenance()
        except HTTPException as exc:
            response = exc.get_response(environ)
        return response(environ, start_response)

    def _maintenance(self) -> Response:
        """The 404 HTML page the Ministry served for a file not yet published."""
        return Response(MAINTENANCE_PAGE, status=404, content_type="text/html; charset=utf-8")

    def _conditional(self, request: Request, payload: bytes, etag: str, mimetype: str) -> Response:
        """A response with an ETag, or 304 when the client already has it."""
        if etag in request.headers.get("If-None-Match", ""):
            response = Response(status=304)
        else:
            response = Response(payload, content_type=mimetype)
        response.headers["ETag"] = etag
        response.headers["Cache-Control"] = "no-cache"
        return response

    def _feed(self, election: str, round: int) -> BureauFeed:
        """The bureau feed asked for, or a 404."""
        feed = self.feeds.get((election, round))
        if feed is None:
            raise NotFound()
        return feed

    def on_home(self, request: Request) -> Response:
        """What this simulator serves."""
        doc = {
            "scenario": self.scenario,
            "feeds": [f"/feed/{e}/{r}" for e, r in self.feeds],
            "registries": [f"/feed/{e}/{r}/registry" for e, r in self.feeds],
            "minint": [f"/minint/{e}/{r}/index.xml" for e, r in self.ministry],
            "national": ["/hap2011/1/json/"] if self.national else [],
            "clock": "/clock",
        }
        return Response(json.dumps(doc, ensure_ascii=False), content_type="application/json")

    def on_clock(self, request: Request) -> Response:
        """The simulated time, how far the night is, and the fraction of bureaux released."""
        now = self.clock.now()
        first = next(iter(self.feeds.values()), None)
        sequence = first.sequence_at(now) if first else 0
        doc = {
            "scenario": self.scenario,
            "now": _iso(now),
            "start": _iso(self.clock.start),
            "end": _iso(self.clock.end),
            "speed": self.clock.speed,
            "elapsed": round(self.clock.elapsed() / self.clock.speed, 3),
            "duration": round(self.clock.duration, 3),
            "sequence": sequence,
            "fraction_released": round(first.fraction_released(sequence), 6) if first else 0.0,
            "finished": now >= self.clock.end,
        }
        if self.scenario == "primaire-2011":
            doc["phase"] = phase_2011(now)
            doc["national_updates"] = self._national_index(now) + 1
        return Response(json.dumps(doc, ensure_ascii=False), content_type="application/json")

    def on_feed(self, request: Request, election: str, round: int) -> Response:
        """The full document, or the increment after `?since=SEQ`."""
        feed = self._feed(election, round)
        since_arg = request.args.get("since")
        since = None
        if since_arg is not None:
            try:
                since = int(since_arg)
            except ValueError:
                return Response('{"error": "since must be a whole number"}', status=400)
        payload, etag = feed.document(feed.sequence_at(self.clock.now()), since)
        return self._conditional(request, payload, etag, "application/json")

    def on_registry(self, request: Request, election: str, round: int) -> Response:
        """Every bureau with its inscrits."""
        feed = self._feed(election, round)
        payload = feed.registry()
        etag = '"registry-' + hashlib.sha256(payload).hexdigest()[:16] + '"'
        return self._conditional(request, payload, etag, "application/json")

    def _ministry(self, election: str, round: int) -> MinistryFeed:
        """The XML feed asked for, or a 404."""
        feed = self.ministry.get((election, round))
        if feed is None:
            raise NotFound()
        return feed

    def _xml(self, request: Request, payload: bytes | None, sequence: int) -> Response:
        """An XML file, or the maintenance page while it is not published."""
        if payload is None:
            return self._maintenance()
        etag = '"' + hashlib.sha256(payload).hexdigest()[:20] + '"'
        return self._conditional(request, payload, etag, "application/xml; charset=utf-8")

    def on_minint_index(self, request: Request, election: str, round: int) -> Response:
        """The national index.xml."""
        feed = self._ministry(election, round)
        sequence = feed.feed.sequence_at(self.clock.now())
        return self._xml(request, feed.index(sequence), sequence)

    def on_minint(
        self, request: Request, election: str, round: int, reg3: str, dep3: str, name: str
    ) -> Response:
        """A département's index, communes, totals or single-commune file."""
        feed = self._ministry(election, round)
        sequence = feed.feed.sequence_at(self.clock.now())
        return self._xml(request, feed.file(reg3, dep3, name, sequence), sequence)

    def _national_index(self, now: datetime) -> int:
        """The index of the national document in force at `now` (-1 before the first)."""
        return bisect_right(self._national_times, now.timestamp()) - 1

    def on_hap2011(self, request: Request, round: int) -> Response:
        """The 2011 live national JSON, as the Haute Autorité's server published it."""
        if round != 1 or not self.national:
            raise NotFound()
        index = self._national_index(self.clock.now())
        if index < 0:
            return self._maintenance()
        payload = self.national[index].payload
        return self._conditional(request, payload, f'"hap2011-{index}"', "application/json")


def _fault_names(faults: bool | Iterable[str]) -> frozenset[str]:
    """The set of faults asked for: True for all, False for none, or names."""
    if faults is True:
        return FAULTS
    if faults is False:
        return frozenset()
    names = frozenset(faults)
    unknown = names - FAULTS
    if unknown:
        raise ValueError(
            f"unknown fault(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(FAULTS))})"
        )
    return names


def create_simulator(
    data_dir: Path,
    scenario: str = "pr2017",
    speed: float = 1.0,
    clock: SimClock | None = None,
    faults: bool | Iterable[str] = True,
) -> tuple[Simulator, SimClock]:
    """The simulator WSGI app of a scenario and the clock it runs on (started now)."""
    data_dir = Path(data_dir)
    names = _fault_names(faults)
    if scenario == "pr2017":
        clock = clock or SimClock.linear(POLLS_CLOSE_2017, speed=speed)
        geo = load_geography(data_dir)
        feeds = {("pr2017", r): build_feed_2017(data_dir, r, faults=names) for r in (1, 2)}
        ministry = {key: MinistryFeed(feed, geo) for key, feed in feeds.items()}
        return Simulator(scenario, clock, feeds, ministry), clock
    if scenario == "primaire-2011":
        clock = clock or SimClock(timeline_2011(), speed=speed)
        folder = data_dir / "primaire2011"
        validated = datetime(2011, 10, 11, 12, 0, tzinfo=PARIS)
        feeds = {
            ("primaire-2011", 1): build_abroad_2011(
                folder / "abroad-t1.csv", validated_at=validated
            )
        }
        national = load_national_2011(folder / "national-t1.json")
        return Simulator(scenario, clock, feeds, national=national), clock
    raise ValueError(f"unknown scenario '{scenario}' (known: {', '.join(SCENARIOS)})")


class RunningServer:
    """A simulator served from a background thread; call it to stop it."""

    def __init__(self, app: Callable, host: str, port: int):
        self._server = make_server(host, port, app, threaded=True)
        self.host = host
        self.port = self._server.server_port
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="primaries-simulator", daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        """The base URL the simulator answers on."""
        return f"http://{self.host}:{self.port}"

    def __call__(self) -> None:
        """Stop serving and wait for the thread to end."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def serve_in_thread(app: Callable, host: str = "127.0.0.1", port: int = 8765) -> RunningServer:
    """Serve `app` on host:port in a daemon thread; the returned object stops it when called."""
    return RunningServer(app, host, port)


__all__ = [
    "DEMO_SECONDS",
    "NIGHT_SECONDS",
    "BureauFeed",
    "MinistryFeed",
    "RunningServer",
    "SimClock",
    "Simulator",
    "create_simulator",
    "serve_in_thread",
]
