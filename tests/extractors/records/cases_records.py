"""Record cases: (passage, publication date or None, expected records).

Each expected record is a dict with `kind` (fines, valuations, stakes, offerings, investments) and the fields
that matter; a passage must yield exactly these records (date mentions aside). Passages come from the seed and
dev articles or are standard newswire phrasings. `KNOWN_FAILURES` holds rows the extractor gets wrong today,
as `xfail(strict=True)` so that a fix forces the row to move.
"""
from __future__ import annotations

from datetime import date

import pytest

Row = tuple[str, date | None, list[dict]]

SEEDS: list[Row] = [
    ("China’s Ant Group, an affiliate of the giant e-commerce platform Alibaba, was slapped with a nearly $1 billion "
     "fine by the country’s top securities regulator on Friday.", None,
     [{"kind": "fines", "payer": "Ant Group", "amount": 1e9, "currency": "USD", "qualifier": "approx",
       "status": "imposed"}]),
    ("The latest penalty to be imposed on Ant Group, founded by the billionaire Jack Ma, was 7.1 billion renminbi "
     "(nearly $985 million), imposed by the People’s Bank of China.", None,
     [{"kind": "fines", "payer": "Ant Group", "authority": "People’s Bank of China", "amount": 7.1e9,
       "currency": "CNY", "amount_usd": 985e6}]),
    # one fact told twice: the richest telling wins
    ("China’s Ant Group was slapped with a nearly $1 billion fine on Friday. The latest penalty to be imposed on Ant "
     "Group was 7.1 billion renminbi (nearly $985 million), imposed by the People’s Bank of China.", None,
     [{"kind": "fines", "payer": "Ant Group", "amount": 7.1e9, "currency": "CNY", "amount_usd": 985e6}]),
    ("The hefty fine is the latest in a line of penalties imposed on Chinese tech firms, including Meituan and Didi, "
     "which were hit with hefty fines of $534 million and $1.19 billion respectively.", None,
     [{"kind": "fines", "payer": "Meituan", "amount": 534e6}, {"kind": "fines", "payer": "Didi", "amount": 1.19e9}]),
    ("Shares for Alibaba—which owns a 33% stake in Ant Group—rose over 6% as of 10 a.m. on Friday.", None,
     [{"kind": "stakes", "holder": "Alibaba", "company": "Ant Group", "percent": 33.0}]),
    ("Ant Group’s estimated value has since dropped to $63.8 billion from its once estimated $235 billion before "
     "Chinese authorities halted its I.P.O. in November 2020, according to Bloomberg.", None,
     [{"kind": "valuations", "company": "Ant Group", "amount": 63.8e9},
      {"kind": "valuations", "company": "Ant Group", "amount": 235e9}]),
    ("Ma’s “surrender” to the authorities failed to save Ant from going public, and the largest IPO in history, at "
     "more than $34 billion, was urgently halted.", None,
     [{"kind": "offerings", "company": "Ant", "amount": 34e9, "qualifier": "at_least"}]),
    ("An affiliate of Chinese tech giant Alibaba Group Holding Ltd., Ant is preparing for an IPO of about $35 billion "
     "that would give it an overall valuation of $250 billion, twice that of Citigroup Inc.", None,
     [{"kind": "offerings", "company": "Ant", "amount": 35e9}, {"kind": "valuations", "company": "Ant", "amount": 250e9}]),
    ("Restrictions would also impact U.S. investors who have already sunk millions of dollars into Ant. In 2018, "
     "Silver Lake Management LLC, Warburg Pincus LLC, and Carlyle Group Inc. invested at least $500 million each in "
     "the financial technology giant, people familiar with the matter said at the time.", None,
     [{"kind": "investments", "investor": "Silver Lake Management LLC", "company": "Ant", "amount": 500e6},
      {"kind": "investments", "investor": "Warburg Pincus LLC", "company": "Ant", "amount": 500e6},
      {"kind": "investments", "investor": "Carlyle Group Inc.", "company": "Ant", "amount": 500e6}]),
]

DEV: list[Row] = [
    ("Softbank's Alibaba stake will fall to about 28 percent of the Chinese firm from 32.2 percent in March.", None,
     [{"kind": "stakes", "holder": "Softbank", "company": "Alibaba", "percent": 28.0},
      {"kind": "stakes", "holder": "Softbank", "company": "Alibaba", "percent": 32.2}]),
    ("Shares of Alibaba fell 2.8 percent in extended trading on Tuesday.", None, []),
    ("Alibaba said it will buy the $2 billion of its shares with cash on hand.", None, []),
    ("U.S. web company Yahoo Inc has been exploring a sale of its core business. It also has been investigating how "
     "to dispose of its 15 percent stake in Alibaba.", None,
     [{"kind": "stakes", "holder": "Yahoo Inc", "company": "Alibaba", "percent": 15.0}]),
    ("BEIJING China Merchants Bank (600036.SS) has agreed to invest $200 million in ride-hailing start-up Didi Kuaidi "
     "as part of its latest $3 billion fundraising round, a person with knowledge of the matter said.", None,
     [{"kind": "investments", "investor": "China Merchants Bank", "company": "Didi Kuaidi", "amount": 200e6},
      {"kind": "investments", "investor": None, "company": "Didi Kuaidi", "amount": 3e9}]),
    ("Apple Inc has invested $1 billion in Chinese ride-hailing service Didi Chuxing.", None,
     [{"kind": "investments", "investor": "Apple Inc", "company": "Didi Chuxing", "amount": 1e9}]),
    ("The report said Samsung Electronics would buy new shares worth 3 billion yuan ($449 million) in BYD.", None,
     [{"kind": "investments", "investor": "Samsung Electronics", "company": "BYD", "amount": 3e9, "currency": "CNY",
       "amount_usd": 449e6}]),
    ("The biggest antitrust fine to date was a 1.1 billion euro fine of chip-maker Intel in 2009.", None,
     [{"kind": "fines", "payer": "Intel", "amount": 1.1e9, "currency": "EUR"}]),
    ("Toyota, in addition, paid $1.2 billion to settle criminal charges, while G.M. paid $900 million.", None,
     [{"kind": "fines", "payer": "Toyota", "amount": 1.2e9, "status": "settled"},
      {"kind": "fines", "payer": "G.M.", "amount": 900e6}]),
    ("The size of the settlement would approach the $18.7 billion agreement that BP reached last year to resolve all "
     "federal, state and local claims against the oil giant.", None,
     [{"kind": "fines", "payer": "BP", "amount": 18.7e9}]),
    ("European Union (EU) fined the Chinese video-sharing platform TikTok $600 million on Friday over a breach of "
     "data privacy law.", None,
     [{"kind": "fines", "payer": "TikTok", "authority": "European Union", "amount": 600e6}]),
    ("Italy’s data protection authority has fined U.S.-based AI company Replika €5 million ($5.64 million) for "
     "violating user data protection rules, Reuters reported.", None,
     [{"kind": "fines", "payer": "Replika", "authority": "Italy’s data protection authority", "amount": 5e6,
       "currency": "EUR", "amount_usd": 5.64e6}]),
    ("EU fines Apple €500M and Meta €200M for breaking Europe’s digital rules", None,
     [{"kind": "fines", "payer": "Apple", "amount": 500e6, "currency": "EUR"},
      {"kind": "fines", "payer": "Meta", "amount": 200e6, "currency": "EUR"}]),
    ("In February, Idealo raised its damage estimate from $559 million to $3.7 billion.", None, []),
    ("Ireland based unified payments company Nomupay said on Monday it had raised $12m in new funding. Ireland based "
     "unified payments company raised $12m in new funding led by Endeit Capital.", None,
     [{"kind": "investments", "investor": None, "company": "Nomupay", "amount": 12e6}]),
    ("Foodtech major Swiggy has closed a $1.25 billion round led by SoftBank Vision Fund 2 and its existing backer "
     "Prosus.", None,
     [{"kind": "investments", "investor": None, "company": "Swiggy", "amount": 1.25e9}]),
    ("SoftBank, which announced that the total investment through Vision Fund 2 in India could go up to $4 billion by "
     "the end of this year, had recently invested in Flipkart.", None, []),
    ("During investigation it was revealed that loans were refinanced and new loans aggregating to Rs 1,730 crore "
     "sanctioned to Videocon Industries Ltd (VIL).", None, []),
    ("Earlier this year, the ED provisionally attached Rs 78.15 crore worth movable and immovable assets in "
     "possession of ICICI Bank’s former Managing Director.", None, []),
    ("Snowflake, a company dedicated to offering data storage and cloud computing services, has raised $3.36 billion "
     "after the price was set above the target range for the largest IPO of the year in the US.", None,
     [{"kind": "offerings", "company": "Snowflake", "amount": 3.36e9}]),
    ("On December 24 (incidentally, Christmas evening, when Santa Claus lands with gifts), Prannoy James Roy and wife "
     "and RRPR were fined again by SEBI for another Rs.27 crores.", None,
     [{"kind": "fines", "payer": "Prannoy James Roy", "authority": "SEBI", "amount": 270e6, "currency": "INR"}]),
    ("The proposed settlement, valued at $14.7 billion and involving the federal government, includes a maximum of "
     "$10.03 billion to buy back affected cars.", None,
     [{"kind": "fines", "amount": 14.7e9}]),
]

HANDMADE: list[Row] = [
    ("The Federal Trade Commission fined Acme Corp $5 million for deceptive advertising.", None,
     [{"kind": "fines", "payer": "Acme Corp", "authority": "Federal Trade Commission", "amount": 5e6}]),
    ("Globex Inc agreed to pay $20 million to settle charges brought by the Securities and Exchange Commission.", None,
     [{"kind": "fines", "payer": "Globex Inc", "authority": "Securities and Exchange Commission", "amount": 20e6,
       "status": "settled"}]),
    # the most a law allows, threatened against a named party, is no fine anyone was given (dev: "could face fines ...
    # -> not a record: threatened"); a penalty a regulator proposes against it is ("proposed" status)
    ("Initech could face a fine of up to $2 billion, regulators warned.", None, []),
    ("Hooli, the search company, is now valued at $12 billion after the deal.", None,
     [{"kind": "valuations", "company": "Hooli", "amount": 12e9}]),
    ("Pied Piper raised $40 million in a Series B round led by Raviga Capital.", None,
     [{"kind": "investments", "investor": None, "company": "Pied Piper", "amount": 40e6}]),
    ("Umbrella Corp reported revenue of $3 billion and a net profit of $400 million.", None, []),
    ("Vandelay Industries shares rose 6% after the company posted a profit.", None, []),
    ("Stark Industries said it would repurchase $1 billion of its shares.", None, []),
    ("The bank extended a $300 million loan to Wayne Enterprises.", None, []),
    ("Wonka Holdings priced its initial public offering at $18 a share, raising $1.1 billion.", None,
     [{"kind": "offerings", "company": "Wonka Holdings", "amount": 1.1e9}]),
    ("A group of shareholders filed a class-action lawsuit seeking $500 million in damages from Cyberdyne.", None, []),
]

