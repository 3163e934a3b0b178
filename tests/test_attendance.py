import pytest

from conftest import CORPUS, SAMPLES
from extractors.proceedings.attendance import extract_attendance, extract_named_people
from extractors.readers.names import looks_like_name, person_key
from extractors.proceedings.split import split_papers
from pipeline.read import parse_file
from structure_helpers import document


def attendance_of(doc):
    return [(a.name, a.chair, a.attendance) for a in extract_attendance(doc, split_papers(doc))]


def test_councillor_forms_with_chairman_and_dotted_initials():
    doc = document(
        """
        MINUTES of a meeting of the Cabinet held at County Hall on Wednesday 5th March 2025 at 2.00 pm.
        PRESENT: Cllr. A. Khan (Chairman), Councillor Jane Smith (Vice-Chairman), Cllr B Jones and
        Mr D O'Brien.
        ALSO PRESENT: Ms Sarah Lee (Director of Finance)
        """
    )
    assert attendance_of(doc) == [
        ("Cllr. A. Khan", "Chair", "present"),
        ("Councillor Jane Smith", "Vice-Chair", "present"),
        ("Cllr B Jones", None, "present"),
        ("Mr D O'Brien", None, "present"),
        ("Ms Sarah Lee", None, "in_attendance"),
    ]


def test_one_name_per_line_lists_on_a_meeting_page():
    doc = document(
        """
        Planning Committee - Tuesday, 10th June, 2025 7.00 pm
        Attendance
        - Councillor Amy Brown (Chair)
        - Councillor Tom Green
        Officers in attendance:
        Jane Clerk (Democratic Services Officer)
        Apologies:
        Councillor Ray White

        Topics
        No topics have been identified for this meeting yet.
        """
    )
    assert attendance_of(doc) == [
        ("Councillor Amy Brown", "Chair", "present"),
        ("Councillor Tom Green", None, "present"),
        ("Jane Clerk", None, "in_attendance"),
        ("Councillor Ray White", None, "apologies"),
    ]


def test_apology_sentences_plural_honorific_and_none():
    doc = document(
        """
        NOTES of a meeting of the Scrutiny Committee held online on 3 June 2025.
        1. Apologies
        Apologies for absence were received from Councillors Patel, Hughes and Ward.
        2. Declarations
        There were no declarations. Apologies were received from Mr K Ahmed.
        """
    )
    assert attendance_of(doc) == [
        ("Councillor Patel", None, "apologies"),
        ("Councillor Hughes", None, "apologies"),
        ("Councillor Ward", None, "apologies"),
        ("Mr K Ahmed", None, "apologies"),
    ]
    assert attendance_of(document("MINUTES of a meeting of the Board held on 3 June 2025.\nApologies: None.\n")) == []


def test_empty_entries_and_line_wraps_inside_the_list():
    doc = document(
        "NOTES of a meeting of the Panel held online on 1 May 2025.\n"
        "PRESENT: Mr P Webb (Chair), , DI J Ross, Ms C\nHarris and Mrs M Lawes.\n\nIN ATTENDANCE: Mr G Clerk.\n"
    )
    assert attendance_of(doc) == [
        ("Mr P Webb", "Chair", "present"),
        ("DI J Ross", None, "present"),
        ("Ms C Harris", None, "present"),
        ("Mrs M Lawes", None, "present"),
        ("Mr G Clerk", None, "in_attendance"),
    ]


def test_people_named_with_roles_are_not_attendance():
    doc = document(
        """
        NOTES of a meeting of the Panel held online on 1 May 2025.
        PRESENT: Mr P Webb (Chair) and Mr S Peerbux.
        1. Mr Peerbux (Head of Community Safety, KCC) explained the plan.
        2. Dr Lin Guo, Public Health Specialist, KCC, said that the strategy had 13 priorities.
        """
    )
    attendees = extract_attendance(doc, split_papers(doc))
    named = extract_named_people(doc, split_papers(doc), attendees)
    assert [(n.name, n.person_key, n.role) for n in named] == [
        ("Mr Peerbux", "peerbux", "Head of Community Safety, KCC"),
        ("Dr Lin Guo", "l guo", "Public Health Specialist"),
    ]
    assert [a.name for a in attendees] == ["Mr P Webb", "Mr S Peerbux"]
    assert all(doc.text[n.provenance.start : n.provenance.end].startswith(n.name) for n in named)


