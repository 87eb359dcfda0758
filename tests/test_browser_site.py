"""The site in headless Chromium: charts and map drawn offline, live updates without a reload, an
editor's override reaching the public claim page. Screenshots go to tests/artifacts/."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from primaries.newsroom import override
from primaries.posts import store_posts
from primaries.users import create_user
from primaries.verification import verify_pending
from sources.records import PostRecord
from tests.conftest import (
    NOW,
    PASSWORD,
    ingest_sample,
    outside,
    seed_claims,
    watched_page,
    wide_sample,
)

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"


def test_home_draws_chart_and_map_offline(served, browser):
    """The bar chart and the choropleth draw with every byte from this server, without errors."""
    ingest_sample(served["engine"], served["settings"], served["geography"], wide_sample(1))
    seed_claims(served["engine"])
    base = served["base"]
    page, requested, errors = watched_page(browser, base, viewport={"width": 1280, "height": 900})
    page.goto(base + "/")
    page.wait_for_selector("#chart-bar .main-svg", timeout=20000)
    page.wait_for_selector("#chart-map[data-drawn]", timeout=20000)
    page.wait_for_selector("#chart-map canvas", timeout=20000)
    page.wait_for_timeout(1500)  # let the map finish painting before the screenshot
    bars = page.locator("#chart-bar g.point").count()
    assert bars == 11
    assert page.locator("#map-legend li").count() >= 1
    assert "Emmanuel Macron" in page.locator("#map-legend").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    assert outside(requested, base) == []
    assert errors == []
    phone, phone_requests, phone_errors = watched_page(
        browser, base, viewport={"width": 390, "height": 844}, is_mobile=True
    )
    phone.goto(base + "/claim/1?lang=en")
    phone.wait_for_selector("h1")
    phone.screenshot(path=str(ARTIFACTS / "claim-phone.png"), full_page=True)
    phone.goto(base + "/area/19")
    phone.wait_for_selector("#chart-bar .main-svg", timeout=20000)
    phone.screenshot(path=str(ARTIFACTS / "area-phone.png"))
    assert outside(phone_requests, base) == [] and phone_errors == []


def test_new_snapshot_appears_without_reload(served, browser):
    """A snapshot ingested while the page is open shows up within seconds, same document."""
    engine, settings, geography = served["engine"], served["settings"], served["geography"]
    first = ingest_sample(engine, settings, geography, wide_sample(1, ("19",)))
    assert first.new > 0
    base = served["base"]
    page, _requested, errors = watched_page(browser, base)
    page.goto(base + "/")
    page.wait_for_selector("#chart-bar .main-svg", timeout=20000)
    page.evaluate("window.__sameDocument = 'yes'")
    before = page.locator("#live-status").inner_text()
    drawn = page.get_attribute("#chart-bar", "data-drawn")
    second = ingest_sample(engine, settings, geography, wide_sample(1, ("19", "2A")))
    assert second.new > 0
    page.wait_for_function(
        "(before) => document.querySelector('#live-status').innerText !== before",
        arg=before,
        timeout=20000,
    )
    assert page.evaluate("window.__sameDocument") == "yes"
    page.wait_for_function(
        "(drawn) => document.querySelector('#chart-bar').dataset.drawn !== drawn",
        arg=drawn,
        timeout=20000,
    )
    after = page.locator("#live-status").inner_text()
    assert before != after
    assert page.evaluate("document.body.dataset.live") == "push"  # told, not polled
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "live-updated.png"))
    assert errors == []


def test_a_page_refused_an_event_stream_polls_instead(served, browser):
    """A server holding its share of streams answers 204: the page polls /api/version and
    still shows a new snapshot without a reload."""
    engine, settings, geography = served["engine"], served["settings"], served["geography"]
    ingest_sample(engine, settings, geography, wide_sample(1, ("19",)))
    base = served["base"]
    page, requested, _errors = watched_page(browser, base)
    page.route(
        "**/api/events*",
        lambda route: route.fulfill(status=204),
    )
    page.goto(base + "/")
    page.wait_for_function("() => document.body.dataset.live === 'poll'", timeout=20000)
    before = page.locator("#live-status").inner_text()
    ingest_sample(engine, settings, geography, wide_sample(1, ("19", "2A")))
    page.wait_for_function(
        "(before) => document.querySelector('#live-status').innerText !== before",
        arg=before,
        timeout=20000,
    )
    assert any("/api/version" in url for url in requested)


def test_editor_override_reaches_the_public_claim_page(served, browser):
    """An editor signs in, overrides a label with a reason; the public page shows both labels."""
    engine = served["engine"]
    ingest_sample(engine, served["settings"], served["geography"], wide_sample(1, ("75",)))
    ids = seed_claims(engine)
    create_user(engine, "eve", PASSWORD, "editor", now=NOW)
    base = served["base"]
    page, requested, errors = watched_page(browser, base, viewport={"width": 1200, "height": 900})
    page.goto(base + "/editor/login")
    page.fill("#name", "eve")
    page.fill("#password", PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_url(base + "/editor/")
    page.screenshot(path=str(ARTIFACTS / "editor-queue.png"), full_page=True)
    page.goto(base + f"/editor/claims/{ids['paris']}")
    page.check("#override-form input[value=contradicted]")
    page.fill("#override-reason", "Chiffre de 2012, pas de 2017")
    page.click("#override-form button[type=submit]")
    page.wait_for_selector(".flash-ok")
    page.goto(base + f"/claim/{ids['paris']}")
    box = page.locator("#newsroom-verdict")
    assert "Démenti" in box.inner_text()
    assert "Chiffre de 2012, pas de 2017" in box.inner_text()
    assert "Confirmé" in page.locator(".verdict-box").first.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "claim-overridden.png"), full_page=True)
    assert outside(requested, base) == [] and errors == []


def test_post_page_reads_each_part_in_both_languages(served, browser):
    """A compound post's page, in Chromium: each part in words with its label and the official
    figures beside it, in French then in English, and nothing fetched from elsewhere."""
    engine, settings = served["engine"], served["settings"]
    ingest_sample(engine, settings, served["geography"], wide_sample(1, ("75", "19")))
    text = "Macron 35 % à Paris et Le Pen 50 % en Corrèze"
    store_posts(
        engine,
        [PostRecord(platform="x", platform_id="1", author="a", text=text, posted_at=NOW)],
        source="x",
        now=NOW,
    )
    verify_pending(engine, settings, served["geography"], now=NOW + timedelta(minutes=1))
    base = served["base"]
    page, requested, errors = watched_page(browser, base, viewport={"width": 1200, "height": 900})
    page.goto(base + "/claims?round=1")
    assert page.locator(".claim-item").count() == 1  # two parts, one post
    page.click(".claim-item .claim-text a")
    parts = page.locator("section.part h3")
    assert parts.count() == 2
    assert "Paris : Emmanuel Macron 35 %" in parts.nth(0).inner_text()
    assert "Démenti" in parts.nth(1).inner_text()
    assert "Démenti" in page.locator(".verdict-box").first.inner_text()  # one part is
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "post-fr.png"), full_page=True)
    page.goto(page.url.split("?")[0] + "?lang=en")
    assert (
        "Part 2: Corrèze: Marine Le Pen 50 %" in page.locator("section.part h3").nth(1).inner_text()
    )
    assert "inconsistent with the claim" in page.locator("section.part").nth(1).inner_text()
    page.screenshot(path=str(ARTIFACTS / "post-en.png"), full_page=True)
    assert outside(requested, base) == [] and errors == []


def transferred_bytes(page: Any) -> dict[str, int]:
    """Bytes on the wire per URL (headers and compressed body), as Chromium counts them."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    urls: dict[str, str] = {}
    sizes: dict[str, int] = {}
    cdp.on(
        "Network.requestWillBeSent", lambda e: urls.__setitem__(e["requestId"], e["request"]["url"])
    )
    cdp.on(
        "Network.loadingFinished",
        lambda e: sizes.__setitem__(
            urls.get(e["requestId"], e["requestId"]), int(e["encodedDataLength"])
        ),
    )
    return sizes


