"""Verify stage: the structured claims extracted from a post, as plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from verifiers.numbers import Quantity


class ClaimType(StrEnum):
    """What a claim asserts; the value is what the store keeps."""

    LEADER = "leader"
    PERCENTAGE = "percentage"
    VOTES = "votes"
    RANK = "rank"
    TURNOUT = "turnout"
    QUALIFICATION = "qualification"
    GAP = "gap"
    # One candidate's share higher in one place than in another ("mieux à Paris qu'à Lyon").
    COMPARISON = "comparison"
    # A sentence that names a candidate beside a figure or a place but was not understood: no
    # claim to check, a part the editors must read (always with its doubts, always unconfirmed).
    UNREAD = "unread"


LEADER = ClaimType.LEADER
PERCENTAGE = ClaimType.PERCENTAGE
VOTES = ClaimType.VOTES
RANK = ClaimType.RANK
TURNOUT = ClaimType.TURNOUT
QUALIFICATION = ClaimType.QUALIFICATION
GAP = ClaimType.GAP
COMPARISON = ClaimType.COMPARISON
UNREAD = ClaimType.UNREAD
CLAIM_TYPES = tuple(t for t in ClaimType if t != UNREAD)  # what a post can assert

CODED = "coded"
PREDICTION = "prediction"
JOKE = "joke"
QUESTION = "question"
META = "meta"
FLAGS = (CODED, PREDICTION, JOKE, QUESTION, META)

QUALIFIED = "qualified"
ELIMINATED = "eliminated"
LAST = "last"
AHEAD = "ahead"  # rank of the first candidate relative to the second
CLOSE = "close"  # "au coude à coude": a gap under CLOSE_POINTS
FAR = "far"  # "largement devant": a gap over FAR_POINTS
# "juste devant", "just behind": a close race, or simply the next one in the order
CLOSE_OR_NEXT = "close_or_next"
RUNNER_UP = "*"  # the other side of a lead's margin: whoever of the others has the most votes

# Measures of votes and turnout claims.
CANDIDATE_VOTES = "candidate"
EXPRIMES = "exprimes"
VOTANTS = "votants"
RATE = "rate"  # participation, % of inscrits
ABSTENTION = "abstention"  # inscrits - votants, as a count or a % of inscrits
INSCRITS = "inscrits"  # the area's registered voters: its roll, known before any count
BLANCS = "blancs"
NULS = "nuls"
BLANCS_NULS = "blancs_nuls"  # counts, or % of votants
SPOILT = (BLANCS, NULS, BLANCS_NULS)  # measures some feeds do not publish apart
SUM = "sum"  # a share of several candidates together: "Mélenchon + Hamon : 26 %"

# The kinds of doubt a reading records, each before the post's own words ("mot : jeunes"); pages
# word each kind in their language (primaries.web.i18n.DOUBT_KINDS holds every one of these).
DOUBT_KINDS = (
    "mot",
    "chiffre",
    "expression",
    "pronom sans candidat",
    "phrase non lue",
    "heure",
    "compte partiel",
    "lieu",
    "négation",
    "population",
    "alternative",
    "autre élection",
    "candidat non lu",
    "hypothèse",
    "pronom",
    "quantificateur",
    "rang",
    "réponse",
    "élection entière",
    "source",
    "temps",
    "emoji",
    "ordre",
    "désignation",
    "base",
    "fil",
    "majuscules",
    "tour",
)

ClaimValue = Quantity | int | str | None


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """What the post says about the claim's footing: partial count, hedge, attribution, time."""

    partial: str = ""  # "sur 60 % des bureaux", "300 bureaux", "" when not said
    hedged: bool = False  # conditional mood, "selon", "apparently"
    attribution: str = ""  # "BFM", "nos sources", "le site officiel du PS"
    time: str = ""  # a time of day the figure refers to ("13h", "a midi")


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable assertion about official results."""

    type: str
    candidates: tuple[str, ...]
    area: str  # area code; "FR" national
    round: int
    value: ClaimValue = None
    qualifiers: Qualifiers = field(default_factory=Qualifiers)
    fragment: str = ""
    measure: str = ""  # votes/turnout: candidate, exprimes, votants, rate
    # The post denies the claim ("X n'est pas en tête"): its label is the positive claim's flipped.
    negated: bool = False
    # Other areas a careful reader could take the place for (homonyms): every one must agree.
    alternatives: tuple[str, ...] = ()
    # Why no reading of the post is sure (words not understood, a negation whose scope is unclear):
    # any doubt keeps the claim unconfirmed and sends it to the editors with these words.
    doubts: tuple[str, ...] = ()
    # What a share of blancs or nuls is of, when the post says it: "votants", "inscrits".
    base: str = ""
    # The other candidates its sentence names: on a second round's night, a first round's name
    # beside it ("Macron 24 %, Fillon 20 %") makes the figures that round's, not this one's.
    named: tuple[str, ...] = ()
    # A comparison's other place, where the share is said to be lower, then its other readings.
    compared: tuple[str, ...] = ()
    # The claim's sentence names its round ("au second tour", "runoff"): on the night of round 2
    # a figure that fits round 1 is then no reminder of round 1.
    round_said: bool = False
    anchor: int = field(default=-1, compare=False, repr=False)  # position in its sentence


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one post."""

    claims: tuple[Claim, ...]
    flags: frozenset[str] = frozenset()

    @property
    def verifiable(self) -> bool:
        """True when the post carries result claims that may be labelled automatically."""
        return bool(self.claims) and not (self.flags & {CODED, PREDICTION})
