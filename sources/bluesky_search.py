"""Collect stage: posts from Bluesky's app.bsky.feed.searchPosts, through the `atproto` package.

Bluesky requires a logged-in account for search: a handle and an app password (never the main
password) from PRIMARIES_BLUESKY_HANDLE / PRIMARIES_BLUESKY_APP_PASSWORD. Search has no since_id:
each poll asks for `sort=latest` posts since the newest one already seen minus an overlap (posts
are indexed late, and `since` filters on the earliest of createdAt and indexedAt), and pages back
with `cursor`. The overlap brings a few posts twice; the store keeps each once.

Cursor: {"since": ISO time} between polls; while paging, also {"page": str, "newest": ISO time}.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from atproto import Client
from atproto import exceptions as at_exc
from atproto_client import models

from sources.records import FetchError, PostRecord
from sources.text import Batch, FetchInterrupted, clean_text, count, to_json, utc_time

KIND = "bluesky_search"
# What the scheduler needs: it feeds posts, collected for the source's query.
FEEDS = "posts"
TARGET = "query"
PLATFORM = "bluesky"
ENV_HANDLE = "PRIMARIES_BLUESKY_HANDLE"
ENV_PASSWORD = "PRIMARIES_BLUESKY_APP_PASSWORD"
PAGE_SIZE = 100
MAX_PAGES = 10
OVERLAP = timedelta(minutes=10)
AUTH_RETRY = timedelta(minutes=15)
_QUOTE_EMBEDS = ("app.bsky.embed.record", "app.bsky.embed.recordWithMedia")


def make_client(env: Mapping[str, str], server: str = "") -> Client:
    """A logged-in atproto client (`server` is the PDS, bsky.social when empty)."""
    handle = (env.get(ENV_HANDLE) or "").strip()
    password = (env.get(ENV_PASSWORD) or "").strip()
    if not handle or not password:
        raise FetchError(f"Bluesky search needs {ENV_HANDLE} and {ENV_PASSWORD} in the environment")
    client = Client(base_url=server or None)
    try:
        client.login(handle, password, fetch_bsky_profile=False)
    except at_exc.UnauthorizedError:
        raise FetchError(
            f"Bluesky refused the login of {handle}: check {ENV_PASSWORD} (an app password)",
            http_status=401,
        ) from None
    except (at_exc.AtProtocolError, ValueError) as exc:
        raise _fetch_error(exc, None) from None
    return client


def _rkey(uri: str) -> str:
    """The record key, last part of an at:// URI."""
    return uri.rstrip("/").rsplit("/", 1)[-1]


def _quoted(record: dict[str, Any], view: dict[str, Any]) -> tuple[str | None, str | None]:
    """The URI and text of the post a post quotes, from its record and its embed view."""
    embed = record.get("embed") if isinstance(record.get("embed"), dict) else {}
    if embed.get("$type") not in _QUOTE_EMBEDS:
        return None, None
    ref = embed.get("record") if isinstance(embed.get("record"), dict) else {}
    if embed.get("$type") == "app.bsky.embed.recordWithMedia":
        ref = ref.get("record") if isinstance(ref.get("record"), dict) else {}
    uri = ref.get("uri") if isinstance(ref.get("uri"), str) else None
    shown = view.get("embed") if isinstance(view.get("embed"), dict) else {}
    shown = shown.get("record") if isinstance(shown.get("record"), dict) else {}
    if isinstance(shown.get("record"), dict):  # recordWithMedia#view nests one level more
        shown = shown["record"]
    value = shown.get("value") if isinstance(shown.get("value"), dict) else {}
    text = value.get("text") if isinstance(value.get("text"), str) else None
    return uri, text


def _post(view: Any) -> PostRecord:
    """One PostView of the search answer as a PostRecord."""
    if not isinstance(view, dict):
        raise ValueError("not an object")
    uri = view.get("uri")
    if not isinstance(uri, str) or not uri.startswith("at://"):
        raise ValueError(f"no usable uri ({uri!r})")
    record = view.get("record") if isinstance(view.get("record"), dict) else {}
    author = view.get("author") if isinstance(view.get("author"), dict) else {}
    handle = str(author.get("handle") or author.get("did") or "unknown")
    created = utc_time(record.get("createdAt"))
    indexed = utc_time(view.get("indexedAt"))
    # createdAt is set by the poster's app and may lie in the future; indexedAt is the server's.
    posted_at = min(t for t in (created, indexed) if t) if (created or indexed) else None
    if posted_at is None:
        raise ValueError(f"post {uri} has neither createdAt nor indexedAt")
    langs = record.get("langs")
    quote_of, quoted_text = _quoted(record, view)
    extra: list[tuple[str, str]] = []
    reply = record.get("reply") if isinstance(record.get("reply"), dict) else {}
    parent = reply.get("parent") if isinstance(reply.get("parent"), dict) else {}
    if isinstance(parent.get("uri"), str):
        extra.append(("reply_to", parent["uri"]))
    if quoted_text:
        extra.append(("ref_text", clean_text(quoted_text)))
    if indexed:
        extra.append(("indexed_at", indexed.isoformat()))
    return PostRecord(
        platform=PLATFORM,
        platform_id=uri,
        author=clean_text(handle),
        author_name=clean_text(author.get("displayName") or ""),
        text=clean_text(record.get("text") if isinstance(record.get("text"), str) else ""),
        posted_at=posted_at,
        url=f"https://bsky.app/profile/{handle}/post/{_rkey(uri)}",
        lang=clean_text(langs[0]) if isinstance(langs, list) and langs else None,
        raw=to_json(view),
        reposts=count(view.get("repostCount")),
        quotes=count(view.get("quoteCount")),
        likes=count(view.get("likeCount")),
        replies=count(view.get("replyCount")),
        quote_of=quote_of,
        extra=tuple(extra),
    )


