"""Tests of the Bluesky search source on recorded XRPC payloads, faked with respx (httpx)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import respx

from sources import bluesky_search
from sources.records import FetchError
from sources.text import FetchInterrupted

DATA = Path(__file__).resolve().parent / "data" / "social" / "bluesky"
XRPC = "https://bsky.social/xrpc"
LOGIN = f"{XRPC}/com.atproto.server.createSession"
SEARCH = f"{XRPC}/app.bsky.feed.searchPosts"
NOW = datetime(2017, 4, 23, 18, 10, tzinfo=UTC)
ENV = {
    bluesky_search.ENV_HANDLE: "rumeurs-check.bsky.social",
    bluesky_search.ENV_PASSWORD: "abcd-efgh-ijkl-mnop",
}
QUOTED = "at://did:plc:q6gjnaw2blty4crticxkmujt/app.bsky.feed.post/3jzfaaaaaa22a"
FIRST = "at://did:plc:q6gjnaw2blty4crticxkmujt/app.bsky.feed.post/3jzfcijpj2z2a"


def payload(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture
def client():
    with respx.mock(assert_all_called=False) as mock:
        mock.post(LOGIN).respond(json=payload("session.json"))
        yield bluesky_search.make_client(ENV)


def test_parse_reads_quotes_authors_and_counters():
    posts = {p.platform_id: p for p in bluesky_search.parse(payload("search_page1.json"))}
    first = posts[FIRST]
    assert first.platform == "bluesky" and first.author == "sophie-lyon.bsky.social"
    assert first.url == "https://bsky.app/profile/sophie-lyon.bsky.social/post/3jzfcijpj2z2a"
    assert first.text.endswith("<script>alert(1)</script>")  # kept whole: it is evidence
    assert "\u202e" in first.author_name  # likewise; display_text strips it
    assert (first.reposts, first.quotes, first.likes, first.replies) == (6, 1, 14, 2)
    assert first.lang == "fr" and first.posted_at == datetime(2017, 4, 23, 18, 6, 1, tzinfo=UTC)
    quote = next(p for p in posts.values() if p.quote_of)
    assert quote.quote_of == QUOTED
    assert dict(quote.extra)["ref_text"] == "Hamon à 12 % dans le Rhône ??"
    assert json.loads(quote.raw)["cid"].startswith("bafyreih5")


def test_parse_distrusts_future_created_at_and_skips_posts_without_uri():
    posts, skipped = bluesky_search.parse_page(payload("search_page2.json"))
    reply = next(p for p in posts if p.author == "marc-rhone.bsky.social")
    # createdAt says 2099: the server's indexedAt is used instead.
    assert reply.posted_at == datetime(2017, 4, 23, 18, 4, 10, 500000, tzinfo=UTC)
    assert dict(reply.extra)["reply_to"] == FIRST
    assert len(posts) == 2 and len(skipped) == 1 and "uri" in skipped[0]


def test_pagination_then_cursor_moves_to_newest_minus_overlap(client):
    pages = iter([payload("search_page1.json"), payload("search_page2.json")])
    with respx.mock(assert_all_called=True) as mock:
        route = mock.get(SEARCH).mock(
            side_effect=lambda request: httpx.Response(200, json=next(pages))
        )
        batch = bluesky_search.collect("présidentielle", {}, now=NOW, client=client)
    first, second = (call.request for call in route.calls)
    assert first.url.params["q"] == "présidentielle" and first.url.params["sort"] == "latest"
    assert "cursor" not in first.url.params and second.url.params["cursor"] == "2"
    assert first.headers["Authorization"].startswith("Bearer ")
    ids = [p.platform_id for p in batch.posts]
    assert len(ids) == len(set(ids)) == 3  # the post on both pages is kept once
    again = next(p for p in batch.posts if p.author == "verif-presse.bsky.social")
    assert again.reposts == 1  # the later copy's counters
    newest = datetime(2017, 4, 23, 18, 6, 2, 114000, tzinfo=UTC)
    assert batch.cursor == {
        "since": (newest - bluesky_search.OVERLAP).isoformat().replace("+00:00", "Z")
    }
    assert len(batch.skipped) == 1


def test_resume_after_restart_sends_since(client):
    since = "2017-04-23T17:56:02.114000Z"
    with respx.mock() as mock:
        route = mock.get(SEARCH).respond(json={"posts": []})
        batch = bluesky_search.collect("présidentielle", {"since": since}, now=NOW, client=client)
    assert route.calls[0].request.url.params["since"] == since
    assert batch.posts == [] and batch.cursor == {"since": since}


def test_429_after_a_page_carries_it_and_the_reset(client):
    reset = int((NOW + timedelta(minutes=5)).timestamp())
    answers = iter(
        [
            httpx.Response(200, json=payload("search_page1.json")),
            httpx.Response(
                429, json=payload("error_429.json"), headers={"ratelimit-reset": str(reset)}
            ),
        ]
    )
    with respx.mock() as mock:
        mock.get(SEARCH).mock(side_effect=lambda request: next(answers))
        with pytest.raises(FetchInterrupted) as caught:
            bluesky_search.collect(
                "présidentielle", {"since": "2017-04-23T17:00:00Z"}, now=NOW, client=client
            )
    error = caught.value
    assert error.http_status == 429 and error.retry_at == datetime.fromtimestamp(reset, UTC)
    assert len(error.batch.posts) == 2
    assert (
        error.batch.cursor["page"] == "2" and error.batch.cursor["since"] == "2017-04-23T17:00:00Z"
    )


def test_refused_login_is_a_clear_error():
    with respx.mock() as mock:
        mock.post(LOGIN).respond(401, json=payload("error_auth.json"))
        with pytest.raises(FetchError) as caught:
            bluesky_search.make_client(ENV)
    assert caught.value.http_status == 401
    assert bluesky_search.ENV_PASSWORD in str(caught.value)


def test_missing_credentials_are_named():
    with pytest.raises(FetchError, match=bluesky_search.ENV_HANDLE):
        bluesky_search.make_client({})


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(500, json={"error": "InternalServerError"}), "HTTP 500"),
        (httpx.Response(502, text="bad gateway"), "HTTP 502"),
        (
            httpx.Response(
                200, text="<html>maintenance</html>", headers={"content-type": "text/html"}
            ),
            "not a searchPosts",
        ),
        (
            httpx.Response(200, content=b"{not json", headers={"content-type": "application/json"}),
            "unreadable",
        ),
        (
            httpx.Response(401, json={"error": "ExpiredToken", "message": "Token has expired"}),
            "refused the session",
        ),
    ],
)
def test_server_errors_and_garbage_are_fetch_errors(client, response, expected):
    with respx.mock() as mock:
        mock.get(SEARCH).mock(return_value=response)
        with pytest.raises(FetchError, match=expected):
            bluesky_search.collect("présidentielle", {}, now=NOW, client=client)
