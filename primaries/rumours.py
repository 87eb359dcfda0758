"""Store stage: rumour notes: an editors' short note on a recurring narrative (results
published abroad before 20:00, "registered voters changed between rounds", a TV graphic error),
attached to the posts it answers and shown on their pages; every write audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select

from primaries.models import CLAIM, NOTE, NOTE_POST
from primaries.newsroom import NewsroomError, record_action

TITLE_MAX = 200
BODY_MAX = 2000


def add_note(engine: Engine, title: str, body: str, user: str, *, now: datetime) -> int:
    """Write a rumour note (a title and a short text); returns its id."""
    title, body = title.strip()[:TITLE_MAX], body.strip()[:BODY_MAX]
    if not title or not body:
        raise NewsroomError("a rumour note needs a title and a text")
    with engine.begin() as conn:
        note_id = conn.execute(
            insert(NOTE).values(title=title, body=body, created_by=user, created_at=now)
        ).inserted_primary_key[0]
    record_action(
        engine,
        user=user,
        action="add_rumour_note",
        claim_id=None,
        details={"note": note_id, "title": title},
        now=now,
    )
    return int(note_id)


def attach(engine: Engine, note_id: int, claim_id: int, user: str, *, now: datetime) -> None:
    """Attach a note to the post a claim belongs to (once: attaching again changes nothing)."""
    with engine.begin() as conn:
        if conn.execute(select(NOTE.c.id).where(NOTE.c.id == note_id)).first() is None:
            raise NewsroomError(f"no rumour note {note_id}")
        story = conn.execute(select(CLAIM.c.story_id).where(CLAIM.c.id == claim_id)).scalar()
        if story is None:
            raise NewsroomError(f"no claim {claim_id}")
        known = conn.execute(
            select(NOTE_POST.c.id).where(
                NOTE_POST.c.note_id == note_id, NOTE_POST.c.story_id == story
            )
        ).first()
        if known is not None:
            return
        conn.execute(
            insert(NOTE_POST).values(
                note_id=note_id, story_id=story, attached_by=user, attached_at=now
            )
        )
    record_action(
        engine,
        user=user,
        action="attach_rumour_note",
        claim_id=claim_id,
        details={"note": note_id, "story_id": story},
        now=now,
    )


def notes_of_post(conn: Connection, story_id: int) -> list[dict[str, Any]]:
    """The rumour notes attached to a post, oldest first."""
    query = (
        select(NOTE)
        .join(NOTE_POST, NOTE_POST.c.note_id == NOTE.c.id)
        .where(NOTE_POST.c.story_id == story_id)
        .order_by(NOTE.c.id)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def all_notes(conn: Connection) -> list[dict[str, Any]]:
    """Every rumour note with the number of posts it answers, newest first."""
    count = (
        select(func.count(NOTE_POST.c.id)).where(NOTE_POST.c.note_id == NOTE.c.id).scalar_subquery()
    )
    query = select(NOTE, count.label("posts")).order_by(NOTE.c.id.desc())
    return [dict(r) for r in conn.execute(query).mappings()]
