"""Models shared by every layer: pydantic only, no I/O, no prefect or duckdb.

Names keep one meaning each: a ``...Record`` is a fact as the extractors give it and the JSON
contract prints it (``schemas.structure``, ``schemas.funding``, ``schemas.facts``); a ``...Row``
is a row of a warehouse table (``schemas.records``, ``schemas.traced``); a ``...Entry`` is a
line of a file the pipeline keeps beside the warehouse (the fetcher's manifest)."""
