"""Labels: agtz92/english-stuff-nextjs, blog/SLUG.md (see labels_01.py for the format). Part 2: two more funding stories
found by a second keyword pass ('Series C round valuing', 'major investment by'), then a random draw (random.seed(99), ten
English posts not yet taken; the four lifestyle/how-to posts it drew — an Excel guide, a nativity-scene DIY, a restaurant
review — and one 20,000-character explainer were skipped as not news, the crypto/business ones labelled as they come)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "agtz92/english-stuff-nextjs"
P = "blog/"

doc(R, P + "phantom-wallet-expands-multichain-support-with-sui-integration.md",
    "Phantom Wallet Expands Multichain Support with Sui Integration", published="2025-01-30",
    valuations=[V(["Phantom"], [("USD", 3_000_000_000)])],
    investments=[I(None, ["Phantom"], [("USD", 150_000_000)])],
    audit=["a $150 million Series C round valuing the company at $3 billion. The round was backed by Sequoia, Paradigm, and a16z "
           "Crypto -> investment (round into Phantom; investor null: three backers) and valuation (Phantom)",
           "over 15 million monthly active users -> not money"])

doc(R, P + "plume-and-goldfinch-join-forces-to-tokenize-private-credit-funds.md",
    "Plume and Goldfinch Join Forces to Tokenize Private Credit Funds", published="2025-03-21",
    investments=[I(None, ["Plume"], [("USD", 20_000_000)])],
    must_not=[MN("USD", 1_000_000_000_000, "assets managed by Apollo, Golub and others")],
    audit=["firms that collectively manage over $1 trillion in assets / $1T+ asset managers -> not a record: assets under management",
           "a major investment by YZi Labs ... backing of Plume -> no amount",
           "Plume had previously raised $20 million in a Series A round in December 2024, with support from ... Brevan Howard Digital, "
           "Galaxy Ventures, and Haun Ventures -> investment (round into Plume; investor null)"])

doc(R, P + "lido-sunsets-staking-on-polygon-network-1.md", "Lido Sunsets Staking on Polygon Network", published="2024-12-16",
    must_not=[MN("USD", 38_400_000_000, "Lido's total value locked"), MN("USD", 2_900_000_000, "Rocket Pool's value locked"),
              MN("USD", 3_100_000_000, "Jito's value locked")],
    audit=["random draw", "'staking' throughout -> crypto staking, not share stakes",
           "a total value locked (TVL) of $38.4 billion; Rocket Pool and Jito ... manage $2.9 billion and $3.1 billion -> not records: "
           "deposits held by protocols, not valuations"])

doc(R, P + "u-s-senate-crushes-biden-era-irs-rule-targeting-defi.md", "U.S. Senate Crushes Biden-Era IRS Rule Targeting DeFi",
    published="2025-03-05",
    audit=["random draw", "the Senate voted 70-27 -> not money or percent; no record in the text"])

doc(R, P + "cryptoquant-ceo-warns-most-altcoins-will-fail-in-2025.md", "CryptoQuant CEO Warns: Most Altcoins Will Fail in 2025",
    published="2025-02-25",
    must_not=[MP(90, "ETF approval probability"), MP(75, "ETF approval probability"), MP(70, "ETF approval probability"),
              MP(65, "ETF approval probability")],
    audit=["random draw", "approval probabilities Litecoin 90%, Dogecoin 75%, Solana 70%, XRP 65% -> not stakes: probabilities"])

doc(R, P + "eth-pushes-to-3k-amid-declining-institutional-interest-ai-meme-coin-signals-a-5-025-rally.md",
    "ETH Pushes to $3K Amid Declining Institutional Interest, AI Meme Coin Signals a 5,025% Rally", published="2025-03-05",
    offerings=[O(["FloppyPepe"], [("USD", 907_200)], opt=True)],
    must_not=[MN("USD", 3_000, "ether price"), MP(5025, "projected token rally"), MP(1, "per-transaction reward and burn"),
              MN("USD", 0.0000002, "presale token price"), MP(60, "purchase bonus")],
    audit=["random draw (a sponsored token promotion beside an ether price note)",
           "pushing toward the $3,000 level (title $3K) -> not a record",
           "a staggering 5,025% rally (title, lead, heading, body) -> not a stake",
           "a 1% gain per transaction / burns 1% of tokens per transaction -> not stakes",
           "Within just 24 hours of its private sale, FloppyPepe raised $907,200 -> offering (optional): a token presale, not a share issue",
           "presale price of $0.0000002; a 60% bonus on token purchases (twice) -> not records"])

doc(R, P + "chainalysis-partners-with-lukka-to-enhance-vasp-risk-assessment-with-off-chain-data.md",
    "Chainalysis Partners with Lukka to Enhance VASP Risk Assessment with Off-Chain Data", published="2025-02-05",
    must_not=[MN("USD", 40_000_000_000, "crypto received by illicit addresses")],
    audit=["random draw", "illicit addresses received over $40 billion -> not a record"])

doc(R, P + "former-grayscale-executive-joins-defi-education-fund-to-drive-blockchain-advocacy.md",
    "Former Grayscale Executive Joins DeFi Education Fund to Drive Blockchain Advocacy", published="2025-01-28",
    audit=["random draw", "no money or percent mention; no record"])
