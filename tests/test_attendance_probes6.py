"""Attendance probe classes (round 17): an unlabelled block of 'Cllr Name<gap>Role' lines at the top of minutes,
a 'Committee Members:' label at the top of minutes (membership in an agenda), and a parish 'Present:-' list with a
shared 'Messrs.' title, '&' and role brackets glued to names; and near-misses that name nobody. Our own invented
words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

PR, AP, IA = "present", "apologies", "in_attendance"


def attendance_of(text):
    doc = document(text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


# Class 1: an unlabelled block of titled names (a wide gap, then a role) under the minutes' heading.
BLOCK = (
    "Cllr Alan Lowe                      Chair\n\n"
    "Cllr B. Mary Ray          Vice- Chair\n\n"
    "Cllr Carl Sim                 County Councillor\n\n"
    "Cllr Dora Hale\n\n"
    "Cllr Evan Pike\n\n"
)
PEOPLE = {
    ("Cllr Alan Lowe", PR), ("Cllr B. Mary Ray", PR), ("Cllr Carl Sim", PR), ("Cllr Dora Hale", PR), ("Cllr Evan Pike", PR),
}


def test_unlabelled_titled_block_under_a_minutes_heading_is_present():
    text = (
        "Minutes 04/02/2025\n\nMinutes from the Glenmoor Community Council meeting held at 7pm on Tuesday 4th February 2025 "
        "at the Village Hall\n\n\n" + BLOCK + "PCSO Fay Dunn               Mercia Police\n\n"
        "Gail Bright                       Clerk/ responsible financial officer\n\nNo members of the public\n\n\n"
        "24/101 Apologies of absence\n\nNo apologies had been received\n"
    )
    assert attendance_of(text) == PEOPLE | {("PCSO Fay Dunn", IA), ("Gail Bright", IA)}


def test_unlabelled_block_with_councillor_spelt_out_and_tabs():
    text = (
        "Minutes of the meeting of Elmbrook Parish Council held on 4 March 2025\n\n"
        "Councillor Ann Lowe\tChair\nCouncillor Bob Ray\tVice-Chair\nCouncillor Cath Sim\n"
        "Hugh Oakes\tClerk\n\n1. Apologies\nNone.\n"
    )
    assert attendance_of(text) == {
        ("Councillor Ann Lowe", PR), ("Councillor Bob Ray", PR), ("Councillor Cath Sim", PR), ("Hugh Oakes", IA),
    }


def test_unlabelled_block_with_no_role_column():
    text = "Minutes of the Ashby Town Council meeting held on 2 May 2025\n\nCllr Ann Lowe\nCllr Bob Ray\nCllr Cath Sim\n\n1. Apologies\n"
    assert attendance_of(text) == {("Cllr Ann Lowe", PR), ("Cllr Bob Ray", PR), ("Cllr Cath Sim", PR)}


def test_unlabelled_block_in_an_agenda_is_membership():
    text = (
        "Agenda for the meeting of Elmbrook Parish Council to be held on 4 March 2025\n\n"
        "Cllr Ann Lowe          Chair\nCllr Bob Ray            Vice-Chair\nCllr Cath Sim\nCllr Dan Hale\n\n"
        "1. To receive apologies\n"
    )
    assert attendance_of(text) == set()


def test_contacts_block_names_nobody():
    text = (
        "Minutes of the meeting of Elmbrook Parish Council held on 4 March 2025\n\nContacts\n"
        "Cllr Ann Lowe          01632 960001\nCllr Bob Ray            bob.ray@example.org\nCllr Cath Sim          01632 960002\n\n1. Apologies\n"
    )
    assert attendance_of(text) == set()


def test_signatories_at_the_end_of_minutes_name_nobody():
    text = (
        "Minutes of the meeting of Elmbrook Parish Council held on 4 March 2025\n\nPresent: Cllr Ann Lowe\n\n"
        "1. Apologies\nNone.\n2. Close\nThe meeting closed at 9pm.\n\nSigned\n"
        "Cllr Ann Lowe          Chair\nCllr Bob Ray            Vice-Chair\nCllr Cath Sim          Member\n"
    )
    assert attendance_of(text) == {("Cllr Ann Lowe", PR)}


def test_declarations_table_names_nobody():
    text = (
        "Minutes of the meeting of Elmbrook Parish Council held on 4 March 2025\n\nPresent: Cllr Ann Lowe\n\n"
        "24/102 Declarations of interest\n\nCouncillor Agenda item Nature of interest\n"
        "Cllr B. R. Ray 24/105 Personal Member knows the applicant\nCllr C. Sim 24/106 Personal Member lives nearby\n"
        "Cllr D. Hale 24/107 Prejudicial Member owns land\n"
    )
    assert attendance_of(text) == {("Cllr Ann Lowe", PR)}


def test_two_titled_lines_alone_are_no_block():
    text = "Minutes from the Elmbrook Parish Council meeting held on 4 March 2025\n\nCllr Ann Lowe     Chair\nCllr Bob Ray\n\n1. Apologies\n"
    assert attendance_of(text) == set()


# Class 2: 'Committee Members:' at the top of minutes lists members present.
ROLL = "Councillors Lowe (Chairman), Mrs Ray, Sim, Hale and B Pike\n"


def test_committee_members_label_at_the_top_of_minutes_is_present():
    text = (
        "Audit Committee\nCommittee Members:\n" + ROLL +
        "1. Apologies for Absence\nApologies for Absence were received from Councillors Oakes and T Dunn.\n"
        "2. Notification of Substitute Members\nCouncillor B Pike was present as Substitute Member for Councillor Dunn.\n"
        "3. Minutes\nRESOLVED: That the Minutes be approved.\n"
    )
    assert attendance_of(text) == {
        ("Councillor Lowe", PR), ("Councillor Mrs Ray", PR), ("Councillor Sim", PR), ("Councillor Hale", PR),
        ("Councillor B Pike", PR), ("Councillor Oakes", AP), ("Councillor T Dunn", AP),
    }


def test_members_label_at_the_top_of_minutes_is_present():
    text = (
        "Licensing Panel\nMembers:\nCouncillors Lowe (Chair), Ray and Sim\n"
        "1. Apologies\nThere were no apologies.\n2. Minutes\nRESOLVED: That the minutes be signed.\n"
    )
    assert attendance_of(text) == {("Councillor Lowe", PR), ("Councillor Ray", PR), ("Councillor Sim", PR)}


def test_committee_members_label_on_an_agenda_is_membership():
    text = (
        "Audit Committee\nCommittee Members:\n" + ROLL +
        "1. Apologies for Absence\nTo receive any apologies for absence.\n2. Notification of Substitute Members\n"
        "3. Minutes\nTo approve the minutes of the meeting held on 3 May.\n"
    )
    assert attendance_of(text) == set()


def test_members_label_on_a_summons_is_membership():
    text = (
        "Agenda\nLicensing Panel\nDate: 4 March 2025\nMembers:\nCouncillors Lowe (Chair), Ray and Sim\n"
        "1. Apologies\nMembers are asked to give their apologies.\n"
    )
    assert attendance_of(text) == set()


# Class 3: a parish 'Present:-' list with 'Messrs.' shared, '&' and brackets glued to names.
def test_messrs_shared_and_glued_ampersand_and_bracket():
    text = (
        "(1) Present:- Mrs Ann Lowe(Vice Chairman) Messrs.\nBen Ray, Carl Sim, &D. E. Hale (Clerk) 5 parishioners\n"
        "were present.\n(2) Apologies:- Apologies received from Fred Pike(Chairman).\n(3) Minutes:-\n"
    )
    assert attendance_of(text) == {
        ("Mrs Ann Lowe", PR), ("Mr Ben Ray", PR), ("Mr Carl Sim", PR), ("Mr D. E. Hale", IA), ("Fred Pike", AP),
    }


def test_messrs_on_one_line_with_a_glued_bracket():
    text = "Minutes of the Parish Meeting\n\nPresent:- Messrs. A Lowe(Chairman), B Ray &C Sim.\n\n1. Minutes\n"
    names = {name for name, _ in attendance_of(text)}
    assert {("A Lowe", PR), ("B Ray", PR), ("C Sim", PR)} <= attendance_of(text) or {
        ("Mr A Lowe", PR), ("Mr B Ray", PR), ("Mr C Sim", PR)} == attendance_of(text), names


def test_parishioners_count_names_nobody():
    text = "Minutes of the Parish Meeting\n\nPresent:- Mrs A Lowe, Mr B Ray. 12 parishioners were present.\n\n1. Minutes\n"
    assert attendance_of(text) == {("Mrs A Lowe", PR), ("Mr B Ray", PR)}


def test_messrs_in_a_sentence_names_nobody():
    text = "Minutes of the Parish Meeting\n\nPresent: Mrs A Lowe\n\n1. Correspondence\nA letter from Messrs. Ray & Sim, solicitors, was read.\n"
    assert attendance_of(text) == {("Mrs A Lowe", PR)}


def test_committee_members_label_with_a_list_wrapped_over_two_lines():
    text = (
        "Planning Committee\nCommittee Members:\nCouncillors Lowe (Chairman), Ray (Vice-Chairman), Mrs Sim,\nHale and Pike\n"
        "1. Apologies for Absence\nThere were no apologies.\n2. Minutes\nRESOLVED: That the Minutes be signed.\n"
    )
    assert attendance_of(text) == {
        ("Councillor Lowe", PR), ("Councillor Ray", PR), ("Councillor Mrs Sim", PR), ("Councillor Hale", PR), ("Councillor Pike", PR),
    }


def test_members_label_deep_in_a_minuted_paper_names_nobody():
    text = (
        "Audit Committee\nPresent: Councillor Lowe\n1. Apologies\nThere were no apologies.\n2. Working Group\n"
        "RESOLVED: That a working group be set up.\nMembers:\nCouncillors Ray, Sim and Hale\n"
    )
    assert attendance_of(text) == {("Councillor Lowe", PR)}


def test_members_label_over_a_table_of_contents_names_nobody():
    text = (
        "Audit Committee\nMembers:\nItem 1 Apologies, Item 2 Minutes\n1. Apologies\nApologies were received from Councillor Ray.\n"
        "RESOLVED: That the minutes be signed.\n"
    )
    assert attendance_of(text) == {("Councillor Ray", AP)}


def test_present_label_ending_in_a_dash_with_messrs_first():
    text = "(1) Present:- Messrs. A Lowe (Chairman), B Ray, C Sim & D Hale (Clerk).\n(2) Apologies:- None.\n"
    assert attendance_of(text) == {("Mr A Lowe", PR), ("Mr B Ray", PR), ("Mr C Sim", PR), ("Mr D Hale", IA)}


def test_no_parishioners_present_names_nobody():
    text = "(1) Present:- Mrs A Lowe(Chairman), Mr B Ray &Mrs C Sim. No parishioners were present.\n(2) Apologies:- None.\n"
    assert attendance_of(text) == {("Mrs A Lowe", PR), ("Mr B Ray", PR), ("Mrs C Sim", PR)}
