"""Who does what in a sentence: subjects, the name after "by"/"on"/"in", possessors, lists joined by "and".

The rules read English syntax, not particular names: appositives and parentheses are not subjects, a name that
only qualifies a descriptor ("Foodtech major Swiggy", "the Alibaba affiliate") gives way to the head, a clause
boundary ("while G.M. paid") starts a new subject, places are never parties.
"""
from __future__ import annotations

import re

from functools import lru_cache

from extractors.mentions.organisations import Name, core_words, find_names, is_place
from extractors.records import cues
from extractors.records.context import DocContext, SentenceMentions

# an appositive or relative clause between a subject and its verb: ", an affiliate of ... Alibaba,"
_APPOSITIVE = re.compile(r",\s+(?:(?!and\b|or\b|but\b)[a-z][\w\-]*|A|An|The|Which|Who|Former|Chief|CEO|"
                         r"Chairman|President|Founder)\b[^,]{0,160},")
_PARENS = re.compile(r"\([^()]{0,200}\)")
_OWNER_OF = re.compile(r"\b(?:owner|owners|parent|parent\s+company|holding\s+company)\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$", re.I)
# ("Led by German group Bertelsmann, Udacity raised": past a short descriptor too)
_PARTICIPLE_AGENT = re.compile(r"\b(?:led|co-led|backed|headed|funded)\s+by\s+(?:the\s+)?(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?"
                               r"(?:[a-z][\w-]*\s+){0,2}$", re.I)
# "The company, which competes with Dell EMC, Commvault and other backup companies, was valued": a relative clause
# with commas of its own runs to the comma before the main verb's auxiliaries
_RELATIVE_TO_VERB = re.compile(r",\s+(?:which|who)\b[^;:]{0,200},(?=\s+(?:(?:is|was|were|are|has|had|have|been|be|will|"
                               r"would|could|now|also|then|later|since|once)\s+)*$)")
# "Arm — whose partners include Meta and Google — now has": an aside between two dashes
# "Yantai State Asset Management Bureau - a government agency in the city of Yantai - owns": spaced hyphens as dashes
_DASHED = re.compile(r"\s[—–]\s[^—–.;]{1,160}?\s[—–](?=\s)|\s-\s[^—–.;]{1,160}?\s-(?=\s)")
# lower-case descriptors between a preposition and its name ("in ride-hailing start-up Didi"); a verb or another
# preposition ends the phrase ("in a round led by Balderton Capital" does not name the round's company)
_LOWER_GAP = re.compile(r"^(?:[\s\-–—]*(?:(?!(?:by|from|with|led|to|for|at|as|which|who|that|said|says|and|or|after|"
                        r"before|since|through|via|including)\b)[a-z][\w\-’']*|[A-Z][a-z]+(?:an|ese|ish|ch|i)|U\.S\.|US|UK|E\.U\.|\d+|"
                        # "in Berlin-based mobile developer JustPlay": a place glued to a participle describes
                        r"[A-Z][\w.]*-(?:based|headquartered|listed|born)|"
                        # an order's party told by its role, then an honorific: "on the Noticee, Mr. Rakesh Kumar"
                        r"(?:Noticee|Respondent|Appellant|Petitioner|Applicant)s?,?|(?:Mr|Mrs|Ms|Dr|Shri|Smt|Sh)\.?|"
                        # "in holding company Group Menatep": a group word the name is told with
                        r"(?-i:Group))"
                        r"(?:[\s\-–—]+|$))*$")


# "Meghdoot's statutory auditor, ": a possessive, the lower-case noun it owns, and an appositive comma
_POSSESSED_APPOSITIVE = re.compile(r"(?:['’]s?)?\s+(?:[\w\-]+\s+){0,3}[a-z][\w\-]*,\s+")


