"""Hand-labelling helpers shared by the blind sets (stdlib only): record constructors, a set's list of labelled
articles, and the writer of its gold file and SOURCES.tsv.

Each eval/blindN/labels_NN.py calls doc(...) once per article (through its set's labels_lib.py, which names the
repositories and commits read); eval/blindN/build_gold.py writes blindN.gold.json and SOURCES.tsv. Record
constructors take aliases as a list (or None = the text names no single one, any prediction accepted) and amounts
as [(CUR, value), ...].
"""
import glob, importlib.util, json, os, re, sys

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


class Docs:
    """One set's labelled articles, in the order their doc(...) calls ran (file numbers follow it)."""

    def __init__(self, repos):
        self.repos = repos  # repo -> commit of the snapshot read (a doc may name another commit of the same repo)
        self.items = []

    def doc(self, repo, path, title, author=None, published=None, url=None, fines=(), valuations=(), stakes=(),
            offerings=(), investments=(), must_not=(), audit=(), slug_title=None, commit=None):
        _add(self.items, self.repos, repo, path, title, author, published, url, fines, valuations, stakes, offerings,
             investments, must_not, audit, slug_title, commit)


def _add(docs, repos, repo, path, title, author, published, url, fines, valuations, stakes, offerings, investments,
         must_not, audit, slug_title, commit):
    n = len(docs) + 1
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else "txt"
    t0 = title[0] if isinstance(title, list) else title
    fname = "%03d_%s.%s" % (n, slug(slug_title or t0), ext)
    docs.append({
        "file": fname, "repo": repo, "commit": commit or repos[repo], "path": path,
        "gold": {"doc": fname, "meta": {"title": title, "author": author, "published": published, "url": url},
                 "fines": list(fines), "valuations": list(valuations), "stakes": list(stakes),
                 "offerings": list(offerings), "investments": list(investments),
                 "must_not": list(must_not), "audit": list(audit)},
    })


KINDS = ["fines", "valuations", "stakes", "offerings", "investments"]


def build_gold(here, set_name, ordinal, earlier):
    """Run every labels_NN.py of the set in `here`, then write SET.gold.json and SOURCES.tsv and print the counts."""
    sys.path.insert(0, here)
    import labels_lib  # noqa: E402  (the set's own: its REPOS and DOCS)
    for f in sorted(glob.glob(os.path.join(here, "labels_[0-9]*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    docs = labels_lib.DOCS
    assert len({d["file"] for d in docs}) == len(docs)
    assert len({(d["repo"], d["path"]) for d in docs}) == len(docs), "an article is labelled twice"
    gold = {"about": (ordinal + " blind evaluation set: real articles from public repositories (see SOURCES.tsv), "
                      "hand-labelled per the rules of seeds.gold.json, dev.gold.json, dev2.gold.json and the " + earlier
                      + " earlier blind sets, without running newsledger on them. Dates are not labelled here. Each record "
                      "lists every acceptable (currency, amount) pair; names list accepted aliases; a null "
                      "investor/authority/payer means the text names no single one (any prediction's name is accepted). "
                      "'audit' explains each money and percent mention; 'optional' records are neither required nor counted "
                      "as false positives. 'must_not' lists values that must never appear in a typed record of that "
                      "document: money (currency, amount) in any money table, a percent in stakes. A null meta field is not "
                      "scored; a list of titles accepts any of them."),
            "docs": [d["gold"] for d in docs]}
    with open(os.path.join(here, set_name + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(here, "SOURCES.tsv"), "w", encoding="utf-8") as fh:
        fh.write("file\trepo\tcommit\tpath\n")
        for d in docs:
            fh.write("%s\t%s\t%s\t%s\n" % (d["file"], d["repo"], d["commit"], d["path"]))
    for k in KINDS:
        req = sum(1 for d in docs for r in d["gold"][k] if not r["optional"])
        opt = sum(1 for d in docs for r in d["gold"][k] if r["optional"])
        print("%-12s required %3d optional %3d" % (k, req, opt))
    mn = [m for d in docs for m in d["gold"]["must_not"]]
    print("must_not %d (%d money, %d percent); docs %d; negatives %d" % (
        len(mn), sum("money" in m for m in mn), sum("percent" in m for m in mn), len(docs),
        sum(1 for d in docs if not any(r for k in KINDS for r in d["gold"][k]))))
