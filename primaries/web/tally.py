"""Show stage: the parties' tally sheets: delegates enter a bureau's procès-verbal (a form with an
optional photo, or a CSV file) and see their own party's copies; officials (the newsroom) see,
per département and commune, the sheets received, agreeing with the feed and disagreeing.

Delegates sign in through the newsroom's login (same sessions, CSRF and rate limit); every write
goes through primaries.tally_sheets, which audits it in the same transaction."""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from sqlalchemy.exc import DBAPIError

from primaries import tally_sheets
from primaries.context import engine, settings
from primaries.models import utcnow
from primaries.newsroom import record_action
from primaries.sheet_input import (
    CSV_MAX_BYTES,
    FIELDS,
    PHOTO_MAX_BYTES,
    Problem,
    read_csv,
    read_figures,
    read_photo,
)
from primaries.users import end_sessions
from primaries.web import i18n
from primaries.web.common import round_arg
from primaries.web.guards import current_delegate, current_user, require_delegate, require_role

bp = Blueprint("tally", __name__, url_prefix="/tally")
delegates = require_delegate(engine_of=engine)
officials = require_role("editor", "admin", engine_of=engine)
SHA256_CHARS = set("0123456789abcdef")


def _ip() -> str:
    return request.remote_addr or ""


def _me() -> dict[str, Any]:
    delegate = current_delegate(engine())
    assert delegate is not None  # the guard ran first
    return delegate


def _candidates(round_number: int) -> list[Any]:
    return list(settings().candidates_in(round_number))


def problem_text(problem: Problem) -> str:
    """A problem in the page's language, its line first when it has one."""
    params = dict(problem.params)
    if "field" in params:
        params["field"] = field_name(str(params["field"]))
    text = i18n.t(problem.key, **params)
    return (i18n.t("tally_line", n=problem.line) if problem.line else "") + text


def field_name(name: str) -> str:
    """A figure's name in words: a count's label or a candidate's name."""
    if name in FIELDS:
        return i18n.t(name)
    if name == "bureau":
        return i18n.t("tally_bureau")
    candidate = settings().candidate(name)
    return candidate.name if candidate else name


@bp.app_context_processor
def tally_helpers() -> dict[str, Any]:
    """What the tally templates call."""
    return {"field_name": field_name, "tally_fields": FIELDS}


def _page(
    round_number: int,
    *,
    problems: list[Problem] | None = None,
    values: dict[str, str] | None = None,
    status: int = 200,
) -> tuple[str, int]:
    """The delegate's page: the form (kept as typed after a refusal), the CSV upload, the list."""
    me = _me()
    with engine().connect() as conn:
        sheets = tally_sheets.party_sheets(conn, me["party"], round_number)
    for sheet in sheets:
        sheet["differs_text"] = ", ".join(field_name(d) for d in sheet["differs"])
    candidates = _candidates(round_number)
    page = render_template(
        "tally/sheets.html",
        me=me,
        round_number=round_number,
        rounds=settings().election.rounds,
        candidates=candidates,
        sheets=sheets,
        problems=[problem_text(p) for p in problems or ()],
        values=values or {},
        csv_columns=";".join(("bureau", *FIELDS, *(c.id for c in candidates))),
        photo_mb=PHOTO_MAX_BYTES // (1024 * 1024),
    )
    return page, status


@bp.get("/")
@delegates
def sheets() -> tuple[str, int]:
    """The delegate's own party's sheets of a round, and the forms; ?bureau= opens one to correct."""
    round_number = round_arg()
    values: dict[str, str] = {}
    bureau = request.args.get("bureau", "").strip()[:32]
    if bureau:
        with engine().connect() as conn:
            found = tally_sheets.party_sheet(conn, _me()["party"], bureau, round_number)
        if found is not None:
            values = {"bureau": bureau, **{f: str(found[f]) for f in FIELDS}}
            values.update({c: str(v) for c, v in (found["votes"] or {}).items()})
        else:
            values = {"bureau": bureau}
    return _page(round_number, values=values)


def _store(sheets_: list, round_number: int, photo: Any = None) -> list[Problem]:
    """Store through tally_sheets; the problems that kept anything from being stored."""
    try:
        tally_sheets.save_sheets(
            engine(), settings(), sheets_, round_number, _me(), photo=photo, ip=_ip(), now=utcnow()
        )
    except tally_sheets.SheetRefused as exc:
        return exc.problems
    except DBAPIError:
        # A full disk or a lost database: the transaction left nothing behind; the delegate's
        # figures stay in the form for another try.
        return [Problem("tally_err_store")]
    return []


