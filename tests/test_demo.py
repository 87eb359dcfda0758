"""Tests of the demo: the 2011 story step by step, and `primaries demo` at high speed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from primaries.demo.runner import DemoRun, rewrite_url, start_demo
from primaries.models import BureauResult, Claim, SourceRun, Story, Verdict
from primaries.queries import standings
from primaries.reasons import cited
from primaries.web.i18n import reason_text
from tests.conftest import ROOT

CLAIM = Claim.__table__
STORY = Story.__table__
VERDICT = Verdict.__table__
SPEED = 0.001  # the clock barely moves by itself: the test moves it


def test_config_urls_are_pointed_at_the_running_simulator():
    base = "http://127.0.0.1:40123"
    assert rewrite_url("http://127.0.0.1:8765/feed/pr2017/1", base) == base + "/feed/pr2017/1"
    assert rewrite_url("http://localhost:8765/hap2011/1/json/?x=1", base) == (
        base + "/hap2011/1/json/?x=1"
    )
    assert rewrite_url("https://elections.example.org/feed", base) == (
        "https://elections.example.org/feed"
    )
    assert rewrite_url("data/posts/pr2017-t1.jsonl", base) == "data/posts/pr2017-t1.jsonl"


def goto(run: DemoRun, timeline_seconds: float) -> None:
    """Move the simulated night to a point of its timeline, then poll every source once."""
    run.clock.advance((timeline_seconds - run.clock.elapsed()) / SPEED)
    for source in run.collector.sources():
        run.collector.poll(source)
    run.collector.wait_idle()  # the verification runs on its own thread


def canada_rumour(run: DemoRun):
    """The "Aubry en tête au Canada" leader claim and its verdict history."""
    with run.engine.connect() as conn:
        claim = conn.execute(
            select(CLAIM)
            .join(STORY, STORY.c.id == CLAIM.c.story_id)
            .where(
                STORY.c.text.like("Aubry en tête au Canada%"),
                CLAIM.c.area == "FE-CA",
                CLAIM.c.type == "leader",
            )
        ).first()
        history = []
        if claim is not None:
            history = (
                conn.execute(
                    select(VERDICT.c.label)
                    .where(VERDICT.c.claim_id == claim.id)
                    .order_by(VERDICT.c.valid_from)
                )
                .scalars()
                .all()
            )
    return claim, history


def national(run: DemoRun) -> dict[str, int]:
    """The national votes per candidate."""
    with run.engine.connect() as conn:
        found = standings(conn, run.settings, "FR", 1)
    return {t.candidate: t.votes for t in found.tallies}


def test_the_2011_story_unconfirmed_on_saturday_confirmed_on_tuesday(tmp_path: Path):
    pytest.importorskip("primaries.verification")
    run = start_demo(
        "primaire-2011",
        speed=SPEED,
        database=f"sqlite:///{tmp_path / 'night.db'}",
        port=None,
        sim_port=0,
        schedule=False,
    )
    try:
        # Saturday 22:30: the rumour circulates, the Haute Autorité has published nothing.
        goto(run, 84)
        claim, history = canada_rumour(run)
        assert claim is not None and claim.candidates == ["aubry"]
        assert claim.label == "unconfirmed" and history == ["unconfirmed"]
        assert national(run) == {}

        # Monday 02:00: the national figures are final; Canada is still not published.
        goto(run, 480)
        votes = national(run)
        assert votes["hollande"] == 1_038_188 and votes["aubry"] == 806_168
        claim, history = canada_rumour(run)
        assert claim.label == "unconfirmed" and history == ["unconfirmed"]

        # Tuesday 13:00: the validated results abroad are out; Montréal had Aubry ahead.
        goto(run, 560)
        claim, history = canada_rumour(run)
        assert claim.label == "confirmed" and history == ["unconfirmed", "confirmed"]
        names = {c.id: c.name for c in run.settings.candidates}
        reason = cited(claim.reason, claim.evidence, claim.candidates, names.__getitem__)
        assert "Aubry" in reason_text(reason, "Europe/Paris", "en")
        # The abroad bureaux are inside the national figures already: not counted twice.
        assert national(run) == votes
        with run.engine.connect() as conn:
            failures = conn.execute(
                select(SourceRun.__table__.c.error).where(~SourceRun.__table__.c.ok)
            ).all()
        assert failures == []
    finally:
        run.stop()


def test_the_demo_site_links_to_itself_on_any_port(tmp_path: Path):
    """Its absolute links (feeds, API) name the port it listens on, not the configured 8000."""
    import requests

    run = start_demo(
        "primaire-2011",
        speed=SPEED,
        database=f"sqlite:///{tmp_path / 'night.db'}",
        port=0,
        sim_port=0,
        schedule=False,
    )
    try:
        atom = requests.get(f"{run.site_url}feeds/verdicts.atom", timeout=10)
        assert atom.status_code == 200
        assert f'href="{run.site_url}' in atom.text
        assert "127.0.0.1:8000" not in atom.text or run.site_url.endswith(":8000/")
    finally:
        run.stop()


def test_the_site_keeps_the_port_asked_for_when_it_is_the_simulators(tmp_path: Path):
    """`primaries demo --port 8765` serves the site there: the simulator takes another port."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        wanted = probe.getsockname()[1]
    run = start_demo(
        "primaire-2011",
        speed=SPEED,
        database=f"sqlite:///{tmp_path / 'night.db'}",
        port=wanted,
        sim_port=wanted,
        schedule=False,
    )
    try:
        assert run.site_url == f"http://127.0.0.1:{wanted}/"
        assert f":{wanted}/" not in run.simulator.url
    finally:
        run.stop()


@pytest.mark.slow
def test_demo_command_plays_a_fast_night_and_stops_cleanly(tmp_path: Path):
    database = tmp_path / "demo.db"
    command = [
        sys.executable,
        "-c",
        "from primaries.cli import main; main()",
        "demo",
        "--speed",
        "60",
        "--duration",
        "12",
        "--port",
        "0",
        "--database",
        f"sqlite:///{database}",
    ]
    env = {k: v for k, v in os.environ.items() if k not in ("PRIMARIES_CONFIG",)}
    env["PRIMARIES_DATABASE_URL"] = ""
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=180)
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 0, err[-3000:]
    assert "site: http://127.0.0.1:" in out
    # A readable terminal: the set-up ends with the site's line, after the editor command that
    # reaches the demo's own database; the collectors' INFO lines stay out of it.
    setup = out.split("site: ")[0]
    assert f"add an editor: PRIMARIES_DATABASE_URL=sqlite:///{database} primaries" in setup
    assert "level=INFO" not in err, err[-3000:]
    assert "Traceback" not in err and "level=ERROR" not in err, err[-3000:]
    assert "database kept" in out

    from primaries.db import make_engine

    engine = make_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            results = conn.execute(
                select(func.count()).select_from(BureauResult.__table__)
            ).scalar()
            labels = dict(
                conn.execute(select(CLAIM.c.label, func.count()).group_by(CLAIM.c.label)).all()
            )
            failed = conn.execute(
                select(func.count())
                .select_from(SourceRun.__table__)
                .where(~SourceRun.__table__.c.ok)
            ).scalar()
    finally:
        engine.dispose()
    assert results > 10_000  # most of the 69,242 bureaux: the night lasts 10 s at speed 60
    # Twelve minutes into the count some claims are decided already (which ones, and whether
    # they are right, is tests/test_demo_labels.py's business).
    assert labels.get("confirmed", 0) + labels.get("contradicted", 0) > 0
    assert failed == 0