KNOWN_FAILURES = [
    pytest.param(
        "Alipay (Hong Kong) Holding Limited, part of Alibaba Group Holding Ltd's Ant Financial Services Group, is also "
        "seeking an option to increase its stake in Ascend to 30 percent at a later date.", None,
        [{"kind": "stakes", "holder": "Alipay (Hong Kong) Holding Limited", "company": "Ascend", "percent": 30.0}],
        id="fixed: Alipay (Hong Kong) Holding Limited ... its stake in Ascend to 30 percent"),
]


# --- held out -----------------------------------------------------------------------------------------------
# Passages written for this table in the style of wire copy (Reuters, Bloomberg, TechCrunch, Indian and British
# business press), not taken from the seed or dev articles: the common English constructions of each record type
# and the common traps (percentages, per-share prices, revenue, loans, buybacks, acquisitions, damages). The names
# are invented or used in invented sentences. A row the extractor gets wrong carries its reason in HELD_OUT_XFAIL.


def _f(payer: str | None, amount: float, currency: str = "USD", **kw) -> dict:
    return {"kind": "fines", "payer": payer, "amount": amount, "currency": currency, **kw}


def _v(company: str | None, amount: float, currency: str = "USD", **kw) -> dict:
    return {"kind": "valuations", "company": company, "amount": amount, "currency": currency, **kw}


def _o(company: str | None, amount: float, currency: str = "USD", **kw) -> dict:
    return {"kind": "offerings", "company": company, "amount": amount, "currency": currency, **kw}


def _i(investor: str | None, company: str | None, amount: float, currency: str = "USD", **kw) -> dict:
    return {"kind": "investments", "investor": investor, "company": company, "amount": amount, "currency": currency,
            **kw}


def _s(holder: str | None, company: str | None, percent: float, **kw) -> dict:
    return {"kind": "stakes", "holder": holder, "company": company, "percent": percent, **kw}


