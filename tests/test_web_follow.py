"""Following a post: its own Atom feed of labels, and the post page wired to notice a change."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from primaries.newsroom import override
from tests.conftest import NOW

ATOM = "{http://www.w3.org/2005/Atom}"


def test_each_post_has_an_atom_feed_of_its_labels_newest_first(fresh_site):
    """A feed reader hears of each label the post held, the newsroom's included, newest first."""
    client = fresh_site["client"]
    paris = fresh_site["ids"]["paris"]
    response = client.get(f"/claim/{paris}/feed.atom?lang=en")
    assert response.status_code == 200
    assert response.mimetype == "application/atom+xml" and response.headers["ETag"]
    feed = ET.fromstring(response.data)
    titles = [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")]
    assert titles == ["Confirmed", "Unconfirmed"]
    override(fresh_site["engine"], paris, "eve", "contradicted", "Chiffre de 2012", now=NOW)
    feed = ET.fromstring(client.get(f"/claim/{paris}/feed.atom?lang=en").data)
    first = next(feed.iter(f"{ATOM}entry"))
    assert first.findtext(f"{ATOM}title") == "Contradicted · Newsroom's verdict"
    assert first.findtext(f"{ATOM}summary") == "Chiffre de 2012"
    assert client.get("/claim/999999/feed.atom").status_code == 404


def test_post_page_offers_follow_and_its_feed(site):
    """The post page carries the Follow button, its feed's link and what the live script needs
    to notice a change of label (the claims version and the post's current label)."""
    html = site["client"].get(f"/claim/{site['ids']['paris']}?lang=en").get_data(as_text=True)
    assert 'id="follow"' in html and ">Follow</button>" in html
    assert f'href="/claim/{site["ids"]["paris"]}/feed.atom"' in html
    assert 'data-label="confirmed"' in html and 'data-version-url="/api/version?round=1"' in html
