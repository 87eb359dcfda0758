"""Verify stage: a claim against official standings -> a label and its reason, by hard bounds."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from verifiers.claims import (
    ABSTENTION,
    AHEAD,
    BLANCS,
    BLANCS_NULS,
    CANDIDATE_VOTES,
    CLOSE,
    CLOSE_OR_NEXT,
    COMPARISON,
    ELIMINATED,
    EXPRIMES,
    FAR,
    GAP,
    INSCRITS,
    LAST,
    LEADER,
    NULS,
    PERCENTAGE,
    QUALIFICATION,
    QUALIFIED,
    RANK,
    RATE,
    RUNNER_UP,
    SUM,
    TURNOUT,
    VOTES,
    Claim,
)
from verifiers.lexicon import NATIONAL
from verifiers.numbers import PERCENT, POINTS, Quantity
from verifiers.standings import Standings


class Label(StrEnum):
    """The three labels a claim or a post can carry."""

    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"
    CONTRADICTED = "contradicted"


CONFIRMED = Label.CONFIRMED
UNCONFIRMED = Label.UNCONFIRMED
CONTRADICTED = Label.CONTRADICTED
# "Au coude à coude" is vague: surely true within CLOSE_POINTS, surely false from FAR_POINTS;
# "largement devant" the other way round.
CLOSE_POINTS = 2.0
FAR_POINTS = 10.0


@dataclass(frozen=True, slots=True)
class Verdict:
    """The machine's label for one claim, with a one-sentence reason in each language.

    The reason opens with the figures it cites (`cited`: standings, the claim's candidates, the
    time zone); they are worded only when `reason_fr` or `reason_en` is read, because the store
    keeps reasons as data and relabelling 10,000 claims must not word 10,000 sentences twice.
    """

    label: str
    why_fr: str
    why_en: str
    evidence: dict = field(default_factory=dict)
    cited: tuple[Standings, tuple[str, ...], str] | None = None
    denied: bool = False

    @property
    def reason_fr(self) -> str:
        """The reason in French."""
        text = self.why_fr
        if self.cited is not None:
            s, ids, tz = self.cited
            text = f"{_header(s, tz)[0]} : {_figures(s, ids)[0]} ; {text}."
        return f"{text} (le message le nie)" if self.denied else text

    @property
    def reason_en(self) -> str:
        """The reason in English."""
        text = self.why_en
        if self.cited is not None:
            s, ids, tz = self.cited
            text = f"{_header(s, tz)[1]}: {_figures(s, ids)[1]}; {text}."
        return f"{text} (the post denies it)" if self.denied else text


def _fr_num(x: float, digits: int = 2) -> str:
    """French decimal comma."""
    return f"{x:.{digits}f}".replace(".", ",")


def _fr_int(n: int) -> str:
    """French thousands with a narrow no-break space."""
    return f"{n:,}".replace(",", "\u202f")


def _share(votes: int, exprimes: int) -> float:
    """Percentage of exprimés, 0 when nothing is counted."""
    return 100.0 * votes / exprimes if exprimes else 0.0


@functools.lru_cache(maxsize=256)
def _local_time(as_of: datetime, tz: str) -> str:
    """ "23/04 21:47": a snapshot's time, shared by the thousands of claims it relabels."""
    return as_of.astimezone(ZoneInfo(tz)).strftime("%d/%m %H:%M")


@functools.lru_cache(maxsize=256)
def _iso(as_of: datetime) -> str:
    """A snapshot's time in ISO 8601, written once for the thousands of claims it relabels."""
    return as_of.isoformat()


def _header(s: Standings, tz: str) -> tuple[str, str]:
    """ "Paris, 896/896 bureaux, 21:47" in both languages."""
    when = "" if s.as_of is None else _local_time(s.as_of, tz)
    fr = f"{s.area_name}, {s.bureaux_reported}/{s.bureaux_total} bureaux, {when}".rstrip(", ")
    en = f"{s.area_name}, {s.bureaux_reported}/{s.bureaux_total} polling stations, {when}".rstrip(
        ", "
    )
    return fr, en


def _figures(s: Standings, ids: Iterable[str] = ()) -> tuple[str, str]:
    """The leading figures, plus any candidate the claim names."""
    wanted = {*ids}
    tallies = [t for i, t in enumerate(s.tallies) if i < 2 or t.candidate in wanted]
    shares = [f"{_share(t.votes, s.exprimes):.2f}" for t in tallies]
    fr = ", ".join(
        f"{t.name} {p.replace('.', ',')} %" for t, p in zip(tallies, shares, strict=True)
    )
    en = ", ".join(f"{t.name} {p}%" for t, p in zip(tallies, shares, strict=True))
    return fr, en


