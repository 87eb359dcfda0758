"""Tests of the official-results parsers on recorded real payloads, and of every rejection."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sources import (
    RESULT_KINDS,
    bureau_feed,
    datagouv_csv,
    datagouv_wide,
    hap2011_json,
    minint_xml,
    source_module,
)
from sources.records import FeedError, ResultPayload

ROOT = Path(__file__).resolve().parent.parent
OFFICIAL = ROOT / "tests" / "data" / "official"
WIDE_T1 = ROOT / "data" / "2017-presidentielle-1_par_bureau_large.csv.gz"
WIDE_T2 = ROOT / "data" / "2017-presidentielle-2_par_bureau_large.csv.gz"
CSV_SAMPLE = OFFICIAL / "PR17_BVot_T1_sample.txt"
MININT = OFFICIAL / "minint"
COM_075 = MININT / "011" / "075" / "075com.xml"
HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Site en maintenance</title></head>"
    b"<body>Revenez plus tard</body></html>"
)


def totals(payload: ResultPayload) -> Counter[str]:
    """Sum of votes per candidate key over a payload's records."""
    summed: Counter[str] = Counter()
    for record in payload.records:
        for key, votes in record.votes:
            summed[key] += votes
    return summed


def by_code(payload: ResultPayload) -> dict[str, object]:
    """The payload's records by unit code."""
    return {r.unit.code: r for r in payload.records}


def test_every_result_kind_has_the_source_interface():
    for kind in RESULT_KINDS:
        module = source_module(kind)
        assert kind == module.KIND
        assert callable(module.parse) and callable(module.fetch)


# --- datagouv_wide: the full real national files --------------------------------------------


@pytest.fixture(scope="module")
def wide_t1() -> ResultPayload:
    return datagouv_wide.parse(WIDE_T1.read_bytes(), round=1)


def test_wide_round1_national_totals_equal_the_official_ones(wide_t1):
    assert len(wide_t1.records) == 69_242
    assert sum(r.exprimes for r in wide_t1.records) == 36_054_394
    votes = totals(wide_t1)
    assert votes["MACRON"] == 8_656_346
    assert votes["LE PEN"] == 7_678_491
    assert votes["FILLON"] == 7_212_995
    assert votes["MÉLENCHON"] == 7_059_951
    assert sum(votes.values()) == 36_054_394


def test_wide_round1_bureaux_keep_file_order_and_exact_figures(wide_t1):
    first = wide_t1.records[0]
    assert first.unit.code == "01001_0001"
    assert first.unit.name == "L'Abergement-Clémenciat"
    assert (first.unit.inscrits, first.votants, first.blancs, first.exprimes) == (598, 506, 2, 495)
    assert first.nuls == 506 - 2 - 495
    assert dict(first.votes)["MACRON"] == 119
    assert first.status == "validated"
    montreal = by_code(wide_t1)["ZZ139_0001"]
    assert montreal.unit.departement == "ZZ" and montreal.unit.circonscription == "1"
    assert dict(montreal.votes)["MACRON"] == 8374
    assert wide_t1.round == 1
    assert [c.key for c in wide_t1.candidates][:2] == ["ARTHAUD", "ASSELINEAU"]
    assert {r.unit.departement for r in wide_t1.records} >= {"75", "2A", "ZA", "ZZ"}


def test_wide_round2_macron_total():
    payload = datagouv_wide.parse(WIDE_T2.read_bytes(), round=2)
    assert len(payload.records) == 69_242
    assert totals(payload)["MACRON"] == 20_743_128
    assert [c.key for c in payload.candidates] == ["LE PEN", "MACRON"]


def test_wide_registry_lists_every_bureau_with_inscrits():
    registry = datagouv_wide.parse_registry(WIDE_T2.read_bytes())
    assert len(registry) == 69_242
    assert registry[0].inscrits == 598
    assert sum(b.inscrits for b in registry) > 47_000_000


WIDE_HEAD = (
    "departement,commune,bureau,circonscription,commune_libelle,inscrits,votants,blancs,exprimes,"
    "FILLON,MACRON\n"
)


