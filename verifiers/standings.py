"""Verify stage: the official figures the store hands to the verifier, as plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple


class Tally(NamedTuple):
    """One candidate's counted votes in an area (a tuple: relabelling builds 70,000 of them)."""

    candidate: str  # candidate id from config.toml
    name: str  # display name
    votes: int


@dataclass(frozen=True, slots=True)
class Standings:
    """The latest official figures of one area in one round, with what could still change them."""

    area_code: str
    area_name: str
    area_level: str  # national, region, departement, commune, bureau, zone, constituency, country
    round: int
    bureaux_reported: int
    bureaux_total: int
    inscrits: int  # registered voters of the whole area, reported or not
    votants: int
    blancs: int
    nuls: int
    exprimes: int
    tallies: tuple[Tally, ...]  # sorted by votes, descending
    remaining: int  # hard bound R: the most ballots that could still be counted in the area
    as_of: datetime | None  # time of the latest figures (UTC)
    # Registered voters of the units counted so far: turnout is votants over these, not over
    # the whole area's (-1: not known, then the whole area's inscrits stand in).
    inscrits_reported: int = -1

    @property
    def counted_inscrits(self) -> int:
        """Registered voters of the counted units, the denominator of turnout."""
        return self.inscrits if self.inscrits_reported < 0 else self.inscrits_reported

    @property
    def complete(self) -> bool:
        """True when nothing is left to count in the area."""
        return self.remaining == 0 and self.bureaux_reported >= self.bureaux_total

    def votes_of(self, candidate: str) -> int:
        """Counted votes of one candidate (0 if absent)."""
        for t in self.tallies:  # a loop, not a generator: verdicts call this 12,000 times a pass
            if t.candidate == candidate:
                return t.votes
        return 0


@dataclass(frozen=True, slots=True)
class Place:
    """An area the verifier can recognise in text: a gazetteer entry."""

    code: str
    name: str
    level: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    population: int = 0  # communes: residents, to tell a city from a village of the same name


@dataclass(frozen=True, slots=True)
class CandidateInfo:
    """A candidate the verifier can recognise in text."""

    id: str
    name: str  # display name, "François Hollande"
    aliases: tuple[str, ...] = ()  # surname, initials, nicknames, handles, epithets
    party: str = ""
    coded: tuple[str, ...] = ()  # #RadioLondres code words: flag the post, never auto-verify
