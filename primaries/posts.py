"""Store stage: social posts stored once, grouped into stories with their spread; readers' tips.

A post is stored once per (platform, platform id), its raw JSON kept as evidence; seen again,
only its spread counters (and its deletion mark) change. Posts are grouped into a Story: a
repost or a quote joins the story of the post it points at when that one is stored, otherwise
posts join by a fingerprint of their normalised text (case, accents, URLs, emoji, punctuation,
whitespace and "RT @x:" prefixes removed; a repost or quote groups by the original's text when
the platform sent it along). A post with no text left once normalised (an image, an emoji) is
kept but joins no story.

Story figures are kept up to date incrementally (never rescanned): `posts`, `accounts`
(distinct authors), `reach` (each post counts 1 plus the reposts, quotes and replies the
platform reports for it; a repost counts 1, since its counters are the original's), and
`first_seen`/`last_seen`, the earliest and latest posting times of its posts (never after the
time they were stored). `recount_stories` recomputes them from the posts, should a concurrent
writer ever have raced.

Everything is bulk: posts go in chunks of CHUNK, each chunk in one transaction with a handful of
statements, so 100,000 posts take seconds and memory stays bounded whatever the input's length.
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    bindparam,
    case,
    distinct,
    func,
    select,
    update,
)
from sqlalchemy import insert as generic_insert
from sqlalchemy.dialects import postgresql, sqlite

from primaries.bulk import chunks
from primaries.models import POST, STORY, UTCDateTime
from sources.records import PostRecord
from sources.text import clean_text, fingerprint, to_json
from sources.text import display_text as _display_text

CHUNK = 2000  # posts per transaction; keeps every IN list far below the backends' limits
TIP_PLATFORM = "tip"
# VARCHAR limits of the post table (PostgreSQL enforces them; SQLite would not).
_LIMITS = {
    "platform": 16,
    "platform_id": 200,
    "source": 100,
    "author": 200,
    "author_name": 200,
    "lang": 16,
    "repost_of": 200,
    "quote_of": 200,
}


@dataclass
class StoreResult:
    """What one call to store_posts did."""

    new: int = 0  # posts stored for the first time
    seen_again: int = 0  # posts already stored (counters refreshed)
    stories_new: int = 0
    deleted: int = 0  # posts newly marked as deleted at the source


def display_text(text: str, limit: int = 500) -> str:
    """A post's text safe to lay out: no control or bidi-override characters, truncated."""
    return _display_text(text, limit)


def _cut(value: str | None, column: str) -> str | None:
    """A value cut to its column's length (a platform id longer than that is hashed instead)."""
    if value is None:
        return None
    limit = _LIMITS[column]
    if len(value) <= limit:
        return value
    if column in ("platform_id", "repost_of", "quote_of"):
        # Cutting an id could merge two posts; a hash keeps it unique and stable.
        return "sha256:" + hashlib.sha256(value.encode("utf-8")).hexdigest()
    return value[:limit]


def _spread(record: PostRecord) -> int:
    """What one post adds to its story's reach."""
    if record.repost_of:
        return 1
    return 1 + record.reposts + record.quotes + record.replies


def _clean(record: PostRecord) -> PostRecord:
    """The record with every string storable (NUL and lone surrogates gone, lengths kept)."""
    return PostRecord(
        platform=_cut(clean_text(record.platform) or "unknown", "platform"),  # type: ignore[arg-type]
        platform_id=_cut(clean_text(record.platform_id), "platform_id"),  # type: ignore[arg-type]
        author=_cut(clean_text(record.author), "author"),  # type: ignore[arg-type]
        text=clean_text(record.text),
        posted_at=record.posted_at,
        url=clean_text(record.url),
        author_name=_cut(clean_text(record.author_name), "author_name"),  # type: ignore[arg-type]
        lang=_cut(clean_text(record.lang), "lang") if record.lang else None,
        raw=clean_text(record.raw) or "{}",
        reposts=max(record.reposts, 0),
        quotes=max(record.quotes, 0),
        likes=max(record.likes, 0),
        replies=max(record.replies, 0),
        repost_of=_cut(clean_text(record.repost_of), "repost_of") if record.repost_of else None,
        quote_of=_cut(clean_text(record.quote_of), "quote_of") if record.quote_of else None,
        deleted=record.deleted,
        extra=record.extra,
    )


