"""Show stage: what every page shares: the request's round, cache headers, banners, the live
parts of a page, template helpers."""

from __future__ import annotations

import functools
import hashlib
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from flask import Response, abort, current_app, g, make_response, request, session, url_for
from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from primaries import provenance, queries
from primaries.context import engine, settings
from primaries.models import utcnow
from primaries.posts import display_text
from primaries.representativeness import Measure, measure
from primaries.statuses import could_change
from primaries.web import i18n

LABEL_ICONS = {"confirmed": "✔", "contradicted": "✖", "unconfirmed": "?"}


def round_arg() -> int:
    """The round asked for (?round=N), else the election's default; 404 for a round it lacks."""
    s = settings()
    raw = request.args.get("round")
    if raw is None or raw == "":
        return s.election.default_round
    try:
        value = int(raw)
    except ValueError:
        abort(400)
    if value not in s.election.rounds:
        abort(404)
    return value


def etag_of(*parts: Any) -> str:
    """A short strong validator for a response made from these inputs."""
    return hashlib.sha1(json.dumps(parts, default=str).encode()).hexdigest()[:20]


def cacheable(response: Response, *parts: Any) -> Response:
    """Mark a public response shareable by caches for a few seconds, with an ETag of its body."""
    digest = hashlib.sha1(response.get_data()).hexdigest()[:20]
    response.set_etag(etag_of(digest, i18n.lang(), *parts))
    # A cache may answer with a copy a little stale while it fetches the next one, and keep
    # answering from it for a while if the site fails (nginx does both; a CDN needs them said).
    age = settings().web.cache_max_age
    response.headers["Cache-Control"] = (
        f"public, max-age={age}, stale-while-revalidate={4 * age}, stale-if-error=600"
    )
    response.headers["Vary"] = "Cookie, Accept-Encoding"
    return response.make_conditional(request)


def page(body: str, *parts: Any) -> Response:
    """A public HTML page with its cache headers."""
    return cacheable(make_response(body), *parts)


MICROCACHE_DEFAULT = 1.0  # seconds; app.config["MICROCACHE_SECONDS"] = 0 turns it off
_KEPT_HEADERS = ("Content-Type", "ETag", "Cache-Control", "Vary", "Content-Disposition")
_ENTRY_OVERHEAD = 512  # bytes an entry costs beyond its body (key, headers, bookkeeping)


class ResponseCache:
    """Response bodies by key, for a TTL, bounded in bytes: the oldest entries go first."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self.lock = threading.Lock()
        self.busy: set[tuple] = set()
        self._entries: OrderedDict[tuple, tuple[float, bytes, list]] = OrderedDict()

    def get(self, key: tuple) -> tuple[float, bytes, list] | None:
        """The entry of this key (fresh or expired), or None."""
        return self._entries.get(key)

    def put(self, key: tuple, expires: float, body: bytes, headers: list) -> None:
        """Keep a body; one over an eighth of the bound is not kept (it would flush the rest)."""
        cost = len(body) + _ENTRY_OVERHEAD
        if cost > self.max_bytes // 8:
            return
        with self.lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.size -= len(old[1]) + _ENTRY_OVERHEAD
            self._entries[key] = (expires, body, headers)
            self.size += cost
            while self.size > self.max_bytes and self._entries:
                _, (_, dropped, _) = self._entries.popitem(last=False)
                self.size -= len(dropped) + _ENTRY_OVERHEAD

    def expire_all(self) -> None:
        """Mark every entry expired (a snapshot landed): the next request renders anew, while
        the requests that arrive during that render get the previous copy, as on any expiry."""
        with self.lock:
            for key in list(self._entries):
                _, body, headers = self._entries[key]
                self._entries[key] = (0.0, body, headers)

    def __len__(self) -> int:
        return len(self._entries)


def _cache() -> ResponseCache:
    """This app's response cache (per app and process)."""
    cache = current_app.extensions.get("primaries_microcache")
    if cache is None:
        limit = current_app.config.get("MICROCACHE_BYTES", settings().web.microcache_bytes)
        cache = current_app.extensions.setdefault("primaries_microcache", ResponseCache(limit))
    return cache


