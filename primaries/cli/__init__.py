"""Store stage: the `primaries` command line (a FlaskGroup, so `flask` conventions hold too).

One module per command group: results (init-db, registry, ingest, results, anomalies), claims
(check, verify), newsroom (users, posts), processes (schedule, serve), demo (demo, evaluate).
"""

from __future__ import annotations

import logging
import os

import click
from flask import Flask
from flask.cli import FlaskGroup

from primaries.app import create_app
from primaries.cli import claims, demo, newsroom, processes, results
from primaries.logs import configure_logging
from primaries.settings import ENV_CONFIG, ConfigError


def _make_app() -> Flask:
    try:
        return create_app()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


def _remember_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        os.environ[ENV_CONFIG] = value


@click.group(
    cls=FlaskGroup,
    create_app=_make_app,
    add_version_option=False,
    load_dotenv=False,
    set_debug_flag=False,
)
@click.option(
    "--config",
    "config",
    metavar="PATH",
    is_eager=True,
    expose_value=False,
    callback=_remember_config,
    help="The election's config file (default ./config.toml).",
)
def cli() -> None:
    """primaries: official results and election-night claims, side by side."""
    configure_logging(logging.INFO)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)


for _module in (claims, demo, newsroom, processes, results):
    _module.register(cli)


def main() -> None:
    """Console-script entry point."""
    cli.main(prog_name="primaries")
