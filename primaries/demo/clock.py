"""Demo and evaluation: the simulated clock and the release schedule of an election night, both pure.

The schedule is a pure function of the bureaux and a seed: the same inputs always release the
same bureaux in the same order at the same simulated times, so a demo run can be replayed and a
test can assert what is published at any instant. The clock maps real (monotonic) time to
simulated time, piecewise-linearly so that a story spread over several days (2011) plays in
minutes, skipping the dead hours.
"""

from __future__ import annotations

import itertools
import math
import random
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
POLLS_CLOSE_2017 = datetime(2017, 4, 23, 20, 0, tzinfo=PARIS)
NIGHT_SECONDS = 5 * 3600  # 20:00 -> 01:00: Paris, Lyon and Marseille are in by then
DEMO_SECONDS = 600.0  # the whole night in ten minutes at speed 1

# Voted on Saturday 22 April 2017 (a day ahead of the mainland): the Antilles, Guyane,
# Saint-Pierre-et-Miquelon, Saint-Barthélemy/Saint-Martin, Polynésie and the French abroad of
# the Americas (constituencies 1 and 2). Their counts wait for Sunday 20:00 and go out first.
SATURDAY_DEPARTEMENTS = frozenset({"ZA", "ZB", "ZC", "ZS", "ZX", "ZP"})
SATURDAY_ABROAD_CIRCONSCRIPTIONS = frozenset({"1", "2"})
ABROAD = "ZZ"
BIG_CITIES = frozenset({("75", "056"), ("69", "123"), ("13", "055")})  # Paris, Lyon, Marseille


class SimClock:
    """Simulated time as a piecewise-linear function of real time since the clock started.

    `timeline` is a list of (real seconds at speed 1, simulated time) points; between two points
    time runs linearly, after the last one it keeps the last segment's rate. `speed` divides the
    real durations. `timer` (a monotonic clock) is injectable; `advance` jumps forward, for tests
    and for a demo operator who wants to skip ahead.
    """

    def __init__(
        self,
        timeline: Sequence[tuple[float, datetime]],
        *,
        speed: float = 1.0,
        timer: Callable[[], float] = time.monotonic,
    ):
        if len(timeline) < 2 or speed <= 0:
            raise ValueError("a SimClock needs two timeline points and a positive speed")
        self.timeline = tuple((float(real), moment) for real, moment in timeline)
        self.speed = speed
        self._timer = timer
        self._started = timer()
        self._skipped = 0.0
        self._lock = threading.Lock()

    @classmethod
    def linear(
        cls,
        start: datetime = POLLS_CLOSE_2017,
        *,
        sim_seconds: float = NIGHT_SECONDS,
        real_seconds: float = DEMO_SECONDS,
        speed: float = 1.0,
        timer: Callable[[], float] = time.monotonic,
    ) -> SimClock:
        """A clock that runs `sim_seconds` of the night in `real_seconds` (at speed 1)."""
        end = start + timedelta(seconds=sim_seconds)
        return cls([(0.0, start), (real_seconds, end)], speed=speed, timer=timer)

    @property
    def start(self) -> datetime:
        """The simulated time at which the clock started."""
        return self.timeline[0][1]

    @property
    def end(self) -> datetime:
        """The simulated time of the last timeline point (the end of the story)."""
        return self.timeline[-1][1]

    @property
    def duration(self) -> float:
        """Real seconds from start to the last timeline point, at this speed."""
        return self.timeline[-1][0] / self.speed

    def advance(self, real_seconds: float) -> None:
        """Jump forward as if `real_seconds` had passed."""
        with self._lock:
            self._skipped += real_seconds

    def elapsed(self) -> float:
        """Real seconds since the start, scaled to speed 1 (the timeline's unit)."""
        with self._lock:
            return (self._timer() - self._started + self._skipped) * self.speed

    def now(self) -> datetime:
        """The current simulated time (aware, Europe/Paris)."""
        return self.at(self.elapsed())

    def at(self, elapsed: float) -> datetime:
        """The simulated time after `elapsed` real seconds at speed 1."""
        points = self.timeline
        if elapsed <= points[0][0]:
            return points[0][1]
        for (r0, t0), (r1, t1) in itertools.pairwise(points):
            if elapsed <= r1:
                share = (elapsed - r0) / (r1 - r0) if r1 > r0 else 1.0
                return t0 + (t1 - t0) * share
        (r0, t0), (r1, t1) = points[-2], points[-1]
        rate = (t1 - t0) / (r1 - r0) if r1 > r0 else timedelta(seconds=1)
        return t1 + rate * (elapsed - r1)


