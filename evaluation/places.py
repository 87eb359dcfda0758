"""Evaluation places: how posts name areas, and which area codes a careful reader could mean.

A place carries its French and English phrasings and its readings. Homonyms are found in the
COG lists, the consular cities and their countries: a commune under 3,000 inhabitants never
competes with a more prominent place of the same name (nobody reads "Montréal" as the village
in the Aude), one over 10,000 always does, and one in between makes the post unusable when it
would change the label (see grammar.readings_label).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from evaluation import reference as ref

IGNORED_BELOW = 3_000
CONSIDERED_FROM = 10_000
COMMUNE_MIN_POPULATION = 30_000


@dataclass(frozen=True)
class Place:
    """One way to name an area in a post, with the readings a careful reader could take."""

    kind: str  # national, region, departement, commune, homonym, overseas, metro, abroad, ...
    fr_in: str | None  # "à Lyon", "dans le Nord"; "" = no mention (national); None = not usable
    fr_head: str | None  # "Lyon" for "Lyon : …" forms
    en_in: str | None
    en_head: str | None
    readings: tuple[str, ...]  # area codes a careful reader could mean
    contested: tuple[str, ...] = ()  # mid-size homonyms: the label must not depend on them
    ambiguous: bool = False  # several readings by design (a homonym without disambiguation)

    def phrase(self, lang: str) -> tuple[str | None, str | None]:
        """(in-phrase, head) in a language."""
        return (self.fr_in, self.fr_head) if lang == "fr" else (self.en_in, self.en_head)


@dataclass(frozen=True)
class Reading:
    """A named entity a folded name can refer to."""

    area: str
    population: int | None  # communes only


@cache
def name_index() -> dict[str, tuple[Reading, ...]]:
    """Folded name -> every area so named (communes, départements, régions, cities, countries)."""
    index: dict[str, dict[str, Reading]] = defaultdict(dict)
    for c in ref.cog_communes():
        if c["type"] != "arrondissement-municipal":
            index[ref.fold(c["nom"])].setdefault(c["code"], Reading(c["code"], c.get("population")))
    for code, d in ref.cog_departements().items():
        index[ref.fold(d["nom"])][code] = Reading(code, None)
    for code, r in ref.cog_regions().items():
        area = f"R{code}" if len(code) == 2 else code
        index[ref.fold(r["nom"])][area] = Reading(area, None)
    for city in ref.abroad_cities().values():
        for name in [city["name"], *city["aliases"]]:
            index[ref.fold(name)][city["code"]] = Reading(city["code"], None)
        for name in (city["country_fr"], city["country_en"]):
            area = f"FE-{city['country']}"
            index[ref.fold(name)][area] = Reading(area, None)
    return {name: tuple(sorted(r.values(), key=lambda x: x.area)) for name, r in index.items()}


def is_small_commune(reading: Reading, limit: int) -> bool:
    """A commune reading under `limit` inhabitants (unknown population counts as small)."""
    is_commune = reading.area[:1].isdigit() and len(reading.area) == 5
    return is_commune and (reading.population or 0) < limit


def readings_of(name: str, extra: tuple[str, ...] = ()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(readings, contested readings) of a bare name; `extra` is the area meant by the writer."""
    found = name_index().get(ref.fold(name), ())
    prominent = [r for r in found if not is_small_commune(r, CONSIDERED_FROM)]
    if prominent or extra:
        considered = {r.area for r in prominent} | set(extra)
    else:
        considered = {r.area for r in found}  # only small communes bear the name: all count
    contested = {
        r.area for r in found if r.area not in considered and not is_small_commune(r, IGNORED_BELOW)
    }
    return tuple(sorted(considered)), tuple(sorted(contested))


def bureaux_of(area: str) -> frozenset[int]:
    """The 2017 bureaux of an area (readings with the same bureaux are the same reading)."""
    return frozenset(ref.dataset_2017(1).index.get(area, ()))


def meaning(readings: tuple[str, ...]) -> frozenset[frozenset[int]]:
    """The distinct sets of bureaux a place's readings name."""
    return frozenset(bureaux_of(a) for a in readings)


def is_ambiguous(readings: tuple[str, ...]) -> bool:
    """Readings that name different sets of bureaux (Paris the commune and the département do not)."""
    return len(meaning(readings)) > 1


def commune_in(name: str) -> str:
    """French locative of a commune name: à Lyon, au Mans, aux Abymes."""
    if name.startswith("Le "):
        return "au " + name[3:]
    if name.startswith("Les "):
        return "aux " + name[4:]
    return "à " + name


