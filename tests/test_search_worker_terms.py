"""The worker stems a unit's words and merges them (``search_index.add_terms``); the writer then
writes the same search rows as when it stems them itself."""

from __future__ import annotations

import copy

from pipeline import search_index, store
from schemas.records import PageRow

TEXT = "Running runners ran; the runner's Café runs. Naïve councils, council funding FUNDS funded 2024 ☃"


def _units(text: str = TEXT, title: str = "Funding runs") -> list[dict]:
    page = PageRow(id="doc:0", document_id="doc", page_index=0, printed_number=None, char_start=0,
                   char_end=len(text), has_text=True, text=text, tables=[])
    return search_index.units("doc", title, [page], [], [])


def _dir(tmp_path, name):
    (tmp_path / name).mkdir()
    return tmp_path / name


def _written(tmp_path, found: list[dict]) -> tuple[list, list]:
    con = store.connect(tmp_path / "w.duckdb")
    try:
        store.migrate(con)
        search_index.load_fts(con)
        with store.transaction(con):
            search_index.index_documents(con, [found])
        terms = con.execute("SELECT document_id, unit_key, term, tf FROM search_terms ORDER BY ALL").fetchall()
        units = con.execute("SELECT unit_key, n_terms FROM search_units ORDER BY ALL").fetchall()
        return terms, units
    finally:
        con.close()


def test_terms_stemmed_in_the_worker_are_the_terms_the_writer_stems(tmp_path):
    in_writer = _units()
    in_worker = search_index.add_terms(copy.deepcopy(in_writer))
    assert all("words" not in unit and unit["terms"] for unit in in_worker)
    assert _written(_dir(tmp_path, "a"), in_worker) == _written(_dir(tmp_path, "b"), in_writer)


def test_a_unit_with_only_stop_words_writes_its_unit_and_no_terms(tmp_path):
    found = search_index.add_terms(_units("the of and", title=""))
    assert _written(tmp_path, found) == ([], [(found[0]["unit_key"], 0)])
