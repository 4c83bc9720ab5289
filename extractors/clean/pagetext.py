"""A whole scraped HTML page → its article text, by trafilatura's main-content extraction (offline, on the string).

A page is a document with `<html>` or `<body>`: its body is mostly navigation, rails, comment threads and
banners around one article, and telling them apart takes the page's structure, which trafilatura reads.
HTML fragments (a WordPress export's body inside front matter) are not pages: every paragraph of a fragment
is article text, and they keep going through our own walk (`htmltext`). When trafilatura finds nothing or
next to nothing on a page that has text, the walk reads the page instead, so no article is lost.
"""
from __future__ import annotations

import logging
import re

import lxml.etree
import lxml.html
import trafilatura
from lxml.html import HtmlElement

from extractors.clean.htmltext import has_dateline_class, is_place

_WHOLE_PAGE = re.compile(r"<(?:html|body)\b[^>]*>|<!doctype\s+html\b", re.I)
# libxml2 mis-reads a page whose doctype shares the first line with the markup; the doctype carries nothing
_DOCTYPE = re.compile(r"\A\s*<!doctype[^>]*>", re.I)
# characters XML forbids: lxml reads them into a tree, then refuses to set them as text when trafilatura edits it
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# elements libxml2 keeps as raw text: markup inside them would come out as words (a framed page's <noframes>
# body is read by the walk, see document.page_text)
RAW_TEXT_TAGS = ("noframes", "noembed", "xmp", "plaintext", "textarea", "iframe")
_PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                               remove_pis=True)
# a page text shorter than this is "next to nothing" (a headline, a caption) when the walk finds much more;
# the shortest real article on the benchmark's 181 pages has 18 words
MIN_WORDS = 12
# precision mode's text shorter than this is checked against the default mode's (see main_text)
SHORT_WORDS = 80


# trafilatura warns about every page it finds no main content in; the walk takes over then, which is no news
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def is_whole_page(body: str) -> bool:
    return _WHOLE_PAGE.search(body) is not None


def parse(src: str) -> HtmlElement | None:
    """The page's element tree (lxml), read as UTF-8 whatever its meta charset says: the bytes were decoded already."""
    try:
        tree = lxml.html.document_fromstring(_NOT_XML.sub("", _DOCTYPE.sub("", src)).encode("utf-8", "surrogatepass"),
                                             parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None
    for el in list(tree.iter(*RAW_TEXT_TAGS)):
        el.drop_tree()
    _set_off_datelines(tree)
    return tree


_WIRE_OR_DASH = re.compile(r"\s*[(\-–—:,]")


def _set_off_datelines(tree: HtmlElement) -> None:
    """A dateline span ("<span class=articleLocation>SEOUL</span> LG Electronics said") gets the dash print puts
    after it, as the walk does, so the place never runs into the first name of the sentence."""
    for el in tree.iter("span", "strong", "b", "div", "p"):
        if not (has_dateline_class(el.get("class")) and is_place(el.text_content())):
            continue
        tail = el.tail or ""
        el.tail = (" " if _WIRE_OR_DASH.match(tail) else " - ") + tail.lstrip()


def _extract(tree: HtmlElement, precise: bool) -> str | None:
    try:
        text = trafilatura.extract(tree, output_format="txt", include_comments=False, include_tables=True,
                                   include_images=False, include_links=False, favor_precision=precise)
    except Exception:  # noqa: BLE001 - a third-party failure on one odd page must not lose the article: walk it
        return None
    if not text:
        return None
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def main_text(tree: HtmlElement) -> str | None:
    """The article's text, one paragraph (heading, list item, table row) per block, blocks separated by a blank
    line; None when trafilatura finds no main content.

    Precision mode drops more rails and teasers (F1 0.961 against 0.958 on the benchmark) but now and then keeps
    only a notice of a page; a short result is checked against the default mode, which wins when it finds
    several times more.
    """
    precise = _extract(tree, precise=True)
    if precise is not None and len(precise.split()) >= SHORT_WORDS:
        return precise
    default = _extract(tree, precise=False)
    if default is None or (precise is not None and len(default.split()) < 2 * len(precise.split())):
        return precise
    return default


def too_little(page_text: str, walked: str) -> bool:
    """The extractor kept a scrap (a headline, a caption) of a page whose walk holds an article."""
    ours, theirs = len(page_text.split()), len(walked.split())
    return ours < MIN_WORDS and theirs >= 4 * max(ours, 1) and theirs >= MIN_WORDS
