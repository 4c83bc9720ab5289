"""Streaming runs on worker processes: duplicate paths recorded, re-runs that read nothing, back-pressure,
a SIGKILLed run leaving no process behind, and a real Dask cluster giving the rows of a plain run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import psutil
import pytest

from flows import progress
from tests.conftest import ROOT, SEEDS

ARTICLE = ("Company{i} Ltd was fined ${m} million by the Securities and Exchange Commission on March {d}, 2020. "
           "Holder{i} owns a {p}% stake in Company{i} Ltd.\n")
CONTENT_TABLES = {  # every table whose rows do not depend on when they were loaded
    "documents": "doc_id, source_path, title, author, published_date, source_url, tags, text",
    "fines": "*", "valuations": "*", "stakes": "*", "offerings": "*", "investments": "*", "date_mentions": "*",
    "load_errors": "error_id, source_path, sha256, stage, error",
}


def _corpus(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"a{i:04d}.txt").write_text(ARTICLE.format(i=i, m=i + 1, d=i % 28 + 1, p=i % 50 + 1))
    return root


def _rows(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(con.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr)
                for t, cols in CONTENT_TABLES.items()}
    finally:
        con.close()


def _cli() -> list[str]:
    exe = Path(sys.executable).parent / "newsledger"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "flows.cli"]


def test_same_bytes_under_three_names_are_one_document_with_three_paths(prefect_server, tmp_path):
    from flows.run import run_flow

    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    body = ARTICLE.format(i=1, m=5, d=3, p=10)
    for name in ("a.txt", "b.md", "sub/c.txt"):
        (src / name).write_text(body)
    (src / "other.txt").write_text(ARTICLE.format(i=2, m=6, d=4, p=11))
    db = tmp_path / "w.duckdb"
    first = run_flow(inputs=[str(src)], db=str(db), workers=2)
    assert (first.loaded, first.duplicates, first.seen) == (2, 2, 4)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        paths = con.execute("SELECT s.source_path, s.size, s.mtime_ns IS NOT NULL, s.first_seen IS NOT NULL "
                            "FROM document_sources s JOIN documents d USING (doc_id) WHERE d.text LIKE '%Company1 %' "
                            "ORDER BY 1").fetchall()
    finally:
        con.close()
    assert [Path(p).relative_to(src).as_posix() for p, *_ in paths] == ["a.txt", "b.md", "sub/c.txt"]
    assert all(size == len(body.encode()) and has_mtime and has_first for _, size, has_mtime, has_first in paths)
    again = run_flow(inputs=[str(src)], db=str(db))
    assert (again.loaded, again.duplicates, again.skipped_unchanged) == (0, 0, 4)


def test_a_duplicate_path_that_changes_leaves_the_document_to_its_other_paths(prefect_server, tmp_path):
    from flows.run import run_flow

    src = tmp_path / "in"
    src.mkdir()
    body = ARTICLE.format(i=1, m=5, d=3, p=10)
    (src / "a.txt").write_text(body)
    (src / "b.txt").write_text(body)
    db = tmp_path / "w.duckdb"
    run_flow(inputs=[str(src)], db=str(db), workers=1)
    (src / "a.txt").write_text(ARTICLE.format(i=9, m=7, d=5, p=12))
    s = run_flow(inputs=[str(src)], db=str(db), workers=1)
    assert (s.loaded, s.replaced, s.skipped_unchanged) == (1, 0, 1)
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs = dict(con.execute("SELECT regexp_extract(source_path, '[^/]+$'), text FROM documents").fetchall())
        assert "Company1 " in docs["b.txt"] and "Company9 " in docs["a.txt"]
        assert con.execute("SELECT count(*) FROM document_sources").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM fines").fetchone()[0] == 2
    finally:
        con.close()


def test_rerun_skips_unchanged_files_without_reading_them(prefect_server, tmp_path, monkeypatch):
    from flows import run as run_module

    src = _corpus(tmp_path / "in", 12)
    db = tmp_path / "w.duckdb"
    run_module.run_flow(inputs=[str(src)], db=str(db), batch_size=5)
    before = _rows(db)

    def must_not_read(path: str) -> str:
        raise AssertionError(f"{path} was read although its size and mtime are unchanged")

    monkeypatch.setattr(run_module, "file_sha256", must_not_read)
    again = run_module.run_flow(inputs=[str(src)], db=str(db))
    assert (again.loaded, again.skipped_unchanged) == (0, 12)
    monkeypatch.undo()
    # touched (new mtime, same bytes): hashed, recognised, not extracted; its new mtime is remembered
    os.utime(src / "a0003.txt", ns=(1, 1))
    touched = run_module.run_flow(inputs=[str(src)], db=str(db))
    assert (touched.loaded, touched.skipped_unchanged) == (0, 12)
    monkeypatch.setattr(run_module, "file_sha256", must_not_read)
    assert run_module.run_flow(inputs=[str(src)], db=str(db)).skipped_unchanged == 12
    assert _rows(db) == before


class _Recorder(progress.Reporter):
    """Keeps the events a run reports, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, int]] = []
        self.lock = threading.Lock()

    def total(self, files: int) -> None:
        with self.lock:
            self.events.append(("total", files))

    def extracted(self, files: int, rejected: int) -> None:
        with self.lock:
            self.events.append(("extracted", files))

    def committed(self, batch: int, documents: int, rejected: int) -> None:
        with self.lock:
            self.events.append(("committed", documents + rejected))


