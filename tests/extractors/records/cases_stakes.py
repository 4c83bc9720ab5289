"""Stake cases from the dev2 audit (issue 9): (passage, publication date or None, expected records).

Shortened real sentences; each row names the class of English it stands for. Same row shape as cases_records.py.
"""
from __future__ import annotations

from tests.extractors.records.cases_records import Row, _s

STAKES_DEV2: list[Row] = [
    # --- blind4 classes (names invented) ---
    # a possessive that owns another noun, the clause going on after a comma: the stake is the subject's
    ("Quantra Labs builds quantum keys. Banking heavyweight Westbury has also previously funded Quantra Labs' work, "
     "boasting a 16% stake in the company as a result.", None,
     [{"kind": "stakes", "holder": "Westbury", "company": "Quantra Labs", "percent": 16.0}]),
    # a share of something other than equity is no stake, however near a "held"
    ("Counsel for Larkspur Air told the court that four creditor meetings were held last week, with 100 per cent "
     "attendance and 100 per cent approval at three of them.", None, []),
    # a fraction of one thing ("of a $124 million bond offer") is not a stake in a company (fifth blind set)
    ("A filing on Tuesday showed that Moss is buying over half of a $124 million bond offer by SolarCo.", None, []),
    # a source cited with a capitalised "Per" is no party (fifth blind set)
    ("EMX Publishing is sold to Sonar. Per BBC, the remaining 10% is held by the estate of Michael Jackman.", None,
     [{"kind": "stakes", "holder": "Michael Jackman", "company": "EMX Publishing", "percent": 10.0}]),
    # a person told by "he"/"she" or by age, then a verb of holding: the person the text named last holds
    ("Dryfield boss Julian Dunmore bought more shares. He now owns 19.7 per cent of the retailer, which he co-founded "
     "in 2003.", None,
     [{"kind": "stakes", "holder": "Julian Dunmore", "company": "Dryfield", "percent": 19.7,
       "rule": "stakes:owns/he-she+salient"}]),
    ("Cake Tin founder Sukh Chandra sold shares. It is the first time Chandra has sold shares since the company "
     "floated in 2018, and he retains around 32 per cent of the shares.", None,
     [{"kind": "stakes", "holder": "Sukh Chandra", "company": "Cake Tin", "percent": 32.0}]),
    # a company named for its country and its trade keeps its country word
    ("In June, Brookvale paid £264million for a 7 per cent stake in British Land, which was then demoted.", None,
     [{"kind": "stakes", "holder": "Brookvale", "company": "British Land", "percent": 7.0},
      {"kind": "investments", "investor": "Brookvale", "company": "British Land", "amount": 2.64e8}]),
    # "X controls Y via a 48 percent stake": the verb's subject holds, its object is the company
    ('Alibaba "appears to control Cainiao via 48 percent stake and consolidates the results", Kynikos said.', None,
     [{"kind": "stakes", "holder": "Alibaba", "company": "Cainiao", "percent": 48.0,
       "rule": "stakes:stake/verb-subject+verb-object"}]),
    # a fraction of another holder's stake is not a stake; the stake it is a fraction of is
    ("Blackstone will pay 430 rupees per share for at least 84 percent of HP Enterprise Co's 60.5 percent stake in "
     "MphasiS, it said in a statement.", None,
     [{"kind": "stakes", "holder": "HP Enterprise Co", "company": "MphasiS", "percent": 60.5}]),
    ("Employees who hold vested stocks were eligible to sell up to 50 percent of their vested ESOP shares in the "
     "company.", None, []),
    # a change told as a fraction is not a level
    ("David Tepper's Appaloosa LP sold its stake in the first quarter, while Ray Dalio's Bridgewater Associates cut "
     "its stake by two-thirds.", None, []),
    # a level "already owned" before a total: the company is the one the same holder's total is of
    ("Together with the 13.51 percent stake already owned by Midea, the Chinese firm would hold a total of 76.38 "
     "percent of Kuka.", None,
     [{"kind": "stakes", "holder": "Midea", "company": "Kuka", "percent": 13.51},
      {"kind": "stakes", "holder": "Midea", "company": "Kuka", "percent": 76.38}]),
    # a ticker in brackets is no company for "the robotics firm" to refer to
    ("China's Midea Group Co Ltd (000333.SZ) said acceptances in its takeover offer for Germany's Kuka (KU2G.DE) as "
     "of 1600 GMT on Thursday would lift its holding in the robotics firm to 76.38 percent.", None,
     [{"kind": "stakes", "holder": "Midea Group Co Ltd", "company": "Kuka", "percent": 76.38}]),
    # the seller paid in the buyer's shares holds them
    ("Wal-Mart Stores Inc said on Monday it plans to sell its Chinese e-commerce business Yihaodian to Chinese online "
     "retailer JD.com Inc for a 5 percent equity stake in JD.com.", None,
     [{"kind": "stakes", "holder": "Wal-Mart Stores Inc", "company": "JD.com Inc", "percent": 5.0}]),
    # "ownership" is a stake word
    ("Line Corp plans an IPO in Tokyo. Naver's ownership will fall to as low as 80.8 percent after the offering.", None,
     [{"kind": "stakes", "holder": "Naver", "company": "Line Corp", "percent": 80.8}]),
    # the company carried from an earlier sentence about the same holder's stake
    ("Uber seeks partial sale of US$ 6.3 billion slice at Didi, sources say. One option is for SoftBank to team up "
     "with other investors to acquire a minority of Uber’s 15% stake, one person said.", None,
     [{"kind": "stakes", "holder": "Uber", "company": "Didi", "percent": 15.0}]),
    # an acronym defined in brackets is the same party: one fact, one row
    ("Jubilant Foodworks Ltd will acquire a 10.76 per cent stake in Barbeque-Nation Hospitality Ltd (BNHL). The "
     "company said it is acquiring the 10.76 per cent stake in BNHL.", None,
     [{"kind": "stakes", "holder": "Jubilant Foodworks Ltd", "company": "Barbeque-Nation Hospitality Ltd",
       "percent": 10.76}]),
    # a place in brackets inside a registered name is part of the name
    ("Alipay (Hong Kong) Holding Limited is also seeking an option to increase its stake in Ascend to 30 percent at a "
     "later date.", None,
     [{"kind": "stakes", "holder": "Alipay (Hong Kong) Holding Limited", "company": "Ascend", "percent": 30.0}]),
    # "shares held by X in Y": X holds, Y is the company; "Pte." does not end the sentence
    ("Reliance Industries Ltd (RIL) has entered into a definitive agreement to acquire 50% shares held by IMG "
     "Singapore Pte. Ltd in IMG-Reliance Ltd, for a cash consideration, the company said.", None,
     [{"kind": "stakes", "holder": "IMG Singapore Pte. Ltd", "company": "IMG-Reliance Ltd", "percent": 50.0}]),
    # an increment is not a level (invented example, the class is real)
    ("Orbis, which already owned 10 percent of Helix, bought another 5 percent, taking its total to 15 percent.", None,
     [{"kind": "stakes", "holder": "Orbis", "company": "Helix", "percent": 10.0},
      {"kind": "stakes", "holder": "Orbis", "company": "Helix", "percent": 15.0}]),
    # a name before a class of holders qualifies the class (invented example, the class is real)
    ("Stellantis will be 52% owned by PSA shareholders.", None,
     [{"kind": "stakes", "holder": "PSA shareholders", "company": "Stellantis", "percent": 52.0}]),
    # a stake without its company states nothing usable: no row
    ("The company has the option to convert up to 3.52 million of these shares, which would give it at most a 9.99 "
     "percent stake in the share class.", None, []),
    # blind audit (issue 9): a share of something that is not equity is no stake
    ("In truth, the Yahoo assets being sold are only about 10 percent of the value of the company, so the sale may "
     "not have been worth it.", None, []),
    # shares as the subject of "are worth": the value of a holding, not a valuation of the company
    ("The Alibaba shares being left behind in Remain Co. are worth about $28 billion, or six times the value of the "
     "cash Verizon is paying.", None, []),
    # an economy's projected gain is no company's value
    ("* Reduced trade costs of about 15.6% of trade value and real income gain of about US$220 billion", None, []),
    # "valuing it at" values what follows the verb, not the sum raised before it
    ("Freshdesk has till now raised a total of $149 million valuing it at $700 Million.", None,
     [{"kind": "valuations", "company": "Freshdesk", "amount": 700_000_000},
      {"kind": "investments", "company": "Freshdesk", "amount": 149_000_000}]),
    # "in lieu of a stake": the investor buys the stake, the company it invests in issues it
    ("In April, Facebook announced its plans to invest $5.7 billion in telecom operator Reliance Jio in lieu of a near "
     "10% stake.", None,
     [{"kind": "stakes", "holder": "Facebook", "company": "Reliance Jio", "percent": 10.0},
      {"kind": "investments", "investor": "Facebook", "company": "Reliance Jio", "amount": 5_700_000_000}]),
    # a participle opening the sentence before "by" is not a name
    ("Boosted by Softbank's entry in 2011, the Japanese company owns about 35 % of InMobi, according to reports.", None,
     [{"kind": "stakes", "company": "InMobi", "percent": 35.0}]),
    # a second stake verb joined by "and" without a subject of its own shares the first one's holder and company
    ("In 2018, Ant Financial invested $210 million in Zomato for 14.7 per cent stake and later raised the stake to 23 "
     "per cent.", None,
     [{"kind": "stakes", "holder": "Ant Financial", "company": "Zomato", "percent": 14.7},
      {"kind": "stakes", "holder": "Ant Financial", "company": "Zomato", "percent": 23.0},
      {"kind": "investments", "investor": "Ant Financial", "company": "Zomato", "amount": 210_000_000}]),
    # the price of an acquisition told as the value it puts on the target: the buyer is not valued, and a target
    # told only as "the company" is no one the structure names
    ("Under the deal Micro-Tech (NL) International, a unit of China's Micro-Tech (Nanjing) has acquired the majority "
     "stake in the company at an equivalent equity value of 72 million euros, the medical device company said.", None,
     []),
    # "up to" before a percentage caps the level; it is not a rise
    ("AION/TECH Solutions has agreed to acquire up to 54.34% stake in ETO Motors, which provides electric mobility as "
     "a service.", None,
     [{"kind": "stakes", "company": "ETO Motors", "percent": 54.34}]),
    # the holder's parent told in an appositive is not what "the ... company" refers back to
    ("Wirecard AG is negotiating with representatives of Alipay, a unit of Chinese e-commerce giant Alibaba, about it "
     "taking a stake of up to 25 percent in the German banking software company, a newspaper reported.", None,
     [{"kind": "stakes", "holder": "Alipay", "company": "Wirecard AG", "percent": 25.0}]),
    # a filing's "N shares in X, representing 3.1% of its issued share capital": the subject of "held" holds, "its" is
    # the company the shares are in
    ("EDA Group said a cornerstone investor had bought more of its shares on the open market, a Hong Kong bourse "
     "filing said. As of Monday, Feb. 10, Lemkins Group (Asia) held a total of 13,586,000 shares in the supply chain "
     "services provider, representing 3.1% of its issued share capital.", None,
     [{"kind": "stakes", "holder": "Lemkins Group", "company": "EDA Group", "percent": 3.1}]),
    # a person told by a role in an appositive is no company with a value; the structure names no other
    ("After several confabulations Son, the chief executive of SoftBank, agreed to invest $200 million catapulting "
     "Tewari's then four-year venture into instant stardom with a valuation of over $1 billion. Son's willingness to "
     "invest at over $1 billion valuation validated Indian startups.", None,
     []),
    # --- blind3 classes (names invented) ---
    # a holder told as "X's N-th biggest shareholder, with N%": the possessor is the company, the next clause's
    # holder keeps it
    ("Ashcombe is Norland Bank's third biggest shareholder, with 5.73%, with Kestrel Investment Management holding "
     "3.14%.", None,
     [{"kind": "stakes", "holder": "Ashcombe", "company": "Norland Bank", "percent": 5.73,
       "rule": "stakes:shareholder, with/possessive-shareholder"},
      {"kind": "stakes", "holder": "Kestrel Investment Management", "company": "Norland Bank", "percent": 3.14}]),
    ("Kestrel, Plovio's biggest investor, with 20%, backed the plan.", None,
     [{"kind": "stakes", "holder": "Kestrel", "company": "Plovio", "percent": 20.0}]),
    # a state told by its nationality holds, in an appositive or as the subject of a reported clause (not the speaker)
    ("The German government, Norland Bank's second-biggest shareholder with about 12.72% of shares, is also resistant "
     "to any tie-up.", None,
     [{"kind": "stakes", "holder": "German government", "company": "Norland Bank", "percent": 12.72}]),
    ("President Donald Trump says the US government is taking a 10 percent stake in chip maker Veltrix.", None,
     [{"kind": "stakes", "holder": "US government", "company": "Veltrix", "percent": 10.0,
       "rule": "stakes:stake/state+percent-in-of"}]),
    ("Nova Banca was created in 2014 after a state bailout, with Lone Harbor buying a 75% stake in 2017. The rest is "
     "held by the resolution fund and the "
     "Portuguese state, which has 11.46%.", None,
     [{"kind": "stakes", "holder": "Lone Harbor", "company": "Nova Banca", "percent": 75.0},
      {"kind": "stakes", "holder": "Portuguese state", "company": "Nova Banca", "percent": 11.46}]),
    # a threshold a rule sets, a line to cross, a level reckoned in a gerund's "would": nobody's holding
    ("Under German takeover regulations, a 30% stake requires a mandatory offer for the remaining shares.", None, []),
    ("Ordwell's bid is designed to overcome this 30% cliff-edge without reaching control.", None, []),
    ("Ordwell already holds a 28% stake in Norland Bank. Taking its stake to 100% would eat up 200 basis points of "
     "the bank's capital, Mr Orcas added.", None,
     [{"kind": "stakes", "holder": "Ordwell", "company": "Norland Bank", "percent": 28.0}]),
    # a place glued to a participle is a descriptor before the company's name
    ("Kestrel Games is set to acquire a 70% stake in Berlin-based mobile developer Plovio for $202 million.", None,
     [{"kind": "stakes", "holder": "Kestrel Games", "company": "Plovio", "percent": 70.0}]),
    # "granting X N% ownership": X holds what the acquisition told before was of
    ("Ashcombe Holdings announced its acquisition of a majority equity stake in Italian football club SS Verona "
     "Stabia. The acquisition is expected to finalize by March 31, 2025, granting Ashcombe ~52% ownership.", None,
     [{"kind": "stakes", "holder": "Ashcombe Holdings", "company": "SS Verona Stabia", "percent": 52.0,
       "rule": "stakes:ownership/give-object+earlier-telling"}]),
    # the speaker of "said ... the stake" is not its holder
    ("Ordwell CEO Andrea Orcas said the bid was fair. Ordwell already holds a 28% stake in Norland Bank. Orcas said "
     "he does not expect the stake to go significantly above 30%.", None,
     [{"kind": "stakes", "holder": "Ordwell", "company": "Norland Bank", "percent": 28.0}]),
    # ... but a company that speaks of "the stake" may hold it (a target level, kept)
    ("Ordwell already holds a 28% stake in Norland Bank. Ordwell said the stake would not go above 30%.", None,
     [{"kind": "stakes", "holder": "Ordwell", "company": "Norland Bank", "percent": 28.0},
      {"kind": "stakes", "holder": "Ordwell", "company": "Norland Bank", "percent": 30.0}]),
    # money received "from" a payer "in exchange for" a stake: the payer holds, the receiving subject is the company
    ("* Plovio Energy, the incubated startup working towards electronic bikes in India will get upto ₹205 Cr from "
     "Kestrel Motors in exchange for 26% stake in the company.", None,
     [{"kind": "stakes", "holder": "Kestrel Motors", "company": "Plovio Energy", "percent": 26.0,
       "rule": "stakes:stake/from-payer+receiver-subject"},
      {"kind": "investments", "investor": "Kestrel Motors", "company": "Plovio Energy"}]),
    # "the investment is equivalent to a N% stake": the payer of the first clause holds; "the government" is the state
    # the article named before
    ("President Donald Trump says the US government is taking a 10 percent stake in chip maker Veltrix. Veltrix later "
     "announced more details on the investment. The government paid $20.47 per share, so the $8.9 billion investment "
     "is equivalent to a 9.9 percent stake in the company.", None,
     [{"kind": "stakes", "holder": "US government", "company": "Veltrix", "percent": 10.0},
      {"kind": "stakes", "holder": "US government", "company": "Veltrix", "percent": 9.9,
       "rule": "stakes:stake/investment-equals-state+salient"},
      {"kind": "investments", "company": "Veltrix", "amount": 8.9e9}]),
]

