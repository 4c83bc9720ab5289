"""Labels: chenshengxmu/chenshengxmu.github.io, third batch (government settlements, a sports fine, stake purchases, takeover
offers and other tempting negatives)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "chenshengxmu/chenshengxmu.github.io"
P = "_posts/"
FCC = ["Federal Communications Commission", "FCC", "Commission"]
FTC = ["Federal Trade Commission", "FTC", "U.S. Federal Trade Commission", "United States Federal Trade Commission"]
SHARP = ["Sharp"]

doc(R, P + "2015-05-12-verizon-and-sprint-fcc-settle.md",
    "Verizon and Sprint to pay $158 million in bill cramming settlement",
    fines=[F(["Verizon Wireless", "Verizon"], FCC, [("USD", 90_000_000)]),
           F(["Sprint Corporation", "Sprint"], FCC, [("USD", 68_000_000)]),
           F(["Verizon", "Sprint", "Verizon Wireless", "Sprint Corporation"], FCC, [("USD", 158_000_000)], opt=True),
           F(["AT&T"], FCC, [("USD", 105_000_000)]), F(["T-Mobile"], FCC, [("USD", 90_000_000)])],
    must_not=[MN("USD", 10, "monthly cost of premium SMS services")],
    audit=["Verizon and Sprint have agreed to pay $158 million to settle their bill cramming investigations with the Commission -> "
           "fines (optional): the total of two settlements",
           "Verizon Wireless will pay $90 million and Sprint Corporation will pay $68 million -> two fines (FCC): government settlements",
           "the FCC reached similar deals with AT&T and T-Mobile, who paid $105M and $90M respectively -> two earlier fines (FCC)",
           "cost ~$10 per month -> not a record: price"])

doc(R, P + "2014-10-09-san-francisco-49ers-quarterback-fined-10000-for-wearing-beats-headphones-at-press-conference.md",
    "San Francisco 49ers quarterback fined $10,000 for wearing Beats headphones at press conference",
    fines=[F(["Colin Kaepernick", "Kaepernick", "San Francisco 49ers quarterback"], ["NFL", "National Football League"],
             [("USD", 10_000)])],
    audit=["quarterback Colin Kaepernick has been fined $10,000 by the NFL -> fines (Kaepernick, NFL): a league fine",
           "whether Beats was going to pay the fine -> same fine"])

doc(R, P + "2013-11-19-google-safari-tracking-pay-17-million-usd.md",
    "Google agrees to pay $17 million to 37 U.S. states in Safari tracking settlement",
    fines=[F(["Google", "Google Inc"], ["37 U.S. states", "37 states", "states", "37 states and the District of Colombia",
                                        "State Attorneys General"], [("USD", 17_000_000)]),
           F(["Google", "Google Inc"], FTC, [("USD", 22_500_000)])],
    audit=["Google agrees to pay $17 million to 37 U.S. states (title) / will pay 37 U.S. states a cool $17 million to settle the "
           "Safari probe / Google Inc will pay $17 million to settle allegations by 37 states -> fines (Google, the states): a "
           "government settlement",
           "Google has previously agreed to pay $22.5 million fine to the government (the FTC, named in the previous sentence) -> fines "
           "(Google, FTC): an earlier fine",
           "April 2012 / nearly two-year probe -> not money"])

doc(R, P + "2012-12-04-qualcomm-comes-to-the-rescue-invests-120m-in-sharp-to-help-advance-igzo-panels.md",
    "Qualcomm comes to the rescue, invests $120M in Sharp to help advance IGZO panels",
    investments=[I(["Qualcomm"], SHARP, [("JPY", 9_900_000_000), ("USD", 120_400_000), ("USD", 120_000_000)])],
    audit=["invests $120M in Sharp (title) / Qualcomm has agreed to invest as much as ¥9.9 billion, or approximately $120.4 million -> "
           "investment (Qualcomm, Sharp); all three figures accepted",
           "Foxconn's and Apple's multi-billion dollar deals -> no amount", "32-inch / seven-inch / 200 million units -> not money"])

doc(R, P + "2016-03-30-foxconn-buys-sharp.md",
    "iPhone manufacturer Foxconn buys Apple supplier Sharp in a $3.5 billion deal",
    stakes=[S(["Foxconn"], SHARP, 66.0)],
    investments=[I(["Foxconn"], SHARP, [("JPY", 389_000_000_000), ("USD", 3_500_000_000)], opt=True)],
    must_not=[MN("USD", 2_500_000_000, "cut from Foxconn's original offer price")],
    audit=["Foxconn buys ... Sharp in a $3.5 billion deal (title) / for 389 billion yen (about $3.5 billion) / Sharp will issue new "
           "shares to Foxconn -> investment (optional): a takeover paid as new shares (acquisition price and share issue at once)",
           "which will give that company a 66 percent stake in Sharp -> stakes (Foxconn, Sharp 66)",
           "a nearly $2.5 billion haircut from its original offer price -> not a record",
           "103 years old / two-thirds of Sharp's board -> not money"])

doc(R, P + "2013-11-13-snapchat-3-billion-facebook.md",
    "WSJ- Snapchat turned down $3 billion buyout offer from Facebook",
    valuations=[V(["Snapchat"], [("USD", 3_000_000_000)], opt=True), V(["Snapchat"], [("USD", 4_000_000_000)], opt=True)],
    must_not=[MN("USD", 1_000_000_000, "Yahoo's 2006 offer for Facebook / Facebook's earlier offer for Snapchat / the price Facebook "
                 "paid for Instagram (takeover bids and an acquisition price)")],
    audit=["turned down $3 billion buyout offer (title) / an all-cash acquisition offer worth $3 billion or more / an all-cash offer "
           "that would have valued Snapchat at $3 billion or more -> valuation (optional): the value a rejected takeover bid implies",
           "Tencent ... has offered to lead an investment that would value the two-year-old company ... at $4 billion -> valuation "
           "(optional): a proposed round's valuation",
           "Yahoo's $1 billion buyout offer / offered to buy Snapchat for more than $1 billion / the nearly $1 billion it paid for ... "
           "Instagram -> not records: takeover bids and an acquisition price",
           "8 or 9 million users -> not money"])

doc(R, P + "2014-01-15-apple-ftc-settlement-in-app-purchase.md",
    "Apple agrees to refund users in FTC settlement over unwanted in-app purchases",
    fines=[F(["Apple"], FTC + ["Federal Trade Commission (FTC)"], [("USD", 32_500_000)]),
           F(["Google"], None, [("USD", 22_500_000)])],
    must_not=[MN("USD", 100, "example of in-app spending")],
    audit=["kids' in-app purchases without parental consent will cost Apple a minimum of $32.5 million (FTC settlement; 'The penalty "
           "dwarfs ...') -> fines (Apple, FTC): a government settlement paid as refunds, which the article calls a penalty",
           "Google's $22.5 million fine in the Safari website tracking scandal -> fines (Google): an earlier fine, authority not named in "
           "that sentence",
           "racket up a cool $100 -> not a record", "28 million App Store customers / 37,000 claims / 15 minutes -> not money"])

doc(R, P + "2013-05-22-penguing-75m-settlement.md",
    "Penguin settles for $75 million with DoJ in e-book price fixing suit",
    fines=[F(["Penguin"], ["State Attorneys General", "United States State Attorneys General", "Attorney General",
                           "DoJ", "U.S. Justice Department"], [("USD", 75_000_000)], opt=True),
           F(None, ["State Attorneys General", "Attorney General"], [("USD", 164_000_000)], opt=True)],
    must_not=[MN("USD", 40_000_000, "provision Pearson booked in its 2012 accounts")],
    audit=["agreement with the United States State Attorneys General and private class plaintiffs to pay a cool $75 million in "
           "consumer damages -> fines (optional): damages to consumers settled jointly with state attorneys general and private "
           "plaintiffs (the title says 'with DoJ')",
           "settlements by publishers has resulted in the $164 million payouts so far -> fines (optional): a running total of several "
           "settlements",
           "Pearson has already made a $40 million for settlement in its 2012 accounts -> not a record: an accounting provision",
           "June 2013 / five major book publishers -> not money"])

doc(R, P + "2012-07-27-apple-twitter-investment.md",
    "NYT- Apple talking to Twitter about investing hundreds of millions of dollars",
    valuations=[V(["Twitter", "Twitter Inc."], [("USD", 8_400_000_000)]),
                V(["Twitter", "Twitter Inc."], [("USD", 10_000_000_000)], opt=True)],
    investments=[I(["Apple", "Mac maker"], ["Akamai"], [("USD", 12_500_000)])],
    must_not=[MN("USD", 700_000_000, "rumoured 2009 purchase price for Twitter"), MN("USD", 600_000_000, "Twitter's cash in the bank"),
              MP(47.0, "share of images on Twitter sent from iOS")],
    audit=["investing hundreds of millions of dollars (title) / an investment in the hundreds of millions of dollars -> no amount, no "
           "record",
           "could value Twitter at more than ten billions / more than $10 billion -> valuation (optional): a hypothetical deal's value",
           "up from an $8.4 billion valuation last year -> valuation (Twitter): a stated earlier valuation",
           "about $600 million in the bank -> not a record",
           "purchase price in the neighborhood of $700 million in cash -> not a record: rumoured acquisition price",
           "Back in 1999, the Mac maker made a $12.5 million investment in Akamai -> investment (Apple, Akamai)",
           "ten billion tweets / 47 percent of all images -> not records"])

doc(R, P + "2017-01-04-apple-invests-1-billion-softbank.md",
    "Apple investing $1 billion in SoftBank Vision Fund",
    stakes=[S(["SoftBank", "SoftBank Group"], ["Sprint"], None, opt=True)],
    investments=[I(["Apple"], ["SoftBank Vision Fund", "SoftBank Group's new technology fund", "Vision Fund"],
                   [("USD", 1_000_000_000)], opt=True),
                 I(["Saudi Arabia's government", "Saudi Arabia"], ["SoftBank Vision Fund", "Vision Fund"], [("USD", 45_000_000_000)],
                   opt=True),
                 I(["Apple"], ["Didi Chuxing", "Didi"], [("USD", 1_000_000_000)])],
    must_not=[MN("USD", 100_000_000_000, "the Vision Fund's fundraising target")],
    audit=["Apple investing $1 billion in SoftBank Vision Fund (title) / invest $1 billion in the SoftBank Vision Fund -> investment "
           "(optional): a commitment to an investment fund (a fund raise, not a company's round)",
           "Saudi Arabia's government is investing $45 billion -> investment (optional), same reading",
           "hopes to raise over $100 billion -> not a record: a fund's target",
           "a controlling stake in US carrier Sprint -> stake (optional), percent null",
           "Apple ... just invested $1B in Chinese ride-sharing co. Didi Chuxing -> investment (Apple, Didi Chuxing)"])

doc(R, P + "2012-11-07-apple-sharp-2b-investment.md",
    "Did Apple bail out Sharp to the tune of $2 billion?",
    investments=[I(["Apple"], SHARP, [("USD", 2_000_000_000)], opt=True)],
    must_not=[MN("USD", 1_300_000_000, "Sharp's loss"), MN("USD", 2_300_000_000, "Sharp's debt due / Apple's planned capex"),
              MN("USD", 21_100_000_000, "Apple's off-balance-sheet commitments")],
    audit=["Did Apple spend $2 billion to prevent Japan's Sharp going under -> investment (optional): an analyst's guess, possibly a "
           "prepayment for displays rather than equity",
           "It lost $1.3 billion ... another $2.3 billion due in 2013 / planned to spend $2.3 billion on capital expenditures / "
           "commitments of $21.1 billion -> not records"])

doc(R, P + "2015-05-12-verizon-announces-buying-aol-for-4-4-billion.md",
    "Verizon announces buying AOL for $4.4 billion",
    must_not=[MN("USD", 4_400_000_000, "Verizon's acquisition price for AOL"), MN("USD", 50, "price per AOL share")],
    audit=["buying ... AOL, for $50 per share in a transaction valued approximately at $4.4 billion -> not records: takeover price and "
           "per-share price", "200 million monthly visitors / two million dial-up customers -> not money"])

doc(R, P + "2012-03-27-foxconn-buys-11-percent-sharp.md",
    "Apples favorite contract manufacturer Foxconnn secures 11% stake in Retina display maker Sharp",
    stakes=[S(["Hon Hai Precision Industry Co", "Hon Hai Precision Industry", "Hon Hai", "Foxconn", "Foxconnn"], SHARP, 11.0),
            S(["Sharp"], ["LCD plant in Sakai", "Sharp's LCD plant in Sakai"], 46.5, opt=True),
            S(["Foxconn", "Hon Hai"], ["LCD plant in Sakai", "Sharp's LCD plant in Sakai"], 46.5, opt=True),
            S(["Sony"], ["LCD plant in Sakai", "Sharp's LCD plant in Sakai"], 7.0, opt=True)],
    investments=[I(["Apple"], ["Sharp", "Sharp LCD plant"], [("USD", 1_000_000_000)], opt=True)],
    audit=["Foxconnn secures 11% stake (title) / Hon Hai Precision Industry Co ... take eleven percent ownership / an eleven percent "
           "ownership stake in Sharp -> stakes (Hon Hai/Foxconn, Sharp 11)",
           "As for the LCD plant in Sakai ... Sharp and Foxconn will hold a 46.5 percent stake each, with Sony also owning seven percent "
           "of the operation -> stakes (optional): shares of a plant, not of a named company",
           "A rumor ... Apple would invest a whopping one billion dollars in a Sharp LCD plant. While this never came to be -> investment "
           "(optional): a rumour that did not happen",
           "2.71 million Retina display panels / a thousand ... Fanuc CNC machines / a million workers -> not money"])
