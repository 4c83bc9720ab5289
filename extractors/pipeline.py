"""One article's whole way through the pure core: bytes → Document → sentences → mentions → merged records."""
from __future__ import annotations

from extractors.clean.document import build_document, sha256
from extractors.exceptions import LoadFailure
from extractors.records import extract_records
from schemas import Extraction, LoadError, make_error_id


def extract(raw: bytes, source_path: str) -> Extraction:
    """Never raises for bad input: a file that cannot become a document comes back with its error."""
    digest = sha256(raw)
    try:
        doc = build_document(raw, source_path, digest)
        records = extract_records(doc)
    except LoadFailure as exc:
        return failed(source_path, digest, exc.stage, exc.reason)
    except RecursionError:
        return failed(source_path, digest, "clean", "the input is nested too deeply to process")
    except Exception as exc:  # a bug of ours must not cost the user the rest of the run
        return failed(source_path, digest, "extract", f"internal error while extracting ({type(exc).__name__}: "
                                                      f"{exc}); please report it with this file")
    return Extraction(source_path=source_path, sha256=digest, document=doc, records=records)


def failed(source_path: str, digest: str | None, stage: str, reason: str) -> Extraction:
    err = LoadError(error_id=make_error_id(source_path, digest, stage), source_path=source_path, sha256=digest,
                    stage=stage, error=reason)
    return Extraction(source_path=source_path, sha256=digest or "", error=err)
