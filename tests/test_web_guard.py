"""The site against anonymous traffic: paged bureau lists, a cache bounded in bytes and keyed on
what matters, the public URL, shared rate limits behind a proxy, sessions that end, and hostile
requests answered 4xx/503 instead of 500 (issue 12), on both backends."""

from __future__ import annotations

import csv
import dataclasses
import io
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from sqlalchemy import func, insert, select

from primaries.app import create_app
from primaries.cli import cli
from primaries.cli.processes import _loopback_only
from primaries.models import BUREAU, Bureau
from primaries.users import set_active, set_password
from tests.conftest import NOW, PASSWORD, ROOT, csrf_from, ingest_sample, login, wide_sample

PUBLIC = "https://resultats.example.org"


@pytest.fixture(autouse=True)
def _exports_in_tmp(request, tmp_path):
    """The export files of this module's sites go to the test's own folder, not instance/."""
    for name in ("site", "fresh_site"):
        if name in request.fixturenames:
            request.getfixturevalue(name)["app"].config["EXPORTS_DIR"] = tmp_path


def _all_pages(client, first: str) -> list[dict]:
    """Every bureau of a paged list, following `next`."""
    rows, url, pages = [], first, 0
    while url:
        body = client.get(url.removeprefix("http://127.0.0.1:8000")).json
        rows += body["bureaux"]
        url = body["next"]
        pages += 1
        assert pages < 200
    return rows


def test_national_bureau_list_comes_in_pages_that_add_up_to_every_bureau(site):
    """/api/areas/FR/bureaux gives 1,000 bureaux a page; following `next` gives each bureau
    exactly once, in code order; a région (matched on ancestors) pages the same way."""
    client = site["client"]
    with site["engine"].connect() as conn:
        total = conn.execute(select(func.count()).select_from(BUREAU)).scalar()
        corse = [
            code
            for code, ancestors in conn.execute(select(BUREAU.c.code, BUREAU.c.ancestors))
            if "R94" in (ancestors or [])
        ]
    first = client.get("/api/areas/FR/bureaux?round=1").json
    assert len(first["bureaux"]) == 1000 and first["next"].endswith("page=2")
    rows = _all_pages(client, "/api/areas/FR/bureaux?round=1")
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)) and codes == sorted(codes)
    assert total - 5 <= len(codes) <= total  # the nation: every bureau (units above it aside)
    assert sorted(r["code"] for r in _all_pages(client, "/api/areas/R94/bureaux")) == sorted(corse)
    assert client.get("/api/areas/FR/bureaux?page=x").status_code == 400
    assert client.get("/api/areas/FR/bureaux?page=0").status_code == 400
    assert client.get("/api/areas/FR/bureaux?page=999").status_code == 404


def test_bureaux_csv_of_a_departement_is_streamed(site):
    """A département's CSV streams a page at a time (no length known in advance)."""
    response = site["client"].get("/area/59/bureaux.csv?round=1")
    assert response.is_streamed and "Content-Length" not in response.headers
    lines = response.get_data(as_text=True).splitlines()
    assert lines[0].startswith("code,name,commune,inscrits,reported") and len(lines) > 1000


def test_national_csv_is_written_once_per_data_version(fresh_site, tmp_path):
    """The nation's CSV is written to a file once per data version and served from it to every
    request (and every worker); a new version replaces it; the ETag answers 304."""
    app, client = fresh_site["app"], fresh_site["client"]
    response = client.get("/area/FR/bureaux.csv?round=1")
    lines = response.get_data(as_text=True).splitlines()
    with fresh_site["engine"].connect() as conn:
        total = conn.execute(select(func.count()).select_from(BUREAU)).scalar()
    assert total - 5 <= len(lines) - 1 <= total
    assert lines[0].startswith("code,name,commune,inscrits,reported")
    (written,) = tmp_path.glob("*/bureaux-FR-1.csv-*")
    stamp = written.stat().st_mtime_ns
    again = client.get(
        "/area/FR/bureaux.csv?round=1", headers={"If-None-Match": response.headers["ETag"]}
    )
    assert again.status_code == 304
    assert client.get("/area/FR/bureaux.csv?round=1").get_data(as_text=True).splitlines() == lines
    assert written.stat().st_mtime_ns == stamp
    settings, geography = fresh_site["settings"], app.extensions["primaries"]["geography"]
    ingest_sample(fresh_site["engine"], settings, geography, wide_sample(1, ("01",)))
    longer = client.get("/area/FR/bureaux.csv?round=1").get_data(as_text=True).splitlines()
    assert len(longer) > len(lines)
    assert [p.name for p in tmp_path.glob("*/bureaux-FR-1.csv-*")] != [written.name]
    assert len(list(tmp_path.glob("*/bureaux-FR-1.csv-*"))) == 1