DEPARTEMENT_ARTICLE = {2: "dans le ", 3: "dans la ", 4: "dans les ", 5: "dans l'"}

OVERSEAS = {
    "971": ("en Guadeloupe", "Guadeloupe", "in Guadeloupe", "Guadeloupe"),
    "972": ("en Martinique", "Martinique", "in Martinique", "Martinique"),
    "973": ("en Guyane", "Guyane", "in French Guiana", "French Guiana"),
    "974": ("à La Réunion", "La Réunion", "in Réunion", "Réunion"),
    "976": ("à Mayotte", "Mayotte", "in Mayotte", "Mayotte"),
    "975": (
        "à Saint-Pierre-et-Miquelon",
        "Saint-Pierre-et-Miquelon",
        "in Saint-Pierre and Miquelon",
        "Saint-Pierre and Miquelon",
    ),
    "977": ("à Saint-Barthélemy", "Saint-Barthélemy", "in Saint-Barthélemy", "Saint-Barthélemy"),
    "978": ("à Saint-Martin", "Saint-Martin", "in Saint-Martin", "Saint-Martin"),
    "986": ("à Wallis-et-Futuna", "Wallis-et-Futuna", "in Wallis and Futuna", "Wallis and Futuna"),
    "987": (
        "en Polynésie française",
        "Polynésie française",
        "in French Polynesia",
        "French Polynesia",
    ),
    "988": ("en Nouvelle-Calédonie", "Nouvelle-Calédonie", "in New Caledonia", "New Caledonia"),
}

REGIONS = {
    "11": ("en Île-de-France", "in Île-de-France"),
    "24": ("en Centre-Val de Loire", "in Centre-Val de Loire"),
    "27": ("en Bourgogne-Franche-Comté", "in Bourgogne-Franche-Comté"),
    "28": ("en Normandie", "in Normandy"),
    "32": ("dans les Hauts-de-France", "in Hauts-de-France"),
    "44": ("dans le Grand Est", "in the Grand Est region"),
    "52": ("dans les Pays de la Loire", "in the Pays de la Loire region"),
    "53": ("en Bretagne", "in Brittany"),
    "75": ("en Nouvelle-Aquitaine", "in Nouvelle-Aquitaine"),
    "76": ("en Occitanie", "in Occitanie"),
    "84": ("en Auvergne-Rhône-Alpes", "in Auvergne-Rhône-Alpes"),
    "93": ("en Provence-Alpes-Côte d'Azur", "in Provence-Alpes-Côte d'Azur"),
    "94": ("en Corse", "in Corsica"),
}

COUNTRIES = {
    "CA": ("au Canada", "in Canada"),
    "US": ("aux États-Unis", "in the United States"),
    "CH": ("en Suisse", "in Switzerland"),
    "BE": ("en Belgique", "in Belgium"),
    "GB": ("au Royaume-Uni", "in the United Kingdom"),
    "DE": ("en Allemagne", "in Germany"),
    "IL": ("en Israël", "in Israel"),
    "MA": ("au Maroc", "in Morocco"),
    "DZ": ("en Algérie", "in Algeria"),
    "TN": ("en Tunisie", "in Tunisia"),
    "LB": ("au Liban", "in Lebanon"),
    "CN": ("en Chine", "in China"),
    "JP": ("au Japon", "in Japan"),
    "ES": ("en Espagne", "in Spain"),
    "IT": ("en Italie", "in Italy"),
    "BR": ("au Brésil", "in Brazil"),
    "SN": ("au Sénégal", "in Senegal"),
    "CI": ("en Côte d'Ivoire", "in Côte d'Ivoire"),
    "AU": ("en Australie", "in Australia"),
    "RU": ("en Russie", "in Russia"),
    "PT": ("au Portugal", "in Portugal"),
    "SE": ("en Suède", "in Sweden"),
    "IE": ("en Irlande", "in Ireland"),
    "AR": ("en Argentine", "in Argentina"),
}

