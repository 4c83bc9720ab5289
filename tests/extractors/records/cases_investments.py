"""Investment, valuation and offering cases from issue 9's error classes: (passage, publication date or None,
expected records). Each row is a shortened real sentence of the kind that motivated a rule, names kept or
invented; a passage must yield exactly these records (date mentions aside). Not-a-record rows expect []."""
from __future__ import annotations

from datetime import date

from tests.extractors.records.cases_records import Row, _i, _o, _v

# money near a cue word that is not the record: cues.NOT_DEAL, one row per context
NOT_A_DEAL: list[Row] = [
    # spent-on-purpose (second blind set, paraphrased); a named company after "in" stays a deal
    ("Nazara Games, a mobile game publisher, will invest up to $20 Million (approx. Rs 136 Cr) to launch sports "
     "leagues in India.", None, []),
    ("Accel will invest $20 million in Lumora to expand its sales team.", None,
     [{"kind": "investments", "investor": "Accel", "company": "Lumora", "amount": 2e7}]),
    # spent-on-purpose, the sum ending inside its equivalent's bracket (second blind set)
    ("* Nazara Games, a mobile game publishing company will invest up to $20 Million(approx. ₹136 Cr) to launch "
     "sports leagues for CS:GO and DotA1 in India.", None, []),
    # written-off (second blind set)
    ("* Softback, the Japanese telecom and internet major wrote off almost $555 million in investment in Ola and "
     "Snapdeal.", None, []),
    # pitch-ask and pitch-ask-after (second blind set)
    ("The cofounder of InMobi asked Japanese billionaire Masayoshi Son to invest $250 million (Rs 1,500 crore) in his "
     "startup.", None, []),
    ("Naveen Tewari's audacious $250 million ask to Masayoshi Son demonstrated founder ambition.", None, []),
    # fund-corpus and fund-corpus-before (second blind set)
    ("* Eyeing a ₹350 Cr corpus, IAN raises ₹175 Cr in its first round.", None, []),
    # cash-held (blind set)
    ("Included will also be $10 billion in cash, plus the Excalibur patent portfolio and a number of minority "
     "investments including Snapchat.", None, []),
    # a company's own spending plan over years, no investee (second blind set)
    ("* Amazon looks to set up shop in India's food bazaar with an investment clocking up to ₹3500 Cr over a period of "
     "5 years.", None, []),
    ("SoftBank will invest $1 billion over three years in Lumora, the company said.", None,
     [_i("SoftBank", "Lumora", 1e9)]),
    # a sum got from a named backer is an investment by it (second blind set)
    ("* Ather Energy, the IIT-Madras incubated startup working towards electronic bikes in India will get upto ₹205 Cr "
     "from Hero Motocorp.", None, [_i("Hero Motocorp", "Ather Energy", 2.05e9, currency="INR")]),
    # pre-ipo-round: a round before the offering is not the offering but the company's round (second blind set)
    ("* Shopclues looks to go IPO, eyes a $75-$100 Million(approx. ₹500-650 Cr) pre-IPO round.", None,
     [_i(None, "Shopclues", 75e6)]),
    # cap-per-deal (second blind set, paraphrased)
    ("IIT-Kanpur launches an incubation fund with an upper limit of Rs 50 lakh on each investment.", None, []),
    # plural-object, said with "to invest in" (second blind set, paraphrased)
    ("SEBI's VC fund gets Rs 60 Cr to invest in rural startups.", None, []),
    # managed-after
    ("Richard Cook, co-founder of Cook & Bynum Capital Management LLC, which invests 8 percent of the $350 million it "
     "manages in Berkshire, said so.", None, []),
    # each-runs
    ("Combs and Weschler, who ran hedge funds before joining Berkshire, each invest about $9 billion and usually make "
     "smaller wagers.", None, []),
    # short-bet
    ("Pershing Square Capital Management invested $1 billion in a short bet against Herbalife's shares in 2012.", None,
     []),
    # average
    ("Owners of Herbalife's Nutrition Club brand invested an average of $8,500 to launch their operation.", None, []),
    # superseded-target
    ("Didi had originally planned to raise $2 billion, but hiked its target after Apple's investment.", None, []),
    # period-total
    ("While that slightly exceeds 2019's total, it falls short of the record $9.4 billion raised in 2018.", None, []),
    # value-change
    ("Alibaba has shed more than $200 billion of market value since November.", None, []),
    # priced-at-valuation
    ("JD.com will issue about 145 million new class A shares to Wal-Mart, worth about $1.5 billion at JD.com's "
     "current valuation.", None, []),
    # deal-valued
    ("Geometric Ltd said it will sell its IT services business to HCL Technologies Ltd in an all-stock deal valued at "
     "12.37 billion rupees.", None, []),
    # options-worth
    ("Its existing and former employees have liquidated their ESOPs — collectively worth $1.2 million.", None, []),
    # fund-size: an asset manager raising a fund is not an investment in a company
    ("Lakeview Partners has raised $500 million for its third venture fund, the firm said on Tuesday.", None, []),
    ("Northgate Capital closed its fourth growth fund at $1.2 billion.", None, []),
    ("Lightspeed raised $7 billion in new capital across several funds.", None, []),
    ("Founders Fund raised $1.9 billion for Growth Fund III.", None, []),
    ("KKR closed its Asia fund at a record $15 billion.", None, []),
    ("The fund has $5 billion in commitments from investors.", None, []),
    ("Zeta raised $40 million for its growth from the Vision Fund.", None, [_i("Vision Fund", "Zeta", 40e6)]),
    # "They" standing for a plural class is no organisation (moved from the known failures)
    ("Blank-check firms are shell companies. They have raised more than $87 billion in the United States so far this "
     "year.", None, []),
    # replaced-from: the figure a new target replaced (the new target stands, as a sought round)
    ("Didi raised its fundraising target to $3 billion from $2 billion after strong demand.", None,
     [_i(None, "Didi", 3e9)]),
    ("The company increased the size of the round to $500 million from an initial $300 million.", None, []),
    ("CRED bought back ESOPs worth $1.2 million from current and former employees.", None, []),
    ("Ackman's Pershing Square has a $1 billion short position in Herbalife.", None, []),
    ("Meta lost $230 billion in market value in a single day.", None, []),
    ("The deal, valued at about $2.1 billion including debt, is expected to close next year.", None, []),
    ("Indian startups raised $42 billion in 2021, more than triple the previous year.", None, []),
    # pre-IPO is a round before the offering, "-backed" describes a company by its backer
    ("Ant and Tencent came on board as PSBC shareholders as part of a nearly $7 billion pre-IPO investment round.", None,
     [_i(None, "PSBC", 7e9, qualifier="approx")]),
    ("The regulator said it is fining Alibaba, Tencent-backed China Literature and Shenzhen Hive Box 500,000 yuan "
     "each.", None, None),
    # third blind set: a company's own spending, a grant, a fund raise, money for a cause are not investments
    # settlement-noun
    ("Judge approves $1.5 million SEC-Musk settlement over Twitter investment", None, []),
    # saved-or-earned
    ("The regulator questioned Musk's delay in revealing his previous investments in the platform, arguing that the "
     "wait allowed him to increase his share before making the purchase, saving him as much as $150 million.", None, []),
    # grant-or-subsidy
    ("Intel was supposed to receive up to $10.86 billion in federal funding to expand its chip manufacturing business "
     "as part of the CHIPS Act.", None, []),
    ("Intel had previously received $2.2 billion in CHIPS grants.", None, []),
    # raised-for-other (a round "for" its company stays a deal)
    ("Summer Games Done Quick 2025 raises $2.4 million for Doctors Without Borders", None, []),
    ("The speedrunning marathon came to a close, with Summer Games Done Quick raising $2,436,614 for Doctors Without "
     "Borders.", None, []),
    # settlement-noun, grant-or-subsidy, market-size do not reach past a preposition: these stay rounds
    ("Acme raised $5 million to enter the market.", None, [_i(None, "Acme", 5e6)]),
    ("Acme raised $5 million to fine-tune its models.", None, [_i(None, "Acme", 5e6)]),
    ("Acme raised $5 million from Grant Thornton Ventures.", None, [_i("Grant Thornton Ventures", "Acme", 5e6)]),
    # market-size
    ("The investment is expected to create a $250 billion AI infrastructure ecosystem in India over the next decade.",
     None, []),
    # commercial-deal (third blind set)
    ("The deal is the latest capital investment for Rivian following a $5.8 billion software deal with German "
     "automaker Volkswagen announced at the end of 2024.", None, []),
    # spent-on-purpose-over-years (a named company after "in" stays a deal)
    ("Alphabet said in October that it would invest $15 billion over the next five years to build an AI data center "
     "hub in southern India.", None, []),
    ("Accel will invest $20 million in Lumora over the next two years to expand its sales team.", None,
     [_i("Accel", "Lumora", 2e7)]),
    # the investment noun after the sum aimed at a country (investments._aimed_at_place)
    ("Apple relies on manufacturers in India, so adding to its already $500 billion investment in the US is likely a "
     "way to avoid the tariffs.", None, []),
    # a US state is a place, not a company invested in (organisations.PLACES)
    ("Amazon said it would invest $20 billion in Pennsylvania to expand data centers.", None, []),
    # a spending schedule with no investee (investments._MADE_OVER)
    ("According to Google, the latest $40 billion investment will be made through 2027.", None, []),
    # the cue word inside a body's name is no cue: seeking money for one's own fund from it is a fund raise
    ("When Son needed capital to launch his first Vision Fund in 2017, he didn't hesitate to seek $45 billion from "
     "Saudi Arabia's Public Investment Fund.", None, []),
    ("Saudi Arabia's Public Investment Fund invested $1 billion in Lucid.", None,
     [_i("Public Investment Fund", "Lucid", 1e9)]),
    # plural-object, said with a verb of flowing after "of which" (fifth blind set)
    ("Imperial College have been investing £5.8 million of their endowment fund, of which almost £1 million goes "
     "directly into tobacco companies.", None, []),
    # plural-object-relative (fifth blind set)
    ("The £2,384,327.09 that FELIX calculated Imperial is investing in these firms is just a fraction of its endowment.",
     None, []),
    # needed-sum (fifth blind set)
    ("This highlights a gap in funding for early-stage testing in humans, where approximately £10 million is needed to "
     "support the company prior to generating revenue.", None, []),
    # raised-from-sum: the sum after "from the" is where the raise came from (fifth blind set)
    ("A titan in the world of oil and gas, Saudi Aramco has raised $12bn from the $100bn received in orders for its "
     "bonds.", None, []),
    # a negated cue names no sum: "without having to undergo rights issues" (fifth blind set)
    ("The company has had a good track record so far, raising £14 million for Imperial last year and over £20 million "
     "in previous years without having to undergo rights issues since 2005.", None, []),
    # new-entity and new-entity-after (fifth blind set)
    ("With this investment Microsoft is thinking big, securing a 17.6 percent stake in the new company valued at a "
     "whopping $1.7 billion.", None, []),
    ("The Windows maker will form a yet-to-be-named subsidiary with Barnes & Noble, pouring a cool $300 million of its "
     "own money into the new entity.", None, []),
    # stake-then-valued: the participle after the stake's company values the stake (fifth blind set)
    ("Nikkei said earlier this week that Sharp will take a stake of just over 30 percent in eLux, valued at $7 million, "
     "in exchange for related patents.", None, []),
    # "its" before the sum: the organisation named before it in its sentence (fifth blind set)
    ("Saudi Arabia's Crown Prince Mohammed bin Salman wants more. An eagerly awaited initial public offering (IPO) of a "
     "5% stake in Aramco was delayed indefinitely last year, after disagreements surrounding its $2tn valuation.", None,
     [_v("Aramco", 2e12)]),
    # market size and yearly-rate (sixth blind set)
    ("Home improvement, Thumbtack's biggest category, is a lucrative and highly fragmented market worth well over $500 "
     "million annually in the United States.", None, []),
    ("Analysts said the platform is worth $2 billion a year to its owner.", None, []),
    # values-a-thing: the valued object is an asset; a company told by a noun stays valued (sixth blind set, blind4)
    ("County records value his smelter at 60 million yuan ($9 million).", None, []),
    ("Snowflake raised £2.5billion in New York this week, valuing the enterprise at £23billion.", None,
     [_i(None, "Snowflake", 2.5e9, "GBP"), _v("Snowflake", 23e9, "GBP")]),
    # milestone (sixth blind set)
    ("In February of this year the business hit the £200m mark and in June hit £250m and has now surpassed its "
     "funding target for 2016.", None, []),
    # face-value-after (sixth blind set)
    ("Syarikat Prasarana Negara Bhd has issued a 2 billion ringgit in nominal value sukuk murabahah.", None, []),
    # reached-level: a running total passing a level; a round that hits its size stays a round (sixth blind set)
    ("In June the lender hit £250m and has now surpassed its funding target for 2016.", None, []),
    ("Lumora's Series B round hit $50 million on Friday, the company said.", None, [_i(None, "Lumora", 5e7)]),
    # project-spending (sixth blind set)
    ("“Chinalco is building a new city of Morococha with an investment of $50 million,” according to the "
     "announcement.", None, []),
    # own-spending and own-spending-relative; a round of one's own stays (sixth blind set, dev2)
    ("Originally this note cited sources tossing out a figure of maybe $200 million that Schwab invested in its "
     "robo-effort.", None, []),
    ("Schwab invested $200 million in its robo-advice platform last year.", None, []),
    ("Chinese car-hailing app Didi Chuxing Technology Co has raised $7 billion in its latest fund raising effort.", None,
     [_i(None, "Didi Chuxing Technology Co", 7e9)]),
    # "their $X investment in GM": the target named after the sum; "their" names nobody (sixth blind set)
    ("Francis Gaskins, an IPO analyst, says it's likely that taxpayers will get back only about half their $50 billion "
     "investment in GM.", None, [_i(None, "GM", 5e10)]),
    # a descriptor then the name it is given; a year glued to the next sentence (sixth blind set)
    ("Cedars-Sinai created Summation Health Ventures in 2014.Even the American Medical Association earlier this year "
     "invested $15 million in a Silicon Valley innovation company called Health2047.", None,
     [_i("American Medical Association", "Health2047", 1.5e7)]),
    # --- seventh blind set (BBC and Reuters business news) ---
    # fund-total: a fund's size and its parts
    ("Son said the company has completed commitments to 51 Internet startup companies from its venture capital fund "
     "which totalled $350 million, including some $170 million from investment partners.", None, []),
    # traded-value
    ("Trading was brisk today at 102.9 million valued at C$1.76 billion ($1.3 billion).", None, []),
    # facility and announced-spending
    ("Less than four years after the new Mini was launched, German car maker BMW has announced £100m of new "
     "investment. Before Wednesday's announcement, BMW had invested some £280m in Mini production.", None, []),
    # an eventual IPO is not the sum's offering; "offering about $2bn" is a verb, a payment offered
    ("Home Network CEO Tom Jermoluk said the $48 million raised allows it to be selective in the timing of an "
     "eventual initial public offering (IPO).", None, []),
    ("The US firm is thought to be offering about $2bn (£1.06bn) to extricate itself from the arrangement.", None, []),
    # an adverb between a subject ending like a common word and its verb: "Boeing also will invest"
    ("Boeing also will invest up to $100 million in Teledesic.", None, [_i("Boeing", "Teledesic", 1e8)]),
    # a relative clause on a descriptor stands for the organisation named before; a participle set off after a name
    # describes that name (seventh blind set)
    ("Reliance Group acquired the government's 26% stake in IPCL in 2002. The Ambani family controls 48% of the "
     "group, which is worth $17bn (£9.1bn).", None, [_v("Reliance Group", 1.7e10)]),
    ("That would make it the second biggest British listed club, behind English champions Manchester United, valued "
     "at in excess of 400 million pounds.", None, [_v("Manchester United", 4e8, "GBP")]),
    # a capital injection told as a noun with its agent after the sum (seventh blind set); a receiving subject keeps
    # its own role (second blind set)
    ("Kestrel Life set for strong debut\n\nKestrel Life said the listing and last year's capital injection of A$1.1 "
     "billion by Axa marked the end of a tough four years.", None, [_i("Axa", "Kestrel Life", 1.1e9, "AUD")]),
    # contracts worth a sum are no company's value
    ("The Pentagon said it would examine eight other contracts worth $3bn.", None, []),
    # a bid values its target, the one just bought into, not the bidder
    ("Fosters bought 18.8% of Southcorp, the global winemaker, for 4.17 Australian dollars per share. A bid at that "
     "price would value the company at A$3.1bn ($2.4bn; £1.25bn).", None,
     [_v("Southcorp", 3.1e9, "AUD")]),
    # "The company" refers back: not to the investors named after it in its own sentence; an age opens no name
    # (sixth blind set)
    ("Six-year-old Thumbtack is building a war chest to fight the rising competition. His biggest challenge is keeping "
     "up with demand. The company announced on Tuesday that it had raised $125 million at a valuation of $1.3 billion "
     "from investors that included Baillie Gifford, Tiger Global, Sequoia Capital and Google Capital.", None,
     [_i(None, "Thumbtack", 1.25e8), _v("Thumbtack", 1.3e9)]),
]

