"""Orchestration and storage: the only layer that touches prefect and duckdb."""
