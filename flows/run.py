"""The Prefect flow: discover lazily → skip known files by stat, then by hash → one extraction task per batch,
run by worker processes → the single writer bulk-loads each batch as it comes back.

At most `max_in_flight` batches are being extracted or waiting to load at once (back-pressure): memory
stays flat however large the corpus, the first batch commits seconds after the start, and a crash loses
only the batches in flight.
"""
from __future__ import annotations

import time
from collections import deque
from concurrent.futures import Executor
from dataclasses import dataclass, field

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows import progress
from flows.artifacts import publish_run_artifacts
from flows.discover import DEFAULT_MAX_BYTES, Candidate, Rejected, discover, file_sha256, read_bytes  # noqa: F401
from flows.executors import default_workers, extract_files, open_executor
from flows.resolve_step import resolve_warehouse
from schemas import DocumentSource, Extraction
from warehouse import Warehouse


def failed(source_path: str, digest: str | None, stage: str, reason: str) -> Extraction:
    """`extractors.pipeline.failed`, imported when a file is rejected here: the run process does not import the
    extraction code (only the workers run it)."""
    from extractors.pipeline import failed as rejected

    return rejected(source_path, digest, stage, reason)


# the writer's DuckDB buffer pool while a run loads: its default (80 % of RAM) keeps pages of every batch
# loaded so far cached, so the run process grew with the corpus; DuckDB evicts (or spills) beyond this
WRITER_MEMORY_LIMIT = 64 * 2**20
# a large warehouse's key indexes need more (they stay in memory): a batch that runs out doubles the cap up to this
WRITER_MEMORY_CEILING = 4 * 2**30
# and one thread: each DuckDB thread keeps buffers of its own, and with two under that limit the summary's
# queries after a large load (the largest fines: events joined with documents) failed with "Out of Memory";
# the writer's work is inserting batches and the workers have the cores
WRITER_THREADS = 1


@dataclass
class RunSummary:
    db: str
    seen: int = 0
    loaded: int = 0
    skipped_unchanged: int = 0
    duplicates: int = 0       # files whose bytes were already loaded (or queued) under another path
    replaced: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)
    table_rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0      # the flow's own work: discovery, extraction, loading
    first_commit_seconds: float | None = None
    workers: int = 1


# the running flow's executor and reporter: Prefect records task parameters, so they are not passed as ones
_executor: Executor | None = None
_reporter: progress.Reporter = progress.Reporter()


@task(name="extract-batch", cache_policy=NO_CACHE, retries=0)
def extract_batch(paths: list[str]) -> list[Extraction]:
    """Hand a batch to a worker process (or the Dask cluster) and wait: the workers run pure code only."""
    assert _executor is not None, "extract_batch runs inside run_flow"
    out = _executor.submit(extract_files, paths).result()
    _reporter.extracted(len(out), sum(1 for e in out if e.error is not None))
    return out


@dataclass
class _Batch:
    number: int
    future: object                                    # Prefect future of extract_batch
    stat: dict[str, tuple[int, int]]                  # path -> (size, mtime_ns) when planned
    digests: list[str]                                # content hashes being extracted
    duplicates: list[DocumentSource] = field(default_factory=list)  # other paths holding these bytes


class _Plan:
    """Decides for each discovered file: skip (unchanged), record as a duplicate path, or extract."""

    def __init__(self, wh: Warehouse, force: bool):
        self.force = force
        self.files = {} if force else wh.known_files()
        self.docs = set() if force else wh.known_hashes()
        self.errors = set() if force else wh.known_errors()
        # digest -> the batch extracting it (None: not submitted yet); dropped when the batch lands
        self.queued: dict[str, _Batch | None] = {}


