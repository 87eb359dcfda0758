"""Hostile input on both backends: posts carrying markup, script URLs, entities, bidi and zero-width
characters, 100 KB of text, SQL and spreadsheet formulas are stored intact and shown inert on every
page, feed and export; the newsroom's routes refuse forged, anonymous, fixated and guessed access,
and the audit trail keeps the failed attempts. One browser test checks the CSP holds in Chromium."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import timedelta
from html.parser import HTMLParser
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import Engine, insert, inspect, select

from primaries.models import Claim, EditorAction, Post, Story, Verdict
from primaries.posts import store_posts
from sources.records import PostRecord
from tests.conftest import (
    NOW,
    PASSWORD,
    csrf_from,
    ingest_sample,
    login,
    outside,
    watched_page,
    wide_sample,
)

ATOM = "{http://www.w3.org/2005/Atom}"
HUGE = ("Macron 24 % à Paris <b>gras</b> & Cie " * 3000)[:100_000]
# name -> (text, url): each is the first post of its own story.
HOSTILE: dict[str, tuple[str, str]] = {
    "script": ('Macron <script>alert("pwned")</script> à 35 % à Paris', "javascript:alert(1)"),
    "img": ('Fillon <img src=x onerror="window.__xss=1"> en tête à Paris', "JaVaScRiPt:alert(2)"),
    "js_text": (
        "Le Pen à 30 % à Paris, preuve : javascript:alert(document.cookie) ici",
        " javascript:alert(3)",
    ),
    "data_url": (
        "Hamon à 7 % à Paris <a href=x>lien</a>",
        "data:text/html,<script>alert(4)</script>",
    ),
    "entities": (
        "Hamon &lt;b&gt;7 %&lt;/b&gt; &amp;amp; &#60;script&#62; &quot;à Paris&quot;",
        "https://x.com/a/status/5?a=1&b=<2>",
    ),
    "bidi": (
        "Mélenchon \u202egnp.exe\u202c à 20 % \u2066isolé\u2069 à Paris\u200b\u200c\u200d\ufeff!",
        "https://x.com/a/status/6",
    ),
    "sql": (
        "Robert'); DROP TABLE post; -- Macron 24 % à Paris ' OR '1'='1'; SELECT * FROM \"user\"",
        "https://x.com/a/status/7",
    ),
    "formula": ('=HYPERLINK("https://evil.example/","Macron 90 % à Paris")', "https://x.com/8"),
    "huge": (HUGE, "https://x.com/a/status/9"),
}
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
SCRIPT_MARKERS = ("alert(", "window.__xss", "onerror")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data"}


def seed_hostile(engine: Engine) -> dict[str, int]:
    """Store the hostile posts through the real post store, a claim on each story; claim ids."""
    records = [
        PostRecord(
            platform="x",
            platform_id=f"hostile-{name}",
            author=f"compte_{name}",
            author_name='<b onmouseover="alert(5)">Nom</b>',
            text=text,
            posted_at=NOW - timedelta(minutes=30 - i),
            url=url,
            raw='{"text": "<script>alert(6)</script>"}',
            reposts=1000 - i,  # widest spread first: every one of them is on the home page
        )
        for i, (name, (text, url)) in enumerate(HOSTILE.items())
    ]
    store_posts(engine, records, source="x", now=NOW)
    ids = {}
    with engine.begin() as conn:
        for position, name in enumerate(HOSTILE):
            story_id = conn.execute(
                select(Post.story_id).where(Post.platform_id == f"hostile-{name}")
            ).scalar_one()
            assert story_id is not None, name
            text = HOSTILE[name][0]
            claim_id = conn.execute(
                insert(Claim.__table__).values(
                    story_id=story_id,
                    position=0,
                    round=1,
                    type="percentage",
                    candidates=["macron"],
                    area="75",
                    fragment=text[:300],
                    value={"value": 35, "precision": 0.5},
                    flags=[],
                    label="unconfirmed",
                    label_at=NOW,
                    reason_fr="Paris, 896/896 bureaux, 21:47",
                    reason_en="Paris, 896/896 bureaux, 21:47",
                    evidence={"area": "75"},
                    area_version=1,
                    created_at=NOW + timedelta(seconds=position),
                )
            ).inserted_primary_key[0]
            conn.execute(
                insert(Verdict.__table__).values(
                    claim_id=claim_id,
                    label="unconfirmed",
                    reason_fr="Paris, 896/896 bureaux, 21:47",
                    reason_en="Paris, 896/896 bureaux, 21:47",
                    evidence={},
                    area_version=1,
                    valid_from=NOW,
                    valid_to=None,
                    by="machine",
                )
            )
            ids[name] = claim_id
    return ids


class PageAudit(HTMLParser):
    """Everything in a page that could run: script elements, event attributes, URL attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict[str, str | None]] = []
        self.handlers: list[tuple[str, str]] = []
        self.urls: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self._in_script = False
        self.script_text: list[str] = []  # one entry per script element, "" for src= ones

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record each opening tag and its dangerous attributes."""
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "script":
            self.scripts.append(values)
            self.script_text.append("")
            self._in_script = True
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in URL_ATTRIBUTES and value is not None:
                self.urls.append((tag, name, value))

    def handle_endtag(self, tag: str) -> None:
        """Leave a script element."""
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        """Keep the text of inline scripts (the site's own, carrying the nonce)."""
        if self._in_script:
            self.script_text[-1] += data


def assert_inert_html(response: Any, where: str) -> str:
    """The page has no script but the site's own, no event handler, no script or data URL."""
    assert response.status_code == 200, where
    html = response.get_data(as_text=True)
    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
    audit = PageAudit()
    audit.feed(html)
    for attrs in audit.scripts:
        src = attrs.get("src")
        assert (src and src.startswith("/")) or attrs.get("nonce") == nonce, (where, attrs)
    assert audit.handlers == [], where
    for tag, _name, value in audit.urls:
        scheme = re.sub(r"[\s\x00-\x20]", "", value).lower()
        assert not scheme.startswith(("javascript:", "vbscript:", "data:text")), (where, tag, value)
    # Inline scripts are the site's own code or JSON-LD data: post text may appear in the data
    # (JSON-escaped, so no "<" can close the element) but never in code.
    for attrs, body in zip(audit.scripts, audit.script_text, strict=False):
        assert "<" not in body, (where, body[:80])
        if attrs.get("type") != "application/ld+json":
            assert not any(m in body for m in SCRIPT_MARKERS), (where, body[:80])
    assert "<script>alert" not in html and "<img src=x" not in html, where
    assert not set(BIDI_CONTROLS) & set(html), where
    assert "javascript:" not in " ".join(v for _t, _n, v in audit.urls).lower(), where
    return html


@pytest.fixture
def hostile(fresh_site) -> Iterator[dict[str, Any]]:
    """The site fixture with the hostile posts, their stories and claims stored."""
    site = fresh_site
    site["hostile"] = seed_hostile(site["engine"])
    yield site


def test_hostile_posts_are_stored_intact(hostile):
    """The store keeps every hostile text, URL and raw JSON exactly as received; SQL text is data."""
    engine = hostile["engine"]
    with engine.connect() as conn:
        rows = {
            r.platform_id: r
            for r in conn.execute(
                select(Post.platform_id, Post.text, Post.url, Post.raw, Post.author_name)
            )
        }
        stories = dict(conn.execute(select(Story.id, Story.text)).all())
    for name, (text, url) in HOSTILE.items():
        row = rows[f"hostile-{name}"]
        assert row.text == text, name  # byte for byte: bidi, zero-width, entities, 100 KB
        assert row.url == url, name
        assert row.raw == '{"text": "<script>alert(6)</script>"}'
        assert row.author_name == '<b onmouseover="alert(5)">Nom</b>'
        assert text in stories.values(), name
    assert len(rows["hostile-huge"].text) == 100_000
    # The SQL-looking text dropped nothing: every table is still there and the seeded posts too.
    tables = set(inspect(engine).get_table_names())
    assert {"post", "story", "claim", "user", "editor_action"} <= tables
    assert len(rows) == len(HOSTILE) + 3


def test_pages_show_hostile_posts_escaped_and_inert(hostile):
    """Home, claims list, each claim page and the search page: text escaped, nothing runnable."""
    client = hostile["app"].test_client()
    home = assert_inert_html(client.get("/"), "/")
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in home
    listing = assert_inert_html(client.get("/claims"), "/claims")
    assert "&lt;img src=x onerror=" in listing
    assert "&amp;lt;b&amp;gt;7 %&amp;lt;/b&amp;gt; &amp;amp;amp;" in listing  # escaped once more
    for name, claim_id in hostile["hostile"].items():
        page = assert_inert_html(client.get(f"/claim/{claim_id}"), f"claim {name}")
        if name != "huge":
            assert len(page) < 60_000, name
        else:  # the page shows a bounded excerpt of the 100 KB post, never all of it
            assert len(page) < len(HUGE), name
            assert "Macron 24 % à Paris &lt;b&gt;gras&lt;/b&gt; &amp; Cie" in page
    bidi = client.get(f"/claim/{hostile['hostile']['bidi']}").get_data(as_text=True)
    assert "gnp.exe" in bidi and "isolé" in bidi  # the words stay; only the controls go
    sql = client.get(f"/claim/{hostile['hostile']['sql']}").get_data(as_text=True)
    assert "Robert&#39;); DROP TABLE post; --" in sql
    assert_inert_html(client.get("/search?q=<script>alert(1)</script>"), "/search")


def test_editor_pages_show_hostile_posts_escaped_and_inert(hostile):
    """The editor's queue and claim pages (no micro-cache, signed in) are just as inert."""
    client = hostile["app"].test_client()
    assert login(client, "eve").status_code == 302
    queue = assert_inert_html(client.get("/editor/"), "/editor/")
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in queue
    for name, claim_id in hostile["hostile"].items():
        assert_inert_html(client.get(f"/editor/claims/{claim_id}"), f"editor claim {name}")
    # An editor's own hostile note and override reason are shown escaped too, here and in public.
    claim_id = hostile["hostile"]["script"]
    token = csrf_from(client.get(f"/editor/claims/{claim_id}").get_data(as_text=True))
    evil = '<script>alert("editor")</script><a href="javascript:alert(7)">x</a>'
    client.post(f"/editor/claims/{claim_id}/note", data={"csrf_token": token, "note": evil})
    client.post(
        f"/editor/claims/{claim_id}/override",
        data={"csrf_token": token, "label": "contradicted", "reason": evil},
    )
    for path in (f"/editor/claims/{claim_id}", "/editor/audit"):
        page = assert_inert_html(client.get(path), path)
        assert "&lt;script&gt;alert(&#34;editor&#34;)&lt;/script&gt;" in page
    public = assert_inert_html(hostile["app"].test_client().get(f"/claim/{claim_id}"), "public")
    assert "&lt;script&gt;alert(&#34;editor&#34;)&lt;/script&gt;" in public


def test_api_returns_hostile_text_exactly_as_json_data(hostile):
    """The JSON API gives the exact stored text as JSON strings, never as markup."""
    client = hostile["app"].test_client()
    listing = client.get("/api/claims?round=1&limit=1000")
    assert listing.mimetype == "application/json"
    assert listing.headers["X-Content-Type-Options"] == "nosniff"
    texts = {c["id"]: c["text"] for c in listing.json["claims"]}
    for name, claim_id in hostile["hostile"].items():
        assert texts[claim_id] == HOSTILE[name][0], name
        detail = client.get(f"/api/claims/{claim_id}").json
        assert [p["text"] for p in detail["posts"]] == [HOSTILE[name][0]]
        assert [p["url"] for p in detail["posts"]] == [HOSTILE[name][1]]
        review = client.get(f"/api/claims/{claim_id}/claimreview.json").json
        for appearance in review["itemReviewed"]["appearance"]:
            assert appearance["url"].startswith(("https://", "http://")), name


def test_atom_feed_stays_well_formed_and_links_only_to_the_site(hostile):
    """The Atom feed parses as XML; hostile text is character data, every link is ours."""
    client = hostile["app"].test_client()
    response = client.get("/feeds/verdicts.atom?round=1")
    body = response.get_data(as_text=True)
    feed = ET.fromstring(response.data)
    titles = [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")]
    assert any('<script>alert("pwned")</script>' in t for t in titles)  # as text, not a tag
    assert "<script>" not in body
    links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    public = hostile["app"].extensions["primaries"]["settings"].web.public_url
    assert links and all(h.startswith(f"{public}/") for h in links)  # never the request's Host
    assert not set(BIDI_CONTROLS) & set(body)
    assert all(len(t) <= 200 for t in titles)


def test_csv_export_keeps_each_text_in_one_cell_and_disarms_formulas(hostile):
    """Each hostile text is one CSV cell, exact; a cell a spreadsheet would run as a formula is
    prefixed with an apostrophe (OWASP's advice for CSV injection)."""
    client = hostile["app"].test_client()
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/exports/claims.csv?round=1").get_data(as_text=True))
        )
    )
    by_id = {int(r["id"]): r for r in rows}
    for name, claim_id in hostile["hostile"].items():
        text = HOSTILE[name][0]
        expected = "'" + text if text.startswith("=") else text
        assert by_id[claim_id]["text"] == expected, name
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value[:40]


