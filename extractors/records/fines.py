"""Fines: the payer (by structure: "fined X", "a penalty on X", "X was fined"), the authority and the status."""
from __future__ import annotations

import re

from extractors.mentions.organisations import (COMPANY_HEADS, SUFFIXES, core_words, find_names, is_authority, is_law,
                                              is_place)
from extractors.records import cues
from extractors.records.context import DocContext, MoneyGroup, SentenceMentions
from extractors.records.drafts import Draft, cue_name, draft
from extractors.records.roles import (ITS_PERSON, authority_phrase, generic_subject, name_after, name_list_before,
                                     owner_of, possessor_before, subjects)

# after a fine, another sum whose gap only names its payer: ", Rs 75 lakh on its managing director X and"
_LIST_ON = re.compile(r"^\s+(?:on|against|upon)\s+[^.;()]{1,70}?(?:,|,?\s+and)\s+$")

# after a fine, the next item of a ranked list: ", C with 35.65 million euros and D - owned by E - with"
_LIST_WITH = re.compile(r"^\s*(?:,|,?\s+and)\s+[A-Z][^,;.()]{0,40}?(?:\s+[-–—]\s+[^-–—;.]{1,60}\s+[-–—])?\s+with\s+$")

_LIST_NAMED = re.compile(r"^\s*(?:,|,?\s+and)\s+(?:(?:its|their|the|a|an|[\w.’'\-]+)\s+){0,4}$")


def fine_list_next(sm: SentenceMentions, text: str, prev_end: int, start: int) -> bool:
    gap = text[prev_end:start]
    if _LIST_ON.match(gap) or _LIST_WITH.match(gap):
        return True
    # "... and its German rival Kestrel Microsystems GmbH 97 million euros": a name glued to the sum, after "and"
    glued = next((n for n in sm.names if prev_end < n.start and n.end <= start and start - n.end <= 2
                  and not n.is_authority and not is_place(n.text)), None)
    return glued is not None and bool(_LIST_NAMED.match(text[prev_end:glued.start]))


