"""Labels 22-: 08820048/news-aggregator (CNBC / gamesindustry.biz items as Markdown with front matter: title, source, url, published)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "08820048/news-aggregator"
C = "content/"

DBX = ["Databricks"]
doc(R, C + "finance/202602091500-databricks-completes-5-billion-funding-round-at-134-billion-valuati.md",
    "Databricks completes $5 billion funding round at $134 billion valuation", published="2026-02-09",
    url="https://www.cnbc.com/2026/02/09/databricks-completes-5-billion-funding-round-with-2-billion-in-debt.html",
    # dev2 labels a market capitalisation as a valuation ("market capitalization of about USD 74.5 billion -> valuation (Didi)");
    # a comparison company's is optional here
    valuations=[V(DBX, [("USD", 134_000_000_000)]), V(["Snowflake"], [("USD", 58_000_000_000)], opt=True)],
    investments=[I(None, DBX, [("USD", 5_000_000_000), ("USD", 4_000_000_000)]),
                 I(["JPMorgan"], DBX, [("USD", 2_000_000_000)], opt=True)],
    must_not=[MN("USD", 5_400_000_000, "annualized revenue"), MN("USD", 1_400_000_000, "AI products' annualized revenue"),
              MN("USD", 1_210_000_000, "Snowflake quarterly revenue"), 
              MP(65, "revenue growth"), MP(50, "growth forecast"), MP(13, "share-price fall")],
    audit=["completes $5 billion funding round at $134 billion valuation (title) / raised $5 billion in funding ... at a $134 billion valuation -> "
           "investment (Databricks; several investors -> null) + valuation; December's 'raising more than $4 billion in the round' is the same round, accepted",
           "$2 billion in new debt capacity ... JPMorgan led the debt round -> investment (optional): debt, as dev2 labels a debt package",
           "annualized revenue exceeded $5.4 billion, up 65% / $1.4 billion AI revenue / forecast 50% growth -> not records",
           "Snowflake $1.21 billion revenue / shares fell about 13% -> not records; market cap about $58 billion -> valuation (optional, Snowflake)",
           "No. 3 / 2013 -> not money"])

APT = ["Apptronik"]
doc(R, C + "finance/202602111400-apptronik-raises-520-million-to-beat-chinese-humanoids-tesla-optimu.md",
    "Apptronik raises $520 million to beat Chinese humanoids, Tesla Optimus to market", published="2026-02-11",
    url="https://www.cnbc.com/2026/02/11/apptronik-raises-520-million-at-5-billion-valuation-for-apollo-robot.html",
    valuations=[V(APT, [("USD", 5_000_000_000)])],
    investments=[I(None, APT, [("USD", 520_000_000)]), I(None, APT, [("USD", 935_000_000)], opt=True)],
    must_not=[MN("USD", 20_000_000_000, "Tesla capex plan"), MN("USD", 1_000_000_000, "expected robot orders"),
              MN("USD", 80_000, "expected yearly price of a robot")],
    audit=["raised $520 million in funding at a $5 billion valuation -> investment (Apptronik; co-led by B Capital and Google -> null) + valuation",
           "brings Apptronik's series A funding round to $935 million -> investment (optional): round total so far",
           "Tesla ... $20 billion on capex -> not a record", "orders for $1 billion worth of robots / roughly $80,000 a year / Eighty-thousand -> not records",
           "33rd / 300 employees / 200 people -> not money"])

doc(R, C + "gaming/202603110924-ncsoft-acquires-70-stake-in-mobile-developer-justplay.md",
    "NCsoft acquires 70% stake in mobile developer JustPlay", published="2026-03-11",
    url="https://www.gamesindustry.biz/ncsoft-acquires-70-stake-in-mobile-developer-justplay",
    stakes=[S(["NCsoft"], ["JustPlay"], 70)],
    investments=[I(["NCsoft"], ["JustPlay"], [("USD", 202_000_000)], opt=True)],
    valuations=[V(["Indygo"], [("USD", 103_800_000)], opt=True)],
    must_not=[MP(88, "projected revenue growth")],
    audit=["acquire a 70% stake in ... JustPlay (title, summary, body) -> stake (NCsoft, JustPlay, 70)",
           "$202 million deal -> investment (optional): price of a stake bought (from unnamed owners), as dev2 labels Ant/Suntime",
           "70% of its revenue comes from North America -> not a record (same percent as the stake, so not listed as must_not)",
           "revenue projected to increase 88% -> not a record",
           "majority investment in ... Indygo, valued at $103.8 million -> valuation (optional): unclear whether the deal or the company is valued",
           "over 40 titles / 2020 / April 30, 2026 -> not money"])

doc(R, C + "gaming/202603051400-cheer-games-raises-4-5m-in-pre-seed-funding.md",
    "Cheer Games raises $4.5m in pre-seed funding", published="2026-03-05",
    url="https://www.gamesindustry.biz/cheer-games-raises-45m-in-pre-seed-funding",
    investments=[I(None, ["Cheer Games", "Cheer"], [("USD", 4_500_000)]), I(None, ["Vento Games"], [("USD", 4_000_000)])],
    audit=["raised $4.5 million in its pre-seed round (title, summary, body) ... led by Makers Fund with Play Ventures -> investment (Cheer Games; "
           "a lead with a co-investor -> null)",
           "Vento Games has similarly raised $4 million in its latest seed round (related report) -> investment (Vento Games, investor null)",
           "11-person team -> not money"])

doc(R, C + "gaming/202602191329-scopely-acquires-majority-stake-in-pixel-flow-developer-loom-games.md",
    "Scopely acquires majority stake in Pixel Flow developer Loom Games", published="2026-02-19",
    url="https://www.gamesindustry.biz/scopely-acquires-pixel-flow-developer-loom-games",
    stakes=[S(["Scopely"], ["Loom Games"], None, opt=True)],
    audit=["acquired an undisclosed majority stake in Loom Games -> stake (optional, percent null): no percent or price stated",
           "seed funding round last year with investors including Arcadia Gaming Partners and e2vc -> no amount, no record",
           "ten million players / around 20 employees -> not money"])

doc(R, C + "tech/202603131847-adobe-settles-doj-cancellation-fee-lawsuit-will-pay-75-million-pena.md",
    "Adobe settles DOJ cancellation fee lawsuit, will pay $75 million penalty", published="2026-03-13",
    url="https://arstechnica.com/gadgets/2026/03/adobe-settles-doj-cancellation-fee-lawsuit-will-pay-75-million-penalty/",
    fines=[F(["Adobe"], ["DOJ", "Department of Justice", "government"], [("USD", 75_000_000)])],
    must_not=[MN("USD", 7_000_000_000, "Adobe net profit")],
    audit=["will pay $75 million penalty (title) / agreed to pay the government $75 million / Writing a $75 million check -> fines (Adobe, DOJ)",
           "provide $75 million in free services to affected customers -> part of the same settlement (same value, not listed as must_not)",
           "more than $7 billion in net profit -> not a record", "2024 / 2010 -> not money"])

CBK = ["Commerzbank"]
doc(R, C + "finance/202603161217-unicredit-to-strengthen-stake-in-commerzbank-to-30-laying-groundwor.md",
    "UniCredit to strengthen stake in Commerzbank to 30% laying groundwork for potential takeover", published="2026-03-16",
    url="https://www.cnbc.com/2026/03/16/unicredit-strengthens-stake-commerzbank-takeover.html",
    stakes=[S(["UniCredit"], CBK, 28), S(["UniCredit"], CBK, 9), S(["German government"], CBK, 12.72),
            S(["BlackRock"], CBK, 5.73), S(["Norges Bank Investment Management", "Norges Bank"], CBK, 3.14),
            S(["UniCredit"], CBK, 26.04, opt=True), S(["UniCredit"], CBK, 30, opt=True)],
    must_not=[MN("EUR", 30.80, "implied price per Commerzbank share"), MP(4, "offer premium"), MP(18, "Commerzbank share-price fall"),
              MP(10.5, "UniCredit share-price fall"), MP(100, "hypothetical full takeover")],
    audit=["already holds a 28% stake in Commerzbank -> stake (UniCredit, Commerzbank, 28)",
           "about 26.04% in shares with the rest in total return swaps -> stake (optional): the share part of the same holding",
           "build its stake above 30% (title: to 30%) / crossing the 30% threshold / a 30% stake requires a mandatory offer -> stake (optional): the target level",
           "taking a 9% stake in 2024 -> stake (UniCredit, Commerzbank, 9): earlier level held",
           "German government ... about 12.72% / BlackRock ... 5.73% / Norges Bank Investment Management holding 3.14% -> stakes",
           "0.485 shares ... 30.80 euro price per Commerzbank share, or a 4% premium -> not records",
           "Taking its stake to 100% would eat up 200 basis points -> not a record: hypothetical",
           "fallen more than 18% / down 10.5% -> not records: share-price moves"])

doc(R, C + "finance/202603120319-google-sells-partial-stake-in-fiber-business-becomes-minority-owner.md",
    "Google sells partial stake in fiber business, becomes minority owner of new venture", published="2026-03-12",
    url="https://www.cnbc.com/2026/03/11/google-sells-partial-stake-in-fiber-becomes-minority-owner-in-venture-.html",
    must_not=[MN("USD", 1_540_000_000, "Other Bets revenue"), MN("USD", 16_800_000_000, "Other Bets operating loss"),
              MN("USD", 8_100_000_000, "Stonepeak's 2021 acquisition price for Astound"), MP(0.5, "share of Alphabet sales")],
    audit=["sells partial stake / Google remaining as a minority shareholder / majority owned by Stonepeak -> no percent or price stated, no record",
           "$1.54 billion in revenue, or less than 0.5% ... operating loss of $16.8 billion -> not records",
           "acquired by Stonepeak in 2021 for $8.1 billion -> not a record: acquisition price",
           "2010 / 2012 / gigabit -> not money"])

doc(R, C + "finance/202604071306-delta-raises-checked-bag-fees-10-amid-jet-fuel-price-surge-joining-.md",
    "Delta raises checked bag fees $10 amid jet fuel price surge, joining other carriers", published="2026-04-07",
    url="https://www.cnbc.com/2026/04/07/delta-checked-bag-fees.html",
    must_not=[MN("USD", 10, "bag-fee increase"), MN("USD", 45, "first-bag fee"), MN("USD", 55, "second-bag fee"),
              MN("USD", 200, "third-bag fee"), MN("USD", 4.69, "jet fuel price per gallon"), MP(88, "jet fuel price rise")],
    audit=["raised its fee for checked bags by $10 (title, lead) / $45 / $55 / $200 -> not records: consumer prices",
           "$4.69 a gallon, up nearly 88% -> not records: commodity price and move", "Feb. 28 / March 7, 2026 -> not money"])

NV = ["Nvidia"]
doc(R, C + "finance/202603311546-marvell-stock-pops-7-as-nvidia-takes-2-billion-stake-continuing-run.md",
    "Marvell stock pops 7% as Nvidia takes $2 billion stake, continuing run of similar bets", published="2026-03-31",
    url="https://www.cnbc.com/2026/03/31/marvell-nvidia-stock-stake.html",
    investments=[I(NV, ["Marvell Technology", "Marvell"], [("USD", 2_000_000_000)]),
                 I(NV, ["Nebius Group", "Nebius"], [("USD", 2_000_000_000)]),
                 I(NV, ["Synopsys"], [("USD", 2_000_000_000)], opt=True), I(NV, ["CoreWeave"], [("USD", 2_000_000_000)], opt=True),
                 I(NV, ["Coherent"], [("USD", 2_000_000_000)], opt=True), I(NV, ["Lumentum"], [("USD", 2_000_000_000)], opt=True)],
    must_not=[MP(7, "Marvell share-price jump"), MP(30, "Micron share-price fall (related link)"), MP(18, "Marvell share-price surge earlier in the month (link)")],
    audit=["Nvidia takes $2 billion stake (title) / Nvidia announced plans to invest $2 billion in the semiconductor company -> investment (Nvidia, Marvell); no percent -> no stake",
           "Nvidia invested $2 billion in Nebius Group -> investment (Nvidia, Nebius)",
           "a string of $2 billion bets ... includes investments in Synopsys, CoreWeave, Coherent and Lumentum -> investments (optional): the amount "
           "per company is only implied by the list",
           "surged 7% / cratered 30% / surge 18percent -> not records: share-price moves"])

ARM = ["Arm", "Arm Holdings"]
doc(R, C + "finance/202602181445-arm-shares-edge-higher-as-nvidia-sells-entire-stake-in-company.md",
    "Arm shares edge higher as Nvidia sells entire stake in company", published="2026-02-18",
    url="https://www.cnbc.com/2026/02/18/arm-nvidia-nokia-ai-stake-shares.html",
    investments=[I(NV, ["Nokia"], [("USD", 1_000_000_000)]), I(None, ARM, [("USD", 735_000_000)], opt=True)],
    offerings=[O(ARM, [("USD", 735_000_000)], opt=True)],
    valuations=[V(ARM, [("USD", 135_000_000_000)], opt=True)],
    must_not=[MN("USD", 155_800_000, "value of Nvidia's Arm holding at the end of Q3"), MN("USD", 40_000_000_000, "Nvidia's failed bid to buy Arm"),
              MN("USD", 1_240_000_000, "Arm quarterly sales"),
              MN("USD", 135, "analyst price target"),
              MP(1, "share-price move"), MP(26, "sales growth"), MP(16, "share-price gain this year"), MP(6, "premium of the price target")],
    audit=["Nvidia sold its stake ... held 1.1 million shares of Arm with a value of $155.8 million -> not a record: value of a holding (the sale price is not stated)",
           "strategic investors that collectively purchased $735 million of Arm shares (at the 2023 IPO) -> investment or offering (optional): a group purchase in the IPO",
           "failed bid to buy the company outright for $40 billion -> not a record: acquisition price",
           "market cap of around $135 billion -> valuation (optional, Arm); sales ... $1.24 billion / price target of $135 -> not records",
           "The $1 billion stake in Finnish telco Nokia that the company added -> investment (Nvidia, Nokia); no percent",
           "more than 1% higher / 26% / up 16% / just over 6% -> not records", "20-year license -> not money"])

UBR = ["Uber Technologies", "Uber"]
RIV = ["Rivian Automotive", "Rivian"]
doc(R, C + "finance/202603192001-uber-to-invest-up-to-1-25-billion-in-ev-maker-rivian-in-deal-to-lau.md",
    "Uber to invest up to $1.25 billion in EV maker Rivian in deal to launch 50,000 robotaxis", published="2026-03-19",
    url="https://www.cnbc.com/2026/03/19/uber-rivian-robotaxi.html",
    investments=[I(UBR, RIV, [("USD", 1_250_000_000)]), I(UBR, RIV, [("USD", 300_000_000)], opt=True),
                 I(["Volkswagen"], RIV, [("USD", 5_800_000_000)], opt=True)],
    must_not=[MP(10, "premarket share-price rise"), MP(3, "closing share-price rise"), MP(1, "Uber share-price fall")],
    audit=["invest up to $1.25 billion in ... Rivian (title, summary, lead) -> investment (Uber, Rivian), at most",
           "An initial $300 million investment from Uber to Rivian ... about 19.55 million shares -> investment (optional): first tranche of the same deal",
           "a $5.8 billion software deal with German automaker Volkswagen -> investment (optional): described only as a software deal",
           "rising roughly 10% / 3% higher / fell 1% -> not records: share-price moves",
           "50,000 / 10,000 / 40,000 robotaxis / 25 cities -> not money; multitrillion-dollar market -> no figure",
           "'300-million' inside a link address (Lucid) -> not labelled"])

doc(R, C + "finance/202603262144-netflix-raises-prices-across-all-streaming-plans.md",
    "Netflix raises prices across all streaming plans", published="2026-03-26",
    url="https://www.cnbc.com/2026/03/26/netflix-raises-prices-across-all-streaming-plans.html",
    must_not=[MN("USD", 8.99, "plan price"), MN("USD", 7.99, "plan price"), MN("USD", 19.99, "plan price"), MN("USD", 17.99, "plan price"),
              MN("USD", 26.99, "plan price"), MN("USD", 24.99, "plan price"), MN("USD", 6.99, "extra member price"),
              MN("USD", 5.99, "extra member price"), MN("USD", 9.99, "add-on price"),
              MN("USD", 20_000_000_000, "2026 content spending"), MN("USD", 18_000_000_000, "2025 content spending"),
              MN("USD", 50_700_000_000, "revenue forecast low end"), MN("USD", 51_700_000_000, "revenue forecast high end")],
    audit=["rising at least $1 / $8.99 from $7.99 / $19.99 from $17.99 / $26.99 from $24.99 / $6.99 from $5.99 / $9.99 from $8.99 -> not records: subscription prices",
           "spend $20 billion in 2026 on content, up from $18 billion -> not records: own spending",
           "revenue to range between $50.7 billion and $51.7 billion -> not records: revenue forecast",
           "Warner Bros. bid (no amount) -> no record"])

doc(R, C + "finance/202602170904-india-s-adani-to-invest-100-billion-in-ai-data-centers-over-the-nex.md",
    "India's Adani to invest $100 billion in AI data centers over the next decade", published="2026-02-17",
    url="https://www.cnbc.com/2026/02/17/india-adani-ai-data-centers-investment.html",
    must_not=[MN("USD", 100_000_000_000, "Adani's own data-centre spending plan"), MN("USD", 250_000_000_000, "projected AI ecosystem size"),
              MN("USD", 150_000_000_000, "additional spending it expects to incentivise"),
              MN("USD", 15_000_000_000, "Alphabet's own data-centre hub spending in India"),
              MP(2.3, "Adani Enterprises share-price rise"), MP(1.8, "Adani Green share-price rise")],
    audit=["invest $100 billion to develop ... AI-ready data centers by 2035 (title, lead) -> not a record: a group's own capital spending plan",
           "create a $250 billion AI infrastructure ecosystem / incentivize an additional $150 billion in spending -> not records: projections",
           "Alphabet ... would invest $15 billion over the next five years to build an AI data center hub -> not a record: own spending",
           "rose 2.3% / up 1.8% -> not records: share-price moves",
           "AdaniConnex joint venture with EdgeConnex -> no percent, no record", "2 GW / 5 GW / seven other men -> not money"])
