"""Store stage: config.toml read once into frozen settings; secrets come from the environment only."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

ENV_CONFIG = "PRIMARIES_CONFIG"
ENV_DATABASE_URL = "PRIMARIES_DATABASE_URL"
ENV_SECRET_KEY = "PRIMARIES_SECRET_KEY"


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class ElectionSettings:
    """The election: who runs it, how many rounds, which time zone its pages speak."""

    id: str
    name: str
    rounds: tuple[int, ...] = (1, 2)
    timezone: str = "Europe/Paris"
    authority: str = ""
    default_round: int = 1
    round_dates: tuple[str, ...] = ()
    # The English pages' names of the election and its authority (the French ones otherwise).
    name_en: str = ""
    authority_en: str = ""
    # An editor's override is published only once a second editor approves it (an admin may
    # publish alone, with a reason, audited).
    two_person_rule: bool = False


@dataclass(frozen=True, slots=True)
class CandidateSettings:
    """A candidate with every name people use for them; `feed_keys` are the feeds' spellings."""

    id: str
    name: str
    party: str = ""
    order: int = 0
    aliases: tuple[str, ...] = ()
    coded: tuple[str, ...] = ()  # #RadioLondres code words: flag, never auto-verify
    feed_keys: tuple[str, ...] = ()
    color: str = "#777777"
    rounds: tuple[int, ...] = (1, 2)


@dataclass(frozen=True, slots=True)
class SourceSettings:
    """One collector: what it reads, where, for which round, how often."""

    name: str
    kind: str
    url: str = ""
    round: int | None = None
    interval: int = 60  # seconds between polls
    query: str = ""  # social sources: search query, hashtag or feed filter
    server: str = ""  # mastodon server, bluesky service
    enabled: bool = True
    registry: bool = False  # this source also loads the bureau registry
    # Areas this source's units must not count in: the 2011 abroad bureaux are already inside
    # the authority's national total, so they stay out of "FR".
    exclude_areas: tuple[str, ...] = ()
    # A rehearsal's source (a test feed, the demo's simulated authority): every page, API
    # document and export made from its data says REHEARSAL / RÉPÉTITION.
    test: bool = False


@dataclass(frozen=True, slots=True)
class ThresholdSettings:
    """Knobs of the integrity checks and of the page banners."""

    # A source is "late" after this many of its own poll intervals without a successful fetch
    # (a feed polled every 15 s is late after 45 s, one polled every 10 min after 30 min).
    late_intervals: int = 3
    frozen_share_tolerance: float = 0.005  # percentage points: shares "identical" below this
    frozen_jump_ratio: float = 0.02  # exprimés growth that makes frozen shares suspicious
    backoff_max: int = 900  # seconds: the longest wait of a failing source
    fetch_deadline: float = 20  # seconds for a poll's whole fetch: connect, headers and body
    max_payload_mb: int = 200  # a payload as received, and again once inflated
    max_bundle_files: int = 2000  # files in a zip bundle (minint_xml)


