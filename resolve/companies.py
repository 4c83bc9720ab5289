"""Names in, companies out: each record's name (in its document) gets a company id; each company its fullest name,
aliases, ticker and parent. Pure: the warehouse reads the inputs and stores what `resolve_companies` returns.

Two stages, because a short name means one thing inside an article and maybe another outside it:
1. inside each article, a short or generic form takes the fuller form the same article gives ("Commission" →
   "European Commission", "Meta" → "Meta Platforms", "PSBC" → "Postal Savings Bank of China", "Brussels" → the
   Commission in a story that names it);
2. across the archive, keys are joined where spellings share a key (legal forms, case, possessives), where an
   article states the link (a rename, a shared ticker, a maker of a product), where a short form always stood
   for the same company, where rapidfuzz finds a typo in a long name, and where an analyst merged two companies.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cleanco import basename
from rapidfuzz import fuzz, process

from resolve.names import GENERIC_FIRST, display_form, fullness, is_generic_short, name_key
from resolve.textfacts import DocFacts, longer_forms, occurrences, role_facts, ticker_symbol

# a place that stands for the public body seated there, where the article names that body ("Brussels fined ...")
METONYMS = {"brussels": ("European Commission",), "beijing": (), "washington": ()}
# rapidfuzz: only long names, the same first word, and at most about one edit in forty characters
FUZZY_MIN_LEN = 12
FUZZY_MIN_SCORE = 95.0


@dataclass(frozen=True, slots=True)  # one per record or name of the warehouse: no __dict__ each
class Mention:
    doc_id: str
    name: str


@dataclass
class CompanyRow:
    company_id: str
    name: str
    aliases: list[str]
    ticker: str | None
    parent_id: str | None
    n_mentions: int


@dataclass
class CompanyResolution:
    ids: dict[Mention, str]
    companies: list[CompanyRow]
    orphaned_merges: list[tuple[str, str]] = field(default_factory=list)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def company_id_for(key: str) -> str:
    """A fresh company's id: derived from its canonical key, so a rebuilt warehouse gives it the same id."""
    return "co_" + hashlib.sha256(key.encode()).hexdigest()[:12]


@lru_cache(maxsize=200_000)
def _plain_words(name: str) -> tuple[str, ...]:
    return tuple(re.sub(r"[^\w\s]", " ", basename(name).lower()).split())


def _local_representatives(names: set[str], facts: DocFacts, text: str) -> dict[str, str]:
    """Within one article: display form → the fuller display form it stands for (itself where none)."""
    known = sorted(set(names) | {long for _, long in facts.aliases} | {n for n, _ in facts.tickers})
    abbreviations = {name_key(short): long for short, long in facts.aliases}
    out: dict[str, str] = {}
    for n in sorted(names):
        k = name_key(n)
        if k in abbreviations:
            out[n] = abbreviations[k]
            continue
        words = k.split()
        if k in METONYMS:
            target = next((t for t in METONYMS[k] if t in text), None)
            out[n] = target or n
            continue
        plain = _plain_words(n)
        candidates = {name_key(o): o for o in known if name_key(o) != k}
        pool = dict(candidates)
        if is_generic_short(k) or len(words) <= 2:
            pool.update({name_key(o): o for o in longer_forms(text, n)})
        fits = []
        for ok, o in pool.items():
            ow = ok.split()
            if len(ow) <= len(words):
                continue
            # by the words as written, less the legal form: "Ant Group" is not a short "Ant Financial"
            op = _plain_words(o)
            prefix = len(op) > len(plain) and op[:len(plain)] == plain and words[0] not in GENERIC_FIRST
            suffix = ow[-len(words):] == words and is_generic_short(k)
            # "Prannoy Roy" for "Prannoy James Roy": first and last word kept, a middle word left out
            middle = (len(plain) == 2 and len(op) == 3 and op[0] == plain[0] and op[-1] == plain[-1]
                      and words[0] not in GENERIC_FIRST and o[:1].isupper())
            if prefix or suffix or middle:
                fits.append((ok, o))
        # the fits must be one name, or nested forms of one ("Ant Financial" → "Ant Financial Services Group")
        fits.sort(key=lambda t: (len(t[0]), t[0]))
        if fits and all(f[0].startswith(fits[0][0]) or f[0].endswith(fits[0][0]) or len(fits) == 1 for f in fits):
            out[n] = fits[0][1]
        else:
            out[n] = n
    return out


