"""Verify stage: numbers in claims, with the interval that the way they are written implies."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from text_to_num import alpha2digit

PERCENT = "percent"
POINTS = "points"
VOTES = "votes"  # voix, suffrages, bulletins
COUNT = "count"  # votants, participants, électeurs, personnes
ORDINAL = "ordinal"
MONEY = "money"
BUREAUX = "bureaux"
BARE = ""

ABOVE = "above"
BELOW = "below"
ABOUT = "about"
JUST_BELOW = "just_below"
NEAR = "near"  # "près des 22 %", "vers les 25 %": confirmed only as rounded, refuted far off
# "à peine plus de 60 %", "just under 25%": a bound and how near the figure is to it
JUST_OVER = "just_over"
JUST_UNDER = "just_under"
RANGE = "range"
EXACT = ""
# The negations a bound spells out: "ne dépasse pas 27 %" is at most 27 %, "n'atteint pas 20 %"
# is under 20 %. Each becomes a BELOW interval, closed or open at the figure.
AT_MOST = "at_most"
NOT_REACHED = "not_reached"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A stated number and the interval of true values it is compatible with."""

    value: float  # as written (the upper end of a range)
    low: float
    high: float
    unit: str = BARE
    bound: str = EXACT
    low_open: bool = False
    high_open: bool = False
    # A range confirms between its ends as written and refutes only this far beyond them; a
    # figure said "environ" or "près de" refutes only this far from its value.
    slack: float = 0.0

    def contains(self, x: float) -> bool:
        """True when x lies in the tolerance interval."""
        above = x > self.low if self.low_open else x >= self.low
        below = x < self.high if self.high_open else x <= self.high
        return above and below

    def covers(self, lo: float, hi: float) -> bool:
        """True when the whole interval [lo, hi] lies in the tolerance interval."""
        return self.contains(lo) and self.contains(hi)

    def misses(self, lo: float, hi: float) -> bool:
        """True when no value of [lo, hi] lies in the tolerance interval under any reading."""
        low, high = self._refuting_bounds()
        below_claim = hi < low or (self.low_open and hi <= low)
        above_claim = lo > high or (self.high_open and lo >= high)
        return below_claim or above_claim

    def _refuting_bounds(self) -> tuple[float, float]:
        """The interval outside which every reading of the figure is refuted."""
        if self.bound in (ABOUT, NEAR):
            return self.value - self.slack, self.value + self.slack  # as `tolerance` set it
        if self.bound == RANGE:
            # "entre 20 et 21 %" for 21.3: said loosely (21.3 is "21"), or strictly?
            return self.low - self.slack, self.high + self.slack
        if self.bound in (JUST_OVER, JUST_UNDER):
            span = 3 * (self.high - self.low)
            return self.value - span, self.value + span
        if self.bound == JUST_BELOW:
            # "frôle les 47 %" is read "just under 47" to confirm, and also "about 47" to refute.
            return self.low, self.value + (
                0.5 if self.unit in (PERCENT, POINTS) else 0.02 * self.value
            )
        rounded = self.high > self.value and abs(self.low + self.high - 2 * self.value) < 1e-9
        if self.bound == EXACT and rounded:
            # "455 000 voix" for 455,601, "Mélenchon 19 %" for 19.58: a figure may be cut
            # rather than rounded, so only beyond the next unit does it refute.
            return self.low, self.high + (self.high - self.value)
        return self.low, self.high


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in folded text, with the span it covers (bound words and unit included)."""

    quantity: Quantity
    start: int
    end: int
    num_start: int  # span of the digits themselves
    num_end: int


# Written before the text reaches alpha2digit, which would read "cent" as 100.
_PERCENT_WORDS = re.compile(r"\b(?:pour[\s-]?cents?|pourcents?|per\s?cent|percent)\b", re.I)
_DIGIT_MILLION = re.compile(r"(?<=\d)\s*millions?\b", re.I)
_DIGITS = re.compile(
    # English thousands: "659,997 voix", "65,586 voix", "7,678 votes"; "7,678 voix" may be
    # French millions cut (no one has 50 million votes).
    r"(?<![\w.,])(\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+(?=\s*(?:(?:blank|void|spoil(?:ed|t)|invalid|valid|null)\s+)?(?:votes?|voters|ballots|abstainers|registered)\b)"
    r"|(?:[5-9]\d|\d{3}),\d{3}(?=\s*(?:voix|suffrages|bulletins|inscrits|votants|electeurs)\b)"
    r"|\d{1,3}(?:[ .]\d{3})+(?!\d|\s*(?:millions?|mio|milliards?|m\b|k\b))|\d+)(?:[.,](\d+))?(?![\d])"
)
# "7.2m votes", "8,6 M de voix": "m" is a million only before what is counted.
_MULT = re.compile(
    r"\s*(millions?|mio|milliards?|k|m(?=\s*(?:de |d'|of )?(?:voix|votes?|voters|ballots|abstainers|"
    r"abstentionnistes|electeurs|inscrits|registered|bulletins|suffrages|blank|spoil))|"
    r"(?<=\d)m(?![a-z]))\b"
    r"(?:\s*(?:de |d'|of ))?"
)
_UNIT = re.compile(
    r"\s*(?:(%|pts?\b|points?\b|pct\b|pc\b)|(?:de |d')?(voix\b|suffrages?\b|votes?\b|bulletins?\b|ballots?\b)"
    r"|(?:de |d')?(votants?\b|participants?\b|electeurs?\b|electrices?\b|personnes\b|francais\b|voters\b|"
    r"inscrits\b|registered(?: voters)?\b)|(eme\b|e\b|er\b|ere\b|re\b|nd\b|rd\b|th\b|st\b|d\b)|(eur\b|euros?\b|€|\$)"
    r"|(bureaux\b))"
)
_TIME = re.compile(r"\b(\d{1,2}) ?h ?(\d{2})?\b(?! ?(?:de |d')?(?:%|voix))")
_BEFORE = re.compile(
    # "just over 50 %", "à peine plus de 20 %": the bound that follows says it all.
    r"(?<![a-z])(?:(?P<just>just|barely|only just|juste|tout juste|a peine|a tout juste|un peu|"
    r"un tout petit peu|legerement|slightly|a little|a bit)\s+(?=\S))?"
    r"(?:(?P<just_over>(?:depasse(?:nt)?|franchi(?:t|ssent)?|passe(?:nt)?|crosse[sd]|tops|topped|"
    r"exceeds?|beats?|defeats?)\s+(?:a peine|tout juste|juste|just|barely|only just))|"
    r"(?P<at_most>(?:ne |n')(?:depasse|depassent|depassera|franchit|franchissent|"
    r"passe|passent)(?: meme)? pas(?: la barre d[eu]s?| le cap d[eu]s?| les)?|"
    r"(?:does|did|do)(?: not|n't) (?:exceed|top|go (?:over|above)|clear|pass|break|crack|cross)|"
    r"(?:has|have|had)(?: not|n't)(?: yet)? (?:exceeded|topped|cleared|passed|broken|cracked|"
    r"crossed|gone (?:over|above))|not more than|no more than|≤|=<)"
    r"|(?P<not_reached>(?:ne |n')(?:atteint|atteignent|atteindra)(?: meme)? pas(?: les| la barre d[eu]s?)?|"
    r"(?:ne |n')(?:a|ont|avait|avaient)(?: meme)? pas(?: encore)? atteint(?: les| la barre d[eu]s?)?|"
    r"(?:does|did|do)(?: not|n't) (?:reach|hit)|(?:has|have|had)(?: not|n't)(?: yet)? (?:reached|hit))"
    r"|(?P<above>plus de|plus d'|\+ ?de|au[- ]dessus de?s?|au moins|depasse(?:nt|r)?|franchit|"
    r"franchi|passe(?:nt)? la barre d[eu]s?|passe(?:nt)? les|passe le cap d[eu]s?|more than|over|"
    r"(?:already )?past|(?:breaks|broke|cracks|cracked|crosses|crossed|passes|passed|beats?|defeats?) the|"
    # "Macron bat les 23 %", "beats 60 percent": beats a figure, not a rival
    r"(?:bat|battent|defait|devance(?:nt)?) (?:la barre d[eu]s?|le seuil d[eu]s?|le cap d[eu]s?|les)|"
    r"beats?|defeats?|"
    r"above|at least|exceeds?|tops|topped|superieur a|≥|>=|>)"
    r"|(?P<below>moins de|moins d'|sous la barre d[eu]s?|sous les?|en[- ]dessous de?s?|less than|"
    r"under|below|fewer than|inferieur a|(?:just )?shy of|<)"
    r"|(?P<just_below>frole(?:nt)?|approche(?:nt)?|presque|pas loin de?s?|nearly|almost|"
    r"effleure)"
    r"|(?P<near>pres des|vers|a peine|tout juste|juste|barely|just|only just|scarcely|a mere|aux alentours de?s?|au seuil d[eu]s?|in the region of|flirte avec|"
    r"flirts? with|a la barre d[eu]s?|au cap d[eu]s?|at the|"
    r"in the vicinity of)"
    r"|(?P<about>environ|pres de|pres d'|autour de?s?|quelque|quelques|about|around|roughly|"
    r"approximately|approx\.?|env\.?|~|≈|grosso modo|dans les|de l'ordre de?s?|close to))"
    r"(?:\s*(?:la barre d[eu]s?|le seuil d[eu]s?|le cap d[eu]s?|les|le|la|l'|des|du|a|de|d'|the))?"
    r"\s*$"
)
_AFTER_ABOUT = re.compile(
    r"\s*,?\s*(?:environ|or so|roughly|approximately|plus ou moins|a peu pres|grosso modo|"
    r"give or take|ish)\b"
)
# "22 % ou moins", "20 % or more": a bound said after the figure
_AFTER_BOUND = re.compile(
    r"\s*(?:(?P<at_most>ou moins|or less|or fewer|au plus|at most|maximum|max)|"
    r"(?P<above>ou plus|et plus|or more|or above|au moins|at least|minimum|min|"
    r"(?:et |ou )?\+(?!\+)(?=\s*(?:$|[.,;!?)]))|plus(?=\s*(?:$|[.;!?)]))))(?!\w)"
)
_AFTER_ABOVE = re.compile(r"[^.;!?]{0,60}?\b(?:a ete |ont ete |est |sont )?(?:depasse|franchi)")
_DAYTIME = re.compile(
    r"\b(?:a|vers) (?:midi|minuit)\b|\bat (?:noon|midnight)\b|\b(?:en )?(?:debut|fin|milieu) "
    r"(?:d'apres-midi|d'apres midi|de matinee|de journee|de soiree)\b|\ba la mi-journee\b|"
    r"\bce matin\b|\bthis morning\b|\bin the afternoon\b"
)
_FRACTION_SHARES = {
    "la moitie": 50.0,
    "la moitié": 50.0,
    "half": 50.0,
    "un tiers": 100 / 3,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "deux tiers": 200 / 3,
    "two thirds": 200 / 3,
    "un quart": 25.0,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "trois quarts": 75.0,
    "three quarters": 75.0,
    "un cinquième": 20.0,
    "un cinquieme": 20.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
}
# What those counted did, after "un inscrit sur trois": a share of them voted, abstained, stayed
# home (not "1 inscrit sur 6 est en Île-de-France", where they live).
_ONE_IN_VERB = (
    r"(?=\s+(?:n'|ne\s+)?(?:a|ont|s'est|se sont|est rest[ée]\w*|sont rest[ée]\w*|est all[ée]\w*|"
    r"sont all[ée]\w*|voted|vote|stayed|abstained|did|didn't|picked|backed|chose|cast|turned|went|"
    r"have|has)\b)"
)
_FRACTION = re.compile(
    r"(?P<bound>\b(?:plus d(?:e|es|')|moins d(?:e|es|')|more than|less than|over|under|"
    r"above|below|au moins|at least)\s*)?"
    r"\b(?:(?:de |des |d')?(?:la |les )?)?(?P<fraction>la moiti[eé]|half|un tiers|a third|one third|deux tiers|two[ -]thirds|"
    r"un quart|a quarter|one quarter|trois quarts|three[ -]quarters|un cinqui[eè]me|a fifth|"
    r"one fifth)\s+"
    r"(?P<rest>(?:des|of the|of|the)\s+(?:voix|suffrages|votes?|exprim\w+|ballots|(?:inscrits|votants|"
    r"[ée]lecteurs|registered voters|voters)\b" + _ONE_IN_VERB + r"))\b",
    re.I,
)
# "un inscrit sur trois", "plus d'un électeur sur cinq", "two in three voters": a share of those
# named, read loosely as fractions are.
_FEW_WORDS = (
    "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten"
)
_ONE_IN = re.compile(
    r"(?P<bound>\b(?:plus d'|moins d'|more than |less than |fewer than |over |under |au moins |"
    r"at least |pas moins d'|no fewer than |no less than )\s*)?"
    r"\b(?:(?P<k>une?|one|deux|two|trois|three|[123])\s+(?P<who>inscrits?|votants?|[ée]lect(?:eur|rice)s?|"
    rf"registered voters?|voters?)\s+(?:sur|in|out of)\s+(?P<n>{_FEW_WORDS}|[2-9]|10)"
    rf"|(?P<k_en>one|two|three|[123])\s+(?:in|out of)\s+(?P<n_en>{_FEW_WORDS}|[2-9]|10)\s+"
    r"(?P<who_en>registered voters|voters))\b" + _ONE_IN_VERB,
    re.I,
)
_ONE_BEFORE_LARGE = re.compile(r"\b(?:un|une|one|a)\s+(1000000(?:000)?)\b", re.I)
_RANGE_SEP = re.compile(r"^\s*(?:-|a|à|to|et|ou|and|or)\s*$")
_BETWEEN = re.compile(r"\b(?:entre|between)\s*$")


def _fraction_as_share(m: re.Match[str]) -> str:
    """ "deux tiers des voix" -> "64-69 % des voix": a fraction read loosely, as people say it."""
    share = _FRACTION_SHARES[m.group("fraction").lower().replace("-", " ")]
    bound = (m.group("bound") or "").strip().lower()
    if bound in ("au moins", "at least"):
        return m.group()  # "at least half" includes half itself: left unread, not misread
    if bound:  # "plus des deux tiers": a bound at the fraction itself, to four decimals
        word = "moins de" if bound.startswith(("moins", "less", "under", "below")) else "plus de"
        return f"{word} {share:.4f} % {m.group('rest')}".replace(".", ",")
    return f"{share - 3:.0f}-{share + 3:.0f} % {m.group('rest')}"


def _one_in_as_share(m: re.Match[str]) -> str:
    """ "un inscrit sur trois" -> "30-36 % des inscrits": read as loosely as "un tiers des"."""
    k, n = m.group("k") or m.group("k_en"), m.group("n") or m.group("n_en")
    whole = _FEW.get(n.lower()) or int(n)
    part = _FEW.get(k.lower()) or int(k)
    if part >= whole:
        return m.group()
    who = (m.group("who") or m.group("who_en")).lower()
    english = who.endswith(("voter", "voters"))
    plural = who if who.endswith("s") else who + "s"
    rest = f"of {plural}" if english else f"des {plural}"
    share = 100 * part / whole
    bound = (m.group("bound") or "").strip().lower()
    if bound.startswith(("au moins", "pas moins", "no ")):
        return m.group()  # the fraction itself included: left unread (a doubt), not misread
    if bound == "at least":
        return f"at least {share:.4f} % {rest}"
    if bound:  # "moins d'un inscrit sur trois": a bound at the fraction itself
        word = "moins de" if bound.startswith(("moins", "less", "fewer", "under")) else "plus de"
        return f"{word} {share:.4f} % {rest}".replace(".", ",")
    return f"{share - 3:.0f}-{share + 3:.0f} % {rest}"


def one_in_spans(text: str) -> list[tuple[int, int]]:
    """Spans of "un inscrit sur trois" that `spell_out_numbers` reads as shares."""
    if not (" sur " in text or " in " in text.lower() or " out of " in text.lower()):
        return []
    return [m.span() for m in _ONE_IN.finditer(text) if _one_in_as_share(m) != m.group()]


def spell_out_numbers(text: str, lang: str = "fr") -> str:
    """Turn number words into digits ("trente pour cent" -> "30 %", "deux millions" -> "2000000")."""
    # Each pattern runs only on text holding the literal word every one of its matches holds.
    low = text.lower()
    if any(word in low for word in ("tiers", "moiti", "half", "third", "quart", "cinqui", "fifth")):
        text = _FRACTION.sub(_fraction_as_share, text)
    if " sur " in low or " in " in low or " out of " in low:
        text = _ONE_IN.sub(_one_in_as_share, text)
    if "cent" in low:
        text = _PERCENT_WORDS.sub(" %", text)
    if " et demi" in low:  # "un point et demi", "sept millions et demi"
        text = _AND_HALF.sub(_and_half, text)
    if "demi" in low or "half a" in low:  # "moins d'un demi-point", "half a point"
        text = _HALF_POINT.sub("0,5 point", text)
    if "deux" in low or "two" in low:  # below alpha2digit's threshold: "deux points d'avance"
        text = _TWO_POINTS.sub(r"2 \1", text)
    if "million" in low:  # alpha2digit would turn "2,8 millions" into "2,8 1000000"
        text = _DIGIT_MILLION.sub(" mio", text)
    try:
        text = alpha2digit(text, lang)
    except Exception:  # the converter is a native extension; a failure keeps the words
        return text
    # "un million" comes out as "un 1000000": the article is the number's own "one"
    return _ONE_BEFORE_LARGE.sub(r"\1", text) if "1000000" in text else text


_SMALL = {
    **dict.fromkeys(("un", "une"), 1),
    **{w: i for i, w in enumerate(("deux", "trois", "quatre", "cinq", "six", "sept"), 2)},
    **{w: i for i, w in enumerate(("huit", "neuf", "dix"), 8)},
}
# The small numbers of "un inscrit sur trois", "two in three voters", in both languages.
_FEW = {
    **_SMALL,
    **{w: i for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven"), 1)},
    **{w: i for i, w in enumerate(("eight", "nine", "ten"), 8)},
}
# Only before the words of a gap: "Deux points : Macron devant…" opens a list.
_TWO_POINTS = re.compile(
    r"\b(?:deux|two)\s+(points?|pts)\b(?=\s*(?:d'|de |devant|derriere|ahead|behind|lead|more|"
    r"less|fewer|separate|between|entre|apart|clear|over|sous|under|below|above|au-dessus|en dessous))",
    re.I,
)
_HALF_POINT = re.compile(r"\b(?:un )?demi[- ]point\b|\bhalf a (?:percentage )?point\b", re.I)
_AND_HALF = re.compile(
    r"\b(\d+|" + "|".join(_SMALL) + r")\s+(points?|millions?)\s+et\s+demie?\b", re.I
)


def _and_half(m: re.Match[str]) -> str:
    """ "un point et demi" -> "1,5 point"."""
    word = m.group(1).lower()
    whole = _SMALL.get(word, word)
    return f"{whole},5 {m.group(2)}"


_SEPARATORS = str.maketrans("", "", " .,")  # thousands separators inside a written number


def _value(digits: str, decimals: str | None) -> tuple[float, int]:
    """The number and its count of written decimals."""
    whole = digits.translate(_SEPARATORS)
    if decimals is None:
        return float(whole), 0
    return float(f"{whole}.{decimals}"), len(decimals)


def half_unit(value: float, decimals: int, unit: str, scale: float) -> float:
    """Half of the last written digit: what rounding to that digit could have hidden."""
    if decimals:
        return 0.5 * 10.0 ** (-decimals) * scale
    if unit in (PERCENT, POINTS) or value < 1000 or scale > 1:
        return 0.5 * scale
    digits = str(round(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < 3:  # "1 337 820" is an exact count; "150 000" is rounded to the thousand
        return 0.5
    # A round number is rounded to its last significant digit, but "un million" is not
    # any figure from half a million to one and a half: at most a tenth of its value either way.
    return min(0.5 * 10.0 ** min(zeros, len(digits) - 1), 0.1 * value)


def tolerance(value: float, half: float, unit: str, bound: str) -> Quantity:
    """The interval of true values a stated number allows, by how it is qualified."""
    if bound == ABOVE:
        return Quantity(value, value, math.inf, unit, bound, low_open=True)
    if bound == BELOW:
        return Quantity(value, -math.inf, value, unit, bound, high_open=True)
    if bound == AT_MOST:
        return Quantity(value, -math.inf, value, unit, BELOW)
    if bound == NOT_REACHED:
        return Quantity(value, -math.inf, value, unit, BELOW, high_open=True)
    whole_points = unit in (PERCENT, POINTS) and half >= 0.5
    if bound == ABOUT and whole_points:
        # "environ 26 %" allows ±1 point, and refutes only beyond half as much again
        span = max(1.0, 2 * half)
        return Quantity(value, value - span, value + span, unit, bound, slack=1.5 * span)
    if bound == NEAR and whole_points:
        # "près des 22 %" confirms as a rounded figure would, and refutes only far off
        return Quantity(value, value - 0.5, value + 0.5, unit, bound, slack=1.5)
    share = unit in (PERCENT, POINTS)
    if bound in (ABOUT, NEAR) and (share or (value >= 100_000 and half <= 0.005 * value)):
        # "environ 31,4 %", "près de 2,66 millions": said to its last digit (a share to the
        # tenth, a count to three figures), the figure is near it (for "près de", under it or
        # rounded to it), and refuted only beyond five half-units, or 2 % of a count.
        over = 1.5 * half if bound == ABOUT else half
        slack = max(5 * half, 0.0 if share else 0.02 * value)
        return Quantity(value, value - 1.5 * half, value + over, unit, bound, slack=slack)
    if bound == ABOUT:
        # "environ 37 millions" ±5 %, refuted only beyond half as much again
        span = max(half, 0.05 * value)
        return Quantity(value, value - span, value + span, unit, bound, slack=1.5 * span)
    if bound == NEAR:
        span = max(half, 0.025 * value)
        return Quantity(value, value - span, value + span, unit, bound, slack=3 * span)
    if bound in (JUST_OVER, JUST_UNDER):
        # "à peine plus de 60 %": above 60 and near it; refuted only far off either way
        span = 1.0 if unit in (PERCENT, POINTS) else max(half, 0.05 * value)
        if bound == JUST_OVER:
            return Quantity(value, value, value + span, unit, bound, low_open=True)
        return Quantity(value, value - span, value, unit, bound, high_open=True)
    if bound == JUST_BELOW:
        span = 1.5 if unit in (PERCENT, POINTS) else 0.05 * value
        return Quantity(value, value - span, value, unit, bound)
    return Quantity(value, value - half, value + half, unit, bound)


def _unit_of(match: re.Match[str] | None) -> str:
    """The unit a unit-regex match names."""
    if match is None:
        return BARE
    kinds = (PERCENT, VOTES, COUNT, ORDINAL, MONEY, BUREAUX)
    for group, kind in enumerate(kinds, start=1):
        if match.group(group):
            if kind == PERCENT and match.group(1).startswith(("pt", "point")):
                return POINTS
            return kind
    return BARE


def time_spans(folded: str) -> list[tuple[int, int, str]]:
    """Times of day ("17h", "22 h 25", "a midi") with their spans."""
    out = [(m.start(), m.end(), m.group()) for m in _TIME.finditer(folded)]
    for m in _DAYTIME.finditer(folded):
        out.append((m.start(), m.end(), m.group()))
    return out


def parse_numbers(
    folded: str, times: list[tuple[int, int, str]] | None = None
) -> list[NumberMention]:
    """Every number in folded text with its unit, bound and tolerance; ranges merged.

    `times` are the text's times of day when the caller has them already (time_spans)."""
    times = time_spans(folded) if times is None else times
    raw: list[tuple[int, int, int, float, int, str, float, str]] = []
    for m in _DIGITS.finditer(folded):
        if any(s <= m.start() < e for s, e, _ in times):
            continue
        value, decimals = _value(m.group(1), m.group(2))
        end = m.end()
        scale = 1.0
        mult = _MULT.match(folded, end)
        if mult and not (mult.group(1) == "k" and decimals):
            word = mult.group(1)
            scale = 1e9 if word.startswith("milliard") else 1e3 if word == "k" else 1e6
            end = mult.end()
        unit_m = _UNIT.match(folded, end)
        unit = _unit_of(unit_m)
        if unit_m is not None:
            end = unit_m.end()
        bound = EXACT
        start = m.start()
        before = _BEFORE.search(folded[max(0, start - 40) : start])
        if before is not None:
            bound = (
                next(
                    k
                    for k in (AT_MOST, NOT_REACHED, ABOVE, BELOW, JUST_BELOW, NEAR, ABOUT)
                    if before.group(k)
                )
                if not before.group("just_over")
                else JUST_OVER
            )  # "dépasse à peine les"
            if before.group("just") and bound in (ABOVE, BELOW, AT_MOST, NOT_REACHED):
                bound = JUST_OVER if bound == ABOVE else JUST_UNDER
            start = max(0, start - 40) + before.start()
        elif _AFTER_ABOVE.match(folded, end) and unit in (COUNT, VOTES):
            bound = ABOVE
        elif about_after := _AFTER_ABOUT.match(folded, end):
            bound, end = ABOUT, about_after.end()  # "25 % environ", "25% or so"
        elif said_after := _AFTER_BOUND.match(folded, end):
            bound, end = (AT_MOST if said_after.group("at_most") else ABOVE), said_after.end()
        raw.append((start, end, m.start(), value * scale, decimals, unit, scale, bound))
    return _merge_ranges(folded, raw)


