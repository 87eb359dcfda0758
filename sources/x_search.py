"""Collect stage: posts from X (Twitter) through the API v2 recent search, polled with tweepy.

Polling `GET /2/tweets/search/recent` is the default and the only mode here: the filtered stream
needs a paid access tier. Each poll asks for what is newer than the persisted `since_id`, follows
`meta.next_token` page by page, and only moves `since_id` forward once every page is in, so a
restart, a 429 or a crash mid-way never leaves a gap (pages may be read twice; the store keeps
each post once). Nothing here sleeps: a 429 raises FetchError with `retry_at` taken from
`x-rate-limit-reset`, and the scheduler waits and calls again with the same cursor.

Cursor: {"since_id": str} between polls; while a pagination is unfinished, also
{"next_token": str, "newest_id": str} (newest_id becomes since_id when the last page is read).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
import tweepy

from sources.records import FetchError, PostRecord
from sources.text import Batch, FetchInterrupted, clean_text, count, to_json, utc_time

KIND = "x_search"
# What the scheduler needs: it feeds posts, collected for the source's query.
FEEDS = "posts"
TARGET = "query"
PLATFORM = "x"
ENV_TOKEN = "PRIMARIES_X_BEARER_TOKEN"
TWEET_FIELDS = [
    "author_id",
    "created_at",
    "edit_history_tweet_ids",
    "lang",
    "note_tweet",
    "public_metrics",
    "referenced_tweets",
    "conversation_id",
]
EXPANSIONS = ["author_id", "referenced_tweets.id", "referenced_tweets.id.author_id"]
USER_FIELDS = ["name", "username"]
MAX_RESULTS = 100  # the API's maximum per page
MAX_PAGES = 10  # per poll; the rest is read on the next poll through next_token
AUTH_RETRY = timedelta(minutes=15)  # a refused token is not retried sooner: no retry storm
_TWITTER_EPOCH_MS = 1288834974657  # snowflake ids carry their creation time


def make_client(
    env: Mapping[str, str], server: str = "", *, session: requests.Session | None = None
) -> tweepy.Client:
    """A tweepy client answering plain dicts (the raw JSON), from the bearer token in `env`."""
    token = (env.get(ENV_TOKEN) or "").strip()
    if not token:
        raise FetchError(f"X search needs a bearer token: set {ENV_TOKEN} in the environment")
    # wait_on_rate_limit=False: sleeping inside a job would stall the scheduler.
    client = tweepy.Client(bearer_token=token, return_type=dict, wait_on_rate_limit=False)
    if session is not None:
        client.session = session
    return client


def snowflake_time(tweet_id: str) -> datetime | None:
    """The creation time an X id encodes (for tweets whose created_at is missing)."""
    if not tweet_id.isdigit():
        return None
    return datetime.fromtimestamp(((int(tweet_id) >> 22) + _TWITTER_EPOCH_MS) / 1000, UTC)


def _tweet(
    item: Any, users: dict[str, dict[str, Any]], included: dict[str, dict[str, Any]]
) -> PostRecord:
    """One tweet object of `data` as a PostRecord; a ValueError names what is missing."""
    if not isinstance(item, dict):
        raise ValueError("not an object")
    tweet_id = str(item.get("id") or "")
    if not tweet_id.isdigit():
        raise ValueError(f"no usable id ({item.get('id')!r})")
    note = item.get("note_tweet")
    # Long posts come truncated in `text`; the whole of it is in note_tweet.
    text = note.get("text") if isinstance(note, dict) and note.get("text") else item.get("text")
    if not isinstance(text, str):
        raise ValueError(f"tweet {tweet_id} has no text")
    posted_at = utc_time(item.get("created_at")) or snowflake_time(tweet_id)
    author_id = str(item.get("author_id") or "")
    user = users.get(author_id, {})
    username = str(user.get("username") or author_id or "unknown")
    metrics = item.get("public_metrics") if isinstance(item.get("public_metrics"), dict) else {}
    repost_of = quote_of = None
    extra: list[tuple[str, str]] = []
    for ref in item.get("referenced_tweets") or []:
        if not isinstance(ref, dict) or not ref.get("id"):
            continue
        ref_id = str(ref["id"])
        kind = ref.get("type")
        if kind == "retweeted":
            repost_of = ref_id
        elif kind == "quoted":
            quote_of = ref_id
        elif kind == "replied_to":
            extra.append(("reply_to", ref_id))
        original = included.get(ref_id)
        if kind in ("retweeted", "quoted") and original and isinstance(original.get("text"), str):
            # The retweet's own text is "RT @x: " plus a truncated copy; the original groups better.
            extra.append(("ref_text", clean_text(original["text"])))
    history = item.get("edit_history_tweet_ids") or []
    if isinstance(history, list) and len(history) > 1 and str(history[0]) != tweet_id:
        extra.append(("edit_of", str(history[0])))
    raw = {"data": item, "includes": {"users": [user]} if user else {}}
    return PostRecord(
        platform=PLATFORM,
        platform_id=tweet_id,
        author=clean_text(username),
        author_name=clean_text(user.get("name") or ""),
        text=clean_text(text),
        posted_at=posted_at,  # type: ignore[arg-type]  (snowflake ids always give a time)
        url=f"https://x.com/{username}/status/{tweet_id}",
        lang=clean_text(item["lang"]) if isinstance(item.get("lang"), str) else None,
        raw=to_json(raw),
        reposts=count(metrics.get("retweet_count")),
        quotes=count(metrics.get("quote_count")),
        likes=count(metrics.get("like_count")),
        replies=count(metrics.get("reply_count")),
        repost_of=repost_of,
        quote_of=quote_of,
        extra=tuple(extra),
    )


def parse_page(payload: Any) -> tuple[list[PostRecord], list[str]]:
    """The posts of one search response and a line for each tweet that could not be read."""
    if not isinstance(payload, dict):
        raise FetchError(f"X search answered {type(payload).__name__}, not a JSON object")
    includes = payload.get("includes") if isinstance(payload.get("includes"), dict) else {}
    users = {str(u.get("id")): u for u in includes.get("users") or [] if isinstance(u, dict)}
    included = {str(t.get("id")): t for t in includes.get("tweets") or [] if isinstance(t, dict)}
    data = payload.get("data") or []
    if not isinstance(data, list):
        raise FetchError("X search answered a 'data' that is not a list")
    posts, skipped = [], []
    for position, item in enumerate(data):
        try:
            posts.append(_tweet(item, users, included))
        except (KeyError, ValueError, TypeError) as exc:
            skipped.append(f"x item {position}: {exc}")
    return posts, skipped


def parse(payload: Any) -> list[PostRecord]:
    """The posts of one X API v2 search response (the decoded JSON)."""
    return parse_page(payload)[0]


def _api_detail(exc: tweepy.HTTPException) -> str:
    """The API's own words about an error (its messages, else its problem `detail`), if any."""
    messages = [str(m) for m in exc.api_messages if m]
    if not messages:
        try:
            body = exc.response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and body.get("detail"):
            messages = [str(body["detail"])]
    return f": {'; '.join(messages)}" if messages else ""