# a share of people present or voting is not a stake (fourth blind set)
STAKES_BLIND4: list[Row] = [
    # a title-case headline capitalises its prepositions: "Stake In X" (sixth blind set, Bernama)
    ("Sime Darby Acquires 70 Per Cent Stake In TFP Engineering For RM9.5 Million", None,
     [_s("Sime Darby", "TFP Engineering", 70.0)]),
    # a rule's level raised to or from a percent (sixth blind set)
    ("The government published its revised Mining Charter on Thursday, raising the minimum threshold for black "
     "ownership of mining companies to 30 percent from 26 percent.", None, []),
    # "the Galaxy maker": a maker told by its product is not the subject just named (fifth blind set)
    ("Apple is Samsung's largest buyer of components. Now comes the confirmation that the Galaxy maker pledged to "
     "buy a three percent stake in Sharp.", None, []),
    ("David Allison QC, for Virgin Atlantic, told the court that four creditor meetings were held last week, with 100 "
     "per cent attendance and 100 per cent approval at three of them.", None, []),
    # --- stk2 classes (names invented) ---
    # the British press's "4pc", and "her" after a "Mac" surname: the woman named last holds
    ("He saw his wealth jump after his divorce from wife MacKenna Scolt last year. The break-up left her with a 4pc "
     "stake in Amazonia, and she is 15th on the index.", None,
     [{"kind": "stakes", "holder": "MacKenna Scolt", "company": "Amazonia", "percent": 4.0}]),
    # a second verb joined by "and" after the first one's object and a time phrase shares the first one's subject
    ("Spirant reached the deal with Eagle Brook Holdings on Wednesday and now controls a 50.8 percent stake in "
     "Clearline, the filing said.", None,
     [{"kind": "stakes", "holder": "Spirant", "company": "Clearline", "percent": 50.8}]),
    # the agent of a participle ("a stake owned by X") is not what a following "its" means
    ("Sonex is buying a controlling stake in EMX Publishing. They'll buy a 60% stake owned by Mubarak Investment "
     "Company, lifting its ownership to around 90% from 30% currently.", None,
     [{"kind": "stakes", "holder": "Mubarak Investment Company", "company": "EMX Publishing", "percent": 60.0},
      {"kind": "stakes", "holder": "Sonex", "company": "EMX Publishing", "percent": 90.0},
      {"kind": "stakes", "holder": "Sonex", "company": "EMX Publishing", "percent": 30.0}]),
    # "the company" is never the holder told by a surname; "up from N%" is the same holder's level before
    ("One of the UK's top investors, Neil Woodham has invested a further £11.6 million into Imperial Ventures. "
     "Imperial Ventures had posted a pre tax loss, but its shares bounced back, largely thanks to the purchase by "
     "Woodham, whose fund now owns 21% of the company, up from 19.9%.", None,
     [{"kind": "stakes", "holder": "Neil Woodham", "company": "Imperial Ventures", "percent": 21.0},
      {"kind": "stakes", "holder": "Neil Woodham", "company": "Imperial Ventures", "percent": 19.9,
       "rule": "stakes:of the company/earlier-level"},
      # (blind5's gold has the investment too; "Ventures" in the invented name once read as a class of companies)
      {"kind": "investments", "investor": "Neil Woodham", "company": "Imperial Ventures", "amount": 11.6e6}]),
    # a descriptor right before the name: "a stake of the stylus maker Wacom" names Wacom
    ("And just like that, Samsonite of South Korea buys a five percent stake of the stylus maker Wakom in a "
     "transaction valued at $58.2 million.", None,
     [{"kind": "stakes", "holder": "Samsonite", "company": "Wakom", "percent": 5.0}]),
    # an aside about the holder's other holding and its own vehicle is not what "the supermarket giant" means
    ("Daniel Kretin is circling Sainsway. Daniel Kretin, who is already the biggest shareholder in Royal Post through "
     "his firm Vesta Equity, has built up a 3.05 per cent stake in the supermarket giant.", None,
     [{"kind": "stakes", "holder": "Daniel Kretin", "company": "Sainsway", "percent": 3.05}]),
    # a surname the article gives a person is the person, not the firm bearing the name; "he acquired a stake";
    # "in Apple's Siri partner Nuance": the name the possessor's partner is called
    ("Billionaire activist investor Carl Ikahn has bought into Apel. Yesterday, Mr. Ikahn said on the Ikahn "
     "Enterprises website he would tweet. Ikahn also owns a 3.3 percent stake in Time Warnor. Ikahn also holds a "
     "sixteen percent stake in Apel's Siri partner Newance Communications. Last October, he acquired a ten percent "
     "stake in Netflux.", None,
     [{"kind": "stakes", "holder": "Carl Ikahn", "company": "Time Warnor", "percent": 3.3},
      {"kind": "stakes", "holder": "Carl Ikahn", "company": "Newance Communications", "percent": 16.0,
       "rule": "stakes:stake/subject+possessor-descriptor-name"},
      {"kind": "stakes", "holder": "Carl Ikahn", "company": "Netflux", "percent": 10.0}]),
    # "the half of X that it doesn't already own" is what is not held; "a stake in the new company" names no one
    ("And two, it will allow Spirant to purchase the half of Clearline (wireless broadband company) that it doesn't "
     "already own.", None, []),
    ("Microsoft will form a yet-to-be-named subsidiary with Barnes & Nobel. With this investment Microsoft is thinking "
     "big, securing a 17.6 percent stake in the new company.", None, []),
    # "with its stake" after a described subject: the organisation told before, never the clause's object
    ("City sources said Blackrun is monitoring companies. Blackrun wants cut-price deals. After the crisis Blackrun "
     "struck a deal with British Landco to buy a stake in Broadfield. The American buyout house formed a joint "
     "venture with British Landco for Broadfield, with its 50 per cent stake valued at £1billion.",
     None,
     [{"kind": "stakes", "holder": "Blackrun", "company": "Broadfield", "percent": 50.0,
       "rule": "stakes:stake/described-subject+earlier-telling"}]),
    # a share of an asset told by a lower-case noun is no stake in a company
    ("A forty per cent stake of two exploration licenses in Lincolnshire will be turned over to the multinational "
     "owned by IGaz Energy.", None, []),
    # "the latter ... in the former": the first party the sentence named, past a name that only qualifies "parent"
    ("Japanese electronics maker Sharpe said today it will form a partnership with Foxcon parent Hon Hay Precision "
     "Industry Co that will see the latter take eleven percent ownership in the former.", None,
     [{"kind": "stakes", "holder": "Hon Hay Precision Industry Co", "company": "Sharpe", "percent": 11.0,
       "rule": "stakes:ownership/subject+the-former"}]),
    # a name listed with the holder is another holder, not what "the company" means
    ("Astor Marten debuted on the London Stock Exchange. This IPO was a profit-taking exercise for its 2 largest "
     "shareholders, Italian private-equity group Investindustria and Kuwaiti investment fund Investment Dar, who sold "
     "off a quarter of the company.", None,
     [{"kind": "stakes", "holder": "Investindustria", "company": "Astor Marten", "percent": 25.0}]),
    # a rule's level is no stake: NOT_STAKE's threshold (sixth blind set)
    ("The government published its revised Mining Charter on Thursday, raising the minimum threshold for black "
     "ownership of mining companies to 30 percent from 26 percent.", None, []),
]

