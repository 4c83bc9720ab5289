"""What a run tells the person watching it while it works: a live bar on a terminal, log lines otherwise.

The flow reports events to the reporter installed with `use()` (the CLI chooses one); the default writes
one log line per committed batch to stderr, as cron and CI logs want. Reporters are called from the flow's
thread and from Prefect's task threads (when a batch's extraction finishes), so they must be thread-safe.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class Reporter:
    """Silent; the base of the others. Counts are files (one file is one document or one rejection)."""

    def start(self) -> None: ...
    def total(self, files: int) -> None: ...
    def skipped(self, files: int) -> None: ...
    def extracted(self, files: int, rejected: int) -> None: ...
    def committed(self, batch: int, documents: int, rejected: int) -> None: ...
    def stop(self) -> None: ...


class LogLines(Reporter):
    """One line per committed batch on stderr: for logs (cron, CI), and what scripts wait for."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.files_total: int | None = None
        self.done = 0
        self.lock = threading.Lock()

    def total(self, files: int) -> None:
        self.files_total = files

    def skipped(self, files: int) -> None:
        with self.lock:
            self.done += files

    def committed(self, batch: int, documents: int, rejected: int) -> None:
        with self.lock:
            self.done += documents + rejected
            of = f"/{self.files_total}" if self.files_total is not None else ""
            print(f"newsledger: batch {batch} committed: {documents} documents, {rejected} rejected "
                  f"({self.done}{of} files done)", file=self.stream, flush=True)


class Bar(Reporter):
    """A rich progress bar: files done of total, documents/s, ETA, rejected so far. Moves as batches are
    extracted (not only when they commit); the total is unknown (an indeterminate bar) until counted."""

    def __init__(self, console=None) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.progress = Progress(
            SpinnerColumn(), TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"), TextColumn("ETA"), TimeRemainingColumn(),
            TextColumn("elapsed"), TimeElapsedColumn(), TextColumn("[red]{task.fields[rejected]} rejected"),
            console=console or Console(stderr=True), transient=False, refresh_per_second=8)
        self.task = self.progress.add_task("run", total=None, rate="–", rejected=0)
        self.lock = threading.Lock()
        self.rejected = 0
        self.extracted_n = 0
        self.t0: float | None = None  # the flow's first event: Prefect's start-up is not extraction time

    def start(self) -> None:
        self.progress.start()

    def total(self, files: int) -> None:
        self.t0 = self.t0 or time.monotonic()
        self.progress.update(self.task, total=files)

    def skipped(self, files: int) -> None:
        self.progress.advance(self.task, files)

    def extracted(self, files: int, rejected: int) -> None:
        with self.lock:
            self.rejected += rejected
            self.extracted_n += files
            self.t0 = self.t0 or time.monotonic()
            rate = self.extracted_n / max(time.monotonic() - self.t0, 1e-6)
            self.progress.update(self.task, advance=files, rate=f"{rate:,.0f}", rejected=self.rejected)

    def stop(self) -> None:
        self.progress.stop()


_current: Reporter | None = None


def current() -> Reporter:
    """The reporter the CLI installed, else log lines (a fresh one per run: its counts are per run)."""
    return _current if _current is not None else LogLines()


@contextmanager
def use(reporter: Reporter) -> Iterator[Reporter]:
    global _current
    previous, _current = _current, reporter
    reporter.start()
    try:
        yield reporter
    finally:
        reporter.stop()
        _current = previous


def count_files(inputs: list[str], on_total) -> threading.Thread:
    """Count the files under the inputs in a background thread (names only, no stat), then report the
    total, so the bar has an end while discovery streams."""
    def work() -> None:
        n = 0
        for raw in inputs:
            p = Path(raw)
            if p.is_dir():
                for _, dirnames, filenames in os.walk(p, followlinks=False):
                    dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                    n += sum(1 for f in filenames if not f.startswith("."))
            else:
                n += 1
        on_total(n)
    t = threading.Thread(target=work, name="count-files", daemon=True)
    t.start()
    return t
