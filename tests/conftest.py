"""Shared fixtures: the store on SQLite and on the real PostgreSQL, real data samples, the app."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import io
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from primaries.db import make_engine, upgrade
from primaries.geography import Geography
from primaries.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
# The labelled posts and their data states (`primaries evaluate --cases` takes this file).
EVALUATION_CASES = ROOT / "tests" / "data" / "evaluation" / "cases.jsonl"
POSTGRES_URL = os.environ.get(
    "PRIMARIES_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)

# Départements kept in the small real sample: Paris, Corrèze, Nord, Corse-du-Sud, Guadeloupe
# and the abroad zone, enough for every level of the geography and every kind of area.
SAMPLE_DEPARTEMENTS = ("75", "19", "59", "2A", "ZA", "ZZ")


def postgres_engine_url() -> str:
    """A URL on the test PostgreSQL whose connections all live in a fresh schema of their own."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    finally:
        admin.dispose()
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"


def drop_schema(url: str) -> None:
    """Remove a test schema and everything in it."""
    schema = url.rsplit("%3D", 1)[-1]
    admin = create_engine(POSTGRES_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database URL, once on SQLite and once on the real PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'primaries.db'}"
        return
    url = postgres_engine_url()
    try:
        yield url
    finally:
        drop_schema(url)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated, empty store on each backend."""
    eng = make_engine(database_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def settings() -> Settings:
    """The shipped 2017 configuration."""
    return load_settings(ROOT / "config.toml")


@pytest.fixture(scope="session")
def geography() -> Geography:
    """The shipped geography."""
    return Geography.load(DATA)


def wide_sample(
    round_number: int = 1, departements: tuple[str, ...] = SAMPLE_DEPARTEMENTS
) -> bytes:
    """Real 2017 rows of a few départements, in the wide file's own format."""
    path = DATA / f"2017-presidentielle-{round_number}_par_bureau_large.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(next(reader))
        for row in reader:
            if row[0] in departements:
                writer.writerow(row)
    return out.getvalue().encode("utf-8")


@pytest.fixture(scope="session")
def sample_payload() -> bytes:
    """The real round-1 rows of the sample départements."""
    return wide_sample(1)


@pytest.fixture
def app_settings(settings: Settings, database_url: str, tmp_path: Path) -> Settings:
    """The shipped settings pointed at the test database."""
    return dataclasses.replace(settings, database_url=database_url)
