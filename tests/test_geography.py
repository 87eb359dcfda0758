"""Tests of the geography: Ministry codes to areas, the breadcrumb tree, names and aliases."""

from __future__ import annotations

import csv
import gzip
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from primaries.geography import (
    AreaDef,
    Geography,
    departement_of_insee,
    ministry_to_insee_dept,
    normalise,
    read_abroad,
    tidy_name,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
WIDE_T1 = DATA / "2017-presidentielle-1_par_bureau_large.csv.gz"
ABROAD_CSV = DATA / "geography" / "abroad.csv"


@pytest.fixture(scope="module")
def geo() -> Geography:
    """The project's geography, loaded once."""
    return Geography.load(DATA)


@pytest.fixture(scope="module")
def pairs_2017() -> dict[tuple[str, str], tuple[str, str]]:
    """(département, commune) -> (name, circonscription) of every commune of the real 2017 file."""
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    with gzip.open(WIDE_T1, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = (row["departement"], row["commune"])
            pairs.setdefault(key, (row["commune_libelle"], row["circonscription"]))
    return pairs


# -- real codes, one by one -------------------------------------------------------------------


def test_paris_maps_to_its_insee_code_and_up_to_france(geo: Geography) -> None:
    placed = geo.place("75", "056", "Paris", "1")
    assert placed.commune == AreaDef("75056", "commune", "Paris", "75", insee="75056")
    assert placed.ancestors == ("75056", "75", "R11", "METRO", "FR")


def test_guadeloupe_commune_maps_to_971_and_counts_in_outre_mer(geo: Geography) -> None:
    placed = geo.place("ZA", "101", "Les Abymes", "1")
    assert placed.commune.code == "97101"
    assert placed.commune.name == "Les Abymes"
    assert placed.commune.parent == "971"
    assert placed.ancestors == ("97101", "971", "R01", "OM", "FR")


def test_montreal_goes_through_canada_and_the_first_constituency(geo: Geography) -> None:
    placed = geo.place("ZZ", "139", "Montreal", "1")
    assert placed.commune.code == "ZZ139"
    assert placed.commune.name == "Montréal"
    assert placed.commune.level == "commune"
    assert placed.commune.parent == "FE-CA"
    assert placed.ancestors == ("ZZ139", "FE-CA", "FE01", "ZZ", "FR")


def test_zurich_code_229_is_switzerland_in_the_sixth_constituency(geo: Geography) -> None:
    # In the 2017 file, ZZ/229 is Zurich (Montréal is 139).
    placed = geo.place("ZZ", "229", "Zurich", "6")
    assert placed.ancestors == ("ZZ229", "FE-CH", "FE06", "ZZ", "FR")


def test_corsica_keeps_its_letter_code(geo: Geography) -> None:
    placed = geo.place("2A", "004", "Ajaccio", "1")
    assert placed.commune.code == "2A004"
    assert placed.ancestors == ("2A004", "2A", "R94", "METRO", "FR")


@pytest.mark.parametrize(
    ("departement", "commune", "name", "expected"),
    [
        ("ZB", "209", "Fort-de-France", ("97209", "972", "R02", "OM", "FR")),
        ("ZC", "302", "Cayenne", ("97302", "973", "R03", "OM", "FR")),
        ("ZD", "411", "Saint-Denis", ("97411", "974", "R04", "OM", "FR")),
        # Mayotte's Ministry codes start with 5, its INSEE codes with 976.
        ("ZM", "501", "Acoua", ("97601", "976", "R06", "OM", "FR")),
        # Collectivities hang straight off FR: no région.
        ("ZN", "801", "Belep", ("98801", "988", "OM", "FR")),
        ("ZP", "011", "Anaa", ("98711", "987", "OM", "FR")),
        ("ZS", "502", "Saint-Pierre", ("97502", "975", "OM", "FR")),
        ("ZX", "701", "Saint-Barthélémy", ("97701", "977", "OM", "FR")),
        ("ZX", "801", "Saint-Martin", ("97801", "978", "OM", "FR")),
    ],
)
def test_overseas_codes_map_to_insee(
    geo: Geography, departement: str, commune: str, name: str, expected: tuple[str, ...]
) -> None:
    assert geo.place(departement, commune, name).ancestors == expected


def test_wallis_and_futuna_is_one_unit_without_an_insee_code(geo: Geography) -> None:
    placed = geo.place("ZW", "001", "Wallis-Et-Futuna", "1")
    assert placed.commune == AreaDef("ZW001", "commune", "Wallis-Et-Futuna", "986")
    assert placed.ancestors == ("ZW001", "986", "OM", "FR")


def test_a_commune_merged_since_2017_keeps_its_code_and_the_files_name(geo: Geography) -> None:
    # 01341 Saint-Champ joined a commune nouvelle; today's COG no longer lists its code.
    placed = geo.place("01", "341", "Saint-Champ", "5")
    assert placed.commune == AreaDef("01341", "commune", "Saint-Champ", "01")
    assert placed.ancestors == ("01341", "01", "R84", "METRO", "FR")


def test_a_code_now_worn_by_another_commune_keeps_the_published_name(geo: Geography) -> None:
    # 16300 was Saint-Angeau in 2017; the code is now Val-de-Bonnieure's, a commune nouvelle.
    placed = geo.place("16", "300", "Saint-Angeau", "2")
    assert placed.commune == AreaDef("16300", "commune", "Saint-Angeau", "16", insee="16300")
    # 07165 Les Nonières is now a commune déléguée of Belsentes under the same code: its own
    # name, as COG spells it, not the commune nouvelle's.
    assert geo.place("07", "165", "Nonières (Les)", "2").commune.name == "Nonières"


def test_cog_spelling_is_preferred_when_it_is_the_same_commune(geo: Geography) -> None:
    placed = geo.place("02", "201", "Coeuvres-et-Valsery", "5")
    assert placed.commune.name == "Cœuvres-et-Valsery"
    assert placed.commune.aliases == ("Coeuvres-et-Valsery",)


def test_insee_shaped_inputs_place_the_same_commune(geo: Geography) -> None:
    assert geo.place("971", "101", "Les Abymes").commune.code == "97101"
    assert geo.place("075", "056", "Paris").ancestors[:2] == ("75056", "75")
    assert geo.place("75", "75056", "Paris").commune.code == "75056"
    assert geo.place("01", "4", "Ambérieu-en-Bugey").commune.code == "01004"


def test_departement_totals_unit_is_placed_on_the_departement(geo: Geography) -> None:
    placed = geo.place("75", "", "Paris")
    assert placed.commune.code == "75"
    assert placed.commune.level == "departement"
    assert placed.ancestors == ("75", "R11", "METRO", "FR")


def test_arrondissements_count_only_in_themselves(geo: Geography) -> None:
    paris_1 = geo.place("75", "056AR01", "Paris 1er arrondissement")
    assert paris_1.commune.code == "75101"
    assert paris_1.commune.level == "arrondissement"
    assert paris_1.commune.parent == "75056"
    assert paris_1.ancestors == ("75101",)
    assert geo.place("69", "123AR03", "Lyon 3e").commune.code == "69383"
    assert geo.place("13", "055AR16", "Marseille 16e").commune.code == "13216"


def test_unknown_consular_city_hangs_on_its_constituency(geo: Geography) -> None:
    placed = geo.place("ZZ", "999", "Tombouctou", "9")
    assert placed.commune.code == "ZZ999"
    assert placed.commune.parent == "FE09"
    assert placed.ancestors == ("ZZ999", "FE09", "ZZ", "FR")
    without = geo.place("ZZ", "998", "Atlantis")
    assert without.ancestors == ("ZZ998", "ZZ", "FR")


def test_consular_city_is_found_by_name_when_the_code_means_another(geo: Geography) -> None:
    # Another election's file may number cities differently: the name decides.
    assert geo.place("ZZ", "500", "Montréal", "1").commune.code == "ZZ139"
    clash = geo.place("ZZ", "139", "Tombouctou", "9")
    assert clash.commune.code == "ZZ139-tombouctou"
    assert clash.ancestors[1:] == ("FE09", "ZZ", "FR")


def test_unknown_departement_still_counts_nationally(geo: Geography) -> None:
    placed = geo.place("QQ", "001", "Nulle-Part")
    assert placed.ancestors == ("QQ001", "FR")


def test_place_is_memoised(geo: Geography) -> None:
    assert geo.place("59", "350", "Lille") is geo.place("59", "350", "Lille")


# -- the whole real 2017 file ----------------------------------------------------------------


def test_every_pair_of_the_2017_file_maps_to_an_area(
    geo: Geography, pairs_2017: dict[tuple[str, str], tuple[str, str]]
) -> None:
    static = {a.code for a in geo.static_areas()}
    codes: dict[str, tuple[str, str]] = {}
    real_insee = 0
    for (dep, com), (name, circ) in pairs_2017.items():
        placed = geo.place(dep, com, name, circ)
        area = placed.commune
        assert placed.ancestors[0] == area.code
        assert placed.ancestors[1] == area.parent
        assert placed.ancestors[-1] == "FR"
        assert set(placed.ancestors[1:]) <= static, (dep, com)
        assert area.level == "commune"
        assert area.name
        assert codes.setdefault(area.code, (dep, com)) == (dep, com), "two communes, one code"
        real_insee += area.insee is not None
    assert len(codes) == len(pairs_2017) == 35_719
    # 35,719 pairs: 223 consular cities, 115 codes today's COG does not list (114 communes
    # merged since 2017, and Wallis-et-Futuna as one unit); every other one is INSEE's.
    assert real_insee == 35_381


def test_every_group_counts_what_it_should(
    geo: Geography, pairs_2017: dict[tuple[str, str], tuple[str, str]]
) -> None:
    groups: Counter[str] = Counter()
    for (dep, com), (name, circ) in pairs_2017.items():
        ancestors = geo.place(dep, com, name, circ).ancestors
        groups[next((g for g in ("METRO", "OM", "ZZ") if g in ancestors), "none")] += 1
        if dep.startswith("Z") and dep != "ZZ":
            assert "OM" in ancestors and "METRO" not in ancestors
    assert groups == {"METRO": 35_281, "OM": 215, "ZZ": 223}


def test_every_consular_city_of_the_file_is_in_abroad_csv(
    geo: Geography, pairs_2017: dict[tuple[str, str], tuple[str, str]]
) -> None:
    abroad = {k: v for k, v in pairs_2017.items() if k[0] == "ZZ"}
    assert len(abroad) == 223
    for (_dep, com), (name, circ) in abroad.items():
        city = geo.city(com)
        assert city is not None, name
        assert normalise(city.libelle) == normalise(name)
        assert city.constituency == int(circ)
        placed = geo.place("ZZ", com, name, circ)
        assert placed.ancestors == (
            f"ZZ{com}",
            f"FE-{city.country}",
            f"FE{int(circ):02d}",
            "ZZ",
            "FR",
        )


# -- abroad.csv -------------------------------------------------------------------------------


def test_abroad_csv_is_well_formed() -> None:
    cities = read_abroad(ABROAD_CSV)
    assert len(cities) == 223
    assert len({c.code for c in cities}) == 223
    constituency_of: dict[str, set[int]] = {}
    names_of: dict[str, set[tuple[str, str]]] = {}
    for city in cities:
        assert re.fullmatch(r"\d{3}", city.code)
        assert re.fullmatch(r"[A-Z]{2}", city.country)
        assert 1 <= city.constituency <= 11
        assert city.name and city.name_en and city.country_fr and city.country_en
        constituency_of.setdefault(city.country, set()).add(city.constituency)
        names_of.setdefault(city.country, set()).add((city.country_fr, city.country_en))
    # A country lies in exactly one constituency and has one name per language.
    assert all(len(v) == 1 for v in constituency_of.values())
    assert all(len(v) == 1 for v in names_of.values())


@pytest.mark.parametrize(
    ("code", "country"),
    [
        ("139", "CA"),  # Montréal
        ("137", "CA"),  # Moncton
        ("171", "CA"),  # Québec
        ("213", "CA"),  # Toronto
        ("217", "CA"),  # Vancouver
        ("147", "US"),  # New York
        ("119", "GB"),  # Londres
        ("079", "CH"),  # Genève
        ("219", "SC"),  # Victoria, Seychelles: constituency 10, not Canada
        ("101", "JM"),  # Kingston
        ("102", "CD"),  # Kinshasa
        ("038", "CG"),  # Brazzaville
        ("161", "IN"),  # Pondichéry
        ("046", "CN"),  # Canton
    ],
)
def test_consular_cities_are_in_the_right_country(geo: Geography, code: str, country: str) -> None:
    city = geo.city(code)
    assert city is not None
    assert city.country == country


# -- static areas -----------------------------------------------------------------------------


def test_static_areas_cover_the_whole_tree(geo: Geography) -> None:
    areas = geo.static_areas()
    by_code = {a.code: a for a in areas}
    levels = Counter(a.level for a in areas)
    assert levels["national"] == 1 and levels["zone"] == 1 and levels["group"] == 2
    assert levels["region"] == 18
    assert levels["departement"] == 96 + 5 + 6
    assert levels["constituency"] == 11
    assert levels["country"] == 161
    seen: set[str] = set()
    for area in areas:  # parents come before their children
        assert area.parent is None or area.parent in seen, area.code
        seen.add(area.code)
    assert by_code["59"] == AreaDef("59", "departement", "Nord", "R32", insee="59")
    assert by_code["975"].parent == "FR"
    assert by_code["ZZ"].name == "Français de l'étranger"
    assert by_code["FE-CA"].parent == "FE01"
    assert by_code["FE-CA"].name == "Canada"
    assert set(by_code["OM"].members or ()) == {
        "971",
        "972",
        "973",
        "974",
        "976",
        "975",
        "977",
        "978",
        "986",
        "987",
        "988",
    }
    metro = by_code["METRO"].members or ()
    assert len(metro) == 96 and "2A" in metro and "2B" in metro and "20" not in metro
    assert "984" not in by_code  # TAAF: no voters of its own


def test_map_codes_match_the_outlines(geo: Geography) -> None:
    deps = json.loads((DATA / "geo" / "departements-version-simplifiee.geojson").read_text())
    regions = json.loads((DATA / "geo" / "regions-version-simplifiee.geojson").read_text())
    dep_codes = {f["properties"]["code"] for f in deps["features"]}
    region_codes = {f["properties"]["code"] for f in regions["features"]}
    for area in geo.static_areas():
        if area.level == "departement" and area.code in dep_codes:
            assert geo.map_code(area.code) == area.code
        if area.level == "region" and not area.code.startswith("R0"):
            assert geo.map_code(area.code) in region_codes
    assert geo.map_code("971") == "971"
    assert geo.map_code("R01") == "971"
    assert geo.map_code("975") is None
    assert geo.map_code("FR") is None
    assert geo.map_code("FE-CA") is None


# -- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("la Corrèze", "correze"),
        ("Saint-Étienne", "saint etienne"),
        ("Genève", "geneve"),
        ("L'Haÿ-les-Roses", "hay les roses"),
        ("l’Hexagone", "hexagone"),
        ("Les Abymes", "abymes"),
        ("Assions (Les)", "assions"),
        ("Cœuvres-et-Valsery", "coeuvres et valsery"),
        ("  Amsterdam ", "amsterdam"),
        ("Auge St Medard", "auge saint medard"),
        ("Port D'Espagne", "port d espagne"),
        ("Le Mans", "mans"),
        ("Laval", "laval"),
        ("La", "la"),
    ],
)
def test_normalise(name: str, key: str) -> None:
    assert normalise(name) == key


