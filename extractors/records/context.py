"""What the record rules read: a document's sentences with their mentions, and who "the company" or "it" is."""
from __future__ import annotations

import re
from bisect import bisect_left
from urllib.parse import urlparse
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from extractors.mentions.dates import DateMention, find_dates
from extractors.mentions.money import Money, find_money, group_equivalents
from extractors.mentions.organisations import (COMPANY_HEADS, INSTITUTION_WORDS, SUFFIXES, GENERIC_REFERENCE, NATIONALITIES, Name, core_words, find_names, fullest, is_authority, is_category,
                                      is_place)
from extractors.mentions.percent import Percent, find_percents
from extractors.records.cues import CLAUSE_BOUNDARY, DESCRIPTOR_HEAD, DESCRIPTOR_THEN_NAME, LEADING_APPOSITIVE
from extractors.mentions.sentences import Sentence, split_sentences
from schemas import Document


@dataclass(frozen=True)
class MoneyGroup:
    """A sum as the text states it, with any equivalent it gives in brackets or after "or"."""

    main: Money
    equivalents: tuple[Money, ...] = ()

    @property
    def start(self) -> int:
        return self.main.start

    @cached_property  # asked for every name and rule of the sentence; the group never changes
    def end(self) -> int:
        return max([self.main.end] + [e.end for e in self.equivalents])

    def usd(self) -> float | None:
        if self.main.currency == "USD":
            return self.main.amount
        return next((e.amount for e in self.equivalents if e.currency == "USD"), None)


@dataclass
class SentenceMentions:
    index: int
    sentence: Sentence
    money: list[MoneyGroup] = field(default_factory=list)
    percents: list[Percent] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)



def group_money(text: str, found: list[Money]) -> list[MoneyGroup]:
    """Pair "7.1 billion renminbi (nearly $985 million)": the bracketed sum is the same fact in another currency."""
    return [MoneyGroup(main, eq) for main, eq in group_equivalents(text, found)]


