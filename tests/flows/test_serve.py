"""`newsledger serve` creates a scheduled deployment on the Prefect server (the real command, in a subprocess)."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.cli import main
from tests.conftest import ROOT, SEEDS


def _deployment(name: str):
    from prefect import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            return client.read_deployment_by_name(name)
        except ObjectNotFound:
            return None


def test_serve_creates_a_scheduled_deployment(subprocess_env, tmp_path):
    exe = Path(sys.executable).parent / "newsledger"
    db = tmp_path / "served.duckdb"
    proc = subprocess.Popen([str(exe), "serve", "--input", str(SEEDS), "--db", str(db), "--cron", "*/30 * * * *",
                             "--name", "test-serve"], cwd=ROOT, env=subprocess_env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        dep = None
        deadline = time.monotonic() + 180  # a wait, not an assertion on time
        while dep is None and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(1)
            dep = _deployment("newsledger-run/test-serve")
        assert dep is not None, proc.stdout.read() if proc.poll() is not None else "no deployment yet"
        assert [s.schedule.cron for s in dep.schedules] == ["*/30 * * * *"]
        assert dep.parameters["inputs"] == [str(SEEDS.resolve())] and dep.parameters["db"] == str(db.resolve())
        assert dep.entrypoint == "flows.run.run_flow"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("cron", ["every hour", "61 * * * *"])
def test_bad_cron_is_a_usage_error(cron, tmp_path, capsys):
    assert main(["serve", "--input", str(SEEDS), "--db", str(tmp_path / "w.duckdb"), "--cron", cron]) == 2
    assert "not a cron expression" in capsys.readouterr().err