def test_tidy_name_puts_the_article_first() -> None:
    assert tidy_name("Assions (Les)") == "Les Assions"
    assert tidy_name("Balme-d'Epy (La)") == "La Balme-d'Epy"
    assert tidy_name("Amsterdam ") == "Amsterdam"


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("la capitale", "75056"),
        ("Paris", "75056"),
        ("outre-mer", "OM"),
        ("DOM-TOM", "OM"),
        ("ultramarins", "OM"),
        ("métropole", "METRO"),
        ("l'Hexagone", "METRO"),
        ("les Français de l'étranger", "ZZ"),
        ("l'étranger", "ZZ"),
        ("abroad", "ZZ"),
        ("Amérique du Nord", "FE01"),
        ("Canada", "FE-CA"),
        ("United States", "FE-US"),
        ("les États-Unis", "FE-US"),
        ("Switzerland", "FE-CH"),
        ("RDC", "FE-CD"),
        ("London", "ZZ119"),
        ("France entière", "FR"),
        ("au niveau national", "FR"),
        ("nationally", "FR"),
    ],
)
def test_aliases(geo: Geography, alias: str, code: str) -> None:
    key = normalise(alias)
    if key in geo.aliases():
        assert geo.aliases()[key] == code
    else:  # a name that is already the area's own (États-Unis) is found by name
        assert geo.codes_for(alias)[0] == code