class DocContext:
    """Sentences with their mentions, plus the document's names, for rules that look beyond one sentence."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._headline_only = False
        self._person_cache: dict[str, bool] = {}
        text = doc.text
        self.sentences = split_sentences(text)
        money = group_money(text, find_money(text))
        percents = find_percents(text)
        dates = find_dates(text, doc.published_date)
        self.items: list[SentenceMentions] = []
        lower_words = set(_WORD.findall(text))
        self._lower_words = lower_words
        terms = _defined_terms(text)
        for i, s in enumerate(self.sentences):
            sm = SentenceMentions(i, s)
            sm.money = _within(money, s.start, s.end)
            sm.percents = _within(percents, s.start, s.end)
            sm.dates = _within(dates, s.start, s.end)
            sm.names = _units([n for n in find_names(text, s.start, s.end) if not _inside_any(n, sm.money, sm.dates)
                               and not _capitalised_word(text, s.start, n, lower_words) and not is_category(n.text)
                               and not (_DESCRIPTOR_WORD.fullmatch(n.text) and not n.possessive)  # "Arm's IPO" names Arm
                               and n.text not in terms and not _new_things(n.text, lower_words)
                               # "the Galaxy maker", "the iPhone app developer": a product naming its maker, no party
                               and not (not n.possessive and text[max(0, n.start - 4):n.start].lower() == "the "
                                        and _MAKER_AFTER.match(text, n.end))
                               # "SAN FRANCISCO, March 3 /PRNewswire/ --": the wire that carried a release
                               and not (text[n.start - 1:n.start] == "/" and text[n.end:n.end + 1] == "/")], text)
            sm.names = _joined_by_abbreviation(sm.names, text)
            self.items.append(sm)
        # "Todd Snyder, Inc. (the “Company”)": a defined term stands for the name before it
        self.defined = _definitions(text) if _DEFINITION_OPENS.search(text) else {}
        # "Alibaba Group Holding Ltd's affiliate Ant Financial", "Waymo, the self-driving unit of Alphabet": later "the
        # Alibaba affiliate" means Ant Financial
        self.relations: dict[tuple[str, str], str] = {}
        for sm in self.items:
            for k, n in enumerate(sm.names):
                if n.possessive:
                    continue
                rel = _RELATION_BEFORE.search(text, max(sm.sentence.start, n.start - 60), n.start)
                owner = next((o for o in reversed(sm.names[:k]) if o.possessive and rel and o.end <= rel.start()
                              and rel.start() - o.end <= 20), None)
                if rel and owner:
                    self.relations.setdefault((owner.text.split()[0].lower(), rel.group(1).lower()), n.text)
                rel = _RELATION_AFTER.match(text, n.end)
                owner = next((o for o in sm.names[k + 1:] if rel and o.start >= rel.end() and o.start - rel.end() <= 30),
                             None)
                if rel and owner:
                    self.relations.setdefault((owner.text.split()[0].lower(), rel.group(1).lower()), n.text)
        # "Barbeque-Nation Hospitality Ltd (BNHL)": the bracketed abbreviation names the same company
        self.abbreviations: dict[tuple[str, ...], str] = {}
        for sm in self.items:
            for a, b in zip(sm.names, sm.names[1:]):
                if _abbreviates(b.text, a.text) and re.fullmatch(r"\s*\(\s*", text[a.end:b.start]) \
                        and text[b.end:b.end + 1] == ")":
                    self.abbreviations.setdefault(core_words(b.text), a.text)
        all_names = [n.text for sm in self.items for n in sm.names]
        all_names += [u.group(1) for u in map(_UNIT_LABEL.match, all_names) if u]  # the parent is named too
        if doc.title:
            # "Announcing our series A funding": a headline's capitalised opening word the body writes in lower case
            # ("we're announcing") is a word, not a name
            all_names += [n.text for n in find_names(doc.title) if not is_category(n.text)
                          and not _DESCRIPTOR_WORD.fullmatch(n.text)
                          and not (n.start <= 2 and " " not in n.text and n.text.lower() in lower_words)]
        self.known_names = sorted(set(all_names), key=len, reverse=True)
        counts: Counter[tuple[str, ...]] = Counter()
        first_form: dict[tuple[str, ...], str] = {}
        for n in all_names:
            key = core_words(n)
            if key and not is_authority(n) and not is_place(n):
                counts[key] += 1
                first_form.setdefault(key, n)
        # "Sorrel Health ... Sorrel's app ... Sorrel says": a short form that begins exactly one longer name is that name
        longer: dict[str, list[tuple[str, ...]]] = {}
        for key in counts:
            if 1 < len(key) <= 3 and all(w.isalpha() and w not in _NOT_NAME_TAIL and w not in _UNIT_HEADS for w in key):
                longer.setdefault(key[0], []).append(key)
        self.short_forms: dict[tuple[str, ...], str] = {}
        for key in [k for k in counts if len(k) == 1 and len(longer.get(k[0], ())) == 1]:
            counts[longer[key[0]][0]] += counts.pop(key)
            self.short_forms[key] = first_form[longer[key[0]][0]]
        if doc.title:
            # the headline's subject is what the article is about: "Sorrel Health closes $40 million Series B as
            # Greyline doubles down" is Sorrel's story even where Greyline is named as often
            lead = next((n.text for n in find_names(doc.title) if not is_category(n.text) and not is_authority(n.text)
                         and not is_place(n.text) and not _DESCRIPTOR_WORD.fullmatch(n.text)), None)
            if lead and core_words(lead) in counts and find_names(doc.title)[0].start <= 2:
                counts[core_words(lead)] += 1
                if not any(core_words(n.text) == core_words(lead) for sm in self.items for n in sm.names):
                    # "Trevana raises $22 million ..." over a body that says only "the startup" and "it": the
                    # headline's subject is the article's, however often the body names its backers
                    counts[core_words(lead)] += 1
                    self._headline_only = True
        # the article's organisation: a person told as one ("Financier Lord Spencer leads £4m fintech fundraiser") is
        # not what "the company" means
        # made full lazily, up to the first that is no person's (`full` is pure; each costs a pass over known_names)
        ranked = (self.full(first_form[k]) for k, _ in counts.most_common() if not _MARKET.fullmatch(first_form[k]))
        top = next(ranked, None)
        self.salient = top if top is None or not self.is_person(top) else next(
            (r for r in ranked if not self.is_person(r)), top)
        self.publisher = self._publisher()

    def _publisher(self) -> str | None:
        """Who says "we" in a company's own announcement: the organisation the headline opens with, else the one
        whose name the URL's host spells ("acmerobotics.com" → "Acme Robotics"); None where neither names one."""
        if self.doc.title:
            lead = next(iter(find_names(self.doc.title)), None)
            if lead is not None and lead.start <= 2 and not is_category(lead.text) and not is_authority(lead.text) \
                    and not is_place(lead.text) and not _DESCRIPTOR_WORD.fullmatch(lead.text) \
                    and not (" " not in lead.text and (lead.text.lower().endswith("ing")
                                                       or lead.text.lower() in self._lower_words)):
                return self.full(lead.text)  # "Announcing our Series B", "Today ...": an opening word, not a name
        host = urlparse(self.doc.source_url or "").hostname or ""
        labels = {label for label in host.lower().split(".") if len(label) > 2 and label not in _HOST_WORDS}
        author = (self.doc.author or "").strip()
        squeezed = re.sub(r"[^a-z0-9]", "", author.lower())
        if squeezed and any(label == squeezed or squeezed.startswith(label) and len(label) >= 4 for label in labels):
            # a company's own blog post: "author: 'Liquid AI'" on liquid.ai, "author: fal" on blog.fal.ai
            return author
        for name in self.known_names:
            squeezed = re.sub(r"[^a-z0-9]", "", " ".join(core_words(name)))
            if squeezed and any(label == squeezed or label.startswith(squeezed) and len(squeezed) >= 4
                                for label in labels):
                return self.full(name)
        if self.doc.title and re.search(r"\b(?:[Oo]ur|[Ww]e)\b", self.doc.title) and self.salient and any(
                core_words(n.text) == core_words(self.salient) for sm in self.items for n in sm.names):
            return self.salient  # "Announcing our series A funding": the company's own post, about the one it names
        return None

    def recent_authority(self, index: int, pos: int) -> str | None:
        """The public body the article named last before `pos` (in sentence `index` or earlier), for "the
        regulator", "the watchdog" or "it" that fines; the headline's body if the text names none."""
        for sm in reversed(self.items[:index + 1]):
            # the nearest sentence that names one; in it, the first (the subject: "Garante is one of the EU's ...")
            found = [n for n in sm.names if n.start < pos and n.is_authority and not is_place(n.text)]
            if found:
                return self.full(found[0].text)
        if self.doc.title:
            found = [n for n in find_names(self.doc.title) if n.is_authority and not is_place(n.text)]
            if found:
                return self.full(found[0].text)
        return None

    def full(self, name: str | None) -> str | None:
        if not name:
            return None
        unit = _UNIT_LABEL.match(name)
        if unit:  # "Uber's China unit" after "Uber Technologies Inc's China unit": the parent at its fullest
            parent = unit.group(1)
            return f"{self._plain_full(self.short_forms.get(core_words(parent)) or parent)}'s {unit.group(2)}"
        return self._plain_full(name)

    def _plain_full(self, name: str) -> str:
        long = self.abbreviations.get(core_words(name))
        return fullest(long or name, self.known_names)

    def fuller(self, name: str | None) -> str | None:
        """The fullest form, counting a one-word short form that begins exactly one longer name ("Lakemoor" after
        "Lakemoor Capital")."""
        if not name:
            return name
        long = self.short_forms.get(core_words(name))
        if long and any(owner == name.split()[0].lower() and core_words(unit) == core_words(long)
                        for (owner, _), unit in self.relations.items()):
            long = None  # "Ola Electric Mobility, the electric vehicle unit of ... Ola": the parent is not its unit
        return self.full(long) if long else self.full(name)

    def related(self, head: str, index: int) -> str | None:
        """"The Alibaba affiliate closed a round": a clause whose subject is "the <Owner> <relation>" means the
        company the article introduced as the owner's affiliate, unit or rival; "The unit had raised" the unit named
        last; None where the article introduced none."""
        m = _RELATION_REFERENCE.search(head)
        if m is None:
            return self.recent_unit(index) if _UNIT_SUBJECT.search(head) else None
        found = self.relations.get((m.group(1).split()[0].lower(), m.group(2).lower()))
        return self.full(found) if found else None

    def clause_antecedent(self, sm: SentenceMentions, pos: int) -> str | None:
        """"Rippling raised $250 million; the company was valued at ...": a clause whose subject is "the company"
        means the subject of the sentence's earlier clause, when that clause names one."""
        text = self.doc.text
        bounds = [m.end() for m in CLAUSE_BOUNDARY.finditer(text, sm.sentence.start, pos)]
        if not bounds or not re.match(r"\s*(?:the|this)\s+(?:[a-z-]+\s+){0,3}(?:company|firm|startup|start-up|group|"
                                      r"business|lender|bank|maker|platform)\b", text[bounds[-1]:pos], re.I):
            return None
        first = next((n for n in sm.names if n.end <= bounds[-1] and self._org(n, sm)), None)
        if first is None or first.possessive or _PREPOSITION_BEFORE.search(text, max(0, first.start - 8), first.start):
            return None
        return self.full(first.text)

    def item_label(self, sm: SentenceMentions) -> str | None:
        """"- Chime: $750 million Series G": a list item's label names what the item is about."""
        first = next(iter(sm.names), None)
        if first is None or not re.fullmatch(r"[\s\-–—•*\d.)]*", self.doc.text[sm.sentence.start:first.start]) \
                or not self.doc.text.startswith(":", first.end) or not self._org(first, sm):
            return None
        return self.full(first.text)

    def subject_possessor(self, sm: SentenceMentions) -> str | None:
        """"Plaid's valuation more than doubled ... after a $425 million Series D": the possessor that opens the
        sentence owns what the sentence tells."""
        first = next(iter(sm.names), None)
        if first is None or not first.possessive or not self._org(first, sm) \
                or not re.fullmatch(r"[\s\-–—•*\d.)]*", self.doc.text[sm.sentence.start:first.start]):
            return None
        return self.full(first.text)

    def recent_unit(self, index: int) -> str | None:
        """The unit or subsidiary ("Uber's China unit") named last up to sentence `index`."""
        introduced = {name for (_, rel), name in self.relations.items() if rel in _UNIT_HEADS}
        for sm in reversed(self.items[:index + 1]):
            for n in reversed(sm.names):
                if _UNIT_NAME.search(n.text):
                    return n.text
                if n.text in introduced:
                    return self.full(n.text)  # "Ola Electric Mobility, the electric vehicle unit of ... Ola"
        return None

    def is_person(self, name: str | None) -> bool:
        """A name the article tells as a person's: the shape "Ada Obi" (or its surname alone, "Obi", where the article
        gives the full name) and one sign English gives for people: a title or role right before it ("Sir", "boss",
        "founder", "billionaire"), an age or "who" right after it, or a role in its appositive (", chief analyst at")."""
        if not name:
            return False
        if name not in self._person_cache:
            self._person_cache[name] = self._is_person(name)
        return self._person_cache[name]

    def _is_person(self, name: str) -> bool:
        words = _POSS_TAIL.sub("", name).split()
        if len(words) == 1:
            forms = [k for k in self.known_names if k.endswith(" " + words[0])]
        else:
            forms = [" ".join(words)]
        text = self.doc.text
        for form in forms:
            parts = form.split()
            if not (2 <= len(parts) <= 3 and all(_PERSON_WORD.fullmatch(w) for w in parts) and not is_authority(form)
                    and not is_place(form) and not any(w.lower() in _NOT_PERSON for w in parts)):
                continue
            name_rx = re.escape(form)
            if any(p in _TITLES for p in parts[:-1]) or \
                    re.search(_PERSON_BEFORE + r"(?-i:[A-Z][\w’'-]*\s+)?" + name_rx + r"\b", text, re.I) or \
                    re.search(r"\b" + name_rx + _PERSON_AFTER, text, re.I) or \
                    re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+" + re.escape(parts[-1]) + r"\b", text):
                return True
        # "President Bush", "Mr Brown": a surname the article gives only after a title or an office
        return len(words) == 1 and bool(_PERSON_WORD.fullmatch(words[0])) and bool(re.search(
            r"\b(?:Mr|Mrs|Ms|Miss|Dr|President|Chancellor|Senator|Governor)\.?\s+" + re.escape(words[0]) + r"\b(?!\s+[A-Z])",
            text))

    def recent_person(self, index: int, pos: int, back: int = 2) -> str | None:
        """"her stake", "his holding": the person named last before `pos`, in the same sentence or the two before."""
        for k in range(index, max(-1, index - back - 1), -1):
            sm = self.items[k]
            for n in reversed(sm.names):
                if k == index and n.end > pos:
                    continue
                name = _POSS_TAIL.sub("", n.text)
                if _looks_personal(n) and not re.search(r"\bthe\s+$", self.doc.text[max(0, n.start - 5):n.start]):
                    # ("turned down by the Red Devils and responded by using his 28.1% shareholding": a name told with
                    # "the" is no person)
                    return name
                if " " not in name and self.is_person(name):
                    return self.person_form(name)  # "Icahn", told in full and as a person before
        return None

    def person_form(self, name: str) -> str:
        """"Icahn" → "Carl Icahn": a surname's shortest full form the article marks as a person's."""
        if " " in name:
            return name
        forms = [k for k in self.known_names if k.endswith(" " + name) and len(k.split()) <= 3 and self.is_person(k)]
        return min(forms, key=len) if forms else name

    def recent_subject(self, index: int, back: int = 3, upto: int | None = None) -> str | None:
        """The organisation a pronoun or "the company" most likely means: the salient one if it was just named,
        else the first organisation of the nearest earlier sentence. `upto`: where the reference stands in its own
        sentence; a name told after it cannot be what it refers back to ("The company ... had raised $125 million from
        investors that included ... Google Capital")."""
        if self._headline_only and self.salient:
            return self.salient  # a body that never names its subject refers to the headline's
        window = [n for sm in self.items[max(0, index - back):index] for n in sm.names]
        window += [n for n in self.items[index].names if upto is None or n.end <= upto]
        if self.salient and any(core_words(n.text) == core_words(self.salient) for n in window):
            return self.salient
        for sm in reversed(self.items[max(0, index - back):index]):
            for n in sm.names:
                # "the iconic British marque synonymous with James Bond debuted ...": a name in a modifier of
                # likeness is not what the next sentence's "the company" means
                if self._antecedent(n, sm) and not _OBJECT_BEFORE.search(self.doc.text, max(0, n.start - 30), n.start) \
                        and not _WHOSE_OPEN.search(self.doc.text, sm.sentence.start, n.start):
                    # ("Property magnate Hall, whose Cameron Hall investment company owns a stake in the club": neither
                    # a person nor what a "whose" aside tells of him is what the next "the club" means)
                    return self.full(n.text)
        return self.salient

    def _named_kind(self, index: int, head: str, upto: int | None) -> str | None:
        """"the bank" after "Kotak Mahindra Bank on Wednesday surpassed ICICI Bank": the nearest sentence's first
        name whose own last word is the reference's head noun (its subject, not the object named after it)."""
        if head in _ANY_KIND:
            return None
        for k in range(index, max(-1, index - 3), -1):
            sm = self.items[k]
            first = next((n for n in sm.names if (k < index or (upto is not None and n.end <= upto))
                          and not n.possessive and self._antecedent(n, sm)), None)
            if first is not None:
                # only the subject: "UK-based bank Standard Chartered said acquiring Korea First Bank ...": "the bank"
                # is still Standard Chartered, whatever name after it ends in "Bank"
                return self.full(first.text) if first.text.split()[-1].lower() == head else None
        return None

    def pronoun_antecedent(self, index: int, pos: int | None = None, back: int = 2) -> str | None:
        """"it", "its": the first organisation of the same sentence before the pronoun, else of the nearest earlier
        sentence (the previous subject is the likeliest antecedent), else the article's main organisation."""
        sm = self.items[index]
        if pos is not None:
            # the sentence's own subject, past an opening appositive ("An affiliate of Alibaba, Ant is ... it")
            lead = LEADING_APPOSITIVE.match(sm.sentence.text)
            skip = sm.sentence.start + (lead.end() if lead else 0)
            for n in sm.names:
                if skip <= n.start and n.end <= pos and self._antecedent(n, sm) and not n.possessive \
                        and not _reporting_publication(self.doc.text, n) \
                        and not _AGENT_BEFORE.search(self.doc.text, max(0, n.start - 20), n.start) \
                        and not _OWNER_OF_BEFORE.search(self.doc.text, max(0, n.start - 30), n.start):
                    # ("A new fundraising led by Silver Lake Partners led to its valuation surging": the agent of a
                    # participle is a backer, not what "its" stands for)
                    return self.full(n.text)
        for prev in reversed(self.items[max(0, index - back):index]):
            for n in prev.names:
                # "Founded in Palo Alto, California, the company ... It": a place after a preposition is no antecedent
                if self._antecedent(n, prev) and not _PREPOSITION_BEFORE.search(self.doc.text, max(0, n.start - 8), n.start) \
                        and not _reporting_publication(self.doc.text, n) and not _describes_next(self.doc.text, n, prev):
                    return self.full(n.text)
        return self.salient

    @staticmethod
    def _org(n: Name, sm: SentenceMentions) -> bool:
        return not n.is_authority and not is_place(n.text) and not _is_place_possessive(n, sm.names)

    def _antecedent(self, n: Name, sm: SentenceMentions) -> bool:
        # "Francis Gaskins, an IPO analyst, says ... their $50 billion investment": a person is no antecedent of "its"
        return self._org(n, sm) and not self.is_person(self.full(n.text) or n.text)

    def resolve(self, text_before: str, index: int, pos: int | None = None) -> str | None:
        """A generic reference ("the financial technology giant") → the article's organisation just named;
        a pronoun ("it", "its") → the previous subject."""
        generic = GENERIC_REFERENCE.search(text_before) or _UNIT_REFERENCE.search(text_before)
        if generic:
            head = generic.group().split()[-1].lower()
            if head in _UNIT_HEADS:
                unit = self.recent_unit(index)
                if unit:
                    return unit  # "the unit had already raised $1.2 billion": the unit named before, not its parent
            if head in self.defined and generic.group()[4:5].isupper():
                return self.full(self.defined[head])
            if _PRODUCT_MAKER.search(generic.group()):
                return None  # "the Galaxy maker", "the iPhone maker": named by its product, not by recency
            sentence = self.items[index].sentence
            off = sentence.text.find(text_before)
            upto = sentence.start + off + generic.start() if off >= 0 else None
            kin = self._named_kind(index, head, upto)
            if kin is not None:
                return kin
            return self.recent_subject(index, upto=upto)
        we = _FIRST_PERSON.search(text_before)
        if we and not _QUOTE_OPEN.search(text_before[:we.start()]):
            # "We have closed a $40M Series B": outside quotes, the voice of a company's own announcement
            return self.publisher
        pronoun = re.search(r"\b(?:it|its|they|their)\b", text_before, re.I)
        if pronoun and pronoun.group().lower().startswith("the") and index \
                and _PLURAL_CLASS.match(self.items[index - 1].sentence.text):
            return None  # "Blank-check firms are shell companies. They have raised ...": a class, no organisation
        if pronoun:
            return self.pronoun_antecedent(index, pos)
        return None


