"""The arrondissements of Paris, Lyon and Marseille: a breakdown of their city's bureaux."""

from __future__ import annotations

import csv
import gzip
import io
from collections import Counter, defaultdict

import pytest
from sqlalchemy import select

from primaries.geography import ARRONDISSEMENTS, Geography
from primaries.ingest import ingest_payload, load_registry
from primaries.models import AREA
from primaries.queries import (
    bureaux_of,
    bureaux_page,
    children,
    get_area,
    resolve_area,
    search_areas,
    standings,
)
from primaries.verification import lexicon_for
from sources import datagouv_wide
from tests import evaluation_support
from tests.conftest import DATA, wide_sample

CITIES = {("75", "056"): "75056", ("69", "123"): "69123", ("13", "055"): "13055"}
FIELDS = ("inscrits", "votants", "blancs", "exprimes", "FILLON", "MACRON", "LE PEN")


def three_cities(round_number: int = 1) -> bytes:
    """Real rows of the départements of Paris, Lyon and Marseille."""
    return wide_sample(round_number, ("75", "69", "13"))


def sums_by_area(payload: bytes) -> dict[str, Counter]:
    """Column sums per commune, département, nation and arrondissement, read from the rows
    without the store: an arrondissement is its city's INSEE base plus the bureau's first two
    digits (the Ministry's numbering)."""
    sums: dict[str, Counter] = defaultdict(Counter)
    for row in csv.DictReader(io.StringIO(payload.decode("utf-8"))):
        dep, com = row["departement"], row["commune"]
        areas = ["FR", dep, dep + com]
        city = CITIES.get((dep, com))
        if city:
            areas.append(str(ARRONDISSEMENTS[city][0] + int(row["bureau"][:2])))
        for area in areas:
            sums[area]["bureaux"] += 1
            for name in FIELDS:
                sums[area][name] += int(row[name])
    return sums


def figures_of(conn, settings, code: str) -> Counter:
    """An area's figures in the store, in the shape of `sums_by_area`."""
    s = standings(conn, settings, code, 1)
    return Counter(
        bureaux=s.bureaux_reported,
        inscrits=s.inscrits,
        votants=s.votants,
        blancs=s.blancs,
        exprimes=s.exprimes,
        FILLON=s.votes_of("fillon"),
        MACRON=s.votes_of("macron"),
        **{"LE PEN": s.votes_of("le-pen")},
    )


@pytest.mark.parametrize("round_number", [1, 2])
def test_every_bureau_code_of_the_three_cities_names_its_arrondissement(
    geography: Geography, round_number: int
) -> None:
    """In both real files, each bureau of the three cities starts with an arrondissement's
    number (Paris 01..20, Lyon 01..09, Marseille 01..16), and each arrondissement has bureaux."""
    path = DATA / f"2017-presidentielle-{round_number}_par_bureau_large.csv.gz"
    seen: dict[str, set[str]] = defaultdict(set)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            dep, com, bureau = line.split(",", 3)[:3]
            city = CITIES.get((dep, com))
            if city:
                area = geography.bureau_arrondissement(city, bureau)
                assert area is not None, f"{dep}{com}_{bureau}"
                assert area.code[:2] == city[:2] and area.parent == city
                seen[city].add(area.code)
    for city, (base, count) in ARRONDISSEMENTS.items():
        assert seen[city] == {str(base + n) for n in range(1, count + 1)}


def test_only_ministry_bureau_codes_of_the_three_cities_have_an_arrondissement(
    geography: Geography,
) -> None:
    paris_16 = geography.bureau_arrondissement("75056", "1601")
    assert paris_16 is not None
    assert (paris_16.code, paris_16.level, paris_16.parent) == ("75116", "arrondissement", "75056")
    assert paris_16.name == "Paris 16e arrondissement"
    lyon_1 = geography.bureau_arrondissement("69123", "0101")
    assert lyon_1 is not None and lyon_1.name == "Lyon 1er arrondissement"
    # Another city, an arrondissement the city does not have, another authority's numbering.
    for commune, bureau in [
        ("59350", "0101"),
        ("69123", "1001"),
        ("13055", "1701"),
        ("75056", "0001"),
        ("75056", "16"),
        ("75056", "B16"),
    ]:
        assert geography.bureau_arrondissement(commune, bureau) is None


def test_the_gazetteer_names_arrondissements_under_their_city(geography: Geography) -> None:
    places = {p.code: p for p in geography.gazetteer()}
    assert sum(p.level == "arrondissement" for p in places.values()) == 45
    paris_16 = places["75116"]
    assert (paris_16.name, paris_16.level, paris_16.parent) == (
        "Paris 16e arrondissement",
        "arrondissement",
        "75056",
    )
    assert places["13201"].name == "Marseille 1er arrondissement"
    assert places["75056"].level == "commune"
    # The evaluation's gazetteer gives them the same level and name.
    pure = {p.code: p for p in evaluation_support.places()}
    assert (pure["75116"].name, pure["75116"].level, pure["75116"].parent) == (
        "Paris 16e arrondissement",
        "arrondissement",
        "75056",
    )


