"""Rows for a bulk ``INSERT`` as an Arrow table: for a batch's tables of ``FRAME_ROWS`` rows or more.

Bound as list parameters (``store.append_columns``), each value is converted by DuckDB one at a
time (~1.5 µs a value); an Arrow table's typed columns are built in C (``pyarrow.array``) and
DuckDB scans them as they are. pandas frames did this before: building, registering and scanning
their string columns cost more than the statements' own work (samples corpus, writer CPU ~0.31
-> ~0.23 ms a page with Arrow; README, Performance), and their registration (~5 ms) made lists
cheaper below ~200 rows, where an Arrow table is cheaper from a few dozen. Every column is cast
back to its declared type in SQL, as the list path does; dates and timestamps travel as their
ISO text, so the rows stored are the same. pyarrow is imported on the first table: an ingest of
a few small documents never needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

import duckdb

if TYPE_CHECKING:
    import pyarrow

Columns = Sequence[tuple[str, str, Callable | None]]
FRAME_ROWS = 32
NAME = "store_rows"
# The pyarrow types of the SQL types whose values travel as they are; any other value as text.
_TYPES = {"BIGINT": "int64", "BOOLEAN": "bool_", "DOUBLE": "float64"}


def _array(values: list, sql_type: str, convert: Callable | None) -> pyarrow.Array:
    import pyarrow

    if convert:
        values = [convert(value) for value in values]
    elif sql_type in ("DATE", "TIMESTAMP"):
        values = [None if value is None else str(value) for value in values]
    return pyarrow.array(values, type=getattr(pyarrow, _TYPES.get(sql_type, "string"))())


def table(columns: Columns, values: dict[str, list]) -> pyarrow.Table:
    """The rows as an Arrow table of typed columns (``columns``: ``store_insert._columns`` of the model)."""
    import pyarrow

    arrays = [_array(values[name], sql_type, convert) for name, sql_type, convert in columns]
    return pyarrow.Table.from_arrays(arrays, names=[name for name, _, _ in columns])


def insert(con: duckdb.DuckDBPyConnection, table_name: str, columns: Columns, values: dict[str, list], replace: bool) -> bool:
    """INSERT [OR REPLACE] the rows from an Arrow table, each column cast to its type, when there
    are at least ``FRAME_ROWS`` of them; False (nothing written) when fewer."""
    if len(values[columns[0][0]]) < FRAME_ROWS:
        return False
    names = ", ".join(name for name, _, _ in columns)
    casts = ", ".join(f"CAST({name} AS {sql_type})" for name, sql_type, _ in columns)
    con.register(NAME, table(columns, values))
    try:
        con.execute(f"{'INSERT OR REPLACE' if replace else 'INSERT'} INTO {table_name} ({names}) SELECT {casts} FROM {NAME}")
    finally:
        con.unregister(NAME)
    return True
