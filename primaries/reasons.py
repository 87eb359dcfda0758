"""Store stage: a verdict's reason as data (a key and its figures) that pages word in their language.

The verifier words its reasons in French and English; pages need them in their own language and
never with an internal code ("FE-CA", "ZZ139"). Until the verifier returns a key and its figures
itself, this module derives them from what it does return: the claim, the label and the
evidence (the figures it compared). `cited` adds back the figures a stored reason cites from its
evidence, and `primaries.web.i18n.reason_text` words them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from verifiers.claims import (
    ABSTENTION,
    AHEAD,
    CODED,
    INSCRITS,
    LEADER,
    PREDICTION,
    QUALIFICATION,
    RANK,
    RATE,
    SPOILT,
)
from verifiers.claims import Claim as ClaimValue
from verifiers.numbers import PERCENT, POINTS, Quantity

# The evidence key each interval check leaves, and the reason key it becomes.
_INTERVALS = (
    ("share_low", "share_high", "share"),
    ("inscrits_share_low", "inscrits_share_high", "inscrits_share"),
    ("gap_low", "gap_high", "gap"),
    ("rate_low", "rate_high", "rate"),
    ("count_low", "count_high", "count"),
    ("abstention_low", "abstention_high", "abstention"),
)

Names = Callable[[str], str | None]  # an area code to its name (None: no such place)


def reason_data(
    claim: ClaimValue,
    label: str,
    evidence: dict[str, Any],
    flags: frozenset[str] | set[str],
    area_name: Names,
    candidate_name: Callable[[str], str],
    area_level: Names = lambda code: None,
) -> dict[str, Any]:
    """The reason of one claim's verdict as {"key": ..., "params": {...}}."""
    if CODED in flags:
        return {"key": "coded", "params": {}}
    if PREDICTION in flags:
        return {"key": "prediction", "params": {}}
    if claim.doubts:
        return {"key": "doubts", "params": {"doubts": [doubt_parts(d) for d in claim.doubts]}}
    readings = evidence.get("readings") or {}
    if len(set(readings.values())) > 1 or evidence.get("readings_differ"):
        # Homonyms share a name (Corrèze the département and the commune): the level tells them apart.
        places = [[area_name(code), area_level(code)] for code in readings]
        return {"key": "readings_differ", "params": {"places": [p for p in places if p[0]]}}
    if evidence.get("round_one"):  # fits round 1's figures, on the night of round 2
        return {"key": "round_one", "params": {}}
    if evidence.get("absent"):  # a first round's name on a second round's night
        return {"key": "not_running", "params": {"candidate": candidate_name(evidence["absent"])}}
    if "bureaux_reported" not in evidence:
        return _without_figures(claim, area_name)
    # The figures it cites (place, coverage, time, shares) stay in the evidence beside it, read
    # back by `cited`: stored once, not twice, in each of the thousands of rows a snapshot moves.
    params: dict[str, Any] = {"label": label, "negated": bool(evidence.get("negated"))}
    return {"key": _check(claim, evidence, params), "params": params}


def cited(
    reason: dict[str, Any] | None,
    evidence: dict[str, Any] | None,
    candidates: Sequence[str] | None,
    candidate_name: Callable[[str], str],
) -> dict[str, Any]:
    """A stored reason with the official figures it cites, read from the evidence beside it."""
    reason = reason or {}
    params = reason.get("params")
    if not evidence or "bureaux_reported" not in evidence or params is None or "shares" in params:
        return reason  # no figures to cite, or a reason stored with its own
    if reason.get("key") in _WITHOUT_FIGURES:
        return reason
    return {**reason, "params": {**_figures(candidates or (), evidence, candidate_name), **params}}


# Reasons that cite no official figures, whatever the evidence holds.
_WITHOUT_FIGURES = frozenset(
    (
        "coded",
        "prediction",
        "doubts",
        "readings_differ",
        "not_running",
        "no_figures",
        "needs_national",
        "round_one",
    )
)


def doubt_parts(doubt: str) -> list[str]:
    """ "mot : jeunes" -> ["mot", "jeunes"]: the kind of doubt apart from the post's own words."""
    kind, sep, words = doubt.partition(" : ")
    return [kind, words] if sep else [doubt, ""]


def _without_figures(claim: ClaimValue, area_name: Names) -> dict[str, Any]:
    """Unconfirmed with no figure to cite: nothing counted yet, or national figures needed."""
    if claim.type == QUALIFICATION:
        return {"key": "needs_national", "params": {}}
    return {"key": "no_figures", "params": {"place": area_name(claim.area), "round": claim.round}}


def _figures(
    candidates: Sequence[str], evidence: dict[str, Any], candidate_name: Callable[[str], str]
) -> dict[str, Any]:
    """The official figures a reason cites: place, coverage, time, the leaders' and named shares."""
    votes: dict[str, int] = evidence.get("votes") or {}
    exprimes = evidence.get("exprimes") or 0
    ranked = sorted(votes, key=votes.__getitem__, reverse=True)  # stable: ties keep their order
    wanted = {*ranked[:2], *candidates}
    shares = [
        [candidate_name(c), round(100.0 * votes[c] / exprimes, 2) if exprimes else 0.0]
        for c in ranked
        if c in wanted
    ]
    return {
        "place": evidence.get("area_name") or None,
        "reported": evidence.get("bureaux_reported", 0),
        "total": evidence.get("bureaux_total", 0),
        "as_of": evidence.get("as_of"),
        "shares": shares,
    }


def _check(claim: ClaimValue, evidence: dict[str, Any], params: dict[str, Any]) -> str:
    """Which check decided the label, with its own figures added to `params`."""
    if "share_there" in evidence:  # one candidate's share here against another place's
        params["low"], params["high"] = evidence["share_here"]
        params["there_low"], params["there_high"] = evidence["share_there"]
        params["there"] = evidence.get("there_name") or evidence.get("there")
        params["there_reported"] = evidence.get("there_reported", 0)
        params["there_total"] = evidence.get("there_total", 0)
        return "comparison"
    for low, high, key in _INTERVALS:
        if low in evidence:
            params["low"], params["high"] = evidence[low], evidence[high]
            if key == "gap":
                points = isinstance(claim.value, Quantity) and claim.value.unit == POINTS
                points = points or claim.value in ("close", "far", "close_or_next")
                params["unit"] = "points" if points else "votes"
            if key == "count":
                params["measure"] = claim.measure or "votants"
            if key == "abstention":
                percent = isinstance(claim.value, Quantity) and claim.value.unit == PERCENT
                params["low"] = max(params["low"] or 0.0, 0.0)
                params["unit"] = "percent" if percent else "votes"
            return key
    if "share_of_votants" in evidence:  # blancs or nuls as a share of votants
        params["low"], params["high"] = evidence["share_of_votants"]
        params["measure"] = claim.measure
        return "spoilt_share"
    if "rank_best" in evidence:
        params["best"], params["worst"] = evidence["rank_best"], evidence["rank_worst"]
        params["claimed"] = "last" if claim.value == "last" else claim.value
        return "rank"
    if claim.type == QUALIFICATION:
        params["claimed"] = claim.value
        return "qualification"
    if claim.measure in (RATE, ABSTENTION, INSCRITS):
        return "rate_unpublished"
    if claim.measure in SPOILT:
        params["measure"] = claim.measure
        return "not_published"
    if claim.type == RANK and claim.value == AHEAD:
        return "order"
    if claim.type == LEADER:
        return "leader"
    return "figures"  # no check of its own: the figures alone
