"""Fines, valuations, offerings and investments: each money figure, the cue that names its kind, and the
rule module for that kind (fines, companies, investments)."""
from __future__ import annotations

import re

from extractors.records import cues
from extractors.records.classify import classify, not_a_deal
from extractors.records.companies import company_draft, ipo_continued
from extractors.records.context import DocContext, SentenceMentions
from extractors.records.drafts import Draft, draft
from extractors.records.fines import fine_drafts, fine_list_next
from extractors.records.investments import (announced_investment, investment_drafts, investment_for_stake, paid_for_stake,
                                            placed_with, preferential, stake_for_new_money, stake_value, subscription)


def money_drafts(ctx: DocContext, sm: SentenceMentions) -> list[Draft]:
    text = ctx.doc.text
    s = sm.sentence.start
    sentence = sm.sentence.text
    drafts: list[Draft] = []
    prev: tuple[str | None, re.Match[str] | None] = (None, None)
    for gi, g in enumerate(sm.money):
        kind, cue = classify(sentence, g.start - s, g.end - s)
        if kind in (None, "valuations") and (deal := _regulator_deal(ctx, sm, g)) is not None:
            # "The SEC agreed a deal totalling $375m with Banc of America Capital Management": a regulator's settlement
            kind, cue = "fines", deal
        if kind is None and _GROSS_PROCEEDS.search(text, max(s, g.start - 40), g.start):
            # "announced the pricing of its initial public offering ..., raising gross proceeds of $50 million": the
            # gross proceeds of a share issue are its size
            issue = [m for m in cues.OFFERING.finditer(sentence) if not re.match(r"(?i)offering price", sentence[m.start():])]
            kind, cue = ("offerings", issue[0]) if issue else (kind, cue)
        if kind is None and _PAYS_BEFORE.search(text, max(s, g.start - 40), g.start) and _fines_told_before(ctx, sm):
            # "the three companies also agreed to pay fines. Cetera will pay $300,000, Cambridge will pay $250,000": the
            # sums a payer pays after a sentence about the fines are those fines
            kind, cue = "fines", _Shifted(_PAYS_BEFORE.search(text, max(s, g.start - 40), g.start), -s)
        if kind == "fines" and _PURPOSE_AFTER.match(text, g.end):
            prev = (None, None)
            continue  # "includes $5m in fines and more than $4m to fund state compliance checks": spent, not a fine
        if _OWN_NOUN_NOT_RECORD.match(text, g.end):
            prev = (None, None)
            continue  # "ordered to pay £15m fine and £5.6m for legal costs": the sum's own noun says it is costs
        if gi and prev[0] and (cues.PARALLEL_GAP.match(text[sm.money[gi - 1].end:g.start])
                               or cues.LIST_GAP.match(text[sm.money[gi - 1].end:g.start])):
            kind, cue = prev  # "dropped to $63.8 billion from its once estimated $235 billion"
        elif gi and prev[0] == "fines" and fine_list_next(sm, text, sm.money[gi - 1].end, g.start):
            kind, cue = prev  # "fined A 218 million euros and its rival B 97 million euros", "Rs 2 crore on A, Rs 75 lakh on B"
        if kind != "fines":
            changed = _FINE_CHANGED_TO.search(text, s, g.start)
            if changed and changed.end() == g.start:
                kind, cue = "fines", re.search(r"\b(?:fine|penalty)\b", sentence[changed.start() - s:], re.I)
                # "cut a 1.1 billion euro fine imposed on X to 740 million euros": the fine as it now stands
                cue = _Shifted(cue, changed.start() - s) if cue else None
        plain = kind != "fines" and not not_a_deal("investments", sentence, g.start - s, g.end - s)
        held = stake_value(ctx, sm, g) if plain else None
        if held is not None:
            drafts.append(draft("investments", sm, g, investor=held[0], company=held[1],
                                rule=f"investments:stake-value/{held[2]}"))
            prev = ("investments", cue)
            continue
        made = announced_investment(ctx, sm, g) if plain and kind in (None, "investments") else None
        made = made or (paid_for_stake(ctx, sm, g) if plain and kind != "fines" else None)
        if made is not None:
            drafts.append(draft("investments", sm, g, investor=made[0], company=made[1],
                                rule=f"investments:{made[2]}"))
            prev = ("investments", cue)
            continue
        placed = placed_with(ctx, sm, g) if plain and kind in (None, "offerings", "investments") else None
        if placed is not None:
            drafts.append(draft("investments", sm, g, investor=placed[0], company=placed[1],
                                rule=f"investments:placement/{placed[2]}"))
            prev = ("investments", cue)
            continue
        sub = (subscription(ctx, sm, g) or stake_for_new_money(ctx, sm, g) or investment_for_stake(ctx, sm, g)) \
            if kind != "fines" else None
        if sub is not None:
            drafts.append(draft("investments", sm, g, investor=sub[0], company=sub[1], rule=f"investments:{sub[2]}"))
            prev = ("investments", cue)
            continue
        pref = preferential(ctx, sm, g) if kind in (None, "offerings", "investments") else None
        if pref is not None:
            drafts.append(draft("investments", sm, g, investor=pref[0], company=pref[1],
                                rule="investments:preferential/allotted-to-investor"))
            prev = ("investments", cue)
            continue
        if kind == "investments" and cue is not None and ipo_continued(ctx, sm, g):
            kind = "offerings"  # "X is expected to price its IPO on Wednesday. It is seeking to raise up to $640 million."
        valued = cues.VALUATION_TO.search(text, max(s, g.start - 160), g.start)
        if kind in (None, "investments", "offerings") and valued:
            kind, cue = "valuations", _Shifted(valued, -s)  # "the valuation doubled from that last round to $5 billion"
        floated = cues.FLOAT_VALUE_AFTER.match(text, g.end)
        if kind in (None, "investments", "offerings") and floated:
            kind, cue = "valuations", _Shifted(floated, -s)  # "plans for £4.5bn float"
        listed_for = cues.LISTED_FOR.search(text, max(s, g.start - 120), g.start)
        if kind in (None, "investments", "offerings") and listed_for:
            kind, cue = "valuations", _Shifted(listed_for, -s)  # "plans to list on the stock market for £4.5billion"
        prev = (kind, cue)
        if kind is None or cue is None:
            continue
        blocked = not_a_deal(kind, sentence, g.start - s, g.end - s)
        if blocked == "pre-ipo-round":
            # "Shopclues looks to go IPO, eyes a $75-$100 Million pre-IPO round": the round before the offering is
            # an investment round of the company
            rnd = re.compile(r"\bround\b", re.I).search(sentence, g.end - s)
            kind, cue, blocked = ("investments", rnd, None) if rnd else (kind, cue, blocked)
        if blocked:
            continue  # "the $350 million it manages", "originally planned to raise $2 billion"
        if g.main.amount < 1000 and not _SCALE.search(g.main.text) and kind != "fines":
            continue  # "opened at Rs 142", "a range of $20 to $22": a price per share, not a sum
        if _foreign_clause(text[max(s, g.start - 60):g.start]):
            continue  # "sanction de 900 000 euros à l'encontre de ...": another language's line, read by no rule here
        after = text[g.end:g.end + 12]
        if kind == "fines":
            drafts += fine_drafts(ctx, sm, g, gi, cue)
        elif kind == "valuations":
            drafts += company_draft("valuations", ctx, sm, g, cue)
        elif kind == "offerings":
            drafts += company_draft("offerings", ctx, sm, g, cue)
        elif kind == "investments":
            each = bool(cues.EACH.match(after)) or bool(cues.EACH_BEFORE.search(text[max(s, g.start - 60):g.start])) \
                or bool(_EACH_OF.match(sentence, 0, g.start - s))
            drafts += investment_drafts(ctx, sm, g, cue, each=each)
    return drafts


