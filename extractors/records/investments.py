"""Investments: who put money into whom — investors, rounds, "each", preferential allotments."""
from __future__ import annotations

import re

from extractors.mentions.organisations import Name, core_words, is_place
from extractors.records import cues
from extractors.records.companies import salient_here, valuation_owner
from extractors.records.context import DocContext, MoneyGroup, SentenceMentions, _looks_personal
from extractors.records.drafts import Draft, cue_name, draft
from extractors.records.roles import generic_subject, is_modifier, name_after, possessor_before, subjects

# "the issue of 1.5 crore equity shares on a preferential basis to Ashoka Infraventures for Rs 750 crore"
_PREFERENTIAL_TO = re.compile(r"\bpreferential\s+(?:basis|allotment|issue)\b(?:\s+of\s+[^.;]{0,60}?)?\s+to\s+", re.I)

_FOR_SUM = re.compile(r"\s+for\s+(?:(?:about|around|nearly|roughly|some|approximately|a total of)\s+)?", re.I)


def preferential(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> tuple[str, str] | None:
    """Shares allotted on a preferential basis to a named investor for a sum: the investor puts the sum into the
    issuer (the sentence's first organisation, else the article's)."""
    text = ctx.doc.text
    s = sm.sentence.start
    m = None
    for m in _PREFERENTIAL_TO.finditer(text, s, g.start):
        pass
    if m is None:
        return None
    investor = name_after(ctx, sm, m.end() - 4, "to", within=10)
    told = next((n for n in sm.names if ctx.full(n.text) == investor and m.end() <= n.start < g.start), None)
    if investor is None or told is None or not _FOR_SUM.fullmatch(text, told.end, g.start):
        return None
    issuer = next((ctx.full(n.text) for n in sm.names if n.start < m.start() and not n.is_authority
                   and not is_place(n.text) and core_words(n.text) != core_words(investor)), None)
    issuer = issuer or ctx.resolve(text[s:m.start()], sm.index) or ctx.salient
    if issuer is None or core_words(issuer) == core_words(investor):
        return None
    return investor, issuer


# "which will also include a placement to NextDC of approximately AU$12.4 million": shares placed with a named buyer
_PLACED_TO = re.compile(r"\b(?:placement|placing|allotment|issue\s+of\s+(?:new\s+)?shares)\s+to\s+(?:the\s+)?$", re.I)
_OF_SUM = re.compile(r"\s+(?:of|worth|totall?ing|for)\s+(?:(?:about|around|approximately|roughly|some|up\s+to|nearly)\s+)?$",
                     re.I)
# "NextDC's placement in AUCloud will be approximately $12.4 million": the possessor's placement or subscription in a
# named company, its size told after
_OWN_PLACEMENT_IN = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:placement|subscription|investment)\s+in\s+$", re.I)
_WILL_BE = re.compile(r"\s+(?:will|would|is|was|could)\s+(?:be\s+)?(?:(?:about|around|approximately|roughly|some|up\s+to|"
                      r"nearly)\s+)?$", re.I)


