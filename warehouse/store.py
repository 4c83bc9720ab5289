"""The DuckDB warehouse: connect (waiting for a busy writer), migrate, load batches atomically, query, export."""
from __future__ import annotations

import time
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from schemas import RECORD_MODELS, Document, DocumentSource, Extraction, LoadError
from warehouse.ddl import all_tables, columns, create_table
from warehouse.views import create_views, view_names

T = typing.TypeVar("T")


class WarehouseError(RuntimeError):
    """The warehouse file cannot be used; the message says why and what to do."""


class LockTimeout(WarehouseError):
    """Another process holds the warehouse for writing and did not let go in time."""


@dataclass
class LoadStats:
    documents: int = 0
    errors: int = 0
    replaced: int = 0
    rows: dict[str, int] = field(default_factory=dict)


def _is_lock_error(exc: Exception) -> bool:
    return "lock" in str(exc).lower()


class Warehouse:
    """One connection to one DuckDB file. Open it in a `with` block; only one writer process at a time."""

    def __init__(self, path: str | Path, *, read_only: bool = False, lock_timeout: float = 30.0):
        self.path = str(path)
        self.read_only = read_only
        self.memory_limit: int | None = None  # a cap set by set_memory_limit, and the most it may grow to
        self._memory_ceiling = 0
        self.con = self._connect(lock_timeout)
        if not read_only:
            self.migrate()

    def _connect(self, lock_timeout: float) -> duckdb.DuckDBPyConnection:
        if self.read_only and not Path(self.path).exists():
            raise WarehouseError(f"no warehouse at {self.path}: run `newsledger run --db {self.path}` first")
        if not self.read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + lock_timeout
        delay = 0.1
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.Error as exc:
                if not _is_lock_error(exc):
                    raise WarehouseError(f"cannot open warehouse {self.path}: {exc}") from exc
                if time.monotonic() >= deadline:
                    raise LockTimeout(
                        f"warehouse {self.path} is held by another newsledger run (or another program) and was "
                        f"not released within {lock_timeout:g} s; wait for that run to finish, or pass a larger "
                        f"--lock-timeout. Readers should query a snapshot (`newsledger export`).") from exc
                time.sleep(delay)
                delay = min(delay * 2, 1.0)

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema ---------------------------------------------------------------------------------
    def migrate(self) -> None:
        """Create missing tables and add columns that `schemas/` gained since the file was made."""
        had_sources = bool(self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'document_sources'").fetchone()[0])
        for table, model in all_tables().items():
            self.con.execute(create_table(model))
            have = {r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
            for name, typ in columns(model):
                if name not in have:
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {typ}")
        if not had_sources:  # a warehouse from before document_sources: each document's one known path
            self.con.execute("INSERT INTO document_sources (source_path, doc_id, first_seen) "
                             "SELECT source_path, doc_id, ingested_at FROM documents ON CONFLICT DO NOTHING")
        create_views(self.con)

    # -- reads ----------------------------------------------------------------------------------
    def known_hashes(self) -> set[str]:
        """Content hashes already settled: loaded documents and files rejected as they are."""
        rows = self.con.execute(
            "SELECT doc_id FROM documents UNION SELECT sha256 FROM load_errors WHERE sha256 IS NOT NULL").fetchall()
        return {r[0] for r in rows}

    def known_errors(self) -> set[tuple[str, str]]:
        """(path, content hash) of files rejected as they are: the same bytes at the same path fail again."""
        return {(r[0], r[1]) for r in self.con.execute(
            "SELECT source_path, sha256 FROM load_errors WHERE sha256 IS NOT NULL").fetchall()}

    def known_files(self) -> dict[str, tuple[int | None, int | None, str]]:
        """path -> (size, mtime_ns, doc_id) of every path a loaded document was seen at: a file whose size
        and mtime are unchanged is skipped without being read."""
        return {r[0]: (r[1], r[2], r[3]) for r in self.con.execute(
            "SELECT source_path, size, mtime_ns, doc_id FROM document_sources").fetchall()}

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in all_tables()}

    def query(self, sql: str, params: Sequence[object] = ()) -> tuple[list[str], list[tuple]]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description] if cur.description else []
        return cols, cur.fetchall() if cols else []

    def export(self, out_dir: str | Path) -> list[Path]:
        """Write every table and view to Parquet: a snapshot dashboards can read while runs write the warehouse."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        have = {r[0] for r in self.con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        for table in [*all_tables(), *(v for v in view_names() if v in have)]:
            target = out / f"{table}.parquet"
            # COPY takes no bind parameter for its target; the path is quoted as a SQL string literal
            literal = "'" + str(target).replace("'", "''") + "'"
            self.con.execute(f"COPY {table} TO {literal} (FORMAT PARQUET)")
            written.append(target)
        return written

    # -- writes ---------------------------------------------------------------------------------
    def load(self, extractions: Iterable[Extraction], sources: Iterable[DocumentSource] = ()) -> LoadStats:
        """Load one batch in one transaction: all of it lands, or none of it does.

        `sources` are the paths (with size and mtime) each document of the batch, or a document already
        loaded, was found at; a path that now holds other bytes, or that failed, drops its old document
        once no other path holds it (a changed file replaces its rows)."""
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        stats = LoadStats()
        docs: dict[str, Document] = {}
        records: dict[str, dict[str, object]] = {m.__table__: {} for m in RECORD_MODELS}
        errors: dict[str, LoadError] = {}
        for ex in extractions:
            if ex.document is not None and ex.document.doc_id not in docs:
                docs[ex.document.doc_id] = ex.document.model_copy(update={"ingested_at": now})
                for rec in ex.records:
                    records[rec.__table__].setdefault(rec.record_id, rec)
            elif ex.error is not None:
                errors[ex.error.error_id] = ex.error.model_copy(update={"seen_at": now})
        seen: dict[str, DocumentSource] = {s.source_path: s for s in sources}
        for d in docs.values():  # a document always records the path it was loaded from
            seen.setdefault(d.source_path, DocumentSource(source_path=d.source_path, doc_id=d.doc_id))

        def batch() -> None:
            self.con.execute("BEGIN TRANSACTION")
            try:
                stats.replaced = self._repoint(list(seen.values()), [e.source_path for e in errors.values()],
                                               list(docs), now)
                self._insert(Document, list(docs.values()))
                for model in RECORD_MODELS:
                    rows = list(records[model.__table__].values())
                    self._insert(model, rows)
                    stats.rows[model.__table__] = len(rows)
                self._insert(LoadError, list(errors.values()))
                self.commit_with_room()
            except BaseException:
                self.con.execute("ROLLBACK")
                raise

        # the tables' key indexes live in memory and grow with the warehouse: a buffer pool capped for a small one is
        # too small for a large one; a batch that runs out of memory is rolled back and retried whole with twice the cap
        self.retry_out_of_memory(batch)
        stats.documents, stats.errors = len(docs), len(errors)
        return stats

    def set_memory_limit(self, limit_bytes: int, ceiling_bytes: int) -> None:
        """Cap this connection's buffer pool at `limit_bytes`; a batch that runs out of memory doubles it, up to
        `ceiling_bytes`, and is loaded again instead of failing the run."""
        self.memory_limit, self._memory_ceiling = limit_bytes, ceiling_bytes
        self.con.execute(f"SET memory_limit = '{limit_bytes // 1024}KB'")

    def retry_out_of_memory(self, work: Callable[[], T]) -> T:
        """`work()`, run again with twice the cap (up to the ceiling) each time DuckDB runs out of memory under it.
        `work` must leave the warehouse as it found it when it raises: it only reads, or rolls its transaction back."""
        while True:
            try:
                return work()
            except duckdb.OutOfMemoryException:
                if not self._grow_memory_limit():
                    raise

    def commit_with_room(self) -> None:
        """COMMIT the open transaction with the ceiling as the cap, then go back to the cap. An out-of-memory
        failure at COMMIT (flushing a transaction's rows into a table) invalidates the whole database, which no
        ROLLBACK undoes: seen at 100k documents under 125 MB, rewriting record_events. The statements before it
        run under the cap (spilling, or failing into a ROLLBACK and a retry); the commit alone may go higher."""
        limit = self.memory_limit
        if limit is None or limit >= self._memory_ceiling:
            self.con.execute("COMMIT")
            return
        self.con.execute(f"SET memory_limit = '{self._memory_ceiling // 1024}KB'")
        try:
            self.con.execute("COMMIT")
        finally:
            try:
                self.con.execute(f"SET memory_limit = '{limit // 1024}KB'")
            except duckdb.Error:  # more than the cap is still held: keep the higher cap rather than fail
                self.memory_limit = self._memory_ceiling

    def _grow_memory_limit(self) -> bool:
        limit = self.memory_limit
        if limit is None or limit >= self._memory_ceiling:
            return False
        self.set_memory_limit(min(2 * limit, self._memory_ceiling), self._memory_ceiling)
        return True

    def _repoint(self, sources: list[DocumentSource], failed_paths: list[str], doc_ids: list[str],
                 now: datetime) -> int:
        """Point each path at its document now; drop documents (re-extracted ones, and those no path holds
        any more) with their records. Returns how many documents were replaced by other bytes."""
        paths = [s.source_path for s in sources] + failed_paths
        before = {r[0]: (r[1], r[2]) for r in self.con.execute(
            "SELECT source_path, doc_id, first_seen FROM document_sources "
            "WHERE list_contains($1::VARCHAR[], source_path)", [paths]).fetchall()}
        self.con.execute("DELETE FROM document_sources WHERE list_contains($1::VARCHAR[], source_path)", [paths])
        rows = []
        for s in sources:
            old = before.get(s.source_path)
            first = old[1] if old is not None and old[0] == s.doc_id and old[1] is not None else now
            rows.append(s.model_copy(update={"first_seen": first}))
        self._insert(DocumentSource, rows)
        # documents whose last path now holds other bytes (or failed) are gone; re-extracted ones are reloaded
        previous = sorted({doc for doc, _ in before.values()} - {s.doc_id for s in sources})
        orphans = {r[0] for r in self.con.execute(
            "SELECT doc_id FROM documents WHERE list_contains($1::VARCHAR[], doc_id) AND doc_id NOT IN "
            "(SELECT doc_id FROM document_sources)", [previous]).fetchall()}
        drop = sorted(orphans | set(doc_ids))
        for model in RECORD_MODELS:
            self.con.execute(f"DELETE FROM {model.__table__} WHERE list_contains($1::VARCHAR[], doc_id)", [drop])
        self.con.execute("DELETE FROM documents WHERE list_contains($1::VARCHAR[], doc_id)", [drop])
        # a document still held elsewhere names one of its remaining paths
        self.con.execute(
            "UPDATE documents SET source_path = (SELECT min(s.source_path) FROM document_sources s "
            "WHERE s.doc_id = documents.doc_id) WHERE list_contains($1::VARCHAR[], doc_id) AND NOT EXISTS "
            "(SELECT 1 FROM document_sources s WHERE s.source_path = documents.source_path "
            "AND s.doc_id = documents.doc_id)", [previous])
        self.con.execute("DELETE FROM load_errors WHERE list_contains($1::VARCHAR[], source_path)", [paths])
        return len(orphans - set(doc_ids))

    def _insert(self, model: type, rows: list) -> None:
        """Column-wise bulk insert: one list per column, UNNESTed together (≈100x executemany)."""
        if not rows:
            return
        cols = columns(model)
        data = [[getattr(r, name) for r in rows] for name, _ in cols]
        select = ", ".join(f"UNNEST(${i + 1}::{typ}[])" for i, (_, typ) in enumerate(cols))
        names = ", ".join(name for name, _ in cols)
        self.con.execute(f"INSERT INTO {model.__table__} ({names}) SELECT {select}", data)
