"""Fine cases from the dev2 audit (issue 9): (passage, publication date or None, expected records).

Shortened real sentences; each row names the class of English it stands for. Same row shape as cases_records.py.
"""
from __future__ import annotations

from tests.extractors.records.cases_records import Row, _f

FINES_DEV2: list[Row] = [
    # --- blind4 classes (names invented) ---
    # one sum two payers agreed to pay is theirs jointly; the parts each "will pay" after it are each one's fine
    ("The FCC announced that Verizen and Sprynt have agreed to pay $158 million to settle their bill cramming "
     "investigations with the Commission. Verizen Wireless will pay $90 million and Sprynt Corporation will pay "
     "$68 million.", None,
     [{"kind": "fines", "payer": None, "amount": 1.58e8}, {"kind": "fines", "payer": "Verizen Wireless", "amount": 9e7},
      {"kind": "fines", "payer": "Sprynt Corporation", "amount": 6.8e7}]),
    # a small fine is still a fine; the passive's agent is the authority, never the payer
    ("The club has been fined £100 by the Amateur Football Association after the match.", None,
     [{"kind": "fines", "amount": 100.0, "authority": "Amateur Football Association"}]),
    # "to settle cramming accusations" is an official matter
    ("T-Mobyle today announced it has agreed to pay $90 million to settle cramming accusations.", None,
     [{"kind": "fines", "payer": "T-Mobyle", "amount": 9e7}]),
    # the object of "to fine" pays, not the newspaper reporting it (fifth blind set)
    ("The Wall Street Journal reports an FCC official confirmed the regulatory body is preparing to fine Sprynt, the "
     "nation's third-largest mobile carrier, a record $105 million after allegations.", None,
     [{"kind": "fines", "payer": "Sprynt", "amount": 1.05e8, "rule": "fines:fine/to-fine-object"}]),
    # a body collects a fine "from" its payer
    ("The Office of the Commissioner for Personal Data Protection in Cyprus has collected a $1 million fine from "
     "intelligence company WiSpeak for gathering mobile data.", None,
     [{"kind": "fines", "payer": "WiSpeak", "amount": 1e6,
       "authority": "Office of the Commissioner for Personal Data Protection", "rule": "fines:fine/collected-from"}]),
    # costs a payer is ordered to bear are not a penalty, in a list after the fine or on their own
    ("Dellow has been ordered to pay a £15m fine and £5.6m for legal costs.", None,
     [{"kind": "fines", "payer": "Dellow", "amount": 1.5e7}]),
    ("The Tribunal also ordered Dellow to pay the £5.6million bill for costs of the investigation.", None, []),
    # one sum over two objects of a sanctioning verb is nobody's own fine
    ("France hits Facebrook and Goggle with $210 million in fines", None,
     [{"kind": "fines", "payer": None, "amount": 2.1e8, "rule": "fines:fines/no-payer"}]),
    # a possessive's appositive names the payer: "against Deloitte's Big Four rival, PwC," is PwC's fine
    ("Dellow was fined £15m. The previous record fine handed out by the FRC was against Dellow's Big Four rival, "
     "Pricewell, for £10million over its audit of retailer BHX.", None,
     [{"kind": "fines", "payer": "Dellow", "amount": 1.5e7}, {"kind": "fines", "payer": "Pricewell", "amount": 1e7}]),
    # each sum's payer is the name glued to its "will pay", after a sentence about the fines that states no sum
    ("The Securities and Exchange Commission has fined three brokerage firms. According to the settlements, the three "
     "companies also agreed to pay fines. Harlow will pay $300,000, Denby will pay $250,000, and KMB will pay "
     "$200,000, the SEC said.", None,
     [{"kind": "fines", "payer": "Harlow", "amount": 3e5, "rule": "fines:will pay/glued-pay-subject"},
      {"kind": "fines", "payer": "Denby", "amount": 2.5e5}, {"kind": "fines", "payer": "KMB", "amount": 2e5}]),
    # a body told by its kind in the opening line is the one body the article names later; a word that may sit inside
    # a name opens one before a run ending in a legal form ("Digital ... Ltd")
    ("A firm that sent 17,000 spam texts has been fined £60,000 by a watchdog. The texts were sent by Digital Growth "
     "Partners Ltd. It was fined by the Information Commissioner's Office (ICO), which said the company broke the law.",
     None, [{"kind": "fines", "amount": 6e4, "authority": "Information Commissioner's Office"}]),
    # --- blind3 classes (names invented) ---
    # damages a court orders paid "to" a named company are not a penalty; a regulator's fine in the same article is
    ("First reported by Reuters, the tech giant was ordered to pay approximately 465 million euros, or approximately "
     "$540 million, to Plovio. A month prior, the European Commission fined Kestrel nearly 3 billion euros.", None,
     [{"kind": "fines", "payer": "Kestrel", "amount": 3e9, "authority": "European Commission"}]),
    # a "that" clause after the sum tells what was alleged; its "on X" names no payer, the subject of "will pay" does
    ("The Federal Trade Commission announced that Kestrel will pay $10 million to settle allegations that the "
     "entertainment giant allowed data collection on Plovio videos meant for children.", None,
     [{"kind": "fines", "payer": "Kestrel", "amount": 10e6, "authority": "Federal Trade Commission",
       "rule": "fines:settle allegations/pay-subject"}]),
    # "to settle a complaint" is a government settlement where the sentence names the body; else a private matter
    ("The Federal Trade Commission announced that Kestrel Group will pay $14 million to settle a complaint about "
     "deceptive practices.", None,
     [{"kind": "fines", "payer": "Kestrel Group", "amount": 14e6, "authority": "Federal Trade Commission"}]),
    ("Kestrel Group agreed to pay $5 million to settle a complaint by a former employee.", None, []),
    # "the X exchange" as subject: the name before the kind of business it is pays
    ("The Plovio exchange already paid a $5 million fine following the agency's lawsuit.", None,
     [{"kind": "fines", "payer": "Plovio", "amount": 5e6, "rule": "fines:fine/kind-subject"}]),
    # a brand glued to its leading digits is a name
    ("Ofcom has slapped 4chan with a £20,000 ($26,700) fine for failing to comply with the regulator's request.", None,
     [{"kind": "fines", "payer": "4chan", "authority": "Ofcom", "amount": 20000, "currency": "GBP"}]),
    # a cap a bill or a warning sets, and a reckoning nobody imposed, pinned on no one (second blind set, paraphrased)
    ("The draft bill sets a penalty of up to ₹1 crore for the violation of privacy of citizens.", None, []),
    ("Users were warned that downloading such files could land them in prison and a fine of up to Rs 3 lakh.",
     None, []),
    ("If the Commission follows its rules, the penalty levied would be at $6.8 billion, the highest ever.", None, []),
    # a line in another language is read by no English rule (an EDPB summary's French link), while an English
    # sentence keeps a name with "de" in it
    ("For further information: Courtiers en données : sanction de 900 000 euros à l’encontre de la société LUMORA "
     "NETWORKS (French).", None, []),
    ("The competition authority fined Caixa Geral de Depositos €82 million.", None,
     [{"kind": "fines", "payer": "Caixa Geral de Depositos", "amount": 82e6}]),
    # a regulation is the rulebook broken, never the body that fined (shortened from an EDPB summary)
    ("Lumora Networks was fined 900,000 euros. It had breached the General Data Protection Regulation on consent.",
     None, [{"kind": "fines", "payer": "Lumora Networks", "amount": 9e5, "authority": None}]),
    # a penalty per day overdue is a rate, not a sum fined (shortened from the same summary)
    ("The watchdog imposed on Lumora Networks a 900 000 € fine and an order to cease the practice, together with a "
     "penalty of 10 000 € per day overdue after nine months.", None,
     [{"kind": "fines", "payer": "Lumora Networks", "amount": 9e5, "currency": "EUR"}]),
    # restated sums: the first-stated currency is the amount, the bracketed ones restate it (invented, issue 9's form)
    ("The regulator fined Brightwave 2m euros ($2.6m; £1.4m) for misleading customers.", None,
     [{"kind": "fines", "payer": "Brightwave", "amount": 2e6, "currency": "EUR", "amount_usd": 2.6e6}]),
    # distribution: the fine verb's objects listed before a sum said "each" are each fined
    ("Just last week, the State Administration of Market Regulation said it is fining Alibaba, Tencent-backed China "
     "Literature and Shenzhen Hive Box 500,000 yuan ($76,464) each, the maximum under a 2008 anti-monopoly law.", None,
     [{"kind": "fines", "payer": p, "amount": 5e5, "currency": "CNY",
       "authority": "State Administration of Market Regulation", "rule": "fines:fining/each-objects"}
      for p in ("Alibaba", "China Literature", "Shenzhen Hive Box")]),
    # a statutory range is what a law allows, nobody's fine
    ("Violators can be fined between 2 million to 10 million yuan (about USD 310,000-USD 1.5 million) and could have "
     "their business suspended.", None, []),
    ("Under the new law, firms may face fines ranging from 50,000 euros to 2 million euros.", None, []),
    # authority: a body named only as the maker of the rules broken is not the one that fined
    ("Italy's privacy watchdog Garante said on Monday it had fined Luka Inc 5 million euros. Last year, it fined "
     "ChatGPT maker OpenAI 15 million euros over the alleged breach of EU privacy rules.", None,
     [{"kind": "fines", "payer": "Luka Inc", "amount": 5e6, "authority": "Garante"},
      {"kind": "fines", "payer": "OpenAI", "amount": 15e6, "authority": "Garante"}]),
    # authority: a headline's place that fines; a headline phrase ending in "Case" is no body
    ("## China Fines Alibaba $2.8 Billion in Landmark Antitrust Case", None,
     [{"kind": "fines", "payer": "Alibaba", "amount": 2.8e9, "authority": "China"}]),
    # authority: the subject of "announced that it would fine", even a place or union
    ("Europe announced in April that it would fine Apple an eye-popping €500 million for noncompliance with the DMA.",
     None, [{"kind": "fines", "payer": "Apple", "amount": 5e8, "authority": "Europe"}]),
    # authority: a body told by its kind under a place, as the subject that fines
    ("Ireland’s data privacy regulator on Friday announced it is fining TikTok €530 million ($600 million) for "
     "violating strict European Union rules governing how personal data can be transferred abroad.", None,
     [{"kind": "fines", "payer": "TikTok", "amount": 530e6, "authority": "Ireland’s data privacy regulator"}]),
    # authority: the speaker of the sentence
    ("Amazon.com Inc agreed to pay over $80,000 in dues and fines after a delivery contractor failed to pay employee "
     "wages, Massachusetts' attorney general said.", None,
     [{"kind": "fines", "payer": "Amazon.com Inc", "amount": 8e4, "authority": "Massachusetts' attorney general"}]),
    # authority: a body named in the sentence before a passive fine
    ("TikTok has been in the cross hairs of the Irish regulator before. In September 2023, it was fined €345 million "
     "for alleged lapses in the way it cares for children’s personal data.", None,
     [{"kind": "fines", "payer": "TikTok", "amount": 345e6, "authority": "Irish regulator"}]),
    # authority: the one body the article names, told after the fine
    ("The technology giant Apple will have to pay a 10 million euro fine for misleading advertising.\n\nThe Italian "
     "Competition and Market Authority (AGCM) considers that Apple has incurred in incorrect commercial practices.",
     None, [{"kind": "fines", "payer": "Apple", "amount": 1e7,
             "authority": "Italian Competition and Market Authority"}]),
    # payer: a headline's passive, the name right before "fined"
    ("For further information: Data brokers: SOLOCAL MARKETING SERVICES fined €900,000 (English)", None,
     [{"kind": "fines", "payer": "SOLOCAL MARKETING SERVICES", "amount": 9e5, "rule": "fines:fined/headline-passive"}]),
    # a person fined is not the employer (examples invented, the class is real)
    ("The regulator fined Wirecard's former chief operating officer, Jan Marsalek, 2 million euros.", None,
     [{"kind": "fines", "payer": "Jan Marsalek", "amount": 2e6}]),
    ("The SEC fined Acme's chief executive $1 million.", None,
     [{"kind": "fines", "payer": None, "amount": 1e6, "authority": "SEC"}]),
    ("Former Wells Fargo executive Carrie Tolstedt was fined $17 million by the OCC.", None,
     [{"kind": "fines", "payer": "Carrie Tolstedt", "amount": 17e6, "authority": "OCC"}]),
    ("SEBI imposed a penalty of Rs 2 crore on NDTV, Rs 75 lakh on its managing director and Rs 50 lakh on Prannoy "
     "Roy.", None,
     [{"kind": "fines", "payer": "NDTV", "amount": 2e7}, {"kind": "fines", "payer": None, "amount": 75e5},
      {"kind": "fines", "payer": "Prannoy Roy", "amount": 5e6}]),
    # an order's party told by its role, then named; the sum in words is no name
    ("In view of the above, I hereby impose a penalty of Rs. 5,00,000/- (Rupees Five Lakh only) on the Noticee, Mr. "
     "Rakesh Kumar.", None, [{"kind": "fines", "payer": "Rakesh Kumar", "amount": 5e5}]),
    # restitution to customers is no fine
    ("FINRA fined Robinhood Financial $57 million and ordered it to pay $12.6 million in restitution to customers.",
     None, [{"kind": "fines", "payer": "Robinhood Financial", "amount": 57e6, "authority": "FINRA"}]),
    # a cap threatened against a plural common noun is no one's fine; the noun is no name
    ("Violators could face a fine of up to $50,000.", None, []),
    # the same cap told of a named party is still the most a law allows, not a fine anyone was given
    ("The China Three Gorges Project Corp could now face a fine up to 200,000 yuan ($24,000; £12,700).", None, []),
    # "on both sides of the Atlantic": a name inside another noun's "of" phrase is not the one fined "on"
    ("Shell cut its reserves again. In September, Shell paid £82.7m in fines to regulators on both sides of the "
     "Atlantic for violating market rules.", None,
     [{"kind": "fines", "payer": "Shell", "amount": 82.7e6, "authority": None}]),
    # a compass word cut from a nationality is no name ("North Korean ministry" is not "North")
    ("A North Korean ministry fined Koryo Trading 3 million won.", None,
     [{"kind": "fines", "payer": "Koryo Trading", "amount": 3e6, "authority": "North Korean ministry"}]),
    # a headline names the brand the body names with its owner: one fact, the owner pays
    ("TikTok Fined €530 Million for Illegally Sending EU Data to China\nTikTok owner ByteDance Ltd. was fined €530 "
     "million ($600 million) by the European Union for illegally sending user data to China.", None,
     [{"kind": "fines", "payer": "ByteDance Ltd.", "amount": 530e6, "authority": "European Union"}]),
    # a sentence-opening comparative and "the Channel" are no names (invented example, the class is real)
    ("Less costly was the 5 million euro fine that regulators across the Channel imposed on Kestrel Bank.", None,
     [{"kind": "fines", "payer": "Kestrel Bank", "amount": 5e6, "authority": None}]),
    # "each on A and B": the list after the sum each pays it
    ("SEBI has levied a penalty of Rs 25 lakh each on Reliance Industries and Mukesh Ambani.", None,
     [{"kind": "fines", "payer": p, "amount": 25e5, "authority": "SEBI", "rule": "fines:penalty/each-on-list"}
      for p in ("Reliance Industries", "Mukesh Ambani")]),
    # a nationality before a body's kind is part of it
    ("German prosecutors fined Volkswagen 1 billion euros over the diesel scandal.", None,
     [{"kind": "fines", "payer": "Volkswagen", "amount": 1e9, "authority": "German prosecutors"}]),
    # a settlement with a regulator known by its acronym
    ("Herbalife will still be required to pay $200 million to consumers and restructure its business in a "
     "comprehensive settlement, the FTC confirmed Friday.", None,
     [{"kind": "fines", "payer": "Herbalife", "amount": 2e8, "authority": "FTC"}]),
    # a regulator's "enforcement action ... to pay" is a fine; a Philippine text writes the peso "P1.0 billion"
    # (second blind set)
    ("The Monetary Board approved the imposition of supervisory enforcement action on RCBC to pay the amount of P1.0 "
     "billion, in connection with the special examination conducted by the Bangko Sentral ng Pilipinas.", None,
     [{"kind": "fines", "payer": "RCBC", "amount": 1e9, "currency": "PHP", "authority": "Monetary Board",
       "rule": "fines:enforcement action on/on-against"}]),
    # a stray blank inside a grouped sum (blind set): one sum, not "€12"
    ("Of the €28 million penalty, Bank of America Merrill Lynch received the most severe fine of €12, 642,000, "
     "followed by Credit Suisse who received a fine of €11,859,000.", None,
     [{"kind": "fines", "payer": None, "amount": 28e6},
      {"kind": "fines", "payer": "Bank of America Merrill Lynch", "amount": 12642000},
      {"kind": "fines", "payer": "Credit Suisse", "amount": 11859000}]),
    # an acronym the article defines for a body is that body, its letters the name's initials or not (dev2 EDPB summary)
    ("As the French Supervisory Authority (SA) made commercial prospecting a priority topic, it focused on data brokers."
     "\nThe French SA fines SOLOCAL 900 000 €", None,
     [{"kind": "fines", "payer": "SOLOCAL", "amount": 9e5, "authority": "French Supervisory Authority",
       "rule": "fines:fines/glued-object+authority-fining-subject-acronym"}]),
    # a part of a settlement told just before is paid by its payer; a settlement of a lawsuit is with the one body
    # that brought it (blind set)
    ("E-commerce company Halden.com is set to pay $3.95M in settlement charges connected to a lawsuit alleging stealing "
     "of tips.\nThe settlement charges include $2.45M in penalties and $1.5M in costs.\nThe Office of the Attorney "
     "General filed a lawsuit in 2022, alleging that Halden violated the District's consumer protection laws.", None,
     [{"kind": "fines", "payer": "Halden.com", "amount": 3.95e6, "authority": "Office of the Attorney General",
       "rule": "fines:settlement charges/pay-subject+authority-lawsuit-filer"},
      {"kind": "fines", "payer": "Halden.com", "amount": 2.45e6, "authority": "Office of the Attorney General",
       "rule": "fines:penalties/settlement-part+authority-lawsuit-filer"}]),
    # of the bodies in fining sentences, the fine verb's subject is the article's fining body (blind set)
    ("The Directorate General of Civil Aviation imposed a financial penalty of Rs 30 lakh on Air India Express for "
     "operating an aircraft without its permission, Parliament was informed on Thursday.\nThe livery was changed later."
     "\nThe data covers two years.\nAccording to the data, 12 "
     "enforcement actions involved a total penalty of Rs 4.32 crore.", None,
     [{"kind": "fines", "payer": "Air India Express", "amount": 3e6},
      {"kind": "fines", "payer": None, "amount": 4.32e7, "authority": "Directorate General of Civil Aviation"}]),
    # a one-word product a company's possessive names does not pay; its owner does (dev2)
    ("In a comparable case last year, the authority temporarily banned OpenAI’s ChatGPT in Italy and later issued a "
     "€15 million fine over alleged non-compliance with EU data protection rules.", None,
     [{"kind": "fines", "payer": "OpenAI", "amount": 15e6, "rule": "fines:fine/first-name-owner"}]),
    # an office told by its kind as the sentence's subject is the party, not the body the sentence before named (dev)
    ("Volkswagen faces a criminal inquiry by the Department of Justice and an investigation by attorneys general in 42 "
     "states. The attorneys general are expected as soon as Tuesday to announce their own settlement with Volkswagen, "
     "for $500 million in penalties for defrauding consumers.", None,
     [{"kind": "fines", "payer": "Volkswagen", "amount": 5e8, "authority": "attorneys general"}]),
    # a country before a body's acronym is that body; the one body the article names acts (blind set)
    ("Ledmore Retail Hit With £500,000 Fine For Data Breach\nLedmore Retail is the latest to face a fine for failing to "
     "protect customers’ data security. The UK ICO has", None,
     [{"kind": "fines", "payer": "Ledmore Retail", "amount": 5e5, "authority": "UK ICO"}]),
]

