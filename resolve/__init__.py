"""The whole warehouse's records in, ids out: companies (ids, aliases, tickers, parents), each name's company id,
each record's event id, and where analysts' corrections stand. Pure: `warehouse/resolve_store.py` reads the
inputs and writes the outputs; the flow calls both after each load."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from resolve.companies import CompanyResolution, CompanyRow, Mention, resolve_companies
from resolve.corrections import Located, RecordPlace, locate, overrides
from resolve.events import EventRow, resolve_events
from resolve.names import name_key
from schemas import Correction
from resolve.textfacts import DocFacts, doc_facts

# each record table's name columns and the id column beside each
NAME_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "fines": (("payer", "payer_id"), ("authority", "authority_id")),
    "valuations": (("company", "company_id"),),
    "stakes": (("holder", "holder_id"), ("company", "company_id")),
    "offerings": (("company", "company_id"),),
    "investments": (("investor", "investor_id"), ("company", "company_id")),
}
# each record table's id columns as ResolveOutput.ids gives their values, in this order
ID_COLUMNS: dict[str, tuple[str, ...]] = {t: tuple(idcol for _, idcol in cols) + ("event_id",)
                                          for t, cols in NAME_COLUMNS.items()}
DATE_COLUMN = {"fines": "event_date", "valuations": "as_of", "stakes": "as_of", "offerings": "event_date",
               "investments": "event_date"}


@dataclass
class ResolveInput:
    # table → rows (the columns resolve reads); iterated more than once, so a store may read them afresh each
    # time instead of holding the whole warehouse's records (warehouse.resolve_store.RecordRows)
    records: Mapping[str, Iterable[dict]]
    published: dict[str, date | None]                    # doc_id → published_date
    texts: Mapping[str, str]                             # doc_id → text, for documents without cached facts
    facts: dict[str, DocFacts] = field(default_factory=dict)   # cached facts per doc_id
    corrections: list[Correction] = field(default_factory=list)
    previous_companies: list[tuple[str, list[str]]] = field(default_factory=list)  # (company_id, aliases)
    previous_events: dict[str, str] = field(default_factory=dict)                 # record_id → event_id


@dataclass
class ResolveOutput:
    # table → record_id → the values of its ID_COLUMNS: a tuple, not a dict, per record of the warehouse
    ids: dict[str, dict[str, tuple[str | None, ...]]]
    companies: list[CompanyRow]
    corrections: list[Located]
    new_facts: dict[str, DocFacts]
    names_before: int = 0                                # distinct names as written


def resolve_all(inp: ResolveInput) -> ResolveOutput:
    # the place of every record matters only to corrections: without any, no list of places is built
    places = (RecordPlace(r["record_id"], t, r["doc_id"], r["char_start"], r["char_end"])
              for t, rows in inp.records.items() for r in rows) if inp.corrections else ()
    prev_ids = {cid for cid, _ in inp.previous_companies}
    located = locate(inp.corrections, places, prev_ids)
    sets, rejected, split, merges = overrides(located)
    records = {t: _Corrected(rows, sets, rejected) for t, rows in inp.records.items()} if sets or rejected \
        else inp.records

    facts = dict(inp.facts)
    new_facts = {d: _shared_if_empty(doc_facts(inp.texts[d])) for d in inp.texts if d not in facts}
    facts.update(new_facts)

    mentions = [Mention(r["doc_id"], r[col]) for t, rows in records.items() for r in rows
                for col, _ in NAME_COLUMNS[t] if r.get(col)]
    names_before = len({m.name for m in mentions})
    previous = {name_key(a): cid for cid, aliases in inp.previous_companies for a in aliases if name_key(a)}
    texts_for = _Only(inp.texts, {m.doc_id for m in mentions})  # a view: the texts may be read lazily
    cr: CompanyResolution = resolve_companies(mentions, facts, texts_for, previous, merges)
    del mentions, facts, texts_for  # the events below need only each name's id

    ids: dict[str, dict[str, tuple[str | None, ...]]] = {t: {} for t in inp.records}
    group_of = _group_roots({c.company_id: c.parent_id for c in cr.companies})
    rows: list[EventRow] = []
    for t, recs in records.items():
        for r in recs:
            out = {idcol: (cr.ids.get(Mention(r["doc_id"], r[col])) if r.get(col) else None)
                   for col, idcol in NAME_COLUMNS[t]}
            ids[t][r["record_id"]] = tuple(out.values())
            rows.append(_event_row(t, r, out, inp.published.get(r["doc_id"]), group_of))
    events = resolve_events(rows, inp.previous_events, split)
    del rows
    for t, recs in ids.items():
        for rid, names in recs.items():
            recs[rid] = (*names, events.get(rid))
    del events
    for t, recs in inp.records.items():  # a rejected record keeps no ids: the views leave it out
        if rejected:
            for r in recs:
                if r["record_id"] in rejected:
                    ids[t][r["record_id"]] = (None,) * len(ID_COLUMNS[t])
    return ResolveOutput(ids, cr.companies, located, new_facts, names_before)


# one shared instance for the many articles that state no name fact (one per article adds up at 100k articles);
# nothing appends to a DocFacts once made, `resolve_companies` builds new ones
_NO_FACTS = DocFacts()


def _shared_if_empty(f: DocFacts) -> DocFacts:
    return f if (f.aliases or f.tickers or f.renames or f.parents or f.products) else _NO_FACTS


def _group_roots(parents: Mapping[str, str | None]) -> dict[str, str]:
    """Each company's topmost parent the texts state (itself when none); a cycle stops where it closes."""
    roots: dict[str, str] = {}
    for cid in parents:
        seen, cur = {cid}, cid
        while (up := parents.get(cur)) and up not in seen:
            seen.add(up)
            cur = up
        roots[cid] = cur
    return roots


