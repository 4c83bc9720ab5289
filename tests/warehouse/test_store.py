"""The warehouse: tables follow schemas/ and the contract, loads are atomic and idempotent, one writer at a time."""
from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from extractors.pipeline import extract
from schemas import TABLE_MODELS
from tests.conftest import SHARED_EVAL
from warehouse import LockTimeout, Warehouse
from warehouse.ddl import columns, create_table


def _contract() -> dict[str, set[str]]:
    """Table → required columns, read from the contract README's table."""
    text = (SHARED_EVAL / "README.md").read_text()
    common = {"record_id", "doc_id", "evidence", "char_start", "char_end"}
    out = {}
    for m in re.finditer(r"^\| `(\w+)` \| (.+?) \|$", text, re.M):
        cols = set(re.findall(r"`(\w+)`", m.group(2)))
        out[m.group(1)] = cols | (common if m.group(1) not in ("documents", "load_errors") else set())
    return out


def test_tables_hold_every_contract_column():
    contract = _contract()
    assert len(contract) == 8
    with Warehouse(":memory:") as wh:
        for table, required in contract.items():
            have = {r[0] for r in wh.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
            assert required <= have, (table, required - have)


def test_ddl_is_generated_from_the_models():
    for model in TABLE_MODELS:
        ddl = create_table(model)
        for name, typ in columns(model):
            assert f"{name} {typ}" in ddl
    assert ("published_date", "DATE") in columns(TABLE_MODELS[0])
    assert ("tags", "VARCHAR[]") in columns(TABLE_MODELS[0])


def test_opening_an_older_file_adds_missing_columns(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE fines (record_id VARCHAR PRIMARY KEY, doc_id VARCHAR, payer VARCHAR)")
    con.close()
    with Warehouse(db) as wh:
        cols = {r[0] for r in wh.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'fines'").fetchall()}
    assert {"amount_usd", "authority", "event_date", "status"} <= cols


ARTICLE = b"Acme Corp was fined $5 million by the Federal Trade Commission in 2019.\n"


def test_load_is_idempotent(tmp_path):
    ex = extract(ARTICLE, "a.txt")
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load([ex])
        first = wh.counts()
        wh.load([ex])
        assert wh.counts() == first
        assert first["documents"] == 1 and first["fines"] == 1


def test_a_failing_batch_leaves_nothing_behind(tmp_path, monkeypatch):
    good = extract(ARTICLE, "a.txt")
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load([good])
        before = wh.counts()
        real_insert = wh._insert

        def broken(model, rows):
            if model.__table__ == "date_mentions":
                raise RuntimeError("disk full")
            real_insert(model, rows)

        monkeypatch.setattr(wh, "_insert", broken)
        other = extract(b"Beta Ltd was fined $9 million by the SEC in 2020.\n", "b.txt")
        with pytest.raises(RuntimeError):
            wh.load([other])
        assert wh.counts() == before
        monkeypatch.undo()
        wh.load([other])  # the connection is usable after the rollback
        assert wh.counts()["documents"] == 2


def test_names_with_quotes_and_semicolons_are_data(tmp_path):
    path = "evil'; DROP TABLE documents; --\n\"😀.txt"
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load([extract(ARTICLE, path)])
        assert wh.query("SELECT source_path FROM documents")[1] == [(path,)]
        assert wh.counts()["fines"] == 1


def test_second_writer_waits_then_gives_up(tmp_path):
    db = tmp_path / "w.duckdb"
    Warehouse(db).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(db)!r})
        print("locked", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(LockTimeout, match="held by another"):
            Warehouse(db, lock_timeout=1.0)
        assert time.monotonic() - started >= 1.0
    finally:
        holder.kill()
        holder.wait()
    with Warehouse(db, lock_timeout=5.0) as wh:  # free again once the holder is gone
        assert wh.counts()["documents"] == 0


def test_a_batch_that_outgrows_the_buffer_cap_is_loaded_with_a_larger_one(tmp_path):
    """The 100k-document benchmark stopped at ~70k with "Out of Memory" under the writer's 64 MB cap: the key indexes
    of a large warehouse stay in memory. The batch is rolled back and loaded again with twice the cap."""
    exs = [extract(f"---\ntitle: Fine {i}\ndate: 2024-05-01\n---\nAcme Corp {i} was fined ${i + 1} million by the SEC "
                   f"on {i % 28 + 1} March 2024 for misleading investors, the regulator said.\n".encode(), f"/d/{i}.md")
           for i in range(3000)]
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.set_memory_limit(2 * 2**20, 512 * 2**20)
        wh.load(exs)
        assert wh.memory_limit > 2 * 2**20  # the first try ran out; the cap grew
        assert wh.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3000
        assert wh.con.execute("SELECT count(*) FROM fines").fetchone()[0] == 3000


def test_a_batch_that_outgrows_the_ceiling_fails_whole(tmp_path):
    exs = [extract(f"Acme {i} was fined $5 million by the SEC on 3 March 2024.\n".encode(), f"/d/{i}.txt")
           for i in range(3000)]
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.set_memory_limit(2 * 2**20, 2 * 2**20)
        with pytest.raises(duckdb.OutOfMemoryException):
            wh.load(exs)
        assert wh.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