STAKES_BLIND7: list[Row] = [
    # --- seventh blind set classes (real sentences, shortened) ---
    # a state told by a compass word and its nationality ("South Korean") holds, as "US government" does
    ("The South Korean government owns 51.4% of KFB, while the remaining shareholding, and operational control, are "
     "in the hands of US private equity group Newbridge Capital.", None,
     [{"kind": "stakes", "holder": "South Korean government", "company": "KFB", "percent": 51.4,
       "rule": "stakes:owns/state+percent-in-of"}]),
    # a name ending like a gerund ("Boeing") that opens a sentence before an adverb and a verb is a name: "it" is it
    ("Teledesic Inc., the communications startup, picked Boeing Co. to build its satellite network. Boeing also will "
     "invest up to $100 million in Teledesic, giving it a 10 percent stake in the privately-held company.", None,
     [{"kind": "investments", "investor": "Boeing Co.", "company": "Teledesic Inc.", "amount": 1e8},
      {"kind": "stakes", "holder": "Boeing Co.", "company": "Teledesic Inc.", "percent": 10.0}]),
    # "X, in which A's B has a N% stake": the holder told with its possessor
    ("Subscribers rose to 5.5 million for BSkyB, in which Rupert Murdoch's News Corp has a 40 percent stake.", None,
     [{"kind": "stakes", "holder": "News Corp", "company": "BSkyB", "percent": 40.0, "rule": "stakes:stake/in-which"}]),
    # "... under which it will take a stake": the relative clause's pronoun subject holds, not a name before it
    ("BSkyB's profit rose 66 percent. Last month it signed a deal with the group headed by Bavarian media mogul Leo "
     "Kirch under which it will take a stake of up to 49 percent in DF1, Kirch's digital pay television operation.",
     None,
     [{"kind": "stakes", "holder": "BSkyB", "company": "DF1", "percent": 49.0}]),
    # a public body that opens the clause holds where no other subject does; an aside set off by spaced hyphens is no
    # subject; "N% will be retained by X" is held by X, a government told by its place and level
    ("Italy's Illva Saronno has agreed to buy 33% of Changyu. Yantai State Asset Management Bureau - a government "
     "agency in the north-eastern city of Yantai - owns 55% of Changyu. The remaining 12% will be retained by the "
     "Yantai city government.", None,
     [{"kind": "stakes", "holder": "Illva Saronno", "company": "Changyu", "percent": 33.0},
      {"kind": "stakes", "holder": "Yantai State Asset Management Bureau", "company": "Changyu", "percent": 55.0},
      {"kind": "stakes", "holder": "Yantai city government", "company": "Changyu", "percent": 12.0}]),
    # "X will be owned N percent by its parent, the ... giant Y": the passive's agent, named by the appositive, holds
    ("Shares in National Mutual Holdings Ltd debut on Tuesday. National Mutual will be owned 51 percent on listing by "
     "its French parent, the insurance and financial services giant Axa SA, which is prevented under the terms of the "
     "float from selling down its stake for six months.", None,
     [{"kind": "stakes", "holder": "Axa SA", "company": "National Mutual Holdings Ltd", "percent": 51.0,
       "rule": "stakes:owned/owned-percent-by+passive-subject"}]),
    # "a N% X-owned subsidiary - Y": the name glued to "-owned" holds, the name the descriptor goes on to is the company
    ("The SEC also found that Disney did not disclose that a 50% Disney-owned subsidiary company - Lifetime - employed "
     "the wife of current Disney director John Bryson.", None,
     [{"kind": "stakes", "holder": "Disney", "company": "Lifetime", "percent": 50.0,
       "rule": "stakes:owned/owned-adjective+descriptor-name"}]),
    # "taking his stake to 42.3%": the pronoun's stake word, nearest the level, governs, not the possessor told before;
    # "the Wearside club" refers back past a person and past the name that only qualifies it
    ("Sunderland FC chairman Bob Murray has launched a bid for the club. A lifetime Sunderland supporter and board "
     "director since 1984, Mr Murray agreed to buy BSkyB's 4.76% holding in the Wearside club on Tuesday - taking his "
     "stake to 42.3%.", None,
     [{"kind": "stakes", "holder": "BSkyB", "company": "Sunderland", "percent": 4.76},
      {"kind": "stakes", "holder": "Bob Murray", "company": "Sunderland", "percent": 42.3,
       "rule": "stakes:stake/pronoun-stake-to+earlier-clause"}]),
    # "the company" after an aside about the holder ("run by Rupert Murdoch"): the one other organisation the sentence
    # before named with the holder, after "in"
    ("News Corporation is seeking to buy out minority investors in Fox Entertainment Group, its broadcasting "
     "subsidiary, for about $5.4bn. The media giant, run by Rupert Murdoch, owns 82% of the shares in the company, "
     "home to the Fox television network. News Corp shares fell 25 cents.", None,
     [{"kind": "stakes", "holder": "News Corporation", "company": "Fox Entertainment Group", "percent": 82.0,
       "rule": "stakes:owns/resolved+only-other-before"}]),
    # "The Ambani family controls 48%": the family, not the member its surname resolves to; a person told with a
    # hyphenated role ("vice-chairman") is no company
    ("The spat between the two heirs of India's biggest conglomerate, Reliance Group, has spilled over. Anil Ambani, "
     "vice-chairman of India Petrochemicals Limited (IPCL), stayed away. Reliance Group acquired the government's 26% "
     "stake in IPCL in 2002. Mukesh is the company's chairman and Anil its deputy. The Ambani family controls 48% of "
     "the group.", None,
     [{"kind": "stakes", "holder": "Reliance Group", "company": "India Petrochemicals Limited", "percent": 26.0},
      {"kind": "stakes", "holder": "Ambani family", "company": "Reliance Group", "percent": 48.0}]),
    # "The group owns N% of X": a descriptor that would resolve to X itself means the other organisation the sentence
    # before opened with, past the publication that reported it
    ("The Sunday Times reported that TCI had been drawing up a list of heavyweight executives to replace Deutsche's "
     "chairman Rolf Breuer. The group owns more than 5% of Deutsche - more than enough to demand an extraordinary "
     "general meeting.", None,
     [{"kind": "stakes", "holder": "TCI", "company": "Deutsche", "percent": 5.0,
       "rule": "stakes:owns/group-not-company+percent-in-of"}]),
    # "Scottish and Newcastle (S&N)": two names joined by "and" that the bracketed abbreviation spells are one name
    ("The UK's biggest brewer, Scottish and Newcastle (S&N), is to buy 37.5% of India's United Breweries in a deal.",
     None,
     [{"kind": "stakes", "holder": "Scottish and Newcastle", "company": "United Breweries", "percent": 37.5}]),
    # "X swapped a N% stake in itself for M% of Y": X is the company of the first stake, Y its holder
    ("General Motors did not buy Fiat. Instead, GM swapped a 6% stake in itself for 20% of Fiat - and gave Fiat a put "
     "option.", None,
     [{"kind": "stakes", "holder": "Fiat", "company": "GM", "percent": 6.0,
       "rule": "stakes:stake/exchanged-for+subject-itself"},
      {"kind": "stakes", "holder": "GM", "company": "Fiat", "percent": 20.0}]),
    # "a stake in holding company Group Menatep": the name past its descriptor and its group word
    ("Mikhail Khodorkovsky has quit. Mr Khodorkovsky handed over his entire 59.5% stake in holding company Group "
     "Menatep - which controls Yukos - to Leonid Nevzlin.", None,
     [{"kind": "stakes", "holder": "Mikhail Khodorkovsky", "company": "Menatep", "percent": 59.5}]),
    # "The Leuven-based brewery said it would own": "it" is the described speaker; two classes of one company's shares
    # told together share their company
    ("Brewing giant Inbev has agreed to buy Alfa-Eco's stake in Sun Interbrew. Inbev bought out another partner in "
     "August 2004. It employs 77,000 people across the Americas, Europe and Asia Pacific. The Leuven-based brewery "
     "said it would own 97.3% of the voting shares and 98.8% of the non-voting shares of Sun Interbrew.", None,
     [{"kind": "stakes", "holder": "Inbev", "company": "Sun Interbrew", "percent": 97.3,
       "rule": "stakes:own/described-speaker+percent-in-of"},
      {"kind": "stakes", "holder": "Inbev", "company": "Sun Interbrew", "percent": 98.8}]),
    # "X's 50 percent share in Y": a percent share in a named company is a stake
    ("Schneider last year bought out Daimler-Benz AG's 50 percent share in AEG Schneider Automation unit.", None,
     [{"kind": "stakes", "holder": "Daimler-Benz AG", "company": "AEG Schneider Automation", "percent": 50.0}]),
    # "both parties having a 40% stake in X": each of the two organisations joined by "and" just before holds the level
    ("In 2002 S&N and United agreed to form a strategic partnership. The joint venture was established in May 2003, "
     "with both parties having a 40% stake in the venture - Millennium Alcobev.", None,
     [{"kind": "stakes", "holder": "S&N", "company": "Millennium Alcobev", "percent": 40.0,
       "rule": "stakes:stake/both-parties+percent-in-of"},
      {"kind": "stakes", "holder": "United", "company": "Millennium Alcobev", "percent": 40.0}]),
    # "The sale of the 33% stake to X": the definite stake is the one the sentence before gave its seller; the buyer
    # does not hold it yet
    ("Shares in engineering group Jarvis have soared on news that it is offloading its stake in London underground "
     "consortium Tube Lines. The sale of the 33% stake to Spain's Ferrovial for £146m is a lifeline to Jarvis.", None,
     [{"kind": "stakes", "holder": "Jarvis", "company": "Tube Lines", "percent": 33.0,
       "rule": "stakes:stake/sale-of-the-stake+stake-before"}]),
    # "..., in which X retained a N% stake" after a place (here "Japan" cut from "Yahoo! Japan" by the "!"): a place is
    # no company, and no other company stands for it
    ("Softbank took a 35 percent stake in Yahoo! and established Yahoo! Japan, in which Softbank retained a 65 percent "
     "stake.", None,
     [{"kind": "stakes", "holder": "Softbank", "company": "Yahoo", "percent": 35.0}]),
    # "The cash shell also saw X cut his stake to N from M": the described subject that saw the change is the company,
    # the organisation the sentence before opened with (fourth blind set)
    ("Turning to the fallers, Phimedix slumped 78 per cent to 0.9p after announcing a reverse takeover. The cash shell "
     "also saw serial pharma and biotech entrepreneur Ali Mortazavi cut his stake to 10.72 per cent from 13.5 per "
     "cent.", None,
     [{"kind": "stakes", "holder": "Ali Mortazavi", "company": "Phimedix", "percent": 10.72,
       "rule": "stakes:stake/pronoun-stake-to+described-subject-saw"},
      {"kind": "stakes", "holder": "Ali Mortazavi", "company": "Phimedix", "percent": 13.5}]),
]


