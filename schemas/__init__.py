"""The single source of truth for field names and types: documents, records, load errors, companies, corrections.

The warehouse derives its tables from these models (`warehouse/ddl.py`), so a field is declared here
and nowhere else. Models are plain data (picklable) so extraction results can cross process boundaries.
"""
from schemas.models import (
    EVENT_MODELS,
    RECORD_MODELS,
    RESOLVE_MODELS,
    TABLE_MODELS,
    Company,
    Correction,
    RecordEvent,
    DateMention,
    Document,
    DocumentSource,
    Extraction,
    Fine,
    Investment,
    LoadError,
    NameFact,
    Offering,
    Record,
    Stake,
    Valuation,
    make_error_id,
    make_record_id,
)

__all__ = [
    "EVENT_MODELS", "RESOLVE_MODELS", "Company", "Correction", "RecordEvent", "NameFact",
    "RECORD_MODELS", "TABLE_MODELS", "DateMention", "Document", "DocumentSource", "Extraction", "Fine", "Investment",
    "LoadError", "Offering", "Record", "Stake", "Valuation", "make_error_id", "make_record_id",
]
