"""A run killed at any moment leaves a readable, consistent warehouse; a second writer waits, then says so."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT

TABLES = ("fines", "valuations", "stakes", "offerings", "investments", "date_mentions")
N_FILES = 240


def _cli() -> list[str]:
    exe = Path(sys.executable).parent / "newsledger"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "flows.cli"]


def _corpus(root: Path) -> Path:
    src = root / "in"
    src.mkdir()
    for i in range(N_FILES):
        (src / f"article-{i:04d}.txt").write_text(
            f"Company{i} Ltd was fined ${i + 1} million by the Securities and Exchange Commission on "
            f"March {i % 28 + 1}, 2020. Holder{i} owns a {i % 50 + 1}% stake in Company{i} Ltd.\n")
    return src


def _check_consistent(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone()
        assert docs[0] == docs[1]
        for t in TABLES:
            n, distinct, orphans = con.execute(
                f"SELECT count(*), count(DISTINCT record_id), "
                f"count(*) FILTER (WHERE doc_id NOT IN (SELECT doc_id FROM documents)) FROM {t}").fetchone()
            assert n == distinct and orphans == 0, t
        # a batch lands whole: every loaded document has the fine and the date its text states
        missing = con.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                              "(SELECT 1 FROM date_mentions m WHERE m.doc_id = d.doc_id)").fetchone()[0]
        assert missing == 0
        return docs[0]
    finally:
        con.close()


def _run(env: dict, src: Path, db: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(_cli() + ["run", "--input", str(src), "--db", str(db), *extra], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def _start(env: dict, src: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(_cli() + ["run", "--input", str(src), "--db", str(db), "--batch-size", "8"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


def test_sigkill_mid_load_then_rerun_completes_without_duplicates(subprocess_env, tmp_path):
    src, db = _corpus(tmp_path), tmp_path / "w.duckdb"
    # 1: killed right after a few batches were committed
    proc = _start(subprocess_env, src, db)
    seen = 0
    for line in proc.stderr:  # type: ignore[union-attr]
        if "committed" in line:
            seen += 1
            if seen == 3:
                break
    _kill(proc)
    assert seen == 3
    loaded = _check_consistent(db)
    assert 3 * 8 <= loaded < N_FILES
    # 2: killed at a random moment, possibly inside a transaction
    proc = _start(subprocess_env, src, db)
    time.sleep(random.uniform(0.5, 3.0))
    _kill(proc)
    assert _check_consistent(db) >= loaded
    # 3: the next run finishes the job
    done = _run(subprocess_env, src, db)
    assert done.returncode == 0, done.stderr
    assert _check_consistent(db) == N_FILES
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM fines").fetchone()[0] == N_FILES
        assert con.execute("SELECT count(*) FROM load_errors").fetchone()[0] == 0
    finally:
        con.close()


def _hold(db: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, time
        con = duckdb.connect({str(db)!r})
        print("locked", flush=True)
        time.sleep({seconds})
        con.close()
    """)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"  # type: ignore[union-attr]
    return holder


def test_second_writer_gives_up_with_a_clear_message(subprocess_env, tmp_path):
    src, db = _corpus(tmp_path), tmp_path / "w.duckdb"
    holder = _hold(db, 60)
    try:
        busy = _run(subprocess_env, src, db, "--lock-timeout", "1")
    finally:
        holder.kill()
        holder.wait()
    assert busy.returncode == 3
    assert "held by another" in busy.stderr and "--lock-timeout" in busy.stderr
    ok = _run(subprocess_env, src, db)
    assert ok.returncode == 0, ok.stderr
    assert _check_consistent(db) == N_FILES


def test_second_writer_waits_for_a_short_hold(subprocess_env, tmp_path):
    src, db = _corpus(tmp_path), tmp_path / "w.duckdb"
    holder = _hold(db, 2)
    try:
        run = _run(subprocess_env, src, db, "--lock-timeout", "60")
    finally:
        holder.wait(timeout=30)
    assert run.returncode == 0, run.stderr
    assert _check_consistent(db) == N_FILES
