"""The parties' tally sheets in the store, on both backends: two parties must agree before a sheet
counts, counted sheets are compared with the real 2017 feed of Corrèze, disagreements become
anomalies once, and CSV files and photos are checked before anything is stored."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from primaries import tally_sheets
from primaries.models import ACTION, ANOMALY, RESULT, SHEET, SHEET_PHOTO
from primaries.sheet_input import (
    CSV_MAX_ROWS,
    PHOTO_MAX_BYTES,
    Figures,
    Photo,
    read_csv,
    read_figures,
    read_photo,
)
from tests.conftest import NOW, ingest_sample, wide_sample

CORREZE = ("19",)
# Four one-bureau communes of Corrèze, with their real 2017 round-1 figures in the feed.
AGREE = ("19001_0001", "19002_0001")
DISAGREE = ("19003_0001", "19004_0001")
ALICE = {"name": "alice", "party": "En Marche"}
ALBERT = {"name": "albert", "party": "En Marche"}
BOB = {"name": "bob", "party": "Les Républicains"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 200
JPEG = b"\xff\xd8\xff\xe0" + b"\1" * 200


@pytest.fixture
def store(engine, settings, geography):
    """The migrated store of each backend with the real round-1 feed of Corrèze."""
    ingest_sample(engine, settings, geography, wide_sample(1, CORREZE))
    return engine


def feed_figures(engine, bureau: str) -> Figures:
    """A bureau's current figures in the feed, as a delegate would copy them."""
    with engine.connect() as conn:
        row = (
            conn.execute(select(RESULT).where(RESULT.c.bureau == bureau, RESULT.c.current))
            .mappings()
            .one()
        )
    return Figures(
        bureau, row.inscrits, row.votants, row.blancs, row.nuls, row.exprimes, dict(row.votes)
    )


def moved(figures: Figures, votes: int) -> Figures:
    """The same sheet with `votes` ballots moved from Macron to Le Pen (totals unchanged)."""
    changed = dict(figures.votes)
    changed["macron"] -= votes
    changed["le-pen"] += votes
    return dataclasses.replace(figures, votes=changed)


def save(engine, settings, delegate, *figures, photo=None, when=NOW):
    return tally_sheets.save_sheets(
        engine, settings, [(None, f) for f in figures], 1, delegate, photo=photo, now=when
    )


def anomalies(engine):
    with engine.connect() as conn:
        return [
            dict(r)
            for r in conn.execute(
                select(ANOMALY).where(ANOMALY.c.kind == tally_sheets.ANOMALY_KIND)
            ).mappings()
        ]


def test_two_agreeing_and_two_disagreeing_sheets(store, settings):
    """Two parties copy four sheets alike: two match the feed, two differ from it; the two that
    differ raise one anomaly each with both sets of numbers, and only once."""
    right = [feed_figures(store, b) for b in AGREE]
    wrong = [moved(feed_figures(store, b), 12) for b in DISAGREE]
    save(store, settings, ALICE, *right, *wrong)
    assert anomalies(store) == []  # one party alone: nothing counts yet
    save(store, settings, BOB, *right, *wrong)

    with store.connect() as conn:
        seen = tally_sheets.overview(conn, 1)
        communes = tally_sheets.overview(conn, 1, "19")
    assert seen["areas"] == [
        {"code": "19", "name": "Corrèze", "received": 4, "agrees": 2, "disagrees": 2,
         "no_feed": 0, "single": 0, "conflict": 0}
    ]  # fmt: skip
    assert {a["code"]: a["disagrees"] for a in communes["areas"]} == {
        "19001": 0, "19002": 0, "19003": 1, "19004": 1
    }  # fmt: skip
    issues = {i["bureau"]: i for i in seen["issues"]}
    assert set(issues) == set(DISAGREE)
    for figures in wrong:
        issue = issues[figures.bureau]
        assert issue["differs"] == ["le-pen", "macron"]
        assert issue["figures"]["votes"]["macron"] == issue["feed"]["votes"]["macron"] - 12
        assert issue["parties"] == ["En Marche", "Les Républicains"]

    raised = anomalies(store)
    assert sorted(a["bureau"] for a in raised) == sorted(DISAGREE)
    for anomaly in raised:
        assert anomaly["source"] == "tally-sheets" and anomaly["snapshot_id"] is not None
        assert anomaly["details"]["sheet"] != anomaly["details"]["feed"]
        assert "macron" in anomaly["message"]
    assert tally_sheets.reconcile_all(store, settings, now=NOW + timedelta(minutes=5)) == 0
    assert len(anomalies(store)) == 2


