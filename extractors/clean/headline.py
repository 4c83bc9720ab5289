"""A headline that carries the article's only statement of its fact: some sources (wire stubs, feed copies, link
posts) keep the headline and a line or two of body. There the headline opens the text as its first paragraph, so
that records can rest on it with offsets into the text like any other sentence."""
from __future__ import annotations

import re

# a stub: so few words of body that it cannot restate what the headline says
STUB_WORDS = 40
# a figure a record could rest on: a number with a currency, a scale word or a percent sign
FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|percent|per cent|[kmb]n?\b|million|billion|crore|lakh|thousand)"
                     r"|[$€£¥₹]\s*\d|\b(?:USD|EUR|GBP|INR|Rs\.?|A\$|C\$|US\$|SEK|CHF|JPY|CNY)\s*\d", re.I)


def with_headline(text: str, title: str | None) -> str:
    """`text` with the headline as its first paragraph when the body is a stub and the headline states a figure the
    body does not."""
    if not title or not FIGURE.search(title) or len(re.findall(r"\w+", text)) >= STUB_WORDS:
        return text
    if title.strip() in text:
        return text
    return f"{title.strip()}\n\n{text}"
