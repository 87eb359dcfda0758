"""Evaluation grammar: a seeded generator of French and English posts, labelled by the reference.

A post is built from claims (each with its phrasings and a decision per area), a place, a mood
(plain, hedged, negated, question, prediction, bet, unpublished population, time of day) and
noise. Its label comes from evaluation.reference; a draw whose label would depend on how a
careful reader takes a vague word or a mid-size homonym is thrown away and drawn again.
"""

from __future__ import annotations

import math
import random
import re
import string
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from evaluation import reference as ref
from evaluation.places import Place, places_2011, places_2017
from evaluation.reference import UNCONFIRMED, Figures, Precision

FEMALE = {"le-pen", "arthaud", "aubry", "royal"}

# The aliases posts may use, beyond the plain name and surname (all listed in the election's
# candidate aliases); nicknames whose reading is beyond doubt.
EXTRA_ALIASES = {
    "le-pen": ["MLP"],
    "melenchon": ["JLM", "Méluche"],
    "dupont-aignan": ["NDA"],
    "hollande": ["FH", "Flanby"],
    "royal": ["Ségo"],
    "valls": ["Manolo"],
}

STATE_WEIGHTS = {
    "pr2017-t1-final": 26,
    "pr2017-t1-partial": 13,
    "pr2017-t1-early": 7,
    "pr2017-t2-final": 18,
    "pr2017-t2-partial": 8,
    "pr2017-t2-early": 5,
    "hap2011-t1-final": 13,
    "hap2011-t1-saturday": 10,
}

PLACE_WEIGHTS_2017 = {
    "national": 24,
    "region": 8,
    "departement": 14,
    "commune": 16,
    "homonym": 5,
    "disambiguated": 3,
    "overseas": 8,
    "metro": 2,
    "abroad": 5,
    "constituency": 3,
    "country": 6,
    "city": 6,
}

PLACE_WEIGHTS_2011 = {
    "national": 40,
    "abroad": 10,
    "constituency": 10,
    "country": 10,
    "city": 18,
    "unpublished": 8,
}

MOOD_WEIGHTS = {
    "plain": 46,
    "compound": 14,
    "hedged": 9,
    "negated": 9,
    "question": 6,
    "prediction": 5,
    "bet": 2,
    "population": 6,
    "timeofday": 3,
}

UNPUBLISHED_MOODS = {"question", "prediction", "bet", "population", "timeofday"}

SOURCES_FR = ["BFMTV", "l'AFP", "Le Monde", "Libération", "nos informations", "plusieurs sources"]
SOURCES_EN = ["AFP", "Le Monde", "Reuters", "several sources"]
POPULATIONS_FR = [
    "chez les jeunes",
    "chez les 18-24 ans",
    "chez les femmes",
    "chez les ouvriers",
    "chez les retraités",
    "dans les sondages",
]
POPULATIONS_EN = [
    "among young voters",
    "among 18-24 year-olds",
    "among women",
    "among blue-collar workers",
    "among retirees",
    "in the polls",
]


# ---- Candidates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A candidate and the names posts call them by."""

    id: str
    names: tuple[str, ...]

    @property
    def female(self) -> bool:
        """Whether French agreement is feminine."""
        return self.id in FEMALE

    def e(self) -> str:
        """The French feminine ending, when it applies."""
        return "e" if self.female else ""


def candidate_from(entry: dict) -> Candidate:
    """Build a candidate from a config or states.json entry: name, surname, a few aliases."""
    aliases = entry.get("aliases", [])
    extra = [a for a in EXTRA_ALIASES.get(entry["id"], []) if a in aliases]
    surname = aliases[0] if aliases else entry["name"].split()[-1]
    return Candidate(entry["id"], (surname, surname, surname, entry["name"], *extra))


def candidates_of(state: ref.State) -> dict[str, Candidate]:
    """The candidates of a state's round, by id."""
    if state.election == "pr2017":
        entries = list(ref.candidates_2017())
    else:
        text = (ref.ROOT / "elections" / "primaire-2011.toml").read_text()
        entries = tomllib.loads(text)["candidates"]
    by_id = {e["id"]: candidate_from(e) for e in entries}
    return {c: by_id[c] for c in state.dataset.candidates}


# ---- Numbers ------------------------------------------------------------------------------


def shown(value: float) -> str:
    """A claimed value for the note: counts in full, shares as written."""
    return str(int(value)) if value == int(value) else f"{value:g}"


def decimal(value: float, decimals: int, lang: str) -> str:
    """A number with a given count of decimals, French decimal comma or English point."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "fr" else text


def integer(value: int, lang: str) -> str:
    """An integer with thousands separators (a space in French, a comma in English)."""
    return f"{value:,}".replace(",", " ") if lang == "fr" else f"{value:,}"


def percent_sign(rng: random.Random, lang: str) -> str:
    """' %', '%' or ' percent'."""
    return rng.choice([" %", " %", "%"]) if lang == "fr" else rng.choice(["%", "%", " percent"])


QUALIFIER = {
    "fr": {
        "about": ["environ", "autour de"],
        "nearly": ["près de", "presque"],
        "over": ["plus de"],
        "under": ["moins de"],
    },
    "en": {
        "about": ["about", "around"],
        "nearly": ["nearly", "almost"],
        "over": ["more than", "over"],
        "under": ["less than", "under"],
    },
}


def qualified(p: Precision, text: str, high: str, rng: random.Random, lang: str) -> str:
    """Prefix a written number with its precision word ('plus de 24 %', 'entre 23 et 25 %')."""
    if p.kind == "exact":
        return text
    if p.kind == "between":
        return f"entre {text} et {high}" if lang == "fr" else f"between {text} and {high}"
    return f"{rng.choice(QUALIFIER[lang][p.kind])} {text}"


def percent_text(p: Precision, rng: random.Random, lang: str) -> str:
    """A written percentage with its precision."""
    decimals = decimals_of(p.unit)
    sign = percent_sign(rng, lang)
    high = decimal(p.high, decimals, lang) + sign if p.high is not None else ""
    if p.kind == "between":
        return qualified(p, decimal(p.value, decimals, lang), high, rng, lang)
    return qualified(p, decimal(p.value, decimals, lang) + sign, high, rng, lang)


def decimals_of(unit: float) -> int:
    """Digits after the decimal point of a written step (0.1 -> 1)."""
    return max(0, -round(math.log10(unit))) if unit < 1 else 0


def count_text(p: Precision, noun: str, rng: random.Random, lang: str) -> str:
    """A written count with its noun: '8 656 346 voix', '8,66 millions de voix', 'more than 2.5 million votes'."""
    if p.unit >= 10_000 and p.value >= 1_000_000:
        millions = p.value / 1_000_000
        decimals = decimals_of(p.unit / 1_000_000)
        number = decimal(millions, decimals, lang)
        if lang == "fr":
            word = "million" if millions < 2 else "millions"
            return qualified(p, f"{number} {word} de {noun}", "", rng, lang)
        return qualified(p, f"{number} million {noun}", "", rng, lang)
    return qualified(p, f"{integer(int(p.value), lang)} {noun}", "", rng, lang)


# ---- Claims -------------------------------------------------------------------------------


Decide = Callable[[Figures], "str | None"]


@dataclass(frozen=True)
class Part:
    """One checkable assertion: its type, a description for the note, and how to decide it."""

    type: str
    describe: str
    decide: Decide
    national: bool = False  # decided on the national figures whatever the place
    negated: bool = False
    place: Place | None = None  # decided on this place rather than the post's


@dataclass
class Claim:
    """The phrasings of one claim in one language."""

    parts: list[Part]
    plain: list[str]  # statements ('Macron en tête à Paris')
    clause: list[str] = field(default_factory=list)  # full clauses, for 'C'est vrai que …'
    hedged: list[str] = field(default_factory=list)  # conditional or 'reportedly'
    negated: list[str] = field(default_factory=list)  # with negated parts
    future: list[str] = field(default_factory=list)  # predictions
    negated_parts: list[Part] = field(default_factory=list)
    population_ok: bool = True
    timeofday: list[str] = field(default_factory=list)


@dataclass
class Context:
    """What a claim maker needs: the state, the place, the language, a random source."""

    rng: random.Random
    state: ref.State
    place: Place
    lang: str
    candidates: dict[str, Candidate]

    @property
    def fr(self) -> bool:
        """Whether the post is in French."""
        return self.lang == "fr"

    def figures(self) -> Figures:
        """Figures of the place's first reading (used only to choose plausible values)."""
        return ref.figures(self.state, self.place.readings[0])

    def national(self) -> Figures:
        """National figures."""
        return ref.figures(self.state, "FR")

    def name(self, c: Candidate) -> str:
        """One of the names of a candidate."""
        return self.rng.choice(c.names)

    def where(self) -> str | None:
        """The place as an in-phrase with a leading space ('' for national), None if unusable."""
        phrase, _ = self.place.phrase(self.lang)
        return None if phrase is None else (f" {phrase}" if phrase else "")

    def head(self) -> str | None:
        """The place as a heading ('Paris'), None if it has none."""
        return self.place.phrase(self.lang)[1]

    def sentences(self, body: str, with_where: list[str], with_head: list[str]) -> list[str]:
        """Fill templates: '{w}' takes the in-phrase, '{h}' the heading; drop what cannot be filled."""
        where, head = self.where(), self.head()
        out = []
        if where is not None:
            out += [t.replace("{w}", where) for t in with_where]
            if where:
                out += [
                    t.replace("{W}", capitalize(where.strip())) for t in with_where if "{W}" in t
                ]
        if head is not None:
            out += [t.replace("{h}", head) for t in with_head]
        return [
            s.replace("{b}", body)
            for s in out
            if "{w}" not in s and "{W}" not in s and "{h}" not in s
        ]


