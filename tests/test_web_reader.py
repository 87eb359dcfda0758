"""What a reader gets first and how much it weighs: the phone's first screen, compressed pages,
the plotly.js bundle of the site's own traces, plurals, English pages in English, empty states."""

from __future__ import annotations

import dataclasses
import gzip
import re
from pathlib import Path

import brotli
import pytest

from primaries.app import create_app
from primaries.db import make_engine, upgrade
from primaries.ingest import load_registry
from primaries.web import charts, i18n
from sources.records import BureauRef
from tests.conftest import login


def test_first_screen_leads_with_the_leader_the_count_and_the_most_spread_posts(site):
    """Before any chart: who leads, how much is counted, the most spread posts with their labels,
    each linking to its page, and a link to the full list."""
    html = site["client"].get("/").get_data(as_text=True)
    first = html[html.index('id="live-top"') : html.index('id="chart-bar"')]
    assert "En tête : <strong>Emmanuel Macron</strong>" in first
    assert re.search(r"[\d\u202f]+ bureaux dépouillés sur [\d\u202f]+", first)
    strip = first[first.index('class="top-claims"') :]
    links = re.findall(r'<li><a href="/claim/(\d+)">', strip)
    # Ranked by reach: the Paris post (140) before the national one (3).
    assert links == [str(site["ids"]["paris"]), str(site["ids"]["lepen"])]
    assert "label-confirmed" in strip and "label-contradicted" in strip
    assert "&lt;script&gt;" in strip and "<script>alert" not in strip  # post text is escaped
    assert 'href="/claims?round=1"' in strip


def test_first_screen_fragment_updates_with_the_page(site):
    """The live script swaps the first screen from its own small fragment, cacheable like a page."""
    response = site["client"].get("/live/top?round=1&lang=en")
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and response.headers["ETag"]
    assert "Leading: <strong>Emmanuel Macron</strong>" in body
    assert "The most shared rumours" in body and "2 posts" in body


def test_public_pages_are_compressed_and_still_answer_304(site):
    """Brotli or gzip for pages and JSON when the browser takes it; a conditional GET still
    gets its 304; plain bytes for a client that asks for none."""
    client = site["client"]
    plain = client.get("/")
    assert "Content-Encoding" not in plain.headers
    packed = client.get("/", headers={"Accept-Encoding": "br"})
    assert packed.headers["Content-Encoding"] == "br"
    assert brotli.decompress(packed.data) == plain.data
    assert len(packed.data) < len(plain.data) / 3
    again = client.get(
        "/", headers={"Accept-Encoding": "br", "If-None-Match": packed.headers["ETag"]}
    )
    assert again.status_code == 304
    api = client.get("/api/results/FR", headers={"Accept-Encoding": "gzip"})
    assert api.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(api.data).startswith(b"{")


def test_private_pages_are_never_compressed(fresh_site):
    """An editor's page holds a CSRF token beside text a visitor can choose: compressing it would
    leak the token (BREACH), so it goes out as it is."""
    client = fresh_site["client"]
    login(client, "eve")
    response = client.get("/editor/?area=Paris", headers={"Accept-Encoding": "gzip, br"})
    assert response.status_code == 200
    assert "Content-Encoding" not in response.headers


def test_plotly_bundle_holds_the_site_traces_gzipped_ahead_of_time(site):
    """The page loads the project's own plotly.js: bar and choroplethmap only, under 1 MB on
    the wire, a URL that changes with the file, cached for a year."""
    client = site["client"]
    html = client.get("/").get_data(as_text=True)
    src = re.search(r'data-plotly-url="(/vendor/plotly-[0-9a-f]{12}\.min\.js)"', html).group(1)
    packed = client.get(src, headers={"Accept-Encoding": "gzip, br"})
    assert packed.status_code == 200 and packed.headers["Content-Encoding"] == "gzip"
    assert len(packed.data) < 1_000_000
    assert "immutable" in packed.headers["Cache-Control"]
    js = gzip.decompress(packed.data)
    assert js == client.get(src).data
    for trace in (b'"bar"', b'"choroplethmap"'):
        assert trace in js
    assert len(js) < 3_200_000  # the full plotly.js is 4.8 MB
    stale = client.get("/vendor/plotly-000000000000.min.js")
    assert stale.status_code == 302 and stale.headers["Location"].endswith(src)


