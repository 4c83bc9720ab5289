"""Metadata a whole HTML page carries in its <head>: Open Graph, article:* and Dublin Core meta tags,
JSON-LD (schema.org NewsArticle), <link rel=canonical>, <title>. Used when no front matter gave it; trafilatura's
metadata reader fills the author and the date when none of these name them."""
from __future__ import annotations

import html
import json
import re
from typing import Any

from lxml.html import HtmlElement

from extractors.clean.frontmatter import Header

_PAGE_HINT = re.compile(r"<(?:html|head|meta|title)\b", re.I)
TITLE_META = ("og:title", "twitter:title", "dc.title", "headline", "sailthru.title", "parsely-title")
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author", "twitter:creator")
DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
             "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
             "parsely-pub-date", "article.published", "og:pubdate", "article:published")
URL_META = ("og:url", "twitter:url", "parsely-link")
TAG_META = ("keywords", "news_keywords", "article:tag", "parsely-tags")


# a byline reader that runs into the date line ("Jeff Foust Monday, November 18, 2019" → "Jeff Foust Monday; November");
# the months that are also names (April, May, June, July, August, March) are left alone: Theresa May is a name
_TRAILING_DATE_WORDS = re.compile(
    r"(?:[\s;,|]+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"september|october|november|december)\b\.?)+\s*$", re.I)


def author_name(value: str | None) -> str | None:
    """A byline as a name: profile URLs and social handles are not names; trailing date words are not part of one."""
    if not value:
        return None
    value = _TRAILING_DATE_WORDS.sub("", " ".join(value.split())).strip(" ;,|")
    if not value or value.startswith(("http://", "https://", "@")):
        return None
    return value


def looks_like_page(src: str) -> bool:
    return _PAGE_HINT.search(src[:20000]) is not None


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _meta(tree: HtmlElement) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for tag in tree.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        value = tag.get("content")
        if key and isinstance(value, str) and value.strip():
            out.setdefault(key, []).append(" ".join(html.unescape(value).split()))
    return out


def _first(meta: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    return next((meta[k][0] for k in keys if k in meta), None)


def _json_ld(tree: HtmlElement) -> dict[str, Any]:
    """The first schema.org article object in the page's JSON-LD blocks, if any."""
    for block in tree.iter("script"):
        if block.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(block.text or "")
        except (ValueError, TypeError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                    return item
    return {}


def _ld_author(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_ld_author(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(str(value).split()) if isinstance(value, str) and value.strip() else None


def page_header(tree: HtmlElement) -> Header:
    """Title, author, publication date, canonical URL and tags from a page's head (fields it lacks are None)."""
    meta = _meta(tree)
    ld = _json_ld(tree)
    h = Header()
    title_tag = next(tree.iter("title"), None)
    h.title = (_first(meta, TITLE_META) or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
               or (_text(title_tag) if title_tag is not None else None)) or None
    # article:author is often a profile URL, twitter:creator a handle
    h.author = author_name(_ld_author(ld.get("author")) or _first(meta, AUTHOR_META))
    h.published = (ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None) or \
        _first(meta, DATE_META)
    if h.published is None:
        h.published = next((t.get("datetime") for t in tree.iter("time") if t.get("datetime") is not None), None)
    canonical = next((link for link in tree.iter("link") if "canonical" in (link.get("rel") or "").split()), None)
    url = (canonical.get("href") if canonical is not None else None) or _first(meta, URL_META)
    h.url = url if isinstance(url, str) and url.startswith(("http://", "https://")) else None
    tags = _first(meta, TAG_META)
    h.tags = [t.strip() for t in re.split(r"[,;]", tags) if t.strip()] if tags else []
    return h