# "Each of Guangzhou Fullshare and Zhongyuan Union has conditionally agreed to invest RMB42.5 million in Tianjin Bailesi
# respectively": the one sum is every subject's
_EACH_OF = re.compile(r"\W*(?:Each|Both)\s+of\s+[^.;]*?\b(?:invest\w*|put|inject\w*|contribut\w*|commit\w*|subscribe\w*)\b",
                      re.I)


# "£5.6m for legal costs", "$2m in fees": what the sum is for names it costs, not a record
# "the £5.6million bill for costs of the investigation"
_OWN_NOUN_NOT_RECORD = re.compile(r"\s+(?:(?:legal\s+|costs\s+)?bill\s+)?(?:in|for|towards?|to\s+cover)\s+(?:the\s+)?"
                                  r"(?:(?:legal|investigation|tribunal|court|prosecution|regulator['’]s|its|their)\s+)?"
                                  r"(?:costs|expenses|fees)\b|\s+(?:legal\s+|costs\s+)?bill\b", re.I)
# "cut a 1.1 billion euro ($1.15 billion) antitrust fine imposed on X to 740 million euros", "reduced the penalty to"
_FINE_CHANGED_TO = re.compile(r"\b(?:cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|slashed|slashes|trimmed|"
                              r"raised|raises|increased|increases)\s+(?:the\s+|a\s+|its\s+)?(?:[^.;]|(?<=\d)\.(?=\d)|"
                              r"(?<=[A-Z])\.){0,120}?\b(?:fine|penalty)\b(?:[^.;]|(?<=[A-Z])\.){0,90}?\bto\s+"
                              r"(?:(?:about|around|nearly|roughly|approximately|some)\s+)?", re.I)


