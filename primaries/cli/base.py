"""Store stage: what the command groups share: the ready store, payloads by path or URL, settings."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from typing import Any

import click
import requests
from sqlalchemy import Engine

from primaries.context import engine, geography
from primaries.db import is_initialised, upgrade
from primaries.ingest import ensure_static_areas
from primaries.settings import ConfigError, Settings, load_settings
from sources.http import fetch_bytes
from sources.records import FetchError


def ready_engine() -> Engine:
    """The application's engine, its schema brought up to date on first use."""
    eng = engine()
    if not is_initialised(eng):
        upgrade(eng)
    with eng.begin() as conn:
        ensure_static_areas(conn, geography())
    return eng


def fetch_payload(path_or_url: str) -> bytes:
    try:
        fetched = fetch_bytes(path_or_url, session=requests.Session(), cursor=None, timeout=30)
    except FetchError as exc:
        raise click.ClickException(str(exc)) from None
    if fetched.payload is None:
        raise click.ClickException(f"{path_or_url}: nothing returned")
    return fetched.payload


def load_settings_or_fail() -> Settings:
    """The configured settings, or a one-line error naming what is wrong with the file."""
    try:
        return load_settings()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


def stop_event() -> tuple[threading.Event, Callable[[], None]]:
    """An event set by SIGINT/SIGTERM, and a function restoring the old handlers."""
    stop = threading.Event()

    def handler(_signum: int, _frame: Any) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}

    def restore() -> None:
        for sig, old in previous.items():
            signal.signal(sig, old)

    return stop, restore
