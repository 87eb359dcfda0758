"""Store stage: the election-night scheduler, one APScheduler job per source, in one process.

`build_scheduler` turns a `Collector` (primaries.collector) into APScheduler jobs;
`run_scheduler` is the `primaries schedule` process: a standby until it holds the scheduler lock
(primaries.locks), then active until it is stopped or loses the lock.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers import SchedulerNotRunningError
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from primaries.collector import Collector, freeze_heap
from primaries.geography import Geography
from primaries.locks import SchedulerLock, read_holder, record_holder, scheduler_lock
from primaries.models import utcnow
from primaries.settings import Settings, SourceSettings
from primaries.tally_sheets import reconcile_all
from primaries.webhooks import deliver_due

log = logging.getLogger(__name__)


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
    try:
        record_holder(engine, lock, since)
    except SQLAlchemyError as exc:
        # A full disk must not keep the collectors from starting: each poll reports it too.
        first = (str(exc).strip().splitlines() or [""])[0]
        log.error("scheduler cannot write its heartbeat (disk full?): %s; running anyway", first)
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
    # Newsrooms' webhooks hear of each verdict change within a few seconds, from the one
    # active scheduler only (a web worker never sends them).
    scheduler.add_job(
        _webhooks_job,
        "interval",
        args=[
            engine,
            settings.web.public_url,
            settings.election.timezone,
            {c.id: c.name for c in settings.candidates},
        ],
        seconds=WEBHOOK_INTERVAL,
        id="webhooks",
        max_instances=1,
        coalesce=True,
    )
    # A feed that lands after the parties' tally sheets is compared with them here.
    scheduler.add_job(
        _tally_job,
        "interval",
        args=[engine, settings],
        seconds=TALLY_INTERVAL,
        id="tally-sheets",
        max_instances=1,
        coalesce=True,
    )
    previous = _on_stop_signals(stop, scheduler)
    try:
        scheduler.start()  # blocks until beat() or a signal shuts it down
    finally:
        _restore_signals(previous)
        if not collector.wait_idle(60):
            log.warning("scheduler stopping with polls still running")


WEBHOOK_INTERVAL = 5.0  # seconds between two rounds of webhook deliveries


def _webhooks_job(engine: Engine, base_url: str, tz: str, names: dict[str, str]) -> None:
    """Deliver the verdict changes the webhooks have not had; a failure waits for the next run."""
    try:
        deliver_due(engine, base_url, tz=tz, names=names)
    except SQLAlchemyError as exc:
        log.warning("webhooks error=%r", str(exc).splitlines()[0])


TALLY_INTERVAL = 30.0  # seconds between two comparisons of the tally sheets with the feed


def _tally_job(engine: Engine, settings: Settings) -> None:
    """Raise an anomaly for each counted tally sheet the feed now contradicts."""
    try:
        reconcile_all(engine, settings, now=utcnow())
    except SQLAlchemyError as exc:
        log.warning("tally sheets error=%r", str(exc).splitlines()[0])


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