def _fetch_error(exc: Exception, now: datetime) -> FetchError:
    """The FetchError an operator can act on, for what tweepy or requests raised."""
    if isinstance(exc, tweepy.TooManyRequests):
        retry_at = datetime.fromtimestamp(exc.reset_time, UTC) if exc.reset_time else None
        when = f", resets at {retry_at:%H:%M:%S} UTC" if retry_at else ""
        return FetchError(
            f"X rate limit reached (HTTP 429){when}", http_status=429, retry_at=retry_at
        )
    if isinstance(exc, tweepy.Unauthorized):
        return FetchError(
            f"X refused the bearer token (HTTP 401){_api_detail(exc)}: check {ENV_TOKEN}",
            http_status=401,
            retry_at=now + AUTH_RETRY,
        )
    if isinstance(exc, tweepy.Forbidden):
        return FetchError(
            f"X refused access to recent search (HTTP 403){_api_detail(exc)}: "
            "the app's access tier or project may not include it",
            http_status=403,
            retry_at=now + AUTH_RETRY,
        )
    if isinstance(exc, tweepy.HTTPException):
        status = exc.response.status_code
        return FetchError(f"X search failed (HTTP {status}){_api_detail(exc)}", http_status=status)
    if isinstance(exc, ValueError):  # requests' JSONDecodeError is also a RequestException
        return FetchError(f"X search answered something that is not JSON ({type(exc).__name__})")
    if isinstance(exc, requests.Timeout):
        return FetchError("X search timed out")
    if isinstance(exc, requests.RequestException):
        return FetchError(f"network error reaching X: {type(exc).__name__}")
    return FetchError(f"X search answered something that is not JSON ({type(exc).__name__})")


