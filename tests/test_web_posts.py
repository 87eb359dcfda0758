"""The post is what people see: one entry per post wherever posts are listed, its label from its
parts, the newsroom's label on the post, its reading in words, and readers' tips held for an
editor. Real posts, read and labelled by the verifier against the real sample, on both backends."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from datetime import timedelta
from typing import Any

import pytest
from flask import g
from sqlalchemy import select, update

from primaries.db import make_engine, upgrade
from primaries.models import Claim, EditorAction, Story
from primaries.posts import store_posts
from primaries.verification import verify_pending
from primaries.web import i18n, postview
from sources.records import PostRecord
from tests.conftest import BACKENDS, NOW, built_site, csrf_from, empty_database, login

# Paris confirmed, Marseille without official figures in the sample: the post stays unconfirmed.
COMPOUND = "Macron 35 % à Paris et Mélenchon 90 % à Marseille"
CONTRADICTED = "Macron 35% in Paris and Le Pen 50% in Corrèze"  # Le Pen has 17.34 % there
CANADA = "Mélenchon en tête au Canada"  # abroad: the area's code is FE-CA
DOUBTFUL = "Fillon en tête chez les jeunes à Paris"  # a population the authority does not publish
SUM = "Macron + Fillon : 61 % à Paris"  # 34.83 % and 26.45 % there: 61.28 % together
COMPARISON = "Le Pen fait mieux dans le Nord qu'à Paris"  # 28.3 % there, 4.99 % in Paris
ATOM = "{http://www.w3.org/2005/Atom}"
# What a reader must never see: a place's internal code, a Python value, a placeholder.
INTERNAL = re.compile(r"FE-[A-Z]{2}|\bZZ\d*\b|\b13055\b|\bR\d{2}\b|\{'|\['|\bNone\b|\binf\b")


def seeded_read(engine: Any) -> None:
    """The seeded stories already carry their claims: they count as read."""
    with engine.begin() as conn:
        conn.execute(update(Story).where(Story.read_at.is_(None)).values(read_at=NOW))


def store_and_verify(engine: Any, settings: Any, geography: Any, texts: list[str]) -> None:
    """Posts stored as the collector stores them, then read and labelled as the scheduler does."""
    records = [
        PostRecord(
            platform="x",
            platform_id=f"post-{i}",
            author=f"account{i}",
            text=text,
            posted_at=NOW + timedelta(minutes=i),
        )
        for i, text in enumerate(texts)
    ]
    store_posts(engine, records, source="x", now=NOW + timedelta(minutes=5))
    verify_pending(engine, settings, geography, now=NOW + timedelta(minutes=6))


@pytest.fixture(scope="module", params=BACKENDS)
def posts_site(request, settings, geography, sample_payload, tmp_path_factory):
    """One read-only site per backend with the seeded claims and four real posts, verified."""
    with empty_database(request.param, tmp_path_factory.mktemp("posts")) as url:
        engine = make_engine(url)
        upgrade(engine)
        app_settings = dataclasses.replace(settings, database_url=url)
        try:
            with built_site(app_settings, engine, geography, sample_payload) as built:
                texts = [COMPOUND, CONTRADICTED, CANADA, DOUBTFUL, SUM, COMPARISON]
                seeded_read(engine)
                store_and_verify(engine, app_settings, geography, texts)
                built["geography"] = geography
                built["posts"] = post_ids(engine, texts)
                yield built
        finally:
            engine.dispose()


def post_ids(engine: Any, texts: list[str]) -> dict[str, dict[str, Any]]:
    """Per text: its story id and its claims' ids, in their order in the post."""
    found = {}
    with engine.connect() as conn:
        for text in texts:
            story = conn.execute(select(Story.id).where(Story.text == text)).scalar_one()
            claims = (
                conn.execute(
                    select(Claim.id).where(Claim.story_id == story).order_by(Claim.position)
                )
                .scalars()
                .all()
            )
            found[text] = {"story": story, "claims": claims}
    return found


