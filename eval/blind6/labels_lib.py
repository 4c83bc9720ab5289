"""Tiny helpers for writing the sixth blind set's labels by hand (stdlib only).

Each labels_NN.py calls doc(...) once per article; build_gold.py collects DOCS and writes
blind6.gold.json and SOURCES.tsv. Record constructors take aliases as a list (or None = the
text names no single one, any prediction accepted) and amounts as [(CUR, value), ...].
"""
import re

DOCS = []
REPOS = {  # repo -> commit of the snapshot read (a doc may name another commit of the same repo)
    "smallrivers/snacktory": "6a87f3f19d13843166dd689760cbdc2ff3af34f6",
    "sonyfe25cp/ParseEverything": "f8c4c3da9e178bd087f5d93eff8b491a07375d09",
}


def _names(x):
    if x is None:
        return None
    return [x] if isinstance(x, str) else list(x)


def _amts(a):
    if isinstance(a, tuple):
        a = [a]
    return [[c, float(v) if float(v) != int(v) else int(v)] for c, v in a]


def F(payer, authority, amounts, opt=False):
    return {"payer": _names(payer), "authority": _names(authority), "amounts": _amts(amounts), "optional": opt}


def V(company, amounts, opt=False):
    return {"company": _names(company), "amounts": _amts(amounts), "optional": opt}


def S(holder, company, percent, opt=False):
    return {"holder": _names(holder), "company": _names(company), "percent": percent, "optional": opt}


def O(company, amounts, opt=False):
    return {"company": _names(company), "amounts": _amts(amounts), "optional": opt}


def I(investor, company, amounts, opt=False):
    return {"investor": _names(investor), "company": _names(company), "amounts": _amts(amounts), "optional": opt}


def MN(cur, amount, note):
    return {"money": _amts([(cur, amount)])[0], "note": note}


def MP(percent, note):
    return {"percent": percent, "note": note}


def slug(title, n=48):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower().replace("\u2019", "").replace("'", "")).strip("-")
    return s[:n].rstrip("-") if len(s) > n else s


def doc(repo, path, title, author=None, published=None, url=None, fines=(), valuations=(), stakes=(),
        offerings=(), investments=(), must_not=(), audit=(), slug_title=None, commit=None):
    n = len(DOCS) + 1
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else "txt"
    t0 = title[0] if isinstance(title, list) else title
    fname = "%03d_%s.%s" % (n, slug(slug_title or t0), ext)
    DOCS.append({
        "file": fname, "repo": repo, "commit": commit or REPOS[repo], "path": path,
        "gold": {"doc": fname, "meta": {"title": title, "author": author, "published": published, "url": url},
                 "fines": list(fines), "valuations": list(valuations), "stakes": list(stakes),
                 "offerings": list(offerings), "investments": list(investments),
                 "must_not": list(must_not), "audit": list(audit)},
    })
