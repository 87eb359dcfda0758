"""Store stage: bulk writes straight through the database driver, for the 69,242-bureau payloads.

SQLAlchemy's executemany spends more time preparing each row's parameters than SQLite spends
writing it; here each value goes through its column's own bind processor (the one SQLAlchemy
would use) once, and the driver does the rest. On PostgreSQL inserts go through COPY (psycopg 3's
`cursor.copy`): one stream instead of a statement per row.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError

CHUNK = 5000  # rows per executemany / IN list: below every backend's parameter limit

T = TypeVar("T")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for one bulk pass, then back as it was.

    A pass over 10,000 claims makes hundreds of thousands of small objects and no cycles; each
    full collection it triggers walks the whole heap (the lexicon's 36,000 places among it),
    which took 0.45 s of a 1.5 s relabelling.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """The items in lists of at most `size`, read lazily (IN lists, batches of rows)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _converters(conn: Connection, table: Table, columns: Sequence[str]) -> list[Any]:
    """Each column's bind processor for this dialect (JSON text, UTC datetimes...), or None.

    They are SQLAlchemy's own, as an ordinary insert would apply them; None stays SQL NULL, as
    the ORM writes it for these columns.
    """
    converters: list[Any] = []
    for name in columns:
        process = table.c[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        converters.append(None if process is None else _keeping_null(process))
    return converters


def _keeping_null(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else process(value)


def _placeholder(conn: Connection, name: str) -> str:
    return f":{name}" if conn.dialect.paramstyle in ("named", "qmark") else f"%({name})s"


def _rows(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], converters: list[Any]
) -> Iterator[dict[str, Any]]:
    """Each row's driver parameters, made as the driver takes them: never all at once."""
    pairs = list(zip(columns, converters, strict=True))
    for row in rows:
        yield {
            name: convert(row.get(name)) if convert else row.get(name) for name, convert in pairs
        }


@contextlib.contextmanager
def _driver_errors(conn: Connection, sql: str) -> Iterator[None]:
    """A driver error raised as SQLAlchemy raises it.

    OperationalError for a full disk or a lost server, DataError for a value out of range: callers
    handle one family of errors whichever path wrote.
    """
    driver_error = conn.dialect.loaded_dbapi.Error
    try:
        yield
    except driver_error as exc:
        raise DBAPIError.instance(sql, None, exc, driver_error) from exc


def _executemany(conn: Connection, sql: str, params: Iterable[dict[str, Any]]) -> None:
    cursor = conn.connection.driver_connection.cursor()
    try:
        with _driver_errors(conn, sql):
            for chunk in chunks(params):
                cursor.executemany(sql, chunk)
    finally:
        cursor.close()


def _copy(conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[tuple]) -> None:
    """Rows into a PostgreSQL table through COPY, in the connection's transaction."""
    sql = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    cursor = conn.connection.driver_connection.cursor()
    try:
        with _driver_errors(conn, sql), cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()


def _tuples(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], converters: list[Any]
) -> Iterator[tuple]:
    pairs = list(zip(columns, converters, strict=True))
    for row in rows:
        yield tuple(convert(row.get(name)) if convert else row.get(name) for name, convert in pairs)


def bulk_insert(conn: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Insert rows (dicts by column name, the first names the columns), read as they are written."""
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return
    rows = itertools.chain((first,), iterator)
    columns = [c.name for c in table.columns if c.name in first]
    converters = _converters(conn, table, columns)
    if conn.dialect.name == "postgresql":
        _copy(conn, table, columns, _tuples(rows, columns, converters))
        return
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "
        f"({', '.join(_placeholder(conn, c) for c in columns)})"
    )
    _executemany(conn, sql, _rows(rows, columns, converters))


def bulk_update(
    conn: Connection,
    table: Table,
    keys: Sequence[str],
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
) -> None:
    """Update `columns` of many rows identified by their `keys` values."""
    if not rows:
        return
    renames = {k: f"k_{k}" for k in keys}
    sets = ", ".join(f"{c} = {_placeholder(conn, c)}" for c in columns)
    where = " AND ".join(f"{k} = {_placeholder(conn, renames[k])}" for k in keys)
    sql = f"UPDATE {table.name} SET {sets} WHERE {where}"
    names = list(columns) + list(keys)
    converters = _converters(conn, table, columns) + [None] * len(keys)
    params = []
    for row in rows:
        values = {}
        for name, convert in zip(names[: len(columns)], converters, strict=False):
            value = row.get(name)
            values[name] = convert(value) if convert else value
        for key in keys:
            values[renames[key]] = row[key]
        params.append(values)
    _executemany(conn, sql, params)
