"""The cue tables: how English says that a number is a fine, a valuation, an offering, an investment or a stake.

One table per record type, plus the contexts that make a number *not* a record. A new way to say
"was fined" is one more alternative here (and its sentence in tests/extractors/cases_records.py).
"""
from __future__ import annotations

import re


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.I)


# what a settlement with the state resolves: "to settle SEC charges", "to resolve U.S. criminal and civil probes"
_OFFICIAL_MATTER = (r"(?:charges|probes?|investigations?|inquiry|inquiries|allegations|accusations?|regulators?|commission|government|"
                    r"federal|state|criminal|civil|claims|prosecutors|department|authorities|agency|watchdog|"
                    # "The FTC announced that X will pay $14 million to settle a complaint": with a public body named
                    # in the sentence (fines.py checks)
                    r"complaints?|"
                    # "in a comprehensive settlement, the FTC confirmed": a regulator known by its acronym
                    r"(?-i:SEC|FTC|DOJ|CFTC|FCA|CMA|EPA|FINRA|OCC|CFPB|FDIC|SEBI|RBI|CCI|ED|FCC|FAA|FDA|NHTSA|ICO|CNIL|SFO|"
                    r"PRA|ASIC|ACCC|BaFin|AMF|CONSOB|OFAC|FinCEN|NYDFS|IRS|EEOC|OSHA|IMRO|SFC|ESMA|MAS|HKMA))")
# up to 60 characters of the same sentence; an abbreviation's full stop ("U.S.") does not end it
_WITHIN_60 = r"(?:[^.;]|(?<=[A-Z])\.|(?<=\d)\.(?=\d)){0,60}"
FINE = _rx(r"\bfine[sd]?\b(?!-tun)", r"\bfining\b", r"\bpenalt(?:y|ies)\b", r"\bpenali[sz](?:ed|es|ing)\b",
           r"\blevied\b", r"\blev(?:y|ies)\b", r"\bslapped\b", r"\bsanctions?\b", r"\bordered\s+(?:[\w&.’'\-]+\s+){0,4}?to\s+(?:pay|forfeit|disgorge)\b", r"\bdisgorge(?:d|ment)?\b",
           r"\bforfeit(?:ure)?\b", rf"\bsettle(?:d|s|ment)?\b{_WITHIN_60}\b{_OFFICIAL_MATTER}\b",
           rf"\bto resolve\b{_WITHIN_60}\b{_OFFICIAL_MATTER}\b",
           # "agreed to pay $850m to settle a lawsuit filed by Mr Spitzer": a fine where a public body brought the suit
           # (fines.py checks the article names one and the sentence no private plaintiff)
           rf"\bto\s+settle\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:lawsuits?|suits?|legal\s+action|court\s+case)\b",
           # a regulator's sanction in its own words: "supervisory enforcement action on RCBC to pay the amount of"
           r"\benforcement\s+action\b[^.;]{0,60}\bto\s+pay\b")
VALUATION = _rx(r"\bvalu(?:ed|ing|ation|ations)\b", r"\bmarket (?:value|valuation|capitali[sz]ation|cap)\b",
                r"\bestimated value\b", r"\bvalue[ds]?\b", r"\bworth\b",
                # "Allied Domecq, which has a capitalisation of £5.7bn": the bare noun, told with its sum
                r"\bcapitali[sz]ation\b(?=\s+of\b)")
OFFERING = _rx(r"(?<!pre-)(?<!pre)\bIPOs?\b", r"(?<!pre-)\bI\.P\.O\.?s?", r"\binitial public offering\b", r"\bpublic (?:offering|listing)\b",
               r"\bofferings?\b", r"\blisting\b", r"\bflotation\b", r"\bfloat(?:s|ed|ing)?\s+(?:on|in)\b",
               # "the 1995 float of Qantas Airways Ltd raised A$1.45 billion": the noun, with the company it floated
               r"\bfloat\s+of\s+(?-i:(?=[A-Z]))",
               r"\bgo(?:es|ing)? public\b", r"\bwent public\b",
               r"\blist(?:s|ed|ing)?\s+(?:its|their|the company's|the bank's)\s+(?:[\w-]+\s+)?shares\b",
               # "selling a quarter of its shares to raise up to $300m": a company selling its own shares raises money
               # ("It sold 20% of its equity or 17.2 million shares in a bid to raise up to $443m")
               r"\b(?:sell(?:s|ing)?|sold)\s+(?:(?:a|an|the|some|about|around|up to|[\w%.-]+)\s+){0,4}?(?:of\s+)?"
               r"(?:its|their|new)\s+(?:[\w-]+\s+)?(?:shares|stock|equity)\b"
               r"(?=(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\bto raise\b)", r"\bshare sale\b",
               # "raise 40-50 million pounds through the issue of new shares"; "when it joins ... the stock market"
               r"\b(?:issue|issuing)\s+of\s+(?:new\s+)?(?:[\w-]+\s+)?(?:shares|stock)\b", r"\bsale\s+of\s+new\s+(?:shares|stock)\b",
               # "by selling new stocks worth £1bn", "The 865 million share offer ... raised 54bn rupees"
               r"\b(?:sell(?:s|ing)?|sold)\s+(?:[\w-]+\s+){0,3}?new\s+(?:shares|stocks?|equity)\b",
               r"\b(?:public|share|stock)\s+offers?\b",
               r"\bjoins?\s+the\s+(?:[\w-]+\s+){0,6}?(?:on\s+the\s+)?stock\s+(?:market|exchange)\b",
               r"\bstock sale\b", r"\bshare offering\b", r"\brights issues?\b", r"\bdebut\b",
               # a listed company's issue of new equity: "a £150million equity raise", "a AU$35 million capital raising",
               # "a cash call", "raise the total by issuing new shares"
               r"\bequity\s+rais(?:e|es|ing)\b", r"\bcapital\s+rais(?:e|es|ing)\b", r"\bcash\s+calls?\b",
               r"\bshare\s+issues?\b",
               # share issues to institutions or the public: "a qualified institutional placement (QIP)", "took the
               # follow-on public offer (FPO) route", "allotment of 371.8 million equity shares ... aggregating to"
               r"\bqualified institutional placements?\b", r"\bQIPs?\b", r"\bfollow-on (?:public )?offer(?:ing)?s?\b",
               r"\bFPOs?\b", r"\bpreferential (?:issue|allotment)\b",
               # "sold its 10% stake ... through the Offer-For-Sale (OFS) route and has collected ₹729.44 crore"
               r"\boffer[- ]for[- ]sale\b", r"\bOFS\b",
               # a listed company's issue of new shares to institutions: "A$40 million via a two tranche placement",
               # "GBP2 million via a share placing" (a "private placement" by an unlisted company is a round)
               r"(?<!private )(?<!private share )\b(?:share |equity |institutional )?placement\b", r"\bplacing\b",
               r"\ballot(?:ment|ted)\s+of\s+(?:[\w.,]+\s+){0,4}(?:equity\s+)?shares\b(?=[^.;]{0,140}\baggregating\b)")
INVESTMENT = _rx(r"\binvest(?:s|ed|ing|ment|ments)?\b"
                 # "Saudi Arabia's Public Investment Fund", "China Investment Corp": the word inside a body's name
                 r"(?!(?:(?<=Investment)|(?<=Investments))\s+(?-i:Fund|Authority|Corporation|Corp|Company|Bank|"
                 r"Management|Group|Partners|Trust|Holdings|Office|Board|Commission|Council|Agency|Limited|Ltd|"
                 r"Advisors|Advisers|Managers|Promotion)\b)"
                 # "the US investment bank", "an investment banker", "investment-grade bonds": the word only qualifies
                 # a kind of firm, person or rating, no sum is put into anything
                 r"(?!(?<=investment)[\s-]+(?-i:banks?|bankers?|banking|grade|trusts?|houses?|advisers?|advisors?|advice)\b)",
                 r"\bfunding\b", r"\bfund-?rais(?:ing|er)\b",
                 r"\bround\b", r"\brais(?:e|es|ed|ing)\b",
                 # "OpenAI picked up $6.6 billion", "Julius nabs $10M", "lands $31M": newsroom verbs for raising
                 r"\b(?:pick(?:s|ed|ing)?\s+up|bag(?:s|ged|ging)|nab(?:s|bed|bing)|land(?:s|ed|ing)|snag(?:s|ged|ging)|"
                 r"(?:pull|haul)(?:s|ed|ing)?\s+in)\b",
                 # "Tencent-backed China Literature": a hyphenated "-backed" only describes a name
                 r"(?<!-)\bbacked\b",
                 # "the company, led by boss and co-founder Alex Karp": a company's leader, not a round's
                 r"\bled by\b(?!\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+)?(?:boss|chief|founders?|co-?founders?|"
                 r"CEO|chairman|chairwoman|chairperson|president|managing\s+director|executives?|management)\b)",
                 r"\binjection\b",
                 r"\binfusion\b", r"\bseries [a-h]\b", r"\bprivate placement\b",
                 # ("in securing licenses and approvals": a thing secured that is not money)
                 r"\bsecur(?:ed|es|ing)\b(?!\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+)?(?:licen[cs]es?|approvals?|"
                 r"permits?|contracts?|orders?|rights|land|votes?|seats?|release|clearances?|bail)\b)", r"\bbacking\b",
                 # "will put 50 billion yen into Zenlytics", "injected Rs 500 crore into Apex"
                 r"\b(?:put|puts|putting|pour(?:s|ed|ing)?|inject(?:s|ed|ing)?|pump(?:s|ed|ing)?|plough(?:s|ed)?)\b"
                 r"(?=(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\binto\b)",
                 # "Amazon has infused fresh ₹2,010 crore capital in India"
                 r"\binfus(?:e|es|ed)\b",
                 # buying shares a company newly issues puts money into it
                 r"\bnew(?:ly[- ]issued)? shares\b",
                 # "X will get upto ₹205 Cr from Hero Motocorp", "X receives $5M from Y": a sum got from a named backer
                 r"\b(?:gets?|got|receiv(?:e|es|ed))\b(?=\s+(?:[\w.-]+\s+){0,2}?(?:[$€£₹¥]|Rs\b|US\$|\d)[^;]{0,80}?"
                 r"\bfrom\s+(?:the\s+)?(?-i:[A-Z]))")
# raising money in an IPO is an offering, not an investment
RAISE_ONLY = re.compile(r"^(?:rais\w*|secur(?:ed|es|ing)|pick(?:s|ed|ing)?\s+up|bag(?:s|ged|ging)|nab(?:s|bed|bing)|"
                        r"land(?:s|ed|ing)|snag(?:s|ged|ging)|(?:pull|haul)(?:s|ed|ing)?\s+in)$", re.I)
# "raised $12m", "raised about $12m", "raised another $450 million": the sum is what was raised; "raised its damage
# estimate from $559 million" raises something else
RAISED_SUM_GAP = re.compile(r"^\s*(?:(?:about|around|nearly|almost|roughly|approximately|some|over|more than|less "
                            r"than|up to|at least|just|only|another|an additional|a further|a total of|a combined|"
                            r"a fresh|a|an|the)\s+)*$", re.I)
# "worth $2 billion" values what precedes it: a company or stake; these heads make it something else
WORTH_HEAD_NOT_VALUATION = re.compile(
    r"\b(?:shares|stake|options|stock|donations?|gifts?|assets|property|properties|deals?|contracts?|order|orders|"
    r"transactions?|packages?|projects?|goods|products|imports|exports|bonds|notes|placement|issue|offering|offer|QIP|round|"
    # "a lucrative and highly fragmented market worth well over $500 million": the size of a market
    r"market|industry|sector|economy|"
    # "to claim a tax exemption worth over $90 million": a tax benefit's size
    r"exemptions?|reliefs?|credits?|breaks?|concessions?|subsid(?:y|ies)|incentives?|rebates?|"
    # "a complicated share buy back worth up to 156 million pounds", "securitised mortgages worth A$340 million", "the
    # loan, worth over 20 billion yen", "acquisition targets worth up to $30 million each", "airliners valued at": a
    # buyback, a loan or things bought, not a company's value
    r"buy[- ]?backs?|repurchases?|mortgages?|loans?|debts?|targets?|airliners?|aircraft|planes?|jets?|ships?|"
    # "misusing client funds and securities worth over Rs 340 crore": a pool of money or paper, not a company
    r"securities|funds|money|deposits|receivables|invoices|claims|"
    # "a 'golden hello' worth £7million", "a bonus worth £700m": a person's pay or wealth, not a company's value
    r"golden\s+(?:hellos?|handshakes?|parachutes?|goodbyes?)|bonus(?:es)?|pay|payouts?|pay-outs?|payday|pay\s+packets?|"
    r"windfalls?|salary|salaries|remuneration|awards?|incentives?|fortunes?|wealth|inheritance|pensions?)\b"
    r"[^.;]{0,25}$", re.I)
