"""Collect stage: the 2017 per-bureau results reshaped wide (UTF-8, one column per candidate)."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from dataclasses import replace

from sources.gc_pause import gc_paused
from sources.http import check_payload, fetch_bytes
from sources.numbers import whole
from sources.records import BureauRef, CandidateRef, FeedError, ResultPayload, ResultRecord

KIND = "datagouv_wide"
# What the scheduler needs: it feeds results; every payload carries its units (no registry
# to load first) and comes whole.
FEEDS = "results"
REGISTRY_PATH: str | None = None
INCREMENTS = False

FIXED_COLUMNS = (
    "departement",
    "commune",
    "bureau",
    "circonscription",
    "commune_libelle",
    "inscrits",
    "votants",
    "blancs",
    "exprimes",
)
_N_FIXED = len(FIXED_COLUMNS)


_BLOCK = 1 << 20  # bytes of the file decoded at a time


def _lines(data: bytes) -> Iterator[str]:
    """The file's lines, decoded a block at a time: never the whole text, nor all its lines, at once.

    Each block ends just after a newline, so its lines are exactly those the whole text would
    split into, and a multi-byte character is never cut; a byte that is not UTF-8 is named by
    its offset in the file.
    """
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + _BLOCK)
        end = len(data) if end < 0 else end + 1
        try:
            text = data[start:end].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FeedError(
                f"{KIND} payload is not valid utf-8 (byte {start + exc.start}); Latin-1 given?"
            ) from None
        yield from (text.removeprefix("\ufeff") if start == 0 else text).splitlines()
        start = end


def _rows(payload: bytes) -> tuple[list[str], Iterator[list[str]]]:
    """The header (checked) and the data rows of a wide file, split one at a time as read."""
    data = check_payload(payload, KIND)
    lines = _lines(data)
    # The real files never quote a field; a plain split is three times faster than csv. Rows are
    # split as they are read: all 69,242 at once would hold 1.4 million strings at the peak.
    quoted = b'"' in data
    rows = csv.reader(lines) if quoted else (line.split(",") for line in lines)
    header = next(rows, [])
    missing = [c for c in FIXED_COLUMNS if c not in header[:_N_FIXED]]
    if missing or tuple(header[:_N_FIXED]) != FIXED_COLUMNS:
        found = ",".join(header[:_N_FIXED])[:120]
        raise FeedError(
            f"{KIND}: header must start {','.join(FIXED_COLUMNS)}; "
            f"missing {', '.join(missing) or 'nothing, but out of order'} (found '{found}')"
        )
    if len(header) == _N_FIXED:
        raise FeedError(f"{KIND}: no candidate column after '{FIXED_COLUMNS[-1]}'")
    first = next(lines, None)
    if first is None:
        raise FeedError(f"{KIND}: header only, no bureau")
    lines = itertools.chain((first,), lines)
    return header, csv.reader(lines) if quoted else (line.split(",") for line in lines)


class _VotePairs(dict[str, tuple[str, int]]):
    """One candidate's (key, votes) pairs by the text of the count, built once per distinct count.

    A national file holds 760,000 counts but only a few thousand distinct values per candidate:
    sharing the pair tuples halves the time and the memory of the votes.
    """

    __slots__ = ("key",)

    def __init__(self, key: str):
        super().__init__()
        self.key = key

    def __missing__(self, text: str) -> tuple[str, int]:
        pair = self[text] = (self.key, whole(text, f"votes of {self.key}"))
        return pair


class _Counts(dict[str, int]):
    """One fixed column's counts by their text, each read once by the strict reader."""

    __slots__ = ("column",)

    def __init__(self, column: str):
        super().__init__()
        self.column = column

    def __missing__(self, text: str) -> int:
        value = self[text] = whole(text, self.column)
        return value


def _records(header: list[str], rows: Iterator[list[str]]) -> Iterator[ResultRecord]:
    """One ResultRecord per row, in file order, as read; the hot loop of a 69,242-row file."""
    pairs = [_VotePairs(key) for key in header[_N_FIXED:]]
    ins_of, vot_of = _Counts("inscrits").__getitem__, _Counts("votants").__getitem__
    bla_of, exp_of = _Counts("blancs").__getitem__, _Counts("exprimes").__getitem__
    pair_of = dict.__getitem__  # calls _VotePairs.__missing__ on a count not seen yet
    width = len(header)
    line, count = 1, 0
    try:
        for line, row in enumerate(rows, 2):
            if len(row) != width:
                if not row:
                    continue
                raise FeedError(
                    f"{KIND}: line {line} has {len(row)} fields, expected {width} (truncated?)"
                )
            dep, com, bur, circ, name, ins, vot, bla, exp = row[:_N_FIXED]
            votants, blancs, exprimes = vot_of(vot), bla_of(bla), exp_of(exp)
            unit = BureauRef(f"{dep}{com}_{bur}", dep, com, name, ins_of(ins), circ)
            votes = tuple(map(pair_of, pairs, row[_N_FIXED:]))
            count += 1
            yield ResultRecord(
                unit, votants, blancs, votants - blancs - exprimes, exprimes, votes, "validated"
            )
    except FeedError as exc:
        if str(exc).startswith(KIND):
            raise
        raise FeedError(f"{KIND}: line {line}: {exc}") from None
    if not count:
        raise FeedError(f"{KIND}: no bureau in the file")


def stream(
    payload: bytes, *, round: int | None = None
) -> tuple[ResultPayload, Iterator[ResultRecord]]:
    """The header read and checked now; the bureaux one at a time as they are stored.

    A national file's records are never all in memory: the store takes them a chunk at a time,
    and a row that cannot be read raises FeedError when it is reached (the store then rolls back).
    """
    header, rows = _rows(payload)
    candidates = tuple(CandidateRef(key) for key in header[_N_FIXED:])
    return ResultPayload(KIND, (), round=round, candidates=candidates), _records(header, rows)


def parse(payload: bytes, *, round: int | None = None) -> ResultPayload:
    """Every bureau of a wide file; nuls = votants - blancs - exprimes; final, so 'validated'."""
    # Allocating ~140,000 frozen records: the collector would walk them all dozens of times.
    with gc_paused():
        head, records = stream(payload, round=round)
        return replace(head, records=tuple(records))


def parse_registry(payload: bytes) -> list[BureauRef]:
    """Every bureau of a wide file with its inscrits."""
    return [record.unit for record in parse(payload).records]


# One file or URL: the shared conditional GET (or local read, gunzipped) is the whole fetch.
fetch = fetch_bytes
