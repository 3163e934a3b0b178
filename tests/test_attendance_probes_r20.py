"""Attendance classes from fresh real pages (round 20): a 'PRESENT.' label closed by a full stop, 'Miss.' inside a
list, 'the Clerk Ann Bowen', a plural 'Trustees A, B and C', an 'and' / '&' inside a council's name (precision), a
council's label glued after a list's last name, a numbered item heading under a list line that ended, and
'In attendance; 12 Parishioners; ...'; our own invented words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "Minutes of the meeting of Elmbrook Parish Council held on 4 March 2025 at 7.00 pm\n\n"


def attendance_of(text, head=HEAD):
    doc = document(head + text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


# 'PRESENT.' closed by a full stop, courtesy titles with full stops.

def test_present_label_closed_by_a_full_stop_before_titled_names():
    found = attendance_of("PRESENT. Chairman Cllr. Mrs. Ada Vale , Cllr. Miss Rose Pike, Cllr. Tom Hale and Cllr. Dan Ross\n1. APOLOGIES.\n")
    assert {("Cllr. Mrs. Ada Vale", "present"), ("Cllr. Miss Rose Pike", "present"), ("Cllr. Tom Hale", "present"),
            ("Cllr. Dan Ross", "present")} <= found


def test_miss_with_a_full_stop_does_not_end_the_list():
    found = attendance_of("Present: Cllr. Ann Lowe, Cllr. Miss. Jo Dale, Cllr. Bob Ray.\n")
    assert {("Cllr. Miss. Jo Dale", "present"), ("Cllr. Bob Ray", "present")} <= found


def test_present_with_a_full_stop_in_a_sentence_is_no_label():
    found = attendance_of("Present. Cllr. Ann Lowe was thanked for her work.\n")
    assert ("Cllr. Ann Lowe", "present") not in found


def test_the_clerk_with_a_full_name_at_the_end_of_a_list():
    found = attendance_of("PRESENT: Cllr Ann Lowe, Cllr Bob Ray and the Clerk Paul Vane\n1. Apologies\n")
    assert ("Paul Vane", "in_attendance") in found
    assert not any("Clerk" in name for name, _ in found)


# A plural non-councillor title shared over surnames.

def test_trustees_plural_title_is_shared_over_surnames():
    found = attendance_of("Present: Trustees Marsh (Chair), Kemp, Doyle and the Clerk\n\n1. Apologies\n")
    assert {("Trustee Marsh", "present"), ("Trustee Kemp", "present"), ("Trustee Doyle", "present")} <= found


def test_trustees_of_a_body_is_no_title():
    found = attendance_of("Present: Trustees of the Hall, Cllr Ann Lowe and Bob Ray\n")
    assert not any(name.startswith("Trustee") for name, _ in found)


# An 'and' / '&' inside a council's name splits no list (precision).

def test_and_inside_a_council_name_after_from_is_no_entry():
    found = attendance_of(
        "2 Apologies\nApologies for absence were submitted on behalf of Councillors Ames, Bolt and Cray from Corley "
        "District Council and Councillors Dale and Finch from Penn & Ashby Borough Council.\n"
    )
    assert ("Councillor Finch", "apologies") in found
    assert not any(name.endswith(("Ashby", "Penn")) for name, _ in found)


def test_and_inside_a_partnership_name_in_a_role_is_no_entry():
    found = attendance_of("Also in attendance: Councillor Ann Tree, Vice Chair of the Ashby & Corley and Penn Safety Partnership; Sergeant Tom Bell.\n")
    assert ("Councillor Ann Tree", "in_attendance") in found
    assert not any(name.endswith(("Corley", "Penn")) for name, _ in found)


def test_council_label_glued_after_a_list_last_name():
    found = attendance_of(
        "Officers in attendance: Corley District Council: Mark Lane, Jo Rudd and Kim Hale Penn & Ashby Borough "
        "Council: Lee Moss, Dee Hart and Sam Pike\n1 Welcome and introductions\nThe Chairman welcomed everyone.\n"
    )
    assert {("Kim Hale", "in_attendance"), ("Lee Moss", "in_attendance"), ("Sam Pike", "in_attendance")} <= found
    assert not any("Penn" in name for name, _ in found)


# A numbered item heading after a list line that ended closes the list.

def test_numbered_item_heading_ends_an_unpunctuated_list():
    found = attendance_of("Present: Cllr Ann Lowe, Cllr Bob Ray, Cllr Sam Pike\n1 Welcome and introductions\nThe Chair opened the meeting.\n")
    assert ("Cllr Sam Pike", "present") in found


def test_numbered_members_of_the_public_line_is_no_heading():
    found = attendance_of("Present: Cllr Ann Lowe, Cllr Bob Ray,\n3 Members of the public\n1 Welcome\n")
    assert {("Cllr Ann Lowe", "present"), ("Cllr Bob Ray", "present")} <= found


# 'In attendance; 12 Parishioners; Name, Post; Post Name.'

def test_in_attendance_semicolon_label_before_a_count():
    found = attendance_of("In attendance; 12 Parishioners; Mary Hill, CE HALC; Parish Clerk Ann Bowen.\n\n1) Apologies for absence: Cllr O Marsh.\n")
    assert {("Mary Hill", "in_attendance"), ("Ann Bowen", "in_attendance"), ("Cllr O Marsh", "apologies")} <= found


# 'Ward Cllr. Mrs H. Lowe.' alone on the line under a present list: another tier's councillor in attendance.

def test_ward_councillor_line_under_a_present_list_is_in_attendance():
    found = attendance_of(
        "Those Present:    Cllrs: W. Lee (Chairman); H. Sams (Vice-Chairman); G King and B. Flock.\n"
        "Ward Cllr. Mrs H. Moss.\nApologies received from Ward Cllr. J. Gill.\n"
    )
    assert {("Ward Cllr. Mrs H. Moss", "in_attendance"), ("Cllr B. Flock", "present"), ("Ward Cllr. J. Gill", "apologies")} <= found


def test_ward_councillor_line_away_from_a_present_list_names_nobody():
    found = attendance_of("Present: Cllr Ann Lowe, Cllr Bob Ray.\n\n1. Reports\nCounty Councillor Ann Hale.\n")
    assert not any("Hale" in name for name, _ in found)


# 'Councillor A Lowe [Chair]  Councillor B Ray [Vice chair]' under 'In Attendance'; 'Clerk A Bell' (post, initials).

def test_square_bracketed_posts_part_names_run_together():
    found = attendance_of(
        "In Attendance\n\nCouncillor T Brook [Chair]  Councillor R Hall [Vice chair]  Councillor M Tomas Councillor C Pryce  "
        "Councillor E Grey\n\nClerk A Bell    6 Members of the public\n\n1. APOLOGIES FOR ABSENCE.\n"
    )
    assert {("Councillor T Brook", "present"), ("Councillor R Hall", "present"), ("Councillor C Pryce", "present"),
            ("A Bell", "in_attendance")} <= found


def test_square_brackets_holding_no_post_are_left_alone():
    found = attendance_of("Present: Cllr Ann Lowe [see note 2], Cllr Bob Ray.\n")
    assert ("Cllr Bob Ray", "present") in found


# A community council's numbered first item '1. Attending:' with initials and surnames, no titles: present.

def test_numbered_attending_item_lists_members_present():
    found = attendance_of("1. Attending: S Morris, T Duffy-Wyman, K Booth, A Lavers.\n8 Members of the public\nApologies: A Cheam, Cllrs. M Barn\n2. Minutes\n")
    assert {("S Morris", "present"), ("T Duffy-Wyman", "present"), ("A Lavers", "present"), ("A Cheam", "apologies"),
            ("Cllr. M Barn", "apologies")} <= found


def test_unnumbered_attending_label_after_present_stays_in_attendance():
    found = attendance_of("Present: Councillors Ann Lowe and Ben Ray.\n\nAttending: Gail Hay, Head of Education.\n")
    assert ("Gail Hay", "in_attendance") in found