_WORD = re.compile(r"\b[a-z][a-z\-]+\b")
# heads any organisation may be called by, whatever its name ends with: left to recency and salience
_ANY_KIND = frozenset({"company", "firm", "group", "business", "startup", "start-up", "giant", "maker", "unit",
                       "entity", "concern", "outfit", "venture", "subsidiary", "parent", "major", "platform"})
# "The owner of British Airways ... as it secured": "it" is the owner, not the name it owns
_OWNER_OF_BEFORE = re.compile(r"\b(?:owner|owners|parent|parent\s+company|holding\s+company)\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$", re.I)
# a title inside a name: "Lord Spencer", "Sir Roger De Haan"
_TITLES = {"Lord", "Sir", "Dame", "Lady", "Baroness", "Baron", "Mr", "Mrs", "Ms", "Dr"}
# the agent of a participle ("led by", "a 60% stake owned by Mubadala, lifting its ownership") is not what "its" means
_AGENT_BEFORE = re.compile(r"\b(?:led|co-led|backed|headed|funded|owned|held|controlled)\s+by\s+(?:the\s+)?$", re.I)
# a title or role told right before a person's name: "Sir Terry Leahy", "Former boss Mike Lynch", "founder Matthew
# Moulding", "China's billionaire Zhong Shanshan"
_PERSON_BEFORE = (r"\b(?:(?-i:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron)\.?|boss|founder|co-founder|"
                  r"chief\s+executive|(?-i:CEO)|chairman|chairwoman|billionaire|tycoon|entrepreneur|magnate|mogul|financier|"
                  r"analyst|economist|strategist|"
                  # an office held by a person: "Chancellor Gordon Brown", "Prime Minister Fatos Nano"
                  r"(?-i:Chancellor|President|Prime\s+Minister|Minister|Secretary|Governor|Senator))\s+")