# units and subsidiaries are their own companies; reported speech; a round told as a floor then a figure
COMPANIES: list[Row] = [
    ("BEIJING - Uber Technologies Inc's [UBER.UL] China unit boosted its valuation to $8 billion after it raised more "
     "than $1 billion in its latest funding round. Before the latest fundraising, Uber's China unit was valued at $7 "
     "billion. In September, Kalanick had said the unit had already raised $1.2 billion. A spokeswoman for Uber said "
     "the series had raised over $1.2 billion but declined to give an exact figure.", None,
     [_v("Uber Technologies Inc's China unit", 8e9), _v("Uber Technologies Inc's China unit", 7e9),
      _i(None, "Uber Technologies Inc's China unit", 1.2e9)]),
    # a unit introduced by an appositive is "the unit" later; "Rival" opening a sentence is no part of a name
    ("Ola Electric Mobility, the electric vehicle unit of ride-hailing firm Ola, said on Monday it had raised $200 "
     "million from Falcon Edge Capital, valuing the unit at $5 billion. The unit had raised $250 million from SoftBank "
     "Group Corp in 2019. Ola itself was last valued at $7.3 billion. Rival Ather Energy raised $128 million in May.",
     None, [_i("Falcon Edge Capital", "Ola Electric Mobility", 200e6), _v("Ola Electric Mobility", 5e9),
            _i("SoftBank Group Corp", "Ola Electric Mobility", 250e6), _v("Ola", 7.3e9),
            _i(None, "Ather Energy", 128e6)]),
    # a name then its abbreviation: one fact told twice is one row
    ("Jubilant Foodworks Ltd (JFL) said it will invest Rs 92 crore into Barbeque-Nation Hospitality Ltd (BNHL). The "
     "company said it will invest Rs 92 crore for acquiring the stake in BNHL.", None,
     [_i("Jubilant Foodworks Ltd", "Barbeque-Nation Hospitality Ltd", 92e7, "INR")]),
    # valuation-to: the value's own change verb carries the sum
    ("Early last year Nuro raised $940 million from SoftBank and the valuation doubled from that last funding round "
     "to $5 billion.", None,
     [_i("SoftBank", "Nuro", 940e6), _v("Nuro", 5e9)]),
    # relation descriptor: "the Alibaba affiliate" is the affiliate the article introduced
    ("Alibaba Group Holding Ltd's (BABA.N) affiliate Ant Financial has bought a fifth of Shanghai Suntime. The "
     "Alibaba affiliate closed a $4.5 billion funding round in April.", None,
     [_i(None, "Ant Financial", 4.5e9)]),
    # an appositive whose closing comma is missing does not make its object the subject
    ("Earlier this year Waymo, the self-driving unit of Alphabet Inc raised $3 billion.", None, [_i(None, "Waymo", 3e9)]),
    # a place after a preposition is no antecedent for "It"
    ("Palantir was founded in 2003. Founded in Palo Alto, California in 2003, the company recently moved its "
     "headquarters to Denver. It is one of the most heavily funded private companies, having raised at least $2.6 "
     "billion in known investment.", None, [_i(None, "Palantir", 2.6e9, qualifier="at_least")]),
    # a sentence-opening word that begins a descriptor is not a name
    ("Data and analytics software company Palantir is reportedly expecting to fetch a market valuation of around $22 "
     "billion after it completes a public market debut.", None, [_v("Palantir", 22e9, qualifier="approx")]),
    # a newspaper cited as a source is not the company valued
    ("Tier's existing investors also are participating in today's funding round. Consistent with the Financial Times, "
     "the corporate is now valued just below $1 billion.", None, None),
    # "the company" after a sentence whose only name sits in a modifier of likeness means the article's company (fifth
    # blind set, the headline naming it)
    ("Aston Martin lists on LSE. The iconic British marque synonymous with James Bond debuted on the London Stock "
     "Exchange. The shares were priced at £19, valuing the company at £4.3bn.", None, [_v("Aston Martin", 4.3e9, "GBP")]),
]

