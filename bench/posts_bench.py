"""Benchmark: store and group 100,000 election-night posts in a fresh SQLite database.

Run `python -m bench.posts_bench [N]`. The posts are generated on the fly (never all in memory):
a few thousand rumours copied with case, accent, emoji and URL variants, 30 % retweets of earlier
posts (a third of them of five viral posts), quotes, 5 % of posts polled again with grown
counters, raw JSON of a realistic size. Prints the seconds spent in `store_posts` (generation
included, about 1.5 s of it) and the peak resident memory of the process.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from primaries.db import make_engine, upgrade
from primaries.models import Post, Story
from primaries.posts import store_posts
from sources.records import PostRecord
from sources.text import to_json

CANDIDATES = ["Macron", "Le Pen", "Fillon", "Mélenchon", "Hamon", "Dupont-Aignan"]
PLACES = ["Paris", "Lyon", "Marseille", "Lille", "Montréal", "la Corrèze", "le Nord", "Toulouse"]
TEMPLATES = [
    "{c} en tête à {p} selon les premiers bureaux : {n} %",
    "#RadioLondres les {c2} sont à {n} à {p}",
    "Énorme : {c} serait devant à {p} avec {n}% des voix",
    "D'après un assesseur, {c} fait {n} % à {p}, {c2} derrière",
    "{p} : {c} {n} %, {c2} {m} % (sur {k} % des bureaux)",
]
DECOR = ["", " 🔥", " !!!", " 😱😱", " https://t.co/{u}", " via @afpfr", "  "]


def rumours(rng: random.Random, count: int) -> list[str]:
    """Distinct rumour texts."""
    texts = []
    for _ in range(count):
        c, c2 = rng.sample(CANDIDATES, 2)
        texts.append(
            rng.choice(TEMPLATES).format(
                c=c,
                c2=c2,
                p=rng.choice(PLACES),
                n=rng.randint(5, 45),
                m=rng.randint(5, 45),
                k=rng.randint(10, 90),
            )
        )
    return texts


def variant(rng: random.Random, text: str) -> str:
    """A copy of a text as people paste it: case, decoration, a link."""
    if rng.random() < 0.3:
        text = text.upper() if rng.random() < 0.2 else text.lower()
    return text + rng.choice(DECOR).format(u=rng.randrange(10**9))


def generate(n: int, seed: int = 2017) -> Iterator[PostRecord]:
    """n posts of one election-night hour, streamed."""
    rng = random.Random(seed)
    texts = rumours(rng, 4000)
    start = datetime(2017, 4, 23, 18, 0, tzinfo=UTC)
    recent: list[tuple[str, str, str]] = []  # (id, author, text) of recent originals
    emitted = 0
    next_id = 850_000_000_000_000_000
    while emitted < n:
        when = start + timedelta(seconds=3600 * emitted / n)
        if recent and rng.random() < 0.05:
            # A post polled again, counters grown.
            post_id, author, text = rng.choice(recent)
            record = _post(post_id, author, text, when, rng, grown=True)
        elif recent and rng.random() < 0.32:
            # A third of the retweets go to the night's few viral posts: stories of 10k posts.
            pool = recent[:5] if rng.random() < 0.35 else recent
            original_id, original_author, text = rng.choice(pool)
            next_id += rng.randint(1, 10**6)
            author = f"user{rng.randrange(40_000)}"
            quoted = rng.random() < 0.15
            record = _post(
                str(next_id),
                author,
                f"Vrai ou pas ? {text}" if quoted else f"RT @{original_author}: {text[:110]}",
                when,
                rng,
                repost_of=None if quoted else original_id,
                quote_of=original_id if quoted else None,
                ref_text=text,
            )
        else:
            next_id += rng.randint(1, 10**6)
            author = f"user{rng.randrange(40_000)}"
            text = variant(rng, rng.choice(texts))
            record = _post(str(next_id), author, text, when, rng)
            recent.append((record.platform_id, author, text))
            if len(recent) > 5000:
                recent.pop(5)  # the first five stay: they are the viral ones
        emitted += 1
        yield record


def _post(
    post_id: str,
    author: str,
    text: str,
    when: datetime,
    rng: random.Random,
    *,
    grown: bool = False,
    repost_of: str | None = None,
    quote_of: str | None = None,
    ref_text: str | None = None,
) -> PostRecord:
    """One generated post with raw JSON in the X API v2 shape."""
    scale = 50 if grown else 5
    metrics = {
        "retweet_count": rng.randrange(scale),
        "reply_count": rng.randrange(scale),
        "like_count": rng.randrange(scale * 4),
        "quote_count": rng.randrange(scale // 5 + 1),
    }
    refs = []
    if repost_of:
        refs.append({"type": "retweeted", "id": repost_of})
    if quote_of:
        refs.append({"type": "quoted", "id": quote_of})
    raw = {
        "data": {
            "id": post_id,
            "text": text,
            "author_id": str(abs(hash(author)) % 10**12),
            "created_at": when.isoformat().replace("+00:00", ".000Z"),
            "lang": "fr",
            "edit_history_tweet_ids": [post_id],
            "public_metrics": metrics,
            "referenced_tweets": refs,
            "conversation_id": post_id,
        },
        "includes": {"users": [{"id": "1", "name": author.title(), "username": author}]},
    }
    return PostRecord(
        platform="x",
        platform_id=post_id,
        author=author,
        author_name=author.title(),
        text=text,
        posted_at=when,
        url=f"https://x.com/{author}/status/{post_id}",
        lang="fr",
        raw=to_json(raw),
        reposts=metrics["retweet_count"],
        quotes=metrics["quote_count"],
        likes=metrics["like_count"],
        replies=metrics["reply_count"],
        repost_of=repost_of,
        quote_of=quote_of,
        extra=(("ref_text", ref_text),) if ref_text else (),
    )


def main(argv: list[str]) -> None:
    """Run the benchmark and print its figures."""
    n = int(argv[0]) if argv else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        upgrade(engine)
        now = datetime(2017, 4, 23, 19, 0, tzinfo=UTC)
        started = time.perf_counter()
        result = store_posts(engine, generate(n), source="bench", now=now)
        elapsed = time.perf_counter() - started
        with engine.connect() as conn:
            posts = conn.execute(select(func.count()).select_from(Post)).scalar_one()
            stories = conn.execute(select(func.count()).select_from(Story)).scalar_one()
            biggest = conn.execute(select(func.max(Story.posts))).scalar_one()
        engine.dispose()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"posts given     {n:>9,}")
    print(f"stored new      {result.new:>9,}   seen again {result.seen_again:,}")
    print(f"posts in db     {posts:>9,}   stories {stories:,} (largest {biggest:,} posts)")
    print(f"store_posts     {elapsed:>9.2f} s  ({n / elapsed:,.0f} posts/s)")
    print(f"peak RSS        {peak_mib:>9.1f} MiB")


if __name__ == "__main__":
    main(sys.argv[1:])