def test_wide_keeps_suspicious_but_parsable_rows():
    text = (
        WIDE_HEAD
        + "01,001,0001,4,Ain-ville,100,90,1,85,50,60\n01,001,0001,4,Ain-ville,100,9,1,5,2,3\n"
    )
    payload = datagouv_wide.parse(text.encode())
    assert len(payload.records) == 2  # duplicate code, votes above exprimés: the store flags them
    assert payload.records[0].nuls == 4


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "empty"),
        (HTML_PAGE, "HTML page"),
        (WIDE_HEAD.encode(), "no bureau"),
        ((WIDE_HEAD + "01,001,0001,4,Ain,100,90,1,85,50").encode(), "line 2 has 10 fields"),
        ((WIDE_HEAD + "01,001,0001,4,Ain,100,90,1,85,50,x\n").encode(), "not a whole number"),
        (WIDE_HEAD.replace("blancs,", "").encode(), "missing blancs"),
        (
            b"departement,commune,bureau,circonscription,commune_libelle,inscrits,votants,blancs,"
            b"exprimes\n",
            "no candidate column",
        ),
        ((WIDE_HEAD + "ZZ,139,0001,1,Montréal,5,4,0,4,1,3\n").encode("latin-1"), "not valid utf-8"),
        (gzip.compress(WIDE_HEAD.encode(), mtime=0)[:-12], "truncated or corrupt gzip"),
    ],
)
def test_wide_rejects_what_it_cannot_read(payload, message):
    with pytest.raises(FeedError, match=f"(?i){message}"):
        datagouv_wide.parse(payload)


def test_wide_reads_truncated_real_file_as_an_error():
    raw = gzip.decompress(WIDE_T2.read_bytes())
    with pytest.raises(FeedError, match="truncated"):
        datagouv_wide.parse(raw[: len(raw) // 2])


# --- datagouv_csv: the official layout -------------------------------------------------------


@pytest.fixture(scope="module")
def csv_sample() -> ResultPayload:
    return datagouv_csv.parse(CSV_SAMPLE.read_bytes(), round=1)


def test_csv_sample_is_in_the_official_encoding_and_layout():
    raw = CSV_SAMPLE.read_bytes()
    assert raw.startswith("Code du département;Libellé du département;".encode("latin-1"))
    assert b"\r\n" in raw and raw.count(b"\r\n") == raw.count(b"\n")
    assert ";Exprimés;% Exp/Ins;% Exp/Vot;N°Panneau;Sexe;Nom;Prénom;Voix;".encode("latin-1") in raw


def test_csv_parses_every_bureau_with_separate_blancs_and_nuls(csv_sample):
    assert len(csv_sample.records) == 467
    first = csv_sample.records[0]
    assert first.unit.code == "01001_0001" and first.unit.circonscription == "4"
    assert (first.votants, first.blancs, first.nuls, first.exprimes) == (506, 2, 9, 495)
    assert first.votes[:3] == (("DUPONT-AIGNAN", 34), ("LE PEN", 126), ("MACRON", 119))
    montreal = by_code(csv_sample)["ZZ139_0001"]
    assert montreal.unit.name == "Montreal"
    assert dict(montreal.votes) == {
        "DUPONT-AIGNAN": 368, "LE PEN": 1477, "MACRON": 8374, "HAMON": 2185, "ARTHAUD": 51,
        "POUTOU": 178, "CHEMINADE": 54, "LASSALLE": 91, "MÉLENCHON": 6878, "ASSELINEAU": 340,
        "FILLON": 3210,
    }  # fmt: skip
    counts = Counter(r.unit.departement for r in csv_sample.records)
    assert counts == {"01": 60, "2A": 20, "75": 100, "ZA": 40, "ZX": 24, "ZZ": 223}


def test_csv_candidates_in_ballot_order_with_full_names(csv_sample):
    assert [c.order for c in csv_sample.candidates] == list(range(1, 12))
    assert csv_sample.candidates[8].key == "MÉLENCHON"
    assert csv_sample.candidates[8].name == "Jean-Luc MÉLENCHON"


def test_csv_agrees_with_the_wide_file_bureau_by_bureau(csv_sample, wide_t1):
    wide = by_code(wide_t1)
    for record in csv_sample.records:
        other = wide[record.unit.code]
        assert dict(record.votes) == dict(other.votes)
        assert (record.votants, record.blancs, record.nuls) == (
            other.votants,
            other.blancs,
            other.nuls,
        )


def test_csv_registry():
    registry = datagouv_csv.parse_registry(CSV_SAMPLE.read_bytes())
    assert len(registry) == 467 and registry[0].inscrits == 598


def _csv_lines() -> list[str]:
    return CSV_SAMPLE.read_bytes().decode("latin-1").split("\r\n")


def test_csv_keeps_suspicious_rows():
    lines = _csv_lines()
    fields = lines[1].split(";")
    fields[25] = "99999"  # DUPONT-AIGNAN far above votants
    text = "\r\n".join([lines[0], lines[1], ";".join(fields)]) + "\r\n"
    payload = datagouv_csv.parse(text.encode("latin-1"))
    assert [r.unit.code for r in payload.records] == ["01001_0001", "01001_0001"]
    assert payload.records[1].votes[0] == ("DUPONT-AIGNAN", 99999)


def _csv_bytes(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("latin-1")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda lines: b"", "empty"),
        (lambda lines: HTML_PAGE, "HTML page"),
        (lambda lines: _csv_bytes(lines[:1]), "header only"),
        (lambda lines: _csv_bytes(lines[:3])[:-40], "line 3 has 10 candidates"),
        (lambda lines: _csv_bytes(lines[:3])[:-30], r"line 3 has \d+ fields"),
        (lambda lines: _csv_bytes([lines[0].replace("Nuls;", ""), *lines[1:3]]), "lacks.*Nuls"),
        (lambda lines: "\r\n".join(lines[:3]).encode("utf-8"), "UTF-8, expected latin-1"),
        (
            lambda lines: _csv_bytes([lines[0], lines[1].replace(";506;", ";5O6;", 1)]),
            "not a whole number",
        ),
    ],
)
def test_csv_rejects_what_it_cannot_read(make, message):
    with pytest.raises(FeedError, match=f"(?i){message}"):
        datagouv_csv.parse(make(_csv_lines()))


