"""The resolve step's SQL: read what `resolve/` needs (records, dates, texts, corrections, the last ids), write
what it returns (companies, the id columns of the record tables, record → event), and keep corrections."""
from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, timezone

import duckdb

from resolve import ID_COLUMNS, NAME_COLUMNS, ResolveInput, ResolveOutput
from resolve.textfacts import FACT_KINDS, DocFacts
from schemas import Company, Correction, NameFact, RecordEvent
from warehouse.ddl import columns

_READ = {
    "fines": "payer, authority, amount, currency, amount_usd, usd_basis, event_date",
    "valuations": "company, amount, currency, amount_usd, usd_basis, as_of",
    "stakes": "holder, company, percent, as_of",
    "offerings": "company, amount, currency, amount_usd, usd_basis, event_date",
    "investments": "investor, company, amount, currency, amount_usd, usd_basis, event_date",
}
_COMMON = "record_id, doc_id, char_start, char_end"


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def read_resolve_input(con: duckdb.DuckDBPyConnection) -> ResolveInput:
    pool: dict[str, str] = {}  # one object per repeated text (doc ids, names, currencies, dates)
    records = {t: RecordRows(con, t, pool) for t in _READ}
    # every article's facts: one that gives no record may still say who owns whom or what a ticker stands for;
    # an article read before has its facts in name_facts, and its text is needed only if it has records
    facts: dict[str, DocFacts] = {}
    no_facts = DocFacts()  # shared by every article whose only row is "scanned": nothing appends to it
    cur = con.execute("SELECT doc_id, kind, a, b FROM name_facts WHERE doc_id IN (SELECT doc_id FROM documents)")
    while rows := cur.fetchmany(10_000):
        for doc_id, kind, a, b in rows:
            doc_id = pool.setdefault(doc_id, doc_id)
            if kind == "scanned":
                facts.setdefault(doc_id, no_facts)
                continue
            f = facts.get(doc_id)
            if f is None or f is no_facts:
                f = facts[doc_id] = DocFacts()
            getattr(f, kind).append((a, b))
    with_records = " UNION ".join(f"SELECT doc_id FROM {t}" for t in _READ)
    docs = con.execute(f"SELECT doc_id, published_date, NOT (doc_id IN (SELECT doc_id FROM name_facts) AND "
                       f"doc_id NOT IN ({with_records})) FROM documents").fetchall()
    corrections = [Correction(**r) for r in
                   _dicts(con.execute("SELECT * FROM corrections ORDER BY created_at, correction_id"))]
    previous_companies = [(r[0], list(r[1] or [])) for r in
                          con.execute("SELECT company_id, aliases FROM companies").fetchall()]
    # read in chunks (no list of every row beside the dict); an event's id is one object for all its records
    previous_events: dict[str, str] = {}
    events: dict[str, str] = {}
    cur = con.execute("SELECT record_id, event_id FROM record_events")
    while rows := cur.fetchmany(10_000):
        for rid, eid in rows:
            previous_events[rid] = events.setdefault(eid, eid)
    del events
    return ResolveInput(records=records, published={pool.get(d, d): p for d, p, _ in docs},
                        texts=TextWindow(con, [d for d, _, wanted in docs if wanted]), facts=facts, corrections=corrections, previous_companies=previous_companies,
                        previous_events=previous_events)


class RecordRows(Iterable[dict]):
    """One record table's rows as dicts of the columns resolve reads, read from the warehouse afresh (on a cursor
    of their own, `chunk` rows at a time) each time they are iterated: resolve walks the records twice (names,
    then events), and holding every record of the warehouse at once was most of its memory. `pool` makes a
    text repeated across rows (doc id, name, currency, date) one object, shared with what resolve keeps."""

    def __init__(self, con: duckdb.DuckDBPyConnection, table: str, pool: dict[str, str], chunk: int = 10_000):
        self._con, self._table, self._pool, self._chunk = con, table, pool, chunk

    def __iter__(self) -> Iterator[dict]:
        cur = self._con.cursor()
        try:
            cur.execute(f"SELECT {_COMMON}, {_READ[self._table]} FROM {self._table}")
            cols = [d[0] for d in cur.description]
            pool = self._pool
            while rows := cur.fetchmany(self._chunk):
                for r in rows:
                    yield {c: pool.setdefault(v, v) if type(v) is str and c != "record_id" else v
                           for c, v in zip(cols, r)}
        finally:
            cur.close()


