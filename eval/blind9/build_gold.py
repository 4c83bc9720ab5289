#!/usr/bin/env python3
"""Write blind9.gold.json and SOURCES.tsv from the hand-written labels_NN.py files (run from anywhere)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelling import build_gold  # noqa: E402

build_gold(HERE, "blind9", "Ninth", "eight")
