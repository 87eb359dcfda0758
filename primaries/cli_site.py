"""Store stage: commands users and tips: the newsroom's accounts and readers' posts."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add this module's commands to the `primaries` group."""
