"""Store stage: rate-limit counters in the site's own database, for Flask-Limiter.

The `limits` library keeps counters in memory (one bucket per gunicorn worker: five workers gave
one client five times the limit) or in Redis, Memcached or MongoDB, which this project does not
run. Every web worker and host already shares the database, so the counters live there: one row
per key and fixed window, incremented by one atomic upsert (SQLite and PostgreSQL both have
INSERT ... ON CONFLICT ... RETURNING).
"""

from __future__ import annotations

import time
from typing import Any

from limits.storage import Storage
from sqlalchemy import Engine, case, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from primaries.models import RATE_LIMIT

SCHEME = "primaries-db"
PURGE_EVERY = 60.0  # seconds between two deletions of expired windows (per process)


class DatabaseStorage(Storage):
    """A `limits` storage over the RATE_LIMIT table (fixed-window strategy only)."""

    STORAGE_SCHEME = [SCHEME]  # noqa: RUF012 (the registry reads the class attribute)

    def __init__(self, uri: str | None = None, *, engine: Engine, **options: Any) -> None:
        super().__init__(uri, **options)
        self.engine = engine
        self._purged = 0.0

    @property
    def base_exceptions(self) -> type[Exception]:
        """What a database error looks like (wrapped by `limits` when asked)."""
        return SQLAlchemyError

    def _upsert(self, key: str, expiry: int, amount: int, now: float) -> Any:
        values = {"key": key, "count": amount, "expires_at": now + expiry}
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(RATE_LIMIT).values(**values)
        live = RATE_LIMIT.c.expires_at > now
        # An expired window starts again at `amount`; a live one adds to its count.
        return stmt.on_conflict_do_update(
            index_elements=[RATE_LIMIT.c.key],
            set_={
                "count": case((live, RATE_LIMIT.c.count + amount), else_=amount),
                "expires_at": case((live, RATE_LIMIT.c.expires_at), else_=now + expiry),
            },
        ).returning(RATE_LIMIT.c.count)

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        """Add `amount` to the key's window (a new window of `expiry` seconds when none is open)."""
        now = time.time()
        with self.engine.begin() as conn:
            count = conn.execute(self._upsert(key, expiry, amount, now)).scalar_one()
            if now - self._purged > PURGE_EVERY:
                self._purged = now
                conn.execute(delete(RATE_LIMIT).where(RATE_LIMIT.c.expires_at <= now))
        return int(count)

    def _row(self, key: str) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(
                select(RATE_LIMIT.c.count, RATE_LIMIT.c.expires_at).where(
                    RATE_LIMIT.c.key == key, RATE_LIMIT.c.expires_at > time.time()
                )
            ).first()

    def get(self, key: str) -> int:
        """The count of the key's open window (0 when none is open)."""
        row = self._row(key)
        return int(row.count) if row else 0

    def get_expiry(self, key: str) -> float:
        """When the key's window ends (epoch seconds; now when none is open)."""
        row = self._row(key)
        return float(row.expires_at) if row else time.time()

    def check(self) -> bool:
        """True while the database answers."""
        try:
            with self.engine.connect() as conn:
                conn.execute(select(RATE_LIMIT.c.key).limit(1))
        except SQLAlchemyError:
            return False
        return True

    def reset(self) -> int | None:
        """Forget every counter; how many there were."""
        with self.engine.begin() as conn:
            return conn.execute(delete(RATE_LIMIT)).rowcount

    def clear(self, key: str) -> None:
        """Forget one key's counter."""
        with self.engine.begin() as conn:
            conn.execute(delete(RATE_LIMIT).where(RATE_LIMIT.c.key == key))
