"""Labels: karanmitroo/inshorts-scraper, business/NNNN.txt — a random draw (random.seed(88), ten files sampled from
all business files of the snapshot), labelled as they come."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "karanmitroo/inshorts-scraper"
P = "business/"

doc(R, P + "5234.txt", None, slug_title="Fuel prices to change daily in five cities",
    audit=["no money or percent mention"])

doc(R, P + "1559.txt", None, slug_title="CBEC asks FMCG firms to revise MRP",
    audit=["no money or percent mention"])

doc(R, P + "3278.txt", None, slug_title="Online travel agents to deduct 1 percent TCS",
    must_not=[MP(1, "tax collected at source rate"), MN("INR", 2_000_000, "GST exemption turnover threshold")],
    audit=["deduct 1% tax collected at source -> not a record: tax rate",
           "businesses with turnover up to ₹20 lakh -> not a record: statutory threshold"])

doc(R, P + "15456.txt", None, slug_title="Jharkhand launches ease of doing business",
    audit=["no money or percent mention"])

doc(R, P + "10422.txt", None, slug_title="MSME ministry launches credit rating scheme",
    audit=["no money or percent mention"])

doc(R, P + "9071.txt", None, slug_title="Jhunjhunwala to donate 25 percent of portfolio",
    must_not=[MP(25, "share of his portfolio to be donated"), MN("INR", 50_000_000_000, "pledged donation cap")],
    audit=["donate 25% of his portfolio or ₹5,000 crore, whichever is less -> not records: a pledged donation, not a stake or "
           "an investment"])

doc(R, P + "10228.txt", None, slug_title="Vitara Brezza highest selling SUV",
    audit=["10,232 units / 7,981 units -> not money"])

doc(R, P + "3530.txt", None, slug_title="Facebook Q2 profit 3.89 billion",
    must_not=[MN("USD", 3_890_000_000, "quarterly profit"), MN("USD", 9_320_000_000, "quarterly revenue"),
              MN("USD", 173, "share price"), MN("INR", 11_000, "share price in rupees"), MP(71, "profit growth"),
              MP(45, "revenue growth"), MP(4, "share price rise")],
    audit=["profit of $3.89 billion ... up 71% / revenue growth of about 45% ... to $9.32 billion -> not records: results",
           "shares rose more than 4% to about $173 (₹11,000) -> not records: share price"])

doc(R, P + "7218.txt", None, slug_title="Amazon infuses 2010 crore in India",
    investments=[I(["Amazon"], ["Amazon India", "Amazon's Indian unit", "Amazon Seller Services"], [("INR", 20_100_000_000)]),
                 I(["Amazon"], ["Amazon India", "Amazon's Indian unit", "Amazon Seller Services"], [("INR", 70_000_000_000)], opt=True)],
    audit=["Amazon has infused fresh ₹2,010 crore capital in India -> investment (Amazon -> its Indian business; new capital)",
           "total capital invested by Amazon in the past 12 months in India to ₹7,000 crore -> investment (optional): cumulative"])

doc(R, P + "13998.txt", None, slug_title="India tenth in private wealth",
    must_not=[MN("USD", 3_492_000_000_000, "India's total private wealth"), MN("USD", 48_734_000_000_000, "US total private wealth")],
    audit=["total individual wealth of $3,492 billion / $48,734 billion -> not records: national wealth aggregates"])
