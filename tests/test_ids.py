"""Deterministic ids and the disjoint sets behind project and series linking."""

from __future__ import annotations

from pipeline.ids import DisjointSets, content_id


def test_content_id_is_stable_and_reads_none_as_empty():
    assert content_id("project", None, 3) == content_id("project", "", "3")
    assert content_id("a|b") == content_id("a", "b")  # the separator is not escaped: callers pass fields, not free text
    assert len(content_id("x")) == 24 and content_id("x") != content_id("y")


def test_disjoint_sets_join_transitively_under_the_first_root():
    sets = DisjointSets("abcde")
    sets.join("a", "b")
    sets.join("c", "d")
    sets.join("b", "d")
    assert {sets.root(k) for k in "abcd"} == {"a"} and sets.root("e") == "e"
