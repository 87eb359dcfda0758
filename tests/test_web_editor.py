"""The newsroom workspace on both backends: login, roles, CSRF, queue, override, audit, CLI."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

from click.testing import CliRunner
from sqlalchemy import select, text, update

from primaries.app import create_app
from primaries.cli import cli
from primaries.models import EditorAction, Post, Story, User
from primaries.posts import store_posts
from primaries.users import create_user
from primaries.verification import verify_pending
from sources.records import PostRecord
from tests.conftest import NOW, PASSWORD, ROOT, csrf_from, login

EDITOR_PAGES = ["/editor/", "/editor/audit", "/editor/anomalies"]


def test_editor_routes_need_login(site):
    """Every editor page sends an anonymous visitor to the login form; every write is refused."""
    client = site["client"]
    claim_id = site["ids"]["paris"]
    for path in [*EDITOR_PAGES, f"/editor/claims/{claim_id}", "/editor/users"]:
        response = client.get(path)
        assert response.status_code == 302 and "/editor/login" in response.headers["Location"]
    for action in ("assign", "note", "override"):
        response = client.post(f"/editor/claims/{claim_id}/{action}", data={})
        assert response.status_code in (302, 400)
    with site["engine"].connect() as conn:
        assert conn.execute(select(EditorAction.id)).first() is None


def test_wrong_password_is_refused_and_audited(fresh_site):
    """A wrong password gives no session; the attempt is in the audit trail."""
    site = fresh_site
    client = site["client"]
    response = login(client, "eve", "not the password")
    assert response.status_code == 401
    assert client.get("/editor/").status_code == 302
    with site["engine"].connect() as conn:
        actions = conn.execute(select(EditorAction.action, EditorAction.user)).all()
    assert [tuple(a) for a in actions] == [("login_failed", "eve")]


def test_login_sets_http_only_session_and_opens_the_workspace(fresh_site):
    """After login: an HTTP-only session cookie, the queue, the audit and anomaly pages."""
    site = fresh_site
    client = site["client"]
    response = login(client, "eve")
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    for path in EDITOR_PAGES:
        page = client.get(path)
        assert page.status_code == 200, path
        assert page.headers["Cache-Control"] == "private, no-store"
    queue = client.get("/editor/?label=all").get_data(as_text=True)
    # ranked by spread: the Paris story (reach 140) before the national one (reach 3)
    assert queue.index("&lt;script&gt;") < queue.index("Le Pen arrive en tête")


def test_editor_is_not_admin(fresh_site):
    """Roles are checked on the server: an editor cannot open the admins' page; an admin can."""
    site = fresh_site
    client = site["client"]
    login(client, "eve")
    assert client.get("/editor/users").status_code == 403
    admin = site["app"].test_client()
    login(admin, "ada")
    page = admin.get("/editor/users")
    assert page.status_code == 200 and "eve" in page.get_data(as_text=True)


def test_deactivated_account_loses_access_at_once(fresh_site):
    """The role is read from the store on every request, not trusted from the cookie."""
    site = fresh_site
    client = site["client"]
    login(client, "eve")
    assert client.get("/editor/").status_code == 200
    with site["engine"].begin() as conn:
        conn.execute(text("UPDATE \"user\" SET active = false WHERE name = 'eve'"))
    assert client.get("/editor/").status_code == 302


def test_override_needs_csrf_and_a_reason_then_shows_publicly(fresh_site):
    """Override with a reason: audited, in the history, and shown beside the machine's label."""
    site = fresh_site
    client = site["client"]
    claim_id = site["ids"]["paris"]
    login(client, "eve")
    page = client.get(f"/editor/claims/{claim_id}").get_data(as_text=True)
    token = csrf_from(page)
    no_token = client.post(
        f"/editor/claims/{claim_id}/override", data={"label": "contradicted", "reason": "x"}
    )
    assert no_token.status_code == 400
    no_reason = client.post(
        f"/editor/claims/{claim_id}/override",
        data={"csrf_token": token, "label": "contradicted", "reason": "  "},
    )
    assert no_reason.status_code == 302
    assert client.get(f"/api/claims/{claim_id}").json["newsroom"] is None
    done = client.post(
        f"/editor/claims/{claim_id}/override",
        data={"csrf_token": token, "label": "contradicted", "reason": "Chiffre de 2012, pas 2017"},
    )
    assert done.status_code == 302
    detail = site["app"].test_client().get(f"/api/claims/{claim_id}").json
    assert detail["label"] == "confirmed"  # the machine's label is untouched
    assert detail["newsroom"]["label"] == "contradicted" and detail["newsroom"]["by"] == "eve"
    assert detail["verdicts"][-1]["by"] == "eve"
    public = site["app"].test_client().get(f"/claim/{claim_id}").get_data(as_text=True)
    assert "Avis de la rédaction" in public and "Chiffre de 2012, pas 2017" in public
    assert "label-contradicted" in public and "label-confirmed" in public
    review = site["app"].test_client().get(f"/api/claims/{claim_id}/claimreview.json").json
    assert review["reviewRating"]["alternateName"] == "contradicted"
    audit = client.get("/editor/audit").get_data(as_text=True)
    assert "override" in audit and "Chiffre de 2012, pas 2017" in audit


