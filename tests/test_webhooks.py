"""Webhooks for verdict changes, against a test receiver on 127.0.0.1: signed with HMAC-SHA256,
retried with back-off, every attempt logged, order kept."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import insert, select

from primaries import webhooks
from primaries.models import DELIVERY, VERDICT, WEBHOOK
from primaries.newsroom import NewsroomError, override
from tests.conftest import NOW, csrf_from, login, seed_claims


class Receiver(BaseHTTPRequestHandler):
    """A newsroom's endpoint: answers the next status of its script, keeps what it got."""

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.server.got.append((dict(self.headers), self.rfile.read(length)))  # type: ignore[attr-defined]
        script = self.server.script  # type: ignore[attr-defined]
        self.send_response(script.pop(0) if script else 204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def receiver() -> Iterator[Any]:
    """A local HTTP server on a free port of 127.0.0.1."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    server.got, server.script = [], []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    thread.join(5)


def url_of(server: Any) -> str:
    return f"http://127.0.0.1:{server.server_port}/hook"


def test_a_verdict_change_reaches_the_webhook_signed(engine, receiver):
    """Only changes after registration; the receiver can check the signature with its secret."""
    ids = seed_claims(engine)
    hook, secret = webhooks.register(engine, url_of(receiver), "ada", now=NOW)
    assert webhooks.deliver_due(engine, "https://example.test", sleep=lambda s: None) == 0
    override(engine, ids["paris"], "eve", "contradicted", "Chiffre de 2012", now=NOW)
    assert webhooks.deliver_due(engine, "https://example.test", sleep=lambda s: None) == 1
    [(headers, body)] = receiver.got
    stamp = headers[webhooks.TIMESTAMP_HEADER]
    expected = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers[webhooks.SIGNATURE_HEADER], f"sha256={expected}")
    change = json.loads(body)
    assert change["label"] == "contradicted" and change["by"] == "newsroom"
    assert change["editor"] == "eve" and change["reason_fr"] == "Chiffre de 2012"
    assert change["url"] == f"https://example.test/claim/{ids['paris']}"
    assert webhooks.deliver_due(engine, sleep=lambda s: None) == 0  # never twice
    with engine.connect() as conn:
        log = conn.execute(select(DELIVERY.c.attempt, DELIVERY.c.ok)).all()
    assert [tuple(r) for r in log] == [(1, True)]
    assert hook


def test_failures_are_retried_with_back_off_and_logged(engine, receiver):
    """Two 500s then a 204: three attempts logged, waits of 1 s then 2 s."""
    ids = seed_claims(engine)
    webhooks.register(engine, url_of(receiver), "ada", now=NOW)
    override(engine, ids["lepen"], "eve", "unconfirmed", "À revoir", now=NOW)
    receiver.script = [500, 500]
    waits: list[float] = []
    assert webhooks.deliver_due(engine, sleep=waits.append) == 1
    assert waits == [1.0, 2.0] and len(receiver.got) == 3
    with engine.connect() as conn:
        log = conn.execute(
            select(DELIVERY.c.attempt, DELIVERY.c.status_code, DELIVERY.c.ok, DELIVERY.c.error)
        ).all()
    assert [tuple(r) for r in log] == [
        (1, 500, False, "HTTP 500"),
        (2, 500, False, "HTTP 500"),
        (3, 204, True, ""),
    ]


def test_a_machine_verdict_reaches_the_webhook_worded_in_both_languages(engine, receiver):
    """The machine keeps its reason as data: the webhook words it, as the claim page does."""
    ids = seed_claims(engine)
    webhooks.register(engine, url_of(receiver), "ada", now=NOW)
    reason = {"key": "no_figures", "params": {"place": "Paris", "round": 1}}
    with engine.begin() as conn:
        conn.execute(
            insert(VERDICT).values(
                claim_id=ids["paris"],
                label="unconfirmed",
                reason_fr="",
                reason_en="",
                reason=reason,
                evidence={},
                area_version=2,
                valid_from=NOW,
                valid_to=None,
                by="machine",
            )
        )
    assert webhooks.deliver_due(engine, sleep=lambda s: None) == 1
    change = json.loads(receiver.got[0][1])
    assert change["by"] == "machine" and change["reason"] == reason
    assert "Paris" in change["reason_fr"] and "Paris" in change["reason_en"]
    assert change["reason_fr"] != change["reason_en"]


def test_an_unreachable_webhook_keeps_its_place_until_it_answers(engine, receiver):
    """Every attempt fails: nothing is skipped; once the receiver answers, the change arrives
    and the next one after it, in order."""
    ids = seed_claims(engine)
    webhooks.register(engine, url_of(receiver), "ada", now=NOW)
    override(engine, ids["paris"], "eve", "contradicted", "Un", now=NOW)
    override(engine, ids["lepen"], "eve", "unconfirmed", "Deux", now=NOW)
    receiver.script = [503] * webhooks.ATTEMPTS
    assert webhooks.deliver_due(engine, sleep=lambda s: None) == 0
    with engine.connect() as conn:
        kept = conn.execute(select(WEBHOOK.c.last_verdict)).scalar_one()
    assert webhooks.deliver_due(engine, sleep=lambda s: None) == 2
    reasons = [json.loads(body)["reason_fr"] for _h, body in receiver.got]
    assert reasons[-2:] == ["Un", "Deux"] and len(receiver.got) == webhooks.ATTEMPTS + 2
    with engine.connect() as conn:
        assert conn.execute(select(WEBHOOK.c.last_verdict)).scalar_one() > kept


def test_a_dead_address_is_an_error_logged_not_a_crash(engine):
    """Connection refused is logged like any failed attempt."""
    ids = seed_claims(engine)
    webhooks.register(engine, "http://127.0.0.1:9/hook", "ada", now=NOW)
    override(engine, ids["paris"], "eve", "contradicted", "Un", now=NOW)
    assert webhooks.deliver_due(engine, sleep=lambda s: None) == 0
    with engine.connect() as conn:
        errors = conn.execute(select(DELIVERY.c.error, DELIVERY.c.status_code)).all()
    assert len(errors) == webhooks.ATTEMPTS and all(
        e.status_code is None and e.error for e in errors
    )


def test_only_http_urls_can_be_registered(engine):
    """No javascript:, file: or ftp: endpoint."""
    for url in ("file:///etc/passwd", "javascript:alert(1)", "ftp://x"):
        with pytest.raises(NewsroomError):
            webhooks.register(engine, url, "ada", now=NOW)


def test_an_admin_registers_a_webhook_and_sees_its_deliveries(fresh_site):
    """The admins' page adds a webhook (CSRF, audited) and shows its secret once; an editor is
    refused the page."""
    client = fresh_site["client"]
    login(client, "eve")
    assert client.get("/editor/webhooks").status_code == 403
    admin = fresh_site["app"].test_client()
    login(admin, "ada")
    token = csrf_from(admin.get("/editor/webhooks").get_data(as_text=True))
    page = admin.post(
        "/editor/webhooks", data={"csrf_token": token, "url": "https://newsroom.test/hook"}
    ).get_data(as_text=True)
    secret = re.search(
        r"shown this once only: ([0-9a-f]{64})|affiché cette fois seulement : ([0-9a-f]{64})", page
    )
    assert secret and "https://newsroom.test/hook" in page
    again = admin.get("/editor/webhooks").get_data(as_text=True)
    assert secret.group(secret.lastindex) not in again
    refused = admin.post("/editor/webhooks", data={"csrf_token": token, "url": "file:///x"})
    assert refused.status_code == 400
    with fresh_site["engine"].connect() as conn:
        assert conn.execute(select(WEBHOOK.c.url)).scalars().all() == ["https://newsroom.test/hook"]
