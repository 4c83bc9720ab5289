"""The third blind set's labelling helpers: the shared constructors of eval/labelling.py and the repositories
this set's articles were read from. Each labels_NN.py calls doc(...) once per article."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelling import F, V, S, O, I, MN, MP, Docs  # noqa: E402,F401

REPOS = {  # repo -> commit of the snapshot read
    "08820048/news-aggregator": "436564fd8572c87aaa9282f02003dcfca3e19df7",
    "kishorebr/aivibe-blog": "ba6ace41097d2bcf35a1eeca89577aeb2a08dc8f",
    "pwv-vc/pwv-com": "51e6bf3f8e70e969036d7df47a894e7127534b7e",
    "Newsworthyai/press-release-archive": "9b2f3f325098dd60c940f8bffb80e66bb83b152a",
}
_DOCS = Docs(REPOS)
DOCS, doc = _DOCS.items, _DOCS.doc