def test_one_party_never_makes_a_sheet_count(store, settings):
    """Two delegates of one party share one copy (the second corrects it, audited with the
    figures before); a second party that disagrees leaves the sheet in conflict, no anomaly."""
    wrong = moved(feed_figures(store, AGREE[0]), 5)
    save(store, settings, ALICE, wrong)
    save(store, settings, ALBERT, wrong, when=NOW + timedelta(minutes=1))
    with store.connect() as conn:
        copies = conn.execute(select(SHEET)).mappings().all()
        actions = conn.execute(select(ACTION).order_by(ACTION.c.id)).mappings().all()
        assert tally_sheets.overview(conn, 1)["totals"]["single"] == 1
    assert len(copies) == 1 and copies[0]["revision"] == 2 and copies[0]["entered_by"] == "albert"
    assert [a["action"] for a in actions] == ["tally_sheet_entered", "tally_sheet_corrected"]
    assert actions[1]["details"]["before"]["entered_by"] == "alice"

    save(store, settings, BOB, moved(wrong, 1))
    with store.connect() as conn:
        seen = tally_sheets.overview(conn, 1)
    assert seen["totals"]["conflict"] == 1 and seen["totals"]["disagrees"] == 0
    assert seen["issues"][0]["differs"] == ["le-pen", "macron"]
    assert anomalies(store) == []


def test_a_corrected_feed_is_compared_again(store, settings, geography):
    """Sheets that agreed with the feed raise an anomaly once the feed is corrected away from
    them (the scheduler's job compares again; the sheets came first)."""
    figures = feed_figures(store, AGREE[0])
    save(store, settings, ALICE, figures)
    save(store, settings, BOB, figures)
    assert anomalies(store) == []
    payload = wide_sample(1, CORREZE).decode().splitlines()
    header = payload[0].split(",")
    at = {name: i for i, name in enumerate(header)}
    for n, line in enumerate(payload):
        cells = line.split(",")
        if f"{cells[0]}{cells[1]}_{cells[2]}" == AGREE[0]:
            cells[at["MACRON"]] = str(int(cells[at["MACRON"]]) - 3)
            cells[at["FILLON"]] = str(int(cells[at["FILLON"]]) + 3)
            payload[n] = ",".join(cells)
    later = NOW + timedelta(hours=1)
    ingest_sample(store, settings, geography, ("\n".join(payload) + "\n").encode(), when=later)
    assert feed_figures(store, AGREE[0]).votes["fillon"] == figures.votes["fillon"] + 3
    assert tally_sheets.reconcile_all(store, settings, now=later) == 1
    assert anomalies(store)[0]["details"]["differs"] == ["fillon", "macron"]


def test_a_file_with_one_unknown_bureau_stores_nothing(store, settings):
    """Every line is checked before anything is written: one unknown bureau refuses them all."""
    good = feed_figures(store, AGREE[0])
    lost = dataclasses.replace(good, bureau="19999_0042")
    with pytest.raises(tally_sheets.SheetRefused) as refused:
        tally_sheets.save_sheets(store, settings, [(2, good), (3, lost)], 1, ALICE, now=NOW)
    assert [(p.key, p.line) for p in refused.value.problems] == [("tally_err_bureau", 3)]
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(SHEET)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(ACTION)).scalar() == 0


def test_photos_are_stored_once_with_their_sha256_and_within_a_budget(store, settings, monkeypatch):
    """A photo is kept by content (its sha256), dropped once no copy shows it, and a delegate's
    photos never go past the budget; only the party that shows it (or the newsroom) reads it."""
    figures = feed_figures(store, AGREE[0])
    first, _ = read_photo(PNG)
    save(store, settings, ALICE, figures, photo=first)
    with store.connect() as conn:
        stored = conn.execute(select(SHEET_PHOTO)).mappings().one()
        assert tally_sheets.photo_for(conn, first.sha256, "Les Républicains") is None
        assert tally_sheets.photo_for(conn, first.sha256, None)["data"] == PNG
    assert stored["sha256"] == hashlib.sha256(PNG).hexdigest() and stored["size"] == len(PNG)
    assert stored["content_type"] == "image/png"

    second, _ = read_photo(JPEG)
    save(store, settings, ALBERT, figures, photo=second)
    with store.connect() as conn:
        kept = conn.execute(select(SHEET_PHOTO.c.sha256, SHEET_PHOTO.c.content_type)).all()
    assert [tuple(k) for k in kept] == [(second.sha256, "image/jpeg")]

    monkeypatch.setattr(tally_sheets, "PHOTO_BUDGET_BYTES", len(PNG) + 10)
    big = Photo(JPEG + b"\2" * 100, "image/jpeg", "f" * 64)
    with pytest.raises(tally_sheets.SheetRefused) as refused:
        save(store, settings, ALBERT, feed_figures(store, AGREE[1]), photo=big)
    assert refused.value.problems[0].key == "tally_err_photo_budget"
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(SHEET)).scalar() == 1


# --- reading the input (no store) ---

CANDIDATES = ("macron", "le-pen")
HEADER = "bureau;inscrits;votants;blancs;nuls;exprimes;macron;le-pen"


