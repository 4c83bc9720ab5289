"""The seventh blind set's labelling helpers: the shared constructors of eval/labelling.py and the repositories
this set's articles were read from. Each labels_NN.py calls doc(...) once per article."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelling import F, V, S, O, I, MN, MP, Docs  # noqa: E402,F401

REPOS = {  # repo -> commit of the snapshot read (a doc may name another commit of the same repo)
    "hagar110/topics-classification": "1c8a33816a0288ab28d35fca291c5ab2b0ee58d8",
    "jgscott/STA380": "691d1b0d58b740467ebc4488a849fd4ae4de520d",
}
_DOCS = Docs(REPOS)
DOCS, doc = _DOCS.items, _DOCS.doc
