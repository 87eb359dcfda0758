"""Rumour notes: editors write a note on a recurring narrative, attach it to the posts it
answers, and readers see it on those posts' pages; every write audited."""

from __future__ import annotations

from sqlalchemy import select

from primaries.models import EditorAction
from tests.conftest import csrf_from, login


def test_a_rumour_note_shows_on_the_pages_of_the_posts_it_answers(fresh_site):
    """Written once, attached to a post from the editor's page, shown (escaped) to readers of
    that post only; the audit trail keeps both writes."""
    client = fresh_site["client"]
    paris, lepen = fresh_site["ids"]["paris"], fresh_site["ids"]["lepen"]
    login(client, "eve")
    token = csrf_from(client.get("/editor/notes").get_data(as_text=True))
    body = "Les bureaux <b>à l'étranger</b> votent la veille : rien n'est publié avant 20 h."
    client.post(
        "/editor/notes",
        data={"csrf_token": token, "title": "Résultats de l'étranger", "body": body},
    )
    page = client.get(f"/editor/claims/{paris}").get_data(as_text=True)
    note_id = page.split('<option value="', 2)[2].split('"', 1)[0]
    client.post(f"/editor/claims/{paris}/rumour-note", data={"csrf_token": token, "note": note_id})
    reader = fresh_site["app"].test_client()
    public = reader.get(f"/claim/{paris}").get_data(as_text=True)
    assert "Note de la rédaction : Résultats de l&#39;étranger" in public
    assert "&lt;b&gt;à l&#39;étranger&lt;/b&gt;" in public and "<b>à" not in public
    assert "Résultats de l&#39;étranger" not in reader.get(f"/claim/{lepen}").get_data(as_text=True)
    listing = client.get("/editor/notes").get_data(as_text=True)
    assert "1 publication" in listing
    refused = client.post("/editor/notes", data={"csrf_token": token, "title": "", "body": "x"})
    assert refused.status_code == 400
    with fresh_site["engine"].connect() as conn:
        actions = (
            conn.execute(
                select(EditorAction.action).where(EditorAction.action.contains("rumour_note"))
            )
            .scalars()
            .all()
        )
    assert actions == ["add_rumour_note", "attach_rumour_note"]
