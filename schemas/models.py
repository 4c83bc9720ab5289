"""Pydantic models for every warehouse row: the document, the five record types, date mentions, load errors,
and what the resolve step keeps (companies, record → event assignments, analysts' corrections)."""
from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

Qualifier = Literal["exact", "approx", "at_least", "at_most"]
FineStatus = Literal["imposed", "proposed", "settled"]


class Row(BaseModel):
    """A warehouse row; `__table__` names its table, `__key__` its primary key column."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    __table__: ClassVar[str]
    __key__: ClassVar[str]


class Document(Row):
    __table__ = "documents"
    __key__ = "doc_id"

    doc_id: str = Field(description="sha256 of the raw bytes")
    source_path: str
    title: str | None = None
    author: str | None = None
    published_date: date | None = None
    source_url: str | None = None
    tags: list[str] = Field(default_factory=list)
    text: str = Field(description="the cleaned text every record offset points into")
    ingested_at: datetime | None = None


class DocumentSource(Row):
    """Every path a document's bytes were found at; size and mtime let a re-run skip a file without reading it."""

    __table__ = "document_sources"
    __key__ = "source_path"

    source_path: str
    doc_id: str = Field(description="the document these bytes are (sha256 of the raw bytes)")
    first_seen: datetime | None = None
    size: int | None = Field(default=None, description="bytes, when last seen")
    mtime_ns: int | None = Field(default=None, description="modification time in ns since the epoch, when last seen")


class LoadError(Row):
    __table__ = "load_errors"
    __key__ = "error_id"

    error_id: str
    source_path: str
    sha256: str | None = None
    stage: str = Field(description="discover | read | decode | frontmatter | clean | extract | load")
    error: str = Field(description="what went wrong and what to do about it, for a person")
    seen_at: datetime | None = None


class Record(Row):
    """Provenance every record carries: where in which document it rests."""

    __key__ = "record_id"
    # fields that identify the fact within its document; they feed record_id
    __identity__: ClassVar[tuple[str, ...]]

    record_id: str
    doc_id: str
    evidence: str = Field(description="the sentence the record came from")
    char_start: int
    char_end: int
    rule: str | None = Field(default=None, description="the rule that produced the row: 'kind:cue/role-pattern'")


class MoneyFields(BaseModel):
    amount: float | None = None
    currency: str | None = Field(default=None, description="ISO 4217")
    amount_usd: float | None = None
    usd_basis: str | None = Field(default=None, description="'stated' or the conversion rate used")
    qualifier: Qualifier = "exact"


class Fine(Record, MoneyFields):
    __table__ = "fines"
    __identity__ = ("payer", "currency", "amount")

    payer: str | None = None
    payer_id: str | None = Field(default=None, description="companies.company_id of payer")
    authority: str | None = None
    authority_id: str | None = None
    status: FineStatus = "imposed"
    event_date: str | None = None
    event_id: str | None = Field(default=None, description="shared by rows of different documents stating one fact")


class Valuation(Record, MoneyFields):
    __table__ = "valuations"
    __identity__ = ("company", "currency", "amount")

    company: str | None = None
    company_id: str | None = None
    as_of: str | None = None
    event_id: str | None = Field(default=None, description="shared by rows of different documents stating one fact")


class Stake(Record):
    __table__ = "stakes"
    __identity__ = ("holder", "company", "percent")

    holder: str | None = None
    holder_id: str | None = None
    company: str | None = None
    company_id: str | None = None
    percent: float | None = None
    qualifier: Qualifier = "exact"
    as_of: str | None = None
    event_id: str | None = Field(default=None, description="shared by rows of different documents stating one fact")


class Offering(Record, MoneyFields):
    __table__ = "offerings"
    __identity__ = ("company", "currency", "amount")

    company: str | None = None
    company_id: str | None = None
    event_date: str | None = None
    event_id: str | None = Field(default=None, description="shared by rows of different documents stating one fact")


class Investment(Record, MoneyFields):
    __table__ = "investments"
    __identity__ = ("investor", "company", "currency", "amount")

    investor: str | None = None
    investor_id: str | None = None
    company: str | None = None
    company_id: str | None = None
    event_date: str | None = None
    event_id: str | None = Field(default=None, description="shared by rows of different documents stating one fact")


