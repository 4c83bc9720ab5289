"""extract_records against the table of passages in cases_records.py: exactly the expected records, with the
expected fields."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.records import extract_records
from schemas import DateMention, Document
from tests.extractors.records.cases_records import (DEV, HANDMADE, HELD_OUT, HELD_OUT_BLIND, HELD_OUT_BLIND_2,
                                           BLIND_2_FIXES, HELD_OUT_BLIND_2_XFAIL, HELD_OUT_XFAIL, KNOWN_FAILURES,
                                           REAL_AUDIT, REAL_AUDIT_2, REAL_AUDIT_2_KNOWN,
                                           REAL_AUDIT_3, REAL_AUDIT_3_KNOWN, SYNTH_ARTICLES, SYNTH_ARTICLES_KNOWN, LEFTOVERS, LEFTOVERS_2, SYNTH2, SYNTH2_KNOWN,
                                           REAL_AUDIT_KNOWN, SEEDS)

KINDS = {"Fine": "fines", "Valuation": "valuations", "Stake": "stakes", "Offering": "offerings",
         "Investment": "investments"}


def _rows() -> list:
    groups = {"seeds": SEEDS, "dev": DEV, "handmade": HANDMADE, "blind-2-fixes": BLIND_2_FIXES, "real-audit": REAL_AUDIT,
              "real-audit-2": REAL_AUDIT_2, "real-audit-3": REAL_AUDIT_3, "synth-articles": SYNTH_ARTICLES,
              "leftovers": LEFTOVERS, "synth2": SYNTH2, "leftovers-2": LEFTOVERS_2}
    rows = [pytest.param(p, d, e, id=f"{g}: {p[:70]}") for g, cases in groups.items() for p, d, e in cases]
    for group, cases in (("held-out", HELD_OUT), ("held-out-blind", HELD_OUT_BLIND)):
        for p, d, e in cases:
            reason = next((r for key, r in HELD_OUT_XFAIL.items() if p.startswith(key)), None)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            rows.append(pytest.param(p, d, e, id=f"{group}: {p[:70]}", marks=marks))
    for p, d, e in HELD_OUT_BLIND_2:
        reason = next((r for key, r in HELD_OUT_BLIND_2_XFAIL.items() if p.startswith(key)), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        rows.append(pytest.param(p, d, e, id=f"held-out-blind-2: {p[:70]}", marks=marks))
    return rows + KNOWN_FAILURES + REAL_AUDIT_KNOWN + REAL_AUDIT_2_KNOWN + REAL_AUDIT_3_KNOWN + SYNTH_ARTICLES_KNOWN + SYNTH2_KNOWN


def _matches(record: dict, want: dict) -> bool:
    for key, value in want.items():
        got = record.get(key)
        if isinstance(value, float) and got is not None:
            if abs(float(got) - value) > 1e-6 * max(1.0, abs(value)):
                return False
        elif got != value:
            return False
    return True


def _records(text: str, published: date | None) -> list[dict]:
    doc = Document(doc_id="t", source_path="t", text=text, published_date=published)
    out = []
    for r in extract_records(doc):
        if isinstance(r, DateMention):
            continue
        out.append({"kind": KINDS[type(r).__name__], **r.model_dump()})
    return out


def assert_exactly(passage: str, published: date | None, expected: list[dict]) -> None:
    """The passage yields exactly the expected records (date mentions aside), each with the fields given."""
    assert_records(_records(passage, published), expected)


def assert_records(got: list[dict], expected: list[dict]) -> None:
    """Exactly the expected records among those got, each with the fields given."""
    unmatched = list(got)
    for want in expected:
        hit = next((r for r in unmatched if _matches(r, want)), None)
        assert hit is not None, f"missing {want}\ngot {got}"
        unmatched.remove(hit)
    assert not unmatched, f"unexpected records {unmatched}"


@pytest.mark.parametrize("passage, published, expected", _rows())
def test_records(passage: str, published: date | None, expected: list[dict]) -> None:
    assert_exactly(passage, published, expected)


def test_spans_point_into_text() -> None:
    text = "The Federal Trade Commission fined Acme Corp $5 million for deceptive advertising."
    doc = Document(doc_id="t", source_path="t", text=text)
    for r in extract_records(doc):
        assert 0 <= r.char_start < r.char_end <= len(text)
        assert r.evidence in text


def test_record_ids_are_stable() -> None:
    text = "Pied Piper raised $40 million in a Series B round led by Raviga Capital."
    doc = Document(doc_id="t", source_path="t", text=text)
    assert [r.record_id for r in extract_records(doc)] == [r.record_id for r in extract_records(doc)]


def test_event_date_is_the_date_told_nearest_the_figure():
    text = ("Brussels fined Google $2.72 billion in 2017, but the company appealed in September 2024 "
            "and lost.")
    fines = [r for r in extract_records(Document(doc_id="t", source_path="t", text=text)) if r.__table__ == "fines"]
    assert [(f.payer, f.event_date) for f in fines] == [("Google", "2017")]


@pytest.mark.parametrize("passage, rule", [
    ("The Federal Trade Commission fined Acme Corp $5 million for deceptive advertising.", "fines:fined/glued-object"),
    ("Shares for Alibaba—which owns a 33% stake in Ant Group—rose over 6% as of 10 a.m. on Friday.",
     "stakes:stake/subject+percent-in-of"),
])
def test_every_record_names_its_rule(passage: str, rule: str) -> None:
    records = [r for r in extract_records(Document(doc_id="t", source_path="t", text=passage))
               if not isinstance(r, DateMention)]
    assert [r.rule for r in records] == [rule]
