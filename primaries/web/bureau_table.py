"""Show stage: the officials' bureau table: its filter and sort read from the request (named
choices only), and one page of it, filtered and sorted across every bureau of the area."""

from __future__ import annotations

from typing import Any

from flask import abort, request

from primaries import queries
from primaries.queries import BUREAU_SHOWS, BUREAU_SORTS, AreaRef

# What the table shows and how it is ordered when the request says nothing.
DEFAULT_SHOW, DEFAULT_SORT = "all", "code"
SORT_CHOICES = (*BUREAU_SORTS, *(f"-{key}" for key in BUREAU_SORTS))
STAFF_SHOW = "anomalies"  # the newsroom's filter: bureaux the feed's checks flagged


def table_args(staff: bool = False) -> tuple[str, str]:
    """?show= and ?sort= of the request; 400 for a value not among the choices, so a cached
    page or a kept file is never made for a value nobody offered. Only the newsroom's private
    page may ask for the bureaux with feed anomalies."""
    show = request.args.get("show", "").strip() or DEFAULT_SHOW
    sort = request.args.get("sort", "").strip() or DEFAULT_SORT
    if show not in BUREAU_SHOWS and not (staff and show == STAFF_SHOW):
        abort(400, f"show must be one of: {', '.join(BUREAU_SHOWS)}")
    if sort not in SORT_CHOICES:
        abort(400, f"sort must be one of: {', '.join(SORT_CHOICES)}")
    return show, sort


def table_page(
    conn: Any, area: AreaRef, round_number: int, asked: int, size: int, show: str, sort: str
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The rows of one page of the table (the asked page clamped to those that exist) and its
    pager: page, pages, first and last row numbers, total kept by the filter."""
    total = queries.bureau_count(conn, area, round_number, show)
    pages = max(1, -(-total // size))
    number = min(max(asked, 1), pages)
    rows = queries.bureau_table(conn, area, round_number, number, size, show, sort)
    first = (number - 1) * size
    pager = {
        "page": number,
        "pages": pages,
        "first": first + 1,
        "last": first + len(rows),
        "total": total,
    }
    return rows, pager


def _asked_page() -> int:
    """?page=N, 1 when it is missing or not a number (clamped later to the pages that exist)."""
    raw = request.args.get("page", "1").strip()
    return int(raw) if raw.isascii() and raw.isdigit() else 1


def table_context(
    conn: Any, area: AreaRef, round_number: int, staff: bool, size: int
) -> dict[str, Any]:
    """What an area page's bureau table needs: a page of rows with its pager, the filter and
    the sort, how many bureaux the area has and how many have not reported. The public gets
    pages of `size` rows; the newsroom's private page holds the whole table."""
    show, sort = table_args(staff)
    everyone = queries.bureau_count(conn, area, round_number)
    if staff:
        size = max(1, everyone)
    shown = DEFAULT_SHOW if show == STAFF_SHOW else show
    rows, pager = table_page(conn, area, round_number, _asked_page(), size, shown, sort)
    if show == STAFF_SHOW:
        rows = [r for r in rows if r["anomalies"]]
    return {
        "bureaux": rows,
        "bureau_pager": pager,
        "bureau_show": show,
        "bureau_sort": sort,
        "bureaux_in_area": everyone,
        "bureaux_waiting": queries.bureau_count(conn, area, round_number, "not-reported"),
        "bureau_shows": BUREAU_SHOWS,
        "sort_link": sort_link,
    }


def sort_link(current: str, key: str) -> str:
    """The sort a column's header asks for: ascending first, descending when it is on."""
    return f"-{key}" if current == key else key