# costs beside a fine: what the sum is for (or a bill) names it costs, even listed after the fine (fourth blind set)
FINES_BLIND4: list[Row] = [
    ("Fined: Deloitte has been ordered to pay £15m fine and £5.6m for legal costs", None,
     [{"kind": "fines", "payer": "Deloitte", "amount": 15e6}]),
    ("The Tribunal also ordered Deloitte to pay the £5.6million bill for costs of the investigation and tribunal.",
     None, []),
    # --- seventh blind set (BBC and Reuters business news) ---
    # a settled lawsuit is a fine where the article's public office brought it (its one attorney general); a class
    # action or a private plaintiff's suit is damages
    ("The investigation by New York attorney general Eliot Spitzer has obtained nine guilty pleas. Last month Marsh "
     "agreed to pay $850m (£415m) to settle a lawsuit filed by Mr Spitzer.", None,
     [_f("Marsh", 8.5e8, authority="New York attorney general")]),
    ("Acme agreed to pay $20m to settle a class-action lawsuit brought by shareholders, the SEC said.", None, []),
    ("X has agreed to pay President Donald Trump $10 million to settle a lawsuit from the days when it was Twitter.",
     None, []),
    ("ADM previously settled civil cases brought by its customers and agreed to pay $25 million in the lysine case.",
     None, []),
    # a public body agreeing or reaching a deal of a stated size: a settlement with it; a company's supply deal is none
    ("The SEC unveiled two separate settlements. The SEC agreed a deal totalling $375m with Banc of America Capital "
     "Management, BACAP Distributors and Banc of America Securities.", None,
     [_f("Banc of America Capital Management", 3.75e8, authority="SEC")]),
    ("Acme agreed a deal worth $50m with Beta Corp to supply chips.", None, []),
    # a settlement with a regulator known by its acronym (fifth blind set)
    ("And back in October, AT&T settled with the FCC for $105 million over bogus services.", None,
     [_f("AT&T", 1.05e8, authority="FCC")]),
    # a regulator's deals with parties "who paid X and Y respectively" (fifth blind set); a company's deals are none
    ("Last fall, the FCC reached similar deals with AT&T and T-Mobile, who paid $105M and $90M respectively.", None,
     [_f("AT&T", 1.05e8, authority="FCC"), _f("T-Mobile", 9e7, authority="FCC")]),
    ("Acme reached deals with Beta and Gamma, who paid $5M and $9M respectively.", None, []),
    # the settling verb's subject in a later clause, not the sentence's first name (fifth blind set)
    ("Sprint is not the only carrier to take part in cramming, as the nation’s second-largest carrier AT&T recently "
     "settled with the FCC for $105 million in October.", None, [_f("AT&T", 1.05e8, authority="FCC")]),
    # members told only by their group: the group pays
    ("Jardine Fleming Asset Management was fined 400,000 sterling, while three London-based companies in the Robert "
     "Fleming group were fined 100,000 sterling each.", None,
     [_f("Jardine Fleming Asset Management", 4e5, "GBP"), _f("Robert Fleming group", 1e5, "GBP")]),
    # what a sum is spent on is no fine, though it stands beside one
    ("The total payment includes $5m in fines and more than $4m to fund state compliance checks with gun laws.", None,
     [_f(None, 5e6)]),
    # a regulator's descriptor, then its name in apposition: the name is the authority
    ("Titan pleaded guilty. It agreed to pay $15.5m to settle a civil lawsuit brought by the US financial watchdog, the "
     "Securities and Exchange Commission (SEC).", None,
     [_f("Titan", 1.55e7, authority="Securities and Exchange Commission")]),
    # a total imposed on a counted class of payers
    ("The SEC is stamping out market timing. In the last two years, it has imposed penalties totalling nearly $2bn "
     "on 15 funds.", None, []),
    # "A and its former chief executive B were each fined": both pay
    ("Back in December, Vivendi and its former chief executive Jean-Marie Messier were each fined 1m euros by AMF.",
     None, [_f("Vivendi", 1e6, "EUR", authority="AMF"), _f("Jean-Marie Messier", 1e6, "EUR", authority="AMF")]),
    # an officer at a company is fined, not the company; the sentence does not name the person
    ("An ex-chief financial officer at Boeing has received a four-month jail sentence and a fine of $250,000 for "
     "illegally hiring a top Air Force aide.", None, [_f(None, 2.5e5)]),
    # a name then its initials is one payer: one fact told twice is one row
    ("Archer Daniels Midland Co. said it agreed to pay record fines totaling $100 million. While the $100 million in "
     "fines were the largest ever, ADM said the impact was minimal.", None, [_f("Archer Daniels Midland Co.", 1e8)]),
]

# names: a sentence-opening descriptor's first word is not the name it describes
NAMES_DEV2: list[Row] = [
    ("Data and analytics software company Palantir is expecting to fetch a market valuation of around $22 billion.",
     None, [{"kind": "valuations", "company": "Palantir", "amount": 22e9}]),
    ("Italy Fines AI Chatbot Maker Replika €5 Million Over Privacy Violations", None,
     [{"kind": "fines", "payer": "Replika", "amount": 5e6, "authority": "Italy"}]),
]
