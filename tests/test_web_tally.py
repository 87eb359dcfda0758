"""The tally-sheet pages on both backends: delegates sign in, enter sheets by form or CSV with a
photo, see only their own party's copies; officials see agreement with the feed; all audited."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from click.testing import CliRunner
from sqlalchemy import event, select

from primaries.app import create_app
from primaries.cli import cli
from primaries.db import make_engine, upgrade
from primaries.models import ACTION, RESULT, SHEET, SHEET_PHOTO, User
from primaries.users import create_user
from tests.conftest import NOW, PASSWORD, ROOT, csrf_from, ingest_sample, login, wide_sample

BUREAU = "19001_0001"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 300


@pytest.fixture
def tally_site(settings, geography, database_url):
    """Corrèze's real round-1 feed, two delegates of one party, one of another, an editor."""
    engine = make_engine(database_url)
    upgrade(engine)
    ingest_sample(engine, settings, geography, wide_sample(1, ("19",)))
    for name, party in (("alice", "En Marche"), ("albert", "En Marche"), ("bob", "LR")):
        create_user(engine, name, PASSWORD, "delegate", now=NOW, party=party)
    create_user(engine, "eve", PASSWORD, "editor", now=NOW)
    app = create_app(dataclasses.replace(settings, database_url=database_url), TESTING=True)
    yield {"app": app, "engine": engine}
    app.extensions["primaries"]["engine"].dispose()
    engine.dispose()


def signed_in(site, name):
    client = site["app"].test_client()
    assert login(client, name).status_code == 302
    return client


def feed_form(site, bureau=BUREAU, **changes):
    """The form's fields as a delegate copies the bureau's sheet (the feed's own figures)."""
    with site["engine"].connect() as conn:
        row = conn.execute(
            select(RESULT).where(RESULT.c.bureau == bureau, RESULT.c.current)
        ).mappings()
        row = row.one()
    fields = {k: str(row[k]) for k in ("inscrits", "votants", "blancs", "nuls", "exprimes")}
    fields.update({c: str(v) for c, v in row["votes"].items()})
    return {"bureau": bureau, **fields, **{k: str(v) for k, v in changes.items()}}


def post_sheet(client, fields, photo=None, lang="fr"):
    token = csrf_from(client.get(f"/tally/?lang={lang}").get_data(as_text=True))
    data = {"csrf_token": token, **fields}
    if photo is not None:
        data["photo"] = (io.BytesIO(photo[1]), photo[0])
    return client.post("/tally/sheet?round=1", data=data, content_type="multipart/form-data")


def post_csv(client, text, lang="fr"):
    token = csrf_from(client.get(f"/tally/?lang={lang}").get_data(as_text=True))
    data = {"csrf_token": token, "file": (io.BytesIO(text.encode()), "pv.csv")}
    return client.post("/tally/upload?round=1", data=data, content_type="multipart/form-data")


def sheets(site):
    with site["engine"].connect() as conn:
        return [dict(r) for r in conn.execute(select(SHEET).order_by(SHEET.c.id)).mappings()]


def errors(response):
    return re.findall(r"<li>(.*?)</li>", response.get_data(as_text=True))


def test_a_delegate_signs_in_to_the_party_sheets_and_nowhere_else(tally_site):
    """Login leads a delegate to the party's page; the newsroom and the officials' page stay
    closed, and the public pages show a delegate nothing of the newsroom's."""
    client = tally_site["app"].test_client()
    response = login(client, "alice")
    assert response.headers["Location"].endswith("/tally/")
    page = client.get("/tally/").get_data(as_text=True)
    assert "Procès-verbaux de En Marche" in page and 'name="macron"' in page
    assert "Tally sheets of En Marche" in client.get("/tally/?lang=en").get_data(as_text=True)
    assert client.get("/editor/").status_code == 302  # a delegate is no newsroom account
    assert client.get("/tally/officials").status_code == 302
    area = client.get("/area/19?lang=fr").get_data(as_text=True)
    assert "Anomalies du flux" not in area
    anonymous = tally_site["app"].test_client()
    assert "/editor/login" in anonymous.get("/tally/").headers["Location"]
    assert signed_in(tally_site, "eve").get("/tally/").status_code == 403