# an employer's name then a person's role before the person: " executive ", " chief executive officer "
_EMPLOYER_ROLE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,3}?(?:executives?|officers?|directors?|chairman|chairwoman|founder|"
                            r"co-founder|CEO|CFO|COO|chief|managers?|traders?|employees?|bankers?|president|"
                            r"analyst|engineer)\s+(?:officer\s+)?")
ITS_PERSON = re.compile(r"(?:its|their|his|her)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:executives?|officers?|directors?|chairman|"
                         r"chairwoman|founder|co-founder|ceo|cfo|coo|chief|managers?|traders?|employees?|bankers?|"
                         r"president|promoters?|auditors?)\b", re.I)
# a possessive owner then a person's role: "'s former chief operating officer, ", "'s chief executive "
_PERSON_ROLE = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){0,4}?(?:executives?|officers?|directors?|chairman|chairwoman|"
                          r"founder|co-founder|ceo|cfo|coo|chief|managers?|traders?|employees?|bankers?|head|"
                          r"president|auditors?|promoters?)(?:\s+(?:officer|executive))?,?\s+")


def _is_place_possessive(n: Name, names: list[Name]) -> bool:
    """"China's Ant Group": a possessive place or parent right before another name only qualifies it."""
    return n.possessive and any(0 < m.start - n.end <= 3 for m in names)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
# a press release's opening line: "Stuttgart, Germany – July 17, 2025 – Q.ANT ...", "MINNEAPOLIS, Minn. -
# (NewMediaWire) - October 1, 2024 - Roy, ...", "InvestorNewsBreaks – Polyrizon Ltd. (NASDAQ: PLRZ) Secures": the place,
# wire and date before the dash are no party to the news
_DATELINE = re.compile(rf"^[A-Z][^–—()\n]{{1,80}}?\s[–—-]{{1,2}}\s+(?:\([^()]{{1,40}}\)\s+[–—-]{{1,2}}\s+)?{_DATE}\s*[–—-]{{1,2}}\s+"
                       rf"|^[A-Z][^–—()\n]{{1,60}}?,\s+{_DATE}\s*/[^/\n]{{1,30}}/\s*[–—-]{{1,2}}\s+"
                       # "MELBOURNE, Australia, Feb. 10, 2025 (GLOBE NEWSWIRE) — ENA Respiratory"
                       rf"|^[A-Z][^–—()\n]{{1,60}}?,\s+{_DATE}\s*\([^()\n]{{1,40}}\)\s*[–—-]{{1,2}}\s+"
                       r"|^[A-Z][\w.&-]*\s+[–—]\s+(?=[A-Z][^()–—\n]{0,60}\((?:NASDAQ|NYSE|Nasdaq|NYSE American|OTCQB|OTCQX|"
                       r"OTC|TSX|TSXV|CSE|ASX|LSE|AIM)\s*:)")


# "the valuation it hit a year ago, per PitchBook, after raising": the source a fact is told on is no party to it
_SOURCE = re.compile(r"\b(?:[Pp]er|[Aa]ccording\s+to|[Cc]iting)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
                     # "First reported by CNN, the partnership will see ...": an opening participle naming the source
                     r"|^\W*(?:(?:First|Originally|Initially)\s+)?(?:reported|revealed|disclosed|announced|confirmed)\s+"
                     r"(?:first\s+)?by\s+[^,;]{1,60},")


# "If Aegis exercises the option in full, the total gross proceeds ... are": an opening condition's subject is not the
# main clause's
OPENING_CONDITION = re.compile(r"^\s*(?:If|Unless|Should)\s[^,;]{1,160},\s+")


def _masked_head(ctx: DocContext, sm: SentenceMentions, verb_at: int) -> str:
    head = ctx.doc.text[sm.sentence.start:verb_at]
    head = _DATELINE.sub(_blank, head)
    head = _SOURCE.sub(_blank, head)
    head = OPENING_CONDITION.sub(_blank, head)
    head = cues.LEADING_APPOSITIVE.sub(_blank, head)
    head = _PARENS.sub(_blank, head)
    head = _DASHED.sub(_blank, head)
    head = _RELATIVE_TO_VERB.sub(_blank, head)
    return _APPOSITIVE.sub(_blank, head)


