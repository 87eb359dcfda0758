"""Collect stage: the fetch machinery every official source shares, and checks on raw payloads."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import requests
import urllib3

from sources.deadline import Deadline, as_deadline, response_socket
from sources.limits import DEFAULT_LIMITS, FetchLimits, Inflater, inflate
from sources.records import FeedError, FetchError

_CHUNK = 64 * 1024  # bytes per read of a body or a file
_ERROR_PAGE = 64 * 1024  # what is read of an error page: enough for its <title>
# Validators longer than the store's columns are not validators we can keep: dropped.
_VALIDATOR_MAX = {"etag": 200, "last_modified": 100}

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body)", re.IGNORECASE)
_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Fetched:
    """What one fetch brought back: the payload (None when not modified) and the cursor to keep."""

    payload: bytes | None
    cursor: dict[str, Any] = field(default_factory=dict)
    http_status: int | None = None
    url: str = ""
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def not_modified(self) -> bool:
        """True when the source had nothing new (HTTP 304 or an unchanged local file)."""
        return self.payload is None


def is_local(url: str) -> bool:
    """True for a file:// URL or a plain path, which are read from disk rather than over HTTP."""
    scheme = urlsplit(url).scheme.lower()
    # A one-letter scheme is a Windows drive ("C:\\..."), not a URL.
    return scheme in ("", "file") or len(scheme) == 1


def local_path(url: str) -> Path:
    """The filesystem path a local URL names."""
    parts = urlsplit(url)
    if parts.scheme.lower() == "file":
        return Path(unquote(parts.path))
    return Path(url)


def html_title(data: bytes) -> str | None:
    """The title of an HTML page if the payload is one (an error or maintenance page), else None."""
    if not _HTML_START.match(data[:512]):
        return None
    match = _HTML_TITLE.search(data[:4096])
    title = match.group(1).decode("utf-8", "replace") if match else ""
    return " ".join(title.split()) or "untitled page"


def check_payload(data: bytes, what: str) -> bytes:
    """Gunzip the payload (once, capped) and refuse what is not a data file: empty, or HTML."""
    data = inflate(data, what)
    if not data.strip():
        raise FeedError(f"{what} payload is empty")
    title = html_title(data)
    if title is not None:
        raise FeedError(f"{what} payload is an HTML page ('{title}'), not data")
    return data


def decode_text(data: bytes, encoding: str, what: str) -> str:
    """Decode a text payload, refusing one plainly in the other encoding (UTF-8 vs Latin-1)."""
    if encoding.lower().replace("_", "-") in ("latin-1", "latin1", "iso-8859-1", "cp1252"):
        if not data.isascii():
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                # Real Latin-1 French text is never valid UTF-8 once it has an accent.
                raise FeedError(f"{what} payload is UTF-8, expected {encoding}")
        return data.decode(encoding)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise FeedError(
            f"{what} payload is not valid {encoding} (byte {exc.start}); Latin-1 given?"
        ) from None
    return text.removeprefix("\ufeff")


