"""Store stage: the collector: one poll of one source, as its module declares what it feeds.

`Collector.poll` fetches, ingests results or stores posts, moves the source's cursor, leaves one
SourceRun row, backs off a failing source, and asks for the verification of the affected claims
on a thread of its own. The scheduler (primaries.scheduler) calls it once per job tick.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from prometheus_client import CollectorRegistry, Counter, Histogram
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from primaries.geography import Geography
from primaries.ingest import StoreError, ingest_payload, load_registry, record_rejection
from primaries.models import RUN, utcnow
from primaries.posts import store_posts
from primaries.runs import read_cursor, record_run, save_cursor
from primaries.settings import Settings, SourceSettings
from primaries.verification import verify_pending
from sources import source_module
from sources.deadline import bounded_session
from sources.http import is_local
from sources.limits import MB, FetchLimits, PayloadRefused
from sources.records import FeedError, FetchError
from sources.text import Batch, FetchInterrupted

log = logging.getLogger(__name__)

FETCH_TIMEOUT = 20.0  # seconds: how long verification waits for a results poll in flight
EARLY_TOLERANCE = 0.5  # seconds: a tick this close to the end of a back-off counts as due
FETCH_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 60)


def freeze_heap() -> None:
    """Move every object alive now out of the garbage collector's reach (gc.freeze).

    The night's process holds close to a million long-lived objects (geography, lexicon, and in
    the demo the simulator's feeds); each full collection walked them all, stopping every thread
    for 0.6-0.8 s in the middle of an ingest. Frozen, they are never walked again; what is
    allocated afterwards is collected as before.
    """
    gc.freeze()
    log.debug("gc frozen=%d", gc.get_freeze_count())


def _first_line(exc: BaseException) -> str:
    """An error's first line: a driver's message can run to a dozen lines with the SQL."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def backoff_delay(interval: float, failures: int, backoff_max: float) -> float:
    """Seconds before the next try after `failures` failures in a row (1 failure: no extra wait)."""
    if failures <= 1:
        return float(interval)
    return float(min(max(interval, backoff_max), interval * 2 ** (failures - 1)))


@dataclass
class SourceState:
    """How a source has been doing in this process: failures in a row and when it may retry."""

    failures: int = 0
    next_try: datetime | None = None


class SchedulerMetrics:
    """The scheduler process's own Prometheus metrics (fetch durations and failures)."""

    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = registry or CollectorRegistry()
        self.fetch_seconds = Histogram(
            "primaries_fetch_duration_seconds",
            "Time to poll one source (fetch and store).",
            ["source", "kind"],
            buckets=FETCH_BUCKETS,
            registry=self.registry,
        )
        self.fetch_failures = Counter(
            "primaries_fetch_failures_total",
            "Polls that ended in an error.",
            ["source", "kind"],
            registry=self.registry,
        )
        self.verifications = Counter(
            "primaries_verifications_total",
            "Runs of the claim verification after new figures or posts.",
            registry=self.registry,
        )


Verifier = Callable[..., Any]


def feeds_results(source: SourceSettings) -> bool:
    """True for a source of official results (as its module declares), False for posts."""
    return source_module(source.kind).FEEDS == "results"


