"""Labels: chenshengxmu/chenshengxmu.github.io, second batch (valuations, IPOs, stakes, investments and tempting negatives)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "chenshengxmu/chenshengxmu.github.io"
P = "_posts/"
DIDI = ["Didi Chuxing", "Didi", "Didi Chixung", "Didi Kuaidi"]
EC = ["European Commission", "Commission", "EU", "European Union"]

doc(R, P + "2017-09-28-rovio-ipo-one-billion-usd.md",
    "Angry Birds maker valued at $1 billion in IPO",
    valuations=[V(["Rovio Entertainment", "Rovio", "Angry Birds maker"],
                  [("EUR", 896_000_000), ("USD", 1_060_000_000), ("USD", 1_000_000_000)]),
                V(["Rovio Entertainment", "Rovio"], [("USD", 2_000_000_000)], opt=True),
                V(["Rovio Entertainment", "Rovio"], [("USD", 9_000_000_000)], opt=True)],
    must_not=[MN("EUR", 11.50, "IPO price per share"), MN("EUR", 10.25, "bottom of the IPO price range"),
              MN("USD", 350_000_000, "box-office takings of The Angry Birds Movie")],
    audit=["valued at $1 billion in IPO (title) / giving it a market valuation of 896 million euros, or approximately $1.06 billion -> "
           "valuation (Rovio); all three figures accepted",
           "the $2 billion valuation pushed by some of Rovio's backers earlier this summer -> valuation (optional): a hoped-for figure",
           "estimates of as much as $9 billion at the peak ... in 2011 -> valuation (optional): an old estimate",
           "gross proceeds (no amount) -> no offering record",
           "11.50 euros per share / 10.25-11.50 euros -> per-share prices",
           "$350 million at the box office -> not a record: film revenue", "3.7 billion times -> downloads"])

doc(R, P + "2018-01-04-spotify-70-million-ipo.md",
    "Spotify hits 70 million paid subscribers ahead of expected IPO",
    audit=["70 million paid subscribers / 140 million total users / up 10 million -> not money",
           "filed a confidential IPO with the SEC -> no record: no amount"])

doc(R, P + "2018-08-02-apple-market-valuation-trillion.md",
    "Apple hits $1 trillion valuation in the US, reaching huge milestone",
    valuations=[V(["Apple"], [("USD", 1_000_000_000_000)], opt=True),
                V(["Apple"], [("USD", 900_000_000_000)], opt=True),
                V(["Amazon"], [("USD", 900_000_000_000)], opt=True),
                V(["PetroChina Co", "PetroChina"], [("USD", 1_000_000_000_000)], opt=True)],
    must_not=[MN("USD", 53_300_000_000, "Apple quarterly revenue"), MP(17.0, "revenue growth"),
              MN("USD", 100_000_000_000, "rise in market value needed")],
    audit=["hit a $1 trillion valuation (title + body) -> valuation (optional): a stock-market capitalisation (dev2/blind3 convention)",
           "reaching a $900 billion valuation in November (Apple) / Amazon ... the $900 billion number in July -> valuations (optional): "
           "market capitalisations",
           "PetroChina Co also hit that market cap -> valuation (optional)",
           "revenue totaling $53.3 billion / rise in revenue of 17 percent -> not records",
           "expand that by $100 billion -> not a record", "41.3 million iPhones -> units"])

doc(R, P + "2016-05-12-apple-1-billion-in-chinese-uber.md",
    "Apple invests $1 billion in Chinese ride sharing service Didi Chuxing",
    investments=[I(["Apple"], DIDI, [("USD", 1_000_000_000)])],
    must_not=[MN("USD", 90, "Apple share price"), MP(87.0, "Didi's share of the car-hailing market")],
    audit=["Apple invests $1 billion (title) / has invested $1 billion in Chinese Uber competitor Didi Chuxing -> investment (Apple, "
           "Didi Chuxing)",
           "$90 per share -> share price", "previously raised several billion dollars -> no amount",
           "11 million rides a day / more than 87 percent of the market -> not records", "1,000 engineers -> not money"])

doc(R, P + "2017-04-28-apple-backed-didi-chuxing-raises-5-5-billion-from-investors-for-international-expansion.md",
    "Apple-backed Didi Chuxing raises $5.5+ billion from investors for international expansion",
    valuations=[V(DIDI, [("USD", 50_000_000_000)]), V(DIDI, [("USD", 34_000_000_000)])],
    stakes=[S(["Uber"], DIDI, 17.5)],
    investments=[I(None, DIDI, [("USD", 5_500_000_000)]), I(["Apple"], DIDI, [("USD", 1_000_000_000)])],
    audit=["raises $5.5+ billion from investors (title) / raised more than $5.5 billion from investors -> investment (round; SoftBank, "
           "Silver Lake and others, investor null)",
           "raised the company's valuation to about $50 billion -> valuation (Didi)",
           "the company's market valuation increased to about $34 billion (after buying Uber China) -> valuation (Didi): an earlier level",
           "Uber, which now owns a 17.5 percent stake in Didi -> stakes (Uber, Didi 17.5)",
           "In May 2016, Apple announced a $1 billion investment in Didi -> investment (Apple, Didi): an earlier investment with amount",
           "1.33 billion people / 400 million users / 400 cities -> not money"])

doc(R, P + "2017-12-13-apple-to-invest-390-million-in-finisar.md",
    "Apple to invest $390 million in the supplier of VCSEL lasers for iPhone Xs TrueDepth camera",
    investments=[I(["Apple", "Apple's Advanced Manufacturing Fund", "Advanced Manufacturing Fund"], ["Finisar Corp", "Finisar"],
                   [("USD", 390_000_000)], opt=True),
                 I(["Apple", "Apple's Advanced Manufacturing Fund", "Advanced Manufacturing Fund"], ["Corning"],
                   [("USD", 200_000_000)], opt=True)],
    must_not=[MN("USD", 65_000_000, "Finisar's expected payroll in Northern Texas")],
    audit=["Apple to invest $390 million (title) / will receive a cool $390 million investment from Apple's Advanced Manufacturing Fund "
           "/ Finisar will use the award -> investment (optional): called an investment but described as an 'award' from a supplier "
           "fund (not equity; a grant-like payment)",
           "Corning received the first award from the Apple fund, $200 million -> investment (optional), same reading",
           "payroll ... is expected to be $65 million -> not a record", "500 high-skill jobs / 700,000-square-foot / 100% -> not money"])

doc(R, P + "2012-04-30-microsoft-invests-300m-in-nook-biz.md",
    "Microsoft takes on Apple, invests $300 million in Nook biz",
    valuations=[V(["Nook", "Nook biz", "the new company", "new entity", "Barnes & Noble's Nook division", "NOOK"],
                  [("USD", 1_700_000_000)])],
    stakes=[S(["Microsoft"], ["Nook", "Nook biz", "the new company", "new entity", "Barnes & Noble's Nook division", "NOOK"], 17.6)],
    investments=[I(["Microsoft"], ["Nook", "Nook biz", "the new company", "new entity", "Barnes & Noble's Nook division", "NOOK",
                                   "Barnes & Noble"], [("USD", 300_000_000)])],
    must_not=[MP(30.0, "Apple's cut of e-book proceeds")],
    audit=["invests $300 million in Nook biz (title) / pouring a cool $300 million of its own money into the new entity -> investment "
           "(Microsoft in the yet-unnamed Nook subsidiary; Barnes & Noble also accepted as the company)",
           "securing a 17.6 percent stake in the new company -> stakes (Microsoft 17.6)",
           "the new company valued at a whopping $1.7 billion -> valuation",
           "standard 30 percent cut on proceeds -> not a record", "Windows 8 / five major publishers -> not money"])

doc(R, P + "2013-08-13-carl-icahn-makes-large-apple-investment.md",
    "Investor Carl Icahn announces making a large investment in Apple, run for the hills!",
    stakes=[S(["Carl Icahn", "Icahn"], ["Time Warner"], 3.3), S(["Carl Icahn", "Icahn"], ["Nuance Communications", "Nuance"], 16.0),
            S(["Carl Icahn", "Icahn"], ["Netflix"], 10.0), S(["Carl Icahn", "Icahn"], ["Apple", "APPLE"], None, opt=True)],
    investments=[I(["Carl Icahn", "Icahn"], ["Apple", "APPLE"], [("USD", 1_000_000_000)], opt=True)],
    must_not=[MN("USD", 600, "Icahn's share-price target"), MP(4.0, "Apple share-price rise"), MN("USD", 484, "Apple share price"),
              MN("USD", 17, "share-price rise"), MN("USD", 10_000_000_000, "market capitalisation added"),
              MP(33.0, "share-price loss"), MN("USD", 700.09, "record share price"), MP(300.0, "trading-volume spike"),
              MN("USD", 3, "dividend per share"), MN("USD", 18_800_000_000, "cash returned to shareholders"),
              MN("USD", 100_000_000_000, "Apple's capital-return programme"), MN("USD", 20_000_000_000, "Icahn's net worth / Time "
              "Warner's buyback programme"), MN("USD", 24_400_000_000, "Michael Dell's buyout bid for Dell")],
    audit=["a 'large position' in Apple / taken a position of at least $1 billion in Apple -> investment (optional): shares bought in the "
           "market; stake (optional) with percent null",
           "shares will rise above $600 / rose by more than four percent to above $484 a share, up about $17 / added more than $10 billion "
           "to Apple's market capitalization / 33 percent share price loss / $700.09 a share / 300 percent volume -> not records",
           "cash dividend is more than $3 per share / returned $18.8 billion / return $100 billion to shareholders -> not records",
           "net worth is an estimated $20 billion -> not a record",
           "$24.4 billion buyout bid by ... Michael Dell -> not a record: takeover bid",
           "owns a 3.3 percent stake in Time Warner / a sixteen percent stake in ... Nuance Communications / acquired a ten percent stake "
           "in Netflix -> three stakes (Icahn)",
           "a $20 billion stock buyback program (Time Warner) -> not a record",
           "40 Highest-Earning / 77-year-old -> not money"])

doc(R, P + "2018-05-22-sony-buys-controlling-stake-emi-music-publishing.md",
    "Sony buys a controlling stake in EMI, now the worlds top music publisher",
    valuations=[V(["EMI Music Publishing", "EMI"], [("USD", 4_750_000_000)])],
    stakes=[S(["Sony"], ["EMI Music Publishing", "EMI"], 90.0), S(["Sony"], ["EMI Music Publishing", "EMI"], 30.0),
            S(["Sony"], ["EMI Music Publishing", "EMI"], 60.0, opt=True),
            S(["Mubadala Investment Company", "Mubadala"], ["EMI Music Publishing", "EMI"], 60.0, opt=True),
            S(["estate of Michael Jackson", "Michael Jackson"], ["EMI Music Publishing", "EMI"], 10.0)],
    investments=[I(["Sony"], ["EMI Music Publishing", "EMI"], [("USD", 2_300_000_000)], opt=True)],
    must_not=[MP(15.0, "EMI's share of the music-publishing industry"), MP(26.0, "Sony's combined market share")],
    audit=["buy a 60% stake owned by Mubadala Investment Company -> stake (optional): the block bought (Sony) / held until now "
           "(Mubadala)",
           "lifting its ownership to around 90% from 30% currently -> two stakes (Sony in EMI 90 and the earlier 30)",
           "gives EMI a value of around $4.75 billion, including debt -> valuation (EMI)",
           "the remaining 10% is held by the estate of Michael Jackson -> stakes (estate of Michael Jackson, EMI 10)",
           "would pay about $2.3 billion to gain a controlling stake -> investment (optional): price of shares bought from another holder",
           "EMI currently holds 15% of the music publishing industry / 26% market share -> not records: market shares",
           "two million songs -> not money"])

doc(R, P + "2017-05-24-foxconn-buying-stake-in-elux.md",
    "Foxconn and Sharp buying a stake in micro-LED startup eLux",
    stakes=[S(["Foxconn", "Foxconn Electronics", "Sharp"], ["eLux"], 31.82),
            S(["Sharp"], ["eLux"], 30.0, opt=True)],
    valuations=[V(["eLux"], [("USD", 7_000_000)], opt=True)],
    investments=[I(["Sharp"], ["eLux"], [("USD", 7_000_000)], opt=True)],
    must_not=[MP(300.0, "battery-life gain of micro-LEDs")],
    audit=["Foxconn ... teaming up with ... Sharp to acquire a 31.82 percent stake in eLux -> stakes (Foxconn/Sharp, eLux 31.82)",
           "Sharp will take a stake of just over 30 percent in eLux, valued at $7 million, in exchange for related patents -> stake "
           "(optional, 'just over 30'); the $7 million may be the stake's or eLux's value: valuation and investment both optional",
           "21 patents / October 2016 / 2014 -> not money", "as much as 300 percent / two to three times -> not records"])

doc(R, P + "2016-10-01-apple-ordered-to-pay-a-302-4-million-fine-in-virnetx-patent-retrial.md",
    "Apple ordered to pay VirnetX $302.4 million in patent retrial",
    must_not=[MN("USD", 302_400_000, "jury's patent damages award to VirnetX (not a fine)"),
              MN("USD", 625_000_000, "earlier, voided patent damages award")],
    audit=["A jury has ordered Apple to pay $302.4 million to VirnetX Holding Corp -> not a record: patent damages to a private party "
           "(the source file name calls it a fine; the text does not)",
           "originally ordered to pay $625 million to VirnetX -> not a record: voided damages",
           "February 2016 / 2010 -> not money"])

doc(R, P + "2016-08-30-eu-orders-apple-to-pay-14-5-billion-in-back-taxes.md",
    "EU orders Apple to pay $14.5 billion in back taxes",
    fines=[F(["Apple"], EC, [("EUR", 13_000_000_000), ("USD", 14_500_000_000)], opt=True)],
    must_not=[MP(2.0, "Apple's tax rate in some years"), MP(35.0, "US tax rate"), MP(1.6, "Apple share-price fall")],
    audit=["ordered the government of Ireland to collect up to €13 billion, or about $14.5 billion, in back taxes from Apple / 'Europe's "
           "largest tax penalty' -> fines (optional): recovery of state aid as back taxes, which the text also calls a tax penalty",
           "the 1 billion figure floated around ahead of the ruling -> no currency, not labelled",
           "tax rate of as low as two percent / 35 percent in the United States / down 1.6 percent -> not records",
           "ten year period / 2013 -> not money"])

doc(R, P + "2016-11-24-france-fines-apple-422-million-over-its-controversial-tax-practices.md",
    "France fines Apple $422 million over its controversial tax practices",
    fines=[F(["Apple", "Apple France"], ["French tax authorities", "French tax services", "French government", "France"],
             [("EUR", 400_000_000), ("USD", 422_000_000)]),
           F(["Apple"], EC, [("USD", 14_500_000_000)], opt=True)],
    must_not=[MN("EUR", 69_000_000, "Apple France's reported income"), MN("USD", 73_000_000, "Apple France's reported income"),
              MP(40.0, "cost of repatriating profits")],
    audit=["France fines Apple $422 million (title) / French tax authorities have recently issued Apple a fine in the amount of 400 "
           "million euros (about $422 million) -> fines (Apple, French tax authorities): the article calls the tax adjustment a fine",
           "reported a total income of only 69 million euros ($73 million) -> not a record",
           "the European Commission slammed Apple with a $14.5 billion tax bill -> fines (optional): state-aid back taxes, as in the "
           "EU back-taxes article",
           "it would cost me 40% to bring it home -> not a record", "2011 to 2013 / 2013 to 2015 -> not money"])
