"""Show stage: the JSON API (results, bureaux, claims, verdicts, live version, figures), its OpenAPI
description, and the routes of the exports (claims CSV, ClaimReview JSON-LD, Atom feed of verdict
changes) whose formats `exports` writes."""

from __future__ import annotations

import functools
import json
import threading
from typing import Any

from flask import Blueprint, Response, abort, current_app, render_template, request, url_for

from primaries import provenance, queries
from primaries.context import engine, geography, settings
from primaries.representativeness import CONFIDENCE
from primaries.web import bureau_table, charts, exports, i18n, postview
from primaries.web.common import (
    REHEARSAL_HEADER,
    cacheable,
    caution_view,
    etag_of,
    live_context,
    mark_rehearsal,
    microcached,
    quarantine_effect,
    rehearsal,
    results_view,
    round_arg,
    sources_view,
    status_view,
    versioned,
)
from primaries.web.mapshapes import map_shapes

bp = Blueprint("api", __name__)

_FIGURES_LOCK = threading.Lock()


def _figures_cache() -> dict[tuple, str]:
    """This app's figures by data version (per app: two apps in a process have two stores)."""
    return current_app.extensions.setdefault("primaries_figures", {})


@bp.after_request
def say_rehearsal(response: Response) -> Response:
    """Every API document and export of a rehearsal's data says so in a header too (the only
    place a JSON array or a ClaimReview can carry it without changing its shape)."""
    if rehearsal():
        response.headers[REHEARSAL_HEADER] = "1"
    return response


def json_response(payload: Any, *parts: Any) -> Response:
    """A cacheable JSON response (UTF-8, no ASCII escaping, like the CLI's --json); a document
    of a rehearsal's data starts by saying so."""
    if isinstance(payload, dict):
        payload = mark_rehearsal(payload)
    body = json.dumps(payload, ensure_ascii=False, default=str)
    return cacheable(Response(body, mimetype="application/json"), *parts)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def part_json(part: dict[str, Any]) -> dict[str, Any]:
    """One part of a post: what was read, its label, its reason in words and as data."""
    return {
        "id": part["id"],
        "position": part["position"],
        "round": part["round"],
        "type": part["type"],
        "candidates": part["candidates"] or [],
        "area": part["area"],
        "area_name": part.get("area_name"),
        "fragment": part["fragment"],
        "value": part["value"] or {},
        "summary": postview.part_summary(part),
        "label": postview.part_label(part),
        "machine_label": part["label"],
        "reason": postview.why(part),
        "reason_data": postview.reason_data(part) or None,
        "time": _iso(part["label_at"] or part["created_at"]),
    }


def claim_json(row: dict[str, Any]) -> dict[str, Any]:
    """A post as the API gives it, once: its text, its label (from its parts, the newsroom's
    beside it), its reason, each part, its spread and its page."""
    parts = row.get("parts") or []
    return {
        "id": row["id"],
        "post": row["story_id"],
        "round": row["round"],
        "text": row.get("story_text") or row["fragment"],
        "fragment": row["fragment"],
        "type": row["type"],
        "candidates": list(dict.fromkeys(c for p in parts for c in p["candidates"] or ())),
        "area": row["area"],
        "area_name": row.get("area_name"),
        "flags": row["flags"] or [],
        "label": row["label"],
        "reason": postview.post_reason(row),
        "parts": [part_json(p) for p in parts],
        "time": _iso(row["label_at"] or row["created_at"]),
        "created_at": _iso(row["created_at"]),
        "newsroom": (
            {
                "label": row["override_label"],
                "reason": row["override_reason"],
                "by": row["override_by"],
                "time": _iso(row["override_at"]),
            }
            if row.get("override_label")
            else None
        ),
        "spread": {
            "posts": row.get("story_posts") or 0,
            "accounts": row.get("story_accounts") or 0,
            "reach": row.get("story_reach") or 0,
        },
        "url": url_for("public.claim", claim_id=row["id"], _external=True),
    }


def verdict_json(row: dict[str, Any]) -> dict[str, Any]:
    """One entry of a claim's verdict history, its reason in the page's language."""
    return {
        "label": row["label"],
        "by": row["by"],
        "reason": postview.why(row),
        "reason_data": postview.reason_data(row) or None,
        "evidence": row["evidence"] or {},
        "valid_from": _iso(row["valid_from"]),
        "valid_to": _iso(row["valid_to"]),
    }