def _verdict(
    label: str, s: Standings, claim: Claim, why_fr: str, why_en: str, tz: str, **evidence
) -> Verdict:
    """Assemble a verdict whose reason cites the official figures, coverage and time."""
    base = {
        "area": s.area_code,
        "area_name": s.area_name,
        "round": s.round,
        "bureaux_reported": s.bureaux_reported,
        "bureaux_total": s.bureaux_total,
        "exprimes": s.exprimes,
        "votants": s.votants,
        "remaining": s.remaining,
        "as_of": _iso(s.as_of) if s.as_of else None,
        "votes": {t.candidate: t.votes for t in s.tallies},
    }
    base.update(evidence)
    return Verdict(label, why_fr, why_en, base, (s, claim.candidates, tz))


def _undecidable(fr: str, en: str, claim: Claim, **evidence) -> Verdict:
    """Unconfirmed without figures to cite."""
    return Verdict(UNCONFIRMED, fr, en, {"area": claim.area, "round": claim.round, **evidence})


def verify(
    claim: Claim,
    standings: Standings | None,
    national: Standings | None = None,
    *,
    tz: str = "Europe/Paris",
    readings: Mapping[str, Standings | None] | None = None,
    earlier: Mapping[str, Standings | None] | None = None,
) -> Verdict:
    """Label one claim: strong only when no uncounted ballot and no other reading could change it.

    `readings` holds the standings of the claim's alternative areas, keyed by area code;
    `earlier`, for a claim of round 2, round 1's standings of the same areas and the nation's.
    """
    if claim.doubts:
        return _undecidable(
            "Lecture incertaine, laissée aux éditeurs : " + " ; ".join(claim.doubts) + ".",
            "Uncertain reading, left to the editors: " + "; ".join(claim.doubts) + ".",
            claim,
            doubts=list(claim.doubts),
        )
    absent = _not_running(claim, national)
    if absent:
        return _undecidable(
            f"{absent} n'a aucune voix dans ce tour : l'affirmation parle sans doute d'un autre.",
            f"{absent} has no votes in this round: the claim is likely about another one.",
            claim,
            absent=absent,
        )
    if claim.type == RANK and national is not None and standings is not None:
        standings = _runners_only(standings, national)  # "Le Pen dernière" of two, in round 2
    if claim.type == COMPARISON:
        verdict = _comparison(claim, standings, readings or {}, tz)
    else:
        verdict = _verify_reading(claim, standings, national, tz)
        if claim.alternatives:
            verdict = _every_reading(claim, verdict, national, tz, readings or {})
    if (
        earlier
        and claim.round == 2
        and not claim.round_said
        and verdict.label == CONTRADICTED
        and _said_exactly(claim)
    ):
        verdict = _round_one_reading(claim, verdict, earlier, tz)
    if claim.negated:
        verdict = _denied(verdict)
    return verdict


def _said_exactly(claim: Claim) -> bool:
    """A figure given as such, not a bound ("21,3 %", "2,7 points", "77,8 % de participation",
    not "moins de 50 %"), or a rank round 2 cannot have ("cinquième"): one that fits round 1 is
    a reminder of it as likely as a false claim about round 2."""
    q = claim.value
    if claim.type == RANK:
        return isinstance(q, int) and q > 2
    return (
        claim.type in (PERCENTAGE, VOTES, TURNOUT, GAP) and isinstance(q, Quantity) and not q.bound
    )


def _round_one_reading(
    claim: Claim, verdict: Verdict, earlier: Mapping[str, Standings | None], tz: str
) -> Verdict:
    """On the night of round 2, a claim that fits round 1's figures and names no round may be a
    reminder of round 1 ("Le Pen 21,3 % dans l'Aisne"): unconfirmed rather than denied."""
    first = replace(claim, round=1, negated=False)
    found = verify(first, earlier.get(claim.area), earlier.get(NATIONAL), tz=tz, readings=earlier)
    if found.label != CONFIRMED:
        return verdict
    return Verdict(
        UNCONFIRMED,
        "Conforme aux chiffres du premier tour, et le message ne dit pas de quel tour il parle.",
        "Consistent with round 1's figures, and the post does not say which round it means.",
        {"area": claim.area, "round": claim.round, "round_one": True},
    )


