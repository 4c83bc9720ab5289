"""extract_records against cases_investments.py: exactly the expected investments, valuations and offerings (fines
and stakes are left to their own tables)."""
from __future__ import annotations

import pytest

from extractors.records import extract_records
from schemas import DateMention, Document
from tests.extractors.records.cases_investments import (AUTHOR_PUBLISHER_BLIND4, COMPANIES, COMPANIES_BLIND4, FIRST_PERSON,
                                                       LISTED_RAISES_BLIND4, LISTING_VALUES_BLIND4, NOT_A_DEAL,
                                                       NOT_A_RECORD_BLIND4,
                                                       OTHER_VOICES, STAKE_VALUES, UNSEEN_BBC, UNSEEN_STYLES)
from tests.extractors.records.test_records import _records, assert_records

MONEY_KINDS = {"investments", "valuations", "offerings"}


@pytest.mark.parametrize("passage, published, expected",
                         [pytest.param(p, d, e, id=f"{g}: {p[:70]}")
                          for g, rows in (("not-a-deal", NOT_A_DEAL), ("companies", COMPANIES),
                                          ("stake-values", STAKE_VALUES), ("other-voices", OTHER_VOICES),
                                          ("unseen-styles", UNSEEN_STYLES), ("unseen-bbc", UNSEEN_BBC),
                                          ("not-a-record-blind4", NOT_A_RECORD_BLIND4),
                                          ("companies-blind4", COMPANIES_BLIND4),
                                          ("listed-raises-blind4", LISTED_RAISES_BLIND4),
                                          ("listing-values-blind4", LISTING_VALUES_BLIND4)) for p, d, e in rows])
def test_cases(passage, published, expected) -> None:
    got = [r for r in _records(passage, published) if r["kind"] in MONEY_KINDS]  # the other kinds have their tables
    assert_records(got, expected or [])


@pytest.mark.parametrize("passage, title, url, expected", [pytest.param(*row, id=f"first-person: {row[0][:60]}")
                                                           for row in FIRST_PERSON])
def test_first_person(passage, title, url, expected) -> None:
    doc = Document(doc_id="t", source_path="t", text=passage, title=title, source_url=url)
    got = [{"kind": r.__class__.__name__.lower() + "s", **r.model_dump()} for r in extract_records(doc)
           if not isinstance(r, DateMention)]
    assert_records([r for r in got if r["kind"] in MONEY_KINDS], expected)


@pytest.mark.parametrize("passage, title, url, author, expected",
                         [pytest.param(*row, id=f"author-publisher: {row[0][:60]}") for row in AUTHOR_PUBLISHER_BLIND4])
def test_author_publisher(passage, title, url, author, expected) -> None:
    doc = Document(doc_id="t", source_path="t", text=passage, title=title, source_url=url, author=author)
    got = [{"kind": r.__class__.__name__.lower() + "s", **r.model_dump()} for r in extract_records(doc)
           if not isinstance(r, DateMention)]
    assert_records([r for r in got if r["kind"] in MONEY_KINDS], expected)
