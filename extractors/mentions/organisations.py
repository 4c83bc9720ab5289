"""Names of organisations and people in a sentence: capitalised runs, possessives, and what generic phrases refer to.

A name is a run of capitalised tokens, joined by a few lower-case connectors ("Bank of China",
"Securities and Exchange Board of India"). Words that are capitalised only because they start a
sentence, titles, nationalities, months and the like are not names (tables below).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.mentions.lexicon import capitalised_inside, opening_word_only

CONNECTORS = {"of", "and", "&", "for", "de", "du", "la", "von", "van", "der", "del", "y", "on"}
# "and" / "on" join two capitalised runs into one name only for institutions ("Securities and Exchange
# Commission", "Council on Foreign Relations"); otherwise "Meituan and Didi" are two names
WEAK_CONNECTORS = {"and", "on", "for"}
INSTITUTION_WORDS = {"commission", "authority", "board", "administration", "bureau", "agency", "department",
                     "ministry", "council", "office", "foundation", "institute", "association", "fund", "exchange",
                     "service", "services", "organisation", "organization", "federation", "trust", "university",
                     "committee", "directorate", "relations", "affairs", "development", "research", "technology",
                     "markets", "market", "corporation", "bank"}
# capitalised words that do not start or make a name on their own
# business models, not names: "Online B2B marketplaces", "a D2C brand" (a name may still open with one)
_BUSINESS_MODEL = re.compile(r"[BCDPG]2[BCDPG](?:2[BCDPG])?s?")
NOT_NAMES = {
    "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody", "whoever", "whatever", "another",
    "back",  # "Back in December, Vivendi ...": a sentence-opening adverb

    "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "so", "yet", "as", "if", "by", "to", "of", "with",
    "from", "after", "before", "while", "when", "since", "until", "though", "although", "because", "during", "about",
    "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their",
    "our", "my", "your", "there", "here", "what", "which", "who", "whom", "whose", "why", "how", "where", "all",
    "some", "many", "most", "much", "more", "other", "others", "both", "each", "every", "any", "no", "not", "one",
    "last", "next", "earlier", "later", "meanwhile", "however", "also", "still", "now", "then", "today", "yesterday",
    "tomorrow", "shares", "share", "according", "under", "over", "amid", "among", "against", "despite", "through",
    "such", "just", "only", "even", "recently", "previously", "currently", "finally", "instead", "further",
    "first", "second", "third", "new", "major", "big", "top", "several", "sources", "source", "analysts", "analyst",
    "investors", "officials", "regulators", "people", "users", "customers", "critics", "experts", "reporting",
    "editing", "chairman", "chief", "executive", "ceo", "cfo", "president", "minister", "secretary", "director",
    "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson", "managing", "vice", "senior", "former",
    "deputy", "head", "mr", "mrs", "ms", "dr", "prof", "billionaire", "entrepreneur", "photo", "file", "read",
    "related", "update", "updated", "exclusive", "breaking", "video", "watch", "listen", "click", "subscribe",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "q1", "q2", "q3", "q4", "ipo", "i.p.o.",
    "chinese", "american", "european", "japanese", "indian", "british", "german", "french", "italian", "korean",
    "taiwanese", "russian", "irish", "dutch", "swiss", "spanish", "canadian", "australian", "thai", "singaporean",
    "brazilian", "mexican", "turkish", "israeli", "saudi", "rival", "rivals", "u.s.-based", "us-based", "china-based",
    "internet", "online", "mobile", "digital", "global", "national", "federal", "state", "local", "foreign",
    "domestic", "international", "western", "eastern", "northern", "southern", "yet", "why", "will", "would",
    "could", "should", "can", "may", "might", "must", "did", "does", "do", "is", "are", "was", "were", "has", "have",
    "had", "be", "been", "said", "says", "told", "added", "noted", "asked", "dear", "please", "note", "inc", "ltd",
    "corp", "co", "llc", "plc", "group",
    # verbs that title-case headlines capitalise ("EU Slaps $600M Fine on TikTok")
    "fines", "fined", "slaps", "slapped", "raises", "invests", "invested", "buys", "sells", "sold", "seeks",
    "faces", "launches", "warns", "plans", "explores", "curbs", "gets", "closes", "prepares", "says", "agrees",
    "settles", "pays", "wins", "loses", "files", "sues", "hits", "hit", "imposes", "orders", "probes", "fine", "penalty",
    "appeal", "arrests", "rules", "looks", "represents", "values", "valued", "make", "makes", "investment",
    "investments", "secures", "announces", "receives", "completes", "lands", "bags", "obtains", "nabs", "snags",
    "acquires", "mobilises", "mobilizes", "garners", "unveils", "builds", "boosts", "pockets", "attracts",
    # scale words of a headline's sum ("Cardiogeni Secures GBP20 Million Funding")
    "million", "billion", "trillion", "crore", "lakh", "mn", "bn",
    # role nouns that open a descriptor before a name ("Activist Elliott Investment Management")
    "activist", "tycoon", "magnate", "mogul",
    # funding-round labels ("a Series B round"), parts of an issue ("Tranche Two of the Placement")
    "series", "round", "seed", "pre-seed", "tranche", "tranches",
    # share classes ("Class A stock")
    "class",
    # prepositions, conjunctions and discourse words that open sentences ("Without admitting or denying ...")
    "without", "within", "unlike", "like", "following", "separately", "additionally", "besides", "beyond", "across",
    "alongside", "nevertheless", "moreover", "furthermore", "whether", "unless", "once", "upon", "via", "per",
    "including", "excluding", "regarding", "overall", "elsewhere", "together", "apart", "rs", "re",
    # field labels of fact boxes ("Headquarters: Seattle", "Funding: A $10-billion Series J round")
    "headquarters", "headquartered", "hq", "funding", "website", "location", "industry", "sector", "founded", "quote", "title",
    "author", "url", "post", "byline",
    # nationalities that open sentences or descriptors ("Portuguese startups raised ...")
    "portuguese", "swedish", "danish", "norwegian", "finnish", "polish", "belgian", "austrian", "greek", "czech",
    "hungarian", "romanian", "nigerian", "kenyan", "egyptian", "argentine", "chilean", "colombian", "vietnamese",
    "indonesian", "malaysian", "filipino", "pakistani",
    # deal instruments told by their acronyms ("invest $100 million in the PIPE", "blank-check SPACs", "the OFS")
    "pipe", "spac", "spacs", "qip", "qips", "ofs", "fpo", "ncd", "ncds", "drhp", "special",
    # "Stock broker Fyers": a trade's descriptor; it goes on a name ("National Stock Exchange") but opens none
    "stock",
    # parties of an order told by their role ("a penalty ... on the Noticee, Mr. Rakesh Kumar")
    "noticee", "noticees", "respondent", "respondents", "appellant", "appellants", "petitioner", "petitioners",
    "applicant", "applicants", "complainant", "defendant", "defendants",
    # a sum in words after the figure ("Rs. 5,00,000/- (Rupees Five Lakh only)")
    "rupees", "rupee", "lakh", "lakhs", "crore", "crores", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "hundred", "thousand",
    # prepositions, conjunctions and adverbs that open a sentence ("Ahead of talks with the LSE, the bourse said")
    "ahead", "prior", "due", "aside", "thanks", "contrary", "regardless", "throughout", "towards", "toward", "amongst",
    "whilst", "therefore", "thus", "hence", "otherwise", "already", "almost", "altogether", "neither", "either", "nor",
    "between", "nonetheless",
    # comparatives that open a sentence ("Less costly was the fine ...", "Fewer than half ...")
    "less", "fewer", "least",
    # time zones after a clock time ("as of 1600 GMT on Thursday")
    "gmt", "utc", "bst", "cet", "cest", "edt", "pdt", "pst", "hkt", "jst",
    # employee share plans ("vested ESOP shares")
    "esop", "esops",
}
# words that do not start a name but go on one: "Tiger Global", "Orbis Digital", "Hartley & Co", "Amnesty
# International"
INSIDE_NAME = {"stock", "spac", "investment", "investments", "group", "inc", "ltd", "corp", "co", "llc", "plc", "global", "digital", "international", "national",
               "mobile", "online", "internet", "federal", "state", "foreign", "domestic"}
# places: never a company, a payer or an investor ("Ireland based ... company", "China's largest ... company")
PLACES = {
    "china", "india", "japan", "korea", "south korea", "north korea", "taiwan", "hong kong", "hong", "singapore",
    "malaysia", "indonesia", "thailand", "vietnam", "philippines", "australia", "new zealand", "pakistan",
    "bangladesh", "sri lanka", "russia", "ukraine", "turkey", "israel", "iran", "iraq", "saudi arabia", "uae",
    "united arab emirates", "qatar", "dubai", "egypt", "nigeria", "kenya", "south africa", "brazil", "mexico",
    "argentina", "chile", "colombia", "peru", "canada", "us", "u.s.", "usa", "u.s.a.", "united states", "america",
    "uk", "u.k.", "britain", "great britain", "united kingdom", "england", "scotland", "wales", "ireland",
    "france", "germany", "italy", "spain", "portugal", "netherlands", "holland", "belgium", "luxembourg",
    "switzerland", "austria", "sweden", "norway", "denmark", "finland", "poland", "hungary", "czech republic",
    "greece", "romania", "haiti", "europe", "asia", "africa", "latin america", "middle east", "silicon valley",
    "beijing", "shanghai", "shenzhen", "hangzhou", "guangzhou", "tokyo", "seoul", "mumbai", "new delhi", "delhi",
    "bengaluru", "bangalore", "london", "paris", "berlin", "frankfurt", "amsterdam", "dublin", "madrid", "rome",
    "milan", "zurich", "geneva", "stockholm", "new york", "san francisco", "los angeles", "chicago", "boston",
    "seattle", "washington", "california", "texas", "delaware", "san mateo", "wall street", "brussels",
    # Indian states and large cities, where plants and projects are told to be
    "gujarat", "maharashtra", "karnataka", "tamil nadu", "kerala", "andhra pradesh", "telangana", "rajasthan",
    "uttar pradesh", "madhya pradesh", "west bengal", "odisha", "punjab", "haryana", "bihar", "goa", "chennai",
    "hyderabad", "pune", "kolkata", "ahmedabad", "lisbon", "oslo", "copenhagen", "helsinki", "vienna", "warsaw",
    # "regulators across the Channel": the English Channel, told for the country beyond it; likewise the oceans
    # ("regulators on both sides of the Atlantic")
    "channel", "atlantic", "pacific", "gulf", "persian gulf", "the gulf", "caribbean", "mediterranean", "baltic",
    # cities where companies are said to be headquartered ("Headquartered in Melbourne, Australia, the company ...")
    "melbourne", "sydney", "brisbane", "perth", "auckland", "toronto", "vancouver", "montreal", "tel aviv", "austin",
    "atlanta", "miami", "denver", "houston", "dallas", "san diego", "san jose", "palo alto", "menlo park",
    "mountain view", "munich", "hamburg", "barcelona", "edinburgh", "abu dhabi", "riyadh", "doha", "istanbul",
    "moscow", "kyiv", "taipei", "osaka", "bangkok", "jakarta", "kuala lumpur", "manila", "karachi", "lagos",
    "nairobi", "cairo", "johannesburg", "cape town", "sao paulo", "são paulo", "mexico city", "buenos aires",
    "noida", "gurugram", "gurgaon",
    # US states and Canadian provinces, where spending pledges and plants are told to go ("would invest $20 billion in
    # Pennsylvania to expand data centers": a place, not a company invested in)
    "alabama", "alaska", "arizona", "arkansas", "colorado", "connecticut", "florida", "georgia", "hawaii", "idaho",
    "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "north carolina", "north dakota", "oklahoma", "oregon", "pennsylvania", "rhode island",
    "south carolina", "south dakota", "tennessee", "utah", "vermont", "virginia", "west virginia", "wisconsin",
    "wyoming", "ohio", "ontario", "quebec", "british columbia", "alberta", "bavaria",
}
# names that end in a possessive yet go on ("People's Bank of China", "Moody's Investors Service")
POSSESSIVE_INSIDE = {"people", "peoples", "women", "children", "men", "workers", "farmers", "consumers", "lloyd",
                     "mcdonald", "macy", "moody", "sotheby", "christie", "kellogg", "wendy", "domino", "hershey",
                     "dunkin", "levi", "o'reilly", "trader", "sainsbury", "nation"}
# words that make a name one of a regulator, court, government or public body
AUTHORITY_WORDS = {
    "commission", "authority", "authorities", "regulator", "regulators", "regulatory", "watchdog", "administration",
    "agency", "ministry", "department", "court", "tribunal", "board", "office", "council", "government", "bureau",
    "parliament", "senate", "congress", "prosecutors", "prosecutor", "directorate", "inspectorate", "garante",
    "ombudsman", "treasury", "cyberspace", "supervisory", "competition", "antitrust", "protection", "securities",
    "exchange", "union", "central", "attorneys", "attorney", "justice", "state", "states", "federal", "city",
    "regulation", "supervision",
}
# of those, words that also name companies ("Nomura Securities", "Union Bank", "State Street", "Federal Express"):
# they make a public body only in a name without a company's head word
WEAK_AUTHORITY_WORDS = {"securities", "exchange", "union", "central", "state", "states", "federal", "city", "justice",
                        "protection", "competition", "antitrust", "supervisory", "cyberspace", "attorneys",
                        "attorney"}
COMPANY_HEADS = {"bank", "bancorp", "securities", "capital", "partners", "ventures", "holdings", "holding", "group",
                 "inc", "ltd", "limited", "corp", "corporation", "co", "llc", "plc", "insurance", "financial",
                 "industries", "motors", "airlines", "airways", "energy", "street", "express", "farm", "brokers",
                 "investments", "advisors", "advisers", "management", "technologies", "systems", "labs", "media"}
# "Qatar Investment Authority", "Kuwait Investment Authority": sovereign funds, investors rather than regulators
INVESTMENT_BODY = re.compile(r"\binvestment\s+(?:authority|corporation|council|office|board)\b", re.I)
AUTHORITY_ACRONYMS = {
    "eu", "e.u.", "sec", "ftc", "fcc", "doj", "cftc", "fca", "cma", "sebi", "rbi", "pboc", "csrc", "samr", "cac",
    "agcm", "cnil", "ico", "dpc", "epa", "e.p.a.", "finra", "occ", "fdic", "asic", "accc", "kftc", "jftc", "bafin",
    "amf", "consob", "cbirc", "cbrc", "sfc", "hkma", "mas", "fsa", "fsc", "ed", "cci", "nhtsa", "ofcom", "ofgem",
    "brussels", "beijing", "washington", "garante", "edpb", "cbi", "irs", "nyse", "nasdaq", "fed", "finma",
    "cnmv", "acm", "asx", "tsx", "sgx", "hkex", "bafin", "ofac", "fincen", "nclt", "nclat", "sat", "trai", "irdai", "pfrda", "cma",
}
# generic phrases that stand for an organisation named earlier
GENERIC_REFERENCE = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:[a-z-]+\s+){0,4})(?:company|firm|group|giant|conglomerate|start-?up|"
    r"platform|app|business|retailer|carmaker|automaker|bank|lender|insurer|operator|maker|developer|provider|"
    r"unicorn|subsidiary|affiliate|parent|service|marketplace|network|tycoon|insurer|chipmaker|organi[sz]ation|"
    r"e-commerce\s+giant|tech\s+giant|channel|broadcaster|carrier|airline|exchange|fund|club)\b", re.I)
SUFFIXES = {"inc", "inc.", "ltd", "ltd.", "limited", "corp", "corp.", "corporation", "co", "co.", "llc", "plc",
            "group", "holding", "holdings", "ag", "sa", "s.a.", "nv", "n.v.", "se", "gmbh", "lp", "l.p.", "management",
            "partners", "bhd", "pte", "pty", "kk", "spa", "s.p.a."}

# lower-case corporate suffixes that end a name: "Andes Copper plc", "Rhenus bv"
LOWER_SUFFIXES = {"plc", "ltd", "ltd.", "inc", "inc.", "co.", "llc", "bv", "nv", "ag", "sa", "spa", "gmbh"}
# a wire dateline that opens a sentence: "HONG KONG (Reuters) -", "NEW DELHI:", "LONDON, March 3 (Reuters) -"
_DATELINE = re.compile(r"[\s\"“]*(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3})(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?"
                       r"\s*(?:\((?:[A-Z][\w.]*\s?){1,3}\)\s*[-—–]+|[-—–]+|:)\s+(?=[A-Z\"“])")
# a press release's dateline with its wire: "SEATTLE, Feb. 11, 2025 /PRNewswire/ --", "MELBOURNE, Australia and SAN
# FRANCISCO, Feb. 10, 2025 (GLOBE NEWSWIRE) —": places, a date and the wire service, none of them a party
_WIRE_DATELINE = re.compile(r"[\s\"“]*(?:[^.!?\n/()]|\.(?=\s*\d|,))[^!?\n/()]{0,140}?"
                            r"(?:/\s*[A-Z][\w .\-]{1,40}/|\((?:[A-Z][A-Za-z.]*\s?){1,3}\))\s*[-—–]+\s*")
_WIRE_NAME = re.compile(r"newswire|business\s*wire|globe\s*newswire|accesswire|pr\s*newswire|marketwired|"
                        r"reuters|\bap\b|afp|\bcnw\b|ians|pti|bloomberg|ein\s*presswire|prweb", re.I)
# "California-based", "Paris-headquartered": a place made into a descriptor is not a name
_PLACE_ADJECTIVE = re.compile(r"-(?:based|headquartered|listed|registered|born|made|focused|backed|owned|controlled)$"
                              # "AI-related privacy violations", "GDPR-compliant": a lower-case participle or
                              # adjective after the hyphen makes the compound a modifier, not a name
                              r"|-(?-i:related|linked|driven|powered|enabled|centric|specific|generated|dominated|"
                              r"affected|compliant|style|like|free|heavy|sensitive|intensive|"
                              # "Deepinder Goyal-led company", "Thiel-founded Palantir": who leads or founds it
                              r"led|co-led|founded|co-founded|run|funded|promoted|headed|operated|managed)$", re.I)
_TOKEN = re.compile(r"[A-Za-z0-9][\w.&'’\-]*[\w.]|[A-Za-z0-9]|&")
# capitalised only because they open a sentence: an adverb of manner or stance ("Originally this note cited"), an
# age ("Six-year-old Thumbtack is building")
_NOT_NAME_SHAPE = re.compile(r"[A-Z][a-z]{3,}(?:ally|ously|ively|ently|antly|edly|ingly|ately|fully|lessly|ibly|ably)$|"
                             r"(?:[\w]+-)+(?:years?|months?|weeks?|days?)-old$", re.I)
_MONEYISH = re.compile(r"^(?:Rs|INR|USD|EUR|GBP|RMB|CNY|HK|US|NT|S|A|C|R)\$?\.?\d")
_POSSESSIVE = re.compile(r"^(.*?)(?:['’]s|s['’])$")


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str
    possessive: bool = False   # "Softbank's" — the name owns what follows

    @property
    def is_authority(self) -> bool:
        return is_authority(self.text)


# central banks are regulators; "Bank of China" or "Deutsche Bank" are not
CENTRAL_BANK = re.compile(r"\b(?:central|reserve|people's|national)\s+bank\b|\bfederal reserve\b|"
                          r"^bank of (?:england|japan|canada|korea|italy|france|spain|russia|thailand)$", re.I)


# a name that ends in one of these is a matter or a text, not a body: "Landmark Antitrust Case", "Competition Act"
NOT_BODY_HEADS = {"case", "cases", "probe", "ruling", "rules", "law", "laws", "act", "decision", "investigation",
                  "violations", "fine", "fines", "lawsuit", "settlement", "directive", "rulebook"}


_UNION_OF_STATES = frozenset({"economic", "african", "soviet", "arab", "customs", "monetary", "postal", "eurasian"})


@lru_cache(maxsize=8192)  # pure and asked again for the same names many times per article
def is_authority(name: str) -> bool:
    words = [w.lower().strip(".,") for w in name.replace("’", "'").split()]
    if not words:
        return False
    if CENTRAL_BANK.search(name.replace("’", "'")):
        return True
    if name.lower().strip() in AUTHORITY_ACRONYMS or words[-1] in AUTHORITY_ACRONYMS and len(words) == 1:
        return True
    if len(words) == 2 and words[-1] in AUTHORITY_ACRONYMS and name.split()[-1].isupper() \
            and (is_place(words[0]) or words[0] in NATIONALITIES):
        return True  # "UK ICO", "US SEC": a country before a body's acronym qualifies it
    if INVESTMENT_BODY.search(name) or is_place(name) or words[-1] in NOT_BODY_HEADS:
        return False  # "United States" is a place; "Brussels" as a government is in the acronyms above
    if is_law(name) and not any(w in _BODY_HEADS for w in words):
        return False  # "General Data Protection Regulation" is the rulebook; "State Administration for Market Regulation" acts
    if any(w in AUTHORITY_WORDS and w not in WEAK_AUTHORITY_WORDS for w in words):
        return True
    weak = [w for w in words if w in WEAK_AUTHORITY_WORDS]
    if weak == ["union"] and len(words) > 1:
        # "European Union", "African Union" are bodies; "Zhongyuan Union", "Western Union" are companies
        return any(is_place(w) or w in NATIONALITIES or w in _UNION_OF_STATES for w in words if w != "union")
    return bool(weak) and not any(w in COMPANY_HEADS for w in words)


# words that name a kind of share issue, a market segment, a class of investors or a field of work, not an
# organisation: "IPOs", "Qualified Institutional Placement (QIP)", "Small and Medium Enterprise (SME)", "QIBs", "AI"
CATEGORY_WORDS = {"ipo", "qip", "fpo", "ofs", "sme", "qib", "nbfc", "reit", "invit", "spac", "qualified", "institutional",
                  "placement", "follow", "on", "public", "offer", "offering", "initial", "small", "medium", "enterprise",
                  "rights", "issue", "preferential", "allotment", "main-board", "mainboard", "segment", "route",
                  "buyers", "ai", "iot", "ml", "and", "for", "sale", "of", "the"}


@lru_cache(maxsize=8192)  # pure and asked again for the same names many times per article
def is_category(name: str | None) -> bool:
    """"IPOs", "Qualified Institutional Placement", "SME", "QIBs": a kind of deal or market, never a party."""
    if not name:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]*", name)]
    words = [w[:-1] if w.endswith("s") and w not in CATEGORY_WORDS and w[:-1] in CATEGORY_WORDS else w for w in words]
    return bool(words) and all(w in CATEGORY_WORDS for w in words) and any(w not in {"and", "for", "of", "the", "on"}
                                                                            for w in words)


# a law or rulebook is never a party: "the AI Act can draw penalties of up to ..."
_BODY_HEADS = frozenset({"administration", "authority", "commission", "office", "bureau", "agency", "department",
                         "ministry", "board", "council", "committee", "court", "service", "inspectorate"})
_LAW = re.compile(r"\b(?:Act|Regulation|Directive|Law|Rules|Code|Bill|Treaty|Ordinance)$")


def is_law(name: str | None) -> bool:
    return bool(name) and bool(_LAW.search(name.strip()))


@lru_cache(maxsize=8192)  # pure and asked again for the same names many times per article
def is_place(name: str | None) -> bool:
    if not name:
        return False
    key = re.sub(r"['’]s$", "", name.strip()).lower()
    return key in PLACES or key.removeprefix("the ") in PLACES


def _institution(words: str) -> bool:
    return any(w.lower().strip(".,") in INSTITUTION_WORDS or w.lower().strip(".,") in AUTHORITY_WORDS
               for w in words.split())


_UPPER_PLACE = re.compile(r"((?:[A-Z]{2,}\.?\s+){1,3})(?=[A-Z][a-z])")


def _strip_dateline(text: str, s: int, name_text: str) -> tuple[int, str]:
    """"LONDON Google", "SAN FRANCISCO Visa Inc": an upper-case place opening a wire story is not part of the name."""
    m = _UPPER_PLACE.match(name_text)
    if m and is_place(m.group(1).strip()):
        cut = m.end()
        return s + cut, name_text[cut:]
    return s, name_text


_SLASH_HEADS = {"solutions", "services", "technologies", "technology", "tech", "software", "networks"}
_DOUBLED = re.compile(r"([A-Z][a-z]{3,}[A-Za-z]*)\1")


def _is_cap(tok: str) -> bool:
    return tok[0].isupper() or (tok[0].isdigit() and (any(c.isupper() for c in tok) or _DIGIT_BRAND.fullmatch(tok)
                                                      is not None))


# "4chan", "9gag": a brand glued to its leading digits, not a quantity with its unit ("10years", "5million", "3rd")
_DIGIT_BRAND = re.compile(r"\d{1,2}(?!(?:years?|months?|weeks?|days?|hours?|mins?|minutes?|seconds?|million|billion|"
                          r"trillion|crores?|lakhs?|percent|times|people|users|plus|inch(?:es)?|feet|miles?|metres?|"
                          r"meters?|tons?|tonnes?|kmph|wheelers?|stars?|seaters?|storeys?|fold|digits?|members?)\b)[a-z]{4,}")


NATIONALITIES = {"chinese", "american", "european", "japanese", "indian", "british", "german", "french", "italian",
                 "korean", "taiwanese", "russian", "irish", "dutch", "swiss", "spanish", "canadian", "australian",
                 "singaporean", "brazilian", "mexican", "turkish", "israeli", "saudi"}


# words that open a public body's name though they are not names alone ("Federal Trade Commission")
PUBLIC_OPENERS = {"federal", "national", "state", "central", "international"}


_OPENERS = frozenset(NATIONALITIES | PUBLIC_OPENERS)


def _opens_institution(toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """"European Commission", "European Union": a nationality followed at once by an institution word;
    "Federal Trade Commission", "State Department": a public opener followed by a capitalised word."""
    low = toks[i][2].lower()
    if low not in _OPENERS or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][2]
    if low in PUBLIC_OPENERS:
        return (text[toks[i][1]:toks[i + 1][0]] == " " and _is_cap(nxt) and nxt.lower() not in _OUTSIDE_NAME
                and toks[i][0] > 0 and text[toks[i][0] - 1] != "-")
    if text[toks[i][1]:toks[i + 1][0]] != " " or not _is_cap(nxt):
        return False
    if nxt.lower() in _TRADES:
        return True  # "British Land", "British Airways", "Swiss Re": a company named for its country and its trade
    if is_place(f"{toks[i][2]} {nxt}"):
        return True  # "Saudi Arabia": a country whose name opens with its nationality
    # "European Data Protection Board", "Irish Data Protection Commission": the institution word may end
    # a short capitalised run rather than follow the nationality at once
    for j in range(i + 1, min(i + 6, len(toks))):
        word = toks[j][2]
        if j > i + 1 and text[toks[j - 1][1]:toks[j][0]] != " ":
            return False
        if word.lower().rstrip(".") in AUTHORITY_WORDS or word.lower().rstrip(".") in INSTITUTION_WORDS:
            return True  # "by the European Union.": a sentence's full stop is not part of the word
        if not (_is_cap(word) or word.lower() in CONNECTORS):
            return False
    return False


def _opens_registered(toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """"Digital Growth Experts Ltd", "Global Payments Inc": a word that may sit inside a name opens one when a
    capitalised run ending in a legal form follows it at once."""
    if toks[i][2].lower() not in INSIDE_NAME or not toks[i][2][:1].isupper():
        return False
    return _suffix_ahead(toks, i + 1, text, first=i + 1)


def _of_place_only(toks: list[tuple[int, int, str]], first: int, of: int, text: str) -> bool:
    """A place after "of" that a company-like run before it does not take into its name: "Samsung of South Korea";
    an institution keeps it ("Bank of America", "University of California")."""
    if any(toks[k][2].lower() in INSTITUTION_WORDS | AUTHORITY_WORDS | _OF_PLACE_HEADS for k in range(first, of)):
        return False
    k = of + 1
    while k < len(toks) and k - of <= 3 and _is_cap(toks[k][2]) and text[toks[k - 1][1]:toks[k][0]] == " ":
        k += 1
    return k > of + 1 and is_place(text[toks[of + 1][0]:toks[k - 1][1]])


_OF_PLACE_HEADS = frozenset({"bank", "university", "republic", "kingdom", "state", "states", "city", "province",
                             "government", "church", "college", "school", "museum", "port", "duchy", "emirate",
                             "people's", "people’s"})


def _suffix_ahead(toks: list[tuple[int, int, str]], k: int, text: str, first: int | None = None) -> bool:
    """A capitalised run from toks[k], one word after another, ends in a legal form within five words ("Experts Ltd"):
    it is all one name. With `first`, the legal form may not be toks[first] itself ("Digital Ltd" stays no name)."""
    for j in range(k, min(k + 5, len(toks))):
        if text[toks[j - 1][1]:toks[j][0]] != " " or not toks[j][2][:1].isupper():
            return False
        if toks[j][2].lower().rstrip(".") in SUFFIXES:
            return first is None or j > first
    return False


# public offices whose names go on with "of the": "Office of the Comptroller of the Currency"
_OF_THE_HEADS = frozenset({"office", "comptroller", "commissioner", "department", "ministry", "bureau", "secretary",
                           "governor", "registrar", "superintendent", "controller", "inspector", "director", "court",
                           "chamber", "council", "court", "attorney", "auditor"})


# trades a company is named for after its country: "British Land", "British Airways", "Saudi Aramco" aside
_TRADES = frozenset({"land", "airways", "airlines", "air", "gas", "steel", "telecom", "telecommunications", "petroleum",
                     "tobacco", "rail", "railways", "water", "power", "energy", "aerospace", "motors", "sugar",
                     "insurance", "oil", "coal", "mining", "shipping", "broadcasting", "pharmaceuticals", "airports",
                     "ports", "post", "mail", "retail", "foods", "brewing", "engineering", "electric", "electricity",
                     "nuclear", "satellite", "petrol", "industries", "grid", "paints", "glass", "chemicals", "cement",
                     "textiles", "cable", "wireless", "telecoms", "re", "life", "leisure", "homes", "shipbuilders",
                     "motor", "tyres", "estates", "properties", "property"})


# "Here’s a look at", "It’s", "That's": a contracted function word is not a possessive name
# "It's", "Here's", and a pronoun's contractions "We've", "We're", "They'll", "I'm": no names
_CONTRACTED = re.compile(r"['’](?:s|ve|re|ll|d|m)$")
_SITE_SUFFIX = re.compile(r"\s[|–—-]\s+$")
_TICKER_NAMED = re.compile(r"\b(?:ticker|symbol|code)\s+(?:symbol\s+)?[‘'\"“]?$", re.I)
_CONTRACTIBLE = {"here", "there", "it", "that", "what", "who", "where", "how", "let", "he", "she", "this", "we", "i",
                 "you", "they"}


def _contractible(tok: str) -> bool:
    """`_CONTRACTED.sub("", tok.lower()) in _CONTRACTIBLE`; the regex runs only on a word with an apostrophe."""
    low = tok.lower()
    return (_CONTRACTED.sub("", low) if "'" in low or "’" in low else low) in _CONTRACTIBLE


# a stock listing in brackets: "(NASDAQ:AMZN)", "(ASX: ATH, NASDAQ: ATHE)", "(CGNI.AQ)"
_LISTING = re.compile(r"\(\s*(?:[A-Z][A-Za-z]{1,9}\s*:\s*[A-Z0-9.\-]{1,10}(?:\s*[,;/]\s*[A-Z][A-Za-z]{1,9}\s*:\s*"
                     r"[A-Z0-9.\-]{1,10})*|[A-Z0-9]{1,6}\.[A-Z]{1,3})\s*\)")

# "E-commerce company Amazon.com", "Air-taxi maker Archer": a capitalised compound whose second part is
# lower-case, before a lower-case noun, is a descriptor opening the sentence
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]*-[a-z]+$")

# what may follow a number that ends a name: punctuation, a conjunction or preposition, a verb's auxiliary
_NAME_NUMBER_END = re.compile(r"(?:[,;:)’'](?!\d)|\.(?!\d)|\s+(?:and|or|to|in|on|for|with|as|at|by|from|has|had|have|is|"
                              r"was|will|said|says|shares?|stock)\b|\s*$)")

# labels that take a number word after them ("Tranche Two", "Round One")
_NUMBERED = {"tranche", "series", "round", "class", "phase", "stage"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "a", "b", "c", "i", "ii", "iii"}


# "the Cupertino, California-based company"
_PLACE_BASED = re.compile(r",?\s+[A-Z][\w.]*-(?:based|headquartered)\b")
# a word that ends a run unless a name may hold it ("Group", "International"): built once, not per token
_OUTSIDE_NAME = frozenset(NOT_NAMES - INSIDE_NAME)


def find_names(text: str, start: int = 0, end: int | None = None) -> list[Name]:
    """Capitalised runs in text[start:end] (offsets are into text)."""
    return list(_find_names(text, start, len(text) if end is None else end))


@lru_cache(maxsize=512)  # the same sentence and title are read by several rules; bounded, so memory stays flat
def _find_names(text: str, start: int, end: int) -> tuple[Name, ...]:
    end = len(text) if end is None else end
    dl = _DATELINE.match(text, start, end)
    if dl and dl.group().strip()[:2].isupper() and (len(re.sub(r"[^A-Z]", "", dl.group().split("(")[0])) >= 4
                                                     or "(" in dl.group()):
        start = dl.end()
    else:
        wire = _WIRE_DATELINE.match(text, start, end)
        if wire and _WIRE_NAME.search(wire.group()) and re.search(r"\d", wire.group()):
            start = wire.end()
    toks, modifiers = [], []
    tickers = [(t.start(), t.end()) for t in _LISTING.finditer(text, start, end)]
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group()
        if tickers and any(a <= m.start() < b for a, b in tickers):
            continue  # "Amazon.com (NASDAQ:AMZN)": the listing's exchange and symbol, not a party
        if "-" in tok and _PLACE_ADJECTIVE.search(tok):
            if tok[0].isupper():
                modifiers.append(m.start())  # "Goyal-led", not the verb "co-led"
        # a doubled word is 8 characters or more and opens with an ASCII capital: the cheap test first
        elif len(tok) >= 8 and "A" <= tok[0] <= "Z" and _DOUBLED.fullmatch(tok):
            # "CEO of Databricks.DatabricksDatabricks said": a caption's credit glued to the name that opens the text
            half = len(tok) // 2
            toks.append((m.start() + half, m.end(), tok[half:]))
        else:
            toks.append((m.start(), m.end(), tok))
    names: list[Name] = []
    i = 0
    while i < len(toks):
        s, e, tok = toks[i]
        if tok[0].islower() and (low := tok.lower()) not in _OPENERS:
            # fast path, same outcome as the test below: a lower-case word opens no name unless it may open an
            # institution ("federal", "chinese"); "New" and "Jan" are capitalised
            i += 1
            if low in _NUMBERED and i < len(toks) and toks[i][2].lower() in _NUMBER_WORDS:
                i += 1
            continue
        if (not _is_cap(tok) or tok.lower().rstrip(".") in NOT_NAMES or _MONEYISH.match(tok) or _NOT_NAME_SHAPE.match(tok)
                or _LOWER_COMPOUND.match(tok) and re.match(r" [a-z]", text[e:e + 2])
                or _contractible(tok)) \
                and not _opens_institution(toks, i, text) and not _new_name(toks, i, text) \
                and not _given_name(toks, i, text) and not _opens_registered(toks, i, text):
            i += 1
            if tok.lower() in _NUMBERED and i < len(toks) and toks[i][2].lower() in _NUMBER_WORDS:
                i += 1  # "Tranche Two", "Series One": a label and its number, no name
            continue
        j = i
        run_end = e
        possessive = False
        while True:
            s_j, e_j, t_j = toks[j]
            pm = _POSSESSIVE.match(t_j)
            if pm and pm.group(1) and _office_of(toks, j, text, i):
                pm = None  # "Information Commissioner's Office", "Attorney General's Office": one public body
            if pm and pm.group(1) and _registered_after_possessive(toks, j, text, i):
                pm = None  # "IITian’s Prashikshan Kendra Pvt Ltd (IITPK)": the possessive is part of the name
            if pm and pm.group(1) and pm.group(1).lower() not in POSSESSIVE_INSIDE:
                run_end = s_j + len(pm.group(1))
                possessive = True
                break
            run_end = e_j
            nxt = j + 1
            if nxt + 1 < len(toks) and text[e_j:toks[nxt][0]] == "/" and t_j.isupper() and toks[nxt][2].isupper() \
                    and len(t_j) > 1 and text[toks[nxt][1]:toks[nxt + 1][0]] == " " \
                    and toks[nxt + 1][2].lower() in COMPANY_HEADS | SUFFIXES | _SLASH_HEADS:
                j = nxt  # "AION/TECH Solutions": capitals joined by a slash before a company word are one name
                continue
            if nxt < len(toks) and text[e_j:toks[nxt][0]].strip() in ("", "-") and "\n" not in text[e_j:toks[nxt][0]]:
                if _is_cap(toks[nxt][2]) and not _MONEYISH.match(toks[nxt][2]) and (
                        toks[nxt][2].lower().rstrip(".") not in _OUTSIDE_NAME
                                               or _institution_ahead(toks, nxt, text) or _suffix_ahead(toks, nxt, text)):
                    j = nxt
                    continue
                if (re.fullmatch(r"\d{2,3}", toks[nxt][2]) and t_j[0].isupper() and t_j.lower() not in NOT_NAMES
                        and _NAME_NUMBER_END.match(text, toks[nxt][1])):
                    j = nxt  # "Phillips 66", "Forever 21": a number ending a name
                    continue
                if toks[nxt][2] in LOWER_SUFFIXES and (nxt + 1 >= len(toks) or not toks[nxt + 1][2][0].isupper()
                                                       or text[toks[nxt][1]:toks[nxt + 1][0]].strip()):
                    j = nxt  # "Andes Copper plc"
                    continue
                if (toks[nxt][2] == "of" and nxt + 2 < len(toks) and toks[nxt + 1][2] == "the"
                        and t_j.lower() in _OF_THE_HEADS and _is_cap(toks[nxt + 2][2])
                        and toks[nxt + 2][2].lower().rstrip(".") not in _OUTSIDE_NAME
                        and text[toks[nxt][1]:toks[nxt + 2][0]] == " the "):
                    j = nxt + 2  # "Office of the Comptroller of the Currency", "Office of the Commissioner for ..."
                    continue
                if toks[nxt][2] == "of" and _of_place_only(toks, i, nxt, text):
                    break  # "Samsung of South Korea": the country a company is from, not part of its name
                if (toks[nxt][2].lower() in CONNECTORS and nxt + 1 < len(toks)
                        and _is_cap(toks[nxt + 1][2]) and toks[nxt + 1][2].lower().rstrip(".") not in _OUTSIDE_NAME
                        and text[toks[nxt][1]:toks[nxt + 1][0]].strip() == ""
                        and (toks[nxt][2].lower() not in WEAK_CONNECTORS
                             or _joins_institution(toks, i, nxt + 1, text))):
                    j = nxt + 1
                    continue
            break
        if (not possessive and text[run_end:run_end + 1] in ("'", "’") and text[run_end - 1:run_end] == "s"
                and not text[run_end + 1:run_end + 2].isalnum()):
            possessive = True  # "Tesoro Motors' $500 million investment"
        name_text = text[s:run_end].rstrip(",;:")
        if name_text.endswith(".") and not re.search(r"(?:(?<![&\w])[A-Z]\.|Inc\.|Co\.|Corp\.|Ltd\.)$", name_text):
            name_text = name_text[:-1]
        s2, name_text = _strip_dateline(text, s, name_text)
        if _PLACE_BASED.match(text, run_end, run_end + 40):
            name_text = ""  # "the Cupertino, California-based company": the city of a place descriptor
        if any(0 < p - (s2 + len(name_text)) <= 1 for p in modifiers) and text[s2 + len(name_text):][:1] == " ":
            name_text = ""  # "CEO Deepinder Goyal-led company": the first name of a "Name-led" descriptor
        if name_text and _not_a_name_at(text, start, s2, s2 + len(name_text), name_text):
            name_text = ""
        lead = _OPENING_MODIFIER.match(name_text)
        if (lead and (_at_opening(text, start, s2) or text[max(start, s2 - 2):s2] == ": ")
                and (re.fullmatch(_DEMONYM_NOUN, lead.group(1)) and name_text[lead.end():].strip()
                     or opening_word_only(text, lead.group(1)) and _told_without(text, name_text[lead.end():], lead.group(1)))):
            # "Departing IAG chief Willie Walsh", "Financier Lord Spencer": a participle or a role noun opening the
            # sentence before a name is not part of it
            s2, name_text = s2 + lead.end(), name_text[lead.end():]
        if _SITE_SUFFIX.search(text, max(0, s2 - 3), s2) and re.match(r"[ \t]*(?:\n|$)", text[s2 + len(name_text):]):
            name_text = ""  # "1Password raises $620 million | ZDNet": the site a headline line ends with
        if _TICKER_NAMED.search(text, max(0, s2 - 20), s2):
            name_text = ""  # "under the ticker 'Snow'": a listing symbol, not a party
        if _TICKER.fullmatch(name_text):
            name_text = ""  # "Kuka (KU2G.DE)", "(000333.SZ)": a stock ticker, not a name
        cut = _title_descriptor_end(name_text)
        if cut:
            s2, name_text = s2 + cut, name_text[cut:]  # "Italy Fines AI Chatbot Maker Replika": the name is "Replika"
        if _BUSINESS_MODEL.fullmatch(name_text):
            name_text = ""
        if name_text and not (len(name_text) == 1):
            names.append(Name(s2, s2 + len(name_text), name_text, possessive))
        i = j + 1
    return tuple(_join_bracketed_places(text, names))


# "Alipay (Hong Kong) Holding Limited": a place in brackets inside a company's registered name
_BRACKETED_PLACE = re.compile(r"\s*\(([A-Z][\w .]{1,25})\)\s+")


def _join_bracketed_places(text: str, names: list[Name]) -> list[Name]:
    out: list[Name] = []
    k = 0
    while k < len(names):
        n = names[k]
        m = _BRACKETED_PLACE.match(text, n.end)
        if m and not n.possessive and is_place(m.group(1)):
            tail = next((x for x in names[k + 1:k + 4] if x.start == m.end()), None)
            if tail is not None and tail.text.split()[-1].lower().rstrip(".") in SUFFIXES:
                out.append(Name(n.start, tail.end, text[n.start:tail.end], tail.possessive))
                k = names.index(tail) + 1
                continue
        out.append(n)
        k += 1
    return out


# a lower-case descriptor after a sentence-opening word: "Data and analytics software company Palantir", "Ride-hailing
# firm Didi": the opening word belongs to the descriptor
_OPENING_DESCRIPTOR = re.compile(r"(?:\s+(?:and|&|or|,)?\s*[a-z][\w\-]*){0,6}?\s+(?:company|firm|giant|maker|start-?up|"
                                 r"platform|provider|developer|operator|group|major|unicorn|retailer|lender|"
                                 r"insurer|brand|chain|player|outfit|conglomerate|specialist|pioneer|regulator|watchdog)\s+[A-Z]")
# "Violators can be fined", "Distributors must": a plural common noun opening a sentence before a verb
_PLURAL_NOUN = re.compile(r"[A-Z][a-z]+(?:ors|ists|ants|ents|ees|ers)")
_VERB_NEXT = re.compile(r"\s+(?:can|could|may|might|will|would|must|should|shall|face|faced|are|were|have|had|who|that)\b")
# "Reports say", "Figures show": a reporting verb in the plural right after a plural noun
_REPORTING_NEXT = re.compile(r"\s+(?:(?:also|now)\s+)?(?:show|showed|shown|say|said|suggest|suggested|indicate|indicated|"
                             r"claim|claimed|reveal|revealed)\b")
# a preposition or linking word right after a sentence's first word: the word heads a phrase, it does not act
# ("Shell to invest", "Apple on Tuesday said", "Apple and Google": a company opening a sentence is followed by a verb,
# a date or another name, so "to" counts only before an article)
_FUNCTION_NEXT = re.compile(r"\s+(?:(?:from|of|at|about|than)\s+[a-z]|to\s+(?:the|a|an|its|their|this|that)\s|"
                            # "* Raised $100 million in 2023": a list item's opening verb before its sum
                            r"(?:US|A|C|HK|S)?[$£€¥₹]\s?\d)")
# words that open a sentence to steer the reader, alone in their capitalised run
_DISCOURSE = frozenset({"well", "sure", "indeed", "yes", "okay", "ok", "alas", "actually", "basically", "clearly",
                        "obviously", "interestingly", "notably", "importantly", "separately", "additionally", "moreover",
                        "furthermore", "overall", "elsewhere", "surprisingly", "unsurprisingly", "naturally",
                        "admittedly", "thankfully", "luckily", "fortunately", "unfortunately", "apparently",
                        "reportedly", "ultimately", "initially", "likewise", "similarly"})
_COMPASS = {"north", "south", "east", "west", "central"}


# a participle or a person's role written before a name: "Departing IAG", "Financier Lord Spencer"
_DEMONYM_NOUN = r"(?:Irish|French|English|Scots|Welsh|Dutch|Country)(?:man|men|woman|women)"
_OPENING_MODIFIER = re.compile(r"([A-Z][a-z]+(?:ing|ed)|Financier|Founder|Co-founder|Chairman|Chairwoman|Boss|"
                               r"Billionaire|Tycoon|Entrepreneur|Former|Veteran|Banker|Analyst|Philanthropist|"
                               r"Magnate|Mogul|Businessman|Businesswoman|Activist|Rival|"
                               # "Irishmen JP McManus and John Magnier": a demonym noun is never part of a name
                               rf"{_DEMONYM_NOUN})\s+(?=[A-Z])")


def _told_without(text: str, rest: str, lead: str) -> bool:
    """The name after the opening word is told elsewhere without it ("IAG" after "Departing IAG chief"): the word was
    not part of the name ("Advanced Micro Devices" never says "Micro Devices" alone)."""
    last = rest.split()[-1] if rest.split() else ""
    if not last:
        return False
    alone = len(re.findall(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text))
    return alone > len(re.findall(rf"{re.escape(lead)}\s+{re.escape(rest)}(?![\w-])", text))
def _at_opening(text: str, start: int, s: int) -> bool:
    """Only blanks, quotes or bullets before s since the sentence began or since a line began: a caption without a
    full stop ("... listed on the London Stock Exchange\n\nEager traders added") ends at its line."""
    if _OPENING_PREFIX.fullmatch(text, start, s) is not None:
        return True
    # `_LINE_OPENING.search(text, start, s)`: only the last line break can be followed by nothing but blanks, quotes
    # or bullets up to s, so that one is tested instead of a scan of the sentence for every candidate
    k = text.rfind("\n", start, s)
    return k >= 0 and _OPENING_PREFIX.fullmatch(text, k + 1, s) is not None


_LINE_OPENING = re.compile(r"\n[ \t\"'“‘(\[•*#-]*$")
_OPENING_PREFIX = re.compile(r"[ \t\n\"'“‘(\[•*#-]*")


def _not_a_name_at(text: str, start: int, s: int, e: int, name: str) -> bool:
    """A capitalised word that is not a name by its place: the first word of a sentence-opening descriptor, a plural
    common noun opening a sentence, a compass word cut from a nationality ("North Korean ministry")."""
    opening = _at_opening(text, start, s)
    if opening and " " not in name and _OPENING_DESCRIPTOR.match(text, e):
        return True
    acts = opening and (_VERB_NEXT.match(text, e) or _REPORTING_NEXT.match(text, e))
    if opening and _PLURAL_NOUN.fullmatch(name) and acts:
        return True
    if (opening and " " not in name and name.endswith("s") and acts
            and opening_word_only(text, name[:-1]) and name not in capitalised_inside(text)):
        return True  # "Revenues will be split evenly": an ordinary plural noun opening the sentence before its verb
    if (opening and re.fullmatch(r"[A-Z][a-z]+", name) and _FUNCTION_NEXT.match(text, e)
            and (opening_word_only(text, name) or name.endswith("s") and opening_word_only(text, name[:-1]))
            and name not in capitalised_inside(text)):
        # "Proceeds from the sale", "Pursuant to the offer", "Ahead of talks", "Efforts to promote", "Earnings at":
        # an ordinary word the text never capitalises inside a sentence, opening the sentence before a preposition
        return True
    if opening and re.fullmatch(r"[A-Z][a-z]*ed", name) and re.match(r"\s+(?:by|with)\b", text[e:e + 6]):
        return True  # "Boosted by Softbank's entry", "Backed by Sequoia": a participle opening the sentence
    if opening and " " not in name and name.lower() in _DISCOURSE:
        return True  # "Well those rumors materialized", "Sure enough, Sprint ...": a discourse word, not "Yes Bank"
    if name.lower() not in _COMPASS:
        return False
    nxt = re.match(r"\s+([A-Z][a-z]+)", text[e:e + 30])
    return (nxt is not None and nxt.group(1).lower() in NOT_NAMES
            and nxt.group(1).lower().endswith(("an", "ese", "ish", "ch", "i")))


_TICKER = re.compile(r"[A-Z0-9]*\d[A-Z0-9]*\.[A-Z]{1,3}|[A-Z]{2,6}\.[A-Z]{1,2}")
# a title-case headline writes a descriptor's head word capitalised: "AI Chatbot Maker Replika", "Ride-Hailing Giant Didi"
TITLE_DESCRIPTOR_HEADS = {"maker", "company", "firm", "startup", "start-up", "giant", "developer", "operator",
                          "platform", "retailer", "owner", "provider", "unicorn", "chipmaker", "carmaker", "automaker"}


def _title_descriptor_end(name: str) -> int:
    """Where the name proper begins after a capitalised descriptor inside the run, or 0."""
    parts = name.split()
    if len(parts) < 3 or not any(w.lower() in TITLE_DESCRIPTOR_HEADS for w in parts[1:-1]):
        return 0  # no descriptor head between the first and the last word: the loop below finds none
    words = list(re.finditer(r"\S+", name))
    for k in range(len(words) - 2, 0, -1):
        if words[k].group().lower() in TITLE_DESCRIPTOR_HEADS and words[k].group()[0].isupper():
            tail = [w.group().lower().strip(".,") for w in words[k + 1:]]
            if not all(t in SUFFIXES for t in tail):
                return words[k + 1].start()
            return 0
    return 0


def _institution_ahead(toks: list[tuple[int, int, str]], k: int, text: str) -> bool:
    """A capitalised common word inside a body's name ("European Data Watch Board"): the run it sits in
    ends, within three words, in an institution word."""
    for j in range(k, min(k + 4, len(toks))):
        if j > k and text[toks[j - 1][1]:toks[j][0]] != " " or not _is_cap(toks[j][2]):
            return False
        if toks[j][2].lower() in INSTITUTION_WORDS or toks[j][2].lower() in AUTHORITY_WORDS:
            return True
    return False


def _given_name(toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """"Jan Marsalek": a month's abbreviation that is also a given name, right before a capitalised surname."""
    if toks[i][2] != "Jan" or i + 1 >= len(toks) or text[toks[i][1]:toks[i + 1][0]] != " ":
        return False
    nxt = toks[i + 1][2]
    return bool(re.fullmatch(r"[A-Z][a-z]+", nxt)) and nxt.lower() not in NOT_NAMES


