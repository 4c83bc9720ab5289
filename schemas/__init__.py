"""The single source of truth for field names and types: documents, records, load errors.

The warehouse derives its tables from these models (`warehouse/ddl.py`), so a field is declared here
and nowhere else. Models are plain data (picklable) so extraction results can cross process boundaries.
"""
from schemas.models import (
    RECORD_MODELS,
    TABLE_MODELS,
    DateMention,
    Document,
    DocumentSource,
    Extraction,
    Fine,
    Investment,
    LoadError,
    Offering,
    Record,
    Stake,
    Valuation,
    make_error_id,
    make_record_id,
)

__all__ = [
    "RECORD_MODELS", "TABLE_MODELS", "DateMention", "Document", "DocumentSource", "Extraction", "Fine", "Investment",
    "LoadError", "Offering", "Record", "Stake", "Valuation", "make_error_id", "make_record_id",
]
