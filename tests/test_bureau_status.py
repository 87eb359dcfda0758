"""Bureau status: quarantined sheets held out of the count, cancelled bureaux out of their areas,
the running tallies always equal to a recount, and a claim no quarantined sheet can decide.

The figures are the real 2017 round-1 rows of the Corrèze, sent as the bureau feed would."""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from primaries.app import create_app
from primaries.ingest import ingest_payload, load_registry
from primaries.models import ANOMALY, BUREAU, RESULT, TALLY, Claim
from primaries.posts import store_posts
from primaries.queries import area_version, bureaux_of, get_area, standings, status_counts
from primaries.statuses import could_change
from primaries.users import create_user
from primaries.verification import verify_pending
from sources import bureau_feed
from sources.records import PostRecord
from tests.conftest import DATA, PASSWORD, login

NIGHT = datetime(2017, 4, 23, 18, 30, tzinfo=UTC)
COUNTS = ("inscrits", "votants", "blancs", "exprimes")


def correze() -> dict[str, dict[str, Any]]:
    """The real round-1 rows of the Corrèze's 384 bureaux, as bureau_feed entries by code."""
    path = DATA / "2017-presidentielle-1_par_bureau_large.csv.gz"
    entries = {}
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        for row in reader:
            if row[0] != "19":
                continue
            figures = dict(zip(COUNTS, map(int, row[5:9]), strict=True))
            code = f"19{row[1]}_{row[2]}"
            entries[code] = {
                "code": code,
                "departement": "19",
                "commune": row[1],
                "name": row[4],
                "circonscription": row[3],
                **figures,
                "nuls": figures["votants"] - figures["blancs"] - figures["exprimes"],
                "votes": dict(zip(header[9:], map(int, row[9:]), strict=True)),
                "status": "provisional",
            }
    return entries


REAL = correze()
TULLE = sorted(code for code in REAL if code.startswith("19272_"))


def entry(code: str, **changes: Any) -> dict[str, Any]:
    """A real bureau's entry, with some of its fields changed (votes merged, not replaced)."""
    votes = {**REAL[code]["votes"], **changes.pop("votes", {})}
    return {**REAL[code], "votes": votes, **changes}


def feed(bureaux: list[dict[str, Any]], sequence: int) -> bytes:
    """A bureau_feed document of those entries."""
    return json.dumps(
        {
            "format": "primaries-bureau-feed/1",
            "election": "pr2017",
            "round": 1,
            "published_at": (NIGHT + timedelta(minutes=sequence)).isoformat(),
            "sequence": sequence,
            "since": None if sequence == 1 else sequence - 1,
            "candidates": [{"key": key} for key in REAL[TULLE[0]]["votes"]],
            "bureaux": bureaux,
        }
    ).encode()


def ingest(engine, settings, geography, bureaux: list[dict[str, Any]], sequence: int) -> Any:
    """Ingest a feed document as the scheduler would."""
    return ingest_payload(
        engine,
        settings,
        geography,
        feed(bureaux, sequence),
        source="feed",
        kind="bureau_feed",
        round_number=1,
        fetched_at=NIGHT + timedelta(minutes=sequence),
    )


def registry(engine, settings, geography, inscrits: dict[str, int] | None = None) -> None:
    """The Corrèze's registry (some inscrits changed when asked)."""
    doc = {
        "format": "primaries-bureau-registry/1",
        "election": "pr2017",
        "bureaux": [
            {
                **{k: e[k] for k in ("code", "departement", "commune", "name", "circonscription")},
                "inscrits": (inscrits or {}).get(code, e["inscrits"]),
            }
            for code, e in REAL.items()
        ],
    }
    refs = bureau_feed.parse_registry(json.dumps(doc).encode())
    load_registry(engine, settings, geography, refs)


