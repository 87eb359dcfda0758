"""Collect stage: the Ministry's official per-bureau results file (PR17_BVot_T1_FE.txt layout)."""

from __future__ import annotations

import csv

from sources.http import check_payload, decode_text, fetch_bytes
from sources.numbers import ORDER_RANGE, whole
from sources.records import BureauRef, CandidateRef, FeedError, ResultPayload, ResultRecord

KIND = "datagouv_csv"
# What the scheduler needs: it feeds results; every payload carries its units (no registry
# to load first) and comes whole.
FEEDS = "results"
REGISTRY_PATH: str | None = None
INCREMENTS = False
ENCODING = "latin-1"

# The 21 fixed columns, then the names of the first 7-column candidate block (the only one named).
FIXED_COLUMNS = (
    "Code du département",
    "Libellé du département",
    "Code de la circonscription",
    "Libellé de la circonscription",
    "Code de la commune",
    "Libellé de la commune",
    "Code du b.vote",
    "Inscrits",
    "Abstentions",
    "% Abs/Ins",
    "Votants",
    "% Vot/Ins",
    "Blancs",
    "% Blancs/Ins",
    "% Blancs/Vot",
    "Nuls",
    "% Nuls/Ins",
    "% Nuls/Vot",
    "Exprimés",
    "% Exp/Ins",
    "% Exp/Vot",
)
CANDIDATE_COLUMNS = ("N°Panneau", "Sexe", "Nom", "Prénom", "Voix", "% Voix/Ins", "% Voix/Exp")
_N_FIXED = len(FIXED_COLUMNS)
_BLOCK = len(CANDIDATE_COLUMNS)

# Positions in a row.
_DEP, _CIRC, _COM, _COM_NAME, _BUREAU = 0, 2, 4, 5, 6
_INSCRITS, _VOTANTS, _BLANCS, _NULS, _EXPRIMES = 7, 10, 12, 15, 18
_PANNEAU, _NOM, _PRENOM, _VOIX = 0, 2, 3, 4  # within a candidate block


def _check_header(header: list[str]) -> None:
    """Refuse a header that is not the official layout, naming what is missing."""
    expected = FIXED_COLUMNS + CANDIDATE_COLUMNS
    got = [h.strip() for h in header[: len(expected)]]
    if tuple(got) == expected:
        return
    missing = [c for c in expected if c not in got]
    if missing:
        raise FeedError(f"{KIND}: header lacks column(s) {', '.join(missing)}")
    raise FeedError(f"{KIND}: header columns are out of the official order")


def _row_fields(row: list[str], line: int) -> list[str]:
    """The row's fields, checked to be 21 fixed ones plus whole 7-column candidate blocks."""
    if row and row[-1] == "" and (len(row) - 1 - _N_FIXED) % _BLOCK == 0:
        row = row[:-1]  # a trailing ';' is harmless
    if len(row) < _N_FIXED + _BLOCK or (len(row) - _N_FIXED) % _BLOCK:
        raise FeedError(
            f"{KIND}: line {line} has {len(row)} fields, expected 21 + 7 per candidate (truncated?)"
        )
    return row


def _record(row: list[str], line: int, seen: dict[str, CandidateRef]) -> ResultRecord:
    """One bureau's record; candidates met for the first time are added to `seen`."""
    where = f"{KIND}: line {line}:"
    dep, com, bureau = row[_DEP].strip(), row[_COM].strip(), row[_BUREAU].strip()
    unit = BureauRef(
        code=f"{dep}{com}_{bureau}",
        departement=dep,
        commune=com,
        name=row[_COM_NAME].strip(),
        inscrits=whole(row[_INSCRITS], f"{where} Inscrits"),
        circonscription=row[_CIRC].strip(),
    )
    votes = []
    for start in range(_N_FIXED, len(row), _BLOCK):
        key = row[start + _NOM].strip()
        votes.append((key, whole(row[start + _VOIX], f"{where} Voix of {key}")))
        if key not in seen:
            name = f"{row[start + _PRENOM].strip()} {key}".strip()
            order = whole(row[start + _PANNEAU], f"{where} N°Panneau of {key}", ORDER_RANGE)
            seen[key] = CandidateRef(key, name, order)
    return ResultRecord(
        unit=unit,
        votants=whole(row[_VOTANTS], f"{where} Votants"),
        blancs=whole(row[_BLANCS], f"{where} Blancs"),
        nuls=whole(row[_NULS], f"{where} Nuls"),
        exprimes=whole(row[_EXPRIMES], f"{where} Exprimés"),
        votes=tuple(votes),
        status="validated",  # the data.gouv.fr files are the final, proclaimed results
    )


def parse(payload: bytes, *, round: int | None = None) -> ResultPayload:
    """Every bureau of an official file, in file order; candidate key = the surname (`Nom`)."""
    text = decode_text(check_payload(payload, KIND), ENCODING, KIND)
    rows = csv.reader(text.splitlines(), delimiter=";")
    header = next(rows, [])
    _check_header(header)
    seen: dict[str, CandidateRef] = {}
    records = []
    width = 0
    for line, row in enumerate(rows, 2):
        if not row:
            continue  # blank lines (a final CRLF) carry nothing
        fields = _row_fields(row, line)
        # A national election has the same ballot everywhere: a row with fewer candidate blocks
        # than the first one was cut short, even when it happens to end on a block boundary.
        width = width or len(fields)
        if len(fields) != width:
            raise FeedError(
                f"{KIND}: line {line} has {(len(fields) - _N_FIXED) // _BLOCK} candidates, "
                f"line 2 has {(width - _N_FIXED) // _BLOCK} (truncated?)"
            )
        records.append(_record(fields, line, seen))
    if not records:
        raise FeedError(f"{KIND}: header only, no bureau")
    return ResultPayload(KIND, tuple(records), round=round, candidates=tuple(seen.values()))


def parse_registry(payload: bytes) -> list[BureauRef]:
    """Every bureau of an official file with its inscrits."""
    return [record.unit for record in parse(payload).records]


# One file or URL: the shared conditional GET (or local read, gunzipped) is the whole fetch.
fetch = fetch_bytes
