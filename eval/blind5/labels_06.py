"""Labels: Felix, fifth batch: investment-society explainers and an endowment story — mostly tempting negatives (bond issues,
earnings, buybacks, values of holdings), with Aramco's Sabic stake."""
from labels_lib import doc, F, V, S, O, I, MN, MP

FX = "FelixOnline/v2"
FP = "content/articles/"
ARAMCO = ["Saudi Arabian Oil Company", "Saudi Aramco", "Aramco"]

doc(FX, FP + "2019-05-10-big-daddy-oil-outearns-apple-and-google-wants-more.md",
    "Big Daddy Oil outearns Apple and Google, wants more", published="2019-05-10",
    valuations=[V(ARAMCO, [("USD", 2_000_000_000_000)], opt=True)],
    stakes=[S(ARAMCO, ["Sabic"], 70.0), S(None, ARAMCO, 5.0, opt=True)],
    offerings=[O(ARAMCO, [("USD", 12_000_000_000)], opt=True),
               O(ARAMCO + ["PIF", "Saudi Arabian Public Investment Fund"], [("USD", 100_000_000_000)], opt=True)],
    must_not=[MN("USD", 111_100_000_000, "Aramco's 2018 net income"),
              MN("USD", 69_000_000_000, "value of the Sabic stake (acquisition price)"),
              MN("USD", 26, "profit per barrel"), MN("USD", 31, "Shell's profit per barrel")],
    audit=["Saudi Aramco has raised $12bn from the $100bn received in orders ... emerging market bond deal -> offering (optional): a "
           "bond issue (debt, not shares); the $100bn of orders is demand, not a raise",
           "net income of $111.1bn -> not a record",
           "purchase of a majority stake in Sabic ... a 70% majority stake that is worth $69bn -> stakes (Aramco, Sabic 70); the $69bn is "
           "the stake's price/value",
           "An eagerly awaited initial public offering (IPO) of a 5% stake in Aramco was delayed indefinitely ... its $2tn valuation / "
           "The IPO would have seen $100bn flowing into the PIF's coffers -> stake, valuation and offering all optional: a shelved IPO's "
           "terms (the $100bn would have gone to the selling holder)",
           "$26/barrel / $31/barrel -> not records", "469-page / 4.5 × / A1 and A+ -> not money"])

doc(FX, FP + "2016-5-27-imperial-has-23-million-invested-in-tobacco-firms-via-endowment.md",
    "Imperial has £2.3 million invested in tobacco firms via endowment", published="2016-05-27",
    must_not=[MN("GBP", 2_300_000, "endowment money in tobacco firms (title; value of holdings)"),
              MN("GBP", 2_400_000, "endowment money in tobacco firms"), MN("GBP", 18_000_000, "money in three funds"),
              MN("GBP", 2_384_327.09, "endowment money in tobacco firms"), MN("GBP", 201_000_000, "Imperial's total endowment")],
    audit=["£2.3 million invested (title) / just under £2.4 million / just over £18 million across three investment funds / "
           "£2,384,327.09 / the £201 million ... total endowment -> not records: values of an endowment's holdings in funds",
           "eighteen different Imperial departments / top ten holdings -> not money"])

doc(FX, FP + "2019-04-28-why-share-buy-backs-are-big-on-wall-street-now.md",
    "Why share buy backs are big on wall street now", published="2018-11-16",
    must_not=[MN("USD", 250_000_000_000, "Apple's cash reserve")],
    audit=["a huge pile of cash reserve ($250 billion) -> not a record", "no other money or percent"])

doc(FX, FP + "2019-10-11-money-capital-markets.md",
    "Money and Capital Markets", published="2019-10-11",
    audit=["an explainer with no money amounts or percentages: 'Initial Public Offering (IPO)', 'issue securities' and '100 shares' "
           "name no deal -> no record"])

doc(FX, FP + "2019-04-28-investment-banks-relish-in-hawkish-environment.md",
    "Investment banks relish in hawkish environment", published="2018-10-26",
    must_not=[MN("USD", 6.28, "Goldman Sachs earnings per share"), MN("USD", 5.38, "analysts' EPS estimate"),
              MN("USD", 8_400_000_000, "revenue estimate"), MN("USD", 8_650_000_000, "Goldman Sachs revenue"),
              MN("EUR", 15_400_000_000, "profits of 111 European private banks"), MP(14.1, "profit growth"),
              MP(15.0, "UBS profit rise"), MN("USD", 6_000_000_000_000, "BlackRock's assets under management"),
              MN("USD", 6_300_000_000_000, "US corporate debt load")],
    audit=["$6.28 earnings per share ... $5.38 analyst estimate / revenue ... $8.4 billion estimate coming in at $8.65 billion -> not "
           "records", "demand for initial public offerings (IPO) -> no deal named",
           "record profits of €15.4 billion for 111 private banks ... 14.1% / rose by 15% -> not records",
           "more than $6 trillion of assets under management / a record $6.3 trillion -> not records",
           "almost a fifth / four quarters in a row / hundreds of billions of dollars -> not labelled amounts"])
