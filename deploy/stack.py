"""The production stack on one machine: a database, gunicorn on a unix socket and nginx's
proxy_cache in front (deploy/nginx/primaries.conf), as the current user, every file in one
temporary folder. `deploy/run-stack` runs it; the cache test and bench/stack_bench.py start it
with `start_stack`.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from primaries.db import make_engine, upgrade

ROOT = Path(__file__).resolve().parent.parent
NGINX_DIR = Path(__file__).resolve().parent / "nginx"
BIN = Path(sys.executable).parent
NATIONAL_FILE = ROOT / "data" / "2017-presidentielle-1_par_bureau_large.csv.gz"
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)  # gunicorn's, nginx's
PLACEHOLDER = re.compile(r"\$\{(PRIMARIES_[A-Z_]+)\}")


class StackError(RuntimeError):
    """The stack could not start: the line says which part and why."""


@dataclass
class Stack:
    """A running stack: its public URL, its folder and its processes (nginx last)."""

    url: str
    workdir: Path
    database: str
    processes: list[subprocess.Popen] = field(default_factory=list)
    keep: bool = False

    def stop(self) -> None:
        """Stop nginx then gunicorn, quickly, and remove the folder unless asked to keep it."""
        for process in reversed(self.processes):
            if process.poll() is None:
                # SIGTERM: nginx's fast shutdown; SIGINT: gunicorn's (TERM would wait 20 s for
                # keep-alive connections a local run does not care about).
                process.send_signal(
                    signal.SIGINT if process.args[1:2] != ["-p"] else signal.SIGTERM
                )
        for process in self.processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                # Each runs in its own session: the group is the master and its workers, and
                # none outlives the stack (a killed gunicorn master would orphan its workers).
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
        if not self.keep:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> Stack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def nginx_binary() -> str | None:
    """Debian's nginx, also when /usr/sbin is not on a user's PATH."""
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")


def free_port() -> int:
    """A TCP port of 127.0.0.1 nobody listens on (now)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def render(template: Path, values: dict[str, str]) -> str:
    """The template with its ${PRIMARIES_...} filled in; a name without a value is an error."""
    text = template.read_text(encoding="utf-8")
    missing = sorted({m for m in PLACEHOLDER.findall(text) if m not in values})
    if missing:
        raise StackError(f"{template.name}: no value for {', '.join(missing)}")
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def write_nginx_config(workdir: Path, port: int, upstream: str, workers: int, log: bool) -> Path:
    """Render the site's config and the local main config into the folder; the main one's path."""
    access = f"{workdir / 'access.log'} primaries" if log else "off"
    values = {
        "PRIMARIES_UPSTREAM": upstream,
        "PRIMARIES_CACHE_PATH": str(workdir / "cache"),
        "PRIMARIES_LISTEN": f"127.0.0.1:{port}",
        "PRIMARIES_ACCESS_LOG": access,
        "PRIMARIES_RUN_DIR": str(workdir),
        "PRIMARIES_NGINX_WORKERS": str(workers) if workers else "auto",
        # Run as root, nginx's workers would become `nobody` and could not write the folder.
        "PRIMARIES_USER_LINE": "user root;" if os.geteuid() == 0 else "",
    }
    (workdir / "primaries.conf").write_text(render(NGINX_DIR / "primaries.conf", values))
    main = workdir / "nginx.conf"
    main.write_text(render(NGINX_DIR / "local.conf", values))
    return main


