"""Tests of claim extraction on real election-night phrasings (claim-phrasings.md catalogue)."""

from __future__ import annotations

import pytest

from tests.evaluation_support import lexicon_for
from verifiers.claims import (
    CODED,
    ELIMINATED,
    GAP,
    JOKE,
    LEADER,
    META,
    PERCENTAGE,
    PREDICTION,
    QUALIFICATION,
    QUALIFIED,
    QUESTION,
    RANK,
    TURNOUT,
    UNREAD,
    VOTES,
)
from verifiers.extract import extract
from verifiers.numbers import Quantity

H2011 = "hap2011-t1-final"
P2017 = "pr2017-t1-final"


def claims(text: str, state: str = H2011, round: int = 1):
    """(type, candidates, area, value) of every claim of a post."""
    out = []
    for c in extract(text, lexicon_for(state), round=round).claims:
        value = c.value.value if isinstance(c.value, Quantity) else c.value
        out.append((c.type, c.candidates, c.area, value))
    return out


def test_compound_post_gives_a_claim_per_part():
    assert sorted(claims("Hollande gagne la Corrèze avec 70%")) == [
        (LEADER, ("hollande",), "19", None),
        (PERCENTAGE, ("hollande",), "19", 70),
    ]


def test_leak_of_2011_abroad():
    assert claims("Aubry en tête au Canada 🇨🇦 #primaires") == [(LEADER, ("aubry",), "FE-CA", None)]
    assert claims("le vote des Français de Montréal qui aurait donné Martine Aubry en tête") == [
        (LEADER, ("aubry",), "ZZ139", None)
    ]


def test_pronoun_and_contre():
    text = (
        "François Hollande arrive en tête. Il a obtenu 39% des suffrages contre 30% à Martine Aubry"
    )
    assert claims(text) == [
        (LEADER, ("hollande",), "FR", None),
        (PERCENTAGE, ("hollande",), "FR", 39),
        (PERCENTAGE, ("aubry",), "FR", 30),
    ]


def test_ranks_epithets_and_idioms():
    text = "La troisième place est revenue au député de Saône-et-Loire Arnaud Montebourg qui a recueilli 17%"
    assert sorted(claims(text)) == [
        (PERCENTAGE, ("montebourg",), "FR", 17),
        (RANK, ("montebourg",), "FR", 3),
    ]
    assert claims("Arnaud Montebourg dans le rôle du troisième homme") == [
        (RANK, ("montebourg",), "FR", 3)
    ]
    assert sorted(claims("Baylet bon dernier, sous la barre du 1%")) == [
        (PERCENTAGE, ("baylet",), "FR", 1),
        (RANK, ("baylet",), "FR", "last"),
    ]
    assert claims("Valls bat Royal en Essonne") == [(RANK, ("valls", "royal"), "91", "ahead")]


def test_qualification_and_elimination():
    assert claims("François Hollande et Martine Aubry seront au deuxième tour.") == [
        (QUALIFICATION, ("hollande",), "FR", QUALIFIED),
        (QUALIFICATION, ("aubry",), "FR", QUALIFIED),
    ]
    # The negation is kept as such: "no round 2 for Ségo" denies that she qualified.
    (denied,) = extract("Pas de 2nd tour pour Ségo 😢", lexicon_for(H2011)).claims
    assert (denied.type, denied.candidates, denied.value, denied.negated) == (
        QUALIFICATION,
        ("royal",),
        QUALIFIED,
        True,
    )
    assert claims("Valls éliminé") == [(QUALIFICATION, ("valls",), "FR", ELIMINATED)]


def test_gaps_and_numbers_in_words():
    assert claims("Aubry a douze points d'avance sur Hollande en Amérique du Nord") == [
        (GAP, ("aubry", "hollande"), "FE01", 12)
    ]
    assert claims("Hollande devance Aubry de 9 points") == [(GAP, ("hollande", "aubry"), "FR", 9)]
    assert claims("Aubry à trente pour cent tout rond") == [(PERCENTAGE, ("aubry",), "FR", 30)]


