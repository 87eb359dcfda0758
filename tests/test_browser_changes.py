"""What changed, in headless Chromium: from Corrèze's page to its changes, a mistyped time
refused in words with what was typed kept, then a window typed on the election's clock; the
source and its late badge beside the figures. Screenshots go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import NOW, ingest_sample, outside, watched_page, wide_sample

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"


def test_an_official_follows_the_changes_of_an_area(served, browser):
    """Corrèze's 384 bureaux reported at 21:47 (Paris): the area page names their source and
    says it is late; its link opens the area's changes; "21h" is refused, "21:40" shows them."""
    ingest_sample(
        served["engine"], served["settings"], served["geography"], wide_sample(1, ("19",))
    )
    base = served["base"]
    page, requested, errors = watched_page(browser, base, viewport={"width": 390, "height": 900})
    page.goto(base + "/area/19?round=1")
    provenance = page.locator("#provenance").inner_text()
    assert "resultats-bureaux" in provenance and "EN RETARD" in provenance
    page.get_by_role("link", name="Ce qui a changé ici").click()
    page.wait_for_url("**/changes?area=19**")
    page.fill("#c-since", "21h")
    page.get_by_role("button", name="Afficher").click()
    assert "« since » doit être une heure" in page.locator("[role=alert]").inner_text()
    assert page.locator("#c-since").input_value() == "21h"
    day = NOW.strftime("%Y-%m-%d")
    page.fill("#c-since", f"{day}T21:40")
    page.fill("#c-until", f"{day}T22:00")
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_selector("#h-new")
    assert "Bureaux nouveaux (384)" in page.locator("#h-new").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "changes-phone.png"), full_page=False)
    refused = "the server responded with a status of 400"  # the mistyped window, on purpose
    assert not outside(requested, base) and [e for e in errors if refused not in e] == []


AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"


def test_axe_finds_no_violation_on_the_changes_pages(served, browser):
    """The changes of a window (every kind of table), and a refused window, on a phone and a
    laptop: nothing for axe (tests/vendor/axe-core) to report."""
    ingest_sample(
        served["engine"], served["settings"], served["geography"], wide_sample(1, ("19",))
    )
    day = NOW.strftime("%Y-%m-%d")
    found = {}
    for width in (390, 1366):
        # axe is injected as a script tag: the page's CSP would (rightly) refuse it.
        page = browser.new_page(viewport={"width": width, "height": 900}, bypass_csp=True)
        for path in (f"/changes?since={day}T21:00&until={day}T22:00", "/changes?minutes=0"):
            page.goto(served["base"] + path)
            page.add_script_tag(path=str(AXE))
            issues = page.evaluate("() => axe.run(document).then(r => r.violations)")
            found[(width, path)] = [
                f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in issues
            ]
        page.close()
    assert {key: v for key, v in found.items() if v} == {}
