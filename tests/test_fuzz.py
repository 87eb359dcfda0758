"""Hypothesis fuzzing: whatever the bytes, parsers raise only their documented errors."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sources import RESULT_KINDS, source_module
from sources.records import FeedError, FetchError, ResultPayload
from tests.conftest import ROOT

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Seeds close to the real thing: mutations of them reach deeper than random bytes do.
SEEDS = {
    "bureau_feed": (ROOT / "tests/data/official/bureau_feed/feed_full.json").read_bytes(),
    "datagouv_csv": (ROOT / "tests/data/official/PR17_BVot_T1_sample.txt").read_bytes()[:4000],
    "datagouv_wide": b"departement,commune,bureau,circonscription,commune_libelle,inscrits,"
    b"votants,blancs,exprimes,MACRON,FILLON\n01,001,0001,4,A,598,506,2,495,300,195\n",
    "hap2011_json": (ROOT / "tests/data/official/hap2011/results_T1_final.json").read_bytes(),
    "minint_xml": (ROOT / "tests/data/official/minint/011/075/075056AR01.xml").read_bytes()[:6000],
}


def mutate(seed: bytes, data: st.DataObject) -> bytes:
    """Cut, splice or flip bytes of a real payload."""
    how = data.draw(st.sampled_from(["cut", "flip", "splice", "random"]))
    if how == "random" or not seed:
        return data.draw(st.binary(max_size=2000))
    at = data.draw(st.integers(0, len(seed)))
    if how == "cut":
        return seed[:at]
    if how == "flip":
        chunk = data.draw(st.binary(min_size=1, max_size=8))
        return seed[:at] + chunk + seed[at + len(chunk) :]
    return seed[:at] + data.draw(st.binary(max_size=64)) + seed[at:]


@pytest.mark.parametrize("kind", sorted(RESULT_KINDS))
@FUZZ
@given(data=st.data())
def test_result_parsers_raise_only_feed_errors(kind, data):
    """Any payload either parses into records or is refused with a FeedError."""
    payload = mutate(SEEDS[kind], data)
    try:
        parsed = source_module(kind).parse(payload, round=None)
    except FeedError as exc:
        assert str(exc) and "\n" not in str(exc).strip()
        return
    assert isinstance(parsed, ResultPayload)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)


@pytest.mark.parametrize("kind", ["x_search", "bluesky_search", "mastodon_tag"])
@FUZZ
@given(payload=json_values)
def test_social_parsers_raise_only_fetch_errors(kind, payload):
    """A garbage API answer is a FetchError or a (possibly empty) list of posts; never a crash."""
    try:
        posts = source_module(kind).parse(payload)
    except FetchError:
        return
    assert isinstance(posts, list)


@FUZZ
@given(data=st.data())
def test_replay_and_rss_never_crash(data):
    """JSON lines and feeds of any bytes: posts, skipped lines, or a FetchError."""
    seed = (ROOT / "data/posts/pr2017-t1.jsonl").read_bytes()[:3000]
    source_module("jsonl_replay").parse(mutate(seed, data))
    with contextlib.suppress(FetchError):
        source_module("rss").parse(data.draw(st.binary(max_size=1500)), now=datetime.now(UTC))


@pytest.fixture(scope="module")
def lexicon():
    """The verifier's lexicon over the real geography (no database needed)."""
    from primaries.geography import Geography
    from primaries.settings import load_settings
    from verifiers.lexicon import build_lexicon
    from verifiers.standings import CandidateInfo, Place

    geography = Geography.load()
    settings_ = load_settings(ROOT / "config.toml")
    places = [Place(a.code, a.name, a.level, (), a.parent) for a in geography.static_areas()]
    candidates = [
        CandidateInfo(c.id, c.name, c.aliases, c.party, c.coded) for c in settings_.candidates
    ]
    return build_lexicon(candidates, places)


words = st.sampled_from(
    [
        "Macron",
        "Le Pen",
        "en tête",
        "à",
        "Paris",
        "39",
        "%",
        "pour cent",
        "devant",
        "troisième",
        "selon",
        "sur 60 % des bureaux",
        "entre",
        "et",
        "millions",
        "#RadioLondres",
        "?",
        "FH",
        "au Canada",
        "frôle",
        "plus de",
        "votants",
        "points",
        "d'avance",
        "éliminé",
        "1,5",
        "-",
    ]
)


@FUZZ
@given(text=st.one_of(st.text(max_size=300), st.lists(words, max_size=25).map(" ".join)))
def test_extractor_never_raises(lexicon, text):
    """Any text, including text built from the extractor's own vocabulary, extracts cleanly."""
    from verifiers.extract import extract

    extraction = extract(text, lexicon, round=1)
    json.dumps([c.type for c in extraction.claims])
    assert all(c.type for c in extraction.claims)
