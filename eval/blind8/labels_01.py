"""Labels: karanmitroo/inshorts-scraper, business/NNNN.txt — Inshorts business briefs (India, 2013-2018), about 60 words
each, one plain-text file per story: body only, no headline, byline, date or url (meta all null). Keyword-ranked
selection, part 1: fines and penalties (Indian regulators: SEBI, RBI, TRAI, the Environment Ministry; US and Brazilian
cases told with rupee equivalents), then stakes."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "karanmitroo/inshorts-scraper"
P = "business/"
SEBI = ["Securities and Exchange Board of India", "SEBI", "Sebi", "Markets regulator SEBI"]
RBI = ["Reserve Bank of India", "RBI", "The RBI", "central bank"]

doc(R, P + "2676.txt", None, slug_title="SEBI fines PACL 2423 crore",
    fines=[F(["PACL", "PACL and its four directors"], SEBI, [("INR", 24_230_000_000)])],
    must_not=[MN("INR", 491_000_000_000, "money PACL collected from the public (not a fine)")],
    audit=["SEBI on Thursday imposed a ₹2,423 crore fine on PACL and its four directors -> fine (PACL, SEBI)",
           "the highest penalty ever imposed by SEBI -> same fine, no new figure",
           "PACL had collected ₹49,100 crore in the name of real estate projects -> not a record: funds raised illegally from the public"])

doc(R, P + "2008.txt", None, slug_title="RBI penalises Yes Bank and IDFC Bank",
    fines=[F(["Yes Bank"], RBI, [("INR", 60_000_000)]),
           F(["IDFC Bank"], RBI, [("INR", 20_000_000)])],
    audit=["The RBI imposed a penalty of ₹6 crore on Yes Bank -> fine (Yes Bank, RBI)",
           "and ₹2 crore on IDFC Bank -> fine (IDFC Bank, RBI): the second payer of the same sentence"])

doc(R, P + "23.txt", None, slug_title="RBI 40 lakh penalty on SBI",
    fines=[F(["SBI", "State Bank of India"], RBI, [("INR", 4_000_000)]),
           F(["Indian Overseas Bank"], RBI, [("INR", 20_000_000)])],
    audit=["The RBI has levied a ₹40 lakh penalty on SBI -> fine (SBI, RBI)",
           "Earlier, RBI imposed a penalty of ₹2 crore on Indian Overseas Bank -> fine (Indian Overseas Bank, RBI): an earlier fine, "
           "told as history"])

doc(R, P + "14828.txt", None, slug_title="SEBI fines Prashant Kamble 50 lakh",
    fines=[F(["Prashant Kamble", "Kamble"], SEBI, [("INR", 5_000_000)])],
    audit=["SEBI ... has slapped a fine of Rs. 50 lakh on a man named Prashant Kamble -> fine (Kamble, SEBI)",
           "shares of 21 companies -> not money"])

doc(R, P + "15807.txt", None, slug_title="SEBI fines DLF 8.4 million dollars",
    fines=[F(["DLF", "DLF and its top management"], SEBI, [("USD", 8_400_000)])],
    audit=["The Securities and Exchange Board of India on Thursday fined property developer DLF and its top management $8.4 million -> "
           "fine (DLF, SEBI)", "banned from raising capital for 3 years -> not money"])

doc(R, P + "6875.txt", None, slug_title="Mondelez 13 million penalty over Cadbury India",
    fines=[F(["Mondelez", "Food major Mondelez"], ["US government"], [("USD", 13_000_000), ("INR", 890_000_000)])],
    must_not=[MN("INR", 6_100_000, "payment to an agent (the bribe)"), MN("USD", 90_000_000, "tax exemption Cadbury claimed")],
    audit=["Mondelez will pay $13 million (around ₹89 crore) penalty to the US government -> fine (Mondelez, US government)",
           "allegedly paying over ₹61 lakh to an agent -> not a record: the payment at issue",
           "a tax exemption worth over $90 million -> not a record"])

doc(R, P + "10773.txt", None, slug_title="Adani Port 200 crore fine not cancelled",
    fines=[F(["Adani Port and SEZ", "Adani Port", "Adani Ports and SEZ"], ["Environment Ministry", "UPA government"],
             [("INR", 2_000_000_000)])],
    audit=["reports of cancelling the ₹200 crore fine on Adani Port and SEZ ... are “not correct” -> fine (Adani Port and SEZ; imposed "
           "under the UPA government, the Environment Ministry speaks for it): the fine stands"])

doc(R, P + "14974.txt", None, slug_title="Uber fined 7.3 million in California",
    fines=[F(["Uber"], ["California Public Utilities Commission", "CPUC"], [("USD", 7_300_000)])],
    audit=["Uber has been fined $7.3 million in California for refusing to provide information ... to the California Public Utilities "
           "Commission. A judge at the regulator body ruled -> fine (Uber, CPUC)"])

doc(R, P + "17984.txt", None, slug_title="TRAI fines 13 telecom operators 5.04 crore",
    fines=[F(None, ["TRAI", "Telecom Regulatory Authority of India"], [("INR", 50_400_000)])],
    audit=["TRAI has imposed a total fine of Rs 5.04 crore on 13 telecom operators -> fine (payer null: one decision over thirteen "
           "unnamed operators; TRAI)", "blacklisting of 1,45,696 unregistered telemarketers -> not money"])

doc(R, P + "4633.txt", None, slug_title="UPS ordered to pay 247 million in penalties",
    fines=[F(["United Parcel Service", "UPS"], None, [("USD", 247_000_000), ("INR", 16_000_000_000)])],
    audit=["United Parcel Service has been ordered to pay $247 million (₹1,600 crore) in penalties -> fine (UPS; ordered by a court, "
           "authority not named)", "over 6,83,000 cartons of cigarettes -> not money"])

doc(R, P + "10095.txt", None, slug_title="Harley-Davidson 12 million civil fine",
    fines=[F(["Harley-Davidson"], ["US Justice Department", "Justice Department", "US Environmental Protection Agency", "EPA"],
             [("USD", 12_000_000)])],
    audit=["According to the US Justice Department, Harley-Davidson has agreed to pay $12 million in civil fine -> fine (Harley-Davidson, "
           "DoJ; the EPA, whose limits were broken, also accepted)", "3,40,000 'super tuners' -> not money"])

doc(R, P + "12434.txt", None, slug_title="Budget raises excise on tobacco",
    must_not=[MN("INR", 500_000_000, "collection threshold of the abolished cesses"),
              MP(10, "excise duty increase"), MP(15, "excise duty increase"), MP(50, "penalty rate for under-reporting income"),
              MP(200, "penalty rate for non-payment of taxes")],
    audit=["excise duty ... by 10-15% -> not a record: tax rate change",
           "cesses ... in which collection was less than ₹50 crore a year -> not a record",
           "the penalty for underreporting income ... 50% of the tax, and 200% for non-payment -> not records: statutory penalty rates, "
           "no payer, no amount"])

doc(R, P + "14513.txt", None, slug_title="EPA orders recall of Volkswagen cars",
    fines=[F(["Volkswagen", "VW"], ["US Environmental Protection Agency", "Environmental Protection Agency", "EPA"],
             [("USD", 18_000_000_000)], opt=True)],
    audit=["The company could likely face a penalty of as high as $18 billion -> fine (optional): a theoretical maximum, not a fine "
           "imposed (as dev's 'maximum possible sanction')",
           "482,000 Volkswagen cars -> not money"])

# --- stakes
doc(R, P + "18448.txt", None, slug_title="FIPB clears Etihad 26 percent of Jet Airways",
    stakes=[S(["Etihad Airlines", "Etihad", "Etihad Airways"], ["Jet Airways", "Jet"], 26.0)],
    investments=[I(["Etihad Airlines", "Etihad", "Etihad Airways"], ["Jet Airways", "Jet"], [("INR", 20_580_000_000)], opt=True)],
    audit=["Etihad Airlines buying 26% stake in Jet Airways -> stake (Etihad in Jet 26)",
           "for Rs 2,058-crore -> investment (optional): price of a stake purchase, new or existing shares not said",
           "the largest FDI in the aviation space -> same deal, no new figure"])

doc(R, P + "2397.txt", None, slug_title="Amazon to buy 5 percent of Shoppers Stop",
    stakes=[S(["Amazon", "Amazon's investment arm", "Amazon Investment Holdings"], ["Shoppers Stop"], 5.0)],
    valuations=[V(["Shoppers Stop"], [("INR", 36_000_000_000)])],
    investments=[I(["Amazon", "Amazon's investment arm", "Amazon Investment Holdings"], ["Shoppers Stop"], [("INR", 1_800_000_000)],
                   opt=True)],
    audit=["Amazon's investment arm has agreed to buy a 5% stake in Shoppers Stop -> stake (Amazon in Shoppers Stop 5)",
           "for about ₹180 crore -> investment (optional): stake purchase, new or existing shares not said",
           "gives Shoppers Stop a valuation of about ₹3,600 crore -> valuation (Shoppers Stop)"])

doc(R, P + "18345.txt", None, slug_title="Toshiba to buy majority of Vijai Electricals",
    investments=[I(["Toshiba", "Toshiba Corp."], ["Vijai Electricals"], [("USD", 200_000_000)], opt=True)],
    audit=["Toshiba Corp. ... will acquire a majority stake in ... Vijai Electricals for about $200-millions -> investment (optional): "
           "acquisition of a majority stake (existing shares); 'majority' gives no percent, so no stake record"])

doc(R, P + "16881.txt", None, slug_title="Cabinet approves ONGC Coal India NHPC share sales",
    must_not=[MP(10, "size of the planned Coal India stake sale (not a level held)"), MP(5, "size of the planned ONGC sale"),
              MP(11.36, "size of the planned NHPC sale")],
    audit=["planned to sell a 10% stake of Coal India, 5% in ONGC and 11.36% in NHPC -> not records: sizes of planned sales by the "
           "government, not levels held (the government's holdings are not stated)"])

doc(R, P + "3837.txt", None, slug_title="J&F to sell 86 percent of Alpargatas",
    stakes=[S(["J&F Investimentos", "J&F"], ["Alpargatas"], 86.0)],
    investments=[I(None, ["Alpargatas"], [("USD", 1_100_000_000), ("INR", 70_000_000_000)], opt=True)],
    fines=[F(["J&F Investimentos", "J&F"], None, [("USD", 3_210_000_000), ("INR", 205_000_000_000)])],
    audit=["J&F Investimentos has agreed to sell 86% stake in ... Alpargatas -> stake (J&F in Alpargatas 86): level held, being sold",
           "to the investment firms of Brazil's most prominent banking families for $1.1 billion (₹7,000 crore) -> investment (optional): "
           "price of existing shares, buyers not named singly",
           "the $3.21 billion (₹20,500 crore) fine linked to a corruption probe -> fine (J&F; authority not named)"])

doc(R, P + "13570.txt", None, slug_title="Yes Bank sells pledged United Breweries shares",
    stakes=[S(["McDowell Holdings"], ["United Breweries"], 3.02, opt=True),
            S(["Yes Bank"], ["United Breweries"], 3.02, opt=True)],
    must_not=[MN("INR", 7_780_000_000, "Yes Bank's sale of pledged shares (not a share offering by United Breweries)"),
              MN("INR", 70_000_000_000, "the defaulted loan")],
    audit=["Yes Bank sold shares worth ₹778 crore to invoke 3.02% stake in United Breweries, which was pledged by McDowell Holdings -> "
           "stakes (optional): the pledged block, held by McDowell and taken by Yes Bank; the ₹778 crore is a lender's sale of pledged "
           "shares, not an offering", "'wilful defaulters' in a ₹7,000 crore loan -> not a record: a loan",
           "its majority stakeholder United Breweries -> no percent"])

doc(R, P + "9395.txt", None, slug_title="Bayer open offer for Monsanto India",
    stakes=[S(["Bayer"], ["Monsanto India"], 26.0, opt=True), S(["Bayer"], ["Monsanto India"], 72.14, opt=True)],
    investments=[I(["Bayer"], ["Monsanto India"], [("INR", 11_000_000_000)], opt=True)],
    must_not=[MN("USD", 66_000_000_000, "Bayer's takeover of Monsanto (acquisition price)")],
    audit=["a mandatory open offer to buy up to 26% additional stake in Monsanto India -> stake (optional): offered, not held",
           "for over ₹1,100 crore -> investment (optional): offer for existing shares",
           "agreed to buy ... Monsanto for $66 billion -> not a record: whole-company takeover price",
           "will result in Bayer indirectly acquiring a 72.14% stake in Monsanto India -> stake (optional): a level Bayer will hold"])

doc(R, P + "11764.txt", None, slug_title="UK offers to take 25 percent of Tata Steel UK",
    stakes=[S(["UK government", "UK and Welsh governments", "Welsh government", "The UK and Welsh governments"],
              ["Tata Steel UK"], 25.0, opt=True)],
    audit=["offered to part-nationalise Tata Steel UK by acquiring an equity stake of up to 25% -> stake (optional): an offer, not held"])

doc(R, P + "5963.txt", None, slug_title="Mistry family firms own 18.4 percent of Tata Sons",
    stakes=[S(["Cyrus Mistry's family firms", "Cyrus Mistry", "Mistry family firms", "Shapoorji Pallonji"], ["Tata Sons"], 18.4)],
    investments=[I(["Cyrus Mistry's family firms", "Cyrus Mistry", "Mistry family firms"], ["Tata Sons"], [("USD", 16_000_000_000)],
                   opt=True)],
    audit=["These firms own 18.4% in Tata Sons -> stake (Mistry family firms in Tata Sons 18.4)",
           "which could be valued at around $16 billion -> investment (optional, as dev2's value of an existing holding): the value of "
           "the 18.4% holding ('a partner to buy this stake'), not of Tata Sons"])

doc(R, P + "13286.txt", None, slug_title="Reliance Capital buys 6.82 percent of Saregama",
    stakes=[S(["Reliance Capital"], ["Saregama India", "Saregama"], 6.82)],
    investments=[I(["Reliance Capital"], ["Saregama India", "Saregama"], [("INR", 431_700_000)], opt=True)],
    must_not=[MN("INR", 364, "average purchase price per share"), MN("INR", 362.37, "average purchase price per share")],
    audit=["Reliance Capital on Monday acquired 6.82% stake in ... Saregama India -> stake (Reliance Capital in Saregama 6.82)",
           "for ₹43.17 crore through the open market -> investment (optional): existing shares bought on the market",
           "11,88,000 shares / 7,65,000 / 4,23,000 -> share counts, not money",
           "average price of ₹364 / ₹362.37 -> not records: per-share prices"])

doc(R, P + "18449.txt", None, slug_title="Rohini Nilekani sells Infosys shares",
    stakes=[S(["Rohini Nilekani", "Ms. Nilekani", "Nilekani"], ["Infosys"], 1.31),
            S(["Rohini Nilekani", "Ms. Nilekani", "Nilekani"], ["Infosys"], 1.41)],
    must_not=[MN("INR", 1_635_100_000, "a shareholder's sale of shares on the market (not an offering by Infosys)")],
    audit=["has sold 5.77 lakh Infosys shares worth Rs 163.51 crore -> not a record: a holder's sale, not an Infosys offering",
           "stake ... declined from 1.41 %(80,78,174 shares) to 1.31%(75,01,174 shares) -> stakes (Nilekani in Infosys 1.31 now, 1.41 "
           "before)"])

doc(R, P + "10772.txt", None, slug_title="India falls to 75 in Swiss bank money",
    must_not=[MP(25, "UK share of foreign money in Swiss banks"), MP(14, "US share, called a 'stake'"),
              MP(0.1, "India's share")],
    audit=["The UK was on top with 25% of the total foreign money in Swiss banks, followed by the US with a 14% stake -> not records: "
           "shares of deposits, not shareholdings", "India's current 0.1% share -> not a record"])
