"""Store stage: a tally sheet's figures read from a delegate's form, a CSV file or a photo, and
checked before anything is stored (strict whole numbers, the procès-verbal's own arithmetic).

Every problem is a `Problem(line, key, params)`: pages word it in their language (i18n
`tally_err_*`); nothing here knows a database or a request."""

from __future__ import annotations

import csv
import hashlib
import io
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sources.numbers import INT4_MAX, FeedError, whole

FIELDS = ("inscrits", "votants", "blancs", "nuls", "exprimes")
# A feed's negative count is stored and flagged; a delegate copying a paper sheet has none.
SHEET_RANGE = (0, INT4_MAX)
CSV_MAX_BYTES = 2 * 1024 * 1024  # a party's whole département fits in far less
CSV_MAX_ROWS = 5000
PROBLEMS_SHOWN = 50  # a file with a wrong column fails on every line: the first 50 say enough
PHOTO_MAX_BYTES = 8 * 1024 * 1024  # a phone's photo of a sheet; scans as PDF
# The formats a delegate's phone or scanner makes, known by their first bytes, never by the
# name or the type the browser claims.
PHOTO_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)


@dataclass(frozen=True, slots=True)
class Problem:
    """Why an input cannot be stored: a phrase key and its values, and the CSV line if any."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Figures:
    """The figures of one procès-verbal."""

    bureau: str
    inscrits: int
    votants: int
    blancs: int
    nuls: int
    exprimes: int
    votes: dict[str, int]

    def counts(self) -> dict[str, Any]:
        """The figures as stored and compared (without the bureau)."""
        return {**{f: getattr(self, f) for f in FIELDS}, "votes": dict(self.votes)}


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo or scan that passed the checks."""

    data: bytes
    content_type: str
    sha256: str


def _count(value: str | None, what: str, line: int | None) -> tuple[int | None, Problem | None]:
    """A strict whole number (sources.numbers.whole), or the problem in words."""
    text = (value or "").strip()
    if not text:
        return None, Problem("tally_err_missing", {"field": what}, line)
    try:
        return whole(text, what, SHEET_RANGE), None
    except FeedError as exc:
        key = "tally_err_range" if "out of range" in str(exc) else "tally_err_whole"
        return None, Problem(key, {"field": what, "value": text[:20]}, line)


def arithmetic_problems(figures: Figures, line: int | None = None) -> list[Problem]:
    """What does not add up on the sheet: the checks the authority's own feed must pass."""
    found = []
    if figures.votants > figures.inscrits:
        found.append(
            Problem(
                "tally_err_over", {"votants": figures.votants, "inscrits": figures.inscrits}, line
            )
        )
    total = figures.blancs + figures.nuls + figures.exprimes
    if total != figures.votants:
        found.append(Problem("tally_err_votants", {"votants": figures.votants, "sum": total}, line))
    votes = sum(figures.votes.values())
    if votes != figures.exprimes:
        found.append(Problem("tally_err_votes", {"exprimes": figures.exprimes, "sum": votes}, line))
    return found


def read_figures(
    values: Mapping[str, str | None], candidates: Iterable[str], line: int | None = None
) -> tuple[Figures | None, list[Problem]]:
    """One sheet from named text values (a form's fields or a CSV row): every problem at once."""
    problems: list[Problem] = []
    bureau = (values.get("bureau") or "").strip()[:32]
    if not bureau:
        problems.append(Problem("tally_err_missing", {"field": "bureau"}, line))
    counts: dict[str, int] = {}
    for name in (*FIELDS, *candidates):
        number, problem = _count(values.get(name), name, line)
        if problem:
            problems.append(problem)
        elif number is not None:
            counts[name] = number
    if problems:
        return None, problems
    figures = Figures(
        bureau=bureau,
        **{f: counts.pop(f) for f in FIELDS},
        votes=counts,
    )
    problems = arithmetic_problems(figures, line)
    return (None, problems) if problems else (figures, [])


def _column(name: str) -> str:
    """A header as compared: trimmed, lower case, accents off ("Exprimés" is "exprimes")."""
    flat = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(c for c in flat if not unicodedata.combining(c))


def _header_problems(header: list[str], candidates: tuple[str, ...]) -> list[Problem]:
    expected = ("bureau", *FIELDS, *candidates)
    missing = [c for c in expected if c not in header]
    unknown = [c for c in header if c not in expected]
    twice = sorted({c for c in header if header.count(c) > 1})
    found = []
    if missing:
        found.append(Problem("tally_err_columns_missing", {"columns": ", ".join(missing)}, 1))
    if unknown:
        found.append(Problem("tally_err_columns_unknown", {"columns": ", ".join(unknown)}, 1))
    if twice:
        found.append(Problem("tally_err_columns_twice", {"columns": ", ".join(twice)}, 1))
    return found


def _decode(data: bytes) -> tuple[str | None, Problem | None]:
    if len(data) > CSV_MAX_BYTES:
        return None, Problem("tally_err_csv_size", {"mb": CSV_MAX_BYTES // (1024 * 1024)})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, Problem("tally_err_encoding")
    if "\0" in text:
        return None, Problem("tally_err_encoding")
    return text, None


def read_csv(data: bytes, candidates: tuple[str, ...]) -> tuple[list[Figures], list[Problem]]:
    """Every sheet of a delegate's CSV file, or every problem (by line) and no sheet at all.

    Columns: `bureau`, `inscrits`, `votants`, `blancs`, `nuls`, `exprimes`, then one per
    candidate of the round, named by its id; `;` or `,` between them; UTF-8 (a BOM is fine)."""
    text, problem = _decode(data)
    if problem or text is None:
        return [], [problem or Problem("tally_err_encoding")]
    lines = text.splitlines()
    first = lines[0] if lines else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:  # a cell past the csv module's field limit (128 KB), a stray NUL
        return [], [Problem("tally_err_encoding")]
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if len(rows) < 2:
        return [], [Problem("tally_err_csv_empty")]
    if len(rows) > CSV_MAX_ROWS + 1:
        return [], [Problem("tally_err_csv_rows", {"rows": CSV_MAX_ROWS})]
    header = [_column(c) for c in rows[0]]
    problems = _header_problems(header, candidates)
    if problems:
        return [], problems
    sheets: list[Figures] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(
                Problem("tally_err_cells", {"found": len(row), "expected": len(header)}, number)
            )
            continue
        figures, found = read_figures(dict(zip(header, row, strict=True)), candidates, number)
        problems.extend(found)
        if figures is None:
            continue
        if figures.bureau in seen:
            problems.append(
                Problem(
                    "tally_err_twice",
                    {"bureau": figures.bureau, "first": seen[figures.bureau]},
                    number,
                ),
            )
            continue
        seen[figures.bureau] = number
        sheets.append(figures)
    return ([], problems) if problems else (sheets, [])


def read_photo(data: bytes) -> tuple[Photo | None, Problem | None]:
    """A photo or scan of the sheet, if it is a JPEG, a PNG or a PDF of bounded size."""
    if len(data) > PHOTO_MAX_BYTES:
        return None, Problem("tally_err_photo_size", {"mb": PHOTO_MAX_BYTES // (1024 * 1024)})
    kind = next((t for magic, t in PHOTO_MAGIC if data.startswith(magic)), None)
    if kind is None:
        return None, Problem("tally_err_photo_type")
    return Photo(data, kind, hashlib.sha256(data).hexdigest()), None