@bp.get("/api/results/<path:area>")
@microcached("round")
def results(area: str) -> Response:
    """Exactly what `primaries results AREA --round N --json` prints."""
    round_number = round_arg()
    with engine().connect() as conn:
        ref = queries.resolve_area(conn, area)
        if ref is None:
            abort(404, f"no area matches '{area}'")
        found = queries.standings(conn, settings(), ref.code, round_number)
        sources = sources_view(conn, ref.code, round_number)
    document = queries.results_document(found)
    # Where the figures come from: each source, its snapshots' fetch and publication times,
    # and whether it is late (after the CLI's document, which it extends).
    document["sources"] = provenance.sources_document(sources)
    body = json.dumps(mark_rehearsal(document), ensure_ascii=False)
    return cacheable(Response(body, mimetype="application/json"))


BUREAUX_PAGE_SIZE = 1000  # bureaux per page of the API (the nation has 69,242)


def page_number() -> int:
    """?page=N (1-based, default 1); 400 when it is not a positive number."""
    raw = request.args.get("page", "1").strip()
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        abort(400, "page must be a positive number")
    return int(raw)


@bp.get("/api/areas/<code>/bureaux")
@microcached("round", "page", "show", "sort")
def bureaux(code: str) -> Response:
    """A page of an area's bureaux with their current figures (null ones not reported yet), in
    code order unless ?sort= says otherwise, all of them unless ?show= filters (not reported,
    reported, a turnout band), across the whole area; `next` links the following page. Never
    the whole nation in one body: that was 27 MB and 3 s of one worker per request. A page is
    kept while the area's figures last: in a file every worker serves for a coarse area (code
    order only there: a few filters times a partition of the pages), else in the response
    cache."""
    round_number = round_arg()
    number = page_number()
    show, sort = bureau_table.table_args()
    with engine().connect() as conn:
        ref = queries.get_area(conn, code)
        if ref is None:
            abort(404, f"no area '{code}'")
        version = queries.area_version(conn, ref.code, round_number)
    if sort != "code" and ref.level in exports.FILED_LEVELS:
        # Ordering the nation's 69,242 bureaux by turnout took 1.5 s a page, too much to give
        # anyone who asks; its filtered pages in code order are files, like its plain ones.
        abort(400, "sort is offered on départements, communes and finer areas")
    view = "" if (show, sort) == ("all", "code") else f"-{show}-{sort}"
    view += "-rehearsal" if rehearsal() else ""
    stem = f"bureaux-{ref.code}-{round_number}{view}-p{number}.json"
    body = functools.partial(_bureaux_body, ref, round_number, number, show, sort)
    if sort == "code":
        sent = exports.filed(
            ref,
            stem,
            version,
            lambda handle: handle.write(body()),
            mimetype="application/json",
            etag=etag_of(stem, version),
        )
        if sent is not None:
            return sent
    key = ("api.bureaux", ref.code, round_number, number, show, sort, rehearsal(), version)
    return versioned(key, lambda: cacheable(Response(body(), mimetype="application/json")))


def _bureaux_body(
    ref: queries.AreaRef, round_number: int, number: int, show: str = "all", sort: str = "code"
) -> str:
    """One page of an area's bureaux as the API gives it (404 past the last page)."""
    with engine().connect() as conn:
        rows = queries.bureau_table(
            conn, ref, round_number, number, BUREAUX_PAGE_SIZE, show, sort, peek=True
        )
        more, rows = len(rows) > BUREAUX_PAGE_SIZE, rows[:BUREAUX_PAGE_SIZE]
        origins = provenance.bureau_snapshots(conn, [r["code"] for r in rows], round_number)
    if not rows and number > 1:
        abort(404, f"no page {number}")
    for row in rows:
        row.pop("anomalies", None)  # feed anomalies go to editors, never to the public
        # Where the row's figures come from (null until the bureau reports).
        origin = origins.get(row["code"]) or {}
        row["source"] = origin.get("source")
        row["fetched_at"] = _iso(origin.get("fetched_at"))
        row["published_at"] = _iso(origin.get("published_at"))
    following = None
    if more:
        view = {k: v for k, v in (("show", show), ("sort", sort)) if v not in ("all", "code")}
        following = url_for(
            "api.bureaux",
            code=ref.code,
            round=round_number,
            page=number + 1,
            _external=True,
            **view,
        )
    payload = {
        "area": {"code": ref.code, "name": ref.name, "level": ref.level},
        "round": round_number,
        "show": show,
        "sort": sort,
        "page": number,
        "page_size": BUREAUX_PAGE_SIZE,
        "bureaux": rows,
        "next": following,
    }
    return json.dumps(mark_rehearsal(payload), ensure_ascii=False, default=str)