def is_modifier(ctx: DocContext, sm: SentenceMentions, n: Name) -> bool:
    """A name that only qualifies a descriptor: "the Alibaba affiliate", "Foodtech major Swiggy", "NDTV promoter
    Prannoy Roy", or a place."""
    text = ctx.doc.text
    if is_place(n.text):
        return True
    nxt = next((o for o in sm.names if o.start >= n.end), None)
    if nxt is not None and re.fullmatch(r"\s+(?:and|&)\s+", text[n.end:nxt.start]) and not nxt.possessive \
            and cues.NAME_IN_DESCRIPTOR.match(text[nxt.end:nxt.end + 60]) and is_modifier(ctx, sm, nxt):
        return True  # "Coppa Club and Tavolino owner Various Eateries": both names qualify the descriptor
    if nxt is not None and _EMPLOYER_ROLE.fullmatch(text[n.end:nxt.start]):
        return True  # "Former Wells Fargo executive Carrie Tolstedt was fined": the person, not the employer
    after = text[n.end:n.end + 60]
    m = cues.NAME_IN_DESCRIPTOR.match(after)
    if not m:
        return False
    before = text[max(sm.sentence.start, n.start - 30):n.start]
    if re.search(r"\b(?:the|a|an|this|that|its|their)\s+(?:[a-z\-]+\s+){0,2}$", before, re.I):
        return True  # "the Alibaba affiliate": the phrase refers to another organisation
    nxt = next((o for o in sm.names if o.start >= n.end + m.end()), None)
    return nxt is not None and bool(cues.DESCRIPTOR_THEN_NAME.match(text[n.end:nxt.start]))


# "Waymo, the self-driving unit of Alphabet Inc raised $3 billion": an appositive whose closing comma is missing
_OPEN_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:unit|arm|subsidiary|division|affiliate|part|"
                              r"member|spin-?off)\s+of\s+(?:the\s+)?")


# "MPower, a fin-tech company providing loans to students pursuing Higher Education has raised": a lower-case
# appositive left open runs up to the verb, and a name inside it is no subject
_OPEN_DESCRIPTOR = re.compile(r",\s+(?:a|an)\s+[a-z][a-z\s\-]*")


def names_between(sm: SentenceMentions, start: int, end: int) -> list[Name]:
    return [n for n in sm.names if start <= n.start and n.end <= end]


# the rest of a clause after its object, then "and" and a second verb with no subject of its own: " on Wednesday and
# now controls a "
_SECOND_VERB = re.compile(r"(?:\s+(?:on|in|at|last|this|earlier|late|early)\s+(?:[A-Z][a-z]+|[a-z]+|\d{1,4})(?:\s+\d{1,4})?)?"
                          r",?\s+and\s+(?:(?:now|also|later|then|still|currently|\w+ly)\s+)*[a-z]+s?\s*"
                          r"(?:(?:an?|about|around|nearly|roughly|some|almost|over|its|their|the)\s+)*$")