# --- minint_xml: the election-night XML feed -------------------------------------------------


def _bundle(*paths: str) -> bytes:
    return minint_xml.make_bundle({p: (MININT / p).read_bytes() for p in paths})


def test_minint_commune_file_latest_round_by_default():
    payload = minint_xml.parse(COM_075.read_bytes())
    assert payload.round == 2
    (paris,) = payload.records  # the 20 arrondissements are left out: they would count twice
    assert paris.unit.code == "75056" and paris.unit.level == "commune"
    assert paris.unit.departement == "75" and paris.unit.commune == "056"
    assert paris.unit.inscrits == 1_347_933
    assert len(paris.votes) == 2
    assert paris.votants == paris.blancs + paris.nuls + paris.exprimes
    assert not payload.complete  # a single département says nothing of the others


def test_minint_round_one_and_arrondissements_on_request():
    payload = minint_xml.parse(COM_075.read_bytes(), round=1, arrondissements=True)
    assert len(payload.records) == 21
    paris = payload.records[0]
    assert (paris.unit.inscrits, paris.votants, paris.blancs, paris.nuls) == (
        1_347_639, 807_026, 24_558, 16_048,
    )  # fmt: skip
    assert paris.exprimes == 766_420
    assert paris.votes[:2] == (("HORTALA", 33_695), ("MIREPOIX", 245_840))
    ar01 = payload.records[1]
    assert ar01.unit.code == "75056AR01" and ar01.unit.level == "arrondissement"
    assert sum(r.exprimes for r in payload.records[1:]) == paris.exprimes
    assert [c.order for c in payload.candidates] == list(range(1, 13))
    assert payload.candidates[9].key == "BAVÉLÈRE"


def test_minint_single_commune_and_departement_files():
    single = minint_xml.parse(
        (MININT / "011/075/075056AR01.xml").read_bytes(), arrondissements=True
    )
    assert [r.unit.code for r in single.records] == ["75056AR01"]
    assert single.records[0].unit.name == "Paris 1er arrondissement"
    dep = minint_xml.parse((MININT / "011/075/075.xml").read_bytes(), round=1)
    assert dep.records[0].unit.level == "departement" and dep.records[0].unit.code == "75"
    assert dep.records[0].exprimes == 766_420


def test_minint_indexes():
    entries = minint_xml.parse_index((MININT / "index.xml").read_bytes())
    assert [e.code for e in entries] == ["ZA", "75", "69", "13"]
    paris = entries[1]
    assert paris.folder == "011/075" and paris.code3 == "075" and paris.complete
    assert paris.stamp == "17-03-2017 15:25:15"
    assert paris.updated_at == datetime(2017, 3, 17, 14, 25, 15, tzinfo=UTC)  # CET is UTC+1
    assert entries[0].folder == "001/971"
    communes = minint_xml.parse_commune_index((MININT / "011/075/075IDX.xml").read_bytes())
    assert [c.commune for c in communes][:2] == ["056", "056AR01"]
    assert all(c.reported for c in communes)