def test_a_feeds_bureau_code_cannot_name_a_second_file(fresh_site):
    """A bureau code with quotes and a semicolon gives one safe file name in the download."""
    evil = 'X1"; filename="evil.exe'
    with fresh_site["engine"].begin() as conn:
        conn.execute(
            insert(Bureau.__table__).values(
                code=evil, name="n", level="bureau", departement="X", commune="X", ancestors=[]
            )
        )
    response = fresh_site["client"].get(f"/area/{quote(evil, safe='')}/bureaux.csv")
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert disposition == "attachment; filename=X1_filename_evil.exe-tour1-bureaux.csv"


def test_microcache_keys_on_the_parameters_that_matter(fresh_site):
    """Unknown query names share one entry; '01' and '1' are one round; other values of a name
    the view reads are entries of their own."""
    app, client = fresh_site["app"], fresh_site["client"]
    app.config["MICROCACHE_SECONDS"] = 3600
    for i in range(40):
        assert client.get(f"/api/areas/59/bureaux?round=1&x{i}={i}").status_code == 200
    assert client.get("/api/areas/59/bureaux?round=01").status_code == 200
    cache = app.extensions["primaries_microcache"]
    assert len(cache) == 2  # the response, and the page kept for its data version
    client.get("/api/areas/59/bureaux?round=1&page=2")
    assert len(cache) == 4