# after a person's name: an age (", 55,"), "who", a role in an appositive (", chief analyst at Markets.com,"), a
# family member or a personal fortune ("Zhong Shanshan added £23billion to his fortune")
_PERSON_AFTER = (r"(?:,\s+\d{1,3}\s*,|,\s+who(?:se)?\b|,\s+(?:the\s+|its\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                 r"(?:vice-|deputy\s+|co-)?"  # "Anil Ambani, vice-chairman of IPCL"
                 r"(?:chief\s+executive|ceo|founder|co-founder|chairman|chairwoman|boss|analyst|strategist|economist|"
                 r"spokes(?:man|woman|person)|president|managing\s+director|minister|governor)\b|['’]s?\s+(?:wife|husband|son|daughter|family|fortune|wealth|net\s+worth)\b|"
                 r"\b[^.;]{0,80}\b(?:his|her)\s+(?:[\w-]+\s+)?(?:fortune|wealth|net\s+worth|riches)\b)")
_NOT_PERSON = COMPANY_HEADS | INSTITUTION_WORDS | SUFFIXES | {"labs", "systems", "foods", "homes", "bio", "health",
                                                               "motors", "energy", "media", "tech", "pharma",
                                                               # "Nuance Communications": a trade's plural
                                                               "communications", "technologies", "industries",
                                                               "networks", "solutions", "pharmaceuticals",
                                                               "therapeutics", "electronics", "semiconductors",
                                                               "entertainment", "enterprises", "partners",
                                                               "ventures", "brands", "games", "studios",
                                                               "airlines", "airways", "telecom", "software"}