def _merge_ranges(folded: str, raw: list) -> list[NumberMention]:
    """Join "entre 38 et 40 %", "27-28", "5 to 6 points" into one range each."""
    out: list[NumberMention] = []
    i = 0
    while i < len(raw):
        start, end, num_start, value, decimals, unit, scale, bound = raw[i]
        if i + 1 < len(raw):
            _, n_end, n_num, n_value, n_dec, n_unit, n_scale, n_bound = raw[i + 1]
            sep = folded[end:n_num]
            if (
                _RANGE_SEP.match(sep)
                and unit in (BARE, n_unit)
                and n_unit not in (ORDINAL, MONEY)
                and n_bound == EXACT
                and (
                    sep.strip() not in ("et", "ou", "and", "or")
                    or _BETWEEN.search(folded, max(0, start - 9), start) is not None
                )
            ):
                low_value = value * (n_scale if scale == 1.0 and n_scale > 1 else 1.0)
                if low_value < n_value:
                    u = n_unit
                    lo_half = half_unit(low_value, decimals, u, max(scale, n_scale))
                    hi_half = half_unit(n_value, n_dec, u, n_scale)
                    q = Quantity(n_value, low_value, n_value, u, RANGE, slack=max(lo_half, hi_half))
                    s = start
                    between = _BETWEEN.search(folded, max(0, start - 9), start)
                    if between is not None:
                        s = between.start()
                    out.append(NumberMention(q, s, n_end, num_start, n_end))
                    i += 2
                    continue
        half = half_unit(value, decimals, unit, scale)
        q = tolerance(value, half, unit, bound)
        out.append(NumberMention(q, start, end, num_start, end))
        i += 1
    return out
