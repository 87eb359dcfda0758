"""Collect stage: posts replayed from a JSON-lines file against a clock (rehearsals, demo, tests).

One JSON object per line, in the order they are to be released (time order)::

    {"id": "861", "platform": "x", "author": "lucie_m", "author_name": "Lucie M.",
     "text": "Macron en tête à Paris d'après les premiers bureaux",
     "posted_at": "2017-04-23T20:04:10+02:00", "url": "https://x.com/lucie_m/status/861",
     "lang": "fr", "reposts": 12, "quotes": 1, "likes": 30, "replies": 4,
     "repost_of": null, "quote_of": null, "deleted": false}

Required: `id` (string or number, unique within its platform) and `posted_at` (ISO 8601 with
an offset). Optional: `platform` (default "replay"; "x", "bluesky"... to rehearse a real one),
`author` (default "anonymous"), `author_name`, `text` (default ""), `url`, `lang`, the counters
`reposts`, `quotes`, `likes`, `replies` (default 0), `repost_of`, `quote_of` (the id of the
original, same platform), `deleted` (true marks an already released post as deleted at the
source), and `at`: the release time when it differs from `posted_at` (a later line with the same
id and a later `at` replays a post's counters growing, or its deletion). Unknown keys are kept in
the raw JSON.

`collect(path, cursor, now=...)` releases the lines whose release time is <= now and that were
not released yet; the cursor is {"offset": bytes read, "line": lines read, "last_id": id}. A line
that is not valid JSON or lacks a required field is skipped with a note (and never retried); a
last line without its newline that does not parse yet is left for the next call (the file may be
being written). A line earlier than the one before it is released together with it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sources.records import FetchError, PostRecord
from sources.text import Batch, clean_text, count, to_json, utc_time

KIND = "jsonl_replay"
# What the scheduler needs: it feeds posts, read from the source's URL (a file or a server).
FEEDS = "posts"
TARGET = "url"
DEFAULT_PLATFORM = "replay"
MAX_LINES = 50_000  # per call, so one call on a huge file stays bounded in memory


def make_client(env: Mapping[str, str], server: str = "") -> None:
    """Nothing to connect to: the file is read directly."""
    return None


def _release_time(item: Mapping[str, Any]) -> datetime | None:
    """When a line is due: its `at`, else its `posted_at`."""
    return utc_time(item.get("at")) or utc_time(item.get("posted_at"))


def _optional_id(value: Any) -> str | None:
    """A referenced id as text, or None."""
    return clean_text(value) if value not in (None, "") else None


def record(item: Any) -> PostRecord:
    """One decoded line as a PostRecord; ValueError names the missing or bad field."""
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    if item.get("id") in (None, ""):
        raise ValueError("no id")
    posted_at = utc_time(item.get("posted_at"))
    if posted_at is None:
        raise ValueError(f"post {item.get('id')!r}: posted_at missing or not ISO 8601")
    lang = item.get("lang")
    return PostRecord(
        platform=clean_text(item.get("platform") or DEFAULT_PLATFORM),
        platform_id=clean_text(item["id"]),
        author=clean_text(item.get("author") or "anonymous"),
        author_name=clean_text(item.get("author_name") or ""),
        text=clean_text(item.get("text") or ""),
        posted_at=posted_at,
        url=clean_text(item.get("url") or ""),
        lang=clean_text(lang) if isinstance(lang, str) and lang else None,
        raw=to_json(item),
        reposts=count(item.get("reposts")),
        quotes=count(item.get("quotes")),
        likes=count(item.get("likes")),
        replies=count(item.get("replies")),
        repost_of=_optional_id(item.get("repost_of")),
        quote_of=_optional_id(item.get("quote_of")),
        deleted=item.get("deleted") is True,
    )


def _decode(line: bytes) -> Any:
    """One line as JSON; bytes that are not UTF-8 become U+FFFD rather than failing the line."""
    return json.loads(line.decode("utf-8", "replace"))


def parse(payload: bytes) -> list[PostRecord]:
    """Every readable post of a whole JSON-lines payload, ignoring the clock."""
    posts = []
    for line in payload.splitlines():
        if not line.strip():
            continue
        try:
            posts.append(record(_decode(line)))
        except ValueError:
            continue
    return posts


def _lines(path: Path, offset: int) -> Iterator[tuple[int, bytes]]:
    """(offset after the line, line) from `offset` on, the last one possibly without newline."""
    with path.open("rb") as handle:
        handle.seek(offset)
        for line in handle:
            offset += len(line)
            yield offset, line


def collect(
    path: str | Path,
    cursor: dict[str, Any] | None,
    *,
    now: datetime,
    client: None = None,
    max_lines: int = MAX_LINES,
) -> Batch:
    """The posts of the file due at `now` (simulated or real) that were not released yet."""
    path = Path(str(path).removeprefix("file://"))
    cursor = dict(cursor or {})
    offset = int(cursor.get("offset") or 0)
    line_no = int(cursor.get("line") or 0)
    last_id = cursor.get("last_id")
    skipped: list[str] = []
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from None
    if offset > size:
        skipped.append(f"{path} is shorter than the cursor (replaced?): replaying from the start")
        offset = line_no = 0
    posts: list[PostRecord] = []
    try:
        for end, line in _lines(path, offset):
            if len(posts) >= max_lines:
                break
            complete = line.endswith(b"\n")
            if not line.strip():
                offset, line_no = end, line_no + 1
                continue
            try:
                item = _decode(line)
            except ValueError as exc:
                if not complete:
                    break  # a line still being written: read it next time
                skipped.append(f"{path.name} line {line_no + 1}: not JSON ({exc})")
                offset, line_no = end, line_no + 1
                continue
            due = _release_time(item) if isinstance(item, dict) else None
            if due is not None and due > now:
                break
            try:
                post = record(item)
            except ValueError as exc:
                skipped.append(f"{path.name} line {line_no + 1}: {exc}")
            else:
                posts.append(post)
                last_id = post.platform_id
            offset, line_no = end, line_no + 1
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from None
    new_cursor: dict[str, Any] = {"offset": offset, "line": line_no}
    if last_id is not None:
        new_cursor["last_id"] = last_id
    return Batch(posts, new_cursor, skipped)
