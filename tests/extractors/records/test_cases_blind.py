"""extract_records against cases_blind.py: exactly the expected records (dates aside), with the title as metadata."""
from __future__ import annotations

import pytest

from extractors.records import extract_records
from schemas import DateMention, Document
from tests.extractors.records.cases_blind import ROWS
from tests.extractors.records.test_records import KINDS, assert_records


@pytest.mark.parametrize("passage, title, expected", [pytest.param(*r, id=r[0][:70]) for r in ROWS])
def test_blind_cases(passage: str, title: str | None, expected: list[dict]) -> None:
    doc = Document(doc_id="t", source_path="t", text=passage, title=title)
    got = [{"kind": KINDS[type(r).__name__], **r.model_dump()} for r in extract_records(doc)
           if not isinstance(r, DateMention)]
    assert_records(got, expected)
