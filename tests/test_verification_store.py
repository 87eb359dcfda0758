"""The verification pipeline over the store: claims read once, relabelled when figures change."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from primaries.ingest import ingest_payload, load_registry
from primaries.models import CLAIM, VERDICT, Claim
from primaries.posts import store_posts
from primaries.queries import results_document, standings, verdict_columns
from primaries.reasons import cited
from primaries.verification import check_texts, verify_pending
from primaries.web.i18n import reason_text
from sources import bureau_feed
from sources.records import PostRecord

NIGHT = datetime(2017, 4, 23, 18, 30, tzinfo=UTC)


def post(pid: str, text: str, minutes: int = 0) -> PostRecord:
    """A post as a source would give it."""
    return PostRecord(
        platform="x",
        platform_id=pid,
        author=f"user{pid}",
        text=text,
        posted_at=NIGHT + timedelta(minutes=minutes),
        raw=json.dumps({"id": pid}),
    )


def feed(bureaux: list[dict], sequence: int) -> bytes:
    """A bureau_feed document for département 19 (Corrèze)."""
    return json.dumps(
        {
            "format": "primaries-bureau-feed/1",
            "election": "pr2017",
            "round": 1,
            "published_at": (NIGHT + timedelta(minutes=sequence)).isoformat(),
            "sequence": sequence,
            "since": None,
            "candidates": [{"key": "MACRON"}, {"key": "FILLON"}],
            "bureaux": bureaux,
        }
    ).encode()


def result(code: str, macron: int, fillon: int, inscrits: int = 1000) -> dict:
    """One consistent bureau."""
    return {
        "code": code,
        "departement": "19",
        "commune": code[2:5],
        "name": "Tulle",
        "circonscription": "1",
        "inscrits": inscrits,
        "votants": macron + fillon,
        "blancs": 0,
        "nuls": 0,
        "exprimes": macron + fillon,
        "votes": {"MACRON": macron, "FILLON": fillon},
        "status": "provisional",
        "updated_at": NIGHT.isoformat(),
        "sequence": 1,
    }


def registry(engine, settings, geography) -> None:
    """Corrèze has two bureaux of 1,000 inscrits in this story, both in Tulle."""
    towns(engine, settings, geography, (("19272_0001", "Tulle"), ("19272_0002", "Tulle")))


def towns(engine, settings, geography, bureaux: tuple[tuple[str, str], ...]) -> None:
    """One bureau of 1,000 inscrits in each of these communes of the Corrèze: (code, name)."""
    doc = {
        "format": "primaries-bureau-registry/1",
        "election": "pr2017",
        "bureaux": [
            {
                "code": code,
                "departement": "19",
                "commune": code[2:5],
                "name": name,
                "circonscription": "1",
                "inscrits": 1000,
            }
            for code, name in bureaux
        ],
    }
    load_registry(engine, settings, geography, bureau_feed.parse_registry(json.dumps(doc).encode()))


def publish(engine, settings, geography, document: bytes) -> None:
    """Ingest a bureau_feed document of round 1, as the collector would."""
    ingest_payload(
        engine, settings, geography, document, source="feed", kind="bureau_feed", round_number=1
    )


def claims_and_history(engine) -> tuple[list, list]:
    """Every claim and every verdict as pages read them, in order."""
    with engine.connect() as conn:
        claims = conn.execute(select(Claim.__table__).order_by("id")).all()
        history = conn.execute(
            select(*verdict_columns())
            .join(CLAIM, CLAIM.c.id == VERDICT.c.claim_id)
            .order_by(VERDICT.c.id)
        ).all()
    return claims, history


def shown(row, settings) -> dict:
    """A claim's or verdict's reason with the figures it cites, as pages word it."""
    names = {c.id: c.name for c in settings.candidates}
    return cited(row.reason, row.evidence, row.candidates, names.__getitem__)


def test_a_leak_goes_from_unconfirmed_to_confirmed_with_its_history(engine, settings, geography):
    """Half the bureaux in: undecided; all in: confirmed, and the history shows both labels."""
    registry(engine, settings, geography)
    # "la Corrèze" is also a village's name, a second reading: the code names the département alone.
    store_posts(engine, [post("1", "Macron en tête dans le 19 !")], source="x", now=NIGHT)
    first = verify_pending(engine, settings, geography, now=NIGHT)
    assert (first.read, first.claims_new) == (1, 1)
    claims, _ = claims_and_history(engine)
    assert claims[0].type == "leader" and claims[0].area == "19"
    assert claims[0].label == "unconfirmed"
    # Reasons are data a page words in its language: the place by name, never by code.
    assert claims[0].reason == {"key": "no_figures", "params": {"place": "Corrèze", "round": 1}}

    # One bureau: Macron leads by 100 but 1,000 ballots may still come: still open.
    publish(engine, settings, geography, feed([result("19272_0001", 500, 400)], 1))
    verify_pending(engine, settings, geography, now=NIGHT + timedelta(minutes=10))
    claims, history = claims_and_history(engine)
    assert claims[0].label == "unconfirmed"
    # The label held: the claim and its open history entry both cite the bureau counted.
    assert shown(claims[0], settings)["params"]["reported"] == 1
    assert claims[0].evidence["votes"]["macron"] == 500
    assert len(history) == 1 and history[0].valid_to is None
    assert (history[0].reason, history[0].evidence) == (claims[0].reason, claims[0].evidence)

    publish(
        engine,
        settings,
        geography,
        feed([result("19272_0001", 500, 400), result("19272_0002", 450, 420)], 2),
    )
    later = NIGHT + timedelta(minutes=20)
    report = verify_pending(engine, settings, geography, now=later)
    assert report.changed == 1
    claims, history = claims_and_history(engine)
    assert claims[0].label == "confirmed"
    # What the claim page says, in each language, from the reason kept as data.
    reason = shown(claims[0], settings)
    worded = {lang: reason_text(reason, "Europe/Paris", lang) for lang in ("fr", "en")}
    assert "2/2" in worded["fr"] and "Macron" in worded["en"]
    assert claims[0].reason_fr == ""  # the machine's reason is data; the text is an editor's
    assert reason["key"] == "leader" and reason["params"]["label"] == "confirmed"
    assert (reason["params"]["reported"], reason["params"]["total"]) == (2, 2)
    assert shown(history[1], settings) == reason  # the history keeps the reason as data too
    # The label it replaced keeps the figures it was given on: one bureau of two.
    assert shown(history[0], settings)["params"]["reported"] == 1
    assert history[0].evidence["votes"]["macron"] == 500
    assert [(v.label, v.valid_to is None) for v in history] == [
        ("unconfirmed", False),
        ("confirmed", True),
    ]
    assert history[1].valid_from == later


def test_nothing_to_redo_when_figures_did_not_move(engine, settings, geography):
    """A second pass with no new post and no new figure changes nothing."""
    registry(engine, settings, geography)
    store_posts(engine, [post("1", "Fillon en tête en Corrèze")], source="x", now=NIGHT)
    verify_pending(engine, settings, geography, now=NIGHT)
    again = verify_pending(engine, settings, geography, now=NIGHT + timedelta(minutes=1))
    assert (again.read, again.checked, again.changed) == (0, 0, 0)


def test_a_doubted_claim_is_never_read_again_when_figures_come(engine, settings, geography):
    """Its doubt decides its label, not the figures: a snapshot relabels only the other claim."""
    registry(engine, settings, geography)
    store_posts(
        engine,
        [
            post("1", "Macron en tête dans le 19"),
            post("2", "Macron en tête dans le 19, à 13 heures", minutes=1),
        ],
        source="x",
        now=NIGHT,
    )
    verify_pending(engine, settings, geography, now=NIGHT)
    publish(
        engine,
        settings,
        geography,
        feed([result("19272_0001", 500, 400), result("19272_0002", 450, 420)], 1),
    )
    report = verify_pending(engine, settings, geography, now=NIGHT + timedelta(minutes=10))
    assert (report.checked, report.changed) == (1, 1)
    claims, history = claims_and_history(engine)
    assert [(c.label, c.reason["key"]) for c in claims] == [
        ("confirmed", "leader"),
        ("unconfirmed", "doubts"),
    ]
    assert len(history) == 3  # the doubted claim's one entry stays open, with its reason


def test_coded_posts_are_kept_for_editors_and_never_labelled(engine, settings, geography):
    """#RadioLondres code words: stored flagged, the machine leaves them to the newsroom."""
    registry(engine, settings, geography)
    store_posts(
        engine,
        [post("1", "Le macaron est sorti du four en Corrèze #RadioLondres")],
        source="x",
        now=NIGHT,
    )
    verify_pending(engine, settings, geography, now=NIGHT)
    checked = check_texts(
        engine, settings, geography, ["Le macaron est sorti du four #RadioLondres"], 1
    )
    assert checked[0]["label"] is None and "coded" in checked[0]["flags"]


