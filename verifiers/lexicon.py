"""Verify stage: the gazetteer of candidates and places, compiled once, that finds them in text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from verifiers.standings import CandidateInfo, Place
from verifiers.vocabulary import KNOWN
from verifiers.word_villages import WORD_VILLAGES

NATIONAL = "FR"
OVERSEAS = "OM"
METROPOLE = "METRO"
ABROAD = "ZZ"
UNKNOWN_BUREAU = "?"

# Characters whose folded form is not their NFKD base letter; every fold keeps one character per
# character so that positions in the folded text are positions in the original.
_SPECIAL = {
    "’": "'",
    "‘": "'",
    "`": "'",
    "´": "'",
    "ʼ": "'",
    "‐": "-",
    "‑": "-",
    "–": "-",
    "—": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\u200a": " ",
    "œ": "o",
    "æ": "a",
    "ß": "s",
}
_FOLD_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    """Fold one character to a lower-case ASCII-ish character of the same length."""
    cached = _FOLD_CACHE.get(ch)
    if cached is not None:
        return cached
    out = _SPECIAL.get(ch)
    if out is None:
        low = ch.lower()
        if len(low) != 1:
            low = ch
        base = unicodedata.normalize("NFKD", low)[:1] or low
        out = base if base.isascii() else low
    _FOLD_CACHE[ch] = out
    return out


class _FoldTable(dict):
    """A str.translate table that folds each new character once, on first sight."""

    def __missing__(self, code: int) -> str:
        out = _fold_char(chr(code))
        self[code] = out
        return out


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip accents and unify dashes, quotes and spaces, keeping every position."""
    if text.isascii() and "`" not in text:
        return text.lower()  # most posts: no table lookups at all
    return text.translate(_FOLD_TABLE)


TOKEN = re.compile(r"[a-z0-9]+")
# How place names are shortened in posts: "St-Denis", "Seine-St-Denis", "Hte-Garonne".
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "hte": "haute", "htes": "hautes", "hts": "hauts"}

# Names that are also words ("l'aube", dawn; "allier", to ally): only with a capital, and the
# communes of the name stay readings.
WORD_NAMES = frozenset(("aube", "allier", "creuse", "landes", "meuse", "marne", "vienne"))
# Names that are also everyday words: in a post written in capitals, a word or the place?
WORDLIKE_NAMES = WORD_NAMES | frozenset(
    ("somme", "nord", "cher", "lot", "manche", "centre", "est", "ouest", "sud", "ma", "fh", "as")
)
# A place name that is also an everyday word is only recognised when written with a capital.
COMMON_WORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "de",
        "des",
        "du",
        "en",
        "et",
        "la",
        "le",
        "les",
        "un",
        "une",
        "sur",
        "sous",
        "dans",
        "par",
        "pour",
        "plus",
        "moins",
        "tour",
        "tours",
        "vote",
        "voix",
        "nord",
        "sud",
        "est",
        "ouest",
        "centre",
        "rang",
        "tete",
        "marine",
        "bleu",
        "rose",
        "cher",
        "lot",
        "var",
        "somme",
        "manche",
        "loire",
        "orne",
        "saint",
        "sainte",
        "mont",
        "bar",
        "eu",
        "y",
        "ay",
        "by",
        "ur",
        "us",
        "or",
        "sept",
        "dix",
        "cent",
        "mille",
        "gagne",
        "pays",
        "bureau",
        "selon",
        "entre",
        "avant",
        "apres",
        "ville",
        "prix",
        "mer",
        "champ",
        "bois",
        "vin",
        "pres",
        "environ",
        "encore",
        "tout",
        "tous",
        "toute",
        "toutes",
        "bien",
        "mais",
        "donc",
        "alors",
        "enfin",
        "aussi",
        "ici",
        "voila",
        "juste",
        "pile",
        "net",
        "nette",
        "premier",
        "premiere",
        "dernier",
        "derniere",
        "second",
        "seconde",
        "large",
        "score",
        "record",
        "total",
        "resultats",
        "macron",
        "pen",
        "fillon",
        "hamon",
        "poutou",
        "urne",
        "urnes",
        "ecart",
        "avance",
        "point",
        "points",
        "quelque",
        "deja",
        "sondage",
        "vers",
        "lieu",
        "chez",
    ]
)
# Every everyday word that names a place is as doubtful in capitals ("ALL OF US").
WORDLIKE_NAMES |= COMMON_WORDS

