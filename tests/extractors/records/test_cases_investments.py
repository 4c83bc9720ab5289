"""extract_records against cases_investments.py: exactly the expected investments, valuations and offerings (fines
and stakes are left to their own tables)."""
from __future__ import annotations

import pytest

from tests.extractors.records.cases_investments import COMPANIES, NOT_A_DEAL, STAKE_VALUES
from tests.extractors.records.test_records import _matches, _records

MONEY_KINDS = {"investments", "valuations", "offerings"}


@pytest.mark.parametrize("passage, published, expected",
                         [pytest.param(p, d, e, id=f"{g}: {p[:70]}")
                          for g, rows in (("not-a-deal", NOT_A_DEAL), ("companies", COMPANIES),
                                                 ("stake-values", STAKE_VALUES)) for p, d, e in rows])
def test_cases(passage, published, expected) -> None:
    got = [r for r in _records(passage, published) if r["kind"] in MONEY_KINDS]  # the other kinds have their tables
    expected = expected or []
    unmatched = list(got)
    for want in expected:
        hit = next((r for r in unmatched if _matches(r, want)), None)
        assert hit is not None, f"missing {want}\ngot {got}"
        unmatched.remove(hit)
    assert not unmatched, f"unexpected records {unmatched}"
