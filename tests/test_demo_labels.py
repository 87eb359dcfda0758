"""Both demo nights played to their end through the real collector: no post carries a wrong
strong label against the labels set by hand from the official figures (tests/data/demo_labels)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from primaries.demo.runner import DemoRun, start_demo
from primaries.models import Claim, Post
from primaries.verification import post_label
from tests.conftest import ROOT

LABELS = ROOT / "tests" / "data" / "demo_labels"
STRONG = ("confirmed", "contradicted")
NIGHTS = {"pr2017": "pr2017-t1.jsonl", "primaire-2011": "primaire2011-t1.jsonl"}


def hand_labels(name: str) -> dict[str, str]:
    """Post id -> the label set by hand for the end of the night."""
    lines = (LABELS / name).read_text(encoding="utf-8").splitlines()
    return {row["id"]: row["label"] for row in map(json.loads, lines)}


def play_to_the_end(run: DemoRun) -> None:
    """Move the clock past the last publication and the last post, polling as the night goes."""
    for _ in range(3):
        run.clock.advance(10**7)
        for source in run.collector.sources():
            run.collector.poll(source)
        run.collector.wait_idle()


def machine_labels(run: DemoRun) -> dict[str, str | None]:
    """Post platform id -> the label the site shows for it at the end of the night."""
    with run.engine.connect() as conn:
        posts = conn.execute(select(Post.__table__.c.platform_id, Post.__table__.c.story_id)).all()
        claims = conn.execute(
            select(Claim.__table__.c.story_id, Claim.__table__.c.label, Claim.__table__.c.flags)
        ).all()
    by_story: dict[int, list] = defaultdict(list)
    for row in claims:
        by_story[row.story_id].append(row)
    out = {}
    for platform_id, story_id in posts:
        rows = by_story.get(story_id, [])
        flags = {f for r in rows for f in (r.flags or ())}
        out[platform_id] = post_label([r.label for r in rows], flags) if rows else None
    return out


@pytest.mark.parametrize("scenario", sorted(NIGHTS))
def test_demo_night_ends_without_a_wrong_strong_label(scenario: str, tmp_path: Path):
    expected = hand_labels(NIGHTS[scenario])
    run = start_demo(
        scenario,
        speed=0.001,
        database=f"sqlite:///{tmp_path / 'night.db'}",
        port=None,
        sim_port=0,
        schedule=False,
    )
    try:
        play_to_the_end(run)
        got = machine_labels(run)
    finally:
        run.stop()
    assert set(expected) <= set(got), "every replayed post is stored"
    wrong = {
        pid: (label, expected[pid])
        for pid, label in got.items()
        if pid in expected and label in STRONG and label != expected[pid]
    }
    assert wrong == {}
    # The night decides something: strong labels that agree with the hand labels.
    right = sum(1 for pid, label in got.items() if label in STRONG and label == expected.get(pid))
    assert right > 0