def _normalised(value: str) -> str:
    """One spelling per value: " 01" and "1" are the same round, page or limit."""
    value = value.strip()
    return str(int(value)) if value.isascii() and value.isdigit() else value


def cache_key(params: tuple[str, ...]) -> tuple:
    """What a response depends on: the route, its path values, the query names the view reads
    (normalised; any other name is ignored, so ?x=1, ?x=2... cannot mint entries) and the
    language."""
    args = tuple((name, _normalised(request.args[name])) for name in params if name in request.args)
    path_values = tuple(sorted((request.view_args or {}).items()))
    return (request.endpoint, path_values, args, i18n.lang())


# The key of a view decorated without naming its query names: every name a public view reads.
DEFAULT_CACHE_PARAMS = ("round", "page", "label", "type", "area", "limit", "after")


def microcached(*params: Any) -> Any:
    """Serve an anonymous public GET from memory for about a second (per process), keyed on the
    query names `params` the view reads (`@microcached` alone: DEFAULT_CACHE_PARAMS).

    Election night is thousands of readers asking for the same few documents: one render per
    second per worker absorbs them, the way a CDN in front would, while live pages (which poll
    every few seconds) still see a new snapshot within the second. Signed-in editors bypass it.
    The cache is bounded in bytes (config `web.microcache_bytes`), not in entries: forty
    national lists once held 1.4 GB under a bound of 2,048 entries.
    """

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            ttl = current_app.config.get("MICROCACHE_SECONDS", MICROCACHE_DEFAULT)
            if ttl <= 0 or request.method != "GET" or session.get("user"):
                return view(*args, **kwargs)
            return _served(_cache(), cache_key(names), ttl, view, args, kwargs)

        return wrapper

    if len(params) == 1 and callable(params[0]):
        names: tuple[str, ...] = DEFAULT_CACHE_PARAMS
        return decorate(params[0])
    names = params
    return decorate


def _served(
    cache: ResponseCache, key: tuple, ttl: float, view: Callable[..., Any], args: Any, kwargs: Any
) -> Response:
    """The cached copy while it is fresh; else one thread renders while the others keep serving
    the previous copy, so an expiry never turns into a burst of identical renders."""
    hit = cache.get(key)
    if hit is not None and hit[0] > time.monotonic():
        return Response(hit[1], status=200, headers=hit[2]).make_conditional(request)
    with cache.lock:
        if hit is not None and key in cache.busy:
            return Response(hit[1], status=200, headers=hit[2]).make_conditional(request)
        cache.busy.add(key)
    try:
        response = current_app.make_response(view(*args, **kwargs))
        if response.status_code == 200 and not (
            response.is_streamed or response.direct_passthrough
        ):
            headers = [(h, response.headers[h]) for h in _KEPT_HEADERS if h in response.headers]
            cache.put(key, time.monotonic() + ttl, response.get_data(), headers)
    finally:
        with cache.lock:
            cache.busy.discard(key)
    return response


VERSIONED_TTL = 300.0  # seconds a response keyed on its data's version is kept at most


def versioned(key: tuple, render: Callable[[], Response]) -> Response:
    """A public response kept (in the byte-bounded cache) while the data it shows keep the
    version named in `key`, instead of one second: a crawler walking the 70 pages of the
    national bureau list costs a version lookup per request, not a render."""
    ttl = current_app.config.get("MICROCACHE_SECONDS", MICROCACHE_DEFAULT)
    if ttl <= 0:
        return render()
    cache = _cache()
    hit = cache.get(key)
    if hit is not None and hit[0] > time.monotonic():
        return Response(hit[1], status=200, headers=hit[2]).make_conditional(request)
    response = render()
    if response.status_code == 200 and not (response.is_streamed or response.direct_passthrough):
        headers = [(h, response.headers[h]) for h in _KEPT_HEADERS if h in response.headers]
        cache.put(key, time.monotonic() + VERSIONED_TTL, response.get_data(), headers)
    return response