# "the initial purchase valued at $4 billion", "GE's headquarters with an assessed value", "the $1.4 billion breach":
# what is valued is a deal, a building or a loss, not a company
VALUE_HEAD_NOT_COMPANY = re.compile(
    r"\b(?:purchase|acquisition|takeover|contract|orders?|breach|hack|heist|theft|headquarters|building|property|"
    r"plant|factory|estate|home|house|assessed|"
    # "ordered 51 new airliners valued at $4.4 billion", "the TSE's highest trading value", "the value of discounted
    # liabilities", "to write-down the value of Snapple": things bought, a market's turnover, a liability, a write-down
    r"airliners?|aircraft|planes?|jets?|ships?|trading|turnover|liabilit(?:y|ies)|write-?downs?|nominal|book|face|"
    # "bitcoin holdings ... now valued around $3.9 billion", "gross merchandise value", "a loss in the fair value of
    # bitcoin": what is valued is an asset or a metric
    r"(?-i:holdings?)|merchandise|fair|portfolio|reserves|inventory|collateral|transactions?|"
    # "seized its crypto assets valued $38.2 million": what is valued is a pool of assets
    r"assets)\b[^.;]{0,25}$", re.I)
# "MARA's bitcoin holdings surged ..., rising from 17,320 BTC to 47,531 BTC, now valued around $3.9 billion"
HOLDINGS_VALUED = re.compile(r"\b(?-i:holdings)\b[^.;]{0,90}$")
# "cutting the company's value by more than $10 billion": the sum is a change in value, not a valuation
VALUE_CHANGE_GAP = re.compile(r"^\s+by\s+(?:(?:about|around|nearly|almost|roughly|approximately|some|over|more than|"
                              r"less than|up to|at least|an estimated)\s+)?$", re.I)
# "up to 10% of its $5.3-billion Macro Opportunities Fund": the sum names a fund's size, not money paid
FUND_SIZE_AFTER = re.compile(r"^\s+(?:[A-Z][\w&'’\-]*\s+){0,5}Fund\b")
# "companies relisting ... will need to have at least 5 per cent public shareholding": a free-float rule, not a stake
FLOAT_NORM = re.compile(r"\b(?:public (?:shareholding|holding|float)|free[- ]float)\b", re.I)
REQUIREMENT = re.compile(r"\b(?:need(?:s|ed)? to|must|required|requirement|mandatory|minimum|norms?|rules?)\b", re.I)
# "worth about $1 billion": the sum follows the cue within a few words
WORTH_GAP = re.compile(r"^\s*(?:(?:about|around|nearly|almost|roughly|approximately|some|over|more than|less than|up "
                       r"to|at least|just|only|an estimated|a|an|the|US|USD)\s+)*$", re.I)
# "The proposed settlement, valued at $14.7 billion": a valuation cue whose head is a fine noun states a fine
FINE_HEAD = re.compile(r"\b(?:settlement|fine|penalty|penalties)\b[^.;]{0,20}$", re.I)
# "an initial public offering valued at about $3 billion": a valuation cue whose head is an offering states its size
OFFERING_HEAD = re.compile(r"(?:\bIPO|\binitial public offering|\bofferings?|\blisting|\bshare sale|\bflotation|"
                           r"\brights issue)\b[^.;]{0,12}$", re.I)
# two sums joined so that the second shares the first one's kind: "dropped to $63.8 billion from its once
# estimated $235 billion", "fines of $534 million and $1.19 billion"
PARALLEL_GAP = re.compile(r"^[\s,]*(?:(?:post|pre)-?money[\s,]+)?(?:and|or|to|from|versus|vs\.?|compared (?:with|to)|up from|down from|while|"
                          r"against)\b(?:\s+(?:its|their|the|a|an|once|previous|previously|earlier|initial|"
                          r"original|last|prior))*\s*$", re.I)
# a sum that is the size of a whole round: its investor is "the round", not one backer
ROUND_TOTAL = re.compile(r"^\s*(?:(?:[\w-]+\s+){0,2}?(?:funding|fund-?raising|financing|investment|equity|"
                         r"series [a-h]|seed|venture)?\s*round\b|(?:[\w-]+\s+)?series [a-h]\b|seed\b)", re.I)

STAKE = _rx(r"\bstakes?\b", r"\bshareholdings?\b", r"\bholdings?\b", r"\bownership\b", r"\bequity interest\b",
            r"\b(?:economic|ownership|controlling|minority|majority) interest\b", r"\binterest in\b",
            # "the Group will be interested in approximately 16.67% in Medicskin": a filing's way to hold
            r"\binterested in\b",
            r"\bowns?\b", r"\bowned\b", r"\bholds?\b", r"\bheld\b", r"\bof the (?:shares|company|firm|stock|equity|"
            r"voting rights)\b", r"\bof its (?:shares|stock|equity)\b", r"\bcontrols?\b",
            # "The remaining 12% will be retained by the Yantai city government"
            r"\b(?:retained|kept) by\b",
            # "Daimler-Benz AG's 50 percent share in AEG Schneider Automation": a share in a named company
            r"(?:(?<=percent )|(?<=per cent ))share in (?-i:(?=[A-Z]))",
            # "held 13,586,000 shares ..., representing 3.1% of its issued share capital": a filing's way to say a stake
            r"\bof (?:its|the|the company's) (?:total |enlarged )?(?:(?:issued|outstanding|paid-up) )?share capital\b",
            r"\bof (?:its|the|the company's) (?:total |enlarged )?(?:issued|outstanding) (?:ordinary |voting )?shares\b",
            # "Commerzbank's second-biggest shareholder with about 12.72% of shares"
            r"\b(?:shareholder|stakeholder|owner|investor)s?,?\s+with\b",
            # "and the Portuguese state, which has 11.46%": a relative clause whose object is the bare percentage
            r"\b(?:which|who)\s+(?:(?:now|still|also|already)\s+)?(?:has|had)\s+(?:(?:about|around|nearly|roughly|some|"
            r"almost)\s+)?(?=\d[\d.,]*\s*(?:%|percent|per cent)\s*(?:[.,;)]|$))")
STAKE_NOUN = re.compile(r"\bstakes?\b|\bshareholdings?\b|\bownership\b|\bholdings?\s+in\b|\bequity\b|\binterest in\b|\bowns?\b|\bholds?\b|\bheld by\b|"
                        r"\b(?:owned|controlled|retained|kept) by\b",
                        re.I)
BUY_PERCENT_OF = re.compile(r"\b(?:buy|buying|bought|acquire|acquiring|acquired|sell|selling|sold|take|taking|took)"
                            r"\s+(?:a\s+)?$", re.I)

# contexts that make a money figure something other than a record
NOT_MONEY_RECORD = _rx(
    r"\brevenues?\b", r"\bsales\b", r"\bturnover\b", r"\bprofits?\b", r"\bnet (?:loss|income)\b", r"\blosses\b",
    r"\bearnings\b", r"\bloans?\b", r"\bdebts?\b(?!\s*(?:&|and)\s+equity)", r"\bbonds?\b", r"\bbuy ?backs?\b", r"\bbuy back\b",
    r"\brepurchase\b", r"\bper share\b", r"\ba share\b", r"\bper (?:day|week|month|year|package|unit)\b",
    r"\ba (?:month|year)\b", r"\bprice[ds]?\b", r"\bcosts?\b", r"\bspend(?:ing)?\b", r"\bbudget\b", r"\bsalary\b",
    r"\bdonat(?:e|ed|ion|ions)\b", r"\bcharit(?:y|able)\b", r"\bgift\b", r"\bdamages\b", r"\blawsuits?\b",
    r"\bclass[- ]action\b", r"\bprovision\b", r"\bset aside\b", r"\bsiphon\w*\b",
    r"\bproceeds of crime\b", r"\battach(?:ed|ment)\b", r"\bsalaries\b", r"\bwages\b", r"\bfee\b",
    r"\bbuyout\b", r"\bacquisitions?\b", r"\bprincipal amount\b", r"\bproceeds\b", r"\b(?:of|from) the sale\b", r"\btakeover\b", r"\bacquire[ds]?\b", r"\bbuy(?:s|ing)?\b", r"\bbought\b",
    r"\bsell(?:s|ing)?\b(?! off)", r"\bsold\b", r"\bsale of\b", r"\bfortune\b", r"\bnet worth\b",
    # a person's pay or wealth: "a potential £700m payout", "a £700m bonus", "a 'golden hello'", "his wealth"
    r"\bpay-?outs?\b", r"\bbonus(?:es)?\b(?!\s+(?:issue|shares?))", r"\bgolden\s+(?:hellos?|handshakes?|parachutes?|goodbyes?)\b",
    r"\bwindfalls?\b", r"\bpaydays?\b", r"\bpay\s+(?:packets?|packages?|deals?|awards?|rises?)\b", r"\bremuneration\b",
    r"\bwealth\b(?!\s+fund)",
    r"\bclaims? (?:worth|of|totall?ing|against)\b", r"\bexchange rate\b", r"=", r"\bdamage\b",
    r"\bassets\b", r"\bseiz(?:e|ed|ure)\b", r"\b(?:book|face) value\b",
    # ("property developer DLF", "property group Hammerson": a trade told before a name qualifies it)
    r"\bproperty\b(?!\s+(?:developers?|firms?|compan(?:y|ies)|groups?|giants?|tycoons?|magnates?|investors?|"
    r"trusts?|funds?|portals?|platforms?|startups?|businesses)\b)", r"\bsanctioned to\b",
    r"\bdiversion\b", r"\bdivert(?:ed)?\b", r"\bcompensat\w*\b", r"\brestitution\b", r"\bcontracts?\b",
    r"\bassessed\b",
    # a refund of money paid before: "will now get back about 360 million euros"
    r"\bget(?:s|ting)? back\b", r"\brefund(?:s|ed)?\b", r"\breimburse\w*\b",
    # a share of money already raised put to a use: "It will use about Rs 500 crore from the issue to repay loans"
    r"\b(?:use|utili[sz]e)\b(?=\s+(?:about|around|nearly|roughly|some|up to|approximately|Rs|\$|€|£|\d))",
    # a running total: "brings total funding for X to $95 million"
    r"\b(?:total|overall|cumulative)\s+(?:funding|financing|capital|investment|raised)\b")
# "raise £750 million through a bond sale", "$2 billion of debt": the sum's own noun is borrowing
DEBT_AFTER = re.compile(r"^\s+(?:(?:in|of|as|through|via|from|by way of)\s+(?:[\w-]+\s+|\([^()]{0,15}\)\s+){0,4}(?:bonds?|debt|loans?|notes?|"
                        # "raised ₹200 Cr in debt & equity funding": a mix with equity is funding
                        r"debentures?|borrowings?|credits?(?: line| facility)?|commercial paper)(?!\s*(?:&|and)\s+equity)|"
                        # "a $150 million credit facility", "$30 million convertible note": the sum's own noun is borrowing
                        r"(?:[\w-]+\s+){0,2}?(?:credit (?:facility|facilities|line)|revolving|convertible (?:notes?|bonds?|"
                        r"debentures?|loans?)|venture debt|term loan))\b", re.I)
# "followed by Gland Pharma (about Rs 6,480 crore), CAMS (Rs 2,240 crore)": each sum in brackets belongs to the
# name right before it, and is the same kind of fact as the sum before
NAME_BRACKET = re.compile(r"\s*\(\s*(?:(?:about|around|nearly|almost|roughly|approximately|some|over|more than|less than|"
                          r"up to|at least)\s+)?$", re.I)
