"""extract_records against cases_share_issues.py: a quoted company's share issue is an offering."""
from __future__ import annotations

import pytest

from tests.extractors.records.cases_share_issues import SHARE_ISSUES
from tests.extractors.records.test_records import _records, assert_records


@pytest.mark.parametrize("passage, published, expected", [pytest.param(p, d, e, id=p[:70]) for p, d, e in SHARE_ISSUES])
def test_share_issues(passage, published, expected) -> None:
    got = [r for r in _records(passage, published) if r["kind"] in ("investments", "offerings", "valuations")]
    assert_records(got, expected)
