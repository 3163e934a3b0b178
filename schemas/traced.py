"""Table rows, and the fact rows generated from an extractor's output model.

A fact row is the provenance columns (``TracedRow``) followed by columns read from the
output model, in the model's field order unless ``columns`` orders them, plus derived
columns the output model does not hold (a meeting key, a paper index), declared with their
type. ``source_values`` reads a row's output columns off an output record, so one generic
mapping (``pipeline.rows.to_row``) fills every fact table.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field


class TableRow(BaseModel):
    """A row of a warehouse table; subclasses name the table and its key."""

    model_config = ConfigDict(extra="forbid")
    table: ClassVar[str]
    primary_key: ClassVar[tuple[str, ...]]
    # False: the key is unique by construction (the writer keeps or refuses repeats within a
    # document) and checked after an ingest that loaded something (``store.key_checks``), not
    # declared to DuckDB: a declared key made each checkpoint rewrite the table's last row group
    # in memory (pages at 2,000 packs: 2.5 s and ~550 MB for 10 rows appended).
    key_enforced: ClassVar[bool] = True


class TracedRow(TableRow):
    """A fact row: its id, the document it belongs to, and where in that document it was read."""

    primary_key = ("id",)
    # The id hashes the document id, so no two documents share one, and the writer keeps one row
    # per id of a document (``store.last_per_key``). Declared, each checkpoint rewrote the whole
    # table (one row group until 122,880 rows): +100 to +330 MB for seconds at 2,000 packs.
    key_enforced = False
    # Column -> dotted path of the output-model field it is read from (generated rows only).
    sources: ClassVar[dict[str, str]] = {}

    id: str = Field(description="Deterministic id from the document, the span and the fact's natural key.")
    document_id: str = Field(description="Document (SHA-256 of its bytes) the fact was read from.")
    page_index: int = Field(description="0-based page index where the span starts.")
    printed_page: int | None = Field(description="Page number printed on that page, if any.")
    char_start: int = Field(description="Start offset of the span in the document text (pages joined by \\f).")
    char_end: int = Field(description="End offset (exclusive) of the span.")
    span_text: str = Field(description="The span's text as printed.")
    extractor: str = Field(description="Extractor that read the fact.")
    extractor_version: str = Field(description="Version of that extractor's rules.")


@dataclass(frozen=True)
class Derived:
    """A column the output model does not hold, computed by the row mapping."""

    annotation: object
    description: str


class RowModelError(TypeError):
    """A generated row model names a field its output model does not have."""


def _as_stored(annotation: object) -> object:
    """A nested model is stored as JSON: its column holds dicts (``list[Author]`` -> ``list[dict]``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return dict
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) is list and args and isinstance(args[0], type) and issubclass(args[0], BaseModel):
        return list[dict]
    return annotation


def _field(output: type[BaseModel], path: str):
    model: object = output
    for part in path.split("."):
        fields = getattr(model, "model_fields", {})
        if part not in fields:
            raise RowModelError(f"{output.__name__} has no field {path!r}")
        field = fields[part]
        model = field.annotation
    return field


def traced_row(
    class_name: str,
    table: str,
    output: type[BaseModel],
    *,
    columns: Sequence[str] | None = None,
    sources: Mapping[str, str] | None = None,
    derived: Mapping[str, Derived] | None = None,
    types: Mapping[str, object] | None = None,
    doc: str | None = None,
) -> type[TracedRow]:
    """The row model of ``table``: provenance columns, then ``columns`` (default: the output
    model's fields but ``provenance``, then the derived ones). A column is read from the output
    field of its name, or the dotted path ``sources`` gives, with that field's type and
    description (``types`` overrides a type); a ``derived`` column is filled by the mapping."""
    sources, derived, types = dict(sources or {}), dict(derived or {}), dict(types or {})
    if columns is None:
        columns = [name for name in output.model_fields if name != "provenance"] + list(derived)
    annotations: dict[str, object] = {}
    namespace: dict[str, object] = {}
    read: dict[str, str] = {}
    for column in columns:
        if column in derived:
            annotation, description = derived[column].annotation, derived[column].description
        else:
            read[column] = sources.get(column, column)
            field = _field(output, read[column])
            annotation, description = _as_stored(field.annotation), field.description
        annotations[column] = types.get(column, annotation)
        namespace[column] = Field(description=description)
    unused = (set(sources) | set(derived) | set(types)) - set(columns)
    if unused:
        raise RowModelError(f"{class_name}: {sorted(unused)} declared but not among its columns")
    module = sys._getframe(1).f_globals.get("__name__", __name__)
    namespace.update(
        __annotations__=annotations, __module__=module, __qualname__=class_name, __doc__=doc,
        table=table, sources=read,
    )
    return type(class_name, (TracedRow,), namespace)


def _value(record: BaseModel, path: str):
    value: object = record
    for part in path.split("."):
        value = getattr(value, part)
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, list) and value and isinstance(value[0], BaseModel):
        return [item.model_dump() for item in value]
    return value


def source_values(model: type[TracedRow], record: BaseModel) -> dict[str, object]:
    """The output columns of ``model`` read off ``record`` (nested models as dicts)."""
    return {column: _value(record, path) for column, path in model.sources.items()}
