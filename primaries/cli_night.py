"""Store stage: commands schedule, demo, serve: the election-night processes.

`schedule` is the collectors' process (one active, any number of standbys); `demo` plays a whole
night offline (simulator, scheduler, post replay and site in one process); `serve` runs the site
under gunicorn with the repo's gunicorn.conf.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import click
from sqlalchemy import Engine, func, select

from primaries.db import is_initialised, make_engine, upgrade
from primaries.geography import DEFAULT_DATA_DIR, Geography
from primaries.locks import scheduler_lock
from primaries.models import AreaTally, Claim
from primaries.settings import ConfigError, Settings, SourceSettings, database_url, load_settings

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SCENARIO_CONFIGS = {"pr2017": "config.toml", "primaire-2011": "elections/primaire-2011.toml"}
SIMULATOR_HOSTS = ("127.0.0.1", "localhost")
SIMULATOR_PORT = 8765  # the port config.toml's demo URLs name; another one if it is taken


# --- the demo, as functions the tests and the bench call too ----------------------------------


class HeldTimer:
    """A monotonic timer that reads 0 until started: the night waits for the registry to load."""

    def __init__(self) -> None:
        self._origin: float | None = None

    def start(self) -> None:
        """Let time run from now."""
        if self._origin is None:
            self._origin = time.monotonic()

    def __call__(self) -> float:
        """Seconds since `start` (0 before)."""
        return 0.0 if self._origin is None else time.monotonic() - self._origin


def scenario_settings(current: Settings | None, scenario: str) -> Settings:
    """The shipped configuration of a scenario (the current one when it is that election)."""
    if current is not None and current.election.id == scenario:
        return current
    return load_settings(ROOT / SCENARIO_CONFIGS[scenario])


def rewrite_url(url: str, base: str) -> str:
    """A config URL naming the local simulator, pointed at where it really listens."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.hostname in SIMULATOR_HOSTS:
        real = urlsplit(base)
        return urlunsplit((real.scheme, real.netloc, parts.path, parts.query, parts.fragment))
    return url


def fresh_sqlite_url(settings: Settings, scenario: str) -> str:
    """A new, empty demo database under instance/ (the previous demo's file is replaced)."""
    path = settings.instance_dir / f"demo-{scenario}.db"
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    return f"sqlite:///{path}"


def _serve(app: Any, host: str, port: int) -> Any:
    from primaries.simulator import serve_in_thread

    if port and not _port_free(host, port):
        # Another program (often a second demo) holds the usual port: the configs' URLs are
        # rewritten to wherever the simulator answers, so any free port will do.
        log.warning("port %s:%s is busy: the simulated authority takes a free port", host, port)
        port = 0
    return serve_in_thread(app, host, port)