def test_assign_and_note_are_audited(fresh_site):
    """Taking a claim and writing a note each leave a line in the audit trail."""
    site = fresh_site
    client = site["client"]
    claim_id = site["ids"]["lepen"]
    login(client, "eve")
    token = csrf_from(client.get(f"/editor/claims/{claim_id}").get_data(as_text=True))
    client.post(f"/editor/claims/{claim_id}/assign", data={"csrf_token": token})
    client.post(
        f"/editor/claims/{claim_id}/note",
        data={"csrf_token": token, "note": "Appeler la préfecture"},
    )
    mine = client.get("/editor/?mine=1").get_data(as_text=True)
    assert "Le Pen arrive en tête" in mine
    with site["engine"].connect() as conn:
        actions = conn.execute(
            select(EditorAction.action, EditorAction.reason)
            .where(EditorAction.claim_id == claim_id)
            .order_by(EditorAction.id)
        ).all()
    assert [tuple(a) for a in actions] == [("assign", ""), ("note", "Appeler la préfecture")]


def test_editor_sees_anomaly_column_public_does_not(fresh_site):
    """Signed in, the bureau table offers the anomaly filter; the page is then private."""
    site = fresh_site
    client = site["client"]
    login(client, "eve")
    page = client.get("/area/75")
    assert 'value="anomalies"' in page.get_data(as_text=True)
    assert page.headers["Cache-Control"] == "private, no-store"


def test_login_is_rate_limited(fresh_site):
    """Password guessing hits the configured login rate limit."""
    site = fresh_site
    client = site["client"]
    codes = [login(client, "eve", f"guess {i}").status_code for i in range(12)]
    assert codes[0] == 401 and codes[-1] == 429


def test_open_redirect_after_login_is_refused(fresh_site):
    """?next= only leads to a path on this site."""
    site = fresh_site
    client = site["client"]
    token = csrf_from(client.get("/editor/login").get_data(as_text=True))
    response = client.post(
        "/editor/login?next=//evil.example/x",
        data={"csrf_token": token, "name": "eve", "password": PASSWORD},
    )
    assert response.headers["Location"] == "/editor/"


def test_cli_users_add_hashes_the_password_and_posts_add_stores_a_tip(
    app_settings, engine, monkeypatch
):
    """`primaries users add` asks for the password and stores only a hash; `posts add` a tip."""
    monkeypatch.setenv("PRIMARIES_CONFIG", str(ROOT / "config.toml"))
    monkeypatch.setenv("PRIMARIES_DATABASE_URL", app_settings.database_url)
    runner = CliRunner()
    done = runner.invoke(
        cli, ["users", "add", "zoe", "--role", "editor"], input="s3cret-pass\ns3cret-pass\n"
    )
    assert done.exit_code == 0, done.output
    with engine.connect() as conn:
        stored = conn.execute(select(User.password_hash, User.role).where(User.name == "zoe")).one()
    assert stored.role == "editor" and "s3cret-pass" not in stored.password_hash
    again = runner.invoke(
        cli, ["users", "add", "zoe", "--role", "editor"], input="s3cret-pass\ns3cret-pass\n"
    )
    assert again.exit_code != 0 and "already exists" in again.output
    bad_role = runner.invoke(cli, ["users", "add", "bob", "--role", "king"], input="x\nx\n")
    assert bad_role.exit_code != 0
    tip = runner.invoke(cli, ["posts", "add", "Fillon 20 % à Lyon", "--url", "https://x.com/9"])
    assert tip.exit_code == 0, tip.output
    with engine.connect() as conn:
        posts = conn.execute(select(Post.text, Post.url).where(Post.platform == "tip")).all()
    assert [tuple(p) for p in posts] == [("Fillon 20 % à Lyon", "https://x.com/9")]


