"""Store stage: the geography of French elections: area codes, names, and the tree results add up.

Pure Python over data files (INSEE's COG under data/cog/, the consular cities under
data/geography/abroad.csv): no Flask, no database, so the store and the verifier's lexicon can
both use it. Area codes are fixed: "FR"; régions "R84"; départements and overseas collectivities
by INSEE code ("59", "2A", "971", "987"); "ZZ" abroad, "FE01".."FE11" its constituencies, "FE-CA"
its countries, "ZZ139" its consular cities; communes by INSEE code ("59350"), the arrondissements
of Paris, Lyon and Marseille too ("75116", under their city); groups "OM", "METRO".
"""

from __future__ import annotations

import csv
import functools
import gzip
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"

NATIONAL = "FR"
ABROAD = "ZZ"
OVERSEAS = "OM"
METROPOLE = "METRO"

# The Ministry's letter codes for overseas départements and collectivities -> INSEE codes.
# ZX (Saint-Martin / Saint-Barthélemy) is split by commune, see `ministry_to_insee_dept`.
MINISTRY_OVERSEAS = {
    "ZA": "971",
    "ZB": "972",
    "ZC": "973",
    "ZD": "974",
    "ZM": "976",
    "ZN": "988",
    "ZP": "987",
    "ZS": "975",
    "ZW": "986",
}
_ZX_BY_FIRST_DIGIT = {"7": "977", "8": "978"}

# Overseas départements that are also régions, and collectivities that hang straight off FR.
DROM = ("971", "972", "973", "974", "976")
COLLECTIVITIES = ("975", "977", "978", "986", "987", "988")

# The 11 constituencies of the French abroad (2010 map): short names people use for them.
CONSTITUENCIES = {
    1: "Amérique du Nord",
    2: "Amérique latine et Caraïbes",
    3: "Europe du Nord",
    4: "Benelux",
    5: "Péninsule ibérique et Monaco",
    6: "Suisse et Liechtenstein",
    7: "Europe centrale et Balkans",
    8: "Europe du Sud, Israël et Turquie",
    9: "Maghreb et Afrique de l'Ouest",
    10: "Afrique centrale, australe et orientale, Proche et Moyen-Orient",
    11: "Europe de l'Est, Asie et Océanie",
}

# Paris, Lyon and Marseille: the INSEE code of the city -> the base of its arrondissements'
# INSEE codes and how many it has (75101..75120, 69381..69389, 13201..13216).
ARRONDISSEMENTS = {"75056": (75100, 20), "69123": (69380, 9), "13055": (13200, 16)}
ARRONDISSEMENT = "arrondissement"  # their areas' level: a breakdown of the city, under it

# Extra names for static areas: what people write in posts for these places.
_EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    NATIONAL: (
        "France entière",
        "toute la France",
        "l'ensemble de la France",
        "au niveau national",
        "niveau national",
        "national",
        "nationally",
        "nationwide",
    ),
    OVERSEAS: (
        "outre-mer",
        "l'outre-mer",
        "DOM-TOM",
        "DOM TOM",
        "les Outre-mer",
        "ultramarins",
        "territoires ultramarins",
        "overseas France",
    ),
    METROPOLE: ("métropole", "l'Hexagone", "France métropolitaine", "metropolitan France"),
    ABROAD: (
        "les Français de l'étranger",
        "l'étranger",
        "à l'étranger",
        "Français établis hors de France",
        "hors de France",
        "expatriés",
        "abroad",
        "French abroad",
        "French citizens abroad",
    ),
    "75056": ("la capitale", "Paris intra-muros", "Paname"),
    # Not "Tahiti", "Provence", "Angleterre": a part of the area, whose figures are not its own.
    "987": ("Polynésie", "French Polynesia"),
    "988": ("Calédonie", "New Caledonia", "le Caillou"),
    "974": ("Réunion", "l'île de la Réunion"),
    "977": ("Saint-Barth", "St-Barth", "St Barth"),
    "975": ("SPM", "Saint-Pierre", "Saint-Pierre et Miquelon"),
    "R94": ("la Corse", "Corsica"),
    "R93": ("PACA", "Provence-Alpes-Côte d'Azur"),
    "R11": ("IDF", "Île-de-France", "la région parisienne", "Paris Region", "the Paris region"),
    "FE-US": ("USA", "US", "the US", "États-Unis", "the United States", "United States of America"),
    "FE-GB": ("UK", "Grande-Bretagne", "Great Britain", "Britain"),
    "FE-CH": ("Switzerland", "la Suisse"),
    "FE-CD": ("RDC", "RD Congo", "Congo-Kinshasa", "DR Congo"),
    "FE-CG": ("Congo-Brazzaville", "République du Congo"),
    "FE-CZ": ("Tchéquie", "Czechia"),
    "FE-MK": ("Macédoine", "Macedonia"),
    "FE-AE": ("Émirats", "EAU", "UAE"),
    "FE-NL": ("Hollande", "Holland"),
    "FE-KR": ("Corée", "Korea"),
    "FE-MM": ("Myanmar", "Burma"),
    "FE-BY": ("Bélarus",),
}