# a holding's value is an investment by its holder in the company
STAKE_VALUES: list[Row] = [
    ("Warren Buffett's Berkshire Hathaway Inc (BRKa.N) revealed a more than $1 billion stake in Apple Inc (AAPL.O) in "
     "a rare foray into the technology sector.", None,
     [_i("Berkshire Hathaway Inc", "Apple Inc", 1e9, qualifier="at_least")]),
    ("Berkshire's largest technology bet has been Buffett's roughly $12.1 billion stake in International Business "
     "Machines Corp, itself now more than $1.6 billion in the red.", None,
     [_i("Buffett", "International Business Machines Corp", 12.1e9, qualifier="approx")]),
    ("Berkshire exited what had been a $1.6 billion stake in AT&T.", None, []),
    # "unveiled a $1 billion investment in X": the subject invests; an executive by bare title acts for his company
    ("In April, Apple said quarterly revenue declined. Chief Executive Tim Cook is looking to develop other "
     "technologies for the Cupertino, California-based company, and last week unveiled a $1 billion investment in "
     "Chinese ride-hailing service Didi Chuxing.", None, [_i("Apple", "Didi Chuxing", 1e9)]),
    ("Ironwood Capital has made a $75 million investment in Shoal Robotics.", None,
     [_i("Ironwood Capital", "Shoal Robotics", 75e6)]),
]

