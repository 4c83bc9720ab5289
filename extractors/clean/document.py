"""One file's bytes → a `Document`: decode, front matter, HTML/Markdown to clean text, title and date fallbacks.

A whole HTML page's text comes from a main-content extractor (`pagetext`); everything else (front matter
bodies, Markdown, HTML fragments, plain text) from our own walk. Both then go through the same boilerplate
rules, title-echo removal and dateline reading.
"""
from __future__ import annotations

import copy
import hashlib
import html
import re
from datetime import date

import trafilatura
from lxml.html import HtmlElement

from extractors.clean import boilerplate, frontmatter, headline, htmltext, labelled, pagemeta, pagetext
from extractors.mentions.dates import find_dates, parse_published
from extractors.clean.decode import decode
from extractors.exceptions import CleanFailure
from schemas import Document

MAX_TEXT_CHARS = 5_000_000


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


# no-break and other typographic spaces read as spaces; zero-width marks carry nothing a reader sees
_SPACES = {ord(c): " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"}
_SPACES.update({ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"})


def _plain_spaces(text: str) -> str:
    """`text.translate(_SPACES)`: one C scan per mark instead of a dictionary lookup per character (the marks map to
    a space or nothing, never to another mark, so the order of the replacements does not matter)."""
    if text.isascii():
        return text
    for code, to in _SPACES.items():
        c = chr(code)
        if c in text:
            text = text.replace(c, to or "")
    return text


# a character reference left in a Markdown or text body by an exporter ("Zacks Rank &amp; Key Picks")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


# "<!--StartFragment-->" an editor leaves in a Markdown body: a comment is never the article's text
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def unmarked(body: str) -> str:
    """The body with HTML and Markdown markup gone, boilerplate still in."""
    body = _HTML_COMMENT.sub("", _plain_spaces(body)) if "<!--" in body else _plain_spaces(body)
    if htmltext.looks_like_html(body):
        try:
            body = htmltext.html_to_text(body)
        except RecursionError:
            raise CleanFailure("the HTML is nested too deeply to read; it is probably not an article") from None
    else:
        body = _ENTITY.sub(lambda m: _plain_spaces(html.unescape(m.group(0))), body)
    return boilerplate.strip_markdown(body)


def _walked(body: str) -> str:
    return boilerplate.remove_boilerplate(unmarked(body))


def page_text(body: str, tree: HtmlElement | None) -> str:
    """A whole page's article text, boilerplate removed: the main-content extractor's, or our walk's when the
    extractor finds nothing or next to nothing on a page that holds an article."""
    found = pagetext.main_text(tree) if tree is not None else None
    if found is not None:
        # the extractor has told navigation from the article's own lists, so runs of list items stay
        text = boilerplate.remove_boilerplate(boilerplate.strip_markdown(_plain_spaces(found)), menus=False)
        if len(text.split()) >= pagetext.MIN_WORDS:
            return text
        walked = _walked(body)
        return walked if pagetext.too_little(text, walked) else text
    return _walked(body)


def title_from_body(body: str) -> str | None:
    """A plain-text article's title: a line printed twice near the top, or a short first line standing alone."""
    lines = [ln.strip() for ln in body.split("\n")[:40]]
    head = [ln for ln in lines if ln][:15]
    for i, ln in enumerate(head):
        if 10 <= len(ln) <= 200 and ln in head[i + 1:]:
            return ln
    for i, ln in enumerate(lines):
        if not ln:
            continue
        alone = i + 1 >= len(lines) or not lines[i + 1]
        sentence_like = ln.endswith((".", ":", ";", ",")) or len(re.findall(r"[.!?]\s+[A-Z]", ln)) > 0
        if alone and 10 <= len(ln) <= 200 and not sentence_like:
            return ln
        return None
    return None


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PUBLISHED_CUE = re.compile(r"\b(?:published|posted|first published|date)\b", re.I)


def dateline(text: str) -> date | None:
    """A publication date stated on a short line near the top ("Published: July 10, 2021",
    "Jul 10, 2021 8:22 AM EDT"); a "Published" line wins over an "Updated" one."""
    found: list[tuple[bool, date]] = []
    lines = [ln.strip() for ln in text.split("\n")[:40] if ln.strip()][:10]
    for ln in lines:
        if len(ln) > 100 or len(ln.split()) > 14 or ln.endswith(".") and len(ln.split()) > 6:
            continue
        day = next((m.value for m in find_dates(ln) if _DAY.match(m.value)), None)
        if day:
            found.append((bool(_PUBLISHED_CUE.search(ln)), date.fromisoformat(day)))
    if not found:
        return None
    return next((d for cue, d in found if cue), found[0][1])


def _fill(header: frontmatter.Header | None, page: frontmatter.Header) -> frontmatter.Header:
    """Front matter wins; the page's own head fills what it leaves out."""
    if header is None:
        return page
    for name in ("title", "author", "published", "url", "summary"):
        if getattr(header, name) is None:
            setattr(header, name, getattr(page, name))
    header.tags = header.tags or page.tags
    return header


def _page_metadata(header: frontmatter.Header, tree: HtmlElement) -> frontmatter.Header:
    """trafilatura's metadata reader (bylines in the body, dates in the URL or the markup) fills the author and
    the date that neither the front matter nor the page's head named."""
    if header.author is not None and header.published is not None:
        return header
    try:
        found = trafilatura.extract_metadata(copy.deepcopy(tree), extensive=False)
    except Exception:  # noqa: BLE001 - metadata is a bonus: a third-party failure on an odd page must not lose it
        return header
    header.author = header.author or pagemeta.author_name(found.author)
    header.published = header.published if header.published is not None else found.date
    return header


def build_document(raw: bytes, source_path: str, digest: str | None = None) -> Document:
    """`digest` is the sha256 of `raw` when the caller has it already."""
    text = decode(raw)
    header_src, body, _ = frontmatter.split(text)
    header = frontmatter.header_fields(frontmatter.parse_header(header_src)) if header_src is not None else None
    if len(body) > MAX_TEXT_CHARS:
        raise CleanFailure(f"the article body is {len(body):,} characters, over the {MAX_TEXT_CHARS:,} a news "
                           "article could plausibly have; split the file or raise the limit")
    whole_page = pagetext.is_whole_page(body)
    tree = pagetext.parse(body) if whole_page or pagemeta.looks_like_page(body) else None
    if tree is not None:
        header = _fill(header, pagemeta.page_header(tree))
    if whole_page:
        plain = page_text(body, tree)
        if tree is not None:
            header = _page_metadata(header, tree)
        title = (_plain_spaces(header.title) if header.title else None) or title_from_body(plain)
    else:
        header = _fill(header, labelled.header(body))
        plain = unmarked(body)
        told = "\n\n".join(unmarked(p) for p in header.prose) if header is not None and header.prose else ""
        if len(told) >= 300 and len(told) > len(plain):
            # the story is in the header's fields and the body holds only its tail (a headless CMS's export)
            plain = told + "\n\n" + plain
        title = (_plain_spaces(header.title) if header.title else None) or labelled.markdown_title(body) \
            or title_from_body(plain)
        plain = boilerplate.remove_boilerplate(plain)
    if not plain.strip() and header is not None and header.summary:
        plain = unmarked(header.summary)  # a link post's story is its header's description; the body is empty
    clean = boilerplate.strip_title_echo(plain, title)
    if not clean.strip():
        raise CleanFailure("no article text is left once markup and boilerplate are removed")
    clean = headline.with_headline(clean, title)
    if not clean.strip():
        raise CleanFailure("no article text is left once markup and boilerplate are removed")
    published = parse_published(header.published) if header and header.published is not None else None
    if published is None:
        published = dateline(clean)
    return Document(
        doc_id=digest or sha256(raw), source_path=source_path, title=title, author=header.author if header else None,
        published_date=published, source_url=header.url if header else None,
        tags=header.tags if header else [], text=clean)
