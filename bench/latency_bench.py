"""Benchmark: from a bureau appearing in the simulator's feed to its effect in the JSON API.

Run: `python -m bench.latency_bench [--speed 1] [--duration 120] [--interval 15] [--postgres URL]`.
It plays the 2017 night (`start_demo`, real scheduler, real ingest and verification) and, every
50 ms, watches the simulator's feed: when a bureau is first published it starts a timer, then
asks the site's /api/results/<bureau> (through Flask's test client) until the bureau shows as
reported. The target: every latency at most the poll interval + 2 s. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def reporter(run: Any) -> tuple[str, Any]:
    """A function from a bureau code to its bureaux_reported, via the API if the route exists."""
    from primaries.app import create_app
    from primaries.queries import standings

    app = create_app(run.settings)
    rules = {rule.rule for rule in app.url_map.iter_rules()}
    if "/api/results/<path:area>" in rules:
        client = app.test_client()

        def via_api(code: str) -> int:
            response = client.get(f"/api/results/{code}")
            return response.get_json()["bureaux_reported"] if response.status_code == 200 else 0

        return "GET /api/results/<bureau>", via_api

    def via_query(code: str) -> int:
        with run.engine.connect() as conn:
            found = standings(conn, run.settings, code, 1)
        return found.bureaux_reported if found else 0

    return "primaries.queries.standings (no /api route yet)", via_query


def measure(run: Any, interval: float, duration: float, sample_every: float) -> dict[str, Any]:
    """Sample bureaux as they are first published and time their arrival in the API."""
    feed = run.authority.feeds[("pr2017", 1)]
    first_seq: dict[int, int] = {}
    for event in feed.events:
        first_seq.setdefault(event.unit, event.sequence)
    how, reported = reporter(run)
    pending: list[tuple[str, float]] = []
    latencies: list[float] = []
    last_seq = feed.sequence_at(run.clock.now())
    last_sample = 0.0
    end = time.monotonic() + duration
    while time.monotonic() < end or (pending and time.monotonic() < end + interval + 10):
        now = time.monotonic()
        seq = feed.sequence_at(run.clock.now())
        if seq > last_seq and now - last_sample >= sample_every and now < end:
            fresh = [e for e in feed.events[last_seq:seq] if first_seq[e.unit] == e.sequence]
            if fresh:
                pending.append((feed.units[fresh[-1].unit].code, now))
                last_sample = now
        last_seq = max(last_seq, seq)
        for item in list(pending):
            if reported(item[0]) >= 1:
                latencies.append(time.monotonic() - item[1])
                pending.remove(item)
        time.sleep(0.05)
    latencies.sort()
    bound = interval + 2
    return {
        "measured_through": how,
        "samples": len(latencies),
        "unresolved": len(pending),
        "p50_s": round(statistics.median(latencies), 2) if latencies else None,
        "p95_s": round(latencies[int(0.95 * (len(latencies) - 1))], 2) if latencies else None,
        "max_s": round(latencies[-1], 2) if latencies else None,
        "bound_s": bound,
        "within_bound": bool(latencies) and latencies[-1] <= bound and not pending,
    }


def main() -> None:
    """Parse the options, play the night, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", type=float, default=1.0)
    parser.add_argument("--duration", type=float, default=120.0, help="real seconds to sample")
    parser.add_argument("--interval", type=float, default=15.0, help="bureau feed poll interval")
    parser.add_argument("--sample-every", type=float, default=1.0)
    parser.add_argument("--postgres", default=None, help="a PostgreSQL URL instead of SQLite")
    args = parser.parse_args()

    from primaries.cli_night import scenario_settings, start_demo

    settings = scenario_settings(None, "pr2017")
    feed_interval = next(s.interval for s in settings.sources if s.kind == "bureau_feed")
    schema = None
    with tempfile.TemporaryDirectory() as folder:
        database = f"sqlite:///{folder}/bench.db"
        if args.postgres:
            schema = f"bench_{uuid.uuid4().hex[:10]}"
            admin = create_engine(args.postgres)
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            admin.dispose()
            database = f"{args.postgres}?options=-csearch_path%3D{schema}"
        started = time.perf_counter()
        run = start_demo(
            "pr2017",
            speed=args.speed,
            database=database,
            port=None,
            sim_port=0,
            interval_scale=feed_interval / args.interval,
        )
        setup = time.perf_counter() - started
        try:
            figures = measure(run, args.interval, args.duration, args.sample_every)
        finally:
            run.stop()
            if schema:
                admin = create_engine(args.postgres)
                with admin.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()
    print(
        json.dumps(
            {
                "bench": "latency",
                "backend": "postgresql" if args.postgres else "sqlite",
                "speed": args.speed,
                "interval_s": args.interval,
                "duration_s": args.duration,
                "setup_s": round(setup, 1),
                **figures,
            }
        )
    )


if __name__ == "__main__":
    main()
