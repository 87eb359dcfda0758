"""Store stage: what a request or a command reads from the running application.

`create_app` puts the settings, the engine and the geography in `app.extensions`; views and
commands read them here, so nothing below the factory imports the factory.
"""

from __future__ import annotations

from flask import current_app
from sqlalchemy import Engine

from primaries.geography import Geography
from primaries.settings import Settings


def settings() -> Settings:
    """The settings of the running application."""
    return current_app.extensions["primaries"]["settings"]


def engine() -> Engine:
    """The database engine of the running application."""
    return current_app.extensions["primaries"]["engine"]


def geography() -> Geography:
    """The geography of the running application."""
    return current_app.extensions["primaries"]["geography"]
