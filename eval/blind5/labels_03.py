"""Labels: FelixOnline/v2 (Felix, Imperial College London's student newspaper, archived as Hugo Markdown: YAML front matter with a
folded `title: >` or quoted title, `subtitle:` (usually the standfirst, repeating the first sentence), `date:` ('2014-06-06 02:38:41
+0100' or '2017-12-13 18:00:00'), `authors:` as user ids (kmw13, mjj15, tom_alston ...), categories, tags, sometimes old reader
comments inside the front matter; then the body). Author is left null (the ids are account names, not bylines); url null."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "FelixOnline/v2"
P = "content/articles/"
INNOV = ["Imperial Innovations", "Imperial Innovations Group", "Innovations"]

doc(R, P + "2014-2-7-imperial-spin-off-seeks-175m-in-stock-market-ipo.md",
    "Imperial Spin-off Seeks £175m in Stock Market IPO", published="2014-02-07",
    offerings=[O(["Circassia", "Circassia Pharmaceuticals", "Carissa"], [("GBP", 175_000_000)])],
    stakes=[S(INNOV, ["Circassia", "Carissa"], 19.7)],
    audit=["Seeks £175m in Stock Market IPO (title) / It hopes to raise approximately £175 million in the initial public offering "
           "(subtitle + body) -> offerings (Circassia): the IPO's target raise",
           "Imperial Innovations has a 19.7% equity stake in Circassia -> stakes (Imperial Innovations, Circassia 19.7)",
           "2006 -> not money"])

doc(R, P + "2014-6-6-imperial-innovations-in-bid-to-raise-150-million-via-investment.md",
    "Imperial Innovations in bid to raise £150 million via investment", published="2014-06-06",
    offerings=[O(INNOV, [("GBP", 150_000_000)]),
               O(["Circassia", "Circassia Pharmaceuticals"], [("GBP", 200_000_000)]),
               O(INNOV + ["Circassia"], [("GBP", 80_000_000)], opt=True)],
    stakes=[S(INNOV, ["Circassia", "Circassia Pharmaceuticals"], 14.0)],
    investments=[I(None, ["Yoyo"], [("USD", 5_000_000)])],
    must_not=[MN("GBP", 12_000_000, "what Veryan needs for US approval"),
              MN("GBP", 100_000_000, "aggregate the portfolio companies are seeking over twelve months"),
              MN("GBP", 4, "minimum price per share"), MP(6.0, "share-price rise"), MP(90.0, "shareholders who agreed to the placing")],
    audit=["bid to raise £150 million (title) / issue new shares on the stock market in a bid to raise up to £150 million -> offerings "
           "(Imperial Innovations): a placing of new shares",
           "Circassia ... made over £200 million at the stock market -> offerings (Circassia): its IPO earlier this year",
           "Innovations, who currently own 14% of the company -> stakes (Imperial Innovations, Circassia 14)",
           "raised over £80 million from the venture -> offerings (optional): what Innovations realised in the IPO (a holder's sale)",
           "Veryan ... needs £12 million -> not a record", "seeking to raise over £100 million ... over the next twelve months -> not a "
           "record: an aggregate of several companies' intentions",
           "minimum price for each share will be £4 / 442.50 / a rise of 6% -> per-share price and share move",
           "nearly 90% of shareholders -> not a stake",
           "Yoyo had secured $5 million in funding, the majority coming from Imperial Innovations -> investment (Yoyo round, investor "
           "null: several investors)"])

doc(R, P + "2016-6-17-top-investor-buys-shares-in-imperial-innovations.md",
    "Top investor buys shares in Imperial Innovations", published="2016-06-17",
    stakes=[S(["Neil Woodford", "Woodford"], INNOV, 21.0), S(["Neil Woodford", "Woodford"], INNOV, 19.9),
            S(["Neil Woodford", "Woodford"], INNOV, 20.0, opt=True)],
    investments=[I(["Neil Woodford", "Woodford"], INNOV, [("GBP", 11_600_000)])],
    must_not=[MN("GBP", 5_900_000, "Imperial Innovations' pre-tax loss"), MN("GBP", 3.45, "share price"),
              MN("GBP", 5_800_000, "Imperial College's endowment money in Woodford's fund (value of a holding)"),
              MN("GBP", 1_000_000, "endowment money going into tobacco companies")],
    audit=["Neil Woodford now owns 20% (subtitle) / taking his stake over 20% -> stake (optional): the rounded level",
           "whose fund now owns 21% of the company, up from 19.9% -> two stakes (Woodford, Imperial Innovations 21 and the earlier 19.9)",
           "has invested a further £11.6 million into Imperial Innovations -> investment (Woodford, Imperial Innovations)",
           "pre tax loss of £5.9 million -> not a record", "£3.45 a share -> share price",
           "investing £5.8 million of their endowment fund, of which almost £1 million goes directly into tobacco companies -> not "
           "records: values of holdings", "until 2020 / June 23rd -> not money"])

doc(R, P + "2016-6-3-imperial-sells-off-last-shares-of-life-sciences-start-up.md",
    "Imperial sells off last shares of life sciences start-up", published="2016-06-03",
    must_not=[MN("USD", 3_800_000_000, "Evonik's purchase of an Air Products division (acquisition price)")],
    audit=["sold its remaining shares in Alkion Biopharma to ... Evonik Industries / for an undisclosed fee -> no record",
           "purchasing a division within Air Products and Chemicals inc. for a cool $3.8 billion -> not a record: acquisition price",
           "2011 / 2020 -> not money"])

doc(R, P + "2014-6-2-yoyo-secure-seed-funding-worth-5m.md",
    "Yoyo secure seed funding worth $5m", published="2014-06-02",
    investments=[I(None, ["Yoyo"], [("USD", 5_000_000), ("GBP", 3_000_000)])],
    audit=["secure seed funding worth $5m (title) / seed funding for $5m (nearly £3m) -> investment (Yoyo seed round, investor null: "
           "Imperial Innovations, Firestartr and Telefonica); both currencies accepted",
           "32 food and drink outlets / 50,000 new students / 30,000 transactions per month -> not money"])

doc(R, P + "2013-11-24-imperial-born-bboxx-gets-silicon-valley-funding.md",
    "Imperial Born BBOXX Gets Silicon Valley Funding", published="2013-11-24",
    investments=[I(["Vinod Khosla", "Khosla"], ["BBOXX", "BBOXX Ltd"], [("USD", 1_500_000)]),
                 I(["Synergy Growth"], ["BBOXX", "BBOXX Ltd"], [("USD", 400_000)])],
    must_not=[MN("USD", 1_000_000_000, "size of Khosla's venture firm")],
    audit=["BBOXX have received $1.5m backing from Vinod Khosla -> investment (Vinod Khosla, BBOXX)",
           "received $400,000 from Synergy Growth, a British venture capital fund -> investment (Synergy Growth, BBOXX)",
           "a billion dollar venture capitalist firm -> not a record: size of an investor's firm",
           "1.4 billion people / 20 million by 2020 / 2010 -> not money"])

doc(R, P + "2017-12-13-imperial-fined-after-death-of-lab-researcher.md",
    "Imperial fined after death of lab researcher", published="2017-12-13",
    fines=[F(["Imperial College London", "Imperial", "the College", "College"],
             ["Southwark Crown Court", "court", "Judge Michael Grieve QC", "Michael Grieve"], [("GBP", 70_000)]),
           F(["Chelsea and Westminster NHS Trust"], ["Southwark Crown Court", "court", "Judge Michael Grieve QC", "Michael Grieve"],
             [("GBP", 80_000)])],
    must_not=[MN("GBP", 23_069.19, "prosecution costs each must pay")],
    audit=["Imperial College London has been fined £70,000 / The College was fined £70,000 -> fines (Imperial College London, Southwark "
           "Crown Court: the court found the breach of the Health and Safety at Work etc. Act)",
           "Chelsea and Westminster NHS Trust was also fined £80,000 -> fines (the Trust, same court)",
           "ordered to pay costs of £23,069.19 (twice) -> not records: costs",
           "23rd October 2011 / 32 -> not money"])

doc(R, P + "2011-5-5-football-team-fined-after-ulu-cup-fight.md",
    "Football team fined after ULU Cup fight", published="2011-05-05",
    fines=[F(["football team", "The football team", "Imperial Football Club", "football club", "Imperial football team", "club"],
             ["Amateur Football Association", "AFA"], [("GBP", 100)])],
    audit=["The football team has been fined £100 by the Amateur Football Association (AFA) -> fines (Imperial's football club, AFA): a "
           "sports body's fine",
           "could include a complete ban or a fine -> no amount", "3-2 / 19th of March / 1st October 2011 -> not money"])

doc(R, P + "2014-1-31-french-energy-giant-to-invest-in-uk-fracking.md",
    "French Energy Giant to Invest in UK Fracking", published="2014-01-31",
    stakes=[S(["Total"], ["IGas Energy", "IGas", "two exploration licenses"], 40.0, opt=True)],
    investments=[I(["Total"], ["IGas Energy", "IGas", "UK Shale Gas", "UK shale gas industry"], [("GBP", 13_000_000)], opt=True)],
    must_not=[MP(10.0, "recovery rate of shale gas"), MP(2.0, "spare energy margins")],
    audit=["Total is set to invest up to £13 million ... in the fledgling UK Shale Gas (fracking) industry -> investment (optional): "
           "money put into IGas's licences, not into a company's equity",
           "A forty per cent stake of two exploration licenses ... owned by IGas Energy -> stake (optional): a share of licences, not of "
           "a company",
           "a recovery of ten per cent / as low as 2% by 2015 -> not records",
           "1,300 trillion cubic feet / fifty years -> not money"])

doc(R, P + "2010-12-9-140-million-investment-boost-to-imperial-spin-out-companies.md",
    "£140 million investment boost to Imperial spin-out companies", published="2010-12-09",
    offerings=[O(INNOV, [("GBP", 140_000_000)]),
               O(INNOV, [("GBP", 55_000_000)], opt=True), O(INNOV, [("GBP", 74_000_000)], opt=True)],
    must_not=[MN("GBP", 9_500_000, "Respivert's profit from sales"), MN("GBP", 14_000_000, "cash raised for Imperial last year"),
              MN("GBP", 20_000_000, "cash raised for Imperial in previous years"),
              MN("GBP", 56_000_000, "part of the money intended for Imperial's spin-offs"),
              MN("GBP", 49_700_000, "money reinvested by Innovations"), MP(40.0, "share of funds for spin-off investments"),
              MP(60.0, "share of funds for collaborations")],
    audit=["£140 million investment boost (title) / intends to raise £140 million within the next two years ... through the sale of "
           "several million new shares ... in rights and warrant issues -> offerings (Imperial Innovations)",
           "Initial sales ... predicted to raise £55 million in January 2011 and a further £74 million by January 2013 -> offerings "
           "(optional): tranches of the same raise",
           "Respivert ... raise £9.5 million in profit through sales -> not a record",
           "£211 million has been raised by developments since 2006 -> unclear (proceeds of spin-offs), not labelled",
           "£49.7 million of which has been reinvested / raising £14 million for Imperial last year and over £20 million in previous "
           "years / the £56 million intended for Imperial -> not records",
           "only 40% ... The remaining 60% -> not stakes", "344 new inventions and 48 patents -> not money"])

doc(R, P + "2016-2-12-rowers-forced-to-pay-hotel-two-grand-in-fines.md",
    "Rowers forced to pay hotel two grand in fines", published="2016-02-12",
    fines=[F(["rowing club", "The rowing club", "boat club", "the boat club"], None, [("GBP", 2050)], opt=True)],
    audit=["pay £2050 in reparations to the Ambassadors Hotel / The £2050 fine was paid in full by the boat club -> fines (optional): "
           "reparations to a hotel that the article also calls a fine (no authority imposes it)",
           "two grand (title) -> same sum, in words", "about a third of their income -> not money"])

doc(R, P + "2019-05-03-are-uber-s-bankers-getting-cold-feet.md",
    ["Are Uber’s bankers getting cold feet?", "Are Uber’s bankers getting cold feet? "], published="2019-05-03",
    valuations=[V(["Uber"], [("USD", 80_000_000_000), ("USD", 90_000_000_000)]),
                V(["Uber"], [("USD", 100_000_000_000)], opt=True),
                V(["Snap"], [("USD", 24_000_000_000)])],
    investments=[I(["Softbank's vision fund", "Softbank", "SoftBank Vision Fund", "Vision Fund", "SoftBank"], ["Uber"],
                   [("USD", 7_700_000_000)])],
    must_not=[MN("USD", 44, "bottom of the IPO price range"), MN("USD", 55, "top of the IPO price range"),
              MN("USD", 17, "Snap's listing price per share"), MN("USD", 2_100_000_000, "Uber's 2018 cash burn"),
              MP(20.0, "Lyft trading below its issue price"), MP(30.0, "Snap trading below its listing price")],
    audit=["lowered its expectations from a rumoured IPO valuation of around $100 billion to between $80-90 billion -> valuation (Uber): "
           "the range now expected (either end accepted); the superseded $100 billion is optional",
           "initial price range of $44 to $55 -> per-share prices",
           "Lyft ... trading 20% below its issue price / shares trade at roughly 30% below the listing price -> share moves",
           "burning through $2.1bn in cash in 2018 -> not a record",
           "Snap, who went public for $24 billion in early 2017, listing ... at $17 per share -> valuation (Snap): the value at its IPO",
           "Softbank's vision fund injected $7.7bn into Uber in January 2018 to become the largest shareholder -> investment (SoftBank's "
           "Vision Fund, Uber)", "nearly 4m shares -> share count"])

doc(R, P + "2011-11-17-groupon-is-the-social-buying-giant-losing-fuel.md",
    "Groupon: Is the social buying giant losing fuel?", published="2011-11-17",
    valuations=[V(["Groupon"], [("USD", 12_700_000_000)])],
    must_not=[MN("USD", 6_000_000_000, "Google's rejected offer to buy Groupon (takeover bid)"),
              MN("USD", 1_700_000_000, "Groupon's expected revenue"), MP(50.0, "Groupon's cut of deals")],
    audit=["has recently been valued at $12.7bn -> valuation (Groupon): its IPO valuation",
           "taking cuts of around 50% -> not a record", "115 million subscribers / 32.5 million vouchers -> not money",
           "$1.7bn of revenue this year -> not a record", "rejected Google's offer to buy the company for $6bn -> not a record: takeover "
           "bid", "175 markets / 47 countries / 39 to over 10,000 employees / 500 similar sites -> not money"])

doc(R, P + "2019-04-27-scandals-raises-questions-over-goldman-conduct.md",
    "Scandals raises questions over Goldman Conduct", published="2018-11-30",
    fines=[F(["Goldman Sachs", "Goldman"], ["US Securities and Exchange Commission", "Securities and Exchange Commission", "SEC"],
             [("USD", 550_000_000)]),
           F(["Goldman Sachs", "Goldman", "the bank"], ["South Korea's financial regulator", "financial regulator"], [("USD", 6_700_000)])],
    must_not=[MN("USD", 3_500_000_000, "money stolen from 1MDB"), MN("USD", 6_500_000_000, "1MDB bond deals Goldman arranged"),
              MN("USD", 600_000_000, "Goldman's fees"), MN("USD", 10_000_000_000, "Malaysia's 1MDB-linked debt repayments"),
              MP(2.8, "fiscal deficit"), MP(3.7, "fiscal deficit")],
    audit=["sued by the US Securities and Exchange Commission ... paid $550m to settle the allegations -> fines (Goldman Sachs, SEC): a "
           "government settlement (the text says the chief executive paid it; the payer is the bank)",
           "South Korea's financial regulator imposed a $6.7m fine on the bank -> fines (Goldman Sachs, South Korea's financial regulator)",
           "at least $3.5 billion was stolen / $6.5bn in bond deals / $600m in fees / up to $10bn in debt repayments -> not records",
           "2.8% to 3.7% -> fiscal deficit, not stakes", "17th spot / 2009 / 18 months -> not money"])

doc(R, P + "2013-11-15-201-million-donation-creates-imperials-brevan-howard-centre.md",
    "£20.1 million donation creates Imperial’s Brevan Howard Centre", published="2013-11-15",
    must_not=[MN("GBP", 20_100_000, "donation to Imperial College")],
    audit=["a historic £20.1 million donation (title, subtitle, body) -> not a record: a donation"])