def _new_name(toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """"New Relic", "New Delhi": "New" right before a capitalised word opens that name."""
    if toks[i][2] != "New" or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][2]
    return text[toks[i][1]:toks[i + 1][0]] == " " and _is_cap(nxt) and nxt.lower().rstrip(".") not in NOT_NAMES


def _office_of(toks: list[tuple[int, int, str]], j: int, text: str, first: int) -> bool:
    """A possessive inside a public body's name: the next word is an institution word and the run so far is not a
    place ("Britain's" stays a possessive)."""
    if j + 1 >= len(toks) or text[toks[j][1]:toks[j + 1][0]] != " ":
        return False
    nxt = toks[j + 1][2].lower().strip(".,")
    run = re.sub(r"['’]s$", "", text[toks[first][0]:toks[j][1]])
    return (_is_cap(toks[j + 1][2]) and nxt in AUTHORITY_WORDS - WEAK_AUTHORITY_WORDS and nxt not in {"state"}
            and not is_place(run) and not is_place(run.split()[0]))


def _registered_after_possessive(toks: list[tuple[int, int, str]], j: int, text: str, first: int) -> bool:
    """A possessive inside a registered company name: capitalised words after it end in a corporate suffix and the
    name's bracketed abbreviation follows, opening with the possessor's capitals ("IITian’s Prashikshan Kendra Pvt Ltd
    (IITPK)"; "Alibaba's Ant Group Co Ltd (AGC)" stays an owner and its affiliate)."""
    k = j + 1
    while k < len(toks) and k - j <= 6 and text[toks[k - 1][1]:toks[k][0]] == " " and _is_cap(toks[k][2]):
        if toks[k][2].lower() in SUFFIXES | {"pvt", "pvt.", "private"} and toks[k][2].lower() not in {"group",
                                                                                                "management",
                                                                                                "partners"}:
            abbr = re.match(r"\s*\(([A-Z][A-Z&]{1,7})\)", text[toks[k][1]:toks[k][1] + 12])
            while k + 1 < len(toks) and toks[k + 1][2].lower() in SUFFIXES | {"ltd", "limited"} \
                    and text[toks[k][1]:toks[k + 1][0]] == " ":
                k += 1
                abbr = re.match(r"\s*\(([A-Z][A-Z&]{1,7})\)", text[toks[k][1]:toks[k][1] + 12])
            # the abbreviation opens with the possessor's capitals, which the words after it cannot give
            capitals = re.sub(r"[^A-Z]", "", _POSSESSIVE.sub(r"\1", text[toks[first][0]:toks[j][1]]))
            return (abbr is not None and bool(capitals) and abbr.group(1).startswith(capitals)
                    and abbr.group(1)[0] != toks[j + 1][2][0])
        k += 1
    return False


