"""Store stage: a landed snapshot announced to the web tier, so its caches and open pages refresh
at once instead of at the next poll.

PostgreSQL: `NOTIFY primaries_snapshot` from inside the ingest's transaction; the server delivers
it when (and only if) that transaction commits, to every connection that said `LISTEN`. SQLite:
a small version file beside the database (`primaries.db.version`), replaced atomically once the
ingest's transaction has committed; listeners watch its identity (inode, mtime, size).
The announcement says only "round N changed": listeners read the figures from the database.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, event, text

log = logging.getLogger(__name__)

CHANNEL = "primaries_snapshot"
_PENDING = "primaries_announce"  # key in a pooled connection's info: rounds to announce
FILE_CHECK = 0.1  # seconds between two looks at the version file (a stat, nothing more)


def version_file(engine: Engine) -> Path | None:
    """The SQLite store's version file (None for PostgreSQL or an in-memory database)."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database).with_name(Path(database).name + ".version")


def announce(conn: Connection, round_number: int) -> None:
    """Inside a writing transaction: tell listeners that `round_number`'s figures changed, once
    (and only if) the transaction commits."""
    if conn.dialect.name == "postgresql":
        # The schema rides along: two elections in two schemas of one database share a channel.
        conn.execute(
            text(
                "SELECT pg_notify(:channel, json_build_object("
                "'round', CAST(:round AS integer), 'schema', current_schema())::text)"
            ),
            {"channel": CHANNEL, "round": round_number},
        )
        return
    path = version_file(conn.engine)
    if path is None:
        return
    _watch_commits(conn.engine)
    conn.info.setdefault(_PENDING, (path, set()))[1].add(round_number)


def _watch_commits(engine: Engine) -> None:
    """Write the version file when a connection that announced goes back to the pool committed;
    forget the announcement when its transaction rolls back."""
    if not event.contains(engine, "rollback", _forget):
        event.listen(engine, "rollback", _forget)
    if not event.contains(engine.pool, "checkin", _write_pending):
        event.listen(engine.pool, "checkin", _write_pending)


def _forget(conn: Connection) -> None:
    conn.info.pop(_PENDING, None)


def _write_pending(_dbapi_connection: Any, record: Any) -> None:
    """On check-in, after the commit: replace the version file (write then rename, so a
    reader never sees half a file)."""
    pending = record.info.pop(_PENDING, None) if record is not None else None
    if pending:
        path, rounds = pending
        write_version_file(path, sorted(rounds))


def write_version_file(path: Path, rounds: list[int]) -> None:
    """Atomically replace the version file with the rounds just changed and the time."""
    body = json.dumps({"rounds": rounds, "at": time.time(), "pid": os.getpid()})
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        temporary.write_text(body)
        os.replace(temporary, path)
    except OSError as exc:
        # An announcement is a courtesy: pages still see the data at their next poll.
        log.warning("could not write %s: %s", path, exc)


class Listener(Protocol):
    """Waits for announcements."""

    def wait(self, timeout: float) -> set[int]:
        """The rounds announced within `timeout` seconds (empty: none)."""
        ...

    def close(self) -> None:
        """Release the connection or file handle."""
        ...


class PostgresListener:
    """A connection of its own (autocommit) that said `LISTEN primaries_snapshot`."""

    def __init__(self, engine: Engine):
        import psycopg

        url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.conn = psycopg.connect(url, autocommit=True, connect_timeout=5)
        self.conn.execute(f"LISTEN {CHANNEL}")
        self.schema = self.conn.execute("SELECT current_schema()").fetchone()[0]

    def wait(self, timeout: float) -> set[int]:
        """The rounds announced for this schema within `timeout` seconds."""
        rounds: set[int] = set()
        deadline = time.monotonic() + timeout
        # Another schema's snapshot on the same server (a staging store, a test beside this
        # one) is heard too: it does not end the wait.
        while not rounds and (left := deadline - time.monotonic()) > 0:
            for note in self.conn.notifies(timeout=left, stop_after=1):
                rounds |= self._rounds(note.payload)
        if rounds:  # several ingests may have committed at once: one wake for all of them
            for note in self.conn.notifies(timeout=0.0):
                rounds |= self._rounds(note.payload)
        return rounds

    def _rounds(self, payload: str) -> set[int]:
        try:
            found = json.loads(payload)
            if found.get("schema") == self.schema:
                return {int(found["round"])}
        except (ValueError, TypeError, KeyError):
            log.warning("ignored a malformed %s payload: %.100r", CHANNEL, payload)
        return set()

    def close(self) -> None:
        """Close the listening connection."""
        self.conn.close()


class FileListener:
    """Watches the SQLite store's version file: a new file (os.replace) is a new inode."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.monotonic):
        self.path = path
        self.clock = clock
        self.seen = self._identity()

    def _identity(self) -> tuple[int, int, int] | None:
        try:
            found = self.path.stat()
        except OSError:
            return None
        return (found.st_ino, found.st_mtime_ns, found.st_size)

    def wait(self, timeout: float) -> set[int]:
        """The rounds the file names, once it changed within `timeout` seconds."""
        deadline = self.clock() + timeout
        while True:
            now = self._identity()
            if now != self.seen:
                self.seen = now
                return self._rounds()
            left = deadline - self.clock()
            if left <= 0:
                return set()
            time.sleep(min(FILE_CHECK, left))

    def _rounds(self) -> set[int]:
        try:
            return {int(r) for r in json.loads(self.path.read_text())["rounds"]}
        except (OSError, ValueError, TypeError, KeyError):
            return {0}  # something landed; read every round

    def close(self) -> None:
        """Nothing is held open."""


class IdleListener:
    """An in-memory database has no other process to tell: waits and hears nothing."""

    def wait(self, timeout: float) -> set[int]:
        """Nothing, after `timeout` seconds."""
        time.sleep(timeout)
        return set()

    def close(self) -> None:
        """Nothing is held open."""


def listen(engine: Engine) -> Listener:
    """A listener for the announcements of this store."""
    if engine.dialect.name == "postgresql":
        return PostgresListener(engine)
    path = version_file(engine)
    return FileListener(path) if path is not None else IdleListener()
