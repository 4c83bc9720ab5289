"""Labels: a random draw from each source (random.seed(7); random.sample over all 510 BBC business files and over all 5,000
Reuters C50 files, six each), labelled whatever they contain — the articles "as they come", beside the keyword-ranked
selection of labels_01.py and labels_02.py. BBC files first (title on the first line), then Reuters C50 (no meta)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

B, BP = "hagar110/topics-classification", "bbc/business/"
R, RP = "jgscott/STA380", "data/ReutersC50/"

doc(B, BP + "166.txt", "Crossrail link 'to get go-ahead'",
    investments=[I(["UK Treasury", "Treasury"], ["Crossrail"], [("GBP", 7_500_000_000), ("USD", 13_990_000_000)], opt=True)],
    must_not=[MN("GBP", 10_000_000_000, "cost of the Crossrail plan")],
    audit=["The £10bn Crossrail transport plan -> not a record: project cost",
           "the UK Treasury has allocated £7.5bn ($13.99bn) for the project / whether the Treasury was planning to invest £7.5bn -> "
           "investment (optional): public funding of a transport project (reported, unconfirmed), not equity in a company",
           "spending in £2.5bn instalments in 2010, 2011 and 2012 -> parts of the same optional record", "40 minutes -> not money"])

doc(B, BP + "486.txt", "India's Reliance family feud heats up",
    stakes=[S(["Reliance Group", "Reliance"], ["India Petrochemicals Limited", "IPCL"], 26.0),
            S(["Ambani family", "Ambanis"], ["Reliance Group", "Reliance"], 48.0)],
    valuations=[V(["Reliance Group", "Reliance"], [("USD", 17_000_000_000), ("GBP", 9_100_000_000), ("INR", 745_000_000_000)])],
    audit=["Reliance Group acquired the government's 26% stake in IPCL ... in 2002 -> stake (Reliance Group in IPCL 26)",
           "The Ambani family controls 48% of the group, which is worth $17bn (£9.1bn; 745bn Indian rupees) -> stake (Ambani family in "
           "Reliance Group 48) and valuation (Reliance Group)"])

doc(B, BP + "078.txt", "Deadline nears for Fiat-GM deal",
    stakes=[S(["General Motors", "GM"], ["Fiat"], 20.0), S(["General Motors", "GM"], ["Fiat"], 10.0)],
    must_not=[MN("USD", 2_000_000_000, "GM's offered payment to exit the put option"), MN("GBP", 1_060_000_000, "same in pounds"),
              MP(1.2, "Fiat share fall"), MP(4.0, "Fiat share gain")],
    audit=["Fiat shares down 1.2% ... after Monday's 4% gain -> share moves",
           "offering about $2bn (£1.06bn) to extricate itself -> not a record: payment to end an option",
           "GM's offer to buy a 20% stake / cut GM's stake in half to 10% -> stakes (GM in Fiat 20 in 2000; 10 now)",
           "12,000 jobs -> not money"])

doc(B, BP + "203.txt", "'Standoff' on Deutsche's LSE bid",
    stakes=[S(["TCI"], ["Deutsche Boerse", "Deutsche"], 5.0)],
    audit=["The group owns more than 5% of Deutsche -> stake (TCI in Deutsche Boerse, more than 5)", "no money figure"])

doc(B, BP + "334.txt", "US firm pulls out of Iraq",
    must_not=[MN("USD", 325_000_000, "Contrack's reconstruction contract"), MN("GBP", 170_000_000, "same in pounds"),
              MN("USD", 18_400_000_000, "reconstruction funds approved by Congress"), MN("USD", 2_000_000_000, "funds spent so far")],
    audit=["withdrawal from the $325m (£170m) contract -> not a record: contract value",
           "Of the $18.4bn in reconstruction funds ... less than $2bn has been spent -> not records: public spending"])

doc(B, BP + "025.txt", "Yukos loses US bankruptcy battle",
    must_not=[MN("USD", 27_500_000_000, "Yukos's unpaid taxes"), MN("GBP", 14_500_000_000, "same in pounds"),
              MN("USD", 9_400_000_000, "auction price of Yugansk")],
    audit=["to help pay off $27.5bn (£14.5bn) in unpaid taxes -> not a fine: a tax bill",
           "It was bought for $9.4bn by a previously-unknown group -> not a record: auction (acquisition) price",
           "15 years / four out of five -> not money"])

doc(R, RP + "C50test/GrahamEarnshaw/396708newsML.txt", None, slug_title="China markets to be driven by technical factors after Deng",
    must_not=[MN("CNY", 123_000_000_000, "Finance Ministry's treasury note issue (government debt)"), MN("USD", 14_820_000_000, "same in dollars"),
              MN("CNY", 8.3, "exchange rate")],
    audit=["would issue a total of 123 billion yuan ($14.82 billion) in treasury notes -> not a record: government debt issue, not a "
           "company's share or bond offering", "($1 = 8.3 yuan) -> exchange rate"])

doc(R, RP + "C50train/PeterHumphrey/256526newsML.txt", None, slug_title="Hong Kong awaits Tung-Chan dream team",
    must_not=[MP(60.0, "Chan's share of public support in polls")],
    audit=["more than 60 percent of public support -> not a stake", "6.3 million people / 180,000-member civil service -> not money",
           "once bailed out by Chinese funds -> no figure"])

doc(R, RP + "C50test/JimGilchrist/252143newsML.txt", None, slug_title="Hong Kong air cargo terminal handles live snakes",
    audit=["no money or percent figure (five tons of snakes) -> no records"])

doc(R, RP + "C50train/EricAuchard/261502newsML.txt", None, slug_title="GE stock rises on dividend and buyback speculation",
    must_not=[MN("USD", 4.40, "expected EPS"), MN("USD", 3.90, "EPS 1995"), MN("USD", 6_600_000_000, "1995 profit"),
              MN("USD", 43_000_000_000, "1995 revenue"), MN("USD", 2.25, "share price move"), MN("USD", 97.50, "share price"),
              MN("USD", 3.25, "share price move"), MN("USD", 5, "1997 EPS estimate"), MN("USD", 0.05, "estimate change"),
              MN("USD", 13_000_000_000, "buyback authorisation"), MN("USD", 9_000_000_000, "current buyback authorisation"),
              MN("USD", 2.08, "expected dividend"), MN("USD", 1.84, "current dividend"), MP(13.0, "earnings / dividend growth")],
    audit=["earnings to be up about 13 percent / boost the stock's annual dividend by 13 percent -> not stakes",
           "$4.40 per share / $3.90 per share, or $6.6 billion, on revenues of $43 billion / 5 cents to $5 per share -> results and "
           "estimates", "up $2.25 to $97.50 ... as much as $3.25 -> share price",
           "buy back the company's shares to $13 billion from ... $9 billion -> not records: buyback authorisation",
           "to $2.08 from ... $1.84 per share -> dividend"])

doc(R, RP + "C50train/TanEeLyn/264108newsML.txt", None, slug_title="Hong Kong cautious on Greater China bank idea",
    must_not=[MN("USD", 20_000_000_000, "Taiwan-funded businesses' total investment in China")],
    audit=["some 30,000 Taiwan-funded businesses have poured more than US$20 billion into investments in China -> not a record: an "
           "aggregate over many investors into a country", "a joint-venture bank (no figures) -> no record"])

doc(R, RP + "C50test/EricAuchard/408417newsML.txt", None, slug_title="3Com chief on merger with U.S. Robotics",
    must_not=[MN("USD", 7_300_000_000, "value of the 3Com/U.S. Robotics merger"), MN("USD", 2_300_000_000, "3Com's fiscal 1996 revenues"),
              MP(50.0, "modems' share of Robotics revenue"), MP(20.0, "Pilot's share of revenue"), MP(40.0, "adapter cards' share of revenue"),
              MP(60.0, "systems' share of revenue"), MP(1.0, "product overlap"), MP(2.0, "product overlap")],
    audit=["the $7.3-billion-merger -> not a record: merger (acquisition) value", "Fifty percent of its revenue ... a third ... about 20 "
           "percent / 40 percent ... 60 percent / one to two percent overlap -> revenue shares, not stakes",
           "$2.3 billion in fiscal 1996 revenues -> results", "500-strong sales force / 56 kilobit -> not money"])
