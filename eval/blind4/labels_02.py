"""Labels: pwv-vc/pwv-com (a venture firm's Astro site; 'external-*' posts are link posts to portfolio companies' funding
announcements: YAML front matter only -- title, description (the announcement's opening lines), author, pubDate, heroImage, url of
the original post with ?ref=pwv.com, tags -- and no body)."""
from labels_lib import doc, F, V, S, O, I, MN, MP

R = "pwv-vc/pwv-com"
P = "src/content/posts/"

doc(R, P + "external-aalo-closes-100m-series-b.md", "Aalo Closes $100M Series B", author="Aalo", published="2025-08-19",
    investments=[I(["Valor Equity Partners"], ["Aalo"], [("USD", 100_000_000)])],
    audit=["Closes $100M Series B (title) / closed a $100M Series B financing round, led by Valor Equity Partners -> investments (Valor "
           "Equity Partners in Aalo): the only investor named"])

ELICIT = ["Elicit"]
doc(R, P + "external-blog-elicit-com-elicit-raises-22m-to-build-the-most-trusted-ai-platform-for-evidence.md",
    "Elicit Raises $22M to Build the Most Trusted AI Platform for Evidence", author=["Andreas Stuhlmueller, Jungwon Byun",
    "Andreas Stuhlmueller", "Jungwon Byun"], published="2025-02-26",
    valuations=[V(ELICIT, [("USD", 100_000_000)])],
    investments=[I(None, ELICIT, [("USD", 22_000_000)])],
    audit=["Raises $22M (title) / raised $22M in Series A funding at a $100M valuation led by Spark Capital and Footwork. Existing "
           "investors ... also participated -> investments (Elicit), investor null: two leads and others; valuations (Elicit) $100M"])

doc(R, P + "external-blog-elicit-com-elicit-raises-9-million-and-becomes-a-public-benefit-corporation.md",
    "Elicit raises $9 million and becomes a public benefit corporation", author=["Andreas Stuhlmueller, Jungwon Byun",
    "Andreas Stuhlmueller", "Jungwon Byun"], published="2023-09-25",
    investments=[I(None, ELICIT, [("USD", 9_000_000)])],
    audit=["raises $9 million (title) / has raised $9 million in seed funding -> investments (Elicit), no investor named"])

doc(R, P + "external-blog-fal-ai-our-series-d-scaling-fal.md", "Our Series D: Scaling fal", author="fal", published="2025-12-09",
    investments=[I(None, ["fal", "fal.ai"], [("USD", 140_000_000)])],
    audit=["fal has raised a $140M Series D, welcoming new investors Sequoia, Kleiner Perkins -> investments (fal), investor null: "
           "several investors (the description is cut after them)"])

doc(R, P + "external-blog-railway-com-railway-raises-100m-series-b-to-unburden-the-builders.md",
    "Railway raises $100M Series B to unburden the builders", author="Jacob Cooper", published="2026-01-22",
    investments=[I(None, ["Railway"], [("USD", 100_000_000)])],
    audit=["raises $100M Series B (title) / Railway has raised $100M -> investments (Railway), no investor named"])

doc(R, P + "external-commutator-studios-gmbh-secures-funding-for-innovative-quantum-technology.md",
    "Commutator Studios GmbH Secures Funding for Innovative Quantum Technology", author="Commutator Studios", published="2025-07-17",
    investments=[I(None, ["Commutator Studios GmbH", "Commutator Studios"], [("EUR", 1_500_000)])],
    audit=["has secured €1.5 million in funding from prominent investors including Backtrace Capital and Preston-Werner Ventures -> "
           "investments (Commutator Studios), investor null: several investors"])

CURSOR = ["Cursor", "Anysphere"]
doc(R, P + "external-cursor-com-series-a-and-magic.md", "Series A and Magic", author="Anysphere Teams", published="2024-08-22",
    investments=[I(None, CURSOR, [("USD", 60_000_000)], opt=True)],
    audit=["We've raised $60M (description) -> investments (optional): the text never names the company (only the author field "
           "'Anysphere Teams' and the cursor.com url do), no investor named"])

