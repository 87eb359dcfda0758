"""Tests of the scheduler lock: one holder at a time, on SQLite (file) and PostgreSQL (advisory)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from primaries.db import make_engine
from primaries.locks import (
    FileLock,
    PostgresLock,
    holder_identity,
    lock_path_for,
    read_holder,
    record_holder,
    scheduler_lock,
)
from tests.conftest import drop_schema, postgres_engine_url


def test_file_lock_admits_one_holder(tmp_path: Path):
    first, second = FileLock(tmp_path / "db.lock"), FileLock(tmp_path / "db.lock")
    assert first.try_acquire()
    assert not second.try_acquire()
    assert first.still_held() and not second.still_held()
    first.release()
    assert second.try_acquire()
    assert (tmp_path / "db.lock").read_text().strip() == holder_identity()
    second.release()


def test_sqlite_lock_file_sits_next_to_the_database(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'night.db'}")
    lock = scheduler_lock(engine, tmp_path / "instance")
    assert isinstance(lock, FileLock)
    assert lock.path == tmp_path / "night.db.scheduler.lock"
    memory = make_engine("sqlite://")
    assert lock_path_for(memory, tmp_path) == tmp_path / "scheduler.lock"


def test_holder_is_readable(engine):
    assert read_holder(engine) == {}
    since = datetime(2017, 4, 23, 18, 0, tzinfo=UTC)
    record_holder(engine, FileLock(Path("unused")), since)
    holder = read_holder(engine)
    assert holder["holder"] == holder_identity()
    assert holder["since"] == since.isoformat() and holder["backend"] == "file"


@pytest.mark.postgres
def test_advisory_lock_admits_one_session_and_frees_on_release():
    url = postgres_engine_url()
    engines = [make_engine(url), make_engine(url)]
    try:
        first, second = (PostgresLock(e) for e in engines)
        assert first.try_acquire()
        assert first.try_acquire()  # asking again while holding it is harmless
        assert not second.try_acquire()
        assert first.still_held() and not second.still_held()
        first.release()
        assert second.try_acquire() and second.still_held()
        second.release()
    finally:
        for e in engines:
            e.dispose()
        drop_schema(url)


@pytest.mark.postgres
def test_advisory_locks_of_two_schemas_do_not_collide():
    urls = [postgres_engine_url(), postgres_engine_url()]
    engines = [make_engine(u) for u in urls]
    try:
        locks = [PostgresLock(e) for e in engines]
        assert all(lock.try_acquire() for lock in locks)
        assert locks[0].key != locks[1].key
        for lock in locks:
            lock.release()
    finally:
        for e in engines:
            e.dispose()
        for u in urls:
            drop_schema(u)
