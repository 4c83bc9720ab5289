"""Scoring a warehouse's records against hand-labelled gold documents: the matching rules and the totals."""
from scoring.match import amount_match, greedy, name_match, prf, record_match, words
from scoring.score import load_gold, score

__all__ = ["amount_match", "greedy", "load_gold", "name_match", "prf", "record_match", "score", "words"]
