"""The JSON API, its OpenAPI description and the exports, on both backends."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from click.testing import CliRunner

from primaries.cli import cli
from primaries.users import create_user
from tests.conftest import NOW, ROOT, ingest_sample, login, wide_sample


def test_api_results_is_exactly_the_cli_json(site, monkeypatch):
    """/api/results/<area>?round=N answers what `primaries results AREA --round N --json` prints."""
    monkeypatch.setenv("PRIMARIES_CONFIG", str(ROOT / "config.toml"))
    monkeypatch.setenv("PRIMARIES_DATABASE_URL", site["settings"].database_url)
    runner = CliRunner()
    for area, api_area in (("national", "national"), ("Paris", "Paris"), ("19", "19")):
        printed = runner.invoke(cli, ["results", area, "--round", "1", "--json"])
        assert printed.exit_code == 0, printed.output
        response = site["client"].get(f"/api/results/{api_area}?round=1")
        assert response.status_code == 200
        assert response.get_data(as_text=True) == printed.output.strip()
    paris = json.loads(site["client"].get("/api/results/Paris?round=1").data)
    assert paris["area"]["code"] == "75" and paris["bureaux_reported"] == 896
    assert paris["candidates"][0] == {
        "id": "macron",
        "name": "Emmanuel Macron",
        "votes": 375006,
        "pct": 34.83,
    }


def test_api_results_unknown_area_and_round(site):
    """An unknown area is a JSON 404; a round the election lacks too."""
    client = site["client"]
    missing = client.get("/api/results/Atlantide?round=1")
    assert missing.status_code == 404 and missing.json["status"] == 404
    assert client.get("/api/results/national?round=7").status_code == 404


def test_api_claims_lists_latest_claims_of_the_round(site):
    """Each claim with its text, type, area, label, reason and time; newest first; by round."""
    body = site["client"].get("/api/claims?round=1").json
    claims = body["claims"]
    assert [c["id"] for c in claims] == [site["ids"]["lepen"], site["ids"]["paris"]]
    first = claims[1]
    for key in ("text", "type", "area", "label", "reason", "time"):
        assert first[key], key
    assert first["type"] == "percentage" and first["area"] == "75"
    assert first["label"] == "confirmed"
    assert first["reason"].startswith("Raison paris")
    assert first["time"].startswith("2017-04-23T19:37")
    second_round = site["client"].get("/api/claims?round=2").json["claims"]
    assert [c["id"] for c in second_round] == [site["ids"]["second"]]
    english = site["client"].get("/api/claims?round=1&lang=en").json["claims"]
    assert english[1]["reason"].startswith("Reason paris")


def test_api_claims_filters(site):
    """Filters by label, type and area."""
    client = site["client"]
    assert [
        c["label"] for c in client.get("/api/claims?round=1&label=contradicted").json["claims"]
    ] == ["contradicted"]
    assert [c["area"] for c in client.get("/api/claims?round=1&area=75").json["claims"]] == ["75"]
    assert client.get("/api/claims?round=1&type=gap").json["claims"] == []


def test_api_claim_detail_and_history(site):
    """A claim's verdict history is its timeline, oldest first."""
    claim_id = site["ids"]["paris"]
    detail = site["client"].get(f"/api/claims/{claim_id}").json
    assert [v["label"] for v in detail["verdicts"]] == ["unconfirmed", "confirmed"]
    assert detail["verdicts"][0]["valid_to"] == detail["verdicts"][1]["valid_from"]
    assert len(detail["posts"]) == 2
    history = site["client"].get(f"/api/claims/{claim_id}/verdicts").json
    assert history == detail["verdicts"]
    assert site["client"].get("/api/claims/999999").status_code == 404


def test_api_bureaux_of_a_commune_without_anomalies(site):
    """The bureaux of a commune with their figures, and nothing of the feed anomalies."""
    body = site["client"].get("/api/areas/2A004/bureaux?round=1").json
    assert body["area"]["name"] == "Ajaccio"
    assert len(body["bureaux"]) > 10
    assert all(b["reported"] for b in body["bureaux"])
    assert all("anomalies" not in b for b in body["bureaux"])


