"""Demo and evaluation: the demo runner: the simulated authority, the collectors on its clock and
the site, started together in one process (the `demo` command, the tests and the benches)."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import socket
import time
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import Engine, func, select

from primaries.app import create_app
from primaries.collector import Collector
from primaries.db import make_engine, upgrade
from primaries.demo.authority import create_simulator, serve_in_thread, timeline_2011
from primaries.demo.clock import POLLS_CLOSE_2017, SimClock
from primaries.geography import DEFAULT_DATA_DIR, Geography
from primaries.locks import scheduler_lock
from primaries.models import CLAIM, TALLY
from primaries.scheduler import background_scheduler
from primaries.settings import (
    ENV_DATABASE_URL,
    Settings,
    SourceSettings,
    database_url,
    load_settings,
)

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
SCENARIO_CONFIGS = {"pr2017": "config.toml", "primaire-2011": "elections/primaire-2011.toml"}
SIMULATOR_HOSTS = ("127.0.0.1", "localhost")
SIMULATOR_PORT = 8765  # the port config.toml's demo URLs name; another one if it is taken


class DemoError(Exception):
    """The demo cannot start (another scheduler holds the database)."""


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


def rehearsal_settings(settings: Settings) -> Settings:
    """The settings with every source marked a test: the demo's authority is simulated, so its
    pages, documents and exports all say REHEARSAL / RÉPÉTITION."""
    sources = tuple(dataclasses.replace(s, test=True) for s in settings.sources)
    return dataclasses.replace(settings, sources=sources)


def rewrite_url(url: str, base: str) -> str:
    """A config URL naming the local simulator, pointed at where it really listens."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.hostname in SIMULATOR_HOSTS:
        real = urlsplit(base)
        return urlunsplit((real.scheme, real.netloc, parts.path, parts.query, parts.fragment))
    return url


def demo_database(instance_dir: Path, scenario: str, explicit: str | None = None) -> str:
    """The demo's database: `explicit`, else $PRIMARIES_DATABASE_URL, else a fresh SQLite file."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_DATABASE_URL)
    if from_env:
        return from_env
    return fresh_sqlite_url(instance_dir, scenario)


def fresh_sqlite_url(instance_dir: Path, scenario: str) -> str:
    """A new, empty demo database under instance/ (the previous demo's file is replaced)."""
    instance_dir.mkdir(parents=True, exist_ok=True)
    path = instance_dir / f"demo-{scenario}.db"
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    return f"sqlite:///{path}"


def _serve(app: Any, host: str, port: int, what: str) -> Any:
    if port and not _port_free(host, port):
        # Another program (often a second demo) holds the port: the configs' URLs are rewritten
        # to wherever the simulator answers, and the site's address is printed, so any will do.
        log.warning("port %s:%s is busy: the %s takes a free port", host, port, what)
        port = 0
    return serve_in_thread(app, host, port)


def _free_port(host: str) -> int:
    """A port nothing listens on now, for a site whose links must name its address."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


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
    # Every scenario keeps its database and lock in the one instance/ folder, the configured one.
    instance_dir = settings.instance_dir if settings is not None else ROOT / "instance"
    settings = rehearsal_settings(scenario_settings(settings, scenario))
    url = demo_database(instance_dir, scenario, database)
    settings = dataclasses.replace(settings, database_url=url)
    if port is not None:
        # The demo's own site: its links name the address it will listen on, whatever the port.
        port = port if port and _port_free(host, port) else _free_port(host)
        web = dataclasses.replace(settings.web, public_url=f"http://{host}:{port}")
        settings = dataclasses.replace(settings, web=web)
    engine = make_engine(database_url(settings))
    upgrade(engine)
    lock = scheduler_lock(engine, instance_dir)
    if not lock.try_acquire():
        engine.dispose()
        raise DemoError(f"another scheduler is running on {url}")
    timer = HeldTimer()
    if scenario == "pr2017":
        clock = SimClock.linear(POLLS_CLOSE_2017, speed=speed, timer=timer)
    else:
        clock = SimClock(timeline_2011(), speed=speed, timer=timer)
    app, clock = create_simulator(data_dir, scenario, speed=speed, clock=clock)
    if port is not None and port == sim_port:
        sim_port = 0  # the site was asked for the simulator's usual port: it keeps it
    try:
        simulator = _serve(app, "127.0.0.1", sim_port, "simulated authority")
    except OSError:
        simulator = _serve(app, "127.0.0.1", 0, "simulated authority")  # taken meanwhile
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
            run.site = _serve(create_app(settings), host, port, "site")
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
    tally, claim = TALLY, CLAIM
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


def progress_line(progress: dict[str, Any]) -> str:
    labels = ", ".join(f"{k} {v}" for k, v in sorted(progress["labels"].items())) or "none yet"
    return (
        f"{progress['now']:%a %d %b %H:%M}  bureaux {progress['reported']:,}/"
        f"{progress['total']:,}  claims: {labels}"
    )
