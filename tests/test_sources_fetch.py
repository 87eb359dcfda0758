"""Tests of the fetch side of the official sources: conditional GET, errors, local files, walks."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
import responses
from responses import matchers

from sources import bureau_feed, datagouv_csv, datagouv_wide, hap2011_json, minint_xml
from sources.http import Fetched, fetch_bytes
from sources.records import FeedError, FetchError

OFFICIAL = Path(__file__).resolve().parent / "data" / "official"
MININT = OFFICIAL / "minint"
URL = "http://feed.test/feed/pr2017/1"
MAINTENANCE = (
    b"<!DOCTYPE html>\n<html><head><title>Maintenance en cours</title></head>"
    b"<body><p>Le site est en maintenance.</p></body></html>"
)
NOW = datetime(2017, 4, 23, 18, 0, tzinfo=UTC)


@pytest.fixture
def session() -> requests.Session:
    return requests.Session()


@responses.activate
def test_200_keeps_etag_then_304_returns_no_payload(session):
    body = (OFFICIAL / "bureau_feed" / "feed_full.json").read_bytes()
    responses.get(
        URL, body=body, headers={"ETag": '"v1"', "Last-Modified": "Sun, 23 Apr 2017 18:14:05 GMT"}
    )
    first = fetch_bytes(URL, session=session)
    assert first.payload == body and first.http_status == 200
    assert first.cursor == {"etag": '"v1"', "last_modified": "Sun, 23 Apr 2017 18:14:05 GMT"}
    assert first.url == URL and first.fetched_at.tzinfo is not None

    responses.replace(
        responses.GET,
        URL,
        status=304,
        match=[
            matchers.header_matcher(
                {"If-None-Match": '"v1"', "If-Modified-Since": "Sun, 23 Apr 2017 18:14:05 GMT"}
            )
        ],
    )
    second = fetch_bytes(URL, session=session, cursor=first.cursor)
    assert second.payload is None and second.not_modified and second.http_status == 304
    assert second.cursor == first.cursor


@responses.activate
def test_200_without_validators_drops_the_old_ones(session):
    responses.get(URL, body=b"{}")
    fetched = fetch_bytes(URL, session=session, cursor={"etag": '"old"', "sequence": 3})
    assert fetched.cursor == {"sequence": 3}


@responses.activate
def test_404_maintenance_page_is_a_fetch_error_saying_so(session):
    responses.get(URL, body=MAINTENANCE, status=404, content_type="text/html")
    with pytest.raises(FetchError, match=r"maintenance page \('Maintenance en cours'\)") as info:
        fetch_bytes(URL, session=session)
    assert info.value.http_status == 404 and info.value.retry_at is None


@responses.activate
def test_500_is_a_fetch_error_with_its_status(session):
    responses.get(URL, body="boom", status=500)
    with pytest.raises(FetchError, match="HTTP 500") as info:
        fetch_bytes(URL, session=session)
    assert info.value.http_status == 500


@responses.activate
def test_timeout_and_network_errors_are_fetch_errors(session):
    responses.get(URL, body=requests.exceptions.ReadTimeout("slow"))
    with pytest.raises(FetchError, match=r"timed out after 2\.5 s") as info:
        fetch_bytes(URL, session=session, timeout=2.5)
    assert info.value.http_status is None
    responses.replace(responses.GET, URL, body=requests.exceptions.ConnectionError("refused"))
    with pytest.raises(FetchError, match="network error"):
        fetch_bytes(URL, session=session)


@responses.activate
def test_429_and_503_carry_retry_at(session):
    responses.get(URL, status=429, headers={"Retry-After": "120"})
    with pytest.raises(FetchError) as info:
        fetch_bytes(URL, session=session, now=NOW)
    assert info.value.http_status == 429
    assert info.value.retry_at == NOW + timedelta(seconds=120)
    responses.replace(
        responses.GET, URL, status=503, headers={"Retry-After": "Sun, 23 Apr 2017 18:05:00 GMT"}
    )
    with pytest.raises(FetchError) as info:
        fetch_bytes(URL, session=session, now=NOW)
    assert info.value.http_status == 503
    assert info.value.retry_at == datetime(2017, 4, 23, 18, 5, tzinfo=UTC)


@responses.activate
def test_served_gzip_file_is_gunzipped_by_magic(session):
    raw = (OFFICIAL / "hap2011" / "results_T1_final.json").read_bytes()
    responses.get(URL + ".json.gz", body=gzip.compress(raw), content_type="application/gzip")
    fetched = hap2011_json.fetch(URL + ".json.gz", session=session)
    assert fetched.payload == raw
    assert hap2011_json.parse(fetched.payload).records[0].votants == 2_661_231


def test_local_gz_file_and_file_url(tmp_path, session):
    wide = (
        Path(__file__).resolve().parent.parent
        / "data"
        / "2017-presidentielle-2_par_bureau_large.csv.gz"
    )
    fetched = datagouv_wide.fetch(str(wide), session=session)
    assert fetched.payload.startswith(b"departement,commune,bureau")
    assert fetched.http_status is None and "sha256" in fetched.cursor
    again = datagouv_wide.fetch(wide.as_uri(), session=session, cursor=fetched.cursor)
    assert again.payload is None  # unchanged file: same as a 304

    # gzip detected by its magic bytes even without the .gz name
    sample = (OFFICIAL / "PR17_BVot_T1_sample.txt").read_bytes()
    hidden = tmp_path / "PR17_BVot_T1_FE.txt"
    hidden.write_bytes(gzip.compress(sample))
    local = datagouv_csv.fetch(f"file://{hidden}", session=session)
    assert local.payload == sample
    assert len(datagouv_csv.parse(local.payload).records) == 467


def test_local_errors(tmp_path, session):
    with pytest.raises(FetchError, match="cannot read"):
        fetch_bytes(str(tmp_path / "absent.csv"), session=session)
    broken = tmp_path / "broken.csv.gz"
    broken.write_bytes(gzip.compress(b"departement,commune\n" * 100)[:30])
    with pytest.raises(FetchError, match="truncated or corrupt gzip"):
        fetch_bytes(str(broken), session=session)


def test_parse_rejects_a_corrupt_gzip_payload():
    with pytest.raises(FeedError, match="corrupt gzip"):
        datagouv_wide.parse(b"\x1f\x8b\x08\x00garbage")


def test_fetched_is_frozen():
    fetched = Fetched(b"x", {}, 200, URL, NOW)
    with pytest.raises(AttributeError):
        fetched.payload = None  # type: ignore[misc]


# --- bureau_feed: ?since= increments -------------------------------------------------------


@responses.activate
def test_bureau_feed_fetch_keeps_sequence_and_asks_for_increments(session):
    full = (OFFICIAL / "bureau_feed" / "feed_full.json").read_bytes()
    since = (OFFICIAL / "bureau_feed" / "feed_since_4182.json").read_bytes()
    responses.get(
        URL, body=full, headers={"ETag": '"s4182"'}, match=[matchers.query_string_matcher("")]
    )
    first = bureau_feed.fetch(URL, session=session)
    assert first.cursor == {"etag": '"s4182"', "sequence": 4182}

    # Without increments the cursor's sequence is not used: a full snapshot, conditional.
    responses.get(
        URL,
        status=304,
        match=[
            matchers.query_string_matcher(""),
            matchers.header_matcher({"If-None-Match": '"s4182"'}),
        ],
    )
    assert bureau_feed.fetch(URL, session=session, cursor=first.cursor).payload is None

    responses.get(
        URL,
        body=since,
        headers={"ETag": '"s4190"'},
        match=[matchers.query_param_matcher({"since": "4182"})],
    )
    nxt = bureau_feed.fetch(URL, session=session, cursor=first.cursor, increments=True)
    assert nxt.cursor == {"etag": '"s4190"', "sequence": 4190}
    assert not bureau_feed.parse(nxt.payload).complete


@responses.activate
def test_bureau_feed_fetch_leaves_sequence_when_payload_unreadable(session):
    responses.get(URL, body=MAINTENANCE[:50], status=200)
    fetched = bureau_feed.fetch(URL, session=session, cursor={"sequence": 7})
    assert fetched.cursor == {"sequence": 7}
    with pytest.raises(FeedError):
        bureau_feed.parse(fetched.payload)


# --- minint_xml: index -> changed départements -> bundle ------------------------------------

BASE = "http://elections.test/PR2017/resultatsT2/"
OTHER_FOLDERS = ("001/971", "084/069", "093/013")


def _serve_minint(index: bytes | None = None) -> None:
    """Serve the recorded feed: Paris has files, the other indexed départements are not out."""
    responses.get(
        BASE + "index.xml",
        body=index or (MININT / "index.xml").read_bytes(),
        headers={"ETag": '"i1"'},
    )
    for name in ("075IDX.xml", "075com.xml"):
        responses.get(BASE + f"011/075/{name}", body=(MININT / "011" / "075" / name).read_bytes())
    for folder in OTHER_FOLDERS:
        code = folder[-3:]
        for name in (f"{code}IDX.xml", f"{code}com.xml"):
            responses.get(BASE + f"{folder}/{name}", body=MAINTENANCE, status=404)


@responses.activate
def test_minint_fetch_walks_the_index_and_bundles_what_it_got(session):
    _serve_minint()
    fetched = minint_xml.fetch(BASE + "index.xml", session=session)
    files = minint_xml.bundle_files(fetched.payload)
    assert list(files) == ["index.xml", "011/075/075IDX.xml", "011/075/075com.xml"]
    # Only Paris succeeded: its stamp is kept; the index validators are not (retry the rest).
    assert fetched.cursor == {"departements": {"75": "17-03-2017 15:25:15"}}
    payload = minint_xml.parse(fetched.payload)
    assert [r.unit.code for r in payload.records] == ["75056"]
    assert not payload.complete


@responses.activate
def test_minint_fetch_skips_unchanged_departements(session):
    _serve_minint()
    stamps = {"75": "17-03-2017 15:25:15", "ZA": "17-03-2017 15:36:43", "69": "17-03-2017 15:37:49",
              "13": "17-03-2017 14:49:08"}  # fmt: skip
    fetched = minint_xml.fetch(BASE + "index.xml", session=session, cursor={"departements": stamps})
    assert fetched.payload is None and fetched.http_status == 200
    assert fetched.cursor == {"etag": '"i1"', "departements": stamps}
    assert len(responses.calls) == 1  # only the index was read


@responses.activate
def test_minint_fetch_index_304(session):
    responses.get(BASE + "index.xml", status=304)
    cursor = {"etag": '"i1"', "departements": {"75": "x"}}
    fetched = minint_xml.fetch(BASE + "index.xml", session=session, cursor=cursor)
    assert fetched.payload is None and fetched.http_status == 304 and fetched.cursor == cursor


@responses.activate
def test_minint_fetch_raises_when_every_changed_departement_fails(session):
    _serve_minint()
    stamps = {"ZA": "x", "69": "x", "13": "x", "75": "17-03-2017 15:25:15"}
    with pytest.raises(FetchError, match="maintenance page") as info:
        minint_xml.fetch(BASE + "index.xml", session=session, cursor={"departements": stamps})
    assert info.value.http_status == 404


@responses.activate
def test_minint_fetch_index_maintenance_page(session):
    responses.get(BASE + "index.xml", body=MAINTENANCE, status=404)
    with pytest.raises(FetchError, match="not published yet"):
        minint_xml.fetch(BASE + "index.xml", session=session)


@responses.activate
def test_minint_fetch_unreadable_index_is_a_fetch_error(session):
    responses.get(BASE + "index.xml", body=b"<Election><Departements>")
    with pytest.raises(FetchError, match=r"unreadable.*not well-formed") as info:
        minint_xml.fetch(BASE + "index.xml", session=session)
    assert info.value.http_status == 200


def test_minint_fetch_from_a_local_mirror(tmp_path, session):
    index = (MININT / "index.xml").read_text(encoding="utf-8")
    # Keep only Paris in the index so the local mirror is complete.
    start = index.index("<Departement>")
    paris = index.index("<Departement>", start + 1)
    after = index.index("<Departement>", paris + 1)
    trimmed = index[:start] + index[paris:after] + index[index.index("</Departements>") :]
    (tmp_path / "index.xml").write_text(trimmed, encoding="utf-8")
    (tmp_path / "011" / "075").mkdir(parents=True)
    for name in ("075IDX.xml", "075com.xml"):
        (tmp_path / "011" / "075" / name).write_bytes((MININT / "011" / "075" / name).read_bytes())
    fetched = minint_xml.fetch(str(tmp_path / "index.xml"), session=session)
    payload = minint_xml.parse(fetched.payload)
    assert payload.complete and payload.records[0].unit.code == "75056"
    again = minint_xml.fetch(str(tmp_path / "index.xml"), session=session, cursor=fetched.cursor)
    assert again.payload is None
