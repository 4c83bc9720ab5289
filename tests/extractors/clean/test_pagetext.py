"""Whole scraped pages: the article comes out, the page's furniture does not; other formats never meet trafilatura.

The pages under tests/fixtures/pages/ are written for these tests; each holds the kinds of trouble scraped
news pages hold (comment threads, "more stories" rails, cookie banners, nav menus, bylines, captions).
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.clean import pagetext
from extractors.clean.document import build_document
from extractors.exceptions import LoadFailure
from extractors.records import extract_records
from tests.conftest import FIXTURES, SEEDS

PAGES = FIXTURES / "pages"


def page(name: str):
    path = PAGES / name
    return build_document(path.read_bytes(), str(path))


@pytest.fixture
def extractor_calls(monkeypatch):
    """Counts calls into the page extractor; the real one still runs."""
    calls: list[int] = []
    real = pagetext.main_text

    def counting(tree):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(tree)

    monkeypatch.setattr(pagetext, "main_text", counting)
    return calls


@pytest.mark.parametrize("name, kept, dropped", [
    # a comment thread and a "more stories" rail under the article, each with amounts of its own
    ("comments-and-rail.html",
     ["fined Northwind Bank €12 million on Tuesday", "It will not appeal.", "gained the power to do so."],
     ["$500 million", "5% stake", "42 comments", "Eastgate Energy", "$2 billion penalty", "Lumen valued",
      "Most read", "All rights reserved", "Share on", "4 min read", "Markets"]),
    # a cookie banner, nav menus, breadcrumbs, a byline, a captioned photo, a newsletter box, footer links
    ("cookie-nav-byline.html",
     ["sold a 30% stake in its dairy business", "pay down debt", "no jobs would be cut."],
     ["cookies", "Accept all", "Farming", "Home", "By Tom Arden", "Photo: Valley Times", "Milk tankers",
      "Sign up", "Business Briefing", "Privacy", "Published"]),
    # a list inside the article is article text; the nav and footer lists are not
    ("list-in-article.html",
     ["Redfield Telecom: €4.5 million", "Kestrel Games: €250,000", "deleted the records"],
     ["Security", "Jobs", "Press"]),
])
def test_page_furniture_is_dropped_and_the_article_kept(name, kept, dropped):
    text = page(name).text
    for phrase in kept:
        assert phrase in text, phrase
    for phrase in dropped:
        assert phrase not in text, phrase


def test_paragraph_breaks_survive():
    text = page("comments-and-rail.html").text
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert len(paragraphs) == 5  # the headline and four paragraphs
    assert paragraphs[-1] == "The fine is the largest the supervisor has imposed on a bank since it gained the power to do so."


def test_records_come_from_the_article_only():
    doc = page("comments-and-rail.html")
    fines = [r for r in extract_records(doc) if type(r).__name__ == "Fine"]
    assert [(f.amount, f.currency) for f in fines] == [(12_000_000, "EUR")]
    assert all(doc.text[r.char_start:r.char_end] for r in extract_records(doc))
    assert not [r for r in extract_records(doc) if type(r).__name__ in ("Stake", "Valuation", "Offering")]


def test_page_head_metadata():
    d = page("comments-and-rail.html")
    assert (d.title, d.author, d.published_date) == (
        "Watchdog fines Northwind Bank €12 million over money-laundering checks", "Maria Keller", date(2024, 2, 6))
    assert d.source_url == "https://harbourpost.example/business/2024/02/06/northwind-fined"


def test_byline_in_the_body_and_date_in_the_url_fill_what_the_head_lacks():
    # no author or date meta tags: trafilatura's metadata reader finds the rel=author byline and the URL's date
    d = page("byline-in-body.html")
    assert (d.author, d.published_date) == ("Lena Moss", date(2022, 11, 3))
    assert "By Lena Moss" not in d.text and d.text.startswith("Copperleaf Robotics, which makes machines")


def test_a_page_the_extractor_finds_nothing_in_is_walked(extractor_calls):
    # an old framed site: the article is the <noframes> body, which trafilatura discards with the frameset
    src = (PAGES / "frameset.html").read_text()
    assert pagetext.main_text(pagetext.parse(src)) is None
    d = page("frameset.html")
    assert d.title == "Millbrook council fined over landfill leak"
    assert d.text.split("\n\n")[1].startswith("Millbrook district council was fined 45,000 pounds on Friday")
    assert "The council said repairs were finished in March." in d.text


def test_a_scrap_is_too_little_when_the_walk_holds_an_article():
    article = " ".join(["Acme was fined $5 million on Tuesday for failing to protect data."] * 4)
    assert pagetext.too_little("Acme fined", article)
    assert not pagetext.too_little("A short brief that is all the page has to say today.", "Home News Sport Contact")
    assert not pagetext.too_little(" ".join(["word"] * 20), article * 10)


@pytest.mark.parametrize("body, whole", [
    ("<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Text.</p></body></html>", True),
    ("<body class='post'><p>Text.</p></body>", True),
    ("<p>A WordPress body.</p><p>Second paragraph.</p>", False),
    ('<div itemprop="articleBody"><meta itemprop="name" content="x"/><p>Text.</p></div>', False),
    ("## A Markdown heading\n\nSome **bold** text and a [link](https://example.com).", False),
    ("Plain text that mentions <html> in prose is not a page", True),  # a tag is a tag; the walk would say the same
])
def test_what_counts_as_a_whole_page(body, whole):
    assert pagetext.is_whole_page(body) is whole


def test_front_matter_markdown_never_meets_the_page_extractor(extractor_calls):
    raw = (b"---\ntitle: Acme fined\ndate: 2021-03-04\n---\n\n## Acme fined\n\nAcme was fined **$5 million** on "
           b"Tuesday.\n\n- one\n- two\n- three\n\n<p>An inline <b>HTML</b> paragraph.</p>\n")
    d = build_document(raw, "x.md")
    assert extractor_calls == []
    assert "Acme was fined $5 million on Tuesday." in d.text and "An inline HTML paragraph." in d.text


def test_seeds_and_fragment_bodies_never_meet_the_page_extractor(extractor_calls):
    for path in sorted(SEEDS.iterdir()) + sorted((FIXTURES / "articles").iterdir()):
        build_document(path.read_bytes(), str(path))
    assert extractor_calls == []


def test_a_whole_page_inside_front_matter_meets_it_once(extractor_calls):
    raw = b"---\ntitle: From the header\n---\n" + (PAGES / "comments-and-rail.html").read_bytes()
    d = build_document(raw, "x.md")
    assert len(extractor_calls) == 1
    assert d.title == "From the header" and d.author == "Maria Keller"
    assert "$500 million" not in d.text


PAGE_PARTS = st.sampled_from([
    "<html>", "<body>", "</body>", "</html>", "<head><title>T</title></head>", "<nav><a>Home</a></nav>",
    "<p>", "</p>", "<div class='comments'>", "</div>", "<article>", "<aside>", "<noframes>", "<br>",
    "Acme was fined $5 million by the SEC.", " It will appeal.", "<!-- c -->", "&amp;", "\u00a0", "<?xml x?>",
    "<!DOCTYPE html>", "<script>var a = 1;</script>", "<meta charset='latin-1'>", "€", "\x0b",
])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PAGE_PARTS, max_size=30).map(lambda xs: "<html><body>" + "".join(xs)))
def test_any_page_is_a_document_or_a_clean_error(src):
    try:
        d = build_document(src.encode(), "fuzz.html")
    except LoadFailure as exc:
        assert exc.stage in {"decode", "clean"}
        return
    assert d.text.strip() and "<p>" not in d.text and "<nav>" not in d.text


@pytest.mark.parametrize("value, name", [
    ("Jeff Foust Monday; November", "Jeff Foust"),         # a byline reader ran into the date line
    ("Carrie Arnold November", "Carrie Arnold"),
    ("Theresa May", "Theresa May"),                          # months that are names stay
    ("Brian May, June Carter", "Brian May, June Carter"),
    ("@thelinknaija", None),                                 # twitter:creator is a handle
    ("https://www.facebook.com/someone", None),              # article:author is often a profile URL
    ("  Jane   Doe ", "Jane Doe"),
    ("", None),
])
def test_author_name(value, name):
    from extractors.clean.pagemeta import author_name

    assert author_name(value) == name


def test_a_dateline_span_is_set_off_from_the_first_name_on_a_page_too():
    body = ("<p><span class='articleLocation'>SEOUL</span> LG Electronics Inc said on Wednesday it will invest "
            "500 billion won in a battery plant in the south of the country, its largest such investment.</p>"
            "<p><span class='articleLocation'>MILAN</span> (Reuters) - Private equity firm Azalea said it had "
            "agreed to buy a 20% stake in the group for an undisclosed sum.</p>"
            "<p>The plant will open in 2026 and employ 1,200 people, the company said in a statement.</p>")
    text = build_document(f"<html><body><article>{body}</article></body></html>".encode(), "x.html").text
    assert "SEOUL - LG Electronics Inc said on Wednesday" in text
    assert "MILAN (Reuters) - Private equity firm Azalea" in text


def test_a_deeply_nested_page_is_read():
    # libxml2 stops at 256 levels, so trafilatura sees nothing here and the walk reads the page
    good = "Acme Corp was fined $5 million by the Federal Trade Commission on March 3, 2020."
    raw = ("<html><body>" + "<div>" * 20000 + good + "</div>" * 20000).encode()
    assert build_document(raw, "deep.html").text == good