def test_the_bundle_ships_with_its_licences():
    """plotly.js (MIT) and what it bundles (MapLibre, BSD) travel with the file."""
    vendor = Path(__file__).resolve().parent.parent / "primaries" / "static" / "vendor"
    assert "MIT" in (vendor / "plotly.js-LICENSE.txt").read_text()
    assert "MapLibre" in (vendor / "plotly-primaries.min.js.LEGAL.txt").read_text()


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("fr", 0, "0 publication"),
        ("fr", 1, "1 publication"),
        ("fr", 2, "2 publications"),
        ("en", 0, "0 posts"),
        ("en", 1, "1 post"),
        ("en", 1200, "1,200 posts"),
    ],
)
def test_counts_take_the_singular_or_the_plural(site, language, count, expected):
    """ "1 publication", "1 post", never "1 publications" / "1 posts"."""
    with site["app"].test_request_context(f"/?lang={language}"):
        from flask import g

        g.lang = language
        assert i18n.tn("posts_n", count) == expected


def test_english_pages_name_the_election_in_english(site):
    """The title, the header and the footer of an English page are in English."""
    html = site["client"].get("/claims?lang=en").get_data(as_text=True)
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert title == "All claims · 2017 presidential election"
    assert ">2017 presidential election</a>" in html
    assert "Official results: French Ministry of the Interior" in html
    assert "Élection présidentielle" not in html and "Ministère" not in html
    assert "2 posts" in html or "1 post" in html
    french = site["client"].get("/claims?lang=fr").get_data(as_text=True)
    assert "· Élection présidentielle 2017</title>" in french


def test_before_any_result_pages_say_so(settings, geography, tmp_path):
    """The bureaux known, none reported: the status line and the first screen say "no results
    yet" (never "Au –"), and the bar chart says it too instead of drawing bare axes."""
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    engine = make_engine(url)
    upgrade(engine)
    paris = BureauRef(
        code="75056_0101", departement="75", commune="056", name="Paris", inscrits=900
    )
    load_registry(engine, settings, geography, [paris])
    app = create_app(dataclasses.replace(settings, database_url=url), TESTING=True)
    try:
        client = app.test_client()
        html = client.get("/").get_data(as_text=True)
        assert "Au –" not in html and "Au\u00a0–" not in html
        assert "<strong>Aucun résultat pour l&#39;instant</strong>" in html
        english = client.get("/?lang=en").get_data(as_text=True)
        assert "<strong>No results yet</strong>" in english
        figures = client.get("/api/figures/FR?lang=en").get_json()
        assert figures["bar"]["data"] == []
        assert figures["bar"]["layout"]["annotations"][0]["text"] == "No results yet."
        assert figures["bar"]["layout"]["xaxis"]["visible"] is False
    finally:
        app.extensions["primaries"]["engine"].dispose()
        engine.dispose()


def test_bar_chart_with_votes_draws_every_candidate(settings):
    """Once votes are in, one bar per candidate and no placeholder."""
    document = {
        "candidates": [
            {"id": "macron", "name": "Emmanuel Macron", "votes": 10, "pct": 62.5},
            {"id": "le-pen", "name": "Marine Le Pen", "votes": 6, "pct": 37.5},
        ]
    }
    figure = charts.bar_figure(document, settings, "en")
    assert len(figure.data) == 1 and list(figure.data[0].y) == ["Marine Le Pen", "Emmanuel Macron"]
    assert not figure.layout.annotations


def test_the_bundle_names_no_outside_server_to_load_from():
    """Basemaps, glyphs, tiles and icons of plotly.js and MapLibre point at the site itself
    (tools/plotly-bundle/offline.js): the pages work offline and never call a CDN."""
    vendor = Path(__file__).resolve().parent.parent / "primaries" / "static" / "vendor"
    js = (vendor / "plotly-primaries.min.js").read_text(encoding="utf-8")
    assert gzip.decompress((vendor / "plotly-primaries.min.js.gz").read_bytes()).decode() == js
    for host in ("cdn", "jsdelivr", "openmaptiles.org", "icgc.cat", "arcgisonline"):
        assert host not in js, host
    assert "tile.openstreetmap.org" not in js
