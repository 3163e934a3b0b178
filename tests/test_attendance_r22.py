"""Attendance classes from the round-17 pages (round 22): an apologies heading run into its own sentence,
'apologies and valid reasons for absence', a post alone after a comma, a starred roll with its key
('* Denotes attendance'); our own invented words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "Minutes of the meeting of Elmbrook Parish Council held on 4 March 2025 at 7.00 pm\n\n"


def attendance_of(text, head=HEAD):
    doc = document(head + text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


def test_apologies_heading_run_into_its_sentence_keeps_the_shared_title_once():
    found = attendance_of("Present: Cllrs Ann Lowe (Chair) and Ben Ray\n\n1. Apologies – apologies were received from Cllrs Cara Sim and Dan Webb\n")
    assert {("Cllr Cara Sim", "apologies"), ("Cllr Dan Webb", "apologies")} <= found
    assert ("Dan Webb", "apologies") not in found


def test_apologies_and_valid_reasons_for_absence_were_received():
    found = attendance_of("Present: Cllrs Lowe; Ray\n\n54  APOLOGIES\nApologies and valid reasons for absence were received from Cllr Pike, and these were accepted.\n")
    assert ("Cllr Pike", "apologies") in found


def test_reasons_alone_are_no_apology_sentence():
    found = attendance_of("Present: Cllr A Lowe\n\nValid reasons for absence were discussed with Cllr Pike.\n")
    assert not any(kind == "apologies" for _, kind in found)


def test_post_alone_after_a_comma_is_no_name():
    found = attendance_of("  Cllr A Lowe   Cllr B Ray\n  Also: Mrs C Sim, Deputy Clerk\n\n1. Apologies\nNone.\n")
    assert ("Deputy Clerk", "in_attendance") not in found
    assert ("Mrs C Sim", "in_attendance") in found


def test_starred_roll_keeps_only_the_starred_names():
    found = attendance_of("Present: * Cllr A Lowe (Chair)\n* Cllr B Ray\nCllr C Sim\n* Cllr D Webb\n* Denotes attendance\nAlso in attendance: E Pike (Clerk)\n\n1. Apologies\nApologies were received from Cllr C Sim.\n")
    assert {("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Cllr D Webb", "present"), ("Cllr C Sim", "apologies")} <= found
    assert ("Cllr C Sim", "present") not in found


def test_bulleted_roll_without_a_key_keeps_every_name():
    found = attendance_of("Present:\n* Cllr A Lowe\nCllr B Ray\n* Cllr D Webb\n\n1. Apologies\nNone.\n")
    assert ("Cllr B Ray", "present") in found


def test_in_the_chair_before_the_first_name_of_a_present_list():
    found = attendance_of("2) Present:\nIn the Chair A.Lowe, B.Ray,C.Sim and D.Webb.\n3) Apologies\nE.Pike\n4) Declarations of Interest\n")
    assert {("A.Lowe", "present"), ("B.Ray", "present"), ("E.Pike", "apologies")} <= found
    assert not any(name.startswith("In the") for name, _ in found)


def test_in_the_chair_in_running_text_names_nobody():
    found = attendance_of("Present: Cllr A Lowe, Cllr B Ray\n\n1. Apologies\nNone\n2. Matters\nIn the chair business was discussed.\n")
    assert found == {("Cllr A Lowe", "present"), ("Cllr B Ray", "present")}


def test_tier_initials_run_into_cllr_are_a_title():
    found = attendance_of("Attendees – Cllrs Ann Lowe, Ben Ray, Parish Clerk & NDCllr Cara Sim\n\n1. Apologies\nNone\n")
    assert {("Cllr Ann Lowe", "present"), ("Cllr Ben Ray", "present"), ("NDCllr Cara Sim", "present")} <= found
    assert not any("Clerk" in name for name, _ in found)


def test_capitals_before_a_name_without_cllr_are_no_title():
    from extractors.readers.names import split_honorifics

    assert split_honorifics("NDC Cara Sim")[0] == ""
    assert split_honorifics("CCllr Cara Sim")[0].startswith("CCllr")


GRID = (
    "  Cllr A Lowe   Cllr B Ray a Cllr C Sim\n"
    "  Cllr D Webb a Cllr E Pike   Cllr F Dane\n"
    "  Also: Mrs G Moss, Deputy Clerk\n"
    "  {key}\n\n"
    "1. Apologies\n\nApologies were received from Cllrs C Sim and E Pike.\n"
)


def test_marked_grid_keyed_by_an_absence_letter_gives_the_unmarked_present():
    found = attendance_of(GRID.format(key="('a' denotes absence)"))
    assert {("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Cllr D Webb", "present"), ("Cllr F Dane", "present"),
            ("Cllr C Sim", "apologies"), ("Cllr E Pike", "apologies"), ("Mrs G Moss", "in_attendance")} <= found
    assert ("Cllr C Sim", "present") not in found and ("Cllr E Pike", "present") not in found


def test_grid_without_its_key_names_nobody_present():
    found = attendance_of(GRID.format(key="Minutes of the committee"))
    assert not any(kind == "present" for _, kind in found)
