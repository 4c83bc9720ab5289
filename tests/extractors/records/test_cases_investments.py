"""extract_records against cases_investments.py: exactly the expected records (None: no investment, valuation or
offering at all, other kinds left to their own tables)."""
from __future__ import annotations

import pytest

from tests.extractors.records.cases_investments import COMPANIES, NOT_A_DEAL
from tests.extractors.records.test_records import _matches, _records

MONEY_KINDS = {"investments", "valuations", "offerings"}


@pytest.mark.parametrize("passage, published, expected",
                         [pytest.param(p, d, e, id=f"{g}: {p[:70]}")
                          for g, rows in (("not-a-deal", NOT_A_DEAL), ("companies", COMPANIES)) for p, d, e in rows])
def test_cases(passage, published, expected) -> None:
    got = _records(passage, published)
    if expected is None:
        assert not [r for r in got if r["kind"] in MONEY_KINDS], got
        return
    unmatched = list(got)
    for want in expected:
        hit = next((r for r in unmatched if _matches(r, want)), None)
        assert hit is not None, f"missing {want}\ngot {got}"
        unmatched.remove(hit)
    assert not unmatched, f"unexpected records {unmatched}"
