"""The officials' bureau table (issue 13, item 6): filters and order across every bureau of an
area, not one page of it, on the page, in the API and in both CSVs, on real 2017 rows of the Nord
with two bureaux in three still to report, on both backends."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import insert, select

from primaries import queries
from primaries.app import create_app
from primaries.db import make_engine, upgrade
from primaries.ingest import ingest_payload, load_registry
from primaries.models import BUREAU, FeedAnomaly
from sources import bureau_feed, datagouv_wide
from tests.conftest import BACKENDS, NOW, empty_database, ingest_sample, login, wide_sample


def _one_row_in_three(payload: bytes) -> bytes:
    """The header and one bureau in three of a wide file: the rest have not reported yet."""
    lines = payload.decode().splitlines(keepends=True)
    return "".join([lines[0], *lines[1::3]]).encode()


@pytest.fixture(scope="module", params=BACKENDS)
def nord(request, settings, geography, tmp_path_factory) -> Iterator[dict[str, Any]]:
    """The Nord's 2,000-odd bureaux in the registry, one in three counted."""
    payload = wide_sample(1, ("59",))
    with empty_database(request.param, tmp_path_factory.mktemp("nord")) as url:
        engine = make_engine(url)
        upgrade(engine)
        config = dataclasses.replace(settings, database_url=url)
        refs = datagouv_wide.parse_registry(payload)
        load_registry(engine, config, geography, refs)
        ingest_sample(engine, config, geography, _one_row_in_three(payload))
        exports = tmp_path_factory.mktemp("exports")
        app = create_app(config, TESTING=True, MICROCACHE_SECONDS=0, EXPORTS_DIR=exports)
        counted = {r.code for r in datagouv_wide.parse_registry(_one_row_in_three(payload))}
        waiting = {r.code for r in refs} - counted
        try:
            yield {"app": app, "client": app.test_client(), "waiting": waiting, "counted": counted}
        finally:
            app.extensions["primaries"]["engine"].dispose()
            engine.dispose()


TABLE_LINK = re.compile(r'<td><a href="/area/(59[0-9A-Z]{3}_[0-9]+)\?round=1">')


def _page_codes(client, url: str) -> tuple[list[str], str | None]:
    """The bureau codes of one page of an area's table, and the link to the next page."""
    html = client.get(url).get_data(as_text=True)
    following = re.search(r'<a rel="next" href="([^"]+)"', html)
    return TABLE_LINK.findall(html), following and following.group(1).replace("&amp;", "&")