def test_check_reports_each_claim_with_area_and_reason(engine, settings, geography):
    """The `check --json` document: post label, claims with type, area, label, reason."""
    registry(engine, settings, geography)
    publish(
        engine,
        settings,
        geography,
        feed([result("19272_0001", 500, 400), result("19272_0002", 450, 420)], 1),
    )
    out = check_texts(
        engine, settings, geography, ["Fillon gagne dans le 19", "Quel temps fait-il à Tulle ?"], 1
    )
    assert out[0]["label"] == "contradicted"
    claim = out[0]["claims"][0]
    assert claim["type"] == "leader" and claim["candidates"] == ["fillon"]
    assert claim["area"]["code"] == "19" and claim["area"]["name"] == "Corrèze"
    assert claim["reason"] and claim["evidence"]
    assert out[1]["label"] is None and out[1]["claims"] == []


def test_a_post_with_two_readings_waits_for_both(engine, settings, geography):
    """'en Corrèze' is the département and the village of that name: the label waits for both."""
    towns(engine, settings, geography, (("19272_0001", "Tulle"), ("19062_0001", "Corrèze")))
    store_posts(engine, [post("1", "Macron en tête en Corrèze")], source="x", now=NIGHT)
    verify_pending(engine, settings, geography, now=NIGHT)
    village = {**result("19062_0001", 300, 200), "commune": "062", "name": "Corrèze"}
    tulle = result("19272_0001", 900, 100)
    for sequence, bureaux in enumerate(([tulle], [tulle, village]), start=1):
        publish(engine, settings, geography, feed(bureaux, sequence))
        verify_pending(engine, settings, geography, now=NIGHT + timedelta(minutes=10 * sequence))
        claims, _ = claims_and_history(engine)
        (claim,) = claims
        assert claim.value["alternatives"] == ["19062"]
        if sequence == 1:
            # Tulle alone: the village (the other reading) has nothing counted yet.
            assert claim.label == "unconfirmed"
    assert claim.label == "confirmed"
    assert claim.evidence["readings"] == {"19": "confirmed", "19062": "confirmed"}


