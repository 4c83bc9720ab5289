"""Metadata a body states in labelled lines, a Markdown heading as title, and a link post's description as its
text (the shapes of saved-article exports and link-post feeds; sentences shortened from real ones)."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.clean import labelled
from extractors.clean.document import build_document

EXPORT = """# Amazon gets $888 million GDPR fine for behavioral advertising
### 

## Information:
+ Source: Bleeping Computer
+ Link: [article](https://www.bleepingcomputer.com/news/technology/amazon-gets-888-million-gdpr-fine/)
+ Date: July 30, 2021
+ Author: Lawrence Abrams


## Article:
Amazon has quietly been hit with a record-breaking €746 million fine for alleged GDPR violations.

The fine was issued by Luxembourg's Commission nationale pour la protection des données (CNPD).
"""


@pytest.mark.parametrize("body, author, published, url", [
    # a saved-article export's "Information" list
    (EXPORT, "Lawrence Abrams", "July 30, 2021",
     "https://www.bleepingcomputer.com/news/technology/amazon-gets-888-million-gdpr-fine/"),
    ("**By:** Jane Doe\n**Published:** 2022-01-06T08:37:08-05:00\n\nText.", "Jane Doe", "2022-01-06T08:37:08-05:00", None),
    # a label whose value is no person or no date is not taken
    ("Author: 3 reasons why the deal failed. Read on\nDate: sometime last year\n\nText.", None, None, None),
])
def test_labelled_lines(body, author, published, url):
    h = labelled.header(body)
    assert (h.author, h.published, h.url) == (author, published, url)


def test_a_date_label_deep_in_the_story_is_not_the_publication_date():
    body = "Intro.\n" + "Para.\n" * 40 + "Date: July 30, 2021\n"
    assert labelled.header(body).published is None


@pytest.mark.parametrize("body, title", [
    ("# France hits Facebook and Google with $210 million in fines\n### France's CNIL has announced ...", 
     "France hits Facebook and Google with $210 million in fines"),
    ("## Information:\n# Not the first line", None),
    ("Plain first line\n# later heading", None),
])
def test_markdown_title(body, title):
    assert labelled.markdown_title(body) == title


def test_export_builds_a_document_with_its_labelled_metadata():
    doc = build_document(EXPORT.encode(), "export.md")
    assert doc.title == "Amazon gets $888 million GDPR fine for behavioral advertising"
    assert (doc.author, doc.published_date) == ("Lawrence Abrams", date(2021, 7, 30))
    assert doc.source_url.startswith("https://www.bleepingcomputer.com/")
    assert "€746 million fine" in doc.text


def test_front_matter_wins_over_labelled_lines():
    raw = b"---\ntitle: T\nauthor: Front Matter\n---\nAuthor: Someone Else\n\nA body of text that says things.\n"
    assert build_document(raw, "x.md").author == "Front Matter"


def test_link_post_with_an_empty_body_reads_its_description():
    raw = (b"---\ntitle: 'We raised $37M to take the hard out of hardware'\n"
           b"description: 'Flux raises $37M led by 8VC to accelerate its mission.'\nauthor: 'Lance Cassidy'\n"
           b"pubDate: '2026-02-27'\n---\n")
    doc = build_document(raw, "post.md")
    assert "Flux raises $37M led by 8VC" in doc.text
    assert doc.published_date == date(2026, 2, 27)


def test_a_header_with_neither_body_nor_description_is_still_rejected():
    from extractors.exceptions import CleanFailure
    with pytest.raises(CleanFailure):
        build_document(b"---\nauthor: Nobody\n---\n", "empty.md")


def test_a_headless_cms_export_keeps_its_story_in_header_fields():
    # ninth blind set (a crypto news blog): the story is in "short-description" and "mk1".."mk5", HTML fragments in
    # block scalars; the body holds only a closing line
    raw = ("---\ntitle: Franklin Templeton Backs $8M Round for Stablecoin Project Cap\n"
           "date: 2025-04-08T01:07:21.458Z\nfeaturedimage: https://crypto.news/app/uploads/cap.webp\n"
           "short-description: Franklin Templeton has led an $8 million seed funding round\n"
           "  for Cap, a stablecoin project targeting yield generation through shared\n  security markets.\n"
           "mk1: >-\n  <!--StartFragment-->\n\n\n  ### Traditional Finance Enters Stablecoin Game\n\n\n"
           "  The global asset manager continues its expansion into blockchain with this lead investment in Cap. Other "
           "participants include crypto-focused VCs such as Triton Capital, GSR, and Laser Digital.\n\n\n"
           "  <!--EndFragment-->\n---\n### **What's Next for Cap?**\n").encode()
    doc = build_document(raw, "post.md")
    assert doc.text.startswith("Franklin Templeton has led an $8 million seed funding round for Cap")
    assert "Other participants include crypto-focused VCs" in doc.text
    assert "<!--" not in doc.text and "https://" not in doc.text
    assert doc.published_date == date(2025, 4, 8)


def test_a_long_body_is_not_displaced_by_a_header_description():
    raw = (b"---\ntitle: T\ndescription: 'A summary of the story that runs long enough to read as running text, "
           b"with many words in it, more than fifteen of them, over one hundred and twenty characters.'\n---\n"
           + b"The body tells the story at length. " * 40 + b"\n")
    doc = build_document(raw, "x.md")
    assert doc.text.startswith("The body tells the story at length.")