def run_cli(args: list[str], env: dict[str, str]) -> None:
    """One `primaries` command; its own error line when it fails."""
    done = subprocess.run(
        [str(BIN / "primaries"), *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines() or ["(no output)"]
        raise StackError(f"primaries {args[0]} failed: {lines[-1]}")


def prepare_database(env: dict[str, str], load: bool) -> None:
    """The schema (Alembic), and with `load` the real 2017 round-1 file (69,242 bureaux)."""
    # In this process: `primaries init-db` would spend seconds importing what is loaded here.
    engine = make_engine(env["PRIMARIES_DATABASE_URL"])
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    if load:
        run_cli(["ingest", str(NATIONAL_FILE), "--kind", "datagouv_wide", "--round", "1"], env)


def start_gunicorn(env: dict[str, str], workers: int | None, log: Path) -> subprocess.Popen:
    """`primaries serve` (the repo's gunicorn.conf.py) on the folder's unix socket."""
    command = [str(BIN / "primaries"), "serve"]
    if workers:
        command += ["--workers", str(workers)]
    with log.open("ab") as out:
        return subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def start_nginx(nginx: str, config: Path, workdir: Path, log: Path) -> subprocess.Popen:
    """nginx in the foreground on the rendered config, after `nginx -t` approved it."""
    base = [nginx, "-p", str(workdir), "-c", str(config), "-e", "stderr"]
    checked = subprocess.run([*base, "-t", "-q"], capture_output=True, text=True, check=False)
    if checked.returncode != 0:
        raise StackError(f"nginx refused the config: {checked.stderr.strip()}")
    with log.open("ab") as out:
        return subprocess.Popen(base, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def wait_for_socket(path: Path, process: subprocess.Popen, timeout: float) -> None:
    """Block until gunicorn listens (nginx started earlier only logs refused connections)."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            raise StackError(f"gunicorn did not start: see {path.parent / 'gunicorn.log'}")
        time.sleep(0.1)


def wait_until_up(stack: Stack, timeout: float) -> None:
    """Block until the site answers through nginx; a process that died is an error at once."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in stack.processes:
            if process.poll() is not None:
                raise StackError(f"{Path(process.args[0]).name} exited: see {stack.workdir}/*.log")
        try:
            with urllib.request.urlopen(f"{stack.url}/api/version", timeout=5) as response:
                if response.status == 200:
                    return
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise StackError(f"the site did not answer within {timeout:.0f} s: see {stack.workdir}/*.log")


def start_stack(
    port: int = 0,
    database: str | None = None,
    load: bool = False,
    workers: int | None = None,
    nginx_workers: int = 0,
    access_log: bool = False,
    keep: bool = False,
) -> Stack:
    """Start the stack on 127.0.0.1:port (0: a free port); a fresh SQLite file by default."""
    nginx = nginx_binary()
    if nginx is None:
        raise StackError("nginx is missing: apt-get install -y nginx-light")
    workdir = Path(tempfile.mkdtemp(prefix="primaries-stack-"))
    database = database or f"sqlite:///{workdir / 'primaries.db'}"
    stack = Stack(f"http://127.0.0.1:{port or free_port()}", workdir, database, keep=keep)
    env = {
        **os.environ,
        "PRIMARIES_DATABASE_URL": database,
        # A unix socket is not loopback to `serve`'s check: it wants the one key every worker
        # shares. A local run draws one unless the caller set it.
        "PRIMARIES_SECRET_KEY": os.environ.get("PRIMARIES_SECRET_KEY") or secrets.token_hex(32),
        "PRIMARIES_BIND": f"unix:{workdir / 'gunicorn.sock'}",
        "PRIMARIES_LOG_LEVEL": os.environ.get("PRIMARIES_LOG_LEVEL", "warning"),
    }
    try:
        prepare_database(env, load)
        config = write_nginx_config(
            workdir,
            int(stack.url.rsplit(":", 1)[1]),
            env["PRIMARIES_BIND"],
            nginx_workers,
            access_log,
        )
        stack.processes.append(start_gunicorn(env, workers, workdir / "gunicorn.log"))
        wait_for_socket(workdir / "gunicorn.sock", stack.processes[0], timeout=60)
        stack.processes.append(start_nginx(nginx, config, workdir, workdir / "nginx.log"))
        wait_until_up(stack, timeout=60)
    except BaseException:
        stack.keep = True  # the logs say why
        stack.stop()
        raise
    return stack


def interrupted(signum: int, frame: object) -> None:
    """SIGTERM stops the stack the way Ctrl-C does."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Start the stack, say where it is, run until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="deploy/run-stack", description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8080, help="nginx's port on 127.0.0.1 (0: any)")
    parser.add_argument(
        "--database",
        default=os.environ.get("PRIMARIES_DATABASE_URL"),
        help="database URL (default: $PRIMARIES_DATABASE_URL, else a fresh SQLite file)",
    )
    parser.add_argument("--load", action="store_true", help="ingest the 2017 national file first")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: gunicorn.conf.py)")
    parser.add_argument("--keep", action="store_true", help="keep the folder (logs, cache) at exit")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, interrupted)  # from here on, SIGTERM stops what started
    try:
        stack = start_stack(args.port, args.database, args.load, args.workers, access_log=True)
    except StackError as exc:
        print(f"run-stack: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    print(f"site: {stack.url}  (nginx proxy_cache -> gunicorn -> {stack.database})", flush=True)
    print(f"logs and cache: {stack.workdir}  (access.log shows cache=HIT/MISS/BYPASS)")
    print("Ctrl-C stops it", flush=True)
    try:
        while all(p.poll() is None for p in stack.processes):
            time.sleep(0.5)
        print("run-stack: a process exited; stopping", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()


if __name__ == "__main__":
    sys.exit(main())
