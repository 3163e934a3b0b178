"""Record models shared by every layer: pydantic only, no I/O, no prefect or duckdb."""
