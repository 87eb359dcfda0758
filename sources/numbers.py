"""Collect stage: the one strict reading of a number from a feed, and the ranges the store holds.

Python's `int()` takes "+5", "1_000", " 5 ", Arabic-Indic digits and strings of 5,000 digits;
`str.isdigit()` says yes to "²". A feed's count is none of these: ASCII digits, at most one
leading minus (a negative count is stored and flagged as an anomaly, not refused), and a value
the store's column can hold, so no database ever sees a number out of its range.
"""

from __future__ import annotations

from typing import Any

from sources.records import FeedError

INT4_MAX = 2**31 - 1  # PostgreSQL `integer`: every per-unit count column
INT8_MAX = 2**63 - 1  # PostgreSQL `bigint`: sequences (epoch milliseconds) and running totals
COUNT_RANGE = (-INT4_MAX, INT4_MAX)  # one unit's count: negatives are anomalies, not refusals
SEQUENCE_RANGE = (0, INT8_MAX)
ROUND_RANGE = (1, 9)
ORDER_RANGE = (0, 999)  # a ballot position
_MAX_DIGITS = 19  # INT8_MAX has 19 digits: anything longer is refused before int() sees it
_BLANKS = " \t\r\n"


def whole(value: Any, what: str, bounds: tuple[int, int] = COUNT_RANGE) -> int:
    """A whole number within `bounds`: an int, or ASCII digits in a string; else a FeedError."""
    if isinstance(value, bool):
        raise FeedError(f"{what} is not a whole number ({_shown(value)})")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        number = _digits(value, what)
    else:
        raise FeedError(f"{what} is not a whole number ({_shown(value)})")
    low, high = bounds
    if not low <= number <= high:
        raise FeedError(f"{what} is out of range ({_shown(value)}; allowed {low} to {high})")
    return number


def _digits(text: str, what: str) -> int:
    """The value of an optional '-' and ASCII digits (blanks around them are allowed)."""
    body = text.strip(_BLANKS)
    digits = body[1:] if body.startswith("-") else body
    if not digits or not digits.isascii() or not digits.isdigit():
        raise FeedError(f"{what} is not a whole number ({_shown(text)})")
    if len(digits.lstrip("0")) > _MAX_DIGITS:
        raise FeedError(f"{what} is out of range (a number of {len(digits)} digits)")
    return int(body)


def _shown(value: Any) -> str:
    """The value as a short repr for an error line (a 5,000-digit number is not echoed whole)."""
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:30]}… ({len(text)} characters)"
