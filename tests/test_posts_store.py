"""Tests of primaries.posts: stored once, counters refreshed, stories grouped, bad text kept safe.

Each test runs on SQLite and, when the server answers, on PostgreSQL in a schema of its own.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, select, text

from primaries import posts as store
from primaries.db import make_engine, upgrade
from primaries.models import Post, Story
from sources import jsonl_replay, mastodon_tag, x_search
from sources.records import PostRecord

SOCIAL = Path(__file__).resolve().parent / "data" / "social"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
NOW = datetime(2017, 4, 23, 18, 10, tzinfo=UTC)
ORIGINAL = "855897001234567168"


def _pg_reachable() -> bool:
    try:
        probe = create_engine(PG_URL, connect_args={"connect_timeout": 2})
        with probe.connect():
            pass
        probe.dispose()
        return True
    except Exception:
        return False


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    """A migrated database: a fresh SQLite file, or a fresh PostgreSQL schema dropped after."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'posts.db'}")
        upgrade(engine)
        yield engine
        engine.dispose()
        return
    if not _pg_reachable():
        pytest.skip("PostgreSQL not reachable on 127.0.0.1:5432")
    schema = f"test_posts_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(PG_URL)

    @event.listens_for(engine, "connect")
    def _search_path(dbapi_connection, _record):
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f'SET search_path TO "{schema}"')
        dbapi_connection.commit()

    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def x_page(name: str) -> list[PostRecord]:
    return x_search.parse(json.loads((SOCIAL / "x" / name).read_text(encoding="utf-8")))


def rows(engine, table):
    with engine.connect() as conn:
        return {
            (r.platform, r.platform_id) if table is Post else r.id: r
            for r in conn.execute(select(table.__table__))
        }


def post(platform_id: str, text_: str, author: str = "a", **fields) -> PostRecord:
    values = {"posted_at": NOW - timedelta(minutes=5)} | fields
    return PostRecord(platform="x", platform_id=platform_id, author=author, text=text_, **values)


def figures(engine) -> dict[int, tuple]:
    return {
        s.id: (s.posts, s.accounts, s.reach, s.first_seen, s.last_seen)
        for s in rows(engine, Story).values()
    }


def test_retweets_quotes_and_copies_group_into_one_story(engine):
    result = store.store_posts(engine, x_page("search_page1.json"), source="x", now=NOW)
    assert (result.new, result.seen_again, result.stories_new) == (3, 0, 2)
    result = store.store_posts(engine, x_page("search_page2.json"), source="x", now=NOW)
    assert (result.new, result.seen_again) == (2, 1)
    store.store_posts(engine, x_page("search_newer.json"), source="x", now=NOW)
    posts = rows(engine, Post)
    rumour = posts[("x", ORIGINAL)].story_id
    # The retweet and the quote came before the original; they grouped by its text, and
    # the original and a pasted copy (case, emoji, no link) joined them.
    for pid in ("855898812637663232", "855898500123451392", "855899900000000001"):
        assert posts[("x", pid)].story_id == rumour
    assert posts[("x", "855898100987654144")].story_id != rumour  # "@lucie_m source ?"
    story = rows(engine, Story)[rumour]
    assert story.posts == 4 and story.accounts == 4
    assert story.first_seen == datetime(2017, 4, 23, 17, 58, 2, tzinfo=UTC)
    # The story says what was spread, not the quoting comment.
    assert story.text.startswith("Macron en tête à Paris")
    # reach: retweet 1; quote 1+3+0+2; original 1+41+4+7; copy 1.
    assert story.reach == 1 + 6 + 53 + 1


def test_seen_again_updates_counters_and_reach_not_the_evidence(engine):
    store.store_posts(engine, x_page("search_page2.json"), source="x", now=NOW)
    before = rows(engine, Post)[("x", ORIGINAL)]
    grown = [
        dataclasses.replace(p, reposts=p.reposts + 100, text="edited?", raw='{"later": true}')
        for p in x_page("search_page2.json")
    ]
    later = NOW + timedelta(minutes=30)
    result = store.store_posts(engine, grown, source="x", now=later)
    assert (result.new, result.seen_again) == (0, 3)
    after = rows(engine, Post)[("x", ORIGINAL)]
    assert after.reposts == before.reposts + 100
    assert after.text == before.text and after.raw == before.raw  # the first copy is evidence
    assert after.first_seen == NOW and after.last_seen == later
    story = rows(engine, Story)[after.story_id]
    assert story.reach == 1 + 141 + 4 + 7
    assert len(rows(engine, Post)) == 3


def test_repost_of_a_stored_post_joins_its_story_even_with_other_text(engine):
    store.store_posts(
        engine, [post("1", "Hollande 56 % en Corrèze", author="h")], source="x", now=NOW
    )
    repost = post("2", "RT @h: Hollande 56 % en Corr…", author="b", repost_of="1")
    quote = post("3", "C'est faux.", author="c", quote_of="1")
    store.store_posts(engine, [repost, quote], source="x", now=NOW)
    posts = rows(engine, Post)
    assert posts[("x", "2")].story_id == posts[("x", "3")].story_id == posts[("x", "1")].story_id
    assert rows(engine, Story)[posts[("x", "1")].story_id].accounts == 3


def test_reposts_of_an_original_in_the_same_batch_follow_it(engine):
    batch = [
        post("11", "RT @o: truncated…", author="b", repost_of="10"),
        post("10", "Aubry en tête au Canada", author="o"),
        post("12", "RT @b: RT @o: truncated…", author="c", repost_of="11"),
    ]
    store.store_posts(engine, batch, source="x", now=NOW)
    posts = rows(engine, Post)
    assert len({posts[("x", pid)].story_id for pid in ("10", "11", "12")}) == 1


