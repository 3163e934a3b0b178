"""The warehouse schema is declared once, in the pydantic models; migrations must match them."""

from __future__ import annotations

import json

import duckdb
import pytest

from conftest import shared_path
from pipeline import store
from schemas.ddl import column_type, schema_sql
from schemas.facts import ExtractedFacts
from schemas.records import TABLES
from warehouse import sql_files


def _columns(con) -> dict[str, list[tuple]]:
    rows = con.execute(
        "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable FROM information_schema.columns c "
        "JOIN information_schema.tables t USING (table_name) "
        "WHERE t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_version' "
        "ORDER BY c.table_name, c.ordinal_position"
    ).fetchall()
    tables: dict[str, list[tuple]] = {}
    for table, *column in rows:
        tables.setdefault(table, []).append(tuple(column))
    return tables


def test_migrations_build_exactly_the_tables_the_models_declare(tmp_path):
    migrated = duckdb.connect(str(tmp_path / "migrated.duckdb"))
    store.migrate(migrated)
    generated = duckdb.connect()
    generated.execute(schema_sql())
    assert _columns(migrated) == _columns(generated)
    assert set(_columns(migrated)) == {model.table for model in TABLES}


def test_migrate_is_idempotent_and_versioned(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    first = store.migrate(con)
    assert first and first[0].startswith("0001_")
    assert store.migrate(con) == []
    assert store.schema_version(con) == len(first)


def test_literal_vocabularies_become_check_constraints(tmp_path):
    con = duckdb.connect()
    con.execute(schema_sql())
    with pytest.raises(duckdb.ConstraintException):
        con.execute(
            "INSERT INTO run_documents VALUES ('r', '/x', NULL, 'exploded', NULL)"
        )


def test_every_model_field_has_a_description_and_a_column_type():
    for model in TABLES:
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} has no description"
            column_type(field.annotation)


def test_every_fact_field_has_a_description():
    from schemas import facts

    for model in (facts.Meeting, facts.Report, facts.AgendaItem, facts.Allocation, facts.Project, facts.Attendee):
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} has no description"


def test_the_gold_annotations_validate_against_the_fact_models():
    gold = shared_path("gold")
    files = sorted(gold.glob("0*.json"))
    assert files
    for path in files:
        ExtractedFacts.model_validate(json.loads(path.read_text()))


def test_facts_print_amounts_as_json_numbers():
    from decimal import Decimal

    from schemas.facts import Project

    facts = ExtractedFacts(
        document="x.pdf",
        kind="report",
        projects=[
            Project(name="A", amount=Decimal("3703.20"), amount_text="£3,703.20", financial_year="2025/26", pot=None, status="approved"),
            Project(name="B", amount=None, amount_text="£6,00", financial_year="2024/25", pot="upfront", status="recommended"),
        ],
    )
    printed = json.loads(facts.model_dump_json())
    assert printed["projects"][0]["amount"] == 3703.2
    assert printed["projects"][1]["amount"] is None


def test_a_kill_between_views_cannot_leave_a_schema_without_its_views(tmp_path, monkeypatch):
    """Regression: the SIGKILL test once stopped ingest between two CREATE VIEWs; the checks then
    failed on a missing view. Views are now created in the last migration's transaction."""
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    original = store.create_views

    def die_half_way(connection):
        _, sql = sql_files("views")[0]
        connection.execute(sql)
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(store, "create_views", die_half_way)
    with pytest.raises(KeyboardInterrupt):
        store.migrate(con)
    assert store.schema_version(con) < len(sql_files("migrations"))
    views = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_type = 'VIEW'").fetchall()[0][0]
    assert views == 0
    monkeypatch.setattr(store, "create_views", original)
    store.migrate(con)
    assert store.run_checks(con) == {}
    con.close()
