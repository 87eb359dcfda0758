"""Show stage: the newsroom workspace: login, post queue, tips to approve, assign, notes, overrides,
audit, anomalies.

Every route checks the account's role on the server (require_role); every form carries a CSRF
token (CSRFProtect on the app); every write goes through primaries.newsroom, which appends
to the audit trail in the same transaction.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from primaries import newsroom, queries, rumours, webhooks
from primaries.context import engine, settings
from primaries.models import utcnow
from primaries.users import DELEGATE, authenticate, end_sessions
from primaries.web import i18n
from primaries.web.common import banners
from primaries.web.guards import current_user, require_role, sign_in

bp = Blueprint("editor", __name__, url_prefix="/editor")
editors = require_role("editor", "admin", engine_of=engine)
admins = require_role("admin", engine_of=engine)


def _ip() -> str:
    return request.remote_addr or ""


def _me() -> str:
    user = current_user(engine())
    assert user is not None  # the role guard ran first
    return user["name"]


def _safe_next(target: str | None) -> str:
    """Only a path on this site (no open redirect after login)."""
    if (
        target
        and target.startswith("/")
        and not target.startswith("//")
        and not urlparse(target).netloc
    ):
        return target
    return url_for("editor.queue")


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str | tuple[str, int]:
    """Sign in (rate-limited; the session cookie is HTTP-only, secure in production)."""
    if request.method == "POST":
        name = request.form.get("name", "").strip()[:100]
        password = request.form.get("password", "")[:200]
        user = authenticate(engine(), name, password)
        if user is None:
            newsroom.record_action(
                engine(),
                user=name or "?",
                action="login_failed",
                claim_id=None,
                ip=_ip(),
                now=utcnow(),
            )
            return render_template("editor/login.html", error=True, name=name), 401
        sign_in(user)  # a fresh session on every login: no fixation
        newsroom.record_action(
            engine(), user=user["name"], action="login", claim_id=None, ip=_ip(), now=utcnow()
        )
        if user["role"] == DELEGATE:  # a party's delegate has its tally sheets, not the queue
            wanted = request.args.get("next") or ""
            return redirect(wanted if wanted.startswith("/tally/") else url_for("tally.sheets"))
        return redirect(_safe_next(request.args.get("next")))
    return render_template("editor/login.html", error=False, name="")


@bp.post("/logout")
@editors
def logout() -> Response:
    """Sign out."""
    newsroom.record_action(
        engine(), user=_me(), action="logout", claim_id=None, ip=_ip(), now=utcnow()
    )
    end_sessions(engine(), _me())  # a copy of this cookie kept elsewhere stops working too
    session.clear()
    return redirect(url_for("public.home"))


ALL_STATUSES = ("public", "pending", "rejected")


# What the queue opens on: the posts that still need a decision. Any filter in the URL, "all"
# labels included, replaces this default.
OPENING_LABEL = "unconfirmed"


def has_doubts(post: dict[str, Any]) -> bool:
    """True when the verifier left words of the post unread (Claim.value["doubts"])."""
    return any((part.get("value") or {}).get("doubts") for part in post.get("parts") or ())


def unread_words(post: dict[str, Any]) -> list[str]:
    """The post's unread words in the page's language, each once (parts often share them)."""
    seen: dict[str, None] = {}
    for part in post.get("parts") or ():
        for doubt in (part.get("value") or {}).get("doubts") or ():
            seen.setdefault(i18n.doubt_text(doubt), None)
    return list(seen)


def post_places(post: dict[str, Any]) -> list[str]:
    """The places the post's parts are about, each once."""
    return list(dict.fromkeys(i18n.part_place(part) for part in post.get("parts") or ()))


@bp.app_context_processor
def queue_helpers() -> dict[str, Any]:
    """What the queue's template calls for each post."""
    return {"unread_words": unread_words, "post_places": post_places}


def _queue_filters() -> dict[str, Any]:
    """The queue's filters from the URL; with none at all, the posts that need a decision."""
    args = request.args
    opening = not any(args.get(k) for k in ("label", "type", "area", "mine", "doubts"))
    label = OPENING_LABEL if opening else (args.get("label") or "all")
    return {
        "label": label,
        "kind": args.get("type") or None,
        "area": args.get("area", "").strip()[:100],
        "order": "recent" if args.get("order") == "recent" else "spread",
        "mine": args.get("mine") == "1",
        "doubts": args.get("doubts") == "1",
        "opening": opening,
    }


