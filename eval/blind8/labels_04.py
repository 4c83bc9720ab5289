"""Labels: EurolandHanoi/fullshare, _posts/YYYY-MM-DD-*.md — English press releases of Fullshare Holdings (SEHK 607,
Nanjing/Hong Kong), 2016-2017, kept in the company's Jekyll site: YAML front matter (title, date; author empty) then a
body opening "(date, Hong Kong) **Fullshare Holdings Limited** (...)". HK$, RMB, S$ and US$ amounts; subscriptions for
new shares, joint ventures, a share-exchange takeover, directors' holdings. Meta: title and date from the front matter."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "EurolandHanoi/fullshare"
P = "_posts/"
FS = ["Fullshare Holdings", "Fullshare Holdings Limited", "Fullshare", "Fullshare Holdings’"]
CHST = ["China High Speed Transmission Equipment Group", "China High Speed Transmission Equipment Group Co., Ltd.",
        "China High Speed Transmission", "China High Speed"]

doc(R, P + "2016-07-24-fullshare-holdings-limited-invests-hk-140-million-to-support-the-development-of-healthcare-finance-business.md",
    "Fullshare Holdings Limited Invests HK$140 million to Support the Development of Healthcare Finance Business",
    published="2016-07-24",
    investments=[I(FS, ["financial advisory and asset management companies", "companies engaged in financial advisory and asset "
                        "management business"], [("HKD", 140_000_000)], opt=True)],
    stakes=[S(["BaoQiao Partners Capital Limited", "BaoQiao Partners"], FS, 0.17, opt=True)],
    must_not=[MN("HKD", 126_000_000, "part of the purchase price paid to BaoQiao Partners"),
              MN("HKD", 14_000_000, "part of the purchase price paid to Ms. Lin Wai Yan")],
    audit=["acquire companies ... for a total consideration of HK$140 million (title: Invests HK$140 million) -> investment (optional): "
           "price of whole companies bought from their owners (a takeover price, told as 'invests'); the targets are not named",
           "settle the payment with HK$126 million in cash and by allotting ... new shares to BaoQiao Partners / pay HK$14 million in "
           "cash to her -> not records: the parts of the purchase price by seller",
           "BaoQiao Partners will own 0.17% of the enlarged share capital of the Company -> stake (optional): a level after completion, "
           "received as payment"])

doc(R, P + "2016-07-28-fullshare-holdings-invests-in-platform-for-direct-sales-of-healthcare-products-and-services.md",
    "Fullshare Holdings invests in platform for direct sales of healthcare products and services",
    published="2016-07-28",
    investments=[I(["Guangzhou Fullshare", "Guangzhou Fullshare Health Management Limited Company"] + FS,
                   ["Tianjin Bailesi", "Tianjin Bailesi Biotech Development Co., Ltd."], [("CNY", 42_500_000)]),
                 I(["Zhongyuan Union", "Zhongyuan Union Cell & Gene Engineering Corporation, Ltd",
                    "Zhongyuan Union Cell & Gene Engineering Corporation"],
                   ["Tianjin Bailesi", "Tianjin Bailesi Biotech Development Co., Ltd."], [("CNY", 42_500_000)])],
    stakes=[S(["Guangzhou Fullshare", "Guangzhou Fullshare Health Management Limited Company"] + FS,
              ["Tianjin Bailesi", "Tianjin Bailesi Biotech Development Co., Ltd."], 35.0),
            S(["Zhongyuan Union", "Zhongyuan Union Cell & Gene Engineering Corporation, Ltd",
               "Zhongyuan Union Cell & Gene Engineering Corporation"],
              ["Tianjin Bailesi", "Tianjin Bailesi Biotech Development Co., Ltd."], 35.0),
            S(["Tianjin Lianshengyuan", "Tianjin Lianshengyuan Cultural Communications Limited"],
              ["Tianjin Bailesi", "Tianjin Bailesi Biotech Development Co., Ltd."], 30.0)],
    audit=["Each of Guangzhou Fullshare and Zhongyuan Union has conditionally agreed to invest RMB42.5 million in Tianjin Bailesi "
           "respectively -> two investments (Guangzhou Fullshare -> Tianjin Bailesi; Zhongyuan Union -> Tianjin Bailesi): signed, "
           "new money", "will hold 35%, 35% and 30% in Tianjin Bailesi respectively -> three stakes (the holdings the signed agreement "
           "sets)", "within the next 3 to 5 years / next five years -> not money"])

doc(R, P + "2016-08-05-fullshare-holdings-contributes-rmb900-million-to-set-up-joint-venture-to-develop-and-operate-properties-for-cultural-tourism-and-elderly-care.md",
    "Fullshare Holdings contributes RMB900 million to set up joint venture to develop and operate properties for cultural, tourism "
    "and elderly care", published="2016-08-05",
    investments=[I(["Nanjing Fullshare Technology"] + FS, ["joint venture", "the joint venture"], [("CNY", 900_000_000)], opt=True),
                 I(None, ["joint venture", "the joint venture"], [("CNY", 2_000_000_000)], opt=True)],
    stakes=[S(["Nanjing Fullshare Technology"] + FS, ["joint venture", "the joint venture"], 45.0, opt=True),
            S(["Jiangsu Eastide", "Jiangsu Eastide Group Limited"], ["joint venture", "the joint venture"], 45.0, opt=True),
            S(["Zhong Bang Jin Kan", "Zhong Bang Jin Kan Investment Company Limited"], ["joint venture", "the joint venture"], 10.0,
              opt=True)],
    audit=["the joint venture will have a registered capital of RMB2 billion -> investment (optional): the partners' capital together",
           "which will include RMB900 million contributed by Nanjing Fullshare Technology in cash (title: contributes RMB900 million) -> "
           "investment (optional): new money into a joint venture the text never names",
           "will hold equity interests of 45%, 45% and 10% respectively in the joint venture -> stakes (optional): the target is unnamed"])

doc(R, P + "2016-09-16-fullshare-proposes-acquiring-more-than-90-of-china-high-speed-transmission-equipment-group-in-line-with-business-direction-of-providing-green-healthy-living-environment.md",
    "Fullshare proposes acquiring more than 90% of China High Speed Transmission Equipment Group in line with business direction of "
    "providing green, healthy living environment", published="2016-09-16",
    stakes=[S(["Fortune Apex Limited", "Fortune Apex"], CHST, 28.01),
            S(["Ji Changqun", "Mr. Ji Changqun", "Glorious Time Holdings Limited", "Glorious Time Holdings"], CHST, 9.08),
            S(FS, CHST, 90.92, opt=True), S(FS, CHST, 90.0, opt=True)],
    must_not=[MP(62.91, "held by the other public shareholders (the float)"),
              MP(23.41, "new shares as a share of Fullshare's existing shares"),
              MP(18.97, "new shares as a share of Fullshare's enlarged capital"),
              MP(46.59, "premium over the closing price"), MP(31.74, "discount to the closing price"),
              MN("HKD", 10.95, "ascribed value per share"), MN("HKD", 4.38, "closing price per share"),
              MN("HKD", 7.47, "closing price per share"), MN("HKD", 2.99, "implied issue price per share")],
    audit=["proposes an offer to acquire a more than 90% equity interest (title: more than 90%) / in order to acquire a 90.92% stake -> "
           "stakes (optional): proposed by an offer",
           "Fortune Apex Limited (which now holds a 28.01% equity stake in China High Speed Transmission) -> stake (Fortune Apex 28.01)",
           "other public shareholders (who now hold 62.91%) -> not a record: the public float",
           "Mr. Ji Changqun, presently has a 9.08% holding in China High Speed Transmission through ... Glorious Time Holdings Limited -> "
           "stake (Ji Changqun 9.08)",
           "approximately 23.41% ... and 18.97% ... (new shares as a share of Fullshare's capital) -> not records: dilution sizes",
           "HK$10.95 / HK$4.38 / HK$7.47 / HK$2.99 per share, premium 46.59%, discount 31.74% -> not records: per-share prices"])

doc(R, P + "2016-09-30-fullshare-holdings-supports-the-development-of-healthcare-businesses-by-investing-in-medicskin.md",
    "Fullshare Holdings supports the development of healthcare businesses by investing in Medicskin", published="2016-09-30",
    investments=[I(FS, ["Medicskin", "Medicskin Holdings Limited", "Medicskin Holdings"], [("HKD", 51_840_000)])],
    stakes=[S(FS, ["Medicskin", "Medicskin Holdings Limited", "Medicskin Holdings"], 16.67)],
    must_not=[MN("HKD", 0.648, "subscription price per share")],
    audit=["subscribe for 80,000,000 new fully paid up shares of Medicskin at the subscription price of HK$0.648 ... for a total "
           "consideration of HK$51.84 million -> investment (Fullshare -> Medicskin, new shares); per-share price not a record",
           "the Group will be interested in approximately 16.67% in Medicskin -> stake (Fullshare in Medicskin 16.67)"])

doc(R, P + "2016-11-21-over-68-of-china-high-speed-transmissions-shareholders-accepted-the-share-exchange-offer-by-the-wholly-owned-subsidiary-of-fullshare-holdings.md",
    "Over 68% of China High Speed Transmissions’ shareholders Accepted the Share Exchange Offer by the wholly-owned subsidiary of "
    "Fullshare Holdings in relation to the acquisition all of the issued shares of China High Speed Transmission",
    published="2016-11-21",
    stakes=[S(FS, CHST, 77.15, opt=True)],
    must_not=[MP(68, "share of the target's shareholders who accepted the offer")],
    audit=["over 68% of China High Speed Transmissions’ shareholders accepted the share exchange offer -> not a record: acceptance "
           "level", "the valid acceptances ... together with the Offeree Shares already held by the Offeror, Fullshare and parties "
           "acting in concert ... comprise approximately 77.15% of the voting rights -> stake (optional): voting rights of the offeror "
           "and concert parties, acceptances not yet settled", "4:00 pm on 5 December -> not money"])

doc(R, P + "2016-12-09-fullshare-holdings-to-acquire-australian-childcare-provider-sparrow-early-learning.md",
    "Fullshare Holdings to acquire Australian Childcare Provider: Sparrow Early Learning", published="2016-12-09",
    stakes=[S(FS, ["Sparrow Early Learning", "Sparrow Early Learning Pty Ltd.", "Sparrow"], 90.0),
            S(["Simon Morris"], ["Sparrow Early Learning", "Sparrow Early Learning Pty Ltd.", "Sparrow"], 10.0)],
    audit=["signed subscription and share sale agreement to acquire approximately 90% of the issued share capital of Sparrow Early "
           "Learning -> stake (Fullshare in Sparrow 90): signed", "Simon Morris ... will retain an approximate 10% stake -> stake "
           "(Simon Morris in Sparrow 10)", "24 centres / more than 100 childcare centres -> not money"])

doc(R, P + "2016-12-12-fullshare-holdings-to-acquire-9-09-of-china-saite-group-for-hk-106-million.md",
    "Fullshare Holdings to acquire 9.09% of China Saite Group for HK$106 million", published="2016-12-12",
    investments=[I(FS, ["China Saite Group", "China Saite", "China Saite Group Company Limited"], [("HKD", 106_000_000)])],
    stakes=[S(FS, ["China Saite Group", "China Saite", "China Saite Group Company Limited"], 9.09)],
    must_not=[MN("HKD", 0.52, "subscription price per share"), MN("HKD", 0.58, "closing price per share"),
              MP(10.34, "discount to the closing price")],
    audit=["subscribe for 203,800,000 new shares of China Saite ... for HK$106 million -> investment (Fullshare -> China Saite, new "
           "shares)", "or at HK$0.52 per share / closing price of HK$0.58 / discount of approximately 10.34% -> not records",
           "The new shares will be equal to 9.09% of the enlarged issued share capital -> stake (Fullshare in China Saite 9.09)"])

doc(R, P + "2016-12-13-fullshare-holdings-to-buy-into-two-listed-companies-for-hk-230-million-including-the-acquisition-of-4-8-of-nanjing-sinolife-united-company-for-hk-73-million.md",
    "Fullshare Holdings to buy into two listed companies for HK$230 million, including the acquisition of 4.8% of Nanjing Sinolife "
    "United Company for HK$73 million", published="2016-12-13",
    investments=[I(FS, ["Nanjing Sinolife United Company", "Nanjing Sinolife United Company Limited", "Sinolife United"],
                   [("HKD", 73_122_676), ("HKD", 73_000_000)]),
                 I(FS, ["C&D International Investment Group", "C&D International Investment Group Limited", "C&D"],
                   [("HKD", 158_800_000)]),
                 I(FS, None, [("HKD", 230_000_000)], opt=True)],
    stakes=[S(FS, ["Nanjing Sinolife United Company", "Nanjing Sinolife United Company Limited", "Sinolife United"], 4.8),
            S(FS, ["Nanjing Sinolife United Company", "Nanjing Sinolife United Company Limited", "Sinolife United"], 16.67, opt=True),
            S(FS, ["C&D International Investment Group", "C&D International Investment Group Limited", "C&D"], 9.35)],
    must_not=[MN("HKD", 1.61, "subscription price per H share"), MN("HKD", 1.83, "closing price per H share"),
              MN("HKD", 3.97, "subscription price per share"), MP(12.02, "discount to the closing price")],
    audit=["buy into two listed companies for HK$230 million (title) -> investment (optional): the sum over two targets",
           "subscribe for 45,411,600 H shares of ... Sinolife United ... for HK$73,122,676 (title: HK$73 million) -> investment "
           "(Fullshare -> Sinolife United, new shares)", "HK$1.61 per H share / discount of approximately 12.02% / HK$1.83 -> not records",
           "16.67% of the enlarged issued H share capital -> stake (optional): share of one class only",
           "and 4.8% of the total enlarged share capital (title: acquisition of 4.8%) -> stake (Fullshare in Sinolife United 4.8)",
           "subscribe for 40,000,000 new shares of C&D ... for HK$158.8 million -> investment (Fullshare -> C&D); HK$3.97 per share not a "
           "record", "The Group will hold approximately 9.35% of the enlarged issued share capital of C&D -> stake (Fullshare in C&D "
           "9.35)", "27 cities / 13 provinces -> not money"])

doc(R, P + "2017-02-06-fullshare-holdings-intends-to-acquire-singapore-commercial-and-office-development-project-gsh-plaza-for-s-365-5-million.md",
    "Fullshare Holdings intends to acquire Singapore commercial and office development project GSH Plaza for S$365.5 million",
    published="2017-02-06",
    stakes=[S(FS, ["Plaza Ventures Pte. Ltd.", "Plaza Ventures"], 100.0, opt=True),
            S(["GSH Corporation Limited", "GSH Corporation"], ["GSH Properties Pte. Ltd.", "GSH Properties"], 100.0, opt=True)],
    must_not=[MN("SGD", 365_500_000, "total price of the possible acquisition (title)"),
              MN("SGD", 231_900_000, "price of the entire share capital of Plaza Ventures (whole-company acquisition)"),
              MN("SGD", 133_600_000, "shareholder loans assigned"), MN("SGD", 75_600_000, "price of the retail units (property)")],
    audit=["acquire ... GSH Plaza for S$365.5 million (title) / entire issued share capital at a consideration of S$231.9 million and "
           "the assignment of shareholder loans ... of S$133.6 million -> not records: a whole-company acquisition price and loans",
           "shall purchase all of the retail units ... at a consideration of S$75.6 million -> not a record: property purchase",
           "the entire issued share capital (of Plaza Ventures) -> stake (optional): 100% of a possible takeover",
           "GSH Properties Pte. Ltd., a wholly-owned subsidiary of ... GSH Corporation Limited -> stake (optional): wholly-owned",
           "TYJ Group, a company wholly owned by the executive chairman -> holder not named, no record",
           "28-storey / 259 strata office units / 2-minute walk -> not money"])

doc(R, P + "2017-02-09-fullshare-holdings-establishes-a-real-estate-fund-by-investing-approximatly-us-60-million-to-capture-global-real-estate-related-investment-opportunities.md",
    "Fullshare Holdings Establishes a Real Estate Fund by Investing Approximatly US$60 Million to capture Global Real Estate Related "
    "Investment Opportunities", published="2017-02-09",
    investments=[I(FS, ["the Fund", "real estate fund", "Cayman Islands domiciled real estate fund", "Seed Fund"], [("USD", 60_000_000)],
                   opt=True),
                 I(["Korean institutional investors", "Inmark", "Inmark Asset Management Pte Ltd"],
                   ["the Fund", "real estate fund", "Cayman Islands domiciled real estate fund"], [("USD", 40_000_000)], opt=True)],
    stakes=[S(FS, ["the Fund", "real estate fund", "Cayman Islands domiciled real estate fund"], 60.0, opt=True),
            S(["Korean institutional investors"], ["the Fund", "real estate fund"], 40.0, opt=True)],
    must_not=[MN("USD", 100_000_000, "size of the fund's seed capital (aggregate)"),
              MN("USD", 1_180_000_000, "Inmark's assets under management"), MP(15, "target internal rate of return")],
    audit=["an internal rate of return of 15% or above -> not a record",
           "initial aggregate seed capital of the Fund will be approximately US$100 million -> not a record: fund size",
           "approximately US$60 million (approximately 60% of the size of the Fund) will be contributed by the Company (title: "
           "Investing Approximatly US$60 Million) -> investment and stake (optional): money put into a fund, under an MOU",
           "US$40 million (approximately 40% of the size of the Fund) of co-investment capital ... from Korean institutional investors "
           "-> investment and stake (optional): unnamed co-investors",
           "Inmark has in excess of US$1.18 billion of assets under management -> not a record: assets under management"])

doc(R, P + "2017-05-05-controlling-shareholder-and-executive-directors-increased-shareholding-demonstrating-strong-confidence-in-the-group-s-future-development.md",
    "Controlling Shareholder and Executive Directors increased Shareholding Demonstrating Strong Confidence in the Group’s Future "
    "Development", published="2017-05-05",
    stakes=[S(["Ji Changqun", "Mr. Ji Changqun", "Mr. Ji"], FS, 51.35),
            S(["Wang Bo", "Mr. Wang Bo", "Mr. Wang"], FS, 0.03),
            S(["Shi Zhiqiang", "Mr. Shi Zhiqiang", "Mr. Shi"], FS, 0.02)],
    must_not=[MN("HKD", 2.69, "daily average purchase price per share"), MN("HKD", 2.89, "daily average purchase price per share")],
    audit=["acquired 5,000,000, 750,000 and 1,255,000 shares ... at daily average price from HK$2.69 to HK$2.89 -> not records: share "
           "counts and per-share prices", "representing approximately 51.35%, 0.03% and 0.02% of the Group’s total number of issued "
           "shares respectively -> stakes (Ji 51.35, Wang 0.03, Shi 0.02 in Fullshare)"])
