"""Run every benchmark of the project, each in its own process, and write bench/RESULTS.md.

Run: `python -m bench.run_all [--quick] [--only NAME ...] [--output PATH]` (`make bench` runs it
in full). Each benchmark prints its figures its own way (JSON, a markdown table, aligned lines);
this module parses them and writes one table with every figure beside its target and whether
it was met. `--quick` shrinks every run to a smoke test (figures not comparable with targets
sized for full runs: the file says so). A benchmark that fails or cannot run (no wrk, no
PostgreSQL) is reported as such; the others still run. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"


@dataclass
class Figure:
    """One measured figure beside its target; `met` None when it is only reported."""

    what: str
    measured: str
    target: str = "reported"
    met: bool | None = None


@dataclass
class Bench:
    """One benchmark: how to run it (full and quick), how to read what it printed."""

    name: str
    title: str
    args: list[str]
    quick_args: list[str]
    parse: Callable[[str], list[Figure]]
    timeout: float = 1800
    figures: list[Figure] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None
    command: str = ""


# -- reading what each benchmark prints ------------------------------------------------------


def last_json(out: str) -> dict[str, Any]:
    """The last top-level JSON object printed (indented or on one line)."""
    starts = [m.start() for m in re.finditer(r"^\{", out, re.M)]
    for start in reversed(starts):
        try:
            return json.loads(out[start:])
        except json.JSONDecodeError:
            try:
                return json.JSONDecoder().raw_decode(out[start:])[0]
            except json.JSONDecodeError:
                continue
    raise ValueError("no JSON object in the output")


def at_most(
    what: str, value: float | None, bound: float, unit: str, fmt: str = "{:,.2f}"
) -> Figure:
    """A figure whose target is an upper bound."""
    if value is None:
        return Figure(what, "not measured", f"≤ {bound:g} {unit}", False)
    return Figure(what, f"{fmt.format(value)} {unit}", f"≤ {bound:g} {unit}", value <= bound)


def at_least(
    what: str, value: float | None, bound: float, unit: str, fmt: str = "{:,.0f}"
) -> Figure:
    """A figure whose target is a lower bound."""
    if value is None:
        return Figure(what, "not measured", f"≥ {bound:g} {unit}", False)
    return Figure(what, f"{fmt.format(value)} {unit}", f"≥ {bound:g} {unit}", value >= bound)


def parse_ingest(out: str) -> list[Figure]:
    """bench.ingest_bench: one JSON object; SQLite figures with targets, PostgreSQL reported."""
    doc = last_json(out)
    lite = doc["sqlite"]
    figures = [
        at_most(
            f"national file ({lite['bureaux']:,} bureaux) into fresh SQLite",
            lite["ingest_s"],
            15,
            "s",
        ),
        at_most(
            f"ratio to `sqlite-utils insert` ({doc['sqlite_utils_insert_s']} s)",
            doc["ratio_to_sqlite_utils"],
            2.0,
            "×",
        ),
        at_most("same payload again (SQLite)", lite["same_payload_again_s"], 2, "s", "{:.3f}"),
        Figure(
            "same payload again wrote nothing",
            str(lite["again_wrote_nothing"]).lower(),
            "true",
            bool(lite["again_wrote_nothing"]),
        ),
        at_most(
            "national standings after ingest, median",
            lite["national_standings_median_ms"],
            50,
            "ms",
        ),
        at_most("peak memory of the ingest (SQLite)", lite["peak_rss_mb"], 500, "MB", "{:,.0f}"),
    ]
    pg = doc.get("postgresql")
    if isinstance(pg, dict):
        figures.append(Figure("same national file into PostgreSQL", f"{pg['ingest_s']:.2f} s"))
        figures.append(
            at_most(
                "peak memory of the ingest (PostgreSQL)", pg["peak_rss_mb"], 500, "MB", "{:,.0f}"
            )
        )
    else:
        figures.append(Figure("same national file into PostgreSQL", str(pg)))
    return figures


def parse_posts(out: str) -> list[Figure]:
    """bench.posts_bench: aligned text lines (`store_posts  X s`, `peak RSS  Y MiB`)."""
    given = int(re.search(r"posts given\s+([\d,]+)", out).group(1).replace(",", ""))
    seconds = float(re.search(r"store_posts\s+([\d.]+) s", out).group(1))
    rate = re.search(r"\(([\d,]+) posts/s\)", out).group(1)
    peak = float(re.search(r"peak RSS\s+([\d.]+) MiB", out).group(1))
    stories = re.search(r"stories ([\d,]+)", out).group(1)
    bound = 30 * given / 100_000  # the target is 100,000 posts in 30 s
    return [
        at_most(
            f"{given:,} posts stored and grouped ({rate} posts/s, {stories} stories), SQLite",
            seconds,
            bound,
            "s",
        ),
        Figure("peak memory while storing posts", f"{peak:,.0f} MiB", "bounded (reported)"),
    ]


def parse_verify(out: str) -> list[Figure]:
    """bench.verify_bench: one JSON object with an extraction and a re-verification part."""
    doc = last_json(out)
    ext, rev = doc["extraction"], doc["reverify"]
    claims = rev["reverify_checked"]
    bound = 0.5 * max(claims, 1) / 10_000  # issue 15: 10,000 claims in 0.5 s
    return [
        at_least(
            f"claim extraction, lexicon of {ext['lexicon_places']:,} places ({ext['posts']:,} posts)",
            ext["posts_per_s"],
            1000,
            "posts/s",
        ),
        at_most(
            f"re-verifying {claims:,} stored claims after a snapshot, SQLite"
            f" (CPU {rev['reverify_cpu_s']} s)",
            rev["reverify_s"],
            round(bound, 2),
            "s",
        ),
    ]


def parse_evaluate(out: str) -> list[Figure]:
    """`primaries evaluate --json`: figures that carry their own targets."""
    doc = last_json(out)
    figures = []
    for f in doc["figures"]:
        if f["target"] is None and not f["name"].startswith(("extraction", "label", "wrong")):
            continue
        value = f["value"]
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        figures.append(
            Figure(
                f"{f['name']} ({doc['posts']} labelled posts)",
                shown,
                f["target"] or "reported",
                f["met"],
            )
        )
    return figures


def parse_web(out: str) -> list[Figure]:
    """bench.web_bench: a markdown table (endpoint, req/s, p50, p99, non-2xx)."""
    rows = {}
    for m in re.finditer(
        r"^\| ([^|]+?) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| (\d+) \|$", out, re.M
    ):
        rows[m.group(1)] = tuple(float(m.group(i)) for i in range(2, 6))
    setup = re.search(r"^(\d+ connections, .*)$", out, re.M)
    note = f" ({setup.group(1)})" if setup else ""
    figures = []
    for name, rps_target in (("national JSON", 800), ("home page", 200)):
        rps, p50, p99, bad = rows[name]
        figures.append(
            Figure(
                f"{name} under gunicorn{note}",
                f"{rps:,.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms, non-2xx {bad:.0f}",
                f"≥ {rps_target} req/s, p99 ≤ 250 ms",
                rps >= rps_target and p99 <= 250 and bad == 0,
            )
        )
    ours, theirs = rows["commune bureaux JSON"], rows["Datasette, same bureaux"]
    figures.append(
        Figure(
            "a commune's bureaux JSON vs Datasette on the same SQLite file",
            f"{ours[0]:,.0f} vs {theirs[0]:,.0f} req/s (p99 {ours[2]:.1f} vs {theirs[2]:.1f} ms)",
            "at least as fast",
            ours[0] >= theirs[0],
        )
    )
    return figures


def parse_traffic(out: str) -> list[Figure]:
    """bench.traffic_bench: its summary line (memory growth, national JSON p99 under attack)."""
    m = re.search(
        r"^summary: growth_mb=(\d+) p99_ms=([\d.]+) alone_p99_ms=([\d.]+) non2xx=(\d+) "
        r"load=(\S+)$",
        out,
        re.M,
    )
    growth, p99, alone, bad, load = int(m[1]), float(m[2]), float(m[3]), int(m[4]), m[5]
    return [
        Figure(
            "site memory growth after 40 query strings and 40 pages of the national bureau list",
            f"{growth} MB",
            "≤ 300 MB",
            growth <= 300,
        ),
        Figure(
            f"national JSON p99 while 8 clients hammer the national bureau list or CSV "
            f"(alone: {alone:.1f} ms; load average {load})",
            f"{p99:.1f} ms, non-2xx {bad}",
            "< 250 ms",
            p99 < 250 and bad == 0,
        ),
    ]


def parse_latency(out: str) -> list[Figure]:
    """bench.latency_bench: one JSON object (quantiles of feed-to-API latency, its bound)."""
    doc = last_json(out)
    bound = doc.get("bound_s")
    within = doc.get("within_bound")
    measured = (
        f"p50 {doc.get('p50_s')} s, p95 {doc.get('p95_s')} s, max {doc.get('max_s')} s over "
        f"{doc.get('samples')} bureaux ({doc.get('unresolved', 0)} unresolved), "
        f"poll interval {doc.get('interval_s')} s, speed {doc.get('speed')}×, {doc.get('backend')}"
    )
    return [
        Figure(
            "feed-to-API latency of a newly published bureau",
            measured,
            f"every sample ≤ {bound} s (poll interval + 2 s)",
            bool(within) if within is not None else None,
        )
    ]


def parse_load(out: str) -> list[Figure]:
    """bench.load_bench: one JSON object, per endpoint figures and the error count."""
    doc = last_json(out)
    night = doc["night_during_load"]
    grew = (night["after"].get("bureaux_reported") or 0) - (
        night["before"].get("bureaux_reported") or 0
    )
    figures = [
        Figure(
            f"{name} (`{r['path']}`), {doc['connections']} connections × {doc['duration_s']} s",
            f"{r['rps']:,.0f} req/s, p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, "
            f"errors {r['errors']}",
            "zero errors (throughput, p50, p99 reported)",
            r["errors"] == 0,
        )
        for name, r in doc["endpoints"].items()
    ]
    figures.append(
        Figure(
            "bureaux ingested by the demo while under load",
            f"{grew:,} in {night['seconds']:.0f} s "
            f"({night['before'].get('bureaux_reported')} → {night['after'].get('bureaux_reported')}"
            f" / {night['after'].get('bureaux_total')})",
            "> 0 (the night kept ingesting)",
            grew > 0,
        )
    )
    figures.append(Figure("set-up", doc["setup"]))
    return figures


def parse_hostile(out: str) -> list[Figure]:
    """bench.hostile_bench: a 2 GB gzip bomb and a 1 byte/s trickle against the shipped limits."""
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    by = {r["what"]: r for r in rows}
    bomb, nested = by["ingest, gzip bomb x1"], by["ingest, gzip bomb x2"]
    http = by["collector poll, bomb"]
    trickle = max(
        by["collector poll, trickle_headers"]["seconds"],
        by["collector poll, trickle_body"]["seconds"],
    )
    return [
        Figure(
            f"`primaries ingest` of a 2 GB gzip bomb ({bomb['file_bytes']:,} bytes): peak memory",
            f"{bomb['peak_mb']} MB, exit {bomb['exit']}, {bomb['lines']} line",
            "≤ 600 MB, refused in one line",
            bomb["peak_mb"] <= 600 and bomb["exit"] == 1 and bomb["lines"] == 1,
        ),
        Figure(
            f"`primaries ingest` of a gzip of that bomb ({nested['file_bytes']:,} bytes)",
            f"{nested['peak_mb']} MB, exit {nested['exit']}, {nested['lines']} line",
            "≤ 600 MB, refused in one line",
            nested["peak_mb"] <= 600 and nested["exit"] == 1 and nested["lines"] == 1,
        ),
        Figure(
            "one collector poll of the bomb over HTTP: peak memory, failed run",
            f"{http['peak_mb']} MB, ok={http['ok']}",
            "≤ 600 MB, a failed run",
            http["peak_mb"] <= 600 and not http["ok"],
        ),
        Figure(
            "a feed trickling 1 byte/s (headers, body): poll abandoned after",
            f"{trickle:.1f} s",
            "≤ 30 s",
            trickle <= 30,
        ),
    ]


PY = [sys.executable]
CASES = str(ROOT / "tests" / "data" / "evaluation" / "cases.jsonl")


def benches() -> list[Bench]:
    """Every benchmark of the project, in the order they run."""
    cli = [*PY, "-c", "from primaries.cli import main; main()"]
    return [
        Bench(
            "ingest",
            "Ingestion vs sqlite-utils",
            [*PY, "-m", "bench.ingest_bench"],
            [*PY, "-m", "bench.ingest_bench"],
            parse_ingest,
        ),
        Bench(
            "posts",
            "Posts",
            [*PY, "-m", "bench.posts_bench"],
            [*PY, "-m", "bench.posts_bench", "10000"],
            parse_posts,
        ),
        Bench(
            "verify",
            "Extraction and re-verification",
            [*PY, "-m", "bench.verify_bench"],
            [*PY, "-m", "bench.verify_bench", "--stories", "1000", "--posts", "2000"],
            parse_verify,
        ),
        Bench(
            "evaluate",
            "Extraction and labels on the labelled posts",
            [*cli, "evaluate", "--cases", CASES, "--json"],
            [*cli, "evaluate", "--cases", CASES, "--json"],
            parse_evaluate,
        ),
        Bench(
            "web",
            "The site vs Datasette",
            [*PY, "-m", "bench.web_bench", "--duration", "10"],
            [*PY, "-m", "bench.web_bench", "--duration", "2"],
            parse_web,
        ),
        Bench(
            "traffic",
            "Hostile anonymous traffic",
            [*PY, "-m", "bench.traffic_bench"],
            [*PY, "-m", "bench.traffic_bench", "--duration", "3"],
            parse_traffic,
        ),
        Bench(
            "hostile",
            "Hostile feeds",
            [*PY, "-m", "bench.hostile_bench"],
            [*PY, "-m", "bench.hostile_bench"],
            parse_hostile,
        ),
        Bench(
            "latency",
            "Feed-to-page latency",
            [*PY, "-m", "bench.latency_bench"],
            [*PY, "-m", "bench.latency_bench", "--duration", "20"],
            parse_latency,
        ),
        Bench(
            "load",
            "Load while the demo ingests (wrk)",
            [*PY, "-m", "bench.load_bench", "--duration", "60", "--connections", "200"],
            [
                *PY,
                "-m",
                "bench.load_bench",
                "--duration",
                "5",
                "--connections",
                "200",
                "--warmup",
                "3",
            ],
            parse_load,
        ),
    ]


# -- running ---------------------------------------------------------------------------------


def run(bench: Bench, quick: bool) -> None:
    """Run one benchmark in its own process and parse its figures (errors kept, never raised)."""
    command = bench.quick_args if quick else bench.args
    bench.command = " ".join(["python", *command[1:]])
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=bench.timeout
        )
    except subprocess.TimeoutExpired:
        bench.seconds = time.monotonic() - started
        bench.error = f"timed out after {bench.timeout:.0f} s"
        return
    bench.seconds = time.monotonic() - started
    try:
        bench.figures = bench.parse(done.stdout)
    except Exception as exc:  # a benchmark that printed nothing usable is reported, not raised
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        bench.error = f"exit {done.returncode}, figures unreadable ({exc}): " + " / ".join(tail)
        return
    if done.returncode not in (0, 1):  # 1 is "a target missed" for the benches that say so
        tail = done.stderr.strip().splitlines()[-2:]
        bench.error = f"exit {done.returncode}: " + " / ".join(tail)


def machine() -> dict[str, str]:
    """Cores, CPU model, RAM, OS and Python of this machine."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    return {
        "cores": str(os.cpu_count()),
        "cpu": model,
        "ram": ram,
        "os": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "python": platform.python_version(),
        "load": ", ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def _mark(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "reported"}[met]


