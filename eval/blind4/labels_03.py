"""Labels: adbar/trafilatura tests/cache -- whole saved news pages (full HTML with navigation, related links, comments and
footers) kept as test fixtures by the trafilatura project; only English business-adjacent pages with tempting numbers were taken."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "adbar/trafilatura"
P = "tests/cache/"

doc(R, P + "vancouversun.com.microsoft.html",
    ["Microsoft moves to erase its carbon footprint from the atmosphere in climate push | Vancouver Sun",
     "Microsoft moves to erase its carbon footprint from the atmosphere in climate push"],
    published="2020-01-16",
    url="https://vancouversun.com/technology/microsoft-moves-to-erase-its-carbon-footprint-from-the-atmosphere-in-climate-push/wcm/76e426d9-56de-40ad-9504-18d5101013d2",
    must_not=[MN("USD", 1_000_000_000, "Microsoft's Climate Innovation Fund spending pledge (company spending, investor's own fund)"),
              MN("CAD", 2_400_000, "money Michael Bublé helped a hospital raise (donations; a related-link headline)"),
              MN("USD", 2_400_000, "same donation figure read as USD")],
    audit=["Microsoft will invest US$1 billion over the next four years to speed up the development of carbon removal technology (standfirst) / "
           "a 'Climate Innovation Fund,' which will invest US$1 billion over the next four years -> not a record: a company's spending "
           "pledge through its own fund, no investee",
           "Michael Bublé helped B.C. Women's Hospital raise $2.4 million (related-story link) -> not a record: donations",
           "by 2030 / 2050 / 1975 / 16 million metric tons / 44 million metric tons / 100,000 electric delivery vans / 2040 -> not money",
           "the page's navigation, comment policy and footer carry no money"])

doc(R, P + "reuters.com.parasite.html",
    ["'Parasite' scores historic upset at SAG awards, boosting Oscar chances | Reuters",
     "'Parasite' scores historic upset at SAG awards, boosting Oscar chances"],
    author=["Jill Serjeant"], published="2020-01-19", url="https://www.reuters.com/article/us-awards-sag-idUSKBN1ZI0EH",
    must_not=[MN("USD", 170_000_000, "production cost of The Irishman")],
    audit=["Martin Scorsese's $170 million Netflix gangster movie 'The Irishman' -> not a record: a film budget",
           "26 year-history / Feb. 9 / 2009 / 15 images / four nods -> not money"])

doc(R, P + "nature.com.telescope.html", "Gigantic Chinese telescope opens to astronomers worldwide",
    author=["Elizabeth Gibney"], published="2019-09-24", url="https://www.nature.com/articles/d41586-019-02790-3",
    must_not=[MN("CNY", 1_200_000_000, "construction cost of the FAST telescope"),
              MN("USD", 171_000_000, "construction cost of the FAST telescope in US$"),
              MN("USD", 23_000_000, "cost of the data-processing centre being built")],
    audit=["The 1.2-billion-yuan (US$171-million) telescope -> not a record: a construction cost",
           "a $23-million data-processing centre being built in the city of Guiyang -> not a record: a building's cost",
           "500-metre / 4,400 panels / 2,000 winches / more than 100 pulsars / 121102 / 2030s -> not money"])

doc(R, P + "theguardian.com.academics.html",
    ["Thousands of UK academics 'treated as second-class citizens' | Education | The Guardian",
     "Thousands of UK academics 'treated as second-class citizens'"],
    author=["Richard Adams"], published="2020-01-20",
    url="http://www.theguardian.com/education/2020/jan/20/thousands-of-uk-academics-treated-as-second-class-citizens",
    must_not=[MN("GBP", 9, "hourly pay in a related-article headline"),
              MP(21.9, "growth in open-ended contracts"), MP(16.1, "decline in atypical contracts")],
    audit=["Temporary work at £9 an hour (related-article link) -> not a record: pay",
           "increased by 21.9% whilst atypical contracts declined by 16.1% -> not records: workforce statistics",
           "67,000 / two-thirds / 30,000 / 69,000 / 6,500 / 2011-12 and 2017-18 -> not money"])
