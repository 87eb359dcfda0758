"""Evaluation command: `python -m evaluation --out DIR [--count N] [--seed S]`.

Writes DIR/cases.jsonl (generated posts with their expected labels) and DIR/states.json (the
states they are labelled against).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from evaluation.grammar import Post, generate
from evaluation.reference import states_document


def case_of(number: int, post: Post) -> dict:
    """The JSON object of one case."""
    return {
        "id": f"gen-{number:05d}",
        "state": post.state,
        "round": post.round,
        "lang": post.lang,
        "text": post.text,
        "label": post.label,
        "note": post.note,
    }


def write(out: Path, posts: list[Post]) -> None:
    """Write cases.jsonl and states.json into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "cases.jsonl").open("w", encoding="utf-8") as f:
        for number, post in enumerate(posts, 1):
            f.write(json.dumps(case_of(number, post), ensure_ascii=False) + "\n")
    (out / "states.json").write_text(
        json.dumps(states_document(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def counts(posts: list[Post]) -> str:
    """Counts per state, claim type, label, language and mood, for the terminal."""
    lines = []
    for title, key in (
        ("state", lambda p: [p.state]),
        ("claim type", lambda p: list(p.types)),
        ("label", lambda p: [p.label]),
        ("language", lambda p: [p.lang]),
        ("mood", lambda p: [p.mood]),
    ):
        tally = Counter(k for p in posts for k in key(p))
        lines.append(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    return "\n".join(lines)


def main() -> None:
    """Parse the arguments, generate, write, report counts."""
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--count", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=2017)
    args = parser.parse_args()
    posts = generate(args.count, args.seed)
    write(args.out, posts)
    print(f"{len(posts)} cases written to {args.out}")
    print(counts(posts))


if __name__ == "__main__":
    main()
