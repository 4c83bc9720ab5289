"""Cases from the classes the blind set (eval/blind, issue 9) showed: a press release's dateline, a headline's verb,
placements and placings, joint fine totals, defined terms. Each row is a shortened sentence of the kind that
motivated a rule (names invented); (passage, title or None, expected records of every kind but dates)."""
from __future__ import annotations

from tests.extractors.records.cases_records import _f, _i, _o, _s, _v

BlindRow = tuple[str, str | None, list[dict]]

ROWS: list[BlindRow] = [
    # a press release's dateline and wire service are not the company
    ("MELBOURNE, Australia, Feb. 10, 2025 (GLOBE NEWSWIRE) — Kelvara Respiratory, a clinical-stage company, announces "
     "today it has received a US$5 million investment from Vireo Lab.", None,
     [_i("Vireo Lab", "Kelvara Respiratory", 5e6)]),
    ("SEATTLE, Feb. 11, 2025 /PRNewswire/ -- Today, Rivio, a recruitment software maker, announced a $16M Series A "
     "funding round.", None, [_i(None, "Rivio", 16e6)]),
    # a title-case headline restated as the first line: its verb does not go on the name
    ("Rivio Secures $16M Series A to Transform Recruitment\n\nThe round was led by Menlo Ventures.", None,
     [_i(None, "Rivio", 16e6)]),
    # a listed company's share issue to institutions is an offering; a private placement stays a round
    ("Kelvara Therapeutics today announced it has received binding commitments for a capital raising of A$40.0 "
     "million via a two tranche placement of fully paid ordinary shares.", None, [_o("Kelvara Therapeutics", 40e6, "AUD")]),
    ("Ordwell Lithium has conditionally raised GBP2.4 million via a share placing.", None,
     [_o("Ordwell Lithium", 2.4e6, "GBP")]),
    ("Nimbus raised $40 million in a private placement led by Tiger Global.", None, [_i(None, "Nimbus", 40e6)]),
    # defined terms of a legal text are things, not parties
    # (the second sentence names no issuer, so it yields nothing rather than a record for "New Shares")
    ("Kelvara Therapeutics will issue fully paid ordinary shares (“New Shares”) in a placement (the “Placement”). "
     "New Shares issued under Tranche Two are expected to raise approximately A$27.2 million.", None, []),
    # a sum over several payers told as their total is nobody's own fine
    ("Halden Bank, Corvo Securities and Strand Capital have been fined a total of €28 million by the European "
     "Commission after colluding on bond trading.", None, [_f(None, 28e6, "EUR")]),
    ("In 2019, Halden Bank, Corvo, Strand and Mirel paid a combined €1.07 billion in penalties to the European "
     "Commission for a cartel.", None, [_f(None, 1.07e9, "EUR")]),
    ("Of the €28 million penalty, Halden Bank received the most severe fine of €12,642,000 from the Commission.", None,
     [_f(None, 28e6, "EUR"), _f("Halden Bank", 12.642e6, "EUR")]),
    # a ranked list of fines: each sum's own "X with" names its payer, past an aside between dashes
    ("Halden Bank was targeted with the largest fine of 82 million euros, followed by Corvo bcp with 60 million "
     "euros, Strand Totta with 35.65 million euros and Banco Mirel - owned by Spain's Vessa - with 30 million euros.",
     None, [_f("Halden Bank", 82e6, "EUR"), _f("Corvo bcp", 60e6, "EUR"), _f("Strand Totta", 35.65e6, "EUR"),
            _f("Banco Mirel", 30e6, "EUR")]),
    # the body a fine was proposed by, told sentences before, is its authority; the court that later ruled is not
    ("A court supported the fine proposed by the Portuguese competition authority, but the banks appealed. Lisbon's "
     "Court of Appeal said on Monday the case was dismissed. Halden Bank was targeted with the largest fine of 82 "
     "million euros.", None, [_f("Halden Bank", 82e6, "EUR", authority="Portuguese competition authority")]),
    # an investor "set to lead" a round whose size a relative clause gives: the round is the article's company's,
    # the sum its total; the field before a person's role noun is no name
    ("Orbion Industries is in talks for a new funding round. Tech billionaire Paul Vance's Pioneer Fund is set to "
     "lead the round, which could be as much as $2.5 billion, according to the sources.", None,
     [_i(None, "Orbion Industries", 2.5e9)]),
    ("Banking tech startup Zeyta is close to a new round. Vision Fund 2 is in talks to lead a ~$250 million Series D "
     "round in the startup.", None, [_i(None, "Zeyta", 250e6)]),
    # a city in an opening participial phrase is not the subject
    ("Kelvara Respiratory makes antivirals. Headquartered in Melbourne, Australia, the company has raised US$33 million "
     "in financing from Brandon Capital and Uniseed.", None, [_i(None, "Kelvara Respiratory", 33e6)]),
    # a number ending a name
    ("Activist Brightwater Capital Management has built an over $2.5 billion stake in Phillips 66 and plans to push "
     "the refiner to change.", None, [_i("Brightwater Capital Management", "Phillips 66", 2.5e9)]),
    # not a deal: money a company will spend on an activity, a sector's take, a gain in market value
    ("CEO Ravi Nair on Wednesday said that Orbimart would invest $1 billion in digitizing small businesses on its "
     "platform.", None, []),
    ("Over the next five years, Orbimart will invest an incremental $1 billion to digitise micro and small businesses.",
     None, []),
    ("Investors poured money into the sector, with GenAI companies raising $47.4 billion in 2024.", None, []),
    ("Halvard Systems was set to add more than $15 billion to its market cap if premarket gains hold.", None, []),
    ("Vireo Capital invested $50 million in Zepto to expand its reach.", None, [_i("Vireo Capital", "Zepto", 50e6)]),
    # a possessive inside a registered name whose abbreviation follows: the whole name pays (it used to be cut to
    # "Rankers", then dropped as the body fining itself)
    ("The Central Consumer Protection Authority (CCPA) has fined Rankers’s Kendra Pvt Ltd (RKPL) Rs 3,00,000 for "
     "deceptive claims.", None,
     [_f("Rankers’s Kendra Pvt Ltd", 3e5, "INR", authority="Central Consumer Protection Authority")]),
    # a reported clause's descriptor subject ("that the bank could be worth") is the company valued, not the speaker
    ("Portugal's Tejo Banco is readying an IPO. Harbour Star had been considering an IPO or a full sale, sources said, "
     "estimating that the bank could be worth about 5 billion euros ($5.2 billion).", None,
     [{"kind": "valuations", "company": "Tejo Banco", "amount": 5e9, "currency": "EUR"}]),
    # an agreement with a party for an investment: that party invests in the signer
    ("Cardiora signed a memorandum of understanding with the private office of Sheikh Al Rashid for a 20 "
     "million-pound-sterling investment to fund its trials.", None, [_i("Sheikh Al Rashid", "Cardiora", 20e6, "GBP")]),
    # a press release's definition bracket: every quoted term in it ("the Company", "the Group") is the name before it
    ("(21 November, 2016, Hong Kong) Fullshare Holdings Limited (“Fullshare Holdings” or the “Company”, which together "
     "with its subsidiaries, is referred to as the “Group”; SEHK stock code: 607), is pleased to announce a subscription. "
     "The Group will hold approximately 9.35% of the enlarged issued share capital of C&D. Upon completion of the "
     "transactions, BaoQiao Partners will own 0.17% of the enlarged share capital of the Company.", None,
     [_s("Fullshare Holdings Limited", "C&D", 9.35), _s("BaoQiao Partners", "Fullshare Holdings Limited", 0.17)]),
    # the agent of a sentence-opening participle is not the clause's subject
    ("Led by German group Bertelsmann, Udacity raised $105 million in Series D funding.", None,
     [_i(None, "Udacity", 105e6)]),
    # eighth blind set (Inshorts briefs): a fine verb past a lower-case descriptor governs the sum, what follows says why
    ("The Securities and Exchange Board of India on Thursday fined property developer DLF and its top management $8.4 "
     "million for their lack of disclosures during the initial public offering (IPO).", None,
     [_f("DLF", 8.4e6, authority="Securities and Exchange Board of India")]),
    # one decision over a counted class of unnamed payers is a fine with no payer; a purpose clause and the rule broken
    # name nobody who pays
    ("To counter the Unsolicited Commercial Communications(UCC) from persons not registered as telemarketers, sectoral "
     "regulator TRAI has imposed a total fine of Rs 5.04 crore on 13 telecom operators for non-compliance with "
     "regulations relating to UCCs.", None, [_f(None, 50.4e6, "INR", authority="TRAI")]),
    # "the bank" after "Kotak Mahindra Bank ... surpassed ICICI Bank": the nearest subject whose name ends in "Bank"
    ("Kotak Mahindra Bank on Wednesday surpassed ICICI Bank to emerge as the third most valued lender in India. The "
     "market capitalisation (m-cap) of the bank stood at ₹1,29,963.14 crore, as against ICICI Bank's m-cap of "
     "₹1,28,718.22 crore.", None,
     [_v("Kotak Mahindra Bank", 1299631400000, "INR"), _v("ICICI Bank", 1287182200000, "INR")]),
    # "The issue" after a sentence about an IPO is that IPO
    ("The Initial Public Offering (IPO) of Ahmedabad-based e-tailer Infibeam will open for subscription on Monday. The "
     "issue, which will close on March 23, is expected to raise around ₹450 crore with shares priced at ₹360-432.", None,
     [_o("Infibeam", 4.5e9, "INR")]),
    # a difference between two market values is neither's value; a tax benefit's size and a bribe are no records
    ("Market valuation of Infosys touched Rs 2,69,489.03 crore on Thursday, which is Rs 432.68 crore more than HDFC "
     "Bank's Rs 2,69,056.35 crore.", None,
     [_v("Infosys", 2694890300000, "INR"), _v("HDFC Bank", 2690563500000, "INR")]),
    ("The matter relates to Cadbury India allegedly paying over ₹61 lakh to an agent to obtain \"outside assistance\" in "
     "securing licenses and approvals, which allowed Cadbury to claim a tax exemption worth over $90 million.", None, []),
    # "respectively" pairs a list of holders with its percentages; "Union" in a company's name is no public body
    ("Upon completion, Guangzhou Fullshare, Zhongyuan Union and Tianjin Lianshengyuan will hold 35%, 35% and 30% in "
     "Tianjin Bailesi respectively .", None,
     [_s("Guangzhou Fullshare", "Tianjin Bailesi", 35), _s("Zhongyuan Union", "Tianjin Bailesi", 35),
      _s("Tianjin Lianshengyuan", "Tianjin Bailesi", 30)]),
    # a stake told with "a" after a verb of selling is the size of a sale, not a level held; a share of shareholders
    # is no stake
    ("The government had previously said that it planned to sell a 10% stake of Coal India, 5% in ONGC and 11.36% in "
     "NHPC in the fiscal year ending Mar-2015.", None, []),
    ("Ferrari on Friday filed papers for an IPO after owner Fiat Chrysler sells a 9% stake in the company.", None, []),
    ("Mr. Ji Changqun said, \"It is encouraging that more than 68% of the shareholders have accepted the offer.\"",
     None, []),
    # one sum every subject puts in: "Each of A and B ... invest X ... respectively", "A and B have each agreed to invest"
    ("Each of Guangzhou Fullshare and Zhongyuan Union has conditionally agreed to invest RMB42.5 million in Tianjin "
     "Bailesi respectively.", None,
     [_i("Guangzhou Fullshare", "Tianjin Bailesi", 42.5e6, "CNY"), _i("Zhongyuan Union", "Tianjin Bailesi", 42.5e6, "CNY")]),
    ("Acme and Beta have each agreed to invest $5m in Gamma Ltd.", None,
     [_i("Acme", "Gamma Ltd.", 5e6), _i("Beta", "Gamma Ltd.", 5e6)]),
    # a company's announcement that it subscribes for new shares of another for a total sum: its investment in the issuer;
    # "will be interested in N% in X" is a holding
    ("(30 September, 2016, Hong Kong) Fullshare Holdings Limited (“Fullshare Holdings” or the “Company”, which together "
     "with its subsidiaries, is referred to as the “Group”; SEHK stock code: 607), is pleased to announce that the Group "
     "supports the development of healthcare businesses by entering into a subscription agreement with Medicskin Holdings "
     "Limited (“Medicskin”) to subscribe for 80,000,000 new fully paid up shares of Medicskin at the subscription price "
     "of HK$0.648 per subscription for a total consideration of HK$51.84 million. Upon completion, the Group will be "
     "interested in approximately 16.67% in Medicskin as enlarged by the subscription.", None,
     [_i("Fullshare Holdings Limited", "Medicskin Holdings Limited", 51.84e6, "HKD"),
      _s("Fullshare Holdings Limited", "Medicskin Holdings Limited", 16.67)]),
    # a share of a company gained for new money put in is the subject's investment in it (Reuters, "stg" sterling)
    ("Amec will gain between 40-48.6 percent of Spie for an injection of 40 million stg.", None,
     [_i("Amec", "Spie", 40e6, "GBP")]),
    # "Weibo is now worth more than Twitter, with a market cap of": a "with" aside tells of the clause's subject
    ("Twitter's Chinese clone Weibo is now worth more than Twitter, with a market cap of $11.35 billion, compared to "
     "Twitter's $11.34 billion.", None, [_v("Weibo", 11.35e9), _v("Twitter", 11.34e9)]),
    # Reuters 1996-97 (unlabelled precision audit): an investment for a stake names its company after "stake in"; a
    # float's proceeds are an offering; money raised to buy something is no investment in the raiser
    ("BT was also exploring whether to strengthen its 1.1 billion pound ($1.8 billion) investment in a 25 percent stake "
     "in France's new telecoms operator Cegetel.", None, [_i("BT", "Cegetel", 1.1e9, "GBP"), _s("BT", "Cegetel", 25)]),
    ("British Airways will make a 440 million franc ($85.3 million) equity investment for a 70 percent stake in Air "
     "Liberte.", None, [_i("British Airways", "Air Liberte", 85.3e6), _s("British Airways", "Air Liberte", 70)]),
    ("Analysts noted that the 1995 float of Qantas Airways Ltd raised A$1.45 billion.", None,
     [_o("Qantas Airways Ltd", 1.45e9, "AUD")]),
    ("He said he would seek to raise $1 billion to buy a majority stake in Apple.", None, []),
    # a bracketed listing is not the regulator
    ("E-commerce company Orbimart.com (NASDAQ:ORBM) is set to pay $3.95M in settlement charges.", None,
     [_f("Orbimart.com", 3.95e6, authority=None)]),
    # the headline names the body where the text does not
    ("Tallis Bank has agreed to pay a $30 million fine to settle charges of violating real estate holding rules.",
     "Tallis Bank Pays $30 Million Fine Over Real Estate Violations: US Regulator",
     [_f("Tallis Bank", 30e6, authority="US Regulator")]),
    # "X-led company": the leader's name is not the company
    ("Valued at $3 billion, food delivery platform Zestro said it has secured $150 million. With this, CEO Arun "
     "Mehta-led company has received $840 million funding.", None,
     [{"kind": "valuations", "company": "Zestro", "amount": 3e9}, _i(None, "Zestro", 150e6), _i(None, "Zestro", 840e6)]),
]