LIST_GAP = re.compile(r"^[^.;()]{0,12}?(?:\)\s*)?(?:,|,?\s+and|,?\s+followed by|,?\s+while)\s+[^()]{2,60}\(\s*"
                      r"(?:(?:about|around|nearly|almost|roughly|approximately|some|over|more than|less than|up to|"
                      r"at least)\s+)?$", re.I)
# "ICICI Bank raising about Rs 15,000 crore", "Yes Bank took the FPO route to mop-up Rs 15,000 crore": the name
# before the raising verb raised the sum
RAISER_BEFORE = re.compile(r"\s+(?:(?:had|has|have|was|were|is|also|then)\s+)*(?:rais(?:ed|ing|es)|mop(?:ped|s|ping)?[- ]up|"
                           r"garner(?:ed|ing|s)|mobilis(?:ed|ing|es)|mobiliz(?:ed|ing|es)|collect(?:ed|ing|s))\s+"
                           r"(?:(?:about|around|nearly|almost|roughly|approximately|some|over|more than|another|"
                           r"an additional)\s+)?$", re.I)
# "sold its 4.5% stake in X for 1.2 billion euros", "bought Y for $2 billion": a price paid in a sale
SALE_PRICE_BEFORE = re.compile(r"\b(?:sold|sells?|selling|bought|buys?|buying|acquired|acquires?|acquiring|"
                               r"purchased?|purchasing|divest(?:s|ed|ing)?|offload(?:s|ed|ing)?)\b"
                               r"(?:(?!\b(?:while|whereas|but)\b)[^.;]|(?<=\d)\.(?=\d)|(?<=[A-Z])\.){0,180}?"
                               r"\bfor\s+(?:about|around|nearly|roughly|some|"
                               r"more than|over|up to|an estimated|almost|approximately)?\s*$", re.I)
# "$1.8 billion including debt": a not-a-record word after these only qualifies the sum
MODIFIER_BEFORE = re.compile(r"\b(?:including|excluding|plus|net of|inclusive of|before|after)\s+(?:[\w-]+\s+)?$", re.I)
# "$45 million in damages", "$2 billion of debt", "$3 billion as compensation": the sum's own noun follows it
SUM_OF = re.compile(r"^\s+(?:in|of|as)\s+(?:[\w-]+\s+)?$", re.I)
# share-price moves, index moves and ratios: percentages that are never stakes
NOT_STAKE = _rx(r"(?<!-)\b(?:rose|rise|rises|rising|fell|fall|falls|falling|jump(?:ed|s)?|drop(?:ped|s)?|gain(?:ed|s)?|"
                r"lost|slid|slump(?:ed)?|climb(?:ed|s)?|surg(?:ed|es)|plung(?:ed|es)|declin(?:ed|es)|"
                r"increas(?:ed|es)|decreas(?:ed|es)|firmed|tumbled|soared|sank|up|down|higher|lower|"
                r"advanced|eased|edged|shed|added|rebound(?:ed|s)?|recover(?:ed|s)?)\b",
                r"\brevenues?\b", r"\bsales\b", r"\bprofits?\b", r"\bmarket share\b", r"\bof the market\b",
                r"\bturnover\b", r"\bgrowth\b", r"\bof the (?:[\w-]+\s+){1,2}market\b", r"\brates?\b", r"\btax(?:es)?\b", r"\bdiscount\b", r"\bpremium\b",
                r"\bbelow\b", r"\babove\b", r"\binflation\b", r"\bGDP\b", r"\bvotes?\b", r"\bpoll\b",
                r"\bchance\b", r"\bprobability\b", r"\bmargin\b", r"\byield\b", r"\busers\b", r"\bcustomers\b",
                r"\bemployees\b", r"\bworkforce\b", r"\bstaff\b", r"\bindex\b", r"\bbenchmark\b",
                # a fund's performance: "trailing 96 percent of peers", "a loss of 5.87 percent"
                r"\btrail(?:ed|ing|s)?\b", r"\bpeers\b", r"\bloss\b", r"\breturns?\b", r"\boutperform\w*\b",
                r"\bunderperform\w*\b",
                # a share of something other than equity: "100 per cent attendance and 100 per cent approval"
                r"\battendance\b", r"\bapproval\b", r"\bturnout\b", r"\bsupport\b", r"\bbacking\b",
                r"\boccupancy\b", r"\bcapacity\b", r"\butili[sz]ation\b", r"\baccuracy\b", r"\bsuccess\b",
                # a rule's level: "raising the minimum threshold for black ownership of mining companies to 30 percent"
                r"\bthresholds?\b", r"\bquotas?\b")
# "sold 30 million shares at $17 each": a price per unit, not a sum raised
UNIT_PRICE_BEFORE = re.compile(r"\bat\s+$", re.I)
# "the largest shareholder in Ecker Mining with a 14.5% stake": the company follows the shareholder noun
SHAREHOLDER_OF = re.compile(r"\b(?:shareholders?|stakeholders?|owners?|investors?|backers?)\s+(?:in|of)\s+(?=[A-Z])")
# a percentage that measures a change or a price, not ownership: "a 4% rise in profit", "a 10% discount"
PERCENT_CHANGE_AFTER = re.compile(r"^\s*(?:-\s*)?(?:rise|rises|increase|increases|drop|drops|fall|falls|decline|gain|gains|"
                                  r"jump|cut|cuts|reduction|growth|slump|surge|decrease|rally|return|returns|yield|"
                                  r"margin|discount|premium|tariff|levy|commission|interest rate|annual|"
                                  # "four creditor meetings were held, with 100 per cent attendance and 100 per cent
                                  # approval": a share of people present or voting, not of a company
                                  r"attendance|approval|support|turnout|backing|occupancy|take-?up)\b", re.I)
# "Ashgrove Wealth, which manages $48 billion", "oversees $310 billion": money under management, not a deal
MANAGED_BEFORE = re.compile(r"\b(?:manag(?:es|ed|ing)|oversees?|oversaw|overseeing|administers?)\s+(?:(?:about|around|nearly|"
                            r"some|more than|over|roughly|approximately|almost)\s+)?$", re.I)
# "had 4.8 billion euros in cash", "with $2 billion of cash on hand": money a company holds
CASH_HELD = re.compile(r"^\s+(?:in|of)\s+(?:net\s+)?cash\b", re.I)
HOLDS_BEFORE = re.compile(r"\b(?:had|has|have|having|holds?|held|with|sits? on|sat on)\s+(?:(?:about|around|nearly|some|"
                          r"more than|over|roughly|approximately|almost)\s+)?$", re.I)
# "The FCA collected a record £215 million in fines": what a regulator took in from many payers in a period
COLLECTED_IN_FINES = re.compile(r"\b(?:collect(?:ed|s|ing)?|brought in|raked in|took in|imposed a total of|levied a total of)"
                                r"\s+(?:[\w-]+\s+){0,3}$", re.I)
FINES_PLURAL_AFTER = re.compile(r"^\s+(?:in|of)\s+(?:[\w-]+\s+)?(?:fines|penalties)\b", re.I)
# "Companies have raised about $19.5 billion through U.S. IPOs", "raised in IPOs this year": a market total
MARKET_RAISERS_BEFORE = re.compile(r"\b(?:companies|firms|issuers|corporates|startups|start-ups|listings|IPOs|offerings|"
                                   r"QIPs)\s+(?:have\s+|had\s+|has\s+)?(?:together\s+|collectively\s+|so far\s+)?"
                                   # "with GenAI companies raising $47.4 billion in 2024": a sector's take
                                   r"(?:raised|raise|raises|raising|mopped[- ]up|garnered|mobili[sz]ed|collected|tapped)\b",
                                   re.I)
# ("Italy plans to raise as much as 25bn euros from privatisations in 2005, including a partial flotation of Enel": a
# government's take from many sales)
PLURAL_ISSUES_AFTER = re.compile(r"^\s+(?:through|via|in|from)\s+(?:(?:the|all|[\w.\-]+)\s+){0,3}(?:IPOs|initial public "
                                 r"offerings|offerings|listings|QIPs|share sales|issues|privati[sz]ations|asset sales|"
                                 r"disposals|sell-offs)\b", re.I)
EACH = re.compile(r"^\W{0,3}(?:each|apiece)\b", re.I)
# "A and B each invested $100 million", "both put in $50 million"
EACH_BEFORE = re.compile(r"\b(?:each|both)\s+(?:have\s+|has\s+|will\s+|would\s+|had\s+)?(?:(?:conditionally\s+|also\s+)?"
                         r"(?:agreed|agree|plan|plans|planned|pledged|promised|committed)\s+to\s+)?(?:invest(?:ed|s)?|put|inject(?:ed)?|"
                         r"pour(?:ed)?|commit(?:ted)?|contribut(?:ed|e))\s+(?:\w+\s+){0,2}$", re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)

# the status of a fine: said as a threat or an expectation, or a settlement
FINE_PROPOSED = _rx(r"\bcould\b", r"\bmay\b", r"\bmight\b", r"\bfaces?\b", r"\bfacing\b", r"\bwould\b",
                    r"\bexpected\b", r"\bthreat\w*\b", r"\bpropos\w*\b", r"\bseeks?\b", r"\bseeking\b",
                    r"\bmaximum\b", r"\bup to\b", r"\bpossible\b", r"\bpotential\b", r"\bwarn\w*\b", r"\blikely\b",
                    # "said it intends to fine", "are set to fine", "plans to impose a penalty"
                    r"\b(?:intends?|intended|plans?|planning|set|poised|preparing|prepares|considering|mulls?|mulling|"
                    r"wants?)\s+to\s+(?:fine|impose|levy|penali[sz]e|slap|hit)\b", r"\bprovisional\w*\b", r"\bdraft\b")
FINE_SETTLED = _rx(r"\bsettle\w*\b", r"\bagreed to pay\b", r"\bto resolve\b")

# --- who is who -------------------------------------------------------------------------------------------
# the head noun of a descriptor before or after a name: "Foodtech major Swiggy", "U.S.-based AI company
# Replika", "NDTV promoter Prannoy Roy", "the Alibaba affiliate"
DESCRIPTOR_HEAD = (r"(?:company|companies|firm|giant|major|maker|chip-?maker|carmaker|automaker|start-?up|unicorn|"
                   r"platform|app|operator|provider|developer|group|unit|arm|subsidiary|affiliate|lender|bank|"
                   r"insurer|retailer|service|brand|owner|rival|competitor|challenger|conglomerate|player|outfit|parent|channel|"
                   r"broadcaster|promoter|founder|co-founder|backer|investor|fund|shareholder|business|"
                   r"marketplace|network|chain|exchange|manufacturer|supplier|airline|carrier|agency|club|studio|publisher|"
                   r"spin-?out|spin-?off)")
# ("a Silicon Valley innovation company called Health2047": the descriptor, then the name it is given)
DESCRIPTOR_THEN_NAME = re.compile(rf"^\s+(?:[a-z][\w\-]*\s+){{0,3}}?{DESCRIPTOR_HEAD}\s+(?:(?:called|named|dubbed|known\s+as)\s+)?$")
NAME_IN_DESCRIPTOR = re.compile(rf"^\s+(?:[a-z][\w\-]*\s+){{0,2}}{DESCRIPTOR_HEAD}\b")
# a lower-case phrase standing for an organisation: "Ireland based unified payments company raised ..."
DESCRIPTOR_ONLY = re.compile(rf"(?:^|\b(?:the|a|an|its|this|that)\s+)(?:[\w.\-’']+,?\s+){{0,5}}{DESCRIPTOR_HEAD}\s*$", re.I)
# "China's largest ride-hailing company": a place's possessive before a descriptor is a generic reference
PLACE_GENERIC = re.compile(rf"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?:[\w\-]+\s+){{0,4}}?{DESCRIPTOR_HEAD}\b")
# the sentence's opening appositive: "An affiliate of Chinese tech giant Alibaba Group Holding Ltd., Ant is ..."
LEADING_APPOSITIVE = re.compile(r"^(?:An?|The|Once|Long|Like|As)\s[^,]{0,140},\s*(?=[A-Z])")
# the clause a verb belongs to begins after these
CLAUSE_BOUNDARY = re.compile(r";|,?\s+\b(?:while|whereas|but|although|though|after|before|when)\b|,\s+(?:and|so)\s+(?![A-Z])")
# "a subsidiary ... called Ant Group has announced": the name after "called" is the subject
CALLED = re.compile(r"\b(?:called|named|dubbed|known as)\s+$")
# money right after a fine verb and a name: "EU fines Apple €500M and Meta €200M"
FINE_VERB = re.compile(r"\b(?:fined|fines|fining|penali[sz]ed|penali[sz]es|ordered|imposed|imposes|levied|"
                       r"levies|slapped|slaps)\b", re.I)
