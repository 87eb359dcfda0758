"""Store stage: the newsroom's writes (assign, note, override, tip review), each one audited in the
same transaction. An editor works on a post (a story): taking it, labelling it and approving a
reader's tip apply to the whole post, whichever of its parts the editor acted from."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from primaries.models import ACTION, CLAIM, STORY, VERDICT

LABELS = ("confirmed", "unconfirmed", "contradicted")


class NewsroomError(ValueError):
    """An editor action that cannot be done (unknown claim, missing reason, bad label)."""


def _audit(
    conn: Connection,
    *,
    user: str,
    action: str,
    claim_id: int | None,
    reason: str = "",
    details: dict[str, Any] | None = None,
    ip: str = "",
    now: datetime,
) -> None:
    conn.execute(
        insert(ACTION).values(
            at=now,
            user=user,
            action=action,
            claim_id=claim_id,
            reason=reason,
            details=details or {},
            ip=ip[:64],
        )
    )


def record_action(engine: Engine, **fields: Any) -> None:
    """Append one line to the audit trail (login, logout and other actions without a claim)."""
    with engine.begin() as conn:
        _audit(conn, **fields)


def _claim(conn: Connection, claim_id: int) -> Any:
    row = conn.execute(select(CLAIM).where(CLAIM.c.id == claim_id)).first()
    if row is None:
        raise NewsroomError(f"no claim {claim_id}")
    return row


def _story(conn: Connection, story_id: int) -> Any:
    row = conn.execute(select(STORY).where(STORY.c.id == story_id)).first()
    if row is None:
        raise NewsroomError(f"no post {story_id}")
    return row


def assign(engine: Engine, claim_id: int, user: str, *, ip: str = "", now: datetime) -> None:
    """Take a post (or give it back when already taken by this user)."""
    with engine.begin() as conn:
        claim = _claim(conn, claim_id)
        story = _story(conn, claim.story_id)
        taken = story.assigned_to == user
        conn.execute(
            update(STORY).where(STORY.c.id == story.id).values(assigned_to=None if taken else user)
        )
        _audit(
            conn,
            user=user,
            action="unassign" if taken else "assign",
            claim_id=claim_id,
            details={"previous": story.assigned_to, "story_id": story.id},
            ip=ip,
            now=now,
        )


def review_tip(
    engine: Engine, story_id: int, user: str, approve: bool, *, ip: str = "", now: datetime
) -> None:
    """Approve a reader's tip (its post reaches public pages) or reject it (it never does)."""
    with engine.begin() as conn:
        story = _story(conn, story_id)
        if story.status != "pending":
            raise NewsroomError(f"post {story_id} is not waiting for review")
        conn.execute(
            update(STORY)
            .where(STORY.c.id == story_id)
            .values(status="public" if approve else "rejected", reviewed_by=user, reviewed_at=now)
        )
        first = conn.execute(
            select(CLAIM.c.id).where(CLAIM.c.story_id == story_id).order_by(CLAIM.c.position)
        ).first()
        _audit(
            conn,
            user=user,
            action="approve_tip" if approve else "reject_tip",
            claim_id=first.id if first else None,
            details={"story_id": story_id},
            ip=ip,
            now=now,
        )


def add_note(
    engine: Engine, claim_id: int, user: str, note: str, *, ip: str = "", now: datetime
) -> None:
    """Attach a note to a claim (notes live in the audit trail: append-only)."""
    note = note.strip()
    if not note:
        raise NewsroomError("a note needs some text")
    with engine.begin() as conn:
        _claim(conn, claim_id)
        _audit(conn, user=user, action="note", claim_id=claim_id, reason=note, ip=ip, now=now)


def override(
    engine: Engine,
    claim_id: int,
    user: str,
    label: str | None,
    reason: str,
    *,
    ip: str = "",
    now: datetime,
    alone: bool = False,
) -> None:
    """Give the newsroom's label to a claim's post (None withdraws it) with a mandatory reason,
    kept in the history. `alone` marks an admin publishing without a second editor."""
    reason = _checked(label, reason)
    with engine.begin() as conn:
        claim = _claim(conn, claim_id)
        _publish(
            conn,
            claim,
            user,
            label,
            reason,
            now=now,
            ip=ip,
            extra={"alone": alone} if alone else {},
        )


