"""A round's pages, API and exports list that round's claims only (issue 13, item 8): a post
read in both rounds shows, on each round's lists, its parts of that round and nothing else."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

from sqlalchemy import insert

from primaries.models import Claim, Story
from tests.conftest import NOW


def _post_in_both_rounds(engine) -> dict[str, int]:
    """One post: a round-1 rumour about Paris and a round-2 one about the nation."""
    with engine.begin() as conn:
        story = conn.execute(
            insert(Story.__table__).values(
                fingerprint="both-rounds",
                text="Hamon 12 % à Paris au premier tour ; Macron gagnera le second",
                first_seen=NOW,
                last_seen=NOW,
                posts=1,
                accounts=1,
                reach=9000,  # the most spread: first on every list ordered by spread
                round=1,
            )
        ).inserted_primary_key[0]
        ids = {"story": story}
        for position, (name, rnd, area, kind) in enumerate(
            [("paris-r1", 1, "75", "gap"), ("national-r2", 2, "FR", "leader")]
        ):
            ids[name] = conn.execute(
                insert(Claim.__table__).values(
                    story_id=story,
                    position=position,
                    round=rnd,
                    type=kind,
                    candidates=["hamon"] if rnd == 1 else ["macron"],
                    area=area,
                    fragment=f"{name} fragment",
                    value={},
                    flags=[],
                    label="contradicted" if rnd == 1 else "unconfirmed",
                    label_at=NOW + timedelta(minutes=position),
                    reason_fr=f"Raison {name}",
                    reason_en=f"Reason {name}",
                    evidence={},
                    area_version=1,
                    created_at=NOW + timedelta(minutes=position),
                )
            ).inserted_primary_key[0]
    return ids


def test_round_two_lists_show_round_two_parts_only(fresh_site):
    """/claims, /api/claims, the Atom feed, the CSV, /api/verdicts and the live fragments of
    round 2 carry the post's round-2 part and never its round-1 part, nor its round-1 label."""
    ids = _post_in_both_rounds(fresh_site["engine"])
    client = fresh_site["client"]
    api = client.get("/api/claims?round=2").json["claims"]
    (post,) = [c for c in api if c["post"] == ids["story"]]
    assert [p["id"] for p in post["parts"]] == [ids["national-r2"]]
    assert post["label"] == "unconfirmed"  # not the round-1 part's contradiction
    page = client.get("/claims?round=2").get_data(as_text=True)
    assert "national-r2" in page or "Raison national-r2" in page
    assert "Raison paris-r1" not in page
    atom = client.get("/feeds/verdicts.atom?round=2").get_data(as_text=True)
    assert "Raison paris-r1" not in atom and f"post:{ids['story']}:round:2" in atom
    exported = csv.DictReader(io.StringIO(client.get("/exports/claims.csv?round=2").text))
    assert {int(r["id"]) for r in exported} >= {ids["national-r2"]}
    assert ids["paris-r1"] not in {int(r["id"]) for r in exported}
    round_one = {c["post"]: c for c in client.get("/api/claims?round=1").json["claims"]}
    assert [p["id"] for p in round_one[ids["story"]]["parts"]] == [ids["paris-r1"]]
    assert round_one[ids["story"]]["label"] == "contradicted"


def test_a_places_round_two_page_leaves_out_posts_about_it_in_round_one(fresh_site):
    """Paris's round-2 page and its filters do not list a post whose only Paris part is of
    round 1 (its round-2 part is about the nation); Paris's round-1 page does."""
    ids = _post_in_both_rounds(fresh_site["engine"])
    client = fresh_site["client"]
    second = client.get("/api/claims?round=2&area=75").json["claims"]
    assert ids["story"] not in {c["post"] for c in second}
    assert client.get("/api/claims?round=2&type=gap").json["claims"] == []
    live = json.loads(client.get("/api/live/75?round=2").data)["fragments"]["live-claims"]
    assert "Hamon 12 %" not in live
    assert "Hamon 12 %" not in client.get("/area/75?round=2").get_data(as_text=True)
    first = client.get("/api/claims?round=1&area=75").json["claims"]
    assert ids["story"] in {c["post"] for c in first}
    assert "Hamon 12 %" in client.get("/area/75?round=1").get_data(as_text=True)