def _short_form_used(name: str, text: str) -> str | None:
    """"Meta Platforms Inc ... Meta said": the first word of a name of several, used alone in the same article,
    is that name's short form there (its key, or None)."""
    words = name_key(name).split()
    first = name.split()[0] if name.split() else ""
    if len(words) < 2 or not first[:1].isupper() or is_generic_short(name_key(first)) or len(first) < 3:
        return None
    for pos in occurrences(text, first):
        if not re.match(r"[\s\-]+[A-Z0-9]", text[pos + len(first):pos + len(first) + 3]):
            return name_key(first)
    return None


def resolve_companies(mentions: Iterable[Mention], facts: Mapping[str, DocFacts], texts: Mapping[str, str],
                      previous: Mapping[str, str] | None = None,
                      merges: Iterable[tuple[str, str]] = ()) -> CompanyResolution:
    """`previous`: key → company id from the last resolve (ids stay put); `merges`: (kept id, merged id) pairs."""
    previous = dict(previous or {})
    mentions = list(dict.fromkeys(mentions))
    by_doc: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        by_doc[m.doc_id].add(m.name)

    uf = _UnionFind()
    mention_key: dict[Mention, str] = {}
    display_of_key: dict[str, Counter[str]] = defaultdict(Counter)
    short_to_long: dict[str, set[str]] = defaultdict(set)
    parents: list[tuple[str, str]] = []
    tickers: dict[str, Counter[str]] = defaultdict(Counter)
    extra_aliases: dict[str, set[str]] = defaultdict(set)

    products: set[str] = set()
    for doc_id in sorted(set(by_doc) | set(facts)):
        names = by_doc.get(doc_id, set())
        f = facts.get(doc_id) or DocFacts()
        text = texts.get(doc_id, "")
        displays = {}
        for raw in sorted(names):
            d = display_form(raw) or raw
            displays[raw] = d
            rf = role_facts(raw)
            f = DocFacts(f.aliases, f.tickers, f.renames, f.parents + rf.parents, f.products + rf.products)
        reps = _local_representatives(set(displays.values()), f, text)
        for raw, d in displays.items():
            rep = reps.get(d, d)
            k, rk = name_key(d), name_key(rep)
            uf.find(rk)
            mention_key[Mention(doc_id, raw)] = rk
            display_of_key[rk][d] += 1
            if rk != k:
                short_to_long[k].add(rk)
            short = _short_form_used(rep, text)
            if short:
                short_to_long[short].add(rk)
        for short, long in f.aliases:
            extra_aliases[name_key(long)].add(short)
            short_to_long[name_key(short)].add(name_key(long))
        for new, old in f.renames:
            uf.union(name_key(new), name_key(old))
            extra_aliases[name_key(new)].add(old)
        for product, maker in f.products:
            uf.union(name_key(product), name_key(maker))
            products.add(name_key(product))
        for name, tick in f.tickers:
            tickers[name_key(name)][tick] += 1
        parents += [(name_key(c), name_key(p), p) for c, p in f.parents]

    # a shared listing is one company: "Alibaba Group Holding Ltd (BABA.N)" and "Alibaba (BABA)"
    by_symbol: dict[str, list[str]] = defaultdict(list)
    for k, ticks in tickers.items():
        for t in ticks:
            sym = ticker_symbol(t)
            by_symbol[sym if len(sym) >= 2 else t].append(k)
    for keys in by_symbol.values():
        for k in keys[1:]:
            uf.union(keys[0], k)

    _fuzzy_join(uf, list(display_of_key))

    # analysts' merges, by the ids the last resolve gave
    keys_of_id: dict[str, list[str]] = defaultdict(list)
    for k, cid in previous.items():
        keys_of_id[cid].append(k)
    orphaned = []
    forced: dict[str, str] = {}
    for keep, other in merges:
        if not keys_of_id.get(keep) or not keys_of_id.get(other):
            orphaned.append((keep, other))
            continue
        for k in keys_of_id[keep] + keys_of_id[other]:
            uf.union(keys_of_id[keep][0], k)
        forced[keys_of_id[keep][0]] = keep

    # a short form every article used for one company stands for it everywhere ("PSBC", "Meta")
    for short, longs in sorted(short_to_long.items()):  # sorted: the same archive, the same companies
        if is_generic_short(short):
            continue
        roots = {uf.find(k) for k in longs}
        if len(roots) == 1:
            uf.union(short, next(iter(roots)))

    clusters: dict[str, list[str]] = defaultdict(list)
    for k in display_of_key:
        clusters[uf.find(k)].append(k)
    parent_votes: dict[str, Counter[str]] = defaultdict(Counter)
    parent_names: dict[str, Counter[str]] = defaultdict(Counter)
    for ck, pk, pname in parents:
        rc, rp = uf.find(ck), uf.find(pk)
        if rc in clusters and rc != rp:
            parent_votes[rc][rp] += 1
            parent_names[rp][pname] += 1
    for rp, names in parent_names.items():  # an owner named only as an owner is a company too
        if rp not in clusters:
            k = name_key(names.most_common(1)[0][0])
            clusters[rp].append(k)
            display_of_key[k].update(names)

    ids = _assign_ids(clusters, display_of_key, previous, forced, uf)
    companies = []
    for root, keys in clusters.items():
        forms: Counter[str] = Counter()
        for k in keys:
            forms.update(display_of_key[k])
        aliases = set(forms)
        for k in keys:
            aliases |= extra_aliases.get(k, set())
        name = max(forms, key=lambda n: (name_key(n) not in products, not (n.isupper() and len(n) <= 6),
                                         fullness(n), forms[n], n))
        tick = Counter()
        for k in keys:
            tick.update(tickers.get(k, {}))
        parent = parent_votes[root].most_common(1)[0][0] if parent_votes.get(root) else None
        # a ticker with its exchange ("BABA.N") says more than the bare symbol
        best_tick = max(tick, key=lambda t: (("." in t or ":" in t), tick[t], t)) if tick else None
        companies.append(CompanyRow(ids[root], name, sorted(aliases), best_tick,
                                    ids.get(parent) if parent else None, sum(forms.values())))
    mention_ids = {m: ids[uf.find(k)] for m, k in mention_key.items()}
    companies.sort(key=lambda c: c.company_id)
    return CompanyResolution(mention_ids, companies, orphaned)


