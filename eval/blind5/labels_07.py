"""Labels: tokenmill/crawling-framework (whole saved news pages, 2016-2017, kept as fixtures of that crawler's article parser in
parser/src/test/resources/articles/: Reuters article, brief, Breakingviews and key-developments pages, the FT, Bloomberg,
Investing.com, Fortune, NBC News — full HTML with navigation, sidebars, related headlines, scripts and JSON state). Title accepts
the <title> and og:title forms; published from article:published_time / sailthru.date / CREATION_DATE / datePublished; url =
og:url; author from the byline meta, null for 'Reuters Editorial' and 'Investing.com'."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "tokenmill/crawling-framework"
P = "parser/src/test/resources/articles/"

doc(R, P + "reuters1.html",
    ["Terex Corp (TEX)  Key Developments | Reuters.com", "Terex Corp (TEX) Key Developments | Reuters.com",
     "Marcato reports 5.1 pct stake in Terex, to urge spinoff & restructuring- CNBC, citing source"],
    url="http://www.reuters.com/finance/stocks/TEX/key-developments/article/3414284", slug_title="Marcato reports stake in Terex",
    stakes=[S(["Marcato Capital Management LP", "Marcato Capital Management", "Marcato"], ["Terex Corp", "Terex"], 5.1)],
    must_not=[MN("USD", 0.64, "Terex adjusted EPS"), MP(43.0, "Hitachi Construction Machinery's Indian sales growth"),
              MN("TRY", 16_500_000, "Tumosan's quarterly net profit"), MN("USD", 3.15, "corn price per bushel"),
              MN("USD", 1.55, "Deere EPS"), MN("USD", 25, "price of a stock report"), MN("USD", 20, "price of a stock report"),
              MP(1.0, "Terex share move")],
    audit=["Marcato reports 5.1 pct stake in Terex (headline, text and the 'Latest Developments' list) -> stakes (Marcato Capital "
           "Management, Terex 5.1)",
           "Terex Q2 adj EPS $0.64 / Indian sales growth of 43 pct / net profit rises to 16.5 million lira / $3.15 per bushel -> not "
           "records (sidebar headlines)",
           "sale of its MHPS business to Konecranes -> no amount",
           "Deere Q3 earnings per share $1.55 (sidebar) / $25.00 and $20.00 research reports for sale / quote 24.24, 0.24 +1.00% -> not "
           "records", "+1-646-223-8780 -> a phone number",
           "published: the page has no date meta (only a visible 'Thursday, 28 Jul 2016 11:35am EDT'), left null"])

doc(R, P + "reuters2.html",
    ["BRIEF-Canadian Solar unit Recurrent Energy reached commercial operation of 100 MWac/134 MWp",
     "BRIEF-Canadian Solar unit Recurrent Energy reached commercial operation of 100 MWac/134 MWp | Reuters"],
    published="2016-08-23",
    must_not=[MP(20.0, "Welspun India share fall")],
    audit=["100 MWac/134 MWp -> capacity, not money", "Welspun India shares ... plunged 20 percent -> share move (sidebar)",
           "Questar/Dominion merger approval, VMware alliances -> no amounts"])

doc(R, P + "reuters3.html",
    ["Tesla touts speed and driving range with new upgraded battery",
     "Tesla touts speed and driving range with new upgraded battery | Reuters"],
    author=["Alexandria Sage and David Shepardson", "Alexandria Sage", "David Shepardson"], published="2016-08-23",
    url="http://www.reuters.com/article/us-tesla-product-idUSKCN10Y1R2",
    offerings=[O(["SolarCity Corp", "SolarCity"], [("USD", 124_000_000)], opt=True)],
    must_not=[MN("USD", 2_600_000_000, "Tesla's offer to buy SolarCity (takeover price)"), MN("USD", 224.84, "Tesla share price"),
              MN("USD", 10_000, "battery upgrade price"), MN("USD", 20_000, "battery upgrade price"),
              MN("USD", 108_000, "Model S performance price"), MN("USD", 115_500, "Model X performance price"),
              MP(2.0, "Tesla share rise")],
    audit=["SolarCity agreed to Tesla's $2.6 billion offer to buy the solar panel installer -> not a record: takeover price",
           "Musk is buying over half of a $124 million bond offer by SolarCity -> offering (optional): a bond (debt) issue; Musk's part "
           "has no amount",
           "end the day at $224.84 / rising more than 2 percent -> share price and move",
           "upgrade ... for $10,000 ... for $20,000 / start at $108,000 and $115,500 -> prices",
           "100 kilowatt hour / 2.9 seconds / 300 miles / 500,000 vehicles / million-dollar cars -> not records"])

doc(R, P + "reuters-blogs1.html",
    "Pfizer bets $14 bln it knows better than market", author=["Robert Cyran"], published="2016-08-22",
    url="http://blogs.reuters.com/breakingviews/2016/08/22/pfizer-bets-14-bln-it-knows-better-than-market/",
    must_not=[MN("USD", 14_000_000_000, "Pfizer's price for Medivation (acquisition)"), MN("USD", 100_000, "Xtandi's yearly cost"),
              MN("USD", 595_000_000, "Xtandi quarterly sales"), MN("USD", 30_000_000_000, "possible yearly sales of a drug class"),
              MN("USD", 410_000_000, "what Medivation paid for a drug (acquisition)"),
              MN("USD", 160_000_000, "milestone payments for the drug"), MN("USD", 300_000_000, "projected annual drug sales"),
              MP(120.0, "premium to market value"), MP(11.0, "Xtandi US sales growth")],
    audit=["betting $14 billion on the biotech, a 120 percent premium -> not records: takeover price and premium",
           "well over $100,000 per year / $595 million in the second quarter / sales of $30 billion a year / around $300 million -> not "
           "records", "Medivation paid just $410 million for it ... up to another $160 million -> not records: a drug acquisition",
           "11 times / 4.5 times / 11 percent annual rate -> not records",
           "Britain's haul: 27 gold medals (sidebar) -> not money"])

doc(R, P + "ft1.html",
    "CBA accused of 50,000 breaches of money laundering laws", author=["Jamie Smyth"], published="2017-08-03",
    url="https://www.ft.com/content/a6f29c2a-780c-11e7-90c0-90a9d1bc9691",
    fines=[F(["Commonwealth Bank of Australia", "CBA"], ["Australian Transaction Reports and Analysis Centre", "Austrac"],
             [("AUD", 18_000_000)], opt=True)],
    must_not=[MN("AUD", 5_700_000, "suspicious transactions not reported"), MN("AUD", 624_700_000, "transactions not monitored"),
              MN("AUD", 77_000_000, "unusual transactions not reported"), MN("AUD", 20_000, "deposit limit per transaction"),
              MN("AUD", 10_000, "reporting threshold"), MN("USD", 30_000_000_000, "United Technologies' deal for Rockwell Collins "
              "(sidebar headline; acquisition)")],
    audit=["CBA could face a maximum penalty of A$18m for each breach of the law -> fines (optional): a statutory maximum per breach, "
           "nothing imposed yet",
           "A$5.7m in suspicious transactions / A$624.7m of transactions / more than A$77m / up to A$20,000 per transaction / above "
           "A$10,000 -> not records", "United Technologies nears $30bn deal for Rockwell Collins (sidebar) -> not a record: takeover",
           "50,000 breaches / 53,506 reports / 4m transactions -> not money"])

doc(R, P + "bloomberg1.html",
    ["Stocks Sink With Bonds, Dollar Rallies as Complacency Broken - Bloomberg",
     "Stocks Sink With Bonds, Dollar Rallies as Complacency Broken"],
    author=["Stephen Kirkland", "Jeremy Herron", "Stephen Kirkland, Jeremy Herron"], published="2016-09-08",
    url="http://www.bloomberg.com/news/articles/2016-09-08/japan-index-futures-signal-bounce-as-ecb-outlook-weighs-on-bonds",
    must_not=[MN("USD", 46.50, "WTI oil price"), MN("USD", 48.61, "Brent oil price"), MN("USD", 1337.30, "gold price"),
              MP(2.0, "S&P 500 fall"), MP(1.9, "S&P 500 fall"), MP(1.6, "Dow fall"), MP(3.4, "REIT fall"), MP(1.7, "MSCI fall"),
              MP(2.2, "emerging-markets fall"), MP(60.0, "odds of a rate hike"), MP(38.0, "odds of a September hike"),
              MP(2.3, "oil fall"), MP(4.9, "weekly oil gain")],
    audit=["a markets report: index moves (2 percent, 1.9 percent to 2,140.11, 302.49 points or 1.6 percent ...), bond yields (0.60, "
           "2.38, 0.84 percent), odds (above 60 percent, 38 percent), oil $46.50 and $48.61, gold $1,337.30 an ounce -> none is a record"])

doc(R, P + "investing1.html",
    ["Opening Bell: USD Drops, Pound Pops, Yen Soars | Investing.com", "Opening Bell: USD Drops, Pound Pops, Yen Soars"],
    published="2017-01-17",
    url="https://www.investing.com/analysis/opening-bell:-brexit,-davos-meetings-are-today%E2%80%99s-big-drivers-200172664",
    must_not=[MN("USD", 1212.45, "gold price"), MN("USD", 1260, "gold price target"), MN("USD", 52.55, "crude price"),
              MN("USD", 55.86, "Brent price"), MN("USD", 0.65, "expected EPS"), MN("USD", 8_280_000_000, "expected revenue"),
              MN("USD", 0.26, "expected EPS"), MN("USD", 2.07, "expected EPS"), MN("USD", 0.36, "expected EPS"),
              MP(1.48, "Nikkei fall"), MP(11.4, "VIX rise"), MP(1.6, "UK CPI"), MP(1.44, "gold rise"), MP(80.0, "OPEC compliance"),
              MP(100.0, "OPEC compliance")],
    audit=["a markets preview: index levels and moves, yields, commodity prices ($1,212.45, $1,260, $52.55, $55.86), expected EPS "
           "($0.65, $0.26, $2.07, $0.36) and revenue ($8.28B) -> none is a record; 'By Investing.com' is not a person (author null)"])

doc(R, P + "fortune1.html",
    ["Ex-Uber Engineer Susan J. Fowler Will Run Stripe Digital Magazine | Fortune.com",
     "Ex-Uber Engineer Susan J. Fowler Will Run Stripe Digital Magazine",
     "The Engineer Who Blogged About Sexism At Uber Has a New Gig"],
    author=["Polina Marinova"], published="2017-04-13", url="http://fortune.com/2017/04/13/susan-fowler-uber-editor-stripe/",
    must_not=[MN("USD", 1_300_000_000, "Miami Marlins buyout deal (sidebar headline; acquisition)")],
    audit=["the article (Susan Fowler to edit Stripe's magazine) has no money", "The Miami Marlins Are Reportedly Close to a $1.3 "
           "Billion Buyout Deal (sidebar) -> not a record: takeover price",
           "the page embeds a large JSON state with other stories' excerpts (e.g. 'duties averaging 20%'): not article text, not "
           "labelled"])

doc(R, P + "nbcnews1.html",
    ["North Korea Crisis: Russia's Putin Warns of 'Global Catastrophe' - NBC News",
     "North Korea Crisis: Russia's Putin Warns of 'Global Catastrophe'",
     "Putin warns 'military hysteria' over N. Korea may cause 'catastrophe'"],
    author=["F. Brinley Bruton", "Alan Kaytukov", "Alexander Smith"], published="2017-09-05",
    url="https://www.nbcnews.com/news/world/north-korea-crisis-russia-s-putin-warns-global-catastrophe-n798666",
    must_not=[MP(90.0, "share of North Korea's trade with China")],
    audit=["a world-news story with no money; around 90 percent of Pyongyang's trade is with Beijing -> not a stake",
           "sixth nuclear test / 1953 armistice / 100 nations -> not money"])