def fine_drafts(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, gi: int, cue: re.Match[str]) -> list[Draft]:
    text = ctx.doc.text
    s, e = sm.sentence.start, sm.sentence.end
    sentence = sm.sentence.text
    cue_at = s + cue.start()
    if re.search(r"\bcomplaints?$", cue.group(), re.I) and not any(n.is_authority for n in sm.names):
        return []  # "to settle a complaint" is a fine only where the sentence names the public body that brought it
    suit = _SUIT_CUE.search(cue.group()) is not None
    if suit and (
            _PRIVATE_SUIT.search(sentence) or not (_PUBLIC_OFFICE.search(ctx.doc.text)
                                                   or any(n.is_authority and not is_place(n.text) for n in sm.names))):
        return []  # "to settle a class-action lawsuit brought by shareholders": private damages, not a penalty
    if re.match(r"settle", cue.group(), re.I) and _PRIVATE_SUIT.search(sentence):
        return []  # "ADM previously settled civil cases brought by its customers and agreed to pay $25 million"
    if _paid_to_private_party(ctx, sm, g):
        return []  # "ordered to pay 465 million euros to Idealo": damages to a named company, not a penalty
    authority = authority_phrase(ctx, sm, min(cue_at, g.start))
    payers: list[str | None] = []
    how = ""  # the role pattern that found the payer, for the record's rule
    # "Meituan and Didi, which were hit with fines of $534 million and $1.19 billion respectively"
    if cues.RESPECTIVELY.search(sentence) and len(sm.money) > 1:
        verb = re.search(r"\b(?:were|was|have been|had been|got|received|paid|pay)\b", text[s:sm.money[0].start])
        names = subjects(ctx, sm, s + verb.start()) if verb else []
        if verb and len(names) != len(sm.money):
            names = name_list_before(ctx, sm, s + verb.start())
        if len(names) == len(sm.money):
            payers, how = [names[gi]], "respectively-subjects"
        active = cues.FINE_VERB.search(text, s, sm.money[0].start)
        if not payers and active:
            # "The Fed fined A and its former chief, B, $18 million and $1.5 million, respectively": the objects
            objs = [n for n in sm.names if active.end() <= n.start and n.end <= sm.money[0].start
                    and not n.is_authority and not n.possessive and not is_place(n.text)]
            if len(objs) == len(sm.money):
                payers, how = [ctx.full(objs[gi].text)], "respectively-objects"
    members = _GROUP_MEMBERS.search(text, max(s, g.start - 160), g.start)
    if not payers and members is not None:
        # "three London-based companies in the Robert Fleming group were fined 100,000 sterling each": members told
        # only by their group; the group is the payer the text names
        group = next((n for n in sm.names if n.start == members.start(1) and not n.is_authority), None)
        if group is not None:
            payers, how = [(ctx.full(group.text) or group.text) + " group"], "group-members"
    if not payers and (cues.EACH.match(text[g.end:g.end + 12])
                       or re.search(r"\b(?:each|both)\s+(?:been\s+)?(?:fined|ordered|penali[sz]ed|paid|pay)\b",
                                    text[s:g.start])):
        # "A and B were each fined $20 million", "fined $20 million each"
        verb = re.search(r"\b(?:were|have been|had been|will|must|agreed|each|both)\b", text[s:g.start])
        names = subjects(ctx, sm, s + verb.start()) if verb else []
        if verb and len(names) <= 1:
            names = _joined_with_role(ctx, sm, s + verb.start()) or names
        if len(names) > 1:
            payers, how = list(names), "each-subjects"
        elif cues.EACH.match(text[g.end:g.end + 12]):
            # "said it is fining Alibaba, Tencent-backed China Literature and Shenzhen Hive Box 500,000 yuan each":
            # the fine verb's objects, a list right before the sum, each pay it
            objs = _object_list(ctx, sm, g)
            if len(objs) > 1:
                payers, how = objs, "each-objects"
            else:
                # "a penalty of Rs 25 lakh each on Reliance Industries and Mukesh Ambani": the list after "each on"
                objs = _list_after_each(ctx, sm, g)
                if len(objs) > 1:
                    payers, how = objs, "each-on-list"
    if not payers and re.fullmatch(r"\s*(?:(?:will|would|must|is\s+to|are\s+to|has\s+to|have\s+to)\s+)?pa(?:y|ys|id)\s.*",
                                   cue.group(), re.S):
        # "Cetera will pay $300,000, Cambridge will pay $250,000": each sum's payer is the name glued to its verb
        glued = next((n for n in reversed(sm.names) if n.end <= cue_at and not text[n.end:cue_at].strip()
                      and not n.is_authority and not is_place(n.text)), None)
        if glued is not None:
            payers, how = [ctx.full(glued.text)], "glued-pay-subject"
    if not payers:
        payer, how = _payer(ctx, sm, g, cue_at)
        payers = [payer]
    passive_agents = {ctx.full(n.text) for n in sm.names if _AGENT_BEFORE.search(text, max(s, n.start - 60), n.start)}
    if payers and any(p in passive_agents for p in payers):
        payers = [None if p in passive_agents else p for p in payers]  # "The club has been fined £100 by the AFA"
    if payers != [None] and re.fullmatch(r"\s*(?:Of|Out\s+of)\s+(?:the|its|their|this|that)\s+", text[s:g.start]):
        # "Of the €28 million penalty, A received the most severe fine of ...": the whole that is then divided
        payers, how = [None], "whole-divided"
    if payers != [None] and len(payers) == 1 and not how.startswith(("respectively", "each")) \
            and not cues.RESPECTIVELY.search(sentence) and _joint_total(ctx, sm, g):
        # "A, B and C have been fined a total of €28 million", "A, B and C paid a combined €1.07 billion": one sum
        # over several payers is nobody's own fine
        payers, how = [None], "joint-total"
    if payers == [None] and _THE_SETTLEMENT.search(text, s, g.start):
        # "... is set to pay $3.95M in settlement charges ... The settlement charges include $2.45M in penalties": a
        # part of a settlement told just before is paid by that settlement's payer
        told = next((prev for prev in reversed(ctx.items[max(0, sm.index - 2):sm.index])
                     if prev.money and FINE_SETTLED_OR_FINE.search(prev.sentence.text)), None)
        payer = None
        if told is not None:
            verb = next((v for v in cues.PAY_VERB.finditer(told.sentence.text)), None)
            found = subjects(ctx, told, told.sentence.start + verb.start()) if verb else []
            payer = next((p for p in found if not is_authority(p) and not is_place(p)), None)
        if payer:
            payers, how = [payer], "settlement-part"
    if payers == [None] and how != "unnamed-person":
        # "... going after VW for violating the Clean Air Act. Civil fines for that alone could reach nearly $20
        # billion": a fine that names nobody continues the article's main organisation, if it was just named
        prev = ctx.items[sm.index - 1] if sm.index else None
        if ctx.salient and prev and any(core_words(n.text) == core_words(ctx.salient) for n in prev.names):
            payers, how = [ctx.salient], "salient-continued"
    prior = next((h for h in reversed(sm.money) if h.end <= g.start), None)
    headline = sm.index == 0 or bool(ctx.doc.title and ctx.doc.title.strip() in sentence)
    owners = [owner_of(ctx, p) for p in payers] if headline else []
    if any(owners):
        # a headline names the brand the body names with its owner: "TikTok Fined €530 Million" over "TikTok owner
        # ByteDance Ltd. was fined €530 million": one fact, the body's payer
        payers = [o or p for o, p in zip(owners, payers)]
        how += "+owner"
    if _statutory_range(text, s, g) or (prior is not None and re.fullmatch(r"\s*(?:and|to|-|–)\s*", text[prior.end:g.start])
                                        and _statutory_range(text, s, prior)):
        return []  # "Violators can be fined between 2 million to 10 million yuan": what a law allows, nobody's fine
    if _GENERIC_PAYERS.search(text, max(s, g.start - 80), g.start):
        return []  # "has fined companies more than 1.1 billion euros": a regulator's total over unnamed payers
    if _ESCAPED.search(text, max(s, g.start - 60), g.start):
        return []  # "Huanyu escaped a fine of about 60 million euros": a fine nobody pays
    if any(is_law(p) for p in payers):
        return []  # "Violations of the AI Act can draw penalties of up to ...": a legal cap, nobody's fine
    if authority is None:
        # "has been fined £100 by the Amateur Football Association": the passive's agent is who fined
        authority = next((ctx.full(n.text) for n in sm.names if _AGENT_BEFORE.search(text, max(s, n.start - 60), n.start)
                          and not is_place(n.text) and ctx.full(n.text) not in payers), None)
    if authority is None:
        # "Swiss financial regulator FINMA": a name a regulator's descriptor introduces is the regulator
        described = next((n for n in sm.names if cues.REGULATOR_BEFORE.search(text[max(s, n.start - 30):n.start])
                          and not is_place(n.text)), None)
        if described and described.text not in payers:
            authority = ctx.full(described.text)
    if authority is None:
        active = cues.FINE_VERB.search(sentence)
        if active:
            subj = subjects(ctx, sm, s + active.start(), authorities=True)
            if subj and is_authority(subj[0]):
                authority = subj[0]
        if authority is None:
            authority = next((ctx.full(n.text) for n in sm.names if n.is_authority and n.text not in payers
                              and not _rulebook(text, n)), None)
    window = text[max(s, g.start - 120):min(e, g.end + 60)]
    settled = cues.FINE_SETTLED.search(window) is not None
    if authority is None and settled:
        # "the proposed settlement ... involving the federal government", "a settlement with the SEC"
        authority = (name_after(ctx, sm, s, "with|involving", within=200, authorities=True)
                     or _settlement_party(sentence))
    authority = _resolve_authority(ctx, sm, g, authority)
    if authority is None and _THE_SETTLEMENT.search(text, s, g.start):
        # "... to settle charges by the SEC. The settlement includes $95 million in disgorgement": a part of a
        # settlement told before has that settlement's authority
        authority = next((ctx.full(n.text) for prev in reversed(ctx.items[max(0, sm.index - 3):sm.index])
                          if FINE_SETTLED_OR_FINE.search(prev.sentence.text)
                          for n in prev.names if n.is_authority and not is_place(n.text)), None)
    if authority is None and settled:
        authority = _lawsuit_filer(ctx)  # "The Office of the Attorney General filed a lawsuit ...": settled with it
        if authority:
            how += "+authority-lawsuit-filer"
    if authority is None:
        authority, where = _authority_elsewhere(ctx, sm, g, payers)
        if authority:
            how += f"+authority-{where}"
    if authority is None and ctx.doc.title:
        # "Citibank Pays $30 Million Fine Over Real Estate Violations: US Regulator": a headline that names the
        # body acting where the text does not
        title = ctx.doc.title
        named = next((n for n in find_names(title) if n.is_authority and not is_place(n.text)
                      and not _rulebook(title, n) and core_words(n.text) not in [core_words(p) for p in payers if p]),
                     None)
        if named is not None:
            # "US Regulator", "UK ICO": the place before the body's name qualifies it
            place = re.search(r"\b([A-Z][\w.]*)\s+$", title[:named.start])
            authority = f"{place.group(1)} {named.text}" if place and is_place(place.group(1)) else ctx.full(named.text)
        if authority:
            how += "+authority-title"
    if authority is None and suit:
        # "a lawsuit filed by Mr Spitzer", where the article introduced "New York attorney general Eliot Spitzer": the
        # one office of that kind the article names brought the suit
        offices = {re.sub(r"^the\s+", "", re.sub(r"\s+", " ", m.group(1)), flags=re.I): None
                   for m in _ATTORNEY_GENERAL.finditer(text)}
        if len(offices) == 1:
            authority, how = next(iter(offices)), how + "+authority-office"
    if settled and re.search(r"\b(?:in talks|talks over|could|may|might|proposed|expected to|seeking)\b", text[s:g.start]):
        settled = False  # "in talks over a settlement that could value the penalty at ...": not yet agreed
    status = ("settled" if settled else
              "proposed" if cues.FINE_PROPOSED.search(text[s:g.end]) else "imposed")
    liable = _LIABLE.search(text, s, g.start) is not None
    capped = _CAP_BEFORE.search(text[max(s, g.start - 30):g.start]) is not None
    if payers == [None] and status == "proposed" and (liable or capped):
        return []  # "Violators could face a fine of up to $50,000": a cap the law sets, threatened against no one
    if liable and (g.main.qualifier == "at_most" or capped):
        return []  # "The China Three Gorges Project Corp could now face a fine up to 200,000 yuan": the most the law allows
    if (payers == [None] or how == "resolved") and (g.main.qualifier == "at_most" or capped
                                                   or _HYPOTHETICAL.search(text, s, g.start)):
        # "The draft bill sets a penalty of up to ₹1 crore", "a penalty of up to ₹10 crore to anyone found ...",
        # "The penalty levied would be at $6.8 billion": a cap or a reckoning the sentence pins on no one
        return []
    if authority and any(p and core_words(p) == core_words(authority) for p in payers):
        # "The Central Consumer Protection Authority (CCPA) has fined X's Y Pvt Ltd": a body does not fine itself;
        # where the payer found is the authority, the payer is not known
        payers, how = [p if p and core_words(p) != core_words(authority) else None for p in payers], "not-the-authority"
    rule = f"fines:{cue_name(cue)}/{how if payers != [None] else 'no-payer'}"
    return [draft("fines", sm, g, rule=rule, payer=p, authority=authority, status=status) for p in payers]


