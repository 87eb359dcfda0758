"""Where every figure comes from (issue 13, item 3): beside an area's figures, in its API
documents and in its bureaux CSVs, the source, the fetch and publication times of the snapshots
behind them, and "late" when a source has had no good fetch within a few of its own poll
intervals; on real 2017 rows, on both backends."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import timedelta

import pytest
from sqlalchemy import insert

from primaries import provenance
from primaries.app import create_app
from primaries.ingest import ingest_payload
from primaries.models import SourceRun, utcnow
from primaries.queries import get_area
from primaries.runs import record_run
from tests.conftest import NOW, ingest_sample, wide_sample


def _app(settings, tmp_path, **source_changes):
    """A site over the store, the results source's settings changed as asked."""
    sources = tuple(
        dataclasses.replace(s, **source_changes) if s.name == "resultats-bureaux" else s
        for s in settings.sources
    )
    changed = dataclasses.replace(settings, sources=sources)
    return create_app(changed, TESTING=True, MICROCACHE_SECONDS=0, EXPORTS_DIR=tmp_path)


@pytest.fixture
def store(engine, app_settings, geography):
    """Corrèze from the results feed at NOW; Corse-du-Sud from a second, disabled, feed."""
    ingest_sample(engine, app_settings, geography, wide_sample(1, ("19",)))
    ingest_payload(
        engine,
        app_settings,
        geography,
        wide_sample(1, ("2A",)),
        source="minint-xml",
        kind="datagouv_wide",
        round_number=1,
        fetched_at=NOW + timedelta(minutes=5),
    )
    return {"engine": engine, "settings": app_settings}


@pytest.fixture
def client(store, tmp_path):
    app = _app(store["settings"], tmp_path)
    yield app.test_client()
    app.extensions["primaries"]["engine"].dispose()


def test_late_is_judged_on_the_sources_own_interval(settings):
    """Three of its own intervals: a feed polled every 15 s is late after 45 s, one polled
    hourly is not after half an hour; a disabled source is never late, an unknown one unjudged."""
    feed = next(s for s in settings.sources if s.name == "resultats-bureaux")
    now = utcnow()
    assert provenance.late_after(feed, settings) == 3 * feed.interval
    assert provenance.is_late(feed, now - timedelta(seconds=50), now, settings)
    assert not provenance.is_late(feed, now - timedelta(seconds=40), now, settings)
    hourly = dataclasses.replace(feed, interval=3600)
    assert not provenance.is_late(hourly, now - timedelta(minutes=30), now, settings)
    assert provenance.is_late(hourly, None, now, settings)  # never a good fetch
    assert (
        provenance.is_late(dataclasses.replace(feed, enabled=False), None, now, settings) is False
    )
    assert provenance.is_late(None, now - timedelta(days=1), now, settings) is None
    slower = dataclasses.replace(settings.thresholds, late_intervals=10)
    patient = dataclasses.replace(settings, thresholds=slower)
    assert not provenance.is_late(feed, now - timedelta(seconds=100), now, patient)


def test_the_area_page_names_the_source_its_times_and_says_late(client):
    """Corrèze's figures came from "resultats-bureaux", fetched at 21:47 (Paris) in 2017 and
    not since: the feed is polled every 15 s, so the page says it is late, in both languages."""
    html = client.get("/area/19?round=1").get_data(as_text=True)
    part = html[html.index('id="provenance"') :]
    part = part[: part.index("</div>")]
    assert "Source des chiffres" in part and "resultats-bureaux" in part
    assert "384 bureaux" in part and "récupérés à" in part
    assert '<time datetime="2017-04-23T19:47:00+00:00">23/04/2017 21:47</time>' in part
    assert "heure de publication non donnée par la source" in part  # the wide file has none
    assert "EN RETARD" in part and "interrogée toutes les 15 s (en retard après 45 s)" in part
    assert "minint-xml" not in part  # Corse-du-Sud's feed is behind none of Corrèze's figures
    english = client.get("/area/19?round=1&lang=en").get_data(as_text=True)
    assert "Where these figures come from" in english and "LATE" in english
    assert "polled every 15 s (late after 45 s)" in english


def test_a_good_poll_just_now_means_not_late(store, client):
    """A poll that found nothing new is a good fetch: the figures are current, not late."""
    record_run(
        store["engine"],
        source="resultats-bureaux",
        kind="bureau_feed",
        started_at=utcnow(),
        ok=True,
    )
    html = client.get("/area/19?round=1").get_data(as_text=True)
    part = html[html.index('id="provenance"') :]
    part = part[: part.index("</div>")]
    assert "EN RETARD" not in part and "dernière collecte réussie" in part