def _port_free(host: str, port: int) -> bool:
    """True when nothing listens on host:port yet."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


@dataclass
class DemoRun:
    """Everything a running demo holds, in the order it is stopped."""

    scenario: str
    settings: Settings
    engine: Engine
    clock: Any
    timer: HeldTimer
    simulator: Any
    collector: Any
    scheduler: Any = None
    site: Any = None
    lock: Any = None
    authority: Any = None  # the Simulator WSGI app (its feeds and clock)

    @property
    def simulator_url(self) -> str:
        """Where the simulated authority answers."""
        return self.simulator.url

    @property
    def site_url(self) -> str | None:
        """Where the site answers (None when not served)."""
        return f"http://{self.site.host}:{self.site.port}/" if self.site else None

    def stop(self) -> None:
        """Stop polling (letting running polls finish), then the servers; the database stays."""
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        self.collector.wait_idle(60)
        if self.site is not None:
            self.site()
        self.simulator()
        if self.lock is not None:
            self.lock.release()
        if self.engine.dialect.name == "sqlite":
            # Fold the WAL into the file: the database alone is then complete and readable.
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()


def start_demo(
    scenario: str,
    *,
    speed: float = 1.0,
    database: str | None = None,
    settings: Settings | None = None,
    host: str = "127.0.0.1",
    port: int | None = 8000,
    interval_scale: float | None = None,
    sim_port: int = SIMULATOR_PORT,
    data_dir: Path = DEFAULT_DATA_DIR,
    schedule: bool = True,
) -> DemoRun:
    """Start the simulator (clock held), load the registries, then start the night and its jobs."""
    from primaries.night import POLLS_CLOSE_2017, SimClock
    from primaries.scheduler import Collector, background_scheduler
    from primaries.simulator import create_simulator, timeline_2011

    settings = scenario_settings(settings, scenario)
    url = database or fresh_sqlite_url(settings, scenario)
    settings = dataclasses.replace(settings, database_url=url)
    engine = make_engine(database_url(settings))
    upgrade(engine)
    lock = scheduler_lock(engine, settings.instance_dir)
    if not lock.try_acquire():
        engine.dispose()
        raise click.ClickException(f"another scheduler is running on {url}")
    timer = HeldTimer()
    if scenario == "pr2017":
        clock = SimClock.linear(POLLS_CLOSE_2017, speed=speed, timer=timer)
    else:
        clock = SimClock(timeline_2011(), speed=speed, timer=timer)
    app, clock = create_simulator(data_dir, scenario, speed=speed, clock=clock)
    try:
        simulator = _serve(app, "127.0.0.1", sim_port)
    except OSError:
        simulator = _serve(app, "127.0.0.1", 0)  # 8765 is taken: any free port will do
    geography = Geography.load(data_dir)
    base = simulator.url

    def url_for(source: SourceSettings) -> str:
        return rewrite_url(collector.default_url(source), base)

    collector = Collector(
        engine, settings, geography, now=lambda: clock.now().astimezone(UTC), url_for=url_for
    )
    run = DemoRun(
        scenario, settings, engine, clock, timer, simulator, collector, lock=lock, authority=app
    )
    try:
        if port is not None:
            from primaries import ops
            from primaries.app import create_app

            site = create_app(settings)
            ops.init_app(site)
            run.site = _serve(site, host, port)
        for source in collector.sources():
            if source.registry:
                collector.ensure_registry(source)
        timer.start()
        if schedule:
            run.scheduler = background_scheduler(collector, interval_scale or speed)
            run.scheduler.start()
    except BaseException:
        run.stop()
        raise
    return run


def demo_progress(run: DemoRun) -> dict[str, Any]:
    """Where the night is: simulated time, bureaux reported nationally, claims by label."""
    tally = AreaTally.__table__
    claim = Claim.__table__
    round_number = run.settings.election.default_round
    with run.engine.connect() as conn:
        row = conn.execute(
            select(tally.c.bureaux_reported, tally.c.bureaux_total).where(
                tally.c.area == "FR", tally.c.round == round_number
            )
        ).first()
        labels = dict(
            conn.execute(select(claim.c.label, func.count()).group_by(claim.c.label)).all()
        )
    return {
        "now": run.clock.now(),
        "reported": row.bureaux_reported if row else 0,
        "total": row.bureaux_total if row else 0,
        "labels": labels,
    }


def _progress_line(progress: dict[str, Any]) -> str:
    labels = ", ".join(f"{k} {v}" for k, v in sorted(progress["labels"].items())) or "none yet"
    return (
        f"{progress['now']:%a %d %b %H:%M}  bureaux {progress['reported']:,}/"
        f"{progress['total']:,}  claims: {labels}"
    )


def _stop_event() -> tuple[threading.Event, Callable[[], None]]:
    """An event set by SIGINT/SIGTERM, and a function restoring the old handlers."""
    stop = threading.Event()

    def handler(_signum: int, _frame: Any) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}

    def restore() -> None:
        for sig, old in previous.items():
            signal.signal(sig, old)

    return stop, restore


# --- the commands -----------------------------------------------------------------------------


def _settings() -> Settings:
    try:
        return load_settings()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("schedule")
@click.option(
    "--lock-poll", default=5.0, show_default=True, help="Seconds between a standby's tries."
)
@click.option("--heartbeat", default=2.0, show_default=True, help="Seconds between lock checks.")
@click.option("--metrics-port", type=int, default=None, help="Serve this process's /metrics here.")
@click.option("--verbose", is_flag=True, help="Log every poll, even those with nothing new.")
def schedule_command(
    lock_poll: float, heartbeat: float, metrics_port: int | None, verbose: bool
) -> None:
    """Run the collectors: one job per enabled source (a standby while another one runs them)."""
    import logging

    from primaries import ops
    from primaries.scheduler import Collector, run_scheduler

    ops.configure_logging(logging.DEBUG if verbose else logging.INFO)
    settings = _settings()
    engine = make_engine(database_url(settings))
    if not is_initialised(engine):
        # Two schedulers starting together must not both migrate: the schema comes first.
        raise click.ClickException("the database has no schema yet: run `primaries init-db` first")
    geography = Geography.load()
    collector = Collector(engine, settings, geography)
    if metrics_port is not None:
        from prometheus_client import start_http_server

        start_http_server(metrics_port, registry=collector.metrics.registry)
    stop, restore = _stop_event()
    try:
        run_scheduler(
            engine,
            settings,
            geography,
            stop=stop,
            lock_poll=lock_poll,
            heartbeat=heartbeat,
            collector=collector,
        )
    finally:
        restore()
        engine.dispose()


@click.command("demo")
@click.option(
    "--scenario",
    type=click.Choice(sorted(SCENARIO_CONFIGS)),
    default=None,
    help="The night to play (default: the configured election, else pr2017).",
)
@click.option("--speed", type=float, default=1.0, show_default=True, help="Time compression.")
@click.option("--port", type=int, default=8000, show_default=True, help="The site's port.")
@click.option("--host", default="127.0.0.1", show_default=True, help="The site's address.")
@click.option("--duration", type=float, default=None, help="Stop after this many seconds.")
@click.option(
    "--database", default=None, help="Database URL (default: a fresh instance/demo-*.db)."
)
def demo_command(
    scenario: str | None,
    speed: float,
    port: int,
    host: str,
    duration: float | None,
    database: str | None,
) -> None:
    """Replay a real election night offline: simulated authority, posts, scheduler and site."""
    import logging

    from primaries import ops

    ops.configure_logging(logging.INFO)
    if speed <= 0:
        raise click.BadParameter("must be positive", param_hint="--speed")
    current = None
    with contextlib.suppress(ConfigError):
        current = load_settings()
    if scenario is None:
        known = current.election.id if current else ""
        scenario = known if known in SCENARIO_CONFIGS else "pr2017"
    stop, restore = _stop_event()
    click.echo(f"demo {scenario}: loading the simulator and the bureau registry...", err=True)
    try:
        run = start_demo(
            scenario, speed=speed, database=database, settings=current, host=host, port=port
        )
    except OSError as exc:
        restore()
        raise click.ClickException(f"cannot serve the site on {host}:{port}: {exc}") from None
    click.echo(f"simulated authority: {run.simulator_url}/")
    click.echo(f"site: {run.site_url}  (Ctrl-C to stop)")
    deadline = time.monotonic() + duration if duration else None
    next_report = 0.0
    try:
        while not stop.wait(0.2):
            if deadline is not None and time.monotonic() >= deadline:
                break
            if time.monotonic() >= next_report:
                next_report = time.monotonic() + 10
                with contextlib.suppress(Exception):
                    click.echo(_progress_line(demo_progress(run)))
    finally:
        click.echo("stopping: letting running polls finish...", err=True)
        summary = None
        with contextlib.suppress(Exception):
            summary = demo_progress(run)
        run.stop()
        restore()
    if summary is not None:
        click.echo("final: " + _progress_line(summary))
    url = run.settings.database_url
    click.echo(f"database kept: {url}")
    click.echo(f"  read it with: PRIMARIES_DATABASE_URL={url} primaries results")


@click.command("serve")
@click.option("--bind", default=None, help="host:port (default $PRIMARIES_BIND or 127.0.0.1:8000).")
@click.option("--workers", type=int, default=None, help="gunicorn worker processes.")
@click.option("--threads", type=int, default=None, help="Threads per worker (gthread).")
def serve_command(bind: str | None, workers: int | None, threads: int | None) -> None:
    """Run the site under gunicorn with the repo's gunicorn.conf.py (never the scheduler)."""
    conf = ROOT / "gunicorn.conf.py"
    if not conf.exists():
        conf = Path.cwd() / "gunicorn.conf.py"
    if not conf.exists():
        raise click.ClickException("gunicorn.conf.py not found (repo root or current folder)")
    for name, value in (
        ("PRIMARIES_BIND", bind),
        ("PRIMARIES_WORKERS", workers),
        ("PRIMARIES_THREADS", threads),
    ):
        if value is not None:
            os.environ[name] = str(value)
    _settings()  # a broken config fails here, in one line, not in every worker
    argv = [sys.executable, "-m", "gunicorn", "--config", str(conf)]
    os.execv(sys.executable, argv)


def register(group: click.Group) -> None:
    """Add this module's commands to the `primaries` group."""
    for command in (schedule_command, demo_command, serve_command):
        group.add_command(command)


__all__ = ["DemoRun", "HeldTimer", "demo_progress", "register", "rewrite_url", "start_demo"]
