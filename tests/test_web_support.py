"""Fixtures and seed data shared by the site's tests: an app on each backend with real 2017 rows,
claims, verdicts, stories and posts inserted directly (as the verifier would leave them)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, insert

from primaries.app import create_app
from primaries.geography import Geography
from primaries.ingest import ingest_payload
from primaries.models import Claim, Post, Story, Verdict
from primaries.settings import Settings
from primaries.users import create_user

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


@pytest.fixture
def site(
    app_settings: Settings, engine: Engine, geography: Geography, sample_payload: bytes
) -> Iterator[dict[str, Any]]:
    """An app over the sample départements, seeded claims, an editor and an admin."""
    ingest_sample(engine, app_settings, geography, sample_payload)
    ids = seed_claims(engine)
    create_user(engine, "eve", PASSWORD, "editor", now=NOW)
    create_user(engine, "ada", PASSWORD, "admin", now=NOW)
    app: Flask = create_app(app_settings, TESTING=True, MICROCACHE_SECONDS=0)
    yield {"app": app, "client": app.test_client(), "engine": engine, "ids": ids}
    app.extensions["primaries"]["engine"].dispose()
