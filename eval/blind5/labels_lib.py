"""The fifth blind set's labelling helpers: the shared constructors of eval/labelling.py and the repositories
this set's articles were read from. Each labels_NN.py calls doc(...) once per article."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelling import F, V, S, O, I, MN, MP, Docs  # noqa: E402,F401

REPOS = {  # repo -> commit of the snapshot read (a doc may name another commit of the same repo)
    "chenshengxmu/chenshengxmu.github.io": "3427ab001b8452a42bfd863e482bc7253195b503",
    "FelixOnline/v2": "9aceeffa685feb30c148b2288376bbe32f2bb88b",
    "tokenmill/crawling-framework": "987100fee5965b43e178c9096ab3b2aa3a11fac7",
}
_DOCS = Docs(REPOS)
DOCS, doc = _DOCS.items, _DOCS.doc
