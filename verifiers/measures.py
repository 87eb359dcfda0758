"""Verify stage: which published measure a figure speaks of (abstention, blancs, nuls, turnout…)."""

from __future__ import annotations

import re

from verifiers.claims import ABSTENTION, BLANCS, BLANCS_NULS, EXPRIMES, NULS, RATE, SPOILT

# Folded words naming each measure; blancs + nuls first, so that it wins over blancs alone.
_WORDS = (
    (
        BLANCS_NULS,
        r"(?:bulletins |votes )?blancs? (?:et|ou|\+|&) (?:bulletins )?nuls?"
        r"|blank (?:and|or|\+|&) (?:void|spoil(?:ed|t)|invalid|null) (?:ballots?|votes?)",
    ),
    (
        ABSTENTION,
        r"abstentionnistes?|(?:taux d')?abstention|(?:se sont |s'est )?abstenus?"
        r"|abstention rate|abstainers|abstained|did not vote|didn't vote"
        r"|ne se sont pas deplace(?:e|s|es)?|(?:stayed|stay|staying) (?:at )?home|stayed away"
        r"|(?:est |sont )?reste(?:e|s|es)? (?:a la maison|chez (?:eux|lui|elles?|soi))",
    ),
    (BLANCS, r"(?:bulletins? |votes? )?blancs?|vote blanc|blank (?:ballots?|votes?)|blanks"),
    (
        NULS,
        r"(?:bulletins? |votes? )?nuls?|(?:void|spoil(?:ed|t)|invalid|null) (?:ballots?|votes?)"
        r"|spoil(?:ed|t)",
    ),
    (
        RATE,
        r"(?:taux de )?participation|turnout(?: rate)?|(?:voters )?turned out",
    ),
    (
        EXPRIMES,
        r"(?:suffrages |votes )?exprimes|valid votes|(?:votes )?cast for (?:a|the) candidates?",
    ),
)
# One alternation in that order: at a given place the longest naming wins ("blancs et nuls").
MEASURE_WORDS = re.compile("|".join(rf"\b(?P<{m}>{words})\b" for m, words in _WORDS))
# "15 millions d'électeurs se sont abstenus", "15 million people abstained".
# "22 % des inscrits se sont abstenus", "3 % des votants ont voté nul", "12.1 million registered
# voters stayed home": those the figure counts, then what they did.
_AFTER = re.compile(
    r"\s*(?:de |d'|of )?(?:(?:des |of (?:the )?)?(?:registered\s+)?(?:people|personnes|electeurs|"
    r"electrices|voters|francais|inscrits|(?P<cast>votants))\s+)?(?:(?:ont |a |have |has )?(?:vote|voted)\s+(?=blanc|nul|"
    r"blank|null|void|spoil))?(?:" + MEASURE_WORDS.pattern + ")"
)
# Between a measure word and its figure: a place, a copula, a bound, punctuation; no clause break.
_BETWEEN = re.compile(r"^[^,;!?.]{0,60}$")


def measure_after(folded: str, end: int) -> tuple[str, int] | None:
    """The measure named right after a figure ("6 300 bulletins nuls"), and where its words end."""
    m = _AFTER.match(folded, end)
    if m is None or (m.group("cast") and m.lastgroup not in SPOILT):
        return None  # "22 % des votants se sont abstenus": those who voted did not abstain
    return m.lastgroup or "", m.end()


def measure_before(folded: str, start: int, floor: int) -> tuple[str, int, int] | None:
    """The measure named before a figure in its clause ("abstention : 31 %"), and its span.

    `floor` is where the search stops: the previous figure or candidate, so that a word names
    the nearest figure after it only.
    """
    found = list(MEASURE_WORDS.finditer(folded, floor, start))
    if not found or not _BETWEEN.match(folded[found[-1].end() : start]):
        return None
    m = found[-1]
    return m.lastgroup or "", m.start(), m.end()