# a company's own announcement: "we" is the publisher, known from the headline or the site, never "We"
# (passage, title, url, expected)
FIRST_PERSON: list[tuple[str, str | None, str | None, list[dict]]] = [
    ("We have closed a $40M Series B at a $400M valuation, led by Foo Ventures.",
     "Acme Robotics raises $40M Series B", None,
     [_i(None, "Acme Robotics", 40e6), _v("Acme Robotics", 400e6)]),
    ("Today we are excited to announce our $12 million Series A led by Bar Capital. Acme Robotics builds arms.",
     "Announcing our Series A", "https://www.acmerobotics.com/blog/series-a",
     [_i(None, "Acme Robotics", 12e6)]),
    # a quoted speaker's "we" is not the publisher's
    ('"We raised $5 million last year," said the chief executive of Bar Capital.', "Acme Robotics raises $40M", None,
     []),
    # a first-person headline whose opening word is no name: "we" is the organisation the post is about (first blind
    # set, hard-wrapped Markdown as it stands)
    ("A month ago we announced that Vespa is finally\nits own company.\nToday we're announcing a $31 million\n"
     "investment from Blossom Capital.", "Announcing our series A funding", None, [_i("Blossom Capital", "Vespa", 31e6)]),
    # no headline name and no site name: nobody to stand for "we"
    ("We have closed a $40M Series B.", "Announcing our Series B", "https://medium.com/@someone/series-b", []),
]

# offerings said without "IPO", and a bid that values its target
OTHER_VOICES: list[Row] = [
    ("Aramco plans to sell a quarter of its shares to raise up to $300m, the company said.", None,
     [_o("Aramco", 300e6, qualifier="at_most")]),
    ("Deliveroo's flotation could raise £1bn when it lists in London next month.", None, [_o("Deliveroo", 1e9, "GBP")]),
    ("Puma floated on the Frankfurt exchange in a deal raising 500 million euros.", None, [_o("Puma", 500e6, "EUR")]),
    ("Qatar Sports Investments made a bid for Leeds United valuing the club at $1bn.", None, [_v("Leeds United", 1e9)]),
    ("Leeds United received a bid from Qatar Sports Investments valuing the club at $1bn.", None,
     [_v("Leeds United", 1e9)]),
    # an offer for sale (OFS) by a holder is an offering of the company's shares (first blind set, shortened)
    ("The government has sold its 10% stake or 2.5 crore equity shares in its railway engineering consultancy company, "
     "RITES Ltd through the Offer-For-Sale (OFS) route and has collected ₹729.44 crore.", None,
     [_o("RITES Ltd", 7.2944e9, "INR")]),
    # the gross proceeds of a share issue are its size; net proceeds put to a use are not (press-release style)
    ("Lumora Inc. (NASDAQ: LUMO) announced the pricing of its initial public offering of 5,000,000 shares, raising "
     "gross proceeds of $50 million.", None, [_o("Lumora Inc.", 50e6)]),
    ("Polyrizon has announced the closing of its initial public offering. Polyrizon secured aggregate gross proceeds of "
     "$4.2 million, prior to deducting underwriting discounts and offering expenses.", None, [_o("Polyrizon", 4.2e6)]),
    ("The company intends to use the net proceeds of $40 million for working capital.", None, []),
]

