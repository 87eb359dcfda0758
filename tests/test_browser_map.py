"""The map in headless Chromium: the overseas boxes under the mainland, named, hovered and
clicked through to the right département; abroad and a collectivity as tiles; grey in the
legend; the same at a phone's width; a sentence instead of a map for a national-only feed.
Screenshots go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from primaries.web.mapshapes import map_shapes
from tests.conftest import ingest_sample, outside, watched_page, wide_sample

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"
SAMPLE = ("75", "19", "59", "2A", "ZA", "ZD", "ZP", "ZZ")


def _inset_centre(page: Any, code: str) -> tuple[float, float]:
    """Where the middle of an overseas box falls on the screen (paper positions hold: the page
    fits the map to its width)."""
    page.locator("#chart-map").evaluate("map => map.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(300)
    shapes = map_shapes()
    box = next(i.box for i in shapes.insets if i.code == code)
    x, y = shapes.paper((box.u0 + box.u1) / 2, (box.v0 + box.v1) / 2 - 0.25)
    rect = page.locator("#chart-map").bounding_box()
    return rect["x"] + x * rect["width"], rect["y"] + (1 - y) * rect["height"]


def _open_map(page: Any, url: str) -> None:
    page.goto(url)
    page.locator("#chart-map").scroll_into_view_if_needed()
    page.wait_for_selector("#chart-map[data-drawn]", timeout=30000)
    page.wait_for_selector("#chart-map canvas", timeout=30000)
    page.wait_for_timeout(1500)  # let MapLibre finish painting


def test_overseas_boxes_tiles_and_legend_on_desktop_and_phone(served, browser):
    """La Réunion's box names it, its hover names it with its leader, a click opens its page;
    abroad is a tile coloured like the map; grey is in the legend; on a phone the map fits the
    width and a tap on Guyane's box opens Guyane's page."""
    ingest_sample(served["engine"], served["settings"], served["geography"], wide_sample(1, SAMPLE))
    base = served["base"]
    page, requested, errors = watched_page(browser, base, viewport={"width": 1280, "height": 900})
    _open_map(page, base + "/?lang=fr")
    labels = page.locator("#chart-map .annotation-text").all_text_contents()
    assert labels == ["Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"]
    legend = page.locator("#map-legend").inner_text()
    assert "pas encore de résultats (95)" in legend
    abroad = page.locator("#map-tiles a[data-code=ZZ]")
    assert "Français de l'étranger" in abroad.inner_text()
    assert "Emmanuel Macron" in abroad.inner_text()
    swatch = page.locator("#map-legend li", has_text="Emmanuel Macron").locator(".swatch")
    assert abroad.evaluate("a => getComputedStyle(a).backgroundColor") == swatch.evaluate(
        "s => getComputedStyle(s).backgroundColor"
    )
    assert page.locator("#map-tiles a[data-code='987']").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("section.results").screenshot(path=str(ARTIFACTS / "map-desktop.png"))
    x, y = _inset_centre(page, "974")
    page.mouse.move(x, y, steps=4)
    hover = page.wait_for_selector(
        "#chart-map .hoverlayer .hovertext text", state="attached", timeout=10000
    )
    assert hover.text_content().startswith("La Réunion: Jean-Luc Mélenchon")
    page.mouse.click(x, y)
    page.wait_for_url("**/area/974?round=1", timeout=10000)
    assert "La Réunion" in page.locator("h1").inner_text()
    assert outside(requested, base) == [] and errors == []

    phone, phone_requests, phone_errors = watched_page(
        browser, base, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    _open_map(phone, base + "/?lang=en")
    assert "no results yet (95)" in phone.locator("#map-legend").inner_text()
    rect = phone.locator("#chart-map").bounding_box()
    assert rect["width"] <= 390 and rect["height"] > rect["width"]  # fitted, not cut
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # tiles wrap
    # a finger on the map scrolls the page (the map has nowhere to pan)
    touch = "getComputedStyle(document.querySelector('#chart-map .maplibregl-canvas-container'))"
    assert phone.evaluate(touch + ".touchAction") == "auto"
    phone.locator("#chart-map").screenshot(path=str(ARTIFACTS / "map-phone.png"))
    phone.locator("#map-tiles").screenshot(path=str(ARTIFACTS / "map-tiles-phone.png"))
    x, y = _inset_centre(phone, "973")  # a tap on a grey box opens its page too
    phone.touchscreen.tap(x, y)
    phone.wait_for_url("**/area/973?round=1", timeout=10000)
    assert "Guyane" in phone.locator("h1").inner_text()
    assert outside(phone_requests, base) == [] and phone_errors == []


def test_national_only_feed_shows_a_sentence_instead_of_the_map(served, browser):
    """Bureaux abroad only, no département: no grey map all night, a sentence and the tile."""
    ingest_sample(
        served["engine"], served["settings"], served["geography"], wide_sample(1, ("ZZ",))
    )
    base = served["base"]
    page, _requested, errors = watched_page(browser, base, viewport={"width": 390, "height": 844})
    page.goto(base + "/?lang=en")
    page.locator("#h-map").scroll_into_view_if_needed()
    page.wait_for_selector("#chart-map[data-drawn]", state="attached", timeout=30000)
    assert page.locator("#chart-map").is_hidden()
    assert "nationally only" in page.locator("#map-none").inner_text()
    assert page.locator("#map-tiles a[data-code=ZZ]").is_visible()
    assert page.locator("#map-legend").inner_text().splitlines() == ["Emmanuel Macron (1)"]
    assert page.locator("#map-help").is_hidden()  # nothing to tap
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("section.results").screenshot(path=str(ARTIFACTS / "map-none-phone.png"))
    assert errors == []
