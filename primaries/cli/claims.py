"""Store stage: commands check and verify: claims against the official figures."""

from __future__ import annotations

import json
import sys

import click
from flask.cli import with_appcontext

from primaries.cli.base import ready_engine
from primaries.context import geography, settings
from primaries.models import utcnow
from primaries.verification import check_texts, verify_pending


def register(group: click.Group) -> None:
    """Add this module's commands to the `primaries` group."""
    group.add_command(check)
    group.add_command(verify)


@click.command("check")
@with_appcontext
@click.argument("texts", nargs=-1)
@click.option("--round", "round_number", type=int, default=None, help="The round (tour).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per post, one per line.")
def check(texts: tuple[str, ...], round_number: int | None, as_json: bool) -> None:
    """Label posts against the current official figures ('-' reads one post per line)."""
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
    report = verify_pending(ready_engine(), settings(), geography(), now=utcnow())
    click.echo(
        f"{report.read} posts read, {report.claims_new} claims new, "
        f"{report.checked} rechecked, {report.changed} labels changed"
    )
