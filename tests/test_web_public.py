"""Public pages on both backends: home, areas, search, claims, tip form, caching, security headers."""

from __future__ import annotations

import re

from flask import g
from sqlalchemy import select

from primaries.models import Post
from primaries.web.i18n import claim_reading
from tests.conftest import csrf_from


def test_home_shows_national_figures_claims_and_as_of_line(site):
    """The home page carries the national count, the as-of line in Paris time and the claims."""
    html = site["client"].get("/").get_data(as_text=True)
    assert '<html lang="fr">' in html
    # 21:47 Paris time, and the sample's bureaux out of the sample's total
    assert re.search(r"Au 21:47</strong>, [\d\u202f]+ / [\d\u202f]+ bureaux", html)
    assert "Emmanuel Macron" in html
    assert "Raison paris" in html  # the claim's one-line reason
    assert 'id="chart-map"' in html and 'id="chart-bar"' in html
    assert "https://cdn" not in html and "cdn.plot.ly" not in html


def test_english_switch_sets_cookie_and_translates(site):
    """?lang=en switches the page and remembers the choice in a cookie."""
    client = site["client"]
    response = client.get("/?lang=en")
    html = response.get_data(as_text=True)
    assert '<html lang="en">' in html and "As of 21:47" in html
    assert "lang=en" in response.headers["Set-Cookie"]
    # It sets this reader's cookie: no shared cache may keep it for the next reader.
    assert response.headers["Cache-Control"] == "private, no-store"
    again = client.get("/").get_data(as_text=True)
    assert '<html lang="en">' in again and "Reason paris" in again


def test_public_pages_have_etag_cache_control_and_answer_304(site):
    """A CDN can carry the public pages: short max-age, ETag, conditional GET."""
    client = site["client"]
    first = client.get("/area/75")
    assert first.status_code == 200
    assert first.headers["Cache-Control"] == (
        "public, max-age=5, stale-while-revalidate=20, stale-if-error=600"
    )
    etag = first.headers["ETag"]
    second = client.get("/area/75", headers={"If-None-Match": etag})
    assert second.status_code == 304


def test_security_headers_and_nonce_on_every_inline_script(site):
    """A strict CSP: scripts from this origin or carrying the request's nonce, nothing else."""
    client = site["client"]
    response = client.get(f"/claim/{site['ids']['paris']}")
    csp = response.headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert "default-src 'self'" in csp and "script-src 'self' 'nonce-" in csp
    assert "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp
    html = response.get_data(as_text=True)
    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag or f'nonce="{nonce}"' in tag, tag
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_claim_page_escapes_post_text_and_drops_unsafe_links(site):
    """Post text is shown as text, and a javascript: URL never becomes a link."""
    html = site["client"].get(f"/claim/{site['ids']['paris']}").get_data(as_text=True)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    assert 'href="javascript:' not in html
    assert 'href="https://x.com/a/status/1"' in html


def test_claim_page_shows_history_evidence_and_claimreview(site):
    """Verdict timeline, official Paris figures beside the claim, and ClaimReview JSON-LD."""
    html = site["client"].get(f"/claim/{site['ids']['paris']}").get_data(as_text=True)
    assert "Historique des verdicts" in html
    assert html.count('class="label label-unconfirmed"') >= 1
    assert "34,83" in html  # Macron's official share in Paris, round 1
    assert '"@type": "ClaimReview"' in html or '"@type":"ClaimReview"' in html
    assert "896" in html


def test_area_pages_at_every_level_with_breadcrumbs(site):
    """Département, commune and bureau pages; breadcrumbs lead back up to the nation."""
    client = site["client"]
    dept = client.get("/area/19").get_data(as_text=True)
    assert "Corrèze" in dept and "Nouvelle-Aquitaine" in dept  # breadcrumb to the région
    assert 'id="bureaux"' in dept
    commune_code = re.search(r'href="/area/(19\d{3})\?round=1"', dept).group(1)
    commune = client.get(f"/area/{commune_code}").get_data(as_text=True)
    assert "Corrèze" in commune
    bureau_code = re.search(r'href="/area/(19\d{3}_[^"?]+)\?round=1"', commune).group(1)
    bureau = client.get(f"/area/{bureau_code}")
    assert bureau.status_code == 200
    assert "Bureau de vote" in bureau.get_data(as_text=True)
    assert client.get("/area/NOPE-NOTHING").status_code == 404