# English country names that more often mean something else in a post about French votes
# ("Georgia": the consulate in Atlanta is there).
_AMBIGUOUS = {"georgia"}

_APOSTROPHES = "'’ʼ‘`´"
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_TRAILING_ARTICLE = re.compile(r"\s*\((le|la|les|l')\)\s*$", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:le|la|les|l) ")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


@functools.lru_cache(maxsize=262_144)
def normalise(name: str) -> str:
    """A search key: lowercase ASCII words, no leading article ("la Corrèze" -> "correze")."""
    text = _TRAILING_ARTICLE.sub("", name.strip().translate(_LIGATURES))
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    for mark in _APOSTROPHES:
        ascii_text = ascii_text.replace(mark, " ")
    words = _NOT_WORD.sub(" ", ascii_text).split()
    key = " ".join(_ABBREVIATIONS.get(w, w) for w in words)
    stripped = _LEADING_ARTICLE.sub("", key)
    # A name that is nothing but an article ("La") keeps it rather than becoming "".
    return stripped or key


def tidy_name(name: str) -> str:
    """A published name made presentable: "Assions (Les)" -> "Les Assions", spaces trimmed."""
    name = " ".join(name.split())
    match = _TRAILING_ARTICLE.search(name)
    if match is None:
        return name
    article = match.group(1)
    head = name[: match.start()].strip()
    article = article[0].upper() + article[1:].lower()
    return f"{article}{head}" if article.endswith("'") else f"{article} {head}"


def departement_of_insee(code: str) -> str | None:
    """The département (or collectivity) of an INSEE commune code: "97101" -> "971"."""
    code = code.strip().upper()
    if len(code) != 5:
        return None
    if code[:2] in ("97", "98"):
        return code[:3] if code[2].isdigit() else None
    if code[:2] in ("2A", "2B") or code[:2].isdigit():
        return code[:2] if code[2:].isdigit() else None
    return None


def ministry_to_insee_dept(code: str, commune: str = "") -> str | None:
    """The area code of a Ministry département code: "ZA" -> "971", "075" -> "75", "ZZ" -> "ZZ".

    "ZX" (Saint-Martin and Saint-Barthélemy together) needs the commune code to decide
    ("701" -> "977", "801" -> "978"); without it the answer is None.
    """
    code = code.strip().upper()
    if code in MINISTRY_OVERSEAS:
        return MINISTRY_OVERSEAS[code]
    if code == "ZX":
        return _ZX_BY_FIRST_DIGIT.get(commune.strip()[:1])
    if code == ABROAD:
        return ABROAD
    if len(code) == 3 and code.startswith("0") and code != "0":
        code = code[1:]  # the XML feed's three-character codes: "075", "02A"
    if len(code) == 1 and code.isdigit():
        code = f"0{code}"
    if (len(code) == 2 and code.isdigit() and code not in ("00", "20", "96", "97", "98", "99")) or (
        code in ("2A", "2B")
    ):
        return code
    if code in DROM or code in COLLECTIVITIES:
        return code
    return None


