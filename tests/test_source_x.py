"""Tests of the X recent-search source on recorded API v2 payloads, faked at the requests layer."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import responses
from responses import matchers

from sources import x_search
from sources.records import FetchError
from sources.text import FetchInterrupted

DATA = Path(__file__).resolve().parent / "data" / "social" / "x"
URL = "https://api.twitter.com/2/tweets/search/recent"
QUERY = "#presidentielle2017 -is:retweet lang:fr"
NOW = datetime(2017, 4, 23, 18, 10, tzinfo=UTC)
ORIGINAL = "855897001234567168"
TOKEN_P1 = "b26v89c19zqg8o3fpzbkk8pnuvxhdm3q4t5lyyhkn5ykd"


def payload(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture
def client():
    return x_search.make_client({x_search.ENV_TOKEN: "AAAA-test-token"})


def test_parse_reads_retweets_quotes_replies_and_metrics():
    posts = {p.platform_id: p for p in x_search.parse(payload("search_page1.json"))}
    assert len(posts) == 3
    retweet = posts["855898812637663232"]
    assert retweet.platform == "x" and retweet.author == "karim_b"
    assert retweet.author_name == "Karim B."
    assert retweet.repost_of == ORIGINAL and retweet.quote_of is None
    assert retweet.url == "https://x.com/karim_b/status/855898812637663232"
    assert retweet.posted_at == datetime(2017, 4, 23, 18, 4, 30, tzinfo=UTC)
    assert retweet.reposts == 41 and retweet.lang == "fr"
    # The original's full text travels with the retweet, for grouping.
    assert dict(retweet.extra)["ref_text"].startswith("Macron en tête à Paris")
    quote = posts["855898500123451392"]
    assert quote.quote_of == ORIGINAL and quote.repost_of is None
    assert (quote.reposts, quote.replies, quote.likes, quote.quotes) == (3, 2, 9, 0)
    reply = posts["855898100987654144"]
    assert dict(reply.extra)["reply_to"] == ORIGINAL
    raw = json.loads(reply.raw)
    assert raw["data"]["id"] == "855898100987654144"
    assert raw["includes"]["users"][0]["username"] == "jeanne75"


def test_parse_prefers_note_tweet_marks_edits_and_skips_broken_items():
    posts, skipped = x_search.parse_page(payload("search_page2.json"))
    by_id = {p.platform_id: p for p in posts}
    assert set(by_id) == {"855898100987654144", ORIGINAL, "855896400555555555"}
    long_post = by_id["855896400555555555"]
    assert long_post.text.startswith("Très long fil") and "Montréal" in long_post.text
    assert dict(by_id[ORIGINAL].extra)["edit_of"] == "855896990000000000"
    assert len(skipped) == 1 and "no usable id" in skipped[0]


def test_tweet_without_created_at_takes_the_time_its_id_encodes():
    page = payload("search_newer.json")
    del page["data"][0]["created_at"]
    (post,) = x_search.parse(page)
    # Snowflake ids: milliseconds since the Twitter epoch, shifted left by 22 bits.
    assert post.posted_at == datetime(2017, 4, 22, 21, 43, 32, 668000, tzinfo=UTC)


@responses.activate
def test_pagination_follows_next_token_and_keeps_a_post_on_two_pages_once(client):
    # Registrations for one URL answer in order (page 1, then page 2).
    responses.get(URL, json=payload("search_page1.json"))
    responses.get(URL, json=payload("search_page2.json"))
    batch = x_search.collect(QUERY, {}, now=NOW, client=client)
    ids = [p.platform_id for p in batch.posts]
    assert len(ids) == len(set(ids)) == 5
    reply = next(p for p in batch.posts if p.platform_id == "855898100987654144")
    assert reply.likes == 2  # the later page's counters win
    assert batch.cursor == {"since_id": "855898812637663232"}
    assert len(batch.skipped) == 1
    first, second = (call.request.url for call in responses.calls)
    assert "next_token" not in first and "since_id" not in first
    assert f"next_token={TOKEN_P1}" in second and "since_id" not in second
    assert "expansions=author_id" in second and "max_results=100" in second
    assert responses.calls[0].request.headers["Authorization"] == "Bearer AAAA-test-token"


@responses.activate
def test_resume_after_restart_asks_only_for_newer_posts(client):
    responses.get(
        URL,
        json=payload("search_newer.json"),
        match=[
            matchers.query_param_matcher({"since_id": "855898812637663232"}, strict_match=False)
        ],
    )
    batch = x_search.collect(QUERY, {"since_id": "855898812637663232"}, now=NOW, client=client)
    assert [p.platform_id for p in batch.posts] == ["855899900000000001"]
    assert batch.cursor == {"since_id": "855899900000000001"}


@responses.activate
def test_nothing_new_keeps_since_id(client):
    responses.get(URL, json=payload("search_empty.json"))
    batch = x_search.collect(QUERY, {"since_id": "855899900000000001"}, now=NOW, client=client)
    assert batch.posts == [] and batch.cursor == {"since_id": "855899900000000001"}


@responses.activate
def test_429_mid_pagination_carries_page_one_and_resumes_with_no_gap(client):
    reset = int((NOW + timedelta(minutes=12)).timestamp())
    responses.get(URL, json=payload("search_page1.json"))
    responses.get(
        URL, status=429, json=payload("error_429.json"), headers={"x-rate-limit-reset": str(reset)}
    )
    with pytest.raises(FetchInterrupted) as caught:
        x_search.collect(QUERY, {"since_id": "855800000000000000"}, now=NOW, client=client)
    error = caught.value
    assert error.http_status == 429
    assert error.retry_at == datetime.fromtimestamp(reset, UTC)
    assert {p.platform_id for p in error.batch.posts} == {
        "855898812637663232",
        "855898500123451392",
        "855898100987654144",
    }
    # since_id does not move until the last page is in: nothing between can be skipped.
    assert error.batch.cursor == {
        "since_id": "855800000000000000",
        "next_token": TOKEN_P1,
        "newest_id": "855898812637663232",
    }
    assert len(responses.calls) == 2

    responses.reset()
    responses.get(URL, json=payload("search_page2.json"))
    batch = x_search.collect(QUERY, error.batch.cursor, now=NOW, client=client)
    request = responses.calls[0].request
    assert f"next_token={TOKEN_P1}" in request.url and "since_id=855800000000000000" in request.url
    assert ORIGINAL in {p.platform_id for p in batch.posts}
    assert batch.cursor == {"since_id": "855898812637663232"}


@responses.activate
def test_429_on_first_page_is_a_plain_fetch_error_with_reset(client):
    reset = int((NOW + timedelta(minutes=3)).timestamp())
    responses.get(
        URL, status=429, json=payload("error_429.json"), headers={"x-rate-limit-reset": str(reset)}
    )
    with pytest.raises(FetchError) as caught:
        x_search.collect(QUERY, {"since_id": "1"}, now=NOW, client=client)
    assert not isinstance(caught.value, FetchInterrupted)
    assert caught.value.retry_at == datetime.fromtimestamp(reset, UTC)
    assert "429" in str(caught.value)


@responses.activate
def test_401_is_one_clear_error_and_no_retry_storm(client):
    responses.get(URL, status=401, json=payload("error_401.json"))
    with pytest.raises(FetchError) as caught:
        x_search.collect(QUERY, {}, now=NOW, client=client)
    assert caught.value.http_status == 401
    assert x_search.ENV_TOKEN in str(caught.value)
    assert caught.value.retry_at == NOW + x_search.AUTH_RETRY
    assert len(responses.calls) == 1


@responses.activate
def test_403_names_the_access_problem(client):
    responses.get(URL, status=403, json=payload("error_403.json"))
    with pytest.raises(FetchError) as caught:
        x_search.collect(QUERY, {}, now=NOW, client=client)
    assert caught.value.http_status == 403
    assert "Project" in str(caught.value) and "403" in str(caught.value)


@responses.activate
def test_500_and_garbage_bodies_are_fetch_errors(client):
    responses.get(URL, status=500, body="upstream timeout")
    with pytest.raises(FetchError) as caught:
        x_search.collect(QUERY, {}, now=NOW, client=client)
    assert caught.value.http_status == 500
    responses.reset()
    responses.get(URL, status=200, body=b"<html><title>Oops</title></html>")
    with pytest.raises(FetchError, match="not JSON"):
        x_search.collect(QUERY, {}, now=NOW, client=client)
    responses.reset()
    responses.get(URL, status=200, json=["not", "an", "object"])
    with pytest.raises(FetchError, match="not a JSON object"):
        x_search.collect(QUERY, {}, now=NOW, client=client)


@responses.activate
def test_expired_next_token_pages_again_from_since_id(client):
    responses.get(URL, status=400, json={"errors": [{"message": "Invalid next_token"}]})
    responses.get(URL, json=payload("search_page2.json"))
    cursor = {
        "since_id": "855800000000000000",
        "next_token": "stale",
        "newest_id": "855898812637663232",
    }
    batch = x_search.collect(QUERY, cursor, now=NOW, client=client)
    assert "next_token" not in responses.calls[1].request.url
    assert batch.cursor == {"since_id": "855898812637663232"}
    assert any("next_token refused" in line for line in batch.skipped)


def test_missing_token_is_a_clear_error():
    with pytest.raises(FetchError, match=x_search.ENV_TOKEN):
        x_search.make_client({})
