"""extract_records on the fine cases of cases_fines.py: exactly the expected records, with the expected fields."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extractors.records.cases_fines import FINES_DEV2
from tests.extractors.records.test_records import _matches, _records


@pytest.mark.parametrize("passage, published, expected", [pytest.param(*r, id=r[0][:70]) for r in FINES_DEV2])
def test_fines(passage: str, published: date | None, expected: list[dict]) -> None:
    got = _records(passage, published)
    unmatched = list(got)
    for want in expected:
        hit = next((r for r in unmatched if _matches(r, want)), None)
        assert hit is not None, f"missing {want}\ngot {got}"
        unmatched.remove(hit)
    assert not unmatched, f"unexpected records {unmatched}"
