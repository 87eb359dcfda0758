"""Benchmark: the production stack (nginx's proxy_cache in front of gunicorn, deploy/) under wrk.

Run: `python -m bench.stack_bench [--duration S] [--ingest-nice N]` (needs wrk and nginx:
`apt-get install -y wrk nginx-light`). Starts the stack on a fresh SQLite store with the bureau
registry of the real 2017 file, then, with wrk at 200 connections for --duration seconds each,
against 127.0.0.1 only:
1. the national JSON while the full national round-1 file (69,242 bureaux) is ingested;
2. the home page while the full round-2 file is ingested (the same load on the database);
3. the national JSON and 4. the home page on the loaded store, nothing else running.
Prints one markdown table (req/s, p50, p99, max, errors of every kind, the requests that reached
gunicorn) and one JSON line. Targets (issue 15): national JSON >= 20,000 req/s, p99 <= 50 ms,
0 errors; home >= 10,000 req/s; during an ingest 0 errors, p99 <= 100 ms. Exit 1 when missed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from deploy.stack import BIN, ROOT, Stack, start_stack

FILES = {r: ROOT / "data" / f"2017-presidentielle-{r}_par_bureau_large.csv.gz" for r in (1, 2)}
NATIONAL = "/api/results/national?round=1"
HOME = "/"
TARGETS = {  # name: (req/s at least, p99 ms at most)
    "national JSON": (20_000, 50),
    "home page": (10_000, None),
    "national JSON, round-1 ingest running": (None, 100),
    "home page, round-2 ingest running": (None, 100),
}
# wrk calls done() once, after every thread finished: its counters and latency percentiles
# (microseconds) as one JSON line.
DONE_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, ' ..
    '"status": %d, "timeout": %d, "p50_us": %d, "p99_us": %d, "max_us": %d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
"""