@dataclass(frozen=True, slots=True)
class BureauRow:
    """One bureau of the wide per-bureau file: where it is and its real figures."""

    departement: str
    commune: str
    bureau: str
    circonscription: str
    name: str
    inscrits: int
    votants: int
    blancs: int
    exprimes: int
    votes: tuple[int, ...]  # in the file's candidate column order

    @property
    def code(self) -> str:
        """The canonical bureau code ("75056_0101")."""
        return f"{self.departement}{self.commune}_{self.bureau}"

    @property
    def nuls(self) -> int:
        """Nuls, which the wide file leaves to be derived."""
        return self.votants - self.blancs - self.exprimes


def is_saturday(row: BureauRow) -> bool:
    """True for the bureaux that voted on Saturday 22 April 2017."""
    if row.departement in SATURDAY_DEPARTEMENTS:
        return True
    return row.departement == ABROAD and row.circonscription in SATURDAY_ABROAD_CIRCONSCRIPTIONS


def release_offsets(
    rows: Sequence[BureauRow], *, seed: int = 2017, night: float = NIGHT_SECONDS
) -> list[float]:
    """Seconds after the polls close at which each bureau is published, in `rows` order.

    Saturday voters at 0; the rest of the abroad and the other overseas départements in the first
    half hour; then the mainland by commune size (small rural communes first, their bureaux close
    at 19:00 and count fast), big cities late, Paris, Lyon and Marseille in the last 40 minutes.
    The last bureau lands exactly at `night`.
    """
    rng = random.Random(seed)
    commune_size: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        commune_size[(row.departement, row.commune)] += row.inscrits
    # Rank communes by size: the rank, not the size, spreads releases evenly over the night.
    ordered = sorted(commune_size, key=lambda key: (commune_size[key], key))
    rank = {key: i / max(1, len(ordered) - 1) for i, key in enumerate(ordered)}
    last_window = 40 * 60
    offsets = []
    for row in rows:
        key = (row.departement, row.commune)
        jitter = rng.random()
        if is_saturday(row):
            offset = 0.0
        elif row.departement == ABROAD:
            offset = 60 + jitter * 15 * 60
        elif row.departement.startswith("Z"):
            offset = 5 * 60 + jitter * 30 * 60
        elif key in BIG_CITIES:
            offset = night - last_window + jitter * last_window
        else:
            # Mainland: position by commune size, bent so most small communes are in by 21:30,
            # with a spread that widens for bigger communes (more bureaux, longer counts).
            base = 10 * 60 + (rank[key] ** 3.0) * (night - last_window - 25 * 60)
            spread = 10 * 60 + 40 * 60 * rank[key]
            offset = base + jitter * spread
        offsets.append(min(offset, night))
    if offsets:
        # Pin the end of the night: the last bureau is published exactly at `night`.
        last = max(range(len(offsets)), key=lambda i: (offsets[i], i))
        offsets[last] = float(night)
    return offsets


def apportion(total: int, weights: Sequence[float]) -> list[int]:
    """Split `total` into whole parts proportional to `weights` (largest remainders)."""
    mass = sum(weights)
    if total <= 0 or mass <= 0:
        return [0] * len(weights)
    exact = [total * w / mass for w in weights]
    parts = [math.floor(x) for x in exact]
    left = total - sum(parts)
    by_remainder = sorted(
        range(len(weights)), key=lambda i: (exact[i] - parts[i], -i), reverse=True
    )
    for i in by_remainder[:left]:
        parts[i] += 1
    return parts
