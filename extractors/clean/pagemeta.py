"""Metadata a whole HTML page carries in its <head>: Open Graph, article:* and Dublin Core meta tags,
JSON-LD (schema.org NewsArticle), <link rel=canonical>, <title>. Used when no front matter gave it."""
from __future__ import annotations

import html
import json
import re
from typing import Any

from bs4 import BeautifulSoup

from extractors.clean.frontmatter import Header

_PAGE_HINT = re.compile(r"<(?:html|head|meta|title)\b", re.I)
TITLE_META = ("og:title", "twitter:title", "dc.title", "headline", "sailthru.title", "parsely-title")
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author", "twitter:creator")
DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
             "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
             "parsely-pub-date", "article.published", "og:pubdate", "article:published")
URL_META = ("og:url", "twitter:url", "parsely-link")
TAG_META = ("keywords", "news_keywords", "article:tag", "parsely-tags")


def looks_like_page(src: str) -> bool:
    return _PAGE_HINT.search(src[:20000]) is not None


def _meta(soup: BeautifulSoup) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        value = tag.get("content")
        if key and isinstance(value, str) and value.strip():
            out.setdefault(key, []).append(" ".join(html.unescape(value).split()))
    return out


def _first(meta: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    return next((meta[k][0] for k in keys if k in meta), None)


def _json_ld(soup: BeautifulSoup) -> dict[str, Any]:
    """The first schema.org article object in the page's JSON-LD blocks, if any."""
    for block in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(block.string or "")
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


def page_header(src: str) -> Header:
    """Title, author, publication date, canonical URL and tags from a page's head (fields it lacks are None)."""
    soup = BeautifulSoup(src[:500_000], "html.parser")
    meta = _meta(soup)
    ld = _json_ld(soup)
    h = Header()
    title_tag = soup.find("title")
    h.title = (_first(meta, TITLE_META) or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
               or (" ".join(title_tag.get_text().split()) if title_tag else None)) or None
    h.author = _ld_author(ld.get("author")) or _first(meta, AUTHOR_META)
    if h.author and h.author.startswith(("http://", "https://")):
        h.author = None  # article:author is often a profile URL, not a name
    h.published = (ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None) or \
        _first(meta, DATE_META)
    if h.published is None:
        time_tag = soup.find("time", attrs={"datetime": True})
        h.published = time_tag["datetime"] if time_tag else None
    canonical = soup.find("link", rel=lambda v: v and "canonical" in v)
    url = (canonical.get("href") if canonical else None) or _first(meta, URL_META)
    h.url = url if isinstance(url, str) and url.startswith(("http://", "https://")) else None
    tags = _first(meta, TAG_META)
    h.tags = [t.strip() for t in re.split(r"[,;]", tags) if t.strip()] if tags else []
    return h
