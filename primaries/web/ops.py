"""Show stage: what operators and their monitoring read: /healthz and /metrics (logs: primaries.logs).

/healthz answers 200 while the database is reachable (a load balancer keeps the host) and 503
when it is not; its body says how each source and the scheduler are doing. /metrics is
Prometheus text: request latency of this web process, plus figures read from the database at
scrape time (polls and failures per source, last fetch duration, age of the last success,
claims by label, scheduler heartbeat), so every web host reports the same night.
"""

from __future__ import annotations

import os
import time
from datetime import datetime
from typing import Any

from flask import Blueprint, Flask, Response, current_app, g, jsonify, request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from sqlalchemy import Engine, func, select, text

from primaries.locks import read_holder
from primaries.models import CLAIM, RUN, utcnow
from primaries.provenance import is_late, late_after
from primaries.queries import source_health
from primaries.settings import Settings

bp = Blueprint("ops", __name__)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
HEARTBEAT_STALE = 30  # seconds without a scheduler heartbeat before /healthz calls it stale


def _extension() -> dict[str, Any]:
    return current_app.extensions["primaries"]


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _age(moment: datetime | None, now: datetime) -> float | None:
    return round((now - moment).total_seconds(), 1) if moment else None


def _sources(engine: Engine, settings: Settings, now: datetime) -> list[dict[str, Any]]:
    """Each configured source (and any other that ran) with its last success and its age."""
    with engine.connect() as conn:
        rows = {r["source"]: r for r in source_health(conn)}
    out = []
    names = [s.name for s in settings.sources] + sorted(
        set(rows) - {s.name for s in settings.sources}
    )
    configured = {s.name: s for s in settings.sources}
    for name in names:
        row = rows.get(name)
        source = configured.get(name)
        last_ok = row["last_ok_at"] if row else None
        age = _age(last_ok, now)
        enabled = source.enabled if source else True
        out.append(
            {
                "name": name,
                "kind": source.kind if source else (row["kind"] if row else ""),
                "enabled": enabled,
                "last_success": _iso(last_ok),
                "age_seconds": age,
                "last_run_ok": bool(row["ok"]) if row else None,
                "last_error": row["error"] if row and not row["ok"] else None,
                "failing_since": _iso(row["failing_since"]) if row else None,
                # Late on the source's own interval; a source no longer configured is not judged.
                "late": bool(source and is_late(source, last_ok, now, settings)),
                "late_after_seconds": late_after(source, settings) if source else None,
            }
        )
    return out


def _scheduler(engine: Engine, now: datetime) -> dict[str, Any]:
    """Who holds the scheduler lock, since when, and whether its heartbeat is fresh."""
    holder = read_holder(engine)
    if not holder:
        return {"holder": None, "stale": True}
    beat = datetime.fromisoformat(holder["heartbeat"]) if holder.get("heartbeat") else None
    age = _age(beat, now)
    return {
        "holder": holder.get("holder"),
        "backend": holder.get("backend"),
        "since": holder.get("since"),
        "heartbeat": holder.get("heartbeat"),
        "heartbeat_age_seconds": age,
        "stale": age is None or age > HEARTBEAT_STALE,
    }


@bp.get("/healthz")
def healthz() -> Response:
    """200 with the night's health while the database answers; 503 when it does not."""
    ext = _extension()
    engine: Engine = ext["engine"]
    now = utcnow()
    body: dict[str, Any] = {"checked_at": now.isoformat()}
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        body["database"] = {"ok": True, "backend": engine.dialect.name}
        body["sources"] = _sources(engine, ext["settings"], now)
        body["scheduler"] = _scheduler(engine, now)
    except Exception as exc:
        body["database"] = {"ok": False, "error": str(exc).splitlines()[0][:300]}
        body["status"] = "down"
        response = jsonify(body)
        response.status_code = 503
    else:
        degraded = body["scheduler"]["stale"] or any(s["late"] for s in body["sources"])
        body["status"] = "degraded" if degraded else "ok"
        response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response


class StoreCollector:
    """Prometheus figures read from the database at scrape time (shared by every web host)."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def collect(self) -> Any:
        """Yield the metric families; a database error yields only `primaries_database_up 0`."""
        up = GaugeMetricFamily("primaries_database_up", "1 when the database answers.")
        try:
            families = self._families()
        except Exception:
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families

    def _families(self) -> list[Any]:
        now = utcnow()
        polls = CounterMetricFamily(
            "primaries_source_polls",
            "Polls recorded per source and outcome.",
            labels=["source", "ok"],
        )
        last_duration = GaugeMetricFamily(
            "primaries_source_last_fetch_seconds",
            "Duration of each source's latest poll.",
            labels=["source"],
        )
        success_age = GaugeMetricFamily(
            "primaries_source_last_success_age_seconds",
            "Seconds since each source's latest successful poll.",
            labels=["source"],
        )
        claims = GaugeMetricFamily(
            "primaries_claims", "Claims by their current machine label.", labels=["label"]
        )
        beat = GaugeMetricFamily(
            "primaries_scheduler_heartbeat_age_seconds", "Seconds since the scheduler's heartbeat."
        )
        with self.engine.connect() as conn:
            for source, ok, count in conn.execute(
                select(RUN.c.source, RUN.c.ok, func.count()).group_by(RUN.c.source, RUN.c.ok)
            ):
                polls.add_metric([source, "true" if ok else "false"], count)
            for row in source_health(conn):
                if row["finished_at"] and row["started_at"]:
                    seconds = (row["finished_at"] - row["started_at"]).total_seconds()
                    last_duration.add_metric([row["source"]], seconds)
                if row["last_ok_at"]:
                    success_age.add_metric(
                        [row["source"]], (now - row["last_ok_at"]).total_seconds()
                    )
            for label, count in conn.execute(
                select(CLAIM.c.label, func.count()).group_by(CLAIM.c.label)
            ):
                claims.add_metric([label], count)
        holder = read_holder(self.engine)
        if holder.get("heartbeat"):
            age = (now - datetime.fromisoformat(holder["heartbeat"])).total_seconds()
            beat.add_metric([], age)
        return [polls, last_duration, success_age, claims, beat]


@bp.get("/metrics")
def metrics() -> Response:
    """Prometheus exposition: this process's request latency and the store's figures."""
    state = current_app.extensions["primaries_ops"]
    registry: CollectorRegistry = state["registry"]
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # gunicorn workers: merge every worker's latency files, then add the store's figures.
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        registry.register(state["store"])
    return Response(generate_latest(registry), headers={"Content-Type": CONTENT_TYPE_LATEST})


def _start_timer() -> None:
    g.ops_started = time.perf_counter()


def _observe(response: Response) -> Response:
    started = g.pop("ops_started", None)
    if started is not None:
        endpoint = request.endpoint or "unmatched"  # the route's name: bounded label values
        current_app.extensions["primaries_ops"]["latency"].labels(
            request.method, endpoint, str(response.status_code)
        ).observe(time.perf_counter() - started)
    return response


def init_app(app: Flask) -> None:
    """Register /healthz, /metrics and the request-latency hooks (web.init_app calls it)."""
    registry = CollectorRegistry()
    latency = Histogram(
        "primaries_http_request_duration_seconds",
        "Time to answer a request, by route.",
        ["method", "endpoint", "status"],
        buckets=LATENCY_BUCKETS,
        registry=registry,
    )
    store = StoreCollector(app.extensions["primaries"]["engine"])
    registry.register(store)
    app.extensions["primaries_ops"] = {"registry": registry, "latency": latency, "store": store}
    app.register_blueprint(bp)
    app.before_request(_start_timer)
    app.after_request(_observe)