def test_arrondissements_are_a_breakdown_never_counted_twice(engine, settings, geography):
    """Each arrondissement holds exactly its bureaux; the city, département and nation hold
    every bureau once, as before there were arrondissements."""
    payload = three_cities()
    ingest_payload(
        engine, settings, geography, payload, source="t1", kind="datagouv_wide", round_number=1
    )
    expected = sums_by_area(payload)
    with engine.connect() as conn:
        for code, sums in expected.items():
            assert figures_of(conn, settings, code) == sums, code
        levels = dict(
            conn.execute(select(AREA.c.code, AREA.c.level).where(AREA.c.parent == "75056")).all()
        )
    arrondissements = [c for c in expected if len(c) == 5 and c not in CITIES.values()]
    arrondissements = [c for c in arrondissements if c[:3] in ("751", "693", "132")]
    assert len(arrondissements) == 45
    assert levels == {str(75100 + n): "arrondissement" for n in range(1, 21)}
    for city, (base, count) in ARRONDISSEMENTS.items():
        parts = [expected[str(base + n)] for n in range(1, count + 1)]
        assert sum(parts, Counter()) == expected[city]
    everything = Counter()
    for row in csv.DictReader(io.StringIO(payload.decode("utf-8"))):
        everything["exprimes"] += int(row["exprimes"])
    assert expected["FR"]["exprimes"] == everything["exprimes"]


def test_a_paris_arrondissement_through_the_app_queries(engine, settings, geography):
    """Paris 16e: its standings, its name, its city's sub-areas, its bureaux, the lexicon."""
    ingest_payload(
        engine,
        settings,
        geography,
        three_cities(),
        source="t1",
        kind="datagouv_wide",
        round_number=1,
    )
    with engine.connect() as conn:
        paris_16 = standings(conn, settings, "75116", 1)
        assert paris_16 is not None
        assert (paris_16.area_name, paris_16.area_level) == (
            "Paris 16e arrondissement",
            "arrondissement",
        )
        assert (paris_16.bureaux_reported, paris_16.bureaux_total) == (68, 68)
        assert paris_16.tallies[0].candidate == "fillon"
        assert (paris_16.votes_of("fillon"), paris_16.exprimes) == (46_734, 79_954)
        assert round(100 * paris_16.votes_of("fillon") / paris_16.exprimes, 2) == 58.45
        assert resolve_area(conn, "Paris 16e arrondissement").code == "75116"
        assert resolve_area(conn, "paris 16E Arrondissement").code == "75116"
        assert "75116" in [a.code for a in search_areas(conn, "Paris 16")]
        assert get_area(conn, "75116").parent == "75056"
        listed = children(conn, "75056", 1)
        assert [c["code"] for c in listed] == [str(75100 + n) for n in range(1, 21)]
        assert all(c["level"] == "arrondissement" for c in listed)
        assert len(children(conn, "69123", 1)) == 9 and len(children(conn, "13055", 1)) == 16
        bureaux = bureaux_of(conn, settings, "75116", 1)
        assert len(bureaux) == 68
        assert all(b["code"].startswith("75056_16") and b["reported"] for b in bureaux)
        page, more = bureaux_page(conn, get_area(conn, "75116"), 1, 1, 50)
        assert len(page) == 50 and more
        lexicon = lexicon_for(conn, settings, geography)
        place = lexicon.place("75116")
        assert (place.name, place.level, place.parent) == (
            "Paris 16e arrondissement",
            "arrondissement",
            "75056",
        )


def test_the_registry_counts_bureaux_in_their_arrondissement_before_results(
    engine, settings, geography
):
    """Loaded first, a registry gives each arrondissement its coverage and bound R."""
    refs = [
        ref
        for ref in datagouv_wide.parse_registry(three_cities())
        if (ref.departement, ref.commune) in CITIES
    ]
    load_registry(engine, settings, geography, refs)
    with engine.connect() as conn:
        paris_16 = standings(conn, settings, "75116", 1)
        lyon_3 = standings(conn, settings, "69383", 1)
    inscrits = sum(r.inscrits for r in refs if r.code.startswith("75056_16"))
    assert (paris_16.bureaux_reported, paris_16.bureaux_total) == (0, 68)
    assert paris_16.inscrits == paris_16.remaining == inscrits
    assert (lyon_3.bureaux_reported, lyon_3.bureaux_total) == (0, 58)


def test_the_evaluation_standings_have_the_store_figures_of_arrondissements(
    engine, settings, geography
):
    """The in-memory evaluation figures of an arrondissement are the store's (round 2 too)."""
    for round_number in (1, 2):
        ingest_payload(
            engine,
            settings,
            geography,
            three_cities(round_number),
            source=f"t{round_number}",
            kind="datagouv_wide",
            round_number=round_number,
        )
    state = {1: "pr2017-t1-final", 2: "pr2017-t2-final"}
    with engine.connect() as conn:
        for round_number, code in [(1, "75116"), (1, "69383"), (2, "13208"), (2, "75101")]:
            stored = standings(conn, settings, code, round_number)
            pure = evaluation_support.standings_for(state[round_number], code, round_number)
            assert pure is not None
            assert (pure.area_name, pure.area_level) == (stored.area_name, stored.area_level)
            assert (pure.exprimes, pure.votants, pure.bureaux_total) == (
                stored.exprimes,
                stored.votants,
                stored.bureaux_total,
            )
            assert {t.candidate: t.votes for t in pure.tallies if t.votes} == {
                t.candidate: t.votes for t in stored.tallies
            }
