"""Labels 1-8: kishorebr/aivibe-blog (Engadget / TechCrunch items re-posted as Markdown with front matter; bodies are text or HTML)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "kishorebr/aivibe-blog"
P = "content/posts/"
FTC = ["US Federal Trade Commission", "Federal Trade Commission", "FTC"]
DOJ = ["US Department of Justice", "Department of Justice", "Justice Department", "DOJ"]

doc(R, P + "amazon-will-pay-2-25-million-to-settle-ftc-identity-theft-case.md",
    "Amazon will pay $2.25 million to settle FTC identity theft case", author=["AIVibe", "Anna Washenko"], published="2026-06-30",
    fines=[F(["Amazon"], FTC, [("USD", 2_250_000)])],
    audit=["will pay $2.25 million to settle FTC identity theft case (title, excerpt, headline) / agreed to pay $2.25 million in civil "
           "penalties to settle a case with the US Federal Trade Commission -> fines (Amazon, FTC): civil penalty in a government settlement",
           "within 30 days / 30-day window -> not money"])

doc(R, P + "doj-extracts-30m-settlement-from-paypal-over-minority-owned-business-program.md",
    "DOJ extracts $30m settlement from PayPal over minority-owned business program", author=["AIVibe", "Anna Washenko"], published="2026-05-12",
    fines=[F(["PayPal"], DOJ + ["The Department of Justice"], [("USD", 30_000_000)], opt=True)],
    must_not=[MN("USD", 530_000_000, "PayPal's 2020 Economic Opportunity Fund plan to invest in minority-owned businesses (program spending)"),
              MN("USD", 1_000_000_000, "processing fees waived for $1 billion in transactions")],
    audit=["DOJ extracts $30m settlement from PayPal (title, excerpt, headline) / Under the $30 million agreement, PayPal will launch a new "
           "Small Business Initiative -> fines (optional): a government settlement, but the money funds PayPal's own programme rather than a "
           "stated penalty",
           "planned to invest $530 million into Black- and minority-owned businesses -> not a record: a company's programme of spending, no company named",
           "waive processing fees for $1 billion in transactions -> not a record"])

doc(R, P + "ibm-settles-its-dei-lawsuit-with-the-doj-for-17-million.md",
    "IBM settles its DEI lawsuit with the DOJ for $17 million", author="AIVibe", published="2026-04-11",
    fines=[F(["IBM"], DOJ + ["US Department of Justice's"], [("USD", 17_000_000)])],
    audit=["settles its DEI lawsuit with the DOJ for $17 million (title) / IBM will pay more than $17 million to resolve allegations (DOJ "
           "press release) -> fines (IBM, DOJ): government settlement of civil-rights allegations, one record",
           "Civil Rights Act of 1964 / 2025 -> not money"])

doc(R, P + "uk-regulator-fines-4chan-for-ignoring-online-safety-act-demands.md",
    "UK regulator fines 4chan for ignoring Online Safety Act demands", author="AIVibe", published="2025-10-14",
    fines=[F(["4chan"], ["Ofcom", "UK regulator"], [("GBP", 20_000), ("USD", 26_700)]),
           F(["4chan"], ["Ofcom", "UK regulator"], [("GBP", 100), ("USD", 133)], opt=True)],
    audit=["slapped 4chan with a £20,000 ($26,700) fine (excerpt + body) / This is the first fine Ofcom has handed down -> fines (4chan, Ofcom), both currencies accepted",
           "additional penalty of £100 ($133) per day -> fines (optional): a daily penalty until 4chan complies, no total stated",
           "11 of the investigations / Online Safety Act of 2023 -> not money"])

doc(R, P + "judge-approves-1-5-million-sec-musk-settlement-over-twitter-investment.md",
    "Judge approves $1.5 million SEC-Musk settlement over Twitter investment", author=["AIVibe", "Anna Washenko"], published="2026-07-08",
    fines=[F(["Elon Musk", "Musk"], ["US Securities and Exchange Commission", "Securities and Exchange Commission", "SEC"], [("USD", 1_500_000)])],
    must_not=[MN("USD", 150_000_000, "what the delayed disclosure allegedly saved Musk at shareholders' expense")],
    audit=["$1.5 million SEC-Musk settlement (title, excerpt, headline) / saw Musk pay a civil penalty of $1.5 million -> fines (Elon Musk, SEC); "
           "the judge only approved it",
           "saving him as much as $150 million -> not a record: alleged gain",
           "11-day delay -> not money"])

doc(R, P + "rivian-agrees-to-settle-shareholder-lawsuit-for-250-million.md",
    "Rivian agrees to settle shareholder lawsuit for $250 million", author="AIVibe", published="2025-10-24",
    must_not=[MN("USD", 250_000_000, "private shareholder class-action settlement"),
              MN("USD", 12_000, "price increase of the R1S/R1T"),
              MN("USD", 7_500, "expired EV tax credits"),
              MP(4.5, "share of the workforce laid off")],
    audit=["settle shareholder lawsuit for $250 million (title, excerpt, body) -> not a record: private class-action settlement with investors "
           "(blind convention: private lawsuit settlements are not fines)",
           "raised the base price ... by $12,000 -> not a record: product price",
           "laying off 4.5 percent of its workforce -> not a record",
           "$7,500 tax credits -> not a record"])

PPLX = ["Perplexity"]
doc(R, P + "perplexity-reportedly-raised-200m-at-20b-valuation.md",
    "Perplexity reportedly raised $200M at $20B valuation", author=["AIVibe", "Marina Temkin"], published="2025-09-11",
    valuations=[V(PPLX, [("USD", 20_000_000_000)]), V(PPLX, [("USD", 18_000_000_000)]), V(PPLX, [("USD", 14_000_000_000)])],
    investments=[I(None, PPLX, [("USD", 200_000_000)]), I(None, PPLX, [("USD", 100_000_000)]),
                 I(None, PPLX, [("USD", 500_000_000)]), I(None, PPLX, [("USD", 1_500_000_000)], opt=True)],
    must_not=[MN("USD", 150_000_000, "annual recurring revenue"),
              MN("USD", 34_500_000_000, "Perplexity's offer to buy Google's Chrome browser (acquisition offer)")],
    audit=["raised $200M at $20B valuation (title) / secured $200 million in new capital at a $20 billion valuation -> investment (Perplexity, "
           "lead unknown -> investor null) + valuation 20bn",
           "raised $100 million at an $18 billion valuation (July) -> investment + valuation (earlier round, labelled as dev2 labels earlier rounds)",
           "previous $500 million round ... at a $14 billion valuation and led by Accel -> investment (lead only, investor null) + valuation 14bn",
           "raised $1.5 billion in total funding -> investment (optional): cumulative total",
           "ARR is approaching $200 million -> not a record (same value as the required USD 200m investment, so not listed as must_not)",
           "ARR was more than $150 million -> not a record: revenue",
           "offered to buy Google's Chrome browser for $34.5 billion -> not a record: acquisition offer"])

COG = ["Cognition"]
doc(R, P + "ai-coding-startup-cognition-raises-1b-at-25b-pre-money-valuation.md",
    "AI coding startup Cognition raises $1B at $25B pre-money valuation", author=["AIVibe", "Julie Bort"], published="2026-05-27",
    valuations=[V(COG, [("USD", 25_000_000_000), ("USD", 26_000_000_000)]),
                V(COG, [("USD", 26_000_000_000), ("USD", 25_000_000_000)], opt=True),
                V(COG, [("USD", 10_200_000_000)])],
    investments=[I(None, COG, [("USD", 1_000_000_000)]), I(None, COG, [("USD", 400_000_000)])],
    must_not=[MN("USD", 492_000_000, "annualized revenue run-rate"), MP(50, "month-over-month usage growth")],
    audit=["raises $1B at $25B pre-money valuation (title) / raised more than $1 billion at a $25 billion pre-money valuation ($26 billion post money) "
           "-> investment (Cognition; led by Lux Capital, General Catalyst and 8VC -> investor null) + valuation (pre or post accepted; a second "
           "optional record absorbs the other figure)",
           "its $10.2 billion post-money valuation when it closed a $400 million funding round ... in September -> valuation 10.2bn + investment 400m (earlier round)",
           "$492 million in annualized revenue run-rate -> not a record: revenue",
           "grown 50% month-over-month -> not a record"])

SPX = ["SpaceX"]
doc(R, P + "spacex-expects-its-ipo-to-raise-74-4-billion.md",
    "SpaceX expects its IPO to raise $74.4 billion", author=["AIVibe", "Mariella Moon"], published="2026-06-04",
    offerings=[O(SPX, [("USD", 74_400_000_000)])],
    valuations=[V(SPX, [("USD", 1_750_000_000_000)])],
    stakes=[S(["Elon Musk", "Musk"], SPX, 50)],
    must_not=[MN("USD", 135, "IPO price per share"), MN("USD", 752_000_000_000, "worth of Musk's stake at the IPO price")],
    audit=["expects its IPO to raise $74.4 billion (title, excerpt, body, quote 'raising $74.4 billion') -> offering (SpaceX), one record",
           "Valuing the company at $1.75 trillion / a valuation of approximately $1.75 trillion -> valuation SpaceX",
           "Elon Musk's 50 percent stake in the company -> stake (Elon Musk, SpaceX, 50)",
           "would be worth around $752 billion -> not a record: value of a holding",
           "price of $135 for shares / sell for $135 / trading at $135 -> not a record: per-share price",
           "June 11 / two years -> not money"])

CBS = ["Cerebras Systems", "Cerebras"]
doc(R, P + "ai-chip-startup-cerebras-files-for-ipo.md",
    "AI chip startup Cerebras files for IPO", author=["AIVibe", "Anthony Ha"], published="2026-04-18",
    valuations=[V(CBS, [("USD", 23_000_000_000)])],
    investments=[I(None, CBS, [("USD", 1_100_000_000)]), I(None, CBS, [("USD", 1_000_000_000)])],
    must_not=[MN("USD", 10_000_000_000, "value of a commercial deal with OpenAI"),
              MN("USD", 510_000_000, "2025 revenue"), MN("USD", 237_800_000, "net income"),
              MN("USD", 75_700_000, "non-GAAP net loss")],
    audit=["files for IPO / filed to go public / offering planned for mid-May -> no offering record: the amount to be raised is not disclosed",
           "raised a $1.1 billion Series G last year -> investment (Cerebras, investors not named -> null)",
           "a $1 billion Series H in February at a $23 billion valuation -> investment + valuation Cerebras",
           "investment from Abu Dhabi-based G42 -> no amount, no record",
           "deal with OpenAI reportedly worth more than $10 billion -> not a record: commercial contract",
           "$510 million in revenue / net income of $237.8 million / non-GAAP net loss of $75.7 million -> not records: results",
           "StrictlyVC / April 30 -> not money"])

USG = ["US government", "United States", "government", "the US government", "U.S. government"]
INTC = ["Intel"]
doc(R, P + "the-us-government-is-taking-an-8-9-billion-stake-in-intel.md",
    "The US government is taking an $8.9 billion stake in Intel", author="AIVibe", published="2025-08-22",
    stakes=[S(USG, INTC, 9.9), S(USG, INTC, 10, opt=True)],
    investments=[I(USG, INTC, [("USD", 8_900_000_000), ("USD", 10_000_000_000)]),
                 I(USG, INTC, [("USD", 5_700_000_000)], opt=True), I(USG, INTC, [("USD", 3_200_000_000)], opt=True)],
    must_not=[MN("USD", 2_200_000_000, "CHIPS grants Intel previously received (grant, not equity)"),
              MN("USD", 11_100_000_000, "government's total spend on the chipmaker"),
              MN("USD", 20.47, "price per share"),
              MN("USD", 10_860_000_000, "federal CHIPS Act funding Intel was supposed to receive"),
              MP(20, "workforce cut"), MP(15, "share of Nvidia/AMD China profits to the government")],
    audit=["taking an $8.9 billion stake in Intel (title) / make an $8.9 billion investment in Intel common stock / the $8.9 billion investment -> "
           "investment (US government, Intel); Trump's 'giving us 10 billion dollars ... we picked up 10 billion' is the same deal, accepted as an amount",
           "taking a 10 percent stake (excerpt, lead) / equivalent to a 9.9 percent stake -> stake (US government, Intel): 9.9 required (the final "
           "figure; the update note says the headline changed from '10 percent'), 10 optional",
           "funded by $5.7 billion previously earmarked ... CHIPS act, and $3.2 billion ... Secure Enclave -> investments (optional): components of the same purchase",
           "previously recieved $2.2 billion in CHIPS grants / total spend ... $11.1 billion -> not records: grants and a total of grants plus equity",
           "paid $20.47 per share -> not a record",
           "supposed to receive up to $10.86 billion in federal funding -> not a record: grant programme",
           "cutting Intel's workforce by 20 percent / 15 percent of their profits -> not records"])

CLU = ["Cluely"]
doc(R, P + "cluely-a-startup-that-helps-cheat-on-everything-raises-15m-from-a16z.md",
    "Cluely, a startup that helps ‘cheat on everything,’ raises $15M from a16z", author="AIVibe", published="2025-06-20",
    valuations=[V(CLU, [("USD", 120_000_000)])],
    investments=[I(["Andreessen Horowitz", "a16z"], CLU, [("USD", 15_000_000)]), I(None, CLU, [("USD", 5_300_000)])],
    must_not=[MN("USD", 200, "TechCrunch event ticket discount")],
    audit=["raises $15M from a16z (title) / raised a $15 million Series A led by Andreessen Horowitz -> investment (Andreessen Horowitz, Cluely)",
           "post-money valuation is around $120 million -> valuation Cluely (approx)",
           "raised $5.3 million in seed funding co-led by Abstract Ventures and Susa Ventures -> investment (two leads -> investor null)",
           "Save $200+ on your TechCrunch All Stage pass (twice) -> not a record: advertisement",
           "21-year-old -> not money"])

doc(R, P + "apple-to-invest-another-100-billion-into-the-us-to-avoid-tariffs.md",
    "Apple to invest another $100 billion into the US to avoid tariffs", author="AIVibe", published="2025-08-06",
    must_not=[MN("USD", 100_000_000_000, "Apple's additional US spending pledge (own capital spending, no investee company)"),
              MN("USD", 500_000_000_000, "Apple's earlier US investment plan"),
              MN("USD", 600_000_000_000, "Apple's total US commitment over four years")],
    audit=["invest an additional $100 billion in the US (title, excerpt, lead) -> not a record: a company's own spending pledge in a country",
           "already $500 billion investment in the US / original $500 billion investment plan -> not a record",
           "increase our investments across the United States to $600 billion (quote, tweet) -> not a record",
           "tariffs ... additional 25 percent ... total tariff to 50 percent -> not records (tariff rates)",
           "investing in Amkor / relationship and investment in component makers like Corning -> no amount, no record",
           "trillion-dollar company / a few billion -> no figure",
           "10 companies / 2019 / 2013 / 2023 -> not money"])

SB = ["SoftBank", "Masayoshi Son", "Son", "SoftBank founder"]
doc(R, P + "softbank-s-nvidia-sale-rattles-market-raises-questions.md",
    "SoftBank’s Nvidia sale rattles market, raises questions", author="AIVibe", published="2025-11-11",
    offerings=[O(["Nvidia", "SoftBank"], [("USD", 5_800_000_000)], opt=True)],
    investments=[I(SB, ["Alibaba"], [("USD", 20_000_000)])],
    valuations=[V(["SoftBank"], [("USD", 180_000_000_000)], opt=True), V(["SoftBank"], [("USD", 2_500_000_000)], opt=True)],
    must_not=[MN("USD", 78_000_000_000, "Son's net worth in 2000"), MN("USD", 70_000_000_000, "Son's personal loss"),
              MN("USD", 150_000_000_000, "worth of the Alibaba stake by 2020"),
              MN("USD", 45_000_000_000, "money sought from Saudi Arabia's PIF for the Vision Fund (fund raise)"),
              MP(98, "market-cap fall")],
    audit=["cash out his entire $5.8 billion Nvidia stake -> offering (optional): secondary sale of Nvidia shares by SoftBank (dev2 labels SoftBank's "
           "Alibaba share sales as optional offerings); no percent stated",
           "a $20 million investment in Alibaba in 2000 -> investment (SoftBank/Son, Alibaba): earlier investment with a named investor",
           "net worth soared to about $78 billion / lost $70 billion -> not records; market cap plummeted 98% from $180 billion to just $2.5 billion -> valuations (optional): dev2 labels a market capitalisation as a valuation, but these two are the ends of a fall",
           "stake would eventually grow to be worth $150 billion -> not a record: value of a holding",
           "seek $45 billion from Saudi Arabia's Public Investment Fund (Vision Fund) -> not a record: an investor's fund raise (blind2 convention)",
           "68-year-old / six-minute meeting -> not money"])

SIE = ["Sierra"]
doc(R, P + "bret-taylor-s-sierra-raises-350m-at-a-10b-valuation.md",
    "Bret Taylor’s Sierra raises $350M at a $10B valuation", author="AIVibe", published="2025-09-04",
    valuations=[V(SIE, [("USD", 10_000_000_000)])],
    investments=[I(None, SIE, [("USD", 350_000_000)]), I(None, SIE, [("USD", 110_000_000)]), I(None, SIE, [("USD", 175_000_000)]),
                 I(None, SIE, [("USD", 635_000_000)], opt=True)],
    must_not=[MN("USD", 750_000_000, "Salesforce's purchase price for Quip (acquisition)"), MN("USD", 600, "event ticket advertisement")],
    audit=["raises $350M at a $10B valuation (title) / raised a $350 million funding round ... led by earlier investor Greenoaks Capital, values the "
           "startup at $10 billion -> investment (Sierra; lead only -> investor null) + valuation Sierra",
           "raised $635 million altogether -> investment (optional): cumulative",
           "$110 million that closed in February of last year led by Sequoia and Benchmark -> investment (earlier round, two leads -> null)",
           "a $175 million round ... led by Greenoaks -> investment (earlier round, lead only -> null)",
           "Quip, which Salesforce bought for $750 million -> not a record: acquisition price",
           "save up to $600+ -> not a record: advertisement", "18 months / 2016 -> not money"])

GOOG = ["Google", "Alphabet"]
doc(R, P + "google-ordered-to-pay-665-million-for-anticompetitive-practices-in-germany.md",
    "Google ordered to pay $665 million for anticompetitive practices in Germany", author="AIVibe", published="2025-11-15",
    fines=[F(GOOG, ["European Commission", "European Union", "EU"], [("EUR", 3_000_000_000), ("USD", 3_400_000_000)])],
    must_not=[MN("EUR", 572_000_000, "court-ordered damages to two German companies (private damages)"),
              MN("USD", 665_000_000, "court-ordered damages (private damages)"),
              MN("EUR", 465_000_000, "damages to Idealo"), MN("USD", 540_000_000, "damages to Idealo"),
              MN("EUR", 107_000_000, "damages to Producto"), MN("USD", 124_000_000, "damages to Producto"),
              MN("EUR", 3_300_000_000, "damages Idealo first demanded"), MN("USD", 3_800_000_000, "damages Idealo first demanded")],
    audit=["ordered to pay $665 million (title) / fork over 572 million euros, or nearly $665 million, to two German companies (excerpt, lead) -> "
           "not a record: damages a Berlin court awarded to private competitors in their lawsuit (blind convention: private awards are not fines)",
           "approximately 465 million euros, or approximately $540 million, to Idealo and another 107 million euros, or roughly $124 million, to Producto -> not records",
           "demanded at least 3.3 billion euros, or more than $3.8 billion, in damages -> not a record: a claim",
           "the European Commission fined Google nearly 3 billion euros, or more than $3.4 billion -> fines (Google, European Commission): an earlier "
           "fine with an amount, required as dev2/blind2 label earlier fines",
           "threaten massive fines -> no amount", "2017 / February 2025 -> not money"])

doc(R, P + "disney-will-pay-10-million-to-settle-ftc-complaint-that-it-collected-children-s-data-on-youtube.md",
    "Disney will pay $10 million to settle FTC complaint that it collected children's data on YouTube", author="AIVibe", published="2025-09-02",
    fines=[F(["Disney"], FTC, [("USD", 10_000_000)]), F(["YouTube"], None, [("USD", 170_000_000)])],
    must_not=[MN("USD", 30_000_000, "Google's settlement of a private class-action lawsuit")],
    audit=["Disney will pay $10 million to settle FTC complaint (title, excerpt, lead) -> fines (Disney, FTC)",
           "following a $170 million settlement in 2019 on charges that the video platform had violated COPPA -> fines (YouTube; the text does not "
           "say who imposed it -> authority null, as blind2 labels the same YouTube settlement)",
           "Google faced an additional settlement of $30 million ... from a similar class-action lawsuit -> not a record: private class action",
           "younger than 13 -> not money"])

doc(R, P + "match-group-will-pay-14-million-to-settle-claims-of-deceptive-business-practices.md",
    "Match Group will pay $14 million to settle claims of deceptive business practices", author="AIVibe", published="2025-08-12",
    fines=[F(["Match Group"], FTC, [("USD", 14_000_000)])],
    audit=["Match Group will pay $14 million to settle (title, excerpt, lead) a complaint the FTC brought in 2019 -> fines (Match Group, FTC): "
           "government settlement; the money funds customer redress",
           "six-month guarantee / 2019 -> not money"])

doc(R, P + "sk-hynix-raises-26-5b-in-the-biggest-foreign-ipo-in-us-history-is-urged-to-build-new-us-fabs.md",
    "SK Hynix raises $26.5B in the biggest foreign IPO in US history, is urged to build new US fabs", author="AIVibe", published="2026-07-10",
    offerings=[O(["SK Hynix"], [("USD", 26_500_000_000), ("KRW", 40_000_000_000_000)]),
               O(["Alibaba"], [("USD", 25_000_000_000)], opt=True)],
    must_not=[MN("USD", 149, "price per ADS"), MP(14, "first-day opening gain over the IPO price"), MP(2.7, "pricing premium to the Seoul average")],
    audit=["raises $26.5B in the biggest foreign IPO (title) / raised $26.5 billion (KRW 40 trillion) in its U.S. market debut -> offering (SK Hynix), both currencies",
           "177.9 million American depositary shares at $149 each -> not a record: per-share price",
           "topped Alibaba's $25 billion IPO in 2014 -> offering (optional): a past IPO cited for comparison",
           "opened at 14% over its IPO price / 2.7% premium / seven times the available shares -> not records",
           "a tenth of what a full share costs -> not money"])

doc(R, P + "tiktok-will-pay-400-million-to-settle-justice-department-lawsuit-over-child-privacy.md",
    "TikTok will pay $400 million to settle Justice Department lawsuit over child privacy", author=["AIVibe", "Karissa Bell"], published="2026-08-21",
    fines=[F(["TikTok", "ByteDance", "TikTok and ByteDance"], DOJ + ["DoJ"], [("USD", 400_000_000)])],
    audit=["TikTok will pay $400 million to settle Justice Department lawsuit (title, excerpt, headline) / agreement with the Department of Justice "
           "to settle a lawsuit ... one of the largest recoveries ever obtained -> fines (TikTok/ByteDance, DOJ)",
           "children under 13 / 2024 -> not money"])

doc(R, P + "cftc-wants-to-reverse-course-on-penalty-against-winklevoss-twins-crypto-business.md",
    "CFTC wants to reverse course on penalty against Winklevoss twins' crypto business", author=["AIVibe", "Anna Washenko"], published="2026-05-28",
    fines=[F(["Gemini Trust Company", "Gemini", "Gemini exchange"], ["US Commodity Futures Trading Commission", "Commodity Futures Trading Commission", "CFTC"],
             [("USD", 5_000_000)])],
    must_not=[MN("USD", 1_000_000, "each Winklevoss brother's bitcoin donation to the Trump campaign")],
    audit=["The Gemini exchange already paid a $5 million fine (excerpt, subtitle) / agreed to a $5 million fine ... after the CFTC sued it -> fines "
           "(Gemini Trust Company, CFTC); the agency now asks to vacate the order but the fine was paid and will not be returned",
           "each ... donated $1 million in bitcoin to his election campaign -> not a record: political donation"])

doc(R, P + "summer-games-done-quick-2025-raises-2-4-million-for-doctors-without-borders.md",
    "Summer Games Done Quick 2025 raises $2.4 million for Doctors Without Borders", author="AIVibe", published="2025-07-13",
    must_not=[MN("USD", 2_400_000, "charity donations raised (title)"), MN("USD", 2_436_614, "charity donations raised"),
              MN("USD", 61_200, "largest single donation")],
    audit=["raises $2.4 million for Doctors Without Borders (title) / raising $2,436,614 -> not a record: charity fundraising ('raises' without a company round)",
           "a solo $61,200 donation -> not a record", "37,776 donations / 2,600 attendees / 40 minutes -> not money"])

doc(R, P + "google-plans-to-invest-40-billion-towards-building-data-centers-in-texas.md",
    "Google plans to invest $40 billion towards building data centers in Texas", author="AIVibe", published="2025-11-16",
    must_not=[MN("USD", 40_000_000_000, "Google's own data-centre spending in Texas"), MN("USD", 2_700_000_000, "Google's earlier total spending in Texas"),
              MN("USD", 600_000_000_000, "Meta's US data-centre spending pledge")],
    audit=["invest $40 billion towards building data centers in Texas (title, excerpt, body) -> not a record: a company's own capital spending in a state",
           "total investment into Texas to $2.7 billion -> not a record",
           "Meta said it would invest $600 billion to build AI data centers -> not a record", "2019 / 2027 -> not money"])

doc(R, P + "ai-data-analyst-startup-julius-nabs-10m-seed-round.md",
    "AI data analyst startup Julius nabs $10M seed round", author="AIVibe", published="2025-07-29",
    investments=[I(None, ["Julius AI", "Julius"], [("USD", 10_000_000)])],
    audit=["nabs $10M seed round (title) / raised a $10 million seed round led by Bessemer Venture Partners (excerpt, lead), with Horizon VC, 8VC, "
           "Y Combinator ... and angels -> investment (Julius AI; many investors -> investor null)",
           "2 million users / 10 million visualizations / 2022 -> not money"])

ORT = ["OpenRouter"]
doc(R, P + "openrouter-more-than-doubles-valuation-to-1-3b-in-a-year.md",
    "OpenRouter more than doubles valuation to $1.3B in a year", author=["AIVibe", "Julie Bort"], published="2026-05-26",
    valuations=[V(ORT, [("USD", 1_300_000_000)]), V(ORT, [("USD", 547_000_000)])],
    investments=[I(None, ORT, [("USD", 113_000_000)]),
                 I(None, ORT, [("USD", 40_000_000)])],
    audit=["valuation to $1.3B (title) / landed at about $1.3 billion post-money -> valuation OpenRouter",
           "raised a hefty $113 million Series B led by CapitalG -> investment (OpenRouter; lead only -> investor null, "
           "so a row naming CapitalG also matches)",
           "estimated $547 million post-money valuation it hit a year ago -> valuation (earlier)",
           "raising $40 million in Series A funding ... led by Andreessen Horowitz and Menlo Ventures -> investment (earlier round, investor null)",
           "400 models / 8 million users / 100 trillion tokens / 25 trillion / 5x / 5 trillion -> not money"])