def subjects(ctx: DocContext, sm: SentenceMentions, verb_at: int, *, authorities: bool = False) -> list[str]:
    """Names before the verb at `verb_at`, outside appositives: "A, B and C invested" → [A, B, C]."""
    text = ctx.doc.text
    s = sm.sentence.start
    masked = _masked_head(ctx, sm, verb_at)
    boundary = max((m.end() for m in cues.CLAUSE_BOUNDARY.finditer(masked)), default=0)
    cands = [n for n in sm.names if n.end <= verb_at and n.start - s >= boundary
             and masked[n.start - s:n.end - s].strip() and not n.possessive
             and not is_modifier(ctx, sm, n) and (authorities or not n.is_authority)
             # "A new fundraising led by Silver Lake Partners led to its valuation surging": the agent of a participle
             # belongs to the noun phrase it qualifies and is not the clause's subject
             and not _PARTICIPLE_AGENT.search(text, max(s, n.start - 45), n.start)
             # "The owner of British Airways faced a revolt": the name after "the owner of" is not the subject
             and not _OWNER_OF.search(text, max(s, n.start - 30), n.start)]
    if not cands:
        return []
    called = [n for n in cands if cues.CALLED.search(text[max(s, n.start - 15):n.start])]
    if called:
        return [ctx.full(called[0].text) or called[0].text]
    # a list joined by commas / "and" right before the verb
    out = [cands[-1]]
    for n in reversed(cands[:-1]):
        gap = masked[n.end - s:out[0].start - s]
        if re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", gap):
            out.insert(0, n)
        else:
            break
    first = cands[0]
    if out[0] is not first and re.match(r"\s*[a-z][\w-]*\s*,\s", masked[out[-1].end - s:verb_at - s]) and \
            re.match(r",\s+(?:a|an)\s", text[first.end:first.end + 6]):
        # "Roy, a sports tech company reshaping the Name, Image, and Likeness (NIL) landscape, is excited": names that
        # qualify the noun closing an appositive are no subjects; the name the appositive describes is
        out = [first]
    if len(out) == 1 and out[0] is not first:
        # the clause's subject is its first name unless a clause boundary intervenes
        between = masked[first.end - s:out[0].start - s]
        if not re.search(r"[;:]|\b(?:which|who|that|after|when|while|as|because|said|to|for|with|of|in|on)\b",
                         between) or _OPEN_APPOSITIVE.fullmatch(between) or _OPEN_DESCRIPTOR.fullmatch(between):
            out = [first]
    if len(out) == 1 and out[0] is not first and _SECOND_VERB.match(masked[out[0].end - s:verb_at - s]) \
            and not masked[first.end - s:out[0].start - s].count(","):
        # "Kestrel led a round in Plover Health and now owns 20%", "Sprint reached the deal with Eagle River Holdings on
        # Wednesday and now controls a 50.8 percent stake": the second verb shares the first one's subject
        out = [first]
    return [ctx.full(n.text) or n.text for n in out]


def name_list_before(ctx: DocContext, sm: SentenceMentions, pos: int) -> list[str]:
    """The list of names closest before `pos`: "including Meituan and Didi, which were hit" → [Meituan, Didi]."""
    text = ctx.doc.text
    before = [n for n in sm.names if n.end <= pos and not n.possessive and not is_place(n.text)]
    if not before:
        return []
    out = [before[-1]]
    for n in reversed(before[:-1]):
        if re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", text[n.end:out[0].start]):
            out.insert(0, n)
        else:
            break
    return [ctx.full(n.text) or n.text for n in out]


def generic_subject(ctx: DocContext, sm: SentenceMentions, verb_at: int) -> str | None:
    """A descriptor standing where the subject should be ("the financial technology giant", "Ireland based
    unified payments company", "China's largest ride-hailing company") → the organisation meant."""
    masked = _masked_head(ctx, sm, verb_at)
    boundary = max((m.end() for m in cues.CLAUSE_BOUNDARY.finditer(masked)), default=0)
    clause = masked[boundary:].strip()
    clause = re.sub(r"\s+(?:is|was|has|had|have|will|would|now|also|has been|had been)(?:\s+(?:\w+ly|last|once|first|"
                    r"still|already|then))?$", "", clause)
    clause = re.sub(r"\s+(?:is|was|has|had|have|will|would|now|also)$", "", clause)
    pg = cues.PLACE_GENERIC.search(clause)
    if pg and is_place(pg.group(1)) and pg.end() >= len(clause) - 2:
        return ctx.recent_subject(sm.index, upto=verb_at)
    if cues.DESCRIPTOR_ONLY.search(clause) or re.search(r"\b(?:it|they)\s*$", clause, re.I):
        return ctx.recent_subject(sm.index, upto=verb_at)
    return None