def capitalize(text: str) -> str:
    """Upper-case the first letter only."""
    return text[:1].upper() + text[1:]


def ranked(fig: Figures) -> list[str]:
    """Candidates by counted votes, best first (ties by ballot order)."""
    return sorted(fig.candidates, key=lambda c: -fig.votes[c])


def pick_candidate(ctx: Context, truthful: bool, position: int = 0) -> Candidate:
    """The candidate at a rank of the counted figures, or another one."""
    order = ranked(ctx.figures())
    if truthful or len(order) == 1:
        return ctx.candidates[order[min(position, len(order) - 1)]]
    others = [c for c in order[:6] if c != order[position]] or order
    return ctx.candidates[ctx.rng.choice(others)]


def leader_claim(ctx: Context) -> Claim | None:
    """'Macron en tête à Paris' / 'Macron leads in Paris'."""
    c = pick_candidate(ctx, ctx.rng.random() < 0.5)
    n, e = ctx.name(c), c.e()
    part = Part("leader", f"leader {c.id}", lambda f: ref.decide_leader(f, c.id))
    neg = Part(
        "leader",
        f"not leader {c.id}",
        lambda f: ref.negate(ref.decide_leader(f, c.id)),
        negated=True,
    )
    national = ctx.place.readings == ("FR",)
    r2 = ctx.state.round == 2
    if ctx.fr:
        plain = ctx.sentences(
            n,
            [
                "{b} en tête{w}",
                "{b} arrive en tête{w}",
                "{W}, {b} arrive en tête",
                "{b} l'emporte{w}",
                f"{{b}} premi{'ère' if e else 'er'}{{w}}",
            ],
            ["{h} : {b} en tête", "{h} : {b} l'emporte"],
        )
        if national and ctx.place.fr_in == "":
            plain += [f"{n} remporte le {'second' if r2 else 'premier'} tour"]
            if r2 and ctx.state.election == "pr2017":
                plain += [f"{n} élu{e} présiden{'te' if e else 't'} de la République"]
        return Claim(
            [part],
            plain,
            clause=ctx.sentences(
                n, ["{b} est en tête{w}", "{b} est arrivé" + e + " en tête{w}"], []
            ),
            hedged=ctx.sentences(n, ["{b} serait en tête{w}", "{b} arriverait en tête{w}"], []),
            negated=ctx.sentences(
                n,
                [
                    "{b} n'est pas en tête{w}",
                    "{b} n'arrive pas en tête{w}",
                    "{W}, {b} n'est pas en tête",
                ],
                ["{h} : {b} n'est pas en tête"],
            ),
            future=ctx.sentences(n, ["{b} sera en tête{w}", "{b} va arriver en tête{w}"], []),
            negated_parts=[neg],
        )
    plain = ctx.sentences(
        n,
        ["{b} leads{w}", "{b} comes first{w}", "{b} tops the vote{w}", "{W}, {b} comes first"],
        ["{h}: {b} in the lead", "{h}: {b} comes first"],
    )
    if national and ctx.place.en_in == "":
        plain += [f"{n} wins the {'runoff' if r2 else 'first round'}"]
        if r2 and ctx.state.election == "pr2017":
            plain += [f"{n} elected president"]
    return Claim(
        [part],
        plain,
        clause=ctx.sentences(n, ["{b} is leading{w}", "{b} came first{w}"], []),
        hedged=ctx.sentences(
            n, ["{b} is reportedly leading{w}", "{b} reportedly came first{w}"], []
        ),
        negated=ctx.sentences(
            n, ["{b} is not leading{w}", "{b} isn't ahead{w}", "{b} did not come first{w}"], []
        ),
        future=ctx.sentences(n, ["{b} will come first{w}", "{b} will win{w}"], []),
        negated_parts=[neg],
    )


PERCENT_KINDS = {"exact": 45, "about": 8, "nearly": 10, "over": 15, "under": 10, "between": 12}