def group_text(record: PostRecord) -> str:
    """The text a post groups by when its original is not stored: the original's text for a
    repost or a quote the platform sent it with, else its own text."""
    if record.repost_of or record.quote_of:
        ref_text = dict(record.extra).get("ref_text")
        if ref_text:
            return ref_text
    return record.text


def group_key(record: PostRecord) -> str | None:
    """The fingerprint a post groups by (see group_text); None when no text is left."""
    return fingerprint(group_text(record))


def _insert(conn: Connection, table: Any) -> Any:
    """An INSERT that skips rows whose unique key is already there (both backends)."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table)
    return generic_insert(table)


def _insert_ignoring(conn: Connection, table: Any, keys: list[str], rows: list[dict]) -> None:
    """Insert rows, silently skipping those a concurrent writer stored first."""
    if not rows:
        return
    statement = _insert(conn, table)
    if hasattr(statement, "on_conflict_do_nothing"):
        statement = statement.on_conflict_do_nothing(index_elements=keys)
    conn.execute(statement, rows)


def store_posts(
    engine: Engine, posts: Iterable[PostRecord], *, source: str, now: datetime
) -> StoreResult:
    """Store posts (streamed, in chunks), refresh those seen before, group them into stories."""
    if now.tzinfo is None:
        raise ValueError("store_posts needs an aware `now`")
    result = StoreResult()
    source = _cut(clean_text(source), "source") or ""
    for chunk in chunks(posts, CHUNK):
        # One transaction per chunk: a failure later on loses nothing already stored.
        with engine.begin() as conn:
            _store_chunk(conn, chunk, source, now, result)
    return result


def _unique(chunk: list[PostRecord]) -> dict[tuple[str, str], PostRecord]:
    """The chunk keyed by (platform, id); a later copy wins, but a deletion mark stays."""
    unique: dict[tuple[str, str], PostRecord] = {}
    for raw in chunk:
        record = _clean(raw)
        key = (record.platform, record.platform_id)
        before = unique.get(key)
        if before is not None and record.deleted and not record.text:
            record = _with_deleted(before)  # a bare deletion notice keeps the earlier content
        elif before is not None and before.deleted:
            record = _with_deleted(record)
        unique[key] = record
    return unique


def _with_deleted(record: PostRecord) -> PostRecord:
    """The same record, marked deleted."""
    return dataclasses.replace(record, deleted=True)


def _stored(conn: Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    """The stored rows (id, story, counters, deleted) of these (platform, id) keys."""
    by_platform: dict[str, list[str]] = defaultdict(list)
    for platform, platform_id in keys:
        by_platform[platform].append(platform_id)
    found: dict[tuple[str, str], Any] = {}
    for platform, ids in by_platform.items():
        rows = conn.execute(
            select(
                POST.c.id,
                POST.c.platform_id,
                POST.c.story_id,
                POST.c.reposts,
                POST.c.quotes,
                POST.c.replies,
                POST.c.repost_of,
                POST.c.deleted,
            ).where(POST.c.platform == platform, POST.c.platform_id.in_(ids))
        )
        for row in rows:
            found[(platform, row.platform_id)] = row
    return found


def _refresh(
    conn: Connection,
    seen: list[tuple[PostRecord, Any]],
    now: datetime,
    reach: dict[int, int],
    result: StoreResult,
) -> None:
    """Update the counters of posts seen again, mark deletions, collect their stories' reach."""
    updates = []
    for record, row in seen:
        notice = record.deleted and not record.text  # a bare deletion notice carries no counters
        counters = (
            (row.reposts, row.quotes, record.likes, row.replies)
            if notice
            else (record.reposts, record.quotes, record.likes, record.replies)
        )
        if record.deleted and not row.deleted:
            result.deleted += 1
        if row.story_id is not None and not notice and not row.repost_of:
            delta = (record.reposts + record.quotes + record.replies) - (
                row.reposts + row.quotes + row.replies
            )
            if delta:
                reach[row.story_id] += delta
        updates.append(
            {
                "b_id": row.id,
                "b_reposts": counters[0],
                "b_quotes": counters[1],
                "b_likes": counters[2] if not notice else None,
                "b_replies": counters[3],
                "b_deleted": bool(row.deleted or record.deleted),
                "b_last_seen": now,
            }
        )
    if not updates:
        return
    conn.execute(
        update(POST)
        .where(POST.c.id == bindparam("b_id"))
        .values(
            reposts=bindparam("b_reposts"),
            quotes=bindparam("b_quotes"),
            likes=func.coalesce(bindparam("b_likes", type_=Integer), POST.c.likes),
            replies=bindparam("b_replies"),
            deleted=bindparam("b_deleted"),
            last_seen=bindparam("b_last_seen", type_=UTCDateTime()),
        ),
        updates,
    )