def render(results: list[Bench], info: dict[str, str], quick: bool, started: datetime) -> str:
    """The RESULTS.md text."""
    lines = [
        "# Benchmark results",
        "",
        f"Written by `python -m bench.run_all{' --quick' if quick else ''}` (`make bench`) on "
        f"{started:%Y-%m-%d %H:%M} UTC.",
        "",
    ]
    if quick:
        lines += [
            "**Quick smoke run**: every benchmark shrunk (fewer posts, shorter wrk runs); the "
            "figures show the benchmarks work, not what the product does at full size.",
            "",
        ]
    lines += [
        "## Machine",
        "",
        f"- CPU: {info['cpu']}, {info['cores']} cores",
        f"- RAM: {info['ram']}",
        f"- OS: {info['os']}, Python {info['python']}",
        f"- load average before the run: {info['load']}",
        "",
        "Every benchmark runs in its own process, one after the other, on this one machine "
        "(load generator, servers and database included).",
        "",
        "## Figures",
        "",
        "| benchmark | what | target | measured | |",
        "|---|---|---|---|---|",
    ]
    for bench in results:
        if bench.error:
            lines.append(f"| {bench.title} | (did not complete) | | {bench.error} | **failed** |")
            continue
        for f in bench.figures:
            cells = [bench.title, f.what, f.target, f.measured, _mark(f.met)]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    missed = [f"{b.title}: {f.what}" for b in results for f in b.figures if f.met is False] + [
        f"{b.title}: failed" for b in results if b.error
    ]
    lines += ["", "## Summary", ""]
    lines.append("Every target met." if not missed else "Missed: " + "; ".join(missed) + ".")
    lines += ["", "## Commands", "", "| benchmark | command | wall time |", "|---|---|---:|"]
    for bench in results:
        lines.append(f"| {bench.title} | `{bench.command}` | {bench.seconds:.0f} s |")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Run the chosen benchmarks, write the results file, print where it is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run of everything")
    parser.add_argument("--only", nargs="*", default=None, help="run only these (by name)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    started = datetime.now(UTC)
    info = machine()
    chosen = [b for b in benches() if not args.only or b.name in args.only]
    for bench in chosen:
        sys.stderr.write(f"bench {bench.name}: running...\n")
        sys.stderr.flush()
        run(bench, args.quick)
        state = bench.error or f"{sum(f.met is False for f in bench.figures)} missed"
        sys.stderr.write(f"bench {bench.name}: {bench.seconds:.0f} s, {state}\n")
    args.output.write_text(render(chosen, info, args.quick, started), encoding="utf-8")
    sys.stderr.write(f"wrote {args.output}\n")
    failed = any(b.error for b in chosen) or any(f.met is False for b in chosen for f in b.figures)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
