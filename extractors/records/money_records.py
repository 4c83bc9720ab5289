"""Fines, valuations, offerings and investments: a money figure, the cue that names its kind, and who is who."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.records import cues
from extractors.records.classify import classify
from extractors.records.context import DocContext, MoneyGroup, SentenceMentions
from extractors.records.roles import authority_phrase, name_after, possessor_before, subjects


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
    groups = sm.money
    for gi, g in enumerate(groups):
        kind, cue = classify(sentence, g.start - s, g.end - s)
        if kind is None:
            continue
        after = text[g.end:g.end + 12]
        if kind == "fines":
            drafts += _fines(ctx, sm, g, gi, cue)
        elif kind == "valuations":
            if re.search(r"\b(?:shares|stake|options|stock|donation|gift|assets)\b[^.]{0,25}$",
                         text[max(s, g.start - 40):g.start], re.I) and cue.group().lower() == "worth":
                continue
            drafts.append(_valuation(ctx, sm, g, cue))
        elif kind == "offerings":
            drafts.append(_offering(ctx, sm, g, cue))
        elif kind == "investments":
            drafts += _investments(ctx, sm, g, cue, each=bool(cues.EACH.match(after)))
    return drafts


def _draft(kind: str, sm: SentenceMentions, g: MoneyGroup, **fields) -> Draft:
    return Draft(kind, fields, g.main.start, g.end, sm.index, g)


def _fines(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, gi: int, cue: re.Match[str]) -> list[Draft]:
    text = ctx.doc.text
    s, e = sm.sentence.start, sm.sentence.end
    sentence = sm.sentence.text
    cue_at = s + cue.start()
    authority = authority_phrase(ctx, sm, min(cue_at, g.start))
    payers: list[str] = []
    # "Meituan and Didi, which were hit with fines of $534 million and $1.19 billion respectively"
    if cues.RESPECTIVELY.search(sentence) and len(sm.money) > 1:
        verb = re.search(r"\b(?:were|was|have been|had been|got|received|paid|pay)\b", text[s:sm.money[0].start])
        names = subjects(ctx, sm, s + verb.start()) if verb else []
        if len(names) == len(sm.money):
            payers = [names[gi]]
    if not payers:
        payers = [_payer(ctx, sm, g, cue_at)] if _payer(ctx, sm, g, cue_at) else [None]  # type: ignore[list-item]
    if authority is None:
        active = re.search(r"\b(?:fined|fines|imposed|levied|slapped|ordered|penali[sz]ed|sanctioned)\b", sentence)
        if active:
            subj = subjects(ctx, sm, s + active.start(), authorities=True)
            if subj and _authorityish(subj[0]):
                authority = subj[0]
        if authority is None:
            authority = next((ctx.full(n.text) for n in sm.names if n.is_authority and n.text not in payers), None)
    window = text[max(s, g.start - 120):min(e, g.end + 60)]
    status = ("settled" if cues.FINE_SETTLED.search(window) else
              "proposed" if cues.FINE_PROPOSED.search(text[s:g.end]) else "imposed")
    return [_draft("fines", sm, g, payer=p, authority=authority, status=status) for p in payers]


def _authorityish(name: str) -> bool:
    from extractors.organisations import is_authority
    return is_authority(name)


def _payer(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue_at: int) -> str | None:
    text = ctx.doc.text
    s = sm.sentence.start
    sentence = text[s:sm.sentence.end]
    # "EU fined TikTok $600 million", "fined U.S.-based AI company Replika"
    m = re.search(r"\b(?:fined|fines|penali[sz]ed|sanctioned|ordered)\s+", sentence)
    if m and not re.search(r"\b(?:was|were|been|be|is|are|being|get|got)\s+$", sentence[:m.start()]):
        who = name_after(ctx, sm, s + m.start(), "fined|fines|penali[sz]ed|sanctioned|ordered", within=40,
                         authorities=False)
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
    if who and not _authorityish(who):
        return who
    # passive or "X agreed to pay": the subject
    verb = re.search(r"\b(?:was|were|has been|have been|had been|got|is|are|will|would|must|agreed|paid|pays|"
                     r"pay|to pay|faces?|facing|received|could)\b", sentence)
    if verb:
        subj = subjects(ctx, sm, s + verb.start())
        if subj:
            return subj[0]
        generic = ctx.resolve(sentence[:verb.start()], sm.index)
        if generic:
            return generic
    names = [n for n in sm.names if not n.is_authority and not n.possessive]
    return ctx.full(names[0].text) if names else ctx.resolve(sentence, sm.index)


def _company(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue: re.Match[str]) -> str | None:
    """The company a valuation or offering belongs to."""
    text = ctx.doc.text
    s = sm.sentence.start
    cue_at = s + cue.start()
    who = possessor_before(ctx, sm, cue_at) or possessor_before(ctx, sm, g.start)
    if who:
        return who
    m = re.search(r"\b(?:valu(?:ing|ed)|gives?|giving)\s+", text[s:g.start])
    if m:
        who = name_after(ctx, sm, s + m.start(), r"valuing|valued|give|gives|giving", within=30)
        if who:
            return who
    subj = subjects(ctx, sm, min(cue_at, g.start))
    if subj:
        return subj[0]
    resolved = ctx.resolve(text[s:g.start], sm.index)
    if resolved:
        return resolved
    names = [n for n in sm.names if not n.is_authority]
    return ctx.full(names[0].text) if names else ctx.salient


def _valuation(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue: re.Match[str]) -> Draft:
    return _draft("valuations", sm, g, company=_company(ctx, sm, g, cue))


def _offering(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue: re.Match[str]) -> Draft:
    return _draft("offerings", sm, g, company=_company(ctx, sm, g, cue))


def _investments(ctx: DocContext, sm: SentenceMentions, g: MoneyGroup, cue: re.Match[str], each: bool) -> list[Draft]:
    text = ctx.doc.text
    s = sm.sentence.start
    sentence = text[s:sm.sentence.end]
    verb = re.search(r"\b(?:invest(?:s|ed|ing)?|put|inject(?:s|ed)?|pour(?:s|ed)?|sunk|backed|agreed to invest|"
                     r"will invest|plans to invest)\b", sentence)
    company = None
    investors: list[str | None] = [None]
    raise_verb = re.search(r"\b(?:rais(?:e|es|ed|ing)|secured|closed|clos(?:es|ing)|completed|gets?|got|receiv\w*)\b",
                           sentence)
    if verb and (not raise_verb or verb.start() < raise_verb.start()):
        names = subjects(ctx, sm, s + verb.start())
        if names:
            investors = names if each else ([names[0]] if len(names) == 1 else [None])
        company = name_after(ctx, sm, s + verb.start(), "in|into", within=200)
        by = re.search(r"\binvestment\b[^.]{0,60}?\bby\s+", sentence)
        if by and investors == [None]:
            who = name_after(ctx, sm, s + by.start(), "by", within=80)
            joint = re.search(r"\b(?:joint|and)\b", sentence[by.end():by.end() + 60])
            investors = [None] if joint else [who]
    else:
        # "Swiggy has closed a $1.25 billion round led by ...", "Nomupay raised $12m": the company took the money
        at = s + raise_verb.start() if raise_verb else g.start
        subj = subjects(ctx, sm, at)
        company = subj[0] if subj else ctx.resolve(text[s:at], sm.index)
        frm = name_after(ctx, sm, g.end, "from", within=40)
        investors = [frm] if frm else [None]
    if company is None:
        company = possessor_before(ctx, sm, g.start) or ctx.resolve(sentence, sm.index) or ctx.salient
    return [_draft("investments", sm, g, investor=i, company=company) for i in investors]