# written for this table in the styles of the unseen sources (press releases, finance digests, older wire copy),
# labelled before the extractor ran on them; the first-sight misses each became a rule
UNSEEN_STYLES: list[Row] = [
    # a press release's wire ("/PRNewswire/") is not a name
    ("SAN FRANCISCO, March 3, 2021 /PRNewswire/ -- Lattice, the people management platform, announced today that it "
     "has raised $175 million in a Series E round that values the company at $3 billion.", None,
     [_i(None, "Lattice", 175e6), _v("Lattice", 3e9)]),
    # the raising verb nearest the sum: the second clause's own subject
    ("Stripe raised $600 million at a $95 billion valuation; Klarna raised $639 million at $45.6 billion.", None,
     [_i(None, "Stripe", 600e6), _v("Stripe", 95e9), _i(None, "Klarna", 639e6), _v("Klarna", 45.6e9)]),
    # an active "values" values its object, not the bidder
    ("Kraft's bid values Cadbury at £11.5 billion.", None, [_v("Cadbury", 11.5e9, "GBP")]),
    ("The acquisition values Instagram at about $1 billion.", None, [_v("Instagram", 1e9, qualifier="approx")]),
    # changed-by: a move, not a level
    ("Alibaba's market value fell by $26 billion on Thursday.", None, []),
    ("Tencent lost $60 billion in market value in two days.", None, []),
    ("Deliveroo's shares fell 26% on their debut, wiping £2bn off its market value.", None, []),
    # "Hong Kong" is a place, whole; listing its shares is an offering, nobody's when the bank is unnamed
    ("The bank plans to list its shares in Hong Kong later this year, seeking to raise about $1 billion.", None, []),
    ("Midland Bank plans to list its shares in Hong Kong later this year, seeking to raise about $1 billion.", None,
     [_o("Midland Bank", 1e9, qualifier="approx")]),
    # market totals, funds, managers' assets, averages
    ("Venture funding to fintech startups totalled $30 billion in the first quarter.", None, []),
    ("Global IPO proceeds reached $150 billion last year, the highest since 2007.", None, []),
    ("The fund, which manages $12 billion, bought shares of Yahoo.", None, []),
    ("Andreessen Horowitz closed a $4.5 billion crypto fund on Friday.", None, []),
    ("Each of the 200 employees invested an average of $5,000 in the company's shares.", None, []),
    ("Vodafone agreed to buy Mannesmann in a deal valued at $180 billion.", None, []),
    ("Facebook agreed to buy Instagram for $1 billion in cash and stock.", None, []),
    # a fund named as a round's backer is not a fund's size; a running total; money under management
    ("Fintech startup Zeta raised $250 million from SoftBank Vision Fund 2 at a $1.45 billion valuation.", None,
     [_i("SoftBank Vision Fund", "Zeta", 250e6), _v("Zeta", 1.45e9)]),
    ("Acme has now raised $50 million to date.", None, []),
    ("Tiger Global, which has $65 billion under management, led the round.", None, []),
    # a backer's part "in the round" is not the round's total, and the backer is not the company
    ("Accel invested $10 million in the round.", None, []),
    ("GIC and Temasek each put $100 million into the Indonesian ride-hailing firm Gojek.", None,
     [_i("GIC", "Gojek", 100e6), _i("Temasek", "Gojek", 100e6)]),
    ("- Orbita Labs: $110M Series C led by Foo Capital, valuing the satellite imaging company at $900M", None,
     [_i(None, "Orbita Labs", 110e6), _v("Orbita Labs", 900e6)]),
    ("The IPO, priced at $17 a share, raised $1.5 billion for Snap.", None, [_o("Snap", 1.5e9)]),
    ("ByteDance bought back $3 billion of shares from investors at a valuation of $300 billion.", None,
     [_v("ByteDance", 300e9)]),
    ("The company's employees sold $1 billion of shares to investors in a secondary sale.", None, []),
    # a possessive's relation noun introduces the company meant: the rival is valued, not the owner
    ("Helio's rival Voltstack was valued at $1.2 billion last year.", None, [_v("Voltstack", 1.2e9)]),
    # a company's short form is told at its fullest
    ("Helio Energy said on Tuesday it had raised $85 million. Helio could seek a valuation of more than $3 billion "
     "in a listing.", None, [_i(None, "Helio Energy", 85e6), _v("Helio Energy", 3e9, qualifier="at_least")]),
    # a relative clause describes the name before it
    ("Greylock previously backed Airbnb, which went public at a $47 billion valuation.", None,
     [_v("Airbnb", 47e9)]),
    # a digest: each item's label, a generic subject after ";" is the earlier clause's, the opening possessor owns
    # the sentence's round
    ("- Chime: $750 million Series G; valuation $25 billion.\n- Plaid's valuation more than doubled to $13.4 billion "
     "after a $425 million Series D.\n- Rippling raised $250 million; the company was valued at $11.25 billion.", None,
     [_i(None, "Chime", 750e6), _v("Chime", 25e9), _v("Plaid", 13.4e9), _i(None, "Plaid", 425e6),
      _i(None, "Rippling", 250e6), _v("Rippling", 11.25e9)]),
    ("In total, fintech startups raised $12.5 billion this week, up from $9 billion the week before.", None, []),
    # money paid for a stake in the company is an investment; "a deal that values the Chinese firm" values the
    # company of the stake; a seller named makes it a sale between holders
    ("Yahoo Inc. said on Thursday it would pay $1 billion for a 40 percent stake in Alibaba.com, China's largest "
     "online commerce company, in a deal that values the Chinese firm at about $4 billion.", None,
     [_i("Yahoo Inc.", "Alibaba.com", 1e9), _v("Alibaba.com", 4e9, qualifier="approx")]),
    ("Tencent will pay $400 million for a 5 percent stake in Spotify from Sony Music.", None, []),
    ("Analysts said the deal could help Yahoo compete with eBay, which paid $180 million for EachNet in 2003.", None,
     []),
    # "X led a $1.1 billion investment in Y": Y's round, its leader one backer of many
    ("Alibaba led a $1.1 billion investment in Indonesian e-commerce firm Tokopedia.", None,
     [_i(None, "Tokopedia", 1.1e9)]),
    # a descriptor as the object means the company named before, not the investor
    ("Volkswagen, which owns 20% of Northvolt, invested a further $500 million in the battery maker.", None,
     [_i("Volkswagen", "Northvolt", 500e6)]),
    # a raising verb after a comma belongs to another clause, not to the sum before it
    ("Byju's, valued at $22 billion, raised $250 million from Qatar Investment Authority.", None,
     [_v("Byju", 22e9), _i("Qatar Investment Authority", "Byju", 250e6)]),
    # older wire copy: an offering "valued at" is the offering's size; the unit spun off goes public; the worth of a
    # percentage of a firm is a holding's value; money into a class of companies is nobody's round
    ("AT&T Corp. plans to spin off its Lucent Technologies unit in an initial public offering valued at about $3 "
     "billion.", None, [_o("Lucent Technologies", 3e9, qualifier="approx")]),
    ("Goldman Sachs Group Inc.'s initial public offering of 55 million shares raised $3.66 billion. The offering "
     "values Goldman at about $33 billion.", None,
     [_o("Goldman Sachs Group Inc.", 3.66e9), _v("Goldman Sachs Group Inc.", 33e9, qualifier="approx")]),
    ("Goldman's partners will retain 48 percent of the firm, worth about $16 billion.", None, []),
    ("Investors have poured $5 billion into Internet start-ups this year, according to VentureOne.", None, []),
    ("Microsoft Corp said on Wednesday it would buy a $150 million stake in Apple Computer Inc.", None,
     [_i("Microsoft Corp", "Apple Computer Inc.", 150e6)]),
    # a possessive company name that is also a descriptor word ("Arm") is a name
    ("Arm's IPO valued the chip designer at $54.5 billion.", None, [_v("Arm", 54.5e9)]),
    ("Rivian priced its IPO at $78 a share, raising $11.9 billion.", None, [_o("Rivian", 11.9e9)]),
    ("Proceeds from the IPO will be used to repay $500 million of debt.", None, []),
    # a backer's part "into the round" goes to the company whose round the article is telling
    ("Sorrel Health has raised $40 million in a Series B round led by Greyline Partners. Greyline put $25 million into "
     "the round, with the rest coming from existing backers.", None,
     [_i(None, "Sorrel Health", 40e6), _i("Greyline Partners", "Sorrel Health", 25e6)]),
    # the plain constructions stay records
    ("Microsoft Corp. said it will invest $240 million in Facebook Inc. for a 1.6 percent stake, valuing the social "
     "networking site at $15 billion.", None,
     [_i("Microsoft Corp.", "Facebook Inc.", 240e6), _v("Facebook Inc.", 15e9)]),
    ("Coupang's IPO raised $4.6 billion, valuing the company at more than $60 billion.", None,
     [_o("Coupang", 4.6e9), _v("Coupang", 60e9, qualifier="at_least")]),
    ("Tesla's market capitalisation topped $1 trillion on Monday.", None, [_v("Tesla", 1e12)]),
    ("Amazon's $700 million investment in Rivian gave it a 20% stake.", None, [_i("Amazon", "Rivian", 700e6)]),
    ("Paytm's parent One97 Communications raised Rs 18,300 crore through its IPO.", None,
     [_o("One97 Communications", 183e9, "INR")]),
    # a press release's dateline (place, wire, date, dash) is no party to the news (third blind set, shortened)
    ("Stuttgart, Germany – July 17, 2025 – Q.ANT, a pioneer in photonic processing, today announced a €62 million "
     "Series A financing round.", None, [_i(None, "Q.ANT", 62e6, "EUR")]),
    ("Fukuoka, Japan/New York, United States – July 1st 2025 – FELIQS Corporation (“FELIQS”), a biotechnology company, "
     "today announced the successful completion of a $9 million Series A funding round.", None,
     [_i(None, "FELIQS Corporation", 9e6)]),
    ("NEW YORK, July 1, 2025 /PRNewswire/ -- Lumora Inc., a maker of widgets, today announced a $20 million Series A "
     "financing round.", None, [_i(None, "Lumora Inc.", 20e6)]),
    ("InvestorNewsBreaks – Polyrizon Ltd. (NASDAQ: PLRZ) Secures $4.2M in Initial Public Offering", None,
     [_o("Polyrizon Ltd.", 4.2e6)]),
    # the investment noun after the sum names its investee; the clause's subject invests (third blind set)
    ("Amid that terribleness, Son made what would become his most legendary bet: a $20 million investment in Alibaba "
     "in 2000.", None, [_i("Son", "Alibaba", 20e6)]),
    # a place's possessive before the investee only qualifies it
    ("SoftBank made a $200 million investment in India's Paytm.", None, [_i("SoftBank", "Paytm", 200e6)]),
    # "it" is never a person nor a source named after it (third blind set, shortened)
    ("Cluely has raised a $15 million Series A. The startup was founded by Roy Lee and Neel Shanmugam. Cluely’s new "
     "funding comes roughly two months after it raised $5.3 million in seed funding co-led by Abstract Ventures and "
     "Susa Ventures.", None, [_i(None, "Cluely", 15e6), _i(None, "Cluely", 5.3e6)]),
    ("Popular AI gateway maker OpenRouter has raised a $113 million Series B. This is a hefty increase from the "
     "valuation it hit a year ago, "
     "per PitchBook, after raising $40 million in Series A funding in June 2025.", None,
     [_i(None, "OpenRouter", 113e6), _i(None, "OpenRouter", 40e6)]),
    # the state told by its kind as the clause's subject invests (third blind set)
    ("The company said in a press release that the government will \"make an $8.9 billion investment in Intel common "
     "stock.\"", None, [_i("government", "Intel", 8.9e9)]),
    ("The German government will invest $1 billion in Lufthansa.", None, [_i("German government", "Lufthansa", 1e9)]),
    # an opening condition's subject is not the issuer; a market strategist is a voice, not an issuer
    ("Polyrizon closed its initial public offering. If Aegis exercises the option in full, the total gross proceeds of "
     "the offering including the overallotment are expected to be approximately $4.82 million.", None, []),
    ("SpaceX expects its IPO to raise $74.4 billion. Matthew Kennedy, a senior IPO market strategist at Renaissance "
     "Capital, told The Times that raising $74.4 billion would be more than every US IPO combined.", None,
     [_o("SpaceX", 74.4e9)]),
    # a listed company's private placement is a share issue too; an unlisted one's is a round only
    ("Femto Technologies Inc. Announces $17 Million Private Placement. Femto Technologies Inc. (Nasdaq: BCAN) is a "
     "FemTech pioneer.", None, [_i(None, "Femto Technologies Inc.", 17e6), _o("Femto Technologies Inc.", 17e6)]),
    ("Lumora Inc. Announces $17 Million Private Placement.", None, [_i(None, "Lumora Inc.", 17e6)]),
    # one named backer among several ("and other investors", "and iSon Group", "a group of HNIs"): nobody's alone
    # (second blind set, shortened)
    ("* CASHe, a personal lending firm raises ₹25 Cr in its Series-A round from Mathew Cyriac(Fmr Blackstone PE) and "
     "other investors.", None, [_i(None, "CASHe", 2.5e8, "INR")]),
    ("* Golflan, an online golf community raises $1 Million(₹6,67 Cr) from Yournest and iSon Group from Africa.", None,
     [_i(None, "Golflan", 1e6)]),
    ("* Jhakas, a company enabling local businesses to go online, has raised ₹1 Cr from a group of HNIs.", None,
     [_i(None, "Jhakas", 1e7, "INR")]),
    ("* Rivigo, a Gurugram based logistic platform raised $75 Million(₹500 Cr) from Warburg Pincus.", None,
     [_i("Warburg Pincus", "Rivigo", 75e6)]),
    # backers told after the sum (second blind set, shortened): a descriptor then its name, a possessor's fund, "by its
    # parent, X"; "from its existing investors" names nobody
    ("* Cult, a fitness startup raised $3 Million(₹ 20.1 Cr) from another startup, CureFit, which is yet in its "
     "ideation stage and has already raised $15 Million(₹ 100 Cr).", None,
     [_i("CureFit", "Cult", 3e6), _i(None, "CureFit", 15e6)]),
    ("* Oriano Solar, a construction company for solar power plants, to raise ₹20 Cr from SIDBI Venture's Samridhi "
     "fund.", None, [_i("SIDBI Venture", "Oriano Solar", 2e8, "INR")]),
    ("* Freecharge receives a much needed capital infusion of ₹22 Cr by its parent, Jaspers Infotech[ETTech]", None,
     [_i("Jaspers Infotech", "Freecharge", 2.2e8, "INR")]),
    ("* Urban Ladder raises ₹102 Cr from its existing investors.", None, [_i(None, "Urban Ladder", 1.02e9, "INR")]),
    # "secures" raises like "secured"; debt mixed with equity is funding (debt alone is not)
    ("* Impact Analytics, an analytical solutions company, secures $750K from Aarin Capital and other.", None,
     [_i(None, "Impact Analytics", 7.5e5)]),
    ("* Furlenco, an online furniture rental platform raised ₹200 Cr in debt & equity funding from Lightbox and Axis "
     "Capital Partners.", None, [_i(None, "Furlenco", 2e9, "INR")]),
    ("Acme raised $200 million in debt from banks.", None, []),
    # a lower-case appositive left open up to the verb hides the names inside it (second blind set)
    ("* MPower, a fin-tech company providing loans to students pursuing Higher Education has raised $6 million(approx. "
     "₹40 Cr) from Zephyr Peacock PE fund to set up base in India.", None,
     [_i("Zephyr Peacock PE", "MPower", 6e6)]),
    # a wire dateline with the wire in brackets after the date
    ("MELBOURNE, Australia, Feb. 10, 2025 (GLOBE NEWSWIRE) — Lumora Bio, a clinical-stage pharmaceutical company, "
     "announces today it has received a US$5 million investment from Flu Lab.", None,
     [_i("Flu Lab", "Lumora Bio", 5e6)]),
    # a stake's value told with the relative clause of who took it (third blind set, shortened)
    ("Nvidia sold its entire Arm stake. The $1 billion stake in Finnish telco Nokia that the company added to its "
     "portfolio was first announced in October.", None, [_i("Nvidia", "Nokia", 1e9)]),
    # a reported clause about the round the article tells belongs to the article's company (third blind set)
    ("Perplexity reportedly raised $200M. Bloomberg reported that the July financing was an extension of a previous "
     "$500 million round completed earlier this year.", None,
     [_i(None, "Perplexity", 200e6), _i(None, "Perplexity", 500e6)]),
    # names qualifying the noun that closes an appositive are no subjects (third blind set, shortened)
    ("MINNEAPOLIS, Minn. - (NewMediaWire) - October 1, 2024 - Roy, a sports tech company reshaping the Name, Image, "
     "and Likeness (NIL) landscape, is excited to announce the completion of a $2 million seed funding round.", None,
     [_i(None, "Roy", 2e6)]),
    # newsroom verbs for raising; a compared sum "for" another company is that company's (first blind set)
    ("OpenAI picked up $6.6 billion, versus $10 billion for Databricks.", None,
     [_i(None, "OpenAI", 6.6e9), _i(None, "Databricks", 10e9)]),
    ("AI data analyst startup Julius nabs $10M seed round", None, [_i(None, "Julius", 10e6)]),
    ("Yahoo spin-out Vespa lands $31M investment from Blossom", None, [_i("Blossom", "Vespa", 31e6)]),
    ("Acme landed a $50 million contract with the Army.", None, []),
    # the possessor of an investment (not of a round) invests (second blind set, shortened)
    ("InMobi became a unicorn. This profile captured InMobi following SoftBank's $200 million investment catapulting it "
     "to unicorn status.", None, [_i("SoftBank", "InMobi", 200e6)]),
    ("Plaid's $425 million Series D closed in April.", None, [_i(None, "Plaid", 425e6)]),
    # a stop inside a short bracket does not cut the sentence (second blind set)
    ("* CreditMate, a fin-tech company, raised $500K(aprrox. ₹3.33 Cr) from India Quotient fund.", None,
     [_i("India Quotient", "CreditMate", 5e5)]),
]