def test_batches_stream_with_back_pressure(prefect_server, tmp_path):
    """No more than `max_in_flight` batches are extracted and not yet loaded; loading starts long before the
    last batch is extracted."""
    from flows.run import run_flow

    src = _corpus(tmp_path / "in", 60)
    rec = _Recorder()
    with progress.use(rec):
        s = run_flow(inputs=[str(src)], db=str(tmp_path / "w.duckdb"), batch_size=3, workers=2, max_in_flight=2)
    assert s.loaded == 60
    assert ("total", 60) in rec.events
    waiting = most = 0
    for kind, n in rec.events:
        waiting += n if kind == "extracted" else -n if kind == "committed" else 0
        most = max(most, waiting)
    assert most <= 2 * 3
    kinds = [k for k, _ in rec.events if k != "total"]
    assert kinds.index("committed") < len(kinds) // 4
    assert sum(n for k, n in rec.events if k == "committed") == 60


def test_worker_processes_give_the_rows_of_one_process(prefect_server, tmp_path):
    from flows.run import run_flow

    inputs = [str(SEEDS), str(_corpus(tmp_path / "in", 30))]
    run_flow(inputs=inputs, db=str(tmp_path / "one.duckdb"), workers=1, batch_size=4)
    run_flow(inputs=inputs, db=str(tmp_path / "two.duckdb"), workers=2, batch_size=4)
    assert _rows(tmp_path / "one.duckdb") == _rows(tmp_path / "two.duckdb")


def _descendants(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def test_sigkilled_run_leaves_no_process_behind(tmp_path):
    """The OOM killer kills one process, not its group: the temporary Prefect server and the workers must
    go with it. Runs with no PREFECT_API_URL, as a user's first run does."""
    src = _corpus(tmp_path / "in", 400)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    proc = subprocess.Popen(_cli() + ["run", "--input", str(src), "--db", str(tmp_path / "w.duckdb"),
                                      "--batch-size", "4", "--workers", "2"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        for line in proc.stderr:  # type: ignore[union-attr]
            if "committed" in line:
                break
        children = _descendants(proc.pid)
        cmdlines = [" ".join(c.cmdline()) for c in children]
        assert any("uvicorn" in c or "prefect_server" in c for c in cmdlines), cmdlines  # the server was ours
        assert len(children) >= 3, cmdlines  # server, and workers (with their forkserver)
        proc.send_signal(signal.SIGKILL)  # the run alone, as the OOM killer does
        proc.wait(timeout=30)
        gone, alive = psutil.wait_procs(children, timeout=30)
        assert not alive, [" ".join(p.cmdline()) for p in alive]
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_two_first_runs_started_together_both_load(tmp_path):
    """Two runs on a fresh Prefect home: both temporary servers migrate the same SQLite database, and
    without serialising their start one died with "database is locked" (seen running two folders at once)."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    procs = [subprocess.Popen(_cli() + ["run", "--input", str(_corpus(tmp_path / f"in{k}", 3)),
                                        "--db", str(tmp_path / f"w{k}.duckdb"), "--workers", "1"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for k in range(2)]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [e[-2000:] for e in errors]
    for k in range(2):
        assert len(_rows(tmp_path / f"w{k}.duckdb")["fines"]) == 3


@pytest.fixture
def dask_cluster(tmp_path):
    """A real Dask scheduler and two worker processes, started with Dask's own commands."""
    pytest.importorskip("distributed")
    bindir = Path(sys.executable).parent
    sched_file = tmp_path / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([str(bindir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                               "--no-dashboard", "--scheduler-file", str(sched_file)], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)]
    try:
        for _ in range(2):
            procs.append(subprocess.Popen([str(bindir / "dask"), "worker", "--scheduler-file", str(sched_file),
                                           "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
                                          env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                          start_new_session=True))
        from distributed import Client

        deadline = time.monotonic() + 120
        while not sched_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        client = Client(scheduler_file=str(sched_file), timeout="60s")
        try:
            client.wait_for_workers(2, timeout=120)
            yield client.scheduler.address
        finally:
            client.close()
    finally:
        for p in procs:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)


def test_dask_cluster_gives_the_rows_of_a_plain_run(prefect_server, dask_cluster, tmp_path):
    from flows.run import run_flow

    inputs = [str(SEEDS), str(_corpus(tmp_path / "in", 20))]
    plain = run_flow(inputs=inputs, db=str(tmp_path / "plain.duckdb"), workers=1, batch_size=4)
    dask = run_flow(inputs=inputs, db=str(tmp_path / "dask.duckdb"), batch_size=4, dask_address=dask_cluster)
    assert dask.loaded == plain.loaded == 25
    assert _rows(tmp_path / "plain.duckdb") == _rows(tmp_path / "dask.duckdb")


def test_local_workers_never_import_prefect():
    """Each worker would otherwise pay for Prefect (and, with no PREFECT_API_URL, start a server of its own)."""
    from flows.executors import open_executor
    from flows.worker import extract_files

    with open_executor(2) as ex:
        assert ex.submit(extract_files, [str(next(SEEDS.iterdir()))]).result()[0].document is not None
        assert ex.submit(eval, "'prefect' in __import__('sys').modules").result() is False
        assert ex.submit(eval, "'extractors.pipeline' in __import__('sys').modules").result() is True


def test_unreachable_dask_scheduler_is_a_clear_usage_error(subprocess_env, tmp_path):
    pytest.importorskip("distributed")
    run = subprocess.run(_cli() + ["run", "--input", str(SEEDS), "--db", str(tmp_path / "w.duckdb"),
                                   "--dask-address", "tcp://127.0.0.1:9"], cwd=ROOT, env=subprocess_env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2, run.stderr
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in run.stderr
