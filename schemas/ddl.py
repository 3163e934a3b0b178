"""DuckDB DDL generated from the table models in ``schemas.records``.

Run ``python -m schemas.ddl`` to print the CREATE statements of ``schemas.records``;
``scripts/new_migration.py NAME`` writes the next migration for the tables new in the models
(registered facts included). Generating text is all this module does: it never connects.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from decimal import Decimal

from pydantic.fields import FieldInfo

from schemas.records import TABLES, TableRow

_SCALARS: dict[type, str] = {
    str: "VARCHAR",
    int: "BIGINT",
    float: "DOUBLE",
    bool: "BOOLEAN",
    Decimal: "DECIMAL(18, 2)",
    dt.datetime: "TIMESTAMP",
    dt.date: "DATE",
}


def _unwrap_optional(annotation) -> tuple[object, bool]:
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if (origin is typing.Union or origin is types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]), True
    return annotation, False


def column_type(annotation) -> tuple[str, tuple[str, ...] | None, bool]:
    """(DuckDB type, allowed values for a Literal or None, nullable) of a field annotation."""
    inner, nullable = _unwrap_optional(annotation)
    if typing.get_origin(inner) is typing.Annotated:  # a validated type: its column is the base type's
        inner = typing.get_args(inner)[0]
    if typing.get_origin(inner) is typing.Literal:
        return "VARCHAR", tuple(typing.get_args(inner)), nullable
    if typing.get_origin(inner) in (list, dict):
        return "JSON", None, nullable
    if inner in _SCALARS:
        return _SCALARS[inner], None, nullable
    raise TypeError(f"no DuckDB type for annotation {annotation!r}")


def _column_sql(name: str, field: FieldInfo) -> str:
    sql_type, allowed, nullable = column_type(field.annotation)
    parts = [name, sql_type]
    if not nullable:
        parts.append("NOT NULL")
    if allowed:
        values = ", ".join("'" + v.replace("'", "''") + "'" for v in allowed)
        parts.append(f"CHECK ({name} IN ({values}))")
    return " ".join(parts)


def create_table_sql(model: type[TableRow]) -> str:
    """CREATE TABLE for one model, columns in field order, with its primary key (if it has one
    and ``key_enforced``)."""
    columns = [_column_sql(name, field) for name, field in model.model_fields.items()]
    if model.primary_key and model.key_enforced:
        columns.append(f"PRIMARY KEY ({', '.join(model.primary_key)})")
    body = ",\n    ".join(columns)
    return f"CREATE TABLE {model.table} (\n    {body}\n);"


def schema_sql(models: tuple[type[TableRow], ...] = TABLES) -> str:
    return "\n\n".join(create_table_sql(model) for model in models) + "\n"


if __name__ == "__main__":
    print(schema_sql(), end="")
