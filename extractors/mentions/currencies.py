"""Data read by extractors/money.py and extractors/percent.py: currency symbols, ISO codes and names
mapped to ISO 4217, scale words mapped to powers of ten, and the qualifier words said before an amount.
No logic lives here: to teach a new currency or a new way of writing one, add a row."""

from __future__ import annotations

from dataclasses import dataclass, field

# Written right before the number ("US$5", "Rs.5", "€ 5"); matched case-sensitively.
SYMBOLS: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "US $": "USD",
    "HK$": "HKD",
    "S$": "SGD",
    "SG$": "SGD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CDN$": "CAD",
    "NT$": "TWD",
    "NZ$": "NZD",
    "R$": "BRL",
    "MX$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "￥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₽": "RUB",
    "₱": "PHP",
    "₪": "ILS",
    "฿": "THB",
    "Rs": "INR",
    "Rs.": "INR",
    "RS.": "INR",
    "RM": "MYR",
    "Rp": "IDR",
    "SFr": "CHF",
    "SFr.": "CHF",
    "₦": "NGN",
    "₫": "VND",
    "₴": "UAH",
}

# Written right after the number ("1.234,5 Mio. €", "500 €"), as continental texts and translations do:
# the signs that are no letters and no dollar ("5 $6" is the start of the next amount, "5 Rs" rare).
SUFFIX_SYMBOLS: frozenset[str] = frozenset(
    mark for mark in SYMBOLS if "$" not in mark and not any(ch.isalpha() for ch in mark)
)

# A symbol gives way to a currency name after the number only where that name can be written with it:
# "¥100 million yuan" is CNY, "$10 billion Hong Kong dollars" HKD; "$5 billion won" stays USD.
SYMBOL_GIVES_WAY_TO: dict[str, frozenset[str]] = {
    "$": frozenset({"USD", "HKD", "SGD", "AUD", "CAD", "TWD", "NZD"}),
    "¥": frozenset({"CNY", "JPY"}),
    "￥": frozenset({"CNY", "JPY"}),
}

# Upper-case codes, before ("USD 5 million", "RMB100 million") or after ("5 million USD") the number.
CODES: dict[str, str] = {
    **{
        code: code
        for code in (
            "USD EUR GBP JPY CNY HKD SGD AUD CAD TWD INR KRW TRY CHF BRL RUB MXN ZAR THB MYR IDR "
            "PHP SEK NOK DKK NZD AED SAR ILS PLN ARS CLP COP PKR EGP NGN VND QAR KWD CZK HUF RON BGN ISK UAH"
        ).split()
    },
    "RMB": "CNY",
    "TL": "TRY",
    "NIS": "ILS",
}

# Codes that are also ordinary upper-case words or acronyms ("PHP 7", "Hong Kong SAR 2020", "TRY 3
# TIMES"): money only with a scale word ("PHP 5 billion").
CODES_NEEDING_SCALE: frozenset[str] = frozenset({"PHP", "SAR", "TL", "TRY", "CAD", "RON"})


@dataclass(frozen=True)
class CurrencyName:
    """A currency word written after the number ("5 billion Hong Kong dollars")."""

    default: str | None  # ISO code with no country word before it; None: too ambiguous alone
    countries: dict[str, str] = field(default_factory=dict)  # country word -> ISO code
    needs_scale: bool = False  # also a common English word ("won", "rand"): money only with a scale or country


