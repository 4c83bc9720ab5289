"""The eighth blind set's labelling helpers: the shared constructors of eval/labelling.py and the repositories
this set's articles were read from. Each labels_NN.py calls doc(...) once per article."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelling import F, V, S, O, I, MN, MP, Docs  # noqa: E402,F401

REPOS = {  # repo -> commit of the snapshot read (a doc may name another commit of the same repo)
    "karanmitroo/inshorts-scraper": "6d333fd64c7b04a69c556527e64475b2fcf239d8",
    "EurolandHanoi/fullshare": "eb5c98c40f863251907ae6db7fb1f7ec3f1041a3",
    "PatrickDDj/ChinaDaily": "51e169cd974e4447e873f39484900f939b62594c",
}
_DOCS = Docs(REPOS)
DOCS, doc = _DOCS.items, _DOCS.doc
