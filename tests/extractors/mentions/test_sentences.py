"""Sentence spans: boundaries after end punctuation, not after abbreviations; offsets point into the text."""
from __future__ import annotations

import pytest

from extractors.mentions.sentences import split_sentences


@pytest.mark.parametrize("text, sentences", [
    ("China’s Ant Group was fined. The fine came later.", ["China’s Ant Group was fined.", "The fine came later."]),
    ("Mr. Ma met U.S. officials on Dec. 18. They talked.", ["Mr. Ma met U.S. officials on Dec. 18.", "They talked."]),
    ("It rose 2.8 percent. Jack M. Ma said so.", ["It rose 2.8 percent.", "Jack M. Ma said so."]),
    # a scale letter glued to a number ends a sentence: it is not an initial (fourth blind set, UK style "£15m.")
    ("Deloitte was fined £15m. The previous record fine was against PwC.",
     ["Deloitte was fined £15m.", "The previous record fine was against PwC."]),
    ("Guggenheim put money in a bitcoin trust.Bitcoin's cross above $20,000 is a milestone.",
     ["Guggenheim put money in a bitcoin trust.", "Bitcoin's cross above $20,000 is a milestone."]),
    ("Shares of JD.com and Amazon.Com rose.", ["Shares of JD.com and Amazon.Com rose."]),
    ("First paragraph\nSecond one.", ["First paragraph", "Second one."]),
    # a sum's unit letter before the stop is no initial (fourth blind set)
    ("It still lost £441m. Yet the company grew.", ["It still lost £441m.", "Yet the company grew."]),
    # a stop inside a short bracket ends no sentence (second blind set, a misspelt "approx.")
    ("CreditMate raised $500K(aprrox. ₹3.33 Cr) from India Quotient fund. It lends.",
     ["CreditMate raised $500K(aprrox. ₹3.33 Cr) from India Quotient fund.", "It lends."]),
    # a hard-wrapped Markdown line continues on the next line when that starts in lower case (first blind set)
    ("A month ago we announced that Vespa is finally\nits own company.\nToday we're announcing a $31 million\n"
     "investment from Blossom Capital.", ["A month ago we announced that Vespa is finally\nits own company.",
                                          "Today we're announcing a $31 million\ninvestment from Blossom Capital."]),
])
def test_split(text, sentences):
    got = split_sentences(text)
    assert [s.text for s in got] == sentences
    assert all(text[s.start:s.end] == s.text for s in got)