def test_minint_bundle_uses_index_times_and_reported_flags():
    payload = minint_xml.parse(_bundle("index.xml", "011/075/075IDX.xml", "011/075/075com.xml"))
    assert payload.round == 2
    assert payload.records[0].updated_at == datetime(2017, 3, 17, 14, 25, 15, tzinfo=UTC)
    assert payload.published_at == datetime(2017, 3, 17, 14, 37, 49, tzinfo=UTC)
    assert not payload.complete  # index lists 4 départements, the bundle has results for one
    idx = (MININT / "011/075/075IDX.xml").read_text(encoding="utf-8")
    not_yet = idx.replace("<ResultatsParvenus>O", "<ResultatsParvenus>N", 1)
    files = {"011/075/075IDX.xml": not_yet.encode(), "011/075/075com.xml": COM_075.read_bytes()}
    with pytest.raises(FeedError, match="no reported results"):
        minint_xml.parse(minint_xml.make_bundle(files))  # Paris not reported yet: nothing left


def test_minint_bundle_complete_when_every_indexed_departement_is_there():
    index = (MININT / "index.xml").read_text(encoding="utf-8")
    start, end = index.index("<Departement>"), index.index("</Departements>")
    paris_only = index[:start] + index[index.index("<Departement>", start + 1) :]
    paris_only = paris_only[: paris_only.index("<Departement>", paris_only.index("<CodDpt>75"))]
    paris_only += index[end:]
    files = {"index.xml": paris_only.encode(), "011/075/075com.xml": COM_075.read_bytes()}
    payload = minint_xml.parse(minint_xml.make_bundle(files))
    assert payload.complete


def test_minint_registry_lists_communes_with_inscrits():
    (paris,) = minint_xml.parse_registry(COM_075.read_bytes())
    assert (paris.code, paris.level, paris.inscrits) == ("75056", "commune", 1_347_933)


def test_minint_keeps_suspicious_figures():
    xml = COM_075.read_text(encoding="utf-8").replace(
        "<NbVoix>33695</NbVoix>", "<NbVoix>9999999</NbVoix>"
    )
    payload = minint_xml.parse(xml.encode(), round=1)
    assert payload.records[0].votes[0] == ("HORTALA", 9_999_999)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "empty"),
        (HTML_PAGE, "HTML page"),
        (COM_075.read_bytes()[:5000], "not well-formed.*truncated"),
        (COM_075.read_text(encoding="utf-8").encode("latin-1"), "Latin-1 given"),
        ((MININT / "index.xml").read_bytes(), "national index"),
        ((MININT / "011/075/075IDX.xml").read_bytes(), "commune index"),
        ((MININT / "011/011.xml").read_bytes(), "région"),
        (
            COM_075.read_text(encoding="utf-8").replace("<Nombre>1347933</Nombre>", "", 1).encode(),
            "missing Mentions/Inscrits/Nombre",
        ),
        (COM_075.read_bytes().replace(b"<NbVoix>631193<", b"<NbVoix>631 193,0<"), "not a whole"),
        (_bundle("index.xml")[:40], "not a readable zip"),
        ((MININT / "011/075/075056AR01.xml").read_bytes(), "arrondissements=True"),
    ],
)
def test_minint_rejects_what_it_cannot_read(payload, message):
    with pytest.raises(FeedError, match=f"(?i){message}"):
        minint_xml.parse(payload)


def test_minint_missing_round_is_an_error():
    with pytest.raises(FeedError, match="no reported results for round 3"):
        minint_xml.parse(COM_075.read_bytes(), round=3)


# --- hap2011_json: the 2011 primary's live national JSON ------------------------------------


def test_hap2011_live_sample_before_any_count():
    payload = hap2011_json.parse(
        (OFFICIAL / "hap2011/results_T1_2011-10-08T18-18-55.json").read_bytes()
    )
    (record,) = payload.records
    assert (record.unit.code, record.unit.level) == ("FR", "national")
    assert (record.units_reported, record.units_total) == (0, 9315)
    assert record.votants == 0 and record.blancs is None
    assert payload.published_at == datetime(2011, 10, 8, 16, 18, 55, tzinfo=UTC)
    assert [c.name for c in payload.candidates][4] == "François Hollande"