class DateMention(Record):
    __table__ = "date_mentions"
    # the same date said twice is two mentions: the span tells them apart
    __identity__ = ("char_start", "value")

    text: str
    value: str = Field(description="TIMEX-style: 2020, 2020-11, 2021-07-04, XXXX-03")
    granularity: str


class Company(Row):
    """One organisation (or person) however the articles spell it; rebuilt by every resolve step."""

    __table__ = "companies"
    __key__ = "company_id"

    company_id: str = Field(description="stable: kept from the previous resolve, else derived from the name's key")
    name: str = Field(description="the most fully stated form")
    aliases: list[str] = Field(default_factory=list)
    ticker: str | None = None
    parent_id: str | None = None
    n_mentions: int = 0


class RecordEvent(Row):
    """Which event a record belongs to, kept apart from the record tables so ids survive re-extraction."""

    __table__ = "record_events"
    __key__ = "record_id"

    record_id: str
    record_table: str
    event_id: str


class NameFact(Row):
    """What an article's text says about names (resolve/textfacts), kept so each article is read once."""

    __table__ = "name_facts"
    __key__ = "fact_id"

    fact_id: str
    doc_id: str
    kind: str = Field(description="aliases | tickers | renames | parents | products | scanned (the article was read)")
    a: str | None = None
    b: str | None = None


class ResolveState(Row):
    """What the warehouse held when it was last resolved, so a run that changed nothing skips the step."""

    __table__ = "resolve_state"
    __key__ = "state_id"

    state_id: str
    fingerprint: str
    resolved_at: datetime | None = None


CorrectionAction = Literal["reject", "set", "merge_companies", "split_event"]


class Correction(Row):
    """An analyst's fix; the resolve step and the views apply it on every run."""

    __table__ = "corrections"
    __key__ = "correction_id"

    correction_id: str
    action: CorrectionAction
    record_id: str | None = Field(default=None, description="the record a reject / set / split-event is about")
    field: str | None = None
    value: str | None = Field(default=None, description="set: the new value; merge-companies: the id merged away")
    company_id: str | None = Field(default=None, description="merge-companies: the id that stays")
    note: str | None = None
    created_at: datetime | None = None
    # where the record was when the correction was made: a record whose id changed after re-extraction is
    # found again by its place in the same document
    record_table: str | None = None
    doc_id: str | None = None
    char_start: int | None = None
    char_end: int | None = None


RECORD_MODELS: tuple[type[Record], ...] = (Fine, Valuation, Stake, Offering, Investment, DateMention)
EVENT_MODELS: tuple[type[Record], ...] = (Fine, Valuation, Stake, Offering, Investment)
RESOLVE_MODELS: tuple[type[Row], ...] = (Company, RecordEvent, Correction, NameFact, ResolveState)
TABLE_MODELS: tuple[type[Row], ...] = (Document, *RECORD_MODELS, LoadError, DocumentSource, *RESOLVE_MODELS)


def make_record_id(doc_id: str, model: type[Record], fields: dict) -> str:
    """Stable id: the same fact in the same document gets the same id on every run."""
    parts = [doc_id, model.__table__]
    for name in model.__identity__:
        v = fields.get(name)
        if isinstance(v, float):
            v = f"{v:.6g}"
        elif isinstance(v, str):
            v = " ".join(v.lower().split())
        parts.append("" if v is None else str(v))
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def make_error_id(source_path: str, sha256: str | None, stage: str) -> str:
    return hashlib.sha256(f"{source_path}\x1f{sha256}\x1f{stage}".encode()).hexdigest()[:32]


class Extraction(BaseModel):
    """What the pure pipeline makes of one file: a document and its records, or an error."""

    model_config = ConfigDict(arbitrary_types_allowed=False)

    source_path: str
    sha256: str
    document: Document | None = None
    records: list[Fine | Valuation | Stake | Offering | Investment | DateMention] = Field(default_factory=list)
    error: LoadError | None = None
