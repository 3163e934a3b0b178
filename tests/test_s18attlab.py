"""The attendance label grammar (``attendance_labels``, session 18): one vocabulary of labels and the attendance each
gives, the shapes a label takes on its line, the words of a label parted on one line only, misspelt labels read as
spelt; every reader's label pattern built from it. Our own words, names and bodies."""

import re

import pytest
from test_attendance_round3 import document, extract_attendance, split_papers

from extractors.proceedings import attendance_labels as grammar
from extractors.proceedings.attendance_columns import left_columns, right_columns
from extractors.proceedings.attendance_labels import (
    CORE, INLINE_LABEL, LABEL_ALONE, LIST_LABEL, capitals, kind, matched_kind, spelt_labels, words,
)
from extractors.proceedings.attendance_parish_labels import label_lists
from extractors.proceedings.attendance_stacked import _STACKED

HEAD = "Minutes of the meeting of Westby Town Council held on 9th May 2024 at 7pm\n\n"


def _kinds(text: str) -> dict[str, str]:
    doc = document(HEAD + text)
    return {a.name: a.attendance for a in extract_attendance(doc, split_papers(doc))}


@pytest.mark.parametrize(
    ("printed", "attendance"),
    [
        ("Present", "present"),
        ("APOLOGIES", "apologies"),
        ("Apologies  for Absence", "apologies"),
        ("In\tattendance", "in_attendance"),
        ("ALSO PRESENT", "in_attendance"),
        ("Attendance", "present"),
        ("Absent", None),
    ],
)
def test_each_label_gives_its_attendance_as_printed(printed, attendance):
    assert kind(printed) == attendance


def test_a_label_outside_the_grammar_is_no_label():
    with pytest.raises(KeyError):
        kind("Visitors")


def test_the_words_of_a_label_are_parted_by_any_space_on_one_line_never_by_a_line_break():
    core = re.compile(rf"{words(*CORE)}\s*:", re.I)
    for label in ("In attendance:", "In\tattendance:", "In\u00a0attendance:", "Apologies  for\u00a0absence:", "Also  present:"):
        assert core.fullmatch(label), label
    assert not core.fullmatch("In\nattendance:")
    # 'Apologies for' / 'absence:' over two lines: 'Apologies' is no label closed by a colon.
    assert not re.match(rf"{words('apologies')}\s*:", "Apologies for\nabsence:", re.I)


@pytest.mark.parametrize(
    ("line", "attendance"),
    [
        ("Panel Members Present", "present"),
        ("THOSE PRESENT:", "present"),
        ("Officers in attendance -", "in_attendance"),
        ("Also present", "in_attendance"),
        ("Apologies for absence:", "apologies"),
    ],
)
def test_a_label_alone_on_its_line(line, attendance):
    match = LABEL_ALONE.match(line)
    assert match and matched_kind(match) == attendance


def test_a_label_with_its_names_on_the_line_is_not_alone():
    assert not LABEL_ALONE.match("Present: Cllr Ann Lowe")
    assert not LABEL_ALONE.match("Present were Cllrs Lowe and Ray")


@pytest.mark.parametrize(
    ("line", "attendance"),
    [
        ("PRESENT: Cllr Ann Lowe", "present"),
        ("The following members were present: Cllr Ann Lowe", "present"),
        ("3. Attending: Cllr Ann Lowe", "present"),
        ("Officers in attendance: Bob Ray (Planning Officer)", "in_attendance"),
        ("Clerk - Mrs Cara Sim", "in_attendance"),
        ("Apologies for non-attendance: Cllr Dee Hale", "apologies"),
        ("Apologies were received from Cllr Dee Hale", "apologies"),
        ("Councillors: Ann Lowe, Bob Ray", "members"),
    ],
)
def test_the_list_readers_labels_open_a_line(line, attendance):
    match = LIST_LABEL.match(line)
    assert match and matched_kind(match, (*grammar.KINDS, "members")) == attendance


def test_a_label_inside_a_line_of_run_on_text():
    match = INLINE_LABEL.search("held at Eastby Hall PRESENT: Cllr Ann Lowe APOLOGIES: Cllr Bob Ray")
    assert match and matched_kind(match) == "present"


