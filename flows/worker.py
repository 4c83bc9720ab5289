"""What a worker process runs: read and extract a batch of files. Imports only the pure core, never Prefect.

Worker processes (a local process pool or Dask workers) unpickle `extract_files` by reference, so this
module must stay light: importing it must not start, configure or import Prefect.
"""
from __future__ import annotations

import signal

from extractors.pipeline import extract, failed
from flows.discover import read_bytes
from schemas import Extraction


def extract_files(paths: list[str]) -> list[Extraction]:
    """Read, clean and extract each file. Never raises for a bad file: it comes back as its error."""
    out = []
    for path in paths:
        try:
            raw = read_bytes(path)
        except OSError as exc:
            out.append(failed(path, None, "read", f"cannot read the file: {exc.strerror or exc}"))
            continue
        out.append(extract(raw, path))
    return out


def init_local_worker() -> None:
    """A local pool worker: dies with its parent (the run, or the forkserver that dies with the run), and
    leaves Ctrl-C to the run, which shuts the pool down."""
    from flows.lifeline import die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
