"""The evaluation over real stores: ingested states meet the targets and agree with the pure run."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from primaries.cli import cli
from primaries.demo.evaluation import (
    EvaluationStores,
    evaluate_store,
    figures,
    load_cases,
    load_states,
    split_evenly,
)
from primaries.geography import Geography
from tests import evaluation_support as pure
from tests.conftest import DATA, EVALUATION_CASES, SAMPLE_DEPARTEMENTS
from verifiers.evaluation import evaluate
from verifiers.extract import extract
from verifiers.verdicts import CONFIRMED, CONTRADICTED, UNCONFIRMED

# Areas whose every bureau lies in the sample départements (Ministry 75, 19, 59, 2A, ZA, ZZ):
# their standings are the same in the reduced store and in the full file the pure run reads.
SAMPLE_PREFIXES = ("75", "19", "59", "2A", "971", "ZZ", "FE")

# Posts on which the store and the pure run disagree today, with the cause (see the report of
# issue 4): consular cities are stored at level "commune", so "Londres" opening a sentence is
# not taken for a place; places with no bureau in the store (Washington in 2011) are unknown
# to its lexicon and the claim falls back to the national area.


def in_sample(area: str) -> bool:
    """True when an area is made only of bureaux of the sample départements."""
    return area.startswith(SAMPLE_PREFIXES)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory):
    """Stores of the four states, the 2017 ones reduced to the sample départements."""
    found = EvaluationStores(
        load_states(EVALUATION_CASES),
        Geography.load(DATA),
        tmp_path_factory.mktemp("evaluation"),
        departements=SAMPLE_DEPARTEMENTS,
    )
    yield found
    found.dispose()


def sample_cases() -> list[dict]:
    """Every 2011 post, and the 2017 posts whose claims all name areas of the sample."""
    kept = []
    for case in load_cases(EVALUATION_CASES):
        if case["state"].startswith("pr2017"):
            lexicon = pure.lexicon_for(case["state"])
            found = extract(case["text"], lexicon, round=case.get("round", 1)).claims
            areas = [c.get("area", "FR") for c in case["claims"]]
            areas += [a for c in found for a in (c.area, *c.compared)]
            if not all(in_sample(a) for a in areas):
                continue
        kept.append(case)
    return kept


def test_the_sample_covers_every_state_and_label():
    """The reduced run is not a trivial one."""
    cases = sample_cases()
    assert len(cases) >= 60
    # Every round-1 state; the round-2 state serves the measure tests of the pure verdicts.
    states = load_states(EVALUATION_CASES)["states"]
    assert set(Counter(c["state"] for c in cases)) == {
        name for name, state in states.items() if state.get("round", 1) == 1
    }
    labels = Counter(c["label"] for c in cases)
    assert labels[CONFIRMED] and labels[CONTRADICTED] and labels[UNCONFIRMED] and labels[None]


def test_store_evaluation_meets_targets_and_agrees_with_the_pure_one(stores):
    """Same extraction, same labels, post by post, whether standings come from a store or not."""
    cases = sample_cases()
    from_store = evaluate_store(cases, stores)
    from_files = evaluate(cases, pure.lexicon_for, pure.standings_for)
    assert from_store.results == from_files.results
    assert from_store.overall == from_files.overall
    assert from_store.overall.f1 >= 0.90
    assert from_store.label_accuracy >= 0.95
    assert from_store.wrong_strong_labels == 0
    assert all(f.met is not False for f in figures(from_store) if "(all types)" in f.name)


def test_store_standings_are_the_documented_ones(stores):
    """Every area the sample's claims name: same counts, votes and hard bound as the pure run."""
    asked = {
        (c["state"], e.get("area", "FR"), c["round"]) for c in sample_cases() for e in c["claims"]
    }
    assert len(asked) >= 20
    for state, area, round_number in sorted(asked):
        mine = stores.standings_for(state, area, round_number)
        theirs = pure.standings_for(state, area, round_number)
        if theirs is None:
            assert mine is None or mine.bureaux_reported == 0, (state, area)
            continue
        fields = ("bureaux_reported", "bureaux_total", "inscrits", "votants", "exprimes")
        assert [getattr(mine, f) for f in fields] == [getattr(theirs, f) for f in fields], area
        assert mine.blancs + mine.nuls == theirs.blancs + theirs.nuls, area
        assert mine.remaining == theirs.remaining, (state, area)
        for tally in theirs.tallies:
            assert mine.votes_of(tally.candidate) == tally.votes, (state, area, tally)


