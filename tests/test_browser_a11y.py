"""axe-core (tests/vendor/axe-core, from npm) finds no accessibility violation on the home page,
an area page, a post page and the editor queue, on a phone and on a laptop screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from primaries.users import create_user
from tests.conftest import NOW, PASSWORD, ingest_sample, seed_claims, wide_sample

pytestmark = pytest.mark.browser
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
SCREENS = [{"width": 390, "height": 844}, {"width": 1366, "height": 900}]


def violations(page: Any) -> list[str]:
    """axe's violations on the page as it stands, one line each."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("() => axe.run(document).then(r => r.violations)")
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in found]


@pytest.mark.parametrize("screen", SCREENS, ids=["phone", "laptop"])
def test_axe_finds_no_violation_on_the_readers_and_editors_pages(served, browser, screen):
    """Home, an area, a post, the editor queue: nothing for axe to report."""
    engine = served["engine"]
    ingest_sample(engine, served["settings"], served["geography"], wide_sample(1, ("75", "19")))
    ids = seed_claims(engine)
    create_user(engine, "eve", PASSWORD, "editor", now=NOW)
    base = served["base"]
    # axe is injected as a script tag: the page's CSP would (rightly) refuse it.
    page = browser.new_page(viewport=screen, bypass_csp=True)
    found = {}
    for path in ("/", "/?lang=en", "/area/19", f"/claim/{ids['paris']}"):
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        found[path] = violations(page)
    page.goto(base + "/editor/login")
    page.fill("#name", "eve")
    page.fill("#password", PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_url(base + "/editor/")
    found["/editor/"] = violations(page)
    page.goto(base + "/editor/?label=all")
    found["/editor/?label=all"] = violations(page)
    assert {path: v for path, v in found.items() if v} == {}
