"""Pydantic models for every warehouse row: the document, the five record types, date mentions, load errors."""
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
    authority: str | None = None
    status: FineStatus = "imposed"
    event_date: str | None = None


class Valuation(Record, MoneyFields):
    __table__ = "valuations"
    __identity__ = ("company", "currency", "amount")

    company: str | None = None
    as_of: str | None = None


class Stake(Record):
    __table__ = "stakes"
    __identity__ = ("holder", "company", "percent")

    holder: str | None = None
    company: str | None = None
    percent: float | None = None
    qualifier: Qualifier = "exact"
    as_of: str | None = None


class Offering(Record, MoneyFields):
    __table__ = "offerings"
    __identity__ = ("company", "currency", "amount")

    company: str | None = None
    event_date: str | None = None


class Investment(Record, MoneyFields):
    __table__ = "investments"
    __identity__ = ("investor", "company", "currency", "amount")

    investor: str | None = None
    company: str | None = None
    event_date: str | None = None


class DateMention(Record):
    __table__ = "date_mentions"
    # the same date said twice is two mentions: the span tells them apart
    __identity__ = ("char_start", "value")

    text: str
    value: str = Field(description="TIMEX-style: 2020, 2020-11, 2021-07-04, XXXX-03")
    granularity: str


RECORD_MODELS: tuple[type[Record], ...] = (Fine, Valuation, Stake, Offering, Investment, DateMention)
TABLE_MODELS: tuple[type[Row], ...] = (Document, *RECORD_MODELS, LoadError)


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
