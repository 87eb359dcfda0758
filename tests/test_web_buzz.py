"""The buzz beside the count: each candidate's share of the posts naming them (and of their
reach) beside their official share, per area, hour by hour, said not to be votes."""

from __future__ import annotations

from primaries.buzz import buzz


def test_buzz_counts_each_post_once_per_candidate_it_names(site):
    """The seeded night: the Paris post (reach 140) names Macron, the national one (reach 3)
    names Le Pen in round 1: two posts, shares of mentions 50/50, of reach 140 to 3."""
    with site["engine"].connect() as conn:
        found = buzz(conn, 1, ["macron", "le-pen", "fillon"])
    assert found["posts"] == 2
    assert found["mentions"] == {"macron": 50.0, "le-pen": 50.0, "fillon": 0.0}
    assert found["reach"]["macron"] == round(100 * 140 / 143, 2)
    assert found["timeline"][-1]["posts"] == 2
    with site["engine"].connect() as conn:
        paris = buzz(conn, 1, ["macron", "le-pen"], area="75")
    assert paris["posts"] == 1 and paris["mentions"]["macron"] == 100.0


def test_buzz_api_sits_beside_the_official_shares_and_says_posts_are_not_votes(site):
    """/api/buzz/<area>: the shares, the official shares, the figure, the sentence."""
    client = site["client"]
    body = client.get("/api/buzz/FR?round=1&lang=en").get_json()
    assert body["posts"] == 2 and body["official"]["macron"] > 0
    assert "Posts are not votes" in body["note"]
    names = [trace["name"] for trace in body["figure"]["data"]]
    assert names == ["Share of reach", "Share of mentions", "Official result"]
    assert client.get("/api/buzz/nowhere").status_code == 404
    empty = client.get("/api/buzz/19?round=1").get_json()  # no post about Corrèze
    assert empty["posts"] == 0 and empty["figure"]["data"] == []