def test_incremental_figures_equal_a_full_recount(engine, monkeypatch):
    monkeypatch.setattr(store, "CHUNK", 7)  # many chunks, stories spanning them
    texts = ["Macron 24 % à Paris", "Le Pen devant dans le Nord", "Fillon 3e ?"]
    records = []
    for i in range(120):
        records.append(
            post(
                str(1000 + i),
                texts[i % 3].upper() if i % 2 else texts[i % 3] + " 🔥",
                author=f"u{i % 17}",
                posted_at=NOW - timedelta(minutes=i),
                reposts=i % 5,
                replies=i % 3,
                repost_of=str(1000 + i - 3) if i % 4 == 3 else None,
            )
        )
    records += records[:20]  # seen again in the same call
    result = store.store_posts(engine, records, source="x", now=NOW)
    assert result.new == 120 and result.seen_again == 20
    incremental = figures(engine)
    assert len(incremental) == 3
    assert sum(f[0] for f in incremental.values()) == 120
    assert store.recount_stories(engine) == 3
    assert figures(engine) == incremental


def test_deletions_are_marked_never_erased(engine):
    path = SOCIAL / "replay" / "night.jsonl"
    batch = jsonl_replay.collect(path, {}, now=datetime(2011, 10, 9, 23, 0, tzinfo=UTC))
    result = store.store_posts(engine, batch.posts, source="replay", now=NOW)
    assert result.deleted == 1
    r3 = rows(engine, Post)[("replay", "r3")]
    assert r3.deleted and r3.text.startswith("aubry EN TÊTE")
    r1 = rows(engine, Post)[("replay", "r1")]
    assert r1.reposts == 40 and r1.story_id == r3.story_id  # r1 updated within the batch
    assert store.mark_deleted(engine, "replay", ["r1", "r3", "nope"], now=NOW) == 1
    assert rows(engine, Post)[("replay", "r1")].deleted
    assert len(rows(engine, Post)) == 5


def test_same_status_through_two_servers_is_stored_once(engine):
    page = json.loads((SOCIAL / "mastodon" / "tag_page1.json").read_text(encoding="utf-8"))
    first = store.store_posts(engine, mastodon_tag.parse(page), source="mastodon-a", now=NOW)
    for status in page:
        status["id"] = str(int(status["id"]) + 7)  # another server, other local ids
    second = store.store_posts(engine, mastodon_tag.parse(page), source="mastodon-b", now=NOW)
    assert (first.new, second.new, second.seen_again) == (3, 0, 3)


def test_hostile_text_is_kept_whole_but_storable(engine):
    long_text = "Macron 24 % " * 20_000
    hostile = [
        post("n1", "Aubry\x00 en tête <script>alert(1)</script>", author="x\x00y"),
        post("n2", "bidi \u202egauche\u202c et surrogate \udcff", author="a" * 500),
        post("n3", long_text, lang="fr-FR-x-very-long-tag"),
        post("n4" * 300, "id trop long"),
        post("n5", "🔥🔥🔥"),
    ]
    result = store.store_posts(engine, hostile, source="x", now=NOW)
    assert result.new == 5
    posts = rows(engine, Post)
    assert posts[("x", "n1")].text == "Aubry en tête <script>alert(1)</script>"
    assert posts[("x", "n1")].author == "xy"
    assert posts[("x", "n2")].text == "bidi \u202egauche\u202c et surrogate ?"
    assert len(posts[("x", "n2")].author) == 200
    assert posts[("x", "n3")].text == long_text
    assert any(pid.startswith("sha256:") for _, pid in posts)
    assert posts[("x", "n5")].story_id is None  # nothing to group by


def test_display_text_strips_controls_and_bidi_and_truncates():
    shown = store.display_text(
        "Le Pen\u202e 52 %\u202c\x07\x1b[31m\nligne 2\u2066x\u2069", limit=500
    )
    assert shown == "Le Pen 52 %[31m\nligne 2x"
    assert store.display_text("a" * 600, limit=10) == "a" * 9 + "…"
    assert store.display_text("<b>gras</b>") == "<b>gras</b>"  # escaping is the template's job


def test_add_tip_stores_a_post_and_a_story(engine):
    tip_id = store.add_tip(
        engine, "Un assesseur : Hamon 6 % à Lille", url="https://t.example/1", now=NOW
    )
    (tip,) = [p for p in rows(engine, Post).values() if p.platform == "tip"]
    assert tip.id == tip_id and tip.author == "anonymous" and tip.source == "tip"
    assert tip.url == "https://t.example/1" and tip.story_id is not None
    assert json.loads(tip.raw)["text"] == "Un assesseur : Hamon 6 % à Lille"
    with pytest.raises(ValueError):
        store.add_tip(engine, "  \x00 ", now=NOW)


def test_a_failure_mid_stream_keeps_the_chunks_already_stored(engine, monkeypatch):
    monkeypatch.setattr(store, "CHUNK", 5)

    def stream():
        for i in range(12):
            yield post(f"s{i}", f"rumeur numéro {i}")
        raise RuntimeError("collector crashed")

    with pytest.raises(RuntimeError):
        store.store_posts(engine, stream(), source="x", now=NOW)
    assert len(rows(engine, Post)) == 10
    result = store.store_posts(
        engine, [post(f"s{i}", f"rumeur numéro {i}") for i in range(12)], source="x", now=NOW
    )
    assert (result.new, result.seen_again) == (2, 10)


def test_naive_now_is_refused(engine):
    with pytest.raises(ValueError):
        store.store_posts(engine, [], source="x", now=datetime(2017, 4, 23, 18, 0))
