"""Store stage: bulk writes straight through the database driver, for the 69,242-bureau payloads.

SQLAlchemy's executemany spends more time preparing each row's parameters than SQLite spends
writing it; here each value goes through its column's own bind processor (the one SQLAlchemy
would use) once, and the driver does the rest. On PostgreSQL inserts go through COPY (psycopg 3's
`cursor.copy`): one stream instead of a statement per row; inside `copies_in_background`, sent by
a worker thread while the caller reads on.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import operator
import queue
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import JSON, Column, Connection, Executable, Table, event
from sqlalchemy.exc import DBAPIError

from primaries.db import JSON_CODEC

CHUNK = 5000  # rows per executemany / IN list: below every backend's parameter limit

T = TypeVar("T")


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """The items in lists of at most `size`, read lazily (IN lists, batches of rows)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def json_text(value: Any) -> str:
    """A value as the engine writes it into a JSON column: its text, for `encoded` columns."""
    return JSON_CODEC["json_serializer"](value)


def _converters(
    conn: Connection, table: Table, columns: Sequence[str], encoded: Collection[str] = ()
) -> list[Any]:
    """Each column's bind processor for this dialect (JSON text, UTC datetimes...), or None.

    They are SQLAlchemy's own, as an ordinary insert would apply them; None stays SQL NULL, as
    the ORM writes it for these columns. `encoded` JSON columns already hold their text
    (`json_text`): the driver sends it as it is, and PostgreSQL reads it as JSON.
    """
    converters: list[Any] = []
    for name in columns:
        if name in encoded:
            converters.append(None)
            continue
        process = table.c[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        converters.append(None if process is None else _keeping_null(process))
    return converters


_IMMUTABLE = (str, int, float, bool, datetime, date)


def _keeping_null(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The processor, None kept as None, and the last immutable value's result remembered.

    A payload's rows share one `recorded_at` (one datetime object): converted once, not 69,242
    times. Only the very same object is remembered, never an equal one, nor a mutable value.
    """
    last: list[Any] = [_IMMUTABLE, None]  # (the last value, its result); a sentinel to start

    def convert(value: Any) -> Any:
        if value is None:
            return None
        if value is last[0]:
            return last[1]
        result = process(value)
        if isinstance(value, _IMMUTABLE):
            last[0], last[1] = value, result
        return result

    return convert


def _json_as_text(
    table: Table, columns: Sequence[str], converters: list[Any], encoded: Collection[str] = ()
) -> list[Any]:
    """For COPY, JSON columns as the engine's JSON text: the server reads it as it reads every
    COPY field, instead of the driver wrapping each value to serialise it the same way."""
    serialise = _keeping_null(json_text)
    return [
        serialise if isinstance(table.c[name].type, JSON) and name not in encoded else convert
        for name, convert in zip(columns, converters, strict=True)
    ]


def _placeholder(conn: Connection) -> str:
    """The driver's positional placeholder: rows go as tuples, cheaper than dicts to bind."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def _picked(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Iterator[tuple]:
    """Each row's values in column order (a row without some column: NULL there, as the ORM
    writes it)."""
    pick = operator.itemgetter(*columns) if len(columns) > 1 else None
    for row in rows:
        try:
            yield pick(row) if pick else (row[columns[0]],)
        except KeyError:
            yield tuple(row.get(name) for name in columns)


def _converted(rows: Iterable[tuple], converters: list[Any]) -> Iterable[tuple]:
    """Each row's values converted, made as the driver takes them."""
    converted = [(i, c) for i, c in enumerate(converters) if c is not None]
    if not converted:
        return rows
    return _each_converted(rows, converted)


def _each_converted(rows: Iterable[tuple], converted: list[tuple[int, Any]]) -> Iterator[tuple]:
    for row in rows:
        values = list(row)
        for index, convert in converted:
            values[index] = convert(values[index])
        yield tuple(values)


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


def driver_rows(conn: Connection, statement: Executable) -> list[tuple]:
    """A select's rows as the driver returns them: plain tuples, no result conversion.

    For passes over thousands of rows whose columns need none (texts, integers) or are converted
    once per distinct value by the caller; its parameters go to the driver as they are.
    """
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    sql, params = str(compiled), compiled.construct_params()
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup or ())
    _copies_stored(conn)
    cursor = conn.connection.driver_connection.cursor()
    try:
        with _driver_errors(conn, sql):
            cursor.execute(sql, params)
            return cursor.fetchall()
    finally:
        cursor.close()


def _executemany(conn: Connection, sql: str, params: Iterable[tuple]) -> None:
    _copies_stored(conn)
    cursor = conn.connection.driver_connection.cursor()
    try:
        with _driver_errors(conn, sql):
            for chunk in chunks(params):
                cursor.executemany(sql, chunk)
    finally:
        cursor.close()


# conn.info key of the connection's _CopyPipe, while `copies_in_background` is open.
_PIPE = "primaries.bulk.copy_pipe"


class _CopyPipe:
    """COPY data sent from a worker thread, in order, inside the connection's transaction.

    The caller formats each batch (psycopg's own C formatter) and goes on with the next chunk;
    the thread only sends the bytes and waits for the server to store them, waits that release
    the GIL. A national ingest spent 0.7 s of its 3.7 s waiting for the server at the end of
    each COPY, while the server sat idle during the 3 s of Python around them.
    """

    def __init__(self, conn: Connection):
        self.conn = conn
        # A few batches ahead at most (about 1 MB each): memory stays bounded if the server lags.
        self.jobs: queue.Queue[tuple[str, bytes] | None] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.stopped = False
        self.thread = threading.Thread(target=self._work, name="primaries-copy", daemon=True)
        self.thread.start()

    def _work(self) -> None:
        while (job := self.jobs.get()) is not None:
            try:
                if self.error is None and not self.stopped:
                    _copy_bytes(self.conn, *job)
            except BaseException as exc:  # raised in the caller's thread, at its next call
                self.error = exc
            finally:
                self.jobs.task_done()
        self.jobs.task_done()

    def put(self, sql: str, data: bytes) -> None:
        """Queue one COPY (its statement, its formatted rows); a failed earlier one raises here."""
        self._raise()
        self.jobs.put((sql, data))

    def drain(self, *_event_args: Any) -> None:
        """Wait until every queued COPY is stored, raising the error of one that failed."""
        self.jobs.join()
        self._raise()

    def _raise(self) -> None:
        # Kept, not cleared: the server aborted the transaction, every later statement fails.
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        """Stop the thread once its current COPY is over; queued ones are dropped (the caller
        is raising, and the transaction rolls back)."""
        self.stopped = True
        self.jobs.put(None)
        self.thread.join()


@contextlib.contextmanager
def copies_in_background(conn: Connection) -> Iterator[None]:
    """Inside a transaction: on PostgreSQL, `bulk_insert`'s COPYs are stored while the caller
    goes on; any other statement on the connection first waits for them, and so does the end
    of the block. On SQLite, nothing changes (its inserts run in the caller's process anyway).
    """
    if conn.dialect.name != "postgresql" or _PIPE in conn.info:
        yield
        return
    # The dict itself: a connection the server dropped cannot be asked for it again.
    info = conn.info
    pipe = info[_PIPE] = _CopyPipe(conn)
    # Reads must see the rows sent before them, and the connection does one thing at a time.
    event.listen(conn, "before_cursor_execute", pipe.drain)
    try:
        yield
        pipe.drain()
    finally:
        pipe.close()  # first: no COPY is in flight when the transaction ends
        event.remove(conn, "before_cursor_execute", pipe.drain)
        info.pop(_PIPE, None)


def _copies_stored(conn: Connection) -> None:
    """Before a statement sent through the driver: the queued COPYs are stored first."""
    pipe = conn.info.get(_PIPE)
    if pipe is not None:
        pipe.drain()


def _copy_text(conn: Connection, rows: Iterable[tuple]) -> bytes:
    """Rows in COPY's text format, as psycopg would send them (same dumpers, same escapes)."""
    # Imported here: a command on SQLite never loads the PostgreSQL driver (50 ms).
    from psycopg.copy import Copy

    parts: list[bytes] = []
    cursor = conn.connection.driver_connection.cursor()
    try:
        with Copy(cursor, writer=_collector()(parts)) as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()
    return b"".join(parts)


@functools.cache
def _collector() -> type:
    """A psycopg COPY writer that keeps the formatted blocks in a list instead of sending them."""
    from psycopg.copy import Writer

    class Collector(Writer):
        def __init__(self, parts: list[bytes]):
            self.parts = parts

        def write(self, data: Any) -> None:
            self.parts.append(bytes(data))

    return Collector


def _copy_sql(table: Table, columns: Sequence[str]) -> str:
    return f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"


def _copy_bytes(conn: Connection, sql: str, data: bytes) -> None:
    """Formatted rows (`_copy_text`) into a table through COPY, in the connection's transaction."""
    cursor = conn.connection.driver_connection.cursor()
    try:
        with _driver_errors(conn, sql), cursor.copy(sql) as copy:
            copy.write(data)
    finally:
        cursor.close()


def _copy(conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[tuple]) -> None:
    """Rows into a PostgreSQL table through COPY, in the connection's transaction."""
    sql = _copy_sql(table, columns)
    cursor = conn.connection.driver_connection.cursor()
    try:
        with _driver_errors(conn, sql), cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()


def bulk_insert(
    conn: Connection,
    table: Table,
    rows: Iterable[dict[str, Any]],
    encoded: Collection[str] = (),
) -> None:
    """Insert rows (dicts by column name, the first names the columns), read as they are written.

    `encoded` names JSON columns whose values are already their text (`json_text`).
    """
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return
    columns = [c.name for c in table.columns if c.name in first]
    insert_tuples(
        conn, table, columns, _picked(itertools.chain((first,), iterator), columns), encoded
    )


def insert_tuples(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[tuple],
    encoded: Collection[str] = (),
    made: bool = False,
) -> None:
    """`bulk_insert` of rows made as tuples of `columns` values, with no dict per row.

    `made`: every value is already as the driver takes it (`driver_value`, JSON as its text).
    """
    converters = [None] * len(columns) if made else _converters(conn, table, columns, encoded)
    if conn.dialect.name == "postgresql":
        if not made:
            converters = _json_as_text(table, columns, converters, encoded)
        pipe = conn.info.get(_PIPE)
        if pipe is None:
            _copy(conn, table, columns, _converted(rows, converters))
        else:
            pipe.put(_copy_sql(table, columns), _copy_text(conn, _converted(rows, converters)))
        return
    placeholders = ", ".join([_placeholder(conn)] * len(columns))
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})"
    _executemany(conn, sql, _converted(rows, converters))


