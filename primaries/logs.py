"""Store stage: the structured log lines every process writes (CLI, scheduler, demo, gunicorn)."""

from __future__ import annotations

import logging
import sys
from typing import Any

LOG_FORMAT = 'ts=%(asctime)s level=%(levelname)s logger=%(name)s pid=%(process)d msg="%(message)s"'


class StructuredFormatter(logging.Formatter):
    """key=value log lines, one per event, the message's quotes escaped so lines stay parsable."""

    def __init__(self) -> None:
        super().__init__(LOG_FORMAT, datefmt="%Y-%m-%dT%H:%M:%S%z")

    def formatMessage(self, record: logging.LogRecord) -> str:
        """Escape the message before it goes between quotes."""
        record.message = record.message.replace("\\", "\\\\").replace('"', '\\"')
        return super().formatMessage(record)

    def formatException(self, ei: Any) -> str:
        """A traceback on one line, so a log shipper keeps it with its event."""
        return " exc=" + repr(super().formatException(ei))


def configure_logging(level: int = logging.INFO) -> None:
    """Send structured lines to stderr (the scheduler, the demo and gunicorn's workers)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(StructuredFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    # Libraries' routine lines (Alembic's per-connection context lines, APScheduler's job
    # starts) would bury the program's own.
    for noisy in ("apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