def percentage_precision(
    rng: random.Random, share: float, truthful: bool, kinds: tuple[str, ...] = tuple(PERCENT_KINDS)
) -> Precision:
    """A claimed percentage near the counted share (truthful) or away from it."""
    kind = rng.choices(kinds, [PERCENT_KINDS[k] for k in kinds])[0]
    if kind == "exact":
        decimals = rng.choices([0, 1, 2], [50, 35, 15])[0]
        unit = 10.0**-decimals
        value = round(share, decimals)
        if not truthful:
            value = max(
                0.0,
                value
                + unit * rng.choice([-5, -3, -2, -1, 1, 2, 3, 5]) * (10 if decimals == 2 else 1),
            )
            if rng.random() < 0.15:
                value = float(rng.choice([60, 70, 80]) if share < 40 else rng.choice([2, 5, 10]))
        return Precision("exact", round(value, decimals), unit)
    if kind in ("about", "nearly"):
        value = round(share) if kind == "about" else int(share) + 1
        if not truthful:
            value = max(1, value + rng.choice([-8, -6, -5, 5, 6, 8]))
        return Precision(kind, float(value), 1.0)
    if kind in ("over", "under"):
        above = (kind == "over") == truthful
        value = (
            int(share) - rng.choice([0, 1, 2, 5])
            if above
            else int(share) + 1 + rng.choice([0, 1, 2, 5])
        )
        if rng.random() < 0.15:
            value = (
                int(share / 3) if above else min(int(share * 2 + 30), 90)
            )  # far from the share: decidable early
        return Precision(kind, float(max(1, value)), 1.0)
    low = int(share) - rng.choice([0, 1, 2])
    if not truthful:
        low += rng.choice([-8, -5, 4, 6])
    low = max(0, low)
    return Precision("between", float(low), 1.0, float(low + rng.choice([2, 3, 4])))


def share_part(
    ctx: Context, c: Candidate, kinds: tuple[str, ...] = tuple(PERCENT_KINDS)
) -> tuple[Part, Precision, str] | None:
    """A percentage part for a candidate: the part, its precision and its written form."""
    fig = ctx.figures()
    share = 100 * fig.votes[c.id] / fig.exprimes if fig.exprimes else ctx.rng.uniform(2, 40)
    p = percentage_precision(ctx.rng, share, ctx.rng.random() < 0.55, kinds)
    if p.value <= 0:
        return None
    high = f"-{p.high:g}" if p.high is not None else ""
    part = Part(
        "percentage",
        f"share {c.id} {p.kind} {shown(p.value)}{high} %",
        lambda f: ref.decide_measure(f, "share", p, c.id),
    )
    return part, p, percent_text(p, ctx.rng, ctx.lang)


def percentage_claim(ctx: Context) -> Claim | None:
    """'Macron 24 % à Paris' / 'Macron at 24% in Paris'."""
    c = pick_candidate(ctx, True, ctx.rng.choice([0, 0, 1, 1, 2, 3, 4, 5]))
    drawn = share_part(ctx, c)
    if drawn is None:
        return None
    part, p, pct = drawn
    n = ctx.name(c)
    neg_part = Part(
        "percentage",
        f"not over {shown(p.value)} % {c.id}",
        lambda f: ref.negate(ref.decide_measure(f, "share", p, c.id)),
        negated=True,
    )
    at = "" if p.kind == "between" else "à "
    v = decimal(p.value, 0, ctx.lang)
    if ctx.fr:
        plain = ctx.sentences(
            n,
            [
                f"{{b}} {pct}{{w}}",
                f"{{b}} {at}{pct}{{w}}",
                f"{{b}} obtient {pct} des voix{{w}}",
                f"{{W}}, {{b}} recueille {pct} des suffrages",
            ],
            [f"{{h}} : {{b}} {pct}", f"{{h}} : {{b}} {at}{pct}"],
        )
        if p.kind == "over":
            plain += ctx.sentences(n, [f"{{b}} dépasse les {v} %{{w}}"], [])
        if p.kind == "under":
            plain += ctx.sentences(n, [f"{{b}} sous la barre des {v} %{{w}}"], [])
        if p.kind == "nearly":
            plain += ctx.sentences(n, [f"{{b}} frôle les {v} %{{w}}"], [])
        return Claim(
            [part],
            plain,
            clause=ctx.sentences(
                n, [f"{{b}} obtient {pct} des voix{{w}}", f"{{b}} fait {pct}{{w}}"], []
            ),
            hedged=ctx.sentences(
                n,
                [
                    f"{{b}} obtiendrait {pct} des voix{{w}}",
                    f"{{b}} aurait obtenu {pct} des voix{{w}}",
                    f"{{b}} ferait {pct}{{w}}",
                ],
                [],
            ),
            negated=ctx.sentences(n, [f"{{b}} ne dépasse pas les {v} %{{w}}"], [])
            if p.kind == "over"
            else [],
            future=ctx.sentences(n, [f"{{b}} fera {pct}{{w}}", f"{{b}} va faire {pct}{{w}}"], []),
            negated_parts=[neg_part],
        )
    plain = ctx.sentences(
        n,
        [
            f"{{b}} {pct}{{w}}",
            f"{{b}} {'' if p.kind == 'between' else 'at '}{pct}{{w}}",
            f"{{b}} wins {pct} of the vote{{w}}",
            f"{{b}} gets {pct}{{w}}",
        ],
        [f"{{h}}: {{b}} {pct}"],
    )
    return Claim(
        [part],
        plain,
        clause=ctx.sentences(n, [f"{{b}} got {pct} of the vote{{w}}", f"{{b}} got {pct}{{w}}"], []),
        hedged=ctx.sentences(n, [f"{{b}} reportedly got {pct} of the vote{{w}}"], []),
        negated=ctx.sentences(n, [f"{{b}} does not exceed {v}%{{w}}"], [])
        if p.kind == "over"
        else [],
        future=ctx.sentences(n, [f"{{b}} will get {pct}{{w}}"], []),
        negated_parts=[neg_part],
    )