def test_a_slow_feed_polled_hourly_is_not_late_after_half_an_hour(store, tmp_path):
    then = utcnow() - timedelta(minutes=30)
    with store["engine"].begin() as conn:
        conn.execute(
            insert(SourceRun.__table__).values(
                source="resultats-bureaux",
                kind="bureau_feed",
                started_at=then,
                finished_at=then,
                ok=True,
            )
        )
    hourly = _app(store["settings"], tmp_path, interval=3600).test_client()
    assert "EN RETARD" not in hourly.get("/area/19?round=1").get_data(as_text=True)
    quick = _app(store["settings"], tmp_path, interval=60).test_client()
    html = quick.get("/area/19?round=1").get_data(as_text=True)
    assert "EN RETARD" in html and "banner-late" in html  # the banner uses the same rule


def test_the_nation_lists_each_source_with_its_share_of_bureaux(client):
    """Two feeds behind the national figures: each named with its bureaux (adding up to those
    reported), its own fetch time; the disabled one is never late."""
    document = json.loads(client.get("/api/results/national?round=1").data)
    sources = {s["source"]: s for s in document["sources"]}
    assert set(sources) == {"resultats-bureaux", "minint-xml"}
    assert sum(s["bureaux"] for s in sources.values()) == document["bureaux_reported"]
    assert sources["resultats-bureaux"]["fetched_at"] == NOW.isoformat()
    assert sources["minint-xml"]["fetched_at"] == (NOW + timedelta(minutes=5)).isoformat()
    assert sources["resultats-bureaux"]["late"] is True
    assert sources["resultats-bureaux"]["interval_seconds"] == 15
    assert sources["resultats-bureaux"]["late_after_seconds"] == 45
    assert sources["minint-xml"]["late"] is False  # disabled in config.toml: nobody polls it
    assert sources["resultats-bureaux"]["published_at"] is None
    status = json.loads(client.get("/api/areas/2A/status?round=1").data)
    assert [s["source"] for s in status["sources"]] == ["minint-xml"]


def test_a_file_loaded_by_hand_is_named_but_not_judged(store, geography, client):
    ingest_payload(
        store["engine"],
        store["settings"],
        geography,
        wide_sample(1, ("ZA",)),
        source="fichier-prefecture",
        kind="datagouv_wide",
        round_number=1,
        fetched_at=NOW,
    )
    document = json.loads(client.get("/api/results/971?round=1").data)
    assert document["sources"][0]["source"] == "fichier-prefecture"
    assert document["sources"][0]["late"] is None
    html = client.get("/area/971?round=1").get_data(as_text=True)
    assert "hors calendrier de collecte" in html and "EN RETARD" not in html


def test_each_csv_row_carries_its_source_and_times(client):
    """International CSV: ISO 8601 UTC; French CSV: the election's clock, French headers."""
    plain = client.get("/area/19/bureaux.csv?round=1").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(plain)))
    assert rows and {r["source"] for r in rows} == {"resultats-bureaux"}
    assert {r["fetched_at"] for r in rows} == {NOW.isoformat()}
    assert {r["published_at"] for r in rows} == {""}
    raw = client.get("/area/19/bureaux-fr.csv?round=1").get_data()
    french = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert french[0][-3:] == ["Source", "Récupéré le", "Publié le"]
    assert {r[-2] for r in french[1:]} == {"23/04/2017 21:47:00"}


def test_the_nations_quick_count_agrees_with_matching_every_unit(store):
    """Counting the nation's units straight off the results gives what matching each unit to
    the nation gives (the slow way, kept for a source whose units stay out of it)."""
    with store["engine"].connect() as conn:
        nation = get_area(conn, "FR")
        quick = provenance.area_snapshots(conn, nation, 1, every_unit=True)
        matched = provenance.area_snapshots(conn, nation, 1, every_unit=False)
    assert quick == matched and [s["source"] for s in quick] == ["minint-xml", "resultats-bureaux"]
    assert provenance.counts_every_unit(nation, store["settings"])


def test_each_bureau_of_the_api_names_its_source_and_times(client):
    page = json.loads(client.get("/api/areas/2A/bureaux?round=1").data)
    assert page["bureaux"] and {b["source"] for b in page["bureaux"]} == {"minint-xml"}
    assert {b["fetched_at"] for b in page["bureaux"]} == {(NOW + timedelta(minutes=5)).isoformat()}
    nation = json.loads(client.get("/api/areas/FR/bureaux?round=1").data)
    assert {b["source"] for b in nation["bureaux"]} == {"minint-xml", "resultats-bureaux"}
