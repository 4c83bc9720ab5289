"""Which capitalised words are ordinary English words written with a capital only because they open a sentence.

The word list is GCIDE's (the `english-words` package ships it, pickled, inside the wheel: nothing downloads); a
word in it is still a name where the article writes it capitalised inside a sentence ("Saga's shareholders" after
"shareholders in Saga")."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    from english_words import get_english_words_set  # loaded on first use: ~0.05 s, ~15 MB
    return frozenset(get_english_words_set(["gcide"], lower=True))


def common_word(word: str) -> bool:
    """An ordinary English word (lower-cased), not only a name."""
    return word.lower() in _words()


# a capitalised word inside a sentence: after a lower-case word, a digit, a comma or a bracket, not after a full stop or a caption's colon
# (the look-ahead for the capital both alternatives open with is tested first: the look-behinds cost more)
_INSIDE = re.compile(r"(?=[A-Z])(?:(?<=[a-z0-9,;(’'\"“][ \t])([A-Z][\w’'&-]*)|(?<=[a-z0-9,;][ \t][ \t])([A-Z][\w’'&-]*))")


@lru_cache(maxsize=4)  # one document's text is read by every sentence's name finder
def capitalised_inside(text: str) -> frozenset[str]:
    """Every word the text writes capitalised inside a sentence, where the capital is the writer's choice."""
    return frozenset(m.group(1) or m.group(2) for m in _INSIDE.finditer(text))


def opening_word_only(text: str, word: str) -> bool:
    """A sentence-opening capitalised word that is an ordinary English word and is never capitalised inside a
    sentence of this text: "Angry small shareholders have criticised ...", "Eager traders added ..."."""
    w = re.sub(r"['’]s?$", "", word)
    return w[:1].isupper() and not w.isupper() and common_word(w) and w not in capitalised_inside(text)