_POSS_TAIL = re.compile(r"['’]s?$")
# "MacKenzie", "McDonald": a Scottish or Irish patronymic prefix before a second capital
_PERSON_WORD = re.compile(r"(?:Ma?c)?[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*")


def _looks_personal(n: Name) -> bool:
    """A person's name has the shape "Ada Obi": two or three capitalised words, none a company or public body word."""
    words = _POSS_TAIL.sub("", n.text).split()
    return (2 <= len(words) <= 3 and all(_PERSON_WORD.fullmatch(w) for w in words) and not n.is_authority
            and not is_place(n.text) and not any(w.lower() in _NOT_PERSON for w in words))
# a market or an index, where companies are listed or measured: never what an article is about ("listed on AIM")
_MARKET = re.compile(r"(?i:AIM|FTSE(?:\s*\d+)?|Nasdaq(?:\s+Composite)?|NYSE|LSE|TSX|ASX|Dow(?:\s+Jones)?|S&P(?:\s*\d+)?|"
                     r"(?:London|New\s+York|Tokyo|Hong\s+Kong|Shanghai|Shenzhen|Bombay|National|Australian|Toronto)\s+Stock\s+"
                     r"Exchange|Nikkei(?:\s+\d+)?|Hang\s+Seng|Sensex|Nifty(?:\s+\d+)?)")