def test_a_hostile_tip_is_stored_intact(hostile):
    """The one form anyone can post: the tip is stored as sent, and the thanks page is inert."""
    client = hostile["app"].test_client()
    token = csrf_from(client.get("/tip").get_data(as_text=True))
    text, url = HOSTILE["bidi"][0] + ' <script>alert("tip")</script>', "javascript:alert(8)"
    response = client.post(
        "/tip", data={"csrf_token": token, "text": text, "url": url, "author": "<b>x</b>"}
    )
    assert response.status_code == 302
    assert_inert_html(client.get("/tip"), "/tip")
    with hostile["engine"].connect() as conn:
        stored = conn.execute(select(Post.text, Post.url).where(Post.platform == "tip")).one()
    assert stored.text == text and stored.url == url


# -- the newsroom's routes ----------------------------------------------------------------------


def editor_rules(app: Flask) -> list[tuple[str, set[str]]]:
    """Every URL of the editor blueprint (a claim or a post id filled in), with its methods."""
    out = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("editor.") and rule.endpoint != "editor.login":
            path = re.sub(r"<(?:int:)?(?:claim|story|proposal)_id>", "1", rule.rule)
            assert "<" not in path, f"fill in the arguments of {rule.rule}"
            out.append((path, set(rule.methods or ()) - {"HEAD", "OPTIONS"}))
    return out


