"""Show stage: the site, wired onto the app by `init_app`: blueprints (public pages, API and
exports, newsroom editor, ops), languages, CSP and security headers, CSRF, rate limits, error
pages, the public URL and the trusted proxies."""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, abort, current_app, g, render_template, request
from flask.globals import request_ctx
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from primaries import context, ratelimits
from primaries.web import api, changes, editor, events, i18n, ops, public, tally
from primaries.web.common import template_globals

RETRY_AFTER = 15  # seconds a reader is asked to wait while the database is out of reach

# Everything the page needs comes from this origin; scripts only from files or with the nonce.
CSP = (
    "default-src 'self'; script-src 'self' 'nonce-{nonce}'; "
    # Plotly and MapLibre add <style> rules and style attributes at run time.
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self' blob:; child-src 'self' blob:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class IdConverter(IntegerConverter):
    """`<int:...>` in a path: only values an id column holds (int4); a bigger number is simply
    not found, instead of an overflow in the driver (a 500)."""

    def __init__(self, url_map: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(url_map, *args, **kwargs)


def _has_nul(values: object) -> bool:
    return any("\0" in key or any("\0" in v for v in values.getlist(key)) for key in values)  # type: ignore[attr-defined]


def _refuse_nul() -> None:
    """400 for a NUL byte in the path, the query or a form: no page or field ever holds one,
    and PostgreSQL refuses them in text with an error that would otherwise be a 500."""
    if "\0" in request.path or _has_nul(request.args):
        abort(400)
    if request.method == "POST" and _has_nul(request.form):
        abort(400)


def _public_urls() -> None:
    """Build this request's absolute URLs from the configured public URL, never from its Host:
    a forged Host header must not end up in links that caches hand to every reader."""
    public = urlsplit(context.settings().web.public_url)
    request_ctx.url_adapter = current_app.url_map.bind(
        public.netloc, script_name=public.path or "/", url_scheme=public.scheme
    )


def _before() -> None:
    """Refuse NUL bytes; choose the language, the CSP nonce and the public URL of this request."""
    _refuse_nul()
    _public_urls()
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
        # A response that sets a reader's cookie is theirs alone: no shared cache may keep it
        # (a CDN that ignores Set-Cookie would hand the cookie to every later reader).
        response.headers["Cache-Control"] = "private, no-store"
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


def _database_down(exc: DBAPIError) -> Response:
    """503 with Retry-After when the database is out of reach (a restart, a failover): an
    expected outage, not a bug; a short page that needs nothing from the database."""
    current_app.logger.warning("database unavailable: %s", str(exc).splitlines()[0][:200])
    if request.path.startswith("/api/"):
        body = {"error": "Service Unavailable", "status": 503, "detail": "database unavailable"}
        response = current_app.make_response((body, 503))
    else:
        response = current_app.make_response(
            (render_template("error.html", code=503, key="unavailable"), 503)
        )
    response.headers["Retry-After"] = str(RETRY_AFTER)
    response.headers["Cache-Control"] = "no-store"
    return response


def _limiter(app: Flask) -> Limiter:
    """Rate limits counted in the site's database (shared by every worker and host), keyed on
    the client's address as the trusted proxies report it (ProxyFix below)."""
    limiter = Limiter(
        get_remote_address,
        app=app,
        storage_uri=app.config.get("RATELIMIT_STORAGE_URI", f"{ratelimits.SCHEME}://"),
        storage_options={"engine": app.extensions["primaries"]["engine"]},
        strategy="fixed-window",
        headers_enabled=True,
    )
    app.extensions["primaries_limiter"] = limiter
    return limiter


def init_app(app: Flask) -> None:
    """Attach every web blueprint, error handler and security header."""
    CSRFProtect(app)
    settings = app.extensions["primaries"]["settings"]
    if settings.web.trusted_proxies > 0:
        # Each trusted proxy appends the address it saw: the client is the one the outermost
        # trusted proxy reports; anything a client writes in the header itself is ignored.
        hops = settings.web.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
    limiter = _limiter(app)
    app.url_map.converters["int"] = IdConverter  # before any route is added
    app.before_request(_before)
    app.after_request(_after)
    app.context_processor(template_globals)
    for blueprint in (public.bp, api.bp, events.bp, editor.bp, tally.bp, changes.bp):
        app.register_blueprint(blueprint)
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
    # Connection refused, lost or timed out; a query the database refused stays a 500 (a bug).
    app.register_error_handler(OperationalError, _database_down)
    app.register_error_handler(InterfaceError, _database_down)
    ops.init_app(app)
