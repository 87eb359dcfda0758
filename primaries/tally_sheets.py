"""Store stage: the parties' tally sheets (procès-verbaux): delegates' writes, each audited in the
same transaction, their agreement, and their comparison with the official feed.

A sheet counts once the delegates of two different parties entered the same figures for the same
bureau and round. Each party keeps one copy per bureau and round, which any delegate of that party
may correct; a delegate never sees another party's copy, so two parties' copies that agree were
entered independently from the paper, and no party can make a sheet count on its own. A counted
sheet that differs from the feed's current figures raises one FeedAnomaly for the editors (again
only when either side changes)."""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from primaries.bulk import chunks
from primaries.models import ANOMALY, AREA, BUREAU, RESULT, SHEET, SHEET_PHOTO
from primaries.newsroom import _audit
from primaries.settings import Settings
from primaries.sheet_input import FIELDS, Figures, Photo, Problem

log = logging.getLogger(__name__)
SOURCE = "tally-sheets"  # FeedAnomaly.source of the sheets' disagreements
ANOMALY_KIND = "tally_mismatch"
# What one delegate's photos may hold in the database at most: photos live in the same
# transaction as their sheet (a full disk refuses both, never one without the other), and no
# account may fill the disk the results need.
PHOTO_BUDGET_BYTES = 200 * 1024 * 1024


class SheetRefused(ValueError):
    """Sheets that cannot be stored; nothing of them was."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.key for p in problems))
        self.problems = problems


def figures_of(row: Any) -> dict[str, Any]:
    """The comparable figures of a sheet or a feed result row."""
    return {**{f: int(row[f] or 0) for f in FIELDS}, "votes": dict(row["votes"] or {})}


def differences(sheet: dict[str, Any], feed: dict[str, Any]) -> list[str]:
    """The figures (a count's name or a candidate's id) on which a sheet and the feed differ."""
    found = [f for f in FIELDS if sheet[f] != feed[f]]
    names = sorted(set(sheet["votes"]) | set(feed["votes"]))
    found += [c for c in names if sheet["votes"].get(c, 0) != feed["votes"].get(c, 0)]
    return found


def _key(figures: dict[str, Any]) -> str:
    return json.dumps(figures, sort_keys=True)


def agreement(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """How a bureau's copies stand: the figures two parties agree on, if any, and who differs.

    status: `single` (one party so far), `conflict` (no two parties agree) or `counted`."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        groups[_key(figures_of(entry))].append(entry)
    sizes = sorted((len(g) for g in groups.values()), reverse=True)
    best = max(groups.values(), key=len)
    # Two parties for these figures and two for others: nobody can tell which paper is right.
    tied = len(sizes) > 1 and sizes[0] == sizes[1]
    if len(best) >= 2 and not tied:
        return {
            "status": "counted",
            "figures": figures_of(best[0]),
            "parties": sorted(e["party"] for e in best),
            "dissent": [e for e in entries if e not in best],
        }
    return {
        "status": "single" if len(entries) == 1 else "conflict",
        "figures": None,
        "parties": sorted(e["party"] for e in entries),
        "dissent": entries if len(entries) > 1 else [],
    }


# --- writes ---


def _unknown_bureaux(conn: Connection, sheets: list[tuple[int | None, Figures]]) -> list[Problem]:
    codes = sorted({f.bureau for _, f in sheets})
    known: set[str] = set()
    for part in chunks(codes, 500):
        known.update(
            conn.execute(
                select(BUREAU.c.code).where(BUREAU.c.code.in_(part), BUREAU.c.level == "bureau")
            ).scalars()
        )
    return [
        Problem("tally_err_bureau", {"bureau": f.bureau}, line)
        for line, f in sheets
        if f.bureau not in known
    ]


