"""Store stage: commands init-db, registry, results, anomalies: the official figures (ingest: ingest.py)."""

from __future__ import annotations

import json
from typing import Any

import click
from flask.cli import with_appcontext

from primaries.cli.base import ready_engine
from primaries.cli.ingest import fetch_payload
from primaries.context import engine, geography, settings
from primaries.db import upgrade
from primaries.ingest import (
    ensure_static_areas,
    load_registry,
)
from primaries.models import utcnow
from primaries.provenance import (
    area_snapshots,
    counts_every_unit,
    sources_document,
    with_health,
)
from primaries.queries import anomalies as list_anomalies
from primaries.queries import resolve_area, results_document, standings
from sources import RESULT_KINDS, source_module
from sources.limits import PayloadRefused
from sources.records import FeedError

KIND = click.Choice(sorted(RESULT_KINDS))


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
        payload = fetch_payload(path_or_url, settings())
    except PayloadRefused as exc:
        raise click.ClickException(exc.reason) from None
    try:
        refs = module.parse_registry(payload)
    except FeedError as exc:
        raise click.ClickException(f"{path_or_url}: {exc}") from None
    new, known = load_registry(ready_engine(), settings(), geography(), refs)
    click.echo(f"registry: {new} bureaux new, {known} already known")


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
        snapshots = area_snapshots(conn, ref, round_number, counts_every_unit(ref, settings()))
        sources = with_health(conn, snapshots, settings(), utcnow())
    document = results_document(found)
    # Where the figures come from, and whether a source is late: the API's document too.
    document["sources"] = sources_document(sources)
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
    for src in doc.get("sources") or ():
        late = "   LATE" if src["late"] else ""
        lines.append(
            f"source {src['source']}: {src['bureaux']:,} bureaux, published "
            f"{src['published_at'] or 'not stated'}, fetched {src['fetched_at']}{late}"
        )
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
    for command in (init_db, registry, results, anomalies):
        group.add_command(command)
