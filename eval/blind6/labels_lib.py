"""The sixth blind set's labelling helpers: the shared constructors of eval/labelling.py and the repositories
this set's articles were read from. Each labels_NN.py calls doc(...) once per article."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelling import F, V, S, O, I, MN, MP, Docs  # noqa: E402,F401

REPOS = {  # repo -> commit of the snapshot read (a doc may name another commit of the same repo)
    "smallrivers/snacktory": "6a87f3f19d13843166dd689760cbdc2ff3af34f6",
    "sonyfe25cp/ParseEverything": "f8c4c3da9e178bd087f5d93eff8b491a07375d09",
}
_DOCS = Docs(REPOS)
DOCS, doc = _DOCS.items, _DOCS.doc
