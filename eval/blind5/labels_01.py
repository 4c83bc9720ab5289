"""Labels: chenshengxmu/chenshengxmu.github.io (iDownloadBlog Apple/tech-industry news re-posted as Jekyll posts: front matter
`layout: post` and `title:` only, then the body as '* ' bullet paragraphs with '![img](...)' image lines; no author, no date inside
the file (the date is only in the original file name, which the raw copy does not keep), no url). The posts were deleted from the
repository's newest tree, so every file is read at commit 3427ab00 (the last commit holding all 24,788 posts)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "chenshengxmu/chenshengxmu.github.io"
P = "_posts/"
FCC = ["Federal Communications Commission", "FCC", "US Federal Communications Commission", "Commission",
       "United States Federal Communications Commission"]
FTC = ["Federal Trade Commission", "FTC", "U.S. Federal Trade Commission", "United States Federal Trade Commission",
       "US Federal Trade Commission"]
ACCC = ["Australian Competition and Consumer Commission", "ACCC", "Australian watchdog"]

doc(R, P + "2013-10-24-samsung-fined-over-faked-web-comments.md",
    "Samsung fined $340,000 over faking negative web comments about competition",
    fines=[F(["Samsung"], ["Taiwan's Fair Trade Commission", "Fair Trade Commission", "FTC", "Taiwanese trade body"],
             [("USD", 340_000)])],
    must_not=[MP(10.3, "HTC's global handset share in Q3 2011"), MP(2.6, "HTC's global handset share in Q3 2013")],
    audit=["fined $340,000 (title) / the FTC ... slap the Galaxy maker with a $340,000 fine -> fines (Samsung, Taiwan's Fair Trade "
           "Commission)",
           "The FTC also fined Samsung earlier this year over misleading ads -> no record: no amount",
           "handset share ... 10.3 percent ... 2.6 percent -> not records: market shares"])

doc(R, P + "2015-06-17-fcc-fines-att-for-throttling.md",
    "AT&T fined $100 million by FCC over unlimited data throttling",
    fines=[F(["AT&T"], FCC, [("USD", 100_000_000)])],
    audit=["fined $100 million by FCC (title) / FCC announced plans on Wednesday to fine AT&T $100 million -> fines (AT&T, FCC): the "
           "title states the fine as imposed (the body's 'plans to fine' is the FCC's notice of apparent liability); required",
           "2010 Open Internet Transparency Rule / 2011 / 4 major US carriers -> not money"])

doc(R, P + "2017-06-27-eu-hits-google-with-2-7b-fine-for-abusing-its-search-dominance.md",
    "EU hits Google with $2.7B fine for abusing search dominance",
    fines=[F(["Google"], ["European Commission", "Commission", "EU"], [("EUR", 2_400_000_000), ("USD", 2_700_000_000)])],
    must_not=[MP(5.0, "maximum fine as a share of Alphabet's daily turnover")],
    audit=["$2.7B fine (title) / imposed a record €2.4 billion fine on the company (about $2.7 billion) -> fines (Google, European "
           "Commission); both currencies accepted",
           "fine Google up to five percent of the average daily worldwide turnover -> not a record (a cap, stated as a percent)",
           "60 days / 90 days / seven-year -> not money"])

doc(R, P + "2018-06-19-australian-watchdog-fines-apple-9-million-for-misleading-customers-about-error-53.md",
    "Australian watchdog fines Apple $9 million for misleading customers about Error 53",
    fines=[F(["Apple"], ACCC, [("AUD", 9_000_000), ("USD", 9_000_000)])],
    audit=["fines Apple $9 million (title) / the ACCC has fined Apple $9 million -> fines (Apple, ACCC); an Australian penalty written "
           "'$', so AUD (USD also accepted)",
           "275 individual customers / 5000 consumers / February 2015 / iOS 9.2.1 -> not money"])

doc(R, P + "2014-12-19-tmobile-fcc-90m-settlement-cramming.md",
    "T-Mobile agrees to pay $90 million to settle with FTC over unwanted charges",
    fines=[F(["T-Mobile"], FTC + FCC, [("USD", 90_000_000)]),
           F(["Sprint"], FTC + FCC, [("USD", 105_000_000)], opt=True),
           F(["AT&T"], FCC, [("USD", 105_000_000)])],
    audit=["agrees to pay $90 million to settle with FTC (title) / agreed to pay $90 million to settle cramming accusation / paying out "
           "more than $90 million to the affected subscribers -> fines (T-Mobile, FTC): a government settlement (the money goes to "
           "subscribers as refunds; the FCC chairman is quoted, so FCC is accepted too)",
           "the FTC is preparing to fine the company a record $105 million (Sprint) -> fines (optional): a fine being prepared",
           "AT&T settled with the FCC for $105 million over bogus services -> fines (AT&T, FCC): an earlier government settlement",
           "ten bucks per month -> not a record (price, in words)", "hundreds of millions of dollars -> no amount"])

doc(R, P + "2012-07-10-google-225m-safari-settlement.md",
    "Google to pay $22.5M fine in Safari privacy debacle settlement",
    fines=[F(["Google"], FTC, [("USD", 22_500_000)])],
    audit=["to pay $22.5M fine (title) / settlement that will see Google pony up a whopping $22.5 million ... FTC's largest ever fine "
           "-> fines (Google, FTC): required (the title states it; the body says the FTC commissioners still have to approve the sum)"])

doc(R, P + "2013-02-01-path-ftc-settlement.md",
    "Path pays dearly for stealing your iOS address book data",
    fines=[F(["Path", "Path, Inc.", "Path Inc"], FTC, [("USD", 800_000)])],
    audit=["The Federal Trade Commission (FTC) announced that Path has agreed to pay a whopping $800,000 fine / the $800,000 fine covers "
           "... -> fines (Path, FTC)",
           "November 2010 / iOS 6 / every other year for the next 20 years / under the age of 13 -> not money"])

doc(R, P + "2012-06-21-apple-ipad-4g-claim-2-29-million-fine.md",
    "Apple fined $2.29 million over 4G iPad claim",
    fines=[F(["Apple"], ["Justice Mordy Bromberg", "Mordy Bromberg", "Bromberg"] + ACCC,
             [("USD", 2_290_000), ("AUD", 2_290_000), ("AUD", 2_250_000), ("USD", 2_250_000)])],
    must_not=[MN("AUD", 300_000, "litigation costs Apple must pay (costs, not a penalty)"),
              MN("USD", 1_000_000_000, "Apple's advertising budget")],
    audit=["fined $2.29 million (title) / Cupertino has now been fined a whopping $2.29 million, Associated Press reports / The $2.25 "
           "million penalty (ACCC statement) -> one fine (Apple): the AP's US-dollar figure and the ACCC's Australian-dollar figure of "
           "the same penalty are both accepted; imposed by Justice Mordy Bromberg in the ACCC's case (either accepted)",
           "300,000 Australian dollars in litigation costs -> not a record: costs order",
           "advertising budget that will hit nearly $1 billion this year -> not a record",
           "700MHz / 2100MHz / 1800MHz -> not money"])

doc(R, P + "2014-12-16-sprint-just-had-a-bad-day-record-fcc-fine-no-more-nascar-partnership.md",
    "Sprint just had a bad day- Record FCC fine, no more Nascar partnership",
    fines=[F(["Sprint"], FCC, [("USD", 105_000_000)], opt=True),
           F(["AT&T"], FCC, [("USD", 105_000_000)])],
    must_not=[MP(5.0, "Sprint share-price fall"), MP(5.93, "Sprint share-price fall")],
    audit=["the regulatory body is preparing to fine Sprint ... a record $105 million -> fines (optional): a fine being prepared (the "
           "title's 'Record FCC fine' refers to it)",
           "AT&T recently settled with the FCC for $105 million in October -> fines (AT&T, FCC): a government settlement",
           "the same amount the FCC wants from Sprint -> same optional record",
           "stock down 5 percent / down 5.93 percent -> not records: share-price moves",
           "35,000 complaints / 2004 / 2016 -> not money"])

doc(R, P + "2012-10-14-softbank-buys-stake-in-sprint.md",
    "Japanese carrier Softbank buys 70% stake in Sprint for $20 billion",
    stakes=[S(["Softbank", "SoftBank"], ["Sprint"], 70.0)],
    investments=[I(["Softbank", "SoftBank"], ["Sprint"], [("USD", 20_000_000_000)], opt=True)],
    audit=["buys 70% stake in Sprint (title) / purchased a 70% stake in the company -> stakes (Softbank, Sprint 70)",
           "for $20 billion (title) / essentially making a $20 billion gamble -> investment (optional): the price of a controlling stake "
           "(an acquisition-like purchase, partly new shares)",
           "the half of Clearwire that it doesn't already own -> no record: a fraction of what Sprint does not own, no percent held stated",
           "six months -> not money"])

doc(R, P + "2012-10-18-sprint-buys-stake-in-clearwire.md",
    "Sprint has acquired control of Clearwire",
    stakes=[S(["Sprint Nextel", "Sprint", "Sprint Nextel Corp"], ["Clearwire", "Clearwire Corp"], 50.8),
            S(["Sprint Nextel", "Sprint", "Sprint Nextel Corp"], ["Clearwire", "Clearwire Corp"], 48.0)],
    audit=["increase its 48 percent stake to a controlling 50.8 percent stake / now controls a 50.8 percent stake in Clearwire -> two "
           "stakes (Sprint in Clearwire): the level now held and the earlier level held",
           "31 million Class A shares / 2.7 million Class B shares -> share counts, not money",
           "100MHz of 2.5GHz spectrum -> not money"])

doc(R, P + "2013-02-01-samsung-buys-5-percent-of-wacom.md",
    "Samsung doubles down on the stylus, goes into bed with Wacom",
    stakes=[S(["Samsung", "Samsung Electronics"], ["Wacom"], 5.0)],
    investments=[I(["Samsung", "Samsung Electronics"], ["Wacom"], [("USD", 58_200_000)])],
    audit=["Samsung ... buys a five percent stake of the stylus maker Wacom -> stakes (Samsung, Wacom 5)",
           "in a transaction valued at $58.2 million -> investment (Samsung in Wacom): a named buyer's stake purchase (required: the "
           "article's one deal, bought as new shares from Wacom)",
           "ten million shipments / one million sales / 5.55-inch / eight-inch -> not money"])

doc(R, P + "2013-03-06-samsung-buys-3-percent-of-sharp.md",
    "Samsung buys 3% of Apple screen supplier Sharp",
    stakes=[S(["Samsung"], ["Sharp"], 3.0), S(["Samsung"], ["Sharp"], 3.08, opt=True),
            S(["Foxconn"], ["Sharp"], 11.0, opt=True)],
    investments=[I(["Samsung"], ["Sharp"], [("USD", 112_000_000)]),
                 I(["Qualcomm"], ["Sharp"], [("JPY", 9_900_000_000), ("USD", 120_400_000)]),
                 I(["Apple"], ["Sharp"], [("USD", 2_000_000_000)], opt=True)],
    must_not=[MP(8.8, "Apple's share of Samsung's revenue"), MN("JPY", 290, "price per Sharp share")],
    audit=["Samsung buys 3% (title) / pledged to spend $112 million to buy a three percent stake in Sharp -> stakes (Samsung, Sharp 3) "
           "and investment (Samsung in Sharp, $112m)",
           "giving the Galaxy maker a 3.08 percent voting rights equivalent -> stakes (optional): the same holding stated as voting rights",
           "Foxconn, which last year wanted to buy eleven percent of Sharp -> stakes (optional): a planned purchase that 'may have already "
           "hit the wall'",
           "Qualcomm ... plans to invest about ¥9.9 billion, or approximately $120.4 million, in Sharp -> investment (Qualcomm in Sharp)",
           "Apple, too, was rumored to have spent to the tune of $2 billion to prevent Sharp from going under -> investment (optional): a "
           "rumour",
           "8.8 percent of Samsung's revenue -> not a record",
           "35.8 million shares / 290 yen per share -> share count and per-share price, not records",
           "more than 20 lawsuits / 32-inch / 4K -> not money"])

doc(R, P + "2014-02-04-microsoft-stake-in-foursquare.md",
    "Microsoft buys $15 million stake in Foursquare",
    valuations=[V(["Foursquare", "Foursquare Labs Inc.", "Foursquare Labs"], [("USD", 600_000_000)])],
    investments=[I(["Microsoft", "Microsoft Corp.", "Microsoft Corp"], ["Foursquare", "Foursquare Labs Inc.", "Foursquare Labs"],
                   [("USD", 15_000_000)]),
                 I(None, ["Foursquare", "Foursquare Labs Inc.", "Foursquare Labs"], [("USD", 35_000_000)])],
    audit=["buys $15 million stake (title) / Microsoft Corp. invested $15 million in Foursquare Labs Inc. -> investment (Microsoft, "
           "Foursquare); no percent, so no stake record",
           "a funding round from late last year that valued ... Foursquare at more than $600 million / was valued at more than $600 "
           "million -> valuation (Foursquare)",
           "During a late 2013 funding round, Foursquare raised $35 million -> investment (round, investor null)",
           "45 million monthly users -> not money"])

doc(R, P + "2016-08-03-time-warner-buys-10-percent-stake-hulu.md",
    "Time Warner buys 10% stake in Hulu, new live-streaming service due in 2017",
    valuations=[V(["Hulu"], [("USD", 6_000_000_000)])],
    stakes=[S(["Time Warner"], ["Hulu"], 10.0)],
    investments=[I(["Time Warner"], ["Hulu"], [("USD", 583_000_000)])],
    must_not=[MN("USD", 40, "planned monthly price of Hulu's live service")],
    audit=["Time Warner buys 10% stake in Hulu (title) / taking a ten percent stake in Hulu -> stakes (Time Warner, Hulu 10)",
           "Time Warner paid around $583 million for its stake in Hulu -> investment (Time Warner in Hulu): the 'cash infusion'",
           "boosting its valuation to a cool $6 billion -> valuation (Hulu)",
           "cost around $40 per month -> not a record: consumer price"])

doc(R, P + "2017-02-27-warren-buffetts-berkshire-hathaway-stake-in-apple-now-twice-as-large-at-more-than-18-billion.md",
    "Warren Buffetts stake in Apple now twice as large, reaches more than $18 billion",
    must_not=[MN("USD", 18_200_000_000, "value of Berkshire's Apple holding"), MN("USD", 18_000_000_000, "value of the holding (title)"),
              MN("USD", 7_000_000_000, "value of the earlier holding"), MN("USD", 17_000_000_000, "value of the holding"),
              MN("USD", 122_000_000_000, "value of Berkshire's equity portfolio"),
              MP(12.6, "Apple share-price rise"), MP(15.0, "Berkshire profit rise")],
    audit=["stake ... reaches more than $18 billion (title) / position in Apple ... at $18.2 billion / 61 million Apple shares, worth "
           "$7 billion / stake, at 133 million shares, was worth about $17 billion -> not records: values of a holding, no percent of "
           "Apple stated",
           "120 million / 72 million / ten million / 123 million shares -> share counts",
           "risen 12.6 percent -> share-price move; fifteen percent rise in profits -> not a record",
           "equity portfolio was valued at $122 billion -> not a record: value of a portfolio"])
