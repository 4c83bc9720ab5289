"""Share stakes: a percentage that a holder owns of a company, told with "stake", "owns", "held by", "% of X"."""
from __future__ import annotations

import re

from extractors.mentions.organisations import COMPANY_HEADS, core_words, is_place
from extractors.records import cues
from extractors.records.classify import nearest
from extractors.records.context import DocContext, SentenceMentions, _reporting_publication
from extractors.records.drafts import Draft, cue_name
from extractors.records.roles import expand_acronym, is_modifier, name_after, possessor_before, subjects


def stake_drafts(ctx: DocContext, sm: SentenceMentions) -> list[Draft]:
    text = ctx.doc.text
    s = sm.sentence.start
    sentence = sm.sentence.text
    out: list[Draft] = []
    chains = _chains(text, sm)
    respectively = cues.RESPECTIVELY.search(sentence) is not None
    for pi, p in enumerate(sm.percents):
        ps, pe = p.start - s, p.end - s
        dist, cue = nearest(cues.STAKE, sentence, ps, pe)
        bought_of = re.match(r"\s+of\s+", sentence[pe:pe + 5]) and cues.BUY_PERCENT_OF.search(sentence[:ps])
        if (cue is None or dist > 80) and not bought_of:
            continue
        has_stake_noun = cues.STAKE_NOUN.search(sentence) is not None
        block_dist, block = nearest(cues.NOT_STAKE, sentence, ps, pe)
        level = (block is not None and block.end() <= ps
                 and re.search(r"\b(?:to|from)\s+(?:\w+\s+){0,2}$", sentence[block.end():ps]) is not None)
        qualifier_word = (block is not None and block.group().lower() in ("below", "above")
                          and has_stake_noun and (ps <= block.start() < pe or (
                              block.end() <= ps and not sentence[block.end():ps].strip())))
        if qualifier_word:
            block = None  # "cut its stake to below 5%": the word qualifies the level
        elif block is not None and block.group().lower() == "up" and (
                ps <= block.start() < pe or re.fullmatch(r"\s+to\s+", sentence[block.end():ps])):
            block = None  # "agreed to acquire up to 54.34% stake": a cap on the level, not a rise
        if block is not None and (not has_stake_noun or (block_dist <= 3 and not (level and re.match(
                r"(?:rise|rises|rising|fall|falls|falling|increase|decrease|up|down)", block.group(), re.I))
                and not bought_of)):
            if not has_stake_noun or block_dist < dist:
                continue
        if re.search(r"\b(?:loss|gain|return|decline|drop|rise|fall|increase|decrease|discount|premium|dilution|"
                     r"reduction|cut|markdown|haircut)\s+of\s+(?:about\s+|nearly\s+|around\s+|roughly\s+)?$",
                     sentence[max(0, ps - 30):ps], re.I):
            continue  # "with a loss of 5.87 percent", "a discount of 31 per cent": a change or a price gap, not ownership
        if cues.REQUIREMENT.search(sentence) and (cues.FLOAT_NORM.search(sentence[:ps])
                                                  or cues.FLOAT_NORM.search(sentence[pe:pe + 40])):
            continue  # "will need to have at least 5 per cent public shareholding": a free-float rule
        if cues.FRACTION_OF_HOLDING.match(sentence[pe:pe + 90]):
            continue  # "84 percent of HP Enterprise Co's 60.5 percent stake": a share of someone's holding
        if not has_stake_noun and _BALLOT.search(sentence):
            continue  # "If an election were held ..., Yang would get 35.7 percent": votes, not shares
        where = _HELD_WHERE.match(sentence, pe)
        if where and (where.group(1) is None or is_place(where.group(1).rstrip("."))):
            continue  # "around 35 percent of Medeva shares were held in the United States": where holders are, not who
        if _COMPARED_AFTER.match(sentence, pe):
            continue  # "will cost companies up to 80 percent less to own": a comparison, not a share of a company
        if _OF_PEOPLE.match(sentence, pe):
            continue  # "more than 68% of the shareholders have accepted the offer": a share of people, not of a company
        if _SALE_SIZE.search(sentence[max(0, ps - 160):ps]):
            continue  # "planned to sell a 10% stake of Coal India, 5% in ONGC and 11.36% in NHPC": the size of a sale
        if cues.INCREMENT_BEFORE.search(sentence[max(0, ps - 30):ps]):
            continue  # "bought another 5 percent": what was added, not what is held
        if cues.CHANGE_BY.search(sentence[max(0, ps - 90):ps]):
            continue  # "cut its stake by two-thirds": a change, not a level
        if cues.PERCENT_CHANGE_AFTER.match(sentence[pe:pe + 30]):
            continue  # "a 4% rise in profit", "a 10% discount"
        if re.match(r"\s+of\s+(?:a|an)\s", sentence[pe:pe + 8]):
            continue  # "buying over half of a $124 million bond offer": a part of one thing, not of a named company
        if cues.SHARE_OF_NOT_EQUITY.match(sentence[pe:pe + 60]):
            continue  # "about 10 percent of the value of the company": a share of value, revenue, votes, not of equity
        if _RESTATED.search(sentence[max(0, ps - 90):ps]) and sentence[pe:pe + 3].lstrip().startswith(")"):
            continue  # "Suez owns 40% of Aguas Argentinas (39.9%)": the same level told more exactly, in brackets
        if _RATE_AT.search(sentence[max(0, ps - 70):ps]):
            continue  # "has left interest rates on hold at 4.75%": the level of a rate, not a holding
        if _BEYOND.search(sentence[max(0, ps - 30):ps]) or _HOLDERS_OF.search(sentence[max(0, ps - 40):ps]) \
                or _OR_MORE.match(sentence[pe:pe + 20]):
            continue  # "increase their stake beyond 49%", "holders of 5% or more of the firm's shares": a line drawn
        if _THRESHOLD.match(sentence[pe:pe + 60]) and re.search(r"\b(?:an?|any)\s+$", sentence[max(0, ps - 6):ps], re.I):
            continue  # "a 30% stake requires a mandatory offer": a threshold a rule sets, nobody's holding
        if re.match(r"\s+(?:threshold|cliff-?edge|mark|limit|ceiling|cap|barrier|hurdle|trigger)\b", sentence[pe:pe + 20], re.I):
            continue  # "to overcome this 30% cliff-edge", "crossing the 30% threshold": a line, not a level held
        if _RULE_LEVEL.search(sentence[max(0, ps - 140):ps]) or _CAP_LEVEL.search(sentence[max(0, ps - 90):ps]):
            continue  # "raising the minimum threshold for black ownership of mining companies to 30 percent from 26"
        if _GERUND_OPENING.match(sentence[:ps]) and _MODAL_AFTER.match(sentence[pe:pe + 60]):
            continue  # "Taking its stake to 100% would eat up 200 basis points": a level reckoned, not held or sought
        if _NOT_HELD_AFTER.match(sentence[pe:pe + 120]):
            continue  # "to purchase the half of Clearwire that it doesn't already own": what is not held, to be bought
        if _ASSET_STAKE.match(sentence[pe:pe + 80]):
            continue  # "a forty per cent stake of two exploration licenses in Lincolnshire": a share of an asset
        if _UNNAMED_VENTURE.match(text, chains[pi][-1].end, sm.sentence.end) and not _named_venture(ctx, sm):
            # "to take a 20% stake in the joint venture", "will hold 45%, 45% and 10% respectively in the joint
            # venture": a venture the article never names, not one of its partners
            continue
        if _NEW_ENTITY.match(sentence[pe:pe + 60]):
            continue  # "a 17.6 percent stake in the new company": an entity being formed, no organisation named before
        chain = chains[pi]
        last = out[-1] if out else None
        holder, company, how = _holder_company(ctx, sm, p.start, chain[-1].end, cue,
                                          (chain.index(p), len(chain)) if respectively and len(chain) > 1 else None,
                                          last.fields["company"] if last is not None else None)
        if last is not None and _SHARED_SUBJECT.match(text, last.end, p.start) and all(
                last.fields["company"] and core_words(n.text) == core_words(last.fields["company"])
                for n in sm.names if last.end <= n.start < p.start):
            # "X will own 18.5 percent of the company ... and will control 61 percent of the voting power": a verb
            # joined by "and" without a subject of its own shares the previous one's holder and company
            holder = last.fields["holder"]
            how = "shared-subject"
            company = company if company and core_words(company) != core_words(holder) else last.fields["company"]
        if last is not None and last.fields["holder"] and last.fields["company"] and _EARLIER_LEVEL.fullmatch(
                text, last.end, p.start):
            # "whose fund now owns 21% of the company, up from 19.9%": the level before, of the same holder and company
            holder, company, how = last.fields["holder"], last.fields["company"], "earlier-level"
        if holder is None and company is None:
            continue
        pair = _both_parties(ctx, sm, p.start) if company and _BOTH_EACH.search(text, s, p.start) else None
        if pair and not any(_same_party(ctx, x, company) for x in pair):
            # "S&N and United agreed to form a strategic partnership ... with both parties having a 40% stake in the
            # venture - Millennium Alcobev": each of the two holds the level
            for x in pair:
                out.append(Draft("stakes", {"holder": expand_acronym(ctx, x), "company": expand_acronym(ctx, company),
                                            "percent": p.value, "qualifier": p.qualifier}, p.start, p.end, sm.index,
                                 rule=f"stakes:{cue_name(cue) if cue else 'bought-percent-of'}/both-parties+{how.split('+')[-1]}"))
            continue
        rel = _relative_antecedent(ctx, sm, p.start) if company and how.startswith("relative-antecedent") else None
        if rel and rel[2] and len(rel[2]) > 1:
            # "Banca Nazionale del Lavoro and Monte del Paschi di Siena, both from Italy, who each have a 2.4% stake":
            # each name of the list holds the level
            for x in rel[2]:
                out.append(Draft("stakes", {"holder": expand_acronym(ctx, x), "company": expand_acronym(ctx, company),
                                            "percent": p.value, "qualifier": p.qualifier}, p.start, p.end, sm.index,
                                 rule=f"stakes:{cue_name(cue) if cue else 'bought-percent-of'}/each-of-list+"
                                      f"{how.split('+')[-1]}"))
            continue
        holder, company = expand_acronym(ctx, holder), expand_acronym(ctx, company)
        out.append(Draft("stakes", {"holder": holder, "company": company, "percent": p.value,
                                    "qualifier": p.qualifier}, p.start, p.end, sm.index,
                         rule=f"stakes:{cue_name(cue) if cue else 'bought-percent-of'}/{how}"))
    for d in out:
        if d.fields["company"] is None and d.fields["holder"]:
            # "Together with the 13.51 percent stake already owned by Midea, the Chinese firm would hold a total of 76.38
            # percent of Kuka": a stake told without its company shares the company of the holder's other stake here
            twin = next((o for o in out if o is not d and o.fields["company"]
                         and core_words(o.fields["holder"] or "") == core_words(d.fields["holder"])), None)
            if twin is not None:
                d.fields["company"] = twin.fields["company"]
                d.rule = (d.rule or "") + "+company-of-sentence-twin"
    return out


