"""Cleaning each input format into a Document: metadata from every header variant, clean text, no boilerplate."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.clean.document import build_document, title_from_body
from tests.conftest import FIXTURES, SEEDS


def doc(path):
    return build_document(path.read_bytes(), str(path))


def fixture(prefix: str):
    return doc(next((FIXTURES / "articles").glob(prefix + "_*")))


def test_plain_text_without_title():
    d = doc(next(SEEDS.glob("000_*")))
    assert d.title is None and d.published_date is None
    assert "Related: China Data Flows" not in d.text
    assert d.text.startswith("China’s Ant Group")


def test_plain_text_caption_credits_removed_and_title_not_guessed_from_a_caption():
    d = doc(next(SEEDS.glob("001_*")))
    assert d.title is None
    assert "Photo: Handout" not in d.text and "Photo: AP" not in d.text
    assert "Read more:" not in d.text


def test_plain_text_title_is_a_short_first_line():
    d = doc(next(SEEDS.glob("002_*")))
    assert d.title == "Jack Ma’s survival inside out, rumored to hand over part of the Ant Group’s equity"


def test_scraped_page_title_printed_twice_and_related_list_dropped():
    d = doc(next(SEEDS.glob("004_*")))
    assert d.title == "U.S. Explores Curbs on Ant Group, Tencent Payment Systems"  # the no-break space is a space
    assert "€200 Billion" not in d.text and "Related Articles" not in d.text
    assert "AI Disclaimer" not in d.text and "Honda and Nissan" not in d.text
    assert d.text.count("U.S. Explores Curbs on Ant Group") == 1


def test_jekyll_header_wrapping_html():
    d = doc(next(SEEDS.glob("003_*")))
    assert (d.title, d.author, d.published_date) == ("Why China Is Going After Its Tech Giants", "Charles Mok",
                                                     date(2021, 7, 10))
    assert d.source_url == "https://www.chinafile.com/reporting-opinion/viewpoint/why-china-going-after-its-tech-giants"
    assert d.tags == ["中参馆"]
    assert "<p" not in d.text and "href" not in d.text and "bloomberg.com" not in d.text
    assert "Noel Celis" not in d.text  # photo credit
    assert "in Beijing, April 22, 2021." in d.text  # the caption stays: it is article text
    assert "\n\n" in d.text or "\n" in d.text


def test_wordpress_export_with_folded_title_and_ad_markers():
    d = fixture("001")
    assert d.title == "Top Alibaba shareholder Softbank plans to sell $7.9 billion in stock"
    assert d.published_date == date(2016, 6, 1) and d.author == "Staff Writer"
    assert d.source_url.endswith("us-alibaba-stocks-softbank-group-idUSKCN0YM2MA")
    assert "[ad_1]" not in d.text and "[ad_2]" not in d.text
    assert d.text.startswith("Japanese telecommunications and internet firm Softbank Group Corp")
    assert "Source" not in d.text.splitlines()


def test_scraper_header_published_date_and_url():
    d = fixture("037")
    assert d.published_date == date(2025, 5, 2)
    assert d.source_url == "https://www.outlookbusiness.com/corporate/eu-slaps-600m-fine-on-tiktok-for-transferring-user-data-to-china"


def test_header_yaml_rejects_is_read_line_by_line():
    # `title: Exclusive: Microsoft's ...` is invalid YAML (a colon inside a plain scalar)
    d = fixture("049")
    assert d.title == "Exclusive: Microsoft's Office-Teams offer will likely stave off EU antitrust fine, sources say"
    assert d.author == "Yun Chee Foo" and d.published_date == date(2025, 5, 14)


def test_day_first_dates_and_entities_in_titles():
    assert fixture("070").published_date == date(2020, 12, 24)
    assert fixture("073").published_date == date(2020, 12, 31)
    assert fixture("058").title == "Alibaba’s subsidiary, Ant Group, prepares a historic IPO"
    assert fixture("058").source_url is None  # a relative permalink is not the article's address


@pytest.mark.parametrize("body, title", [
    ("Budapest Post\n\nHeadline Said Twice\n\nHeadline Said Twice\n\nBody text here. More.", "Headline Said Twice"),
    ("A first line that is a sentence. It goes on.\n\nMore.", None),
    ("Short Headline Standing Alone\n\nThe body starts here.", "Short Headline Standing Alone"),
    ("Headline glued to body\nThe body starts here.", None),
])
def test_title_from_body(body, title):
    assert title_from_body(body) == title


def test_dateline_in_body_gives_the_publication_date():
    d = build_document(b"Some Headline Here\n\nPublished: July 10, 2021\n\nAcme said on Friday it would grow.\n", "x")
    assert d.published_date == date(2021, 7, 10)


def test_scraped_teaser_and_headline_glued_to_the_body_are_removed():
    d = fixture("037")
    assert d.text.count("fined the Chinese video-sharing platform TikTok $600 million") == 1
    assert "China EU Slaps" not in d.text
    assert "The regulator said that the Chinese..." not in d.text


def test_boilerplate_rules_on_real_lines():
    from extractors.clean.boilerplate import clean

    text = ("[ad_1]\nAcme was fined $5 million. It will appeal.\nShare this article\n3 mins read\n"
            "Sign up for our newsletter to get the latest news\n(Reporting by Jane Doe; Editing by John Roe)\n"
            "More posts by Samantha Wulfson\nMyne raises $2m in pre-Seed funding\nQeen.ai raises $10m in new funding\n")
    assert clean(text) == "Acme was fined $5 million. It will appeal."


def test_whole_html_page_metadata_and_body():
    d = doc(FIXTURES / "whole-page.html")
    assert d.title == "Regulator fines Acme $5 million over data breach"  # og:title beats <title>'s site suffix
    assert (d.author, d.published_date) == ("Jane Doe", date(2023, 3, 14))
    assert d.source_url == "https://news.example.com/2023/03/14/acme-fined"
    assert d.tags == ["privacy", "fines"]
    assert "$9 billion" not in d.text  # scripts are not text
    assert "Home" not in d.text and "Beta fined" not in d.text and "All rights reserved" not in d.text
    assert "fined Acme Corp £4 million ($5 million) on Tuesday" in d.text


def test_front_matter_wins_over_the_page_head():
    raw = b"---\ntitle: From the header\n---\n" + (FIXTURES / "whole-page.html").read_bytes()
    d = build_document(raw, "x.md")
    assert d.title == "From the header" and d.author == "Jane Doe"


def test_hugo_toml_header():
    raw = (b'+++\ntitle = "Acme fined over data breach"\ndate = 2021-03-04T10:00:00+08:00\nauthor = "Jane Doe"\n'
           b'tags = ["privacy", "fines"]\n+++\n\nAcme was fined $5 million on Tuesday.\n')
    d = build_document(raw, "hugo.md")
    assert (d.title, d.author, d.published_date, d.tags) == ("Acme fined over data breach", "Jane Doe",
                                                             date(2021, 3, 4), ["privacy", "fines"])
    assert d.text == "Acme was fined $5 million on Tuesday."


@pytest.mark.parametrize("body, published", [
    ("Headline\n\nPublished: July 10, 2021\n\nBody.", date(2021, 7, 10)),
    ("Headline\nJul 10, 2021 8:22 AM EDT\nUpdated 2 hours ago\nBody text.", date(2021, 7, 10)),
    ("Updated: Aug 1, 2021\nPublished: July 10, 2021\nText", date(2021, 7, 10)),
    ("New Delhi/Mumbai, September 7\n\nThe Enforcement Directorate on Monday arrested him.", None),
    ("Acme said on July 10, 2021 that it was fined for things it did over the past year and more.", None),
])
def test_publication_date_from_a_dateline(body, published):
    from extractors.clean.document import dateline

    assert dateline(body) == published


def test_markdown_heading_in_an_html_body_ends_its_paragraph():
    from extractors.clean.htmltext import html_to_text

    text = html_to_text("## Executive Summary\nThe Board fined <b>Apple</b> €850 million.\nIt will appeal.")
    assert text.split("\n\n") == ["## Executive Summary", "The Board fined Apple €850 million. It will appeal."]
