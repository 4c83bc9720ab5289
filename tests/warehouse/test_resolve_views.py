"""The resolve step against a real DuckDB file: event views, dashboard views, incremental ids, corrections that
apply, orphaned corrections reported, export of views. Articles are short ones written for these tests."""
from __future__ import annotations

import duckdb
import pytest

from extractors.pipeline import extract
from flows.resolve_step import resolve_warehouse
from warehouse import Warehouse
from warehouse.resolve_store import add_correction

A = ("---\ntitle: TikTok fined\npublished: 2025-05-02\n---\n"
     "Ireland's Data Protection Commission fined TikTok €530 million ($600 million) on Friday.\n")
B = ("---\ntitle: EU slaps fine on TikTok\npublished: 2025-05-03\n---\n"
     "TikTok was fined 530 million euros by Irish regulators.\n")
C = ("---\ntitle: TikTok fined again\npublished: 2023-09-16\n---\n"
     "The Irish Data Protection Commission fined TikTok €345 million in September 2023.\n")


def _load(wh: Warehouse, *docs: tuple[str, str]) -> None:
    wh.load([extract(text.encode(), path) for path, text in docs])


@pytest.fixture
def wh(tmp_path):
    with Warehouse(tmp_path / "r.duckdb") as w:
        yield w


def test_one_event_per_fine_with_best_values(wh):
    _load(wh, ("a.md", A), ("b.md", B), ("c.md", C))
    resolve_warehouse(wh, quiet=True)
    rows = wh.con.execute("SELECT payer, amount, currency, amount_usd, usd_basis, first_reported, n_sources "
                          "FROM fine_events ORDER BY amount").fetchall()
    assert [(r[0], r[1], r[6]) for r in rows] == [("TikTok", 345e6, 1), ("TikTok", 530e6, 2)]
    big = rows[1]
    assert big[3] == 600e6 and big[4] == "stated" and str(big[5]) == "2025-05-02"
    by_year = wh.con.execute("SELECT year, fines, amount_usd FROM fines_usd_by_payer_year ORDER BY year").fetchall()
    assert [(y, n) for y, n, _ in by_year] == [(2023, 1), (2025, 1)] and by_year[1][2] == 600e6
    months = wh.con.execute("SELECT records, events FROM records_per_month WHERE record_type = 'fines' "
                            "AND month = '2025-05-01'").fetchall()
    assert months == [(2, 1)]


def test_later_article_joins_the_event_and_ids_survive_reload(wh):
    _load(wh, ("a.md", A))
    resolve_warehouse(wh, quiet=True)
    (event, payer), = wh.con.execute("SELECT event_id, payer_id FROM fines").fetchall()
    _load(wh, ("b.md", B))
    resolve_warehouse(wh, quiet=True)
    assert {r for r, in wh.con.execute("SELECT DISTINCT event_id FROM fines").fetchall()} == {event}
    _load(wh, ("a.md", A), ("b.md", B))            # re-extraction deletes and re-inserts the rows
    resolve_warehouse(wh, quiet=True)
    assert wh.con.execute("SELECT DISTINCT event_id, payer_id FROM fines").fetchall() == [(event, payer)]


def test_corrections_apply_and_orphans_are_reported(wh, tmp_path):
    _load(wh, ("a.md", A), ("b.md", B))
    resolve_warehouse(wh, quiet=True)
    rid_a, rid_b = (r for r, in wh.con.execute("SELECT record_id FROM fines JOIN documents USING (doc_id) "
                                                "ORDER BY source_path").fetchall())
    add_correction(wh.con, action="set", record_id=rid_a, field="amount_usd", value="601000000", note="checked")
    add_correction(wh.con, action="split_event", record_id=rid_b)
    resolve_warehouse(wh, quiet=True)
    assert wh.con.execute("SELECT count(*) FROM fine_events").fetchone()[0] == 2
    assert wh.con.execute("SELECT amount_usd FROM fines_reviewed WHERE record_id = ?", [rid_a]).fetchone()[0] == 601e6
    add_correction(wh.con, action="reject", record_id=rid_b, note="duplicate")
    resolve_warehouse(wh, quiet=True)
    assert wh.con.execute("SELECT count(*) FROM fine_events").fetchone()[0] == 1
    # the article's text changes: its record is gone, and the corrections on it are reported, not dropped
    _load(wh, ("b.md", B.replace("530 million euros", "a record sum")))
    s = resolve_warehouse(wh, quiet=True)
    assert len(s.orphaned) == 2 and all(rid_b in line for line in s.orphaned)
    assert wh.con.execute("SELECT count(*) FROM corrections").fetchone()[0] == 3


