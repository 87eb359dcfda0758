"""Show stage: what changed between two times (bureaux new, corrected, quarantined; labels that
changed), as a page and as two CSVs (international, and for French spreadsheets), for editors
and party officials. Public and cacheable: the same window gives everyone the same answer."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

from flask import (
    Blueprint,
    Response,
    abort,
    render_template,
    request,
    stream_with_context,
    url_for,
)

from primaries import changes, queries
from primaries.changes import Window, WindowError
from primaries.context import engine, settings
from primaries.models import utcnow
from primaries.queries import AreaRef
from primaries.web import i18n
from primaries.web.common import (
    REHEARSAL_HEADER,
    microcached,
    page,
    rehearsal,
    round_arg,
)
from primaries.web.exports import (
    FRENCH_BOM,
    REHEARSAL_CELL,
    REHEARSAL_COLUMN,
    FrenchSpreadsheet,
    attachment,
    csv_cell,
)

bp = Blueprint("changes", __name__)

SECTION_ROWS = 25  # rows of each kind on the overview; the rest one click away, or in the CSV
# The overview's order: what needs a look first (a quarantine, a correction, a label that
# moved) before the many bureaux that simply reported.
SHOWN_ORDER = ("quarantined", "cancelled", "corrected", "label", "new", "validated")
KIND_PAGE_ROWS = 200  # rows a page when one kind is shown alone
MAX_PAGE = 100_000  # past any night's changes; a larger OFFSET overflows PostgreSQL's bigint
WINDOW_NAMES = ("round", "area", "since", "until", "minutes", "kind", "page")
QUICK_MINUTES = (15, 30, 60, 180)


def _area() -> AreaRef | None:
    """?area=CODE (the nation when absent); 404 for an unknown one."""
    code = request.args.get("area", "").strip()[:32]
    if not code:
        return None
    with engine().connect() as conn:
        found = queries.get_area(conn, code)
    if found is None:
        abort(404)
    return found


def _window() -> Window:
    """The window asked for; WindowError for one that cannot be read."""
    return changes.parse_window(
        request.args.get("since") or None,
        request.args.get("until") or None,
        request.args.get("minutes") or None,
        now=utcnow(),
        tz_name=settings().election.timezone,
    )


def _kind() -> str | None:
    """?kind= (one kind alone, paged), or None for the overview; 400 for another value."""
    kind = request.args.get("kind") or None
    if kind is not None and kind not in changes.KINDS:
        raise WindowError("window_bad_kind", kinds=", ".join(changes.KINDS))
    return kind


def _page_number() -> int:
    raw = request.args.get("page", "1").strip()
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_PAGE:
        raise WindowError("window_bad_page")
    return int(raw)


@bp.get("/changes")
@microcached(*WINDOW_NAMES)
def overview() -> Response | tuple[str, int]:
    """What changed in a window: counts of every kind, the newest of each, links to the rest."""
    round_number = round_arg()
    area = _area()
    typed = {name: (request.args.get(name) or "")[:40] for name in ("since", "until", "minutes")}
    try:
        window, kind, number = _window(), _kind(), _page_number()
    except WindowError as exc:
        body = render_template(
            "changes.html",
            error=i18n.t(exc.key, **exc.params),
            typed=typed,
            area=area,
            round=round_number,
            quick=QUICK_MINUTES,
        )
        return body, 400
    size = KIND_PAGE_ROWS if kind else SECTION_ROWS
    with engine().connect() as conn:
        counted = changes.counts(conn, round_number, window, area)
        shown = [kind] if kind else list(SHOWN_ORDER)
        rows = {
            k: changes.changes_page(
                conn,
                round_number,
                window,
                k,
                area=area,
                limit=size,
                offset=(number - 1) * size if kind else 0,
            )
            for k in shown
            if counted[k]
        }
    for items in rows.values():
        for item in items:
            if "moved" in item:
                item["moved_words"] = moved_words(item["moved"], french=i18n.lang() == "fr")
    pages = max(1, -(-counted[kind] // size)) if kind else 1
    body = render_template(
        "changes.html",
        error=None,
        typed=typed,
        window=window,
        area=area,
        round=round_number,
        counts=counted,
        rows=rows,
        kind=kind,
        size=size,
        pager={"page": number, "pages": pages},
        query=_window_query(window, area, round_number),
        quick=QUICK_MINUTES,
        order=SHOWN_ORDER,
    )
    return page(body)


MOVED_WORDS = {"status": ("statut", "status"), "votants": ("votants", "voters")}
MOVED_WORDS["exprimes"] = ("exprimés", "valid votes")


def moved_words(moved: list[str], french: bool) -> list[str]:
    """The figures that moved, in words: the status, the totals, each candidate by name."""
    names = {c.id: c.name for c in settings().candidates}
    return [
        MOVED_WORDS[m][0 if french else 1] if m in MOVED_WORDS else names.get(m, m) for m in moved
    ]


def _window_query(window: Window, area: AreaRef | None, round_number: int) -> dict[str, str]:
    """The query that names this very window (fixed times), for links and the CSVs: a page
    opened at 21:40 and its CSV downloaded at 21:45 must hold the same rows."""
    query = {
        "round": str(round_number),
        "since": window.since.isoformat(),
        "until": window.until.isoformat(),
    }
    if area is not None:
        query["area"] = area.code
    return query


# --- the CSVs ---

CSV_COLUMNS = (
    *("time", "change", "round", "bureau", "bureau_name", "commune", "departement"),
    *("revision", "status", "previous_status", "votants", "previous_votants", "exprimes"),
    *("previous_exprimes", "turnout", "changed", "source", "fetched_at", "published_at"),
    *("claim", "post", "area", "previous_label", "label", "by", "url"),
)
FRENCH_CSV_COLUMNS = (
    *("Heure", "Changement", "Tour", "Code du bureau", "Bureau", "Commune", "Département"),
    *("Révision", "Statut", "Statut précédent", "Votants", "Votants avant", "Exprimés"),
    *("Exprimés avant", "Participation (%)", "Ce qui a changé", "Source", "Récupéré le"),
    *("Publié le", "Affirmation", "Publication", "Lieu", "Verdict précédent", "Verdict"),
    *("Par", "Lien"),
)
FRENCH_WORDS = {
    "new": "nouveau",
    "corrected": "corrigé",
    "quarantined": "en quarantaine",
    "cancelled": "annulé",
    "label": "verdict",
    "provisional": "provisoire",
    "validated": "validé",
    "confirmed": "confirmé",
    "unconfirmed": "non confirmé",
    "contradicted": "démenti",
    "machine": "machine",
    "newsroom": "rédaction",
}
FRENCH_TIME = "%d/%m/%Y %H:%M:%S"


def _cells(change: dict[str, Any], round_number: int, french: bool, tz: ZoneInfo) -> list[Any]:
    """One change as a CSV row (the bureau's columns or the claim's, the other ones blank)."""

    def when(value: Any) -> str:
        if value is None:
            return ""
        return value.astimezone(tz).strftime(FRENCH_TIME) if french else value.isoformat()

    def word(value: str | None) -> str:
        return FRENCH_WORDS.get(value or "", value or "") if french else (value or "")

    def number(value: Any) -> Any:
        return "" if value is None else value

    head = [when(change["at"]), word(change["kind"]), round_number]
    if change["kind"] != "label":
        turnout = change["turnout"]
        turnout_cell = "" if turnout is None else (f"{turnout:.2f}")
        if french and turnout_cell:
            turnout_cell = turnout_cell.replace(".", ",")
        bureau = [
            *(change["bureau"], csv_cell(change["name"]), change["commune"]),
            *(change["departement"], change["revision"], word(change["status"])),
            *(word(change["previous_status"]), number(change["votants"])),
            *(number(change["previous_votants"]), number(change["exprimes"])),
            *(number(change["previous_exprimes"]), turnout_cell),
            # Machine names in the international file, words a reader knows in the French one.
            (
                "; ".join(moved_words(change["moved"], True))
                if french
                else " ".join(change["moved"])
            ),
            *(csv_cell(change["source"]), when(change["fetched_at"])),
            when(change["published_at"]),
        ]
        return head + bureau + [""] * 7
    giver = "newsroom" if change["newsroom"] else "machine"
    claim = [
        *(change["claim_id"], csv_cell(change["text"]), change["area"]),
        *(word(change["previous_label"]), word(change["label"]), word(giver)),
        url_for("public.claim", claim_id=change["claim_id"], _external=True),
    ]
    return head + [""] * 16 + claim


def _csv_lines(
    window: Window, area: AreaRef | None, round_number: int, french: bool, marked: bool
) -> Iterator[str]:
    """The window's changes as CSV text, a step of rows at a time."""
    tz = ZoneInfo(settings().election.timezone)
    dialect = FrenchSpreadsheet if french else csv.excel
    header = list(FRENCH_CSV_COLUMNS if french else CSV_COLUMNS)
    if marked:
        header.append("Répétition" if french else REHEARSAL_COLUMN)
    out = io.StringIO()
    writer = csv.writer(out, dialect=dialect)
    writer.writerow(header)
    yield (FRENCH_BOM if french else "") + out.getvalue()
    mark = [REHEARSAL_CELL] if marked else []
    batch: list[list[Any]] = []
    for change in changes.every_change(engine(), round_number, window, area):
        batch.append(_cells(change, round_number, french, tz) + mark)
        if len(batch) >= changes.CSV_STEP:
            yield _joined(batch, dialect)
            batch = []
    if batch:
        yield _joined(batch, dialect)


