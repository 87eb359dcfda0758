"""An unchanged payload is recognised from its hash before any parsing, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from primaries.cli import cli
from primaries.db import make_engine
from primaries.fingerprints import sha256_of, stored_already
from primaries.models import BureauResult, FeedSnapshot, PayloadArchive, SourceRun
from tests.conftest import ROOT, wide_sample

TABLES = (FeedSnapshot, BureauResult, PayloadArchive, SourceRun)


def _counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.__tablename__: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in TABLES
            }
    finally:
        engine.dispose()


def _ingest(url: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PRIMARIES_DATABASE_URL", url)
    monkeypatch.setenv("PRIMARIES_CONFIG", str(ROOT / "config.toml"))
    args = ["ingest", str(path), "--kind", "datagouv_wide", "--round", "1"]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_the_same_file_again_is_recognised_before_the_site_loads(
    database_url, tmp_path, monkeypatch
):
    path = tmp_path / "sample.csv"
    path.write_bytes(wide_sample(1))
    assert "bureaux new" in _ingest(database_url, path, monkeypatch)
    before = _counts(database_url)

    def no_site(*_args, **_kwargs):
        raise AssertionError("the site was built for a payload already stored")

    # Recognised from its hash: no app, no geography, no parser, not a row written.
    monkeypatch.setattr("primaries.app.create_app", no_site)
    output = _ingest(database_url, path, monkeypatch)
    assert f"same payload as last time ({sha256_of(wide_sample(1))[:12]})" in output
    assert _counts(database_url) == before


def test_a_changed_file_is_parsed_and_stored(database_url, tmp_path, monkeypatch):
    path = tmp_path / "sample.csv"
    path.write_bytes(wide_sample(1))
    _ingest(database_url, path, monkeypatch)
    rows = wide_sample(1).splitlines(keepends=True)
    path.write_bytes(b"".join(rows[:-1]))  # a bureau fewer: another payload
    assert "same payload" not in _ingest(database_url, path, monkeypatch)
    assert _counts(database_url)["feed_snapshot"] == 2


def test_asking_a_store_that_does_not_exist_creates_nothing(tmp_path):
    missing = tmp_path / "none" / "primaries.db"
    assert not stored_already(f"sqlite:///{missing}", "cli:x", "0" * 64)
    assert not missing.parent.exists()


def test_asking_a_store_without_schema_says_no(database_url):
    assert not stored_already(database_url, "cli:x", "0" * 64)
