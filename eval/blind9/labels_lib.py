"""The ninth blind set's labelling helpers: the shared constructors of eval/labelling.py and the repositories
this set's articles were read from. Each labels_NN.py calls doc(...) once per article."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelling import F, V, S, O, I, MN, MP, Docs  # noqa: E402,F401

REPOS = {  # repo -> commit of the snapshot read
    "agtz92/english-stuff-nextjs": "94140fd6504c7f99f5af9e664f65bee56f890a63",
}
_DOCS = Docs(REPOS)
DOCS, doc = _DOCS.items, _DOCS.doc