# --- issue 9: precision on unseen text (BBC business stories, 2004-05; real sentences, shortened) ---
STAKES_BBCX: list[Row] = [
    # a rate told at its level is no stake, though "on hold" reads like a verb of holding
    ("The Bank of England has left interest rates on hold at 4.75% for a sixth month in a row.", None, []),
    ("Bank holds interest rate at 4.75%\n\nThe Bank of England has kept interest rates on hold at 4.75% for the past "
     "three months.", None, []),
    # a line to cross, a cap set or moved, a class of holders told by a threshold: nobody's level
    ("Potential foreign investors will however need government approval before they increase their stake beyond 49%, "
     "Mr Maran said.", None, []),
    ("The government recently changed legislation that limited foreign investment in domestic airlines. It raised the "
     "maximum stake holding allowed to 49% from 40%.", None, []),
    ("The Securities and Exchange Commission has asked for information about transactions involving holders of 5% or "
     "more of the firm's shares.", None, []),
    # a share of a market, an output or a resource, its possessor told in two words or its noun qualified
    ("The company - which controls half of the South Korean's market - aims to become a global top five auto maker by "
     "2010.", None, []),
    ("Rosneft will now control about 16% of Russia's total crude oil output.", None, []),
    ("It owns the Olympic Dam mine in South Australia, which contains about one-third of the world's known uranium "
     "resources.", None, []),
    # what the buyer does not own, told by a relative clause without its pronoun
    ("Fiat claims that GM is legally obliged to buy the 90% of the car unit it does not already own.", None, []),
    # a plural common noun opening a sentence before a reporting verb is no name for a later "the company" to mean
    # (the company name after "of" invented, where the real sentence tells a market share)
    ("Hyundai Motor plans a second plant in India. Demand has grown fast. Public transport is poor. Car ownership is "
     "low. Figures show that only eight people per thousand are car owners. The company - which controls 50% of "
     "Hallam Motors - aims to become a global top five auto maker.", None,
     [{"kind": "stakes", "holder": "Hyundai Motor", "company": "Hallam Motors", "percent": 50.0}]),
    # the antecedent of a relative clause of holding holds, not the subject of the reporting verb
    ("Reports say Standard Life, which owns a 1% stake in Deutsche Boerse, may seek a shareholder vote on the issue.",
     None, [{"kind": "stakes", "holder": "Standard Life", "company": "Deutsche Boerse", "percent": 1.0,
             "rule": "stakes:stake/relative-antecedent+percent-in-of"}]),
    # a name that only qualifies the role in an appositive is not what "who" refers to (dev)
    ("Ant Group is preparing a record IPO. One of the main shareholders of this company is Jack Ma, former CEO of "
     "Alibaba, who holds 50.5 percent of the shares.", None,
     [{"kind": "stakes", "holder": "Jack Ma", "company": "Ant Group", "percent": 50.5}]),
    # a demonym noun opening the sentence is not part of the name
    ("Irishmen JP McManus and John Magnier, who own a 29% stake in Manchester United, will reportedly reject any "
     "formal offer for the club.", None,
     [{"kind": "stakes", "holder": "JP McManus", "company": "Manchester United", "percent": 29.0}]),
    # "his" is the person named, not a two-word name told with "the"
    ("Malcolm Glazer has made a bid for Manchester United. Mr Glazer has already had one takeover attempt turned down "
     "by the Red Devils and responded by using his 28.1% shareholding to vote off three board members.", None,
     [{"kind": "stakes", "holder": "Malcolm Glazer", "company": "Manchester United", "percent": 28.1}]),
    # "X is its second biggest shareholder with N%": the subject holds, "its" is the company of the stake before; a
    # level restated in brackets is the same one
    ("Suez owns 40% of Aguas Argentinas (39.9%), while Spain's Aguas de Barcelona is its second biggest shareholder "
     "with 25.01%.", None,
     [{"kind": "stakes", "holder": "Suez", "company": "Aguas Argentinas", "percent": 40.0},
      {"kind": "stakes", "holder": "Aguas de Barcelona", "company": "Aguas Argentinas", "percent": 25.01,
       "rule": "stakes:shareholder with/subject-its-shareholder"}]),
    # "Saudi Arabia" is one place (not "Arabia", a party); a country selling shares in a flotation holds no stake here
    ("Saudi Arabia sold 7 million NCCI shares, or about 70% of the company's total capital last month.", None, []),
    # a stake in a venture the article never names: neither partner is its company
    ("Meanwhile, small state-owned carmaker Nanjing Auto is in negotiations with Rover and SAIC to take a 20% stake in "
     "the joint venture.", None, []),
    # the object of "with" is no subject: the one in talks holds (the sentence above with a named company, invented)
    ("Meanwhile, small state-owned carmaker Nanjing Auto is in negotiations with Rover and SAIC to take a 20% stake in "
     "Hallam Motors.", None,
     [{"kind": "stakes", "holder": "Nanjing Auto", "company": "Hallam Motors", "percent": 20.0}]),
    # the same told with "respectively" between the levels and the unnamed venture (names invented)
    ("Harwick Technology, Oriel Group and Penmark will hold equity interests of 45%, 45% and 10% respectively in the "
     "joint venture.", None, []),
    # "respectively" between the levels and the company's preposition: each holder its level, the company after "in"
    # (names invented)
    ("Upon completion, Harwick Technology, Oriel Group and Penmark will hold 35%, 35% and 30% respectively in Tarlow "
     "Biotech.", None,
     [{"kind": "stakes", "holder": "Harwick Technology", "company": "Tarlow Biotech", "percent": 35.0},
      {"kind": "stakes", "holder": "Oriel Group", "company": "Tarlow Biotech", "percent": 35.0},
      {"kind": "stakes", "holder": "Penmark", "company": "Tarlow Biotech", "percent": 30.0}]),
    # a list of holders with an aside before "who each have": each name of the list holds, a name cut in two by
    # "di" told whole; the company is the one whose investors the list names
    ("Standard Trust is 100% Nigerian-owned, but United Bank has some foreign investors, including New York-based "
     "Global Depository Receipts (32.8%), and Banca Nazionale del Lavoro and Monte del Paschi di Siena, both from "
     "Italy, who each have a 2.4% stake.", None,
     [{"kind": "stakes", "holder": "Banca Nazionale del Lavoro", "company": "United Bank", "percent": 2.4,
       "rule": "stakes:stake/each-of-list+investors-including"},
      {"kind": "stakes", "holder": "Monte del Paschi di Siena", "company": "United Bank", "percent": 2.4}]),
    # a comparison is no share of a company (Reuters 1996-97, unlabelled precision audit)
    ("Sun Microsystems Inc. on Tuesday will unveil a network computer it claims will cost companies up to 80 percent "
     "less to own and operate than a personal computer.", None, []),
    # "which" after a person's role and its company refers to the company, "who" to the person (Reuters)
    ("Bob Dalziel, managing director of Mayne Nickless, which has a 25 percent stake in Optus Communications Pty Ltd, "
     "made the remark.", None, [_s("Mayne Nickless", "Optus Communications Pty Ltd", 25)]),
    # where shares are held is no holder (Reuters)
    ("Finance director Garry Watts told Reuters the decision reflected the fact that around 35 percent of Medeva shares "
     "were held in the United States.", None, []),
    # a share of votes is no stake (Reuters)
    ("If an election were held by universal suffrage, however, Yang would get 35.7 percent and Tung 33.5 percent, an "
     "opinion poll by a local university showed after the vote.", None, []),
]