def _every_reading(
    claim: Claim,
    first: Verdict,
    national: Standings | None,
    tz: str,
    readings: Mapping[str, Standings | None],
) -> Verdict:
    """The first reading's verdict when every other area gives the same label, else unconfirmed."""
    labels = {claim.area: first.label}
    for area in claim.alternatives:
        other = replace(claim, area=area, alternatives=())
        labels[area] = _verify_reading(other, readings.get(area), national, tz).label
    evidence = {**first.evidence, "readings": dict(labels)}
    if len(set(labels.values())) == 1:
        return replace(first, evidence=evidence)
    names = ", ".join(labels)
    return Verdict(
        UNCONFIRMED,
        f"Plusieurs lectures du lieu ({names}) ne donnent pas la même étiquette.",
        f"The place can be read several ways ({names}), which do not give the same label.",
        evidence,
    )


def _share_interval(cid: str, s: Standings | None) -> tuple[float, float] | None:
    """The interval of a candidate's final share of the valid votes, None before any figure."""
    if s is None or s.bureaux_reported == 0 or s.exprimes + s.remaining <= 0:
        return None
    v, total = s.votes_of(cid), s.exprimes + s.remaining
    return 100.0 * v / total, 100.0 * (v + s.remaining) / total


def _higher(here: tuple[float, float] | None, there: tuple[float, float] | None) -> str:
    """Confirmed when every final share here beats every one there; contradicted when none
    can (an equal share is no better)."""
    if here is None or there is None:
        return UNCONFIRMED
    if here[0] > there[1]:
        return CONFIRMED
    if here[1] <= there[0]:
        return CONTRADICTED
    return UNCONFIRMED


def _comparison(
    claim: Claim, standings: Standings | None, readings: Mapping[str, Standings | None], tz: str
) -> Verdict:
    """A share higher in the claim's area than in the compared one, by the same hard bounds,
    for every reading of either place."""
    cid = claim.candidates[0]
    found = {claim.area: standings, **readings}
    shares = {a: _share_interval(cid, found.get(a)) for a in (claim.area, *claim.alternatives)}
    shares |= {b: _share_interval(cid, found.get(b)) for b in claim.compared}
    labels = {
        (a, b): _higher(shares[a], shares[b])
        for a in (claim.area, *claim.alternatives)
        for b in claim.compared
    }
    there = claim.compared[0]
    here_s, there_s = standings, found.get(there)
    if len(set(labels.values())) > 1:
        names = ", ".join(dict.fromkeys(code for pair in labels for code in pair))
        return Verdict(
            UNCONFIRMED,
            f"Plusieurs lectures des lieux ({names}) ne donnent pas la même étiquette.",
            f"The places can be read several ways ({names}), which do not give the same label.",
            {
                "area": claim.area,
                "round": claim.round,
                "readings": {code: labels.get((code, there), UNCONFIRMED) for code in shares},
                "readings_differ": True,
            },
        )
    if here_s is None or there_s is None or shares[claim.area] is None or shares[there] is None:
        missing = claim.area if shares[claim.area] is None else there
        return _undecidable(
            f"Aucun résultat officiel pour {missing} (tour {claim.round}) pour l'instant.",
            f"No official figures for {missing} (round {claim.round}) yet.",
            replace(claim, area=missing),
        )
    label = labels[(claim.area, there)]
    (lo, hi), (there_lo, there_hi) = shares[claim.area], shares[there]
    outcome_fr, outcome_en = {
        CONFIRMED: ("plus haut ici, quoi qu'il reste à compter", "higher here, whatever is left"),
        CONTRADICTED: ("pas plus haut ici", "not higher here"),
        UNCONFIRMED: ("l'ordre des deux scores peut encore changer", "the two may still swap"),
    }[label]
    return _verdict(
        label,
        here_s,
        claim,
        f"score final entre {_fr_num(lo)} et {_fr_num(hi)} %, contre {_fr_num(there_lo)} à "
        f"{_fr_num(there_hi)} % pour {there_s.area_name} ; {outcome_fr}",
        f"final share {lo:.2f}–{hi:.2f}%, against {there_lo:.2f}–{there_hi:.2f}% in "
        f"{there_s.area_name}; {outcome_en}",
        tz,
        share_here=[lo, hi],
        share_there=[there_lo, there_hi],
        there=there,
        there_name=there_s.area_name,
        there_reported=there_s.bureaux_reported,
        there_total=there_s.bureaux_total,
    )