def audit_rows(engine: Engine) -> list[tuple[str, str, str | None]]:
    """The audit trail: (action, user, ip), oldest first."""
    with engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                select(EditorAction.action, EditorAction.user, EditorAction.ip).order_by(
                    EditorAction.id
                )
            )
        ]


def test_a_public_user_is_refused_on_every_editor_url(fresh_site):
    """Anonymous, even with a valid CSRF token from a public form: every editor URL, every
    method, sends to the login form; nothing is written."""
    site = fresh_site
    client = site["client"]
    token = csrf_from(client.get("/tip").get_data(as_text=True))
    rules = editor_rules(site["app"])
    assert len(rules) >= 9
    for path, methods in rules:
        for method in methods:
            data = {"csrf_token": token, "label": "confirmed", "reason": "x", "note": "x"}
            response = client.open(path, method=method, data=data if method == "POST" else None)
            assert response.status_code == 302, (method, path)
            assert "/editor/login" in response.headers["Location"], (method, path)
    assert audit_rows(site["engine"]) == []
    with site["engine"].connect() as conn:
        assert conn.execute(select(Claim.override_label).where(Claim.id == 1)).scalar() is None
        assert conn.execute(select(Story.override_label).where(Story.id == 1)).scalar() is None


def test_an_editor_is_refused_on_admin_urls(fresh_site):
    """Roles are enforced by the server: an editor gets 403 on the admins' pages."""
    site = fresh_site
    client = site["client"]
    login(client, "eve")
    admin_only = [p for p, _m in editor_rules(site["app"]) if p.startswith("/editor/users")]
    assert admin_only
    for path in admin_only:
        assert client.get(path).status_code == 403, path