@dataclass(frozen=True, slots=True)
class WebSettings:
    """What the site needs that is not a secret."""

    languages: tuple[str, ...] = ("fr", "en")
    cache_max_age: int = 5
    tip_rate_limit: str = "5 per minute"
    login_rate_limit: str = "10 per minute"
    # The site's address as readers reach it: every absolute link (API, Atom, ClaimReview) is
    # built from it, never from the request's Host header, which any client can forge.
    public_url: str = "http://127.0.0.1:8000"
    # Proxies in front of the site whose X-Forwarded-For is believed (0: none, the socket's
    # address is the client); behind one load balancer, 1.
    trusted_proxies: int = 0
    microcache_bytes: int = 64 * 1024 * 1024  # per process: the response cache's bound
    session_hours: int = 12  # how long a newsroom sign-in lasts without a new login
    # Live pages' Server-Sent Events: each open stream holds one gunicorn thread, so a process
    # serves at most this many (keep it below gunicorn's threads, 8); beyond, pages poll.
    event_streams: int = 4
    event_lifetime: int = 300  # seconds a stream lasts before the browser reconnects


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything config.toml says, plus where the database lives."""

    election: ElectionSettings
    candidates: tuple[CandidateSettings, ...]
    sources: tuple[SourceSettings, ...] = ()
    thresholds: ThresholdSettings = field(default_factory=ThresholdSettings)
    web: WebSettings = field(default_factory=WebSettings)
    path: Path = Path("config.toml")
    database_url: str = ""

    @property
    def instance_dir(self) -> Path:
        """Where the embedded database and the payload archive live."""
        return self.path.resolve().parent / "instance"

    def candidate(self, candidate_id: str) -> CandidateSettings | None:
        """The candidate with this id, or None."""
        return next((c for c in self.candidates if c.id == candidate_id), None)

    def candidates_in(self, round_number: int) -> tuple[CandidateSettings, ...]:
        """The candidates on the ballot of one round, in ballot order."""
        return tuple(
            sorted((c for c in self.candidates if round_number in c.rounds), key=lambda c: c.order)
        )


def _build(cls: type, table: Any, where: str, path: Path) -> Any:
    """One settings object from one TOML table, refusing unknown keys by name."""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{where}] must be a table")
    known = {f.name for f in fields(cls)}
    for key in table:
        if key not in known:
            raise ConfigError(f"{path}: unknown key '{where}.{key}'")
    values = {}
    for f in fields(cls):
        if f.name not in table:
            continue
        value = table[f.name]
        if isinstance(value, list):
            value = tuple(value)
        values[f.name] = value
    try:
        return cls(**values)
    except TypeError as exc:
        raise ConfigError(f"{path}: [{where}] {exc}") from None


def load_settings(path: str | os.PathLike | None = None) -> Settings:
    """Read a config file into Settings: `path`, else $PRIMARIES_CONFIG, else ./config.toml."""
    chosen = Path(path or os.environ.get(ENV_CONFIG) or "config.toml")
    try:
        data = tomllib.loads(chosen.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{chosen}: no such configuration file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{chosen}: not valid TOML ({exc})") from None
    allowed = {"election", "candidates", "sources", "thresholds", "web"}
    for key in data:
        if key not in allowed:
            raise ConfigError(f"{chosen}: unknown key '{key}'")
    if "election" not in data:
        raise ConfigError(f"{chosen}: missing [election]")
    election = _build(ElectionSettings, data["election"], "election", chosen)
    candidates = tuple(
        _build(CandidateSettings, c, f"candidates[{i}]", chosen)
        for i, c in enumerate(data.get("candidates", []))
    )
    if not candidates:
        raise ConfigError(f"{chosen}: no [[candidates]]")
    ids = [c.id for c in candidates]
    if len(set(ids)) != len(ids):
        raise ConfigError(f"{chosen}: duplicate candidate id")
    sources = tuple(
        _build(SourceSettings, s, f"sources[{i}]", chosen)
        for i, s in enumerate(data.get("sources", []))
    )
    names = [s.name for s in sources]
    if len(set(names)) != len(names):
        raise ConfigError(f"{chosen}: duplicate source name")
    web = _build(WebSettings, data.get("web", {}), "web", chosen)
    if not re.fullmatch(r"https?://[^/?#\s]+(/[^?#\s]*)?", web.public_url):
        raise ConfigError(
            f"{chosen}: web.public_url must be an http(s) URL, not {web.public_url!r}"
        )
    return Settings(
        election=election,
        candidates=candidates,
        sources=sources,
        thresholds=_build(ThresholdSettings, data.get("thresholds", {}), "thresholds", chosen),
        web=web,
        path=chosen,
        database_url=os.environ.get(ENV_DATABASE_URL, ""),
    )


def database_url(settings: Settings) -> str:
    """The database to use: $PRIMARIES_DATABASE_URL, else the embedded SQLite file."""
    if settings.database_url:
        url = settings.database_url
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return url
    return f"sqlite:///{settings.instance_dir / 'primaries.db'}"
