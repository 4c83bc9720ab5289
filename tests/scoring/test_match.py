"""The matching rules, one row per rule, with names and figures as the labelled articles give them."""
from __future__ import annotations

import pytest

from scoring import amount_match, greedy, name_match, prf, words

NAMES = [
    # (why, prediction, gold aliases, match)
    ("corporate suffixes do not count", "Alibaba Group Holding Ltd", ["Alibaba"], True),
    ("possessive and case", "SoftBank's", ["Softbank Group Corp"], True),
    ("curly apostrophe possessive", "Ireland\u2019s Data Protection Commission", ["Ireland Data Protection Commission"], True),
    ("up to two extra words around the alias", "Chinese rival Didi", ["Didi"], True),
    ("a hyphen splits words: three extra", "Chinese ride-hailing Didi", ["Didi"], False),
    ("three extra words are too many", "the Chinese ride hailing firm Didi", ["Didi"], False),
    ("another company is not a match", "Tencent", ["Alibaba Group Holding Ltd", "Alibaba"], False),
    ("no prediction", None, ["Meta"], False),
    ("only suffixes left is no name", "The Company", ["Meta"], False),
    ("gold leaves the name open", "anyone at all", None, True),
]


@pytest.mark.parametrize("why,pred,aliases,ok", NAMES, ids=[n[0] for n in NAMES])
def test_name_match(why, pred, aliases, ok):
    assert name_match(pred, aliases) is ok


AMOUNTS = [
    ("same currency within 1.5%", "USD", 7.95e9, [["USD", 7.9e9]], True),
    ("lower case currency", "usd", 7.9e9, [["USD", 7.9e9]], True),
    ("outside 1.5%", "USD", 8.1e9, [["USD", 7.9e9]], False),
    ("another currency never matches", "EUR", 7.9e9, [["USD", 7.9e9]], False),
    ("any of the stated figures (EUR and its USD)", "USD", 1.3e9, [["EUR", 1.2e9], ["USD", 1.3e9]], True),
    ("no amount", "USD", None, [["USD", 1.0]], False),
]


@pytest.mark.parametrize("why,cur,amt,options,ok", AMOUNTS, ids=[a[0] for a in AMOUNTS])
def test_amount_match(why, cur, amt, options, ok):
    assert amount_match(cur, amt, options) is ok


def test_words_normalise():
    assert words("Alibaba Group Holding Ltd.") == ["alibaba"]
    assert words("Yahoo! Inc") == ["yahoo"]


def test_greedy_one_prediction_per_gold_and_optional_gold():
    gold = [{"payer": ["Google"], "authority": None, "amounts": [["EUR", 2.42e9]]},
            {"payer": ["Google"], "authority": None, "amounts": [["USD", 2.7e9]], "optional": True}]
    preds = [{"payer": "Google", "authority": "EU", "amount": 2.42e9, "currency": "EUR"},
             {"payer": "Google Inc", "authority": "EU", "amount": 2.42e9, "currency": "EUR"},  # the same fine twice
             {"payer": "Alphabet's Google", "authority": "EU", "amount": 2.7e9, "currency": "USD"}]
    tp, fp, fn, pairs = greedy("fines", preds, gold)
    # the duplicate is a false positive; the optional record absorbs its prediction without counting
    assert (tp, fp, fn, len(pairs)) == (1, 1, 0, 2)


def test_stakes_percent_within_a_hundredth():
    gold = [{"holder": ["Yahoo"], "company": ["Alibaba"], "percent": 15}]
    assert greedy("stakes", [{"holder": "Yahoo Inc", "company": "Alibaba", "percent": 15.005}], gold)[:3] == (1, 0, 0)
    assert greedy("stakes", [{"holder": "Yahoo Inc", "company": "Alibaba", "percent": 15.5}], gold)[:3] == (0, 1, 1)


@pytest.mark.parametrize("counts,expected", [((3, 1, 0), (0.75, 1.0, 6 / 7)), ((0, 0, 0), (1.0, 1.0, 1.0)),
                                             ((0, 2, 3), (0.0, 0.0, 0.0))])
def test_prf(counts, expected):
    assert prf(*counts) == pytest.approx(expected)
