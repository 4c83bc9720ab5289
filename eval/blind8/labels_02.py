"""Labels: karanmitroo/inshorts-scraper, business/NNNN.txt — keyword-ranked selection, part 2: investments (funding
rounds, stake purchases told as 'invest'), offerings (Indian IPOs and government offers for sale; Line, Ferrari) and
valuations (market values in lakh-crore notation, round valuations), with a few tempting non-records."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "karanmitroo/inshorts-scraper"
P = "business/"

doc(R, P + "13795.txt", None, slug_title="Udacity valued at 1 billion in Series D",
    valuations=[V(["Udacity"], [("USD", 1_000_000_000)])],
    investments=[I(None, ["Udacity"], [("USD", 105_000_000)])],
    audit=["Udacity was valued at $1 billion -> valuation (Udacity)",
           "Led by German group Bertelsmann, Udacity raised $105 million in \"Series D\" funding -> investment (round; investor null, "
           "Bertelsmann leads with Google Ventures and Emerson Collective)"])

doc(R, P + "15427.txt", None, slug_title="Pinterest adds 186 million to Series G",
    valuations=[V(["Pinterest"], [("USD", 11_000_000_000)])],
    investments=[I(None, ["Pinterest"], [("USD", 186_000_000)]), I(None, ["Pinterest"], [("USD", 553_000_000)]),
                 I(None, ["Pinterest"], [("USD", 1_300_000_000)], opt=True)],
    audit=["Pinterest has added $186 million to its Series G funding round -> investment (the new tranche; investor null)",
           "bringing the total raised in the round to $553 million -> investment (the round's total; as a total and its separately "
           "raised part in blind7's convention)", "the $11 billion valuation of the Series G round -> valuation (Pinterest)",
           "has raised about $1.3 billion till now -> investment (optional): cumulative over all rounds"])

doc(R, P + "16129.txt", None, slug_title="ShopClues raises 100 million from Tiger Global",
    valuations=[V(["ShopClues"], [("USD", 350_000_000)])],
    investments=[I(["Tiger Global"], ["ShopClues"], [("USD", 100_000_000)])],
    audit=["ShopClues has raised $100 million from Tiger Global -> investment (Tiger Global -> ShopClues)",
           "ShopClues, currently valued at $350 million -> valuation (ShopClues)"])

doc(R, P + "8714.txt", None, slug_title="CDPQ to invest 1000 crore in TVS Logistics",
    investments=[I(["CDPQ", "Caisse de dépôt et placement du Québec"], ["TVS Logistics Services", "TVS Logistics"],
                   [("INR", 10_000_000_000), ("USD", 155_000_000)], opt=True)],
    audit=["CDPQ ... agreed to invest ₹1,000 crore ($155 million) to buy a minority stake in TVS Logistics Services -> investment "
           "(optional): told as 'invest' but the money buys existing shares from Goldman Sachs, KKR and the TVS family (price of "
           "existing shares), stake size not disclosed"])

doc(R, P + "1376.txt", None, slug_title="Boom raises 10 million from Japan Airlines",
    investments=[I(["Japan Airlines"], ["Boom Technology", "Boom"], [("USD", 10_000_000)])],
    audit=["Boom Technology has raised $10 million from Japan Airlines -> investment (JAL -> Boom)",
           "purchase 20 aircrafts / 2,300 kmph / 1,050 kmph -> not money"])

doc(R, P + "5186.txt", None, slug_title="Ant Financial raises MoneyGram offer",
    must_not=[MP(36, "increase in the offer price"), MN("USD", 1_200_000_000, "value of the takeover deal (whole-company offer)")],
    audit=["Ant Financial has raised its offer for ... MoneyGram by 36% -> not a record: change of a bid",
           "the transaction is now valued at around $1.2 billion -> not a record: the value of a whole-company takeover offer (as "
           "blind7's Foster's/Southcorp offer: neither an investment nor a valuation)"])

# --- offerings
doc(R, P + "12180.txt", None, slug_title="Infibeam IPO opens",
    offerings=[O(["Infibeam"], [("INR", 4_500_000_000)])],
    must_not=[MN("INR", 360, "price band, per share"), MN("INR", 432, "price band, per share")],
    audit=["The Initial Public Offering (IPO) of ... Infibeam ... is expected to raise around ₹450 crore -> offering (Infibeam)",
           "shares priced at ₹360-432 -> not records: per-share price band"])

doc(R, P + "13497.txt", None, slug_title="Dr Lal PathLabs IPO of up to 638 crore",
    offerings=[O(["Dr Lal PathLabs", "Dr Lal"], [("INR", 6_380_000_000)])],
    must_not=[MN("INR", 540, "price band"), MN("INR", 550, "price band"), MP(20.7, "sales growth")],
    audit=["Dr Lal PathLabs on Tuesday launched an initial public offering (IPO) for raising up to ₹638 crore -> offering",
           "price band ... ₹540-550 per share -> not records", "20.7% annual sales growth -> not a record"])

doc(R, P + "11714.txt", None, slug_title="Government to sell 11.36 percent of NHPC",
    offerings=[O(["NHPC"], [("INR", 27_000_000_000)], opt=True)],
    stakes=[S(["government", "Government of India", "The government"], ["NHPC"], 74.6, opt=True)],
    must_not=[MP(11.36, "size of the offer for sale"), MN("INR", 21.75, "floor price per share")],
    audit=["The government will sell an 11.36% stake in ... NHPC through a two-day offer for sale (OFS) -> not a stake: size of the sale",
           "A floor price of ₹21.75 -> not a record: per-share price",
           "help the government raise around ₹2,700 crore -> offering (optional): a secondary offer for sale by the government",
           "Post the sale, the government's stake in NHPC will fall to 74.6% -> stake (optional): a level after a planned sale"])

doc(R, P + "3159.txt", None, slug_title="Barbeque Nation files for 700 crore IPO",
    offerings=[O(["Barbeque Nation", "Barbeque Nation Hospitality"], [("INR", 7_000_000_000)])],
    audit=["filed draft documents for an initial public offering (IPO) with markets regulator SEBI to raise about ₹700 crore -> "
           "offering (Barbeque Nation)"])

doc(R, P + "13190.txt", None, slug_title="VLCC gets SEBI nod for 400 crore IPO",
    offerings=[O(["VLCC"], [("INR", 4_000_000_000)])],
    audit=["VLCC received clearance from Securities and Exchange Board of India to raise ₹400 crore through Initial Public Offering -> "
           "offering (VLCC)", "an offer for sale of over 37 lakh equity shares -> share count, not money"])

doc(R, P + "16134.txt", None, slug_title="Government to divest 10 percent of NMDC",
    stakes=[S(["government", "The government", "Government of India"], ["NMDC"], 80.0)],
    offerings=[O(["NMDC"], [("INR", 55_000_000_000)], opt=True)],
    must_not=[MP(10, "size of the planned divestment")],
    audit=["divesting 10% stake in iron ore miner NMDC -> not a stake: size of a planned sale",
           "The government has currently 80% stake -> stake (government in NMDC 80)",
           "through offer for sale route, could fetch Rs 5,500 crore -> offering (optional): planned secondary offer for sale"])

doc(R, P + "10616.txt", None, slug_title="Line raises 1.1 billion in dual listing",
    offerings=[O(["Line"], [("USD", 1_100_000_000)])],
    valuations=[V(["Line"], [("USD", 9_000_000_000)])],
    must_not=[MP(50, "first-day share price rise"), MP(26.6, "share price rise in New York")],
    audit=["Line raised around $1.1 billion from the dual listing, making it the biggest tech-IPO of the year -> offering (Line)",
           "opened almost 50% above their IPO price / closed 26.6% above -> not records: share price moves",
           "Line is reportedly valued at roughly $9 billion -> valuation (Line)"])

doc(R, P + "14260.txt", None, slug_title="Ferrari files for IPO",
    valuations=[V(["Ferrari"], [("USD", 9_820_000_000)])],
    must_not=[MP(9, "size of the stake Fiat Chrysler sells (not a level held)"), MN("USD", 48, "price range per share"),
              MN("USD", 52, "price range per share")],
    audit=["an Initial Public Offering (IPO) which can value the firm at $9.82 billion -> valuation (Ferrari): IPO-implied value",
           "after owner Fiat Chrysler sells a 9% stake -> not a stake: size of the sale",
           "17.2 million shares at $48 to $52 each -> not records: per-share prices; no offering total is stated"])

# --- valuations
doc(R, P + "5290.txt", None, slug_title="Kweichow Moutai most valuable liquor distiller",
    valuations=[V(["Kweichow Moutai", "Moutai"], [("USD", 71_500_000_000)])],
    must_not=[MP(55, "share price rise"), MP(95, "share of sales in the domestic market")],
    audit=["Kweichow Moutai has become the world's most valuable liquor distiller at a market valuation of $71.5 billion -> valuation",
           "Moutai shares surged 55% -> not a record", "About 95% of Moutai's sales take place in the domestic market -> not a record"])

doc(R, P + "14362.txt", None, slug_title="Infosys overtakes HDFC Bank in market value",
    valuations=[V(["Infosys"], [("INR", 2_694_890_300_000)]),
                V(["HDFC Bank"], [("INR", 2_690_563_500_000)])],
    must_not=[MN("INR", 4_326_800_000, "difference between the two market values"), MN("INR", 1197, "share price")],
    audit=["Market valuation of Infosys touched Rs 2,69,489.03 crore -> valuation (Infosys)",
           "Rs 432.68 crore more than HDFC Bank's Rs 2,69,056.35 crore -> valuation (HDFC Bank); the difference is not a record",
           "shares of Infosys touched ... Rs 1,197 per share -> not a record"])

doc(R, P + "11591.txt", None, slug_title="Kotak overtakes ICICI Bank in market cap",
    valuations=[V(["Kotak Mahindra Bank", "Kotak"], [("INR", 1_299_631_400_000)]),
                V(["ICICI Bank", "ICICI"], [("INR", 1_287_182_200_000)])],
    must_not=[MP(87, "fall in ICICI's profit")],
    audit=["The market capitalisation (m-cap) of the bank stood at ₹1,29,963.14 crore -> valuation (Kotak Mahindra Bank)",
           "as against ICICI Bank's m-cap of ₹1,28,718.22 crore -> valuation (ICICI Bank)", "plunged 87% -> not a record"])

doc(R, P + "8717.txt", None, slug_title="Weibo now worth more than Twitter",
    valuations=[V(["Weibo"], [("USD", 11_350_000_000)]), V(["Twitter"], [("USD", 11_340_000_000)]),
                V(["Weibo"], [("USD", 3_400_000_000)]), V(["Twitter"], [("USD", 26_800_000_000)])],
    audit=["Weibo ... with a market cap of $11.35 billion, compared to Twitter's $11.34 billion -> valuations (Weibo, Twitter)",
           "Weibo made its IPO in 2014 at a valuation of $3.4 billion, when Twitter was valued at $26.8 billion -> valuations (earlier "
           "values, told as history)", "5 million / 70 million users -> not money"])

doc(R, P + "5126.txt", None, slug_title="IBM loses 9 billion in market cap",
    must_not=[MN("USD", 9_000_000_000, "market value lost in a day"), MN("INR", 580_000_000_000, "same in rupees"),
              MN("USD", 770_000_000, "Berkshire Hathaway's paper loss on its IBM holding"), MN("INR", 49_000_000_000, "same in rupees"),
              MP(5, "share price fall")],
    audit=["IBM lost over $9 billion (over ₹58,000 crore) in market capitalisation -> not a record: a change in market value",
           "shares slide by over 5% -> not a record",
           "Berkshire Hathaway ..., which has stake in IBM, also lost around $770 million (₹4,900 crore) -> not a record: a paper loss; "
           "no percent for the stake"])