HELD_OUT: list[Row] = [
    # fines: active, passive, settlements, orders, levies, coreference to a regulator named earlier
    ("The Securities and Exchange Commission fined Northwind Traders Inc. $35 million on Tuesday for misleading "
     "investors about its accounting.", None,
     [_f("Northwind Traders Inc.", 35e6, authority="Securities and Exchange Commission", status="imposed")]),
    ("Halvorsen Capital agreed to pay $12.5 million to settle charges brought by the SEC that it overstated the "
     "performance of its flagship fund.", None,
     [_f("Halvorsen Capital", 12.5e6, authority="SEC", status="settled")]),
    ("A federal judge ordered Brightline Pharma to pay a $90 million penalty for violating export controls.", None,
     [_f("Brightline Pharma", 90e6)]),
    ("Regulators imposed a record $1.3 billion fine on Kestrel Bank over failures in its anti-money laundering "
     "controls.", None,
     [_f("Kestrel Bank", 1.3e9)]),
    ("Orion Telecom faces a fine of up to 4% of its global turnover if it is found to have breached the rules.", None,
     []),
    ("The EU's competition watchdog hit Vantor AG with a €242 million fine on Wednesday for abusing its dominant "
     "position in the market for industrial sensors.", None,
     [_f("Vantor AG", 242e6, "EUR")]),
    ("The €40 million penalty levied against Clearview Data by the CNIL is the largest the French regulator has "
     "issued this year.", None,
     [_f("Clearview Data", 40e6, "EUR", authority="CNIL")]),
    ("Marlowe Group, which was fined $45 million last year for breaching sanctions, said on Monday it would cut "
     "2,000 jobs.", None,
     [_f("Marlowe Group", 45e6)]),
    ("The Financial Conduct Authority said it had fined Ashcombe Securities £27.6m for failing to prevent market "
     "abuse by its traders.", None,
     [_f("Ashcombe Securities", 27.6e6, "GBP", authority="Financial Conduct Authority")]),
    ("The Reserve Bank of India has imposed a monetary penalty of Rs 1.95 crore on Sangam Cooperative Bank for "
     "non-compliance with certain directions.", None,
     [_f("Sangam Cooperative Bank", 19.5e6, "INR", authority="Reserve Bank of India")]),
    ("Sebi on Friday slapped a fine of Rs 25 lakh on Suvidha Infraprojects for lapses in its disclosures.", None,
     [_f("Suvidha Infraprojects", 2.5e6, "INR", authority="Sebi")]),
    ("The Competition Commission of India (CCI) imposed a penalty of Rs 1,337.76 crore on Tarang Search for "
     "abusing its dominant position in the Android ecosystem.", None,
     [_f("Tarang Search", 13377.6e6, "INR", authority="Competition Commission of India")]),
    ("Nordvik Bank will pay about $2 billion to resolve U.S. criminal and civil probes into its Estonian branch, "
     "people familiar with the matter said.", None,
     [_f("Nordvik Bank", 2e9, qualifier="approx", status="settled")]),
    ("Kraken Holdings Co. was ordered to pay a $3.5 million penalty by a New York state court.", None,
     [_f("Kraken Holdings Co.", 3.5e6)]),
    ("Hartley & Co agreed to pay $9 million to settle SEC charges that it misled clients about fees.", None,
     [_f("Hartley & Co", 9e6, authority="SEC", status="settled")]),
    ("Ennis Bank was fined $5 million in 2019 and $8 million in 2021 for similar failings.", None,
     [_f("Ennis Bank", 5e6), _f("Ennis Bank", 8e6)]),
    ("Pellham Mining and Ostara Metals were fined $55 million and $40 million, respectively, by Swiss "
     "prosecutors.", None,
     [_f("Pellham Mining", 55e6), _f("Ostara Metals", 40e6)]),
    ("Regulator fines Crestline Bank $15 million over lapses in money-laundering checks", None,
     [_f("Crestline Bank", 15e6)]),
    ("The CNIL said the €60 million fine against Elmwood Search reflected the scale of the breach.", None,
     [_f("Elmwood Search", 60e6, "EUR", authority="CNIL")]),
    ("Zeta Bank paid a $25 million fine last year after the Office of the Comptroller of the Currency found "
     "weaknesses in its controls.", None,
     [_f("Zeta Bank", 25e6)]),
    # coreference: "the regulator", "the agency", "it" stand for the body named earlier
    ("The Monetary Authority of Singapore has been reviewing Harcourt Bank's controls since 2021. The regulator "
     "imposed a S$3.2 million penalty on Harcourt Bank on Monday.", None,
     [_f("Harcourt Bank", 3.2e6, "SGD", authority="Monetary Authority of Singapore")]),
    ("Germany's Federal Cartel Office has been investigating Lindqvist Foods since 2021. It fined Lindqvist Foods "
     "85 million euros on Tuesday.", None,
     [_f("Lindqvist Foods", 85e6, "EUR", authority="Federal Cartel Office")]),
    ("The Federal Trade Commission sued Zephyr Labs in 2022 over its data practices. On Monday, the agency said "
     "Zephyr Labs had agreed to pay $20 million to settle its charges.", None,
     [_f("Zephyr Labs", 20e6, authority="Federal Trade Commission", status="settled")]),
    ("Talkwave TV aired the programme in May. Ofcom fined the broadcaster £200,000 for breaching impartiality "
     "rules.", None,
     [_f("Talkwave TV", 200e3, "GBP", authority="Ofcom")]),
    ("Hanlong Pharmaceutical disclosed the penalty in a filing to the Shanghai Stock Exchange. The company was "
     "fined 50 million yuan by the State Administration for Market Regulation, it said.", None,
     [_f("Hanlong Pharmaceutical", 50e6, "CNY", authority="State Administration for Market Regulation")]),
    ("The European Commission opened its investigation into Brenner Chemicals in 2019. The watchdog fined the "
     "company 120 million euros on Thursday.", None,
     [_f("Brenner Chemicals", 120e6, "EUR", authority="European Commission")]),
    # not fines
    ("Meridian Airlines shares fell 3% after regulators said they could open an inquiry into the carrier.", None, []),
    ("A class-action lawsuit filed in California seeks $5 billion in damages from Quillon Games.", None, []),
    ("Quillon Games was ordered to pay $45 million in damages to a rival developer.", None, []),
    ("Thornbury Bank has set aside £300 million to cover potential fines and customer redress.", None, []),
    ("Under the Digital Markets Act, companies can be fined up to 10% of their global annual revenue.", None, []),
    ("Zeta Bank paid $25 million to settle a lawsuit brought by shareholders.", None, []),

    # valuations
    ("Stratos Robotics is now valued at $4.2 billion, according to a person familiar with the matter.", None,
     [_v("Stratos Robotics", 4.2e9)]),
    ("The deal values Pinecrest Software at about $1.8 billion including debt.", None,
     [_v("Pinecrest Software", 1.8e9, qualifier="approx")]),
    ("The funding round was led by Tiger Global and gives Bluefin Health a valuation of $2.5 billion.", None,
     [_v("Bluefin Health", 2.5e9)]),
    ("Corvid Payments raised $300 million at a valuation of $6 billion, the company said.", None,
     [_i(None, "Corvid Payments", 300e6), _v("Corvid Payments", 6e9)]),
    ("Aster Semiconductor's market value topped $1 trillion for the first time on Wednesday.", None,
     [_v("Aster Semiconductor", 1e12)]),
    ("Shares of Harlan Motors have surged 40% this year, giving it a market capitalisation of about £12bn.", None,
     [_v("Harlan Motors", 12e9, "GBP", qualifier="approx")]),
    ("Nuvola, the Milan-based fintech, was valued at €1.1 billion in a round led by Index Ventures.", None,
     [_v("Nuvola", 1.1e9, "EUR")]),
    ("Quick-commerce firm Dashmart was valued at Rs 41,000 crore ($5 billion) after the round.", None,
     [_v("Dashmart", 410e9, "INR", amount_usd=5e9)]),
    ("Verdant Energy is worth more than $30 billion, analysts estimate.", None,
     [_v("Verdant Energy", 30e9, qualifier="at_least")]),
    ("The investment, led by Andreessen Horowitz, values Quanta Learning at $1.2 billion.", None,
     [_v("Quanta Learning", 1.2e9)]),
    ("Pemberton Foods' revenue rose to $2.3 billion in the quarter.", None, []),
    ("The company's property portfolio is worth an estimated $500 million.", None, []),
    ("Casa Verde reported a net loss of $85 million for the quarter.", None, []),

    # offerings
    ("Calloway Foods raised $1.2 billion in its initial public offering on Thursday.", None,
     [_o("Calloway Foods", 1.2e9)]),
    ("Calloway Foods' IPO raised $1.2 billion, making it the biggest listing of the year.", None,
     [_o("Calloway Foods", 1.2e9)]),
    ("Hanwell Logistics plans to raise up to $2 billion in a Hong Kong listing as early as next month, sources "
     "said.", None,
     [_o("Hanwell Logistics", 2e9, qualifier="at_most")]),
    ("Brisa Cosmetics priced its IPO at $21 a share, the top of its marketed range.", None, []),
    ("Kaveri Technologies' Rs 3,042 crore IPO was subscribed 69 times on the final day of bidding.", None,
     [_o("Kaveri Technologies", 30.42e9, "INR")]),
    ("Halden Energy is seeking to raise about £500m through a London flotation.", None,
     [_o("Halden Energy", 500e6, "GBP", qualifier="approx")]),
    ("Sable Networks' shares jumped 35% in their Nasdaq debut on Friday.", None, []),
    ("Swift Mobility filed for an initial public offering that could raise as much as $800 million.", None,
     [_o("Swift Mobility", 800e6)]),
    ("Sources said Oakridge Analytics could raise $500 million in the offering, valuing it at $3 billion.", None,
     [_o("Oakridge Analytics", 500e6), _v("Oakridge Analytics", 3e9)]),

    # investments
    ("Fintech startup Paywise raised $45 million in a Series B round led by Accel, the company said on Tuesday.", None,
     [_i(None, "Paywise", 45e6)]),
    ("Sequoia Capital led a $60 million round in Lattice Robotics, the startup said.", None,
     [_i(None, "Lattice Robotics", 60e6)]),
    ("Orchard Health has raised $120 million from investors including General Catalyst and Thrive Capital.", None,
     [_i(None, "Orchard Health", 120e6)]),
    ("Corbel Systems invested $2 billion in Aurora Labs in January.", None,
     [_i("Corbel Systems", "Aurora Labs", 2e9)]),
    ("Meridian Retail Ventures said the Qatar Investment Authority will invest Rs 8,278 crore for a 0.99% stake in "
     "the company.", None,
     [_i("Qatar Investment Authority", "Meridian Retail Ventures", 82.78e9, "INR"),
      _s("Qatar Investment Authority", "Meridian Retail Ventures", 0.99)]),
    ("Hollis Ventures will invest $50 million for a 10% stake in Quarry Analytics.", None,
     [_i("Hollis Ventures", "Quarry Analytics", 50e6), _s("Hollis Ventures", "Quarry Analytics", 10.0)]),
    ("Bramble Foods secured $25 million in funding from Tiger Global.", None,
     [_i("Tiger Global", "Bramble Foods", 25e6)]),
    ("Delphine Motors agreed to buy Sparrow Charging for $1.1 billion in cash.", None, []),
    ("Altura Cloud will spend $8 billion on data centres over the next three years.", None, []),
    ("Fenwick Brands announced a $2 billion share buyback on Thursday.", None, []),
    ("The lender provided a $500 million loan to Copperline Mining.", None, []),
    ("Halcyon Partners and Redwood Capital each invested $100 million in Jinrui Health.", None,
     [_i("Halcyon Partners", "Jinrui Health", 100e6), _i("Redwood Capital", "Jinrui Health", 100e6)]),
    ("Bengaluru-based edtech startup Vidyaa has raised Rs 200 crore in a Series C round led by Peak XV "
     "Partners.", None,
     [_i(None, "Vidyaa", 2e9, "INR")]),
    ("Orbis Digital will invest $4.5 billion in Northstar Platforms for a 7.7% stake, the companies said.", None,
     [_i("Orbis Digital", "Northstar Platforms", 4.5e9), _s("Orbis Digital", "Northstar Platforms", 7.7)]),
    ("Kitely, a drone delivery start-up, said it had secured $30 million in new funding.", None,
     [_i(None, "Kitely", 30e6)]),
    ("Lumio, which makes smart lighting, has raised £18m in a round led by Balderton Capital.", None,
     [_i(None, "Lumio", 18e6, "GBP")]),

    # stakes
    ("Shares of Ridgeway Bancorp rose 5% after the bank reported a higher profit.", None, []),
    ("Halvard Capital owns about 9.9% of Trenton Steel, according to a regulatory filing.", None,
     [_s("Halvard Capital", "Trenton Steel", 9.9, qualifier="approx")]),
    ("Ostrander Partners raised its stake in Bellhaven Media to 12% from 8%.", None,
     [_s("Ostrander Partners", "Bellhaven Media", 12.0), _s("Ostrander Partners", "Bellhaven Media", 8.0)]),
    ("Kestrel Holdings sold its 5% stake in Marisol Foods for $300 million.", None,
     [_s("Kestrel Holdings", "Marisol Foods", 5.0)]),
    ("Pelican Group holds a 20 percent stake in Arrow Logistics.", None,
     [_s("Pelican Group", "Arrow Logistics", 20.0)]),
    ("Dunmore Air, in which Cascade Airlines has a 30% stake, reported a wider loss.", None,
     [_s("Cascade Airlines", "Dunmore Air", 30.0)]),
    ("Trellis Software filed for an IPO on Monday. Vista Equity, which owns 45% of the company, declined to "
     "comment.", None,
     [_s("Vista Equity", "Trellis Software", 45.0)]),
    ("Net profit rose 12% to Rs 4,200 crore in the December quarter.", None, []),
    ("Brightwater's market share in India fell to 28% last year.", None, []),
    ("Life Insurance Corporation of India raised its holding in Sagar Ports to 6.2 per cent from 4.95 per cent.",
     None,
     [_s("Life Insurance Corporation of India", "Sagar Ports", 6.2),
      _s("Life Insurance Corporation of India", "Sagar Ports", 4.95)]),
    ("Tembo Capital and Aravali Ventures own 12% and 8% of Sunfield Energy, respectively.", None,
     [_s("Tembo Capital", "Sunfield Energy", 12.0), _s("Aravali Ventures", "Sunfield Energy", 8.0)]),
    ("Rosslyn Partners acquired a 15% stake in Calder Brewing for £40m.", None,
     [_s("Rosslyn Partners", "Calder Brewing", 15.0)]),
    ("Mizuho Financial Group will take a 15 percent stake in Calvert Securities.", None,
     [_s("Mizuho Financial Group", "Calvert Securities", 15.0)]),
    ("Heian Motor Corp.'s 20% stake in Kestrel Auto is worth about $2 billion.", None,
     [_s("Heian Motor Corp.", "Kestrel Auto", 20.0)]),
    ("The stock has gained 18% since the start of the year, outperforming the benchmark index.", None, []),
    ("Swiss financial regulator FINMA fined Alpenbank 4.5 million Swiss francs.", None,
     [_f("Alpenbank", 4.5e6, "CHF", authority="FINMA")]),
    ("Arcadia Bank and Pinnacle Trust were each fined $20 million by the Fed.", None,
     [_f("Arcadia Bank", 20e6, authority="Fed"), _f("Pinnacle Trust", 20e6, authority="Fed")]),
    ("Boeing agreed to pay $200 million to settle charges that it misled investors, the SEC said.", None,
     [_f("Boeing", 200e6, authority="SEC", status="settled")]),
    # the remaining gaps (see HELD_OUT_XFAIL)
    ("The attorneys general announced a $500 million settlement with Volkswagen on Tuesday.", None,
     [_f("Volkswagen", 500e6, authority="attorneys general", status="settled")]),
    ("Zinnia's founders retain a 40% stake in the company.", None,
     [_s("founders", "Zinnia", 40.0)]),
    ("About 25% of Halo Retail is owned by the Lindgren family.", None,
     [_s("Lindgren family", "Halo Retail", 25.0)]),
    ("Ferro Steel cut its workforce by 10% and said its debt had fallen to $1.2 billion.", None, []),
]

