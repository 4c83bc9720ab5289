"""The Prefect flow: discover → hash and skip known files → batches → one extraction task per batch → one loader."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from itertools import islice

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from extractors.pipeline import extract, failed
from flows.artifacts import publish_run_artifacts
from flows.resolve_step import resolve_warehouse
from flows.discover import DEFAULT_MAX_BYTES, Candidate, Rejected, discover, file_sha256, read_bytes
from schemas import Extraction
from warehouse import Warehouse
from warehouse.store import LoadStats


@dataclass
class RunSummary:
    db: str
    seen: int = 0
    loaded: int = 0
    skipped_unchanged: int = 0
    replaced: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)
    table_rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@task(name="extract-batch", cache_policy=NO_CACHE, retries=0)
def extract_batch(paths: list[str]) -> list[Extraction]:
    """Pure work on a batch of files: read, clean, extract. Never raises for a bad file."""
    out = []
    for path in paths:
        try:
            raw = read_bytes(path)
        except OSError as exc:
            out.append(failed(path, None, "read", f"cannot read the file: {exc.strerror or exc}"))
            continue
        out.append(extract(raw, path))
    return out


@task(name="load-batch", cache_policy=NO_CACHE, retries=0)
def load_batch(wh: Warehouse, extractions: list[Extraction]) -> LoadStats:
    """The only writer: one transaction per batch."""
    return wh.load(extractions)


def _batches(items: list[str], size: int):
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


@flow(name="newsledger-run", log_prints=False)
def run_flow(inputs: list[str], db: str, batch_size: int = 50, max_bytes: int = DEFAULT_MAX_BYTES,
             force: bool = False, lock_timeout: float = 30.0) -> RunSummary:
    started = time.monotonic()
    summary = RunSummary(db=db)
    with Warehouse(db, lock_timeout=lock_timeout) as wh:
        known = set() if force else wh.known_hashes()
        todo: list[str] = []
        early: list[Extraction] = []
        for item in discover(inputs, max_bytes):
            summary.seen += 1
            if isinstance(item, Rejected):
                early.append(failed(item.path, item.sha256, item.stage, item.reason))
                continue
            assert isinstance(item, Candidate)
            try:
                digest = file_sha256(item.path)
            except OSError as exc:
                early.append(failed(item.path, None, "read", f"cannot read the file: {exc.strerror or exc}"))
                continue
            if digest in known:
                summary.skipped_unchanged += 1
                continue
            known.add(digest)  # the same bytes under a second name are the same document
            todo.append(item.path)
        futures = [extract_batch.submit(chunk) for chunk in _batches(todo, batch_size)]
        pending = ([early] if early else []) + futures
        for n, item in enumerate(pending, 1):
            batch = item if isinstance(item, list) else item.result()  # load each batch as soon as it is ready
            stats = load_batch(wh, batch)
            print(f"newsledger: batch {n}/{len(pending)} committed: {stats.documents} documents, "
                  f"{stats.errors} rejected", file=sys.stderr, flush=True)
            summary.loaded += stats.documents
            summary.replaced += stats.replaced
            summary.rejected += [(e.source_path, e.error.stage, e.error.error) for e in batch if e.error]
        resolve_warehouse(wh)
        summary.table_rows = wh.counts()
        publish_run_artifacts(summary, wh)
    summary.seconds = time.monotonic() - started
    return summary