# people's wealth and pay, the value of holdings, and money that is not put into a company (fourth blind set, issue 9):
# shortened real sentences, names kept where the person matters to the rule, each row one class of English
NOT_A_RECORD_BLIND4: list[Row] = [
    # a person's worth is wealth: told with "who", or of a name the article gives as a person's
    ("Former boss Mike Lynch, who is worth an estimated £469million, and other executives went on to make a fortune.",
     None, []),
    ("The record gain went to a billionaire, as China's Zhong Shanshan added more than £23billion to his fortune. The "
     "entrepreneur listed shares in his company Nongfu Spring. Shanshan is now worth £39billion.", None, []),
    ("But Neil Wilson, chief analyst at Markets.com, said the founder is due a bumper £700m payout.", None, []),
    # a company's worth stays a valuation
    ("Tech giant: Oracle, founded in 1977, is worth around £133bn.", None, [_v("Oracle", 133e9, "GBP")]),
    # pay: a golden hello, a payout, a bonus
    ("Pearson agreed to give Andy Bird, 56, a 'golden hello' worth £7million.", None, []),
    ("At the same time, the listing is expected to set up boss Matthew Moulding for a potential £700m payout.", None,
     []),
    ("The founder, Matthew Moulding, is set to bag a £700m bonus if the company's value rises.", None, []),
    # the value of a holding, however the holding is told
    ("Daniel Kretinsky has built up a 3.05 per cent stake in the supermarket giant worth £130million.", None, []),
    ("Blackstone formed a joint venture with British Land for Broadgate, with its 50 per cent stake valued at around "
     "£1billion.", None, []),
    ("Sir Terry Leahy sold shares during the flotation. His remaining 13.6m shares are now worth £85million.", None, []),
    ("Samsung agreed to buy new shares worth 3 billion yuan in BYD.", None, [_i("Samsung", "BYD", 3e9, "CNY")]),
    # assets an acquirer has its eye on, in the plural, are not a company's value
    ("It also has its eye on more song collections that are worth around £1billion.", None, []),
    # a pension funding shortfall
    ("And G4S is hampered by a £276million funding shortfall in its pension fund, Garda World said.", None, []),
    # an illustrative return on a share
    ("Anyone who had £1,000 invested in the company in January would now be sitting on £5,410.", None, []),
    # a company's own spending pledge, told with its purpose or as "our investment" with no investee
    ("The plan includes a Climate Innovation Fund, which will invest US$1 billion over the next four years to speed up "
     "the development of carbon removal technology.", None, []),
    ("Google: Here's how our $10bn investment will boost US cybersecurity", None, []),
    # public money is a grant
    ("Back in 2017, QLabs picked up AU$3.26 million in funding from the Australian Department of Defence.", None, []),
    # cash held
    ("AUCloud expects its pro-forma net cash position will increase to AU$41.5 million post-equity raising.", None,
     []),
    # a loss, and a company "led by" its boss (no round)
    ("It brought in revenues of £565m last year but still lost £441m. Yet the company, led by boss and co-founder Alex "
     "Karp, is betting on growth.", None, []),
]


