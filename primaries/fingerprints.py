"""Store stage: a payload's fingerprint, and whether its source's latest snapshot had it already.

Light on purpose (the driver itself, no SQLAlchemy, no models, no app): `primaries ingest` asks it
before anything else is imported, so an unchanged payload costs a hash and one query.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

# The table and columns of models.FeedSnapshot (ingest.py writes them); {} is the placeholder.
LATEST_SHA = (
    "SELECT sha256 FROM feed_snapshot WHERE source = {} AND status = 'ingested' "
    "ORDER BY id DESC LIMIT 1"
)


def sha256_of(payload: bytes) -> str:
    """The payload's fingerprint."""
    return hashlib.sha256(payload).hexdigest()


def same_payload_line(source: str, sha: str) -> str:
    """What the operator reads when a payload is recognised."""
    return f"{source}: same payload as last time ({sha[:12]}), nothing written"


def _latest_sha(connection: Any, placeholder: str, source: str) -> str | None:
    cursor = connection.cursor()
    try:
        cursor.execute(LATEST_SHA.format(placeholder), (source,))
        row = cursor.fetchone()
    finally:
        cursor.close()
    return row[0] if row else None


def _sqlite_latest(url: str, source: str) -> str | None:
    import sqlite3

    database = url.split(":///", 1)[1].split("?", 1)[0] if ":///" in url else ""
    # Asking must not create the file: a new store is made by the full path, migrated.
    if database in ("", ":memory:") or not Path(database).is_file():
        return None
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
    try:
        return _latest_sha(connection, "?", source)
    except sqlite3.Error:
        return None  # no schema yet: the full path migrates it
    finally:
        connection.close()


def _postgres_latest(url: str, source: str) -> str | None:
    import psycopg

    # libpq reads the URL itself, options (search_path) included, once SQLAlchemy's '+driver' goes.
    conninfo = "postgresql://" + url.split("://", 1)[1]
    try:
        with psycopg.connect(conninfo, connect_timeout=10) as connection:
            return _latest_sha(connection, "%s", source)
    except psycopg.Error:
        return None  # no schema yet, or no server: the full path says what is wrong


def stored_already(url: str, source: str, sha: str) -> bool:
    """True when the store at `url` holds this payload as its source's latest; False when unsure."""
    scheme = url.split(":", 1)[0].split("+", 1)[0]
    # The drivers are imported here: each process asks one store, of one kind.
    if scheme == "sqlite":
        return _sqlite_latest(url, source) == sha
    if scheme in ("postgresql", "postgres"):
        return _postgres_latest(url, source) == sha
    return False