def _denied(verdict: Verdict) -> Verdict:
    """The verdict of the opposite claim: what confirms the claim contradicts its denial."""
    flipped = {CONFIRMED: CONTRADICTED, CONTRADICTED: CONFIRMED}.get(verdict.label, UNCONFIRMED)
    return replace(
        verdict, label=flipped, evidence={**verdict.evidence, "negated": True}, denied=True
    )


def _not_running(claim: Claim, national: Standings | None) -> str:
    """A candidate of the claim or of its sentence with no vote at all in this round nationally
    (a round-1 name on the night of round 2), once enough is counted to tell; "" when every one
    has votes."""
    if national is None or national.exprimes < 10_000:
        return ""
    running = _running(national)
    for named in (claim.candidates, claim.named):
        for c in named:
            if c not in running and c != RUNNER_UP:
                return c
    return ""


# The last national standings asked about and who has votes in them: a relabelling asks about
# the same nation's for each of its 10,000 claims.
_LAST_RUNNING: tuple[Standings | None, frozenset[str]] = (None, frozenset())


def _running(national: Standings) -> frozenset[str]:
    """The candidates with at least one vote in these standings."""
    global _LAST_RUNNING
    kept = _LAST_RUNNING  # one read: another thread may replace it meanwhile
    if kept[0] is not national:
        kept = _LAST_RUNNING = (
            national,
            frozenset(t.candidate for t in national.tallies if t.votes),
        )
    return kept[1]


def _runners_only(s: Standings, national: Standings) -> Standings:
    """The area's tallies without the candidates who have no vote in this round nationally."""
    if national.exprimes < 10_000:
        return s  # too little counted to tell who ran
    running = _running(national)
    kept = tuple(t for t in s.tallies if t.candidate in running)
    return s if len(kept) == len(s.tallies) else replace(s, tallies=kept)


def _verify_reading(
    claim: Claim, standings: Standings | None, national: Standings | None, tz: str
) -> Verdict:
    """Label one reading of a claim against its area's standings."""
    if claim.type == QUALIFICATION:
        standings = national if national is not None else standings
        if standings is not None and standings.area_code != NATIONAL:
            return _undecidable(
                "Qualification pour le second tour : il faut les résultats nationaux, "
                "pas encore disponibles.",
                "Round-2 qualification depends on national results, not available yet.",
                claim,
            )
    if (
        standings is None
        or standings.bureaux_reported == 0
        or standings.exprimes + standings.remaining <= 0
    ):
        return _undecidable(
            f"Aucun résultat officiel pour {claim.area} (tour {claim.round}) pour l'instant.",
            f"No official figures for {claim.area} (round {claim.round}) yet.",
            claim,
        )
    handler = _HANDLERS.get(claim.type)
    if handler is None:
        return _undecidable("Type d'affirmation inconnu.", "Unknown claim type.", claim)
    return handler(claim, standings, tz)


def _interval_label(q: Quantity, lo: float, hi: float) -> str:
    """Confirmed if every possible final value fits the claim, contradicted if none does."""
    if q.covers(lo, hi):
        return CONFIRMED
    if q.misses(lo, hi):
        return CONTRADICTED
    return UNCONFIRMED


# How a claim stands against the interval of final values, by label.
_AGREEMENT = {
    CONFIRMED: ("conforme à", "consistent with"),
    CONTRADICTED: ("incompatible avec", "inconsistent with"),
    UNCONFIRMED: ("pas encore tranché pour", "not yet decided for"),
}


def _explain(
    label: str, what_fr: str, what_en: str, lo: float, hi: float, unit: str
) -> tuple[str, str]:
    """Reason tail for interval checks."""
    if lo == hi:
        span_fr, span_en = f"{_fr_num(lo)}{unit}", f"{lo:.2f}{unit}"
    else:
        span_fr = f"entre {_fr_num(lo)}{unit} et {_fr_num(hi)}{unit}"
        span_en = f"between {lo:.2f}{unit} and {hi:.2f}{unit}"
    fr, en = _AGREEMENT[label]
    return (
        f"{what_fr} final {span_fr}, {fr} l'affirmation",
        f"final {what_en} {span_en}, {en} the claim",
    )