# Levels in the order a name shared by several places is resolved (first wins).
LEVEL_PRIORITY = {
    "national": 0,
    "group": 1,
    "zone": 2,
    "region": 4,
    "departement": 3,
    "constituency": 5,
    "country": 6,
    "city": 7,
    "commune": 8,
    "bureau": 9,
}
# Levels written with a capital letter in running text, whose lower-case use is ambiguous.
CAPITALISED_LEVELS = frozenset({"city", "commune", "bureau"})

ARTICLES = ("la ", "le ", "les ", "l'", "l ")
ARTICLE_WORDS = frozenset(("la", "le", "les", "l"))
# Places named with their article ("la Creuse", "le Val-d'Oise"); communes carry theirs in the name.
ARTICLE_LEVELS = frozenset(("departement", "region", "country"))

# Names every election shares, mapped to the store's area codes.
BUILTIN_PLACES: tuple[tuple[str, str, str], ...] = (
    (NATIONAL, "national", "au niveau national"),
    (NATIONAL, "national", "niveau national"),
    (NATIONAL, "national", "au national"),
    (NATIONAL, "national", "france entiere"),
    (NATIONAL, "national", "toute la france"),
    (NATIONAL, "national", "dans tout le pays"),
    (NATIONAL, "national", "en france"),
    (NATIONAL, "national", "nationally"),
    (NATIONAL, "national", "nationwide"),
    (NATIONAL, "national", "au plan national"),
    (NATIONAL, "national", "sur le plan national"),
    (NATIONAL, "national", "at national level"),
    (NATIONAL, "national", "at the national level"),
    (NATIONAL, "national", "across the country"),
    (NATIONAL, "national", "across france"),
    (NATIONAL, "national", "countrywide"),
    (OVERSEAS, "group", "outre mer"),
    (OVERSEAS, "group", "outremer"),
    (OVERSEAS, "group", "dom tom"),
    (OVERSEAS, "group", "les dom tom"),
    (OVERSEAS, "group", "ultramarins"),
    (OVERSEAS, "group", "ultramarines"),
    (OVERSEAS, "group", "overseas"),
    (OVERSEAS, "group", "overseas france"),
    (OVERSEAS, "group", "french overseas territories"),
    (ABROAD, "zone", "overseas"),  # "voters overseas": the overseas départements, or abroad?
    (METROPOLE, "group", "metropole"),
    (METROPOLE, "group", "en metropole"),
    (METROPOLE, "group", "l hexagone"),
    (METROPOLE, "group", "hexagone"),
    # "l'Hexagone" is mainland France, and often the whole country as people say it
    (NATIONAL, "national", "l hexagone"),
    (NATIONAL, "national", "hexagone"),
    (METROPOLE, "group", "mainland france"),
    (METROPOLE, "group", "france metropolitaine"),
    (METROPOLE, "group", "en france metropolitaine"),
    (METROPOLE, "group", "metropolitan france"),
    (ABROAD, "zone", "francais de l etranger"),
    (ABROAD, "zone", "francais de l'etranger"),
    (ABROAD, "zone", "francais a l etranger"),
    (ABROAD, "zone", "a l etranger"),
    (ABROAD, "zone", "l etranger"),
    (ABROAD, "zone", "etranger"),
    (ABROAD, "zone", "abroad"),
    (ABROAD, "zone", "hors de france"),
    (ABROAD, "zone", "expatries"),
    (ABROAD, "zone", "french abroad"),
    (ABROAD, "zone", "french residents abroad"),
    (ABROAD, "zone", "french voters abroad"),
    (ABROAD, "zone", "french citizens abroad"),
    (ABROAD, "zone", "abroad"),
    (ABROAD, "zone", "fde"),
    ("FE01", "constituency", "amerique du nord"),
    ("FE01", "constituency", "north america"),
    *(
        (f"FE{n:02d}", "constituency", f"{n}{suffix} constituency for french {who} abroad")
        for n, suffix in zip(range(1, 12), ("st", "nd", "rd", *["th"] * 8), strict=True)
        for who in ("residents", "voters", "citizens")
    ),
    ("75", "departement", "la capitale"),
    ("75", "departement", "paname"),
)

