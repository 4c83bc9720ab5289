"""A raise with no backer named, told of a quoted company selling its own shares, is an offering, not an investment
(fourth blind set: This is Money's "Saga plans to raise a £150m lifeline", "investors backed a £2.5billion emergency
fundraising", "as part of a £150million equity raise"); a private company's round stays an investment. Sentences
shortened, names invented."""
from __future__ import annotations

from tests.extractors.records.cases_records import Row

SHARE_ISSUES: list[Row] = [
    # shareholders act on the raise: they criticise, back or vote on it
    ("Angry small shareholders have criticised Morwell's plans to raise a £150m lifeline.", None,
     [{"kind": "offerings", "company": "Morwell", "amount": 1.5e8}]),
    # the raise told as an issue of shares in the sentence or the next one
    ("Hartfield wants to raise £250m so it can go on a spending spree. It will offer retail investors new shares "
     "at the same price.", None,
     [{"kind": "offerings", "company": "Hartfield", "amount": 2.5e8}]),
    ("Castlegate secured a £2.5billion lifeline through a rights issue to help it survive the crisis.", None,
     [{"kind": "offerings", "company": "Castlegate", "amount": 2.5e9}]),
    # a private company's round stays an investment, whatever else the article says about shares
    ("Lumora has raised $22M in Series A funding, and its founders keep most of the shares.", None,
     [{"kind": "investments", "company": "Lumora", "amount": 2.2e7}]),
    # a named backer putting money in is an investment even inside an equity raise
    ("Sir Roger Pellow will invest £100m into Morwell as part of the equity raise.", None,
     [{"kind": "investments", "investor": "Sir Roger Pellow", "company": "Morwell", "amount": 1e8}]),
    # a company's leader is not a round's leader: "led by boss and co-founder" is no investment cue
    ("Palomar still lost £441m. Yet the company, led by boss and co-founder Alex Karl, is betting on data.", None, []),
    # a relative clause holding a list ends where the main verb follows: its names are not the subject
    ("Rubin makes backup software. The company, which competes with Dell EMC, Commvale and other storage "
     "companies, was valued at $3.3 billion in 2019.", None,
     [{"kind": "valuations", "company": "Rubin", "amount": 3.3e9}]),
    # an offering word after the sum that only dates it ("since its listing") does not make the sum an offering
    ("Aston Marlow has seen its market cap plunge from £4.3billion since its listing to just £1billion.", None,
     [{"kind": "valuations", "company": "Aston Marlow", "amount": 4.3e9},
      {"kind": "valuations", "company": "Aston Marlow", "amount": 1e9}]),
    # fifth blind set: a rival/competitor descriptor then the name; a possessor's own vehicle investing; "Another"
    ("Appel on Thursday announced that it has invested $1 billion in Chinese Uber competitor Didi Chuxin.", None,
     [{"kind": "investments", "investor": "Appel", "company": "Didi Chuxin", "amount": 1e9}]),
    ("They have exhausted private sources after Softbank's vision fund injected $7.7bn into Uberr in January 2018.",
     None, [{"kind": "investments", "investor": "Softbank", "company": "Uberr", "amount": 7.7e9,
             "rule": "investments:injected/possessor-subject-investor"}]),
    # "went public for $X": the value it went public at, not what the listing raised (fifth blind set gold)
    ("Another comparative example could be Snapp, who went public for $24 billion in early 2017.", None,
     [{"kind": "valuations", "company": "Snapp", "amount": 2.4e10}]),
    # --- seventh blind set: a share sale told by selling equity, issuing new shares or joining the stock market;
    # a float's size told again as what it raises is not a valuation; a time clause only dates a value ---
    ("Jet Airways' offer closed early. It sold 20% of its equity or 17.2 million shares in a bid to raise up to $443m "
     "(£230.8m).", None, [{"kind": "offerings", "company": "Jet Airways", "amount": 4.43e8}]),
    ("Newcastle United said it would seek to raise up to 50 million pounds ($84 million) when it joins the growing "
     "band of British soccer clubs on the stock market. The club plans to raise 40-50 million pounds through the "
     "issue of new shares and analysts expect the value of the club as a whole to total some 160 million pounds "
     "when it joins the stock exchange.", None,
     [{"kind": "offerings", "company": "Newcastle United", "amount": 5e7},
      {"kind": "valuations", "company": "Newcastle United", "amount": 1.6e8}]),
    ("Air China in $1bn London listing\n\nAir China plans to raise $1bn (£514m) from the flotation.", None,
     [{"kind": "offerings", "company": "Air China", "amount": 1e9}]),
    # a holder's sale of shares to others is no offering
    ("The deal includes a $2 billion sale of shares to Alibaba itself and a $500 million sale of shares to a "
     "sovereign wealth fund.", None, []),
    # raised on the stock market or from the sale; new stocks sold; a definite "share offer" is the article's own
    ("Paion is looking to raise more than 70m euros ($91m; £49m) on the stock market.", None,
     [{"kind": "offerings", "company": "Paion", "amount": 7e7, "currency": "EUR"}]),
    ("According to a registration document filed with the Securities and Exchange Commission, Nasdaq Stock Market "
     "plans to raise $100m (£52m) from the sale.", None,
     [{"kind": "offerings", "company": "Nasdaq Stock Market", "amount": 1e8}]),
    ("Standard Chartered raised funds for the deal by selling new stocks worth £1bn ($1.8bn), equal to 10% of its "
     "share capital.", None, [{"kind": "offerings", "company": "Standard Chartered", "amount": 1e9, "currency": "GBP"}]),
    ("NTPC shares jump on debut\n\nThe 865 million share offer, a mix of new shares and sales by the government, "
     "raised 54bn rupees($1.2bn).", None, [{"kind": "offerings", "company": "NTPC", "amount": 5.4e10, "currency": "INR"}]),
    # the article's opening sentence introduces its company by a descriptor before naming it (seventh blind set)
    ("Bat spit drug firm Paion goes to market\n\nA German firm whose main product is derived from the saliva of the "
     "vampire bat is looking to raise more than 70m euros ($91m; £49m) on the stock market.", None,
     [{"kind": "offerings", "company": "Paion", "amount": 7e7, "currency": "EUR"}]),
    # unseen BBC business stories (2004-05): a government's take from many sales, a state bailout far from a debut cue
    ("Ruritania plans to raise as much as 25bn euros from privatisations in 2005, including a partial flotation of the "
     "post office and utility Enelco.", None, []),
    ("Chino Construct Bank and Bank of Chino are preparing listings. They shared a $45bn state bailout in 2003, to help "
     "clean up their balance sheets in preparation for a foreign stock market debut.", None, []),
]