def bulk_update(
    conn: Connection,
    table: Table,
    keys: Sequence[str],
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    encoded: Collection[str] = (),
    condition: str = "",
) -> None:
    """Update `columns` of many rows identified by their `keys` values.

    `encoded` names JSON columns whose values are already their text (`json_text`); `condition`
    is a constant SQL condition the rows must also meet.
    """
    if rows:
        picked = _picked(rows, [*columns, *keys])
        update_tuples(conn, table, keys, columns, picked, encoded, condition)


def update_tuples(
    conn: Connection,
    table: Table,
    keys: Sequence[str],
    columns: Sequence[str],
    rows: Iterable[tuple],
    encoded: Collection[str] = (),
    condition: str = "",
    made: bool = False,
) -> None:
    """`bulk_update` of rows made as tuples: the `columns` values, then the `keys` values.

    `made`: every value is already as the driver takes it (`driver_value`, JSON as its text).
    """
    mark = _placeholder(conn)
    sets = ", ".join(f"{c} = {mark}" for c in columns)
    where = " AND ".join([*(f"{k} = {mark}" for k in keys), *([condition] if condition else [])])
    sql = f"UPDATE {table.name} SET {sets} WHERE {where}"
    if made:
        _executemany(conn, sql, rows)
        return
    # The keys as they are, never converted: they name the row.
    converters = _converters(conn, table, columns, encoded) + [None] * len(keys)
    _executemany(conn, sql, _converted(rows, converters))


def driver_value(conn: Connection, column: Column, value: Any) -> Any:
    """A value as the driver takes it for this column: its bind processor applied once, for
    rows `made` by hand (one time stamps thousands of them)."""
    process = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return value if process is None or value is None else process(value)
