"""Store stage: the database engine (SQLite in WAL mode by default, PostgreSQL in production)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect

from primaries.settings import Settings, database_url

MIGRATIONS = Path(__file__).parent / "migrations"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets the web read while the scheduler writes; the busy timeout rides out short locks."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


_PLAIN = frozenset({str, int, bool, type(None)})  # leaves `finite` returns unchanged


def finite(value: Any) -> Any:
    """JSON-safe values: an open end (±infinity) becomes null, which JSON and PostgreSQL accept."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    # Plain leaves are kept without a call: re-verifying 10,000 claims walks 250,000 of them.
    if isinstance(value, dict):
        return {k: v if type(v) in _PLAIN else finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [v if type(v) in _PLAIN else finite(v) for v in value]
    return value


def _json_text(value: Any) -> str:
    """JSON text of a column value; orjson where it can, the standard library's rules otherwise.

    Both write an open end (±infinity) as null, which JSON and PostgreSQL accept.
    """
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(finite(value))  # integers past 64 bits: the standard library takes them


def _json_value(text: str | bytes) -> Any:
    """A column's JSON read back; orjson where it can (it refuses NaN, which old rows may hold)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


# Claims, verdicts and tallies carry JSON columns: relabelling 10,000 claims encodes 40,000 of
# them, and the standard library's encoder was a fifth of that time.
JSON_CODEC = {"json_serializer": _json_text, "json_deserializer": _json_value}


def make_engine(url: str) -> Engine:
    """An engine for this URL, with the settings each backend needs on election night."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1] if "///" in url else ""
        pool: dict[str, int] = {}
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            # A small pool: opening a SQLite connection and setting its pragmas costs more
            # than answering a national standings request.
            pool = {"pool_size": 8, "max_overflow": 8}
        engine = create_engine(url, connect_args={"timeout": 10}, **pool, **JSON_CODEC)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # pre_ping: after a PostgreSQL restart, stale pooled connections are replaced, not raised.
    return create_engine(
        url, pool_pre_ping=True, pool_size=5, max_overflow=5, pool_recycle=300, **JSON_CODEC
    )


def engine_for(settings: Settings) -> Engine:
    """The engine the settings point at."""
    return make_engine(database_url(settings))


def alembic_config(engine: Engine) -> Config:
    """An Alembic configuration bound to this engine, with the project's migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser treats "%" as interpolation: a %-encoded password must be doubled.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine) -> None:
    """Bring the database to the latest schema revision."""
    command.upgrade(alembic_config(engine), "head")


def is_initialised(engine: Engine) -> bool:
    """True when the schema exists (the version table is there)."""
    return inspect(engine).has_table("alembic_version")