def _percentage(claim: Claim, s: Standings, tz: str) -> Verdict:
    """Final share of i lies in [v/(E+R), (v+R)/(E+R)]."""
    # "Mélenchon + Hamon : 26 %": the names' votes together; a ballot still to count adds at
    # most one to the sum, as to one name's.
    named = claim.candidates if claim.measure == SUM else claim.candidates[:1]
    v = sum(s.votes_of(cid) for cid in named)
    e, r = s.exprimes, s.remaining
    q = claim.value
    if claim.base == "inscrits":
        return _share_of_inscrits(claim, s, tz, v)
    if claim.base == "votants":
        e = s.votants
    total = e + r
    lo, hi = 100.0 * v / total, 100.0 * (v + r) / total
    label = _interval_label(q, lo, hi)
    if claim.base == "ballots":
        # "24 % of voters", "des électeurs": of exprimés, of votants or of inscrits; every
        # reading must give the label.
        cast = s.votants + r
        of_votants = _interval_label(q, 100.0 * v / cast, 100.0 * (v + r) / cast) if cast else None
        roll = s.inscrits
        of_roll = _interval_label(q, 100.0 * v / roll, 100.0 * (v + r) / roll) if roll else label
        label = label if label == of_votants == of_roll else UNCONFIRMED
    fr, en = _explain(label, "score", "share", lo, hi, " %")
    return _verdict(
        label, s, claim, fr, en, tz, share_low=lo, share_high=hi, claim_low=q.low, claim_high=q.high
    )


def _inscrits_unpublished(claim: Claim, s: Standings, tz: str) -> Verdict:
    """Unconfirmed: a figure of inscrits where the authority publishes none (an open primary)."""
    return _verdict(
        UNCONFIRMED,
        s,
        claim,
        "l'autorité ne publie pas le nombre d'inscrits",
        "the authority does not publish registered voters",
        tz,
    )


def _share_of_inscrits(claim: Claim, s: Standings, tz: str, v: int) -> Verdict:
    """ "43,6 % des inscrits": v/I now, at most (v+R)/I once every ballot is in."""
    if s.inscrits <= 0:
        return _inscrits_unpublished(claim, s, tz)
    lo, hi = 100.0 * v / s.inscrits, 100.0 * (v + s.remaining) / s.inscrits
    label = _interval_label(claim.value, lo, hi)
    fr, en = _explain(label, "part des inscrits", "share of registered voters", lo, hi, " %")
    return _verdict(label, s, claim, fr, en, tz, inscrits_share_low=lo, inscrits_share_high=hi)


def _leader(claim: Claim, s: Standings, tz: str) -> Verdict:
    """Leader: lead over every rival > R confirms; a rival's lead > R contradicts."""
    cid, r = claim.candidates[0], s.remaining
    v = s.votes_of(cid)
    rivals = [t for t in s.tallies if t.candidate != cid]
    if all(v - t.votes > r for t in rivals):
        label, fr, en = (
            CONFIRMED,
            "l'avance dépasse les bulletins restant à compter",
            "the lead exceeds every ballot left to count",
        )
    elif any(t.votes - v > r for t in rivals):
        label, fr, en = (
            CONTRADICTED,
            "un autre candidat est devant, hors d'atteinte",
            "another candidate is ahead beyond reach",
        )
    else:
        label, fr, en = UNCONFIRMED, "l'issue reste ouverte", "the outcome is still open"
    return _verdict(label, s, claim, fr, en, tz)


def _surely_ahead(a: int, b: int, r: int) -> bool:
    """a stays ahead of b whatever the uncounted ballots."""
    return a - b > r


def _rank(claim: Claim, s: Standings, tz: str) -> Verdict:
    """Rank k (or last), or "A ahead of B", by the same bound."""
    r = s.remaining
    if claim.value == AHEAD:
        a, b = (s.votes_of(c) for c in claim.candidates[:2])
        if _surely_ahead(a, b, r):
            label = CONFIRMED
        elif _surely_ahead(b, a, r) or (r == 0 and b >= a):
            label = CONTRADICTED
        else:
            label = UNCONFIRMED
        fr = {
            CONFIRMED: "l'ordre ne peut plus changer",
            CONTRADICTED: "l'ordre est inverse",
            UNCONFIRMED: "l'ordre peut encore changer",
        }[label]
        en = {
            CONFIRMED: "the order can no longer change",
            CONTRADICTED: "the order is the other way round",
            UNCONFIRMED: "the order can still change",
        }[label]
        return _verdict(label, s, claim, fr, en, tz)
    cid = claim.candidates[0]
    v = s.votes_of(cid)
    rivals = [t for t in s.tallies if t.candidate != cid]
    n = len(rivals) + 1
    k = n if claim.value == LAST else int(claim.value)
    above = sum(1 for t in rivals if _surely_ahead(t.votes, v, r))
    below = sum(1 for t in rivals if _surely_ahead(v, t.votes, r))
    best, worst = above + 1, n - below  # ranks still possible
    if best == worst == k:
        label = CONFIRMED
    elif k < best or k > worst:
        label = CONTRADICTED
    else:
        label = UNCONFIRMED
    fr = f"rang final possible entre {best} et {worst} (affirmé : {k})"
    en = f"possible final rank between {best} and {worst} (claimed: {k})"
    return _verdict(label, s, claim, fr, en, tz, rank_best=best, rank_worst=worst)