def test_aliases_never_shadow_another_areas_name(geo: Geography) -> None:
    names = {normalise(a.name): a.code for a in geo.static_areas()}
    clashes = {k: v for k, v in geo.aliases().items() if k in names and names[k] != v}
    # "Paris" is both the commune and the département: the commune is meant, same bureaux.
    assert clashes == {"paris": "75056"}
    assert "georgia" not in geo.aliases()  # the US state, where Atlanta's consulate is
    assert "vienne" not in geo.aliases()  # the Austrian capital's French name is the département's


def test_alias_forms_are_the_same_names_as_written(geo: Geography) -> None:
    forms = geo.alias_forms()
    assert "la capitale" in forms["75056"] and "Paris" in forms["75056"]
    assert "DOM-TOM" in forms["OM"]
    assert "London" in forms["ZZ119"]
    aliases = geo.aliases()
    for code, written in forms.items():
        assert all(aliases[normalise(w)] == code for w in written)


def test_codes_for_lists_every_meaning_coarsest_first(geo: Geography) -> None:
    assert geo.codes_for("Lille") == ("59350",)
    assert geo.codes_for("la Corrèze") == ("19", "19062")
    assert geo.codes_for("Vienne") == ("86", "ZZ220", "38544")
    assert geo.codes_for("Montréal")[0] == "ZZ139"
    assert geo.codes_for("nulle part au monde") == ()