def test_queue_opens_on_what_needs_a_decision(fresh_site, geography):
    """Opened bare, the queue lists unconfirmed posts by spread, each with the words the verifier
    could not read; filters by label, unread words and area widen or narrow it."""
    site = fresh_site
    engine, settings = site["engine"], site["settings"]
    texts = {
        "doubted": "Macron 35 % à Paris chez les jeunes",
        "open": "Hamon en tête à Lyon",
    }
    with engine.begin() as conn:  # the seeded stories already carry their claims
        conn.execute(update(Story).where(Story.read_at.is_(None)).values(read_at=NOW))
    store_posts(
        engine,
        [
            PostRecord(platform="x", platform_id=name, author="a", text=text, posted_at=NOW)
            for name, text in texts.items()
        ],
        source="x",
        now=NOW,
    )
    verify_pending(engine, settings, geography, now=NOW + timedelta(minutes=1))
    client = site["client"]
    login(client, "eve")
    opening = client.get("/editor/").get_data(as_text=True)
    assert "Needs a decision" in client.get("/editor/?lang=en").get_data(as_text=True)
    assert texts["doubted"] in opening and texts["open"] in opening
    assert "&lt;script&gt;" not in opening  # the confirmed Paris post needs no decision
    assert "Le Pen arrive en tête" not in opening  # nor the contradicted one
    assert "« jeunes »" in opening
    doubted = client.get("/editor/?doubts=1").get_data(as_text=True)
    assert texts["doubted"] in doubted and texts["open"] not in doubted
    everything = client.get("/editor/?label=all").get_data(as_text=True)
    assert "&lt;script&gt;" in everything and "Le Pen arrive en tête" in everything
    confirmed = client.get("/editor/?label=confirmed&area=Paris").get_data(as_text=True)
    assert "&lt;script&gt;" in confirmed and texts["open"] not in confirmed


def test_two_person_rule_publishes_an_override_once_a_second_editor_approves(fresh_site):
    """With the rule on, an editor's override waits in the queue; its author cannot approve it;
    a second editor publishes it; an admin may publish alone, which the audit trail says."""
    site = fresh_site
    engine = site["engine"]
    election = dataclasses.replace(site["settings"].election, two_person_rule=True)
    app = create_app(
        dataclasses.replace(site["settings"], election=election), TESTING=True, MICROCACHE_SECONDS=0
    )
    create_user(engine, "bob", PASSWORD, "editor", now=NOW)
    paris = site["ids"]["paris"]
    eve, bob, ada, reader = (app.test_client() for _ in range(4))
    login(eve, "eve")
    token = csrf_from(eve.get(f"/editor/claims/{paris}").get_data(as_text=True))
    form = {"csrf_token": token, "label": "contradicted", "reason": "Chiffre de 2012"}
    eve.post(f"/editor/claims/{paris}/override", data=form)
    assert "Chiffre de 2012" not in reader.get(f"/claim/{paris}").get_data(as_text=True)
    queue = eve.get("/editor/?lang=en").get_data(as_text=True)
    proposal = int(re.search(r'data-proposal="(\d+)"', queue).group(1))
    assert "waiting for another editor" in queue
    eve.post(f"/editor/overrides/{proposal}", data={"csrf_token": token, "decision": "approve"})
    assert "Chiffre de 2012" not in reader.get(f"/claim/{paris}").get_data(as_text=True)
    login(bob, "bob")
    bob_token = csrf_from(bob.get("/editor/").get_data(as_text=True))
    bob.post(f"/editor/overrides/{proposal}", data={"csrf_token": bob_token, "decision": "approve"})
    public = reader.get(f"/claim/{paris}").get_data(as_text=True)
    assert "Chiffre de 2012" in public and 'id="newsroom-verdict"' in public
    assert 'data-proposal="' not in bob.get("/editor/").get_data(as_text=True)
    lepen = site["ids"]["lepen"]
    login(ada, "ada")
    ada_token = csrf_from(ada.get(f"/editor/claims/{lepen}").get_data(as_text=True))
    alone = {"csrf_token": ada_token, "label": "unconfirmed", "reason": "Urgent", "alone": "1"}
    ada.post(f"/editor/claims/{lepen}/override", data=alone)
    assert "Urgent" in reader.get(f"/claim/{lepen}").get_data(as_text=True)
    with engine.connect() as conn:
        trail = conn.execute(
            select(EditorAction.user, EditorAction.action, EditorAction.details)
            .where(EditorAction.action.contains("override"))
            .order_by(EditorAction.id)
        ).all()
    assert [(t.user, t.action) for t in trail] == [
        ("eve", "propose_override"),
        ("bob", "approve_override"),
        ("eve", "override"),
        ("ada", "override"),
    ]
    assert trail[2].details["approved_by"] == "bob" and trail[3].details["alone"] is True
    app.extensions["primaries"]["engine"].dispose()
