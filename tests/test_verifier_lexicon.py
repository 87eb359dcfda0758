"""Tests of the gazetteer: candidates and places found in text, with accents, articles and case."""

from __future__ import annotations

import pytest

from tests.evaluation_support import lexicon_for
from verifiers.lexicon import fold


def found(text: str, state: str = "pr2017-t1-final") -> list[tuple[str, str]]:
    """(kind, key) of every mention in a text."""
    return [(m.kind, m.key) for m in lexicon_for(state).scan(text)]


def test_fold_keeps_positions():
    text = "Mélenchon à 19,6\u202f% — Œuvre"
    assert len(fold(text)) == len(text)
    assert fold(text).startswith("melenchon a 19,6 % - ")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Macron en tête dans la Corrèze", "19"),
        ("Macron en tête en Correze", "19"),
        ("Le Pen en tête dans le 59", "59"),
        ("Macron à Paris", "75"),
        ("Macron dans la capitale", "75"),
        ("Macron à Montreal", "ZZ139"),
        ("Macron à Montréal", "ZZ139"),
        ("Macron à Genève", "ZZ079"),
        ("Macron au Canada", "FE-CA"),
        ("Macron aux USA", "FE-US"),
        ("Fillon en Polynésie", "987"),
        ("Le Pen en outre-mer", "OM"),
        ("Le Pen dans les DOM-TOM", "OM"),
        ("Macron chez les Français de l'étranger", "ZZ"),
        ("Macron au niveau national", "FR"),
        ("Macron France entière", "FR"),
        ("Macron leads nationally", "FR"),
        ("Mélenchon en tête à Lille", "59350"),
        ("Le Pen en Auvergne-Rhône-Alpes", "R84"),
    ],
)
def test_places(text, code):
    assert ("place", code) in found(text)


@pytest.mark.parametrize(
    ("text", "cid"),
    [
        ("JLM", "melenchon"),
        ("Méluche", "melenchon"),
        ("@JLMelenchon", "melenchon"),
        ("Manu en tête", "macron"),
        ("MLP", "le-pen"),
        ("la candidate du FN", "le-pen"),
        ("Dupont Aignan", "dupont-aignan"),
    ],
)
def test_candidates_2017(text, cid):
    assert ("candidate", cid) in found(text)


def test_candidates_2011_nicknames_epithets_and_initials():
    state = "hap2011-t1-final"
    assert ("candidate", "hollande") in found("FH devant", state)
    assert ("candidate", "aubry") in found("la maire de Lille", state)
    assert ("candidate", "montebourg") in found("au député de Saône-et-Loire", state)
    assert ("candidate", "royal") in found("Ségo", state)
    assert ("candidate", "valls") in found("Manolo", state)
    # "ma" is a French word: only the capitals "MA" name Aubry
    assert ("candidate", "aubry") not in found("ma voisine vote", state)


def test_common_words_are_not_places():
    assert found("le cap du million a été passé") == []
    assert found("Près de 37 millions de votants") == []
    assert ("place", "ZZ112") in found("Macron au Cap, Le Cap vote")


def test_coded_words_are_flagged_not_candidates():
    assert ("coded", "macron") in found("des macarons")
    assert ("coded", "le-pen") in found("la marine")
    assert ("candidate", "le-pen") in found("Marine en tête")