# A second held-out batch, written after the rules above were fixed against HELD_OUT and run once before any change:
# its first-run pass rate is the honest estimate of how the rules generalise.
HELD_OUT_BLIND: list[Row] = [
    ("U.S. prosecutors said Vexa Pharmaceuticals Inc would pay $310 million to resolve allegations that it paid "
     "kickbacks to doctors.", None,
     [_f("Vexa Pharmaceuticals Inc", 310e6, status="settled")]),
    ("The Office of Foreign Assets Control said Calder Shipping had agreed to pay $8.6 million over apparent "
     "sanctions violations.", None,
     [_f("Calder Shipping", 8.6e6, authority="Office of Foreign Assets Control")]),
    ("Britain's Information Commissioner's Office fined Marlin Hotels £18.4 million for a data breach affecting "
     "339 million guests.", None,
     [_f("Marlin Hotels", 18.4e6, "GBP", authority="Information Commissioner's Office")]),
    ("South Korea's antitrust regulator said on Tuesday it would fine Pyxis Semiconductor 24.2 billion won ($20 "
     "million) for unfair business practices.", None,
     [_f("Pyxis Semiconductor", 24.2e9, "KRW", amount_usd=20e6)]),
    ("Dutch privacy watchdog AP imposed a 290 million euro fine on ride-hailing company Zoomr for transferring "
     "drivers' data to the United States.", None,
     [_f("Zoomr", 290e6, "EUR")]),
    ("The fine of 1.2 billion euros, the largest ever under GDPR, was imposed on Harbor Social by Ireland's Data "
     "Protection Commission.", None,
     [_f("Harbor Social", 1.2e9, "EUR", authority="Ireland's Data Protection Commission")]),
    ("Finma ordered Alpenbank to pay 4.5 million Swiss francs in illegally earned profits.", None,
     [_f("Alpenbank", 4.5e6, "CHF")]),
    ("Helix Corp's cloud unit was fined 500 million euros by the European Commission in 2021.", None,
     [_f("Helix Corp's cloud unit", 500e6, "EUR", authority="European Commission")]),
    ("Mosaic Health raised $200 million on Tuesday. The round values the company at $3.4 billion, up from $1 "
     "billion a year ago.", None,
     [_i(None, "Mosaic Health", 200e6), _v("Mosaic Health", 3.4e9), _v("Mosaic Health", 1e9)]),
    ("Ferrox, valued at about $700 million in its last funding round, is now seeking new investors.", None,
     [_v("Ferrox", 700e6, qualifier="approx")]),
    ("The listing would value Granite Foods at 15 billion yuan, according to the prospectus.", None,
     [_v("Granite Foods", 15e9, "CNY")]),
    ("Investors now value Trellis at roughly 40 times its annual revenue.", None, []),
    ("Juno Bank's market capitalisation fell below $50 billion on Friday.", None,
     [_v("Juno Bank", 50e9)]),
    ("Pixelgrid closed a Series A round last month. The startup's post-money valuation is $900 million.", None,
     [_v("Pixelgrid", 900e6)]),
    ("Nimbus Air is looking to raise as much as HK$7.8 billion ($1 billion) in its Hong Kong initial public "
     "offering.", None,
     [_o("Nimbus Air", 7.8e9, "HKD", amount_usd=1e9)]),
    ("The IPO, which priced at the top of its range, raised $640 million for Ridgeback Security.", None,
     [_o("Ridgeback Security", 640e6)]),
    ("Shares of Caspian Energy, which raised $2.2 billion in its London listing last year, have fallen 30% since.",
     None,
     [_o("Caspian Energy", 2.2e9)]),
    ("Lark Motors' Rs 2,500-crore initial public offering will open for subscription on Monday, with a price band "
     "of Rs 280-295 per share.", None,
     [_o("Lark Motors", 25e9, "INR")]),
    ("Parker Health sold 30 million shares at $17 each in its IPO, raising $510 million.", None,
     [_o("Parker Health", 510e6)]),
    ("Alder Ventures has invested an undisclosed sum in Brightpath.", None, []),
    ("Brightpath, a Lagos-based payments startup, has closed a $40 million Series B led by Ribbit Capital, with "
     "participation from existing investors.", None,
     [_i(None, "Brightpath", 40e6)]),
    ("Japan's Kiyomi Corp will put 50 billion yen into Zenlytics, giving it a 20% stake in the AI startup.", None,
     [_i("Kiyomi Corp", "Zenlytics", 50e9, "JPY"), _s("Kiyomi Corp", "Zenlytics", 20.0)]),
    ("Crestview Partners injected Rs 500 crore into Apex Hospitals, the company said in an exchange filing.", None,
     [_i("Crestview Partners", "Apex Hospitals", 5e9, "INR")]),
    ("Ironwood Capital's $75 million investment in Shoal Robotics was its largest this year.", None,
     [_i("Ironwood Capital", "Shoal Robotics", 75e6)]),
    ("Norland Pension Fund, the largest shareholder in Ecker Mining with a 14.5% stake, voted against the deal.",
     None,
     [_s("Norland Pension Fund", "Ecker Mining", 14.5)]),
    ("Cobalt Partners disclosed a 6.1% stake in Lumen Textiles in a filing on Monday.", None,
     [_s("Cobalt Partners", "Lumen Textiles", 6.1)]),
    ("Perrin Group cut its stake in Solano Wines to 3% from 7%.", None,
     [_s("Perrin Group", "Solano Wines", 3.0), _s("Perrin Group", "Solano Wines", 7.0)]),
    ("Orca Holdings, which controls 62% of Delta Freight, said it had no plans to sell.", None,
     [_s("Orca Holdings", "Delta Freight", 62.0)]),
    ("Tenzing Capital now owns 100% of Arlo Logistics after buying out its partner.", None,
     [_s("Tenzing Capital", "Arlo Logistics", 100.0)]),
    ("Sales at Juniper Foods rose 9% to $4.1 billion.", None, []),
    ("Ryder Bank set aside $1.2 billion for litigation and said its capital ratio was 13.5%.", None, []),
    ("Kestrel Paper, 20% owned by Maxwell Industries, reported a 4% rise in profit.", None,
     [_s("Maxwell Industries", "Kestrel Paper", 20.0)]),
    ("Talon Energy shareholders approved the $3.2 billion takeover by Brent Resources.", None, []),
    ("Fines could reach 6% of global turnover under the new rules.", None, []),
]

# held-out rows the extractor gets wrong today, keyed by the passage's opening words: the reason is the rule gap
HELD_OUT_XFAIL: dict[str, str] = {
    "The attorneys general announced": "a settlement is a fine only when a cue names the official matter after "
                                       "'settle'; a public body as the sentence's subject before it is not read",
}

