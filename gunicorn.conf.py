"""gunicorn configuration of `primaries serve`: gthread workers, structured access log lines.

Everything that differs between hosts comes from the environment: PRIMARIES_BIND (host:port,
default 127.0.0.1:8000), PRIMARIES_WORKERS, PRIMARIES_THREADS, PRIMARIES_FORWARDED_ALLOW_IPS
(the load balancer's address, so X-Forwarded-* are trusted from it only). The scheduler never
runs here: it is its own process (`primaries schedule`).
"""

import multiprocessing
import os

wsgi_app = "primaries.app:create_app()"
bind = os.environ.get("PRIMARIES_BIND", "127.0.0.1:8000").split(",")
# gthread, not sync: a sync worker serves one request at a time, so one open Server-Sent Events
# stream (/api/events) would hold a whole worker. Under gthread a stream holds one of the
# worker's `threads`; the app takes at most `[web] event_streams` (4) per worker, leaving the
# other threads to ordinary requests, and answers 503 beyond (those pages poll /api/version,
# which nginx's cache answers). The worker's heartbeat to the arbiter runs in its main loop,
# so a long stream never counts as a hung worker (`timeout`).
worker_class = "gthread"
workers = int(os.environ.get("PRIMARIES_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 9)))
threads = int(os.environ.get("PRIMARIES_THREADS", "8"))
timeout = 30
graceful_timeout = 20
keepalive = 5
# Each worker builds its own app (and database pool) after the fork: nothing shared by accident.
preload_app = False
forwarded_allow_ips = os.environ.get("PRIMARIES_FORWARDED_ALLOW_IPS", "127.0.0.1")
# No worker recycling: a recycled gthread worker drops the keep-alive connections it holds
# (measured: wrk read errors, one batch per restart, under load); nothing here leaks memory.
max_requests = 0

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("PRIMARIES_LOG_LEVEL", "info")
# One key=value line per request: %(M)s is the request time in milliseconds.
access_log_format = (
    'ts=%(t)s level=INFO logger=access remote=%(h)s method=%(m)s path="%(U)s" '
    'query="%(q)s" status=%(s)s bytes=%(B)s duration_ms=%(M)s referer="%(f)s" ua="%(a)s"'
)
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "structured": {"()": "primaries.logs.StructuredFormatter"},
        "access": {"format": "%(message)s"},
    },
    "handlers": {
        "error": {
            "class": "logging.StreamHandler",
            "formatter": "structured",
            "stream": "ext://sys.stderr",
        },
        "access": {
            "class": "logging.StreamHandler",
            "formatter": "access",
            "stream": "ext://sys.stdout",
        },
    },
    "root": {"level": "INFO", "handlers": ["error"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["error"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["access"], "propagate": False},
        # Alembic's context lines, once per worker, say nothing an operator needs.
        "alembic": {"level": "WARNING"},
    },
}


def post_worker_init(worker):
    """Each worker hears the collector's announcements from its start: its micro-cache expires
    the moment a snapshot lands, and its event streams have a feed to wait on."""
    from primaries.web.events import start_feed

    start_feed(worker.wsgi)


def child_exit(server, worker):
    """With PROMETHEUS_MULTIPROC_DIR set, forget a dead worker's live metrics files."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
