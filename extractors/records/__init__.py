"""Typed records from a document: each sentence's mentions through the cue tables, then merged and identified.

`extract_records(document)` is the whole of it: pure, deterministic, no I/O.
"""
from __future__ import annotations

import re

from extractors.mentions.fx import to_usd
from extractors.records.merge import drop_float_sizes, merge
from extractors.records.context import DocContext, SentenceMentions
from extractors.records.drafts import Draft
from extractors.records.money_records import money_drafts
from extractors.records.stakes import stake_drafts
from schemas import DateMention, Document, Fine, Investment, Offering, Record, Stake, Valuation, make_record_id

MODELS: dict[str, type[Record]] = {"fines": Fine, "valuations": Valuation, "stakes": Stake, "offerings": Offering,
                                   "investments": Investment}
DATE_FIELD = {"fines": "event_date", "offerings": "event_date", "investments": "event_date",
              "valuations": "as_of", "stakes": "as_of"}
_HAS_YEAR = re.compile(r"^\d{4}")
_RANGE = re.compile(r"\d[^\d]{0,12}?(?:\s(?:and|to)\s|[-–])[^\d]{0,4}\d")


def extract_records(doc: Document) -> list[Record]:
    ctx = DocContext(doc)
    drafts: list[Draft] = []
    for sm in ctx.items:
        drafts += money_drafts(ctx, sm)
        drafts += stake_drafts(ctx, sm)
    for d in drafts:
        _complete(ctx, d)
    # a stake is a holder's share of a company: told without either party it states nothing a reader can use
    records: list[Record] = [_record(ctx, d) for d in drop_float_sizes(merge(drafts))
                             if d.kind != "stakes" or (d.fields.get("holder") and d.fields.get("company"))]
    # each mention already sits in its sentence: no search of all sentences per mention
    records += [_date_record(ctx, sm.sentence.text, m) for sm in ctx.items for m in sm.dates]
    return records


def _complete(ctx: DocContext, d: Draft) -> None:
    """Money fields, USD equivalent and the date the sentence gives for the fact."""
    sm: SentenceMentions = ctx.items[d.sentence_index]
    # the date told nearest the figure: "fined ... $2.72 billion in 2017, but Google appealed in September 2024"
    dated = [m for m in sm.dates if _HAS_YEAR.match(m.value)]
    date = min(dated, key=lambda m: max(m.start - d.end, d.start - m.end, 0)).value if dated else None
    d.fields[DATE_FIELD[d.kind]] = date
    if d.money is None:
        return
    main = d.money.main
    d.fields.update(amount=main.amount, currency=main.currency, qualifier=main.qualifier)
    if main.qualifier == "exact" and _RANGE.search(main.text) and d.kind != "stakes":
        d.fields["qualifier"] = "at_least"  # "between $8 billion and $10 billion": the low end, at least
    usd = d.money.usd()
    if usd is not None:
        d.fields.update(amount_usd=usd, usd_basis="stated")
    else:
        when = date or ctx.doc.published_date  # the fact's date, else the day the article was published
        d.fields["amount_usd"], d.fields["usd_basis"] = to_usd(main.amount, main.currency, when=when)


def _record(ctx: DocContext, d: Draft) -> Record:
    model = MODELS[d.kind]
    sm = ctx.items[d.sentence_index]
    fields = {k: v for k, v in d.fields.items() if k in model.model_fields}
    return model(record_id=make_record_id(ctx.doc.doc_id, model, fields), doc_id=ctx.doc.doc_id,
                 evidence=sm.sentence.text, char_start=d.start, char_end=d.end,
                 rule=d.rule or d.kind, **fields)


def _date_record(ctx: DocContext, sentence: str, m) -> DateMention:  # type: ignore[no-untyped-def]
    fields = {"char_start": m.start, "value": m.value}
    return DateMention(record_id=make_record_id(ctx.doc.doc_id, DateMention, fields), doc_id=ctx.doc.doc_id,
                       evidence=sentence, char_start=m.start, char_end=m.end, text=m.text, value=m.value,
                       granularity=m.granularity, rule="dates:timex")
