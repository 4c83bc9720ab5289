"""The fourth blind set's labelling helpers: the shared constructors of eval/labelling.py and the repositories
this set's articles were read from. Each labels_NN.py calls doc(...) once per article."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelling import F, V, S, O, I, MN, MP, Docs  # noqa: E402,F401

REPOS = {  # repo -> commit of the snapshot read
    "soumyadipdas37/finescoop.github.io": "0346d6175a2c36d4054083c144b7f8364db73f2f",
    "pwv-vc/pwv-com": "51e6bf3f8e70e969036d7df47a894e7127534b7e",
    "adbar/trafilatura": "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5",
    "bertmad3400/articleMD": "94d264b07d8be5160c637d6b1d8d46d28bfcd6be",
}
_DOCS = Docs(REPOS)
DOCS, doc = _DOCS.items, _DOCS.doc
