"""Benchmark: from a bureau's first publication in the simulator's feed to its effect in the JSON API.

Run: `python -m bench.latency_bench [--speed 1] [--duration 120] [--interval 15] [--postgres URL]`.

Three processes, as on a real night: the night (`start_demo` without its site: the simulated
authority, the real scheduler, ingest, verification and post replay), the site (`create_app`
served over HTTP, microcache included) and this one, the sampler, which only sends requests.
The sampler rebuilds the same deterministic release schedule, so it knows when each bureau is
first published to the millisecond, from the night's clock origin. One bureau per
`--sample-every` seconds (the earliest published in that window) is timed until
`GET /api/results/<bureau>` shows it as reported (checked every `--check-every` seconds, oldest
first). The site hears each landing (NOTIFY on PostgreSQL, the version file on SQLite) and
expires its micro-cache at once, as under gunicorn. The night process records each poll's
stages (fetch start/end, ingest start/end = commit), each verification pass and each
garbage-collector pause over 50 ms, so every sample is split into wait for the poll, fetch,
ingest and visibility in the API. The target: every latency at most the poll interval + 2 s.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GC_REPORTED = 0.05  # seconds: collector pauses at least this long are recorded


# --- the night process -------------------------------------------------------------------------


def instrument(stages: dict[str, list[dict[str, Any]]], origin: list[float]) -> None:
    """Record each results poll's fetch and ingest, each verification pass and long GC pauses."""
    import gc

    from primaries import collector

    def now() -> float:
        return time.monotonic() - origin[0]

    local = threading.local()
    fetch_results = collector.Collector._fetch_results
    ingest_payload = collector.ingest_payload
    verify_once = collector.Collector._verify_once

    def timed_fetch(self: Any, source: Any, cursor: Any) -> Any:
        record = {"source": source.name, "fetch_start": now(), "since": cursor.get("sequence")}
        local.record = record
        stages["polls"].append(record)
        try:
            return fetch_results(self, source, cursor)
        finally:
            record["fetch_end"] = now()

    def timed_ingest(*args: Any, **kwargs: Any) -> Any:
        record = getattr(local, "record", {})
        record["ingest_start"] = now()
        report = ingest_payload(*args, **kwargs)
        record["ingest_end"] = now()
        record["new"], record["changed"] = report.new, report.changed
        return report

    def timed_verify(self: Any) -> None:
        start = now()
        verify_once(self)
        stages["verifications"].append({"start": start, "end": now()})
        stages["frozen"] = [{"objects": gc.get_freeze_count()}]

    collector.Collector._fetch_results = timed_fetch
    collector.ingest_payload = timed_ingest
    collector.Collector._verify_once = timed_verify

    started: list[float] = [0.0]

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started[0] = time.monotonic()
        elif time.monotonic() >= origin[0] and time.monotonic() - started[0] >= GC_REPORTED:
            pause = time.monotonic() - started[0]
            stages["gc"].append({"at": now(), "s": pause, "generation": info["generation"]})

    gc.callbacks.append(on_gc)


def night_role(args: argparse.Namespace) -> None:
    """Play the night without its site; print the clock origin; stop when stdin closes."""
    from primaries.demo.runner import scenario_settings, start_demo

    settings = scenario_settings(None, "pr2017")
    feed_interval = next(s.interval for s in settings.sources if s.kind == "bureau_feed")
    stages: dict[str, list[dict[str, Any]]] = {"polls": [], "verifications": [], "gc": []}
    origin = [float("inf")]  # set once the night starts: setup pauses are not recorded
    instrument(stages, origin)
    run = start_demo(
        "pr2017",
        speed=args.speed,
        database=args.database,
        port=None,
        sim_port=0,
        interval_scale=feed_interval / args.interval,
    )
    origin[0] = run.timer._origin  # the night's clock runs from here
    sys.stdout.write(json.dumps({"origin": origin[0], "simulator": run.simulator_url}) + "\n")
    sys.stdout.flush()
    sys.stdin.read()  # the sampler closes our stdin when it is done
    run.stop()
    Path(args.stages).write_text(json.dumps(stages))


def site_role(args: argparse.Namespace) -> None:
    """Serve the site on the bench database; print its URL; stop when stdin closes."""
    import dataclasses

    from primaries.app import create_app
    from primaries.demo.authority import serve_in_thread
    from primaries.demo.runner import scenario_settings
    from primaries.web.events import start_feed

    settings = dataclasses.replace(scenario_settings(None, "pr2017"), database_url=args.database)
    app = create_app(settings)
    # As gunicorn's post_worker_init does: the site hears each landing and expires its
    # micro-cache at once, instead of serving the previous figures for up to a second.
    start_feed(app)
    server = serve_in_thread(app, "127.0.0.1", 0)
    sys.stdout.write(json.dumps({"url": server.url}) + "\n")
    sys.stdout.flush()
    sys.stdin.read()
    server()


