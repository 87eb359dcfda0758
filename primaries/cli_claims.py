"""Store stage: commands check, verify, evaluate: claims against the official figures."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add this module's commands to the `primaries` group."""
