"""Metadata a body states itself where no front matter carries it: labelled lines near the top ("Author: X",
"+ Date: July 30, 2021", "Link: [article](https://...)") and a Markdown body's opening "# " heading as its title.

Saved-article exporters, note-taking tools and newsletter archives write a page's metadata this way; only the
first lines are read, so a "Date:" inside the story does not count."""
from __future__ import annotations

import re

from extractors.clean.frontmatter import Header
from extractors.mentions.dates import parse_published

HEAD_LINES = 30
_LABEL = re.compile(
    r"^[ \t>]*(?:[-+*•][ \t]+)?(?:\*\*|__)?"
    r"(author|authors|by|written by|date|published|published on|published at|posted|posted on|"
    r"link|url|source url|original url|canonical url|permalink)"
    r"(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(\S.*?)[ \t]*$", re.I | re.M)
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)[^)\n]*\)")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
# a person's name, or a few: no digits, no sentence
_AUTHOR = re.compile(r"[^\d.!?:;]{2,80}")
# "# Title" opening a Markdown body (a setext or second-level heading is more often a section)
_MD_TITLE = re.compile(r"\A\s*#[ \t]+(\S[^\n]{3,250}?)[ \t#]*$", re.M)


def header(body: str) -> Header:
    """The labelled author, date and address among a body's first lines (the first of each kind wins)."""
    found = Header()
    head = "\n".join(body.split("\n", HEAD_LINES)[:HEAD_LINES])
    for m in _LABEL.finditer(head):
        key, raw = m.group(1).lower(), m.group(2)
        if key in ("link", "url", "source url", "original url", "canonical url", "permalink"):
            url = _URL.search(raw)
            if found.url is None and url:
                found.url = url.group().rstrip(".,;")
            continue
        value = " ".join(_MD_LINK.sub(r"\1", raw).replace("**", "").replace("__", "").split())
        if key in ("author", "authors", "by", "written by"):
            if found.author is None and _AUTHOR.fullmatch(value) and len(value.split()) <= 8:
                found.author = value
        elif found.published is None and parse_published(value) is not None:
            found.published = value
    return found


def markdown_title(body: str) -> str | None:
    m = _MD_TITLE.match(body)
    if m is None:
        return None
    return " ".join(_MD_LINK.sub(r"\1", m.group(1)).replace("**", "").split()) or None