# whose value or round it is: names that are no subject (fourth blind set, issue 9)
COMPANIES_BLIND4: list[Row] = [
    # a capitalised adjective said once before the plural noun it qualifies is no name
    ("The Hut Group floated. Eager traders added more than £1billion to its value, as its market capitalisation "
     "climbed from £5.4billion to £6.8billion.", None,
     [_v("Hut Group", 5.4e9, "GBP"), _v("Hut Group", 6.8e9, "GBP")]),
    # the agent of a participle ("led by X") is not the clause's subject nor what "its" stands for
    ("Klarna is a payments firm. A new fundraising led by Silver Lake Partners led to its valuation surging to just "
     "over £8billion.", None, [_v("Klarna", 8e9, "GBP")]),
    # a ticker symbol is no other company
    ("Snowflake listed. It had priced shares at $120 under the ticker 'Snow', valuing it at £25billion.", None,
     [_v("Snowflake", 25e9, "GBP")]),
    # a pronoun's contraction is no name: the publisher says "we"
    ("We've raised $60M to create a magical tool.", None, []),
    # a relative clause with commas of its own hides its names from the main clause
    ("Rubrik makes backup software. The company, which competes with Dell EMC, Commvault and other storage and backup "
     "companies, was valued at $3.3 billion in 2019.", None, [_v("Rubrik", 3.3e9)]),
]


# a company whose shares trade raising money with no round and no backer told issues shares (fourth blind set)
LISTED_RAISES_BLIND4: list[Row] = [
    ("Hipgnosis placed 5m shares for 116p each last year. Hipgnosis wants to raise £250m so it can go on a spending "
     "spree.", None, [_o("Hipgnosis", 250e6, "GBP")]),
    ("Saga shares fell to 19p a share. Angry small shareholders have criticised Saga's plans to raise a £150m "
     "lifeline.", None, [_o("Saga", 150e6, "GBP")]),
    # "the owner of X ... as it secured": "it" is the owner, not the name it owns
    ("IAG shares fell to 100p a share. The owner of British Airways faced a shareholder revolt over boardroom pay as "
     "it secured a £2.5billion lifeline to help it survive.", None, [_o("IAG", 2.5e9, "GBP")]),
    # a new-equity noun says it without the share price
    ("NextDC takes one-fifth stake in AUCloud during $35m capital raising", None, [_o("AUCloud", 35e6)]),
    # shares placed with a named buyer are its investment in the issuer, not the issuer's offering
    ("AUCloud said it will raise the total by issuing new shares at AU$0.50 per share, which will also include a "
     "placement to NextDC of approximately AU$12.4 million.", None, [_i("NextDC", "AUCloud", 12.4e6, "AUD")]),
    ("NextDC's placement in AUCloud will be approximately $12.4 million.", None, [_i("NextDC", "AUCloud", 12.4e6)]),
    # a private round stays an investment, share price or not
    ("Acme shares trade at 20p a share. Plover raised £5m in a seed round.", None, [_i(None, "Plover", 5e6, "GBP")]),
]


# a market value's move and the value a listing puts on a company (fourth blind set)
LISTING_VALUES_BLIND4: list[Row] = [
    # a site's name closing a headline after "|" is no company for "the company's" to mean
    ("# 1Password raises $620 million in latest funding round | ZDNet\n### The funding round raised the company's "
     "valuation to $6.8 billion.", None, [_i(None, "1Password", 620e6), _v("1Password", 6.8e9)]),
    # "see its market cap plunge from X since its listing to Y": both levels are valuations; "since its listing" is a
    # time, not an issue
    ("Aston Martin has seen its market cap plunge from £4.3billion since its listing to just £1billion.", None,
     [_v("Aston Martin", 4.3e9, "GBP"), _v("Aston Martin", 1e9, "GBP")]),
    # "list on the stock market for £X" values the company
    ("A roster of big-name investors has backed The Hut Group as it plans to list on the stock market for "
     "£4.5billion.", None, [_v("Hut Group", 4.5e9, "GBP")]),
    # an opening participle naming the source is no subject
    ("First reported by CNN, the partnership will see Moody's invest $250 million in BitSight.", None,
     [_i("Moody's", "BitSight", 250e6)]),
    # a person the article names most is not what "the company" means (a title inside the name tells a person)
    ("Financier Lord Spencer leads fintech fundraiser. Financier Lord Spencer has doubled down on his investment. The "
     "former treasurer is backing Plover Capital Markets (PCM), a London-based firm. Lord Spencer is a grandee. He "
     "had already invested in the company's first £2.5m seed fundraising personally.", None,
     [_i(None, "Plover Capital Markets", 2.5e6, "GBP")]),
    # British usage: the size of a float or listing is the value it puts on the company; a float "of" a name is its
    ("The Hut Group unveils plans for £4.5bn float", None, [_v("Hut Group", 4.5e9, "GBP")]),
    ("Palantir lifted the veil ahead of its £15billion stock market listing.", None, [_v("Palantir", 15e9, "GBP")]),
    ("Other deals included software giant Aveva's takeover of Osisoft and the £23billion float of Chinese giant Ant "
     "Financial.", None, [_v("Ant Financial", 23e9, "GBP")]),
    # names joined before a descriptor both qualify it: the name after the descriptor is the company
    ("Coppa Club and Tavolino owner Various Eateries announced plans to float on the junior market, hoping to raise up "
     "to £25million.", None, [_o("Various Eateries", 25e6, "GBP")]),
]


# a company's own blog post: the author the site's host spells is who says "we" (fourth blind set):
# (passage, title, url, author, expected)
AUTHOR_PUBLISHER_BLIND4 = [
    ("We raised $250M to scale capable and efficient general purpose AI.", "We raised $250M",
     "https://www.liquid.ai/blog/we-raised-250m", "Liquid AI", [_i(None, "Liquid AI", 250e6)]),
    ("Today, we're excited to share that fal has raised a $140M Series D.", "Our Series D: Scaling fal",
     "https://blog.fal.ai/our-series-d-scaling-fal/", "fal", [_i(None, "fal", 140e6)]),
]


