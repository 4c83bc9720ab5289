"""The name finder: capitalised runs, institutions joined by "and", datelines, headline verbs, places."""
from __future__ import annotations

import pytest

from extractors.mentions.organisations import find_names, fullest, is_authority, is_place

CASES = [
    ("the market regulator Securities and Exchange Board of India (SEBI) levied", ["Securities and Exchange Board of India", "SEBI"]),
    ("including Meituan and Didi, which were hit", ["Meituan", "Didi"]),
    ("putting Ant Group and Tencent on the list", ["Ant Group", "Tencent"]),
    ("Morgan Stanley and Deutsche Bank will manage the sale", ["Morgan Stanley", "Deutsche Bank"]),
    ("the Italian Competition and Market Authority (AGCM)", ["Italian Competition and Market Authority", "AGCM"]),
    ("European Union (EU) fined the platform", ["European Union", "EU"]),
    ("The Federal Trade Commission fined Acme Corp", ["Federal Trade Commission", "Acme Corp"]),
    ("LONDON Google faces a record antitrust fine", ["Google"]),
    ("SAN FRANCISCO Visa Inc (V.N), the world's largest", ["Visa Inc", "V.N"]),
    ("EU Slaps $600M Fine on TikTok for Transferring User Data", ["EU", "600M", "TikTok", "Transferring User Data"]),
    ("imposed by the People’s Bank of China", ["People’s Bank of China"]),
    ("Pied Piper raised $40 million in a Series B round", ["Pied Piper"]),
    ("Johnson & Johnson agreed to pay", ["Johnson & Johnson"]),
    ("Hartley & Co agreed to pay", ["Hartley & Co"]),
    ("in funding from Tiger Global.", ["Tiger Global"]),
    ("by the State Administration for Market Regulation", ["State Administration for Market Regulation"]),
    ("The Office of Foreign Assets Control said", ["Office of Foreign Assets Control"]),
    ("Britain's Information Commissioner's Office fined", ["Britain", "Information Commissioner's Office"]),
    ("into Class A stock", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_find_names(text: str, expected: list[str]) -> None:
    assert [n.text for n in find_names(text)] == expected


def test_possessive_is_marked() -> None:
    names = find_names("Softbank's Alibaba stake will fall")
    assert [(n.text, n.possessive) for n in names] == [("Softbank", True), ("Alibaba", False)]


@pytest.mark.parametrize("name, expected", [("SEBI", True), ("European Commission", True),
                                            ("People's Bank of China", True), ("Bank of China", False),
                                            ("Ant Group", False), ("Deutsche Bank", False),
                                            # company names that share a regulator's words
                                            ("Ashcombe Securities", False), ("State Bank of India", False),
                                            ("Union Bank", False), ("Qatar Investment Authority", False),
                                            ("United States", False), ("Shanghai Stock Exchange", True),
                                            ("Financial Conduct Authority", True), ("European Union", True)])
def test_is_authority(name: str, expected: bool) -> None:
    assert is_authority(name) is expected


@pytest.mark.parametrize("name, expected", [("India", True), ("U.S.", True), ("China’s", True), ("Hong Kong", True),
                                            ("Alibaba", False), ("Ant Group", False)])
def test_is_place(name: str, expected: bool) -> None:
    assert is_place(name) is expected


def test_fullest_prefers_the_longest_telling() -> None:
    assert fullest("Ant", ["Ant Group", "Ant", "Alibaba"]) == "Ant Group"
    assert fullest("Alibaba", ["Ant Group", "Alibaba Group Holding Ltd"]) == "Alibaba Group Holding Ltd"
