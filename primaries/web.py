"""Show stage: registers the site's blueprints on the app (filled in by the site modules)."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Attach every web blueprint, error handler and security header."""
