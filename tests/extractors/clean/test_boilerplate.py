"""Boilerplate that real exports and scrapes leave in the text: each pattern on a few synthetic lines."""
from __future__ import annotations

import pytest

from extractors.clean.boilerplate import remove_boilerplate
from extractors.clean.document import build_document
from extractors.clean.htmltext import html_to_text


def clean(text: str) -> str:
    return remove_boilerplate(text)


def test_credit_and_skip_lines_dropped():
    text = ("Acme Corp said it would buy Beta Ltd.\n\n"
            "(Additional reporting by Jane Roe in Boston; Editing by John Doe)\n\n"
            "Go Back to Top. Skip To: Start of Article.\n\n(Photo by Anadolu)\n\nShare Via\n\nView Full Image Graphic: A. Artist/Mint")
    assert clean(text) == "Acme Corp said it would buy Beta Ltd."


def test_reuters_inline_furniture_removed_from_the_paragraph():
    text = ("MILAN, May 9 (Reuters) - Acme Group (ACM.MI), opens new tab said on Friday it was suing Beta. "
            "Sign up here. The claim was filed in Milan. Item 1 of 2 A logo at a fair in Hanover, April 22, 2024. "
            "REUTERS/A Photographer [1/2] A logo at a fair in Hanover, April 22, 2024. REUTERS/A Photographer "
            "Purchase Licensing Rights, opens new tab Beta said it disagreed. ($1 = 0.8894 euros) Reporting by "
            "Ann Writer, editing by Ed Itor Our Standards: The Thomson Reuters Trust Principles., opens new tab")
    out = clean(text)
    assert out == ("MILAN, May 9 (Reuters) - Acme Group (ACM.MI) said on Friday it was suing Beta. The claim was "
                   "filed in Milan. Beta said it disagreed. ($1 = 0.8894 euros)")


def test_syndicated_stock_promotion_cut():
    text = ("Acme plans to invest up to 4.4 billion euros in its German unit. Acme’s Zacks Rank & Key Picks "
            "Acme carries a Zacks Rank #3 (Hold). EPS estimates have improved $1.06.\n\n"
            "Zacks Names #1 Semiconductor Stock\n\nIt is projected to explode from $452 billion to $803 billion.\n\n"
            "The views and opinions expressed herein are the views and opinions of the author and do not "
            "necessarily reflect those of Nasdaq, Inc.")
    assert clean(text) == "Acme plans to invest up to 4.4 billion euros in its German unit."


def test_widget_faq_and_scraper_notes_dropped():
    text = ("Firms raised Rs 10 lakh crore this year.\n\n"
            "COVID-19 Vaccine Frequently Asked Questions View more How does a vaccine work? It mimics an "
            "infection. View more Show\n\nFollow our full coverage of the coronavirus pandemic here.\n\n"
            "Note: Full article content not available. This appears to be a headline/summary from RSS feeds.\n\n"
            "📰 Read full article:")
    assert clean(text) == "Firms raised Rs 10 lakh crore this year."


def test_blog_signature_tag_cloud_and_closing_bio_dropped():
    text = ("Gaia raised $12M in Series B funding.\n"
            "lorna+li lornali gaia+interactive gaiainteractive social+gaming funding\n__\n"
            "Contact Michelle with news, stories, events, and more.\nEmail: michelle[at]writetech[dot]net\n"
            "Twitter: @writetechnology, Friendfeed: michellel\nSites: Write Technology, Wine-Girl.net\n"
            "About the Author:\nAbout Me | Google | LinkedIn | Twitter | My Wine Education\n"
            "Rose is a crypto content writer with a strong background in finance.\nRose Nnamdi on LinkedIn")
    assert clean(text) == "Gaia raised $12M in Series B funding."


def test_closing_bio_rule_keeps_a_last_paragraph_that_is_news():
    text = "Acme fined Beta $5 million.\n\nPatel, who is now Acme's India managing director, declined to comment."
    assert clean(text) == text


def test_subscription_appeal_dropped_unless_it_is_the_whole_page():
    appeal = ("Dear Reader,\n\nBusiness Standard has always strived hard to provide up-to-date information.\n\n"
              "Support quality journalism and subscribe to Business Standard.\n\nDigital Editor")
    assert clean("Acme raised Rs 500 crore in a rights issue.\n\n" + appeal) == \
        "Acme raised Rs 500 crore in a rights issue."
    assert "Business Standard" in clean(appeal)  # nothing else: the page stays a (recordless) document


def test_dateline_span_is_set_off_from_the_first_name():
    text = html_to_text('<p><span class="articleLocation">SEOUL</span> LG Electronics Inc said on Wednesday '
                        'it will invest.</p>')
    assert text == "SEOUL - LG Electronics Inc said on Wednesday it will invest."


def test_character_references_decoded_in_markdown_bodies():
    raw = b"---\ntitle: Acme\n---\n\nAcme &amp; Beta agreed a deal &gt;&gt; worth $5 million. AT&T declined.\n"
    d = build_document(raw, "x.md")
    assert d.text == "Acme & Beta agreed a deal >> worth $5 million. AT&T declined."


def test_counter_glued_to_the_first_word_is_dropped():
    from extractors.clean.boilerplate import remove_boilerplate

    text = "3Austrian startup Kickscale has raised €2.1 million.\n3M was fined $5 million."
    assert remove_boilerplate(text) == "Austrian startup Kickscale has raised €2.1 million.\n3M was fined $5 million."


def test_dateline_span_before_the_wire_credit_gets_no_extra_dash():
    from extractors.clean.htmltext import html_to_text

    html = '<p><span class="articleLocation">MILAN</span> (Reuters) - Private equity firm Azalea said.</p>'
    assert html_to_text(html) == "MILAN (Reuters) - Private equity firm Azalea said."


