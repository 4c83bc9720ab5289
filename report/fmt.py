"""Small formatters shared by the page and its charts: escaping, short money figures, safe links."""
from __future__ import annotations

import html


def esc(value: object) -> str:
    """Every value that may come from an article goes through here: text, never markup."""
    return html.escape("" if value is None else str(value), quote=True)


def short_number(v: float | None) -> str:
    """1234567 → '1.23M': figures a reader takes in at a glance."""
    if v is None:
        return "–"
    a = abs(v)
    for div, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if a >= div:
            return f"{v / div:.3g}{suffix}"
    return f"{v:.3g}"


def usd(v: float | None) -> str:
    return "–" if v is None else "$" + short_number(v)


def safe_href(url: object) -> str | None:
    """Only http(s) links become links: a `javascript:` URL in an article's front matter must not."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    return u if u.lower().startswith(("http://", "https://")) else None
