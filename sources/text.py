"""Collect stage: what every social source shares: the Batch a collector returns, text clean-up.

Post text is untrusted evidence: it is kept whole (only NUL and unencodable surrogates go, since
no database can hold them), and cleaned separately for display and for grouping copies.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

from sources.numbers import INT4_MAX, INT8_MAX, whole
from sources.records import FeedError, FetchError, PostRecord


@dataclass(frozen=True)
class Batch:
    """What one collect brought back: the posts, the cursor to keep, and items it had to skip."""

    posts: list[PostRecord]
    cursor: dict[str, Any]
    skipped: list[str] = field(default_factory=list)  # one line per unusable item, for the run log


class FetchInterrupted(FetchError):
    """A fetch that failed part-way (a 429 on page 3): `batch` holds what came before it.

    A caller that only knows FetchError keeps its old cursor and refetches the same pages next
    time (duplicates are harmless, gaps are not); a caller that stores `batch.posts` may keep
    `batch.cursor`, which resumes exactly where the fetch stopped.
    """

    def __init__(self, message: str, batch: Batch, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.batch = batch


# Bidirectional embeddings, overrides and isolates, plus the invisible direction marks: they can
# make "Macron 24 %" render as something else, so the display never shows them.
_BIDI = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None
)
_URL = re.compile(r"(?:https?://|www\.)\S+|\bpic\.twitter\.com/\S+", re.IGNORECASE)
_RT_PREFIX = re.compile(r"^(?:\s*RT\s+@[\w.@-]+:?\s*)+", re.IGNORECASE)
_BLOCK_TAGS = {"p", "br", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "tr"}


def clean_text(value: Any) -> str:
    """A string any database can hold, else untouched: NUL removed, lone surrogates replaced."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates come from bytes decoded with surrogateescape: not storable as UTF-8.
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def display_text(text: str, limit: int = 500) -> str:
    """Text safe to lay out: no control or bidi-override characters, at most `limit` characters.

    Newlines and tabs stay; HTML is left as text for the templates to escape.
    """
    text = clean_text(text).replace("\r\n", "\n").translate(_BIDI)
    text = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    )
    if len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    return text


class _FoldTable(dict):
    """str.translate table, filled on first sight of each character: letters and digits stay,
    punctuation, symbols-as-separators and spaces become a space, the rest vanishes."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        kind = unicodedata.category(ch)
        if kind[0] in "LN":
            value: str | None = ch
        elif kind[0] in "PZ" or kind in ("Sm", "Sc") or ch.isspace():
            value = " "
        else:
            # Mn (accents once decomposed), Cf (joiners, bidi), Sk/So (emoji, their modifiers).
            value = None
        self[code] = value
        return value


_FOLD = _FoldTable()


def normalise(text: str) -> str:
    """The text reduced to what copies share: no RT prefix, URL, case, accent, emoji or punctuation.

    Digits stay, so "Aubry 44 %" and "Aubry 45 %" remain different stories; "39,5%" and "39.5 %"
    become the same.
    """
    text = _RT_PREFIX.sub("", clean_text(text))
    text = _URL.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFKD", text.casefold()).translate(_FOLD)
    return " ".join(text.split())


def fingerprint(text: str) -> str | None:
    """A 64-hex key shared by copies of the same text; None when nothing is left to compare."""
    key = normalise(text)
    if not key:
        return None
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class _TextExtractor(HTMLParser):
    """Collects the text of an HTML fragment, with a line break for each block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a block (new line) or a script/style element (ignored)."""
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        """Close a script/style element."""
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        """Keep visible text."""
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """The visible text of an HTML fragment (Mastodon content, RSS summaries), lines kept."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def utc_time(value: Any) -> datetime | None:
    """An ISO 8601 time ("Z" or an offset) or a datetime as aware UTC; None when unreadable."""
    if isinstance(value, datetime):
        when = value
    elif isinstance(value, str) and value.strip():
        try:
            when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    # A time without an offset from a platform API is UTC by convention.
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def to_json(value: Any) -> str:
    """The JSON text of an item as received (datetimes as ISO strings), for the raw column."""
    return json.dumps(value, ensure_ascii=False, default=_json_default, sort_keys=False)


def _json_default(value: Any) -> Any:
    """Serialise what json cannot: datetimes, time tuples, sets, anything else as text."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


def count(value: Any) -> int:
    """A spread counter from a payload: a non-negative int the store can hold, 0 when malformed."""
    try:
        number = whole(value, "a spread counter", (0, INT8_MAX))
    except FeedError:
        return 0
    # Post counters are int4 columns: a platform's absurd count is capped, never a range error.
    return min(number, INT4_MAX)
