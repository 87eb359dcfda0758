"""Tests of the RSS/Atom source on recorded feeds, faked at the requests layer."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
import responses
from responses import matchers

from sources import rss
from sources.records import FetchError

DATA = Path(__file__).resolve().parent / "data" / "social" / "rss"
FEED = "https://quotidien.example.fr/presidentielle/direct.rss"
ATOM = "https://agence.example.org/politique.atom"
NOW = datetime(2017, 4, 23, 16, 15, tzinfo=UTC)


@pytest.fixture
def session() -> requests.Session:
    return rss.make_client({})


def test_rss2_entries_become_posts():
    posts, skipped = rss.parse_page((DATA / "live_rss2.xml").read_bytes(), url=FEED)
    assert len(posts) == 2 and len(skipped) == 1 and "no date" in skipped[0]
    first = posts[0]
    assert first.platform == "rss"
    assert first.platform_id == f"{FEED}#post-1812"  # a bare guid is made unique to its feed
    assert first.author == "Le Quotidien du Soir – direct présidentielle"
    assert first.author_name == "Service politique"
    assert first.text == (
        "Les rumeurs de résultats belges ne sont pas des chiffres officiels\n"
        "Des « estimations » attribuées à des médias belges circulent : aucune n'est officielle."
    )
    assert first.posted_at == datetime(2017, 4, 23, 16, 8, tzinfo=UTC)
    assert first.url.endswith("#post-1812") and first.lang == "fr-FR"
    # A summary that repeats the title is not doubled.
    assert posts[1].text == "Participation à 17 h : 69,42 % selon le ministère de l'Intérieur."
    assert json.loads(first.raw)["id"] == "post-1812"


def test_undated_entries_take_the_fetch_time_when_given():
    posts = rss.parse((DATA / "live_rss2.xml").read_bytes(), url=FEED, now=NOW)
    undated = next(p for p in posts if p.platform_id.endswith("post-1700"))
    assert undated.posted_at == NOW


def test_atom_entries_use_content_and_global_ids():
    posts = rss.parse((DATA / "wire_atom.xml").read_bytes(), url=ATOM)
    by_id = {p.platform_id: p for p in posts}
    first = by_id["tag:agence.example.org,2017:dep-88412"]
    assert first.posted_at == datetime(2017, 4, 23, 16, 12, tzinfo=UTC)
    assert first.text.startswith(
        "Présidentielle : premiers résultats attendus à 20 h\nLes premiers"
    )
    assert first.author == "Agence Exemple – Politique" and first.lang == "fr"
    second = by_id["tag:agence.example.org,2017:dep-88400"]
    # Only <updated>: that is its time. Its content starts with its title: not doubled.
    assert second.posted_at == datetime(2017, 4, 23, 15, 40, tzinfo=UTC)
    assert second.text.count("Macron en tête en Guyane") == 1


@responses.activate
def test_conditional_get_then_304_costs_nothing(session):
    body = (DATA / "live_rss2.xml").read_bytes()
    responses.get(
        FEED, body=body, headers={"ETag": '"live-42"', "Content-Type": "application/rss+xml"}
    )
    first = rss.collect(FEED, {}, now=NOW, client=session)
    assert len(first.posts) == 3 and first.cursor == {"etag": '"live-42"'}
    responses.replace(
        responses.GET,
        FEED,
        status=304,
        match=[matchers.header_matcher({"If-None-Match": '"live-42"'})],
    )
    second = rss.collect(FEED, first.cursor, now=NOW, client=session)
    assert second.posts == [] and second.cursor == {"etag": '"live-42"'}


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (500, b"Internal Server Error", "HTTP 500"),
        (200, b"<!DOCTYPE html><html><head><title>Erreur</title></head></html>", "HTML page"),
        (200, b"", "empty"),
        (200, b"\x89PNG\r\n\x1a\n\x00\x00garbage bytes", "not an RSS or Atom feed"),
        (200, b'{"items": []}', "not an RSS or Atom feed"),
    ],
)
@responses.activate
def test_errors_and_garbage_are_fetch_errors(session, status, body, expected):
    responses.get(FEED, status=status, body=body)
    with pytest.raises(FetchError, match=expected):
        rss.collect(FEED, {}, now=NOW, client=session)


@responses.activate
def test_network_failure_is_a_fetch_error(session):
    responses.get(FEED, body=requests.ConnectionError("refused"))
    with pytest.raises(FetchError, match="network error"):
        rss.collect(FEED, {}, now=NOW, client=session)
