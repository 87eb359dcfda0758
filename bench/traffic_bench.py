"""Benchmark: the site under anonymous hostile traffic (issue 12), under gunicorn with wrk.

Run `python -m bench.traffic_bench` (needs wrk). Without --db it loads the full real 2017
round-1 file (69,242 bureaux) into a fresh SQLite database first (about 20 s). Then:

1. memory: the resident memory of gunicorn (master and workers) after a warm-up, then after 40
   requests for the national bureau list with 40 different query strings (unknown names: they
   once each minted a cache entry of 27 MB) and 40 different pages; target: at most 300 MB more;
2. the cost of the heavy endpoints, on their first request and again;
3. the national standings JSON at --connections connections, alone, then while --hammer clients
   hammer the national bureau list (random pages and rounds: every key the cache can be made to
   hold) and then the national CSV; target: p99 under 250 ms.
Prints markdown tables; non-zero exit when a target is missed.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.web_bench import BIN, ROOT, free_port, load_database, run_wrk, wait_for

MEMORY_TARGET_MB = 300
P99_TARGET_MS = 250
# What 8 hostile clients hammer: the national bureau list, each request a page of the grid and a
# round chosen at random (every key the cache can be made to hold), and the national CSV.
PAGES_SCRIPT = """
math.randomseed(os.time())
request = function()
  local path = string.format("/api/areas/FR/bureaux?round=%d&page=%d",
                             math.random(1, 2), math.random(1, 70))
  return wrk.format("GET", path)
