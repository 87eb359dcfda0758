"""Store stage: commands schedule and serve: the election-night processes.

`schedule` is the collectors' process (one active, any number of standbys); `serve` runs the site
under gunicorn with the repo's gunicorn.conf.py. (The demo plays both at once: `cli.demo`.)
"""

from __future__ import annotations

import logging
import os
import secrets
import sys
import threading
from pathlib import Path

import click
from prometheus_client import start_http_server
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from primaries.cli.base import load_settings_or_fail, stop_event
from primaries.collector import Collector
from primaries.db import is_initialised, make_engine
from primaries.geography import Geography
from primaries.logs import configure_logging
from primaries.scheduler import run_scheduler
from primaries.settings import ENV_SECRET_KEY, database_url

ROOT = Path(__file__).resolve().parents[2]
log = logging.getLogger(__name__)
DEFAULT_BIND = "127.0.0.1:8000"  # gunicorn.conf.py's default too


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
    configure_logging(logging.DEBUG if verbose else logging.INFO)
    settings = load_settings_or_fail()
    engine = make_engine(database_url(settings))
    stop, restore = stop_event()
    if not _store_ready(engine, stop, lock_poll):
        restore()
        return
    geography = Geography.load()
    collector = Collector(engine, settings, geography)
    if metrics_port is not None:
        start_http_server(metrics_port, registry=collector.metrics.registry)
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


def _store_ready(engine: Engine, stop: threading.Event, retry: float) -> bool:
    """Wait until the database answers (a full disk, a server down), saying why; False if stopped.

    The process starts and reports rather than dying: when space is freed or the server is back,
    it goes on by itself.
    """
    said = None
    while not stop.is_set():
        try:
            ready = is_initialised(engine)
        except SQLAlchemyError as exc:
            reason = (str(exc.orig if isinstance(exc, DBAPIError) else exc).splitlines() or [""])[0]
            if reason != said:
                log.error("scheduler cannot open the database (%s; disk full?): retrying", reason)
                said = reason
            stop.wait(retry)
            continue
        if not ready:
            # Two schedulers starting together must not both migrate: the schema comes first.
            raise click.ClickException(
                "the database has no schema yet: run `primaries init-db` first"
            )
        return True
    return False


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
    load_settings_or_fail()  # a broken config fails here, in one line, not in every worker
    _shared_secret_key()
    argv = [sys.executable, "-m", "gunicorn", "--config", str(conf)]
    os.execv(sys.executable, argv)


def _loopback_only(binds: str) -> bool:
    """True when every address gunicorn will listen on is this machine's loopback."""
    hosts = [b.strip().rsplit(":", 1)[0].strip("[]") for b in binds.split(",") if b.strip()]
    return bool(hosts) and all(
        h == "localhost" or h == "::1" or h.startswith("127.") for h in hosts
    )


def _shared_secret_key() -> None:
    """One secret key for every worker: from the environment, or, for a local run only, one drawn
    here and handed down (each worker drawing its own made half the logins fail)."""
    if os.environ.get(ENV_SECRET_KEY):
        return
    production = os.environ.get("PRIMARIES_ENV", "development") == "production"
    if production or not _loopback_only(os.environ.get("PRIMARIES_BIND", DEFAULT_BIND)):
        raise click.ClickException(
            f"{ENV_SECRET_KEY} must be set to serve beyond this machine or in production "
            "(python -c 'import secrets; print(secrets.token_hex(32))')"
        )
    os.environ[ENV_SECRET_KEY] = secrets.token_hex(32)


def register(group: click.Group) -> None:
    """Add this module's commands to the `primaries` group."""
    for command in (schedule_command, serve_command):
        group.add_command(command)
