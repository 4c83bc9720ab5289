"""The eighth blind set's labelling helpers: the shared constructors of eval/labelling.py and the repository
this set's articles were read from. Each labels_NN.py calls doc(...) once per article."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelling import F, V, S, O, I, MN, MP, Docs  # noqa: E402,F401

REPOS = {  # repo -> commit of the snapshot read (a doc may name another commit of the same repo)
    "karanmitroo/inshorts-scraper": "6d333fd64c7b04a69c556527e64475b2fcf239d8",
}
_DOCS = Docs(REPOS)
DOCS, doc = _DOCS.items, _DOCS.doc