_KIND_SUBJECT = re.compile(r"\s+(?:exchange|platform|app|company|firm|bank|lender|start-?up|insurer|retailer|airline|"
                           r"carrier|broker|brokerage|marketplace|network|operator|group)\s+(?:(?:already|also|has|have|"
                           r"had|now|later|then|\w+ly)\s+)*")
_PAID_TO = re.compile(r"\s*,?\s*to\s+(?:the\s+)?")


def _paid_to_private_party(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> bool:
    """A sum paid "to" a named company or person (not a public body) is compensation or damages."""
    m = _PAID_TO.match(ctx.doc.text, g.end, sm.sentence.end)
    if m is None:
        return False
    n = next((n for n in sm.names if n.start == m.end()), None)
    return n is not None and not n.is_authority and not is_place(n.text) and not is_authority(ctx.full(n.text) or n.text)


_PURPOSE_OPENING = re.compile(r"\W*(?:To|In\s+order\s+to)\s+[a-z][^,;]{0,200},")
_CAP_BEFORE = re.compile(r"\b(?:up to|as much as|a maximum of|maximum)\s+$", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\s+(?:be|amount\s+to|reach|total|come\s+to)\b", re.I)
# a range of sums: "between 2 million to 10 million yuan", "ranging from $100 to $5,000"
_RANGE_OPEN = re.compile(r"\b(?:between|ranging\s+from|range\s+of|from)\s+$", re.I)
_RANGE_CLOSE = re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:and|to|-|–)\s", re.I)
# what may happen to anyone who breaks a rule: "can be fined", "could face penalties", "is punishable by"
_LIABLE = re.compile(r"\b(?:(?:can|could|may|might|would|will|shall)\s+(?:(?:also|now|still|even|then|\w+ly)\s+)?(?:be\s+)?|liable\s+to\s+|"
                     r"punishable\s+(?:by|with)\s+|subject\s+to\s+)(?:fined|penali[sz]ed|face|facing|attract|draw|incur|"
                     r"fines?|penalt(?:y|ies))\b", re.I)


def _statutory_range(text: str, s: int, g: MoneyGroup) -> bool:
    """A range of sums that a rule allows ("can be fined between 2 million to 10 million yuan") is no one's fine.
    The range's own words decide: "between"/"from" before, "and"/"to" after, a modal of liability before that."""
    head = text[max(s, g.start - 40):g.start]
    m = _RANGE_OPEN.search(re.sub(r"[$€£¥]\s*$|\b(?:US|USD|Rs\.?|INR|EUR|CNY|RMB)\s*$", "", head))
    ranged = getattr(g.main, "amount_high", None) is not None or _RANGE_CLOSE.match(text[g.main.end:g.main.end + 80])
    if m is None or not ranged:
        return False
    return _LIABLE.search(text, max(s, g.start - 120), g.start) is not None


_GENERIC_PAYERS = re.compile(r"\b(?:fined|fines|fining|penali[sz]ed)\s+(?:[a-z\-]+\s+){0,2}?(?:companies|firms|banks|"
                             r"businesses|lenders|groups|operators|platforms|makers|carmakers|brokers|insurers)\s+"
                             r"(?:(?:a total of|a combined|combined|more than|over|about|nearly|some|almost|a|an)\s+)*$")

_ESCAPED = re.compile(r"\b(?:escap(?:ed|es|ing)|avoid(?:ed|s|ing)?|dodg(?:ed|es|ing)|evad(?:ed|es|ing)|spared)\s+"
                      r"(?:\w+\s+){0,3}?(?:fine|penalty|penalties)\b[^.;]{0,20}$", re.I)

# the cue "to settle a lawsuit": a fine only where a public office brought the suit
_SUIT_CUE = re.compile(r"(?:lawsuits?|suits?|action|case)$", re.I)
# a suit a private party brought: its settlement is damages, not a penalty
_PRIVATE_SUIT = re.compile(r"\bclass[- ]action|\bprivate\b|\b(?:brought|filed|launched)\s+(?:against\s+\w+\s+)?by\s+(?:(?:a|an|its|the|some|"
                           r"several|two|three|four|\d+)\s+)?(?:[\w-]+\s+)?(?:shareholders|investors|customers|consumers|"
                           r"employees|workers|patients|buyers|plaintiffs|rivals?|competitors?|users|famil(?:y|ies)|"
                           r"residents|victims|clients|landlords|tenants|policyholders)\b", re.I)
# an office that brings suits for the public: "California attorney general Bill Lockyer", "federal prosecutors"
_PUBLIC_OFFICE = re.compile(r"\b(?:attorneys?[- ]general|district\s+attorney|prosecutors?|regulators?|watchdog)\b", re.I)
_ATTORNEY_GENERAL = re.compile(r"\b((?:(?-i:[A-Z])[\w.]*\s+){1,3}(?:attorneys?[- ]general|district\s+attorney))\b", re.I)
# a definite reference to a settlement or fine told before
_THE_SETTLEMENT = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:settlement|agreement|accord|penalty|fine)\b", re.I)