def test_paris_lists_its_arrondissements_and_each_has_its_bureaux(site):
    """The city page breaks down into its 20 arrondissements, in order, like a département into
    its communes; an arrondissement page has its breadcrumbs, standings and bureau table."""
    client = site["client"]
    paris = client.get("/area/75056").get_data(as_text=True)
    breakdown = paris.split("Détail", 1)[1].split('id="h-bureaux"', 1)[0]
    listed = re.findall(r'href="/area/(751\d\d)\?round=1">([^<]+)</a>', breakdown)
    assert [code for code, _ in listed] == [str(75100 + n) for n in range(1, 21)]
    assert listed[15] == ("75116", "Paris 16e arrondissement")
    assert "François Fillon (58,45 %)" in breakdown
    page = client.get("/area/75116").get_data(as_text=True)
    assert "Paris 16e arrondissement <small>Arrondissement · 75116</small>" in page
    assert 'href="/area/75056?round=1">Paris</a>' in page  # breadcrumb to the city
    bureaux = set(re.findall(r'href="/area/(75056_[^"?]+)\?round=1"', page))
    assert len(bureaux) == 68 and all(code.startswith("75056_16") for code in bureaux)


def test_public_bureau_table_never_shows_anomalies(site):
    """Feed anomalies reach editors only: the public table has no anomaly column or filter."""
    html = site["client"].get("/area/75").get_data(as_text=True)
    assert 'value="anomalies"' not in html
    assert "Anomalies du flux" not in html


def test_big_bureau_tables_come_a_page_at_a_time(site):
    """Paris's 896 bureaux: 150 a page with a pager, bad page numbers fall back to the first."""
    client = site["client"]
    first = client.get("/area/75").get_data(as_text=True)
    second = client.get("/area/75?page=2").get_data(as_text=True)
    rows = re.findall(r'href="/area/(75056_[^"?]+)\?round=1"', first)
    assert len(set(rows)) == 150
    assert "Bureaux 151 à 300 sur 896" in second
    assert set(re.findall(r'href="/area/(75056_[^"?]+)\?round=1"', second)).isdisjoint(rows)
    assert "Bureaux 1 à 150 sur 896" in client.get("/area/75?page=x").get_data(as_text=True)


def test_search_finds_without_accents_and_by_code(site):
    """'correze' finds Corrèze; a single match goes straight to the page."""
    client = site["client"]
    found = client.get("/search?q=correze")
    # The département and its commune of the same name: a list, the département on it.
    assert found.status_code == 200
    assert 'href="/area/19"' in found.get_data(as_text=True)
    paris = client.get("/search?q=Paris").get_data(as_text=True)
    assert "/area/75" in paris
    assert "Aucun lieu" in client.get("/search?q=zzzzqqq").get_data(as_text=True)


def test_bureaux_csv_has_every_bureau_with_votes(site):
    """The CSV download of an area lists each bureau with one column per candidate."""
    response = site["client"].get("/area/2A/bureaux.csv?round=1")
    lines = response.get_data(as_text=True).strip().splitlines()
    header = lines[0].split(",")
    assert response.mimetype == "text/csv"
    assert "macron" in header and "le-pen" in header
    assert len(lines) > 100  # Corse-du-Sud has well over a hundred bureaux


def test_tip_form_needs_csrf_and_stores_a_tip(fresh_site):
    """Without the CSRF token the form is refused; with it the tip is stored as a post."""
    site = fresh_site
    client = site["client"]
    refused = client.post("/tip", data={"text": "Hamon 12 % à Lille"})
    assert refused.status_code == 400
    token = csrf_from(client.get("/tip").get_data(as_text=True))
    done = client.post(
        "/tip", data={"csrf_token": token, "text": "Hamon 12 % à Lille", "url": "https://x.com/1"}
    )
    assert done.status_code == 302
    with site["engine"].connect() as conn:
        texts = conn.execute(select(Post.text).where(Post.platform == "tip")).scalars().all()
    assert texts == ["Hamon 12 % à Lille"]


