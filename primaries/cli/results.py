"""Store stage: commands init-db, registry, ingest, results, anomalies: the official figures."""

from __future__ import annotations

import json
import os
from typing import Any

import click
from flask.cli import with_appcontext

from primaries.cli.base import ready_engine
from primaries.context import engine, geography, settings
from primaries.db import upgrade
from primaries.ingest import (
    StoreError,
    ensure_static_areas,
    ingest_payload,
    load_registry,
    record_rejection,
)
from primaries.models import utcnow
from primaries.queries import anomalies as list_anomalies
from primaries.queries import resolve_area, results_document, standings
from primaries.runs import record_run
from sources import RESULT_KINDS, source_module
from sources.deadline import bounded_session
from sources.http import fetch_bytes
from sources.limits import MB, FetchLimits, PayloadRefused
from sources.records import FeedError, FetchError

KIND = click.Choice(sorted(RESULT_KINDS))


def limits() -> FetchLimits:
    """The configured caps on a payload's size."""
    thresholds = settings().thresholds
    return FetchLimits(thresholds.max_payload_mb * MB, thresholds.max_bundle_files)


def fetch_payload(path_or_url: str, caps: FetchLimits) -> bytes:
    """A payload by path or URL within the configured deadline and caps; else one line."""
    deadline = settings().thresholds.fetch_deadline
    try:
        fetched = fetch_bytes(path_or_url, session=bounded_session(), timeout=deadline, limits=caps)
    except PayloadRefused:
        raise
    except FetchError as exc:
        raise click.ClickException(str(exc)) from None
    if fetched.payload is None:
        raise click.ClickException(f"{path_or_url}: nothing returned")
    return fetched.payload


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Bring the database to the latest schema revision."""
    eng = engine()
    upgrade(eng)
    with eng.begin() as conn:
        ensure_static_areas(conn, geography())
    click.echo(f"database ready: {eng.url.render_as_string(hide_password=True)}")


@click.command("registry")
@with_appcontext
@click.argument("path_or_url")
@click.option("--kind", type=KIND, required=True, help="The payload's format.")
def registry(path_or_url: str, kind: str) -> None:
    """Load every bureau and its inscrits, before any result."""
    module = source_module(kind)
    if not hasattr(module, "parse_registry"):
        raise click.ClickException(f"kind '{kind}' carries no registry")
    try:
        payload = fetch_payload(path_or_url, limits())
    except PayloadRefused as exc:
        raise click.ClickException(exc.reason) from None
    try:
        refs = module.parse_registry(payload)
    except FeedError as exc:
        raise click.ClickException(f"{path_or_url}: {exc}") from None
    new, known = load_registry(ready_engine(), settings(), geography(), refs)
    click.echo(f"registry: {new} bureaux new, {known} already known")


@click.command("ingest")
@with_appcontext
@click.argument("path_or_url")
@click.option("--kind", type=KIND, required=True, help="The payload's format.")
@click.option("--round", "round_number", type=int, required=True, help="The round (tour).")
@click.option("--source", default=None, help="Name to file it under (default: the path).")
def ingest(path_or_url: str, kind: str, round_number: int, source: str | None) -> None:
    """Load one payload of results (files may be gzipped)."""
    eng = ready_engine()
    # A source's name is 100 characters in the store: a long file name is cut, not an error.
    name = (source or f"cli:{os.path.basename(path_or_url) or path_or_url}")[:100]
    started = utcnow()
    try:
        payload = fetch_payload(path_or_url, limits())
    except PayloadRefused as exc:
        # Over a cap: the refusal is kept as a record (hash, size, reason), never the bytes.
        record_rejection(
            eng,
            source=name,
            kind=kind,
            round_number=round_number,
            sha=exc.sha256,
            error=exc.reason,
            fetched_at=started,
            size=exc.size,
        )
        record_run(eng, source=name, kind=kind, started_at=started, ok=False, error=exc.reason)
        raise click.ClickException(exc.reason) from None
    try:
        report = ingest_payload(
            eng,
            settings(),
            geography(),
            payload,
            source=name,
            kind=kind,
            round_number=round_number,
            fetched_at=started,
        )
    except FeedError as exc:
        record_run(eng, source=name, kind=kind, started_at=started, ok=False, error=str(exc))
        raise click.ClickException(f"{path_or_url}: rejected, nothing changed: {exc}") from None
    except StoreError as exc:
        raise click.ClickException(f"{path_or_url}: {exc}") from None
    if not report.duplicate_payload:
        record_run(
            eng,
            source=name,
            kind=kind,
            started_at=started,
            ok=True,
            items_new=report.new,
            items_changed=report.changed,
            items_seen=report.unchanged,
            snapshot_id=report.snapshot_id,
        )
    click.echo(report.summary())
    kinds: dict[str, int] = {}
    for finding in report.findings:
        kinds[finding.kind] = kinds.get(finding.kind, 0) + 1
    for kind_name, count in sorted(kinds.items()):
        click.echo(f"  anomaly {kind_name}: {count}")


def _round(value: int | None) -> int:
    return value or settings().election.default_round


@click.command("results")
@with_appcontext
@click.argument("area", required=False, default="national")
@click.option("--round", "round_number", type=int, default=None, help="The round (tour).")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON document of the API.")
def results(area: str, round_number: int | None, as_json: bool) -> None:
    """Standings of an area (a code or a name; default: national)."""
    round_number = _round(round_number)
    with ready_engine().connect() as conn:
        ref = resolve_area(conn, area)
        if ref is None:
            raise click.ClickException(f"no area matches '{area}'")
        found = standings(conn, settings(), ref.code, round_number)
    document = results_document(found)
    if as_json:
        click.echo(json.dumps(document, ensure_ascii=False))
        return
    click.echo(_results_text(document))


def _results_text(doc: dict[str, Any]) -> str:
    area = doc["area"]
    lines = [
        f"{area['name']} ({area['code']}, {area['level']}), round {doc['round']}, "
        f"as of {doc['as_of'] or 'no results yet'}",
        f"bureaux {doc['bureaux_reported']:,} / {doc['bureaux_total']:,}   inscrits "
        f"{doc['inscrits']:,}   votants {doc['votants']:,}   exprimés {doc['exprimes']:,}",
    ]
    for cand in doc["candidates"]:
        lines.append(f"  {cand['name']:<28} {cand['votes']:>12,} {cand['pct']:>7.2f} %")
    return "\n".join(lines)


@click.command("anomalies")
@with_appcontext
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", default=200, show_default=True)
def anomalies(as_json: bool, limit: int) -> None:
    """The feed anomalies, newest first."""
    with ready_engine().connect() as conn:
        rows = list_anomalies(conn, limit=limit)
    for row in rows:
        if as_json:
            row = {**row, "detected_at": row["detected_at"].isoformat()}
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        else:
            click.echo(f"{row['detected_at']:%Y-%m-%d %H:%M} {row['kind']:<16} {row['message']}")


def register(group: click.Group) -> None:
    """Add this module's commands to the `primaries` group."""
    for command in (init_db, registry, ingest, results, anomalies):
        group.add_command(command)