def test_turnout_is_that_of_the_bureaux_counted(engine, settings, geography):
    """One bureau of two in, 800 votants of its 1,000 inscrits: 80 %, not 40 %."""
    registry(engine, settings, geography)
    counted = {**result("19272_0001", 500, 290), "votants": 800, "blancs": 6, "nuls": 4}
    publish(engine, settings, geography, feed([counted], 1))
    with engine.connect() as conn:
        for code in ("19", "FR"):
            doc = results_document(standings(conn, settings, code, 1))
            assert doc["turnout"] == 80.0, code
            assert doc["inscrits"] == 2000 and doc["inscrits_reported"] == 1000
            assert doc["inscrits_reported_share"] == 50.0
        waiting = results_document(standings(conn, settings, "19272_0002", 1))
    assert waiting["turnout"] is None  # a bureau not counted has no turnout yet


def _checked_once_correze_reports(engine, settings, geography, text: str) -> list:
    """The claims of a post stored before the 19's two bureaux report, once they have."""
    registry(engine, settings, geography)
    store_posts(engine, [post("1", text)], source="x", now=NIGHT)
    verify_pending(engine, settings, geography, now=NIGHT)
    both = [result("19272_0001", 500, 400), result("19272_0002", 450, 420)]
    publish(engine, settings, geography, feed(both, 1))
    verify_pending(engine, settings, geography, now=NIGHT + timedelta(minutes=10))
    return claims_and_history(engine)[0]


