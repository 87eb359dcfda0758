"""Collect stage: a hashtag timeline of one Mastodon server, through Mastodon.py.

Cursor: {"since_id": the newest local status id read}. Mastodon answers `since_id` with the
*newest* page above it, which leaves a hole when more than a page arrived between two polls, so
the request uses `min_id` (the page just above it) and walks forward until a page comes back
short: no gap. Mastodon.py is told to raise on 429 instead of sleeping; the reset it read from
the headers becomes `retry_at`.

A status is identified across servers by its ActivityPub `uri` (the local id differs on every
server), so the same toot seen through two servers is stored once. Mastodon.py turns times into
datetimes; the raw column holds the status serialised back to JSON (times in ISO 8601).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from mastodon import Mastodon
from mastodon import errors as m_err

from sources.records import FetchError, PostRecord
from sources.text import (
    Batch,
    FetchInterrupted,
    clean_text,
    count,
    html_to_text,
    to_json,
    utc_time,
)

KIND = "mastodon_tag"
# What the scheduler needs: it feeds posts, collected for the source's query (a tag).
FEEDS = "posts"
TARGET = "query"
PLATFORM = "mastodon"
ENV_TOKEN = "PRIMARIES_MASTODON_ACCESS_TOKEN"  # optional: most servers serve tags to anyone
PAGE_SIZE = 40  # the API's maximum for timelines
MAX_PAGES = 10
AUTH_RETRY = timedelta(minutes=15)
TIMEOUT = 10


def make_client(
    env: Mapping[str, str], server: str = "", *, session: requests.Session | None = None
) -> Mastodon:
    """A Mastodon.py client for `server` that raises on rate limits instead of sleeping."""
    if not server:
        raise FetchError(
            "mastodon_tag needs a server (e.g. https://mastodon.social) in config.toml"
        )
    return Mastodon(
        api_base_url=server,
        access_token=(env.get(ENV_TOKEN) or "").strip() or None,
        ratelimit_method="throw",
        request_timeout=TIMEOUT,
        session=session,
        version_check_mode="none",
    )


def _text(status: Mapping[str, Any]) -> str:
    """The visible text of a status: its content warning, then its content as plain text."""
    warning = status.get("spoiler_text") or ""
    body = html_to_text(str(status.get("content") or ""))
    return clean_text(f"{warning}\n{body}" if warning else body)


def _quoted(status: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The status this one quotes (Mastodon 4.4 quote posts), when it was accepted and shown."""
    quote = status.get("quote")
    if isinstance(quote, Mapping):
        shown = quote.get("quoted_status")
        if isinstance(shown, Mapping):
            return shown
    return None


def _status(status: Any) -> PostRecord:
    """One status of the timeline as a PostRecord."""
    if not isinstance(status, Mapping):
        raise ValueError("not an object")
    local_id = str(status.get("id") or "")
    uri = str(status.get("uri") or status.get("url") or "")
    if not local_id or not uri:
        raise ValueError(f"no usable id/uri ({status.get('id')!r})")
    posted_at = utc_time(status.get("created_at"))
    if posted_at is None:
        raise ValueError(f"status {local_id} has no created_at")
    account = status.get("account") if isinstance(status.get("account"), Mapping) else {}
    extra: list[tuple[str, str]] = [("local_id", local_id)]
    repost_of = quote_of = None
    text = _text(status)
    reblog = status.get("reblog")
    if isinstance(reblog, Mapping) and reblog.get("uri"):
        repost_of = str(reblog["uri"])
        text = text or _text(reblog)  # a boost has no content of its own
        extra.append(("ref_text", _text(reblog)))
    quoted = _quoted(status)
    if quoted is not None and quoted.get("uri"):
        quote_of = str(quoted["uri"])
        extra.append(("ref_text", _text(quoted)))
    if isinstance(status.get("in_reply_to_id"), (str, int)):
        extra.append(("reply_to", str(status["in_reply_to_id"])))
    if status.get("edited_at"):
        extra.append(("edited_at", str(status["edited_at"])))
    return PostRecord(
        platform=PLATFORM,
        platform_id=clean_text(uri),
        author=clean_text(account.get("acct") or account.get("username") or "unknown"),
        author_name=clean_text(account.get("display_name") or ""),
        text=text,
        posted_at=posted_at,
        url=clean_text(status.get("url") or uri),
        lang=clean_text(status["language"]) if isinstance(status.get("language"), str) else None,
        raw=to_json(dict(status)),
        reposts=count(status.get("reblogs_count")),
        quotes=count(status.get("quotes_count")),
        likes=count(status.get("favourites_count")),
        replies=count(status.get("replies_count")),
        repost_of=repost_of,
        quote_of=quote_of,
        extra=tuple(extra),
    )