# English names of places whose French name the gazetteer holds (folded French name first).
EXONYMS: dict[str, tuple[str, ...]] = {
    "guyane": ("French Guiana",),
    "la reunion": ("Reunion", "Reunion Island"),
    "corse": ("Corsica",),
    "bretagne": ("Brittany",),
    "normandie": ("Normandy",),
    "bourgogne franche comte": ("Burgundy-Franche-Comte",),
    "provence alpes cote d'azur": ("Provence-Alpes-Cote d'Azur",),
    "hauts de france": ("Hauts-de-France",),
    "nouvelle caledonie": ("New Caledonia",),
    "polynesie francaise": ("French Polynesia",),
    "bruxelles": ("Brussels",),
    "londres": ("London",),
    "geneve": ("Geneva",),
    "moscou": ("Moscow",),
    "lisbonne": ("Lisbon",),
    "varsovie": ("Warsaw",),
    "pekin": ("Beijing",),
    "le caire": ("Cairo",),
    "marseille": ("Marseilles",),
    "lyon": ("Lyons",),
    "la nouvelle orleans": ("New Orleans",),
    "new york": ("New York City",),
    "etats unis": ("United States", "USA"),
    "royaume uni": ("United Kingdom", "UK", "Britain"),
    "allemagne": ("Germany",),
    "espagne": ("Spain",),
    "italie": ("Italy",),
    "suisse": ("Switzerland",),
    "belgique": ("Belgium",),
    "maroc": ("Morocco",),
    "algerie": ("Algeria",),
    "tunisie": ("Tunisia",),
    "chine": ("China",),
    "japon": ("Japan",),
    "bresil": ("Brazil",),
    "mexique": ("Mexico",),
    "liban": ("Lebanon",),
    "israel": ("Israel",),
    "pays bas": ("the Netherlands", "Netherlands"),
    "wallis et futuna": ("Wallis and Futuna",),
    "saint pierre et miquelon": ("Saint Pierre and Miquelon", "Saint-Pierre and Miquelon"),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One recognisable form: a candidate, a place or a code word."""

    kind: str  # candidate, place, coded
    key: str  # candidate id, area code, or the candidate id a code word stands for
    level: str = ""
    rank: int = 0  # lower wins when several entries share a form
    case_form: str = ""  # if set, the original text must show exactly this spelling
    capital: bool = False  # the original text must start with a capital letter
    form: str = ""  # the written form, to check every capitalised word ("Le Cap", not "le cap du")
    population: int = 0  # communes only; 0 when unknown


@dataclass(frozen=True, slots=True)
class Mention:
    """A lexicon entry found in a text, with its span in that text."""

    kind: str
    key: str
    start: int
    end: int
    level: str = ""
    # Other places the same written name can be (homonym communes, a commune and a département).
    alternatives: tuple[str, ...] = ()
    # A name that is also a word where its capitals tell them apart no longer: in a run of
    # capitals ("EN SOMME", "MA CANDIDATE"), or opening a sentence ("Cher Macron, bravo").
    shouted: bool = False


@dataclass
class Lexicon:
    """Candidates and places of one election, compiled into a phrase table over folded tokens."""

    candidates: tuple[CandidateInfo, ...]
    places: tuple[Place, ...]
    extra_coded: tuple[str, ...] = ()
    # The election's round dates ("2017-04-23", …): a post's other years and days are another
    # election or another round.
    round_dates: tuple[str, ...] = ()
    # The election's name ("Élection présidentielle 2017"): a post naming another kind of
    # election ("à la primaire", "aux législatives") speaks of other figures.
    election_name: str = ""
    _phrases: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict, repr=False)
    _firsts: dict[str, list[int]] = field(default_factory=dict, repr=False)  # phrase sizes
    _max_len: int = 1
    _places_by_code: dict[str, Place] = field(default_factory=dict, repr=False)
    _names: dict[str, str] = field(default_factory=dict, repr=False)
    _districts: dict[tuple[str, int], str] = field(default_factory=dict, repr=False)
    # The leading and trailing words of communes' names and the largest population they are
    # part of: "aix" of Aix-en-Provence (143,000 inhabitants), which people shorten to "Aix",
    # "billancourt" of Boulogne-Billancourt.
    _name_parts: dict[tuple[str, ...], int] = field(default_factory=dict, repr=False)
    _glued: tuple[str, ...] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        """Compile every form once."""
        self.candidates = tuple(self.candidates)
        self.places = tuple(self.places)
        for order, cand in enumerate(self.candidates):
            self._names[cand.id] = cand.name
            for form in candidate_forms(cand):
                case = form if _is_initials(form) else ""
                self._add(form, Entry("candidate", cand.id, "candidate", order, case_form=case))
            for word in cand.coded:
                self._add(word, Entry("coded", cand.id, "coded", -1))
        for word in self.extra_coded:
            self._add(word, Entry("coded", "", "coded", -1))
        for order, place in enumerate(self.places):
            self._places_by_code.setdefault(place.code, place)
            if place.level == "commune" and place.population:
                words = tuple(TOKEN.findall(fold(place.name)))
                for i in range(1, len(words)):
                    for part in (words[:i], words[i:]):  # "Aix", "Billancourt"
                        if self._name_parts.get(part, 0) < place.population:
                            self._name_parts[part] = place.population
            base = LEVEL_PRIORITY.get(place.level, 10) * 1_000_000 + order
            for form in place_forms(place):
                common = fold(form) in COMMON_WORDS
                if place.level in CAPITALISED_LEVELS and (
                    common or (fold(form) in KNOWN and place.population < MAJOR_TOWN)
                ):
                    continue  # a commune called "Près", "Vote" or "Still" is never meant
                capital = place.level in CAPITALISED_LEVELS or common or fold(form) in WORD_NAMES
                entry = Entry(
                    "place",
                    place.code,
                    place.level,
                    10_000_000 + base,
                    form
                    if _is_initials(form) and len(form) <= 3
                    else "",  # "US", not the commune "Us"
                    capital,
                    form,
                    place.population,
                )
                self._add(form, entry)
            # "Brittany" is the région only, never the villages called Bretagne.
            exonyms = () if place.level in CAPITALISED_LEVELS else EXONYMS.get(fold(place.name), ())
            for english in exonyms:
                self._add(english, replace(entry, capital=True, form=english))
            short = short_name(place)
            if short:
                self._add(short, replace(entry, capital=True, form=short))
            # Codes: "59", "2A", "R84"; only recognised through code_mention() patterns.
        for code, level, form in BUILTIN_PLACES:
            self._add(form, Entry("place", code, level, LEVEL_PRIORITY[level]))
        self._add_misspellings()
        self._add_near_towns()
        self._index_districts()
        for forms in self._phrases.values():
            forms.sort(key=lambda e: e.rank)

    def _add_near_towns(self) -> None:
        """A village one letter away from a large town ("Bourdeaux", "Colmars") may be the town
        misspelt: the town becomes a second reading of the village's name, never the first."""
        towns: dict[str, Place] = {}
        wider = set()  # names of départements and régions: "Mayenne" is no "Cayenne" misspelt
        for place in self.places:
            if place.level == "commune" and place.population >= MAJOR_TOWN:
                towns.setdefault(fold(place.name), place)
            elif place.level != "commune":
                wider.add(fold(place.name))
        index: dict[str, list[str]] = {}
        for name in towns:
            for variant in _one_less(name) | {name}:
                index.setdefault(variant, []).append(name)
        for order, place in enumerate(self.places):
            if place.level != "commune" or not 0 < place.population < SMALL_TOWN:
                continue
            name = fold(place.name)
            if len(name) < 6 or name in wider:
                continue
            near = {
                town
                for variant in _one_less(name) | {name}
                for town in index.get(variant, ())
                if town != name and _one_edit(name, town)
            }
            for town in sorted(near):
                found = towns[town]
                rank = 90_000_000 + order  # after every place of its own name
                entry = Entry("place", found.code, "commune", rank, "", True, place.name)
                self._add(place.name, replace(entry, population=found.population))

    def _add_misspellings(self) -> None:
        """One slip in a long one-word candidate name ("Fillion", "Melanchon", "Hammon").

        Only where the slip is no word the verifier knows and no form of anything else in the
        lexicon ("Marcon" is a commune), and capitalised: a reader takes "Fillion" for Fillon.
        """
        slips: dict[str, set[str]] = {}
        for cand in self.candidates:
            # A surname only: one slip from a first name is another one ("Marine" and
            # "Martine", "Karine"); and its first letter kept ("Millon" is no Fillon).
            surname = TOKEN.findall(fold(cand.name))[-1:]
            for form in candidate_forms(cand):
                tokens = TOKEN.findall(fold(form))
                if tokens == surname and len(tokens[0]) >= MISSPELT_FROM:
                    for slip in one_slip(tokens[0]):
                        if slip[0] == tokens[0][0]:
                            slips.setdefault(slip, set()).add(cand.id)
        for slip, ids in slips.items():
            taken = slip in KNOWN or slip in self._firsts or slip in NOT_SLIPS
            if len(ids) == 1 and len(slip) > MISSPELT_FROM and not taken:
                (key,) = ids
                # Written with a capital, as a name is: "une victoire royale" is no Royal.
                entry = Entry("candidate", key, "candidate", MISSPELT_RANK, "", True, slip)
                self._add(slip, replace(entry, form=slip.capitalize()))

    def _add(self, form: str, entry: Entry) -> None:
        """Register one written form of an entry."""
        tokens = tuple(TOKEN.findall(fold(form)))
        if not tokens:
            return
        bucket = self._phrases.setdefault(tokens, [])
        if any(e.kind == entry.kind and e.key == entry.key for e in bucket):
            return
        bucket.append(entry)
        sizes = self._firsts.setdefault(tokens[0], [])
        if len(tokens) not in sizes:
            sizes.append(len(tokens))
            sizes.sort(reverse=True)  # longest phrase first
        self._max_len = max(self._max_len, len(tokens))

    def candidate_name(self, candidate_id: str) -> str:
        """Display name of a candidate id."""
        return self._names.get(candidate_id, candidate_id)

    def district(self, town: str, number: int) -> str | None:
        """The code of a town's numbered arrondissement ("75056", 16 -> "75116"), if known."""
        return self._districts.get((town, number))

    def _index_districts(self) -> None:
        """Arrondissements by their town and number, read from their names."""
        for place in self.places:
            number = re.search(r"\d+", place.name) if place.level == "arrondissement" else None
            if number is None:
                continue
            k = int(number.group())
            self._districts[(place.parent, k)] = place.code
            town = self._places_by_code.get(place.parent)
            county = self._places_by_code.get(town.parent) if town else None
            if town and county and fold(county.name) == fold(town.name):
                self._districts[(county.code, k)] = place.code  # Paris the département too

    def place(self, code: str) -> Place | None:
        """The place of an area code, if the lexicon knows it."""
        return self._places_by_code.get(code)

    def inside(self, code: str, area: str) -> bool:
        """True when a place lies within an area (a commune within its département)."""
        for _ in range(4):
            if code == area:
                return True
            place = self._places_by_code.get(code)
            if place is None or not place.parent:
                return False
            code = place.parent
        return code == area

    def shortened(self, mention: Mention, folded: str) -> bool:
        """True for a commune's name that begins or ends a larger commune's ("Aix",
        "Billancourt"): people shorten the larger one's to it, so it may be either."""
        words = tuple(TOKEN.findall(folded[mention.start : mention.end]))
        larger = self._name_parts.get(words, 0)
        if not larger:
            return False
        readings = [self._places_by_code.get(k) for k in (mention.key, *mention.alternatives)]
        if any(r is None or r.level != "commune" for r in readings):
            return False
        return larger > max(r.population for r in readings if r is not None)

    def town_inside(self, link: str) -> bool:
        """True when a link's letters hold the name of a large town, a département or a région
        ("nicematin.com", "lyoncapitale.fr", "lavoixdunord.fr"): a local page, maybe."""
        if self._glued is None:
            self._glued = tuple(
                name
                for p in self.places
                if p.level in ("departement", "region")
                or (p.level == "commune" and p.population >= LINKED_TOWN)
                for name in [re.sub(r"[^a-z]", "", fold(p.name))]
                if len(name) >= 4 and name != "france"
            )
        letters = re.sub(r"[^a-z]", "", fold(link))
        return any(name in letters for name in self._glued)

    def has_place(self, code: str) -> bool:
        """True when an area code belongs to this lexicon."""
        return code in self._places_by_code or code in {NATIONAL, OVERSEAS, METROPOLE, ABROAD}

    def scan(self, original: str, folded: str | None = None) -> list[Mention]:
        """Every candidate, place and code word in a text, longest match first, left to right."""
        folded = fold(original) if folded is None else folded
        tokens = list(TOKEN.finditer(folded))
        words = [t.group() for t in tokens]
        if not ABBREVIATIONS.keys().isdisjoint(words):
            words = [ABBREVIATIONS.get(w, w) for w in words]
        firsts = self._firsts
        found: list[Mention] = []
        resume = 0  # the first token not taken by a phrase already found
        # Only tokens that begin some phrase are tried: most words of a post begin none.
        for i in [i for i, w in enumerate(words) if w in firsts]:
            if i < resume:
                continue
            match = self._match_at(words, tokens, i, original)
            if match is None:
                continue
            entry, entries, last, start, end = match
            others = self._other_readings(entry, entries, original, start, end)
            if words[i] in ARTICLE_WORDS and entry.kind == "place":
                # "Le Val-d'Oise", "La Creuse :": after its article, the name of a wider
                # place (said with the article) may be longer, or the same words as a village's.
                inner = self._match_at(words, tokens, i + 1, original)
                wider = inner is not None and inner[0].level in ARTICLE_LEVELS
                if wider and inner[2] > last:
                    continue
                if wider and inner[2] == last:
                    others = tuple(
                        dict.fromkeys(k for k in (*others, inner[0].key) if k != entry.key)
                    )
            shouted = (
                (entry.capital or bool(entry.case_form))
                and fold(original[start:end]) in WORDLIKE_NAMES
                and (
                    _shouted(original, start, end)
                    or (entry.kind == "place" and _opens_unset(original, start, end))
                )
            ) or self._weak_opener(entry, original, start, end)
            found.append(Mention(entry.kind, entry.key, start, end, entry.level, others, shouted))
            resume = last + 1
        found.extend(self._codes(folded, found))
        found.sort(key=lambda m: m.start)
        return found

    def _weak_opener(self, entry: Entry, original: str, start: int, end: int) -> bool:
        """True for a village, or a town's shortened name, opening a sentence before a comma, a
        colon or "podium": "Petit, 6 % pour Hamon", "Fort podium : …", "Sure: Fillon first"
        may open with a word; a reader is not sure a place is meant. A village whose name is no
        everyday word ("Montagnole :", "Saint-Michel-de-Chabrillanoux :") is named."""
        if entry.kind != "place" or entry.level != "commune":
            return False
        if not _opens_sentence(original, start):
            return False
        if not WEAK_OPENER_AFTER.match(original, end):
            return False
        place = self._places_by_code.get(entry.key)
        said = fold(original[start:end])
        full = place is not None and fold(place.name) == said
        return not full or (0 < entry.population < SMALL_TOWN and said in WORD_VILLAGES)

    def _match_at(
        self, words: list[str], tokens: list[re.Match[str]], i: int, original: str
    ) -> tuple[Entry, list[Entry], int, int, int] | None:
        """The longest phrase starting at token i that fits the spelling: its entry, the entries
        of its form, its last token and its span."""
        for size in self._firsts.get(words[i], ()) if i < len(words) else ():
            if size > len(words) - i:
                continue
            entries = self._phrases.get(tuple(words[i : i + size]))
            if not entries:
                continue
            start, end = tokens[i].start(), tokens[i + size - 1].end()
            entry = self._pick(entries, original, start, end)
            if entry is not None:
                return entry, entries, i + size - 1, start, end
        return None

    @staticmethod
    def _fits(entry: Entry, original: str, start: int, end: int) -> bool:
        """True when the original spelling satisfies the entry's case rules."""
        if entry.case_form and original[start:end] != entry.case_form:
            return False
        if entry.capital and not _capitals_match(entry.form, original, start, end):
            return False
        return entry.level != "commune" or _commune_context(original, start, end)

    @classmethod
    def _pick(cls, entries: list[Entry], original: str, start: int, end: int) -> Entry | None:
        """The best entry whose case rules the original spelling satisfies."""
        return next((e for e in entries if cls._fits(e, original, start, end)), None)

    @classmethod
    def _other_readings(
        cls, chosen: Entry, entries: list[Entry], original: str, start: int, end: int
    ) -> tuple[str, ...]:
        """The other places a careful reader could take a place name for, besides the chosen one.

        Every place of the name is a reading ("Valence", "Saint-Denis", "la Vienne": the
        département, the town, Vienna; "Montréal": the consulate and four French villages).
        """
        if chosen.kind != "place":
            return ()
        kept = [
            e.key
            for e in entries
            if e.kind == "place" and e.key != chosen.key and cls._fits(e, original, start, end)
        ]
        return tuple(dict.fromkeys(kept))

    def _codes(self, folded: str, taken: list[Mention]) -> list[Mention]:
        """Département codes written as "le 59", "dans le 2A", "(971)"."""
        out: list[Mention] = []
        if not _DIGIT.search(folded):
            return out  # every code holds a digit: a sentence without one skips the scan
        for m in DEPT_CODE.finditer(folded):
            code = m.group(1).upper()
            place = self._places_by_code.get(code)
            if place is None or any(t.start <= m.start(1) < t.end for t in taken):
                continue
            if m.group().startswith(("le", "du")) and code.isdigit() and int(code) <= 31:
                continue  # "le 23" is as much the 23rd of the month as the Creuse
            if m.group().startswith("(") and any(
                t.kind == "candidate"
                and t.end <= m.start()
                and not folded[t.end : m.start()].strip()
                for t in taken
            ):
                continue  # "Macron (24)": a figure or an age, not the Dordogne
            out.append(Mention("place", code, m.start(1), m.end(1), place.level))
        return out


# A town this large is still written by the first part of its compound name ("Évry").
MAJOR_TOWN = 20_000
SMALL_TOWN = 5_000  # a village people name seldom, next to a large town they name often


def _one_less(word: str) -> set[str]:
    """The word with one letter left out, each way."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """True when one letter added, left out, changed or two swapped turns a into b."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return short in _one_less(long)


# Towns whose name in a link's address makes the page a local one ("nicematin.com").
LINKED_TOWN = 50_000
MISSPELT_FROM = 5  # names this long are read through one slip, into forms longer than this
MISSPELT_RANK = 10**9  # a slip loses to any real form of the same spelling
# Words and names one slip from a candidate's: "Aubry leads in Holland", "Royale victoire".
NOT_SLIPS = frozenset(
    ("holland", "hollands", "royale", "royales", "royals", "macros", "aubrey", "micron")
)


def one_slip(word: str) -> set[str]:
    """Every spelling one letter away: dropped, doubled or changed, or two letters swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    out.discard(word)
    return out  # a commune this many times smaller than a large namesake is no reading


_DIGIT = re.compile(r"\d")
# "le 59", "du 59", "dans le 13", "(2A)"; not "le 39 %" nor "le 20 avril".
DEPT_CODE = re.compile(
    r"(?:\b(?:le|du|dans le|en|in the)\s+|\()(\d{2,3}|2a|2b)\b(?!\s*(?:\d|%|[,.]\d|pour|points?|pts|voix|"
    r"votes|avril|mai|octobre|janvier|h\b|heures?|ans|000|bureaux|m\b|k\b|mio|millions?))\)?"
)


_WORD = re.compile(r"[^\W_]+")


def _capitals_match(form: str, original: str, start: int, end: int) -> bool:
    """Every capitalised word of the place's name is capitalised in the text too."""
    written = _WORD.findall(original[start:end])
    if not written or not written[0][0].isupper():
        return False
    expected = _WORD.findall(form)
    if len(expected) != len(written):
        return True
    return all(w[0].isupper() for e, w in zip(expected, written, strict=True) if e[0].isupper())


def _shouted(original: str, start: int, end: int) -> bool:
    """True for a name in capitals beside another word in capitals ("AU NORD", "MA CANDIDATE")."""
    if not original[start:end].isupper():
        return False
    before = _WORD.findall(original[max(0, start - 30) : start])
    after = _WORD.findall(original[end : end + 30])
    # "BY A LOT": a one-letter word is no evidence either way; the next one is.
    near = [w for w in before if len(w) >= 2][-1:] + [w for w in after if len(w) >= 2][:1]
    return any(w.isupper() for w in near)


def _opens_unset(original: str, start: int, end: int) -> bool:
    """True for a name that is also a word, opening its sentence without being set off: "Cher
    Macron, bravo" greets, "Somme toute, …" sums up; "Cher : …" and "Nord vote Le Pen" name."""
    opening = max(original.rfind(mark, 0, start) for mark in ".!?\n") + 1
    return not _commune_context(original[opening:], start - opening, end - opening)


def _commune_context(original: str, start: int, end: int) -> bool:
    """A commune opening a sentence must be set off ("Toulouse : ...", "Lille, ...") or be the
    subject of a voting verb ("Nice vote Le Pen", "Versailles went 43 % for Macron")."""
    if original[:start].strip(" \t\"'«(#@-"):
        return True
    after = original[end:]
    return (
        # "Montréal 🇫🇷 :": a flag between the name and its colon
        FLAGS_BEFORE.sub("", after)[:1] in (":", ",", "(", "-", "–", "—", "")
        or after.startswith(("'s", "’s"))  # "Nice's result", "Mayenne's"
        or bool(VOTING_SUBJECT.match(fold(after)))
        or bool(WIDER_NAME_AFTER.match(after))
        or bool(DISTRICT_NAME_AFTER.match(after))
        or bool(LEVEL_NAME_AFTER.match(fold(after)))
    )


FLAGS_BEFORE = re.compile(r"^(?:\s|[\U0001F1E6-\U0001F1FF]{2})*")
# A comma, a colon, a dash set off by a space ("Mouais - Hamon", not "Fort-de-France") or "podium".
WEAK_OPENER_AFTER = re.compile(r"\s*(?:[,:–—]|(?i:podium)\b)|\s+-")
# What may come before the first word of a sentence: marks, bullets, handles, tags, links.
OPENING_NOISE = re.compile(r"(?:[^\w@#]|[@#]\w+|https?://\S+)*")


def _opens_sentence(original: str, start: int) -> bool:
    """True when nothing but marks, bullets, handles, tags or links comes before a position
    since its sentence or clause began (after ". ! ? : ; ,", a line break or an emoji): "•
    Mouais, …", "@BFMTV Sure, …", "Hamon à 6,4 % 😬 Mouais, dur", "Correction : Mouais, …"."""
    prefix = original[max(original.rfind(m, 0, start) for m in ".!?\n:;,") + 1 : start]
    symbol = max((i for i, ch in enumerate(prefix) if unicodedata.category(ch) == "So"), default=-1)
    return OPENING_NOISE.fullmatch(prefix, symbol + 1) is not None


# "Marseille 13e : …": a town opening a sentence with the number of one of its districts.
DISTRICT_NAME_AFTER = re.compile(r"\s*\d{1,2}\s?(?:e|eme|er|st|nd|rd|th)\b")
# "Creuse département : …", "Nord (département)", "Réunion island": a name followed by its level.
# Not "Vienne (département de l'Isère)": the level of another place, whose town this is.
LEVEL_NAME_AFTER = re.compile(
    r"\s*\(?\s*(?:departement|department|region|island)\b(?!\s*(?:de|du|des|d'|of)\b)"
)
# "Saint-Denis de La Réunion : …": a town opening a sentence, named with its wider place.
WIDER_NAME_AFTER = re.compile(r"\s+(?:de|du|d')\s*(?:la |le |l')?[A-ZÉÈÎ]")


# A place that votes for a candidate, in folded text: "Nice vote Le Pen", "The Var went to Le Pen".
PLACE_VOTES_RE = re.compile(
    r"\b(?:votent|vote|a vote|ont vote|voted|votes|went(?: for| to)?|goes(?: to| for)?|go to|"
    r"flips to|flipped to|a choisi|"
    r"ont choisi|choisit|choisissent|chose|basculent (?:pour|vers)|bascule (?:pour|vers)|"
    r"a bascule (?:pour|vers)|plebiscite\w*|backed|backs|swung to|swings to)\b"
)
# A town opening a sentence as the subject of its vote, or of a share it gives: the town is
# meant, not a word ("Nice vote Le Pen", "Paris gave Macron 95 %").
VOTING_SUBJECT = re.compile(
    r"\s+(?:et\s+\S+\s+)?(?:"
    + PLACE_VOTES_RE.pattern
    + r"|\b(?:went|goes|go|gave|gives|donne|donnent|a donne|place|placent|bascule|basculent|"
    r"a bascule|sided|swung|swings)\b)"
)


def _is_initials(form: str) -> bool:
    """True for short all-capital aliases ("FH", "MA") that are ordinary words in lower case."""
    letters = form.replace(".", "")
    return len(letters) <= 4 and letters.isalpha() and letters.isupper()


def candidate_forms(cand: CandidateInfo) -> list[str]:
    """Full name, surname and every alias of a candidate."""
    forms = [cand.name, *cand.aliases]
    parts = cand.name.split()
    if len(parts) >= 2:
        forms.append(" ".join(parts[1:]))
    # Epithets lose their article after a preposition: "au député de Saône-et-Loire".
    for alias in cand.aliases:
        low = fold(alias)
        for art in ARTICLES:
            rest = alias[len(art) :]
            if low.startswith(art) and len(rest.split()) >= 2:
                forms.append(rest)
    return [f for f in forms if f.strip()]


def short_name(place: Place) -> str:
    """The first part of a town's compound name, which people still write alone.

    "Évry" for Évry-Courcouronnes (merged in 2019), "Clermont" for Clermont-Ferrand: each is a
    reading beside any commune of that very name, so neither is ever taken alone.
    """
    if place.level != "commune" or place.population < MAJOR_TOWN or "-" not in place.name:
        return ""
    if "-sur-" in place.name:  # "Saint-Ouen" for Saint-Ouen-sur-Seine (renamed in 2018)
        return place.name.split("-sur-")[0]
    first = place.name.split("-")[0]
    if len(first) < 4 or fold(first) in ("saint", "sainte", "port", "pont", "mont", "bois"):
        return ""
    return first


def article_of(folded: str) -> str:
    """The article a folded name opens with ("les " of "les abymes"), or ""."""
    return next((art for art in ARTICLES if folded.startswith(art)), "")


def place_forms(place: Place) -> list[str]:
    """A place's name and aliases, with and without a leading article."""
    forms = []
    for name in (place.name, *place.aliases):
        forms.append(name)
        low = fold(name)
        for art in ARTICLES:
            if low.startswith(art) and len(low) > len(art) + 3:
                forms.append(name[len(art) :])
    return forms


def build_lexicon(
    candidates: Iterable[CandidateInfo],
    places: Iterable[Place],
    coded: Iterable[str] = (),
    round_dates: Iterable[str] = (),
    election_name: str = "",
) -> Lexicon:
    """Compile a lexicon from the store's candidates and gazetteer."""
    return Lexicon(
        tuple(candidates), tuple(places), tuple(coded), tuple(round_dates), election_name
    )