# the percentage's own relative clause negates holding it: " of Clearwire (wireless broadband) that it doesn't own"
# "buy the 90% of the car unit it does not already own": the relative pronoun may be left out before a pronoun
_NOT_HELD_AFTER = re.compile(r"(?:[^.;,]{0,80}?\b(?:that|which)\s+(?:it|they|he|she|we|[A-Z][\w&.-]*)|"
                             r"(?:(?!\b(?:but|and|although|though|while|yet|so|as|because)\b)[^.;,]){0,60}?\b(?:it|they|he|she|we))\s+"
                             r"(?:doesn['’]t|does\s+not|didn['’]t|did\s+not|don['’]t|do\s+not)\s+(?:yet\s+|already\s+)*"
                             r"(?:own|hold|control)\b")
# a stake in an asset told by a lower-case noun: "stake of two exploration licenses", "a 46.5 percent stake in the plant"
_ASSET_STAKE = re.compile(r"\s*(?:(?:equity|ownership|controlling|minority|majority|working)\s+)?(?:stake|interest|holding)"
                          r"\s+(?:in|of)\s+(?:(?:the|a|an|its|their|two|three|four|several|\d+)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                          r"(?:licen[cs]es?|plants?|projects?|fields?|mines?|blocks?|sites?|pipelines?|reactors?|wells?|"
                          r"buildings?|propert(?:y|ies)|estates?|factor(?:y|ies)|terminals?|concessions?|permits?)\b")
# the words between a percentage and the entity it is a share of: " stake in ", " controlling interest of ", " in "
_SHARE_OF = r"\s*(?:(?:equity|ownership|controlling|minority|majority)\s+)?(?:stake|interest|holding)?\s*(?:in|of)\s+"
# "a 20% stake in the joint venture" with no name after it
_UNNAMED_VENTURE = re.compile(r"(?:\s*,?\s*respectively,?)?" + _SHARE_OF + r"(?:the|this|that)\s+(?:[\w-]+\s+)?"
                              r"(?:joint\s+venture|venture|partnership|consortium|alliance)\b(?!\s*(?:[-–—,(]\s*)?(?:called\s+|named\s+)?[A-Z])")
# "a joint venture called X", "the venture, X,", "the new venture - Millennium Alcobev": the name a venture is given
_VENTURE_NAMED = re.compile(r"\b(?:joint\s+venture|venture|partnership|consortium|alliance)\s*(?:company\s*)?"
                            r"(?:[-–—,(]\s*)?(?:called\s+|named\s+|known\s+as\s+)?(?=[A-Z])")


def _named_venture(ctx: DocContext, sm: SentenceMentions) -> bool:
    """The article names a venture up to this sentence ("a joint venture called X"), so "the venture" may be it."""
    text = ctx.doc.text
    starts = {n.start for it in ctx.items[:sm.index + 1] for n in it.names}
    return any(m.end() in starts for m in _VENTURE_NAMED.finditer(text, 0, sm.sentence.start))


# "a stake in the new company", "in the newly formed joint venture": an entity being formed
_NEW_ENTITY = re.compile(_SHARE_OF + r"(?:the|a|this)\s+" + cues.NEW_ENTITY + r"\b", re.I)
# between a level and the one before it: " of the company, up from ", ", down from about "
_EARLIER_LEVEL = re.compile(r"(?:\s+(?:of|in)\s+[^,;.]{1,60})?,?\s+(?:up|down)\s+from\s+"
                            r"(?:(?:about|around|nearly|roughly|some|almost|just)\s+)?")


# a relative clause whose subject is "it"/"they", then a verb of taking or holding: "under which it will take a"
_PRONOUN_SUBJECT = re.compile(r"\b(?:which|whereby|that)\s+(?:it|they)\s+(?:(?:will|would|could|is|was|are|were|has|have|had|"
                              r"now|also|then|still|already|to)\s+)*(?:take|takes|took|taken|taking|buy|buys|bought|"
                              r"buying|acquire|acquires|acquired|acquiring|get|gets|got|receive|receives|received|own|owns|"
                              r"owned|hold|holds|held|retain|retains|retained|keep|keeps|kept)\s+[^.;,]{0,40}$")


# a passive whose percentage stands right after the participle: "will be owned 51 percent on listing by"
_OWNED_PERCENT_BY = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:(?:now|still|also|jointly|currently)\s+)?"
                               r"(?:owned|held|controlled)\s+(?:(?:about|around|nearly|roughly|some|almost|just\s+over)\s+)?$")
_BY_AFTER_PERCENT = re.compile(r"(?:\s+(?:on|at|after|upon|following)\s+[\w-]+)?\s+by\s+")
# the agent told by its relation, then an appositive naming it: "its French parent, the ... giant Axa SA"
_PARENT_APPOSITIVE = re.compile(r"(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:parent|owner|shareholder|partner)(?:\s+company)?,"
                                r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,6}?(?=[A-Z])")


# a headline in title case: every word capitalised but short function words and figures
_TITLE_WORD = r"(?:[A-Z][\w&.'’,:-]*|[a-z]{1,3}|[\d.,%$€£]+[\w.,:]*|[-–—:|])"
_TITLE_CASE = re.compile(rf"\W*{_TITLE_WORD}(?:\s+{_TITLE_WORD})*\W*")
# a pronoun's stake raised or cut to the level: "taking his stake to 42.3%", "lifting its holding in X to about"
_PRONOUN_STAKE_TO = re.compile(r"\b(his|her|its|their)\s+(?:[\w-]+\s+)?(stake|holding|shareholding|interest)\s+"
                               r"(?:in\s+[^,;]{1,40}?\s+)?to\s+(?:(?:about|around|nearly|roughly|some|almost|just\s+over|"
                               r"more\s+than)\s+)?$", re.I)


# a clause opened by a descriptor of an organisation: "The group owns", "The fund now holds"
_GROUP_SUBJECT = re.compile(rf"\W*(?-i:The)\s+(?:[a-z][\w-]*\s+){{0,2}}?{cues.DESCRIPTOR_HEAD}\s+(?:(?:now|also|still|already|"
                            r"has|had|have|will|would)\s+)*(?:owns?|holds?|controls?|has|had|held|owned|controlled)\b")


# "a 6% stake in itself for 20% of Fiat": a stake in the subject, given in exchange for another company's shares
_IN_ITSELF = re.compile(r"\s*(?:(?:equity\s+)?(?:stake|holding|interest)\s+)?in\s+itself\b(\s+(?:for|in\s+exchange\s+for|"
                        r"in\s+return\s+for)\s+(?:(?:a|an)\s+)?(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+"
                        r"(?:(?:stake|holding|interest)\s+)?)?(?:of|in)\s+)?")


# a described subject that says "it" will hold: "The Leuven-based brewery said it would own", "The company says it has"
_DESCRIBED_SAYS_IT = re.compile(r"\W*(?-i:The)\s+(?:(?:[a-z][\w-]*|[A-Z][\w.]*-based)\s+){0,3}[a-z]+\s+"
                                r"(?:said|says|added|announced|confirmed|expects|expected)\s+(?:that\s+)?(it|they)\s+"
                                r"(?:(?:would|will|now|also|still|already|then|could)\s+)*(?:own|owns|hold|holds|control|"
                                r"controls|have|has|had|owned|held|controlled|take|get)\b")


# "both parties having a 40% stake", "the two partners each own": each of a pair told before holds the level
_BOTH_EACH = re.compile(r"\b(?:both\s+(?:parties|partners|companies|firms|groups|sides|shareholders)|the\s+two\s+(?:parties|"
                        r"partners|companies|firms|groups|sides|shareholders)\s+each)\s+(?:(?:will|would|now|each|still)\s+)*"
                        r"(?:having|have|has|had|holding|hold|held|owning|own|owned|with)\s+(?:an?\s+)?$", re.I)


def _both_parties(ctx: DocContext, sm: SentenceMentions, ps: int) -> list[str] | None:
    """The last two organisations joined by "and" in this sentence (before the level) or the two before it."""
    text = ctx.doc.text
    for k in range(sm.index, max(-1, sm.index - 3), -1):
        item = ctx.items[k]
        names = [n for n in item.names if (k < sm.index or n.end <= ps) and DocContext._org(n, item)
                 and not n.possessive and not ctx.is_person(ctx.full(n.text) or n.text)]
        for a, b in reversed(list(zip(names, names[1:]))):
            if re.fullmatch(r"\s+(?:and|&)\s+", text[a.end:b.start]) and not _same_party(ctx, a.text, b.text):
                return [ctx.full(a.text) or a.text, ctx.full(b.text) or b.text]
    return None


# a stake told with "a" after a verb of selling is the size of the sale, not a level anyone holds ("after owner Fiat
# Chrysler sells a 9% stake"; "divesting 10% stake in NMDC"); "sold its 4.5% stake" is the holding, told elsewhere.
# The list the article opens runs on: "sell a 10% stake of Coal India, 5% in ONGC and 11.36% in NHPC"
_SALE_SIZE = re.compile(r"\b(?:(?:sell|sells|selling|sold|offload|offloads|offloading|offloaded)\s+(?:a|an)\s+|"
                        r"divest(?:s|ing|ed)?\s+(?:(?:a|an)\s+)?)(?:(?:further|additional|partial|minority)\s+)?"
                        r"(?:(?:about|around|nearly|roughly|up\s+to)\s+)?(?:[^.;()]{0,100}?(?:,|,?\s+and)\s+)?$", re.I)