def test_a_coarse_areas_pages_are_files_every_worker_serves(fresh_site, tmp_path):
    """The nation's pages are written once per version of its figures, then sent from disk."""
    client = fresh_site["client"]
    first = client.get("/api/areas/FR/bureaux?round=1&page=2")
    assert first.status_code == 200 and first.json["page"] == 2
    (written,) = tmp_path.glob("*/bureaux-FR-1-p2.json-*")
    assert client.get("/api/areas/FR/bureaux?round=1&page=2").json == first.json
    again = client.get(
        "/api/areas/FR/bureaux?page=2", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert again.status_code == 304 and written.exists()


def test_a_bureau_page_is_kept_until_its_area_changes(fresh_site):
    """Past the one-second cache, a page is served again without a render until the area's
    figures change; then the new figures show."""
    app, client = fresh_site["app"], fresh_site["client"]
    app.config["MICROCACHE_SECONDS"] = 0.001
    first = client.get("/api/areas/59/bureaux?round=1").json
    with fresh_site["engine"].begin() as conn:  # behind the store's back: no version bump
        conn.execute(BUREAU.update().values(name="changed"))
    assert client.get("/api/areas/59/bureaux?round=1").json == first
    settings, geography = fresh_site["settings"], app.extensions["primaries"]["geography"]
    rows = list(csv.reader(io.StringIO(wide_sample(1, ("59",)).decode())))
    rows[1][6], rows[1][7] = str(int(rows[1][6]) + 1), str(int(rows[1][7]) + 1)  # one more blank
    changed = io.StringIO()
    csv.writer(changed, lineterminator="\n").writerows(rows)
    assert ingest_sample(
        fresh_site["engine"], settings, geography, changed.getvalue().encode()
    ).changed
    fresh = client.get("/api/areas/59/bureaux?round=1").json["bureaux"]
    assert "changed" in {b["name"] for b in fresh}


def test_microcache_is_bounded_in_bytes(fresh_site):
    """However many distinct documents are asked for, the cache holds at most its byte bound."""
    app, client = fresh_site["app"], fresh_site["client"]
    app.config.update(MICROCACHE_SECONDS=3600, MICROCACHE_BYTES=100_000)
    communes = [a["code"] for a in client.get("/api/areas/2A/children?round=1").json]
    for code in communes:
        assert client.get(f"/api/areas/{code}/bureaux?round=1").status_code == 200
    cache = app.extensions["primaries_microcache"]
    assert 0 < cache.size <= 100_000
    assert 0 < len(cache) < len(communes)


def test_links_use_the_public_url_whatever_the_host_header(fresh_site, tmp_path):
    """A forged Host never reaches a cached link: /api/claims, the Atom feed and the pages'
    next links all start with the configured public URL."""
    settings = dataclasses.replace(
        fresh_site["settings"],
        web=dataclasses.replace(fresh_site["settings"].web, public_url=PUBLIC),
    )
    app = create_app(settings, TESTING=True, MICROCACHE_SECONDS=3600, EXPORTS_DIR=tmp_path)
    client = app.test_client()
    evil = {"Host": "evil.example"}
    poisoned = client.get("/api/claims?round=1", headers=evil).json
    assert all(c["url"].startswith(f"{PUBLIC}/claim/") for c in poisoned["claims"])
    reader = client.get("/api/claims?round=1").json
    assert all(c["url"].startswith(PUBLIC) for c in reader["claims"])
    atom = client.get("/feeds/verdicts.atom?round=1", headers=evil).get_data(as_text=True)
    assert "evil.example" not in atom and PUBLIC in atom
    page = client.get("/api/areas/FR/bureaux?round=1", headers=evil).json
    assert page["next"].startswith(f"{PUBLIC}/api/areas/FR/bureaux?")
    app.extensions["primaries"]["engine"].dispose()


def _login_attempts(clients, count: int, **environ) -> list[int]:
    """Wrong-password logins spread over several apps (workers); their status codes."""
    codes = []
    for i in range(count):
        client = clients[i % len(clients)]
        token = csrf_from(client.get("/editor/login").get_data(as_text=True))
        codes.append(
            client.post(
                "/editor/login",
                data={"csrf_token": token, "name": "eve", "password": "wrong"},
                environ_base=environ,
            ).status_code
        )
    return codes


def test_rate_limits_are_shared_by_every_worker(fresh_site):
    """Two apps on one database (two gunicorn workers) count one client's logins together:
    the eleventh attempt is refused, not the twenty-first."""
    other = create_app(fresh_site["settings"], TESTING=True, MICROCACHE_SECONDS=0)
    clients = [fresh_site["client"], other.test_client()]
    codes = _login_attempts(clients, 12)
    assert codes[:10] == [401] * 10 and codes[10:] == [429, 429]
    other.extensions["primaries"]["engine"].dispose()


def test_rate_limits_follow_the_address_the_trusted_proxy_reports(fresh_site):
    """Behind one trusted proxy, readers are told apart by X-Forwarded-For; with no trusted
    proxy, a forged X-Forwarded-For changes nothing."""
    web = dataclasses.replace(fresh_site["settings"].web, trusted_proxies=1)
    proxied = create_app(dataclasses.replace(fresh_site["settings"], web=web), TESTING=True)
    client = proxied.test_client()
    forwarded = {"REMOTE_ADDR": "10.0.0.1"}
    first = _login_attempts([client], 11, HTTP_X_FORWARDED_FOR="203.0.113.1", **forwarded)
    second = _login_attempts([client], 1, HTTP_X_FORWARDED_FOR="203.0.113.2", **forwarded)
    assert first[-1] == 429 and second == [401]
    direct = fresh_site["client"]
    forged = _login_attempts([direct], 11, HTTP_X_FORWARDED_FOR="198.51.100.9")
    again = _login_attempts([direct], 1, HTTP_X_FORWARDED_FOR="198.51.100.10")
    assert forged[-1] == 429 and again == [429]
    proxied.extensions["primaries"]["engine"].dispose()


def _copied_session(fresh_site):
    """A signed-in client and a second client holding a copy of its session cookie."""
    app = fresh_site["app"]
    client = fresh_site["client"]
    assert login(client, "eve").status_code == 302
    cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    thief = app.test_client()
    thief.set_cookie(app.config["SESSION_COOKIE_NAME"], cookie.value)
    assert thief.get("/editor/").status_code == 200
    return client, thief


def test_logout_ends_every_copy_of_the_session(fresh_site):
    """After logout, a copy of the cookie no longer opens the newsroom."""
    client, thief = _copied_session(fresh_site)
    token = csrf_from(client.get("/editor/").get_data(as_text=True))
    assert client.post("/editor/logout", data={"csrf_token": token}).status_code == 302
    assert thief.get("/editor/").status_code == 302  # to the login page
    assert login(client, "eve").status_code == 302  # a new login opens a new session
    assert client.get("/editor/").status_code == 200


@pytest.mark.parametrize("change", ["password", "disable"])
def test_password_change_and_disable_end_every_session(fresh_site, change):
    """A new password or a disabled account ends the sessions already open."""
    _, thief = _copied_session(fresh_site)
    if change == "password":
        set_password(fresh_site["engine"], "eve", "a brand new password")
    else:
        set_active(fresh_site["engine"], "eve", False)
    assert thief.get("/editor/").status_code == 302


NUL_URLS = [
    "/search?q=%00",
    "/api/search?q=%00",
    "/area/%00",
    "/area/75%00",
    "/area/%00/bureaux.csv",
    "/api/results/%00",
    "/api/areas/%00/bureaux",
    "/api/areas/%00/children",
    "/api/live/%00",
    "/api/figures/%00",
    "/api/claims?area=%00",
    "/api/claims?label=%00&type=%00",
    "/claims?label=%00",
    "/api/areas/FR/bureaux?after=%00",
    "/?round=%00",
    "/?%00=1",
]


def test_nul_bytes_are_a_bad_request_not_a_server_error(site):
    """NUL in a path, a query name or value: 400 (PostgreSQL refuses NUL in text: was 500)."""
    for url in NUL_URLS:
        assert site["client"].get(url).status_code == 400, url


@pytest.mark.parametrize("url", ["/claim/99999999999999999999", "/api/claims/9999999999"])
def test_claim_ids_beyond_the_column_are_not_found(site, url):
    """A claim id no integer column can hold is simply not found."""
    assert site["client"].get(url).status_code == 404


def test_a_tip_of_a_nul_is_refused(fresh_site):
    """A tip made of a NUL byte is a 400, and nothing is stored."""
    client = fresh_site["client"]
    token = csrf_from(client.get("/tip").get_data(as_text=True))
    assert client.post("/tip", data={"csrf_token": token, "text": "\0"}).status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/?endpoint=x",
        "/?_external=1&_scheme=javascript&_anchor=x&_method=POST",
        "/area/75?endpoint=x&code=y&values=z",
        "/claims?endpoint=x&label=confirmed",
        "/editor/login?endpoint=x&next=/editor/",
    ],
)
def test_query_names_of_url_for_do_not_break_the_language_switch(site, url):
    """Query names that are url_for's own arguments were a 500 beside the language switch."""
    response = site["client"].get(url)
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "endpoint=" not in body and "_external" not in body