def test_a_party_sees_and_corrects_only_its_own_copies(tally_site):
    """Alice's copy and photo are hers and Albert's (same party), never Bob's: his page, his
    correction form and the photo's address show him nothing of it."""
    alice, albert, bob = (signed_in(tally_site, n) for n in ("alice", "albert", "bob"))
    assert post_sheet(alice, feed_form(tally_site), photo=("pv.png", PNG)).status_code == 302
    sha = sheets(tally_site)[0]["photo_sha256"]

    assert BUREAU in albert.get("/tally/").get_data(as_text=True)
    assert albert.get(f"/tally/photos/{sha}").data == PNG
    mine = bob.get("/tally/").get_data(as_text=True)
    assert 'id="my-sheets"' not in mine and sha not in mine
    assert "Aucun procès-verbal saisi pour ce tour." in mine
    reopened = bob.get(f"/tally/?bureau={BUREAU}").get_data(as_text=True)
    assert 'name="votants" inputmode="numeric" pattern="[0-9]*" maxlength="9" value=""' in reopened
    assert bob.get(f"/tally/photos/{sha}").status_code == 404

    corrected = feed_form(tally_site, blancs=0, nuls=10)
    assert post_sheet(albert, corrected).status_code == 302
    assert post_sheet(bob, feed_form(tally_site)).status_code == 302
    rows = sheets(tally_site)
    assert [(r["party"], r["revision"], r["nuls"]) for r in rows] == [
        ("En Marche", 2, 10),
        ("LR", 1, int(feed_form(tally_site)["nuls"])),
    ]
    assert rows[0]["photo_sha256"] == sha  # a correction without a file keeps the photo
    with tally_site["engine"].connect() as conn:
        audit = conn.execute(select(ACTION.c.user, ACTION.c.action, ACTION.c.details)).all()
    writes = [(a.user, a.action) for a in audit if a.action.startswith("tally")]
    assert writes == [
        ("alice", "tally_sheet_entered"),
        ("albert", "tally_sheet_corrected"),
        ("bob", "tally_sheet_entered"),
    ]
    before = next(a.details for a in audit if a.action == "tally_sheet_corrected")["before"]
    assert before["nuls"] != 10 and before["entered_by"] == "alice"


def test_a_wrong_form_keeps_what_was_typed_and_stores_nothing(tally_site):
    """A figure that is not a whole number, then a sum that is off: 400, the message in the
    page's language, the figures typed still in the form."""
    alice = signed_in(tally_site, "alice")
    response = post_sheet(alice, feed_form(tally_site, votants="2O0"))
    assert response.status_code == 400
    assert errors(response) == ["Votants : « 2O0 » n&#39;est pas un nombre entier"]
    assert 'value="2O0"' in response.get_data(as_text=True)
    off = feed_form(tally_site)
    off["macron"] = str(int(off["macron"]) + 1)
    response = post_sheet(alice, off, lang="en")
    assert response.status_code == 400
    assert errors(response)[0].startswith("the votes add up to")
    assert sheets(tally_site) == []


def test_a_csv_upload_stores_every_line_or_none(tally_site):
    """One bad line: every problem by line, nothing stored; fixed: every bureau stored."""
    alice = signed_in(tally_site, "alice")
    template = alice.get("/tally/template.csv?round=1")
    header = template.get_data(as_text=True).lstrip("\ufeff").strip()
    columns = header.split(";")
    assert columns[:6] == ["bureau", "inscrits", "votants", "blancs", "nuls", "exprimes"]
    lines = [header]
    for bureau in ("19001_0001", "19002_0001", "19003_0001"):
        form = feed_form(tally_site, bureau)
        lines.append(";".join(form[c] for c in columns))
    broken = [*lines, lines[1], lines[2].replace(";", ";x", 1)]
    response = post_csv(alice, "\n".join(broken))
    assert response.status_code == 400
    assert errors(response) == [
        "ligne 5 : le bureau 19001_0001 est déjà à la ligne 2",
        "ligne 6 : Inscrits : « x349 » n&#39;est pas un nombre entier",
    ]
    assert sheets(tally_site) == []
    response = post_csv(alice, "\n".join(lines))
    assert response.status_code == 302
    assert [s["bureau"] for s in sheets(tally_site)] == ["19001_0001", "19002_0001", "19003_0001"]
    assert "3 procès-verbaux enregistrés" in alice.get("/tally/").get_data(as_text=True)


def test_a_photo_must_be_a_jpeg_png_or_pdf_by_its_bytes(tally_site):
    """A text file named .jpg is refused with the sheet; a PDF is kept with its sha256 and is
    sent as a download, never opened in the site."""
    alice = signed_in(tally_site, "alice")
    response = post_sheet(alice, feed_form(tally_site), photo=("pv.jpg", b"<script>x</script>"))
    assert response.status_code == 400
    assert errors(response) == ["la photo n&#39;est ni un JPEG, ni un PNG, ni un PDF"]
    assert sheets(tally_site) == []
    pdf = b"%PDF-1.4\n" + b"1" * 100
    assert post_sheet(alice, feed_form(tally_site), photo=("scan.pdf", pdf)).status_code == 302
    with tally_site["engine"].connect() as conn:
        photo = conn.execute(select(SHEET_PHOTO)).mappings().one()
    eve = signed_in(tally_site, "eve")
    sent = eve.get(f"/tally/photos/{photo['sha256']}")
    assert sent.data == pdf and sent.mimetype == "application/pdf"
    assert sent.headers["Content-Disposition"].startswith("attachment")
    assert sent.headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self' 'nonce-" in sent.headers["Content-Security-Policy"]