def _ref_stories(
    conn: Connection, new: dict[tuple[str, str], PostRecord]
) -> dict[tuple[str, str], int | None]:
    """The story of every stored post that a new post reposts or quotes."""
    refs = {
        (record.platform, ref)
        for record in new.values()
        for ref in (record.repost_of, record.quote_of)
        if ref
    }
    refs -= set(new)
    return {key: row.story_id for key, row in _stored(conn, refs).items()}


def _story_ids(
    conn: Connection,
    wanted: dict[str, PostRecord],
    now: datetime,
    result: StoreResult,
) -> dict[str, int]:
    """The story id of each fingerprint, creating the stories not there yet."""
    ids: dict[str, int] = {}
    keys = list(wanted)
    if not keys:
        return ids
    for row in conn.execute(
        select(STORY.c.id, STORY.c.fingerprint).where(STORY.c.fingerprint.in_(keys))
    ):
        ids[row.fingerprint] = row.id
    missing = [key for key in keys if key not in ids]
    if missing:
        rows = []
        for key in missing:
            first = wanted[key]
            when = min(first.posted_at, now)
            rows.append(
                {
                    "fingerprint": key,
                    "text": group_text(first),  # what the story says: the claims come from it
                    "first_seen": when,
                    "last_seen": when,
                    "posts": 0,
                    "accounts": 0,
                    "reach": 0,
                    "round": None,
                    "read_at": None,
                    # A story a reader's tip starts waits for an editor, from its first instant.
                    "status": "pending" if first.platform == TIP_PLATFORM else "public",
                }
            )
        _insert_ignoring(conn, STORY, ["fingerprint"], rows)
        for row in conn.execute(
            select(STORY.c.id, STORY.c.fingerprint).where(STORY.c.fingerprint.in_(missing))
        ):
            ids[row.fingerprint] = row.id
        result.stories_new += len(missing)
    return ids


def _assign(
    conn: Connection,
    new: dict[tuple[str, str], PostRecord],
    now: datetime,
    result: StoreResult,
) -> dict[tuple[str, str], int | None]:
    """The story each new post joins (None for a post with no text to group by)."""
    stored_refs = _ref_stories(conn, new)
    route: dict[tuple[str, str], tuple[str, Any]] = {}
    wanted: dict[str, PostRecord] = {}
    for key, record in new.items():
        refs = [(record.platform, r) for r in (record.repost_of, record.quote_of) if r]
        target = next((stored_refs[r] for r in refs if stored_refs.get(r) is not None), None)
        if target is not None:
            route[key] = ("story", target)
            continue
        local = next((r for r in refs if r in new and r != key), None)
        if local is not None:
            route[key] = ("post", local)
            continue
        fp = group_key(record)
        if fp is None:
            route[key] = ("none", None)
            continue
        route[key] = ("fp", fp)
        earlier = wanted.get(fp)
        if earlier is None or record.posted_at < earlier.posted_at:
            wanted[fp] = record  # the story's text is its earliest post's
    fp_ids = _story_ids(conn, wanted, now, result)

    def resolve(key: tuple[str, str], depth: int = 0) -> int | None:
        kind, value = route[key]
        if kind == "story":
            return value
        if kind == "fp":
            return fp_ids.get(value)
        if kind == "post" and depth < 20:  # a chain of reposts of quotes, never a loop
            return resolve(value, depth + 1)
        return None

    return {key: resolve(key) for key in new}


