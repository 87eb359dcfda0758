"""Store stage: the noise beside the count: each candidate's share of the public posts (and of
their reach) that name them, per area and over the night, beside their official share.

Posts are not votes: a candidate named in a rumour, a joke or a denial counts the same. The
figures say who is talked about, never who is winning.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, select

from primaries.models import CLAIM, STORY

HOUR = timedelta(hours=1)


def _mentions(conn: Connection, round_number: int, area: str | None) -> dict[int, dict[str, Any]]:
    """Per public post of the round (about `area` when given): the candidates it names, its
    reach (posts and reposts) and when it was first seen."""
    query = (
        select(
            CLAIM.c.story_id, CLAIM.c.candidates, STORY.c.reach, STORY.c.posts, STORY.c.first_seen
        )
        .join(STORY, STORY.c.id == CLAIM.c.story_id)
        .where(CLAIM.c.round == round_number, STORY.c.status == "public")
    )
    if area:
        query = query.where(CLAIM.c.area == area)
    posts: dict[int, dict[str, Any]] = {}
    for row in conn.execute(query):
        post = posts.setdefault(
            row.story_id,
            {"who": set(), "reach": max(row.reach or 0, row.posts or 0, 1), "at": row.first_seen},
        )
        post["who"].update(row.candidates or ())
    return posts


def _shares(counts: dict[str, float], total: float) -> dict[str, float]:
    return {cid: round(100 * n / total, 2) if total else 0.0 for cid, n in counts.items()}


def buzz(
    conn: Connection, round_number: int, candidates: list[str], area: str | None = None
) -> dict[str, Any]:
    """Each candidate's share of the mentions in the posts naming a candidate (a post naming two
    counts for both) and of their reach, overall and hour by hour (cumulative), for a round and
    optionally one area's posts."""
    posts = _mentions(conn, round_number, area)
    named = [p for p in posts.values() if p["who"] & set(candidates)]
    mentions = {cid: 0.0 for cid in candidates}
    reach = {cid: 0.0 for cid in candidates}
    for post in named:
        for cid in post["who"] & set(candidates):
            mentions[cid] += 1
            reach[cid] += post["reach"]
    timeline = []
    if named:
        hours = sorted({p["at"].replace(minute=0, second=0, microsecond=0) for p in named})
        for hour in hours:
            upto = [p for p in named if p["at"] < hour + HOUR]
            counts = {cid: float(sum(cid in p["who"] for p in upto)) for cid in candidates}
            timeline.append(
                {
                    "until": (hour + HOUR).isoformat(),
                    "posts": len(upto),
                    "mentions": _shares(counts, sum(counts.values())),
                }
            )
    return {
        "round": round_number,
        "area": area,
        "posts": len(named),
        "mentions": _shares(mentions, sum(mentions.values())),
        "reach": _shares(reach, sum(reach.values())),
        "timeline": timeline,
    }