def recount(conn) -> dict[str, Counter]:
    """Every area's totals counted from scratch: the registry and each bureau's current result.

    Not reported or quarantined: its inscrits in the bound; cancelled: out of its areas;
    otherwise its figures counted and nothing left to come."""
    current = {
        r.bureau: r
        for r in conn.execute(select(RESULT).where(RESULT.c.round == 1, RESULT.c.current))
    }
    totals: dict[str, Counter] = defaultdict(Counter)
    for code, inscrits, ancestors in conn.execute(
        select(BUREAU.c.code, BUREAU.c.inscrits, BUREAU.c.ancestors)
    ):
        result = current.get(code)
        status = result.status if result is not None else None
        if status == "cancelled":
            continue
        add = Counter(bureaux_total=1, inscrits=inscrits)
        if status in (None, "quarantined"):
            add["remaining"] = inscrits
        else:
            add.update(
                bureaux_reported=1,
                inscrits_reported=inscrits,
                votants=result.votants,
                blancs=result.blancs,
                nuls=result.nuls,
                exprimes=result.exprimes,
            )
            add.update({f"votes.{k}": v for k, v in result.votes.items()})
        for area in ancestors:
            totals[area].update(add)
    return {area: +counts for area, counts in totals.items()}


def kept_tallies(conn) -> dict[str, Counter]:
    """Every area's running totals as the store keeps them (zeros left out, as in `recount`)."""
    fields = (
        "bureaux_reported",
        "bureaux_total",
        "inscrits",
        "inscrits_reported",
        "votants",
        "blancs",
        "nuls",
        "exprimes",
        "remaining",
    )
    kept = {}
    for row in conn.execute(select(TALLY).where(TALLY.c.round == 1)).mappings():
        counts = Counter({f: row[f] for f in fields})
        counts.update({f"votes.{k}": v for k, v in (row["votes"] or {}).items()})
        if +counts:
            kept[row["area"]] = +counts
    return kept


def assert_exact(engine) -> None:
    """The running totals of every area equal a recount from scratch."""
    with engine.connect() as conn:
        kept, counted = kept_tallies(conn), recount(conn)
    assert kept.keys() == counted.keys()
    wrong = {a: (kept[a], counted[a]) for a in kept if kept[a] != counted[a]}
    assert not wrong


def statuses(engine, code: str) -> dict[str, int]:
    """An area's bureaux by status."""
    with engine.connect() as conn:
        return status_counts(conn, get_area(conn, code), 1)