# A third batch (HELD_OUT_BLIND_2), 60 passages written for this table before any rule change and run once:
# datelines, quotes, passive voice, corporate suffixes, descriptive coreference ("the snack maker"), lists of
# investors, "respectively"/"each", two facts per sentence, bracketed restatements, ranges, proposed and earlier
# fines, regulator settlements vs private suits, IPO size vs share price vs debut move, and the usual traps.
# Policies: a range states one fact (the lower bound, at_least); a stake sold is recorded as the holding the seller
# had (the sentence states who held what); an acquisition price is not an investment; a bond or loan is not an
# offering; a fine a regulator intends, seeks or is set to impose is a record with status "proposed" (the most a
# party "could face" is not: a later session's convention, from dev's "could face fines -> not a record: threatened").
# First sight (before any rule change): 30 of 60 rows passed (33 counting three rows that failed only on this table's
# own spelling: "plc" kept in a name, 33.33 for "a third").
HELD_OUT_BLIND_2: list[Row] = [
    # fines
    ("LONDON (Reuters) - Britain's Financial Conduct Authority on Thursday fined Thistle & Co £12.3 million ($15.6 "
     "million) for failing to monitor trading by its staff, the watchdog said.", None,
     [_f("Thistle & Co", 12.3e6, "GBP", amount_usd=15.6e6, authority="Financial Conduct Authority")]),
    ("BRUSSELS (Reuters) - The European Commission fined Brevik Systems AG 1.1 billion euros on Wednesday for "
     "abusing its dominance in chip design software, the second-largest antitrust penalty it has imposed on a "
     "single company.", None,
     [_f("Brevik Systems AG", 1.1e9, "EUR", authority="European Commission")]),
    ("Calloway Networks, which was fined $5 billion by the Federal Trade Commission in 2019 over privacy lapses, "
     "could now face a fine of up to $2 billion in a separate probe, two people familiar with the matter said.", None,
     [_f("Calloway Networks", 5e9, authority="Federal Trade Commission", status="imposed")]),
    ("Ostrava Bank N.V. agreed to pay $630 million to resolve charges that it processed transactions for sanctioned "
     "entities, the Justice Department said on Monday.", None,
     [_f("Ostrava Bank N.V.", 630e6, status="settled", authority="Justice Department")]),
    ("Dovetail Insurance Co. will pay $95 million to settle a class action brought by policyholders who alleged "
     "that it overcharged them, according to court papers filed on Friday.", None, []),
    ("A Delaware jury ordered Quintessa Labs to pay $212 million in damages to Harrow Biotech for infringing two "
     "patents.", None, []),
    ("Violations of the AI Act can draw penalties of up to 35 million euros or 7% of worldwide turnover, whichever "
     "is higher.", None, []),
    ("Markets regulator Sebi has levied a penalty of Rs 7 crore on Jhelum Securities and its two directors for "
     "diverting client funds, according to an order issued on Tuesday.", None,
     [_f("Jhelum Securities", 70e6, "INR", authority="Sebi")]),
    ("Norsk Telekom's Danish unit was fined 45 million Danish crowns ($6.5 million) by the country's telecoms "
     "regulator over outages.", None,
     [_f("Norsk Telekom", 45e6, "DKK", amount_usd=6.5e6)]),
    ("The $150 million fine is small change for Parallax Social, which was valued at $45 billion in its last "
     "private funding round.", None,
     [_f("Parallax Social", 150e6), _v("Parallax Social", 45e9)]),
    ("Without admitting or denying the findings, Greystone Advisers LLC consented to a $4.2 million civil penalty, "
     "the SEC said in a statement.", None,
     [_f("Greystone Advisers LLC", 4.2e6, authority="SEC")]),
    ("Orchard Devices Inc. said it would challenge the decision. The Cupertino, California-based company was fined "
     "1.8 billion euros by the European Commission in March for thwarting competition from music streaming "
     "rivals.", None,
     [_f("Orchard Devices Inc.", 1.8e9, "EUR", authority="European Commission")]),
    ("Irish regulators have repeatedly sanctioned Pictor Platforms. The social media giant was hit with a 405 "
     "million euro penalty in 2022 over its handling of children's data.", None,
     [_f("Pictor Platforms", 405e6, "EUR")]),
    ("The Federal Reserve fined Gansett Bancorp and its former chief executive, Martin Ockley, $18 million and $1.5 "
     "million, respectively.", None,
     [_f("Gansett Bancorp", 18e6, authority="Federal Reserve"), _f("Martin Ockley", 1.5e6, authority="Federal Reserve")]),
    ("The Dutch competition regulator said it intends to fine Tulpen Energie 3.4 million euros, a decision the "
     "company can contest.", None,
     [_f("Tulpen Energie", 3.4e6, "EUR", status="proposed")]),
    ("Prosecutors are seeking a fine of at least $1 billion from Zorbas Shipping S.A., according to court "
     "filings.", None,
     [_f("Zorbas Shipping S.A.", 1e9, qualifier="at_least", status="proposed")]),
    ("China's market regulator fined Yunhai Logistics 3.6 billion yuan (about $500 million) for abusing its market "
     "position, state media reported.", None,
     [_f("Yunhai Logistics", 3.6e9, "CNY", amount_usd=500e6)]),
    ("\"We are disappointed by the decision and will appeal,\" a spokesperson for Halden Airways said after the "
     "airline was fined 3 million pounds by the Civil Aviation Authority.", None,
     [_f("Halden Airways", 3e6, "GBP", authority="Civil Aviation Authority")]),
    ("EU antitrust regulators are set to fine Lugano Pay around 500 million euros in the coming weeks, people "
     "familiar with the matter said.", None,
     [_f("Lugano Pay", 500e6, "EUR", qualifier="approx", status="proposed")]),
    # valuations
    ("SAN FRANCISCO (Reuters) - Tessellate AI, the startup behind the Quill coding assistant, is in talks to raise "
     "funding at a valuation of between $8 billion and $10 billion, according to three people familiar with the "
     "discussions.", None,
     [_v("Tessellate AI", 8e9, qualifier="at_least")]),
    ("Brightloom's post-money valuation reached $2.1 billion after the Series C, which was led by Greenoaks with "
     "participation from existing investors Accel and Index Ventures.", None,
     [_v("Brightloom", 2.1e9)]),
    ("Shares of Kairos Pharma AG jumped 14% on Tuesday, lifting its market capitalisation to about 22 billion Swiss "
     "francs.", None,
     [_v("Kairos Pharma AG", 22e9, "CHF", qualifier="approx")]),
    ("Greenhill Foods Inc. agreed to buy Sorrel Brands in a deal that values the snack maker at $4.6 billion "
     "including debt.", None,
     [_v("Sorrel Brands", 4.6e9)]),
    ("Meteor Games, once worth $12 billion, is now exploring a sale after its valuation slumped to $3 billion in "
     "secondary trading.", None,
     [_v("Meteor Games", 12e9), _v("Meteor Games", 3e9)]),
    ("Helios Semiconductor became the third company to hit a market capitalisation of $3 trillion on Thursday, "
     "after its shares rose 4.2%.", None,
     [_v("Helios Semiconductor", 3e12)]),
    ("The funding round values Mumbai-based Kiranakart at $1.4 billion (about Rs 11,600 crore), up from $900 "
     "million last year.", None,
     [_v("Kiranakart", 1.4e9), _v("Kiranakart", 900e6)]),
    ("Ostwind exported $4 billion worth of goods to the United States last year.", None, []),
    ("Varuna Renewables' shares opened at Rs 142 on the NSE, a 30% premium to the IPO price of Rs 109, valuing the "
     "company at about Rs 21,000 crore.", None,
     [_v("Varuna Renewables", 210e9, "INR", qualifier="approx")]),
    ("Orinoco Foods shares closed at $31.50 in their New York Stock Exchange debut, up 26% from the IPO price of "
     "$25, giving the company a market value of $6.3 billion.", None,
     [_v("Orinoco Foods", 6.3e9)]),
    # offerings
    ("HONG KONG (Reuters) - Jadeport Holdings plans to raise as much as $1.5 billion in a Hong Kong initial public "
     "offering as soon as September, people familiar with the matter said, in what would be the city's largest "
     "listing this year.", None,
     [_o("Jadeport Holdings", 1.5e9)]),
    ("Corvina Health priced its IPO at $24 per share, above the marketed range of $20 to $22, raising $720 million "
     "and giving it a market value of $5.1 billion.", None,
     [_o("Corvina Health", 720e6), _v("Corvina Health", 5.1e9)]),
    ("The offering of 40 million shares, priced between $17 and $19 each, could raise up to $760 million for "
     "Pallas Mobility and its selling shareholders.", None,
     [_o("Pallas Mobility", 760e6, qualifier="at_most")]),
    ("Shares of Lindqvist Retail rose 22% in their Stockholm debut on Friday after the company raised 4.2 billion "
     "Swedish crowns in its IPO.", None,
     [_o("Lindqvist Retail", 4.2e9, "SEK")]),
    ("Aldgate Telecom plc said it would raise £750 million through a bond sale to refinance debt maturing in "
     "2026.", None, []),
    ("Sapphire Cloud's IPO, the largest U.S. tech listing since 2021, raised $2.6 billion for the company and some "
     "existing shareholders.", None,
     [_o("Sapphire Cloud", 2.6e9)]),
    # investments
    ("BENGALURU (Reuters) - Indian fintech Paysetu said on Wednesday it had raised $120 million in a Series D "
     "funding round led by Lightbox Capital, with participation from existing investors Tribeca Partners and "
     "Northgate Ventures.", None,
     [_i(None, "Paysetu", 120e6)]),
    ("Ardent Robotics has closed a $6 million seed round co-led by Foundry Group and Harbor Ventures, the San "
     "Diego-based startup said.", None,
     [_i(None, "Ardent Robotics", 6e6)]),
    ("Marlin Capital and Osprey Partners invested $30 million and $20 million, respectively, in Quanta Farms.", None,
     [_i("Marlin Capital", "Quanta Farms", 30e6), _i("Osprey Partners", "Quanta Farms", 20e6)]),
    ("Kaimana Holdings Co. will invest 200 billion yen ($1.3 billion) in Solenne Batteries, taking its stake in the "
     "battery maker to 34%, the companies said on Monday.", None,
     [_i("Kaimana Holdings Co.", "Solenne Batteries", 200e9, "JPY", amount_usd=1.3e9),
      _s("Kaimana Holdings Co.", "Solenne Batteries", 34.0)]),
    ("Wexford Industrial agreed to acquire Pell Instruments for $2.3 billion in cash, or $48 a share, a 31% premium "
     "to Friday's close.", None, []),
    ("Investors including Sequoia and Bessemer poured $250 million into Lumina Bio, which is now valued at $2 "
     "billion post-money.", None,
     [_i(None, "Lumina Bio", 250e6), _v("Lumina Bio", 2e9)]),
    ("Sovereign wealth fund Gulfstar Investment Authority has agreed to invest $1 billion in Andes Copper plc for a "
     "9.9% holding.", None,
     [_i("Gulfstar Investment Authority", "Andes Copper plc", 1e9),
      _s("Gulfstar Investment Authority", "Andes Copper plc", 9.9)]),
    ("Sakura Bank, Minato Trust and Hokuto Financial will each invest 10 billion yen in Tessera Robotics, a "
     "Tokyo-based startup.", None,
     [_i("Sakura Bank", "Tessera Robotics", 10e9, "JPY"), _i("Minato Trust", "Tessera Robotics", 10e9, "JPY"),
      _i("Hokuto Financial", "Tessera Robotics", 10e9, "JPY")]),
    ("The ministry's cybersecurity budget rose to $3.1 billion, while the chief executive of Calder Bank received "
     "a pay package of $24 million.", None, []),
    ("Rhenus Chemicals AG will pay a special dividend of 2 euros per share and launch a share buyback of up to 1 "
     "billion euros.", None, []),
    ("Dhanlaxmi Infra secured a Rs 1,200 crore loan from a consortium of banks led by State Bank of India at an "
     "interest rate of 8.7%.", None, []),
    ("The $40 million Series B, led by Kleiner Perkins, brings total funding for Nebula Freight to $95 million.",
     None,
     [_i(None, "Nebula Freight", 40e6)]),
    ("Tesoro Motors' $500 million investment in battery startup Quell Energy gives the carmaker a seat on its "
     "board.", None,
     [_i("Tesoro Motors", "Quell Energy", 500e6)]),
    # stakes
    ("Harlow Capital, which owns just under a third of Brixton Foods, said it would vote against the proposed "
     "merger.", None,
     [_s("Harlow Capital", "Brixton Foods", 33.33, qualifier="at_most")]),
    ("Vellmar Group sold its 4.5% stake in Octavia Telecom for 1.2 billion euros, ending a decade-long "
     "investment.", None,
     [_s("Vellmar Group", "Octavia Telecom", 4.5)]),
    ("Shares of Calyx Energy rose 7% after activist investor Pinecone Partners disclosed a 5.2% stake in the oil "
     "producer.", None,
     [_s("Pinecone Partners", "Calyx Energy", 5.2)]),
    ("Norvik Pension Fund raised its holding in Sterling Rail plc to 8.1% from 6.9%, a regulatory filing showed on "
     "Tuesday.", None,
     [_s("Norvik Pension Fund", "Sterling Rail plc", 8.1), _s("Norvik Pension Fund", "Sterling Rail plc", 6.9)]),
    ("Orsay Capital and Lindenhof AG hold 18% and 11% of Meridia Textiles, respectively.", None,
     [_s("Orsay Capital", "Meridia Textiles", 18.0), _s("Lindenhof AG", "Meridia Textiles", 11.0)]),
    ("Zeller Media is 51%-owned by Ravensburg Verlag, which bought the controlling stake in 2017.", None,
     [_s("Ravensburg Verlag", "Zeller Media", 51.0)]),
    ("Amberley Group's 12% stake in Fintrix, which was valued at $9 billion in its latest funding round, is now "
     "worth about $1.1 billion.", None,
     [_s("Amberley Group", "Fintrix", 12.0), _v("Fintrix", 9e9)]),
    ("Trident Steel, which controls 27% of the domestic market, warned that a 25% tariff on imports would hit "
     "margins.", None, []),
    ("Qatarine Holding will retain a 10% holding in Brava Airlines after the share sale, the finance ministry "
     "said.", None,
     [_s("Qatarine Holding", "Brava Airlines", 10.0)]),
    ("Softline Partners cut its stake in Hemlock Biotech to below 5%, meaning it no longer has to disclose its "
     "trades.", None,
     [_s("Softline Partners", "Hemlock Biotech", 5.0, qualifier="at_most")]),
    ("Dunmore Capital, which holds 9.8% of Castellan Insurance, saw its own shares fall 3.4% after Castellan's "
     "profit dropped 12%.", None,
     [_s("Dunmore Capital", "Castellan Insurance", 9.8)]),
    ("Kestrel Ventures led a $15 million Series A in Plover Health and now owns 20% of the company.", None,
     [_i(None, "Plover Health", 15e6), _s("Kestrel Ventures", "Plover Health", 20.0)]),
]

