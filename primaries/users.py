"""Store stage: newsroom accounts: hashed passwords and login checks (the route guards: web.guards)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, update
from werkzeug.security import check_password_hash, generate_password_hash

from primaries.models import USER
from primaries.queries import user_by_name

ROLES = ("editor", "admin")  # the newsroom: every signed-in page of /editor
# A party's delegate enters its tally sheets and sees nothing of the newsroom (web.tally).
DELEGATE = "delegate"
ACCOUNT_ROLES = (*ROLES, DELEGATE)
PARTY_MAX = 100
# A hash of nothing anyone can type: unknown names cost as much time as wrong passwords.
_DUMMY_HASH = generate_password_hash("not a password: timing equaliser")


def create_user(
    engine: Engine,
    name: str,
    password: str,
    role: str,
    *,
    now: datetime,
    party: str | None = None,
) -> int:
    """Add an account with a salted hash of its password; its id. A delegate needs a party."""
    if role not in ACCOUNT_ROLES:
        raise ValueError(f"role must be one of {', '.join(ACCOUNT_ROLES)}")
    if not name.strip():
        raise ValueError("a user needs a name")
    party = " ".join((party or "").split()) or None
    if role == DELEGATE and not party:
        raise ValueError("a delegate needs a party (--party NAME)")
    if role != DELEGATE and party:
        raise ValueError("only a delegate belongs to a party")
    if party and len(party) > PARTY_MAX:
        raise ValueError(f"a party name has at most {PARTY_MAX} characters")
    if len(password) < 8:
        raise ValueError("a password needs at least 8 characters")
    with engine.begin() as conn:
        if user_by_name(conn, name) is not None:
            raise ValueError(f"user '{name}' already exists")
        result = conn.execute(
            insert(USER).values(
                name=name,
                password_hash=generate_password_hash(password),
                role=role,
                party=party,
                active=True,
                created_at=now,
            )
        )
        return int(result.inserted_primary_key[0])


def _update(engine: Engine, name: str, **values: Any) -> None:
    """Change an account and end every session it has open (its cookies name the old version)."""
    with engine.begin() as conn:
        done = conn.execute(
            update(USER)
            .where(USER.c.name == name)
            .values(session_version=USER.c.session_version + 1, **values)
        )
        if not done.rowcount:
            raise ValueError(f"no user '{name}'")


def set_password(engine: Engine, name: str, password: str) -> None:
    """Replace an account's password; every session it had ends."""
    if len(password) < 8:
        raise ValueError("a password needs at least 8 characters")
    _update(engine, name, password_hash=generate_password_hash(password))


def set_active(engine: Engine, name: str, active: bool) -> None:
    """Disable (or enable again) an account; every session it had ends."""
    _update(engine, name, active=active)


def end_sessions(engine: Engine, name: str) -> None:
    """Sign an account out everywhere: logout ends every cookie of the account, not just one."""
    _update(engine, name)


def authenticate(engine: Engine, name: str, password: str) -> dict[str, Any] | None:
    """The active account these credentials open, or None."""
    with engine.connect() as conn:
        user = user_by_name(conn, name)
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not check_password_hash(user["password_hash"], password) or not user["active"]:
        return None
    return user