# issue 9, precision on unseen text (BBC business stories, 2004-05): money near an investment word that is no one's
# investment, one row per class of English; and the records the same classes must keep
UNSEEN_BBC: list[Row] = [
    # the word only qualifies a kind of firm (cues.INVESTMENT: "investment bank")
    ("A former executive at the London offices of Merrill Lynch has lost her £7.5m ($14.6m) sex discrimination case "
     "against the US investment bank.", None, []),
    # a measure's level after "rose ... to" (NOT_DEAL changed-to), the compound "investment bank" aside
    ("Earnings at Barclays Capital investment bank rose 25% to £1.04bn, but investment in branch operations held back "
     "growth in its UK retail business.", None, []),
    # savings held (NOT_DEAL held-investments)
    ("\"If a person has 10 billion lira in investments this will suddenly decrease,\" shop owner Hayriye Evren told "
     "Associated Press.", None, []),
    # a country's inflow (NOT_DEAL inward-investment)
    ("Income and corporate taxes will be cut next year in order to attract $15bn of foreign investment over the next "
     "three years.", None, []),
    # a bare money noun: no target, possessor, round, backer or raise (investments._bare_noun)
    ("Maldives spokesman Ahmed Shaheed said the damage was severe. Shaheed noted that investment in a single tourist "
     "resort - the economic mainstay - could run to $40m.", None, []),
    # (a plural opening the sentence whose singular the article writes in lower case is no name: context.py)
    ("Growers want a marketing effort. Efforts to promote French wine abroad are to be boosted by an extra 3.5m euros "
     "in funding.", None, []),
    # a person raising money is no company taking investment
    ("Chancellor Gordon Brown faces a gap, Deloitte said. Gordon Brown will need to raise about $10bn a year in order "
     "to sustain the public finances in the short term, the firm claims.", None, []),
    # spending on facilities, works, improvements (investments._ASSET_BARE, _WORKS_AFTER)
    ("The Telegraph Group says the cuts are needed to fund an £150m investment in new printing facilities.", None, []),
    ("Fairmont said it planned to invest $48m (£26m) in renovating parts of the Savoy including the River Room.", None,
     []),
    ("The government has rejected the 60% rise and wants Aguas Argentinas to make an annual investment of 400m pesos "
     "($136m; £72.3m) in improvements.", None, []),
    # a venture yet to be formed, its start-up outlay (NOT_DEAL project-spending)
    ("Meanwhile, France's Snecma has also said it plans a joint venture with HAL to make engine parts, with an initial "
     "investment of $6.5m.", None, []),
    # credits (cues.DEBT_AFTER), a payment (NOT_DEAL payment), liabilities (balance-sheet), sale proceeds, a bailout of
    # a counted part of a class of banks (plural-object)
    ("The deal sees Rosneft receive $6bn in credits from China's CNPC.", None, []),
    ("The firm, which is to receive a payment from Chelsea of £24.5m, said it is \"appraising a number of additional "
     "investment opportunities as a result of this compensation\".", None, []),
    ("China Aviation Oil has offered to repay creditors. With assets of $200m and liabilities totalling $648m, it needs "
     "creditors' backing for the offer to avoid going into bankruptcy.", None, []),
    ("Sales of stakes in firms including Russia's OAO Mobile Telesystems raised 1.17bn euros.", None, []),
    ("The Chinese government has already pumped $45bn (£24bn) into two of its largest banks, and has identified ICBC as "
     "a recipient of aid.", None, []),
    ("The Chinese government has already pumped $45bn into its largest banks, and has identified ICBC as a recipient "
     "of aid.", None, []),
    # a class noun in a name is one company (plural-object reads the class in lower case only)
    ("Sequoia invested $45m into Acme Ventures, the online lender.", None, [_i("Sequoia", "Acme Ventures", 45e6)]),
    # a need (NOT_DEAL needed-injection)
    ("Stephen Schechter, a UK investment banker who has held talks with Borussia Dortmund over a possible bond sale, "
     "said the club needs a capital injection of 35m euros.", None, []),
    # a money noun not told with the sum (investments._bare_noun): a running total (sixth blind set); but the sum's own
    # noun, told with it, keeps the record
    ("The latest funding brings Thumbtack's total backing to $273.2 million.", None, []),
    ("Acme announced $5m in funding.", None, [_i(None, "Acme", 5e6)]),
    ("Acme welcomed a $15m investment on Monday.", None, [_i(None, "Acme", 15e6)]),
    # the same classes told otherwise (paraphrased): aid, a plant, a need, a person's pledge
    ("Airbus has secured 1bn euros in launch aid from European governments.", None, []),
    ("Ford plans a $1bn investment in new engine plants.", None, []),
    ("Alitalia requires fresh investment of 1bn euros to survive.", None, []),
    ("President Bush has promised $350m in funding for tsunami relief.", None, []),
    ("SAIC's long-awaited £1bn ($1.9bn) investment in MG Rover collapsed.", None,
     [_i("SAIC", "MG Rover", 1e9, "GBP")]),
    # money a company puts into a country goes to its unit there when the article names it "<company> <country>"
    # (eighth blind set); with no such unit named it is a country-level plan, no record
    ("Amazon has infused fresh ₹2,010 crore capital in India, making it the single largest investment made by the "
     "e-commerce major in the country. \"We'll invest what it takes,\" said Amazon India.", None,
     [_i("Amazon", "Amazon India", 2.01e10, "INR")]),
    ("Amazon has infused fresh ₹2,010 crore capital in India, making it the single largest investment made by the "
     "e-commerce major in the country.", None, []),
    # proceeds of a state's share sale, told in the sale's relative clause; a gerund after the sum governs its own
    # object (eighth blind set)
    ("A floor price of ₹21.75 has been set for the sale which will help the government raise around ₹2,700 crore, "
     "NHPC said on Tuesday.", None, []),
    ("The matter relates to Cadbury India allegedly paying over ₹61 lakh to an agent to obtain \"outside assistance\" "
     "in securing licenses and approvals.", None, []),
    # one sum said of each of several investors with "respectively" (paraphrased from the eighth blind set)
    ("Sequoia and Accel will invest $10 million in Acme respectively.", None,
     [_i("Sequoia", "Acme", 10e6), _i("Accel", "Acme", 10e6)]),
    # a sum sought from backers stays a record, as "seeking to raise $3 billion from investors" is in dev2's gold
    ("Mitsubishi Motors needs cash. Last month it said it was looking for a further 540bn yen ($5.2bn; £2.77bn) in "
     "fresh financial backing, half of it from other companies in the Mitsubishi group.", None,
     [_i(None, "Mitsubishi Motors", 540e9, "JPY")]),
    # a possessor whose sum an adjective qualifies is the investor (investments._possessor_qualified)
    ("Shanghai Automotive's proposed £1bn investment in Rover is awaiting approval by its owner, the Shanghai city "
     "government.", None, [_i("Shanghai Automotive", "Rover", 1e9, "GBP")]),
    # several backers, "among others": no one investor; "the company" is the organisation, not the person quoted
    ("According to Pat Ferguson, President of AMBO, work on the pipeline will begin in 2005. He added that the company "
     "had already raised about $900m from the Overseas Private Investment Corporation (OPIC) - a US development agency "
     "- the Eximbank and Credit Suisse First Boston, among others.", None, [_i(None, "AMBO", 900e6)]),
]
