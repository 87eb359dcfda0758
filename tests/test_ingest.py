"""Ingestion: real totals, idempotence, revisions, anomalies, refusals, coverage and the bound R."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from primaries.db import make_engine, upgrade
from primaries.ingest import ingest_payload, load_registry
from primaries.models import (
    AreaTally,
    BureauResult,
    FeedAnomaly,
    FeedSnapshot,
    PayloadArchive,
    SQLModel,
)
from primaries.queries import bureaux_of, resolve_area, results_document, standings
from primaries.settings import load_settings
from sources import bureau_feed
from sources.records import FeedError
from tests.conftest import DATA, ROOT

CANDIDATES = ["MACRON", "LE PEN", "FILLON"]


def bureau(
    code: str,
    votes: dict[str, int],
    *,
    inscrits: int = 1000,
    blancs: int = 5,
    nuls: int = 5,
    votants: int | None = None,
    exprimes: int | None = None,
    status: str = "provisional",
) -> dict:
    """One bureau of a bureau_feed document, consistent unless told otherwise."""
    exprimes = sum(votes.values()) if exprimes is None else exprimes
    dep, rest = code[:2], code[2:]
    return {
        "code": code,
        "departement": dep,
        "commune": rest.split("_")[0],
        "name": f"Commune {dep}",
        "circonscription": "1",
        "inscrits": inscrits,
        "votants": blancs + nuls + exprimes if votants is None else votants,
        "blancs": blancs,
        "nuls": nuls,
        "exprimes": exprimes,
        "votes": votes,
        "status": status,
        "updated_at": "2017-04-23T20:10:00+02:00",
        "sequence": 1,
    }


def feed(bureaux: list[dict], sequence: int = 1, since: int | None = None) -> bytes:
    """A bureau_feed document (docs/bureau-feed.md)."""
    return json.dumps(
        {
            "format": "primaries-bureau-feed/1",
            "election": "pr2017",
            "round": 1,
            "published_at": "2017-04-23T20:15:00+02:00",
            "sequence": sequence,
            "since": since,
            "candidates": [{"key": k, "name": k, "order": i} for i, k in enumerate(CANDIDATES)],
            "bureaux": bureaux,
        }
    ).encode()


def registry_doc(codes_inscrits: dict[str, int]) -> bytes:
    """A bureau_feed registry document."""
    return json.dumps(
        {
            "format": "primaries-bureau-registry/1",
            "election": "pr2017",
            "bureaux": [
                {
                    "code": c,
                    "departement": c[:2],
                    "commune": c[2:5],
                    "name": f"Commune {c[:2]}",
                    "circonscription": "1",
                    "inscrits": n,
                }
                for c, n in codes_inscrits.items()
            ],
        }
    ).encode()


def ingest(engine, settings, geography, payload: bytes, kind: str = "bureau_feed", **kw):
    """Ingest under one source name."""
    return ingest_payload(
        engine,
        settings,
        geography,
        payload,
        source=kw.pop("source", "feed"),
        kind=kind,
        round_number=kw.pop("round_number", 1),
        **kw,
    )


def row_counts(engine) -> dict[str, int]:
    """How many rows each table holds."""
    with engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(table)).scalar()
            for name, table in SQLModel.metadata.tables.items()
        }


def expected_totals(payload: bytes, departements: tuple[str, ...] | None = None) -> dict[str, int]:
    """Column sums of a wide CSV payload, computed independently of the store."""
    reader = csv.DictReader(io.StringIO(payload.decode("utf-8")))
    sums: dict[str, int] = {}
    for row in reader:
        if departements and row["departement"] not in departements:
            continue
        for key, value in row.items():
            if key not in (
                "departement",
                "commune",
                "bureau",
                "circonscription",
                "commune_libelle",
            ):
                sums[key] = sums.get(key, 0) + int(value)
    return sums


def test_real_sample_adds_up_at_every_level(engine, settings, geography, sample_payload):
    """National and département totals equal the sums of the real rows they contain."""
    report = ingest(engine, settings, geography, sample_payload, kind="datagouv_wide")
    assert report.new == sample_payload.count(b"\n") - 1
    with engine.connect() as conn:
        national = standings(conn, settings, "FR", 1)
        paris = standings(conn, settings, resolve_area(conn, "Paris").code, 1)
    everything = expected_totals(sample_payload)
    assert national.exprimes == everything["exprimes"]
    assert national.votants == everything["votants"]
    assert national.votes_of("macron") == everything["MACRON"]
    paris_sums = expected_totals(sample_payload, ("75",))
    assert paris.area_code == "75"
    assert (paris.bureaux_reported, paris.bureaux_total) == (896, 896)
    assert paris.votes_of("fillon") == paris_sums["FILLON"]
    assert paris.nuls == paris_sums["votants"] - paris_sums["blancs"] - paris_sums["exprimes"]
    assert paris.remaining == 0 and paris.complete


def test_same_payload_twice_writes_nothing(engine, settings, geography, sample_payload):
    """Idempotence: the second ingest of identical bytes leaves every table as it was."""
    ingest(engine, settings, geography, sample_payload, kind="datagouv_wide")
    before = row_counts(engine)
    again = ingest(engine, settings, geography, sample_payload, kind="datagouv_wide")
    assert again.duplicate_payload
    assert row_counts(engine) == before


def test_unchanged_bureaux_in_a_new_payload_write_no_revision(engine, settings, geography):
    """A re-published feed whose bureaux did not change adds no result row."""
    first = [bureau("01001_0001", {"MACRON": 100, "LE PEN": 80, "FILLON": 70})]
    ingest(engine, settings, geography, feed(first, sequence=1))
    report = ingest(engine, settings, geography, feed(first, sequence=2))
    assert (report.new, report.changed, report.unchanged) == (0, 0, 1)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(BureauResult)).scalar() == 1


def test_a_correction_is_a_new_revision_and_the_old_one_stays(engine, settings, geography):
    """Corrections stay visible: revision 2 is current, revision 1 is kept; tallies move exactly."""
    ingest(
        engine,
        settings,
        geography,
        feed([bureau("01001_0001", {"MACRON": 100, "LE PEN": 80, "FILLON": 70})], 1),
    )
    report = ingest(
        engine,
        settings,
        geography,
        feed(
            [bureau("01001_0001", {"MACRON": 90, "LE PEN": 95, "FILLON": 70}, status="validated")],
            2,
        ),
    )
    assert report.changed == 1
    assert any(f.kind == "decrease" for f in report.findings)
    with engine.connect() as conn:
        rows = conn.execute(select(BureauResult.__table__).order_by(BureauResult.revision)).all()
        national = standings(conn, settings, "FR", 1)
        ain = standings(conn, settings, "01", 1)
    assert [(r.revision, r.current) for r in rows] == [(1, False), (2, True)]
    assert rows[0].votes["macron"] == 100
    assert national.votes_of("macron") == 90 and national.votes_of("le-pen") == 95
    assert ain.bureaux_reported == 1 and national.exprimes == 255


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        (
            bureau("01001_0001", {"MACRON": 100, "LE PEN": 80, "FILLON": 70}, votants=300),
            "arithmetic",
        ),
        (
            bureau("01001_0001", {"MACRON": 100, "LE PEN": 80, "FILLON": 70}, exprimes=260),
            "votes_sum",
        ),
        (
            bureau("01001_0001", {"MACRON": 600, "LE PEN": 500, "FILLON": 70}, inscrits=900),
            "over_inscrits",
        ),
        (bureau("01001_0001", {"MACRON": -3, "LE PEN": 80, "FILLON": 70}), "negative"),
        (
            bureau("01001_0001", {"MACRON": 10, "LE PEN": 8, "FILLON": 7, "TRUMP": 9}),
            "unknown_candidate",
        ),
    ],
)
def test_suspicious_figures_are_stored_and_flagged(engine, settings, geography, entry, kind):
    """A parsable payload with bad arithmetic is kept, and a FeedAnomaly explains it in words."""
    report = ingest(engine, settings, geography, feed([entry]))
    assert report.new == 1
    with engine.connect() as conn:
        anomalies = conn.execute(select(FeedAnomaly.__table__)).all()
    assert kind in {a.kind for a in anomalies}
    flagged = next(a for a in anomalies if a.kind == kind)
    assert flagged.message and flagged.round == 1


def test_a_bureau_twice_with_different_numbers_is_flagged_once(engine, settings, geography):
    """Duplicates: the first figures are kept and one anomaly names the bureau."""
    first = bureau("01001_0001", {"MACRON": 100, "LE PEN": 80, "FILLON": 70})
    second = bureau("01001_0001", {"MACRON": 10, "LE PEN": 80, "FILLON": 70})
    report = ingest(engine, settings, geography, feed([first, second]))
    assert [f.kind for f in report.findings] == ["duplicate"]
    with engine.connect() as conn:
        assert standings(conn, settings, "FR", 1).votes_of("macron") == 100


def test_bureaux_appearing_and_vanishing_are_flagged(engine, settings, geography):
    """Against a loaded registry, a bureau outside it and one that disappears are both named."""
    load_registry(
        engine,
        settings,
        geography,
        bureau_feed.parse_registry(registry_doc({"01001_0001": 1000, "01002_0001": 500})),
    )
    ingest(
        engine,
        settings,
        geography,
        feed(
            [
                bureau("01001_0001", {"MACRON": 100, "LE PEN": 80, "FILLON": 70}),
                bureau("01002_0001", {"MACRON": 50, "LE PEN": 40, "FILLON": 30}, inscrits=500),
            ],
            1,
        ),
    )
    report = ingest(
        engine,
        settings,
        geography,
        feed(
            [
                bureau("01001_0001", {"MACRON": 100, "LE PEN": 80, "FILLON": 70}),
                bureau("01004_0001", {"MACRON": 5, "LE PEN": 4, "FILLON": 3}),
            ],
            2,
        ),
    )
    kinds = {(f.kind, f.bureau) for f in report.findings}
    assert ("unknown_bureau", "01004_0001") in kinds
    assert ("vanished", "01002_0001") in kinds
    with engine.connect() as conn:
        # The vanished bureau's last figures are kept.
        assert standings(conn, settings, "FR", 1).votes_of("macron") == 155


def test_frozen_shares_while_totals_jump_is_flagged(engine, settings, geography):
    """The 2017 primary incident: many more voters, identical percentages."""
    ingest(
        engine,
        settings,
        geography,
        feed(
            [
                bureau("01001_0001", {"MACRON": 400, "LE PEN": 300, "FILLON": 300}, inscrits=5000),
            ],
            1,
        ),
    )
    report = ingest(
        engine,
        settings,
        geography,
        feed(
            [
                bureau("01001_0001", {"MACRON": 400, "LE PEN": 300, "FILLON": 300}, inscrits=5000),
                bureau("01002_0001", {"MACRON": 120, "LE PEN": 90, "FILLON": 90}, inscrits=5000),
            ],
            2,
        ),
    )
    frozen = [f for f in report.findings if f.kind == "frozen_shares"]
    assert frozen and frozen[0].details["new_exprimes"] == 1300


def test_normal_growth_is_not_called_frozen(engine, settings, geography):
    """Shares that move as new bureaux come in raise nothing."""
    ingest(
        engine,
        settings,
        geography,
        feed(
            [bureau("01001_0001", {"MACRON": 400, "LE PEN": 300, "FILLON": 300}, inscrits=5000)], 1
        ),
    )
    report = ingest(
        engine,
        settings,
        geography,
        feed(
            [
                bureau("01001_0001", {"MACRON": 400, "LE PEN": 300, "FILLON": 300}, inscrits=5000),
                bureau("01002_0001", {"MACRON": 80, "LE PEN": 150, "FILLON": 70}, inscrits=5000),
            ],
            2,
        ),
    )
    assert not [f for f in report.findings if f.kind == "frozen_shares"]


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"<!DOCTYPE html><html><head><title>Maintenance</title></head><body>503</body></html>",
        b'{"format": "primaries-bureau-feed/1", "round": 1, "bureaux": [{"code": "0100',
        "départ;commune\n\xe9\xe8".encode("latin-1"),
    ],
)
def test_unusable_payload_is_refused_whole(engine, settings, geography, payload):
    """A broken payload raises FeedError, records its refusal, and changes no result."""
    ingest(
        engine,
        settings,
        geography,
        feed([bureau("01001_0001", {"MACRON": 100, "LE PEN": 80, "FILLON": 70})]),
    )
    with engine.connect() as conn:
        tallies_before = conn.execute(select(AreaTally.__table__).order_by("area")).all()
    before = row_counts(engine)
    with pytest.raises(FeedError):
        ingest(engine, settings, geography, payload)
    after = row_counts(engine)
    assert after["bureau_result"] == before["bureau_result"]
    assert after["feed_snapshot"] == before["feed_snapshot"] + 1
    with engine.connect() as conn:
        assert conn.execute(select(AreaTally.__table__).order_by("area")).all() == tallies_before
        snapshots = FeedSnapshot.__table__
        refused = conn.execute(select(snapshots).order_by(snapshots.c.id.desc())).first()
        archives = PayloadArchive.__table__
        archived = conn.execute(select(archives).where(archives.c.sha256 == refused.sha256)).first()
    assert refused.status == "rejected" and refused.error
    assert archived is not None  # kept for the post-mortem


def test_registry_gives_coverage_and_the_hard_bound_before_results(engine, settings, geography):
    """Bureaux total and the votes still possible are known all night, from the registry."""
    load_registry(
        engine,
        settings,
        geography,
        bureau_feed.parse_registry(
            registry_doc({"01001_0001": 1000, "01001_0002": 800, "01002_0001": 500})
        ),
    )
    with engine.connect() as conn:
        empty = standings(conn, settings, "FR", 1)
    assert (empty.bureaux_reported, empty.bureaux_total) == (0, 3)
    assert empty.remaining == 2300 and empty.inscrits == 2300
    ingest(
        engine,
        settings,
        geography,
        feed([bureau("01001_0001", {"MACRON": 300, "LE PEN": 200, "FILLON": 100}, inscrits=1000)]),
    )
    with engine.connect() as conn:
        partial = standings(conn, settings, "FR", 1)
        commune = standings(conn, settings, "01001", 1)
        table = bureaux_of(conn, settings, "01001", 1)
    assert (partial.bureaux_reported, partial.bureaux_total) == (1, 3)
    assert partial.remaining == 1300  # the inscrits of the two unreported bureaux
    assert commune.remaining == 800
    assert [(b["code"], b["reported"]) for b in table] == [
        ("01001_0001", True),
        ("01001_0002", False),
    ]


def test_results_document_has_the_documented_shape(engine, settings, geography, sample_payload):
    """The JSON the CLI and the API share: keys, sorted candidates, shares of exprimés."""
    ingest(engine, settings, geography, sample_payload, kind="datagouv_wide")
    with engine.connect() as conn:
        doc = results_document(standings(conn, settings, "FR", 1))
    assert {
        "area",
        "round",
        "bureaux_reported",
        "bureaux_total",
        "inscrits",
        "votants",
        "blancs",
        "nuls",
        "exprimes",
        "candidates",
        "as_of",
    } <= doc.keys()
    votes = [c["votes"] for c in doc["candidates"]]
    assert votes == sorted(votes, reverse=True)
    top = doc["candidates"][0]
    assert top["pct"] == round(100 * top["votes"] / doc["exprimes"], 2)


def test_2011_national_feed_is_undecided_until_every_bureau_is_in(engine, geography):
    """The 2011 JSON gives no inscrits: partial counts leave R unbounded, the final one R = 0."""
    primary = load_settings(ROOT / "elections" / "primaire-2011.toml")
    final = (ROOT / "tests/data/official/hap2011/results_T1_final.json").read_bytes()
    partial = json.loads(final)
    partial["bureaux_vote"] = "4000/9425"
    ingest(engine, primary, geography, json.dumps(partial).encode(), kind="hap2011_json")
    with engine.connect() as conn:
        during = standings(conn, primary, "FR", 1)
    assert (during.bureaux_reported, during.bureaux_total) == (4000, 9425)
    assert during.remaining > 100_000_000
    ingest(engine, primary, geography, final, kind="hap2011_json")
    with engine.connect() as conn:
        after = standings(conn, primary, "FR", 1)
    assert after.complete and after.votes_of("hollande") == 1_038_188
    assert after.exprimes == 2_650_206


def test_2011_abroad_bureaux_stay_out_of_the_national_total(engine, geography):
    """Units of a source with exclude_areas=["FR"] count abroad but not twice nationally."""
    primary = load_settings(ROOT / "elections" / "primaire-2011.toml")
    montreal = json.dumps(
        {
            "format": "primaries-bureau-feed/1",
            "election": "primaire-2011",
            "round": 1,
            "published_at": "2011-10-11T12:00:00+02:00",
            "sequence": 1,
            "since": None,
            "candidates": [{"key": "AUBRY"}, {"key": "HOLLANDE"}],
            "bureaux": [
                {
                    "code": "ZZ139_0001",
                    "departement": "ZZ",
                    "commune": "139",
                    "name": "Montréal",
                    "circonscription": "1",
                    "inscrits": 2000,
                    "votants": 350,
                    "blancs": 0,
                    "nuls": 2,
                    "exprimes": 348,
                    "votes": {"AUBRY": 200, "HOLLANDE": 148},
                    "status": "validated",
                    "updated_at": "2011-10-11T12:00:00+02:00",
                    "sequence": 1,
                }
            ],
        }
    ).encode()
    ingest(engine, primary, geography, montreal, exclude_areas=("FR",))
    with engine.connect() as conn:
        city = standings(conn, primary, "ZZ139", 1)
        canada = standings(conn, primary, "FE-CA", 1)
        national = standings(conn, primary, "FR", 1)
    assert city.votes_of("aubry") == 200 and canada.votes_of("aubry") == 200
    assert national.exprimes == 0


@pytest.mark.slow
def test_full_real_national_files_give_the_official_totals(tmp_path: Path, settings, geography):
    """All 69,242 bureaux of both rounds: the Ministry's national figures, to the vote."""
    engine = make_engine(f"sqlite:///{tmp_path / 'full.db'}")
    upgrade(engine)
    for round_number in (1, 2):
        payload = (
            DATA / f"2017-presidentielle-{round_number}_par_bureau_large.csv.gz"
        ).read_bytes()
        report = ingest(
            engine,
            settings,
            geography,
            payload,
            kind="datagouv_wide",
            source=f"t{round_number}",
            round_number=round_number,
        )
        assert report.new == 69_242
    with engine.connect() as conn:
        first = standings(conn, settings, "FR", 1)
        second = standings(conn, settings, "FR", 2)
        for round_number in (1, 2):
            # Each city is the sum of its arrondissements, and counted once in the nation.
            for city, codes in [("75056", range(75101, 75121)), ("13055", range(13201, 13217))]:
                whole = standings(conn, settings, city, round_number)
                parts = [standings(conn, settings, str(c), round_number) for c in codes]
                assert sum(p.exprimes for p in parts) == whole.exprimes
                assert sum(p.bureaux_total for p in parts) == whole.bureaux_total
        paris_16 = standings(conn, settings, "75116", 1)
    assert (paris_16.votes_of("fillon"), paris_16.exprimes) == (46_734, 79_954)
    assert first.exprimes == 36_054_394
    assert first.votes_of("macron") == 8_656_346
    assert first.votes_of("le-pen") == 7_678_491
    assert first.votes_of("fillon") == 7_212_995
    assert first.votes_of("melenchon") == 7_059_951
    assert (first.bureaux_reported, first.bureaux_total) == (69_242, 69_242)
    assert second.votes_of("macron") == 20_743_128
