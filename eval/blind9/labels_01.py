"""Labels: agtz92/english-stuff-nextjs, blog/SLUG.md — crypto and fintech business news (2024-2025) rewritten from
crypto.news stories for a personal Next.js blog. Each file is YAML front matter only or front matter plus a short body:
title, date, featured image, category, tags, a 'short-description' lead and sections mk1..mk5 that hold the article
(markdown headings, bullet lists, tables, <!--StartFragment--> markers), then sometimes a body after the closing '---'
repeating a section or adding a table. Every field's text is labelled as article text. Meta: title and date from the
front matter. Keyword-ranked selection, part 1: funding rounds, offerings, settlements and stakes."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "agtz92/english-stuff-nextjs"
P = "blog/"
SEC = ["SEC", "Securities and Exchange Commission", "U.S. Securities and Exchange Commission"]

doc(R, P + "bitgo-prepares-for-q2-ipo-amid-crypto-custody-boom.md", "BitGo Prepares for Q2 IPO Amid Crypto Custody Boom",
    published="2025-02-12",
    valuations=[V(["BitGo"], [("USD", 1_750_000_000)]), V(["eToro"], [("USD", 5_000_000_000)]),
                V(["Circle"], [("USD", 5_000_000_000)], opt=True)],
    investments=[I(None, ["BitGo"], [("USD", 100_000_000)])],
    audit=["Valued at $1.75 billion following a successful Series C funding round / table BitGo $1.75B -> valuation (BitGo)",
           "Raised $100 million in 2023 / securing a $100 million funding round at a higher valuation than the failed deal -> "
           "investment (round into BitGo; no investor named)",
           "eToro is targeting a $5 billion valuation for its U.S. IPO / table eToro $5B (est.) -> valuation (eToro): IPO-implied value "
           "as in blind8's Ferrari",
           "table Circle $5B (est.) -> valuation (optional): an estimate given only in the table",
           "IPO by Q2 2025; Galaxy Digital's abandoned acquisition -> no amounts"])

doc(R, P + "kraken-exploring-1b-debt-raise-ahead-of-potential-2026-ipo.md",
    "Kraken exploring $1b debt raise ahead of potential 2026 IPO", published="2025-03-24",
    investments=[I(None, ["Kraken"], [("USD", 1_000_000_000), ("USD", 200_000_000)], opt=True)],
    must_not=[MN("USD", 1_500_000_000, "2024 revenue and, separately, the NinjaTrader acquisition price"),
              MN("USD", 380_000_000, "EBITDA"), MN("USD", 207_000_000_000, "quarterly trading volume"),
              MP(128, "revenue growth")],
    audit=["$1 billion debt raise / debt financing round valued between $200 million and $1 billion / table $200M–$1B -> investment "
           "(optional): debt financing under discussion, as dev2's 'debt package' (optional); lenders not named (Goldman Sachs and "
           "JPMorgan structure it)",
           "Revenue surged 128% to $1.5 billion; EBITDA reached $380 million; trading volume exceeded $207 billion -> not records",
           "acquisition of NinjaTrader ... for $1.5 billion -> not a record: whole-company acquisition price",
           "IPO in Q1 2026 (no amount); 10 million+ users in 190 countries -> not money"])

doc(R, P + "paradigm-leads-82m-raise-for-crypto-payments-firm-mesh.md", "Paradigm Leads $82M Raise for Crypto Payments Firm Mesh",
    published="2025-03-11",
    investments=[I(None, ["Mesh"], [("USD", 82_000_000)]), I(None, ["Mesh"], [("USD", 120_000_000)], opt=True)],
    audit=["Mesh ... has secured $82 million in a Series B funding round led by Paradigm (title, lead, heading) -> investment (round into "
           "Mesh; investor null: Paradigm leads with Consensys, QuantumLight Capital and Yolo Investments)",
           "pushes Mesh's total raise to $120M -> investment (optional): cumulative over rounds"])

doc(R, P + "ripple-settles-with-sec-drops-appeal-in-final-50m-agreement.md",
    "Ripple settles with SEC, drops appeal in final $50M agreement", published="2025-03-26",
    fines=[F(["Ripple", "Ripple Labs"], SEC, [("USD", 50_000_000)]),
           F(["Ripple", "Ripple Labs"], SEC + ["Judge Analisa Torres"], [("USD", 125_000_000)], opt=True)],
    audit=["agreeing to a final $50 million settlement / Ripple will pay $50 million / table Final Settlement $50M -> fine (Ripple, SEC)",
           "out of the original $125 million fine, with the rest returned to the company from escrow / table Original Fine $125M -> "
           "fine (optional): the earlier court penalty, now cut to $50 million"])

doc(R, P + "franklin-templeton-backs-8m-round-for-stablecoin-project-cap.md",
    "Franklin Templeton Backs $8M Round for Stablecoin Project Cap", published="2025-04-08",
    investments=[I(None, ["Cap"], [("USD", 8_000_000)]), I(None, ["Cap"], [("USD", 1_100_000)], opt=True)],
    audit=["Franklin Templeton has led an $8 million seed funding round for Cap (title, lead, key info box) -> investment (round into "
           "Cap; investor null: Franklin Templeton leads with Triton Capital, GSR and Laser Digital)",
           "a previous $1.1 million crowdfunding initiative via Echo -> investment (optional): earlier crowdfunding"])

doc(R, P + "genius-group-launches-33m-rights-offering-to-expand-bitcoin-reserve.md",
    ["- Genius Group Launches $33M Rights Offering to Expand Bitcoin Reserve",
     "Genius Group Launches $33M Rights Offering to Expand Bitcoin Reserve"], published="2025-01-14",
    offerings=[O(["Genius Group", "Genius Group Limited"], [("USD", 33_000_000)])],
    stakes=[S(["Roger Hamilton"], ["Genius Group", "Genius Group Limited"], 10, opt=True)],
    must_not=[MN("USD", 0.5, "subscription price per share"), MN("USD", 35_000_000, "Bitcoin holdings"),
              MN("USD", 68_000_000, "Bitcoin holdings if fully subscribed"), MN("USD", 20_000_000, "loans it plans to secure"),
              MN("USD", 86_000_000, "possible Bitcoin reserve")],
    audit=["a $33 million rights offering (title, lead) / this offering will raise $33 million -> offering (Genius Group)",
           "purchase additional shares at $0.50 each -> not a record: price per share",
           "Bitcoin holdings will grow from $35 million to $68 million / up to $20 million in loans / reserve to $86 million -> not records",
           "potentially increasing his ownership to over 10% -> stake (optional): Hamilton's possible level after the offering"])

doc(R, P + "okx-settles-505m-non-compliance-case-with-doj-after-guilty-plea.md",
    "OKX Settles $505M Non-Compliance Case With DOJ After Guilty Plea", published="2025-02-25",
    fines=[F(["OKX", "Aux Cayes FinTech Co. Ltd.", "Aux Cayes FinTech"], ["U.S. Department of Justice", "DOJ", "Department of Justice"],
             [("USD", 505_000_000)]),
           F(["OKX", "Aux Cayes FinTech Co. Ltd.", "Aux Cayes FinTech"], ["U.S. Department of Justice", "DOJ", "Department of Justice"],
             [("USD", 84_000_000)]),
           F(["OKX", "Aux Cayes FinTech Co. Ltd.", "Aux Cayes FinTech"], ["U.S. Department of Justice", "DOJ", "Department of Justice"],
             [("USD", 421_000_000)], opt=True)],
    audit=["OKX has agreed to pay $505 million in penalties (title, lead) -> fine (OKX, DOJ): the total",
           "$84 million fine -> fine (OKX, DOJ): the fine part of the total",
           "$421 million forfeiture (fees earned from U.S. customers) -> fine (optional): a forfeiture, part of the $505 million"])

doc(R, P + "semler-scientific-buys-more-bitcoin-now-holds-2-084-btc.md", "Semler Scientific Buys More Bitcoin, Now Holds 2,084 BTC",
    published="2024-12-16",
    offerings=[O(["Semler Scientific", "Semler"], [("USD", 100_000_000)]),
               O(["Semler Scientific", "Semler"], [("USD", 50_000_000)], opt=True),
               O(["Semler Scientific", "Semler"], [("USD", 150_000_000)], opt=True)],
    must_not=[MN("USD", 21_500_000, "price of 211 bitcoin bought"), MN("USD", 101_890, "average price per bitcoin"),
              MN("USD", 168_600_000, "value of bitcoin holdings"), MN("USD", 80_916, "average cost per bitcoin"),
              MP(92.8, "'Bitcoin yield' metric")],
    audit=["Semler acquired 211 Bitcoin for $21.5 million; $101,890 per Bitcoin; holdings $168.6 million; $80,916 per BTC -> not records: "
           "asset purchases and holdings",
           "Semler has raised approximately $100 million through its ATM offering -> offering (Semler): at-the-market share sales",
           "aiming to offer an additional $50 million in shares / total ... ATM program to $150 million -> offerings (optional): the planned "
           "addition and the programme size",
           "Bitcoin yield of 92.8% -> not a stake: a return metric"])

doc(R, P + "d-e-shaw-takes-stake-in-riot-what-it-means-for-bitcoin-mining.md",
    "D.E. Shaw Takes Stake in Riot: What It Means for Bitcoin Mining", published="2025-01-30",
    valuations=[V(["Riot", "Riot Platforms"], [("USD", 3_800_000_000)])],
    must_not=[MN("USD", 70_000_000_000, "D.E. Shaw's assets under management")],
    audit=["D.E. Shaw's exact stake in Riot remains undisclosed -> no stake record (no percent)",
           "Riot, valued at $3.8 billion -> valuation (Riot)",
           "D.E. Shaw, managing $70 billion in assets -> not a record: assets under management"])

doc(R, P + "microstrategy-bitcoin-stake-reaches-461k-with-1-1b-purchase.md",
    "MicroStrategy Bitcoin Stake Reaches 461K with $1.1B Purchase", published="2025-01-21",
    must_not=[MN("USD", 1_100_000_000, "price of 11,000 bitcoin bought"), MN("USD", 101_191, "average price per bitcoin"),
              MN("USD", 29_300_000_000, "cost of all bitcoin held"), MN("USD", 48_000_000_000, "value of bitcoin reserves"),
              MN("USD", 108_786, "bitcoin's all-time high"), MN("USD", 100_000_000_000, "target value of bitcoin held by 2028"),
              MN("USD", 47_000_000, "Wrapped Bitcoin bought by World Liberty Financial"), MP(4, "bitcoin below its high")],
    audit=["'Bitcoin Stake Reaches 461K' (title) -> not a stake: a holding of coins, no percent of a company",
           "adding 11,000 Bitcoin worth $1.1 billion; average price of $101,191; acquired for $29.3 billion; reserves valued at $48 "
           "billion -> not records: asset purchases and holdings (a coin pile 'valued at' is no company valuation)",
           "BTC trading 4% below its all-time high of $108,786 -> not records",
           "aims to surpass a $100 billion valuation in BTC by 2028 -> not a valuation of MicroStrategy: a target for its bitcoin",
           "World Liberty Financial ... adding $47 million worth of Wrapped Bitcoin -> not a record: asset purchase"])

doc(R, P + "tethers-market-cap-drops-1-4-billion-amid-mica-activation.md",
    "Tether's Market Cap Drops $1.4 Billion Amid MiCA Activation", published="2025-01-02",
    must_not=[MN("USD", 1_400_000_000, "fall in USDT's supply value"), MN("USD", 140_000_000_000, "USDT market cap before"),
              MN("USD", 137_000_000_000, "USDT market cap after"), MP(80, "share of USDT trading in Asia")],
    audit=["Tether's market cap decreased from $140 billion to $137 billion / the $1.4 billion drop -> not valuations: the circulating "
           "value of the USDT stablecoin (tokens in issue), not the worth of Tether the company, and a change",
           "80% of USDT's trading activity occurs in Asia -> not a stake",
           "Tether has proactively invested in EU-based companies, such as StablR and Quantoz -> no amount, no percent"])

doc(R, P + "hacker-in-sec-x-account-breach-faces-50k-fine-in-plea-deal.md",
    "Hacker in SEC X Account Breach Faces $50K Fine in Plea Deal", published="2025-02-11",
    fines=[F(["Eric Council Jr.", "Council", "Eric Council"], ["Federal prosecutors"], [("USD", 50_000)], opt=True)],
    must_not=[MN("USD", 40_000_000_000, "ETF inflows"), MN("USD", 120_000_000_000, "spot ETF net assets")],
    audit=["faces a $50,000 fine as part of a plea deal (title, lead) / recommending a $50,000 forfeiture -> fine (optional): a "
           "forfeiture recommended in a plea agreement, not yet imposed (sentencing in May)",
           "a $40 billion surge in investments; over $120 billion in net assets -> not records: ETF flows and assets"])

doc(R, P + "singapore-and-cftc-target-polymarket-amid-wildfire-betting-controversy.md",
    "Singapore and CFTC Target Polymarket Amid Wildfire Betting Controversy", published="2025-01-14",
    fines=[F(["Polymarket"], ["CFTC", "Commodity Futures Trading Commission"], [("USD", 1_400_000)])],
    must_not=[MN("SGD", 10_000, "statutory maximum fine for users of unlicensed gambling sites"),
              MN("USD", 2_620_000_000, "trading volume"), MP(50, "projected drop in volumes")],
    audit=["fines up to 10,000 SGD, imprisonment, or both -> not a record: statutory maximum under the Gambling Control Act",
           "The platform previously settled a $1.4 million fine with the CFTC in 2022 -> fine (Polymarket, CFTC)",
           "$2.62 billion in trading volume; volumes projected to drop by 50% -> not records"])

doc(R, P + "tabit-insurance-secures-40m-facility-capitalized-entirely-in-bitcoin-1.md",
    "Tabit Insurance secures $40m facility capitalized entirely in Bitcoin", published="2025-03-24",
    investments=[I(None, ["Tabit Insurance", "Tabit"], [("USD", 40_000_000)], opt=True)],
    must_not=[MP(100, "share of the facility's capital held in bitcoin")],
    audit=["a $40 million insurance facility entirely capitalized in Bitcoin / table Total Capital Raised $40 million -> investment "
           "(optional): capital raised for an insurance facility, no investor named and the text is unclear who supplied it",
           "capitalized 100% in Bitcoin / table 100% Bitcoin -> not a stake"])

doc(R, P + "rumble-starts-buying-bitcoin-as-part-of-20m-btc-strategy.md",
    "Rumble starts buying Bitcoin as part of $20m BTC strategy", published="2025-01-20",
    investments=[I(["Tether"], ["Rumble"], [("USD", 775_000_000)])],
    must_not=[MN("USD", 20_000_000, "Rumble's planned bitcoin purchases")],
    audit=["a broader $20 million investment strategy / allocate up to $20 million to Bitcoin (title, lead) -> not a record: buying an "
           "asset, not an investment in a company",
           "Tether's $775 million investment in Rumble -> investment (Tether -> Rumble)",
           "67 million active monthly users -> not money"])

doc(R, P + "metaplanet-joins-amplify-transformational-data-sharing-etf.md",
    "Metaplanet Joins Amplify Transformational Data Sharing ETF", published="2024-11-28",
    must_not=[MP(2.9, "Metaplanet's weight in the ETF"), MN("USD", 930_000_000, "the ETF's net assets"),
              MN("USD", 109_210_000, "value of Metaplanet's bitcoin")],
    audit=["an estimated starting weight of 2.9% -> not a stake: the share of an ETF's portfolio, not of a company's capital",
           "The ETF has over $930 million in net assets -> not a record: fund assets",
           "Metaplanet holds 1,142 BTC, valued at $109.21 million -> not a valuation of Metaplanet: its bitcoin"])

doc(R, P + "gomining-launches-institutional-division-and-100m-bitcoin-yield-fund.md",
    "GoMining launches institutional division and $100M Bitcoin yield fund", published="2025-04-02",
    must_not=[MN("USD", 100_000_000, "size of the fund GoMining launches")],
    audit=["a $100 million Alpha Blocks Fund (title, lead, highlights 'Size: $100 million') -> not a record: size of an investment "
           "product offered to investors, not money raised by or invested in a company"])

doc(R, P + "jetking-infotrain-first-indian-public-company-to-hold-bitcoin.md",
    "Jetking Infotrain: First Indian Public Company to Hold Bitcoin", published="2024-12-10",
    valuations=[V(["Jetking Infotrain", "Jetking"], [("USD", 5_000_000)])],
    must_not=[MN("USD", 1_200_000, "value of 12 bitcoin bought"), MN("USD", 2_000_000, "annual sales")],
    audit=["the purchase of 12 Bitcoin, valued at approximately $1.2 million -> not a record: asset purchase",
           "With a $5 million market cap -> valuation (Jetking Infotrain)", "$2 million in annual sales -> not a record"])

doc(R, P + "marjorie-taylor-greene-invests-in-bitcoin-amid-u-s-national-strategy-shift.md",
    "Marjorie Taylor Greene Invests in Bitcoin Amid U.S. National Strategy Shift", published="2025-03-10",
    must_not=[MN("USD", 15_000, "lower bound of Greene's ETF purchase"), MN("USD", 50_000, "upper bound of Greene's ETF purchase")],
    audit=["Greene purchased between $15,000 and $50,000 worth of Bitcoin through BlackRock's iShares Bitcoin Trust -> not an "
           "investment in a company: a personal purchase of ETF units (told as 'invests')",
           "also acquired Tesla stocks ... and shares in Goldman Sachs -> no amounts"])

doc(R, P + "upbit-faces-potential-sanctions-over-regulatory-violations-in-south-korea.md",
    "Upbit Faces Potential Sanctions Over Regulatory Violations in South Korea", published="2025-01-17",
    must_not=[MN("USD", 60_000_000_000, "size of Terra's collapse")],
    audit=["procedural sanctions notice to Upbit ... may face significant penalties -> no fine: no amount, not imposed",
           "Terra's $60 billion collapse in 2022 -> not a record"])

doc(R, P + "celsius-founder-pleads-guilty-to-fraud-charges-faces-30-years-in-prison.md",
    "Celsius founder pleads guilty to fraud charges, faces 30 years in prison", published="2024-12-04",
    must_not=[MN("USD", 7.4, "CEL token price"), MN("USD", 0.05, "CEL token price"), MN("USD", 0.1, "CEL token price"),
              MP(14700, "CEL price rise")],
    audit=["faces up to 30 years in prison -> no money",
           "the CEL token price soared by 14,700%, reaching $7.40 from an initial $0.05 ... plummeted to $0.10 -> not records: token "
           "prices and moves"])

doc(R, P + "sec-clears-immutable-crypto-gaming-firm-avoids-charges-after-months-long-probe.md",
    "SEC clears Immutable: Crypto gaming firm avoids charges after months-long probe", published="2025-03-26",
    fines=[F(["Ripple"], SEC, [("USD", 50_000_000)], opt=True)],
    must_not=[MP(6, "IMX token price rise")],
    audit=["ended its investigation into Immutable with no enforcement action -> no fine",
           "the IMX token saw a 6% price increase / table +6% in 24h -> not a stake: token price move",
           "table 'Crypto Enforcement Trends': Ripple | Settled, Fine Reduced to $50M -> fine (optional): Ripple's settlement with the SEC, "
           "told only in a table cell under 'SEC Case Status'"])

doc(R, P + "el-salvador-adds-1-btc-to-reserve-amid-imf-deal.md", "El Salvador Adds 1 BTC to Reserve Amid IMF Deal",
    published="2025-03-05",
    must_not=[MN("USD", 527_000_000, "value of El Salvador's bitcoin reserve"), MN("USD", 1_400_000_000, "IMF loan"),
              MN("USD", 3_970_000, "value of 46 BTC bought in 30 days")],
    audit=["total reserves to 6,101.18 BTC, valued at approximately $527 million -> not a record: a state's asset holding",
           "its $1.4 billion loan agreement with the International Monetary Fund -> not a record: a loan",
           "46 BTC in the last 30 days, worth approximately $3.97 million -> not a record"])

doc(R, P + "whale-invests-7m-in-ethereum-amid-bullish-momentum.md", "Whale Invests $7M in Ethereum Amid Bullish Momentum",
    published="2024-12-10",
    must_not=[MN("USD", 7_000_000, "an anonymous whale's ether purchase"), MN("USD", 3_900, "ether price"),
              MN("USD", 2_487, "average purchase price"), MN("USD", 54_000_000, "unrealized profit"), MN("USD", 2_200, "ether price"),
              MN("USD", 493_000_000, "ether sold by whales"), MN("USD", 4_067, "ether price")],
    audit=["a prominent Ethereum whale has made a substantial $7 million investment (title 'Whale Invests $7M in Ethereum') -> not an "
           "investment record: buying a cryptocurrency, no company invested in",
           "prices $3,900 / $2,487 / $2,200 / $4,067; unrealized profit of $54 million; over $493 million worth of ETH was sold -> not records"])

doc(R, P + "upcx-halts-all-transactions-after-70m-security-breach.md", "UPCX halts all transactions after $70M security breach",
    published="2025-04-02",
    must_not=[MN("USD", 70_000_000, "value of stolen tokens"), MN("USD", 4.06, "token price"), MN("USD", 3.77, "token price"),
              MP(7, "token price drop")],
    audit=["$70 million exploit / stolen tokens—valued at $70 million / Total loss ~$70M -> not a record: a theft (tokens 'valued at' "
           "is no company valuation)",
           "a 7% drop in UPC token price, falling from $4.06 to $3.77 (twice) -> not records"])

doc(R, P + "crypto-miner-bitdeer-faces-steep-q4-loss-but-eyes-40-eh-s-hashrate-goal.md",
    "Crypto Miner Bitdeer Faces Steep Q4 Loss but Eyes 40 EH/s Hashrate Goal", published="2025-02-25",
    must_not=[MN("USD", 531_900_000, "net loss"), MN("USD", 5_000_000, "net loss a year earlier"), MN("USD", 114_800_000, "revenue"),
              MN("USD", 69_000_000, "revenue"), MN("USD", 476_300_000, "cash"), MN("USD", 9.1, "share price"),
              MP(30, "share price fall"), MN("USD", 55_950, "cost to mine a bitcoin"), MN("USD", 106_000, "cost per bitcoin"),
              MN("USD", 100_000, "bitcoin price")],
    audit=["$531.9 million net loss vs $5 million; revenue $114.8 million to $69 million; $476.3 million in cash -> not records: results",
           "heavy investments in developing proprietary ASIC technology / a long-term investment -> no amount, no investee",
           "stock ... trading at $9.10, marking a 30% decline -> not records",
           "$55,950 / $106,000 per BTC; surpassed $100,000 -> not records"])

doc(R, P + "robinhood-launches-amazon-inspired-subscription-model-to-boost-user-loyalty.md",
    "Robinhood Launches Amazon-Inspired Subscription Model to Boost User Loyalty", published="2025-03-28",
    must_not=[MN("USD", 5, "monthly subscription price"), MN("USD", 50, "annual subscription price"), MP(4, "interest rate on cash"),
              MP(0.25, "management fee"), MN("USD", 250, "fee cap")],
    audit=["Gold subscription, priced at $5 per month or $50 annually, ... 4% interest (body and table) -> not records: prices and rates",
           "a 0.25% management fee, capped at $250 annually (body and table) -> not records",
           "increase wallet share -> no figure"])

doc(R, P + "bitfarms-stock-seen-as-undervalued-amid-pivot-to-ai-and-energy-says-analyst.md",
    "Bitfarms Stock Seen as Undervalued Amid Pivot to AI and Energy, Says Analyst", published="2025-03-28",
    must_not=[MN("USD", 3.5, "price target per share"), MN("USD", 0.98, "share price ('current market value')"),
              MN("USD", 56_200_000, "revenue"), MN("USD", 54_600_000, "self-mining revenue"), MN("USD", 15_200_000, "net income"),
              MN("USD", 14_300_000, "adjusted EBITDA"), MN("USD", 25_000_000, "value per EH/s (a multiple)"),
              MN("USD", 85_000_000, "peers' value per EH/s"), MP(25, "revenue growth"), MP(13, "hashrate growth"),
              MP(47.3, "gross mining margin"), MP(6, "U.S. share of energy footprint"), MP(33, "U.S. share of energy footprint"),
              MP(80, "U.S. share of planned capacity"), MP(57, "share price fall"), MP(7, "Nasdaq dip"),
              MN("USD", 20, "hash cost per PH"), MN("USD", 22, "hash cost per PH"), MN("USD", 50, "market hash rate per PH")],
    audit=["a $3.50 price target—more than triple the current market value of around $0.98 -> not records: per-share prices ('market "
           "value' here is the share price, not the company's worth)",
           "Q4 revenue $56.2 million (25% up), self-mining revenue $54.6 million, 13% hashrate jump, net income $15.2 million, margin 47.3%, "
           "EBITDA $14.3 million (body and table) -> not records",
           "hash costs $20–$22 per PH vs around $50 -> not records",
           "U.S. energy footprint from 6% to 33% / nearly 80% based in the U.S. -> not stakes",
           "a valuation of about $25 million per EH, well below peers averaging $85 million per EH -> not valuations: multiples per unit "
           "of hashrate",
           "stock is down 57% since November, compared to just a 7% dip in the Nasdaq -> not records",
           "acquisition of Stronghold assets and the sale of its Paraguay-based Yguazu site -> no amounts"])

doc(R, P + "blackrock-ceo-predicts-bitcoin-could-reach-700k-after-600m-purchase.md",
    "BlackRock CEO Predicts Bitcoin Could Reach $700K After $600M Purchase", published="2025-01-23",
    must_not=[MN("USD", 600_000_000, "bitcoin bought by BlackRock"), MN("USD", 700_000, "predicted bitcoin price"),
              MN("USD", 500_000, "predicted bitcoin price"), MN("USD", 58_510_000_000, "value of the trust's bitcoin"),
              MP(2, "sovereign fund allocation to bitcoin"), MP(5, "sovereign fund allocation to bitcoin")],
    audit=["$600 million Bitcoin purchase -> not a record: asset purchase",
           "could hit $700,000 / from $500K to $700K per BTC -> not records: price forecasts",
           "sovereign wealth fund allocations of 2%-5% to Bitcoin -> not stakes",
           "iShares Bitcoin Trust now holds 559,262 BTC, valued at approximately $58.51 billion -> not a valuation: fund assets"])

doc(R, P + "brian-armstrong-coinbase-would-rank-as-21st-largest-u-s-bank.md",
    "Brian Armstrong: Coinbase Would Rank as 21st Largest U.S. Bank", published="2025-02-08",
    must_not=[MN("USD", 420_000_000_000, "customer assets held by Coinbase"),
              MN("USD", 30_000_000_000_000, "stablecoin transactions")],
    audit=["Coinbase now holds approximately $420 billion in customer assets -> not a valuation: assets held for customers",
           "over $30 trillion in stablecoin transactions -> not a record"])

doc(R, P + "uk-fca-fuds-retardio-meme-coin.md", "UK FCA FUDs Retardio Meme Coin", published="2024-12-16",
    must_not=[MP(16, "token price rise"), MN("USD", 111_000_000, "meme coin's market cap"),
              MN("USD", 240_000_000, "meme coin's peak market cap"), MN("USD", 6_000_000_000, "UK government's bitcoin")],
    audit=["the FCA has issued a warning against ... Retardio -> no fine",
           "the token's price surged 16% (three times) -> not a stake",
           "reaching a $111 million market cap ... far from its peak of $240 million -> not valuations: the market value of a meme "
           "token, not of a company",
           "the UK government currently holds over $6 billion worth of Bitcoin -> not a record"])

doc(R, P + "will-michael-saylor-pull-the-rug.md", "Will Michael Saylor pull the rug?", published="2025-04-02",
    fines=[F(["Michael Saylor", "Saylor"], ["Washington D.C.", "District of Columbia"], [("USD", 40_000_000)])],
    stakes=[S(["Michael Saylor", "Saylor"], ["Strategy", "MicroStrategy"], 46, opt=True)],
    must_not=[MP(2.5, "share of bitcoin's total supply"), MP(50, "possible bitcoin price drop"),
              MP(96, "share of Strategy's wallets identified"), MN("USD", 8_200_000_000, "Strategy's debt"),
              MN("USD", 44_000_000_000, "value of Strategy's bitcoin"), MN("USD", 1, "bitcoin price in a quote")],
    audit=["over 2.5% of Bitcoin's total supply -> not a stake: a share of a coin's supply",
           "MicroStrategy once inflated earnings and faced SEC penalties -> no amount",
           "Saylor settled a $40M tax evasion case in Washington D.C. -> fine (Saylor, Washington D.C.): a settlement paid to a government",
           "a 50% BTC price drop; 96% of Strategy's wallets -> not records",
           "Saylor has 46% voting power -> stake (optional): voting power in Strategy, not said to be equity",
           "Debt: $8.2B; Market cap exposure: ~$44B in BTC -> not records: debt and bitcoin held ('market cap exposure' is the coins' value)",
           "'If Bitcoin goes to $1, we'll buy it all' -> not a record"])