def test_quarantine_release_and_cancellation_keep_every_total_exact(engine, settings, geography):
    """Five polls and a registry change over the real Corrèze: bureaux quarantined, released by
    a clean correction, cancelled before and after reporting, reinstated, their inscrits
    changed by the registry; after each step every area's totals equal a recount."""
    codes = sorted(REAL)
    sheet_sum, over, negative, late_bad = codes[3], codes[10], codes[20], codes[30]
    cancel_counted, cancel_waiting, moved = codes[40], codes[300], codes[50]
    registry(engine, settings, geography)
    assert_exact(engine)

    # 1. 200 bureaux; a typo in one sheet's votes, a second with more votants than inscrits.
    first = [entry(c) for c in codes[:200] if c not in (sheet_sum, over)]
    mel = REAL[sheet_sum]["votes"]["MÉLENCHON"]
    first.append(entry(sheet_sum, votes={"MÉLENCHON": mel + 600}))
    first.append(entry(over, inscrits=REAL[over]["votants"] - 10))
    report = ingest(engine, settings, geography, first, 1)
    kinds = {(f.kind, f.bureau) for f in report.findings}
    assert {("votes_sum", sheet_sum), ("over_inscrits", over)} <= kinds
    assert_exact(engine)
    with engine.connect() as conn:
        dep = standings(conn, settings, "19", 1)
    counted = [c for c in codes[:200] if c not in (sheet_sum, over)]
    assert dep.bureaux_reported == 198 and dep.bureaux_total == 384
    assert dep.votes_of("melenchon") == sum(REAL[c]["votes"]["MÉLENCHON"] for c in counted)
    # The registry's inscrits stay in the bound: the sheet's own (votants - 10) may be the slip.
    held = REAL[sheet_sum]["inscrits"] + REAL[over]["inscrits"]
    waiting = sum(REAL[c]["inscrits"] for c in codes[200:])
    assert dep.remaining == waiting + held
    assert statuses(engine, "19")["quarantined"] == 2

    # 2. The typo corrected (released); a counted sheet turns negative; two bureaux annulled,
    # one counted (no figures given) and one never reported; 50 more bureaux in.
    second = [entry(sheet_sum), entry(negative, votes={"HAMON": -4})]
    second += [{**entry(cancel_counted, status="cancelled"), "votes": None, "votants": None}]
    second += [entry(cancel_waiting, status="annulé")]
    second += [entry(c) for c in codes[200:250] if c != cancel_waiting]
    ingest(engine, settings, geography, second, 2)
    assert_exact(engine)
    counts = statuses(engine, "19")
    assert (counts["quarantined"], counts["cancelled"], counts["corrected"]) == (2, 2, 1)
    assert sum(counts[k] for k in ("not_reported", "provisional", "validated")) == 380
    with engine.connect() as conn:
        dep = standings(conn, settings, "19", 1)
    assert dep.bureaux_total == 382 and dep.bureaux_reported == 247

    # 3. Reinstated with figures and validated; the other two released; a fourth quarantined.
    third = [entry(cancel_counted, status="validated"), entry(over), entry(negative)]
    third.append(entry(late_bad, votants=REAL[late_bad]["votants"] + 1))
    ingest(engine, settings, geography, third, 3)
    assert_exact(engine)
    assert statuses(engine, "19")["quarantined"] == 1

    # 4. The registry moves the inscrits of a quarantined, a cancelled, a counted and a
    # waiting bureau.
    registry(
        engine,
        settings,
        geography,
        {late_bad: 2000, cancel_waiting: 1500, moved: 999, codes[350]: 1234},
    )
    assert_exact(engine)

    # 5. Each of them reported again with the feed's own inscrits.
    fillon, real = REAL[moved]["votes"]["FILLON"], REAL[moved]
    corrected = entry(
        moved,
        votes={"FILLON": fillon + 1},
        exprimes=real["exprimes"] + 1,
        votants=real["votants"] + 1,
    )
    fifth = [entry(late_bad), entry(cancel_waiting), corrected]
    ingest(engine, settings, geography, fifth, 4)
    assert_exact(engine)
    counts = statuses(engine, "19")
    assert (counts["quarantined"], counts["cancelled"], counts["not_reported"]) == (0, 0, 133)


def test_an_annulled_bureau_leaves_the_bound_so_an_area_can_be_complete(
    engine, settings, geography
):
    """Every bureau of Tulle in but one, which the authority annuls: Tulle is complete (its
    progress at 100 %, nothing left to count), and the annulled votes are in no total."""
    registry(engine, settings, geography)
    *counted, annulled = TULLE
    ingest(engine, settings, geography, [entry(c) for c in counted], 1)
    with engine.connect() as conn:
        assert not standings(conn, settings, "19272", 1).complete
    ingest(engine, settings, geography, [entry(annulled, status="annulé")], 2)
    with engine.connect() as conn:
        tulle = standings(conn, settings, "19272", 1)
        bureau = standings(conn, settings, annulled, 1)
    assert tulle.complete and tulle.bureaux_reported == tulle.bureaux_total == len(counted)
    assert tulle.votes_of("macron") == sum(REAL[c]["votes"]["MACRON"] for c in counted)
    assert tulle.inscrits == sum(REAL[c]["inscrits"] for c in counted)
    assert bureau.bureaux_reported == 0 and bureau.tallies == ()
    assert_exact(engine)


def post(pid: str, text: str, minutes: int) -> PostRecord:
    """A post as a source would give it."""
    return PostRecord(
        platform="x",
        platform_id=pid,
        author=f"user{pid}",
        text=text,
        posted_at=NIGHT + timedelta(minutes=minutes),
        raw=json.dumps({"id": pid}),
    )


