"""Demo and evaluation: commands demo and evaluate (their work is done in `primaries.demo`)."""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time

import click

from primaries.cli.base import stop_event
from primaries.demo.evaluation import figures, report_document, run_evaluation
from primaries.demo.runner import (
    SCENARIO_CONFIGS,
    DemoError,
    DemoRun,
    demo_progress,
    progress_line,
    start_demo,
)
from primaries.logs import configure_logging
from primaries.settings import ConfigError, Settings, load_settings


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
    "--database",
    default=None,
    help="Database URL (default: $PRIMARIES_DATABASE_URL, else a fresh instance/demo-*.db).",
)
@click.option(
    "--verbose", is_flag=True, help="Log every poll and ingest (INFO), not only warnings."
)
def demo_command(
    scenario: str | None,
    speed: float,
    port: int,
    host: str,
    duration: float | None,
    database: str | None,
    verbose: bool,
) -> None:
    """Replay a real election night offline: simulated authority, posts, scheduler and site."""
    # The terminal is the demo's screen: the set-up ends with the site's address, then one
    # progress line every ten seconds; the collectors' INFO lines only on request.
    configure_logging(logging.INFO if verbose else logging.WARNING)
    if speed <= 0:
        raise click.BadParameter("must be positive", param_hint="--speed")
    current = None
    with contextlib.suppress(ConfigError):
        current = load_settings()
    if scenario is None:
        known = current.election.id if current else ""
        scenario = known if known in SCENARIO_CONFIGS else "pr2017"
    stop, restore = stop_event()
    click.echo(f"demo {scenario}: loading the simulator and the bureau registry...", err=True)
    try:
        run = start_demo(
            scenario, speed=speed, database=database, settings=current, host=host, port=port
        )
    except DemoError as exc:
        restore()
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        restore()
        raise click.ClickException(f"cannot serve the site on {host}:{port}: {exc}") from None
    command = _command_on(run, current)
    click.echo(f"simulated authority: {run.simulator_url}/")
    click.echo(f"add an editor: {command} users add NAME --role editor")
    click.echo(f"site: {run.site_url}  (Ctrl-C to stop)")
    try:
        _report_until(run, stop, duration)
    finally:
        click.echo("stopping: letting running polls finish...", err=True)
        summary = None
        with contextlib.suppress(Exception):
            summary = demo_progress(run)
        run.stop()
        restore()
    if summary is not None:
        click.echo("final: " + progress_line(summary))
    click.echo(f"database kept: {run.settings.database_url}")
    click.echo(f"  read it with: {command} results")


def _command_on(run: DemoRun, configured: Settings | None) -> str:
    """The `primaries` command line that reaches the demo's database and election."""
    command = f"PRIMARIES_DATABASE_URL={run.settings.database_url} primaries"
    if configured is None or run.settings.path.resolve() != configured.path.resolve():
        command += f" --config {run.settings.path}"
    return command


def _report_until(run: DemoRun, stop: threading.Event, duration: float | None) -> None:
    """A progress line every ten seconds until Ctrl-C (or `duration` seconds)."""
    deadline = time.monotonic() + duration if duration else None
    next_report = 0.0
    while not stop.wait(0.2):
        if deadline is not None and time.monotonic() >= deadline:
            return
        if time.monotonic() >= next_report:
            next_report = time.monotonic() + 10
            with contextlib.suppress(Exception):
                click.echo(progress_line(demo_progress(run)))


@click.command("evaluate")
@click.option(
    "--cases",
    "cases_path",
    type=click.Path(exists=True, dir_okay=False),
    required=True,
    help="Labelled posts, JSON Lines, with states.json beside them "
    "(the suite's: tests/data/evaluation/cases.jsonl).",
)
@click.option(
    "--json", "as_json", is_flag=True, help="The figures and failures as one JSON object."
)
@click.pass_context
def evaluate(ctx: click.Context, cases_path: str, as_json: bool) -> None:
    """Score extraction and labels on the labelled posts, against stores built per data state."""
    report = run_evaluation(cases_path)
    rows = figures(report)
    if as_json:
        click.echo(json.dumps(report_document(report), ensure_ascii=False))
    else:
        click.echo(f"{report.posts} posts, {report.overall.tp + report.overall.fn} expected claims")
        for row in rows:
            value = f"{row.value:d}" if isinstance(row.value, int) else f"{row.value:.3f}"
            verdict = "" if row.met is None else ("ok" if row.met else "MISSED")
            target = f"target {row.target}" if row.target else ""
            click.echo(f"  {row.name:<28} {value:>6}  {target:<14} {verdict}".rstrip())
        for failure in report.failures():
            click.echo(
                f"  failure {failure.id}: label {failure.label} (expected "
                f"{failure.expected_label}); missing {len(failure.missing)}, "
                f"extra {', '.join(failure.extra) or 'none'}"
            )
    if any(row.met is False for row in rows):
        ctx.exit(1)


def register(group: click.Group) -> None:
    """Add this module's commands to the `primaries` group."""
    for command in (demo_command, evaluate):
        group.add_command(command)