# ("AT&T recently settled with the FCC for $105 million": the settling verb governs the sum too)
PAY_VERB = re.compile(r"\b(?:was|were|has been|have been|had been|got|is|are|will|would|must|agreed|paid|pays|"
                      r"pay|to pay|faces?|facing|received|could|hit with|settled|settles)\b")
# "concluded its investigation into Apple's privacy practices, resulting in a €850 million fine": the target of an
# investigation that ends in a fine pays it
INVESTIGATION_INTO = re.compile(r"\b(?:investigation|investigations|probe|probes|inquiry|inquiries|proceedings|case)\s+"
                                r"(?:into|against|of|on)\s+(?:the\s+)?$", re.I)
# "the $18.7 billion agreement that BP reached": the settlement's party follows the noun
SETTLEMENT_BY = re.compile(r"^\s+(?:settlement|agreement|deal)\s+(?:that|which)?\s*$")
SETTLEMENT_VERB = re.compile(r"^\s+(?:reached|struck|signed|agreed|made|entered)\b")
# "Italy's data protection authority has fined": an authority named by a lower-case phrase
AUTHORITY_SUBJECT = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w.]*['’]s\s+|(?:(?:North|South|East|West)\s+)?[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?(?:[a-z\-]+\s+){0,4}(?:authority|authorities|regulator|watchdog|commission|agency|"
    r"court|ministry|government|tribunal|prosecutors|regulators))\s+(?:has\s+|have\s+|had\s+|on\s+\w+\s+)?"
    r"(?:fined|imposed|levied|slapped|ordered|penali[sz]ed)\b")
AUTHORITY_PREPS = r"by|from"
# "Swiss financial regulator FINMA", "the country's competition watchdog CCI"
REGULATOR_BEFORE = re.compile(r"\b(?:regulator|watchdog|supervisor|agency|authority|regulatory body)\s+$")
# a public body told by its kind alone: "the regulator", "the watchdog", "the country's market regulator"
GENERIC_AUTHORITY = re.compile(r"\b(?:the|its|this)\s+(?:[\w’'\-]+\s+){0,3}?(?:regulators?|watchdogs?|agency|commission|"
                               r"authority|authorities|ministry|tribunal|prosecutors?|regulatory body|body|"
                               r"office|bureau|department|court)\b", re.I)
# the clause's subject is a pronoun: "It fined ...", "In 2023, it briefly banned ChatGPT and later fined ..."
PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s*|\b(?:and|but|which|then)\s+|"
                             # "In 2019 it fined ...", "In March it fined ...": a short opening time phrase
                             r"^(?:in|on|at|last|earlier|later|since)\s+(?:[\w]+\s+){1,3}?)(?:it|they)\s+(?![\w\s]{0,12}\b(?:was|were|been|be|is|are)\b)",
                             re.I)
# "would give it at most a 9.99 percent stake": the holder is the object of give
GIVE_HOLDER = re.compile(r"\b(?:give|gives|giving|gave|grant|grants|granting|granted)\s+(\w[\w.\-]*)\s+(?:[\w.]+\s+){0,4}$", re.I)
# "save Ant from going public", "Ant's IPO": the name that goes public
GOES_PUBLIC = re.compile(r"^(?:['’]s)?\s+(?:(?:from|to|will|would|is|was|plans to|prepares to)\s+)?(?:go(?:es|ing)?|went)\s+public"
                         r"|^['’]s\s+(?:\w+\s+){0,2}(?:IPO|I\.P\.O\.|initial public offering|listing)\b", re.I)
# "will invest $50 million for a 10% stake", "paid £40m for a 15 percent stake": the verb that buys the stake
FOR_A_STAKE = re.compile(r"\b(invest(?:s|ed|ing)?|pay(?:s|ing)?|paid|put(?:s|ting)?|inject(?:s|ed|ing)?|spend(?:s|ing)?|"
                         # "plans to sell its business Yihaodian to JD.com Inc for a 5 percent stake in JD.com": the seller
                         # is paid in the buyer's shares
                         r"spent|sell(?:s|ing)?|sold|swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing)|transfer(?:s|red|ring)?)\b(?:[^.;]|(?<=\d)\.(?=\d)|(?<=[A-Z])\.){0,120}?\b(?:for|in lieu of)\s+(?:(?:a|an|about|around|nearly|near|roughly|up to|another)\s+)*$", re.I)
# "stake in X", "15 percent of X": the preposition that names the company follows the stake words at once
# "45%, 45% and 10% respectively in Tianjin Bailesi": "respectively" may stand between the levels and the preposition
STAKE_TO_PREP = re.compile(r"^\s*(?:(?:equity|economic|voting|ownership|controlling|minority|majority)\s+)?"
                           r"(?:(?:stake|interest|shareholding|holding)s?|of the shares|of the (?:company|firm)|"
                           r"share)?\s*(?:,?\s*respectively\s*,?\s*)?$", re.I)

# a share of a holding, not a holding: "at least 84 percent of HP Enterprise Co's 60.5 percent stake", "sell up to 50
# percent of their vested ESOP shares"
FRACTION_OF_HOLDING = re.compile(r"^\s+of\s+(?:(?:[A-Z][\w.&’'\-]*\s+){1,5}?[\w.]*['’]s?|its|their|his|her)\s+"
                                 r"(?:[\w.%-]+\s+){0,4}?(?:stakes?|holdings?|shareholdings?|interest)\b|"
                                 r"^\s+of\s+(?:their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:shares|stock|options|ESOPs?)\b|"
                                 r"^\s+of\s+(?:(?:its|their|the)\s+)?(?:vested|unvested|ESOP)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:shares|stock|options|ESOPs?)\b")
# a share of something that is not equity: "about 10 percent of the value of the company", "40% of its revenue",
# "60 percent of the votes cast", "a 30 percent share of the market"
# "half of the South Korean's market", "16% of Russia's total crude oil output", "one-third of the world's known uranium
# resources": a possessor of two words, and up to three words qualifying the noun
SHARE_OF_NOT_EQUITY = re.compile(r"^\s+of\s+(?:(?:its|their|his|her|the|all|total|global|annual|"
                                 r"(?:[A-Z][\w.&’'-]*\s+)?[\w.&’'-]+['’]s?)\s+)*"
                                 r"(?:(?!(?:shares|stock|equity|in|of|at|and|or)\b)[\w-]+\s+){0,3}?"
                                 r"(?:value|worth|revenues?|sales|profits?|earnings|income|turnover|market|"
                                 r"market\s+share|votes?|ballots|deposits|assets|loans|exports|imports|GDP|output|"
                                 r"population|users|customers|workforce|employees|staff|budget|costs?|spending|traffic|"
                                 r"volumes?|supply|demand|capacity|production|resources|reserves|consumption)\b"
                                 r"(?!\s+(?:shares|stock|equity|units?|arms?|divisions?|subsidiar(?:y|ies)|company|firm|business)\b)")
# a change told as a fraction: "cut its stake by two-thirds", "raised its holding by 5 percent"
CHANGE_BY = re.compile(r"\b(?:cut|cuts|cutting|reduc\w+|lower\w*|trimm?\w*|slash\w*|rais\w+|increas\w+|lift\w*|boost\w*|"
                       r"halv\w+|doubl\w+)\b[^.;]{0,60}\bby\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$",
                       re.I)
# an increment, not a level: "bought another 5 percent", "an additional 2% stake", "a further 3 per cent"
INCREMENT_BEFORE = re.compile(r"\b(?:another|an\s+additional|additional|a\s+further|an\s+extra|extra)\s+"
                              r"(?:(?:about|around|nearly|roughly|some)\s+)?$", re.I)
# "Alibaba appears to control Cainiao via 48 percent stake": the verb's subject holds, its object is the company
CONTROLS_VIA = re.compile(r"\b(?:controls?|controlled|controlling|owns?|owned)\s+$")
# --- investments, valuations, offerings: the contexts that make a sum near their cue something else ----------
# Each row: (name, kinds it rules out, pattern on the text before the sum (ends at it), pattern on the text after).
# A row applies when every pattern it gives matches. The name goes nowhere but the tests and a reader's eye.
_Q = r"(?:(?:about|around|nearly|almost|roughly|approximately|some|over|more than|less than|up to|at least|an estimated|"\
     r"a|an|the|another|its|their|just|only|a further|an additional|record|a total of|a combined)\s+)*"
# an entity told as not yet named: "the new company", "a newly formed joint venture", "the yet-to-be-named subsidiary"
NEW_ENTITY = (r"(?:newly[- ](?:formed|created)\s+|new\s+|yet-to-be-(?:named|formed)\s+|to-be-formed\s+)(?:joint\s+)?"
              r"(?:[\w-]+\s+)?(?:company|entity|venture|firm|business|subsidiary|unit|outfit|group)")
_LOSS_OR_GAIN = r"(?:shed|sheds|shedding|lost|lose|loses|losing|wiped|wipes|wiping|erased|erases|erasing|knocked|" \
                r"added|adds|adding|gained|gains|slashed|evaporated|vanished|destroyed)"
# one's own lower-case thing (a product, a network), not a unit, a round or shares: "in its robo-effort"
_OWN_THING = (r"(?:its|their|his|her)\s+(?:own\s+)?(?!(?:[\w-]+\s+){0,3}?(?:unit|arm|subsidiary|division|affiliate|"
              r"venture|start-?up|company|firm|round|fund|funding|fund-?raising|financing|series|offering|IPO|shares|"
              r"stock|stake|equity|capital)\b)(?-i:[a-z])")