# --- the sampler ---------------------------------------------------------------------------------


def publication_times(speed: float) -> list[tuple[float, str]]:
    """(seconds after the night's origin, bureau code) of every bureau's first publication."""
    from primaries.demo.authority import create_simulator
    from primaries.demo.clock import POLLS_CLOSE_2017, SimClock
    from primaries.geography import DEFAULT_DATA_DIR

    clock = SimClock.linear(POLLS_CLOSE_2017, speed=speed)
    app, _ = create_simulator(DEFAULT_DATA_DIR, "pr2017", speed=speed, clock=clock)
    feed = app.feeds[("pr2017", 1)]
    (r0, t0), (r1, t1) = clock.timeline[0], clock.timeline[-1]
    rate = (t1 - t0).total_seconds() / (r1 - r0)  # simulated seconds per real second at speed 1

    def real_at(moment: datetime) -> float:
        # The feed publishes an event once clock.now() + shift >= event.at (sequence_at).
        return max(0.0, (moment - feed.shift - t0).total_seconds() / rate / speed)

    seen: set[int] = set()
    out = []
    for event in feed.events:
        if event.unit not in seen:
            seen.add(event.unit)
            out.append((real_at(event.at), feed.units[event.unit].code))
    return out


def choose_samples(
    published: list[tuple[float, str]], start: float, end: float, every: float
) -> list[tuple[float, str]]:
    """The earliest-published bureau of each `every`-second window in [start, end)."""
    times = [t for t, _ in published]
    chosen = []
    window = start
    while window < end:
        i = bisect.bisect_left(times, window)
        if i < len(published) and published[i][0] < window + every:
            chosen.append(published[i])
        window += every
    return chosen


def _spawn(role: str, extra: list[str], log: Path) -> tuple[subprocess.Popen, dict[str, Any]]:
    command = [sys.executable, "-m", "bench.latency_bench", "--role", role, *extra]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=log.open("w"),
        text=True,
    )
    line = process.stdout.readline()
    if not line:
        process.wait(30)
        raise RuntimeError(f"{role} process failed:\n{log.read_text()[-3000:]}")
    return process, json.loads(line)


def sample(
    site: str,
    origin: float,
    samples: list[tuple[float, str]],
    until: float,
    check_every: float,
) -> list[dict[str, Any]]:
    """Ask the API about each due sample, oldest first, until it shows the bureau reported."""
    session = requests.Session()
    pending = list(samples)  # sorted by publication time
    done: list[dict[str, Any]] = []
    while pending and time.monotonic() - origin < until:
        now = time.monotonic() - origin
        while pending and pending[0][0] <= now:
            published, code = pending[0]
            answer = session.get(f"{site}/api/results/{code}", timeout=10)
            seen = time.monotonic() - origin
            if answer.status_code != 200 or answer.json().get("bureaux_reported", 0) < 1:
                break  # younger bureaux are not there either (if they are, we only overstate)
            done.append({"code": code, "published": published, "seen": seen})
            pending.pop(0)
        time.sleep(check_every)
    for published, code in pending:
        done.append({"code": code, "published": published, "seen": None})
    return done


def attribute(found: dict[str, Any], stages: dict[str, list[dict[str, Any]]]) -> None:
    """Split one sample's latency: wait for the poll, fetch, ingest, visible in the API."""
    polls = [p for p in stages["polls"] if p.get("ingest_end") is not None]
    starts = [p["fetch_start"] for p in polls]
    i = bisect.bisect_left(starts, found["published"])
    if i >= len(polls) or found["seen"] is None:
        return
    poll = polls[i]
    found["wait_s"] = round(poll["fetch_start"] - found["published"], 3)
    found["fetch_s"] = round(poll["fetch_end"] - poll["fetch_start"], 3)
    found["ingest_s"] = round(poll["ingest_end"] - poll["fetch_end"], 3)
    found["visible_s"] = round(found["seen"] - poll["ingest_end"], 3)
    found["poll_new"] = poll.get("new")


def _quantile(values: list[float], q: float) -> float | None:
    return round(values[int(q * (len(values) - 1))], 2) if values else None