@bp.get("/api/areas/<code>/status")
@microcached("round")
def area_status(code: str) -> Response:
    """An area's bureaux by status: not reported, provisional, validated, quarantined and
    cancelled (adding up to `bureaux`), `corrected` among those counted, and what the
    quarantined (their `inscrits`, not counted) could change: who leads, who qualifies."""
    round_number = round_arg()
    with engine().connect() as conn:
        ref = queries.get_area(conn, code)
        if ref is None:
            abort(404, f"no area '{code}'")
        counts = status_view(conn, ref.code, round_number)
        effect = quarantine_effect(
            results_view(conn, ref.code, round_number), counts, ref.code, round_number
        )
        version = queries.area_version(conn, ref.code, round_number)
        sources = provenance.sources_document(sources_view(conn, ref.code, round_number))
    area = {"code": ref.code, "name": ref.name, "level": ref.level}
    document = {"area": area, "round": round_number, **counts, "sources": sources}
    document["quarantine"] = effect
    return json_response(document, version)


@bp.get("/api/areas/<code>/representativeness")
@microcached("round")
def area_representativeness(code: str) -> Response:
    """Whether the bureaux counted in an area are like its registry: per class of place the
    share of inscrits among the bureaux counted and in the registry, the distance between the
    two, what a random draw of as many bureaux would give, and whether pages show the caution
    (`measure` is null before the first count, once all are counted, or for a commune)."""
    round_number = round_arg()
    with engine().connect() as conn:
        ref = queries.get_area(conn, code)
        if ref is None:
            abort(404, f"no area '{code}'")
        found = caution_view(conn, ref.code, round_number)
        version = queries.area_version(conn, ref.code, round_number)
    area = {"code": ref.code, "name": ref.name, "level": ref.level}
    measure = None
    if found is not None:
        measure = {
            "bureaux_counted": found.counted,
            "bureaux_total": found.total,
            "distance": round(found.distance, 3),
            "expected": round(found.expected, 3),
            "bound": round(found.bound, 3),
            "confidence": CONFIDENCE,
            "classes": [
                {
                    "class": c.key,
                    "counted": round(c.counted, 3),
                    "registry": round(c.registry, 3),
                    "standard_error": round(c.error, 3),
                }
                for c in found.classes
            ],
        }
    payload = {
        "area": area,
        "round": round_number,
        "caution": bool(found and found.skewed),
        "measure": measure,
    }
    return json_response(payload, version)


@bp.get("/api/areas/<code>/children")
@microcached("round")
def area_children(code: str) -> Response:
    """The sub-areas of an area with their tallies."""
    round_number = round_arg()
    with engine().connect() as conn:
        if queries.get_area(conn, code) is None:
            abort(404, f"no area '{code}'")
        rows = queries.children(conn, code, round_number)
        version, _ = queries.data_version(conn, round_number)
    for row in rows:
        row["as_of"] = _iso(row.get("as_of"))
    return json_response(rows, version)


@bp.get("/api/search")
def search() -> Response:
    """Areas and bureaux matching a name or a code."""
    text = request.args.get("q", "")[:100]
    with engine().connect() as conn:
        found = queries.search_areas(conn, text, limit=20) if text.strip() else []
    return json_response(
        [{"code": a.code, "name": a.name, "level": a.level, "parent": a.parent} for a in found]
    )


@bp.get("/api/claims")
@microcached("round", "limit", "label", "type", "area")
def claims() -> Response:
    """The latest posts of a round, once each: text, label, reason, parts and time."""
    round_number = round_arg()
    try:
        limit = max(1, min(int(request.args.get("limit", 100)), 1000))
    except ValueError:
        abort(400, "limit must be a number")
    with engine().connect() as conn:
        rows = queries.latest_claims(
            conn,
            round_number,
            limit=limit,
            label=request.args.get("label") or None,
            claim_type=request.args.get("type") or None,
            area=request.args.get("area") or None,
        )
        key = queries.claims_version(conn)
    return json_response({"round": round_number, "claims": [claim_json(r) for r in rows]}, key)


