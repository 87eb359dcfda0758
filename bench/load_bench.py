"""Benchmark: the public pages and the JSON API under wrk at 200 connections while the demo ingests.

Run: `python -m bench.load_bench [--duration 60] [--connections 200] [--speed 60] [--database URL]`
(needs wrk: `apt-get install -y wrk`).

The set-up is the production one, on one machine: the 2017 night plays at top speed in its own
process (`start_demo` at --speed 60, what `primaries demo --speed 60` runs, minus the demo's own
little site: the simulated authority, the real scheduler ingesting every poll, verification,
post replay) on a fresh SQLite file (or --database), and the site is served
by gunicorn with the repo's gunicorn.conf.py (gthread workers, a pool per worker, the
micro-cache) on the same database, exactly as `primaries serve` runs it. wrk then hits each
endpoint in turn for --duration seconds at --connections connections; a Lua `done` hook prints
wrk's own latency percentiles and error counters as JSON. Requirement: zero errors (no socket
error, no timeout, no non-2xx/3xx status) on every endpoint, while the night keeps ingesting.
Prints one JSON object: per endpoint requests/s, p50/p99 ms, errors by wrk's kind (connect, read,
write, timeout, status), the server's own view from its access log (slowest answer, answers over
5 s, error statuses), gunicorn's worker events, and how far the night got (also per endpoint).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench.web_bench import free_port, wait_for

ROOT = Path(__file__).resolve().parent.parent
ENDPOINTS = (
    ("home page", "/"),
    ("département page", "/area/75"),
    ("claims page", "/claims"),
    ("national JSON", "/api/results/national?round=1"),
    ("claims JSON", "/api/claims"),
    ("version JSON (live poll)", "/api/version"),
)
# wrk calls done() once, after every thread finished: the summary's counters and the latency
# histogram (microseconds) become one JSON line that this script parses.
DONE_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"max_us": %d}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write,
    e.status, e.timeout, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
end
"""


def national_progress(base: str) -> dict[str, Any]:
    """Bureaux reported nationally, as the site shows them."""
    with urllib.request.urlopen(f"{base}/api/results/national?round=1", timeout=10) as response:
        doc = json.load(response)
    return {k: doc.get(k) for k in ("bureaux_reported", "bureaux_total", "votants", "as_of")}


def run_wrk(url: str, duration: int, connections: int, threads: int, script: Path) -> dict:
    """One wrk run over one URL: the figures its done() hook printed."""
    out = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "5s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next((x for x in reversed(out.splitlines()) if x.startswith("{")), None)
    if line is None:
        raise SystemExit(f"wrk printed no figures for {url}:\n{out}")
    raw = json.loads(line)
    seconds = raw["duration_us"] / 1e6
    errors = sum(raw[k] for k in ERROR_KINDS)
    return {
        "requests": raw["requests"],
        "rps": round(raw["requests"] / seconds, 1) if seconds else 0.0,
        "p50_ms": round(raw["p50_us"] / 1000, 1),
        "p90_ms": round(raw["p90_us"] / 1000, 1),
        "p99_ms": round(raw["p99_us"] / 1000, 1),
        "max_ms": round(raw["max_us"] / 1000, 1),
        "errors": errors,
        # wrk's kinds: connect/read/write are socket errors (refused, reset or closed early),
        # timeout is no answer within 5 s, status is an answer outside 2xx/3xx.
        "errors_by_kind": {k: raw[k] for k in ERROR_KINDS},
    }


ERROR_KINDS = ("connect", "read", "write", "timeout", "status")
GUNICORN_EVENTS = {
    "worker_timeouts": "WORKER TIMEOUT",
    "worker_recycled": "Autorestarting worker",
    "workers_booted": "Booting worker",
}


def site_log_figures(log: Path) -> dict[str, Any]:
    """What the server saw: per path its slowest answer, answers over wrk's 5 s timeout and
    non-2xx/3xx statuses (from the access lines), and gunicorn's worker events.

    wrk only says that a request failed; this tells a slow answer (the app) from a request that
    never reached a thread (queueing, a dropped connection) and from an error status.
    """
    paths: dict[str, dict[str, int]] = {}
    events = dict.fromkeys(GUNICORN_EVENTS, 0)
    duration = re.compile(r'path="([^"]*)".*?status=(\d+).*?duration_ms=(\d+)')
    with log.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if "logger=access" in line:
                found = duration.search(line)
                if found is None:
                    continue
                path, status, ms = found.group(1), int(found.group(2)), int(found.group(3))
                row = paths.setdefault(path, {"answers": 0, "max_ms": 0, "over_5s": 0, "bad": 0})
                row["answers"] += 1
                row["max_ms"] = max(row["max_ms"], ms)
                row["over_5s"] += ms > 5000
                row["bad"] += status >= 400
                continue
            for key, text in GUNICORN_EVENTS.items():
                events[key] += text in line
    return {"paths": paths, "gunicorn": events}


def night_role(database: str, speed: float) -> None:
    """In the child: play the 2017 night at `speed` on the database, without a site of its own;
    print one line once the scheduler runs; stop when stdin closes."""
    from primaries.demo.runner import start_demo

    # sim_port=0: any free port for the simulated authority (8765 may be taken by another demo).
    run = start_demo("pr2017", speed=speed, database=database, port=None, sim_port=0)
    sys.stdout.write(json.dumps({"ready": True, "simulator": run.simulator_url}) + "\n")
    sys.stdout.flush()
    sys.stdin.read()
    run.stop()


def start_night(database: str, speed: float, log: Path, env: dict) -> subprocess.Popen:
    """The night in its own process (what `primaries demo --speed N` runs, minus its site)."""
    command = [
        sys.executable,
        "-m",
        "bench.load_bench",
        "--role",
        "night",
        "--speed",
        str(speed),
        "--database",
        database,
    ]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=log.open("wb"),
        text=True,
    )