def name_after(ctx: DocContext, sm: SentenceMentions, pos: int, words: str, *, within: int = 80,
               authorities: bool | None = None) -> str | None:
    """The name that follows one of `words` ("in", "on|against") after `pos`, past lower-case descriptors and a
    descriptor's qualifying name ("U.S.-based AI company Replika")."""
    text = ctx.doc.text
    end = sm.sentence.end
    for m in re.finditer(rf"\b(?:{words})\s+", text[pos:end]):
        at = pos + m.end()
        if at - pos > within:
            break
        mismatch = False
        for k, n in enumerate(sm.names):
            # "investment in India's Paytm": a place's possessive right before the name only qualifies it
            qual = sm.names[k - 1] if k and n.start - sm.names[k - 1].end <= 3 and sm.names[k - 1].start >= at else None
            gap_end = qual.start if qual is not None and qual.possessive and is_place(qual.text) else n.start
            if n.start >= at and _LOWER_GAP.match(text[at:gap_end]) and n.start - at <= 60:
                nxt = sm.names[k + 1] if k + 1 < len(sm.names) else None
                if nxt and cues.DESCRIPTOR_THEN_NAME.match(text[n.end:nxt.start]):
                    n = nxt  # "AI company Replika", "NDTV promoter Prannoy Roy"
                elif (re.match(r"(?:the|this|that)\s", text[at:n.start], re.I)
                      and cues.NAME_IN_DESCRIPTOR.match(text[n.end:n.end + 60])):
                    break  # "in the AI startup": a descriptor that refers back, not the name "AI"
                if authorities is not None and n.is_authority != authorities:
                    mismatch = True  # "founded by Jack Ma, ... imposed by the People's Bank": try the next "by"
                    break
                if _is_place_possessive(n, sm.names):
                    continue
                if n.possessive and _PERSON_ROLE.match(text, n.end):
                    # "fined Wirecard's former chief operating officer, Jan Marsalek": the person pays, not the
                    # employer; where the person is not named, no one the structure supports
                    role = _PERSON_ROLE.match(text, n.end)
                    person = next((o for o in sm.names if role.end() <= o.start <= role.end() + 3
                                   and not o.possessive), None)
                    return ctx.full(person.text) if person is not None else None
                app = _POSSESSED_APPOSITIVE.match(text, n.end) if n.possessive else None
                if app:
                    # "a penalty on Meghdoot's statutory auditor, Bhandari & Associates": the appositive names what
                    # the possessive only owns
                    named = next((o for o in sm.names if o.start == app.end()), None)
                    if named is not None and not is_place(named.text):
                        return ctx.full(named.text)
                if is_place(n.text) and not authorities:
                    return None
                return ctx.full(n.text)
        if mismatch:
            continue
        if authorities:
            continue
        role = ITS_PERSON.match(text, at)
        if role:
            # "on its managing director Vijay Kulkarni": the person; "on its managing director": a person the text
            # does not name, never the company
            person = next((o for o in sm.names if role.end() <= o.start <= role.end() + 3 and not o.possessive), None)
            return ctx.full(person.text) if person is not None else None
        generic = ctx.resolve(text[at:at + 60].split(",")[0], sm.index, at)
        if generic and re.match(r"(?:the|it|its|this)\b", text[at:at + 5], re.I):
            return generic
        break
    return None


def possessor_before(ctx: DocContext, sm: SentenceMentions, pos: int, within: int = 40) -> str | None:
    """"Ant Group's estimated value" → Ant Group (a place's possessive is not an owner)."""
    for n in reversed(sm.names):
        if n.possessive and n.end <= pos and pos - n.end <= within:
            if is_place(n.text):
                return None
            return ctx.full(n.text)
    return None