# HELD_OUT_BLIND_2 rows the extractor gets wrong, keyed by opening words: the reason is the rule gap
HELD_OUT_BLIND_2_XFAIL: dict[str, str] = {}  # both first-sight money gaps ("Danish/Swedish crowns") are fixed

# Variants of the HELD_OUT_BLIND_2 phrasings written after the fixes, to keep each rule general (not first-sight rows)
BLIND_2_FIXES: list[Row] = [
    ("PARIS (Reuters) - France's data watchdog CNIL fined Lumetra SA 32 million euros on Monday.", None,
     [_f("Lumetra SA", 32e6, "EUR", authority="CNIL")]),
    ("NEW DELHI: The Competition Commission of India has imposed a penalty of Rs 213 crore on Zephyr Mobility.", None,
     [_f("Zephyr Mobility", 2.13e9, "INR", authority="Competition Commission of India")]),
    ("Bramley Telecom reported weaker sales. The Austin, Texas-based company was fined $14 million by the Federal "
     "Communications Commission last year.", None,
     [_f("Bramley Telecom", 14e6, authority="Federal Communications Commission")]),
    ("The Dutch Data Protection Authority plans to fine Rovex Cloud 10 million euros, a person familiar said.", None,
     [_f("Rovex Cloud", 10e6, "EUR", status="proposed")]),
    ("The EU's Digital Services Act allows fines of up to 6% of global turnover, or as much as 2 billion euros for "
     "the largest platforms.", None, []),
    ("Brightfield Capital and Koto Partners put $12 million and $8 million, respectively, into Anvil Health.", None,
     [_i("Brightfield Capital", "Anvil Health", 12e6), _i("Koto Partners", "Anvil Health", 8e6)]),
    ("Regulators fined Harker Bank and its former trader, Dana Pell, $4 million and $200,000, respectively.", None,
     [_f("Harker Bank", 4e6), _f("Dana Pell", 200e3)]),
    ("Norwood Pharma, which is now valued at $7 billion, is weighing a listing.", None, [_v("Norwood Pharma", 7e9)]),
    ("Torvald Industries agreed to acquire Perch Labs in a deal that values the software maker at $900 million.",
     None, [_v("Perch Labs", 900e6)]),
    ("Wexley Holdings plc said it would raise £400 million via a bond issue.", None, []),
    ("Alder Group sold its 8% stake in Cinder Mining for $600 million.", None, [_s("Alder Group", "Cinder Mining", 8.0)]),
    ("Fenwick Capital cut its holding in Orla Foods to below 3%, a filing showed.", None,
     [_s("Fenwick Capital", "Orla Foods", 3.0, qualifier="at_most")]),
    ("Grayson Ventures co-led the $30 million Series B in Tilly Robotics and now owns 15% of the startup.", None,
     [_i(None, "Tilly Robotics", 30e6), _s("Grayson Ventures", "Tilly Robotics", 15.0)]),
    ("Shares of Pembrook Steel slid 4.1% after Hallam Capital, which owns 11% of the company, sold shares.", None,
     [_s("Hallam Capital", "Pembrook Steel", 11.0)]),
    ("The $25 million Series A, co-led by Accel and Index Ventures, brings total funding for Quorra to $31 million.",
     None, [_i(None, "Quorra", 25e6)]),
    ("Delmar Foods shares opened at $27.40 on the Nasdaq, above the IPO price of $21, giving it a market value of "
     "$3.2 billion.", None, [_v("Delmar Foods", 3.2e9)]),
    ("Regulators are in talks over a settlement that could value the penalty at between $300 million and $400 "
     "million for Quayside Bank, sources said.", None,
     [_f("Quayside Bank", 300e6, qualifier="at_least", status="proposed")]),
]

# Rules from the audit of 42 real articles outside dev (market round-ups, share issues, wrong-phrase names, values of
# things that are not companies, performance percentages): short paraphrases of the audited sentences.
REAL_AUDIT: list[Row] = [
    # a market total names no issuer: no record
    ("Within the equity segment, Qualified Institutional Placement (QIP) route helped raise Rs 79,086 crore, and IPOs "
     "added Rs 26,472 crore.", None, []),
    ("A total of 14 main-board IPOs mopped-up Rs 26,313 crore, and Small and Medium Enterprise (SME) IPOs brought in "
     "Rs 159 crore.", None, []),
    ("In 2019, firms raised Rs 10.6 lakh crore, including Rs 7.28 lakh crore through debt.", None, []),
    # share issues are offerings of the issuer; a list "A (amount), B (amount)" is one record per pair
    ("Yes Bank took the follow-on public offer (FPO) route to mop-up Rs 15,000 crore this year, while SME raised Rs 24 "
     "crore through the route.", None, [_o("Yes Bank", 1.5e11, "INR")]),
    ("The IPO chart was led by Keswick Cards that raised Rs 10,355 crore, followed by Gland Labs (about Rs 6,480 crore) "
     "and Orbit Asset Management Company (Rs 2,160 crore).", None,
     [_o("Keswick Cards", 1.0355e11, "INR"), _o("Gland Labs", 6.48e10, "INR", qualifier="approx"),
      _o("Orbit Asset Management Company", 2.16e10, "INR")]),
    ("Among the major QIPs were Halden Bank raising about Rs 15,000 crore, Tarn Telecom (over Rs 14,000 crore) and "
     "Vessel Finance (Rs 7,442 crore).", None,
     [_o("Halden Bank", 1.5e11, "INR", qualifier="approx"), _o("Tarn Telecom", 1.4e11, "INR", qualifier="at_least"),
      _o("Vessel Finance", 7.442e10, "INR")]),
    ("Pellam Bank said it will hold a roadshow for the proposed qualified institutional placement (QIP) worth Rs 7,000 "
     "crore.", None, [_o("Pellam Bank", 7e10, "INR")]),
    ("Pellam Bank has approval to raise Rs 14,000 crore by way of Additional Tier 1 (AT-1) bonds.", None, []),
    # names from the right phrase
    ("San Jose-based Gaia Interactive raised $12M in Series B funding, led by DAG Ventures.", None,
     [_i(None, "Gaia Interactive", 12e6)]),
    ("New Relic held an offering in December 2014 that valued it at $1 billion.", None, [_v("New Relic", 1e9)]),
    ("The Irish Data Protection Commission hit the app-maker Lumo with a fine of €530 million on Friday for violating "
     "the EU’s General Data Protection Regulation (GDPR).", None, [_f("Lumo", 530e6, "EUR")]),
    ("The agency issued an Order requiring clothing retailer Todd Ferris, Inc. (the “Company”) to pay a $345,178 fine. "
     "In addition to paying a $345,179 fine, the Order requires the Company to report.", None,
     [_f("Todd Ferris, Inc.", 345178)]),
    ("Regulators are going after Brandt Motors for violating the Clean Air Act. Civil fines for that alone could reach "
     "nearly $20 billion.", None, [_f("Brandt Motors", 2e10, qualifier="approx", status="proposed")]),
    # values of things that are not companies
    ("The deal, which some analysts estimate is worth over $1 billion, comes as Samwell faces a profit drop.", None, []),
    ("The annual report listed Gerra's headquarters with an assessed value $74.7 million.", None, []),
    ("Authorities seized €34 million ($38 million) worth of crypto in connection with the $1.4 billion breach of Bybex.",
     None, []),
    ("eBay has lost money here, from the initial purchase valued at $4 billion.", None, []),
    # percentages that are not stakes; "X, in which it owns a 49% stake"
    ("His fund trailed 85 percent of peers with a loss of 5.87 percent last year, and held a small stake in Alphabet.",
     None, []),
    ("Amazon had argued that it has veto power over any sale of Future Coupons, in which it owns a 49% stake.", None,
     [_s("Amazon", "Future Coupons", 49.0)]),
    # payments that are not investments
    ("Vendo expects to receive about $1.9 billion in cash upon completion of the sale and a note in the principal amount "
     "of $125 million.", None, []),
    ("Zyla reports having raised $1.2 million for Haiti through virtual goods.", None, []),
    ("The company has invested more than $1.1 billion this year alone for acquisitions in areas like data.", None, []),
]

REAL_AUDIT_XFAIL: dict[str, str] = {}

REAL_AUDIT_KNOWN = [
    pytest.param("Rakesh Sharma, MD and CEO, said the shareholding of LIC had come down (fell below 51 per cent) after "
                 "QIP.", None, [_s("LIC", None, 51.0, qualifier="at_most")], id="real-known: shareholding of LIC",
                 marks=pytest.mark.xfail(strict=True, reason="holder LIC is found now; a lone sentence whose only other "
                                         "name is the speaker makes the speaker the company")),
]