def start_site(port: int, workers: int, log: Path, env: dict) -> subprocess.Popen:
    """gunicorn with the repo's gunicorn.conf.py, as `primaries serve` runs it."""
    # INFO: gunicorn's worker events (boot, recycle, timeout) reach the log that is counted.
    site_env = {**env, "PRIMARIES_BIND": f"127.0.0.1:{port}", "PRIMARIES_LOG_LEVEL": "info"}
    if workers:
        site_env["PRIMARIES_WORKERS"] = str(workers)
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        str(ROOT / "gunicorn.conf.py"),
        "--access-logfile",
        "/dev/null",
    ]
    return subprocess.Popen(
        command, cwd=ROOT, env=site_env, stdout=log.open("wb"), stderr=subprocess.STDOUT
    )


def stop(process: subprocess.Popen | None, timeout: float = 60) -> None:
    """Close its stdin (the night's signal to stop) or SIGTERM, then wait; SIGKILL if it hangs."""
    if process is None or process.poll() is not None:
        return
    if process.stdin is not None:
        process.stdin.close()
    else:
        process.terminate()
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


def main() -> int:
    """Start the night and the site, load each endpoint, print the figures; 1 on any error."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds of wrk per endpoint")
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--speed", type=float, default=60.0, help="the demo's time compression")
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers (default: conf)")
    parser.add_argument("--database", default=None, help="database URL (default: fresh SQLite)")
    # 0: the scheduler now ingests the whole night in about 80 s at --speed 60, so any warm-up
    # spends the ingest before wrk starts (bureaux_reported_at_start shows the overlap).
    parser.add_argument("--warmup", type=float, default=0.0, help="seconds of night before wrk")
    parser.add_argument(
        "--role", choices=("bench", "night"), default="bench", help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.role == "night":
        night_role(args.database, args.speed)
        return 0
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    workdir = Path(tempfile.mkdtemp(prefix="load-bench-"))
    database = args.database or f"sqlite:///{workdir / 'night.db'}"
    env = {
        **os.environ,
        "PRIMARIES_DATABASE_URL": database,
        "PRIMARIES_SECRET_KEY": "bench-only-secret",
        "PRIMARIES_CONFIG": str(ROOT / "config.toml"),
        "PYTHONUNBUFFERED": "1",
    }
    script = workdir / "done.lua"
    script.write_text(DONE_LUA, encoding="utf-8")
    night = site = None
    rows: dict[str, dict] = {}
    try:
        night = start_night(database, args.speed, workdir / "night.log", env)
        # The night migrates the database and loads the registry before it says it is ready.
        ready = night.stdout.readline() if night.stdout else ""
        if not ready.startswith("{"):
            tail = (workdir / "night.log").read_text(errors="replace").splitlines()[-5:]
            raise SystemExit("the night did not start:\n" + "\n".join(tail))
        port = free_port()
        site = start_site(port, args.workers, workdir / "site.log", env)
        base = f"http://127.0.0.1:{port}"
        for _name, path in ENDPOINTS:
            wait_for(base + path)
        time.sleep(args.warmup)  # let the night reach its busy part before measuring
        before = national_progress(base)
        started = time.monotonic()
        for name, path in ENDPOINTS:
            if night.poll() is not None:
                raise SystemExit(f"the demo stopped early; see {workdir / 'night.log'}")
            at_start = national_progress(base)["bureaux_reported"]
            rows[name] = {"path": path, "bureaux_reported_at_start": at_start} | run_wrk(
                base + path, args.duration, args.connections, args.threads, script
            )
        elapsed = time.monotonic() - started
        after = national_progress(base)
    finally:
        stop(site)
        stop(night)
    total_errors = sum(r["errors"] for r in rows.values())
    server = site_log_figures(workdir / "site.log")
    for row in rows.values():
        row["server"] = server["paths"].get(row["path"].split("?", 1)[0], {})
    for name, row in rows.items():
        kinds = ", ".join(f"{k} {v}" for k, v in row["errors_by_kind"].items())
        print(f"{name}: {row['rps']} req/s, p99 {row['p99_ms']} ms; {kinds}", file=sys.stderr)
    result = {
        "bench": "load",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "cores": os.cpu_count(),
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
        "setup": (
            f"start_demo pr2017 --speed {args.speed:g} (scheduler ingesting) + gunicorn "
            f"(gunicorn.conf.py, {args.workers or 'default'} workers) on "
            f"{'SQLite' if database.startswith('sqlite') else 'the given database'}; wrk "
            f"{args.connections} connections, {args.duration} s per endpoint, same machine"
        ),
        "connections": args.connections,
        "duration_s": args.duration,
        "endpoints": rows,
        "errors": total_errors,
        "zero_errors": total_errors == 0,
        "gunicorn_events": server["gunicorn"],
        "night_during_load": {"before": before, "after": after, "seconds": round(elapsed, 1)},
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if total_errors == 0:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        print(f"logs kept in {workdir}", file=sys.stderr)
    return 0 if total_errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