@pytest.mark.parametrize(
    "printed, key",
    [("Mr P Webb", "p webb"), ("Peter Webb", "p webb"), ("Cllr. P. Webb", "p webb"), ("DI J Ross", "j ross"),
     ("Councillor Jane Smith", "j smith"), ("Mr JA Smith-Jones OBE", "j a smith-jones"), ("Mr Peerbux", "peerbux")],
)
def test_person_key_links_printed_forms(printed, key):
    assert person_key(printed) == key


@pytest.mark.parametrize("text", ["Topics", "Head of Community Safety", "No topics have been identified", "Kent Police"])
def test_posts_and_headings_are_not_names(text):
    assert not looks_like_name(text)


@pytest.mark.parametrize("path", [CORPUS / "004_45c56f7fc4c775e0.txt", SAMPLES / "004_45c56f7fc4c775e0.pdf"])
def test_pack_minutes_attendance(path):
    doc = parse_file(path)
    found = extract_attendance(doc, split_papers(doc))
    counts = {kind: sum(a.attendance == kind for a in found) for kind in ("present", "apologies", "in_attendance")}
    assert counts == {"present": 27, "apologies": 6, "in_attendance": 1}
    assert (found[0].name, found[0].chair, found[0].person_key) == ("Mr P Webb", "Chair", "p webb")
    assert [a.name for a in found if a.attendance == "apologies"] == [
        "Ms A Broom", "Ms S Robson", "Cllr L Wright", "Cllr D Croxton", "Mr S Chapman", "Ms E Jones"
    ]
    assert all(doc.text[a.provenance.start : a.provenance.end].startswith(a.name.split()[0]) for a in found)


MINUTES_HEAD = "MINUTES of a meeting of the Cabinet held at the Civic Centre on 4 February 2025 at 7.00 pm.\n"


def test_plural_councillors_carry_to_the_bare_surnames_after_them():
    doc = document(MINUTES_HEAD + "Present: Councillor Burton (Chairman), and Councillors Cooper, Jeffery and Mrs Wilkinson\n")
    assert attendance_of(doc) == [
        ("Councillor Burton", "Chair", "present"), ("Councillor Cooper", None, "present"),
        ("Councillor Jeffery", None, "present"), ("Councillor Mrs Wilkinson", None, "present"),
    ]


def test_a_comma_list_line_under_a_one_name_line():
    doc = document(MINUTES_HEAD + "Present: Councillor Harriet Lowe (Chairman)\nCouncillors Amir Bashir, Colin Dray and Sean O'Neill\n")
    assert [a[0] for a in attendance_of(doc)] == ["Councillor Harriet Lowe", "Councillor Amir Bashir", "Councillor Colin Dray", "Councillor Sean O'Neill"]


def test_role_after_a_dash_one_name_per_line():
    doc = document(
        MINUTES_HEAD
        + "Also present:\nMr Liam Foster – Police and Crime Commissioner\n"
        + "Ms Clare Webb – Chief Executive, Office of the Commissioner\nChief Constable Rachel Adams – Northshire Police\n"
    )
    assert [a[0] for a in attendance_of(doc)] == ["Mr Liam Foster", "Ms Clare Webb", "Chief Constable Rachel Adams"]


def test_numbered_apologies_heading_and_noted_apologies_sentence():
    doc = document(
        MINUTES_HEAD
        + "25/031 Apologies for absence\nCllr S Hart (work commitments) and Cllr B Nolan (illness). Both were accepted.\n"
        + "It was noted that apologies for absence had been received from Councillor Parfitt-Reid.\n"
    )
    assert attendance_of(doc) == [
        ("Cllr S Hart", None, "apologies"), ("Cllr B Nolan", None, "apologies"), ("Councillor Parfitt-Reid", None, "apologies")
    ]


