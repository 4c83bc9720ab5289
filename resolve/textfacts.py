"""What an article's own words say about names: abbreviations it introduces ("Postal Savings Bank of China (PSBC)"),
tickers ("Alibaba Group Holding Ltd (BABA.N)"), renames ("Meta, formerly known as Facebook"), owners ("Alipay, a unit
of Alibaba", "TikTok, which is owned by ByteDance", "Google parent Alphabet"), and makers of products
("ChatGPT maker OpenAI", "Luka Inc., the developer behind the AI chatbot Replika")."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.mentions.organisations import NATIONALITIES, PLACES, POSSESSIVE_INSIDE, is_authority
from resolve.names import GENERIC_TAIL, display_form, name_key, split_role

# a capitalised run: words that begin with a capital (or a digit, with a letter in them: "7Pixel"), joined by
# spaces and a few lower-case connectors; a hyphen stays inside a word only before a capital ("Wal-Mart", not
# "Salesforce-owned"); a full stop only inside or after an abbreviation ("U.S.", "Inc.", "Co."), never one that
# ends a sentence
_TOK = r"(?:[A-Z]|[0-9][\w&'’]*[A-Za-z])[\w&'’]*(?:\.[A-Za-z][\w&'’]*)*(?:\.(?!\s+[A-Z]))?(?:-[A-Z0-9][\w&'’]*)*"
NAME = rf"{_TOK}(?:\s+(?:(?:of|and|&|for|de)\s+)?{_TOK}){{0,6}}"
_NAME_AT_END = re.compile(rf"(?:{NAME})$")
_NAME_AT_START = re.compile(rf"^(?:{NAME})")
_LAST_NAME = re.compile(NAME)
_WINDOW = 160
# a parenthesis after a name: a ticker with its exchange ("(BABA.N)", "(NYSE:BABA)") or a short form ("(PSBC)")
_PAREN = re.compile(r"\s+\((?:the\s+)?(?:(?P<ex>NYSE|NASDAQ|Nasdaq|HKEX|NSE|BSE|LSE|SGX|ASX|TSX)\s?:\s?"
                    r"(?P<sym1>[A-Z0-9.]{1,10})|(?P<sym2>[A-Z0-9]{1,6}[a-z]?)\.(?P<suf>[A-Z]{1,2})"
                    r"|(?P<short>[A-Z][A-Za-z.&]{1,9}))\)")
# "VCPL (Vishwapradhan Commercial Private Ltd)"
_PAREN_REVERSED = re.compile(rf"\b(?P<short>[A-Z][A-Z.&]{{1,9}})\s+\((?P<long>{NAME})\)")
_RENAME = re.compile(r",?\s+\(?(?:formerly|previously|once)(?:\s+known\s+as|\s+called|\s+named)?\s+(?=[A-Z])")
# "X, a unit of ...", "X, the self-driving unit of ...", "X will become a wholly-owned subsidiary of ..."
_UNIT_OF = re.compile(r",?\s+(?:(?:is|was|will\s+become|became)\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
                      r"(?:unit|subsidiary|arm|division)\s+of\s+(?P<rest>[^,.;()]{1,80})")
_OWNED_BY = re.compile(r",\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:now\s+)?(?:wholly\s+|majority\s+|fully\s+)?"
                       r"owned\s+by\s+(?P<rest>[^,.;()]{1,80})")
_OWNED_ADJ = re.compile(r"-owned\s+(?:\([^)]{1,15}\)\s+)?(?=[A-Z])")
_POSSESSED_UNIT = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,3}?(?:unit|subsidiary|arm|division),?\s+(?=[A-Z])")
_PARENT_OF = re.compile(r"(?:['’]s|\s+and\s+its)\s+parent(?:\s+company)?,?\s+(?=[A-Z])")
_MAKER = re.compile(r"\s+(?:maker|developer|creator)\s+(?=[A-Z])")
_BEHIND = re.compile(r",\s+the\s+(?:[\w\-]+\s+)?(?:developer|maker|creator|company|firm|start-?up)\s+(?:behind|of)\s+"
                     r"(?P<rest>[^,.;()]{1,80})")
_CONNECTOR_WORDS = {"of", "and", "for", "the", "&", "de", "in", "on"}


def _before(text: str, pos: int) -> str | None:
    """The capitalised run that ends at text[pos]."""
    m = _NAME_AT_END.search(text[max(0, pos - _WINDOW):pos])
    return m.group() if m else None


def _after(text: str, pos: int) -> str | None:
    m = _NAME_AT_START.match(text[pos:pos + _WINDOW])
    return m.group() if m else None


FACT_KINDS = ("aliases", "tickers", "renames", "parents", "products")


@dataclass
class DocFacts:
    """Name facts one article states; every name is a display form."""

    aliases: list[tuple[str, str]] = field(default_factory=list)   # (short, long) introduced in the text
    tickers: list[tuple[str, str]] = field(default_factory=list)   # (name, "BABA.N")
    renames: list[tuple[str, str]] = field(default_factory=list)   # (new, old)
    parents: list[tuple[str, str]] = field(default_factory=list)   # (child, parent)
    products: list[tuple[str, str]] = field(default_factory=list)  # (product, maker)


# words that open a sentence or a headline before a name ("Is Alibaba Group (BABA) a buy?")
_LEADING = {"the", "a", "an", "is", "was", "are", "were", "why", "what", "how", "when", "where", "in", "on", "at",
            "for", "but", "and", "or", "so", "as", "if", "by", "to", "of", "with", "from", "after", "before", "while",
            "it", "this", "that", "here", "there", "usd", "about", "will", "can", "should", "does", "did", "do"}


def _clean(name: str | None) -> str | None:
    if not name:
        return None
    # "China Ireland's Data Protection Commission", "Warren Buffett's Berkshire Hathaway Inc": after a place's
    # possessive, or a person's before a name of several words, the name is what follows
    m = re.match(r"^(.*\S)['’]s\s+([A-Z].*)$", name)
    if m:
        head_last = m.group(1).split()[-1].lower()
        if head_last not in POSSESSIVE_INSIDE and (head_last in PLACES or len(m.group(2).split()) >= 2
                                                   and not is_authority(m.group(2))):
            name = m.group(2)
    words = name.split()
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    # a full stop after a name ends the sentence, unless the last word is an abbreviation ("Inc.", "U.S.")
    if words and words[-1].endswith(".") and not re.search(r"^(?:[A-Z]\.)+$|^(?:Inc|Co|Corp|Ltd|Bhd|Pte|Jr|Sr)\.$",
                                                         words[-1]):
        words[-1] = words[-1][:-1]
    d = display_form(" ".join(words))
    key = name_key(d)
    return d if key and key not in GENERIC_TAIL and d[:1].isupper() else None


def _last_name(window: str) -> str | None:
    """The last capitalised run in a descriptor phrase: "Chinese e-commerce giant Alibaba" → "Alibaba"; none for a
    list of owners ("Ant and Tencent")."""
    found = [m.group() for m in _LAST_NAME.finditer(window)]
    if not found or re.search(r"\s(?:and|&)\s+[A-Z]", found[-1]) and not is_authority(found[-1]):
        return None
    return _clean(found[-1])


def initials_match(short: str, long: str, *, skip: bool = True) -> bool:
    """"PSBC" for "Postal Savings Bank of China", "SEBI" for "Securities and Exchange Board of India", "SA" for
    "French Supervisory Authority": the letters are the words' initials, in order, connectors optional and
    leading nationality words skippable."""
    letters = re.sub(r"[^A-Za-z]", "", short).upper()
    words = [w for w in re.split(r"[\s\-]+", long) if w]
    if not letters or len(words) < 2:
        return False
    for start in range(0, (min(2, len(words) - 1) if skip else 0) + 1):
        ws = words[start:]
        with_conn = "".join(w[0].upper() for w in ws if w[0].isalnum())
        without = "".join(w[0].upper() for w in ws if w.lower() not in _CONNECTOR_WORDS and w[0].isalnum())
        if letters in (with_conn, without):
            return True
    return False


def ticker_symbol(ticker: str) -> str:
    """"BABA.N", "NYSE:BABA", "BABA" → "BABA"; "0700.HK" → "700": one symbol for one listing however quoted."""
    sym = ticker.split(":")[-1].split(".")[0].upper()
    return sym.lstrip("0") or sym


def _trim_to_initials(short: str, long: str) -> str | None:
    """The part of a run the short form abbreviates: "Sanjay Dutt. The Central Bureau of Investigation (CBI)" →
    "Central Bureau of Investigation"; a nationality before it stays ("French Supervisory Authority (SA)")."""
    words = long.split()
    for start in range(len(words) - 1):
        rest = " ".join(words[start:])
        if initials_match(short, rest, skip=False):
            while start > 0 and words[start - 1].lower() in NATIONALITIES:
                start -= 1
            return _clean(" ".join(words[start:]))
    return None


def _pairs(text: str, rx: re.Pattern[str], cues: tuple[str, ...], *, right: str = "after") -> list[tuple[str, str]]:
    """(name before the cue, name after it) for each cue; "rest" takes the last name of a descriptor phrase.
    The cue words are looked for first: most articles have none, and a plain search is cheaper than the pattern."""
    out: list[tuple[str, str]] = []
    if not any(c in text for c in cues):
        return out
    for m in rx.finditer(text):
        a = _clean(_before(text, m.start()))
        b = _last_name(m.group("rest")) if right == "rest" else _clean(_after(text, m.end()))
        if a and b and name_key(a) != name_key(b):
            out.append((a, b))
    return out


def doc_facts(text: str) -> DocFacts:
    f = DocFacts()
    for m in _PAREN.finditer(text):
        raw = _before(text, m.start())
        if not raw:
            continue
        if m.group("ex") or m.group("sym2"):
            name = _clean(raw)
            if name:
                tick = f"{m.group('ex').upper()}:{m.group('sym1')}" if m.group("ex") else f"{m.group('sym2')}.{m.group('suf')}"
                f.tickers.append((name, tick))
            continue
        short = m.group("short")
        if not short.replace(".", "").isupper() or len(short) < 2:
            continue
        long = _trim_to_initials(short, raw)
        if long:
            f.aliases.append((short, long))
        elif len(short) <= 5 and _clean(raw) and not is_authority(raw):
            # a bare symbol that is not the initials is a ticker: "Alibaba (BABA)", "Herbalife stock (HLF)"
            f.tickers.append((_clean(raw), short))
    if ") (" in text or "(" in text:
        for m in _PAREN_REVERSED.finditer(text):
            long = _clean(m.group("long"))
            if long and initials_match(m.group("short"), long):
                f.aliases.append((m.group("short"), long))
    units = ("unit", "subsidiary", "arm ", "arm,", "division")
    f.renames += _pairs(text, _RENAME, ("formerly", "previously", "once"))
    f.parents += _pairs(text, _UNIT_OF, units, right="rest")
    f.parents += _pairs(text, _OWNED_BY, ("owned by",), right="rest")
    f.parents += [(c, p) for p, c in _pairs(text, _OWNED_ADJ, ("-owned",))]
    f.parents += [(c, p) for p, c in _pairs(text, _POSSESSED_UNIT, units)]
    f.parents += _pairs(text, _PARENT_OF, ("parent",))
    f.products += _pairs(text, _MAKER, ("maker", "developer", "creator"))
    f.products += [(p, mk) for mk, p in _pairs(text, _BEHIND, ("behind", "developer", "maker", "creator", "company of",
                                                               "firm of", "startup of", "start-up of"),
                                               right="rest")]
    return f


def role_facts(name: str) -> DocFacts:
    """Facts a record's name states by itself: "Google parent Alphabet Inc" (Alphabet owns Google),
    "TikTok Owner ByteDance", "ChatGPT maker OpenAI"."""
    f = DocFacts()
    tail, role, head = split_role(name)
    if role and head and _clean(head) and _clean(tail):
        h, t = _clean(head), _clean(tail)
        if role == "parent":
            f.parents.append((h, t))
        elif role == "unit":
            f.parents.append((t, h))
        elif role == "product":
            f.products.append((h, t))
    return f


def occurrences(text: str, word: str):
    """Start offsets of `word` standing as a whole word in the text."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            yield pos
        pos = text.find(word, end)


def longer_forms(text: str, short: str) -> list[str]:
    """Capitalised names in the text that end in a short form: "Commission" → "European Commission"."""
    if not short or not short[:1].isupper():
        return []
    out = []
    for pos in occurrences(text, short):
        head = text[max(0, pos - _WINDOW):pos]
        if not head.endswith(" "):
            continue
        run = _NAME_AT_END.search(head.rstrip())
        if not run:
            continue
        d = _clean(f"{run.group()} {short}")
        if d and name_key(d) != name_key(short) and name_key(d).endswith(name_key(short)):
            out.append(d)
    return out
