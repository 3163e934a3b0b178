"""Attendance probe classes (round 14): parish, town and community council minutes as their own websites print
them: clerk labels, Scottish group labels, titles in capitals or lower case, a dash after the label; our own
invented words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from extractors.readers.names import looks_like_name
from structure_helpers import document

HEAD = "Minutes of the meeting of Elmbrook Parish Council held on 4 March 2025 at 7.00 pm\n\n"


def attendance_of(text):
    doc = document(text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


def test_clerk_to_the_council_label_lists_the_clerk_in_attendance():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\nClerk to the Council: Mrs G Hay\n\n1. Apologies\n")
    assert found == {("Cllr Lowe", "present"), ("Cllr Ray", "present"), ("Mrs G Hay", "in_attendance")}


def test_bilingual_clerk_label_with_the_english_word_first():
    found = attendance_of(
        "MINUTES\nLlanfair Community Council\n\nPresent / Yn bresennol: Cllr Ann Lowe, Cllr Ben Ray\n"
        "Apologies / Ymddiheuriadau: Cllr Dan Hale\nClerk / Clerc: Mrs Eve Marsh\n\n1. Minutes\n"
    )
    assert found == {("Cllr Ann Lowe", "present"), ("Cllr Ben Ray", "present"), ("Cllr Dan Hale", "apologies"), ("Mrs Eve Marsh", "in_attendance")}


def test_scottish_members_and_others_labels_on_one_line():
    found = attendance_of(
        "Glenmore Community Council\nMinutes of meeting held on 4 March 2025\n\nPresent: Members: Ann Lowe (Chair), Ben Ray, Cara Sim; "
        "Others: PC Eve Marsh, 3 members of the public\n\n1. Apologies\n"
    )
    assert found == {("Ann Lowe", "present"), ("Ben Ray", "present"), ("Cara Sim", "present"), ("PC Eve Marsh", "in_attendance")}


def test_others_label_on_its_own_line_lists_people_in_attendance():
    found = attendance_of(
        "Glenmore Community Council\nMinutes of meeting held on 4 March 2025\n\nPresent:\nMembers: Ann Lowe (Chair), Ben Ray\n"
        "Others: PC Eve Marsh\n\n1. Apologies\n"
    )
    assert found == {("Ann Lowe", "present"), ("Ben Ray", "present"), ("PC Eve Marsh", "in_attendance")}


def test_lower_case_cllr_is_a_title():
    assert attendance_of(HEAD + "Present: cllr Lowe, cllr Ray\n\n1. Apologies\nApologies were received from cllr Sim.\n") == {
        ("cllr Lowe", "present"), ("cllr Ray", "present"), ("cllr Sim", "apologies"),
    }


def test_titles_and_names_in_capitals():
    found = attendance_of(
        HEAD + "PRESENT: COUNCILLOR A LOWE (CHAIRMAN), COUNCILLOR B RAY\n\nAPOLOGIES\nCOUNCILLOR C O'NEILL\nMRS D SMITH-JONES\n\n1. MINUTES\n"
    )
    assert found == {
        ("COUNCILLOR A LOWE", "present"), ("COUNCILLOR B RAY", "present"), ("COUNCILLOR C O'NEILL", "apologies"),
        ("MRS D SMITH-JONES", "apologies"),
    }


def test_a_capitals_heading_after_a_capital_title_is_no_name():
    assert not looks_like_name("COUNCILLOR VACANCIES")
    assert not looks_like_name("COUNCILLOR CODE OF CONDUCT")
    assert attendance_of("AGENDA\n\n1. APOLOGIES\n2. COUNCILLOR VACANCIES\n3. COUNCILLOR TRAINING DAYS\n") == set()


def test_an_en_dash_after_the_label_opens_its_list():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\nApologies – Cllr Sim, Cllr Hale\n\n1. Minutes\n")
    assert found == {("Cllr Lowe", "present"), ("Cllr Ray", "present"), ("Cllr Sim", "apologies"), ("Cllr Hale", "apologies")}


def test_absent_without_apology_names_nobody():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\nApologies: Cllr Sim\nAbsent without apology: Cllr Hale\n\n1. Minutes\n")
    assert found == {("Cllr Lowe", "present"), ("Cllr Ray", "present"), ("Cllr Sim", "apologies")}


def test_a_plural_title_shared_across_an_ampersand_alone():
    found = attendance_of(HEAD + "Present: Cllr Lowe\nApologies: Cllrs B Ray & C Sim\n\n1. Minutes\n")
    assert found == {("Cllr Lowe", "present"), ("Cllr B Ray", "apologies"), ("Cllr C Sim", "apologies")}


def test_aldermen_share_their_title():
    found = attendance_of(
        "Minutes of the meeting of the Council\n\nPresent: The Mayor (Alderman A Lowe); Aldermen B Ray and C Sim; Councillors D Hale and E Marsh\n\n1. Apologies\n"
    )
    assert found == {
        ("Alderman A Lowe", "present"), ("Alderman B Ray", "present"), ("Alderman C Sim", "present"), ("Councillor D Hale", "present"),
        ("Councillor E Marsh", "present"),
    }


def test_apologies_accepted_and_the_following_apologies_open_apologies_lists():
    accepted = attendance_of(HEAD + "Present: Cllr Lowe\n\n1. Apologies\nApologies were accepted from Cllr Ray and Cllr Sim.\n")
    following = attendance_of(HEAD + "Present: Cllr Lowe\n\n1. Apologies\nThe following apologies were received: Cllr Ray, Cllr Sim.\n")
    reasons = attendance_of(HEAD + "Present: Cllr Lowe\nApologies and reasons for absence: Cllr Ray (holiday), Cllr Sim (illness)\n\n1. Minutes\n")
    assert accepted == following == reasons == {("Cllr Lowe", "present"), ("Cllr Ray", "apologies"), ("Cllr Sim", "apologies")}


def test_cllrs_present_label_shares_cllr_with_bare_surnames():
    assert attendance_of(HEAD + "Cllrs Present: Lowe (Chair), Ray, Sim\n\n1. Apologies\n") == {
        ("Cllr Lowe", "present"), ("Cllr Ray", "present"), ("Cllr Sim", "present"),
    }


def test_welsh_labels_and_title_alone():
    found = attendance_of("COFNODION\nCyngor Cymuned Llanfair\n\nYn bresennol: Cyng Ann Lowe, Cyng Ben Ray\nYmddiheuriadau: Cyng Dan Hale\n\n1. Cofnodion\n")
    assert found == {("Cyng Ann Lowe", "present"), ("Cyng Ben Ray", "present"), ("Cyng Dan Hale", "apologies")}
