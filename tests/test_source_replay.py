"""Tests of the JSON-lines replay source against a simulated clock."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from sources import jsonl_replay
from sources.records import FetchError

NIGHT = Path(__file__).resolve().parent / "data" / "social" / "replay" / "night.jsonl"
PARIS = timezone(timedelta(hours=2))


def at(hour: int, minute: int, day: int = 8) -> datetime:
    return datetime(2011, 10, day, hour, minute, tzinfo=PARIS)


def test_releases_lines_as_the_clock_passes_them_and_never_twice():
    first = jsonl_replay.collect(NIGHT, {}, now=at(22, 2))
    assert [p.platform_id for p in first.posts] == ["r1", "r2"]
    r1, r2 = first.posts
    assert r1.posted_at == datetime(2011, 10, 8, 20, 0, tzinfo=UTC) and r1.reposts == 3
    assert r2.platform == "replay" and r2.repost_of == "r1" and r2.author == "karim_b"
    # A line that is not JSON has no time: it is noted as soon as it is reached, and passed.
    assert len(first.skipped) == 1 and "line 4: not JSON" in first.skipped[0]
    assert first.cursor["line"] == 4 and first.cursor["last_id"] == "r2"

    same = jsonl_replay.collect(NIGHT, first.cursor, now=at(22, 2))
    assert same.posts == [] and same.cursor == first.cursor

    later = jsonl_replay.collect(NIGHT, first.cursor, now=at(22, 25))
    assert [p.platform_id for p in later.posts] == ["r3", "r5"]
    assert len(later.skipped) == 1 and "line 6: no id" in later.skipped[0]
    # Bytes that are not UTF-8 become U+FFFD instead of losing the line.
    assert later.posts[1].text == "r\ufffdsultat de Montr\ufffdal"


def test_restart_resumes_from_the_saved_cursor_with_updates_and_deletions():
    cursor = jsonl_replay.collect(NIGHT, {}, now=at(22, 25)).cursor
    saved = json.loads(json.dumps(cursor))  # what the store keeps, through JSON
    update = jsonl_replay.collect(NIGHT, saved, now=at(23, 59))
    assert [p.platform_id for p in update.posts] == ["r1", "r4"]
    assert update.posts[0].reposts == 40 and update.posts[0].likes == 90
    assert json.loads(update.posts[0].raw)["extra_field"] == "gardé"
    deletion = jsonl_replay.collect(NIGHT, update.cursor, now=at(9, 0, day=9))
    (gone,) = deletion.posts
    assert gone.platform_id == "r3" and gone.deleted and gone.text == ""
    end = jsonl_replay.collect(NIGHT, deletion.cursor, now=at(9, 0, day=20))
    assert end.posts == [] and end.cursor == deletion.cursor


def test_a_line_being_written_waits_for_its_end(tmp_path):
    path = tmp_path / "live.jsonl"
    line = '{"id": "a", "text": "un", "posted_at": "2011-10-08T20:00:00+00:00"}\n'
    path.write_text(line + '{"id": "b", "text": "de', encoding="utf-8")
    first = jsonl_replay.collect(path, {}, now=at(23, 0))
    assert [p.platform_id for p in first.posts] == ["a"]
    assert first.cursor["offset"] == len(line.encode())
    with path.open("a", encoding="utf-8") as handle:
        handle.write('ux", "posted_at": "2011-10-08T20:01:00+00:00"}')  # complete, no newline yet
    second = jsonl_replay.collect(path, first.cursor, now=at(23, 0))
    assert [(p.platform_id, p.text) for p in second.posts] == [("b", "deux")]


def test_a_replaced_shorter_file_is_replayed_from_the_start(tmp_path):
    path = tmp_path / "night.jsonl"
    shutil.copy(NIGHT, path)
    cursor = jsonl_replay.collect(path, {}, now=at(23, 59)).cursor
    path.write_text('{"id": "z", "posted_at": "2011-10-08T20:00:00+00:00"}\n', encoding="utf-8")
    batch = jsonl_replay.collect(path, cursor, now=at(23, 59))
    assert [p.platform_id for p in batch.posts] == ["z"] and "shorter" in batch.skipped[0]


def test_missing_file_is_a_fetch_error(tmp_path):
    with pytest.raises(FetchError, match="cannot read"):
        jsonl_replay.collect(tmp_path / "absent.jsonl", {}, now=at(23, 0))


def test_parse_reads_every_line_regardless_of_the_clock():
    posts = jsonl_replay.parse(NIGHT.read_bytes())
    assert [p.platform_id for p in posts] == ["r1", "r2", "r3", "r5", "r1", "r4", "r3"]


def test_max_lines_bounds_one_call():
    batch = jsonl_replay.collect(NIGHT, {}, now=at(9, 0, day=20), max_lines=2)
    assert [p.platform_id for p in batch.posts] == ["r1", "r2"]
    rest = jsonl_replay.collect(NIGHT, batch.cursor, now=at(9, 0, day=20))
    assert [p.platform_id for p in rest.posts] == ["r3", "r5", "r1", "r4", "r3"]