def test_turnout_and_votes():
    assert claims("Quelque deux millions de Français ont participé à ce vote") == [
        (TURNOUT, (), "FR", 2_000_000)
    ]
    assert claims("Montebourg dépasse les 450 000 voix") == [
        (VOTES, ("montebourg",), "FR", 450_000)
    ]
    assert claims("Au total, 618 suffrages ont été exprimés aux États-Unis et au Canada") == [
        (VOTES, (), "FE01", 618)
    ]


def test_partial_count_is_a_qualifier_not_a_claim():
    (claim,) = extract(
        "FH à 41% sur 60% des bureaux dépouillés", lexicon_for(H2011), round=1
    ).claims
    assert claim.value.value == 41
    assert "60" in claim.qualifiers.partial


def test_hedge_and_attribution():
    (claim,) = extract(
        "Selon BFM, Aubry ferait 44 % à Montréal", lexicon_for(H2011), round=1
    ).claims
    assert claim.qualifiers.hedged
    assert claim.qualifiers.attribution == "BFM"


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Le flan est au four", CODED),
        ("Les talonnettes sont dans les cartons. Je répète, les talonnettes #radiolondres", CODED),
        ("J'ai acheté pour 63,5 euros de macarons à 17h", CODED),
        ("Mon prono : Hollande 40, Aubry 30, Montebourg 15", PREDICTION),
        ("Nous serons entre 1,5 et 2 millions de votants", PREDICTION),
        ("Si Valls passe les 10 % je me rase la tête 😂", JOKE),
        ("Aubry en tête… du nombre de selfies au bureau de vote 😂", JOKE),
        ("Aubry en tête au Canada ?", QUESTION),
        ("moi je connais d'autres résultats et je ne les donnerai pas", META),
        ("Les résultats qui circulent… n'ont aucune pertinence", META),
    ],
)
def test_flags_and_no_result_claim(text, flag):
    extraction = extract(text, lexicon_for(H2011), round=1)
    assert flag in extraction.flags
    assert not extraction.verifiable


def test_jokes_about_names_give_nothing():
    assert claims("Michel Blanc arrive en tête du scrutin") == []
    # A count of areas is no one area's leader: a part the editors read, never a decided claim.
    assert claims("Le Pen est en tête dans 47 départements", P2017) == [
        (UNREAD, ("le-pen",), "", None)
    ]


def test_english_posts():
    assert sorted(claims("Macron tops Paris with nearly 35%", P2017)) == [
        (LEADER, ("macron",), "75", None),
        (PERCENTAGE, ("macron",), "75", 35),
    ]
    assert claims("Fillon is eliminated", P2017) == [(QUALIFICATION, ("fillon",), "FR", ELIMINATED)]


def test_round_two_figures_carry_round_two():
    (claim,) = extract("Hollande 56,57 % au second tour", lexicon_for(H2011), round=1).claims
    assert claim.round == 2


def test_every_doubt_has_a_kind_the_pages_can_word():
    from primaries.web.i18n import DOUBT_KINDS as WORDED
    from tests.evaluation_support import load_cases
    from verifiers.claims import DOUBT_KINDS

    assert set(DOUBT_KINDS) <= set(WORDED)
    kinds = set()
    for case in load_cases():
        for claim in extract(case["text"], lexicon_for(case["state"]), round=1).claims:
            kinds |= {d.partition(" : ")[0] for d in claim.doubts}
    assert kinds and kinds <= set(DOUBT_KINDS)


