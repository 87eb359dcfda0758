"""What changed between two times (issue 13, item 4): bureaux new, corrected and quarantined, and
labels that changed, as a page and as two CSVs, on real 2017 rows of Corrèze and Corse-du-Sud,
on both backends."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, update

from primaries import changes
from primaries.app import create_app
from primaries.changes import WindowError, parse_window
from primaries.models import RESULT, Claim, Story, Verdict
from primaries.queries import get_area
from primaries.users import create_user
from tests.conftest import NOW, PASSWORD, ingest_sample, login, wide_sample

T0 = NOW - timedelta(minutes=40)  # Corrèze reports
T1 = NOW - timedelta(minutes=10)  # Corse-du-Sud reports; two Corrèze bureaux change
PARIS = "Europe/Paris"


def _iso(when: datetime) -> str:
    return when.isoformat().replace("+", "%2B")


# --- the window: what a reader may type, and the clear refusals ---


def test_the_default_window_is_the_last_half_hour():
    window = parse_window(None, None, None, now=NOW, tz_name=PARIS)
    assert (window.since, window.until) == (NOW - timedelta(minutes=30), NOW)


def test_a_window_reads_the_election_clock_offsets_and_minutes():
    """A time without an offset is Paris time (UTC+2 in April); "20:15" is today's; an offset
    is honoured even when its '+' came through a URL as a space."""
    local = parse_window("2017-04-23T20:00", "2017-04-23T21:00", None, now=NOW, tz_name=PARIS)
    assert local.since == datetime(2017, 4, 23, 18, 0, tzinfo=UTC) and local.minutes == 60
    clock = parse_window("20h15", None, None, now=NOW, tz_name=PARIS)
    assert clock.since == datetime(2017, 4, 23, 18, 15, tzinfo=UTC) and clock.until == NOW
    spaced = parse_window("2017-04-23T19:00:00 00:00", None, None, now=NOW, tz_name=PARIS)
    assert spaced.since == datetime(2017, 4, 23, 19, 0, tzinfo=UTC)
    last = parse_window(None, "2017-04-23T21:00+02:00", "15", now=NOW, tz_name=PARIS)
    assert last.since == datetime(2017, 4, 23, 18, 45, tzinfo=UTC)


@pytest.mark.parametrize(
    ("since", "until", "minutes", "key"),
    [
        ("hier soir", None, None, "window_bad_time"),
        ("2017-02-30T20:00", None, None, "window_bad_time"),
        ("25:00", None, None, "window_bad_time"),
        (None, "2017-04-23T20:00" + "0" * 40, None, "window_bad_time"),
        ("2017-04-23T21:00", "2017-04-23T20:00", None, "window_order"),
        ("2017-04-23T21:00", "2017-04-23T21:00", None, "window_order"),
        (None, None, "0", "window_bad_minutes"),
        (None, None, "-5", "window_bad_minutes"),
        (None, None, "trente", "window_bad_minutes"),
        (None, None, "100000", "window_bad_minutes"),
        ("20:00", None, "30", "window_both"),
    ],
)
def test_a_window_that_cannot_be_read_is_refused_by_name(since, until, minutes, key):
    with pytest.raises(WindowError) as refused:
        parse_window(since, until, minutes, now=NOW, tz_name=PARIS)
    assert refused.value.key == key


# --- a night with every kind of change ---


def _bumped(payload: bytes, rows: dict[int, int]) -> bytes:
    """The wide file with `extra` votes for Macron in the data rows named (votants and
    exprimés grow with them, so the arithmetic still holds)."""
    table = list(csv.reader(io.StringIO(payload.decode("utf-8"))))
    header = table[0]
    macron = next(i for i, name in enumerate(header) if "macron" in name.lower())
    for number, extra in rows.items():
        row = table[number]
        for column in (header.index("votants"), header.index("exprimes"), macron):
            row[column] = str(int(row[column]) + extra)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(table)
    return out.getvalue().encode("utf-8")


def _story(conn: Any, name: str, status: str = "public") -> int:
    return conn.execute(
        insert(Story.__table__).values(
            fingerprint=name,
            text=f"{name} : Macron en tête à Affieux",
            first_seen=T0,
            last_seen=T0,
            posts=1,
            accounts=1,
            reach=1,
            round=1,
            status=status,
        )
    ).inserted_primary_key[0]


def _claim(conn: Any, story: int, area: str, labels: list[tuple[str, datetime, str]], rnd=1):
    """A claim and its verdicts, each (label, from, by); the claim keeps the last machine one."""
    machine = [label for label, _, by in labels if by == "machine"]
    claim = conn.execute(
        insert(Claim.__table__).values(
            story_id=story,
            position=0,
            round=rnd,
            type="leader",
            candidates=["macron"],
            area=area,
            fragment="Macron en tête",
            value={},
            flags=[],
            label=machine[-1],
            label_at=T1,
            reason_fr="Affieux, 1/1 bureau, 21:37",
            reason_en="Affieux, 1/1 bureau, 21:37",
            created_at=T0,
        )
    ).inserted_primary_key[0]
    for label, when, by in labels:
        conn.execute(
            insert(Verdict.__table__).values(
                claim_id=claim,
                label=label,
                reason_fr="Affieux, 1/1 bureau",
                reason_en="Affieux, 1/1 bureau",
                valid_from=when,
                by=by,
                evidence={},
            )
        )
    return claim


@pytest.fixture
def night(engine, app_settings, geography, tmp_path):
    """Corrèze at T0; at T1 Corse-du-Sud, a correction and a quarantine in Corrèze, and posts
    whose labels change (the machine's and the newsroom's), with a tip and a round-2 post that
    must stay out."""
    correze = wide_sample(1, ("19",))
    first = ingest_sample(engine, app_settings, geography, correze, when=T0)
    both = wide_sample(1, ("19", "2A"))
    table = list(csv.reader(io.StringIO(both.decode("utf-8"))))
    codes = [f"{r[0]}{r[1]}_{r[2]}" for r in table[1:3]]  # the first two Corrèze bureaux
    second = ingest_sample(engine, app_settings, geography, _bumped(both, {1: 1, 2: 2}), when=T1)
    with engine.begin() as conn:
        # The integrity check's verdict on the second bureau's new figures.
        conn.execute(
            update(RESULT)
            .where(RESULT.c.bureau == codes[1], RESULT.c.revision == 2)
            .values(status="quarantined")
        )
        affieux = _story(conn, "affieux")
        ids = {
            "affieux": _claim(
                conn,
                affieux,
                codes[0].split("_")[0],
                [
                    ("unconfirmed", T0, "machine"),
                    ("confirmed", T1, "machine"),
                    ("contradicted", T1 + timedelta(minutes=1), "eve"),
                ],
            ),
            "ajaccio": _claim(
                conn,
                _story(conn, "ajaccio"),
                "2A",
                [("unconfirmed", T0, "machine"), ("contradicted", T1, "machine")],
            ),
            "steady": _claim(
                conn,
                _story(conn, "steady"),
                "19",
                [("unconfirmed", T0, "machine"), ("unconfirmed", T1, "machine")],
            ),
            "tip": _claim(
                conn,
                _story(conn, "tip", status="pending"),
                "19",
                [("unconfirmed", T0, "machine"), ("confirmed", T1, "machine")],
            ),
            "round2": _claim(
                conn,
                _story(conn, "round2"),
                "19",
                [("unconfirmed", T0, "machine"), ("confirmed", T1, "machine")],
                rnd=2,
            ),
        }
    create_user(engine, "eve", PASSWORD, "editor", now=NOW)
    app = create_app(app_settings, TESTING=True, MICROCACHE_SECONDS=0, EXPORTS_DIR=tmp_path)
    try:
        yield {
            "engine": engine,
            "client": app.test_client(),
            "codes": codes,
            "correze": first.new,
            "corse": second.new,
            "ids": ids,
        }
    finally:
        app.extensions["primaries"]["engine"].dispose()


WHOLE = changes.Window(T0 - timedelta(minutes=1), NOW)
LATER = changes.Window(T1 - timedelta(minutes=1), NOW)


def test_every_kind_of_change_is_counted_once(night):
    """The whole night: every Corrèze and Corse-du-Sud bureau new once, the corrected and the
    quarantined bureau, and three labels that changed (the steady post, the unapproved tip and
    the round-2 post are not changes of round 1's public labels)."""
    assert night["correze"] > 300 and night["corse"] > 100
    with night["engine"].connect() as conn:
        whole = changes.counts(conn, 1, WHOLE)
        later = changes.counts(conn, 1, LATER)
        correze = changes.counts(conn, 1, WHOLE, get_area(conn, "19"))
        corse = changes.counts(conn, 1, LATER, get_area(conn, "2A"))
    assert whole == {
        "new": night["correze"] + night["corse"],
        "corrected": 1,
        "quarantined": 1,
        "label": 3,
        **NONE_OF_THESE,
    }
    assert later == {
        "new": night["corse"],
        "corrected": 1,
        "quarantined": 1,
        "label": 3,
        **NONE_OF_THESE,
    }
    assert correze == {
        "new": night["correze"],
        "corrected": 1,
        "quarantined": 1,
        "label": 2,
        **NONE_OF_THESE,
    }
    assert corse == {
        "new": night["corse"],
        "corrected": 0,
        "quarantined": 0,
        "label": 1,
        **NONE_OF_THESE,
    }


NONE_OF_THESE = {"cancelled": 0, "validated": 0}  # the night cancels and re-validates nothing


def test_a_change_says_what_moved_and_where_it_came_from(night):
    with night["engine"].connect() as conn:
        [fixed] = changes.changes_page(conn, 1, LATER, "corrected")
        [held] = changes.changes_page(conn, 1, LATER, "quarantined")
        labels = changes.changes_page(conn, 1, LATER, "label")
    assert fixed["bureau"] == night["codes"][0] and fixed["revision"] == 2
    assert fixed["votants"] == fixed["previous_votants"] + 1
    assert fixed["moved"] == ["votants", "exprimes", "macron"]
    assert fixed["source"] == "resultats-bureaux" and fixed["fetched_at"] == T1
    assert held["bureau"] == night["codes"][1] and held["status"] == "quarantined"
    assert held["previous_status"] == "validated" and "status" in held["moved"]
    seen = [(r["claim_id"], r["previous_label"], r["label"], r["newsroom"]) for r in labels]
    ids = night["ids"]
    assert seen == [  # newest first (the two of T1 in the order they were given, reversed)
        (ids["affieux"], None, "contradicted", True),
        (ids["ajaccio"], "unconfirmed", "contradicted", False),
        (ids["affieux"], "unconfirmed", "confirmed", False),
    ]


def test_the_page_counts_lists_and_links_the_rest(night):
    """The overview in French: the window, the four counts, the newest rows of each kind, and
    for the new bureaux "and N more" leading to every one of them, page by page."""
    client = night["client"]
    url = f"/changes?round=1&since={_iso(WHOLE.since)}&until={_iso(WHOLE.until)}"
    response = client.get(url)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Ce qui a changé" in html and "Du 23/04/2017 21:06 au 23/04/2017 21:47" in html
    assert "Bureaux corrigés (1)" in html and "Bureaux en quarantaine (1)" in html
    assert "Verdicts modifiés (3)" in html and "rédaction" in html
    assert night["codes"][0] in html and "en quarantaine" in html
    new = night["correze"] + night["corse"]
    assert f"… et {new - changes_page_rows()} de plus" in html
    assert "Macron en tête à Affieux" in html and "tip :" not in html
    assert "public" in response.headers["Cache-Control"] and response.headers.get("ETag")
    assert "Set-Cookie" not in response.headers
    pages = -(-new // 200)
    assert pages > 1
    listed = 0
    for number in range(1, pages + 1):
        shown = client.get(f"{url}&kind=new&page={number}").get_data(as_text=True)
        assert f"Page {number} sur {pages}" in shown
        listed += shown.count("<tr><td><time")
    assert listed == new
    english = client.get(url + "&lang=en").get_data(as_text=True)
    assert "What changed" in english and "Quarantined polling stations (1)" in english


def changes_page_rows() -> int:
    from primaries.web.changes import SECTION_ROWS

    return SECTION_ROWS


@pytest.mark.parametrize(
    ("query", "french", "english"),
    [
        ("since=hier", "« since » doit être une heure", "“since” must be a time"),
        ("minutes=0", "« minutes » doit être un nombre entier", "“minutes” must be a whole"),
        (
            "since=2017-04-23T22:00&until=2017-04-23T21:00",
            "Le début de la période doit précéder sa fin.",
            "The window must start before it ends.",
        ),
        ("kind=everything", "« kind » doit être l'un de", "“kind” must be one of"),
        ("page=0", "« page » doit être un nombre entier positif", "“page” must be a positive"),
    ],
)
def test_bad_input_is_a_clear_400_that_keeps_what_was_typed(night, query, french, english):
    client = night["client"]
    response = client.get(f"/changes?{query}")
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and french.replace("'", "&#39;") in html
    assert "<form" in html  # the form stays, with what was typed in it
    if query.startswith("since=hier"):
        assert 'value="hier"' in html
    in_english = client.get(f"/changes?{query}&lang=en")
    assert in_english.status_code == 400 and english in in_english.get_data(as_text=True)
    plain = client.get(f"/changes.csv?{query}")
    if query.startswith(("kind", "page")):
        assert plain.status_code == 200  # the CSVs take no kind and no page: every change
    else:
        assert plain.status_code == 400 and english in plain.get_data(as_text=True)
        fr = client.get(f"/changes-fr.csv?{query}").get_data(as_text=True)
        assert french in fr


def test_an_unknown_area_is_a_404(night):
    assert night["client"].get("/changes?area=ZZZZ").status_code == 404


def test_the_international_csv_holds_every_change(night):
    client = night["client"]
    query = f"round=1&since={_iso(WHOLE.since)}&until={_iso(WHOLE.until)}"
    response = client.get(f"/changes.csv?{query}")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    kinds = [r["change"] for r in rows]
    assert kinds.count("new") == night["correze"] + night["corse"]
    assert kinds.count("corrected") == 1 and kinds.count("quarantined") == 1
    assert kinds.count("label") == 3
    fixed = next(r for r in rows if r["change"] == "corrected")
    assert int(fixed["votants"]) == int(fixed["previous_votants"]) + 1
    assert fixed["changed"] == "votants exprimes macron"
    assert fixed["fetched_at"] == T1.isoformat() and fixed["source"] == "resultats-bureaux"
    assert "." in fixed["turnout"]
    newsroom = next(r for r in rows if r["by"] == "newsroom")
    assert newsroom["label"] == "contradicted" and newsroom["url"].endswith(
        f"/claim/{night['ids']['affieux']}"
    )


def test_the_french_csv_opens_in_a_french_spreadsheet(night):
    """';', decimal comma, UTF-8 with its BOM, French headers and words, Paris times."""
    client = night["client"]
    query = f"round=1&area=19&since={_iso(LATER.since)}&until={_iso(LATER.until)}"
    raw = client.get(f"/changes-fr.csv?{query}").get_data()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    header = rows[0]
    assert header[:4] == ["Heure", "Changement", "Tour", "Code du bureau"]
    assert "Participation (%)" in header and "Verdict précédent" in header
    got = {r[header.index("Changement")] for r in rows[1:]}
    assert got == {"corrigé", "en quarantaine", "verdict"}  # Corrèze only: no new bureau then
    fixed = next(r for r in rows[1:] if r[1] == "corrigé")
    assert fixed[0] == "23/04/2017 21:37:00"  # 19:37 UTC on the election's clock
    assert fixed[header.index("Ce qui a changé")] == "votants; exprimés; Emmanuel Macron"
    turnout = fixed[header.index("Participation (%)")]
    assert "," in turnout and "." not in turnout
    held = next(r for r in rows[1:] if r[1] == "en quarantaine")
    assert held[header.index("Statut précédent")] == "validé"
    labels = [r for r in rows[1:] if r[1] == "verdict"]
    assert {r[header.index("Par")] for r in labels} == {"machine", "rédaction"}


def test_the_area_page_and_the_newsroom_link_to_it(night):
    client = night["client"]
    area = client.get("/area/19?round=1").get_data(as_text=True)
    assert "/changes?area=19&amp;round=1" in area and "Ce qui a changé ici" in area
    login(client, "eve")
    queue = client.get("/editor/").get_data(as_text=True)
    assert 'href="/changes"' in queue


def test_a_rehearsals_changes_say_so(night, app_settings, tmp_path):
    """Changes made from a test source carry the REHEARSAL / RÉPÉTITION band, header and
    column, like every other page and export."""
    sources = tuple(
        dataclasses.replace(s, test=True) if s.name == "resultats-bureaux" else s
        for s in app_settings.sources
    )
    app = create_app(
        dataclasses.replace(app_settings, sources=sources),
        TESTING=True,
        MICROCACHE_SECONDS=0,
        EXPORTS_DIR=tmp_path,
    )
    try:
        client = app.test_client()
        query = f"round=1&since={_iso(LATER.since)}&until={_iso(LATER.until)}"
        assert "RÉPÉTITION / REHEARSAL" in client.get(f"/changes?{query}").get_data(as_text=True)
        response = client.get(f"/changes-fr.csv?{query}")
        assert response.headers["X-Rehearsal"] == "1"
        assert "REPETITION-" in response.headers["Content-Disposition"]
        rows = list(csv.reader(io.StringIO(response.get_data(as_text=True)), delimiter=";"))
        assert rows[0][-1] == "Répétition" and {r[-1] for r in rows[1:]} == {
            "REHEARSAL / RÉPÉTITION"
        }
    finally:
        app.extensions["primaries"]["engine"].dispose()


@pytest.mark.parametrize(
    ("since", "until"),
    [("2000-01-01T00:00", "2017-04-23T21:00"), ("0001-01-01T00:00", None)],
)
def test_a_window_of_years_or_before_the_calendar_is_refused(since, until):
    with pytest.raises(WindowError):
        parse_window(since, until, None, now=NOW, tz_name=PARIS)