def _fuzzy_join(uf: _UnionFind, keys: list[str]) -> None:
    """A typo in a long name ("State Administration of/for Market Regulation", "European Commision"): rapidfuzz's
    ratio within blocks of keys that share their first word."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        if len(k) >= FUZZY_MIN_LEN and len(k.split()) >= 2:
            blocks[k.split()[0]].append(k)
    for block in blocks.values():
        if len(block) < 2:
            continue
        for i, a in enumerate(block[:-1]):
            for b, _, _ in process.extract(a, block[i + 1:], scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE,
                                           limit=None):
                if _digits(a) == _digits(b) and len(a.split()) == len(b.split()):
                    uf.union(a, b)


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def _assign_ids(clusters: dict[str, list[str]], display_of_key: Mapping[str, Counter[str]],
                previous: Mapping[str, str], forced: Mapping[str, str], uf: _UnionFind) -> dict[str, str]:
    """Each cluster keeps the id most of its keys had; a new one takes the id of its most mentioned key."""
    claims: list[tuple[int, str, str]] = []
    for root, keys in clusters.items():
        votes = Counter(previous[k] for k in keys if k in previous)
        for k, cid in forced.items():
            if uf.find(k) == root:
                votes[cid] += 10 ** 6
        for cid, n in votes.items():
            claims.append((n, root, cid))
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for n, root, cid in sorted(claims, key=lambda c: (-c[0], c[2], c[1])):
        if root not in ids and cid not in taken:
            ids[root] = cid
            taken.add(cid)
    for root, keys in sorted(clusters.items()):
        if root in ids:
            continue
        canonical = max(keys, key=lambda k: (sum(display_of_key[k].values()), len(k), k))
        cid = company_id_for(canonical)
        while cid in taken:
            canonical += "+"
            cid = company_id_for(canonical)
        ids[root] = cid
        taken.add(cid)
    return ids
