"""Parsing and extraction: pure functions from files to ``schemas`` records.

Nothing here imports prefect or duckdb; the pipeline wraps these functions.
"""
