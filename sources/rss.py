"""Collect stage: newsroom live blogs and wires (RSS 2.0 and Atom), read with feedparser.

The bytes are fetched with requests (conditional GET: ETag / Last-Modified kept in the cursor,
a 304 costs nothing) so that the HTTP layer can be faked; feedparser only parses. Each entry is
one post of platform "rss"; its id is the entry's guid/id (prefixed with the feed URL when the
guid is not globally unique), and the store keeps it once however often the feed repeats it.

Cursor: {"etag": str, "last_modified": str} as the server sent them.
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
import requests

from sources.http import check_payload, fetch_bytes
from sources.records import FeedError, FetchError, PostRecord
from sources.text import Batch, clean_text, html_to_text, to_json, utc_time

KIND = "rss"
# What the scheduler needs: it feeds posts, read from the source's URL (the feed).
FEEDS = "posts"
TARGET = "url"
PLATFORM = "rss"
TIMEOUT = 10
_GLOBAL_ID = ("http://", "https://", "urn:", "tag:")


def make_client(env: Mapping[str, str], server: str = "") -> requests.Session:
    """A requests session (feeds need no credentials)."""
    session = requests.Session()
    session.headers["User-Agent"] = "primaries/0.1 (election-night news reader)"
    return session


def _time(entry: Mapping[str, Any]) -> datetime | None:
    """When an entry was published (or, failing that, updated), as UTC."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    for key in ("published", "updated"):
        when = utc_time(entry.get(key))
        if when:
            return when
    return None


def _entry_id(entry: Mapping[str, Any], feed_url: str) -> str:
    """A stable id for an entry: its guid or id, else its link, else a hash of its title."""
    ident = str(entry.get("id") or entry.get("link") or "").strip()
    if not ident:
        title = str(entry.get("title") or "") + str(entry.get("published") or "")
        ident = "sha256:" + hashlib.sha256(title.encode("utf-8", "replace")).hexdigest()
    # A bare guid ("12345") is only unique within its feed.
    return ident if ident.startswith(_GLOBAL_ID) else f"{feed_url}#{ident}"


def _entry(
    entry: Mapping[str, Any], feed: Mapping[str, Any], feed_url: str, now: datetime | None
) -> PostRecord:
    """One feed entry as a PostRecord."""
    title = html_to_text(str(entry.get("title") or ""))
    summary = ""
    if entry.get("content"):
        summary = html_to_text(str(entry["content"][0].get("value") or ""))
    if not summary:
        summary = html_to_text(str(entry.get("summary") or ""))
    if not summary:
        text = title
    elif not title or summary.startswith(title):
        text = summary  # many feeds repeat the title as the summary's first line
    else:
        text = f"{title}\n{summary}"
    posted_at = _time(entry) or now
    if posted_at is None:
        raise ValueError(f"entry {entry.get('id') or entry.get('link')!r} has no date")
    feed_name = str(feed.get("title") or urlsplit(feed_url).hostname or feed_url)
    lang = entry.get("language") or feed.get("language")
    return PostRecord(
        platform=PLATFORM,
        platform_id=clean_text(_entry_id(entry, feed_url)),
        author=clean_text(feed_name),
        author_name=clean_text(entry.get("author") or ""),
        text=clean_text(text),
        posted_at=posted_at,
        url=clean_text(entry.get("link") or ""),
        lang=clean_text(lang)[:16] if isinstance(lang, str) and lang else None,
        raw=to_json(dict(entry)),
    )


def parse_page(
    payload: bytes, *, url: str = "", now: datetime | None = None
) -> tuple[list[PostRecord], list[str]]:
    """The entries of one RSS or Atom document, and a line for each unusable entry."""
    try:
        data = check_payload(payload, "feed")
    except FeedError as exc:
        raise FetchError(str(exc)) from None
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise FetchError(
            f"{url or 'payload'} is not an RSS or Atom feed ({reason or 'no entries'})"
        )
    posts, skipped = [], []
    for position, entry in enumerate(parsed.entries):
        try:
            posts.append(_entry(entry, parsed.feed, url, now))
        except (KeyError, ValueError, TypeError, IndexError, AttributeError) as exc:
            skipped.append(f"rss entry {position}: {exc}")
    return posts, skipped


def parse(payload: bytes, *, url: str = "", now: datetime | None = None) -> list[PostRecord]:
    """The entries of one RSS 2.0 or Atom document; undated entries take `now` (or are skipped)."""
    return parse_page(payload, url=url, now=now)[0]


def collect(
    url: str,
    cursor: dict[str, Any] | None,
    *,
    now: datetime,
    client: requests.Session,
) -> Batch:
    """The entries of the feed at `url`, fetched with a conditional GET; none when unchanged."""
    fetched = fetch_bytes(url, session=client, cursor=cursor, timeout=TIMEOUT, now=now)
    if fetched.payload is None:
        return Batch([], fetched.cursor)
    posts, skipped = parse_page(fetched.payload, url=url, now=now)
    unique = {post.platform_id: post for post in posts}
    return Batch(list(unique.values()), fetched.cursor, skipped)