def visible_text(html: str) -> str:
    """What a reader reads: no scripts, no tags, no attributes (links carry codes, on purpose)."""
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def test_a_compound_post_is_one_entry_everywhere(posts_site):
    """Home, the claims list, the editor queue, the API and the Atom feed list the post once."""
    client = posts_site["app"].test_client()
    post = posts_site["posts"][COMPOUND]
    assert len(post["claims"]) == 2  # Paris and Marseille: two parts
    marker = f'data-post="{post["story"]}"'
    for url in ("/", "/claims?round=1", "/?lang=en"):
        assert client.get(url).get_data(as_text=True).count(marker) == 1, url
    api = client.get("/api/claims?round=1").json["claims"]
    assert [c["post"] for c in api].count(post["story"]) == 1
    assert len({c["post"] for c in api}) == len(api)  # no post twice
    feed = ET.fromstring(client.get("/feeds/verdicts.atom?round=1").data)
    ids = [e.find(f"{ATOM}id").text for e in feed.findall(f"{ATOM}entry")]
    assert sum(f":post:{post['story']}:" in i for i in ids) == 1
    assert len(set(ids)) == len(ids)
    login(client, "eve")
    queue = client.get("/editor/").get_data(as_text=True)
    assert queue.count(marker) == 1


def test_the_post_label_comes_from_its_parts(posts_site):
    """Contradicted if any part is, confirmed if all are, else unconfirmed; each part shown."""
    client = posts_site["app"].test_client()
    api = {c["post"]: c for c in client.get("/api/claims?round=1").json["claims"]}
    posts = posts_site["posts"]
    compound = api[posts[COMPOUND]["story"]]
    assert [p["label"] for p in compound["parts"]] == ["confirmed", "unconfirmed"]
    assert compound["label"] == "unconfirmed"
    assert api[posts[CONTRADICTED]["story"]]["label"] == "contradicted"
    assert compound["reason"] == (
        "Paris : Emmanuel Macron 35 % — confirmé ; Marseille : Jean-Luc Mélenchon 90 % — non confirmé"
    )
    english = client.get("/api/claims?round=1&lang=en").json["claims"]
    line = next(c["reason"] for c in english if c["post"] == posts[COMPOUND]["story"])
    assert line == (
        "Paris: Emmanuel Macron 35 % — confirmed; Marseille: Jean-Luc Mélenchon 90 % — unconfirmed"
    )
    only = client.get("/api/claims?round=1&label=unconfirmed").json["claims"]
    assert posts[COMPOUND]["story"] in [c["post"] for c in only]
    assert posts[CONTRADICTED]["story"] not in [c["post"] for c in only]


def test_the_post_page_says_how_it_was_read_in_each_language(posts_site):
    """Each part in words (candidate, claim, figure, precision, place, round, polarity), the
    official figures beside it, its reason from data: never a code, a dict or a placeholder."""
    client = posts_site["app"].test_client()
    posts = posts_site["posts"]
    first = posts[COMPOUND]["claims"][1]  # any part leads to the whole post
    french = visible_text(client.get(f"/claim/{first}").get_data(as_text=True))
    for words in (
        "Partie 1",
        "Partie 2",
        "Paris (Département)",
        "1er tour",
        "affirmé",
        "chiffre arrondi : 34,50 % à 35,50 %",
        "Aucun résultat officiel pour Marseille (1er tour)",
        "34,83",
    ):
        assert words in french, words
    english = visible_text(client.get(f"/claim/{first}?lang=en").get_data(as_text=True))
    for words in ("Part 2", "Round 1", "asserted", "No official figures for Marseille (Round 1)"):
        assert words in english, words
    for post in (COMPOUND, CANADA, DOUBTFUL, CONTRADICTED):
        for lang in ("fr", "en"):
            page = client.get(f"/claim/{posts[post]['claims'][0]}?lang={lang}")
            text = visible_text(page.get_data(as_text=True))
            assert not INTERNAL.findall(text), (post, lang, INTERNAL.findall(text))
    doubtful = visible_text(
        client.get(f"/claim/{posts[DOUBTFUL]['claims'][0]}?lang=en").get_data(as_text=True)
    )
    assert "word: “jeunes”" in doubtful and "mot :" not in doubtful
    canada = client.get(f"/claim/{posts[CANADA]['claims'][0]}?lang=fr").get_data(as_text=True)
    assert "Canada" in visible_text(canada) and "un autre candidat est devant" in canada


