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
