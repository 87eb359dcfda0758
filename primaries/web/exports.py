"""Show stage: the export formats: the claims CSV (cells a spreadsheet never runs) and the
schema.org ClaimReview of a claim. The routes that serve them are in `api`."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from flask import Response, current_app, request, send_file, url_for
from sqlalchemy import Engine

from primaries import provenance, queries
from primaries.context import engine, settings
from primaries.posts import display_text
from primaries.queries import AreaRef
from primaries.settings import Settings
from primaries.web.common import (
    REHEARSAL_HEADER,
    effective_label,
    etag_of,
    reason_of,
    rehearsal,
)

RATING = {"contradicted": 1, "unconfirmed": 2, "confirmed": 3}
CLAIM_REVIEWED_MAX = 500  # characters of the post quoted in a ClaimReview
# A cell starting with one of these is run as a formula by Excel, LibreOffice and Google Sheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CLAIMS_CSV_COLUMNS = (
    "id",
    "round",
    "type",
    "area",
    "candidates",
    "text",
    "label",
    "label_at",
    "reason_fr",
    "reason_en",
    "newsroom_label",
    "newsroom_reason",
    "newsroom_by",
    "newsroom_at",
    "posts",
    "accounts",
    "reach",
    "created_at",
)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def csv_cell(text: str | None) -> str:
    """Free text as a CSV cell a spreadsheet shows and never runs (OWASP: CSV injection)."""
    value = text or ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _claim_csv_row(r: dict[str, Any]) -> list[Any]:
    return [
        r["id"],
        r["round"],
        r["type"],
        r["area"],
        " ".join(r["candidates"] or []),
        csv_cell(r.get("story_text") or r["fragment"]),
        r["label"],
        _iso(r["label_at"]),
        csv_cell(r["reason_fr"]),
        csv_cell(r["reason_en"]),
        r["override_label"] or "",
        csv_cell(r["override_reason"]),
        csv_cell(r["override_by"]),
        _iso(r["override_at"]) or "",
        r.get("story_posts") or 0,
        r.get("story_accounts") or 0,
        r.get("story_reach") or 0,
        _iso(r["created_at"]),
    ]


# In a rehearsal every row ends with this column: a row pasted elsewhere still says so.
REHEARSAL_COLUMN, REHEARSAL_CELL = "rehearsal", "REHEARSAL / RÉPÉTITION"


def claims_csv(rows: list[dict[str, Any]], rehearsal: bool = False) -> str:
    """The claims as CSV text, with both labels (the machine's and the newsroom's)."""
    out = io.StringIO()
    writer = csv.writer(out)
    mark = [REHEARSAL_CELL] if rehearsal else []
    writer.writerow([*CLAIMS_CSV_COLUMNS, *([REHEARSAL_COLUMN] if rehearsal else [])])
    for row in rows:
        writer.writerow(_claim_csv_row(row) + mark)
    return out.getvalue()


def claim_review(row: dict[str, Any], posts: list[dict[str, Any]]) -> dict[str, Any]:
    """The schema.org ClaimReview of a claim (the newsroom's label when it gave one)."""
    label = effective_label(row)
    reviewed = row["override_at"] or row["label_at"] or row["created_at"]
    appearances = [
        {"@type": "SocialMediaPosting", "url": p["url"], "datePublished": _iso(p["posted_at"])}
        for p in posts
        if p["url"].startswith(("http://", "https://"))
    ][:20]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url_for("public.claim", claim_id=row["id"], _external=True),
        # A short summary, as schema.org asks: a 100 KB post must not weigh on every claim page.
        "claimReviewed": display_text(row.get("story_text") or row["fragment"], CLAIM_REVIEWED_MAX),
        "datePublished": _iso(reviewed),
        "author": {"@type": "Organization", "name": settings().election.authority or "primaries"},
        "itemReviewed": {
            "@type": "Claim",
            "datePublished": _iso(row["created_at"]),
            "appearance": appearances,
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING.get(label, 2),
            "bestRating": 3,
            "worstRating": 1,
            "alternateName": label,
            "ratingExplanation": row["override_reason"]
            if row.get("override_label")
            else reason_of(row),
        },
    }


BUREAUX_CSV_PAGE = 2000  # rows read from the database per step of the streamed CSV
BUREAUX_CSV_FIGURES = (
    "code",
    "name",
    "commune",
    "inscrits",
    "reported",
    "votants",
    "blancs",
    "nuls",
    "exprimes",
)


def attachment(response: Response, filename: str) -> Response:
    """Mark a response as a download under a safe file name: letters, digits, '.', '_', '-'
    only, so a feed's bureau code cannot close the quotes and name a second file."""
    response.headers.set("Content-Disposition", "attachment", filename=_safe_name(filename))
    return response


