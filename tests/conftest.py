"""Shared fixtures: the store on SQLite and on the real PostgreSQL, real data samples, the app."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import functools
import gzip
import io
import os
import re
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from flask.testing import FlaskClient
from sqlalchemy import Engine, create_engine, insert, text
from sqlmodel import SQLModel
from werkzeug.serving import make_server

from primaries.app import create_app
from primaries.db import alembic_config, make_engine, upgrade
from primaries.geography import Geography
from primaries.ingest import ingest_payload
from primaries.models import Claim, Post, Story, Verdict
from primaries.settings import Settings, load_settings
from primaries.users import create_user

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


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@contextlib.contextmanager
def empty_database(backend: str, directory: Path) -> Iterator[str]:
    """The URL of an empty database on one backend, removed afterwards (PostgreSQL)."""
    if backend == "sqlite":
        yield f"sqlite:///{directory / 'primaries.db'}"
        return
    url = postgres_engine_url()
    try:
        yield url
    finally:
        drop_schema(url)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database URL, once on SQLite and once on the real PostgreSQL."""
    with empty_database(request.param, tmp_path) as url:
        yield url


@functools.cache
def migrations_head() -> str:
    """The revision the migrations end at."""
    return ScriptDirectory.from_config(alembic_config(make_engine("sqlite://"))).get_current_head()


def at_head(eng: Engine) -> None:
    """The schema `upgrade` leaves, built from the models and stamped at the last revision.

    Half the time of running every migration, for each of the suite's hundreds of stores;
    test_migrations runs the migrations themselves and checks they give this very schema.
    """
    SQLModel.metadata.create_all(eng, checkfirst=False)
    with eng.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
        )
        conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": migrations_head()})


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An empty store at the latest schema on each backend."""
    eng = make_engine(database_url)
    at_head(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def migrated_engine(database_url: str) -> Iterator[Engine]:
    """An empty store brought to the latest schema by the migrations themselves."""
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


@functools.cache
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


# --- the site: real 2017 rows of the sample, claims, verdicts, stories, posts and two accounts ---

NOW = datetime(2017, 4, 23, 19, 47, tzinfo=UTC)  # 21:47 in Paris
PASSWORD = "correct horse battery"
SCRIPT_TEXT = 'Macron <script>alert("x")</script> à 35 % à Paris !'


def ingest_sample(
    engine: Engine, settings: Settings, geography: Geography, payload: bytes, when: datetime = NOW
) -> Any:
    """Load a wide-file payload as the scheduler would."""
    return ingest_payload(
        engine,
        settings,
        geography,
        payload,
        source="resultats-bureaux",
        kind="datagouv_wide",
        round_number=1,
        fetched_at=when,
    )


def seed_claims(engine: Engine) -> dict[str, int]:
    """Two stories, three claims, their verdict histories; the ids by name."""
    t0, t1 = NOW - timedelta(hours=1), NOW - timedelta(minutes=10)
    with engine.begin() as conn:
        paris = conn.execute(
            insert(Story.__table__).values(
                fingerprint="paris-macron",
                text=SCRIPT_TEXT,
                first_seen=t0,
                last_seen=t1,
                posts=2,
                accounts=2,
                reach=140,
                round=1,
            )
        ).inserted_primary_key[0]
        national = conn.execute(
            insert(Story.__table__).values(
                fingerprint="lepen-first",
                text="Le Pen arrive en tête au niveau national",
                first_seen=t0,
                last_seen=t0,
                posts=1,
                accounts=1,
                reach=3,
                round=1,
            )
        ).inserted_primary_key[0]
        for i, (url, story) in enumerate(
            [
                ("https://x.com/a/status/1", paris),
                ("javascript:alert(1)", paris),
                ("https://bsky.app/p/2", national),
            ]
        ):
            conn.execute(
                insert(Post.__table__).values(
                    platform="x",
                    platform_id=str(i),
                    source="x",
                    author=f"compte{i}",
                    author_name="",
                    text=SCRIPT_TEXT
                    if story == paris
                    else "Le Pen arrive en tête au niveau national",
                    url=url,
                    posted_at=t0 + timedelta(minutes=i),
                    first_seen=t0,
                    last_seen=t1,
                    raw="{}",
                    story_id=story,
                )
            )
        ids = {}
        rows = [
            ("paris", paris, "percentage", ["macron"], "75", "confirmed", 1),
            ("lepen", national, "leader", ["le-pen"], "FR", "contradicted", 1),
            ("second", national, "leader", ["macron"], "FR", "unconfirmed", 2),
        ]
        for position, (name, story, kind, cands, area, label, rnd) in enumerate(rows):
            claim_id = conn.execute(
                insert(Claim.__table__).values(
                    story_id=story,
                    position=position,
                    round=rnd,
                    type=kind,
                    candidates=cands,
                    area=area,
                    fragment=f"{name} fragment",
                    value={"value": 35, "precision": 0.5},
                    flags=[],
                    label=label,
                    label_at=t1,
                    reason_fr=f"Raison {name} : Paris, 896/896 bureaux, 21:47",
                    reason_en=f"Reason {name}: Paris, 896/896 bureaux, 21:47",
                    evidence={"area": area},
                    area_version=1,
                    created_at=t0 + timedelta(minutes=position),
                )
            ).inserted_primary_key[0]
            ids[name] = claim_id
            conn.execute(
                insert(Verdict.__table__).values(
                    claim_id=claim_id,
                    label="unconfirmed",
                    reason_fr="Pas encore de chiffres officiels",
                    reason_en="No official figures yet",
                    evidence={},
                    area_version=0,
                    valid_from=t0,
                    valid_to=t1,
                    by="machine",
                )
            )
            conn.execute(
                insert(Verdict.__table__).values(
                    claim_id=claim_id,
                    label=label,
                    reason_fr=f"Raison {name} : Paris, 896/896 bureaux, 21:47",
                    reason_en=f"Reason {name}: Paris, 896/896 bureaux, 21:47",
                    evidence={},
                    area_version=1,
                    valid_from=t1,
                    valid_to=None,
                    by="machine",
                )
            )
    return ids


def csrf_from(html: str) -> str:
    """The CSRF token of the first form of a page."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def login(client: FlaskClient, name: str, password: str = PASSWORD) -> Any:
    """Sign in through the real form (CSRF included)."""
    token = csrf_from(client.get("/editor/login").get_data(as_text=True))
    return client.post(
        "/editor/login", data={"csrf_token": token, "name": name, "password": password}
    )


