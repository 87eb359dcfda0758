"""Collect stage: one deadline for a whole poll's fetch: connect, headers and body together.

A socket timeout bounds each read, not the fetch: a server sending one byte a second never
trips it. A `Deadline` runs a watchdog timer; when it fires it shuts down the sockets of the
connections the fetch is using, which ends any read blocked on them at once. The sessions made
by `bounded_session` let the watchdog see a connection from its first byte (headers included);
on any other session it sees the connection once the headers are in.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from sources.records import FetchError

_current = threading.local()  # the Deadline of the fetch running on this thread, if any


class Deadline:
    """Seconds left for one poll's fetches, and the watchdog that enforces them."""

    def __init__(self, seconds: float):
        self.seconds = float(seconds)
        self.ends = time.monotonic() + self.seconds
        self.expired = False
        self._connections: list[Any] = []
        self._guard = threading.Lock()

    def left(self) -> float:
        """Seconds left (never negative)."""
        return max(0.0, self.ends - time.monotonic())

    def timeout(self) -> tuple[float, float]:
        """A (connect, read) timeout for requests: no single wait longer than what is left."""
        left = max(0.01, self.left())
        return (left, left)

    def check(self, url: str, received: int = 0) -> None:
        """Raise the deadline's FetchError once the time is up."""
        if self.expired or self.left() <= 0:
            raise self.error(url, received)

    def error(self, url: str, received: int = 0) -> FetchError:
        """The one line of a fetch that did not complete in time."""
        got = f" ({received:,} bytes received)" if received else ""
        return FetchError(f"timed out after {self.seconds:g} s: no complete answer from {url}{got}")

    def watch(self, connection: Any) -> None:
        """Cut this connection when the deadline passes (at once if it already has)."""
        with self._guard:
            self._connections.append(connection)
            expired = self.expired
        if expired:
            _cut(connection)

    @contextlib.contextmanager
    def running(self) -> Iterator[Deadline]:
        """While inside, connections opened on this thread are watched; the watchdog is armed."""
        previous = getattr(_current, "deadline", None)
        _current.deadline = self
        timer = threading.Timer(self.left(), self._expire)
        timer.daemon = True
        timer.start()
        try:
            yield self
        finally:
            timer.cancel()
            _current.deadline = previous
            with self._guard:
                self._connections.clear()

    def _expire(self) -> None:
        with self._guard:
            self.expired = True
            connections = list(self._connections)
        for connection in connections:
            _cut(connection)


def as_deadline(timeout: float | Deadline) -> Deadline:
    """A Deadline from a number of seconds, or the one given (shared by a poll's fetches)."""
    return timeout if isinstance(timeout, Deadline) else Deadline(timeout)


def _cut(watched: Any) -> None:
    """Shut a socket (or a connection's socket) down: a read blocked on it returns at once."""
    sock = watched if isinstance(watched, socket.socket) else getattr(watched, "sock", None)
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def response_socket(raw: Any) -> socket.socket | None:
    """The socket a urllib3 response reads from (its connection may already have let go of it).

    A server that answers `Connection: close` makes http.client drop the connection's socket
    once the headers are read; the body is still read from it through the response's file.
    """
    connection = getattr(raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is None:
        fp = getattr(getattr(raw, "_fp", None), "fp", None)
        sock = getattr(getattr(fp, "raw", None), "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


def _register(watched: Any) -> None:
    deadline = getattr(_current, "deadline", None)
    if deadline is not None and watched is not None:
        deadline.watch(watched)


class _WatchedHTTPConnection(HTTPConnection):
    """A connection that puts itself under the current fetch's watchdog before each request."""

    def request(self, *args: Any, **kwargs: Any) -> None:
        """Register, then send the request (the response is read under the watchdog too)."""
        _register(self)
        super().request(*args, **kwargs)
        _register(self.sock)  # the socket itself: http.client may drop it from the connection


class _WatchedHTTPSConnection(HTTPSConnection):
    """The TLS twin of _WatchedHTTPConnection."""

    def request(self, *args: Any, **kwargs: Any) -> None:
        """Register, then send the request."""
        _register(self)
        super().request(*args, **kwargs)
        _register(self.sock)


class _WatchedPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class DeadlineAdapter(HTTPAdapter):
    """requests' adapter whose connections a Deadline can cut, headers included."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """The usual pool manager, with watched connection pools."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _WatchedPool, "https": _WatchedHTTPSPool}


def bounded_session() -> requests.Session:
    """A requests session whose fetches a Deadline bounds from the first byte to the last."""
    session = requests.Session()
    adapter = DeadlineAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