def test_a_good_csv_gives_every_sheet():
    """`;` or `,`, a BOM, accents in headers, blank lines: every line becomes a sheet."""
    text = "\ufeffBureau,Inscrits,Votants,Blancs,Nuls,Exprimés,macron,le-pen\n19001_0001,100,80,2,3,75,50,25\n\n19002_0001,50,40,0,0,40,1,39\n"
    sheets, problems = read_csv(text.encode(), CANDIDATES)
    assert problems == []
    assert [(s.bureau, s.votants, s.votes) for s in sheets] == [
        ("19001_0001", 80, {"macron": 50, "le-pen": 25}),
        ("19002_0001", 40, {"macron": 1, "le-pen": 39}),
    ]


def test_csv_errors_are_given_line_by_line_and_nothing_is_kept():
    """Each wrong line says where and what, in the page's terms; no sheet comes out."""
    text = "\n".join(
        [
            HEADER,
            "19001_0001;100;80;2;3;75;50;25",
            "19002_0001;100;8O;2;3;75;50;25",  # a letter O
            "19003_0001;100;80;2;3;75;50;20",  # votes add up to 70
            "19004_0001;100;120;0;0;120;60;60",  # more voters than registered
            "19001_0001;100;80;2;3;75;50;25",  # the same bureau again
            "19005_0001;100;80;2;3;75;50",  # a cell short
            "19006_0001;100;-1;2;3;75;50;25",
        ]
    )
    sheets, problems = read_csv(text.encode(), CANDIDATES)
    assert sheets == []
    assert [(p.line, p.key) for p in problems] == [
        (3, "tally_err_whole"),
        (4, "tally_err_votes"),
        (5, "tally_err_over"),
        (6, "tally_err_twice"),
        (7, "tally_err_cells"),
        (8, "tally_err_range"),
    ]
    assert problems[0].params == {"field": "votants", "value": "8O"}
    assert problems[3].params["first"] == 2


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"bureau;inscrits;votants\n1;2;3\n", "tally_err_columns_missing"),
        ((HEADER + ";hollande\nx;1\n").encode(), "tally_err_columns_unknown"),
        ("bureau;inscrits\né".encode("latin-1"), "tally_err_encoding"),
        (HEADER.encode(), "tally_err_csv_empty"),
        ((HEADER + "\n" + "x;1;1;0;0;1;1;0\n" * (CSV_MAX_ROWS + 1)).encode(), "tally_err_csv_rows"),
    ],
)
def test_a_csv_file_that_cannot_be_read_says_why(data, key):
    """Wrong columns, another encoding, no line, too many lines: one clear problem."""
    sheets, problems = read_csv(data, CANDIDATES)
    assert sheets == [] and problems[0].key == key


def test_a_form_reports_every_missing_or_wrong_figure_at_once():
    """Strict counts: blanks, decimals, thousands separators and signs are refused."""
    values = {"bureau": "19001_0001", "inscrits": "1 000", "votants": "80.0", "blancs": ""}
    figures, problems = read_figures(values, CANDIDATES)
    assert figures is None
    assert {(p.key, p.params["field"]) for p in problems} == {
        ("tally_err_whole", "inscrits"),
        ("tally_err_whole", "votants"),
        ("tally_err_missing", "blancs"),
        ("tally_err_missing", "nuls"),
        ("tally_err_missing", "exprimes"),
        ("tally_err_missing", "macron"),
        ("tally_err_missing", "le-pen"),
    }


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (JPEG, "image/jpeg"),
        (PNG, "image/png"),
        (b"%PDF-1.7\n" + b"x" * 50, "application/pdf"),
        (b"GIF89a" + b"x" * 50, None),
        (b"<html><script>alert(1)</script>", None),
        (b"", None),
        (b"\xff\xd8\xff" + b"\0" * PHOTO_MAX_BYTES, None),  # a JPEG one byte too big
    ],
)
def test_a_photo_is_known_by_its_first_bytes_and_bounded(data, kind):
    """JPEG, PNG and PDF by their magic bytes, whatever the file's name; nothing over the size."""
    photo, problem = read_photo(data)
    if kind is None:
        assert photo is None and problem.key in ("tally_err_photo_type", "tally_err_photo_size")
    else:
        assert problem is None and photo.content_type == kind
        assert photo.sha256 == hashlib.sha256(data).hexdigest()


def test_two_parties_against_two_others_is_a_conflict_not_a_count():
    def entry(party: str, macron: int) -> dict:
        counts = {"inscrits": 500, "votants": 400, "blancs": 5, "nuls": 5, "exprimes": 390}
        return {**counts, "party": party, "votes": {"macron": macron, "le-pen": 390 - macron}}

    pair = [entry("A", 200), entry("B", 200)]
    assert tally_sheets.agreement(pair)["status"] == "counted"
    tied = tally_sheets.agreement([*pair, entry("C", 190), entry("D", 190)])
    assert (tied["status"], tied["figures"]) == ("conflict", None)
    outvoted = tally_sheets.agreement([*pair, entry("C", 200), entry("D", 190)])
    assert outvoted["status"] == "counted" and outvoted["figures"]["votes"]["macron"] == 200