def _new_accounts(conn: Connection, authors: dict[int, set[str]]) -> dict[int, int]:
    """How many of each story's new authors had not posted in it before."""
    if not authors:
        return {}
    all_authors = set().union(*authors.values())
    known: dict[int, set[str]] = defaultdict(set)
    rows = conn.execute(
        select(POST.c.story_id, POST.c.author)
        .where(POST.c.story_id.in_(list(authors)), POST.c.author.in_(list(all_authors)))
        .distinct()
    )
    for row in rows:
        known[row.story_id].add(row.author)
    return {story: len(names - known[story]) for story, names in authors.items()}


def _store_chunk(
    conn: Connection, chunk: list[PostRecord], source: str, now: datetime, result: StoreResult
) -> None:
    """Store one chunk inside the caller's transaction."""
    unique = _unique(chunk)
    stored = _stored(conn, unique)
    reach: dict[int, int] = defaultdict(int)
    seen = [(record, stored[key]) for key, record in unique.items() if key in stored]
    _refresh(conn, seen, now, reach, result)
    # A post twice in one chunk counts as seen again, so new + seen_again = posts given.
    result.seen_again += len(seen) + len(chunk) - len(unique)
    new = {key: record for key, record in unique.items() if key not in stored}
    if not new and not reach:
        return
    stories = _assign(conn, new, now, result)
    posts: dict[int, int] = defaultdict(int)
    authors: dict[int, set[str]] = defaultdict(set)
    first: dict[int, datetime] = {}
    last: dict[int, datetime] = {}
    rows = []
    for key, record in new.items():
        story_id = stories[key]
        if story_id is not None:
            posts[story_id] += 1
            authors[story_id].add(record.author)
            reach[story_id] += _spread(record)
            when = min(record.posted_at, now)
            first[story_id] = min(first.get(story_id, when), when)
            last[story_id] = max(last.get(story_id, when), when)
        if record.deleted:
            result.deleted += 1
        rows.append(_row(record, source, story_id, now))
    accounts = _new_accounts(conn, authors)
    _insert_ignoring(conn, POST, ["platform", "platform_id"], rows)
    result.new += len(rows)
    _bump_stories(conn, reach, posts, accounts, first, last)


def _row(record: PostRecord, source: str, story_id: int | None, now: datetime) -> dict[str, Any]:
    """The post table row of a new post."""
    return {
        "platform": record.platform,
        "platform_id": record.platform_id,
        "source": source,
        "author": record.author,
        "author_name": record.author_name,
        "text": record.text,
        "url": record.url,
        "lang": record.lang,
        "posted_at": record.posted_at,
        "first_seen": now,
        "last_seen": now,
        "raw": record.raw,
        "reposts": record.reposts,
        "quotes": record.quotes,
        "likes": record.likes,
        "replies": record.replies,
        "repost_of": record.repost_of,
        "quote_of": record.quote_of,
        "deleted": record.deleted,
        "story_id": story_id,
    }


def _bump_stories(
    conn: Connection,
    reach: dict[int, int],
    posts: dict[int, int],
    accounts: dict[int, int],
    first: dict[int, datetime],
    last: dict[int, datetime],
) -> None:
    """Add the chunk's figures to its stories, in one executemany."""
    touched = set(reach) | set(posts)
    if not touched:
        return
    first_p = bindparam("b_first", type_=UTCDateTime())
    last_p = bindparam("b_last", type_=UTCDateTime())
    statement = (
        update(STORY)
        .where(STORY.c.id == bindparam("b_id"))
        .values(
            posts=STORY.c.posts + bindparam("b_posts", type_=Integer),
            accounts=STORY.c.accounts + bindparam("b_accounts", type_=Integer),
            reach=STORY.c.reach + bindparam("b_reach", type_=Integer),
            first_seen=case(
                (first_p.is_(None), STORY.c.first_seen),
                (STORY.c.first_seen > first_p, first_p),
                else_=STORY.c.first_seen,
            ),
            last_seen=case(
                (last_p.is_(None), STORY.c.last_seen),
                (STORY.c.last_seen < last_p, last_p),
                else_=STORY.c.last_seen,
            ),
        )
    )
    conn.execute(
        statement,
        [
            {
                "b_id": story_id,
                "b_posts": posts.get(story_id, 0),
                "b_accounts": accounts.get(story_id, 0),
                "b_reach": reach.get(story_id, 0),
                "b_first": first.get(story_id),
                "b_last": last.get(story_id),
            }
            for story_id in sorted(touched)
        ],
    )


