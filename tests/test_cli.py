"""The command line in the exact forms other tools rely on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from primaries.cli import cli
from tests.conftest import ROOT, wide_sample


@pytest.fixture
def run(database_url: str, monkeypatch: pytest.MonkeyPatch):
    """Invoke `primaries ...` on the test database with the shipped config."""
    monkeypatch.setenv("PRIMARIES_DATABASE_URL", database_url)
    monkeypatch.setenv("PRIMARIES_CONFIG", str(ROOT / "config.toml"))
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    """Real rows of a few départements, as a file."""
    path = tmp_path / "sample.csv"
    path.write_bytes(wide_sample(1))
    return path


def test_ingest_then_results_json(run, sample_file):
    """ingest prints its counts; results --json gives the documented document."""
    assert run("init-db").exit_code == 0
    ingested = run("ingest", str(sample_file), "--kind", "datagouv_wide", "--round", "1")
    assert ingested.exit_code == 0, ingested.output
    assert "bureaux new" in ingested.output
    shown = run("results", "Corrèze", "--round", "1", "--json")
    doc = json.loads(shown.stdout)
    assert doc["area"] == {"code": "19", "name": "Corrèze", "level": "departement"}
    assert doc["bureaux_reported"] == doc["bureaux_total"] > 0
    assert [c["votes"] for c in doc["candidates"]] == sorted(
        (c["votes"] for c in doc["candidates"]), reverse=True
    )
    national = json.loads(run("results", "--round", "1", "--json").stdout)
    assert national["area"]["code"] == "FR" and national["exprimes"] > doc["exprimes"]
    again = run("ingest", str(sample_file), "--kind", "datagouv_wide", "--round", "1")
    assert "nothing written" in again.output


def test_unusable_payload_exits_non_zero_with_one_line(run, tmp_path):
    """A truncated file: exit status 1, one error line, nothing stored."""
    broken = tmp_path / "broken.csv"
    broken.write_text("departement,commune,bureau\n01,001", encoding="utf-8")
    result = run("ingest", str(broken), "--kind", "datagouv_wide", "--round", "1")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "rejected" in errors[0]
    shown = json.loads(run("results", "--round", "1", "--json").stdout)
    assert shown["bureaux_reported"] == 0


def test_unknown_area_is_a_clear_error(run):
    """A name that matches nothing says so."""
    result = run("results", "Atlantide", "--round", "1")
    assert result.exit_code == 1 and "no area matches 'Atlantide'" in result.output


def test_check_reads_posts_from_stdin_as_json_lines(run, sample_file):
    """`check - --json`: one object per input line, in order, with the documented keys."""
    run("ingest", str(sample_file), "--kind", "datagouv_wide", "--round", "1")
    result = run(
        "check",
        "-",
        "--round",
        "1",
        "--json",
        input="Macron en tête à Paris\nLe Pen gagne Paris\nvivement demain\n",
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["label"] for line in lines] == ["confirmed", "contradicted", None]
    assert set(lines[0]) == {"text", "label", "claims", "flags"}
    assert set(lines[0]["claims"][0]) >= {
        "type",
        "candidates",
        "area",
        "value",
        "label",
        "reason",
        "evidence",
    }


def test_anomalies_json_lists_what_the_feed_got_wrong(run, tmp_path):
    """A bureau whose votes exceed its exprimés is listed, with a sentence."""
    doc = {
        "format": "primaries-bureau-feed/1",
        "election": "pr2017",
        "round": 1,
        "published_at": "2017-04-23T20:00:00+02:00",
        "sequence": 1,
        "since": None,
        "candidates": [{"key": "MACRON"}],
        "bureaux": [
            {
                "code": "01001_0001",
                "departement": "01",
                "commune": "001",
                "name": "L'Abergement-Clémenciat",
                "inscrits": 598,
                "votants": 506,
                "blancs": 2,
                "nuls": 9,
                "exprimes": 495,
                "votes": {"MACRON": 600},
                "status": "provisional",
                "updated_at": "2017-04-23T20:00:00+02:00",
            }
        ],
    }
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert run("ingest", str(path), "--kind", "bureau_feed", "--round", "1").exit_code == 0
    rows = [json.loads(line) for line in run("anomalies", "--json").stdout.splitlines()]
    assert {r["kind"] for r in rows} == {"votes_sum"}
    assert all(r["message"] for r in rows)


def test_wrong_config_key_fails_at_start_naming_file_and_key(tmp_path, monkeypatch):
    """A typo in config.toml is one line that names the file and the key."""
    bad = tmp_path / "bad.toml"
    bad.write_text(
        (ROOT / "config.toml")
        .read_text(encoding="utf-8")
        .replace("late_intervals = 3", "late_intervalz = 3"),
        encoding="utf-8",
    )
    monkeypatch.setenv("PRIMARIES_CONFIG", str(bad))
    result = CliRunner().invoke(cli, ["results"])
    assert result.exit_code != 0
    assert f"{bad}: unknown key 'thresholds.late_intervalz'" in result.output
