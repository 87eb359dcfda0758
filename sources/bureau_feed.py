"""Collect stage: our own bureau-level results feed (docs/bureau-feed.md), full or `?since=`."""

from __future__ import annotations

import json
from typing import Any

import requests

from sources.deadline import Deadline, as_deadline
from sources.http import Fetched, fetch_bytes, load_json, moment
from sources.limits import DEFAULT_LIMITS, FetchLimits
from sources.numbers import ORDER_RANGE, ROUND_RANGE, SEQUENCE_RANGE, whole
from sources.records import BureauRef, CandidateRef, FeedError, ResultPayload, ResultRecord

KIND = "bureau_feed"
# What the scheduler needs: it feeds results; its registry is at URL + "/registry", loaded
# before the first poll; later polls ask only for the bureaux changed (?since=SEQ).
FEEDS = "results"
REGISTRY_PATH: str | None = "/registry"
INCREMENTS = True
FEED_FORMAT = "primaries-bureau-feed/1"
REGISTRY_FORMAT = "primaries-bureau-registry/1"
STATUSES = ("provisional", "validated", "cancelled")
# The authority may annul a bureau's vote; its French word is taken as well as ours.
STATUS_ALIASES = {"annulé": "cancelled", "annule": "cancelled"}
_COUNTS = ("votants", "blancs", "nuls", "exprimes")


def _document(payload: bytes, expected: str) -> dict[str, Any]:
    """The JSON object of a feed or registry document, checked to be of the expected format."""
    doc = load_json(payload, KIND)
    if not isinstance(doc, dict):
        raise FeedError(f"{KIND}: expected a JSON object, got {type(doc).__name__}")
    found = doc.get("format")
    if found != expected:
        hint = " (a registry: use parse_registry)" if found == REGISTRY_FORMAT else ""
        raise FeedError(f"{KIND}: format is {found!r}, expected '{expected}'{hint}")
    if not isinstance(doc.get("bureaux"), list):
        raise FeedError(f"{KIND}: 'bureaux' is missing or not a list")
    return doc