def test_phone_first_screen_shows_leader_count_and_a_labelled_rumour(served, browser):
    """At 390 × 844 the first screen, unscrolled, shows who leads, the count and the most spread
    posts with their labels; the home page and all it loads weigh at most 1.5 MB on the wire."""
    ingest_sample(served["engine"], served["settings"], served["geography"], wide_sample(1))
    ids = seed_claims(served["engine"])
    base = served["base"]
    page, requested, errors = watched_page(
        browser, base, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    sizes = transferred_bytes(page)
    page.goto(base + "/")
    page.wait_for_load_state("networkidle")
    seen = {
        "leader": page.locator(".lead-line"),
        "count": page.locator(".count-line"),
        "rumour": page.locator(".top-claims li").first,
        "label": page.locator(".top-claims li .label").first,
    }
    for name, locator in seen.items():
        box = locator.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 844, name
    assert "Emmanuel Macron" in seen["leader"].inner_text()
    assert "Confirmé" in seen["label"].inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home-phone-first-screen.png"))
    # plotly.js waits until a chart comes near the screen: the first screen never pays for it.
    assert not [u for u in requested if "/vendor/plotly-" in u]
    page.locator("#chart-map").scroll_into_view_if_needed()
    page.wait_for_selector("#chart-map[data-drawn]", timeout=30000)
    page.wait_for_selector("#chart-bar .main-svg", timeout=30000)
    # The buzz beside the count: the seeded posts' shares beside the official ones.
    page.wait_for_selector("#chart-buzz[data-drawn='2'] .main-svg", timeout=30000)
    assert "ne sont pas des votes" in page.locator("#buzz-note").inner_text()
    page.wait_for_load_state("networkidle")
    total = sum(sizes.values())
    assert total <= 1_500_000, sorted(sizes.items(), key=lambda kv: -kv[1])[:5]
    page.locator(".top-claims li a").first.click()
    page.wait_for_url(f"{base}/claim/{ids['paris']}")
    assert outside(requested, base) == [] and errors == []


def test_sorting_a_table_marks_the_column_header(served, browser):
    """aria-sort sits on the column header a screen reader announces, never on the button."""
    ingest_sample(
        served["engine"], served["settings"], served["geography"], wide_sample(1, ("19",))
    )
    base = served["base"]
    page, _requested, errors = watched_page(browser, base, viewport={"width": 1366, "height": 900})
    page.goto(base + "/area/19")
    # The sub-areas table sorts in the page (the bureau table sorts on the server).
    header = page.locator("table[data-sortable] thead th").nth(3)
    assert header.get_attribute("aria-sort") == "none"
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert page.locator("th button[aria-sort]").count() == 0
    assert errors == []


NOTIFICATIONS_SPY = """
window.__notes = [];
window.Notification = function (title, options) { window.__notes.push([title, options.body]); };
window.Notification.permission = "granted";
window.Notification.requestPermission = function () { return Promise.resolve("granted"); };
"""


def test_a_followed_post_notifies_when_its_label_changes(served, browser):
    """A reader follows a post; an editor's label reaches the open page, which notifies the
    reader (Notification API) and says it on the page, without a reload."""
    engine = served["engine"]
    ingest_sample(engine, served["settings"], served["geography"], wide_sample(1, ("75",)))
    ids = seed_claims(engine)
    base = served["base"]
    page, requested, errors = watched_page(browser, base, viewport={"width": 390, "height": 844})
    page.add_init_script(NOTIFICATIONS_SPY)
    page.goto(base + f"/claim/{ids['paris']}?lang=en")
    follow = page.locator("#follow")
    assert follow.inner_text() == "Follow"
    follow.click()
    assert follow.get_attribute("aria-pressed") == "true"
    page.reload()  # remembered in this browser
    assert page.locator("#follow").get_attribute("aria-pressed") == "true"
    override(engine, ids["paris"], "eve", "contradicted", "Chiffre de 2012", now=NOW)
    page.wait_for_function("() => window.__notes.length > 0", timeout=20000)
    title, body = page.evaluate("() => window.__notes[0]")
    assert title == "Label changed: Confirmed → Contradicted"
    assert "Macron" in body
    assert "Label changed" in page.locator("#follow-status").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "post-followed.png"))
    assert outside(requested, base) == [] and errors == []