def mark_deleted(
    engine: Engine, platform: str, platform_ids: Iterable[str], *, now: datetime
) -> int:
    """Mark posts deleted at their source (their text stays: it is evidence); how many changed."""
    changed = 0
    for batch in chunks(platform_ids, CHUNK):
        with engine.begin() as conn:
            outcome = conn.execute(
                update(POST)
                .where(
                    POST.c.platform == platform,
                    POST.c.platform_id.in_(batch),
                    POST.c.deleted.is_(False),
                )
                .values(deleted=True, last_seen=now)
            )
            changed += outcome.rowcount or 0
    return changed


def recount_stories(engine: Engine, story_ids: Iterable[int] | None = None) -> int:
    """Recompute story figures from their posts (a repair tool); how many stories were rewritten."""
    spread = case(
        (POST.c.repost_of.is_not(None), 1),
        else_=1 + POST.c.reposts + POST.c.quotes + POST.c.replies,
    )
    # A post's time counts as posted, unless it claims a time after we stored it.
    seen = case((POST.c.posted_at > POST.c.first_seen, POST.c.first_seen), else_=POST.c.posted_at)
    query = select(
        POST.c.story_id,
        func.count().label("posts"),
        func.count(distinct(POST.c.author)).label("accounts"),
        func.sum(spread).label("reach"),
        func.min(seen, type_=UTCDateTime()).label("first_seen"),
        func.max(seen, type_=UTCDateTime()).label("last_seen"),
    ).where(POST.c.story_id.is_not(None))
    if story_ids is not None:
        query = query.where(POST.c.story_id.in_(list(story_ids)))
    query = query.group_by(POST.c.story_id)
    with engine.begin() as conn:
        rows = [
            {
                "b_id": row.story_id,
                "b_posts": row.posts,
                "b_accounts": row.accounts,
                "b_reach": int(row.reach or 0),
                "b_first": row.first_seen,
                "b_last": row.last_seen,
            }
            for row in conn.execute(query)
        ]
        if rows:
            conn.execute(
                update(STORY)
                .where(STORY.c.id == bindparam("b_id"))
                .values(
                    posts=bindparam("b_posts"),
                    accounts=bindparam("b_accounts"),
                    reach=bindparam("b_reach"),
                    first_seen=bindparam("b_first", type_=UTCDateTime()),
                    last_seen=bindparam("b_last", type_=UTCDateTime()),
                ),
                rows,
            )
    return len(rows)


def add_tip(
    engine: Engine,
    text: str,
    url: str | None = None,
    author: str | None = None,
    *,
    now: datetime,
    pending: bool = True,
) -> int:
    """Store a reader's or an editor's tip as a post of platform "tip"; its post id.

    A tip that starts a story leaves it "pending" (unless `pending` is off): no public page, feed
    or API shows it until an editor approves it (primaries.newsroom.review_tip). A tip whose text joins a story already
    public adds nothing public but its spread; its post stays off public pages.
    """
    if not clean_text(text).strip():
        raise ValueError("a tip needs some text")
    tip_id = uuid.uuid4().hex
    record = PostRecord(
        platform=TIP_PLATFORM,
        platform_id=tip_id,
        author=clean_text(author or "").strip() or "anonymous",
        text=text,
        posted_at=now,
        url=clean_text(url or "").strip(),
        raw=to_json({"text": text, "url": url, "author": author, "received_at": now}),
    )
    stored = store_posts(engine, [record], source=TIP_PLATFORM, now=now)
    with engine.begin() as conn:
        post_id, story_id = conn.execute(
            select(POST.c.id, POST.c.story_id).where(
                POST.c.platform == TIP_PLATFORM, POST.c.platform_id == tip_id
            )
        ).one()
        if not pending and stored.stories_new and story_id is not None:
            conn.execute(update(STORY).where(STORY.c.id == story_id).values(status="public"))
        return post_id
