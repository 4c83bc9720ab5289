"""YAML front matter → metadata + body, in the variants real exports use (Jekyll, WordPress, Hugo, scrapers).

TOML headers (Hugo's `+++`) are read with the standard library's tomllib. YAML is read with a safe loader that refuses aliases (no billion-laughs), and never runs tags. A header the
YAML parser rejects (unquoted colons in titles are common) is read line by line instead, so the article
is not lost for a header typo.
"""
from __future__ import annotations

import html
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import yaml

from extractors.exceptions import FrontMatterFailure

MAX_HEADER_CHARS = 256 * 1024

# which header keys carry which field, best first
TITLE_KEYS = ("title", "post_title", "headline", "original_title", "name")
DATE_KEYS = ("date", "post_date", "published_date", "published_at", "publish_date", "publishDate", "pubDate",
             "date_published", "datePublished", "published", "created", "created_at", "post_date_gmt")
AUTHOR_KEYS = ("author", "authors", "post_author", "byline", "creator", "dc.creator")
URL_KEYS = ("original_link", "url", "link", "from", "source_link", "original_url", "canonical_url", "canonical")
TAG_KEYS = ("tags", "keywords", "post_tag")
# a link post or feed item may carry its whole story here and nothing in the body
SUMMARY_KEYS = ("description", "summary", "excerpt", "subtitle", "abstract", "lede", "dek", "teaser")

_FENCE = re.compile(r"\A\ufeff?\s*(---|\+\+\+)[ \t]*\n")


@dataclass
class Header:
    title: str | None = None
    author: str | None = None
    published: Any = None          # raw value; extractors/dates parses it
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    # a headless CMS's export keeps the story itself in header fields ("short-description", "mk1".."mk5": HTML
    # fragments in block scalars) and leaves the body nearly empty: every prose value, in the header's order
    prose: list[str] = field(default_factory=list)


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors/aliases: they serve no purpose in article headers and enable alias bombs."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "YAML aliases are not accepted in front matter",
                                              event.start_mark)
        return super().compose_node(parent, index)


_CLoader = getattr(yaml, "CSafeLoader", None)  # libyaml: ~10x the pure-Python loader


def _load_yaml(src: str) -> Any:
    """Safe YAML without aliases. With libyaml, the events are checked for an alias first (the C composer
    cannot be subclassed), then the header is loaded by the C safe loader."""
    if _CLoader is None:
        return yaml.load(src, Loader=_NoAliasLoader)  # noqa: S506 - the loader is a SafeLoader subclass
    # an alias is written with "*" (an anchor with "&"): without either there is none to look for
    for event in (yaml.parse(src, Loader=_CLoader) if "*" in src or "&" in src else ()):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "YAML aliases are not accepted in front matter",
                                              event.start_mark)
    return yaml.load(src, Loader=_CLoader)  # noqa: S506 - CSafeLoader: safe constructors only


def split(text: str) -> tuple[str | None, str, int]:
    """(header source or None, body, offset of body in text). Raises when a header is opened but never closed."""
    m = _FENCE.match(text)
    if not m:
        return None, text, 0
    fence = m.group(1)
    close = re.compile(rf"^{re.escape(fence)}[ \t]*$", re.M)
    end = close.search(text, m.end())
    if end is None or end.start() - m.end() > MAX_HEADER_CHARS:
        # a lone '---' line opening a plain-text article is a horizontal rule, not a header
        if not re.match(r"[\w\"'-]+[ \t]*:", text[m.end():m.end() + 200]):
            return None, text, 0
        raise FrontMatterFailure(
            "front matter opened with '---' on the first line but no closing '---' line follows "
            f"(within {MAX_HEADER_CHARS // 1024} KiB); close the header or remove the opening line")
    body_start = end.end() + (1 if text[end.end():end.end() + 1] == "\n" else 0)
    return text[m.end():end.start()], text[body_start:], body_start