def test_claimreview_reviews_the_post(posts_site):
    """The ClaimReview of any part is the post's: its label from every part, its parts worded."""
    client = posts_site["app"].test_client()
    post = posts_site["posts"][CONTRADICTED]
    review = client.get(f"/api/claims/{post['claims'][0]}/claimreview.json").json
    assert review["reviewRating"]["alternateName"] == "contradicted"
    assert "Corrèze" in review["reviewRating"]["ratingExplanation"]
    assert review == client.get(f"/api/claims/{post['claims'][1]}/claimreview.json").json


def test_an_override_applies_to_the_post(fresh_site, geography):
    """An editor labels the post from any of its parts: audited, shown once, on every list."""
    site = fresh_site
    seeded_read(site["engine"])
    store_and_verify(site["engine"], site["settings"], geography, [COMPOUND])
    post = post_ids(site["engine"], [COMPOUND])[COMPOUND]
    client = site["client"]
    login(client, "eve")
    second = post["claims"][1]
    token = csrf_from(client.get(f"/editor/claims/{second}").get_data(as_text=True))
    done = client.post(
        f"/editor/claims/{second}/override",
        data={"csrf_token": token, "label": "contradicted", "reason": "Marseille : 41 %, pas 90"},
    )
    assert done.status_code == 302
    reader = site["app"].test_client()
    entry = next(
        c for c in reader.get("/api/claims?round=1").json["claims"] if c["post"] == post["story"]
    )
    assert entry["label"] == "unconfirmed"  # the machine's, from the parts
    assert entry["newsroom"]["label"] == "contradicted" and entry["newsroom"]["by"] == "eve"
    filtered = reader.get("/api/claims?round=1&label=contradicted").json["claims"]
    assert [c["post"] for c in filtered].count(post["story"]) == 1
    page = reader.get(f"/claim/{post['claims'][0]}").get_data(as_text=True)
    assert "Marseille : 41 %, pas 90" in page and "label-contradicted" in page
    home = reader.get("/").get_data(as_text=True)
    assert home.count(f'data-post="{post["story"]}"') == 1
    with site["engine"].connect() as conn:
        action = conn.execute(
            select(EditorAction.action, EditorAction.details).where(
                EditorAction.action == "override"
            )
        ).one()
    assert action.details["story_id"] == post["story"]


def test_a_tip_waits_for_an_editor_before_any_public_page(fresh_site, geography):
    """A reader's tip is read and labelled, but no public page, feed or API shows it until an
    editor approves it from the queue; the approval is audited."""
    site = fresh_site
    seeded_read(site["engine"])
    client = site["client"]
    text = "Hamon 45 % en Corrèze, incroyable"
    token = csrf_from(client.get("/tip").get_data(as_text=True))
    sent = client.post("/tip", data={"csrf_token": token, "text": text, "author": "<b>lecteur</b>"})
    assert sent.status_code == 302
    store_and_verify(site["engine"], site["settings"], geography, [])
    with site["engine"].connect() as conn:
        story = conn.execute(select(Story.id, Story.status).where(Story.text == text)).one()
        claim = conn.execute(select(Claim.id).where(Claim.story_id == story.id)).scalars().first()
    assert story.status == "pending" and claim is not None
    reader = site["app"].test_client()

    def public_mentions() -> int:
        pages = ["/", "/claims?round=1", "/area/19", "/api/claims?round=1"]
        pages += ["/feeds/verdicts.atom?round=1", "/exports/claims.csv?round=1"]
        shown = sum("Hamon 45" in reader.get(url).get_data(as_text=True) for url in pages)
        changes = reader.get("/api/verdicts?round=1").json
        return shown + any(v["post"] == story.id for v in changes)

    assert public_mentions() == 0
    assert reader.get(f"/claim/{claim}").status_code == 404
    assert reader.get(f"/api/claims/{claim}").status_code == 404
    assert reader.get(f"/api/claims/{claim}/claimreview.json").status_code == 404
    login(client, "eve")
    queue = client.get("/editor/").get_data(as_text=True)
    assert f'data-tip="{story.id}"' in queue and "Hamon 45" in queue
    assert "<b>lecteur</b>" not in queue  # the author's name is text, never markup
    token = csrf_from(queue)
    refused = client.post(f"/editor/posts/{story.id}/review", data={"decision": "approve"})
    assert refused.status_code == 400  # no CSRF token
    approved = client.post(
        f"/editor/posts/{story.id}/review", data={"csrf_token": token, "decision": "approve"}
    )
    assert approved.status_code == 302
    assert public_mentions() == 7
    assert reader.get(f"/claim/{claim}").status_code == 200
    with site["engine"].connect() as conn:
        audit = conn.execute(
            select(EditorAction.user, EditorAction.details).where(
                EditorAction.action == "approve_tip"
            )
        ).one()
    assert audit.user == "eve" and audit.details["story_id"] == story.id