def test_2011_pseudo_bureaux_reproduce_the_published_totals(stores):
    """The four pseudo-bureaux give the Haute Autorité's national figures and Saturday's bound."""
    final = stores.standings_for("hap2011-t1-final", "FR", 1)
    assert [t.votes for t in final.tallies] == [1038188, 806168, 455601, 184091, 149103, 17055]
    assert (final.exprimes, final.votants, final.remaining) == (2_650_206, 2_661_231, 0)
    saturday = stores.standings_for("hap2011-t1-saturday", "FR", 1)
    assert (saturday.bureaux_reported, saturday.bureaux_total) == (6, 9_425)
    assert saturday.remaining == 46_066_307 + 1_100_000 and saturday.inscrits == 0
    montreal = stores.standings_for("hap2011-t1-saturday", "ZZ139", 1)
    assert montreal.complete and montreal.tallies[0].candidate == "aubry"


def test_split_evenly_keeps_the_total():
    assert split_evenly(46_066_307, 9_418)[:2] == [4_892, 4_892]
    assert sum(split_evenly(46_066_307, 9_418)) == 46_066_307
    assert split_evenly(3, 5) == [1, 1, 1, 0, 0]


def _cases_file(tmp_path: Path, cases: list[dict]) -> Path:
    """A cases file of the 2011 states, with its states.json beside it."""
    doc = load_states(EVALUATION_CASES)
    doc["states"] = {k: v for k, v in doc["states"].items() if k.startswith("hap2011")}
    (tmp_path / "states.json").write_text(json.dumps(doc), encoding="utf-8")
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in cases), encoding="utf-8")
    return path


def test_evaluate_command_prints_figures_and_fails_on_a_missed_target(tmp_path: Path):
    """`primaries evaluate --cases`: exit 0 when targets are met, 1 after a wrong strong label."""
    cases = [c for c in load_cases(EVALUATION_CASES) if c["state"].startswith("hap2011")]
    runner = CliRunner()
    good = runner.invoke(cli, ["evaluate", "--cases", str(_cases_file(tmp_path, cases))])
    assert good.exit_code == 0, good.output
    assert "label accuracy" in good.output and "target >= 0.95 ok" in good.output

    confirmed = next(c for c in cases if c["label"] == CONFIRMED)
    wrong = [*cases, dict(confirmed, id="mislabelled", label=CONTRADICTED)]
    bad = runner.invoke(cli, ["evaluate", "--json", "--cases", str(_cases_file(tmp_path, wrong))])
    assert bad.exit_code == 1
    doc = json.loads(bad.stdout)
    assert doc["targets_met"] is False
    strong = next(f for f in doc["figures"] if f["name"] == "wrong strong labels")
    assert strong == {"name": "wrong strong labels", "value": 1, "target": "= 0", "met": False}
    # Other failures are posts left unconfirmed (recall), never a wrong strong label.
    assert "mislabelled" in [f["id"] for f in doc["failures"]]


def test_bulk_standings_are_the_ones_queries_give(stores):
    """`StandingsCache.preload` (re-verification's bulk read) equals `queries.standings`."""
    from sqlalchemy import select

    from primaries.models import Area
    from primaries.queries import standings
    from primaries.verification import StandingsCache

    for state in ("pr2017-t1-partial", "hap2011-t1-saturday"):
        found = stores.store(state)
        with found.engine.connect() as conn:
            codes = list(conn.execute(select(Area.__table__.c.code)).scalars())
            keys = [(code, r) for code in codes for r in (1, 2)] + [("ZZ999_0001", 1)]
            cache = StandingsCache(conn, found.settings)
            cache.preload(keys)
            assert len(cache.cache) == len(keys) - 1  # the unknown code is left to get()
            for code, round_number in keys:
                assert cache.get(code, round_number) == standings(
                    conn, found.settings, code, round_number
                ), (state, code, round_number)
