"""Valuation cases from the blind3 audit (issue 9): (passage, publication date or None, expected records).

Shortened real sentences with invented names; each row names the class of English it stands for. Same row shape as
cases_records.py.
"""
from __future__ import annotations

from tests.extractors.records.cases_records import Row

VALUATIONS_BLIND3: list[Row] = [
    # --- blind4: a person told by a role, a title or an age is not the company valued or listed (names invented) ---
    ("But Neil Watson, chief analyst at Markets.com, said: 'After a ramp in tech valuations, the founder is due a "
     "bumper £700m payout.'", None, []),
    ("Sir Terry Leach, the former Tesmo boss, bagged £17million from selling 3.4m shares during the IPO.", None, []),
    ("Former boss Mike Lynd, who is worth an estimated £469million, went on to make money.", None, []),
    # a listing told with the value it puts on the whole company is a valuation, not the backers' investment
    ("A roster of big-name investors has backed The Hutch Group as it plans to list on the stock market for "
     "£4.5billion.", None, [{"kind": "valuations", "company": "Hutch Group", "amount": 4.5e9}]),
    # --- fifth blind set classes (names invented) ---
    # the press reporting a sum is not the company it values
    ("Rovia priced its IPO. The Financial Times observed that the figure is below the $2 billion valuation pushed by "
     "some of Rovia's backers earlier this summer.", None, []),
    # a price told against a value, and a change told by its size, are no valuation levels
    ("Pfizel is betting $14 billion on the biotech, a 120 percent premium to the undisturbed market value.", None, []),
    ("Despite reaching a $900 billion valuation in November, Appel struggled to expand that by $100 billion.", None,
     [{"kind": "valuations", "company": "Appel", "amount": 9e11}]),
    # a fund raising money to invest, a holding's size, a firm's size are no deals
    ("The SoftBank Vision Fund hopes to raise over $100 billion and is set to launch in the coming weeks.", None, []),
    ("Berkshire Hathaway's position in Appel is now more than twice as large as previously disclosed at $18.2 billion.",
     None, []),
    ("BBOXO have received $1.5m backing from Vinod Khosla, who runs a billion dollar venture capitalist firm.", None,
     [{"kind": "investments", "investor": "Vinod Khosla", "company": "BBOXO", "amount": 1.5e6}]),
    # a company "founded by the billionaire" someone is still a company
    ("Ant Grove, founded by the billionaire Jack Mo, saw its estimated value drop to $63.8 billion.", None,
     [{"kind": "valuations", "company": "Ant Grove", "amount": 6.38e10}]),
    # the speaker of a reported clause with a subject of its own is not what is valued; the article's company is
    ("Plovio reportedly raised $200M at $20B valuation. Bloomberg reported that the July financing was an extension "
     "of a previous round completed earlier this year at a $14 billion valuation.", None,
     [{"kind": "valuations", "company": "Plovio", "amount": 20e9},
      {"kind": "valuations", "company": "Plovio", "amount": 14e9, "rule": "valuations:valuation/reported-clause-salient"},
      {"kind": "investments", "company": "Plovio", "amount": 200e6}]),
    # a company that "said" its own round was done at a valuation is the company (only a publication's "reported that"
    # is set aside)
    ("Kestrel said on Monday that the new round was done at a $2 billion valuation.", None,
     [{"kind": "valuations", "company": "Kestrel", "amount": 2e9}]),
    ("Kestrel reported that the round closed at a $2 billion valuation.", None,
     [{"kind": "valuations", "company": "Kestrel", "amount": 2e9}]),
    ("Kestrel raised money. Ravel reported that it had raised $50 million at a $1 billion valuation.", None,
     [{"kind": "valuations", "company": "Ravel", "amount": 1e9},
      {"kind": "investments", "company": "Ravel", "amount": 50e6}]),
    # a source after "per" is not the company; a publication that "reports that" is not what "it" stands for; a name
    # that only qualifies a descriptor ("Popular AI gateway maker X") is not the antecedent either
    ("Plovio more than doubles valuation in a year. Popular AI gateway maker Plovio has raised a $113 million Series B led by Kestrel. While the startup didn't "
     "disclose its new valuation, The New York Times reports that it landed at about $1.3 billion post-money. This is "
     "a hefty increase from the estimated $547 million post-money valuation it hit a year ago, per PitchBook.", None,
     [{"kind": "investments", "company": "Plovio", "amount": 113e6},
      {"kind": "valuations", "company": "Plovio", "amount": 1.3e9},
      {"kind": "valuations", "company": "Plovio", "amount": 547e6}]),
    # the value of shares a holder held is not the company's valuation
    ("At the end of the third quarter, Kestrel held 1.1 million shares of Plovio with a value of $155.8 million.",
     None, []),
    # names in an aside between dashes are not the subject of the clause that goes on after it
    ("Kestrel sold its entire stake in the chip designer. Arm — whose commercial partners include tech giants Meta, Google, Microsoft and Amazon — now has a market cap "
     "of around $135 billion, according to LSEG data.", None, []),
    # the counterparty of talks is not the company valued; the headline's subject is
    ("Plovio in talks with Kestrel Capital to raise at over $1 billion valuation", None,
     [{"kind": "valuations", "company": "Plovio", "amount": 1e9, "rule": "valuations:valuation/subject-before-counterparty"}]),
    # --- unseen BBC business stories (2004-05): the value of something that is not a company (names invented) ---
    # a deal's value, an order's value, a debt's nominal value
    ("As part of the deal, Fedora will assume $6bn of Mayfair's debt, bringing the deal's total value to $17bn.", None,
     []),
    ("Airbus is to sell 10 of its A350 to Spanish carrier Air Iberica, which has the option to buy two more in a deal "
     "that could be worth more than $1.8bn.", None, []),
    ("President Nestor Kirchner's administration is still trying to hammer out an agreement with the creditors, but "
     "with the debts' nominal value standing at around $100bn it is not proving easy.", None, []),
    # a country's exports, a holding's value, what an industry brings a country
    ("According to official data, the value of Ruritania's overall exports in the current fiscal year is expected to "
     "reach more than $60bn, while in Freedonia's case it is set to hit more than $12bn.", None, []),
    ("Menatap said the value of its Yarkos shareholding had gone from $17.8bn to \"virtually nothing\" since 2003.", None,
     []),
    ("Freedonia's tourist industry has been one of its few economic success stories and, according to the UN, is now "
     "worth $3bn to the country.", None, []),
    # things valued (a plural lower-case object), a price paid set against a value
    ("The sale will leave Wembel with its UK business. Analysts have valued the six tracks at between £40m-£50m. The US "
     "business accounts for about 90% of Wembel's operating profit.", None, []),
    ("In the end, the auction was won by an unknown shell company for $9.4bn - much less than most assessments of its "
     "value - before ending up in the hands of Rosnafta.", None, []),
    # an entity a tie-up would create; the sum of the values of the stocks an exchange lists; owners' gain
    ("A tie-up between Barkleys and California-based Wells Cargo would create the world's fourth biggest bank, valued at "
     "$180bn.", None, []),
    ("The LSX, Europe's biggest stock market, is a key prize, listing stocks with a total capitalisation of £1.4 trillion.",
     None, []),
    ("It said Deutsche Bourse had to show why its planned £1.35bn ($2.5bn) offer for the LSX was good for shareholder "
     "value.", None, []),
    # the owner is the relative clause's antecedent, and an offer values the one that received it, never the bidder
    ("In terms of market value, Pernaud - at 7.5bn euros - is about 9% smaller than Allied Domeq, which has a "
     "capitalisation of £5.7bn.", None,
     [{"kind": "valuations", "company": "Pernaud", "amount": 7.5e9},
      {"kind": "valuations", "company": "Allied Domeq", "amount": 5.7e9}]),
    ("Responding to the LSX's rebuff, Deutsche Bourse - whose market capitalisation is more than £3bn - said it still "
     "hoped to make a cash bid.", None, [{"kind": "valuations", "company": "Deutsche Bourse", "amount": 3e9}]),
    ("Euronexo may also bid. Last week, the LSX rejected a takeover proposal from German rival Deutsche Bourse - the 530 "
     "pence-a-share offer valued the exchange at about £1.35bn.", None,
     [{"kind": "valuations", "company": "LSX", "amount": 1.35e9, "rule": "valuations:valued/bid-values-target"}]),
    ("Gamesco said Toyco's bid, which values the firm at $3bn, was too low.", None, []),
    # the same classes told otherwise: an order's other party before the relative, a name's plural things, a holding's
    # value after the sum; a value noun after the sum names its company after "of"
    ("Bolton won an order from Air Iberica that is expected to be worth $2bn.", None, []),
    ("Analysts valued Wembel's three hotels at $1bn.", None, []),
    ("Gamesco paid $1bn, below the $2bn value of its stake in Toyco.", None, []),
    ("Toyco was sold for $2bn, well below the $3bn market value of its rival Gamesco.", None,
     [{"kind": "valuations", "company": "Gamesco", "amount": 3e9}]),
    # Reuters 1996-97 (an unlabelled precision audit): what a "worth"/"valued" sum belongs to when it is not a company
    ("Southern Electric said it would make a complicated share buy back worth up to 156 million pounds ($252.8 million).",
     None, []),
    ("Ameritech Corp. said it was in talks with several European security monitoring firms worth $200 million to $500 "
     "million each.", None, []),
    ("Around 1.7 billion pounds ($2.8 billion) has been wiped off the value of British Sky Broadcasting since last week.",
     None, []),
    ("The TSE's highest trading value was C$2.53 billion (US$1.9 billion), set in April 1986.", None, []),
    ("United Airlines said Thursday it ordered 51 new airliners valued at $4.4 billion from Boeing Co.", None, []),
    ("If BT, with a market capitalisation of around 22.2 billion stg ($36.3 billion) uses mainly stock, it could pay.",
     None, [{"kind": "valuations", "company": "BT", "amount": 22.2e9, "currency": "GBP"}]),
    ("BT executives are likely to announce an offer valuing the 80 percent of MCI that it does not already own at $22.1 "
     "billion, and the entire company at $28 billion, analysts said.", None,
     [{"kind": "valuations", "company": "MCI", "amount": 28e9}]),
    # a regulator has no market value (ninth blind set: the FCA's warning about a meme coin's market cap)
    ("The UK's Financial Conduct Authority (FCA) warned about Retardio, and the FCA's note put its market cap at $111 "
     "million.", None, []),
]
