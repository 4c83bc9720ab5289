"""HTML (fragments or whole pages) → plain text with paragraph breaks, entities decoded, page furniture dropped.

Named `htmltext` rather than `html` so it never shadows the standard library module.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction

_HTML_HINT = re.compile(r"<(?:p|div|br|span|a|table|ul|ol|li|h[1-6]|article|section|img|strong|em|b|i|"
                        r"blockquote|figure|html|body|head)\b[^>]*>", re.I)
BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
              "section", "article", "header", "figure", "figcaption", "dd", "dt", "dl", "pre", "main", "hr",
              "address", "caption", "center"}
DROP_TAGS = ["script", "style", "noscript", "iframe", "svg", "form", "button", "nav", "aside", "footer",
             "template", "select", "object", "embed", "canvas", "video", "audio", "map", "head", "title"]
# class/id words that mark page furniture rather than article text
BOILERPLATE_TOKENS = {"credit", "credits", "share", "sharing", "social", "related", "newsletter", "advert",
                      "advertisement", "ad", "ads", "adslot", "promo", "subscribe", "subscription", "comment",
                      "comments", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer",
                      "sidebar", "popup", "modal", "cookie", "cookies", "byline-social", "outbrain", "taboola",
                      "recommended", "trending", "disclaimer", "copyright", "sponsored", "signup", "paywall",
                      "skip"}
# class words that mark a dateline ("<span class=articleLocation>SEOUL</span> LG Electronics said ..."): it is
# followed by a dash, as in print, so the place never runs into the first name of the sentence
DATELINE_CLASSES = {"articlelocation", "dateline", "article-location", "location-dateline"}
# containers of the whole page and its main part: their class lists name page-wide states ("one-sidebar",
# "mob-menu-slideout", "cookies-not-set"), not what they hold; an <article> may be a teaser card in a rail
CONTAINER_TAGS = {"html", "body", "main"}
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
PARA, LINE = "\x00", "\x01"   # NULs never survive decoding, so they are free to mark breaks
_CLOSE_BLOCK = str("\x02close")
_DATELINE_END = "\x03"  # becomes " - " unless the wire's own "(Reuters) -" or dash follows  # a unique marker object pushed to emit a break when a block ends


def looks_like_html(text: str) -> bool:
    return _HTML_HINT.search(text) is not None


def _is_furniture(tag) -> bool:  # type: ignore[no-untyped-def]
    attrs = getattr(tag, "attrs", None) or {}
    words: list[str] = []
    for key in ("class", "id", "role"):
        v = attrs.get(key)
        if isinstance(v, list):
            v = " ".join(v)
        if isinstance(v, str):
            words.extend(_TOKEN_SPLIT.split(v.lower()))
    return bool(BOILERPLATE_TOKENS.intersection(words))


def has_dateline_class(classes: list[str] | str | None) -> bool:
    if isinstance(classes, str):
        classes = classes.split()
    return bool(classes) and any(c.lower() in DATELINE_CLASSES for c in classes)  # type: ignore[union-attr]


def is_place(text: str) -> bool:
    """A dateline's place: a short name in capitals, not a whole paragraph."""
    text = text.strip()
    return 0 < len(text) <= 40 and text.upper() == text


def _is_dateline(tag) -> bool:  # type: ignore[no-untyped-def]
    # the class first: the text of every element would make the walk quadratic in the nesting depth
    return has_dateline_class((getattr(tag, "attrs", None) or {}).get("class")) and is_place(tag.get_text(" "))


def html_to_text(src: str) -> str:
    """Visible text of an HTML document or fragment; paragraphs separated by blank lines.

    The tree is walked with an explicit stack, so deep nesting costs neither recursion nor quadratic
    re-walks (bs4's insert_before/after rescan descendants).
    """
    # a blank line in mixed Markdown/HTML bodies separates paragraphs as well
    src = re.sub(r"\n[ \t]*\n", PARA, src)
    # so does the end of a Markdown heading line, even with no blank line after it
    src = re.sub(r"(?m)^([ \t]{0,3}#{1,6}[ \t][^\n\x00]*)\n", "\\1" + PARA, src)
    soup = BeautifulSoup(src, "html.parser")
    drop = set(DROP_TAGS)
    out: list[str] = []
    stack: list[object] = [soup]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if node is _CLOSE_BLOCK:
                out.append(PARA)
            elif not isinstance(node, (Comment, Doctype, Declaration, ProcessingInstruction)):
                out.append(str(node))
            continue
        name = getattr(node, "name", None)
        if name in drop or (name and name != "[document]" and name not in CONTAINER_TAGS and _is_furniture(node)):
            continue
        if name == "br":
            out.append(LINE)
            continue
        if name and _is_dateline(node):
            place = " ".join(node.get_text(" ").split())
            if place:
                out.append(place + _DATELINE_END)
            continue
        if name in BLOCK_TAGS:
            out.append(PARA)
            stack.append(_CLOSE_BLOCK)
        stack.extend(reversed(node.contents))
    text = re.sub(r"\s+", " ", "".join(out))
    text = re.sub(_DATELINE_END + r" ?(?=[(\-–—:,])", " ", text)
    text = re.sub(_DATELINE_END + r" ?", " - ", text)
    text = text.replace(PARA, "\n\n").replace(LINE, "\n")
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