@bp.post("/sheet")
@delegates
def enter() -> Response | tuple[str, int]:
    """Store one sheet typed in the form, with its photo if one is attached; all or nothing."""
    round_number = round_arg()
    ids = [c.id for c in _candidates(round_number)]
    values = {k: request.form.get(k, "")[:40] for k in ("bureau", *FIELDS, *ids)}
    figures, problems = read_figures(values, ids)
    photo = None
    upload = request.files.get("photo")
    if upload is not None and upload.filename:
        data = upload.stream.read(PHOTO_MAX_BYTES + 1)
        photo, problem = read_photo(data)
        problems += [problem] if problem else []
    if not problems and figures is not None:
        problems = _store([(None, figures)], round_number, photo)
    if problems:
        return _page(round_number, problems=problems, values=values, status=400)
    flash(i18n.t("tally_saved", bureau=values["bureau"].strip()), "ok")
    return redirect(url_for("tally.sheets", round=round_number))


@bp.post("/upload")
@delegates
def upload() -> Response | tuple[str, int]:
    """Store every sheet of a CSV file, or none and every problem by line."""
    round_number = round_arg()
    upload_ = request.files.get("file")
    if upload_ is None or not upload_.filename:
        return _page(round_number, problems=[Problem("tally_err_csv_none")], status=400)
    data = upload_.stream.read(CSV_MAX_BYTES + 1)
    found, problems = read_csv(data, tuple(c.id for c in _candidates(round_number)))
    if not problems:
        problems = _store([(None, f) for f in found], round_number)
    if problems:
        shown = problems[:50]
        return _page(round_number, problems=shown, status=400)
    flash(i18n.t("tally_csv_saved", n=len(found)), "ok")
    return redirect(url_for("tally.sheets", round=round_number))


@bp.get("/template.csv")
@delegates
def template() -> Response:
    """The CSV file's header line for a round, to fill in a spreadsheet."""
    round_number = round_arg()
    header = ";".join(("bureau", *FIELDS, *(c.id for c in _candidates(round_number))))
    response = Response("\ufeff" + header + "\r\n", mimetype="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = (
        f'attachment; filename="proces-verbaux-tour{round_number}.csv"'
    )
    return response


@bp.get("/photos/<sha256>")
def photo(sha256: str) -> Response:
    """A sheet's photo: for the newsroom, or for a delegate of a party whose copy shows it."""
    if len(sha256) != 64 or not set(sha256) <= SHA256_CHARS:
        abort(404)
    delegate = current_delegate(engine())
    if delegate is None and current_user(engine()) is None:
        return redirect(url_for("editor.login", next=request.full_path))
    with engine().connect() as conn:
        found = tally_sheets.photo_for(conn, sha256, delegate["party"] if delegate else None)
    if found is None:
        abort(404)
    response = Response(bytes(found["data"]), mimetype=found["content_type"])
    # Sent as what its magic bytes say (nosniff, and the site's CSP runs no script of it); a
    # PDF is downloaded, never opened inside the site.
    disposition = "attachment" if found["content_type"] == "application/pdf" else "inline"
    extension = found["content_type"].rsplit("/", 1)[-1]
    response.headers["Content-Disposition"] = (
        f'{disposition}; filename="pv-{sha256[:12]}.{extension}"'
    )
    return response


@bp.post("/logout")
@delegates
def logout() -> Response:
    """Sign the delegate out everywhere."""
    name = _me()["name"]
    record_action(engine(), user=name, action="logout", claim_id=None, ip=_ip(), now=utcnow())
    end_sessions(engine(), name)
    session.clear()
    return redirect(url_for("public.home"))


@bp.get("/officials")
@officials
def overview() -> str:
    """Per département (or per commune of one): sheets received, agreeing with the feed,
    disagreeing; every disagreement with both sets of numbers."""
    round_number = round_arg()
    departement = request.args.get("departement", "").strip()[:32] or None
    with engine().connect() as conn:
        found = tally_sheets.overview(conn, round_number, departement)
        names = tally_sheets.area_names(conn, [departement] if departement else [])
    return render_template(
        "tally/officials.html",
        round_number=round_number,
        rounds=settings().election.rounds,
        departement=departement,
        departement_name=names.get(departement or "", departement),
        candidates=_candidates(round_number),
        **found,
    )