def test_a_rejected_tip_never_reaches_the_public(fresh_site, geography):
    """Rejected, a tip stays off public pages for good; the editor sees it no more in the queue."""
    site = fresh_site
    seeded_read(site["engine"])
    client = site["client"]
    token = csrf_from(client.get("/tip").get_data(as_text=True))
    client.post("/tip", data={"csrf_token": token, "text": "Macron 60 % à Paris"})
    store_and_verify(site["engine"], site["settings"], geography, [])
    with site["engine"].connect() as conn:
        story = conn.execute(select(Story.id).where(Story.text == "Macron 60 % à Paris")).scalar()
    login(client, "eve")
    token = csrf_from(client.get("/editor/").get_data(as_text=True))
    client.post(f"/editor/posts/{story}/review", data={"csrf_token": token, "decision": "reject"})
    assert f'data-tip="{story}"' not in client.get("/editor/").get_data(as_text=True)
    assert "Macron 60" not in site["app"].test_client().get("/").get_data(as_text=True)


def test_reasons_are_data_worded_in_each_language(posts_site):
    """The verifier's figures are stored as a key and its numbers; pages word them."""
    with posts_site["engine"].connect() as conn:
        parts = conn.execute(
            select(Claim.__table__)
            .where(Claim.story_id == posts_site["posts"][COMPOUND]["story"])
            .order_by(Claim.position)
        ).mappings()
        paris, marseille = [dict(p) for p in parts]
    with posts_site["app"].test_request_context("/"):
        paris, marseille = postview.reason_data(paris), postview.reason_data(marseille)
    assert paris["key"] == "share" and paris["params"]["place"] == "Paris"
    assert marseille == {"key": "no_figures", "params": {"place": "Marseille", "round": 1}}
    with posts_site["app"].test_request_context("/"):
        g.lang = "en"
        english = i18n.reason_text(paris, "Europe/Paris")
        g.lang = "fr"
        french = i18n.reason_text(paris, "Europe/Paris")
    assert english == (
        "Paris, 896/896 polling stations, 04/23 21:47: Emmanuel Macron 34.83%, "
        "François Fillon 26.45%; final share 34.83%, consistent with the claim."
    )
    assert french.startswith("Paris, 896/896 bureaux, 23/04 21:47 : Emmanuel Macron 34,83 %")
    denied = {**paris, "params": {**paris["params"], "label": "contradicted", "negated": True}}
    with posts_site["app"].test_request_context("/"):
        g.lang = "en"
        assert i18n.reason_text(denied, "Europe/Paris").endswith(
            "consistent with the claim (the post denies it)."
        )
        assert i18n.doubt_text("négation : pas vraiment") == "negation: “pas vraiment”"


