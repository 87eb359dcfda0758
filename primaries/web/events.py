"""Show stage: live pages pushed, not polled: one watcher thread per web process hears the
collector's announcements (`primaries.announce`), expires the micro-cache at once and wakes the
Server-Sent Events streams of `/api/events`, each of which sends the new version document.

A stream holds one gunicorn gthread thread for as long as it is open, so each process takes at
most `[web] event_streams` of them (204 beyond: the page polls `/api/version` instead, which the
HTTP cache answers) and ends each after about `[web] event_lifetime` seconds (the browser's
EventSource reconnects by itself, to whichever worker is free).
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import threading
import time
from collections.abc import Iterator
from typing import Any

from flask import Blueprint, Flask, Response, current_app

from primaries import announce, queries
from primaries.web.common import round_arg

log = logging.getLogger(__name__)

bp = Blueprint("events", __name__)

HEARTBEAT = 15.0  # seconds between comment lines: below nginx's proxy_read_timeout (30 s)
RECHECK = 5.0  # seconds between reads of the claims key while streams are open (not announced)
RECONNECT_MS = 2000  # what the browser waits before reconnecting after a stream ends
LISTEN_RETRY = 5.0  # seconds before listening again after the database went away
BUSY_RETRY_AFTER = 30  # seconds, on a refusal: the page polls meanwhile
WAIT_STEP = 1.0  # the watcher's longest wait: how soon it notices it was stopped


class VersionFeed:
    """One per app and process: the latest version document of each round, and a condition the
    streams wait on. Its thread listens for announcements; while streams are open it also
    rereads every RECHECK seconds, since new claims and verdicts are not announced."""

    def __init__(self, app: Flask):
        self.app = app
        self.changed = threading.Condition()
        self.serial = 0  # bumped whenever a document changes
        self.documents: dict[int, dict[str, Any]] = {}
        self.streams = 0
        self.read_at = 0.0  # monotonic time of the last read
        self.stopping = threading.Event()
        self.listening = threading.Event()  # set once the first listener is up and read
        self.thread = threading.Thread(target=self._run, name="primaries-events", daemon=True)

    def start(self) -> None:
        """Listen in the background (the first read is the thread's: a database out of reach
        at a worker's start must not stop the worker)."""
        self.thread.start()

    def stop(self) -> None:
        """End the thread (and its listening connection); open streams end at their next wake."""
        self.stopping.set()
        with self.changed:
            self.changed.notify_all()
        if self.thread.is_alive():
            self.thread.join(WAIT_STEP + LISTEN_RETRY)

    def _run(self) -> None:
        engine = self.app.extensions["primaries"]["engine"]
        listener: announce.Listener | None = None
        while not self.stopping.is_set():
            try:
                if listener is None:
                    listener = announce.listen(engine)
                    self.read()  # whatever landed while nobody listened
                    self.listening.set()
                heard = listener.wait(WAIT_STEP)
                if heard:
                    expire_microcache(self.app)
                if heard or (self.streams and self.stale()):
                    self.read()
            except Exception as exc:  # the database restarting: pages poll until it is back
                log.warning("live updates paused: %s", str(exc).splitlines()[0][:200])
                if listener is not None:
                    _close_quietly(listener)
                listener = None
                self.stopping.wait(LISTEN_RETRY)
        if listener is not None:
            _close_quietly(listener)

    def read(self) -> None:
        """Read every round's version document; wake the streams if one changed."""
        engine = self.app.extensions["primaries"]["engine"]
        rounds = self.app.extensions["primaries"]["settings"].election.rounds
        self.read_at = time.monotonic()
        with engine.connect() as conn:
            found = {r: version_document(conn, r) for r in rounds}
        with self.changed:
            if found != self.documents:
                self.documents = found
                self.serial += 1
                self.changed.notify_all()

    def stale(self) -> bool:
        """True when the documents were read more than RECHECK seconds ago."""
        return time.monotonic() - self.read_at >= RECHECK

    def latest(self, round_number: int) -> tuple[int, dict[str, Any] | None]:
        """The serial and the document of a round as last read."""
        with self.changed:
            return self.serial, self.documents.get(round_number)

    def wait(self, serial: int, timeout: float) -> int:
        """Block until the serial moves past `serial` or `timeout` passes; the serial then."""
        with self.changed:
            self.changed.wait_for(
                lambda: self.serial != serial or self.stopping.is_set(), timeout=timeout
            )
            return self.serial

    def admit(self, limit: int) -> bool:
        """Take a stream slot, if fewer than `limit` are open in this process."""
        with self.changed:
            if self.streams >= limit:
                return False
            self.streams += 1
            return True

    def release(self) -> None:
        """Give a stream slot back."""
        with self.changed:
            self.streams -= 1

    def releaser(self) -> Any:
        """A function that gives this stream's slot back once, however often it is called."""
        once = threading.Lock()

        def release() -> None:
            if once.acquire(blocking=False):
                self.release()

        return release


def _close_quietly(listener: announce.Listener) -> None:
    with contextlib.suppress(Exception):  # already broken: nothing left to release
        listener.close()


def version_document(conn: Any, round_number: int) -> dict[str, Any]:
    """What `/api/version` answers: the results version, the claims key, the figures' time."""
    number, as_of = queries.data_version(conn, round_number)
    return {
        "round": round_number,
        "results": number,
        "claims": queries.claims_version(conn),
        "as_of": as_of.isoformat() if as_of is not None else None,
    }


def expire_microcache(app: Flask) -> None:
    """Mark every response this process keeps as expired: the next request renders anew."""
    cache = app.extensions.get("primaries_microcache")
    if cache is not None:
        cache.expire_all()


_STARTING = threading.Lock()


def start_feed(app: Flask) -> VersionFeed:
    """This process's feed for the app, started once (gunicorn's post_worker_init calls it;
    the first stream does otherwise)."""
    with _STARTING:
        feed = app.extensions.get("primaries_events")
        if feed is None:
            feed = VersionFeed(app)
            feed.start()
            app.extensions["primaries_events"] = feed
        return feed


def stop_feed(app: Flask) -> None:
    """Stop the app's feed, if it runs."""
    feed = app.extensions.pop("primaries_events", None)
    if feed is not None:
        feed.stop()


def _event(document: dict[str, Any]) -> str:
    return f"event: version\ndata: {json.dumps(document, separators=(',', ':'))}\n\n"


def _stream(feed: VersionFeed, round_number: int, lifetime: float, beat: float) -> Iterator[str]:
    """The event stream: the current version at once, then one event per change, a comment
    line every `beat` seconds, and the end after `lifetime` seconds."""
    yield f"retry: {RECONNECT_MS}\n\n"
    serial, sent = feed.latest(round_number)
    if sent is not None:
        yield _event(sent)
    deadline = time.monotonic() + lifetime
    wrote = time.monotonic()
    while not feed.stopping.is_set():
        now = time.monotonic()
        left = deadline - now
        if left <= 0:
            return
        if now - wrote >= beat:
            # Even while other rounds keep moving: a proxy's read timeout and a closed
            # connection are both met by writing something every `beat` seconds.
            wrote = now
            yield ": keep-alive\n\n"
        moved = feed.wait(serial, min(beat, left))
        if moved == serial:
            continue
        serial, document = feed.latest(round_number)
        if document is not None and document != sent:
            sent, wrote = document, time.monotonic()
            yield _event(document)


@bp.get("/api/events")
def events() -> Response:
    """Server-Sent Events: a `version` event (the `/api/version` document) whenever a snapshot
    lands or the claims change; 204 (poll instead) when this process holds its share of streams."""
    round_number = round_arg()
    web = current_app.extensions["primaries"]["settings"].web
    feed = start_feed(current_app._get_current_object())  # type: ignore[attr-defined]
    if feed.stale():  # nobody streamed lately: the claims key may have moved unannounced
        feed.read()
    if not feed.admit(web.event_streams):
        # 204, not 503: EventSource takes it as "do not reconnect" without the console error
        # a 5xx logs on every page that merely falls back to polling.
        response = Response(status=204)
        response.headers["X-Live-Streams"] = "full; poll /api/version"
        response.headers["Retry-After"] = str(BUSY_RETRY_AFTER)
        response.headers["Cache-Control"] = "no-store"
        return response
    # Spread the reconnections: streams opened together must not all end together.
    lifetime = web.event_lifetime * random.uniform(0.8, 1.0)
    beat = current_app.config.get("EVENT_HEARTBEAT", HEARTBEAT)
    response = Response(_stream(feed, round_number, lifetime, beat), mimetype="text/event-stream")
    response.call_on_close(feed.releaser())
    response.headers["Cache-Control"] = "no-store"
    # nginx would otherwise hold the events in its buffer (proxy_buffering is on by default).
    response.headers["X-Accel-Buffering"] = "no"
    return response
