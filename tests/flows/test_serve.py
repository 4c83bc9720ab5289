"""`newsledger serve` creates a scheduled deployment on the Prefect server and runs what it is asked to (the real
command, in a subprocess)."""
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


def _run_deployment(deployment_id, proc):
    from prefect import get_client

    with get_client(sync_client=True) as client:
        run = client.create_flow_run_from_deployment(deployment_id)
        deadline = time.monotonic() + 300  # a wait, not an assertion on time
        while proc.poll() is None and time.monotonic() < deadline:
            state = client.read_flow_run(run.id).state
            if state is not None and state.is_final():
                return state
            time.sleep(2)
    return None


def test_serve_deploys_on_a_schedule_and_runs_from_the_deployment(subprocess_env, tmp_path):
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
        # a run started from the deployment (as the UI's Run button does) is picked up by the served runner
        state = _run_deployment(dep.id, proc)
        assert state is not None and state.is_completed(), (state, proc.poll())
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        try:
            assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(list(SEEDS.iterdir()))
        finally:
            con.close()
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