def test_substitute_sentence_and_in_the_chair():
    doc = document(
        MINUTES_HEAD
        + "Present:\nCouncillor R Ashdown (in the Chair); Councillors Pell and Quarry.\n\n"
        + "Councillor Tindle attended as a substitute for Councillor Marr.\n"
    )
    assert attendance_of(doc) == [
        ("Councillor R Ashdown", "Chair", "present"), ("Councillor Pell", None, "present"), ("Councillor Quarry", None, "present"),
        ("Councillor Tindle", None, "present"),
    ]


def test_meeting_page_attendance_table():
    doc = document(
        """
        Planning Committee - Thursday, 6th March, 2025 6.30 pm
        Attendee | Role | Attendance | Attendance comment
        Councillor John Hale | Chairman | Present |
        Councillor Allan Jones | Committee Member | Apologies | Councillor Keith Roberts substituting
        Councillor Mike Sullivan | Committee Member | Absent |
        Angela Scott | Officer | Present |
        Ian Leivers | Officer | Expected |
        """
    )
    assert attendance_of(doc) == [
        ("Councillor John Hale", "Chair", "present"), ("Councillor Allan Jones", None, "apologies"),
        ("Angela Scott", None, "in_attendance"),
    ]


def test_people_speaking_in_the_minutes_are_not_attendees():
    doc = document(
        MINUTES_HEAD
        + "Present: Councillor A Lowe (Chairman).\n\n1. Budget\nMr Smith said the budget had been prepared. "
        + "Members present agreed. Apologies for the delay were given by the Chief Executive.\n"
    )
    assert attendance_of(doc) == [("Councillor A Lowe", "Chair", "present")]


def test_semicolon_list_with_dashed_organisations_wrapping_lines():
    doc = document(
        """
        MINUTES OF THE MEETING HELD ON THURSDAY 17 OCTOBER 2024 AT 10.00 AM
        PRESENT:
        Cllr A Petrie (Chair) - Northtown Council; Ch Insp B Booth (Vice-Chair) -
        Northtown Police; C Quayle - Public Health

        APOLOGIES:
        D Stott - Fire and Rescue Service; Station Manager E Wicks - Fire and Rescue Service
        """
    )
    assert attendance_of(doc) == [
        ("Cllr A Petrie", "Chair", "present"),
        ("Ch Insp B Booth", "Vice-Chair", "present"),
        ("C Quayle", None, "present"),
        ("D Stott", None, "apologies"),
        ("Station Manager E Wicks", None, "apologies"),
    ]


def test_column_laid_out_lists_and_tables():
    doc = document(
        """
        MINUTES OF A MEETING OF THE SCRUTINY COMMITTEE HELD ON MONDAY, 3RD MARCH, 2025 AT 10.00 AM
        PRESENT:
        County Borough Councillors
        A. Morgan          B. Rees-Evans       C. Thomas

        Attendance
        Name                         Representing
        Mr D Hendry (Chair)          County Council
        Ms E Achebe                  Police
        """
    )
    assert attendance_of(doc) == [
        ("A. Morgan", None, "present"),
        ("B. Rees-Evans", None, "present"),
        ("C. Thomas", None, "present"),
        ("Mr D Hendry", "Chair", "present"),
        ("Ms E Achebe", None, "present"),
    ]


def test_two_people_whose_bracketed_roles_wrap_are_both_named():
    """Regression (review): a window grown to the line closing one role did not grow again
    for a second honorific on that line whose own role wraps."""
    doc = document(
        "Mr John Smith (Head of\n\nFinance) and Cllr Jane Doe (Cabinet Member for\n\nHousing) attended.\n"
    )
    named = extract_named_people(doc, split_papers(doc), [])
    assert [(n.name, n.role) for n in named] == [
        ("Mr John Smith", "Head of Finance"),
        ("Cllr Jane Doe", "Cabinet Member for Housing"),
    ]