def _event_row(table: str, r: dict, ids: dict[str, str | None], published: date | None,
               group_of: Mapping[str, str] | None = None) -> EventRow:
    if table == "stakes":
        party = f"{ids['holder_id']}|{ids['company_id']}" if ids.get("holder_id") and ids.get("company_id") else None
        return EventRow(table, r["record_id"], r["doc_id"], party, percent=r.get("percent"),
                        date=r.get(DATE_COLUMN[table]), published=published)
    party = ids.get("payer_id") if table == "fines" else ids.get("company_id")
    if table == "fines" and party and group_of:
        # one fine is told against the unit or its owner ("TikTok", "TikTok owner ByteDance"): the group pays it;
        # the amount and dates still have to agree, so a parent's other fines stay apart
        party = group_of.get(party, party)
    other = ids.get("investor_id") if table == "investments" else None
    usd_stated = r.get("usd_basis") == "stated" or r.get("currency") == "USD"
    return EventRow(table, r["record_id"], r["doc_id"], party, other, r.get("amount"), r.get("currency"),
                    r.get("amount_usd") if usd_stated else None, usd_stated, None,
                    r.get(DATE_COLUMN[table]), published)


__all__ = ["ResolveInput", "ResolveOutput", "resolve_all", "NAME_COLUMNS", "ID_COLUMNS", "DATE_COLUMN"]


class _Corrected(Iterable[dict]):
    """A table's rows as the analysts' corrections leave them, made as they are iterated (not all held): a
    rejected record left out, a corrected field set on a copy of its row."""

    def __init__(self, rows: Iterable[dict], sets: Mapping[str, dict], rejected: set[str]):
        self._rows, self._sets, self._rejected = rows, sets, rejected

    def __iter__(self) -> Iterator[dict]:
        for r in self._rows:
            rid = r["record_id"]
            if rid not in self._rejected:
                yield {**r, **self._sets[rid]} if rid in self._sets else r


class _Only(Mapping[str, str]):
    """`texts` seen through a set of doc ids: the others read as absent."""

    def __init__(self, texts: Mapping[str, str], keep: set[str]):
        self._texts, self._keep = texts, keep

    def __getitem__(self, doc_id: str) -> str:
        if doc_id not in self._keep:
            raise KeyError(doc_id)
        return self._texts.get(doc_id, "")

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._keep))

    def __len__(self) -> int:
        return len(self._keep)