_BALLOT = re.compile(r"\b(?:elections?|polls?|opinion\s+polls?|votes?|voters|ballots?|suffrage|surveys?|referendum)\b", re.I)
_HELD_WHERE = re.compile(r"[^.;]{0,60}?\b(?:are|is|was|were|be|being)\s+(?:now\s+)?(?:held|owned)\s+(?:abroad|overseas|"
                         r"offshore|locally|in\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))")
_COMPARED_AFTER = re.compile(r"\s+(?:less|more|cheaper|dearer|higher|lower|fewer|smaller|bigger|larger|faster|slower)\b",
                             re.I)
_OF_PEOPLE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w&.’'\- ]{0,60}?['’]s?\s+)?(?:[\w-]+\s+)?(?:shareholders|"
                        r"investors|members|voters|respondents|unitholders|bondholders|creditors|employees|customers|"
                        r"users|subscribers|policyholders)\b(?!\s+(?:of|in)\b)")
# "The sale of the 33% stake to Spain's Ferrovial": a definite stake sold, told before
_SALE_OF_THE = re.compile(r"\b(?:sale|sell-off|disposal|transfer)\s+of\s+the\s+$", re.I)
_STAKE_TO_BUYER = re.compile(r"\s*(?:stake|holding|shareholding|interest)\s+(?:to|for)\b", re.I)
# the stake the sentence before gave its holder: "offloading its stake in ... Tube Lines", "sell Jarvis's stake in"
_OWN_STAKE_IN = re.compile(r"\b(its|their|[A-Z][\w&.-]*['’]s?)\s+(?:[\w-]+\s+)?(?:stake|holding|shareholding)\s+in\s+")


# "The cash shell also saw ... cut his stake": a sentence whose described subject sees a holder's stake change
_DESCRIBED_SAW = re.compile(r"\W*(?-i:The)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z]+\s+(?:(?:also|has|had|then|later)\s+)*"
                            r"(?:saw|sees|has\s+seen|had\s+seen)\s")


# a person told by a pronoun or by age, then a verb of holding right before the level
_HE_HOLDS = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:(?:now|still|also|currently|already|will|would|then|has|had)\s+)*(?:owns?|holds?|"
                       r"retains?|controls?|keeps?|has|have|had|held|owned|retained|controlled|kept|"
                       # "Last October, he acquired a ten percent stake in Netflix"
                       r"acquired|bought|took|taken|purchased|built\s+up)\s+(?:(?:a|an|about|"
                       r"around|nearly|almost|roughly|some|over|more\s+than|just|only|its|the)\s+)*$")
_AGED_SUBJECT = re.compile(r"\W*The\s+\d{2}-year-old\b[^.;]{0,160}?\b(?:owns?|holds?|retains?|controls?|has)\b")


# a reporting verb then "the stake" told without its holder: "said he does not expect the stake to go above 30%"
_SPEAKER_THEN_STAKE = re.compile(r"\b(?:said|says|told|added|noted|expects?|expected)\b[^.;]{0,60}\bthe\s+"
                                 r"(?:(?:stake|holding|shareholding)\s*)?$")


def _speaker(ctx: DocContext, sm: SentenceMentions, name: str, verb_at: int) -> bool:
    """A person (told by full name somewhere in the article) who speaks about "the stake"; a company speaking of "the
    stake" may well hold it."""
    n = next((n for n in sm.names if n.end <= verb_at and (ctx.full(n.text) or n.text) == name), None)
    person = n is not None and any(_PERSON_SHAPE.fullmatch(m.text) and (m.text == n.text or m.text.endswith(" " + n.text))
                                   and not COMPANY_HEADS & set(m.text.lower().split())
                                   for it in ctx.items for m in it.names)
    return person and re.match(r"\s+(?:(?:has|had|also|later)\s+)?(?:said|says|told|added|noted|expects?|expected)\b",
                                      ctx.doc.text[n.end:n.end + 30]) is not None


# money received "from" payers "in exchange for" the percentage
_FUNDS_FROM_FOR_STAKE = re.compile(r"\b(?:get|gets|got|getting|receive[sd]?|receiving|raise[sd]?|raising|secure[sd]?|"
                                   r"securing|obtain(?:s|ed|ing)?)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\bfrom\s+"
                                   r"((?:[^.;]|(?<=[A-Z])\.){1,160}?)\s+in\s+(?:exchange|return)\s+for\s+"
                                   r"(?:(?:a|an|about|around|nearly|up\s+to|upto)\s+)*$", re.I)


_PERSON_SHAPE = re.compile(r"[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*){1,2}")


# a level as the subject of what a rule demands: "a 30% stake requires a mandatory offer", "an 8% holding triggers"
_THRESHOLD = re.compile(r"\s+(?:(?:stake|holding|shareholding|interest)\s+)?(?:(?:would|will|automatically)\s+)?"
                        r"(?:requires?|triggers?|obliges?|forces?|compels?|necessitates?)\b", re.I)
# a gerund phrase as the sentence's subject, then a modal: "Taking its stake to 100% would eat up ..."
# a relative clause whose verb of holding stands right before the level: ", which owns a", ", who each have a"; an
# aside may stand between the antecedent and the pronoun (", both from Italy, who")
_RELATIVE_HOLDS = re.compile(r"(,\s+(?:(?:both|all|each)\s+)?(?:from|of|in|based\s+in)\s+[A-Z][\w-]*)?,\s+(?:which|who)\s+"
                             r"(?:(?:now|also|still|already|together|jointly|each|currently|collectively)\s+)*"
                             r"(?:owns?|holds?|has|have|had|controls?|held|owned|controlled)\s+"
                             r"(?:(?:an?|about|around|nearly|roughly|some|almost|over|more\s+than|at\s+least|just)\s+)*$")
_ROLE_OF = re.compile(r"\b(?:CEO|chief\s+executive|chairman|chairwoman|founder|co-founder|head|boss|president|director|"
                      r"executive|officer|partner|member|employee|analyst|spokes(?:man|woman|person))s?\s+(?:of|at)\s+"
                      r"(?:the\s+)?$", re.I)
# the words that join the parts of one name or the names of a list: " di ", " and ", ", "
_NAME_JOIN = re.compile(r"\s+(?:di|de|del|della|da|do|dos|du|von|van|der|la|le)\s+")
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|&)\s+")
# "United Bank has some foreign investors, including": the subject whose investors the list names is the company
_INVESTORS_INCLUDING = re.compile(r"\s+(?:has|had|have|counts)\s+(?:[\w-]+\s+){0,3}?(?:investors|shareholders|backers|"
                                  r"owners),?\s+(?:including|such\s+as|among\s+them)\b")


def _relative_antecedent(ctx: DocContext, sm: SentenceMentions,
                         ps: int) -> tuple[str, str | None, list[str] | None] | None:
    """The first name of the list a relative clause of holding refers to, the company whose investors the list is
    told as ("X has investors, including A and B, who each have a 2.4% stake"), if any, and the list's names when the
    clause says "each" holds the level."""
    text = ctx.doc.text
    s = sm.sentence.start
    m = _RELATIVE_HOLDS.search(text, s, ps)
    if m is None:
        return None
    names = [n for n in sm.names if n.end <= m.start()]
    last = next((n for n in reversed(names) if n.end == m.start()), None)
    if last is None or last.possessive or is_place(last.text):
        return None
    first = last
    spans = [[last.start, last.end]]  # each name of the list; a name cut in two ("Monte del Paschi di Siena") is one
    for n in reversed(names[:names.index(last)]):
        gap = text[n.end:first.start]
        if _NAME_JOIN.fullmatch(gap):
            spans[0][0] = n.start
        elif _LIST_JOIN.fullmatch(gap) and not n.possessive:
            spans.insert(0, [n.start, n.end])
        else:
            break
        first = n
    if is_place(first.text) or first.is_authority or (_ROLE_OF.search(text, max(s, first.start - 40), first.start)
                                                      and not re.match(r",?\s*which\b", text[m.start():m.start() + 9])):
        # "Jack Ma, former CEO of Alibaba, who holds 50.5 percent": the name only qualifies a person's role ("which"
        # after the role's company refers to the company: "managing director of Mayne Nickless, which has a 25 percent")
        return None
    company = None
    inc = _INVESTORS_INCLUDING.search(text, s, first.start)
    if inc:
        owner = next((n for n in sm.names if n.end == inc.start() and not n.possessive), None)
        company = ctx.full(owner.text) if owner is not None and DocContext._org(owner, sm) else None
    each = [ctx.full(text[a:b]) or text[a:b] for a, b in spans] if re.search(r"\beach\b", m.group()) else None
    return ctx.full(first.text) or first.text, company, each


# a name told as the object of "with" ("in talks with Rover"), and the infinitive of taking after it and its list
_WITH_OBJECT = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?$")
_TO_VERB = re.compile(r"(?:\s*(?:,|and|&)\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})*\s+to\s+(?:(?:jointly|also)\s+)?"
                      r"(?:take|buy|acquire|purchase|hold|own|get)\s")
# a rule's level set or moved: the percent is what a threshold, quota or cap on ownership is raised to or from
_RULE_LEVEL = re.compile(r"\b(?:thresholds?|quotas?|limits?|caps?|ceilings?|floors?|requirements?)\s+(?:for|on|of)\b"
                         r"[^.;]{0,90}?\b(?:to|from|at)\s+(?:about\s+|around\s+|some\s+)?$", re.I)
# "the maximum stake holding allowed to 49% from 40%", "the foreign ownership cap to 74%": a cap's level set or moved
_CAP_LEVEL = re.compile(r"\b(?:(?:maximum|minimum)\s+(?:[\w-]+\s+)?(?:stake|holding|shareholding|ownership|equity|investment)|"
                        r"(?:stake|holding|shareholding|ownership|equity|investment)\s+(?:limit|cap|ceiling)s?)\b"
                        r"[^.;]{0,60}?\b(?:to|from|at|of)\s+(?:about\s+|around\s+|some\s+)?$", re.I)
