"""Labels on every evaluation set, and extraction speed: `python -m bench.label_eval`.

Sets: the dev set the rules were written beside (tests/data/evaluation/cases.jsonl), the
held-out sets written by outsiders from the data (heldout/ to heldout10/), outsiders' tuning
sets (dev2/, dev3/, dev4/, read and tuned on after their first runs), and posts generated from a
grammar whose labels come from an independent reference (`python -m evaluation`). Standings are
built in memory from the real files (tests/evaluation_support.py). Writes bench/LABELS.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests import evaluation_support as support
from verifiers.evaluation import evaluate
from verifiers.extract import extract
from verifiers.verdicts import CONFIRMED, CONTRADICTED

ROOT = Path(__file__).resolve().parent.parent
EVALUATION = ROOT / "tests" / "data" / "evaluation"
OUT = ROOT / "bench" / "LABELS.md"


def cases_of(path: Path) -> list[dict]:
    """The labelled posts of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(name: str, cases_path: Path) -> dict:
    """Accuracy, wrong strong labels and decided share of one set, against its own states."""
    support.use_states(cases_path.parent / "states.json")
    cases = cases_of(cases_path)
    report = evaluate(cases, support.lexicon_for, support.standings_for)
    strong_expected = sum(c.get("label") in (CONFIRMED, CONTRADICTED) for c in cases)
    strong_right = sum(
        r.label == r.expected_label and r.label in (CONFIRMED, CONTRADICTED) for r in report.results
    )
    return {
        "set": name,
        "posts": report.posts,
        "accuracy": report.label_accuracy,
        "wrong_strong": report.wrong_strong_labels,
        "decidable_left_unconfirmed": 1 - strong_right / strong_expected if strong_expected else 0,
    }


def extraction_speed(posts: int = 20_000) -> tuple[float, float]:
    """Posts per second through extract() on the full gazetteer (communes, consulates).

    Wall-clock and CPU time: on a machine shared with other work the CPU figure is the steadier.
    """
    support.use_states(EVALUATION / "states.json")
    texts = [c["text"] for c in cases_of(EVALUATION / "cases.jsonl")]
    lexicon = support.lexicon_for("pr2017-t1-final")
    for text in texts:  # the first pass fills the fold and phrase caches
        extract(text, lexicon)
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(posts):
        extract(texts[i % len(texts)], lexicon)
    return posts / (time.perf_counter() - start), posts / (time.process_time() - cpu)


def main() -> None:
    """Score every set and write the table."""
    with tempfile.TemporaryDirectory() as tmp:
        command = ["-m", "evaluation", "--out", tmp, "--count", "6000", "--seed", "2017"]
        subprocess.run([sys.executable, *command], check=True, cwd=ROOT)
        rows = [
            score("dev (cases.jsonl, rules written beside it)", EVALUATION / "cases.jsonl"),
            score("held-out 1 (outsider)", EVALUATION / "heldout" / "cases.jsonl"),
            score("held-out 2 (outsider)", EVALUATION / "heldout2" / "cases.jsonl"),
            score("held-out 3 (outsider)", EVALUATION / "heldout3" / "cases.jsonl"),
            score(
                "dev2 (outsider, tuned on after its first run)", EVALUATION / "dev2" / "cases.jsonl"
            ),
            score("held-out 4 (outsider)", EVALUATION / "heldout4" / "cases.jsonl"),
            score(
                "dev3 (outsider, tuned on after its first run)", EVALUATION / "dev3" / "cases.jsonl"
            ),
            score("held-out 5 (outsider)", EVALUATION / "heldout5" / "cases.jsonl"),
            score("held-out 6 (outsider)", EVALUATION / "heldout6" / "cases.jsonl"),
            score("held-out 7 (outsider)", EVALUATION / "heldout7" / "cases.jsonl"),
            score("held-out 8 (outsider)", EVALUATION / "heldout8" / "cases.jsonl"),
            score("held-out 9 (outsider)", EVALUATION / "heldout9" / "cases.jsonl"),
            score("held-out 10 (outsider)", EVALUATION / "heldout10" / "cases.jsonl"),
            score(
                "dev4 (outsider, tuned on after its first run)", EVALUATION / "dev4" / "cases.jsonl"
            ),
            score(
                "red-team posts (chosen because they failed; a regression set)",
                EVALUATION / "redteam" / "cases.jsonl",
            ),
            score(
                "generated (grammar, seed 2017, independent reference)", Path(tmp) / "cases.jsonl"
            ),
        ]
    speed = extraction_speed()
    lines = [
        "# Labels on every evaluation set (`python -m bench.label_eval`)",
        "",
        "| set | posts | label accuracy | wrong strong labels | decidable posts left unconfirmed |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['set']} | {r['posts']} | {r['accuracy']:.3f} | {r['wrong_strong']} | "
            f"{r['decidable_left_unconfirmed']:.1%} |"
        )
    wall, cpu = speed
    load = os.getloadavg()[0]
    lines += [
        "",
        f"Extraction on the full gazetteer: {wall:,.0f} posts/s wall-clock, {cpu:,.0f} posts per "
        f"CPU second (one core; load average {load:.1f} on {os.cpu_count()} cores when measured).",
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