def count_precision(rng: random.Random, count: int, truthful: bool) -> Precision:
    """A claimed count: exact, in millions, or a round figure with 'plus de', 'environ', …"""
    count = max(count, 1)
    digits = len(str(count))
    step = 10 ** max(0, digits - 2)  # two significant figures
    kind = rng.choices(
        ["exact", "millions", "over", "under", "about", "nearly"],
        [30, 20 if count >= 1_000_000 else 0, 18, 8, 12, 12],
    )[0]
    if kind == "exact":
        value = (
            count
            if truthful
            else count
            + rng.choice([-1, 1]) * max(1, int(count * rng.choice([0.02, 0.05, 0.1, 0.2])))
        )
        return Precision("exact", float(max(0, value)), 1.0)
    if kind == "millions":
        unit = rng.choice([1_000_000, 100_000, 100_000, 10_000])
        value = round(count / unit) * unit
        if not truthful:
            value += rng.choice([-3, -2, -1, 1, 2, 3]) * unit * (1 if unit == 1_000_000 else 3)
        return Precision("exact", float(max(unit, value)), float(unit))
    if kind in ("over", "under"):
        above = (kind == "over") == truthful
        value = (
            (count // step - rng.choice([0, 1, 3])) * step
            if above
            else (count // step + 1 + rng.choice([0, 1, 3])) * step
        )
        return Precision(kind, float(max(step, value)), float(step))
    value = round(count / step) * step if kind == "about" else (count // step + 1) * step
    if not truthful:
        value = max(
            step, value + rng.choice([-1, 1]) * max(5 * step, int(value * 0.3)) // step * step
        )
    return Precision(kind, float(value), float(step))


MEASURES = {
    # measure: (fr noun, en noun, fr templates, en templates); {n} is the written count
    "votants": (
        "votants",
        "voters",
        ["{n}{w}", "{W}, {n}"],
        ["{n} turned out{w}", "{W}, {n} cast a ballot"],
    ),
    "exprimes": ("suffrages exprimés", "votes cast for a candidate", ["{n}{w}"], ["{n}{w}"]),
    "blancs": ("votes blancs", "blank ballots", ["{n}{w}", "{W}, {n}"], ["{n}{w}"]),
    "nuls": ("bulletins nuls", "void ballots", ["{n}{w}"], ["{n}{w}"]),
    "abstention": ("abstentionnistes", "registered voters who abstained", ["{n}{w}"], ["{n}{w}"]),
}


def votes_claim(ctx: Context) -> Claim | None:
    """'Macron obtient 8 656 346 voix' / 'Macron gets 8.66 million votes'."""
    c = pick_candidate(ctx, True, ctx.rng.choice([0, 0, 1, 2, 3]))
    count = ctx.figures().votes[c.id]
    p = count_precision(ctx.rng, count or ctx.rng.randint(100, 5000), ctx.rng.random() < 0.55)
    n = ctx.name(c)
    written = count_text(p, "voix" if ctx.fr else "votes", ctx.rng, ctx.lang)
    part = Part(
        "votes",
        f"votes {c.id} {p.kind} {shown(p.value)}",
        lambda f: ref.decide_measure(f, "votes", p, c.id),
    )
    if ctx.fr:
        return Claim(
            [part],
            ctx.sentences(
                n,
                [
                    f"{{b}} obtient {written}{{w}}",
                    f"{{b}} : {written}{{w}}",
                    f"{{W}}, {{b}} recueille {written}",
                ],
                [f"{{h}} : {written} pour {{b}}"],
            ),
            clause=ctx.sentences(n, [f"{{b}} a obtenu {written}{{w}}"], []),
            hedged=ctx.sentences(n, [f"{{b}} aurait obtenu {written}{{w}}"], []),
            future=ctx.sentences(n, [f"{{b}} obtiendra {written}{{w}}"], []),
        )
    return Claim(
        [part],
        ctx.sentences(
            n,
            [f"{{b}} gets {written}{{w}}", f"{{b}}: {written}{{w}}"],
            [f"{{h}}: {written} for {{b}}"],
        ),
        clause=ctx.sentences(n, [f"{{b}} got {written}{{w}}"], []),
        hedged=ctx.sentences(n, [f"{{b}} reportedly got {written}{{w}}"], []),
        future=ctx.sentences(n, [f"{{b}} will get {written}{{w}}"], []),
    )


def measure_claim(ctx: Context, measure: str | None = None) -> Claim | None:
    """Votants, exprimés, blancs, nuls, abstention as counts ('37 millions de votants')."""
    fig = ctx.figures()
    # 2011: the Haute Autorité published votants and exprimés, not blancs, nuls or a roll
    published = list(MEASURES) if fig.inscrits is not None else ["votants", "exprimes"]
    if ctx.state.election != "pr2017":
        published = ["votants", "exprimes"]
    measure = measure or ctx.rng.choice(published)
    count = {
        "votants": fig.votants,
        "exprimes": fig.exprimes,
        "blancs": fig.blancs,
        "nuls": fig.nuls,
        "abstention": fig.abstention,
    }[measure]
    if not count:
        count = ctx.rng.randint(200, 20000)
    p = count_precision(ctx.rng, count, ctx.rng.random() < 0.55)
    fr_noun, en_noun, fr_templates, en_templates = MEASURES[measure]
    written = count_text(p, fr_noun if ctx.fr else en_noun, ctx.rng, ctx.lang)
    kind = "turnout" if measure == "votants" else measure
    part = Part(
        kind, f"{measure} {p.kind} {shown(p.value)}", lambda f: ref.decide_measure(f, measure, p)
    )
    templates = fr_templates if ctx.fr else en_templates
    plain = [
        capitalize(s)
        for s in ctx.sentences(
            written,
            [t.replace("{n}", "{b}") for t in templates],
            ["{h} : {b}" if ctx.fr else "{h}: {b}"],
        )
    ]
    midday = ["À midi, {b}{w}", "{b}{w} à 17 h"] if ctx.fr else ["By noon, {b}{w}", "{b}{w} at 5pm"]
    return Claim(
        [part],
        plain,
        clause=ctx.sentences(written, ["il y a {b}{w}" if ctx.fr else "there were {b}{w}"], []),
        hedged=ctx.sentences(
            written, ["il y aurait {b}{w}" if ctx.fr else "there were reportedly {b}{w}"], []
        ),
        future=ctx.sentences(
            written, ["il y aura {b}{w}" if ctx.fr else "there will be {b}{w}"], []
        ),
        population_ok=False,
        timeofday=[capitalize(s) for s in ctx.sentences(written, midday, [])]
        if measure == "votants"
        else [],
    )


def rate_claim(ctx: Context) -> Claim | None:
    """Participation or abstention rate ('Participation à Paris : 77,8 %')."""
    fig = ctx.figures()
    if fig.inscrits is None:
        return None  # 2011: no electoral roll for an open primary
    measure = ctx.rng.choice(["participation", "participation", "abstention_rate"])
    rate = 100 * fig.votants / fig.inscrits if fig.inscrits else ctx.rng.uniform(60, 85)
    if measure == "abstention_rate":
        rate = 100 - rate
    kinds = ("exact", "about", "nearly", "over", "under")
    p = percentage_precision(ctx.rng, rate, ctx.rng.random() < 0.55, kinds)
    pct = percent_text(p, ctx.rng, ctx.lang)
    kind = "turnout" if measure == "participation" else "abstention"
    part = Part(
        kind, f"{measure} {p.kind} {shown(p.value)} %", lambda f: ref.decide_measure(f, measure, p)
    )
    turnout = measure == "participation"
    if ctx.fr:
        word, the, rate_of = (
            ("participation", "la participation", "Taux de participation")
            if turnout
            else ("abstention", "l'abstention", "Taux d'abstention")
        )
        return Claim(
            [part],
            ctx.sentences(
                pct,
                [
                    f"{capitalize(word)}{{w}} : {{b}}",
                    f"{rate_of}{{w}} : {{b}}",
                    f"{{W}}, {the} est de {{b}}",
                ],
                [f"{{h}} : {word} {{b}}"],
            ),
            clause=ctx.sentences(pct, [f"{the} est de {{b}}{{w}}"], []),
            hedged=ctx.sentences(pct, [f"{the} serait de {{b}}{{w}}"], []),
            future=ctx.sentences(pct, [f"{the} sera de {{b}}{{w}}"], []),
            population_ok=False,
            timeofday=ctx.sentences(
                pct, ["Participation{w} à 17 h : {b}", "À midi, participation de {b}{w}"], []
            )
            if turnout
            else [],
        )
    word = "Turnout" if turnout else "Abstention"
    return Claim(
        [part],
        ctx.sentences(
            pct, [f"{word}{{w}}: {{b}}", f"{word}{{w}} at {{b}}"], [f"{{h}}: {word.lower()} {{b}}"]
        ),
        clause=ctx.sentences(pct, [f"{word.lower()} was {{b}}{{w}}"], []),
        hedged=ctx.sentences(pct, [f"{word.lower()} was reportedly {{b}}{{w}}"], []),
        future=ctx.sentences(pct, [f"{word.lower()} will be {{b}}{{w}}"], []),
        population_ok=False,
        timeofday=ctx.sentences(
            pct, [f"{word}{{w}} at 5pm: {{b}}", f"{word}{{w}} by noon: {{b}}"], []
        )
        if turnout
        else [],
    )


ORDINALS_FR = {
    2: "deuxième",
    3: "troisième",
    4: "quatrième",
    5: "cinquième",
    6: "sixième",
    7: "septième",
    8: "huitième",
}
ORDINALS_EN = {
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
}


def rank_claim(ctx: Context) -> Claim | None:
    """'Fillon troisième à Paris' / 'Fillon finishes third in Paris', or last."""
    count = len(ctx.candidates)
    position = ctx.rng.randint(1, count - 1)
    c = pick_candidate(ctx, ctx.rng.random() < 0.5, position)
    rank = ctx.rng.choice([position + 1, position + 1, count])
    if rank == count and count > 2:
        word_fr, word_en = ("dernière" if c.female else "dernier"), "last"
    else:
        rank = min(rank, 8)
        word_fr, word_en = ORDINALS_FR[rank], ORDINALS_EN[rank]
    part = Part("rank", f"rank {c.id} {rank}/{count}", lambda f: ref.decide_rank(f, c.id, rank))
    neg = Part(
        "rank",
        f"not rank {c.id} {rank}/{count}",
        lambda f: ref.negate(ref.decide_rank(f, c.id, rank)),
        negated=True,
    )
    n = ctx.name(c)
    if ctx.fr:
        return Claim(
            [part],
            ctx.sentences(
                n,
                [
                    f"{{b}} {word_fr}{{w}}",
                    f"{{b}} arrive {word_fr}{{w}}",
                    f"{{b}} termine {word_fr}{{w}}",
                    f"{{W}}, {{b}} se classe {word_fr}",
                ],
                [f"{{h}} : {{b}} {word_fr}"],
            ),
            clause=ctx.sentences(n, [f"{{b}} arrive {word_fr}{{w}}"], []),
            hedged=ctx.sentences(n, [f"{{b}} arriverait {word_fr}{{w}}"], []),
            negated=ctx.sentences(
                n, [f"{{b}} n'est pas {word_fr}{{w}}", f"{{b}} n'arrive pas {word_fr}{{w}}"], []
            ),
            future=ctx.sentences(n, [f"{{b}} finira {word_fr}{{w}}"], []),
            negated_parts=[neg],
        )
    return Claim(
        [part],
        ctx.sentences(
            n,
            [
                f"{{b}} {word_en}{{w}}",
                f"{{b}} finishes {word_en}{{w}}",
                f"{{b}} comes {word_en}{{w}}",
            ],
            [f"{{h}}: {{b}} {word_en}"],
        ),
        clause=ctx.sentences(n, [f"{{b}} came {word_en}{{w}}"], []),
        hedged=ctx.sentences(n, [f"{{b}} reportedly came {word_en}{{w}}"], []),
        negated=ctx.sentences(
            n, [f"{{b}} did not come {word_en}{{w}}", f"{{b}} is not {word_en}{{w}}"], []
        ),
        future=ctx.sentences(n, [f"{{b}} will finish {word_en}{{w}}"], []),
        negated_parts=[neg],
    )


def pair(ctx: Context) -> tuple[Candidate, Candidate]:
    """Two candidates among the counted top five, in counted order or reversed."""
    order = ranked(ctx.figures())[:5]
    first, second = sorted(ctx.rng.sample(range(len(order)), 2))
    if ctx.rng.random() < 0.4:
        first, second = second, first
    return ctx.candidates[order[first]], ctx.candidates[order[second]]


def ahead_claim(ctx: Context) -> Claim | None:
    """'Fillon devant Mélenchon à Paris' / 'Fillon ahead of Melenchon in Paris'."""
    a, b = pair(ctx)
    part = Part("ahead", f"{a.id} ahead of {b.id}", lambda f: ref.decide_ahead(f, a.id, b.id))
    neg = Part(
        "ahead",
        f"{a.id} not ahead of {b.id}",
        lambda f: ref.negate(ref.decide_ahead(f, a.id, b.id)),
        negated=True,
    )
    na, nb = ctx.name(a), ctx.name(b)
    body = f"{na}\x00{nb}"

    def fill(templates: list[str], heads: list[str] | None = None) -> list[str]:
        return [
            s.replace("{a}", na).replace("{c}", nb)
            for s in ctx.sentences(body, templates, heads or [])
        ]

    if ctx.fr:
        return Claim(
            [part],
            fill(
                [
                    "{a} devant {c}{w}",
                    "{a} devance {c}{w}",
                    "{W}, {a} devance {c}",
                    "{c} derrière {a}{w}",
                    "{a} arrive devant {c}{w}",
                ],
                ["{h} : {a} devant {c}"],
            ),
            clause=fill(["{a} devance {c}{w}", "{a} est devant {c}{w}"]),
            hedged=fill(["{a} devancerait {c}{w}", "{a} serait devant {c}{w}"]),
            negated=fill(["{a} ne devance pas {c}{w}", "{a} n'est pas devant {c}{w}"]),
            future=fill(["{a} finira devant {c}{w}", "{a} va devancer {c}{w}"]),
            negated_parts=[neg],
        )
    return Claim(
        [part],
        fill(
            [
                "{a} ahead of {c}{w}",
                "{a} beats {c}{w}",
                "{a} finishes ahead of {c}{w}",
                "{c} trails {a}{w}",
                "{c} behind {a}{w}",
            ],
            ["{h}: {a} ahead of {c}"],
        ),
        clause=fill(["{a} finished ahead of {c}{w}"]),
        hedged=fill(["{a} reportedly finished ahead of {c}{w}"]),
        negated=fill(["{a} is not ahead of {c}{w}", "{a} did not beat {c}{w}"]),
        future=fill(["{a} will beat {c}{w}"]),
        negated_parts=[neg],
    )


def gap_claim(ctx: Context) -> Claim | None:
    """'Macron devance Le Pen de 3 points' or '… de 978 000 voix'."""
    a, b = pair(ctx)
    fig = ctx.figures()
    truthful = ctx.rng.random() < 0.55
    lead = fig.votes[a.id] - fig.votes[b.id]
    points = ctx.rng.random() < 0.6
    if points:
        gap = 100 * lead / fig.exprimes if fig.exprimes else ctx.rng.uniform(1, 10)
        if gap < 0:
            a, b, gap = b, a, -gap  # a post names the leader first
        kind = ctx.rng.choices(["exact", "exact1", "over", "nearly"], [40, 20, 25, 15])[0]
        if kind == "exact1":
            value = round(gap, 1) if truthful else round(gap + ctx.rng.choice([-2, -1, 1, 2, 3]), 1)
            p = Precision("exact", value, 0.1)
        elif kind == "exact":
            value = round(gap) if truthful else round(gap) + ctx.rng.choice([-4, -3, -2, 2, 3, 5])
            p = Precision("exact", float(max(1, value)), 1.0)
        elif kind == "over":
            value = (
                int(gap) - ctx.rng.choice([0, 1, 2])
                if truthful
                else int(gap) + 1 + ctx.rng.choice([0, 2, 5])
            )
            p = Precision("over", float(max(1, value)), 1.0)
        else:
            value = int(gap) + 1 if truthful else int(gap) + ctx.rng.choice([5, 8])
            p = Precision("nearly", float(value), 1.0)
        written = decimal(p.value, decimals_of(p.unit), ctx.lang)
        written = qualified(p, written, "", ctx.rng, ctx.lang) + " points"
    else:
        if lead <= 0:
            a, b, lead = b, a, -lead
        p = count_precision(ctx.rng, lead or ctx.rng.randint(10, 500), truthful)
        written = count_text(p, "voix" if ctx.fr else "votes", ctx.rng, ctx.lang)
    part = Part(
        "gap",
        f"{a.id} leads {b.id} by {p.kind} {shown(p.value)} {'points' if points else 'votes'}",
        lambda f: ref.decide_gap(f, a.id, b.id, p, points),
    )
    na, nb = ctx.name(a), ctx.name(b)
    body = f"{na}\x00{nb}"

    def fill(templates: list[str], heads: list[str] | None = None) -> list[str]:
        return [
            s.replace("{a}", na).replace("{c}", nb).replace("{g}", written)
            for s in ctx.sentences(body, templates, heads or [])
        ]

    if ctx.fr:
        return Claim(
            [part],
            fill(
                [
                    "{a} devance {c} de {g}{w}",
                    "{a} a {g} d'avance sur {c}{w}",
                    "{W}, {a} devance {c} de {g}",
                ],
                ["{h} : {a} devance {c} de {g}"],
            ),
            clause=fill(["{a} devance {c} de {g}{w}"]),
            hedged=fill(["{a} devancerait {c} de {g}{w}", "{a} aurait {g} d'avance sur {c}{w}"]),
            future=fill(["{a} devancera {c} de {g}{w}"]),
        )
    return Claim(
        [part],
        fill(["{a} leads {c} by {g}{w}", "{a} beats {c} by {g}{w}"], ["{h}: {a} leads {c} by {g}"]),
        clause=fill(["{a} leads {c} by {g}{w}"]),
        hedged=fill(["{a} reportedly leads {c} by {g}{w}"]),
        future=fill(["{a} will beat {c} by {g}{w}"]),
    )


def qualification_claim(ctx: Context) -> Claim | None:
    """'Fillon éliminé', 'Macron qualifié pour le second tour' (round 1, national)."""
    if ctx.state.round != 1:
        return None
    order = ranked(ctx.national())
    c = ctx.candidates[ctx.rng.choice(order[:2] if ctx.rng.random() < 0.5 else order[:6])]
    qualified_ = ctx.rng.random() < 0.5
    n, e = ctx.name(c), c.e()

    def decide(f: Figures) -> str | None:
        label = ref.decide_qualified(f, c.id)
        return label if qualified_ else ref.negate(label)

    def decide_negated(f: Figures) -> str | None:
        return ref.negate(decide(f))

    what = "qualified" if qualified_ else "eliminated"
    part = Part("qualification", f"{what} {c.id}", decide, national=True)
    neg = Part("qualification", f"not {what} {c.id}", decide_negated, national=True, negated=True)
    if ctx.fr:
        if qualified_:
            return Claim(
                [part],
                [
                    f"{n} qualifié{e} pour le second tour",
                    f"{n} au second tour",
                    f"{n} se qualifie pour le second tour",
                ],
                clause=[f"{n} est qualifié{e} pour le second tour"],
                hedged=[f"{n} serait qualifié{e} pour le second tour"],
                negated=[f"{n} n'est pas qualifié{e} pour le second tour"],
                future=[f"{n} sera au second tour"],
                negated_parts=[neg],
                population_ok=False,
            )
        return Claim(
            [part],
            [
                f"{n} éliminé{e}",
                f"{n} éliminé{e} dès le premier tour",
                f"Pas de second tour pour {n}",
            ],
            clause=[f"{n} est éliminé{e}"],
            hedged=[f"{n} serait éliminé{e}"],
            negated=[f"{n} n'est pas éliminé{e}"],
            future=[f"{n} sera éliminé{e}"],
            negated_parts=[neg],
            population_ok=False,
        )
    if qualified_:
        return Claim(
            [part],
            [
                f"{n} qualifies for the runoff",
                f"{n} makes the runoff",
                f"{n} through to the second round",
            ],
            clause=[f"{n} has qualified for the runoff"],
            hedged=[f"{n} has reportedly qualified for the runoff"],
            negated=[f"{n} did not qualify for the runoff"],
            future=[f"{n} will make the runoff"],
            negated_parts=[neg],
            population_ok=False,
        )
    return Claim(
        [part],
        [f"{n} is eliminated", f"{n} knocked out in the first round"],
        clause=[f"{n} has been eliminated"],
        hedged=[f"{n} has reportedly been eliminated"],
        negated=[f"{n} is not eliminated"],
        future=[f"{n} will be eliminated"],
        negated_parts=[neg],
        population_ok=False,
    )


# ---- Compounds ----------------------------------------------------------------------------


def leader_with_share(ctx: Context) -> Claim | None:
    """'Le Pen en tête dans le Nord avec 28 %' / 'Macron leads in Paris with 35%'."""
    c = pick_candidate(ctx, ctx.rng.random() < 0.6)
    drawn = share_part(ctx, c, ("exact", "about", "nearly", "over"))
    if drawn is None:
        return None
    share, _, pct = drawn
    lead = Part("leader", f"leader {c.id}", lambda f: ref.decide_leader(f, c.id))
    n = ctx.name(c)
    if ctx.fr:
        plain = ctx.sentences(
            n,
            [
                f"{{b}} en tête{{w}} avec {pct}",
                f"{{b}} l'emporte{{w}} avec {pct} des voix",
                f"{{W}}, {{b}} arrive en tête avec {pct}",
            ],
            [f"{{h}} : {{b}} en tête avec {pct}"],
        )
    else:
        plain = ctx.sentences(
            n,
            [f"{{b}} leads{{w}} with {pct}", f"{{b}} comes first{{w}} with {pct} of the vote"],
            [f"{{h}}: {{b}} leads with {pct}"],
        )
    return Claim([lead, share], plain, population_ok=False)


def two_shares(ctx: Context) -> Claim | None:
    """'Paris : Macron 34,8 %, Fillon 26,5 %' / 'Macron 24%, Le Pen 21.3%'."""
    order = ranked(ctx.figures())
    first, second = sorted(ctx.rng.sample(range(min(5, len(order))), 2))
    texts, parts = [], []
    for i in (first, second):
        drawn = share_part(
            ctx, ctx.candidates[order[i]], ("exact", "exact", "about", "over", "under")
        )
        if drawn is None:
            return None
        parts.append(drawn[0])
        texts.append(f"{ctx.name(ctx.candidates[order[i]])} {drawn[2]}")
    body = ", ".join(texts)
    sep = " : " if ctx.fr else ": "
    plain = ctx.sentences(body, ["{b}{w}", "{W}, {b}"], [f"{{h}}{sep}{{b}}"])
    return Claim(parts, plain, population_ok=False)


def two_places(ctx: Context) -> Claim | None:
    """'Macron en tête à Paris et à Lyon' / 'Le Pen leads in the Nord and in the Aisne'."""
    other = draw_place(ctx.rng, ctx.state, exclude=ctx.place)
    first_where, other_where = ctx.where(), other.phrase(ctx.lang)[0]
    if not first_where or not other_where:
        return None
    c = pick_candidate(ctx, ctx.rng.random() < 0.6)
    n = ctx.name(c)
    parts = [
        Part("leader", f"leader {c.id}", lambda f: ref.decide_leader(f, c.id)),
        Part(
            "leader",
            f"leader {c.id} (second place)",
            lambda f: ref.decide_leader(f, c.id),
            place=other,
        ),
    ]
    if ctx.fr:
        text = f"{n} en tête{first_where} et {other_where}"
    else:
        text = f"{n} leads{first_where} and {other_where}"
    return Claim(parts, [text], population_ok=False)


def two_qualified(ctx: Context) -> Claim | None:
    """'Macron et Le Pen qualifiés pour le second tour'."""
    if ctx.state.round != 1:
        return None
    order = ranked(ctx.national())
    ids = order[:2] if ctx.rng.random() < 0.5 else ctx.rng.sample(order[:5], 2)
    cs = [ctx.candidates[i] for i in ids]
    parts = [
        Part(
            "qualification",
            f"qualified {c.id}",
            (lambda f, c=c: ref.decide_qualified(f, c.id)),
            national=True,
        )
        for c in cs
    ]
    names = [ctx.name(c) for c in cs]
    plural = "es" if all(c.female for c in cs) else "s"
    if ctx.fr:
        plain = [
            f"{names[0]} et {names[1]} qualifié{plural} pour le second tour",
            f"{names[0]} et {names[1]} au second tour",
        ]
    else:
        plain = [
            f"{names[0]} and {names[1]} go through to the runoff",
            f"{names[0]} and {names[1]} in the second round",
        ]
    return Claim(parts, plain, population_ok=False)


def rank_with_share(ctx: Context) -> Claim | None:
    """'Fillon troisième à Paris avec 20 %' / 'Le Pen second with 21.3%'."""
    count = len(ctx.candidates)
    if count < 3:
        return None
    position = ctx.rng.randint(1, min(count, 8) - 1)
    c = pick_candidate(ctx, ctx.rng.random() < 0.6, position)
    drawn = share_part(ctx, c, ("exact", "exact", "about", "over"))
    if drawn is None:
        return None
    share, _, pct = drawn
    rank = position + 1
    part = Part("rank", f"rank {c.id} {rank}/{count}", lambda f: ref.decide_rank(f, c.id, rank))
    n = ctx.name(c)
    if ctx.fr:
        plain = ctx.sentences(
            n,
            [f"{{b}} {ORDINALS_FR[rank]}{{w}} avec {pct}"],
            [f"{{h}} : {{b}} {ORDINALS_FR[rank]} avec {pct}"],
        )
    else:
        plain = ctx.sentences(
            n,
            [f"{{b}} {ORDINALS_EN[rank]}{{w}} with {pct}"],
            [f"{{h}}: {{b}} {ORDINALS_EN[rank]} with {pct}"],
        )
    return Claim([part, share], plain, population_ok=False)


SIMPLE_MAKERS: dict[str, Callable[[Context], Claim | None]] = {
    "leader": leader_claim,
    "percentage": percentage_claim,
    "votes": votes_claim,
    "measure": measure_claim,
    "rate": rate_claim,
    "rank": rank_claim,
    "ahead": ahead_claim,
    "gap": gap_claim,
    "qualification": qualification_claim,
}
SIMPLE_WEIGHTS = {
    "leader": 20,
    "percentage": 22,
    "votes": 8,
    "measure": 9,
    "rate": 8,
    "rank": 9,
    "ahead": 10,
    "gap": 8,
    "qualification": 8,
}
COMPOUND_MAKERS: dict[str, Callable[[Context], Claim | None]] = {
    "leader+share": leader_with_share,
    "two shares": two_shares,
    "two places": two_places,
    "two qualified": two_qualified,
    "rank+share": rank_with_share,
}


# ---- Posts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Post:
    """A generated post and its expected label."""

    state: str
    round: int
    lang: str
    text: str
    label: str
    note: str
    types: tuple[str, ...]
    mood: str


def draw_place(rng: random.Random, state: ref.State, exclude: Place | None = None) -> Place:
    """A place of the state's election, by weighted kind."""
    catalogue = places_2017() if state.election == "pr2017" else places_2011()
    weights = PLACE_WEIGHTS_2017 if state.election == "pr2017" else PLACE_WEIGHTS_2011
    kinds = [k for k in weights if catalogue.get(k)]
    while True:
        kind = rng.choices(kinds, [weights[k] for k in kinds])[0]
        place = rng.choice(catalogue[kind])
        unreported = all(ref.figures(state, a).reported == 0 for a in place.readings)
        if unreported and rng.random() < 0.5:
            continue  # on a partial night, favour places with some figures to decide on
        if place != exclude:
            return place


def part_label(state: ref.State, place: Place, part: Part) -> tuple[str | None, str]:
    """Label of a part over its place's readings, and the evidence; None if not decidable."""
    where = part.place or place
    areas = ("FR",) if part.national else where.readings
    labels: list[str] = []
    evidence = []
    for area in areas:
        fig = ref.figures(state, area)
        label = part.decide(fig)
        if label is None:
            return None, ""
        labels.append(label)
        evidence.append(f"{area}={label} [{summary(fig)}]")
    if not part.national and where.contested:
        # a mid-size homonym must not change the label: a reader may or may not think of it
        others = [part.decide(ref.figures(state, a)) for a in where.contested]
        if None in others or ref.agree(labels + others) != ref.agree(labels):  # type: ignore[operator]
            return None, ""
    return ref.agree(labels), "; ".join(evidence)


def summary(fig: Figures) -> str:
    """Short evidence: bureaux, R and the top counted figures."""
    if fig.total == 0:
        return "no figures"
    top = ", ".join(f"{c} {fig.votes[c]}" for c in ranked(fig)[:3])
    share = ""
    if fig.exprimes:
        share = (
            " ("
            + ", ".join(f"{100 * fig.votes[c] / fig.exprimes:.2f}%" for c in ranked(fig)[:3])
            + ")"
        )
    extra = f", votants {fig.votants}, exprimés {fig.exprimes}"
    if fig.inscrits is not None:
        extra += f", inscrits {fig.inscrits}, blancs {fig.blancs}, nuls {fig.nuls}"
    return f"{fig.reported}/{fig.total} bureaux, R={fig.remaining}: {top}{share}{extra}"


def parts_labels(
    state: ref.State, place: Place, parts: list[Part]
) -> tuple[list[str], list[str]] | None:
    """Labels and notes of parts, or None if one is not decidable."""
    labels, notes = [], []
    for part in parts:
        label, evidence = part_label(state, place, part)
        if label is None:
            return None
        labels.append(label)
        notes.append(f"{part.type}: {part.describe} -> {label} ({evidence})")
    return labels, notes


def que(clause: str) -> str:
    """'que' before a clause, elided before a vowel ('qu'il y a', 'qu'Emmanuel Macron')."""
    return f"qu'{clause}" if clause[:1].lower() in "aeiouéèêàâîôû" else f"que {clause}"


def render(rng: random.Random, claim: Claim, mood: str, lang: str) -> str | None:
    """The text of a claim in a mood, None if the claim has no phrasing for it."""
    fr = lang == "fr"
    pick = rng.choice
    if not claim.plain:
        return None
    if mood in ("plain", "compound"):
        return pick(claim.plain)
    if mood == "negated":
        return capitalize(pick(claim.negated)) if claim.negated and claim.negated_parts else None
    if mood == "hedged":
        if not claim.hedged and not claim.clause:
            return None
        if claim.hedged and rng.random() < 0.5:
            return capitalize(pick(claim.hedged))
        source = pick(SOURCES_FR if fr else SOURCES_EN)
        if claim.clause and rng.random() < 0.5:
            lead = f"Selon {source}, " if fr else f"According to {source}, "
            return lead + pick(claim.hedged or claim.clause)
        return (
            f"{pick(claim.plain)} (selon {source})" if fr else f"{pick(claim.plain)} (via {source})"
        )
    if mood == "question":
        if claim.clause and rng.random() < 0.4:
            return (
                f"C'est vrai {que(pick(claim.clause))} ?"
                if fr
                else f"Is it true that {pick(claim.clause)}?"
            )
        return f"{pick(claim.plain)} ?" if fr else f"{pick(claim.plain)}?"
    if mood == "prediction":
        if claim.future and rng.random() < 0.5:
            future = pick(claim.future)
            return (
                pick([f"Je le sens : {future}", f"{capitalize(future)}, j'en suis sûr"])
                if fr
                else pick([f"I predict {future}", f"My gut says {future}"])
            )
        return (
            pick(["Mon prono : ", "Pronostic : "])
            if fr
            else pick(["My prediction: ", "Prediction: "])
        ) + pick(claim.plain)
    if mood == "bet":
        if not claim.future:
            return None
        return (
            f"Je parie 10 € {que(pick(claim.future))}"
            if fr
            else f"I bet $10 that {pick(claim.future)}"
        )
    if mood == "population":
        if not claim.population_ok:
            return None
        population = pick(POPULATIONS_FR if fr else POPULATIONS_EN)
        text = pick(claim.plain)
        if rng.random() < 0.5 and ":" not in text:
            return f"{capitalize(population)}, {text}"
        return f"{text} {population}"
    if mood == "timeofday":
        return pick(claim.timeofday) if claim.timeofday else None
    raise ValueError(mood)


def draw_post(rng: random.Random, state: ref.State) -> Post | None:
    """One attempt at a post; None when the draw cannot be phrased or decided."""
    lang = "fr" if rng.random() < 0.6 else "en"
    place = draw_place(rng, state)
    mood = rng.choices(list(MOOD_WEIGHTS), list(MOOD_WEIGHTS.values()))[0]
    ctx = Context(rng, state, place, lang, candidates_of(state))
    if mood == "compound":
        name = rng.choice(list(COMPOUND_MAKERS))
        claim = COMPOUND_MAKERS[name](ctx)
    else:
        kinds = [k for k in SIMPLE_WEIGHTS if k != "qualification" or state.round == 1]
        if mood == "timeofday":
            kinds = ["measure", "rate"]
        name = rng.choices(kinds, [SIMPLE_WEIGHTS[k] for k in kinds])[0]
        claim = SIMPLE_MAKERS[name](ctx)
    if claim is None:
        return None
    text = render(rng, claim, mood, lang)
    if not text:
        return None
    parts = claim.negated_parts if mood == "negated" else claim.parts
    decided = parts_labels(state, place, parts)
    if decided is None:
        return None
    labels, notes = decided
    label = ref.combine(labels)
    if mood in UNPUBLISHED_MOODS:
        notes.append(f"{mood}: asserts no published result -> unconfirmed")
        label = UNCONFIRMED
    if place.ambiguous and not all(p.national for p in parts):
        notes.append(f"ambiguous place {place.fr_head!r}: readings {', '.join(place.readings)}")
    text = add_noise(rng, capitalize(text), lang, state)
    types = tuple(sorted({p.type for p in parts}))
    note = f"{mood}; " + " | ".join(notes)
    return Post(state.name, state.round, lang, text, label, note, types, mood)


# ---- Noise --------------------------------------------------------------------------------

TYPOS = {
    "fr": {
        "avec": "ave",
        "dans": "ds",
        "tête": "tete",
        "Mélenchon": "Mélanchon",
        "Fillon": "Fillion",
        "Le Pen": "Lepen",
        "Hamon": "Hammon",
        "pour": "pr",
        "second": "2nd",
    },
    "en": {
        "with": "wiht",
        "ahead": "ahaed",
        "Mélenchon": "Melanchon",
        "Fillon": "Fillion",
        "nationally": "nationaly",
        "Le Pen": "LePen",
    },
}
HANDLES = ["@franceinfo", "@LCI", "@MarieDurand", "@jblefevre", "@politique_fr", "@sophie_m"]
EMOJIS = ["🔥", "😮", "👏", "🗳️", "‼️", "🇫🇷", "😱", "💪"]


def strip_accents(text: str) -> str:
    """Drop the accents, as people typing fast do."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def add_noise(rng: random.Random, text: str, lang: str, state: ref.State) -> str:
    """Typos, missing accents, hashtags, @handles, emojis, URLs, upper case: none changes the meaning."""
    if rng.random() > 0.45:
        return text
    for op in rng.sample(
        ["typo", "accents", "hashtag", "handle", "emoji", "url", "upper", "bang"],
        rng.choice([1, 1, 2]),
    ):
        if op == "typo":
            words = [w for w in TYPOS[lang] if re.search(rf"\b{w}\b", text)]
            if words:
                w = rng.choice(words)
                text = re.sub(rf"\b{w}\b", TYPOS[lang][w], text, count=1)
        elif op == "accents":
            text = strip_accents(text)
        elif op == "hashtag":
            tags = (
                ["#Presidentielle2017", "#presidentielle", "#Elysee2017"]
                if state.election == "pr2017"
                else ["#primaires", "#primairePS"]
            )
            tags.append("#1erTour" if state.round == 1 else "#2ndTour")
            text = f"{text} {rng.choice(tags)}"
        elif op == "handle":
            handle = rng.choice(HANDLES)
            text = f"{handle} {text}" if rng.random() < 0.5 else f"{text} cc {handle}"
        elif op == "emoji":
            text = f"{text} {rng.choice(EMOJIS)}"
        elif op == "url":
            slug = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))
            text = f"{text} https://t.co/{slug}"
        elif op == "upper":
            text = text.upper()
        elif op == "bang" and not text.endswith("?"):
            text = text + (" !" if lang == "fr" else "!")
    return text


def generate(count: int, seed: int) -> list[Post]:
    """`count` posts, deterministic for a seed."""
    rng = random.Random(seed)
    states = {name: ref.load_state(name) for name in STATE_WEIGHTS}
    names = list(STATE_WEIGHTS)
    posts: list[Post] = []
    seen: set[tuple[str, str]] = set()
    while len(posts) < count:
        state = states[rng.choices(names, [STATE_WEIGHTS[n] for n in names])[0]]
        post = draw_post(rng, state)
        if post is None or (post.state, post.text) in seen:
            continue
        seen.add((post.state, post.text))
        posts.append(post)
    return posts