def results_view(conn: Any, code: str, round_number: int) -> dict[str, Any]:
    """The results document of an area plus what the page shows beside it."""
    found = queries.standings(conn, settings(), code, round_number)
    if found is None:
        abort(404)
    doc = queries.results_document(found)
    doc["as_of_dt"] = found.as_of
    doc["progress"] = (
        round(100 * found.bureaux_reported / found.bureaux_total, 1) if found.bureaux_total else 0.0
    )
    colours = {c.id: c.color for c in settings().candidates}
    for cand in doc["candidates"]:
        cand["color"] = colours.get(cand["id"], "#777777")
    return doc


STATUS_CACHE_ENTRIES = 4096  # areas x rounds kept per process (an entry is five numbers)


def status_view(conn: Any, code: str, round_number: int) -> dict[str, int]:
    """An area's bureaux by status (not reported, provisional, validated, quarantined,
    cancelled; corrected among the counted; the quarantined's inscrits), counted once per
    version of the area's figures: the nation's is a count over every bureau, too slow for each
    render of the home page."""
    ref = queries.get_area(conn, code)
    if ref is None:
        return {}
    key = (str(settings().path), ref.code, round_number)
    version = queries.area_version(conn, ref.code, round_number)
    cache = current_app.extensions.setdefault("primaries_statuses", {})
    kept = cache.get(key)
    if kept is not None and kept[0] == version:
        return kept[1]
    counts = queries.status_counts(conn, ref, round_number)
    if len(cache) >= STATUS_CACHE_ENTRIES:
        cache.clear()
    cache[key] = (version, counts)
    return counts


def quarantine_effect(
    doc: dict[str, Any], statuses: dict[str, int], code: str, round_number: int
) -> dict[str, Any]:
    """An area's quarantined bureaux, the inscrits they hold back, and what those could change:
    who leads (their inscrits reach the gap between first and second) and, nationally where a
    round follows, who qualifies (the gap between second and third)."""
    held = int(statuses.get("quarantined_inscrits") or 0)
    votes = {c["id"]: c["votes"] for c in doc.get("candidates") or ()}
    later = any(r > round_number for r in settings().election.rounds)
    what = could_change(votes, held, qualification=later and code == "FR")
    return {
        "bureaux": int(statuses.get("quarantined") or 0),
        "inscrits": held,
        "could_change": list(what),
    }


def sources_view(conn: Any, code: str, round_number: int) -> list[dict[str, Any]]:
    """The sources behind an area's figures, their fetch and publication times and whether each
    is late. The snapshots are grouped once per version of the area's figures (the nation's are
    a scan of every current result); lateness is judged afresh, since it grows with the clock."""
    ref = queries.get_area(conn, code)
    if ref is None:
        return []
    key = ("sources", str(settings().path), ref.code, round_number)
    version = queries.area_version(conn, ref.code, round_number)
    cache = current_app.extensions.setdefault("primaries_sources", {})
    kept = cache.get(key)
    if kept is not None and kept[0] == version:
        snapshots = kept[1]
    else:
        whole = provenance.counts_every_unit(ref, settings())
        snapshots = provenance.area_snapshots(conn, ref, round_number, whole)
        if len(cache) >= STATUS_CACHE_ENTRIES:
            cache.clear()
        cache[key] = (version, snapshots)
    return provenance.with_health(conn, snapshots, settings(), utcnow())


# Levels whose pages say when the bureaux counted are not like the whole (a commune's bureaux
# are all one class of place: there is nothing to compare).
CAUTION_LEVELS = ("national", "departement")
# Seconds a measure is kept after the area's figures change: the nation's is a pass over every
# bureau (0.3-0.6 s), and it moves slowly; recomputed at most this often per process.
CAUTION_REFRESH = 20.0


