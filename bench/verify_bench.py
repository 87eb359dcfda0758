"""Benchmark: claim extraction with the store's lexicon, and re-verifying 10,000 stored claims.

Run `python -m bench.verify_bench [--stories N] [--posts N]`. One temporary SQLite store holds the
registry of the 69,242 real bureaux of 2017 (so its lexicon has every commune, about 37,000
places) and the real results of départements 01..49 (a first snapshot).

1. Extraction: the labelled evaluation posts repeated to --posts posts, each through
   `verifiers.extract.extract` with the store's lexicon (primaries.verification.lexicon_for).
   Target: at least 1,000 posts per second.
2. Re-verification: --stories rumours (18,000 carry about 10,000 claims whose verdict reads
   figures, and 12,500 doubted ones whose verdict reads none) about communes, départements and
   régions of 50..95 (nothing reported yet) are stored and read (`read_new_stories`, as
   `verify_pending` does), then a second snapshot brings the real results of 50..95:
   `primaries.verification.reverify` relabels every claim whose area changed and that reads
   figures. Target: 10,000 such claims in at most 0.5 s (issue 15; moonshot 0.2 s).

Prints one JSON object with the figures (wall-clock and CPU seconds: on a shared machine the CPU
time is the steadier one), the machine, its load and the date.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from primaries.db import make_engine, upgrade
from primaries.demo.evaluation import load_cases, wide_subset
from primaries.geography import Geography
from primaries.ingest import ingest_payload, load_registry
from primaries.models import Area, Claim
from primaries.posts import store_posts
from primaries.settings import load_settings
from primaries.verification import FIGURES_UNREAD, lexicon_for, read_new_stories, reverify
from sources import datagouv_wide
from sources.records import PostRecord
from verifiers.extract import extract

ROOT = Path(__file__).resolve().parent.parent
FILE = ROOT / "data" / "2017-presidentielle-1_par_bureau_large.csv.gz"
CASES = ROOT / "tests" / "data" / "evaluation" / "cases.jsonl"
NIGHT = datetime(2017, 4, 23, 18, 0, tzinfo=UTC)
FIRST_WAVE = "50"  # départements sorting before this report in the first snapshot

CANDIDATES = ["Macron", "Le Pen", "Fillon", "Mélenchon", "Hamon", "Dupont-Aignan"]
TEMPLATES = [
    "{place} : {c} en tête avec {n} %",
    "{place} : {c} {n} %, {c2} derrière",
    "{place} : {c} devant {c2}",
    "{place} : {c} à {n},{d} % sur {k} % des bureaux",
]


def first_wave(dep: str) -> bool:
    """Départements whose results are in the first snapshot."""
    return dep < FIRST_WAVE or dep == "ZZ"


def build_store(workdir: Path):
    """Registry of every bureau, then the first snapshot; returns engine, settings, geography."""
    settings = load_settings(ROOT / "config.toml")
    geography = Geography.load(ROOT / "data")
    engine = make_engine(f"sqlite:///{workdir / 'bench.db'}")
    upgrade(engine)
    payload = gzip.decompress(FILE.read_bytes())
    load_registry(engine, settings, geography, datagouv_wide.parse_registry(payload))
    ingest_payload(
        engine,
        settings,
        geography,
        wide_subset(payload, first_wave),
        source="wave-1",
        kind="datagouv_wide",
        round_number=1,
        fetched_at=NIGHT,
    )
    return engine, settings, geography, payload


def bench_extraction(engine, settings, geography, posts: int) -> dict:
    """Posts per second through `extract` with the store's lexicon."""
    t0 = time.perf_counter()
    with engine.connect() as conn:
        lexicon = lexicon_for(conn, settings, geography)
    build = time.perf_counter() - t0
    texts = [c["text"] for c in load_cases(CASES)]
    repeated = [texts[i % len(texts)] for i in range(posts)]
    claims = 0
    t0, cpu0 = time.perf_counter(), time.process_time()
    for text in repeated:
        claims += len(extract(text, lexicon, round=1).claims)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    return {
        "lexicon_places": len(lexicon.places),
        "lexicon_build_s": round(build, 2),
        "posts": posts,
        "claims": claims,
        "extract_s": round(seconds, 3),
        "posts_per_s": round(posts / seconds),
        "posts_per_cpu_s": round(posts / cpu),
    }


