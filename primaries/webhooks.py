"""Store stage: webhooks a newsroom registers for verdict changes: each change POSTed as JSON,
signed with HMAC-SHA256 over the timestamp and the body, retried with back-off, every attempt
logged; deliveries keep the verdicts' order and skip none."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

import requests
from sqlalchemy import Connection, Engine, desc, func, insert, select, update

from primaries.models import CLAIM, DELIVERY, STORY, VERDICT, WEBHOOK, utcnow
from primaries.newsroom import NewsroomError, record_action
from primaries.queries import verdict_columns
from primaries.reasons import cited
from primaries.web.i18n import reason_text

SIGNATURE_HEADER = "X-Primaries-Signature"
TIMESTAMP_HEADER = "X-Primaries-Timestamp"
ATTEMPTS = 4  # per verdict and run; a change still undelivered is tried again at the next run
BACKOFF = 1.0  # seconds before the second attempt, doubled before each next one
TIMEOUT = 10.0  # seconds for one POST, connect to last byte of the answer
BATCH = 50  # verdict changes per webhook and run

Poster = Callable[..., Any]


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature a receiver recomputes: sha256=HMAC(secret, timestamp + "." + body)."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def register(engine: Engine, url: str, user: str, *, now: datetime) -> tuple[int, str]:
    """Add a webhook told of every verdict change from now on; returns its id and its secret
    (shown once to the newsroom that registers it). Audited."""
    url = url.strip()
    if not url.lower().startswith(("https://", "http://")) or len(url) > 1000:
        raise NewsroomError("a webhook needs an http(s) URL of at most 1000 characters")
    secret = secrets.token_hex(32)
    with engine.begin() as conn:
        latest = conn.execute(select(func.max(VERDICT.c.id))).scalar() or 0
        webhook_id = conn.execute(
            insert(WEBHOOK).values(
                url=url,
                secret=secret,
                created_by=user,
                created_at=now,
                active=True,
                last_verdict=latest,
            )
        ).inserted_primary_key[0]
    record_action(
        engine, user=user, action="add_webhook", claim_id=None, details={"url": url}, now=now
    )
    return int(webhook_id), secret


def _changes(
    conn: Connection,
    after: int,
    base_url: str,
    tz: str = "Europe/Paris",
    names: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The verdict changes on public posts after verdict `after`, oldest first, as sent; `names`
    the candidates' names by id, for the shares a reason cites."""
    names = names or {}
    rows = conn.execute(
        select(*verdict_columns(), CLAIM.c.story_id, CLAIM.c.round, STORY.c.text)
        .join(CLAIM, CLAIM.c.id == VERDICT.c.claim_id)
        .join(STORY, STORY.c.id == CLAIM.c.story_id)
        .where(VERDICT.c.id > after, STORY.c.status == "public")
        .order_by(VERDICT.c.id)
        .limit(BATCH)
    ).mappings()
    changes = []
    for r in rows:
        reason = cited(r["reason"], r["evidence"], r["candidates"], lambda c: names.get(c, c))
        changes.append(_change(r, reason, base_url, tz))
    return changes


def _change(r: Any, reason: dict[str, Any], base_url: str, tz: str) -> dict[str, Any]:
    """One verdict as a webhook receives it."""
    return {
        "event": "verdict",
        "id": r["id"],
        "post": r["story_id"],
        "claim": r["claim_id"],
        "round": r["round"],
        "label": r["label"],
        "by": "machine" if r["by"] == "machine" else "newsroom",
        "editor": None if r["by"] == "machine" else r["by"],
        "reason": reason,
        # The machine keeps its reasons as data; an editor's is the text they typed.
        "reason_fr": reason_text(reason, tz, "fr") or r["reason_fr"],
        "reason_en": reason_text(reason, tz, "en") or r["reason_en"],
        "at": r["valid_from"].isoformat(),
        "text": (r["text"] or "")[:1000],
        "url": f"{base_url.rstrip('/')}/claim/{r['claim_id']}",
    }


def _attempt(post: Poster, hook: Any, body: bytes, now: Callable[[], datetime]) -> tuple[Any, str]:
    """One POST: (status code or None, error or "")."""
    stamp = str(int(now().timestamp()))
    headers = {
        "Content-Type": "application/json",
        TIMESTAMP_HEADER: stamp,
        SIGNATURE_HEADER: sign(hook.secret, stamp, body),
    }
    try:
        answer = post(hook.url, data=body, headers=headers, timeout=TIMEOUT, allow_redirects=False)
    except (requests.RequestException, OSError) as exc:
        return None, (str(exc).splitlines() or [type(exc).__name__])[0][:500]
    code = answer.status_code
    return code, "" if 200 <= code < 300 else f"HTTP {code}"


def _deliver(
    engine: Engine, hook: Any, change: dict[str, Any], post: Poster, sleep: Any, now: Any
) -> bool:
    """One change to one webhook, up to ATTEMPTS times with back-off, each attempt logged."""
    body = json.dumps(change, ensure_ascii=False, sort_keys=True).encode()
    delay = BACKOFF
    for attempt in range(1, ATTEMPTS + 1):
        code, error = _attempt(post, hook, body, now)
        with engine.begin() as conn:
            conn.execute(
                insert(DELIVERY).values(
                    webhook_id=hook.id,
                    verdict_id=change["id"],
                    attempt=attempt,
                    status_code=code,
                    error=error,
                    ok=not error,
                    at=now(),
                )
            )
        if not error:
            return True
        if attempt < ATTEMPTS:
            sleep(delay)
            delay *= 2
    return False


def deliver_due(
    engine: Engine,
    base_url: str = "",
    *,
    tz: str = "Europe/Paris",
    names: Mapping[str, str] | None = None,
    post: Poster = requests.post,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], datetime] = utcnow,
) -> int:
    """Send every active webhook the verdict changes it has not had yet, in order; a change
    that fails every attempt stops that webhook's run (tried again next time). Returns the
    number delivered."""
    with engine.connect() as conn:
        hooks = conn.execute(select(WEBHOOK).where(WEBHOOK.c.active.is_(True))).all()
    delivered = 0
    for hook in hooks:
        with engine.connect() as conn:
            changes = _changes(conn, hook.last_verdict, base_url, tz, names)
        for change in changes:
            if not _deliver(engine, hook, change, post, sleep, now):
                break
            with engine.begin() as conn:
                conn.execute(
                    update(WEBHOOK).where(WEBHOOK.c.id == hook.id).values(last_verdict=change["id"])
                )
            delivered += 1
    return delivered


def webhooks_with_deliveries(conn: Connection, per_hook: int = 10) -> list[dict[str, Any]]:
    """Every webhook (its secret left out) with its latest delivery attempts, newest first."""
    out = []
    for hook in conn.execute(select(WEBHOOK).order_by(WEBHOOK.c.id)).mappings():
        latest = conn.execute(
            select(DELIVERY)
            .where(DELIVERY.c.webhook_id == hook["id"])
            .order_by(desc(DELIVERY.c.id))
            .limit(per_hook)
        ).mappings()
        shown = {k: v for k, v in hook.items() if k != "secret"}
        out.append({**shown, "deliveries": [dict(d) for d in latest]})
    return out
