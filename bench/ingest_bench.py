"""Benchmark: the full real national file into a fresh store, beside `sqlite-utils insert` of the same rows.

Run: `python -m bench.ingest_bench [--postgres URL]`. Each ingest runs in a child process so that
its peak memory (ru_maxrss) is its own. Prints one JSON object per measurement.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILE = ROOT / "data" / "2017-presidentielle-1_par_bureau_large.csv.gz"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def child(url: str) -> dict:
    """In a fresh process: ingest twice, time national standings, report peak memory."""
    from primaries.db import make_engine, upgrade
    from primaries.geography import Geography
    from primaries.ingest import ingest_payload
    from primaries.queries import standings
    from primaries.settings import load_settings

    settings = load_settings(ROOT / "config.toml")
    engine = make_engine(url)
    upgrade(engine)
    geography = Geography.load()
    payload = FILE.read_bytes()
    started = time.perf_counter()
    report = ingest_payload(
        engine, settings, geography, payload, source="bench", kind="datagouv_wide", round_number=1
    )
    first = time.perf_counter() - started
    started = time.perf_counter()
    again = ingest_payload(
        engine, settings, geography, payload, source="bench", kind="datagouv_wide", round_number=1
    )
    second = time.perf_counter() - started
    timings = []
    for _ in range(20):
        started = time.perf_counter()
        with engine.connect() as conn:
            national = standings(conn, settings, "FR", 1)
        timings.append(time.perf_counter() - started)
    timings.sort()
    return {
        "bureaux": report.new,
        "ingest_s": round(first, 2),
        "same_payload_again_s": round(second, 3),
        "again_wrote_nothing": again.duplicate_payload,
        "national_standings_median_ms": round(1000 * timings[len(timings) // 2], 2),
        "national_standings_max_ms": round(1000 * timings[-1], 2),
        "exprimes": national.exprimes,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def run_child(url: str) -> dict:
    """Run `child` in a new interpreter."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.ingest_bench", "--child", url],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def sqlite_utils_seconds(workdir: Path) -> float:
    """`sqlite-utils insert` of the same rows, bare (one table, no checks, no tallies)."""
    csv_path = workdir / "rows.csv"
    with gzip.open(FILE, "rb") as src, csv_path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    exe = shutil.which("sqlite-utils", path=str(Path(sys.executable).parent)) or "sqlite-utils"
    started = time.perf_counter()
    subprocess.run(
        [exe, "insert", str(workdir / "bare.db"), "rows", str(csv_path), "--csv"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def main() -> None:
    """Measure and print the figures, each beside its target."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--child")
    parser.add_argument(
        "--postgres", default=os.environ.get("PRIMARIES_BENCH_POSTGRES", DEFAULT_POSTGRES)
    )
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        bare = sqlite_utils_seconds(workdir)
        ours = run_child(f"sqlite:///{workdir / 'primaries.db'}")
    results = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "sqlite": ours,
        "sqlite_utils_insert_s": round(bare, 2),
        "ratio_to_sqlite_utils": round(ours["ingest_s"] / bare, 2),
        "targets": {
            "ingest_s": 15,
            "ratio_to_sqlite_utils": 2.0,
            "same_payload_again_s": 2,
            "national_standings_ms": 50,
            "peak_rss_mb": 500,
        },
    }
    try:
        from sqlalchemy import create_engine, text

        schema = f"bench_{os.getpid()}"
        admin = create_engine(args.postgres)
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        try:
            results["postgresql"] = run_child(f"{args.postgres}?options=-csearch_path%3D{schema}")
        finally:
            with admin.begin() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    except Exception as exc:
        results["postgresql"] = f"not measured: {exc.__class__.__name__}: {exc}"
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