def test_a_share_of_the_roll_is_checked_against_inscrits(engine, settings, geography):
    """ "47,5 % des inscrits" for a candidate: votes over the roll, worded as such on the page."""
    claims = _checked_once_correze_reports(
        engine, settings, geography, "Dans le 19, Macron obtient 47,5 % des inscrits"
    )
    # 950 of 2,000 inscrits is 47.5 %; of the 1,770 valid votes it would be 53.7 %.
    assert [(c.type, c.label) for c in claims] == [("percentage", "confirmed")]
    assert claims[0].reason["key"] == "inscrits_share"
    reason = shown(claims[0], settings)
    worded = {lang: reason_text(reason, "Europe/Paris", lang) for lang in ("fr", "en")}
    assert "part des inscrits" in worded["fr"] and "registered voters" in worded["en"]


def test_the_roll_is_checked_against_the_areas_registered_voters(engine, settings, geography):
    """ "2 000 inscrits" in an area: its roll, checked before and after its bureaux report."""
    claims = _checked_once_correze_reports(
        engine, settings, geography, "Dans le 19, 2 000 inscrits"
    )
    assert [(c.type, c.label) for c in claims] == [("turnout", "confirmed")]
    reason = shown(claims[0], settings)
    worded = {lang: reason_text(reason, "Europe/Paris", lang) for lang in ("fr", "en")}
    assert "nombre d'inscrits" in worded["fr"] and "registered voters" in worded["en"]


def test_a_commune_renamed_since_is_read_under_the_name_it_was_published_under(
    engine, settings, geography
):
    """Saint-Ybard (19248) is Les Trois-Saints today: a post of 2017 names it as voters knew it."""
    doc = {
        "format": "primaries-bureau-registry/1",
        "election": "pr2017",
        "bureaux": [
            {
                "code": "19248_0001",
                "departement": "19",
                "commune": "248",
                "name": "Saint-Ybard",
                "circonscription": "1",
                "inscrits": 1000,
            }
        ],
    }
    load_registry(engine, settings, geography, bureau_feed.parse_registry(json.dumps(doc).encode()))
    store_posts(engine, [post("1", "Macron en tête à Saint-Ybard")], source="x", now=NIGHT)
    publish(
        engine,
        settings,
        geography,
        feed([{**result("19248_0001", 400, 300), "commune": "248", "name": "Saint-Ybard"}], 1),
    )
    verify_pending(engine, settings, geography, now=NIGHT + timedelta(minutes=5))
    claims, _ = claims_and_history(engine)
    (claim,) = claims
    assert (claim.area, claim.label) == ("19248", "confirmed")


def test_a_name_with_no_votes_in_the_round_makes_its_sentence_another_rounds(
    engine, settings, geography
):
    """ "Macron 55 %, Le Pen 10 %" where Le Pen has no vote in this round: another round's figures.

    The other names of the claim's sentence are stored with it, so that relabelling after a
    snapshot still knows them; the reason says who is not running, in the page's words.
    """
    registry(engine, settings, geography)
    store_posts(engine, [post("1", "Corrèze : Macron 55 %, Le Pen 10 %")], source="x", now=NIGHT)
    verify_pending(engine, settings, geography, now=NIGHT)
    publish(engine, settings, geography, feed([result("19272_0001", 6000, 5000, 20000)], 1))
    verify_pending(engine, settings, geography, now=NIGHT + timedelta(minutes=10))
    claims, _ = claims_and_history(engine)
    macron = next(c for c in claims if c.candidates == ["macron"])
    assert macron.value["named"] == ["le-pen"]
    assert macron.label == "unconfirmed"
    assert macron.reason == {"key": "not_running", "params": {"candidate": "Marine Le Pen"}}
    assert reason_text(macron.reason, "Europe/Paris", "en").startswith("Marine Le Pen has no votes")