def _public_post(conn: Any, claim_id: int) -> dict[str, Any]:
    """The public post a claim belongs to, or a 404 (no such claim, or a tip not approved)."""
    post = queries.post_of(conn, claim_id)
    if post is None:
        abort(404, f"no claim {claim_id}")
    return post


@bp.get("/api/claims/<int:claim_id>")
def claim(claim_id: int) -> Response:
    """The post a claim belongs to, that claim's verdict history and the posts that carry it."""
    with engine().connect() as conn:
        post = _public_post(conn, claim_id)
        history = queries.verdict_history(conn, claim_id)
        posts = queries.story_posts(conn, post["story_id"], tips=bool(post["reviewed_at"]))
        key = queries.claims_version(conn)
    part = next(p for p in post["parts"] if p["id"] == claim_id)
    payload = claim_json(post)
    payload["claim"] = part_json(part)
    payload["evidence"] = part["evidence"] or {}
    payload["verdicts"] = [verdict_json(v) for v in history]
    payload["posts"] = [
        {
            "platform": p["platform"],
            "author": p["author"],
            "text": p["text"],
            "url": p["url"],
            "posted_at": _iso(p["posted_at"]),
            "deleted": p["deleted"],
        }
        for p in posts
    ]
    return json_response(payload, key)


@bp.get("/api/claims/<int:claim_id>/verdicts")
def claim_verdicts(claim_id: int) -> Response:
    """A claim's verdict history, oldest first."""
    with engine().connect() as conn:
        _public_post(conn, claim_id)
        history = queries.verdict_history(conn, claim_id)
        key = queries.claims_version(conn)
    return json_response([verdict_json(v) for v in history], key)


@bp.get("/api/verdicts")
def verdicts() -> Response:
    """The latest verdicts given (machine or newsroom), newest first, each naming its post."""
    round_number = round_arg()
    with engine().connect() as conn:
        rows = queries.verdict_changes(conn, round_number, limit=100)
        key = queries.claims_version(conn)
    return json_response(
        [
            {
                **verdict_json(r),
                "claim_id": r["claim_id"],
                "post": r["story_id"],
                "area": r["area"],
                "type": r["type"],
            }
            for r in rows
        ],
        key,
    )


@bp.get("/api/version")
@microcached("round")
def version() -> Response:
    """The small versioned document live pages poll: results version, claims key, time."""
    round_number = round_arg()
    with engine().connect() as conn:
        number, as_of = queries.data_version(conn, round_number)
        key = queries.claims_version(conn)
    return json_response(
        {"round": round_number, "results": number, "claims": key, "as_of": _iso(as_of)}, number, key
    )


@bp.get("/api/live/<code>")
@microcached("round")
def live(code: str) -> Response:
    """The live parts of a page, rendered (status line, banners, figures table, claims list)."""
    round_number = round_arg()
    with engine().connect() as conn:
        if queries.get_area(conn, code) is None:
            abort(404, f"no area '{code}'")
        ctx = live_context(conn, code, round_number)
    fragments = {
        "live-status": render_template("_status.html", **ctx),
        "live-banners": render_template("_banners.html", **ctx),
        "live-summary": render_template("_summary.html", **ctx),
        "live-claims": render_template("_claims.html", **ctx),
    }
    payload = {"results": ctx["version"], "claims": ctx["claims_version"], "fragments": fragments}
    return json_response(payload, ctx["version"], ctx["claims_version"], ctx["banners"])


