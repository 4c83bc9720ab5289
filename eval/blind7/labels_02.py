"""Labels: jgscott/STA380, data/ReutersC50/ — the Reuter_50_50 corpus (RCV1 Reuters newswire stories of 1996-1997, 50
authors x 50 stories in C50train/ and C50test/), one plain-text file per story: body only, no headline, byline, date or url
(meta all null). The corpus holds several versions of some stories; one version of each story was taken."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "jgscott/STA380"
P = "data/ReutersC50/"
IMRO = ["Investment Management Regulatory Organisation", "IMRO"]

doc(R, P + "C50train/JoeOrtiz/294330newsML.txt", None,
    slug_title="Lloyds Bank fined by IMRO over pension transfers",
    fines=[F(["Lloyds Bank", "Lloyds", "Lloyds TSB Group Plc", "Lloyds TSB"], IMRO + ["British investment industry watchdog"],
             [("GBP", 325_000), ("USD", 550_000)]),
           F(["Lloyds Bank", "Lloyds", "Lloyds TSB Group Plc", "Lloyds TSB"], IMRO, [("GBP", 63_000)], opt=True)],
    must_not=[MN("GBP", 165_000_000, "Lloyds TSB's provisions for compensation")],
    audit=["Lloyds Bank was on Wednesday fined 325,000 pounds ($550,000) by a British investment industry watchdog / IMRO said it had "
           "fined Lloyds -> fine (Lloyds Bank, IMRO)",
           "must pay IMRO's investigation costs of 63,000 pounds -> fine (optional): costs ordered in the same disciplinary settlement",
           "provisions totalling 165 million pounds -> not a record: accounting provision",
           "millions of pounds in compensation / hundreds of million of pounds -> no figures",
           "2,600 cases / 1,500 customers -> not money"])

doc(R, P + "C50train/SarahDavison/21569newsML.txt", None,
    slug_title="Jardine Fleming fined over front-running",
    fines=[F(["Jardine Fleming Asset Management", "JFAM"], IMRO + ["Securities and Futures Commission", "SFC"], [("GBP", 400_000)]),
           F(["Robert Fleming group", "Robert Fleming"], IMRO + ["Securities and Futures Commission", "SFC"], [("GBP", 100_000)]),
           F(["Jardine Fleming", "Jardine Fleming Holdings Ltd", "Jardine Fleming Investment Management"], None,
             [("USD", 19_300_000)], opt=True)],
    must_not=[MN("USD", 22_000_000_000, "Jardine Fleming Investment Management's assets under management")],
    audit=["Jardine Fleming Asset Management (JFAM) was fined 400,000 sterling -> fine (JFAM; regulators IMRO and SFC named earlier)",
           "three London-based companies in the Robert Fleming group were fined 100,000 sterling each -> fine (Robert Fleming group "
           "companies, one record for the per-company amount)",
           "In addition to the fines, Jardine Fleming agreed to pay the disadvantaged clients US$19.3 million -> fine (optional): "
           "compensation agreed with the regulators", "US$22 billion under management -> not a record: AUM",
           "five-month probe / one of about 40 fund managers -> not money"])

doc(R, P + "C50train/PatriciaCommins/114859newsML.txt", None,
    slug_title="ADM to plead guilty to price fixing and pay 100 million in fines",
    fines=[F(["Archer Daniels Midland Co.", "Archer Daniels Midland", "ADM"], ["Justice Department", "government"],
             [("USD", 100_000_000)]),
           F(["Archer Daniels Midland Co.", "Archer Daniels Midland", "ADM"], ["Justice Department", "government"],
             [("USD", 70_000_000)], opt=True),
           F(["Archer Daniels Midland Co.", "Archer Daniels Midland", "ADM"], ["Justice Department", "government"],
             [("USD", 30_000_000)], opt=True)],
    must_not=[MN("USD", 25_000_000, "civil settlement with lysine customers (private)"),
              MN("USD", 35_000_000, "civil settlement with citric acid buyers (private)"),
              MN("USD", 1_300_000_000, "ADM's cash and short-term securities"), MN("USD", 1_100_000_000, "ADM's long-term securities"),
              MN("USD", 21.375, "ADM share price"), MN("USD", 0.75, "share price move"), MN("USD", 9_500_000, "sum Whitacre was accused of stealing")],
    audit=["agreed to plead guilty ... and to pay record fines totaling $100 million / the $100 million in fines -> fine (ADM, Justice "
           "Department)", "ADM will pay $70 million ... lysine ... and $30 million in connection with citric acid -> fines (optional): the "
           "two parts", "settled civil cases brought by its customers and agreed to pay $25 million ... and $35 million -> not records: "
           "private settlements", "$1.3 billion in cash / $1.1 billion in long-term securities -> not records",
           "up 75 cents to $21.375 -> share price", "stealing $9.5 million -> not a record"])

doc(R, P + "C50train/KarlPenhaul/314740newsML.txt", None,
    slug_title="Colombia's Rodriguez Orejuela brothers sentenced and fined",
    fines=[F(["Gilberto Rodriguez", "Gilberto Rodriguez Orejuela", "Gilberto"], None, [("USD", 8_000_000)]),
           F(["Miguel Rodriguez", "Miguel Rodriguez Orejuela", "Miguel"], None, [("USD", 4_400_000)])],
    must_not=[MP(80.0, "share of the world's cocaine supplied"), MN("USD", 50_000_000_000, "estimated combined fortune of traffickers")],
    audit=["Gilberto Rodriguez, who also was fined $8 million, and his brother -- fined $4.4 million -> fines (each brother; a 'faceless' "
           "judge in Cali, authority not named as an institution)", "an estimated 80 percent of the world's cocaine -> not a stake",
           "combined fortune ... at $50 billion / multi-billion dollar fortune -> not records", "21 and 18 years -> not money"])

doc(R, P + "C50test/MartinWolk/546928newsML.txt", None,
    slug_title="Teledesic picks Boeing, which will invest up to 100 million",
    stakes=[S(["Boeing Co.", "Boeing"], ["Teledesic Inc.", "Teledesic"], 10.0),
            S(["AT&T Wireless", "AT&T Co.", "AT&T"], ["Teledesic Inc.", "Teledesic"], 10.0)],
    investments=[I(["Boeing Co.", "Boeing"], ["Teledesic Inc.", "Teledesic"], [("USD", 100_000_000)])],
    must_not=[MN("USD", 9_000_000_000, "cost of the planned satellite network"), MP(8.0, "satellite failure rate")],
    audit=["picked Boeing Co. to build and deploy its planned $9 billion satellite network -> not a record: project cost / contract",
           "Boeing also will invest up to $100 million in Teledesic, giving it a 10 percent stake -> investment (Boeing in Teledesic) "
           "and stake (Boeing 10)", "Gates and McCaw each will own about one-third -> no percent figure",
           "AT&T Wireless ... owns about 10 percent of Teledesic -> stake", "8 percent satellite failure rate -> not a stake",
           "288 / 840 satellites, 400 / 22,500 miles -> not money"])

doc(R, P + "C50test/SamuelPerry/518462newsML.txt", None,
    slug_title="At Home Network raises 48 million in private placement",
    valuations=[V(["@Home Network", "@Home"], [("USD", 1_070_000_000)])],
    investments=[I(None, ["@Home Network", "@Home"], [("USD", 48_000_000)])],
    stakes=[S(None, ["@Home Network", "@Home"], 4.5, opt=True)],
    must_not=[MN("USD", 425_000_000, "Microsoft's purchase of WebTV (acquisition)"), MN("USD", 2_250_000_000, "partners' upgrade cost estimate"),
              MN("USD", 50, "upgrade cost per home"), MN("USD", 35, "monthly price"), MN("USD", 40, "monthly price"),
              MN("USD", 150, "monthly @Work price")],
    audit=["the $48 million raised ... the private placement in preferred stock -> investment (@Home; buyers not named, investor null)",
           "accounting for about 4.5 percent of the company -> stake (optional): held by the unnamed placement buyers",
           "valuing it at a whopping $1.07 billion -> valuation (@Home)", "the $425 million Microsoft Corp agreed to pay for ... WebTV -> "
           "not a record: acquisition price", "hundreds of millions of dollars / $50 dollars a home / roughly $2.25 billion -> not records: "
           "partners' upgrade spending", "$35-$40 a month / around $150 a month -> prices", "30 times / 45 million homes -> not money"])

doc(R, P + "C50test/PierreTran/433717newsML.txt", None,
    slug_title="France relaunches Thomson-CSF privatisation",
    stakes=[S(["Thomson SA"], ["Thomson-CSF"], 58.0)],
    investments=[I(["French government", "government"], ["Thomson Multimedia", "TMM"], [("FRF", 11_000_000_000), ("USD", 1_900_000_000)])],
    must_not=[MN("FRF", 1, "symbolic sale price"), MN("FRF", 3_100_000_000, "TMM's 1996 net loss"),
              MN("FRF", 745_000_000, "Thomson-CSF's 1996 net profit")],
    audit=["The government will inject 11 billion francs ($1.9 billion) of fresh capital into TMM -> investment (French government in TMM)",
           "for a symbolic one franc / again for one symbolic franc -> not records", "Thomson-CSF, 58 percent owned by Thomson SA -> stake",
           "its wholly-owned consumer electronics unit -> no percent figure", "net attributable loss of 3.1 billion francs / net "
           "attributable profit of 745 million francs -> results", "10,000 jobs -> not money"])

doc(R, P + "C50train/KeithWeir/2344newsML.txt", None,
    slug_title="BSkyB full-year profit rises 66 percent",
    stakes=[S(["News Corp", "Rupert Murdoch's News Corp"], ["BSkyB"], 40.0), S(["BSkyB"], ["DF1"], 49.0)],
    investments=[I(["BSkyB"], ["DF1", "Kirch Gruppe"], [("GBP", 200_000_000)])],
    must_not=[MN("GBP", 257_400_000, "BSkyB profit"), MN("USD", 398_100_000, "same in dollars"), MN("GBP", 155_300_000, "profit a year ago"),
              MN("GBP", 1_000_000_000, "turnover"), MN("GBP", 100_000_000, "profit increase"), MN("GBP", 0.055, "dividend 5.5 pence"),
              MN("GBP", 5.30, "share price 530p"), MN("GBP", 0.07, "share price move"), MN("GBP", 420_000_000, "programming spend"),
              MN("GBP", 670_000_000, "Premier League rights deal"), MP(66.0, "profit rise"), MP(28.0, "rise in programming spend")],
    audit=["66 percent rise in full-year profit to 257.4 million pounds ($398.1 million) / 155.3 million / more than one billion pounds "
           "/ more than 100 million pounds -> results", "BSkyB, in which Rupert Murdoch's News Corp has a 40 percent stake -> stake",
           "take a stake of up to 49 percent in DF1 -> stake (BSkyB in DF1 49, an upper bound)",
           "BSkyB is expected to inject 200 million pounds into the alliance to cover start-up losses -> investment (BSkyB in DF1)",
           "dividend of 5.5 pence / shed seven pence to 530p -> not records", "28 percent to 420 million pounds / a 670 million pound deal "
           "-> spending and rights contract", "5.5 million subscribers -> not money"])

doc(R, P + "C50train/PierreTran/315959newsML.txt", None,
    slug_title="Schneider aims to double return on equity",
    stakes=[S(["Daimler-Benz AG", "Daimler-Benz"], ["AEG Schneider Automation"], 50.0),
            S(["Amec Plc", "Amec"], ["Spie Batignolles", "Spie"], 48.6, opt=True), S(["Amec Plc", "Amec"], ["Spie Batignolles", "Spie"], 40.0, opt=True)],
    investments=[I(["Amec Plc", "Amec"], ["Spie Batignolles", "Spie"], [("GBP", 40_000_000)])],
    must_not=[MN("FRF", 1_000_000_000, "price of Spie sold to Amec and employees"), MN("FRF", 255.70, "share price"),
              MN("FRF", 59_420_000_000, "sales"), MN("FRF", 817_000_000, "net profit"), MN("FRF", 503_000_000, "half-year profit"),
              MN("FRF", 3_000_000_000, "German turnover"), MP(15.0, "return on capital target"), MP(8.0, "return on capital"),
              MP(10.0, "share price rise"), MP(20.0, "Asia's share of turnover"), MP(11.0, "Asia's share of turnover"),
              MP(3.0, "German market share"), MP(4.0, "German market share"), MP(2.5, "Germany's share of turnover")],
    audit=["return on equity capital to 15 percent / just over eight percent / around 10 percent / 20 / 11 / three to four / 2.5 percent "
           "-> not stakes", "About a third of the capital is in non-domestic hands -> no holder, no figure",
           "bought out Daimler-Benz AG's 50 percent share in AEG Schneider Automation -> stake (Daimler-Benz 50, the holding bought out)",
           "selling Spie to Amec Plc and to Spie employees for one billion francs -> not a record: sale price",
           "Amec will gain between 40-48.6 percent of Spie for an injection of 40 million stg -> investment (Amec in Spie) and stake "
           "(optional: a range)", "255.70 francs / 59.42 billion / 817 million / 503 million / three billion francs -> not records"])

doc(R, P + "C50train/MarkBendeich/101093newsML.txt", None,
    slug_title="National Mutual set for strong debut",
    valuations=[V(["National Mutual Holdings Ltd", "National Mutual Holdings", "National Mutual"], [("AUD", 2_700_000_000), ("USD", 2_000_000_000)])],
    stakes=[S(["Axa SA", "Axa"], ["National Mutual Holdings Ltd", "National Mutual Holdings", "National Mutual"], 51.0)],
    investments=[I(["Axa SA", "Axa"], ["National Mutual Holdings Ltd", "National Mutual Holdings", "National Mutual", "National Mutual Life"],
                   [("AUD", 1_100_000_000)])],
    must_not=[MN("AUD", 1.60, "final share price"), MN("AUD", 1.80, "forecast share price"), MN("AUD", 1.50, "retail offer price"),
              MN("AUD", 1.25, "Axa's entry price per share"), MN("USD", 0.79, "exchange rate"), MP(15.0, "share of allotments received")],
    audit=["market capitalisation of A$2.7 billion (US$2 billion) on listing -> valuation (National Mutual)",
           "A$1.60 per share / A$1.80 / A$1.50 / around A$1.25 per share -> share prices", "about 15 percent of the allotments -> not a stake",
           "owned 51 percent on listing by its French parent ... Axa SA -> stake (Axa 51)",
           "last year's capital injection of A$1.1 billion by Axa -> investment (Axa in National Mutual)",
           "institutional offer ... six times oversubscribed; the offer size is not given -> no offering record",
           "A$1 = US$0.79 -> exchange rate"])

doc(R, P + "C50test/KeithWeir/311198newsML.txt", None,
    slug_title="Newcastle United to raise up to 50 million pounds in flotation",
    offerings=[O(["Newcastle United", "Newcastle"], [("GBP", 50_000_000), ("USD", 84_000_000)])],
    valuations=[V(["Newcastle United", "Newcastle"], [("GBP", 160_000_000)]),
                V(["Manchester United"], [("GBP", 400_000_000)])],
    must_not=[MN("GBP", 60_000_000, "Keegan's transfer spending"), MN("GBP", 65_000_000, "cost of a new stadium"),
              MN("GBP", 5_900_000, "operating profit"), MN("GBP", 29_000_000, "turnover"), MN("GBP", 500, "fans' minimum investment"),
              MP(10.0, "share of new shares for fans")],
    audit=["would seek to raise up to 50 million pounds ($84 million) when it joins ... the stock market / raise 40-50 million pounds "
           "through the issue of new shares -> offering (Newcastle United flotation, one record)",
           "analysts expect the value of the club as a whole to total some 160 million pounds -> valuation (Newcastle United, expected at "
           "listing)", "Manchester United, valued at in excess of 400 million pounds -> valuation (Manchester United)",
           "spent around 60 million pounds / likely to cost 65 million pounds -> not records: transfer and stadium spending",
           "Cameron Hall investment company owns a controlling stake -> no percent",
           "operating profit ... of 5.9 million pounds ... on 29 million pounds of turnover -> results",
           "At least 10 percent of new shares will be available to Newcastle's fans, for a minimum investment of 500 pounds -> not records"])

doc(R, P + "C50train/MarcelMichelson/200818newsML.txt", None,
    slug_title="Generale des Eaux's Cegetel starts fixed network in Nice",
    investments=[I(None, ["Cegetel"], [("FRF", 6_800_000_000)])],
    must_not=[MN("FRF", 40_000_000_000, "annual sales target"), MN("USD", 7_900_000_000, "same in dollars"),
              MN("FRF", 55_000_000_000, "size of the local residential market"), MN("FRF", 3_000_000_000, "Cegetel's spending in Nice and Paris"),
              MP(40.0, "target share of mobiles"), MP(20.0, "target share of long-distance"), MP(10.0, "target share of local loops")],
    audit=["40 billion francs ($7.9 billion) in annual sales / 55 billion francs in 2003 -> not records: sales target and market size",
           "a 40 percent share in mobiles, 20 percent in long-distance and 10 percent for ... local loops -> market-share targets",
           "the company would invest three billion francs in Nice and Paris -> not a record: Cegetel's own capital spending",
           "Cegetel shareholders will inject 6.8 billion francs into the company -> investment (Cegetel; several shareholders -> investor "
           "null)", "one million customers / 10 million inhabitants -> not money"])

doc(R, P + "C50train/SamuelPerry/207747newsML.txt", None,
    slug_title="Softbank to focus on organic growth and JSkyB",
    stakes=[S(["Softbank"], ["Japan Sky Broadcasting", "JSkyB"], 50.0), S(["News Corp", "Rupert Murdoch's News Corp"], ["Japan Sky Broadcasting", "JSkyB"], 50.0),
            S(["Softbank", "News Corp", "JSkyB"], ["Asahi National Broadcasting"], 21.4),
            S(["Softbank"], ["Kingston Technology Corp", "Kingston Technology"], 80.0),
            S(["Softbank"], ["Yahoo! Inc", "Yahoo!", "Yahoo"], 35.0), S(["Softbank"], ["Yahoo! Japan", "Yahoo Japan"], 65.0)],
    investments=[I(["Softbank"], ["Kingston Technology Corp", "Kingston Technology"], [("USD", 1_500_000_000)], opt=True)],
    must_not=[MN("USD", 350_000_000, "size of Softbank's venture fund"), MN("USD", 170_000_000, "partners' share of the fund"),
              MN("USD", 2_100_000_000, "acquisition of Ziff-Davis"), MN("USD", 800_000_000, "purchase of the Interface Group"),
              MN("USD", 78_100_000, "pre-tax profit"), MN("USD", 804_300_000, "revenue"), MN("USD", 43_900_000, "pre-tax profit a year earlier"),
              MN("USD", 550_400_000, "revenue a year earlier"), MP(77.0, "profit rise"), MP(46.1, "revenue growth")],
    audit=["its venture capital fund which totalled $350 million, including some $170 million from investment partners -> not records: "
           "fund size", "a 50-50 joint venture with ... News Corp ... JSkyB -> stakes (Softbank 50, News Corp 50)",
           "The two in June acquired 21.4 percent of Asahi National Broadcasting -> stake (Softbank and News Corp, jointly)",
           "purchase ... of an 80 percent stake in Kingston Technology Corp ... for cash and stock worth some $1.5 billion -> stake "
           "(Softbank 80) and investment (optional): price of a majority stake bought from its owners",
           "the $2.1 billion acquisition of Ziff-Davis / some $800 million for the Interface Group -> acquisition prices",
           "Softbank took a 35 percent stake in Yahoo! ... Yahoo! Japan, in which Softbank retained a 65 percent stake -> stakes",
           "pre-tax profit ... rose 77 percent to $78.1 million as revenue grew 46.1 percent to $804.3 million ... $43.9 million on $550.4 "
           "million -> results", "51 venture investments (no amounts) -> no records"])

doc(R, P + "C50test/LydiaZajc/368984newsML.txt", None,
    slug_title="Toronto stocks close higher on banks",
    investments=[I(None, ["Princeton Mining"], [("CAD", 5_400_000), ("USD", 4_000_000)])],
    must_not=[MN("CAD", 1_760_000_000, "value of shares traded"), MN("USD", 1_300_000_000, "same in dollars"),
              MN("CAD", 54.85, "Royal Bank close"), MN("CAD", 55.30, "Royal Bank high"), MN("CAD", 66.70, "CIBC close"),
              MN("CAD", 67.50, "CIBC record"), MN("CAD", 50.15, "Bank of Montreal close"), MN("CAD", 0.42, "Princeton Mining price"),
              MN("CAD", 0.35, "warrant price per share"), MP(1.7, "financial services sector rise")],
    audit=["index points, share counts and share prices (Royal Bank 54.85, CIBC 66.70, Bank of Montreal 50.15, Princeton 0.42) -> not "
           "records", "102.9 million valued at C$1.76 billion ($1.3 billion) -> trading volume", "rose more than 1.7 percent -> not a stake",
           "a private placement of special warrants at C$0.35 per share ... to raise C$5.4 million ($4 million) -> investment (Princeton "
           "Mining; placees not named, investor null)"])

doc(R, P + "C50test/AlexanderSmith/36069newsML.txt", None,
    slug_title="Morgan Grenfell freezes fund manager's assets",
    investments=[I(["Deutsche Bank"], ["MG European Growth Trust", "MG Europa", "MG European Capital Growth", "Morgan Grenfell"],
                   [("GBP", 150_000_000), ("GBP", 200_000_000)], opt=True)],
    must_not=[MN("GBP", 788_000_000, "size of MG European Growth Trust"), MN("USD", 1_240_000_000, "same in dollars"),
              MN("GBP", 134_000_000, "size of MG Europa"), MN("GBP", 445_000_000, "size of MG European Capital Growth")],
    audit=["the 788 million stg ($1.24 billion) MG European Growth Trust, the 134 million stg MG Europa and 445 million stg ... MG "
           "European Capital Growth -> not records: fund sizes",
           "Deutsche Bank had injected between 150 and 200 million stg into the funds, buying some of the securities for its own account "
           "-> investment (optional): a range, put into funds to cover irregularities rather than into a company",
           "90,000 investors / 38-year-old -> not money"])

doc(R, P + "C50test/JoeOrtiz/467057newsML.txt", None,
    slug_title="Prudential says capital injection clinched Scottish Amicable bid",
    investments=[I(["Prudential Corp", "Prudential", "The Prudential"], ["Scottish Amicable", "ScotAm"], [("GBP", 1_300_000_000)], opt=True)],
    must_not=[MN("GBP", 850_000_000, "Prudential's price for Scottish Amicable"), MN("GBP", 51_000_000_000, "size of Prudential's life fund"),
              MN("GBP", 900_000_000, "release to policyholders"), MP(75.0, "required vote")],
    audit=["the capital injection or support we've offered of up to 1.3 billion stg to the (ScotAm) life fund / The 1.3 billion stg "
           "investment ... provided to ScotAm at a commercial rate -> investment (optional): offered support to a life fund as part of a "
           "takeover bid, on commercial terms (loan-like), not yet approved",
           "The Prudential is paying 850 million stg -> not a record: the bid price (acquisition)",
           "life fund, which totals 51 billion stg / release of around 900 million stg -> not records", "a 75 percent vote -> not a stake"])

doc(R, P + "C50train/SimonCowell/311253newsML.txt", None,
    slug_title="Scottish Amicable to demutualise ahead of flotation",
    offerings=[O(["Scottish Amicable"], [("GBP", 1_000_000_000), ("USD", 1_680_000_000)], opt=True)],
    investments=[I(["Swiss Re", "Securitas Capital"], ["Scottish Amicable"], [("GBP", 395_000_000)]),
                 I(["Securitas Capital"], ["Scottish Amicable", "new business fund"], [("GBP", 45_000_000)]),
                 I(["Swiss Re", "Securitas Capital"], ["Scottish Amicable"], [("GBP", 350_000_000)], opt=True)],
    stakes=[S(["Securitas Capital"], ["Scottish Amicable", "new business fund"], 20.0, opt=True),
            S(["Scottish Amicable Holdings"], ["Scottish Amicable Life"], 100.0, opt=True)],
    must_not=[MN("GBP", 75_000_000, "special bonus to policyholders"), MN("GBP", 1_503, "bonus for one policy"),
              MN("GBP", 200_000_000, "payout to policyholders on flotation"), MN("GBP", 0.5958, "exchange rate")],
    audit=["in preparation for a 1.0 billion pounds ($1.68 billion) flotation ... in three to five years' time -> offering (optional): a "
           "distant plan", "an initial special bonus totalling 75 million pounds / 1,503 pounds / at least 200 million pounds -> not "
           "records: payouts to policyholders",
           "a deal with reinsurance giant Swiss Re and its affiliate Securitas Capital to provide an injection of cash of 395 million "
           "poounds -> investment (Swiss Re/Securitas in Scottish Amicable)",
           "existing with-profit fund will receive an immediate cash contribution of 350 million pounds -> investment (optional): the part "
           "of the 395m going into the with-profit fund",
           "Securitas Capital will invest up to 45 million pounds in return for approximately 20 percent of a new business fund -> "
           "investment (Securitas) and stake (optional, approximate)",
           "Scottish Amicable Life, a 100 percent owned subsidiary of ... Scottish Amicable Holdings -> stake (optional): a wholly-owned "
           "subsidiary", "three-quarters of policyholders -> not a stake", "($1=.5958 Pound) -> exchange rate"])

doc(R, P + "C50test/FumikoFujisaki/579118newsML.txt", None,
    slug_title="Nomura criminal complaint widens pay-off scandal",
    audit=["the Finance Minister will impose penalties / administrative penalties / strict penalties -> no figures, no records",
           "compensated a client for investment losses -> no figure", "no money or percent figure in the story"])
