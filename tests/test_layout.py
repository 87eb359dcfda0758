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
OUR_PACKAGES = ("primaries", "sources", "verifiers")
MAX_FUNCTION_LINES = 80

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


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _our_modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for package in OUR_PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }


def _imported(node: ast.AST, importer: str, modules: dict[str, Path]) -> list[str]:
    """The project's modules an import statement names (a submodule counts as itself)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name in modules]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        package = (
            importer if modules[importer].name == "__init__.py" else importer.rpartition(".")[0]
        )
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}" if base else package
    found = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in modules]
    if base in modules and len(found) < len(node.names):
        found.append(base)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the project's modules it imports anywhere in its body (functions included)."""
    modules = _our_modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = {
            target
            for node in ast.walk(tree)
            for target in _imported(node, name, modules)
            if target != name
        }
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_the_import_walk_sees_imports_inside_functions():
    """The walk would catch a circle hidden by an import inside a function."""
    graph = {"a": {"b"}, "b": {"a"}, "c": {"a"}}
    assert import_cycles(graph) == [["a", "b"]]
    assert "primaries.web" in import_graph()["primaries.app"]


def test_no_import_circle_in_the_project():
    """Every module of primaries, sources and verifiers imports only modules below it."""
    assert import_cycles(import_graph()) == []


def test_no_import_depends_on_whether_a_module_exists():
    """Modules that exist are imported; none is looked up or tolerated as missing."""
    offenders = []
    for name, path in _our_modules().items():
        text = path.read_text(encoding="utf-8")
        if re.search(
            r"find_spec|importlib\.import_module\(\s*[\"']|except (ModuleNotFoundError|ImportError)",
            text,
        ):
            offenders.append(name)
    assert offenders == []


def test_no_function_in_primaries_is_over_80_lines():
    """Small functions: anything longer is split into functions named for what they do."""
    long = []
    for path in (ROOT / "primaries").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines})")
    assert long == []


def test_production_code_never_reads_the_tests_folder():
    """Demo and evaluation take their data as arguments; nothing in primaries/ names tests/."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "primaries").rglob("*.py")
        if re.search(r"[\"'/]tests[\"'/]", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize("kind", sorted(ALL_KINDS))
def test_every_source_declares_what_the_scheduler_needs(kind):
    """The scheduler reads these declarations; it never switches on a kind."""
    module = source_module(kind)
    if kind in RESULT_KINDS:
        assert module.FEEDS == "results"
        assert module.REGISTRY_PATH is None or (
            module.REGISTRY_PATH.startswith("/") and callable(module.parse_registry)
        )
        assert isinstance(module.INCREMENTS, bool)
    else:
        assert module.FEEDS == "posts"
        assert module.TARGET in ("url", "query")
    for name in ("collector.py", "scheduler.py"):
        assert f'"{kind}"' not in (ROOT / "primaries" / name).read_text(encoding="utf-8")


def test_test_modules_share_fixtures_through_conftest_only():
    """A test module never imports another one (its fixtures would run twice, or not at all)."""
    offenders = {
        path.name: sorted(m for m in imported_modules(path) if m.startswith("tests.test_"))
        for path in (ROOT / "tests").glob("test_*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def imported_modules(path: Path) -> set[str]:
    """Every module name a file imports (absolute imports)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names