def _gap(claim: Claim, s: Standings, tz: str) -> Verdict:
    """Gap in points lies in [(d-R)/(E+R), (d+R)/(E+R)]; in votes in [d-R, d+R]."""
    first, other = claim.candidates[:2]
    a = s.votes_of(first)
    # The runner-up's votes: the most of the others (a bound on it moves by at most R too).
    b = (
        max((t.votes for t in s.tallies if t.candidate != first), default=0)
        if other == RUNNER_UP
        else s.votes_of(other)
    )
    d, e, r = a - b, s.exprimes, s.remaining
    absolute = claim.measure == "absolute"
    vague = claim.value in (CLOSE, FAR, CLOSE_OR_NEXT)
    if isinstance(claim.value, Quantity) and claim.value.unit == PERCENT:
        # "devance Le Pen de 12,7 %": points, or votes 12.7 % above hers; both must agree.
        as_points = _gap(replace(claim, value=replace(claim.value, unit=POINTS)), s, tz)
        relative = [_relative_interval(a, b, r)]
        if absolute:
            relative.append(_relative_interval(b, a, r))
            relative = [_abs_interval(lo, hi) for lo, hi in relative]
        labels = {as_points.label, *(_interval_label(claim.value, lo, hi) for lo, hi in relative)}
        if len(labels) == 1:
            return as_points
        fr, en = (
            "écart en points et en pourcentage ne concordent pas",
            "points and per cent disagree",
        )
        return _verdict(UNCONFIRMED, s, claim, fr, en, tz)
    if vague or (isinstance(claim.value, Quantity) and claim.value.unit == POINTS):
        total = e + r
        lo, hi = 100.0 * (d - r) / total, 100.0 * (d + r) / total
        unit = " pts"
    else:
        lo, hi = float(d - r), float(d + r)
        unit = ""
    if absolute or vague:
        lo, hi = _abs_interval(lo, hi)
    if vague:
        label = _vague_far(lo, hi) if claim.value == FAR else _vague_close(lo, hi)
        if claim.value == CLOSE_OR_NEXT:
            label = _close_or_next(label, _next_in_order(s, first, other))
    else:
        label = _interval_label(claim.value, lo, hi)
    fr, en = _explain(label, "écart", "gap", lo, hi, unit)
    return _verdict(label, s, claim, fr, en, tz, gap_low=lo, gap_high=hi)


def _vague_close(lo: float, hi: float) -> str:
    """ "Coude à coude" read strictly (within CLOSE_POINTS) and loosely (under FAR_POINTS)."""
    strict = _interval_label(Quantity(CLOSE_POINTS, 0.0, CLOSE_POINTS, POINTS), lo, hi)
    loose = _interval_label(Quantity(FAR_POINTS, 0.0, FAR_POINTS, POINTS), lo, hi)
    return strict if strict == loose else UNCONFIRMED


def _close_or_next(close: str, next_in_order: bool | None) -> str:
    """ "Hamon 5e, juste derrière Mélenchon": close, or next in the order; both readings must
    agree (a wide gap between neighbours, a close one with a name between, stay unconfirmed)."""
    if close == CONFIRMED and next_in_order:
        return CONFIRMED
    if close == CONTRADICTED and next_in_order is False:
        return CONTRADICTED
    return UNCONFIRMED


def _next_in_order(s: Standings, a: str, b: str) -> bool | None:
    """Whether no one stands between a and b in the final order; None while ballots remain."""
    if s.remaining or not s.exprimes:
        return None
    va, vb = s.votes_of(a), s.votes_of(b)
    low, high = min(va, vb), max(va, vb)
    return not any(low < t.votes < high for t in s.tallies if t.candidate not in (a, b))


def _vague_far(lo: float, hi: float) -> str:
    """ "Largement devant": surely true beyond FAR_POINTS, surely false within CLOSE_POINTS."""
    if lo > FAR_POINTS:
        return CONFIRMED
    if hi < CLOSE_POINTS:
        return CONTRADICTED
    return UNCONFIRMED


