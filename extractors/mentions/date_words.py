"""Word tables for the date tagger: calendar names, number words and context cues.

Only data lives here; the extractors/dates package owns the patterns and the logic.
Keys are lower-case; the tagger lower-cases what it looks up.
"""
from __future__ import annotations

# Full month names and the abbreviations newswire uses (AP: Jan., Feb., Aug., Sept., Oct., Nov., Dec.).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

FULL_MONTHS: frozenset[str] = frozenset(
    ("january", "february", "march", "april", "may", "june", "july",
     "august", "september", "october", "november", "december"))

# Month names that are also ordinary words or given names; alone they need a date cue before them.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(("may", "march", "june", "august", "april"))

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers, Monday = 1
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4,
}

# TIMEX3 season tokens.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
# The month a season is taken to start in, to decide whether it is past or future relative to a date.
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# TIMEX3 parts of the day.
DAY_PARTS: dict[str, str] = {
    "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI",
}

# Capitalised words that make a weekday part of a name ("Black Monday", "Super Tuesday").
NAMED_WEEKDAY_PREFIXES: frozenset[str] = frozenset((
    "Black", "Cyber", "Super", "Good", "Holy", "Easter", "Ash", "Bloody", "Manic", "Blue", "Giving",
))
# Names that end in "on <weekday>" (British Sunday papers), lower-cased.
NAMED_ON_WEEKDAY: tuple[str, ...] = ("mail on", "independent on")
# Words before a weekday that make it a date even when a capitalised word follows ("on Monday Ant said").
WEEKDAY_DATE_CUES: frozenset[str] = frozenset((
    "on", "by", "until", "till", "since", "from", "before", "after", "late", "early", "through", "and", "or",
))

# Fixed-date holidays: (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "july 4th": (7, 4),
    "boxing day": (12, 26),
    "guy fawkes night": (11, 5),
}

# Nouns before "of" that make the number after it a quantity: "a total of 2000", "a high of 1950".
QUANTITY_BEFORE_OF: frozenset[str] = frozenset((
    "total", "maximum", "minimum", "max", "min", "sum", "number", "high", "low", "average", "tally",
    "count", "amount", "value", "price", "cost", "level", "score", "rate", "peak", "figure", "estimate",
))

# Cues strong enough to make a number in 1800-1899 a year too ("founded in 1889").
HISTORIC_YEAR_CUES: frozenset[str] = frozenset((
    "in", "since", "until", "till", "before", "after", "during", "from", "circa", "early", "late", "mid",
))

# Words right before a bare 4-digit number that make it a year ("in 2018", "since 2020").
STRONG_YEAR_CUES: frozenset[str] = frozenset((
    "in", "since", "until", "till", "til", "before", "after", "during", "of", "from",
    "between", "through", "throughout", "thru", "by", "early", "late", "mid", "circa",
    "fiscal", "year", "calendar", "spring", "summer", "autumn", "fall", "winter",
    "beginning", "start", "end", "middle", "ca",
))

# Words right before that make it a year only if no quantity noun follows ("the 2015 file photo",
# but not "the 2000 employees").
WEAK_YEAR_CUES: frozenset[str] = frozenset((
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "for", "whose",
))

# Words right after a bare 4-digit number that make it a year when nothing before does
# ("2020 was a difficult year").
YEAR_FOLLOWERS: frozenset[str] = frozenset((
    "was", "is", "will", "has", "had", "saw", "brought", "marked", "began", "ended",
    "election", "elections", "budget", "census", "olympics", "season", "crisis", "crash",
))