_DOLLAR = CurrencyName(
    "USD",
    {
        "US": "USD",
        "U.S.": "USD",
        "American": "USD",
        "Hong Kong": "HKD",
        "HK": "HKD",
        "Singapore": "SGD",
        "Singaporean": "SGD",
        "Australian": "AUD",
        "Canadian": "CAD",
        "Taiwan": "TWD",
        "New Taiwan": "TWD",
        "Taiwanese": "TWD",
        "New Zealand": "NZD",
    },
)
_EURO = CurrencyName("EUR")
_POUND = CurrencyName("GBP", {"British": "GBP", "UK": "GBP", "Egyptian": "EGP"})
_YUAN = CurrencyName("CNY", {"Chinese": "CNY"})
_RUPEE = CurrencyName(
    "INR", {"Indian": "INR", "Pakistani": "PKR", "Sri Lankan": "LKR", "Nepalese": "NPR"}
)
_LIRA = CurrencyName("TRY", {"Turkish": "TRY"})
_WON = CurrencyName("KRW", {"South Korean": "KRW", "Korean": "KRW"}, needs_scale=True)
_YEN = CurrencyName("JPY", {"Japanese": "JPY"})
_FRANC = CurrencyName(None, {"Swiss": "CHF"})
_REAL = CurrencyName(None, {"Brazilian": "BRL"})
_REAIS = CurrencyName("BRL", {"Brazilian": "BRL"})
_RINGGIT = CurrencyName("MYR", {"Malaysian": "MYR"})
_BAHT = CurrencyName("THB", {"Thai": "THB"})
_RAND = CurrencyName("ZAR", {"South African": "ZAR"}, needs_scale=True)
_PESO = CurrencyName(
    None,
    {
        "Mexican": "MXN",
        "Philippine": "PHP",
        "Argentine": "ARS",
        "Argentinian": "ARS",
        "Chilean": "CLP",
        "Colombian": "COP",
    },
)
_ROUBLE = CurrencyName("RUB", {"Russian": "RUB"})
_KRONA = CurrencyName("SEK", {"Swedish": "SEK", "Icelandic": "ISK"})
_KRONE = CurrencyName(None, {"Norwegian": "NOK", "Danish": "DKK"})
# Reuters writes the Nordic and Czech currencies as "crowns": only the nationality says which
_CROWN = CurrencyName(None, {"Danish": "DKK", "Norwegian": "NOK", "Swedish": "SEK", "Czech": "CZK", "Icelandic": "ISK"})
_KORUNA = CurrencyName("CZK", {"Czech": "CZK"})
_ZLOTY = CurrencyName("PLN", {"Polish": "PLN"})
_SHEKEL = CurrencyName("ILS", {"Israeli": "ILS", "new Israeli": "ILS"})
_DIRHAM = CurrencyName("AED", {"UAE": "AED", "Emirati": "AED", "Moroccan": "MAD"})
_RIYAL = CurrencyName("SAR", {"Saudi": "SAR", "Qatari": "QAR"})
_RUPIAH = CurrencyName("IDR", {"Indonesian": "IDR"})
_DONG = CurrencyName("VND", {"Vietnamese": "VND"}, needs_scale=True)
_NAIRA = CurrencyName("NGN", {"Nigerian": "NGN"})
_FORINT = CurrencyName("HUF", {"Hungarian": "HUF"})
_LEU = CurrencyName("RON", {"Romanian": "RON", "Moldovan": "MDL"}, needs_scale=True)
_LEV = CurrencyName("BGN", {"Bulgarian": "BGN"}, needs_scale=True)
_HRYVNIA = CurrencyName("UAH", {"Ukrainian": "UAH"})

# Every written form (matched case-insensitively, as whole words) -> its name entry.
NAMES: dict[str, CurrencyName] = {
    "dollar": _DOLLAR,
    "dollars": _DOLLAR,
    "euro": _EURO,
    "euros": _EURO,
    "pound": _POUND,
    "pounds": _POUND,
    "pound sterling": _POUND,
    "pounds sterling": _POUND,
    "sterling": _POUND,
    "stg": _POUND,  # newswire's sterling: "40 million stg", "22.2 billion stg ($36.3 billion)"
    "yuan": _YUAN,
    "renminbi": _YUAN,
    "rupee": _RUPEE,
    "rupees": _RUPEE,
    "lira": _LIRA,
    "liras": _LIRA,
    "won": _WON,
    "yen": _YEN,
    "franc": _FRANC,
    "francs": _FRANC,
    "real": _REAL,
    "reais": _REAIS,
    "ringgit": _RINGGIT,
    "baht": _BAHT,
    "rand": _RAND,
    "peso": _PESO,
    "pesos": _PESO,
    "rouble": _ROUBLE,
    "roubles": _ROUBLE,
    "ruble": _ROUBLE,
    "rubles": _ROUBLE,
    "krona": _KRONA,
    "kronor": _KRONA,
    "krone": _KRONE,
    "kroner": _KRONE,
    "crown": _CROWN,
    "crowns": _CROWN,
    "koruna": _KORUNA,
    "korunas": _KORUNA,
    "zloty": _ZLOTY,
    "zlotys": _ZLOTY,
    "zlotych": _ZLOTY,
    "shekel": _SHEKEL,
    "shekels": _SHEKEL,
    "dirham": _DIRHAM,
    "dirhams": _DIRHAM,
    "riyal": _RIYAL,
    "riyals": _RIYAL,
    "rupiah": _RUPIAH,
    "dong": _DONG,
    "naira": _NAIRA,
    "forint": _FORINT,
    "forints": _FORINT,
    "leu": _LEU,
    "lei": _LEU,
    "lev": _LEV,
    "leva": _LEV,
    "hryvnia": _HRYVNIA,
    "hryvnias": _HRYVNIA,
}

