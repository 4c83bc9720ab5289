"""Labels: hagar110/topics-classification, bbc/business/NNN.txt — the BBC News business articles of 2004-2005 (the
public "BBC datasets" corpus of D. Greene and P. Cunningham), kept as one plain-text file per article: the headline on the
first line, a blank line, then the body. No byline, date or url in the files (meta: title only). Fines and settlements
first, then stakes and investments, offerings, then negatives."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "hagar110/topics-classification"
P = "bbc/business/"
SEC = ["Securities and Exchange Commission", "US Securities and Exchange Commission", "SEC"]

doc(R, P + "122.txt", "US bank in $515m SEC settlement",
    fines=[F(["Bank of America", "BOA", "Five Bank of America subsidiaries"], SEC, [("USD", 515_000_000), ("GBP", 277_000_000)]),
           F(["Banc of America Capital Management", "BACAP Distributors", "Banc of America Securities", "Bank of America", "BOA"],
             SEC, [("USD", 375_000_000)]),
           F(["Columbia Management Advisors", "CAM", "Columbia Funds Distributor", "CFD", "Columbia Distributor",
              "Bank of America", "BOA"], SEC, [("USD", 140_000_000)]),
           F(["Banc of America Capital Management", "BACAP Distributors", "Banc of America Securities", "Bank of America", "BOA"],
             SEC, [("USD", 125_000_000)], opt=True),
           F(["Banc of America Capital Management", "BACAP Distributors", "Banc of America Securities", "Bank of America", "BOA"],
             SEC, [("USD", 250_000_000)], opt=True),
           F(["Peter Martin", "Erik Gustafson", "Joseph Palombo"], SEC, [("USD", 50_000), ("USD", 100_000)], opt=True)],
    must_not=[MN("USD", 2_000_000_000, "penalties the SEC imposed on 15 funds in two years (aggregate)"),
              MN("USD", 47_000_000_000, "BOA's merger with FleetBoston (acquisition price)")],
    audit=["Five Bank of America subsidiaries have agreed to pay a total of $515m (£277m) to settle an investigation (title: $515m SEC "
           "settlement) -> fine (Bank of America, SEC): settlement with a regulator, the total of the two deals",
           "The SEC agreed a deal totalling $375m with Banc of America Capital Management, BACAP Distributors and Banc of America "
           "Securities -> fine (the BOA subsidiaries, SEC)",
           "made up of $250m to pay back gains from market timing, and $125m in penalties -> fines (optional): parts of the $375m deal "
           "(disgorgement and penalty)",
           "a $140m deal - equally split between penalties and compensation - in its probe into Columbia Management Advisors (CAM) and "
           "Columbia Funds Distributor (CFD) -> fine (CAM/CFD, SEC)",
           "imposed penalties totalling nearly $2bn on 15 funds -> not a record: aggregate over many payers",
           "snapped up rival bank FleetBoston in a $47bn merger -> not a record: acquisition price",
           "three other ex-managers ... paid personal financial penalties of between $50-100,000 -> fines (optional): a range over three "
           "people"])

doc(R, P + "400.txt", "Monsanto fined $1.5m for bribery",
    fines=[F("Monsanto", ["US Department of Justice", "Department of Justice", "Securities and Exchange Commission", "SEC",
                          "American authorities"], [("USD", 1_500_000), ("GBP", 799_000)]),
           F("Monsanto", ["US Department of Justice", "Department of Justice"], [("USD", 1_000_000)], opt=True),
           F("Monsanto", SEC, [("USD", 500_000)], opt=True)],
    must_not=[MN("USD", 50_000, "the bribe paid to an Indonesian official")],
    audit=["agreed to pay a $1.5m (£799,000) fine for bribing an Indonesian official (title: fined $1.5m) -> fine (Monsanto; DoJ and "
           "SEC)", "has agreed to pay $1m to the Department of Justice / paying $500,000 to the SEC -> fines (optional): the two parts of "
           "the $1.5m", "a $50,000 bribe -> not a record"])

doc(R, P + "390.txt", "Wal-Mart to pay $14m in gun suit",
    fines=[F(["Wal-Mart"], ["California attorney general", "Bill Lockyer", "California attorney general Bill Lockyer"],
             [("USD", 14_500_000), ("GBP", 7_740_000), ("USD", 14_000_000)]),
           F(["Wal-Mart"], ["California attorney general", "Bill Lockyer", "California attorney general Bill Lockyer"],
             [("USD", 5_000_000)], opt=True)],
    must_not=[MN("USD", 4_000_000, "funding of state compliance checks (part of the settlement, not a fine)")],
    audit=["agreed to pay a total of $14.5m (£7.74m) to settle a lawsuit over gun sales violations (title: $14m) -> fine (Wal-Mart, "
           "California attorney general): settlement of a state's suit", "The total payment includes $5m in fines -> fine (optional): "
           "part of the same settlement", "more than $4m to fund state compliance checks -> not a record"])

doc(R, P + "331.txt", "Disney settles disclosure charges",
    stakes=[S(["Walt Disney", "Disney"], ["Lifetime"], 50.0)],
    must_not=[MN("USD", 60_000, "directors' children's pay"), MN("USD", 150_000, "directors' children's pay"),
              MN("GBP", 30_800, "pay in pounds"), MN("USD", 1_000_000, "a director's wife's salary"),
              MN("USD", 200_000, "office services for a former director")],
    audit=["The media giant was not fined by the Securities and Exchange Commission -> no fine record",
           "paid between $60,000 (£30,800) and $150,000 a year / earned more than $1m a year / more than $200,000 annually -> not records",
           "a 50% Disney-owned subsidiary company - Lifetime -> stake (Disney in Lifetime 50)"])

doc(R, P + "060.txt", "Insurance bosses plead guilty",
    fines=[F(["Marsh & McLennan", "Marsh"], ["New York attorney general", "Eliot Spitzer", "New York attorney general Eliot Spitzer",
                                             "Mr Spitzer"], [("USD", 850_000_000), ("GBP", 415_000_000)])],
    audit=["Marsh agreed to pay $850m (£415m) to settle a lawsuit filed by Mr Spitzer (New York attorney general) -> fine (Marsh, NY "
           "attorney general): settlement of a state's suit", "faces up to four years in prison -> not money"])

doc(R, P + "102.txt", "US company admits Benin bribery",
    fines=[F(["Titan", "Titan corporation", "The Titan corporation"], None, [("USD", 28_500_000)]),
           F(["Titan", "Titan corporation", "The Titan corporation"], None, [("USD", 13_000_000)]),
           F(["Titan", "Titan corporation", "The Titan corporation"], SEC, [("USD", 15_500_000)])],
    must_not=[MN("USD", 2_000_000, "money funnelled into the re-election campaign"), MN("USD", 2_100_000, "payment to an agent in Benin")],
    audit=["has agreed to pay $28.5m after admitting bribery -> fine (Titan; the total, no single authority)",
           "It agreed to pay $13m in criminal penalties -> fine (Titan; prosecutors, authority not named as such)",
           "$15.5m to settle a civil lawsuit brought by ... the Securities and Exchange Commission (SEC) -> fine (Titan, SEC)",
           "more than $2m into the 2001 re-election campaign / illegally paying $2.1m to an unnamed agent -> not records: the bribes"])

doc(R, P + "263.txt", "Split-caps pay £194m compensation",
    fines=[F(None, ["Financial Services Authority", "FSA"], [("GBP", 194_000_000)], opt=True)],
    must_not=[MN("GBP", 350_000_000, "compensation the FSA was reported to have asked for (superseded)")],
    audit=["Investors ... are to receive £194m compensation ... Eighteen investment firms ... agreed the compensation package with the "
           "Financial Services Authority (title: Split-caps pay £194m compensation) -> fine (optional): compensation agreed with a "
           "regulator by eighteen firms, no single payer and not a penalty",
           "asked firms to pay up to £350m in compensation -> not a record: an earlier demand, superseded",
           "50,000 people / 780 files / 27,000 conversations -> not money"])

doc(R, P + "187.txt", "Bank payout to Pinochet victims",
    fines=[F(["Riggs Bank", "Riggs"], None, [("USD", 16_000_000)]),
           F(["Riggs Bank", "Riggs"], None, [("USD", 8_000_000)], opt=True)],
    audit=["donate more than $8m to victims ... under a Madrid court settlement -> fine (optional): settlement of a judge's complaint, "
           "paid as a donation to a victims' fund",
           "in a US court, Riggs Bank pleaded guilty ... it was ordered to pay a fine of $16m -> fine (Riggs Bank; a US court, authority "
           "not named)", "More than 3,000 people -> not money"])

doc(R, P + "489.txt", "Criminal probe on Citigroup deals",
    must_not=[MN("EUR", 11_000_000_000, "government bonds sold by Citigroup's traders"), MN("USD", 14_400_000_000, "same in dollars"),
              MN("GBP", 7_600_000_000, "same in pounds"), MN("EUR", 4_000_000_000, "bonds bought back")],
    audit=["the sale of 11bn euros ($14.4bn; £7.6bn) of government bonds ... 4bn euros-worth then bought back -> not records: trading "
           "volumes", "could face a five-year jail term or a fine -> no figure"])

doc(R, P + "475.txt", "Watchdog probes Vivendi bond sale",
    fines=[F(["Vivendi Universal", "Vivendi"], ["AMF"], [("EUR", 1_000_000), ("USD", 1_300_000), ("GBP", 690_000)]),
           F(["Jean-Marie Messier", "Messier"], ["AMF"], [("EUR", 1_000_000), ("USD", 1_300_000), ("GBP", 690_000)])],
    audit=["Vivendi and its former chief executive Jean-Marie Messier were each fined 1m euros ($1.3m; £690,000) by AMF -> two fines "
           "(Vivendi, AMF) and (Messier, AMF)", "could face penalties if the complaint is upheld -> no figure"])

doc(R, P + "403.txt", "WorldCom bosses' $54m payout",
    must_not=[MN("USD", 54_000_000, "class-action settlement by former directors (private)"), MN("GBP", 28_850_000, "same in pounds"),
              MN("USD", 18_000_000, "directors' own share of the settlement"), MN("USD", 36_000_000, "insurers' share"),
              MN("USD", 11_000_000_000, "accounting scandal")],
    audit=["Ten former directors at WorldCom have agreed to pay $54m (£28.85m), including $18m from their own pockets, to settle a class "
           "action lawsuit -> not a record: private class-action settlement (the Comptroller leads the class as plaintiff, not as a "
           "regulator)", "The remaining $36m will be paid by the directors' insurers -> not a record",
           "an $11bn accounting scandal -> not a record"])

doc(R, P + "414.txt", "Enron bosses in $168m payout",
    must_not=[MN("USD", 168_000_000, "shareholder class-action settlement (private)"), MN("GBP", 89_000_000, "same in pounds"),
              MN("USD", 13_000_000, "directors' own payments"), MN("USD", 155_000_000, "insurance share"),
              MN("USD", 500_000_000, "total retrieved for investors"), MN("GBP", 378_800_000, "same in pounds"),
              MN("USD", 145_000_000, "University of California's losses")],
    audit=["a $168m (£89m) settlement deal in a shareholder lawsuit -> not a record: private class-action settlement",
           "10 of the former directors will pay $13m / $155m of which will be covered by insurance / just under $500m (£378.8m) has been "
           "retrieved / lost $145m on its investments -> not records"])

doc(R, P + "435.txt", "Fosters buys stake in winemaker",
    stakes=[S(["Fosters", "Foster's"], ["Southcorp"], 18.8)],
    valuations=[V(["Southcorp"], [("AUD", 3_100_000_000), ("USD", 2_400_000_000), ("GBP", 1_250_000_000)], opt=True)],
    must_not=[MN("AUD", 4.17, "price per share paid"), MN("AUD", 4.25, "Southcorp share price"),
              MN("AUD", 846_000_000, "proceeds from selling Lensworth"), MN("USD", 1_000_000_000, "Constellation's purchases of BRL Hardy / Mondavi")],
    audit=["Fosters bought 18.8% of Southcorp (title: buys stake) ... from Reline Investments -> stake (Fosters in Southcorp 18.8)",
           "for 4.17 Australian dollars per share / suspended at A$4.25 -> not records: share prices",
           "A bid at that price would value the company at A$3.1bn ($2.4bn; £1.25bn) -> valuation (optional): implied by a hypothetical bid",
           "A$846m from selling property business Lensworth -> not a record: sale price",
           "bought Australian firm BRL Hardy for just over $1bn / paid $1bn for ... Robert Mondavi -> not records: acquisition prices",
           "2,700 people -> not money"])

doc(R, P + "409.txt", "UK bank seals South Korean deal",
    stakes=[S(["South Korean government", "South Korea's government", "government"], ["Korea First Bank", "KFB"], 51.4),
            S(["Standard Chartered"], ["Korea First Bank", "KFB"], 100.0, opt=True)],
    offerings=[O(["Standard Chartered"], [("GBP", 1_000_000_000), ("USD", 1_800_000_000)])],
    must_not=[MN("USD", 3_300_000_000, "Standard Chartered's price for Korea First Bank (acquisition)"), MN("GBP", 1_800_000_000, "same in pounds"),
              MN("USD", 44_000_000_000, "annual revenues of the Korean banking market"), MN("GBP", 9.25, "share price 925p"),
              MN("GBP", 0.28, "share price move 28 pence"),
              MP(3.0, "share price fall"), MP(10.0, "share of capital issued"), MP(16.0, "revenue share from KFB"),
              MP(22.0, "share of group assets"), MP(6.0, "market share"), MP(0.3, "FTSE decline"), MP(4.5, "GDP growth"),
              MP(40.0, "services share of the economy"), MP(45.0, "mortgages share of loans")],
    audit=["would spend $3.3bn (£1.8bn) to buy one of South Korea's main retail banks -> not a record: acquisition price",
           "raised funds for the deal by selling new stocks worth £1bn ($1.8bn), equal to 10% of its share capital / sale of 118 million "
           "new shares to institutional investors -> offering (Standard Chartered share placing)",
           "buying 100% of KFB -> stake (optional): the whole bank in a takeover",
           "The South Korean government owns 51.4% of KFB -> stake (government in KFB 51.4); Newbridge's remaining holding has no percent",
           "share moves, revenue and asset shares, market share, growth and loan mix -> not records"])

doc(R, P + "208.txt", "China's Shanda buys stake in Sina",
    stakes=[S(["Shanda Interactive Entertainment", "Shanda"], ["Sina"], 20.0)],
    investments=[I(["Shanda Interactive Entertainment", "Shanda"], ["Sina"], [("USD", 230_000_000)], opt=True)],
    must_not=[MN("USD", 27.24, "Sina share price"), MP(10.0, "share price rise"), MP(6.4, "share price rise")],
    audit=["has bought a 20% stake in Sina (title + body, 'Shanda has 20% of Sina') -> stake (Shanda in Sina 20)",
           "its shares were purchased ... for about $230m -> investment (optional): price of shares bought in the market",
           "more than 10% / 6.4% to $27.24 -> not records: share price"])

doc(R, P + "325.txt", "Indy buys into India paper",
    stakes=[S(["Independent News & Media", "Independent"], ["Jagran"], 26.0)],
    investments=[I(["Independent News & Media", "Independent"], ["Jagran"], [("EUR", 25_000_000), ("USD", 34_100_000)], opt=True)],
    must_not=[MP(10.0, "advertising/circulation revenue growth"), MP(20.0, "circulation growth")],
    audit=["buying up a 26% stake in Indian newspaper company Jagran -> stake (Independent News & Media in Jagran 26)",
           "in a deal worth 25m euros ($34.1m) -> investment (optional): stake purchase price, new or existing shares not said",
           "up over 10% / almost 10% / up by 20% to 260,000 -> not records", "62 years -> not money"])

doc(R, P + "315.txt", "S&N extends Indian beer venture",
    stakes=[S(["Scottish and Newcastle", "Scottish & Newcastle", "S&N"], ["United Breweries", "United"], 37.5),
            S(["Scottish and Newcastle", "Scottish & Newcastle", "S&N"], ["United Breweries", "United"], 17.5, opt=True),
            S(["Scottish and Newcastle", "Scottish & Newcastle", "S&N"], ["United Breweries", "United"], 20.0, opt=True),
            S(["Scottish and Newcastle", "Scottish & Newcastle", "S&N"], ["Millennium Alcobev"], 40.0),
            S(["United Breweries", "United"], ["Millennium Alcobev"], 40.0)],
    investments=[I(["Scottish and Newcastle", "Scottish & Newcastle", "S&N"], ["United Breweries", "United"],
                   [("INR", 2_470_000_000)]),
                 I(["Scottish and Newcastle", "Scottish & Newcastle", "S&N"], ["United Breweries", "United"],
                   [("INR", 4_660_000_000), ("USD", 106_000_000), ("GBP", 54_600_000)], opt=True)],
    must_not=[MP(29.0, "Kingfisher's market share"), MN("USD", 1_800_000_000, "Kingfisher Airlines' aircraft order")],
    audit=["to buy 37.5% of India's United Breweries in a deal worth 4.66bn rupees ($106m:£54.6m) -> stake (S&N in United 37.5) and "
           "investment (optional): purchase price of the stake",
           "a 17.5% equity stake ... and make a public offer to buy another 20% stake -> stakes (optional): the two parts of the 37.5%",
           "both parties having a 40% stake in the venture - Millennium Alcobev -> stakes (S&N 40, United 40)",
           "S&N is to invest 2.47bn rupees in United through non-convertible redeemable preference shares -> investment (S&N in United)",
           "Kingfisher has market share of about 29% -> not a stake", "a deal worth up to $1.8bn (aircraft) -> not a record: purchase order",
           "1.2 billion bottles -> not money"])

doc(R, P + "039.txt", "Chinese wine tempts Italy's Illva",
    stakes=[S(["Illva Saronno", "Illva"], ["Changyu"], 33.0),
            S(["Yantai State Asset Management Bureau"], ["Changyu"], 55.0),
            S(["Yantai city government", "Yantai State Asset Management Bureau"], ["Changyu"], 12.0),
            S(None, ["Changyu"], 10.0, opt=True)],
    investments=[I(["Illva Saronno", "Illva"], ["Changyu"], [("CNY", 481_420_000), ("USD", 58_160_000), ("GBP", 30_700_000)], opt=True)],
    must_not=[MP(25.0, "growth of wine sales"), MN("CNY", 61_100_000_000, "Chinese wine sales")],
    audit=["agreed to buy 33% of Changyu -> stake (Illva in Changyu 33)",
           "Illva will pay 481.42m yuan ($58.16m; £30.7m) ... will acquire the shares from the Yantai State Asset Management Bureau -> "
           "investment (optional): price of existing shares bought from the state owner",
           "Yantai State Asset Management Bureau ... owns 55% of Changyu -> stake", "sell 10% ... to another overseas company (unnamed) -> "
           "stake (optional)", "The remaining 12% will be retained by the Yantai city government -> stake",
           "wine sales in 2003 up 25% at 61.1bn yuan -> not records", "0.22 litres / 59 litres -> not money"])

doc(R, P + "160.txt", "GM pays $2bn to evade Fiat buyout",
    stakes=[S(["General Motors", "GM"], ["Fiat"], 20.0), S(["General Motors", "GM"], ["Fiat"], 10.0),
            S(["Fiat"], ["General Motors", "GM"], 6.0)],
    must_not=[MN("EUR", 1_550_000_000, "GM's payment to Fiat to end the put option"), MN("USD", 2_000_000_000, "same in dollars"),
              MN("GBP", 1_100_000_000, "same in pounds"), MN("EUR", 2_000_000_000, "predicted pay-off"),
              MN("EUR", 1_000_000_000, "first instalment"), MN("EUR", 550_000_000, "second instalment"), MN("EUR", 6.2, "Fiat share price"),
              MP(4.5, "share price rise"), MP(7.0, "share price rise")],
    audit=["is to pay Fiat 1.55bn euros ($2bn; £1.1bn) to get out of a deal -> not a record: a payment to cancel a put option, not a "
           "fine, investment or valuation", "expected a 2bn euro pay-off / 1bn euros immediately, with another 550m -> not records",
           "rose 4.5% ... to 6.2 euros / more than 7% -> not records",
           "GM swapped a 6% stake in itself for 20% of Fiat -> stakes (GM in Fiat 20; Fiat in GM 6)",
           "halving GM's stake to 10% -> stake (GM in Fiat 10)", "Fiat sold half its finance arm -> not a percent figure"])

doc(R, P + "269.txt", "Air China in $1bn London listing",
    offerings=[O(["Air China"], [("USD", 1_000_000_000), ("GBP", 514_000_000)])],
    must_not=[MN("EUR", 1_000_000_000, "Airbus sale of 23 planes to Air China"), MN("USD", 1_300_000_000, "same in dollars"),
              MN("GBP", 690_000_000, "same in pounds")],
    audit=["Air China plans to raise $1bn (£514m) from the flotation (title: $1bn London listing) -> offering (Air China)",
           "a deal worth 1bn euros ($1.3bn; £690m) for Airbus to sell 23 new planes -> not a record: aircraft order"])

doc(R, P + "186.txt", "Huge rush for Jet Airways shares",
    offerings=[O(["Jet Airways"], [("USD", 443_000_000), ("GBP", 230_800_000)])],
    must_not=[MN("INR", 1050, "bottom of the price range"), MN("INR", 1125, "top of the price range"), MN("USD", 24, "price range in dollars"),
              MN("USD", 26, "price range in dollars"), MP(85.0, "share of bids at the top of the range"),
              MP(45.0, "Jet's share of the domestic market"), MP(20.0, "share of the equity sold in the IPO (no holder)")],
    audit=["It sold 20% of its equity or 17.2 million shares in a bid to raise up to $443m (£230.8m) -> offering (Jet Airways IPO); "
           "20% is the size of the float, not anyone's stake", "oversubscribed 16.2 times -> not money",
           "price range of 1,050-1,125 rupees ($24-$26) -> not records: share prices", "Over 85% of the bids / 45% of the market -> not stakes",
           "42 aircraft / 271 flights -> not money"])

doc(R, P + "276.txt", "India power shares jump on debut",
    offerings=[O(["National Thermal Power Corp", "NTPC"], [("INR", 54_000_000_000), ("USD", 1_200_000_000)])],
    must_not=[MP(13.0, "share price rise on debut")],
    audit=["The 865 million share offer, a mix of new shares and sales by the government, raised 54bn rupees($1.2bn) -> offering (NTPC)",
           "risen 13% on their stock market debut -> not a record", "India's second $1bn stock debut ... after the flotation by software "
           "firm Tata -> no record: a class of size, not Tata's amount", "eleven times oversubscribed -> not money"])

doc(R, P + "365.txt", "Nasdaq planning $100m-share sale",
    offerings=[O(["Nasdaq Stock Market", "Nasdaq"], [("USD", 100_000_000), ("GBP", 52_000_000)])],
    audit=["Nasdaq Stock Market plans to raise $100m (£52m) from the sale (title: $100m-share sale) -> offering (Nasdaq): a public share "
           "sale (the proceeds go to the selling holders of the private placings)",
           "sold shares in private placements during 2000 and 2001 -> no figure"])

doc(R, P + "233.txt", "Bat spit drug firm goes to market",
    offerings=[O(["Paion"], [("EUR", 70_000_000), ("USD", 91_000_000), ("GBP", 49_000_000)])],
    valuations=[V(["Paion"], [("EUR", 200_000_000)], opt=True)],
    must_not=[MN("EUR", 11, "bottom of the price range"), MN("EUR", 14, "top of the price range")],
    audit=["looking to raise more than 70m euros ($91m; £49m) on the stock market -> offering (Paion IPO)",
           "sell 5 million shares - a third of the firm - for 11-14 euros a share -> not records: share prices; 'a third' is the float",
           "If the final price is at the top of the range, the company could be valued at as much as 200m euros -> valuation (optional): "
           "conditional upper bound"])

doc(R, P + "051.txt", "Fiat mulls Ferrari market listing",
    stakes=[S(["Fiat"], ["Ferrari"], 56.0)],
    valuations=[V(["Ferrari"], [("EUR", 2_300_000_000)])],
    investments=[I(["Mediobanca"], ["Ferrari"], [("EUR", 775_000_000), ("USD", 1_000_000_000)], opt=True)],
    must_not=[MN("USD", 2_000_000_000, "GM's payment to Fiat to exit the alliance"), MN("EUR", 1_530_000_000, "same in euros"),
              MN("GBP", 1_050_000_000, "same in pounds")],
    audit=["a $2bn (1.53bn euros; £1.05bn) settlement with GM about Fiat's ownership / agreed to pay $2bn to exit an agreement -> not "
           "records: a payment between companies to end a put option, not a fine",
           "Fiat owns a 56% stake in Ferrari -> stake (Fiat in Ferrari 56)",
           "sell a minority stake to Italian bank Mediobanca for 775m euros ($1bn) -> investment (optional): price of a stake bought "
           "from Fiat", "That sale valued Ferrari ... at 2.3bn euros -> valuation (Ferrari)", "about 10,000 cars -> not money"])

doc(R, P + "048.txt", "Parmalat to return to stockmarket",
    offerings=[O(["Parmalat", "Parmalat Finanziaria"], [("EUR", 2_000_000_000)], opt=True)],
    must_not=[MN("EUR", 14_000_000_000, "Parmalat's debts"), MN("USD", 18_340_000_000, "same in dollars"),
              MN("GBP", 9_600_000_000, "same in pounds"), MP(5.7, "recovery rate for creditors"), MP(11.3, "earlier hoped recovery"),
              MP(7.3, "recovery rate"), MP(6.9, "recovery rate")],
    audit=["debts of 14bn euros ($18.34bn; £9.6bn) -> not records", "creditors' debts ... converted into shares through two new share "
           "issues amounting to more than 2bn euros -> offering (optional): debt-for-equity issues, not a sale for cash",
           "5.7% / 11.3% / 7.3% to 6.9% of the debts they are owed -> not stakes: recovery rates"])

doc(R, P + "367.txt", "Takeover offer for Sunderland FC",
    stakes=[S(["Bob Murray", "Mr Murray"], ["Sunderland FC", "Sunderland"], 37.6), S(["Bob Murray", "Mr Murray"], ["Sunderland FC", "Sunderland"], 42.3),
            S(["BSkyB"], ["Sunderland FC", "Sunderland"], 4.76)],
    must_not=[MN("GBP", 1_500_000, "Murray's bid for the rest of the club (takeover offer)"), MN("USD", 2_800_000, "same in dollars"),
              MN("GBP", 1_530_000, "maximum cost of the remaining shares"), MN("GBP", 0.31, "price per share"),
              MN("GBP", 20_600_000, "losses"), MN("GBP", 1_200_000, "losses"), MN("GBP", 42_500_000, "turnover"), MN("GBP", 28_500_000, "turnover")],
    audit=["has launched a £1.5m ($2.8m) bid for the club / expected to pay a maximum of £1.53m for the remaining shares -> not records: "
           "takeover offer for the shares he does not own", "holding a 37.6% stake -> stake (Murray in Sunderland 37.6)",
           "buy BSkyB's 4.76% holding ... taking his stake to 42.3% -> stakes (BSkyB 4.76; Murray 42.3)", "31p a share -> share price",
           "losses from £20.6m to £1.2m / turnover from £42.5m to £28.5m -> not records"])

doc(R, P + "444.txt", "Khodorkovsky quits Yukos shares",
    stakes=[S(["Mikhail Khodorkovsky", "Khodorkovsky", "Mr Khodorkovsky"], ["Group Menatep", "Menatep"], 59.5),
            S(["Leonid Nevzlin", "Nevzlin", "Mr Nevzlin"], ["Group Menatep", "Menatep"], 59.5, opt=True)],
    must_not=[MN("USD", 9_400_000_000, "Rosneft's purchase of Yuganskneftegaz at auction"), MN("GBP", 5_000_000_000, "same in pounds"),
              MN("USD", 27_000_000_000, "government tax claims against Yukos"), MN("USD", 15_000_000_000, "Khodorkovsky's estimated fortune")],
    audit=["handed over his entire 59.5% stake in holding company Group Menatep ... to Leonid Nevzlin -> stake (Khodorkovsky in Menatep "
           "59.5, the holding he had); Nevzlin's resulting holding optional (implied, not stated as his)",
           "a deal worth $9.4bn (£5bn) -> not a record: auction sale price of a unit", "tax claims ... totalling over $27bn -> not a fine: "
           "tax claims", "an estimated fortune of $15bn -> not a record", "1 million barrels -> not money"])

doc(R, P + "341.txt", "Jarvis sells Tube stake to Spain",
    stakes=[S(["Jarvis"], ["Tube Lines"], 33.0), S(["Ferrovial"], ["Tube Lines"], 33.0)],
    investments=[I(["Ferrovial"], ["Tube Lines"], [("GBP", 146_000_000), ("USD", 281_000_000)], opt=True)],
    must_not=[MN("GBP", 230_000_000, "Jarvis's debts"), MN("GBP", 100_000_000, "analysts' expected sale price"),
              MN("GBP", 0.18, "Jarvis share price"), MP(16.0, "share price rise")],
    audit=["The sale of the 33% stake to Spain's Ferrovial for £146m ($281m) -> stake (Jarvis in Tube Lines 33) and investment "
           "(optional): price of a stake bought from Jarvis", "Ferrovial already holds a 33% stake in Tube Lines -> stake (Ferrovial 33)",
           "debts of more than £230m / more than the £100m analysts had expected -> not records",
           "soared more than 16% / up more than 16% to 18 pence -> not records"])

doc(R, P + "369.txt", "Beer giant swallows Russian firm",
    stakes=[S(["Inbev"], ["Sun Interbrew"], 97.3), S(["Inbev"], ["Sun Interbrew"], 98.8, opt=True),
            S(["Alfa-Eco"], ["Sun Interbrew"], 20.0, opt=True)],
    investments=[I(["Inbev"], ["Sun Interbrew"], [("EUR", 259_700_000), ("USD", 353_300_000), ("GBP", 183_750_000)], opt=True)],
    audit=["agreed to buy Alfa-Eco's stake in Sun Interbrew ... for up to 259.7m euros ($353.3m; £183.75m) -> investment (optional): "
           "price of a stake bought from its holder", "Alfa-Eco ... has a one-fifth stake -> stake (optional, 20: stated as a fraction)",
           "would own 97.3% of the voting shares and 98.8% of the non-voting shares -> stakes (Inbev in Sun Interbrew 97.3; 98.8 optional)",
           "77,000 people / 30 countries / 8,000 staff -> not money"])

doc(R, P + "218.txt", "Absa and Barclays talks continue",
    valuations=[V(["Absa"], [("USD", 8_500_000_000), ("GBP", 4_400_000_000)])],
    must_not=[MP(20.0, "earnings growth"), MP(25.0, "earnings growth")],
    audit=["Absa currently has a market value of about $8.5bn (£4.4bn) -> valuation (Absa)",
           "earnings grow by 20-25% / four percentage points -> not records", "a majority stake -> no percent"])

doc(R, P + "092.txt", "Iranian MPs threaten mobile deal",
    stakes=[S(["Turkcell"], ["Irancell"], 70.0), S(["Turkcell"], ["Irancell"], 49.0, opt=True)],
    must_not=[MN("USD", 3_000_000_000, "value of the network contract"), MN("USD", 1_600_000_000, "same, second figure"),
              MN("USD", 180, "subscription price"), MN("USD", 500, "rival's subscription price")],
    audit=["a $3bn ($1.6bn) deal to build a network -> not a record: contract value", "Turkcell's stake in Irancell ... should be cut "
           "from 70% to 49% / Turkcell's 70% controlling stake -> stake (Turkcell in Irancell 70); 49% optional (proposed by MPs)",
           "about $180 / $500 price tag -> not records", "less than 50% -> a bound, no record"])

doc(R, P + "049.txt", "BMW cash to fuel Mini production",
    must_not=[MN("GBP", 100_000_000, "BMW's capital spending on the Mini plant"), MN("GBP", 280_000_000, "earlier spending on Mini production"),
              MN("GBP", 10_000, "Mini price"), MN("GBP", 11_500, "Mini price"), MN("GBP", 17_730, "Cooper S price"),
              MN("GBP", 15_690, "Convertible price"), MN("GBP", 8_000, "used price"), MN("GBP", 12_556, "used price"),
              MN("GBP", 10, "BMW's sale price for Rover")],
    audit=["BMW has announced £100m of new investment / had invested some £280m in Mini production -> not records: capital spending on "
           "its own plant", "car prices £10,000 ... £12,556 -> not records", "sold for £10 ... to the Phoenix consortium -> not a record",
           "200,000 cars / 189,000 / 100,000 / 3,500 people / 56,000 cars -> not money"])

doc(R, P + "001.txt", "Ad sales boost Time Warner profit",
    stakes=[S(["Time Warner", "TimeWarner"], ["Google"], 8.0)],
    fines=[F(["Time Warner", "TimeWarner", "AOL"], SEC + ["US market regulators"], [("USD", 300_000_000)], opt=True)],
    must_not=[MN("USD", 1_130_000_000, "quarterly profit"), MN("GBP", 600_000_000, "same in pounds"), MN("USD", 639_000_000, "profit a year earlier"),
              MN("USD", 11_100_000_000, "quarterly sales"), MN("USD", 10_900_000_000, "sales a year earlier"), MN("USD", 284_000_000, "film division profit"),
              MN("USD", 3_360_000_000, "full-year profit"), MN("USD", 42_090_000_000, "full-year revenue"),
              MN("USD", 500_000_000, "legal reserves"), MP(76.0, "profit rise"), MP(2.0, "sales rise"), MP(27.0, "profit change"),
              MP(6.4, "revenue growth"), MP(5.0, "projected earnings growth")],
    audit=["profits ... jumped 76% to $1.13bn (£600m) ... from $639m / sales rose 2% to $11.1bn from $10.9bn / slump 27% to $284m / "
           "profit of $3.36bn, up 27% / revenues grew 6.4% to $42.09bn / around 5% -> results",
           "one of the biggest investors in Google ... it now owns 8% of search-engine Google -> stake (Time Warner in Google 8)",
           "It has already offered to pay $300m to settle charges, in a deal that is under review by the SEC -> fine (optional): offered, "
           "not yet accepted", "legal reserves, which it previously set at $500m -> not a record",
           "Bertelsmann's purchase of a stake in AOL Europe -> no figure", "464,000 subscribers -> not money",
           "the file ends with lines of Python code appended in the source repository (not article text) -> no records"])

doc(R, P + "422.txt", "News Corp makes $5.4bn Fox offer",
    stakes=[S(["News Corporation", "News Corp"], ["Fox Entertainment Group", "Fox Entertainment", "Fox"], 82.0)],
    must_not=[MN("USD", 5_400_000_000, "offer for the minority shares of Fox (buyout)"), MN("GBP", 3_700_000_000, "same in pounds"),
              MN("USD", 12_000_000_000, "Fox revenues"), MN("USD", 17.65, "News Corp share price"), MN("USD", 0.25, "share price move"),
              MN("USD", 31.22, "Fox share price"), MN("USD", 0.19, "share price move")],
    audit=["seeking to buy out minority investors in Fox Entertainment Group ... for about $5.4bn (£3.7bn) -> not a record: buyout offer "
           "(acquisition of the remaining shares, paid in stock)", "owns 82% of the shares in the company -> stake (News Corp in Fox 82)",
           "1.90 News Corp shares for each Fox share -> exchange ratio", "revenues of $12bn -> results",
           "fell 25 cents to $17.65 / up 19 cents at $31.22 -> share prices"])

doc(R, P + "451.txt", "Winemaker rejects Foster's offer",
    stakes=[S(["Foster's Group", "Foster's", "Fosters"], ["Southcorp"], 18.8)],
    investments=[I(["Foster's Group", "Foster's", "Fosters"], ["Southcorp"], [("AUD", 584_000_000)], opt=True)],
    must_not=[MN("AUD", 3_100_000_000, "Foster's takeover offer for Southcorp"), MN("USD", 2_300_000_000, "same in dollars"),
              MN("GBP", 1_800_000_000, "same in pounds"), MN("AUD", 2_600_000_000, "combined revenues"), MN("AUD", 4.17, "offer per share"),
              MN("AUD", 4.76, "Southcorp share price"), MN("AUD", 5.44, "Foster's share price"), MP(12.0, "share price rise"),
              MP(3.7, "share price fall")],
    audit=["rejected a takeover offer worth 3.1bn Australian dollars ($2.3bn; £1.8bn) -> not a record: takeover offer (nor a valuation)",
           "after Foster's bought an 18.8% stake in Southcorp -> stake (Foster's in Southcorp 18.8)",
           "Foster's spent A$584m on buying an 18.8% stake in Southcorp from the Oatley family -> investment (optional): price of a stake "
           "bought from its holders", "annual sales of 39m cases and revenues of A$2.6bn -> not records",
           "A$4.17-a-share / rose 12% to A$4.76 / fell 3.7% to A$5.44 -> share prices"])

doc(R, P + "161.txt", "Ex-Boeing director gets jail term",
    fines=[F(["Michael Sears", "Mr Sears"], None, [("USD", 250_000), ("GBP", 131_961)])],
    must_not=[MN("USD", 23_000_000_000, "cancelled tanker contract"), MN("USD", 3_000_000_000, "contracts under review"),
              MN("USD", 1_000_000_000, "contracts revoked")],
    audit=["received a four-month jail sentence and a fine of $250,000 (£131,961) -> fine (Michael Sears; the sentencing court, not "
           "named as an authority)", "a $23bn government contract / eight other contracts worth $3bn / $1bn worth of contracts -> not "
           "records: contract values", "may yet face civil charges -> no figure", "400 contracts -> not money"])

doc(R, P + "291.txt", "Tobacco giants hail court ruling",
    fines=[F(None, ["46 states"], [("USD", 206_000_000_000)], opt=True)],
    must_not=[MN("USD", 280_000_000_000, "the government's disgorgement claim (rejected)"), MN("GBP", 155_000_000_000, "same in pounds"),
              MP(4.5, "Reynolds share rise"), MP(5.11, "Altria share rise")],
    audit=["the government's $280bn (£155bn) claim / wanted the cigarette firms to 'disgorge' $280bn in profits -> not a record: a claim "
           "the court rejected", "Reynolds shares up 4.5% and Altria shares up 5.11% -> share moves",
           "a landmark $206bn settlement reached with 46 states in 1998 -> fine (optional): settlement with state governments, payers "
           "the tobacco companies as a group", "multi-billion dollar advertising campaigns -> no figure"])

doc(R, P + "232.txt", "Lloyd's of London head chides FSA",
    fines=[F(["Marsh & McLennan", "Marsh"], ["New York Attorney General", "Eliot Spitzer", "New York Attorney General Eliot Spitzer"],
             [("USD", 850_000_000)])],
    audit=["Marsh & McLennan said last week it would pay $850m to settle charges, raised by New York Attorney General Eliot Spitzer -> "
           "fine (Marsh, NY Attorney General): settlement of a state's charges",
           "commissions (no figures) -> no records"])
