"""Show stage: the public pages: home, area pages, search, claim pages, the tip form, static assets."""

from __future__ import annotations

import gzip
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask.blueprints import BlueprintSetupState
from flask_compress import Compress

from primaries import queries, rumours
from primaries.buzz import buzz as buzz_of
from primaries.context import engine, settings
from primaries.models import utcnow
from primaries.posts import add_tip
from primaries.web import bureau_table, charts, exports, i18n, postview
from primaries.web.common import (
    cacheable,
    kept_args,
    live_context,
    microcached,
    page,
    results_view,
    round_arg,
)
from primaries.web.exports import claim_review
from primaries.web.guards import current_user
from primaries.web.mapshapes import geojson_bytes, map_shapes

bp = Blueprint("public", __name__)

# plotly.js built with only the traces charts.py draws (bar, choroplethmap): 900 KB gzipped
# instead of the full 1.4 MB (4.8 MB unpacked); tools/plotly-bundle rebuilds it from npm.
PLOTLY_JS = Path(__file__).resolve().parent.parent / "static" / "vendor" / "plotly-primaries.min.js"
PLOTLY_GZ = PLOTLY_JS.with_name(PLOTLY_JS.name + ".gz")
# The most spread posts in the strip at the top of the home page (a phone's first screen).
TOP_POSTS = 3
# Levels whose page lists every bureau (coarser areas list their sub-areas instead).
BUREAU_TABLE_LEVELS = ("commune", "arrondissement", "departement", "bureau")
# Rows of the public bureau table per page: Paris alone has 896 bureaux, a 450 KB page that took
# 140-280 ms of one worker's GIL to render and saturated the site under load (bench/load_bench).
BUREAU_PAGE_SIZE = 150


