"""Read-only questions the review page, the run artifacts and the evaluator ask: SQL in, plain data out.

Every function takes an open `Warehouse` and returns lists and dicts of plain Python values (floats, not
Decimals; dates as ISO strings), so the code that renders or scores them never sees SQL or DuckDB.
"""
from __future__ import annotations


from schemas import RECORD_MODELS
from warehouse.values import plain
from warehouse.store import Warehouse

# the five fact tables; date mentions are mentions, listed apart
FACT_TABLES = tuple(m.__table__ for m in RECORD_MODELS if m.__table__ != "date_mentions")
RECORD_TABLES = tuple(m.__table__ for m in RECORD_MODELS)


def _dicts(wh: Warehouse, sql: str, params: tuple = ()) -> list[dict]:
    cols, rows = wh.query(sql, params)
    return [{c: plain(v) for c, v in zip(cols, r)} for r in rows]


def headline(wh: Warehouse) -> dict:
    """Documents, rows per record table, rejected files, and when the last document was loaded."""
    (docs, last), = wh.query("SELECT count(*), max(ingested_at) FROM documents")[1]
    rejected = wh.query("SELECT count(*) FROM load_errors")[1][0][0]
    records = {t: wh.query(f"SELECT count(*) FROM {t}")[1][0][0] for t in RECORD_TABLES}
    return {"documents": docs, "records": records, "rejected": rejected, "last_run": plain(last)}


# The charts and the largest-fines table read the event views: a fine five articles tell is summed once.
def fines_usd(wh: Warehouse) -> list[dict]:
    """Every fine (event) with a USD figure: payer, amount_usd, event_date and when it was first reported."""
    return _dicts(wh, """
        SELECT payer, amount_usd, event_date, first_reported AS published_date, n_sources
        FROM fine_events WHERE amount_usd IS NOT NULL ORDER BY payer, event_id""")


def largest_fines(wh: Warehouse, n: int = 10) -> list[dict]:
    """The n largest fines (events) in USD, with who imposed them and the first document that told each."""
    return _dicts(wh, """
        SELECT f.payer, f.authority, f.amount, f.currency, f.amount_usd, f.status, f.event_date, f.n_sources,
               d.title, d.source_path
        FROM fine_events f LEFT JOIN documents d ON d.doc_id = f.doc_ids[1]
        WHERE f.amount_usd IS NOT NULL ORDER BY f.amount_usd DESC, f.payer, f.event_id LIMIT ?""", (n,))


def valuations_usd(wh: Warehouse) -> list[dict]:
    """Every valuation (event) with a USD figure: company, amount_usd, as_of and when it was first reported."""
    return _dicts(wh, """
        SELECT company, amount_usd, as_of, first_reported AS published_date
        FROM valuation_events WHERE amount_usd IS NOT NULL AND company IS NOT NULL ORDER BY company, event_id""")


def investments_dated(wh: Warehouse) -> list[dict]:
    """Every investment (event): investor, company, amount_usd, event_date and when it was first reported."""
    return _dicts(wh, """
        SELECT investor, company, amount_usd, event_date, first_reported AS published_date
        FROM investment_events ORDER BY company, event_id""")


def records(wh: Warehouse, tables: tuple[str, ...] = FACT_TABLES) -> list[dict]:
    """Every row of the given record tables (all columns, plus `table`), in document order."""
    out: list[dict] = []
    for t in tables:
        for r in _dicts(wh, f"SELECT * FROM {t} ORDER BY doc_id, char_start, record_id"):
            r["table"] = t
            out.append(r)
    return out


def documents(wh: Warehouse, doc_ids: list[str] | None = None) -> dict[str, dict]:
    """Documents by doc_id (title, link, path, publication date, cleaned text); all of them when no ids are given."""
    sql = "SELECT doc_id, source_path, title, author, source_url, published_date, text FROM documents"
    if doc_ids is None:
        rows = _dicts(wh, sql)
    else:
        rows = _dicts(wh, sql + " WHERE list_contains(?::VARCHAR[], doc_id)", (doc_ids,))
    return {r["doc_id"]: r for r in rows}


def rejected_files(wh: Warehouse) -> list[dict]:
    """Files that did not become documents: path, stage and the reason, newest first."""
    return _dicts(wh, "SELECT source_path, stage, error, seen_at FROM load_errors ORDER BY seen_at DESC, source_path")


# what the evaluator compares per record type, as the table contract names it
SCORED_COLUMNS = {
    "fines": ("payer", "authority", "amount", "currency"),
    "valuations": ("company", "amount", "currency"),
    "offerings": ("company", "amount", "currency"),
    "investments": ("investor", "company", "amount", "currency"),
    "stakes": ("holder", "company", "percent"),
}


def scoring_rows(wh: Warehouse) -> tuple[list[dict], dict[str, list[dict]]]:
    """Documents (with their metadata as text) and the predicted rows per record type, plus "dates"."""
    docs = _dicts(wh, "SELECT doc_id, source_path, title, author, CAST(published_date AS VARCHAR) AS published, "
                      "source_url FROM documents")
    preds = {kind: _dicts(wh, f"SELECT doc_id, {', '.join(cols)} FROM {kind}") for kind, cols in SCORED_COLUMNS.items()}
    preds["dates"] = _dicts(wh, "SELECT doc_id, text, value FROM date_mentions")
    return docs, preds