def test_every_editor_post_without_the_csrf_token_is_refused(fresh_site):
    """Signed in, a forged POST (no token, a wrong token, another session's token) does nothing."""
    site = fresh_site
    client = site["client"]
    login(client, "eve")
    other = site["app"].test_client()
    foreign = csrf_from(other.get("/tip").get_data(as_text=True))
    posts = [p for p, m in editor_rules(site["app"]) if "POST" in m]
    assert {"/editor/logout", "/editor/claims/1/override"} <= set(posts)
    for path in posts:
        for token in (None, "forged", foreign):
            data = {"label": "contradicted", "reason": "forgé", "note": "forgé"}
            if token:
                data["csrf_token"] = token
            assert client.post(path, data=data).status_code == 400, (path, token)
    assert [a for a, _u, _i in audit_rows(site["engine"])] == ["login"]
    assert client.get("/editor/").status_code == 200  # the forged logout did not log out
    anonymous = site["app"].test_client()
    no_token = anonymous.post("/editor/login", data={"name": "eve", "password": PASSWORD})
    assert no_token.status_code == 400
    assert anonymous.get("/editor/").status_code == 302


def test_a_session_fixed_before_login_does_not_survive_it(fresh_site):
    """Whatever the session held before login is dropped, and the pre-login cookie opens nothing."""
    site = fresh_site
    app = site["app"]
    victim = app.test_client()
    victim.get("/editor/login")
    with victim.session_transaction() as session:
        session["planted"] = "attacker-known"  # what an attacker would fix in the victim's session
    before = victim.get_cookie("session").value
    assert login(victim, "eve").status_code == 302
    after = victim.get_cookie("session").value
    assert after != before
    with victim.session_transaction() as session:
        assert "planted" not in session and session["user"] == "eve"
    attacker = app.test_client()
    attacker.set_cookie("session", before)
    assert attacker.get("/editor/").status_code == 302
    assert victim.get("/editor/").status_code == 200