def page_arg(total: int, size: int) -> int:
    """The table page asked for (?page=N, 1-based), clamped to the pages that exist."""
    try:
        asked = int(request.args.get("page", "1"))
    except ValueError:
        asked = 1
    last = max(1, -(-total // size))
    return min(max(asked, 1), last)


@bp.get("/")
@microcached("round")
def home() -> Response:
    """National standings, the map, the live claims."""
    round_number = round_arg()
    with engine().connect() as conn:
        ctx = live_context(conn, "FR", round_number)
        ctx["top"] = queries.latest_claims(conn, round_number, limit=TOP_POSTS, order="spread")
    ctx["area"] = ctx["doc"]["area"]
    body = render_template("home.html", **ctx)
    return page(body, ctx["version"], ctx["claims_version"], ctx["banners"])


@bp.get("/live/top")
@microcached("round")
def top() -> Response:
    """The home page's first screen, live: the leader, the count and the most spread posts."""
    round_number = round_arg()
    with engine().connect() as conn:
        doc = results_view(conn, "FR", round_number)
        posts = queries.latest_claims(conn, round_number, limit=TOP_POSTS, order="spread")
        version, _ = queries.data_version(conn, round_number)
        key = queries.claims_version(conn)
    body = render_template("_top.html", doc=doc, top=posts, round=round_number)
    return page(body, version, key)


@bp.get("/api/buzz/<code>")
@microcached("round")
def buzz(code: str) -> Response:
    """Each candidate's share of the posts about an area (and of their reach), hour by hour,
    beside their official share, with the Plotly figure that draws it: posts are not votes."""
    round_number = round_arg()
    with engine().connect() as conn:
        if queries.get_area(conn, code) is None:
            abort(404)
        document = results_view(conn, code, round_number)
        names = [c["id"] for c in document["candidates"]] or [
            c.id for c in settings().candidates if round_number in c.rounds
        ]
        found = buzz_of(conn, round_number, names, None if code == "FR" else code)
        key = queries.claims_version(conn)
        version, _ = queries.data_version(conn, round_number)
    figure = charts.buzz_figure(found, document, settings(), i18n.lang())
    payload = {
        **found,
        "area": code,
        "official": {c["id"]: c["pct"] for c in document["candidates"]},
        "note": i18n.t("buzz_note"),
        "figure": json.loads(figure.to_json()),
    }
    body = json.dumps(payload, ensure_ascii=False)
    return cacheable(Response(body, mimetype="application/json"), key, version)


@bp.get("/area/<code>")
@microcached("round", "page", "show", "sort")
def area(code: str) -> Response:
    """One area at any level: breadcrumbs, standings, sub-areas or bureaux, claims, both rounds."""
    round_number = round_arg()
    staff = current_user(engine()) is not None
    with engine().connect() as conn:
        ref = queries.get_area(conn, code)
        if ref is None:
            found = queries.resolve_area(conn, code)
            if found is None:
                abort(404)
            return redirect(url_for("public.area", code=found.code, **kept_args()))
        ctx = live_context(conn, ref.code, round_number)
        ctx["ref"] = ref
        ctx["crumbs"] = queries.breadcrumbs(conn, ref)
        ctx["children"] = (
            [] if ref.level == "bureau" else queries.children(conn, ref.code, round_number)
        )
        ctx["bureaux"], ctx["bureau_pager"] = [], {"page": 1, "pages": 1, "total": 0}
        if ref.level in BUREAU_TABLE_LEVELS and ref.level != "bureau":
            ctx.update(bureau_table.table_context(conn, ref, round_number, staff, BUREAU_PAGE_SIZE))
        rounds = queries.rounds_with_results(conn, ref.code)
        ctx["compare"] = (
            [results_view(conn, ref.code, r) for r in rounds] if len(rounds) > 1 else []
        )
    # Anomalies are for the newsroom: the public page never carries them (and stays cacheable).
    ctx["show_anomalies"] = staff
    names = {c.id: c.name for c in settings().candidates}
    for child in ctx["children"]:
        votes = child.get("votes") or {}
        if votes and child.get("exprimes"):
            best = max(votes.items(), key=lambda kv: kv[1])
            child["leader"] = names.get(best[0], best[0])
            child["leader_pct"] = round(100 * best[1] / child["exprimes"], 2)
    for row in ctx["bureaux"]:
        votes = row.get("votes") or {}
        best = (
            max(votes.items(), key=lambda kv: kv[1])[0] if row.get("reported") and votes else None
        )
        row["leader_id"] = best
        row["leader"] = names.get(best, best) if best else None
    body = render_template("area.html", **ctx)
    if staff:
        return Response(body)  # private: after_request marks it no-store
    return page(body, ctx["version"], ctx["claims_version"], ctx["banners"])


@bp.get("/area/<code>/bureaux.csv")
def bureaux_csv(code: str, french: bool = False) -> Response:
    """Every bureau of an area (or those ?show= keeps: not reported, a turnout band...) with its
    figures and votes per candidate, as CSV, streamed a page at a time (the nation's 69,242
    rows are never built whole in memory)."""
    round_number = round_arg()
    show, _ = bureau_table.table_args()
    with engine().connect() as conn:
        ref = queries.get_area(conn, code)
        if ref is None:
            abort(404)
        version, _ = queries.data_version(conn, round_number)
    return exports.bureaux_csv_response(ref, round_number, version, show, french)


@bp.get("/area/<code>/bureaux-fr.csv")
def bureaux_csv_fr(code: str) -> Response:
    """The same list for a French spreadsheet: ';', decimal comma, UTF-8 with BOM, French
    headers (the other CSV stays the international one)."""
    return bureaux_csv(code, french=True)


@bp.get("/search")
def search() -> Response | str:
    """Find a département, commune, consular city or bureau by name or code (accents optional)."""
    text = request.args.get("q", "").strip()[:100]
    found: list[Any] = []
    if text:
        with engine().connect() as conn:
            found = queries.search_areas(conn, text, limit=30)
            exact = queries.resolve_area(conn, text)
        if exact is not None and len(found) <= 1:
            return redirect(url_for("public.area", code=exact.code))
    return page(render_template("search.html", q=text, found=found))


# Posts on one page of the public list; paging counts posts, never their parts.
POSTS_PAGE_SIZE = 100


@bp.get("/claims")
@microcached
def claims() -> Response:
    """Every post of a round, newest first, one entry each, filterable by label, type and area."""
    round_number = round_arg()
    label = request.args.get("label") or None
    kind = request.args.get("type") or None
    with engine().connect() as conn:
        total = queries.count_posts(conn, round_number, label=label, claim_type=kind)
        number = page_arg(total, POSTS_PAGE_SIZE)
        rows = queries.latest_claims(
            conn,
            round_number,
            limit=POSTS_PAGE_SIZE,
            offset=(number - 1) * POSTS_PAGE_SIZE,
            label=label,
            claim_type=kind,
        )
        key = queries.claims_version(conn)
    pager = {"page": number, "pages": max(1, -(-total // POSTS_PAGE_SIZE)), "total": total}
    body = render_template(
        "claims.html", claims=rows, round=round_number, label=label, kind=kind, pager=pager
    )
    return page(body, key)


def _official_by_part(conn: Any, parts: list[dict[str, Any]]) -> dict[tuple[str, int], Any]:
    """The official figures of each place and round the parts are about (known places only)."""
    found: dict[tuple[str, int], Any] = {}
    for part in parts:
        # A comparison's other place is shown beside its first ("mieux à Paris qu'à Lyon").
        compared = ((part["value"] or {}).get("compared") or [])[:1]
        for area in (part["area"], *compared):
            where = (area, part["round"])
            if where not in found and queries.get_area(conn, area) is not None:
                found[where] = results_view(conn, *where)
    return found


@bp.get("/claim/<int:claim_id>")
def claim(claim_id: int) -> Response:
    """A post, from any of its parts: how it was read, its label and each part's, the official
    figures compared, the posts that carry it and its spread, the verdict timeline."""
    with engine().connect() as conn:
        post = queries.post_of(conn, claim_id)
        if post is None:
            abort(404)  # no such claim, or a reader's tip no editor has approved
        # A tip's own post is shown once an editor approved it, never before.
        posts = queries.story_posts(conn, post["story_id"], tips=bool(post["reviewed_at"]))
        history = queries.post_history(conn, post["story_id"])
        notes = rumours.notes_of_post(conn, post["story_id"])
        official = _official_by_part(conn, post["parts"])
        readings = {c for p in post["parts"] for c in (p["value"] or {}).get("alternatives") or ()}
        readings |= {c for p in post["parts"] for c in (p["value"] or {}).get("compared") or ()}
        place_names = {
            code: f"{area.name} ({i18n.level_name(area.level)})"
            for code in readings
            if (area := queries.get_area(conn, code))
        }
        key = queries.claims_version(conn)
        version, _ = queries.data_version(conn, post["round"] or round_arg())
    body = render_template(
        "claim.html",
        claim=post,
        current=claim_id,
        posts=posts,
        history=history,
        official=official,
        place_names=place_names,
        jsonld=claim_review(postview.review_row(post), posts),
        claims_version=key,
        notes=notes,
    )
    return page(body, key, version)


@bp.get("/claim/<int:claim_id>/feed.atom")
def claim_feed(claim_id: int) -> Response:
    """An Atom feed of one post's labels, newest first: a reader's feed reader hears of a change."""
    with engine().connect() as conn:
        post = queries.post_of(conn, claim_id)
        if post is None:
            abort(404)
        history = queries.post_history(conn, post["story_id"])
        key = queries.claims_version(conn)
    entries = sorted(history, key=lambda v: (v["valid_from"], v["id"]), reverse=True)
    body = render_template("claim_feed.xml", claim=post, entries=entries)
    return cacheable(Response(body, mimetype="application/atom+xml"), key)


@bp.route("/tip", methods=["GET", "POST"])
def tip() -> Response | str:
    """Readers send a post's link or text to the newsroom (CSRF-protected, rate-limited)."""
    if request.method == "POST":
        text = request.form.get("text", "").strip()[:5000]
        url = request.form.get("url", "").strip()[:1000]
        author = request.form.get("author", "").strip()[:100]
        if not text and not url:
            flash(i18n.t("tip_empty"), "error")
            return render_template("tip.html", text=text, url=url, author=author), 400
        add_tip(engine(), text or url, url=url or None, author=author or None, now=utcnow())
        flash(i18n.t("tip_thanks"), "ok")
        return redirect(url_for("public.tip"))
    return render_template("tip.html", text="", url="", author="")


@cache
def _geojson_gzip() -> bytes:
    """The outlines, compressed once per process (they never change during a night)."""
    return gzip.compress(geojson_bytes(map_shapes()), 6)


@bp.get("/geo/departements.geojson")
def geojson() -> Response:
    """The départements' outlines for the map (the overseas ones in their boxes beside the
    mainland), served from the project's own data."""
    data = _geojson_gzip()
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        response = Response(data, mimetype="application/geo+json")
        response.headers["Content-Encoding"] = "gzip"
    else:
        response = Response(gzip.decompress(data), mimetype="application/geo+json")
    response.headers["Vary"] = "Accept-Encoding"
    response.set_etag(f"geo-{len(data)}")
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response.make_conditional(request)


@cache
def _bundle_version(path: Path) -> str:
    """A short digest of the bundle: its URL changes whenever the file does."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


@bp.get("/vendor/plotly-<version>.min.js")
def plotly_js(version: str) -> Response:
    """The project's own plotly.js bundle, gzipped ahead of time when the browser takes it: no
    CDN, ever, and no compression work per request."""
    current = _bundle_version(PLOTLY_JS)
    if version != current:
        return redirect(url_for("public.plotly_js", version=current))
    packed = "gzip" in request.headers.get("Accept-Encoding", "") and PLOTLY_GZ.exists()
    response = send_file(
        PLOTLY_GZ if packed else PLOTLY_JS,
        mimetype="text/javascript",
        max_age=31536000,
        conditional=True,
        etag=f"{current}-{'gz' if packed else 'raw'}",
    )
    if packed:
        response.headers["Content-Encoding"] = "gzip"
    response.headers["Vary"] = "Accept-Encoding"
    response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


@bp.app_template_global()
def plotly_url() -> str:
    """Where the page loads plotly.js from (versioned, so it can be cached for a year)."""
    return url_for("public.plotly_js", version=_bundle_version(PLOTLY_JS))


@bp.record_once
def compress_public_responses(state: BlueprintSetupState) -> None:
    """Compress public pages and JSON (brotli, gzip) with flask-compress; private responses are
    left alone, since compressing a secret beside text an attacker chooses leaks it (BREACH)."""
    compress = Compress()
    state.app.config.setdefault("COMPRESS_REGISTER", False)
    compress.init_app(state.app)

    def compressed(response: Response) -> Response:
        if "public" in (response.headers.get("Cache-Control") or ""):
            return compress.after_request(response)
        return response

    state.app.after_request(compressed)


@bp.app_template_global()
def is_staff() -> bool:
    """True when a newsroom account is signed in (only private pages ask)."""
    return current_user(engine()) is not None


@bp.app_context_processor
def post_helpers() -> dict[str, Any]:
    """Helpers every template may call to show a post, its parts and their reasons."""
    return postview.template_helpers()