def authority_phrase(ctx: DocContext, sm: SentenceMentions, pos: int) -> str | None:
    """"imposed by the People's Bank of China", "a fine ... from the European Commission", "by the country's top
    securities regulator", "Italy's data protection authority has fined"."""
    text = ctx.doc.text
    n = name_after(ctx, sm, pos, cues.AUTHORITY_PREPS, within=200, authorities=True)
    if n:
        return n
    m = re.compile(r"\b(?:by|from)\s+((?:the\s+)?(?:[\w’'.\-]+\s+){0,5}?(?:regulator|watchdog|authority|authorities|"
                   r"commission|agency|court|government|ministry|bank|board|administration))\b", re.I
                   ).search(text, pos, sm.sentence.end)
    if m:
        # "brought by the US financial watchdog, the Securities and Exchange Commission (SEC)": the name the
        # descriptor's appositive gives
        named = next((n for n in sm.names if n.is_authority and not is_place(n.text)
                      and re.fullmatch(r",\s+(?:the\s+)?", text[m.end():n.start])), None)
        if named is not None:
            return ctx.full(named.text) or named.text
        phrase = re.sub(r"^the\s+|^(?:country|nation|state)['’]s\s+", "", m.group(1), flags=re.I)
        return re.sub(r"^(?:the\s+)?(?:country|nation|state)['’]s\s+", "", phrase, flags=re.I)
    subj = cues.AUTHORITY_SUBJECT.search(text, sm.sentence.start, sm.sentence.end)
    if subj:
        return re.sub(r"^(?:the|a|an)\s+", "", subj.group(1), flags=re.I)
    return None


_ACRONYM_AFTER = re.compile(r"\s+\(\s*(?:the\s+)?[“\"]?([A-Z][A-Z0-9&\-]{1,7})[”\"]?\s*\)")


@lru_cache(maxsize=16)
def defined_acronyms(text: str) -> dict[str, str]:
    """"Barbeque-Nation Hospitality Ltd (BNHL)": an acronym in brackets right after a name stands for that name (its
    first letter agrees), so "BNHL" later is the same party."""
    out: dict[str, str] = {}
    for m in _ACRONYM_AFTER.finditer(text):
        before = find_names(text, max(0, m.start() - 120), m.start())
        full = before[-1] if before and before[-1].end == m.start() and not before[-1].possessive else None
        acr = m.group(1)
        if full is not None and full.text[:1].upper() == acr[:1] and full.text != acr and not is_place(full.text):
            out.setdefault(acr, full.text)
    return out


def expand_acronym(ctx: DocContext, name: str | None) -> str | None:
    """The full name an acronym was defined for in this document, else the name as given."""
    if not name:
        return name
    full = defined_acronyms(ctx.doc.text).get(name.strip())
    return ctx.full(full) or full if full else name


# "TikTok owner ByteDance Ltd.": the second name owns the first
_OWNER_BETWEEN = re.compile(r"\s+(?:owner|parent|operator)\s+")
# "Luka Inc., the developer behind the AI chatbot Replika", "Meta, the parent of Instagram": the first owns the second
_OWNS_BETWEEN = re.compile(r",\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:developer|maker|owner|operator|parent|creator|"
                           r"publisher)\s+(?:behind|of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?")


def owner_of(ctx: DocContext, name: str | None) -> str | None:
    """The organisation the article says owns or makes `name` (a brand, app or product): "TikTok owner ByteDance
    Ltd.", "Luka Inc., the developer behind the AI chatbot Replika". None where it says none."""
    if not name:
        return None
    text = ctx.doc.text
    key = core_words(name)
    for sm in ctx.items:
        for a, b in zip(sm.names, sm.names[1:]):
            gap = text[a.end:b.start]
            if _OWNER_BETWEEN.fullmatch(gap) and core_words(a.text) == key and not a.possessive:
                return ctx.full(b.text)
            if _OWNS_BETWEEN.fullmatch(gap) and core_words(b.text) == key and not b.possessive:
                return ctx.full(a.text)
    return None
