"""Tests of the independent evaluation generator: reference sums, hard bounds, determinism."""

from __future__ import annotations

import pytest

from evaluation import reference as ref
from evaluation.grammar import generate
from evaluation.reference import CONFIRMED, CONTRADICTED, UNCONFIRMED, Precision


def test_round1_national_totals() -> None:
    fig = ref.figures(ref.load_state("pr2017-t1-final"), "FR")
    assert fig.exprimes == 36_054_394
    assert fig.votes["macron"] == 8_656_346
    assert fig.votes["le-pen"] == 7_678_491
    assert fig.votes["fillon"] == 7_212_995
    assert fig.votes["melenchon"] == 7_059_951
    assert (fig.reported, fig.total, fig.remaining) == (69_242, 69_242, 0)


def test_round2_national_totals() -> None:
    fig = ref.figures(ref.load_state("pr2017-t2-final"), "FR")
    assert fig.votes == {"le-pen": 10_638_475, "macron": 20_743_128}


def test_partial_state_bound_is_inscrits_of_unreported_bureaux() -> None:
    partial = ref.figures(ref.load_state("pr2017-t1-partial"), "FR")
    final = ref.figures(ref.load_state("pr2017-t1-final"), "FR")
    assert partial.inscrits is not None and final.inscrits is not None
    assert partial.inscrits + partial.remaining == final.inscrits
    assert ref.figures(ref.load_state("pr2017-t1-partial"), "75").reported == 0


def test_2011_pseudo_bureaux_reproduce_the_published_figures() -> None:
    fig = ref.figures(ref.load_state("hap2011-t1-final"), "FR")
    assert fig.exprimes == 2_650_206
    assert fig.votes["hollande"] == 1_038_188
    saturday = ref.figures(ref.load_state("hap2011-t1-saturday"), "ZZ139")
    assert ref.decide_leader(saturday, "aubry") == CONFIRMED


def tiny_state(reported: tuple[bool, ...]) -> ref.State:
    """Two bureaux of area 'A': a counted one (A 600, B 300, C 100) and one of 200 inscrits."""
    units = [
        ref.Unit("01", frozenset({"FR", "A"}), 1200, 1200, 1050, 30, 20, 1000, (600, 300, 100)),
        ref.Unit("02", frozenset({"FR", "A"}), 200, 200, 150, 5, 5, 140, (10, 100, 30)),
    ]
    dataset = ref.Dataset(("a", "b", "c"), tuple(units), ref.index_units(units), {})
    return ref.State("tiny", "test", 1, "2017-04-23T19:00:00Z", dataset, reported)


@pytest.fixture
def partial() -> ref.Figures:
    return ref.figures(tiny_state((True, False)), "A")


def test_tiny_state_figures(partial: ref.Figures) -> None:
    assert (partial.exprimes, partial.remaining, partial.reported, partial.total) == (
        1000,
        200,
        1,
        2,
    )
    assert partial.abstention == 150


def test_leader_against_the_bound(partial: ref.Figures) -> None:
    assert ref.decide_leader(partial, "a") == CONFIRMED  # leads by 300 > 200
    assert ref.decide_leader(partial, "b") == CONTRADICTED  # a leads b by 300 > 200
    assert ref.decide_ahead(partial, "b", "c") is None  # b leads by exactly R: a tie is possible
    assert ref.decide_rank(partial, "c", 3) is None  # third, or tied for second
    assert ref.decide_rank(partial, "a", 2) == CONTRADICTED
    final = ref.figures(tiny_state((True, True)), "A")
    assert ref.decide_rank(final, "c", 3) == CONFIRMED
    assert ref.decide_leader(final, "a") == CONFIRMED


def test_percentage_interval(partial: ref.Figures) -> None:
    # a's final share lies in [600/1200, 800/1200] = [50 %, 66.7 %]
    assert ref.decide_measure(partial, "share", Precision("over", 45, 1), "a") == CONFIRMED
    assert ref.decide_measure(partial, "share", Precision("exact", 60, 1), "a") == UNCONFIRMED
    assert ref.decide_measure(partial, "share", Precision("exact", 40, 1), "a") == CONTRADICTED
    final = ref.figures(tiny_state((True, True)), "A")
    # all in: 610 / 1140 = 53.51 %
    assert ref.decide_measure(final, "share", Precision("exact", 53.5, 0.1), "a") == CONFIRMED
    assert ref.decide_measure(final, "share", Precision("exact", 53.6, 0.1), "a") == CONTRADICTED
    assert ref.decide_measure(final, "share", Precision("between", 52, 1, 55), "a") == CONFIRMED


def test_counts_only_grow(partial: ref.Figures) -> None:
    assert ref.decide_measure(partial, "votants", Precision("over", 1000, 100)) == CONFIRMED
    assert ref.decide_measure(partial, "votants", Precision("exact", 1050, 1)) == UNCONFIRMED
    assert ref.decide_measure(partial, "votants", Precision("under", 1000, 100)) == CONTRADICTED
    assert ref.decide_measure(partial, "participation", Precision("exact", 70, 1)) == CONTRADICTED


def test_gap_and_negation(partial: ref.Figures) -> None:
    # a - b = 300 votes, +-200 still possible
    assert ref.decide_gap(partial, "a", "b", Precision("over", 50, 10), points=False) == CONFIRMED
    assert (
        ref.decide_gap(partial, "a", "b", Precision("exact", 300, 1), points=False) == UNCONFIRMED
    )
    assert ref.negate(CONFIRMED) == CONTRADICTED
    assert ref.combine([CONFIRMED, UNCONFIRMED]) == UNCONFIRMED
    assert ref.combine([CONFIRMED, CONTRADICTED]) == CONTRADICTED
    assert ref.agree([CONFIRMED, CONTRADICTED]) == UNCONFIRMED


def test_qualification() -> None:
    final = ref.figures(ref.load_state("pr2017-t1-final"), "FR")
    assert ref.decide_qualified(final, "le-pen") == CONFIRMED
    assert ref.decide_eliminated(final, "fillon") == CONFIRMED
    partial = ref.figures(ref.load_state("pr2017-t1-partial"), "FR")
    assert ref.decide_qualified(partial, "macron") == UNCONFIRMED


def test_vague_readings_are_not_decided() -> None:
    # 'près de 25 %' for 24.01 %: true for a loose reader, false for a strict one
    fig = ref.figures(ref.load_state("pr2017-t1-final"), "FR")
    assert ref.decide_measure(fig, "share", Precision("nearly", 25, 1), "macron") is None


@pytest.fixture(scope="module")
def posts() -> list:
    return generate(5000, 7)


def test_generator_is_deterministic(posts: list) -> None:
    assert generate(300, 7) == posts[:300]
    assert generate(50, 8) != posts[:50]


def test_generator_covers_types_languages_and_labels(posts: list) -> None:
    assert len(posts) >= 5000
    types = {t for p in posts for t in p.types}
    expected = {"leader", "percentage", "votes", "rank", "ahead", "turnout", "blancs"}
    assert expected | {"nuls", "abstention", "gap", "qualification", "exprimes"} <= types
    assert {p.lang for p in posts} == {"fr", "en"}
    assert {p.label for p in posts} == {CONFIRMED, CONTRADICTED, UNCONFIRMED}
    assert {p.state for p in posts} >= {
        "pr2017-t2-final",
        "pr2017-t2-partial",
        "hap2011-t1-saturday",
    }
    moods = {p.mood for p in posts}
    assert moods >= {"negated", "question", "prediction", "bet", "population", "compound"}
    assert all(p.label == UNCONFIRMED for p in posts if p.mood in ("question", "bet"))
