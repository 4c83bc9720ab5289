"""Whole pages through the real flow into a real DuckDB file: every page a document, records only from articles."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from tests.conftest import FIXTURES

PAGES = FIXTURES / "pages"
RECORD_TABLES = ("fines", "valuations", "stakes", "offerings", "investments", "date_mentions")


@pytest.fixture(scope="module")
def loaded(prefect_server, tmp_path_factory):
    from flows.run import run_flow

    src = tmp_path_factory.mktemp("pages")
    for page in PAGES.glob("*.html"):
        shutil.copy(page, src / page.name)
    db = tmp_path_factory.mktemp("wh") / "w.duckdb"
    return db, run_flow(inputs=[str(src)], db=str(db))


@pytest.mark.e2e
def test_every_page_is_a_document_and_records_point_into_its_text(loaded):
    db, summary = loaded
    assert summary.loaded == len(list(PAGES.glob("*.html"))) and not summary.rejected
    con = duckdb.connect(str(db), read_only=True)
    try:
        texts = dict(con.execute("SELECT doc_id, text FROM documents").fetchall())
        fines = con.execute("SELECT amount, currency FROM fines ORDER BY amount").fetchall()
        spans = [row for t in RECORD_TABLES
                 for row in con.execute(f"SELECT doc_id, char_start, char_end, evidence FROM {t}").fetchall()]
    finally:
        con.close()
    assert spans
    for doc_id, start, end, evidence in spans:
        assert 0 <= start < end <= len(texts[doc_id])
        assert texts[doc_id][start:end] in evidence
    amounts = {(a, c) for a, c in fines}
    assert (12_000_000, "EUR") in amounts           # the article's fine
    assert not {a for a, _ in amounts} & {500_000_000, 2_000_000_000}   # the comment's and the rail's
