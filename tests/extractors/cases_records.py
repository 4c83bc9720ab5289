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
    ("Initech could face a fine of up to $2 billion, regulators warned.", None,
     [{"kind": "fines", "payer": "Initech", "amount": 2e9, "status": "proposed"}]),
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
        "Snowflake also reported that Buffet's firm has agreed with one of its existing shareholders to purchase "
        "another package of just over four million shares at the same price, for which it will invest another "
        "$323 million.", None,
        [{"kind": "investments", "investor": "Buffet's firm", "company": "Snowflake", "amount": 323e6}],
        marks=pytest.mark.xfail(strict=True, reason="'it' after a relative 'for which' should go back to the "
                                                    "clause subject ('Buffet's firm'), not the sentence's first name"),
        id="known: for which it will invest another $323 million"),
    pytest.param(
        "Alipay (Hong Kong) Holding Limited, part of Alibaba Group Holding Ltd's Ant Financial Services Group, is also "
        "seeking an option to increase its stake in Ascend to 30 percent at a later date.", None,
        [{"kind": "stakes", "holder": "Alipay (Hong Kong) Holding Limited", "company": "Ascend", "percent": 30.0}],
        marks=pytest.mark.xfail(strict=True, reason="a bracketed place inside a name splits it"),
        id="known: Alipay (Hong Kong) Holding Limited ... its stake in Ascend to 30 percent"),
]