def run_wrk(url: str, duration: int, connections: int, threads: int, script: Path) -> dict:
    """One wrk run: requests/s, p50/p99/max ms and errors by wrk's kind (status: non-2xx/3xx)."""
    load = [f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "5s"]
    out = subprocess.run(
        ["wrk", *load, "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next((x for x in reversed(out.splitlines()) if x.startswith('{"requests"')), None)
    if line is None:
        raise SystemExit(f"wrk printed no figures for {url}:\n{out}")
    raw = json.loads(line)
    errors = {k: raw[k] for k in ("connect", "read", "write", "status", "timeout")}
    return {
        "rps": round(raw["requests"] / (raw["duration_us"] / 1e6)),
        "requests": raw["requests"],
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "max_ms": round(raw["max_us"] / 1000, 1),
        "errors": sum(errors.values()),
        "errors_by_kind": errors,
    }


def gunicorn_requests(stack: Stack) -> int:
    """How many requests gunicorn has answered so far (its access log lines)."""
    with (stack.workdir / "gunicorn.log").open("rb") as log:
        return sum(1 for line in log if b"logger=access" in line)


def cli(stack: Stack, *args: str, nice: int = 0) -> subprocess.Popen:
    """A `primaries` command on the stack's database, in the background."""
    env = {**os.environ, "PRIMARIES_DATABASE_URL": stack.database}
    return subprocess.Popen(
        ["nice", "-n", str(nice), str(BIN / "primaries"), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def ingest(stack: Stack, round_number: int, nice: int) -> subprocess.Popen:
    """The full national file of a round, ingested as `primaries ingest` does it."""
    path = str(FILES[round_number])
    args = ("ingest", path, "--kind", "datagouv_wide", "--round", str(round_number))
    return cli(stack, *args, nice=nice)


def measure(stack: Stack, name: str, path: str, args: argparse.Namespace, script: Path) -> dict:
    """One wrk run through nginx, with the load average before it and gunicorn's share."""
    before = gunicorn_requests(stack)
    load = os.getloadavg()[0]
    row = run_wrk(stack.url + path, args.duration, args.connections, args.threads, script)
    row["reached_gunicorn"] = gunicorn_requests(stack) - before
    return {"name": name, "path": path, "load_before": round(load, 2), **row}


def under_ingest(
    stack: Stack, name: str, path: str, round_number: int, args: argparse.Namespace, script: Path
) -> dict:
    """wrk on a path while the full national file of a round is being ingested."""
    started = time.monotonic()
    process = ingest(stack, round_number, args.ingest_nice)
    time.sleep(0.5)  # the ingest's process is up and reading before the load begins
    row = measure(stack, name, path, args, script)
    row["ingest_running_at_end"] = process.poll() is None
    output = process.communicate(timeout=600)[0].decode(errors="replace")
    if process.returncode != 0:
        raise SystemExit(f"ingest of round {round_number} failed:\n{output}")
    row["ingest_s"] = round(time.monotonic() - started, 1)
    return row


def missed_targets(rows: list[dict]) -> list[str]:
    """The targets of issue 15 this run missed."""
    missed = []
    for row in rows:
        rps, p99 = TARGETS[row["name"]]
        if row["errors"]:
            missed.append(f"{row['name']}: {row['errors']} errors")
        if rps is not None and row["rps"] < rps:
            missed.append(f"{row['name']}: {row['rps']:,} req/s < {rps:,}")
        if p99 is not None and row["p99_ms"] > p99:
            missed.append(f"{row['name']}: p99 {row['p99_ms']} ms > {p99} ms")
    return missed


def print_table(rows: list[dict], args: argparse.Namespace) -> None:
    """The figures as one markdown table, then as one JSON line."""
    print(
        f"\nwrk -t{args.threads} -c{args.connections} -d{args.duration}s through nginx "
        f"(proxy_cache) -> gunicorn, SQLite, {os.cpu_count()} CPUs, ingests at nice "
        f"{args.ingest_nice}; load average before the run {args.load_at_start} (the last "
        "column is the 1-minute load before each row, the previous rows' included)\n"
    )
    print("| load | req/s | p50 ms | p99 ms | max ms | errors | reached gunicorn | load avg |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        extra = f" (ingest {r['ingest_s']} s)" if "ingest_s" in r else ""
        print(
            f"| {r['name']}{extra} | {r['rps']:,} | {r['p50_ms']} | {r['p99_ms']} | {r['max_ms']} "
            f"| {r['errors']} | {r['reached_gunicorn']:,} | {r['load_before']} |"
        )
    print(json.dumps({"load_at_start": args.load_at_start, "rows": rows}))


def main() -> int:
    """Start the stack, load the registry, measure the four loads, print; 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=15, help="seconds of wrk per load")
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers")
    # The scheduler has hosts of its own in production; on one shared machine it may yield.
    parser.add_argument("--ingest-nice", type=int, default=0, help="niceness of the ingests")
    args = parser.parse_args()
    args.load_at_start = [round(x, 2) for x in os.getloadavg()]  # the machine before we load it
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    scratch = Path(tempfile.mkdtemp(prefix="stack-bench-"))
    script = scratch / "done.lua"
    script.write_text(DONE_LUA)
    with start_stack(workers=args.workers) as stack:
        registry = cli(stack, "registry", str(FILES[1]), "--kind", "datagouv_wide")
        if registry.wait(300) != 0:
            raise SystemExit(f"registry failed:\n{registry.communicate()[0].decode()}")
        for path in (NATIONAL, HOME):  # warm: imports, the first renders, the page cache
            subprocess.run(["wrk", "-t1", "-c10", "-d2s", stack.url + path], capture_output=True)
        rows = [
            under_ingest(stack, "national JSON, round-1 ingest running", NATIONAL, 1, args, script),
            under_ingest(stack, "home page, round-2 ingest running", HOME, 2, args, script),
            measure(stack, "national JSON", NATIONAL, args, script),
            measure(stack, "home page", HOME, args, script),
        ]
    shutil.rmtree(scratch, ignore_errors=True)
    print_table(rows, args)
    missed = missed_targets(rows)
    print("\ntargets met" if not missed else f"\ntargets missed: {'; '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
