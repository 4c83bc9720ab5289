"""One name, three forms: as written, as displayed (no possessive, article or descriptor) and as a key (no legal
form, case or punctuation) that spellings of one company share ("Alibaba Group Holding Ltd" = "Alibaba")."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cleanco import basename

from extractors.mentions.organisations import NATIONALITIES, PLACES, POSSESSIVE_INSIDE

# words that describe a company's trade and go on its name without naming it ("Alibaba Group Holding"): dropped
# from the end of a key after cleanco has taken the legal form off
GENERIC_TAIL = {"group", "holding", "holdings", "co", "company", "companies", "corporation", "corp", "inc", "ltd",
                "limited", "com", "the", "sa", "ag", "plc", "llc", "lp", "nv"}
# a role before a name that the name is not part of: "AI Chatbot Maker Replika", "Google parent Alphabet Inc",
# "TikTok Owner ByteDance" (title case in headlines)
ROLE_WORDS = {"maker": "product", "developer": "product", "creator": "product", "parent": "parent",
              "owner": "parent", "operator": "product", "rival": None, "backer": None, "founder": None,
              "unit": "unit", "subsidiary": "unit", "arm": "unit"}
_ROLE = re.compile(r"^(?P<head>.*?)\s+(?P<role>" + "|".join(ROLE_WORDS) + r")s?\s+(?P<tail>[A-Z0-9].*)$", re.I)
_CONNECTORS = {"of", "and", "for", "de", "du", "la", "von", "van", "der", "del", "y", "on", "&"}
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$")
_PUNCT = re.compile(r"[^\w\s]")
# first words that begin many different companies' names: a short form made of them is never joined to a longer
# name by position alone ("China" is not "China Literature"; "General" is not "General Motors")
GENERIC_FIRST = {"china", "chinese", "general", "first", "national", "united", "american", "international",
                 "global", "new", "the", "bank", "data", "digital", "state", "federal", "central", "royal",
                 "european", "asian", "world", "great", "big", "north", "south", "east", "west", "city", "capital", "standard", "union", "public", "private", "investment", "financial"}


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


def strip_possessive(name: str) -> str:
    """"Alibaba’s" → "Alibaba"; "Tesoro Motors'" → "Tesoro Motors"; "People's Bank" stays."""
    m = _POSSESSIVE_END.search(name)
    if not m:
        return name
    head = name[:m.start()] if m.group().endswith("s") or m.group()[0] in "'’" else name
    if m.group().startswith("s"):  # "Motors'" keeps its s
        head = name[:-1]
    last = head.split()[-1].lower() if head.split() else ""
    return name if last in POSSESSIVE_INSIDE else head


def split_role(name: str) -> tuple[str, str | None, str | None]:
    """"Google parent Alphabet Inc" → ("Alphabet Inc", "parent", "Google"): the name after a role word, the role,
    and the name before it (None where there is no capitalised name before the role)."""
    m = _ROLE.match(name.strip())
    if not m:
        return name, None, None
    head = m.group("head").strip()
    role = ROLE_WORDS[m.group("role").lower()]
    # "AI Chatbot Maker": the words before the role describe the trade; a name there is one we keep as related
    head_name = head if head and head[0].isupper() and len(head.split()) <= 3 and not _is_descriptive(head) else None
    return m.group("tail").strip(), role, head_name


def _is_descriptive(words: str) -> bool:
    """"AI Chatbot", "E-commerce": words naming a trade rather than a company (every word is an acronym of
    two letters or a common noun written in title case)."""
    toks = words.split()
    return any(t.lower() in {"chatbot", "e-commerce", "ride-hailing", "tech", "payments", "startup", "start-up",
                             "chip", "search", "social", "media", "app", "software", "internet"} for t in toks)


def strip_descriptor(s: str) -> str:
    """"Chinese e-commerce giant Alibaba" → "Alibaba", "ride-hailing start-up Didi" → "Didi": lower-case words
    (and nationalities or places before them) in front of a capitalised name; connectors inside a name
    ("Bank of China") are not descriptors."""
    toks = s.split()
    cut = 0
    for i, t in enumerate(toks):
        low = t.lower()
        if t[:1].islower() and low not in _CONNECTORS:
            cut = i + 1
            continue
        if low in NATIONALITIES or low in PLACES or low in {"the", "a", "an"}:
            continue
        break
    rest = toks[cut:]
    return " ".join(rest) if cut and rest and rest[0][:1].isupper() else s


def display_form(name: str) -> str:
    """The name as a person would list it: no possessive, no leading article, no descriptor or role before it,
    and for "Ireland's Data Protection Commission" the body rather than the place."""
    s = " ".join(_fold(name).split()).strip(" ,;:-\"'")
    s = strip_possessive(s)
    tail, role, _ = split_role(s)
    if role is not None:
        s = tail
    s = strip_descriptor(s)
    s = re.sub(r"^(?:the|The|THE)\s+", "", s)
    # "South Korea's Naver Corp": a place's possessive before the name
    m = re.match(r"^(.+?)'s\s+([A-Z].*)$", s)
    if m and m.group(1).lower() in PLACES:
        s = m.group(2)
    return s.strip()


@lru_cache(maxsize=200_000)
def name_key(name: str | None) -> str:
    """The form every spelling of one name shares: legal forms off (cleanco: Ltd, Inc, AG, S.p.A., K.K., ...),
    trade words off the end ("Group Holding"), case, accents and punctuation folded. Empty for no name."""
    if not name:
        return ""
    s = display_form(name)
    prev = None
    while prev != s:  # "Alibaba Group Holding Ltd." → "Alibaba Group Holding" → cleanco stops; trade words below
        prev = s
        s = basename(s).strip() or prev
    s = s.lower().replace("&", " and ").replace(".com", " com")
    s = _PUNCT.sub(lambda m: "" if m.group() in ".'" else " ", s)
    words = s.split()
    while len(words) > 1 and words[-1] in GENERIC_TAIL:
        words.pop()
    while len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def is_generic_short(key: str) -> bool:
    """A short form too common to stand for one company outside the article that introduced it: "Commission",
    "the regulator", a place, a nationality, or a single common opening word."""
    words = key.split()
    if not words:
        return True
    if key in PLACES or key in NATIONALITIES:
        return True
    if len(words) == 1 and words[0] in GENERIC_FIRST:
        return True
    return all(w in _INSTITUTION_HEADS for w in words)


_INSTITUTION_HEADS = {"commission", "authority", "regulator", "watchdog", "agency", "ministry", "department",
                      "court", "board", "office", "council", "government", "bureau", "committee", "administration",
                      "exchange", "tribunal", "parliament", "antitrust", "protection", "competition", "market",
                      "markets", "regulation", "securities", "supervisory", "privacy", "financial", "conduct",
                      "trade", "fair", "consumer", "of", "and", "for", "the", "data", "information", "justice"}


def fullness(name: str) -> tuple[int, int]:
    """How fully a display form states a name: more words, then more letters ("Alibaba Group Holding Ltd")."""
    return len(name.split()), len(name)