def test_officials_see_agreement_and_both_sets_of_numbers(tally_site):
    """Two parties agree on one sheet that matches the feed and on one that does not: the
    officials' page counts them per département and commune and shows both sets of numbers;
    the disagreement is among the editors' anomalies."""
    alice, bob = signed_in(tally_site, "alice"), signed_in(tally_site, "bob")
    good = feed_form(tally_site, "19001_0001")
    bad = feed_form(tally_site, "19002_0001")
    bad["macron"], bad["fillon"] = str(int(bad["macron"]) + 7), str(int(bad["fillon"]) - 7)
    for client in (alice, bob):
        assert post_sheet(client, good).status_code == 302
        assert post_sheet(client, bad).status_code == 302
    eve = signed_in(tally_site, "eve")
    page = eve.get("/tally/officials?round=1&lang=en").get_data(as_text=True)
    row = re.search(r"Corrèze</a>.*?</tr>", page, re.S).group(0)
    assert re.findall(r'<td class="num[^"]*">(\d+)</td>', row) == ["2", "1", "1", "0", "0", "0"]
    issue = page[page.index("To look at") :]
    assert "Emmanuel Macron" in issue and "En Marche, LR" in issue
    feed_macron = int(feed_form(tally_site, "19002_0001")["macron"])
    assert f'<td class="num">{feed_macron + 7}</td><td class="num">{feed_macron}</td>' in issue
    communes = eve.get("/tally/officials?round=1&departement=19&lang=fr").get_data(as_text=True)
    assert "Communes de Corrèze" in communes and "Aix" in communes
    anomalies = eve.get("/editor/anomalies").get_data(as_text=True)
    assert "tally_mismatch" in anomalies and "19002_0001" in anomalies
    assert signed_in(tally_site, "alice").get("/tally/officials").status_code == 302


def test_users_add_makes_a_delegate_of_a_party(tally_site, monkeypatch):
    """`primaries users add --role delegate --party NAME`; a delegate without a party is refused."""
    url = str(tally_site["engine"].url.render_as_string(hide_password=False))
    monkeypatch.setenv("PRIMARIES_DATABASE_URL", url)
    runner = CliRunner()
    base = ["--config", str(ROOT / "config.toml"), "users", "add"]
    done = runner.invoke(
        cli,
        [*base, "dan", "--role", "delegate", "--party", " Les  Verts "],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert done.exit_code == 0, done.output
    assert "user dan added (delegate, Les Verts)" in done.output
    refused = runner.invoke(
        cli, [*base, "dee", "--role", "delegate"], input=f"{PASSWORD}\n{PASSWORD}\n"
    )
    assert refused.exit_code == 1 and "a delegate needs a party" in refused.output
    with tally_site["engine"].connect() as conn:
        party = conn.execute(select(User.party).where(User.name == "dan")).scalar()
    assert party == "Les Verts"


def test_a_full_disk_stores_neither_the_sheet_nor_its_photo(tally_site):
    """When the database cannot grow, the form says so with the figures kept; no sheet without
    its photo, no photo without its sheet, no audit line for a write that did not happen."""
    if tally_site["engine"].dialect.name != "sqlite":
        pytest.skip("SQLite's page cap stands in for a full disk")
    alice = signed_in(tally_site, "alice")
    token = csrf_from(alice.get("/tally/?lang=fr").get_data(as_text=True))
    app_engine = tally_site["app"].extensions["primaries"]["engine"]

    @event.listens_for(app_engine, "connect")
    def _cap(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    app_engine.dispose()
    photo = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 2000  # half a megabyte: new pages
    data = {"csrf_token": token, **feed_form(tally_site), "photo": (io.BytesIO(photo), "pv.jpg")}
    response = alice.post("/tally/sheet?round=1", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    assert errors(response) == [
        "la base de données n&#39;a pas pu enregistrer (disque plein ?) : réessayez dans un instant"
    ]
    assert f'value="{feed_form(tally_site)["votants"]}"' in response.get_data(as_text=True)
    with tally_site["engine"].connect() as conn:
        assert conn.execute(select(SHEET_PHOTO.c.sha256)).first() is None
        assert (
            conn.execute(select(ACTION.c.id).where(ACTION.c.action.like("tally%"))).first() is None
        )
    assert sheets(tally_site) == []