# Rules from the blind round-2 audit of 26 further real articles (fact-box funding lists, values of assets and
# metrics, fund sizes, free-float rules, enumerated earlier fines): short paraphrases of the audited sentences.
REAL_AUDIT_2: list[Row] = [
    # fact-box labels are not names; the sentence's own subject is "the company"
    ("Headquarters: Tacoma\n\nCEO: Lena Varga\n\nFunding: Brightwell expanded its investor base with a $2-billion "
     "secondary offering that valued the company at $15 billion.", None,
     [_o("Brightwell", 2e9), _v("Brightwell", 15e9)]),
    ("Here’s a look at the companies that raised funding in December.", None, []),
    # a round that moved a company's valuation belongs to that company
    ("Funding: The $600 million Series D funding round boosted Korvo’s valuation to $2.8 billion.", None,
     [_i(None, "Korvo", 600e6), _v("Korvo", 2.8e9)]),
    # values of assets, metrics and changes in value are not valuations
    ("Its bitcoin holdings surged, rising from 17,320 BTC to 47,531 BTC, now valued around $3.9 billion.", None, []),
    ("Meanwhile, its gross merchandise value rose 21.5% in the first quarter to $28.6 billion.", None, []),
    ("Shares have fallen about 40 percent, cutting the company’s value by more than $10 billion.", None, []),
    # a fund's size is not money invested
    ("Halvorsen Partners said it might invest up to 10% of its $5.3-billion Macro Opportunities Fund in a bitcoin "
     "trust.", None, []),
    # share-price rebounds and free-float rules are not stakes
    ("Shares in the company rebounded more than 12 percent and appear to be holding steady.", None, []),
    ("Companies relisting after insolvency will need to have at least 5 per cent public shareholding, which will need "
     "to be enhanced to 10 per cent within 12 months and 25 per cent within three years.", None, []),
    # enumerated fines: each sum names its own payer
    ("The penalty follows earlier fines of €1.2 billion against Corvane Platforms Inc. and €746 million against "
     "Lumex.com Inc.", None, [_f("Corvane Platforms Inc.", 1.2e9, "EUR"), _f("Lumex.com Inc.", 746e6, "EUR")]),
    # "an offer ... for X, valuing the company at": the offer's target is valued
    ("Quarto has made an all-cash offer of $124.25 per share for Beacon Supply, valuing the company at approximately "
     "$11 billion.", None, [_v("Beacon Supply", 11e9, qualifier="approx")]),
    # the source of a figure is not its company
    ("The proposed IPO comprises fresh equity of up to Rs 1,000 crore and an offer for sale worth Rs 750 crore, "
     "according to the Draft Red Herring Prospectus (DRHP).", None, []),
]

REAL_AUDIT_2_KNOWN = [
    pytest.param("Funding: A growth financing round of $333 million at a valuation of $3.5 billion.\n\nWhat company "
                 "does: Veltra provides cloud infrastructure.", None,
                 [_i(None, "Veltra", 333e6), _v("Veltra", 3.5e9)], id="real-2-known: fact box names company after",
                 marks=pytest.mark.xfail(strict=True, reason="a fact box names its company only in a later line; "
                                         "the sum's sentence has none and no following-line lookup exists")),
    pytest.param("Recently Glint agreed to pay Texas $1.375 bn to settle two lawsuits alleging that it tracked users "
                 "without consent.", None, [_f("Glint", 1.375e9)], id="real-2-known: pay a state to settle",
                 marks=pytest.mark.xfail(strict=True, reason="a state as the paid party of a lawsuit settlement is "
                                         "not recognised as a public authority; 'lawsuits' blocks the sum")),
]

# Rules from the blind round-3 audit (enforcement reports, seizure reports, claims round-ups): short paraphrases.
REAL_AUDIT_3: list[Row] = [
    # the target of an investigation that ends in a fine pays it, even as a possessive
    ("The Data Watch Board has closed its coordinated investigation into Velora's billing practices across member "
     "states, resulting in a €320 million fine.", None, [_f("Velora", 320e6, "EUR")]),
    # an unpunctuated heading line the sentence runs on from is not a party
    ("Executive Summary\nThe Data Watch Board has closed its coordinated investigation into Velora's billing "
     "practices, resulting in a €320 million fine.", None, [_f("Velora", 320e6, "EUR")]),
    # a hyphenated modifier ("AI-related") is not a name
    ("The €85 million fine sets a new precedent for AI-related privacy breaches.", None, [_f(None, 85e6, "EUR")]),
    # a pool of seized assets is valued, not a company
    ("Prosecutors shut the exchange and seized its crypto assets valued $38.2 million.", None, []),
    # the same fine repeated in a quote is one row with the payer named before
    ("Regulators fined Velora €850 million last year. \"The €850M fine represents 12% of Velora's EU revenue,\" a "
     "trade group said.", None, [_f("Velora", 850e6, "EUR")]),
    # a nationality adjective and capitalised common words open a public body's name
    ("The European Data Watch Board fined Velora €5 million.", None,
     [_f("Velora", 5e6, "EUR", authority="European Data Watch Board")]),
]

REAL_AUDIT_3_KNOWN: list = []  # the nationality-adjective row moved to REAL_AUDIT_3 once it passed


# --- synthetic blind articles (round 4): paraphrases of the error classes found in 14 invented full articles ---
SYNTH_ARTICLES: list[Row] = [
    # money a firm manages is not a deal
    ("\"Risk appetite is back,\" said Ann Lowe, strategist at Birchway Wealth, which manages $35 billion.", None, []),
    # a cash pile is not a fine even in a sentence about a penalty
    ("Analysts said the penalty was manageable for Orvane, which had 2.1 billion euros in cash at the end of June.",
     None, []),
    # a regulator's yearly take in fines is nobody's fine
    ("The watchdog collected a record £180 million in fines in the last financial year.", None, []),
    # market totals: companies raising through IPOs, sums raised "through U.S. IPOs"
    ("Companies have raised about $14.2 billion through U.S. IPOs so far this year, compared with $6.1 billion a "
     "year earlier.", None, []),
    # the value of securities misused is not a valuation or a fine
    ("The regulator imposed a penalty of Rs 8 crore on Tarang Broking for misusing client funds and securities "
     "worth over Rs 210 crore.", None, [_f("Tarang Broking", 80e6, "INR")]),
    # a round's lead named as the sentence subject is its investor; the company is the article's
    ("Fernway Bio has closed a $30 million Series B round. Halden Partners led the round with a $12 million "
     "investment and was joined by Osprey Capital and Lintel Ventures. Fernway Bio will hire 40 people.", None,
     [_i(None, "Fernway Bio", 30e6), _i("Halden Partners", "Fernway Bio", 12e6)]),
    # "X, which led a $N Series B": the round is the other company's, its investor unnamed
    ("Kivra Cells makes batteries. Kivra Cells's existing investors include Marlow Ventures, which led a "
     "$70 million Series B in 2020.", None, [_i(None, "Kivra Cells", 70e6)]),
    # "valued at $X post-money, up from $Y": the earlier figure is a valuation too
    ("The round values Quenta at $900 million post-money, up from $310 million at its Series B in 2021.", None,
     [_v("Quenta", 900e6), _v("Quenta", 310e6)]),
    # "In 2019 it fined ...": the pronoun after a short time phrase is the authority named before
    ("The European Commission fined Dravel Pharma 120 million euros on Tuesday. In 2019 it fined Lusor Labs "
     "40 million euros for a similar deal.", None,
     [_f("Dravel Pharma", 120e6, "EUR", authority="European Commission"),
      _f("Lusor Labs", 40e6, "EUR", authority="European Commission")]),
]

SYNTH_ARTICLES_KNOWN: list = []  # its three rows passed and moved to LEFTOVERS


# --- leftovers from the synthetic round: one row per error class, told as English states the fact ---
LEFTOVERS: list[Row] = [
    # each "while" clause has its own holder; a later clause that names no company goes on about the same one
    ("Marlow Capital will cut its holding in Tevo Foods to 8 percent from 12 percent, while Ostra Holdings' stake "
     "will rise to 9 percent from 4 percent.", None,
     [_s("Marlow Capital", "Tevo Foods", 8.0), _s("Marlow Capital", "Tevo Foods", 12.0),
      _s("Ostra Holdings", "Tevo Foods", 9.0), _s("Ostra Holdings", "Tevo Foods", 4.0)]),
    # a lower-case head noun after a name ("the founding Pellow family") is part of the holder; "which owns" is its own
    # clause
    ("The sale will cut Varna's holding in Tobel to 8.5 percent from 14.5 percent, while Osmund's stake will rise to "
     "11 percent from 5 percent, making it the company's second-largest shareholder after the founding Pellow "
     "family, which owns 38 percent.", None,
     [_s("Varna", "Tobel", 8.5), _s("Varna", "Tobel", 14.5), _s("Osmund", "Tobel", 11.0), _s("Osmund", "Tobel", 5.0),
      _s("Pellow family", "Tobel", 38.0)]),
    # "of the company" is the article's main organisation, counted with its short form ("Sorrel" is "Sorrel Health")
    ("Lintra Health has closed a $40 million Series B round. The new funding gives Lintra a post-money valuation of "
     "$260 million. Cobalt Partners led the round. Cobalt, which also invested in the Series A, now owns roughly 22% "
     "of the company. Lintra's app pairs home blood-pressure cuffs with nurse check-ins. Lintra says revenue grew.",
     None, [_i(None, "Lintra Health", 40e6), _v("Lintra Health", 260e6),
            _s("Cobalt Partners", "Lintra Health", 22.0)]),
    # a class of holders told in lower case ("the promoter group's stake") holds; "the company" is the issuer
    ("Tarsus Cements said its board approved the issue. Following the allotment, the promoter group's stake in the "
     "company will rise to 56.4 per cent from 51.2 per cent.", None,
     [_s("promoter group", "Tarsus Cements", 56.4), _s("promoter group", "Tarsus Cements", 51.2)]),
    # sentence-initial "Post" (= after) before a determiner is not a name
    ("Post the QIP, promoter shareholding in Veda Finance will fall to 58 per cent.", None,
     [_s("promoters", "Veda Finance", 58.0)]),
    # voting power is a stake (who holds what percent of the votes in which company, like "voting rights"); a verb
    # joined by "and" without its own subject shares the previous holder
    ("Founder Lena Ruiz will own about 18 percent of Zentro after the offering and will control 60 percent of the "
     "voting power.", None, [_s("Lena Ruiz", "Zentro", 18.0, qualifier="approx"), _s("Lena Ruiz", "Zentro", 60.0)]),
    ("The founder will own about 18 percent of Zentro and will control 60 percent of the voting power.", None,
     # a stake whose holder the text leaves unnamed is no row (issue 9: precision first)
     []),
    # the valued company is the descriptor's referent, not the round's leader named after the sum
    ("Quorra Robotics sold 44.4 million shares at $27 apiece. The San Jose, California-based company was last valued "
     "at $4.1 billion in a private funding round in 2021 led by Tamsin Growth Partners.", None,
     [_v("Quorra Robotics", 4.1e9)]),
    # "It is seeking to raise" right after a sentence about an IPO continues the IPO
    ("Veltro Systems, a maker of industrial sensors, is expected to price its IPO on Wednesday. It is seeking to "
     "raise up to $640 million.", None, [_o("Veltro Systems", 640e6, qualifier="at_most")]),
    ("Veltro Systems closed a Series B round on Wednesday after its IPO was delayed. It raised $64 million.", None,
     [_i(None, "Veltro Systems", 64e6)]),
    # shares allotted on a preferential basis to a named investor for a sum: an investment by that investor
    ("Kesar Cements Ltd on Thursday said its board has approved the issue of 1.5 crore equity shares on a "
     "preferential basis to promoter group entity Anvika Infraventures Pvt Ltd for Rs 750 crore.", None,
     [_i("Anvika Infraventures Pvt Ltd", "Kesar Cements Ltd", 7.5e9, currency="INR")]),
    # a possessive's appositive names the payer: "X's statutory auditor, Y" → Y
    ("SEBI has also issued a show-cause notice proposing a penalty of up to Rs 5 crore on Megh Securities' statutory "
     "auditor, Bhandari & Associates, for failing to flag the diversion.", None,
     [_f("Bhandari & Associates", 5e7, "INR", authority="SEBI")]),
    # a stake sale's price is not an investment, however long the sentence; "a 6 percent stake" sold is the size of the
    # sale, not a level anyone is said to hold (every labelled set: optional or not a record), so no stake either
    ("Private equity firm Halvard Capital has agreed to sell a 6 percent stake in Italian snack maker Tesco Foods SpA "
     "to Gulf investment firm Merida Holdings for about $480 million, the companies said on Monday.", None, []),
    # the parts of a settlement told before carry its authority
    ("Orvane settled with the SEC last week. The settlement includes $95 million in disgorgement and a $45 million "
     "civil penalty.", None,
     [_f("Orvane", 95e6, authority="SEC"), _f("Orvane", 45e6, authority="SEC")]),
    ("Brightmoor Bank will pay $140 million to settle charges by the Securities and Exchange Commission, the regulator "
     "said. The settlement includes $95 million in disgorgement and interest, which will be returned to harmed "
     "investors, and a $45 million civil penalty.", None,
     [_f("Brightmoor Bank", 140e6, authority="Securities and Exchange Commission"),
      _f("Brightmoor Bank", 95e6, authority="Securities and Exchange Commission"),
      _f("Brightmoor Bank", 45e6, authority="Securities and Exchange Commission")]),
    # "it" after a relative "for which" is the subject of the clause the relative hangs on
    ("Snowflake also reported that Buffet's firm has agreed with one of its existing shareholders to purchase "
     "another package of just over four million shares at the same price, for which it will invest another "
     "$323 million.", None, [_i("Buffet's firm", "Snowflake", 323e6)]),
]