doc(R, P + "external-cursor-com-series-c-and-scale.md", "Series C and Scale", author="Anysphere Teams", published="2025-06-06",
    investments=[I(None, CURSOR, [("USD", 900_000_000)], opt=True)],
    audit=["We've raised $900m (description) -> investments (optional): the company is named only in the author field and url, "
           "no investor named"])

doc(R, P + "external-earthmover-io-earthmovers-72m-seed-round-led-by-lowercarbon-capital.md",
    "Earthmover’s $7.2M Seed Round led by Lowercarbon Capital", author="Ryan Abernathey", published="2025-09-22",
    investments=[I(None, ["Earthmover"], [("USD", 7_200_000)])],
    audit=["$7.2M Seed Round led by Lowercarbon Capital (title) / secured a $7.2M seed round led by Lowercarbon Capital, with "
           "participation from Costanoa Ventures and Preston-Werner Ventures -> investments (Earthmover), investor null: a lead with others"])

doc(R, P + "external-flux-ai-we-raised-37m-to-take-the-hard-out-of-hardware.md",
    "We raised $37M to take the hard out of hardware", author="Lance Cassidy", published="2026-02-27",
    investments=[I(["8VC"], ["Flux"], [("USD", 37_000_000)])],
    audit=["We raised $37M (title) / Flux raises $37M led by 8VC -> investments (8VC in Flux): the only investor named"])

doc(R, P + "external-mstone-ai-from-a-dublin-classroom-to-a-10m-milestone-our-journey-into-the-future-of-ai-engineering.md",
    "From a Dublin Classroom to a $10M Milestone: Our Journey Into the Future of AI Engineering", author="Liad Elidan",
    published="2025-11-13",
    investments=[I(None, ["Milestone"], [("USD", 10_000_000)])],
    audit=["a $10M Milestone (title) / Milestone has raised $10M in seed funding, led by Heavybit and Hanaco Ventures, with participation "
           "from Atlassian Ventures -> investments (Milestone), investor null: two leads and others"])

STACK = ["StackOne"]
doc(R, P + "external-stackone-com-stackone-raises-20m-series-a-led-by-gv-google-ventures-to-reinvent-saas-and-ai-agent-integrations.md",
    "StackOne raises $20m Series A Led by GV (Google Ventures) to reinvent SaaS and AI agent integrations", author="Romain Sestier",
    published="2025-05-06",
    investments=[I(None, STACK, [("USD", 20_000_000)]), I(None, STACK, [("USD", 24_000_000)], opt=True)],
    audit=["raises $20m Series A Led by GV (title) / has raised $20 million in a Series A round led by GV (Google Ventures). Workday "
           "Ventures, XTX Ventures, existing investors ... also participated -> investments (StackOne), investor null: a lead with others",
           "takes the total raised by StackOne to $24 million -> investments (optional): cumulative total"])

doc(R, P + "external-supabase-com-supabase-30m-series-a.md", "Supabase $30m Series A", author="Paul Copplestone",
    published="2021-10-28",
    investments=[I(None, ["Supabase"], [("USD", 30_000_000)]), I(None, ["Supabase"], [("USD", 36_000_000)], opt=True)],
    audit=["$30m Series A (title) / Supabase just raised $30M -> investments (Supabase), no investor named",
           "bringing our total funding to $36M -> investments (optional): cumulative total"])

doc(R, P + "external-unkey-com-unkey-raised-45m-to-ship-apis-not-infrastructure.md",
    "Unkey raised $4.5M to ship APIs, not infrastructure", author="Unkey", published="2026-04-23",
    investments=[I(None, ["Unkey"], [("USD", 4_500_000)])],
    audit=["raised $4.5M (title) / our $4.5M seed round, led by Uncork Capital, with follow-on from Essence VC, Sunflower Capital, PWV and "
           "others -> investments (Unkey), investor null: a lead with others"])

doc(R, P + "external-we-raised-250m-to-scale-capable-and-efficient-general.md",
    "We raised $250M to scale capable and efficient general", author="Liquid AI", published="2024-12-13",
    investments=[I(None, ["Liquid AI"], [("USD", 250_000_000)], opt=True)],
    audit=["We raised $250M (title) / our Series A round of financing with AMD Ventures as strategic lead -> investments (optional, Liquid AI), "
           "investor null: a 'strategic lead' implies other investors; the company is named only in the author field and the url"])
