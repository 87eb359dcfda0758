"""The production stack (nginx's proxy_cache in front of gunicorn, deploy/): what the cache
stores, what it never stores, and that readers' revalidations end in 304s."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from deploy.stack import PLACEHOLDER, Stack, nginx_binary, start_stack
from primaries.db import make_engine, upgrade
from tests.conftest import ingest_sample, wide_sample

pytestmark = pytest.mark.skipif(
    nginx_binary() is None,
    reason="nginx is not installed (apt-get install nginx-light; `make test` installs it)",
)
NATIONAL = "/api/results/national?round=1"


@pytest.fixture(scope="module")
def stack(settings, geography, tmp_path_factory) -> Iterator[Stack]:
    """The stack on free ports over a SQLite store holding Paris's real round-1 rows."""
    url = f"sqlite:///{tmp_path_factory.mktemp('stack') / 'site.db'}"
    engine = make_engine(url)
    upgrade(engine)
    ingest_sample(engine, settings, geography, wide_sample(1, ("75",)))
    engine.dispose()
    with start_stack(database=url, workers=1, nginx_workers=1) as running:
        yield running


def get(stack: Stack, path: str, **headers: str) -> http.client.HTTPResponse:
    """One GET through nginx, its body read into `.body` (a 304 is an answer, not an error)."""
    address = urlsplit(stack.url)
    conn = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    conn.close()
    return response


def stored_keys(stack: Stack) -> list[str]:
    """The keys of every entry in nginx's cache folder (each file's `KEY:` line)."""
    keys = []
    for path in (stack.workdir / "cache").rglob("*"):
        if path.is_file():
            head = path.read_bytes()[:4096]
            start = head.find(b"\nKEY: ")
            if start >= 0:
                keys.append(head[start + 6 : head.index(b"\n", start + 6)].decode())
    return keys


def test_a_second_request_for_the_national_json_is_a_cache_hit(stack):
    """The first reader fills the cache; the next one never reaches gunicorn."""
    first = get(stack, NATIONAL)
    second = get(stack, NATIONAL)
    assert first.status == second.status == 200
    assert second.getheader("X-Cache-Status") == "HIT"
    assert "max-age" in second.getheader("Cache-Control")
    assert second.getheader("Set-Cookie") is None


@pytest.mark.parametrize("path", ["/", "/claims", "/area/75", "/api/version", NATIONAL])
def test_public_responses_are_cached_without_a_cookie(stack, path):
    """Every public page and JSON document comes out of the cache, and none sets a cookie."""
    get(stack, path)
    again = get(stack, path)
    assert again.getheader("X-Cache-Status") in ("HIT", "STALE", "UPDATING")
    assert again.getheader("Set-Cookie") is None


@pytest.mark.parametrize("path", ["/editor/", "/editor/login", "/tip", "/healthz"])
def test_editor_pages_bypass_the_cache_and_are_never_stored(stack, path):
    """The newsroom, its login, the tip form and health are fetched fresh every time."""
    for _ in range(2):
        response = get(stack, path)
        assert response.getheader("X-Cache-Status") == "BYPASS"
        assert "no-store" in response.getheader("Cache-Control")
    assert not [key for key in stored_keys(stack) if key.endswith(path)]


def test_a_signed_in_reader_bypasses_the_cache_even_on_public_pages(stack):
    """A session cookie may carry an editor: the cache neither answers nor stores for it."""
    get(stack, NATIONAL)
    response = get(stack, NATIONAL, Cookie="session=whoever")
    assert response.getheader("X-Cache-Status") == "BYPASS"


def test_a_response_that_sets_a_cookie_is_never_stored(stack):
    """?lang=en remembers the language in a cookie: that answer goes to its reader only."""
    path = "/claims?lang=en"
    for _ in range(2):
        response = get(stack, path)
        assert response.getheader("Set-Cookie", "").startswith("lang=en")
        assert response.getheader("X-Cache-Status") == "MISS"
    assert not [key for key in stored_keys(stack) if key.endswith(path)]
    # The reader who now holds the cookie gets the English page from the cache.
    get(stack, "/claims", Cookie="lang=en")
    english = get(stack, "/claims", Cookie="lang=en")
    assert english.getheader("X-Cache-Status") == "HIT"
    assert english.getheader("Set-Cookie") is None
    assert b'<html lang="en">' in english.body
    # ...and a reader without it still gets the French copy: the cookie is a variant (Vary).
    get(stack, "/claims")
    french = get(stack, "/claims")
    assert french.getheader("X-Cache-Status") == "HIT"
    assert b'<html lang="fr">' in french.body


def test_etag_revalidation_answers_304_from_the_cache(stack):
    """A reader who has the current copy gets a 304 with no body, from nginx."""
    etag = get(stack, NATIONAL).getheader("ETag")
    assert etag
    response = get(stack, NATIONAL, **{"If-None-Match": etag})
    assert response.status == 304
    assert response.getheader("X-Cache-Status") in ("HIT", "STALE", "UPDATING")
    assert get(stack, NATIONAL, **{"If-None-Match": '"other"'}).status == 200


def test_static_files_are_kept_a_minute_and_revalidated_by_nginx(stack):
    """The app's own files (sent `no-cache`) are answered by nginx, not gunicorn."""
    first = get(stack, "/static/site.css")
    assert first.status == 200
    again = get(stack, "/static/site.css", **{"If-None-Match": first.getheader("ETag")})
    assert again.status == 304
    assert again.getheader("X-Cache-Status") == "HIT"


def test_the_stack_writes_only_in_its_own_folder(stack):
    """Everything nginx and gunicorn write is under the stack's folder (no root-owned path)."""
    names = {path.name for path in stack.workdir.iterdir()}
    assert {"nginx.conf", "primaries.conf", "gunicorn.sock", "nginx.pid", "cache"} <= names
    assert PLACEHOLDER.search((stack.workdir / "primaries.conf").read_text()) is None


def next_event(response: http.client.HTTPResponse) -> dict:
    """The next `version` event read off an open event stream (comments skipped)."""
    name = None
    while True:
        line = response.readline().decode()
        assert line, "the stream ended"
        if line.startswith("event: "):
            name = line[7:].strip()
        elif line.startswith("data: ") and name == "version":
            return json.loads(line[6:])


def test_the_event_stream_comes_through_nginx_as_each_event_is_written(stack, settings, geography):
    """nginx neither buffers nor caches /api/events: the open stream carries the current
    version at once and the next one the moment a snapshot lands (a buffered stream would
    deliver nothing until it ends, minutes later: the read would time out)."""
    address = urlsplit(stack.url)
    conn = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        conn.request("GET", "/api/events?round=1")
        response = conn.getresponse()
        assert response.status == 200
        assert response.getheader("Content-Type").startswith("text/event-stream")
        assert response.getheader("X-Cache-Status") is None  # the cache is off here
        before = next_event(response)
        engine = make_engine(stack.database)
        ingest_sample(engine, settings, geography, wide_sample(1, ("19",)))
        engine.dispose()
        after = next_event(response)
        assert after["results"] > before["results"]
    finally:
        conn.close()
    assert not [key for key in stored_keys(stack) if "/api/events" in key]
