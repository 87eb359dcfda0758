"""The early-count caution: whether the bureaux counted are like the whole registry, measured
on the real 2017 registry against what a random draw of as many bureaux would give."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import io
import random
from functools import cache

import pytest

from primaries import queries
from primaries.app import create_app
from primaries.ingest import load_registry
from primaries.representativeness import Unit, class_sums, measure
from sources import datagouv_wide
from tests.conftest import DATA, ingest_sample, wide_sample


@cache
def registry_rows() -> tuple[tuple[str, str, int], ...]:
    """Every bureau of the real 2017 round-1 file: département, commune, inscrits."""
    path = DATA / "2017-presidentielle-1_par_bureau_large.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return tuple(
            (r["departement"], r["departement"] + r["commune"], int(r["inscrits"])) for r in reader
        )


def _units(counted: set[int]) -> list[Unit]:
    return [
        Unit(commune, departement, inscrits, i in counted)
        for i, (departement, commune, inscrits) in enumerate(registry_rows())
    ]


def test_a_count_skewed_to_small_communes_is_flagged_a_random_one_is_not():
    """10,000 bureaux of the smallest communes are far from the registry (the caution); 10,000
    drawn at random are within what chance gives (no caution), on the real 2017 registry."""
    rows = registry_rows()
    size: dict[str, int] = {}
    for _dep, commune, inscrits in rows:
        size[commune] = size.get(commune, 0) + inscrits
    mainland = [i for i, (dep, _c, _n) in enumerate(rows) if not dep.startswith("Z")]
    smallest = sorted(mainland, key=lambda i: (size[rows[i][1]], i))[:10_000]
    skewed = measure(class_sums(_units(set(smallest))))
    assert skewed is not None and skewed.counted == 10_000 and skewed.skewed
    assert skewed.widest.key == "lt500" and skewed.widest.counted > 60 > 10 > skewed.widest.registry
    assert skewed.distance > 10 * skewed.bound

    drawn = random.Random(2017).sample(range(len(rows)), 10_000)
    fair = measure(class_sums(_units(set(drawn))))
    assert fair is not None and fair.counted == 10_000 and not fair.skewed
    # the expectation is that of a random draw: this one is near it, and under the bound
    assert fair.distance < fair.bound and fair.expected / 3 < fair.distance < 3 * fair.expected
    registry_shares = {c.key: c.registry for c in fair.classes}
    assert registry_shares == {c.key: c.registry for c in skewed.classes}
    assert sum(registry_shares.values()) == pytest.approx(100)


def test_nothing_to_say_before_the_first_bureau_and_once_all_are_counted():
    """No measure with nothing counted, nor when everything is: then the figures are final."""
    assert measure(class_sums(_units(set()))) is None
    assert measure(class_sums(_units(set(range(len(registry_rows())))))) is None


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path, settings, geography):
    """The registry of the sample départements on each backend, and the site over it."""
    from primaries.db import make_engine, upgrade
    from tests.conftest import empty_database

    with empty_database(request.param, tmp_path) as url:
        engine = make_engine(url)
        upgrade(engine)
        refs = datagouv_wide.parse_registry(wide_sample(1))
        load_registry(engine, settings, geography, refs)
        app = create_app(
            dataclasses.replace(settings, database_url=url),
            MICROCACHE_SECONDS=0,
            CAUTION_REFRESH=0,  # a new measure as soon as the figures change
        )
        try:
            yield {"engine": engine, "app": app, "settings": settings, "geography": geography}
        finally:
            app.extensions["primaries"]["engine"].dispose()
            engine.dispose()


def _small_communes_first(payload: bytes, under: int) -> bytes:
    """The rows of a wide file whose commune has fewer than `under` inscrits, and abroad."""
    rows = list(csv.reader(io.StringIO(payload.decode("utf-8"))))
    head, body = rows[0], rows[1:]
    size: dict[tuple[str, str], int] = {}
    for r in body:
        size[(r[0], r[1])] = size.get((r[0], r[1]), 0) + int(r[5])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(head)
    writer.writerows(r for r in body if r[0] == "ZZ" or size[(r[0], r[1])] < under)
    return out.getvalue().encode("utf-8")


def test_the_pages_say_so_with_the_measure_until_the_count_is_like_the_whole(store):
    """Small communes and abroad counted first: the national and the Nord pages carry the
    caution and its measure in both languages, summed by the database as in Python; once
    every bureau is counted, the caution is gone."""
    engine, settings, geography = store["engine"], store["settings"], store["geography"]
    ingest_sample(engine, settings, geography, _small_communes_first(wide_sample(1), 500))
    with engine.connect() as conn:
        nord = queries.get_area(conn, "59")
        sums = queries.counted_classes(conn, nord, 1)
        bureaux = conn.exec_driver_sql(
            "SELECT b.commune, b.departement, b.inscrits, r.votants IS NOT NULL FROM bureau b "
            "LEFT JOIN bureau_result r ON r.bureau = b.code AND r.round = 1 AND r.current "
            "WHERE b.departement = '59'"
        ).all()
    in_python = class_sums(Unit(c, d, n, bool(k)) for c, d, n, k in bureaux)
    assert sorted(sums, key=lambda s: s.key) == sorted(in_python, key=lambda s: s.key)
    found = measure(sums)
    assert found is not None and found.skewed and found.widest.key == "lt500"

    client = store["app"].test_client()
    home = client.get("/?lang=fr").get_data(as_text=True)
    assert "Premiers résultats, à lire avec prudence." in home
    assert "distance de variation totale" in home and "moins d&#39;une fois sur cent" in home
    page = client.get("/area/59?lang=en").get_data(as_text=True)
    assert "Early figures: read with care." in page
    assert f"are {found.distance:.1f} points away from the whole" in page
    assert "in communes of under 500 registered voters" in page
    live = client.get("/api/live/59?round=1").json["fragments"]["live-summary"]
    assert 'id="caution"' in live  # the live part of the page carries it too
    doc = client.get("/api/areas/59/representativeness?round=1").json
    assert doc["caution"] is True and doc["measure"]["bureaux_counted"] == found.counted
    assert doc["measure"]["distance"] == pytest.approx(found.distance, abs=1e-3)
    assert [c["class"] for c in doc["measure"]["classes"]] == [c.key for c in found.classes]
    assert client.get("/api/areas/59350/representativeness").json["measure"] is None  # Lille

    ingest_sample(engine, settings, geography, wide_sample(1))
    assert 'id="caution"' not in client.get("/?lang=fr").get_data(as_text=True)
    assert 'id="caution"' not in client.get("/area/59").get_data(as_text=True)
    final = client.get("/api/areas/FR/representativeness?round=1").json
    assert final["caution"] is False and final["measure"] is None
