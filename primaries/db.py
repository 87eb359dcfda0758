"""Store stage: the database engine (SQLite in WAL mode by default, PostgreSQL in production)."""

from __future__ import annotations

from pathlib import Path

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
        engine = create_engine(url, connect_args={"timeout": 10}, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # pre_ping: after a PostgreSQL restart, stale pooled connections are replaced, not raised.
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5, pool_recycle=300)


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