class Collector:
    """Polls configured sources into the store; every poll leaves one SourceRun row."""

    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        geography: Geography,
        *,
        now: Callable[[], datetime] = utcnow,
        url_for: Callable[[SourceSettings], str] | None = None,
        verifier: Verifier | bool | None = True,
        session: requests.Session | None = None,
        env: dict[str, str] | None = None,
        metrics: SchedulerMetrics | None = None,
    ):
        self.engine = engine
        self.settings = settings
        self.geography = geography
        self.now = now  # the night's clock: simulated in the demo, real otherwise
        self.url_for = url_for or self.default_url
        self.verifier = verify_pending if verifier is True else (verifier or None)
        # Its connections are watched by each poll's deadline, from the first byte (sources.deadline).
        self.session = session or bounded_session()
        limits = settings.thresholds
        self.deadline = float(limits.fetch_deadline)  # seconds for a poll's whole fetch
        self.limits = FetchLimits(limits.max_payload_mb * MB, limits.max_bundle_files)
        self.env = dict(os.environ) if env is None else env
        self.metrics = metrics or SchedulerMetrics()
        self.state: dict[str, SourceState] = {}
        self._registries: set[str] = set()
        self._clients: dict[str, Any] = {}
        self._verify_guard = threading.Lock()
        self._verify_wanted = False
        self._verify_running = False
        self._verify_passes = 0
        self._verify_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="verify")
        self._busy = 0
        self._ingesting = 0  # results polls running: the verification pass waits for them
        self._idle = threading.Condition()
        if self.verifier is None:
            log.warning("verification=missing claims will not be verified by the scheduler")

    # -- which sources, where -------------------------------------------------------------

    def sources(self) -> list[SourceSettings]:
        """The enabled sources of the configuration, results first."""
        enabled = [s for s in self.settings.sources if s.enabled]
        return sorted(enabled, key=lambda s: not feeds_results(s))

    def default_url(self, source: SourceSettings) -> str:
        """The source's URL; a relative local path is read from the config file's folder."""
        url = source.url
        if url and is_local(url) and not url.startswith("file:") and not Path(url).is_absolute():
            beside = self.settings.path.resolve().parent / url
            if beside.exists():
                return str(beside)
        return url

    # -- one poll ---------------------------------------------------------------------------

    def poll(self, source: SourceSettings) -> None:
        """Poll one source once; never raises (a bug is logged with its traceback)."""
        state = self.state.setdefault(source.name, SourceState())
        started = utcnow()
        if state.next_try and (state.next_try - started).total_seconds() > EARLY_TOLERANCE:
            log.debug("poll source=%s skipped=backoff next_try=%s", source.name, state.next_try)
            return
        results = feeds_results(source)
        with self._idle:
            self._busy += 1
            self._ingesting += results
        t0 = time.perf_counter()
        try:
            if results:
                self.poll_results(source, started)
            else:
                self.poll_posts(source, started)
        except SQLAlchemyError as exc:
            # The store failing (a full disk, the database gone) is an outage, not a bug.
            log.error("poll source=%s store error: %s", source.name, _first_line(exc))
            self._crashed(source, started, exc)
        except Exception as exc:
            log.exception("poll source=%s kind=%s crashed", source.name, source.kind)
            self._crashed(source, started, exc)
        finally:
            self.metrics.fetch_seconds.labels(source.name, source.kind).observe(
                time.perf_counter() - t0
            )
            with self._idle:
                self._busy -= 1
                self._ingesting -= results
                self._idle.notify_all()

    def ensure_registry(self, source: SourceSettings) -> None:
        """Load the bureau registry of a `registry = true` source once per process."""
        if not source.registry or source.name in self._registries:
            return
        module = source_module(source.kind)
        if module.REGISTRY_PATH is None:
            # Its payloads carry their units; ingestion registers them.
            self._registries.add(source.name)
            return
        url = self.url_for(source).rstrip("/") + module.REGISTRY_PATH
        fetched = module.fetch(
            url, session=self.session, cursor=None, timeout=self.deadline, limits=self.limits
        )
        refs = module.parse_registry(fetched.payload or b"")
        new, known = load_registry(
            self.engine,
            self.settings,
            self.geography,
            refs,
            exclude_areas=source.exclude_areas,
        )
        self._registries.add(source.name)
        log.info("registry source=%s new=%d known=%d", source.name, new, known)

    def _fetch_results(self, source: SourceSettings, cursor: dict[str, Any]) -> Any:
        module = source_module(source.kind)
        options = {"increments": True} if module.INCREMENTS else {}
        return module.fetch(
            self.url_for(source),
            session=self.session,
            cursor=cursor,
            timeout=self.deadline,
            limits=self.limits,
            **options,
        )

    def poll_results(self, source: SourceSettings, started: datetime) -> None:
        """Fetch an official feed and ingest it; the cursor moves only once the data is stored."""
        try:
            self.ensure_registry(source)
            cursor = read_cursor(self.engine, source.name)
            fetched = self._fetch_results(source, cursor)
            if fetched.not_modified:
                if fetched.cursor != cursor:
                    save_cursor(self.engine, source.name, fetched.cursor)
                record_run(
                    self.engine,
                    source=source.name,
                    kind=source.kind,
                    started_at=started,
                    ok=True,
                    http_status=fetched.http_status,
                )
                self._succeeded(source)
                return
            report = ingest_payload(
                self.engine,
                self.settings,
                self.geography,
                fetched.payload,
                source=source.name,
                kind=source.kind,
                round_number=source.round,
                fetched_at=fetched.fetched_at,
                etag=fetched.cursor.get("etag"),
                last_modified=fetched.cursor.get("last_modified"),
                exclude_areas=source.exclude_areas,
            )
        except PayloadRefused as exc:
            self._refused(source, started, exc)
            return
        except (FetchError, FeedError, StoreError) as exc:
            self._failed(source, started, exc)
            return
        save_cursor(self.engine, source.name, fetched.cursor)
        record_run(
            self.engine,
            source=source.name,
            kind=source.kind,
            started_at=started,
            ok=True,
            http_status=fetched.http_status,
            items_new=report.new,
            items_changed=report.changed,
            items_seen=report.unchanged,
            snapshot_id=report.snapshot_id,
        )
        self._succeeded(source)
        level = logging.INFO if report.new or report.changed else logging.DEBUG
        log.log(
            level,
            "ingest source=%s new=%d changed=%d anomalies=%d areas_changed=%d",
            source.name,
            report.new,
            report.changed,
            len(report.findings),
            len(report.areas_changed),
        )
        if report.areas_changed:
            self.request_verification()

    def _client(self, source: SourceSettings) -> Any:
        if source.name not in self._clients:
            module = source_module(source.kind)
            self._clients[source.name] = module.make_client(self.env, source.server)
        return self._clients[source.name]

    def _post_target(self, source: SourceSettings) -> str:
        if source_module(source.kind).TARGET == "url":
            return self.url_for(source)
        return source.query

    def poll_posts(self, source: SourceSettings, started: datetime) -> None:
        """Collect posts and store them; a partial fetch keeps what came before the error."""
        module = source_module(source.kind)
        failure: FetchError | None = None
        try:
            client = self._client(source)
            cursor = read_cursor(self.engine, source.name)
            batch: Batch = module.collect(
                self._post_target(source), cursor, now=self.now(), client=client
            )
        except FetchInterrupted as exc:
            batch, failure = exc.batch, exc
        except FetchError as exc:
            self._failed(source, started, exc)
            return
        result = store_posts(self.engine, batch.posts, source=source.name, now=self.now())
        save_cursor(self.engine, source.name, batch.cursor)
        for note in batch.skipped[:20]:
            log.warning("collect source=%s skipped=%r", source.name, note)
        if failure is not None:
            self._failed(source, started, failure, items_new=result.new)
        else:
            record_run(
                self.engine,
                source=source.name,
                kind=source.kind,
                started_at=started,
                ok=True,
                items_new=result.new,
                items_seen=result.seen_again,
            )
            self._succeeded(source)
        if result.new:
            log.info(
                "collect source=%s new=%d seen_again=%d stories_new=%d",
                source.name,
                result.new,
                result.seen_again,
                result.stories_new,
            )
        if result.new or result.deleted or result.seen_again:
            self.request_verification()

    # -- failures and back-off ------------------------------------------------------------

    def _refused(self, source: SourceSettings, started: datetime, exc: PayloadRefused) -> None:
        """A payload over a cap: its record (hash, size, reason, not the bytes), a failed run."""
        with contextlib.suppress(SQLAlchemyError):  # _failed says it if the store is failing
            record_rejection(
                self.engine,
                source=source.name,
                kind=source.kind,
                round_number=source.round or 0,
                sha=exc.sha256,
                error=exc.reason,
                fetched_at=started,
                size=exc.size,
            )
        self._failed(source, started, exc)

    def _crashed(self, source: SourceSettings, started: datetime, exc: Exception) -> None:
        """A poll that hit a bug still leaves a failed run and backs off."""
        kind = "store error" if isinstance(exc, SQLAlchemyError) else "internal error"
        first = _first_line(exc)[:300]
        self._failed(source, started, RuntimeError(f"{kind}: {type(exc).__name__}: {first}"))

    def _succeeded(self, source: SourceSettings) -> None:
        state = self.state.setdefault(source.name, SourceState())
        if state.failures:
            log.info("source=%s recovered after_failures=%d", source.name, state.failures)
        state.failures = 0
        state.next_try = None

    def _failed(
        self, source: SourceSettings, started: datetime, exc: Exception, items_new: int = 0
    ) -> None:
        """Record the error as data, and back off when the source keeps failing."""
        state = self.state.setdefault(source.name, SourceState())
        state.failures += 1
        delay = backoff_delay(source.interval, state.failures, self.settings.thresholds.backoff_max)
        next_try = utcnow() + timedelta(seconds=delay)
        retry_at = getattr(exc, "retry_at", None)
        if retry_at is not None and retry_at > next_try:
            next_try = retry_at  # the server said when (429 / 503 Retry-After): obey it
        wait = max(0.0, (next_try - utcnow()).total_seconds())
        message = str(exc)
        if state.failures > 1 or retry_at is not None:
            message += f" [failure {state.failures} in a row; next attempt in {wait:.0f} s]"
            state.next_try = next_try
        else:
            state.next_try = None
        self.metrics.fetch_failures.labels(source.name, source.kind).inc()
        log.warning(
            "poll source=%s kind=%s ok=false failures=%d backoff_s=%.0f error=%r",
            source.name,
            source.kind,
            state.failures,
            wait if state.next_try else 0,
            str(exc),
        )
        try:
            record_run(
                self.engine,
                source=source.name,
                kind=source.kind,
                started_at=started,
                ok=False,
                error=message,
                http_status=getattr(exc, "http_status", None),
                items_new=items_new,
            )
        except SQLAlchemyError as again:
            # The store itself fails (a full disk, the database gone): the log must say it.
            reason = _first_line(again)
            log.error("poll source=%s could not record its failure: %s", source.name, reason)

    # -- verification -----------------------------------------------------------------------

    def request_verification(self) -> None:
        """Verify pending and affected claims on the verification thread, off the poll's time.

        Requests made while a pass runs coalesce into one more pass, so a burst of ingests
        costs at most two passes, and the next poll of a feed never waits for the verifier.
        """
        if self.verifier is None:
            return
        with self._verify_guard:
            self._verify_wanted = True
            if self._verify_running:
                return
            self._verify_running = True
        with self._idle:
            self._busy += 1
        self._verify_pool.submit(self._verify_loop)

    def _verify_loop(self) -> None:
        try:
            while True:
                with self._verify_guard:
                    if not self._verify_wanted:
                        self._verify_running = False
                        return
                    self._verify_wanted = False
                self._wait_for_results()
                self._verify_once()
        finally:
            with self._idle:
                self._busy -= 1
                self._idle.notify_all()

    def _wait_for_results(self, timeout: float = FETCH_TIMEOUT) -> None:
        """Let a results poll in flight finish before verifying (at most `timeout` seconds).

        Both are CPU-bound in one interpreter: run side by side, an ingest took twice as long
        and new figures reached the site that much later. The pass then also sees them.
        """
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._ingesting and (left := deadline - time.monotonic()) > 0:
                self._idle.wait(left)

    def _verify_once(self) -> None:
        try:
            outcome = self.verifier(self.engine, self.settings, self.geography, now=self.now())
        except Exception:
            log.exception("verification crashed")
            return
        self.metrics.verifications.inc()
        self._verify_passes += 1
        if self._verify_passes == 1:
            freeze_heap()  # the first pass built the verifier's lexicon: long-lived from now on
        read = getattr(outcome, "read", None)
        changed = getattr(outcome, "changed", None)
        level = logging.INFO if read or changed else logging.DEBUG
        log.log(level, "verification read=%s changed=%s", read, changed)

    def last_runs(self) -> dict[str, datetime]:
        """When each source was last polled, by any scheduler (from the SourceRun rows)."""
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(RUN.c.source, func.max(RUN.c.started_at)).group_by(RUN.c.source)
                ).all()
        except SQLAlchemyError as exc:
            log.error("scheduler cannot read the last runs (%s): polling now", _first_line(exc))
            return {}
        return {source: when for source, when in rows if when is not None}

    # -- stopping ---------------------------------------------------------------------------

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Wait for the polls in flight to finish; False if they did not within `timeout`."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True
