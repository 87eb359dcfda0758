"""Show stage: the export formats: the claims CSV (cells a spreadsheet never runs) and the
schema.org ClaimReview of a claim. The routes that serve them are in `api`."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

from flask import Response, request, url_for
from sqlalchemy import Engine

from primaries import queries
from primaries.context import engine, settings
from primaries.posts import display_text
from primaries.queries import AreaRef
from primaries.settings import Settings
from primaries.web.common import effective_label, etag_of, reason_of

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


def claims_csv(rows: list[dict[str, Any]]) -> str:
    """The claims as CSV text, with both labels (the machine's and the newsroom's)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CLAIMS_CSV_COLUMNS)
    for row in rows:
        writer.writerow(_claim_csv_row(row))
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
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", filename).strip("._") or "export"
    response.headers.set("Content-Disposition", "attachment", filename=safe)
    return response


def _csv_line(values: list[Any]) -> str:
    out = io.StringIO()
    csv.writer(out).writerow(values)
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


def bureaux_csv_lines(
    store: Engine, config: Settings, area: AreaRef, round_number: int
) -> Iterator[str]:
    """The bureaux CSV of an area, a page of rows at a time (a connection per page, so a slow
    reader never holds one for the whole download)."""
    candidates = [c.id for c in config.candidates_in(round_number)]
    yield _csv_line([*BUREAUX_CSV_FIGURES, *candidates, "turnout", "status", "revision"])
    after: str | None = ""
    while after is not None:
        with store.connect() as conn:
            rows, after = queries.bureaux_page(
                conn, config, area, round_number, after, BUREAUX_CSV_PAGE
            )
        yield "".join(_csv_line(_bureau_csv_row(r, candidates)) for r in rows)


def bureaux_csv_response(area: AreaRef, round_number: int, version: int) -> Response:
    """The streamed bureaux CSV of an area, cacheable, validated by the data version."""
    lines = bureaux_csv_lines(engine(), settings(), area, round_number)
    response = Response(lines, mimetype="text/csv")
    attachment(response, f"{area.code}-tour{round_number}-bureaux.csv")
    response.set_etag(etag_of("bureaux.csv", area.code, round_number, version))
    response.headers["Cache-Control"] = f"public, max-age={settings().web.cache_max_age}"
    return response.make_conditional(request)
