"""Verify stage: score extraction and labels on labelled posts, wherever standings come from."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from verifiers.claims import CLAIM_TYPES, GAP, RANK, UNREAD, Claim
from verifiers.extract import extract
from verifiers.lexicon import NATIONAL, Lexicon
from verifiers.numbers import Quantity
from verifiers.standings import Standings
from verifiers.verdicts import CONFIRMED, CONTRADICTED, UNCONFIRMED, label_post, verify

LexiconFor = Callable[[str], Lexicon]
StandingsFor = Callable[[str, str, int], Standings | None]


@dataclass(frozen=True, slots=True)
class TypeScore:
    """True positives, false positives and false negatives of one claim type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of extracted claims that were expected."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of expected claims that were extracted."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class CaseResult:
    """What the verifier made of one post, next to what was expected."""

    id: str
    expected_label: str | None
    label: str | None
    missing: tuple[dict, ...] = ()
    extra: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """Extraction scores per claim type, label accuracy and wrong strong labels."""

    per_type: Mapping[str, TypeScore]
    overall: TypeScore
    posts: int
    label_accuracy: float
    wrong_strong_labels: int
    results: tuple[CaseResult, ...] = field(default_factory=tuple)

    def failures(self) -> list[CaseResult]:
        """Posts with a wrong label or a claim missed or invented."""
        return [r for r in self.results if r.label != r.expected_label or r.missing or r.extra]


def claim_matches(claim: Claim, expected: Mapping) -> bool:
    """True when an extracted claim is the expected one (type, candidates, area, value)."""
    if claim.type != expected["type"] or claim.area != expected.get("area", NATIONAL):
        return False
    cands = tuple(expected.get("candidates", ()))
    ordered = claim.type in (GAP, RANK) and len(cands) > 1
    if (claim.candidates != cands) if ordered else (set(claim.candidates) != set(cands)):
        return False
    if "measure" in expected and claim.measure != expected["measure"]:
        return False
    if "compared" in expected and claim.compared[:1] != tuple(expected["compared"][:1]):
        return False
    if "value" not in expected or expected["value"] is None:
        return True
    want = expected["value"]
    got = claim.value
    if isinstance(got, Quantity):
        if isinstance(want, str):
            return False
        return abs(got.value - float(want)) <= 1e-6 * max(1.0, abs(float(want)))
    return got == want


def _match(
    claims: Iterable[Claim], expected: list[Mapping]
) -> tuple[list[Claim], list[Mapping], int]:
    """Pair extracted and expected claims greedily; return the unmatched of each and the matches."""
    left = list(expected)
    extra = []
    matched = 0
    for c in claims:
        hit = next((e for e in left if claim_matches(c, e)), None)
        if hit is None:
            extra.append(c)
        else:
            left.remove(hit)
            matched += 1
    return extra, left, matched


def label_of(
    claims: Iterable[Claim], flags: frozenset[str], state: str, standings_for: StandingsFor
) -> str | None:
    """The post label from each claim's verdict against a state."""
    verdicts = []
    for c in claims:
        national = standings_for(state, NATIONAL, c.round)
        readings = {a: standings_for(state, a, c.round) for a in (*c.alternatives, *c.compared)}
        own = standings_for(state, c.area, c.round)
        earlier = None
        if c.round == 2 and not c.round_said:
            areas = (c.area, *c.alternatives, *c.compared, NATIONAL)
            earlier = {a: standings_for(state, a, 1) for a in areas}
        verdicts.append(verify(c, own, national, readings=readings, earlier=earlier))
    return label_post(verdicts, flags)


def evaluate(
    cases: Iterable[Mapping], lexicon_for: LexiconFor, standings_for: StandingsFor
) -> Report:
    """Run extraction and verification on labelled posts and score both."""
    counts = {t: [0, 0, 0] for t in CLAIM_TYPES}
    results = []
    right = strong_wrong = total = 0
    for case in cases:
        total += 1
        state = case["state"]
        extraction = extract(case["text"], lexicon_for(state), round=case.get("round", 1))
        # Sets written without expected claims (held-out, generated) are scored on labels only.
        # An unread part is the verifier saying it did not understand: not a claim to score.
        claims = [c for c in extraction.claims if c.type != UNREAD]
        scored = claims if "claims" in case else ()
        extra, missing, _ = _match(scored, list(case.get("claims", ())))
        for c in scored:
            if c not in extra:
                counts[c.type][0] += 1
        for c in extra:
            counts[c.type][1] += 1
        for e in missing:
            counts[e["type"]][2] += 1
        label = label_of(extraction.claims, extraction.flags, state, standings_for)
        expected = case.get("label")
        # A post with no claim carries no label: right where nothing strong was expected.
        right += label == expected or (label is None and expected == UNCONFIRMED)
        strong_wrong += label in (CONFIRMED, CONTRADICTED) and label != expected
        results.append(
            CaseResult(
                case["id"], expected, label, tuple(missing), tuple(_describe(c) for c in extra)
            )
        )
    per_type = {t: TypeScore(*v) for t, v in counts.items()}
    overall = TypeScore(*(sum(v[i] for v in counts.values()) for i in range(3)))
    accuracy = right / total if total else 1.0
    return Report(per_type, overall, total, accuracy, strong_wrong, tuple(results))


def _describe(c: Claim) -> str:
    """Compact text of an extracted claim."""
    value = c.value.value if isinstance(c.value, Quantity) else c.value
    return f"{c.type}({','.join(c.candidates)}; {c.area}; {value})"
