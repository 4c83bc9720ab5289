"""Analysts' corrections against the records of this run: which still apply, which found their record again after
re-extraction gave it a new id (same document, same table, overlapping span), and which lost it (the article's
text changed or the record is gone) and must be reported rather than dropped."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from schemas import Correction

# fields `correct set` may change, per record table, with the type the value is read as
SETTABLE: dict[str, dict[str, type]] = {
    "fines": {"payer": str, "authority": str, "amount": float, "currency": str, "amount_usd": float,
              "qualifier": str, "status": str, "event_date": str},
    "valuations": {"company": str, "amount": float, "currency": str, "amount_usd": float, "qualifier": str,
                   "as_of": str},
    "stakes": {"holder": str, "company": str, "percent": float, "qualifier": str, "as_of": str},
    "offerings": {"company": str, "amount": float, "currency": str, "amount_usd": float, "qualifier": str,
                  "event_date": str},
    "investments": {"investor": str, "company": str, "amount": float, "currency": str, "amount_usd": float,
                    "qualifier": str, "event_date": str},
}


@dataclass(frozen=True, slots=True)  # one per record or name of the warehouse: no __dict__ each
class RecordPlace:
    record_id: str
    table: str
    doc_id: str
    char_start: int
    char_end: int


@dataclass
class Located:
    correction: Correction
    status: str                 # applies | reattached | orphaned
    record_id: str | None       # the record it applies to now
    reason: str = ""


def locate(corrections: Iterable[Correction], places: Iterable[RecordPlace],
           company_ids: set[str] | None = None) -> list[Located]:
    by_id = {p.record_id: p for p in places}
    by_doc: dict[tuple[str, str], list[RecordPlace]] = defaultdict(list)
    for p in by_id.values():
        by_doc[(p.doc_id, p.table)].append(p)
    out = []
    for c in corrections:
        if c.action == "merge_companies":
            missing = [i for i in (c.company_id, c.value) if company_ids is not None and i not in company_ids]
            out.append(Located(c, "orphaned" if missing else "applies", None,
                               f"no company {', '.join(missing)} in the warehouse" if missing else ""))
            continue
        if c.record_id in by_id:
            out.append(Located(c, "applies", c.record_id))
            continue
        again = [p for p in by_doc.get((c.doc_id or "", c.record_table or ""), [])
                 if c.char_start is not None and c.char_end is not None
                 and p.char_start < c.char_end and c.char_start < p.char_end]
        if len(again) == 1:
            out.append(Located(c, "reattached", again[0].record_id,
                               f"record {c.record_id} was re-extracted as {again[0].record_id}"))
        else:
            why = ("its document is gone or its text changed" if not any(k[0] == c.doc_id for k in by_doc)
                   else "no record at its place in the document any more")
            out.append(Located(c, "orphaned", None, f"record {c.record_id} not found: {why}"))
    return out


def overrides(located: Iterable[Located]) -> tuple[dict[str, dict[str, object]], set[str], set[str],
                                                     list[tuple[str, str]]]:
    """(record_id → {field: value}, rejected record ids, split record ids, (kept, merged) company id pairs);
    a later correction of the same field wins."""
    sets: dict[str, dict[str, object]] = defaultdict(dict)
    rejected: set[str] = set()
    split: set[str] = set()
    merges: list[tuple[str, str]] = []
    for loc in located:
        c = loc.correction
        if loc.status == "orphaned":
            continue
        if c.action == "reject" and loc.record_id:
            rejected.add(loc.record_id)
        elif c.action == "split_event" and loc.record_id:
            split.add(loc.record_id)
        elif c.action == "set" and loc.record_id and c.field:
            sets[loc.record_id][c.field] = parse_value(c.record_table or "", c.field, c.value)
        elif c.action == "merge_companies" and c.company_id and c.value:
            merges.append((c.company_id, c.value))
    return dict(sets), rejected, split, merges


def parse_value(table: str, field: str, value: str | None) -> object:
    if value is None or value.lower() in ("null", "none", ""):
        return None
    typ = SETTABLE.get(table, {}).get(field, str)
    return typ(value)
