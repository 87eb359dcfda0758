"""Store stage: the Flask application factory, the only place where things are wired together.

The running app's settings, engine and geography are read through `primaries.context`."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from flask import Flask

from primaries import web
from primaries.db import engine_for
from primaries.geography import Geography
from primaries.settings import ENV_SECRET_KEY, ConfigError, Settings, load_settings
from sources import ALL_KINDS


def check_sources(settings: Settings) -> None:
    """Refuse at start a source whose kind no module implements."""
    for source in settings.sources:
        if source.kind not in ALL_KINDS:
            raise ConfigError(
                f"{settings.path}: source '{source.name}' has unknown kind '{source.kind}' "
                f"(known: {', '.join(sorted(ALL_KINDS))})"
            )


def create_app(settings: Settings | None = None, **overrides: Any) -> Flask:
    """Build the application: settings, database engine, geography, then the web layer."""
    settings = settings or load_settings()
    check_sources(settings)
    app = Flask(
        __name__,
        template_folder="../templates",
        static_folder="static",
        instance_path=str(settings.instance_dir),
    )
    secret = os.environ.get(ENV_SECRET_KEY)
    production = os.environ.get("PRIMARIES_ENV", "development") == "production"
    if production and not secret:
        raise ConfigError(f"{ENV_SECRET_KEY} must be set in production (PRIMARIES_ENV=production)")
    app.config.update(
        # Without a key (a local run), a random one: its sessions end when the process does.
        SECRET_KEY=secret or os.urandom(32).hex(),
        PRODUCTION=production,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=production,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.web.session_hours),
        # A bigger body is refused (413) before anything reads it; the biggest a page takes is
        # a tally sheet's photo (sheet_input.PHOTO_MAX_BYTES, 8 MB).
        MAX_CONTENT_LENGTH=16 * 1024 * 1024,
    )
    app.config.update(overrides)
    app.extensions["primaries"] = {
        "settings": settings,
        "engine": engine_for(settings),
        "geography": Geography.load(),
    }
    web.init_app(app)
    return app
