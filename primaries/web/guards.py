"""Show stage: who is signed in, and the role guards of the newsroom's routes."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from flask import abort, g, redirect, request, session, url_for
from sqlalchemy import Engine

from primaries.queries import user_by_name
from primaries.users import DELEGATE, ROLES


def sign_in(user: dict[str, Any]) -> None:
    """A fresh session for this account (no fixation), naming its current session version."""
    session.clear()
    session["user"] = user["name"]
    session["version"] = user["session_version"]
    session.permanent = True


def _session_account(engine: Engine) -> dict[str, Any] | None:
    """The account the session cookie names, read once a request, if the cookie still counts.

    A cookie counts only while it names the account's current session version: logout, a new
    password or a disabled account bump the version, and every cookie issued before is void.
    """
    if "account" not in g:
        name = session.get("user")
        found = None
        if name:
            with engine.connect() as conn:
                found = user_by_name(conn, name)
        valid = found and found["active"] and session.get("version") == found["session_version"]
        g.account = found if valid else None
    return g.account


def current_user(engine: Engine) -> dict[str, Any] | None:
    """The signed-in newsroom account, checked against the store on every request (roles may
    change); a delegate's session is none (pages read it as `g.user`)."""
    if "user" not in g:
        found = _session_account(engine)
        staff = found is not None and found["role"] in ROLES
        g.user = {k: found[k] for k in ("name", "role", "id")} if staff else None
    return g.user


def require_role(*roles: str, engine_of: Callable[[], Engine]) -> Callable:
    """Decorator: the view runs only for a signed-in account holding one of these roles."""

    def decorate(view: Callable) -> Callable:
        @functools.wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            user = current_user(engine_of())
            if user is None:
                return redirect(url_for("editor.login", next=request.full_path))
            if user["role"] not in roles:
                abort(403)
            return view(*args, **kwargs)

        return guarded

    return decorate


def current_delegate(engine: Engine) -> dict[str, Any] | None:
    """The signed-in party delegate (name, party), checked like a newsroom account; else None.

    Delegates are never newsroom accounts: `current_user` ignores them, so no newsroom page or
    staff-only part of a public page opens to them."""
    if "delegate" not in g:
        found = _session_account(engine)
        party = found is not None and found["role"] == DELEGATE and found["party"]
        g.delegate = {k: found[k] for k in ("name", "party", "id")} if party else None
    return g.delegate


def require_delegate(engine_of: Callable[[], Engine]) -> Callable:
    """Decorator: the view runs only for a signed-in party delegate."""

    def decorate(view: Callable) -> Callable:
        @functools.wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            if current_delegate(engine_of()) is None:
                if current_user(engine_of()) is not None:
                    abort(403)
                return redirect(url_for("editor.login", next=request.full_path))
            return view(*args, **kwargs)

        return guarded

    return decorate