end
"""
HAMMERED = {
    "pages of the national bureau list, at random": ("/", PAGES_SCRIPT),
    "the national bureaux CSV": ("/area/FR/bureaux.csv?round=1", None),
}
TIMED = (
    "/area/FR/bureaux.csv?round=1",
    "/api/areas/FR/bureaux?round=1&page=35",
    "/area/59?round=1",
    "/api/figures/FR?round=1",
    "/?round=1",
)


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its children, in MB (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            status = (Path("/proc") / str(current) / "status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def fetch(url: str, timeout: float = 120) -> tuple[int, float]:
    """GET a URL to its end: (bytes read, seconds)."""
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=timeout) as response:
        size = len(response.read())
    return size, time.perf_counter() - started


def fetch_all(urls: list[str], parallel: int = 8) -> None:
    """GET every URL, a few at a time (so each worker gets its share)."""
    with concurrent.futures.ThreadPoolExecutor(parallel) as pool:
        list(pool.map(fetch, urls))


def memory_phase(base: str, pid: int) -> dict[str, float]:
    """RSS after a warm-up, then after 40 query strings and 40 pages of the national list."""
    national = f"{base}/api/areas/FR/bureaux?round=1"
    fetch_all([f"{base}/api/results/national?round=1"] * 40 + [national] * 40)
    time.sleep(2)
    before = tree_rss_mb(pid)
    fetch_all([f"{national}&x{i}={i}" for i in range(40)])
    time.sleep(2)
    after_queries = tree_rss_mb(pid)
    fetch_all([f"{national}&page={n}" for n in range(1, 41)])
    time.sleep(2)
    after_pages = tree_rss_mb(pid)
    return {"before": before, "after_queries": after_queries, "after_pages": after_pages}


def timings(base: str) -> list[tuple[str, int, float]]:
    """Each endpoint timed once cold (the first request renders it) and once again."""
    rows = []
    for path in TIMED:
        size, cold = fetch(base + path)
        rows.append((path, size, cold, fetch(base + path)[1]))
    return rows


def hammered_run(base: str, name: str, duration: int, args: argparse.Namespace) -> dict:
    """National JSON while `args.hammer` connections hammer one target."""
    path, script = HAMMERED[name]
    command = ["wrk", "-t1", f"-c{args.hammer}", f"-d{duration + 6}s", "--timeout", "60s"]
    if script:
        lua = Path(tempfile.mkstemp(suffix=".lua")[1])
        lua.write_text(script)
        command += ["-s", str(lua)]
    attack = subprocess.Popen([*command, base + path], stdout=subprocess.PIPE, text=True)
    time.sleep(3)  # the heavy requests are under way
    under = run_wrk(f"{base}/api/results/national?round=1", duration, args.connections)
    out = attack.communicate()[0]
    if script:
        lua.unlink()
    done = [line.strip() for line in out.splitlines() if "requests in" in line]
    return {**under, "hammer": done[0] if done else ""}


def latency_phase(base: str, args: argparse.Namespace) -> dict[str, dict]:
    """National JSON alone, then under each hammer."""
    national = f"{base}/api/results/national?round=1"
    subprocess.run(["wrk", "-t2", f"-c{args.connections}", "-d2s", national], capture_output=True)
    runs = {"alone": run_wrk(national, args.duration, args.connections)}
    for name in HAMMERED:
        runs[name] = hammered_run(base, name, args.duration, args)
    return runs


def start_site(db: Path, port: int, workers: int) -> subprocess.Popen:
    """gunicorn with the shipped gunicorn.conf.py on the loaded database."""
    env = {
        **os.environ,
        "PRIMARIES_DATABASE_URL": f"sqlite:///{db.resolve()}",
        "PRIMARIES_SECRET_KEY": "bench-only-secret",
        "PRIMARIES_CONFIG": str(ROOT / "config.toml"),
        "PRIMARIES_LOG_LEVEL": "warning",
    }
    command = [str(BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py")]
    command += ["-b", f"127.0.0.1:{port}", "--log-level", "warning"]
    if workers:
        command += ["-w", str(workers)]
    return subprocess.Popen(
        [*command, "primaries.app:create_app()"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL
    )


def report(memory: dict[str, float], timed: list, latency: dict, args: argparse.Namespace) -> list:
    """Print the tables; the targets missed."""
    grown = max(memory["after_queries"], memory["after_pages"]) - memory["before"]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\ngunicorn {args.workers or 'gunicorn.conf.py'} workers, {os.cpu_count()} CPUs, ")
    print(f"load average after the run: {load}\n")
    print("| memory of the site (master + workers) | MB |\n|---|---:|")
    print(f"| after warm-up | {memory['before']:.0f} |")
    print(f"| after 40 query strings of the national list | {memory['after_queries']:.0f} |")
    print(f"| after 40 pages of the national list | {memory['after_pages']:.0f} |")
    print(f"| growth (target <= {MEMORY_TARGET_MB}) | {grown:.0f} |")
    print("\n| endpoint | bytes | first request s | again s |\n|---|---:|---:|---:|")
    for path, size, cold, warm in timed:
        print(f"| `{path}` | {size:,} | {cold:.3f} | {warm:.3f} |")
    print(
        f"\n| national JSON, {args.connections} connections | req/s | p50 ms | p99 ms | non-2xx |"
        "\n|---|---:|---:|---:|---:|"
    )
    for name, r in latency.items():
        label = name if name == "alone" else f"while {args.hammer} clients hammer {name}"
        print(f"| {label} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['non2xx']} |")
    for name, r in latency.items():
        if name != "alone":
            print(f"\nhammer ({name}): {r['hammer']}")
    worst = max((r for n, r in latency.items() if n != "alone"), key=lambda r: r["p99"])
    bad = sum(r["non2xx"] for r in latency.values())
    print(
        f"summary: growth_mb={grown:.0f} p99_ms={worst['p99']:.1f} "
        f"alone_p99_ms={latency['alone']['p99']:.1f} non2xx={bad} load={load.replace(' ', '')}"
    )
    missed = []
    if grown > MEMORY_TARGET_MB:
        missed.append("memory")
    if worst["p99"] > P99_TARGET_MS or bad:
        missed.append("national JSON p99 under attack")
    return missed


def main() -> int:
    """Load, start gunicorn, measure, print; non-zero exit when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an SQLite file already loaded (else one is made)")
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers (default: config)")
    parser.add_argument("--duration", type=int, default=20, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=50, help="national JSON connections")
    parser.add_argument("--hammer", type=int, default=8, help="clients on the heaviest endpoint")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    workdir = Path(tempfile.mkdtemp(prefix="traffic-bench-"))
    db = args.db or workdir / "primaries.db"
    if args.db is None:
        print("loading the national file ...", file=sys.stderr)
        env = {**os.environ, "PRIMARIES_DATABASE_URL": f"sqlite:///{db.resolve()}"}
        load_database(db, {**env, "PRIMARIES_CONFIG": str(ROOT / "config.toml")})
    port = free_port()
    site = start_site(db, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/api/version")
        memory = memory_phase(base, site.pid)
        timed = timings(base)
        latency = latency_phase(base, args)
    finally:
        site.terminate()
        site.wait(20)
        if args.db is None:
            shutil.rmtree(workdir, ignore_errors=True)
    missed = report(memory, timed, latency, args)
    print("\ntargets met" if not missed else f"\ntargets missed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
