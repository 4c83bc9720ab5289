"""Labels: sonyfe25cp/ParseEverything (whole saved pages of Malaysian and Indonesian news sites, March 2014, kept as fixtures of that
Java page parser in src/test/resources/: Bernama, the New Straits Times, ntv7, The Star, Antara, The Jakarta Post). Full HTML with
navigation, tickers and related headlines; no date or author meta on most pages (published/author null unless in meta). Read at
the snapshot's HEAD f8c4c3da (the files are unchanged since 2014)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "sonyfe25cp/ParseEverything"
P = "src/test/resources/"
SIME = ["Sime Darby Bhd", "Sime Darby", "Haynes Mechanical Pty Ltd", "Haynes Mechanical", "Haynes"]
TFP = ["TFP Engineering Pty Ltd", "TFP Engineering"]

doc(R, P + "BeritaNationalMalysia-002.html",
    "BERNAMA - Sime Darby Acquires 70 Per Cent Stake In TFP Engineering For RM9.5 Million",
    stakes=[S(SIME, TFP, 70.0)],
    investments=[I(SIME, TFP, [("AUD", 3_200_000), ("MYR", 9_500_000)], opt=True)],
    audit=["Sime Darby Acquires 70 Per Cent Stake (title) / has acquired a 70 per cent stake in TFP Engineering Pty Ltd -> stake "
           "(Sime Darby, through its indirect subsidiary Haynes Mechanical, in TFP Engineering 70)",
           "for A$3.2 million (about RM9.5 million) -> investment (optional): the price of a controlling stake bought from its owners "
           "(Gaylene and Tony Poke); both currencies accepted",
           "funded by Haynes' internally generated funds and existing working capital overdraft -> no figure",
           "sidebar headlines (Najib, Khairy, ACCCIM) -> no records"])

doc(R, P + "Commercial-news-002.html", "Sime Darby acquires 70pc in TFP Engineering - Latest - New Straits Times",
    stakes=[S(SIME, TFP, 70.0)],
    investments=[I(SIME, TFP, [("AUD", 3_200_000), ("MYR", 9_500_000)], opt=True)],
    audit=["acquires 70pc (title) / has acquired a 70 per cent stake in TFP Engineering -> stake (Sime Darby in TFP Engineering 70); "
           "the same Bernama copy as the previous document on another site",
           "for A$3.2 million (about RM9.5 million) -> investment (optional): price of a stake bought from the owners"])

doc(R, P + "BeritaNationalMalysia-001.html",
    "BERNAMA - Melaka Biotech, Prathista To Undertake RM40 Million Joint-Venture Research Project",
    must_not=[MN("MYR", 40_000_000, "cost of the joint-venture research project"), MN("MYR", 18_000_000, "phase one spending"),
              MN("MYR", 22_000_000, "phase two spending")],
    audit=["a RM40 million joint-venture research project / phase one would involve an investment of RM18 million / second phase, "
           "worth RM22 million -> not records: spending on a project under an MOU, not money put into a company",
           "50,000 tonnes / 200 jobs / 18 months -> not money"])

doc(R, P + "N7tvNewsParser-news-001.html",
    "ntv7 - SUKUK MURABAHAH : PRASARANA ISSUES RM2 BILLION SUKUK FOR CAPEX AND WORKING CAPITAL",
    offerings=[O(["Syarikat Prasarana Negara Bhd", "Prasarana"], [("MYR", 2_000_000_000)], opt=True),
               O(["Syarikat Prasarana Negara Bhd", "Prasarana"], [("MYR", 1_500_000_000)], opt=True),
               O(["Syarikat Prasarana Negara Bhd", "Prasarana"], [("MYR", 500_000_000)], opt=True)],
    must_not=[MP(4.08, "profit rate of the five-year tranche")],
    audit=["PRASARANA ISSUES RM2 BILLION SUKUK (title) / has issued a 2 billion ringgit in nominal value sukuk murabahah -> offering "
           "(optional): an Islamic bond, i.e. debt (as blind5's Aramco bond issue)",
           "1.5 billion ringgit of five-year tranche and 500 million ringgit of 10-year -> offerings (optional): tranches",
           "semi-annual profit rate of 4.08 per cent per annum -> not a stake"])

doc(R, P + "Commercial-news-001.html", "Maybank bullish on Oldtown’s expansion plans - Nation - New Straits Times",
    must_not=[MN("MYR", 2.67, "target price per share"), MP(27.0, "white coffee market growth in Malaysia"),
              MP(19.0, "market growth in Hong Kong")],
    audit=["unchanged target price of RM2.67, based on 21 times ... price earnings -> not a record: per-share target",
           "the white coffee market ... grew 27 per cent and 19 per cent -> not records",
           "Oldtown commands the biggest market share -> no figure"])

doc(R, P + "AntaraNewsAgency-news-002.html", "Rupiah strengthens at Rp11,372 on Monday evening - ANTARA News",
    must_not=[MN("IDR", 11_372, "exchange rate per dollar"), MN("IDR", 11_440, "exchange rate"), MN("IDR", 11_449, "mid-rate"),
              MN("IDR", 11_395, "previous close")],
    audit=["rupiah rates per dollar -> not records", "confidence ... will increase foreign investment in the local money market -> no figure"])

doc(R, P + "JakartaPost-news-001.html",
    ["Indonesia needs tax-savvy leader: NGOs | The Jakarta Post", "Indonesia needs tax-savvy leader: NGOs"],
    url="http://www.thejakartapost.com/news/2014/03/16/indonesia-needs-tax-savvy-leader-ngos.html",
    must_not=[MP(16.0, "predicted tax ratio"), MP(11.77, "tax ratio"), MP(15.31, "Malaysia's tax ratio"), MP(17.07, "Thailand's"),
              MP(24.26, "Vietnam's")],
    audit=["tax-to-GDP ratios -> not records", "24.8 million / 15.9 million taxpayers -> not money",
           "published: visible 'Sun, March 16 2014' only, no meta -> null; author: visible byline Hasyim Widhiarto, no meta -> null"])

doc(R, P + "JakartaPost-news-002.html",
    ["PLN struggles to resolve power crisis in N. Sumatra | The Jakarta Post", "PLN struggles to resolve power crisis in N. Sumatra"],
    url="http://www.thejakartapost.com/news/2014/03/15/pln-struggles-resolve-power-crisis-n-sumatra.html",
    must_not=[MP(30.0, "reserve margin")],
    audit=["megawatt capacities -> not money", "a 30 percent margin of reserves -> not a stake",
           "The government recently took over Inalum from a consortium of Japanese companies -> no percent, no price: no record",
           "sidebar press-release headlines -> no records"])

doc(R, P + "NewStraitsTimes-news-002.html", "Oil prices mixed in Asia - Latest - New Straits Times",
    must_not=[MN("USD", 97.95, "WTI price"), MN("USD", 106.52, "Brent price"),
              MP(70.0, "share of Russia's gas and oil exports through Ukraine")],
    audit=["oil prices per barrel and moves in cents -> not records", "More than 70 per cent of Russia's gas and oil exports -> not a stake",
           "sanctions on Putin's inner circle -> no figure"])

doc(R, P + "TheStarNews-001.html",
    "Malaysia, China ramping up R&D, says report - Business News | The Star Online",
    url="http://www.thestar.com.my/Business/Business-News/2014/03/18/Msia-China-ramping-up-RandD-report",
    must_not=[MN("USD", 1_000_000_000_000, "IT trade the ITA could liberalise"), MN("USD", 190_000_000_000, "economic output gain"),
              MP(36.5, "China's share of high-tech exports"), MP(25.0, "high-tech share of trade"), MP(29.2, "US market share in 2000"),
              MP(4.5, "trade growth forecast")],
    audit=["trade shares and growth forecasts -> not records", "roughly $1 trillion ... $190 billion -> not records",
           "sidebar: Bursa Securities warns on HLCap shares -> no figure"])
