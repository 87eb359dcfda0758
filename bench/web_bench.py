"""Benchmark: the site under gunicorn with wrk, beside Datasette serving the same SQLite file.

Run `python -m bench.web_bench` (needs wrk: `apt-get install -y wrk`). Without --db it loads the
full real 2017 round-1 file (69,242 bureaux) into a fresh SQLite database first (about 15 s).
Measures, at 50 connections for --duration seconds each: the national standings JSON, the home
page, a commune's bureaux JSON, and Datasette's JSON for the same bureaux query. Prints one
markdown table (requests/s, p50, p99, non-2xx); targets: JSON >= 800 req/s, home >= 200 req/s,
p99 <= 250 ms, and our bureaux JSON at least as fast as Datasette's.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WIDE_FILE = ROOT / "data" / "2017-presidentielle-1_par_bureau_large.csv.gz"
TARGETS = {"national JSON": (800, 250), "home page": (200, 250)}
BUREAUX_SQL = (
    "select b.code, b.name, b.commune, coalesce(r.inscrits, b.inscrits) as inscrits, "
    "r.votants, r.blancs, r.nuls, r.exprimes, r.votes, r.status, r.revision "
    "from bureau b left join bureau_result r on r.bureau = b.code and r.round = 1 "
    "and r.current where b.commune = :commune order by b.code"
)


def free_port() -> int:
    """A TCP port nobody listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 60) -> None:
    """Block until the URL answers 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not come up")


def load_database(path: Path, env: dict[str, str]) -> None:
    """The full national round-1 data in a fresh SQLite file, through the real CLI."""
    subprocess.run(
        [
            str(BIN / "primaries"),
            "ingest",
            str(WIDE_FILE),
            "--kind",
            "datagouv_wide",
            "--round",
            "1",
        ],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "h": 3600000.0}[unit]


def run_wrk(url: str, duration: int, connections: int) -> dict[str, float]:
    """One wrk run: requests/s, p50 and p99 latency in ms, non-2xx responses."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if "Latency Distribution" not in out:
        raise SystemExit(f"wrk gave no latency figures for {url}:\n{out}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)),
        "p99": _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
        "non2xx": int(bad.group(1)) if bad else 0,
    }


def main() -> int:
    """Start both servers, measure, print the table; non-zero exit when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an SQLite file already loaded (else one is made)")
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers (default: config)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--commune", default="59350", help="the commune of the bureaux query")
    parser.add_argument(
        "--no-microcache", action="store_true", help="render every request (MICROCACHE_SECONDS=0)"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    workdir = Path(tempfile.mkdtemp(prefix="web-bench-"))
    db = args.db or workdir / "primaries.db"
    env = {
        **os.environ,
        "PRIMARIES_DATABASE_URL": f"sqlite:///{db.resolve()}",
        "PRIMARIES_SECRET_KEY": "bench-only-secret",
        "PRIMARIES_CONFIG": str(ROOT / "config.toml"),
    }
    if args.db is None:
        print(f"loading {WIDE_FILE.name} into {db} ...", file=sys.stderr)
        load_database(db, env)
    ours, theirs = free_port(), free_port()
    factory = (
        "primaries.app:create_app(MICROCACHE_SECONDS=0)"
        if args.no_microcache
        else ("primaries.app:create_app()")
    )
    # The shipped gunicorn.conf.py (gthread workers, access log) when there is one: the figures
    # are those of the real deployment; --workers overrides its worker count.
    command = [str(BIN / "gunicorn")]
    config = ROOT / "gunicorn.conf.py"
    if config.exists():
        command += ["-c", str(config)]
    command += ["-b", f"127.0.0.1:{ours}", "--log-level", "warning"]
    if args.workers:
        command += ["-w", str(args.workers)]
    processes = [
        subprocess.Popen(
            [*command, factory],
            env={**env, "PRIMARIES_LOG_LEVEL": "warning"},
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        ),
        subprocess.Popen(
            [
                str(BIN / "datasette"),
                "serve",
                str(db),
                "--port",
                str(theirs),
                "--host",
                "127.0.0.1",
                "--setting",
                "sql_time_limit_ms",
                "5000",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
    ]
    try:
        base, peer = f"http://127.0.0.1:{ours}", f"http://127.0.0.1:{theirs}"
        query = urllib.parse.urlencode(
            {"sql": BUREAUX_SQL, "commune": args.commune, "_shape": "array"}
        )
        cases = [
            ("national JSON", f"{base}/api/results/national?round=1"),
            ("home page", f"{base}/"),
            ("commune bureaux JSON", f"{base}/api/areas/{args.commune}/bureaux?round=1"),
            ("Datasette, same bureaux", f"{peer}/{db.stem}.json?{query}"),
        ]
        for _name, url in cases:
            wait_for(url)
        rows = []
        for name, url in cases:
            subprocess.run(  # warm-up: imports, caches, the page cache
                ["wrk", "-t2", f"-c{args.connections}", "-d2s", url],
                capture_output=True,
                check=True,
            )
            rows.append((name, run_wrk(url, args.duration, args.connections)))
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(10)
        if args.db is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"\n{args.connections} connections, {args.duration} s each, gunicorn "
        f"{args.workers or 'gunicorn.conf.py'} workers"
        f"{', no micro-cache' if args.no_microcache else ''}, {os.cpu_count()} CPUs\n"
    )
    print("| endpoint | req/s | p50 ms | p99 ms | non-2xx |")
    print("|---|---:|---:|---:|---:|")
    for name, r in rows:
        print(f"| {name} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['non2xx']} |")
    results = dict(rows)
    missed = [
        name
        for name, (rps, p99) in TARGETS.items()
        if results[name]["rps"] < rps or results[name]["p99"] > p99
    ]
    if results["commune bureaux JSON"]["rps"] < results["Datasette, same bureaux"]["rps"]:
        missed.append("bureaux JSON slower than Datasette")
    print("\ntargets met" if not missed else f"\ntargets missed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
