"""Verify stage: one candidate compared across two places, read only in its plainest shapes.

"Macron fait mieux à Paris qu'à Lyon", "Le Pen did better in the Aude than in the Gard",
"Le Pen plus forte dans l'Aisne que dans le Pas-de-Calais", "Le Pen: higher in the Somme than
in the Aisne": the candidate's share of the valid votes is higher in the first place than in the
second. The sentence must be exactly that: the candidate first, the two places each after its
preposition, an optional share in brackets after each, nothing after but punctuation. Anything
else ("en voix", "au second tour", "and Mélenchon the other way round") is left to the
sentence's ordinary reading, which leaves it to the editors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "fait mieux", "a fait encore mieux", "did better", "polled better", "is stronger", ": higher"
_BETTER = (
    r"(?:(?:a|est|is|was|has)\s+)?"
    # Not "polls better", "is polling higher": surveys, not the count
    r"(?:(?:fait|realise|obtient|did|does|polled|scored|performed|fared|ran|scores|performs|"
    r"fares|runs)\s+)?"
    r"(?:(?:encore|bien|nettement|beaucoup|even|much|far|a lot|slightly)\s+)?"
    r"(?P<way>mieux|moins bien|un meilleur score|un moins bon score|plus forte?|moins forte?|"
    r"plus faible|better|worse|higher|lower|stronger|weaker)"
)
_TO = r"(?:a|au|aux|en|dans|in|at)(?:\s+(?:le|la|les|the)\b)?(?:\s*l'|\s+)"
_THAN = r"(?:qu'|que\s+|than\s+)" + _TO
# A share in brackets after a place: "à Marseille (24,8 %)"
_SHARE = r"\s*(?:\(\s*(?P<{}>\d{{1,2}}(?:[.,]\d{{1,2}})?\s*%)\s*\))?"
SUBJECT_TO_FIRST = re.compile(r"\s*:?\s*" + _BETTER + r"\s+" + _TO + r"$")
FIRST_TO_SECOND = re.compile(_SHARE.format("first") + r"\s+" + _THAN + r"$")
AFTER_SECOND = re.compile(_SHARE.format("second") + r"[\s.!]*$")
# The ways that put the first place below the second.
WORSE = frozenset(
    (
        "moins bien",
        "un moins bon score",
        "moins fort",
        "moins forte",
        "plus faible",
        "worse",
        "lower",
        "weaker",
    )
)
# A quick test before the patterns: most sentences compare nothing.
HINT = re.compile(r"mieux|meilleur|moins b|fort|faible|better|worse|higher|lower|strong|weak")


@dataclass(frozen=True, slots=True)
class Comparison:
    """Where a sentence compares its one candidate across two places.

    `better` and `worse` are the indexes of the places in the order given; `shares` the spans
    of the shares in brackets after each place, if any; `read` the spans of the words between.
    """

    better: int
    worse: int
    shares: tuple[tuple[int, int] | None, tuple[int, int] | None]
    read: tuple[tuple[int, int], ...]


def compared(
    folded: str, subject: tuple[int, int], first: tuple[int, int], second: tuple[int, int]
) -> Comparison | None:
    """The comparison a sentence makes, given the spans of its candidate and its two places."""
    head = SUBJECT_TO_FIRST.match(folded, subject[1], first[0])
    if head is None or folded[: subject[0]].strip():
        return None
    middle = FIRST_TO_SECOND.match(folded, first[1], second[0])
    if middle is None:
        return None
    tail = AFTER_SECOND.match(folded, second[1])
    if tail is None:
        return None
    way = re.sub(r"\s+", " ", head.group("way"))
    down = way in WORSE
    return Comparison(
        better=1 if down else 0,
        worse=0 if down else 1,
        shares=(
            middle.span("first") if middle.group("first") else None,
            tail.span("second") if tail.group("second") else None,
        ),
        read=((subject[1], first[0]), (first[1], second[0]), (second[1], tail.end())),
    )