@contextlib.contextmanager
def built_site(
    settings: Settings, engine: Engine, geography: Geography, payload: bytes
) -> Iterator[dict[str, Any]]:
    """An app over the sample départements, seeded claims, an editor and an admin."""
    ingest_sample(engine, settings, geography, payload)
    ids = seed_claims(engine)
    create_user(engine, "eve", PASSWORD, "editor", now=NOW)
    create_user(engine, "ada", PASSWORD, "admin", now=NOW)
    app = create_app(settings, TESTING=True, MICROCACHE_SECONDS=0)
    try:
        yield {"app": app, "engine": engine, "ids": ids, "settings": settings}
    finally:
        app.extensions["primaries"]["engine"].dispose()


@pytest.fixture(scope="module", params=BACKENDS)
def shared_site(
    request: pytest.FixtureRequest,
    settings: Settings,
    geography: Geography,
    sample_payload: bytes,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, Any]]:
    """One site per test module and backend, for the tests that only read (see `site`)."""
    with empty_database(request.param, tmp_path_factory.mktemp("site")) as url:
        engine = make_engine(url)
        upgrade(engine)
        app_settings = dataclasses.replace(settings, database_url=url)
        try:
            with built_site(app_settings, engine, geography, sample_payload) as built:
                yield built
        finally:
            engine.dispose()


@pytest.fixture
def site(shared_site: dict[str, Any]) -> dict[str, Any]:
    """The module's read-only site with a client of its own (cookies never leak between tests).

    A test that writes (a login, a tip, an override, a run recorded) takes `fresh_site`.
    """
    return {**shared_site, "client": shared_site["app"].test_client()}