# Consular cities and their English names (the French name when English uses it too).
CITIES = {
    "Londres": "London",
    "Genève": "Geneva",
    "Bruxelles": "Brussels",
    "New York": "New York",
    "Montréal": "Montreal",
    "Québec": "Quebec City",
    "Tokyo": "Tokyo",
    "Pékin": "Beijing",
    "Moscou": "Moscow",
    "Berlin": "Berlin",
    "Munich": "Munich",
    "Madrid": "Madrid",
    "Rome": "Rome",
    "Dakar": "Dakar",
    "Abidjan": "Abidjan",
    "Casablanca": "Casablanca",
    "Tel Aviv": "Tel Aviv",
    "Jérusalem": "Jerusalem",
    "Beyrouth": "Beirut",
    "Zurich": "Zurich",
    "Washington": "Washington",
    "San Francisco": "San Francisco",
    "Los Angeles": "Los Angeles",
    "Miami": "Miami",
    "Sydney": "Sydney",
    "Hong Kong": "Hong Kong",
    "Shanghai": "Shanghai",
    "Bangkok": "Bangkok",
    "Buenos Aires": "Buenos Aires",
    "Lisbonne": "Lisbon",
    "Barcelone": "Barcelona",
    "Milan": "Milan",
    "Vienne": "Vienna",
    "Varsovie": "Warsaw",
    "Alger": "Algiers",
    "Tunis": "Tunis",
    "Le Caire": "Cairo",
    "Francfort": "Frankfurt",
    "Toronto": "Toronto",
    "Vancouver": "Vancouver",
    "Boston": "Boston",
    "Chicago": "Chicago",
    "Stockholm": "Stockholm",
    "Dublin": "Dublin",
}

ORDINAL_EN = {2: "2nd", 3: "3rd"}


def national_places() -> list[Place]:
    """The whole election; no mention at all means national too."""
    fr = [("", None), (" au niveau national", "Au niveau national"), (" au plan national", None)]
    en = [("", None), (" nationally", "Nationally"), (" nationwide", "Nationwide")]
    return [
        Place("national", f[0].strip() or "", f[1], e[0].strip() or "", e[1], ("FR",))
        for f, e in zip(fr, en, strict=True)
    ]


def bare(kind: str, fr_in: str, head: str, en_in: str, en_head: str, meant: str) -> Place:
    """A place named by a plain name: its readings come from the homonym index."""
    readings, contested = readings_of(head, (meant,))
    en_readings, en_contested = readings_of(en_head, (meant,))
    ambiguous = is_ambiguous(readings)
    if meaning(en_readings) != meaning(readings) or en_contested != contested:
        # the English name reads differently (Vienna is not Vienne): no English phrasing here
        return Place(kind, fr_in, head, None, None, readings, contested, ambiguous)
    return Place(kind, fr_in, head, en_in, en_head, readings, contested, ambiguous)


def head_only(place: Place) -> Place:
    """An ambiguous place used bare ('Vienne : …'), where no preposition hints at a reading."""
    return Place("homonym", None, place.fr_head, None, None, place.readings, place.contested, True)


@cache
def places_2017() -> dict[str, list[Place]]:
    """Every place a 2017 post may name, by kind."""
    catalogue: dict[str, list[Place]] = defaultdict(list)
    catalogue["national"] = national_places()
    for code, (fr_in, en_in) in REGIONS.items():
        name = ref.cog_regions()[code]["nom"]
        add(catalogue, bare("region", fr_in, name, en_in, name, f"R{code}"))
    for code, d in sorted(ref.cog_departements().items()):
        if code in OVERSEAS:
            add(catalogue, bare("overseas", *OVERSEAS[code], code))
        elif len(code) == 2 and code != "69":  # 69: Rhône with or without Lyon depends on the year
            name, article = d["nom"], DEPARTEMENT_ARTICLE.get(d["typeLiaison"], "à ")
            add(
                catalogue,
                bare("departement", article + name, name, f"in the {name} département", name, code),
            )
            if code.isdigit() and code != "75":
                catalogue["departement"].append(
                    Place("departement", f"dans le {code}", None, None, None, (code,))
                )
    catalogue["overseas"].append(
        Place(
            "overseas",
            "en outre-mer",
            "Outre-mer",
            "in overseas France",
            "Overseas France",
            ("OM",),
        )
    )
    catalogue["metro"].append(
        Place(
            "metro",
            "en France métropolitaine",
            "France métropolitaine",
            "in metropolitan France",
            "Metropolitan France",
            ("METRO",),
        )
    )
    add_communes(catalogue)
    add_abroad(catalogue)
    return dict(catalogue)


def add(catalogue: dict[str, list[Place]], place: Place) -> None:
    """File a place under its kind, or as a bare homonym when its readings differ."""
    if not place.ambiguous:
        catalogue[place.kind].append(place)
    elif all(p.fr_head != place.fr_head for p in catalogue["homonym"]):
        catalogue["homonym"].append(head_only(place))


