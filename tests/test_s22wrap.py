"""Regression (fresh CI of session 22, test_robustness wrap80): award lines 'Org – purpose. £N' hard-wrapped before
their figure lost the whole list, since each wrapped line ended the run."""

from __future__ import annotations

from extractors.facts import extract_facts
from pipeline.read import parse_file

WRAPPED = """Funding news
In this round, awards have been distributed to:
NORTHWARD
Ashby Cricket Club – A new roller for the square and covers for the practice
nets. £4,200
Brook Lane Allotments – Water butts. £650
Corn Hill Youth Club – Sports kit and a trip for the under-fifteens football
team. £1,300
"""


def _projects(tmp_path, text):
    path = tmp_path / "awards.txt"
    path.write_text(text, encoding="utf-8")
    return {(p["name"], p["amount"]) for p in extract_facts(parse_file(path)).model_dump()["projects"]}


def test_award_lines_wrapped_before_their_figure_keep_the_list(tmp_path):
    found = _projects(tmp_path, WRAPPED)
    assert found == {("Ashby Cricket Club", 4200), ("Brook Lane Allotments", 650), ("Corn Hill Youth Club", 1300)}


def test_award_lines_unwrapped_read_the_same(tmp_path):
    one_line = WRAPPED.replace("practice\nnets", "practice nets").replace("football\nteam", "football team")
    assert _projects(tmp_path, one_line) == _projects(tmp_path, WRAPPED)