_TOML_LINE = re.compile(r"^\s*(?:[A-Za-z_][\w.-]*\s*=|\[)", re.M)


def parse_header(src: str) -> dict[str, Any]:
    """A header's keys and values: TOML (Hugo's +++ headers) or YAML, else read line by line."""
    first = next((ln for ln in src.splitlines() if ln.strip() and not ln.lstrip().startswith("#")), "")
    if _TOML_LINE.match(first):
        try:
            return tomllib.loads(src)
        except (tomllib.TOMLDecodeError, RecursionError):
            return _lenient(src)
    try:
        data = _load_yaml(src)
    except yaml.YAMLError:
        return _lenient(src)
    except RecursionError:
        raise FrontMatterFailure("front matter is nested too deeply to be a metadata header") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        return _lenient(src)
    return data


_LINE = re.compile(r"^([A-Za-z_][\w.-]*)[ \t]*[:=][ \t]?(.*)$")


def _lenient(src: str) -> dict[str, Any]:
    """Top-level `key: value` lines, with folded continuations and `- item` lists, read without YAML."""
    out: dict[str, Any] = {}
    key: str | None = None
    for line in src.splitlines():
        m = _LINE.match(line)
        if m and not line[:1].isspace():
            key, value = m.group(1), m.group(2).strip()
            out[key] = _unquote(value) if value not in (">", "|", ">-", "|-", "") else ""
            continue
        if key is None or not line.strip():
            continue
        item = line.strip()
        if item.startswith("- "):
            prev = out.get(key)
            out[key] = (prev if isinstance(prev, list) else []) + [_unquote(item[2:].strip())]
        elif isinstance(out.get(key), str):
            out[key] = (out[key] + " " + item).strip()
    return out


def _unquote(v: str) -> str:
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        return v[1:-1]
    return v


def _first_text(value: Any) -> str | None:
    """A header value as one clean string: lists give their first item, HTML entities are decoded."""
    if isinstance(value, list):
        value = next((v for v in value if v not in (None, "")), None)
    if value is None or isinstance(value, (bool, dict)):
        return None
    s = " ".join(html.unescape(str(value)).split())
    return s or None


def _pick(data: dict[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in data.items()}
    for k in keys:
        v = lowered.get(k.lower())
        if v not in (None, "", [], True, False):
            return v
    return None


_NOT_PROSE_KEYS = frozenset(k.lower() for k in TITLE_KEYS + DATE_KEYS + AUTHOR_KEYS + URL_KEYS + TAG_KEYS)


def _prose(v: str) -> bool:
    """A header value that reads as running text: long, many words, not a link or a path."""
    v = v.strip()
    return len(v) >= 120 and len(v.split()) >= 15 and not re.match(r"(?:https?://|/)\S*$", v)


def header_fields(data: dict[str, Any]) -> Header:
    h = Header()
    h.title = _first_text(_pick(data, TITLE_KEYS))
    author = _pick(data, AUTHOR_KEYS)
    if isinstance(author, list):
        h.author = ", ".join(a for a in (_first_text(x) for x in author) if a) or None
    elif isinstance(author, dict):
        h.author = _first_text(author.get("name"))
    else:
        h.author = _first_text(author)
    published = _pick(data, DATE_KEYS)
    h.published = published if isinstance(published, (date, datetime, int, float)) else _first_text(published)
    for k in URL_KEYS:
        u = _first_text(_pick(data, (k,)))
        if u and re.match(r"https?://", u):
            h.url = u
            break
    h.summary = _first_text(_pick(data, SUMMARY_KEYS))
    h.prose = [v for k, v in data.items() if isinstance(v, str) and str(k).lower() not in _NOT_PROSE_KEYS and _prose(v)]
    tags = _pick(data, TAG_KEYS)
    if isinstance(tags, str):
        tags = [t for t in re.split(r"[,;]", tags)]
    if isinstance(tags, list):
        h.tags = [t for t in (_first_text(x) for x in tags) if t]
    return h
