"""Store stage: the `ingest` command: a payload its source already stored is recognised first.

The check needs the settings, the payload's bytes and one query; the site (Flask app, web layer,
geography) is built only for a payload that must be parsed, so a re-run of an unchanged file
answers in a fraction of a second instead of the seconds the site takes to load.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

import click
from flask.cli import ScriptInfo

from primaries.fingerprints import same_payload_line, sha256_of, stored_already
from primaries.settings import ConfigError, Settings, database_url, load_settings
from sources import RESULT_KINDS
from sources.deadline import bounded_session
from sources.http import fetch_bytes
from sources.limits import MB, FetchLimits, PayloadRefused
from sources.records import FetchError

KIND = click.Choice(sorted(RESULT_KINDS))


def limits(settings: Settings) -> FetchLimits:
    """The configured caps on a payload's size."""
    thresholds = settings.thresholds
    return FetchLimits(thresholds.max_payload_mb * MB, thresholds.max_bundle_files)


def fetch_payload(path_or_url: str, settings: Settings) -> bytes:
    """A payload by path or URL within the configured deadline and caps; else one line."""
    deadline = settings.thresholds.fetch_deadline
    caps = limits(settings)
    try:
        fetched = fetch_bytes(path_or_url, session=bounded_session(), timeout=deadline, limits=caps)
    except PayloadRefused:
        raise
    except FetchError as exc:
        raise click.ClickException(str(exc)) from None
    if fetched.payload is None:
        raise click.ClickException(f"{path_or_url}: nothing returned")
    return fetched.payload


def _settings() -> Settings:
    """The settings create_app will read (same file, same environment), or one line."""
    try:
        return load_settings()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("ingest")
@click.argument("path_or_url")
@click.option("--kind", type=KIND, required=True, help="The payload's format.")
@click.option("--round", "round_number", type=int, required=True, help="The round (tour).")
@click.option("--source", default=None, help="Name to file it under (default: the path).")
@click.pass_context
def ingest(
    ctx: click.Context, path_or_url: str, kind: str, round_number: int, source: str | None
) -> None:
    """Load one payload of results (files may be gzipped)."""
    # A source's name is 100 characters in the store: a long file name is cut, not an error.
    name = (source or f"cli:{os.path.basename(path_or_url) or path_or_url}")[:100]
    # When the fetch began, as models.utcnow() gives it: the snapshot's fetched_at.
    started = datetime.now(UTC)
    settings = _settings()
    payload: bytes | None = None
    refused: PayloadRefused | None = None
    try:
        payload = fetch_payload(path_or_url, settings)
    except PayloadRefused as exc:
        refused = exc
    if payload is not None:
        sha = sha256_of(payload)
        if stored_already(database_url(settings), name, sha):
            click.echo(same_payload_line(name, sha))
            return
    with ctx.ensure_object(ScriptInfo).load_app().app_context():
        _store(
            path_or_url,
            payload,
            refused,
            kind=kind,
            round_number=round_number,
            name=name,
            started=started,
        )


def _store(
    path_or_url: str,
    payload: bytes | None,
    refused: PayloadRefused | None,
    *,
    kind: str,
    round_number: int,
    name: str,
    started: datetime,
) -> None:
    """The payload parsed, checked and stored by the running app, or its refusal recorded."""
    # Imported here, not above: only a payload to parse needs the store's modules and the site.
    from primaries.cli.base import ready_engine
    from primaries.context import geography, settings
    from primaries.ingest import StoreError, ingest_payload, record_rejection
    from primaries.runs import record_run
    from sources.records import FeedError

    eng = ready_engine()
    if refused is not None:
        # Over a cap: the refusal is kept as a record (hash, size, reason), never the bytes.
        record_rejection(
            eng,
            source=name,
            kind=kind,
            round_number=round_number,
            sha=refused.sha256,
            error=refused.reason,
            fetched_at=started,
            size=refused.size,
        )
        record_run(eng, source=name, kind=kind, started_at=started, ok=False, error=refused.reason)
        raise click.ClickException(refused.reason)
    assert payload is not None
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


def register(group: click.Group) -> None:
    """Add this module's command to the `primaries` group."""
    group.add_command(ingest)