# words that end a capitalised run without naming a longer organisation ("NDTV Rs.5", "SEBI Chairman")
_NOT_NAME_TAIL = {"rs", "re", "inr", "usd", "chairman", "ceo", "chief", "founder", "shares", "stock"}
_DEFINED = re.compile(r"([A-Z][\w.&’'\-]*(?:,?\s+[A-Z][\w.&’'\-]*){0,5})\s*\(\s*(?:the\s+)?[“\"]([A-Z][a-z]+)[”\"]\s*\)")
# a legal text's defined term for a thing, not a party: "fully paid ordinary shares (“New Shares”)", "a two tranche
# placement (the “Placement”)" — a lower-case phrase before the bracket (a name there is an alias, "Alterity")
_TERM_DEFINED = re.compile(r"\b[a-z][\w\-]*\s*\(\s*(?:the\s+|each\s+a\s+|together\s+the\s+)?[“\"]([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})[”\"]\s*\)")


# the bracket and quote that open a definition, which both patterns above need: a text without one is not scanned
_DEFINITION_OPENS = re.compile(r"\(\s*(?:the\s+|each\s+a\s+|together\s+the\s+)?[“\"]")


# a press release's definition bracket after the name, each quoted term an alias: "Fullshare Holdings Limited
# (“Fullshare Holdings” or the “Company”, which together with its subsidiaries, is referred to as the “Group”; ...)"
_DEFINITION_BRACKET = re.compile(r"([A-Z][\w.&’'\-]*(?:,?\s+[A-Z][\w.&’'\-]*){0,5})\s*\(\s*(?:the\s+)?[“\"][^()]{0,200}\)")
_QUOTED_TERM = re.compile(r"[“\"]([A-Z][a-z]+)[”\"]")


def _definitions(text: str) -> dict[str, str]:
    """Each defined one-word term (lower-cased) → the name its bracket follows."""
    found = {m.group(2).lower(): m.group(1) for m in _DEFINED.finditer(text)}
    for m in _DEFINITION_BRACKET.finditer(text):
        for t in _QUOTED_TERM.finditer(m.group(), m.end(1) - m.start()):
            found.setdefault(t.group(1).lower(), m.group(1))
    return found


def _defined_terms(text: str) -> set[str]:
    if not _DEFINITION_OPENS.search(text):
        return set()
    return {m.group(1) for m in _TERM_DEFINED.finditer(text)}


def _new_things(name: str, lower_words: set[str]) -> bool:
    """"All New Options will be issued": "New" before a plural the article also writes in lower case ("the options")
    names new securities, not a company ("New Relic", "New Delhi")."""
    parts = name.split()
    return len(parts) == 2 and parts[0] == "New" and parts[1].endswith("s") and parts[1].lower() in lower_words


# "Agency Fines Retailer $345,000", "the Order requires the Company": a capitalised common noun (a headline's or a
# legal text's defined term) is not a name
_DESCRIPTOR_WORD = re.compile(rf"(?:The\s+)?(?:{DESCRIPTOR_HEAD}|Order|Decision|Regulator|Agency)|"
                              r".*\b(?:Violations?|Allegations|Charges|Practices|Breaches)", re.I)
# "Boeing agreed", "Boeing also will invest": a verb, past an adverb, right after the word
_WHOSE_OPEN = re.compile(r",\s+whose\s+[^,]*$")
_VERB_AFTER = re.compile(r"^\s+(?:(?:also|now|then|later|still|already|recently|previously|reportedly)\s+)?"
                         r"(?:said|says|has|had|have|is|was|will|would|could|plans|agreed|\w+ed)\b")
_APPOSITIVE_AFTER = re.compile(rf"^,\s+(?:a|an|the|which|who)\s+[^,]{{0,60}}\b{DESCRIPTOR_HEAD}\s*,")
_COMMON_SUFFIX = re.compile(r"(?:ing|ly|ions|ments|ness|ities)$")
_PLURAL_SUBJECT_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?!(?:[a-z]+(?:es|ss|us|is)|was|has|does|says|gets|owns|holds|"
                                   r"makes|takes|gives|sees|adds|leads|plans|wants|needs|seeks|looks|expects)\b)"
                                   r"[a-z][\w-]{2,}[a-rt-z]s\s+(?:(?:have|has|had|are|were|will|would|also|all)\s+)*[a-z]+ed\b")