NOT_DEAL: list[tuple[str, frozenset[str], re.Pattern[str] | None, re.Pattern[str] | None]] = [
    # "touched Rs 2,69,489.03 crore on Thursday, which is Rs 432.68 crore more than HDFC Bank's": a difference between
    # two sums, not a level of either
    # "around 1.7 billion pounds has been wiped off the value of British Sky Broadcasting": a loss of value, not a level
    ("value-lost", frozenset({"valuations"}), None,
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:has\s+|have\s+|had\s+)?(?:been\s+|being\s+)?(?:wiped|knocked|shaved|"
                r"erased|lopped|slashed|taken)\s+(?:off|from)\b", re.I)),
    # "an offer valuing the 80 percent of MCI that it doesn't already own at $22.1 billion": the value of a part
    ("value-of-part", frozenset({"valuations"}),
     re.compile(r"\bvalu(?:ing|es|ed)\s+(?:the\s+|its\s+)?(?:remaining\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+"
                r"(?:stake\s+)?(?:of|in)\b[^.;]{0,80}\bat\s+(?:about\s+|around\s+|some\s+)?$", re.I), None),
    # "several European security monitoring firms worth $200 million to $500 million each": the size of any one of many
    ("each-of-many", frozenset({"valuations"}), None, re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?each\b", re.I)),
    ("difference", frozenset({"investments", "valuations", "offerings", "fines"}), None,
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:more|less|higher|lower|bigger|smaller|larger|greater)\s+than\b", re.I)),
    # "the $350 million it manages", "$9 billion that he oversees": money under management, not a deal
    ("managed-after", frozenset({"investments", "valuations", "offerings"}), None,
     re.compile(r"^\s+(?:(?:that|which)\s+)?(?:it|they|he|she|we|the\s+(?:[\w-]+\s+){0,2}?(?:firm|fund|company|manager)|"
                r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+(?:now\s+|currently\s+|still\s+)?(?:manages|managed|oversees|"
                r"oversaw|runs|ran|administers|has under management|had under management)\b")),
    ("assets-under-management", frozenset({"investments", "valuations", "offerings"}), None,
     re.compile(r"^\s+(?:(?:in|of)\s+)?(?:client\s+|total\s+|its\s+)?(?:(?:assets\s+)?under management|AUM)\b", re.I)),
    # "each invest about $9 billion": what each manager runs, not one deal
    ("each-runs", frozenset({"investments"}),
     re.compile(r"\beach\s+(?:invest|manage|run|oversee|handle)s?\s+" + _Q + r"$", re.I),
     re.compile(r"^(?!\s+(?:each\s+|apiece\s+)?(?:in|into)\s)", re.I)),  # "each invest 10 billion yen in X" is a deal
    # "invested $1 billion in a short bet against Herbalife's shares": a bet on a fall, not money put into a company
    ("short-bet", frozenset({"investments"}), None,
     re.compile(r"^\s+(?:in|into|on|as)\s+(?:a|an|its|the|their)?\s*(?:[\w-]+\s+)?(?:short\b|bets?\b|wagers?\b)", re.I)),
    ("short-bet-before", frozenset({"investments"}),
     re.compile(r"\b(?:short(?:ed|ing|s)?|(?:bet|bets|betting|wager(?:ed|ing|s)?)\s+against)\s+(?:[\w’'-]+\s+){0,3}$", re.I),
     None),
    # "invested an average of $8,500", "$8,500 per person": what one of many spent on average
    ("average", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\b(?:an?\s+)?average\s+(?:of\s+)?" + _Q + r"$|\bon average\s+" + _Q + r"$", re.I), None),
    ("per-head", frozenset({"investments", "valuations", "offerings"}), None,
     re.compile(r"^\s*(?:each\s+)?(?:per|a|for each)\s+(?:person|head|capita|investor|user|customer|employee|member|"
                r"owner|household|shareholder)\b|^\s+on average\b", re.I)),
    # "It had originally planned to raise $2 billion, but hiked its target": a plan the article says was replaced
    ("superseded-target", frozenset({"investments", "offerings", "valuations"}),
     re.compile(r"\b(?:originally|initially|previously|first|at first|earlier)\s+(?:had\s+)?(?:planned|aimed|sought|"
                r"targeted|hoped|intended|expected|wanted|set out|looked|looking)\s+to\s+(?:raise|sell|fetch|get)\s+"
                + _Q + r"$|\b(?:original|initial|earlier|previous|prior)\s+(?:[\w-]+\s+)?(?:target|goal|plan|aim)\s+"
                r"(?:of\s+)?" + _Q + r"$", re.I), None),
    # "raised its fundraising target to $3 billion from $2 billion": the figure the new one replaced
    ("replaced-from", frozenset({"investments", "offerings", "valuations"}),
     re.compile(r"\b(?:raised|raises|increased|increases|lifted|upped|boosted|hiked|expanded|cut|cuts|lowered|reduced|"
                r"trimmed|revised)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:target|goal|size|plan|estimate|round)\b"
                r"(?:[^.;]|(?<=\d)\.(?=\d)){0,50}?\bfrom\s+" + _Q + r"$", re.I), None),
    ("superseded-target-after", frozenset({"investments", "offerings"}),
     re.compile(r"\b(?:original|initial|earlier|previous|prior)\s+" + _Q + r"$", re.I),
     re.compile(r"^\s+(?:[\w-]+\s+)?(?:target|goal|plan|aim)\b", re.I)),
    # "a record $9.4 billion raised in 2018", "the total raised in 2020 by autonomous car companies": a sector's
    # total over a period, nobody's round
    ("period-total", frozenset({"investments", "offerings"}),
     re.compile(r"\b(?:record|total|combined|aggregate|cumulative|collective|overall)\s+(?:of\s+)?" + _Q + r"$", re.I),
     re.compile(r"^\s+(?:(?:was|were|has been|have been|had been)\s+)?(?:raised|invested|poured|put)\s+(?:in|during|over|"
                r"across|so far|this|last|by\s+(?:[\w-]+\s+){0,3}(?:companies|firms|startups|start-ups|investors))\b", re.I)),
    # "Alibaba has shed more than $200 billion of market value": a change in value, not a level
    ("value-change", frozenset({"valuations", "investments"}), None,
     re.compile(r"^\s+(?:of|in|from|off|to)\s+(?:its\s+|their\s+|the\s+(?:[\w-]+['’]s\s+)?|[A-Z][\w.&-]*['’]s\s+)?"
                r"(?:combined\s+|stock\s+|share\s+)?(?:market (?:value|valuation|capitali[sz]ation|cap)|value|valuation)\b",
                re.I)),
    # "Alibaba's market value fell by $26 billion": the size of a move
    ("changed-by", frozenset({"valuations", "investments", "offerings"}),
     re.compile(r"\b(?:fell|fall|falls|falling|rose|rise|rises|rising|dropped|drops|declined|declines|slumped|jumped|"
                r"climbed|increased|increases|decreased|grew|grown|shrank|shrunk|plunged|tumbled|surged|gained|lost|"
                r"cut|reduced|lowered|raised|boosted|swelled)\s+by\s+" + _Q + r"$", re.I), None),
    ("value-change-verb", frozenset({"valuations"}),
     re.compile(rf"\b{_LOSS_OR_GAIN}\s+" + _Q + r"$", re.I), None),
    # "145 million new shares ..., worth about $1.5 billion at JD.com's current valuation": shares priced at a
    # valuation, not the valuation
    ("priced-at-valuation", frozenset({"valuations"}), None,
     re.compile(r"^\s+(?:at|based on)\s+(?:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*['’]s?\s+)?(?:the\s+|its\s+|their\s+)?"
                r"(?:current|latest|last|recent|market|prevailing|closing|today's)?\s*(?:valuation|market price|"
                r"share price|prices?|stock price)\b", re.I)),
    # "an all-stock deal valued at 12.37 billion rupees", "a deal that could be worth more than $1.8bn" (an order),
    # "bringing the deal's total value to $17bn": what a deal is worth, not a company's value
    ("deal-valued", frozenset({"valuations"}),
     # ("an order from Beta that is expected to be worth $2bn": the deal's other party told before the relative)
     re.compile(r"\b(?:deal|transaction|merger|takeover|buyout|acquisition|purchase|bid|offer|agreement|swap|contract|"
                r"order|pact|package)(?:\s*,?\s+|\s+(?:from|with|for|to|by)\s+[^.;,]{1,40}?\s+(?=(?:that|which)\s))"
                r"(?:(?:that|which)\s+)?(?:(?:is|was|has|had|have|been|be|could|would|will|may|might|now|potentially|"
                r"expected|said|thought|to|reportedly)\s+)*(?:valued|worth|priced)\s+(?:at\s+)?"
                + _Q + r"$|\b(?:deal|transaction|merger|takeover|acquisition|bid|offer)(?:['’]s)?\s+(?:total\s+|overall\s+|"
                r"combined\s+|headline\s+)?value\s+(?:of\s+|to\s+|at\s+|(?:is|was|stands|stood|rose|reached)\s+(?:at\s+)?)?"
                + _Q + r"$", re.I), None),
    # "employees have liquidated their ESOPs — collectively worth $1.2 million": options cashed in, not a value
    ("options-worth", frozenset({"valuations", "investments"}),
     re.compile(r"\b(?:ESOPs?|stock options|options|warrants|RSUs|vested\s+(?:shares|options))\b[^.;]{0,40}$"), None),
    # "Nvidia held 1.1 million shares of Arm with a value of $155.8 million": the value of a holding, not of the company
    ("held-shares-value", frozenset({"valuations", "investments"}),
     re.compile(r"\b(?:held|holds|holding|owns|owned|owning)\s+(?:[\w.,]+\s+){0,4}?shares\s+(?:of|in)\s+"
                r"(?:[\w.&’'-]+\s+){1,4}?(?:with\s+an?\s+(?:total\s+|combined\s+|market\s+)?value\s+of|worth|valued\s+at)\s+"
                + _Q + r"$", re.I), None),
    # "raised $500 million for its third venture fund", "a $2 billion growth fund": an asset manager's fund, money
    # it will invest later, not an investment in a company
    ("fund-size", frozenset({"investments", "offerings", "valuations"}), None,
     re.compile(r"^\s+(?:(?:for|in|into|across|of)\s+(?:its|a|their|the|his|her)\s+)?(?:(?!(?:round|series|led|from|by|with|to|at|in|"
                r"into|and|or|as|the|a|an|for|of|which|that|who)\b)[\w’'-]+\s+){0,4}?(?:funds|fund|vehicle|vintage)(?![-\w])(?!\s+(?:round|rais\w*))", re.I)),
    # "closed its fourth growth fund at $1.2 billion", "a new fund of $500 million" (but "from SoftBank Vision Fund 2 at
    # a $1.45 billion valuation" is a round's backer)
    # "raised $7 billion in new capital across several funds", "raised $1.9 billion for Growth Fund III"
    ("fund-size-later", frozenset({"investments", "offerings"}), None,
     re.compile(r"^[^.;,]{0,40}?\b(?:for|across|into)\s+(?:(?!(?:round|series|led|from|by|with|to|at|which|that|who)\b)"
                r"[\w’'-]+\s+){0,5}?(?:funds|fund|vehicles?|vintage)\b(?![-\w])(?!\s+(?:round|rais\w*))", re.I)),
    # "Investors have poured $5 billion into Internet start-ups": money into a class of companies, nobody's round
    # ("of which almost £1 million goes directly into tobacco companies": said with a verb of flowing)
    ("plural-object", frozenset({"investments"}), None,
     re.compile(r"^\s+(?:to\s+(?:be\s+)?(?:invest(?:ed)?|deploy(?:ed)?)\s+|(?:goes|go|went|going|flows?|flowed|is|are|was|"
                r"were)\s+(?:directly\s+|straight\s+|mainly\s+|mostly\s+)?)?(?:into|in)\s+(?:[\w-]+\s+){0,3}?"
                # (in lower case: "into Acme Ventures", "in Reliance Industries" name one company)
                r"(?-i:start-?ups|companies|firms|businesses|ventures|projects|"
                r"sectors?|industr(?:y|ies)|the sector|the industry|"
                # "pumped $45bn into its largest banks", "into the banking system": a state's bailout of a class
                r"banks|lenders|insurers|utilities|(?:banking|financial)\s+system|economy)\b"
                # "pumped $45bn into two of its largest banks": a counted part of a class of its own companies
                r"|^\s+(?:in|into)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+of\s+)"
                r"(?:its|their|the|his|her|our)\s+(?:[\w-]+\s+){0,2}?(?:banks|lenders|companies|firms|businesses|"
                r"insurers|utilities|subsidiaries|units)\b", re.I)),
    # "The £2.4m that the paper calculated Imperial is investing in these firms": a relative clause after the sum puts
    # it into a class of companies
    ("plural-object-relative", frozenset({"investments"}), None,
     re.compile(r"^\s+(?:that|which)\s+[^.;,]{0,60}?\b(?:invest\w*|put|puts|putting|pour\w*|sunk|sink\w*)\s+(?:in|into)\s+"
                r"(?:these|those|such|the|other|several|many|various)\s+(?:[\w-]+\s+){0,2}?(?:start-?ups|companies|firms|"
                r"businesses|ventures|projects|sectors|industries|stocks|funds)\b", re.I)),
    # "where approximately £10 million is needed to support the company": money a need calls for, nobody's deal
    ("needed-sum", frozenset({"investments", "offerings", "valuations"}), None,
     re.compile(r"^\s+(?:is|are|was|were|would\s+be|will\s+be|could\s+be|may\s+be|might\s+be)\s+(?:still\s+|typically\s+|"
                r"usually\s+|often\s+|generally\s+)?(?:needed|required|necessary)\b", re.I)),
    # "Saudi Aramco has raised $12bn from the $100bn received in orders": the second sum is where the raise came from
    ("raised-from-sum", frozenset({"investments", "offerings"}),
     re.compile(r"\b(?:rais(?:ed|es|e|ing)|secur(?:ed|es|e|ing)|drew|drawn|pull(?:ed|s)?\s+in)\s+(?:[\w.,$£€¥]+\s+)?"
                r"[$£€¥]?\s?\d[\d.,]*\s*(?:[a-z]{1,8}\b)?\s*(?:\([^()]{0,40}\)\s*)?from\s+" + _Q + r"$", re.I), None),
    # "pouring $300 million of its own money into the new entity", "securing a stake in the new company valued at
    # $1.7 billion": an entity the sentence says is new has no name yet, so no record can say whose the sum is
    ("new-entity", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\b(?:the|a)\s+" + NEW_ENTITY + r"\s*,?\s+(?:(?:which|that)\s+(?:is|was|will\s+be|would\s+be)\s+)?"
                r"(?:valued\s+at|worth)\s+(?:a\s+(?:whopping|cool|hefty|staggering|reported|mere)\s+)?" + _Q + r"$", re.I),
     None),
    ("new-entity-after", frozenset({"investments"}), None,
     re.compile(r"^\s+(?:of\s+(?:its|their|his|her)\s+own\s+(?:money|cash|funds|capital)\s+)?(?:in|into)\s+(?:the|a)\s+"
                + NEW_ENTITY + r"\b", re.I)),
    # "A tie-up between A and B would create the world's fourth biggest bank, valued at $180bn", "a merger forming a
    # group worth $5bn": an entity a combination would make has no name of its own yet, so no record can say whose
    # value it is
    ("created-entity", frozenset({"valuations", "investments", "offerings"}),
     re.compile(r"\b(?:create|creates|created|creating|form|forms|forming|forge|forges|forged|forging)\s+(?:a|an|the)\s+"
                r"(?:[^.;,]|(?<=[A-Z])\.){0,80}?,?\s+(?:(?:which|that)\s+(?:is|was|would\s+be|will\s+be|could\s+be)\s+)?"
                r"(?:valued\s+at|worth|with\s+an?\s+(?:combined\s+|total\s+)?(?:market\s+)?(?:value|valuation|"
                r"capitali[sz]ation)\s+of)\s+" + _Q + r"$", re.I), None),
    ("combined-entity", frozenset({"valuations"}),
     re.compile(r"\b(?:combined|merged|enlarged)\s+(?:company|group|entity|firm|business|bank|operator|exchange)\s*,?\s+"
                r"(?:(?:which|that)\s+)?(?:(?:is|was|would|will|could|be|been|now)\s+)*(?:valued\s+at|worth)\s+" + _Q + r"$",
                re.I), None),
    # "listing stocks with a total capitalisation of £1.4 trillion": the sum of many listed companies' values
    ("many-companies-total", frozenset({"valuations", "offerings", "investments"}),
     re.compile(r"\b(?:stocks|shares|companies|firms|securities|members|listings|constituents)\b[^.;]{0,30}?\b(?:total|combined|"
                r"aggregate|collective)\s+(?:market\s+)?(?:capitali[sz]ation|value|valuation|worth)\s+of\s+" + _Q + r"$",
                re.I), None),
    # "is now worth $3bn to the country": what something brings a beneficiary, not what a company is worth
    ("worth-to-beneficiary", frozenset({"valuations"}),
     re.compile(r"\bworth\s+" + _Q + r"$", re.I),
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:a\s+year\s+|annually\s+)?to\s+(?:(?:the|its|their|his|her|our)\b|(?-i:[A-Z]))", re.I)),
    # "a market worth well over $500 million annually": a sum per year is a flow, never what a company is worth
    ("yearly-rate", frozenset({"valuations"}), None,
     re.compile(r"^\s+(?:(?:in|of)\s+(?:[\w-]+\s+)?(?:revenue|sales|turnover)\s+)?(?:annually|a\s+year|per\s+year|each\s+year|"
                r"every\s+year|per\s+annum|a\s+month|per\s+month|each\s+month)\b"
                r"(?!\s+(?:ago|earlier|before|later|previously|on|after))", re.I)),
    # "Analysts have valued the six tracks at between £40m-£50m": a plural lower-case object is things (assets, shares,
    # sites), not one company ("valued the carmaker at", "valued the business at" are singular)
    ("values-things", frozenset({"valuations"}),
     re.compile(r"\bvalu(?:e|es|ed|ing)\s+(?:the|these|those|his|her|their|its|(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*))*"
                r"['’]s?)\s+(?:(?-i:[a-z\d])[\w,-]*\s+){0,2}?"
                r"(?-i:[a-z][\w-]*[^\Wsui]s)\s+at\s+(?:between\s+)?" + _Q + r"$", re.I), None),
    # "County records value his smelter at 60 million yuan": a possessed lower-case object is a thing someone owns, not
    # a company ("valued the chip designer at" names a company by its trade)
    ("values-a-thing", frozenset({"valuations"}),
     re.compile(r"\bvalu(?:e|es|ed|ing)\s+(?:his|her|their|its)\s+(?!(?:[\w-]+\s+){0,2}?"
                + DESCRIPTOR_HEAD + r"\b|(?:[\w-]+\s+){0,2}?(?:enterprise|concern|venture|entity|target|team|side|"
                r"franchise|business|organi[sz]ation|corporation|lender|bank|insurer)\b)(?:(?-i:[a-z])[\w-]*\s+){1,3}at\s+" + _Q + r"$", re.I), None),
    # "the business hit the £200m mark": a running total passing a milestone, not one round
    ("milestone", frozenset({"investments", "offerings"}), None,
     re.compile(r"^\s+(?:mark|milestone|barrier|threshold)\b", re.I)),
    # "in February the business hit the £200m mark and in June hit £250m": a running total reaching a level (where no
    # round or offering is the subject: "the round hit $50 million" is one)
    ("reached-level", frozenset({"investments", "offerings"}),
     re.compile(r"^(?![^.;]*\b(?:round|series|offering|IPO|listing|raise|fundraising)\b)[^.;]*"
                r"\b(?:hit|hits|hitting|reach(?:ed|es|ing)?|pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?|cross(?:ed|es|ing)?|"
                r"top(?:ped|s|ping)?)\s+" + _Q + r"$", re.I), None),
    # "Chinalco is building a new city of Morococha with an investment of $50 million": money spent on building a
    # project, not put into a company
    ("project-spending", frozenset({"investments"}),
     re.compile(r"\b(?:build|builds|building|built|construct(?:s|ing|ed)?|develop(?:s|ing|ed)?|set(?:ting)?\s+up|"
                r"establish(?:es|ing|ed)?|expand(?:s|ing|ed)?|"
                # "plans a joint venture with HAL to make engine parts, with an initial investment of $6.5m": a venture
                # yet to be formed, its start-up outlay
                r"joint\s+venture)\b[^.;]{0,80}\bwith\s+(?:an?\s+)?(?:total\s+|initial\s+)?"
                r"(?:investment|outlay|capital\s+expenditure)\s+of\s+" + _Q + r"$", re.I), None),
    # "If a person has 10 billion lira in investments": savings someone holds, not money put into a company
    ("held-investments", frozenset({"investments"}),
     re.compile(r"\b(?:has|have|had|having|holds?|held|owns?|owned)\s+" + _Q + r"$", re.I),
     re.compile(r"^\s+(?:in|of)\s+(?:[\w-]+\s+)?(?:investments|savings|assets|shares|equities)\b", re.I)),
    # "to attract $15bn of foreign investment", "£2bn of inward investment": money flowing into a country's economy
    ("inward-investment", frozenset({"investments"}), None,
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:of|in)\s+(?:new\s+|fresh\s+|additional\s+|annual\s+)?(?:foreign|inward|"
                r"overseas|outside|international)\s+(?:direct\s+)?investments?\b", re.I)),
    # "is to receive a payment from Chelsea of £24.5m", "compensation of £5m": a payment is no money put into a
    # company, whatever word for investment comes near
    ("payment", frozenset({"investments"}),
     re.compile(r"\b(?:payments?|compensation|pay-?offs?|settlements?|refunds?|subsid(?:y|ies)|grants?|rebates?)\s+"
                r"(?:(?:from|by|to)\s+(?:[\w.&’'-]+\s+){1,4}?)?(?:of|worth|totall?ing)\s+" + _Q + r"$", re.I), None),
    # "secured 1bn euros in launch aid from European governments", "$2.2 billion in CHIPS grants", "£350m in
    # compensation": the sum's own noun says it is aid, a grant or a payment, not money put in for a share
    ("aid-or-payment", frozenset({"investments"}), None,
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:in|of|as)\s+(?:[\w-]+\s+){0,2}?(?:aid|subsid(?:y|ies)|grants?|compensation|"
                r"payments?|refunds?|rebates?|tax\s+breaks?|handouts?)\b(?!\s+(?:round|funding|financing))", re.I)),
    # "With assets of $200m and liabilities totalling $648m": the size of a balance-sheet item
    ("balance-sheet", frozenset({"investments"}),
     re.compile(r"\b(?:liabilities|debts?|borrowings|assets|losses|deficit|reserves)\s+(?:of|totall?ing|worth|"
                r"amounting\s+to|reaching|stood\s+at)\s+" + _Q + r"$", re.I), None),
    # "Sales of stakes in firms including ... raised 1.17bn euros": what a sale raised is its proceeds
    ("sale-proceeds", frozenset({"investments"}),
     # (not "the sale of new shares to Sequoia raised $50m": new shares put money into the issuer)
     # ("the sale which will help the government raise around ₹2,700 crore": the sale's relative clause)
     re.compile(r"\b(?:[Ss]ales?|[Dd]isposals?|[Ss]ell-?offs?|[Pp]rivati[sz]ations?)\s+(?:of\s+(?!(?:[\w-]+\s+){0,2}?(?:new|"
                r"fresh|newly[- ]issued)\s)|(?:which|that)\s+)[^.;,]{0,100}?\b(?:raised|raises|"
                r"raise|raising|fetched|fetches|generated|generates|brought\s+in|netted)\s+" + _Q + r"$"), None),
    # "the club needs a capital injection of 35m euros": a need, nobody's deal (not "a much needed capital infusion of
    # ₹22 Cr by its parent", where "needed" only describes one made)
    ("needed-injection", frozenset({"investments"}),
     re.compile(r"\b(?:needs?|needed|requires?|required|lacks?|lacked)\s+(?:a|an|another|further|more|fresh|new)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:injection|infusion|investment|bail-?out|rescue)\s+(?:of\s+)?" + _Q + r"$", re.I), None),
    # "Earnings at X rose 25% to £1.04bn": the level a measure rose or fell to
    ("changed-to", frozenset({"investments"}),
     re.compile(r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|jumped|climbed|dropped|increased|decreased|grew|"
                r"slipped|surged|soared|slumped|declined|edged\s+up|edged\s+down)\s+(?:by\s+)?(?:[\d.]+\s*(?:%|per\s*cent|"
                r"percent)\s+)?to\s+" + _Q + r"$", re.I), None),
    # "it has imposed penalties totalling nearly $2bn on 15 funds": a total of many fines over a counted class of payers,
    # no one's fine; one decision ("TRAI has imposed a total fine of Rs 5.04 crore on 13 telecom operators") is a fine
    # whose payers are not named
    ("aggregate-on-many", frozenset({"fines"}),
     re.compile(r"\b(?:fines|penalties|sanctions|settlements|totall?(?:ing|ed)|combined)\b[^.;]*$", re.I),
     re.compile(r"^\s+(?:in\s+(?:[\w-]+\s+){1,2})?(?:on|against|from|for)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?"
                r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of|several|"
                r"many|multiple|various|numerous)\s+(?:[\w-]+\s+)?(?:funds|firms|companies|banks|brokers|lenders|"
                r"insurers|businesses|institutions|entities|individuals|people|traders|platforms|operators|groups|"
                r"carriers|airlines|airports|hospitals|stores|retailers|players|clubs)\b", re.I)),
    # "commitments ... from its venture capital fund which totalled $350 million, including some $170 million from
    # investment partners": a fund's size and its parts, not a deal
    ("fund-total", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\bfunds?\b[^.;]{0,40}\b(?:which|that)\s+(?:totall?ed|totals|amounted\s+to|amounts\s+to|stood\s+at|was|is)\s+"
                r"(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\bincluding\s+)?" + _Q + r"$", re.I), None),
    # "Trading was brisk today at 102.9 million valued at C$1.76 billion": the value of the shares traded
    ("traded-value", frozenset({"valuations"}),
     re.compile(r"\b(?:trading|volume|turnover|traded)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\bvalued\s+at\s+" + _Q + r"$", re.I),
     None),
    # "BMW had invested some £280m in Mini production": money into a plant or an operation a name only qualifies
    ("facility", frozenset({"investments"}), None,
     re.compile(r"^\s+(?:in|into|on)\s+(?:the\s+|its\s+|their\s+)?(?:(?-i:[A-Z])[\w&.-]*\s+){1,3}(?:production|plants?|"
                r"factor(?:y|ies)|facilit(?:y|ies)|sites?|operations|lines?|stores|mines?|refiner(?:y|ies)|projects?|"
                r"works|manufacturing|assembly|brand)\b", re.I)),
    # "German car maker BMW has announced £100m of new investment": a company's own spending plan, no one invested in
    ("announced-spending", frozenset({"investments"}),
     re.compile(r"\b(?:announc\w*|unveil\w*|plan\w*|pledg\w*|commit\w*|earmark\w*|approv\w*)\b[^.;]{0,30}$", re.I),
     re.compile(r"^\s+(?:of|in)\s+(?:new\s+|fresh\s+|additional\s+|further\s+|capital\s+)?investments?\b"
                r"(?!\s+(?:in|into|from|by|for)\b)", re.I)),
    # "a figure of maybe $200 million that Schwab invested in its robo-effort": money put into one's own thing (a
    # product, a network), no company on the other side ("in its latest round", "in its Indian unit" are)
    ("own-spending", frozenset({"investments"}),
     re.compile(r"\b(?:invest(?:s|ed|ing)?|spen[dt]s?|spending|pour(?:s|ed|ing)?|puts?|putting|s[au]nk|sinks)\b[^.;]{0,60}$",
                re.I),
     re.compile(r"^\s+(?:in|into|on)\s+" + _OWN_THING, re.I)),
    ("own-spending-relative", frozenset({"investments"}), None,
     re.compile(r"^\s+(?:that|which)\s+[^.;]{0,40}?\b(?:invest(?:ed|s)?|put|puts|poured|spent|spends|sank|sunk)\s+"
                r"(?:in|into|on)\s+" + _OWN_THING, re.I)),
    # "has issued a 2 billion ringgit in nominal value sukuk": a security's face value, not a company's value
    # ("with the debts' nominal value standing at around $100bn": the same, told with a verb)
    ("face-value", frozenset({"valuations"}),
     re.compile(r"\b(?:nominal|face|par)\s+values?\s+(?:of\s+|(?:(?:is|was|now|stands|stood|standing|totall?(?:ed|ing|s)|"
                r"amount(?:ed|ing|s)\s+to)\s+)+(?:at\s+)?)?" + _Q + r"$", re.I),
     None),
    ("face-value-after", frozenset({"valuations"}), None,
     re.compile(r"^\s+(?:in\s+)?(?:nominal|face|par)\s+values?\b", re.I)),
    # "The fund has $5 billion in commitments": what investors promised a fund
    ("fund-commitments", frozenset({"investments", "offerings", "valuations"}), None,
     re.compile(r"^\s+(?:in|of)\s+(?:capital\s+|investor\s+|total\s+)?commitments\b", re.I)),
    ("fund-closed-at", frozenset({"investments", "offerings", "valuations"}),
     re.compile(r"\b(?:clos(?:ed|es|ing)|rais(?:ed|es|ing)|launch(?:ed|es|ing)|set up|sets up|final close of)\s+(?:its|a|an|the|"
                r"their)\s+(?:[\w-]+\s+){0,4}?(?:fund|funds|vehicle)\s+(?:at|of|with|totall?ing|to)\s+" + _Q + r"$|"
                r"\b(?:a|an|new|its)\s+(?:[\w-]+\s+){0,3}?(?:fund|vehicle)\s+(?:of|worth|totall?ing|with commitments of)\s+"
                + _Q + r"$", re.I), None),
    # "Acme has now raised $50 million to date": a running total, not one round
    ("running-total", frozenset({"investments"}), None,
     re.compile(r"^\s+(?:(?:in\s+)?(?:total\s+)?(?:funding\s+|capital\s+)?(?:to date|so far|in total|since (?:its )?(?:founding|"
                r"inception|launch|it was founded)))\b", re.I)),
    # "will invest up to $20 million to launch sports leagues": money spent on a purpose, no company invested in
    ("spent-on-purpose", frozenset({"investments"}),
     re.compile(r"\b(?:invest|invests|investing|spend|spends|spending|pump|pumps)\s+" + _Q + r"$", re.I),
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?to\s+(?:launch|build|set\s+up|expand|develop|start|create|open|upgrade|"
                r"improve|digiti[sz]e|modernise|modernize)\b", re.I)),
    # "an incubation fund with an upper limit of ₹50 lakh on each investment": a cap per deal, no deal
    ("cap-per-deal", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\b(?:upper\s+limit|cap|ceiling|limit|maximum)\s+of\s+" + _Q + r"$", re.I),
     re.compile(r"^\s+(?:on|per|for)\s+(?:each|every|a|any|one)\s+(?:investment|deal|start-?up|company|cheque|check)\b",
                re.I)),
    # "wrote off almost $555 million in investment in Ola": money written off is a loss on a holding, not a deal
    ("written-off", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\b(?:wr(?:ote|ites|iting|itten)\s+(?:off|down)|write-?(?:offs?|downs?)\s+(?:of|on)|impair(?:ed|s|ing)|"
                r"impairments?\s+(?:of|on)|mark(?:ed|s|ing)\s+down)\s+" + _Q + r"$", re.I), None),
    # "asked Masayoshi Son to invest $250 million in his startup", "his $250 million ask": a pitch, not the deal
    ("pitch-ask", frozenset({"investments"}),
     re.compile(r"\bask(?:ed|s|ing)?\s+(?:[\w.’'-]+\s+){1,5}?to\s+(?:invest|put|pump|inject|fund|back)\s+(?:in\s+)?"
                + _Q + r"$", re.I), None),
    ("pitch-ask-after", frozenset({"investments"}), None,
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:ask|pitch|request|proposal)\b", re.I)),
    # "Eyeing a ₹350 Cr corpus, IAN raises ₹175 Cr in its first round", "closes the first close of its fund":
    # a fund's corpus and its closes are an asset manager raising a fund, not an investment in a company
    ("fund-corpus", frozenset({"investments", "offerings", "valuations"}), None,
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:[\w-]+\s+)?corpus\b|^[^.;]{0,30}?\b(?:first|final|second|third)\s+close\b",
                re.I)),
    ("fund-corpus-before", frozenset({"investments", "offerings"}),
     re.compile(r"\bcorpus\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}$", re.I), None),
    # "Included will also be $10 billion in cash", "leaves shareholders with $10 billion in cash": cash a company
    # holds or keeps in a deal, not money put into it
    ("cash-held", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\b(?:includ(?:e|es|ed|ing)|leav(?:e|es|ing)|left|remain(?:s|ed|ing)?|hold(?:s|ing)?|held|sitting\s+on|"
                r"sits\s+on|retain(?:s|ed|ing)?)\b[^.;]{0,40}$", re.I),
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:in|of)\s+(?:net\s+)?cash\b(?!\s+(?:investment|injection|infusion|funding))",
                re.I)),
    # "Shopclues looks to go IPO, eyes a $75-$100 Million pre-IPO round": a private round before the offering
    ("pre-ipo-round", frozenset({"offerings"}), None,
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?pre-?\s?IPO\b", re.I)),
    # "company executives and employees will not sell any shares": not the company's own money
    # "real income gain of about US$220 billion", "would add $1.2 trillion to GDP": an economy's figure, not a company's
    ("economic-figure", frozenset({"valuations", "investments", "offerings"}),
     re.compile(r"\b(?:GDP|gross domestic product|national income|real income|income gains?|economic output|"
                r"(?:trade|export|import)\s+(?:value|volume|flows?|gains?)|welfare gains?)\b"
                r"(?:\s+(?:gains?|growth|losses|loss|increases?|boost))?\s+(?:of|at|to|by|worth)?\s*" + _Q + r"$", re.I),
     None),
    ("economic-figure-after", frozenset({"valuations", "investments", "offerings"}), None,
     re.compile(r"^\s+(?:(?:to|in|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:GDP|gross domestic product|economic output)|"
                r"(?:in|of)\s+(?:real\s+)?(?:income|output)\s+gains?)\b", re.I)),
    # "approves $1.5 million SEC-Musk settlement over Twitter investment": the sum's own noun is a settlement or a
    # penalty, whatever the investment word near it
    ("settlement-noun", frozenset({"investments", "offerings"}), None,
     re.compile(r"^\s+(?:(?!(?:to|for|in|into|from|at|by|with)\b)[\w’'-]+\s+){0,2}?(?:settlement|fine|penalty|penalties|"
                r"damages)\b(?![-\w])", re.I)),
    # "saving him as much as $150 million at the expense of shareholders": money saved or earned, not put in
    ("saved-or-earned", frozenset({"investments", "offerings"}),
     re.compile(r"\b(?:sav(?:e|es|ed|ing)|earn(?:s|ed|ing)?|nett(?:ed|ing))\s+(?:(?:him|her|them|it|us|me|you)\s+)?"
                + _Q + r"$", re.I), None),
    # "was supposed to receive up to $10.86 billion in federal funding ... as part of the CHIPS Act", "$2.2 billion in
    # CHIPS grants": a grant or subsidy from the state buys no shares
    ("grant-or-subsidy", frozenset({"investments", "offerings"}), None,
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:in|of|as)\s+)?(?:(?!(?:from|by|to|for|with)\b)[\w-]+\s+){0,2}?"
                r"(?:(?-i:grants?)|subsid(?:y|ies)|(?:federal|government|state|public|taxpayer)\s+(?:funding|money|support|aid|"
                # "They shared a $45bn state bailout in 2003": the state's rescue money, whatever debut comes after
                r"financing)|bail-?outs?)\b", re.I)),
    # "Summer Games Done Quick raising $2,436,614 for Doctors Without Borders": money raised for another named body,
    # with no round in sight, is a collection for a cause (a place after "for" is handled in investments.py)
    ("raised-for-other", frozenset({"investments"}),
     re.compile(r"\brais(?:e|es|ed|ing)\s+" + _Q + r"$", re.I),
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?for\s+(?![^.;]{0,80}\b(?:round|series|seed|funding|financing|led by|"
                r"investors?|valuation|expansion|growth|its|their)\b)(?:the\s+)?(?-i:[A-Z])", re.I)),
    # "expected to create a $250 billion AI infrastructure ecosystem": the size of a market, not a deal
    ("market-size", frozenset({"investments"}), None,
     re.compile(r"^\s+(?:(?!(?:to|for|in|into|from|at|by|with|of|on|and|the)\b)[\w-]+\s+){0,3}?(?:ecosystem|market|"
                r"industry|economy|opportunity)\b"
                r"(?!\s+(?:cap|value|valuation|capitali[sz]ation|debut|listing)\b)", re.I)),
    # "following a $5.8 billion software deal with German automaker Volkswagen": a commercial deal, not money put in
    ("commercial-deal", frozenset({"investments"}), None,
     re.compile(r"^\s+(?:[\w-]+\s+)?(?:software|supply|licensing|licence|license|technology|tech|commercial|cloud|"
                r"computing|chip|services?|distribution|content|advertising|sponsorship|marketing|procurement|"
                r"offtake|streaming|broadcast(?:ing)?|media)\s+(?:deal|contract|agreement|pact|order)\b", re.I)),
    # "it would invest $15 billion over the next five years to build an AI data center hub": a spending plan with
    # its span told before its purpose (spent-on-purpose reads the purpose right after the sum)
    ("spent-on-purpose-over-years", frozenset({"investments"}),
     re.compile(r"\b(?:invest|invests|investing|spend|spends|spending|pump|pumps)\s+" + _Q + r"$", re.I),
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:over|through|until|by|across|during)\s+(?:the\s+)?"
                r"(?:(?:next|coming|following)\s+)?(?:[\w-]+\s+)?(?:years?|months|decades?|\d{4})\s*,?\s+"
                # "which will invest US$1 billion over the next four years to speed up the development of ...": a
                # spending pledge with a purpose told as any infinitive (a company invested in is named, not purposed)
                r"(?:to|towards?)\s+(?!be\b)(?-i:[a-z]+)\b", re.I)),
    # "a £276million funding shortfall in its pension fund", "a pension deficit of £1bn": money missing, not money in
    ("shortfall", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\b(?:deficits?|shortfalls?|black\s+hole|funding\s+gap)\s+(?:of\s+)?(?:some\s+|about\s+|around\s+)?" + _Q
                + r"$", re.I),
     None),
    ("shortfall-after", frozenset({"investments", "valuations", "offerings"}), None,
     re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:shortfalls?|deficits?|black\s+hole|(?:funding|financing|pension)\s+(?:gap|hole))\b",
                re.I)),
    # "Anyone who had £1,000 invested in the company in January would now be sitting on £5,410", "if you had invested
    # $1,000 in Zoom": an illustration of a share's return, nobody's deal
    ("illustrative-return", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\b(?:anyone|anybody|someone|somebody|whoever|(?:an?|any)\s+(?:[\w-]+\s+)?investor|you)\s+(?:who\s+)?"
                r"(?:had|has|have|would\s+have|had\s+(?:put|invested|sunk|placed)|put|invested)\s+" + _Q + r"$|"
                r"\bif\s+(?:you|anyone|someone|an?\s+(?:[\w-]+\s+)?investor)\s+had\s+(?:put|invested|sunk|placed|bought)\s+"
                + _Q + r"$", re.I), None),
    ("illustrative-return-after", frozenset({"investments", "valuations", "offerings"}), None,
     re.compile(r"^\s+(?:invested|put)\b[^.;]{0,80}?\bwould\s+(?:now\s+|today\s+)?(?:be|have)\b", re.I)),
    ("illustrative-return-worth", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\bwould\s+(?:now\s+|today\s+)?(?:be\s+(?:now\s+)?(?:worth|sitting\s+on)|have\s+(?:grown|turned)\s+(?:in)?to)\s+"
                + _Q + r"$", re.I), None),
    # "still lost £441m", "a loss of $20 million": a loss is neither money put in nor raised
    ("loss", frozenset({"investments", "offerings"}),
     re.compile(r"\b(?:lost|lose|loses|losing|loss(?:es)?\s+of|wiped\s+out|(?:made|posted|reported|suffered)\s+(?:an?\s+)?"
                r"(?:[\w-]+\s+)?loss\s+of)\s+" + _Q + r"$", re.I), None),
    # "Kretinsky has built up a 3.05 per cent stake in the supermarket giant worth £130million", "its 50 per cent stake
    # valued at around £1billion", "His remaining 13.6m shares are now worth £85million", "owns 4.3 per cent of Tesla,
    # worth around £15billion": what a holding is worth, neither the company's valuation nor money raised or put in
    ("holding-worth", frozenset({"investments", "valuations", "offerings"}),
     # ("agreed to buy new shares worth 3 billion yuan in BYD": new shares bought put money in; "X's 12% stake in Fintrix,
     # which was valued at $9 billion": a relative clause after the company's name is about the company)
     re.compile(r"(?:(?<!new )(?<!newly issued )(?<!new ordinary )\b(?:stakes?|holdings?|shareholdings?|shares|stock|interest)\b"
                r"(?:\s+(?:in|of)\s+[^.;,]{1,45}?\s+|\s*,?\s+(?:(?:which|that)\s+)?)|"
                r"\d\s*(?:%|per\s*cent|percent)\s+of\s+[^.;,]{1,45}?\s*,?\s+)"
                r"(?:(?:is|are|was|were|will\s+be|would\s+be|could\s+be|has\s+been|have\s+been|had\s+been|now|currently|"
                r"still|then|collectively|together|being|already)\s+)*(?:worth|valued\s+at)\s+" + _Q + r"$", re.I), None),
    # "Sharp will take a stake of just over 30 percent in eLux, valued at $7 million": a participle after the stake's
    # company, with no relative word, values the stake (", which was valued at" is said of the company)
    ("stake-then-valued", frozenset({"valuations"}),
     re.compile(r"\bstakes?\s+(?:of\s+[^.;,]{1,30}?\s+)?(?:in|of)\s+[^.;,]{1,45}?,\s+(?:valued\s+at|worth)\s+" + _Q + r"$",
                re.I), None),
    # "Berkshire Hathaway's position in Apple is now more than twice as large as previously disclosed at $18.2 billion":
    # a holding's size told as a sum
    ("holding-at", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\b(?:positions?|stakes?|holdings?|shareholdings?)\s+in\s+[^.;,]{1,45}?\s+(?:is|was|are|were|stands|stood)"
                r"\b[^.;]{0,80}?\bat\s+" + _Q + r"$", re.I), None),
    # "who runs a billion dollar venture capitalist firm", "closed a $500m fund": the size of a firm or a fund
    ("firm-or-fund-size", frozenset({"investments", "valuations", "offerings"}),
     None, re.compile(r"^\s*(?:(?:-|dollar|pound|euro)\s*)?(?:(?!(?:in|into|for|from|by|to|on|at|with|the|its|their|"
                      r"and|or|of)\b)[a-z][\w-]*\s+){0,3}?(?:fund|firm|funds|firms)\b(?!-?rais)")),
    # "the value of Leahy's remaining shares is £85m", "the value of its Yukos shareholding had gone from $17.8bn"
    ("holding-value-of", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\b(?:value|worth)\s+of\s+(?:[^.;]{0,40}?)\b(?:stakes?|holdings?|shareholdings?|shares)\b[^.;]{0,20}?"
                r"\b(?:is|was|are|were|stood|stands|rose|fell|reached|to|at|from)\s+(?:now\s+)?(?:at\s+)?" + _Q + r"$", re.I),
     None),
    # "below the $2bn value of its stake in Beta": the noun after the sum says it values a holding
    ("holding-value-after", frozenset({"valuations"}), None,
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:market\s+)?value\s+of\s+(?:[^.;]{0,30}?)\b(?:stakes?|holdings?|"
                r"shareholdings?|shares)\b", re.I)),
    # "more song collections that are worth around £1billion": things in the plural worth a sum are assets, not a
    # company's value
    ("plural-things-worth", frozenset({"valuations"}),
     re.compile(r"\b(?-i:[a-z]{2,}[a-rt-z]s)\s+(?:(?:that|which)\s+)?(?:are|were|would\s+be|could\s+be|will\s+be)\s+"
                r"(?:now\s+|collectively\s+|together\s+|still\s+)?worth\s+" + _Q + r"$"), None),
    # "funding from the Australian Department of Defence", "a grant from the council": public money, not equity
    ("public-body-funding", frozenset({"investments", "offerings"}), None,
     re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:in|of|as)\s+)?(?:[\w-]+\s+)?(?:funding|grants?|money|support|financing)\s+"
                r"from\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}?(?:(?-i:Department|Ministry|Government|Council|Agency|"
                r"Office|Administration)|government|state|council|ministry|department)\b", re.I)),
    # "AUCloud expects its pro-forma net cash position will increase to AU$41.5 million": cash held
    ("net-cash", frozenset({"investments", "valuations", "offerings"}),
     re.compile(r"\b(?:net\s+cash|cash\s+(?:position|balance|pile|reserves?))\b[^.;]{0,50}$", re.I), None),
]
# "the valuation doubled from that last funding round to $5 billion": the value's own change verb carries the
# sum, whatever cue sits nearer
VALUATION_TO = re.compile(r"\b(?:valuation|market (?:value|valuation|capitali[sz]ation|cap))\s+(?:has\s+|had\s+|have\s+)?"
                          r"(?:more than\s+|nearly\s+|almost\s+)?(?:doubled|tripled|quadrupled|rose|risen|jumped|climbed|"
                          r"increased|grew|grown|surged|soared|swelled|fell|fallen|dropped|slumped|declined|shrank|"
                          r"plunged|reached|hit|topped|"
                          # "has seen its market cap plunge from £4.3billion since its listing to just £1billion": the
                          # bare verb after "see", and the level it moved from as well as the one it reached
                          r"plunge|plunges|plunging|fall|falls|falling|drop|drops|dropping|rise|rises|rising|climb|"
                          r"climbs|slump|slumps|slumped|soar|soars|surge|surges|jump|jumps|grow|grows|shrink|shrinks|"
                          r"tumble|tumbled|tumbles|sink|sinks|sank|slide|slid|collapse|collapsed)\b"
                          r"(?:(?:[^.;$€£]|(?<=\d)\.(?=\d)){0,60}?\bto|(?:[^.;$€£]|(?<=\d)\.(?=\d)){0,20}?\bfrom|"
                          r"(?:[^.;$€£]|(?<=\d)\.(?=\d)){0,20}?\bfrom\b(?:[^.;]|(?<=\d)\.(?=\d)){1,80}?\bto)\s+" + _Q + r"$",
                          re.I)

