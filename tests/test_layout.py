"""Meta-tests over the project's registries and layers: what every part must keep true."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from primaries.settings import load_settings
from sources import ALL_KINDS, POST_KINDS, RESULT_KINDS, source_module
from tests.conftest import ROOT

FORBIDDEN_BELOW_STORE = ("flask", "sqlmodel", "sqlalchemy", "primaries", "alembic", "psycopg")

# Recorded payloads of each kind: a folder (or file) under tests/data that must exist.
RECORDED = {
    "bureau_feed": "official/bureau_feed",
    "datagouv_csv": "official/PR17_BVot_T1_sample.txt",
    "datagouv_wide": "../../data/2017-presidentielle-1_par_bureau_large.csv.gz",
    "hap2011_json": "official/hap2011",
    "minint_xml": "official/minint",
    "bluesky_search": "social/bluesky",
    "jsonl_replay": "social/replay",
    "mastodon_tag": "social/mastodon",
    "rss": "social/rss",
    "x_search": "social/x",
}


def imports_of(path: Path) -> set[str]:
    """The top-level packages a module imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", ["sources", "verifiers"])
def test_collect_and_verify_never_import_the_store_or_the_web(package):
    """Dependencies point one way: sources and verifiers know nothing of Flask or the database."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(imports_of(path) & set(FORBIDDEN_BELOW_STORE))
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


@pytest.mark.parametrize("kind", sorted(ALL_KINDS))
def test_every_source_kind_has_a_module_tests_and_recorded_data(kind):
    """A kind registered without parser, tests or recorded payloads is a stub: refuse it."""
    module = source_module(kind)
    assert module.KIND == kind
    assert callable(module.parse)
    if kind in RESULT_KINDS:
        assert callable(module.fetch)
    else:
        assert callable(module.collect)
    assert (ROOT / "tests" / "data" / RECORDED[kind]).exists()
    mentioned = [
        path.name
        for path in (ROOT / "tests").glob("test_source*.py")
        if re.search(rf"\b{kind}\b", path.read_text(encoding="utf-8"))
    ]
    assert mentioned, f"no test module exercises {kind}"


def test_registries_do_not_overlap():
    """A kind is either a results source or a posts source."""
    assert not set(RESULT_KINDS) & set(POST_KINDS)


@pytest.mark.parametrize("config", ["config.toml", "elections/primaire-2011.toml"])
def test_shipped_configs_load_and_name_known_kinds(config):
    """Both shipped elections load, with sources of registered kinds and sane candidates."""
    settings = load_settings(ROOT / config)
    assert all(source.kind in ALL_KINDS for source in settings.sources)
    assert all(c.aliases for c in settings.candidates)
    assert settings.candidates_in(1)
