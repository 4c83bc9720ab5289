"""The resolve step's write: rows sent in chunks land as one write would; running out of DuckDB memory under the
writer's cap is rolled back and retried with a larger one, never a failed COMMIT that invalidates the database."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from extractors.pipeline import extract
from flows.resolve_step import resolve_warehouse
from resolve import resolve_all
from warehouse import Warehouse
from warehouse.resolve_store import read_resolve_input, write_resolve_output

_TABLES = {
    "fines": "record_id, payer_id, authority_id, event_id",
    "stakes": "record_id, holder_id, company_id, event_id",
    "investments": "record_id, investor_id, company_id, event_id",
    "record_events": "record_id, record_table, event_id",
    "companies": "company_id, name, aliases, ticker, parent_id, n_mentions",
    "name_facts": "fact_id, doc_id, kind, a, b",
}


def _texts(n: int) -> list[bytes]:
    # fines of a few companies told by several articles each (events of more than one record), and stakes
    return [(f"---\ntitle: Fine {i}\ndate: 2024-05-{i % 28 + 1:02d}\n---\nAcme Holdings {i % 40} was fined "
             f"${i % 40 + 1} million by the SEC on 3 March 2024 for misleading investors, the regulator said. "
             f"Tencent Holdings holds a {i % 9 + 2}% stake in Ubisoft {i % 13}.\n").encode() for i in range(n)]


def _loaded(path, n: int = 300) -> None:
    with Warehouse(path) as wh:
        wh.load([extract(t, f"/d/{i}.md") for i, t in enumerate(_texts(n))])


def _dump(path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in _TABLES.items()}
    finally:
        con.close()


def test_rows_written_in_chunks_are_the_rows_of_one_write(tmp_path):
    _loaded(tmp_path / "a.duckdb")
    shutil.copy(tmp_path / "a.duckdb", tmp_path / "b.duckdb")
    for name, chunk in (("a.duckdb", 50_000), ("b.duckdb", 7)):
        with Warehouse(tmp_path / name) as wh:
            out = resolve_all(read_resolve_input(wh.con))
            write_resolve_output(wh.con, out, chunk=chunk)
    a, b = _dump(tmp_path / "a.duckdb"), _dump(tmp_path / "b.duckdb")
    assert a == b
    assert len(a["record_events"]) > len({r[2] for r in a["record_events"]}) > 1  # events of several records


def test_resolve_out_of_memory_under_the_cap_is_retried_not_fatal(tmp_path):
    """Under a 2 MB cap the step runs out of memory: it is run again with a larger cap (only its COMMIT may go up
    to the ceiling); the rows are those of an uncapped resolve and the database stays usable. (The COMMIT's own
    failure, which invalidates the database, needs a warehouse of ~100k documents: checked on the benchmark's.)"""
    _loaded(tmp_path / "free.duckdb", 1500)
    shutil.copy(tmp_path / "free.duckdb", tmp_path / "capped.duckdb")
    with Warehouse(tmp_path / "free.duckdb") as wh:
        resolve_warehouse(wh, quiet=True)
    with Warehouse(tmp_path / "capped.duckdb") as wh:
        wh.set_memory_limit(2 * 2**20, 1024 * 2**20)
        resolve_warehouse(wh, quiet=True)
        assert wh.con.execute("SELECT count(*) FROM record_events").fetchone()[0] > 0  # still usable
        assert 2 * 2**20 < wh.memory_limit < 1024 * 2**20  # it ran out and was retried; the ceiling was not kept
    assert _dump(tmp_path / "capped.duckdb") == _dump(tmp_path / "free.duckdb")


def test_a_write_that_outgrows_the_ceiling_is_rolled_back(tmp_path):
    _loaded(tmp_path / "w.duckdb", 1500)
    with Warehouse(tmp_path / "w.duckdb") as wh:
        out = resolve_all(read_resolve_input(wh.con))
        wh.set_memory_limit(2 * 2**20, 2 * 2**20)
        with pytest.raises(duckdb.OutOfMemoryException):
            wh.retry_out_of_memory(lambda: write_resolve_output(wh.con, out, commit=wh.commit_with_room))
        # nothing of the write landed, and the database is still usable
        assert wh.con.execute("SELECT count(*) FROM record_events").fetchone()[0] == 0
        assert wh.con.execute("SELECT count(*) FROM fines WHERE event_id IS NOT NULL").fetchone()[0] == 0
