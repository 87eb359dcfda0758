"""Store stage: the election-night collectors, one APScheduler job per source, in one process.

`Collector` knows how to poll each configured source once (fetch, ingest or store, cursor,
SourceRun row, back-off, verification of the affected claims); `build_scheduler` turns it into
APScheduler jobs; `run_scheduler` is the `primaries schedule` process: a standby until it holds
the scheduler lock (primaries.locks), then active until it is stopped or loses the lock.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from apscheduler.schedulers import SchedulerNotRunningError
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from prometheus_client import CollectorRegistry, Counter, Histogram
from sqlalchemy import Engine, func, select

from primaries.geography import Geography
from primaries.ingest import ingest_payload, load_registry
from primaries.locks import SchedulerLock, read_holder, record_holder, scheduler_lock
from primaries.models import RUN, utcnow
from primaries.posts import store_posts
from primaries.runs import read_cursor, record_run, save_cursor
from primaries.settings import Settings, SourceSettings
from primaries.verification import verify_pending
from sources import source_module
from sources.http import is_local
from sources.records import FeedError, FetchError
from sources.text import Batch, FetchInterrupted

log = logging.getLogger(__name__)

FETCH_TIMEOUT = 20.0  # seconds: a hung authority server must not hold a job past its interval
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
        self.session = session or requests.Session()
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
        except Exception:
            log.exception("poll source=%s kind=%s crashed", source.name, source.kind)
            self.metrics.fetch_failures.labels(source.name, source.kind).inc()
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
        fetched = module.fetch(url, session=self.session, cursor=None, timeout=FETCH_TIMEOUT)
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
            timeout=FETCH_TIMEOUT,
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
        except (FetchError, FeedError) as exc:
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
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(RUN.c.source, func.max(RUN.c.started_at)).group_by(RUN.c.source)
            ).all()
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


def build_scheduler(
    collector: Collector,
    scheduler_cls: type[BaseScheduler] = BlockingScheduler,
    *,
    interval_scale: float = 1.0,
    min_interval: float = 1.0,
) -> BaseScheduler:
    """One job per enabled source at its interval (divided by `interval_scale` in the demo)."""
    scheduler = scheduler_cls(
        timezone=UTC,
        job_defaults={"coalesce": True, "max_instances": 1},
        executors={"default": {"type": "threadpool", "max_workers": 8}},
    )
    start = datetime.now(UTC)
    last_runs = collector.last_runs()
    for source in collector.sources():
        seconds = max(min_interval, source.interval / interval_scale)
        # After a takeover, the new holder keeps the dead one's rhythm instead of polling twice.
        last = last_runs.get(source.name)
        first = max(start, last + timedelta(seconds=seconds)) if last else start
        scheduler.add_job(
            _poll_job,
            "interval",
            args=[collector, scheduler, source, seconds],
            seconds=seconds,
            id=f"source:{source.name}",
            name=f"poll {source.name}",
            next_run_time=first,
            misfire_grace_time=max(1, int(seconds)),
            coalesce=True,
            max_instances=1,
        )
    return scheduler


def _poll_job(
    collector: Collector, scheduler: BaseScheduler, source: SourceSettings, seconds: float
) -> None:
    """Poll a source; while a poll overruns its interval, poll again at once (in this run).

    With max_instances=1 APScheduler skips a tick that falls while the previous poll still runs
    (a slow authority, a big ingest): without this, what was published meanwhile would wait a
    whole extra interval. Looping here, not rescheduling the job, keeps the scheduler's locks
    out of the job thread (its shutdown holds them while it waits for running jobs).
    """
    while True:
        started = time.monotonic()
        collector.poll(source)
        if time.monotonic() - started < seconds or not scheduler.running:
            return
        log.info("poll source=%s overran interval_s=%g: polling again now", source.name, seconds)


def run_scheduler(
    engine: Engine,
    settings: Settings,
    geography: Geography,
    *,
    stop: threading.Event,
    lock: SchedulerLock | None = None,
    lock_poll: float = 5.0,
    heartbeat: float = 2.0,
    collector: Collector | None = None,
) -> None:
    """Wait as a standby until this process holds the lock, run the jobs, repeat until `stop`."""
    lock = lock or scheduler_lock(engine, settings.instance_dir)
    standby_logged = False
    while not stop.is_set():
        if not lock.try_acquire():
            if not standby_logged:
                holder = _safe_holder(engine)
                log.info("scheduler role=standby holder=%s", holder.get("holder", "unknown"))
                standby_logged = True
            stop.wait(lock_poll)
            continue
        standby_logged = False
        try:
            _run_active(engine, settings, geography, lock, stop, heartbeat, collector)
        finally:
            lock.release()
    log.info("scheduler stopped")


def _safe_holder(engine: Engine) -> dict[str, Any]:
    try:
        return read_holder(engine)
    except Exception:
        return {}


def _run_active(
    engine: Engine,
    settings: Settings,
    geography: Geography,
    lock: SchedulerLock,
    stop: threading.Event,
    heartbeat: float,
    collector: Collector | None,
) -> None:
    """Run the jobs while the lock is held: a fresh BlockingScheduler on this thread."""
    since = utcnow()
    record_holder(engine, lock, since)
    collector = collector or Collector(engine, settings, geography)
    scheduler = build_scheduler(collector, BlockingScheduler)
    freeze_heap()  # everything loaded so far lives as long as the process
    names = ", ".join(s.name for s in collector.sources()) or "none"
    log.info("scheduler role=active backend=%s sources=%s", lock.backend, names)

    def beat() -> None:
        if stop.is_set():
            _shutdown(scheduler)
            return
        if not lock.still_held():
            log.error("scheduler lock lost: stopping the jobs, back to standby")
            _shutdown(scheduler)
            return
        try:
            record_holder(engine, lock, since)
        except Exception as exc:
            log.warning("heartbeat error=%r", str(exc).splitlines()[0])

    scheduler.add_job(
        beat, "interval", seconds=heartbeat, id="heartbeat", max_instances=1, coalesce=True
    )
    previous = _on_stop_signals(stop, scheduler)
    try:
        scheduler.start()  # blocks until beat() or a signal shuts it down
    finally:
        _restore_signals(previous)
        if not collector.wait_idle(60):
            log.warning("scheduler stopping with polls still running")


def _shutdown(scheduler: BaseScheduler) -> None:
    """Stop the scheduler without waiting (its polls finish on their own); twice is harmless."""
    with contextlib.suppress(SchedulerNotRunningError):
        scheduler.shutdown(wait=False)


def _on_stop_signals(stop: threading.Event, scheduler: BaseScheduler) -> dict[int, Any]:
    """SIGTERM and SIGINT stop the scheduler after its running polls (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def handler(signum: int, _frame: Any) -> None:
        log.info("scheduler signal=%s stopping", signal.Signals(signum).name)
        stop.set()
        _shutdown(scheduler)

    return {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}


def _restore_signals(previous: dict[int, Any]) -> None:
    for sig, old in previous.items():
        signal.signal(sig, old)


def background_scheduler(collector: Collector, interval_scale: float = 1.0) -> BaseScheduler:
    """The jobs on a BackgroundScheduler (the demo runs them beside its web server)."""
    scheduler = build_scheduler(collector, BackgroundScheduler, interval_scale=interval_scale)
    freeze_heap()  # the demo's simulator, geography and registry live as long as the process
    return scheduler
