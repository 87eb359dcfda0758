"""Tests of the Mastodon hashtag source on recorded statuses, faked at the requests layer."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import responses
from responses import matchers

from sources import mastodon_tag
from sources.records import FetchError
from sources.text import FetchInterrupted

DATA = Path(__file__).resolve().parent / "data" / "social" / "mastodon"
SERVER = "https://mastodon.social"
TAG_URL = f"{SERVER}/api/v1/timelines/tag/presidentielle2017"
NOW = datetime(2017, 4, 23, 18, 10, tzinfo=UTC)
NADIA = "https://piaille.fr/users/nadia/statuses/109876543210000003"


def payload(name: str):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture
def client():
    return mastodon_tag.make_client({}, SERVER)


@pytest.fixture
def instance():
    """Mastodon.py asks the server which timelines it serves before reading one."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.get(f"{SERVER}/api/v2/instance", json=payload("instance_v2.json"))
        yield mock


def test_parse_turns_html_into_text_and_keys_posts_by_uri():
    posts = {p.platform_id: p for p in mastodon_tag.parse(payload("tag_page1.json"))}
    nadia = posts[NADIA]
    assert nadia.platform == "mastodon" and nadia.author == "nadia@piaille.fr"
    assert nadia.text == (
        "Fillon à 18 % en Sarthe selon la préfecture ?? #presidentielle2017\nQuelqu'un confirme ?"
    )
    assert nadia.url == "https://piaille.fr/@nadia/109876543210000003"
    assert (nadia.reposts, nadia.likes, nadia.replies) == (4, 9, 1)
    assert dict(nadia.extra)["local_id"] == "109876543210000003"
    assert nadia.posted_at == datetime(2017, 4, 23, 18, 7, 12, tzinfo=UTC)
    assert "<p>" in json.loads(nadia.raw)["content"]  # the raw keeps the HTML
    theo = posts["https://mastodon.social/users/theo/statuses/109876543210000002"]
    assert theo.text.startswith("rumeur non vérifiée\nLe Pen en tête dans le Nord")
    ines = posts["https://mastodon.social/users/ines/statuses/109876543210000001"]
    assert dict(ines.extra)["reply_to"] == "109876543210000000"


def test_parse_boosts_quotes_and_broken_statuses():
    posts, skipped = mastodon_tag.parse_page(payload("tag_page2.json"))
    boost, quote = posts
    assert boost.repost_of == NADIA and boost.author == "theo"
    assert boost.text.startswith("Fillon à 18 %")  # a boost carries the original's text
    assert quote.quote_of == NADIA and quote.text == "Attention, ça circule sans source"
    assert dict(quote.extra)["ref_text"].startswith("Fillon à 18 %")
    assert len(skipped) == 1


def test_first_poll_reads_the_newest_page_only(client, instance):
    route = instance.get(TAG_URL, json=payload("tag_page1.json"))
    batch = mastodon_tag.collect("#presidentielle2017", {}, now=NOW, client=client)
    assert route.call_count == 1
    assert "min_id" not in route.calls[0].request.url
    assert len(batch.posts) == 3
    assert batch.cursor == {"since_id": "109876543210000003"}


def test_pages_forward_with_min_id_until_a_short_page(client, instance, monkeypatch):
    monkeypatch.setattr(mastodon_tag, "PAGE_SIZE", 3)
    first = instance.get(
        TAG_URL,
        json=payload("tag_page1.json"),
        match=[matchers.query_param_matcher({"min_id": "109876543209999999"}, strict_match=False)],
    )
    second = instance.get(
        TAG_URL,
        json=payload("tag_page2.json"),
        match=[matchers.query_param_matcher({"min_id": "109876543210000003"}, strict_match=False)],
    )
    third = instance.get(
        TAG_URL,
        json=[],
        match=[matchers.query_param_matcher({"min_id": "109876543210000006"}, strict_match=False)],
    )
    batch = mastodon_tag.collect(
        "presidentielle2017", {"since_id": "109876543209999999"}, now=NOW, client=client
    )
    assert (first.call_count, second.call_count, third.call_count) == (1, 1, 1)
    assert len(batch.posts) == 5 and len(batch.skipped) == 1
    assert batch.cursor == {"since_id": "109876543210000006"}


def test_resume_after_restart_asks_above_the_saved_id(client, instance):
    route = instance.get(
        TAG_URL,
        json=[],
        match=[matchers.query_param_matcher({"min_id": "109876543210000006"}, strict_match=False)],
    )
    batch = mastodon_tag.collect(
        "presidentielle2017", {"since_id": "109876543210000006"}, now=NOW, client=client
    )
    assert route.call_count == 1
    assert batch.posts == [] and batch.cursor == {"since_id": "109876543210000006"}


def test_429_raises_with_the_servers_reset_and_keeps_earlier_pages(client, instance, monkeypatch):
    monkeypatch.setattr(mastodon_tag, "PAGE_SIZE", 3)
    # Mastodon.py compares the reset with the real clock: it must lie in the real future.
    reset = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=5)
    instance.get(TAG_URL, json=payload("tag_page1.json"))
    instance.get(
        TAG_URL,
        status=429,
        json={"error": "Too many requests"},
        headers={"X-RateLimit-Reset": reset.isoformat(), "X-RateLimit-Remaining": "0"},
    )
    with pytest.raises(FetchInterrupted) as caught:
        mastodon_tag.collect(
            "presidentielle2017", {"since_id": "109876543209999999"}, now=NOW, client=client
        )
    error = caught.value
    assert error.http_status == 429
    assert abs((error.retry_at - reset).total_seconds()) < 5
    assert len(error.batch.posts) == 3
    assert error.batch.cursor == {"since_id": "109876543210000003"}


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (401, payload("error_401.json"), mastodon_tag.ENV_TOKEN),
        (500, {"error": "Internal Server Error"}, "HTTP 500"),
        (503, "<html><title>Maintenance</title></html>", "HTTP 503"),
        (200, "{garbage", "not a timeline"),
        (200, {"error": "not a list"}, "not a list of statuses"),
    ],
)
def test_errors_and_garbage_are_fetch_errors(client, instance, status, body, expected):
    if isinstance(body, str):
        instance.get(TAG_URL, status=status, body=body)
    else:
        instance.get(TAG_URL, status=status, json=body)
    with pytest.raises(FetchError, match=expected) as caught:
        mastodon_tag.collect("presidentielle2017", {"since_id": "1"}, now=NOW, client=client)
    assert not isinstance(caught.value, FetchInterrupted)
    if status == 401:
        assert caught.value.retry_at == NOW + mastodon_tag.AUTH_RETRY


def test_a_server_is_required():
    with pytest.raises(FetchError, match="server"):
        mastodon_tag.make_client({}, "")
