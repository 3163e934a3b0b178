"""The warehouse schema is declared once, in the pydantic models; migrations must match them."""

from __future__ import annotations

import json

import duckdb
import pytest

from conftest import shared_path
from extractors.registry import all_tables
from pipeline import store
from pipeline.new_migration import table_columns
from schemas.ddl import column_type, schema_sql
from schemas.facts import ExtractedFacts
from warehouse import sql_files


@pytest.fixture
def migrated_and_generated(tmp_path):
    """A warehouse built by the migrations, and a database built from the models' DDL."""
    migrated = duckdb.connect(str(tmp_path / "migrated.duckdb"))
    store.migrate(migrated)
    generated = duckdb.connect()
    generated.execute(schema_sql(all_tables()))
    yield migrated, generated
    migrated.close()
    generated.close()


def test_migrations_build_exactly_the_tables_the_models_declare(migrated_and_generated):
    migrated, generated = migrated_and_generated
    assert table_columns(migrated) == table_columns(generated)
    assert set(table_columns(migrated)) == {model.table for model in all_tables()}


def _primary_keys(con) -> dict[str, str]:
    rows = con.execute(
        "SELECT table_name, constraint_text FROM duckdb_constraints() "
        "WHERE constraint_type = 'PRIMARY KEY' AND table_name <> 'schema_version'"
    ).fetchall()
    return {table: " ".join(text.replace('"', "").split()) for table, text in rows}


def test_migrations_declare_exactly_the_primary_keys_the_models_enforce(migrated_and_generated):
    migrated, generated = migrated_and_generated
    assert _primary_keys(migrated) == _primary_keys(generated)
    assert set(_primary_keys(migrated)) == {m.table for m in all_tables() if m.primary_key and m.key_enforced}
    assert {"pages", "search_units"}.isdisjoint(_primary_keys(migrated))


def test_a_warehouse_with_declared_page_keys_keeps_its_rows_when_they_are_dropped(tmp_path):
    """Migration 7 copies pages and search_units into tables without a declared key."""
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrations = sql_files("migrations")
    con.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    for version, (name, sql) in enumerate(migrations[:6], start=1):
        con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [version, name])
    assert {"pages", "search_units"} <= set(_primary_keys(con))
    con.execute("INSERT INTO pages VALUES ('d:0', 'd', 0, 3, 0, 5, true, 'hello', '[]')")
    con.execute(
        "INSERT INTO search_units VALUES (7, 'd:0:-1', 'page', 'd', 0, 3, NULL, NULL, NULL, NULL, 0, '', 'hello', 1)"
    )
    assert store.migrate(con) == [name for name, _ in migrations[6:]]
    assert {"pages", "search_units"}.isdisjoint(_primary_keys(con))
    assert con.execute("SELECT id, printed_number, text, tables FROM pages").fetchall() == [("d:0", 3, "hello", "[]")]
    assert con.execute("SELECT unit_key, id, text FROM search_units").fetchall() == [(7, "d:0:-1", "hello")]
    con.close()


def test_a_key_held_twice_in_a_table_without_a_declared_key_fails_its_check(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    store.migrate(con)
    assert "pages_keys_are_unique" in dict(store.check_queries())
    for _ in range(2):
        con.execute("INSERT INTO pages VALUES ('d:0', 'd', 0, NULL, 0, 5, true, 'hello', '[]')")
    failures = store.run_checks(con)
    assert failures["pages_keys_are_unique"] == [("d:0", 2)]
    con.close()


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
    for model in all_tables():
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