def summarise(
    found: list[dict[str, Any]], stages: dict[str, list[dict[str, Any]]], bound: float
) -> dict[str, Any]:
    """The figures: latency quantiles, stage maxima, the worst sample, GC pauses."""
    latencies = sorted(f["seen"] - f["published"] for f in found if f["seen"] is not None)
    unresolved = sum(1 for f in found if f["seen"] is None)
    for f in found:
        attribute(f, stages)
    worst = max(
        (f for f in found if f["seen"] is not None),
        key=lambda f: f["seen"] - f["published"],
        default=None,
    )
    polls = [p for p in stages["polls"] if p.get("ingest_end") is not None]
    ingests = sorted(p["ingest_end"] - p["ingest_start"] for p in polls)
    verifications = sorted(v["end"] - v["start"] for v in stages["verifications"])

    def stage_max(key: str) -> float | None:
        values = [f[key] for f in found if key in f]
        return round(max(values), 3) if values else None

    return {
        "samples": len(latencies),
        "unresolved": unresolved,
        "p50_s": round(statistics.median(latencies), 2) if latencies else None,
        "p95_s": _quantile(latencies, 0.95),
        "max_s": round(latencies[-1], 2) if latencies else None,
        "bound_s": bound,
        "within_bound": bool(latencies) and latencies[-1] <= bound and not unresolved,
        "stage_max_s": {k: stage_max(f"{k}_s") for k in ("wait", "fetch", "ingest", "visible")},
        "worst": {
            k: round(v, 3) if isinstance(v, float) else v
            for k, v in (worst or {}).items()
            if k != "seen"
        },
        "polls": len(polls),
        "ingest_p50_s": round(statistics.median(ingests), 3) if ingests else None,
        "ingest_max_s": round(ingests[-1], 3) if ingests else None,
        "ingest_max_new": max((p.get("new", 0) + p.get("changed", 0) for p in polls), default=0),
        "verifications": len(verifications),
        "verification_max_s": round(verifications[-1], 3) if verifications else None,
        "gc_frozen_objects": (stages.get("frozen") or [{}])[0].get("objects"),
        "gc_pauses_over_50ms": [
            (round(g["at"], 1), round(g["s"], 3), g["generation"]) for g in stages["gc"]
        ],
    }


def main() -> None:
    """Parse the options, start the night and the site, sample, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", type=float, default=1.0)
    parser.add_argument("--duration", type=float, default=120.0, help="real seconds to sample")
    parser.add_argument("--interval", type=float, default=15.0, help="bureau feed poll interval")
    parser.add_argument("--sample-every", type=float, default=1.0)
    parser.add_argument("--check-every", type=float, default=0.1, help="seconds between checks")
    parser.add_argument("--postgres", default=None, help="a PostgreSQL URL instead of SQLite")
    parser.add_argument("--role", choices=("sampler", "night", "site"), default="sampler")
    parser.add_argument("--database", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--stages", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.role == "night":
        night_role(args)
        return
    if args.role == "site":
        site_role(args)
        return

    from primaries.db import make_engine, upgrade

    published = publication_times(args.speed)
    load_before = os.getloadavg()[0]  # another busy process on the machine skews every figure
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
        engine = make_engine(database)
        upgrade(engine)  # before the site starts; the night's own upgrade is then a no-op
        engine.dispose()
        stages_file = Path(folder) / "stages.json"
        common = ["--database", database]
        started = time.perf_counter()
        site, site_info = _spawn("site", common, Path(folder) / "site.log")
        night = None
        try:
            night, night_info = _spawn(
                "night",
                [
                    *common,
                    "--speed",
                    str(args.speed),
                    "--interval",
                    str(args.interval),
                    "--stages",
                    str(stages_file),
                ],
                Path(folder) / "night.log",
            )
            setup = time.perf_counter() - started
            origin = night_info["origin"]
            samples = choose_samples(published, 0.0, args.duration, args.sample_every)
            found = sample(
                site_info["url"],
                origin,
                samples,
                args.duration + args.interval + 10,
                args.check_every,
            )
        finally:
            for process in (night, site):
                if process is not None:
                    process.stdin.close()
                    process.wait(120)
            if schema:
                admin = create_engine(args.postgres)
                with admin.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()
        stages = json.loads(stages_file.read_text())
    figures = summarise(found, stages, args.interval + 2)
    print(
        json.dumps(
            {
                "bench": "latency",
                "backend": "postgresql" if args.postgres else "sqlite",
                "speed": args.speed,
                "interval_s": args.interval,
                "duration_s": args.duration,
                "setup_s": round(setup, 1),
                "cores": os.cpu_count(),
                "loadavg_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
                "measured_through": "GET /api/results/<bureau> (site in its own process)",
                **figures,
            }
        )
    )


if __name__ == "__main__":
    main()