@pytest.mark.parametrize("label", CORE)
def test_every_reader_reads_each_core_label_with_the_same_attendance(label):
    printed = label.title()
    expected = kind(printed)
    alone = LABEL_ALONE.match(f"{printed}:")
    listed = LIST_LABEL.match(f"{printed}: Cllr Ann Lowe")
    assert alone and matched_kind(alone) == expected
    assert listed and matched_kind(listed) == expected
    # Two labels stacked over their lists, and a bare label opening a parish list.
    other = "Present" if label != "present" else "Apologies"
    stacked = _STACKED.search(f"{printed}:\n{other}:")
    assert stacked and kind(stacked["first"]) == expected
    text = f"{printed.upper()} Ann Lowe, Bob Ray\n"
    assert [found[0] for found in label_lists(text, 0, len(text))] == [expected, expected]


def test_a_right_column_label_after_a_no_break_space_is_read_as_its_column():
    text = "Present: Cllr Ann Lowe       Apologies\u00a0for\u00a0absence: Cllr Bob Ray\n         Cllr Cara Sim                                  Cllr Dee Hale\n"
    assert "Ray" not in left_columns(text) and "Hale" not in left_columns(text)
    assert len(left_columns(text)) == len(text)
    (right, start, end), = right_columns(text)
    assert "Ray" in right and "Lowe" not in right and (start, end) == (0, len(text) - 1)


@pytest.mark.parametrize(
    ("printed", "spelt"),
    [
        ("Appologies:", " Apologies:"),
        ("APOLIGIES FOR ABSENCE", "APOLOGIES FOR ABSENCE"),
        ("an appoligy from", "an  apology from"),
        ("IN ATTENDENCE:", "IN ATTENDANCE:"),
        ("Attendence", "Attendance"),
        # Not a misspelt label: another word, or the word inside another.
        ("Attendences", "Attendences"),
        ("Apologist", "Apologist"),
    ],
)
def test_misspelt_labels_read_as_spelt_in_their_place(printed, spelt):
    assert spelt_labels(printed) == spelt
    assert len(spelt_labels(printed)) == len(printed)


def test_misspelt_labels_open_their_lists():
    kinds = _kinds(
        "Present: Cllr Ann Lowe (Mayor), Cllr Bob Ray, Cllr Cara Sim\nIN ATTENDENCE: Mrs Dee Hale (Town Clerk)\n"
        "Appoligies: Cllr Eve Pike\n\n1. Welcome\n"
    )
    assert kinds.get("Mrs Dee Hale") == "in_attendance" and kinds.get("Cllr Eve Pike") == "apologies"


def test_a_misspelt_apologies_sentence_is_read_as_spelt():
    kinds = _kinds("Present: Cllr Ann Lowe (Mayor), Cllr Bob Ray\n\n1. Apoligies were received from Cllr Eve Pike and Cllr Dan Moss.\n")
    assert kinds.get("Cllr Eve Pike") == "apologies" and kinds.get("Cllr Dan Moss") == "apologies"


@pytest.mark.parametrize("label", ("in attendance", "also present", "apologies"))
def test_labels_in_capitals_match_only_in_capitals(label):
    pattern = re.compile(capitals(label))
    printed = label.upper().replace(" ", "\u00a0")
    assert pattern.fullmatch(printed) and not pattern.fullmatch(label.title())
    assert re.compile(words(label), re.I).fullmatch(label.title())


def test_the_fallback_and_flattened_tables_read_the_grammar_labels():
    from extractors.proceedings.attendance_fallback import _CAPS_LABEL, _LABEL as FALLBACK
    from extractors.proceedings.attendance_flat import _LABEL as FLAT

    for label in CORE:
        assert FALLBACK.match(f"{label.title()}: Ann Lowe")["label"].lower() == label
        assert _CAPS_LABEL.search(f"held at Eastby Hall {label.upper()} Ann Lowe")["label"] == label.upper()
        flat = FLAT.search(f"Eastby Hall {label.upper()} Ann Lowe")
        assert flat and matched_kind(flat) == kind(label)