# --- second blind synthetic round (/tmp/synth2): one row per error class, told as English states the fact ---
SYNTH2: list[Row] = [
    # one fine verb, two payers, two sums: the second payer is glued to its own sum after "and"
    ("Regulators on Tuesday fined Dutch chipmaker Arlo Semiconductors NV 120 million euros and its German rival "
     "Pendix GmbH 45 million euros for colluding on prices.", None,
     [_f("Arlo Semiconductors NV", 120e6, "EUR"), _f("Pendix GmbH", 45e6, "EUR")]),
    # a list of sums each followed by "on <payer>": company and executives fined in one sentence
    ("SEBI imposed a penalty of Rs 3 crore on Tamra Foods Ltd, Rs 60 lakh on its managing director Vijay Kulkarni "
     "and Rs 25 lakh on chief financial officer Meera Iyer for misstating accounts.", None,
     [_f("Tamra Foods Ltd", 3e7, "INR"), _f("Vijay Kulkarni", 6e6, "INR"), _f("Meera Iyer", 2.5e6, "INR")]),
    # a fine cut on appeal: the sum after "to" is the fine as it now stands
    ("The court cut a 900 million euro fine imposed on payments firm Corvix Inc to 610 million euros.", None,
     [_f("Corvix Inc", 900e6, "EUR"), _f("Corvix Inc", 610e6, "EUR")]),
    # a fine escaped (leniency) is nobody's fine; a regulator's total over unnamed companies is not a record
    ("Lumex escaped a fine of about 40 million euros because it alerted the Commission to the cartel.", None, []),
    ("The Commission has fined companies more than 2 billion euros for cartels so far this year.", None, []),
    # a refund of a fine paid earlier is not a fine
    ("Corvix paid the original fine into a blocked account and will now get back about 290 million euros.", None, []),
    # borrowing told by its own noun after the sum
    ("Alongside the equity round, Fenwick secured a $90 million credit facility from a bank.", None, []),
    ("Separately, Fenwick raised $25 million through a convertible note from an existing investor.", None, []),
    # money put to a use from an issue is not the issue
    ("Harbil Steel approved a rights issue of up to Rs 900 crore. It will use about Rs 300 crore from the rights issue "
     "to repay loans.", None, [_o("Harbil Steel", 9e9, "INR", qualifier="at_most")]),
    # spending on a plant is not an investment in a company; a state is not a holder
    ("The company said it would invest Rs 200 crore in a new plant in Gujarat.", None, []),
    # a discount is a price gap, not a stake
    ("Harbil Steel will issue shares at Rs 85 apiece, a discount of 31 per cent to Tuesday's closing price.", None, []),
    # a list item's label names the company a descriptor refers back to
    ("- Nimbus Orbital: $80M Series C led by Tarn Partners, valuing the satellite company at $700M.", None,
     [_i(None, "Nimbus Orbital", 80e6), _v("Nimbus Orbital", 700e6)]),
    # an appositive shareholder: the name around the appositive holds, the possessor is the company
    ("Redvale Partners, Quenta's largest investor, owns 31 percent of the startup.", None,
     [_s("Redvale Partners", "Quenta", 31.0)]),
    ("Quenta's largest shareholder, venture firm Redvale Partners, will own about 24 percent of the company.", None,
     [_s("Redvale Partners", "Quenta", 24.0, qualifier="approx")]),
    # a postponed IPO's size, told by "the <place> company" right after: still the IPO, not an investment
    ("Separately, homebuilder Marrow Homes Corp postponed its IPO. The Texas company had planned to raise up to $400 "
     "million.", None, [_o("Marrow Homes Corp", 400e6, qualifier="at_most")]),
    # an instrument's acronym is not a company
    ("Tolland Dynamics will invest $80 million in the PIPE for Skyra Aviation.", None,
     [_i("Tolland Dynamics", "Skyra Aviation", 80e6)]),
]

SYNTH2_KNOWN = [
    pytest.param("IMY fined Nordhavn's card subsidiary Nordhavn Kort AB SEK 4 million for similar failings.", None,
                 [_f("Nordhavn Kort AB", 4e6, "SEK", authority="IMY")], id="synth2-known: fined X's subsidiary Y",
                 marks=pytest.mark.xfail(strict=True, reason="the possessive before a descriptor is taken as payer; "
                                                             "the appositive name after it is not")),
]


# --- leftovers of the second synthetic round: one row per error class, told as English states the fact ---
LEFTOVERS_2: list[Row] = [
    # "her stake", "his holding": the holder is the person the text named last
    ("Kinetra raised a round. Co-founder Ada Obi sold shares. The sale reduced her stake in Kinetra to 11% from 17%.",
     None, [_s("Ada Obi", "Kinetra", 11.0), _s("Ada Obi", "Kinetra", 17.0)]),
    # "of the company" after a change of subject: the company the last sentences were about, not the article's main
    # one; a one-word short form is the holder's fullest name ("Lakemoor" → "Lakemoor Capital")
    ("Brenlow raised $300 million in its IPO. Separately, Carvetta Homes postponed its IPO. Carvetta is controlled by "
     "Lakemoor Capital. Lakemoor owns 85 percent of the company.", None,
     [_o("Brenlow", 300e6), _s("Lakemoor Capital", "Carvetta Homes", 85.0)]),
    ("Brenlow raised $300 million in its IPO. Brenlow's shares rose 5 percent. Brenlow plans to expand. Separately, "
     "Carvetta Homes postponed its IPO. Carvetta, which is controlled by Lakemoor Capital, did not say when. Lakemoor "
     "owns 85 percent of the company.", None,
     [_o("Brenlow", 300e6), _s("Lakemoor Capital", "Carvetta Homes", 85.0)]),
    # ... but a sentence opened by a phrase ("Among the allottees, X got") or by a capitalised non-name is not about X
    ("Vessa Finance Ltd raised Rs 500 crore in a QIP. Around 6 crore shares were allotted. Among the allottees, "
     "Kestrel Fund got 11.2 per cent of the issue. Post the QIP, promoter shareholding in the company will fall to "
     "58.3 per cent.", None, [_o("Vessa Finance Ltd", 5e9, "INR"), _s("promoters", "Vessa Finance Ltd", 58.3)]),
    # an unnamed holder group as the subject of a relative "which holds": the class holds, the company is the issuer
    ("Tarsus Cements said its board approved the issue. The promoter group, which holds 48.6 per cent, will subscribe "
     "to its full entitlement.", None, [_s("promoter group", "Tarsus Cements", 48.6)]),
    # "the shareholding of X": X holds, not the speaker of "said"
    ("IDBI Bank raised funds through a QIP. Rakesh Sharma, MD and CEO of IDBI Bank, said the shareholding of LIC had "
     "come down below 51 per cent.", None, [_s("LIC", "IDBI Bank", 51.0, qualifier="at_most")]),
    # a described subject with a relative clause, then a copula: the name the copula gives holds
    ("The buyer, who will control an approximately 65 percent stake, is an investor group led by Silver Lake.", None,
     # the holder is found, but a stake whose company the text leaves unnamed is no row (issue 9: precision first)
     []),
    # "led by A and B, which valued the company at": the relative's subject does the valuing; the company is the round's
    ("Earlier this year Twitter closed a round of $35 million led by Benchmark Capital and Institutional Venture "
     "Partners, which valued the company at $250 million.", None, [_i(None, "Twitter", 35e6), _v("Twitter", 250e6)]),
    ("Quillon raised $40 million in a round led by Harlow Ventures and Brisk Capital, which valued the company at "
     "$250 million.", None, [_i(None, "Quillon", 40e6), _v("Quillon", 250e6)]),
    # "X, which is valued at": a passive relative still describes the name before it
    ("Lumina Bio, which is now valued at $2 billion, plans an IPO.", None, [_v("Lumina Bio", 2e9)]),
]
