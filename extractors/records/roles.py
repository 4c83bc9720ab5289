"""Who does what in a sentence: subjects, the name after "by"/"on"/"in", possessors, lists joined by "and"."""
from __future__ import annotations

import re

from extractors.organisations import Name
from extractors.records.context import DocContext, SentenceMentions

# an appositive or relative clause between a subject and its verb: ", an affiliate of ... Alibaba,"
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|which|who|whose|founded|based|owned|backed|led|once|now|its|one)\b[^,]{0,160},")
_LOWER_GAP = re.compile(r"^(?:[\s\-–—]*(?:[a-z][\w\-’']*|[A-Z][a-z]+(?:an|ese|ish|ch|i)|U\.S\.|US|UK|E\.U\.|\d+)"
                        r"(?:[\s\-–—]+|$))*$")


def _is_place_possessive(n: Name, names: list[Name]) -> bool:
    """"China's Ant Group": a possessive place or parent right before another name only qualifies it."""
    return n.possessive and any(0 < m.start - n.end <= 3 for m in names)


def names_between(sm: SentenceMentions, start: int, end: int) -> list[Name]:
    return [n for n in sm.names if start <= n.start and n.end <= end]


def subjects(ctx: DocContext, sm: SentenceMentions, verb_at: int, *, authorities: bool = False) -> list[str]:
    """Names before the verb at `verb_at`, outside appositives: "A, B and C invested" → [A, B, C]."""
    text = ctx.doc.text
    s = sm.sentence.start
    head = text[s:verb_at]
    masked = _APPOSITIVE.sub(lambda m: " " * len(m.group()), head)
    cands = [n for n in sm.names if n.end <= verb_at and masked[n.start - s:n.end - s].strip()
             and not _is_place_possessive(n, sm.names) and (authorities or not n.is_authority)]
    if not cands:
        return []
    # a list joined by commas / "and" right before the verb
    out = [cands[-1]]
    for n in reversed(cands[:-1]):
        gap = text[n.end:out[0].start]
        if re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", gap):
            out.insert(0, n)
        else:
            break
    first = cands[0]
    if len(out) == 1 and out[0] is not first:
        # the clause's subject is its first name unless a clause boundary intervenes
        between = masked[first.end - s:out[0].start - s]
        if not re.search(r"[;:]|\b(?:which|who|that|after|when|while|as|because|said)\b", between):
            out = [first]
    return [ctx.full(n.text) or n.text for n in out]


def name_after(ctx: DocContext, sm: SentenceMentions, pos: int, words: str, *, within: int = 80,
               authorities: bool | None = None) -> str | None:
    """The name that follows one of `words` ("in", "on|against") after `pos`, past lower-case descriptors."""
    text = ctx.doc.text
    end = sm.sentence.end
    for m in re.finditer(rf"\b(?:{words})\s+", text[pos:end]):
        at = pos + m.end()
        if at - pos > within:
            break
        for n in sm.names:
            if n.start >= at and _LOWER_GAP.match(text[at:n.start]) and n.start - at <= 60:
                if authorities is not None and n.is_authority != authorities:
                    break
                if _is_place_possessive(n, sm.names):
                    continue
                return ctx.full(n.text)
        generic = ctx.resolve(text[at:at + 60].split(",")[0], sm.index)
        if generic and re.match(r"(?:the|it|its|this)\b", text[at:at + 5], re.I):
            return generic
        break
    return None


def possessor_before(ctx: DocContext, sm: SentenceMentions, pos: int, within: int = 40) -> str | None:
    """"Ant Group's estimated value" → Ant Group."""
    for n in reversed(sm.names):
        if n.possessive and n.end <= pos and pos - n.end <= within:
            return ctx.full(n.text)
    return None


def authority_phrase(ctx: DocContext, sm: SentenceMentions, pos: int) -> str | None:
    """"imposed by the People's Bank of China", "by the country's top securities regulator"."""
    text = ctx.doc.text
    m = re.compile(r"\bby\s+((?:the\s+)?(?:[\w’'.\-]+\s+){0,5}?(?:regulator|watchdog|authority|authorities|"
                   r"commission|agency|court|government|ministry|bank|board|administration))\b", re.I
                   ).search(text, pos, sm.sentence.end)
    n = name_after(ctx, sm, pos, "by", within=200, authorities=True)
    if n:
        return n
    if m:
        phrase = re.sub(r"^the\s+|^(?:country|nation|state)['’]s\s+", "", m.group(1), flags=re.I)
        return re.sub(r"^(?:the\s+)?(?:country|nation|state)['’]s\s+", "", phrase, flags=re.I)
    return None