# "as it plans to list on the stock market for £4.5billion", "floated in London at £2bn": the value a listing puts on
# the company (the size of its share issue is told as money raised)
LISTED_FOR = re.compile(r"(?:\b(?:list|lists|listed|listing|float|floats|floated|floating)\s+(?:(?:its|their)\s+shares\s+)?"
                        r"(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:stock\s+market|stock\s+exchange|market|exchange|"
                        r"(?-i:Nasdaq|NYSE|AIM|London|New\s+York))|"
                        # "Snap, who went public for $24 billion in early 2017": the value it went public at
                        r"\b(?:went|go|goes|going|gone)\s+public)"
                        r"\s+(?:for|at)\s+(?:an?\s+)?(?:(?:valuation|value)\s+of\s+)?" + _Q + r"$", re.I)


# a raise told as an issue of shares: "as part of a £150million equity raise", "issuing new shares", "a placing and
# open offer", "It will offer retail investors shares for the same price": the company sells its own shares
SHARE_ISSUE = re.compile(r"\b(?:equity\s+(?:raise|raising|fund-?raising|issue)|capital\s+raising|share\s+(?:issue|placing)|"
                         r"rights\s+issues?|open\s+offer|placing|new\s+shares|issu(?:e|es|ed|ing)\s+(?:new\s+)?shares|"
                         r"offer(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?shares)\b", re.I)
