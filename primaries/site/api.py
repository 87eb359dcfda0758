"""Show stage: the JSON API (results, bureaux, claims, verdicts, live version, figures), its OpenAPI
description, and the exports (claims CSV, ClaimReview JSON-LD, Atom feed of verdict changes)."""

from __future__ import annotations

import csv
import io
import json
import threading
from typing import Any

from flask import Blueprint, Response, abort, render_template, request, url_for

from primaries import charts, queries
from primaries.app import geography
from primaries.posts import display_text
from primaries.site import i18n
from primaries.site.common import (
    cacheable,
    effective_label,
    engine,
    microcached,
    reason_of,
    round_arg,
    settings,
)
from primaries.site.public import GEOJSON

bp = Blueprint("api", __name__)

RATING = {"contradicted": 1, "unconfirmed": 2, "confirmed": 3}
_FIGURES: dict[tuple, str] = {}
_FIGURES_LOCK = threading.Lock()


def json_response(payload: Any, *parts: Any) -> Response:
    """A cacheable JSON response (UTF-8, no ASCII escaping, like the CLI's --json)."""
    body = json.dumps(payload, ensure_ascii=False, default=str)
    return cacheable(Response(body, mimetype="application/json"), *parts)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


CLAIM_REVIEWED_MAX = 500  # characters of the post quoted in a ClaimReview
# A cell starting with one of these is run as a formula by Excel, LibreOffice and Google Sheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str | None) -> str:
    """Free text as a CSV cell a spreadsheet shows and never runs (OWASP: CSV injection)."""
    value = text or ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def claim_json(row: dict[str, Any]) -> dict[str, Any]:
    """A claim as the API gives it: text, type, area, label, reason, time and the newsroom's view."""
    return {
        "id": row["id"],
        "round": row["round"],
        "text": row.get("story_text") or row["fragment"],
        "fragment": row["fragment"],
        "type": row["type"],
        "candidates": row["candidates"] or [],
        "area": row["area"],
        "area_name": row.get("area_name"),
        "value": row["value"] or {},
        "flags": row["flags"] or [],
        "label": row["label"],
        "reason": reason_of(row),
        "reason_fr": row["reason_fr"],
        "reason_en": row["reason_en"],
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
    """One entry of a claim's verdict history."""
    return {
        "label": row["label"],
        "by": row["by"],
        "reason_fr": row["reason_fr"],
        "reason_en": row["reason_en"],
        "evidence": row["evidence"] or {},
        "valid_from": _iso(row["valid_from"]),
        "valid_to": _iso(row["valid_to"]),
    }


@bp.get("/api/results/<path:area>")
@microcached
def results(area: str) -> Response:
    """Exactly what `primaries results AREA --round N --json` prints."""
    round_number = round_arg()
    with engine().connect() as conn:
        ref = queries.resolve_area(conn, area)
        if ref is None:
            abort(404, f"no area matches '{area}'")
        found = queries.standings(conn, settings(), ref.code, round_number)
    document = queries.results_document(found)
    body = json.dumps(document, ensure_ascii=False)
    return cacheable(Response(body, mimetype="application/json"))


@bp.get("/api/areas/<code>/bureaux")
@microcached
def bureaux(code: str) -> Response:
    """Every bureau of an area with its current figures (null ones not reported yet)."""
    round_number = round_arg()
    with engine().connect() as conn:
        ref = queries.get_area(conn, code)
        if ref is None:
            abort(404, f"no area '{code}'")
        rows = queries.bureaux_of(conn, settings(), ref.code, round_number)
    for row in rows:
        row.pop("anomalies", None)  # feed anomalies go to editors, never to the public
    payload = {
        "area": {"code": ref.code, "name": ref.name, "level": ref.level},
        "round": round_number,
        "bureaux": rows,
    }
    return json_response(payload)


@bp.get("/api/areas/<code>/children")
@microcached
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
@microcached
def claims() -> Response:
    """The latest claims of a round, each with its text, type, area, label, reason and time."""
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


@bp.get("/api/claims/<int:claim_id>")
def claim(claim_id: int) -> Response:
    """One claim with its verdict history and the posts that carry it."""
    with engine().connect() as conn:
        row = queries.claim_detail(conn, claim_id)
        if row is None:
            abort(404, f"no claim {claim_id}")
        history = queries.verdict_history(conn, claim_id)
        posts = queries.story_posts(conn, row["story_id"])
        key = queries.claims_version(conn)
    payload = claim_json(row)
    payload["evidence"] = row["evidence"] or {}
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
        if queries.claim_detail(conn, claim_id) is None:
            abort(404, f"no claim {claim_id}")
        history = queries.verdict_history(conn, claim_id)
        key = queries.claims_version(conn)
    return json_response([verdict_json(v) for v in history], key)


@bp.get("/api/verdicts")
def verdicts() -> Response:
    """The latest verdicts given (machine or newsroom), newest first."""
    round_number = round_arg()
    with engine().connect() as conn:
        rows = queries.verdict_changes(conn, round_number, limit=100)
        key = queries.claims_version(conn)
    return json_response(
        [
            {**verdict_json(r), "claim_id": r["claim_id"], "area": r["area"], "type": r["type"]}
            for r in rows
        ],
        key,
    )


@bp.get("/api/version")
@microcached
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
@microcached
def live(code: str) -> Response:
    """The live parts of a page, rendered (status line, banners, figures table, claims list)."""
    from primaries.site.public import live_context

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
        key = (str(settings().path), code, round_number, lang, number)
        cached = _FIGURES.get(key)
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
        geo_url = url_for("public.geojson")
        outlines = charts.outline_names(GEOJSON)
        figure = charts.map_figure(rows, settings(), geography(), geo_url, outlines, lang)
        out["map"] = json.loads(figure.to_json())
        out["legend"] = charts.legend(rows, settings())
    body = json.dumps(out, ensure_ascii=False)
    with _FIGURES_LOCK:
        if len(_FIGURES) > 512:
            _FIGURES.clear()
        _FIGURES[key] = body
    return body


@bp.get("/api/figures/<code>")
@microcached
def figures(code: str) -> Response:
    """Plotly figure specs (bar chart; map and legend for the nation)."""
    round_number = round_arg()
    body = figures_json(code, round_number, i18n.lang())
    return cacheable(Response(body, mimetype="application/json"))


@bp.get("/exports/claims.csv")
def claims_csv() -> Response:
    """Every claim of a round as CSV, with both labels."""
    round_number = round_arg()
    with engine().connect() as conn:
        rows = queries.latest_claims(conn, round_number, limit=100000)
        key = queries.claims_version(conn)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "id",
            "round",
            "type",
            "area",
            "candidates",
            "text",
            "label",
            "label_at",
            "reason_fr",
            "reason_en",
            "newsroom_label",
            "newsroom_reason",
            "newsroom_by",
            "newsroom_at",
            "posts",
            "accounts",
            "reach",
            "created_at",
        ]
    )
    for r in rows:
        writer.writerow(
            [
                r["id"],
                r["round"],
                r["type"],
                r["area"],
                " ".join(r["candidates"] or []),
                csv_cell(r.get("story_text") or r["fragment"]),
                r["label"],
                _iso(r["label_at"]),
                csv_cell(r["reason_fr"]),
                csv_cell(r["reason_en"]),
                r["override_label"] or "",
                csv_cell(r["override_reason"]),
                csv_cell(r["override_by"]),
                _iso(r["override_at"]) or "",
                r.get("story_posts") or 0,
                r.get("story_accounts") or 0,
                r.get("story_reach") or 0,
                _iso(r["created_at"]),
            ]
        )
    response = Response(out.getvalue(), mimetype="text/csv")
    response.headers["Content-Disposition"] = (
        f'attachment; filename="claims-tour{round_number}.csv"'
    )
    return cacheable(response, key)