# Scale words as powers of ten. Full words follow a space or hyphen ("$1-billion"); abbreviations of
# two or more letters may follow a space ("Rs 5 cr", "$1.25 Bn"); single letters only touch the
# number ("$600M", "$12m"), because "$5 m" is rarely a scale. All matched case-insensitively.
SCALE_WORDS: dict[str, int] = {
    "thousand": 3,
    "thousands": 3,
    "million": 6,
    "millions": 6,
    "billion": 9,
    "billions": 9,
    "trillion": 12,
    "trillions": 12,
    "lakh": 5,
    "lakhs": 5,
    "lac": 5,
    "lacs": 5,
    "crore": 7,
    "crores": 7,
}
SCALE_ABBREVIATIONS: dict[str, int] = {
    "bn": 9,
    "bln": 9,
    "mn": 6,
    "mln": 6,
    "mil": 6,
    "mm": 6,
    "tn": 12,
    "trn": 12,
    "cr": 7,
    "crs": 7,
    # German and Swiss abbreviations in translated figures: "1.234,5 Mio. €", "2,1 Mrd. Euro"
    "mio": 6,
    "mio.": 6,
    "mrd": 9,
    "mrd.": 9,
}
SCALE_LETTERS: dict[str, int] = {"k": 3, "m": 6, "b": 9, "t": 12}

# Spelled numbers that may stand before a scale word and a currency name ("half a billion dollars").
SPELLED_NUMBERS: dict[str, str] = {
    "a": "1",
    "an": "1",
    "one": "1",
    "half a": "0.5",
    "half an": "0.5",
    "one and a half": "1.5",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "twelve": "12",
    "fifteen": "15",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "a hundred": "100",
    "one hundred": "100",
}

# Said right before an amount or a percentage; matched case-insensitively as whole words.
APPROX = "approx"
AT_LEAST = "at_least"
AT_MOST = "at_most"
EXACT = "exact"
QUALIFIERS: dict[str, str] = {
    "about": APPROX,
    "around": APPROX,
    "nearly": APPROX,
    "almost": APPROX,
    "some": APPROX,
    "roughly": APPROX,
    "approximately": APPROX,
    "approx.": APPROX,
    "approx": APPROX,
    "an estimated": APPROX,
    "estimated": APPROX,
    "close to": APPROX,
    "circa": APPROX,
    "~": APPROX,
    "more than": AT_LEAST,
    "over": AT_LEAST,
    "well over": AT_LEAST,
    "just over": AT_LEAST,
    "at least": AT_LEAST,
    "upwards of": AT_LEAST,
    "north of": AT_LEAST,
    "in excess of": AT_LEAST,
    "exceeding": AT_LEAST,
    "above": AT_LEAST,
    "no less than": AT_LEAST,
    "not less than": AT_LEAST,
    "a minimum of": AT_LEAST,
    "less than": AT_MOST,
    "under": AT_MOST,
    "just under": AT_MOST,
    "up to": AT_MOST,
    "as much as": AT_MOST,
    "as high as": AT_MOST,
    "no more than": AT_MOST,
    "not more than": AT_MOST,
    "a maximum of": AT_MOST,
    "at most": AT_MOST,
    "below": AT_MOST,
}

# Words after which "X to Y" is a change, not a range ("raised from $559 million to $3.7 billion")...
CHANGE_WORDS: frozenset[str] = frozenset({"from", "by"})
# ...unless a range word comes just before "from" ("will range from $5,100 to $10,000").
RANGE_WORDS: frozenset[str] = frozenset({"range", "ranges", "ranged", "ranging"})
