"""Tests of the demo's authority simulator: release schedule, bureau feed, Ministry XML, 2011."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from werkzeug.test import Client

from primaries.demo.authority import Simulator, create_simulator, serve_in_thread, timeline_2011
from primaries.demo.clock import SimClock
from sources import bureau_feed, hap2011_json, minint_xml

DATA = Path(__file__).resolve().parent.parent / "data"
EXPRIMES_2017 = 36_054_394
TOTALS_2017 = {
    "MACRON": 8_656_346,
    "LE PEN": 7_678_491,
    "FILLON": 7_212_995,
    "MÉLENCHON": 7_059_951,
}


class ManualTimer:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.value = 0.0

    def __call__(self) -> float:
        return self.value


@dataclass
class Run:
    """A simulator, its clock, the hand-driven timer under it and a test client."""

    app: Simulator
    clock: SimClock
    timer: ManualTimer
    client: Client


@pytest.fixture(scope="module")
def night() -> Run:
    """The 2017 simulator on a hand-driven clock (built once: it loads 2 x 69,242 bureaux)."""
    timer = ManualTimer()
    app, clock = create_simulator(DATA, clock=SimClock.linear(timer=timer))
    return Run(app, clock, timer, Client(app))


def _feed(client: Client, query: str = "") -> dict:
    """The round-1 bureau feed document."""
    response = client.get(f"/feed/pr2017/1{query}")
    assert response.status_code == 200
    return json.loads(response.data)


def _national(doc: dict) -> tuple[int, dict[str, int]]:
    """Exprimés and votes per candidate summed over a document's bureaux."""
    votes: dict[str, int] = {}
    for b in doc["bureaux"]:
        for key, n in b["votes"].items():
            votes[key] = votes.get(key, 0) + n
    return sum(b["exprimes"] for b in doc["bureaux"]), votes


def test_releases_grow_monotonically_with_the_clock(night):
    timer, client = night.timer, night.client
    seen, sequences = set(), []
    for real in range(0, 601, 50):
        timer.value = real
        doc = _feed(client)
        codes = {b["code"] for b in doc["bureaux"]}
        assert seen <= codes  # no bureau vanishes
        seen = codes
        sequences.append(doc["sequence"])
    assert sequences == sorted(sequences)
    assert sequences[0] < sequences[-1]


def test_saturday_voters_are_released_at_the_start_and_paris_at_the_end(night):
    timer, client = night.timer, night.client
    timer.value = 0
    codes = {b["code"] for b in _feed(client)["bureaux"]}
    assert any(c.startswith("ZA") for c in codes)  # Guadeloupe voted on Saturday
    assert "ZZ139_0001" in codes  # Montréal (Americas, Saturday)
    assert not any(c.startswith("ZD") for c in codes)  # La Réunion votes on Sunday
    timer.value = 300
    halfway = {b["code"] for b in _feed(client)["bureaux"]}
    assert not any(c.startswith("75056_") for c in halfway)
    assert any(not c.startswith("Z") for c in halfway)


def test_the_night_ends_at_the_configured_duration(night):
    clock, timer, client = night.clock, night.timer, night.client
    timer.value = clock.duration - 1
    before = json.loads(client.get("/clock").data)
    timer.value = clock.duration
    after = json.loads(client.get("/clock").data)
    assert clock.duration == 600
    assert before["fraction_released"] < 1 and not before["finished"]
    assert after["fraction_released"] == 1 and after["finished"]
    assert after["now"] == "2017-04-24T01:00:00+02:00"


def test_speed_divides_the_duration():
    timer = ManualTimer()
    clock = SimClock.linear(speed=4, timer=timer)
    timer.value = 149
    assert clock.duration == 150
    assert clock.now() < clock.end
    timer.value = 150
    assert clock.now() == clock.end


def test_since_holds_only_the_bureaux_changed_after_the_sequence(night):
    timer, client = night.timer, night.client
    timer.value = 200
    first = _feed(client)
    timer.value = 260
    full = _feed(client)
    increment = _feed(client, f"?since={first['sequence']}")
    assert increment["since"] == first["sequence"]
    assert increment["sequence"] == full["sequence"]
    changed = {b["code"] for b in full["bureaux"] if b["sequence"] > first["sequence"]}
    assert {b["code"] for b in increment["bureaux"]} == changed
    assert 0 < len(changed) < len(full["bureaux"])
    payload = bureau_feed.parse(client.get(f"/feed/pr2017/1?since={first['sequence']}").data)
    assert not payload.complete and len(payload.records) == len(changed)


