"""The tally-sheet form in headless Chromium: a delegate signs in, a sheet that does not add up is
refused with the figures kept, the corrected sheet is saved and listed; the officials' page shows
the disagreement. Screenshots go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from primaries.models import RESULT
from primaries.users import create_user
from tests.conftest import NOW, PASSWORD, ingest_sample, outside, watched_page, wide_sample

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"
BUREAU = "19002_0001"


def sign_in(page, base: str, name: str) -> None:
    page.goto(base + "/editor/login?lang=fr")
    page.fill("#name", name)
    page.fill("#password", PASSWORD)
    page.click("form.form button[type=submit]")


def fill_sheet(page, figures: dict[str, int]) -> None:
    page.fill("#bureau", BUREAU)
    for name, value in figures.items():
        page.fill(f"#sheet-form input[name='{name}']", str(value))


def test_a_delegate_enters_a_sheet_in_the_form(served, browser):
    """Wrong sum: refused, every figure still typed; fixed: saved, listed beside the feed; a
    second party's same figures and a moved vote show on the officials' page as a disagreement."""
    engine, base = served["engine"], served["base"]
    ingest_sample(engine, served["settings"], served["geography"], wide_sample(1, ("19",)))
    create_user(engine, "alice", PASSWORD, "delegate", now=NOW, party="En Marche")
    create_user(engine, "bob", PASSWORD, "delegate", now=NOW, party="Les Républicains")
    create_user(engine, "eve", PASSWORD, "editor", now=NOW)
    with engine.connect() as conn:
        row = conn.execute(
            select(RESULT).where(RESULT.c.bureau == BUREAU, RESULT.c.current)
        ).mappings()
        row = row.one()
    figures = {k: row[k] for k in ("inscrits", "votants", "blancs", "nuls", "exprimes")}
    figures.update(row["votes"])
    figures["macron"] += 2  # a misread figure: the votes no longer add up
    ARTIFACTS.mkdir(exist_ok=True)

    page, requested, errors = watched_page(browser, base, viewport={"width": 1280, "height": 900})
    sign_in(page, base, "alice")
    page.wait_for_url("**/tally/")
    fill_sheet(page, figures)
    page.click("#sheet-form button[type=submit]")
    alert = page.locator("#problems")
    alert.wait_for()
    assert "la somme des voix est" in alert.inner_text()
    assert page.input_value("#sheet-form input[name='macron']") == str(figures["macron"])
    page.screenshot(path=str(ARTIFACTS / "tally-refused.png"), full_page=True)

    figures["macron"] -= 2
    figures["fillon"], figures["macron"] = figures["fillon"] + 4, figures["macron"] - 4
    page.fill("#sheet-form input[name='macron']", str(figures["macron"]))
    page.fill("#sheet-form input[name='fillon']", str(figures["fillon"]))
    page.click("#sheet-form button[type=submit]")
    page.wait_for_selector("#my-sheets")
    assert "enregistré" in page.locator(".flash-ok").inner_text()
    listed = page.locator("#my-sheets tbody tr").inner_text()
    assert BUREAU in listed and "Emmanuel Macron" in listed  # differs from the feed, by name
    page.screenshot(path=str(ARTIFACTS / "tally-saved.png"), full_page=True)

    phone, _, phone_errors = watched_page(browser, base, viewport={"width": 390, "height": 844})
    sign_in(phone, base, "bob")
    phone.wait_for_url("**/tally/")
    assert phone.locator("#my-sheets").count() == 0  # Alice's copy is not Bob's to see
    fill_sheet(phone, figures)
    phone.click("#sheet-form button[type=submit]")
    phone.wait_for_selector("#my-sheets")
    phone.screenshot(path=str(ARTIFACTS / "tally-phone.png"), full_page=True)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width} px)"

    officials, _, official_errors = watched_page(
        browser, base, viewport={"width": 1280, "height": 900}
    )
    sign_in(officials, base, "eve")
    officials.goto(base + "/tally/officials?lang=en")
    issue = officials.locator(".tally-issue")
    assert "Disagree with the feed" in issue.inner_text()
    assert officials.locator(".tally-issue tr.tally-bad").count() == 2  # Macron and Fillon
    officials.screenshot(path=str(ARTIFACTS / "tally-officials.png"), full_page=True)
    # The refused sheet's page answers 400 on purpose: Chromium logs that, nothing else.
    assert [e for e in errors if "status of 400" not in e] == []
    assert phone_errors == [] and official_errors == []
    assert outside(requested, base) == []