def labels(engine) -> dict[str, str]:
    """Each claim's label, by the candidate it names."""
    with engine.connect() as conn:
        rows = conn.execute(select(Claim.__table__)).mappings().all()
    return {r["candidates"][0]: r["label"] for r in rows}


TYPO = 600  # added to Mélenchon's votes in one of Tulle's sheets: enough to put him first


def tulle_with_a_typo(engine, settings, geography) -> str:
    """Every bureau of Tulle in, real, but for one sheet where Mélenchon has 600 votes more
    than its exprimés allow; the code of that bureau."""
    registry(engine, settings, geography)
    bad = TULLE[5]  # 944 inscrits
    bureaux = [entry(c) for c in TULLE if c != bad]
    bureaux.append(entry(bad, votes={"MÉLENCHON": REAL[bad]["votes"]["MÉLENCHON"] + TYPO}))
    ingest(engine, settings, geography, bureaux, 1)
    return bad


def test_a_claim_only_a_quarantined_sheet_would_decide_stays_unconfirmed(
    engine, settings, geography
):
    """With the typo counted, Mélenchon would lead Tulle with every bureau in: "Mélenchon en
    tête à Tulle" confirmed by a sheet that does not add up. Quarantined, the sheet's 944
    inscrits stay in the bound, which exceeds Macron's lead over the other eleven: both
    claims stay unconfirmed, until the correction decides them."""
    bad = tulle_with_a_typo(engine, settings, geography)
    real = Counter()
    for code in TULLE:
        real.update(REAL[code]["votes"])
    typo = real + Counter({"MÉLENCHON": TYPO})
    assert typo["MÉLENCHON"] > typo["MACRON"]  # counted, the typo would make him first
    others = real - Counter(REAL[bad]["votes"])
    assert others["MACRON"] - others["MÉLENCHON"] <= REAL[bad]["inscrits"]
    with engine.connect() as conn:
        tulle = standings(conn, settings, "19272", 1)
    assert tulle.bureaux_reported == len(TULLE) - 1 and tulle.remaining == REAL[bad]["inscrits"]

    store_posts(
        engine,
        [post("1", "Mélenchon en tête à Tulle !", 5), post("2", "Macron en tête à Tulle", 6)],
        source="x",
        now=NIGHT + timedelta(minutes=7),
    )
    verify_pending(engine, settings, geography, now=NIGHT + timedelta(minutes=8))
    assert labels(engine) == {"melenchon": "unconfirmed", "macron": "unconfirmed"}

    # The authority corrects the sheet: Tulle is complete and both claims are decided.
    ingest(engine, settings, geography, [entry(bad)], 2)
    verify_pending(engine, settings, geography, now=NIGHT + timedelta(minutes=20))
    assert labels(engine) == {"melenchon": "contradicted", "macron": "confirmed"}


def test_editors_hear_once_that_quarantined_bureaux_could_change_the_leader(
    engine, settings, geography
):
    """Tulle and the Corrèze (only Tulle counted): the quarantined sheet's inscrits reach
    Macron's lead in both, an anomaly says so for each, once, not again at the next poll."""
    bad = tulle_with_a_typo(engine, settings, geography)
    ingest(engine, settings, geography, [entry(TULLE[0], status="validated")], 2)
    with engine.connect() as conn:
        rows = conn.execute(
            select(ANOMALY.c.details).where(ANOMALY.c.kind == "quarantine_decisive")
        ).scalars()
        found = sorted((d["area"], tuple(d["bureaux"]), tuple(d["could_change"])) for d in rows)
    assert ("19272", (bad,), ("lead",)) in found and ("19", (bad,), ("lead",)) in found
    assert len(found) == len(set(found))  # the second poll said nothing new


def test_the_national_qualification_can_be_held_by_a_quarantined_sheet(engine, settings, geography):
    """Nationally, in round 1, a quarantined sheet whose inscrits reach the gap between second
    and third could change who goes to round 2: the anomaly and the status say so."""
    bad = tulle_with_a_typo(engine, settings, geography)
    with engine.connect() as conn:
        national = standings(conn, settings, "FR", 1)
    votes = sorted((t.votes for t in national.tallies), reverse=True)
    assert votes[1] - votes[2] <= REAL[bad]["inscrits"]
    with engine.connect() as conn:
        details = [
            d
            for d in conn.execute(
                select(ANOMALY.c.details).where(ANOMALY.c.kind == "quarantine_decisive")
            ).scalars()
            if d["area"] == "FR"
        ]
    assert details and "qualification" in details[0]["could_change"]


