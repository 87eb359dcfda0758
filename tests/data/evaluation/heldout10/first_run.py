"""The first run of the verifier on h10, as it was made: python tests/data/evaluation/heldout10/first_run.py."""
import json, sys
from pathlib import Path
sys.path.insert(0, ".")
from tests import evaluation_support as support
from verifiers.evaluation import evaluate
folder = Path("tests/data/evaluation/heldout10")
support.use_states(folder / "states.json")
cases = [json.loads(l) for l in (folder / "cases.jsonl").read_text().splitlines() if l]
rep = evaluate(cases, support.lexicon_for, support.standings_for)
strong = sum(c["label"] != "unconfirmed" for c in cases)
right_strong = sum(r.label == c["label"] and c["label"] != "unconfirmed" for c, r in zip(cases, rep.results))
print(f"posts {rep.posts} accuracy {rep.label_accuracy:.3f} wrong_strong {rep.wrong_strong_labels} decidable_left_unconfirmed {1 - right_strong/strong:.3f}")
for c, r in zip(cases, rep.results):
    if r.label in ("confirmed", "contradicted") and r.label != c["label"]:
        print("WRONG", c["id"], c["state"], r.label, "expected", c["label"], c["text"])
import collections
conf = collections.Counter((c["label"], r.label) for c, r in zip(cases, rep.results))
print("confusion (expected -> got):")
for e in ("confirmed", "contradicted", "unconfirmed"):
    print(f"  {e:12} -> " + ", ".join(f"{g} {n}" for (x, g), n in sorted(conf.items(), key=lambda kv: str(kv[0][1])) if x == e))
print("every post (id, expected, got, text):")
for c, r in zip(cases, rep.results):
    print(f"  {c['id']}\t{c['label']}\t{r.label}\t{c['text']}")
