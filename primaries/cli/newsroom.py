"""Store stage: commands users and tips: the newsroom's accounts and readers' posts."""

from __future__ import annotations

import click
from flask.cli import AppGroup
from sqlalchemy import Engine

from primaries.context import engine
from primaries.db import is_initialised, upgrade
from primaries.models import utcnow
from primaries.posts import add_tip
from primaries.users import ACCOUNT_ROLES, create_user


def _ready() -> Engine:
    eng = engine()
    if not is_initialised(eng):
        upgrade(eng)
    return eng


@click.group("users", cls=AppGroup)
def users() -> None:
    """The newsroom's accounts."""


@users.command("add")
@click.argument("name")
@click.option(
    "--role", type=click.Choice(ACCOUNT_ROLES), required=True, help="editor, admin or delegate."
)
@click.option("--party", default=None, help="A delegate's party (or candidate's camp).")
@click.password_option(
    prompt="Password", help="Asked for when not given (never in the shell history)."
)
def users_add(name: str, role: str, party: str | None, password: str) -> None:
    """Create an account; its password is hashed, never stored."""
    eng = _ready()
    try:
        create_user(eng, name, password, role, now=utcnow(), party=party)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    # Say where: a demo runs on its own database (it prints the command that reaches it).
    what = f"{role}, {' '.join(party.split())}" if party else role
    click.echo(f"user {name} added ({what}) to {eng.url.render_as_string(hide_password=True)}")


@click.group("posts", cls=AppGroup)
def posts() -> None:
    """Posts that reach the newsroom outside the collectors."""


@posts.command("add")
@click.argument("text")
@click.option("--url", default=None, help="Where the post was seen.")
@click.option("--author", default=None, help="Who sent or wrote it.")
def posts_add(text: str, url: str | None, author: str | None) -> None:
    """Store a tip as a post (platform "tip"); it is grouped and read like any other."""
    try:
        post_id = add_tip(_ready(), text, url=url, author=author, now=utcnow())
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"post {post_id} stored")


def register(group: click.Group) -> None:
    """Add this module's commands to the `primaries` group."""
    group.add_command(users)
    group.add_command(posts)