def placed_with(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> tuple[str, str, str] | None:
    """(investor, company, role pattern): shares placed with a named buyer for a sum are its investment in the issuer
    ("a placement to NextDC of approximately AU$12.4 million"; "NextDC's placement in AUCloud will be $12.4 million")."""
    text = ctx.doc.text
    s = sm.sentence.start
    before = [n for n in sm.names if n.end <= g.start and not is_place(n.text) and not n.is_authority]
    last = before[-1] if before else None
    if last is not None and _OF_SUM.fullmatch(text, last.end, g.start) \
            and _PLACED_TO.search(text, max(s, last.start - 40), last.start):
        investor = ctx.full(last.text)
        issuer = next((ctx.full(n.text) for n in before if n.start < last.start and not n.possessive
                       and not _same_org(ctx.full(n.text) or n.text, investor)), None) or ctx.salient
        if issuer and not _same_org(issuer, investor):
            return investor, issuer, "placement-to-investor"
    if len(before) >= 2:
        owner, company = before[-2], before[-1]
        if owner.possessive and _OWN_PLACEMENT_IN.fullmatch(text, owner.end, company.start) \
                and _WILL_BE.fullmatch(text, company.end, g.start):
            inv = ctx.full(owner.text)
            co = ctx.full(company.text)
            if inv and co and not _same_org(inv, co):
                return inv, co, "possessor-placement-in"
    return None


# "a more than $1 billion stake in Apple Inc", "Buffett's roughly $12.1 billion stake in IBM": a holding's value
_STAKE_AFTER = re.compile(r"\s+(?:(?:equity|minority|majority|controlling|direct|indirect|combined|strategic)\s+)?"
                          r"(?:stake|holding|shareholding|position)\s+in\s+", re.I)
# "exited what had been a $1.6 billion stake", "agreed to sell its $2 billion stake": a holding given up
_STAKE_LEFT = re.compile(r"\b(?:sold|sell|sells|selling|exit(?:ed|s|ing)?|divest\w*|offload\w*|dump\w*|unload\w*|cut|cuts|"
                         r"cutting|trimm?\w*|reduc\w*|pared|what had been|once|former(?:ly)?|value of)\b[^.;]{0,60}$", re.I)


def stake_value(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> tuple[str, str, str] | None:
    """A sum told as the value of a holding in a named company is that holder's investment in it: (investor,
    company, role pattern), the holder being the possessor ("Buffett's $12.1 billion stake") or the clause's
    subject ("Berkshire revealed a $1 billion stake in Apple")."""
    text = ctx.doc.text
    s = sm.sentence.start
    m = _STAKE_AFTER.match(text, g.end)
    if m is None or _STAKE_LEFT.search(text, max(s, g.start - 80), g.start):
        return None
    company = name_after(ctx, sm, g.end, "in", within=m.end() - g.end + 2)
    if company is None or is_place(company):
        return None
    investor, pattern = possessor_before(ctx, sm, g.start, within=3), "possessor-stake-in"
    if investor is None:
        subj = subjects(ctx, sm, g.start)
        investor, pattern = (subj[0] if len(subj) == 1 else None), "subject-stake-in"
    if investor is None:
        # "The $1 billion stake in Finnish telco Nokia that the company added to its portfolio": the relative clause's
        # subject took the stake
        told = next((n for n in sm.names if n.start >= m.end() and ctx.full(n.text) == company), None)
        rel = _STAKE_TAKEN_BY.match(text, told.end) if told is not None else None
        if rel is not None:
            who = next((n for n in sm.names if n.start == rel.start(1)), None)
            investor = ctx.full(who.text) if who is not None else ctx.resolve(rel.group(1), sm.index, rel.start(1))
            pattern = "relative-subject-stake-in"
    if investor is None or core_words(investor) == core_words(company):
        return None
    return investor, company, pattern


_POSSESSOR_INVESTMENT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?investments?\b(?!\s+(?:in|into)\b)", re.I)
_VERSUS_BEFORE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|against|while|whereas)\s+(?:(?:about|around|nearly|"
                            r"roughly|some|over|more than|just|only)\s+)?$", re.I)
_ROUND_SUBJECT = re.compile(r"(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:financing|funding|round|raise|fund-?raise)\s+"
                            r"(?:was|is|had\s+been|has\s+been|will\s+be|would\s+be)\b", re.I)
_STAKE_TAKEN_BY = re.compile(rf"\s+(?:that|which)\s+((?:the|this)\s+(?:[\w-]+\s+){{0,2}}?{cues.DESCRIPTOR_HEAD}|it|"
                             r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?:has\s+|had\s+|have\s+)?(?:added|bought|took|"
                             r"taken|acquired|built|holds|held|owns|owned|picked\s+up|purchased)\b")
# "last week unveiled a $1 billion investment in Didi Chuxing", "has made a $75 million investment in X": the verb's
# subject is the investor
_ANNOUNCED = re.compile(r"\b(?:unveil(?:ed|s|ing)?|announc(?:ed|es|e|ing)|made|makes|make|making|disclos(?:ed|es|ing)|"
                        r"reveal(?:ed|s|ing)|complet(?:ed|es|ing)|commit(?:ted|s)?|pledg(?:ed|es)|confirm(?:ed|s)|"
                        r"finali[sz](?:ed|es))\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+)?$", re.I)
_INVESTMENT_IN = re.compile(r"\s+(?:(?:equity|strategic|minority|cash|fresh|additional)\s+)?investment\s+in\s+", re.I)
# "Chief Executive Tim Cook ... unveiled": an executive named by a bare title acts for the company he runs
_EXEC_TITLE = re.compile(r"\b(?:Chief Executive(?: Officer)?|CEO|Chairman|Chairwoman|Chairperson|President|Founder|"
                         r"Co-founder|Chief Financial Officer|CFO|Managing Director)\s+$")


# "the government will \"make an $8.9 billion investment", "the US government has invested": the state told by its kind
# as the clause's subject, right before the verb
_STATE_SUBJECT = re.compile(r"\b[Tt]he\s+((?:(?:U\.S\.|US|UK|federal|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+)?government)\s+"
                            r"(?:(?:has|have|had|will|would|is|was|plans\s+to|agreed\s+to|is\s+set\s+to|is\s+to|also|then|"
                            r"now)\s+)*[\"“]?$")
# "would pay $1 billion for a 40 percent stake in Alibaba.com": money paid for a stake in the company
_FOR_STAKE_AFTER = re.compile(r"\s+for\s+(?:a|an|its|the)\s+(?:(?:about|around|nearly|roughly)\s+)?(?:[\d.]+\s*(?:%|percent|"
                              r"per cent)\s+|(?:[\w-]+\s+){0,2})?(?:equity\s+)?(?:stake|interest|holding|shareholding)\s+in\s+",
                              re.I)
_PAY_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying|invest|invests|invested|investing|spend|spends|spent|put|puts|"
                         r"putting)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _verb_sum_in(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, verb_rx: re.Pattern[str], reach: int,
                 after_rx: re.Pattern[str]) -> tuple[re.Match[str], str, Name] | None:
    """A verb within `reach` before the sum, the phrase after it that ends in "in", and the company named there."""
    text = ctx.doc.text
    verb = verb_rx.search(text, max(sm.sentence.start, g.start - reach), g.start)
    m = after_rx.match(text, g.end)
    if verb is None or m is None:
        return None
    company = name_after(ctx, sm, m.end() - 4, "in", within=6)
    told = next((n for n in sm.names if n.start >= m.end() and ctx.full(n.text) == company), None)
    if company is None or told is None or is_place(company):
        return None
    return verb, company, told


def paid_for_stake(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> tuple[str, str, str] | None:
    """(investor, company, role pattern) for "X would pay $1 billion for a 40 percent stake in Y"; not where the
    stake is bought from a named holder ("... stake in Y from Z": a sale between holders)."""
    found = _verb_sum_in(ctx, sm, g, _PAY_BEFORE, 40, _FOR_STAKE_AFTER)
    if found is None or re.match(r"\s*(?:\([^()]*\)\s*)?,?\s+from\s+", ctx.doc.text[found[2].end:found[2].end + 40]):
        return None
    verb, company, _ = found
    subj = subjects(ctx, sm, verb.start())
    if len(subj) != 1 or core_words(subj[0]) == core_words(company):
        return None
    return subj[0], company, "paid-for-stake-in/subject"


def announced_investment(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> tuple[str, str, str] | None:
    """(investor, company, role pattern) for "X unveiled a $1 billion investment in Y"."""
    text = ctx.doc.text
    s = sm.sentence.start
    found = _verb_sum_in(ctx, sm, g, _ANNOUNCED, 60, _INVESTMENT_IN)
    if found is None:
        return None
    verb, company, _ = found
    subj = subjects(ctx, sm, verb.start())
    pattern = "announced-investment-in/subject"
    lead = next((n for n in sm.names if n.start < verb.start() and not n.possessive), None)
    if not subj and lead is not None and re.search(r",\s+and\s+(?:[\w-]+\s+){0,3}$", text[s:verb.start()]):
        subj, pattern = [ctx.full(lead.text)], "announced-investment-in/shared-subject"  # "X is ..., and unveiled"
    state = None if subj else _STATE_SUBJECT.search(text, s, verb.start())
    if state is not None:
        subj, pattern = [state.group(1)], "announced-investment-in/state-subject"
    if len(subj) != 1:
        return None
    who = next((n for n in sm.names if ctx.full(n.text) == subj[0]), None)
    if who is not None and _EXEC_TITLE.search(text, max(s, who.start - 30), who.start):
        subj, pattern = [ctx.pronoun_antecedent(sm.index)], pattern + "+executive's-company"
    investor = subj[0]
    if investor is None or core_words(investor) == core_words(company):
        return None
    return investor, company, pattern


def investment_drafts(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue: re.Match[str], each: bool) -> list[Draft]:
    text = ctx.doc.text
    s = sm.sentence.start
    sentence = text[s:sm.sentence.end]
    deal = _AGREED_WITH_FOR.search(text[s:g.start])
    if deal and _INVESTMENT_AFTER.match(text, g.end):
        # "Cardiogeni signed a memorandum of understanding with the private office of Sheikh Al Qassimi for a 20
        # million-pound-sterling investment": the party the deal is with puts the sum into the one that signed it
        signer = subjects(ctx, sm, s + deal.start())
        backer = name_after(ctx, sm, s + deal.start(2), "with", within=10)
        if signer and backer and core_words(signer[0]) != core_words(backer):
            return [draft("investments", sm, g, investor=backer, company=signer[0],
                          rule="investments:investment/deal-with-for")]
    before = [v for v in re.finditer(r"\b(?:invest(?:s|ed|ing)?|put|inject(?:s|ed)?|infus(?:e|es|ed)|pour(?:s|ed)?|sunk|"
                                     r"backed|pump(?:s|ed)?|"
                                     r"buy|buys|bought|to buy|purchase)\b", sentence) if s + v.start() < g.start]
    verb = before[-1] if before else None
    raise_verb = None
    # the raising verb nearest before the sum: "Stripe raised $600 million ...; Klarna raised $639 million"
    for raise_verb in re.finditer(r"\b(?:rais(?:e|es|ed|ing)|secur(?:ed|es|ing)|pick(?:s|ed|ing)?\s+up|bag(?:s|ged|ging)|"
                                  r"nab(?:s|bed|bing)|land(?:s|ed|ing)|snag(?:s|ged|ging)|(?:pull|haul)(?:s|ed|ing)?\s+in|"
                                  r"closed|clos(?:es|ing)|completed|gets?|got|"
                                  r"receiv\w*)\b", sentence[:g.start - s]):
        pass
    company = None
    pattern = "verb-subject-investor"
    investors: list[str | None] = [None]
    round_total = bool(cues.ROUND_TOTAL.match(text[g.end:g.end + 40])
                       # "Accel invested $10 million in the round": a backer's part of the round, not its total
                       and not (verb is not None and re.match(r"\s+(?:in|into)\s", text[g.end:g.end + 6])
                                and (not raise_verb or verb.start() > raise_verb.start()))) or bool(
        re.search(r"\b(?:joint|combined|total)\s+investment\s+of\s+$", text[max(s, g.start - 40):g.start]))
    # "investment ... in India": the cue names its own target
    cue_end = s + cue.end() if s + cue.end() <= g.start else g.end
    target = name_after(ctx, sm, cue_end, "in|into", within=50)
    if verb and (not raise_verb or verb.start() > raise_verb.start()):
        names = subjects(ctx, sm, s + verb.start())
        rel = _RELATIVE_IT.search(sentence[:verb.start()])
        main = _aux_subject(ctx, sentence[:rel.start()]) if rel else None
        if main:
            # "Buffet's firm has agreed ... to purchase another package, for which it will invest another $323
            # million": "it" after a relative "for which" is the subject of the clause the relative hangs on
            investors = [main]
        elif names and len(names) == len(sm.money) > 1 and cues.RESPECTIVELY.search(sentence):
            investors = [names[sm.money.index(g)]]  # "A and B invested $30 million and $20 million, respectively"
        elif names:
            # "Sequoia and Accel will invest $10 million in Acme respectively": one sum said of each ("Each of A and B"
            # is read in money_records)
            each = each or len(names) > 1 and len(sm.money) == 1 and bool(cues.RESPECTIVELY.search(sentence))
            investors = names if each else ([names[0]] if len(names) == 1 else [None])
        elif (owner := next((n for n in reversed(sm.names) if n.possessive and n.end <= s + verb.start()
                             and not is_place(n.text) and _OWNED_SUBJECT.fullmatch(text, n.end, s + verb.start())),
                            None)) is not None:
            # "Softbank's vision fund injected $7.7bn into Uber": the possessor's own vehicle invests; the possessor
            # is the name the text gives
            investors, pattern = [ctx.full(owner.text)], "possessor-subject-investor"
        elif _STATE_SUBJECT.search(text, s, s + verb.start()):
            # "the government will invest $8.9 billion in Intel": the state, told by its kind, invests
            investors, pattern = [_STATE_SUBJECT.search(text, s, s + verb.start()).group(1)], "state-subject-investor"
        elif ctx.resolve(sentence[:verb.start()], sm.index) and re.search(r"\b(?:it|they)\s+(?:\w+\s+){0,3}$",
                                                                          sentence[:verb.start()]):
            investors = [ctx.resolve(sentence[:verb.start()], sm.index)]
        company = target or name_after(ctx, sm, s + verb.start(), "in|into", within=200)
        unit = _country_unit(ctx, sm, g, investors) if company is None else None
        if unit is not None:
            # "Amazon has infused fresh ₹2,010 crore capital in India" where the article names Amazon India: money a
            # company puts into a country goes to its unit there
            company, pattern = unit, pattern + "+unit-in-country"
        if company is not None and company in investors and _GENERIC_OBJECT.match(text, g.end):
            # "Volkswagen, which owns 20% of Northvolt, invested $500 million in the battery maker": the descriptor
            # means the company named before, not the investor
            company = _other_referent(ctx, sm, g.start, company)
        by = re.search(r"\binvestment\b[^.]{0,60}?\bby\s+", sentence)
        if by and investors == [None]:
            who = name_after(ctx, sm, s + by.start(), "by", within=80)
            joint = re.search(r"\b(?:joint|and)\b", sentence[by.end():by.end() + 60])
            investors = [None] if joint else [who]
    elif ((owner := possessor_before(ctx, sm, g.start, within=3) or _possessor_qualified(ctx, sm, g)) and target
          and re.match(r"^\s+(?:[\w-]+\s+)?investments?\s+in", text[_past_bracket(text, g):_past_bracket(text, g) + 40])):
        # "Ironwood Capital's $75 million investment in Shoal Robotics", "Shanghai Automotive's proposed £1bn ($1.9bn)
        # investment in Rover"
        investors, company = [owner], target
        pattern = "possessor-investment-in"
    elif (not raise_verb and _NOUN_OF_SUM.search(text, max(s, g.start - 50), g.start) and re.match(r"\s*\)?\s*(?:\([^()]{0,40}\)\s*)?by\s",
                                                                            text[g.end:g.end + 50])
          and (backer := name_after(ctx, sm, g.end, "by", within=45)) and not is_place(backer)
          and (owner := target or ctx.salient) and core_words(owner) != core_words(backer)):
        # "last year's capital injection of A$1.1 billion by Axa": the agent after the sum put it in; the target the
        # sentence names, else the article's company
        investors, company, pattern = [backer], owner, "injection-by"
    elif target and (pron := re.search(r"\b(its|their)\s+" + cues._Q + r"$", text[max(s, g.start - 30):g.start], re.I)) \
            and re.match(r"^\s+(?:[\w-]+\s+)?investments?\s+in", text[g.end:g.end + 40]):
        # "taxpayers will get back only about half their $50 billion investment in GM": the target is named; "its"
        # stands for the organisation before it, "their" for a plural the text may not name (then nobody)
        investors = [ctx.pronoun_antecedent(sm.index, g.start) if pron.group(1).lower() == "its" else None]
        investors = [None if i is not None and core_words(i) == core_words(target) else i for i in investors]
        company, pattern = target, "pronoun-investment-in"
    elif target and _INVESTMENT_IN.match(text, g.end) and _LED_BEFORE.search(text, max(s, g.start - 30), g.start):
        # "Alibaba led a $1.1 billion investment in Tokopedia": the round in the target, its leader one backer of many
        investors, company, pattern = [None], target, "led-investment-in"
    else:
        # "Swiggy has closed a $1.25 billion round led by ...", "Nomupay raised $12m": the company took the money
        if raise_verb is None and _bare_noun(ctx, sm, g, cue):
            return []
        if raise_verb is not None and _RAISED_FOR.match(text, _past_bracket(text, g)):
            # "would seek to raise $1 billion to buy a majority stake in Apple", "to raise $36.1 billion by selling
            # licenses": money raised to buy something or by selling something is no investment in the raiser
            return []
        at = s + raise_verb.start() if raise_verb else g.start
        said = None
        for said in _REPORTED.finditer(text, s, at):
            pass
        pattern = "raised-subject-company"
        if said is not None:
            pattern = "reported-clause-subject"
            # "Kalanick had said the unit had already raised $1.2 billion": the speaker is not the raiser; the
            # reported clause's own subject is, and where it names nobody ("the series had raised") nobody is
            subj = [x for x in subjects(ctx, sm, at)
                    if any(ctx.full(n.text) == x and n.start >= said.end() for n in sm.names)]
            company = subj[0] if subj else ctx.resolve(text[said.end():at], sm.index, at)
            if company is None and _ROUND_SUBJECT.match(text, said.end(), at):
                # "Bloomberg reported that the July financing was an extension of a previous $500 million round": a
                # reported clause about the round the article tells is its company's
                company, pattern = ctx.recent_subject(sm.index), "reported-round-subject"
            if company is None:
                return []
        else:
            subj = [x for x in subjects(ctx, sm, at) if not _agent(ctx, sm, x, at)]
            rel = next((n for n in reversed(sm.names) if n.end <= at and not n.possessive and not is_place(n.text)
                        and _OPEN_RELATIVE.fullmatch(text, n.end, at)), None)
            if rel is not None and subj and ctx.full(rel.text) not in subj:
                # "from another startup, CureFit, which is yet in its ideation stage and has already raised $15
                # Million": an unclosed relative clause's verb belongs to the name it hangs on
                subj, pattern = [ctx.full(rel.text)], "relative-clause-subject"
            related = None if subj else ctx.related(text[s:at], sm.index)
            if related:
                subj, pattern = [related], "related-descriptor-subject"  # "The Alibaba affiliate closed a round"
            pronoun = None if subj else _PRONOUN_BEFORE.search(text, s, at)
            if pronoun:
                # "X's China unit boosted its valuation ... after it raised": the pronoun's antecedent in the sentence;
                # "They" after "Blank-check firms are ...": a class, nobody
                company = _it_referent(ctx, sm, at, ctx.resolve(pronoun.group(), sm.index, at))
            else:
                company = subj[0] if subj else (ctx.clause_antecedent(sm, at) or generic_subject(ctx, sm, at)
                                                or _it_referent(ctx, sm, at, ctx.resolve(text[s:at], sm.index, at)))
        if company is not None and ctx.is_person(company):
            # "Gordon Brown will need to raise about $10bn": the subject who raises is a person, who spends or
            # borrows; a company takes investment
            return []
        versus = next((n for n in sm.names if 0 <= n.start - g.end <= 6 and re.match(r"\s+for\s+$", text[g.end:n.start])
                       and not is_place(n.text)), None)
        if versus is not None and _VERSUS_BEFORE.search(text, max(s, g.start - 30), g.start):
            # "OpenAI picked up $6.6 billion, versus $10 billion for Databricks": the compared sum is the other's
            company, pattern = ctx.full(versus.text), "compared-for-company"
        frm = _backer_after(ctx, sm, g)
        if frm and _several_backers(text[g.end:sm.sentence.end], frm):
            frm = None  # "from investors including General Catalyst and Thrive Capital": the sum is theirs jointly
        investors = [frm] if frm else [None]
        if (said is None and raise_verb is None and frm is None and target and not is_place(target)
                and company is not None and not _same_org(company, target) and _INVESTMENT_IN.match(text, g.end)):
            # "Son made what would become his most legendary bet: a $20 million investment in Alibaba": the noun
            # names its investee, and the clause's subject is the one investing
            investors, company, pattern = [company], target, "investment-in/subject"
    led = None
    for m in _LED_ROUND.finditer(sentence):
        if m.end() <= g.start - s:
            led = m
    if led and not target:
        # "Greyline Partners led the round with a $15 million investment": the leader put in the sum; "Ridgeback
        # Ventures, which led a $90 million Series B": the leader's round belongs to another company
        lead = subjects(ctx, sm, s + led.start())
        if lead and (company is None or core_words(company) == core_words(lead[0])):
            other = possessor_before(ctx, sm, s + led.start(), within=200)
            owner = next((n for n in sm.names if n.possessive and ctx.full(n.text) == other), None)
            if owner is not None and any(0 < m.start - owner.end <= 3 and ctx.full(m.text) == lead[0] for m in sm.names):
                other = None  # "Peter Thiel's Founders Fund is set to lead the round": the leader's owner
            if other is None and ctx.salient and core_words(ctx.salient) != core_words(lead[0]):
                other = ctx.salient
            whole = round_total or bool(re.fullmatch(r"\s*(?:a|an|the|its|their)\s*", text[s + led.end() - 1:g.start].
                                                      replace("$", "")) and cues.ROUND_TOTAL.match(text[g.end:g.end + 40]))
            # "lead the round, which could be as much as $2.5 billion": a relative clause gives the round's size
            whole = whole or bool(_ROUND_SIZE_CLAUSE.fullmatch(text[s + led.end() - 1:g.start]))
            company = other
            investors = [None] if whole else [lead[0]]
            pattern = "led-round"
    if round_total:
        investors = [None]
        pattern += "+round-total"
        company = company if not target else target
        if re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$", text[max(s, g.start - 40):g.start]):
            company = ctx.resolve("its", sm.index) if company is None or company in investors else company
    own = possessor_before(ctx, sm, g.start, within=3)
    if own and investors == [None] and target is None and not is_place(own) \
            and _POSSESSOR_INVESTMENT.match(text, _past_bracket(text, g)):
        # "following SoftBank's $200 million investment catapulting it to unicorn status", "Mumbai Angels' $50,000
        # seed investment": the possessor of an investment (not of a round) is the one investing
        investors, pattern = [own], pattern + "+possessor-investor"
        if company is None or _same_org(company, own):
            company = ctx.salient if ctx.salient and not _same_org(ctx.salient, own) else None
            if company is None:
                return []
    if investors == [None] and target is None and _OWN_PLEDGE_BEFORE.search(text, max(s, g.start - 12), g.start) \
            and _OWN_PLEDGE_AFTER.match(text, _past_bracket(text, g)) \
            and not _BACKERS_TOLD.search(text, g.end, sm.sentence.end):
        return []  # "Here's how our $10bn investment will boost US cybersecurity": the owner's own spending, no investee
    if company is None:
        # "The $40 million Series B, led by X, brings total funding for Nebula Freight to ...": the company is named
        # after the sum, past the round's backers
        company = (possessor_before(ctx, sm, g.start) or _round_company(ctx, sm, g) or valuation_owner(ctx, sm, g)
                   or ctx.item_label(sm) or ctx.subject_possessor(sm) or salient_here(ctx, sm))
        if investors != [None] and _INTO_THE_ROUND.match(text, g.end) and (
                company is None or _same_org(company, investors[0])):
            # "Greyline put $25 million into the round": the round the article has been telling, its company's
            company, pattern = _round_owner(ctx, sm, investors[0]), pattern + "+the-round's-company"
    for_whom = next((n for n in sm.names if 0 <= n.start - g.end <= 6 and re.match(r"\s+for\s+$", text[g.end:n.start])), None)
    if for_whom is not None and is_place(for_whom.text):
        return []  # "raised $1.2 million for Haiti": money collected for a country is charity, not an investment
    past = _past_bracket(text, g)
    if verb and re.match(r"invest", verb.group()) and target is None and _SPENDING_AFTER.match(text, past):
        return []  # "would invest $1 billion in digitizing small businesses", "to digitise ...": a spending plan
    if target is None and investors == [None] and _OVER_YEARS.match(text, past) and not re.match(
            r"\s+(?:in|into)\s+(?!(?:its|their|his|her)\b)", text[_OVER_YEARS.match(text, past).end():]):
        # "Amazon looks to set up shop ... with an investment clocking up to ₹3500 Cr over a period of 5 years": a
        # company's own spending plan over years, no company invested in and nobody investing from outside
        return []
    if target is None and investors == [None] and _MADE_OVER.match(text, past):
        return []  # "the latest $40 billion investment will be made through 2027": a spending schedule, no investee
    if _ASSET_TARGET.match(text, past) or _ASSET_BARE.match(text, past) or _WORKS_AFTER.match(text, past):
        # "invest Rs 450 crore in a new plant in Gujarat", "an £150m investment in new printing facilities", "invest
        # $48m in renovating parts of the Savoy": spending on an asset or on works, not money put into a company
        return []
    if company is None or is_place(company) or _aimed_at_place(ctx, sm, g) and not pattern.endswith("+unit-in-country"):
        return []  # "total investment through Vision Fund 2 in India": a country-level plan, not a deal
    if company is not None and any(_same_org(company, i) for i in investors) and not pattern.endswith("+unit-in-country"):
        return []
    if investors == [None] and company is not None and _FUND_NAME.search(company) and cues.RAISE_ONLY.match(cue.group()):
        return []  # "The SoftBank Vision Fund hopes to raise over $100 billion": a fund raising money to invest is no deal
    if investors == [None] and _listed_raise(ctx, sm, g, cue):
        # "Hipgnosis wants to raise £250m", "Saga's plans to raise a £150m lifeline", "a AU$35 million capital raising":
        # a company whose shares trade, raising money with no round and no backer told, issues shares
        return [draft("offerings", sm, g, company=ctx.fuller(company), rule=f"offerings:{cue_name(cue)}/listed-raiser")]
    rule = f"investments:{cue_name(cue)}/{pattern}"
    # (the parent of a unit named "<parent> <country>" stays the parent: "Amazon", not "Amazon India")
    own = ctx.full if pattern.endswith("+unit-in-country") else ctx.fuller
    out = [draft("investments", sm, g, investor=own(i), company=ctx.fuller(company), rule=rule) for i in investors]
    if re.fullmatch(r"private\s+placement", cue.group(), re.I) and investors == [None] and _listed(ctx, company):
        # "Femto Technologies Inc. (Nasdaq: BCAN) Announces $17 Million Private Placement": a listed company's
        # placement is a share issue as well as money from its (unnamed) buyers
        out.append(draft("offerings", sm, g, company=ctx.fuller(company), rule="offerings:private placement/listed-issuer"))
    return out


# a fund's own name: "SoftBank Vision Fund", "Deepbridge Innovation Fund", "Sequoia Capital Fund II"
_FUND_NAME = re.compile(r"\bFunds?(?:\s+(?:[IVX]+|\d+))?$")


# a raise the text tells as a share issue by a company already trading, not a private round
_RAISE_WORDS = re.compile(r"^(?:rais\w*|secur(?:ed|es|ing)|fund-?rais\w*|backed|backing|lifeline)$", re.I)
_PRIVATE_ROUND = re.compile(r"\b(?:rounds?|series\s+[a-h]|seed|venture|private|led\s+by|co-led|angels?|pre-?IPO|"
                            r"valuation|debt|loans?|bonds?|notes)\b", re.I)
# the article tells the company's shares trading: a price a share (in pence, "per share", "a share"), a share price,
# shares placed or issued at a price, a shareholder revolt
_SHARES_TRADE = re.compile(r"\b\d+(?:\.\d+)?p\s+(?:a|per)\s+share\b|\b(?:per|a)\s+share\b|\bshare\s+price\b|"
                           r"\b\d+(?:\.\d+)?\s*(?:p|pence)\s+each\b|\bshares\s+(?:for|at)\s+[\d$£€]|"
                           r"\bshareholder\s+revolt\b", re.I)


def _listed_raise(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue: re.Match[str]) -> bool:
    """A raise with no backer told is a share issue when the sentence speaks of no private round and the shares are
    told: trading in the article ("a share price", "136p a share"), issued in the sentence or a neighbour ("as part of a
    £150million equity raise"), shareholders acting on it ("Angry small shareholders have criticised Saga's plans to
    raise"), or the article is about a quoted company and speaks of no round at all."""
    text = ctx.doc.text
    sentence = text[sm.sentence.start:sm.sentence.end]
    if not (_RAISE_WORDS.match(cue.group()) or cues.RAISE_ONLY.match(cue.group())) or _PRIVATE_ROUND.search(sentence) \
            or cues.ROUND_WORDS.search(sentence):
        return False
    near = " ".join(ctx.items[i].sentence.text for i in range(max(0, sm.index - 1), min(len(ctx.items), sm.index + 2)))
    return bool(_SHARES_TRADE.search(text) or cues.SHARE_ISSUE.search(near) or cues.SHAREHOLDERS_ACT.search(near)
                or cues.SHAREHOLDERS.search(text) and cues.LISTED_WORDS.search(text) and not cues.ROUND_WORDS.search(text))


# "Femto Technologies Inc. (Nasdaq: BCAN)": an exchange and ticker in brackets after the name
_TICKER_AFTER = re.compile(r"\s*\((?:NASDAQ|Nasdaq|NYSE|NYSE American|OTCQB|OTCQX|OTC|TSX|TSXV|CSE|ASX|LSE|AIM|NSE|BSE)\s*:"
                           r"\s*[A-Z][A-Z.]{0,6}\)")


# a possessive's own lower-case noun as the verb's subject: "Softbank's vision fund ", "Google's venture arm has "
_OWNED_SUBJECT = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){1,3}(?:(?:has|have|had|will|would|also|recently)\s+)*")


def _listed(ctx: DocContext, company: str) -> bool:
    """The article tags the company with an exchange ticker somewhere."""
    text = ctx.doc.text
    for m in re.finditer(re.escape(company.rstrip(".")), text):
        if _TICKER_AFTER.match(text, m.end() + (1 if text.startswith(".", m.end()) else 0)):
            return True
    return False


# "our $10bn investment will boost ...", "its $1 billion investment programme": a possessive pronoun owns the investment
# as its spender; with no company it goes into and no backer told, it is a spending plan
_OWN_PLEDGE_BEFORE = re.compile(r"\b(?:our|its|their)\s+(?:(?:planned|proposed|promised|pledged|new|latest|total|"
                                r"multi-?year|[\w-]+-year)\s+)?$", re.I)
_OWN_PLEDGE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?investments?\b(?!\s+(?:in|into|round|from|led|by|deal|rounds)\b)", re.I)
_BACKERS_TOLD = re.compile(r"\b(?:led\s+by|from|round|series\s+[a-h]|seed|backed\s+by|investors?)\b", re.I)
# "₹3500 Cr over a period of 5 years", "$1 billion over the next five years"
_OVER_YEARS = re.compile(r"\s*,?\s+over\s+(?:a\s+period\s+of\s+|the\s+(?:next|coming|following)\s+)?(?:[\w-]+\s+)?years?\b",
                         re.I)


# "$40 billion investment will be made through 2027", "investment is to be spread over five years"
_MADE_OVER = re.compile(r"\s+(?:[\w-]+\s+)?investments?\s+(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to)\s+be\s+"
                        r"(?:made|spent|deployed|spread|rolled\s+out)\s+(?:over|through|until|by|across|during)\s+"
                        r"(?:the\s+(?:next|coming|following)\b|\d{4}\b|(?:[\w-]+\s+)?(?:years?|decades?)\b)", re.I)


def _backer_after(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> str | None:
    """The backer told after the sum: "from Warburg Pincus", "from another startup, CureFit", "from SIDBI Venture's
    Samridhi fund" (the possessor), "by its parent, Jaspers Infotech"; not "from its existing investors"."""
    text = ctx.doc.text
    frm = re.match(r"[^.;]{0,40}?\bfrom\s+", text[g.end:sm.sentence.end])
    if frm is not None and re.match(r"(?:its|their|his|her)\s", text[g.end + frm.end():g.end + frm.end() + 6]):
        return None  # "raises ₹102 Cr from its existing investors": the company's own backers, unnamed
    who = name_after(ctx, sm, g.end, "from", within=40)
    if who is None and frm is not None:
        at = g.end + frm.end()
        own = next((n for n in sm.names if n.start == at and n.possessive and not is_place(n.text)), None)
        desc = _DESCRIPTOR_COMMA.match(text, at)
        told = next((n for n in sm.names if desc and n.start == desc.end()), None)
        who = ctx.full(own.text) if own is not None else (ctx.full(told.text) if told is not None else None)
    if who is None:
        by = re.match(r"(?:\s*\([^()]*\))?\s+by\s+", text[_past_bracket(text, g):sm.sentence.end])
        desc = _DESCRIPTOR_COMMA.match(text, _past_bracket(text, g) + by.end()) if by else None
        told = next((n for n in sm.names if desc and n.start == desc.end()), None)
        who = ctx.full(told.text) if told is not None else None
    return who


_RAISED_FOR = re.compile(r"\s+(?:(?:a\s+year|annually|each\s+year)\s+)?(?:to\s+(?:buy|acquire|purchase|fund\s+(?:a|the|its)\s+"
                         r"(?:bid|takeover|acquisition|purchase))|by\s+selling)\b", re.I)
_OPEN_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;()]*")
# "another startup, CureFit", "its parent, Jaspers Infotech": a descriptor, then the name it stands for
_DESCRIPTOR_COMMA = re.compile(rf"(?:a|an|another|its|their|the)\s+(?:[\w-]+\s+){{0,2}}?{cues.DESCRIPTOR_HEAD},\s+", re.I)


_IT = re.compile(r"\b(?:it|its)\b", re.I)


def _it_referent(ctx: DocContext, sm: SentenceMentions, at: int, found: str | None) -> str | None:
    """"Cluely's new funding comes two months after it raised", "the valuation it hit a year ago, per PitchBook, after
    raising": "it" stands for an organisation told before it, never for a person's name nor a name told after it.
    Where the antecedent found breaks that, the opening possessive of the sentence, else the nearest earlier
    organisation that is no person, is meant."""
    text = ctx.doc.text
    it = _IT.search(text, sm.sentence.start, at)
    if it is None or found is None:
        return found
    here = [n for n in sm.names if ctx.full(n.text) == found]
    after_only = bool(here) and all(n.start >= it.end() for n in here)
    personal = any(ctx.full(n.text) == found and _looks_personal(n)
                   for item in ctx.items[max(0, sm.index - 2):sm.index + 1] for n in item.names)
    told = [(item, n) for item in ctx.items[max(0, sm.index - 2):sm.index + 1] for n in item.names
            if ctx.full(n.text) == found]
    qualifier = bool(told) and all(is_modifier(ctx, item, n) for item, n in told)  # "Popular AI gateway maker X"
    if not after_only and not personal and not qualifier:
        return found
    own = next((n for n in sm.names if n.end <= it.start() and n.possessive and not is_place(n.text)
                and not n.is_authority and not _looks_personal(n)), None)
    if own is not None:
        return ctx.full(own.text)
    for item in reversed(ctx.items[max(0, sm.index - 2):sm.index + 1]):
        for n in item.names:
            if n.start < it.start() and ctx.full(n.text) != found and not n.is_authority and not _looks_personal(n) and not n.possessive and not is_modifier(ctx, item, n):
                return ctx.full(n.text)  # "Popular AI gateway maker OpenRouter": the head, not its qualifier
    return ctx.salient


def _past_bracket(text: str, g: MoneyGroup) -> int:
    """Where the text after the sum starts: past the closing bracket of an equivalent the group ends inside
    ("$20 Million(approx. ₹136 Cr) to launch")."""
    inner = text[g.start:g.end]
    m = re.match(r"\s*\)", text[g.end:g.end + 4]) if inner.count("(") > inner.count(")") else None
    return g.end + m.end() if m else g.end


# what money invested goes to when it is an activity, not a company: "in digitizing ...", "to expand ..."
_SPENDING_AFTER = re.compile(r"\s+(?:(?:in|into|on)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b|to\s+(?!be\b|the\b)[a-z]+\s+(?![A-Z]))")
# "signed a memorandum of understanding with X for a": an agreement with a party for a sum
_AGREED_WITH_FOR = re.compile(r"\b(signed|agreed|struck|reached|entered\s+into|inked)\b[^.;]{0,80}?(\bwith)\s+"
                              r"[^.;]{1,80}?\s+for\s+(?:a|an|the)\s+$")
_INVESTMENT_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?investment\b")
_ASSET_TARGET = re.compile(r"\s+(?:in|into|on)\s+(?:a|an|the|its|their)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:plants?|factory|"
                           r"factories|facility|facilities|capacity|project|warehouses?|data cent(?:er|re)s?|"
                           r"production lines?|refinery|mine)\b", re.I)

# the same spending told without a determiner, in lower case: "in new printing facilities", "in improvements" (the
# sum's own noun may come first: "an £150m investment in new printing facilities")
_ASSET_BARE = re.compile(r"\s*(?:\)\s*)?(?:\s+(?-i:[a-z][\w-]*\s+)?investments?)?\s+(?:in|into|on)\s+(?:new\s+|more\s+|further\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                         r"(?:plants|factories|facilities|capacity|equipment|machinery|infrastructure|improvements|"
                         r"upgrades|renovations?|refurbishments?|repairs|maintenance|modernisation|modernization|"
                         r"warehouses|stores|branches|premises|buildings|networks)\b")
# works told by their verb: "in renovating parts of the Savoy", "on upgrading its plants" (a company named inside the
# works is what is worked on, not what is invested in)
_WORKS_AFTER = re.compile(r"\s*(?:\)\s*)?(?:\s+(?-i:[a-z][\w-]*\s+)?investments?)?\s+(?:in|into|on)\s+(?:(?:re)?build|renovat|refurbish|upgrad|moderni[sz]|improv|"
                          r"construct|repair|restor|refit|retool|overhaul|equipp|install|replac|extend)ing\b", re.I)
# a sum with an unclosed bracket before it: "400m pesos ($136m; £72.3m) in improvements" — past the bracket's close
_INTO_THE_ROUND = re.compile(r"\s+(?:in|into)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:round|financing|funding|raise|"
                             r"series [a-h])\b", re.I)
_LED_BEFORE = re.compile(r"\b(?:led|co-led|leads|leading|headed)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", re.I)
_GENERIC_OBJECT = re.compile(r"\s+(?:in|into)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?" + cues.DESCRIPTOR_HEAD + r"\b", re.I)


def _agent(ctx: DocContext, sm: SentenceMentions, name: str, at: int) -> bool:
    """"The fintech firm is backed by Sequoia and has raised ...": a passive's agent is not the clause subject."""
    told = [n for n in sm.names if n.end <= at and ctx.full(n.text) == name]
    return bool(told) and bool(re.search(r"\b(?:by|from|with)\s+(?:the\s+)?$",
                                         ctx.doc.text[max(sm.sentence.start, told[-1].start - 12):told[-1].start]))


def _possessor_qualified(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> str | None:
    """"Shanghai Automotive's proposed £1bn": a possessor whose sum is qualified by one or two lower-case words."""
    own = next((n for n in reversed(sm.names) if n.possessive and n.end <= g.start), None)
    if own is None or is_place(own.text) or not _QUALIFIED_GAP.fullmatch(ctx.doc.text, own.end, g.start):
        return None
    return ctx.full(own.text)


_QUALIFIED_GAP = re.compile(r"['’]s?\s+(?:(?-i:[a-z])[\w-]*\s+){1,2}")

# what makes a money noun a deal with a party: a round, a named backer or leader, a deal, a stake
_DEAL_STRUCTURE = re.compile(r"\b(?:deal|agreement|pact|stake|shares?|equity|from|led\s+by|backed\s+by)\b|\bby\s+(?:the\s+)?(?-i:[A-Z])", re.I)
# verbs by which a party seeks or wins money without "raise": "looking for a further 540bn yen in fresh backing"
_SOUGHT = re.compile(r"\b(?:seek(?:s|ing)?|sought|look(?:s|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for|win(?:s|ning)?|won|"
                     r"attract(?:s|ed|ing)?|obtain(?:s|ed|ing)?|(?:has|have|had)\s+(?:now\s+)?(?:taken|accepted))\b", re.I)
# the noun the sum is told with: "$5m in new funding", "$20m investment", "$40m of fresh financial backing"
_NOUN_AFTER_SUM = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:(?:in|of)\s+)?(?:[\w-]+\s+){0,2}?")
# "investment of $25m", "a capital injection worth $30m"
_NOUN_BEFORE_SUM = re.compile(r"\s+(?:of|worth|totall?ing)\s+" + cues._Q)
_MONEY_NOUN = re.compile(r"^(?:investments?|funding|backing|injection|infusion)$", re.I)


def _bare_noun(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue: re.Match[str]) -> bool:
    """"Shaheed noted that investment in a single tourist resort could run to $40m", "the latest funding brings
    Thumbtack's total backing to $273.2 million": a money noun not told with the sum as its own ("$5m in funding",
    "investment of $25m"), naming no target ("in X"), no possessor, no round, backer or deal, with no verb by which a
    party raises or seeks the sum, tells no one's deal."""
    text = ctx.doc.text
    s, e = sm.sentence.start, sm.sentence.end
    if not _MONEY_NOUN.match(cue.group()):
        return False
    sentence = text[s:e]
    if cues.ROUND_WORDS.search(sentence) or cues.ROUND_TOTAL.match(text[g.end:g.end + 40]):
        return False
    if _SOUGHT.search(text, s, g.start) or possessor_before(ctx, sm, g.start, within=3):
        return False
    if s + cue.start() >= g.end and _NOUN_AFTER_SUM.fullmatch(text, _past_bracket(text, g), s + cue.start()) \
            or s + cue.end() <= g.start and _NOUN_BEFORE_SUM.fullmatch(text, s + cue.end(), g.start):
        return False  # "Acme announced $5m in funding", "a $15m investment", "an injection of $30m": the sum's own noun
    lo, hi = min(s + cue.start(), g.start), max(s + cue.end(), g.end)
    near = text[max(s, lo - 40):min(e, hi + 60)]
    if _DEAL_STRUCTURE.search(near):
        return False
    cue_end = s + cue.end() if s + cue.end() <= g.start else g.end
    target = name_after(ctx, sm, cue_end, "in|into", within=50)
    return target is None or is_place(target)


def _country_unit(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, investors: list[str | None]) -> str | None:
    """The investor's unit in the country the sum goes "in"/"into", where the article names it as the investor's name
    and the country's ("Amazon" + "India" → "Amazon India")."""
    if len(investors) != 1 or investors[0] is None:
        return None
    text = ctx.doc.text
    at = re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:in|into)\s+(?:the\s+)?", text[_past_bracket(text, g):sm.sentence.end])
    if at is None:
        return None
    start = _past_bracket(text, g) + at.end()
    place = next((n for n in sm.names if n.start == start and is_place(n.text)), None)
    if place is None:
        return None
    unit = f"{investors[0]} {place.text}"
    return unit if unit in ctx.known_names else None


def _same_org(a: str, b: str | None) -> bool:
    wa, wb = set(core_words(a)), set(core_words(b or ""))
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _round_owner(ctx: DocContext, sm: SentenceMentions, investor: str | None) -> str | None:
    """The subject (first organisation) of the nearest earlier sentence that is not the backer itself."""
    for item in reversed(ctx.items[max(0, sm.index - 3):sm.index]):
        for n in item.names:
            if not is_place(n.text) and not n.is_authority and not _same_org(ctx.full(n.text) or n.text, investor):
                return ctx.fuller(n.text)
    return None


def _other_referent(ctx: DocContext, sm: SentenceMentions, pos: int, exclude: str) -> str | None:
    """The organisation named last before `pos` (this sentence, else the one before) that is not `exclude`."""
    for item in (sm, ctx.items[sm.index - 1] if sm.index else None):
        if item is None:
            continue
        for n in reversed(item.names):
            if (item is not sm or n.end <= pos) and not is_place(n.text) and not n.is_authority \
                    and core_words(ctx.full(n.text) or n.text) != core_words(exclude):
                return ctx.full(n.text)
    return None


_PRONOUN_BEFORE = re.compile(r"\b(?:it|they)\s+(?:(?:has|have|had|also|now|already|recently|just|then)\s+){0,2}$", re.I)
# a reporting verb opening a reported clause: "Kalanick had said the unit ...", "a spokeswoman said that it ..."
_REPORTED = re.compile(r"\b(?:said|says|say|told\s+(?:[\w-]+\s+){0,2}?|added|noted|stated|reported|confirmed)\s+"
                       r"(?:on\s+\w+\s+|last\s+\w+\s+)?(?:that\s+)?(?=(?:the|it|its|they|this|[A-Z])\b)")

_RELATIVE_IT = re.compile(r"\b(?:for|under|through|by|with|in)\s+which\s+(?:it|they)\s+(?:\w+\s+){0,3}$", re.I)

# a clause subject right before its auxiliary: "Buffet's firm has agreed", "Orbis Capital will"
_AUX_SUBJECT = re.compile(rf"((?:[A-Z][\w.&’'\-]*\s+)*[A-Z][\w.&\-]*['’]s\s+(?:[a-z\-]+\s+)?{cues.DESCRIPTOR_HEAD}|"
                          r"(?:[A-Z][\w.&\-]*\s+)*[A-Z][\w.&\-]*)\s+(?:also\s+)?(?:has|have|had|will|would|is|was)\s+")


def _aux_subject(ctx: DocContext, head: str) -> str | None:
    found = None
    for found in _AUX_SUBJECT.finditer(head):
        pass
    if found is None or is_place(found.group(1)) or found.group(1).split()[0].lower() in ("it", "they", "the", "this"):
        return None
    return ctx.full(found.group(1)) if "'" not in found.group(1) and "’" not in found.group(1) else found.group(1)


_ROUND_SIZE_CLAUSE = re.compile(r"\s*(?:(?:the|a|an|its|their|this)\s+)?(?:[\w-]+\s+){0,3}?(?:round|financing|funding)\s*,\s+"
                                r"(?:which|that)\s+(?:(?:could|would|will|may|might|is|was|be|reach|total|come\s+to)\s+)*"
                                r"(?:(?:as\s+much\s+as|up\s+to|about|around|nearly|some|at\s+least|more\s+than)\s+)?", re.I)
_LED_ROUND = re.compile(r"\b(?:led|co-led|leads|leading|headed|(?:set|expected|poised|likely|in talks|due)\s+to\s+(?:co-)?lead)\s+(?:the|a|an|its|this|their)\s+(?=[^.;]{0,60}"
                        r"\b(?:round|financing|funding|series [a-h]|seed|investment)\b)", re.I)


def _round_company(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> str | None:
    text = ctx.doc.text
    for m in re.finditer(r"\b(?:for|in|into)\s+", text[g.end:sm.sentence.end]):
        at = g.end + m.start()
        if re.search(r"\b(?:led|co-led|by|from|including)\b[^,]*$", text[g.end:at]):
            continue
        who = name_after(ctx, sm, at, "for|in|into", within=5)
        if who:
            return who
    return None


def _several_backers(after: str, first: str) -> bool:
    at = after.find(first)
    if at < 0:
        return False
    if re.search(r"\bamong\s+others\b|\band\s+others\b", after):
        return True  # "from OPIC - a US development agency - the Eximbank and Credit Suisse, among others"
    return bool(re.search(r"\b(?:including|such as|among them|led by)\s+$", after[:at])
                or re.match(r"^(?:,\s*[A-Z]|\s+and\s+[A-Z]|\s*&\s*[A-Z])", after[at + len(first):])
                or _GROUP_OF.search(after[:at]) or _MORE_BACKERS.match(after[at + len(first):]))


# "from a group of HNIs": backers told as a body of many
_GROUP_OF = re.compile(r"\b(?:group|clutch|consortium|host|number|set|syndicate|bunch|band|pool|network)\s+of\s+"
                       r"(?:[\w-]+\s+)?$", re.I)
# "from Mathew Cyriac(Fmr Blackstone PE) and other investors", "from Yournest and iSon Group", "from Mayfield India,
# 3one4 Capital and others", "from Abhinav Bindra's firm(...) and Franchise India Brand", "from Ford Mobility LLC,
# alongwith Sequoia", "from YC partners Justin Kan & Qasar Younis": the named backer is one of several
_MORE_BACKERS = re.compile(r"^(?:['’]s?\s+[a-z][\w-]*)?\s*(?:\([^()]*\)\s*)?(?:,\s*(?:[A-Z0-9]|[a-z]+[A-Z])|"
                           r"(?:,\s*)?(?:and|&)\s+(?:others?\b|other\s|existing\s|[A-Z0-9]|[a-z]+[A-Z])|"
                           r"(?:,\s*)?(?:along\s*with|alongwith|together\s+with)\b)"
                           r"|^\s+(?:partners|investors|founders|executives|members|angels)\b")


def _aimed_at_place(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> bool:
    """"the total investment through Vision Fund 2 in India could go up to $4 billion": an investment cue before the
    sum whose object is a country is a country-level plan, not a deal with a company."""
    s = sm.sentence.start
    for m in cues.INVESTMENT.finditer(ctx.doc.text, s, g.start):
        place = name_after_raw(ctx, sm, m.end())
        if place and is_place(place) and ctx.doc.text.find(place, m.end()) < g.start:
            return True
    # "adding to its already $500 billion investment in the US": the noun after the sum aimed at a country (not
    # "investment in India's Paytm", where the place only qualifies the company)
    after = _INVESTMENT_NOUN_IN.match(ctx.doc.text, _past_bracket(ctx.doc.text, g))
    if after is not None:
        place = name_after_raw(ctx, sm, after.start())
        at = ctx.doc.text.find(place, after.start()) if place else -1
        if place and is_place(place) and at - after.end() <= 4 and not re.match(r"['’]", ctx.doc.text[at + len(place):]):
            return True
    return False


_INVESTMENT_NOUN_IN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?investments?\s+in\s+", re.I)


def name_after_raw(ctx: DocContext, sm: SentenceMentions, pos: int) -> str | None:
    """The first "in <Name>" within a short reach after `pos` ("investment through Vision Fund 2 in India"),
    places included."""
    n = next((n for n in sm.names if n.start >= pos and n.start - pos <= 60
              and re.search(r"\bin\s+(?:the\s+)?$", ctx.doc.text[pos:n.start])), None)
    return n.text if n else None


# a capital injection told as a noun, its size after "of": "capital injection of A$1.1 billion"
_NOUN_OF_SUM = re.compile(r"\b(?:capital\s+|cash\s+|equity\s+)?(?:injection|infusion)\s+of\s+" + cues._Q + r"$", re.I)


# "signed an agreement to subscribe for 203,800,000 new shares of China Saite Group Company Limited (...) for HK$106
# million", "to subscribe for 80,000,000 new fully paid up shares of Medicskin ... for a total consideration of HK$51.84
# million": the subscriber puts the sum into the issuer of the shares
_SUBSCRIBE_FOR = re.compile(r"\bsubscri(?:be|bes|bed|bing)\s+for\s+", re.I)
_SHARES_OF = re.compile(r"\bshares\s+(?:of|in)\s+", re.I)
_TOTAL_SUM_BEFORE = re.compile(r"(?:\bfor|\bconsideration\s+of|\bamount\s+of|\bsum\s+of)\s+(?:(?:a|the)\s+)?(?:(?:total|aggregate)\s+"
                               r"(?:consideration\s+|amount\s+|sum\s+)?(?:of\s+)?)?(?:(?:about|approximately|around|some)\s+)?$",
                               re.I)
_SUBSCRIBER_REFERENCE = re.compile(r"\b(it|they|[Tt]he\s+[A-Z][a-z]+)\b[^,;]*$")


def subscription(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> tuple[str, str, str] | None:
    """(investor, company, role pattern): new shares subscribed for a total sum."""
    text = ctx.doc.text
    s = sm.sentence.start
    m = None
    for m in _SUBSCRIBE_FOR.finditer(text, max(s, g.start - 400), g.start):
        pass
    if m is None or not _TOTAL_SUM_BEFORE.search(text, max(m.end(), g.start - 60), g.start):
        return None
    if re.match(r"\s*(?:\([^()]*\)\s*)?(?:per|a|each)\s+(?:[\w-]+\s+)?share\b", text[g.end:g.end + 40], re.I):
        return None  # "at HK$0.52 per share": the price of one share
    of = _SHARES_OF.search(text, m.end(), g.start)
    company = name_after(ctx, sm, of.start(), "of|in", within=12) if of else None
    if company is None or is_place(company):
        return None
    before = text[s:m.start()]
    ref = _SUBSCRIBER_REFERENCE.search(before)
    investor = ctx.resolve(ref.group(1), sm.index, s + ref.start()) if ref else None
    investor = investor or next(iter(subjects(ctx, sm, m.start())), None)
    if investor is None or _same_org(investor, company):
        return None
    return investor, company, "subscribe-for/subscriber-issuer"


# "Amec will gain between 40-48.6 percent of Spie for an injection of 40 million stg": new money put in for a stake
_PERCENT_OF_FOR_NEW_MONEY = re.compile(
    r"\b(?:gain|gains|gained|take|takes|took|get|gets|got|acquire|acquires|acquired|receive|receives|received)\s+"
    r"(?:(?:between|about|around|up\s+to|nearly)\s+)?[\d.,\-–]+\s*(?:%|percent|per\s+cent)\s+(?:stake\s+)?(?:of|in)\s+"
    r"(?P<rest>[^.;]{1,80}?)\s+for\s+(?:an?\s+)?(?:capital\s+|cash\s+|equity\s+)?(?:injection|investment|infusion|"
    r"subscription)\s+of\s+(?:(?:about|around|up\s+to|some)\s+)?$", re.I)


def stake_for_new_money(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> tuple[str, str, str] | None:
    """(investor, company, role pattern): the subject gains a share of a company for new money it puts in."""
    text = ctx.doc.text
    s = sm.sentence.start
    m = _PERCENT_OF_FOR_NEW_MONEY.search(text, s, g.start)
    if m is None:
        return None
    company = next((ctx.full(n.text) for n in sm.names if n.start == m.start("rest") and not is_place(n.text)), None)
    subj = subjects(ctx, sm, m.start())
    if company is None or len(subj) != 1 or _same_org(subj[0], company):
        return None
    return subj[0], company, "percent-for-new-money/subject-company"


# "its 1.1 billion pound ($1.8 billion) investment in a 25 percent stake in France's new telecoms operator Cegetel",
# "will make a 440 million franc equity investment for a 70 percent stake in Air Liberte": the stake names the company
_INVESTMENT_FOR_STAKE = re.compile(r"\)?\s+(?:[\w-]+\s+)?investments?\s+(?:for|in)\s+(?:a|an)\s+(?:(?:about|around|nearly)\s+)?"
                                   r"(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+|[\w-]+\s+)?(?:equity\s+)?(?:stake|interest|"
                                   r"holding)\s+(?=in\s)", re.I)


def investment_for_stake(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> tuple[str, str, str] | None:
    """(investor, company, role pattern): a sum told as an investment for a stake in a named company."""
    text = ctx.doc.text
    s = sm.sentence.start
    m = _INVESTMENT_FOR_STAKE.match(text, _past_bracket(text, g))
    if m is None:
        return None
    # ("in France's new telecoms operator Cegetel": past a place's possessive and a lower-case descriptor)
    told = next((n for n in sm.names if m.end() <= n.start <= m.end() + 60 and not n.possessive
                 and not is_place(n.text) and re.fullmatch(r"in\s+(?:[\w’'-]+\s+){0,5}", text[m.end():n.start])), None)
    company = ctx.full(told.text) if told is not None else None
    if company is None:
        return None
    if re.search(r"\b(?:its|their)\s+$", text[max(s, g.start - 8):g.start]):
        investor = ctx.pronoun_antecedent(sm.index, g.start)
    else:
        subj = subjects(ctx, sm, g.start)
        investor = subj[0] if len(subj) == 1 else None
    if investor is None or _same_org(investor, company):
        return None
    return investor, company, "investment-for-stake-in/subject"
