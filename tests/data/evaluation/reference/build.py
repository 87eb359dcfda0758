"""Recompute every label of a set's cases_src.py from the raw files; write its cases.jsonl only if
each computed label equals the label the post was written for.

Run: python3 tests/data/evaluation/reference/build.py tests/data/evaluation/dev2 [--write]
(the reference shared by dev2, dev3 and heldout4, written by the outside evaluators)."""

from __future__ import annotations

import collections
import json
import os
import sys

import checks
import figures



def label_post(p):
    notes, labs = [], []
    for i, part in enumerate(p["parts"], 1):
        try:
            lab, note = checks.judge_part(part, p["state"])
        except checks.Stop as e:
            if p.get("act"):
                lab, note = checks.UNC, "ambiguous figure (%s)" % e
            else:
                raise
        labs.append(lab)
        notes.append("part %d: %s" % (i, note))
    if p.get("act"):
        label = checks.UNC
        notes.insert(0, "no result asserted (%s): unconfirmed whatever the figures" % p["act"])
    else:
        if not labs:
            raise checks.Stop("no parts and no act")
        label = checks.combine(labs)
        notes.append("post: %s" % label)
    return label, " ; ".join(notes)


def self_check():
    """The sums must reproduce the official national totals (DESIGN.md, SOURCES.md)."""
    t1 = figures.standings("pr2017-t1-final", "FR")
    t2 = figures.standings("pr2017-t2-final", "FR")
    h = figures.standings("hap2011-t1-final", "FR")
    assert (t1.votes["macron"], t1.votes["le-pen"], t1.E) == (8656346, 7678491, 36054394), "t1"
    assert (t2.votes["macron"], t2.votes["le-pen"], t2.blancs, t2.nuls) == (
        20743128, 10638475, 3021499, 1064225), "t2"
    assert (h.votes["hollande"], h.votes["aubry"], h.E, h.V) == (
        1038188, 806168, 2650206, 2661231), "2011"


def main(argv):
    folders = [a for a in argv[1:] if not a.startswith("--")]
    set_dir = os.path.abspath(folders[0] if folders else ".")
    figures.SET_DIR = set_dir
    sys.path.insert(0, set_dir)
    self_check()
    import cases_src
    posts = cases_src.POSTS
    prefix = cases_src.PREFIX
    st = figures.states()["states"]
    out, bad = [], 0
    texts = set()
    for i, p in enumerate(posts, 1):
        pid = "%s-%03d" % (prefix, i)
        if p["text"] in texts:
            print("DUPLICATE TEXT", pid, p["text"])
            bad += 1
        texts.add(p["text"])
        try:
            lab, note = label_post(p)
        except checks.Stop as e:
            print("STOP %s [%s] %s\n    %s" % (pid, p["state"], p["text"], e))
            bad += 1
            continue
        if lab != p["label"]:
            print("MISMATCH %s [%s] written %s, computed %s\n    %s\n    %s" % (
                pid, p["state"], p["label"], lab, p["text"], note))
            bad += 1
            continue
        out.append({"id": pid, "state": p["state"], "round": st[p["state"]]["round"],
                    "lang": p["lang"], "text": p["text"], "label": lab, "note": note})
    c = collections.Counter
    print("posts %d, ok %d, problems %d" % (len(posts), len(out), bad))
    print("labels", dict(c(o["label"] for o in out)))
    print("states", dict(c(o["state"] for o in out)))
    print("langs", dict(c(o["lang"] for o in out)))
    print("state x label", dict(c((o["state"][:10] + o["state"][-7:], o["label"][:4]) for o in out)))
    if bad:
        print("refusing to write: %d problem(s)" % bad)
        return 1
    if "--write" in argv:
        with open(os.path.join(set_dir, "cases.jsonl"), "w", encoding="utf-8") as fh:
            for o in out:
                fh.write(json.dumps(o, ensure_ascii=False) + "\n")
        print("wrote cases.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
