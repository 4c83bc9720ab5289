"""One copy of the scorer: the package's score on a real run equals ../shared/eval/score.py's, number for number."""
from __future__ import annotations

import importlib.util

import pytest

from scoring import load_gold, score
from tests.conftest import SHARED_EVAL
from warehouse import Warehouse, reads

pytestmark = pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="../shared/eval is not on this machine")


def _shared_score():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.score


@pytest.mark.parametrize("gold", ["dev.gold.json", "seeds.gold.json"])
def test_same_report_as_shared_score(review_run, gold):
    """dev: every document scored; seeds: none of them loaded, so every gold record is missed the same way."""
    with Warehouse(review_run.db, read_only=True) as wh:
        docs, preds = reads.scoring_rows(wh)
    ours = score(load_gold(SHARED_EVAL / gold), docs, preds)
    theirs = _shared_score()(str(review_run.db), str(SHARED_EVAL / gold))
    assert ours == theirs
    if gold == "dev.gold.json":
        assert ours["records"]["tp"] > 0 and not ours["missing_docs"]
