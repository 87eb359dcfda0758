"""The map of the home page: the overseas départements in boxes beside the mainland, the French
abroad and the collectivities as tiles, grey explained, and no empty map for a national feed."""

from __future__ import annotations

import dataclasses
import gzip
import json

import pytest

from primaries.app import create_app
from primaries.web import charts
from primaries.web.mapshapes import (
    METROPOLE_FILE,
    OVERSEAS_FILE,
    map_shapes,
    mercator,
)
from tests.conftest import ingest_sample, wide_sample


def _display_extent(geometry: dict) -> tuple[float, float, float, float]:
    """A geometry's extent in display units (longitude, Mercator ordinate)."""
    polygons = (
        [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    )
    points = [(lon, mercator(lat)) for polygon in polygons for ring in polygon for lon, lat in ring]
    us, vs = [p[0] for p in points], [p[1] for p in points]
    return min(us), min(vs), max(us), max(vs)


def test_overseas_departements_sit_in_their_boxes_with_their_shapes():
    """Each DROM is drawn inside its own box under the mainland, scaled without distortion; the
    mainland's outlines are the shipped ones, untouched."""
    shapes = map_shapes()
    features = {f["properties"]["code"]: f for f in shapes.geojson["features"]}
    assert len(features) == 101 and {"971", "972", "973", "974", "976"} <= set(features)
    mainland = json.loads(METROPOLE_FILE.read_text(encoding="utf-8"))["features"]
    assert all(features[f["properties"]["code"]] == f for f in mainland)
    lowest_mainland = min(_display_extent(f["geometry"])[1] for f in mainland)
    with gzip.open(OVERSEAS_FILE, "rt", encoding="utf-8") as handle:
        originals = {f["properties"]["code"]: f for f in json.load(handle)["features"]}
    for inset in shapes.insets:
        u0, v0, u1, v1 = _display_extent(features[inset.code]["geometry"])
        box = inset.box
        assert box.u0 <= u0 < u1 <= box.u1 and box.v0 <= v0 < v1 <= box.v1, inset.code
        assert box.v1 < lowest_mainland  # under the mainland, not over Brittany or Corsica
        o0, p0, o1, p1 = _display_extent(originals[inset.code]["geometry"])
        # one scale for both axes: the island keeps its proportions (within simplification)
        assert (u1 - u0) / (v1 - v0) == pytest.approx((o1 - o0) / (p1 - p0), rel=0.03)
    assert features["974"]["properties"]["nom"] == "La Réunion"
    for inset in shapes.insets:
        x, y = shapes.paper(inset.box.u0, inset.box.v1)
        assert 0 <= x <= 1 and 0 <= y <= 1


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path, settings, geography):
    """An empty migrated store on each backend and the app over it."""
    from primaries.db import make_engine, upgrade
    from tests.conftest import empty_database

    with empty_database(request.param, tmp_path) as url:
        engine = make_engine(url)
        upgrade(engine)
        app = create_app(dataclasses.replace(settings, database_url=url), MICROCACHE_SECONDS=0)
        try:
            yield {"engine": engine, "app": app, "settings": settings, "geography": geography}
        finally:
            app.extensions["primaries"]["engine"].dispose()
            engine.dispose()


def test_figures_draw_overseas_abroad_and_say_what_grey_means(store):
    """Guadeloupe and La Réunion are coloured on the map, each linking to its page; abroad and
    Polynésie are tiles coloured like the map; the grey areas are counted in the legend."""
    ingest_sample(
        store["engine"],
        store["settings"],
        store["geography"],
        wide_sample(1, ("75", "19", "ZA", "ZD", "ZP", "ZZ")),
    )
    client = store["app"].test_client()
    figures = client.get("/api/figures/FR?round=1").json
    grey, coloured = figures["map"]["data"]
    assert set(coloured["locations"]) == {"75", "19", "971", "974"}
    where = dict(zip(coloured["locations"], coloured["customdata"], strict=True))
    assert where["974"] == "/area/974?round=1" and where["971"] == "/area/971?round=1"
    hover = dict(zip(coloured["locations"], coloured["text"], strict=True))
    assert hover["974"].startswith("La Réunion: Jean-Luc Mélenchon ")
    assert "973" in grey["locations"] and "Guyane: pas encore de résultats" in grey["text"]
    labels = [a["text"] for a in figures["map"]["layout"]["annotations"]]
    assert labels == ["Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"]
    tiles = {t["code"]: t for t in figures["tiles"]}
    assert list(tiles) == ["ZZ", "987"]  # only the collectivities of the registry
    assert tiles["ZZ"]["name"] == "Français de l'étranger"
    assert tiles["ZZ"]["text"].startswith("Emmanuel Macron ")
    macron = next(c.color for c in store["settings"].candidates if c.id == "macron")
    assert tiles["ZZ"]["color"] == macron and tiles["ZZ"]["url"] == "/area/ZZ?round=1"
    legend = {item["name"]: item["count"] for item in figures["legend"]}
    assert legend["pas encore de résultats"] == 101 - 4
    assert sum(legend.values()) == 101 + 2  # every outline and every tile, once
    english = client.get("/api/figures/FR?round=1&lang=en").json
    assert {item["name"] for item in english["legend"]} >= {"no results yet"}
    html = client.get("/?lang=fr").get_data(as_text=True)
    assert 'id="map-tiles"' in html and "Touchez ou cliquez un département" in html


def test_a_feed_without_geography_gets_a_sentence_not_a_grey_map(store):
    """With bureaux abroad only (like the 2011 primary's national feed and its bureaux abroad),
    there is no map to draw: the figures say so, and the page carries the sentence."""
    ingest_sample(store["engine"], store["settings"], store["geography"], wide_sample(1, ("ZZ",)))
    client = store["app"].test_client()
    figures = client.get("/api/figures/FR?round=1").json
    assert figures["map"] is None
    assert [t["code"] for t in figures["tiles"]] == ["ZZ"]
    assert [item["name"] for item in figures["legend"]] == ["Emmanuel Macron"]  # no grey
    html = client.get("/?lang=en").get_data(as_text=True)
    assert "This election publishes its results nationally only" in html


def test_registry_without_results_is_all_grey_and_counted(settings, geography):
    """Before any result every outline is grey, and the legend says how many are waiting."""
    rows = [
        {"code": "19", "name": "Corrèze", "votes": {}, "exprimes": 0},
        {"code": "ZZ", "name": "Français de l'étranger", "votes": {}, "exprimes": 0},
    ]
    for row in rows:
        row.update(bureaux_reported=0, bureaux_total=10)
    shapes = map_shapes()
    assert charts.has_geography(rows, geography, shapes)
    legend = charts.legend(rows, settings, geography, shapes, "en")
    assert legend == [
        {"id": None, "name": "no results yet", "color": charts.NO_RESULTS, "count": 102}
    ]
    assert not charts.has_geography(rows[1:], geography, shapes)