# -- codes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("insee", "dep"),
    [
        ("59350", "59"),
        ("75056", "75"),
        ("2A004", "2A"),
        ("97101", "971"),
        ("98735", "987"),
        ("ZZ139", None),
        ("123", None),
    ],
)
def test_departement_of_insee(insee: str, dep: str | None) -> None:
    assert departement_of_insee(insee) == dep


@pytest.mark.parametrize(
    ("ministry", "commune", "insee"),
    [
        ("ZA", "", "971"),
        ("ZM", "", "976"),
        ("ZN", "", "988"),
        ("ZP", "", "987"),
        ("ZS", "", "975"),
        ("ZW", "", "986"),
        ("ZX", "701", "977"),
        ("ZX", "801", "978"),
        ("ZX", "", None),
        ("ZZ", "", "ZZ"),
        ("59", "", "59"),
        ("075", "", "75"),
        ("2A", "", "2A"),
        ("971", "", "971"),
        ("20", "", None),
        ("QQ", "", None),
    ],
)
def test_ministry_to_insee_dept(ministry: str, commune: str, insee: str | None) -> None:
    assert ministry_to_insee_dept(ministry, commune) == insee


# -- the module's place in the pipeline --------------------------------------------------------


def test_load_is_cached_per_folder() -> None:
    assert Geography.load(DATA) is Geography.load(DATA)


def test_geography_imports_neither_flask_nor_the_database() -> None:
    code = (
        "import sys, primaries.geography\n"
        "bad = [m for m in ('flask', 'sqlmodel', 'sqlalchemy', 'primaries.models', 'primaries.db')"
        " if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
