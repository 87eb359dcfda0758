"""Store stage: whether the bureaux counted so far are like the whole registry, the measure
behind the early-count caution shown beside the figures.

Early in the night the bureaux counted are not a sample of France: abroad and overseas report
first, small communes before big cities. The measure compares how the registered voters
(inscrits) of the bureaux counted spread over classes of places (commune size by its inscrits;
overseas and abroad as classes of their own) with how the registry's spread, as a total
variation distance in points. Whether that distance is large is not a rule of thumb: it is set
against what counting the same number of bureaux drawn at random from the registry would give
(the standard error of each class's share for a simple random sample of n bureaux out of N, a
ratio estimator with the finite-population correction). Pure functions over values: the query
that sums the registry per class is `queries.counted_classes`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import NormalDist

from primaries.geography import ABROAD, COLLECTIVITIES, DROM

# Commune size classes by the commune's inscrits: under 500, 500-2,000, 2,000-10,000,
# 10,000-50,000, 50,000 and over; then overseas and abroad, which vote unlike the mainland.
SIZE_BOUNDS = (500, 2_000, 10_000, 50_000)
CLASSES = ("lt500", "500-2000", "2000-10000", "10000-50000", "50000+", "overseas", "abroad")
# A random sample exceeds the bound with a probability of at most 1 - CONFIDENCE.
CONFIDENCE = 0.99


@dataclass(frozen=True)
class Unit:
    """A bureau of the registry: where it is, its inscrits, whether it has been counted."""

    commune: str
    departement: str
    inscrits: int
    counted: bool


@dataclass(frozen=True)
class ClassShare:
    """One class's share of inscrits (in %) in the registry and among the bureaux counted, and
    the standard error (in points) of the latter for as many bureaux drawn at random."""

    key: str
    registry: float
    counted: float
    error: float

    @property
    def gap(self) -> float:
        """Points by which the bureaux counted over- (+) or under- (−) represent the class."""
        return self.counted - self.registry


@dataclass(frozen=True)
class Measure:
    """How far the bureaux counted are from the registry, and how far chance would put them."""

    counted: int
    total: int
    classes: tuple[ClassShare, ...]
    distance: float  # total variation distance between the two spreads, in points
    expected: float  # its expected value for as many bureaux drawn at random, in points
    bound: float  # what a random draw exceeds less than once in 1 / (1 - CONFIDENCE)

    @property
    def skewed(self) -> bool:
        """Whether the bureaux counted are further from the whole than chance explains."""
        return self.distance > self.bound

    @property
    def widest(self) -> ClassShare:
        """The class the bureaux counted misrepresent most."""
        return max(self.classes, key=lambda c: (abs(c.gap), c.key))


def size_class(departement: str, commune_inscrits: int) -> str:
    """The class of a bureau: overseas, abroad, else its commune's size by inscrits."""
    if departement == ABROAD:
        return "abroad"
    if departement in DROM or departement in COLLECTIVITIES:
        return "overseas"
    for bound, key in zip(SIZE_BOUNDS, CLASSES, strict=False):
        if commune_inscrits < bound:
            return key
    return CLASSES[len(SIZE_BOUNDS)]


@dataclass(frozen=True)
class ClassSums:
    """What the measure needs of one class: its bureaux (all, counted) and their inscrits (all,
    counted, and the sum of squares for the standard error)."""

    key: str
    bureaux: int
    counted: int
    inscrits: int
    inscrits_counted: int
    squares: int


def class_sums(units: Iterable[Unit]) -> list[ClassSums]:
    """The units' sums per class (bureaux without inscrits left out: they weigh nothing)."""
    kept = [u for u in units if u.inscrits > 0]
    communes: dict[str, int] = {}
    for u in kept:
        communes[u.commune] = communes.get(u.commune, 0) + u.inscrits
    sums = {key: [0, 0, 0, 0, 0] for key in CLASSES}
    for u in kept:
        row = sums[size_class(u.departement, communes[u.commune])]
        row[0] += 1
        row[2] += u.inscrits
        row[4] += u.inscrits**2
        if u.counted:
            row[1] += 1
            row[3] += u.inscrits
    return [ClassSums(key, *values) for key, values in sums.items() if values[0]]


def measure(sums: Iterable[ClassSums]) -> Measure | None:
    """The measure from the sums per class; None before the first count, once every bureau is
    counted, or when the registry has no inscrits (nothing to compare)."""
    classes_in = [c for c in sums if c.inscrits > 0]
    total = sum(c.bureaux for c in classes_in)
    n = sum(c.counted for c in classes_in)
    counted = sum(c.inscrits_counted for c in classes_in)
    if n == 0 or n == total or counted == 0:
        return None
    everyone = sum(c.inscrits for c in classes_in)
    all_squares = sum(c.squares for c in classes_in)
    mean = everyone / total
    # Ratio estimator of a class's share p for a simple random sample of n bureaux out of N:
    # Var ≈ (1 − n/N) / n · Σ (x_b (1[b in class] − p))² / (N − 1) / x̄², where the sum is
    # (1 − p)² Σ_class x² + p² Σ_others x².
    correction = (1 - n / total) / n
    classes = []
    for c in sorted(classes_in, key=lambda c: CLASSES.index(c.key)):
        p = c.inscrits / everyone
        spread = (1 - p) ** 2 * c.squares + p**2 * (all_squares - c.squares)
        error = math.sqrt(correction * spread / max(total - 1, 1)) / mean
        classes.append(ClassShare(c.key, 100 * p, 100 * c.inscrits_counted / counted, 100 * error))
    distance = sum(abs(c.gap) for c in classes) / 2
    errors = sum(c.error for c in classes)
    # |gap| of a class is about normal with its standard error: E|gap| = error · √(2/π); each
    # class within z errors (Bonferroni over the classes) keeps the distance under z·Σerror/2,
    # so a random draw exceeds that bound less than once in 1 / (1 − CONFIDENCE).
    z = NormalDist().inv_cdf(1 - (1 - CONFIDENCE) / (2 * len(classes)))
    return Measure(
        counted=n,
        total=total,
        classes=tuple(classes),
        distance=distance,
        expected=errors * math.sqrt(2 / math.pi) / 2,
        bound=z * errors / 2,
    )
