"""Store stage: a payload's fingerprint, and whether its source's latest snapshot had it already.

Light on purpose (SQLAlchemy Core text, no models, no app): `primaries ingest` asks it before the
site, the geography or the parsers are imported, so an unchanged payload costs a hash and a query.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

# The table and columns of models.FeedSnapshot; ingest.py writes them, this reads them.
LATEST_SHA = text(
    "SELECT sha256 FROM feed_snapshot WHERE source = :source AND status = 'ingested' "
    "ORDER BY id DESC LIMIT 1"
)


def sha256_of(payload: bytes) -> str:
    """The payload's fingerprint."""
    return hashlib.sha256(payload).hexdigest()


def same_payload_line(source: str, sha: str) -> str:
    """What the operator reads when a payload is recognised."""
    return f"{source}: same payload as last time ({sha[:12]}), nothing written"


def already_ingested(conn: Connection, source: str, sha: str) -> bool:
    """True when the latest snapshot of this source had exactly this payload."""
    return conn.execute(LATEST_SHA, {"source": source}).scalar() == sha


def stored_already(url: str, source: str, sha: str) -> bool:
    """`already_ingested` on a store not opened yet; False when there is no store to ask."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        # Asking must not create the file: a new store is made by the full path, migrated.
        if database in ("", ":memory:") or not Path(database).is_file():
            return False
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return already_ingested(conn, source, sha)
    except DBAPIError:
        # No schema yet, or a store that does not answer: the full path says what is wrong.
        return False
    finally:
        engine.dispose()