def caution_view(conn: Any, code: str, round_number: int) -> Measure | None:
    """How far the bureaux counted in an area are from its registry (`representativeness`),
    kept per version of the area's figures, for at most CAUTION_REFRESH seconds once stale."""
    ref = queries.get_area(conn, code)
    if ref is None or ref.level not in CAUTION_LEVELS:
        return None
    key = (str(settings().path), ref.code, round_number)
    version = queries.area_version(conn, ref.code, round_number)
    cache = current_app.extensions.setdefault("primaries_cautions", {})
    kept = cache.get(key)
    now = time.monotonic()
    refresh = current_app.config.get("CAUTION_REFRESH", CAUTION_REFRESH)
    if kept is not None and (kept[0] == version or now - kept[1] < refresh):
        return kept[2]
    found = measure(queries.counted_classes(conn, ref, round_number))
    if len(cache) >= STATUS_CACHE_ENTRIES:
        cache.clear()
    cache[key] = (version, now, found)
    return found


def live_context(conn: Any, code: str, round_number: int) -> dict[str, Any]:
    """Everything the live parts of a page need (status line, figures, banners, claims)."""
    version, _as_of = queries.data_version(conn, round_number)
    doc = results_view(conn, code, round_number)
    statuses = status_view(conn, code, round_number)
    return {
        "doc": doc,
        "statuses": statuses,
        "quarantine": quarantine_effect(doc, statuses, code, round_number),
        "sources": sources_view(conn, code, round_number),
        "caution": caution_view(conn, code, round_number),
        "national": results_view(conn, "FR", round_number) if code != "FR" else None,
        "banners": banners(conn),
        "claims": queries.latest_claims(
            conn, round_number, limit=20, area=None if code == "FR" else code
        ),
        "version": version,
        "claims_version": queries.claims_version(conn),
        "round": round_number,
        "code": code,
    }


