"""Store stage: the lock that lets exactly one scheduler run the jobs (advisory lock or file lock).

On PostgreSQL the lock is a session-level advisory lock held on a connection of its own: if the
holder dies, PostgreSQL ends its session and the lock is free for a standby. On SQLite it is an
fcntl lock on a file next to the database, released by the kernel when the holder dies. Who holds
it is written to the `source_cursor` table under a reserved name, so /healthz can show it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import socket
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from primaries.models import utcnow
from primaries.runs import read_cursor, save_cursor

log = logging.getLogger(__name__)

HOLDER_KEY = "~scheduler"  # reserved source_cursor name: never a configured source's name
LOCK_NAME = "primaries-scheduler"


def holder_identity() -> str:
    """Who this process is, for the operator: host and process id."""
    return f"{socket.gethostname()}:{os.getpid()}"


class SchedulerLock(Protocol):
    """What the scheduler needs from a lock: try to take it, check it, give it back."""

    backend: str

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; never waits."""
        ...

    def still_held(self) -> bool:
        """True while this process still holds the lock (its connection or file is alive)."""
        ...

    def release(self) -> None:
        """Give the lock back (idempotent)."""
        ...


def advisory_key(name: str, schema: str) -> int:
    """A signed 64-bit key for pg_try_advisory_lock, one per lock name and schema."""
    digest = hashlib.sha256(f"{name}:{schema}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class PostgresLock:
    """A session-level advisory lock on a dedicated connection (never returned to the pool)."""

    backend = "postgresql"

    def __init__(self, engine: Engine, name: str = LOCK_NAME):
        self.engine = engine
        self.name = name
        self._conn: Connection | None = None
        self._held = False
        self._engine: Engine | None = None
        self.key: int | None = None

    def _connect(self) -> Connection:
        if self._engine is None:
            # A pool-less engine of its own: closing the connection ends the session (and the
            # lock) for real, instead of parking a locked session in the web's pool.
            self._engine = create_engine(self.engine.url, poolclass=NullPool)
        conn = self._engine.connect()
        # Autocommit: the lock belongs to the session, not to a transaction left open.
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.execute(
            text("SELECT set_config('application_name', :name, false)"),
            {"name": f"{self.name} {holder_identity()}"[:63]},
        )
        return conn

    def try_acquire(self) -> bool:
        """pg_try_advisory_lock on the dedicated connection; False when another session has it."""
        if self._held:
            return True
        try:
            if self._conn is None:
                self._conn = self._connect()
            if self.key is None:
                schema = self._conn.execute(text("SELECT current_schema()")).scalar() or "public"
                self.key = advisory_key(self.name, schema)
            got = bool(
                self._conn.execute(
                    text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}
                ).scalar()
            )
        except Exception as exc:  # the database is down: we are a standby until it is back
            log.warning("lock backend=postgresql error=%r", str(exc).splitlines()[0])
            self._drop()
            return False
        self._held = got
        return got

    def still_held(self) -> bool:
        """Ask PostgreSQL whether this session still holds the lock (False if the link broke)."""
        if self._conn is None or self.key is None:
            return False
        try:
            held = self._conn.execute(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                    "AND pid = pg_backend_pid() AND classid = :hi AND objid = :lo AND objsubid = 1"
                ),
                {"hi": (self.key >> 32) & 0xFFFFFFFF, "lo": self.key & 0xFFFFFFFF},
            ).scalar()
        except Exception as exc:
            log.warning("lock backend=postgresql lost=true error=%r", str(exc).splitlines()[0])
            self._drop()
            return False
        return bool(held)

    def release(self) -> None:
        """Unlock and close the dedicated connection."""
        if self._conn is not None and self.key is not None:
            with contextlib.suppress(Exception):
                self._conn.execute(text("SELECT pg_advisory_unlock_all()"))
        self._drop()

    def _drop(self) -> None:
        self._held = False
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None


class FileLock:
    """An exclusive fcntl lock on a file; the kernel frees it when the process dies."""

    backend = "file"

    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """flock(LOCK_EX | LOCK_NB); False when another process (or open file) has it."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{holder_identity()}\n".encode())
        self._fd = fd
        return True

    def still_held(self) -> bool:
        """A flock lasts as long as the descriptor: held while it is open."""
        return self._fd is not None

    def release(self) -> None:
        """Unlock and close."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def lock_path_for(engine: Engine, fallback_dir: Path) -> Path:
    """The lock file of a SQLite database: next to it (or in `fallback_dir` for :memory:)."""
    database = make_url(engine.url).database
    if database and database != ":memory:":
        return Path(database).with_name(Path(database).name + ".scheduler.lock")
    return Path(fallback_dir) / "scheduler.lock"


def scheduler_lock(engine: Engine, fallback_dir: Path, name: str = LOCK_NAME) -> SchedulerLock:
    """The right lock for this database: advisory on PostgreSQL, a file lock on SQLite."""
    if engine.dialect.name == "postgresql":
        return PostgresLock(engine, name)
    return FileLock(lock_path_for(engine, fallback_dir))


def record_holder(engine: Engine, lock: SchedulerLock, since: datetime, **extra: Any) -> None:
    """Write who holds the lock and a heartbeat, for /healthz and the standbys' logs."""
    save_cursor(
        engine,
        HOLDER_KEY,
        {
            "holder": holder_identity(),
            "backend": lock.backend,
            "since": since.isoformat(),
            "heartbeat": utcnow().isoformat(),
            **extra,
        },
    )


def read_holder(engine: Engine) -> dict[str, Any]:
    """The last holder written (empty before any scheduler ran)."""
    return read_cursor(engine, HOLDER_KEY)