def load_json(payload: bytes, what: str) -> Any:
    """A JSON payload as Python values; anything unreadable is a one-line FeedError."""
    text = decode_text(check_payload(payload, what), "utf-8", what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FeedError(
            f"{what}: not valid JSON (line {exc.lineno} column {exc.colno}: {exc.msg}); truncated?"
        ) from None
    except RecursionError:
        raise FeedError(f"{what}: JSON nested too deeply to be a feed document") from None


def moment(value: Any, what: str) -> datetime:
    """An ISO 8601 time with its offset, as UTC."""
    text = str(value)[:64]  # an ISO time is short: a longer value is not one
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise FeedError(f"{what} is not an ISO 8601 time ({text!r})") from None
    if when.tzinfo is None:
        raise FeedError(f"{what} has no UTC offset ({text!r})")
    try:
        return when.astimezone(UTC)
    except OverflowError:  # year 9999 with a negative offset: past what a datetime holds
        raise FeedError(f"{what} is out of range ({text!r})") from None


def retry_after(value: str | None, now: datetime) -> datetime | None:
    """When a Retry-After header (seconds or an HTTP date) allows the next attempt."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + timedelta(seconds=int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def conditional_headers(cursor: dict[str, Any] | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for a cursor saved from an earlier response."""
    headers: dict[str, str] = {}
    if cursor and cursor.get("etag"):
        headers["If-None-Match"] = str(cursor["etag"])
    if cursor and cursor.get("last_modified"):
        headers["If-Modified-Since"] = str(cursor["last_modified"])
    return headers


def _validators(
    response: requests.Response, cursor: dict[str, Any], *, keep_missing: bool = False
) -> dict[str, Any]:
    """The cursor updated with the response's ETag and Last-Modified.

    A 200 without them drops the old ones (they describe a copy we no longer hold); a 304 may
    omit them, and then the old ones still stand.
    """
    new = dict(cursor)
    for key, header in (("etag", "ETag"), ("last_modified", "Last-Modified")):
        value = response.headers.get(header)
        if value and len(value) <= _VALIDATOR_MAX[key] and value.isascii():
            new[key] = value
        elif not keep_missing or value:
            new.pop(key, None)
    return new


def _http_error(response: requests.Response, url: str, now: datetime, page: bytes) -> FetchError:
    """The FetchError for an HTTP error status, naming a maintenance page when that is what came."""
    status = response.status_code
    title = html_title(page)
    if status == 404 and title is not None:
        message = f"HTTP 404 from {url}: HTML maintenance page ('{title}'), not published yet"
    elif title is not None:
        message = f"HTTP {status} from {url}: HTML error page ('{title}')"
    else:
        message = f"HTTP {status} {response.reason or ''} from {url}".replace("  ", " ")
    retry_at = None
    if status in (429, 503):
        retry_at = retry_after(response.headers.get("Retry-After"), now)
    return FetchError(message, http_status=status, retry_at=retry_at)


def read_local(
    url: str,
    cursor: dict[str, Any] | None,
    now: datetime,
    limits: FetchLimits = DEFAULT_LIMITS,
) -> Fetched:
    """Read a payload from disk; an unchanged file (same sha256 as the cursor) counts as 304."""
    path = local_path(url)
    inflater = Inflater(str(path), limits)
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                inflater.feed(chunk)
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        data = inflater.result()
    except FeedError as exc:
        raise FetchError(str(exc)) from None
    digest = hashlib.sha256(data).hexdigest()
    new_cursor = {**(cursor or {}), "sha256": digest}
    if cursor and cursor.get("sha256") == digest:
        return Fetched(None, new_cursor, None, url, now)
    return Fetched(data, new_cursor, None, url, now)


def _body(response: requests.Response, url: str, deadline: Deadline, limits: FetchLimits) -> bytes:
    """The body as it streams in, inflated once under the caps, within the deadline."""
    raw = response.raw
    sock = response_socket(raw)
    if sock is not None:
        deadline.watch(sock)  # on a session without the watched adapter: from here on
    encoding = response.headers.get("Content-Encoding", "")
    inflater = Inflater(f"{url}", limits, encoding)
    declared = response.headers.get("Content-Length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limits.max_bytes:
        inflater.refuse(f"declares {int(declared):,} bytes, over {limits.describe()}")
    try:
        for chunk in raw.stream(_CHUNK, decode_content=False):
            inflater.feed(chunk)
            deadline.check(url, inflater.received)
    except requests.RequestException:
        deadline.check(url, inflater.received)
        raise
    except (OSError, ValueError, urllib3.exceptions.HTTPError) as exc:
        # A socket the watchdog shut down, or the server hanging up mid-body (urllib3 wraps a
        # reset in its ProtocolError when it happens inside a chunk's read).
        deadline.check(url, inflater.received)
        raise FetchError(f"connection lost fetching {url}: {type(exc).__name__}") from None
    deadline.check(url, inflater.received)
    try:
        return inflater.result()
    except FeedError as exc:
        raise FetchError(str(exc), http_status=response.status_code) from None


def _error_page(response: requests.Response) -> bytes:
    """The start of an error response's body (enough for its title), never the whole of it."""
    try:
        return response.raw.read(_ERROR_PAGE, decode_content=True) or b""
    except Exception:  # an error page we cannot read is still the same HTTP error
        return b""


def fetch_bytes(
    url: str,
    *,
    session: requests.Session,
    cursor: dict[str, Any] | None = None,
    timeout: float | Deadline = 20,
    params: dict[str, str] | None = None,
    now: datetime | None = None,
    limits: FetchLimits = DEFAULT_LIMITS,
) -> Fetched:
    """GET one payload, conditionally, within `timeout` seconds in all and under the size caps.

    Network errors, HTTP errors and a missed deadline raise FetchError; a payload over a cap
    raises PayloadRefused (with its hash and size).
    """
    now = now or datetime.now(UTC)
    cursor = dict(cursor or {})
    if is_local(url):
        return read_local(url, cursor, now, limits)
    deadline = as_deadline(timeout)
    deadline.check(url)
    with deadline.running():
        response = _get(session, url, params, cursor, deadline)
        with response:
            final_url = response.url or url
            if response.status_code == 304:
                cursor = _validators(response, cursor, keep_missing=True)
                return Fetched(None, cursor, 304, final_url, now)
            if response.status_code >= 400:
                raise _http_error(response, url, now, _error_page(response))
            data = _body(response, url, deadline, limits)
    return Fetched(data, _validators(response, cursor), response.status_code, final_url, now)


def _get(
    session: requests.Session,
    url: str,
    params: dict[str, str] | None,
    cursor: dict[str, Any],
    deadline: Deadline,
) -> requests.Response:
    """The response with its headers (the body still to stream), or the FetchError."""
    try:
        return session.get(
            url,
            params=params,
            headers=conditional_headers(cursor),
            timeout=deadline.timeout(),
            stream=True,
        )
    except requests.Timeout:
        raise deadline.error(url) from None
    except requests.RequestException as exc:
        deadline.check(url)
        raise FetchError(f"network error fetching {url}: {type(exc).__name__}") from None