def _ago(seconds: float) -> str:
    return i18n.t("ago_min", n=max(1, int(seconds // 60)))


def banners(conn: Connection) -> list[dict[str, str]]:
    """One message per configured source whose last fetch failed or that is late."""
    s = settings()
    configured = {src.name: src for src in s.sources if src.enabled}
    now = utcnow()
    tz = s.election.timezone
    out = []
    for h in queries.source_health(conn):
        if h["source"] not in configured:
            continue
        if not h["ok"]:
            since = h["failing_since"] or h["started_at"]
            # Why, in the run's own words ("payload inflates to over 200 MB; refused").
            reason = (h["error"] or "").split(" [failure ", 1)[0]
            out.append(
                {
                    "kind": "failed",
                    "text": i18n.t(
                        "source_failed",
                        source=h["source"],
                        ago=_ago((now - since).total_seconds()),
                        since=i18n.local_time(since, tz),
                        reason=reason[:200] + ("…" if len(reason) > 200 else ""),
                        time=i18n.local_time(h["last_ok_at"], tz),
                    ),
                }
            )
            continue
        last = h["last_ok_at"] or h["finished_at"] or h["started_at"]
        if last and provenance.is_late(configured[h["source"]], last, now, s):
            out.append(
                {
                    "kind": "late",
                    "text": i18n.t(
                        "source_late",
                        source=h["source"],
                        ago=i18n.t("minutes", n=int((now - last).total_seconds() // 60)),
                    ),
                }
            )
    return out


REHEARSAL_HEADER = "X-Rehearsal"  # on every API document and export of a rehearsal's data


def rehearsal() -> bool:
    """Whether the figures or posts shown come from a rehearsal: a source marked `test = true`
    (the demo marks all of its own) that is enabled, or that has already fed the store (its
    data stay there when the configuration changes). Once per request."""
    if "rehearsal" not in g:
        tests = {s.name for s in settings().sources if s.test}
        found = any(s.enabled for s in settings().sources if s.test)
        if tests and not found:
            try:
                with engine().connect() as conn:
                    found = queries.fed_by_any(conn, tests)
            except SQLAlchemyError:
                found = False  # the outage page says so; it has no figures to mark
        g.rehearsal = found
    return bool(g.rehearsal)


def rehearsal_notice() -> str:
    """The words API documents and exports carry in a rehearsal, in both languages."""
    return i18n.PHRASES["rehearsal_notice"][1] + " / " + i18n.PHRASES["rehearsal_notice"][0]


def mark_rehearsal(document: dict[str, Any]) -> dict[str, Any]:
    """A JSON document with `rehearsal` and its notice first when the data are a rehearsal's."""
    if not rehearsal():
        return document
    return {"rehearsal": True, "rehearsal_notice": rehearsal_notice(), **document}


def effective_label(claim: dict[str, Any]) -> str:
    """The label the public sees first: the newsroom's when it gave one, else the machine's."""
    return claim.get("override_label") or claim.get("label") or "unconfirmed"


def reason_of(row: dict[str, Any]) -> str:
    """A verdict's reason in the page's language (the other one when that is empty)."""
    fr, en = row.get("reason_fr") or "", row.get("reason_en") or ""
    return (en or fr) if i18n.lang() == "en" else (fr or en)


# The query names a page's links may carry on (a filter, a page of a table, a round). Any other
# name is dropped: "?endpoint=" or "?_external=" once reached url_for as arguments (a 500), and
# a name the cache does not key on must not end up in a cached page's links.
LINK_QUERY_NAMES = (
    *("round", "page", "label", "type", "area", "q", "order", "mine", "next"),
    *("show", "sort"),  # the bureau table's filter and order
)


# Names one page alone reads (and keys its cache on), carried on in its own links only.
PAGE_QUERY_NAMES = {"changes.overview": ("since", "until", "minutes", "kind")}


def kept_args() -> dict[str, str]:
    """The request's query values that links may carry on."""
    names = LINK_QUERY_NAMES + PAGE_QUERY_NAMES.get(request.endpoint or "", ())
    return {k: v for k, v in request.args.items() if k in names}


def lang_url(code: str) -> str:
    """This page in another language."""
    if request.endpoint is None or request.url_rule is None:
        return url_for("public.home", lang=code)
    base = url_for(request.endpoint, **(request.view_args or {}))
    return f"{base}?{urlencode({**kept_args(), 'lang': code})}"


def safe_link(url: str | None) -> str | None:
    """A link that may be put in an href: http(s) only (no javascript: or data: URLs)."""
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None


def template_globals() -> dict[str, Any]:
    """Helpers every template may call (no template ever queries the store)."""
    tz = settings().election.timezone if current_app else "Europe/Paris"
    return {
        "t": i18n.t,
        "lang": i18n.lang,
        "level_name": i18n.level_name,
        "claim_type_name": i18n.claim_type_name,
        "claim_reading": i18n.claim_reading,
        "round_name": i18n.round_name,
        "num": i18n.number,
        "hm": lambda when: i18n.local_time(when, tz),
        "dt": lambda when: i18n.local_datetime(when, tz),
        "duration": i18n.duration,
        "now": utcnow,
        "iso": lambda when: when.isoformat() if isinstance(when, datetime) else "",
        "nonce": lambda: g.get("nonce", ""),
        "label_icon": lambda label: LABEL_ICONS.get(label or "", "?"),
        "effective_label": effective_label,
        "reason_of": reason_of,
        "display_text": display_text,
        "safe_link": safe_link,
        "lang_url": lang_url,
        "settings": settings,
        "rehearsal": rehearsal,
        "failed_check": i18n.failed_check,
        "quarantine_warning": i18n.quarantine_warning,
    }
