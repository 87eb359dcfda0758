"""Benchmark: hostile feeds against the shipped limits: a 2 GB gzip bomb and a trickling feed.

Run: `python -m bench.hostile_bench`. Measures, each in a child process of its own so that its
peak memory (ru_maxrss) is its own:
- `primaries ingest` of a 2 GB gzip bomb on disk (about 2 MB of gzip): peak memory, the output;
- `primaries ingest` of a gzip of a gzip bomb (a few kilobytes): the same;
- one poll of the collector against a local server answering the same 2 GB bomb over HTTP;
- one poll against a server trickling one byte a second, in the headers and in the body: how
  long until the poll is abandoned (the shipped deadline is 20 s; the issue asks for 30 s).
Prints one JSON object per measurement and a `summary:` line.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
BOMB_BYTES = 2_000 * MB  # what the bomb inflates to
PEAK_TARGET_MB = 600
TRICKLE_TARGET_S = 30


def write_bomb(path: Path, inflated: int, layers: int = 1) -> int:
    """A gzip file of zeros inflating to `inflated` bytes, written in streaming; its size."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MB)
    with path.open("wb") as out:
        for _ in range(inflated // MB):
            out.write(packer.compress(block))
        out.write(packer.flush())
    for _ in range(layers - 1):
        path.write_bytes(gzip.compress(path.read_bytes()))
    return path.stat().st_size


def run_measured(command: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run a child process; its exit code, output, wall time and peak memory (MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return {
        "exit": process.returncode,
        "output": output.strip(),
        "lines": len(output.strip().splitlines()),
        "seconds": round(time.perf_counter() - started, 2),
        "peak_mb": round(usage.ru_maxrss / 1024),  # Linux reports kilobytes
    }


def ingest_bomb(folder: Path, layers: int) -> dict[str, Any]:
    """`primaries ingest` of a bomb file, in a child process."""
    path = folder / f"bomb-{layers}.csv.gz"
    size = write_bomb(path, BOMB_BYTES, layers)
    env = {**os.environ, "PRIMARIES_DATABASE_URL": f"sqlite:///{folder / f'ingest-{layers}.db'}"}
    command = [sys.executable, "-m", "primaries.cli", "--config", str(ROOT / "config.toml")]
    command += ["ingest", str(path), "--kind", "datagouv_wide", "--round", "1"]
    result = run_measured(command, env)
    return {"what": f"ingest, gzip bomb x{layers}", "file_bytes": size, **result}


class Authority(socketserver.ThreadingTCPServer):
    """A local authority answering every request as `mode` says: bomb, or a 1 byte/s trickle."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, mode: str, body: bytes = b"") -> None:
        super().__init__(("127.0.0.1", 0), _Answer)
        self.mode, self.body, self.stopping = mode, body, threading.Event()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        """The feed's URL."""
        return f"http://127.0.0.1:{self.server_address[1]}/feed/pr2017/1"

    def stop(self) -> None:
        """Stop serving, end the trickles."""
        self.stopping.set()
        self.shutdown()
        self.server_close()


class _Answer(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        server: Authority = self.server  # type: ignore[assignment]
        request = b""
        while b"\r\n\r\n" not in request:
            data = self.request.recv(4096)
            if not data:
                return
            request += data
        try:
            if server.mode == "bomb":
                head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(server.body)}\r\n"
                head += "Content-Type: application/gzip\r\nConnection: close\r\n\r\n"
                self.request.sendall(head.encode() + server.body)
                return
            if server.mode == "trickle_body":
                self.request.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
            else:
                self.request.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            while not server.stopping.wait(1.0):
                self.request.sendall(b"a")
        except OSError:
            return


def poll_child(url: str, database: str) -> dict[str, Any]:
    """In a child process: one poll of a bureau feed at `url` with the shipped limits."""
    from sqlalchemy import select

    from primaries.collector import Collector
    from primaries.db import make_engine, upgrade
    from primaries.geography import Geography
    from primaries.models import RUN
    from primaries.settings import SourceSettings, load_settings

    shipped = load_settings(ROOT / "config.toml")
    source = SourceSettings(name="feed", kind="bureau_feed", url=url, round=1, interval=15)
    settings = dataclasses.replace(shipped, sources=(source,))
    engine = make_engine(database)
    upgrade(engine)
    collector = Collector(engine, settings, Geography.load(), verifier=False)
    started = time.perf_counter()
    collector.poll(source)
    seconds = time.perf_counter() - started
    with engine.connect() as conn:
        run = conn.execute(select(RUN.c.ok, RUN.c.error)).one()
    return {"seconds": round(seconds, 2), "ok": run.ok, "error": run.error}


def poll(folder: Path, mode: str, body: bytes = b"") -> dict[str, Any]:
    """One collector poll against a hostile authority, in a child process."""
    server = Authority(mode, body)
    try:
        database = f"sqlite:///{folder / f'poll-{mode}.db'}"
        command = [sys.executable, "-m", "bench.hostile_bench", "--poll", server.url, database]
        result = run_measured(command, dict(os.environ))
    finally:
        server.stop()
    detail = json.loads(result["output"].splitlines()[-1])
    return {"what": f"collector poll, {mode}", "peak_mb": result["peak_mb"], **detail}


def main() -> None:
    """Run every measurement; print them and the summary line."""
    if sys.argv[1:2] == ["--poll"]:
        print(json.dumps(poll_child(sys.argv[2], sys.argv[3])))
        return
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        figures.append(ingest_bomb(folder, 1))
        figures.append(ingest_bomb(folder, 2))
        write_bomb(folder / "http.gz", BOMB_BYTES)
        figures.append(poll(folder, "bomb", (folder / "http.gz").read_bytes()))
        figures.append(poll(folder, "trickle_headers"))
        figures.append(poll(folder, "trickle_body"))
    for figure in figures:
        print(json.dumps(figure, ensure_ascii=False))
    peak = max(f["peak_mb"] for f in figures[:3])
    trickle = max(f["seconds"] for f in figures[3:])
    one_line = all(f["exit"] == 1 and f["lines"] == 1 for f in figures[:2])
    failed = all(not f["ok"] for f in figures[2:])
    print(
        f"summary: bomb_peak_mb={peak} one_line={one_line} trickle_s={trickle} "
        f"failed_runs={failed} pass={peak <= PEAK_TARGET_MB and trickle <= TRICKLE_TARGET_S}"
    )


if __name__ == "__main__":
    main()