# the article speaks of a quoted company: its shareholders and its market
LISTED_WORDS = re.compile(r"\b(?:stock\s+(?:market|exchange)|FTSE|(?:AIM|LSE|Nasdaq|NYSE)(?:-listed)?|listed\s+on|"
                          r"share\s+price|market\s+(?:value|capitali[sz]ation|cap)|shares\s+(?:rose|fell|jumped|soared|"
                          r"slumped|tumbled|climbed|dropped|plunged|closed|were\s+(?:up|down)))\b")
SHAREHOLDERS = re.compile(r"\bshareholders?\b", re.I)
# shareholders as actors on the raise (they vote, back or criticise it), not as the ones it came from
SHAREHOLDERS_ACT = re.compile(r"(?<!\bfrom )(?<!\bby )(?<!\bincluding )(?<!\bexisting )\bshareholders?\s+(?:have\s+|had\s+|"
                              r"will\s+|would\s+)?(?:backed|back|approved|approve|voted|vote|criticised|criticized|"
                              r"rebelled|revolted|opposed|supported|signed\s+off)\b", re.I)
# a private company's round: the raise is an investment whatever else the article says
ROUND_WORDS = re.compile(r"\b(?:series\s+[a-h]|seed|pre-seed|round|venture|led\s+by|pre-money|post-money|"
                         r"private\s+placement|backers?\s+including|start-?up)\b", re.I)

# "The Hut Group unveils plans for £4.5bn float", "ahead of its £15billion stock market listing", "eyes £6bn New York
# float": a sum told as the size of a float or listing (British usage) is the value it puts on the company
FLOAT_VALUE_AFTER = re.compile(r"\s+(?:(?:stock\s+market|stock\s+exchange|(?-i:London|New\s+York|Nasdaq|NYSE|AIM))\s+)?"
                               r"(?:float|flotation|listing)\b", re.I)
