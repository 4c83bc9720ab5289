#!/usr/bin/env python3
"""Write blind6.gold.json and SOURCES.tsv from the hand-written labels_NN.py files (run from anywhere)."""
import glob, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_lib  # noqa: E402

for f in sorted(glob.glob(os.path.join(HERE, "labels_[0-9]*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    spec.loader.exec_module(importlib.util.module_from_spec(spec))

docs = labels_lib.DOCS
assert len({d["file"] for d in docs}) == len(docs)
assert len({(d["repo"], d["path"]) for d in docs}) == len(docs), "an article is labelled twice"
gold = {"about": ("Sixth blind evaluation set: real articles from public repositories (see SOURCES.tsv), hand-labelled per "
                  "the rules of seeds.gold.json, dev.gold.json, dev2.gold.json and the five earlier blind sets, without running "
                  "newsledger on them. Dates are not labelled here. Each record lists every acceptable (currency, amount) pair; "
                  "names list accepted aliases; a null investor/authority/payer means the text names no single one (any "
                  "prediction's name is accepted). 'audit' explains each money and percent mention; 'optional' records are "
                  "neither required nor counted as false positives. 'must_not' lists values that must never appear in a typed "
                  "record of that document: money (currency, amount) in any money table, a percent in stakes. A null meta "
                  "field is not scored; a list of titles accepts any of them."),
        "docs": [d["gold"] for d in docs]}
with open(os.path.join(HERE, "blind6.gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
with open(os.path.join(HERE, "SOURCES.tsv"), "w", encoding="utf-8") as fh:
    fh.write("file\trepo\tcommit\tpath\n")
    for d in docs:
        fh.write("%s\t%s\t%s\t%s\n" % (d["file"], d["repo"], d["commit"], d["path"]))
kinds = ["fines", "valuations", "stakes", "offerings", "investments"]
for k in kinds:
    req = sum(1 for d in docs for r in d["gold"][k] if not r["optional"])
    opt = sum(1 for d in docs for r in d["gold"][k] if r["optional"])
    print("%-12s required %3d optional %3d" % (k, req, opt))
mn = [m for d in docs for m in d["gold"]["must_not"]]
print("must_not %d (%d money, %d percent); docs %d; negatives %d" % (
    len(mn), sum("money" in m for m in mn), sum("percent" in m for m in mn), len(docs),
    sum(1 for d in docs if not any(r for k in kinds for r in d["gold"][k]))))
