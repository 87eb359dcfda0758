"""Store stage: the integrity checks run on every parsable results payload, as plain sentences."""

from __future__ import annotations

import operator
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

UNBOUNDED = (
    1_000_000_000  # "any number of ballots may still come": beyond any electorate, fits int32
)


@dataclass(frozen=True, slots=True)
class Figures:
    """The numbers of one unit's result, comparable between snapshots."""

    inscrits: int
    votants: int
    blancs: int
    nuls: int
    exprimes: int
    votes: tuple[tuple[str, int], ...]  # (candidate id or unknown key, votes), sorted by key
    status: str = "provisional"
    units_reported: int | None = None
    units_total: int | None = None

    @property
    def votes_dict(self) -> dict[str, int]:
        """The votes as a dict."""
        return dict(self.votes)

    @property
    def partial_slack(self) -> int:
        """Ballots an aggregated unit may still count (0 once all its bureaux are in)."""
        if self.units_total is None or self.units_reported is None:
            return 0
        if self.units_reported >= self.units_total:
            return 0
        if self.inscrits <= 0:
            # Inscrits unknown (the 2011 primary's feed): no hard bound, so nothing is decided.
            return UNBOUNDED
        return max(0, self.inscrits - self.votants)


@dataclass(frozen=True, slots=True)
class Finding:
    """One anomaly: its kind, the unit, a plain sentence and the numbers behind it."""

    kind: str
    message: str
    bureau: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


_VALUE = operator.itemgetter(1)


def check_arithmetic(code: str, figures: Figures, merged_blancs: bool) -> list[Finding]:
    """The identities a bureau's sheet must satisfy (votants = blancs + nuls + exprimés, ...)."""
    values = list(map(_VALUE, figures.votes))
    blank_null = figures.nuls + (0 if merged_blancs else figures.blancs)
    if (
        min(figures.inscrits, figures.votants, figures.blancs, figures.nuls, figures.exprimes) >= 0
        and (not values or min(values) >= 0)
        and figures.votants == blank_null + figures.exprimes
        and sum(values) == figures.exprimes
        and not (figures.inscrits and figures.votants > figures.inscrits)
    ):
        return []  # a sheet that adds up: the usual case, told without building any finding
    found: list[Finding] = []
    numbers = {
        "inscrits": figures.inscrits,
        "votants": figures.votants,
        "blancs": figures.blancs,
        "nuls": figures.nuls,
        "exprimes": figures.exprimes,
    }
    negatives = {k: v for k, v in numbers.items() if v < 0}
    negatives.update({k: v for k, v in figures.votes if v < 0})
    if negatives:
        listed = ", ".join(f"{k} {v}" for k, v in negatives.items())
        found.append(
            Finding(
                "negative",
                f"Bureau {code}: negative counts ({listed}).",
                code,
                {"negative": negatives},
            )
        )
    blank_null = figures.nuls + (0 if merged_blancs else figures.blancs)
    if figures.votants != blank_null + figures.exprimes:
        found.append(
            Finding(
                "arithmetic",
                f"Bureau {code}: votants {figures.votants} ≠ blancs {figures.blancs} + nuls "
                f"{figures.nuls} + exprimés {figures.exprimes} ({blank_null + figures.exprimes}).",
                code,
                {**numbers},
            )
        )
    total = sum(v for _, v in figures.votes)
    if total != figures.exprimes:
        found.append(
            Finding(
                "votes_sum",
                f"Bureau {code}: the candidates' votes add up to {total}, not to the "
                f"{figures.exprimes} exprimés.",
                code,
                {"sum_votes": total, "exprimes": figures.exprimes},
            )
        )
    if figures.inscrits and figures.votants > figures.inscrits:
        found.append(
            Finding(
                "over_inscrits",
                f"Bureau {code}: {figures.votants} votants for only {figures.inscrits} inscrits.",
                code,
                {"votants": figures.votants, "inscrits": figures.inscrits},
            )
        )
    return found


def check_decrease(code: str, old: Figures, new: Figures) -> list[Finding]:
    """A correction that lowers a bureau's votants or a candidate's votes deserves a look."""
    drops = {}
    if new.votants < old.votants:
        drops["votants"] = (old.votants, new.votants)
    old_votes = old.votes_dict
    for key, votes in new.votes:
        if votes < old_votes.get(key, 0):
            drops[key] = (old_votes[key], votes)
    if not drops:
        return []
    listed = ", ".join(f"{k} {a} → {b}" for k, (a, b) in drops.items())
    return [
        Finding(
            "decrease",
            f"Bureau {code}: figures went down ({listed}).",
            code,
            {"drops": {k: list(v) for k, v in drops.items()}},
        )
    ]


def check_frozen_shares(
    area: str,
    old_votes: Mapping[str, int],
    old_exprimes: int,
    new_votes: Mapping[str, int],
    new_exprimes: int,
    *,
    tolerance: float,
    jump_ratio: float,
) -> list[Finding]:
    """Totals that jump while every share stays put: how the 2017 primary's feed went wrong."""
    if old_exprimes <= 0 or new_exprimes <= old_exprimes * (1 + jump_ratio):
        return []
    keys = set(old_votes) | set(new_votes)
    if not keys:
        return []
    moved = max(
        abs(100 * new_votes.get(k, 0) / new_exprimes - 100 * old_votes.get(k, 0) / old_exprimes)
        for k in keys
    )
    if moved > tolerance:
        return []
    growth = new_exprimes - old_exprimes
    return [
        Finding(
            "frozen_shares",
            f"{area}: exprimés jumped by {growth:,} ({old_exprimes:,} → {new_exprimes:,}) while every "
            f"candidate's share stayed within {moved:.3f} points: the feed may be scaling old figures.",
            None,
            {
                "area": area,
                "old_exprimes": old_exprimes,
                "new_exprimes": new_exprimes,
                "max_share_move": round(moved, 4),
            },
        )
    ]
