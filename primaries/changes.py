"""Store stage: what changed between two times, for editors and party officials: bureaux that
reported for the first time, were corrected (a revision after their first) or were quarantined
(failed an integrity check), and the posts' parts whose label changed.

Every kind is counted whole and listed a page at a time (newest first), and the CSVs read the
store a page at a time by id, so a window over the whole night never builds one big list. A
bureau's change is dated by the snapshot that brought it (its fetch time, which is also the
revision's `recorded_at`), found through the snapshot index rather than by a scan of results.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, Text, and_, case, cast, func, literal, or_, select

from primaries.models import AREA, BUREAU, CLAIM, RESULT, SNAPSHOT, STORY, VERDICT
from primaries.posts import display_text
from primaries.queries import PUBLIC, AreaRef, _in_area
from primaries.statuses import CANCELLED, QUARANTINED

BUREAU_KINDS = ("new", "corrected", "quarantined", "cancelled", "validated")
KINDS = (*BUREAU_KINDS, "label")
DEFAULT_MINUTES = 30
MAX_MINUTES = 7 * 24 * 60  # a week: the longest window, in minutes or between two times
TEXT_LIMIT = 300  # characters of a post's text a change row carries
_CLOCK = re.compile(r"^(\d{1,2})[:h](\d{2})$")  # "20:15", "20h15": today on the election's clock


class WindowError(ValueError):
    """A window that cannot be read; `key` and `params` word it in the page's language."""

    def __init__(self, key: str, **params: Any):
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True, slots=True)
class Window:
    """From `since` (included) to `until` (excluded), aware UTC times."""

    since: datetime
    until: datetime

    @property
    def minutes(self) -> int:
        """The window's length in whole minutes."""
        return int((self.until - self.since).total_seconds() // 60)


def _moment(name: str, text: str, tz: ZoneInfo, today: datetime) -> datetime:
    """One end of a window: ISO 8601 (no offset: the election's clock), or HH:MM today."""
    # A '+' typed in a URL arrives as a space: "20:15:00 02:00" is "20:15:00+02:00".
    text = re.sub(r" (\d{2}:?\d{2})$", r"+\1", text.strip())
    if len(text) > 40:
        raise WindowError("window_bad_time", name=name)
    clock = _CLOCK.match(text)
    try:
        if clock:
            local = today.astimezone(tz)
            moment = local.replace(
                hour=int(clock[1]), minute=int(clock[2]), second=0, microsecond=0
            )
        else:
            moment = datetime.fromisoformat(text)
    except ValueError:
        raise WindowError("window_bad_time", name=name) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    try:
        return moment.astimezone(today.tzinfo)
    except OverflowError:  # "0001-01-01T00:00" has no UTC time before it
        raise WindowError("window_bad_time", name=name) from None


def parse_window(
    since: str | None,
    until: str | None,
    minutes: str | None,
    *,
    now: datetime,
    tz_name: str,
) -> Window:
    """The window a request asks for: `since`/`until` (ISO 8601, or HH:MM on the election's
    clock), or the last `minutes` before `until`; by default the last 30 minutes. Raises
    WindowError on anything else, never guessing."""
    tz = ZoneInfo(tz_name)
    end = _moment("until", until, tz, now) if until else now
    if since and minutes:
        raise WindowError("window_both")
    if since:
        start = _moment("since", since, tz, end)
    else:
        raw = (minutes or str(DEFAULT_MINUTES)).strip()
        if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_MINUTES:
            raise WindowError("window_bad_minutes", most=MAX_MINUTES)
        start = end - timedelta(minutes=int(raw))
    if start >= end:
        raise WindowError("window_order")
    if end - start > timedelta(minutes=MAX_MINUTES):  # one request never reads years of changes
        raise WindowError("window_too_long", most=MAX_MINUTES // (24 * 60))
    return Window(start, end)


# --- bureaux ---


def _bureau_kind(result: Any, before: Any) -> Any:
    """new, corrected, quarantined, cancelled or validated (the same numbers, another status)."""
    return case(
        (result.c.status == QUARANTINED, literal("quarantined")),
        (result.c.status == CANCELLED, literal("cancelled")),
        (result.c.revision == 1, literal("new")),
        # Corrected as the status line counts it: other numbers than the revision before;
        # the same numbers again are a change of status only (provisional to validated).
        (_same_numbers(result, before), literal("validated")),
        else_=literal("corrected"),
    )


def _same_numbers(result: Any, before: Any) -> Any:
    """True where a revision carries the very numbers of the one before it."""
    same = [
        result.c[n] == before.c[n] for n in ("inscrits", "votants", "blancs", "nuls", "exprimes")
    ]
    # Spaces dropped: rows written before and after a change of JSON serializer compare equal.
    votes = func.replace(cast(result.c.votes, Text), " ", "") == func.replace(
        cast(before.c.votes, Text), " ", ""
    )
    return and_(*same, votes)


def _bureau_changes(
    conn: Connection, round_number: int, window: Window, area: AreaRef | None
) -> tuple[Any, Any, Any]:
    """The revisions written in the window (and the one each replaced), with the snapshot
    that brought them: (query, the revision's alias, its kind)."""
    result, before = RESULT.alias("r"), RESULT.alias("p")
    kind = _bureau_kind(result, before).label("kind")
    joined = (
        SNAPSHOT.join(result, result.c.snapshot_id == SNAPSHOT.c.id)
        .join(BUREAU, BUREAU.c.code == result.c.bureau)
        .join(
            before,
            (before.c.bureau == result.c.bureau)
            & (before.c.round == result.c.round)
            & (before.c.revision == result.c.revision - 1),
            isouter=True,
        )
    )
    query = (
        select(
            result.c.id,
            kind,
            result.c.bureau,
            BUREAU.c.name,
            BUREAU.c.commune,
            BUREAU.c.departement,
            result.c.revision,
            result.c.status,
            before.c.status.label("previous_status"),
            result.c.inscrits,
            result.c.votants,
            before.c.votants.label("previous_votants"),
            result.c.exprimes,
            before.c.exprimes.label("previous_exprimes"),
            result.c.votes,
            before.c.votes.label("previous_votes"),
            result.c.recorded_at.label("at"),
            SNAPSHOT.c.source,
            SNAPSHOT.c.fetched_at,
            SNAPSHOT.c.published_at,
        )
        .select_from(joined)
        .where(
            SNAPSHOT.c.fetched_at >= window.since,
            SNAPSHOT.c.fetched_at < window.until,
            result.c.round == round_number,  # a payload may carry another round's units too
        )
    )
    if area is not None and area.level != "national":
        query = query.where(_in_area(conn, area))
    return query, result, kind


def _bureau_row(row: Any) -> dict[str, Any]:
    """A bureau's change with the names of the figures that moved."""
    out = dict(row)
    moved = []
    if row["previous_status"] is not None:
        if row["previous_status"] != row["status"]:
            moved.append("status")
        for name in ("votants", "exprimes"):
            if row[f"previous_{name}"] != row[name]:
                moved.append(name)
        old, new = row["previous_votes"] or {}, row["votes"] or {}
        moved += sorted(c for c in set(old) | set(new) if old.get(c) != new.get(c))
    out["moved"] = moved
    out["turnout"] = round(100 * row["votants"] / row["inscrits"], 2) if row["inscrits"] else None
    return out


# --- labels ---


def _descendants(area: AreaRef) -> Any:
    """The codes of an area and of every area below it (a recursive walk up `parent`)."""
    tree = select(AREA.c.code).where(AREA.c.code == area.code).cte("tree", recursive=True)
    below = AREA.alias("below")
    tree = tree.union_all(select(below.c.code).where(below.c.parent == tree.c.code))
    return select(tree.c.code)


def _label_changes(round_number: int, window: Window, area: AreaRef | None) -> Any:
    """The verdicts given in the window that changed a label: the machine's (a label other than
    its previous one for the part) and the newsroom's (given, or changed, on the post), on
    public posts only (a tip no editor approved stays out)."""
    machine = VERDICT.c.by == "machine"
    earlier, its_claim = VERDICT.alias("earlier"), CLAIM.alias("earlier_claim")
    # The machine's previous label of this part (one index lookup on claim_id)...
    machine_before = (
        select(earlier.c.label)
        .where(
            earlier.c.claim_id == VERDICT.c.claim_id,
            earlier.c.by == "machine",
            earlier.c.id < VERDICT.c.id,
        )
        .order_by(earlier.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    # ...or the newsroom's previous label of the post: it labels a post as a whole, through
    # any of its parts, so its previous label may sit on a sibling part.
    newsroom_before = (
        select(earlier.c.label)
        .join(its_claim, its_claim.c.id == earlier.c.claim_id)
        .where(
            its_claim.c.story_id == CLAIM.c.story_id,
            earlier.c.by != "machine",
            earlier.c.id < VERDICT.c.id,
        )
        .order_by(earlier.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    # CASE evaluates one branch per row (both databases): the newsroom's walk only for its own.
    previous = case((machine, machine_before), else_=newsroom_before).label("previous_label")
    inner = (
        select(
            VERDICT.c.id,
            VERDICT.c.claim_id,
            VERDICT.c.label,
            VERDICT.c.by,
            VERDICT.c.valid_from.label("at"),
            VERDICT.c.reason_fr,
            VERDICT.c.reason_en,
            previous,
            CLAIM.c.story_id,
            CLAIM.c.type,
            CLAIM.c.area,
            AREA.c.name.label("area_name"),
            STORY.c.text,
        )
        .join(CLAIM, CLAIM.c.id == VERDICT.c.claim_id)
        .join(STORY, STORY.c.id == CLAIM.c.story_id)
        .join(AREA, AREA.c.code == CLAIM.c.area, isouter=True)
        .where(
            VERDICT.c.valid_from >= window.since,
            VERDICT.c.valid_from < window.until,
            CLAIM.c.round == round_number,
            STORY.c.status == PUBLIC,
        )
    )
    if area is not None and area.level != "national":
        inner = inner.where(CLAIM.c.area.in_(_descendants(area)))
    found = inner.subquery()
    changed = or_(
        and_(found.c.previous_label.is_not(None), found.c.previous_label != found.c.label),
        and_(found.c.by != "machine", found.c.previous_label.is_(None)),
    )
    return select(found).where(changed), found


def _label_row(row: Any) -> dict[str, Any]:
    out = dict(row)
    out["text"] = display_text(row["text"] or "", TEXT_LIMIT)
    out["newsroom"] = row["by"] != "machine"
    return out


# --- what the page and the CSVs read ---


def counts(
    conn: Connection, round_number: int, window: Window, area: AreaRef | None = None
) -> dict[str, int]:
    """How many changes of each kind the window holds (every one, not a page)."""
    query, _, _ = _bureau_changes(conn, round_number, window, area)
    inner = query.subquery()
    found = {k: 0 for k in KINDS}
    for name, number in conn.execute(select(inner.c.kind, func.count()).group_by(inner.c.kind)):
        found[name] = int(number)
    labels, _ = _label_changes(round_number, window, area)
    found["label"] = int(
        conn.execute(select(func.count()).select_from(labels.subquery())).scalar() or 0
    )
    return found


def changes_page(
    conn: Connection,
    round_number: int,
    window: Window,
    kind: str,
    *,
    area: AreaRef | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One page of one kind of change, newest first."""
    if kind == "label":
        labels, found = _label_changes(round_number, window, area)
        query = labels.order_by(found.c.at.desc(), found.c.id.desc())
        rows = conn.execute(query.limit(limit).offset(offset)).mappings()
        return [_label_row(r) for r in rows]
    if kind not in BUREAU_KINDS:
        raise ValueError(f"unknown change {kind!r}")
    query, result, bureau_kind = _bureau_changes(conn, round_number, window, area)
    query = query.where(bureau_kind == kind).order_by(
        result.c.recorded_at.desc(), result.c.id.desc()
    )
    return [_bureau_row(r) for r in conn.execute(query.limit(limit).offset(offset)).mappings()]


CSV_STEP = 2000  # rows read per step of a streamed CSV


def every_change(
    store: Engine, round_number: int, window: Window, area: AreaRef | None = None
) -> Iterator[dict[str, Any]]:
    """Every change of the window, bureaux then labels, each in the order written, read a step
    at a time (a connection per step, following the last id, so none is sent twice)."""
    after = 0
    while True:
        with store.connect() as conn:
            query, result, _ = _bureau_changes(conn, round_number, window, area)
            query = query.where(result.c.id > after).order_by(result.c.id).limit(CSV_STEP)
            rows = [_bureau_row(r) for r in conn.execute(query).mappings()]
        yield from rows
        if len(rows) < CSV_STEP:
            break
        after = rows[-1]["id"]
    after = 0
    while True:
        with store.connect() as conn:
            labels, found = _label_changes(round_number, window, area)
            query = labels.where(found.c.id > after).order_by(found.c.id).limit(CSV_STEP)
            rows = [{**_label_row(r), "kind": "label"} for r in conn.execute(query).mappings()]
        yield from rows
        if len(rows) < CSV_STEP:
            break
        after = rows[-1]["id"]