def rumour_posts(engine, count: int, seed: int = 17) -> list[PostRecord]:
    """Distinct rumours about areas of the second wave, as a social source would give them."""
    rng = random.Random(seed)
    area = Area.__table__
    with engine.connect() as conn:
        rows = conn.execute(
            select(area.c.code, area.c.name, area.c.level, area.c.parent).where(
                area.c.level.in_(("commune", "departement", "region"))
            )
        ).all()
    later = [
        r.name
        for r in rows
        if (r.level == "commune" and not first_wave(r.parent or ""))
        or (r.level == "departement" and not first_wave(r.code))
        or r.level == "region"
    ]
    later.sort()
    texts: set[str] = set()
    while len(texts) < count:
        c, c2 = rng.sample(CANDIDATES, 2)
        texts.add(
            rng.choice(TEMPLATES).format(
                place=rng.choice(later),
                c=c,
                c2=c2,
                n=rng.randint(5, 45),
                d=rng.randint(0, 9),
                k=rng.randint(10, 90),
            )
        )
    return [
        PostRecord(
            platform="x",
            platform_id=str(i),
            author=f"user{i % 997}",
            text=text,
            posted_at=NIGHT + timedelta(seconds=i),
            raw=json.dumps({"id": i}),
        )
        for i, text in enumerate(sorted(texts))
    ]


def bench_reverify(engine, settings, geography, payload: bytes, stories: int) -> dict:
    """Seconds `reverify` takes after a snapshot that changes the claims' areas."""
    posts = rumour_posts(engine, stories)
    store_posts(engine, posts, source="x", now=NIGHT)
    t0 = time.perf_counter()
    read = stored = 0
    while True:
        batch = read_new_stories(engine, settings, geography, NIGHT + timedelta(minutes=1))
        if not batch[0]:
            break
        read, stored = read + batch[0], stored + batch[1]
    read_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    ingest_payload(
        engine,
        settings,
        geography,
        wide_subset(payload, lambda dep: not first_wave(dep)),
        source="wave-2",
        kind="datagouv_wide",
        round_number=1,
        fetched_at=NIGHT + timedelta(hours=2),
    )
    ingest_s = time.perf_counter() - t0
    t0, cpu0 = time.perf_counter(), time.process_time()
    checked, changed = reverify(engine, settings, NIGHT + timedelta(hours=2, minutes=1))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    claim = Claim.__table__
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(claim)).scalar()
        unread = conn.execute(
            select(func.count()).where(claim.c.area_version == FIGURES_UNREAD)
        ).scalar()
    return {
        "stories": read,
        "claims_stored": total,
        "claims_reading_no_figures": unread,
        "read_s": round(read_s, 2),
        "snapshot_ingest_s": round(ingest_s, 2),
        "reverify_checked": checked,
        "reverify_changed": changed,
        "reverify_s": round(seconds, 3),
        "reverify_cpu_s": round(cpu, 3),
    }


def main() -> None:
    """Build the store, run both measurements, print them as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # 18,000 distinct rumours carry about 10,000 claims that read figures (some posts make two;
    # over half are doubted: "sur 40 % des bureaux" says a moment the post does not give, a
    # village whose name is everyday words opens many of them).
    parser.add_argument("--stories", type=int, default=18_000, help="stories to store")
    parser.add_argument("--posts", type=int, default=20_000, help="posts to extract")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="primaries-verify-bench-") as workdir:
        t0 = time.perf_counter()
        engine, settings, geography, payload = build_store(Path(workdir))
        built = time.perf_counter() - t0
        try:
            out = {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": f"{platform.processor() or platform.machine()}, {platform.system()}",
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
                "load_average_1min": round(os.getloadavg()[0], 2),
                "store_build_s": round(built, 1),
                "extraction": bench_extraction(engine, settings, geography, args.posts),
                "reverify": bench_reverify(engine, settings, geography, payload, args.stories),
            }
        finally:
            engine.dispose()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
