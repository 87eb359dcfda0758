"""Collect stage: the flat, frozen records every source produces and the errors it may raise."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


class FeedError(Exception):
    """A payload that cannot be used at all: the message is one line an operator can act on."""


class FetchError(Exception):
    """A fetch that failed (network, timeout, HTTP error): an expected outage, recorded as data."""

    def __init__(
        self, message: str, *, http_status: int | None = None, retry_at: datetime | None = None
    ):
        super().__init__(message)
        self.http_status = http_status
        self.retry_at = retry_at


@dataclass(frozen=True, slots=True)
class BureauRef:
    """One reporting unit of the registry, known before any result: where it is and its inscrits."""

    code: str  # canonical unit code, see `unit_code`
    departement: str  # the Ministry's département code: "01".."95", "2A", "ZA".."ZZ"
    commune: str  # the Ministry's 3-digit commune code within the département
    name: str  # commune name (or consular city abroad), as published
    inscrits: int
    circonscription: str = ""  # legislative constituency; abroad, the constituency 1..11
    level: str = "bureau"  # "bureau", "commune" (Ministry XML) or "national" (2011 JSON)


@dataclass(frozen=True, slots=True)
class ResultRecord:
    """The figures of one reporting unit in one payload."""

    unit: BureauRef
    votants: int
    blancs: int | None  # None when the feed merges blancs and nuls (then `nuls` holds both)
    nuls: int
    exprimes: int
    votes: tuple[tuple[str, int], ...]  # (candidate key as the feed spells it, votes), feed order
    status: str = "provisional"  # "provisional", "validated" or "cancelled" (by the authority)
    updated_at: datetime | None = None
    units_reported: int | None = None  # an aggregated unit's own coverage ("bureaux_vote": "n/N")
    units_total: int | None = None


@dataclass(frozen=True, slots=True)
class CandidateRef:
    """A candidate as a feed names it."""

    key: str
    name: str = ""
    order: int | None = None


@dataclass(frozen=True, slots=True)
class ResultPayload:
    """Everything a results payload says, parsed; `complete` is False for increments (`?since=`)."""

    kind: str
    records: tuple[ResultRecord, ...]
    round: int | None = None
    published_at: datetime | None = None
    sequence: int | None = None
    candidates: tuple[CandidateRef, ...] = ()
    complete: bool = True
    election: str | None = None


@dataclass(frozen=True, slots=True)
class PostRecord:
    """One social-media post (or news item, or tip), as untrusted text plus its raw JSON."""

    platform: str  # "x", "bluesky", "mastodon", "rss", "replay", "tip"
    platform_id: str
    author: str  # handle or feed name
    text: str
    posted_at: datetime  # timezone-aware UTC
    url: str = ""
    author_name: str = ""
    lang: str | None = None
    raw: str = "{}"  # the item exactly as received, JSON text
    reposts: int = 0
    quotes: int = 0
    likes: int = 0
    replies: int = 0
    repost_of: str | None = None  # platform id of the reposted original
    quote_of: str | None = None
    deleted: bool = False
    extra: tuple[tuple[str, str], ...] = field(default=())


def unit_code(departement: str, commune: str, bureau: str | None = None) -> str:
    """The canonical code of a reporting unit: "75056" for a commune, "75056_0001" for a bureau."""
    base = f"{departement}{commune}"
    return f"{base}_{bureau}" if bureau else base
