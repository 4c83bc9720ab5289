"""The cue tables: how English says that a number is a fine, a valuation, an offering, an investment or a stake.

One table per record type, plus the contexts that make a number *not* a record. A new way to say
"was fined" is one more alternative here (and its sentence in tests/extractors/cases_records.py).
"""
from __future__ import annotations

import re


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.I)


FINE = _rx(r"\bfine[sd]?\b(?!-tun)", r"\bfining\b", r"\bpenalt(?:y|ies)\b", r"\bpenali[sz](?:ed|es|ing)\b",
           r"\blevied\b", r"\blev(?:y|ies)\b", r"\bslapped\b", r"\bsanction(?:ed|s)?\b", r"\bordered to pay\b",
           r"\bforfeit(?:ure)?\b", r"\bsettle(?:d|s|ment)?\b[^.;]{0,60}\b(?:charges|probe|investigation|allegations|"
           r"regulators?|commission|government|federal|criminal|claims|prosecutors|department)\b",
           r"\bto resolve\b[^.;]{0,40}\b(?:federal|state|criminal|government)\b")
VALUATION = _rx(r"\bvalu(?:ed|ing|ation|ations)\b", r"\bmarket (?:value|valuation|capitali[sz]ation|cap)\b",
                r"\bestimated value\b", r"\bvalue[ds]?\b", r"\bworth\b")
OFFERING = _rx(r"\bIPOs?\b", r"\bI\.P\.O\.?s?", r"\binitial public offering\b", r"\bpublic (?:offering|listing)\b",
               r"\bofferings?\b", r"\blisting\b", r"\bflotation\b", r"\bgo(?:es|ing)? public\b", r"\bshare sale\b",
               r"\bstock sale\b", r"\bshare offering\b", r"\brights issue\b", r"\bdebut\b")
INVESTMENT = _rx(r"\binvest(?:s|ed|ing|ment|ments)?\b", r"\bfunding\b", r"\bfund-?rais(?:ing|er)\b",
                 r"\bround\b", r"\brais(?:e|es|ed|ing)\b", r"\bbacked\b", r"\bled by\b", r"\binjection\b",
                 r"\binfusion\b", r"\bseries [a-h]\b", r"\bprivate placement\b", r"\bsecured\b", r"\bbacking\b")
# raising money in an IPO is an offering, not an investment
RAISE_ONLY = re.compile(r"^(?:rais\w*|secured)$", re.I)

STAKE = _rx(r"\bstakes?\b", r"\bshareholdings?\b", r"\bholdings?\b", r"\bequity interest\b",
            r"\b(?:economic|ownership|controlling|minority|majority) interest\b", r"\binterest in\b",
            r"\bowns?\b", r"\bowned\b", r"\bholds?\b", r"\bheld\b", r"\bof the (?:shares|company|firm|stock|equity|"
            r"voting rights)\b", r"\bof its (?:shares|stock|equity)\b", r"\bcontrols?\b")
STAKE_NOUN = re.compile(r"\bstakes?\b|\bshareholdings?\b|\bequity\b|\binterest in\b|\bowns?\b|\bholds?\b|\bheld by\b",
                        re.I)
BUY_PERCENT_OF = re.compile(r"\b(?:buy|buying|bought|acquire|acquiring|acquired|sell|selling|sold|take|taking|took)"
                            r"\s+(?:a\s+)?$", re.I)

# contexts that make a money figure something other than a record
NOT_MONEY_RECORD = _rx(
    r"\brevenues?\b", r"\bsales\b", r"\bturnover\b", r"\bprofits?\b", r"\bnet (?:loss|income)\b", r"\blosses\b",
    r"\bearnings\b", r"\bloans?\b", r"\bdebts?\b", r"\bbonds?\b", r"\bbuy ?backs?\b", r"\bbuy back\b",
    r"\brepurchase\b", r"\bper share\b", r"\ba share\b", r"\bper (?:month|year|package|unit)\b",
    r"\ba (?:month|year)\b", r"\bprice[ds]?\b", r"\bcosts?\b", r"\bspend(?:ing)?\b", r"\bbudget\b", r"\bsalary\b",
    r"\bdonat(?:e|ed|ion|ions)\b", r"\bcharit(?:y|able)\b", r"\bgift\b", r"\bdamages\b", r"\blawsuits?\b",
    r"\bclass[- ]action\b", r"\bcompensation\b", r"\bprovision\b", r"\bset aside\b", r"\bsiphon\w*\b",
    r"\bproceeds of crime\b", r"\battach(?:ed|ment)\b", r"\bsalaries\b", r"\bwages\b", r"\bfee\b",
    r"\bbuyout\b", r"\bacquisition\b", r"\btakeover\b", r"\bacquire[ds]?\b", r"\bbuy(?:s|ing)?\b", r"\bbought\b",
    r"\bsell(?:s|ing)?\b(?! off)", r"\bsold\b", r"\bsale of\b", r"\bfortune\b", r"\bnet worth\b",
    r"\bclaims? (?:worth|of|totall?ing|against)\b", r"\bexchange rate\b", r"=")
# share-price moves, index moves and ratios: percentages that are never stakes
NOT_STAKE = _rx(r"\b(?:rose|rise|rises|rising|fell|fall|falls|falling|jump(?:ed|s)?|drop(?:ped|s)?|gain(?:ed|s)?|"
                r"lost|slid|slump(?:ed)?|climb(?:ed|s)?|surg(?:ed|es)|plung(?:ed|es)|declin(?:ed|es)|"
                r"increas(?:ed|es)|decreas(?:ed|es)|firmed|tumbled|soared|sank|up|down|higher|lower|"
                r"advanced|eased|edged|shed|added)\b",
                r"\brevenues?\b", r"\bsales\b", r"\bprofits?\b", r"\bmarket share\b", r"\bof the market\b",
                r"\bturnover\b", r"\bgrowth\b", r"\brates?\b", r"\btax(?:es)?\b", r"\bdiscount\b", r"\bpremium\b",
                r"\bbelow\b", r"\babove\b", r"\binflation\b", r"\bGDP\b", r"\bvotes?\b", r"\bpoll\b",
                r"\bchance\b", r"\bprobability\b", r"\bmargin\b", r"\byield\b", r"\busers\b", r"\bcustomers\b",
                r"\bemployees\b", r"\bworkforce\b", r"\bstaff\b", r"\bindex\b", r"\bbenchmark\b")
EACH = re.compile(r"^\W{0,3}(?:each|apiece)\b", re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)

# the status of a fine: said as a threat or an expectation, or a settlement
FINE_PROPOSED = _rx(r"\bcould\b", r"\bmay\b", r"\bmight\b", r"\bfaces?\b", r"\bfacing\b", r"\bwould\b",
                    r"\bexpected\b", r"\bthreat\w*\b", r"\bpropos\w*\b", r"\bseeks?\b", r"\bseeking\b",
                    r"\bmaximum\b", r"\bup to\b", r"\bpossible\b", r"\bpotential\b", r"\bwarn\w*\b", r"\blikely\b")
FINE_SETTLED = _rx(r"\bsettle\w*\b", r"\bagreed to pay\b", r"\bto resolve\b")