def collect(
    query: str,
    cursor: dict[str, Any] | None,
    *,
    now: datetime,
    client: tweepy.Client,
    max_pages: int = MAX_PAGES,
) -> Batch:
    """Every tweet matching `query` newer than the cursor's since_id, and the cursor to keep."""
    cursor = dict(cursor or {})
    since_id = cursor.get("since_id")
    next_token = cursor.get("next_token")
    newest = cursor.get("newest_id")
    posts: dict[str, PostRecord] = {}
    skipped: list[str] = []
    for _ in range(max_pages):
        params: dict[str, Any] = {
            "max_results": MAX_RESULTS,
            "tweet_fields": TWEET_FIELDS,
            "expansions": EXPANSIONS,
            "user_fields": USER_FIELDS,
        }
        if since_id:
            params["since_id"] = since_id
        if next_token:
            params["next_token"] = next_token
        try:
            payload = client.search_recent_tweets(query, **params)
        except tweepy.BadRequest as exc:
            if next_token and not posts:
                # An expired pagination token: read the pages again from since_id (no gap).
                skipped.append(f"next_token refused by X{_api_detail(exc)}; paging again")
                next_token = None
                continue
            if since_id and not next_token and "since_id" in str(exc).lower():
                # since_id older than the 7-day window: what lies before it is out of reach anyway.
                skipped.append(f"since_id {since_id} refused by X{_api_detail(exc)}; starting over")
                since_id = None
                continue
            raise _interrupt(
                _fetch_error(exc, now), posts, skipped, since_id, next_token, newest
            ) from None
        except (tweepy.TweepyException, requests.RequestException, ValueError) as exc:
            raise _interrupt(
                _fetch_error(exc, now), posts, skipped, since_id, next_token, newest
            ) from None
        page, page_skipped = parse_page(payload)
        skipped.extend(page_skipped)
        for post in page:
            posts[post.platform_id] = post  # a tweet on two pages is kept once
        meta = payload.get("meta") if isinstance(payload.get("meta"), dict) else {}
        page_newest = str(meta.get("newest_id") or "")
        if page_newest.isdigit() and (not newest or int(page_newest) > int(newest)):
            newest = page_newest
        next_token = meta.get("next_token") or None
        if not next_token:
            break
    return Batch(list(posts.values()), _cursor(since_id, next_token, newest), skipped)


def _cursor(since_id: str | None, next_token: str | None, newest: str | None) -> dict[str, Any]:
    """The cursor to persist: since_id moves to newest only once no page is left."""
    if next_token:
        return {
            key: value
            for key, value in (
                ("since_id", since_id),
                ("next_token", next_token),
                ("newest_id", newest),
            )
            if value
        }
    final = newest or since_id
    return {"since_id": final} if final else {}


def _interrupt(
    error: FetchError,
    posts: dict[str, PostRecord],
    skipped: list[str],
    since_id: str | None,
    next_token: str | None,
    newest: str | None,
) -> FetchError:
    """The error itself, or, when pages came before it, a FetchInterrupted carrying them."""
    if not posts:
        return error
    resume = {"since_id": since_id, "next_token": next_token, "newest_id": newest}
    batch = Batch(list(posts.values()), {k: v for k, v in resume.items() if v}, skipped)
    return FetchInterrupted(
        str(error), batch, http_status=error.http_status, retry_at=error.retry_at
    )