def test_export_writes_views(wh, tmp_path):
    _load(wh, ("a.md", A))
    resolve_warehouse(wh, quiet=True)
    names = {p.stem for p in wh.export(tmp_path / "out")}
    assert {"companies", "corrections", "fine_events", "fines_usd_by_payer_year", "latest_valuations",
            "stakes_by_holder", "funding_by_company", "records_per_month", "fines_reviewed"} <= names
    con = duckdb.connect()
    assert con.execute(f"SELECT n_sources FROM '{tmp_path / 'out' / 'fine_events.parquet'}'").fetchall() == [(1,)]


def test_correction_follows_its_record_to_a_new_id(wh):
    _load(wh, ("a.md", A))
    resolve_warehouse(wh, quiet=True)
    (rid,) = wh.con.execute("SELECT record_id FROM fines").fetchone()
    add_correction(wh.con, action="set", record_id=rid, field="authority", value="Data Protection Commission")
    # better rules give the same fact a new id (its payer is named more fully); its place is the same
    wh.con.execute("UPDATE fines SET record_id = 'new-id', payer = 'TikTok Ltd'")
    resolve_warehouse(wh, quiet=True)
    assert wh.con.execute("SELECT record_id FROM corrections").fetchall() == [("new-id",)]
    assert wh.con.execute("SELECT authority FROM fines_reviewed").fetchall() == [("Data Protection Commission",)]


def test_correct_commands(tmp_path, capsys):
    from flows.cli import main

    db = tmp_path / "c.duckdb"
    with Warehouse(db) as w:
        _load(w, ("a.md", A), ("b.md", B), ("x.md", "Ant Group Co. raised $1 billion from investors.\n"),
              ("y.md", "Ant Financial raised $2 billion from investors.\n"))
        resolve_warehouse(w, quiet=True)
        rid = w.con.execute("SELECT record_id FROM fines JOIN documents USING (doc_id) WHERE source_path = 'b.md'"
                            ).fetchone()[0]
        ant, fin = (w.con.execute("SELECT company_id FROM companies WHERE name = ?", [n]).fetchone()[0]
                    for n in ("Ant Group Co.", "Ant Financial"))
    assert main(["correct", "split-event", rid, "--db", str(db)]) == 0
    assert main(["correct", "merge-companies", ant, fin, "--note", "renamed in 2020", "--db", str(db)]) == 0
    assert main(["correct", "set", rid, "colour", "red", "--db", str(db)]) == 2      # no such field
    assert main(["correct", "reject", "no-such-record", "--db", str(db)]) == 2
    assert main(["correct", "list", "--db", str(db)]) == 0
    listed = capsys.readouterr().out
    assert "split_event" in listed and "merge_companies" in listed and "applies" in listed
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM fine_events").fetchone()[0] == 2
    assert con.execute("SELECT count(DISTINCT company_id) FROM investments").fetchone()[0] == 1
    assert con.execute("SELECT company_id FROM companies WHERE list_contains(aliases, 'Ant Financial')").fetchall() \
        == [(ant,)]
    con.close()


def test_a_run_that_changed_nothing_skips_the_resolve_step(wh):
    _load(wh, ("a.md", A))
    assert resolve_warehouse(wh, quiet=True, if_changed=True) is not None  # never resolved: it runs
    assert resolve_warehouse(wh, quiet=True, if_changed=True) is None      # nothing changed: skipped
    _load(wh, ("b.md", B))
    assert resolve_warehouse(wh, quiet=True, if_changed=True) is not None  # a new article: it runs
    (record,), = wh.con.execute("SELECT record_id FROM fines LIMIT 1").fetchall()
    add_correction(wh.con, action="reject", record_id=record, note="test")
    assert resolve_warehouse(wh, quiet=True, if_changed=True) is not None  # a correction: it runs
    wh.con.execute("DELETE FROM companies")
    assert resolve_warehouse(wh, quiet=True, if_changed=True) is not None  # resolved ids lost: it runs again
    assert wh.con.execute("SELECT count(*) FROM companies").fetchone()[0] > 0