@bp.get("/")
@editors
def queue() -> str:
    """What needs a decision first: readers' tips, then posts (unconfirmed ones by spread when
    the queue opens, each with the words the verifier could not read), filtered by label, type,
    area and unread words: one entry per post, whatever the number of its parts."""
    filters = _queue_filters()
    area_code = None
    with engine().connect() as conn:
        if filters["area"]:
            ref = queries.resolve_area(conn, filters["area"])
            area_code = ref.code if ref else "\0"
        rows = queries.latest_claims(
            conn,
            None,
            limit=300,
            label=None if filters["label"] == "all" else filters["label"],
            claim_type=filters["kind"],
            area=area_code,
            order=filters["order"],
            assigned_to=_me() if filters["mine"] else None,
        )
        tips = queries.pending_tips(conn)
        waiting = queries.pending_overrides(conn)
        alerts = banners(conn)
        anomaly_count = len(queries.anomalies(conn, limit=1000))
    if filters["doubts"]:
        rows = [r for r in rows if has_doubts(r)]
    return render_template(
        "editor/queue.html",
        claims=rows,
        tips=tips,
        waiting=waiting,
        banners=alerts,
        anomaly_count=anomaly_count,
        doubted=sum(1 for r in rows if has_doubts(r)),
        **filters,
    )


@bp.get("/claims/<int:claim_id>")
@editors
def claim(claim_id: int) -> str:
    """A post, from any of its parts, with everything an editor needs to decide, and the forms."""
    with engine().connect() as conn:
        post = queries.post_of(conn, claim_id, statuses=ALL_STATUSES)
        if post is None:
            abort(404)
        parts = post["parts"]
        official = {}
        for part in parts:
            where = (part["area"], part["round"])
            if where not in official and queries.get_area(conn, part["area"]) is not None:
                found = queries.standings(conn, settings(), *where)
                official[where] = queries.results_document(found) if found else None
        readings = {c for p in parts for c in (p["value"] or {}).get("alternatives") or ()}
        readings |= {c for p in parts for c in (p["value"] or {}).get("compared") or ()}
        context: dict[str, Any] = {
            "claim": post,
            "current": claim_id,
            "posts": queries.story_posts(conn, post["story_id"]),
            "history": queries.post_history(conn, post["story_id"]),
            "actions": queries.post_actions(conn, [p["id"] for p in parts]),
            "waiting": [
                w for w in queries.pending_overrides(conn) if w["story_id"] == post["story_id"]
            ],
            "two_person_rule": settings().election.two_person_rule,
            "rumour_notes": rumours.all_notes(conn),
            "attached_notes": rumours.notes_of_post(conn, post["story_id"]),
            "official": official,
            "place_names": {
                code: f"{area.name} ({i18n.level_name(area.level)})"
                for code in readings
                if (area := queries.get_area(conn, code))
            },
        }
    return render_template("editor/claim.html", **context)


@bp.post("/posts/<int:story_id>/review")
@editors
def review(story_id: int) -> Response:
    """Approve a reader's tip (it reaches public pages) or reject it (it never does); audited."""
    approve = request.form.get("decision") == "approve"
    try:
        newsroom.review_tip(engine(), story_id, _me(), approve, ip=_ip(), now=utcnow())
        flash(i18n.t("saved"), "ok")
    except newsroom.NewsroomError as exc:
        flash(str(exc), "error")
    return redirect(url_for("editor.queue"))


@bp.post("/claims/<int:claim_id>/assign")
@editors
def assign(claim_id: int) -> Response:
    """Take a post, or give it back."""
    try:
        newsroom.assign(engine(), claim_id, _me(), ip=_ip(), now=utcnow())
    except newsroom.NewsroomError:
        abort(404)
    if request.form.get("back") == "queue":
        return redirect(url_for("editor.queue"))
    return redirect(url_for("editor.claim", claim_id=claim_id))


@bp.post("/claims/<int:claim_id>/note")
@editors
def note(claim_id: int) -> Response:
    """Add a note to a post (kept against the part the editor wrote it from)."""
    try:
        newsroom.add_note(
            engine(), claim_id, _me(), request.form.get("note", "")[:5000], ip=_ip(), now=utcnow()
        )
        flash(i18n.t("saved"), "ok")
    except newsroom.NewsroomError as exc:
        flash(str(exc), "error")
    return redirect(url_for("editor.claim", claim_id=claim_id))