def test_the_cheap_word_tests_never_hide_a_pattern_match():
    """The literal words tried before the costly patterns are in every match on every set."""
    import json

    from tests.evaluation_support import ROOT
    from verifiers.extract import (
        CODE_TRIGGER,
        CODE_WORDS,
        ELIM_RE,
        ELIM_WORDS,
        HARMLESS_PHRASES,
        HARMLESS_WORDS,
        MEANINGFUL_PHRASES,
        MEANINGFUL_WORDS,
        META_RE,
        META_WORDS,
        PARTIAL_RE,
        PARTIAL_WORDS,
        PRICE_RE,
        QUAL_RE,
        QUAL_WORDS,
        fold,
    )

    checked = 0
    for path in (ROOT / "tests" / "data" / "evaluation").rglob("cases.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            folded = fold(json.loads(line)["text"])
            for pattern, words in (
                (META_RE, META_WORDS),
                (CODE_TRIGGER, CODE_WORDS),
                (PRICE_RE, CODE_WORDS),
                (PARTIAL_RE, PARTIAL_WORDS),
                (QUAL_RE, QUAL_WORDS),
                (ELIM_RE, ELIM_WORDS),
                (MEANINGFUL_PHRASES, MEANINGFUL_WORDS),
                (HARMLESS_PHRASES, HARMLESS_WORDS),
            ):
                for m in pattern.finditer(folded):
                    checked += 1
                    assert any(w in m.group() for w in words), m.group()
    assert checked > 30  # the dev and held-out sets hold 39 such matches


def test_a_capitalised_name_with_one_slip_is_the_candidate():
    assert claims("Fillion en tête dans le Cher", P2017) == [(LEADER, ("fillon",), "18", None)]
    assert claims("Hammon premier dans le Cher", P2017) == [(LEADER, ("hamon",), "18", None)]
    found = extract("Melanchon devant Fillon", lexicon_for(P2017)).claims
    assert [c.candidates for c in found] == [("melenchon", "fillon")]
    # Lower case, it is a word nobody knows, never the candidate.
    lower = extract("fillion en tête dans le Cher", lexicon_for(P2017)).claims
    assert all("fillon" not in c.candidates for c in lower)


def test_a_slip_that_is_a_place_stays_the_place():
    # "Marcon" is one letter-swap from Macron, and a commune of the Sarthe.
    mentions = lexicon_for(P2017).scan("Le Pen en tête à Marcon")
    assert [m.kind for m in mentions] == ["candidate", "place"]


def test_impersonal_il_y_a_names_nobody():
    (claim,) = extract(
        "Il y aurait 588 298 suffrages exprimés dans le 76", lexicon_for(P2017)
    ).claims
    assert (claim.area, claim.measure, claim.doubts) == ("76", "exprimes", ())


def test_an_agency_named_after_selon_is_a_source_not_a_word_left_over():
    (claim,) = extract("Selon l'AFP, Le Pen obtient 29 % à Arles", lexicon_for(P2017)).claims
    assert claim.doubts == () and claim.qualifiers.attribution


def test_a_level_word_keeps_the_readings_of_that_level():
    bare = extract("Le Pen en tête à Vienne", lexicon_for(P2017)).claims[0]
    assert {bare.area, *bare.alternatives} >= {"86", "38544"}
    named = extract("Le Pen en tête dans le département de la Vienne", lexicon_for(P2017))
    assert [(c.area, c.alternatives) for c in named.claims] == [("86", ())]


def test_a_negated_verb_is_the_opposite_claim():
    (rank,) = extract("Fillon ne devance pas Mélenchon dans l'Ardèche", lexicon_for(P2017)).claims
    assert (rank.type, rank.candidates, rank.negated, rank.doubts) == (
        RANK,
        ("fillon", "melenchon"),
        True,
        (),
    )


def test_does_not_exceed_is_an_upper_bound_on_the_share():
    (at_most,) = extract("Le Pen ne dépasse pas les 27 %", lexicon_for(P2017)).claims
    assert (at_most.value.high, at_most.value.high_open, at_most.negated) == (27.0, False, False)
    (under,) = extract("Macron n'atteint pas les 20 % à Tulle", lexicon_for(P2017)).claims
    assert (under.value.high, under.value.high_open, under.doubts) == (20.0, True, ())
