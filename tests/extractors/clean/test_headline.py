"""A stub's headline opens its text; a body that tells the story keeps its own first line."""
from __future__ import annotations

import pytest

from extractors.clean.document import build_document
from extractors.clean.headline import with_headline
from extractors.records import extract_records


@pytest.mark.parametrize("text, title, opens_with_title", [
    # a feed copy: the headline and the feed's credit line only
    ("from News ≈ Packet Storm", "Turkey Fines Facebook $282,000 Over Data Breach", True),
    # a wire stub: the credit line only
    ("Dow Jones Newswires", "Halvard SPAC Partners II Announces Closing of $230M IPO", True),
    # a cut-off teaser that never reaches the figure
    ("Ledmore Retail is the latest to face a fine for failing to protect customers' data. The UK ICO has",
     "Ledmore Retail Hit With £500,000 Fine For Data Breach", True),
    # a headline without a figure adds nothing a record could rest on
    ("from News ≈ Packet Storm", "Facebook faces scrutiny over data sharing", False),
    # a body long enough to tell the story itself
    (" ".join(["Ledmore Retail was fined £500,000 by the ICO on Tuesday for a breach of its card systems."] * 4),
     "Ledmore Retail Hit With £500,000 Fine For Data Breach", False),
])
def test_with_headline(text: str, title: str, opens_with_title: bool) -> None:
    out = with_headline(text, title)
    assert out.startswith(title + "\n\n") is opens_with_title
    assert out.endswith(text)


def test_a_stub_headline_yields_its_record_with_offsets_into_the_text() -> None:
    raw = b"---\ntitle: Turkey Fines Facebook $282,000 Over Data Breach\n---\n\nfrom News \xe2\x89\x88 Packet Storm\n"
    doc = build_document(raw, "stub.md")
    fines = [r for r in extract_records(doc) if r.__table__ == "fines"]
    assert [(f.payer, f.authority, f.amount) for f in fines] == [("Facebook", "Turkey", 282000.0)]
    assert doc.text[fines[0].char_start:fines[0].char_end] == "$282,000"