def test_tip_form_is_rate_limited(fresh_site):
    """Past the configured rate, the tip form answers 429."""
    site = fresh_site
    client = site["client"]
    codes = []
    for i in range(7):
        token = csrf_from(client.get("/tip").get_data(as_text=True))
        codes.append(
            client.post("/tip", data={"csrf_token": token, "text": f"tip {i}"}).status_code
        )
    assert codes[:5] == [302] * 5
    assert codes[-1] == 429


def test_static_assets_are_local(site):
    """plotly.js and the outlines come from this server, never a CDN."""
    client = site["client"]
    html = client.get("/").get_data(as_text=True)
    # The home page loads plotly.js when a chart comes near the screen, from this server.
    src = re.search(r'data-plotly-url="(/vendor/plotly-[^"]+)"', html).group(1)
    js = client.get(src)
    assert js.status_code == 200 and len(js.data) > 1_000_000
    geo = client.get("/geo/departements.geojson")
    assert geo.status_code == 200 and b'"FeatureCollection"' in geo.data


def test_unknown_page_is_a_translated_404(site):
    """Errors have pages in the visitor's language."""
    response = site["client"].get("/nowhere?lang=en")
    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)


def test_banner_when_the_results_source_fails_then_when_it_is_late(fresh_site):
    """A failed last fetch shows a banner naming the source; a source silent too long too."""
    site = fresh_site
    from datetime import timedelta

    from sqlalchemy import insert

    from primaries.models import SourceRun, utcnow
    from primaries.runs import record_run

    client = site["client"]
    assert 'class="banner' not in client.get("/").get_data(as_text=True)
    now = utcnow()
    record_run(
        site["engine"], source="resultats-bureaux", kind="bureau_feed", started_at=now, ok=True
    )
    record_run(
        site["engine"],
        source="resultats-bureaux",
        kind="bureau_feed",
        started_at=now,
        ok=False,
        error="HTTP 503",
    )
    failed = client.get("/").get_data(as_text=True)
    assert "banner-failed" in failed and "resultats-bureaux" in failed
    with site["engine"].begin() as conn:
        conn.execute(
            insert(SourceRun.__table__).values(
                source="replay",
                kind="jsonl_replay",
                started_at=now - timedelta(minutes=30),
                finished_at=now - timedelta(minutes=30),
                ok=True,
            )
        )
    late = client.get("/?lang=en").get_data(as_text=True)
    assert "banner-late" in late and "“replay” has not been updated" in late


def test_search_finds_a_consular_city(site):
    """Montréal, typed without its accent, is found among the abroad areas."""
    html = site["client"].get("/search?q=montreal", follow_redirects=True).get_data(as_text=True)
    assert "Montréal" in html


def test_claim_page_says_how_the_claim_was_read_in_words(site):
    """The reading is shown in the page's language: never a dict, a list or an internal key."""
    value = {
        "value": {"value": 60.0, "low": 60.0, "high": float("inf"), "unit": "percent"},
        "measure": "",
        "qualifiers": {"partial": "", "hedged": False, "attribution": "BFM", "time": ""},
        "negated": True,
        "alternatives": ["93066", "97411"],
        "doubts": ["mot : jeunes"],
    }
    names = {"93066": "Saint-Denis (93)", "97411": "Saint-Denis (974)"}
    with site["app"].test_request_context("/"):
        rows = dict(claim_reading(value, names))
    assert rows == {
        "Valeur": "plus de 60 %",
        "Source citée": "BFM",
        "Nié par le message": "oui",
        "Autres lectures du lieu": "Saint-Denis (93), Saint-Denis (974)",
        "Non compris": "mot : « jeunes »",
    }
    with site["app"].test_request_context("/"):
        g.lang = "en"
        rows = dict(claim_reading({"value": "ahead", "measure": "absolute"}, {}))
    assert rows == {"Value": "ahead"}
    html = site["client"].get(f"/claim/{site['ids']['paris']}").get_data(as_text=True)
    assert "{&#39;" not in html and "[&#39;" not in html  # no Python reprs on the page