def _photo_problem(conn: Connection, photo: Photo, delegate: str) -> Problem | None:
    """Over the delegate's budget (a photo already stored costs nothing)."""
    stored = conn.execute(
        select(SHEET_PHOTO.c.sha256).where(SHEET_PHOTO.c.sha256 == photo.sha256)
    ).first()
    if stored is not None:
        return None
    used = conn.execute(
        select(func.coalesce(func.sum(SHEET_PHOTO.c.size), 0)).where(
            SHEET_PHOTO.c.uploaded_by == delegate
        )
    ).scalar_one()
    if int(used) + len(photo.data) > PHOTO_BUDGET_BYTES:
        return Problem("tally_err_photo_budget", {"mb": PHOTO_BUDGET_BYTES // (1024 * 1024)})
    return None


def _store_photo(conn: Connection, photo: Photo, delegate: str, now: datetime) -> None:
    known = conn.execute(
        select(SHEET_PHOTO.c.sha256).where(SHEET_PHOTO.c.sha256 == photo.sha256)
    ).first()
    if known is None:
        conn.execute(
            insert(SHEET_PHOTO).values(
                sha256=photo.sha256,
                content_type=photo.content_type,
                size=len(photo.data),
                uploaded_by=delegate,
                uploaded_at=now,
                data=photo.data,
            )
        )


def _drop_orphan_photo(conn: Connection, sha256: str | None) -> None:
    """A photo no sheet shows any more is deleted (it frees its delegate's budget)."""
    if (
        sha256
        and conn.execute(select(SHEET.c.id).where(SHEET.c.photo_sha256 == sha256).limit(1)).first()
        is None
    ):
        conn.execute(delete(SHEET_PHOTO).where(SHEET_PHOTO.c.sha256 == sha256))


def _write_one(
    conn: Connection,
    figures: Figures,
    round_number: int,
    delegate: dict[str, str],
    photo: Photo | None,
    ip: str,
    now: datetime,
) -> int:
    """Insert or correct the party's copy of one bureau's sheet; audited."""
    where = (
        (SHEET.c.bureau == figures.bureau)
        & (SHEET.c.round == round_number)
        & (SHEET.c.party == delegate["party"])
    )
    old = conn.execute(select(SHEET).where(where)).mappings().first()
    values = {**figures.counts(), "entered_by": delegate["name"], "updated_at": now}
    if photo is not None:
        values["photo_sha256"] = photo.sha256
    details: dict[str, Any] = {
        "bureau": figures.bureau,
        "round": round_number,
        "party": delegate["party"],
        "figures": figures.counts(),
        "photo": photo.sha256 if photo else None,
    }
    if old is None:
        sheet_id = conn.execute(
            insert(SHEET).values(
                bureau=figures.bureau,
                round=round_number,
                party=delegate["party"],
                revision=1,
                created_at=now,
                **values,
            )
        ).inserted_primary_key[0]
        action = "tally_sheet_entered"
    else:
        sheet_id = old["id"]
        conn.execute(
            update(SHEET)
            .where(SHEET.c.id == sheet_id)
            .values(revision=old["revision"] + 1, **values)
        )
        details["before"] = {**figures_of(old), "entered_by": old["entered_by"]}
        action = "tally_sheet_corrected"
        if photo is not None and old["photo_sha256"] != photo.sha256:
            _drop_orphan_photo(conn, old["photo_sha256"])
    _audit(
        conn, user=delegate["name"], action=action, claim_id=None, details=details, ip=ip, now=now
    )
    return int(sheet_id)


def save_sheets(
    engine: Engine,
    settings: Settings,
    sheets: list[tuple[int | None, Figures]],
    round_number: int,
    delegate: dict[str, str],
    *,
    photo: Photo | None = None,
    ip: str = "",
    now: datetime,
) -> list[int]:
    """Store a party's sheets (one from the form, or every line of a CSV file) in one
    transaction: all of them, or none and SheetRefused with every problem. Then compare them
    with the feed. `sheets` pairs each sheet with its CSV line (None for the form)."""
    if round_number not in settings.election.rounds:
        raise SheetRefused([Problem("tally_err_round", {"round": round_number})])
    expected = {c.id for c in settings.candidates_in(round_number)}
    wrong = [
        Problem("tally_err_candidates", {}, line) for line, f in sheets if set(f.votes) != expected
    ]
    if wrong:
        raise SheetRefused(wrong)
    with engine.begin() as conn:
        problems = _unknown_bureaux(conn, sheets)
        if photo is not None:
            problem = _photo_problem(conn, photo, delegate["name"])
            problems += [problem] if problem else []
        if problems:
            raise SheetRefused(problems)
        if photo is not None:
            _store_photo(conn, photo, delegate["name"], now)
        ids = [
            _write_one(conn, figures, round_number, delegate, photo, ip, now)
            for _, figures in sheets
        ]
    try:
        reconcile(engine, round_number, [f.bureau for _, f in sheets], now=now)
    except SQLAlchemyError as exc:
        # The sheets are stored; the scheduler's next comparison raises what this one could not.
        log.warning("tally sheets comparison error=%r", str(exc).splitlines()[0])
    return ids


# --- the feed's side ---


def _current_results(conn: Connection, round_number: int, codes: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for part in chunks(codes, 500):
        query = select(RESULT).where(
            RESULT.c.round == round_number, RESULT.c.current, RESULT.c.bureau.in_(part)
        )
        found.update({r["bureau"]: r for r in conn.execute(query).mappings()})
    return found


def _sheets_by_bureau(
    conn: Connection, round_number: int, bureaux: Iterable[str] | None = None
) -> dict[str, list[dict[str, Any]]]:
    query = select(SHEET).where(SHEET.c.round == round_number).order_by(SHEET.c.party)
    rows: list[dict[str, Any]] = []
    if bureaux is None:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    else:
        for part in chunks(sorted(set(bureaux)), 500):
            rows += [
                dict(r) for r in conn.execute(query.where(SHEET.c.bureau.in_(part))).mappings()
            ]
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row["bureau"]].append(row)
    return grouped


def _verdict(entries: list[dict[str, Any]], result: Any) -> dict[str, Any]:
    """A bureau's copies against the feed: status `single`, `conflict`, `no_feed`, `agrees` or
    `disagrees`, with both sets of numbers and the figures that differ."""
    found = agreement(entries)
    feed = figures_of(result) if result is not None else None
    found["feed"] = feed
    found["differs"] = []
    if found["status"] == "conflict":
        first = figures_of(entries[0])
        found["differs"] = sorted(
            {d for e in entries[1:] for d in differences(first, figures_of(e))},
            key=lambda name: (
                name not in FIELDS,
                FIELDS.index(name) if name in FIELDS else 0,
                name,
            ),
        )
    if found["status"] == "counted":
        if feed is None:
            found["status"] = "no_feed"
        else:
            found["differs"] = differences(found["figures"], feed)
            found["status"] = "disagrees" if found["differs"] else "agrees"
    return found


def _anomaly_message(bureau: str, verdict: dict[str, Any]) -> str:
    sheet, feed = verdict["figures"], verdict["feed"]
    shown = [
        f"{name} {sheet.get(name, sheet['votes'].get(name, 0))} ≠ "
        f"{feed.get(name, feed['votes'].get(name, 0))}"
        for name in verdict["differs"][:6]
    ]
    parties = ", ".join(verdict["parties"])
    return (
        f"Tally sheet of bureau {bureau} ({parties}) differs from the feed "
        f"(sheet ≠ feed): {'; '.join(shown)}"
    )


def reconcile(
    engine: Engine, round_number: int, bureaux: Iterable[str] | None = None, *, now: datetime
) -> int:
    """Raise one anomaly per counted sheet that differs from the feed's current figures (none
    again for the same pair of figures); how many were raised. Safe to run any time."""
    raised = 0
    with engine.begin() as conn:
        grouped = _sheets_by_bureau(conn, round_number, bureaux)
        results = _current_results(conn, round_number, list(grouped))
        for bureau, entries in grouped.items():
            result = results.get(bureau)
            verdict = _verdict(entries, result)
            if verdict["status"] != "disagrees":
                continue
            key = hashlib.sha256(
                (_key(verdict["figures"]) + _key(verdict["feed"])).encode()
            ).hexdigest()[:32]
            known = conn.execute(
                select(ANOMALY.c.details).where(
                    ANOMALY.c.kind == ANOMALY_KIND,
                    ANOMALY.c.bureau == bureau,
                    ANOMALY.c.round == round_number,
                )
            ).scalars()
            if any((d or {}).get("key") == key for d in known):
                continue
            conn.execute(
                insert(ANOMALY).values(
                    snapshot_id=result["snapshot_id"],
                    source=SOURCE,
                    round=round_number,
                    bureau=bureau,
                    kind=ANOMALY_KIND,
                    message=_anomaly_message(bureau, verdict),
                    details={
                        "key": key,
                        "sheet": verdict["figures"],
                        "feed": verdict["feed"],
                        "parties": verdict["parties"],
                        "differs": verdict["differs"],
                    },
                    detected_at=now,
                )
            )
            raised += 1
    return raised


def reconcile_all(engine: Engine, settings: Settings, *, now: datetime) -> int:
    """`reconcile` every round (the scheduler's job: a feed often lands after the sheets)."""
    return sum(reconcile(engine, r, now=now) for r in settings.election.rounds)


# --- reads ---


def area_names(conn: Connection, codes: Iterable[str]) -> dict[str, str]:
    """The names of areas and bureaux, by code."""
    names: dict[str, str] = {}
    for part in chunks(sorted(set(codes)), 500):
        names.update(
            {
                r.code: r.name
                for r in conn.execute(select(AREA.c.code, AREA.c.name).where(AREA.c.code.in_(part)))
            }
        )
        names.update(
            {
                r.code: r.name
                for r in conn.execute(
                    select(BUREAU.c.code, BUREAU.c.name).where(
                        BUREAU.c.code.in_(part), BUREAU.c.level == "bureau"
                    )
                )
            }
        )
    return names


def _bureau_places(conn: Connection, codes: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for part in chunks(codes, 500):
        query = select(BUREAU.c.code, BUREAU.c.departement, BUREAU.c.commune, BUREAU.c.name)
        found.update({r.code: r for r in conn.execute(query.where(BUREAU.c.code.in_(part)))})
    return found


def party_sheets(conn: Connection, party: str, round_number: int) -> list[dict[str, Any]]:
    """A party's own copies of one round, newest first, each with the feed's figures beside it
    (the feed is public; no other party's copy is ever read here)."""
    rows = [
        dict(r)
        for r in conn.execute(
            select(SHEET)
            .where(SHEET.c.party == party, SHEET.c.round == round_number)
            .order_by(SHEET.c.updated_at.desc(), SHEET.c.id.desc())
            .limit(2000)
        ).mappings()
    ]
    results = _current_results(conn, round_number, [r["bureau"] for r in rows])
    names = area_names(conn, [r["bureau"] for r in rows])
    for row in rows:
        result = results.get(row["bureau"])
        row["name"] = names.get(row["bureau"], row["bureau"])
        row["feed"] = figures_of(result) if result is not None else None
        row["differs"] = differences(figures_of(row), row["feed"]) if row["feed"] else []
    return rows


def party_sheet(conn: Connection, party: str, bureau: str, round_number: int) -> dict | None:
    """A party's copy of one bureau's sheet, or None (another party's copy is never found)."""
    row = (
        conn.execute(
            select(SHEET).where(
                SHEET.c.party == party, SHEET.c.bureau == bureau, SHEET.c.round == round_number
            )
        )
        .mappings()
        .first()
    )
    return dict(row) if row else None


def photo_for(conn: Connection, sha256: str, party: str | None) -> dict[str, Any] | None:
    """A stored photo, for the editors (party None) or for a party one of whose copies shows it."""
    if party is not None:
        mine = conn.execute(
            select(SHEET.c.id)
            .where(SHEET.c.photo_sha256 == sha256, SHEET.c.party == party)
            .limit(1)
        ).first()
        if mine is None:
            return None
    row = conn.execute(select(SHEET_PHOTO).where(SHEET_PHOTO.c.sha256 == sha256)).mappings()
    found = row.first()
    return dict(found) if found else None


STATUSES = ("single", "conflict", "no_feed", "agrees", "disagrees")


def overview(conn: Connection, round_number: int, departement: str | None = None) -> dict[str, Any]:
    """For the officials: per département (or per commune of one), sheets received, counted,
    agreeing with the feed, disagreeing, in conflict, waiting for a second party; and every
    bureau that needs a look, with both sets of numbers."""
    grouped = _sheets_by_bureau(conn, round_number)
    places = _bureau_places(conn, list(grouped))
    if departement is not None:
        grouped = {
            b: e for b, e in grouped.items() if b in places and places[b].departement == departement
        }
    results = _current_results(conn, round_number, list(grouped))
    rows: dict[str, dict[str, int]] = {}
    issues = []
    for bureau, entries in sorted(grouped.items()):
        verdict = _verdict(entries, results.get(bureau))
        place = places.get(bureau)
        area = (place.commune if departement else place.departement) if place else "?"
        counts = rows.setdefault(area, {"received": 0, **{s: 0 for s in STATUSES}})
        counts["received"] += 1
        counts[verdict["status"]] += 1
        if verdict["status"] in ("disagrees", "conflict"):
            issues.append({"bureau": bureau, "entries": entries, **verdict})
    names = area_names(conn, [*rows, *(i["bureau"] for i in issues)])
    return {
        "areas": [
            {"code": code, "name": names.get(code, code), **counts}
            for code, counts in sorted(rows.items())
        ],
        "issues": [{**i, "name": names.get(i["bureau"], i["bureau"])} for i in issues],
        "totals": {key: sum(r[key] for r in rows.values()) for key in ("received", *STATUSES)},
    }