def test_a_comparison_of_two_towns_is_relabelled_when_the_second_reports(
    engine, settings, geography
):
    """'Macron fait mieux à Tulle qu'à Brive': Tulle's figures first, then Brive's alone; the
    claim is read again when Brive reports, though Tulle's figures did not move."""
    towns(
        engine, settings, geography, (("19272_0001", "Tulle"), ("19031_0001", "Brive-la-Gaillarde"))
    )
    text = "Macron fait mieux à Tulle qu'à Brive-la-Gaillarde"
    store_posts(engine, [post("1", text)], source="x", now=NIGHT)
    verify_pending(engine, settings, geography, now=NIGHT)
    tulle = result("19272_0001", 900, 100)
    brive = {**result("19031_0001", 300, 200), "commune": "031", "name": "Brive-la-Gaillarde"}
    labels = []
    for sequence, bureaux in enumerate(([tulle], [tulle, brive]), start=1):
        publish(engine, settings, geography, feed(bureaux, sequence))
        verify_pending(engine, settings, geography, now=NIGHT + timedelta(minutes=10 * sequence))
        claims, _ = claims_and_history(engine)
        (claim,) = claims
        labels.append(claim.label)
    assert (claim.type, claim.area, claim.value["compared"]) == ("comparison", "19272", ["19031"])
    # Tulle alone: Brive has nothing counted yet; then 90 % against 60 %.
    assert labels == ["unconfirmed", "confirmed"]
    reason = shown(claim, settings)
    worded = reason_text(reason, "Europe/Paris", "fr")
    assert "Brive-la-Gaillarde" in worded and "Tulle" in worded, worded


def test_a_round_one_figure_on_the_night_of_round_two_is_no_denial(engine, settings, geography):
    """Round 1 counted (Macron 30 % in Tulle), round 2 counting: "Tulle : Macron 30 %" fits
    round 1 and names no round, so it stays unconfirmed with that reason; "Tulle : Macron 30 %
    au second tour" is denied by round 2's figures."""
    registry(engine, settings, geography)
    publish(
        engine,
        settings,
        geography,
        feed([result("19272_0001", 300, 700), result("19272_0002", 300, 700)], 1),
    )
    second = json.loads(feed([], 2))
    second.update(round=2, candidates=[{"key": "MACRON"}, {"key": "LE PEN"}])
    second["bureaux"] = [
        {**result(code, 0, 0), "votants": 1000, "exprimes": 1000, "votes": votes}
        for code, votes in (
            ("19272_0001", {"MACRON": 800, "LE PEN": 200}),
            ("19272_0002", {"MACRON": 700, "LE PEN": 300}),
        )
    ]
    ingest_payload(
        engine,
        settings,
        geography,
        json.dumps(second).encode(),
        source="feed",
        kind="bureau_feed",
        round_number=2,
    )
    night_two = dataclasses.replace(
        settings, election=dataclasses.replace(settings.election, default_round=2)
    )
    texts = ["Tulle : Macron 30 %", "Tulle : Macron 30 % au second tour"]
    store_posts(engine, [post(str(i), t) for i, t in enumerate(texts)], source="x", now=NIGHT)
    verify_pending(engine, night_two, geography, now=NIGHT + timedelta(minutes=5))
    claims, _ = claims_and_history(engine)
    recalled, said = sorted(claims, key=lambda c: len(c.fragment))
    assert (recalled.round, recalled.label) == (2, "unconfirmed")
    assert recalled.reason == {"key": "round_one", "params": {}}
    assert reason_text(recalled.reason, "Europe/Paris", "en").startswith("Consistent with round 1")
    assert (said.round, said.label, said.value["round_said"]) == (2, "contradicted", True)


def test_a_qualification_is_relabelled_when_the_nations_figures_move(engine, settings, geography):
    """'Macron et Fillon seront au second tour' reads the nation's figures: each snapshot that
    moves them relabels both claims, and a pass with nothing new reads neither again."""
    registry(engine, settings, geography)
    text = "Macron et Fillon seront au second tour"
    store_posts(engine, [post("1", text)], source="x", now=NIGHT)
    verify_pending(engine, settings, geography, now=NIGHT)
    claims, _ = claims_and_history(engine)
    assert [(c.type, c.area) for c in claims] == [("qualification", "FR")] * 2
    snapshots = ([result("19272_0001", 500, 400)], [result("19272_0002", 450, 420)])
    for sequence, bureaux in enumerate(snapshots, start=1):
        publish(engine, settings, geography, feed(bureaux, sequence))
        now = NIGHT + timedelta(minutes=10 * sequence)
        assert verify_pending(engine, settings, geography, now=now).checked == 2
        again = verify_pending(engine, settings, geography, now=now + timedelta(minutes=1))
        assert (again.checked, again.changed) == (0, 0)
        with engine.connect() as conn:
            national = standings(conn, settings, "FR", 1)
        claims, _ = claims_and_history(engine)
        assert {c.evidence["exprimes"] for c in claims} == {national.exprimes}