def test_hap2011_final_round_one_figures():
    payload = hap2011_json.parse((OFFICIAL / "hap2011/results_T1_final.json").read_bytes(), round=1)
    (record,) = payload.records
    assert (record.votants, record.nuls, record.exprimes) == (2_661_231, 11_025, 2_650_206)
    votes = dict(record.votes)
    assert votes["francoishollande"] == 1_038_188 and votes["martineaubry"] == 806_168
    assert sum(votes.values()) == record.exprimes
    assert (record.units_reported, record.units_total) == (9425, 9425)
    assert payload.round == 1


def test_hap2011_final_round_two_partial_validation():
    payload = hap2011_json.parse((OFFICIAL / "hap2011/results_T2_final.json").read_bytes(), round=2)
    (record,) = payload.records
    assert dict(record.votes) == {"martineaubry": 1_233_899, "francoishollande": 1_607_268}
    assert record.exprimes == 2_841_167 and record.units_reported == 9407


HAP_OK = {"heure_maj": "2011-10-09T21:00:00+02:00", "bureaux_vote": "12/9315", "votants": 10,
          "blancs_nuls": 1, "martineaubry": {"nom_prenom": "Martine Aubry", "pourcentage": 50,
                                             "voix": 5}}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"bureaux_vote": "douze"}, "n/N"),
        ({"votants": "dix"}, "votants is not a whole number"),
        ({"heure_maj": "hier soir"}, "ISO 8601"),
        ({"martineaubry": {"nom_prenom": "Martine Aubry"}}, "no 'voix'"),
        ({"martineaubry": 3}, "no candidate"),
    ],
)
def test_hap2011_rejects_unusable_documents(change, message):
    with pytest.raises(FeedError, match=message):
        hap2011_json.parse(json.dumps(HAP_OK | change).encode())


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "empty"),
        (HTML_PAGE, "HTML page"),
        (json.dumps(HAP_OK).encode()[:-20], "not valid JSON.*truncated"),
        (json.dumps({k: v for k, v in HAP_OK.items() if k != "votants"}).encode(), "votants"),
        (json.dumps(HAP_OK | {"x": "Séverine"}, ensure_ascii=False).encode("latin-1"), "utf-8"),
        (b"[1, 2]", "expected a JSON object"),
    ],
)
def test_hap2011_rejects_what_it_cannot_read(payload, message):
    with pytest.raises(FeedError, match=f"(?i){message}"):
        hap2011_json.parse(payload)


def test_hap2011_keeps_votes_above_votants():
    payload = hap2011_json.parse(json.dumps(HAP_OK | {"votants": 3}).encode())
    assert payload.records[0].exprimes == 2 and dict(payload.records[0].votes)["martineaubry"] == 5


# --- bureau_feed: our own format --------------------------------------------------------------

FEED = OFFICIAL / "bureau_feed"


def test_bureau_feed_full_document():
    payload = bureau_feed.parse((FEED / "feed_full.json").read_bytes(), round=1)
    assert payload.complete and payload.sequence == 4182 and payload.election == "pr2017"
    assert payload.published_at == datetime(2017, 4, 23, 18, 14, 5, tzinfo=UTC)
    assert [r.unit.code for r in payload.records] == [
        "01001_0001", "75056_0101", "75056_0102", "75056_0103", "ZZ139_0001",
    ]  # fmt: skip
    montreal = payload.records[-1]
    assert (montreal.unit.inscrits, montreal.votants, montreal.blancs, montreal.nuls) == (
        57_842, 23_431, 76, 149,
    )  # fmt: skip
    assert dict(montreal.votes)["MACRON"] == 8374 and montreal.status == "provisional"
    assert montreal.updated_at == datetime(2017, 4, 23, 18, 14, tzinfo=UTC)
    assert len(payload.candidates) == 11 and payload.candidates[2].name == "Emmanuel Macron"


def test_bureau_feed_increment_is_not_complete():
    payload = bureau_feed.parse((FEED / "feed_since_4182.json").read_bytes())
    assert not payload.complete and payload.sequence == 4190
    assert [r.unit.code for r in payload.records] == ["ZZ213_0001", "75056_0101"]
    assert payload.records[1].status == "validated"