def parse_page(payload: Any) -> tuple[list[PostRecord], list[str]]:
    """The posts of one timeline page (a list of statuses) and a line for each unreadable one."""
    # Mastodon.py casts an object answered in place of a list into the list of its keys.
    if not isinstance(payload, list) or (
        payload and not any(isinstance(s, Mapping) for s in payload)
    ):
        raise FetchError(f"Mastodon answered {type(payload).__name__}, not a list of statuses")
    posts, skipped = [], []
    for position, status in enumerate(payload):
        try:
            posts.append(_status(status))
        except (KeyError, ValueError, TypeError) as exc:
            skipped.append(f"mastodon item {position}: {exc}")
    return posts, skipped


def parse(payload: Any) -> list[PostRecord]:
    """The posts of one hashtag timeline page (decoded JSON, or Mastodon.py's statuses)."""
    return parse_page(payload)[0]


def _status_code(exc: Exception) -> int | None:
    """The HTTP status Mastodon.py put in its exception's arguments."""
    args = getattr(exc, "args", ())
    return args[1] if len(args) > 1 and isinstance(args[1], int) else None


def _fetch_error(exc: Exception, client: Mastodon, now: datetime) -> FetchError:
    """The FetchError an operator can act on, for what Mastodon.py raised."""
    server = client.api_base_url
    if isinstance(exc, m_err.MastodonRatelimitError):
        reset = getattr(client, "ratelimit_reset", None)
        retry_at = datetime.fromtimestamp(reset, UTC) if reset else None
        return FetchError(
            f"{server} rate limit reached (HTTP 429)", http_status=429, retry_at=retry_at
        )
    status = _status_code(exc)
    if isinstance(exc, m_err.MastodonUnauthorizedError) or status in (401, 403):
        return FetchError(
            f"{server} refused access to the hashtag timeline (HTTP {status}): "
            f"the server may require a token in {ENV_TOKEN}",
            http_status=status,
            retry_at=now + AUTH_RETRY,
        )
    if isinstance(exc, m_err.MastodonNetworkError):
        return FetchError(f"network error reaching {server}")
    if status is not None:
        return FetchError(f"{server} answered HTTP {status}", http_status=status)
    return FetchError(f"{server} answered something that is not a timeline ({type(exc).__name__})")


def _newest(ids: list[str], since_id: str | None) -> str | None:
    """The greatest of the local ids (numeric strings) and the old since_id."""
    numeric = [i for i in [*ids, since_id or ""] if i.isdigit()]
    return max(numeric, key=int) if numeric else since_id


def collect(
    hashtag: str,
    cursor: dict[str, Any] | None,
    *,
    now: datetime,
    client: Mastodon,
    max_pages: int = MAX_PAGES,
) -> Batch:
    """The statuses of #hashtag newer than the cursor's since_id, oldest pages first."""
    tag = hashtag.strip().lstrip("#")
    cursor = dict(cursor or {})
    since_id = cursor.get("since_id")
    posts: dict[str, PostRecord] = {}
    skipped: list[str] = []
    for _ in range(max_pages):
        try:
            page = client.timeline_hashtag(tag, min_id=since_id, limit=PAGE_SIZE)
        except (m_err.MastodonError, requests.RequestException, ValueError) as exc:
            error = _fetch_error(exc, client, now)
            if posts:
                batch = Batch(list(posts.values()), _cursor(since_id), skipped)
                raise FetchInterrupted(
                    str(error), batch, http_status=error.http_status, retry_at=error.retry_at
                ) from None
            raise error from None
        found, page_skipped = parse_page(page)
        skipped.extend(page_skipped)
        for post in found:
            posts[post.platform_id] = post
        ids = [str(s.get("id")) for s in page if isinstance(s, Mapping) and s.get("id")]
        newer = _newest(ids, since_id)
        if not ids or newer == since_id:
            break
        first_poll = since_id is None
        since_id = newer
        # A short page is the last one; the first poll ever reads only the newest page.
        if first_poll or len(page) < PAGE_SIZE:
            break
    return Batch(list(posts.values()), _cursor(since_id), skipped)


def _cursor(since_id: str | None) -> dict[str, Any]:
    """The cursor to persist."""
    return {"since_id": since_id} if since_id else {}
