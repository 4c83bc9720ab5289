"""The DuckDB warehouse: connect (waiting for a busy writer), migrate, load batches atomically, query, export."""
from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from schemas import RECORD_MODELS, Document, Extraction, LoadError
from warehouse.ddl import all_tables, columns, create_table
from warehouse.views import create_views, view_names


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
        for table, model in all_tables().items():
            self.con.execute(create_table(model))
            have = {r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
            for name, typ in columns(model):
                if name not in have:
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {typ}")
        create_views(self.con)

    # -- reads ----------------------------------------------------------------------------------
    def known_hashes(self) -> set[str]:
        """Content hashes already settled: loaded documents and files rejected as they are."""
        rows = self.con.execute(
            "SELECT doc_id FROM documents UNION SELECT sha256 FROM load_errors WHERE sha256 IS NOT NULL").fetchall()
        return {r[0] for r in rows}

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
    def load(self, extractions: Iterable[Extraction]) -> LoadStats:
        """Load one batch in one transaction: all of it lands, or none of it does."""
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
        self.con.execute("BEGIN TRANSACTION")
        try:
            stats.replaced = self._forget([d.source_path for d in docs.values()] + [e.source_path for e in errors.values()],
                                          list(docs))
            self._insert(Document, list(docs.values()))
            for model in RECORD_MODELS:
                rows = list(records[model.__table__].values())
                self._insert(model, rows)
                stats.rows[model.__table__] = len(rows)
            self._insert(LoadError, list(errors.values()))
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        stats.documents, stats.errors = len(docs), len(errors)
        return stats

    def _forget(self, paths: list[str], doc_ids: list[str]) -> int:
        """Remove what these paths and documents loaded before, so a changed file replaces its old rows."""
        if not paths and not doc_ids:
            return 0
        old = {r[0] for r in self.con.execute(
            "SELECT doc_id FROM documents WHERE list_contains($1::VARCHAR[], source_path) "
            "OR list_contains($2::VARCHAR[], doc_id)", [paths, doc_ids]).fetchall()}
        stale = sorted(old)
        for model in RECORD_MODELS:
            self.con.execute(f"DELETE FROM {model.__table__} WHERE list_contains($1::VARCHAR[], doc_id)", [stale])
        self.con.execute("DELETE FROM documents WHERE list_contains($1::VARCHAR[], doc_id)", [stale])
        self.con.execute("DELETE FROM load_errors WHERE list_contains($1::VARCHAR[], source_path)", [paths])
        return len(old - set(doc_ids))

    def _insert(self, model: type, rows: list) -> None:
        """Column-wise bulk insert: one list per column, UNNESTed together (≈100x executemany)."""
        if not rows:
            return
        cols = columns(model)
        data = [[getattr(r, name) for r in rows] for name, _ in cols]
        select = ", ".join(f"UNNEST(${i + 1}::{typ}[])" for i, (_, typ) in enumerate(cols))
        names = ", ".join(name for name, _ in cols)
        self.con.execute(f"INSERT INTO {model.__table__} ({names}) SELECT {select}", data)