FINE_SETTLED_OR_FINE = re.compile(f"(?:{cues.FINE_SETTLED.pattern})|(?:{cues.FINE.pattern})", re.I)

_SETTLEMENT_PARTY = re.compile(r"\b(?:with|involving)\s+(?:the\s+)?((?:[a-z\-]+\s+){0,2}?(?:government|regulators|"
                               r"prosecutors|authorities|attorneys general))\b")


# what may stand between two names of a list: a comma or "and", and lower-case modifiers ("Tencent-backed")
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|&)\s+(?:[a-z][\w\-]*\s+|[A-Z][\w.]*-(?:backed|based|owned|controlled)\s+){0,3}")


def _object_list(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> list[str]:
    """The names an active fine verb takes as objects, listed right before the sum: "fining A, B and C 500,000 yuan"."""
    text = ctx.doc.text
    verb = None
    for verb in cues.FINE_VERB.finditer(text, sm.sentence.start, g.start):
        pass
    if verb is None:
        return []
    objs = [n for n in sm.names if verb.end() <= n.start and n.end <= g.start and not n.possessive]
    if not objs or text[objs[-1].end:g.start].strip() or any(n.is_authority or is_place(n.text) for n in objs):
        return []
    if text[verb.end():objs[0].start].strip():
        return []
    if not all(_LIST_JOIN.fullmatch(text[a.end:b.start]) for a, b in zip(objs, objs[1:])):
        return []
    return [ctx.full(n.text) for n in objs]


# a person told by a role at an organisation: "ex-chief financial officer at", "a former trader with"
_ROLE_AT = re.compile(r"\b(?:executives?|officers?|directors?|chairman|chairwoman|founder|co-founder|ceo|cfo|coo|managers?|"
                      r"traders?|employees?|bankers?|president|head|boss|official|staff(?:er)?|partner|analyst|"
                      r"accountant|auditor|worker|engineer)\s+(?:at|of|with|from)\s+(?:the\s+)?$", re.I)


# members of a group told by the group's name, then a passive fine: "companies in the Robert Fleming group were fined"
_GROUP_MEMBERS = re.compile(r"\b(?:companies|firms|units|subsidiaries|businesses|entities)\s+(?:in|of|within)\s+the\s+"
                            r"((?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3})\s+group\s+(?:were|have\s+been|had\s+been)\s+"
                            r"(?:each\s+)?(?:fined|penali[sz]ed)\s+(?:(?:about|around|some)\s+)?$", re.I)


def _joined_with_role(ctx: DocContext, sm: SentenceMentions, verb_at: int) -> list[str]:
    """"Vivendi and its former chief executive Jean-Marie Messier were each fined": a name, "and its" a role, a name."""
    text = ctx.doc.text
    for a, b in zip(sm.names, sm.names[1:]):
        if b.end <= verb_at and not text[b.end:verb_at].strip() and not a.is_authority and not b.is_authority \
                and re.fullmatch(r"\s+and\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,4}", text[a.end:b.start]):
            return [ctx.full(a.text) or a.text, ctx.full(b.text) or b.text]
    return []


def _list_after_each(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> list[str]:
    text = ctx.doc.text
    m = re.match(r"\W{0,3}(?:each|apiece)\s+(?:on|against|upon)\s+", text[g.end:g.end + 30], re.I)
    if m is None:
        return []
    at = g.end + m.end()
    objs = [n for n in sm.names if n.start >= at and not n.possessive]
    if not objs or not re.fullmatch(r"(?:the\s+)?", text[at:objs[0].start]):
        return []
    out = [objs[0]]
    for n in objs[1:]:
        if not _LIST_JOIN.fullmatch(text[out[-1].end:n.start]):
            break
        out.append(n)
    if any(n.is_authority or is_place(n.text) for n in out):
        return []
    return [ctx.full(n.text) or n.text for n in out]


def _settlement_party(sentence: str) -> str | None:
    m = _SETTLEMENT_PARTY.search(sentence)
    return m.group(1) if m else None


# "EU privacy rules", "the European Union's General Data Protection Regulation": a body named only as the maker of a
# rule that was broken is not the one that fined
_RULEBOOK_AFTER = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:rules?|rulebook|laws?|regulations?|directives?|"
                             r"standards|guidelines|treaty|requirements)\b", re.I)


def _rulebook(text: str, n) -> bool:  # type: ignore[no-untyped-def]
    return bool(_RULEBOOK_AFTER.match(text[n.end:n.end + 60]))


# "the Irish regulator", "Ireland's data privacy regulator", "Massachusetts' attorney general": a body told by its
# kind under a place or nationality
_DESCRIBED_BODY = re.compile(r"\b((?:[A-Z][a-z]+['’]s?\s+|[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)(?:[a-z\-]+\s+){0,3}?"
                             r"(?:regulator|watchdog|authority|commission|agency|attorney general|attorneys general|"
                             r"prosecutors?|ministry|competition authority|data protection authority))\b")
# what follows the subject of a fining clause: "on Friday announced it is fining", "Fines"
_FINES_AFTER = (r"(?:(?:on|in|last|this)\s+\w+\s+)?(?:(?:said|says|announced|announces|confirmed|decided)\s+"
                r"(?:(?:on|in|last|this)\s+\w+\s+)?(?:that\s+)?it\s+)?(?:has\s+|had\s+|is\s+|was\s+|will\s+|"
                r"would\s+)?(?:fines|fined|fining|fine|penali[sz]es|penali[sz]ed)\s+(?=[A-Z])")
_FINES_NEXT = re.compile(r"\s+" + _FINES_AFTER, re.I)
# "Europe announced in April that it would fine Apple", "## China Fines Alibaba": the subject of the fining clause
_FINER_SUBJECT = re.compile(r"(?:^[#*\s\"“]*|[,;:]\s+|\band\s+)(?:the\s+)?([A-Z][\w.’'\-]*(?:\s+(?:of\s+)?[A-Z][\w.’'\-]*)"
                            r"{0,5})\s+(?i:" + _FINES_AFTER + ")")
# "The Italian Competition and Market Authority (AGCM)": the bracketed acronym is the same body
_ACRONYM_DEFINED = re.compile(r"([A-Z][\w’'\-]*(?:\s+(?:of|and|for|on|the|[A-Z][\w’'\-]*)){1,8})\s+\(([A-Z]{2,8})\)")
# the speaker of a sentence about a fine: ", Massachusetts' attorney general said."
_SAID_BY = re.compile(r",\s+(?:the\s+)?([^,]{2,70}?)\s+(?:said|says|confirmed|announced)\b[^,]{0,30}[.”\"]?\s*$")


_OFFICE_SUBJECT = re.compile(r"\W*The\s+(attorneys?\s+general|prosecutors?)\s+(?:(?:are|is|have|has|had|were|was|will|"
                             r"would|also|then|later)\s+)*(?:expected|set|said|say|says|announced?|agreed|reached|"
                             r"secured|fined|imposed)\b")


def _authority_elsewhere(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup,
                         payers: list[str | None]) -> tuple[str | None, str]:
    """Where the fine's sentence names no body by structure: the subject that fines ("China Fines Alibaba", "Europe
    announced that it would fine"), the speaker ("..., Massachusetts' attorney general said"), a body named in
    the two sentences before ("TikTok has been in the cross hairs of the Irish regulator before. In September
    2023, it was fined €345 million"), or the one body the article names as fining anyone."""
    text = ctx.doc.text
    s, e = sm.sentence.start, sm.sentence.end
    sentence = text[s:e]
    payer_words = [core_words(p) for p in payers if p]
    kind = _OFFICE_SUBJECT.match(sentence)
    if kind:
        # "The attorneys general are expected to announce their own settlement with Volkswagen": an office told by
        # its kind as the sentence's subject is the party, not a body the sentence before named
        return kind.group(1), "subject-kind"
    body = _DESCRIBED_BODY.match(sentence)
    if body and _FINES_NEXT.match(sentence, body.end()):
        return body.group(1), "fining-subject"  # "Ireland's data privacy regulator on Friday announced it is fining"
    place = None
    for m in _FINER_SUBJECT.finditer(sentence):
        if s + m.end() <= g.start and core_words(m.group(1)) not in payer_words:
            if is_authority(m.group(1)):
                return ctx.full(m.group(1)) or m.group(1), "fining-subject"
            defined = _authority_acronyms(ctx).get(m.group(1).split()[-1])
            if defined:
                return defined, "fining-subject-acronym"  # "The French SA fines" after "the French Supervisory Authority (SA)"
            if is_place(m.group(1)) and place is None:
                place = m.group(1)  # "Italy Fines ...": the country, unless the article names the body that acted
    said = _SAID_BY.search(sentence)
    if said:
        body = _DESCRIBED_BODY.search(said.group(1))
        named = next((n for n in sm.names if n.is_authority and s + said.start(1) <= n.start < s + said.end(1)), None)
        if named is not None:
            return ctx.full(named.text), "speaker"
        if body:
            return body.group(1), "speaker"
    imposer = _fine_imposed_by(ctx)
    if imposer:
        return imposer, "imposed-by"
    for prev in reversed(ctx.items[max(0, sm.index - 2):sm.index]):
        ptext = prev.sentence.text
        named = next((n for n in prev.names if n.is_authority and not is_place(n.text) and not _rulebook(text, n)), None)
        body = _DESCRIBED_BODY.search(ptext)
        if named is not None and (body is None or named.start - prev.sentence.start <= body.start()):
            return ctx.full(named.text), "previous-sentence"
        if body:
            return body.group(1), "previous-sentence"
    article = _article_body(ctx)
    if article:
        return article, "article-body"
    return (place, "fining-place") if place else (None, "")


# "The Office of the Attorney General filed a lawsuit", "the SEC sued": a body that brought the case
_FILED_AFTER = re.compile(r"\s+(?:(?:has|had|have|first|earlier|then)\s+)?(?:filed|brought)\s+(?:a|an|its|the|their)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|complaint|case|action)\b|\s+(?:had\s+|has\s+)?(?:sued|sues)\b")


def _lawsuit_filer(ctx: DocContext) -> str | None:
    """The one public body the article says brought the lawsuit or case, whom a settlement of it is with; None where
    it names none or several."""
    cache = ctx.__dict__.setdefault("_fines_lawsuit_filer", {})
    if "body" not in cache:
        text = ctx.doc.text
        found: dict[tuple[str, ...], str] = {}
        for sm in ctx.items:
            for n in sm.names:
                if n.is_authority and not is_place(n.text) and not n.possessive and _FILED_AFTER.match(text, n.end):
                    body = ctx.full(n.text) or n.text
                    found.setdefault(core_words(body), body)
        cache["body"] = next(iter(found.values())) if len(found) == 1 else None
    return cache["body"]


def _authority_acronyms(ctx: DocContext) -> dict[str, str]:
    """Acronyms the article defines in brackets right after a public body's name: "the French Supervisory Authority
    (SA)" makes "SA" (and "the French SA") that body, whether or not its letters are the name's initials."""
    cache = ctx.__dict__.setdefault("_fines_authority_acronyms", {})
    if not cache:
        text = ctx.doc.text
        for sm in ctx.items:
            for a, b in zip(sm.names, sm.names[1:]):
                if a.is_authority and not is_place(a.text) and re.fullmatch(r"[A-Z]{2,8}", b.text) \
                        and re.fullmatch(r"\s*\(\s*", text[a.end:b.start]) and text[b.end:b.end + 1] == ")":
                    cache.setdefault(b.text, ctx.full(a.text) or a.text)
        cache.setdefault("", "")  # computed once, even where the article defines none
    return cache


def _article_body(ctx: DocContext) -> str | None:
    """The one public body the article names (in sentences with a fine verb, else anywhere), or None where it names
    none or several. An acronym defined in brackets is the same body. Computed once per document."""
    cache = ctx.__dict__.setdefault("_fines_article_body", {})
    if "body" in cache:
        return cache["body"]
    text = ctx.doc.text
    acronyms = {m.group(2): m.group(1) for m in _ACRONYM_DEFINED.finditer(text)}
    found = None
    for fining_only in (True, False):
        bodies: dict[tuple[str, ...], str] = {}
        acting: dict[tuple[str, ...], str] = {}
        for other in ctx.items:
            verb = cues.FINE_VERB.search(other.sentence.text)
            if fining_only and not verb:
                continue
            for n in other.names:
                if n.is_authority and not is_place(n.text) and not _rulebook(text, n):
                    full = ctx.full(n.text) or n.text
                    key = core_words(ctx.fuller(acronyms.get(n.text, full)))
                    bodies.setdefault(key, full)
                    if verb and _ACTS_BEFORE.fullmatch(text, n.end, other.sentence.start + verb.start()):
                        acting.setdefault(key, full)
        if fining_only and len(bodies) > 1 and len(acting) == 1:
            # "The Directorate General of Civil Aviation imposed a penalty ..., Parliament was informed": of the
            # bodies in fining sentences, the one that is the fine verb's subject
            bodies = acting
            if fining_only and not other.names:
                for b in _DESCRIBED_BODY.finditer(other.sentence.text):
                    bodies.setdefault(tuple(b.group(1).lower().split()), b.group(1))
        if len(bodies) == 1:
            found = next(iter(bodies.values()))
        if bodies:
            break
    cache["body"] = found
    return found


# between a body and the fine verb it is the subject of: "The SEC (on Friday) has fined", "DGCA imposed"
_ACTS_BEFORE = re.compile(r"\s+(?:\([A-Z]{2,8}\)\s+)?(?:(?:has|had|have|also|recently|today|yesterday|on\s+\w+|"
                          r"this\s+\w+|last\s+\w+)\s+)*")


# "the fine proposed by the Portuguese competition authority", "penalties imposed by the SEC"
_FINE_BY = re.compile(r"\b(?:fines?|penalt(?:y|ies)|sanctions?)\s+(?:(?:it|that|which|was|were|had|has|been|"
                      r"originally|first|initially)\s+){0,3}(?:proposed|imposed|levied|issued|handed\s+down|ordered)"
                      r"\s+by\s+(?:the\s+)?", re.I)


def _fine_imposed_by(ctx: DocContext) -> str | None:
    """The one body the article says a fine was imposed or proposed by, whatever sentence says so (a court that
    later upheld or dismissed it is not that body)."""
    text = ctx.doc.text
    found: dict[tuple[str, ...], str] = {}
    for m in _FINE_BY.finditer(text):
        named = next((n for sm in ctx.items if sm.sentence.start <= m.end() < sm.sentence.end for n in sm.names
                      if n.start == m.end() and n.is_authority and not is_place(n.text)), None)
        if named is not None:
            body = ctx.full(named.text) or named.text
        else:
            described = _DESCRIBED_BODY.match(text, m.end())
            if described is None:
                continue
            body = described.group(1)
        found.setdefault(core_words(body), body)
    return next(iter(found.values())) if len(found) == 1 else None


def _resolve_authority(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, authority: str | None) -> str | None:
    """"The regulator imposed ...", "the watchdog fined ...", "It fined ...", "the agency said X agreed to pay":
    a body told by its kind or by a pronoun is the one the article named last. No reference: no authority."""
    text = ctx.doc.text
    s = sm.sentence.start
    if authority is not None and any(c.isupper() for c in authority):
        return authority  # a name, or "Italy's data protection authority"
    sentence = text[s:sm.sentence.end]
    refers = authority is not None or cues.GENERIC_AUTHORITY.search(sentence) is not None
    if not refers:
        active = next((v for v in cues.FINE_VERB.finditer(sentence)
                       if not re.search(r"\b(?:was|were|been|be|being|is|are|get|got)\s+(?:\w+\s+)?$",
                                        sentence[:v.start()])), None)
        head = sentence[:active.start()] if active else ""
        pron = None
        for pron in cues.PRONOUN_SUBJECT.finditer(head):
            pass
        refers = pron is not None and not any(n.is_authority is False and not is_place(n.text)
                                              and s + pron.end() <= n.start < s + len(head)
                                              and cues.FINE_VERB.search(text[n.end:n.end + 12]) for n in sm.names)
    if not refers:
        return authority
    named = ctx.recent_authority(sm.index, g.start)
    if named is None and authority is not None:
        # "has been fined £60,000 by a watchdog" in the opening line, the Information Commissioner's Office named
        # later: a body told by its kind is the one body the article names
        named = _article_body(ctx)
    return named or authority


def _payer(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue_at: int) -> tuple[str | None, str]:
    """The payer and the name of the role pattern that found it."""
    text = ctx.doc.text
    s = sm.sentence.start
    sentence = text[s:sm.sentence.end]
    # "A was targeted with the largest fine of €82 million, followed by B with €60 million, C with €35.65 million and
    # D - owned by E - with €30 million": in a ranked list each sum's own "X with" names its payer
    if sm.money and g is not sm.money[0]:
        ranked = _RANKED_WITH.search(text[s:g.start])
        if ranked:
            who = next((n for n in reversed(sm.names) if n.end <= s + ranked.start(1) and not n.is_authority
                        and not is_place(n.text) and not n.possessive
                        and _RANKED_HEAD.search(text, s, n.start)), None)
            gap = text[who.end:s + ranked.start(1)] if who is not None else ""
            if who is not None and re.fullmatch(r"(?:\s+[a-z]{2,5})?", gap):
                # "Millennium bcp": a brand's lower-case last word stays on its name
                return (ctx.full(who.text) if not gap else who.text + gap), "ranked-with"
    # "EU fines Apple €500M and Meta €200M": after a fine verb, the name glued to the sum pays it
    own_on = re.match(r"\s+(?:against|on|upon)\s+", text[g.end:g.end + 10])
    role = ITS_PERSON.match(text, g.end + own_on.end()) if own_on else None
    if role:
        # "Rs 60 lakh on its managing director Vijay Kulkarni": the person; "Rs 75 lakh on its managing director":
        # a person the text does not name, never the company
        person = next((n for n in sm.names if role.end() <= n.start <= role.end() + 3 and not n.possessive), None)
        return (ctx.full(person.text), "sum-on-person") if person is not None else (None, "unnamed-person")
    if own_on:
        who = name_after(ctx, sm, g.end, "on|against|upon", within=30, authorities=False)
        if who:
            return who, "sum-on"  # "Rs 2 crore on A, Rs 75 lakh on its managing director B": the sum's own "on" names the payer
    # "Data brokers: SOLOCAL MARKETING SERVICES fined €900,000": a headline's passive, the name right before "fined"
    head = re.search(r"(?:fined|penali[sz]ed)\s+(?:(?:about|around|nearly|over|more than|a record)\s+)?$", text[s:g.start])
    if head:
        named = next((n for n in reversed(sm.names) if n.end <= s + head.start()
                      and re.fullmatch(r"\s+", text[n.end:s + head.start()])), None)
        if named is not None and not named.is_authority and not is_place(named.text) and not named.possessive:
            return ctx.full(named.text), "headline-passive"
    glued = next((n for n in reversed(sm.names) if n.end <= g.start and g.start - n.end <= 2
                  and not text[n.end:g.start].strip()), None)
    if glued and not glued.is_authority and cues.FINE_VERB.search(text[s:glued.start]):
        return ctx.full(glued.text), "glued-object"
    # "EU fined TikTok $600 million", "fined U.S.-based AI company Replika"
    # ("fined property developer DLF and its top management $8.4 million": past a lower-case descriptor)
    m = re.search(r"\b(?:fined|fines|penali[sz]ed|ordered|hit|hits|slapped)\s+(?=\S+(?:\s+\S+){0,3}\s+with\b|[A-Z]|the\b|"
                  r"(?:[a-z][\w-]*\s+){1,3}[A-Z])", sentence)
    if m and m.group().split()[0] in ("hit", "hits", "slapped") and not re.match(
            r"(?:\S+\s+){1,4}with\s+(?:a|an)?\s*(?:[\w-]+\s+)?(?:fine|penalty)", sentence[m.end():]):
        m = None  # "hit the app-maker with a fine": the object pays; "hit a record" does not fine anyone
    if m and not re.search(r"\b(?:was|were|been|be|is|are|being|get|got)\s+$", sentence[:m.start()]):
        who = name_after(ctx, sm, s + m.start(), "fined|fines|penali[sz]ed|ordered|hit|hits|slapped", within=40,
                         authorities=False)
        if who:
            return who, "verb-object"
    # "issued an Order requiring clothing retailer Todd Snyder, Inc. to ... pay a $345,178 fine", "the Order requires
    # the Company to": the object of the requiring verb pays
    m = re.search(r"\b(?:requir(?:es|ed|ing)|direct(?:s|ed|ing)|forc(?:es|ed|ing)|compel(?:s|led|ling))\s+", sentence)
    if m and m.end() <= g.start - s and re.search(r"\bto\b", sentence[m.end():g.start - s]):
        who = name_after(ctx, sm, s + m.start(), r"requir(?:es|ed|ing)|direct(?:s|ed|ing)|forc(?:es|ed|ing)|"
                                                 r"compel(?:s|led|ling)", within=40, authorities=False)
        if who:
            return who, "required-object"
    # "the $18.7 billion agreement that BP reached"
    if cues.SETTLEMENT_BY.match(text[g.end:g.end + 30]) or re.match(r"^\s+(?:settlement|agreement|deal)\s+(?:that|which)\s+",
                                                                    text[g.end:g.end + 40]):
        nxt = next((n for n in sm.names if n.start > g.end and n.start - g.end <= 35), None)
        if nxt and cues.SETTLEMENT_VERB.match(text[nxt.end:nxt.end + 20]):
            return ctx.full(nxt.text), "settlement-by"
    # "has collected a $1 million fine from intelligence company WiSpear": the body collects, the name after "from" pays
    if _COLLECTED.search(text, max(s, g.start - 60), g.start):
        who = name_after(ctx, sm, g.end, "from", within=60, authorities=False)
        if who and not is_place(who):
            return who, "collected-from"
    # "fines of €1.2 billion against Meta and €746 million against Amazon": each sum names its own payer
    if re.match(r"\s+(?:against|on|upon)\s", text[g.end:g.end + 10]):
        who = name_after(ctx, sm, g.end, "on|against|upon", within=30, authorities=False)
        if who:
            return who, "sum-against"
    # "a penalty of Rs.5 crores on NDTV", "imposed on Ant Group", "a fine against Google"
    # (not inside a that-clause after the sum: "to settle allegations that the company allowed data collection on
    # YouTube videos" tells what was alleged, not who pays)
    start = min(cue_at, g.start)
    told = re.search(r"\b(?:that|which|whether)\b", text[g.end:sm.sentence.end])
    reach = 120 if told is None else max(0, min(120, g.end + told.start() - start))
    who = name_after(ctx, sm, start, "on|against|upon", within=reach, authorities=False)
    if who:
        return who, "on-against"
    # "a 1.1 billion euro fine of chip-maker Intel"
    who = name_after(ctx, sm, g.end, "of", within=20, authorities=False)
    if who:
        return who, "fine-of"
    who = possessor_before(ctx, sm, cue_at)
    if who and not is_authority(who):
        return who, "possessor"
    # "its investigation into Apple's privacy practices ..., resulting in a €850 million fine"
    target = next((n for n in sm.names if n.end <= g.start and not n.is_authority and not is_place(n.text)
                   and cues.INVESTIGATION_INTO.search(text[max(s, n.start - 40):n.start])), None)
    if target:
        return ctx.full(target.text), "investigation-target"
    # "is preparing to fine Sprint, the nation's third-largest carrier, a record $105 million": the object of "to fine";
    # "a settlement that will see Google pony up $22.5 million": the one seen paying
    inf = _TO_FINE.search(text, s, g.start) or _SEE_PAY.search(text, s, g.start)
    if inf:
        who = next((ctx.full(n.text) for n in sm.names if n.start == inf.start(1) and not n.is_authority
                    and not is_place(n.text)), None)
        if who:
            return who, "to-fine-object" if inf.re is _TO_FINE else "seen-paying"
    # passive or "X agreed to pay": the subject of the verb that governs the sum
    verbs = [v for v in cues.PAY_VERB.finditer(sentence) if s + v.start() < g.start]
    if verbs:
        at = s + verbs[-1].start()
        subj = subjects(ctx, sm, at)
        if subj:
            told = next((n for n in sm.names if n.end <= at and (ctx.full(n.text) or n.text) == subj[0]), None)
            if told is not None and _ROLE_AT.search(text, max(s, told.start - 60), told.start):
                # "An ex-chief financial officer at Boeing has received ... a fine of $250,000": the officer pays,
                # not the employer; the sentence does not name the person
                return None, "person-role-at"
            return subj[0], "pay-subject"
        # "The Gemini exchange already paid a $5 million fine": a name before the kind of business it is, as subject
        kind = next((n for n in sm.names if n.end <= at and not n.is_authority and not is_place(n.text)
                     and not n.possessive and re.fullmatch(r"\W*the\s+", text[s:n.start], re.I)
                     and _KIND_SUBJECT.fullmatch(text, n.end, at)), None)
        if kind is not None:
            return ctx.full(kind.text), "kind-subject"
        generic = generic_subject(ctx, sm, at) or ctx.resolve(sentence[:verbs[-1].start()], sm.index)
        if generic:
            return generic, "generic-subject"
    # "fined $X for Alleged CCPA Privacy Rights Violations", "for violating the EU's General Data Protection
    # Regulation (GDPR)": the reason for a fine names the rule broken, not who pays
    # "has been fined £100 by the Amateur Football Association (AFA)": the passive's agent fines, it does not pay
    agents = {ctx.full(n.text) for n in sm.names if _AGENT_BEFORE.search(text, max(s, n.start - 60), n.start)}
    # "To counter the Unsolicited Commercial Communications (UCC) from persons ..., TRAI has imposed": a sentence-opening
    # purpose clause names what the fine is against, not who pays it
    purpose = _PURPOSE_OPENING.match(text, s, g.start)
    names = [n for n in sm.names if not n.is_authority and not n.possessive and not is_place(n.text)
             and not (purpose and n.end <= s + purpose.end())
             and not _REASON_BEFORE.search(text[max(s, n.start - 80):n.start]) and not _heading_line(text, s, n, g)
             and ctx.full(n.text) not in agents]
    if names:
        first = names[0]
        owner = next((n for n in sm.names if n.possessive and n.end <= first.start and not n.is_authority
                      and not is_place(n.text) and re.fullmatch(r"['’]s?\s+", text[n.end:first.start])), None)
        if owner is not None and " " not in first.text and first.text.lower() not in COMPANY_HEADS | SUFFIXES:
            # "banned OpenAI’s ChatGPT ... and later issued a €15 million fine": a one-word product a company's
            # possessive names is not a legal person; its owner pays
            return ctx.full(owner.text), "first-name-owner"
        return ctx.full(first.text), "first-name"
    return ctx.resolve(sentence, sm.index), "resolved"


_AGENT_BEFORE = re.compile(r"\b(?:fined|penali[sz]ed|sanctioned|punished)\b[^.;]{0,40}?\bby\s+(?:the\s+)?$", re.I)
_TO_FINE = re.compile(r"\bto\s+fine\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,3}?([A-Z])")
_SEE_PAY = re.compile(r"\bsee\s+([A-Z])[\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}\s+(?:pay|pony\s+up|fork\s+out|shell\s+out|"
                      r"cough\s+up|hand\s+over)\b")
_COLLECTED = re.compile(r"\b(?:collect(?:s|ed|ing)?|recover(?:s|ed|ing)?|extract(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}$", re.I)


# "a total of", "a combined", "jointly": a sum told as the total over its payers
_TOTAL_BEFORE = re.compile(r"\b(?:(?:a|the)\s+)?(?:total|combined|joint|aggregate|collective)\s+(?:of\s+)?"
                           r"(?:(?:about|around|nearly|some|almost|over|more than)\s+)?$|\bbetween\s+them\s+$", re.I)
_TOTAL_AFTER = re.compile(r"^\s+(?:in\s+total|between\s+them|combined|altogether|together)\b", re.I)


def _joint_total(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> bool:
    """A sum told as the total of a list of two or more payers before it, or of a list that is the fine verb's
    subject without "each" ("A, B and C fined €28 million for ...")."""
    text = ctx.doc.text
    s = sm.sentence.start
    objs = _OBJECT_PAIR.search(text, s, g.start)
    if objs and not cues.EACH.match(text[g.end:g.end + 12]) and not cues.RESPECTIVELY.search(sm.sentence.text) and all(
            any(n.start == objs.start(k) and not n.is_authority for n in sm.names) for k in (1, 2)):
        return True  # "France hits Facebook and Google with $210 million in fines": one sum over two payers
    total = _TOTAL_BEFORE.search(text, max(s, g.start - 40), g.start) or _TOTAL_AFTER.match(text[g.end:g.end + 30])
    verb = None
    for verb in re.finditer(r"\b(?:fined|paid|pay|pays|agreed|were|have been|had been|face|faced)\b", text[s:g.start]):
        pass
    if verb is None:
        return False
    names = [n for n in subjects(ctx, sm, s + verb.start()) if not is_authority(n)]
    if len(names) < 2 or cues.EACH.match(text[g.end:g.end + 12]):
        return False
    if re.search(r"\bagreed\s+to\s+pay\s+(?:(?:a|about|around|nearly|over|more\s+than)\s+)?$", text[s:g.start]):
        return True  # "Verizon and Sprint have agreed to pay $158 million": one sum the two agreed to pay together
    return bool(total) or verb.group() == "fined" and text[s + verb.end():g.start].strip() in ("", "a")


# two objects of a sanctioning verb right before the sum: "hits Facebook and Google with", "fined A and B"
_OBJECT_PAIR = re.compile(r"\b(?:hits?|fin(?:es|ed)|slaps?|slapped|penali[sz](?:es|ed)|sanction(?:s|ed))\s+([A-Z][\w.&’'-]*"
                          r"(?:\s+[A-Z][\w.&’'-]*){0,3})\s+and\s+([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+"
                          r"(?:with\s+)?(?:(?:a\s+)?(?:total|combined)\s+(?:of\s+)?)?$")


# "..., followed by B with €60 million": "with" right before the sum, an optional aside (" - owned by E -") between
# the name and "with"
_RANKED_WITH = re.compile(r"((?:\s+[-–—]\s+[^-–—]{1,60}\s+[-–—]|\s*,\s+[a-z][^,]{1,60},)?)(\s+with\s+)$", re.I)
_RANKED_HEAD = re.compile(r"\bfollowed\s+by\b|\b(?:then|next|and)\b|,", re.I)


def _heading_line(text: str, s: int, n, g: MoneyGroup) -> bool:
    """"Executive Summary\nThe Board ... resulting in a €850 million fine": a name on an unpunctuated opening line
    that the sentence only runs on from is a heading, not a party."""
    nl = text.find("\n", n.end, g.start)
    return nl != -1 and "\n" not in text[s:n.start] and nl - s <= 80 and not re.search(r"[.:;!?]\s*$", text[s:nl])


_REASON_BEFORE = re.compile(r"\b(?:for|over)\s+(?:violating|breaching|breaking|infringing|flouting|alleged|"
                            r"violations?\s+of|breach(?:es)?\s+of|non-?compliance\s+with|failing\s+to\s+comply\s+with|"
                            r"contravening|contravention\s+of)\s+(?:(?:the|its|their|[\w.’']+['’]s)\s+)?"
                            r"(?:[\w.’'-]+\s+){0,6}(?:\(\s*)?$")