def _relative_interval(a: int, b: int, r: int) -> tuple[float, float]:
    """How many per cent a's final votes exceed b's, each growing by at most r in total."""
    lo = 100.0 * (a - (b + r)) / (b + r) if b + r else math.inf
    hi = 100.0 * (a + r - b) / b if b else math.inf
    return lo, hi


def _abs_interval(lo: float, hi: float) -> tuple[float, float]:
    """The interval of |x| for x in [lo, hi]."""
    if lo >= 0:
        return lo, hi
    if hi <= 0:
        return -hi, -lo
    return 0.0, max(-lo, hi)


def _votes(claim: Claim, s: Standings, tz: str) -> Verdict:
    """Counts only grow, by at most R in total."""
    if claim.measure in (BLANCS, NULS, BLANCS_NULS):
        return _spoilt(claim, s, tz)
    if claim.measure == CANDIDATE_VOTES and claim.candidates:
        v = s.votes_of(claim.candidates[0])
        what_fr, what_en = "nombre de voix", "vote count"
    elif claim.measure == EXPRIMES:
        v = s.exprimes
        what_fr, what_en = "nombre de suffrages exprimés", "valid votes"
    else:
        v = s.votants
        what_fr, what_en = "nombre de votants", "turnout"
    lo, hi = float(v), float(v + s.remaining)
    label = _interval_label(claim.value, lo, hi)
    fr, en = _explain(label, what_fr, what_en, lo, hi, "")
    return _verdict(label, s, claim, fr, en, tz, count_low=lo, count_high=hi)


def _spoilt(claim: Claim, s: Standings, tz: str) -> Verdict:
    """Blancs, nuls or both: counts grow by at most R; a share is read of votants and of inscrits.

    A feed that merges blancs into nuls (the 2011 primary) publishes neither alone.
    """
    names = {
        BLANCS: ("bulletins blancs", "blank ballots"),
        NULS: ("bulletins nuls", "void ballots"),
    }
    what_fr, what_en = names.get(claim.measure, ("blancs et nuls", "blank and void ballots"))
    if claim.measure == BLANCS_NULS:
        v, published = s.blancs + s.nuls, s.votants > 0
    else:
        v, published = (s.blancs if claim.measure == BLANCS else s.nuls), s.blancs > 0 < s.nuls
    if not published:
        return _verdict(
            UNCONFIRMED,
            s,
            claim,
            f"l'autorité ne publie pas les {what_fr} à part",
            f"the authority does not publish {what_en} separately",
            tz,
        )
    r, q = s.remaining, claim.value
    if q.unit != PERCENT:
        lo, hi = float(v), float(v + r)
        label = _interval_label(q, lo, hi)
        fr, en = _explain(label, f"nombre de {what_fr}", what_en, lo, hi, "")
        return _verdict(label, s, claim, fr, en, tz, count_low=lo, count_high=hi)
    if s.votants + r <= 0 or s.inscrits <= 0:
        return _verdict(UNCONFIRMED, s, claim, "rien à rapporter", "nothing to compare with", tz)
    of_votants = (100.0 * v / (s.votants + r), 100.0 * (v + r) / (s.votants + r))
    of_inscrits = (100.0 * v / s.inscrits, 100.0 * (v + r) / s.inscrits)
    # "9,6 % des exprimés": blancs are not among them, but people say it so.
    e = s.exprimes
    of_exprimes = (
        100.0 * v / (e + r) if e + r else math.inf,
        100.0 * (v + r) / e if e else math.inf,
    )
    # "8,5 % des votants" says what the share is of; "8,5 % de blancs" may be either.
    shares = {
        "votants": (of_votants,),
        "inscrits": (of_inscrits,),
        "exprimes": (of_exprimes,),
    }.get(claim.base, (of_votants, of_inscrits, of_exprimes))  # with no base, any of the three
    labels = {_interval_label(q, *share) for share in shares}
    label = labels.pop() if len(labels) == 1 else UNCONFIRMED
    fr, en = _explain(label, f"part des {what_fr} (des votants)", what_en, *of_votants, " %")
    return _verdict(
        label, s, claim, fr, en, tz, share_of_votants=of_votants, share_of_inscrits=of_inscrits
    )


def _abstention(claim: Claim, s: Standings, tz: str) -> Verdict:
    """Inscrits minus votants: shrinks by at most R; as a rate, the complement of turnout."""
    if s.inscrits <= 0:
        return _inscrits_unpublished(claim, s, tz)
    lo, hi = float(s.inscrits - s.votants - s.remaining), float(s.inscrits - s.votants)
    unit = ""
    if claim.value.unit == PERCENT:
        lo, hi, unit = 100.0 * lo / s.inscrits, 100.0 * hi / s.inscrits, " %"
    label = _interval_label(claim.value, max(lo, 0.0), hi)
    fr, en = _explain(label, "abstention", "abstention", max(lo, 0.0), hi, unit)
    return _verdict(label, s, claim, fr, en, tz, abstention_low=lo, abstention_high=hi)