def test_an_unchanged_etag_gets_304(night):
    timer, client = night.timer, night.client
    timer.value = 100
    response = client.get("/feed/pr2017/1")
    etag = response.headers["ETag"]
    again = client.get("/feed/pr2017/1", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    timer.value = 200
    moved = client.get("/feed/pr2017/1", headers={"If-None-Match": etag})
    assert moved.status_code == 200


def test_the_registry_lists_every_bureau_with_inscrits(night):
    client = night.client
    units = bureau_feed.parse_registry(client.get("/feed/pr2017/1/registry").data)
    assert len(units) == 69_242
    assert sum(u.inscrits for u in units) == 47_582_183


def test_the_final_state_sums_to_the_official_totals(night):
    clock, timer, client = night.clock, night.timer, night.client
    timer.value = clock.duration
    doc = _feed(client)
    exprimes, votes = _national(doc)
    assert len(doc["bureaux"]) == 69_242
    assert exprimes == EXPRIMES_2017
    assert {k: votes[k] for k in TOTALS_2017} == TOTALS_2017
    payload = bureau_feed.parse(client.get("/feed/pr2017/1").data)
    assert all(r.votants == r.blancs + r.nuls + r.exprimes for r in payload.records)


def test_a_bureau_is_corrected_with_a_new_revision(night):
    app = night.app
    feed = app.feeds[("pr2017", 2)]  # round 2 has only the correction fault
    by_unit: dict[int, list] = {}
    for event in feed.events:
        by_unit.setdefault(event.unit, []).append(event)
    revised = [events for events in by_unit.values() if len(events) > 1]
    assert len(revised) == 1
    wrong, right = revised[0]
    differ = [
        i
        for i, (a, b) in enumerate(zip(wrong.figures.votes, right.figures.votes, strict=True))
        if a != b
    ]
    assert len(differ) == 2  # two candidates' figures transposed
    assert sorted(wrong.figures.votes) == sorted(right.figures.votes)
    assert right.sequence > wrong.sequence and right.figures.status == "validated"


def test_a_sheet_with_a_typo_is_published_then_replaced_by_the_clean_one(night):
    """Round 1: one bureau's votes no longer add up to its exprimés (a digit slipped in), and
    30 minutes later the clean sheet, which does."""
    feed = night.app.feeds[("pr2017", 1)]
    by_unit: dict[int, list] = {}
    for event in feed.events:
        by_unit.setdefault(event.unit, []).append(event)
    slipped = [
        events
        for events in by_unit.values()
        if len(events) == 2 and sum(events[0].figures.votes) != events[0].figures.exprimes
    ]
    assert len(slipped) == 1
    wrong, right = slipped[0]
    assert sum(right.figures.votes) == right.figures.exprimes
    assert right.at - wrong.at == timedelta(minutes=30) and right.sequence > wrong.sequence


def test_the_frozen_incident_jumps_totals_with_identical_shares(night):
    app, clock = night.app, night.clock
    feed = app.feeds[("pr2017", 1)]
    incident = clock.at(0.45 * 600)
    before = feed.sequence_at(incident) - 1
    while feed.events[before - 1].at >= feed.events[before].at:
        before -= 1  # the last sequence before the batch
    after = feed.sequence_at(incident)

    def shares(sequence: int) -> tuple[int, list[float]]:
        state = feed.state(sequence).values()
        total = sum(f.exprimes for f in state)
        columns = zip(*(f.votes for f in state), strict=True)
        return total, [round(100 * sum(c) / total, 2) for c in columns]

    total_before, shares_before = shares(before)
    total_after, shares_after = shares(after)
    assert total_after > total_before * 1.02
    assert shares_after == shares_before


def test_ministry_files_are_404_html_until_published(night):
    clock, timer, client = night.clock, night.timer, night.client
    timer.value = 0
    early = client.get("/minint/pr2017/1/011/075/075com.xml")
    assert early.status_code == 404
    assert early.headers["Content-Type"].startswith("text/html")
    assert b"maintenance" in early.data
    index = client.get("/minint/pr2017/1/index.xml")
    listed = {e.code for e in minint_xml.parse_index(index.data)}
    assert "ZA" in listed and "75" not in listed
    timer.value = clock.duration
    paris = client.get("/minint/pr2017/1/011/075/075com.xml")
    assert paris.status_code == 200
    payload = minint_xml.parse(paris.data)
    record = next(r for r in payload.records if r.unit.code == "75056")
    assert dict(record.votes)["MACRON"] == 375_006
    assert record.exprimes == 1_076_559
    entries = minint_xml.parse_commune_index(client.get("/minint/pr2017/1/011/075/075IDX.xml").data)
    assert [e.reported for e in entries] == [True]


def test_ministry_index_marks_partial_departements(night):
    timer, client = night.timer, night.client
    timer.value = 200
    entries = minint_xml.parse_index(client.get("/minint/pr2017/1/index.xml").data)
    assert any(not e.complete for e in entries)
    assert all(e.updated_at is not None for e in entries)


@pytest.fixture()
def story() -> Run:
    """The 2011 simulator on a hand-driven clock."""
    timer = ManualTimer()
    clock = SimClock(timeline_2011(), timer=timer)
    app, clock = create_simulator(DATA, scenario="primaire-2011", clock=clock)
    return Run(app, clock, timer, Client(app))


def _at(story, real: float) -> tuple[dict, dict, dict]:
    """The clock, the bureau feed and the national JSON at a real time."""
    client = story.client
    story.timer.value = real
    return (
        json.loads(client.get("/clock").data),
        json.loads(client.get("/feed/primaire-2011/1").data),
        json.loads(client.get("/hap2011/1/json/").data),
    )


def test_2011_saturday_abroad_is_counted_but_not_published(story):
    clock, feed, national = _at(story, 72)
    assert clock["now"].startswith("2011-10-08T22:00")
    assert clock["phase"].startswith("saturday")
    assert feed["bureaux"] == [] and feed["sequence"] == 0
    assert national["bureaux_vote"] == "0/9425" and national["votants"] == 0
    registry = bureau_feed.parse_registry(story.client.get("/feed/primaire-2011/1/registry").data)
    assert "Montréal" in {u.name for u in registry}
    assert all(u.inscrits > 0 for u in registry)


def test_2011_sunday_night_goes_from_partial_to_final(story):
    clock, feed, national = _at(story, 300)
    partial = hap2011_json.parse(json.dumps(national).encode()).records[0]
    assert clock["now"].startswith("2011-10-09")
    assert 0 < partial.units_reported < partial.units_total == 9425
    assert feed["bureaux"] == []
    clock, feed, national = _at(story, 480)
    final = hap2011_json.parse(json.dumps(national).encode()).records[0]
    assert final.units_reported == 9425
    assert final.votants == 2_661_231 and final.exprimes == 2_650_206
    assert dict(final.votes)["francoishollande"] == 1_038_188
    assert dict(final.votes)["martineaubry"] == 806_168
    assert feed["bureaux"] == []  # abroad still waits for validation


def test_2011_tuesday_publishes_the_validated_abroad_results(story):
    clock, feed, _ = _at(story, 600)
    assert clock["phase"].startswith("tuesday")
    payload = bureau_feed.parse(json.dumps(feed).encode())
    assert {r.status for r in payload.records} == {"validated"}
    montreal = next(r for r in payload.records if r.unit.name == "Montréal")
    votes = dict(montreal.votes)
    assert votes["AUBRY"] / montreal.exprimes == pytest.approx(0.44, abs=0.005)
    assert votes["HOLLANDE"] / montreal.exprimes == pytest.approx(0.25, abs=0.005)
    washington = dict(next(r for r in payload.records if r.unit.name == "Washington").votes)
    assert (washington["AUBRY"], washington["HOLLANDE"]) == (26, 24)
    totals: dict[str, int] = {}
    for record in payload.records:
        for key, n in record.votes:
            totals[key] = totals.get(key, 0) + n
    assert totals == {
        "HOLLANDE": 2080,
        "AUBRY": 2696,
        "MONTEBOURG": 915,
        "ROYAL": 487,
        "VALLS": 593,
        "BAYLET": 47,
    }
    assert sum(r.votants for r in payload.records) == 6838


def test_unknown_scenario_and_fault_are_refused():
    with pytest.raises(ValueError, match="unknown scenario"):
        create_simulator(DATA, scenario="pr2022")
    with pytest.raises(ValueError, match="unknown fault"):
        create_simulator(DATA, faults={"meteor"})


def test_serve_in_thread_answers_on_loopback_and_stops():
    app, _ = create_simulator(DATA, scenario="primaire-2011")
    stop = serve_in_thread(app, "127.0.0.1", 0)
    try:
        response = requests.get(f"{stop.url}/clock", timeout=5)
        assert response.json()["scenario"] == "primaire-2011"
    finally:
        stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{stop.url}/clock", timeout=2)


def test_the_replay_posts_are_well_formed():
    for name in ("pr2017-t1.jsonl", "primaire2011-t1.jsonl"):
        posts = [
            json.loads(line) for line in (DATA / "posts" / name).read_text("utf-8").splitlines()
        ]
        ids = {p["id"] for p in posts}
        assert len(ids) == len(posts)
        assert all(p["repost_of"] in ids for p in posts if p["repost_of"])
        assert all(p["platform"] in {"x", "bluesky", "mastodon", "rss"} for p in posts)
    texts = [json.loads(line)["text"] for line in (DATA / "posts" / "primaire2011-t1.jsonl").open()]
    assert "Aubry en tête au Canada 🇨🇦 #primaires" in texts