def add_communes(catalogue: dict[str, list[Place]]) -> None:
    """Large communes by name; homonyms bare and as 'Saint-Denis (93)'."""
    names = ref.dataset_2017(1).names
    for c in ref.cog_communes():
        if c["type"] != "commune-actuelle" or (c.get("population") or 0) < COMMUNE_MIN_POPULATION:
            continue
        code, name, dep = c["code"], c["nom"], c["departement"]
        if ref.fold(names.get(code, "")) != ref.fold(name):
            continue  # renamed or merged since 2017: its 2017 bureaux are not this name's
        place = bare("commune", commune_in(name), name, f"in {name}", name, code)
        if not place.ambiguous:
            catalogue["commune"].append(place)
            continue
        if all(len(r) == 5 and r[:1].isdigit() for r in place.readings):
            # only communes share the name: 'à Saint-Denis' is as ambiguous as 'Saint-Denis :'
            if all(p.fr_head != name for p in catalogue["homonym"]):
                catalogue["homonym"].append(
                    Place("homonym", *place_phrases(name), place.readings, place.contested, True)
                )
        else:
            add(catalogue, place)
        same_dep = [
            r.area
            for r in name_index()[ref.fold(name)]
            if r.area.startswith(dep) and len(r.area) == 5
        ]
        if same_dep == [code]:
            label = f"{name} ({dep})"
            catalogue["disambiguated"].append(
                Place("disambiguated", *place_phrases(label), (code,))
            )


def place_phrases(name: str) -> tuple[str, str, str, str]:
    """(fr_in, fr_head, en_in, en_head) of a commune name."""
    return commune_in(name), name, f"in {name}", name


def add_abroad(catalogue: dict[str, list[Place]]) -> None:
    """French voters abroad, constituencies, countries and consular cities."""
    catalogue["abroad"] += [
        Place(
            "abroad",
            "chez les Français de l'étranger",
            "Français de l'étranger",
            "among French voters abroad",
            "French voters abroad",
            ("ZZ",),
        ),
        Place("abroad", "à l'étranger", None, "abroad", None, ("ZZ",)),
    ]
    catalogue["constituency"].append(
        Place(
            "constituency",
            "en Amérique du Nord",
            "Amérique du Nord",
            "in North America",
            "North America",
            ("FE01",),
        )
    )
    for n in range(2, 12):
        fr = f"{n}e circonscription des Français de l'étranger"
        en = f"the {ORDINAL_EN.get(n, f'{n}th')} constituency for French residents abroad"
        catalogue["constituency"].append(
            Place(
                "constituency",
                f"dans la {fr}",
                fr[0].upper() + fr[1:],
                f"in {en}",
                None,
                (f"FE{n:02d}",),
            )
        )
    countries = {c["country"]: c for c in ref.abroad_cities().values()}
    for iso, (fr_in, en_in) in COUNTRIES.items():
        city = countries[iso]
        add(
            catalogue,
            bare("country", fr_in, city["country_fr"], en_in, city["country_en"], f"FE-{iso}"),
        )
    by_name = {c["name"]: c for c in ref.abroad_cities().values()}
    for name, english in CITIES.items():
        code = by_name[name]["code"]
        fr_in = "au Caire" if name == "Le Caire" else f"à {name}"
        place = bare("city", fr_in, name, f"in {english}", english, code)
        add(catalogue, place)
        if place.ambiguous and not is_ambiguous(readings_of(english, (code,))[0]):
            readings, contested = readings_of(english, (code,))
            catalogue["city"].append(
                Place("city", None, None, f"in {english}", english, readings, contested)
            )


@cache
def places_2011() -> dict[str, list[Place]]:
    """Places of 2011 posts: where the Haute Autorité published figures, and some where it did not."""
    catalogue = {k: v for k, v in places_2017().items() if k in ("national", "abroad")}
    catalogue["constituency"] = [places_2017()["constituency"][0]]
    catalogue["country"] = [
        p for p in places_2017()["country"] if p.readings in (("FE-CA",), ("FE-US",))
    ]
    catalogue["city"] = [
        p
        for p in places_2017()["city"]
        if p.fr_head in ("Montréal", "Washington", "Londres", "New York") or p.en_head == "Montreal"
    ]
    catalogue["unpublished"] = [
        p
        for kind in ("departement", "commune", "region")
        for p in places_2017()[kind]
        if p.fr_head in ("Corrèze", "Essonne", "Paris", "Lille", "Bretagne", "Nord", "Marseille")
    ]
    return catalogue