def test_brute_force_login_is_throttled_and_audited(fresh_site):
    """Password guessing: refused, throttled at the configured rate (even the right password then
    fails), and every guess that reached the password check is in the audit trail."""
    site = fresh_site
    settings = site["app"].extensions["primaries"]["settings"]
    allowed = int(settings.web.login_rate_limit.split()[0])
    client = site["client"]
    codes = [login(client, "eve", f"guess-{i}").status_code for i in range(allowed + 3)]
    assert codes == [401] * allowed + [429] * 3
    assert login(client, "eve", PASSWORD).status_code == 429
    assert client.get("/editor/").status_code == 302
    rows = audit_rows(site["engine"])
    assert [(a, u) for a, u, _ip in rows] == [("login_failed", "eve")] * allowed
    assert all(ip == "127.0.0.1" for _a, _u, ip in rows)
    # Another address is not locked out by the attacker's guesses.
    other = site["app"].test_client()
    token = csrf_from(other.get("/editor/login").get_data(as_text=True))
    ok = other.post(
        "/editor/login",
        data={"csrf_token": token, "name": "eve", "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "10.0.0.7"},
    )
    assert ok.status_code == 302


# -- in Chromium ----------------------------------------------------------------------------


@pytest.mark.browser
def test_hostile_posts_raise_no_dialog_and_no_csp_violation(served, browser):
    """Chromium shows the hostile posts: no dialog opens, no script of theirs runs, and the page
    (whose own scripts need the nonce) reports no CSP violation."""
    ingest_sample(
        served["engine"], served["settings"], served["geography"], wide_sample(1, ("75",))
    )
    ids = seed_hostile(served["engine"])
    base = served["base"]
    page, requested, errors = watched_page(browser, base)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    # Chromium fires securitypolicyviolation for anything the CSP blocks, inline or not.
    page.add_init_script(
        "window.__csp = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    for path in ["/", "/claims", *(f"/claim/{i}" for i in ids.values())]:
        page.goto(base + path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__csp") == [], path
        assert page.evaluate("window.__xss === undefined"), path
        assert page.locator("script:not([src]):not([nonce])").count() == 0, path
        assert page.locator("img[src='x'], [onerror], [onmouseover]").count() == 0, path
        assert page.locator("a[href^='javascript' i], a[href^='data' i]").count() == 0, path
    page.goto(base + f"/claim/{ids['script']}")
    assert 'alert("pwned")' in page.locator("body").inner_text()
    # The CSP is live: a script injected without the nonce is refused, and reported.
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.__xss = 1'; document.body.appendChild(s); }"
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss === undefined")
    assert any("script-src" in v for v in page.evaluate("window.__csp"))
    assert dialogs == []
    assert [e for e in errors if "Content Security Policy" not in e] == []
    assert outside(requested, base) == []
