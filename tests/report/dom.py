"""A small DOM census for tests: which elements a page really has, and its visible text."""
from __future__ import annotations

from html.parser import HTMLParser


class Census(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in.append(tag)
            if tag == "script":
                self.scripts.append("")

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        if not self._in:
            self.text.append(data)
        elif self._in[-1] == "script":
            self.scripts[-1] += data

    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def census(page: str) -> Census:
    c = Census()
    c.feed(page)
    c.close()
    return c


def assert_inert(page: str, payload_markers: tuple[str, ...] = ("alert(",)) -> Census:
    """No element an article could have injected: no <img>, no event handler attribute, no link to
    javascript:, and the one script is the page's own filter code."""
    c = census(page)
    assert not [t for t, _ in c.tags if t in ("img", "iframe", "object", "embed")], "an injected element is live"
    assert not [(t, a) for t, attrs in c.tags for a in attrs if a.startswith("on")], "an event handler attribute is live"
    assert not [a for t, a in c.tags if t == "a" and (a.get("href") or "").lower().startswith("javascript:")]
    assert len(c.scripts) == 1 and not any(m in c.scripts[0] for m in payload_markers)
    return c