def test_you_might_also_like_list_is_dropped():
    from extractors.clean.boilerplate import clean

    text = ("Trevana closed the round. It will hire.\n\n**You might also like**\n\n"
            "- Last week's roundup: Vantor, Pellis and Ruma raise $150M combined\n- Another headline here")
    assert clean(text) == "Trevana closed the round. It will hire."


FACT = "Acme was fined $5 million. It will appeal."


@pytest.mark.parametrize("text, kept", [
    # a page extractor keeps "<p>Published <time>…</time></p>"'s label after dropping the <time>
    ("Published\n\n" + FACT + "\n\nLast updated:", FACT),
    ("Published in 2019, the report said Acme was fined.", "Published in 2019, the report said Acme was fined."),
    # a page's sign-off lines: credits, how to reach the writer, appeals, tag lists
    (FACT + "\n\nAdditional reporting by Jane Roe\n\nWrite to John Doe at john.doe@example.com", FACT),
    (FACT + "\n\nReach the reporters on Twitter at and\n\nTell us what YOU think...", FACT),
    (FACT + "\n\nLike this story? Share it with a friend!\n\nDON'T MISS", FACT),
    (FACT + "\n\nFiled under: Courts |\n\nTags\n\nacme fine, data protection, courts", FACT),
    (FACT + "\n\nYou may also like...\n\nBeta raises $10 million", FACT),
    # a Jekyll template tag left between the sections of an exported summary page
    (FACT + "\n\n{% include back-to-top.html %}", FACT),
    ("Additional reporting by the regulator found that Acme had hidden $5 million. It will appeal.",
     "Additional reporting by the regulator found that Acme had hidden $5 million. It will appeal."),
])
def test_page_labels_and_sign_off_lines(text, kept):
    assert clean(text) == kept


def test_list_runs_kept_when_a_page_extractor_has_already_dropped_the_menus():
    text = ("The fines imposed this year:\n- Redfield: €4.5 million\n- Parkway: €2 million\n- Silverline: €900,000\n"
            "- Bluecrest: €650,000\n- Orbit: €400,000\n- Kestrel: €250,000\nMost have since paid.")
    assert "- Redfield: €4.5 million" not in remove_boilerplate(text)   # in a plain scrape: a menu-like run
    assert "- Redfield: €4.5 million" in remove_boilerplate(text, menus=False)


@pytest.mark.parametrize("text, kept, dropped", [
    # a weekly digest: items that state the week's deals in a sentence, each closed by its source
    ("**Mergers and Acquisitions**\n\n* e-Zest acquires SmarterMe, a smart personal sales assistant. [[ETTech](http://x.in/a)]\n"
     "* PickMyLaundry acquires OneClickWash in an all-cash deal. [[ETTech](http://x.in/b)]\n"
     "* Marico buys 45% stake in Beardo, a men's grooming brand. [[Inc42](http://x.in/c)]\n\n\n***\n\n**RIP**\n\n"
     "* No shut-downs reported this week.\n",
     ["Marico buys 45% stake in Beardo, a men's grooming brand. [Inc42]",
      "PickMyLaundry acquires OneClickWash in an all-cash deal."], []),
    # a figure without a full stop still makes the item a sentence of news
    ("* Reliance plans to sell 1% stake in PayTM for $50-60 Mn(approx. ₹334 Cr)  [[ETTech](http://x.in/a)]\n\n"
     "* Urban Ladder raises ₹102 Cr from its existing investors.\n[[ETTech](http://x.in/b)]\n\n"
     "* Imaginate, a VR & AR startup raises $500K from SRI Capital.  [[ETTech](http://x.in/c)]\n\n",
     ["Reliance plans to sell 1% stake in PayTM", "Imaginate, a VR & AR startup raises $500K"], []),
    # menus, archives and category lists stay navigation
    ("Acme was fined $5 million. It will appeal.\n\n- [Home](/)\n- [About Us](/about)\n- [Startups & Funding](/s)\n"
     "- [March 2021 (12)](/2021/03)\n- [Terms of use](/terms)\n- [Contact](/contact)\n",
     ["Acme was fined $5 million."], ["About Us", "March 2021", "Terms of use"]),
    # a rail of post titles: a year or a "Top 10" is not an amount
    ("Acme was fined $5 million. It will appeal.\n\n- [How to raise your first round in 2021](/a)\n"
     "- [The 10 best fintech apps for small business](/b)\n- [Why we moved our blog to a new home](/c)\n"
     "- [Archives](/archives)\n- [Contact](/contact)\n- [Privacy](/privacy)\n",
     ["Acme was fined $5 million."], ["first round in 2021", "fintech apps"]),
    # a "Read More" link closing an excerpt is not a "Read more" heading: the next story's headline stays
    ("## Amid the IPO gold rush, how should we value fintech startups?\n\nWhether it be via SPAC or IPO, ten "
     "fintechs go public.\n\n[Read More](http://techcrunch.com/2021/04/30/amid/)\n\n---\n\n"
     "## Zeta in talks with SoftBank to raise at over $1 billion valuation\n\n2021-04-14T17:29:35Z Manish Singh\n\n"
     "Banking tech startup Zeta is inching closer to the much sought-after unicorn status.\n",
     ["Zeta in talks with SoftBank to raise at over $1 billion valuation", "Banking tech startup Zeta"],
     ["Read More"]),
])
def test_digest_items_and_excerpt_links(text, kept, dropped):
    from extractors.clean.boilerplate import clean as clean_md

    out = clean_md(text)
    assert all(k in out for k in kept), out
    assert not any(d in out for d in dropped), out
