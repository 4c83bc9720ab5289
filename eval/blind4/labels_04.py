"""Labels: bertmad3400/articleMD (security-news articles from Bleeping Computer, The Record and ZDNet scraped into Obsidian-style
Markdown: '# title', an optional '### standfirst', '## Information:' with '+ Source', '+ Link' (the original address), '+ Date',
'+ Author', then '## Article:' with the body (images, links, lists) and a tag block of [[wiki links]])."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "bertmad3400/articleMD"
SEC = ["US Securities and Exchange Commission", "Securities and Exchange Commission", "SEC", "The US Securities and Exchange Commission"]

doc(R, "bleepingcomputer/Amazon-gets-888-million-GDPR-fine-for-behavioral-advertising.md",
    "Amazon gets $888 million GDPR fine for behavioral advertising", author="Lawrence Abrams", published="2021-07-30",
    fines=[F(["Amazon", "Amazon Europe Core S.à r.l.", "Amazon Europe Core"],
             ["Luxembourg's Commission nationale pour la protection des données", "Commission nationale pour la protection des données",
              "CNPD", "Luxembourg National Commission for Data Protection"], [("EUR", 746_000_000), ("USD", 888_000_000)]),
           F(["Google"], None, [("EUR", 50_000_000), ("USD", 56_600_000)])],
    audit=["$888 million GDPR fine (title) / a record-breaking €746 million fine / The decision imposes a fine of €746 million -> fines "
           "(Amazon, CNPD), both currencies accepted",
           "the largest fine was €50 million ($56.6 million at the time) against Google -> fines (Google), authority null: the text does "
           "not name the regulator",
           "July 16, 2021 / 10-Q / 2018 -> not money"])

doc(R, "bleepingcomputer/Education-giant-Pearson-fined-1M-for-downplaying-data-breach.md",
    "Education giant Pearson fined $1M for downplaying data breach", author="Sergiu Gatlan", published="2021-08-16",
    fines=[F(["Pearson"], SEC, [("USD", 1_000_000)])],
    audit=["fined $1M (title) / Pearson agreed to pay a $1 million civil money penalty to settle charges -> fines (Pearson, SEC)",
           "13,000 customer accounts / 2018 / March 2019 / July 26, 2019 / six months -> not money"])

WA = ["WhatsApp", "Facebook's WhatsApp"]
DPC = ["Irish Data Protection Commission", "Data Protection Commission", "DPC", "Ireland's data protection agency"]
doc(R, "therecord/WhatsApp-hit-with-giant-225-million-267M-million-GDPR-fine.md",
    "WhatsApp hit with giant €225 million (~$267M) million GDPR fine", author="Catalin Cimpanu", published="2021-09-02",
    fines=[F(WA, DPC, [("EUR", 225_000_000), ("USD", 267_000_000)]),
           F(["Amazon"], None, [("EUR", 746_000_000), ("USD", 887_000_000)]),
           F(WA, DPC, [("EUR", 50_000_000)], opt=True),
           F(WA, DPC, [("EUR", 90_000_000)], opt=True), F(WA, DPC, [("EUR", 30_000_000)], opt=True),
           F(WA, DPC, [("EUR", 75_000_000)], opt=True)],
    audit=["€225 million (~$267M) (title) / a €225 million ($267 million) fine against Facebook's WhatsApp -> fines (WhatsApp, DPC)",
           "Amazon was fined €746 million ($887 million) in Luxembourg -> fines (Amazon), authority null (only the country is named)",
           "Irish officials wanted to fine WhatsApp €50 million, but the initial fine was vetoed -> fines (optional): a proposed fine",
           "fines of €90 million / €30 million (twice) / €75 million per GDPR article -> fines (optional): components of the €225m",
           "December 2018 / Article 5(1)(a), 12, 13, 14 / 2018, 2021 -> not money"])

CNIL = ["France's National Commission on Informatics and Liberty", "National Commission on Informatics and Liberty", "CNIL"]
doc(R, "bleepingcomputer/France-hits-Facebook-and-Google-with-210-million-in-fines.md",
    "France hits Facebook and Google with $210 million in fines", author="Bill Toulas", published="2022-01-06",
    fines=[F(["Facebook", "Facebook Ireland Ltd."], CNIL, [("EUR", 60_000_000), ("USD", 68_000_000)]),
           F(["Google"], CNIL, [("EUR", 150_000_000), ("USD", 170_000_000)]),
           F(["Google"], ["Italian competition authority"], [("EUR", 10_000_000)]),
           F(None, CNIL, [("USD", 210_000_000)], opt=True),
           F(["Google LLC"], CNIL, [("EUR", 90_000_000)], opt=True), F(["Google Ireland Ltd."], CNIL, [("EUR", 60_000_000)], opt=True),
           F(["Facebook", "Facebook Ireland Ltd."], CNIL, [("EUR", 100_000)], opt=True),
           F(["Google"], CNIL, [("EUR", 100_000)], opt=True)],
    audit=["$210 million in fines (title) -> fines (optional): the two fines added together",
           "a 60 million euro ($68 million) sanction against Facebook (standfirst + body) / an administrative fine of 60 million Euros against "
           "Facebook Ireland Ltd. -> fines (Facebook, CNIL)",
           "a 150 million euro ($170 million) penalty against Google / the 150 million Euro fine being split between Google LLC and Google "
           "Ireland Ltd., 90 million Euros and 60 million Euros -> fines (Google, CNIL); the split is optional",
           "an additional 100,000 Euros per day of delay (Facebook; the same for Google) -> fines (optional): daily penalties",
           "the Italian competition authority hit Google with a fine of 10 million Euros -> fines (Google, Italian competition authority)",
           "Article 82 / December 2021 / March 2022 -> not money"])

doc(R, "therecord/SEC-fines-three-companies-over-hacked-employee-email-accounts.md",
    "SEC fines three companies over hacked employee email accounts", author="Catalin Cimpanu", published="2021-09-02",
    fines=[F(["Cetera", "Cetera Advisor Networks LLC"], SEC, [("USD", 300_000)]),
           F(["Cambridge", "Cambridge Investment Research Inc."], SEC, [("USD", 250_000)]),
           F(["KMS", "KMS Financial Services Inc."], SEC, [("USD", 200_000)])],
    audit=["Cetera will pay $300,000, Cambridge will pay $250,000, and KMS will pay $200,000, the SEC said -> three fines (SEC)",
           "60 / 4,388 / 121 / 2,177 / 15 / 4,900 employees and customers; 2017-2021 dates; Rule 30(a) -> not money"])

AP = ["Dutch Data Protection Agency", "DPA", "Dutch Data Protection Authority", "Autoriteit Persoonsgegevens"]
doc(R, "therecord/Transavia-airline-fined-for-weak-security-practices-that-led-to-data-breach.md",
    "Transavia airline fined for weak security practices that led to data breach", author="Catalin Cimpanu", published="2021-11-12",
    fines=[F(["Transavia"], AP, [("EUR", 400_000), ("USD", 455_000)]),
           F(["Booking.com"], AP, [("EUR", 475_000), ("USD", 560_000)])],
    audit=["levied a €400,000 ($455,000) fine today against Transavia -> fines (Transavia, Dutch DPA)",
           "the same DPA also fined hotel booking website Booking.com €475,000 ($560,000) -> fines (Booking.com, Dutch DPA)",
           "83,000 passengers / 25 million / 367 / 2015 / 2018 / 22 days / 72 hours / 2016 -> not money"])

doc(R, "bleepingcomputer/Surveillance-firm-pays-1-million-fine-after-spy-van-scandal.md",
    "Surveillance firm pays $1 million fine after 'spy van' scandal", author="Ionut Ilascu", published="2021-11-13",
    fines=[F(["WiSpear"], ["Office of the Commissioner for Personal Data Protection in Cyprus",
                           "Office of the Commissioner for Personal Data Protection", "Commissioner for the Protection of Personal Data",
                           "data protection watchdog in Cyprus"], [("USD", 1_000_000), ("EUR", 925_000)])],
    must_not=[MN("USD", 3_500_000, "value of the equipment in the van"), MN("USD", 9_000_000, "possible cost of the surveillance truck")],
    audit=["pays $1 million fine (title) / collected a $1 million fine from intelligence company WiSpear / €925,000 fine (heading) / paid an "
           "administrative fine of 925,000 euros -> one fine (WiSpear, Cyprus data protection commissioner), both figures accepted",
           "at least $3.5 million worth of equipment -> not a record",
           "The $9 million surveillance truck (heading) / could cost as much as $9 million -> not a record",
           "Larnaca / 15-digit / 13 charges / October 9 / 1998 and 2002 / Unit 81 -> not money"])

doc(R, "zdnet/1Password-raises-620-million-in-latest-funding-round--ZDNet.md",
    ["1Password raises $620 million in latest funding round | ZDNet", "1Password raises $620 million in latest funding round"],
    author="Jonathan Greig", published="2022-01-19",
    investments=[I(None, ["1Password"], [("USD", 620_000_000)])],
    valuations=[V(["1Password"], [("USD", 6_800_000_000)])],
    audit=["raises $620 million (title) / raising $620 million and boosting its valuation to $6.8 billion (standfirst + body) -> "
           "investments (1Password), investor null: ICONIQ Growth, Tiger Global, Lightspeed, Backbone Angels, Accel and celebrities; "
           "valuations (1Password) $6.8bn",
           "100,000 companies / 24 months / 570 employees -> not money"])

doc(R, "zdnet/Cloud-security-firm-Lacework-secures-13-billion-in-new-funding-round.md",
    "Cloud security firm Lacework secures $1.3 billion in new funding round", author="Charlie Osborne", published="2021-11-18",
    investments=[I(None, ["Lacework"], [("USD", 1_300_000_000)]), I(None, ["Lacework"], [("USD", 525_000_000)])],
    audit=["secures $1.3 billion (title) / Lacework has raised $1.3 billion in a new funding round ... led by existing investors Sutter Hill "
           "Ventures, Altimeter Capital, D1 Capital Partners, and Tiger Global -> investments (Lacework), investor null",
           "Soluble ... The purchase price was not disclosed -> no record",
           "Lacework previously closed a $525 million funding round -> investments (Lacework): the earlier round",
           "2015 / five rounds / 18 months / +447713 025 499 -> not money"])

AUC = ["AUCloud"]
doc(R, "zdnet/NextDC-takes-one-fifth-stake-in-AUCloud-during-35m-capital-raising.md",
    "NextDC takes one-fifth stake in AUCloud during $35m capital raising", author="Aimee Chanthadavong", published="2021-11-22",
    offerings=[O(AUC, [("AUD", 35_000_000), ("USD", 35_000_000)])],
    investments=[I(["NextDC", "NEXTDC"], AUC, [("AUD", 12_400_000), ("USD", 12_400_000)])],
    stakes=[S(["NextDC", "NEXTDC"], AUC, 20.0)],
    must_not=[MN("AUD", 0.50, "issue price per share"), MN("AUD", 41_500_000, "AUCloud's pro-forma net cash")],
    audit=["$35m capital raising (title) / will commence a AU$35 million capital raising ... by issuing new shares at AU$0.50 per share -> "
           "offerings (AUCloud); the title's '$35m' is the same Australian-dollar sum (USD also accepted); the per-share price is not a record",
           "NextDC's placement in AUCloud will be approximately $12.4 million, which will be equivalent to about a 20% share (standfirst) / "
           "a placement to NextDC of approximately AU$12.4 million -> investments (NextDC in AUCloud) and stakes (NextDC, AUCloud) 20 "
           "('one-fifth stake' in the title)",
           "1,500+ enterprise customers / 730+ channel partners -> not money",
           "pro-forma net cash position will increase to AU$41.5 million -> not a record"])

doc(R, "zdnet/Moodys-to-invest-250-million-in-BitSight-create-cybersecurity-risk-platform.md",
    "Moody's to invest $250 million in BitSight, create 'cybersecurity risk platform'", author="Jonathan Greig", published="2021-09-13",
    investments=[I(["Moody's Corporation", "Moody's"], ["BitSight"], [("USD", 250_000_000)])],
    valuations=[V(["BitSight"], [("USD", 2_400_000_000)])],
    stakes=[S(["Moody's Corporation", "Moody's"], ["BitSight"], None, opt=True)],
    must_not=[MN("USD", 20_000_000_000_000, "total rated debt in high-risk sectors")],
    audit=["Moody's to invest $250 million in BitSight (title) / Moody's invest $250 million in BitSight / The $250 million deal -> "
           "investments (Moody's in BitSight)",
           "BitSight ... will acquire Moody's cyber risk ratings venture VisibleRisk (no price) -> no record",
           "total rated debt exceeding $20 trillion -> not a record",
           "BitSight's valuation grew to $2.4 billion after the investment -> valuations (BitSight)",
           "will make Moody's the largest minority shareholder in Bitsight -> stakes (optional): no percent",
           "13 sectors / 2,300 customers / Fortune 500 -> not money"])

doc(R, "zdnet/Morgan-Stanley-agrees-to-60-million-settlement-in-data-breach-lawsuit--ZDNet.md",
    ["Morgan Stanley agrees to $60 million settlement in data breach lawsuit | ZDNet",
     "Morgan Stanley agrees to $60 million settlement in data breach lawsuit"],
    author="Charlie Osborne", published="2022-01-05",
    fines=[F(["Morgan Stanley"], ["Office of Comptroller of Currency", "Office of the Comptroller of the Currency", "OCC"],
             [("USD", 60_000_000)])],
    must_not=[MN("USD", 10_000, "per-claimant cap for out-of-pocket expenses"), MN("USD", 100, "lost-time payment"),
              MN("USD", 25, "hourly rate for lost time")],
    audit=["agrees to $60 million settlement in data breach lawsuit (title) / a settlement figure of $60 million to resolve a data breach "
           "lawsuit / $60 million will be awarded ... through a settlement fund -> not a record by itself: a private class-action settlement; "
           "the same figure is not listed as must_not because of the next item",
           "Separately, a $60 million fine was issued by the OCC for data protection failures -> fines (Morgan Stanley, OCC)",
           "up to $10,000 for out-of-pocket expenses and $100 in 'lost time,' (four hours at $25 per hour) -> not records",
           "15 million clients / 2016, 2017, 2019, 2020 / 24 months / 12 months -> not money"])

NLOK = ["NortonLifeLock"]
doc(R, "therecord/NortonLifeLock-and-Avast-to-merge-in-8-billion-transaction.md",
    "NortonLifeLock and Avast to merge in $8 billion transaction", author="Catalin Cimpanu", published="2021-08-10",
    stakes=[S(["Avast stockholders", "Avast shareholders", "Avast"], NLOK, 14.0, opt=True)],
    must_not=[MN("USD", 8_000_000_000, "merger value (title)"), MN("USD", 8_100_000_000, "merger value, low end"),
              MN("USD", 8_600_000_000, "merger value, high end"), MN("USD", 27.20, "NortonLifeLock share price used in the deal"),
              MN("USD", 360_000_000, "price paid for Avira (acquisition)"),
              MN("USD", 10_700_000_000, "price Broadcom paid for Symantec's enterprise assets (acquisition)")],
    audit=["$8 billion transaction (title) / could be worth between $8.1 billion to $8.6 billion (twice) -> not records: a merger's price",
           "$27.20/share -> not a record",
           "Avast stockholders will hold approximately 14% of the combined company's shares -> stakes (optional): a group of holders after "
           "the merger",
           "bought German antivirus maker Avira in a $360 million cash transaction / sold its enterprise assets to Broadcom for $10.7 billion "
           "-> not records: acquisition prices",
           "July 13, 2021 / 500 million users / November 2019 -> not money"])

doc(R, "zdnet/Microsoft-takes-a-stake-in-Rubrik-to-combat-ransomware.md",
    "Microsoft takes a stake in Rubrik to combat ransomware", author="Liam Tung", published="2021-08-18",
    valuations=[V(["Rubrik"], [("USD", 4_000_000_000)]), V(["Rubrik"], [("USD", 3_300_000_000)])],
    stakes=[S(["Microsoft"], ["Rubrik"], None, opt=True)],
    audit=["Microsoft has invested an undisclosed amount / the 'low tens of millions' -> no investment record: no amount",
           "takes a stake (title) -> stakes (optional): no percent",
           "valued Rubrik at about $4 billion / was valued at $3.3 billion in 2019 -> valuations (Rubrik), the current and the earlier one",
           "2,000 mutual customers / 2014 -> not money; 'multi-million-dollar ransomware demands' has no figure"])

QL = ["QuintessenceLabs", "QLabs"]
doc(R, "zdnet/QuintessenceLabs-raises-AU25m-to-take-quantum-based-cyber-solutions-global.md",
    "QuintessenceLabs raises AU$25m to take quantum-based cyber solutions global", author="Aimee Chanthadavong",
    published="2021-10-27",
    investments=[I(None, QL, [("AUD", 25_000_000)])],
    stakes=[S(["Westpac"], QL, 16.0)],
    must_not=[MN("AUD", 3_260_000, "Department of Defence funding (a government grant/contract)"),
              MN("AUD", 528_000, "additional Defence funding for encryption work")],
    audit=["raises AU$25m (title) / completed a AU$25 million series B funding round ... led by Main Sequence and the investment arm of "
           "Canadian telco Telus, with participation from ... -> investments (QLabs), investor null: co-leads and others",
           "picked up AU$3.26 million in funding from the Australian Department of Defence / an additional AU$528,000 -> not records: "
           "government grants (blind conventions: grants are not investments)",
           "Westpac has also previously funded QLabs' work, boasting a 16% stake in the company -> stakes (Westpac, QLabs)",
           "eight to more than 20 / 18 months / a dozen Fortune 500 / 2008 / 2017 -> not money"])

doc(R, "zdnet/Google-Heres-how-our-10bn-investment-will-boost-US-cybersecurity.md",
    "Google: Here's how our $10bn investment will boost US cybersecurity", author="Liam Tung", published="2021-08-27",
    must_not=[MN("USD", 10_000_000_000, "Google's five-year cybersecurity spending commitment"),
              MN("USD", 20_000_000_000, "Microsoft's five-year cybersecurity spending commitment")],
    audit=["our $10bn investment (title) / Google's $10 billion commitment to beefing up critical US infrastructure -> not a record: a "
           "company's spending pledge with no investee (blind conventions)",
           "Google and Microsoft committed $10 billion and $20 billion, respectively, over five years -> not records",
           "18 cybersecurity companies / Executive Order 14028 / four papers / 9000 bugs (link) -> not money"])

doc(R, "zdnet/Akamai-acquires-cybersecurity-firm-Guardicore-for-600-million.md",
    "Akamai acquires cybersecurity firm Guardicore for $600 million", author="Charlie Osborne", published="2021-09-29",
    must_not=[MN("USD", 600_000_000, "price Akamai pays for Guardicore (acquisition)"),
              MN("USD", 30_000_000, "expected revenue from the purchase, low end"), MN("USD", 35_000_000, "expected revenue, high end"),
              MP(29.0, "operating margin"), MP(30.0, "operating margin")],
    audit=["for $600 million (title) / Akamai will pay roughly $600 million to acquire all outstanding equity -> not a record: an "
           "acquisition price (100% of the equity bought is not reported as a stake either)",
           "between $30 and $35 million in revenue over FY2022 -> not records",
           "non-GAAP operating margin ... 29-30%, returning to a minimum of 30% -> not records",
           "Q4 2021 / 2023 / +447713 025 499 -> not money"])
