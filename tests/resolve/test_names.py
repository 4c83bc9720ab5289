"""Each resolution rule with the sentence (shortened) that motivated it: names, text facts, companies."""
from __future__ import annotations

import pytest

from resolve.companies import Mention, resolve_companies
from resolve.names import display_form, name_key
from resolve.textfacts import doc_facts, initials_match

SAME_KEY = [
    # legal forms and trade words (cleanco + the tail list): "Alibaba Group Holding Ltd (BABA.N)" / "Alibaba"
    ("Alibaba Group Holding Ltd", "Alibaba"),
    ("Alibaba Group Holding Ltd.", "Alibaba Group Holding"),
    # possessives: "Alibaba’s $2.8 billion fine"
    ("Alibaba’s", "Alibaba"),
    ("Amazon.com Inc.", "Amazon"),
    ("Softbank Group Corp", "SoftBank"),
    ("Deutsche Bank AG", "Deutsche Bank"),
    # descriptors and roles before a name: "Italy Fines AI Chatbot Maker Replika $5.6 Million"
    ("AI Chatbot Maker Replika", "Replika"),
    ("Chinese e-commerce giant Alibaba", "Alibaba"),
    ("The Irish Data Protection Commission", "Irish Data Protection Commission"),
]
DIFFERENT_KEY = [
    ("Ant Group", "Ant Financial"),          # a rename the text does not state stays two names
    ("Meta Platforms", "Meta Materials"),
    ("Bank of China", "China Merchants Bank"),
    ("State Administration for Market Regulation", "Market Regulation"),  # "for" is not a descriptor
]


@pytest.mark.parametrize("a,b", SAME_KEY, ids=[f"{a}={b}" for a, b in SAME_KEY])
def test_same_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a,b", DIFFERENT_KEY, ids=[f"{a}!={b}" for a, b in DIFFERENT_KEY])
def test_different_key(a, b):
    assert name_key(a) != name_key(b)


def test_display_keeps_legal_form_but_drops_possessive_and_place():
    assert display_form("South Korea's Naver Corp") == "Naver Corp"
    assert display_form("Alibaba’s") == "Alibaba"


FACTS = [
    ("aliases", "The lender, Postal Savings Bank of China (PSBC), plans to raise up to $10 billion.",
     ("PSBC", "Postal Savings Bank of China")),
    ("aliases", "said the Securities and Exchange Board of India (SEBI) in its order.",
     ("SEBI", "Securities and Exchange Board of India")),
    ("aliases", "fined by the French Supervisory Authority (SA) on Tuesday.", ("SA", "French Supervisory Authority")),
    ("tickers", "Chinese e-commerce giant Alibaba Group Holding Ltd (BABA.N) said on Wednesday.",
     ("Alibaba Group Holding Ltd", "BABA.N")),
    ("tickers", "shares of Alibaba Group Holding Limited (NYSE:BABA) rose.",
     ("Alibaba Group Holding Limited", "NYSE:BABA")),
    ("renames", "Meta, formerly known as Facebook, includes the social network.", ("Meta", "Facebook")),
    ("parents", "negotiating with Alipay, a unit of Chinese e-commerce giant Alibaba, about a stake.",
     ("Alipay", "Alibaba")),
    ("parents", "The DPC ordered TikTok, which is owned by the Chinese company ByteDance, to fix it.",
     ("TikTok", "ByteDance")),
    ("parents", "Earlier this year Waymo, the self-driving unit of Alphabet Inc raised $3 billion.",
     ("Waymo", "Alphabet Inc")),
    ("parents", "a €3.3 billion case brought by Axel Springer-owned Idealo.", ("Idealo", "Axel Springer")),
    ("parents", "TikTok and its parent company ByteDance are facing challenges.", ("TikTok", "ByteDance")),
    ("products", "Last year, it fined ChatGPT maker OpenAI 15 million euros.", ("ChatGPT", "OpenAI")),
    ("products", "a penalty on Luka Inc., the developer behind the AI chatbot Replika, citing breaches.",
     ("Replika", "Luka Inc.")),
]


@pytest.mark.parametrize("kind,sentence,fact", FACTS, ids=[s[:50] for _, s, _ in FACTS])
def test_text_facts(kind, sentence, fact):
    assert fact in getattr(doc_facts(sentence), kind)


NO_FACTS = [
    # a stake is not ownership: "Cainiao Network, which is around 47 percent-owned by Alibaba"
    ("parents", "logistics firm Cainiao Network, which is around 47 percent-owned by Alibaba, said."),
    # two owners are not one parent
    ("parents", "WeBank, owned by Ant and Tencent, is a lender."),
    # not the initials: a ticker, not an abbreviation
    ("aliases", "Zacks users have been watching Alibaba (BABA) lately."),
    # a sentence break is not a name: "... by Axel Springer-owned Idealo. Google is also fighting"
    ("parents", "brought by Axel Springer-owned Idealo. Google is also fighting a claim."),
]


