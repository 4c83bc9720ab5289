"""Fines, valuations, offerings and investments: a money figure, the cue that names its kind, and who is who."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.organisations import core_words, is_authority, is_law, is_place
from extractors.records import cues
from extractors.records.classify import classify
from extractors.records.context import DocContext, MoneyGroup, SentenceMentions
from extractors.records.roles import (authority_phrase, generic_subject, name_after, name_list_before,
                                      possessor_before, subjects)


@dataclass
class Draft:
    """A record before identity and merging: the kind, its fields, and where it rests."""

    kind: str
    fields: dict
    start: int
    end: int
    sentence_index: int
    money: MoneyGroup | None = None
    extra: dict = field(default_factory=dict)


def money_drafts(ctx: DocContext, sm: SentenceMentions) -> list[Draft]:
    text = ctx.doc.text
    s = sm.sentence.start
    sentence = sm.sentence.text
    drafts: list[Draft] = []
    prev: tuple[str | None, re.Match[str] | None] = (None, None)
    for gi, g in enumerate(sm.money):
        kind, cue = classify(sentence, g.start - s, g.end - s)
        if gi and prev[0] and (cues.PARALLEL_GAP.match(text[sm.money[gi - 1].end:g.start])
                               or cues.LIST_GAP.match(text[sm.money[gi - 1].end:g.start])):
            kind, cue = prev  # "dropped to $63.8 billion from its once estimated $235 billion"
        elif gi and prev[0] == "fines" and _fine_list_next(sm, text, sm.money[gi - 1].end, g.start):
            kind, cue = prev  # "fined A 218 million euros and its rival B 97 million euros", "Rs 2 crore on A, Rs 75 lakh on B"
        if kind != "fines":
            changed = _FINE_CHANGED_TO.search(text, s, g.start)
            if changed and changed.end() == g.start:
                kind, cue = "fines", re.search(r"\b(?:fine|penalty)\b", sentence[changed.start() - s:], re.I)
                # "cut a 1.1 billion euro fine imposed on X to 740 million euros": the fine as it now stands
                cue = _Shifted(cue, changed.start() - s) if cue else None
        pref = _preferential(ctx, sm, g) if kind in (None, "offerings", "investments") else None
        if pref is not None:
            drafts.append(_draft("investments", sm, g, investor=pref[0], company=pref[1]))
            prev = ("investments", cue)
            continue
        if kind == "investments" and cue is not None and _ipo_continued(ctx, sm, g):
            kind = "offerings"  # "X is expected to price its IPO on Wednesday. It is seeking to raise up to $640 million."
        prev = (kind, cue)
        if kind is None or cue is None:
            continue
        if g.main.amount < 1000 and not _SCALE.search(g.main.text):
            continue  # "opened at Rs 142", "a range of $20 to $22": a price per share, not a sum
        after = text[g.end:g.end + 12]
        if kind == "fines":
            drafts += _fines(ctx, sm, g, gi, cue)
        elif kind == "valuations":
            drafts += _company_draft("valuations", ctx, sm, g, cue)
        elif kind == "offerings":
            drafts += _company_draft("offerings", ctx, sm, g, cue)
        elif kind == "investments":
            each = bool(cues.EACH.match(after)) or bool(cues.EACH_BEFORE.search(text[max(s, g.start - 40):g.start]))
            drafts += _investments(ctx, sm, g, cue, each=each)
    return drafts


# "cut a 1.1 billion euro ($1.15 billion) antitrust fine imposed on X to 740 million euros", "reduced the penalty to"
_FINE_CHANGED_TO = re.compile(r"\b(?:cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|slashed|slashes|trimmed|"
                              r"raised|raises|increased|increases)\s+(?:the\s+|a\s+|its\s+)?(?:[^.;]|(?<=\d)\.(?=\d)|"
                              r"(?<=[A-Z])\.){0,120}?\b(?:fine|penalty)\b(?:[^.;]|(?<=[A-Z])\.){0,90}?\bto\s+"
                              r"(?:(?:about|around|nearly|roughly|approximately|some)\s+)?", re.I)
# after a fine, another sum whose gap only names its payer: ", Rs 75 lakh on its managing director X and"
_LIST_ON = re.compile(r"^\s+(?:on|against|upon)\s+[^.;()]{1,70}?(?:,|,?\s+and)\s+$")
_LIST_NAMED = re.compile(r"^\s*(?:,|,?\s+and)\s+(?:(?:its|their|the|a|an|[\w.’'\-]+)\s+){0,4}$")


class _Shifted:
    """A cue match re-based on the sentence."""

    def __init__(self, m: re.Match[str], offset: int):
        self._m, self._o = m, offset

    def start(self) -> int:
        return self._m.start() + self._o

    def end(self) -> int:
        return self._m.end() + self._o

    def group(self) -> str:
        return self._m.group()


def _fine_list_next(sm: SentenceMentions, text: str, prev_end: int, start: int) -> bool:
    gap = text[prev_end:start]
    if _LIST_ON.match(gap):
        return True
    # "... and its German rival Kestrel Microsystems GmbH 97 million euros": a name glued to the sum, after "and"
    glued = next((n for n in sm.names if prev_end < n.start and n.end <= start and start - n.end <= 2
                  and not n.is_authority and not is_place(n.text)), None)
    return glued is not None and bool(_LIST_NAMED.match(text[prev_end:glued.start]))


# "the issue of 1.5 crore equity shares on a preferential basis to Ashoka Infraventures for Rs 750 crore"
_PREFERENTIAL_TO = re.compile(r"\bpreferential\s+(?:basis|allotment|issue)\b(?:\s+of\s+[^.;]{0,60}?)?\s+to\s+", re.I)
_FOR_SUM = re.compile(r"\s+for\s+(?:(?:about|around|nearly|roughly|some|approximately|a total of)\s+)?", re.I)


def _preferential(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> tuple[str, str] | None:
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


def _ipo_continued(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> bool:
    """A sentence that only says "it raises" and refers back ("It is seeking to raise ...") right after a sentence
    about an IPO continues that IPO."""
    text = ctx.doc.text
    s = sm.sentence.start
    head = text[s:g.start]
    words = [m.group() for m in cues.INVESTMENT.finditer(text, s, sm.sentence.end)]
    if not words or not all(cues.RAISE_ONLY.match(w) for w in words) or sm.index == 0:
        return False
    if not re.match(r"\s*(?:It|They|The\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|maker|start-?up|"
                    r"business|lender|bank|insurer))\s", head) or any(n.start < g.start and not is_place(n.text)
                                                                        for n in sm.names):
        return False
    prev = ctx.items[sm.index - 1].sentence.text
    return cues.OFFERING.search(prev) is not None and all(cues.RAISE_ONLY.match(m.group())
                                                          for m in cues.INVESTMENT.finditer(prev))


_SCALE = re.compile(r"\d\s*(?:k|m|mn|mln|b|bn|tn|cr|thousand|million|billion|trillion|crores?|lakhs?)\b", re.I)


def _draft(kind: str, sm: SentenceMentions, g: MoneyGroup, **fields) -> Draft:
    return Draft(kind, fields, g.main.start, g.end, sm.index, g)


def _fines(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, gi: int, cue: re.Match[str]) -> list[Draft]:
    text = ctx.doc.text
    s, e = sm.sentence.start, sm.sentence.end
    sentence = sm.sentence.text
    cue_at = s + cue.start()
    authority = authority_phrase(ctx, sm, min(cue_at, g.start))
    payers: list[str | None] = []
    # "Meituan and Didi, which were hit with fines of $534 million and $1.19 billion respectively"
    if cues.RESPECTIVELY.search(sentence) and len(sm.money) > 1:
        verb = re.search(r"\b(?:were|was|have been|had been|got|received|paid|pay)\b", text[s:sm.money[0].start])
        names = subjects(ctx, sm, s + verb.start()) if verb else []
        if verb and len(names) != len(sm.money):
            names = name_list_before(ctx, sm, s + verb.start())
        if len(names) == len(sm.money):
            payers = [names[gi]]
        active = cues.FINE_VERB.search(text, s, sm.money[0].start)
        if not payers and active:
            # "The Fed fined A and its former chief, B, $18 million and $1.5 million, respectively": the objects
            objs = [n for n in sm.names if active.end() <= n.start and n.end <= sm.money[0].start
                    and not n.is_authority and not n.possessive and not is_place(n.text)]
            if len(objs) == len(sm.money):
                payers = [ctx.full(objs[gi].text)]
    if not payers and (cues.EACH.match(text[g.end:g.end + 12])
                       or re.search(r"\b(?:each|both)\s+(?:been\s+)?(?:fined|ordered|penali[sz]ed|paid|pay)\b",
                                    text[s:g.start])):
        # "A and B were each fined $20 million", "fined $20 million each"
        verb = re.search(r"\b(?:were|have been|had been|will|must|agreed|each|both)\b", text[s:g.start])
        names = subjects(ctx, sm, s + verb.start()) if verb else []
        if len(names) > 1:
            payers = list(names)
    if not payers:
        payers = [_payer(ctx, sm, g, cue_at)]
    if payers == [None]:
        # "... going after VW for violating the Clean Air Act. Civil fines for that alone could reach nearly $20
        # billion": a fine that names nobody continues the article's main organisation, if it was just named
        prev = ctx.items[sm.index - 1] if sm.index else None
        if ctx.salient and prev and any(core_words(n.text) == core_words(ctx.salient) for n in prev.names):
            payers = [ctx.salient]
    if _GENERIC_PAYERS.search(text, max(s, g.start - 80), g.start):
        return []  # "has fined companies more than 1.1 billion euros": a regulator's total over unnamed payers
    if _ESCAPED.search(text, max(s, g.start - 60), g.start):
        return []  # "Huanyu escaped a fine of about 60 million euros": a fine nobody pays
    if any(is_law(p) for p in payers):
        return []  # "Violations of the AI Act can draw penalties of up to ...": a legal cap, nobody's fine
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
            authority = next((ctx.full(n.text) for n in sm.names if n.is_authority and n.text not in payers), None)
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
    if settled and re.search(r"\b(?:in talks|talks over|could|may|might|proposed|expected to|seeking)\b", text[s:g.start]):
        settled = False  # "in talks over a settlement that could value the penalty at ...": not yet agreed
    status = ("settled" if settled else
              "proposed" if cues.FINE_PROPOSED.search(text[s:g.end]) else "imposed")
    return [_draft("fines", sm, g, payer=p, authority=authority, status=status) for p in payers]


_GENERIC_PAYERS = re.compile(r"\b(?:fined|fines|fining|penali[sz]ed)\s+(?:[a-z\-]+\s+){0,2}?(?:companies|firms|banks|"
                             r"businesses|lenders|groups|operators|platforms|makers|carmakers|brokers|insurers)\s+"
                             r"(?:(?:a total of|a combined|combined|more than|over|about|nearly|some|almost|a|an)\s+)*$")
_ESCAPED = re.compile(r"\b(?:escap(?:ed|es|ing)|avoid(?:ed|s|ing)?|dodg(?:ed|es|ing)|evad(?:ed|es|ing)|spared)\s+"
                      r"(?:\w+\s+){0,3}?(?:fine|penalty|penalties)\b[^.;]{0,20}$", re.I)
# a definite reference to a settlement or fine told before
_THE_SETTLEMENT = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:settlement|agreement|accord|penalty|fine)\b", re.I)
FINE_SETTLED_OR_FINE = re.compile(f"(?:{cues.FINE_SETTLED.pattern})|(?:{cues.FINE.pattern})", re.I)
_SETTLEMENT_PARTY = re.compile(r"\b(?:with|involving)\s+(?:the\s+)?((?:[a-z\-]+\s+){0,2}?(?:government|regulators|"
                               r"prosecutors|authorities|attorneys general))\b")


def _settlement_party(sentence: str) -> str | None:
    m = _SETTLEMENT_PARTY.search(sentence)
    return m.group(1) if m else None


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
    return named or authority


def _payer(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue_at: int) -> str | None:
    text = ctx.doc.text
    s = sm.sentence.start
    sentence = text[s:sm.sentence.end]
    # "EU fines Apple €500M and Meta €200M": after a fine verb, the name glued to the sum pays it
    if re.match(r"\s+(?:against|on|upon)\s", text[g.end:g.end + 10]):
        who = name_after(ctx, sm, g.end, "on|against|upon", within=30, authorities=False)
        if who:
            return who  # "Rs 2 crore on A, Rs 75 lakh on its managing director B": the sum's own "on" names the payer
    glued = next((n for n in reversed(sm.names) if n.end <= g.start and g.start - n.end <= 2
                  and not text[n.end:g.start].strip()), None)
    if glued and not glued.is_authority and cues.FINE_VERB.search(text[s:glued.start]):
        return ctx.full(glued.text)
    # "EU fined TikTok $600 million", "fined U.S.-based AI company Replika"
    m = re.search(r"\b(?:fined|fines|penali[sz]ed|ordered|hit|hits|slapped)\s+(?=\S+(?:\s+\S+){0,3}\s+with\b|[A-Z]|the\b)", sentence)
    if m and m.group().split()[0] in ("hit", "hits", "slapped") and not re.match(
            r"(?:\S+\s+){1,4}with\s+(?:a|an)?\s*(?:[\w-]+\s+)?(?:fine|penalty)", sentence[m.end():]):
        m = None  # "hit the app-maker with a fine": the object pays; "hit a record" does not fine anyone
    if m and not re.search(r"\b(?:was|were|been|be|is|are|being|get|got)\s+$", sentence[:m.start()]):
        who = name_after(ctx, sm, s + m.start(), "fined|fines|penali[sz]ed|ordered|hit|hits|slapped", within=40,
                         authorities=False)
        if who:
            return who
    # "issued an Order requiring clothing retailer Todd Snyder, Inc. to ... pay a $345,178 fine", "the Order requires
    # the Company to": the object of the requiring verb pays
    m = re.search(r"\b(?:requir(?:es|ed|ing)|direct(?:s|ed|ing)|forc(?:es|ed|ing)|compel(?:s|led|ling))\s+", sentence)
    if m and m.end() <= g.start - s and re.search(r"\bto\b", sentence[m.end():g.start - s]):
        who = name_after(ctx, sm, s + m.start(), r"requir(?:es|ed|ing)|direct(?:s|ed|ing)|forc(?:es|ed|ing)|"
                                                 r"compel(?:s|led|ling)", within=40, authorities=False)
        if who:
            return who
    # "the $18.7 billion agreement that BP reached"
    if cues.SETTLEMENT_BY.match(text[g.end:g.end + 30]) or re.match(r"^\s+(?:settlement|agreement|deal)\s+(?:that|which)\s+",
                                                                    text[g.end:g.end + 40]):
        nxt = next((n for n in sm.names if n.start > g.end and n.start - g.end <= 35), None)
        if nxt and cues.SETTLEMENT_VERB.match(text[nxt.end:nxt.end + 20]):
            return ctx.full(nxt.text)
    # "fines of €1.2 billion against Meta and €746 million against Amazon": each sum names its own payer
    if re.match(r"\s+(?:against|on|upon)\s", text[g.end:g.end + 10]):
        who = name_after(ctx, sm, g.end, "on|against|upon", within=30, authorities=False)
        if who:
            return who
    # "a penalty of Rs.5 crores on NDTV", "imposed on Ant Group", "a fine against Google"
    who = name_after(ctx, sm, min(cue_at, g.start), "on|against|upon", within=120, authorities=False)
    if who:
        return who
    # "a 1.1 billion euro fine of chip-maker Intel"
    who = name_after(ctx, sm, g.end, "of", within=20, authorities=False)
    if who:
        return who
    who = possessor_before(ctx, sm, cue_at)
    if who and not is_authority(who):
        return who
    # "its investigation into Apple's privacy practices ..., resulting in a €850 million fine"
    target = next((n for n in sm.names if n.end <= g.start and not n.is_authority and not is_place(n.text)
                   and cues.INVESTIGATION_INTO.search(text[max(s, n.start - 40):n.start])), None)
    if target:
        return ctx.full(target.text)
    # passive or "X agreed to pay": the subject of the verb that governs the sum
    verbs = [v for v in cues.PAY_VERB.finditer(sentence) if s + v.start() < g.start]
    if verbs:
        at = s + verbs[-1].start()
        subj = subjects(ctx, sm, at)
        if subj:
            return subj[0]
        generic = generic_subject(ctx, sm, at) or ctx.resolve(sentence[:verbs[-1].start()], sm.index)
        if generic:
            return generic
    # "fined $X for Alleged CCPA Privacy Rights Violations", "for violating the EU's General Data Protection
    # Regulation (GDPR)": the reason for a fine names the rule broken, not who pays
    names = [n for n in sm.names if not n.is_authority and not n.possessive and not is_place(n.text)
             and not _REASON_BEFORE.search(text[max(s, n.start - 80):n.start]) and not _heading_line(text, s, n, g)]
    return ctx.full(names[0].text) if names else ctx.resolve(sentence, sm.index)


def _heading_line(text: str, s: int, n, g: MoneyGroup) -> bool:
    """"Executive Summary\nThe Board ... resulting in a €850 million fine": a name on an unpunctuated opening line
    that the sentence only runs on from is a heading, not a party."""
    nl = text.find("\n", n.end, g.start)
    return nl != -1 and "\n" not in text[s:n.start] and nl - s <= 80 and not re.search(r"[.:;!?]\s*$", text[s:nl])


_REASON_BEFORE = re.compile(r"\b(?:for|over)\s+(?:violating|breaching|breaking|infringing|flouting|alleged|"
                            r"violations?\s+of|breach(?:es)?\s+of)\s+(?:(?:the|its|their|[\w.’']+['’]s)\s+)?"
                            r"(?:[\w.’'-]+\s+){0,6}(?:\(\s*)?$")


def _company(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue: re.Match[str]) -> str | None:
    """The company a valuation or offering belongs to."""
    text = ctx.doc.text
    s = sm.sentence.start
    cue_at = s + cue.start()
    # "Gland Pharma (about Rs 6,480 crore)", "ICICI Bank raising about Rs 15,000 crore": the name glued to the sum
    glued = next((n for n in reversed(sm.names) if n.end <= g.start and g.start - n.end <= 60), None)
    if glued and not glued.is_authority and not is_place(glued.text) and (
            cues.NAME_BRACKET.fullmatch(text[glued.end:g.start]) or cues.RAISER_BEFORE.fullmatch(text[glued.end:g.start])):
        return ctx.full(glued.text)
    # "Lumina Bio, which is now valued at $2 billion": the name the relative clause describes
    rel = re.search(r",\s+(?:which|that)\s+(?:(?:is|was|has|had|have|been|are|were|now|currently|since|once|last|"
                    r"already|reportedly|recently)\s+)*$", text[s:cue_at])
    if rel and re.match(r"valu(?:ed|es|ing)\s+(?!at\b)", text[cue_at:cue_at + 20]):
        rel = None  # "a round led by A and B, which valued the company at ...": the relative's subject does the valuing
    if rel:
        n = next((n for n in reversed(sm.names) if n.end <= s + rel.start() and s + rel.start() - n.end <= 1), None)
        if n and not is_place(n.text) and not n.is_authority:
            return ctx.full(n.text)
    # "agreed to buy Sorrel Brands in a deal that values the snack maker at ...": the descriptor is the target
    desc = re.search(rf"\b(?:valu(?:ing|ed|es)|value)\s+(?:the|this)\s+(?:[\w\-]+\s+){{0,3}}?{cues.DESCRIPTOR_HEAD}\b",
                     text[s:g.start])
    if desc:
        who = name_after(ctx, sm, s, r"buy|buying|bought|acquire|acquiring|acquired|purchase|takeover of|"
                                     r"acquisition of|bid for|merge with|merger with|offer for|per share for",
                         within=desc.start())
        if who:
            return who
        # "Veeam expanded its investor base with an offering that valued the company at $15 billion": the
        # sentence's own subject is the company the descriptor points back to
        first = next((n for n in sm.names if n.start < s + desc.start()), None)
        if (first is not None and first.start - s <= 12 and not first.is_authority and not is_place(first.text)
                and not first.possessive and cues.DESCRIPTOR_THEN_NAME.match(" " + text[first.end:first.end]) is None
                and (re.match(r"\s+(?:has\s+|had\s+|have\s+)?[a-z]+(?:ed|s)\b", text[first.end:first.end + 20])
                     # "- Orbita Labs: $110M Series C ..., valuing the satellite imaging company at $900M": a list
                     # item's label names what the item is about
                     or re.match(r":\s", text[first.end:first.end + 2]))):
            return ctx.full(first.text)
    who = possessor_before(ctx, sm, cue_at) or possessor_before(ctx, sm, g.start)
    if who:
        return who
    m = re.search(r"\b(?:valu(?:ing|ed|es)|value|gives?|giving)\s+", text[s:g.start])
    if m:
        who = name_after(ctx, sm, s + m.start(), r"valuing|valued|values|value|give|gives|giving", within=30)
        if who:
            return who
    # "save Ant from going public", "Ant's IPO"
    for n in sm.names:
        if cues.GOES_PUBLIC.match(text[n.end:n.end + 40]) and not is_place(n.text) and not n.is_authority:
            return ctx.full(n.text)
    at = min(cue_at, g.start)
    if any(at < m.end() <= g.start for m in cues.CLAUSE_BOUNDARY.finditer(text, s, g.start)):
        at = g.start  # "Yes Bank took the FPO route to mop-up Rs 15,000 crore, while SME raised Rs 24 crore": the cue
        # belongs to the first clause, the sum to the second
    # "it would give it a valuation", "its IPO": the pronoun's organisation is the clause subject
    subj = subjects(ctx, sm, at)
    if subj:
        return subj[0]
    resolved = generic_subject(ctx, sm, at) or ctx.resolve(text[s:g.start], sm.index)
    if resolved:
        return resolved
    # the first name of the sum's own clause ("..., while SME raised Rs 24 crore": not the first clause's issuer),
    # not a counterparty ("capital from LIC")
    bounds = [m.end() for m in cues.CLAUSE_BOUNDARY.finditer(text, s, g.start)]
    clause = bounds[-1] if bounds else s
    names = [n for n in sm.names if not n.is_authority and not is_place(n.text) and not n.possessive
             and n.start >= clause
             # a counterparty ("capital from LIC") or a round's backer ("a round in 2021 led by Tiber") is not the company
             and not re.search(r"\b(?:from|with|to)\s+(?:the\s+)?$", text[max(s, n.start - 10):n.start])
             and not (n.start > g.end and re.search(r"\b(?:led|co-led|backed|headed)\s+by\s+(?:the\s+)?$",
                                                    text[max(s, n.start - 16):n.start]))
             and not _SOURCE_BEFORE.search(text[max(s, n.start - 70):n.start])]
    return ctx.full(names[0].text) if names else _salient_here(ctx, sm, clause)


# "according to the Draft Red Herring Prospectus (DRHP)": a source of the figure, not its company
_SOURCE_BEFORE = re.compile(r"\baccording to\b[^.;,]{0,60}$", re.I)


def _salient_here(ctx: DocContext, sm: SentenceMentions, start: int | None = None) -> str | None:
    """The article's main organisation, when the sentence names it or refers to it ("it", "the company"); a sum
    whose sentence names no issuer ("14 main-board IPOs mopped up Rs 26,313 crore", "firms raised Rs 10.6 lakh
    crore") is a market total, nobody's record."""
    start = sm.sentence.start if start is None else max(start, sm.sentence.start)
    if ctx.salient and any(core_words(n.text) == core_words(ctx.salient) for n in sm.names if n.start >= start):
        return ctx.salient
    return ctx.resolve(ctx.doc.text[start:sm.sentence.end], sm.index)


def _company_draft(kind: str, ctx: DocContext, sm: SentenceMentions, g: MoneyGroup,
                   cue: re.Match[str]) -> list[Draft]:
    company = _company(ctx, sm, g, cue)
    if company is None or is_place(company):
        return []  # "total investment in India", "China's GDP": a country is not a company
    text = ctx.doc.text
    told = [n for n in sm.names if ctx.full(n.text) == company]
    if told and all(_SOURCE_BEFORE.search(text[max(sm.sentence.start, n.start - 70):n.start]) for n in told):
        return []  # "..., according to the Draft Red Herring Prospectus (DRHP)": the source, not the issuer
    return [_draft(kind, sm, g, company=company)]


def _investments(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue: re.Match[str], each: bool) -> list[Draft]:
    text = ctx.doc.text
    s = sm.sentence.start
    sentence = text[s:sm.sentence.end]
    before = [v for v in re.finditer(r"\b(?:invest(?:s|ed|ing)?|put|inject(?:s|ed)?|pour(?:s|ed)?|sunk|backed|pump(?:s|ed)?|"
                                     r"buy|buys|bought|to buy|purchase)\b", sentence) if s + v.start() < g.start]
    verb = before[-1] if before else None
    raise_verb = re.search(r"\b(?:rais(?:e|es|ed|ing)|secured|closed|clos(?:es|ing)|completed|gets?|got|receiv\w*)\b",
                           sentence[:g.start - s])
    company = None
    investors: list[str | None] = [None]
    round_total = bool(cues.ROUND_TOTAL.match(text[g.end:g.end + 40])) or bool(
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
            investors = names if each else ([names[0]] if len(names) == 1 else [None])
        elif ctx.resolve(sentence[:verb.start()], sm.index) and re.search(r"\b(?:it|they)\s+(?:\w+\s+){0,3}$",
                                                                          sentence[:verb.start()]):
            investors = [ctx.resolve(sentence[:verb.start()], sm.index)]
        company = target or name_after(ctx, sm, s + verb.start(), "in|into", within=200)
        by = re.search(r"\binvestment\b[^.]{0,60}?\bby\s+", sentence)
        if by and investors == [None]:
            who = name_after(ctx, sm, s + by.start(), "by", within=80)
            joint = re.search(r"\b(?:joint|and)\b", sentence[by.end():by.end() + 60])
            investors = [None] if joint else [who]
    elif (possessor_before(ctx, sm, g.start, within=3) and target
          and re.match(r"^\s+(?:[\w-]+\s+)?investments?\s+in", text[g.end:g.end + 40])):
        # "Ironwood Capital's $75 million investment in Shoal Robotics"
        investors, company = [possessor_before(ctx, sm, g.start, within=3)], target
    else:
        # "Swiggy has closed a $1.25 billion round led by ...", "Nomupay raised $12m": the company took the money
        at = s + raise_verb.start() if raise_verb else g.start
        subj = subjects(ctx, sm, at)
        company = subj[0] if subj else (generic_subject(ctx, sm, at) or ctx.resolve(text[s:at], sm.index))
        frm = name_after(ctx, sm, g.end, "from", within=40)
        if frm and _several_backers(text[g.end:sm.sentence.end], frm):
            frm = None  # "from investors including General Catalyst and Thrive Capital": the sum is theirs jointly
        investors = [frm] if frm else [None]
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
            if other is None and ctx.salient and core_words(ctx.salient) != core_words(lead[0]):
                other = ctx.salient
            whole = round_total or bool(re.fullmatch(r"\s*(?:a|an|the|its|their)\s*", text[s + led.end() - 1:g.start].
                                                      replace("$", "")) and cues.ROUND_TOTAL.match(text[g.end:g.end + 40]))
            company = other
            investors = [None] if whole else [lead[0]]
    if round_total:
        investors = [None]
        company = company if not target else target
        if re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$", text[max(s, g.start - 40):g.start]):
            company = ctx.resolve("its", sm.index) if company is None or company in investors else company
    if company is None:
        # "The $40 million Series B, led by X, brings total funding for Nebula Freight to ...": the company is named
        # after the sum, past the round's backers
        company = (possessor_before(ctx, sm, g.start) or _round_company(ctx, sm, g) or _valuation_owner(ctx, sm, g)
                   or _salient_here(ctx, sm))
    for_whom = next((n for n in sm.names if 0 <= n.start - g.end <= 6 and re.match(r"\s+for\s+$", text[g.end:n.start])), None)
    if for_whom is not None and is_place(for_whom.text):
        return []  # "raised $1.2 million for Haiti": money collected for a country is charity, not an investment
    if _ASSET_TARGET.match(text, g.end):
        return []  # "invest Rs 450 crore in a new plant in Gujarat": spending on an asset, not money put into a company
    if company is None or is_place(company) or _aimed_at_place(ctx, sm, g):
        return []  # "total investment through Vision Fund 2 in India": a country-level plan, not a deal
    if company in investors and company is not None:
        return []
    return [_draft("investments", sm, g, investor=i, company=company) for i in investors]


_ASSET_TARGET = re.compile(r"\s+(?:in|into|on)\s+(?:a|an|the|its|their)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:plants?|factory|"
                           r"factories|facility|facilities|capacity|project|warehouses?|data cent(?:er|re)s?|"
                           r"production lines?|refinery|mine)\b", re.I)
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


_LED_ROUND = re.compile(r"\b(?:led|co-led|leads|leading|headed)\s+(?:the|a|an|its|this|their)\s+(?=[^.;]{0,60}"
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


def _valuation_owner(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> str | None:
    """"The $600 million Series D funding round boosted Crusoe’s valuation to $2.8 billion": the round's company is
    the one whose valuation it moved."""
    text = ctx.doc.text
    for n in sm.names:
        if n.start > g.end and n.possessive and not is_place(n.text) and not n.is_authority \
                and re.match(r"^(?:['’]s?)?\s+(?:[\w-]+\s+)?valuation\b", text[n.end:n.end + 30]) \
                and not re.search(r"[;]|\b(?:while|but|whereas)\b", text[g.end:n.start]):
            return ctx.full(n.text)
    return None


def _several_backers(after: str, first: str) -> bool:
    at = after.find(first)
    if at < 0:
        return False
    return bool(re.search(r"\b(?:including|such as|among them|led by)\s+$", after[:at])
                or re.match(r"^(?:,\s*[A-Z]|\s+and\s+[A-Z]|\s*&\s*[A-Z])", after[at + len(first):]))


def _aimed_at_place(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup) -> bool:
    """"the total investment through Vision Fund 2 in India could go up to $4 billion": an investment cue before the
    sum whose object is a country is a country-level plan, not a deal with a company."""
    s = sm.sentence.start
    for m in cues.INVESTMENT.finditer(ctx.doc.text, s, g.start):
        place = name_after_raw(ctx, sm, m.end())
        if place and is_place(place) and ctx.doc.text.find(place, m.end()) < g.start:
            return True
    return False


def name_after_raw(ctx: DocContext, sm: SentenceMentions, pos: int) -> str | None:
    """The first "in <Name>" within a short reach after `pos` ("investment through Vision Fund 2 in India"),
    places included."""
    n = next((n for n in sm.names if n.start >= pos and n.start - pos <= 60
              and re.search(r"\bin\s+(?:the\s+)?$", ctx.doc.text[pos:n.start])), None)
    return n.text if n else None