def _csv_lines(rows: list[list[Any]], dialect: str = "excel") -> str:
    out = io.StringIO()
    csv.writer(out, dialect=dialect).writerows(rows)
    return out.getvalue()


def _bureau_csv_row(r: dict[str, Any], candidates: list[str]) -> list[Any]:
    return (
        [r["code"], csv_cell(r["name"]), r["commune"], r["inscrits"], int(r["reported"])]
        + [r[k] if r[k] is not None else "" for k in ("votants", "blancs", "nuls", "exprimes")]
        + [r["votes"].get(c, "") if r["reported"] else "" for c in candidates]
        + [
            r["turnout"] if r["turnout"] is not None else "",
            r["status"] or "",
            r["revision"] or "",
        ]
    )


class FrenchSpreadsheet(csv.excel):
    """What a French spreadsheet opens by a double click: ';' between cells (the comma is the
    decimal mark there), CRLF, quotes only where needed."""

    delimiter = ";"


FRENCH_STATUS = {
    "provisional": "provisoire",
    "validated": "validé",
    "quarantined": "en quarantaine",
    "cancelled": "annulé",
}
FRENCH_BOM = "\ufeff"  # without it Excel reads UTF-8 as Windows-1252 ("Exprimés" → "ExprimÃ©s")


def _decimal_comma(value: float | None) -> str:
    return f"{value:.2f}".replace(".", ",") if value is not None else ""


def _french_header(config: Settings, round_number: int) -> list[str]:
    names = [c.name for c in config.candidates_in(round_number)]
    return [
        *("Code du bureau", "Bureau", "Commune", "Inscrits", "Dépouillé", "Votants"),
        *("Blancs", "Nuls", "Exprimés", *names, "Participation (%)", "Statut", "Révision"),
        *FRENCH_PROVENANCE_COLUMNS,
    ]


# Where each row's figures come from: the source and the times of the snapshot that brought
# them (a row copied into another sheet keeps its origin), blank for a bureau not reported.
PROVENANCE_COLUMNS = ("source", "fetched_at", "published_at")
FRENCH_PROVENANCE_COLUMNS = ("Source", "Récupéré le", "Publié le")
FRENCH_TIME = "%d/%m/%Y %H:%M:%S"  # the election's own clock, as a French spreadsheet reads it


def _provenance_cells(found: dict[str, Any] | None, french_tz: str | None) -> list[str]:
    """The source, fetch and publication time of one row (ISO 8601 UTC; local in French)."""
    if found is None:
        return ["", "", ""]

    def when(value: Any) -> str:
        if value is None:
            return ""
        if french_tz:
            return value.astimezone(ZoneInfo(french_tz)).strftime(FRENCH_TIME)
        return value.isoformat()

    return [csv_cell(found["source"]), when(found["fetched_at"]), when(found["published_at"])]


def _french_row(r: dict[str, Any], candidates: list[str]) -> list[Any]:
    figures = [r[k] if r[k] is not None else "" for k in ("votants", "blancs", "nuls", "exprimes")]
    return [
        *(r["code"], csv_cell(r["name"]), r["commune"], r["inscrits"]),
        "oui" if r["reported"] else "non",
        *figures,
        *(r["votes"].get(c, "") if r["reported"] else "" for c in candidates),
        _decimal_comma(r["turnout"]),
        FRENCH_STATUS.get(r["status"] or "", r["status"] or ""),
        r["revision"] or "",
    ]


def bureaux_csv_lines(
    store: Engine,
    config: Settings,
    area: AreaRef,
    round_number: int,
    show: str = "all",
    french: bool = False,
    rehearsal: bool = False,
) -> Iterator[str]:
    """The bureaux CSV of an area (those the filter `show` keeps), international or for French
    spreadsheets, a page of rows at a time: a connection per page, so a slow reader never holds
    one for the whole download, and pages follow the last code sent, so a bureau reporting
    mid-download is neither lost nor sent twice. A rehearsal's rows end with a column saying so."""
    candidates = [c.id for c in config.candidates_in(round_number)]
    mark = [REHEARSAL_CELL] if rehearsal else []
    if french:
        dialect, row_of = FrenchSpreadsheet, _french_row
        header = _french_header(config, round_number) + (["Répétition"] if rehearsal else [])
        yield FRENCH_BOM + _csv_lines([header], dialect)
    else:
        dialect, row_of = csv.excel, _bureau_csv_row
        header = [*BUREAUX_CSV_FIGURES, *candidates, "turnout", "status", "revision"]
        header += PROVENANCE_COLUMNS
        yield _csv_lines([header + ([REHEARSAL_COLUMN] if rehearsal else [])])
    local = config.election.timezone if french else None
    after: str | None = ""
    while after is not None:
        with store.connect() as conn:
            rows = queries.bureau_table(
                conn, area, round_number, 1, BUREAUX_CSV_PAGE, show, after=after
            )
            origins = provenance.bureau_snapshots(conn, [r["code"] for r in rows], round_number)
        lines = [
            row_of(r, candidates) + _provenance_cells(origins.get(r["code"]), local) + mark
            for r in rows
        ]
        yield _csv_lines(lines, dialect)
        after = rows[-1]["code"] if len(rows) == BUREAUX_CSV_PAGE else None