@flow(name="newsledger-run", log_prints=False)
def run_flow(inputs: list[str], db: str, batch_size: int = 50, max_bytes: int = DEFAULT_MAX_BYTES,
             force: bool = False, lock_timeout: float = 30.0, workers: int | None = None,
             dask_address: str | None = None, max_in_flight: int | None = None) -> RunSummary:
    global _executor, _reporter
    started = time.monotonic()
    n_workers = workers or default_workers()
    summary = RunSummary(db=db, workers=n_workers)
    report = progress.current()
    progress.count_files(inputs, report.total)
    cap = max_in_flight or max(4, n_workers + 2)
    with Warehouse(db, lock_timeout=lock_timeout) as wh:
        wh.set_memory_limit(WRITER_MEMORY_LIMIT, WRITER_MEMORY_CEILING)
        wh.con.execute(f"SET threads = {WRITER_THREADS}")
        with open_executor(n_workers, dask_address) as executor:
            _executor, _reporter = executor, report
            try:
                plan = _Plan(wh, force)
                inflight: deque[_Batch] = deque()
                loose: list[Extraction] = []          # rejections found before extraction, loaded with the next batch
                loose_sources: list[DocumentSource] = []
                chunk: list[str] = []
                chunk_stat: dict[str, tuple[int, int]] = {}
                chunk_digests: list[str] = []
                chunk_dups: list[DocumentSource] = []
                numbered = iter(range(1, 1 << 62))

                def land(batch: _Batch | None) -> None:
                    nonlocal loose, loose_sources
                    exs: list[Extraction] = batch.future.result() if batch else []  # type: ignore[attr-defined]
                    sources = list(loose_sources)
                    if batch:
                        for digest in batch.digests:  # from now on a duplicate is one of the warehouse's
                            plan.queued.pop(digest, None)
                        plan.docs.update(ex.document.doc_id for ex in exs if ex.document is not None)
                        sources += _sources_of(exs, batch.stat)
                        dup_errors, dup_sources = _settle_duplicates(exs, batch.duplicates)
                        exs += dup_errors
                        sources += dup_sources
                    exs += loose
                    stats = wh.load(exs, sources)
                    loose, loose_sources = [], []
                    if summary.first_commit_seconds is None:
                        summary.first_commit_seconds = time.monotonic() - started
                    report.committed(batch.number if batch else 0, stats.documents, stats.errors)
                    summary.loaded += stats.documents
                    summary.replaced += stats.replaced
                    summary.rejected += [(e.source_path, e.error.stage, e.error.error) for e in exs if e.error]

                def submit() -> None:
                    nonlocal chunk, chunk_stat, chunk_digests, chunk_dups
                    while len(inflight) >= cap:  # back-pressure: the oldest batch loads before another starts
                        land(inflight.popleft())
                    batch = _Batch(next(numbered), extract_batch.submit(chunk), chunk_stat, chunk_digests, chunk_dups)
                    for digest in chunk_digests:
                        plan.queued[digest] = batch
                    inflight.append(batch)
                    chunk, chunk_stat, chunk_digests, chunk_dups = [], {}, [], []

                for item in discover(inputs, max_bytes):
                    summary.seen += 1
                    if isinstance(item, Rejected):
                        loose.append(failed(item.path, item.sha256, item.stage, item.reason))
                        report.extracted(1, 1)
                        continue
                    assert isinstance(item, Candidate)
                    known = plan.files.get(item.path)
                    if known is not None and known[0] == item.size and known[1] == item.mtime_ns:
                        summary.skipped_unchanged += 1  # unchanged by size and mtime: not even read
                        report.skipped(1)
                        continue
                    try:
                        digest = file_sha256(item.path)
                    except OSError as exc:
                        loose.append(failed(item.path, None, "read", f"cannot read the file: {exc.strerror or exc}"))
                        report.extracted(1, 1)
                        continue
                    source = DocumentSource(source_path=item.path, doc_id=digest, size=item.size, mtime_ns=item.mtime_ns)
                    if (known is not None and known[2] == digest) or (item.path, digest) in plan.errors:
                        summary.skipped_unchanged += 1  # touched, same bytes: remember the new mtime
                        if known is not None:
                            loose_sources.append(source)
                        report.skipped(1)
                        continue
                    if digest in plan.docs or digest in plan.queued:
                        summary.duplicates += 1  # the same bytes under another name: one more path, no extraction
                        holder = plan.queued.get(digest, False)
                        if holder is None:
                            chunk_dups.append(source)
                        elif holder:
                            holder.duplicates.append(source)
                        else:
                            loose_sources.append(source)
                        report.skipped(1)
                        continue
                    plan.queued[digest] = None
                    chunk_digests.append(digest)
                    chunk.append(item.path)
                    chunk_stat[item.path] = (item.size, item.mtime_ns)
                    if len(chunk) >= batch_size:
                        submit()
                if chunk:
                    submit()
                while inflight:
                    land(inflight.popleft())
                if loose or loose_sources:
                    land(None)
            finally:
                _executor, _reporter = None, progress.Reporter()
        # every batch is loaded and the workers are stopped (their memory is not held while resolve runs); the
        # writer is still open for the steps that need all documents
        # the resolve step keeps the load's cap (as far as it grew): a step that runs out of memory under it is
        # rolled back and run again with more, and its COMMIT alone gets the ceiling (Warehouse.commit_with_room)
        resolve_warehouse(wh, if_changed=not force)
        summary.table_rows = wh.counts()
        summary.seconds = time.monotonic() - started
        publish_run_artifacts(summary, wh)
    summary.seconds = time.monotonic() - started
    return summary


def _sources_of(exs: list[Extraction], stat: dict[str, tuple[int, int]]) -> list[DocumentSource]:
    """The path each extracted document came from, with the size and mtime it had when planned."""
    out = []
    for ex in exs:
        if ex.document is not None:
            size, mtime = stat.get(ex.source_path, (None, None))
            out.append(DocumentSource(source_path=ex.source_path, doc_id=ex.document.doc_id, size=size,
                                      mtime_ns=mtime))
    return out


def _settle_duplicates(exs: list[Extraction], dups: list[DocumentSource]
                       ) -> tuple[list[Extraction], list[DocumentSource]]:
    """Duplicate paths of a batch's files: recorded as sources of the document, or, where those bytes
    were rejected, rejected too with the same reason."""
    loaded = {ex.document.doc_id for ex in exs if ex.document is not None}
    errors = {ex.sha256: ex.error for ex in exs if ex.error is not None}
    sources, rejected = [], []
    for d in dups:
        if d.doc_id in loaded:
            sources.append(d)
        elif d.doc_id in errors:
            e = errors[d.doc_id]
            rejected.append(failed(d.source_path, d.doc_id, e.stage, e.error))  # type: ignore[union-attr]
    return rejected, sources
