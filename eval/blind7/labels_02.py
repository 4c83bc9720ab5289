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
             [("GBP", 325_000), ("USD", 550_000)])],
    must_not=[MN("GBP", 165_000_000, "Lloyds TSB's provisions for compensation")],
    audit=["Lloyds Bank was on Wednesday fined 325,000 pounds ($550,000) by a British investment industry watchdog / IMRO said it had "
           "fined Lloyds -> fine (Lloyds Bank, IMRO)",
           "must pay IMRO's investigation costs of 63,000 pounds -> no separate record: costs of the same disciplinary settlement",
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