def _capitalised_word(text: str, sentence_start: int, n: Name, lower_words: set[str]) -> bool:
    """"Debate over ...", "Accordingly, ...", "Foodtech major Swiggy": a lone word capitalised only because it
    opens the sentence — the article also writes it in lower case, or it has the shape of a common word."""
    if " " in n.text or n.possessive or text[sentence_start:n.start].strip(" \"'“‘([") != "":
        return False
    word = n.text
    if not word[1:].islower():  # "TikTok", "SEBI", "iPhone" are names
        return False
    if re.match(r"\s+(?:the|a|an|its|their|this|these)\s", text[n.end:n.end + 8]):
        return True  # "Post the QIP, ...": a name is not followed by a determiner; a preposition is
    if re.match(r"\s+(?:billionaire|tycoon|magnate|mogul|entrepreneur|investor|activist|veteran|pioneer)\s+[A-Z]",
                text[n.end:n.end + 30]):
        return True  # "Tech billionaire Peter Thiel's Founders Fund": a field before a person's role noun
    if re.match(r"\s+(?:fines|penalties|damages|funding|investments?|valuations?|stakes?)\s+(?![A-Z])", text[n.end:n.end + 30]):
        return True  # "Civil fines for that alone could reach ...": an adjective before a record noun
    if word.lower() in lower_words or len(word) > 4 and word.endswith("s") and not word.endswith("ss") \
            and word[:-1].lower() in lower_words:
        return True  # "Efforts to promote French wine" where the article also writes "effort": a plural common noun
    if text.count(word) == 1 and _PLURAL_SUBJECT_AFTER.match(text, n.end):
        # "Eager traders added ...", "Angry small shareholders have criticised ...": a word said once, opening a
        # sentence before the plural noun it qualifies, is an adjective
        return True
    if not _COMMON_SUFFIX.search(word.lower()):
        return False
    # "Boeing agreed", "Kitely, a drone delivery start-up, said": a name ending like a common word still acts as
    # the subject of a verb or takes an appositive; "Accordingly, the ..." or "Following the deal" does not
    after = text[n.end:n.end + 90]
    if _APPOSITIVE_AFTER.match(after):
        return False
    # a plural noun opens sentences as a subject too ("Restrictions would ..."); "-ing"/"-ly" words do not
    return not (re.search(r"(?:ing|ly)$", word) and _VERB_AFTER.match(after))


_RELATIONS = r"(affiliate|unit|subsidiary|arm|division|parent|rival|partner|sister company|spin-?off)"
_RELATION_BEFORE = re.compile(r"(?:['’]s?|\))\s+(?:\([^()]{0,20}\)\s+)?(?:[a-z][\w-]*\s+){0,2}" + _RELATIONS + r"\s+$")
_RELATION_AFTER = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?" + _RELATIONS + r"\s+of\s+(?:the\s+)?")
_RELATION_REFERENCE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+(?:[a-z][\w-]*\s+)?"
                                 + _RELATIONS + r"\s+(?:(?:has|have|had|also|now|then|is|was|will|would)\s+){0,2}$")
# a sentence whose subject is a plural common noun: "Blank-check firms are ...", "Chinese lenders have ..."
_PLURAL_CLASS = re.compile(r"\W*(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s\s+(?:are|were|have|had|can|could|"
                           r"will|would|may|must|say|said|often|typically|usually)\b")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
# an opening quote not closed before the pronoun: a speaker's "we" inside a quotation is not the publisher's
_QUOTE_OPEN = re.compile(r"[\"“](?=[^\"”]*$)")
_HOST_WORDS = {"www", "com", "org", "net", "blog", "news", "press", "newsroom", "media", "investors", "about", "www2"}
# "The New York Times reports that it landed at ...": a publication reporting is not what "it" stands for
_REPORTS_THAT = re.compile(r"\s+(?:reports|reported|writes|wrote)\s+(?:on\s+\w+\s+)?that\b")


# a publication's name: "The New York Times", "The Information", "the Wall Street Journal"
_PUBLICATION = re.compile(r"(?:\b[Tt]he\s+$)|(?:^|\s)(?:Times|Journal|Post|News|Herald|Telegraph|Guardian|Economist|"
                          r"Tribune|Gazette|Chronicle|Insider|Information)$")


def _reporting_publication(text: str, n: Name) -> bool:
    """A publication that "reports that" something: a source, never what a later "it" stands for; a company that
    reports its own news stays an antecedent."""
    if not _REPORTS_THAT.match(text, n.end):
        return False
    return bool(_PUBLICATION.search(n.text) or _PUBLICATION.search(text[max(0, n.start - 5):n.start]))


def _describes_next(text: str, n: Name, sm: SentenceMentions) -> bool:
    """"Popular AI gateway maker OpenRouter": a name that only qualifies the descriptor of the next name."""
    nxt = next((o for o in sm.names if o.start > n.end), None)
    return nxt is not None and DESCRIPTOR_THEN_NAME.match(text[n.end:nxt.start]) is not None