# a rate told at its level: "has left interest rates on hold at 4.75%", "Bank holds interest rate at 4.75%"
_RATE_AT = re.compile(r"\brates?\b(?:(?!\b(?:stakes?|holdings?|shareholdings?|owns?|owned|shares)\b)[^.;%]){0,45}?"
                      r"\b(?:at|to|from|of)\s+(?:(?:about|around|nearly|roughly|some|just|a\s+record)\s+)?$", re.I)
# a level of a named company, then a bracket opened right after the name
_RESTATED = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+(?:(?:stake|holding|interest)\s+)?(?:of|in)\s+[A-Z][^()%;]{0,60}\(\s*$")
# a line to cross, not a level held: "before they increase their stake beyond 49%"
_BEYOND = re.compile(r"\b(?:beyond|in\s+excess\s+of)\s+(?:about\s+)?$", re.I)
# a class of holders told by a threshold: "holders of 5% or more of the firm's shares"
_HOLDERS_OF = re.compile(r"\b(?:holders|owners|shareholders|investors)\s+of\s+"
                         r"(?:(?:more\s+than|at\s+least|over|above|under|less\s+than)\s+)?$", re.I)
_OR_MORE = re.compile(r"\s+or\s+(?:more|above|over|greater|higher|less|below|fewer|under)\b", re.I)
_GERUND_OPENING = re.compile(r"\W*(?:Taking|Raising|Lifting|Increasing|Boosting|Building|Buying|Acquiring|Bringing|"
                             r"Selling|Cutting|Reducing)\b[^,;.]{0,60}$")
_MODAL_AFTER = re.compile(r"[^,;.]{0,30}?\b(?:would|could|might|will)\b")


# "Norcastle Partners, Zephra's largest investor, owns 31 percent": the name before the appositive holds, the
# appositive's possessor is the company; "Brenlow's largest shareholder, venture firm Ashcombe, will own 24 percent"
_ROLE = r"(?:investor|shareholder|stakeholder|backer|owner)s?"
_HOLDER_THEN_ROLE = re.compile(rf"([A-Z][^,;]{{0,60}}),\s+([A-Z][^,;]{{0,40}}?)['’]s\s+(?:[\w-]+\s+){{0,2}}{_ROLE},\s+"
                               r"(?:[a-z][\w-]*\s+){0,6}$")
_ROLE_THEN_HOLDER = re.compile(rf"([A-Z][^,;]{{0,40}}?)['’]s\s+(?:[\w-]+\s+){{0,2}}{_ROLE},\s+(?:[a-z][\w-]*\s+){{0,3}}"
                               r"([A-Z][^,;]{0,60}),\s+(?:[a-z][\w-]*\s+){0,6}$")


def _appositive_shareholder(ctx: DocContext, sm: SentenceMentions, ps: int) -> tuple[str, str] | None:
    head = ctx.doc.text[sm.sentence.start:ps]
    names = {n.text for n in sm.names}
    for rx, h, c in ((_HOLDER_THEN_ROLE, 1, 2), (_ROLE_THEN_HOLDER, 2, 1)):
        m = rx.search(head)
        if m is None:
            continue
        holder = next((n for n in names if m.group(h).endswith(n)), None)
        company = next((n for n in names if m.group(c).strip() == n or m.group(c).endswith(" " + n)), None)
        if holder and company and core_words(holder) != core_words(company) and not is_place(holder):
            return ctx.full(holder), ctx.full(company)
    return None


# "BlackRock is Commerzbank's third biggest shareholder, with 5.73%", "The German government, Commerzbank's
# second-biggest shareholder with about 12.72% of shares": the subject or head holds, the possessor is the company
_Q_WORDS = r"(?:(?:an?|about|around|nearly|roughly|some|almost|over|more\s+than|just\s+(?:over|under))\s+)*"
_STATE = r"(?:[Tt]he\s+)?((?:U\.S\.|US|UK|[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+(?:government|state))"
_ROLE_WITH = re.compile(rf"(?:{_STATE}|([A-Z][^,;]{{0,60}}?))(?:,\s+|\s+(?:is|was|remains|remained|became|has\s+been)\s+"
                        rf"(?:(?:now|also|still)\s+)?)([A-Z][^,;]{{0,40}}?)['’]s\s+(?:[\w-]+\s+){{0,2}}{_ROLE},?\s+"
                        rf"(?:with|holding|owning|which\s+(?:has|holds|owns))\s+{_Q_WORDS}$")
# "Aguas de Barcelona is its second biggest shareholder with 25.01%": the subject holds, "its" is the company
_ROLE_WITH_ITS = re.compile(rf"([A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){{0,5}}?)\s+(?:is|was|remains|remained|became|has\s+been)\s+"
                            rf"(?:(?:now|also|still)\s+)?(?:its|their)\s+(?:[\w-]+\s+){{0,2}}{_ROLE},?\s+"
                            rf"(?:with|holding|owning)\s+{_Q_WORDS}$")
# the verb whose subject a state is: "the US government is taking a", "the Portuguese state, which has"
_STATE_HOLDS = re.compile(_STATE + r"(?:,\s+which|\s+(?:(?:is|was|will|would|has|have|had|already|now|still|also|be|been)\s+)*)"
                          r"\s*(?:(?:now|still|also|already)\s+)?(?:taking|takes|took|take|holds?|held|owns?|owned|controls?|"
                          r"controlled|acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|gets?|got|receiv(?:e|es|ed|ing)|has|had|"
                          rf"have)\s+{_Q_WORDS}(?:(?:its|a)\s+)?$")


# "so the $8.9 billion investment is equivalent to a", "the deal represents a"
_INVESTMENT_EQUALS = re.compile(r"\b(?:investment|purchase|payment|injection|deal)\s+(?:is|was|would\s+be|will\s+be)\s+"
                                r"(?:equivalent|equal)\s+to\s+(?:an?\s+|about\s+|around\s+|roughly\s+|nearly\s+)*$|"
                                r"\b(?:investment|purchase|payment|injection|deal)\s+(?:represents|amounts\s+to|equates\s+to|"
                                r"translates\s+(?:in)?to)\s+(?:an?\s+|about\s+|around\s+|roughly\s+|nearly\s+)*$", re.I)


def _named_state(ctx: DocContext, sm: SentenceMentions) -> str | None:
    """The last state the article named by its place or nationality up to this sentence ("the US government")."""
    for m in reversed(list(re.finditer(_STATE, ctx.doc.text[:sm.sentence.end]))):
        if _state_word(m.group(1)):
            return _state_name(m.group(1))
    return None


def _state_word(phrase: str) -> bool:
    """"US government", "Portuguese state", "South Korean government": a word before the head is a place or a
    nationality, not a name ("Trump government")."""
    words = phrase.split()[:-1]
    if len(words) == 2 and words[0] in ("North", "South", "East", "West"):
        words = [" ".join(words), words[1]]
    return any(is_place(w) or re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|ch|i)", w) is not None for w in words[:2])


def _state_name(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase)


def _role_with_percent(ctx: DocContext, sm: SentenceMentions, ps: int) -> tuple[str, str] | None:
    head = ctx.doc.text[sm.sentence.start:ps]
    m = _ROLE_WITH.search(head)
    if m is None:
        return None
    names = [n for n in sm.names if not is_place(n.text)]
    company = next((n.text for n in names if n.possessive and (m.group(3).strip() == n.text
                                                                 or m.group(3).endswith(" " + n.text))), None)
    if m.group(1) and _state_word(m.group(1)):
        holder = _state_name(m.group(1))
    else:
        holder = next((n.text for n in names if not n.possessive and m.group(2)
                       and (m.group(2).strip() == n.text or m.group(2).endswith(" " + n.text))), None)
        holder = ctx.full(holder) if holder else None
    if holder and company and core_words(holder) != core_words(company):
        return holder, ctx.full(company)
    return None


# the gap between two percentages where the second's verb has no subject of its own: "... and will control"
_SHARED_SUBJECT = re.compile(r"(?:[^.;,]|(?<=\d)\.(?=\d)){0,80}?\band\s+(?:(?:will|would|also|now|still|can|could|"
                             r"may|to|later|then)\s+)*(?:(?:own|owns|hold|holds|control|controls|keep|keeps|retain|retains|have|has)"
                             r"\s+(?:(?:about|around|nearly|roughly|some|over|more than|less than|up to|at least|"
                             r"an?)\s+)*|"
                             # "invested $210 million in Zomato for 14.7 per cent stake and later raised the stake to 23"
                             r"(?:raised|increased|lifted|boosted|cut|reduced|trimmed|lowered)\s+(?:the|its|their)\s+"
                             r"(?:stake|holding|shareholding)\s+to\s+(?:(?:about|around|nearly|roughly)\s+)?)$", re.I)


def _chains(text: str, sm: SentenceMentions) -> list[list]:
    """Percentages told together share what follows them: "own 12% and 8% of Sunfield", "to 12% from 8%"."""
    groups: list[list] = []
    for p in sm.percents:
        if groups and (_PARALLEL.match(text[groups[-1][-1].end:p.start])
                       or _PARALLEL_CLASS.match(text[groups[-1][-1].end:p.start])):
            groups[-1].append(p)
        else:
            groups.append([p])
    return [g for g in groups for _ in g]


# "the battery maker", "the company": a descriptor that refers back to an organisation just named
_DESCRIPTOR_REF = re.compile(rf"(?:the|this|that)\s+(?:[\w\-]+\s+){{0,3}}?{cues.DESCRIPTOR_HEAD}\b", re.I)
_PARALLEL = re.compile(r"^\s*(?:,|and|,\s*and|or|to|from|,\s*respectively,?)\s*$", re.I)
# "97.3% of the voting shares and 98.8% of the non-voting shares of Sun Interbrew": two classes of one company's shares
_PARALLEL_CLASS = re.compile(r"^\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:shares|stock)\s*,?\s+and\s+$", re.I)


def _holder_company(ctx: DocContext, sm: SentenceMentions, ps: int, pe: int, cue,
                    respective: tuple[int, int] | None = None,
                    earlier_company: str | None = None) -> tuple[str | None, str | None, str]:
    """`pe` is the end of the last percentage told together with this one; `respective` is (position, count) when
    the sentence pairs holders and percentages "respectively"; `earlier_company` is the company of the sentence's
    previous stake. The third value names the role patterns that found the holder and the company."""
    text = ctx.doc.text
    s, e = sm.sentence.start, sm.sentence.end
    holder = company = None
    descriptor_company = False
    how = {"holder": "", "company": ""}  # the role patterns that found each, for the record's rule
    # "any sale of Future Coupons, in which it owns a 49% stake": the relative pronoun stands for the company, the
    # clause's subject is the holder
    # "BSkyB, in which Rupert Murdoch's News Corp has a 40 percent stake": the holder may be told with its possessor
    inwhich = re.search(r",\s+in\s+which\s+(\w+|(?:(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+"
                        r"(?:(?:now|also|still|already)\s+)?(?:owns?|holds?|has|had|held|controls?|retains?|retained|"
                        r"keeps?|kept)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?$", text[max(s, ps - 100):ps])
    if inwhich:
        at = max(s, ps - 100) + inwhich.start()
        n = next((n for n in reversed(sm.names) if n.end <= at and at - n.end <= 1), None)
        if n is not None and is_place(n.text):
            return None, None, ""  # "... Japan, in which Softbank retained a 65 percent stake": a place is no company
        if n is not None:
            who = inwhich.group(1)
            if who.lower() in ("it", "they"):
                h = ctx.pronoun_antecedent(sm.index, at)
            else:
                h = next((ctx.full(x.text) for x in reversed(sm.names) if not x.possessive
                          and x.end == max(s, ps - 100) + inwhich.end(1)), None)
            if h and core_words(h) != core_words(n.text):
                return h, ctx.full(n.text), "in-which"
    if sm.index and _SALE_OF_THE.search(text, max(s, ps - 40), ps) and _STAKE_TO_BUYER.match(text, pe):
        # "Jarvis ... is offloading its stake in London underground consortium Tube Lines. The sale of the 33% stake to
        # Spain's Ferrovial": the stake sold is the one the sentence before told, its holder the seller, not the buyer
        prev = ctx.items[sm.index - 1]
        for m in _OWN_STAKE_IN.finditer(text, prev.sentence.start, prev.sentence.end):
            # past lower-case descriptors and a place that qualifies them ("London underground consortium")
            named = next((n for n in prev.names if m.end() <= n.start <= m.end() + 60 and DocContext._org(n, prev)
                          and not n.possessive and re.fullmatch(r"(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+)*",
                                                                 text[m.end():n.start])), None)
            company = ctx.full(named.text) if named is not None else None
            if m.group(1).lower() in ("its", "their"):
                holder = ctx.pronoun_antecedent(prev.index, m.start())
            else:
                holder = next((ctx.full(n.text) for n in prev.names if n.possessive and n.start == m.start()), None)
            if holder and company and not _same_party(ctx, holder, company) and not is_place(company):
                return holder, company, "sale-of-the-stake+stake-before"
        return None, None, ""
    itself = _IN_ITSELF.match(text, pe)
    if itself:
        # "GM swapped a 6% stake in itself for 20% of Fiat": the subject is the company; the one whose shares it got in
        # exchange holds; with no such exchange, nobody the sentence names
        subj = subjects(ctx, sm, ps)
        named = next((n for n in sm.names if itself.group(1) is not None and n.start == itself.end()
                      and not n.possessive and DocContext._org(n, sm)), None)
        if subj and named is not None and not _same_party(ctx, named.text, subj[0]):
            return ctx.full(named.text), subj[0], "exchanged-for+subject-itself"
        return None, None, ""
    owned_adj = re.match(r"\s*-?\s*([A-Z][\w&.']*(?:\s+[A-Z][\w&.']*){0,3})-(?:owned|controlled|held)\s+"
                         r"((?:[a-z][\w-]*\s+){1,3}?)(?:[-–—,]\s+)?(?=[A-Z])", text[pe:pe + 120])
    if owned_adj and cues.DESCRIPTOR_ONLY.search("the " + owned_adj.group(2).strip()):
        # "a 50% Disney-owned subsidiary company - Lifetime": the name before "-owned" holds, the name the descriptor
        # goes on to give is the company
        hw = core_words(owned_adj.group(1))  # the name glued to "-owned" is told elsewhere in the article
        hn = next((k for k in ctx.known_names if core_words(k) == hw), None) if hw else None
        cn = next((n for n in sm.names if n.start == pe + owned_adj.end() and not n.possessive), None)
        if hn is not None and cn is not None and DocContext._org(cn, sm) and not ctx.is_person(cn.text) \
                and not is_place(hn) and core_words(cn.text) != hw:
            return ctx.full(hn), ctx.full(cn.text), "owned-adjective+descriptor-name"
    via = re.search(r"\s+(?:via|through|with)\s+(?:an?\s+|its\s+)?(?:(?:about|around|nearly|roughly|some)\s+)?$",
                    text[max(s, ps - 40):ps])
    if via:
        # "Alibaba appears to control Cainiao via 48 percent stake": the verb's object is the company, its subject holds
        at = max(s, ps - 40) + via.start()
        obj = next((n for n in reversed(sm.names) if n.end <= at and not text[n.end:at].strip()), None)
        if obj is not None and cues.CONTROLS_VIA.search(text[max(s, obj.start - 20):obj.start]):
            verb = cues.CONTROLS_VIA.search(text[max(s, obj.start - 20):obj.start])
            subj = subjects(ctx, sm, max(s, obj.start - 20) + verb.start())
            if subj and core_words(subj[0]) != core_words(obj.text):
                return subj[0], ctx.full(obj.text), "verb-subject+verb-object"
    appos = _appositive_shareholder(ctx, sm, ps)
    if appos:
        return *appos, "appositive-shareholder"
    role = _role_with_percent(ctx, sm, ps)
    if role:
        return *role, "possessive-shareholder"
    its_role = _ROLE_WITH_ITS.search(text, s, ps)
    named = next((n for n in sm.names if its_role and n.end == its_role.end(1) and not n.possessive
                  and DocContext._org(n, sm)), None)
    if named is not None:
        # "Suez owns 40% of Aguas Argentinas, while Spain's Aguas de Barcelona is its second biggest shareholder with
        # 25.01%": the subject holds; "its" is the company the sentence's stake before was in, else the one told before
        h = ctx.full(named.text)
        c = earlier_company if earlier_company and not _same_party(ctx, earlier_company, h) else \
            ctx.pronoun_antecedent(sm.index, its_role.start(1))
        if c and not _same_party(ctx, c, h):
            return h, c, "subject-its-shareholder"
    equals = _INVESTMENT_EQUALS.search(text[s:ps])
    if equals and holder is None:
        # "The government paid $20.47 per share, so the $8.9 billion investment is equivalent to a 9.9 percent stake":
        # the payer of the first clause holds; "the government" is the state the article named before
        opening = re.match(r"\W*(?:The|the)\s+government\b", text[s:s + equals.start()])
        first = next((n for n in sm.names if n.start < s + equals.start()), None)
        if opening:
            holder, how["holder"] = _named_state(ctx, sm) or "government", "investment-equals-state"
        elif first is not None and not first.possessive and DocContext._org(first, sm) \
                and re.fullmatch(r"\W*", text[s:first.start]):
            holder, how["holder"] = ctx.full(first.text), "investment-equals-subject"
    state = _STATE_HOLDS.search(text[s:ps])
    if state and _state_word(state.group(1)):
        # "the US government is taking a 10 percent stake in Intel", "the Portuguese state, which has 11.46%": a state
        # told by its place or nationality holds; a speaker ("Trump says the US government ...") does not
        holder = _state_name(state.group(1))
        how["holder"] = "state"
    # ("Bob Dalziel, managing director of Mayne Nickless, which has a 25 percent stake": the relative clause's company
    # holds, not the person the sentence is about)
    antecedent = _relative_antecedent(ctx, sm, ps) if holder is None or ctx.is_person(holder) else None
    if antecedent:
        # "Reports say Standard Life, which owns a 1% stake in Deutsche Boerse": the relative clause's antecedent
        # holds, not the main clause's subject
        holder, company_of_list, _ = antecedent
        how["holder"] = "relative-antecedent"
        if company_of_list:
            company, how["company"] = company_of_list, "investors-including"
    held = re.search(r"\b(?:held|owned|controlled|retained|kept)\s+by\s+", text[pe:e])
    passive = _OWNED_PERCENT_BY.search(text, s, ps)
    by = _BY_AFTER_PERCENT.match(text, pe) if passive else None
    if by:
        # "National Mutual will be owned 51 percent on listing by its French parent, the insurance and financial
        # services giant Axa SA": the passive's agent holds, its subject is the company
        app = _PARENT_APPOSITIVE.match(text, by.end())
        named = next((n for n in sm.names if app and n.start == app.end() and not n.possessive), None)
        holder = ctx.full(named.text) if named is not None else name_after(ctx, sm, by.end() - 3, "by", within=5)
        subj = [x for x in subjects(ctx, sm, passive.start()) if not holder or core_words(x) != core_words(holder)]
        if holder and subj and not is_place(holder):
            return holder, subj[0], "owned-percent-by+passive-subject"
        holder = None
    if held:
        holder = name_after(ctx, sm, pe + held.start(), "by", within=60)
        hn = next((n for n in sm.names if holder and n.start > pe + held.start()
                   and core_words(ctx.full(n.text) or n.text) == core_words(holder)), None)
        held_in = re.match(r"\s+in\s+", text[hn.end:hn.end + 5]) if hn is not None else None
        if holder and held_in:
            # "to acquire 50% shares held by IMG Singapore Pte. Ltd in IMG-Reliance Ltd": the company follows "in"
            company = name_after(ctx, sm, hn.end, "in", within=5)
            if company:
                return holder, company, "held-by+held-by-in"
        if holder:
            # "Kestrel Paper, 20% owned by Maxwell Industries": the company is the name the phrase describes
            subj = [x for x in subjects(ctx, sm, ps) if core_words(x) != core_words(holder)]
            company = subj[0] if subj else None
            how.update(holder="held-by", company="held-by-subject")
    share_of = cues.SHAREHOLDER_OF.search(text, s, ps)
    relatives = [m.span() for m in _RELATIVE_ASIDE.finditer(text, s, ps)]
    if share_of and any(a <= share_of.start() < b for a, b in relatives) and _OWN_PREP.match(text, pe):
        # "Kretinsky, who is already the biggest shareholder in Royal Mail, has built up a 3.05 per cent stake in the
        # supermarket giant": the aside tells another holding; the stake's own preposition names its company
        share_of = None
    if share_of and company is None:
        # "Norland, the largest shareholder in Ecker Mining with a 14.5% stake"
        company = name_after(ctx, sm, share_of.start(), r"in|of", within=share_of.end() - share_of.start())
        how["company"] = "shareholder-of"
    # "Softbank's Alibaba stake", "Yahoo's 15 percent stake in Alibaba"; "cut A's holding to 8 percent, while B's
    # stake will rise to 11 percent from 5 percent": the stake word of the percentage's own clause
    sw = _clause_stake_word(text, s, e, ps)  # the stake word's offset in the sentence, or None
    collective = (_COLLECTIVE_HOLDER.search(text, s, s + sw) if sw is not None else None) or \
        _COLLECTIVE_SUBJECT.search(text, s, ps)
    if collective:
        # "the promoter group's stake in the company", "promoter shareholding in X": a class of holders
        holder = _collective_name(collective)
        how["holder"] = "collective"
    poss = possessor_before(ctx, sm, ps, within=30)
    own_pronoun = _PRONOUN_STAKE_TO.search(text, max(s, ps - 60), ps)
    if own_pronoun and not any(own_pronoun.start() <= n.start < ps for n in sm.names):
        # "agreed to buy BSkyB's 4.76% holding in the club - taking his stake to 42.3%": the stake word nearest the
        # level is the pronoun's, not the possessor's told before it
        sw = own_pronoun.start(2) - s
        holder = (ctx.recent_person(sm.index, ps) if own_pronoun.group(1).lower() in ("his", "her")
                  else ctx.pronoun_antecedent(sm.index, own_pronoun.start()))
        how["holder"] = "pronoun-stake-to"
    elif sw is not None and poss is None:
        poss = possessor_before(ctx, sm, s + sw, within=40)
    owner_at = next((n for n in reversed(sm.names) if n.possessive and n.end <= ps), None)
    if poss and owner_at is not None and re.search(r",|\b(?:boasting|having)\b",
                                                   text[owner_at.end:ps]):
        # "funded QLabs' work, boasting a 16% stake in the company": the possessive owns another noun and the clause
        # goes on after it; the stake is not the possessor's
        poss = None
    if collective:
        poss = None
    if sw is not None and poss:
        # "Softbank's Alibaba stake": the name between the owner and the stake word is the company
        owner = next((n for n in sm.names if n.possessive and n.end <= s + sw), None)
        between = [n for n in sm.names if owner and n.start > owner.end and n.end <= s + sw
                   and not n.possessive]
        if between:
            company = ctx.full(between[-1].text)
            how["company"] = "between-possessor-and-stake"
    if poss and holder is None:
        holder = poss
        how["holder"] = "possessor"
    if holder is None and sw is not None:
        # "the shareholding of LIC had come down below 51 per cent": the name after "of" holds, not the speaker
        of = re.match(r"(?:stakes?|holdings?|shareholdings?)\s+of\s+", text[s + sw:ps])
        named = next((n for n in sm.names if of and n.start == s + sw + of.end()), None)
        if named is not None and DocContext._org(n := named, sm) and not n.possessive:
            holder = ctx.full(n.text)
            how["holder"] = "stake-of"
    if holder is None and (re.search(r"\b(?:her|his)\s+(?:[\w.%-]+\s+){0,4}$", text[max(s, ps - 40):ps])
                           or (sw is not None and re.search(r"\b(?:her|his)\s+(?:[\w-]+\s+){0,2}$", text[s:s + sw]))):
        # "The sale reduced her stake in Kinetra": the person the text named last
        holder = ctx.recent_person(sm.index, ps)
        how["holder"] = "his-her"
    if holder is None and (_HE_HOLDS.search(text, max(s, ps - 60), ps) or _AGED_SUBJECT.match(text, s, ps)):
        # "He now owns 19.7 per cent of the retailer", "he retains around 32 per cent of the shares", "The 48-year-old,
        # who set up the business, also owns a 20 per cent stake": the person the text named last
        holder = ctx.recent_person(sm.index, ps)
        how["holder"] = "he-she"
    cop = _COPULA_HOLDER.match(text, s, e) if holder is None else None
    if cop and cop.end() > pe:
        # "The buyer, who will control a 65 percent stake, is an investor group led by Silver Lake": the name the
        # copula gives for the described subject holds
        holder = next((ctx.full(n.text) for n in sm.names if cop.end() <= n.start <= cop.end() + 60
                       and DocContext._org(n, sm) and not n.possessive), None)
        how["holder"] = "copula"
    shares_in = (re.search(r"\b(?:held|holds?|owns?|owned)\s+(?:[\w,.]+\s+){0,5}?shares\s+in\s+", text[s:ps])
                 if re.match(r"\s+of\s+(?:its|their)\s", text[pe:pe + 10]) else None)
    if shares_in and company is None:
        # "Lemkins held 13,586,000 shares in the supply chain services provider, representing 3.1% of its issued share
        # capital": the verb's subject holds; "its" is the company the shares are in, not the holder
        subj = subjects(ctx, sm, s + shares_in.start())
        holder = subj[0] if subj else holder
        how["holder"] = "shares-in-subject"
        company = name_after(ctx, sm, s + shares_in.end() - 3, "in", within=4)
        if company is None or (holder and core_words(ctx.fuller(company)) == core_words(ctx.fuller(holder))):
            company, descriptor_company = None, True
        how["company"] = "shares-in"
    former = _IN_THE_FORMER.match(text, pe) if company is None else None
    if former:
        # "a partnership with Foxconn parent Hon Hai that will see the latter take eleven percent ownership in the
        # former": the first party the sentence named, past names that only qualify a descriptor
        company = next((ctx.full(n.text) for n in sm.names if n.end <= ps and DocContext._org(n, sm)
                        and not n.possessive and not is_modifier(ctx, sm, n)
                        and (holder is None or not _same_party(ctx, n.text, holder))), None)
        how["company"] = "the-former"
        if company is None:
            return None, None, ""
    if company is None and not shares_in:
        # "a 20 percent stake in Ascend Money", "15 percent of Alibaba" — not "a 4 percent stake as reported in ..."
        # ("Sime Darby Acquires 70 Per Cent Stake In TFP Engineering": a title-case headline capitalises prepositions)
        titled = len(sm.sentence.text) < 200 and _TITLE_CASE.fullmatch(sm.sentence.text) is not None
        prep = re.search(r"\b(?:in|of|into)\s+", text[pe:e], re.I if titled else 0)
        ref = _DESCRIPTOR_REF.match(text, pe + prep.end(), pe + prep.end() + 60) if prep else None
        if ref and _NAME_AFTER_DESCRIPTOR.match(text, ref.end()):
            ref = None  # "a five percent stake of the stylus maker Wacom": the descriptor goes before the name
        if prep and cues.STAKE_TO_PREP.match(text[pe:pe + prep.start()]) and not ref:
            company = name_after(ctx, sm, pe + prep.start(), r"[Ii]n|[Oo]f|[Ii]nto" if titled else r"in|of|into",
                                 within=10)
            how["company"] = "percent-in-of"
            named_at = next((n.start for n in sm.names if company and n.start > pe + prep.end()
                             and ctx.full(n.text) == company), None)
            if named_at is not None and re.search(r"\s(?:in|at|near|across|outside)\s+(?:the\s+)?$",
                                                  text[pe + prep.end() - 1:named_at]):
                company = None  # "a forty per cent stake of two exploration licenses in Lincolnshire": a place's
                # preposition, not the stake's, stands before the name
            poss_desc = _POSSESSOR_DESCRIPTOR.match(text, pe + prep.end()) if company is None else None
            if poss_desc:
                # "a sixteen percent stake in Apple's Siri partner Nuance Communications": the name the possessor's
                # partner, supplier or unit is called
                named = next((n for n in sm.names if n.start == poss_desc.end() and not n.possessive), None)
                if named is not None and not is_place(named.text):
                    company, how["company"] = ctx.full(named.text), "possessor-descriptor-name"
        if company and holder and core_words(company) == core_words(holder):
            company = None
    if company is None and sw is not None and sw < ps - s:
        # "increase its stake in Ascend to 30 percent"
        m = re.match(r"(?:stakes?|holdings?|shareholdings?)\s+in\s+", text[s + sw:ps])
        if m and _DESCRIPTOR_REF.match(text[s + sw + m.end():ps]):
            descriptor_company = True  # "taking its stake in the battery maker to 34%"
        elif m:
            company = name_after(ctx, sm, s + sw, "in", within=m.end())
            how["company"] = "stake-in"
    swap = _FUNDS_FROM_FOR_STAKE.search(text[s:ps])
    if swap and holder is None:
        # "Ather Energy will get upto ₹205 Cr from Hero Motocorp in exchange for 26%-30% stake": the one who pays holds,
        # the receiving subject is the company; several payers together hold no one's stake
        subj = subjects(ctx, sm, s + swap.start())
        payers = [n for n in sm.names if s + swap.start(1) <= n.start and n.end <= s + swap.end(1)
                  and not n.possessive and not is_place(n.text)]
        if subj:
            return (ctx.full(payers[0].text) if len(payers) == 1 else None), subj[0], \
                ("from-payer" if len(payers) == 1 else "several-payers") + "+receiver-subject"
    bought = cues.FOR_A_STAKE.search(text[s:ps])
    if bought and holder is None:
        # "Orbis will invest $4.5 billion in Northstar for a 7.7% stake": the payer holds, the payee is the company
        verb_at = s + bought.start(1)
        subj = subjects(ctx, sm, verb_at)
        if subj:
            holder = subj[0]
            how["holder"] = "for-a-stake-subject"
        if company is None:
            company = name_after(ctx, sm, verb_at, r"in|into", within=80)
            how["company"] = "invest-in"
    give = cues.GIVE_HOLDER.search(text[max(s, ps - 60):ps])
    if holder is None and give:
        # "would give it at most a 9.99 percent stake", "would give Samsung a 4 percent stake"
        obj = give.group(1)
        if obj.lower() in ("it", "them"):
            holder = ctx.pronoun_antecedent(sm.index, max(s, ps - 60) + give.start())
        else:
            holder = next((ctx.full(n.text) for n in sm.names if n.text.startswith(obj)
                           and max(s, ps - 60) + give.start(1) <= n.start < ps), None)
        how["holder"] = "give-object"
    if holder is None:
        if (re.search(r"\b(?:its|their)\s+(?:[\w.%-]+\s+){0,4}$", text[max(s, ps - 40):ps])
                or (sw is not None and re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", text[s:s + sw]))):
            holder = ctx.pronoun_antecedent(sm.index, ps)
            how["holder"] = "its-antecedent"
            opening = _DESCRIPTOR_SUBJECT.match(text, s, ps)
            if opening:
                # "The American buyout house formed a joint venture with British Land for Broadgate, with its 50 per
                # cent stake": "its" is the described subject's, the organisation told before, never the object
                meant = ctx.recent_subject(sm.index)
                later = {core_words(ctx.fuller(n.text)) for n in sm.names if n.start >= opening.end()}
                holder = meant if meant and core_words(ctx.fuller(meant)) not in later else None
                how["holder"] = "described-subject"
        else:
            verb_at = min(ps, s + sw) if sw is not None else ps
            # "Yantai State Asset Management Bureau ... owns 55% of Changyu": a public body may hold shares too, where
            # the clause has no other subject
            subj = subjects(ctx, sm, verb_at) or [x for x in subjects(ctx, sm, verb_at, authorities=True)
                                                  if not is_place(x)]
            pron = _PRONOUN_SUBJECT.search(text, s, verb_at)
            if subj and pron and not any(pron.end() <= n.start < verb_at for n in sm.names):
                # "a deal with the group headed by media mogul Leo Kirch under which it will take a stake of up to 49
                # percent in DF1": the verb's own subject is the pronoun, not a name of the clause before
                subj = [a] if (a := ctx.pronoun_antecedent(sm.index, pron.start())) else []
            named = next((n for n in sm.names if subj and n.end <= verb_at and (ctx.full(n.text) or n.text) == subj[0]),
                         None)
            with_at = _WITH_OBJECT.search(text, s, named.start) if named is not None else None
            if with_at and _TO_VERB.match(text, named.end, verb_at):
                # "Nanjing Auto is in negotiations with Rover and SAIC to take a 20% stake": the object of "with" is
                # no subject; the one before it, who is in talks, is to take the stake
                head = [x for x in subjects(ctx, sm, with_at.start()) if not is_place(x)]
                subj = head or subj
            subj = [x for x in subj if not company or core_words(x) != core_words(company)]
            if subj and _SPEAKER_THEN_STAKE.search(text[s:verb_at]) and _speaker(ctx, sm, subj[0], verb_at):
                # "Orcel said he does not expect the stake to go above 30%": the speaker is not the holder
                subj, how["holder"] = [], "speaker"
                holder = None
            if respective and len(subj) == respective[1]:
                subj = [subj[respective[0]]]  # "A and B own 12% and 8% of C, respectively"
            if how["holder"] != "speaker":
                described = None if subj else _DESCRIBED_SAYS_IT.match(text, s, ps)
                if described:
                    # "The Leuven-based brewery said it would own 97.3%": "it" is the described subject that speaks
                    holder = ctx.recent_subject(sm.index, upto=s + described.start(1))
                    how["holder"] = "described-speaker"
                else:
                    holder = subj[0] if subj else ctx.resolve(text[s:ps], sm.index)
                    how["holder"] = "subject" if subj else "resolved"
                if not subj and holder and company and _same_party(ctx, holder, company) and sm.index \
                        and _GROUP_SUBJECT.match(text, s, verb_at):
                    # "TCI had been drawing up a list of executives to replace Deutsche's chairman. The group owns
                    # more than 5% of Deutsche": "the group" that holds a stake in a company is not that company; it is
                    # the other organisation the sentence before opened with
                    prev = ctx.items[sm.index - 1]
                    holder = next((ctx.full(n.text) for n in prev.names
                                   if DocContext._org(n, prev) and not n.possessive
                                   and not _reporting_publication(text, n)
                                   and not ctx.is_person(ctx.full(n.text) or n.text)
                                   and not _same_party(ctx, n.text, company)), None)
                    how["holder"] = "group-not-company"
    if holder is None and company is not None:
        # "Norland Pension Fund, the largest shareholder in Ecker Mining with a 14.5% stake": the clause's first
        # organisation other than the company
        holder = next((ctx.full(n.text) for n in sm.names if n.end <= ps and DocContext._org(n, sm)
                       and not n.possessive and core_words(n.text) != core_words(company)), None)
        how["holder"] = "first-other-name"
    if (company is None or (holder and _same_party(ctx, company, holder))) and (descriptor_company or re.match(
            r"^\s*(?:[\w-]+\s+)?(?:stake|interest|holding)?\s*in\s+(?:the|this|that)\s(?!(?:form|way|event|case|wake|"
            r"shape|course|process)\b)", text[pe:pe + 40])
            or re.match(r"^\s*of\s+", text[pe:pe + 10]) and _DESCRIPTOR_REF.match(text[pe:pe + 70].split("of", 1)[1].strip())):
        # "giving it a 20% stake in the AI startup": the other organisation the sentence just named
        how["company"] = "descriptor-reference"
        company = next((ctx.full(n.text) for n in reversed(sm.names) if n.end <= ps and DocContext._org(n, sm)
                        # "Alipay, a unit of Chinese e-commerce giant Alibaba": the holder's parent, told aside
                        and not _PARENT_ASIDE.search(text[max(s, n.start - 60):n.start])
                        # "Kretinsky, who is already the biggest shareholder in Royal Mail through his firm Vesa
                        # Equity, has built up a stake in the supermarket giant": an aside about the holder
                        and not any(a <= n.start < b for a, b in relatives)
                        # "its 2 largest shareholders, Investindustrial and Kuwaiti fund Investment Dar, who sold off a
                        # quarter of the company": a name listed with the holder is another holder
                        and not _listed_with(ctx, sm, n, holder)
                        and not _OWN_VEHICLE.search(text, max(s, n.start - 30), n.start)
                        # "Mr Murray agreed to buy BSkyB's 4.76% holding in the Wearside club": a person is no company,
                        # and a name that only qualifies "the ... club" is not what it refers back to
                        and not ctx.is_person(ctx.full(n.text) or n.text) and not is_modifier(ctx, sm, n)
                        and (holder is None or not _same_party(ctx, n.text, holder))),
                       company)
        window = ctx.items[max(0, sm.index - 2):sm.index + 1]
        if (company is None or (holder and _same_party(ctx, company, holder))) and not (
                ctx.salient and any(core_words(ctx.fuller(n.text)) == core_words(ctx.salient) for w in window
                                    for n in w.names)):
            # "Carvetta is controlled by Lakemoor Capital. Lakemoor owns 85 percent of the company": where the last
            # sentences leave the article's main organisation aside, the company they were about, other than the holder
            company = next((ctx.fuller(n.text) for prev in reversed(ctx.items[max(0, sm.index - 2):sm.index])
                            for n in prev.names if DocContext._org(n, prev) and not n.possessive
                            and _SUBJECT_OPENING.fullmatch(text[prev.sentence.start:n.start])
                            and re.match(r",\s|\s+(?:is|was|are|were|has|had|have|will|would|\w+ed|\w+s)\b",
                                         text[n.end:n.end + 20])
                            and (holder is None or not _same_party(ctx, n.text, holder))),
                           company)
        if company is None and holder and sm.index and not ctx.is_person(holder):
            # "News Corporation is seeking to buy out minority investors in Fox Entertainment Group. The media giant
            # owns 82% of the shares in the company": the one organisation besides the holder the sentence before named
            # named there with the holder, after a preposition of what the holder deals in ("investors in X")
            prev = ctx.items[sm.index - 1]
            others = {core_words(ctx.fuller(n.text)): (ctx.fuller(n.text), n) for n in prev.names
                      if DocContext._org(n, prev) and not n.possessive and not ctx.is_person(ctx.full(n.text) or n.text)
                      and not _same_party(ctx, n.text, holder)}
            other = next(iter(others.values()))[1] if len(others) == 1 else None
            if other is not None and any(_same_party(ctx, n.text, holder) for n in prev.names) \
                    and re.search(r"\b(?:in|of|into|for)\s+$", text[max(0, other.start - 6):other.start]) \
                    and not _reporting_publication(text, other) and not any(DocContext._org(n, sm) and not _same_party(ctx, n.text, holder)
                                            and not ctx.is_person(ctx.full(n.text) or n.text)
                                            and not any(a <= n.start < b for a, b in relatives)
                                            for n in sm.names if n.end <= ps):
                company = ctx.fuller(other.text)
                how["company"] = "only-other-before"
    if company is None and holder and ctx.is_person(holder) and _DESCRIBED_SAW.match(text, s, ps):
        # "Phimedix slumped 78 per cent. The cash shell also saw entrepreneur Ali Mortazavi cut his stake to 10.72 per
        # cent": the described subject that "saw" a person's stake change is the company
        company = ctx.pronoun_antecedent(sm.index, s)
        how["company"] = "described-subject-saw"
        if company and _same_party(ctx, company, holder):
            company = None
    if company is None and earlier_company and (holder is None or core_words(holder) != core_words(earlier_company)):
        # "A will cut its holding in B to 8 percent, while C's stake will rise to 9 percent": a later clause about
        # holdings that names no company goes on about the same one
        company = earlier_company
        how["company"] = "earlier-clause"
    if company is None and holder:
        company = _earlier_stake_company(ctx, sm, holder)
        if company:
            how["company"] = "earlier-telling"
    if company is None:
        # "Sony is buying a controlling stake in EMI. They'll buy a 60% stake owned by Mubadala": a stake told without
        # its company is in the company the sentence just before named a stake in
        company = _recent_stake_company(ctx, sm, holder)
        if company:
            how["company"] = "recent-stake-in"
    if company is None and ctx.salient and (holder is None or core_words(holder) != core_words(ctx.salient)):
        company = ctx.salient
        how["company"] = "salient"
    if company and is_place(company):
        return None, None, ""  # "a forty per cent stake of two exploration licenses in Lincolnshire": a place is no company
    if holder and company and core_words(holder) == core_words(company):
        return None, None, ""
    holder = _with_head(ctx, sm, _person_not_firm(ctx, sm, ctx.person_form(holder) if holder and ctx.is_person(holder) else
                                                  ctx.fuller(holder), ps))
    if holder and company and _same_party(ctx, holder, company):
        return None, None, ""  # a company does not hold a stake in itself: one of the two roles is wrong
    return holder, company, f"{how['holder'] or '-'}+{how['company'] or '-'}"


# "Apple's Siri partner ", "Sharp's display unit ": a possessor, then what it has, told by a relation word
_POSSESSOR_DESCRIPTOR = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?\s+(?:[\w-]+\s+){0,2}?(?:partner|"
                                   r"supplier|rival|unit|subsidiary|affiliate|arm|division|customer|spin-?off|"
                                   r"maker|developer|operator)\s+")
# "eleven percent ownership in the former"
_IN_THE_FORMER = re.compile(r"\s*(?:(?:equity|ownership|controlling|minority|majority)\s+)?(?:stake|interest|holding|"
                            r"ownership)?\s*(?:in|of)\s+the\s+former\b", re.I)
# a name right after a descriptor: "the stylus maker Wacom"
_NAME_AFTER_DESCRIPTOR = re.compile(r"\s+(?:[A-Z][\w&.'’-]*)")
# a relative clause set off by commas: ", who is already the biggest shareholder in Royal Mail,"
# or a participle's ("The media giant, run by Rupert Murdoch, owns 82% of the shares in the company")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|(?:run|led|headed|chaired|founded|controlled|backed)\s+by)\s[^,;]{1,200},")
# the stake's own preposition right after the percentage: " stake in ", " of "
_OWN_PREP = re.compile(r"\s*(?:(?:equity|economic|voting|ownership|controlling|minority|majority)\s+)?"
                       r"(?:stake|interest|shareholding|holding)?\s*(?:in|of|into)\s", re.I)
# a holder's own vehicle: "through his firm Vesa Equity", "via its fund"
_OWN_VEHICLE = re.compile(r"\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _person_not_firm(ctx: DocContext, sm: SentenceMentions, holder: str | None, ps: int) -> str | None:
    """"Icahn also owns a 3.3 percent stake": a surname the article gives a person ("Mr. Icahn", "Carl Icahn") is the
    person, not the firm that bears the name ("Icahn Enterprises")."""
    if not holder or " " not in holder:
        return holder
    bare = next((n for n in sm.names if n.end <= ps and " " not in n.text and not n.possessive
                 and ctx.fuller(n.text) == holder and n.text != holder), None)
    if bare is None or not ctx.is_person(bare.text):
        return holder
    return ctx.person_form(bare.text)


# a sentence whose subject is a descriptor: "The American buyout house formed", "The Japanese giant has bought"
_DESCRIPTOR_SUBJECT = re.compile(r"\W*(?-i:The)\s+(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?(?:[a-z][\w-]*\s+){0,3}"
                                 rf"(?:{cues.DESCRIPTOR_HEAD}|house)\s+(?:(?:has|had|have|also|then|later|now)\s+)*"
                                 r"[a-z]+(?:ed|s)\b")


def _listed_with(ctx: DocContext, sm: SentenceMentions, n, holder: str | None) -> bool:
    """A name joined to the holder's name by "and" or a comma, past lower-case descriptors: a holder beside it."""
    if not holder:
        return False
    text = ctx.doc.text
    for h in sm.names:
        if core_words(ctx.fuller(h.text) or h.text) != core_words(ctx.fuller(holder) or holder):
            continue
        a, b = (h, n) if h.end <= n.start else (n, h)
        if re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?(?:(?!(?:which|who|whose|that|would|"
                        r"will|could|can|may|is|was|are|were|has|had|have|said|says|give|gives|gave|to|in|of|for|by|"
                        r"with)\b)[A-Za-z][\w-]*\s+){0,4}",
                        text[a.end:b.start]):
            return True
    return False


def _same_party(ctx: DocContext, a: str, b: str) -> bool:
    """One party told twice: the same core words at their fullest, or a one-word name that closes the other's two- or
    three-word name ("Woodford" and "Neil Woodford", "Innovations" and "Imperial Innovations")."""
    ca, cb = core_words(ctx.fuller(a) or a), core_words(ctx.fuller(b) or b)
    if ca == cb:
        return True
    short, long = (ca, cb) if len(ca) < len(cb) else (cb, ca)
    return len(short) == 1 and 2 <= len(long) <= 3 and long[-1] == short[0] and short[0].isalpha()


_PARENT_ASIDE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:unit|subsidiary|affiliate|arm|division)\s+of\s+"
                           r"(?:[\w.-]+\s+){0,4}$")
_STAKE_IN = re.compile(r"\b(?:stake|slice|holding|shareholding|interest|shares)\s+(?:in|at|of)\s+(?=[A-Z])")


def _recent_stake_company(ctx: DocContext, sm: SentenceMentions, holder: str | None) -> str | None:
    """The company of the last "stake in X" told in the sentence before, where X is not the holder."""
    if sm.index == 0:
        return None
    prev = ctx.items[sm.index - 1]
    found = None
    for m in _STAKE_IN.finditer(ctx.doc.text, prev.sentence.start, prev.sentence.end):
        named = name_after(ctx, prev, m.start(), r"in|at|of", within=m.end() - m.start())
        if named and not is_place(named) and (holder is None or not _same_party(ctx, named, holder)):
            found = named
    return found


def _earlier_stake_company(ctx: DocContext, sm: SentenceMentions, holder: str) -> str | None:
    """"Uber seeks partial sale of US$ 6.3 billion slice at Didi. ... a minority of Uber's 15% stake": a stake told
    without its company is in the company an earlier sentence about the same holder's stake named."""
    text = ctx.doc.text
    hw = core_words(holder)
    for prev in reversed(ctx.items[:sm.index]):
        if not any(core_words(ctx.fuller(n.text)) == core_words(ctx.fuller(holder)) or core_words(n.text) == hw
                   for n in prev.names):
            continue
        for m in _STAKE_IN.finditer(text, prev.sentence.start, prev.sentence.end):
            n = next((n for n in prev.names if n.start == m.end()), None)
            if n is not None and DocContext._org(n, prev) and core_words(n.text) != hw:
                return ctx.full(n.text)
            # "a majority equity stake in Italian Serie B football club SS Juve Stabia": past the descriptor
            named = name_after(ctx, prev, m.start(), r"in|at|of", within=m.end() - m.start())
            if named and core_words(named) != hw and not is_place(named):
                return named
    return None


# "The buyer, who will control ..., is ...": a described subject, a relative clause, then the copula
_COPULA_HOLDER = re.compile(r"\s*(?:The|A|An)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?:who|which)\s+[^,;]{0,160}?,\s+"
                            r"(?:is|was|will\s+be|would\s+be)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,4}?"
                            r"(?:(?:led|headed|backed|formed|controlled)\s+by\s+)?")
# what may stand before a sentence's subject: nothing, a quote or bracket, one adverb and a comma ("Separately, ")
_SUBJECT_OPENING = re.compile(r"[\s\"“‘(\[]*(?:[A-Z][a-z]+,\s+)?")
_STAKE_WORD = re.compile(r"\bstakes?\b|\bholding\b|\bshareholding\b|\bownership\b")
_HOLD_VERB = re.compile(r"\b(?:owns?|owned|holds?|held|controls?|controlled)\b")


def _clause_stake_word(text: str, s: int, e: int, ps: int) -> int | None:
    """The stake word that governs the percentage at `ps`: the one of its own clause ("..., while B's stake will rise
    to 11 percent") or, where the clause has its own verb of holding ("after the founding family, which owns 38
    percent"), none; otherwise the sentence's first."""
    bounds = [m.end() for m in cues.CLAUSE_BOUNDARY.finditer(text, s, ps)]
    cs = bounds[-1] if bounds else s
    if cs > s:
        own = _STAKE_WORD.search(text, cs, e)
        if own:
            return own.start() - s
        if _HOLD_VERB.search(text, cs, ps):
            return None
    first = _STAKE_WORD.search(text, s, e)
    return first.start() - s if first else None


# "the promoter group's stake", "promoter shareholding", "the founders' holding": a class of holders told in lower case
_COLLECTIVE_HOLDER = re.compile(r"\b(?-i:(promoters?|founders?)(\s+group)?)(?:['’]s?)?\s+(?:[a-z\-]+\s+)?$")


# "Zinnia's founders retain a 40% stake", "the promoters own 51 per cent": a class of holders as the verb's subject
_COLLECTIVE_SUBJECT = re.compile(r"\b(?-i:((?:promoter|founder)(?=\s+group)|promoters|founders)(\s+group)?)"
                                 r"(?:,\s+(?:which|who))?\s+(?:(?:will|would|now|still|also|together|"
                                 r"collectively|jointly)\s+)*(?:retains?|owns?|holds?|controls?|have|has)\s+[^.;,]{0,25}$")


def _collective_name(m: re.Match[str]) -> str:
    return "promoter group" if m.group(2) and m.group(1).startswith("promoter") else (
        "promoters" if m.group(1).startswith("promoter") else "founders")


# "the founding Ferrand family", "the Mistry promoters": a lower-case head noun after a name is part of the holder
# "the Yantai city government": a government told by its place and level
_HOLDER_HEAD = re.compile(r"\s+(family|founders|promoters|promoter group|heirs|shareholders|investors|employees|"
                          r"(?:(?:city|state|provincial|municipal|regional|local|federal)\s+)?government)\b")


def _with_head(ctx: DocContext, sm: SentenceMentions, holder: str | None) -> str | None:
    if not holder:
        return holder
    text = ctx.doc.text
    for n in sm.names:
        m = None if n.possessive else _HOLDER_HEAD.match(text, n.end, sm.sentence.end)
        # "The Ambani family controls 48%": the family, not the member the surname was resolved to
        if m and (ctx.full(n.text) == holder or (" " not in n.text and holder.endswith(" " + n.text)
                                                 and m.group(1) == "family")):
            return f"{n.text} {m.group(1)}"
    return holder