def test_the_not_reported_filter_covers_every_page_of_the_area(nord):
    """/area/59?show=not-reported lists, page after page, exactly the bureaux still to report
    (not those of the first page only), and its link sits on the département's page."""
    client, waiting = nord["client"], nord["waiting"]
    assert len(waiting) > 1000  # 9 pages of 150
    html = client.get("/area/59?round=1").get_data(as_text=True)
    assert f"Bureaux non encore dépouillés : {len(waiting):,}".replace(",", "\u202f") in html
    assert "/area/59?round=1&amp;show=not-reported#h-bureaux" in html
    assert "/area/59/bureaux-fr.csv?round=1&amp;show=not-reported" in html
    seen, url, pages = [], "/area/59?round=1&show=not-reported", 0
    while url:
        codes, url = _page_codes(client, url)
        seen += codes
        pages += 1
        assert pages < 20
    assert pages == -(-len(waiting) // 150)
    assert len(seen) == len(set(seen)) and set(seen) == waiting
    assert seen == sorted(seen)  # code order across the pages


def test_a_commune_page_links_its_bureaux_not_reported(nord):
    """Lille's page says how many of its bureaux are still to report and links to them."""
    lille = sorted(c for c in nord["waiting"] if c.startswith("59350_"))
    html = nord["client"].get("/area/59350?round=1").get_data(as_text=True)
    assert f"Bureaux non encore dépouillés : {len(lille)}" in html
    codes, _ = _page_codes(nord["client"], "/area/59350?round=1&show=not-reported")
    assert codes == lille


def _api_rows(client, url: str) -> list[dict]:
    rows, pages = [], 0
    while url:
        body = client.get(url.removeprefix("http://127.0.0.1:8000")).json
        rows += body["bureaux"]
        url = body["next"]
        pages += 1
        assert pages < 10
    return rows


def test_the_api_filters_and_sorts_across_pages(nord):
    """The API's pages keep the filter and the order in their `next` links: the bureaux not
    reported in two pages of 1,000; every bureau by turnout, highest first throughout, those
    without one last."""
    client = nord["client"]
    waiting = _api_rows(client, "/api/areas/59/bureaux?round=1&show=not-reported")
    assert {b["code"] for b in waiting} == nord["waiting"]
    assert not any(b["reported"] for b in waiting)
    ranked = _api_rows(client, "/api/areas/59/bureaux?round=1&sort=-turnout")
    counted = len(nord["counted"])
    assert {b["code"] for b in ranked[:counted]} == nord["counted"]
    turnouts = [b["turnout"] for b in ranked[:counted]]
    assert turnouts == sorted(turnouts, reverse=True)
    assert all(b["turnout"] is None for b in ranked[counted:])
    band = client.get("/api/areas/59/bureaux?round=1&show=turnout-80-90").json["bureaux"]
    assert band and all(80 <= b["turnout"] < 90.01 for b in band)
    everyone = _api_rows(client, "/api/areas/59/bureaux?round=1&sort=inscrits")
    assert len(everyone) == len(nord["waiting"] | nord["counted"])
    registered = [b["inscrits"] for b in everyone]
    assert registered == sorted(registered)


@pytest.mark.parametrize(
    "url",
    [
        "/api/areas/59/bureaux?show=later",
        "/api/areas/59/bureaux?sort=votes;drop",
        "/area/59?show=anomalies",  # the newsroom's filter, not the public's
        "/area/59/bureaux.csv?show=turnout-1-99",
    ],
)
def test_a_filter_or_order_nobody_offered_is_a_bad_request(nord, url):
    """Only the named choices make a page: anything else is refused, never cached."""
    assert nord["client"].get(url).status_code == 400


def test_the_french_csv_opens_in_a_french_spreadsheet(nord):
    """The French CSV read as a French spreadsheet reads it (UTF-8 announced by its BOM, ';',
    decimal comma) gives French headers and the same figures as the international CSV."""
    client = nord["client"]
    raw = client.get("/area/59/bureaux-fr.csv?round=1").get_data()
    assert raw.startswith(b"\xef\xbb\xbf")
    french = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    header = french[0]
    assert header[:9] == [
        *("Code du bureau", "Bureau", "Commune", "Inscrits", "Dépouillé"),
        *("Votants", "Blancs", "Nuls", "Exprimés"),
    ]
    assert "Emmanuel Macron" in header and header[-6:-3] == [
        "Participation (%)",
        "Statut",
        "Révision",
    ]
    plain = client.get("/area/59/bureaux.csv?round=1").get_data(as_text=True)
    international = {r["code"]: r for r in csv.DictReader(io.StringIO(plain))}
    assert len(french) - 1 == len(international)
    macron, turnout = header.index("Emmanuel Macron"), header.index("Participation (%)")
    for row in french[1:]:
        theirs = international[row[0]]
        assert row[4] == ("oui" if theirs["reported"] == "1" else "non")
        assert row[macron] == theirs["macron"]
        if theirs["turnout"]:
            assert "," in row[turnout] and "." not in row[turnout]
            assert float(row[turnout].replace(",", ".")) == pytest.approx(
                float(theirs["turnout"]), abs=0.005
            )
        else:
            assert row[turnout] == ""


def test_the_not_reported_csvs_list_those_bureaux_only(nord):
    """Both CSVs of the bureaux not yet reported hold those bureaux, each once."""
    client = nord["client"]
    plain = client.get("/area/59/bureaux.csv?round=1&show=not-reported").get_data(as_text=True)
    assert {r["code"] for r in csv.DictReader(io.StringIO(plain))} == nord["waiting"]
    response = client.get("/area/59/bureaux-fr.csv?round=1&show=not-reported")
    assert "59-tour1-bureaux-not-reported-fr.csv" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data().decode("utf-8-sig")), delimiter=";"))
    assert sorted(r[0] for r in rows[1:]) == sorted(nord["waiting"])


def test_status_counts_of_the_nord(nord):
    """One bureau in three counted, from the Ministry's final file (validated figures): the
    API and the page say so."""
    client, waiting, counted = nord["client"], nord["waiting"], nord["counted"]
    body = client.get("/api/areas/59/status?round=1").json
    assert body["area"]["code"] == "59"
    assert (body["bureaux"], body["not_reported"]) == (len(waiting | counted), len(waiting))
    assert (body["provisional"], body["validated"], body["corrected"]) == (0, len(counted), 0)
    html = client.get("/area/59?round=1").get_data(as_text=True)
    assert f"non dépouillés <strong>{len(waiting):,}</strong>".replace(",", "\u202f") in html
    assert f"validés <strong>{len(counted)}</strong>" in html


REGISTRY_KEYS = ("code", "departement", "commune", "name", "circonscription", "inscrits")