# "Cetera will pay $300,000", "KMS paid $200,000": a payer's verb glued to the sum
_PAYS_BEFORE = re.compile(r"\b(?:will|would|must|is\s+to|are\s+to|has\s+to|have\s+to)?\s*(?:pay|pays|paid)\s+"
                          r"(?:(?:about|around|nearly|almost|roughly|approximately|some|over|more\s+than|a\s+further|"
                          r"another)\s+)?$")
# the sentence before speaks of fines or penalties and states no sum of its own
_FINES_WORD = re.compile(r"\b(?:fines|penalties|fine|penalty|civil\s+penalties)\b", re.I)


def _fines_told_before(ctx: DocContext, sm: SentenceMentions) -> bool:
    if _FINES_WORD.search(sm.sentence.text[:40]):
        return True
    if sm.index == 0:
        return False
    before = ctx.items[sm.index - 1]
    # "... have agreed to pay $158 million to settle ... Verizon Wireless will pay $90 million and Sprint will pay
    # $68 million": the parts of a settlement told just before
    return bool(_FINES_WORD.search(before.sentence.text)) and not before.money or bool(
        before.money and cues.FINE_SETTLED.search(before.sentence.text) and cues.FINE.search(before.sentence.text))


_GROSS_PROCEEDS = re.compile(r"\b(?:aggregate\s+|total\s+)?gross\s+proceeds\s+(?:of|totall?ing)\s+(?:(?:about|around|"
                             r"approximately|nearly|roughly|some|up\s+to)\s+)?$", re.I)


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


_SCALE = re.compile(r"\d\s*(?:k|m|mn|mln|b|bn|tn|cr|thousand|million|billion|trillion|crores?|lakhs?)\b", re.I)


# lower-case function words of French, Spanish, Italian, Portuguese and German that English prose does not use;
# two of them among the last words before a sum mark a clause the English rules cannot read
_FOREIGN_WORDS = frozenset({"en", "de", "du", "des", "à", "le", "les", "la", "et", "une", "sur", "pour", "par", "dans",
                            "au", "aux", "und", "für", "mit", "del", "los", "las", "el", "di", "della", "il", "da",
                            "dos", "uma", "um", "con", "por", "para", "sanción", "amende", "multa", "geldbuße"})


def _foreign_clause(before: str) -> bool:
    words = re.findall(r"[^\W\d_]+", before)[-6:]
    return sum(w in _FOREIGN_WORDS for w in words) >= 2


# what a sum is spent on: "$4m to fund state compliance checks"
_PURPOSE_AFTER = re.compile(r"\s*\)?\s+to\s+(?:fund|finance|pay\s+for|cover|support|set\s+up|establish|create)\b", re.I)
# a deal told with its size: "agreed a deal totalling $375m", "had reached a $140m deal"
_DEAL_SIZE_BEFORE = re.compile(r"\b(?:agreed|reached|struck|announced|unveiled|signed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:deal|settlement|agreement)\s+(?:totall?ing|worth|of|valued\s+at)\s+"
                               r"(?:(?:about|around|nearly|some|almost|roughly|more\s+than)\s+)?$", re.I)
# "the FCC reached similar deals with AT&T and T-Mobile, who paid $105M and $90M respectively"
_DEALS_WHO_PAID = re.compile(r"\b(?:agreed|reached|struck|announced|signed)\s+(?:[\w-]+\s+){0,2}?(?:deals?|settlements?|"
                             r"agreements?)\s+with\b[^.;]{0,80}?,?\s+(?:who|which)\s+(?:(?:have|has|had|will|would)\s+)?"
                             r"(?:paid|pay|agreed\s+to\s+pay)\s+(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\band\s+)?"
                             r"(?:(?:about|around|nearly|some|almost|roughly|more\s+than)\s+)?$", re.I)
_DEAL_AFTER = re.compile(r"\s+(?:deal|settlement|agreement)\b", re.I)
_DEAL_SUM_BEFORE = re.compile(r"\b(?:agreed|reached|struck|announced|unveiled|signed)\s+(?:a|an)\s+$", re.I)


def _regulator_deal(ctx: DocContext, sm: SentenceMentions, g) -> _Shifted | None:  # type: ignore[no-untyped-def]
    """A public body as the subject that agreed or reached a deal of a stated size: the deal is a settlement with it
    ("The SEC agreed a deal totalling $375m with ...", "the SEC said it had reached a $140m deal ... in its probe
    into ..."). None where the subject is no public body."""
    text = ctx.doc.text
    s = sm.sentence.start
    m = _DEAL_SIZE_BEFORE.search(text, max(s, g.start - 80), g.start) or (
        _DEAL_SUM_BEFORE.search(text, max(s, g.start - 30), g.start) if _DEAL_AFTER.match(text, g.end) else None) \
        or _DEALS_WHO_PAID.search(text, max(s, g.start - 160), g.start)
    if m is None:
        return None
    first = next((n for n in sm.names if n.start < m.start()), None)
    if first is None or not first.is_authority or first.possessive:
        return None
    return _Shifted(m, -s)