def figures_json(code: str, round_number: int, lang: str) -> str:
    """The Plotly figures of an area as JSON, built once per data version (Plotly is slow)."""
    with engine().connect() as conn:
        number, _ = queries.data_version(conn, round_number)
        key = (str(settings().path), code, round_number, lang, number, rehearsal())
        cached = _figures_cache().get(key)
        if cached is not None:
            return cached
        found = queries.standings(conn, settings(), code, round_number)
        if found is None:
            abort(404, f"no area '{code}'")
        document = queries.results_document(found)
        rows = queries.departement_leaders(conn, round_number) if code == "FR" else []
    out: dict[str, Any] = {
        "bar": json.loads(charts.bar_figure(document, settings(), lang).to_json()),
        "version": number,
    }
    if code == "FR":
        shapes, geo = map_shapes(), geography()

        def area_url(area: str) -> str:
            return url_for("public.area", code=area, round=round_number)

        out["map"] = None  # a feed with no geography (2011): the page says so instead
        if charts.has_geography(rows, geo, shapes):
            figure = charts.map_figure(
                rows, settings(), geo, url_for("public.geojson"), shapes, area_url, lang
            )
            out["map"] = json.loads(figure.to_json())
        out["tiles"] = charts.tiles(rows, settings(), geo, shapes, area_url, lang)
        out["legend"] = charts.legend(rows, settings(), geo, shapes, lang)
    body = json.dumps(mark_rehearsal(out), ensure_ascii=False)
    with _FIGURES_LOCK:
        cache = _figures_cache()
        if len(cache) > 512:
            cache.clear()
        cache[key] = body
    return body


@bp.get("/api/figures/<code>")
@microcached("round")
def figures(code: str) -> Response:
    """Plotly figure specs (bar chart; map and legend for the nation)."""
    round_number = round_arg()
    body = figures_json(code, round_number, i18n.lang())
    return cacheable(Response(body, mimetype="application/json"))


@bp.get("/exports/claims.csv")
def claims_csv() -> Response:
    """Every claim (each part of each public post) of a round as CSV, with both labels."""
    round_number = round_arg()
    with engine().connect() as conn:
        rows = queries.claim_rows(conn, round_number, limit=100000)
        key = queries.claims_version(conn)
    worded = [
        {**r, "reason_fr": postview.why(r, "fr"), "reason_en": postview.why(r, "en")} for r in rows
    ]
    response = Response(exports.claims_csv(worded, rehearsal()), mimetype="text/csv")
    prefix = "REPETITION-" if rehearsal() else ""
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{prefix}claims-tour{round_number}.csv"'
    )
    return cacheable(response, key)


@bp.get("/api/claims/<int:claim_id>/claimreview.json")
def claim_review_json(claim_id: int) -> Response:
    """The ClaimReview of the post a claim belongs to, as a JSON-LD document."""
    with engine().connect() as conn:
        post = _public_post(conn, claim_id)
        posts = queries.story_posts(conn, post["story_id"], tips=bool(post["reviewed_at"]))
        key = queries.claims_version(conn)
    review = exports.claim_review(postview.review_row(post), posts)
    body = json.dumps(review, ensure_ascii=False)
    return cacheable(Response(body, mimetype="application/ld+json"), key)


@bp.get("/feeds/verdicts.atom")
def atom() -> Response:
    """An Atom feed of the posts whose label changed last (machine or newsroom), once each."""
    round_number = round_arg()
    with engine().connect() as conn:
        rows = queries.latest_claims(conn, round_number, limit=100, order="changed")
        key = queries.claims_version(conn)
    body = render_template("verdicts.xml", entries=rows, round=round_number)
    return cacheable(Response(body, mimetype="application/atom+xml"), key)


@bp.get("/api/openapi.json")
def openapi() -> Response:
    """The OpenAPI 3.1 description of this API."""
    return json_response(openapi_document())


def _op(summary: str, params: list[dict[str, Any]] | None = None, schema: str = "object") -> dict:
    return {
        "get": {
            "summary": summary,
            "parameters": params or [],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"type": schema}}},
                },
                "404": {"description": "Unknown area or claim"},
            },
        }
    }


def _events_op(rnd: dict[str, Any]) -> dict:
    """The live event stream, which answers text/event-stream, or 503 when the worker is full."""
    return {
        "get": {
            "summary": "Server-Sent Events: a `version` event (the /api/version document) when a "
            "snapshot lands or the claims change, a comment line every 15 s; the stream ends "
            "after a few minutes and the browser reconnects",
            "parameters": [rnd],
            "responses": {
                "200": {
                    "description": "An event stream",
                    "content": {"text/event-stream": {"schema": {"type": "string"}}},
                },
                "503": {"description": "Too many streams open here: poll /api/version"},
            },
        }
    }


