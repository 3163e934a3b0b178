"""Hygiene-session mends (review 21): F14, a name of three or four words before an officer's dash kept whole.
Our own words, names and bodies."""

import pytest
from structure_helpers import document

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.attendance_dashed_run import dashed_run
from extractors.proceedings.split import split_papers

HEAD = "Minutes of the meeting of Eastby Parish Council held on Tuesday 4 June 2024 at 7.00pm in the Village Hall.\n"


def _names(text: str) -> dict[str, str]:
    doc = document(text)
    return {a.name: a.attendance for a in extract_attendance(doc, split_papers(doc))}


def _run_names(text: str) -> list[str]:
    found, _ = dashed_run(text, 0, len(text))
    return [text[start:end] for start, end, _ in found]


@pytest.mark.parametrize(
    "line, expected",
    [
        # a three-word name after a run-on post: its given names start it
        ("In attendance: Ann Lowe – Head of Planning Services Mary Jane Ray – Democratic Services Officer Cy Sim – Clerk",
         ["Ann Lowe", "Mary Jane Ray", "Cy Sim"]),
        # a four-word name, and a title as printed
        ("In attendance: Ann Lowe – Clerk Anna Mary Jane Ray – Finance Officer Cy Sim – Footpaths Officer",
         ["Ann Lowe", "Anna Mary Jane Ray", "Cy Sim"]),
        ("In attendance: Ann Lowe – Clerk Mrs Mary Jane Ray – Finance Officer Cy Sim – Footpaths Officer",
         ["Ann Lowe", "Mrs Mary Jane Ray", "Cy Sim"]),
        # the run's first name has three words: the run is read, not dropped
        ("In attendance: Mary Jane Ray – Clerk Bob Hale – Finance Officer Cy Sim – Footpaths Officer",
         ["Mary Jane Ray", "Bob Hale", "Cy Sim"]),
        # one a line: a name opening its line is whole whatever its words
        ("In attendance: Ann Lowe – Clerk\nBob Hale Moss – Responsible Finance Officer\nCy Moss – Footpaths Officer",
         ["Ann Lowe", "Bob Hale Moss", "Cy Moss"]),
        # the previous post's words (no given names) and a previous sentence stay out of the name
        ("Officers Present: Ann Lowe – Head of Democratic Services Bob Ray – Chief Constable Cy Dunn – Treasurer",
         ["Ann Lowe", "Bob Ray", "Cy Dunn"]),
        ("In attendance: Ann Lowe – Clerk. Mary Jane Ray – Finance Officer. Cy Sim – Footpaths Officer",
         ["Ann Lowe", "Mary Jane Ray", "Cy Sim"]),
    ],
    ids=["given names", "four words", "title", "first name", "one a line", "post words", "sentences"],
)
def test_f14_a_name_of_up_to_four_words_before_an_officers_dash_is_kept_whole(line: str, expected: list[str]):
    assert _run_names(line) == expected


def test_f14_the_three_word_name_reaches_the_attendees():
    found = _names(HEAD + "In attendance: Ann Lowe – Head of Planning Services Mary Jane Ray – Democratic Services Officer Cy Sim – Clerk\n")
    assert found == {"Ann Lowe": "in_attendance", "Mary Jane Ray": "in_attendance", "Cy Sim": "in_attendance"}, found
