"""Valuations and offerings: whose value or share issue a figure is."""
from __future__ import annotations

import re

from extractors.mentions.organisations import (AUTHORITY_WORDS, COMPANY_HEADS, GENERIC_REFERENCE, WEAK_AUTHORITY_WORDS,
                                               core_words, is_place)
from extractors.records import cues
from extractors.records.context import DocContext, MoneyGroup, SentenceMentions
from extractors.records.drafts import Draft, cue_name, draft
from extractors.records.roles import OPENING_CONDITION, generic_subject, name_after, possessor_before, subjects


def kind_is_offering(cue: re.Match[str]) -> bool:
    return cues.OFFERING.fullmatch(cue.group()) is not None or cues.VALUATION.fullmatch(cue.group()) is not None


def ipo_continued(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> bool:
    """A sentence that only says "it raises" and refers back ("It is seeking to raise ...") right after a sentence
    about an IPO continues that IPO."""
    text = ctx.doc.text
    s = sm.sentence.start
    head = text[s:g.start]
    words = [m.group() for m in cues.INVESTMENT.finditer(text, s, sm.sentence.end)]
    if not words or not all(cues.RAISE_ONLY.match(w) for w in words) or sm.index == 0:
        return False
    # ("The issue, which will close on March 23, is expected to raise around ₹450 crore": the offering itself)
    if not re.match(r"\s*(?:It|They|The\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|maker|start-?up|"
                    r"business|lender|bank|insurer|issue|offering|offer|IPO|float|flotation|listing))[\s,]", head) \
            or any(n.start < g.start and not is_place(n.text) for n in sm.names):
        return False
    prev = ctx.items[sm.index - 1].sentence.text
    return cues.OFFERING.search(prev) is not None and all(cues.RAISE_ONLY.match(m.group())
                                                          for m in cues.INVESTMENT.finditer(prev))


def _company(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue: re.Match[str]) -> tuple[str | None, str]:
    """The company a valuation or offering belongs to, and the role pattern that found it."""
    text = ctx.doc.text
    s = sm.sentence.start
    cue_at = s + cue.start()
    # "Gland Pharma (about Rs 6,480 crore)", "ICICI Bank raising about Rs 15,000 crore": the name glued to the sum
    glued = next((n for n in reversed(sm.names) if n.end <= g.start and g.start - n.end <= 60), None)
    if glued and not glued.is_authority and not is_place(glued.text) and (
            cues.NAME_BRACKET.fullmatch(text[glued.end:g.start]) or cues.RAISER_BEFORE.fullmatch(text[glued.end:g.start])):
        return ctx.full(glued.text), "glued"
    # "well below the $3bn market value of its rival Beta": the sum's own value noun names its company after "of"
    if cue_at >= g.end and re.fullmatch(r"\s*(?:\([^()]{0,40}\)\s*)?", text[g.end:cue_at]):
        of = _VALUE_OF_NAME.match(text, s + cue.end())
        n = next((n for n in sm.names if of and n.start == of.end()), None)
        if n is not None and not n.possessive and not n.is_authority and not is_place(n.text):
            return ctx.full(n.text), "value-of-name"
    # "Lumina Bio, which is now valued at $2 billion": the name the relative clause describes
    # ("Allied Domecq, which has a capitalisation of £5.7bn", "Deutsche Boerse - whose market capitalisation is")
    rel = re.search(r"(?:,|\s[-–—])\s+(?:(?:which|that)\s+(?:(?:is|was|has|had|have|been|are|were|now|currently|since|once|"
                    r"last|already|reportedly|recently)\s+)*(?:an?\s+)?|whose\s+|"
                    # "If BT, with a market capitalisation of around 22.2 billion stg": a "with" aside after the name
                    r"with\s+(?:an?\s+)?)"
                    r"(?:(?:stock|current|total|own)\s+)?$", text[s:cue_at]) or re.search(
        # "Greylock backed Airbnb, which went public at a $47 billion valuation": a relative clause naming no one else
        r",\s+(?:which|that)\s+(?:[a-z][\w-]*\s+){1,6}(?:at|with|of)\s+(?:a|an|the)\s+$", text[s:g.start])
    if rel and re.match(r"valu(?:ed|es|ing)\s+(?!at\b)", text[cue_at:cue_at + 20]):
        rel = None  # "a round led by A and B, which valued the company at ...": the relative's subject does the valuing
    if rel:
        n = next((n for n in reversed(sm.names) if n.end <= s + rel.start() and s + rel.start() - n.end <= 1), None)
        if n is not None and re.search(r"\bwith\s+(?:an?\s+)?$", rel.group()) and n is not next(
                (m for m in sm.names if not m.possessive), None):
            n = None  # "Weibo is now worth more than Twitter, with a market cap of": a "with" aside tells of the subject
        if n and not is_place(n.text) and not n.is_authority:
            return ctx.full(n.text), "relative-clause"
        # "The Ambani family controls 48% of the group, which is worth $17bn": the relative describes a descriptor
        # standing for the organisation named before
        generic = GENERIC_REFERENCE.search(text, max(s, s + rel.start() - 40), s + rel.start())
        if generic and generic.end() == s + rel.start():
            who = ctx.resolve(generic.group(), sm.index, generic.start())
            if who:
                return who, "relative-clause-descriptor"
    # "behind English champions Manchester United, valued at in excess of 400 million pounds": a participle set off
    # after a name describes that name
    part = re.search(r",\s+(?:(?:now|currently|once|last|recently|reportedly|already)\s+)?$", text[s:cue_at]) \
        if re.match(r"valued\b", text[cue_at:cue_at + 8]) else None
    if part:
        n = next((n for n in reversed(sm.names) if s + part.start() - n.end == 0), None)
        if n and not is_place(n.text) and not n.is_authority and not n.possessive:
            return ctx.full(n.text), "participle-appositive"
    # "agreed to buy Sorrel Brands in a deal that values the snack maker at ...": the descriptor is the target
    desc = re.search(rf"\b(?:valu(?:ing|ed|es)|value)\s+(?:the|this)\s+(?:[\w\-]+\s+){{0,3}}?{cues.DESCRIPTOR_HEAD}\b",
                     text[s:g.start])
    if desc:
        who = name_after(ctx, sm, s, r"buy|buying|bought|acquire|acquiring|acquired|purchase|takeover of|"
                                     r"acquisition of|bid for|merge with|merger with|offer for|per share for|"
                                     r"stake in|interest in",
                         within=desc.start())
        if who:
            return who, "values-the-target"
        if _BID_SUBJECT.match(text[s:s + desc.start()]) or _BID_BEFORE_VERB.search(text[s:s + desc.start()]):
            # "Fosters bought 18.8% of Southcorp ... A bid at that price would value the company at A$3.1bn": a bid
            # values its target, the one bought into or bid for just before, not the bidder
            # ("the LSE rejected a takeover proposal from Deutsche Boerse - the 530p offer valued the exchange at": the
            # one that received the offer)
            who = _offer_receiver(ctx, sm, s + desc.start())
            if who:
                return who, "bid-values-target"
            for prev in reversed(ctx.items[max(0, sm.index - 2):sm.index]):
                for words in _TARGET_WORDS:
                    who = name_after(ctx, prev, prev.sentence.start, words, within=prev.sentence.end - prev.sentence.start)
                    if who:
                        return who, "bid-values-target"
                who = _offer_receiver(ctx, prev, prev.sentence.end)
                if who:
                    return who, "bid-values-target"
            # the target untold: the descriptor is read as before, but an offer values no bidder (company_draft)
        # "Veeam expanded its investor base with an offering that valued the company at $15 billion": the
        # sentence's own subject is the company the descriptor points back to
        first = next((n for n in sm.names if n.start < s + desc.start()), None)
        if (first is not None and first.start - s <= 12 and not first.is_authority and not is_place(first.text)
                and not first.possessive and cues.DESCRIPTOR_THEN_NAME.match(" " + text[first.end:first.end]) is None
                and (re.match(r"\s+(?:has\s+|had\s+|have\s+)?[a-z]+(?:ed|s)\b", text[first.end:first.end + 20])
                     # "- Orbita Labs: $110M Series C ..., valuing the satellite imaging company at $900M": a list
                     # item's label names what the item is about
                     or re.match(r":\s", text[first.end:first.end + 2]))):
            return ctx.full(first.text), "values-the-descriptor"
    if re.fullmatch(r"(?:[\w ]+\s)?(?:float|flotation|listing|IPO|initial public offering)", cue.group().strip(), re.I) \
            and cue_at > g.start and re.match(r"\s+of\s", text[s + cue.end():s + cue.end() + 5]):
        # "the £23billion float of Chinese giant Ant Financial": the name the float is "of"
        who = name_after(ctx, sm, s + cue.end(), "of", within=6)
        if who:
            return who, "float-of"
    bought = _BOUGHT_AT_VALUE.search(text, max(s, cue_at - 160), cue_at + 12)
    if bought and not cues.INVESTMENT.search(text, bought.end(), cue_at):
        # "Micro-Tech has acquired the majority stake in the company at an equity value of 72 million euros": the
        # buyer is not what is valued; the target is, and told only by a descriptor it is no one the structure names
        target = name_after(ctx, sm, bought.start(), _BOUGHT_WORDS, within=bought.end() - bought.start())
        if target and any(core_words(ctx.full(n.text) or n.text) == core_words(target)
                          for n in sm.names if n.end <= bought.start()):
            target = None  # "the company" read back to the buyer
        return target, "bought-target"
    active = re.match(r"valu(?:es|ed|ing)\s+(?:the\s+)?[A-Z]", text[cue_at:cue_at + 24])
    who = name_after(ctx, sm, cue_at, r"valuing|valued|values", within=12) if active else None
    if who:
        return who, "values-object"  # "Kraft's bid values Cadbury at £11.5 billion": the object is valued
    owned = _owned_name(ctx, sm, cue_at)
    if owned:
        return owned, "possessive-appositive"  # "Helio's rival Voltstack was valued at": the rival is valued
    # "Lone Star ..., estimating that the bank could be worth about 5 billion euros": a reported clause's own subject,
    # a descriptor standing for the organisation meant, is the company valued
    that = _THAT_DESCRIPTOR.search(text[s:cue_at])
    if that:
        who = ctx.resolve(that.group(1), sm.index, s + that.start(1))
        if who:
            return who, "that-clause-descriptor"
    who = possessor_before(ctx, sm, cue_at) or possessor_before(ctx, sm, g.start)
    if who:
        return who, "possessor"
    m = re.search(r"\b(?:valu(?:ing|ed|es)|value|gives?|giving)\s+", text[s:g.start])
    if m:
        who = name_after(ctx, sm, s + m.start(), r"valuing|valued|values|value|give|gives|giving", within=30)
        if who:
            return who, "values-object"
    # "plans to spin off its Lucent Technologies unit in an initial public offering": the unit goes public
    spun = re.search(r"\b(?:spin(?:s|ning)?\s+off|spun\s+off|float(?:s|ing|ed)?|list(?:s|ing|ed)?|separat(?:e|es|ing))\s+"
                     r"(?:its|their|the)\s+(?:[a-z][\w-]*\s+)?(?=[A-Z])", text[s:g.start]) if kind_is_offering(cue) else None
    for n in sm.names if spun else ():
        if n.start >= s + spun.end() and n.start - (s + spun.end()) <= 2 and re.match(
                r"\s+(?:unit|arm|subsidiary|division|business)\b", text[n.end:n.end + 14]):
            return ctx.full(n.text), "spun-off-unit"
    # "save Ant from going public", "Ant's IPO"
    for n in sm.names:
        if cues.GOES_PUBLIC.match(text[n.end:n.end + 40]) and not is_place(n.text) and not n.is_authority:
            return ctx.full(n.text), "goes-public"
    at = min(cue_at, g.start)
    if any(at < m.end() <= g.start for m in cues.CLAUSE_BOUNDARY.finditer(text, s, g.start)):
        at = g.start  # "Yes Bank took the FPO route to mop-up Rs 15,000 crore, while SME raised Rs 24 crore": the cue
        # belongs to the first clause, the sum to the second
    # "it would give it a valuation", "its IPO": the pronoun's organisation is the clause subject
    subj = subjects(ctx, sm, at)
    if not subj and ctx.related(text[s:at], sm.index):
        return ctx.related(text[s:at], sm.index), "related-descriptor-subject"
    if subj and _speaker_of_clause(ctx, sm, subj[0], at):
        # "Bloomberg reported that the July financing was ... at a $14 billion valuation": the speaker of a reported
        # clause with a subject of its own is not what is valued
        # (where the article is about the speaker itself, "Kestrel reported that the round closed at ...", it stays)
        resolved = ctx.resolve(text[s:g.start], sm.index)
        speaker_words = [core_words(ctx.full(n.text) or n.text) for n in sm.names if n.end <= at]
        resolved = resolved if resolved and core_words(resolved) not in speaker_words else ctx.salient
        if resolved and core_words(resolved) not in speaker_words:
            return resolved, "reported-clause-salient"
    if subj:
        told = next((n for n in sm.names if n.end <= at and (ctx.full(n.text) or n.text) == subj[0]), None)
        first = next((n for n in sm.names if not n.is_authority and not is_place(n.text) and not n.possessive), None)
        if told is not None and first is not None and first.start < told.start and re.search(
                r"\b(?:talks|negotiations|deal|partnership)\s+with\s+(?:the\s+)?$", text[max(s, told.start - 40):told.start]) \
                and re.fullmatch(r"\W*", text[s:first.start]):
            # "Zeta in talks with SoftBank to raise at over $1 billion valuation": the counterparty of the talks is not
            # the company; the sentence's subject is
            return ctx.full(first.text), "subject-before-counterparty"
        return subj[0], "clause-subject"
    earlier = ctx.clause_antecedent(sm, at)
    if earlier:
        return earlier, "previous-clause-subject"  # "Rippling raised $250 million; the company was valued at"
    label = ctx.item_label(sm)
    if label:
        return label, "list-item-label"  # "- Chime: $750 million Series G; valuation $25 billion."
    resolved = generic_subject(ctx, sm, at) or ctx.resolve(text[s:g.start], sm.index, _pronoun_at(text, s, g.start))
    if resolved:
        return resolved, "generic-or-pronoun"
    # the first name of the sum's own clause ("..., while SME raised Rs 24 crore": not the first clause's issuer),
    # not a counterparty ("capital from LIC")
    bounds = [m.end() for m in cues.CLAUSE_BOUNDARY.finditer(text, s, g.start)]
    clause = bounds[-1] if bounds else s
    cond = OPENING_CONDITION.match(text[s:g.start])
    clause = max(clause, s + cond.end()) if cond else clause  # "If Aegis exercises the option, the proceeds ... are"
    names = [n for n in sm.names if not n.is_authority and not is_place(n.text) and not n.possessive
             and n.start >= clause
             # a counterparty ("capital from LIC") or a round's backer ("a round in 2021 led by Tiber") is not the company
             and not re.search(r"\b(?:from|with|to)\s+(?:the\s+)?$", text[max(s, n.start - 10):n.start])
             and not (n.start > g.end and re.search(r"\b(?:led|co-led|backed|headed)\s+by\s+(?:the\s+)?$",
                                                    text[max(s, n.start - 16):n.start]))
             and not _SOURCE_BEFORE.search(text[max(s, n.start - 70):n.start])
             # "Arm — whose partners include Meta and Google — now has a market cap of": names in a dashed aside
             and not any(a.start() <= n.start and n.end <= a.end() for a in _DASHED_ASIDE.finditer(text, s, g.start))]
    if not names and ctx.salient and sm.index <= 2 and _LEAD_DESCRIPTOR.match(text, s, g.start):
        # "A German firm whose main product is derived from bat saliva is looking to raise more than 70m euros": the
        # article's opening sentence introduces its subject by a descriptor before naming it
        return ctx.salient, "lead-descriptor-salient"
    if not names and (kind_is_offering(cue) or cues.RAISE_ONLY.match(cue.group())) and ctx.salient \
            and _THE_OFFERING.match(text, s, g.start):
        # "The 865 million share offer, a mix of new shares and sales by the government, raised 54bn rupees": the
        # offering the article is about, told by a definite noun, is its main company's
        return ctx.salient, "the-offering-salient"
    return (ctx.full(names[0].text), "first-name") if names else (salient_here(ctx, sm, clause), "salient")


# "market value of its rival Beta", "valuation of Beta": past a determiner and lower-case descriptor words, the name
# (not "the $2bn value of its stake in Beta": a holding's value)
_VALUE_OF_NAME = re.compile(r"\s+of\s+(?:(?:its|their|the|his|her)\s+)?(?:(?!(?:stakes?|holdings?|shareholdings?|shares|"
                            r"interest|assets|deal|contract|order|offer|bid)\b)(?-i:[a-z])[\w-]*\s+){0,2}?(?=(?-i:[A-Z]))",
                            re.I)
_LEAD_DESCRIPTOR = re.compile(rf"\W*(?:A|An)\s+(?:[\w-]+\s+){{0,4}}?{cues.DESCRIPTOR_HEAD}\b")
_THE_OFFERING = re.compile(r"\W*(?:The|This|Its)\s+(?:[\w.,-]+\s+){0,4}?(?:offer|offering|IPO|flotation|float|listing|"
                           r"share\s+sale|issue)\b")
# a bid or offer as the subject of "value": "A bid at that price would value the company at"
_BID_SUBJECT = re.compile(r"\W*(?:a|an|the|its|this|that|such\s+a)\s+(?:[\w-]+\s+){0,2}?(?:bid|offer|takeover|approach|deal)\b"
                          r"[^.;]{0,40}$", re.I)
# "the 530 pence-a-share offer valued the exchange": a bid or an offer as the subject of the valuing verb
# (not a share offer: "its share offer values the company at", "the public offer valued it"; "a 530 pence-a-share offer"
# is a bid)
_BID_BEFORE_VERB = re.compile(r"(?<![^-]share\s)(?<!public\s)(?<!stock\s)(?<!IPO\s)(?<!rights\s)(?<!initial\s)"
                              r"\b(?:bid|offer|proposal|approach),?\s+(?:(?:would|could|will|has|had|which|that|now)\s+)*$",
                              re.I)
# "the LSE rejected a takeover proposal": the one that received, rejected or accepted an offer is its target
_RECEIVED_OFFER = re.compile(r"(?:['’]s?\s+board)?\s+(?:(?:has|had|have|also|already|last\s+\w+)\s+)*(?:rejected|rebuffed|"
                             r"turned\s+down|spurned|snubbed|received|accepted|welcomed|is\s+considering|was\s+considering)\s+"
                             r"(?:a|an|the|its|this|that)\s+(?:[\w-]+\s+){0,3}?(?:offer|bid|proposal|approach)\b", re.I)
_TARGET_WORDS = (r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of|stake\s+in|interest\s+in",
                 r"bid\s+for|offer\s+for|approach\s+to", r"buy|buys|bought|buying|acquire|acquired|acquiring")
# an acquisition's object, then the price told as the value it puts on the target: "acquired the majority stake in the
# company at an equivalent equity value of"
_BOUGHT_WORDS = (r"(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|t(?:ake|akes|ook|aking)\s+over)"
                 r"(?:\s+(?:an?|the|its|their)?\s*(?:[\w%.-]+\s+){0,3}?(?:stake|interest|holding|shares?)\s+(?:in|of)|"
                 # "acquired Sorrel Brands at a valuation of": the object named at once (not "bought back shares")
                 r"(?=\s+(?:the\s+)?(?-i:[A-Z])))")
_BOUGHT_AT_VALUE = re.compile(rf"\b{_BOUGHT_WORDS}\s+(?:[^.;]|(?<=\d)\.(?=\d)){{0,100}}?\bat\s+(?:an?\s+|the\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:value|valuation)\b", re.I)
_THAT_DESCRIPTOR = re.compile(rf"\bthat\s+((?:the|this)\s+(?:[\w-]+\s+){{0,2}}?{cues.DESCRIPTOR_HEAD})\s+"
                              r"(?:(?:could|would|will|may|might|is|was|now|be|been|currently)\s+)+$", re.I)
# "according to the Draft Red Herring Prospectus (DRHP)", ", per PitchBook": a source of the figure, not its company
_SOURCE_BEFORE = re.compile(r"(?:\b(?:according to|consistent with|citing|cited by|reported by|as reported in)\b"
                            r"[^.;,]{0,60}|,\s+per\s+(?:the\s+)?)$", re.I)
_DASHED_ASIDE = re.compile(r"\s[—–]\s[^—–.;]{1,160}?\s[—–](?=\s)")
# a speaker, its reporting verb, then a reported clause opening with a noun phrase of its own ("the July financing")
# (a publication's verbs: a company "said" its own round was done at a valuation)
_REPORTED_NOUN_CLAUSE = re.compile(rf"\s+(?:(?:has|had|also|later|first)\s+)?(?:reported|reports|wrote|writes)\s+"
                                   rf"(?:(?:on|in|last)\s+\w+\s+)?(?:that\s+)?(?:the|a|an|this)\s+"
                                   rf"(?!(?:[\w-]+\s+){{0,2}}?{cues.DESCRIPTOR_HEAD}\b)", re.I)


def _offer_receiver(ctx: DocContext, sm: SentenceMentions, pos: int) -> str | None:
    """The name before `pos` that received, rejected or accepted an offer ("the LSE rejected a takeover proposal")."""
    for n in reversed([n for n in sm.names if n.end <= pos]):
        if not n.is_authority and not is_place(n.text) and _RECEIVED_OFFER.match(ctx.doc.text, n.end):
            return ctx.full(n.text)
    return None


def _speaker_of_clause(ctx: DocContext, sm: SentenceMentions, subject: str, at: int) -> bool:
    text = ctx.doc.text
    n = next((n for n in sm.names if n.end <= at and (ctx.full(n.text) or n.text) == subject), None)
    return n is not None and _REPORTED_NOUN_CLAUSE.match(text, n.end) is not None


# a person told by a role in an appositive: ", the chief executive of SoftBank,", ", its co-founder,"
# "Matthew Kennedy, a senior IPO market strategist at Renaissance Capital, told": a market voice, not an issuer
_PERSON_APPOSITIVE = re.compile(r",\s+(?:the|its|a|their)\s+(?:[\w-]+\s+){0,3}?(?:chief executive|ceo|founder|co-founder|"
                                r"chairman|chairwoman|chairperson|president|managing director|chief \w+ officer|"
                                r"strategist|analyst|economist|spokes(?:man|woman|person))\b", re.I)


# a newspaper, a wire or a broadcaster by its name, and the verb of reporting after it
_PRESS = re.compile(r"(?:^|\s)(?:Times|Journal|Post|News|Herald|Telegraph|Guardian|Economist|Tribune|Gazette|Chronicle|"
                    r"Insider|Information|Observer|Standard|Express|Mail|Press)$|^(?:Reuters|Bloomberg|CNBC|CNN|BBC|Nikkei|"
                    r"TechCrunch|Axios|Forbes|Fortune|Associated Press|AP|AFP|Sky News|Financial Times|FT)$")
_REPORTING_AFTER = re.compile(r"\s+(?:(?:also|has|had|first|earlier|previously)\s+)*(?:observed|reported|reports|said|says|"
                              r"wrote|writes|noted|notes|added|cited|cites|revealed|reveals|estimated|estimates|"
                              r"calculated|calculates)\b")


# "Helio's rival Voltstack", "Alibaba's affiliate Ant Financial": a possessive, the lower-case relation it owns, a name
_OWNED_NAME = re.compile(r"(?:['’]s?)?\s+(?:\([^()]{0,20}\)\s+)?(?:[a-z][\w-]*\s+){1,3}$")


def _owned_name(ctx: DocContext, sm: SentenceMentions, pos: int) -> str | None:
    """The name a possessive's relation noun introduces, when it is the last name before `pos` in its clause."""
    text = ctx.doc.text
    for k, n in enumerate(sm.names):
        if not n.possessive or k + 1 >= len(sm.names):
            continue
        nxt = sm.names[k + 1]
        if nxt.end <= pos and _OWNED_NAME.fullmatch(text, n.end, nxt.start) and not is_place(nxt.text) \
                and not nxt.possessive and not re.search(r"[,;]", text[nxt.end:pos]) \
                and not any(o.start > nxt.end and o.end <= pos for o in sm.names):
            return ctx.full(nxt.text)
    return None


def salient_here(ctx: DocContext, sm: SentenceMentions, start: int | None = None) -> str | None:
    """The article's main organisation, when the sentence names it or refers to it ("it", "the company"); a sum
    whose sentence names no issuer ("14 main-board IPOs mopped up Rs 26,313 crore", "firms raised Rs 10.6 lakh
    crore") is a market total, nobody's record."""
    start = sm.sentence.start if start is None else max(start, sm.sentence.start)
    if ctx.salient and any(core_words(n.text) == core_words(ctx.salient) for n in sm.names if n.start >= start):
        return ctx.salient
    return ctx.resolve(ctx.doc.text[start:sm.sentence.end], sm.index)


# a bidder: "Acme's bid", "a takeover proposal from Deutsche Boerse", "Acme tabled a 530p offer"
_BIDDER_POSSESSIVE = re.compile(r"(?:['’]s?)\s+(?:[\w-]+\s+){0,3}?(?:bid|offer|proposal|approach)\b", re.I)
_BIDDER_VERB = re.compile(r"\s+(?:(?:has|had|have|also|already|last\s+\w+)\s+)*(?:made|makes|tabled|tables|launched|launches|"
                          r"submitted|submits|lodged|lodges|put\s+forward|puts\s+forward)\s+(?:a|an|its|their|the)\s+"
                          r"(?:[\w-]+\s+){0,4}?(?:bid|offer|proposal|approach)\b", re.I)
_FROM_BIDDER = re.compile(r"\b(?:bid|offer|proposal|approach)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)


def _bidder(ctx: DocContext, sm: SentenceMentions, company: str) -> bool:
    """The company made the bid told in this sentence or the two before ("a takeover proposal from German rival Deutsche
    Boerse", "Acme's bid", "the German exchange tabled a 530 pence-per-share offer")."""
    text = ctx.doc.text
    for item in ctx.items[max(0, sm.index - 2):sm.index + 1]:
        for n in item.names:
            if core_words(ctx.full(n.text) or n.text) != core_words(company):
                continue
            if (n.possessive and _BIDDER_POSSESSIVE.match(text, n.end)) or _BIDDER_VERB.match(text, n.end) \
                    or _FROM_BIDDER.search(text, max(item.sentence.start, n.start - 60), n.start):
                return True
    return False


def _public_body(name: str) -> bool:
    """A regulator or ministry by its own head word ("Financial Conduct Authority"), not an exchange or a bank."""
    words = [w.lower().strip(".,") for w in name.split()]
    return bool(words) and words[-1] in AUTHORITY_WORDS - WEAK_AUTHORITY_WORDS and words[-1] not in COMPANY_HEADS


def company_draft(kind: str, ctx: DocContext, sm: SentenceMentions, g: MoneyGroup,
                   cue: re.Match[str]) -> list[Draft]:
    company, pattern = _company(ctx, sm, g, cue)
    if company is None or is_place(company) or (kind == "valuations" and _public_body(company)):
        # (a regulator has no market value: "the FCA's warning ... a market cap of $111 million" values something else)
        return []  # "total investment in India", "China's GDP": a country is not a company
    text = ctx.doc.text
    if kind == "valuations" and pattern != "bid-values-target" and _BID_BEFORE_VERB.search(text, sm.sentence.start,
                                                                                         sm.sentence.start + cue.start()) \
            and _bidder(ctx, sm, company):
        return []  # "Acme's bid, which values the firm at $3bn": an offer values its target, never the bidder
    told = [n for n in sm.names if ctx.full(n.text) == company]
    if told and all(_SOURCE_BEFORE.search(text[max(sm.sentence.start, n.start - 70):n.start]) for n in told):
        return []  # "..., according to the Draft Red Herring Prospectus (DRHP)": the source, not the issuer
    if any(_PRESS.search(n.text) and _REPORTING_AFTER.match(text, n.end) for n in told):
        # "The Financial Times observed that the figure is below the $2 billion valuation": the press reporting a
        # sum is not the company it values
        return []
    if ctx.is_person(company):
        return []  # "Shanshan is now worth £39billion", "Mike Lynch, who is worth ...": a person's wealth, no company
    if any(_PERSON_APPOSITIVE.match(text, m.end()) for m in re.finditer(rf"\b{re.escape(company)}\b", text)):
        return []  # "Son, the chief executive of SoftBank, agreed ...", later "Son's ... valuation": a person, no company
    return [draft(kind, sm, g, company=ctx.fuller(company), rule=f"{kind}:{cue_name(cue)}/{pattern}")]


def valuation_owner(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> str | None:
    """"The $600 million Series D funding round boosted Crusoe’s valuation to $2.8 billion": the round's company is
    the one whose valuation it moved."""
    text = ctx.doc.text
    for n in sm.names:
        if n.start > g.end and n.possessive and not is_place(n.text) and not n.is_authority \
                and re.match(r"^(?:['’]s?)?\s+(?:[\w-]+\s+)?valuation\b", text[n.end:n.end + 30]) \
                and not re.search(r"[;]|\b(?:while|but|whereas)\b", text[g.end:n.start]):
            return ctx.full(n.text)
    return None


def _pronoun_at(text: str, s: int, end: int) -> int | None:
    """Where "its" stands before the sum ("after disagreements surrounding its $2tn valuation"): its antecedent may be
    the sentence's own organisation before it."""
    m = None
    for m in re.finditer(r"\bits\b", text[s:end], re.I):
        pass
    return s + m.start() if m else None
