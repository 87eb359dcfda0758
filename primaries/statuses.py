"""Store stage: a bureau's status (provisional, validated, quarantined, cancelled), what each
means for the tallies, and whether an area's quarantined bureaux could change its outcome."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from primaries.integrity import Figures, Finding, check_arithmetic

PROVISIONAL = "provisional"
VALIDATED = "validated"
QUARANTINED = "quarantined"  # failed an arithmetic check: figures kept, votes not counted
CANCELLED = "cancelled"  # annulled by the authority: out of the count altogether

# A bureau failing one of these checks holds figures nobody can count: a sheet whose votes do
# not add up says nothing reliable about any candidate. The other findings (a decrease, a
# bureau twice in a payload, a frozen share vector) are about the feed, not about the sheet.
QUARANTINE_CHECKS = frozenset({"negative", "arithmetic", "votes_sum", "over_inscrits"})


def stored_status(figures: Figures, findings: Iterable[Finding]) -> str:
    """The status a result is stored with: the feed's own, or quarantined when its sheet fails
    an arithmetic check (a cancellation stands whatever its figures)."""
    if figures.status == CANCELLED:
        return CANCELLED
    if any(f.kind in QUARANTINE_CHECKS for f in findings):
        return QUARANTINED
    return figures.status


def failed_checks(code: str, figures: Figures) -> list[Finding]:
    """The checks a stored result fails (what put it in quarantine), recomputed from its figures:
    the same function decided the quarantine at ingest, so the two always agree."""
    return [f for f in check_arithmetic(code, figures, False) if f.kind in QUARANTINE_CHECKS]


def gaps(votes: Mapping[str, int]) -> dict[str, int]:
    """The gaps that decide an area: first to second ("lead"), second to third
    ("qualification"); a missing candidate has 0 votes."""
    ranked = [*sorted(votes.values(), reverse=True), 0, 0, 0]
    return {"lead": ranked[0] - ranked[1], "qualification": ranked[1] - ranked[2]}


def could_change(
    votes: Mapping[str, int], held_inscrits: int, *, qualification: bool
) -> tuple[str, ...]:
    """What the held-back ballots (at most `held_inscrits`) could overturn: "lead" when they
    reach the gap between first and second, "qualification" (asked only where a round 2
    follows) when they reach the gap between second and third. Nothing when none are held,
    nor before any vote is counted: nobody leads yet, so there is no outcome to change."""
    if held_inscrits <= 0 or not any(votes.values()):
        return ()
    found = gaps(votes)
    asked = ("lead", "qualification") if qualification else ("lead",)
    return tuple(what for what in asked if held_inscrits >= found[what])