# Coarse areas' bureau lists (CSV, and the API's pages) are written once per version of the
# area's figures to a file every worker of the host serves (sendfile, no Python): the nation's
# CSV took 2-3 s of a worker's CPU per request, and each worker rendering each of the 70 pages
# of the national list once per new version saturated two cores. Finer areas stream or render
# straight from the database (Paris: 896 rows); their files would number in the tens of
# thousands.
FILED_LEVELS = ("national", "region", "group", "zone")
_FILE_LOCKS: dict[Path, threading.Lock] = {}
_FILE_LOCKS_GUARD = threading.Lock()


def _safe_name(filename: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", filename).strip("._") or "export"


def exports_folder() -> Path:
    """Where this site's export files go: one folder per database, so two databases served
    from one instance folder (a demo, a rehearsal) never share a file of the same version."""
    root = current_app.config.get("EXPORTS_DIR") or settings().instance_dir / "exports"
    store = engine().url.render_as_string(hide_password=False)
    return Path(root) / hashlib.sha1(store.encode()).hexdigest()[:12]


def kept_file(stem: str, version: int, write: Callable[[TextIO], None]) -> Path:
    """The file `stem` at this version (`stem-version`), written by `write` on the first request
    (once per process at a time; atomically, so other workers never read half a file); its
    other versions are removed."""
    folder = exports_folder()
    path = folder / f"{_safe_name(stem)}-{version}"
    if path.exists():
        return path
    with _FILE_LOCKS_GUARD:
        lock = _FILE_LOCKS.setdefault(path, threading.Lock())
    with lock:
        if path.exists():
            return path
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
        try:
            with partial.open("w", encoding="utf-8", newline="") as handle:
                write(handle)
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    for old in folder.glob(f"{_safe_name(stem)}-*"):
        if old != path:
            old.unlink(missing_ok=True)
    with _FILE_LOCKS_GUARD:
        _FILE_LOCKS.pop(path, None)
    return path


def filed(
    area: AreaRef, stem: str, version: int, write: Callable[[TextIO], None], **sent: Any
) -> Response | None:
    """A coarse area's document served from its kept file; None for a finer area, or when the
    disk refuses the file (full, read-only): the caller renders it instead."""
    if area.level not in FILED_LEVELS:
        return None
    try:
        path = kept_file(stem, version, write)
    except OSError as exc:
        current_app.logger.warning("export file not written: %s", exc)
        return None
    return send_file(path, max_age=settings().web.cache_max_age, **sent)


def _write_csv(area: AreaRef, round_number: int, *view: Any) -> Callable:
    def write(handle: TextIO) -> None:
        for chunk in bureaux_csv_lines(engine(), settings(), area, round_number, *view):
            handle.write(chunk)

    return write


def bureaux_csv_response(
    area: AreaRef, round_number: int, version: int, show: str = "all", french: bool = False
) -> Response:
    """The bureaux CSV of an area (all, or those a filter keeps; international, or for French
    spreadsheets), cacheable, validated by the versions of the nation's and the area's figures:
    from a file for the coarse areas, else streamed a page at a time."""
    with engine().connect() as conn:
        own = queries.area_version(conn, area.code, round_number)
    marked = rehearsal()
    view = ("" if show == "all" else f"-{show}") + ("-fr" if french else "")
    view += "-REPETITION" if marked else ""
    etag = etag_of("bureaux.csv", area.code, round_number, view, version, own)
    stem = f"bureaux-{area.code}-{round_number}{view}.csv"
    write = _write_csv(area, round_number, show, french, marked)
    response = filed(area, stem, own, write, mimetype="text/csv", etag=etag)
    if response is None:
        lines = bureaux_csv_lines(engine(), settings(), area, round_number, show, french, marked)
        response = Response(lines, mimetype="text/csv")
        # make_conditional would otherwise join the whole stream to count its length.
        response.implicit_sequence_conversion = False
        response.set_etag(etag)
        response.headers["Cache-Control"] = f"public, max-age={settings().web.cache_max_age}"
    attachment(response, f"{area.code}-tour{round_number}-bureaux{view}.csv")
    if marked:
        response.headers[REHEARSAL_HEADER] = "1"
    return response.make_conditional(request)
