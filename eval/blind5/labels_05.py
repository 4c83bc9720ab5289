"""Labels: fourth batch, both sources: Felix business/investment-society pieces (IPOs, listings, funding rounds in
opinion-style articles full of tempting numbers) and three more chenshengxmu posts (Spotify's direct listing, Rovio's results)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

FX = "FelixOnline/v2"
FP = "content/articles/"
CH = "chenshengxmu/chenshengxmu.github.io"
CP = "_posts/"

doc(FX, FP + "2019-04-25-the-spy-who-went-public-aston-martin-lists-on-lse.md",
    "The Spy Who Went Public: Aston Martin lists on LSE", published="2019-01-25",
    valuations=[V(["Aston Martin"], [("GBP", 4_300_000_000)])],
    stakes=[S(["Investindustrial", "Investment Dar"], ["Aston Martin"], 25.0, opt=True)],
    must_not=[MN("GBP", 19, "IPO price per share"), MN("GBP", 12.60, "share price"), MP(8.0, "first-day share fall"),
              MP(28.0, "Funding Circle's fall from its listing price"), MN("GBP", 156_000_000, "quarterly revenue"),
              MN("GBP", 282_000_000, "quarterly revenue"), MP(89.0, "revenue growth"), MP(933.3, "profit growth"),
              MN("GBP", 3_100_000, "pre-tax profit"), MN("GBP", 300_000, "pre-tax profit"),
              MP(10.0, "share of UK car-industry workers from elsewhere in the EU")],
    audit=["The shares were priced at £19, valuing the company at £4.3bn -> valuation (Aston Martin): the IPO valuation; £19 is a "
           "per-share price",
           "a profit-taking exercise for its 2 largest shareholders ... who sold off a quarter of the company -> stake (optional): the "
           "block sold (a quarter = 25); no amount, so no offering record",
           "Slipping as much as 8 percent / £12.60 / down 28% -> share moves and prices",
           "revenues rising 89% from £156mn to £282mn / 933.3% to £3.1mn from £0.3mn -> not records",
           "20 times earnings / 22 times earnings / 14,000 units / three-fifths / 10% of people -> not money records"])

doc(FX, FP + "2011-6-16-a-new-tech-bubble.md",
    "A new tech bubble", published="2011-06-16",
    valuations=[V(["LinkedIn"], [("USD", 8_900_000_000)], opt=True)],
    must_not=[MN("USD", 45, "LinkedIn IPO price per share"), MN("USD", 94, "LinkedIn share price"),
              MN("USD", 74.95, "monthly price of LinkedIn's Executive account"), MN("USD", 400_000_000, "Groupon's loss last year")],
    audit=["The stock price skyrocketed from $45 per share to over $94 within a day, thus evaluating the company at approximately "
           "$8.9billion -> valuation (optional): a first-day market capitalisation; $45 and $94 are share prices",
           "$74.95 poorer per month -> not a record: price", "lose about $400 million last year -> not a record",
           "100 million members / 19th of May -> not money"])

doc(FX, FP + "2019-12-09-are-we-headed-for-new-dotcom-bubble.md",
    "Are we Headed for a New DotCom Bubble?", published="2019-12-09",
    offerings=[O(["Survey Monkey", "SurveyMonkey"], [("USD", 100_000_000)])],
    must_not=[MN("USD", 27_180_000, "SurveyMonkey's net loss"), MP(90.0, "share of budgets spent on advertising")],
    audit=["Survey Monkey ... issued an IPO in August of 2018 seeking to raise close to $100.million -> offerings (SurveyMonkey): the "
           "amount the IPO sought ('$100.million' as printed)",
           "net loss of $27.18 million -> not a record", "more than 90% of their budget -> not a record",
           "5048.62 / 1,000 units / 5,000 / 4.3 billion people / 147 million -> index levels and counts, not money"])

doc(FX, FP + "2011-11-10-the-business-of-british-biotechnology.md",
    "The Business of British Biotechnology", published="2011-11-10",
    investments=[I(None, ["Oxford Nanopore"], [("GBP", 25_000_000)]),
                 I(None, ["Circassia"], [("GBP", 60_000_000)])],
    must_not=[MN("USD", 250_000_000, "the Deepbridge Innovation Fund's fundraising target (a fund raise)"),
              MN("GBP", 10_000_000, "money early-stage companies need"), MN("USD", 10_000, "genome-sequencing cost target"),
              MP(10.0, "UK share of global pharma R&D funding"), MP(3.0, "UK share of global pharma sales"),
              MP(24.0, "Shire's quarterly growth")],
    audit=["Oxford Nanopore, for example, raised £25 million -> investment (Oxford Nanopore round, investor null)",
           "Assisted by Imperial Innovations, Circassia completed a £60 million round of funding in April -> investment (Circassia round, "
           "investor null)",
           "The Deepbridge Innovation Fund is planning to raise $250m by next year -> not a record: an investment fund's raise",
           "approximately £10 million is needed -> not a record", "for under $10,000 -> not a record: prize threshold",
           "10% of global research and development funding ... 3% of global sales / 24% growth -> not records",
           "2,400 jobs / 2,000 jobs / 5,000 new jobs -> not money"])

doc(CH, CP + "2017-12-22-spotify-sec-nyse-offering.md",
    "SEC gives Spotify preliminary approval for a new kind of IPO that doesnt offer new shares",
    valuations=[V(["Spotify"], [("USD", 20_000_000_000)])],
    audit=["approval for a new type of 'underwriter-less' initial public offering / a direct listing ... without raising money -> no "
           "offering record",
           "Spotify's market valuation at post time was around $20 billion -> valuation (Spotify): a private-market valuation"])

doc(CH, CP + "2018-03-01-spotify-claims-twice-as-many-paid-accounts-as-apple-music-as-its-ipo-filing-with-the-sec-goes-public.md",
    "Spotify claims twice as many paid subscribers as Apple Music in its IPO filing",
    valuations=[V(["Spotify"], [("USD", 23_000_000_000)])],
    stakes=[S(["Daniel Ek", "Ek"], ["Spotify"], 25.7)],
    must_not=[MN("USD", 132.50, "private-market share price"), MN("USD", 1_500_000_000, "Spotify's loss last year"),
              MN("USD", 2_370_000_000, "2015 revenue"), MN("USD", 3_600_000_000, "2016 revenue"),
              MN("USD", 4_990_000_000, "2017 revenue")],
    audit=["Shares have traded as high as $132.50 on private markets, giving Spotify a valuation over $23 billion -> valuation "
           "(Spotify); $132.50 is a per-share price",
           "lost a whopping $1.5 billion / revenue of $2.37 billion ... $3.6 billion ... $4.99 billion -> not records",
           "Daniel Ek ... holds a 25.7% stake in the 10-year-old Swedish company -> stakes (Daniel Ek, Spotify 25.7)",
           "direct listing ... not an underwritten initial public offering -> no offering record",
           "71 million / 70 million / 36 million / 159 million users / 180-day lock-up / 1,300-word -> not money"])

doc(CH, CP + "2012-05-07-rovio-2011-revenue.md",
    "Angry Birds clocks 648M downloads in 2011, has 200M active monthly users",
    stakes=[S(["Peter Vesterbacka", "Vesterbacka", "Mighty Eagle"], ["Rovio"], 3.1)],
    must_not=[MN("USD", 106_300_000, "Rovio's 2011 revenue"), MN("USD", 67_600_000, "Rovio's earnings before tax"),
              MP(64.0, "earnings as a share of revenue")],
    audit=["book a cool $106.3 million in revenue / earnings before tax stood at $67.6 million, or 64 percent of total revenue -> not "
           "records",
           "could lead to an initial public offering later this year / IPO some time in 2013 -> no amount, no record",
           "Vesterbacka owns 3.1 percent of Rovio shares -> stakes (Peter Vesterbacka, Rovio 3.1)",
           "648 million downloads / 200 million users / 50 million times / 28 to 224 head count / one-third -> not money"])