# a name inside a modifier of likeness or fame: "the iconic British marque synonymous with James Bond", "rivals
# such as Ferrari"
# ("Ahead of talks with the LSE, the pan-European bourse said": the other side of talks is not what "the exchange" of the
# next sentence means)
_OBJECT_BEFORE = re.compile(r"\b(?:(?:synonymous|associated|famous|known|familiar|popular|compared|comparable)\s+(?:with|for|as|to)|"
                            r"(?:talks|negotiations|discussions)\s+with|"
                            r"like|unlike|than|such\s+as)\s+(?:the\s+)?$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|to|from|into|near|across|outside|inside)\s+$", re.I)
_UNIT_SUBJECT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){0,2}(?:unit|arm|subsidiary|division)\s+"
                           r"(?:(?:has|have|had|also|now|then|is|was|will|would|already|previously)\s+){0,2}$")
_UNIT_HEADS = {"unit", "arm", "subsidiary", "division"}
_MAKER_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:maker|developer|creator|manufacturer)s?\b")
# a maker named by its product: a capitalised word that is no nationality or place right before the maker noun
# (a demonym's shape, "Swedish", "Norwegian", "Thai", "Czech", stays a descriptor of place)
_PRODUCT_MAKER = re.compile(r"\b(?!(?:%s)\b)(?![A-Z][a-z]+(?:ese|an|ish|ch|ic|i)\b)[A-Za-z]*[A-Z][\w-]*"
                            r"\s+(?:maker|developer|creator|manufacturer)$"
                            % "|".join(sorted(w.capitalize() for w in NATIONALITIES)))
_UNIT_REFERENCE = re.compile(r"\b(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}(?:unit|arm|division)\b", re.I)
_UNIT_LABEL = re.compile(r"^(.+?)['’]s\s+((?:\S+\s+){0,2}(?:unit|arm|subsidiary|division))$")
_UNIT_NAME = re.compile(r"['’]s\s+(?:\S+\s+){0,2}(?:unit|arm|subsidiary|division)$")
# "Uber Technologies Inc's [UBER.UL] China unit", "Alibaba's cloud computing arm": a possessive owner, an optional
# ticker, up to two qualifying words (a place, a line of business) and the unit noun
_UNIT_AFTER = re.compile(r"(?:['’]s?)\s+(?:[\[(][A-Z0-9.]{1,12}[\])]\s+)?((?:(?!(?:stake|shares?|holding|IPO|valuation)\b)"
                         r"[\w\-]+\s+){0,2}?)(unit|arm|subsidiary|division)\b(?!\s+of\b)(?!,?\s+(?:[A-Z]|called\b|named\b))")


def _units(names: list[Name], text: str) -> list[Name]:
    """A unit or subsidiary is its own company: "Uber's China unit" becomes one name, not the parent "Uber"."""
    out: list[Name] = []
    skip_to = -1
    for n in names:
        if n.start < skip_to:
            continue
        m = _UNIT_AFTER.match(text, n.end) if n.possessive else None
        if m is None or any(w[:1].isupper() and not is_place(w) for w in m.group(1).split()):
            out.append(n)
            continue
        qualifier = " ".join(m.group(1).split())
        label = f"{n.text}'s {qualifier + ' ' if qualifier else ''}{m.group(2)}"
        possessive = bool(re.match(r"['’]s?\b", text[m.end():m.end() + 2]))
        out.append(Name(n.start, m.end(), label, possessive))
        skip_to = m.end()
    return out


def _joined_by_abbreviation(names: list[Name], text: str) -> list[Name]:
    """"Scottish and Newcastle (S&N)": two names joined by "and" that a bracketed abbreviation right after spells from
    first to last are one company's name."""
    out: list[Name] = []
    i = 0
    while i < len(names):
        a = names[i]
        if i + 2 < len(names):
            b, c = names[i + 1], names[i + 2]
            if not a.possessive and not b.possessive and re.fullmatch(r"\s+(?:and|&)\s+", text[a.end:b.start]) \
                    and re.fullmatch(r"\s*\(\s*", text[b.end:c.start]) and text[c.end:c.end + 1] == ")" \
                    and "&" in c.text and c.text[0] == a.text[0] and c.text[-1] == b.text[0] \
                    and _abbreviates(c.text, f"{a.text} and {b.text}"):
                out.append(Name(a.start, b.end, text[a.start:b.end]))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _abbreviates(short: str, long: str) -> bool:
    """"BNHL" for "Barbeque-Nation Hospitality Ltd", "JFL" for "Jubilant Foodworks Ltd": capitals whose letters
    begin the long name's words, in order."""
    if not re.fullmatch(r"[A-Z][A-Z&]{1,7}", short) or " " in short:
        return False
    initials = [w[0].upper() for w in re.split(r"[\s\-]+", long) if w and w[0].isalpha()]
    if not initials or initials[0] != short[0]:
        return False
    it = iter(initials)
    return all(any(c == i for i in it) for c in short if c != "&")


def _within(mentions: list, start: int, end: int) -> list:
    """The mentions (sorted by start) that begin in [start, end): a bisection, so long texts stay linear."""
    lo = bisect_left(mentions, start, key=lambda m: m.start)
    hi = bisect_left(mentions, end, lo, key=lambda m: m.start)
    return mentions[lo:hi]


def _inside_any(n: Name, money: list[MoneyGroup], dates: list[DateMention]) -> bool:
    return any(g.start <= n.start < g.end for g in money) or any(d.start <= n.start < d.end for d in dates)


def _is_place_possessive(n: Name, names: list[Name]) -> bool:
    return n.possessive and any(m.start > n.end and m.start - n.end <= 3 for m in names)