def _joins_institution(toks: list[tuple[int, int, str]], first: int, right: int, text: str) -> bool:
    """"Securities and Exchange Board": a one-word left part and an institution word on the right; a two-word left
    part needs a public body on the right ("Italian Competition and Market Authority", not "Morgan Stanley and
    Deutsche Bank")."""
    left = right - 1 - first  # the left part is toks[first:right-1]
    if toks[right - 1][2].lower() == "for" and 1 <= left <= 5 and toks[right - 2][2].lower() in _OF_THE_HEADS:
        return True  # "Office of the Commissioner for Personal Data Protection": an office and its remit
    if toks[right - 1][2].lower() in ("for", "on") and 1 <= left <= 3 and any(
            toks[k][2].lower() in AUTHORITY_WORDS - WEAK_AUTHORITY_WORDS for k in range(first, right - 1)):
        return True  # a public body's remit: "State Administration for Market Regulation"
    if left not in (1, 2):
        return False
    k = right
    words = []
    while k < len(toks) and _is_cap(toks[k][2]) and k - right < 5:
        words.append(toks[k][2])
        if k + 1 < len(toks) and text[toks[k][1]:toks[k + 1][0]].strip() == "":
            k += 1
            continue
        break
    if left == 2:
        # ("Guangzhou Fullshare and Zhongyuan Union": a company's "Union" makes no body of the two)
        return any(w.lower().strip(".,") in AUTHORITY_WORDS - {"union"} for w in words)
    return _institution(" ".join(words))


def fullest(name: str, known: list[str]) -> str:
    """The longest form the article gives for the same organisation ("Ant" → "Ant Group" when only suffixes differ)."""
    core = core_words(name)
    if not core:
        return name
    best = name
    for k in known:
        if len(k) > len(best) and core_words(k) == core and k.lower().startswith(name.lower().split()[0]):
            best = k
    return best


@lru_cache(maxsize=8192)  # pure and asked again for the same names many times per article
def core_words(name: str) -> tuple[str, ...]:
    words = re.sub(r"['’]s\b", "", name.lower()).replace(".", " ").split()
    return tuple(w.strip(",") for w in words if w.strip(",") not in SUFFIXES and w != "the")
