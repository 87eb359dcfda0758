"""Store stage: commands check, verify, evaluate: claims against the official figures."""

from __future__ import annotations

import json
import sys

import click
from flask.cli import with_appcontext

from primaries.models import utcnow


def register(group: click.Group) -> None:
    """Add this module's commands to the `primaries` group."""
    group.add_command(check)
    group.add_command(verify)
    group.add_command(evaluate)


@click.command("check")
@with_appcontext
@click.argument("texts", nargs=-1)
@click.option("--round", "round_number", type=int, default=None, help="The round (tour).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per post, one per line.")
def check(texts: tuple[str, ...], round_number: int | None, as_json: bool) -> None:
    """Label posts against the current official figures ('-' reads one post per line)."""
    from primaries.app import geography, settings
    from primaries.cli import ready_engine
    from primaries.verification import check_texts

    posts: list[str] = []
    for text in texts:
        if text == "-":
            posts.extend(line.rstrip("\r\n") for line in sys.stdin if line.strip())
        else:
            posts.append(text)
    if not posts:
        raise click.UsageError("give at least one TEXT, or '-' to read posts from standard input")
    round_number = round_number or settings().election.default_round
    for result in check_texts(ready_engine(), settings(), geography(), posts, round_number):
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False, default=str))
            continue
        click.echo(f"{(result['label'] or 'no verifiable claim').upper()}: {result['text']}")
        for claim in result["claims"]:
            click.echo(
                f"  - {claim['type']} {', '.join(claim['candidates'])} "
                f"[{claim['area']['name']}]: {claim['label']}. {claim['reason']}"
            )
        if result["flags"]:
            click.echo(f"  flags: {', '.join(result['flags'])}")


@click.command("verify")
@with_appcontext
def verify() -> None:
    """Read claims of new posts and relabel claims whose area's figures changed, once."""
    from primaries.app import geography, settings
    from primaries.cli import ready_engine
    from primaries.verification import verify_pending

    report = verify_pending(ready_engine(), settings(), geography(), now=utcnow())
    click.echo(
        f"{report.read} posts read, {report.claims_new} claims new, "
        f"{report.checked} rechecked, {report.changed} labels changed"
    )


@click.command("evaluate")
@click.option(
    "--cases",
    "cases_path",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Labelled posts, JSON Lines, with states.json beside them "
    "(default tests/data/evaluation/cases.jsonl).",
)
@click.option(
    "--json", "as_json", is_flag=True, help="The figures and failures as one JSON object."
)
@click.pass_context
def evaluate(ctx: click.Context, cases_path: str | None, as_json: bool) -> None:
    """Score extraction and labels on the labelled posts, against stores built per data state."""
    from primaries.evaluation_store import DEFAULT_CASES, figures, report_document, run_evaluation

    report = run_evaluation(cases_path or DEFAULT_CASES)
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
