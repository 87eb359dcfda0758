"""Collect stage: every source module, registered by kind. No Flask, no database here."""

from __future__ import annotations

import importlib
from types import ModuleType

# Official results: each module has KIND, parse(payload, round=None) -> ResultPayload and
# fetch(url, session=..., cursor=...) -> Fetched; those that know inscrits have parse_registry.
# For the scheduler each declares FEEDS = "results", REGISTRY_PATH (where its registry is, below
# the source's URL, or None when payloads carry their units) and INCREMENTS (fetch takes
# increments=True and then returns only what changed).
RESULT_KINDS: dict[str, str] = {
    "bureau_feed": "sources.bureau_feed",
    "datagouv_csv": "sources.datagouv_csv",
    "datagouv_wide": "sources.datagouv_wide",
    "hap2011_json": "sources.hap2011_json",
    "minint_xml": "sources.minint_xml",
}

# Social posts: each module has KIND, parse(...) -> list[PostRecord] and a collector; for the
# scheduler each declares FEEDS = "posts" and TARGET: what collect() reads, the source's "url"
# or its "query".
POST_KINDS: dict[str, str] = {
    "bluesky_search": "sources.bluesky_search",
    "jsonl_replay": "sources.jsonl_replay",
    "mastodon_tag": "sources.mastodon_tag",
    "rss": "sources.rss",
    "x_search": "sources.x_search",
}

ALL_KINDS = {**RESULT_KINDS, **POST_KINDS}


def source_module(kind: str) -> ModuleType:
    """The module of a source kind; a KeyError names the unknown kind."""
    try:
        return importlib.import_module(ALL_KINDS[kind])
    except KeyError:
        raise KeyError(
            f"unknown source kind '{kind}' (known: {', '.join(sorted(ALL_KINDS))})"
        ) from None