class TextWindow(Mapping[str, str]):
    """Document texts by doc_id, read from the warehouse `size` at a time in doc_id order instead of all at
    once: resolve walks documents in that order, so at most one window of texts (~4 KB each) is in memory
    however large the warehouse."""

    def __init__(self, con: duckdb.DuckDBPyConnection, doc_ids: list[str], size: int = 1000):
        self._con, self._size = con, size
        self._ids = sorted(doc_ids)
        self._pos = {d: i for i, d in enumerate(self._ids)}
        self._window: dict[str, str] = {}

    def __getitem__(self, doc_id: str) -> str:
        if doc_id not in self._window:
            i = self._pos[doc_id]  # KeyError: not a document whose text resolve needs
            chunk = self._ids[i:i + self._size]
            self._window = {}  # the old window goes before the new one is read
            self._window = dict(self._con.execute(
                "SELECT doc_id, text FROM documents WHERE doc_id IN (SELECT UNNEST(?::VARCHAR[]))", [chunk]).fetchall())
        return self._window[doc_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._pos


def write_resolve_output(con: duckdb.DuckDBPyConnection, out: ResolveOutput,
                         commit: Callable[[], None] | None = None, chunk: int = 50_000) -> None:
    """One transaction: the companies table and every id column change together. `commit` ends it (by default a
    plain COMMIT; `Warehouse.commit_with_room` gives the commit room), and any failure before it rolls it back.
    Rows are sent `chunk` at a time: the lists of one chunk, not of every record, are held at once."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM companies")
        _insert(con, Company, [c.__dict__ for c in out.companies])
        for table, by_record in out.ids.items():
            idcols = ID_COLUMNS[table]
            select = ", ".join(f"UNNEST(${i + 1}::VARCHAR[]) AS {c}" for i, c in enumerate(["record_id", *idcols]))
            sets = ", ".join(f"{c} = n.{c}" for c in idcols)
            for rids in _chunks(by_record, chunk):
                data = [rids] + [[by_record[r][k] for r in rids] for k in range(len(idcols))]
                con.execute(f"UPDATE {table} SET {sets} FROM (SELECT {select}) n "
                            f"WHERE {table}.record_id = n.record_id", data)
                del data
        # a correction follows its record when re-extraction gave the record a new id at the same place
        for loc in out.corrections:
            if loc.status == "reattached":
                con.execute("UPDATE corrections SET record_id = ? WHERE correction_id = ?",
                            [loc.record_id, loc.correction.correction_id])
        con.execute("DELETE FROM name_facts WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
        facts = [(d, k, a, b) for d, f in out.new_facts.items()
                 for k, a, b in [("scanned", None, None)] + [(k, a, b) for k in FACT_KINDS
                                                             for a, b in dict.fromkeys(getattr(f, k))]]
        _insert_columns(con, NameFact, {
            "fact_id": [hashlib.sha256(f"{d}\x1f{k}\x1f{a}\x1f{b}".encode()).hexdigest()[:24] for d, k, a, b in facts],
            "doc_id": [f[0] for f in facts], "kind": [f[1] for f in facts], "a": [f[2] for f in facts],
            "b": [f[3] for f in facts]})
        del facts
        con.execute("DELETE FROM record_events")
        for table, by_record in out.ids.items():
            for rids in _chunks(by_record, chunk):
                events = [(r, by_record[r][-1]) for r in rids if by_record[r][-1]]  # event_id: the last
                _insert_columns(con, RecordEvent, {"record_id": [e[0] for e in events],
                                                   "record_table": [table] * len(events),
                                                   "event_id": [e[1] for e in events]})
                del events
        (commit or (lambda: con.execute("COMMIT")))()
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _chunks(keys: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(keys)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _insert(con: duckdb.DuckDBPyConnection, model: type, rows: list[dict]) -> None:
    if rows:
        _insert_columns(con, model, {name: [r.get(name) for r in rows] for name, _ in columns(model)})


def _insert_columns(con: duckdb.DuckDBPyConnection, model: type, data_by_name: dict[str, list]) -> None:
    """Insert rows given column by column (a list per column; a column not given is NULL): no dict per row."""
    cols = columns(model)
    n_rows = max((len(v) for v in data_by_name.values()), default=0)
    if not n_rows:
        return
    data = [data_by_name.get(name) or [None] * n_rows for name, _ in cols]
    select = ", ".join(f"UNNEST(${i + 1}::{typ}[])" for i, (_, typ) in enumerate(cols))
    con.execute(f"INSERT INTO {model.__table__} ({', '.join(n for n, _ in cols)}) SELECT {select}", data)


# -- corrections ------------------------------------------------------------------------------------------
def find_record(con: duckdb.DuckDBPyConnection, record_id: str) -> tuple[str, str, int, int] | None:
    """(table, doc_id, char_start, char_end) of a record, or None."""
    for table in NAME_COLUMNS:
        row = con.execute(f"SELECT doc_id, char_start, char_end FROM {table} WHERE record_id = ?", [record_id]).fetchone()
        if row:
            return (table, *row)
    return None


def company_exists(con: duckdb.DuckDBPyConnection, company_id: str) -> bool:
    return con.execute("SELECT count(*) FROM companies WHERE company_id = ?", [company_id]).fetchone()[0] > 0


def add_correction(con: duckdb.DuckDBPyConnection, *, action: str, record_id: str | None = None,
                   field: str | None = None, value: str | None = None, company_id: str | None = None,
                   note: str | None = None) -> Correction:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    place = find_record(con, record_id) if record_id else None
    cid = hashlib.sha256(f"{action}\x1f{record_id}\x1f{field}\x1f{value}\x1f{company_id}\x1f{now.isoformat()}"
                         .encode()).hexdigest()[:16]
    c = Correction(correction_id=cid, action=action, record_id=record_id, field=field, value=value,
                   company_id=company_id, note=note, created_at=now,
                   record_table=place[0] if place else None, doc_id=place[1] if place else None,
                   char_start=place[2] if place else None, char_end=place[3] if place else None)
    _insert(con, Correction, [c.model_dump()])
    return c


def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """Every record id, correction and resolved id count, folded into one string: equal means nothing to resolve."""
    parts = [con.execute(f"SELECT count(*), coalesce(bit_xor(hash(record_id)), 0) FROM {t}").fetchone()
             for t in NAME_COLUMNS]
    parts.append(con.execute("SELECT count(*), coalesce(bit_xor(hash(correction_id)), 0) FROM corrections").fetchone())
    parts.append(con.execute("SELECT (SELECT count(*) FROM record_events), (SELECT count(*) FROM companies)").fetchone())
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def last_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute("SELECT fingerprint FROM resolve_state WHERE state_id = 'last'").fetchone()
    return row[0] if row else None


def save_fingerprint(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("INSERT OR REPLACE INTO resolve_state VALUES ('last', ?, ?)",
                [fingerprint(con), datetime.now(timezone.utc).replace(tzinfo=None)])