def _joined(rows: list[list[Any]], dialect: Any) -> str:
    out = io.StringIO()
    csv.writer(out, dialect=dialect).writerows(rows)
    return out.getvalue()


def _csv(french: bool) -> Response:
    round_number = round_arg()
    area = _area()
    try:
        window = _window()
    except WindowError as exc:
        message = i18n.PHRASES[exc.key][1 if not french else 0].format(**exc.params)
        return Response(message + "\n", status=400, mimetype="text/plain")
    marked = rehearsal()
    lines = _csv_lines(window, area, round_number, french, marked)
    response = Response(stream_with_context(lines), mimetype="text/csv")
    response.implicit_sequence_conversion = False
    local = window.since.astimezone(ZoneInfo(settings().election.timezone))
    name = f"changements-{local:%Y%m%d-%H%M}-{window.minutes}min" if french else None
    name = name or f"changes-{window.since:%Y%m%dT%H%MZ}-{window.minutes}min"
    prefix = "REPETITION-" if marked else ""
    where = f"-{area.code}" if area is not None else ""
    attachment(response, f"{prefix}{name}{where}-tour{round_number}.csv")
    response.headers["Cache-Control"] = f"public, max-age={settings().web.cache_max_age}"
    if marked:
        response.headers[REHEARSAL_HEADER] = "1"
    return response


@bp.get("/changes.csv")
def changes_csv() -> Response:
    """Every change of the window as CSV (UTF-8, ',', ISO 8601 UTC times)."""
    return _csv(french=False)


@bp.get("/changes-fr.csv")
def changes_csv_fr() -> Response:
    """The same for a French spreadsheet: ';', decimal comma, UTF-8 with BOM, French headers,
    times on the election's clock."""
    return _csv(french=True)