@pytest.fixture
def tulle_site(app_settings, engine, geography):
    """The site over Tulle with one quarantined sheet, one annulled bureau, one never reported,
    and an editor."""
    bad = tulle_with_a_typo(engine, app_settings, geography)
    create_user(engine, "eve", PASSWORD, "editor", now=NIGHT)
    app = create_app(app_settings, TESTING=True, MICROCACHE_SECONDS=0)
    try:
        yield {"client": app.test_client(), "engine": engine, "bad": bad, "settings": app_settings}
    finally:
        app.extensions["primaries"]["engine"].dispose()


def test_the_area_page_counts_statuses_shows_the_held_sheet_and_warns(tulle_site):
    """The Tulle page: bureaux by status, the quarantined row with its figures and the check
    it fails, and a warning that the held-back sheet could change who leads (in French and
    in English); the filter lists the quarantined bureau alone."""
    client, bad = tulle_site["client"], tulle_site["bad"]
    html = client.get("/area/19272?round=1").get_data(as_text=True)
    assert re.search(r"en quarantaine <strong>1</strong>", html)
    assert re.search(r"provisoires <strong>11</strong>", html)
    assert "pourraient changer qui arrive en tête" in html
    row = re.search(
        rf'<tr data-state="quarantined"[^>]*>\s*<td><a href="/area/{bad}\?round=1">'
        r"(.*?)</tr>",
        html,
        re.S,
    )
    assert row, "the quarantined bureau's row"
    cells = row.group(1)
    exprimes = REAL[bad]["exprimes"]
    assert "En quarantaine" in cells
    assert f"somme des voix ({exprimes + TYPO:,}".replace(",", "\u202f") in cells
    assert f"{REAL[bad]['votants']:,}".replace(",", "\u202f") in cells
    english = client.get("/area/19272?round=1&lang=en").get_data(as_text=True)
    assert "could change who leads" in english and "Quarantined" in english

    listed = client.get("/area/19272?round=1&show=quarantined").get_data(as_text=True)
    assert re.findall(r'<td><a href="/area/(19272_[0-9]+)\?round=1">', listed) == [bad]


def test_the_status_api_counts_every_status_and_follows_a_bureau_quarantined_unreported(
    tulle_site, geography
):
    """The API's status counts add up to every bureau; a bureau that had not reported and comes
    in quarantined moves no total, yet its area's counts follow (its version moved)."""
    client, engine, settings = tulle_site["client"], tulle_site["engine"], tulle_site["settings"]
    doc = client.get("/api/areas/19272/status?round=1").json
    assert (
        doc["quarantined"] == 1
        and doc["quarantined_inscrits"] == REAL[tulle_site["bad"]]["inscrits"]
    )
    assert doc["quarantine"]["could_change"] == ["lead"]
    parts = ("not_reported", "provisional", "validated", "quarantined", "cancelled")
    assert sum(doc[k] for k in parts) == doc["bureaux"] == len(TULLE)

    waiting = next(c for c in REAL if c.startswith("19031_"))  # Brive, none reported yet
    with engine.connect() as conn:
        before = area_version(conn, "19", 1)
    ingest(engine, settings, geography, [entry(waiting, votants=1)], 2)
    with engine.connect() as conn:
        assert area_version(conn, "19", 1) > before
    brive = client.get(f"/api/areas/{waiting[:5]}/status?round=1").json
    assert brive["quarantined"] == 1 and brive["provisional"] == 0