# Nouns and units after a number that make it a quantity, not a year ("2015 million", "2000 stores").
QUANTITY_WORDS: frozenset[str] = frozenset((
    "million", "millions", "billion", "billions", "trillion", "mln", "bln", "bn", "mn", "m",
    "k", "thousand", "thousands", "hundred", "crore", "crores", "lakh", "lakhs",
    "percent", "per", "pct", "points", "point", "basis", "bps",
    "people", "persons", "employees", "workers", "staff", "jobs", "members", "users",
    "customers", "shares", "stores", "shops", "units", "cars", "vehicles", "homes",
    "houses", "copies", "pages", "words", "troops", "soldiers", "students", "patients",
    "companies", "firms", "branches",
    "outlets", "miles", "mile", "km", "kilometers", "kilometres", "meters", "metres",
    "feet", "ft", "kg", "kilograms", "tons", "tonnes", "pounds", "acres", "hectares",
    "sq", "square", "mw", "gw", "kw", "mhz", "ghz", "gb", "tb", "mb",
    "yuan", "dollars", "euros", "rupees", "yen", "francs", "rubles", "reais",
    "renminbi", "usd", "eur", "cny", "hkd", "gbp", "jpy", "inr", "rmb",
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "year-old",
    "hrs", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "ist", "bst",  # "at 2000 GMT" is a time
))

# Words before a weekday or month that make it a recurrence, not a date ("every Monday").
RECURRENCE_WORDS: frozenset[str] = frozenset(("every", "each"))

# Tokens right before a number that make it money or an identifier, never a year.
NON_YEAR_PREFIXES: frozenset[str] = frozenset((
    "rs", "rs.", "inr", "usd", "us$", "hk$", "s$", "a$", "c$", "rmb", "cny", "eur", "gbp",
    "jpy", "no", "no.", "nos", "number", "flight", "route", "room", "suite", "unit",
    "model", "version", "v", "windows", "office", "iso", "page", "pages", "box", "tel",
    "phone", "fax", "pin", "code", "ticker", "exhibit",
))

CURRENCY_SYMBOLS: str = "$€£¥₹₩₽#"

# Words in the clause around a mention that tell the event lies ahead of the publication date.
FUTURE_CUES: frozenset[str] = frozenset((
    "will", "'ll", "’ll", "shall", "won't", "won’t", "going", "expected", "expects",
    "expect", "expecting", "scheduled", "slated", "due", "plans", "planned", "planning",
    "intends", "aims", "upcoming", "coming", "next", "could", "might",
    "should", "deadline", "ahead", "forecast", "forecasts",
    "projected", "anticipated", "tomorrow",
    # present tense of scheduled events: "the rule takes effect Jan. 1", "the trial begins Monday"
    "effective", "effect", "begins", "starts", "expires", "resumes", "opens",
))

# Words that tell the event is already past.
PAST_CUES: frozenset[str] = frozenset((
    "was", "were", "had", "did", "said", "ago", "earlier", "previous", "previously",
    "last", "since", "announced", "reported", "told", "took", "began", "ended", "came",
    "fell", "rose", "made", "held", "met", "won", "lost", "paid", "sold", "bought",
    "gave", "got", "left", "became", "yesterday", "already",
))

# Calendar units of "this/last/next <unit>".
UNITS: dict[str, str] = {
    "week": "week", "weekend": "weekend", "month": "month", "quarter": "quarter", "year": "year",
    "decade": "decade",
}

# Anchored and anaphoric mentions ("the year", "the next year", "the day before").
# Words before "the next <unit>" or "the year" that make it a span, not a calendar period.
SPAN_BEFORE_WORDS: frozenset[str] = frozenset(("over", "within", "for", "during", "in", "throughout", "past"))
# Words after "the year|quarter|month" that make it a span or a name, not the period under discussion.
PERIOD_AFTER_STOPS: frozenset[str] = frozenset((
    "before", "after", "earlier", "later", "ago", "ended", "ending", "end", "ends", "through", "old",
    "since", "from", "of", "in", "round", "long", "award", "awards", "prior",
))
# Nouns before "of the year|quarter|month" that keep it the period ("the rest of the year").
ANAPHORA_OF_HEADS: frozenset[str] = frozenset((
    "rest", "remainder", "balance", "end", "start", "beginning", "middle", "half", "part", "course", "close",
))

# Nouns after a capitalised month name that make it the month, even an ambiguous one ("May sales").
MONTH_NOUNS: frozenset[str] = frozenset((
    "sales", "retail", "figures", "data", "deliveries", "exports", "imports", "output", "production",
    "shipments", "orders", "payrolls", "inflation", "jobs", "unemployment", "auction", "auctions",
    "deadline", "meeting", "session", "survey", "reading", "contract", "contracts", "futures", "delivery",
    "issue", "election", "elections", "referendum", "summit", "report",
))