def _text(entry: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    """A string field of a bureau entry (codes may come as numbers: kept as their text)."""
    value = entry.get(key)
    if value is None:
        if required:
            raise FeedError(f"{where}: missing '{key}'")
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise FeedError(f"{where}: '{key}' is not text ({value!r})")
    return str(value)


def _unit(entry: Any, index: int) -> BureauRef:
    """The BureauRef of one entry of `bureaux` (feed or registry)."""
    if not isinstance(entry, dict):
        raise FeedError(f"{KIND}: bureau #{index} is not an object")
    where = f"{KIND}: bureau #{index} ({entry.get('code', '?')})"
    return BureauRef(
        code=_text(entry, "code", where),
        departement=_text(entry, "departement", where),
        commune=_text(entry, "commune", where),
        name=_text(entry, "name", where, required=False),
        inscrits=whole(entry.get("inscrits"), f"{where}: inscrits"),
        circonscription=_text(entry, "circonscription", where, required=False),
    )


def _record(entry: Any, index: int) -> ResultRecord:
    """One bureau's figures, taken as published (the store checks the arithmetic)."""
    unit = _unit(entry, index)
    where = f"{KIND}: bureau #{index} ({unit.code})"
    status = entry.get("status", "provisional")
    status = STATUS_ALIASES.get(status, status) if isinstance(status, str) else status
    if status not in STATUSES:
        raise FeedError(f"{where}: status {status!r} is not one of {', '.join(STATUSES)}")
    # A cancelled bureau may come without figures (the authority annulled them): none is 0.
    cancelled = status == "cancelled"
    counts = {
        key: 0 if cancelled and entry.get(key) is None else whole(entry.get(key), f"{where}: {key}")
        for key in _COUNTS
    }
    votes = {} if cancelled and entry.get("votes") is None else entry.get("votes")
    if not isinstance(votes, dict):
        raise FeedError(f"{where}: 'votes' is missing or not an object")
    updated = entry.get("updated_at")
    return ResultRecord(
        unit=unit,
        votes=tuple((str(k), whole(v, f"{where}: votes.{k}")) for k, v in votes.items()),
        status=status,
        updated_at=moment(updated, f"{where}: updated_at") if updated is not None else None,
        **counts,
    )


def _candidates(doc: dict[str, Any]) -> tuple[CandidateRef, ...]:
    """The document's candidate list."""
    listed = doc.get("candidates") or []
    if not isinstance(listed, list):
        raise FeedError(f"{KIND}: 'candidates' is not a list")
    refs = []
    for i, c in enumerate(listed):
        if not isinstance(c, dict) or not c.get("key"):
            raise FeedError(f"{KIND}: candidate #{i} has no 'key'")
        order = c.get("order")
        refs.append(
            CandidateRef(
                str(c["key"]),
                str(c.get("name") or ""),
                whole(order, f"{KIND}: candidate #{i} order", ORDER_RANGE)
                if order is not None
                else None,
            )
        )
    return tuple(refs)


def parse(payload: bytes, *, round: int | None = None) -> ResultPayload:
    """A full document (complete) or a `?since=` increment (complete=False), in feed order."""
    doc = _document(payload, FEED_FORMAT)
    doc_round = whole(doc.get("round"), f"{KIND}: round", ROUND_RANGE)
    if round is not None and doc_round != round:
        raise FeedError(f"{KIND}: document is round {doc_round}, expected round {round}")
    published = doc.get("published_at")
    return ResultPayload(
        kind=KIND,
        records=tuple(_record(entry, i) for i, entry in enumerate(doc["bureaux"])),
        round=doc_round,
        published_at=moment(published, f"{KIND}: published_at") if published else None,
        sequence=whole(doc.get("sequence"), f"{KIND}: sequence", SEQUENCE_RANGE),
        candidates=_candidates(doc),
        complete=doc.get("since") is None,
        election=str(doc["election"]) if doc.get("election") is not None else None,
    )


def parse_registry(payload: bytes) -> list[BureauRef]:
    """Every bureau of the election with its inscrits, from the registry document."""
    doc = _document(payload, REGISTRY_FORMAT)
    return [_unit(entry, i) for i, entry in enumerate(doc["bureaux"])]


def _sequence_of(payload: bytes) -> int | None:
    """The top-level `sequence` of a feed document, or None if it cannot be read here."""
    try:
        doc = json.loads(payload)
    except (ValueError, RecursionError):
        return None  # parse() will reject it with the reason
    value = doc.get("sequence") if isinstance(doc, dict) else None
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if SEQUENCE_RANGE[0] <= value <= SEQUENCE_RANGE[1] else None


def fetch(
    url: str,
    *,
    session: requests.Session,
    cursor: dict[str, Any] | None = None,
    timeout: float | Deadline = 10,
    increments: bool = False,
    limits: FetchLimits = DEFAULT_LIMITS,
) -> Fetched:
    """Fetch the feed; with `increments` and a known sequence, only what changed (`?since=SEQ`).

    The returned cursor carries the ETag and the document's sequence for the next call. A
    sequence lower than the one asked from means the feed started again: the whole document is
    read at once (no `since`, no validators); the store flags the fall as an anomaly.
    """
    cursor = dict(cursor or {})
    deadline = as_deadline(timeout)  # the re-read shares the poll's deadline
    since = cursor.get("sequence") if increments else None
    params = {"since": str(since)} if since is not None else None
    options = {"session": session, "timeout": deadline, "limits": limits}
    fetched = fetch_bytes(url, cursor=cursor, params=params, **options)
    sequence = _sequence_of(fetched.payload) if fetched.payload is not None else None
    if sequence is not None and since is not None and sequence < int(since):
        fresh = {k: v for k, v in cursor.items() if k not in ("etag", "last_modified", "sequence")}
        fetched = fetch_bytes(url, cursor=fresh, **options)
        sequence = _sequence_of(fetched.payload) if fetched.payload is not None else None
    if fetched.payload is None or sequence is None:
        return fetched
    return Fetched(
        fetched.payload,
        {**fetched.cursor, "sequence": sequence},
        fetched.http_status,
        fetched.url,
        fetched.fetched_at,
    )