def parse_page(payload: Any) -> tuple[list[PostRecord], list[str]]:
    """The posts of one searchPosts answer and a line for each post that could not be read."""
    if not isinstance(payload, dict) or not isinstance(payload.get("posts", []), list):
        raise FetchError("Bluesky search answered something that is not a searchPosts result")
    posts, skipped = [], []
    for position, view in enumerate(payload.get("posts") or []):
        try:
            posts.append(_post(view))
        except (KeyError, ValueError, TypeError) as exc:
            skipped.append(f"bluesky item {position}: {exc}")
    return posts, skipped


def parse(payload: Any) -> list[PostRecord]:
    """The posts of one app.bsky.feed.searchPosts answer (the decoded JSON)."""
    return parse_page(payload)[0]


def _fetch_error(exc: Exception, now: datetime | None) -> FetchError:
    """The FetchError an operator can act on, for what atproto raised."""
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    if isinstance(exc, at_exc.RateLimitExceededError):
        retry_at = exc.reset_at
        if retry_at is None and exc.retry_after is not None and now is not None:
            retry_at = now + timedelta(seconds=exc.retry_after)
        return FetchError(
            "Bluesky rate limit reached (HTTP 429)", http_status=429, retry_at=retry_at
        )
    if isinstance(exc, at_exc.UnauthorizedError):
        return FetchError(
            f"Bluesky refused the session (HTTP {status}): check {ENV_HANDLE}/{ENV_PASSWORD}",
            http_status=status,
            retry_at=now + AUTH_RETRY if now else None,
        )
    if isinstance(exc, at_exc.InvokeTimeoutError):
        return FetchError("Bluesky search timed out")
    if isinstance(exc, at_exc.NetworkError) and status is None:
        return FetchError("network error reaching Bluesky")
    if status is not None:
        return FetchError(f"Bluesky search failed (HTTP {status})", http_status=status)
    return FetchError(f"Bluesky answered something unreadable ({type(exc).__name__})")


def collect(
    query: str,
    cursor: dict[str, Any] | None,
    *,
    now: datetime,
    client: Client,
    max_pages: int = MAX_PAGES,
) -> Batch:
    """The posts matching `query` since the cursor's time, newest first, and the cursor to keep."""
    cursor = dict(cursor or {})
    since = cursor.get("since")
    page = cursor.get("page")
    newest = utc_time(cursor.get("newest"))
    posts: dict[str, PostRecord] = {}
    skipped: list[str] = []
    for _ in range(max_pages):
        params = models.AppBskyFeedSearchPosts.Params(
            q=query, sort="latest", limit=PAGE_SIZE, since=since, cursor=page
        )
        try:
            answer = client.invoke_query(
                "app.bsky.feed.searchPosts", params=params, output_encoding="application/json"
            )
        except (at_exc.AtProtocolError, ValueError) as exc:
            error = _fetch_error(exc, now)
            if posts:
                resume = _cursor(since, page, newest)
                batch = Batch(list(posts.values()), resume, skipped)
                raise FetchInterrupted(
                    str(error), batch, http_status=error.http_status, retry_at=error.retry_at
                ) from None
            raise error from None
        found, page_skipped = parse_page(answer.content)
        skipped.extend(page_skipped)
        for post in found:
            posts[post.platform_id] = post
            seen = dict(post.extra).get("indexed_at")
            seen_at = utc_time(seen) or post.posted_at
            newest = max(newest, seen_at) if newest else seen_at
        page = answer.content.get("cursor") or None
        if not page or not found:
            page = None
            break
    return Batch(list(posts.values()), _cursor(since, page, newest), skipped)


def _cursor(since: str | None, page: str | None, newest: datetime | None) -> dict[str, Any]:
    """The cursor to persist: `since` moves to newest minus the overlap once paging is done."""
    if page:
        kept = {"since": since, "page": page, "newest": newest.isoformat() if newest else None}
        return {key: value for key, value in kept.items() if value}
    if newest is None:
        return {"since": since} if since else {}
    moved = newest - OVERLAP
    before = utc_time(since)
    if before and before > moved:
        moved = before  # the cursor never goes back in time
    return {"since": moved.isoformat().replace("+00:00", "Z")}
