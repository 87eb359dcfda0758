"""Show stage: what every page shares: the request's round, cache headers, banners, the live
parts of a page, template helpers."""

from __future__ import annotations

import functools
import hashlib
import json
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from flask import Response, abort, current_app, g, make_response, request, session, url_for
from sqlalchemy import Connection

from primaries import queries
from primaries.context import settings
from primaries.geography import DEFAULT_DATA_DIR
from primaries.models import utcnow
from primaries.posts import display_text
from primaries.web import i18n

LABEL_ICONS = {"confirmed": "✔", "contradicted": "✖", "unconfirmed": "?"}
GEOJSON = DEFAULT_DATA_DIR / "geo" / "departements-version-simplifiee.geojson"


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
    response.headers["Cache-Control"] = f"public, max-age={settings().web.cache_max_age}"
    response.headers["Vary"] = "Cookie, Accept-Encoding"
    return response.make_conditional(request)


def page(body: str, *parts: Any) -> Response:
    """A public HTML page with its cache headers."""
    return cacheable(make_response(body), *parts)


MICROCACHE_DEFAULT = 1.0  # seconds; app.config["MICROCACHE_SECONDS"] = 0 turns it off
_KEPT_HEADERS = ("Content-Type", "ETag", "Cache-Control", "Vary", "Content-Disposition")


def microcached(view: Callable[..., Any]) -> Callable[..., Any]:
    """Serve an anonymous public GET from memory for about a second (per process).

    Election night is thousands of readers asking for the same few documents: one render per
    second per worker absorbs them, the way a CDN in front would, while live pages (which poll
    every few seconds) still see a new snapshot within the second. Signed-in editors bypass it.
    """

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ttl = current_app.config.get("MICROCACHE_SECONDS", MICROCACHE_DEFAULT)
        if ttl <= 0 or request.method != "GET" or session.get("user"):
            return view(*args, **kwargs)
        cache = current_app.extensions.setdefault(
            "primaries_microcache", {"store": {}, "busy": set(), "lock": threading.Lock()}
        )
        store, busy = cache["store"], cache["busy"]
        key = (request.full_path, i18n.lang())
        now = time.monotonic()
        hit = store.get(key)
        if hit is not None and hit[0] > now:
            return Response(hit[1], status=200, headers=hit[2]).make_conditional(request)
        with cache["lock"]:
            # One thread renders an expired entry; the others keep serving the previous copy
            # meanwhile, so an expiry never turns into a burst of identical renders.
            if hit is not None and key in busy:
                return Response(hit[1], status=200, headers=hit[2]).make_conditional(request)
            busy.add(key)
        try:
            response = current_app.make_response(view(*args, **kwargs))
            if response.status_code == 200 and not response.direct_passthrough:
                if len(store) > 2048:
                    store.clear()  # bounded: a crawler walking every bureau cannot grow it
                headers = [(h, response.headers[h]) for h in _KEPT_HEADERS if h in response.headers]
                store[key] = (time.monotonic() + ttl, response.get_data(), headers)
        finally:
            with cache["lock"]:
                busy.discard(key)
        return response

    return wrapper


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


def live_context(conn: Any, code: str, round_number: int) -> dict[str, Any]:
    """Everything the live parts of a page need (status line, figures, banners, claims)."""
    version, _as_of = queries.data_version(conn, round_number)
    return {
        "doc": results_view(conn, code, round_number),
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
    configured = {src.name for src in s.sources if src.enabled}
    now = utcnow()
    tz = s.election.timezone
    out = []
    for h in queries.source_health(conn):
        if h["source"] not in configured:
            continue
        if not h["ok"]:
            since = h["failing_since"] or h["started_at"]
            out.append(
                {
                    "kind": "failed",
                    "text": i18n.t(
                        "source_failed",
                        source=h["source"],
                        ago=_ago((now - since).total_seconds()),
                        time=i18n.local_time(h["last_ok_at"], tz),
                    ),
                }
            )
            continue
        last = h["last_ok_at"] or h["finished_at"] or h["started_at"]
        if last and (now - last).total_seconds() > s.thresholds.late_after:
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


def effective_label(claim: dict[str, Any]) -> str:
    """The label the public sees first: the newsroom's when it gave one, else the machine's."""
    return claim.get("override_label") or claim.get("label") or "unconfirmed"


def reason_of(row: dict[str, Any]) -> str:
    """A verdict's reason in the page's language (the other one when that is empty)."""
    fr, en = row.get("reason_fr") or "", row.get("reason_en") or ""
    return (en or fr) if i18n.lang() == "en" else (fr or en)


def lang_url(code: str) -> str:
    """This page in another language."""
    args = request.args.to_dict()
    args["lang"] = code
    return url_for(request.endpoint or "public.home", **(request.view_args or {}), **args)


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
        "iso": lambda when: when.isoformat() if isinstance(when, datetime) else "",
        "nonce": lambda: g.get("nonce", ""),
        "label_icon": lambda label: LABEL_ICONS.get(label or "", "?"),
        "effective_label": effective_label,
        "reason_of": reason_of,
        "display_text": display_text,
        "safe_link": safe_link,
        "lang_url": lang_url,
        "settings": settings,
    }