def test_an_area_found_by_name_redirects_without_foreign_query_names(site):
    """/area/Paris?code=x redirects to /area/75, keeping the round and dropping the rest."""
    response = site["client"].get("/area/Paris?code=x&round=1&endpoint=y")
    assert response.status_code == 302
    assert response.headers["Location"] == "/area/75?round=1"


@pytest.mark.postgres
def test_a_database_outage_answers_503_with_retry_after(settings):
    """PostgreSQL out of reach: 503 with Retry-After and a short page (JSON on the API)."""
    down = dataclasses.replace(
        settings, database_url="postgresql+psycopg://postgres@127.0.0.1:9/none?connect_timeout=2"
    )
    client = create_app(down, TESTING=False, MICROCACHE_SECONDS=0).test_client()
    api = client.get("/api/results/FR")
    assert api.status_code == 503 and api.headers["Retry-After"]
    assert api.json["status"] == 503
    page = client.get("/area/75")
    assert page.status_code == 503 and page.headers["Retry-After"]
    assert "indisponible" in page.get_data(as_text=True)


def test_serve_refuses_to_start_without_a_key_beyond_this_machine(monkeypatch):
    """No PRIMARIES_SECRET_KEY: one line, no traceback, in production or on a public bind."""
    monkeypatch.setenv("PRIMARIES_CONFIG", str(ROOT / "config.toml"))
    monkeypatch.delenv("PRIMARIES_SECRET_KEY", raising=False)
    runner = CliRunner()
    for env, args in (
        ({"PRIMARIES_ENV": "production"}, []),
        ({}, ["--bind", "0.0.0.0:8000"]),
    ):
        result = runner.invoke(cli, ["serve", *args], env=env)
        assert result.exit_code == 1
        assert result.output.strip().splitlines() == [
            "Error: PRIMARIES_SECRET_KEY must be set to serve beyond this machine or in "
            "production (python -c 'import secrets; print(secrets.token_hex(32))')"
        ]
        assert "Traceback" not in result.output


def test_only_loopback_binds_are_a_local_run():
    """A local run may draw its own key (one for every worker); any other bind may not."""
    assert _loopback_only("127.0.0.1:8000") and _loopback_only("localhost:1,[::1]:2")
    assert not _loopback_only("0.0.0.0:8000") and not _loopback_only("127.0.0.1:1,10.0.0.2:1")
    assert not _loopback_only("unix:/run/primaries.sock")


def test_sessions_last_hours_not_a_month(site):
    """A newsroom sign-in lasts the configured hours (Flask's default was 31 days)."""
    lifetime = site["app"].permanent_session_lifetime
    assert lifetime.total_seconds() == site["settings"].web.session_hours * 3600
    assert NOW and PASSWORD  # the fixtures' account signs in with these