def _bureau(code: str, macron: int, status: str) -> dict:
    """One consistent bureau of Tulle (Corrèze) in the authority's bureau feed."""
    return {
        "code": code,
        "departement": "19",
        "commune": "272",
        "name": "Tulle",
        "circonscription": "1",
        "inscrits": 1000,
        "votants": macron + 100,
        "blancs": 0,
        "nuls": 0,
        "exprimes": macron + 100,
        "votes": {"MACRON": macron, "FILLON": 100},
        "status": status,
        "updated_at": "2017-04-23T19:00:00+00:00",
    }


def _feed(bureaux: list[dict], sequence: int) -> bytes:
    return json.dumps(
        {
            "format": "primaries-bureau-feed/1",
            "election": "pr2017",
            "round": 1,
            "published_at": f"2017-04-23T19:{sequence:02d}:00+00:00",
            "sequence": sequence,
            "since": None,
            "candidates": [{"key": "MACRON"}, {"key": "FILLON"}],
            "bureaux": bureaux,
        }
    ).encode()


def test_status_counts_follow_validation_and_corrections(engine, settings, geography):
    """Three bureaux of Tulle in the registry: one provisional, one validated then corrected,
    one not reported."""
    registry = {
        "format": "primaries-bureau-registry/1",
        "election": "pr2017",
        "bureaux": [
            {k: v for k, v in _bureau(f"19272_000{i}", 0, "").items() if k in REGISTRY_KEYS}
            for i in (1, 2, 3)
        ],
    }
    refs = bureau_feed.parse_registry(json.dumps(registry).encode())
    load_registry(engine, settings, geography, refs)
    for sequence, second in ((1, 400), (2, 410)):  # the validated bureau's figures corrected
        ingest_payload(
            engine,
            settings,
            geography,
            _feed(
                [
                    _bureau("19272_0001", 300, "provisional"),
                    _bureau("19272_0002", second, "validated"),
                ],
                sequence,
            ),
            source="feed",
            kind="bureau_feed",
            round_number=1,
        )
    with engine.connect() as conn:
        tulle = queries.get_area(conn, "19272")
        counts = queries.status_counts(conn, tulle, 1)
        nation = queries.status_counts(conn, queries.get_area(conn, "FR"), 1)
    assert counts == {
        "bureaux": 3,
        "not_reported": 1,
        "provisional": 1,
        "validated": 1,
        "quarantined": 0,
        "cancelled": 0,
        "corrected": 1,
        "quarantined_inscrits": 0,
    }
    assert nation == counts


def test_a_coarse_areas_filtered_pages_are_kept_files_and_its_orders_refused(nord):
    """The nation's not-reported pages are files like its plain pages (code order: the filters
    partition the pages); an order by turnout is refused there (1.5 s a page of the nation)."""
    client = nord["client"]
    folder = nord["app"].config["EXPORTS_DIR"]
    first = client.get("/api/areas/FR/bureaux?round=1&show=not-reported&page=2")
    assert first.status_code == 200 and first.json["show"] == "not-reported"
    assert {b["code"] for b in first.json["bureaux"]} <= nord["waiting"]
    assert len(list(folder.glob("*/bureaux-FR-1-not-reported-code-p2.json-*"))) == 1
    before = set(folder.rglob("*"))
    assert client.get("/api/areas/FR/bureaux?round=1&sort=-turnout").status_code == 400
    assert client.get("/api/areas/FR/bureaux?round=1&show=later").status_code == 400
    assert set(folder.rglob("*")) == before


def test_the_newsroom_filters_its_table_on_feed_anomalies(fresh_site):
    """A signed-in editor's area page lists only the bureaux the feed's checks flagged; the
    public cannot ask for that filter."""
    with fresh_site["engine"].begin() as conn:
        flagged = (
            conn.execute(
                select(BUREAU.c.code).where(BUREAU.c.departement == "19").order_by(BUREAU.c.code)
            )
            .scalars()
            .all()[7]
        )
        conn.execute(
            insert(FeedAnomaly.__table__).values(
                source="resultats-bureaux",
                round=1,
                bureau=flagged,
                kind="arithmetic",
                message="votants ≠ blancs + nuls + exprimés",
                details={},
                detected_at=NOW,
            )
        )
    client = fresh_site["client"]
    assert client.get("/area/19?round=1&show=anomalies").status_code == 400
    login(client, "eve")
    html = client.get("/area/19?round=1&show=anomalies").get_data(as_text=True)
    assert TABLE_ROW.findall(html) == [flagged]
    assert "votants ≠ blancs + nuls + exprimés" in html


TABLE_ROW = re.compile(r'<td><a href="/area/([0-9A-Z]{5}_[0-9]+)\?round=1">')