def _roll(claim: Claim, s: Standings, tz: str) -> Verdict:
    """Registered voters: the area's roll, published bureau by bureau before any count."""
    if s.inscrits <= 0:
        return _inscrits_unpublished(claim, s, tz)
    lo = hi = float(s.inscrits)
    label = _interval_label(claim.value, lo, hi)
    fr, en = _explain(label, "nombre d'inscrits", "registered voters", lo, hi, "")
    return _verdict(label, s, claim, fr, en, tz, count_low=lo, count_high=hi)


def _turnout(claim: Claim, s: Standings, tz: str) -> Verdict:
    """Votants (or votes cast) only grow by at most R; a rate needs published inscrits."""
    if claim.measure == ABSTENTION:
        return _abstention(claim, s, tz)
    if claim.measure == INSCRITS:
        return _roll(claim, s, tz)
    if claim.measure == RATE:
        if s.inscrits <= 0:
            return _inscrits_unpublished(claim, s, tz)
        lo = 100.0 * s.votants / s.inscrits
        hi = 100.0 * (s.votants + s.remaining) / s.inscrits
        label = _interval_label(claim.value, lo, hi)
        fr, en = _explain(label, "taux de participation", "turnout rate", lo, hi, " %")
        return _verdict(label, s, claim, fr, en, tz, rate_low=lo, rate_high=hi)
    return _votes(claim, s, tz)


def _qualification(claim: Claim, s: Standings, tz: str) -> Verdict:
    """The two leaders nationally go to round 2 unless one has more than half of exprimés."""
    cid, r = claim.candidates[0], s.remaining
    v = s.votes_of(cid)
    total = s.exprimes + r
    rivals = [t for t in s.tallies if t.candidate != cid]
    above = sum(1 for t in rivals if _surely_ahead(t.votes, v, r))
    below = sum(1 for t in rivals if _surely_ahead(v, t.votes, r))
    surely_top2 = len(rivals) - below <= 1
    surely_out = above >= 2
    majority_possible = any((t.votes + r) * 2 > total for t in s.tallies)
    someone_elected = any(t.votes * 2 > total for t in s.tallies)
    if claim.value == QUALIFIED:
        if surely_out or someone_elected:
            label = CONTRADICTED
        elif surely_top2 and not majority_possible:
            label = CONFIRMED
        else:
            label = UNCONFIRMED
    elif claim.value == ELIMINATED:
        if surely_out or (someone_elected and v * 2 <= total):
            label = CONFIRMED
        elif (surely_top2 and not majority_possible) or v * 2 > total:
            label = CONTRADICTED  # it goes to round 2, or wins outright
        else:
            label = UNCONFIRMED
    else:
        label = UNCONFIRMED
    fr = {
        CONFIRMED: "la qualification est mathématiquement acquise",
        CONTRADICTED: "l'affirmation est mathématiquement exclue",
        UNCONFIRMED: "la qualification reste ouverte",
    }[label]
    en = {
        CONFIRMED: "the outcome is mathematically settled",
        CONTRADICTED: "the claim is mathematically excluded",
        UNCONFIRMED: "qualification is still open",
    }[label]
    if claim.value == ELIMINATED and label == CONFIRMED:
        fr = "l'élimination est mathématiquement acquise"
    return _verdict(label, s, claim, fr, en, tz, surely_top2=surely_top2, surely_out=surely_out)


# The check of each claim type, built once (the verifier labels 10,000 claims a pass).
_HANDLERS = {
    PERCENTAGE: _percentage,
    LEADER: _leader,
    RANK: _rank,
    GAP: _gap,
    VOTES: _votes,
    TURNOUT: _turnout,
    QUALIFICATION: _qualification,
}


def label_post(verdicts: Iterable[Verdict], flags: Iterable[str] = ()) -> str | None:
    """Contradicted if any part is, confirmed if all are, else unconfirmed; None if nothing to check."""
    if set(flags) & {"coded", "prediction"}:
        return None
    labels = [v.label for v in verdicts]
    if not labels:
        return None
    if CONTRADICTED in labels:
        return CONTRADICTED
    if all(lab == CONFIRMED for lab in labels):
        return CONFIRMED
    return UNCONFIRMED
