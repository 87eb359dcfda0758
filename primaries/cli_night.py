"""Store stage: commands schedule, demo, serve: the election-night processes."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add this module's commands to the `primaries` group."""
