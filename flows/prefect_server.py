"""Prefect's temporary server, started by us as a child that dies with the run.

With no PREFECT_API_URL, Prefect starts a temporary server in a subprocess and stops it at exit; a run
killed with SIGKILL never reaches that exit, and the server (~200 MB) lives on. So `newsledger run` starts
the same server itself (the uvicorn command Prefect uses, same settings), armed to die with its parent, and
points PREFECT_API_URL at it. It is started before Prefect is imported, so the server boots while the run
imports Prefect and opens the warehouse instead of after.

Two runs started together on a fresh Prefect home both migrate the same SQLite database and one of them dies
with "database is locked". So start-up holds a file lock beside that database until the server answers,
and a server that exits while starting is started once more (by then the other run has migrated).

    python -m flows.prefect_server PORT   # the child: arm the parent-death signal, then become uvicorn
"""
from __future__ import annotations

import atexit
import fcntl
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request


class TemporaryServer:
    def __init__(self) -> None:
        self._lock = _start_lock()
        self._start()
        atexit.register(self.stop)

    def _start(self) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
               "PREFECT__SERVER_FINAL": "1"}
        env.pop("PREFECT_API_URL", None)
        self.proc = subprocess.Popen([sys.executable, "-m", "flows.prefect_server", str(self.port), str(os.getpid())],
                                     env=env, stdin=subprocess.DEVNULL, start_new_session=True)

    def wait_ready(self, timeout: float = 90.0, attempts: int = 2) -> None:
        try:
            self._wait_ready(timeout, attempts)
        finally:
            _release(self._lock)
            self._lock = None

    def _wait_ready(self, timeout: float, attempts: int) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                attempts -= 1
                if attempts <= 0:
                    raise RuntimeError(f"Prefect's temporary server exited with code {self.proc.returncode}")
                self._start()
                continue
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Prefect's temporary server did not answer within {timeout:g} s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _start_lock():
    """Hold an exclusive lock in Prefect's home (where its database lives) until our server answers."""
    home = os.path.expanduser(os.environ.get("PREFECT_HOME") or "~/.prefect")
    try:
        os.makedirs(home, exist_ok=True)
        fh = open(os.path.join(home, ".newsledger-server-start.lock"), "a")
        fcntl.flock(fh, fcntl.LOCK_EX)
    except OSError:  # a read-only home: start unserialised, as Prefect itself does
        return None
    return fh


def _release(fh) -> None:
    if fh is not None:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _child(port: str, parent: str) -> None:
    from flows.lifeline import die_with_parent

    die_with_parent(int(parent), signal.SIGKILL)  # kept across exec: uvicorn dies with the run
    import importlib.util

    spec = importlib.util.find_spec("prefect")  # the app's directory, as Prefect's launcher passes it (no import)
    app_dir = os.path.dirname(os.path.dirname(spec.origin))  # type: ignore[union-attr,arg-type]
    os.execv(sys.executable, [sys.executable, "-m", "uvicorn", "--app-dir", app_dir,
                              "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
                              "--port", port, "--log-level", "error", "--lifespan", "on"])


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
