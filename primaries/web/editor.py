"""Show stage: the newsroom workspace: login, claim queue, assign, notes, overrides, audit, anomalies.

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

from primaries import newsroom, queries
from primaries.context import engine, settings
from primaries.models import utcnow
from primaries.users import authenticate, end_sessions
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
        return redirect(_safe_next(request.args.get("next")))
    return render_template("editor/login.html", error=False, name="")


@bp.post("/logout")
@editors
def logout() -> Response:
    """Sign out."""
    newsroom.record_action(
        engine(), user=_me(), action="logout", claim_id=None, ip=_ip(), now=utcnow()
    )
    session.clear()
    end_sessions(engine(), _me())  # a copy of this cookie kept elsewhere stops working too
    return redirect(url_for("public.home"))


@bp.get("/")
@editors
def queue() -> str:
    """Claims ranked by spread and recency, filtered by label, type and area."""
    label = request.args.get("label") or None
    kind = request.args.get("type") or None
    area_text = request.args.get("area", "").strip()
    order = request.args.get("order", "spread")
    mine = request.args.get("mine") == "1"
    area_code = None
    with engine().connect() as conn:
        if area_text:
            ref = queries.resolve_area(conn, area_text)
            area_code = ref.code if ref else "\0"
        rows = queries.latest_claims(
            conn,
            None,
            limit=300,
            label=label,
            claim_type=kind,
            area=area_code,
            order="recent" if order == "recent" else "spread",
            assigned_to=_me() if mine else None,
        )
        alerts = banners(conn)
        anomaly_count = len(queries.anomalies(conn, limit=1000))
    return render_template(
        "editor/queue.html",
        claims=rows,
        label=label,
        kind=kind,
        area=area_text,
        order=order,
        mine=mine,
        banners=alerts,
        anomaly_count=anomaly_count,
    )


@bp.get("/claims/<int:claim_id>")
@editors
def claim(claim_id: int) -> str:
    """One claim with everything an editor needs to decide, and the forms to act."""
    with engine().connect() as conn:
        row = queries.claim_detail(conn, claim_id)
        if row is None:
            abort(404)
        context: dict[str, Any] = {
            "claim": row,
            "posts": queries.story_posts(conn, row["story_id"]),
            "history": queries.verdict_history(conn, claim_id),
            "actions": queries.editor_actions(conn, claim_id=claim_id),
        }
        if queries.get_area(conn, row["area"]) is not None:
            found = queries.standings(conn, settings(), row["area"], row["round"])
            context["official"] = queries.results_document(found) if found else None
        else:
            context["official"] = None
    return render_template("editor/claim.html", **context)


@bp.post("/claims/<int:claim_id>/assign")
@editors
def assign(claim_id: int) -> Response:
    """Take a claim, or give it back."""
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
    """Add a note to a claim."""
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
    """Give the newsroom's label with a mandatory reason (or withdraw it)."""
    label = request.form.get("label", "")
    reason = request.form.get("reason", "")[:2000]
    if not reason.strip():
        flash(i18n.t("reason_needed"), "error")
        return redirect(url_for("editor.claim", claim_id=claim_id))
    try:
        newsroom.override(
            engine(),
            claim_id,
            _me(),
            None if label == "withdraw" else label,
            reason,
            ip=_ip(),
            now=utcnow(),
        )
        flash(i18n.t("saved"), "ok")
    except newsroom.NewsroomError as exc:
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


@bp.get("/users")
@admins
def users() -> str:
    """The newsroom's accounts (admins only)."""
    with engine().connect() as conn:
        rows = queries.users(conn)
    return render_template("editor/users.html", users=rows)
