"""Orchestration only: discover files, run the pure extraction in batches, hand results to the warehouse.

Nothing outside this package imports Prefect.
"""
