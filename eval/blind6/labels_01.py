"""Labels: smallrivers/snacktory (whole saved news pages, 2009-2017, kept as fixtures of that Java article extractor in
src/test/resources/de/jetwick/snacktory/ and, for the oldest ones, src/test/resources/com/jreadability/main/). Full HTML with
navigation, sidebars, related headlines, comment threads and scripts. Each file is read at the commit that last added or changed
it (given per document). Business pages with records first, then the negatives (markets, results, acquisitions, macro)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "smallrivers/snacktory"
P = "src/test/resources/de/jetwick/snacktory/"
J = "src/test/resources/com/jreadability/main/"
THUMB = ["Thumbtack", "Thumbtack.com", "San Francisco's Thumbtack"]

doc(R, P + "sfchronicle.html",
    ["Odd-jobs matchmaker Thumbtack gets big funds, joins unicorn club - San Francisco Chronicle",
     "Odd-jobs matchmaker Thumbtack gets big funds, joins unicorn club"],
    url="http://www.sfchronicle.com/business/article/Odd-jobs-matchmaker-Thumbtack-gets-big-funds-6541824.php",
    commit="d93b1152c1443e8aeb88ee96d35bb73bdcf5d8c1",
    valuations=[V(THUMB, [("USD", 1_300_000_000)])],
    investments=[I(None, THUMB, [("USD", 125_000_000)]),
                 I(["Google Capital", "Google"], THUMB, [("USD", 100_000_000)]),
                 I(None, THUMB, [("USD", 273_200_000)], opt=True)],
    must_not=[MN("USD", 500_000_000, "size of the home-improvement market"), MN("USD", 500, "average project size"),
              MN("USD", 3, "lead fee"), MN("USD", 20, "lead fee"), MN("USD", 800_000_000_000, "sidebar: mobile startups worth $800B combined"),
              MP(1.0, "share of the available market Thumbtack taps")],
    audit=["a $125 million funding round put its valuation at $1.3 billion -> valuation (Thumbtack $1.3bn) and investment (round, "
           "investor null: led by Baillie Gifford with several existing investors, Sequoia and Google Capital participating)",
           "Google Capital ... having led a $100 million round last year -> investment (Google Capital in Thumbtack): an earlier round, "
           "a single named lead with no co-investors listed (blind4 convention: the name)",
           "The latest funding brings Thumbtack's total backing to $273.2 million -> investment (optional): cumulative total",
           "pay from $3 to $20 / averaging about $500 each / worth well over $500 million annually -> not records",
           "sidebar 'Mobile startups worth $800B combined' -> not a record", "less than 1 percent of the available market -> not a stake",
           "published: sailthru.date is the update time (2015-10-01) while the visible dateline says September 30, 2015 -> left null; "
           "author: visible byline Carolyn Said but no author meta -> null"])

doc(R, P + "cnbc.com.html", "Amazon, Google move into on-demand home services",
    author="Harriet Taylor", published="2015-10-01",
    url="http://www.cnbc.com/2015/10/01/amazon-google-move-into-on-demand-home-services.html",
    commit="a7e9e3e678d2d6dd31db85f5893efaf8f6ea2648",
    valuations=[V(THUMB, [("USD", 1_300_000_000)])],
    investments=[I(None, THUMB, [("USD", 125_000_000)])],
    audit=["it had raised $125 million at a valuation of $1.3 billion from investors that included Baillie Gifford, Tiger Global, "
           "Sequoia Capital and Google Capital -> investment (round, several investors -> investor null) and valuation (Thumbtack)",
           "7.6 million Americans / 3.2 million people / 900 professional services / 15 cities / 60 seconds -> not money",
           "a multibillion-dollar market -> no figure"])

doc(R, P + "modernhealthcare.html",
    ["Hospitals dive into venture capital to nurture startups - Modern Healthcare Modern Healthcare business news, research, data and events",
     "Hospitals discover their inner venture capitalist", "Hospitals dive into venture capital to nurture startups"],
    url="http://www.modernhealthcare.com/article/20160409/MAGAZINE/304099982",
    commit="bad9ff974f3e56ec056857d5196d6c051388c1e4",
    investments=[I(["American Medical Association", "AMA"], ["Health2047"], [("USD", 15_000_000)])],
    must_not=[MN("USD", 100_000_000, "Inova's venture fund size"), MN("USD", 150_000_000, "Providence's fund size"),
              MN("USD", 550_000_000, "Ascension Ventures' assets under management"),
              MN("USD", 6_000_000_000, "total digital-health investment 2015"), MN("USD", 7_000_000_000, "total 2014"),
              MN("USD", 1_800_000_000, "total first quarter"), MP(20.0, "share of most active investors that are corporate funds")],
    audit=["the American Medical Association earlier this year invested $15 million in a Silicon Valley innovation company called "
           "Health2047 -> investment (AMA in Health2047)",
           "started a $100 million venture fund / set up its $150 million fund / $550 million under management -> not records: fund "
           "sizes of investors",
           "Total investments stood at $6 billion in 2015, down from $7 billion ... $1.8 billion in the first quarter -> not records: "
           "market totals",
           "Twenty percent of the most active investors -> not a stake", "taking a financial stake / traditional equity stakes -> no percent",
           "Netscape first IPO'ed; Teladoc and Castlight below their IPO prices -> no figures",
           "published: no date meta (the url carries 20160409) -> null"])

doc(R, J + "usatoday2.html",
    "GM files for IPO, but are taxpayers still on the hook? - Drive On: A conversation about the cars and trucks we drive - USATODAY.com",
    published="2010-08-18", commit="bdabb3b652a1ceec34c1ba82d8415934f2e29684",
    stakes=[S(["U.S. government", "US government", "government", "U.S. Treasury", "taxpayers"], ["General Motors", "GM"], 60.8)],
    investments=[I(["U.S. government", "US government", "taxpayers", "U.S. and Canadian governments"], ["General Motors", "GM"],
                   [("USD", 50_000_000_000)], opt=True)],
    audit=["the U.S. government sells it's 60.8% -- 304 million shares -- of GM -> stake (U.S. government in GM 60.8): the level held "
           "before the IPO",
           "taxpayers will get back only about half their $50 billion investment in GM / to get back the $50 billion or so put into GM "
           "-> investment (optional): bankruptcy financing by the governments that was turned into stakes (partly loans)",
           "GM files for IPO; The documents don't say how many shares initially will be available, nor what price -> no offering "
           "record (no amount)",
           "published: pubdate meta 'Aug 18, 2010'; author: visible byline Chris Woodyard, no meta -> null; url: only a canonical "
           "link, no og:url -> null"])

doc(R, J + "bloomberg.html",
    ["China Boss in Peru on $50 Billion Peak Bought for $810 Million - Bloomberg",
     "China Boss in Peru on $50 Billion Peak Bought for $810 Million"],
    url="http://www.bloomberg.com/news/2010-11-01/china-becomes-boss-in-peru-on-50-billion-mountain-bought-for-810-million.html",
    commit="bdabb3b652a1ceec34c1ba82d8415934f2e29684",
    stakes=[S(["Chinalco", "Aluminum Corp. of China", "Aluminum Corporation of China"], ["Rio Tinto Group", "Rio Tinto"], 9.0)],
    must_not=[MN("USD", 810_000_000, "Chinalco's purchase of the Toromocho rights / Peru Copper (acquisition price)"),
              MN("USD", 50_000_000_000, "value of the copper ore"), MN("USD", 11_000_000_000, "planned Chinese mining investments in Peru"),
              MN("USD", 5_000_000_000, "Chinese spending on copper mines in four years"),
              MN("USD", 1_500_000_000, "payments to governments over the mine's life"),
              MN("USD", 2_000_000, "Lowell's payment for an option on the rights"),
              MN("USD", 50_000_000, "Chinalco's spending on a new town"), MN("CNY", 60_000_000, "county records' value of Li's smelter"),
              MN("USD", 9_000_000, "value of the smelter in dollars"), MN("CNY", 40_000_000, "Li's own money put into the furnace"),
              MN("CNY", 50_000, "Li's family loan"), MN("USD", 7_500, "the same loan in dollars"),
              MN("USD", 8_200, "copper price per ton"), MN("USD", 12_000, "copper price forecast"),
              MP(12.0, "Peru's economic growth"), MP(40.0, "share of deaths / consumption"), MP(38.0, "share of global production"),
              MP(10.0, "China's share of world copper output"), MP(31.0, "rise in Peru's exports")],
    audit=["Chinalco ... owns 9 percent of London-based Rio Tinto Group -> stake (Chinalco in Rio Tinto 9)",
           "Peak Bought for $810 Million (title) / The $810 million purchase -> not a record: acquisition price of the mineral rights "
           "(Chinalco bought Peru Copper Inc.)",
           "$50 billion of copper ore / $50 billion deposit -> not a record: value of a resource",
           "$11 billion in Chinese mining investments planned for Peru, a quarter of the country's total / about $5 billion that Chinese "
           "companies have spent buying ... mines -> not records: aggregate spending by many companies",
           "He rolled that stake into Peru Copper Inc. -> no percent",
           "County records value his smelter at 60 million yuan ($9 million) -> not a record: value of a plant, not a company valuation",
           "sidebar headlines (Infosys profit, oil, emerging markets) and image captions repeat body facts -> no new records",
           "published: no date meta (url carries 2010-11-01, text 'Nov. 2 (Bloomberg)') -> null"])

doc(R, P + "business-money.html", "Catalyst achieves £300m funding milestone",
    commit="29f1c1c4e06f4bccba7f8c607f297d5992c14c3e",
    must_not=[MN("GBP", 300_000_000, "invoices purchased and loans made since 2012"), MN("GBP", 200_000_000, "earlier lending mark"),
              MN("GBP", 250_000_000, "earlier lending mark"), MN("GBP", 500_000, "sidebar: construction finance facility"),
              MN("GBP", 2_000_000, "sidebar: funding line (debt)"), MN("GBP", 350_000, "sidebar: facility"),
              MP(87.0, "growth in facility size")],
    audit=["has now funded over £300m to SMEs ... The funding figure reflects the amount of invoices purchased and loans made since "
           "Catalyst started in 2012 -> not a record: cumulative lending by Catalyst, not money put into Catalyst",
           "hit the £200m mark / £250m -> same, not records", "grown by 87% -> not a stake",
           "sidebar deals: £500k construction finance facility, £2m funding line, £350k facility -> not records: debt facilities",
           "published: visible 14-Oct-2016 only, no meta -> null"])

doc(R, P + "bdaily.html",
    ["Sailthru Acquires Carnival.io Expanding Services | Bdaily", "Sailthru Acquires Carnival.io Expanding Services"],
    author="Neil Capel", url="https://bdaily.co.uk/technology/22-04-2016/sailthru-acquires-carnivalio-expanding-services/",
    commit="4a7b4dee42840819c58e6af029a7804a4e4e195b",
    must_not=[MN("GBP", 70, "Bdaily's price for an advertorial link"), MN("GBP", 150, "Bdaily's price for a featured article"),
              MN("GBP", 50, "Bdaily's price for an event listing")],
    audit=["we have agreed to acquire Carnival -> no record: acquisition, no price",
           "1.7 billion unique worldwide customer profiles -> not money",
           "FAQ boilerplate: £70 plus VAT, £150 plus VAT, £50 plus VAT -> not records: the site's prices",
           "sidebar: Datalex to create 200 new jobs; Dragons' Den entrepreneur backs a startup (no amount) -> no records"])

doc(R, P + "khaleejtimes_com.html",
    ["AI investments in UAE to touch Dh33 billion in 2017 - Khaleej Times", "AI investments in UAE to touch Dh33 billion in 2017"],
    published="2017-10-01", url="https://www.khaleejtimes.com/business/local/ai-investments-in-uae-to-touch-dh33-billion-in-2017",
    commit="1362fe72b0b7c0369072f3bfad1d2c02bc4cb383",
    must_not=[MN("AED", 33_000_000_000, "projected AI investment in the UAE (a market total)"),
              MN("USD", 46_000_000_000, "global AI revenue forecast"), MN("USD", 12_500_000_000, "AI revenue 2017"),
              MN("USD", 1_400_000_000, "AI software revenue 2016"), MN("USD", 59_800_000_000, "AI software revenue 2025"),
              MP(70.0, "increase in AI investments"), MP(59.3, "revenue growth"), MP(54.4, "CAGR")],
    audit=["AI investments in the UAE ... projected ... to touch Dh33 billion -> not a record: a country-wide spending total, no "
           "investor or investee",
           "Smartworld, a joint venture between Etisalat and Dubai South -> no percent",
           "$12.5 billion / $46 billion / $1.4 billion / $59.8 billion -> not records: market revenue forecasts"])

doc(R, J + "huffingtonpost.html",
    ["Federal Reserve's Low Rate Policy Is A 'Dangerous Gamble,' Says Top Central Bank Official", "Federal Reserve"],
    author="Shahien Nasiripour", commit="bdabb3b652a1ceec34c1ba82d8415934f2e29684",
    must_not=[MP(0.25, "fed funds target"), MP(3.2, "economic growth"), MP(63.0, "consumption share of GDP"),
              MP(70.0, "consumption share of GDP"), MP(24.32, "US debt to the rest of the world / GDP"), MP(1.0, "proposed rate")],
    audit=["interest rates, growth rates, debt ratios, savings rates in the article and reader comments -> not records",
           "banks should hold $1 for every $33 they lend out -> not a record"])

doc(R, P + "cnet1.html", ["Adobe to buy Omniture for $1.8 billion - CNET", "Adobe to buy Omniture for $1.8 billion"],
    published="2009-09-15", url="http://www.cnet.com/news/adobe-to-buy-omniture-for-1-8-billion/",
    commit="bbc93ad47c78214d2fb6e90363ece8a3e3db7637",
    must_not=[MN("USD", 1_800_000_000, "Adobe's price for Omniture (acquisition)"), MN("USD", 21.5, "price per Omniture share"),
              MN("USD", 300_000_000, "Omniture's revenue"), MN("USD", 3_000_000_000, "Adobe's Macromedia acquisition"),
              MP(45.0, "premium to Omniture's average price")],
    audit=["deal to acquire Web analytics firm Omniture for $1.8 billion, or $21.50 per share -> not records: takeover price and "
           "per-share price", "a 45 percent premium -> not a stake", "just under $300 million in the 12 months -> revenue",
           "its $3-billion-plus acquisition of Macromedia -> acquisition price"])

doc(R, P + "reuters2.html",
    ["Adobe revenue, profit forecast miss estimates, shares slip | Reuters", "Adobe revenue, profit forecast miss estimates, shares slip"],
    published="2015-09-17", url="http://www.reuters.com/article/us-adobe-systems-results-idUSKCN0RH2SD20150917",
    commit="a7286badc87c1bfb123c5b67817e953facb3cca2",
    must_not=[MP(3.5, "share-price fall"), MP(73.0, "recurring share of revenue"), MN("USD", 2_950_000_000, "recurring revenue forecast"),
              MN("USD", 2_930_000_000, "earlier forecast"), MN("USD", 1_360_000_000, "expected revenue"),
              MN("USD", 174_500_000, "net income"), MN("USD", 44_700_000, "net income a year earlier")],
    audit=["shares down 3.5 percent / 73 percent of total revenue -> not records",
           "$2.95 billion, $2.93 billion, $1.28-$1.33 billion, $1.36 billion, 56-62 cents, 64 cents, $174.5 million, $44.7 million -> "
           "not records: forecasts, revenue, income, EPS", "author: 'Reuters Editorial' -> null"])

doc(R, P + "m_yahoo.html", "Stevia First Corp. (STVF) Looks to Disrupt Flavor Industry",
    commit="a8844eb05fd580d8d4cb666bb2bac9e16eb21814",
    must_not=[MN("USD", 77_500_000_000, "sweetener market size"), MN("USD", 97_200_000_000, "market forecast"),
              MN("USD", 6_000_000_000, "sugar-substitute market"), MN("USD", 3_000_000_000, "ADM's purchase of WILD Flavors"),
              MN("USD", 1_000_000_000, "DSM's purchase of Martek"), MN("USD", 374_000_000_000, "soft drinks market"),
              MP(85.0, "sugar's market share"), MP(45.5, "Splenda's market share"), MP(13.8, "Truvia and Stevia share"),
              MP(30.0, "calorie reduction")],
    audit=["market sizes, market shares and growth rates -> not records",
           "ADM acquired WILD Flavors ... for about $3 billion; DSM acquired Martek ... for over $1 billion -> not records: acquisition "
           "prices", "Emerging Growth LLC may ... have a position -> no figure",
           "published: visible 'Monday, July 13, 2015' only -> null"])

doc(R, P + "finance.yahoo.com1.html", "Trump likely won't thwart old foe Jeff Bezos' latest move",
    url="https://uk.finance.yahoo.com/news/trump-likely-won-apos-t-212100132.html",
    commit="db8e2b72b36d4ee8e7c2fa05640e992aaefc8962",
    must_not=[MN("USD", 13_700_000_000, "Amazon's purchase of Whole Foods"), MN("GBP", 36_000, "sidebar figure"),
              MN("GBP", 1_250_000, "sidebar figure")],
    audit=["After the $13.7 billion deal was announced -> not a record: acquisition price",
           "sidebar: FTSE moves, pound below $1.26 and unrelated teasers -> not records"])

doc(R, P + "reuters.html",
    ["Knight trading loss shows cracks in equity markets | Reuters", "Knight trading loss shows cracks in equity markets"],
    url="http://www.reuters.com/article/2012/08/03/us-knightcapital-trading-technology-idUSBRE87203X20120803",
    commit="fa5f18602e53cabf9030d411956ab0ea6d55eb97",
    must_not=[MN("USD", 440_000_000, "Knight's trading loss"), MN("USD", 350_000_000, "UBS's loss on Facebook shares")],
    audit=["cost Knight Capital Group $440 million in 45 minutes -> not a record: a loss",
           "UBS AG lost more than $350 million ... blaming Nasdaq -> not a record", "Nasdaq ... costing it tens of millions -> no figure",
           "BATS ... unable to complete its own initial public offering -> no amount", "a French securities transaction tax -> no figure"])

doc(R, P + "reuters4.html",
    ["Fitch says South Africa's new mining rules may deter investment | Reuters",
     "Fitch says South Africa's new mining rules may deter investment"],
    published="2017-06-19", url="http://www.reuters.com/article/us-safrica-mining-idUSKBN19A2PY",
    commit="db8e2b72b36d4ee8e7c2fa05640e992aaefc8962",
    must_not=[MP(30.0, "minimum black-ownership threshold"), MP(26.0, "earlier threshold")],
    audit=["raising the minimum threshold for black ownership of mining companies to 30 percent from 26 percent -> not stakes: a "
           "regulatory threshold, no holder or company", "sidebar teasers (Thomson Reuters Foundation, anti-graft watchdog) -> no records"])

doc(R, P + "investors.html",
    ["BlackBerry Q4 Revenue Falls Far Short Of Estimates As Stock Tumbles | Stock News & Stock Market Analysis - IBD",
     "BlackBerry Q4 Revenue Falls Far Short Of Estimates As Stock Tumbles"],
    published="2016-04-01", url="http://www.investors.com/news/technology/blackberry-q4-revenue-falls-way-short-of-estimates-as-stock-tumbles/",
    commit="3a353c49089888355a6183d4217692c9ea60da43",
    must_not=[MN("USD", 464_000_000, "revenue"), MN("USD", 563_200_000, "estimate"), MN("USD", 153_000_000, "software revenue"),
              MN("USD", 425_000_000, "purchase of Good Technology"), MP(30.0, "revenue fall"), MP(8.0, "share-price fall"),
              MP(19.0, "share-price fall this year"), MP(106.0, "software revenue rise")],
    audit=["revenue of $464 million ... missing the consensus estimate of $563.2 million / $153 million -> not records",
           "stock lost nearly 8% to 7.47 / down 19% -> share-price moves",
           "its $425 million purchase of Good Technology -> not a record: acquisition price"])

doc(R, P + "bbc.com.html", "4,000 jobs to go in Pearson shake-up - BBC News", published="2016-01-21",
    url="http://www.bbc.com/news/business-35369820", commit="6082b5273f49c0918e33ef8ecb48840c55b9aa4b",
    must_not=[MN("GBP", 720_000_000, "operating profit 2015"), MN("GBP", 580_000_000, "profit forecast"),
              MN("GBP", 620_000_000, "profit forecast"), MN("GBP", 230_000_000, "profit reduction"),
              MN("GBP", 320_000_000, "restructuring cost"), MN("GBP", 800_000_000, "profit target"),
              MP(10.0, "share of the workforce cut")],
    audit=["4,000 jobs - 10% of its worldwide workforce -> not a stake",
           "profits of about £720m / between £580m and £620m / by approximately £230m / cost it £320m / at or above £800m -> not records",
           "sold the Financial Times Group and its stake in the Economist Group -> no percent, no price: no record",
           "sidebar: Zika, Rio Olympics -> no records"])

doc(R, P + "cnbc2.html",
    ["China's Q3 GDP up 6.9% y-o-y compared to forecast of 6.8%", "China's growth eases to slowest pace since GFC"],
    author="Ansuya Harjani", url="http://www.cnbc.com/2015/10/18/chinas-q3-gdp-up-69-y-o-y-compared-to-forecast-of-68.html",
    commit="d1687513fce92916b743e46c0b97d24e8bc5c348",
    must_not=[MP(6.9, "GDP growth"), MP(6.8, "forecast"), MP(7.0, "growth target"), MP(10.3, "fixed-asset investment growth"),
              MP(5.2, "unemployment"), MP(0.5, "index move"), MP(0.7, "index move")],
    audit=["GDP, investment, output, retail, unemployment and index percentages -> not records",
           "Australian dollar at $0.7259 -> exchange rate",
           "published: article:published_time 2015-10-18 and datePublished 2015-10-16 disagree -> null"])

doc(R, P + "nyt.html", ["For Defense in Galleon Trial, No Time to Rest - NYTimes.com", "For Defense in Galleon Trial, No Time to Rest"],
    author="Andrew Ross Sorkin", published="2011-04-11",
    url="http://dealbook.nytimes.com/2011/04/11/for-defense-in-galleon-trial-no-time-to-rest/",
    commit="939e24fafed6515e8b351d159af36940fd19e3ca",
    must_not=[MN("USD", 6_000_000_000, "Galleon's assets under management"), MN("USD", 2, "Goldman per-share loss in a taped call")],
    audit=["Galleon Group's $6 billion under management -> not a record", "they are going to lose $2 per share -> not a record",
           "insider-trading trial, no fine or penalty amount -> no record"])

doc(R, P + "msn4.html", "Asia Stocks Fall Second Week as China H-Shares Enter Bear Market",
    url="http://www.msn.com/en-sg/news/other/asia-stocks-fall-second-week-as-china-h-shares-enter-bear-market/ar-AAoxWG",
    commit="a833138a6ba024a80c9f0b1620618d203c05fe14",
    must_not=[MN("HKD", 18_600_000_000, "New World's price for taking its property unit private"),
              MN("USD", 2_400_000_000, "the same in dollars"), MN("CNY", 916_400_000, "Uni-President profit"),
              MN("USD", 147_000_000, "profit in dollars"), MN("USD", 567_000_000, "Zhejiang Xingrun's debt"),
              MN("USD", 1_500_000_000, "IG Investment's assets"), MP(16.0, "share-price fall"), MP(13.0, "share-price fall"),
              MP(25.0, "share-price rise"), MP(6.3, "SoftBank share-price rise"), MP(20.0, "index slide")],
    audit=["share and index moves -> not records",
           "taking its property unit private for HK$18.6 billion ($2.4 billion) -> not a record: a buyout price",
           "SoftBank ... that owns part of Alibaba -> no percent: no stake record",
           "what may be the largest U.S. initial public offering in two years (Alibaba) -> no amount: no record",
           "collapsed with $567 million of debt -> not a record"])

doc(R, P + "nyt3.html", ["Wall St. Gains as Earnings Cheer Traders - The New York Times", "Wall St. Gains as Earnings Cheer Traders"],
    published="2016-07-20", url="https://www.nytimes.com/2016/07/21/business/daily-stock-market-activity.html",
    commit="dca42dfe2aed41bc6c56b7f832c82eee715cc1a0",
    must_not=[MP(5.3, "Microsoft share rise"), MP(9.7, "Cintas share rise"), MP(2.7, "Fox share fall"),
              MN("USD", 55.91, "Microsoft share price"), MN("USD", 106.85, "Cintas share price"), MN("USD", 1_319.30, "gold price")],
    audit=["index points, share prices and moves, commodity prices, currency rates -> not records",
           "author: 'The Associated Press' (an agency) -> null"])

doc(R, P + "fortune.html", ["Will Rackspace support Google's or Amazon's clouds? | Fortune.com",
                            "Will Rackspace support Google's or Amazon's clouds?"],
    author="Barb Darrow", published="2015-05-11", url="http://fortune.com/2015/05/11/rackspaces-support-other-cloud/",
    commit="f01e85ac54fc51472f9a39e89fdc2634df848da4",
    must_not=[MN("USD", 28_400_000, "quarterly profit"), MN("USD", 480_200_000, "revenue"), MN("USD", 481_570_000, "revenue a year ago"),
              MN("USD", 53.13, "share price"), MP(1.61, "share-price fall")],
    audit=["profit of $28.4 million, or 20 cents a share on revenue of $480.2 million / $481.57 million -> not records",
           "shares were off 1.61%, or 87 cents, to $53.13 -> share-price move",
           "Rackspace is also investing in tools ... ScaleFT; investing in tech startups -> no amount: no record",
           "Last year Rackspace put itself on the market -> no figure"])

doc(R, P + "upi1.html", ["King Aerospace receives EO-5 aircraft contract - UPI.com", "King Aerospace receives EO-5 aircraft contract"],
    published="2017-06-19", url="http://www.upi.com/Defense-News/2017/06/19/King-Aerospace-receives-EO-5-aircraft-contract/2311497885914/",
    commit="db8e2b72b36d4ee8e7c2fa05640e992aaefc8962",
    must_not=[MN("USD", 15_000_000, "contract modification"), MN("USD", 7_000_000, "funds obligated"),
              MN("USD", 618_000_000, "Raytheon contract"), MN("USD", 3_000_000_000, "Huntington Ingalls contract")],
    audit=["a $15 million contract modification / $7 million were obligated -> not records: government contracts",
           "sidebar: Raytheon $618 million and Huntington Ingalls $3 billion contracts -> not records"])

doc(R, P + "bizjournals.html",
    "Rackspace plans 500 new jobs at Highland Mall, seeks incentives - Austin Business Journal", published="2014-10-21",
    url="http://www.bizjournals.com/austin/blog/techflash/2014/10/rackspace-plans-500-new-jobs-at-highland-mall.html",
    commit="8b093184af0420fc4e5efaa3d86b0461384b1d5e",
    must_not=[MN("USD", 1_250_000, "tax rebates sought"), MN("USD", 32_000_000, "Rackspace's spending on its new facility"),
              MN("USD", 88_600, "average wage"), MN("USD", 10_600_000, "construction labour"), MN("USD", 8_700_000, "renovation"),
              MN("USD", 3_500_000, "equipment"), MN("USD", 9_400_000, "furniture and fixtures")],
    audit=["incentives package worth $1.25 million in tax rebates -> not a record",
           "Rackspace said it plans to invest $32 million in its new facility -> not a record: capital spending on a building, not an "
           "investment in a company", "wage and construction-cost figures -> not records"])

doc(R, J + "wsj.html", "Slow Progress on Some Big Stimulus Projects - WSJ.com", commit="bdabb3b652a1ceec34c1ba82d8415934f2e29684",
    must_not=[MN("USD", 230_000_000_000, "infrastructure allocation"), MN("USD", 182_000_000_000, "awarded"),
              MN("USD", 66_000_000_000, "paid out"), MN("USD", 17_500_000_000, "health-records incentives"),
              MN("USD", 7_200_000_000, "broadband grants"), MN("USD", 8_000_000_000, "rail grants"),
              MN("USD", 48_000_000_000, "remaining funds"), MP(18.0, "poll share"), MP(48.0, "poll share")],
    audit=["stimulus allocations, grants, payouts and poll percentages -> not records (government spending, not investments in "
           "companies)"])

doc(R, J + "businessweek2.html", "A Good-Bad Economic Outlook - BusinessWeek", commit="bdabb3b652a1ceec34c1ba82d8415934f2e29684",
    must_not=[MN("USD", 836_800_000_000, "cash at S&P 500 companies"), MN("USD", 25_000_000_000, "Key Private Bank's assets"),
              MN("USD", 230_000_000_000, "Pioneer's assets"), MP(20.0, "index forecast"), MP(16.0, "index forecast"),
              MP(35.0, "earnings growth")],
    audit=["index forecasts, earnings growth, GDP and unemployment rates -> not records",
           "manages $25 billion / oversees about $230 billion / cash ... $836.8 billion -> not records",
           "author meta 'Whitney Kisling,Caroline Dye' (two names in one field) -> null"])

doc(R, P + "riabiz.html",
    ["In a six-month-mark reality check, Walt Bettinger recasts Schwab's retail robo-advice as a 'tool' -- but a handy one | RIABiz",
     "In a six-month-mark reality check, Walt Bettinger recasts Schwab"],
    published="2015-08-05",
    url="http://riabiz.com/a/4974745007161344/in-a-six-month-mark-reality-check-walt-bettinger-recasts-schwabs-retail-robo-advice-as-a-tool----but-a-handy-one",
    commit="e6c258d57d7292e7e6be771ff9c5eac31a54f161",
    must_not=[MN("USD", 3_000_000_000, "robo-advised assets"), MN("USD", 200_000_000, "estimate of Schwab's spending on its robo"),
              MN("USD", 350_000_000_000, "SigFig's tracked assets"), MN("USD", 16_000_000_000, "robo break-even"),
              MN("USD", 40_000_000_000, "robo break-even"), MP(20.0, "share of new clients"), MP(80.0, "share of existing clients"),
              MP(10.0, "cannibalization rate")],
    audit=["robo-advised assets have leaped to $3 billion -> not a record",
           "a figure of maybe $200 million that Schwab invested in its robo-effort -> not a record: internal spending (and disputed)",
           "$100-$120 million annually on advertising / 20%-40% -> not records", "client shares and fee levels -> not records"])

doc(R, P + "shanghaisun.html", "One of your monthly housing bills may get bigger - Shanghai Sun",
    commit="9ba25b75b87d662a6c080eb755f9a60f857b5da1",
    must_not=[MN("USD", 367_000_000_000, "HELOC originations 2005"), MN("USD", 67_000_000_000, "HELOC originations 2010"),
              MN("USD", 173_000_000_000, "HELOC originations forecast"), MN("USD", 140_000, "sidebar: payment to Bob Dole")],
    audit=["HELOC origination totals -> not records", "sidebar: Bob Dole ... in exchange for $140,000 -> not a record"])

doc(R, P + "worldpropertyjournal.html",
    ["Midtown Manhattan Trophy Buildings Post Rock Star Rental Growth Rates - WORLD PROPERTY JOURNAL Global News Center",
     "Midtown Manhattan Trophy Buildings Post Rock Star Rental Growth Rates"],
    url="http://www.worldpropertyjournal.com/real-estate-news/united-states/new-york-city-real-estate-news/new-york-trophy-buildings-2016-the-midtown-trophy-in",
    commit="9db3879af82e656516b518457b6c9c7570fd0fc5",
    must_not=[MN("USD", 99.43, "asking rent per square foot"), MN("USD", 73.19, "asking rent"), MP(6.5, "rent rise"),
              MP(38.9, "rent growth"), MP(10.4, "vacancy rate"), MP(25.0, "leasing drop")],
    audit=["rents per square foot, vacancy rates and leasing changes -> not records"])

doc(R, P + "golocalprov.html",
    ["GoLocalProv | Friday Financial Five – December 4, 2015", "GoLocalProv | Business | Friday Financial Five – December 4, 2015"],
    url="http://www.golocalprov.com/business/friday-financial-five-december-4-2015", commit="520a6471cd75abf4542e933df43acc54939cde94",
    must_not=[MP(12.5, "drop in household spending"), MP(45.9, "share of households"), MN("USD", 482, "premium increase"),
              MN("USD", 2_721, "premium increase"), MN("USD", 7_159, "average tax"), MN("USD", 1_133, "vehicle property tax")],
    audit=["retirement-spending percentages, insurance premium increases, tax averages and rankings -> not records",
           "investment groups would fund college (Rubio's plan) -> no figure"])

doc(R, P + "applepr.html", "Apple - Press Info - Apple Expands Capital Return Program to $200 Billion",
    commit="9f2961bcc167e33e0a6ea32e79724f884b733d18",
    must_not=[MN("USD", 200_000_000_000, "capital return programme"), MN("USD", 140_000_000_000, "share repurchase authorisation"),
              MN("USD", 90_000_000_000, "earlier authorisation"), MN("USD", 112_000_000_000, "returned so far"),
              MN("USD", 80_000_000_000, "repurchases so far"), MN("USD", 0.52, "quarterly dividend per share"),
              MP(50.0, "increase of the programme"), MP(11.0, "dividend increase")],
    audit=["capital return program of $200 billion / repurchase authorization to $140 billion from $90 billion / returned over $112 "
           "billion ... including $80 billion in share repurchases -> not records: buybacks and dividends",
           "dividend of $.52 per share -> not a record", "plans to continue to access the domestic and international debt markets -> "
           "no amount", "published: visible dateline April 27, 2015 only -> null; author meta 'Apple Inc.' (the issuer) -> null"])
