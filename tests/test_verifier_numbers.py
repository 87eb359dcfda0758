"""Tests of number reading: units, bounds, ranges, words and the precision a written number implies."""

from __future__ import annotations

import math

import pytest

from verifiers.lexicon import fold
from verifiers.numbers import (
    ABOUT,
    ABOVE,
    BELOW,
    COUNT,
    JUST_BELOW,
    PERCENT,
    POINTS,
    RANGE,
    VOTES,
    Quantity,
    parse_numbers,
    spell_out_numbers,
)


def quantities(text: str) -> list[Quantity]:
    """Every quantity of a text, as the extractor sees it."""
    return [n.quantity for n in parse_numbers(fold(spell_out_numbers(text)))]


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "unit"),
    [
        ("39 %", 39, 38.5, 39.5, PERCENT),
        ("39,2 %", 39.2, 39.15, 39.25, PERCENT),
        ("36,21 % des voix", 36.21, 36.205, 36.215, PERCENT),
        ("24.01%", 24.01, 24.005, 24.015, PERCENT),
        ("trente pour cent", 30, 29.5, 30.5, PERCENT),
        ("vingt-sept pour cent", 27, 26.5, 27.5, PERCENT),
        ("1 337 820 votants", 1337820, 1337819.5, 1337820.5, COUNT),
        ("1\u202f337\u00a0820 votants", 1337820, 1337819.5, 1337820.5, COUNT),
        ("2.841.167 votants", 2841167, 2841166.5, 2841167.5, COUNT),
        ("150 000 votants", 150000, 145000, 155000, COUNT),
        ("2,8 millions de votes", 2.8e6, 2.75e6, 2.85e6, VOTES),
        ("1,25 million de bulletins", 1.25e6, 1.245e6, 1.255e6, VOTES),
        # a round number is rounded to its last digit, but never by more than a tenth of it
        ("deux millions de votants", 2e6, 1.8e6, 2.2e6, COUNT),
        ("douze points", 12, 11.5, 12.5, POINTS),
    ],
)
def test_precision_follows_how_the_number_is_written(text, value, low, high, unit):
    (q,) = quantities(text)
    assert q.value == pytest.approx(value)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "bound", "low", "high"),
    [
        ("plus de 36 %", ABOVE, 36, math.inf),
        ("dépasse les 450 000 voix", ABOVE, 450000, math.inf),
        ("moins de 2 %", BELOW, -math.inf, 2),
        ("sous la barre du 1 %", BELOW, -math.inf, 1),
        ("frôle les 40 %", JUST_BELOW, 38.5, 40),
        ("environ 26 %", ABOUT, 25, 27),
        ("près de 45 %", ABOUT, 44, 46),
        ("autour des 28 %", ABOUT, 27, 29),
        ("entre 38 et 40 %", RANGE, 38, 40),
        ("27-28 %", RANGE, 27, 28),
        ("58 à 60 %", RANGE, 58, 60),
        ("entre 1,5 et 2 millions de votants", RANGE, 1.5e6, 2e6),
        ("5 to 6 points", RANGE, 5, 6),
    ],
)
def test_bounds_approximations_and_ranges(text, bound, low, high):
    (q,) = quantities(text)
    assert q.bound == bound
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


def test_bounds_are_strict_and_one_sided():
    (q,) = quantities("plus de 36 %")
    assert not q.contains(36.0)
    assert q.contains(36.01) and q.contains(99.0)
    assert q.covers(36.5, 90) and q.misses(10, 36)


def test_times_are_not_figures_and_ordinals_are_ranks():
    assert quantities("à 13h00") == []
    (q,) = quantities("troisième")
    assert (q.value, q.unit) == (3, "ordinal")