def test_api_version_and_live_fragments(site):
    """The small versioned document and the rendered fragments a live page swaps in."""
    client = site["client"]
    version = client.get("/api/version?round=1").json
    assert version["results"] >= 1 and version["claims"]
    live = client.get("/api/live/FR?round=1").json
    assert set(live["fragments"]) == {"live-status", "live-banners", "live-summary", "live-claims"}
    assert "21:47" in live["fragments"]["live-status"]
    assert "&lt;script&gt;" in live["fragments"]["live-claims"]


def test_api_figures_are_offline_plotly_specs(site):
    """Bar chart and a Choroplethmap on a blank style with locally served outlines."""
    figures = site["client"].get("/api/figures/FR?round=1").json
    assert figures["bar"]["data"][0]["type"] == "bar"
    trace = figures["map"]["data"][-1]
    assert trace["type"] == "choroplethmap"
    assert trace["geojson"] == "/geo/departements.geojson"
    assert figures["map"]["layout"]["map"]["style"] == "white-bg"
    assert "75" in trace["locations"] and "19" in trace["locations"]
    assert {item["name"] for item in figures["legend"]} >= {"Emmanuel Macron"}


def test_openapi_describes_the_checked_endpoints(site):
    """The OpenAPI document names every JSON endpoint, among them results and claims."""
    doc = site["client"].get("/api/openapi.json").json
    assert doc["openapi"].startswith("3.")
    assert "/api/results/{area}" in doc["paths"] and "/api/claims" in doc["paths"]
    rules = {r.rule for r in site["app"].url_map.iter_rules() if r.rule.startswith("/api/")}
    documented = {p.replace("{", "<").replace("}", ">") for p in doc["paths"]}
    assert {r.replace("<int:", "<").replace("<path:", "<") for r in rules} - {
        "/api/openapi.json"
    } <= documented


def test_claims_csv_and_claimreview_and_atom(site):
    """CSV of the claims, ClaimReview JSON-LD, Atom feed of verdict changes."""
    client = site["client"]
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/exports/claims.csv?round=1").get_data(as_text=True))
        )
    )
    assert {r["label"] for r in rows} == {"confirmed", "contradicted"}
    review = client.get(f"/api/claims/{site['ids']['lepen']}/claimreview.json").json
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "contradicted"
    assert review["reviewRating"]["ratingValue"] == 1
    feed = ET.fromstring(client.get("/feeds/verdicts.atom?round=1").data)
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 2  # one entry per post of round 1, however many verdicts it had


def test_api_search(site):
    """Search by name without accents, or by code."""
    client = site["client"]
    assert "19" in [a["code"] for a in client.get("/api/search?q=correze").json]
    assert client.get("/api/search?q=").json == []


def test_microcache_serves_anonymous_readers_and_bypasses_editors(fresh_site):
    """Within its lifetime the micro-cache answers anonymous readers from memory; signed-in
    editors, and any reader once it is turned off, see the store as it is."""
    site = fresh_site
    app, client = site["app"], site["client"]
    app.config["MICROCACHE_SECONDS"] = 3600
    before = client.get("/api/version?round=1").json
    settings = app.extensions["primaries"]["settings"]
    geography = app.extensions["primaries"]["geography"]
    # a new département reports: the national figures (and their version) change
    assert ingest_sample(site["engine"], settings, geography, wide_sample(1, ("01",))).new > 0
    assert client.get("/api/version?round=1").json == before
    create_user(site["engine"], "tom", "long enough pw", "editor", now=NOW)
    editor = app.test_client()
    login(editor, "tom", "long enough pw")
    fresh = editor.get("/api/version?round=1").json
    assert fresh["results"] > before["results"]
    app.config["MICROCACHE_SECONDS"] = 0
    assert client.get("/api/version?round=1").json == fresh