def _checked(label: str | None, reason: str) -> str:
    """The reason, stripped; a NewsroomError for an empty one or an unknown label."""
    reason = reason.strip()
    if not reason:
        raise NewsroomError("an override needs a reason")
    if label is not None and label not in LABELS:
        raise NewsroomError(f"label must be one of {', '.join(LABELS)}")
    return reason


def _publish(
    conn: Connection,
    claim: Any,
    user: str,
    label: str | None,
    reason: str,
    *,
    now: datetime,
    ip: str,
    extra: dict[str, Any],
) -> None:
    """Write the newsroom's label on the post (or withdraw it) and audit it."""
    story = _story(conn, claim.story_id)
    parts = select(CLAIM.c.id).where(CLAIM.c.story_id == story.id).scalar_subquery()
    # Close the newsroom's previous verdict on the post; the machine's history is left alone.
    conn.execute(
        update(VERDICT)
        .where(
            VERDICT.c.claim_id.in_(parts),
            VERDICT.c.by != "machine",
            VERDICT.c.valid_to.is_(None),
        )
        .values(valid_to=now)
    )
    if label is not None:
        conn.execute(
            insert(VERDICT).values(
                claim_id=claim.id,
                label=label,
                reason_fr=reason,
                reason_en=reason,
                reason={},
                evidence={"story_id": story.id},
                area_version=claim.area_version,
                valid_from=now,
                valid_to=None,
                by=user,
            )
        )
    conn.execute(
        update(STORY)
        .where(STORY.c.id == story.id)
        .values(
            override_label=label,
            override_reason=reason if label else None,
            override_by=user if label else None,
            override_at=now if label else None,
        )
    )
    _audit(
        conn,
        user=user,
        action="override" if label else "withdraw_override",
        claim_id=claim.id,
        reason=reason,
        details={
            "label": label,
            "machine_label": claim.label,
            "previous": story.override_label,
            "story_id": story.id,
            **extra,
        },
        ip=ip,
        now=now,
    )


# --- The two-person rule: an editor proposes, a second editor publishes ---


def propose_override(
    engine: Engine,
    claim_id: int,
    user: str,
    label: str | None,
    reason: str,
    *,
    ip: str = "",
    now: datetime,
) -> int:
    """Propose the newsroom's label (None withdraws it); nothing is public until a second
    editor approves. Returns the proposal's id (its line in the audit trail)."""
    reason = _checked(label, reason)
    with engine.begin() as conn:
        claim = _claim(conn, claim_id)
        story = _story(conn, claim.story_id)
        _audit(
            conn,
            user=user,
            action="propose_override",
            claim_id=claim_id,
            reason=reason,
            details={"label": label, "machine_label": claim.label, "story_id": story.id},
            ip=ip,
            now=now,
        )
        return int(conn.execute(select(func.max(ACTION.c.id))).scalar_one())


def _open_proposal(conn: Connection, proposal_id: int) -> Any:
    """A proposal no one has decided yet, or a NewsroomError."""
    row = conn.execute(
        select(ACTION).where(ACTION.c.id == proposal_id, ACTION.c.action == "propose_override")
    ).first()
    if row is None:
        raise NewsroomError(f"no proposed override {proposal_id}")
    decided = conn.execute(
        select(ACTION.c.details).where(ACTION.c.action.in_(DECISIONS), ACTION.c.id > proposal_id)
    ).scalars()
    if any((d or {}).get("proposal") == proposal_id for d in decided):
        raise NewsroomError(f"override {proposal_id} was already decided")
    return row


DECISIONS = ("approve_override", "reject_override")


def decide_override(
    engine: Engine, proposal_id: int, user: str, approve: bool, *, ip: str = "", now: datetime
) -> None:
    """A second editor publishes a proposed override, or turns it down; never its proposer."""
    with engine.begin() as conn:
        proposal = _open_proposal(conn, proposal_id)
        if proposal.user == user:
            raise NewsroomError("a second editor must approve this override")
        claim = _claim(conn, proposal.claim_id)
        details = proposal.details or {}
        _audit(
            conn,
            user=user,
            action="approve_override" if approve else "reject_override",
            claim_id=claim.id,
            reason=proposal.reason,
            details={"proposal": proposal_id, "proposed_by": proposal.user, **details},
            ip=ip,
            now=now,
        )
        if approve:
            extra = {"approved_by": user, "proposal": proposal_id}
            _publish(
                conn,
                claim,
                proposal.user,
                details.get("label"),
                proposal.reason,
                now=now,
                ip=ip,
                extra=extra,
            )