@dataclass(frozen=True)
class AreaDef:
    """An area results add up to, with its parent in the breadcrumb tree."""

    code: str
    level: str
    name: str
    parent: str | None
    insee: str | None = None
    members: tuple[str, ...] | None = None  # a group area: the areas it unites
    aliases: tuple[str, ...] = ()
    population: int = 0  # communes: residents (COG), so a village never shadows a city


@dataclass(frozen=True)
class Placement:
    """Where a commune of a results file sits: its area and every area its bureaux count in."""

    commune: AreaDef
    ancestors: tuple[str, ...]  # from the commune itself up to "FR", groups included


@dataclass(frozen=True)
class ConsularCity:
    """A consular city abroad, as compiled in data/geography/abroad.csv."""

    code: str  # the Ministry's 3-digit commune code in département ZZ
    libelle: str  # the name as the Ministry's file writes it
    name: str
    name_en: str
    constituency: int
    country: str  # ISO 3166 alpha-2
    country_fr: str
    country_en: str


_CACHE: dict[Path, Geography] = {}


_MEMO_SIZE = 4096  # placements remembered (see Geography.place)


class Geography:
    """Every area code, name and parent, and the placement of any commune of a results file."""

    def __init__(
        self,
        departements: list[dict],
        regions: list[dict],
        communes: list[dict],
        cities: list[ConsularCity],
    ) -> None:
        """Build the tables once; `Geography.load` is the usual way in."""
        self._dept_region: dict[str, str] = {}
        self._static: dict[str, AreaDef] = {}
        self._communes: dict[str, list[tuple[str, str]]] = {}
        # Today's communes and arrondissements: code, name, parent, population, level.
        self._current: list[tuple[str, str, str | None, int, str]] = []
        self._commune_keys: dict[str, list[str]] = {}
        self._cities = {c.code: c for c in cities}
        self._city_keys: dict[str, str] = {}
        self._memo: dict[tuple[str, str, str, str], Placement] = {}
        self._aliases: dict[str, str] = {}
        self._alias_forms: dict[str, list[str]] = {}
        self._index_communes(communes)
        self._build_static(departements, regions, cities)
        self._build_aliases(cities)

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Geography:
        """The geography of the project's data folder, read once per process and then cached."""
        root = Path(data_dir or DEFAULT_DATA_DIR).resolve()
        if root not in _CACHE:
            cog = root / "cog"
            with gzip.open(cog / "communes.json.gz", "rt", encoding="utf-8") as fh:
                communes = json.load(fh)
            _CACHE[root] = cls(
                json.loads((cog / "departements.json").read_text(encoding="utf-8")),
                json.loads((cog / "regions.json").read_text(encoding="utf-8")),
                communes,
                read_abroad(root / "geography" / "abroad.csv"),
            )
        return _CACHE[root]

    # -- building -------------------------------------------------------------------------

    def _index_communes(self, communes: list[dict]) -> None:
        """code -> [(name, COG type)], and search key -> codes of current communes."""
        for row in communes:
            code, name, kind = row["code"], row["nom"], row.get("type", "commune-actuelle")
            self._communes.setdefault(code, []).append((name, kind))
            if kind in ("commune-actuelle", "arrondissement-municipal"):
                self._commune_keys.setdefault(normalise(name), []).append(code)
                population = row.get("population") or 0
                if kind == "commune-actuelle":
                    entry = (code, name, row.get("departement"), population, "commune")
                else:  # an arrondissement of Paris, Lyon or Marseille: under its city
                    name = arrondissement_name(name)
                    entry = (code, name, row.get("commune"), population, ARRONDISSEMENT)
                self._current.append(entry)
        self._current.sort(key=lambda c: -c[3])

    def _add(self, area: AreaDef) -> None:
        """Record a static area."""
        self._static[area.code] = area

    def _build_static(
        self, departements: list[dict], regions: list[dict], cities: list[ConsularCity]
    ) -> None:
        """FR, régions, départements, groups, then the abroad tree, parents before children."""
        self._add(AreaDef(NATIONAL, "national", "France", None, aliases=_EXTRA_ALIASES[NATIONAL]))
        for reg in sorted(regions, key=lambda r: r["code"]):
            if len(reg["code"]) == 2:  # 975, 977…: collectivities, not régions
                self._add(
                    AreaDef(f"R{reg['code']}", "region", reg["nom"], NATIONAL, insee=reg["code"])
                )
        metro: list[str] = []
        overseas: list[str] = []
        for dep in sorted(departements, key=lambda d: (len(d["code"]), d["code"])):
            code = dep["code"]
            if code in COLLECTIVITIES:
                parent = NATIONAL
                overseas.append(code)
            elif code in DROM:
                parent = f"R{dep['region']}"
                overseas.append(code)
            elif len(code) == 2:
                parent = f"R{dep['region']}"
                metro.append(code)
            else:
                continue  # 984 (TAAF), 989 (Clipperton): no voters of their own
            self._dept_region[code] = parent
            self._add(AreaDef(code, "departement", dep["nom"], parent, insee=code))
        self._add(
            AreaDef(
                OVERSEAS,
                "group",
                "Outre-mer",
                NATIONAL,
                members=tuple(sorted(overseas)),
                aliases=_EXTRA_ALIASES[OVERSEAS],
            )
        )
        self._add(
            AreaDef(
                METROPOLE,
                "group",
                "France métropolitaine",
                NATIONAL,
                members=tuple(metro),
                aliases=_EXTRA_ALIASES[METROPOLE],
            )
        )
        self._add(
            AreaDef(
                ABROAD, "zone", "Français de l'étranger", NATIONAL, aliases=_EXTRA_ALIASES[ABROAD]
            )
        )
        for number, region in CONSTITUENCIES.items():
            ordinal = "1re" if number == 1 else f"{number}e"
            self._add(
                AreaDef(
                    constituency_code(number),
                    "constituency",
                    f"{ordinal} circonscription des Français de l'étranger",
                    ABROAD,
                    aliases=(region, f"Français de l'étranger {number}"),
                )
            )
        for city in sorted(cities, key=lambda c: c.country):
            code = country_code(city.country)
            if code in self._static:
                continue
            extra = _EXTRA_ALIASES.get(code, ())
            english = () if normalise(city.country_en) in _AMBIGUOUS else (city.country_en,)
            names = tuple(dict.fromkeys(n for n in (*english, *extra) if n))
            self._add(
                AreaDef(
                    code,
                    "country",
                    city.country_fr,
                    constituency_code(city.constituency),
                    aliases=names,
                )
            )

    def _alias(self, form: str, code: str) -> None:
        """Record an extra name for an area, unless the name already means another area."""
        key = normalise(form)
        if self._aliases.setdefault(key, code) == code:
            forms = self._alias_forms.setdefault(code, [])
            if form not in forms:
                forms.append(form)

    def _build_aliases(self, cities: list[ConsularCity]) -> None:
        """Extra names: static areas' own, a few communes', consular cities' other spellings."""
        taken = {normalise(a.name) for a in self._static.values()} | set(self._commune_keys)
        taken |= {normalise(c.name) for c in cities}
        for area in self._static.values():
            for alias in area.aliases:
                self._alias(alias, area.code)
        for code, names in _EXTRA_ALIASES.items():
            # Static areas built without their extra names, and communes (Paris), named here.
            for alias in names:
                self._alias(alias, code)
        self._alias("Paris", "75056")  # the commune, not the homonymous département: same bureaux
        for city in cities:
            code = city_code(city.code)
            self._city_keys[normalise(city.name)] = code
            self._city_keys.setdefault(normalise(city.libelle), code)
            self._city_keys.setdefault(normalise(city.name_en), code)
            for other in (city.libelle, city.name_en):
                # "Vienna" may name Vienna; "Vienne" stays the département's, Vienna's own
                # French name being found through `codes_for` only.
                if normalise(other) not in taken:
                    self._alias(other, code)

    # -- the API --------------------------------------------------------------------------

    def static_areas(self) -> list[AreaDef]:
        """Areas that exist before any bureau: FR, régions, départements, groups, abroad tree."""
        return list(self._static.values())

    def area(self, code: str) -> AreaDef | None:
        """A static area by its code (None for communes and consular cities)."""
        return self._static.get(code)

    def aliases(self) -> dict[str, str]:
        """Extra names for places, normalised ("capitale" -> "75056", "dom tom" -> "OM")."""
        return dict(self._aliases)

    def alias_forms(self) -> dict[str, tuple[str, ...]]:
        """The same extra names as written, by area code, for a gazetteer that folds its own."""
        return {code: tuple(forms) for code, forms in self._alias_forms.items()}

    def codes_for(self, name: str) -> tuple[str, ...]:
        """Every area a name may mean: alias, static area, consular city, then communes."""
        key = normalise(name)
        found: list[str] = []
        if key in self._aliases:
            found.append(self._aliases[key])
        found += [a.code for a in self._static.values() if normalise(a.name) == key]
        if key in self._city_keys:
            found.append(self._city_keys[key])
        found += self._commune_keys.get(key, [])
        return tuple(dict.fromkeys(found))

    def gazetteer(self) -> list[AreaDef]:
        """Every nameable place, most important first (the verifier keeps the first on a clash).

        Static areas, then the consular cities (level "city": "Montréal" in a post about the
        French abroad is the consulate, not the Ardèche village), then today's communes by
        population, whether or not any bureau of theirs has reported, the arrondissements of
        Paris, Lyon and Marseille among them (level "arrondissement", under their city).
        """
        forms = self.alias_forms()
        places = [
            AreaDef(a.code, a.level, a.name, a.parent, a.insee, a.members, forms.get(a.code, ()))
            for a in self._static.values()
        ]
        for city in self._cities.values():
            code = city_code(city.code)
            names = tuple(dict.fromkeys((city.libelle, city.name_en, *forms.get(code, ()))))
            places.append(
                AreaDef(
                    code,
                    "city",
                    city.name,
                    country_code(city.country),
                    aliases=tuple(n for n in names if n and n != city.name),
                )
            )
        for code, name, parent, population, level in self._current:
            places.append(
                AreaDef(
                    code,
                    level,
                    name,
                    parent,
                    insee=code,
                    aliases=forms.get(code, ()),
                    population=population,
                )
            )
        return places

    def bureau_arrondissement(self, commune: str, bureau: str) -> AreaDef | None:
        """The arrondissement a bureau of Paris, Lyon or Marseille is in, or None elsewhere.

        The Ministry numbers these cities' bureaux by arrondissement: "1601" is the 16th's first.
        A code of another shape (another authority's numbering) is left to the city alone.
        """
        city = ARRONDISSEMENTS.get(commune)
        if city is None or len(bureau) != 4 or not bureau.isdigit():
            return None
        number = int(bureau[:2])
        if not 1 <= number <= city[1]:
            return None
        return self._arrondissement(commune, number)

    def city(self, code: str) -> ConsularCity | None:
        """A consular city by the Ministry's 3-digit code."""
        return self._cities.get(code)

    def map_code(self, area_code: str) -> str | None:
        """The `code` property of the area's outline in data/geo/*.geojson, if it has one."""
        if area_code in self._dept_region:
            # the map files have the metropolitan and the five DROM départements only
            return area_code if area_code not in COLLECTIVITIES else None
        if area_code.startswith("R") and area_code in self._static:
            region = area_code[1:]
            if region.startswith("0"):
                # an overseas région is one département: its outline is the département's
                members = [d for d, r in self._dept_region.items() if r == area_code]
                return members[0] if len(members) == 1 else None
            return region
        return None

    def place(
        self, departement: str, commune: str, name: str, circonscription: str = ""
    ) -> Placement:
        """The area of a (Ministry département, commune) pair and every area it counts in."""
        key = (departement, commune, name, circonscription)
        placed = self._memo.get(key)
        if placed is None:
            placed = self._place(
                departement.strip().upper(),
                commune.strip().upper(),
                name.strip(),
                circonscription.strip(),
            )
            if len(self._memo) >= _MEMO_SIZE:
                # Files list a commune's bureaux together: a small memo gets every repeat, and
                # a national file's 36,000 placements are not all kept for the process's life.
                self._memo.clear()
            self._memo[key] = placed
        return placed

    # -- placing --------------------------------------------------------------------------

    def _up_from(self, dept: str) -> tuple[str, ...]:
        """The codes above a département, up to FR: ("R32", "METRO", "FR")."""
        parent = self._dept_region[dept]
        group = OVERSEAS if dept in DROM or dept in COLLECTIVITIES else METROPOLE
        if parent == NATIONAL:
            return (dept, group, NATIONAL)
        return (dept, parent, group, NATIONAL)

    def _place(self, departement: str, commune: str, name: str, circonscription: str) -> Placement:
        """`place` without the memo, on trimmed, upper-cased codes."""
        dept = self._departement(departement, commune)
        if dept == ABROAD:
            return self._place_abroad(commune, name, circonscription)
        if dept is None:
            # A code no list knows (a typo, a new collectivity): its votes still count
            # nationally rather than sink the whole payload; said once, since memoised.
            log.warning("unknown département code %r (commune %r %s)", departement, commune, name)
            code = f"{departement}{commune}"
            return Placement(
                AreaDef(code, "commune", tidy_name(name) or code, NATIONAL), (code, NATIONAL)
            )
        if not commune:
            # A feed's département totals: the département itself is the unit's area.
            return Placement(self._static[dept], self._up_from(dept))
        if re.fullmatch(r"\d{3}AR\d{2}", commune):
            return self._place_arrondissement(departement, dept, commune, name)
        code = self._commune_code(departement, dept, commune)
        area = self._commune_area(code, dept, departement, commune, name)
        return Placement(area, (area.code, *self._up_from(dept)))

    def _departement(self, departement: str, commune: str) -> str | None:
        """The INSEE département of a Ministry (or INSEE) département code."""
        if len(commune) == 5 and departement_of_insee(commune):
            # an INSEE commune code already: its own département decides (ZX, "971"…)
            return departement_of_insee(commune)
        dept = ministry_to_insee_dept(departement, commune)
        if dept is not None and dept != ABROAD and dept not in self._dept_region:
            return None
        return dept

    def _commune_code(self, departement: str, dept: str, commune: str) -> str:
        """The INSEE code of a Ministry commune code within its département."""
        if len(commune) == 5 and departement_of_insee(commune) == dept:
            return commune
        if commune.isdigit() and len(commune) < 3:
            commune = commune.zfill(3)
        if len(dept) == 2:
            return dept + commune  # metropolitan codes are INSEE's own
        # Overseas the Ministry writes "101" for 97101, "501" for Mayotte's 97601, "011" for
        # Polynesia's 98711: the département's three digits, then the commune's last two.
        return dept + commune[-2:]

    def _commune_area(
        self, code: str, dept: str, departement: str, commune: str, name: str
    ) -> AreaDef:
        """The commune's area: COG's name when it is the same commune, the file's otherwise."""
        entries = self._communes.get(code)
        if entries is None:
            if len(dept) == 3 and not (len(commune) == 5 and commune == code):
                # Not a real INSEE code (Wallis-et-Futuna is one unit "ZW001"): keep the
                # Ministry's own code rather than invent an INSEE-looking one.
                code = f"{departement}{commune}"
            # Metropolitan codes not in today's COG are communes merged since: the code was
            # INSEE's at the time, the name is the file's.
            return AreaDef(code, "commune", tidy_name(name) or code, dept)
        key = normalise(name)
        chosen = next((n for n, _kind in entries if normalise(n) == key), None)
        if chosen is None and not name:
            chosen = entries[0][0]
        if chosen is None:
            # Today's commune under that code is another one (merged, renamed): the name
            # the results were published under is the one voters knew then.
            return AreaDef(code, "commune", tidy_name(name), dept, insee=code)
        aliases = (tidy_name(name),) if tidy_name(name) != chosen else ()
        return AreaDef(code, "commune", chosen, dept, insee=code, aliases=aliases)

    def _place_arrondissement(
        self, departement: str, dept: str, commune: str, name: str
    ) -> Placement:
        """Paris, Lyon, Marseille arrondissements ("056AR01" -> 75101), a breakdown only.

        Their figures are already in their commune's, so they count in no other area.
        """
        city = self._commune_code(departement, dept, commune[:3])
        area = self._arrondissement(city, int(commune[5:]), name)
        return Placement(area, (area.code,))

    def _arrondissement(self, city: str, number: int, name: str = "") -> AreaDef:
        """The area of a city's arrondissement: INSEE's code and name when it has them."""
        spec = ARRONDISSEMENTS.get(city)
        code = str(spec[0] + number) if spec else f"{city}AR{number:02d}"
        known = self._communes.get(code)
        if known:
            return AreaDef(code, ARRONDISSEMENT, arrondissement_name(known[0][0]), city, insee=code)
        return AreaDef(code, ARRONDISSEMENT, tidy_name(name) or code, city)

    def _place_abroad(self, commune: str, name: str, circonscription: str) -> Placement:
        """A consular city: city -> country -> constituency -> ZZ -> FR."""
        city = self._cities.get(commune)
        key = normalise(name)
        if city is not None and name and key not in self._names_of(city):
            city = None  # the code means another city in this file: trust the name
        if city is None and key in self._city_keys:
            city = self._cities[self._city_keys[key][2:]]
        if city is not None:
            aliases = tuple(
                dict.fromkeys(
                    n for n in (city.libelle, city.name_en) if normalise(n) != normalise(city.name)
                )
            )
            country = country_code(city.country)
            constituency = constituency_code(city.constituency)
            area = AreaDef(city_code(city.code), "commune", city.name, country, aliases=aliases)
            return Placement(area, (area.code, country, constituency, ABROAD, NATIONAL))
        code = city_code(commune)
        if commune in self._cities:
            code = f"{code}-{key.replace(' ', '-')}"  # the code is another city's
        up: tuple[str, ...] = (ABROAD, NATIONAL)
        if circonscription.isdigit() and int(circonscription) in CONSTITUENCIES:
            up = (constituency_code(int(circonscription)), *up)
        area = AreaDef(code, "commune", tidy_name(name) or code, up[0])
        return Placement(area, (code, *up))

    @staticmethod
    def _names_of(city: ConsularCity) -> set[str]:
        """Every search key a consular city answers to."""
        return {normalise(city.name), normalise(city.libelle), normalise(city.name_en)}


def arrondissement_name(cog_name: str) -> str:
    """An arrondissement as people write it: "Paris 16e Arrondissement" -> "Paris 16e arrondissement"."""
    return cog_name.replace(" Arrondissement", " arrondissement")


def constituency_code(number: int) -> str:
    """The area code of a constituency of the French abroad: 1 -> "FE01"."""
    return f"FE{number:02d}"


def country_code(iso: str) -> str:
    """The area code of a country abroad: "CA" -> "FE-CA"."""
    return f"FE-{iso.upper()}"


def city_code(ministry_code: str) -> str:
    """The area code of a consular city: "139" -> "ZZ139"."""
    return f"{ABROAD}{ministry_code}"


def read_abroad(path: Path) -> list[ConsularCity]:
    """The consular cities of data/geography/abroad.csv."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            ConsularCity(
                code=row["code"],
                libelle=row["libelle"],
                name=row["name"],
                name_en=row["name_en"],
                constituency=int(row["circonscription"]),
                country=row["country"],
                country_fr=row["country_fr"],
                country_en=row["country_en"],
            )
            for row in csv.DictReader(fh)
        ]
