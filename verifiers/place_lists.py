"""Verify stage: one candidate's figures in several places, cut into one clause per place.

"Le Pen 37 % à Calais, 40 % à Denain et près de 30 % à Forbach" says three things, each read as
"Le Pen 37 % à Calais" would be; "Mélenchon took Roubaix with 36%, Argenteuil with 34%" two.
Only a sentence of exactly that shape is cut: one candidate named once, every place inside an
item, nothing after the last item but punctuation, emojis and tags ("… au second tour" is not
cut). Each clause keeps the words before the candidate ("Selon BFM, …") and that noise, so
nothing that qualifies the whole list is lost; anything else is left to the sentence's
ordinary reading.
"""

from __future__ import annotations

import itertools
import re

from verifiers.lexicon import Lexicon, fold

# A figure of a share: "37 %", "près de 30 %", "36.5%", "40 pour cent".
_QUALIFIER = (
    r"(?:pres de|pres d'|plus de|moins de|environ|presque|nearly|almost|about|around|over|"
    r"under|more than|less than)\s+"
)
_FIGURE = rf"(?:{_QUALIFIER})?\d{{1,2}}(?:[.,]\d{{1,2}})?\s*(?:%|pour\s?cent|percent|per cent)"
# "environ 19 % à Nice, 21 % à Wattrelos": is the second figure "environ" too? Not cut.
QUALIFIED = re.compile(rf"\s*(?:a\s+|at\s+|on\s+|with\s+|avec\s+)?{_QUALIFIER}")
_TO_PLACE = r"(?:a|au|aux|en|dans|in|at)(?:\s+(?:le|la|les))?(?:\s+|\s*l')"
_JOIN = r"\s*(?:,\s*(?:et\s+|and\s+)?|\s(?:et|and)\s+)"
# "Le Pen 37 % à Calais": the verb, if any, between the name and the first figure.
_SHARE_VERB = (
    r"(?:(?:fait|obtient|realise|recueille|totalise|a fait|a obtenu|a realise|got|gets|scored|"
    r"scores|took|takes|won|wins|a|at|on)\s+)?"
)
FIGURE_FIRST = re.compile(rf"\s*{_SHARE_VERB}")
FIGURE_THEN_PLACE = re.compile(rf"{_FIGURE}\s+{_TO_PLACE}")
BETWEEN_FIGURE_FIRST = re.compile(rf"{_JOIN}((?:a\s+|at\s+|on\s+)?{_FIGURE}\s+{_TO_PLACE})")
# "Mélenchon took Roubaix with 36%", "Macron l'emporte à Lyon avec 84 %": the winning verb.
PLACE_FIRST = re.compile(
    rf"\s+(?:took|takes|won|wins|carried|carries|gagne|remporte|a gagne|a remporte)\s+"
    rf"|\s+l'emporte\s+{_TO_PLACE}"
)
WITH_FIGURE = re.compile(rf"\s+(?:with|avec)\s+{_FIGURE}")
BETWEEN_PLACE_FIRST = re.compile(rf"\s+(?:with|avec)\s+{_FIGURE}{_JOIN}(?:{_TO_PLACE})?")
# What may end the list: punctuation, emojis, tags; no word, figure or name.
_TAIL = re.compile(r"[\s!.…)\]]*(?:#\w+\s*)*[^\w]*")


def figures_by_place(raw: str, lexicon: Lexicon) -> tuple[list[str], tuple[str, ...]]:
    """The sentence cut into one clause per place when it lists one candidate's figures by
    place, with every reading of the list's places; otherwise the sentence alone, and none."""
    alone: tuple[list[str], tuple[str, ...]] = ([raw], ())
    if raw.count("%") + raw.lower().count("cent") < 2:
        return alone  # every list holds two shares: most sentences skip the scan
    folded = fold(raw)
    mentions = lexicon.scan(raw, folded)
    names = [m for m in mentions if m.kind == "candidate"]
    places = [m for m in mentions if m.kind == "place"]
    if len(names) != 1 or len(places) < 2 or any(p.start < names[0].end for p in places):
        return alone
    if any(m.kind not in ("candidate", "place") for m in mentions):
        return alone
    name = names[0]
    items = _figure_first(folded, name.end, places) or _place_first(folded, name.end, places)
    if items is None:
        return alone
    head, spans, tail_start = items
    tail = raw[tail_start:]
    if not _TAIL.fullmatch(tail):
        return alone
    listed = tuple(dict.fromkeys(k for p in places for k in (p.key, *p.alternatives)))
    return [raw[:head] + raw[a:b] + tail for a, b in spans], listed


def _figure_first(
    folded: str, start: int, places: list
) -> tuple[int, list[tuple[int, int]], int] | None:
    """ "37 % à Calais, 40 % à Denain": the end of what every clause shares, each item's span,
    and where the list ends."""
    verb = FIGURE_FIRST.match(folded, start)
    first = FIGURE_THEN_PLACE.match(folded, verb.end())
    if first is None or first.end() != places[0].start:
        return None
    spans = [(first.start(), places[0].end)]
    for before, place in itertools.pairwise(places):
        joined = BETWEEN_FIGURE_FIRST.fullmatch(folded, before.end, place.start)
        if joined is None:
            return None
        spans.append((joined.start(1), place.end))
    if _qualifier_of_the_first_only(folded, [a for a, _ in spans]):
        return None
    return first.start(), spans, places[-1].end


def _place_first(
    folded: str, start: int, places: list
) -> tuple[int, list[tuple[int, int]], int] | None:
    """ "took Roubaix with 36%, Argenteuil with 34%": the same, the verb shared."""
    verb = PLACE_FIRST.match(folded, start)
    if verb is None or verb.end() != places[0].start:
        return None
    ends, figures = [], []
    for before, place in itertools.pairwise(places):
        if BETWEEN_PLACE_FIRST.fullmatch(folded, before.end, place.start) is None:
            return None
        figure = WITH_FIGURE.match(folded, before.end)
        ends.append(figure.end())  # matched: the joiner above begins with it
        figures.append(figure.start())
    last = WITH_FIGURE.match(folded, places[-1].end)
    if last is None:
        return None
    ends.append(last.end())
    if _qualifier_of_the_first_only(folded, [*figures, last.start()]):
        return None
    # The verb's preposition ("l'emporte à") is the shared head's; a repeated one is dropped.
    starts = [p.start for p in places]
    return verb.end(), list(zip(starts, ends, strict=True)), last.end()


def _qualifier_of_the_first_only(folded: str, figures: list[int]) -> bool:
    """True when the first figure is qualified ("environ", "plus de") and a later one is not:
    the qualifier may be the whole list's."""
    qualified = [QUALIFIED.match(folded, at) is not None for at in figures]
    return qualified[0] and not all(qualified)