def _bureau_view_params() -> list[dict[str, Any]]:
    """The bureau list's filter and order, as OpenAPI parameters (named choices only)."""
    show = {
        "name": "show",
        "in": "query",
        "schema": {"type": "string", "enum": list(queries.BUREAU_SHOWS)},
        "description": "Which bureaux: all, reported, not reported, or a turnout band.",
    }
    sort = {
        "name": "sort",
        "in": "query",
        "schema": {"type": "string", "enum": list(bureau_table.SORT_CHOICES)},
        "description": "Order across the whole area, '-' first for descending (départements, "
        "communes and finer areas; coarser ones list in code order).",
    }
    return [show, sort]


RESULTS_SUMMARY = (
    "Standings of an area (the document of `primaries results --json`), with `sources`: each "
    "source behind the figures, its fetch and publication times, and whether it is late (no "
    "good fetch within a few of its poll intervals)"
)
STATUS_SUMMARY = (
    "An area's bureaux by status: not reported, provisional, validated, corrected, quarantined "
    "(not counted), cancelled; what the quarantined could change; and the `sources` of its figures"
)
CAUTION_SUMMARY = (
    "Whether the bureaux counted are like the registry (the early-count caution): shares of "
    "inscrits per class of place, their distance, what chance would give"
)


def openapi_document() -> dict[str, Any]:
    """The description of every JSON endpoint, built from the same names the routes use."""
    rnd = {
        "name": "round",
        "in": "query",
        "schema": {"type": "integer"},
        "description": "The round (tour).",
    }
    area = {
        "name": "area",
        "in": "path",
        "required": True,
        "schema": {"type": "string"},
        "description": "An area code or name; `national` for the whole election.",
    }
    code = {"name": "code", "in": "path", "required": True, "schema": {"type": "string"}}
    claim_id = {"name": "claim_id", "in": "path", "required": True, "schema": {"type": "integer"}}
    label = {
        "name": "label",
        "in": "query",
        "schema": {"type": "string", "enum": list(exports.RATING)},
    }
    kind = {"name": "type", "in": "query", "schema": {"type": "string"}}
    area_q = {"name": "area", "in": "query", "schema": {"type": "string"}}
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 1000}}
    page = {
        "name": "page",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1},
        "description": f"A page of {BUREAUX_PAGE_SIZE} bureaux (1-based).",
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": f"primaries: {settings().election.name}", "version": "1"},
        "paths": {
            "/api/results/{area}": _op(RESULTS_SUMMARY, [area, rnd]),
            "/api/areas/{code}/bureaux": _op(
                "A page of an area's bureaux with their figures, filtered and sorted across the "
                "area (code order by default); `next` links the following page",
                [code, rnd, page, *_bureau_view_params()],
            ),
            "/api/areas/{code}/status": _op(STATUS_SUMMARY, [code, rnd]),
            "/api/areas/{code}/representativeness": _op(CAUTION_SUMMARY, [code, rnd]),
            "/api/areas/{code}/children": _op(
                "Sub-areas of an area with their tallies", [code, rnd], "array"
            ),
            "/api/search": _op(
                "Areas and bureaux by name or code",
                [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                "array",
            ),
            "/api/claims": _op(
                "Latest posts, once each, with text, label, reason, parts and time",
                [rnd, label, kind, area_q, limit],
            ),
            "/api/claims/{claim_id}": _op(
                "One claim with its verdict history and posts", [claim_id]
            ),
            "/api/claims/{claim_id}/verdicts": _op(
                "A claim's verdict history", [claim_id], "array"
            ),
            "/api/claims/{claim_id}/claimreview.json": _op(
                "A claim's schema.org ClaimReview", [claim_id]
            ),
            "/api/verdicts": _op("Latest verdicts given", [rnd], "array"),
            "/api/version": _op("Live version of the results and the claims", [rnd]),
            "/api/events": _events_op(rnd),
            "/api/figures/{code}": _op("Plotly figures of an area", [code, rnd]),
            "/api/live/{code}": _op("Rendered live fragments of a page", [code, rnd]),
            "/api/buzz/{code}": _op(
                "Each candidate's share of the posts (and their reach) beside the official share;"
                " posts are not votes",
                [code, rnd],
            ),
        },
    }
