"""Which kind of fact a money figure states: the nearest cue in its sentence decides, unless a
not-a-record context (revenue, loan, per-share price, buyback ...) sits closer to the figure.

A cue counts only where its syntax points at the figure: "worth $2 billion" (not "$2 billion worth of assets"),
"raised $12m" (not "raised its estimate from $559 million"); a valuation cue whose head is "settlement" states a fine.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from extractors import prefilter
from extractors.records import cues

KINDS = {"fines": cues.FINE, "valuations": cues.VALUATION, "offerings": cues.OFFERING,
         "investments": cues.INVESTMENT}
MAX_CUE_DISTANCE = 160

Cue = re.Match[str]


def _distance(m: Cue, start: int, end: int) -> int:
    if m.end() <= start:
        return start - m.end()
    if m.start() >= end:
        return m.start() - end
    return 0


@prefilter.pattern_cache(maxsize=1024)  # every figure of a sentence scans the same cue tables; bounded
def _matches(pattern: re.Pattern[str], sentence: str) -> tuple[Cue, ...]:
    return prefilter.finditer(pattern, sentence)  # the same matches, scanned with the alternatives that can match


def nearest(pattern: re.Pattern[str], sentence: str, start: int, end: int,
            valid: Callable[[Cue], bool] | None = None) -> tuple[int, Cue | None]:
    best: tuple[int, Cue | None] = (10**9, None)
    for m in _matches(pattern, sentence):
        d = _distance(m, start, end)
        if d < best[0] and (valid is None or valid(m)):
            best = (d, m)
    return best


def _valid(kind: str, sentence: str, start: int, end: int) -> Callable[[Cue], bool]:
    def ok(m: Cue) -> bool:
        word = m.group().lower()
        if _WITHOUT.search(sentence[max(0, m.start() - 45):m.start()]):
            return False  # "without having to undergo rights issues": a cue said not to have happened names no sum
        if kind == "valuations" and word == "worth":
            if _WHO_IS_WORTH.search(sentence[max(0, m.start() - 60):m.start()]):
                return False  # "Mike Lynch, who is worth an estimated £469million": "who" tells a person's wealth
            # "is worth $1 billion": the cue precedes the sum; "shares worth $2 billion" values the shares
            # "X's 12% stake in Y, which was valued at ..., is now worth $1.1 billion": the relative clause aside
            if re.search(r"\b(?:[\w-]+)\s+$", sentence[max(0, m.start() - 25):m.start()]) and \
                    cues.WORTH_HEAD_NOT_VALUATION.search(re.search(r"[\w-]+\s+$", sentence[:m.start()]).group()):
                return False  # "to claim a tax exemption worth over $90 million": the noun right before is not a company
            head = re.sub(r",\s+(?:which|who|that)\b[^,]*,", "", sentence[:m.start()])
            head = re.sub(r",\s+(?:which|who|that)\b[^,]*$", "", head)  # "The deal, which analysts say is worth"
            if _THINGS_ARE_WORTH.search(head[-90:]):
                return False  # "the Alibaba shares being left behind in Remain Co. are worth about $28 billion"
            return (m.end() <= start and not cues.WORTH_HEAD_NOT_VALUATION.search(head[-40:])
                    and bool(cues.WORTH_GAP.match(sentence[m.end():start])))
        if kind == "valuations" and word == "value" and _SHAREHOLDER_VALUE.search(sentence[max(0, m.start() - 16):m.start()]):
            return False  # "was good for shareholder value": the owners' gain, not what a company is worth
        if kind == "valuations" and _VALUE_OF_FLOW.match(sentence, m.start()):
            return False  # "the value of India's overall exports": a trade flow, not a company
        if kind == "valuations" and m.start() >= end and _COMPARED_TO_VALUE.search(sentence[end:m.start()]):
            return False  # "won ... for $9.4bn - much less than most assessments of its value": a price set against a value
        if kind == "valuations" and m.start() >= end and re.match(r"valu(?:ing|es)\b", word):
            return False  # "raised a total of $149 million valuing it at $700 million": the verb values what follows it
        if kind == "valuations" and re.search(r"\btimes\s+(?:the\s+|its\s+|their\s+)?$", sentence[max(0, m.start() - 20):m.start()]):
            return False  # "six times the value of the cash": a ratio to another sum
        if kind == "valuations" and m.start() >= end and _PREMIUM_TO.search(sentence[max(0, m.start() - 50):m.start()]):
            return False  # "betting $14 billion on the biotech, a 120 percent premium to the undisturbed market value"
        if kind == "valuations" and _CHANGED_BY.search(sentence[max(0, start - 40):start]):
            return False  # "Apple struggled to expand that by $100 billion": a change, not a level
        if kind == "valuations":
            if m.end() <= start and cues.VALUE_CHANGE_GAP.match(sentence[m.end():start]):
                return False  # "cutting the company's value by more than $10 billion"
            head = re.sub(r",\s+(?:which|who|that)\b[^,]*,", "", sentence[:m.start()])
            if re.match(r"valu(?:es|ed|ing)\s+(?:[A-Z]|the\s+[A-Z])", sentence[m.start():m.start() + 24]):
                return True  # "The acquisition values Instagram at": an active verb values its object, whatever the head
            return not cues.VALUE_HEAD_NOT_COMPANY.search(head[-40:]) and not (
                m.group().lower().startswith("valued") and cues.HOLDINGS_VALUED.search(head[-120:]))
        if kind == "offerings" and (m.start() >= end and _TIME_ANCHOR.search(sentence[end:m.start()])
                                    or _TIME_ANCHOR.search(sentence[max(0, m.start() - 40):m.start()])):
            # "its market cap plunged from £4.3billion since its listing to just £1billion": the listing dates a sum
            return False
        if kind == "offerings" and word == "listing" and _LISTS_OTHERS.match(sentence, m.end()):
            return False  # "The LSE ... is a key prize, listing stocks with a total capitalisation of": an exchange's trade
        if kind == "offerings" and m.start() >= end and _NOT_YET.search(sentence[max(0, m.start() - 50):m.start()]):
            return False  # "the $48 million raised ... allows it to be selective in the timing of an eventual IPO"
        if kind == "offerings" and word == "offering" and m.end() <= start and cues.RAISED_SUM_GAP.match(sentence[m.end():start]) \
                and not re.search(r"\b(?:an?|the|its|their|public|share|stock|initial|secondary|rights)\s+$",
                                  sentence[max(0, m.start() - 12):m.start()], re.I):
            return False  # "The US firm is thought to be offering about $2bn to extricate itself": the verb, a payment
        if kind == "offerings" and m.start() >= end and _WHEN_BEFORE.search(sentence[end:m.start()]) \
                and not _RAISED_BEFORE.search(sentence[max(0, start - 40):start]):
            # "expect the value of the club to total some 160 million pounds when it joins the stock exchange": a
            # clause of time dates the sum; "would seek to raise up to 50 million pounds when it joins ..." is raised
            return False
        if kind == "investments" and cues.RAISE_ONLY.match(word) and m.end() <= start:
            return bool(cues.RAISED_SUM_GAP.match(sentence[m.end():start]))
        if kind == "investments" and cues.RAISE_ONLY.match(word):
            # "Byju's, valued at $22 billion, raised $250 million": a raising verb after a comma is another clause's;
            # "the $40 million raised from investors" is the sum's own participle
            # ("paying over ₹61 lakh to an agent ... in securing licenses": a gerund after the sum governs its own object)
            return m.start() < end or not re.search(r"[,;:()]", sentence[end:m.start()]) and not word.endswith("ing")
        return True
    return ok


# a negated event: "without having to undergo rights issues", "without an IPO"
_WITHOUT = re.compile(r"\bwithout\s+(?:(?:having|needing|the\s+need)\s+to\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# a price told against a value: "a 120 percent premium to the undisturbed market value", "a discount to its value"
_PREMIUM_TO = re.compile(r"\b(?:premium|discount|markup|mark-up)\s+(?:of\s+\S+\s+)?(?:to|over|on)\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,2}$", re.I)
# a change told by its size: "expand that by $100 billion", "grew by about $20 billion"
_CHANGED_BY = re.compile(r"\b(?:expand\w*|increas\w*|grow\w*|grew|gain\w*|add\w*|ris\w*|rose|fell|fall\w*|drop\w*|"
                         r"cut\w*|boost\w*|lift\w*|jump\w*|climb\w*|swell\w*|shrink\w*|shrank|slump\w*)\s+(?:\w+\s+){0,2}?"
                         r"by\s+(?:(?:about|around|nearly|over|more\s+than|some|almost|roughly|another|a\s+further)\s+)?$", re.I)


# "good for shareholder value", "shareholders' value": what owners gain
_SHAREHOLDER_VALUE = re.compile(r"\bshareholders?['’]?\s+$", re.I)
# "the value of India's overall exports", "the value of goods traded": a flow of trade or output, not a company
_VALUE_OF_FLOW = re.compile(r"value\s+of\s+(?:[^.;,]{0,40}?\s)?(?:exports|imports|trade|shipments|output|production|"
                            r"goods|remittances|transactions|deals|orders|contracts|sales)\b", re.I)
# a sum set against a value told after it: "- much less than most assessments of its value", "below its market value"
_COMPARED_TO_VALUE = re.compile(r"^[^.;$€£¥\d]{0,60}?\b(?:(?:less|more|lower|higher|greater|smaller|bigger|cheaper|"
                                r"dearer)\s+than|below|above|short\s+of|(?:a\s+)?fraction\s+of|(?:a\s+)?"
                                r"(?:discount|premium)\s+(?:to|on)|half|twice|compared\s+(?:with|to))\b", re.I)
# "listing stocks", "listing companies": an exchange's business of listing others, not a company's own listing
_LISTS_OTHERS = re.compile(r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:stocks|shares|companies|firms|securities|bonds|funds)\b")


# an event after the sum that only dates it: "since its listing", "before the IPO", "at the time of its flotation"
_TIME_ANCHOR = re.compile(r"\b(?:since|after|before|following|prior\s+to|at\s+the\s+time\s+of)\s+(?:(?:its|the|their|his|"
                          r"her|that|this)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


_VIA_MARKET = re.compile(r"\s*\)?\s*(?:\([^()]{0,40}\)\s*)?(?:on|via|through|from|in)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+)?"
                         r"(?:stock\s+(?:market|exchange)|bourse|(?:share\s+|stock\s+)?sale|flotation|listing|"
                         r"(?:share|stock|public)\s+offer(?:ing)?)\b", re.I)
_NOT_YET = re.compile(r"\b(?:eventual|future|possible|potential|later|subsequent)\s+(?:[\w-]+\s+){0,3}(?:\(\s*)?$", re.I)
_WHEN_BEFORE = re.compile(r"^[^.;]{0,30}\b(?:when|once|as\s+soon\s+as)\s+(?:it|they|the\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}$", re.I)
_RAISED_BEFORE = re.compile(r"\b(?:rais(?:e|es|ed|ing)|fetch(?:es|ed)?|generat(?:e|es|ed))\s+" + cues._Q + r"$", re.I)


# "who is worth", "who is now thought to be worth": a relative "who" is said of people, and a person's worth is wealth
_WHO_IS_WORTH = re.compile(r"\bwho\s+(?:is|was|are|were|will\s+be|would\s+be|has\s+been|had\s+been)\s+(?:now\s+|still\s+|"
                           r"already\s+|reportedly\s+)*(?:(?:said|thought|believed|estimated|reported)\s+to\s+be\s+)?$",
                           re.I)
# a plural holding or asset as the subject of "are worth", however long its modifiers: the value of things held
_THINGS_ARE_WORTH = re.compile(r"\b(?:shares|stakes|holdings|securities|assets|stock)\b(?:[^.;,:–—]|(?<=[A-Z])\.|(?<=Co)\.|(?<=Inc|Ltd)\.|(?<=Corp)\.){0,60}\b(?:are|were|"
                               r"would be|will be|could be|have been|had been)\s+(?:now\s+|currently\s+|still\s+|"
                               r"collectively\s+|together\s+)?$")


def _real_block(sentence: str) -> Callable[[Cue], bool]:
    """"$1.8 billion including debt", "net of fees": a not-a-record word in a modifier does not name the sum."""
    def ok(m: Cue) -> bool:
        return not cues.MODIFIER_BEFORE.search(sentence[max(0, m.start() - 25):m.start()])
    return ok


def classify(sentence: str, start: int, end: int) -> tuple[str | None, Cue | None]:
    """The record kind for the money at sentence[start:end], with the cue that decided it, or (None, None)."""
    if cues.UNIT_PRICE_BEFORE.search(sentence[max(0, start - 6):start]) and cues.EACH.match(sentence[end:end + 12]):
        return None, None  # "30 million shares at $17 each": a unit price
    if cues.FUND_SIZE_AFTER.match(sentence[end:end + 80]):
        return None, None  # "10% of its $5.3-billion Macro Opportunities Fund": the size of a fund
    if cues.DEBT_AFTER.match(sentence[end:end + 60]):
        return None, None  # "raise £750 million through a bond sale"
    before = sentence[max(0, start - 60):start]
    if cues.MANAGED_BEFORE.search(before):
        return None, None  # "which manages $48 billion": assets under management
    if cues.CASH_HELD.match(sentence[end:end + 20]) and cues.HOLDS_BEFORE.search(before):
        return None, None  # "which had 4.8 billion euros in cash": a cash pile
    if cues.COLLECTED_IN_FINES.search(before) and cues.FINES_PLURAL_AFTER.match(sentence[end:end + 30]):
        return None, None  # "collected a record £215 million in fines": a regulator's yearly take
    if cues.PLURAL_ISSUES_AFTER.match(sentence[end:end + 50]) or cues.MARKET_RAISERS_BEFORE.search(sentence[:start]):
        return None, None  # "Companies have raised $19.5 billion through U.S. IPOs": a market total
    if cues.SALE_PRICE_BEFORE.search(sentence[max(0, start - 220):start]):
        return None, None  # "sold its 4.5% stake in X for 1.2 billion euros": a sale price
    worth = re.search(r"\bworth\s+(?:[a-z]+\s+){0,2}$", sentence[max(0, start - 30):start])
    # (a relative after a later noun describes that noun: "controls 48% of the group, which is worth $17bn")
    if worth and re.search(r"(?:\b(?:stake|holding|shareholding|interest)\b|\d\s*(?:%|percent|per cent)\s+of\b)"
                           r"(?:(?!,\s*(?:which|that)\b)[^.;]){0,25}$",
            re.sub(r",\s+(?:which|who|that)\b[^,]*,", "", sentence[:max(0, start - 30) + worth.start()])[-40:]):
        return None, None  # "X's 12% stake ... is now worth about $1.1 billion": the value of a holding
    if worth and re.search(r"\b(?:securities|funds|money|deposits|assets|propert(?:y|ies)|goods|jewel\w*|valuables)\b"
                           r"[^.;]{0,25}$", sentence[:max(0, start - 30) + worth.start()]):
        return None, None  # "misusing client funds and securities worth over Rs 340 crore": the value of things
    found = {kind: nearest(rx, sentence, start, end, _valid(kind, sentence, start, end)) for kind, rx in KINDS.items()}
    found = {k: v for k, v in found.items() if v[1] is not None}
    if not found:
        return None, None
    if "offerings" in found and "investments" in found and cues.RAISE_ONLY.match(found["investments"][1].group()):
        # "raised $3.36 billion ... in the largest IPO of the year": the raising verb holds the sum, the IPO
        # says what kind of raising it was
        raise_dist = found["investments"][0]
        del found["investments"]
        if raise_dist <= 3:
            found["offerings"] = (raise_dist, found["offerings"][1])
    if "investments" in found and cues.RAISE_ONLY.match(found["investments"][1].group()) \
            and found["investments"][1].end() <= start and _VIA_MARKET.match(sentence[end:end + 60]):
        # "looking to raise more than 70m euros on the stock market", "plans to raise $100m from the sale": raised by
        # selling shares to the market
        found = {"offerings": (found["investments"][0], found["investments"][1])}
    kind = min(found, key=lambda k: (found[k][0], list(KINDS).index(k)))
    if kind != "fines" and "fines" in found and found["fines"][1].end() <= start and found[kind][1].start() >= end \
            and _REASON_AFTER.match(sentence, end, found[kind][1].start()):
        # "fined property developer DLF and its top management $8.4 million for their lack of disclosures during the
        # initial public offering": the fine verb governs the sum; what follows says why
        kind = "fines"
    dist, cue = found[kind]
    if kind == "valuations" and cue.end() <= start and cues.FINE_HEAD.search(sentence[max(0, cue.start() - 40):cue.start()]):
        kind = "fines"  # "the proposed settlement, valued at $14.7 billion"
    elif kind == "valuations" and cue.end() <= start and cues.OFFERING_HEAD.search(sentence[max(0, cue.start() - 40):cue.start()]) \
            and re.match(r"\s*(?:at\b|$)", sentence[cue.end():start]):
        kind = "offerings"  # "an initial public offering valued at about $3 billion": the size of the offering
    block_dist, block = nearest(cues.NOT_MONEY_RECORD, sentence, start, end, _real_block(sentence))
    if block is not None and block.start() >= end and cues.SUM_OF.match(sentence[end:block.start()]):
        return None, None  # "ordered to pay $45 million in damages": the noun after the sum says what it is
    if block is not None and block_dist < dist:
        # "a buyback worth $2 billion" beats a far "investment"; but "fined ... for its sales practices" does not
        # beat a cue glued to the figure
        if not (dist <= 2 and block_dist > 0):
            return None, None
    if block is not None and (block_dist == 0 or block.start() <= cue.start() and block.end() >= cue.end()):
        return None, None  # "book value of Rs 3.5 crore": the cue is part of a not-a-record phrase
    if dist > MAX_CUE_DISTANCE:
        return None, None
    return kind, cue


# a reason or occasion told after a sum: "for their lack of disclosures during the", "over its failure to"
_REASON_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:for|over|after)\b[^.;]*$", re.I)


def not_a_deal(kind: str, sentence: str, start: int, end: int) -> str | None:
    """The name of the not-a-record context (cues.NOT_DEAL) around the sum at sentence[start:end], if one holds."""
    before, after = sentence[max(0, start - 120):start], sentence[end:end + 90]
    if sentence[start:end].count("(") > sentence[start:end].count(")"):
        after = re.sub(r"^\s*\)", "", after)  # "$20 Million(approx. ₹136 Cr) to launch": the sum ends in its bracket
    low = prefilter.lowered(before)  # a context whose opening words are not before the sum is not searched for
    for name, kinds, b, a in cues.NOT_DEAL:
        if kind in kinds and (b is None or prefilter.may_occur(b, low) and b.search(before)) \
                and (a is None or a.search(after)):
            return name
    return None
