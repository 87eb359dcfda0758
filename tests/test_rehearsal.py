"""The REHEARSAL / RÉPÉTITION band (issue 13, item 3): whenever the figures or posts come from a
source marked `test = true` (the demo marks all of its own), every page, API document and export
says so; never on real data, on both backends."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator

import pytest

from primaries.app import create_app
from primaries.demo.runner import rehearsal_settings, scenario_settings

BAND = "RÉPÉTITION / REHEARSAL"


def _site(fresh_site, tmp_path, **source_changes) -> Iterator:
    """The fixture's data served under settings whose results source is changed as asked."""
    settings = fresh_site["settings"]
    sources = tuple(
        dataclasses.replace(s, **source_changes) if s.name == "resultats-bureaux" else s
        for s in settings.sources
    )
    app = create_app(
        dataclasses.replace(settings, sources=sources),
        TESTING=True,
        MICROCACHE_SECONDS=0,
        EXPORTS_DIR=tmp_path,
    )
    try:
        yield app.test_client()
    finally:
        app.extensions["primaries"]["engine"].dispose()


@pytest.fixture
def rehearsal(fresh_site, tmp_path):
    """The sample's figures, fed by a results source marked as a test."""
    yield from _site(fresh_site, tmp_path, test=True)


PAGES = ["/", "/area/75?round=1", "/area/19?round=2", "/claims", "/search?q=Paris", "/tip"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_of_a_rehearsal_carries_the_band(rehearsal, fresh_site, url):
    """The band on every public page, and on the newsroom's, in both languages."""
    html = rehearsal.get(url).get_data(as_text=True)
    assert BAND in html and "pas des résultats officiels" in html
    english = rehearsal.get(url + ("&" if "?" in url else "?") + "lang=en").get_data(as_text=True)
    assert "REHEARSAL / RÉPÉTITION" in english and "not official results" in english
    assert BAND not in fresh_site["client"].get(url).get_data(as_text=True)


def test_a_posts_page_and_the_newsroom_carry_the_band(rehearsal, fresh_site):
    """A post's page and the editors' sign-in page too."""
    claim = fresh_site["ids"]["paris"]
    for url in (f"/claim/{claim}", "/editor/login"):
        assert BAND in rehearsal.get(url).get_data(as_text=True), url


DOCUMENTS = [
    "/api/results/national?round=1",
    "/api/areas/75/bureaux?round=1",
    "/api/areas/FR/bureaux?round=1&page=2",
    "/api/claims?round=1",
    "/api/version?round=1",
    "/api/live/75?round=1",
    "/api/figures/FR?round=1",
]


@pytest.mark.parametrize("url", DOCUMENTS)
def test_every_api_document_of_a_rehearsal_says_so(rehearsal, fresh_site, url):
    """Each JSON document starts with `rehearsal: true` and its notice, and the header says
    it; the same document of real data has neither."""
    response = rehearsal.get(url)
    document = json.loads(response.data)
    assert document["rehearsal"] is True and "REHEARSAL" in document["rehearsal_notice"]
    assert response.headers["X-Rehearsal"] == "1"
    real = fresh_site["client"].get(url)
    assert "rehearsal" not in json.loads(real.data) and "X-Rehearsal" not in real.headers


def test_lists_feeds_and_exports_of_a_rehearsal_say_so(rehearsal, fresh_site):
    """Arrays and ClaimReview say it in the header; the Atom feed in its titles; every row of
    every CSV in a last column."""
    claim = fresh_site["ids"]["paris"]
    for url in ("/api/verdicts?round=1", f"/api/claims/{claim}/claimreview.json"):
        assert rehearsal.get(url).headers["X-Rehearsal"] == "1", url
    atom = rehearsal.get("/feeds/verdicts.atom?round=1").get_data(as_text=True)
    assert "<title>RÉPÉTITION · " in atom and atom.count("RÉPÉTITION · ") >= 3
    claims = list(csv.reader(io.StringIO(rehearsal.get("/exports/claims.csv?round=1").text)))
    assert claims[0][-1] == "rehearsal"
    assert all(row[-1] == "REHEARSAL / RÉPÉTITION" for row in claims[1:]) and len(claims) > 1
    for url in ("/area/19/bureaux.csv?round=1", "/area/FR/bureaux.csv?round=1"):
        response = rehearsal.get(url)
        rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
        assert rows[0][-1] == "rehearsal" and {r[-1] for r in rows[1:]} == {
            "REHEARSAL / RÉPÉTITION"
        }
        assert "REPETITION" in response.headers["Content-Disposition"]
        assert response.headers["X-Rehearsal"] == "1"
        real = fresh_site["client"].get(url).get_data(as_text=True)
        assert "RÉPÉTITION" not in real
    french = rehearsal.get("/area/19/bureaux-fr.csv?round=1").get_data().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(french), delimiter=";"))
    assert rows[0][-1] == "Répétition" and rows[1][-1] == "REHEARSAL / RÉPÉTITION"


def test_a_test_sources_data_keep_the_band_once_it_is_switched_off(fresh_site, tmp_path):
    """A test source disabled after it fed the store still marks its figures; one that never
    fed it marks nothing."""
    client = next(_site(fresh_site, tmp_path, test=True, enabled=False))
    assert BAND in client.get("/").get_data(as_text=True)
    settings = fresh_site["settings"]
    unused = dataclasses.replace(settings.sources[0], name="never-fed", test=True, enabled=False)
    app = create_app(
        dataclasses.replace(settings, sources=(*settings.sources, unused)),
        TESTING=True,
        MICROCACHE_SECONDS=0,
    )
    assert BAND not in app.test_client().get("/").get_data(as_text=True)
    app.extensions["primaries"]["engine"].dispose()


@pytest.mark.parametrize("scenario", ["pr2017", "primaire-2011"])
def test_the_demo_marks_every_source_a_test(scenario):
    """The demo's authority is simulated: each of its sources is a test source."""
    settings = rehearsal_settings(scenario_settings(None, scenario))
    assert settings.sources and all(s.test for s in settings.sources)
    assert not any(s.test for s in scenario_settings(None, scenario).sources)