def claim_review(row: dict[str, Any], posts: list[dict[str, Any]]) -> dict[str, Any]:
    """The schema.org ClaimReview of a claim (the newsroom's label when it gave one)."""
    label = effective_label(row)
    reviewed = row["override_at"] or row["label_at"] or row["created_at"]
    appearances = [
        {"@type": "SocialMediaPosting", "url": p["url"], "datePublished": _iso(p["posted_at"])}
        for p in posts
        if p["url"].startswith(("http://", "https://"))
    ][:20]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url_for("public.claim", claim_id=row["id"], _external=True),
        # A short summary, as schema.org asks: a 100 KB post must not weigh on every claim page.
        "claimReviewed": display_text(row.get("story_text") or row["fragment"], CLAIM_REVIEWED_MAX),
        "datePublished": _iso(reviewed),
        "author": {"@type": "Organization", "name": settings().election.authority or "primaries"},
        "itemReviewed": {
            "@type": "Claim",
            "datePublished": _iso(row["created_at"]),
            "appearance": appearances,
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING.get(label, 2),
            "bestRating": 3,
            "worstRating": 1,
            "alternateName": label,
            "ratingExplanation": row["override_reason"]
            if row.get("override_label")
            else reason_of(row),
        },
    }


@bp.get("/api/claims/<int:claim_id>/claimreview.json")
def claim_review_json(claim_id: int) -> Response:
    """A claim's ClaimReview as a JSON-LD document."""
    with engine().connect() as conn:
        row = queries.claim_detail(conn, claim_id)
        if row is None:
            abort(404, f"no claim {claim_id}")
        posts = queries.story_posts(conn, row["story_id"])
        key = queries.claims_version(conn)
    body = json.dumps(claim_review(row, posts), ensure_ascii=False)
    return cacheable(Response(body, mimetype="application/ld+json"), key)


@bp.get("/feeds/verdicts.atom")
def atom() -> Response:
    """An Atom feed of verdict changes (machine and newsroom), newest first."""
    round_number = round_arg()
    with engine().connect() as conn:
        rows = queries.verdict_changes(conn, round_number, limit=100)
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
    label = {"name": "label", "in": "query", "schema": {"type": "string", "enum": list(RATING)}}
    kind = {"name": "type", "in": "query", "schema": {"type": "string"}}
    area_q = {"name": "area", "in": "query", "schema": {"type": "string"}}
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 1000}}
    return {
        "openapi": "3.1.0",
        "info": {"title": f"primaries: {settings().election.name}", "version": "1"},
        "paths": {
            "/api/results/{area}": _op(
                "Standings of an area (same document as `primaries results --json`)", [area, rnd]
            ),
            "/api/areas/{code}/bureaux": _op(
                "Every bureau of an area with its figures", [code, rnd]
            ),
            "/api/areas/{code}/children": _op(
                "Sub-areas of an area with their tallies", [code, rnd], "array"
            ),
            "/api/search": _op(
                "Areas and bureaux by name or code",
                [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                "array",
            ),
            "/api/claims": _op(
                "Latest claims with text, type, area, label, reason and time",
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
            "/api/figures/{code}": _op("Plotly figures of an area", [code, rnd]),
            "/api/live/{code}": _op("Rendered live fragments of a page", [code, rnd]),
        },
    }