def test_a_margin_over_the_runner_up_is_worded(posts_site):
    """ "Le Pen l'emporte de justesse": the other side of the gap is the runner-up, in words."""
    part = {
        "type": "gap",
        "candidates": ["le-pen", "*"],
        "area_name": "Var",
        "value": {"value": "close", "measure": "absolute"},
    }
    names = {"le-pen": "Marine Le Pen"}
    with posts_site["app"].test_request_context("/"):
        g.lang = "fr"
        french = i18n.part_summary(part, names)
        g.lang = "en"
        english = i18n.part_summary(part, names)
    assert french == "Var : Marine Le Pen et son premier poursuivant au coude à coude"
    assert english == "Var: Marine Le Pen and the runner-up neck and neck"


def test_a_close_or_next_pair_is_worded_both_ways(posts_site):
    """ "Hamon juste derrière Mélenchon": the part says both readings the verdict checked."""
    part = {
        "type": "gap",
        "candidates": ["hamon", "melenchon"],
        "area_name": "France",
        "value": {"value": "close_or_next", "measure": "absolute"},
    }
    names = {"hamon": "Benoît Hamon", "melenchon": "Jean-Luc Mélenchon"}
    with posts_site["app"].test_request_context("/"):
        g.lang = "fr"
        french = i18n.part_summary(part, names)
        g.lang = "en"
        english = i18n.part_summary(part, names)
    assert french == (
        "France : Benoît Hamon et Jean-Luc Mélenchon proches ou voisins au classement"
    )
    assert english == "France: Benoît Hamon and Jean-Luc Mélenchon close or next in the order"


def test_a_sum_of_candidates_is_one_part_of_every_name(posts_site):
    """ "Macron + Fillon : 61 %" is checked against their votes together and worded with both."""
    client = posts_site["app"].test_client()
    story = posts_site["posts"][SUM]["story"]
    post = next(c for c in client.get("/api/claims?round=1").json["claims"] if c["post"] == story)
    assert post["label"] == "confirmed"
    assert (
        "Emmanuel Macron 34,83 %, François Fillon 26,45 % ; score final 61,28 %" in (post["reason"])
    )
    page = client.get(f"/claim/{posts_site['posts'][SUM]['claims'][0]}?lang=en")
    text = visible_text(page.get_data(as_text=True))
    assert "Paris: Emmanuel Macron + François Fillon 61 %" in text
    assert "the named candidates together" in text and not INTERNAL.findall(text)


def test_a_comparison_names_both_places_and_their_figures(posts_site):
    """ "Le Pen fait mieux dans le Nord qu'à Paris": the part, its reason and how it was read
    name both places, in either language, with the share of each."""
    client = posts_site["app"].test_client()
    story = posts_site["posts"][COMPARISON]["story"]
    post = next(c for c in client.get("/api/claims?round=1").json["claims"] if c["post"] == story)
    assert post["label"] == "confirmed"
    assert "contre 4,99 % pour Paris" in post["reason"] and "Nord" in post["reason"]
    page = client.get(f"/claim/{posts_site['posts'][COMPARISON]['claims'][0]}?lang=en")
    text = visible_text(page.get_data(as_text=True))
    assert "Nord: Marine Le Pen&#39;s share higher than in Paris" in text
    assert "against 4.99% in Paris" in text and "higher here" in text
    flat = re.sub(r"\s+", " ", text)
    assert "Compared with Paris (Département) / Paris (Commune)" in flat
    # Both places' official figures, side by side.
    assert (
        "Official figures · Nord · Round 1" in flat and "Official figures · Paris · Round 1" in flat
    )
    assert not INTERNAL.findall(text)


def test_the_claims_list_counts_what_its_filter_keeps(posts_site):
    """ "12 publications" under a filter counts the posts it lists, and the pages follow."""
    client = posts_site["app"].test_client()
    api = client.get("/api/claims?round=1&label=contradicted&limit=500").json["claims"]
    page = visible_text(client.get("/claims?round=1&label=contradicted").get_data(as_text=True))
    everything = visible_text(client.get("/claims?round=1").get_data(as_text=True))
    counted = re.search(r"(\d+) publications?", page)
    assert counted is not None and int(counted.group(1)) == len(api) > 0
    assert re.search(r"(\d+) publications?", everything).group(1) != counted.group(1)
