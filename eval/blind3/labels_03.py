"""Labels 30-: Newsworthyai/press-release-archive (press releases as plain Markdown: a '# title' line, body, source links; no front matter)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "Newsworthyai/press-release-archive"

doc(R, "newmediawire/2025/0402/soulpower-acquisition-corporation-announces-the-pricing-of-upsized-220000000-initial-public-offering.md",
    "Soulpower Acquisition Corporation Announces the Pricing of Upsized $220,000,000 Initial Public Offering",
    slug_title="Soulpower Acquisition prices upsized 220000000 IPO",
    offerings=[O(["Soulpower Acquisition Corporation", "Soulpower Acquisition Corp", "Soulpower"], [("USD", 220_000_000)])],
    must_not=[MN("USD", 10, "price per unit / trust deposit per unit")],
    audit=["Pricing of Upsized $220,000,000 Initial Public Offering (title) / initial public offering of 22,000,000 units at a price of $10.00 per "
           "unit -> offering (Soulpower, SPAC IPO)",
           "$10.00 per unit (price; trust deposit) -> not a record: per-unit price",
           "option to purchase up to an additional 3,300,000 units -> units, no money amount stated",
           "1/10 share right / 45-day / 499 Park Avenue -> not money"])

doc(R, "reportable/2025/0701/feliqs-announces-9-million-series-a-financing-to-advance-flq-101-clinical-program-for-retinopathy-of-prematurity.md",
    "FELIQS Announces $9 Million Series A Financing to Advance FLQ-101 Clinical Program for Retinopathy of Prematurity",
    investments=[I(None, ["FELIQS Corporation", "FELIQS"], [("USD", 9_000_000)])],
    audit=["$9 Million Series A Financing (title) / completion of a $9 million Series A funding round, co-led by a major American pharmaceutical "
           "company and Beyond Next Ventures -> investment (FELIQS; several investors -> null)",
           "FLQ-101 / Phase 1b/2 / 2019 / 2024 -> not money"])

FEM = ["Femto Technologies Inc", "Femto Technologies", "Femto"]
doc(R, "newmediawire/2025/0226/femto-technologies-inc-announces-17-million-private-placement.md",
    "Femto Technologies Inc. Announces $17 Million Private Placement",
    offerings=[O(FEM, [("USD", 17_000_000)])],
    investments=[I(None, FEM, [("USD", 17_000_000)], opt=True)],
    must_not=[MN("USD", 4.17, "price per common unit"), MN("USD", 4.16999, "price per pre-funded unit"), MN("USD", 0.00001, "warrant exercise price"),
              MN("USD", 5.21, "Series A warrant exercise price"), MN("USD", 12.51, "Series B warrant exercise price")],
    audit=["$17 Million Private Placement (title) / purchase and sale of approximately $17 million of Common Shares ... / Aggregate gross proceeds "
           "... approximately $17 million -> offering (Femto): share sale by a listed company to institutional investors; the same money as an "
           "investment with unnamed investors is accepted (optional)",
           "$4.17 / $4.16999 / $0.00001 / $5.21 / $12.51 -> not records: per-unit and exercise prices",
           "60 months / 30 months / 1933 / 1934 -> not money"])

doc(R, "reportable/2025/0717/q-ant-raises-eur62-million-to-transform-the-future-of-computing-with-photonic-processing.md",
    "Q.ANT Raises €62 Million to Transform the Future of Computing with Photonic Processing",
    investments=[I(None, ["Q.ANT"], [("EUR", 62_000_000)])],
    audit=["Raises €62 Million (title) / a €62 million Series A financing round ... co-led by Cherry Ventures, UVC Partners and imec.xpand -> "
           "investment (Q.ANT; several investors -> null)",
           "30 times / 50 times / 100 times / 99.7% accuracy -> not money, not stakes",
           "trillion-dollar data center semiconductor landscape -> no figure (market size)", "2018 / 2026 / 2030 -> not money"])

doc(R, "ibn/2024/1226/brera-holdings-nasdaq-brea-to-acquire-majority-stake-in-italian-serie-b-football-club-juve-stabia.md",
    "Brera Holdings (NASDAQ: BREA) to Acquire Majority Stake in Italian Serie B Football Club Juve Stabia",
    stakes=[S(["Brera Holdings", "Brera Holdings PLC", "Brera"], ["SS Juve Stabia", "Juve Stabia"], 52)],
    audit=["acquisition of a majority equity stake ... granting Brera ~52% ownership -> stake (Brera Holdings, Juve Stabia, 52, approx)",
           "117-year-old / fourth in Serie B / March 31, 2025 / 310.299.1717 -> not money"])

PLZ = ["Polyrizon Ltd", "Polyrizon", "PLRZ"]
doc(R, "ibn/2024/1030/investornewsbreaks-polyrizon-ltd-nasdaq-plrz-secures-4-2m-in-initial-public-offering.md",
    "InvestorNewsBreaks – Polyrizon Ltd. (NASDAQ: PLRZ) Secures $4.2M in Initial Public Offering",
    slug_title="Polyrizon secures 4.2M in initial public offering",
    offerings=[O(PLZ, [("USD", 4_200_000)]), O(PLZ, [("USD", 4_820_000)], opt=True)],
    must_not=[MN("USD", 4.38, "public offering price per unit"), MP(15, "over-allotment option as a share of shares sold")],
    audit=["Secures $4.2M in Initial Public Offering (title) / closing of its underwritten initial public offering ... aggregate gross proceeds of "
           "$4.2 million -> offering (Polyrizon)",
           "total gross proceeds ... including the overallotment ... approximately $4.82 million -> offering (optional): conditional total if the option is exercised",
           "958,903 units at ... $4.38 per unit -> not a record: per-unit price",
           "143,835 additional units, equal to 15% -> not a record", "45-day / 70+ brands / 5,000+ outlets -> not money"])

doc(R, "newmediawire/2024/1001/mn-tech-startup-roy-secures-2m-seed-round-to-revolutionize-nil-market.md",
    "MN Tech Startup Roy Secures $2M Seed Round to Revolutionize NIL Market",
    investments=[I(None, ["Roy"], [("USD", 2_000_000)])],
    audit=["Secures $2M Seed Round (title) / completion of a $2 million seed funding round ... led by the Idea Fund of La Crosse and Groove Capital "
           "-> investment (Roy; two leads -> investor null)"])