@bp.post("/claims/<int:claim_id>/override")
@editors
def override(claim_id: int) -> Response | tuple[str, int]:
    """Give the newsroom's label with a mandatory reason (or withdraw it); under the two-person
    rule it waits for a second editor, unless an admin publishes it alone (audited as such)."""
    label = request.form.get("label", "")
    reason = request.form.get("reason", "")[:2000]
    if not reason.strip():
        flash(i18n.t("reason_needed"), "error")
        return redirect(url_for("editor.claim", claim_id=claim_id))
    chosen = None if label == "withdraw" else label
    user = current_user(engine())
    assert user is not None  # the role guard ran first
    alone = user["role"] == "admin" and request.form.get("alone") == "1"
    try:
        if settings().election.two_person_rule and not alone:
            newsroom.propose_override(
                engine(), claim_id, user["name"], chosen, reason, ip=_ip(), now=utcnow()
            )
            flash(i18n.t("override_proposed"), "ok")
        else:
            newsroom.override(
                engine(),
                claim_id,
                user["name"],
                chosen,
                reason,
                ip=_ip(),
                now=utcnow(),
                alone=alone and settings().election.two_person_rule,
            )
            flash(i18n.t("saved"), "ok")
    except newsroom.NewsroomError as exc:
        flash(str(exc), "error")
    return redirect(url_for("editor.claim", claim_id=claim_id))


@bp.post("/overrides/<int:proposal_id>")
@editors
def decide_override(proposal_id: int) -> Response:
    """A second editor publishes a proposed override or turns it down (never its proposer)."""
    approve = request.form.get("decision") == "approve"
    try:
        newsroom.decide_override(engine(), proposal_id, _me(), approve, ip=_ip(), now=utcnow())
        flash(i18n.t("saved"), "ok")
    except newsroom.NewsroomError as exc:
        flash(str(exc), "error")
    return redirect(url_for("editor.queue"))


@bp.route("/notes", methods=["GET", "POST"])
@editors
def rumour_notes() -> str | tuple[str, int]:
    """Rumour notes: write one on a recurring narrative; see how many posts each answers."""
    status = 200
    if request.method == "POST":
        try:
            rumours.add_note(
                engine(),
                request.form.get("title", "")[:1000],
                request.form.get("body", "")[:5000],
                _me(),
                now=utcnow(),
            )
            flash(i18n.t("saved"), "ok")
        except newsroom.NewsroomError as exc:
            flash(str(exc), "error")
            status = 400
    with engine().connect() as conn:
        notes = rumours.all_notes(conn)
    page = render_template("editor/notes.html", notes=notes)
    return (page, status) if status != 200 else page


@bp.post("/claims/<int:claim_id>/rumour-note")
@editors
def attach_note(claim_id: int) -> Response:
    """Attach a rumour note to the post: its public page shows the note."""
    try:
        rumours.attach(
            engine(), int(request.form.get("note", "0") or 0), claim_id, _me(), now=utcnow()
        )
        flash(i18n.t("saved"), "ok")
    except (newsroom.NewsroomError, ValueError) as exc:
        flash(str(exc), "error")
    return redirect(url_for("editor.claim", claim_id=claim_id))


@bp.get("/audit")
@editors
def audit() -> str:
    """The append-only audit trail: who, when, what, why."""
    with engine().connect() as conn:
        rows = queries.editor_actions(conn, limit=1000)
    return render_template("editor/audit.html", actions=rows)


@bp.get("/anomalies")
@editors
def anomalies() -> str:
    """Feed anomalies and the sources' health, for editors only."""
    with engine().connect() as conn:
        rows = queries.anomalies(conn, limit=500)
        health = queries.source_health(conn)
    return render_template("editor/anomalies.html", anomalies=rows, health=health)


@bp.route("/webhooks", methods=["GET", "POST"])
@admins
def webhooks_page() -> str | tuple[str, int]:
    """Newsrooms' webhooks for verdict changes and their latest deliveries (admins only); a new
    webhook's signing secret is shown once, on the page that registers it, never again."""
    created = None
    status = 200
    if request.method == "POST":
        try:
            created = webhooks.register(
                engine(), request.form.get("url", "")[:1000], _me(), now=utcnow()
            )
        except newsroom.NewsroomError as exc:
            flash(str(exc), "error")
            status = 400
    with engine().connect() as conn:
        hooks = webhooks.webhooks_with_deliveries(conn)
    page = render_template("editor/webhooks.html", hooks=hooks, created=created)
    return (page, status) if status != 200 else page


@bp.get("/users")
@admins
def users() -> str:
    """The newsroom's accounts (admins only)."""
    with engine().connect() as conn:
        rows = queries.users(conn)
    return render_template("editor/users.html", users=rows)