def test_the_editors_anomalies_page_names_the_decisive_quarantine(tulle_site):
    """A signed-in editor sees, among the feed's anomalies, that Tulle's quarantined bureau
    could change who leads, and the check its sheet fails."""
    client = tulle_site["client"]
    assert client.get("/editor/anomalies").status_code in (302, 401, 403)
    login(client, "eve")
    html = client.get("/editor/anomalies").get_data(as_text=True)
    assert "Tulle (19272): 1 quarantined bureaux" in html and "could change who leads" in html
    assert f"Bureau {tulle_site['bad']}: the candidates" in html


@pytest.mark.parametrize(
    ("votes", "held", "qualification", "expected"),
    [
        ({"macron": 500, "fillon": 400, "hamon": 100}, 100, False, ("lead",)),
        ({"macron": 500, "fillon": 400, "hamon": 100}, 99, False, ()),
        ({"macron": 500, "fillon": 400, "hamon": 100}, 300, True, ("lead", "qualification")),
        ({"macron": 500, "fillon": 400, "hamon": 100}, 300, False, ("lead",)),
        ({"macron": 900, "fillon": 400, "hamon": 390}, 10, True, ("qualification",)),
        ({"macron": 500, "fillon": 400}, 0, True, ()),
        ({}, 5000, True, ()),  # nothing counted: nobody leads yet
    ],
)
def test_what_held_back_ballots_could_change(votes, held, qualification, expected):
    """The held-back inscrits against the gaps first-second and (where asked) second-third."""
    assert could_change(votes, held, qualification=qualification) == expected


def test_a_validation_is_no_correction_but_a_release_is(engine, settings, geography):
    """Tulle: one bureau validated with the figures it first had (not corrected), one whose
    figures change (corrected), the quarantined sheet released (corrected), one annulled then
    reinstated with its first figures (not corrected)."""
    bad = tulle_with_a_typo(engine, settings, geography)
    same, changed, annulled = TULLE[0], TULLE[1], TULLE[2]
    ingest(engine, settings, geography, [entry(annulled, status="cancelled")], 2)
    real = REAL[changed]
    fixed = entry(
        changed, votes={"HAMON": real["votes"]["HAMON"] + 1}, votants=real["votants"] + 1,
        exprimes=real["exprimes"] + 1, status="validated",
    )  # fmt: skip
    third = [entry(same, status="validated"), fixed, entry(bad), entry(annulled)]
    ingest(engine, settings, geography, third, 3)
    counts = statuses(engine, "19272")
    assert (counts["validated"], counts["corrected"], counts["quarantined"]) == (2, 2, 0)
    with engine.connect() as conn:
        rows = {b["code"]: b for b in bureaux_of(conn, settings, "19272", 1)}
    assert [rows[c]["corrected"] for c in (same, changed, bad, annulled)] == [
        False, True, True, False,
    ]  # fmt: skip
    assert [rows[c]["revision"] for c in (same, changed, bad, annulled)] == [2, 2, 2, 3]


def test_a_quarantined_sheet_never_rewrites_the_registered_inscrits(engine, settings, geography):
    """A slip in a sheet's inscrits (12 for 1,200) quarantines it; the registry and the hard
    bound keep the registered voters, so the slip can make no label strong."""
    registry(engine, settings, geography)
    code = TULLE[0]
    with engine.connect() as conn:
        before = conn.execute(select(BUREAU.c.inscrits).where(BUREAU.c.code == code)).scalar()
        bound = conn.execute(
            select(TALLY.c.remaining).where(TALLY.c.area == "19272", TALLY.c.round == 1)
        ).scalar()
    ingest(engine, settings, geography, [entry(code, inscrits=12)], 1)
    with engine.connect() as conn:
        after = conn.execute(select(BUREAU.c.inscrits).where(BUREAU.c.code == code)).scalar()
        still = conn.execute(
            select(TALLY.c.remaining).where(TALLY.c.area == "19272", TALLY.c.round == 1)
        ).scalar()
    assert after == before > 12
    assert still == bound  # held back as if not reported
    held = statuses(engine, "19272")
    assert (held["quarantined"], held["quarantined_inscrits"]) == (1, before)
    assert_exact(engine)
