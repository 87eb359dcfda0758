"""The 2011 story end to end: "Aubry en tête au Canada", unconfirmed on Saturday, confirmed Tuesday."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from werkzeug.test import Client

from primaries.demo.authority import create_simulator, timeline_2011
from primaries.demo.clock import SimClock
from primaries.ingest import ingest_payload, load_registry
from primaries.models import Claim, Story, Verdict
from primaries.posts import store_posts
from primaries.queries import standings
from primaries.reasons import cited
from primaries.settings import load_settings
from primaries.verification import verify_pending
from primaries.web.i18n import reason_text
from sources import bureau_feed, jsonl_replay
from tests.conftest import DATA, ROOT

PARIS = ZoneInfo("Europe/Paris")


class FakeTimer:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.value = 0.0

    def __call__(self) -> float:
        return self.value


@pytest.fixture
def night(engine, geography):
    """The 2011 simulator on a hand-driven clock, and one poll of every source."""
    primary = load_settings(ROOT / "elections" / "primaire-2011.toml")
    timer = FakeTimer()
    clock = SimClock(timeline_2011(), timer=timer)
    app, clock = create_simulator(DATA, scenario="primaire-2011", clock=clock)
    client = Client(app)
    sources = {s.name: s for s in primary.sources}
    abroad = sources["bureaux-etranger"]
    path = abroad.url.split("8765", 1)[1]
    registry = client.get(f"{path}/registry").get_data()
    load_registry(
        engine,
        primary,
        geography,
        bureau_feed.parse_registry(registry),
        exclude_areas=abroad.exclude_areas,
    )
    cursor: dict = {}

    def poll_until(moment: datetime) -> None:
        nonlocal cursor
        while clock.now() < moment:
            timer.value += 5
        now = clock.now()
        for source in (sources["haute-autorite"], abroad):
            response = client.get(source.url.split("8765", 1)[1])
            if response.status_code == 200:
                ingest_payload(
                    engine,
                    primary,
                    geography,
                    response.get_data(),
                    source=source.name,
                    kind=source.kind,
                    round_number=1,
                    fetched_at=now,
                    exclude_areas=source.exclude_areas,
                )
        batch = jsonl_replay.collect(ROOT / sources["replay"].url, cursor, now=now)
        cursor = batch.cursor
        store_posts(engine, batch.posts, source="replay", now=now)
        verify_pending(engine, primary, geography, now=now)

    return primary, poll_until


def canada_claim(engine):
    """The leader claim of the "Aubry en tête au Canada" story and its verdict history."""
    with engine.connect() as conn:
        story = conn.execute(
            select(Story.__table__).where(
                Story.__table__.c.text.like("Aubry en tête au Canada 🇨🇦%")
            )
        ).first()
        claim = conn.execute(
            select(Claim.__table__).where(
                Claim.__table__.c.story_id == story.id, Claim.__table__.c.type == "leader"
            )
        ).first()
        history = conn.execute(
            select(Verdict.__table__).where(Verdict.__table__.c.claim_id == claim.id).order_by("id")
        ).all()
    return claim, history


def test_the_canada_leak_is_unconfirmed_until_the_authority_validates_it(night, engine):
    """Each step of the night carries the label the design's rules give it."""
    primary, poll_until = night
    poll_until(datetime(2011, 10, 8, 22, 30, tzinfo=PARIS))
    claim, _ = canada_claim(engine)
    assert (claim.area, claim.candidates) == ("FE-CA", ["aubry"])
    assert claim.label == "unconfirmed"  # Saturday: nothing published for Canada

    poll_until(datetime(2011, 10, 10, 3, 0, tzinfo=PARIS))
    with engine.connect() as conn:
        national = standings(conn, primary, "FR", 1)
    assert national.votes_of("hollande") == 1_038_188 and national.complete
    claim, _ = canada_claim(engine)
    assert claim.label == "unconfirmed"  # national figures final, abroad still unpublished

    poll_until(datetime(2011, 10, 11, 13, 0, tzinfo=PARIS))
    claim, history = canada_claim(engine)
    assert claim.label == "confirmed"
    names = {c.id: c.name for c in primary.candidates}
    reason = cited(claim.reason, claim.evidence, claim.candidates, names.__getitem__)
    for language in ("fr", "en"):
        assert "Aubry" in reason_text(reason, "Europe/Paris", language)
    assert [v.label for v in history] == ["unconfirmed", "confirmed"]
    with engine.connect() as conn:
        national_after = standings(conn, primary, "FR", 1)
    # The abroad bureaux are inside the Haute Autorité's total: nothing counted twice.
    assert national_after.exprimes == national.exprimes == 2_650_206
