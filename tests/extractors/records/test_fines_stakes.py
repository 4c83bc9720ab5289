"""extract_records on the fine, stake and valuation cases of cases_fines.py, cases_stakes.py and cases_valuations.py
(issue 9's dev2 and blind3 audits)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extractors.records.cases_fines import FINES_BLIND4, FINES_DEV2, NAMES_DEV2
from tests.extractors.records.cases_stakes import STAKES_BBCX, STAKES_BLIND4, STAKES_BLIND7, STAKES_DEV2
from tests.extractors.records.cases_valuations import VALUATIONS_BLIND3
from tests.extractors.records.test_records import assert_exactly


@pytest.mark.parametrize("passage, published, expected",
                         [pytest.param(*r, id=f"{g}: {r[0][:70]}") for g, rows in (("fines", FINES_DEV2),
                                                                                   ("stakes", STAKES_DEV2),
                                                                                   ("valuations", VALUATIONS_BLIND3),
                                                                                   ("names", NAMES_DEV2),
                                                                                   ("fines-blind4", FINES_BLIND4),
                                                                                   ("stakes-blind4", STAKES_BLIND4),
                                                                                   ("stakes-blind7", STAKES_BLIND7),
                                                                                   ("stakes-bbcx", STAKES_BBCX))
                          for r in rows])
def test_fines_and_stakes(passage: str, published: date | None, expected: list[dict]) -> None:
    assert_exactly(passage, published, expected)