@pytest.fixture(scope="session")
def site_templates(
    settings: Settings,
    geography: Geography,
    sample_payload: bytes,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, Any]]:
    """The built site's store, made once per backend: each fresh site starts as a copy of it.

    Building it (ingesting the sample, hashing two passwords) took a second, for each of the
    300 tests that write to a site of their own.
    """
    made: dict[str, Any] = {}
    urls: list[str] = []
    try:
        for backend in ("sqlite", "postgresql"):
            if backend == "sqlite":
                url = f"sqlite:///{tmp_path_factory.mktemp('template') / 'site.db'}"
            else:
                url = postgres_engine_url()
                urls.append(url)
            eng = make_engine(url)
            at_head(eng)
            app_settings = dataclasses.replace(settings, database_url=url)
            with built_site(app_settings, eng, geography, sample_payload) as built:
                made[backend] = {"url": url, "ids": built["ids"]}
            if backend == "sqlite":  # one file, nothing left in the write-ahead log
                with eng.begin() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            eng.dispose()
        yield made
    finally:
        for url in urls:
            drop_schema(url)


def copy_store(template_url: str, url: str, eng: Engine) -> None:
    """Every row of the template store into an empty store at the same schema."""
    if url.startswith("sqlite"):
        eng.dispose()
        target = Path(url.split("///", 1)[1])
        for leftover in (
            target.with_name(target.name + "-wal"),
            target.with_name(target.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        target.write_bytes(Path(template_url.split("///", 1)[1]).read_bytes())
        return
    source, schema = template_url.rsplit("%3D", 1)[-1], url.rsplit("%3D", 1)[-1]
    with eng.begin() as conn:
        for table in SQLModel.metadata.sorted_tables:
            conn.exec_driver_sql(
                f'INSERT INTO "{schema}"."{table.name}" SELECT * FROM "{source}"."{table.name}"'
            )
            if "id" in table.c and table.c.id.autoincrement is not False and table.c.id.primary_key:
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{schema}\".\"{table.name}\"', 'id'), "
                    f'COALESCE((SELECT MAX(id) FROM "{schema}"."{table.name}"), 0) + 1, false)'
                )


@pytest.fixture
def fresh_site(
    app_settings: Settings, engine: Engine, site_templates: dict[str, Any]
) -> Iterator[dict[str, Any]]:
    """A site of its own, on a database of its own, for a test that writes."""
    backend = "sqlite" if app_settings.database_url.startswith("sqlite") else "postgresql"
    template = site_templates[backend]
    copy_store(template["url"], app_settings.database_url, engine)
    app = create_app(app_settings, TESTING=True, MICROCACHE_SECONDS=0)
    try:
        built = {"app": app, "engine": engine, "ids": template["ids"], "settings": app_settings}
        yield {**built, "client": app.test_client()}
    finally:
        app.extensions["primaries"]["engine"].dispose()


# --- the site served on a real port, and Chromium to look at it (browser tests) ---

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
]


@pytest.fixture
def served(settings, geography, tmp_path) -> Iterator[dict[str, Any]]:
    """The app on a free local port (werkzeug in a thread) over a fresh SQLite store."""
    url = f"sqlite:///{tmp_path / 'site.db'}"
    engine = make_engine(url)
    upgrade(engine)
    app_settings = dataclasses.replace(settings, database_url=url)
    app = create_app(app_settings)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield {
            "base": f"http://127.0.0.1:{server.server_port}",
            "engine": engine,
            "settings": app_settings,
            "geography": geography,
        }
    finally:
        server.shutdown()
        thread.join(5)
        engine.dispose()


@pytest.fixture
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("chromium is not installed (make browser-deps)")
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def watched_page(browser: Any, base: str, **options: Any) -> tuple[Any, list[str], list[str]]:
    """A page that records every URL it requests and every console error (CSP included)."""
    page = browser.new_page(**options)
    requested: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, requested, errors


def outside(requested: list[str], base: str) -> list[str]:
    """The requests that left this server."""
    return [u for u in requested if not u.startswith((base, "data:", "blob:"))]


# --- processes ---


def start_scheduler(config: Path, url: str, log: Path) -> subprocess.Popen:
    """One `primaries schedule` process with a quick standby poll and heartbeat."""
    env = {**os.environ, "PRIMARIES_DATABASE_URL": url, "PYTHONUNBUFFERED": "1"}
    command = [
        sys.executable,
        "-c",
        "from primaries.cli import main; main()",
        "--config",
        str(config),
        "schedule",
        "--lock-poll",
        "0.3",
        "--heartbeat",
        "0.5",
    ]
    handle = log.open("wb")
    return subprocess.Popen(command, env=env, stdout=handle, stderr=subprocess.STDOUT, cwd=ROOT)