@pytest.mark.parametrize("kind,sentence", NO_FACTS, ids=[s[:50] for _, s in NO_FACTS])
def test_no_false_facts(kind, sentence):
    facts = getattr(doc_facts(sentence), kind)
    assert all("Google" not in a + b and "Tencent" not in b and a != "BABA" for a, b in facts), facts
    if "percent-owned" in sentence or "Ant and Tencent" in sentence:
        assert facts == []


def test_initials():
    assert initials_match("SAMR", "State Administration for Market Regulation")
    assert not initials_match("EU", "Regulation")


def _resolve(docs: dict[str, tuple[str, list[str]]], **kw):
    texts = {d: t for d, (t, _) in docs.items()}
    mentions = [Mention(d, n) for d, (_, names) in docs.items() for n in names]
    facts = {d: doc_facts(t) for d, t in texts.items()}
    return resolve_companies(mentions, facts, texts, **kw)


def test_generic_forms_take_the_fuller_form_of_their_own_article():
    r = _resolve({
        "a": ("The European Commission fined Google. The Commission said ...", ["Commission", "Google"]),
        "b": ("Brussels fined the company $2.72 billion; the European Commission ...", ["Brussels"]),
        "c": ("The Federal Trade Commission fined Herbalife. The Commission said", ["Commission"]),
    })
    ec = r.ids[Mention("a", "Commission")]
    assert r.ids[Mention("b", "Brussels")] == ec
    assert r.ids[Mention("c", "Commission")] != ec   # "the Commission" of another story is the FTC


def test_abbreviation_short_form_and_shared_ticker_join_across_articles():
    r = _resolve({
        "a": ("Postal Savings Bank of China (PSBC) plans an IPO.", ["Postal Savings Bank of China"]),
        "b": ("PSBC raised $7.4 billion.", ["PSBC"]),
        "c": ("Alibaba Group Holding Ltd (BABA.N) said", ["Alibaba Group Holding Ltd"]),
        "d": ("Is Alibaba (BABA) a buy? Alibaba Group (BABA) rose", ["Alibaba Group"]),
        "e": ("Meta Platforms Inc was fined. Meta said it would appeal.", ["Meta Platforms Inc"]),
        "f": ("Meta was fined €200 million.", ["Meta"]),
    })
    assert r.ids[Mention("a", "Postal Savings Bank of China")] == r.ids[Mention("b", "PSBC")]
    assert r.ids[Mention("c", "Alibaba Group Holding Ltd")] == r.ids[Mention("d", "Alibaba Group")]
    assert r.ids[Mention("e", "Meta Platforms Inc")] == r.ids[Mention("f", "Meta")]
    alibaba = next(c for c in r.companies if c.company_id == r.ids[Mention("c", "Alibaba Group Holding Ltd")])
    assert alibaba.name == "Alibaba Group Holding Ltd" and alibaba.ticker == "BABA.N"


def test_a_name_without_its_middle_word_in_the_same_article():
    # "SEBI ... penalty on Prannoy James Roy ... Prannoy Roy and Radhika Roy"
    r = _resolve({"a": ("SEBI fined Prannoy James Roy. Prannoy Roy said", ["Prannoy James Roy", "Prannoy Roy"]),
                  "b": ("Bank of China and Bank of Communications China", ["Bank of China"])})
    assert r.ids[Mention("a", "Prannoy Roy")] == r.ids[Mention("a", "Prannoy James Roy")]


def test_ambiguous_short_form_stays_apart():
    r = _resolve({
        "a": ("Didi Chuxing raised money. Didi said", ["Didi Chuxing"]),
        "b": ("Didi Global listed. Didi said", ["Didi Global"]),
        "c": ("Didi was valued at $25 billion.", ["Didi"]),
    })
    ids = {r.ids[Mention(d, n)] for d, n in (("a", "Didi Chuxing"), ("b", "Didi Global"), ("c", "Didi"))}
    assert len(ids) == 3


def test_parent_and_stable_ids_and_merge():
    docs = {"a": ("negotiating with Alipay, a unit of Chinese e-commerce giant Alibaba, about", ["Alipay"]),
            "b": ("Alibaba Group Holding Ltd said", ["Alibaba Group Holding Ltd"]),
            "c": ("Ant Group Co. said", ["Ant Group Co."]),
            "d": ("Ant Financial said", ["Ant Financial"])}
    r = _resolve(docs)
    alipay = next(c for c in r.companies if c.name == "Alipay")
    assert alipay.parent_id == r.ids[Mention("b", "Alibaba Group Holding Ltd")]
    previous = {name_key(a): c.company_id for c in r.companies for a in c.aliases}
    ant, fin = r.ids[Mention("c", "Ant Group Co.")], r.ids[Mention("d", "Ant Financial")]
    assert ant != fin
    again = _resolve(docs, previous=previous, merges=[(ant, fin)])
    assert again.ids[Mention("c", "Ant Group Co.")] == again.ids[Mention("d", "Ant Financial")] == ant
    assert again.ids[Mention("a", "Alipay")] == r.ids[Mention("a", "Alipay")]
