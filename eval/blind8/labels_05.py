"""Labels: PatrickDDj/ChinaDaily, static/news/2020-11-19/TITLE - People's Daily Online.txt — People's Daily Online
English pages (mostly Xinhua copy) saved as flat text by a class project's crawler: the whole page on one line, headline,
site navigation, dateline "BEIJING, Nov. 18 (Xinhua) --", body, then 'Related reading' / 'Most Read' headline lists
and the site footer. Chosen as the set's Chinese-newswire negatives: yuan figures with US-dollar equivalents that are
aggregates, loans, sales and fiscal data, none of them a record. Meta: headline (with or without the site suffix) and
the page's date."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "PatrickDDj/ChinaDaily"
P = "static/news/2020-11-19/"
SFX = " - People's Daily Online"

T = "China mulls measures to mitigate corporate bond default risks"
doc(R, P + T + SFX + ".txt", [T, T + SFX], published="2020-11-19",
    must_not=[MN("CNY", 476_780_000_000, "total corporate bond issuance in China (aggregate, debt)"),
              MN("USD", 72_690_000_000, "same in US dollars")],
    audit=["the issuance of corporate bonds in the country reached 476.78 billion yuan (about 72.69 billion U.S. dollars) -> not "
           "records: a national aggregate of bond issuance", "zero cases of corporate credit bond defaults -> not money"])

T = "Double Eleven shopping festival brings in new features to offset pandemic impact"
doc(R, P + T + SFX + ".txt", [T, T + SFX], author="Kou Jie", published="2020-11-12",
    must_not=[MN("CNY", 498_200_000_000, "Alibaba's festival sales (gross merchandise value)"),
              MN("USD", 75_200_000_000, "same in US dollars"),
              MN("CNY", 271_500_000, "JD.com's festival sales as printed ('271.5 million RMB')"),
              MN("USD", 41_000_000_000, "JD.com's festival sales in US dollars"),
              MN("CNY", 10_000_000, "a firm's lost export orders"),
              MN("CNY", 1_700_000_000_000, "online sales of rural products (aggregate)"),
              MP(9.7, "online retail sales growth"), MP(98, "fibre availability in poor villages"),
              MP(31.5, "a page-sidebar headline: China's investment in Belt and Road countries up 31.5 percent")],
    audit=["Alibaba ... sold goods worth 498.2 billion RMB ($75.2 billion) -> not records: sales",
           "JD.com reached a sale volume of 271.5 million RMB ($41 billion) -> not records: sales (the rmb figure is misprinted in the "
           "source, 'million' for 'billion')", "Our export orders have shrunk 10 million RMB -> not a record",
           "year-on-year growth of 9.7 percent / 98 percent -> not records",
           "online sales of products from rural areas ... reaching 1.7 trillion yuan -> not a record",
           "800 million buyers, 25,000 brands / 200 million views / 3.5 million population -> not money",
           "sidebar headline 'China’s investment in Belt and Road countries up 31.5 percent' (page furniture, not the story) -> not a "
           "record", "sidebar headline '535 million parcels handled' -> not money"])

T = "China Development Bank to make huge loans for forest ecology"
doc(R, P + T + SFX + ".txt", [T, T + SFX], published="2020-11-19",
    must_not=[MN("CNY", 150_000_000_000, "loans the CDB intends to issue (lending, not an investment)"),
              MN("USD", 22_870_000_000, "same in US dollars"), MN("CNY", 50_000_000_000, "loans issued 2016-2020"),
              MN("CNY", 442_900_000_000, "'Related reading' headline: local government bond issuance in October")],
    audit=["intends to issue 150 billion yuan (about 22.87 billion U.S. dollars) in loans -> not records: lending programme",
           "issued a total of 50 billion yuan in loans -> not a record",
           "'Related reading' headline 'China's local gov't bond issuance hits 442.9 bln yuan in October' (page furniture) -> not a "
           "record"])

T = "China's fiscal revenue down 5.5 pct in first 10 months"
doc(R, P + T + SFX + ".txt", [T, T + SFX], published="2020-11-19",
    must_not=[MN("CNY", 15_850_000_000_000, "fiscal revenue"), MN("USD", 2_420_000_000_000, "same in US dollars"),
              MN("CNY", 13_500_000_000_000, "tax revenue"), MN("CNY", 4_820_000_000_000, "VAT revenue"),
              MN("CNY", 7_360_000_000_000, "central government revenue"), MN("CNY", 8_490_000_000_000, "local government revenue"),
              MN("CNY", 18_940_000_000_000, "fiscal spending"),
              MP(5.5, "revenue fall"), MP(4.6, "tax revenue fall"), MP(11.4, "VAT fall"), MP(8.7, "central revenue fall"),
              MP(2.4, "local revenue fall"), MP(0.6, "spending fall")],
    audit=["down 5.5 percent year on year to around 15.85 trillion yuan (about 2.42 trillion U.S. dollars) -> not records: fiscal data",
           "4.6 percent ... 13.5 trillion / 11.4 percent ... 4.82 trillion / 7.36 trillion, 8.7 percent / 2.4 percent ... 8.49 trillion / "
           "0.6 percent ... 18.94 trillion yuan -> not records: fiscal data"])