def test_bureau_feed_empty_document_is_valid_early_in_the_night():
    doc = json.loads((FEED / "feed_full.json").read_bytes()) | {"bureaux": []}
    assert bureau_feed.parse(json.dumps(doc).encode()).records == ()


def test_bureau_feed_registry():
    registry = bureau_feed.parse_registry((FEED / "registry.json").read_bytes())
    assert len(registry) == 6 and registry[-1].code == "ZZ213_0001"
    assert registry[-1].inscrits == 8565 and registry[-1].name == "Toronto"


def test_bureau_feed_keeps_suspicious_bureaux():
    doc = json.loads((FEED / "feed_full.json").read_bytes())
    twin = dict(doc["bureaux"][0], votants=1, votes={"INCONNU": 10_000})
    doc["bureaux"].append(twin)
    payload = bureau_feed.parse(json.dumps(doc).encode())
    assert payload.records[-1].unit.code == payload.records[0].unit.code
    assert payload.records[-1].votes == (("INCONNU", 10_000),)


def _feed_with(**bureau_changes) -> bytes:
    doc = json.loads((FEED / "feed_full.json").read_bytes())
    doc["bureaux"][1].update(bureau_changes)
    return json.dumps(doc).encode()


def _feed_without(*keys: str, **bureau_changes) -> bytes:
    doc = json.loads((FEED / "feed_full.json").read_bytes())
    doc["bureaux"][1].update(bureau_changes)
    for key in keys:
        del doc["bureaux"][1][key]
    return json.dumps(doc).encode()


@pytest.mark.parametrize("word", ["cancelled", "annulé", "annule"])
def test_bureau_feed_reads_a_cancellation_in_either_language(word):
    """The authority annuls a Paris bureau: its figures, if given, are kept as published."""
    record = bureau_feed.parse(_feed_with(status=word)).records[1]
    assert record.status == "cancelled" and record.votants == 926
    assert dict(record.votes)["MACRON"] == 348


def test_bureau_feed_cancellation_may_come_without_figures():
    """An annulled bureau needs no figures (0 stands in); any other bureau still does."""
    counts = ("votants", "blancs", "nuls", "exprimes", "votes")
    record = bureau_feed.parse(_feed_without(*counts, status="annulé")).records[1]
    assert (record.status, record.votants, record.exprimes, record.votes) == ("cancelled", 0, 0, ())
    assert record.unit.inscrits == 1079
    with pytest.raises(FeedError, match="votants"):
        bureau_feed.parse(_feed_without(*counts, status="validated"))


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "empty"),
        (HTML_PAGE, "HTML page"),
        ((FEED / "feed_full.json").read_bytes()[:300], "not valid JSON.*truncated"),
        ((FEED / "registry.json").read_bytes(), "use parse_registry"),
        (_feed_with(votants="beaucoup"), r"bureau #1 \(75056_0101\): votants"),
        (_feed_with(votes=[1, 2]), "'votes' is missing"),
        (_feed_with(status="suspendu"), "status"),
        (_feed_with(updated_at="20h13"), "ISO 8601"),
        (_feed_with(code=None), "missing 'code'"),
        ((FEED / "feed_full.json").read_text(encoding="utf-8").encode("latin-1"), "utf-8"),
    ],
)
def test_bureau_feed_rejects_what_it_cannot_read(payload, message):
    with pytest.raises(FeedError, match=f"(?i){message}"):
        bureau_feed.parse(payload)


def test_bureau_feed_refuses_the_wrong_round():
    with pytest.raises(FeedError, match="round 1, expected round 2"):
        bureau_feed.parse((FEED / "feed_full.json").read_bytes(), round=2)


def test_bundle_is_deterministic():
    one = _bundle("index.xml", "011/075/075com.xml")
    assert one == _bundle("index.xml", "011/075/075com.xml")
    assert zipfile.ZipFile(io.BytesIO(one)).namelist() == ["index.xml", "011/075/075com.xml"]


def test_xml_in_an_encoding_python_does_not_know_is_a_feed_error():
    """Found by the fuzz test: a declared encoding that does not exist is refused in one line."""
    payload = b'<?xml version="1.0" encoding="U-F-8"?>\n<Election></Election>'
    with pytest.raises(FeedError, match="unknown encoding"):
        minint_xml.parse(payload, round=None)
