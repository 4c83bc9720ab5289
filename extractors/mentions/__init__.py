"""Mention finders: sentences and the spans with values (money, percent, dates, names) that records are built from."""
