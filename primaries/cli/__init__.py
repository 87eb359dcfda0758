"""Store stage: the `primaries` command line (a FlaskGroup, so `flask` conventions hold too).

One module per command group: results (init-db, registry, results, anomalies), ingest, claims
(check, verify), newsroom (users, posts), processes (schedule, serve), demo (demo, evaluate).
"""

from __future__ import annotations

import importlib
import logging
import os

import click
from flask import Flask
from flask.cli import FlaskGroup

from primaries.logs import configure_logging
from primaries.settings import ENV_CONFIG, ConfigError

# Each command's module, imported when the command is looked up: `primaries ingest` of a payload
# already stored then never imports the site (see cli/ingest.py).
COMMAND_MODULES = {
    "anomalies": "results",
    "check": "claims",
    "demo": "demo",
    "evaluate": "demo",
    "ingest": "ingest",
    "init-db": "results",
    "posts": "newsroom",
    "registry": "results",
    "results": "results",
    "schedule": "processes",
    "serve": "processes",
    "users": "newsroom",
    "verify": "claims",
}


class PrimariesGroup(FlaskGroup):
    """A FlaskGroup whose commands' modules are imported on first use."""

    def _register(self, name: str) -> None:
        module = COMMAND_MODULES.get(name)
        if module is not None and name not in self.commands:
            importlib.import_module(f"primaries.cli.{module}").register(self)

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command, its module imported."""
        for name in COMMAND_MODULES:
            self._register(name)
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        """The command, its module imported."""
        if name in COMMAND_MODULES:
            self._register(name)
            # Ours: Flask's plugin commands (flask-limiter's, 0.2 s of imports) stay unloaded.
            return click.Group.get_command(self, ctx, name)
        return super().get_command(ctx, name)


def _make_app() -> Flask:
    # Imported here: building the site is what commands that do not need it skip.
    from primaries.app import create_app

    try:
        return create_app()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


def _remember_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        os.environ[ENV_CONFIG] = value


@click.group(
    cls=PrimariesGroup,
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


def main() -> None:
    """Console-script entry point."""
    cli.main(prog_name="primaries")
