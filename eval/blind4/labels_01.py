"""Labels: soumyadipdas37/finescoop.github.io (Daily Mail / This is Money articles re-posted as Jigsaw Markdown posts with
front matter: extends, section, image, title, description, date 'YYYY-MM-DD-hh-mm-ss', categories; no author, no url)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "soumyadipdas37/finescoop.github.io"
P = "source/_posts/"
FRC = ["Financial Reporting Council", "FRC", "FRC tribunal", "tribunal"]

doc(R, P + "energy_regulator_hands_sse_2m_fine_for_power_plant_error.md",
    "Energy regulator hands SSE £2m fine for power plant error", published="2020-09-03",
    fines=[F(["SSE"], ["Ofgem", "energy regulator", "Energy regulator"], [("GBP", 2_000_000)])],
    audit=["hands SSE £2m fine (title) / Ofgem has fined SSE £2m fine for a power plant error -> fines (SSE, Ofgem)",
           "February 2016 / three out of four units / April 1 / four days' trading -> not money"])

doc(R, P + "deloitte_hit_with_record_15m_fine_for_serious_failures_in_audit_of_autonomy.md",
    "Deloitte hit with record £15m fine for serious failures in audit of Autonomy", published="2020-09-17",
    fines=[F(["Deloitte"], FRC, [("GBP", 15_000_000)]),
           F(["Richard Knights", "Knights"], FRC, [("GBP", 500_000)]),
           F(["Nigel Mercer", "Mercer"], FRC, [("GBP", 250_000)]),
           F(["PwC"], FRC, [("GBP", 10_000_000)])],
    must_not=[MN("GBP", 5_600_000, "costs of the investigation and tribunal Deloitte must pay (costs, not a penalty)"),
              MN("GBP", 9_000_000_000, "price HP paid for Autonomy in 2011 (acquisition price)"),
              MN("GBP", 469_000_000, "Mike Lynch's estimated wealth")],
    audit=["record £15m fine (title) / handed a record £15million fine / ordered to pay £15m fine -> fines (Deloitte, FRC tribunal)",
           "Knights and Mercer were also given fines of £500,000 and £250,000 -> two fines (individuals, FRC)",
           "£5.6m for legal costs / £5.6million bill for costs -> not a record: costs order",
           "sold to Hewlett Packard for £9billion in 2011 (twice) -> not a record: acquisition price",
           "worth an estimated £469million (twice) -> not a record",
           "previous record fine handed out by the FRC was against ... PwC, for £10million over its audit of BHS -> fines (PwC, FRC): an "
           "earlier fine stated with payer, authority and amount",
           "2009 and 2010 / 2011 / five years / Lynch, 55 -> not money"])

doc(R, P + "firm_that_sent_17000_spam_texts_about_hand_gel_to_profit_from_covid_is_fined_60000.md",
    "Firm that sent 17,000 spam texts about hand gel to profit from Covid is fined £60,000", published="2020-09-24",
    fines=[F(["Digital Growth Experts Ltd", "Digital Growth Experts", "DGEL"],
             ["Information Commissioner's Office", "ICO", "Information Commissioner’s Office"], [("GBP", 60_000)])],
    must_not=[MN("GBP", 29.95, "retail price of three bottles of hand sanitiser")],
    audit=["is fined £60,000 (title) / fined £60,000 by a watchdog / DGEL was fined by the Information Commissioner's Office -> fines (DGEL, ICO)",
           "sells Zoono hand sanitisers on Amazon at £29.95 for three 150ml bottles (twice) -> not a record: product price",
           "17,000 spam texts / 7726 / 0303 123 1113 / 2003 -> not money"])

doc(R, P + "dreamworld_theme_park_operator_ardent_leisure_are_fined_36million.md",
    "Dreamworld theme park operator Ardent Leisure are fined $3.6million", published="2020-09-28",
    fines=[F(["Ardent Leisure", "Dreamworld"], None, [("AUD", 3_600_000), ("USD", 3_600_000)]),
           F(["Ardent Leisure", "Dreamworld"], None, [("AUD", 4_500_000), ("USD", 4_500_000)], opt=True)],
    audit=["Ardent Leisure are fined $3.6million (title) / Ardent fined $3.6million (description) -> fines (Ardent Leisure), authority "
           "null: the body names the Southport Magistrates Court hearing and the Workplace Health and Safety prosecutor but not who "
           "imposed the fine; an Australian article, so '$' is AUD (USD also accepted)",
           "faces up to $4.5 million in fines (twice) -> fines (optional): the maximum before sentencing",
           "October 25, 2016 / 30 years / age 12 -> not money"])

doc(R, P + "market_report_chinese_ramp_up_stake_in_hsbc.md",
    "MARKET REPORT Chinese ramp up stake in HSBC", published="2020-09-28",
    stakes=[S(["Ping An"], ["HSBC"], 8.0), S(["Ping An"], ["HSBC"], 7.95)],
    must_not=[MP(11.0, "HSBC intraday share-price rise"), MP(8.9, "HSBC share-price rise"), MP(7.5, "Standard Chartered share-price rise"),
              MP(7.7, "NatWest share-price rise"), MP(7.6, "Lloyds share-price rise"), MP(7.1, "Barclays share-price rise"),
              MP(1.46, "FTSE100 gain"), MP(1.91, "FTSE250 gain"), MP(17.2, "Reach share-price rise"), MP(0.4, "Imperial Brands share move"),
              MN("GBP", 3.0855, "HSBC share price 308.55p"), MN("GBP", 0.252, "share-price move 25.2p"),
              MN("GBP", 352_600_000, "Reach revenue"), MN("GBP", 290_800_000, "Reach revenue"),
              MN("GBP", 58_200_000, "Reach profit"), MN("GBP", 25_200_000, "Reach profit"),
              MN("GBP", 1_100_000_000, "Imperial Brands' sale of its cigar business (disposal price)")],
    audit=["Ping An increased its holding from 7.95 per cent to 8 per cent (description + body) -> two stakes (Ping An in HSBC): the level "
           "now held and the earlier level held",
           "11 / 8.9 / 7.5 / 7.7 / 7.6 / 7.1 / 17.2 / 0.4 per cent share moves; FTSE 1.46 / 1.91 per cent -> not records",
           "25.2p, 308.55p, 362p, 7.68p, 107.3p, 1.88p, 26.6p, 6.45p, 98p, 11.1p, 75.6p, 5p, 1401p -> share prices and moves, not records",
           "revenues fell from £352.6m to £290.8m and profits fell from £58.2m to £25.2m -> not records",
           "£1.1billion sale of its premier cigar business -> not a record: disposal price",
           "85.26 points / 5927.93 / 326.15 points / 17370.27 / 26 weeks / 12-year -> not money"])

doc(R, P + "kuwaitis_eye_stake_in_rollsroyce_as_it_reports_a_record_54bn_loss.md",
    "Kuwaitis eye stake in Rolls-Royce as it reports a record £5.4bn loss", published="2020-09-25",
    offerings=[O(["Rolls-Royce", "Rolls"], [("GBP", 2_500_000_000)], opt=True)],
    must_not=[MN("GBP", 5_400_000_000, "record annual loss")],
    audit=["Kuwait's sovereign wealth fund ... in talks about buying a stake -> no record: no percent or amount",
           "record annual loss of £5.4billion (title + twice in body) -> not a record",
           "looking at ways to drum up £2.5billion from investors ... issuing new shares or debt (twice) -> offerings (optional): a "
           "contemplated raise that may be shares or debt",
           "9,000 jobs / 2019 / 2025 / 114-year-old -> not money"])

doc(R, P + "the_czech_sphinx_becomes_sainsburys_fourth_largest_shareholder.md",
    "The Czech Sphinx becomes Sainsburys fourth largest shareholder", published="2020-09-17",
    stakes=[S(["Daniel Kretinsky", "Kretinsky", "Vesa Equity"], ["Sainsbury's", "Sainsburys", "J Sainsbury"], 3.05)],
    must_not=[MN("GBP", 130_000_000, "value of Kretinsky's Sainsbury's stake (value of a holding)"),
              MP(3.3, "Sainsbury's share-price rise"), MP(17.0, "Sainsbury's share fall this year"),
              MN("GBP", 1.9115, "Sainsbury's share price 191.15p"), MN("GBP", 0.0615, "share-price move 6.15p")],
    audit=["built up a 3.05 per cent stake in the supermarket giant worth £130million (description + twice in body) -> stakes (Kretinsky, "
           "Sainsbury's) 3.05; the £130m is the value of the holding, not a record",
           "biggest shareholder in Royal Mail -> no record: no percent",
           "Sainsbury's shares rose 3.3 per cent, or 6.15p, to 191.15p / down nearly 17 per cent this year -> not records",
           "fourth-largest / 45-year-old -> not money"])

SAGA = ["Saga"]
DEHAAN = ["Sir Roger De Haan", "Roger De Haan", "De Haan"]
doc(R, P + "saga_is_saved_as_former_owner_invests_100m_to_shore_up_finances_and_returns_to_board.md",
    "Saga is saved as former owner invests £100m to shore up finances and returns to board", published="2020-09-01",
    investments=[I(DEHAAN, SAGA, [("GBP", 100_000_000)]), I(DEHAAN, SAGA, [("GBP", 60_000_000)], opt=True)],
    offerings=[O(SAGA, [("GBP", 150_000_000)])],
    must_not=[MN("GBP", 0.27, "price per share De Haan pays (27p)"), MN("GBP", 0.1361, "Friday's closing price 13.61p"),
              MN("GBP", 0.266, "share price 26.6p"), MN("GBP", 0.19, "share price 19p"),
              MP(95.0, "Saga share-price rise at the open"), MP(38.0, "Saga share-price rise")],
    audit=["former owner invests £100m (title, description) / bringing £100million into the company / investing £100million into the firm "
           "-> investments (De Haan in Saga)",
           "as part of a £150million equity raise / the proposed equity raise -> offerings (Saga): the issuer's share placing",
           "Around £60million of De Haan's investment will be invested in shares which he will buy at 27p each -> investments (optional): a "
           "component of the £100m; 27p is a per-share price",
           "shares rose 95 per cent ... up nearly 38 per cent / 13.61 / 26.6p / 19p -> not records"])

doc(R, P + "shareholders_criticise_saga_plan_to_raise_150m_lifeline.md",
    "Shareholders criticise Saga plan to raise £150m lifeline", published="2020-09-27",
    offerings=[O(SAGA, [("GBP", 150_000_000)])],
    must_not=[MN("GBP", 375_000_000, "private equity consortium's rejected offer for Saga (takeover bid)"),
              MN("GBP", 0.33, "bid price per share 33p"), MN("GBP", 0.12, "placing price per share 12 pence"),
              MP(45.0, "a shareholder's paper loss")],
    audit=["Saga's plans to raise a £150m lifeline (title + body) / the proposed equity raise -> offerings (Saga)",
           "offering 33p per share, or £375m (description + body) -> not a record: a rejected takeover bid",
           "placed shares at 12 pence each -> not a record: per-share price",
           "paper loss of 45 per cent / Ryan Howson, 54 -> not records"])

RR = ["Rolls-Royce", "Rolls"]
doc(R, P + "rollsroyce_in_1_share_offer_as_it_raises_crisis_cash.md",
    "Rolls-Royce in £1 share offer as it raises crisis cash", published="2020-09-26",
    offerings=[O(RR, [("GBP", 2_500_000_000)])],
    investments=[I(None, RR, [("GBP", 500_000_000)], opt=True)],
    must_not=[MN("GBP", 1, "price per share of the cash call (£1)"), MN("GBP", 1.54, "Friday's closing share price"),
              MP(35.0, "discount to the share price")],
    audit=["poised to tap investors for £2.5billion / weighing raising up to £2.5billion through ... a rights issue and potentially other "
           "forms of equity issuance / the £2.5billion -> offerings (Rolls-Royce)",
           "up to £500million of the £2.5billion has been allocated to sovereign wealth funds -> investments (optional): funds from Kuwait "
           "and Singapore, no single investor",
           "£1 per share – 35 per cent below Friday's closing price of £1.54 (description + twice in body) -> not records",
           "FTSE100 -> not money"])

HIPG = ["Hipgnosis", "Hipgnosis Songs Fund"]
doc(R, P + "hipgnosis_wants_to_raise_250m_for_a_spending_spree.md",
    "Hipgnosis wants to raise £250m for a spending spree", published="2020-09-21",
    offerings=[O(HIPG, [("GBP", 250_000_000)]), O(HIPG, [("GBP", 4_000_000)], opt=True)],
    must_not=[MN("GBP", 1.16, "issue price per share 116p"), MN("GBP", 1_000_000_000, "value of song collections Hipgnosis has its eye on")],
    audit=["wants to raise £250m (title + body) / Hipgnosis will sell 215.5m shares for 116p each -> offerings (Hipgnosis): a share issue by "
           "a listed fund; 116p is a per-share price",
           "offer retail investors shares for the same price, which could raise a further £4m -> offerings (optional): the retail add-on",
           "song collections that are worth around £1billion -> not a record: value of assets it may buy",
           "50 music catalogues / 13,000 tracks / 2018 / Mercuriadis, 56 -> not money"])

doc(R, P + "klarna_climbs_to_top_fintech_ranking_after_being_valued_at_8bn.md",
    "Klarna climbs to top fintech ranking after being valued at £8bn", published="2020-09-15",
    valuations=[V(["Klarna"], [("GBP", 8_000_000_000)])],
    investments=[I(None, ["Klarna"], [("GBP", 500_000_000)])],
    must_not=[MN("GBP", 356_000_000, "Klarna revenue in the first half of 2020")],
    audit=["valued at £8bn (title) / Europe's highest-valued fintech firm, at £8billion -> valuations (Klarna)",
           "has raised £500million in a funding round, led by ... GIC and Blackrock (description + body) -> investments (Klarna), investor "
           "null: two named leads",
           "revenues rose more than a third to £356million -> not a record",
           "200,000 online sites / 12m users -> not money"])

doc(R, P + "financier_lord_spencer_leads_4m_fintech_fundraiser.md",
    "Financier Lord Spencer leads £4m fintech fundraiser", published="2020-09-21",
    investments=[I(None, ["Digital Debt Capital Markets", "DDCM"], [("GBP", 4_300_000), ("GBP", 4_000_000)]),
                 I(None, ["Digital Debt Capital Markets", "DDCM"], [("GBP", 2_500_000)])],
    audit=["leads £4m fintech fundraiser (title) / has led a £4.3m fundraise for Digital Debt Capital Markets (description + body) -> "
           "investments (DDCM), investor null: Lord Spencer (through IPGL) invests along with David Rutter; the title's rounded £4m accepted",
           "He had already invested in the company's first £2.5m seed fundraising personally -> investments (DDCM): the earlier round, "
           "investor null (his share of it is not stated)"])

IAG = ["IAG", "International Airlines Group"]
doc(R, P + "ba_owner_hit_by_bonus_row_as_investors_back_25bn_iag_fundraising.md",
    "BA owner hit by bonus row as investors back £2.5bn IAG fundraising", published="2020-09-08",
    offerings=[O(IAG, [("GBP", 2_500_000_000)])],
    must_not=[MN("GBP", 883_000, "Walsh's bonus"), MN("GBP", 3_200_000, "Walsh's 2019 pay"), MN("GBP", 33_000_000, "Walsh's total pay since 2011"),
              MN("GBP", 8_000_000_000, "market value wiped off IAG this year (a fall, not a valuation)"),
              MN("GBP", 3_800_000_000, "IAG half-year loss"),
              MP(20.0, "share of votes against the remuneration report"), MP(98.0, "fall in BA passenger numbers"),
              MP(67.0, "IAG share-price fall")],
    audit=["investors back £2.5bn IAG fundraising (title) / secured a £2.5billion lifeline / backed a £2.5billion emergency fundraising -> "
           "offerings (IAG): the rights issue its shareholders approved",
           "More than 20 per cent ... rejected its remuneration report / no-vote of 20 per cent or more -> not records",
           "£883,000 bonus / pay for 2019 to £3.2million / around £33million since 2011 -> not records: pay",
           "share price has plummeted by 67 per cent ... wiping around £8billion off its market value -> not records",
           "£3.8billion half-year loss -> not a record",
           "98 per cent lower (twice) / 12,000 of 45,000 / 30,000 / Walsh, 58 / Gallego 52 / 2023 or 2024 -> not money"])

THG = ["The Hut Group", "THG", "Hut Group"]
doc(R, P + "the_hut_group_unveils_plans_for_45bn_float.md",
    "The Hut Group unveils plans for £4.5bn float", published="2020-08-31",
    valuations=[V(THG, [("GBP", 4_500_000_000)]), V(THG, [("GBP", 7_250_000_000)], opt=True),
                V(["Aston Martin"], [("GBP", 4_300_000_000)], opt=True), V(["Aston Martin"], [("GBP", 1_000_000_000)], opt=True)],
    offerings=[O(THG, [("GBP", 920_000_000)]), O(THG, [("GBP", 4_500_000_000)], opt=True)],
    investments=[I(["Matthew Moulding", "Moulding", "John Gallemore"], THG, [("GBP", 500_000)], opt=True)],
    must_not=[MN("GBP", 700_000_000, "Moulding's potential payout (pay)"), MN("GBP", 1_100_000_000, "THG annual revenues"),
              MP(20.0, "share of the business to be floated (not a holding)")],
    audit=["plans for a blockbuster £4.5billion float (title + body) -> valuations (THG): the value the float puts on the company; an "
           "offering of the same figure is optional",
           "hopes to raise £920m by issuing new shares when it joins the stock market (description + body) -> offerings (THG): the IPO's "
           "primary raise",
           "20 per cent of the business set to be floated overall -> not a stake: no holder, the free float",
           "potential £700m payout / a bumper £700m payout -> not a record: pay",
           "if the company's market capitalisation rises to £7.25billion within two years -> valuations (optional): a hypothetical threshold",
           "annual revenues of £1.1billion -> not a record",
           "Aston Martin ... market cap plunge from £4.3billion since its listing to just £1billion -> valuations (optional): market "
           "capitalisations",
           "founded in 2004 by Moulding and business partner John Gallemore using savings of £500,000 -> investments (optional): founders' capital",
           "mid-September / FTSE 100 / 48-year-old / 2013 -> not money"])

SNOW = ["Snowflake"]
doc(R, P + "snowflake_doubles_in_value_within_minutes_of_its_stock_market_debut.md",
    "Snowflake doubles in value within minutes of its stock market debut", published="2020-09-16",
    valuations=[V(SNOW, [("GBP", 25_000_000_000)]), V(SNOW, [("USD", 12_000_000_000), ("GBP", 9_000_000_000)]),
                V(SNOW, [("GBP", 50_000_000_000)], opt=True), V(["Klarna"], [("GBP", 8_000_000_000)])],
    must_not=[MN("USD", 120, "IPO price per share"), MN("USD", 245, "opening price per share"),
              MN("GBP", 204_000_000, "Snowflake revenue"), MN("GBP", 268_000_000, "Snowflake losses")],
    audit=["had priced shares at $120 ... valuing it at £25billion -> valuations (Snowflake) at the IPO price; $120 is a per-share price",
           "the stock opened at $245 ... sending its value over £50billion / value soared over £50bn (caption) -> valuations (optional): "
           "market value after the open; $245 is a per-share price",
           "Snowflake had been valued at $12billion (£9billion) in February -> valuations (Snowflake): the earlier private valuation, both "
           "currencies accepted",
           "fintech firm Klarna was separately valued at £8billion in a fundraising round -> valuations (Klarna)",
           "Revenue rose 174 per cent to £204million ... its losses nearly doubled to £268million -> not records",
           "January 31 / 2020 -> not money; no amount raised is stated for the IPO, so no offering record"])

doc(R, P + "women_first_dating_app_bumble_eyes_6bn_new_york_float_early_next_year.md",
    "Women first dating app Bumble eyes £6bn New York float early next year", published="2020-09-02",
    valuations=[V(["Bumble"], [("GBP", 6_000_000_000)])],
    offerings=[O(["Bumble"], [("GBP", 6_000_000_000)], opt=True)],
    audit=["eyes £6bn New York float (title) / planning to go public in a float worth up to £6billion -> valuations (Bumble): the value the "
           "float would put on the company (an offering of the same figure optional, since 'float worth' can be read either way)",
           "2014 -> not money"])

doc(R, P + "top_fund_cashes_in_13bn_of_tesla_shares.md",
    "Top fund cashes in £13bn of Tesla shares", published="2020-09-02",
    stakes=[S(["Baillie Gifford"], ["Tesla"], 4.3)],
    must_not=[MN("GBP", 13_000_000_000, "estimated profits on Baillie Gifford's Tesla sales"),
              MN("GBP", 15_000_000_000, "value of Baillie Gifford's remaining Tesla holding"),
              MP(500.0, "Tesla share-price rise this year")],
    audit=["cashes in £13bn of Tesla shares (title) / generating estimated profits of around £13billion (description + twice in body) -> not a "
           "record: a profit estimate, and no sale amount or percent sold is stated",
           "Baillie Gifford still owns 4.3 per cent of Tesla, worth around £15billion -> stakes (Baillie Gifford, Tesla) 4.3; the £15bn is "
           "the value of the holding",
           "sold around half of the shares it held / shot up almost 500 per cent -> not records",
           "eight months / December -> not money"])

doc(R, P + "trump_ally_larry_ellison_ready_to_buy_stake_in_us_arm_of_tik_tok.md",
    "Trump ally Larry Ellison ready to buy stake in US arm of Tik Tok", published="2020-09-14",
    stakes=[S(["Oracle", "Larry Ellison"], ["Tik Tok", "TikTok", "Bytedance"], None, opt=True)],
    valuations=[V(["Oracle"], [("GBP", 133_000_000_000)], opt=True)],
    audit=["The Oracle partnership is likely to give it a minority stake in Tik Tok's US operations -> stakes (optional): percent not stated",
           "Oracle, founded in 1977, is worth around £133billion (twice) -> valuations (optional): a market capitalisation",
           "1977 -> not money"])

doc(R, P + "primark_expects_sales_to_reach_2bn_by_the_end_of_the_year.md",
    "Primark expects sales to reach £2BN by the end of the year", published="2020-09-07",
    must_not=[MN("GBP", 2_000_000_000, "Primark sales forecast"), MN("GBP", 300_000_000, "operating profit forecast"),
              MN("GBP", 350_000_000, "operating profit forecast"), MN("GBP", 900_000_000, "last year's operating profit"),
              MN("GBP", 650_000_000, "monthly sales before lockdown"), MN("GBP", 150_000_000, "hit from unsold inventory"),
              MN("GBP", 284_000_000, "previously predicted exceptional charge"), MN("GBP", 0.23, "ABF share-price move 23.00p"),
              MP(12.0, "like-for-like sales decline"), MP(5.0, "sales decline excluding city-centre stores"),
              MP(1.13, "ABF share-price rise")],
    audit=["£2billion worth of sales (title, twice in body) -> not a record: sales",
           "operating profits ... £300million to £350million ... over £900million -> not records",
           "sales shrink from £650million a month to zero / £150million hit / £284million exceptional charge -> not records",
           "12% lower / 5% / up 1.13 per cent or 23.00p to 2,050 / 2,305p -> not records",
           "23 March / 15 June -> not money"])

doc(R, P + "ocado_sales_could_top_2bn_after_ms_tieup.md",
    "Ocado sales could top £2bn after M&S tie-up", published="2020-09-12",
    valuations=[V(["Ocado"], [("GBP", 17_000_000_000)], opt=True)],
    must_not=[MN("GBP", 2_000_000_000, "Ocado sales forecast"), MN("GBP", 600_000_000, "quarterly sales estimate"),
              MN("GBP", 10.77, "share price in March"), MN("GBP", 22.66, "share price now"),
              MP(44.0, "sales increase during lockdown")],
    audit=["sales could exceed £2billion (title + body) / more than £600million -> not records: sales",
           "shares have doubled in value from £10.77 ... to £22.66, valuing the business at £17billion -> valuations (optional): a market "
           "capitalisation; the share prices are not records",
           "sales increased 44 per cent / two thirds -> not records"])

doc(R, P + "struggling_aviva_selling_singapore_arm_for_16bn.md",
    "Struggling Aviva selling Singapore arm for £1.6bn", published="2020-09-11",
    must_not=[MN("GBP", 1_600_000_000, "sale price of Aviva Singapore (disposal price)")],
    audit=["selling its Singapore arm for £1.6billion (title + body) -> not a record: the price of a business sold to a consortium",
           "TPG becoming its largest shareholder -> no record: no percent",
           "Blanc, 53 / July -> not money"])

doc(R, P + "director_deals_superdry_boss_julian_dunkerton_buys_136m_of_shares.md",
    "DIRECTOR DEALS Superdry boss Julian Dunkerton buys £1.36m of shares", published="2020-09-25",
    stakes=[S(["Julian Dunkerton", "Dunkerton"], ["Superdry"], 19.7)],
    investments=[I(["Julian Dunkerton", "Dunkerton"], ["Superdry"], [("GBP", 1_360_000)], opt=True)],
    must_not=[MN("GBP", 1.36, "price per share 136p"), MN("GBP", 1.39, "price per share 139p"),
              MN("GBP", 167_000_000, "Superdry's annual loss")],
    audit=["He now owns 19.7 per cent of the retailer (description + body) -> stakes (Dunkerton, Superdry)",
           "buys £1.36m of shares (title) / shelled out around £1.36million on shares -> investments (optional): market purchases by a director",
           "between 136p and 139p each -> not records: per-share prices",
           "£167million loss -> not a record",
           "Dunkerton, 55 / about 1m shares / 2003 -> not money"])

VA = ["Virgin Atlantic"]
doc(R, P + "high_court_signs_off_on_virgin_atlantic_12bn_private_rescue.md",
    "High Court signs off on Virgin Atlantic £1.2bn private rescue", published="2020-09-02",
    investments=[I(["Virgin Group", "Sir Richard Branson's Virgin Group", "Richard Branson"], VA, [("GBP", 200_000_000)]),
                 I(None, VA, [("GBP", 1_200_000_000)], opt=True)],
    must_not=[MP(100.0, "creditor meeting attendance and approval")],
    audit=["a cash injection of £200million from founder Sir Richard Branson's Virgin Group -> investments (Virgin Group in Virgin Atlantic)",
           "£1.2billion rescue (title, twice in body) ... involves only private funds -> investments (optional): the whole recapitalisation, "
           "from several sources and not only equity",
           "100 per cent attendance and 100 per cent approval -> not records",
           "four creditor meetings / three of them -> not money"])

doc(R, P + "mclaren_on_track_for_float_if_it_can_bounce_back_from_the_virus_slump.md",
    "McLaren on track for float if it can bounce back from the virus slump", published="2020-09-23",
    stakes=[S(["Mumtalakat"], ["McLaren"], None, opt=True)],
    investments=[I(["National Bank of Bahrain"], ["McLaren"], [("GBP", 150_000_000)], opt=True)],
    must_not=[MN("GBP", 280_000, "price of the 765LT car"), MN("GBP", 1_200_000_000, "McLaren revenues"),
              MN("GBP", 130_000_000, "McLaren profit"), MP(11.0, "revenue growth"), MP(25.0, "share of the workforce let go")],
    audit=["mulling plans to float on the stock market in 2022 -> no record: no amount",
           "McLaren's majority backers Mumtalakat ... and Mansour Ojjeh -> stakes (optional, Mumtalakat): 'majority backers' of two, no percent",
           "priced from £280,000 (caption + body) -> not a record: product price",
           "Revenues ... rose 11 per cent to £1.2billion and it made around £130million profit -> not records",
           "has tapped the National Bank of Bahrain for £150million -> investments (optional): a loan from a named lender",
           "4,662 cars / 4,806 / 670 members of staff, or about 25 per cent -> not records"])

doc(R, P + "outernet_global_embarks_on_a_1bn_revamp_of_historic_denmark_st.md",
    "Outernet Global embarks on a £1bn revamp of historic Denmark St", published="2020-09-16",
    must_not=[MN("GBP", 1_000_000_000, "cost of Outernet Global's Denmark Street development plans (a spending plan)"),
              MP(10.0, "share of profits promised to charity")],
    audit=["£1bn revamp (title) / bold £1billion plans to restore the London's Tin Pan Alley -> not a record: a development's cost",
           "Financial backing comes from US private equity firm Blackstone ... We have a loan through Blackstone -> no record: no amount",
           "Ten per cent of any profits will go to charity -> not a record",
           "five years / 2,000-capacity / 1940 / 23,000 square feet / 1666 / 300-year-old / 750-ton / 1,000 people / 350 -> not money"])

doc(R, P + "investors_slam_pearson_chief_andy_birds_7m_windfall.md",
    "Investors slam Pearson chief Andy Birds £7m windfall", published="2020-09-18",
    must_not=[MN("GBP", 7_000_000, "Andy Bird's golden hello (pay)"), MN("GBP", 185_000, "rent allowance"),
              MN("GBP", 5_900_000, "Bird's maximum annual pay"), MP(33.0, "votes cast against his pay")],
    audit=["'golden hello' worth £7million (title + twice in body) / another £185,000 ... rent / up to £5.9million a year -> not records: pay",
           "33 per cent of votes cast against his pay -> not a record",
           "Andy Bird, 56 / four years -> not money"])

doc(R, P + "canadians_in_3bn_hostile_bid_for_deeply_troubled_g4s.md",
    "Canadians in £3bn hostile bid for deeply troubled G4S", published="2020-09-30",
    stakes=[S(["BC Partners"], ["Garda World", "GardaWorld"], 51.0)],
    must_not=[MN("GBP", 3_000_000_000, "Garda World's hostile takeover bid for G4S"),
              MN("GBP", 1.90, "offer price per share 190p"), MN("GBP", 1.45, "pre-offer share price 145p"),
              MN("GBP", 2, "G4S share price above £2"),
              MN("GBP", 1_000_000_000, "shareholder value G4S allegedly destroyed"),
              MN("GBP", 276_000_000, "G4S pension funding shortfall"),
              MP(37.0, "G4S share-price rise"), MP(31.0, "bid premium")],
    audit=["£3bn hostile bid (title) / £3billion hostile takeover bid / the £3billion takeover bid -> not a record: an acquisition offer",
           "offer of 190p per share ... a 31 per cent premium on the 145p -> not records: per-share prices and a premium",
           "surging above £2 / up 37 per cent -> not records",
           "destroyed nearly £1billion of shareholder value / £276million funding shortfall -> not records",
           "which is 51 per cent backed by London-based private equity giant BC Partners -> stakes (BC Partners in Garda World)",
           "Schroders and Sachem Head ... shareholders -> no record: no percent",
           "533,000 people / 80 countries / 25,000 / 1,150 jobs / 102,000 / 2012 -> not money"])

AMZN = ["Amazon", "Amazon.com"]
doc(R, P + "tesla_boss_musk_loses_126bn_in_just_one_day_as_shares_slip_21.md",
    "Tesla boss Musk loses £12.6bn in just one day as shares slip 21%", published="2020-09-09",
    stakes=[S(["Jeff Bezos", "Bezos"], AMZN, 11.0), S(["MacKenzie Scott"], AMZN, 4.0)],
    must_not=[MN("GBP", 12_600_000_000, "Musk's one-day wealth loss"), MN("GBP", 22_200_000_000, "Musk's losses since the peak"),
              MN("GBP", 3_000_000_000, "added to Musk's fortune"), MN("GBP", 66_000_000_000, "Musk's net worth"),
              MN("GBP", 23_000_000_000, "Zhong Shanshan's one-day gain"), MN("GBP", 39_000_000_000, "Zhong Shanshan's wealth"),
              MN("GBP", 139_000_000_000, "value of Bezos's Amazon stake"), MN("USD", 200_000_000_000, "Bezos's wealth"),
              MN("GBP", 154_000_000_000, "Bezos's wealth"), MN("GBP", 46_500_000_000, "MacKenzie Scott's fortune"),
              MN("GBP", 6_000_000_000, "Bezos's one-day paper loss"), MN("GBP", 1_000, "illustrative Zoom investment"),
              MN("GBP", 5_410, "illustrative Zoom investment value"),
              MP(21.0, "Tesla share-price fall"), MP(8.0, "Tesla share-price rise"), MP(325.0, "Tesla shares this year"),
              MP(30.0, "Tesla fall from the peak"), MP(441.0, "Zoom share-price rise"), MP(73.7, "Amazon share-price rise")],
    audit=["£12.6bn (title) / £12.6billion wiped off his fortune / £22.2billion / more than £3billion / £66billion -> not records: wealth",
           "stock dived 21 per cent / rose around 8 per cent / up 325 per cent / almost 30 per cent / Zoom 441 per cent / Amazon 73.7 per cent "
           "-> not records: share-price moves",
           "Zhong Shanshan added more than £23billion ... now worth £39billion; he listed shares in Nongfu Spring -> not records (no IPO amount)",
           "£1,000 invested ... £5,410 -> not records: an illustration",
           "whose 11 per cent stake in Amazon is worth £139billion -> stakes (Bezos, Amazon) 11; the £139bn is the value of the holding",
           "above the $200billion (£154billion) mark -> not a record: wealth",
           "left her with a 4pc stake in Amazon ... £46.5billion fortune -> stakes (MacKenzie Scott, Amazon) 4; the fortune is not a record",
           "£6billion knocked off his paper wealth -> not a record",
           "Musk, 49 / seventh time / sixth / 15th -> not money"])

GC = ["Gambling Commission", "the Commission", "Commission", "gambling watchdog"]
doc(R, P + "betting_giant_playtech_is_accused_of_profiting_from_highflying_engineers_suicide.md",
    "Betting giant Playtech is accused of profiting from high-flying engineers suicide", published="2020-09-26",
    fines=[F(["Playtech", "PT Entertainment Services"], GC, [("GBP", 3_500_000)]),
           F(["Betway"], GC, [("GBP", 11_600_000)]),
           F(["Ladbrokes Coral"], GC, [("GBP", 5_900_000)]),
           F(["Caesars Entertainment"], GC, [("GBP", 13_000_000)])],
    valuations=[V(["Playtech"], [("GBP", 1_000_000_000)], opt=True)],
    must_not=[MN("GBP", 119_000, "Bruney's gambling losses"), MN("GBP", 60_000, "Bruney's salary"),
              MN("GBP", 4_500, "bonuses given to Bruney"), MN("GBP", 370_000, "money Ben Jones stole"),
              MP(38.0, "share of GVC deposits"), MP(0.6, "share of Paddy Power Betfair customers"), MP(1.0, "share of GVC customers")],
    audit=["Playtech used a legal loophole to avoid paying a £3.5million fine over his death and only paid up / the £3.5million charitable "
           "donation -> fines (Playtech, Gambling Commission): the regulatory settlement the article calls a fine, paid as a donation; "
           "the Commission's investigation of PT Entertainment Services is named two sentences later",
           "an online casino owned by the £1billion company (description, body, caption) -> valuations (optional): a market value",
           "refused to pay back £119,000 he lost / £60,000-a-year / £4,500 in bonuses (twice) -> not records",
           "Ben Jones, who stole £370,000 ... Betway, the firm he bet with, was fined £11.6million -> fines (Betway), authority: the "
           "Commission is named in the next sentence as the fining regulator",
           "the Commission ... fined Ladbrokes Coral £5.9million / fined casino operator Caesars Entertainment a record £13million -> fines",
           "38 per cent of deposits from just over one per cent / 0.6 per cent of customers (twice) -> not records",
           "Chris Bruney, 25 / 120 free spins / five days / 11 times -> not money",
           "The byline 'by Tom Witherow' heads the second story glued into the page; author left null (not scored)"])

doc(R, P + "business_live_ftse_100_on_the_rise_melrose_warns_of_gkn_job_cuts.md",
    "BUSINESS LIVE FTSE 100 on the rise; Melrose warns of GKN job cuts", published="2020-09-03",
    fines=[F(["SSE"], ["Ofgem"], [("GBP", 2_000_000)])],
    must_not=[MN("GBP", 560_000_000, "Melrose half-year loss"), MN("GBP", 131_000_000, "Melrose loss a year earlier"),
              MP(0.85, "FTSE 100 rise")],
    audit=["Melrose suffered a £560million loss ... more than the £131million loss (description + body) -> not records",
           "Ofgem has fined SSE over £2million for a 2016 blunder -> fines (SSE, Ofgem)",
           "closing at 5940 / up around 0.85 per cent -> not records"])

doc(R, P + "alex_brummer_pandering_to_drug_dealers_and_oligarchs.md",
    "ALEX BRUMMER Pandering to drug dealers and oligarchs", published="2020-09-22",
    fines=[F(["HSBC"], ["U.S. Justice Department", "US Justice Department", "Justice Department", "American authorities",
                        "U.S. authorities"], [("GBP", 1_500_000_000)])],
    must_not=[MN("GBP", 1_500_000_000_000, "value of transactions in the FinCEN files"), MN("USD", 2_000_000_000_000, "same in dollars"),
              MN("GBP", 61_500_000, "fraud whose funds HSBC allegedly moved"), MN("GBP", 3_500_000_000, "furlough fraud estimate"),
              MN("USD", 100, "$100 bills"), MN("GBP", 138_000_000_000, "funds passed through HSBC's Geneva accounts"),
              MN("GBP", 7_000_000_000, "annual economic crime in Britain")],
    audit=["£1.5 trillion ($2 trillion) worth of transactions -> not a record",
           "£61.5 million worth of fraud / £3.5 billion ... furlough scheme -> not records",
           "after a huge investigation by a Congressional committee and the U.S. Justice Department ... HSBC agreed to pay a fine of £1.5 "
           "billion -> fines (HSBC): the 2012 settlement with US authorities",
           "sack loads of $100 bills -> not a record",
           "£138 billion in funds for 100,000 clients / 20,000 offshore accounts -> not records",
           "24,300 people / several billion a year on the clean-up (no figure) / 2,100 reports / £7 billion a year -> not records",
           "2008 to 2009 / 2012 / 2015 / 2009 to 2017 / a quarter of a century -> not money"])

THG2 = ["The Hut Group", "Hut Group", "The Hut", "THG"]
doc(R, P + "hut_groups_share_price_soars_on_stock_market_debut.md",
    "Hut Groups share price soars on stock market debut", published="2020-09-16",
    stakes=[S(["Matthew Moulding", "Moulding"], THG2, 17.0)],
    valuations=[V(THG2, [("GBP", 5_400_000_000)], opt=True), V(THG2, [("GBP", 6_800_000_000)], opt=True)],
    offerings=[O(THG2, [("GBP", 17_000_000)], opt=True), O(THG2, [("GBP", 283_000_000)], opt=True),
               O(THG2, [("GBP", 6_000_000)], opt=True), O(THG2, [("GBP", 52_500_000)], opt=True)],
    must_not=[MN("GBP", 5.00, "IPO price per share 500p"), MN("GBP", 6.25, "closing price per share 625p"),
              MN("GBP", 1_000_000_000, "value added by traders on the first day"),
              MN("GBP", 1_200_000_000, "value of Moulding's stake"), MN("GBP", 85_000_000, "value of Leahy's remaining shares"),
              MN("GBP", 58_000_000, "price Cookson got for selling Myprotein in 2011 (acquisition price)"),
              MN("GBP", 62_500_000, "value of Cookson's remaining stake"), MN("GBP", 15_400_000, "value of Terry Green's remaining holding"),
              MN("GBP", 119_000_000, "value of West Coast Capital's remaining holding"),
              MN("GBP", 19_000_000, "annual rent THG pays Moulding"), MP(25.0, "first-day share-price rise")],
    audit=["shares priced at 500p ... settled 25 per cent higher at 625p -> not records",
           "added more than £1billion to its value, as its market capitalisation climbed from £5.4billion to £6.8billion -> valuations "
           "(optional): market capitalisations at the IPO price and at the close",
           "his 17 per cent stake is now worth £1.2billion -> stakes (Moulding, THG) 17; the value of the holding is not a record",
           "Leahy bagged £17million from selling 3.4m shares during the IPO / Cookson pocketed £283million during the float / Terry Green "
           "had made £6million / West Coast Capital ... has sold £52.5million of shares -> offerings (optional): secondary sales by holders "
           "in the IPO",
           "remaining 13.6m shares are now worth £85million / a stake worth £62.5million / left with £15.4million / still holds £119million "
           "-> not records: values of holdings (no percents)",
           "the £58million he made from selling his business nine years ago -> not a record: acquisition price",
           "leasing them back for £19million per year -> not a record",
           "Moulding, 48 / 2011 -> not money; the IPO's total raise is not stated"])

CAKE = ["Cake Box"]
doc(R, P + "vegan_baker_boss_sells_9_stake_for_64mafter_reporting_rising_sales.md",
    "Vegan baker boss sells 9% stake for £6.4m after reporting rising sales", published="2020-09-09",
    stakes=[S(["Sukh Chamdal", "Chamdal"], CAKE, 32.0), S(["Sukh Chamdal", "Chamdal"], CAKE, 9.3, opt=True),
            S(["Sukh Chamdal", "Chamdal"], CAKE, 9.0, opt=True)],
    offerings=[O(CAKE, [("GBP", 6_400_000)], opt=True)],
    investments=[I(["Pardip Dass"], CAKE, [("GBP", 382_500)], opt=True)],
    must_not=[MN("GBP", 22_000_000, "value of Chamdal's remaining shares"), MN("GBP", 1_000_000, "one-off dividend"),
              MN("GBP", 0.115, "share-price fall 11.5p"), MN("GBP", 1.70, "share price 170p"),
              MP(14.0, "sales growth"), MP(6.3, "share-price fall")],
    audit=["sells 9% stake for £6.4m (title) / cashed in £6.4million of shares / sold 3.75m shares, equivalent to a 9.3 per cent stake "
           "(description, body, caption) -> stakes (optional): the block sold, not a holding; offerings (optional): a secondary sale by "
           "the founder",
           "he retains around 32 per cent of the shares, worth nearly £22million -> stakes (Chamdal, Cake Box) 32; the value is not a record",
           "pay investors a £1million one-off dividend -> not a record",
           "Sales ... rose 14 per cent / fell 6.3 per cent, or 11.5p, to 170p -> not records",
           "Pardip Dass has also bought 225,000 shares, for £382,500 -> investments (optional): a director's market purchase",
           "2018 / 136 franchise stores / September 1 / 2019 -> not money"])

doc(R, P + "small_cap_movers_ipos_set_to_continue_into_the_winter.md",
    "SMALL CAP MOVERS IPOs set to continue into the winter", published="2020-09-11",
    offerings=[O(["Various Eateries"], [("GBP", 25_000_000)])],
    stakes=[S(["Ali Mortazavi", "Mortazavi"], ["Phimedix"], 10.72), S(["Ali Mortazavi", "Mortazavi"], ["Phimedix"], 13.5)],
    must_not=[MN("GBP", 96_000_000, "Mastercard's takeover of Wameja (acquisition price)"), MN("GBP", 0.40, "buyout price per share 40p"),
              MN("GBP", 1_420_000, "Inspired Energy half-year profit"), MN("GBP", 6_900_000, "SRT Marine loss"),
              MN("GBP", 3_900_000, "SRT Marine write-down"), MN("GBP", 2.08, "Amryt share price 208p"),
              MP(0.9, "AIM All-Share rise"), MP(3.8, "FTSE 100 rise"), MP(75.0, "i-nexus share-price rise"),
              MP(43.0, "Hydrogen share-price rise"), MP(36.0, "Wameja share-price rise"), MP(34.0, "Amryt share-price rise"),
              MP(18.0, "Redx share-price rise"), MP(28.0, "Seeing Machines share-price rise"), MP(78.0, "Phimedix share-price fall"),
              MP(37.0, "Hurricane share-price fall"), MP(24.0, "Baron Oil share-price fall"), MP(41.0, "Inspired Energy profit fall"),
              MP(14.0, "Upland share-price fall"), MP(10.0, "Inspired Energy share-price fall"),
              MP(7.0, "SRT share-price fall")],
    audit=["Various Eateries ... plans to float on the junior market, hoping to raise up to £25million (description + body) -> offerings",
           "Guild eSports ... is seeking a listing -> no record: no amount",
           "AIM All-Share rose 0.9 per cent to 955 / FTSE 100 3.8 per cent to 6,022 -> not records",
           "share moves: 75 per cent to 5p, 43 per cent, 36 per cent to 7p, 34 per cent to 208p, 18 per cent to 65p, 28 per cent to 4p, 78 "
           "per cent to 0.9p, 37 per cent to 3p, 24 per cent to 0.08p, 14 per cent to 0.7p, 10 per cent to 14p, 7 per cent to 38p -> not "
           "records",
           "go private and buy out shareholders at 40p a share -> not a record",
           "takeover by US payment colossus Mastercard for £96million -> not a record: acquisition price",
           "Ali Mortazavi cut his stake to 10.72 per cent from 13.5 per cent -> stakes (Mortazavi in Phimedix): the level now held and the "
           "earlier level",
           "profits ... dropped 41 per cent to £1.42million / a £6.9million loss / a £3.9million write-down -> not records",
           "12 restaurants / 367-strong / September 14 -> not money"])

doc(R, P + "alex_brummertech_fund_raisings_make_it_hard_to_see_hype_from_reality.md",
    "ALEX BRUMMER Tech fund raisings make it hard to see hype from reality", published="2020-09-17",
    offerings=[O(["Snowflake"], [("GBP", 2_500_000_000)])],
    valuations=[V(["Snowflake"], [("GBP", 23_000_000_000)]), V(["Klarna"], [("GBP", 8_000_000_000)])],
    must_not=[MN("GBP", 88_000_000, "value of Terry Leahy's THG stake"), MN("GBP", 46_000_000, "Klarna's half-year losses"),
              MP(7.6, "forecast UK growth")],
    audit=["Google floated in 2004 (no amount) -> no record",
           "Sir Terry Leahy (his current stake is worth £88million) -> not a record: value of a holding, no percent",
           "Snowflake, which raised £2.5billion in New York this week, valuing the enterprise at £23billion -> offerings (Snowflake's IPO) and "
           "valuations (Snowflake)",
           "A new fundraising led by Silver Lake Partners led to its valuation surging to just over £8billion -> valuations (Klarna); the "
           "round's amount is not stated, so no investment record",
           "9.5m customers / 85m / 12m app users / 200,000 retailers -> not money",
           "a big increase in losses ... to £46million -> not a record",
           "Hitachi ... Wylfa / Fukushima 2011 / expanding by 7.6 per cent -> no record (7.6 per cent is GDP growth)"])

PLTR = ["Palantir"]
doc(R, P + "software_boss_takes_aim_at_silicon_valley_in_15bn_float.md",
    "Software boss takes aim at Silicon Valley in £15bn float", published="2020-08-31",
    valuations=[V(PLTR, [("GBP", 15_000_000_000)]), V(["Ant Financial"], [("GBP", 23_000_000_000)], opt=True)],
    offerings=[O(PLTR, [("GBP", 15_000_000_000)], opt=True), O(["Ant Financial"], [("GBP", 23_000_000_000)], opt=True)],
    must_not=[MN("GBP", 565_000_000, "Palantir revenue"), MN("GBP", 441_000_000, "Palantir loss"),
              MN("GBP", 90_000_000_000, "annual market Palantir sees for its software"),
              MP(35.0, "share of revenue from the US"), MP(20.0, "share of revenue from the UK")],
    audit=["£15bn float (title) / ahead of its £15billion stock market listing -> valuations (Palantir): the value the listing puts on "
           "the company (an offering of the same figure optional; Palantir's was a direct listing)",
           "the £23billion float of Chinese giant Ant Financial -> valuations and offerings (both optional): the figure is ambiguous",
           "Aveva's takeover of Osisoft (no amount) -> no record",
           "revenues of £565m last year, with 35 per cent coming from the US and 20 per cent from the UK, but still lost £441m -> not records",
           "£90billion per year up for grabs -> not a record: market size",
           "2003 / 16 years / Karp, 52 / 20 pairs of goggles -> not money"])

doc(R, P + "big_battalion_investors_back_hut_group_flotation.md",
    "Big battalion investors back Hut Group flotation", published="2020-09-03",
    valuations=[V(THG2, [("GBP", 4_500_000_000)]), V(THG2, [("GBP", 500_000_000)]), V(THG2, [("GBP", 7_250_000_000)], opt=True)],
    offerings=[O(THG2, [("GBP", 920_000_000)])],
    investments=[I(None, THG2, [("GBP", 565_000_000)])],
    stakes=[S(["Matthew Moulding", "Moulding"], THG2, 20.0), S(["KKR"], THG2, 20.0), S(None, THG2, 20.0, opt=True)],
    must_not=[MN("GBP", 700_000_000, "Moulding's potential bonus"), MN("GBP", 900_000_000, "value of Moulding's stake"),
              MN("GBP", 19_400_000, "annual rent to Moulding's property company"), MN("GBP", 50_000_000, "banks' combined fees"),
              MN("GBP", 1_100_000_000, "THG annual revenues"), MN("GBP", 800_000_000, "cost of the new campus")],
    audit=["plans to list on the stock market for £4.5billion -> valuations (THG)",
           "Blackrock, Janus Henderson, Merian and the Qatar Investment Authority have pledged to buy a total of £565m worth of shares -> "
           "investments (THG), investor null: cornerstone commitments from several institutions",
           "planning to sell £920m of shares in the offering -> offerings (THG)",
           "£700m bonus if the company's value rises to £7.25billion -> not a record (pay); the threshold is an optional valuation",
           "owns a 20 per cent stake worth around £900m -> stakes (Moulding, THG) 20; the value is not a record",
           "leased back for £19.4m per year / combined total of £50m for their work / revenues of £1.1billion / more than £800m campus -> not records",
           "employees who have together been handed a fifth of the company -> stakes (optional): a group, not one holder",
           "When KKR bought a 20 per cent stake in The Hut in 2014, the entire business was worth just £500m -> stakes (KKR, THG) 20 and "
           "valuations (THG, £500m): the earlier deal",
           "2008 / 48-year-old / 7,000 staff / 169 countries / 12,000 staff / 2016 -> not money"])

doc(R, P + "12000_savers_face_wipeout_as_wellesley_finance_teeters_on_the_brink.md",
    "12,000 savers face wipeout as Wellesley Finance teeters on the brink", published="2020-09-29",
    investments=[I(None, ["Wellesley Finance", "Wellesley"], [("GBP", 571_000_000)], opt=True)],
    must_not=[MN("GBP", 120_000_000, "savers' money entrusted to Wellesley"), MN("GBP", 458_000_000, "capital repaid"),
              MN("GBP", 39_600_000, "interest repaid"), MN("GBP", 118_000_000, "amount still owed to bondholders"),
              MN("GBP", 150_000, "Duff & Phelps fees"), MN("GBP", 100_000, "one saver's mini-bond"),
              MP(4.0, "promised savings rate"), MP(6.0, "promised savings rate"), MP(8.0, "promised savings rate"),
              MP(4.3, "mini-bond yield")],
    audit=["entrusted almost £120million of their money -> not a record: retail savings lent to the firm",
           "promised the savers rewards of 4, 6 or even 8 per cent / supposed to yield 4.3 per cent -> not records: interest rates",
           "has collected £571million from investors since it was founded ... only repaid £458million of their capital and £39.6million of "
           "interest -> the £571m is an optional investment (retail bonds and loans, not equity); the rest not records",
           "owed the 11,882 holders ... around £118million -> not a record",
           "fees of £150,000 / invested £100,000 in a mini-bond -> not records",
           "77p, 44p, 66p, 1p, 25p, 84p, 89p, 48p, 71p for every £1 -> recovery rates, not records",
           "Wellesley, 55 / 2013 / 1985 / October 13 -> not money"])

doc(R, P + "us_vultures_circling_britains_stricken_office_owners.md",
    "US vultures circling Britains stricken office owners", published="2020-08-31",
    stakes=[S(["Brookfield"], ["British Land"], 7.0), S(["Blackstone"], ["Broadgate"], 50.0)],
    investments=[I(["Brookfield"], ["British Land"], [("GBP", 264_000_000)])],
    valuations=[V(["Brookfield"], [("USD", 52_000_000_000), ("GBP", 39_000_000_000)], opt=True)],
    must_not=[MN("GBP", 10, "Land Securities share price earlier this year"), MN("GBP", 5.78, "Land Securities share price"),
              MN("GBP", 1_000_000_000, "value of Blackstone's Broadgate stake"),
              MN("GBP", 1_700_000_000, "price GIC paid Blackstone for its Broadgate shareholding (sale price)"),
              MN("GBP", 700_000_000, "Blackstone's profit on Broadgate"),
              MN("GBP", 2_600_000_000, "price paid for Songbird Estates (acquisition)"), MN("GBP", 3.65, "British Land share price")],
    audit=["share prices collapsed by almost 50 per cent -> not a record (50 is not listed as must_not: it is also Blackstone's stake)",
           "crashed from almost £10 ... to close at £5.78 / British Land shares closed at £3.65 -> not records",
           "joint venture with British Land for Broadgate, with its 50 per cent stake valued at around £1billion -> stakes (Blackstone, "
           "Broadgate) 50; the value of the stake is not a record",
           "sold its shareholding to Singapore-based sovereign wealth fund GIC for almost £1.7billion ... made around £700million -> not "
           "records: a sale price and a profit",
           "In June, it paid £264million for a 7 per cent stake in British Land -> stakes (Brookfield, British Land) 7 and investments "
           "(Brookfield in British Land, £264m)",
           "market capitalisation of $52billion (£39billion -> valuations (optional): a market capitalisation",
           "to buy Songbird Estates, the owner of Canary Wharf, for £2.6billion -> not a record: acquisition price",
           "30-acre / 2009 / 2021 / 2015 -> not money"])
