"""Show stage: the site, wired onto the app by `init_app`: blueprints (public pages, API and
exports, newsroom editor, ops), languages, CSP and security headers, CSRF, rate limits, error
pages."""

from __future__ import annotations

import secrets

from flask import Flask, Response, current_app, g, render_template, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException

from primaries import context
from primaries.web import api, editor, i18n, ops, public
from primaries.web.common import template_globals

# Everything the page needs comes from this origin; scripts only from files or with the nonce.
CSP = (
    "default-src 'self'; script-src 'self' 'nonce-{nonce}'; "
    # Plotly and MapLibre add <style> rules and style attributes at run time.
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self' blob:; child-src 'self' blob:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def _before() -> None:
    """Choose the language and the CSP nonce of this request."""
    g.lang = i18n.choose_language(context.settings().web.languages)
    g.nonce = secrets.token_urlsafe(16)


def _after(response: Response) -> Response:
    """Security headers on every response; remember a language chosen with ?lang=."""
    nonce = g.get("nonce") or secrets.token_urlsafe(16)
    response.headers["Content-Security-Policy"] = CSP.format(nonce=nonce)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    response.headers["Permissions-Policy"] = "geolocation=(), camera=(), microphone=()"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if current_app.config.get("PRODUCTION"):
        response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    asked = request.args.get("lang")
    if asked and asked == g.get("lang") and request.cookies.get(i18n.LANG_COOKIE) != asked:
        response.set_cookie(
            i18n.LANG_COOKIE, asked, max_age=365 * 86400, samesite="Lax", httponly=True
        )
    if "Cache-Control" not in response.headers:
        response.headers["Cache-Control"] = "private, no-store"
    return response


def _error(exc: HTTPException) -> tuple[str, int] | HTTPException:
    """Error pages in the page's language (JSON for the API)."""
    code = exc.code or 500
    if request.path.startswith("/api/"):
        return {"error": exc.name, "status": code, "detail": exc.description}, code  # type: ignore[return-value]
    keys = {404: "not_found", 403: "forbidden", 429: "too_many", 400: "bad_request"}
    return render_template("error.html", code=code, key=keys.get(code, "server_error")), code


def _csrf_error(exc: CSRFError) -> tuple[str, int]:
    return render_template("error.html", code=400, key="bad_request"), 400


def init_app(app: Flask) -> None:
    """Attach every web blueprint, error handler and security header."""
    CSRFProtect(app)
    limiter = Limiter(
        get_remote_address,
        app=app,
        storage_uri=app.config.get("RATELIMIT_STORAGE_URI", "memory://"),
        headers_enabled=True,
    )
    app.extensions["primaries_limiter"] = limiter
    app.before_request(_before)
    app.after_request(_after)
    app.context_processor(template_globals)
    for blueprint in (public.bp, api.bp, editor.bp):
        app.register_blueprint(blueprint)
    settings = app.extensions["primaries"]["settings"]
    # Rate limits on the two forms anyone can post: the tip form and the login form. Flask-Limiter
    # checks a limit inside the wrapper it returns, so the wrapper replaces the view.
    for endpoint, rate in (
        ("public.tip", settings.web.tip_rate_limit),
        ("editor.login", settings.web.login_rate_limit),
    ):
        app.view_functions[endpoint] = limiter.limit(rate, methods=["POST"])(
            app.view_functions[endpoint]
        )
    app.register_error_handler(HTTPException, _error)
    app.register_error_handler(CSRFError, _csrf_error)
    ops.init_app(app)
