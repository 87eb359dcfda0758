"""The officials' bureau table in headless Chromium: the not-reported filter and the turnout
order hold on every page of the Nord's table. Screenshots go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest

from primaries.ingest import load_registry
from sources import datagouv_wide
from tests.conftest import ingest_sample, outside, watched_page, wide_sample

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"


def _nord_one_in_three(served) -> int:
    """The Nord's registry, one bureau in three counted; how many are still to report."""
    payload = wide_sample(1, ("59",))
    refs = datagouv_wide.parse_registry(payload)
    load_registry(served["engine"], served["settings"], served["geography"], refs)
    lines = payload.decode().splitlines(keepends=True)
    counted = "".join([lines[0], *lines[1::3]]).encode()
    ingest_sample(served["engine"], served["settings"], served["geography"], counted)
    return len(refs) - len(lines[1::3])


def _states(page) -> set[str]:
    return set(page.locator("#bureaux tbody tr").evaluate_all("rs => rs.map(r => r.dataset.state)"))


def test_the_bureau_table_filters_and_sorts_across_pages(served, browser):
    """Choosing "Non dépouillés" lists only bureaux still out, on page 1 and page 2 alike;
    ordering by turnout keeps the order from one page to the next."""
    waiting = _nord_one_in_three(served)
    base = served["base"]
    page, requested, errors = watched_page(browser, base, viewport={"width": 1280, "height": 900})
    page.goto(base + "/area/59?round=1")
    assert _states(page) == {"reported", "not-reported"}
    page.select_option("#bureau-filter", "not-reported")
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_url("**show=not-reported**")
    assert _states(page) == {"not-reported"}
    pager = page.locator("nav.pager p").inner_text()
    assert f"{waiting:,}".replace(",", "\u202f") in pager
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "bureaux-not-reported.png"), full_page=False)
    page.locator("nav.pager a", has_text="2").first.click()
    page.wait_for_url("**page=2**")
    assert _states(page) == {"not-reported"}
    assert page.locator("#bureau-filter").input_value() == "not-reported"
    page.goto(base + "/area/59?round=1&show=reported")
    page.get_by_role("link", name="Participation").click()  # ascending
    page.get_by_role("link", name="Participation").click()  # then descending
    page.wait_for_url("**sort=-turnout**")
    first = _turnouts(page)
    assert first == sorted(first, reverse=True)
    page.locator("a[rel=next]").click()
    page.wait_for_url("**page=2**")
    second = _turnouts(page)
    assert second == sorted(second, reverse=True) and max(second) <= min(first)
    page.screenshot(path=str(ARTIFACTS / "bureaux-by-turnout.png"), full_page=False)
    assert outside(requested, base) == [] and errors == []


def _turnouts(page) -> list[float]:
    """The turnout column of the table as numbers ("87,17 %" -> 87.17)."""
    cells = page.locator("#bureaux tbody tr td:nth-child(6)").all_inner_texts()
    return [float(c.replace("%", "").replace("\u202f", "").replace(",", ".")) for c in cells]
