"""What a run shows while it works: a bar on a terminal, log lines elsewhere, nothing but the summary with -q."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from flows import progress
from tests.conftest import ROOT, SEEDS


def test_bar_shows_files_done_of_total_rate_and_rejections():
    buf = io.StringIO()
    bar = progress.Bar(Console(file=buf, force_terminal=True, width=160))
    with progress.use(bar):
        bar.total(10)
        bar.skipped(2)
        bar.extracted(4, 1)
        bar.progress.refresh()
        shown = buf.getvalue()
    assert "6/10" in shown and "1 rejected" in shown and "docs/s" in shown


def test_log_lines_count_files_done():
    buf = io.StringIO()
    lines = progress.LogLines(buf)
    lines.total(12)
    lines.skipped(2)
    lines.committed(1, 4, 1)
    assert buf.getvalue() == "newsledger: batch 1 committed: 4 documents, 1 rejected (7/12 files done)\n"


def test_count_files_counts_what_discovery_will_see(tmp_path):
    (tmp_path / "a" / ".hidden").mkdir(parents=True)
    for name in ("a/x.txt", "a/y.md", "a/.z", "a/.hidden/w.txt", "top.txt"):
        (tmp_path / name).write_text("x")
    got: list[int] = []
    progress.count_files([str(tmp_path / "a"), str(tmp_path / "top.txt")], got.append).join(10)
    assert got == [3]


def test_quiet_run_prints_only_the_summary(subprocess_env, tmp_path):
    exe = Path(sys.executable).parent / "newsledger"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "flows.cli"]
    run = subprocess.run(cmd + ["run", "--input", str(SEEDS), "--db", str(tmp_path / "q.duckdb"), "--quiet"],
                         cwd=ROOT, env=subprocess_env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "5 documents loaded" in run.stdout
    assert "committed" not in run.stderr and "extracting" not in run.stderr
